#pragma once

#include "store/KpiQuery.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace quita {

// What the performance screens need from the desk's store, so that no widget holds a
// database handle: who last signed in here (for "My performance" when the desk starts
// offline), the portfolios for the filter, the store's path for the offline report's
// own read-only connection (item/KpiLocalSource), and the KPI targets the server last
// answered, which the offline report shows (the admin sets them on the server).
class PerformanceDesk
{
public:
    PerformanceDesk(QSqlDatabase db, QString storePath)
        : m_db(std::move(db)), m_storePath(std::move(storePath))
    {}

    // sync_state's user_<key> ("id", "role", "display_name") of the last sign-in.
    QString lastUser(const char *key) const;
    // (id, name) of every portfolio on this desk, by name.
    QList<QPair<QString, QString>> portfolios() const;
    const QString &storePath() const { return m_storePath; }

    // Keeps the `targets` of a server's KPI report (GET /api/v1/kpis) in sync_state
    // ("kpi_targets", JSON). False, and nothing kept, when they are not targets.
    bool rememberKpiTargets(const QJsonObject &targets) const;
    // The targets kept in the store of `db` (any thread's own connection): nullopt when
    // this desk has never learnt them.
    static std::optional<KpiTargets> kpiTargets(QSqlDatabase db);
    // `targets` ({collected_cents_per_day, agreements_per_day, rpc_per_day}, each a
    // number from 0; money in whole centavos; a missing one is the default), or nullopt.
    static std::optional<KpiTargets> kpiTargetsFromJson(const QJsonObject &targets);

private:
    QSqlDatabase m_db;
    QString m_storePath;
};

} // namespace quita
