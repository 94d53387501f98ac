#include "PaymentImport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace quita {
namespace {

Error lineError(int line, const QString &what)
{
    return Error{QStringLiteral("bad_line"), QStringLiteral("line %1").arg(line),
                 QCoreApplication::translate("PaymentImport", "Line %1: %2").arg(line).arg(what)};
}

// Centavos from "451,76", "451.76", "451", "-3,00"; nothing else.
std::optional<qint64> parseAmount(QString text)
{
    static const QRegularExpression pattern(QStringLiteral("^-?\\d{1,13}([.,]\\d{1,2})?$"));
    text = text.trimmed();
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const qint64 cents = whole.toLongLong() * 100 + fraction.toLongLong();
    return negative ? -cents : cents;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    return d;
}

} // namespace

Result<QList<ImportedPayment>> parsePaymentFile(const QString &text, const QDate &today)
{
    QList<ImportedPayment> payments;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1String("our_number"), Qt::CaseInsensitive))
            continue;
        QStringList fields = line.split(QLatin1Char(';'));
        if (fields.size() == 1)
            fields = line.split(QLatin1Char('\t'));
        if (fields.size() == 1)
            fields = line.split(QLatin1Char(','));
        if (fields.size() != 3)
            return lineError(number, QCoreApplication::translate(
                                         "PaymentImport",
                                         "expected 3 fields (our number; date; amount), found %1")
                                         .arg(fields.size()));
        ImportedPayment p;
        p.line = number;
        QString ourNumber = fields.at(0).trimmed();
        static const QRegularExpression digits(QStringLiteral("^\\d{1,11}$"));
        if (!digits.match(ourNumber).hasMatch())
            return lineError(number,
                             QCoreApplication::translate(
                                 "PaymentImport", "the our number \"%1\" must have 1 to 11 digits")
                                 .arg(ourNumber));
        p.ourNumber = ourNumber.rightJustified(11, QLatin1Char('0'));
        p.paidOn = parseDate(fields.at(1));
        if (!p.paidOn.isValid())
            return lineError(number, QCoreApplication::translate(
                                         "PaymentImport",
                                         "the date \"%1\" is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                                         .arg(fields.at(1).trimmed()));
        if (today.isValid() && p.paidOn > today)
            return lineError(number, QCoreApplication::translate(
                                         "PaymentImport", "the payment date %1 is in the future")
                                         .arg(p.paidOn.toString(Qt::ISODate)));
        const auto cents = parseAmount(fields.at(2));
        if (!cents)
            return lineError(
                number, QCoreApplication::translate(
                            "PaymentImport", "the amount \"%1\" is not an amount (e.g. 451,76)")
                            .arg(fields.at(2).trimmed()));
        if (*cents <= 0)
            return lineError(number, QCoreApplication::translate(
                                         "PaymentImport", "the amount must be more than zero"));
        p.amount = Money::fromCents(*cents);
        if (seen.contains(p.ourNumber))
            return lineError(number, QCoreApplication::translate("PaymentImport",
                                                                 "our number %1 is listed twice")
                                         .arg(p.ourNumber));
        seen.insert(p.ourNumber);
        payments.append(p);
    }
    if (payments.isEmpty())
        return Error{
            QStringLiteral("empty"), QStringLiteral("file"),
            QCoreApplication::translate("PaymentImport", "The file has no payment lines.")};
    return payments;
}

} // namespace quita
