#pragma once

#include "domain/Money.h"

namespace quita {

// An amount owed, split into what it is made of. Used for a title's updated balance,
// the debtor's total, and the part of a discount taken from each component.
struct BalanceBreakdown
{
    Money principal;  // open balance as the creditor placed it
    Money fine;       // multa
    Money interest;   // juros de mora
    Money correction; // correcao monetaria
    Money fees;       // collection fees

    Money total() const { return principal + fine + interest + correction + fees; }

    BalanceBreakdown &operator+=(const BalanceBreakdown &o)
    {
        principal += o.principal;
        fine += o.fine;
        interest += o.interest;
        correction += o.correction;
        fees += o.fees;
        return *this;
    }
    bool operator==(const BalanceBreakdown &) const = default;
};

} // namespace quita
