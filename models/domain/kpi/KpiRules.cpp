#include "KpiRules.h"

#include "KpiDefinitions.h"

#include <QJsonArray>

namespace quita {

QDate promiseWindowStart(QDate madeOn, QDate dueOn)
{
    return madeOn.isValid() ? madeOn : dueOn.addDays(-30);
}

bool promiseKept(QDate madeOn, QDate dueOn, qint64 amountCents, bool markedKept,
                 const QList<KpiPayment> &payments, int graceDays)
{
    if (markedKept)
        return true;
    const QDate first = promiseWindowStart(madeOn, dueOn);
    const QDate last = dueOn.addDays(graceDays);
    qint64 paid = 0;
    for (const KpiPayment &p : payments) {
        if (p.paidOn >= first && p.paidOn <= last)
            paid += p.amountCents;
    }
    return paid >= amountCents;
}

std::optional<QString> attributedChannel(QDate paidOn, const QList<KpiTouch> &touches,
                                         int windowDays)
{
    const qint64 end = kpiDayStartMs(paidOn.addDays(1)); // exclusive
    const qint64 start = kpiDayStartMs(paidOn.addDays(-windowDays));
    const KpiTouch *last = nullptr;
    for (const KpiTouch &t : touches) {
        if (t.occurredAtMs >= start && t.occurredAtMs < end &&
            (!last || t.occurredAtMs >= last->occurredAtMs))
            last = &t;
    }
    if (!last)
        return std::nullopt;
    return last->channel;
}

int agingIndexOn(QDate day, std::optional<QDate> oldestOpenDue, bool underAgreement)
{
    if (underAgreement || !oldestOpenDue)
        return 0;
    return AgingBuckets::defaults().indexFor(int(oldestOpenDue->daysTo(day)));
}

QList<QList<qint64>> emptyRollMatrix()
{
    const qsizetype n = AgingBuckets::defaults().buckets.size();
    return QList<QList<qint64>>(n, QList<qint64>(n, 0));
}

QJsonObject rollRatesJson(const QList<QList<qint64>> &counts)
{
    QJsonArray names, countRows, rateRows;
    for (const AgingBucket &b : AgingBuckets::defaults().buckets)
        names.append(b.name);
    for (const QList<qint64> &row : counts) {
        qint64 total = 0;
        QJsonArray c, r;
        for (qint64 v : row) {
            total += v;
            c.append(v);
        }
        for (qint64 v : row) {
            const auto rate = kpiRate(v, total);
            r.append(rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null));
        }
        countRows.append(c);
        rateRows.append(r);
    }
    return {{QStringLiteral("buckets"), names},
            {QStringLiteral("counts"), countRows},
            {QStringLiteral("rates"), rateRows}};
}

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

} // namespace quita
