#pragma once

#include "ServerStore.h"
#include "domain/Clock.h"
#include "http/HttpMessage.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

namespace quita::server {

// The /api/v1 routes of this slice: health, login, logout, me. JSON in and out; errors
// are {"error": {"code", "message", "field"?}}.
class Api
{
public:
    Api(const ServerStore &store, const Clock &clock);

    HttpResponse handle(const HttpRequest &request);

    static constexpr qint64 sessionLifetimeSeconds = 12 * 3600;
    static constexpr int maxFailures = 5;               // per user and per address ...
    static constexpr qint64 failureWindowSeconds = 900; // ... within this window

private:
    HttpResponse health();
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse me(const HttpRequest &request);

    // Seconds the caller must wait before another attempt, 0 when allowed.
    qint64 retryAfter(const QString &username, const QString &address);
    void recordFailure(const QString &username, const QString &address);

    const ServerStore &m_store;
    const Clock &m_clock;
    QMutex m_failuresMutex;
    QHash<QString, QList<qint64>> m_failures; // "user:x" / "addr:y" -> failure times (s)
};

HttpResponse jsonResponse(int status, const QJsonObject &body);
HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const QString &field = {});

} // namespace quita::server
