#pragma once

#include "domain/Result.h"
#include "store/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace quita {

// A mutation the server did not apply, kept for the agent to resolve: 409 (based on a
// stale version; `current` is the server's row) or refused (400, 403, 404, 422, with
// the server's message).
struct SyncConflict
{
    qint64 id = 0;
    QUuid mutationId;
    QString name;
    QJsonObject args;
    int status = 0;
    Error error;         // the server's code, field and message
    QJsonObject current; // 409 only
    QDateTime createdAt; // UTC, when the answer came
    bool resolved = false;

    bool stale() const { return status == 409; }
};

class SyncConflicts
{
public:
    explicit SyncConflicts(QSqlDatabase db) : m_db(std::move(db)) {}

    // Files the outbox entry with the server's answer (in the caller's transaction).
    Status add(const OutboxEntry &entry, int status, const Error &error, const QJsonObject &current,
               const QDateTime &nowUtc);
    int unresolvedCount() const;
    // Oldest first.
    QList<SyncConflict> unresolved() const;
    Status markResolved(qint64 id);
    // Forgets every conflict (another user signs in on this desk: they were not theirs).
    Status clear();

private:
    QSqlDatabase m_db;
};

} // namespace quita
