#pragma once

#include "KpiReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace quita {

// The KPIs a chart can show, with how each reads and where its drill-down goes.
enum class KpiMetric
{
    Activities,
    CallAttempts,
    Rpc,
    RpcRate,
    Ptp,
    PtpRate,
    PromisesMade,
    PromisesKept,
    PromiseKeptRate,
    AgreementsClosed,
    AgreementBreakRate,
    Collected,
    CollectedPerAgentHour,
    RecoveryRate,
    LiquidationRate,
    ChannelEffectiveness,
    Aging,
    RollRate,
    VintageRecovery,
};

enum class KpiUnit
{
    Count,
    Rate,  // fraction 0..1, shown as a percentage
    Money, // centavos
};

struct KpiMetricInfo
{
    KpiMetric metric;
    const char *key; // the report's JSON key, also the CSV column
    KpiUnit unit;
    const char *drillMetric; // GET /api/v1/kpis/accounts?metric=; nullptr: no drill-down
};

const KpiMetricInfo &kpiMetricInfo(KpiMetric metric);
// Translated short name ("RPC rate").
QString kpiLabel(KpiMetric metric);
// The definition of DOMAIN.md ("KPIs"), translated, for tooltips and help.
QString kpiDefinition(KpiMetric metric);
// The metric of `figures`; nothing for a rate without data.
std::optional<double> kpiValue(const KpiFigures &figures, KpiMetric metric);
// The metric of one day of by_day (counts and money only).
std::optional<double> kpiDayValue(const KpiDay &day, KpiMetric metric);
// The metrics a supervisor compares agents on.
QList<KpiMetric> kpiAgentComparisonMetrics();

} // namespace quita
