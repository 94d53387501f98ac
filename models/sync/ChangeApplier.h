#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace quita {

// What one applied pull page changed.
struct AppliedPage
{
    int changes = 0;
    qint64 nextCursor = 0;
    bool hasMore = false;
    // The debtors whose rows this page wrote or removed, in first-touched order: the
    // views showing one of them refresh.
    QStringList debtorIds;
};

// Applies pull pages (docs/sync-protocol.md, "Pull") to the local store: each page and
// its next_cursor in one transaction, all or nothing. Rows are upserted through a column
// whitelist per entity (sync/SyncedTables.h); a change of an unknown entity or a bad row
// refuses the whole page with a message naming the change's seq and the field. The
// debtor and timeline search indexes follow every change (during a first sync of many
// pages into an empty store they are built once, when it completes); a debtor's delete removes it
// with all its rows. The outbox is never touched. Statements are prepared once per
// applier and reused across pages: keep one applier for the life of the connection.
class ChangeApplier
{
public:
    explicit ChangeApplier(QSqlDatabase db);
    ~ChangeApplier();
    ChangeApplier(const ChangeApplier &) = delete;
    ChangeApplier &operator=(const ChangeApplier &) = delete;

    // A page as the server sent it: {"changes": [...], "next_cursor": N, "has_more": b}.
    Result<AppliedPage> apply(const QByteArray &json);
    Result<AppliedPage> apply(const QJsonObject &page);

    // After 410 cursor_expired: removes every synced row, the search indexes and the
    // cursor, in one transaction; keeps the outbox, the conflicts and the client id.
    Status resetSyncedData();

private:
    struct Statements;
    class PageWriter;

    Result<AppliedPage> applyPage(const QJsonObject &page);
    std::optional<Error> finishDeferredSearch();

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace quita
