#include "BalanceUpdate.h"

#include "domain/negotiation/CentRounding.h"

#include <QCoreApplication>

#include <cmath>

namespace quita {

namespace {

Error balanceError(const char *code, const QString &field, const QString &message)
{
    return Error{QString::fromLatin1(code), field, message};
}

Status checkPercent(double value, const char *field)
{
    if (std::isfinite(value) && value >= 0.0 && value <= 100.0)
        return Done{};
    const QString name = QString::fromLatin1(field);
    return balanceError("terms", name,
                        QCoreApplication::translate("BalanceUpdate",
                                                    "%1 must be a percentage from 0 to 100, "
                                                    "not %2.")
                            .arg(name)
                            .arg(value));
}

Status checkTerms(const ChargeTerms &terms)
{
    for (const auto &[value, field] :
         {std::pair{terms.finePercent, "terms.fine_percent"},
          std::pair{terms.consumerFineCapPercent, "terms.consumer_fine_cap_percent"},
          std::pair{terms.interestPercentPerMonth, "terms.interest_percent_per_month"},
          std::pair{terms.feePercent, "terms.fee_percent"}}) {
        if (Status s = checkPercent(value, field); !s)
            return s;
    }
    if (terms.daysPerMonth <= 0) {
        return balanceError(
            "terms", QStringLiteral("terms.days_per_month"),
            QCoreApplication::translate("BalanceUpdate", "Days per month must be positive."));
    }
    if (terms.fixedFeePerTitle.isNegative()) {
        return balanceError(
            "terms", QStringLiteral("terms.fixed_fee_per_title_cents"),
            QCoreApplication::translate("BalanceUpdate", "The fixed fee cannot be negative."));
    }
    return Done{};
}

} // namespace

Result<UpdatedBalance> updateBalance(const QList<Title> &titles, const ChargeTerms &terms,
                                     const IndexSeries &series, const QDate &asOf)
{
    if (!asOf.isValid()) {
        return balanceError("invalid_date", QStringLiteral("as_of"),
                            QCoreApplication::translate("BalanceUpdate",
                                                        "The date to update the balance to is not "
                                                        "a valid date."));
    }
    if (titles.isEmpty()) {
        return balanceError(
            "empty", QStringLiteral("titles"),
            QCoreApplication::translate("BalanceUpdate", "There are no titles to update."));
    }
    if (Status s = checkTerms(terms); !s)
        return s.error();

    UpdatedBalance out;
    out.asOf = asOf;
    out.titles.reserve(titles.size());
    const double finePercent = terms.effectiveFinePercent();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const Title &title = titles.at(i);
        const QString prefix = QStringLiteral("titles[%1].").arg(i);
        if (title.openBalance.cents() <= 0) {
            return balanceError(
                "not_positive", prefix + QLatin1String("open_balance"),
                QCoreApplication::translate("BalanceUpdate",
                                            "Title %1 has an open balance of %2; only a positive "
                                            "balance can be updated.")
                    .arg(title.number, title.openBalance.toString()));
        }
        if (!title.dueDate.isValid()) {
            return balanceError(
                "invalid_date", prefix + QLatin1String("due_date"),
                QCoreApplication::translate("BalanceUpdate", "Title %1 has no valid due date.")
                    .arg(title.number));
        }

        TitleBalance line;
        line.titleId = title.id;
        line.amounts.principal = title.openBalance;
        line.daysPastDue = title.daysPastDue(asOf);
        if (line.daysPastDue > 0) {
            const double open = double(title.openBalance.cents());
            const Result<double> factor = series.factor(terms.correctionIndex, title.dueDate, asOf);
            if (!factor)
                return factor.error();
            line.correctionFactor = *factor;
            Money correction = roundToMoney(open * (*factor - 1.0));
            if (correction.isNegative() && !terms.allowNegativeCorrection)
                correction = Money();
            line.amounts.correction = correction;

            const double corrected = double((title.openBalance + correction).cents());
            line.amounts.fine = roundToMoney(corrected * finePercent / 100.0);
            line.amounts.interest = roundToMoney(corrected * terms.interestPercentPerMonth *
                                                 line.daysPastDue / (100.0 * terms.daysPerMonth));
            const double updated =
                corrected + double((line.amounts.fine + line.amounts.interest).cents());
            line.amounts.fees =
                roundToMoney(updated * terms.feePercent / 100.0) + terms.fixedFeePerTitle;
        }
        out.totals += line.amounts;
        out.maxDaysPastDue = std::max(out.maxDaysPastDue, line.daysPastDue);
        out.titles.append(line);
    }
    return out;
}

} // namespace quita
