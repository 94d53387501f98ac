#include "ApiSupport.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServerApiErrors, "quita.server.api", QtInfoMsg)

namespace quita::server {

HttpResponse jsonResponse(int status, const QJsonObject &body)
{
    return rawJsonResponse(status,
                           QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
}

HttpResponse rawJsonResponse(int status, std::string body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
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

HttpResponse errorResponse(const Error &error)
{
    if (error.code == QLatin1String("sql")) {
        // The first line only: PostgreSQL's DETAIL line quotes the row's values.
        qCWarning(lcServerApiErrors)
            << "database error:" << error.message.section(QLatin1Char('\n'), 0, 0);
        return errorResponse(500, QStringLiteral("internal"),
                             QStringLiteral("the server could not complete the request"));
    }
    return errorResponse(422, error.code, error.message, error.field);
}

Result<QJsonObject> parseObject(const HttpRequest &request, const QString &expected)
{
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("malformed"),
                     {},
                     QStringLiteral("the body must be a JSON object %1").arg(expected)};
    return document.object();
}

QString bearerToken(const HttpRequest &request)
{
    const QString header = QString::fromStdString(request.authorization);
    if (!header.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return {};
    return header.mid(7).trimmed();
}

QUrlQuery queryOf(const HttpRequest &request)
{
    return QUrlQuery(QString::fromStdString(request.query));
}

Result<qint64> intParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                            qint64 min, qint64 max)
{
    if (!query.hasQueryItem(name) || query.queryItemValue(name).isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error{
            QStringLiteral("type"), name,
            QStringLiteral("%1: a whole number from %2 to %3").arg(name).arg(min).arg(max)};
    return value;
}

} // namespace quita::server
