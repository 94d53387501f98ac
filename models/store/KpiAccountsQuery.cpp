// KpiQuery::accounts(): the accounts behind one bar or cell of the report, for the
// drill-down. The same conditions as the report's figure, grouped by debtor.
#include "KpiQuery.h"
#include "KpiSql.h"

#include "domain/ActivityKinds.h"
#include "domain/kpi/KpiDefinitions.h"
#include "domain/negotiation/AgingBuckets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace quita {

using namespace kpisql;

namespace {

int bucketIndex(const QString &name)
{
    const auto &buckets = AgingBuckets::defaults().buckets;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (buckets[i].name == name)
            return int(i);
    }
    return -1;
}

Error badCell(const QString &field)
{
    return Error{QStringLiteral("invalid"), field,
                 QCoreApplication::translate("Kpi", "%1: not a cell of this figure").arg(field)};
}

// SELECT debtor_id, count, amount for the metric, or an error naming the bad selector.
// `f` is the cell's filter (its day, agent and channel); `period` the report's, whose
// start and end split the collections by placement as Report::money() does.
Result<QString> cellSql(const QSqlDatabase &db, const KpiQueryFilter &f,
                        const KpiQueryFilter &period, const KpiCellSelector &c)
{
    const QString where = debtorConditions(f);
    const QString from = dateLiteral(f.from), to = dateLiteral(f.to);
    const QString &m = c.metric;
    // Activities, as kpisql::agentDayRows() counts them: call_attempts, rpc and ptp are
    // outbound phone calls (ptp: those with the result ptp); promises_made is every
    // activity with the result ptp, on any channel and in either direction; activities
    // (a segment of the activities-by-channel-and-result chart) every activity of the
    // filter's channel, of one result when the cell names it.
    if (m == QLatin1String("call_attempts") || m == QLatin1String("rpc") ||
        m == QLatin1String("ptp") || m == QLatin1String("promises_made") ||
        m == QLatin1String("activities")) {
        QStringList extra{QStringLiteral("1 = 1")};
        if (m == QLatin1String("call_attempts") || m == QLatin1String("rpc") ||
            m == QLatin1String("ptp"))
            extra << callAttempt(QStringLiteral("a"));
        if (m == QLatin1String("rpc"))
            extra << QStringLiteral("a.result IN %1").arg(rightPartyList());
        if (m == QLatin1String("ptp") || m == QLatin1String("promises_made"))
            extra << QStringLiteral("a.result = 'ptp'");
        if (m == QLatin1String("activities") && !c.result.isEmpty()) {
            if (!ResultCatalog::defaults().find(c.result))
                return badCell(QStringLiteral("result"));
            extra << QStringLiteral("a.result = %1").arg(literal(c.result));
        }
        if (!f.channel.isEmpty())
            extra << QStringLiteral("a.channel = %1").arg(literal(f.channel));
        return QStringLiteral("SELECT a.debtor_id AS debtor_id, count(*) AS n, 0 AS amount FROM "
                              "activity a JOIN debtor d ON d.id = a.debtor_id WHERE "
                              "a.occurred_at >= %1 AND a.occurred_at < %2 AND %3 AND %4 GROUP "
                              "BY a.debtor_id")
            .arg(kpiDayStartMs(f.from))
            .arg(kpiDayStartMs(f.to.addDays(1)))
            .arg(extra.join(QLatin1String(" AND ")), where);
    }
    if (m == QLatin1String("promises_due") || m == QLatin1String("promises_kept")) {
        QString kept;
        {
            const QString dn = dayNumber(db, QStringLiteral("pay.paid_on"));
            const QString due = dayNumber(db, QStringLiteral("p.due_on"));
            kept = QStringLiteral("(p.status = 'kept' OR (SELECT coalesce(sum(pay.amount_cents), "
                                  "0) FROM payment pay WHERE pay.debtor_id = p.debtor_id AND %1 "
                                  "<= %2 + %3 AND %1 >= coalesce((SELECT %4 FROM activity a "
                                  "WHERE a.id = p.activity_id), %2 - 30)) >= p.amount_cents)")
                       .arg(dn, due)
                       .arg(f.promiseGraceDays)
                       .arg(dayOfInstant(QStringLiteral("a.occurred_at")));
        }
        // Due: the judged promises (kept, or past due + grace); kept: the kept ones.
        const QString condition =
            m == QLatin1String("promises_kept") ? kept : promiseJudged(db, f, kept);
        return QStringLiteral(
                   "SELECT p.debtor_id AS debtor_id, count(*) AS n, sum(p.amount_cents) AS amount "
                   "FROM promise p "
                   "JOIN debtor d ON d.id = p.debtor_id WHERE p.deleted = 0 AND "
                   "p.status <> 'cancelled' AND p.due_on BETWEEN %1 AND %2 AND %3 AND "
                   "%4 GROUP BY p.debtor_id")
            .arg(from, to, condition, where);
    }
    // Collections: all of them, or the recovery rate's (from the accounts placed before
    // the period: outstanding at its start) or the liquidation rate's (from the accounts
    // placed in the period), split as Report::money() splits them.
    if (m == QLatin1String("collected") || m == QLatin1String("recovery") ||
        m == QLatin1String("liquidation")) {
        const QString periodFrom = dateLiteral(period.from), periodTo = dateLiteral(period.to);
        QString placement = QStringLiteral("1 = 1");
        if (m == QLatin1String("recovery"))
            placement = QStringLiteral("(d.placed_on IS NULL OR d.placed_on < %1)").arg(periodFrom);
        else if (m == QLatin1String("liquidation"))
            placement =
                QStringLiteral("d.placed_on >= %1 AND d.placed_on <= %2").arg(periodFrom, periodTo);
        return QStringLiteral(
                   "SELECT pay.debtor_id AS debtor_id, count(*) AS n, sum(pay.amount_cents) AS "
                   "amount FROM payment "
                   "pay JOIN debtor d ON d.id = pay.debtor_id WHERE pay.paid_on "
                   "BETWEEN %1 AND %2 AND %3 AND %4 GROUP BY pay.debtor_id")
            .arg(from, to, placement, where);
    }
    if (m == QLatin1String("agreements_broken"))
        return QStringLiteral(
                   "SELECT ag.debtor_id AS debtor_id, count(*) AS n, sum(ag.total_cents) AS amount "
                   "FROM agreement "
                   "ag JOIN debtor d ON d.id = ag.debtor_id WHERE ag.deleted = 0 AND "
                   "ag.status = 'broken' AND ag.id IN (SELECT i.agreement_id FROM "
                   "installment i WHERE i.deleted = 0 AND i.due_on BETWEEN %1 AND %2) "
                   "AND %3 GROUP BY ag.debtor_id")
            .arg(from, to, where);
    if (m == QLatin1String("aging") || m == QLatin1String("roll")) {
        QString cond;
        if (m == QLatin1String("aging")) {
            const int b = bucketIndex(c.bucket);
            if (b < 0)
                return badCell(QStringLiteral("bucket"));
            cond = QStringLiteral("(%1) = %2").arg(bucketCase(f.to)).arg(b);
        } else {
            const int bf = bucketIndex(c.fromBucket), bt = bucketIndex(c.toBucket);
            if (bf < 0)
                return badCell(QStringLiteral("from_bucket"));
            if (bt < 0)
                return badCell(QStringLiteral("to_bucket"));
            cond = QStringLiteral("(%1) = %2 AND (%3) = %4 AND (d.placed_on IS NULL OR "
                                  "d.placed_on < %5)")
                       .arg(bucketCase(f.from))
                       .arg(bf)
                       .arg(bucketCase(f.to))
                       .arg(bt)
                       .arg(from);
        }
        return QStringLiteral("SELECT d.id AS debtor_id, 1 AS n, d.total_due_cents AS amount FROM "
                              "debtor d %1 WHERE d.total_due_cents > 0 AND (d.placed_on "
                              "IS NULL OR d.placed_on <= %2) AND %3 AND %4")
            .arg(agingJoins(), to, cond, where);
    }
    if (m == QLatin1String("vintage")) {
        const QDate month =
            QDate::fromString(c.placementMonth + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return badCell(QStringLiteral("placement_month"));
        return QStringLiteral(
                   "SELECT d.id AS debtor_id, (SELECT count(*) FROM payment pay WHERE "
                   "pay.debtor_id = d.id AND pay.paid_on <= %3) AS n, (SELECT "
                   "coalesce(sum(pay.amount_cents), 0) FROM payment pay WHERE "
                   "pay.debtor_id = d.id AND pay.paid_on <= %3) AS amount FROM debtor d WHERE "
                   "d.placed_on BETWEEN %1 AND %2 AND %4")
            .arg(dateLiteral(month), dateLiteral(month.addMonths(1).addDays(-1)), to, where);
    }
    return badCell(QStringLiteral("metric"));
}

} // namespace

Result<QJsonObject> KpiQuery::accounts(QSqlDatabase db, const KpiQueryFilter &filter,
                                       const KpiCellSelector &cell, int limit)
{
    KpiQueryFilter f = filter;
    if (cell.day.isValid()) {
        if (cell.day < f.from || cell.day > f.to)
            return badCell(QStringLiteral("day"));
        f.from = f.to = cell.day;
    }
    if (!cell.agentId.isEmpty())
        f.agentId = cell.agentId;
    if (!cell.channel.isEmpty())
        f.channel = cell.channel;
    auto sql = cellSql(db, f, filter, cell);
    if (!sql)
        return sql.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT x.debtor_id, dd.name, dd.portfolio_id, x.n, x.amount FROM "
                               "(%1) x JOIN debtor dd ON dd.id = "
                               "x.debtor_id ORDER BY x.n DESC, x.amount DESC, x.debtor_id LIMIT %2")
                    .arg(sql.value())
                    .arg(limit + 1)))
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    QJsonArray items;
    bool truncated = false;
    while (q.next()) {
        if (items.size() == limit) {
            truncated = true;
            break;
        }
        items.append(QJsonObject{{QStringLiteral("debtor_id"), q.value(0).toString()},
                                 {QStringLiteral("name"), q.value(1).toString()},
                                 {QStringLiteral("portfolio_id"), q.value(2).toString()},
                                 {QStringLiteral("count"), q.value(3).toLongLong()},
                                 {QStringLiteral("amount_cents"), q.value(4).toLongLong()}});
    }
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("truncated"), truncated}};
}

} // namespace quita
