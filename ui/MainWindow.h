#pragma once

#include <QMainWindow>

class QLabel;

namespace quita {

class Clock;
class Database;
class DebtorWorkspace;
class DebtorWorkspaceView;
class Settings;
class WorkQueueModel;
class WorkQueueView;

// The agent's desk: the work queue beside the debtor workspace, menus with keyboard
// shortcuts for the whole flow, and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database &database, const Clock &clock, Settings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkQueueView *queueView() const { return m_queueView; }
    DebtorWorkspaceView *workspaceView() const { return m_workspaceView; }
    DebtorWorkspace *workspace() const { return m_workspace; }
    WorkQueueModel *queueModel() const { return m_queueModel; }

    void refreshQueue();

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

    Database &m_database;
    const Clock &m_clock;
    Settings &m_settings;
    WorkQueueModel *m_queueModel;
    DebtorWorkspace *m_workspace;
    WorkQueueView *m_queueView;
    DebtorWorkspaceView *m_workspaceView;
    QLabel *m_syncStatus;
    QLabel *m_agentStatus;
    QLabel *m_storeStatus;
};

} // namespace quita
