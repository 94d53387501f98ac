#pragma once

#include "domain/Creditor.h"
#include "domain/Debtor.h"
#include "domain/Result.h"
#include "domain/Title.h"
#include "domain/negotiation/Agreement.h"
#include "print/AgreementTermPages.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QIODevice;

namespace quita {

// What the printed agreement term (termo de acordo) shows.
struct AgreementTermData
{
    Agreement agreement;
    Creditor creditor; // name and CNPJ on every page (CDC art. 42-A)
    Debtor debtor;
    QList<Title> titles; // the titles renegotiated
    QDate printedOn;     // the date of the signature line
    int graceDays = 5;   // days after a due date before a missed installment breaks it
    QString city;        // where it is signed; empty: the debtor's city
};

// Refuses what cannot make a term; the error's field names what is wrong:
// `agreement.installments` (none, or one without a due date or a positive amount),
// `creditor.name`, `creditor.document`, `debtor.name`, `debtor.document`, `printed_on`,
// `grace_days` (negative).
Status validateAgreementTerm(const AgreementTermData &data);

// The term laid out on A4 pages, for a preview or a printer (AgreementTermPages.h).
// Needs a QGuiApplication (fonts). Errors as validateAgreementTerm().
Result<AgreementTermPages> layoutAgreementTerm(const AgreementTermData &data,
                                               const QLocale &locale);

// Writes the term as a PDF (A4, 300 dpi) in the agent's language. On an error nothing is
// written: the data errors of validateAgreementTerm(), or field `out` when the device is
// not open for writing or the write fails. Needs a QGuiApplication.
Status writeAgreementTermPdf(const AgreementTermData &data, QIODevice &out, const QLocale &locale);
// The same into a file, replaced atomically (QSaveFile); field `path` when it cannot be
// written. On an error the file is left as it was.
Status writeAgreementTermPdf(const AgreementTermData &data, const QString &path,
                             const QLocale &locale);

} // namespace quita
