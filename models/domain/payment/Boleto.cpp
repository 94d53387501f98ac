#include "domain/payment/Boleto.h"

#include <QCoreApplication>

#include <array>

namespace quita {

namespace {

constexpr qsizetype kBarcodeLength = 44;
constexpr qsizetype kLineLength = 47;
constexpr qsizetype kFreeFieldLength = 25;
constexpr qint64 kMaxCents = 9'999'999'999; // 10 digits of centavos
constexpr char16_t kRealCurrency = u'9';
constexpr char16_t kUtilityFirstDigit = u'8'; // FEBRABAN "arrecadação" codes

// Barcode positions (0-based).
constexpr qsizetype kDvAt = 4;
constexpr qsizetype kFactorAt = 5;
constexpr qsizetype kAmountAt = 9;
constexpr qsizetype kFreeAt = 19;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Mod 11 with weights 2..9 from the right over `count` digits read through `digitAt`;
// a result of 0, 1, 10 or 11 becomes 1.
template <typename DigitAt>
int mod11General(qsizetype count, DigitAt digitAt)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = count - 1; i >= 0; --i) {
        sum += digitAt(i) * weight;
        weight = weight == 9 ? 2 : weight + 1;
    }
    const int dv = 11 - sum % 11;
    return (dv == 10 || dv == 11 || dv == 1) ? 1 : dv;
}

// Mod 10 with weights 2,1 from the right, adding the digits of each product.
template <typename DigitAt>
int mod10(qsizetype count, DigitAt digitAt)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = count - 1; i >= 0; --i) {
        const int product = digitAt(i) * weight;
        sum += product / 10 + product % 10;
        weight = weight == 2 ? 1 : 2;
    }
    return (10 - sum % 10) % 10;
}

// The general DV of a 44-digit barcode, skipping its own position.
int barcodeCheckDigit(QStringView barcode)
{
    return mod11General(kBarcodeLength - 1, [barcode](qsizetype i) {
        return digitValue(barcode.at(i < kDvAt ? i : i + 1));
    });
}

int fieldDv(QStringView digits)
{
    return mod10(digits.size(), [digits](qsizetype i) { return digitValue(digits.at(i)); });
}

Error boletoError(const char *code, const QString &field, const char *sourceText)
{
    return Error{QString::fromLatin1(code), field,
                 QCoreApplication::translate("Boleto", sourceText).arg(field)};
}

} // namespace

int Boleto::generalCheckDigit(QStringView fortyThreeDigits)
{
    return mod11General(fortyThreeDigits.size(), [fortyThreeDigits](qsizetype i) {
        return digitValue(fortyThreeDigits.at(i));
    });
}

int Boleto::fieldCheckDigit(QStringView digits)
{
    return fieldDv(digits);
}

Result<int> Boleto::encodeFactor(const QDate &dueDate, const DueDateFactorRules &rules)
{
    const QString field = QStringLiteral("due_date");
    if (!dueDate.isValid())
        return boletoError("invalid", field, QT_TRANSLATE_NOOP("Boleto", "%1: enter a valid date"));
    const qint64 days = rules.base.daysTo(dueDate);
    if (days <= 0)
        return Error{QStringLiteral("before_base"), field,
                     QCoreApplication::translate("Boleto", "%1: a boleto cannot fall due on or "
                                                           "before %2")
                         .arg(field, rules.base.toString(Qt::ISODate))};
    if (days <= rules.lastFactor)
        return static_cast<int>(days);
    return rules.firstFactor + static_cast<int>((days - rules.lastFactor - 1) % rules.cycleDays());
}

Result<QDate> Boleto::decodeFactor(int factor, const QDate &reference,
                                   const DueDateFactorRules &rules)
{
    const QString field = QStringLiteral("due_date_factor");
    if (factor == 0)
        return QDate();
    if (factor < 0 || factor > rules.lastFactor)
        return boletoError("range", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: a due-date factor has four digits"));
    if (!reference.isValid())
        return boletoError("reference", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: no reference date to read it against"));

    const int cycle = rules.cycleDays();
    const QDate windowStart = reference.addDays(-rules.daysBeforeReference);
    const QDate windowEnd = windowStart.addDays(cycle); // exclusive
    QDate candidate = rules.base.addDays(factor);       // the first cycle
    if (candidate < windowStart && factor >= rules.firstFactor) {
        // Later cycles repeat factors firstFactor..lastFactor every `cycle` days.
        const qint64 behind = candidate.daysTo(windowStart);
        candidate = candidate.addDays((behind + cycle - 1) / cycle * cycle);
    }
    if (candidate < windowStart || candidate >= windowEnd)
        return Error{QStringLiteral("window"), field,
                     QCoreApplication::translate("Boleto", "%1: factor %2 gives no due date "
                                                           "between %3 and %4")
                         .arg(field, QString::number(factor), windowStart.toString(Qt::ISODate),
                              windowEnd.addDays(-1).toString(Qt::ISODate))};
    return candidate;
}

Result<Boleto> Boleto::build(const Fields &fields, const DueDateFactorRules &rules)
{
    if (fields.bankCode.size() != 3 || !allDigits(fields.bankCode))
        return boletoError("bank_code", QStringLiteral("bank_code"),
                           QT_TRANSLATE_NOOP("Boleto", "%1: a bank code has 3 digits"));
    if (fields.bankCode.front() == kUtilityFirstDigit)
        return boletoError("bank_code", QStringLiteral("bank_code"),
                           QT_TRANSLATE_NOOP("Boleto", "%1: codes starting with 8 are utility "
                                                       "and tax collection, not bank boletos"));
    if (fields.currency.size() != 1 || fields.currency.front() != kRealCurrency)
        return boletoError("currency", QStringLiteral("currency"),
                           QT_TRANSLATE_NOOP("Boleto", "%1: only the real (code 9) is accepted"));

    int factor = 0;
    if (!fields.dueDate.isNull()) {
        const Result<int> encoded = encodeFactor(fields.dueDate, rules);
        if (!encoded)
            return encoded.error();
        factor = encoded.value();
    }

    const qint64 cents = fields.amount.cents();
    if (cents <= 0)
        return boletoError("amount", QStringLiteral("amount"),
                           QT_TRANSLATE_NOOP("Boleto", "%1: the amount must be more than zero"));
    if (cents > kMaxCents)
        return boletoError("amount", QStringLiteral("amount"),
                           QT_TRANSLATE_NOOP("Boleto", "%1: a boleto holds at most "
                                                       "R$ 99.999.999,99"));
    if (fields.freeField.size() != kFreeFieldLength || !allDigits(fields.freeField))
        return boletoError("free_field", QStringLiteral("free_field"),
                           QT_TRANSLATE_NOOP("Boleto", "%1: the free field has 25 digits"));

    // One buffer, filled in place: bank, currency, DV placeholder, factor, amount, free.
    std::array<char16_t, kBarcodeLength> buffer{};
    for (qsizetype i = 0; i < 3; ++i)
        buffer[static_cast<std::size_t>(i)] = fields.bankCode.at(i).unicode();
    buffer[3] = kRealCurrency;
    for (int i = 3, f = factor; i >= 0; --i, f /= 10)
        buffer[static_cast<std::size_t>(kFactorAt + i)] = static_cast<char16_t>(u'0' + f % 10);
    qint64 c = cents;
    for (qsizetype i = 9; i >= 0; --i, c /= 10)
        buffer[static_cast<std::size_t>(kAmountAt + i)] = static_cast<char16_t>(u'0' + c % 10);
    for (qsizetype i = 0; i < kFreeFieldLength; ++i)
        buffer[static_cast<std::size_t>(kFreeAt + i)] = fields.freeField.at(i).unicode();
    QStringView view(buffer.data(), kBarcodeLength);
    buffer[kDvAt] = static_cast<char16_t>(u'0' + barcodeCheckDigit(view));

    return Boleto(view.toString(), fields.dueDate);
}

Result<Boleto> Boleto::parse(const QString &text, const QDate &reference, const QString &field,
                             const DueDateFactorRules &rules)
{
    QString digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == u'.')
            continue;
        if (!isAsciiDigit(c))
            return boletoError("characters", field,
                               QT_TRANSLATE_NOOP("Boleto", "%1: use only digits, spaces and dots"));
        digits += c;
    }
    if (digits.isEmpty())
        return boletoError("empty", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: enter the barcode or the typeable "
                                                       "line"));
    if (digits.front() == kUtilityFirstDigit)
        return boletoError("utility", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: this is a utility or tax payment code "
                                                       "(it starts with 8), not a bank boleto"));

    QString barcode;
    if (digits.size() == kBarcodeLength) {
        barcode = digits;
    } else if (digits.size() == kLineLength) {
        const QStringView line(digits);
        if (fieldDv(line.first(9)) != digitValue(line.at(9)))
            return boletoError("field1_check_digit", field,
                               QT_TRANSLATE_NOOP("Boleto", "%1: the check digit of field 1 "
                                                           "(10th digit) does not match"));
        if (fieldDv(line.sliced(10, 10)) != digitValue(line.at(20)))
            return boletoError("field2_check_digit", field,
                               QT_TRANSLATE_NOOP("Boleto", "%1: the check digit of field 2 "
                                                           "(21st digit) does not match"));
        if (fieldDv(line.sliced(21, 10)) != digitValue(line.at(31)))
            return boletoError("field3_check_digit", field,
                               QT_TRANSLATE_NOOP("Boleto", "%1: the check digit of field 3 "
                                                           "(32nd digit) does not match"));
        barcode.reserve(kBarcodeLength);
        barcode.append(line.first(4))
            .append(line.at(32))
            .append(line.sliced(33, 14))
            .append(line.sliced(4, 5))
            .append(line.sliced(10, 10))
            .append(line.sliced(21, 10));
    } else {
        return boletoError("length", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: a boleto barcode has 44 digits and "
                                                       "its typeable line 47"));
    }

    if (barcodeCheckDigit(barcode) != digitValue(barcode.at(kDvAt)))
        return boletoError("general_check_digit", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: the general check digit does not "
                                                       "match"));
    if (barcode.at(3) != kRealCurrency)
        return boletoError("currency", field,
                           QT_TRANSLATE_NOOP("Boleto", "%1: only boletos in reais (currency 9) "
                                                       "are accepted"));

    const int factor = QStringView(barcode).sliced(kFactorAt, 4).toInt();
    const Result<QDate> due = decodeFactor(factor, reference, rules);
    if (!due)
        return Error{due.error().code, field, due.error().message};
    return Boleto(barcode, due.value());
}

QString Boleto::line() const
{
    if (m_barcode.size() != kBarcodeLength)
        return {};
    const QStringView bc(m_barcode);
    std::array<char16_t, kLineLength> out{};
    auto put = [&out](qsizetype at, QStringView part) {
        for (qsizetype i = 0; i < part.size(); ++i)
            out[static_cast<std::size_t>(at + i)] = part.at(i).unicode();
    };
    put(0, bc.first(4));                  // bank + currency
    put(4, bc.sliced(kFreeAt, 5));        // free[1..5]
    put(10, bc.sliced(kFreeAt + 5, 10));  // free[6..15]
    put(21, bc.sliced(kFreeAt + 15, 10)); // free[16..25]
    put(32, bc.sliced(kDvAt, 1));         // general DV
    put(33, bc.sliced(kFactorAt, 14));    // factor + amount
    const QStringView view(out.data(), kLineLength);
    out[9] = static_cast<char16_t>(u'0' + fieldDv(view.first(9)));
    out[20] = static_cast<char16_t>(u'0' + fieldDv(view.sliced(10, 10)));
    out[31] = static_cast<char16_t>(u'0' + fieldDv(view.sliced(21, 10)));
    return view.toString();
}

QString Boleto::formattedLine() const
{
    const QString l = line();
    if (l.isEmpty())
        return {};
    const QStringView v(l);
    QString out;
    out.reserve(kLineLength + 6);
    out.append(v.first(5)).append(u'.').append(v.sliced(5, 5)).append(u' ');
    out.append(v.sliced(10, 5)).append(u'.').append(v.sliced(15, 6)).append(u' ');
    out.append(v.sliced(21, 5)).append(u'.').append(v.sliced(26, 6)).append(u' ');
    out.append(v.sliced(32, 1)).append(u' ').append(v.sliced(33, 14));
    return out;
}

} // namespace quita
