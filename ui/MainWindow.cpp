#include "MainWindow.h"

#include "ActivityForm.h"
#include "ChannelIcons.h"
#include "DebtorWorkspaceView.h"
#include "NewDebtorDialog.h"
#include "SettingsDialog.h"
#include "TimelineView.h"
#include "WorkQueueView.h"
#include "item/DebtorWorkspace.h"
#include "item/WorkQueueModel.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DebtorRegistration.h"
#include "store/DebtorRepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace quita {

MainWindow::MainWindow(Database &database, const Clock &clock, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_clock(clock), m_settings(settings),
      m_queueModel(new WorkQueueModel(database.connection(), clock, this)),
      m_workspace(new DebtorWorkspace(database.connection(), clock, settings.agentName(), this)),
      m_queueView(new WorkQueueView(m_queueModel, this)),
      m_workspaceView(new DebtorWorkspaceView(m_workspace, this)), m_syncStatus(new QLabel(this)),
      m_agentStatus(new QLabel(this)), m_storeStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Quita – collection desk"));
    setWindowIcon(ChannelIcons::application());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_queueView);
    splitter->addWidget(m_workspaceView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({640, 800});
    setCentralWidget(splitter);

    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setText(tr("Offline: working on the local store"));
    m_syncStatus->setToolTip(
        tr("No central server is configured on this desk; everything is kept locally."));
    statusBar()->addPermanentWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_agentStatus);
    statusBar()->addPermanentWidget(m_syncStatus);

    createMenus();
    connect(m_queueView, &WorkQueueView::debtorChosen, this, &MainWindow::openDebtor);
    connect(m_workspaceView, &DebtorWorkspaceView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    splitter->restoreState(settings.value(Settings::Key::SplitterState).toByteArray());

    refreshQueue();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh queue"), this, &MainWindow::refreshQueue);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *debtor = menuBar()->addMenu(tr("&Debtor"));
    QAction *search =
        debtor->addAction(tr("&Search debtors"), m_queueView, &WorkQueueView::focusSearch);
    search->setShortcut(QKeySequence::Find);
    QAction *next =
        debtor->addAction(tr("&Next in queue"), this, [this] { m_queueView->selectNext(1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous =
        debtor->addAction(tr("&Previous in queue"), this, [this] { m_queueView->selectNext(-1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction *placeDebtor = debtor->addAction(tr("New &debtor…"), this, &MainWindow::showNewDebtor);
    placeDebtor->setShortcut(QKeySequence::New);
    debtor->addSeparator();
    QAction *log = debtor->addAction(tr("&Log a contact"), this,
                                     [this] { m_workspaceView->activityForm()->startLogging(); });
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *timelineSearch = debtor->addAction(tr("Search the &timeline"), this, [this] {
        m_workspaceView->timelineView()->searchField()->setFocus(Qt::ShortcutFocusReason);
    });
    timelineSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Quita"), this, &MainWindow::showAbout);
}

void MainWindow::refreshQueue()
{
    const QUuid current = m_workspace->debtorId();
    m_queueModel->reload(); // the view updates its summary on the reset
    if (!current.isNull()) {
        const int row = m_queueModel->rowOf(current);
        if (row >= 0) {
            const QSignalBlocker blocker(m_queueView->table()->selectionModel());
            m_queueView->table()->selectRow(row);
        }
    }
    updateStatus();
}

void MainWindow::openDebtor(const QUuid &debtorId)
{
    if (debtorId.isNull() || debtorId == m_workspace->debtorId())
        return;
    m_workspaceView->timelineView()->clearFilters();
    if (!m_workspace->open(debtorId))
        statusBar()->showMessage(tr("This debtor is no longer in the local store."), 5000);
}

void MainWindow::updateStatus()
{
    m_agentStatus->setText(tr("Agent: %1").arg(m_workspace->agent()));
    m_storeStatus->setText(tr("%Ln debtor(s) in the local store", nullptr,
                              DebtorRepository(m_database.connection()).count()));
}

void MainWindow::showNewDebtor()
{
    DebtorRegistration registration(m_database.connection());
    NewDebtorDialog dialog(registration, m_clock.today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshQueue();
    m_workspaceView->timelineView()->clearFilters();
    m_workspace->open(dialog.createdDebtor());
    const int row = m_queueModel->rowOf(dialog.createdDebtor());
    if (row >= 0) {
        const QSignalBlocker blocker(m_queueView->table()->selectionModel());
        m_queueView->table()->selectRow(row);
    }
    statusBar()->showMessage(tr("Debtor placed: %1").arg(m_workspace->overview().debtor.name),
                             5000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_workspace->setAgent(m_settings.agentName());
        updateStatus();
    }
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>Ctrl+F</b></td><td>Search debtors</td></tr>"
           "<tr><td><b>Alt+Down / Alt+Up</b></td><td>Next / previous debtor in the queue</td></tr>"
           "<tr><td><b>Ctrl+N</b></td><td>Place a new debtor</td></tr>"
           "<tr><td><b>Ctrl+L</b></td><td>Log a contact</td></tr>"
           "<tr><td><b>Enter</b> or <b>Ctrl+Enter</b></td><td>Save the contact</td></tr>"
           "<tr><td><b>Ctrl+Shift+F</b></td><td>Search the timeline</td></tr>"
           "<tr><td><b>F5</b></td><td>Refresh the queue</td></tr>"
           "</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quita"),
                       tr("<h3>Quita %1</h3><p>Workstation for debt-collection agents.</p>"
                          "<p>Local store: %2</p>")
                           .arg(QStringLiteral(QUITA_VERSION), m_database.path().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        m_settings.setValue(Settings::Key::SplitterState, splitter->saveState());
    event->accept();
}

} // namespace quita
