#include "InstallmentPlan.h"

#include "domain/negotiation/CentRounding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace quita {

namespace {

Error planError(const char *code, const char *field, const QString &message)
{
    return Error{QString::fromLatin1(code), QString::fromLatin1(field), message};
}

// Monthly due dates from one anchor, without re-deriving the anchor's year, month and
// day for every installment (QDate::addMonths does; a 360-row schedule is recomputed
// on every keystroke). Same rule as QDate::addMonths: keep the day, clamp to the end of
// a shorter month.
class MonthlyDueDates
{
public:
    explicit MonthlyDueDates(const QDate &anchor)
        : m_year(anchor.year()), m_month0(anchor.month() - 1), m_day(anchor.day())
    {}

    QDate at(int monthsAhead) const
    {
        const int months = m_month0 + monthsAhead;
        const int year = m_year + months / 12;
        const int month = months % 12 + 1;
        return QDate(year, month, std::min(m_day, daysInMonth(year, month)));
    }

private:
    static int daysInMonth(int year, int month)
    {
        static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (month == 2 && QDate::isLeapYear(year))
            return 29;
        return kDays[month - 1];
    }

    int m_year;
    int m_month0;
    int m_day;
};

// Takes up to `component` from `remaining` (never a negative share).
Money take(Money component, Money *remaining)
{
    const Money share = std::clamp(component, Money(), *remaining);
    *remaining -= share;
    return share;
}

// The financed installments of each kind; `installments` already holds the down
// payment, if any. Returns false when a row would come out at zero or below.
bool appendPrice(ScenarioResult &s, int n, const MonthlyDueDates &dues, int monthOffset,
                 int firstNumber)
{
    const double i = s.monthlyRate;
    const double pv = double(s.financed.cents());
    const double exact = i > 0.0 ? pv * i / (1.0 - std::pow(1.0 + i, -n)) : pv / n;
    const qint64 payment = roundCentsHalfAwayFromZero(exact);
    qint64 outstanding = s.financed.cents();
    for (int k = 1; k <= n; ++k) {
        const qint64 interest = roundCentsHalfAwayFromZero(double(outstanding) * i);
        const qint64 principal = k == n ? outstanding : std::min(payment - interest, outstanding);
        if (principal + interest <= 0)
            return false;
        outstanding -= principal;
        s.installments.append(Installment{firstNumber + k - 1, dues.at(monthOffset + k - 1),
                                          Money::fromCents(principal + interest),
                                          Money::fromCents(principal), Money::fromCents(interest),
                                          false});
    }
    return true;
}

bool appendSac(ScenarioResult &s, int n, const MonthlyDueDates &dues, int monthOffset,
               int firstNumber)
{
    const double i = s.monthlyRate;
    const qint64 amortisation = roundCentsHalfAwayFromZero(double(s.financed.cents()) / n);
    qint64 outstanding = s.financed.cents();
    for (int k = 1; k <= n; ++k) {
        const qint64 interest = roundCentsHalfAwayFromZero(double(outstanding) * i);
        const qint64 principal = k == n ? outstanding : std::min(amortisation, outstanding);
        if (principal + interest <= 0)
            return false;
        outstanding -= principal;
        s.installments.append(Installment{firstNumber + k - 1, dues.at(monthOffset + k - 1),
                                          Money::fromCents(principal + interest),
                                          Money::fromCents(principal), Money::fromCents(interest),
                                          false});
    }
    return true;
}

} // namespace

BalanceBreakdown allocateDiscount(const BalanceBreakdown &balance, Money discount)
{
    BalanceBreakdown share;
    Money remaining = std::max(discount, Money());
    share.fees = take(balance.fees, &remaining);
    share.interest = take(balance.interest, &remaining);
    share.correction = take(balance.correction, &remaining);
    share.fine = take(balance.fine, &remaining);
    share.principal = take(balance.principal, &remaining);
    return share;
}

QDate monthlyDueDate(const QDate &anchor, int monthsAhead)
{
    return anchor.isValid() && monthsAhead >= 0 ? MonthlyDueDates(anchor).at(monthsAhead)
                                                : anchor.addMonths(monthsAhead);
}

Result<ScenarioResult> computeScenario(const ScenarioRequest &request,
                                       const BalanceBreakdown &balance,
                                       const PlanParameters &parameters, const QDate &today)
{
    const ScenarioKind kind = request.kind;
    if (kind != ScenarioKind::Full && kind != ScenarioKind::Price && kind != ScenarioKind::Sac &&
        kind != ScenarioKind::Flat) {
        return planError("unknown_kind", "kind",
                         QCoreApplication::translate("InstallmentPlan", "Unknown plan kind."));
    }
    const Money total = balance.total();
    if (total.cents() <= 0) {
        return planError(
            "not_positive", "balance",
            QCoreApplication::translate("InstallmentPlan",
                                        "There is nothing to negotiate: the updated balance is %1.")
                .arg(total.toString()));
    }
    const int n = request.installments;
    if (n <= 0) {
        return planError(
            "not_positive", "installments",
            QCoreApplication::translate("InstallmentPlan",
                                        "The number of installments must be at least 1, not %1.")
                .arg(n));
    }
    if (n > parameters.maxScheduleLength) {
        return planError(
            "too_many", "installments",
            QCoreApplication::translate("InstallmentPlan",
                                        "%1 installments is more than the %2 a schedule can have.")
                .arg(n)
                .arg(parameters.maxScheduleLength));
    }
    if (kind == ScenarioKind::Full && n != 1) {
        return planError("full_single_payment", "installments",
                         QCoreApplication::translate(
                             "InstallmentPlan", "A full payment is a single installment, not %1.")
                             .arg(n));
    }
    const double pct = request.discountPercent;
    if (!std::isfinite(pct) || pct < 0.0 || pct > 100.0) {
        return planError("out_of_range", "discount_pct",
                         QCoreApplication::translate(
                             "InstallmentPlan", "The discount must be from 0% to 100%, not %1%.")
                             .arg(pct));
    }
    const bool rated = kind == ScenarioKind::Price || kind == ScenarioKind::Sac;
    const double rate = rated ? parameters.monthlyRate : 0.0;
    if (!std::isfinite(rate) || rate < 0.0 || rate >= 1.0) {
        return planError(
            "out_of_range", "monthly_rate",
            QCoreApplication::translate("InstallmentPlan",
                                        "The monthly rate must be from 0 up to 1 (100%), not %1.")
                .arg(rate));
    }

    ScenarioResult s;
    s.kind = kind;
    s.monthlyRate = rate;
    s.balance = balance;
    s.discount = roundToMoney(double(total.cents()) * pct / 100.0);
    s.discountedBalance = total - s.discount;
    s.effectiveDiscountPercent = 100.0 * double(s.discount.cents()) / double(total.cents());
    s.discountByComponent = allocateDiscount(balance, s.discount);
    if (s.discountedBalance.cents() <= 0) {
        return planError(
            "nothing_to_pay", "discount_pct",
            QCoreApplication::translate("InstallmentPlan", "A %1% discount leaves nothing to pay.")
                .arg(pct));
    }

    const Money down = request.downPayment.value_or(Money());
    if (down.isNegative()) {
        return planError("negative", "down_payment_cents",
                         QCoreApplication::translate("InstallmentPlan",
                                                     "The down payment cannot be negative (%1).")
                             .arg(down.toString()));
    }
    if (kind == ScenarioKind::Full && !down.isZero()) {
        return planError("full_single_payment", "down_payment_cents",
                         QCoreApplication::translate(
                             "InstallmentPlan", "A full payment has no separate down payment."));
    }
    if (down >= s.discountedBalance) {
        return planError(
            "too_large", "down_payment_cents",
            QCoreApplication::translate("InstallmentPlan",
                                        "The down payment of %1 must be less than the %2 to pay.")
                .arg(down.toString(), s.discountedBalance.toString()));
    }
    if (!today.isValid()) {
        return planError(
            "invalid_date", "today",
            QCoreApplication::translate("InstallmentPlan", "Today's date is not valid."));
    }
    if (!request.firstDue.isValid() || request.firstDue < today) {
        return planError("in_the_past", "first_due",
                         QCoreApplication::translate("InstallmentPlan",
                                                     "The first due date must be today or later."));
    }
    s.downPayment = down;
    s.financed = s.discountedBalance - down;
    if (s.financed.cents() < n) {
        return planError("too_many", "installments",
                         QCoreApplication::translate(
                             "InstallmentPlan",
                             "%1 cannot be split into %2 installments of at least one centavo.")
                             .arg(s.financed.toString())
                             .arg(n));
    }

    s.installments.reserve(n + 1);
    int monthOffset = 0;
    if (!down.isZero()) {
        s.installments.append(Installment{1, request.firstDue, down, down, Money(), true});
        monthOffset = 1;
    }
    const int firstNumber = int(s.installments.size()) + 1;
    const MonthlyDueDates dues(request.firstDue);
    bool ok = true;
    switch (kind) {
    case ScenarioKind::Full:
        s.installments.append(
            Installment{1, request.firstDue, s.financed, s.financed, Money(), false});
        break;
    case ScenarioKind::Price:
        ok = appendPrice(s, n, dues, monthOffset, firstNumber);
        break;
    case ScenarioKind::Sac:
        ok = appendSac(s, n, dues, monthOffset, firstNumber);
        break;
    case ScenarioKind::Flat:
        ok = appendSac(s, n, dues, monthOffset, firstNumber); // SAC at rate 0
        break;
    }
    if (!ok) {
        return planError("too_many", "installments",
                         QCoreApplication::translate(
                             "InstallmentPlan",
                             "%1 installments would leave an installment of zero; choose fewer.")
                             .arg(n));
    }
    Money sum;
    for (const Installment &i : std::as_const(s.installments))
        sum += i.amount;
    s.total = sum;
    return s;
}

} // namespace quita
