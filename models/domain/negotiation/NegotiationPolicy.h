#pragma once

#include "domain/Money.h"
#include "domain/negotiation/AgingBuckets.h"
#include "domain/negotiation/ApprovalRole.h"
#include "domain/negotiation/Scenario.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <cstddef>
#include <optional>

namespace quita {

// What one role may grant in one aging bucket. Discount limits are percent of each
// component of the updated balance (the discount is split by allocateDiscount).
struct RoleLimits
{
    double maxFeesDiscountPercent = 100.0;
    double maxInterestDiscountPercent = 100.0;
    double maxCorrectionDiscountPercent = 100.0;
    double maxFineDiscountPercent = 100.0;
    double maxPrincipalDiscountPercent = 0.0;
    int maxInstallments = 12; // financed installments, the down payment not counted
    Money minInstallment = Money::fromCents(5000); // every installment, down payment too
    int maxDaysToFirstDue = 10;                    // from today to the first installment
};

// The policy for one aging bucket: the financing rate and the limits of each role.
struct BucketPolicy
{
    QString bucket;                   // an AgingBuckets machine name
    double monthlyRate = 0.0;         // for Price and SAC, a fraction a month
    std::array<RoleLimits, 3> limits; // indexed by ApprovalRole

    const RoleLimits &limitsFor(ApprovalRole role) const
    {
        return limits[static_cast<std::size_t>(role)];
    }
    RoleLimits &limitsFor(ApprovalRole role) { return limits[static_cast<std::size_t>(role)]; }
};

// A portfolio's negotiation policy, as data.
struct NegotiationPolicy
{
    QUuid portfolioId;
    AgingBuckets aging;
    QList<BucketPolicy> buckets;

    // The policy for the bucket holding `daysPastDue`, or nullptr when the data has no
    // bucket or no policy for it.
    const BucketPolicy *forDaysPastDue(int daysPastDue) const;

    // A sensible starting point, per bucket of AgingBuckets::defaults():
    //   agent:      100 % of fees, interest, correction and fine; principal 0 % up to 90
    //               days, 10 % above; 12 installments; at least R$ 50,00; first due
    //               within 10 days;
    //   supervisor: principal 10 % up to 90 days, 30 % above; 24 installments;
    //               R$ 30,00; 20 days;
    //   admin:      principal 30 % up to 90 days, 60 % above; 60 installments;
    //               R$ 20,00; 30 days.
    //   Price/SAC rate: 2.5 % a.m. up to 90 days, 1.99 % to 360 days, 1.5 % above.
    static NegotiationPolicy defaults();
};

// The overall answer for a scenario.
enum class Verdict
{
    Ok,              // within the user's own authority
    NeedsSupervisor, // a supervisor can approve every violation
    NeedsAdmin,      // only an admin can approve some violation
    NotAllowed       // some violation is beyond every role
};

// "ok", "needs_supervisor", "needs_admin", "not_allowed".
QString verdictName(Verdict verdict);

struct Violation
{
    QString field;   // the request field to change: "discount_pct", "installments", ...
    QString code;    // "principal_discount", "max_installments", "min_installment", ...
    QString message; // translated; names the value and the limit
    std::optional<ApprovalRole> approver; // the lowest higher role allowing it, if any

    bool approvable() const { return approver.has_value(); }
};

struct PolicyAssessment
{
    QList<Violation> violations;
    Verdict verdict = Verdict::Ok;
};

// Checks a computed scenario against the limits of `role` in `policy` (a bucket's
// limits by role). Each limit exceeded is a violation saying which higher role, if any,
// could approve it; the verdict is Ok with no violation, NotAllowed if any violation has
// no approver, else NeedsSupervisor or NeedsAdmin for the highest approver needed.
// Strings are only built for violations.
PolicyAssessment assess(const ScenarioResult &scenario, const BucketPolicy &policy,
                        ApprovalRole role, const QDate &today);

} // namespace quita
