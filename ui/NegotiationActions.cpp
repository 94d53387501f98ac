#include "NegotiationActions.h"

#include "AgreementDialog.h"
#include "ApprovalsDialog.h"
#include "NegotiationDialog.h"
#include "item/AgreementBook.h"
#include "item/ApprovalQueueModel.h"
#include "item/NegotiationDesk.h"
#include "item/NegotiationSession.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace quita {

NegotiationActions::NegotiationActions(const NegotiationDesk &desk, QWidget *window)
    : QObject(window), m_desk(desk), m_window(window)
{}

NegotiationDialog *NegotiationActions::negotiationDialog() const
{
    return m_negotiation;
}

ApprovalsDialog *NegotiationActions::approvalsDialog() const
{
    return m_approvals;
}

AgreementDialog *NegotiationActions::agreementDialog() const
{
    return m_agreements;
}

void NegotiationActions::showAgreements(const QUuid &debtorId, const QUuid &select)
{
    if (debtorId.isNull()) {
        emit message(tr("Open a debtor first."));
        return;
    }
    const auto book = m_desk.agreements();
    if (!book->open(debtorId)) {
        emit message(tr("This debtor is no longer on this desk."));
        return;
    }
    connect(book.get(), &AgreementBook::changesQueued, this, &NegotiationActions::changesQueued);
    AgreementDialog dialog(book.get(), select, m_window);
    m_agreements = &dialog;
    dialog.exec();
    m_agreements.clear();
}

void NegotiationActions::negotiate(const QUuid &debtorId)
{
    if (debtorId.isNull()) {
        emit message(tr("Open a debtor first."));
        return;
    }
    const auto session = m_desk.session();
    if (!session->open(debtorId)) {
        emit message(tr("This debtor is no longer on this desk."));
        return;
    }
    if (session->titles().isEmpty()) {
        QMessageBox::information(m_window, tr("Nothing to negotiate"),
                                 tr("This debtor has no open title."));
        return;
    }
    NegotiationDialog dialog(session.get(), m_window);
    connect(session.get(), &NegotiationSession::changesQueued, this,
            &NegotiationActions::changesQueued);
    m_negotiation = &dialog;
    const bool closed = dialog.exec() == QDialog::Accepted && !dialog.createdAgreement().isNull();
    m_negotiation.clear();
    if (closed) {
        emit agreementCreated(debtorId);
        emit message(tr("Agreement closed; it is sent to the server with the next sync."));
        showAgreements(debtorId, dialog.createdAgreement());
    }
}

void NegotiationActions::showApprovals()
{
    const auto model = m_desk.approvalQueue();
    ApprovalsDialog dialog(model.get(), m_desk.clock(), m_window);
    connect(&dialog, &ApprovalsDialog::decided, this, &NegotiationActions::changesQueued);
    m_approvals = &dialog;
    m_queue = model.get();
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
    if (m_agreements)
        m_agreements->refresh();
}

void NegotiationActions::importPayments()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a payments file"), QString(),
                                     tr("Payments (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto book = m_desk.agreements();
    connect(book.get(), &AgreementBook::changesQueued, this, &NegotiationActions::changesQueued);
    const auto imported = book->importPayments(path);
    if (!imported) {
        QMessageBox::warning(m_window, tr("Payments not imported"),
                             tr("Nothing was imported. %1").arg(imported.error().message));
        return;
    }
    emit message(tr("%n payment(s) imported; they are sent to the server with the next sync.",
                    nullptr, *imported));
    emit paymentsImported();
}

void NegotiationActions::addTo(QMenu *fileMenu, QMenu *debtorMenu, QMenu *serverMenu)
{
    // Above Quit: the first separator of the File menu.
    QAction *before = nullptr;
    for (QAction *a : fileMenu->actions()) {
        if (a->isSeparator()) {
            before = a;
            break;
        }
    }
    auto *import = new QAction(tr("&Import payments…"), fileMenu);
    import->setObjectName(QStringLiteral("importPaymentsAction"));
    connect(import, &QAction::triggered, this, [this] { importPayments(); });
    fileMenu->insertAction(before, import);
    QAction *negotiateAction =
        debtorMenu->addAction(tr("&Negotiate…"), this, [this] { negotiate(m_debtor); });
    negotiateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    negotiateAction->setObjectName(QStringLiteral("negotiateAction"));
    QAction *agreements =
        debtorMenu->addAction(tr("A&greements…"), this, [this] { showAgreements(m_debtor); });
    agreements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    agreements->setObjectName(QStringLiteral("agreementsAction"));
    QAction *approvals =
        serverMenu->addAction(tr("&Approvals…"), this, [this] { showApprovals(); });
    approvals->setObjectName(QStringLiteral("approvalsAction"));
    approvals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
}

} // namespace quita
