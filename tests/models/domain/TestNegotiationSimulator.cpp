#include "domain/negotiation/NegotiationSimulator.h"

#include <QtTest>

using namespace quita;

// The facade only wires the units tested on their own (TestInstallmentPlan,
// TestNegotiationPolicy, TestAffordability, TestRecoveryEstimate); this checks the
// wiring with hand-derived values.
namespace {

const QDate kToday(2024, 6, 3);

// R$ 1.000,00 of principal, 45 days late (the 31-60 bucket: Price/SAC at 2.5 % a.m.).
UpdatedBalance balance45()
{
    UpdatedBalance b;
    b.asOf = kToday;
    b.totals.principal = Money::fromCents(100000);
    b.maxDaysPastDue = 45;
    return b;
}

ScenarioRequest req(ScenarioKind kind, int n, double pct = 0.0)
{
    ScenarioRequest r;
    r.kind = kind;
    r.installments = n;
    r.discountPercent = pct;
    r.firstDue = kToday.addDays(3);
    return r;
}

} // namespace

class TestNegotiationSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void simulate();
    void wholeRequestErrors();
};

void TestNegotiationSimulator::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestNegotiationSimulator::simulate()
{
    AgreementHistory history;
    history.add(ScenarioKind::Full, InstallmentBand::One, 8, 2);
    const NegotiationSimulator sim(NegotiationPolicy::defaults(), history);
    const QList<ScenarioRequest> requests{
        req(ScenarioKind::Full, 1, 5.0), // 5 % of principal: the agent may give 0 %
        req(ScenarioKind::Price, 3),     // rate from the bucket
        req(ScenarioKind::Flat, 40),     // 40 x 25,00: too many, too small
        req(ScenarioKind::Sac, 0),       // refused: installments
    };
    const Result<Simulation> r =
        sim.simulate(balance45(), requests, ApprovalRole::Agent, kToday, Money::fromCents(40000));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->bucket, QStringLiteral("31-60"));
    QCOMPARE(r->scenarios.size(), 4);

    const SimulatedScenario &full = r->scenarios.at(0);
    QVERIFY(!full.error);
    QCOMPARE(full.scenario.total.cents(), 95000);
    QCOMPARE(full.assessment.verdict, Verdict::NeedsSupervisor); // supervisor: 10 %
    QCOMPARE(full.assessment.violations.first().code, QStringLiteral("principal_discount"));
    QCOMPARE(full.affordability.level, AffordabilityLevel::Exceeds); // 950 > 400
    // Full, band 1: 8 of 10 kept, portfolio the same: p0 = (8 + 5) / 20 = 0.65,
    // p = (8 + 6.5) / 20 = 0.725; 950,00 x 0.725 = 688,75.
    QCOMPARE(full.recovery.keep.probability, 0.725);
    QCOMPARE(full.recovery.keep.sampleSize, 10);
    QCOMPARE(full.recovery.expected.cents(), 68875);

    const SimulatedScenario &price = r->scenarios.at(1);
    QVERIFY(!price.error);
    QCOMPARE(price.scenario.monthlyRate, 0.025);
    // PMT = 100000 x 0.025 / (1 - 1.025^-3) = 35013.7 -> 35014 (Python).
    QCOMPARE(price.scenario.installments.first().amount.cents(), 35014);
    QCOMPARE(price.assessment.verdict, Verdict::Ok);
    // 350,14 of 400,00 is 87.5 %: above the 80 % share, within the capacity.
    QCOMPARE(price.affordability.level, AffordabilityLevel::Tight);

    const SimulatedScenario &flat = r->scenarios.at(2);
    QVERIFY(!flat.error);
    QCOMPARE(flat.assessment.verdict, Verdict::NeedsAdmin); // 40 > 24; 25,00 >= 20,00
    QCOMPARE(flat.assessment.violations.size(), 2);

    const SimulatedScenario &sac = r->scenarios.at(3);
    QVERIFY(sac.error);
    QCOMPARE(sac.error->field, QStringLiteral("installments"));
}

void TestNegotiationSimulator::wholeRequestErrors()
{
    const NegotiationSimulator empty{NegotiationPolicy()};
    const Result<Simulation> noPolicy =
        empty.simulate(balance45(), {req(ScenarioKind::Full, 1)}, ApprovalRole::Agent, kToday);
    QVERIFY(!noPolicy.ok());
    QCOMPARE(noPolicy.error().field, QStringLiteral("policy"));

    const NegotiationSimulator sim(NegotiationPolicy::defaults());
    const Result<Simulation> noToday =
        sim.simulate(balance45(), {req(ScenarioKind::Full, 1)}, ApprovalRole::Agent, QDate());
    QVERIFY(!noToday.ok());
    QCOMPARE(noToday.error().field, QStringLiteral("today"));
}

QTEST_GUILESS_MAIN(TestNegotiationSimulator)
#include "TestNegotiationSimulator.moc"
