#include "NegotiationSimulator.h"

#include <QCoreApplication>

#include <utility>

namespace quita {

NegotiationSimulator::NegotiationSimulator(NegotiationPolicy policy, AgreementHistory history,
                                           RecoveryModel recoveryModel,
                                           AffordabilityRule affordabilityRule,
                                           int maxScheduleLength)
    : m_policy(std::move(policy)), m_history(std::move(history)), m_recoveryModel(recoveryModel),
      m_affordabilityRule(affordabilityRule), m_maxScheduleLength(maxScheduleLength)
{}

Result<Simulation> NegotiationSimulator::simulate(const UpdatedBalance &balance,
                                                  const QList<ScenarioRequest> &requests,
                                                  ApprovalRole role, const QDate &today,
                                                  std::optional<Money> monthlyCapacity) const
{
    if (!today.isValid()) {
        return Error{
            QStringLiteral("invalid_date"), QStringLiteral("today"),
            QCoreApplication::translate("NegotiationSimulator", "Today's date is not valid.")};
    }
    const BucketPolicy *bucket = m_policy.forDaysPastDue(balance.maxDaysPastDue);
    if (!bucket) {
        return Error{QStringLiteral("no_bucket_policy"), QStringLiteral("policy"),
                     QCoreApplication::translate("NegotiationSimulator",
                                                 "The negotiation policy has no limits for "
                                                 "debts %1 days past due.")
                         .arg(balance.maxDaysPastDue)};
    }
    const PlanParameters parameters{bucket->monthlyRate, m_maxScheduleLength};

    Simulation out;
    out.bucket = bucket->bucket;
    out.scenarios.reserve(requests.size());
    for (const ScenarioRequest &request : requests) {
        SimulatedScenario entry;
        entry.request = request;
        Result<ScenarioResult> computed =
            computeScenario(request, balance.totals, parameters, today);
        if (!computed) {
            entry.error = computed.error();
        } else {
            entry.scenario = std::move(computed).value();
            entry.assessment = assess(entry.scenario, *bucket, role, today);
            entry.affordability =
                assessAffordability(entry.scenario, monthlyCapacity, m_affordabilityRule);
            entry.recovery = estimateRecovery(entry.scenario, m_history, m_recoveryModel);
        }
        out.scenarios.append(std::move(entry));
    }
    return out;
}

} // namespace quita
