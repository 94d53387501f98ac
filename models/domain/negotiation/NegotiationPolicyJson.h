#pragma once

#include "domain/Result.h"
#include "domain/negotiation/NegotiationPolicy.h"

#include <QJsonObject>

namespace quita {

// A portfolio's negotiation policy as the portfolio row keeps it (JSON, synced to the
// desks): overrides of NegotiationPolicy::defaults(), by aging bucket and role.
//
//   {"buckets": {"*":     {"agent": {"max_installments": 10}},
//                "31-60": {"monthly_rate": 0.022,
//                          "supervisor": {"max_principal_discount_percent": 15}}}}
//
// "*" applies to every bucket first, then a named bucket's own keys. A bucket may carry
// "monthly_rate" (a fraction a month, 0..0.2) and one object per role ("agent",
// "supervisor", "admin") with any of: max_fees_discount_percent,
// max_interest_discount_percent, max_correction_discount_percent,
// max_fine_discount_percent, max_principal_discount_percent (0..100),
// max_installments (1..360), min_installment_cents (0 or more), max_days_to_first_due
// (0..365). Absent keys keep the defaults. An unknown bucket, role or key, or a value of
// the wrong type or out of range, is an error naming its path, e.g.
// "negotiation_policy.buckets.31-60.agent.max_installments"; nothing is half applied.
Result<NegotiationPolicy> negotiationPolicyFromJson(const QJsonObject &json);
// The same text, parsed ("" or "{}" is the defaults); malformed JSON names
// "negotiation_policy".
Result<NegotiationPolicy> negotiationPolicyFromText(const QString &text);

} // namespace quita
