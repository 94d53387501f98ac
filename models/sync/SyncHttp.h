#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace quita::sync {

// `path` (/api/v1/..., with or without ?query) under the server's base URL, which may
// itself have a path (https://host/quita/).
QUrl apiUrl(const QUrl &server, const QString &path);

// The HTTP status of a finished reply; 0 when the server could not be reached.
int httpStatus(const QNetworkReply *reply);

// The server's own sentence from {"error": {"message"}}, or Qt's description.
QString errorMessage(const QNetworkReply *reply, const QByteArray &body);

} // namespace quita::sync
