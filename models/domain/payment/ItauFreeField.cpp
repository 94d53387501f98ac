#include "domain/payment/ItauFreeField.h"

#include <QCoreApplication>

namespace quita {

namespace {

bool digitsOnly(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Digits only, 1..width of them, zero-padded on the left to width.
Result<QString> padded(const QString &value, const char *field, qsizetype width)
{
    const QString name = QString::fromLatin1(field);
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Error{QStringLiteral("empty"), name,
                     QCoreApplication::translate("ItauFreeField", "%1: required").arg(name)};
    if (!digitsOnly(v))
        return Error{QStringLiteral("characters"), name,
                     QCoreApplication::translate("ItauFreeField", "%1: use digits only").arg(name)};
    if (v.size() > width)
        return Error{QStringLiteral("length"), name,
                     QCoreApplication::translate("ItauFreeField", "%1: at most %2 digits")
                         .arg(name)
                         .arg(width)};
    return v.rightJustified(width, u'0');
}

bool walletOfOurNumberOnly(QStringView wallet)
{
    for (const char *w : {"112", "126", "131", "146", "150", "168"}) {
        if (wallet == QLatin1String(w))
            return true;
    }
    return false;
}

} // namespace

int ItauFreeField::mod10(QStringView digits)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int product = (digits.at(i).unicode() - u'0') * weight;
        sum += product / 10 + product % 10;
        weight = weight == 2 ? 1 : 2;
    }
    return (10 - sum % 10) % 10;
}

Result<ItauFreeField> ItauFreeField::create(const QString &agency, const QString &wallet,
                                            const QString &ourNumber, const QString &account)
{
    auto a = padded(agency, "agency", 4);
    if (!a)
        return a.error();
    auto w = padded(wallet, "wallet", 3);
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
    auto n = padded(ourNumber, "our_number", 8);
    if (!n)
        return n.error();
    auto c = padded(account, "account", 5);
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
    return QChar(u'0' + mod10(digits));
}

QChar ItauFreeField::accountCheckDigit() const
{
    return QChar(u'0' + mod10(QString(m_agency + m_account)));
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
