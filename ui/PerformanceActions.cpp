#include "PerformanceActions.h"

#include "PerformanceWindow.h"
#include "TeamDashboard.h"
#include "domain/Clock.h"
#include "domain/kpi/KpiDefinitions.h"
#include "item/KpiDeskQueries.h"
#include "item/KpiSource.h"
#include "item/PerformanceDesk.h"
#include "item/SyncController.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>

#include <cstdlib>

namespace quita {

PerformanceActions::PerformanceActions(SyncController *sync, const PerformanceDesk &desk,
                                       const Clock &clock, QWidget *window)
    : QObject(window), m_sync(sync), m_desk(desk), m_clock(clock), m_window(window)
{
    if (m_sync) {
        m_server = new ServerKpiSource(*m_sync, this);
        // The admin's targets, for "My performance" offline.
        connect(m_server, &ServerKpiSource::targetsReceived, this,
                [this](const QJsonObject &targets) { m_desk.rememberKpiTargets(targets); });
        connect(m_sync, &SyncController::signedIn, this, &PerformanceActions::updateRole);
        connect(m_sync, &SyncController::signedIn, this, [this] { refreshTargets(true); });
        connect(m_sync, &SyncController::syncFinished, this, [this] { refreshTargets(false); });
        connect(m_sync, &SyncController::statusChanged, this, [this] {
            if (m_performance)
                m_performance->setSource(ownSource());
        });
    }
}

PerformanceWindow *PerformanceActions::performanceWindow() const
{
    return m_performance;
}

TeamDashboard *PerformanceActions::teamDashboard() const
{
    return m_team;
}

void PerformanceActions::setLocalQueries(LocalKpiSource::ReportQuery report,
                                         LocalKpiSource::AccountsQuery accounts)
{
    delete m_local;
    m_local = new LocalKpiSource(m_desk.storePath(), std::move(report), std::move(accounts), this);
    if (m_performance)
        m_performance->setSource(ownSource());
}

KpiSource *PerformanceActions::ownSource() const
{
    const bool online =
        m_sync && m_sync->isSignedIn() && m_sync->state() == SyncEngine::State::Online;
    if (online || !m_local)
        return m_server; // offline without a local query: the screen says it is offline
    return m_local;
}

QString PerformanceActions::userValue(const char *key) const
{
    if (m_sync && m_sync->isSignedIn())
        return m_sync->user().value(QLatin1String(key)).toString();
    // Who last signed in on this desk, when it starts offline.
    return m_desk.lastUser(key);
}

void PerformanceActions::refreshTargets(bool force)
{
    if (!m_server || !m_sync->isSignedIn())
        return;
    const QString me = m_sync->user().value(QLatin1String("id")).toString();
    if (me.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    if (!force && m_targetsAskedAt.isValid() &&
        std::abs(m_targetsAskedAt.secsTo(now)) < kTargetsRefreshSeconds)
        return;
    m_targetsAskedAt = now;
    m_server->refreshTargets(me, kpiDayOf(now.toMSecsSinceEpoch())); // targetsReceived follows
}

void PerformanceActions::updateRole()
{
    const QString role = userValue("role");
    if (m_teamAction)
        m_teamAction->setVisible(role == QLatin1String("supervisor") ||
                                 role == QLatin1String("admin"));
}

void PerformanceActions::addTo(QMenu *menu)
{
    QAction *mine = menu->addAction(tr("&My performance"), this, [this] { showMyPerformance(); });
    mine->setObjectName(QStringLiteral("myPerformanceAction"));
    mine->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_teamAction = menu->addAction(tr("&Team dashboard"), this, [this] { showTeamDashboard(); });
    m_teamAction->setObjectName(QStringLiteral("teamDashboardAction"));
    m_teamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    updateRole();
}

void PerformanceActions::showMyPerformance()
{
    if (!m_performance) {
        // Offline, the agent's own figures come from this desk's store.
        const QString agent = userValue("id");
        if (!agent.isEmpty() && !m_desk.storePath().isEmpty())
            setLocalQueries(kpiDeskReportQuery(m_clock, agent, userValue("display_name")),
                            kpiDeskAccountsQuery(m_clock, agent));
        m_performance = new PerformanceWindow(ownSource(), m_clock.today(), m_window);
        m_performance->setWindowFlag(Qt::Window);
        m_performance->setAttribute(Qt::WA_DeleteOnClose);
        m_performance->setFixedAgent(userValue("id"));
        m_performance->setPortfolios(m_desk.portfolios());
        connect(m_performance, &KpiScreen::debtorChosen, this, &PerformanceActions::debtorChosen);
        m_performance->reload();
    }
    m_performance->show();
    m_performance->raise();
    m_performance->activateWindow();
}

void PerformanceActions::showTeamDashboard()
{
    if (!m_team) {
        m_team = new TeamDashboard(m_server, m_clock.today(), m_window);
        m_team->setWindowFlag(Qt::Window);
        m_team->setAttribute(Qt::WA_DeleteOnClose);
        m_team->setPortfolios(m_desk.portfolios());
        connect(m_team, &KpiScreen::debtorChosen, this, &PerformanceActions::debtorChosen);
        m_team->reload();
    }
    m_team->show();
    m_team->raise();
    m_team->activateWindow();
}

} // namespace quita
