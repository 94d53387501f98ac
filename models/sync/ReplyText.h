#pragma once

#include <QByteArray>
#include <QString>

class QNetworkReply;

namespace quita::sync {

// The HTTP status of a finished reply; 0 when the server could not be reached.
int httpStatus(const QNetworkReply *reply);

// The server's own sentence from {"error": {"message"}}, or Qt's description.
QString errorMessage(const QNetworkReply *reply, const QByteArray &body);

} // namespace quita::sync
