#pragma once

#include "ApiSupport.h"
#include "ServerStore.h"
#include "auth/Accounts.h"
#include "domain/Clock.h"
#include "http/HttpMessage.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <optional>

namespace quita::server {

// The /api/v1 routes (server/openapi.yaml): health, login, logout, me, debtors and their
// timelines, sync push and pull, the gateways' activities and the admin endpoints. JSON
// in and out; errors are {"error": {"code", "message", "field"?}}.
class Api
{
public:
    Api(const ServerStore &store, const Clock &clock);

    HttpResponse handle(const HttpRequest &request);
    // The user behind a session token: Authorization: Bearer, and for the WebSocket
    // upgrade also ?token= (browsers' WebSockets cannot set headers).
    std::optional<User> authenticate(const HttpRequest &request, bool queryToken = false) const;

    // Called after a commit with the users whose scope changed and the last seq written.
    void setChangeListener(std::function<void(const QStringList &, qint64)> listener)
    {
        m_context.changed = std::move(listener);
    }
    void setAfterCommitHook(std::function<void(const QString &)> hook)
    {
        m_context.afterCommit = std::move(hook);
    }

    static constexpr qint64 sessionLifetimeSeconds = 12 * 3600;
    static constexpr int maxFailures = 5;               // per user and per address ...
    static constexpr qint64 failureWindowSeconds = 900; // ... within this window

private:
    HttpResponse health();
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse authenticated(const HttpRequest &request, const QStringList &segments);
    HttpResponse admin(const HttpRequest &request, const QStringList &segments);

    // Seconds the caller must wait before another attempt, 0 when allowed.
    qint64 retryAfter(const QString &username, const QString &address);
    void recordFailure(const QString &username, const QString &address);

    ApiContext m_context;
    QMutex m_failuresMutex;
    QHash<QString, QList<qint64>> m_failures; // "user:x" / "addr:y" -> failure times (s)
};

} // namespace quita::server
