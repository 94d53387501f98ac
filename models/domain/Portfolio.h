#pragma once

#include <QString>
#include <QUuid>

namespace quita {

// Carteira: the accounts one creditor placed with the collection desk.
struct Portfolio
{
    QUuid id;
    QUuid creditorId;
    QString name;
    // Charge terms as JSON (negotiation/ChargeTermsJson.h; "{}": the defaults) and the
    // days after a due date before an unpaid installment breaks an agreement.
    QString chargeTerms = QStringLiteral("{}");
    int graceDays = 5;
    QString negotiationPolicy = QStringLiteral("{}"); // NegotiationPolicyJson.h
};

} // namespace quita
