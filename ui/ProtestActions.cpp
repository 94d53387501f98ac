#include "ProtestActions.h"

#include "ProtestFilesPage.h"
#include "ProtestRequestsPage.h"
#include "item/ProtestDesk.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

namespace quita {

ProtestActions::ProtestActions(ProtestDesk &desk, QWidget *window)
    : QObject(window), m_desk(desk), m_window(window)
{}

QMenu *ProtestActions::addMenu(QMenuBar *bar, QAction *before)
{
    auto *menu = new QMenu(tr("P&rotest"), bar);
    menu->setObjectName(QStringLiteral("protestMenu"));
    bar->insertMenu(before, menu);
    QAction *open = menu->addAction(tr("&Protest filing…"), this, [this] { showProtest(); });
    open->setObjectName(QStringLiteral("protestAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *requests = menu->addAction(tr("Protest &requests…"), this,
                                        [this] { showProtest(ProtestWindow::RequestsTab); });
    requests->setObjectName(QStringLiteral("protestRequestsAction"));
    QAction *files =
        menu->addAction(tr("CRA &files…"), this, [this] { showProtest(ProtestWindow::FilesTab); });
    files->setObjectName(QStringLiteral("protestFilesAction"));
    menu->addSeparator();
    QAction *import = menu->addAction(tr("&Import a confirmation or return file…"), this, [this] {
        showProtest(ProtestWindow::FilesTab);
        m_protest->filesPage()->importFile();
    });
    import->setObjectName(QStringLiteral("protestImportAction"));
    return menu;
}

void ProtestActions::showProtest(ProtestWindow::Tab tab)
{
    if (!m_protest) {
        m_protest = new ProtestWindow(m_desk, m_window);
        m_protest->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_protest->show();
    m_protest->raise();
    m_protest->activateWindow();
    m_protest->showTab(tab);
}

void ProtestActions::serverChanged()
{
    if (m_protest)
        m_protest->serverChanged();
}

void ProtestActions::proposeCancellation(const QUuid &debtorId)
{
    const QList<ProtestRequestRow> protested = m_desk.protestedUnderAgreement(debtorId);
    if (protested.isEmpty())
        return;
    QStringList titles;
    QList<QUuid> ids;
    for (const ProtestRequestRow &r : protested) {
        titles << r.titleNumber;
        ids << r.id;
    }
    const QString name = protested.first().debtorName;
    const QString text =
        tr("The agreement covers %n protested title(s) of %1: %2. Once the debt is "
           "renegotiated, the protest should be cancelled (cancelamento).",
           nullptr, int(protested.size()))
            .arg(name, titles.join(QStringLiteral(", ")));
    emit message(text);
    if (m_proposal)
        m_proposal->close();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel the protest?"), text,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("proposeCancellation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    QPushButton *prepare =
        box->addButton(tr("&Prepare the cancellation…"), QMessageBox::AcceptRole);
    prepare->setObjectName(QStringLiteral("prepareCancellation"));
    box->addButton(tr("Not now"), QMessageBox::RejectRole);
    connect(prepare, &QPushButton::clicked, this, [this, debtorId, name, ids] {
        showProtest(ProtestWindow::RequestsTab);
        m_protest->requestsPage()->showDebtor(debtorId, name, QStringLiteral("protested"), ids);
    });
    m_proposal = box;
    box->show();
}

} // namespace quita
