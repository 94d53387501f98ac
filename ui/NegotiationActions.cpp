#include "NegotiationActions.h"

#include "ApprovalsDialog.h"
#include "NegotiationDialog.h"
#include "item/ApprovalQueueModel.h"
#include "item/NegotiationSession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace quita {

NegotiationActions::NegotiationActions(QSqlDatabase db, const Clock &clock, QWidget *window)
    : QObject(window), m_db(std::move(db)), m_clock(clock), m_window(window)
{}

NegotiationDialog *NegotiationActions::negotiationDialog() const
{
    return m_negotiation;
}

ApprovalsDialog *NegotiationActions::approvalsDialog() const
{
    return m_approvals;
}

void NegotiationActions::negotiate(const QUuid &debtorId)
{
    if (debtorId.isNull()) {
        emit message(tr("Open a debtor first."));
        return;
    }
    auto *session = new NegotiationSession(m_db, m_clock);
    if (!session->open(debtorId)) {
        delete session;
        emit message(tr("This debtor is no longer on this desk."));
        return;
    }
    if (session->titles().isEmpty()) {
        delete session;
        QMessageBox::information(m_window, tr("Nothing to negotiate"),
                                 tr("This debtor has no open title."));
        return;
    }
    NegotiationDialog dialog(session, m_window);
    session->setParent(&dialog);
    connect(session, &NegotiationSession::changesQueued, this, &NegotiationActions::changesQueued);
    m_negotiation = &dialog;
    const bool closed = dialog.exec() == QDialog::Accepted && !dialog.createdAgreement().isNull();
    m_negotiation.clear();
    if (closed) {
        emit agreementCreated(debtorId);
        emit message(tr("Agreement closed; it is sent to the server with the next sync."));
    }
}

void NegotiationActions::showApprovals()
{
    ApprovalQueueModel model(m_db);
    ApprovalsDialog dialog(&model, m_clock, m_window);
    connect(&dialog, &ApprovalsDialog::decided, this, &NegotiationActions::changesQueued);
    m_approvals = &dialog;
    m_queue = &model;
    dialog.exec();
    m_approvals.clear();
    m_queue.clear();
}

void NegotiationActions::serverChanged()
{
    if (m_negotiation)
        m_negotiation->refreshApprovals();
    if (m_queue)
        m_queue->reload();
}

void NegotiationActions::addTo(QMenu *debtorMenu, QMenu *serverMenu)
{
    QAction *negotiateAction =
        debtorMenu->addAction(tr("&Negotiate…"), this, [this] { negotiate(m_debtor); });
    negotiateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    negotiateAction->setObjectName(QStringLiteral("negotiateAction"));
    QAction *approvals =
        serverMenu->addAction(tr("&Approvals…"), this, [this] { showApprovals(); });
    approvals->setObjectName(QStringLiteral("approvalsAction"));
    approvals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
}

} // namespace quita
