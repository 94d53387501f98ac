#include "SyncConflicts.h"

#include "store/SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace quita {
namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

Status SyncConflicts::add(const OutboxEntry &entry, int status, const Error &error,
                          const QJsonObject &current, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    // A replayed answer for the same mutation replaces the first one.
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO sync_conflict (mutation_id, name, args, status, error_code, "
        "error_field, message, current, created_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {sql::id(entry.mutationId), QVariant(entry.name), QVariant(jsonText(entry.args)),
          QVariant(status), sql::text(error.code), sql::text(error.field), sql::text(error.message),
          current.isEmpty() ? QVariant() : QVariant(jsonText(current)),
          QVariant(nowUtc.toMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

int SyncConflicts::unresolvedCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE resolved = 0")) && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<SyncConflict> SyncConflicts::unresolved() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<SyncConflict> list;
    if (!q.exec(QStringLiteral(
            "SELECT id, mutation_id, name, args, status, error_code, error_field, message, "
            "current, created_at FROM sync_conflict WHERE resolved = 0 ORDER BY id")))
        return list;
    while (q.next()) {
        SyncConflict c;
        c.id = q.value(0).toLongLong();
        c.mutationId = sql::toId(q.value(1));
        c.name = q.value(2).toString();
        c.args = jsonObject(q.value(3));
        c.status = q.value(4).toInt();
        c.error = Error{q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        c.current = jsonObject(q.value(8));
        c.createdAt = sql::toInstant(q.value(9));
        list.append(c);
    }
    return list;
}

Status SyncConflicts::markResolved(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_conflict SET resolved = 1 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

Status SyncConflicts::clear()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM sync_conflict")))
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

} // namespace quita
