#pragma once

#include "domain/Creditor.h"
#include "domain/Result.h"
#include "domain/negotiation/Agreement.h"
#include "domain/negotiation/RecoveryEstimate.h"
#include "domain/negotiation/Scenario.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace quita {

// An accepted scenario on its way to become an agreement.
struct AgreementDraft
{
    QUuid id; // made by the caller; the server keeps it
    QUuid debtorId;
    QUuid creditorId;
    std::optional<QList<QUuid>> titleIds; // as the agent chose them; absent: all open titles
    ScenarioRequest request;
    ScenarioResult scenario; // as computed on this desk
    QDate asOf;
    QUuid approvalId; // null unless an approval covers the offer
    QString createdBy;
};

// The local store's agreements and their installments (synced rows, schema 5).
class AgreementRepository
{
public:
    explicit AgreementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Writes the agreement, its installments (ids from installmentIdFor, no our number
    // yet: the server gives them out) and the agreement.create mutation in one local
    // transaction. The server recomputes the offer and its answer replaces these rows.
    Result<Agreement> create(const AgreementDraft &draft, const QDateTime &nowUtc);

    // Cancels a pending, active or broken agreement and its open installments, with the
    // agreement.cancel mutation; the reason is required (field `reason`).
    Status cancel(const QUuid &agreementId, const QString &reason, const QDateTime &nowUtc);

    std::optional<Agreement> load(const QUuid &agreementId) const;
    // Newest first.
    QList<Agreement> forDebtor(const QUuid &debtorId) const;
    // The portfolio's finished agreements by kind and installment band (settled: kept).
    AgreementHistory history(const QUuid &portfolioId) const;
    // The creditor of a debtor's portfolio, with its collection account.
    std::optional<Creditor> creditorOf(const QUuid &debtorId) const;

private:
    QList<AgreementInstallment> installments(const QUuid &agreementId) const;

    QSqlDatabase m_db;
};

} // namespace quita
