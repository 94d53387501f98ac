#pragma once

#include "domain/Result.h"

#include <QBitArray>
#include <QString>

namespace quita {

// The modules of a QR code, for the UI to draw (the PIX BR Code). Encoded by
// libqrencode in byte mode over the UTF-8 text; version chosen as the smallest that
// fits. Size = 17 + 4 * version modules a side, without the quiet zone (4 modules
// each side are the drawer's job).
class QrMatrix
{
public:
    enum class ErrorCorrection
    {
        Low,      // L, ~7%
        Medium,   // M, ~15%: the default, what PIX apps print
        Quartile, // Q, ~25%
        High,     // H, ~30%
    };

    QrMatrix() = default;

    // Error field `text`: codes "empty", "too_long" (more than a version-40 symbol
    // holds at that level, 2331 bytes at M) and "encoder" (anything else libqrencode
    // reports).
    static Result<QrMatrix> encode(const QString &text,
                                   ErrorCorrection level = ErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }
    int version() const { return m_version; }
    // x to the right, y down, from the top-left corner. False outside the symbol.
    bool dark(int x, int y) const
    {
        if (x < 0 || y < 0 || x >= m_size || y >= m_size)
            return false;
        return m_modules.testBit(static_cast<qsizetype>(y) * m_size + x);
    }

private:
    int m_size = 0;
    int m_version = 0;
    QBitArray m_modules;
};

} // namespace quita
