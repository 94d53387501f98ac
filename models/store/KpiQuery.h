#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace quita {

// Targets per agent and day (the report's `targets`).
struct KpiTargets
{
    qint64 collectedCentsPerDay = 150000;
    double agreementsPerDay = 2.0;
    double rpcPerDay = 12.0;
};

struct KpiAgent
{
    QString id;
    QString name;
};

// What a report covers. Ids and channel names are checked by the caller (the API
// answers 400 first); KpiQuery refuses anything that is not a UUID or a known channel.
struct KpiQueryFilter
{
    QDate from;          // inclusive, Brasília days
    QDate to;            // inclusive
    QString agentId;     // one agent's accounts only (empty: every agent in scope)
    QString portfolioId; // empty: every portfolio
    QString channel;     // empty: every channel (machine name)
    int attributionDays = 30;
    int promiseGraceDays = 5;
    // The day the report is made (Brasília). A promise not kept whose due date + grace is
    // not before it is still running: it is neither due nor broken yet. Null: every
    // promise of the period is judged.
    QDate today;
    // The caller's scope: nullopt = every account (admin); otherwise the accounts held by
    // these agents (an agent: themself; a supervisor: their agents and themself).
    std::optional<QStringList> scopeAgentIds;
    // The rows of `by_agent`, in order, with their names.
    QList<KpiAgent> agents;
    KpiTargets targets;
    // Where the activity counts come from: the activity table itself (the desk's store,
    // small) or the server's daily rollup (kpi_activity_day, kept by KpiRollup).
    enum class Source
    {
        Activities,
        Rollup
    };
    Source source = Source::Activities;
};

// The drill-down: which bar or cell of the report.
struct KpiCellSelector
{
    QString metric; // KpiCellSelector::metrics(): call_attempts, rpc, ptp, promises_made,
                    // activities, promises_due, promises_kept, collected, recovery,
                    // liquidation, agreements_broken, aging, roll, vintage
    QDate day;
    QString agentId;
    QString channel;
    QString bucket;
    QString fromBucket;
    QString toBucket;
    QString placementMonth; // YYYY-MM
    QString result;         // metric activities: only this result (a name of the catalogue)

    static QStringList metrics();
};

// The KPI report of DOMAIN.md "KPIs" as the JSON of GET /api/v1/kpis, aggregated in SQL
// that runs unchanged on SQLite (the desk's store, the embedded server) and PostgreSQL,
// over the synced tables both sides share. Read-only; any thread with its own connection.
class KpiQuery
{
public:
    static Result<QJsonObject> report(QSqlDatabase db, const KpiQueryFilter &filter);
    // {items:[{debtor_id, name, portfolio_id, count, amount_cents}], truncated}
    static Result<QJsonObject> accounts(QSqlDatabase db, const KpiQueryFilter &filter,
                                        const KpiCellSelector &cell, int limit = 500);

    // A text is safe to splice into SQL as an id (UUID characters only).
    static bool isIdText(const QString &text);
};

} // namespace quita
