#include "WorkQueueRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace quita {

namespace {

QDate dayOf(const QVariant &julianDay)
{
    return julianDay.isNull() ? QDate() : QDate::fromJulianDay(julianDay.toLongLong());
}

} // namespace

QList<QueueEntry> WorkQueueRepository::build(const QDateTime &nowUtc, const QDate &today,
                                             const QueueRulesConfig &config) const
{
    QList<QueueEntry> entries;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Dates as Julian day numbers: integers decode far faster than ISO text.
    if (!q.exec(QStringLiteral(
            "SELECT rowid, total_due_cents, CAST(julianday(oldest_due_on) + 0.5 AS INTEGER), "
            "last_outbound_at, last_inbound_at, pending_callback_at, "
            "CAST(julianday(open_promise_due_on) + 0.5 AS INTEGER), "
            "CAST(julianday(placed_on) + 0.5 AS INTEGER), "
            "CAST(julianday(next_installment_due_on) + 0.5 AS INTEGER), "
            "last_agreement_status = 'broken' FROM debtor WHERE deleted = 0")))
        return entries;
    while (q.next()) {
        QueueFacts facts;
        facts.totalDue = Money::fromCents(q.value(1).toLongLong());
        facts.oldestDueDate = dayOf(q.value(2));
        facts.lastOutboundAt = sql::toInstant(q.value(3));
        facts.lastInboundAt = sql::toInstant(q.value(4));
        facts.nextCallbackAt = sql::toInstant(q.value(5));
        facts.earliestOpenPromiseDue = dayOf(q.value(6));
        facts.placedOn = dayOf(q.value(7));
        facts.nextInstallmentDue = dayOf(q.value(8));
        facts.agreementBroken = q.value(9).toInt() == 1;
        const auto decision = decideQueue(facts, nowUtc, today, config);
        if (!decision)
            continue;
        QueueEntry e;
        e.rowid = q.value(0).toLongLong();
        e.reason = decision->reason;
        e.rank = decision->rank;
        e.totalDue = facts.totalDue;
        e.oldestDueDate = facts.oldestDueDate;
        e.promiseDue = facts.earliestOpenPromiseDue;
        e.callbackAt = facts.nextCallbackAt;
        entries.append(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.rowid < b.rowid;
    });
    return entries;
}

void WorkQueueRepository::fillDetails(QList<QueueEntry> &entries, qsizetype from,
                                      qsizetype count) const
{
    const qsizetype end = std::min(entries.size(), from + count);
    QHash<qint64, qsizetype> wanted;
    QStringList marks;
    for (qsizetype i = std::max<qsizetype>(0, from); i < end; ++i) {
        if (!entries[i].detailed) {
            wanted.insert(entries[i].rowid, i);
            marks << QString::number(entries[i].rowid);
        }
    }
    if (wanted.isEmpty())
        return;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Row ids are integers from this store, so they are written into the statement.
    if (!q.exec(QStringLiteral(
                    "SELECT rowid, id, name, document, state FROM debtor WHERE rowid IN (%1)")
                    .arg(marks.join(QLatin1Char(',')))))
        return;
    while (q.next()) {
        QueueEntry &e = entries[wanted.value(q.value(0).toLongLong())];
        e.debtorId = sql::toId(q.value(1));
        e.name = q.value(2).toString();
        e.document = q.value(3).toString();
        e.state = q.value(4).toString();
        e.detailed = true;
    }
}

} // namespace quita
