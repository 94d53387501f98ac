#pragma once

#include "domain/Result.h"
#include "domain/Title.h"
#include "domain/negotiation/BalanceBreakdown.h"
#include "domain/negotiation/ChargeTerms.h"
#include "domain/negotiation/IndexSeries.h"

#include <QDate>
#include <QList>
#include <QUuid>

namespace quita {

// One title brought up to date.
struct TitleBalance
{
    QUuid titleId;
    int daysPastDue = 0;
    double correctionFactor = 1.0;
    BalanceBreakdown amounts;
};

// The debtor's balance at `asOf`: one line per title and the totals, which are the sums
// of the rounded per-title values (so the lines always add up to the total shown).
struct UpdatedBalance
{
    QDate asOf;
    QList<TitleBalance> titles;
    BalanceBreakdown totals;
    int maxDaysPastDue = 0; // of the oldest title; picks the policy's aging bucket
};

// Updates each title's open balance to `asOf` under `terms`:
//   correction = open balance x (index factor from the due date - 1)
//   fine       = corrected balance x effective fine % (consumer cap applied)
//   interest   = corrected balance x interest % a month x days late / days per month
//   fees       = (corrected balance + fine + interest) x fee % + fixed fee per title
// each rounded to centavos per title, half away from zero (CentRounding.h). A title not
// yet due (due date on or after asOf) has no charges. Errors, each naming its field:
// "as_of" invalid; "titles" empty; "titles[i].open_balance" not positive;
// "titles[i].due_date" invalid; a bad term ("terms.fine_percent", ...); and a month of
// the correction index missing from `series` ("correction_index").
Result<UpdatedBalance> updateBalance(const QList<Title> &titles, const ChargeTerms &terms,
                                     const IndexSeries &series, const QDate &asOf);

} // namespace quita
