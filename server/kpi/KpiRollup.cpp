#include "KpiRollup.h"

#include "domain/kpi/KpiDefinitions.h"
#include "store/KpiSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace quita::server {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

Result<qint64> scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q);
    return q.next() ? q.value(0).toLongLong() : qint64(-1);
}

// The rollup rows of the activities matching `condition` (on activity `a`).
QString dayRows(const QString &condition)
{
    return QStringLiteral(
               "SELECT %1, coalesce(d.agent_id, ''), d.portfolio_id, a.channel, "
               "a.direction, a.result, count(*) FROM activity a JOIN debtor d ON d.id = "
               "a.debtor_id WHERE d.deleted = 0 AND %2 GROUP BY %1, coalesce(d.agent_id, ''), "
               "d.portfolio_id, a.channel, a.direction, a.result")
        .arg(kpisql::dayOfInstant(QStringLiteral("a.occurred_at")), condition);
}

QString hourRows(const QString &condition)
{
    return QStringLiteral("SELECT DISTINCT d.agent_id, (a.occurred_at + (%1)) / %2 FROM activity "
                          "a JOIN debtor d ON d.id = a.debtor_id WHERE d.agent_id IS NOT NULL AND "
                          "d.deleted = 0 AND "
                          "%3")
        .arg(kKpiDayOffsetMs)
        .arg(kMsPerHour)
        .arg(condition);
}

} // namespace

Status KpiRollup::refresh(const ServerStore &store, QSqlDatabase db)
{
    const QString stateSql =
        QStringLiteral("SELECT value FROM kpi_rollup_state WHERE name = 'activity_seq'");
    const QString headSql =
        QStringLiteral("SELECT value FROM sync_counter WHERE name = 'change_seq'");
    auto seen = scalar(db, stateSql);
    auto head = scalar(db, headSql);
    if (!seen)
        return seen.error();
    if (!head)
        return head.error();
    if (seen.value() >= 0 && seen.value() == head.value())
        return Done{};
    if (!store.beginWrite(db))
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    auto fail = [&db](const QSqlQuery &q) {
        const Error e = sqlError(q);
        db.rollback();
        return e;
    };
    // Inside the transaction: every change up to the head read now is committed.
    seen = scalar(db, stateSql);
    head = scalar(db, headSql);
    if (!seen || !head) {
        db.rollback();
        return !seen ? seen.error() : head.error();
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE kpi_rollup_state SET value = %1 WHERE name = "
                               "'activity_seq' AND value = %2")
                    .arg(head.value())
                    .arg(seen.value())))
        return fail(q);
    if (q.numRowsAffected() != 1) { // another thread or server got there first
        db.rollback();
        return Done{};
    }
    QStringList statements;
    if (seen.value() < 0) {
        statements = {QStringLiteral("DELETE FROM kpi_activity_day"),
                      QStringLiteral("DELETE FROM kpi_agent_hour"),
                      QStringLiteral("DELETE FROM kpi_agent_day"),
                      QStringLiteral("INSERT INTO kpi_agent_day (day, agent_id, portfolio_id, "
                                     "channel, activities, call_attempts, rpc, ptp, promises) ") +
                          kpisql::agentDayRows(QStringLiteral("d.deleted = 0")),
                      QStringLiteral("INSERT INTO kpi_activity_day (day, agent_id, portfolio_id, "
                                     "channel, direction, result, activities) ") +
                          dayRows(QStringLiteral("1 = 1")),
                      QStringLiteral("INSERT INTO kpi_agent_hour (agent_id, hour) ") +
                          hourRows(QStringLiteral("1 = 1"))};
    } else {
        const QString fresh =
            QStringLiteral("a.id IN (SELECT c.entity_id FROM change_log c WHERE c.seq > %1 AND "
                           "c.seq <= %2 AND c.entity = 'activity' AND c.op = 'upsert')")
                .arg(seen.value())
                .arg(head.value());
        statements = {QStringLiteral("INSERT INTO kpi_activity_day (day, agent_id, portfolio_id, "
                                     "channel, direction, result, activities) ") +
                          dayRows(fresh) +
                          QStringLiteral(" ON CONFLICT (day, agent_id, portfolio_id, channel, "
                                         "direction, result) DO UPDATE SET activities = "
                                         "kpi_activity_day.activities + excluded.activities"),
                      QStringLiteral("INSERT INTO kpi_agent_day (day, agent_id, portfolio_id, "
                                     "channel, activities, call_attempts, rpc, ptp, promises) ") +
                          kpisql::agentDayRows(QStringLiteral("d.deleted = 0 AND ") + fresh) +
                          QStringLiteral(" ON CONFLICT (day, agent_id, portfolio_id, channel) DO "
                                         "UPDATE SET activities = kpi_agent_day.activities + "
                                         "excluded.activities, call_attempts = "
                                         "kpi_agent_day.call_attempts + excluded.call_attempts, "
                                         "rpc = kpi_agent_day.rpc + excluded.rpc, ptp = "
                                         "kpi_agent_day.ptp + excluded.ptp, promises = "
                                         "kpi_agent_day.promises + excluded.promises"),
                      QStringLiteral("INSERT INTO kpi_agent_hour (agent_id, hour) ") +
                          hourRows(fresh) +
                          QStringLiteral(" ON CONFLICT (agent_id, hour) DO NOTHING")};
    }
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return fail(q);
    }
    if (!db.commit())
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    return Done{};
}

} // namespace quita::server
