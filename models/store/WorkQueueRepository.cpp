#include "WorkQueueRepository.h"

#include "SqlValues.h"


#include <algorithm>

namespace quita {

QList<QueueEntry> WorkQueueRepository::build(const QDateTime &nowUtc, const QDate &today,
                                             const QueueRulesConfig &config) const
{
    QList<QueueEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, document, state, total_due_cents, oldest_due_on, last_outbound_at, "
            "last_inbound_at, pending_callback_at, open_promise_due_on, placed_on "
            "FROM debtor WHERE deleted = 0")))
        return entries;
    while (q.next()) {
        QueueFacts facts;
        facts.totalDue = Money::fromCents(q.value(4).toLongLong());
        facts.oldestDueDate = sql::toDate(q.value(5));
        facts.lastOutboundAt = sql::toInstant(q.value(6));
        facts.lastInboundAt = sql::toInstant(q.value(7));
        facts.nextCallbackAt = sql::toInstant(q.value(8));
        facts.earliestOpenPromiseDue = sql::toDate(q.value(9));
        facts.placedOn = sql::toDate(q.value(10));
        const auto decision = decideQueue(facts, nowUtc, today, config);
        if (!decision)
            continue;
        QueueEntry e;
        e.debtorId = sql::toId(q.value(0));
        e.reason = decision->reason;
        e.rank = decision->rank;
        e.name = q.value(1).toString();
        e.document = q.value(2).toString();
        e.state = q.value(3).toString();
        e.totalDue = facts.totalDue;
        e.oldestDueDate = facts.oldestDueDate;
        e.promiseDue = facts.earliestOpenPromiseDue;
        e.callbackAt = facts.nextCallbackAt;
        entries.append(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.name < b.name;
    });
    return entries;
}

} // namespace quita
