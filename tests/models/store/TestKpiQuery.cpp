// KpiQuery on the desk's local store (the agent's offline "My performance"): the same SQL
// as the server's, read from the activity table, against an independent count of the
// same rows with the domain's single-row rules; empty periods and hostile filters.
#include "DemoStoreFixture.h"
#include "KpiExpectation.h"
#include "store/KpiQuery.h"

#include <QJsonArray>
#include <QtTest>

using namespace quita;
using namespace quita::test;

namespace {

const QString kMe = QStringLiteral("7d3c1a2b-0000-4000-8000-000000000001");
const QString kOther = QStringLiteral("7d3c1a2b-0000-4000-8000-000000000002");

} // namespace

class TestKpiQuery : public QObject
{
    Q_OBJECT

    DemoStoreFixture fx;
    const QDate from{2026, 9, 1};
    const QDate to{2026, 11, 23};

    KpiQueryFilter mine() const
    {
        KpiQueryFilter f;
        f.from = from;
        f.to = to;
        f.today = to; // promises still within their grace on the last day are not judged
        f.scopeAgentIds = QStringList{kMe};
        f.agents = {{kMe, QStringLiteral("Ana Souza")}};
        return f;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open(60));
        QSqlQuery q(fx.database->connection());
        // A desk holds its agent's accounts; one in three here is someone else's.
        QVERIFY(q.exec(QStringLiteral("UPDATE debtor SET agent_id = CASE WHEN rowid % 3 = 0 THEN "
                                      "'%1' ELSE '%2' END")
                           .arg(kOther, kMe)));
        const QString seeded = seedKpiMoney(fx.database->connection(), from);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    }

    void agentReportEqualsTheIndependentCount()
    {
        const auto report = KpiQuery::report(fx.database->connection(), mine());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        const KpiExpectation e =
            KpiExpectation::count(fx.database->connection(), from, to, QStringList{kMe}, 30, 5, to);
        QVERIFY(e.totals.activities > 0);
        QVERIFY(e.totals.collectedCents > 0);
        const QJsonObject expected = e.totals.toJson();
        const QJsonObject totals = report->value("totals").toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QJsonValue got = totals.value(it.key());
            QVERIFY2(it.value().isNull() ? got.isNull()
                                         : qAbs(got.toDouble() - it.value().toDouble()) < 1e-9,
                     qPrintable(it.key()));
        }
        const QJsonArray byAgent = report->value("by_agent").toArray();
        QCOMPARE(byAgent.size(), 1);
        QCOMPARE(byAgent.first().toObject().value("call_attempts"), totals.value("call_attempts"));
        const QJsonArray aging = report->value("aging").toArray();
        for (qsizetype i = 0; i < aging.size(); ++i)
            QCOMPARE(aging.at(i).toObject().value("accounts").toInteger(), e.agingAccounts.at(i));
        QVERIFY(!report->value("vintages").toArray().isEmpty());
    }

    void emptyPeriodHasNoRates()
    {
        KpiQueryFilter f = mine();
        f.from = QDate(2030, 1, 1);
        f.to = QDate(2030, 1, 31);
        const auto report = KpiQuery::report(fx.database->connection(), f);
        QVERIFY(report);
        const QJsonObject t = report->value("totals").toObject();
        QCOMPARE(t.value("activities").toInteger(), 0);
        QVERIFY(t.value("rpc_rate").isNull());
        QVERIFY(t.value("promise_kept_rate").isNull());
        QVERIFY(t.value("collected_per_agent_hour_cents").isNull());
        QCOMPARE(report->value("by_day").toArray().size(), 31);
        for (const QJsonValue &row :
             report->value("roll_rates").toObject().value("rates").toArray())
            for (const QJsonValue &rate : row.toArray())
                QVERIFY(rate.isNull() || rate.isDouble());
    }

    void hostileFiltersMatchNothing()
    {
        KpiQueryFilter f = mine();
        f.portfolioId = QStringLiteral("x' OR '1'='1");
        const auto report = KpiQuery::report(fx.database->connection(), f);
        QVERIFY(report);
        QCOMPARE(report->value("totals").toObject().value("activities").toInteger(), 0);
        f = mine();
        f.scopeAgentIds = QStringList{QStringLiteral("') OR 1=1 --")};
        QCOMPARE(KpiQuery::report(fx.database->connection(), f)
                     ->value("totals")
                     .toObject()
                     .value("activities")
                     .toInteger(),
                 0);
        QVERIFY(!KpiQuery::report(fx.database->connection(), [&] {
            KpiQueryFilter g = mine();
            g.from = g.to.addDays(1);
            return g;
        }()));
    }

    void drillDownOnTheDesk()
    {
        const auto report = KpiQuery::report(fx.database->connection(), mine());
        QVERIFY(report);
        KpiCellSelector cell;
        cell.metric = QStringLiteral("collected");
        const auto accounts = KpiQuery::accounts(fx.database->connection(), mine(), cell);
        QVERIFY(accounts);
        qint64 sum = 0;
        for (const QJsonValue &v : accounts->value("items").toArray())
            sum += v.toObject().value("amount_cents").toInteger();
        QCOMPARE(sum, report->value("totals").toObject().value("collected_cents").toInteger());
        cell.metric = QStringLiteral("roll");
        cell.fromBucket = QStringLiteral("1-30");
        cell.toBucket = QStringLiteral("nowhere");
        const auto bad = KpiQuery::accounts(fx.database->connection(), mine(), cell);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("to_bucket"));
    }
};

QTEST_GUILESS_MAIN(TestKpiQuery)
#include "TestKpiQuery.moc"
