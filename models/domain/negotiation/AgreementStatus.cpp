#include "AgreementStatus.h"

namespace quita {

int firstOverdueInstallment(const Agreement &agreement, int graceDays, const QDate &today)
{
    for (qsizetype i = 0; i < agreement.installments.size(); ++i) {
        const AgreementInstallment &inst = agreement.installments.at(i);
        if (inst.status == QLatin1String("open") && inst.due.isValid() &&
            inst.due.addDays(graceDays) < today)
            return int(i);
    }
    return -1;
}

QString agreementStatusFor(const Agreement &agreement, int graceDays, const QDate &today)
{
    if (agreement.status == QLatin1String("cancelled") ||
        agreement.status == QLatin1String("broken"))
        return agreement.status;
    if (firstOverdueInstallment(agreement, graceDays, today) >= 0)
        return QStringLiteral("broken");
    int paid = 0;
    int counted = 0;
    bool started = false; // part of an installment paid
    for (const AgreementInstallment &inst : agreement.installments) {
        if (inst.status == QLatin1String("cancelled"))
            continue;
        ++counted;
        if (inst.status == QLatin1String("paid"))
            ++paid;
        else if (inst.paid.cents() > 0)
            started = true;
    }
    if (counted > 0 && paid == counted)
        return QStringLiteral("settled");
    return paid > 0 || started ? QStringLiteral("active") : QStringLiteral("pending");
}

} // namespace quita
