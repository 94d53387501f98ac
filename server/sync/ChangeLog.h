#pragma once

#include "auth/Accounts.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace quita::server {

// One change as pull sends it; data is the row's JSON text as stored (spliced into
// the response without re-parsing).
struct PulledChange
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QString op; // "upsert" or "delete"
    QByteArray data;
};

struct PullPage
{
    QList<PulledChange> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
};

// The change feed of docs/sync-protocol.md. Writers call reserve() and append() inside
// their own transaction; the counter row they update orders them.
class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db);

    // Takes `count` consecutive sequence numbers; returns the first. Inside a transaction.
    Result<qint64> reserve(int count = 1);
    // Bulk writers (the demo seeder, alone at start-up) number their changes themselves
    // from head() + 1 and then move the counter to the last one, in the same transaction.
    Status setHead(qint64 last);
    Status append(qint64 seq, const QString &entity, const QString &id, const QString &debtorId,
                  const QString &op, const QJsonObject &data, qint64 nowMs,
                  const QString &audience = {});

    // The caller's changes after `cursor`, up to the head read before the query (so
    // next_cursor never passes a change still being written). Error "cursor_expired"
    // for a cursor below the floor, unless the caller's scan from 0 began at or after
    // the floor's compaction (`scanFloor`).
    Result<PullPage> pull(const User &caller, qint64 cursor, int limit, qint64 scanFloor = 0);

    qint64 head() const;
    qint64 floor() const;
    // Removes the changes at or below `upTo` that a later change of the same row
    // supersedes, and the targeted (audience) entries, then raises the floor to `upTo`:
    // a client starting from 0 still gets every row, one with an older cursor gets 410.
    Result<int> compact(qint64 upTo);
    // compact() up to the last change written before `cutoffMs` (quita-server
    // --keep-log-days); 0 removed when there is none.
    Result<int> compactOlderThan(qint64 cutoffMs);

private:
    Status expandGrant(const QString &debtorId, qint64 seq, QList<PulledChange> &into);

    QSqlDatabase m_db;
    QSqlQuery m_append;
};

} // namespace quita::server
