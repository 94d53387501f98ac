#include "print/AgreementTerm.h"

#include "print/AgreementTermLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace quita {

namespace {

Error termError(const char *code, const char *field, const char *source)
{
    return Error{QString::fromLatin1(code), QString::fromLatin1(field),
                 QCoreApplication::translate("AgreementTerm", source)};
}

QString footerText(const Creditor &creditor)
{
    const QString label =
        creditor.document.kind() == Document::Kind::Cnpj
            ? QCoreApplication::translate("AgreementTerm", "Creditor: %1, CNPJ %2")
            : QCoreApplication::translate("AgreementTerm", "Creditor: %1, CPF %2");
    return label.arg(creditor.name.trimmed(), creditor.document.formatted());
}

} // namespace

Status validateAgreementTerm(const AgreementTermData &data)
{
    if (data.agreement.installments.isEmpty())
        return termError("missing", "agreement.installments",
                         QT_TRANSLATE_NOOP("AgreementTerm", "The agreement has no installments."));
    for (const AgreementInstallment &installment : data.agreement.installments) {
        if (!installment.due.isValid() || installment.amount <= Money())
            return termError(
                "invalid", "agreement.installments",
                QT_TRANSLATE_NOOP("AgreementTerm",
                                  "Every installment needs a due date and a positive amount."));
    }
    if (data.creditor.name.trimmed().isEmpty())
        return termError("missing", "creditor.name",
                         QT_TRANSLATE_NOOP("AgreementTerm",
                                           "The creditor has no name: the agreement term must "
                                           "show it (CDC art. 42-A)."));
    if (data.creditor.document.isNull())
        return termError("missing", "creditor.document",
                         QT_TRANSLATE_NOOP("AgreementTerm",
                                           "The creditor has no CNPJ: the agreement term must "
                                           "show it (CDC art. 42-A)."));
    if (data.debtor.name.trimmed().isEmpty())
        return termError("missing", "debtor.name",
                         QT_TRANSLATE_NOOP("AgreementTerm", "The debtor has no name."));
    if (data.debtor.document.isNull())
        return termError("missing", "debtor.document",
                         QT_TRANSLATE_NOOP("AgreementTerm", "The debtor has no CPF or CNPJ."));
    if (!data.printedOn.isValid())
        return termError("missing", "printed_on",
                         QT_TRANSLATE_NOOP("AgreementTerm", "The term needs a date."));
    if (data.graceDays < 0)
        return termError("range", "grace_days",
                         QT_TRANSLATE_NOOP("AgreementTerm", "Grace days cannot be negative."));
    return Done{};
}

Result<AgreementTermPages> layoutAgreementTerm(const AgreementTermData &data, const QLocale &locale)
{
    if (const Status valid = validateAgreementTerm(data); !valid)
        return valid.error();
    return AgreementTermPages::layout(agreementTermBlocks(data, locale), footerText(data.creditor));
}

Status writeAgreementTermPdf(const AgreementTermData &data, QIODevice &out, const QLocale &locale)
{
    const auto pages = layoutAgreementTerm(data, locale);
    if (!pages)
        return pages.error();
    if (!out.isOpen() || !out.isWritable())
        return termError(
            "device", "out",
            QT_TRANSLATE_NOOP("AgreementTerm", "The agreement term has nowhere to be written."));

    // Into memory first: `out` gets a whole PDF or nothing.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(AgreementTermPages::dotsPerInch);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("Quita"));
        writer.setTitle(QCoreApplication::translate("AgreementTerm", "Agreement term") +
                        QStringLiteral(" \u2013 ") + data.debtor.name.trimmed());
        QPainter painter;
        if (!painter.begin(&writer))
            return termError("pdf", "out",
                             QT_TRANSLATE_NOOP("AgreementTerm", "The PDF could not be made."));
        for (int page = 0; page < pages->pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            pages->paintPage(painter, page);
        }
        painter.end();
    }
    if (out.write(pdf) != pdf.size())
        return termError(
            "write", "out",
            QT_TRANSLATE_NOOP("AgreementTerm", "The agreement term could not be written."));
    return Done{};
}

Status writeAgreementTermPdf(const AgreementTermData &data, const QString &path,
                             const QLocale &locale)
{
    if (const Status valid = validateAgreementTerm(data); !valid)
        return valid.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("file"), QStringLiteral("path"),
                     QCoreApplication::translate("AgreementTerm", "%1 cannot be written: %2")
                         .arg(path, file.errorString())};
    const Status written = writeAgreementTermPdf(data, file, locale);
    if (!written)
        return written; // QSaveFile drops its temporary file
    if (!file.commit())
        return Error{QStringLiteral("file"), QStringLiteral("path"),
                     QCoreApplication::translate("AgreementTerm", "%1 cannot be written: %2")
                         .arg(path, file.errorString())};
    return Done{};
}

} // namespace quita
