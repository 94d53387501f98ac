#include "domain/negotiation/BalanceUpdate.h"

#include <QtTest>

using namespace quita;

// Expected amounts are worked out by hand and checked with a Python script using
// Decimal and ROUND_HALF_UP (half away from zero):
// - 45 days: R$ 1.000,00 due 2024-03-01, as of 2024-04-15 (31 + 14 = 45 days):
//   fine 2 % = 20,00; interest 1 % a.m. x 45/30 = 15,00; total 1.035,00.
// - 12345 centavos 15 days late: 12345 x 1 % x 15/30 = 61.725 -> 62 centavos.
// - correction: 12.345,67 due 2024-01-15, as of 2024-03-01 (46 days), IPCA 0.42 % and
//   0.83 %: factor 1.0042^(17/31) x 1.0083 = 1.01062014...; correction
//   round(1234567 x 0.01062014...) = 13111; corrected 1247678; fine 2 % = 24954 (24953.56);
//   interest 1247678 x 1 % x 46/30 = 19131 (19131.06); fees 10 % x (1247678 + 24954 +
//   19131) = 129176 (129176.3) + 500 fixed = 129676; total 1421439.
namespace {

Title title(const char *number, qint64 openCents, QDate due)
{
    Title t;
    t.id = QUuid::createUuid();
    t.number = QString::fromLatin1(number);
    t.dueDate = due;
    t.principal = Money::fromCents(openCents);
    t.openBalance = Money::fromCents(openCents);
    return t;
}

ChargeTerms plainTerms()
{
    ChargeTerms t;
    t.finePercent = 2.0;
    t.interestPercentPerMonth = 1.0;
    return t;
}

IndexSeries ipcaSeries()
{
    IndexSeries s;
    s.setVariationPpm(CorrectionIndex::Ipca, 2024, 1, 4200);
    s.setVariationPpm(CorrectionIndex::Ipca, 2024, 2, 8300);
    s.setVariationPpm(CorrectionIndex::Ipca, 2024, 3, 1600);
    s.setVariationPpm(CorrectionIndex::Igpm, 2023, 5, -18400);
    return s;
}

} // namespace

class TestBalanceUpdate : public QObject
{
    Q_OBJECT

private slots:
    void proRataInterest();
    void fineCap_data();
    void fineCap();
    void perTitleRounding();
    void correction();
    void deflation();
    void notYetDue_data();
    void notYetDue();
    void missingIndexMonth();
    void rejects_data();
    void rejects();
};

void TestBalanceUpdate::proRataInterest()
{
    const Result<UpdatedBalance> r = updateBalance({title("A-1", 100000, QDate(2024, 3, 1))},
                                                   plainTerms(), IndexSeries(), QDate(2024, 4, 15));
    QVERIFY(r.ok());
    QCOMPARE(r->titles.size(), 1);
    const TitleBalance &line = r->titles.first();
    QCOMPARE(line.daysPastDue, 45);
    QCOMPARE(line.amounts.principal.cents(), 100000);
    QCOMPARE(line.amounts.fine.cents(), 2000);
    QCOMPARE(line.amounts.interest.cents(), 1500);
    QCOMPARE(line.amounts.correction.cents(), 0);
    QCOMPARE(line.amounts.fees.cents(), 0);
    QCOMPARE(r->totals.total().cents(), 103500);
    QCOMPARE(r->maxDaysPastDue, 45);
}

void TestBalanceUpdate::fineCap_data()
{
    QTest::addColumn<double>("configured");
    QTest::addColumn<bool>("consumer");
    QTest::addColumn<qint64>("fine");

    // On R$ 1.000,00: CDC art. 52 par. 1 caps a consumer's fine at 2 %.
    QTest::newRow("consumer 10% -> 2%") << 10.0 << true << qint64(2000);
    QTest::newRow("consumer 1% stays") << 1.0 << true << qint64(1000);
    QTest::newRow("business 10% stays") << 10.0 << false << qint64(10000);
    QTest::newRow("no fine") << 0.0 << true << qint64(0);
}

void TestBalanceUpdate::fineCap()
{
    QFETCH(double, configured);
    QFETCH(bool, consumer);
    QFETCH(qint64, fine);
    ChargeTerms terms = plainTerms();
    terms.finePercent = configured;
    terms.consumer = consumer;
    const Result<UpdatedBalance> r = updateBalance({title("A-1", 100000, QDate(2024, 3, 1))}, terms,
                                                   IndexSeries(), QDate(2024, 4, 15));
    QVERIFY(r.ok());
    QCOMPARE(r->totals.fine.cents(), fine);
}

void TestBalanceUpdate::perTitleRounding()
{
    // Three titles of 123,45, 15 days late, no fine: 61.725 centavos of interest each,
    // rounded per title to 62 (half away from zero); the total is the sum of the
    // rounded lines, 186, not round(3 x 61.725) = 185.
    ChargeTerms terms = plainTerms();
    terms.finePercent = 0.0;
    const QDate due(2024, 3, 1);
    const Result<UpdatedBalance> r =
        updateBalance({title("A", 12345, due), title("B", 12345, due), title("C", 12345, due)},
                      terms, IndexSeries(), due.addDays(15));
    QVERIFY(r.ok());
    for (const TitleBalance &line : r->titles)
        QCOMPARE(line.amounts.interest.cents(), 62);
    QCOMPARE(r->totals.interest.cents(), 186);
    QCOMPARE(r->totals.principal.cents(), 3 * 12345);
    QCOMPARE(r->totals.total().cents(), 3 * 12345 + 186);
}

void TestBalanceUpdate::correction()
{
    ChargeTerms terms = plainTerms();
    terms.correctionIndex = CorrectionIndex::Ipca;
    terms.feePercent = 10.0;
    terms.fixedFeePerTitle = Money::fromCents(500);
    const Result<UpdatedBalance> r = updateBalance({title("C-9", 1234567, QDate(2024, 1, 15))},
                                                   terms, ipcaSeries(), QDate(2024, 3, 1));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    const TitleBalance &line = r->titles.first();
    QCOMPARE(line.daysPastDue, 46);
    QCOMPARE(line.correctionFactor, 1.010620144565426);
    QCOMPARE(line.amounts.correction.cents(), 13111);
    QCOMPARE(line.amounts.fine.cents(), 24954);
    QCOMPARE(line.amounts.interest.cents(), 19131);
    QCOMPARE(line.amounts.fees.cents(), 129676);
    QCOMPARE(line.amounts.total().cents(), 1421439);
    QCOMPARE(r->totals, line.amounts);
}

void TestBalanceUpdate::deflation()
{
    // IGP-M May 2023 = -1.84 %: R$ 1.000,00 due 2023-05-01 as of 2023-06-01 would lose
    // 18,40 of correction. By default the nominal balance is kept (correction 0).
    ChargeTerms terms = plainTerms();
    terms.correctionIndex = CorrectionIndex::Igpm;
    const QList<Title> titles{title("D", 100000, QDate(2023, 5, 1))};
    const Result<UpdatedBalance> floored =
        updateBalance(titles, terms, ipcaSeries(), QDate(2023, 6, 1));
    QVERIFY(floored.ok());
    QCOMPARE(floored->totals.correction.cents(), 0);
    terms.allowNegativeCorrection = true;
    const Result<UpdatedBalance> followed =
        updateBalance(titles, terms, ipcaSeries(), QDate(2023, 6, 1));
    QVERIFY(followed.ok());
    QCOMPARE(followed->totals.correction.cents(), -1840);
    // Fine on the corrected 98160: 1963.2 -> 1963.
    QCOMPARE(followed->totals.fine.cents(), 1963);
}

void TestBalanceUpdate::notYetDue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::newRow("due later") << QDate(2024, 5, 1);
    QTest::newRow("due today") << QDate(2024, 4, 15);
}

void TestBalanceUpdate::notYetDue()
{
    QFETCH(QDate, due);
    ChargeTerms terms = plainTerms();
    terms.correctionIndex = CorrectionIndex::Ipca; // no data for April: must not be asked
    terms.fixedFeePerTitle = Money::fromCents(1000);
    const Result<UpdatedBalance> r =
        updateBalance({title("N", 50000, due)}, terms, ipcaSeries(), QDate(2024, 4, 15));
    QVERIFY(r.ok());
    QCOMPARE(r->titles.first().daysPastDue, 0);
    BalanceBreakdown expected;
    expected.principal = Money::fromCents(50000);
    QCOMPARE(r->totals, expected);
    QCOMPARE(r->maxDaysPastDue, 0);
}

void TestBalanceUpdate::missingIndexMonth()
{
    ChargeTerms terms = plainTerms();
    terms.correctionIndex = CorrectionIndex::Ipca;
    const Result<UpdatedBalance> r = updateBalance({title("M", 100000, QDate(2024, 3, 1))}, terms,
                                                   ipcaSeries(), QDate(2024, 4, 15));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("missing_index_month"));
    QCOMPARE(r.error().field, QStringLiteral("correction_index"));
    QVERIFY(r.error().message.contains(QStringLiteral("IPCA")));
    QVERIFY(r.error().message.contains(QStringLiteral("2024-04")));
}

void TestBalanceUpdate::rejects_data()
{
    QTest::addColumn<int>("secondOpenCents");
    QTest::addColumn<bool>("secondDueValid");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<double>("finePercent");
    QTest::addColumn<int>("daysPerMonth");
    QTest::addColumn<QString>("field");

    const QDate asOf(2024, 4, 15);
    QTest::newRow("as_of invalid") << 100 << true << QDate() << 2.0 << 30 << "as_of";
    QTest::newRow("zero balance") << 0 << true << asOf << 2.0 << 30 << "titles[1].open_balance";
    QTest::newRow("negative balance")
        << -100 << true << asOf << 2.0 << 30 << "titles[1].open_balance";
    QTest::newRow("no due date") << 100 << false << asOf << 2.0 << 30 << "titles[1].due_date";
    QTest::newRow("negative fine") << 100 << true << asOf << -1.0 << 30 << "terms.fine_percent";
    QTest::newRow("fine over 100") << 100 << true << asOf << 101.0 << 30 << "terms.fine_percent";
    QTest::newRow("zero days a month") << 100 << true << asOf << 2.0 << 0 << "terms.days_per_month";
}

void TestBalanceUpdate::rejects()
{
    QFETCH(int, secondOpenCents);
    QFETCH(bool, secondDueValid);
    QFETCH(QDate, asOf);
    QFETCH(double, finePercent);
    QFETCH(int, daysPerMonth);
    QFETCH(QString, field);
    ChargeTerms terms = plainTerms();
    terms.finePercent = finePercent;
    terms.daysPerMonth = daysPerMonth;
    Title second = title("B", secondOpenCents, QDate(2024, 3, 1));
    if (!secondDueValid)
        second.dueDate = QDate();
    const Result<UpdatedBalance> r =
        updateBalance({title("A", 100000, QDate(2024, 3, 1)), second}, terms, IndexSeries(), asOf);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());

    const Result<UpdatedBalance> empty =
        updateBalance({}, plainTerms(), IndexSeries(), QDate(2024, 4, 15));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().field, QStringLiteral("titles"));
}

QTEST_GUILESS_MAIN(TestBalanceUpdate)
#include "TestBalanceUpdate.moc"
