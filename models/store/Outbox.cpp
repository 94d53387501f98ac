#include "Outbox.h"

#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace quita {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

} // namespace

Result<QUuid> Outbox::enqueue(const QString &name, const QJsonObject &args, const QDateTime &nowUtc)
{
    const QUuid mutationId = QUuid::createUuid();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (mutation_id, name, args, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(sql::id(mutationId));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowUtc.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q);
    return mutationId;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<QList<OutboxEntry>> Outbox::oldest(int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, mutation_id, name, args, created_at, attempts, "
                             "last_error FROM outbox ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<OutboxEntry> entries;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutationId = sql::toId(q.value(1));
        e.name = q.value(2).toString();
        e.args = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        e.createdAt = sql::toInstant(q.value(4));
        e.attempts = q.value(5).toInt();
        e.lastError = q.value(6).toString();
        entries.append(e);
    }
    return entries;
}

Status Outbox::remove(const QList<QUuid> &mutationIds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"));
    for (const QUuid &id : mutationIds) {
        q.addBindValue(sql::id(id));
        if (!q.exec())
            return sqlError(q);
    }
    return Done{};
}

Status Outbox::recordAttempt(const QList<QUuid> &mutationIds, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"));
    for (const QUuid &id : mutationIds) {
        q.addBindValue(error);
        q.addBindValue(sql::id(id));
        if (!q.exec())
            return sqlError(q);
    }
    return Done{};
}

} // namespace quita
