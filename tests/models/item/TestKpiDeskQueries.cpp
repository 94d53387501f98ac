// The desk's offline "My performance" queries (item/KpiDeskQueries) on a demo store: the
// day that judges promises comes from the desk's clock, not the system's, and the
// targets are the last ones the server answered, kept in the store by PerformanceDesk
// (the defaults until then); bad targets are refused and leave the kept ones alone.
#include "DemoStoreFixture.h"
#include "item/KpiDeskQueries.h"
#include "item/PerformanceDesk.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace quita;
using namespace quita::test;

namespace {

const QString kMe = QStringLiteral("7d3c1a2b-0000-4000-8000-000000000001");

} // namespace

class TestKpiDeskQueries : public QObject
{
    Q_OBJECT

    DemoStoreFixture fx;

    QSqlDatabase db() const { return fx.database->connection(); }

    static KpiFilter period()
    {
        KpiFilter f;
        f.from = QDate(2026, 9, 1);
        f.to = QDate(2026, 11, 23);
        return f;
    }

    QJsonObject report(const Clock &clock)
    {
        const auto answer =
            kpiDeskReportQuery(clock, kMe, QStringLiteral("Ana Souza"))(db(), period());
        [&] { QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message)); }();
        return answer ? answer.value() : QJsonObject();
    }

    static FixedClock clockOn(QDate day)
    {
        return FixedClock(QDateTime(day, QTime(15, 0), Qt::UTC));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open(60));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE debtor SET agent_id = '%1'").arg(kMe)));
    }

    void todayComesFromTheDesksClock()
    {
        // Long before every due date: no promise that was not kept is judged yet.
        const FixedClock before = clockOn(QDate(2020, 1, 1));
        const QJsonObject early = report(before).value("totals").toObject();
        QCOMPARE(early.value("promises_due").toInteger(), early.value("promises_kept").toInteger());
        // Long after: every promise of the period is judged, broken ones too.
        const FixedClock after = clockOn(QDate(2030, 1, 1));
        const QJsonObject late = report(after).value("totals").toObject();
        QVERIFY(late.value("promises_due").toInteger() > late.value("promises_kept").toInteger());
        QCOMPARE(late.value("promises_kept").toInteger(), early.value("promises_kept").toInteger());
        // The drill-down judges on the same day as the report.
        for (const FixedClock *clock : {&before, &after}) {
            KpiSelector due;
            due.metric = QStringLiteral("promises_due");
            const auto accounts = kpiDeskAccountsQuery(*clock, kMe)(db(), period(), due);
            QVERIFY(accounts);
            qint64 listed = 0;
            for (const QJsonValue &v : accounts->value("items").toArray())
                listed += v.toObject().value("count").toInteger();
            QCOMPARE(listed,
                     report(*clock).value("totals").toObject().value("promises_due").toInteger());
        }
    }

    void targetsAreTheDefaultsUntilTheServerTells()
    {
        QVERIFY(SyncState(db()).remove(QStringLiteral("kpi_targets")));
        QVERIFY(!PerformanceDesk::kpiTargets(db()));
        const QJsonObject t = report(fx.clock).value("targets").toObject();
        const KpiTargets defaults;
        QCOMPARE(t.value("collected_cents_per_day").toInteger(), defaults.collectedCentsPerDay);
        QCOMPARE(t.value("agreements_per_day").toDouble(), defaults.agreementsPerDay);
        QCOMPARE(t.value("rpc_per_day").toDouble(), defaults.rpcPerDay);
    }

    void offlineReportShowsTheTargetsTheServerSent()
    {
        PerformanceDesk desk(db(), fx.path());
        const QJsonObject fromServer{
            {"collected_cents_per_day", 234500}, {"agreements_per_day", 3.5}, {"rpc_per_day", 7}};
        QVERIFY(desk.rememberKpiTargets(fromServer));
        QCOMPARE(report(fx.clock).value("targets").toObject(), fromServer);
        // The same through the local source, on its own read-only connection.
        LocalKpiSource source(fx.path(), kpiDeskReportQuery(fx.clock, kMe, QStringLiteral("Ana")));
        KpiReply *reply = source.report(period());
        QSignalSpy finished(reply, &KpiReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(reply->ok(), qPrintable(reply->errorMessage()));
        QCOMPARE(reply->json().value("targets").toObject(), fromServer);
        // A key the server left out is the default.
        QVERIFY(desk.rememberKpiTargets({{"rpc_per_day", 0}}));
        const QJsonObject partial = report(fx.clock).value("targets").toObject();
        QCOMPARE(partial.value("rpc_per_day").toDouble(), 0.0);
        QCOMPARE(partial.value("collected_cents_per_day").toInteger(),
                 KpiTargets().collectedCentsPerDay);
        QVERIFY(desk.rememberKpiTargets(fromServer));
    }

    void badTargetsAreNotKept_data()
    {
        QTest::addColumn<QJsonObject>("targets");
        QTest::newRow("text") << QJsonObject{{"rpc_per_day", "many"}};
        QTest::newRow("negative") << QJsonObject{{"agreements_per_day", -1}};
        QTest::newRow("fraction of a centavo") << QJsonObject{{"collected_cents_per_day", 10.5}};
        QTest::newRow("null") << QJsonObject{{"collected_cents_per_day", QJsonValue()}};
    }

    void badTargetsAreNotKept()
    {
        QFETCH(QJsonObject, targets);
        PerformanceDesk desk(db(), fx.path());
        const QJsonObject good{
            {"collected_cents_per_day", 234500}, {"agreements_per_day", 3.5}, {"rpc_per_day", 7}};
        QVERIFY(desk.rememberKpiTargets(good));
        QVERIFY(!desk.rememberKpiTargets(targets));
        QVERIFY(!PerformanceDesk::kpiTargetsFromJson(targets));
        QCOMPARE(report(fx.clock).value("targets").toObject(), good);
        // A damaged stored value reads as "never learnt": the defaults.
        QVERIFY(SyncState(db()).setValue(QStringLiteral("kpi_targets"), QStringLiteral("{")));
        QVERIFY(!PerformanceDesk::kpiTargets(db()));
        QCOMPARE(report(fx.clock).value("targets").toObject().value("rpc_per_day").toDouble(),
                 KpiTargets().rpcPerDay);
    }
};

QTEST_GUILESS_MAIN(TestKpiDeskQueries)
#include "TestKpiDeskQueries.moc"
