#include "ChangeLog.h"

#include "Entities.h"
#include "store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>

namespace quita::server {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

qint64 counter(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM sync_counter WHERE name = ?"));
    q.addBindValue(QLatin1String(name));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

ChangeLog::ChangeLog(QSqlDatabase db) : m_db(std::move(db)), m_append(m_db)
{}

Result<qint64> ChangeLog::reserve(int count)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE sync_counter SET value = value + ? WHERE name = 'change_seq'"));
    q.addBindValue(count);
    if (!q.exec())
        return sqlError(q);
    const qint64 last = counter(m_db, "change_seq");
    if (last < 0)
        return Error{QStringLiteral("sql"), {}, QStringLiteral("cannot read the change counter")};
    return last - count + 1;
}

Status ChangeLog::setHead(qint64 last)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_counter SET value = ? WHERE name = 'change_seq'"));
    q.addBindValue(last);
    if (!q.exec())
        return sqlError(q);
    return Done{};
}

Status ChangeLog::append(qint64 seq, const QString &entity, const QString &id,
                         const QString &debtorId, const QString &op, const QJsonObject &data,
                         qint64 nowMs, const QString &audience)
{
    if (m_append.lastQuery().isEmpty())
        m_append.prepare(
            QStringLiteral("INSERT INTO change_log (seq, entity, entity_id, debtor_id, "
                           "op, audience, data, created_at) VALUES (?,?,?,?,?,?,?,?)"));
    m_append.bindValue(0, seq);
    m_append.bindValue(1, entity);
    m_append.bindValue(2, id);
    m_append.bindValue(3, debtorId.isEmpty() ? QVariant() : QVariant(debtorId));
    m_append.bindValue(4, op);
    m_append.bindValue(5, audience.isEmpty() ? QVariant() : QVariant(audience));
    m_append.bindValue(6, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    m_append.bindValue(7, nowMs);
    if (!m_append.exec())
        return sqlError(m_append);
    return Done{};
}

qint64 ChangeLog::head() const
{
    return counter(m_db, "change_seq");
}

qint64 ChangeLog::floor() const
{
    return counter(m_db, "log_floor");
}

Result<PullPage> ChangeLog::pull(const User &caller, qint64 cursor, int limit, qint64 scanFloor)
{
    if (cursor < 0)
        return Error{QStringLiteral("invalid"), QStringLiteral("cursor"),
                     QStringLiteral("cursor: a number >= 0")};
    // Every change at or below `head` has committed: the counter and the change commit
    // together, and the log query below starts after this read.
    const qint64 headNow = head();
    if (cursor > headNow)
        return Error{QStringLiteral("cursor_expired"), QStringLiteral("cursor"),
                     QStringLiteral("cursor %1 is beyond this server's changes (%2): the store was "
                                    "replaced; sync again from 0")
                         .arg(cursor)
                         .arg(headNow)};
    if (cursor > 0 && cursor < floor() && scanFloor < floor())
        return Error{QStringLiteral("cursor_expired"), QStringLiteral("cursor"),
                     QStringLiteral("cursor %1 is older than the kept change log (from %2); "
                                    "sync again from 0")
                         .arg(cursor)
                         .arg(floor())};
    // Written as CASE so no index on audience can be chosen: the query must walk seq in
    // order and stop at the limit. (An OR over audience made SQLite gather and sort every
    // change after the cursor: 200 ms for a page instead of 16.)
    QString mine;
    if (caller.role == QLatin1String("admin"))
        mine = QStringLiteral("TRUE");
    else if (caller.role == QLatin1String("supervisor"))
        mine = QStringLiteral("(l.debtor_id IS NULL OR d.agent_id IN "
                              "(SELECT id FROM app_user WHERE supervisor_id = :me))");
    else
        mine = QStringLiteral("(l.debtor_id IS NULL OR d.agent_id = :me)");
    const QString scope =
        QStringLiteral("CASE WHEN l.audience IS NULL THEN %1 ELSE l.audience = :me2 END").arg(mine);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.seq, l.entity, l.entity_id, l.op, l.data, l.debtor_id "
                             "FROM change_log l LEFT JOIN debtor d ON d.id = l.debtor_id "
                             "WHERE l.seq > :cursor AND l.seq <= :head AND %1 "
                             "ORDER BY l.seq LIMIT :limit")
                  .arg(scope));
    const QString me = caller.id.toString(QUuid::WithoutBraces);
    q.bindValue(QStringLiteral(":cursor"), cursor);
    q.bindValue(QStringLiteral(":head"), headNow);
    if (caller.role != QLatin1String("admin"))
        q.bindValue(QStringLiteral(":me"), me);
    q.bindValue(QStringLiteral(":me2"), me);
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!q.exec())
        return sqlError(q);
    PullPage page;
    page.nextCursor = cursor;
    QList<std::pair<QString, qint64>> grants;
    int rows = 0;
    while (q.next()) {
        if (++rows > limit) {
            page.hasMore = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        page.nextCursor = seq;
        const QString op = q.value(3).toString();
        if (op == QLatin1String("grant")) {
            // Expanded below, once this query is done with the connection.
            grants.append({q.value(5).toString(), seq});
            page.changes.append(
                PulledChange{seq, QStringLiteral("grant"), q.value(5).toString(), op, {}});
            continue;
        }
        page.changes.append(PulledChange{seq, q.value(1).toString(), q.value(2).toString(), op,
                                         q.value(4).toString().toUtf8()});
    }
    q.finish();
    // Nothing more of the caller's up to head: the next pull starts there, not at the
    // caller's last change (which would rescan everyone else's).
    if (!page.hasMore)
        page.nextCursor = std::max(cursor, headNow);
    if (grants.isEmpty())
        return page;
    QList<PulledChange> expanded;
    expanded.reserve(page.changes.size());
    for (PulledChange &change : page.changes) {
        if (change.entity != QLatin1String("grant")) {
            expanded.append(std::move(change));
            continue;
        }
        if (auto done = expandGrant(change.id, change.seq, expanded); !done)
            return done.error();
    }
    page.changes = std::move(expanded);
    return page;
}

// A debtor newly in the caller's scope: the debtor row and all its rows as they are now.
Status ChangeLog::expandGrant(const QString &debtorId, qint64 seq, QList<PulledChange> &into)
{
    auto select = [&](const Entity &entity, const char *key) -> Status {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                      .arg(entity.selectList(), QLatin1String(entity.name), QLatin1String(key)));
        q.addBindValue(debtorId);
        if (!q.exec())
            return sqlError(q);
        while (q.next()) {
            const QJsonObject row = entity.toJson(q.record());
            into.append(PulledChange{
                seq, QLatin1String(entity.name), row.value(QLatin1String("id")).toString(),
                QStringLiteral("upsert"), QJsonDocument(row).toJson(QJsonDocument::Compact)});
        }
        return Done{};
    };
    if (auto done = select(entities::debtor(), "id"); !done)
        return done;
    for (const Entity *child : entities::debtorChildren())
        if (auto done = select(*child, "debtor_id"); !done)
            return done;
    return Done{};
}

Result<int> ChangeLog::compact(qint64 upTo)
{
    QSqlQuery q(m_db);
    if (!m_db.transaction())
        return Error{QStringLiteral("sql"), {}, m_db.lastError().text()};
    auto fail = [&](const QSqlQuery &failed) -> Error {
        const Error e = sqlError(failed);
        m_db.rollback();
        return e;
    };
    q.prepare(QStringLiteral(
        "DELETE FROM change_log WHERE seq <= :upto AND (audience IS NOT NULL OR EXISTS ("
        "SELECT 1 FROM change_log later WHERE later.entity = change_log.entity "
        "AND later.entity_id = change_log.entity_id AND later.audience IS NULL "
        "AND later.seq > change_log.seq))"));
    q.bindValue(QStringLiteral(":upto"), upTo);
    if (!q.exec())
        return fail(q);
    const int removed = q.numRowsAffected();
    QSqlQuery raise(m_db);
    raise.prepare(
        QStringLiteral("UPDATE sync_counter SET value = ? WHERE name = 'log_floor' AND value < ?"));
    raise.addBindValue(upTo);
    raise.addBindValue(upTo);
    if (!raise.exec())
        return fail(raise);
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, why};
    }
    return removed;
}

Result<int> ChangeLog::compactOlderThan(qint64 cutoffMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(seq) FROM change_log WHERE created_at < ?"));
    q.addBindValue(cutoffMs);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(0).isNull())
        return 0;
    const qint64 upTo = q.value(0).toLongLong();
    q.finish();
    if (upTo <= floor())
        return 0;
    return compact(upTo);
}

} // namespace quita::server
