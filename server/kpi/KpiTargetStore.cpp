#include "KpiTargetStore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace quita::server {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

} // namespace

Result<KpiTargets> KpiTargetStore::load(QSqlDatabase db)
{
    KpiTargets targets;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, value FROM kpi_target")))
        return sqlError(q);
    while (q.next()) {
        const QString name = q.value(0).toString();
        const double value = q.value(1).toDouble();
        if (name == QLatin1String("collected_cents_per_day"))
            targets.collectedCentsPerDay = qint64(value);
        else if (name == QLatin1String("agreements_per_day"))
            targets.agreementsPerDay = value;
        else if (name == QLatin1String("rpc_per_day"))
            targets.rpcPerDay = value;
    }
    return targets;
}

Status KpiTargetStore::save(const ServerStore &store, QSqlDatabase db, const KpiTargets &t,
                            qint64 nowMs)
{
    if (!store.beginWrite(db))
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    QSqlQuery q(db);
    for (const auto &[name, value] :
         {std::pair{QStringLiteral("collected_cents_per_day"), double(t.collectedCentsPerDay)},
          std::pair{QStringLiteral("agreements_per_day"), t.agreementsPerDay},
          std::pair{QStringLiteral("rpc_per_day"), t.rpcPerDay}}) {
        q.prepare(QStringLiteral("INSERT INTO kpi_target (name, value, updated_at) VALUES (?, ?, "
                                 "?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(name);
        q.addBindValue(value);
        q.addBindValue(nowMs);
        if (!q.exec()) {
            const Error e = sqlError(q);
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    return Done{};
}

} // namespace quita::server
