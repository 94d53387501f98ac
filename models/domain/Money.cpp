#include "Money.h"

#include <QCoreApplication>

#include <limits>

namespace quita {

namespace {

const QString kSymbol = QStringLiteral("R$");

// Digits of `magnitude` grouped by three with the locale's separators and always two
// decimals. Pure integer arithmetic: no double anywhere.
QString formatMagnitude(std::uint64_t magnitude, const QLocale &locale)
{
    const std::uint64_t units = magnitude / 100;
    const std::uint64_t centavos = magnitude % 100;

    const QString digits = QString::number(units);
    const QString group = locale.groupSeparator();
    QString out;
    out.reserve(digits.size() + digits.size() / 3 * group.size() + 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += group;
        out += digits.at(i);
    }
    out += locale.decimalPoint();
    out += QChar(u'0' + static_cast<char16_t>(centavos / 10));
    out += QChar(u'0' + static_cast<char16_t>(centavos % 10));
    return out;
}

std::uint64_t magnitudeOf(std::int64_t cents)
{
    // Safe for INT64_MIN: negate in unsigned arithmetic.
    return cents < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(cents)
                     : static_cast<std::uint64_t>(cents);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

Error moneyError(const QString &code, const QString &field, const QLocale &locale)
{
    QString message;
    if (code == u"empty") {
        message = QCoreApplication::translate("Money", "%1: enter an amount").arg(field);
    } else if (code == u"decimals") {
        message = QCoreApplication::translate("Money", "%1: at most two decimals, such as %2")
                      .arg(field, Money::fromCents(123456).toNumberString(locale));
    } else if (code == u"range") {
        message = QCoreApplication::translate("Money", "%1: the amount is too large").arg(field);
    } else {
        message = QCoreApplication::translate("Money", "%1: enter an amount such as %2")
                      .arg(field, Money::fromCents(123456).toNumberString(locale));
    }
    return Error{code, field, message};
}

// Removes the R$ symbol at the start or at the end (only one of them), plus the spaces
// next to it. Returns false if the symbol appears anywhere else.
bool stripSymbol(QString &s)
{
    if (s.startsWith(kSymbol, Qt::CaseInsensitive)) {
        s.remove(0, kSymbol.size());
    } else if (s.endsWith(kSymbol, Qt::CaseInsensitive)) {
        s.chop(kSymbol.size());
    }
    s = s.trimmed();
    while (!s.isEmpty() && isSpaceLike(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && isSpaceLike(s.back()))
        s.chop(1);
    return !s.contains(u'$');
}

// Sign: "-" (or the locale's minus, or U+2212) / "+". Returns -1, +1 or 0 (no sign).
int takeSign(QString &s, const QLocale &locale)
{
    if (s.isEmpty())
        return 0;
    const QString neg = locale.negativeSign();
    const QString pos = locale.positiveSign();
    auto take = [&s](qsizetype n) {
        s.remove(0, n);
        while (!s.isEmpty() && isSpaceLike(s.front()))
            s.remove(0, 1);
    };
    if (s.front() == u'-' || s.front() == QChar(0x2212)) {
        take(1);
        return -1;
    }
    if (!neg.isEmpty() && s.startsWith(neg)) {
        take(neg.size());
        return -1;
    }
    if (s.front() == u'+') {
        take(1);
        return 1;
    }
    if (!pos.isEmpty() && s.startsWith(pos)) {
        take(pos.size());
        return 1;
    }
    return 0;
}

} // namespace

QString Money::toNumberString(const QLocale &locale) const
{
    const QString number = formatMagnitude(magnitudeOf(m_cents), locale);
    return m_cents < 0 ? QStringLiteral("-") + number : number;
}

QString Money::toString(const QLocale &locale) const
{
    const QString number = formatMagnitude(magnitudeOf(m_cents), locale);
    QString out;
    switch (locale.language()) {
    case QLocale::Portuguese:
        out = kSymbol + u' ' + number;
        break;
    case QLocale::Spanish:
        out = number + u' ' + kSymbol;
        break;
    default:
        out = kSymbol + number;
        break;
    }
    return m_cents < 0 ? QStringLiteral("-") + out : out;
}

Result<Money> Money::parse(const QString &text, const QLocale &locale, const QString &field)
{
    QString s = text.trimmed();
    if (s.isEmpty())
        return moneyError(QStringLiteral("empty"), field, locale);

    // A sign may come before the symbol ("-R$ 1,00") or after it ("R$ -1,00").
    int sign = takeSign(s, locale);
    if (!stripSymbol(s))
        return moneyError(QStringLiteral("format"), field, locale);
    if (sign == 0)
        sign = takeSign(s, locale);
    if (s.isEmpty())
        return moneyError(sign == 0 ? QStringLiteral("empty") : QStringLiteral("format"), field,
                          locale);

    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // A regular space stands for a space-like group separator (fr: U+202F).
    const bool groupIsSpace = group.size() == 1 && isSpaceLike(group.front());

    // Split integer and fractional parts at the (single) decimal separator.
    QString integerPart = s;
    QString fraction;
    bool hasDecimal = false;
    if (const qsizetype at = s.indexOf(decimal); at >= 0) {
        integerPart = s.left(at);
        fraction = s.mid(at + decimal.size());
        hasDecimal = true;
    }

    // Integer part: plain digits, or groups of three after a first group of 1-3.
    QString integerDigits;
    {
        QStringList groups;
        if (!group.isEmpty() && group != decimal) {
            QString normalized = integerPart;
            if (groupIsSpace) {
                for (QChar &c : normalized) {
                    if (isSpaceLike(c))
                        c = group.front();
                }
            }
            groups = normalized.split(group);
        } else {
            groups = QStringList{integerPart};
        }
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString &g = groups.at(i);
            for (QChar c : g) {
                if (!isAsciiDigit(c))
                    return moneyError(QStringLiteral("format"), field, locale);
            }
            if (groups.size() > 1) {
                if (i == 0 ? (g.isEmpty() || g.size() > 3) : g.size() != 3)
                    return moneyError(QStringLiteral("format"), field, locale);
            }
            integerDigits += g;
        }
    }

    for (QChar c : fraction) {
        if (!isAsciiDigit(c))
            return moneyError(QStringLiteral("format"), field, locale);
    }
    if (integerDigits.isEmpty() && fraction.isEmpty())
        return moneyError(QStringLiteral("format"), field, locale);
    if (hasDecimal && fraction.size() > 2)
        return moneyError(QStringLiteral("decimals"), field, locale);

    // Accumulate in unsigned 64 bits with overflow checks; the limit is INT64_MAX
    // centavos for either sign.
    constexpr std::uint64_t limit = std::numeric_limits<std::int64_t>::max();
    std::uint64_t units = 0;
    for (QChar c : integerDigits) {
        const auto d = static_cast<std::uint64_t>(c.unicode() - u'0');
        if (units > (limit - d) / 10)
            return moneyError(QStringLiteral("range"), field, locale);
        units = units * 10 + d;
    }
    std::uint64_t centavos = 0;
    if (fraction.size() >= 1)
        centavos += static_cast<std::uint64_t>(fraction.at(0).unicode() - u'0') * 10;
    if (fraction.size() == 2)
        centavos += static_cast<std::uint64_t>(fraction.at(1).unicode() - u'0');
    if (units > (limit - centavos) / 100)
        return moneyError(QStringLiteral("range"), field, locale);

    const auto magnitude = static_cast<std::int64_t>(units * 100 + centavos);
    return Money::fromCents(sign < 0 ? -magnitude : magnitude);
}

} // namespace quita
