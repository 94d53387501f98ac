#pragma once

#include "domain/Result.h"
#include "domain/negotiation/CorrectionIndex.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <map>
#include <optional>

namespace quita {

// Monthly variations of the correction indexes, as data. A variation is kept as an
// integer in parts per million of the amount: 0.16 % a month is 1600, -0.52 % is
// -5200. Text is read digit by digit into that integer (never through a float), so
// "0.16" is exactly 1600; four decimals of percent is the finest step.
class IndexSeries
{
public:
    // Reads lines "index;YYYY-MM;variation_percent", e.g. "ipca;2025-01;0.16". A header
    // line whose first field is "index" is allowed, as are blank lines and lines starting
    // with '#'. The decimal separator may be '.' or ','; negative values are allowed
    // (above -100 %). All or nothing: the first bad line is an error whose field is
    // "line N" and whose message says what is wrong with it.
    static Result<IndexSeries> parseCsv(const QString &text);

    // Adds or replaces one month. None is ignored (it has no data).
    void setVariationPpm(CorrectionIndex index, int year, int month, qint32 ppm);
    std::optional<qint32> variationPpm(CorrectionIndex index, int year, int month) const;

    // The months held for one index, in order: (year, month, ppm).
    struct Month
    {
        int year = 0;
        int month = 0;
        qint32 ppm = 0;
    };
    QList<Month> months(CorrectionIndex index) const;
    // An index is published weeks after its month: the `count` months after the last one
    // held are projected at that last variation (a later import of the official series
    // replaces them). Nothing happens for an index with no data.
    void projectForward(CorrectionIndex index, int count);

    // Number of months held for one index, and in all.
    int monthCount(CorrectionIndex index) const;
    int monthCount() const;

    // The correction factor from `from` to `to`: the product of (1 + v) over the months
    // between the dates. Convention (pro rata die, exponential, calendar days): the
    // period is [from, to), i.e. from.daysTo(to) days; a month contributes
    // (1 + v)^(d / D), where d is the number of its days inside the period and D its
    // length (28..31), so a whole month contributes exactly (1 + v) and a month with no
    // day inside the period needs no data. Example: 2024-01-15 to 2024-03-01 takes
    // 17/31 of January and all of February, and needs no March figure.
    // None gives 1. A month of the period missing from the data is an error naming the
    // index and the month (code "missing_index_month", field "correction_index"), never
    // a silent zero; `to` before `from` or an invalid date is an error too.
    Result<double> factor(CorrectionIndex index, const QDate &from, const QDate &to) const;

private:
    static int monthKey(int year, int month) { return year * 12 + (month - 1); }
    const std::map<int, qint32> *table(CorrectionIndex index) const;
    std::map<int, qint32> *table(CorrectionIndex index);

    std::array<std::map<int, qint32>, 3> m_tables; // ipca, igpm, inpc
};

} // namespace quita
