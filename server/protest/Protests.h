#pragma once

#include "ProtestEligibility.h"
#include "ProtestRows.h"
#include "auth/Scope.h"
#include "domain/Clock.h"
#include "sync/Mutations.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QUrlQuery>

namespace quita::server {

// Protest filing through the CRA (IEPTB) layout (issue 5): eligible titles, remittance
// batches, confirmation and return imports, withdrawals, cancellations and attached
// documents. Writers run inside the caller's transaction, append their rows to the change
// log and list the debtors they touched (touchedDebtors(), for the pokes); a refusal
// writes nothing that the caller commits (the caller rolls back).
//
// Who may file: supervisors (their agents' debtors) and admins (all); an agent only the
// debtors assigned to them in portfolios whose rules let agents file. Reading the
// requests (GET /protests) follows the debtor scope alone, as sync does.
class Protests
{
public:
    Protests(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // The desk's calendar day (Brasilia), as the negotiation's.
    QDate today() const;

    // GET /protests/eligible?limit=&portfolio=&include_ineligible=
    Outcome eligible(const Scope &scope, const QUrlQuery &query) const;
    // POST /protests/batches {title_ids}
    Outcome createBatch(const Scope &scope, const QJsonObject &body);
    // GET /protests/batches?kind=&limit=
    Outcome batches(const Scope &scope, const QUrlQuery &query) const;
    // GET /protests/batches/{id}/file: result {file_name, content}
    Outcome batchFile(const Scope &scope, const QString &batchId) const;
    // POST /protests/returns {content, file_name?}: a CRT or RTP file
    Outcome importReturn(const Scope &scope, const QJsonObject &body);
    // POST /protests/withdrawals {request_ids} and /protests/cancellations {request_ids}
    Outcome withdraw(const Scope &scope, const QJsonObject &body);
    Outcome cancel(const Scope &scope, const QJsonObject &body);
    // POST /protests/{request_id}/documents {file_name, mime_type, content_base64}
    Outcome attach(const Scope &scope, const QString &requestId, const QJsonObject &body);
    // GET /protests?status=&portfolio=&from=&to=&limit=
    Outcome requests(const Scope &scope, const QUrlQuery &query) const;

    const QStringList &touchedDebtors() const { return m_touched; }

    static constexpr qint64 kMaxDocumentBytes = 2 * 1024 * 1024;

private:
    Outcome requestFile(const Scope &scope, const QJsonObject &body, bool cancellation);
    // May the caller file for this debtor? (403/404 naming `field`)
    Outcome mayFile(const Scope &scope, const QString &agentId, const QString &supervisorId,
                    const protest::ProtestRules &rules, const QString &field) const;
    void touched(const protest::RowWriter &writer);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QStringList m_touched;
};

namespace protest {

// A JSON array of distinct UUID strings under `key` (1..max); errors name key[i].
Result<QStringList> idList(const QJsonObject &body, const QString &key, int max);

// A protest_request with its title, debtor, holder and portfolio rules.
struct RequestRow
{
    QString id;
    QString debtorId;
    QString titleId;
    QString creditorId;
    QString status;
    QString nossoNumero;
    QString craTitleNumber;
    qint64 amountCents = 0;
    QString protocol;
    QDate protocolDate;
    int notaryOffice = 0;
    QString occurrence;
    QDate occurrenceDate;
    QString irregularityCode;
    qint64 notaryFeesCents = 0;
    qint64 distributionFeesCents = 0;
    QString titleNumber;
    QString debtorName;
    QString agentId;
    QString supervisorId;
    ProtestRules rules;
};

// The requests where `column` (r.id, r.protocol, r.nosso_numero, r.cra_title_number) is
// one of `keys`, restricted to a creditor when `creditorId` is given.
Result<QList<RequestRow>> loadRequests(const QSqlDatabase &db, const QString &column,
                                       const QStringList &keys, const QString &creditorId = {});

} // namespace protest

} // namespace quita::server
