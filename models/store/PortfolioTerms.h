#pragma once

#include "domain/Result.h"
#include "domain/negotiation/ChargeTerms.h"
#include "domain/negotiation/IndexSeries.h"
#include "domain/negotiation/NegotiationPolicy.h"

#include <QSqlDatabase>
#include <QString>

namespace quita {

// What a portfolio charges on late titles, its grace days, and the monthly values of the
// index its correction follows, projected forward from the last one published (an index
// comes out weeks after its month). The same SQL on the desk's store and on the server's
// (SQLite and PostgreSQL), so both compute an offer alike.
struct PortfolioTerms
{
    ChargeTerms terms;
    int graceDays = 5;
    IndexSeries series;
    // The defaults with the portfolio's overrides (its portfolioId set).
    NegotiationPolicy policy;
};

inline constexpr int kProjectedIndexMonths = 120;

// An unknown portfolio is an error naming `portfolio_id`; terms that do not parse name
// their key (`charge_terms.<key>`, `negotiation_policy.<path>`).
Result<PortfolioTerms> loadPortfolioTerms(const QSqlDatabase &db, const QString &portfolioId);

} // namespace quita
