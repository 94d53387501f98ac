#include "ChangeApplier.h"

#include "PageDecoder.h"
#include "SyncState.h"
#include "SyncedTables.h"
#include "store/DebtorSearchIndex.h"
#include "store/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcApply, "quita.sync.apply", QtWarningMsg)

namespace quita {

using sync::SyncedColumn;
using sync::SyncedTable;

namespace {

// The timeline search index is contentless: an entry leaves only through FTS5's
// 'delete' command given exactly the values it was indexed with (see 0002_search.sql).
const QString kUnindexActivities =
    QStringLiteral("INSERT INTO activity_search(activity_search, rowid, debtor_key, summary, body) "
                   "SELECT 'delete', a.rowid, 'd' || d.rowid, a.summary, a.body FROM activity a "
                   "JOIN debtor d ON d.id = a.debtor_id WHERE a.rowid <= coalesce((SELECT value "
                   "FROM sync_state WHERE key = 'search_deferred_from'), a.rowid) AND ");

// The first sync's deferred timeline index (0004_deferred_search.sql).
const QString kDeferredFrom = QStringLiteral("search_deferred_from");

} // namespace

// Statements prepared on first use and kept for the applier's life.
struct ChangeApplier::Statements
{
    explicit Statements(QSqlDatabase db) : db(std::move(db)), search(this->db) {}

    QSqlDatabase db;
    using Cache = std::unordered_map<const SyncedTable *, QSqlQuery>;
    Cache upserts;
    Cache removals;
    Cache debtorOf;
    std::map<QString, QSqlQuery> bySql;
    DebtorSearchIndex search;

    // The cached statement for `key`, prepared from makeSql() the first time only.
    template <typename Map, typename Key, typename MakeSql>
    QSqlQuery *prepared(Map &cache, const Key &key, MakeSql makeSql, QString &why)
    {
        auto it = cache.find(key);
        if (it != cache.end())
            return &it->second;
        QSqlQuery q(db);
        if (!q.prepare(makeSql())) {
            why = q.lastError().text();
            return nullptr;
        }
        return &cache.emplace(key, std::move(q)).first->second;
    }
    QSqlQuery *named(const QString &sql, QString &why)
    {
        return prepared(
            bySql, sql, [&] { return sql; }, why);
    }
};

// One page, inside the applier's transaction.
class ChangeApplier::PageWriter
{
public:
    PageWriter(Statements &s, bool searchDeferred) : m_s(s), m_searchDeferred(searchDeferred) {}

    std::optional<Error> change(const DecodedChange &change);
    std::optional<Error> reindexSearch();
    const QStringList &debtors() const { return m_order; }

private:
    std::optional<Error> upsert(const DecodedChange &change);
    std::optional<Error> remove(const SyncedTable &table, const QString &id);
    std::optional<Error> removeDebtor(const QString &id);
    std::optional<Error> run(QSqlQuery *q, const QString &why, const QVariantList &binds = {});
    void touch(const QString &debtorId, bool searchable);
    Error refused(const QString &field, const QString &why) const;

    Statements &m_s;
    bool m_searchDeferred = false;
    // The change being applied, for the messages.
    QString m_seq;
    QString m_entity;
    QStringList m_order;
    QSet<QString> m_touched;
    QList<QString> m_reindex;
    QSet<QString> m_reindexSet;
};

Error ChangeApplier::PageWriter::refused(const QString &field, const QString &why) const
{
    //: %1 the change's seq, %2 the entity (debtor, title, ...), %3 the field, %4 what is wrong
    return Error{
        QStringLiteral("bad_change"), field,
        QCoreApplication::translate(
            "ChangeApplier", "Pulled change %1 (%2): %3 %4. Nothing of this page was applied.")
            .arg(m_seq, m_entity.isEmpty() ? QStringLiteral("?") : m_entity, field, why)};
}

void ChangeApplier::PageWriter::touch(const QString &debtorId, bool searchable)
{
    if (debtorId.isEmpty())
        return;
    if (!m_touched.contains(debtorId)) {
        m_touched.insert(debtorId);
        m_order.append(debtorId);
    }
    if (searchable && !m_reindexSet.contains(debtorId)) {
        m_reindexSet.insert(debtorId);
        m_reindex.append(debtorId);
    }
}

std::optional<Error> ChangeApplier::PageWriter::run(QSqlQuery *q, const QString &why,
                                                    const QVariantList &binds)
{
    if (!q)
        return Error{QStringLiteral("sql"), {}, why};
    for (qsizetype i = 0; i < binds.size(); ++i)
        q->bindValue(int(i), binds[i]);
    if (!q->exec())
        return refused(
            QStringLiteral("data"),
            QCoreApplication::translate("ChangeApplier", "was refused by the local store (%1)")
                .arg(q->lastError().text()));
    return std::nullopt;
}

std::optional<Error> ChangeApplier::PageWriter::change(const DecodedChange &change)
{
    m_seq = QString::number(change.seq);
    m_entity = QString(change.table->name);
    if (!change.remove)
        return upsert(change);
    return change.table->debtorColumn == 0 ? removeDebtor(change.id)
                                           : remove(*change.table, change.id);
}

std::optional<Error> ChangeApplier::PageWriter::upsert(const DecodedChange &change)
{
    const SyncedTable &table = *change.table;
    QString why;
    QSqlQuery *q = m_s.prepared(
        m_s.upserts, &table, [&] { return table.upsertSql(); }, why);
    if (auto failed = run(q, why, change.values))
        return failed;
    touch(change.debtorId, table.searchable);
    return std::nullopt;
}

std::optional<Error> ChangeApplier::PageWriter::remove(const SyncedTable &table, const QString &id)
{
    QString why;
    if (table.debtorColumn > 0) {
        QSqlQuery *owner = m_s.prepared(
            m_s.debtorOf, &table,
            [&] { return QStringLiteral("SELECT debtor_id FROM %1 WHERE id = ?").arg(table.name); },
            why);
        if (auto failed = run(owner, why, {id}))
            return failed;
        const QString debtorId = owner->next() ? owner->value(0).toString() : QString();
        owner->finish();
        if (debtorId.isEmpty())
            return std::nullopt; // already gone
        touch(debtorId, table.searchable);
    }
    if (table.appendOnly) {
        if (auto failed =
                run(m_s.named(kUnindexActivities + QStringLiteral("a.id = ?"), why), why, {id}))
            return failed;
    }
    QSqlQuery *q = m_s.prepared(
        m_s.removals, &table,
        [&] { return QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name); }, why);
    return run(q, why, {id});
}

std::optional<Error> ChangeApplier::PageWriter::removeDebtor(const QString &id)
{
    // Search entries first (they are keyed by rowids the rows give), then the children,
    // then the debtor. The outbox keeps whatever it holds for this debtor.
    static const QStringList steps{
        kUnindexActivities + QStringLiteral("a.debtor_id = ?"),
        QStringLiteral(
            "DELETE FROM debtor_search WHERE rowid = (SELECT rowid FROM debtor WHERE id = ?)"),
        QStringLiteral("DELETE FROM protest_document WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM protest_event WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM protest_request WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM payment WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM agreement_event WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM installment WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM agreement WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM approval_request WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM promise WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM activity WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM title WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM contact_point WHERE debtor_id = ?"),
        QStringLiteral("DELETE FROM debtor WHERE id = ?")};
    QString why;
    for (const QString &sql : steps) {
        if (auto failed = run(m_s.named(sql, why), why, {id}))
            return failed;
    }
    touch(id, false);
    return std::nullopt;
}

std::optional<Error> ChangeApplier::PageWriter::reindexSearch()
{
    if (m_searchDeferred) // the first sync indexes everything once, at its end
        return std::nullopt;
    for (const QString &debtorId : std::as_const(m_reindex)) {
        if (const Status indexed = m_s.search.reindex(debtorId); !indexed)
            return indexed.error();
    }
    return std::nullopt;
}

ChangeApplier::ChangeApplier(QSqlDatabase db)
    : m_db(db), m_statements(std::make_unique<Statements>(std::move(db)))
{}

ChangeApplier::~ChangeApplier() = default;

Result<AppliedPage> ChangeApplier::apply(const QByteArray &json)
{
    auto decoded = PageDecoder::decode(json);
    if (!decoded) {
        qCWarning(lcApply) << "pull page refused:" << decoded.error().message;
        return decoded.error();
    }
    return apply(decoded.value(), Commit::Now);
}

Result<AppliedPage> ChangeApplier::apply(const QJsonObject &page, Commit commit)
{
    auto decoded = PageDecoder::decode(page);
    if (!decoded) {
        qCWarning(lcApply) << "pull page refused:" << decoded.error().message;
        return decoded.error();
    }
    return apply(decoded.value(), commit);
}

Result<AppliedPage> ChangeApplier::apply(const DecodedPage &page, Commit commit)
{
    auto applied = applyPage(page, commit);
    if (!applied)
        qCWarning(lcApply) << "pull page refused:" << applied.error().message;
    return applied;
}

qint64 ChangeApplier::heldForMs() const
{
    return m_open ? QDateTime::currentMSecsSinceEpoch() - m_openSinceMs : 0;
}

// A first sync writes hundreds of thousands of rows keyed by random UUIDs: a larger page
// cache keeps the indexes' pages in memory, and rarer checkpoints copy each page to the
// database file once rather than after every transaction. Back to the store's usual
// settings (Database.cpp) when it completes.
std::optional<Error> ChangeApplier::setBulk(bool bulk)
{
    m_bulk = bulk;
    for (const QString &pragma :
         bulk ? QStringList{QStringLiteral("PRAGMA cache_size = -262144"),
                            QStringLiteral("PRAGMA wal_autocheckpoint = 25000")}
              : QStringList{QStringLiteral("PRAGMA cache_size = -65536"),
                            QStringLiteral("PRAGMA wal_autocheckpoint = 1000")}) {
        if (auto failed = exec(pragma))
            return failed;
    }
    return std::nullopt;
}

std::optional<Error> ChangeApplier::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return std::nullopt;
}

Status ChangeApplier::settle()
{
    if (!m_open)
        return Done{};
    m_open = false;
    if (m_db.commit())
        return Done{};
    const QString why = m_db.lastError().text();
    m_db.rollback();
    return Error{QStringLiteral("sql"), {}, why};
}

Result<AppliedPage> ChangeApplier::applyPage(const DecodedPage &page, Commit commit)
{
    // Joining pages held open: this page alone can be undone (a savepoint).
    const bool joined = m_open;
    if (joined) {
        if (auto failed = exec(QStringLiteral("SAVEPOINT quita_page")))
            return *failed;
    } else if (auto begun = sql::beginWrite(m_db); !begun) {
        return begun.error();
    } else {
        m_open = true;
        m_openSinceMs = QDateTime::currentMSecsSinceEpoch();
    }
    std::optional<Error> failed;
    // Many pages into an empty store: the search indexes are built once, at the end.
    SyncState state(m_db);
    bool deferred = state.value(kDeferredFrom).isValid();
    if (!deferred && state.cursor() == 0 && page.hasMore) {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM activity")) ||
            !last.next())
            failed = Error{QStringLiteral("sql"), {}, last.lastError().text()};
        else if (const Status set = state.setValue(kDeferredFrom, last.value(0).toLongLong()); !set)
            failed = set.error();
        deferred = !failed;
    }
    if (!failed && deferred != m_bulk)
        failed = setBulk(deferred);
    PageWriter writer(*m_statements, deferred);
    for (std::size_t i = 0; i < page.changes.size() && !failed; ++i)
        failed = writer.change(page.changes[i]);
    if (!failed)
        failed = writer.reindexSearch();
    if (!failed && deferred && !page.hasMore) {
        failed = finishDeferredSearch();
        if (!failed)
            failed = setBulk(false);
    }
    if (!failed) {
        if (const Status stored = SyncState(m_db).setCursor(page.nextCursor); !stored)
            failed = stored.error();
    }
    if (joined && !failed)
        failed = exec(QStringLiteral("RELEASE quita_page"));
    if (failed) {
        if (joined) { // undo this page, keep the ones before it
            exec(QStringLiteral("ROLLBACK TO quita_page"));
            exec(QStringLiteral("RELEASE quita_page"));
            if (const Status settled = settle(); !settled)
                qCWarning(lcApply)
                    << "committing the pages before a refused one:" << settled.error().message;
        } else {
            m_open = false;
            m_db.rollback();
        }
        return *failed;
    }
    const bool keepOpen = commit == Commit::Later && page.hasMore;
    if (!keepOpen) {
        if (const Status settled = settle(); !settled)
            return settled.error();
    }
    AppliedPage applied;
    applied.committed = !keepOpen;
    applied.changes = int(page.changes.size());
    applied.nextCursor = page.nextCursor;
    applied.hasMore = page.hasMore;
    applied.debtorIds = writer.debtors();
    return applied;
}

// The first sync is complete: index the timeline entries it brought, sum up the debtors'
// contacts, rebuild the debtor search, and let the triggers work row by row again. In the
// last page's transaction.
std::optional<Error> ChangeApplier::finishDeferredSearch()
{
    const qint64 from = SyncState(m_db).value(kDeferredFrom).toLongLong();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO activity_search(rowid, debtor_key, summary, body) "
                             "SELECT a.rowid, 'd' || d.rowid, a.summary, a.body FROM activity a "
                             "JOIN debtor d ON d.id = a.debtor_id WHERE a.rowid > ?"));
    q.addBindValue(from);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    // What activity_summary_insert would have kept, row by row: the newest outbound and
    // inbound contact, and the callback of the newest outbound one (the later among equals).
    QSqlQuery sums(m_db);
    sums.prepare(QStringLiteral(
        "UPDATE debtor SET "
        "last_outbound_at = (SELECT max(occurred_at) FROM activity a WHERE a.debtor_id = "
        "debtor.id AND a.direction = 'outbound'), "
        "last_inbound_at = (SELECT max(occurred_at) FROM activity a WHERE a.debtor_id = "
        "debtor.id AND a.direction = 'inbound'), "
        "pending_callback_at = (SELECT callback_at FROM activity a WHERE a.debtor_id = "
        "debtor.id AND a.direction = 'outbound' ORDER BY a.occurred_at DESC, a.rowid DESC "
        "LIMIT 1) "
        "WHERE id IN (SELECT debtor_id FROM activity WHERE rowid > ?)"));
    sums.addBindValue(from);
    if (!sums.exec())
        return Error{QStringLiteral("sql"), {}, sums.lastError().text()};
    if (const Status rebuilt = DebtorSearchIndex(m_db).rebuildAll(); !rebuilt)
        return rebuilt.error();
    if (const Status removed = SyncState(m_db).remove(kDeferredFrom); !removed)
        return removed.error();
    return std::nullopt;
}

Status ChangeApplier::resetSyncedData()
{
    if (const Status settled = settle(); !settled)
        return settled;
    if (auto begun = sql::beginWrite(m_db); !begun)
        return begun.error();
    QSqlQuery q(m_db);
    for (const char *sql :
         {"INSERT INTO activity_search(activity_search) VALUES ('delete-all')",
          "DELETE FROM debtor_search", "DELETE FROM protest_document", "DELETE FROM protest_event",
          "DELETE FROM protest_request", "DELETE FROM payment", "DELETE FROM agreement_event",
          "DELETE FROM installment", "DELETE FROM agreement", "DELETE FROM approval_request",
          "DELETE FROM promise", "DELETE FROM activity", "DELETE FROM title",
          "DELETE FROM contact_point", "DELETE FROM debtor", "DELETE FROM portfolio",
          "DELETE FROM creditor", "DELETE FROM index_value"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            const QString why = q.lastError().text();
            m_db.rollback();
            return Error{QStringLiteral("sql"), {}, why};
        }
    }
    Status removed = SyncState(m_db).remove(QStringLiteral("cursor"));
    if (removed)
        removed = SyncState(m_db).remove(kDeferredFrom);
    if (!removed) {
        m_db.rollback();
        return removed;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, why};
    }
    return Done{};
}

} // namespace quita
