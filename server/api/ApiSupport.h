#pragma once

#include "api/ServerStore.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "http/HttpMessage.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace quita::server {

// What every route needs: the store, the clock and who to tell about new changes
// (the WebSocket pokes and, over PostgreSQL, the other servers).
struct ApiContext
{
    const ServerStore &store;
    const Clock &clock;
    // Users whose scope changed, and the last seq written. Called after the commit.
    std::function<void(const QStringList &userIds, qint64 seq)> changed;
    // Fault injection for the crash tests (QUITA_SERVER_FAULT): called after a mutation
    // commits and before its answer is sent.
    std::function<void(const QString &mutationId)> afterCommit;

    qint64 nowMs() const { return clock.nowUtc().toMSecsSinceEpoch(); }
    void notify(const QStringList &userIds, qint64 seq) const
    {
        if (changed && !userIds.isEmpty())
            changed(userIds, seq);
    }
};

HttpResponse jsonResponse(int status, const QJsonObject &body);
HttpResponse rawJsonResponse(int status, std::string body);
HttpResponse errorResponse(int status, const QString &code, const QString &message,
                           const QString &field = {});
// A domain or SQL error: "sql" is a 500 (the message is logged, not sent), the rest 422.
HttpResponse errorResponse(const Error &error);

// The body as a JSON object, or the 400 to answer.
Result<QJsonObject> parseObject(const HttpRequest &request, const QString &expected);
QString bearerToken(const HttpRequest &request);
QUrlQuery queryOf(const HttpRequest &request);
// An integer query parameter within [min, max], `fallback` when absent.
Result<qint64> intParameter(const QUrlQuery &query, const QString &name, qint64 fallback,
                            qint64 min, qint64 max);

} // namespace quita::server
