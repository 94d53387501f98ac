#include "ProtestLabels.h"

#include "domain/protest/CraCodes.h"

#include <QCoreApplication>
#include <QStringList>

namespace quita::protest {

QString statusLabel(const QString &status)
{
    static const struct
    {
        const char *name;
        const char *label;
    } labels[] = {
        {"sent", QT_TRANSLATE_NOOP("ProtestLabels", "Sent")},
        {"protocolled", QT_TRANSLATE_NOOP("ProtestLabels", "Protocolled")},
        {"protested", QT_TRANSLATE_NOOP("ProtestLabels", "Protested")},
        {"paid", QT_TRANSLATE_NOOP("ProtestLabels", "Paid at the notary")},
        {"withdrawn", QT_TRANSLATE_NOOP("ProtestLabels", "Withdrawn")},
        {"cancelled", QT_TRANSLATE_NOOP("ProtestLabels", "Cancelled")},
        {"returned", QT_TRANSLATE_NOOP("ProtestLabels", "Returned (irregular)")},
        {"suspended", QT_TRANSLATE_NOOP("ProtestLabels", "Suspended")},
    };
    for (const auto &l : labels)
        if (status == QLatin1String(l.name))
            return QCoreApplication::translate("ProtestLabels", l.label);
    return status;
}

QStringList statuses()
{
    return {QStringLiteral("sent"),     QStringLiteral("protocolled"), QStringLiteral("protested"),
            QStringLiteral("paid"),     QStringLiteral("withdrawn"),   QStringLiteral("cancelled"),
            QStringLiteral("returned"), QStringLiteral("suspended")};
}

QString reasonLabel(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *label;
    } labels[] = {
        {"too_recent",
         QT_TRANSLATE_NOOP("ProtestLabels", "Not overdue long enough for this portfolio's rule")},
        {"agreement", QT_TRANSLATE_NOOP("ProtestLabels", "Under an active agreement")},
        {"promise", QT_TRANSLATE_NOOP("ProtestLabels", "The debtor has an open promise to pay")},
        {"invalid_document",
         QT_TRANSLATE_NOOP("ProtestLabels", "The debtor's CPF/CNPJ is invalid")},
        {"disputed", QT_TRANSLATE_NOOP("ProtestLabels", "The title is disputed")},
        {"below_minimum",
         QT_TRANSLATE_NOOP("ProtestLabels", "The balance is below the portfolio's minimum")},
        {"incomplete_address",
         QT_TRANSLATE_NOOP("ProtestLabels", "The debtor's address is incomplete (street, "
                                            "city, state and CEP are required)")},
        {"in_protest", QT_TRANSLATE_NOOP("ProtestLabels", "Already in protest")},
    };
    for (const auto &l : labels)
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("ProtestLabels", l.label);
    return code;
}

QString batchKindLabel(const QString &kind)
{
    if (kind == QLatin1String("remittance"))
        return QCoreApplication::translate("ProtestLabels", "Remittance");
    if (kind == QLatin1String("withdrawal"))
        return QCoreApplication::translate("ProtestLabels", "Withdrawal");
    if (kind == QLatin1String("cancellation"))
        return QCoreApplication::translate("ProtestLabels", "Cancellation");
    if (kind == QLatin1String("confirmation"))
        return QCoreApplication::translate("ProtestLabels", "Confirmation");
    if (kind == QLatin1String("return"))
        return QCoreApplication::translate("ProtestLabels", "Return");
    return kind;
}

QString occurrenceLabel(const QString &name)
{
    if (name.isEmpty())
        return {};
    const auto occurrence = occurrenceFromName(name);
    return occurrence ? quita::occurrenceLabel(*occurrence) : name;
}

} // namespace quita::protest
