#pragma once

#include "Result.h"

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>

namespace quita {

// An amount of Brazilian reais as integer centavos. Never a double in storage,
// sync or sums (DOMAIN.md "Money and charges").
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money operator-() const { return Money(-m_cents); }
    constexpr Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    constexpr Money operator*(qint64 factor) const { return Money(m_cents * factor); }
    constexpr auto operator<=>(const Money &) const = default;

    // Formats with the locale's separators and the R$ symbol:
    // pt_BR "R$ 1.234,56", en "R$1,234.56", es "1.234,56 R$". Negative amounts get a
    // leading minus sign.
    QString toString(const QLocale &locale = QLocale()) const;
    // Plain number without symbol, e.g. "1.234,56" (pt_BR) or "1,234.56" (en).
    QString toNumberString(const QLocale &locale = QLocale()) const;

    // Parses what a person types: "1.234,56", "1234,5", "R$ 10", "10.50" (en),
    // with the locale's decimal separator; at most two decimals; optional sign.
    // The error names `field`.
    static Result<Money> parse(const QString &text, const QLocale &locale = QLocale(),
                               const QString &field = QStringLiteral("amount"));

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace quita

Q_DECLARE_METATYPE(quita::Money)
