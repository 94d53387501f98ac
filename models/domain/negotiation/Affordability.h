#pragma once

#include "domain/Money.h"
#include "domain/negotiation/Scenario.h"

#include <QString>

#include <optional>

namespace quita {

// How the largest monthly installment compares with what the debtor says they can pay.
enum class AffordabilityLevel
{
    Unknown, // no capacity declared
    Fits,    // installment <= tightShare x capacity
    Tight,   // above that share, up to the whole capacity
    Exceeds  // more than the capacity
};

// "unknown", "fits", "tight", "exceeds".
QString affordabilityLevelName(AffordabilityLevel level);

struct AffordabilityRule
{
    double tightShare = 0.8; // above 80 % of the capacity an installment is "tight"
};

struct Affordability
{
    AffordabilityLevel level = AffordabilityLevel::Unknown;
    // installment / capacity (1.25 = 125 % of the capacity); empty when unknown or the
    // declared capacity is zero.
    std::optional<double> ratio;
    Money installment; // the installment compared
};

// Compares `installment` with the declared monthly capacity. No capacity, or a
// negative one, is Unknown; a declared capacity of zero makes any installment Exceeds.
Affordability assessAffordability(Money installment, std::optional<Money> monthlyCapacity,
                                  const AffordabilityRule &rule = {});

// The same for a scenario's largest financed installment.
Affordability assessAffordability(const ScenarioResult &scenario,
                                  std::optional<Money> monthlyCapacity,
                                  const AffordabilityRule &rule = {});

} // namespace quita
