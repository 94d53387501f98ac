#include "KpiRollup.h"

#include "domain/kpi/KpiDefinitions.h"
#include "store/KpiSql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

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

// kpi_debtor rows (migration 0008) of the debtors `d` matching `condition`.
QString debtorRows(const QSqlDatabase &db, const QString &condition)
{
    return QStringLiteral(
               "INSERT INTO kpi_debtor (id, agent_id, portfolio_id, deleted, placed_on, "
               "total_due_cents, principal, od_day, cov_day) SELECT d.id, coalesce(d.agent_id, "
               "''), d.portfolio_id, d.deleted, d.placed_on, d.total_due_cents, coalesce((SELECT "
               "sum(t.principal_cents) FROM title t WHERE t.debtor_id = d.id AND t.deleted = 0), "
               "0), %1, %2 FROM debtor d WHERE %3")
        .arg(kpisql::dayNumber(db, QStringLiteral("(SELECT min(t.due_on) FROM title t WHERE "
                                                  "t.debtor_id = d.id AND t.deleted = 0 AND "
                                                  "t.open_balance_cents > 0)")),
             kpisql::dayOfInstant(QStringLiteral(
                 "(SELECT min(ag.created_at) FROM agreement ag WHERE ag.debtor_id = d.id AND "
                 "ag.deleted = 0 AND ag.status IN ('pending', 'active', 'settled'))")),
             condition);
}

// kpi_promise rows of the promises `p` matching `condition`. paid_day: the first payment
// day from the window start (KpiRules promiseWindowStart()) on which the payments since
// that start reach the promise's amount.
QString promiseRows(const QSqlDatabase &db, const QString &condition)
{
    const QString due = kpisql::dayNumber(db, QStringLiteral("p.due_on"));
    const QString start = QStringLiteral("coalesce(%1, %2 - 30)")
                              .arg(kpisql::dayOfInstant(QStringLiteral("a.occurred_at")), due);
    const QString paid = kpisql::dayNumber(db, QStringLiteral("pay.paid_on"));
    const QString upTo = kpisql::dayNumber(db, QStringLiteral("q.paid_on"));
    return QStringLiteral(
               "INSERT INTO kpi_promise (id, debtor_id, agent_id, portfolio_id, deleted, due_on, "
               "due_day, kept, paid_day) SELECT p.id, p.debtor_id, coalesce(d.agent_id, ''), "
               "d.portfolio_id, d.deleted, p.due_on, %1, CASE WHEN p.status = 'kept' THEN 1 ELSE "
               "0 END, (SELECT min(%2) FROM payment pay WHERE pay.debtor_id = p.debtor_id AND %2 "
               ">= %3 AND (SELECT sum(q.amount_cents) FROM payment q WHERE q.debtor_id = "
               "p.debtor_id AND %4 >= %3 AND %4 <= %2) >= p.amount_cents) FROM promise p JOIN "
               "debtor d ON d.id = p.debtor_id LEFT JOIN activity a ON a.id = p.activity_id "
               "WHERE p.deleted = 0 AND p.status <> 'cancelled' AND %5")
        .arg(due, paid, start, upTo, condition);
}

// kpi_payment rows of the payments `pay` matching `condition`: the account's facts and its
// last activity up to the end of the payment's day.
QString paymentRows(const QSqlDatabase &db, const QString &condition)
{
    const QString paid = kpisql::dayNumber(db, QStringLiteral("pay.paid_on"));
    const QString last =
        QStringLiteral("(SELECT %1 FROM activity a WHERE a.debtor_id = pay.debtor_id AND "
                       "a.occurred_at < (%2 + 1) * %3 + %4 ORDER BY a.occurred_at DESC, a.id "
                       "DESC LIMIT 1)");
    const auto lastOf = [&](const QString &what) {
        return last.arg(what, paid).arg(kMsPerDay).arg(-kKpiDayOffsetMs);
    };
    return QStringLiteral(
               "INSERT INTO kpi_payment (id, debtor_id, agent_id, portfolio_id, deleted, "
               "placed_on, paid_on, paid_day, amount_cents, touch_channel, touch_day) SELECT "
               "pay.id, pay.debtor_id, coalesce(d.agent_id, ''), d.portfolio_id, d.deleted, "
               "d.placed_on, pay.paid_on, %1, pay.amount_cents, %2, %3 FROM payment pay JOIN "
               "debtor d ON d.id = pay.debtor_id WHERE %4")
        .arg(paid, lastOf(QStringLiteral("a.channel")),
             lastOf(kpisql::dayOfInstant(QStringLiteral("a.occurred_at"))), condition);
}

// The account rows (kpi_debtor, kpi_promise, kpi_payment) to write after `seen` up to
// `head`: all of them when `seen` < 0, else those of every debtor a change since `seen`
// names.
QStringList accountStatements(const QSqlDatabase &db, qint64 seen, qint64 head)
{
    if (seen < 0)
        return {
            QStringLiteral("DELETE FROM kpi_debtor"),  QStringLiteral("DELETE FROM kpi_promise"),
            QStringLiteral("DELETE FROM kpi_payment"), debtorRows(db, QStringLiteral("1 = 1")),
            promiseRows(db, QStringLiteral("1 = 1")),  paymentRows(db, QStringLiteral("1 = 1"))};
    const QString touched =
        QStringLiteral("(SELECT c.debtor_id FROM change_log c WHERE c.seq > %1 AND c.seq <= %2 "
                       "AND c.debtor_id IS NOT NULL UNION SELECT c.entity_id FROM change_log c "
                       "WHERE c.seq > %1 AND c.seq <= %2 AND c.entity = 'debtor')")
            .arg(seen)
            .arg(head);
    return {QStringLiteral("DELETE FROM kpi_debtor WHERE id IN ") + touched,
            QStringLiteral("DELETE FROM kpi_promise WHERE debtor_id IN ") + touched,
            QStringLiteral("DELETE FROM kpi_payment WHERE debtor_id IN ") + touched,
            debtorRows(db, QStringLiteral("d.id IN ") + touched),
            promiseRows(db, QStringLiteral("p.debtor_id IN ") + touched),
            paymentRows(db, QStringLiteral("pay.debtor_id IN ") + touched)};
}

// The new activities (`fresh`, on activity `a`) added to the running totals:
// a row for each day they fall on (seeded with the total before it), then that day and
// every later one of the same agent, channel and result grows by their count.
// The activities (`a`) the change log shows logged after `seen` up to `head`.
QString freshActivities(qint64 seen, qint64 head)
{
    return QStringLiteral("a.id IN (SELECT c.entity_id FROM change_log c WHERE c.seq > %1 AND "
                          "c.seq <= %2 AND c.entity = 'activity' AND c.op = 'upsert')")
        .arg(seen)
        .arg(head);
}

Status addRunningTotals(QSqlDatabase db, const QString &fresh)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    const QString day = kpisql::dayOfInstant(QStringLiteral("a.occurred_at"));
    if (!rows.exec(
            QStringLiteral("SELECT coalesce(d.agent_id, ''), a.channel, a.result, %1, count(*) "
                           "FROM activity a JOIN debtor d ON d.id = a.debtor_id WHERE d.deleted = "
                           "0 AND %2 GROUP BY coalesce(d.agent_id, ''), a.channel, a.result, %1")
                .arg(day, fresh)))
        return sqlError(rows);
    struct Row
    {
        QString agent, channel, result;
        qint64 day = 0, count = 0;
    };
    std::vector<Row> counts;
    while (rows.next())
        counts.push_back({rows.value(0).toString(), rows.value(1).toString(),
                          rows.value(2).toString(), rows.value(3).toLongLong(),
                          rows.value(4).toLongLong()});
    rows.finish();
    QSqlQuery group(db), seed(db), add(db);
    if (!group.prepare(QStringLiteral("INSERT INTO kpi_result_group (agent_id, channel, result) "
                                      "VALUES (?, ?, ?) ON CONFLICT (agent_id, channel, result) DO "
                                      "NOTHING")))
        return sqlError(group);
    if (!seed.prepare(QStringLiteral(
            "INSERT INTO kpi_result_total (agent_id, channel, result, day, total) VALUES (?, ?, "
            "?, ?, coalesce((SELECT t.total FROM kpi_result_total t WHERE t.agent_id = ? AND "
            "t.channel = ? AND t.result = ? AND t.day < ? ORDER BY t.day DESC LIMIT 1), 0)) ON "
            "CONFLICT (agent_id, channel, result, day) DO NOTHING")))
        return sqlError(seed);
    if (!add.prepare(QStringLiteral("UPDATE kpi_result_total SET total = total + ? WHERE "
                                    "agent_id = ? AND channel = ? AND result = ? AND day >= ?")))
        return sqlError(add);
    for (const Row &r : counts) {
        for (const QVariant &v : {QVariant(r.agent), QVariant(r.channel), QVariant(r.result)})
            group.addBindValue(v);
        for (const QVariant &v :
             {QVariant(r.agent), QVariant(r.channel), QVariant(r.result), QVariant(r.day),
              QVariant(r.agent), QVariant(r.channel), QVariant(r.result), QVariant(r.day)})
            seed.addBindValue(v);
        for (const QVariant &v : {QVariant(r.count), QVariant(r.agent), QVariant(r.channel),
                                  QVariant(r.result), QVariant(r.day)})
            add.addBindValue(v);
        if (!group.exec())
            return sqlError(group);
        if (!seed.exec())
            return sqlError(seed);
        if (!add.exec())
            return sqlError(add);
    }
    return Done{};
}

} // namespace

Status KpiRollup::refresh(const ServerStore &store, QSqlDatabase db)
{
    const QString activitySql =
        QStringLiteral("SELECT value FROM kpi_rollup_state WHERE name = 'activity_seq'");
    const QString accountSql =
        QStringLiteral("SELECT value FROM kpi_rollup_state WHERE name = 'account_seq'");
    const QString headSql =
        QStringLiteral("SELECT value FROM sync_counter WHERE name = 'change_seq'");
    auto seen = scalar(db, activitySql);
    auto accounts = scalar(db, accountSql);
    auto head = scalar(db, headSql);
    for (const auto *r : {&seen, &accounts, &head}) {
        if (!*r)
            return r->error();
    }
    if (seen.value() >= 0 && seen.value() == head.value() && accounts.value() == head.value())
        return Done{};
    if (!store.beginWrite(db))
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    auto fail = [&db](const QSqlQuery &q) {
        const Error e = sqlError(q);
        db.rollback();
        return e;
    };
    // Inside the transaction: every change up to the head read now is committed.
    seen = scalar(db, activitySql);
    accounts = scalar(db, accountSql);
    head = scalar(db, headSql);
    for (const auto *r : {&seen, &accounts, &head}) {
        if (!*r) {
            db.rollback();
            return r->error();
        }
    }
    QSqlQuery q(db);
    // Both state rows move by compare and set, in this order (no two writers wait on
    // each other crosswise); losing either means another thread or server got there first.
    for (const auto &[name, from] : {std::pair{QStringLiteral("activity_seq"), seen.value()},
                                     std::pair{QStringLiteral("account_seq"), accounts.value()}}) {
        if (!q.exec(QStringLiteral("UPDATE kpi_rollup_state SET value = %1 WHERE name = '%2' "
                                   "AND value = %3")
                        .arg(head.value())
                        .arg(name)
                        .arg(from)))
            return fail(q);
        if (q.numRowsAffected() != 1) {
            db.rollback();
            return Done{};
        }
    }
    QStringList statements;
    if (seen.value() == head.value()) {
        // The activities are up to date; only the account rows move.
    } else if (seen.value() < 0) {
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
                          hourRows(QStringLiteral("1 = 1")),
                      QStringLiteral("DELETE FROM kpi_agent_day_all"),
                      QStringLiteral("INSERT INTO kpi_agent_day_all (day, agent_id, activities, "
                                     "call_attempts, rpc, ptp, promises) SELECT day, agent_id, "
                                     "sum(activities), sum(call_attempts), sum(rpc), sum(ptp), "
                                     "sum(promises) FROM kpi_agent_day GROUP BY day, agent_id"),
                      QStringLiteral("DELETE FROM kpi_result_group"),
                      QStringLiteral("DELETE FROM kpi_result_total"),
                      QStringLiteral("INSERT INTO kpi_result_group (agent_id, channel, result) "
                                     "SELECT DISTINCT agent_id, channel, result FROM "
                                     "kpi_activity_day"),
                      QStringLiteral("INSERT INTO kpi_result_total (agent_id, channel, result, "
                                     "day, total) SELECT agent_id, channel, result, day, "
                                     "sum(sum(activities)) OVER (PARTITION BY agent_id, channel, "
                                     "result ORDER BY day) FROM kpi_activity_day GROUP BY "
                                     "agent_id, channel, result, day")};
    } else {
        const QString fresh = freshActivities(seen.value(), head.value());
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
                      QStringLiteral("INSERT INTO kpi_agent_day_all (day, agent_id, activities, "
                                     "call_attempts, rpc, ptp, promises) SELECT x.day, "
                                     "x.agent_id, sum(x.activities), sum(x.call_attempts), "
                                     "sum(x.rpc), sum(x.ptp), sum(x.promises) FROM (") +
                          kpisql::agentDayRows(QStringLiteral("d.deleted = 0 AND ") + fresh) +
                          QStringLiteral(") x GROUP BY x.day, x.agent_id ON CONFLICT (day, "
                                         "agent_id) DO UPDATE SET activities = "
                                         "kpi_agent_day_all.activities + excluded.activities, "
                                         "call_attempts = kpi_agent_day_all.call_attempts + "
                                         "excluded.call_attempts, rpc = kpi_agent_day_all.rpc + "
                                         "excluded.rpc, ptp = kpi_agent_day_all.ptp + "
                                         "excluded.ptp, promises = kpi_agent_day_all.promises + "
                                         "excluded.promises"),
                      QStringLiteral("INSERT INTO kpi_agent_hour (agent_id, hour) ") +
                          hourRows(fresh) +
                          QStringLiteral(" ON CONFLICT (agent_id, hour) DO NOTHING")};
    }
    if (accounts.value() != head.value())
        statements += accountStatements(db, accounts.value(), head.value());
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return fail(q);
    }
    if (seen.value() >= 0 && seen.value() != head.value()) {
        if (auto added = addRunningTotals(db, freshActivities(seen.value(), head.value()));
            !added) {
            db.rollback();
            return added;
        }
    }
    if (!db.commit())
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    return Done{};
}

} // namespace quita::server
