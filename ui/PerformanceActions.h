#pragma once

#include "item/KpiLocalSource.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

class QAction;
class QMenu;
class QWidget;

namespace quita {

class Clock;
class KpiSource;
class PerformanceDesk;
class PerformanceWindow;
class ServerKpiSource;
class SyncController;
class TeamDashboard;

// The performance screens of the desk, opened from the menu: "My performance" for
// everyone, "Team dashboard" for supervisors and admins. The team's figures come from
// the server; the agent's own come from the server when online and from the local
// store's KpiQuery otherwise (item/KpiDeskQueries, set when the screen opens).
class PerformanceActions : public QObject
{
    Q_OBJECT
public:
    PerformanceActions(SyncController *sync, const PerformanceDesk &desk, const Clock &clock,
                       QWidget *window);

    void addTo(QMenu *menu);
    void showMyPerformance();
    void showTeamDashboard();
    // The desk's own figures offline (KpiDeskQueries over models/store/KpiQuery). The
    // functions run off the UI thread on their own read-only connection; see
    // LocalKpiSource for the contract.
    void setLocalQueries(LocalKpiSource::ReportQuery report,
                         LocalKpiSource::AccountsQuery accounts = {});

    PerformanceWindow *performanceWindow() const;
    TeamDashboard *teamDashboard() const;
    QAction *teamDashboardAction() const { return m_teamAction; }

signals:
    void debtorChosen(const QUuid &debtorId);

private:
    void updateRole();
    KpiSource *ownSource() const;
    QString userValue(const char *key) const;

    SyncController *m_sync;
    const PerformanceDesk &m_desk;
    const Clock &m_clock;
    QWidget *m_window;
    ServerKpiSource *m_server = nullptr;
    LocalKpiSource *m_local = nullptr;
    QAction *m_teamAction = nullptr;
    QPointer<PerformanceWindow> m_performance;
    QPointer<TeamDashboard> m_team;
};

} // namespace quita
