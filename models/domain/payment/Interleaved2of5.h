#pragma once

#include "domain/Result.h"

#include <QList>
#include <QStringView>

namespace quita {

// Widths in modules. ISO/IEC 16390 allows a wide:narrow ratio from 2:1 to 3:1;
// FEBRABAN boletos are usually printed at 3:1.
struct Interleaved2of5Widths
{
    int narrow = 1;
    int wide = 3;
    int minRatioTimesNarrow = 2; // wide >= 2 * narrow
    int maxRatioTimesNarrow = 3; // wide <= 3 * narrow
};

// Interleaved 2 of 5 (ITF), the symbology of the boleto barcode: bar and space widths
// for the UI to draw. Each digit is 5 elements, 2 of them wide:
//   0 NNWWN  1 WNNNW  2 NWNNW  3 WWNNN  4 NNWNW  5 WNWNN  6 NWWNN  7 NNNWW  8 WNNWN  9 NWNWN
// A pair of digits is interleaved: the first digit in the bars, the second in the
// spaces. Start: narrow bar, narrow space, narrow bar, narrow space. Stop: wide bar,
// narrow space, narrow bar. Source: ISO/IEC 16390; FEBRABAN uses it for the 44 digits.
class Interleaved2of5
{
public:
    using Widths = Interleaved2of5Widths;

    Interleaved2of5() = default;

    // Even number of ASCII digits. Error fields: `digits` (codes "empty", "characters",
    // "odd_length"), `narrow`, `wide`.
    static Result<Interleaved2of5> encode(QStringView digits, const Widths &widths = {});

    // Element widths, alternating bar, space, bar, ...: starts and ends with a bar.
    const QList<int> &elements() const { return m_elements; }
    static bool isBar(qsizetype elementIndex) { return elementIndex % 2 == 0; }
    // The sum of all element widths (without quiet zones).
    int moduleCount() const { return m_moduleCount; }

private:
    QList<int> m_elements;
    int m_moduleCount = 0;
};

} // namespace quita
