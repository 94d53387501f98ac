#include "ProtestWindow.h"

#include "ProtestEligiblePage.h"
#include "ProtestFilesPage.h"
#include "ProtestRequestsPage.h"
#include "item/ProtestDesk.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace quita {

ProtestWindow::ProtestWindow(ProtestDesk &desk, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_tabs(new QTabWidget(this)),
      m_eligible(new ProtestEligiblePage(desk, this)),
      m_requests(new ProtestRequestsPage(desk, this)), m_files(new ProtestFilesPage(desk, this))
{
    setObjectName(QStringLiteral("protestWindow"));
    setWindowTitle(tr("Protest"));
    setModal(false);
    m_tabs->setObjectName(QStringLiteral("protestTabs"));
    m_tabs->addTab(m_eligible, tr("&Eligible titles"));
    m_tabs->addTab(m_requests, tr("&Requests"));
    m_tabs->addTab(m_files, tr("&Files and returns"));
    auto *offline = new QLabel(this);
    offline->setObjectName(QStringLiteral("protestOffline"));
    offline->setWordWrap(true);
    offline->setText(tr("You are not signed in to the server: the requests below are what this "
                        "desk has; eligible titles, batches and files need the server."));
    offline->setVisible(!desk.online());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(offline);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProtestWindow::tabShown);
    connect(m_eligible, &ProtestEligiblePage::batchCreated, this, [this] {
        m_filesLoaded = false;
        m_requests->reload();
    });
    connect(m_requests, &ProtestRequestsPage::filed, this, [this] { m_filesLoaded = false; });
    connect(m_files, &ProtestFilesPage::imported, m_requests, &ProtestRequestsPage::reload);
    resize(1100, 680);
}

void ProtestWindow::showTab(Tab tab)
{
    if (m_tabs->currentIndex() == tab)
        tabShown(tab);
    else
        m_tabs->setCurrentIndex(tab);
}

void ProtestWindow::tabShown(int index)
{
    if (index == EligibleTab && !m_eligibleLoaded) {
        m_eligibleLoaded = true;
        m_eligible->reload();
    } else if (index == RequestsTab) {
        m_requests->reload();
    } else if (index == FilesTab && !m_filesLoaded) {
        m_filesLoaded = true;
        m_files->reload();
    }
}

void ProtestWindow::serverChanged()
{
    m_requests->reload();
}

} // namespace quita
