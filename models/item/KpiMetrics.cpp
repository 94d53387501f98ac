#include "KpiMetrics.h"

#include "domain/kpi/KpiDefinitions.h"

#include <QCoreApplication>

namespace quita {

namespace {

const KpiMetricInfo infos[] = {
    {KpiMetric::Activities, "activities", KpiUnit::Count, nullptr},
    {KpiMetric::CallAttempts, "call_attempts", KpiUnit::Count, "call_attempts"},
    {KpiMetric::Rpc, "rpc", KpiUnit::Count, "rpc"},
    {KpiMetric::RpcRate, "rpc_rate", KpiUnit::Rate, "rpc"},
    {KpiMetric::Ptp, "ptp", KpiUnit::Count, "ptp"},
    {KpiMetric::PtpRate, "ptp_rate", KpiUnit::Rate, "ptp"},
    {KpiMetric::PromisesMade, "promises_made", KpiUnit::Count, "promises_made"},
    {KpiMetric::PromisesKept, "promises_kept", KpiUnit::Count, "promises_kept"},
    {KpiMetric::PromiseKeptRate, "promise_kept_rate", KpiUnit::Rate, "promises_due"},
    {KpiMetric::AgreementsClosed, "agreements_closed", KpiUnit::Count, nullptr},
    {KpiMetric::AgreementBreakRate, "agreement_break_rate", KpiUnit::Rate, "agreements_broken"},
    {KpiMetric::Collected, "collected_cents", KpiUnit::Money, "collected"},
    {KpiMetric::CollectedPerAgentHour, "collected_per_agent_hour_cents", KpiUnit::Money,
     "collected"},
    {KpiMetric::RecoveryRate, "recovery_rate", KpiUnit::Rate, "recovery"},
    {KpiMetric::LiquidationRate, "liquidation_rate", KpiUnit::Rate, "liquidation"},
    {KpiMetric::ChannelEffectiveness, "effectiveness", KpiUnit::Rate, "collected"},
    {KpiMetric::Aging, "balance_cents", KpiUnit::Money, "aging"},
    {KpiMetric::RollRate, "rates", KpiUnit::Rate, "roll"},
    {KpiMetric::VintageRecovery, "recovery_rate", KpiUnit::Rate, "vintage"},
};

} // namespace

const KpiMetricInfo &kpiMetricInfo(KpiMetric metric)
{
    return infos[int(metric)];
}

QString kpiLabel(KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Activities:
        return QCoreApplication::translate("Kpi", "Activities");
    case KpiMetric::CallAttempts:
        return QCoreApplication::translate("Kpi", "Call attempts");
    case KpiMetric::Rpc:
        return QCoreApplication::translate("Kpi", "Right-party contacts");
    case KpiMetric::RpcRate:
        return QCoreApplication::translate("Kpi", "RPC rate");
    case KpiMetric::Ptp:
        return QCoreApplication::translate("Kpi", "Promises to pay");
    case KpiMetric::PtpRate:
        return QCoreApplication::translate("Kpi", "PTP rate");
    case KpiMetric::PromisesMade:
        return QCoreApplication::translate("Kpi", "Promises made");
    case KpiMetric::PromisesKept:
        return QCoreApplication::translate("Kpi", "Promises kept");
    case KpiMetric::PromiseKeptRate:
        return QCoreApplication::translate("Kpi", "Promise kept rate");
    case KpiMetric::AgreementsClosed:
        return QCoreApplication::translate("Kpi", "Agreements closed");
    case KpiMetric::AgreementBreakRate:
        return QCoreApplication::translate("Kpi", "Agreement break rate");
    case KpiMetric::Collected:
        return QCoreApplication::translate("Kpi", "Collected");
    case KpiMetric::CollectedPerAgentHour:
        return QCoreApplication::translate("Kpi", "Collected per agent-hour");
    case KpiMetric::RecoveryRate:
        return QCoreApplication::translate("Kpi", "Recovery rate");
    case KpiMetric::LiquidationRate:
        return QCoreApplication::translate("Kpi", "Liquidation rate");
    case KpiMetric::ChannelEffectiveness:
        return QCoreApplication::translate("Kpi", "Channel effectiveness");
    case KpiMetric::Aging:
        return QCoreApplication::translate("Kpi", "Aging");
    case KpiMetric::RollRate:
        return QCoreApplication::translate("Kpi", "Roll rate");
    case KpiMetric::VintageRecovery:
        return QCoreApplication::translate("Kpi", "Recovery by placement month");
    }
    return {};
}

// The definitions live once, beside the code that computes the figures
// (models/domain/kpi/KpiDefinitions): a chart asks by the report's key.
QString kpiDefinition(KpiMetric metric)
{
    static const char *const keys[] = {"activities",
                                       "call_attempts",
                                       "rpc",
                                       "rpc_rate",
                                       "ptp",
                                       "ptp_rate",
                                       "promises_made",
                                       "promises_kept",
                                       "promise_kept_rate",
                                       "agreements_closed",
                                       "agreement_break_rate",
                                       "collected_cents",
                                       "collected_per_agent_hour_cents",
                                       "recovery_rate",
                                       "liquidation_rate",
                                       "effectiveness",
                                       "aging",
                                       "roll_rates",
                                       "vintages"};
    return kpiDefinition(QString::fromLatin1(keys[int(metric)]));
}

std::optional<double> kpiValue(const KpiFigures &f, KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Activities:
        return double(f.activities);
    case KpiMetric::CallAttempts:
        return double(f.callAttempts);
    case KpiMetric::Rpc:
        return double(f.rpc);
    case KpiMetric::RpcRate:
        return f.rpcRate;
    case KpiMetric::Ptp:
        return double(f.ptp);
    case KpiMetric::PtpRate:
        return f.ptpRate;
    case KpiMetric::PromisesMade:
        return double(f.promisesMade);
    case KpiMetric::PromisesKept:
        return double(f.promisesKept);
    case KpiMetric::PromiseKeptRate:
        return f.promiseKeptRate;
    case KpiMetric::AgreementsClosed:
        return double(f.agreementsClosed);
    case KpiMetric::AgreementBreakRate:
        return f.agreementBreakRate;
    case KpiMetric::Collected:
        return double(f.collectedCents);
    case KpiMetric::CollectedPerAgentHour:
        if (!f.collectedPerAgentHourCents)
            return std::nullopt;
        return double(*f.collectedPerAgentHourCents);
    case KpiMetric::RecoveryRate:
        return f.recoveryRate;
    case KpiMetric::LiquidationRate:
        return f.liquidationRate;
    default:
        return std::nullopt;
    }
}

std::optional<double> kpiDayValue(const KpiDay &d, KpiMetric metric)
{
    switch (metric) {
    case KpiMetric::Activities:
        return double(d.activities);
    case KpiMetric::CallAttempts:
        return double(d.callAttempts);
    case KpiMetric::Rpc:
        return double(d.rpc);
    case KpiMetric::Ptp:
        return double(d.ptp);
    case KpiMetric::PromisesMade:
        return double(d.promisesMade);
    case KpiMetric::PromisesKept:
        return double(d.promisesKept);
    case KpiMetric::AgreementsClosed:
        return double(d.agreementsClosed);
    case KpiMetric::Collected:
        return double(d.collectedCents);
    default:
        return std::nullopt;
    }
}

QList<KpiMetric> kpiAgentComparisonMetrics()
{
    return {KpiMetric::CallAttempts,    KpiMetric::RpcRate,   KpiMetric::PtpRate,
            KpiMetric::PromiseKeptRate, KpiMetric::Collected, KpiMetric::CollectedPerAgentHour};
}

} // namespace quita
