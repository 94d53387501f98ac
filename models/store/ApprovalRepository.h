#pragma once

#include "domain/Result.h"
#include "domain/negotiation/ApprovalRequest.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace quita {

// Discount approval requests in the local store (synced rows, schema 5): the agent asks,
// a supervisor's desk answers, each through a row and its outbox mutation written in one
// local transaction.
class ApprovalRepository
{
public:
    explicit ApprovalRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Files `draft` (id, debtorId, offer, titleIds, note, computed, violations,
    // approverRole, requestedBy, requestedByName) as pending, with approval.request.
    Result<ApprovalRequest> request(const ApprovalRequest &draft, const QDateTime &nowUtc);
    // Answers a pending request, with approval.decide. A rejection needs a comment.
    Status decide(const QUuid &requestId, bool approve, const QString &comment,
                  const QString &userId, const QString &userName, const QDateTime &nowUtc);

    std::optional<ApprovalRequest> load(const QUuid &requestId) const;
    // Waiting for an answer, oldest first (a supervisor's queue).
    QList<ApprovalRequest> pending() const;
    // A debtor's requests, newest first.
    QList<ApprovalRequest> forDebtor(const QUuid &debtorId) const;

private:
    QList<ApprovalRequest> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace quita
