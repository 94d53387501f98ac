#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace quita {

// One payment as a bank's or collector's statement reports it.
struct ImportedPayment
{
    int line = 0;      // 1-based line of the file
    QString ourNumber; // the installment's our number, 11 digits (shorter: zero-padded)
    QDate paidOn;
    Money amount;
};

// Reads a payments file: one payment per line, `our_number;paid_on;amount`, e.g.
// `00000004812;2026-12-05;451,76` (the date also as dd/MM/yyyy; the amount with ',' or
// '.' as decimal separator, no thousands separator). A header line starting with
// "our_number", blank lines and lines starting with '#' are skipped; ',' or tab may
// separate the fields instead of ';' when the amount does not use ','. All or nothing:
// the first bad line is an error whose field is "line N" and whose message says which
// field is wrong and why; an our number listed twice is an error too. A payment dated
// after `today` or with a zero or negative amount is refused.
Result<QList<ImportedPayment>> parsePaymentFile(const QString &text, const QDate &today);

} // namespace quita
