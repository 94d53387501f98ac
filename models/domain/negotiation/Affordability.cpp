#include "Affordability.h"

namespace quita {

QString affordabilityLevelName(AffordabilityLevel level)
{
    switch (level) {
    case AffordabilityLevel::Unknown:
        return QStringLiteral("unknown");
    case AffordabilityLevel::Fits:
        return QStringLiteral("fits");
    case AffordabilityLevel::Tight:
        return QStringLiteral("tight");
    case AffordabilityLevel::Exceeds:
        return QStringLiteral("exceeds");
    }
    return {};
}

Affordability assessAffordability(Money installment, std::optional<Money> monthlyCapacity,
                                  const AffordabilityRule &rule)
{
    Affordability out;
    out.installment = installment;
    if (!monthlyCapacity || monthlyCapacity->isNegative())
        return out;
    const Money capacity = *monthlyCapacity;
    if (capacity.isZero()) {
        out.level =
            installment.cents() > 0 ? AffordabilityLevel::Exceeds : AffordabilityLevel::Fits;
        return out;
    }
    const double ratio = double(installment.cents()) / double(capacity.cents());
    out.ratio = ratio;
    // Exceeds is decided on the integers, so an installment equal to the capacity is
    // never called "exceeds" by float noise.
    if (installment > capacity)
        out.level = AffordabilityLevel::Exceeds;
    else if (ratio > rule.tightShare)
        out.level = AffordabilityLevel::Tight;
    else
        out.level = AffordabilityLevel::Fits;
    return out;
}

Affordability assessAffordability(const ScenarioResult &scenario,
                                  std::optional<Money> monthlyCapacity,
                                  const AffordabilityRule &rule)
{
    return assessAffordability(scenario.largestFinancedInstallment(), monthlyCapacity, rule);
}

} // namespace quita
