// KpiQuery::accounts(), the drill-down, on the desk's local store: the accounts listed
// behind a figure are exactly the ones the figure counts, row by row against an
// independent count of the store's rows (promises made on every channel, not only the
// phone's PTPs; the recovery and liquidation rates' collections split by placement as
// the report splits them), and a bad selector names its field.
#include "DemoStoreFixture.h"
#include "KpiExpectation.h"
#include "store/KpiQuery.h"

#include <QJsonArray>
#include <QtTest>

#include <map>

using namespace quita;
using namespace quita::test;

namespace {

const QString kMe = QStringLiteral("7d3c1a2b-0000-4000-8000-000000000001");
const QString kOther = QStringLiteral("7d3c1a2b-0000-4000-8000-000000000002");

struct Listed
{
    qint64 count = 0;
    qint64 amount = 0;
    bool operator==(const Listed &) const = default;
};

using ByDebtor = std::map<QString, Listed>;

QString describe(const ByDebtor &rows)
{
    QStringList parts;
    for (const auto &[id, l] : rows)
        parts << QStringLiteral("%1:%2/%3").arg(id.left(8)).arg(l.count).arg(l.amount);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestKpiDrillDown : public QObject
{
    Q_OBJECT

    DemoStoreFixture fx;
    const QDate from{2026, 9, 1};
    const QDate to{2026, 11, 23};
    QString placedInPeriod, placedAfter;

    QSqlDatabase db() const { return fx.database->connection(); }

    KpiQueryFilter mine() const
    {
        KpiQueryFilter f;
        f.from = from;
        f.to = to;
        f.today = to;
        f.scopeAgentIds = QStringList{kMe};
        f.agents = {{kMe, QStringLiteral("Ana Souza")}};
        return f;
    }

    ByDebtor listed(const KpiCellSelector &cell, const KpiQueryFilter &filter)
    {
        ByDebtor rows;
        const auto answer = KpiQuery::accounts(db(), filter, cell);
        [&] { QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message)); }();
        if (!answer)
            return rows;
        [&] { QVERIFY(!answer->value("truncated").toBool()); }();
        for (const QJsonValue &v : answer->value("items").toArray()) {
            const QJsonObject item = v.toObject();
            Listed &l = rows[item.value("debtor_id").toString()];
            [&] { QCOMPARE(l.count, 0); }(); // each account once
            l.count = item.value("count").toInteger();
            l.amount = item.value("amount_cents").toInteger();
        }
        return rows;
    }

    ByDebtor listed(const QString &metric) { return listed(cell(metric), mine()); }

    static KpiCellSelector cell(const QString &metric)
    {
        KpiCellSelector c;
        c.metric = metric;
        return c;
    }

    // The debtors in my scope: id -> placed_on (null: never told).
    std::map<QString, QDate> myDebtors() const
    {
        std::map<QString, QDate> debtors;
        QSqlQuery q(db());
        q.exec("SELECT id, placed_on FROM debtor WHERE deleted = 0 AND agent_id = '" + kMe + "'");
        while (q.next())
            debtors[q.value(0).toString()] = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        return debtors;
    }

    // Activities with the result ptp of my accounts, one by one: all of them, or those
    // of one channel, or of one Brasília day.
    ByDebtor countPromisesMade(const QString &channel = {}, QDate day = {}) const
    {
        const auto debtors = myDebtors();
        const qint64 start = kpiDayStartMs(day.isValid() ? day : from);
        const qint64 end = kpiDayStartMs((day.isValid() ? day : to).addDays(1));
        ByDebtor rows;
        QSqlQuery q(db());
        q.exec("SELECT debtor_id, channel, result, occurred_at FROM activity");
        while (q.next()) {
            const qint64 at = q.value(3).toLongLong();
            if (!debtors.count(q.value(0).toString()) || q.value(2).toString() != "ptp" ||
                at < start || at >= end || (!channel.isEmpty() && q.value(1).toString() != channel))
                continue;
            ++rows[q.value(0).toString()].count;
        }
        return rows;
    }

    enum class Placement
    {
        Any,
        BeforePeriod, // outstanding at the period's start: the recovery rate's
        InPeriod,     // placed in the period: the liquidation rate's
    };

    ByDebtor countCollections(Placement placement) const
    {
        const auto debtors = myDebtors();
        ByDebtor rows;
        QSqlQuery q(db());
        q.exec("SELECT debtor_id, paid_on, amount_cents FROM payment");
        while (q.next()) {
            const auto d = debtors.find(q.value(0).toString());
            const QDate paid = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (d == debtors.end() || paid < from || paid > to)
                continue;
            const QDate placed = d->second;
            const bool before = !placed.isValid() || placed < from;
            const bool in = placed.isValid() && placed >= from && placed <= to;
            if ((placement == Placement::BeforePeriod && !before) ||
                (placement == Placement::InPeriod && !in))
                continue;
            Listed &l = rows[d->first];
            ++l.count;
            l.amount += q.value(2).toLongLong();
        }
        return rows;
    }

    static qint64 sum(const ByDebtor &rows, bool amount)
    {
        qint64 total = 0;
        for (const auto &[id, l] : rows)
            total += amount ? l.amount : l.count;
        return total;
    }

    void insertPayment(const QString &debtor, QDate paidOn, qint64 cents)
    {
        QSqlQuery q(db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO payment (id, debtor_id, agreement_id, "
                                       "installment_id, amount_cents, paid_on, source, "
                                       "created_at) VALUES ('%1', '%2', '%3', '%4', %5, '%6', "
                                       "'manual', 0)")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), debtor,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces))
                            .arg(cents)
                            .arg(paidOn.toString(Qt::ISODate))),
                 qPrintable(q.lastError().text()));
    }

    void insertActivity(const QString &debtor, const QString &channel, const QString &direction,
                        const QString &result, qint64 at)
    {
        QSqlQuery q(db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO activity (id, debtor_id, channel, direction, "
                                       "result, occurred_at) VALUES ('%1', '%2', '%3', '%4', "
                                       "'%5', %6)")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), debtor,
                                 channel, direction, result)
                            .arg(at)),
                 qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(fx.open(60));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE debtor SET agent_id = CASE WHEN rowid % 3 = 0 THEN "
                                      "'%1' ELSE '%2' END")
                           .arg(kOther, kMe)));
        const QString seeded = seedKpiMoney(db(), from);
        QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
        // Of my accounts: one placed in the period and one placed after it, both paying
        // in the period (the first counts for liquidation, the second for neither rate),
        // and one outstanding at the start paying too.
        QVERIFY(q.exec("SELECT id FROM debtor WHERE agent_id = '" + kMe + "' ORDER BY id DESC"));
        QStringList mine;
        while (q.next())
            mine << q.value(0).toString();
        QVERIFY(mine.size() >= 3);
        placedInPeriod = mine.at(0);
        placedAfter = mine.at(1);
        QVERIFY(q.exec("UPDATE debtor SET placed_on = '2026-10-10' WHERE id = '" + placedInPeriod +
                       "'"));
        QVERIFY(
            q.exec("UPDATE debtor SET placed_on = '2026-11-30' WHERE id = '" + placedAfter + "'"));
        QVERIFY(
            q.exec("UPDATE debtor SET placed_on = '2026-01-15' WHERE id = '" + mine.at(2) + "'"));
        insertPayment(placedInPeriod, QDate(2026, 10, 20), 25000);
        insertPayment(placedInPeriod, QDate(2026, 11, 2), 5000);
        insertPayment(placedAfter, QDate(2026, 11, 3), 7000);
        insertPayment(mine.at(2), QDate(2026, 11, 5), 12345);
        insertPayment(mine.at(2), QDate(2026, 8, 31), 999); // before the period: not counted
        // Promises made off the phone and inbound, besides the phone's outbound PTPs.
        const qint64 noon = kpiDayStartMs(QDate(2026, 11, 10)) + 12 * kMsPerHour;
        insertActivity(mine.at(0), QStringLiteral("whatsapp"), QStringLiteral("inbound"),
                       QStringLiteral("ptp"), noon);
        insertActivity(mine.at(1), QStringLiteral("email"), QStringLiteral("outbound"),
                       QStringLiteral("ptp"), noon + 1000);
        insertActivity(mine.at(1), QStringLiteral("phone"), QStringLiteral("inbound"),
                       QStringLiteral("ptp"), noon + 2000);
    }

    void promisesMadeListsEveryChannelsPromises()
    {
        const auto report = KpiQuery::report(db(), mine());
        QVERIFY(report);
        const QJsonObject totals = report->value("totals").toObject();
        // The fixture has promises off the phone: the phone's PTPs alone would not do.
        QVERIFY(totals.value("promises_made").toInteger() > totals.value("ptp").toInteger());

        const ByDebtor expected = countPromisesMade();
        const ByDebtor got = listed(QStringLiteral("promises_made"));
        QVERIFY2(
            got == expected,
            qPrintable(
                QStringLiteral("listed %1\nexpected %2").arg(describe(got), describe(expected))));
        QCOMPARE(sum(got, false), totals.value("promises_made").toInteger());
        // The phone's PTPs keep their own list, which sums to their own figure.
        QCOMPARE(sum(listed(QStringLiteral("ptp")), false), totals.value("ptp").toInteger());

        // Each day's bar of "Promises made per day".
        int days = 0;
        for (const QJsonValue &v : report->value("by_day").toArray()) {
            const QJsonObject day = v.toObject();
            if (day.value("promises_made").toInteger() == 0)
                continue;
            KpiCellSelector c = cell(QStringLiteral("promises_made"));
            c.day = QDate::fromString(day.value("day").toString(), Qt::ISODate);
            const ByDebtor onDay = listed(c, mine());
            QVERIFY(onDay == countPromisesMade({}, c.day));
            QCOMPARE(sum(onDay, false), day.value("promises_made").toInteger());
            ++days;
        }
        QVERIFY(days > 1);

        // Each channel's "ptp" segment of the activities-by-channel-and-result chart.
        int channels = 0;
        for (const QJsonValue &v : report->value("by_channel").toArray()) {
            const QJsonObject channel = v.toObject();
            const qint64 ptp = channel.value("by_result").toObject().value("ptp").toInteger();
            if (ptp == 0)
                continue;
            KpiCellSelector c = cell(QStringLiteral("promises_made"));
            c.channel = channel.value("channel").toString();
            const ByDebtor onChannel = listed(c, mine());
            QVERIFY(onChannel == countPromisesMade(c.channel));
            QCOMPARE(sum(onChannel, false), ptp);
            ++channels;
        }
        QVERIFY(channels >= 3); // phone, whatsapp, e-mail at least
    }

    // Each segment of the activities-by-channel-and-result chart lists the activities of
    // its channel and result, either direction: as many as the segment counts.
    void everyChannelResultSegmentListsItsActivities()
    {
        const auto report = KpiQuery::report(db(), mine());
        QVERIFY(report);
        int segments = 0;
        for (const QJsonValue &v : report->value("by_channel").toArray()) {
            const QJsonObject channel = v.toObject();
            const QJsonObject results = channel.value("by_result").toObject();
            for (auto it = results.begin(); it != results.end(); ++it) {
                KpiCellSelector c = cell(QStringLiteral("activities"));
                c.channel = channel.value("channel").toString();
                c.result = it.key();
                const ByDebtor got = listed(c, mine());
                QSqlQuery q(db());
                QVERIFY(q.exec(
                    QStringLiteral("SELECT a.debtor_id, count(*) FROM activity a JOIN debtor d ON "
                                   "d.id = a.debtor_id WHERE d.agent_id = '%1' AND d.deleted = 0 "
                                   "AND a.channel = '%2' AND a.result = '%3' AND a.occurred_at >= "
                                   "%4 AND a.occurred_at < %5 GROUP BY a.debtor_id")
                        .arg(kMe, c.channel, c.result)
                        .arg(kpiDayStartMs(from))
                        .arg(kpiDayStartMs(to.addDays(1)))));
                ByDebtor expected;
                while (q.next())
                    expected[q.value(0).toString()].count = q.value(1).toLongLong();
                QVERIFY2(got == expected, qPrintable(c.channel + QLatin1Char('/') + c.result));
                QCOMPARE(sum(got, false), it.value().toInteger());
                ++segments;
            }
        }
        QVERIFY(segments >= 5);
        KpiCellSelector unknown = cell(QStringLiteral("activities"));
        unknown.result = QStringLiteral("bribed");
        const auto refused = KpiQuery::accounts(db(), mine(), unknown);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("result"));
    }

    void recoveryAndLiquidationListTheirOwnCollections()
    {
        const auto report = KpiQuery::report(db(), mine());
        QVERIFY(report);
        const QJsonObject totals = report->value("totals").toObject();
        const KpiExpectation e = KpiExpectation::count(db(), from, to, QStringList{kMe}, 30, 5, to);

        const ByDebtor recovery = listed(QStringLiteral("recovery"));
        const ByDebtor expectedRecovery = countCollections(Placement::BeforePeriod);
        QVERIFY2(recovery == expectedRecovery,
                 qPrintable(QStringLiteral("listed %1\nexpected %2")
                                .arg(describe(recovery), describe(expectedRecovery))));
        QCOMPARE(sum(recovery, true), e.totals.collectedFromOutstandingCents);
        // The figure shown: collected from the accounts outstanding at the start / that.
        const qint64 outstanding = totals.value("outstanding_start_cents").toInteger();
        QVERIFY(outstanding > 0);
        QCOMPARE(double(sum(recovery, true)) / double(outstanding),
                 totals.value("recovery_rate").toDouble());
        QVERIFY(!recovery.count(placedInPeriod));
        QVERIFY(!recovery.count(placedAfter));

        const ByDebtor liquidation = listed(QStringLiteral("liquidation"));
        const ByDebtor expectedLiquidation = countCollections(Placement::InPeriod);
        QVERIFY2(liquidation == expectedLiquidation,
                 qPrintable(QStringLiteral("listed %1\nexpected %2")
                                .arg(describe(liquidation), describe(expectedLiquidation))));
        QVERIFY(liquidation.count(placedInPeriod));
        QCOMPARE(liquidation.at(placedInPeriod), (Listed{2, 30000}));
        QCOMPARE(sum(liquidation, true), e.totals.collectedFromPlacedCents);
        const qint64 placed = totals.value("placed_cents").toInteger();
        QVERIFY(placed > 0);
        QCOMPARE(double(sum(liquidation, true)) / double(placed),
                 totals.value("liquidation_rate").toDouble());

        // The collected bar lists every payment: both rates' and the one of the account
        // placed after the period, which neither rate counts.
        const ByDebtor collected = listed(QStringLiteral("collected"));
        QVERIFY(collected == countCollections(Placement::Any));
        QCOMPARE(sum(collected, true), totals.value("collected_cents").toInteger());
        QCOMPARE(collected.at(placedAfter), (Listed{1, 7000}));
        QVERIFY(sum(recovery, true) + sum(liquidation, true) < sum(collected, true));

        // One agent's bar, one day: the placement is still the period's.
        KpiCellSelector c = cell(QStringLiteral("liquidation"));
        c.agentId = kMe;
        c.day = QDate(2026, 11, 2);
        const ByDebtor day = listed(c, mine());
        QCOMPARE(day.size(), std::size_t(1));
        QCOMPARE(day.at(placedInPeriod), (Listed{1, 5000}));
    }

    void badSelectorNamesItsField_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown metric") << "recovered" << QDate() << ""
                                        << "metric";
        QTest::newRow("empty metric") << "" << QDate() << ""
                                      << "metric";
        QTest::newRow("promises made after the period")
            << "promises_made" << QDate(2026, 11, 24) << ""
            << "day";
        QTest::newRow("recovery before the period") << "recovery" << QDate(2026, 8, 31) << ""
                                                    << "day";
        QTest::newRow("liquidation after the period") << "liquidation" << QDate(2027, 1, 1) << ""
                                                      << "day";
        QTest::newRow("aging bucket") << "aging" << QDate() << "old"
                                      << "bucket";
    }

    void badSelectorNamesItsField()
    {
        QFETCH(QString, metric);
        QFETCH(QDate, day);
        QFETCH(QString, bucket);
        QFETCH(QString, field);
        KpiCellSelector c = cell(metric);
        c.day = day;
        c.bucket = bucket;
        const auto answer = KpiQuery::accounts(db(), mine(), c);
        QVERIFY(!answer);
        QCOMPARE(answer.error().field, field);
        QVERIFY(answer.error().message.contains(field));
    }

    void everyDrillDownMetricIsKnown()
    {
        const QStringList metrics = KpiCellSelector::metrics();
        for (const char *m : {"promises_made", "recovery", "liquidation"})
            QVERIFY2(metrics.contains(QLatin1String(m)), m);
        // Each answers (no "metric" refusal) for a selector that needs nothing more.
        for (const QString &m : metrics) {
            if (m == QLatin1String("aging") || m == QLatin1String("roll") ||
                m == QLatin1String("vintage"))
                continue;
            const auto answer = KpiQuery::accounts(db(), mine(), cell(m));
            QVERIFY2(answer, qPrintable(m));
        }
    }
};

QTEST_GUILESS_MAIN(TestKpiDrillDown)
#include "TestKpiDrillDown.moc"
