#include "domain/negotiation/Affordability.h"
#include "domain/negotiation/InstallmentPlan.h"

#include <QtTest>

using namespace quita;

// Ratios are installment / capacity, worked out by hand (800 / 1000 = 0.8, ...).
class TestAffordability : public QObject
{
    Q_OBJECT

private slots:
    void levels_data();
    void levels();
    void largestFinancedInstallment();
    void names();
};

void TestAffordability::levels_data()
{
    QTest::addColumn<qint64>("installment");
    QTest::addColumn<qint64>("capacity"); // -2: not declared
    QTest::addColumn<double>("tightShare");
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("ratio"); // -1: none

    const int unknown = int(AffordabilityLevel::Unknown);
    const int fits = int(AffordabilityLevel::Fits);
    const int tight = int(AffordabilityLevel::Tight);
    const int exceeds = int(AffordabilityLevel::Exceeds);
    QTest::newRow("not declared") << qint64(800) << qint64(-2) << 0.8 << unknown << -1.0;
    QTest::newRow("negative capacity") << qint64(800) << qint64(-100) << 0.8 << unknown << -1.0;
    QTest::newRow("half") << qint64(500) << qint64(1000) << 0.8 << fits << 0.5;
    QTest::newRow("exactly 80%") << qint64(800) << qint64(1000) << 0.8 << fits << 0.8;
    QTest::newRow("just above 80%") << qint64(801) << qint64(1000) << 0.8 << tight << 0.801;
    QTest::newRow("all of it") << qint64(1000) << qint64(1000) << 0.8 << tight << 1.0;
    QTest::newRow("one centavo more") << qint64(1001) << qint64(1000) << 0.8 << exceeds << 1.001;
    QTest::newRow("twice") << qint64(2000) << qint64(1000) << 0.8 << exceeds << 2.0;
    QTest::newRow("zero capacity") << qint64(1) << qint64(0) << 0.8 << exceeds << -1.0;
    QTest::newRow("custom share 50%") << qint64(600) << qint64(1000) << 0.5 << tight << 0.6;
}

void TestAffordability::levels()
{
    QFETCH(qint64, installment);
    QFETCH(qint64, capacity);
    QFETCH(double, tightShare);
    QFETCH(int, level);
    QFETCH(double, ratio);
    const std::optional<Money> declared =
        capacity == -2 ? std::nullopt : std::optional(Money::fromCents(capacity));
    const Affordability a =
        assessAffordability(Money::fromCents(installment), declared, AffordabilityRule{tightShare});
    QCOMPARE(int(a.level), level);
    QCOMPARE(a.installment.cents(), installment);
    if (ratio < 0) {
        QVERIFY(!a.ratio);
    } else {
        QVERIFY(a.ratio);
        QCOMPARE(*a.ratio, ratio);
    }
}

void TestAffordability::largestFinancedInstallment()
{
    // 1.300,00: 300,00 down, then SAC on 1.000,00 at 2 % in 3: 353,33 / 346,66 / 340,01
    // (see TestInstallmentPlan). The down payment is not the monthly burden: 353,33 is.
    ScenarioRequest req;
    req.kind = ScenarioKind::Sac;
    req.installments = 3;
    req.downPayment = Money::fromCents(30000);
    req.firstDue = QDate(2024, 1, 31);
    BalanceBreakdown balance;
    balance.principal = Money::fromCents(130000);
    const Result<ScenarioResult> s =
        computeScenario(req, balance, PlanParameters{0.02, 480}, QDate(2024, 1, 20));
    QVERIFY(s.ok());
    QCOMPARE(s->largestFinancedInstallment().cents(), 35333);
    const Affordability a = assessAffordability(*s, Money::fromCents(40000));
    QCOMPARE(a.installment.cents(), 35333);
    QCOMPARE(a.level, AffordabilityLevel::Tight); // 353.33 / 400 = 0.883
    QCOMPARE(assessAffordability(*s, std::nullopt).level, AffordabilityLevel::Unknown);
}

void TestAffordability::names()
{
    QCOMPARE(affordabilityLevelName(AffordabilityLevel::Unknown), QStringLiteral("unknown"));
    QCOMPARE(affordabilityLevelName(AffordabilityLevel::Fits), QStringLiteral("fits"));
    QCOMPARE(affordabilityLevelName(AffordabilityLevel::Tight), QStringLiteral("tight"));
    QCOMPARE(affordabilityLevelName(AffordabilityLevel::Exceeds), QStringLiteral("exceeds"));
}

QTEST_GUILESS_MAIN(TestAffordability)
#include "TestAffordability.moc"
