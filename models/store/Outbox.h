#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

namespace quita {

// One mutation waiting for the server (docs/sync-protocol.md, "Push").
struct OutboxEntry
{
    qint64 seq = 0;
    QUuid mutationId;
    QString name; // "activity.create", "promise.update", ...
    QJsonObject args;
    QDateTime createdAt; // UTC
    int attempts = 0;
    QString lastError;
};

// The local outbox: a user action writes its rows and its mutation here in the same
// transaction (the caller's), and the sync engine pushes the entries in order and
// removes one only when the server has answered it.
class Outbox
{
public:
    explicit Outbox(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appends one mutation with a new id, inside the caller's transaction if one is open.
    Result<QUuid> enqueue(const QString &name, const QJsonObject &args,
                          const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    int pendingCount() const;
    // The `limit` oldest entries, oldest first.
    Result<QList<OutboxEntry>> oldest(int limit) const;
    // Removes the answered entries (in the caller's transaction if one is open).
    Status remove(const QList<QUuid> &mutationIds);
    // Counts a failed delivery of these entries and keeps why (never removes them).
    Status recordAttempt(const QList<QUuid> &mutationIds, const QString &error);

private:
    QSqlDatabase m_db;
};

} // namespace quita
