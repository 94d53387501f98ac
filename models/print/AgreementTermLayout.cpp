#include "print/AgreementTermLayout.h"

#include "print/AgreementTerm.h"

#include <QCoreApplication>

#include <algorithm>

namespace quita {

namespace {

QString documentLine(const Document &document)
{
    const QString label = document.kind() == Document::Kind::Cnpj
                              ? QCoreApplication::translate("AgreementTerm", "CNPJ: %1")
                              : QCoreApplication::translate("AgreementTerm", "CPF: %1");
    return label.arg(document.formatted());
}

QString postalCode(const QString &digits)
{
    return digits.size() == 8 ? digits.left(5) + QLatin1Char('-') + digits.mid(5) : digits;
}

QString addressLine(const Address &address)
{
    QStringList parts;
    if (!address.street.trimmed().isEmpty())
        parts << address.street.trimmed();
    if (!address.neighborhood.trimmed().isEmpty())
        parts << address.neighborhood.trimmed();
    QString place = address.city.trimmed();
    if (!address.state.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral("/")) + address.state;
    if (!place.isEmpty())
        parts << place;
    if (!address.postalCode.isEmpty())
        parts << QCoreApplication::translate("AgreementTerm", "CEP %1")
                     .arg(postalCode(address.postalCode));
    return parts.join(QStringLiteral(" \u2013 "));
}

QString planName(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Full:
        return QCoreApplication::translate("AgreementTerm", "Single payment");
    case ScenarioKind::Price:
        return QCoreApplication::translate("AgreementTerm",
                                           "Price table (equal installments with interest)");
    case ScenarioKind::Sac:
        return QCoreApplication::translate("AgreementTerm",
                                           "SAC (constant amortisation with interest)");
    case ScenarioKind::Flat:
        return QCoreApplication::translate("AgreementTerm", "Equal installments without interest");
    }
    return scenarioKindName(kind);
}

QList<AgreementInstallment> sortedInstallments(const Agreement &agreement)
{
    QList<AgreementInstallment> list = agreement.installments;
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.number < b.number; });
    return list;
}

TermBlock heading(const AgreementTermData &data, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Heading;
    block.lines << QCoreApplication::translate("AgreementTerm", "Agreement term")
                << QCoreApplication::translate("AgreementTerm", "Agreement %1, issued on %2")
                       .arg(data.agreement.id.toString(QUuid::WithoutBraces),
                            termDate(data.printedOn, locale));
    return block;
}

TermBlock party(TermBlock::Kind kind, const QString &label, const QString &name,
                const Document &document)
{
    TermBlock block;
    block.kind = kind;
    block.lines << label << name << documentLine(document);
    return block;
}

TermBlock titles(const AgreementTermData &data, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Titles;
    block.title = QCoreApplication::translate("AgreementTerm", "Titles renegotiated");
    block.table.header << QCoreApplication::translate("AgreementTerm", "Title")
                       << QCoreApplication::translate("AgreementTerm", "Due date")
                       << QCoreApplication::translate("AgreementTerm", "Open balance");
    block.table.alignRight = {false, true, true};
    for (const Title &title : data.titles)
        block.table.rows << QStringList{title.number, termDate(title.dueDate, locale),
                                        title.openBalance.toString(locale)};
    return block;
}

TermBlock balance(const Agreement &agreement, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Balance;
    block.title = QCoreApplication::translate("AgreementTerm", "Updated balance on %1")
                      .arg(termDate(agreement.asOf, locale));
    block.table.alignRight = {false, true};
    TermTable &t = block.table;
    const BalanceBreakdown &b = agreement.balance;
    const auto row = [&](const char *label, Money amount) {
        t.rows << QStringList{QCoreApplication::translate("AgreementTerm", label),
                              amount.toString(locale)};
    };
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Principal"), b.principal);
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Late fine"), b.fine);
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Late interest"), b.interest);
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Monetary correction"), b.correction);
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Collection fees"), b.fees);
    t.emphasisedRows << t.rows.size();
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Updated balance"), b.total());
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Discount"), -agreement.discount);
    const Money discounted = b.total() - agreement.discount;
    const Money financing = agreement.total - discounted;
    if (!financing.isZero()) {
        row(QT_TRANSLATE_NOOP("AgreementTerm", "Balance after discount"), discounted);
        row(QT_TRANSLATE_NOOP("AgreementTerm", "Financing interest"), financing);
    }
    t.emphasisedRows << t.rows.size();
    row(QT_TRANSLATE_NOOP("AgreementTerm", "Agreement total"), agreement.total);
    return block;
}

TermBlock plan(const Agreement &agreement, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Plan;
    block.title = QCoreApplication::translate("AgreementTerm", "Payment plan");
    block.lines << QCoreApplication::translate("AgreementTerm", "Kind of plan: %1")
                       .arg(planName(agreement.kind));
    block.lines << QCoreApplication::translate("AgreementTerm", "Number of installments: %1")
                       .arg(locale.toString(agreement.installments.size()));
    if (agreement.kind == ScenarioKind::Price || agreement.kind == ScenarioKind::Sac)
        block.lines << QCoreApplication::translate("AgreementTerm", "Monthly interest rate: %1%")
                           .arg(locale.toString(agreement.monthlyRate * 100.0, 'f', 2));
    return block;
}

TermBlock schedule(const QList<AgreementInstallment> &installments, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Schedule;
    block.title = QCoreApplication::translate("AgreementTerm", "Schedule");
    block.table.header << QCoreApplication::translate("AgreementTerm", "Installment")
                       << QCoreApplication::translate("AgreementTerm", "Due date")
                       << QCoreApplication::translate("AgreementTerm", "Amount");
    block.table.alignRight = {false, true, true};
    Money sum;
    for (const AgreementInstallment &i : installments) {
        block.table.rows << QStringList{locale.toString(i.number), termDate(i.due, locale),
                                        i.amount.toString(locale)};
        sum += i.amount;
    }
    block.table.emphasisedRows << block.table.rows.size();
    block.table.rows << QStringList{QCoreApplication::translate("AgreementTerm", "Total"),
                                    QString(), sum.toString(locale)};
    return block;
}

TermBlock clause(const AgreementTermData &data)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Clause;
    block.title = QCoreApplication::translate("AgreementTerm", "Conditions");
    block.lines << QCoreApplication::translate(
        "AgreementTerm",
        "Each installment is paid by its due date with the boleto or the PIX code of its "
        "payment block.");
    block.lines << QCoreApplication::translate(
        "AgreementTerm",
        "If an installment remains unpaid for more than %n day(s) after its due date, this "
        "agreement is broken.",
        nullptr, data.graceDays);
    return block;
}

TermBlock signatures(const AgreementTermData &data, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Signatures;
    const QString city =
        data.city.trimmed().isEmpty() ? data.debtor.address.city.trimmed() : data.city.trimmed();
    const QString date = termDate(data.printedOn, locale);
    block.lines << (city.isEmpty()
                        ? date
                        : QCoreApplication::translate("AgreementTerm", "%1, %2").arg(city, date));
    block.table.rows << QStringList{data.creditor.name, documentLine(data.creditor.document)}
                     << QStringList{data.debtor.name, documentLine(data.debtor.document)};
    return block;
}

TermBlock payment(const AgreementTermData &data, const AgreementInstallment &installment, int count,
                  bool accountValid, const QLocale &locale)
{
    TermBlock block;
    block.kind = TermBlock::Kind::Payment;
    TermPayment &p = block.payment;
    p.number = installment.number;
    p.count = count;
    p.amount = installment.amount.toString(locale);
    p.due = termDate(installment.due, locale);
    if (installment.status == QLatin1String("paid")) {
        p.note = QCoreApplication::translate("AgreementTerm", "Paid on %1.")
                     .arg(termDate(installment.paidOn, locale));
        return block;
    }
    if (installment.status == QLatin1String("cancelled")) {
        p.note = QCoreApplication::translate("AgreementTerm", "Cancelled.");
        return block;
    }
    if (!accountValid) {
        p.note = QCoreApplication::translate(
            "AgreementTerm", "The creditor's bank or PIX settings are incomplete: ask the "
                             "administrator; no payment code can be issued.");
        return block;
    }
    bool numeric = false;
    const qint64 ourNumber = installment.ourNumber.toLongLong(&numeric);
    if (numeric && ourNumber > 0) {
        auto codes = paymentCodes(data.creditor.account, data.creditor.name, ourNumber,
                                  installment.due, installment.amount);
        if (codes) {
            p.codes = std::move(codes).value();
            return block;
        }
    }
    p.note = QCoreApplication::translate(
        "AgreementTerm", "Payment codes are issued when this agreement reaches the server.");
    return block;
}

} // namespace

QString termDate(const QDate &date, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

QList<TermBlock> agreementTermBlocks(const AgreementTermData &data, const QLocale &locale)
{
    const QList<AgreementInstallment> installments = sortedInstallments(data.agreement);
    QList<TermBlock> blocks;
    blocks << heading(data, locale);
    blocks << party(TermBlock::Kind::Creditor,
                    QCoreApplication::translate("AgreementTerm", "Creditor"), data.creditor.name,
                    data.creditor.document);
    TermBlock debtor =
        party(TermBlock::Kind::Debtor, QCoreApplication::translate("AgreementTerm", "Debtor"),
              data.debtor.name, data.debtor.document);
    if (const QString address = addressLine(data.debtor.address); !address.isEmpty())
        debtor.lines << address;
    blocks << debtor;
    if (!data.titles.isEmpty())
        blocks << titles(data, locale);
    blocks << balance(data.agreement, locale) << plan(data.agreement, locale)
           << schedule(installments, locale) << clause(data) << signatures(data, locale);

    TermBlock payments;
    payments.kind = TermBlock::Kind::Payments;
    payments.title = QCoreApplication::translate("AgreementTerm", "Payment codes");
    payments.lines << QCoreApplication::translate(
        "AgreementTerm",
        "Pay each installment by its due date with its boleto (digitable line or barcode) or "
        "its PIX code (copy and paste or QR code).");
    blocks << payments;
    const bool accountValid = data.creditor.account.validate().ok();
    const int count = int(installments.size());
    for (const AgreementInstallment &installment : installments)
        blocks << payment(data, installment, count, accountValid, locale);
    return blocks;
}

} // namespace quita
