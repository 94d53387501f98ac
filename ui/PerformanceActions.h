#pragma once

#include "item/KpiLocalSource.h"

#include <QDateTime>
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
// store's KpiQuery otherwise (item/KpiDeskQueries, set when the screen opens). The KPI
// targets of every server report are kept in the desk's store for the offline report;
// they are also asked for after signing in and after a sync (at most every
// kTargetsRefreshSeconds), so a desk that never opened a screen online has them too.
class PerformanceActions : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kTargetsRefreshSeconds = 15 * 60;

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
    // Asks the server for the targets (a one-day report of the user's own accounts)
    // unless `force` is false and they were asked for less than kTargetsRefreshSeconds ago.
    void refreshTargets(bool force);
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
    QDateTime m_targetsAskedAt;
};

} // namespace quita
