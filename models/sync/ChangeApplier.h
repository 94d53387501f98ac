#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace quita {

struct DecodedPage;

// What one applied pull page changed.
struct AppliedPage
{
    int changes = 0;
    qint64 nextCursor = 0;
    bool hasMore = false;
    // The debtors whose rows this page wrote or removed, in first-touched order: the
    // views showing one of them refresh.
    QStringList debtorIds;
    // False when the page was left in an open transaction (Commit::Later).
    bool committed = true;
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

    // Commit::Later leaves a page that has more after it in the open transaction, so the
    // next pages join it (a first sync of many pages writes each index page once per
    // transaction, not once per page); settle() commits. The last page always commits.
    enum class Commit
    {
        Now,
        Later
    };

    // A page as the server sent it: {"changes": [...], "next_cursor": N, "has_more": b}.
    // A refused page leaves nothing of itself; pages held open before it are committed.
    Result<AppliedPage> apply(const QByteArray &json);
    Result<AppliedPage> apply(const QJsonObject &page, Commit commit = Commit::Now);
    // A page already checked by PageDecoder (e.g. on the thread that fetched it).
    Result<AppliedPage> apply(const DecodedPage &page, Commit commit = Commit::Now);

    // Commits the pages held open, if any.
    Status settle();
    bool isHoldingPages() const { return m_open; }
    // Milliseconds since the held transaction began (0 when none is open).
    qint64 heldForMs() const;

    // After 410 cursor_expired: removes every synced row, the search indexes and the
    // cursor, in one transaction; keeps the outbox, the conflicts and the client id.
    Status resetSyncedData();

private:
    struct Statements;
    class PageWriter;

    Result<AppliedPage> applyPage(const DecodedPage &page, Commit commit);
    std::optional<Error> finishDeferredSearch();
    std::optional<Error> exec(const QString &sql);
    std::optional<Error> setBulk(bool bulk);

    QSqlDatabase m_db;
    bool m_open = false; // a transaction holds pages not committed yet
    bool m_bulk = false; // the first sync's settings are on (setBulk)
    qint64 m_openSinceMs = 0;
    std::unique_ptr<Statements> m_statements;
};

} // namespace quita
