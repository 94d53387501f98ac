#include "SyncHttp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace quita::sync {

QUrl apiUrl(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(base + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString errorMessage(const QNetworkReply *reply, const QByteArray &body)
{
    const QString message = QJsonDocument::fromJson(body)
                                .object()
                                .value(QLatin1String("error"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString();
    if (!message.isEmpty())
        return message;
    const int status = httpStatus(reply);
    return status > 0
               ? QCoreApplication::translate("SyncEngine", "the server answered %1").arg(status)
               : reply->errorString();
}

} // namespace quita::sync
