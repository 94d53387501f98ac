#include "IndexSeries.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace quita {

namespace {

constexpr qint32 kPpmPerPercent = 10000;
constexpr int kMaxPercentDecimals = 4;
// A month above +1000 % is a typing error, not an index; -100 % would zero the debt.
constexpr qint64 kMaxVariationPpm = 1000LL * kPpmPerPercent;
constexpr qint64 kMinVariationPpm = -100LL * kPpmPerPercent;

QString lineField(int line)
{
    return QStringLiteral("line %1").arg(line);
}

Error lineError(const char *code, int line, const QString &message)
{
    return Error{QString::fromLatin1(code), lineField(line), message};
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "0.16", "-0,52", "1", "+2.5" -> parts per million of the amount (percent x 10^4).
// Exact: digits are accumulated as integers.
std::optional<qint64> parsePercentPpm(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text.at(0) == u'-' || text.at(0) == u'+') {
        negative = text.at(0) == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && isDigit(text.at(i)); ++i) {
        whole = whole * 10 + (text.at(i).unicode() - u'0');
        if (++wholeDigits > 6)
            return std::nullopt;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && (text.at(i) == u'.' || text.at(i) == u',')) {
        ++i;
        for (; i < text.size() && isDigit(text.at(i)); ++i) {
            if (++fractionDigits > kMaxPercentDecimals)
                return std::nullopt;
            fraction = fraction * 10 + (text.at(i).unicode() - u'0');
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || wholeDigits == 0)
        return std::nullopt;
    for (int d = fractionDigits; d < kMaxPercentDecimals; ++d)
        fraction *= 10;
    const qint64 ppm = whole * kPpmPerPercent + fraction;
    return negative ? -ppm : ppm;
}

// "2025-01" -> year, month.
bool parseYearMonth(QStringView text, int *year, int *month)
{
    if (text.size() != 7 || text.at(4) != u'-')
        return false;
    for (qsizetype i = 0; i < 7; ++i) {
        if (i != 4 && !isDigit(text.at(i)))
            return false;
    }
    *year = text.left(4).toInt();
    *month = text.mid(5, 2).toInt();
    return *year >= 1900 && *month >= 1 && *month <= 12;
}

QString monthText(int year, int month)
{
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<IndexSeries> IndexSeries::parseCsv(const QString &text)
{
    IndexSeries series;
    // Where each (index, month) was first seen, to name both lines of a duplicate.
    std::array<std::map<int, int>, 3> seenOnLine;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool sawData = false;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNumber = int(n) + 1;
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char(';'));
        if (!sawData &&
            fields.first().trimmed().compare(QLatin1String("index"), Qt::CaseInsensitive) == 0) {
            sawData = true; // the header, once, before any data
            continue;
        }
        sawData = true;
        if (fields.size() != 3) {
            return lineError("field_count", lineNumber,
                             QCoreApplication::translate(
                                 "IndexSeries",
                                 "Line %1: expected 3 fields \"index;YYYY-MM;variation_percent\", "
                                 "found %2.")
                                 .arg(lineNumber)
                                 .arg(fields.size()));
        }
        const QString indexText = fields.at(0).trimmed();
        const Result<CorrectionIndex> index = correctionIndexFromName(indexText);
        if (!index || *index == CorrectionIndex::None) {
            return lineError("unknown_index", lineNumber,
                             QCoreApplication::translate("IndexSeries",
                                                         "Line %1: unknown index \"%2\" (expected "
                                                         "ipca, igpm or inpc).")
                                 .arg(lineNumber)
                                 .arg(indexText));
        }
        int year = 0;
        int month = 0;
        const QString monthField = fields.at(1).trimmed();
        if (!parseYearMonth(monthField, &year, &month)) {
            return lineError("month", lineNumber,
                             QCoreApplication::translate(
                                 "IndexSeries", "Line %1: \"%2\" is not a month as YYYY-MM.")
                                 .arg(lineNumber)
                                 .arg(monthField));
        }
        const QString valueField = fields.at(2).trimmed();
        const std::optional<qint64> ppm = parsePercentPpm(valueField);
        if (!ppm) {
            return lineError("variation", lineNumber,
                             QCoreApplication::translate(
                                 "IndexSeries", "Line %1: \"%2\" is not a percentage with at "
                                                "most 4 decimals, like 0.16 or -0.52.")
                                 .arg(lineNumber)
                                 .arg(valueField));
        }
        if (*ppm <= kMinVariationPpm || *ppm > kMaxVariationPpm) {
            return lineError(
                "variation_range", lineNumber,
                QCoreApplication::translate("IndexSeries",
                                            "Line %1: a monthly variation of %2% is out of range "
                                            "(above -100% and at most 1000%).")
                    .arg(lineNumber)
                    .arg(valueField));
        }
        auto &seen = seenOnLine[std::size_t(int(*index) - 1)];
        const auto [it, inserted] = seen.emplace(monthKey(year, month), lineNumber);
        if (!inserted) {
            return lineError("duplicate", lineNumber,
                             QCoreApplication::translate(
                                 "IndexSeries", "Line %1: %2 %3 was already given on line %4.")
                                 .arg(lineNumber)
                                 .arg(indexText, monthField)
                                 .arg(it->second));
        }
        series.setVariationPpm(*index, year, month, qint32(*ppm));
    }
    return series;
}

const std::map<int, qint32> *IndexSeries::table(CorrectionIndex index) const
{
    if (index == CorrectionIndex::None)
        return nullptr;
    return &m_tables[std::size_t(int(index) - 1)];
}

std::map<int, qint32> *IndexSeries::table(CorrectionIndex index)
{
    if (index == CorrectionIndex::None)
        return nullptr;
    return &m_tables[std::size_t(int(index) - 1)];
}

QList<IndexSeries::Month> IndexSeries::months(CorrectionIndex index) const
{
    QList<Month> list;
    if (const auto *t = table(index)) {
        for (const auto &[key, ppm] : *t)
            list.append(Month{key / 12, key % 12 + 1, ppm});
    }
    return list;
}

void IndexSeries::projectForward(CorrectionIndex index, int count)
{
    auto *t = table(index);
    if (!t || t->empty())
        return;
    const auto last = std::prev(t->end());
    const int lastKey = last->first;
    const qint32 ppm = last->second;
    for (int i = 1; i <= count; ++i)
        (*t)[lastKey + i] = ppm;
}

void IndexSeries::setVariationPpm(CorrectionIndex index, int year, int month, qint32 ppm)
{
    if (auto *t = table(index))
        (*t)[monthKey(year, month)] = ppm;
}

std::optional<qint32> IndexSeries::variationPpm(CorrectionIndex index, int year, int month) const
{
    const auto *t = table(index);
    if (!t)
        return std::nullopt;
    const auto it = t->find(monthKey(year, month));
    if (it == t->end())
        return std::nullopt;
    return it->second;
}

int IndexSeries::monthCount(CorrectionIndex index) const
{
    const auto *t = table(index);
    return t ? int(t->size()) : 0;
}

int IndexSeries::monthCount() const
{
    int n = 0;
    for (const auto &t : m_tables)
        n += int(t.size());
    return n;
}

Result<double> IndexSeries::factor(CorrectionIndex index, const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid()) {
        return Error{QStringLiteral("invalid_date"), QStringLiteral("correction_index"),
                     QCoreApplication::translate(
                         "IndexSeries", "Correction needs two valid dates to run between.")};
    }
    if (to < from) {
        return Error{QStringLiteral("invalid_range"), QStringLiteral("correction_index"),
                     QCoreApplication::translate("IndexSeries",
                                                 "Correction cannot run backwards: %1 is "
                                                 "before %2.")
                         .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    }
    const auto *t = table(index);
    if (!t || from == to)
        return 1.0;

    double product = 1.0;
    int year = from.year();
    int month = from.month();
    QDate monthStart(year, month, 1);
    while (monthStart < to) {
        const QDate nextMonth = monthStart.addMonths(1);
        const auto it = t->find(monthKey(year, month));
        if (it == t->end()) {
            return Error{QStringLiteral("missing_index_month"), QStringLiteral("correction_index"),
                         QCoreApplication::translate(
                             "IndexSeries", "No %1 variation for %2 in the index data: import "
                                            "that month before updating balances to %3.")
                             .arg(correctionIndexDisplayName(index), monthText(year, month),
                                  to.toString(Qt::ISODate))};
        }
        const double growth = 1.0 + double(it->second) / 1e6;
        const QDate start = from > monthStart ? from : monthStart;
        const QDate end = to < nextMonth ? to : nextMonth;
        const qint64 days = start.daysTo(end);
        const int monthDays = monthStart.daysInMonth();
        product *= days == monthDays ? growth : std::pow(growth, double(days) / monthDays);
        monthStart = nextMonth;
        year = monthStart.year();
        month = monthStart.month();
    }
    return product;
}

} // namespace quita
