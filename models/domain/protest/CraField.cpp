#include "CraField.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

namespace quita {

namespace {

bool isPlainAscii(char16_t u)
{
    return u >= 0x20 && u <= 0x7E;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

struct Replacement
{
    char16_t from;
    const char *to;
};

// Letters and punctuation NFKD leaves alone but that have an obvious plain form.
// Looked up after upper-casing.
constexpr std::array kReplacements = {
    Replacement{u'\u00C6', "AE"}, Replacement{u'\u00D8', "O"}, Replacement{u'\u0152', "OE"},
    Replacement{u'\u0110', "D"},  Replacement{u'\u0141', "L"}, Replacement{u'\u00DE', "TH"},
    Replacement{u'\u2018', "'"},  Replacement{u'\u2019', "'"}, Replacement{u'\u201C', "\""},
    Replacement{u'\u201D', "\""}, Replacement{u'\u2013', "-"}, Replacement{u'\u2014', "-"},
    Replacement{u'\u00B4', "'"},  Replacement{u'\u00AA', "A"}, Replacement{u'\u00BA', "O"},
};

// The text rule for Latin-1, the common case of Brazilian names: the plain upper-case
// letter of each accented one ("ç" -> 'C'), a blank for the no-break space; 0 where the
// character needs the full rule (convertText).
constexpr std::array<char, 96> kLatin1Plain = [] {
    std::array<char, 96> table{};
    const auto set = [&table](char16_t from, char16_t to, char plain) {
        for (char16_t c = from; c <= to; ++c)
            table[c - 0xA0] = plain;
    };
    set(0xA0, 0xA0, ' ');
    set(0xC0, 0xC5, 'A'); // À-Å
    set(0xC7, 0xC7, 'C');
    set(0xC8, 0xCB, 'E');
    set(0xCC, 0xCF, 'I');
    set(0xD1, 0xD1, 'N');
    set(0xD2, 0xD6, 'O');
    set(0xD9, 0xDC, 'U');
    set(0xDD, 0xDD, 'Y');
    set(0xE0, 0xE5, 'A'); // à-å
    set(0xE7, 0xE7, 'C');
    set(0xE8, 0xEB, 'E');
    set(0xEC, 0xEF, 'I');
    set(0xF1, 0xF1, 'N');
    set(0xF2, 0xF6, 'O');
    set(0xF9, 0xFC, 'U');
    set(0xFD, 0xFD, 'Y');
    set(0xFF, 0xFF, 'Y');
    return table;
}();

// The layout character for `c`, or 0 when it needs the full rule.
char plainChar(char16_t c)
{
    if (isPlainAscii(c))
        return (c >= u'a' && c <= u'z') ? static_cast<char>(c - (u'a' - u'A'))
                                        : static_cast<char>(c);
    if (c >= 0xA0 && c <= 0xFF)
        return kLatin1Plain[c - 0xA0];
    return 0;
}

// The slow path of the text rule; `bad` receives the first character with no ASCII form.
std::optional<QString> convertText(QStringView text, QChar *bad)
{
    const QString decomposed = text.toString().toUpper().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isSpace()) {
            out += u' ';
            continue;
        }
        if (isPlainAscii(c.unicode())) {
            out += c;
            continue;
        }
        const auto it = std::find_if(kReplacements.begin(), kReplacements.end(),
                                     [c](const Replacement &r) { return r.from == c.unicode(); });
        if (it == kReplacements.end()) {
            if (bad)
                *bad = c;
            return std::nullopt;
        }
        out += QLatin1String(it->to);
    }
    // Upper-case again: a decomposed lower-case letter (e.g. from "ﬁ") stays lower.
    return out.toUpper().trimmed();
}

QString centsText(qint64 cents)
{
    const qint64 abs = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString CraField::columns() const
{
    if (width == 1)
        return QCoreApplication::translate("CraField", "column %1").arg(start);
    return QCoreApplication::translate("CraField", "columns %1-%2").arg(start).arg(last());
}

QString CraField::displayLabel() const
{
    return QCoreApplication::translate("CraField", label);
}

std::optional<QString> craText(QStringView text)
{
    return convertText(text, nullptr);
}

// --- writing ---

CraRecordWriter::CraRecordWriter(char *record, int length, const char *what, int number)
    : m_record(record), m_what(what), m_number(number)
{
    std::memset(m_record, ' ', static_cast<std::size_t>(length));
}

Error CraRecordWriter::error(const char *code, const CraField &field, const QString &detail) const
{
    QString what = QCoreApplication::translate("CraField", m_what);
    if (what.contains(QLatin1String("%1")))
        what = what.arg(m_number);
    return Error{QString::fromLatin1(code), QString::fromLatin1(field.name),
                 QCoreApplication::translate("CraField", "%1, %2 (%3): %4")
                     .arg(what, field.displayLabel(), field.columns(), detail)};
}

void CraRecordWriter::constant(const CraField &field, const char *latin1)
{
    const std::size_t n = std::min(std::strlen(latin1), static_cast<std::size_t>(field.width));
    std::memcpy(at(field), latin1, n);
}

void CraRecordWriter::zeros(const CraField &field)
{
    std::memset(at(field), '0', static_cast<std::size_t>(field.width));
}

Status CraRecordWriter::text(const CraField &field, QStringView value)
{
    value = value.trimmed();
    // Fast path, one character for one: ASCII and accented Latin-1 letters.
    char *out = at(field);
    bool plain = true;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = plainChar(value[i].unicode());
        if (c == 0) {
            plain = false;
            break;
        }
        if (i < field.width)
            out[i] = c;
    }
    if (plain) {
        if (value.size() > field.width && !field.mayCut) {
            std::memset(out, ' ', static_cast<std::size_t>(field.width));
            return error(
                "too_long", field,
                QCoreApplication::translate("CraField", "\"%1\" is longer than %2 characters")
                    .arg(value.toString())
                    .arg(field.width));
        }
        return Done{};
    }
    // The full rule (NFKD) for anything else.
    std::memset(out, ' ', static_cast<std::size_t>(field.width));
    QChar bad;
    const std::optional<QString> converted = convertText(value, &bad);
    if (!converted)
        return error("characters", field,
                     QCoreApplication::translate(
                         "CraField", "\"%1\" has a character with no plain-letter form: %2")
                         .arg(value.toString(), QString(bad)));
    value = *converted;
    if (value.size() > field.width && !field.mayCut)
        return error("too_long", field,
                     QCoreApplication::translate("CraField", "\"%1\" is longer than %2 characters")
                         .arg(value.toString())
                         .arg(field.width));
    const qsizetype n = std::min<qsizetype>(value.size(), field.width);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = static_cast<char>(value[i].unicode()); // already upper-case ASCII
    return Done{};
}

Status CraRecordWriter::number(const CraField &field, qint64 value)
{
    if (value < 0)
        return error("negative", field,
                     QCoreApplication::translate("CraField", "%1 is negative").arg(value));
    std::array<char, 20> digits{};
    int n = 0;
    qint64 rest = value;
    do {
        digits[static_cast<std::size_t>(n++)] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    } while (rest > 0);
    if (n > field.width)
        return error("too_large", field,
                     QCoreApplication::translate("CraField", "%1 does not fit in %2 digits")
                         .arg(value)
                         .arg(field.width));
    char *out = at(field);
    const int pad = field.width - n;
    std::memset(out, '0', static_cast<std::size_t>(pad));
    for (int i = 0; i < n; ++i)
        out[pad + i] = digits[static_cast<std::size_t>(n - 1 - i)];
    return Done{};
}

Status CraRecordWriter::digits(const CraField &field, QStringView value)
{
    value = value.trimmed();
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return error(
                "not_number", field,
                QCoreApplication::translate("CraField", "\"%1\" is not a number (digits only)")
                    .arg(value.toString()));
    }
    if (value.size() > field.width)
        return error("too_large", field,
                     QCoreApplication::translate("CraField", "%1 does not fit in %2 digits")
                         .arg(value.toString())
                         .arg(field.width));
    char *out = at(field);
    const qsizetype pad = field.width - value.size();
    std::memset(out, '0', static_cast<std::size_t>(pad));
    for (qsizetype i = 0; i < value.size(); ++i)
        out[pad + i] = static_cast<char>(value[i].unicode());
    return Done{};
}

Status CraRecordWriter::money(const CraField &field, Money amount)
{
    if (amount.isNegative())
        return error("negative", field,
                     QCoreApplication::translate("CraField", "%1 is negative")
                         .arg(centsText(amount.cents())));
    Status written = number(field, amount.cents());
    if (!written.ok())
        return error("too_large", field,
                     QCoreApplication::translate(
                         "CraField", "%1 does not fit in %2 digits with 2 implied decimals")
                         .arg(centsText(amount.cents()))
                         .arg(field.width));
    return written;
}

Status CraRecordWriter::date(const CraField &field, const QDate &date)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return error("required", field,
                     QCoreApplication::translate("CraField", "a valid date is required"));
    char *out = at(field);
    const int parts[3] = {date.day(), date.month(), date.year()};
    const int widths[3] = {2, 2, 4};
    int pos = 0;
    for (int p = 0; p < 3; ++p) {
        int v = parts[p];
        for (int i = widths[p] - 1; i >= 0; --i) {
            out[pos + i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        pos += widths[p];
    }
    return Done{};
}

Status CraRecordWriter::optionalDate(const CraField &field, const QDate &value)
{
    if (value.isNull()) {
        zeros(field);
        return Done{};
    }
    return date(field, value);
}

// --- reading ---

Error CraRecordReader::errorAt(int line, const char *code, const CraField &field,
                               const QString &detail)
{
    return Error{QString::fromLatin1(code), QStringLiteral("line %1").arg(line),
                 QCoreApplication::translate("CraField", "Line %1, %2 (%3): %4")
                     .arg(QString::number(line), field.columns(), field.displayLabel(), detail)};
}

QString CraRecordReader::text(const CraField &field) const
{
    const char *begin = m_record + field.start - 1;
    const char *end = begin + field.width;
    while (begin < end && *begin == ' ')
        ++begin;
    while (end > begin && end[-1] == ' ')
        --end;
    if (begin == end)
        return {};
    return QString::fromLatin1(begin, end - begin);
}

bool CraRecordReader::isBlank(const CraField &field) const
{
    return isAll(field, ' ');
}

bool CraRecordReader::isAll(const CraField &field, char c) const
{
    const char *p = m_record + field.start - 1;
    for (int i = 0; i < field.width; ++i) {
        if (p[i] != c)
            return false;
    }
    return true;
}

Result<qint64> CraRecordReader::number(const CraField &field) const
{
    const char *p = m_record + field.start - 1;
    qint64 value = 0;
    for (int i = 0; i < field.width; ++i) {
        if (!isDigit(p[i]))
            return error("not_number", field,
                         QCoreApplication::translate("CraField", "expected digits, found \"%1\"")
                             .arg(QString::fromLatin1(p, field.width)));
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

Result<QString> CraRecordReader::digits(const CraField &field) const
{
    Result<qint64> checked = number(field);
    if (!checked.ok())
        return checked.error();
    return QString::fromLatin1(m_record + field.start - 1, field.width);
}

Result<Money> CraRecordReader::money(const CraField &field) const
{
    Result<qint64> cents = number(field);
    if (!cents.ok())
        return cents.error();
    return Money::fromCents(cents.value());
}

Result<QDate> CraRecordReader::date(const CraField &field) const
{
    const char *p = m_record + field.start - 1;
    bool digitsOnly = field.width == 8;
    for (int i = 0; digitsOnly && i < field.width; ++i)
        digitsOnly = isDigit(p[i]);
    const auto two = [p](int i) { return (p[i] - '0') * 10 + (p[i + 1] - '0'); };
    const QDate date = digitsOnly ? QDate(two(4) * 100 + two(6), two(2), two(0)) : QDate();
    if (!date.isValid())
        return error(
            "date", field,
            QCoreApplication::translate("CraField", "\"%1\" is not a valid date (DDMMAAAA)")
                .arg(QString::fromLatin1(p, field.width)));
    return date;
}

Result<QDate> CraRecordReader::optionalDate(const CraField &field) const
{
    if (isAll(field, '0') || isBlank(field))
        return QDate();
    return date(field);
}

} // namespace quita
