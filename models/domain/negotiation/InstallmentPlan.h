#pragma once

#include "domain/Result.h"
#include "domain/negotiation/BalanceBreakdown.h"
#include "domain/negotiation/Scenario.h"

#include <QDate>

namespace quita {

// What the schedule needs besides the request, as data.
struct PlanParameters
{
    // Financing rate for Price and SAC as a fraction a month (0.02 = 2 % a.m.); the
    // policy's rate for the debt's aging bucket. Full and Flat ignore it.
    double monthlyRate = 0.0;
    // A hard ceiling against absurd requests (a schedule of a million rows); the
    // business limit is the policy's maxInstallments, reported as a violation.
    int maxScheduleLength = 480;
};

// Splits `discount` over the components of `balance` in this order: fees first, then
// interest, correction, fine and principal last; each component gives up to its whole
// amount before the next is touched. So a discount that fits in the charges never
// touches the principal, which is what a creditor's policy protects most.
BalanceBreakdown allocateDiscount(const BalanceBreakdown &balance, Money discount);

// The due date `monthsAhead` months after `anchor`, keeping its day of the month and
// clamping to the month's end: from 31 Jan, 1 month is 28/29 Feb and 2 months is
// 31 Mar (always counted from the anchor, never chained).
QDate monthlyDueDate(const QDate &anchor, int monthsAhead);

// Computes a scenario over the updated `balance`:
// - discount = balance total x discount % (rounded), allocated by allocateDiscount;
// - a down payment, when given and not zero, is installment 1 due on first_due, and the
//   N financed installments follow monthly from one month later; without one,
//   installment 1 is due on first_due;
// - Price: PMT = PV x i / (1 - (1 + i)^-N), interest on the outstanding each month;
//   SAC: amortisation PV / N plus interest on the outstanding; Flat: PV / N, no
//   interest; Full: one payment of the discounted balance (N must be 1, no down
//   payment). Each installment is rounded to centavos and the last one absorbs the
//   remainder, so the principal parts sum exactly to the financed amount and the
//   installments exactly to the total.
// Refused, with the field named: "kind" unknown; "balance" not positive;
// "installments" not positive, above maxScheduleLength, not 1 for Full, or more than
// the financed centavos; "discount_pct" outside 0..100 or leaving nothing to pay;
// "down_payment_cents" negative, on a Full payment, or not below the discounted
// balance; "first_due" invalid or before `today`; "monthly_rate" negative.
Result<ScenarioResult> computeScenario(const ScenarioRequest &request,
                                       const BalanceBreakdown &balance,
                                       const PlanParameters &parameters, const QDate &today);

} // namespace quita
