#pragma once

#include "api/ServerStore.h"
#include "domain/Result.h"
#include "store/KpiQuery.h"

#include <QSqlDatabase>

namespace quita::server {

// Keeps the daily activity rollup of migration 0007 (kpi_activity_day, kpi_agent_day,
// kpi_agent_hour) and the account rows of 0008 (kpi_debtor, kpi_promise: rewritten for
// every debtor a change names) up to the change log's head. Cheap when nothing was logged since the
// last call (two one-row reads); the first call on a store builds the rollup from the whole
// activity table. Safe from several threads and servers: the state row is moved with a compare and
// set inside the write transaction, so an activity is added exactly once.
class KpiRollup
{
public:
    static Status refresh(const ServerStore &store, QSqlDatabase db);
};

} // namespace quita::server
