#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/negotiation/Affordability.h"
#include "domain/negotiation/BalanceUpdate.h"
#include "domain/negotiation/InstallmentPlan.h"
#include "domain/negotiation/NegotiationPolicy.h"
#include "domain/negotiation/RecoveryEstimate.h"
#include "domain/negotiation/Scenario.h"

#include <QDate>
#include <QList>

#include <optional>

namespace quita {

// One requested scenario, computed and judged. When the request itself is refused,
// `error` says why (with the field) and the rest is empty.
struct SimulatedScenario
{
    ScenarioRequest request;
    std::optional<Error> error;
    ScenarioResult scenario;     // kind, monthly rate, financed, total, installments, ...
    PolicyAssessment assessment; // violations and the approval needed
    Affordability affordability; // largest financed installment vs declared capacity
    RecoveryEstimate recovery;   // expected recovery and the sample behind it
};

struct Simulation
{
    QString bucket; // the aging bucket whose policy applied
    QList<SimulatedScenario> scenarios;
};

// The negotiation screen's (and POST /api/v1/simulations') one call: the updated
// balance plus the requested scenarios in, computed scenarios with their violations,
// approval need, affordability and expected recovery out. Holds the rarely changing
// data (policy, history, settings); simulate() is const and cheap enough to run on
// every keystroke (no string is built unless something is refused or violated).
class NegotiationSimulator
{
public:
    explicit NegotiationSimulator(NegotiationPolicy policy, AgreementHistory history = {},
                                  RecoveryModel recoveryModel = {},
                                  AffordabilityRule affordabilityRule = {},
                                  int maxScheduleLength = PlanParameters{}.maxScheduleLength);

    // The policy bucket is chosen by the oldest title's days past due. Fails as a whole
    // (field "policy") only when the policy has no bucket for that age, or ("today")
    // when today is invalid; a bad scenario is reported in its own entry.
    Result<Simulation> simulate(const UpdatedBalance &balance,
                                const QList<ScenarioRequest> &requests, ApprovalRole role,
                                const QDate &today,
                                std::optional<Money> monthlyCapacity = std::nullopt) const;

    const NegotiationPolicy &policy() const { return m_policy; }
    const AgreementHistory &history() const { return m_history; }

private:
    NegotiationPolicy m_policy;
    AgreementHistory m_history;
    RecoveryModel m_recoveryModel;
    AffordabilityRule m_affordabilityRule;
    int m_maxScheduleLength;
};

} // namespace quita
