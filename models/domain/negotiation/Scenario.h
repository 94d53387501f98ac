#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/negotiation/BalanceBreakdown.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace quita {

// How an agreement is paid (DOMAIN.md "Money and charges"): Full, one payment of the
// discounted balance; Price, equal payments with interest; Sac, equal amortisation with
// interest on the outstanding; Flat, equal parts without interest.
enum class ScenarioKind
{
    Full,
    Price,
    Sac,
    Flat
};

// Machine names for the API and storage: "full", "price", "sac", "flat".
QString scenarioKindName(ScenarioKind kind);
// The kind for a machine name; anything else is an error with field "kind".
Result<ScenarioKind> scenarioKindFromName(const QString &name);

// One scenario the agent (or the portal) asks for. Mirrors an element of "scenarios"
// in POST /api/v1/simulations.
struct ScenarioRequest
{
    ScenarioKind kind = ScenarioKind::Full; // "kind"
    int installments = 1;                   // "installments": financed installments
    std::optional<Money> downPayment;       // "down_payment_cents" (entrada)
    double discountPercent = 0.0;           // "discount_pct", on the updated balance
    QDate firstDue;                         // "first_due"
};

struct Installment
{
    int number = 0; // 1-based, the down payment (if any) is 1
    QDate due;
    Money amount;
    Money principalPart; // amortisation of the discounted balance
    Money interestPart;  // financing interest (Price, SAC); zero otherwise
    bool downPayment = false;
};

// A computed scenario. Mirrors an element of "scenarios" in the answer.
struct ScenarioResult
{
    ScenarioKind kind = ScenarioKind::Full;
    double monthlyRate = 0.0; // financing rate as a fraction (0.02 = 2 % a month)
    BalanceBreakdown balance; // the updated balance the discount applies to
    Money discount;
    double effectiveDiscountPercent = 0.0; // discount / balance x 100, after rounding
    BalanceBreakdown discountByComponent;  // the discount split (InstallmentPlan.h)
    Money discountedBalance;
    Money downPayment; // zero when none
    Money financed;    // discounted balance - down payment
    Money total;       // sum of all installments (down payment included)
    QList<Installment> installments;

    // The largest installment after the down payment (the monthly burden); for a Full
    // scenario, its single payment.
    Money largestFinancedInstallment() const;
    Money smallestInstallment() const;
    int financedInstallmentCount() const
    {
        return int(installments.size()) - (downPayment.isZero() ? 0 : 1);
    }
};

} // namespace quita
