#include "Scenario.h"

#include <QCoreApplication>

namespace quita {

QString scenarioKindName(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Full:
        return QStringLiteral("full");
    case ScenarioKind::Price:
        return QStringLiteral("price");
    case ScenarioKind::Sac:
        return QStringLiteral("sac");
    case ScenarioKind::Flat:
        return QStringLiteral("flat");
    }
    return {};
}

Result<ScenarioKind> scenarioKindFromName(const QString &name)
{
    if (name == QLatin1String("full"))
        return ScenarioKind::Full;
    if (name == QLatin1String("price"))
        return ScenarioKind::Price;
    if (name == QLatin1String("sac"))
        return ScenarioKind::Sac;
    if (name == QLatin1String("flat"))
        return ScenarioKind::Flat;
    return Error{QStringLiteral("unknown_kind"), QStringLiteral("kind"),
                 QCoreApplication::translate("Scenario", "Unknown plan kind \"%1\" (expected "
                                                         "full, price, sac or flat).")
                     .arg(name)};
}

Money ScenarioResult::largestFinancedInstallment() const
{
    Money largest;
    for (const Installment &i : installments) {
        if (!i.downPayment && i.amount > largest)
            largest = i.amount;
    }
    return largest;
}

Money ScenarioResult::smallestInstallment() const
{
    if (installments.isEmpty())
        return {};
    Money smallest = installments.first().amount;
    for (const Installment &i : installments) {
        if (i.amount < smallest)
            smallest = i.amount;
    }
    return smallest;
}

} // namespace quita
