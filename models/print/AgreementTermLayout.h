#pragma once

#include "domain/payment/CollectionAccount.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace quita {

struct AgreementTermData;

// A table of the term: text already formatted for the locale.
struct TermTable
{
    QStringList header;              // empty: no header row
    QList<QStringList> rows;         // each as many cells as the header (or the first row)
    QList<bool> alignRight;          // per column: amounts and dates to the right
    QList<qsizetype> emphasisedRows; // totals: bold, with a rule above
};

// One installment's payment block. `codes` is present when the boleto and PIX codes are
// printed; otherwise `note` says why not.
struct TermPayment
{
    int number = 0;
    int count = 0;  // installments in the agreement
    QString amount; // formatted, "R$ 1.234,56"
    QString due;    // formatted, "05/04/2025" in pt_BR
    std::optional<PaymentCodes> codes;
    QString note;
};

// A piece of the agreement term in reading order, its text translated and formatted for
// the agent's locale. The pages are drawn from these, and tests read them (which
// installment gets a barcode, what each table says) without parsing a PDF.
struct TermBlock
{
    enum class Kind
    {
        Heading,    // lines: title, reference and date of issue
        Creditor,   // lines: label, name, "CNPJ: ..." (CDC art. 42-A)
        Debtor,     // lines: label, name, "CPF: ...", address (when known)
        Titles,     // table: title number, due date, open balance
        Balance,    // table: principal .. fees, updated balance, discount, total
        Plan,       // lines: the kind of plan, with the monthly rate for Price and SAC
        Schedule,   // table: number, due date, amount; a total row
        Clause,     // lines: paragraphs
        Signatures, // lines: place and date; table: one row {name, document} per party
        Payments,   // lines: heading and instruction of the payment pages
        Payment,    // payment: one installment
    };

    Kind kind = Kind::Heading;
    QString title; // section title; empty for none
    QStringList lines;
    TermTable table;
    TermPayment payment;
};

// The blocks of the term for data that passed validateAgreementTerm() (AgreementTerm.h):
// heading, creditor, debtor, titles, balance, plan, schedule, clause, signatures, then
// the payment pages with one Payment block per installment in number order. An
// installment gets its codes when it is open, has an our number and the creditor's
// account is valid (CollectionAccount::validate()); otherwise the note says the codes
// come when the agreement reaches the server (paid and cancelled installments say so).
QList<TermBlock> agreementTermBlocks(const AgreementTermData &data, const QLocale &locale);

// A date as printed on the term: the locale's short format with a four-digit year,
// "05/04/2025" in pt_BR.
QString termDate(const QDate &date, const QLocale &locale);

} // namespace quita
