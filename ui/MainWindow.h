#pragma once

#include "domain/Promise.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;

namespace quita {

class Clock;
class Database;
class DebtorWorkspace;
class DebtorWorkspaceView;
class NegotiationActions;
class NegotiationDesk;
class PerformanceActions;
class PerformanceDesk;
class ProtestActions;
class ProtestDesk;
class Settings;
class SyncController;
class SyncStatusWidget;
class WorkQueueModel;
class WorkQueueView;

// The agent's desk: the work queue beside the debtor workspace, menus with keyboard
// shortcuts for the whole flow, and a status bar. With a sync controller it also signs
// in to the central server, shows the sync state and conflicts, and refreshes what is
// on screen when the server's changes arrive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &database, const Clock &clock, Settings &settings,
               SyncController *sync = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkQueueView *queueView() const { return m_queueView; }
    DebtorWorkspaceView *workspaceView() const { return m_workspaceView; }
    DebtorWorkspace *workspace() const { return m_workspace; }
    WorkQueueModel *queueModel() const { return m_queueModel; }
    NegotiationActions *negotiation() const { return m_negotiation; }
    PerformanceActions *performance() const { return m_performance; }
    ProtestActions *protest() const { return m_protest; }

    void refreshQueue();
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    // The sign-in dialog; `password` given (--user with QUITA_PASSWORD): signs in at once.
    void showLogin(const QString &username = {}, const QString &password = {});
    void showConflicts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openDebtor(const QUuid &debtorId);
    void showNewDebtor();
    void showSettings();
    void showShortcuts();
    void showAbout();
    void updateStatus();
    void onServerChanges(const QStringList &debtorIds);
    void changePromise(Promise::Status status);

    Database &m_database;
    const Clock &m_clock;
    Settings &m_settings;
    WorkQueueModel *m_queueModel;
    DebtorWorkspace *m_workspace;
    WorkQueueView *m_queueView;
    DebtorWorkspaceView *m_workspaceView;
    SyncController *m_sync;
    SyncStatusWidget *m_syncStatus;
    QTimer *m_queueRefresh;
    QLabel *m_agentStatus;
    QLabel *m_storeStatus;
    std::unique_ptr<NegotiationDesk> m_negotiationDesk;
    NegotiationActions *m_negotiation;
    std::unique_ptr<PerformanceDesk> m_performanceDesk;
    PerformanceActions *m_performance;
    ProtestDesk *m_protestDesk;
    ProtestActions *m_protest;
};

} // namespace quita
