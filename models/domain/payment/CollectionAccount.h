#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/payment/Boleto.h"
#include "domain/payment/PixBrCode.h"

#include <QDate>
#include <QString>

namespace quita {

// Where a creditor is paid: the bank account its boletos are registered on and the PIX
// key its codes carry (creditor settings). Our numbers ("nosso numero") are unique per
// account; the server gives them out.
struct CollectionAccount
{
    QString bankCode; // "237"
    QString agency;   // without check digit
    QString account;  // without check digit
    QString wallet;   // "carteira"
    QString pixKey;
    QString pixCity;

    // A creditor without bank or PIX settings cannot issue payment codes: the error
    // names the missing setting (`bank_code`, `agency`, `account`, `wallet`, `pix_key`,
    // `pix_city`). Only Bradesco's (237) free field is implemented.
    Status validate() const;
};

// The two ways to pay one installment: a boleto and a PIX copy-and-paste code with the
// same amount, and the our number as printed on the boleto.
struct PaymentCodes
{
    Boleto boleto;
    PixBrCode pix;
    QString printedOurNumber;
};

// The installment's codes: the boleto's free field carries `ourNumber`; the PIX code is
// static, with the amount and a txid made of the our number ("Q" + 11 digits), so a
// payment found on the PIX statement points back at its installment.
Result<PaymentCodes> paymentCodes(const CollectionAccount &account, const QString &creditorName,
                                  qint64 ourNumber, const QDate &due, Money amount);

} // namespace quita
