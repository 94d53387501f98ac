#pragma once

// A real quita-server for the sync engine tests: tests/support's ServerProcess with its
// own data folder, the demo users and portfolio; and one blocking call through ApiClient.
#include "ApiClient.h"
#include "ServerProcess.h"

#include <QDir>
#include <QUrl>

namespace quita::test {

class LocalServer
{
public:
    explicit LocalServer(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    // Starts it (on `port`, 0: any) and waits for its "listening on" line.
    bool start(quint16 port = 0, int demoDebtors = 60)
    {
        return m_process.start({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--demo"),
                                QStringLiteral("--demo-size"), QString::number(demoDebtors)},
                               {}, port);
    }
    void stop() { m_process.stop(); }

    quint16 port() const { return m_process.port; }
    QUrl url() const { return QUrl(m_process.base()); }
    QString databasePath() const
    {
        return QDir(m_dataDir).filePath(QStringLiteral("quita-server.sqlite"));
    }

private:
    QString m_dataDir;
    ServerProcess m_process;
};

struct HttpAnswer
{
    int status = 0;
    QJsonObject json;
};

inline HttpAnswer httpCall(const QString &method, const QUrl &url, const QString &token = {},
                           const QJsonObject &body = {})
{
    static ApiClient client;
    const ApiReply reply = client.call(
        method.toLatin1(), url.toString(),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    return HttpAnswer{reply.status, reply.json};
}

inline QString loginToken(const QUrl &server, const QString &username,
                          const QString &password = QStringLiteral("quita-demo"))
{
    ApiClient client(server.toString(QUrl::StripTrailingSlash));
    return client.login(username, password);
}

} // namespace quita::test
