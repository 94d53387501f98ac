#include "ReplyText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace quita::sync {

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
