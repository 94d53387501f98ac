#include "domain/negotiation/InstallmentPlan.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace quita;

// Expected schedules are worked out by hand and checked with a Python script using
// Decimal and ROUND_HALF_UP (half away from zero):
// Price, R$ 1.000,00 at 2 % a.m. in 3:
//   PMT = 100000 x 0.02 / (1 - 1.02^-3) = 34675.467 -> 34675 centavos
//   1: interest 2000.00        principal 32675  outstanding 67325
//   2: interest 1346.50 -> 1347 principal 33328  outstanding 33997
//   3: interest  679.94 ->  680 principal 33997 (all that is left) -> 34677, the last
//      installment absorbing the rounding; total 104027.
// SAC, R$ 1.000,00 at 2 % in 3: amortisation 33333.33 -> 33333;
//   35333 (2000 interest), 34666 (1333.34 -> 1333 on 66667), 34001 (666.68 -> 667 on
//   the last 33334); total 104000.
// Flat, R$ 1.000,00 in 3: 33333, 33333, 33334.
namespace {

BalanceBreakdown principalOnly(qint64 cents)
{
    BalanceBreakdown b;
    b.principal = Money::fromCents(cents);
    return b;
}

// 800,00 principal, 16,00 fine, 24,00 interest, 10,00 correction, 50,00 fees = 900,00.
BalanceBreakdown mixedBalance()
{
    BalanceBreakdown b;
    b.principal = Money::fromCents(80000);
    b.fine = Money::fromCents(1600);
    b.interest = Money::fromCents(2400);
    b.correction = Money::fromCents(1000);
    b.fees = Money::fromCents(5000);
    return b;
}

const QDate kToday(2024, 1, 20);
constexpr qint64 kNoDownPayment = -9'999'999; // rejects(): no down payment given

ScenarioRequest request(ScenarioKind kind, int n, QDate firstDue = QDate(2024, 1, 31))
{
    ScenarioRequest r;
    r.kind = kind;
    r.installments = n;
    r.firstDue = firstDue;
    return r;
}

} // namespace

class TestInstallmentPlan : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void schedules_data();
    void schedules();
    void fullWithDiscount_data();
    void fullWithDiscount();
    void downPayment();
    void monthEndClamping_data();
    void monthEndClamping();
    void rejects_data();
    void rejects();
    void properties();
};

void TestInstallmentPlan::kindNames()
{
    for (ScenarioKind kind :
         {ScenarioKind::Full, ScenarioKind::Price, ScenarioKind::Sac, ScenarioKind::Flat}) {
        const Result<ScenarioKind> back = scenarioKindFromName(scenarioKindName(kind));
        QVERIFY(back.ok());
        QCOMPARE(*back, kind);
    }
    QCOMPARE(scenarioKindName(ScenarioKind::Price), QStringLiteral("price"));
    const Result<ScenarioKind> bad = scenarioKindFromName(QStringLiteral("weekly"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("kind"));
}

void TestInstallmentPlan::schedules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<qint64>>("interest");
    QTest::addColumn<qint64>("total");

    QTest::newRow("price 1000 at 2% in 3")
        << int(ScenarioKind::Price) << 0.02 << QList<qint64>{34675, 34675, 34677}
        << QList<qint64>{2000, 1347, 680} << qint64(104027);
    QTest::newRow("sac 1000 at 2% in 3")
        << int(ScenarioKind::Sac) << 0.02 << QList<qint64>{35333, 34666, 34001}
        << QList<qint64>{2000, 1333, 667} << qint64(104000);
    QTest::newRow("flat 1000 in 3 ignores the rate")
        << int(ScenarioKind::Flat) << 0.02 << QList<qint64>{33333, 33333, 33334}
        << QList<qint64>{0, 0, 0} << qint64(100000);
    QTest::newRow("price at 0% is flat")
        << int(ScenarioKind::Price) << 0.0 << QList<qint64>{33333, 33333, 33334}
        << QList<qint64>{0, 0, 0} << qint64(100000);
}

void TestInstallmentPlan::schedules()
{
    QFETCH(int, kind);
    QFETCH(double, rate);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<qint64>, interest);
    QFETCH(qint64, total);
    const Result<ScenarioResult> r = computeScenario(
        request(ScenarioKind(kind), 3), principalOnly(100000), PlanParameters{rate, 480}, kToday);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->installments.size(), 3);
    const QList<QDate> dues{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31)};
    for (int k = 0; k < 3; ++k) {
        const Installment &i = r->installments.at(k);
        QCOMPARE(i.number, k + 1);
        QCOMPARE(i.due, dues.at(k));
        QCOMPARE(i.amount.cents(), amounts.at(k));
        QCOMPARE(i.interestPart.cents(), interest.at(k));
        QCOMPARE(i.principalPart.cents(), amounts.at(k) - interest.at(k));
        QVERIFY(!i.downPayment);
    }
    QCOMPARE(r->total.cents(), total);
    QCOMPARE(r->financed.cents(), 100000);
    QCOMPARE(r->downPayment.cents(), 0);
    QCOMPARE(r->monthlyRate, ScenarioKind(kind) == ScenarioKind::Flat ? 0.0 : rate);
}

void TestInstallmentPlan::fullWithDiscount_data()
{
    QTest::addColumn<double>("pct");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<QList<qint64>>("byComponent"); // fees, interest, correction, fine, principal

    // Balance 900,00 = fees 50 + interest 24 + correction 10 + fine 16 + principal 800.
    QTest::newRow("none") << 0.0 << qint64(0) << QList<qint64>{0, 0, 0, 0, 0};
    // 10 % = 90,00: fees 50, interest 24, correction 10, then 6 of the fine.
    QTest::newRow("10% stays in the charges")
        << 10.0 << qint64(9000) << QList<qint64>{5000, 2400, 1000, 600, 0};
    // 20 % = 180,00: all 100,00 of charges, then 80,00 of principal.
    QTest::newRow("20% reaches the principal")
        << 20.0 << qint64(18000) << QList<qint64>{5000, 2400, 1000, 1600, 8000};
    // 12.345 % of 90000 = 11110.5 -> 11111 (half away from zero).
    QTest::newRow("rounded half away")
        << 12.345 << qint64(11111) << QList<qint64>{5000, 2400, 1000, 1600, 1111};
}

void TestInstallmentPlan::fullWithDiscount()
{
    QFETCH(double, pct);
    QFETCH(qint64, discount);
    QFETCH(QList<qint64>, byComponent);
    ScenarioRequest req = request(ScenarioKind::Full, 1);
    req.discountPercent = pct;
    const Result<ScenarioResult> r = computeScenario(req, mixedBalance(), {}, kToday);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->discount.cents(), discount);
    QCOMPARE(r->discountedBalance.cents(), 90000 - discount);
    QCOMPARE(r->effectiveDiscountPercent, 100.0 * double(discount) / 90000.0);
    const BalanceBreakdown &d = r->discountByComponent;
    QCOMPARE(d.fees.cents(), byComponent.at(0));
    QCOMPARE(d.interest.cents(), byComponent.at(1));
    QCOMPARE(d.correction.cents(), byComponent.at(2));
    QCOMPARE(d.fine.cents(), byComponent.at(3));
    QCOMPARE(d.principal.cents(), byComponent.at(4));
    QCOMPARE(d.total().cents(), discount);
    QCOMPARE(r->installments.size(), 1);
    QCOMPARE(r->installments.first().amount.cents(), 90000 - discount);
    QCOMPARE(r->installments.first().due, QDate(2024, 1, 31));
    QCOMPARE(r->total.cents(), 90000 - discount);
    QCOMPARE(r->monthlyRate, 0.0);
}

void TestInstallmentPlan::downPayment()
{
    // 1.200,00, 200,00 down on 31 Jan, then Price on the 1.000,00 left: the same table
    // as above, one month later each (29 Feb, 31 Mar, 30 Apr), numbered 2..4.
    ScenarioRequest req = request(ScenarioKind::Price, 3);
    req.downPayment = Money::fromCents(20000);
    const Result<ScenarioResult> r =
        computeScenario(req, principalOnly(120000), PlanParameters{0.02, 480}, kToday);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->installments.size(), 4);
    QCOMPARE(r->financedInstallmentCount(), 3);
    const Installment &down = r->installments.first();
    QCOMPARE(down.number, 1);
    QVERIFY(down.downPayment);
    QCOMPARE(down.due, QDate(2024, 1, 31));
    QCOMPARE(down.amount.cents(), 20000);
    const QList<qint64> amounts{34675, 34675, 34677};
    const QList<QDate> dues{QDate(2024, 2, 29), QDate(2024, 3, 31), QDate(2024, 4, 30)};
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(r->installments.at(k + 1).number, k + 2);
        QCOMPARE(r->installments.at(k + 1).amount.cents(), amounts.at(k));
        QCOMPARE(r->installments.at(k + 1).due, dues.at(k));
    }
    QCOMPARE(r->financed.cents(), 100000);
    QCOMPARE(r->downPayment.cents(), 20000);
    QCOMPARE(r->total.cents(), 20000 + 104027);
    QCOMPARE(r->largestFinancedInstallment().cents(), 34677);
    QCOMPARE(r->smallestInstallment().cents(), 20000);

    // A zero down payment is no down payment.
    req.downPayment = Money();
    const Result<ScenarioResult> none =
        computeScenario(req, principalOnly(100000), PlanParameters{0.02, 480}, kToday);
    QVERIFY(none.ok());
    QCOMPARE(none->installments.size(), 3);
    QCOMPARE(none->installments.first().due, QDate(2024, 1, 31));
}

void TestInstallmentPlan::monthEndClamping_data()
{
    QTest::addColumn<QDate>("anchor");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("31 Jan +0") << QDate(2024, 1, 31) << 0 << QDate(2024, 1, 31);
    QTest::newRow("31 Jan +1 leap") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
    QTest::newRow("31 Jan +2 back to 31") << QDate(2024, 1, 31) << 2 << QDate(2024, 3, 31);
    QTest::newRow("31 Jan +3") << QDate(2024, 1, 31) << 3 << QDate(2024, 4, 30);
    QTest::newRow("31 Jan +1 common year") << QDate(2023, 1, 31) << 1 << QDate(2023, 2, 28);
    QTest::newRow("30 Jan +1") << QDate(2024, 1, 30) << 1 << QDate(2024, 2, 29);
    QTest::newRow("29 Feb +12") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28);
    QTest::newRow("31 Dec +2") << QDate(2024, 12, 31) << 2 << QDate(2025, 2, 28);
    QTest::newRow("15th stays") << QDate(2024, 11, 15) << 3 << QDate(2025, 2, 15);
}

void TestInstallmentPlan::monthEndClamping()
{
    QFETCH(QDate, anchor);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(monthlyDueDate(anchor, months), expected);
}

void TestInstallmentPlan::rejects_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("installments");
    QTest::addColumn<qint64>("downCents");
    QTest::addColumn<double>("pct");
    QTest::addColumn<QDate>("firstDue");
    QTest::addColumn<qint64>("balanceCents");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    const int price = int(ScenarioKind::Price);
    const int full = int(ScenarioKind::Full);
    const QDate ok(2024, 1, 31);
    const qint64 none = kNoDownPayment;
    QTest::newRow("zero installments")
        << price << 0 << none << 0.0 << ok << qint64(100000) << 0.02 << "installments"
        << "not_positive";
    QTest::newRow("negative installments")
        << price << -3 << none << 0.0 << ok << qint64(100000) << 0.02 << "installments"
        << "not_positive";
    QTest::newRow("above the schedule ceiling")
        << price << 481 << none << 0.0 << ok << qint64(100000) << 0.02 << "installments"
        << "too_many";
    QTest::newRow("full in two") << full << 2 << none << 0.0 << ok << qint64(100000) << 0.0
                                 << "installments"
                                 << "full_single_payment";
    QTest::newRow("more installments than centavos")
        << price << 6 << none << 0.0 << ok << qint64(5) << 0.0 << "installments"
        << "too_many";
    QTest::newRow("negative discount")
        << price << 3 << none << -1.0 << ok << qint64(100000) << 0.02 << "discount_pct"
        << "out_of_range";
    QTest::newRow("discount over 100")
        << price << 3 << none << 100.5 << ok << qint64(100000) << 0.02 << "discount_pct"
        << "out_of_range";
    QTest::newRow("discount NaN") << price << 3 << none << std::nan("") << ok << qint64(100000)
                                  << 0.02 << "discount_pct"
                                  << "out_of_range";
    QTest::newRow("discount 100 leaves nothing")
        << full << 1 << none << 100.0 << ok << qint64(100000) << 0.0 << "discount_pct"
        << "nothing_to_pay";
    QTest::newRow("negative down payment")
        << price << 3 << qint64(-1) << 0.0 << ok << qint64(100000) << 0.02 << "down_payment_cents"
        << "negative";
    QTest::newRow("down payment equal to the balance")
        << price << 3 << qint64(100000) << 0.0 << ok << qint64(100000) << 0.02
        << "down_payment_cents"
        << "too_large";
    // 10 % off 1.000,00 leaves 900,00: a 900,00 down payment is all of it.
    QTest::newRow("down payment equal to the discounted balance")
        << price << 3 << qint64(90000) << 10.0 << ok << qint64(100000) << 0.02
        << "down_payment_cents"
        << "too_large";
    QTest::newRow("down payment on a full payment")
        << full << 1 << qint64(1000) << 0.0 << ok << qint64(100000) << 0.0 << "down_payment_cents"
        << "full_single_payment";
    QTest::newRow("first due yesterday")
        << price << 3 << none << 0.0 << kToday.addDays(-1) << qint64(100000) << 0.02 << "first_due"
        << "in_the_past";
    QTest::newRow("first due invalid")
        << price << 3 << none << 0.0 << QDate() << qint64(100000) << 0.02 << "first_due"
        << "in_the_past";
    QTest::newRow("zero balance") << price << 3 << none << 0.0 << ok << qint64(0) << 0.02
                                  << "balance"
                                  << "not_positive";
    QTest::newRow("negative balance")
        << price << 3 << none << 0.0 << ok << qint64(-500) << 0.02 << "balance"
        << "not_positive";
    QTest::newRow("unknown kind") << 9 << 3 << none << 0.0 << ok << qint64(100000) << 0.02 << "kind"
                                  << "unknown_kind";
    QTest::newRow("negative rate")
        << price << 3 << none << 0.0 << ok << qint64(100000) << -0.01 << "monthly_rate"
        << "out_of_range";
}

void TestInstallmentPlan::rejects()
{
    QFETCH(int, kind);
    QFETCH(int, installments);
    QFETCH(qint64, downCents);
    QFETCH(double, pct);
    QFETCH(QDate, firstDue);
    QFETCH(qint64, balanceCents);
    QFETCH(double, rate);
    QFETCH(QString, field);
    QFETCH(QString, code);
    ScenarioRequest req = request(ScenarioKind(kind), installments, firstDue);
    if (downCents != kNoDownPayment)
        req.downPayment = Money::fromCents(downCents);
    req.discountPercent = pct;
    const Result<ScenarioResult> r =
        computeScenario(req, principalOnly(balanceCents), PlanParameters{rate, 480}, kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void TestInstallmentPlan::properties()
{
    // Many generated cases (fixed seed): whatever the kind, amount, rate, discount and
    // down payment, the schedule is exact and well formed.
    QRandomGenerator rng(20240131);
    int computed = 0;
    for (int c = 0; c < 3000; ++c) {
        const auto kind = ScenarioKind(rng.bounded(4));
        ScenarioRequest req;
        req.kind = kind;
        req.installments = kind == ScenarioKind::Full ? 1 : 1 + int(rng.bounded(360));
        req.discountPercent = rng.bounded(5001) / 100.0; // 0.00 .. 50.00 %
        req.firstDue = kToday.addDays(rng.bounded(40));
        BalanceBreakdown balance;
        balance.principal = Money::fromCents(1 + qint64(rng.bounded(10'000'000)));
        balance.interest = Money::fromCents(qint64(rng.bounded(500'000)));
        balance.fine = Money::fromCents(qint64(rng.bounded(50'000)));
        const qint64 discounted =
            balance.total().cents() -
            std::llround(double(balance.total().cents()) * req.discountPercent / 100.0);
        if (kind != ScenarioKind::Full && rng.bounded(2) == 0 && discounted > 1)
            req.downPayment = Money::fromCents(qint64(rng.bounded(quint32(discounted / 2))));
        const double rate = rng.bounded(501) / 10000.0; // 0 .. 5 % a.m.

        const Result<ScenarioResult> r =
            computeScenario(req, balance, PlanParameters{rate, 480}, kToday);
        if (!r.ok()) {
            // Only refusal possible here: more installments than the amount allows.
            QCOMPARE(r.error().field, QStringLiteral("installments"));
            continue;
        }
        ++computed;
        const ScenarioResult &s = *r;
        Money sum;
        Money principal;
        for (qsizetype k = 0; k < s.installments.size(); ++k) {
            const Installment &i = s.installments.at(k);
            QVERIFY(i.amount.cents() > 0);
            QCOMPARE(i.amount, i.principalPart + i.interestPart);
            QCOMPARE(i.number, int(k) + 1);
            if (k > 0)
                QVERIFY(i.due > s.installments.at(k - 1).due);
            sum += i.amount;
            principal += i.principalPart;
        }
        QCOMPARE(sum, s.total);                   // sums exactly to the total
        QCOMPARE(principal, s.discountedBalance); // amortises exactly what is owed
        QCOMPARE(s.financed + s.downPayment, s.discountedBalance);
        QCOMPARE(s.discount + s.discountedBalance, balance.total());
        QCOMPARE(s.discountByComponent.total(), s.discount);
        QCOMPARE(s.financedInstallmentCount(), req.installments);
        QCOMPARE(s.installments.first().due, req.firstDue);
        if (kind == ScenarioKind::Price && req.installments > 2) {
            // Every Price installment but the last is the same PMT.
            const qsizetype first = s.downPayment.isZero() ? 0 : 1;
            for (qsizetype k = first + 1; k + 1 < s.installments.size(); ++k)
                QCOMPARE(s.installments.at(k).amount, s.installments.at(first).amount);
        }
    }
    QVERIFY(computed > 2900);
}

QTEST_GUILESS_MAIN(TestInstallmentPlan)
#include "TestInstallmentPlan.moc"
