#include "PerformanceDesk.h"

#include "store/DebtorRegistration.h"
#include "sync/SyncState.h"

#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace quita {

namespace {

const QString kTargetsKey = QStringLiteral("kpi_targets");

} // namespace

QString PerformanceDesk::lastUser(const char *key) const
{
    return SyncState(m_db).value(QStringLiteral("user_") + QLatin1String(key)).toString();
}

QList<QPair<QString, QString>> PerformanceDesk::portfolios() const
{
    QList<QPair<QString, QString>> list;
    for (const PortfolioChoice &choice : DebtorRegistration(m_db).portfolios())
        list << qMakePair(choice.portfolio.id.toString(QUuid::WithoutBraces),
                          choice.portfolio.name);
    return list;
}

std::optional<KpiTargets> PerformanceDesk::kpiTargetsFromJson(const QJsonObject &json)
{
    KpiTargets t;
    for (const char *key : {"collected_cents_per_day", "agreements_per_day", "rpc_per_day"}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
            return std::nullopt;
    }
    const QJsonValue collected = json.value(QLatin1String("collected_cents_per_day"));
    if (collected.isDouble()) {
        if (std::floor(collected.toDouble()) != collected.toDouble())
            return std::nullopt;
        t.collectedCentsPerDay = qint64(collected.toDouble());
    }
    if (json.contains(QLatin1String("agreements_per_day")))
        t.agreementsPerDay = json.value(QLatin1String("agreements_per_day")).toDouble();
    if (json.contains(QLatin1String("rpc_per_day")))
        t.rpcPerDay = json.value(QLatin1String("rpc_per_day")).toDouble();
    return t;
}

bool PerformanceDesk::rememberKpiTargets(const QJsonObject &targets) const
{
    const auto t = kpiTargetsFromJson(targets);
    if (!t)
        return false;
    const QJsonObject kept{{QStringLiteral("collected_cents_per_day"), t->collectedCentsPerDay},
                           {QStringLiteral("agreements_per_day"), t->agreementsPerDay},
                           {QStringLiteral("rpc_per_day"), t->rpcPerDay}};
    SyncState state(m_db);
    const QString text = QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
    if (state.value(kTargetsKey).toString() == text)
        return true; // unchanged: no write
    return state.setValue(kTargetsKey, text).ok();
}

std::optional<KpiTargets> PerformanceDesk::kpiTargets(QSqlDatabase db)
{
    if (!db.isValid())
        return std::nullopt;
    const QString text = SyncState(db).value(kTargetsKey).toString();
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return kpiTargetsFromJson(doc.object());
}

} // namespace quita
