#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace quita {

// DOMAIN.md "KPIs": the definition of every figure of the performance charts, as the
// tooltips show it (translated; the English source is the reference), and the small
// rules every KPI shares.

// The human definition of a KPI key of the report ("rpc_rate", "roll_rates", ...), or
// an empty string for an unknown key.
QString kpiDefinition(QStringView key);
// Every key kpiDefinition() knows, in the order of the report.
QStringList kpiDefinitionKeys();

// numerator / denominator, or "no data" (nullopt) when the denominator is 0.
std::optional<double> kpiRate(qint64 numerator, qint64 denominator);

// KPI days are Brasília days (UTC-03:00, no daylight saving since 2019): an activity at
// 22:30 in São Paulo counts on that day, not on the next UTC day.
constexpr qint64 kKpiDayOffsetMs = -3LL * 3600 * 1000;
constexpr qint64 kMsPerDay = 24LL * 3600 * 1000;
constexpr qint64 kMsPerHour = 3600LL * 1000;
QDate kpiDayOf(qint64 utcMs);
// The instant (ms UTC) at which `day` begins.
qint64 kpiDayStartMs(QDate day);
// The number of the clock hour holding `utcMs` (hours since the epoch, Brasília time).
inline qint64 kpiHourOf(qint64 utcMs)
{
    const qint64 local = utcMs + kKpiDayOffsetMs;
    return local >= 0 ? local / kMsPerHour : (local - kMsPerHour + 1) / kMsPerHour;
}

// Defaults of the report's filters and targets.
constexpr int kDefaultAttributionDays = 30;
constexpr int kMaxAttributionDays = 180;
constexpr int kMaxKpiRangeDays = 400;
// Promises are judged with this many days of grace after their due date when the
// portfolio does not say otherwise (the agreements' default grace).
constexpr int kDefaultPromiseGraceDays = 5;

} // namespace quita
