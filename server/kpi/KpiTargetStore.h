#pragma once

#include "api/ServerStore.h"
#include "domain/Result.h"
#include "store/KpiQuery.h"

#include <QSqlDatabase>

namespace quita::server {

// The admin's targets (kpi_target), defaults for the missing ones.
class KpiTargetStore
{
public:
    static Result<KpiTargets> load(QSqlDatabase db);
    static Status save(const ServerStore &store, QSqlDatabase db, const KpiTargets &targets,
                       qint64 nowMs);
};

} // namespace quita::server
