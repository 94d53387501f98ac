#include "KpiDefinitions.h"

#include <QCoreApplication>

#include <array>

namespace quita {
namespace {

struct Definition
{
    const char *key;
    const char *text;
};

// clang-format off
constexpr std::array kDefinitions{
    Definition{"activities", QT_TRANSLATE_NOOP("Kpi", "Activities: every contact recorded on any channel and in either direction, on the day it happened (Brasília time).")},
    Definition{"call_attempts", QT_TRANSLATE_NOOP("Kpi", "Call attempts: outbound phone activities.")},
    Definition{"rpc", QT_TRANSLATE_NOOP("Kpi", "Right-party contacts: call attempts whose result reached the debtor (rpc, refused, ptp, dispute, callback).")},
    Definition{"rpc_rate", QT_TRANSLATE_NOOP("Kpi", "RPC rate = call attempts with a right-party result / call attempts. No data when there were no call attempts.")},
    Definition{"ptp", QT_TRANSLATE_NOOP("Kpi", "Promises to pay: call attempts with the result ptp.")},
    Definition{"ptp_rate", QT_TRANSLATE_NOOP("Kpi", "PTP rate = ptp results / right-party results (of call attempts). No data without right-party contacts.")},
    Definition{"promises_made", QT_TRANSLATE_NOOP("Kpi", "Promises made: promises recorded in the period (on the day of the contact that made them), on any channel.")},
    Definition{"promises_due", QT_TRANSLATE_NOOP("Kpi", "Promises due: promises, not cancelled, whose due date falls in the period and that are kept or whose due date + 5 grace days has passed (a promise still running is not counted yet).")},
    Definition{"promises_kept", QT_TRANSLATE_NOOP("Kpi", "Promises kept: promises due that were paid in full by the due date plus 5 grace days (the debtor's payments from the day of the promise to due date + grace cover the amount), or that were marked kept.")},
    Definition{"promise_kept_rate", QT_TRANSLATE_NOOP("Kpi", "Promise kept rate = promises paid in full by due date + grace / promises due. A partial payment does not keep a promise.")},
    Definition{"agreements_closed", QT_TRANSLATE_NOOP("Kpi", "Agreements closed: agreements created in the period (cancelled ones included).")},
    Definition{"agreements_due", QT_TRANSLATE_NOOP("Kpi", "Agreements due: agreements, not cancelled, with at least one installment due in the period.")},
    Definition{"agreements_broken", QT_TRANSLATE_NOOP("Kpi", "Agreements broken: agreements due in the period that are broken (an installment passed due + grace unpaid).")},
    Definition{"agreement_break_rate", QT_TRANSLATE_NOOP("Kpi", "Agreement break rate = agreements broken / agreements due in the period.")},
    Definition{"collected_cents", QT_TRANSLATE_NOOP("Kpi", "Collected: payments posted with a payment date in the period.")},
    Definition{"agent_hours", QT_TRANSLATE_NOOP("Kpi", "Agent-hours: for each agent and day, the number of distinct clock hours (Brasília time) in which the agent's accounts had at least one activity; whatever the portfolio or channel filter.")},
    Definition{"collected_per_agent_hour_cents", QT_TRANSLATE_NOOP("Kpi", "Collected per agent-hour = collected / agent-hours. No data without agent-hours.")},
    Definition{"outstanding_start_cents", QT_TRANSLATE_NOOP("Kpi", "Outstanding at the period start: the open balance of the titles of the accounts placed before the period (payments on agreements do not reduce a title's balance).")},
    Definition{"recovery_rate", QT_TRANSLATE_NOOP("Kpi", "Recovery rate = collected from the accounts placed before the period / outstanding at the period start.")},
    Definition{"placed_cents", QT_TRANSLATE_NOOP("Kpi", "Placed: the principal of the titles of the accounts placed in the period.")},
    Definition{"liquidation_rate", QT_TRANSLATE_NOOP("Kpi", "Liquidation rate = collected in the period from the accounts placed in the period / value placed in the period.")},
    Definition{"effectiveness", QT_TRANSLATE_NOOP("Kpi", "Channel effectiveness = payments attributed to the channel / contacts on it. A payment goes to the channel of the last activity of the account within N days before it (last touch, N = attribution days); contacts are the channel's activities in the period.")},
    Definition{"aging", QT_TRANSLATE_NOOP("Kpi", "Aging: accounts with an open balance by days past due at the end of the period (oldest open title); an account under an agreement that is not broken or cancelled is current. Buckets: current, 1-30, 31-60, 61-90, 91-180, 181-360, 360+.")},
    Definition{"roll_rates", QT_TRANSLATE_NOOP("Kpi", "Roll rates: for the accounts with an open balance, the share moving from their bucket at the start of the period (row) to each bucket at its end (column); rolling to the next bucket is a roll, back to current a cure.")},
    Definition{"vintages", QT_TRANSLATE_NOOP("Kpi", "Vintages: for the accounts placed in each month of the last 12, the cumulative collected / value placed, by months since placement.")},
    Definition{"by_agent", QT_TRANSLATE_NOOP("Kpi", "Per agent: the figures of the accounts the agent holds (on the server, the agent who held the account when the server first counted the activity, at the next report after it arrived).")},
    Definition{"targets", QT_TRANSLATE_NOOP("Kpi", "Targets per agent and day, set by an administrator (defaults: R$ 1.500,00 collected, 2 agreements and 12 right-party contacts).")},
};
// clang-format on

} // namespace

QString kpiDefinition(QStringView key)
{
    for (const Definition &d : kDefinitions) {
        if (key == QLatin1String(d.key))
            return QCoreApplication::translate("Kpi", d.text);
    }
    return {};
}

QStringList kpiDefinitionKeys()
{
    QStringList keys;
    for (const Definition &d : kDefinitions)
        keys.append(QLatin1String(d.key));
    return keys;
}

std::optional<double> kpiRate(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    return double(numerator) / double(denominator);
}

QDate kpiDayOf(qint64 utcMs)
{
    const qint64 local = utcMs + kKpiDayOffsetMs;
    const qint64 days = local >= 0 ? local / kMsPerDay : (local - kMsPerDay + 1) / kMsPerDay;
    return QDate(1970, 1, 1).addDays(days);
}

qint64 kpiDayStartMs(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day) * kMsPerDay - kKpiDayOffsetMs;
}

} // namespace quita
