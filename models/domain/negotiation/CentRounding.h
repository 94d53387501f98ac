#pragma once

#include "domain/Money.h"

#include <QtGlobal>

#include <cmath>

namespace quita {

// The one way a computed amount becomes centavos: rounded half away from zero
// (61.725 -> 61.73, -61.725 -> -61.73, 61.7249 -> 61.72).
//
// A product like 12345 x 1 % x 15/30 is exactly 61.725 centavos in decimal, but
// binary floating point may hold it as 61.72499999999999; rounding that directly would
// give 61.72. So the value is first snapped to a millionth of a centavo (far below any
// meaningful precision) and the half is decided on that integer. Valid for amounts up
// to about R$ 90 billion.
inline qint64 roundCentsHalfAwayFromZero(double cents)
{
    Q_ASSERT(std::isfinite(cents));
    const qint64 micro = static_cast<qint64>(std::round(cents * 1e6));
    qint64 whole = micro / 1000000;
    const qint64 rest = micro % 1000000;
    if (rest >= 500000)
        ++whole;
    else if (rest <= -500000)
        --whole;
    return whole;
}

inline Money roundToMoney(double cents)
{
    return Money::fromCents(roundCentsHalfAwayFromZero(cents));
}

} // namespace quita
