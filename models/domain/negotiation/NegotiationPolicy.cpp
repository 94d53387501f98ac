#include "NegotiationPolicy.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace quita {

namespace {

// Percentages computed from centavos carry float noise (10 % may come out as
// 10.000000000001); a limit is exceeded only beyond this tolerance.
constexpr double kPercentTolerance = 1e-9;

// "15", "12,5", "33,33" in the user's locale.
QString formatPercent(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    int decimals = 0;
    if (std::abs(rounded * 10.0 - std::round(rounded * 10.0)) > 1e-9)
        decimals = 2;
    else if (std::abs(rounded - std::round(rounded)) > 1e-9)
        decimals = 1;
    return QLocale().toString(rounded, 'f', decimals);
}

template <typename Allows>
std::optional<ApprovalRole> approverFor(const BucketPolicy &policy, ApprovalRole user,
                                        Allows allows)
{
    for (ApprovalRole r : kApprovalRoles) {
        if (r > user && allows(policy.limitsFor(r)))
            return r;
    }
    return std::nullopt;
}

double shareOf(Money part, Money whole)
{
    return whole.cents() > 0 ? 100.0 * double(part.cents()) / double(whole.cents()) : 0.0;
}

QString discountMessage(int component, double value, ApprovalRole role, double limit)
{
    const QString l = formatPercent(limit);
    QString v = formatPercent(value);
    if (v == l) // 10.004 % over a 10 % limit must not read "10% exceeds ... 10%"
        v = QLocale().toString(value, 'f', 4);
    const QString r = approvalRoleDisplayName(role);
    switch (component) {
    case 0:
        return QCoreApplication::translate("NegotiationPolicy",
                                           "Fees discount %1% exceeds the %2 limit of %3%")
            .arg(v, r, l);
    case 1:
        return QCoreApplication::translate("NegotiationPolicy",
                                           "Interest discount %1% exceeds the %2 limit of %3%")
            .arg(v, r, l);
    case 2:
        return QCoreApplication::translate("NegotiationPolicy",
                                           "Correction discount %1% exceeds the %2 limit of %3%")
            .arg(v, r, l);
    case 3:
        return QCoreApplication::translate("NegotiationPolicy",
                                           "Fine discount %1% exceeds the %2 limit of %3%")
            .arg(v, r, l);
    default:
        return QCoreApplication::translate("NegotiationPolicy",
                                           "Principal discount %1% exceeds the %2 limit of %3%")
            .arg(v, r, l);
    }
}

} // namespace

const BucketPolicy *NegotiationPolicy::forDaysPastDue(int daysPastDue) const
{
    const int i = aging.indexFor(daysPastDue);
    if (i < 0)
        return nullptr;
    const QString &name = aging.buckets.at(i).name;
    for (const BucketPolicy &p : buckets) {
        if (p.bucket == name)
            return &p;
    }
    return nullptr;
}

NegotiationPolicy NegotiationPolicy::defaults()
{
    NegotiationPolicy policy;
    policy.aging = AgingBuckets::defaults();
    for (const AgingBucket &bucket : std::as_const(policy.aging.buckets)) {
        const bool over90 = bucket.minDays > 90;
        BucketPolicy p;
        p.bucket = bucket.name;
        p.monthlyRate = bucket.minDays > 360 ? 0.015 : over90 ? 0.0199 : 0.025;

        RoleLimits &agent = p.limitsFor(ApprovalRole::Agent);
        agent.maxPrincipalDiscountPercent = over90 ? 10.0 : 0.0;
        agent.maxInstallments = 12;
        agent.minInstallment = Money::fromCents(50'00);
        agent.maxDaysToFirstDue = 10;

        RoleLimits &supervisor = p.limitsFor(ApprovalRole::Supervisor);
        supervisor.maxPrincipalDiscountPercent = over90 ? 30.0 : 10.0;
        supervisor.maxInstallments = 24;
        supervisor.minInstallment = Money::fromCents(30'00);
        supervisor.maxDaysToFirstDue = 20;

        RoleLimits &admin = p.limitsFor(ApprovalRole::Admin);
        admin.maxPrincipalDiscountPercent = over90 ? 60.0 : 30.0;
        admin.maxInstallments = 60;
        admin.minInstallment = Money::fromCents(20'00);
        admin.maxDaysToFirstDue = 30;

        policy.buckets.append(p);
    }
    return policy;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::NeedsSupervisor:
        return QStringLiteral("needs_supervisor");
    case Verdict::NeedsAdmin:
        return QStringLiteral("needs_admin");
    case Verdict::NotAllowed:
        return QStringLiteral("not_allowed");
    }
    return {};
}

PolicyAssessment assess(const ScenarioResult &scenario, const BucketPolicy &policy,
                        ApprovalRole role, const QDate &today)
{
    PolicyAssessment out;
    const RoleLimits &mine = policy.limitsFor(role);
    // Discount per component, as a share of that component of the updated balance, in
    // allocateDiscount's order.
    using Limit = double RoleLimits::*;
    struct Component
    {
        Money BalanceBreakdown::*amount;
        Limit limit;
        const char *code;
    };
    static constexpr Component components[] = {
        {&BalanceBreakdown::fees, &RoleLimits::maxFeesDiscountPercent, "fees_discount"},
        {&BalanceBreakdown::interest, &RoleLimits::maxInterestDiscountPercent, "interest_discount"},
        {&BalanceBreakdown::correction, &RoleLimits::maxCorrectionDiscountPercent,
         "correction_discount"},
        {&BalanceBreakdown::fine, &RoleLimits::maxFineDiscountPercent, "fine_discount"},
        {&BalanceBreakdown::principal, &RoleLimits::maxPrincipalDiscountPercent,
         "principal_discount"},
    };
    for (int c = 0; c < 5; ++c) {
        const Component &comp = components[c];
        const double share =
            shareOf(scenario.discountByComponent.*comp.amount, scenario.balance.*comp.amount);
        if (share <= mine.*comp.limit + kPercentTolerance)
            continue;
        const auto approver = approverFor(policy, role, [&](const RoleLimits &l) {
            return share <= l.*comp.limit + kPercentTolerance;
        });
        out.violations.append(
            Violation{QStringLiteral("discount_pct"), QString::fromLatin1(comp.code),
                      discountMessage(c, share, role, mine.*comp.limit), approver});
    }

    const int count = scenario.financedInstallmentCount();
    if (count > mine.maxInstallments) {
        const auto approver = approverFor(
            policy, role, [&](const RoleLimits &l) { return count <= l.maxInstallments; });
        out.violations.append(
            Violation{QStringLiteral("installments"), QStringLiteral("max_installments"),
                      QCoreApplication::translate("NegotiationPolicy",
                                                  "%1 installments exceed the %2 limit of %3")
                          .arg(count)
                          .arg(approvalRoleDisplayName(role))
                          .arg(mine.maxInstallments),
                      approver});
    }

    if (!scenario.installments.isEmpty()) {
        const Installment *smallest = &scenario.installments.first();
        for (const Installment &i : scenario.installments) {
            if (i.amount < smallest->amount)
                smallest = &i;
        }
        if (smallest->amount < mine.minInstallment) {
            const Money amount = smallest->amount;
            const auto approver = approverFor(
                policy, role, [&](const RoleLimits &l) { return amount >= l.minInstallment; });
            out.violations.append(Violation{
                QStringLiteral("installments"), QStringLiteral("min_installment"),
                QCoreApplication::translate("NegotiationPolicy",
                                            "Installment %1 of %2 is below the %3 minimum of %4")
                    .arg(smallest->number)
                    .arg(amount.toString(), approvalRoleDisplayName(role),
                         mine.minInstallment.toString()),
                approver});
        }

        const qint64 days = today.daysTo(scenario.installments.first().due);
        if (days > mine.maxDaysToFirstDue) {
            const auto approver = approverFor(
                policy, role, [&](const RoleLimits &l) { return days <= l.maxDaysToFirstDue; });
            out.violations.append(
                Violation{QStringLiteral("first_due"), QStringLiteral("max_days_to_first_due"),
                          QCoreApplication::translate(
                              "NegotiationPolicy",
                              "First due date in %1 days exceeds the %2 limit of %3 days")
                              .arg(days)
                              .arg(approvalRoleDisplayName(role))
                              .arg(mine.maxDaysToFirstDue),
                          approver});
        }
    }

    std::optional<ApprovalRole> needed;
    for (const Violation &v : std::as_const(out.violations)) {
        if (!v.approver) {
            out.verdict = Verdict::NotAllowed;
            return out;
        }
        if (!needed || *v.approver > *needed)
            needed = v.approver;
    }
    if (needed)
        out.verdict =
            *needed == ApprovalRole::Admin ? Verdict::NeedsAdmin : Verdict::NeedsSupervisor;
    return out;
}

} // namespace quita
