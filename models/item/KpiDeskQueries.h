#pragma once

#include "KpiLocalSource.h"

namespace quita {

// The desk's own figures from its local store (models/store/KpiQuery, the same SQL the
// server runs), as LocalKpiSource queries: the signed-in agent's report and the
// accounts behind a figure, for "My performance" offline. Targets are the defaults
// (the admin's targets live on the server).
LocalKpiSource::ReportQuery kpiDeskReportQuery(const QString &agentId, const QString &agentName);
LocalKpiSource::AccountsQuery kpiDeskAccountsQuery(const QString &agentId);

} // namespace quita
