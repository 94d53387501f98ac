#pragma once

#include "RetrySchedule.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace quita {

// The live channel of docs/sync-protocol.md: a WebSocket on /api/v1/events that the
// server pokes ("pull now") after a change in the user's scope. Data never travels here.
// Reconnects with backoff while it is wanted. Lives on the thread that created it.
class EventSocket : public QObject
{
    Q_OBJECT

public:
    explicit EventSocket(QObject *parent = nullptr, int firstRetryMs = 1000,
                         int maxRetryMs = 60000);
    ~EventSocket() override;

    // Connects (and keeps reconnecting) to the server's events with this session token.
    void open(const QUrl &server, const QString &token);
    void close();
    bool isConnected() const { return m_connected; }

signals:
    void connectedChanged(bool connected);
    // A poke; seq is the server's change seq, or -1 when the poke carries none.
    void poked(qint64 seq);

private:
    void connectNow();
    void onDisconnected();
    void onMessage(const QString &text);
    void scheduleReconnect();

    QWebSocket m_socket;
    QTimer m_reconnect;
    RetrySchedule m_retry;
    QUrl m_url;
    QString m_token;
    bool m_wanted = false;
    bool m_connected = false;
};

} // namespace quita
