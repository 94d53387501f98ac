#pragma once

#include "KpiLocalSource.h"

namespace quita {

class Clock;

// The desk's own figures from its local store (models/store/KpiQuery, the same SQL the
// server runs), as LocalKpiSource queries: the signed-in agent's report and the
// accounts behind a figure, for "My performance" offline.
//
// "Today" (which promises are judged yet) is the Brasília day of `clock`, read on the
// source's worker thread when a query runs: the clock must outlive the source and be
// safe to read from another thread (SystemClock is; a test sets a FixedClock before it
// asks). The targets are the last ones the server answered, kept in the store by
// PerformanceDesk::rememberKpiTargets(); the defaults until the desk has learnt them.
LocalKpiSource::ReportQuery kpiDeskReportQuery(const Clock &clock, const QString &agentId,
                                               const QString &agentName);
LocalKpiSource::AccountsQuery kpiDeskAccountsQuery(const Clock &clock, const QString &agentId);

} // namespace quita
