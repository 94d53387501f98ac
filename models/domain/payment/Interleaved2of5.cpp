#include "domain/payment/Interleaved2of5.h"

#include <QCoreApplication>

#include <array>

namespace quita {

namespace {

// For each digit, which of its 5 elements are wide (1) or narrow (0).
constexpr std::array<std::array<bool, 5>, 10> kPatterns{{
    {0, 0, 1, 1, 0}, // 0
    {1, 0, 0, 0, 1}, // 1
    {0, 1, 0, 0, 1}, // 2
    {1, 1, 0, 0, 0}, // 3
    {0, 0, 1, 0, 1}, // 4
    {1, 0, 1, 0, 0}, // 5
    {0, 1, 1, 0, 0}, // 6
    {0, 0, 0, 1, 1}, // 7
    {1, 0, 0, 1, 0}, // 8
    {0, 1, 0, 1, 0}, // 9
}};

Error itfError(const char *code, const char *field, const char *sourceText)
{
    const QString name = QString::fromLatin1(field);
    return Error{QString::fromLatin1(code), name,
                 QCoreApplication::translate("Interleaved2of5", sourceText).arg(name)};
}

} // namespace

Result<Interleaved2of5> Interleaved2of5::encode(QStringView digits, const Widths &widths)
{
    if (widths.narrow < 1)
        return itfError("range", "narrow",
                        QT_TRANSLATE_NOOP("Interleaved2of5", "%1: at least one module"));
    if (widths.wide < widths.narrow * widths.minRatioTimesNarrow ||
        widths.wide > widths.narrow * widths.maxRatioTimesNarrow) {
        Error e = itfError("range", "wide",
                           QT_TRANSLATE_NOOP("Interleaved2of5",
                                             "%1: a wide element is %2 to %3 times a narrow one"));
        e.message = e.message.arg(widths.minRatioTimesNarrow).arg(widths.maxRatioTimesNarrow);
        return e;
    }
    if (digits.isEmpty())
        return itfError("empty", "digits",
                        QT_TRANSLATE_NOOP("Interleaved2of5", "%1: nothing to encode"));
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return itfError("characters", "digits",
                            QT_TRANSLATE_NOOP("Interleaved2of5", "%1: use digits only"));
    }
    if (digits.size() % 2 != 0)
        return itfError("odd_length", "digits",
                        QT_TRANSLATE_NOOP("Interleaved2of5",
                                          "%1: Interleaved 2 of 5 needs an even number of digits"));

    const int n = widths.narrow;
    const int w = widths.wide;
    Interleaved2of5 code;
    QList<int> &out = code.m_elements;
    out.reserve(4 + digits.size() * 5 + 3);
    out << n << n << n << n; // start
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const auto &bars = kPatterns[static_cast<std::size_t>(digits.at(i).unicode() - u'0')];
        const auto &spaces = kPatterns[static_cast<std::size_t>(digits.at(i + 1).unicode() - u'0')];
        for (std::size_t k = 0; k < 5; ++k)
            out << (bars[k] ? w : n) << (spaces[k] ? w : n);
    }
    out << w << n << n; // stop
    for (int e : out)
        code.m_moduleCount += e;
    return code;
}

} // namespace quita
