#include "CollectionAccount.h"

#include "BoletoFreeField.h"
#include "ItauFreeField.h"

#include <QCoreApplication>

namespace quita {

namespace {

Error missing(const char *field, const QString &what)
{
    return Error{QStringLiteral("creditor_settings"), QString::fromLatin1(field),
                 QCoreApplication::translate(
                     "CollectionAccount",
                     "The creditor has no %1 in its settings: payment codes cannot be issued.")
                     .arg(what)};
}

} // namespace

Status CollectionAccount::validate() const
{
    if (bankCode.trimmed().isEmpty())
        return missing("bank_code", QCoreApplication::translate("CollectionAccount", "bank code"));
    if (bankCode != QLatin1String("237") && bankCode != QLatin1String("341"))
        return Error{QStringLiteral("creditor_settings"), QStringLiteral("bank_code"),
                     QCoreApplication::translate("CollectionAccount",
                                                 "Bank %1 is not supported for boletos yet "
                                                 "(Bradesco, 237, and Itaú, 341, are).")
                         .arg(bankCode)};
    if (agency.trimmed().isEmpty())
        return missing("agency", QCoreApplication::translate("CollectionAccount", "bank agency"));
    if (account.trimmed().isEmpty())
        return missing("account", QCoreApplication::translate("CollectionAccount", "bank account"));
    if (wallet.trimmed().isEmpty())
        return missing(
            "wallet", QCoreApplication::translate("CollectionAccount", "boleto wallet (carteira)"));
    if (pixKey.trimmed().isEmpty())
        return missing("pix_key", QCoreApplication::translate("CollectionAccount", "PIX key"));
    if (pixCity.trimmed().isEmpty())
        return missing("pix_city", QCoreApplication::translate("CollectionAccount", "PIX city"));
    return Done{};
}

Result<PaymentCodes> paymentCodes(const CollectionAccount &account, const QString &creditorName,
                                  qint64 ourNumber, const QDate &due, Money amount)
{
    if (const Status valid = account.validate(); !valid)
        return valid.error();
    // The bank's free field: Bradesco's our number has 11 digits, Itaú's 8.
    const bool itau = account.bankCode == QLatin1String("341");
    const int width = itau ? 8 : 11;
    const QString number = QStringLiteral("%1").arg(ourNumber, width, 10, QLatin1Char('0'));
    if (number.size() > width)
        return Error{QStringLiteral("our_number_exhausted"), QStringLiteral("our_number"),
                     QCoreApplication::translate("CollectionAccount",
                                                 "The creditor's our numbers are used up (%1 "
                                                 "digits at bank %2): ask the bank for a new "
                                                 "range or wallet.")
                         .arg(width)
                         .arg(account.bankCode)};
    QString freeField;
    QString printed;
    if (itau) {
        auto free = ItauFreeField::create(account.agency, account.wallet, number, account.account);
        if (!free)
            return free.error();
        freeField = free->toString();
        printed = free->printedOurNumber();
    } else {
        auto free =
            BradescoFreeField::create(account.agency, account.wallet, number, account.account);
        if (!free)
            return free.error();
        freeField = free->toString();
        printed = free->printedOurNumber();
    }
    Boleto::Fields fields;
    fields.bankCode = account.bankCode;
    fields.dueDate = due;
    fields.amount = amount;
    fields.freeField = freeField;
    auto boleto = Boleto::build(fields);
    if (!boleto)
        return boleto.error();
    PixBrCode::StaticRequest request;
    request.key = account.pixKey;
    request.merchantName = creditorName;
    request.city = account.pixCity;
    request.amount = amount;
    request.txid = QLatin1Char('Q') + number;
    auto pix = PixBrCode::buildStatic(request);
    if (!pix)
        return pix.error();
    return PaymentCodes{std::move(boleto).value(), std::move(pix).value(), printed};
}

} // namespace quita
