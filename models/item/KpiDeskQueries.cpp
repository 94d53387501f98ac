#include "KpiDeskQueries.h"

#include "domain/kpi/KpiDefinitions.h"
#include "store/KpiQuery.h"

#include <QDateTime>

namespace quita {

namespace {

KpiQueryFilter queryFilter(const KpiFilter &f, const QString &agentId)
{
    KpiQueryFilter q;
    q.from = f.from;
    q.to = f.to;
    q.today = kpiDayOf(QDateTime::currentMSecsSinceEpoch());
    q.agentId = agentId;
    q.portfolioId = f.portfolio;
    q.channel = f.channel;
    if (f.attributionDays > 0)
        q.attributionDays = f.attributionDays;
    return q;
}

} // namespace

LocalKpiSource::ReportQuery kpiDeskReportQuery(const QString &agentId, const QString &agentName)
{
    return [agentId, agentName](QSqlDatabase db, const KpiFilter &filter) {
        KpiQueryFilter q = queryFilter(filter, agentId);
        if (!agentId.isEmpty())
            q.agents = {KpiAgent{agentId, agentName}};
        return KpiQuery::report(db, q);
    };
}

LocalKpiSource::AccountsQuery kpiDeskAccountsQuery(const QString &agentId)
{
    return [agentId](QSqlDatabase db, const KpiFilter &filter, const KpiSelector &s) {
        KpiCellSelector cell;
        cell.metric = s.metric;
        cell.day = s.day;
        cell.agentId = s.agent;
        cell.channel = s.channel;
        cell.bucket = s.bucket;
        cell.fromBucket = s.fromBucket;
        cell.toBucket = s.toBucket;
        cell.placementMonth = s.placementMonth;
        return KpiQuery::accounts(db, queryFilter(filter, agentId), cell);
    };
}

} // namespace quita
