#pragma once

#include "NegotiationInputs.h"
#include "auth/Scope.h"
#include "domain/Clock.h"
#include "domain/negotiation/NegotiationSimulator.h"
#include "sync/Entities.h"
#include "sync/Mutations.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace quita::server {

// The negotiation writes and reads of the server: simulations, agreements with their
// installments and payment codes, and discount approval requests. The same domain code
// as the desktop computes and judges every offer; the server recomputes it from its own
// rows and never trusts a client's figures. Writers run inside the caller's transaction
// and append their rows to the change log, like Mutations.
class Negotiation
{
public:
    Negotiation(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // The desk's calendar day (collection desks work in Brasilia time).
    static QDate today(const Clock &clock);

    // POST /simulations: {debtor_id, title_ids?, as_of?, scenarios: [...]}.
    Outcome simulate(const Scope &scope, const QJsonObject &args) const;
    // agreement.create and POST /agreements: {id?, debtor_id, title_ids?, scenario,
    // approval_id?}. Gives out the installments' our numbers.
    Outcome createAgreement(const Scope &scope, const QJsonObject &args);
    // GET /agreements/{id}: the agreement with its installments and their boleto and PIX.
    Outcome agreement(const Scope &scope, const QString &agreementId) const;
    // approval.request: {id, debtor_id, title_ids?, scenario, note?}.
    Outcome requestApproval(const Scope &scope, const QJsonObject &args);
    // approval.decide: {id, decision: "approved"|"rejected", comment?}.
    Outcome decideApproval(const Scope &scope, const QJsonObject &args);
    // GET /approvals?status=: the requests in the caller's scope, newest first.
    Outcome approvals(const Scope &scope, const QString &status) const;

    // payment.post: {id, installment_id, amount_cents, paid_on}. The installment is paid
    // when its payments reach its amount; the agreement's status follows (active,
    // settled); each payment is an agreement_event on the timeline.
    Outcome postPayment(const Scope &scope, const QJsonObject &args,
                        const QString &source = QStringLiteral("manual"));
    // POST /payments/import: a bank's payments file (PaymentImport.h), all or nothing;
    // an error names the line. `creditorId` (may be empty) picks the creditor when two use
    // the same our number. `debtorIds` collects the debtors whose rows changed.
    Outcome importPayments(const Scope &scope, const QString &content, const QString &creditorId,
                           QStringList &debtorIds);
    // agreement.cancel: {id, reason}. A pending, active or broken agreement and its open
    // installments become cancelled, with the event; a settled one cannot be.
    Outcome cancelAgreement(const Scope &scope, const QJsonObject &args);
    // Marks broken every pending or active agreement with an installment unpaid past due
    // + the portfolio's grace days, with its event; the number broken. In the caller's
    // transaction.
    Result<int> breakOverdueAgreements(QStringList &debtorIds, qint64 &lastSeq);

private:
    struct Offer; // the computed offer, its inputs and its verdict
    Outcome prepareOffer(const Scope &scope, const QJsonObject &args, const char *scenarioKey,
                         Offer &offer) const;
    Outcome access(const Scope &scope, const QString &debtorId) const;
    std::optional<QJsonObject> row(const Entity &entity, const QString &id) const;
    Result<QJsonObject> agreementJson(const QString &agreementId) const;
    Status recordEvent(const QString &debtorId, const QString &agreementId, const QString &kind,
                       std::optional<int> installmentNumber, Money amount, const QString &by,
                       qint64 &lastSeq);
    Status settleStatus(const QString &agreementId, const QString &by, qint64 &lastSeq);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace quita::server
