#pragma once

#include "domain/Money.h"
#include "domain/WorkQueueRules.h"

#include <QSqlDatabase>
#include <QUuid>

namespace quita {

struct QueueEntry
{
    QUuid debtorId;
    QueueReason reason = QueueReason::FollowUp;
    qint64 rank = 0;
    QString name;
    QString document;   // canonical; the view masks it
    QString state;
    Money totalDue;
    QDate oldestDueDate;
    QDate promiseDue;
    QDateTime callbackAt;  // UTC
};

// Today's work queue: reads each debtor's summary columns in one pass and lets the
// domain rules (decideQueue) say whether and why the debtor is in the queue. Sorted by
// rank, then name.
class WorkQueueRepository
{
public:
    explicit WorkQueueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<QueueEntry> build(const QDateTime &nowUtc, const QDate &today,
                            const QueueRulesConfig &config = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace quita
