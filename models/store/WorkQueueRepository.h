#pragma once

#include "domain/Money.h"
#include "domain/WorkQueueRules.h"

#include <QSqlDatabase>
#include <QUuid>

namespace quita {

struct QueueEntry
{
    qint64 rowid = 0;      // the debtor's row in the local store
    bool detailed = false; // id, name, document and state are filled in
    QUuid debtorId;
    QueueReason reason = QueueReason::FollowUp;
    qint64 rank = 0;
    QString name;
    QString document; // canonical; the view masks it
    QString state;
    Money totalDue;
    QDate oldestDueDate;
    QDate promiseDue;
    QDateTime callbackAt; // UTC
};

// Today's work queue: reads each debtor's summary columns (integers only) in one pass
// and lets the domain rules (decideQueue) say whether and why the debtor is in the
// queue. Sorted by rank, then placement order. Names and documents are read only for
// the rows a view shows (fillDetails), so a queue of 150k debtors builds quickly.
class WorkQueueRepository
{
public:
    explicit WorkQueueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<QueueEntry> build(const QDateTime &nowUtc, const QDate &today,
                            const QueueRulesConfig &config = {}) const;
    // Reads id, name, document and state for entries [from, from + count).
    void fillDetails(QList<QueueEntry> &entries, qsizetype from, qsizetype count) const;

private:
    QSqlDatabase m_db;
};

} // namespace quita
