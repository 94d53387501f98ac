#include "domain/payment/ItauFreeField.h"

#include "domain/payment/Boleto.h"
#include "domain/payment/FreeFieldDigits.h"

#include <QCoreApplication>

namespace quita {

namespace {

bool walletOfOurNumberOnly(QStringView wallet)
{
    for (const char *w : {"112", "126", "131", "146", "150", "168"}) {
        if (wallet == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace

Result<ItauFreeField> ItauFreeField::create(const QString &agency, const QString &wallet,
                                            const QString &ourNumber, const QString &account)
{
    auto a = freeFieldDigits(agency, "agency", 4);
    if (!a)
        return a.error();
    auto w = freeFieldDigits(wallet, "wallet", 3);
    if (!w)
        return w.error();
    for (const char *own : {"106", "107", "122", "142", "143", "195", "196", "198"}) {
        if (*w == QLatin1String(own))
            return Error{QStringLiteral("unsupported_wallet"), QStringLiteral("wallet"),
                         QCoreApplication::translate(
                             "ItauFreeField",
                             "wallet: Itaú wallet %1 carries the payer's document number and "
                             "is not supported; use a registered wallet such as 109 or 175")
                             .arg(*w)};
    }
    auto n = freeFieldDigits(ourNumber, "our_number", 8);
    if (!n)
        return n.error();
    auto c = freeFieldDigits(account, "account", 5);
    if (!c)
        return c.error();
    ItauFreeField f;
    f.m_agency = *a;
    f.m_wallet = *w;
    f.m_ourNumber = *n;
    f.m_account = *c;
    return f;
}

QChar ItauFreeField::ourNumberCheckDigit() const
{
    const QString digits = walletOfOurNumberOnly(m_wallet)
                               ? m_wallet + m_ourNumber
                               : m_agency + m_account + m_wallet + m_ourNumber;
    return QChar(u'0' + Boleto::fieldCheckDigit(digits));
}

QChar ItauFreeField::accountCheckDigit() const
{
    return QChar(u'0' + Boleto::fieldCheckDigit(QString(m_agency + m_account)));
}

QString ItauFreeField::toString() const
{
    return m_wallet + m_ourNumber + ourNumberCheckDigit() + m_agency + m_account +
           accountCheckDigit() + QStringLiteral("000");
}

QString ItauFreeField::printedOurNumber() const
{
    return m_wallet + QLatin1Char('/') + m_ourNumber + QLatin1Char('-') + ourNumberCheckDigit();
}

} // namespace quita
