#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace quita::server {

struct AssignmentResult
{
    int moved = 0;
    QStringList audience; // everyone whose scope changed
    qint64 lastSeq = 0;
};

// Gives debtors to an agent (or takes them back to the pool when agentId is empty),
// inside the caller's transaction. Each moved debtor sends its old holder (and their
// supervisor, when it changes) a removal and its new holder a backfill of all its rows.
// Unknown debtors or a user who is not an active agent refuse the whole call.
class Assignments
{
public:
    Assignments(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}
    Result<AssignmentResult> assign(const QStringList &debtorIds, const QString &agentId);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace quita::server
