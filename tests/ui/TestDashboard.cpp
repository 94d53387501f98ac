// The performance screens offscreen: the team dashboard drawn from a report (the
// hand-written fixture, then a large made-up one), hover and drill-down on a bar and on
// a heat-map cell, double-click opening the account, exports (PNG not blank, PDF, CSV
// with its header) without any dialog, the empty and offline sentences, "My
// performance"; and the same dashboard from a real quita-server on loopback.
#include "ApiClient.h"
#include "DrillDownDialog.h"
#include "KpiFilterBar.h"
#include "KpiFixture.h"
#include "PerformanceActions.h"
#include "PerformanceWindow.h"
#include "ServerProcess.h"
#include "SyntheticKpiReport.h"
#include "TeamDashboard.h"
#include "UiSnapshot.h"
#include "charts/AgentComparisonChart.h"
#include "charts/AgingChart.h"
#include "charts/ChartFrame.h"
#include "charts/DailySeriesChart.h"
#include "charts/RollRateHeatMap.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "item/KpiAccountModel.h"
#include "item/KpiDeskQueries.h"
#include "item/KpiLocalSource.h"
#include "item/KpiSource.h"
#include "item/PerformanceDesk.h"
#include "item/SyncController.h"
#include "store/Database.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

using namespace quita;
using namespace quita::test;

namespace {

const char *debtorA = "6b1d2f0e-8f7a-4c53-9a8e-0f1e2d3c4b5a";

// A source answering the fixture (or any report) and recording the drill-downs asked.
std::unique_ptr<LocalKpiSource> fixtureSource(QJsonObject report, QList<KpiSelector> *asked)
{
    return std::make_unique<LocalKpiSource>(
        QString(),
        [report](QSqlDatabase, const KpiFilter &) { return Result<QJsonObject>(report); },
        [asked](QSqlDatabase, const KpiFilter &, const KpiSelector &selector) {
            asked->append(selector);
            return Result<QJsonObject>(QJsonDocument::fromJson(QStringLiteral(R"({"items": [
                    {"debtor_id": "%1", "name": "Carla Dias", "portfolio_id": "p1",
                     "count": 3, "amount_cents": 45000},
                    {"debtor_id": "0d6c2b1a-1111-4a2b-8c3d-9e8f7a6b5c4d", "name": "Davi Melo",
                     "portfolio_id": "p1", "count": 1, "amount_cents": 1000}],
                    "truncated": false})")
                                                                   .arg(QLatin1String(debtorA))
                                                                   .toUtf8())
                                           .object());
        });
}

// More than one colour: something was drawn.
bool notBlank(const QString &path)
{
    QImage image(path);
    if (image.isNull() || image.width() == 0)
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

QPoint barCenter(QCustomPlot *plot, int plottable, int index)
{
    auto *bars = qobject_cast<QCPBars *>(plot->plottable(plottable));
    const QPointF p = bars->dataPixelPosition(index);
    // dataPixelPosition is the bar's tip; halfway back to the base is inside it.
    const QPointF base = bars->keyAxis()->orientation() == Qt::Horizontal
                             ? QPointF(p.x(), bars->valueAxis()->coordToPixel(0))
                             : QPointF(bars->valueAxis()->coordToPixel(0), p.y());
    return ((p + base) / 2).toPoint();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    QList<KpiSelector> asked;
    std::unique_ptr<LocalKpiSource> source;
    std::unique_ptr<TeamDashboard> dashboard;

private slots:
    void initTestCase()
    {
        test::translateScreens();
        ChartFrame::setExportDirectory(dir.path());
        source = fixtureSource(kpiFixture(), &asked);
    }

    void cleanupTestCase()
    {
        dashboard.reset();
        source.reset();
    }

    void dashboardLoadsWithoutBlocking()
    {
        dashboard = std::make_unique<TeamDashboard>(source.get(), QDate(2026, 11, 3));
        dashboard->resize(1280, 900);
        dashboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(dashboard.get()));
        dashboard->reload();
        QVERIFY(dashboard->isLoading());
        QVERIFY(dashboard->statusText().contains(QStringLiteral("Loading")) ||
                !qEnvironmentVariableIsEmpty("QUITA_SCREENSHOT_QM"));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->hasReport(), 5000);
        QVERIFY(!dashboard->isLoading());
        QCOMPARE(dashboard->frames().size(), 7);
        for (ChartFrame *frame : dashboard->frames())
            QVERIFY2(frame->chart()->hasData(), qPrintable(frame->chart()->fileName()));
        // Bruno has no call: no bar for his RPC rate, and the tile says the team's.
        dashboard->agentMetricChooser()->setCurrentIndex(1);
        emit dashboard->agentMetricChooser()->activated(1);
        QCOMPARE(dashboard->agentChart()->metric(), KpiMetric::RpcRate);
        auto *bars = qobject_cast<QCPBars *>(dashboard->agentChart()->plot()->plottable(0));
        QCOMPARE(bars->dataCount(), 1);
        auto *tile = dashboard->findChild<QLabel *>(QStringLiteral("tile_rpc_rate"));
        QVERIFY(tile->text().contains(QLocale().toString(40.0, 'f', 1)));
        QVERIFY(!tile->toolTip().isEmpty()); // the definition
        snapshot(dashboard.get(), "team-dashboard-fixture");
    }

    void hoverShowsTheValueAndAClickDrillsDown()
    {
        AgentComparisonChart *chart = dashboard->agentChart();
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        const QPoint bar = barCenter(chart->plot(), 0, 0);
        QVERIFY(chart->toolTipAt(bar).contains(QStringLiteral("Ana Souza")));
        QVERIFY(chart->toolTipAt(bar).contains(QStringLiteral("12")));
        QSignalSpy drill(chart, &KpiChart::drillDown);
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, bar);
        QCOMPARE(drill.size(), 1);
        // The dialog is up at once, loading; the answer comes later, off the UI thread.
        DrillDownDialog *dialog = dashboard->drillDownDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 5000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).metric, QStringLiteral("rpc"));
        QCOMPARE(asked.at(0).agent, QStringLiteral("a1"));
        QCOMPARE(dialog->model()->rowCount(), 2);
        snapshot(dialog, "drill-down");
        // Double-click opens the account (the biggest amount is listed first).
        QSignalSpy opened(dashboard.get(), &KpiScreen::debtorChosen);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTableView *view = dialog->view();
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        // QTest's double-click needs the press of the first click before it.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toUuid(), QUuid::fromString(QLatin1String(debtorA)));
        dialog->close();
    }

    void heatMapCellDrillsDownToItsBuckets()
    {
        RollRateHeatMap *map = dashboard->rollRateChart();
        map->plot()->replot(QCustomPlot::rpImmediateRefresh);
        const QPoint cell = map->cellCenter(0, 1); // current -> 1-30
        QVERIFY(map->toolTipAt(cell).contains(QStringLiteral("20")));
        QString caption;
        const KpiSelector s = map->selectorAt(cell, &caption);
        QCOMPARE(s.metric, QStringLiteral("roll"));
        QCOMPARE(s.fromBucket, QStringLiteral("current"));
        QCOMPARE(s.toBucket, QStringLiteral("1-30"));
        // An empty row has no rate and no accounts behind it.
        QVERIFY(!map->selectorAt(map->cellCenter(3, 3)).isValid());
        QVERIFY(map->toolTipAt(map->cellCenter(3, 3)).contains(QStringLiteral("—")));
    }

    void everyChartExports()
    {
        for (ChartFrame *frame : dashboard->frames()) {
            const QString base = dir.filePath(frame->chart()->fileName());
            QTest::mouseClick(frame->findChild<QToolButton *>(QStringLiteral("exportPng")),
                              Qt::LeftButton);
            QTest::mouseClick(frame->findChild<QToolButton *>(QStringLiteral("exportPdf")),
                              Qt::LeftButton);
            QTest::mouseClick(frame->findChild<QToolButton *>(QStringLiteral("exportCsv")),
                              Qt::LeftButton);
            QVERIFY2(notBlank(base + QStringLiteral(".png")), qPrintable(base));
            QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() > 1000);
            QFile csv(base + QStringLiteral(".csv"));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QByteArray header = csv.readLine().trimmed();
            QCOMPARE(header,
                     frame->chart()->table().toCsv().split(QStringLiteral("\r\n")).at(0).toUtf8());
            QVERIFY(!csv.readLine().isEmpty()); // a data row
        }
        QFile agents(dir.filePath(QStringLiteral("agent-comparison.csv")));
        QVERIFY(agents.open(QIODevice::ReadOnly));
        QVERIFY(agents.readLine().startsWith("\"agent_id\",\"agent_name\",\"call_attempts\""));
        // The plot is left as it was (the export's title is removed again).
        QCOMPARE(dashboard->agentChart()->plot()->plotLayout()->rowCount(), 1);
    }

    void emptyPeriodAndOfflineAreSentences()
    {
        QJsonObject quiet = kpiFixture();
        QJsonObject totals = quiet.value(QStringLiteral("totals")).toObject();
        for (const char *key :
             {"activities", "collected_cents", "agreements_closed", "promises_due"})
            totals.insert(QLatin1String(key), 0);
        quiet.insert(QStringLiteral("totals"), totals);
        quiet.insert(QStringLiteral("by_agent"), QJsonArray());
        quiet.insert(QStringLiteral("by_channel"), QJsonArray());
        quiet.insert(QStringLiteral("aging"), QJsonArray());
        quiet.insert(QStringLiteral("vintages"), QJsonArray());
        QList<KpiSelector> none;
        auto quietSource = fixtureSource(quiet, &none);
        TeamDashboard empty(quietSource.get(), QDate(2026, 11, 3));
        empty.resize(1000, 700);
        empty.show();
        empty.reload();
        QTRY_VERIFY_WITH_TIMEOUT(empty.hasReport(), 5000);
        QCOMPARE(empty.statusText(), KpiScreen::tr("No activity in this period."));
        auto *message = empty.agentChart()->findChild<QLabel *>(QStringLiteral("chartMessage"));
        QCOMPARE(message->text(), KpiChart::tr("No activity in this period."));
        snapshot(&empty, "team-dashboard-empty");

        // Not signed in: the server's source answers "offline".
        QTemporaryDir storeDir;
        SyncController sync(storeDir.filePath(QStringLiteral("desk.sqlite")));
        ServerKpiSource server(sync);
        TeamDashboard offline(&server, QDate(2026, 11, 3));
        offline.resize(1000, 700);
        offline.show();
        offline.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!offline.isLoading(), 10000);
        QCOMPARE(offline.statusText(),
                 TeamDashboard::tr("The team dashboard needs the server; you are offline."));
        snapshot(&offline, "team-dashboard-offline");
    }

    void myPerformanceShowsTodayAndTheMonthAgainstTarget()
    {
        PerformanceWindow window(source.get(), QDate(2026, 11, 3));
        window.setFixedAgent(QStringLiteral("a1"));
        window.resize(1200, 720);
        window.show();
        window.reload();
        QTRY_VERIFY_WITH_TIMEOUT(window.hasReport(), 5000);
        QVERIFY(!window.filterBar()
                     ->findChild<QComboBox *>(QStringLiteral("agentFilter"))
                     ->isVisibleTo(&window));
        // Today (03/11): R$ 1.000,00 of a R$ 500,00 target.
        auto *today = window.findChild<QLabel *>(QStringLiteral("tile_today_collected_cents"));
        QVERIFY2(today->text().contains(Money::fromCents(100000).toString().toHtmlEscaped()),
                 qPrintable(today->text()));
        QVERIFY(today->text().contains(QStringLiteral("200%")));
        auto *rpc = window.findChild<QLabel *>(QStringLiteral("tile_period_rpc"));
        QVERIFY(rpc->text().contains(QStringLiteral("12"))); // of 3 days x 4
        QVERIFY(window.dailyChart()->hasData());
        QCOMPARE(window.dailyChart()->plot()->plottableCount(), 2); // bars and the target line
        snapshot(&window, "my-performance-fixture");
    }

    void largeReportsLookRight()
    {
        // The screenshots' data: a team of 24 over 90 days, and one agent's month.
        const QJsonObject big = bench::syntheticKpiReport({24, 90, 24, QDate(2026, 11, 30), 11});
        QList<KpiSelector> none;
        auto bigSource = fixtureSource(big, &none);
        TeamDashboard team(bigSource.get(), QDate(2026, 11, 30));
        team.resize(1400, 2300);
        team.show();
        KpiFilter period = team.filterBar()->filter();
        period.from = QDate(2026, 9, 2);
        period.to = QDate(2026, 11, 30);
        team.filterBar()->setFilter(period);
        team.reload();
        QTRY_VERIFY_WITH_TIMEOUT(team.hasReport(), 5000);
        snapshot(&team, "team-dashboard");
        QJsonObject mine = bench::syntheticKpiReport({1, 30, 0, QDate(2026, 11, 30), 5});
        auto mineSource = fixtureSource(mine, &none);
        PerformanceWindow window(mineSource.get(), QDate(2026, 11, 30));
        window.setFixedAgent(QStringLiteral("agent-000"));
        window.resize(1300, 760);
        window.show();
        window.reload();
        QTRY_VERIFY_WITH_TIMEOUT(window.hasReport(), 5000);
        snapshot(&window, "my-performance");
    }

    void teamDashboardFromARealServer()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("server")),
                              QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                              QStringLiteral("40")}));
        const QString store = dir.filePath(QStringLiteral("carla.sqlite"));
        SyncController sync(store);
        sync.setServer(QUrl(server.base()));
        sync.login(QStringLiteral("carla"), QStringLiteral("quita-demo"));
        QVERIFY(QTest::qWaitFor([&] { return sync.isSignedIn(); }, 20000));
        ServerKpiSource kpis(sync);
        TeamDashboard team(&kpis, QDate::currentDate());
        team.resize(1280, 900);
        team.show();
        team.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!team.isLoading(), 30000);
        QVERIFY2(team.hasReport(), qPrintable(team.statusText()));
        QVERIFY(!team.report().byAgent.isEmpty()); // carla's agents
        // Drill down on the first agent's bar through GET /api/v1/kpis/accounts.
        AgentComparisonChart *chart = team.agentChart();
        if (!chart->hasData())
            QSKIP("The demo data has no call attempts in this month yet.");
        chart->plot()->replot(QCustomPlot::rpImmediateRefresh);
        QTest::mouseClick(chart->plot(), Qt::LeftButton, {}, barCenter(chart->plot(), 0, 0));
        QTRY_VERIFY(team.drillDownDialog() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!team.drillDownDialog()->isLoading(), 30000);
        QVERIFY2(team.drillDownDialog()->model()->rowCount() > 0,
                 qPrintable(team.drillDownDialog()->status()));
        snapshot(&team, "team-dashboard-server");
    }

    // Offline, "My performance" is computed on the desk's own store with the same SQL:
    // once ana's desk has synced, its figures for her are the server's.
    void myPerformanceOfflineEqualsTheServers()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--data-dir"),
                              dir.filePath(QStringLiteral("server-ana")), QStringLiteral("--demo"),
                              QStringLiteral("--demo-size"), QStringLiteral("40")}));
        const QString store = dir.filePath(QStringLiteral("ana.sqlite"));
        KpiFilter filter;
        filter.to = QDate::currentDate();
        filter.from = filter.to.addDays(-59);
        QJsonObject online;
        QString anaId;
        QString anaName;
        {
            SyncController sync(store);
            sync.setServer(QUrl(server.base()));
            QSignalSpy finished(&sync, &SyncController::syncFinished);
            sync.login(QStringLiteral("ana"), QStringLiteral("quita-demo"));
            QVERIFY(QTest::qWaitFor([&] { return sync.isSignedIn(); }, 20000));
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 && !sync.firstSyncRunning(), 60000);
            anaId = sync.user().value(QStringLiteral("id")).toString();
            anaName = sync.user().value(QStringLiteral("display_name")).toString();
            ServerKpiSource kpis(sync);
            KpiReply *reply = kpis.report(filter);
            QSignalSpy answered(reply, &KpiReply::finished);
            QVERIFY(answered.wait(30000));
            QVERIFY2(reply->ok(), qPrintable(reply->errorMessage()));
            online = reply->json();
        }
        const SystemClock clock;
        LocalKpiSource local(store, kpiDeskReportQuery(clock, anaId, anaName));
        KpiReply *reply = local.report(filter);
        QSignalSpy answered(reply, &KpiReply::finished);
        QVERIFY(answered.wait(30000));
        QVERIFY2(reply->ok(), qPrintable(reply->errorMessage()));
        const QJsonObject offline = reply->json().value(QStringLiteral("totals")).toObject();
        const QJsonObject expected = online.value(QStringLiteral("totals")).toObject();
        QVERIFY(expected.value(QStringLiteral("activities")).toInteger() > 0);
        for (const char *key :
             {"activities", "call_attempts", "rpc", "ptp", "promises_made", "promises_due",
              "promises_kept", "agreements_closed", "collected_cents"})
            QVERIFY2(offline.value(QLatin1String(key)) == expected.value(QLatin1String(key)),
                     qPrintable(QStringLiteral("%1: offline %2, server %3")
                                    .arg(QLatin1String(key))
                                    .arg(offline.value(QLatin1String(key)).toDouble())
                                    .arg(expected.value(QLatin1String(key)).toDouble())));
    }

    // The admin's targets reach the desk without any screen open (after signing in),
    // again with every server report, and the offline "My performance" shows them.
    void offlineMyPerformanceShowsTheAdminsTargets()
    {
        ServerProcess server;
        QVERIFY(server.start(
            {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("server-targets")),
             QStringLiteral("--demo"), QStringLiteral("--demo-size"), QStringLiteral("20")}));
        ApiClient admin(server.base());
        QVERIFY(!admin.login(QStringLiteral("admin"), QStringLiteral("quita-demo")).isEmpty());
        const QJsonObject set{
            {"collected_cents_per_day", 234500}, {"agreements_per_day", 3.5}, {"rpc_per_day", 7}};
        QCOMPARE(admin.put(QStringLiteral("/api/v1/admin/targets"), set).status, 200);

        const QString store = dir.filePath(QStringLiteral("ana-targets.sqlite"));
        auto opened = Database::open(store);
        QVERIFY(opened.ok());
        const std::unique_ptr<Database> database = std::move(opened).value();
        const PerformanceDesk desk(database->connection(), store);
        const FixedClock clock(QDateTime::currentDateTimeUtc());
        QWidget window;
        QString anaId, anaName;
        {
            SyncController sync(store);
            sync.setServer(QUrl(server.base()));
            PerformanceActions actions(&sync, desk, clock, &window);
            QVERIFY(!PerformanceDesk::kpiTargets(database->connection()));
            sync.login(QStringLiteral("ana"), QStringLiteral("quita-demo"));
            QTRY_VERIFY_WITH_TIMEOUT(PerformanceDesk::kpiTargets(database->connection()), 30000);
            auto kept = PerformanceDesk::kpiTargets(database->connection());
            QCOMPARE(kept->collectedCentsPerDay, 234500);
            QCOMPARE(kept->agreementsPerDay, 3.5);
            QCOMPARE(kept->rpcPerDay, 7.0);
            anaId = sync.user().value(QStringLiteral("id")).toString();
            anaName = sync.user().value(QStringLiteral("display_name")).toString();

            // The admin changes them; the next report from the server brings them.
            QCOMPARE(
                admin.put(QStringLiteral("/api/v1/admin/targets"), {{"rpc_per_day", 9}}).status,
                200);
            QTRY_VERIFY_WITH_TIMEOUT(sync.state() == SyncEngine::State::Online, 30000);
            actions.showMyPerformance();
            QVERIFY(actions.performanceWindow());
            QTRY_VERIFY_WITH_TIMEOUT(actions.performanceWindow()->hasReport(), 30000);
            QTRY_COMPARE_WITH_TIMEOUT(
                PerformanceDesk::kpiTargets(database->connection())->rpcPerDay, 9.0, 10000);
            actions.performanceWindow()->close();
        }

        // Offline: the desk's own figures, against those targets.
        LocalKpiSource local(store, kpiDeskReportQuery(clock, anaId, anaName));
        PerformanceWindow offline(&local, clock.today());
        offline.setFixedAgent(anaId);
        offline.show();
        offline.reload();
        QTRY_VERIFY_WITH_TIMEOUT(offline.hasReport(), 30000);
        const KpiReportTargets &t = offline.report().targets;
        QCOMPARE(t.collectedCentsPerDay, 234500);
        QCOMPARE(t.agreementsPerDay, 3.5);
        QCOMPARE(t.rpcPerDay, 9.0);
        // Today's right-party contacts against 9 a day, not the default 12.
        auto *rpc = offline.findChild<QLabel *>(QStringLiteral("tile_today_rpc"));
        QVERIFY2(rpc->text().contains(QLocale().toString(9.0, 'f', 1)), qPrintable(rpc->text()));
    }
};

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
