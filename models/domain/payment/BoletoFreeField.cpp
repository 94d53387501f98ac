#include "domain/payment/BoletoFreeField.h"
#include "domain/payment/FreeFieldDigits.h"

#include <QCoreApplication>

namespace quita {

namespace {

constexpr qsizetype kAgencyWidth = 4;
constexpr qsizetype kWalletWidth = 2;
constexpr qsizetype kOurNumberWidth = 11;
constexpr qsizetype kAccountWidth = 7;
constexpr qsizetype kFreeFieldLength =
    kAgencyWidth + kWalletWidth + kOurNumberWidth + kAccountWidth + 1;

Error freeFieldError(const char *code, const QString &field, const char *sourceText,
                     qsizetype width = 0)
{
    QString message = QCoreApplication::translate("BradescoFreeField", sourceText).arg(field);
    if (width > 0)
        message = message.arg(width);
    return Error{QString::fromLatin1(code), field, message};
}

} // namespace

QChar BradescoFreeField::ourNumberCheckDigit(QStringView wallet, QStringView ourNumber)
{
    if (wallet.size() != kWalletWidth || ourNumber.size() != kOurNumberWidth ||
        !isAllDigits(wallet) || !isAllDigits(ourNumber))
        return {};
    // Mod 11 base 7: weights 2..7 from the right over wallet + our number.
    int sum = 0;
    int weight = 2;
    auto add = [&sum, &weight](QStringView digits) {
        for (qsizetype i = digits.size() - 1; i >= 0; --i) {
            sum += (digits.at(i).unicode() - u'0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
    };
    add(ourNumber);
    add(wallet);
    const int r = sum % 11;
    if (r == 0)
        return u'0';
    if (r == 1)
        return u'P';
    return QChar(u'0' + (11 - r));
}

Result<BradescoFreeField> BradescoFreeField::create(const QString &agency, const QString &wallet,
                                                    const QString &ourNumber,
                                                    const QString &account)
{
    BradescoFreeField f;
    const Result<QString> a = freeFieldDigits(agency, "agency", kAgencyWidth);
    if (!a)
        return a.error();
    const Result<QString> w = freeFieldDigits(wallet, "wallet", kWalletWidth);
    if (!w)
        return w.error();
    const Result<QString> n = freeFieldDigits(ourNumber, "our_number", kOurNumberWidth);
    if (!n)
        return n.error();
    const Result<QString> c = freeFieldDigits(account, "account", kAccountWidth);
    if (!c)
        return c.error();
    f.m_agency = a.value();
    f.m_wallet = w.value();
    f.m_ourNumber = n.value();
    f.m_account = c.value();
    return f;
}

Result<BradescoFreeField> BradescoFreeField::parse(const QString &freeField, const QString &field)
{
    if (freeField.size() != kFreeFieldLength || !isAllDigits(freeField))
        return freeFieldError("length", field,
                              QT_TRANSLATE_NOOP("BradescoFreeField", "%1: the free field has %2 "
                                                                     "digits"),
                              kFreeFieldLength);
    if (freeField.back() != u'0')
        return freeFieldError(
            "layout", field,
            QT_TRANSLATE_NOOP("BradescoFreeField", "%1: a Bradesco free field ends with 0"));
    const QStringView v(freeField);
    BradescoFreeField f;
    f.m_agency = v.first(kAgencyWidth).toString();
    f.m_wallet = v.sliced(kAgencyWidth, kWalletWidth).toString();
    f.m_ourNumber = v.sliced(kAgencyWidth + kWalletWidth, kOurNumberWidth).toString();
    f.m_account = v.sliced(kAgencyWidth + kWalletWidth + kOurNumberWidth, kAccountWidth).toString();
    return f;
}

QString BradescoFreeField::toString() const
{
    if (isNull())
        return {};
    QString out;
    out.reserve(kFreeFieldLength);
    out.append(m_agency).append(m_wallet).append(m_ourNumber).append(m_account).append(u'0');
    return out;
}

QString BradescoFreeField::printedOurNumber() const
{
    if (isNull())
        return {};
    return m_wallet + u'/' + m_ourNumber + u'-' + ourNumberCheckDigit();
}

} // namespace quita
