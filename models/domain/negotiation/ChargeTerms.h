#pragma once

#include "domain/Money.h"
#include "domain/negotiation/CorrectionIndex.h"

#include <algorithm>

namespace quita {

// What a portfolio charges on a late title, as data (DOMAIN.md "Money and charges").
// Percentages are percent (2.0 means 2 %).
struct ChargeTerms
{
    // Late fine (multa), once, on the corrected open balance.
    double finePercent = 2.0;
    // Consumer debt: the fine is capped at consumerFineCapPercent (CDC art. 52 par. 1,
    // 2 %), so a configured 10 % on a consumer debt yields 2 %.
    bool consumer = true;
    double consumerFineCapPercent = 2.0;

    // Late interest (juros de mora): simple, pro rata die, on the corrected open
    // balance: balance x rate x days / daysPerMonth.
    double interestPercentPerMonth = 1.0;
    int daysPerMonth = 30;

    // Monetary correction from the due date (IndexSeries::factor). Deflation lowers the
    // debt only when allowNegativeCorrection is set; by default correction never goes
    // below zero, so the nominal open balance is never reduced.
    CorrectionIndex correctionIndex = CorrectionIndex::None;
    bool allowNegativeCorrection = false;

    // Collection fees: a percentage of the updated title (corrected balance + fine +
    // interest) plus a fixed amount, both only on overdue titles.
    double feePercent = 0.0;
    Money fixedFeePerTitle;

    double effectiveFinePercent() const
    {
        return consumer ? std::min(finePercent, consumerFineCapPercent) : finePercent;
    }
};

} // namespace quita
