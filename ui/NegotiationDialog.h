#pragma once

#include <QDialog>
#include <QUuid>

#include <array>

class QDateEdit;
class QFormLayout;
class QLabel;
class QTreeWidget;

namespace quita {

class NegotiationSession;
class OfferColumn;

// The negotiation simulator: the debtor's titles to negotiate, their balance updated to
// a date with its breakdown, and four offers side by side recomputed as the agent types.
// An offer within the agent's authority becomes an agreement; one beyond it, an approval
// request whose answer shows here when it arrives by sync.
class NegotiationDialog : public QDialog
{
    Q_OBJECT
public:
    NegotiationDialog(NegotiationSession *session, QWidget *parent = nullptr);

    OfferColumn *offerColumn(int index) const { return m_offers.at(std::size_t(index)); }
    QUuid createdAgreement() const { return m_created; }
    // Shows the answers that arrived meanwhile (approval decisions).
    void refreshApprovals();

signals:
    void agreementCreated(const QUuid &agreementId);

private:
    void showTitles();
    void showResults();
    void closeAgreement(int column);
    void askApproval(int column);

    NegotiationSession *m_session;
    QTreeWidget *m_titles;
    QDateEdit *m_asOf;
    QLabel *m_principal;
    QLabel *m_fine;
    QLabel *m_interest;
    QLabel *m_correction;
    QLabel *m_fees;
    QLabel *m_total;
    QLabel *m_balanceError;
    QLabel *m_context;
    std::array<OfferColumn *, 4> m_offers{};
    QUuid m_created;
};

} // namespace quita
