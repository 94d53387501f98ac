#include "KpiSql.h"

#include "domain/ActivityKinds.h"
#include "domain/kpi/KpiDefinitions.h"
#include "domain/negotiation/AgingBuckets.h"

namespace quita::kpisql {
namespace {

QString agentList(const QStringList &ids)
{
    QStringList quoted;
    for (const QString &id : ids) {
        if (KpiQuery::isIdText(id))
            quoted.append(literal(id));
    }
    // An empty scope holds nothing; '' is never an agent's id.
    return quoted.isEmpty() ? QStringLiteral("('-')")
                            : QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString dayNumber(const QSqlDatabase &db, const QString &dateExpr)
{
    if (isPostgres(db))
        return QStringLiteral("CAST(CAST(%1 AS DATE) - DATE '1970-01-01' AS BIGINT)").arg(dateExpr);
    return QStringLiteral("CAST(julianday(%1) - 2440587.5 AS INTEGER)").arg(dateExpr);
}

qint64 dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString dateLiteral(QDate day)
{
    return literal(day.toString(Qt::ISODate));
}

QString dayOfInstant(const QString &msExpr)
{
    return QStringLiteral("((%1 + (%2)) / %3)").arg(msExpr).arg(kKpiDayOffsetMs).arg(kMsPerDay);
}

QString debtorConditions(const KpiQueryFilter &f, const QString &d)
{
    QStringList c{QStringLiteral("%1.deleted = 0").arg(d)};
    if (f.scopeAgentIds)
        // coalesce(): a filter, not an index probe per listed agent and joined row.
        c.append(
            QStringLiteral("coalesce(%1.agent_id, '') IN %2").arg(d, agentList(*f.scopeAgentIds)));
    if (!f.agentId.isEmpty())
        c.append(QStringLiteral("%1.agent_id = %2")
                     .arg(d, KpiQuery::isIdText(f.agentId) ? literal(f.agentId)
                                                           : QStringLiteral("'-'")));
    if (!f.portfolioId.isEmpty())
        c.append(QStringLiteral("%1.portfolio_id = %2")
                     .arg(d, KpiQuery::isIdText(f.portfolioId) ? literal(f.portfolioId)
                                                               : QStringLiteral("'-'")));
    return c.join(QLatin1String(" AND "));
}

QString sourceConditions(const KpiQueryFilter &f, bool withChannel)
{
    QStringList c{QStringLiteral("1 = 1")};
    if (f.scopeAgentIds)
        c.append(QStringLiteral("s.agent_id IN %1").arg(agentList(*f.scopeAgentIds)));
    if (!f.agentId.isEmpty())
        c.append(
            QStringLiteral("s.agent_id = %1")
                .arg(KpiQuery::isIdText(f.agentId) ? literal(f.agentId) : QStringLiteral("'-'")));
    if (!f.portfolioId.isEmpty())
        c.append(QStringLiteral("s.portfolio_id = %1")
                     .arg(KpiQuery::isIdText(f.portfolioId) ? literal(f.portfolioId)
                                                            : QStringLiteral("'-'")));
    if (withChannel && !f.channel.isEmpty())
        c.append(QStringLiteral("s.channel = %1")
                     .arg(channelFromName(f.channel) ? literal(f.channel) : QStringLiteral("'-'")));
    return c.join(QLatin1String(" AND "));
}

QString activitySource(const KpiQueryFilter &f)
{
    const qint64 d0 = dayNumber(f.from), d1 = dayNumber(f.to);
    if (f.source == KpiQueryFilter::Source::Rollup)
        return QStringLiteral("(SELECT day, agent_id, portfolio_id, channel, direction, result, "
                              "activities FROM kpi_activity_day WHERE day BETWEEN %1 AND %2)")
            .arg(d0)
            .arg(d1);
    return QStringLiteral(
               "(SELECT %1 AS day, coalesce(d.agent_id, '') AS agent_id, d.portfolio_id, "
               "a.channel, a.direction, a.result, count(*) AS activities FROM activity a "
               "JOIN debtor d ON d.id = a.debtor_id WHERE a.occurred_at >= %2 AND "
               "a.occurred_at < %3 AND d.deleted = 0 GROUP BY %1, coalesce(d.agent_id, ''), "
               "d.portfolio_id, a.channel, a.direction, a.result)")
        .arg(dayOfInstant(QStringLiteral("a.occurred_at")))
        .arg(kpiDayStartMs(f.from))
        .arg(kpiDayStartMs(f.to.addDays(1)));
}

QString agentDayRows(const QString &condition)
{
    const QString call = callAttempt(QStringLiteral("a"));
    return QStringLiteral(
               "SELECT %1 AS day, coalesce(d.agent_id, '') AS agent_id, d.portfolio_id, "
               "a.channel, count(*) AS activities, sum(CASE WHEN %2 THEN 1 ELSE 0 END) AS "
               "call_attempts, sum(CASE WHEN %2 AND a.result IN %3 THEN 1 ELSE 0 END) AS rpc, "
               "sum(CASE WHEN %2 AND a.result = 'ptp' THEN 1 ELSE 0 END) AS ptp, sum(CASE WHEN "
               "a.result = 'ptp' THEN 1 ELSE 0 END) AS promises FROM activity a JOIN debtor d ON "
               "d.id = a.debtor_id WHERE %4 GROUP BY %1, coalesce(d.agent_id, ''), "
               "d.portfolio_id, a.channel")
        .arg(dayOfInstant(QStringLiteral("a.occurred_at")), call, rightPartyList(), condition);
}

QString agentDaySource(const KpiQueryFilter &f)
{
    if (f.source == KpiQueryFilter::Source::Rollup && f.portfolioId.isEmpty() &&
        f.channel.isEmpty())
        return QStringLiteral("(SELECT day, agent_id, activities, call_attempts, rpc, ptp, "
                              "promises FROM kpi_agent_day_all WHERE day BETWEEN %1 AND %2)")
            .arg(dayNumber(f.from))
            .arg(dayNumber(f.to));
    if (f.source == KpiQueryFilter::Source::Rollup)
        return QStringLiteral("(SELECT day, agent_id, portfolio_id, channel, activities, "
                              "call_attempts, rpc, ptp, promises FROM kpi_agent_day WHERE day "
                              "BETWEEN %1 AND %2)")
            .arg(dayNumber(f.from))
            .arg(dayNumber(f.to));
    return QLatin1Char('(') +
           agentDayRows(QStringLiteral("a.occurred_at >= %1 AND a.occurred_at < %2 AND "
                                       "d.deleted = 0")
                            .arg(kpiDayStartMs(f.from))
                            .arg(kpiDayStartMs(f.to.addDays(1)))) +
           QLatin1Char(')');
}

QString rightPartyList()
{
    QStringList names;
    for (const ActivityResultInfo &r : ResultCatalog::defaults().all()) {
        if (r.rightParty)
            names.append(literal(r.name));
    }
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString callAttempt(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("%1channel = 'phone' AND %1direction = 'outbound'").arg(p);
}

QString bucketCase(QDate day)
{
    const auto &buckets = AgingBuckets::defaults().buckets;
    QString sql = QStringLiteral("CASE WHEN c.cov < %1 OR o.od IS NULL THEN 0")
                      .arg(kpiDayStartMs(day.addDays(1)));
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (buckets[i].maxDays >= 0)
            sql += QStringLiteral(" WHEN o.od >= %1 THEN %2")
                       .arg(dateLiteral(day.addDays(-buckets[i].maxDays)))
                       .arg(i);
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(buckets.size() - 1);
}

QString bucketCaseOnDays(QDate day, const QString &d)
{
    const auto &buckets = AgingBuckets::defaults().buckets;
    // Covered on `day` when made before its end: cov < kpiDayStartMs(day + 1), that is its
    // Brasília day <= day.
    QString sql = QStringLiteral("CASE WHEN %1.cov_day <= %2 OR %1.od_day IS NULL THEN 0")
                      .arg(d)
                      .arg(dayNumber(day));
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (buckets[i].maxDays >= 0)
            sql += QStringLiteral(" WHEN %1.od_day >= %2 THEN %3")
                       .arg(d)
                       .arg(dayNumber(day) - buckets[i].maxDays)
                       .arg(i);
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(buckets.size() - 1);
}

QString agingJoins(const QString &debtor)
{
    return QStringLiteral(
               "LEFT JOIN (SELECT t.debtor_id, min(CASE WHEN t.open_balance_cents > 0 THEN "
               "t.due_on END) AS od, sum(t.principal_cents) AS principal FROM title t WHERE "
               "t.deleted = 0 GROUP BY t.debtor_id) o ON o.debtor_id = %1.id "
               "LEFT JOIN (SELECT ag.debtor_id, min(ag.created_at) AS cov FROM agreement ag WHERE "
               "ag.deleted = 0 AND ag.status IN ('pending', 'active', 'settled') GROUP BY "
               "ag.debtor_id) c ON c.debtor_id = %1.id")
        .arg(debtor);
}

QString promiseJudged(const QSqlDatabase &db, const KpiQueryFilter &f, const QString &kept)
{
    if (!f.today.isValid())
        return QStringLiteral("1 = 1");
    return QStringLiteral("(%1 OR %2 + %3 < %4)")
        .arg(kept, dayNumber(db, QStringLiteral("p.due_on")))
        .arg(f.promiseGraceDays)
        .arg(dayNumber(f.today));
}

} // namespace quita::kpisql
