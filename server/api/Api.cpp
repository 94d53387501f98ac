#include "Api.h"

#include "auth/Accounts.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcApi, "quita.server.api", QtInfoMsg)

namespace quita::server {
namespace {

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), user.role}};
}

QString bearerToken(const HttpRequest &request)
{
    const QString header = QString::fromStdString(request.authorization);
    if (!header.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return {};
    return header.mid(7).trimmed();
}

} // namespace

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString();
    return r;
}

HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return jsonResponse(status, {{QStringLiteral("error"), error}});
}

Api::Api(const ServerStore &store, const Clock &clock) : m_store(store), m_clock(clock)
{}

HttpResponse Api::handle(const HttpRequest &request)
{
    const std::string &path = request.path;
    const std::string &method = request.method;
    auto allow = [&](const char *expected) { return method == expected; };
    if (path == "/api/v1/health")
        return allow("GET")
                   ? health()
                   : errorResponse(405, QStringLiteral("method"), QStringLiteral("use GET"));
    if (path == "/api/v1/auth/login")
        return allow("POST")
                   ? login(request)
                   : errorResponse(405, QStringLiteral("method"), QStringLiteral("use POST"));
    if (path == "/api/v1/auth/logout")
        return allow("POST")
                   ? logout(request)
                   : errorResponse(405, QStringLiteral("method"), QStringLiteral("use POST"));
    if (path == "/api/v1/me")
        return allow("GET")
                   ? me(request)
                   : errorResponse(405, QStringLiteral("method"), QStringLiteral("use GET"));
    return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse Api::health()
{
    const bool database = m_store.connection().isOpen();
    return jsonResponse(
        database ? 200 : 503,
        {{QStringLiteral("status"), database ? QStringLiteral("ok") : QStringLiteral("degraded")},
         {QStringLiteral("database"), database},
         {QStringLiteral("version"), QStringLiteral(QUITA_VERSION)}});
}

HttpResponse Api::login(const HttpRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(400, QStringLiteral("malformed"),
                             QStringLiteral("the body must be a JSON object {username, password}"));
    const QJsonObject body = document.object();
    for (const char *field : {"username", "password"}) {
        if (!body.value(QLatin1String(field)).isString())
            return errorResponse(
                400, QStringLiteral("type"),
                QStringLiteral("%1: a string is required").arg(QLatin1String(field)),
                QString::fromLatin1(field));
    }
    const QString username = body.value(QLatin1String("username")).toString().trimmed().toLower();
    const QString password = body.value(QLatin1String("password")).toString();
    const QString address = QString::fromStdString(request.remoteAddress);

    if (const qint64 wait = retryAfter(username, address); wait > 0) {
        HttpResponse r =
            errorResponse(429, QStringLiteral("too_many_attempts"),
                          QStringLiteral("too many failed logins; try again in %1 s").arg(wait));
        r.headers["Retry-After"] = std::to_string(wait);
        return r;
    }
    Accounts accounts(m_store.connection());
    const auto grant = accounts.login(username, password, m_clock.nowUtc(), sessionLifetimeSeconds);
    if (!grant) {
        recordFailure(username, address);
        qCInfo(lcApi) << "login refused for a user from" << address; // never the name or password
        return errorResponse(401, QStringLiteral("unauthorized"), grant.error().message);
    }
    return jsonResponse(200,
                        {{QStringLiteral("token"), grant->token},
                         {QStringLiteral("expires_at"), grant->expiresAt.toString(Qt::ISODate)},
                         {QStringLiteral("user"), userJson(grant->user)}});
}

HttpResponse Api::logout(const HttpRequest &request)
{
    const QString token = bearerToken(request);
    if (token.isEmpty() || !Accounts(m_store.connection()).logout(token))
        return errorResponse(401, QStringLiteral("unauthorized"),
                             QStringLiteral("no valid session"));
    return jsonResponse(200, {{QStringLiteral("logged_out"), true}});
}

HttpResponse Api::me(const HttpRequest &request)
{
    const auto user =
        Accounts(m_store.connection()).userForToken(bearerToken(request), m_clock.nowUtc());
    if (!user)
        return errorResponse(401, QStringLiteral("unauthorized"), QStringLiteral("log in first"));
    return jsonResponse(200, userJson(*user));
}

qint64 Api::retryAfter(const QString &username, const QString &address)
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QMutexLocker lock(&m_failuresMutex);
    qint64 wait = 0;
    for (const QString &key :
         {QStringLiteral("user:") + username, QStringLiteral("addr:") + address}) {
        QList<qint64> &times = m_failures[key];
        times.removeIf([&](qint64 t) { return now - t >= failureWindowSeconds; });
        if (times.size() >= maxFailures)
            wait = std::max(wait, times.first() + failureWindowSeconds - now);
    }
    return wait;
}

void Api::recordFailure(const QString &username, const QString &address)
{
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QMutexLocker lock(&m_failuresMutex);
    m_failures[QStringLiteral("user:") + username].append(now);
    m_failures[QStringLiteral("addr:") + address].append(now);
}

} // namespace quita::server
