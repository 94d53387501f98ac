#pragma once

// One real quita-server process for the tests (QUITA_SERVER_EXE, set by CMake):
// start() waits for its "listening on" line and reads the port.
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace quita::test {

class ServerProcess
{
public:
    QProcess process;
    quint16 port = 0;

    // `listenPort` 0: any free port.
    bool start(const QStringList &arguments, const QString &fault = {}, quint16 listenPort = 0)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!fault.isEmpty())
            env.insert(QStringLiteral("QUITA_SERVER_FAULT"), fault);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(QUITA_SERVER_EXE),
                      QStringList{QStringLiteral("--listen"),
                                  QStringLiteral("127.0.0.1:%1").arg(listenPort)} +
                          arguments);
        static const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
        QByteArray out;
        while (process.waitForReadyRead(120000)) {
            out += process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        qWarning() << "quita-server did not start:" << out;
        return false;
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished(5000);
    }

    ~ServerProcess() { stop(); }
};

} // namespace quita::test
