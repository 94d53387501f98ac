#pragma once

#include "domain/Result.h"
#include "domain/negotiation/ChargeTerms.h"

#include <QJsonObject>

namespace quita {

// A portfolio's charge terms as the portfolio row keeps them (JSON, synced to the desks):
// {fine_percent, consumer, consumer_fine_cap_percent, interest_percent_per_month,
// correction_index, fee_percent, fixed_fee_cents}. Absent keys keep the defaults; a key
// of the wrong type or value is an error naming "charge_terms.<key>".
Result<ChargeTerms> chargeTermsFromJson(const QJsonObject &json);
// The same text, parsed ("" is the defaults); malformed JSON names "charge_terms".
Result<ChargeTerms> chargeTermsFromText(const QString &text);

} // namespace quita
