// The KPI rules of DOMAIN.md "KPIs" on hand-made fixtures; every expected figure is
// counted by hand in the comment beside it.
#include "domain/kpi/KpiDefinitions.h"
#include "domain/kpi/KpiRules.h"
#include "domain/kpi/KpiTally.h"

#include <QJsonArray>
#include <QtTest>

using namespace quita;

namespace {

qint64 utc(int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestKpi : public QObject
{
    Q_OBJECT

private slots:
    void rateIsNoDataOnAZeroDenominator()
    {
        QVERIFY(!kpiRate(0, 0));
        QVERIFY(!kpiRate(5, 0));
        QCOMPARE(*kpiRate(1, 4), 0.25);
        QCOMPARE(*kpiRate(0, 3), 0.0); // zero is a figure, not "no data"
    }

    void activityCounts_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("result");
        QTest::addColumn<int>("calls");
        QTest::addColumn<int>("rpc");
        QTest::addColumn<int>("ptp");
        QTest::newRow("call, no answer") << "phone"
                                         << "outbound"
                                         << "no_answer" << 1 << 0 << 0;
        QTest::newRow("call, right party") << "phone"
                                           << "outbound"
                                           << "rpc" << 1 << 1 << 0;
        QTest::newRow("call, promise") << "phone"
                                       << "outbound"
                                       << "ptp" << 1 << 1 << 1;
        QTest::newRow("call, refused") << "phone"
                                       << "outbound"
                                       << "refused" << 1 << 1 << 0;
        QTest::newRow("call, third party") << "phone"
                                           << "outbound"
                                           << "third_party" << 1 << 0 << 0;
        QTest::newRow("inbound call is no attempt") << "phone"
                                                    << "inbound"
                                                    << "ptp" << 0 << 0 << 0;
        QTest::newRow("whatsapp promise is no call") << "whatsapp"
                                                     << "outbound"
                                                     << "ptp" << 0 << 0 << 0;
    }
    void activityCounts()
    {
        QFETCH(QString, channel);
        QFETCH(QString, direction);
        QFETCH(QString, result);
        QFETCH(int, calls);
        QFETCH(int, rpc);
        QFETCH(int, ptp);
        KpiTally t;
        tallyActivity(t, channel, direction, result, 3); // three alike
        QCOMPARE(t.activities, 3);
        QCOMPARE(t.callAttempts, 3 * calls);
        QCOMPARE(t.rpc, 3 * rpc);
        QCOMPARE(t.ptp, 3 * ptp);
    }

    void ratesOfAFixture()
    {
        KpiTally t;
        // 6 activities: 4 call attempts (no_answer, rpc, ptp, refused), of which 3 reached
        // the right party (rpc, ptp, refused) and 1 promised (ptp); the inbound phone ptp
        // and the WhatsApp message are activities only.
        tallyActivity(t, "phone", "outbound", "no_answer");
        tallyActivity(t, "phone", "outbound", "rpc");
        tallyActivity(t, "phone", "outbound", "ptp");
        tallyActivity(t, "phone", "inbound", "ptp");
        tallyActivity(t, "whatsapp", "outbound", "ptp");
        tallyActivity(t, "phone", "outbound", "refused");
        t.promisesDue = 4;
        t.promisesKept = 1;
        t.agreementsDue = 5;
        t.agreementsBroken = 2;
        t.collectedCents = 100001;
        t.agentHours = 3;
        t.outstandingStartCents = 400000;
        t.collectedFromOutstandingCents = 100000;
        const QJsonObject j = t.toJson();
        QCOMPARE(j.value("activities").toInteger(), 6);
        QCOMPARE(j.value("call_attempts").toInteger(), 4);
        QCOMPARE(j.value("rpc").toInteger(), 3);
        QCOMPARE(j.value("rpc_rate").toDouble(), 0.75);            // 3 / 4
        QCOMPARE(j.value("ptp_rate").toDouble(), 1.0 / 3.0);       // 1 / 3
        QCOMPARE(j.value("promise_kept_rate").toDouble(), 0.25);   // 1 / 4
        QCOMPARE(j.value("agreement_break_rate").toDouble(), 0.4); // 2 / 5
        // 100001 / 3 = 33333.67 -> 33334 centavos
        QCOMPARE(j.value("collected_per_agent_hour_cents").toInteger(), 33334);
        QCOMPARE(j.value("recovery_rate").toDouble(), 0.25); // 100000 / 400000
        QVERIFY(j.value("liquidation_rate").isNull());       // nothing placed
    }

    void emptyTallyHasNoRates()
    {
        const QJsonObject j = KpiTally{}.toJson();
        for (const char *key :
             {"rpc_rate", "ptp_rate", "promise_kept_rate", "agreement_break_rate",
              "collected_per_agent_hour_cents", "recovery_rate", "liquidation_rate"})
            QVERIFY2(j.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(j.value("activities").toInteger(), 0);
        QVERIFY(j.value("agent_hours").isDouble());
    }

    void promiseKept_data()
    {
        // A promise of R$ 100,00 made on 2026-11-05, due 2026-11-10, 5 days of grace: paid
        // in full from 11-05 through 11-15 keeps it.
        QTest::addColumn<QDate>("madeOn");
        QTest::addColumn<QList<KpiPayment>>("payments");
        QTest::addColumn<bool>("markedKept");
        QTest::addColumn<bool>("kept");
        const QDate made(2026, 11, 5);
        QTest::newRow("paid in full on the due date")
            << made << QList<KpiPayment>{{QDate(2026, 11, 10), 10000}} << false << true;
        QTest::newRow("paid on the last day of grace")
            << made << QList<KpiPayment>{{QDate(2026, 11, 15), 10000}} << false << true;
        QTest::newRow("paid a day after the grace")
            << made << QList<KpiPayment>{{QDate(2026, 11, 16), 10000}} << false << false;
        QTest::newRow("a partial payment keeps nothing")
            << made << QList<KpiPayment>{{QDate(2026, 11, 10), 9999}} << false << false;
        QTest::newRow("two partials add up (6000 + 4000)")
            << made << QList<KpiPayment>{{QDate(2026, 11, 9), 6000}, {QDate(2026, 11, 12), 4000}}
            << false << true;
        QTest::newRow("paid before the promise was made")
            << made << QList<KpiPayment>{{QDate(2026, 11, 4), 10000}} << false << false;
        QTest::newRow("marked kept") << made << QList<KpiPayment>{} << true << true;
        QTest::newRow("made unknown: 30 days before due count")
            << QDate() << QList<KpiPayment>{{QDate(2026, 10, 11), 10000}} << false << true;
        QTest::newRow("made unknown: 31 days before due do not")
            << QDate() << QList<KpiPayment>{{QDate(2026, 10, 10), 10000}} << false << false;
    }
    void promiseKept()
    {
        QFETCH(QDate, madeOn);
        QFETCH(QList<KpiPayment>, payments);
        QFETCH(bool, markedKept);
        QFETCH(bool, kept);
        QCOMPARE(quita::promiseKept(madeOn, QDate(2026, 11, 10), 10000, markedKept, payments, 5),
                 kept);
    }

    void lastTouchAttribution()
    {
        // A payment on 2026-11-20 (Brasília), 30 days of window: from 2026-10-21 00:00
        // BRT (03:00 UTC) to the end of 11-20 BRT (11-21 03:00 UTC, exclusive).
        const QDate paid(2026, 11, 20);
        QCOMPARE(attributedChannel(
                     paid, {{utc(2026, 11, 1, 12), "sms"}, {utc(2026, 11, 19, 15), "phone"}}, 30)
                     .value_or("none"),
                 QStringLiteral("phone")); // the later touch wins
        QCOMPARE(attributedChannel(paid, {{utc(2026, 10, 21, 3), "email"}}, 30).value_or("none"),
                 QStringLiteral("email")); // first instant of the window
        QVERIFY(!attributedChannel(paid, {{utc(2026, 10, 21, 2, 59, 59), "email"}}, 30));
        QCOMPARE(
            attributedChannel(paid, {{utc(2026, 11, 21, 2, 30), "whatsapp"}}, 30).value_or("none"),
            QStringLiteral("whatsapp")); // 23:30 BRT on the payment's day
        QVERIFY(!attributedChannel(paid, {{utc(2026, 11, 21, 3), "whatsapp"}}, 30)); // next day
        QVERIFY(!attributedChannel(paid, {}, 30));
        QVERIFY(!attributedChannel(paid, {{utc(2026, 11, 1, 12), "sms"}}, 7)); // 19 days before
    }

    void agingOnADay_data()
    {
        QTest::addColumn<QDate>("oldestDue");
        QTest::addColumn<bool>("underAgreement");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("due today") << QDate(2026, 11, 30) << false << "current";
        QTest::newRow("1 day") << QDate(2026, 11, 29) << false << "1-30";
        QTest::newRow("30 days") << QDate(2026, 10, 31) << false << "1-30";
        QTest::newRow("31 days") << QDate(2026, 10, 30) << false << "31-60";
        QTest::newRow("360 days") << QDate(2026, 11, 30).addDays(-360) << false << "181-360";
        QTest::newRow("361 days") << QDate(2026, 11, 30).addDays(-361) << false << "360+";
        QTest::newRow("under an agreement") << QDate(2025, 1, 1) << true << "current";
        QTest::newRow("no open title") << QDate() << false << "current";
    }
    void agingOnADay()
    {
        QFETCH(QDate, oldestDue);
        QFETCH(bool, underAgreement);
        QFETCH(QString, bucket);
        const std::optional<QDate> due =
            oldestDue.isValid() ? std::optional(oldestDue) : std::nullopt;
        const int i = agingIndexOn(QDate(2026, 11, 30), due, underAgreement);
        QCOMPARE(AgingBuckets::defaults().buckets.at(i).name, bucket);
    }

    void rollRatesPerRow()
    {
        QList<QList<qint64>> counts = emptyRollMatrix();
        counts[1][2] = 2; // two accounts rolled from 1-30 to 31-60
        counts[1][0] = 1; // one cured
        const QJsonObject j = rollRatesJson(counts);
        QCOMPARE(j.value("buckets").toArray().size(), 7);
        const QJsonArray rates = j.value("rates").toArray();
        QCOMPARE(rates.at(1).toArray().at(2).toDouble(), 2.0 / 3.0);
        QCOMPARE(rates.at(1).toArray().at(0).toDouble(), 1.0 / 3.0);
        QCOMPARE(rates.at(1).toArray().at(1).toDouble(), 0.0);
        for (const QJsonValue &v : rates.at(0).toArray()) // an empty row: no data
            QVERIFY(v.isNull());
        QCOMPARE(j.value("counts").toArray().at(1).toArray().at(2).toInteger(), 2);
    }

    void brasiliaDays()
    {
        QCOMPARE(kpiDayOf(utc(2026, 11, 21, 2, 30)), QDate(2026, 11, 20)); // 23:30 BRT
        QCOMPARE(kpiDayOf(utc(2026, 11, 21, 3)), QDate(2026, 11, 21));
        QCOMPARE(kpiDayStartMs(QDate(2026, 11, 21)), utc(2026, 11, 21, 3));
        QCOMPARE(kpiHourOf(utc(2026, 11, 21, 3)) - kpiHourOf(utc(2026, 11, 21, 2, 59)), 1);
        QCOMPARE(monthsBetween(QDate(2026, 3, 31), QDate(2026, 4, 1)), 1);
        QCOMPARE(monthsBetween(QDate(2025, 12, 1), QDate(2026, 11, 30)), 11);
    }

    void everyFigureHasADefinition()
    {
        for (const QString &key : KpiTally{}.toJson().keys())
            QVERIFY2(!kpiDefinition(key).isEmpty(), qPrintable(key));
        for (const char *key : {"effectiveness", "aging", "roll_rates", "vintages", "targets"})
            QVERIFY2(!kpiDefinition(QString::fromLatin1(key)).isEmpty(), key);
        QVERIFY(kpiDefinition(u"no_such_kpi").isEmpty());
        QVERIFY(kpiDefinition(u"agent_hours").contains("distinct clock hours"));
    }
};

QTEST_GUILESS_MAIN(TestKpi)
#include "TestKpi.moc"
