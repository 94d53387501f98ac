// The performance screens' data in the item layer, on a hand-written report
// (tests/support/KpiFixture.h): parsing with null rates, refusals naming the field, the
// drill-down query, the CSV of each chart's data, the account list and the local source
// running its query off the UI thread.
#include "KpiFixture.h"
#include "item/KpiAccountModel.h"
#include "item/KpiFilter.h"
#include "item/KpiLocalSource.h"
#include "item/KpiMetrics.h"
#include "item/KpiReport.h"
#include "item/KpiTable.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace quita;

class TestKpiReport : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheFixture()
    {
        const auto parsed = KpiReport::fromJson(test::kpiFixture());
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        const KpiReport &r = parsed.value();
        QCOMPARE(r.from, QDate(2026, 11, 1));
        QCOMPARE(r.to, QDate(2026, 11, 3));
        QCOMPARE(r.attributionDays, 30);
        QCOMPARE(r.totals.callAttempts, 30);
        QCOMPARE(r.totals.rpcRate, KpiRate(0.4));
        QCOMPARE(r.totals.collectedCents, 123456);
        QVERIFY(!r.totals.liquidationRate.has_value());
        QCOMPARE(r.byAgent.size(), 2);
        QCOMPARE(r.byAgent.at(1).agentName, QStringLiteral("Bruno \"Bê\" Lima, Jr."));
        // No call: no rate, which is not 0.
        QVERIFY(!r.byAgent.at(1).figures.rpcRate.has_value());
        QVERIFY(!kpiValue(r.byAgent.at(1).figures, KpiMetric::RpcRate).has_value());
        QCOMPARE(*kpiValue(r.byAgent.at(1).figures, KpiMetric::CallAttempts), 0.0);
        QCOMPARE(r.byChannel.at(0).byResult.size(), 3);
        QVERIFY(!r.byChannel.at(1).effectiveness.has_value());
        QCOMPARE(r.byDay.size(), 3);
        QCOMPARE(r.day(QDate(2026, 11, 3))->collectedCents, 100000);
        QCOMPARE(r.day(QDate(2026, 11, 4)), nullptr);
        QCOMPARE(r.aging.size(), 7);
        QCOMPARE(r.rollRates.buckets, kpiAgingBuckets());
        QVERIFY(!r.rollRates.rates.at(3).at(3).has_value());
        QCOMPARE(r.rollRates.rates.at(0).at(0), KpiRate(0.8));
        QCOMPARE(r.vintages.at(0).curve.size(), 3);
        QCOMPARE(r.targets.rpcPerDay, 4.0);
        QVERIFY(!r.isQuiet());
    }

    void refusesBadValuesNamingTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("rate as text")
            << "by_agent.0.rpc_rate" << QJsonValue(QStringLiteral("x")) << "by_agent[0].rpc_rate";
        QTest::newRow("count fractional") << "totals.rpc" << QJsonValue(1.5) << "totals.rpc";
        QTest::newRow("bad day") << "by_day.1.day" << QJsonValue(QStringLiteral("2026-13-01"))
                                 << "by_day[1].day";
        QTest::newRow("no totals") << "totals" << QJsonValue() << "totals";
        QTest::newRow("negative rate")
            << "totals.ptp_rate" << QJsonValue(-0.1) << "totals.ptp_rate";
    }

    void refusesBadValuesNamingTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = test::kpiFixture();
        const QStringList keys = path.split(QLatin1Char('.'));
        if (keys.size() == 1) {
            json.remove(keys.at(0));
        } else if (keys.size() == 2) {
            QJsonObject o = json.value(keys.at(0)).toObject();
            o.insert(keys.at(1), value);
            json.insert(keys.at(0), o);
        } else {
            QJsonArray list = json.value(keys.at(0)).toArray();
            QJsonObject o = list.at(keys.at(1).toInt()).toObject();
            o.insert(keys.at(2), value);
            list.replace(keys.at(1).toInt(), o);
            json.insert(keys.at(0), list);
        }
        const auto parsed = KpiReport::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
        QVERIFY(parsed.error().message.contains(field));
    }

    void queriesCarryTheFilterAndTheSelector()
    {
        KpiFilter f;
        f.from = QDate(2026, 9, 1);
        f.to = QDate(2026, 11, 30);
        f.channel = QStringLiteral("phone");
        QCOMPARE(f.query().query(QUrl::FullyEncoded),
                 QStringLiteral("from=2026-09-01&to=2026-11-30&channel=phone"));
        KpiSelector s;
        s.metric = QStringLiteral("roll");
        s.fromBucket = QStringLiteral("181-360");
        s.toBucket = QStringLiteral("360+");
        s.agent = QStringLiteral("a1");
        QCOMPARE(s.query(f).query(QUrl::FullyEncoded),
                 QStringLiteral("from=2026-09-01&to=2026-11-30&agent=a1&channel=phone&metric=roll"
                                "&from_bucket=181-360&to_bucket=360%2B"));
    }

    void dailyCsvIsExact()
    {
        const KpiReport r = KpiReport::fromJson(test::kpiFixture()).value();
        QCOMPARE(kpiDailyTable(r).toCsv(),
                 QStringLiteral(
                     "\"day\",\"activities\",\"call_attempts\",\"rpc\",\"ptp\",\"promises_made\","
                     "\"promises_kept\",\"agreements_closed\",\"collected_cents\","
                     "\"target_collected_cents\"\r\n"
                     "2026-11-01,10,8,3,1,1,0,0,0,50000\r\n"
                     "2026-11-02,20,14,6,1,1,1,1,23456,50000\r\n"
                     "2026-11-03,10,8,3,1,1,1,1,100000,50000\r\n"));
    }

    void agentCsvQuotesTextAndLeavesNoDataEmpty()
    {
        const KpiReport r = KpiReport::fromJson(test::kpiFixture()).value();
        const QStringList lines = kpiAgentTable(r).toCsv().split(QStringLiteral("\r\n"));
        QCOMPARE(
            lines.at(0),
            QStringLiteral("\"agent_id\",\"agent_name\",\"call_attempts\",\"rpc\",\"rpc_rate\","
                           "\"ptp\",\"ptp_rate\",\"promises_due\",\"promises_kept\","
                           "\"promise_kept_rate\",\"collected_cents\",\"agent_hours\","
                           "\"collected_per_agent_hour_cents\""));
        QCOMPARE(lines.at(1),
                 QStringLiteral("\"a1\",\"Ana Souza\",30,12,0.4,3,0.25,4,2,0.5,100000,8,12500"));
        QCOMPARE(lines.at(2), QStringLiteral("\"b2\",\"Bruno \"\"Bê\"\" Lima, Jr.\",0,0,,0,,0,0,,"
                                             "23456,8,2932"));
        QCOMPARE(lines.size(), 4); // the last line ends with CRLF too
    }

    void otherTablesHaveTheirRows()
    {
        const KpiReport r = KpiReport::fromJson(test::kpiFixture()).value();
        const KpiTable aging = kpiAgingTable(r);
        QCOMPARE(aging.rows.size(), 7);
        QCOMPARE(aging.toCsv().split(QStringLiteral("\r\n")).at(1),
                 QStringLiteral("\"current\",10,1000000,0.2,0.1"));
        const KpiTable roll = kpiRollRateTable(r);
        QCOMPARE(roll.rows.size(), 49);
        QCOMPARE(roll.toCsv().split(QStringLiteral("\r\n")).at(22),
                 QStringLiteral("\"61-90\",\"current\",0,")); // an empty row: no rate
        QCOMPARE(kpiVintageTable(r).rows.size(), 5);
        QCOMPARE(kpiChannelTable(r).toCsv().split(QStringLiteral("\r\n")).at(2),
                 QStringLiteral("\"whatsapp\",10,0,0,0,"));
        QCOMPARE(kpiChannelResultTable(r).rows.size(), 4);
        QCOMPARE(kpiBreakRateTable(r).toCsv().split(QStringLiteral("\r\n")).at(1),
                 QStringLiteral("\"a1\",\"Ana Souza\",5,1,0.2"));
    }

    void csvIsSavedAsUtf8()
    {
        QTemporaryDir dir;
        const KpiReport r = KpiReport::fromJson(test::kpiFixture()).value();
        const QString path = dir.filePath(QStringLiteral("agents.csv"));
        QVERIFY(kpiAgentTable(r).saveCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), kpiAgentTable(r).toCsv());
        QString error;
        QVERIFY(!kpiAgentTable(r).saveCsv(dir.filePath(QStringLiteral("no/such/dir.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void accountModelListsTheAnswer()
    {
        KpiAccountModel model;
        QAbstractItemModelTester tester(&model);
        const QJsonObject answer = QJsonDocument::fromJson(R"({"items": [
            {"debtor_id": "6b1d2f0e-8f7a-4c53-9a8e-0f1e2d3c4b5a", "name": "Carla Dias",
             "portfolio_id": "p1", "count": 2, "amount_cents": 123456}], "truncated": true})")
                                       .object();
        QVERIFY(model.setAnswer(answer).ok());
        model.setPortfolioNames({{QStringLiteral("p1"), QStringLiteral("Banco Azul")}});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.truncated());
        QCOMPARE(model.index(0, KpiAccountModel::Portfolio).data().toString(),
                 QStringLiteral("Banco Azul"));
        QCOMPARE(
            model.index(0, KpiAccountModel::Amount).data(KpiAccountModel::SortRole).toLongLong(),
            123456);
        QCOMPARE(model.debtorAt(0),
                 QUuid::fromString(QStringLiteral("6b1d2f0e-8f7a-4c53-9a8e-0f1e2d3c4b5a")));
        const auto bad =
            model.setAnswer(QJsonDocument::fromJson(R"({"items": [{"name": "x"}]})").object());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("items[0].debtor_id"));
        QCOMPARE(model.rowCount(), 1); // left as it was
    }

    void localSourceRunsOffTheUiThread()
    {
        QThread *ui = QThread::currentThread();
        QThread *ranOn = nullptr;
        LocalKpiSource source(QString(), [&](QSqlDatabase, const KpiFilter &filter) {
            ranOn = QThread::currentThread();
            QJsonObject json = test::kpiFixture();
            json.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
            return Result<QJsonObject>(json);
        });
        KpiFilter f;
        f.from = QDate(2026, 11, 1);
        f.to = QDate(2026, 11, 3);
        KpiReply *reply = source.report(f);
        QSignalSpy finished(reply, &KpiReply::finished);
        QVERIFY(finished.isEmpty()); // never before the caller could connect
        QVERIFY(finished.wait(5000));
        QVERIFY(ranOn && ranOn != ui);
        QVERIFY(reply->ok());
        QCOMPARE(reply->json().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2026-11-01"));
        // No accounts query: a sentence, not a hang.
        KpiSelector rpc;
        rpc.metric = QStringLiteral("rpc");
        KpiReply *accounts = source.accounts(f, rpc);
        QSignalSpy refused(accounts, &KpiReply::finished);
        QVERIFY(refused.wait(5000));
        QVERIFY(!accounts->ok());
        QVERIFY(!accounts->errorMessage().isEmpty());
    }

    void localSourceReportsTheQueryError()
    {
        LocalKpiSource source(QString(), [](QSqlDatabase, const KpiFilter &) {
            return Result<QJsonObject>(Error{QStringLiteral("x"), {}, QStringLiteral("No store.")});
        });
        KpiReply *reply = source.report({});
        QSignalSpy finished(reply, &KpiReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->failure(), KpiReply::Failure::Refused);
        QCOMPARE(reply->errorMessage(), QStringLiteral("No store."));
    }
};

QTEST_GUILESS_MAIN(TestKpiReport)
#include "TestKpiReport.moc"
