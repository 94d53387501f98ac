#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace quita {

// The due-date factor of a FEBRABAN boleto: days since the base date, 1000..9999.
// It reached 9999 on 2025-02-21 and restarted at 1000 on 2025-02-22, and restarts
// again every 9000 days (DOMAIN.md "Boleto (FEBRABAN)"). Factor 0000 means "no due
// date". Everything here is data so a bank circular can change it without code.
struct DueDateFactorRules
{
    QDate base{1997, 10, 7}; // factor 0; the first day with a usable factor is base + 1
    int firstFactor = 1000;  // the value a new cycle restarts at
    int lastFactor = 9999;   // the last value of a cycle
    // Decoding window: a factor repeats every (lastFactor - firstFactor + 1) days, so
    // it is read as the one date in [reference - daysBeforeReference,
    // reference - daysBeforeReference + cycle). The default centres the 9000-day
    // window on the reference: about 12 years back (old unpaid titles) and 12 ahead.
    int daysBeforeReference = 4500;

    int cycleDays() const { return lastFactor - firstFactor + 1; }
};

// The 44-digit barcode and the 47-digit linha digitavel of a bank boleto
// (FEBRABAN layout; DOMAIN.md "Boleto (FEBRABAN)").
//
// Barcode: bank(3) currency(1) general DV(1) factor(4) amount in centavos(10) free
// field(25). Line: (1) bank+currency+free[1..5]+DV (2) free[6..15]+DV
// (3) free[16..25]+DV (4) general DV (5) factor+amount.
class Boleto
{
public:
    struct Fields
    {
        QString bankCode;                       // 3 digits, e.g. "237"
        QString currency = QStringLiteral("9"); // "9" is the real, the only one accepted
        QDate dueDate;                          // null: no due date (factor 0000)
        Money amount;                           // > 0, at most 10 digits of centavos
        QString freeField;                      // 25 digits, bank-specific ("campo livre")
    };

    Boleto() = default;

    // Builds and checks. Error fields: `bank_code`, `currency`, `due_date`, `amount`,
    // `free_field`.
    static Result<Boleto> build(const Fields &fields, const DueDateFactorRules &rules = {});

    // Reads a 44-digit barcode or a 47-digit line; spaces and dots are ignored.
    // Every check digit is verified; the error code says which one is wrong:
    // "field1_check_digit", "field2_check_digit", "field3_check_digit" (line only) or
    // "general_check_digit". Codes starting with 8 (utility/tax collection, 48-digit
    // lines) are rejected with code "utility". The due date is decoded around
    // `reference` (usually today). The error field is `field`. A parsed boleto may
    // have a zero amount (the payer types it); build() refuses that.
    static Result<Boleto> parse(const QString &text, const QDate &reference,
                                const QString &field = QStringLiteral("boleto"),
                                const DueDateFactorRules &rules = {});

    // Factor for a due date: error (field `due_date`) for dates on or before the base
    // (factor 0000 is reserved for "no due date").
    static Result<int> encodeFactor(const QDate &dueDate, const DueDateFactorRules &rules = {});
    // Date for a factor, chosen in the window around `reference` (see
    // DueDateFactorRules). Factor 0 gives a null QDate (no due date). Error (field
    // `due_date_factor`) for a factor out of 0..lastFactor or with no date in the window.
    static Result<QDate> decodeFactor(int factor, const QDate &reference,
                                      const DueDateFactorRules &rules = {});

    // Check digits, for digits-only input (no validation here).
    // General DV: mod 11, weights 2..9 from the right; 0, 1, 10 or 11 become 1.
    static int generalCheckDigit(QStringView fortyThreeDigits);
    // Line field DV: mod 10, weights 2,1 from the right, digits of each product summed.
    static int fieldCheckDigit(QStringView digits);

    bool isNull() const { return m_barcode.isEmpty(); }
    // 44 digits.
    const QString &barcode() const { return m_barcode; }
    // 47 digits, no punctuation.
    QString line() const;
    // For display: "23791.17209 60007.589645 52040.300502 5 42230000295295".
    QString formattedLine() const;

    QString bankCode() const { return m_barcode.left(3); }
    QString currency() const { return m_barcode.mid(3, 1); }
    int dueDateFactor() const { return m_barcode.mid(5, 4).toInt(); }
    const QDate &dueDate() const { return m_dueDate; }
    Money amount() const { return Money::fromCents(m_barcode.mid(9, 10).toLongLong()); }
    QString freeField() const { return m_barcode.mid(19, 25); }

    bool operator==(const Boleto &) const = default;

private:
    Boleto(QString barcode, QDate dueDate)
        : m_barcode(std::move(barcode)), m_dueDate(std::move(dueDate))
    {}

    QString m_barcode;
    QDate m_dueDate;
};

} // namespace quita
