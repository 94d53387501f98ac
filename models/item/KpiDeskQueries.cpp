#include "KpiDeskQueries.h"

#include "PerformanceDesk.h"
#include "domain/Clock.h"
#include "domain/kpi/KpiDefinitions.h"
#include "store/KpiQuery.h"

namespace quita {

namespace {

KpiQueryFilter queryFilter(const KpiFilter &f, const QString &agentId, const Clock &clock)
{
    KpiQueryFilter q;
    q.from = f.from;
    q.to = f.to;
    q.today = kpiDayOf(clock.nowUtc().toMSecsSinceEpoch());
    q.agentId = agentId;
    q.portfolioId = f.portfolio;
    q.channel = f.channel;
    if (f.attributionDays > 0)
        q.attributionDays = f.attributionDays;
    return q;
}

} // namespace

LocalKpiSource::ReportQuery kpiDeskReportQuery(const Clock &clock, const QString &agentId,
                                               const QString &agentName)
{
    return [clock = &clock, agentId, agentName](QSqlDatabase db, const KpiFilter &filter) {
        KpiQueryFilter q = queryFilter(filter, agentId, *clock);
        if (!agentId.isEmpty())
            q.agents = {KpiAgent{agentId, agentName}};
        if (const auto targets = PerformanceDesk::kpiTargets(db))
            q.targets = *targets;
        return KpiQuery::report(db, q);
    };
}

LocalKpiSource::AccountsQuery kpiDeskAccountsQuery(const Clock &clock, const QString &agentId)
{
    return
        [clock = &clock, agentId](QSqlDatabase db, const KpiFilter &filter, const KpiSelector &s) {
            KpiCellSelector cell;
            cell.metric = s.metric;
            cell.day = s.day;
            cell.agentId = s.agent;
            cell.channel = s.channel;
            cell.bucket = s.bucket;
            cell.fromBucket = s.fromBucket;
            cell.toBucket = s.toBucket;
            cell.placementMonth = s.placementMonth;
            cell.result = s.result;
            return KpiQuery::accounts(db, queryFilter(filter, agentId, *clock), cell);
        };
}

} // namespace quita
