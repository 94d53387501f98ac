#include "EventSocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcEvents, "quita.sync.events", QtWarningMsg)

namespace quita {

EventSocket::EventSocket(QObject *parent, int firstRetryMs, int maxRetryMs)
    : QObject(parent), m_retry(firstRetryMs, maxRetryMs)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventSocket::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        qCInfo(lcEvents) << "events connected";
        m_retry.reset();
        m_connected = true;
        emit connectedChanged(true);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &EventSocket::onDisconnected);
    // Qt 6.4 reports errors through error(); errorOccurred came later.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                qCInfo(lcEvents) << "events error:" << m_socket.errorString();
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventSocket::onMessage);
}

EventSocket::~EventSocket()
{
    m_wanted = false;
    m_socket.abort();
}

void EventSocket::open(const QUrl &server, const QString &token)
{
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/events"));
    m_url = url;
    m_token = token;
    m_wanted = true;
    m_retry.reset();
    m_reconnect.stop();
    m_socket.abort();
    connectNow();
}

void EventSocket::close()
{
    m_wanted = false;
    m_reconnect.stop();
    m_socket.abort();
    if (m_connected) {
        m_connected = false;
        emit connectedChanged(false);
    }
}

void EventSocket::connectNow()
{
    if (!m_wanted)
        return;
    // The token goes in the header, never in the URL (proxies and logs keep URLs).
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_socket.open(request);
}

void EventSocket::onDisconnected()
{
    if (m_connected) {
        m_connected = false;
        emit connectedChanged(false);
    }
    scheduleReconnect();
}

void EventSocket::scheduleReconnect()
{
    if (!m_wanted || m_reconnect.isActive())
        return;
    const int delay = m_retry.nextDelayMs();
    qCInfo(lcEvents) << "events reconnect in" << delay << "ms";
    m_reconnect.start(delay);
}

void EventSocket::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(QLatin1String("type")).toString() != QLatin1String("poke"))
        return;
    const QJsonValue seq = message.value(QLatin1String("seq"));
    qCInfo(lcEvents) << "poke" << seq.toInteger(-1);
    emit poked(seq.isDouble() ? seq.toInteger() : -1);
}

} // namespace quita
