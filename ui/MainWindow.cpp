#include "MainWindow.h"

#include "ActivityForm.h"
#include "ChannelIcons.h"
#include "ConflictsDialog.h"
#include "DebtorWorkspaceView.h"
#include "LoginDialog.h"
#include "NegotiationActions.h"
#include "NewDebtorDialog.h"
#include "PerformanceActions.h"
#include "ProtestActions.h"
#include "SettingsDialog.h"
#include "SyncStatusWidget.h"
#include "TimelineView.h"
#include "WorkQueueView.h"
#include "item/ConflictModel.h"
#include "item/DebtorWorkspace.h"
#include "item/NegotiationDesk.h"
#include "item/PerformanceDesk.h"
#include "item/ProtestDesk.h"
#include "item/SyncController.h"
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
#include <QTimer>

namespace quita {

MainWindow::MainWindow(Database &database, const Clock &clock, Settings &settings,
                       SyncController *sync, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_clock(clock), m_settings(settings),
      m_queueModel(new WorkQueueModel(database.connection(), clock, this)),
      m_workspace(new DebtorWorkspace(database.connection(), clock, settings.agentName(), this)),
      m_queueView(new WorkQueueView(m_queueModel, this)),
      m_workspaceView(new DebtorWorkspaceView(m_workspace, this)), m_sync(sync),
      m_syncStatus(new SyncStatusWidget(sync, this)), m_queueRefresh(new QTimer(this)),
      m_agentStatus(new QLabel(this)), m_storeStatus(new QLabel(this)),
      m_negotiationDesk(std::make_unique<NegotiationDesk>(database.connection(), clock)),
      m_negotiation(new NegotiationActions(*m_negotiationDesk, this)),
      m_performanceDesk(std::make_unique<PerformanceDesk>(database.connection(), database.path())),
      m_performance(new PerformanceActions(sync, *m_performanceDesk, clock, this)),
      m_protestDesk(new ProtestDesk(database.connection(), sync, clock, this)),
      m_protest(new ProtestActions(*m_protestDesk, this))
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

    statusBar()->addPermanentWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_agentStatus);
    statusBar()->addPermanentWidget(m_syncStatus);

    createMenus();
    connect(m_queueView, &WorkQueueView::debtorChosen, this, &MainWindow::openDebtor);
    connect(m_workspace, &DebtorWorkspace::opened, m_negotiation, &NegotiationActions::setDebtor);
    connect(m_workspace, &DebtorWorkspace::closed, m_negotiation,
            [this] { m_negotiation->setDebtor({}); });
    connect(m_negotiation, &NegotiationActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_negotiation, &NegotiationActions::paymentsImported, this, [this] {
        if (m_workspace->isOpen())
            m_workspace->refresh();
        refreshQueue();
    });
    connect(m_negotiation, &NegotiationActions::agreementCreated, this, [this](const QUuid &id) {
        if (m_workspace->debtorId() == id)
            m_workspace->refresh();
    });
    connect(m_performance, &PerformanceActions::debtorChosen, this, &MainWindow::openDebtor);
    // Each title's protest status in the workspace; an agreement on a protested title
    // proposes the cancellation.
    m_workspace->titles()->setProtestLookup(m_protestDesk->titleLookup());
    connect(m_negotiation, &NegotiationActions::agreementCreated, m_protest,
            &ProtestActions::proposeCancellation);
    connect(m_protest, &ProtestActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_workspaceView, &DebtorWorkspaceView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });

    // Server news: the open debtor at once, the queue a moment later (news come in bursts).
    m_queueRefresh->setSingleShot(true);
    m_queueRefresh->setInterval(700);
    connect(m_queueRefresh, &QTimer::timeout, this, &MainWindow::refreshQueue);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_syncStatus, &SyncStatusWidget::signInRequested, this, [this] { showLogin(); });
    if (m_sync) {
        connect(m_workspace, &DebtorWorkspace::changesQueued, m_sync,
                &SyncController::localChangesQueued);
        connect(m_sync, &SyncController::dataChanged, this, &MainWindow::onServerChanges);
        connect(m_negotiation, &NegotiationActions::changesQueued, m_sync,
                &SyncController::localChangesQueued);
        connect(m_sync, &SyncController::storeReset, this, [this] {
            m_workspace->close();
            refreshQueue();
        });
        connect(m_sync, &SyncController::signInRequired, this, [this] {
            statusBar()->showMessage(tr("The server asks you to sign in again."), 8000);
        });
        connect(m_sync, &SyncController::signedIn, this, [this](const QJsonObject &user) {
            const QString name = user.value(QLatin1String("display_name")).toString();
            if (!name.isEmpty()) {
                m_settings.setValue(Settings::Key::AgentName, name);
                m_workspace->setAgent(name);
            }
            updateStatus();
        });
        connect(m_sync, &SyncController::syncFinished, this, [this] {
            updateStatus();
            if (m_workspace->isOpen())
                return;
            // The first sync brought the portfolio: start at the top of the new queue.
            m_queueRefresh->stop();
            refreshQueue();
            m_queueView->selectNext(1);
        });
    }

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
    debtor->addSeparator();
    QAction *kept = debtor->addAction(tr("Promise &kept"), this,
                                      [this] { changePromise(Promise::Status::Kept); });
    QAction *cancelled = debtor->addAction(tr("&Cancel the promise"), this,
                                           [this] { changePromise(Promise::Status::Cancelled); });
    connect(debtor, &QMenu::aboutToShow, this, [this, kept, cancelled] {
        const bool open = m_workspace->openPromise().has_value();
        kept->setEnabled(open);
        cancelled->setEnabled(open);
    });

    QMenu *sync = menuBar()->addMenu(tr("&Server"));
    QAction *signIn = sync->addAction(tr("Sign &in…"), this, [this] { showLogin(); });
    QAction *signOut = sync->addAction(tr("Sign &out"), this, [this] {
        if (m_sync)
            m_sync->logout();
    });
    QAction *syncNow = sync->addAction(tr("&Sync now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    sync->addAction(tr("&Conflicts…"), this, &MainWindow::showConflicts);
    m_negotiation->addTo(file, debtor, sync);
    for (QAction *action : {signIn, signOut, syncNow})
        action->setEnabled(m_sync != nullptr);

    m_performance->addTo(menuBar()->addMenu(tr("&Performance")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_protest->addMenu(menuBar(), help->menuAction());
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

void MainWindow::changePromise(Promise::Status status)
{
    if (auto done = m_workspace->setOpenPromiseStatus(status); !done) {
        statusBar()->showMessage(done.error().message, 5000);
        return;
    }
    statusBar()->showMessage(status == Promise::Status::Kept ? tr("Promise marked kept.")
                                                             : tr("Promise cancelled."),
                             5000);
    m_queueRefresh->start();
}

void MainWindow::onServerChanges(const QStringList &debtorIds)
{
    const QUuid open = m_workspace->debtorId();
    if (!open.isNull() && debtorIds.contains(open.toString(QUuid::WithoutBraces)))
        m_workspace->refresh();
    m_negotiation->serverChanged();
    m_protest->serverChanged();
    m_queueRefresh->start();
}

void MainWindow::showLogin(const QString &username, const QString &password)
{
    if (!m_sync) {
        QMessageBox::information(this, tr("Sign in"),
                                 tr("This desk works without a server. Start Quita with "
                                    "--server, or ask your administrator to set the server "
                                    "address."));
        return;
    }
    const QString user =
        username.isEmpty() ? m_sync->user().value(QLatin1String("username")).toString() : username;
    LoginDialog dialog(*m_sync, m_settings.value(Settings::Key::ServerUrl).toString(), user, this);
    if (!password.isEmpty())
        dialog.signIn(user, password);
    if (dialog.exec() == QDialog::Accepted) {
        m_settings.setValue(Settings::Key::ServerUrl, dialog.server());
        statusBar()->showMessage(tr("Signed in. Syncing your portfolio…"), 5000);
    }
}

void MainWindow::showConflicts()
{
    ConflictModel model(m_database.connection(), m_clock);
    ConflictsDialog dialog(model, this);
    if (m_sync)
        connect(&dialog, &ConflictsDialog::resolved, m_sync, &SyncController::localChangesQueued);
    dialog.exec();
    if (m_sync)
        m_sync->syncNow();
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
           "<tr><td><b>Ctrl+Shift+N</b></td><td>Negotiate with the open debtor</td></tr>"
           "<tr><td><b>Ctrl+Shift+G</b></td><td>The open debtor's agreements</td></tr>"
           "<tr><td><b>Ctrl+Shift+A</b></td><td>Offers waiting for approval</td></tr>"
           "<tr><td><b>Ctrl+Shift+R</b></td><td>Protest filing</td></tr>"
           "<tr><td><b>Ctrl+Shift+P</b></td><td>My performance</td></tr>"
           "<tr><td><b>Ctrl+Shift+T</b></td><td>Team dashboard</td></tr>"
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
