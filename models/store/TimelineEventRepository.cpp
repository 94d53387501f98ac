#include "TimelineEventRepository.h"

#include "SqlValues.h"

namespace quita {

QList<TimelineEvent> TimelineEventRepository::forDebtor(const QUuid &debtorId) const
{
    QList<TimelineEvent> events;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, occurred_at, 'agreement', kind, installment_number, amount_cents, created_by, "
        "'' FROM agreement_event WHERE debtor_id = :debtor UNION ALL "
        "SELECT id, occurred_at, 'protest', kind, NULL, 0, '', summary FROM protest_event WHERE "
        "debtor_id = :debtor ORDER BY 2 DESC, 1 DESC"));
    q.bindValue(QStringLiteral(":debtor"), sql::id(debtorId));
    if (!q.exec())
        return events;
    while (q.next()) {
        TimelineEvent e;
        e.id = sql::toId(q.value(0));
        e.occurredAt = sql::toInstant(q.value(1));
        e.source = q.value(2).toString();
        e.kind = q.value(3).toString();
        if (!q.value(4).isNull())
            e.installmentNumber = q.value(4).toInt();
        e.amount = Money::fromCents(q.value(5).toLongLong());
        e.by = q.value(6).toString();
        e.summary = q.value(7).toString();
        events.append(e);
    }
    return events;
}

} // namespace quita
