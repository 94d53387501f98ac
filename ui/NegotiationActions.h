#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class QMenu;
class QWidget;

namespace quita {

class AgreementDialog;
class ApprovalsDialog;
class ApprovalQueueModel;
class Clock;
class NegotiationDesk;
class NegotiationDialog;

// The negotiation screens of the desk, opened from the menus: the simulator for the open
// debtor, the debtor's agreements, and the supervisor's approval queue. Keeps the open
// ones current when the server's changes arrive (an approval answered elsewhere).
class NegotiationActions : public QObject
{
    Q_OBJECT
public:
    NegotiationActions(const NegotiationDesk &desk, QWidget *window);

    void addTo(QMenu *fileMenu, QMenu *debtorMenu, QMenu *serverMenu);
    // File > Import payments: a bank's file of payments for this desk's installments.
    void importPayments();
    void negotiate(const QUuid &debtorId);
    void showApprovals();
    // The debtor's agreements, `select` chosen.
    void showAgreements(const QUuid &debtorId, const QUuid &select = {});
    void serverChanged();
    // The debtor open in the window, whom the menu actions concern.
    void setDebtor(const QUuid &debtorId) { m_debtor = debtorId; }

    NegotiationDialog *negotiationDialog() const;
    ApprovalsDialog *approvalsDialog() const;
    AgreementDialog *agreementDialog() const;

signals:
    // Rows and outbox entries were written (the sync engine pushes them).
    void changesQueued();
    // An agreement was closed for this debtor.
    void agreementCreated(const QUuid &debtorId);
    void message(const QString &text);
    void paymentsImported();

private:
    const NegotiationDesk &m_desk;
    QWidget *m_window;
    QUuid m_debtor; // of the window's open workspace, for the menu actions
    QPointer<NegotiationDialog> m_negotiation;
    QPointer<ApprovalsDialog> m_approvals;
    QPointer<AgreementDialog> m_agreements;
    QPointer<ApprovalQueueModel> m_queue;
};

} // namespace quita
