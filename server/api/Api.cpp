#include "Api.h"

#include "Routes.h"
#include "auth/Accounts.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcServerApi, "quita.server.api", QtInfoMsg)

namespace quita::server {
namespace {

QJsonObject userJson(const User &user)
{
    return {{QStringLiteral("id"), user.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName},
            {QStringLiteral("role"), user.role}};
}

HttpResponse wrongMethod(const char *allowed)
{
    HttpResponse r = errorResponse(405, QStringLiteral("method"),
                                   QStringLiteral("use %1").arg(QLatin1String(allowed)));
    r.headers["Allow"] = allowed;
    return r;
}

} // namespace

Api::Api(const ServerStore &store, const Clock &clock) : m_context{store, clock, {}, {}}
{}

std::optional<User> Api::authenticate(const HttpRequest &request, bool queryToken) const
{
    QString token = bearerToken(request);
    if (token.isEmpty() && queryToken)
        token = queryOf(request).queryItemValue(QStringLiteral("token"));
    return Accounts(m_context.store.connection()).userForToken(token, m_context.clock.nowUtc());
}

HttpResponse Api::handle(const HttpRequest &request)
{
    const QString path = QString::fromStdString(request.path);
    if (!path.startsWith(QLatin1String("/api/v1/")))
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    const QStringList segments = path.mid(8).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const std::string &method = request.method;
    const QString first = segments.value(0);
    if (segments.size() == 1 && first == QLatin1String("health"))
        return method == "GET" ? health() : wrongMethod("GET");
    if (segments.size() == 2 && first == QLatin1String("auth")) {
        if (segments[1] == QLatin1String("login"))
            return method == "POST" ? login(request) : wrongMethod("POST");
        if (segments[1] == QLatin1String("logout"))
            return method == "POST" ? logout(request) : wrongMethod("POST");
    }
    if (segments.size() == 1 && first == QLatin1String("activities"))
        return method == "POST" ? routes::gatewayActivity(m_context, request) : wrongMethod("POST");
    return authenticated(request, segments);
}

HttpResponse Api::authenticated(const HttpRequest &request, const QStringList &segments)
{
    static const QStringList known{QStringLiteral("me"),          QStringLiteral("debtors"),
                                   QStringLiteral("sync"),        QStringLiteral("admin"),
                                   QStringLiteral("simulations"), QStringLiteral("agreements"),
                                   QStringLiteral("approvals"),   QStringLiteral("payments"),
                                   QStringLiteral("protests"),    QStringLiteral("kpis")};
    if (segments.isEmpty() || !known.contains(segments.first()))
        return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
    const auto user = authenticate(request);
    if (!user)
        return errorResponse(401, QStringLiteral("unauthorized"), QStringLiteral("log in first"));
    const std::string &method = request.method;
    const QString &first = segments.first();
    const qsizetype n = segments.size();
    if (first == QLatin1String("me") && n == 1)
        return method == "GET" ? jsonResponse(200, userJson(*user)) : wrongMethod("GET");
    if (first == QLatin1String("debtors")) {
        if (method != "GET" && n <= 3)
            return wrongMethod("GET");
        if (n == 1)
            return routes::listDebtors(m_context, *user, request);
        if (n == 2)
            return routes::debtorDetail(m_context, *user, segments[1]);
        if (n == 3 && segments[2] == QLatin1String("timeline"))
            return routes::debtorTimeline(m_context, *user, segments[1], request);
    }
    if (first == QLatin1String("sync") && n == 2) {
        if (segments[1] == QLatin1String("push"))
            return method == "POST" ? routes::push(m_context, *user, request) : wrongMethod("POST");
        if (segments[1] == QLatin1String("pull"))
            return method == "GET" ? routes::pull(m_context, *user, request) : wrongMethod("GET");
    }
    if (first == QLatin1String("simulations") && n == 1)
        return method == "POST" ? routes::simulate(m_context, *user, request) : wrongMethod("POST");
    if (first == QLatin1String("agreements") && n == 1)
        return method == "POST" ? routes::createAgreement(m_context, *user, request)
                                : wrongMethod("POST");
    if (first == QLatin1String("agreements") && n == 2)
        return method == "GET" ? routes::agreement(m_context, *user, segments[1])
                               : wrongMethod("GET");
    if (first == QLatin1String("approvals") && n == 1) {
        if (method == "GET")
            return routes::listApprovals(m_context, *user, request);
        return method == "POST" ? routes::requestApproval(m_context, *user, request)
                                : wrongMethod("GET, POST");
    }
    if (first == QLatin1String("payments") && n == 2 && segments[1] == QLatin1String("import"))
        return method == "POST" ? routes::importPayments(m_context, *user, request)
                                : wrongMethod("POST");
    if (first == QLatin1String("approvals") && n == 3 && segments[2] == QLatin1String("decision"))
        return method == "POST" ? routes::decideApproval(m_context, *user, segments[1], request)
                                : wrongMethod("POST");
    if (first == QLatin1String("protests"))
        return routes::protests(m_context, *user, request, segments);
    if (first == QLatin1String("kpis"))
        return routes::kpis(m_context, *user, request, segments);
    if (first == QLatin1String("admin")) {
        if (user->role != QLatin1String("admin"))
            return errorResponse(403, QStringLiteral("forbidden"),
                                 QStringLiteral("only administrators may do this"));
        return admin(request, segments);
    }
    return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse Api::admin(const HttpRequest &request, const QStringList &segments)
{
    const std::string &method = request.method;
    const QString what = segments.value(1);
    if (segments.size() == 2 && what == QLatin1String("users")) {
        if (method == "GET")
            return routes::listUsers(m_context);
        return method == "POST" ? routes::createUser(m_context, request) : wrongMethod("GET, POST");
    }
    if (segments.size() == 2 && what == QLatin1String("assignments"))
        return method == "PUT" ? routes::assign(m_context, request) : wrongMethod("PUT");
    if (segments.size() == 2 && what == QLatin1String("integrations")) {
        if (method == "GET")
            return routes::listIntegrations(m_context);
        return method == "POST" ? routes::createIntegration(m_context, request)
                                : wrongMethod("GET, POST");
    }
    if (segments.size() == 2 && what == QLatin1String("targets"))
        return method == "PUT" ? routes::setTargets(m_context, request) : wrongMethod("PUT");
    if (segments.size() == 2 && what == QLatin1String("indexes"))
        return method == "PUT" ? routes::importIndexes(m_context, request) : wrongMethod("PUT");
    if (segments.size() == 4 && what == QLatin1String("portfolios") &&
        segments[3] == QLatin1String("terms"))
        return method == "PUT" ? routes::setPortfolioTerms(m_context, segments[2], request)
                               : wrongMethod("PUT");
    if (segments.size() == 3 && what == QLatin1String("integrations"))
        return method == "DELETE" ? routes::revokeIntegration(m_context, segments[2])
                                  : wrongMethod("DELETE");
    return errorResponse(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse Api::health()
{
    const bool database = m_context.store.connection().isOpen();
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
    Accounts accounts(m_context.store.connection());
    const auto grant =
        accounts.login(username, password, m_context.clock.nowUtc(), sessionLifetimeSeconds);
    if (!grant && grant.error().code == QLatin1String("internal"))
        return errorResponse(Error{QStringLiteral("sql"), {}, grant.error().message});
    if (!grant) {
        recordFailure(username, address);
        qCInfo(lcServerApi) << "login refused for a user from"
                            << address; // never the name or password
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
    if (token.isEmpty() || !Accounts(m_context.store.connection()).logout(token))
        return errorResponse(401, QStringLiteral("unauthorized"),
                             QStringLiteral("no valid session"));
    return jsonResponse(200, {{QStringLiteral("logged_out"), true}});
}

qint64 Api::retryAfter(const QString &username, const QString &address)
{
    const qint64 now = m_context.clock.nowUtc().toSecsSinceEpoch();
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
    const qint64 now = m_context.clock.nowUtc().toSecsSinceEpoch();
    QMutexLocker lock(&m_failuresMutex);
    m_failures[QStringLiteral("user:") + username].append(now);
    m_failures[QStringLiteral("addr:") + address].append(now);
}

} // namespace quita::server
