#pragma once

#include "domain/Clock.h"
#include "domain/Creditor.h"
#include "domain/Debtor.h"
#include "domain/Title.h"
#include "domain/negotiation/Agreement.h"
#include "domain/negotiation/ApprovalRequest.h"
#include "domain/negotiation/BalanceUpdate.h"
#include "domain/negotiation/NegotiationSimulator.h"

#include <QObject>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace quita {

// The negotiation screen's state, behind the widgets: the debtor's open titles (which
// ones are negotiated), the date the balance is updated to, up to four offers side by
// side and their computed plans, recomputed on every change with the same domain code
// the server runs. Closing an offer writes the agreement offline (the server gives out
// the our numbers when it arrives); an offer beyond the user's authority becomes an
// approval request, and the answer arrives by sync.
class NegotiationSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kOffers = 4;

    NegotiationSession(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    // Loads the debtor's open titles (all selected), creditor, capacity, the portfolio's
    // history and the user's role; four starting offers. False when the debtor is gone.
    bool open(const QUuid &debtorId);
    bool isOpen() const { return !m_debtor.id.isNull(); }
    const Debtor &debtor() const { return m_debtor; }
    const Creditor &creditor() const { return m_creditor; }
    ApprovalRole role() const { return m_role; }
    QString userName() const { return m_userName; }

    const QList<Title> &titles() const { return m_titles; }
    bool isSelected(int title) const { return m_selected.value(title); }
    void setSelected(int title, bool selected);
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);
    const ChargeTerms &terms() const { return m_terms; }

    ScenarioRequest offer(int column) const { return m_offers.at(std::size_t(column)); }
    void setOffer(int column, const ScenarioRequest &offer);

    // The balance of the selected titles at asOf(), or why there is none.
    const std::optional<UpdatedBalance> &balance() const { return m_balance; }
    const std::optional<Error> &balanceError() const { return m_balanceError; }
    QString bucket() const { return m_bucket; }
    // The computed offer, or null when the balance could not be computed.
    const SimulatedScenario *result(int column) const;

    // The newest approval request for exactly this offer and these titles, if any (from
    // the debtor's requests read at open() and by reloadApprovals(), not on every keystroke).
    std::optional<ApprovalRequest> approvalFor(int column) const;
    // Reads the debtor's approval requests again (an answer arrived by sync).
    void reloadApprovals();
    Result<ApprovalRequest> requestApproval(int column, const QString &note);
    // Writes the agreement of an offer computed as of today. An offer beyond the user's
    // authority needs an approved request for it; the error says what is missing.
    Result<Agreement> closeAgreement(int column);

    QString recoveryMethod() const;

signals:
    void recomputed();
    void changesQueued();

private:
    void recompute();
    std::optional<QStringList> chosenTitleIds() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    Debtor m_debtor;
    Creditor m_creditor;
    std::optional<Money> m_capacity;
    QList<Title> m_titles;
    QList<bool> m_selected;
    QDate m_asOf;
    ChargeTerms m_terms;
    IndexSeries m_series;
    std::optional<Error> m_termsError; // the portfolio's terms do not parse
    NegotiationPolicy m_policy = NegotiationPolicy::defaults();
    AgreementHistory m_history;
    ApprovalRole m_role = ApprovalRole::Agent;
    QString m_userId;
    QString m_userName;
    std::array<ScenarioRequest, kOffers> m_offers;
    std::optional<UpdatedBalance> m_balance;
    std::optional<Error> m_balanceError;
    QString m_bucket;
    QList<SimulatedScenario> m_results;
    QList<ApprovalRequest> m_approvals; // the debtor's, newest first
};

} // namespace quita
