#pragma once

#include "domain/negotiation/Agreement.h"

#include <QDate>

namespace quita {

// What an agreement's installments say about it (DOMAIN.md "broken agreement": an
// installment passed due + grace unpaid):
//   "cancelled" stays cancelled;
//   "broken"    an open installment's due date + graceDays is before today (and the
//               agreement stays broken even if paid later: a broken agreement is
//               renegotiated, not revived);
//   "settled"   every installment paid;
//   "active"    something paid (an installment, or part of one);
//   "pending"   nothing paid yet (pending first payment).
QString agreementStatusFor(const Agreement &agreement, int graceDays, const QDate &today);

// The first open installment past due + grace on `today`, or -1.
int firstOverdueInstallment(const Agreement &agreement, int graceDays, const QDate &today);

} // namespace quita
