#pragma once

// A real quita-server for the sync engine tests: the executable from the build tree
// (QUITA_SERVER_EXE), its own data folder, the demo users and portfolio, loopback on a
// port of the system's choosing; and a small blocking HTTP client to ask it things.
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace quita::test {

class LocalServer
{
public:
    explicit LocalServer(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    ~LocalServer() { stop(); }

    // Starts it (on `port`, 0: any) and waits for its "listening on" line.
    bool start(quint16 port = 0, int demoDebtors = 60)
    {
        m_process.setProgram(QStringLiteral(QUITA_SERVER_EXE));
        m_process.setArguments({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--demo"),
                                QStringLiteral("--demo-size"), QString::number(demoDebtors),
                                QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(
            QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(120000);
        QByteArray output;
        while (!deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(qMin<qint64>(1000, deadline.remainingTime())))) {
                if (m_process.state() == QProcess::NotRunning)
                    break;
                continue;
            }
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        qWarning() << "quita-server did not start:" << output;
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    QString databasePath() const
    {
        return QDir(m_dataDir).filePath(QStringLiteral("quita-server.sqlite"));
    }

private:
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
};

struct HttpAnswer
{
    int status = 0;
    QJsonObject json;
};

// One blocking request (the test's own network access, on the test's thread).
inline HttpAnswer httpCall(const QString &method, const QUrl &url, const QString &token = {},
                           const QJsonObject &body = {})
{
    static QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.sendCustomRequest(
        request, method.toLatin1(),
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

inline QString loginToken(const QUrl &server, const QString &username,
                          const QString &password = QStringLiteral("quita-demo"))
{
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/auth/login"));
    return httpCall(
               QStringLiteral("POST"), url, {},
               {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
        .json.value(QLatin1String("token"))
        .toString();
}

} // namespace quita::test
