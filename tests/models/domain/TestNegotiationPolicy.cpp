#include "domain/negotiation/InstallmentPlan.h"
#include "domain/negotiation/NegotiationPolicy.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace quita;

// The default policy (NegotiationPolicy::defaults(), documented in its header) gives, in
// the 91-180 bucket, principal discount limits agent 10 %, supervisor 30 %, admin 60 %;
// in the 31-60 bucket 0 / 10 / 30 %; installments 12 / 24 / 60; minimum installment
// R$ 50 / 30 / 20; first due within 10 / 20 / 30 days. Expected verdicts follow by hand
// from those limits.
namespace {

const QDate kToday(2024, 6, 3);

BalanceBreakdown principalOnly(qint64 cents)
{
    BalanceBreakdown b;
    b.principal = Money::fromCents(cents);
    return b;
}

ScenarioResult compute(const ScenarioRequest &req, const BalanceBreakdown &balance,
                       double rate = 0.0)
{
    const Result<ScenarioResult> r = computeScenario(req, balance, {rate, 480}, kToday);
    if (!r.ok())
        qFatal("computeScenario failed: %s", qPrintable(r.error().message));
    return *r;
}

ScenarioRequest flat(int n, double pct = 0.0, int daysToFirstDue = 5)
{
    ScenarioRequest r;
    r.kind = n == 1 ? ScenarioKind::Full : ScenarioKind::Flat;
    r.installments = n;
    r.discountPercent = pct;
    r.firstDue = kToday.addDays(daysToFirstDue);
    return r;
}

const BucketPolicy &bucket(const NegotiationPolicy &p, int days)
{
    const BucketPolicy *b = p.forDaysPastDue(days);
    if (!b)
        qFatal("no bucket for %d days", days);
    return *b;
}

} // namespace

class TestNegotiationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agingBuckets_data();
    void agingBuckets();
    void names();
    void principalAuthority_data();
    void principalAuthority();
    void componentLimits_data();
    void componentLimits();
    void installmentLimits_data();
    void installmentLimits();
    void worstViolationDecides();
    void discountNeverBeyondAuthority();
    void smallInstallmentIsAViolation();
};

void TestNegotiationPolicy::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestNegotiationPolicy::agingBuckets_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("-5") << -5 << "current";
    QTest::newRow("0") << 0 << "current";
    QTest::newRow("1") << 1 << "1-30";
    QTest::newRow("30") << 30 << "1-30";
    QTest::newRow("31") << 31 << "31-60";
    QTest::newRow("60") << 60 << "31-60";
    QTest::newRow("61") << 61 << "61-90";
    QTest::newRow("90") << 90 << "61-90";
    QTest::newRow("91") << 91 << "91-180";
    QTest::newRow("180") << 180 << "91-180";
    QTest::newRow("181") << 181 << "181-360";
    QTest::newRow("360") << 360 << "181-360";
    QTest::newRow("361") << 361 << "360+";
    QTest::newRow("5000") << 5000 << "360+";
}

void TestNegotiationPolicy::agingBuckets()
{
    QFETCH(int, days);
    QFETCH(QString, bucket);
    QCOMPARE(AgingBuckets::defaults().nameFor(days), bucket);
    const NegotiationPolicy policy = NegotiationPolicy::defaults();
    QCOMPARE(::bucket(policy, days).bucket, bucket);
    // Data, not code: a policy without buckets has no answer.
    QCOMPARE(NegotiationPolicy().forDaysPastDue(days), nullptr);
    QCOMPARE(AgingBuckets().nameFor(days), QString());
}

void TestNegotiationPolicy::names()
{
    QCOMPARE(verdictName(Verdict::Ok), QStringLiteral("ok"));
    QCOMPARE(verdictName(Verdict::NeedsSupervisor), QStringLiteral("needs_supervisor"));
    QCOMPARE(verdictName(Verdict::NeedsAdmin), QStringLiteral("needs_admin"));
    QCOMPARE(verdictName(Verdict::NotAllowed), QStringLiteral("not_allowed"));
    for (ApprovalRole role : kApprovalRoles)
        QCOMPARE(approvalRoleFromName(approvalRoleName(role)), std::optional(role));
    QCOMPARE(approvalRoleFromName(QStringLiteral("boss")), std::optional<ApprovalRole>());
    QVERIFY(ApprovalRole::Agent < ApprovalRole::Supervisor);
    QVERIFY(ApprovalRole::Supervisor < ApprovalRole::Admin);
}

void TestNegotiationPolicy::principalAuthority_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<double>("pct");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("approver"); // -1: nobody
    QTest::addColumn<QString>("message");

    const int agent = int(ApprovalRole::Agent);
    const int supervisor = int(ApprovalRole::Supervisor);
    const int admin = int(ApprovalRole::Admin);
    // Principal only, so the discount % is the principal discount %.
    QTest::newRow("agent at limit") << agent << 10.0 << int(Verdict::Ok) << -1 << "";
    QTest::newRow("agent over") << agent << 15.0 << int(Verdict::NeedsSupervisor) << supervisor
                                << "Principal discount 15% exceeds the agent limit of 10%";
    QTest::newRow("agent over supervisor")
        << agent << 40.0 << int(Verdict::NeedsAdmin) << admin
        << "Principal discount 40% exceeds the agent limit of 10%";
    QTest::newRow("agent over everyone") << agent << 70.0 << int(Verdict::NotAllowed) << -1
                                         << "Principal discount 70% exceeds the agent limit of 10%";
    QTest::newRow("supervisor within") << supervisor << 15.0 << int(Verdict::Ok) << -1 << "";
    QTest::newRow("supervisor over")
        << supervisor << 40.0 << int(Verdict::NeedsAdmin) << admin
        << "Principal discount 40% exceeds the supervisor limit of 30%";
    QTest::newRow("supervisor fraction")
        << supervisor << 32.5 << int(Verdict::NeedsAdmin) << admin
        << "Principal discount 32.5% exceeds the supervisor limit of 30%";
    QTest::newRow("admin within") << admin << 60.0 << int(Verdict::Ok) << -1 << "";
    QTest::newRow("admin over") << admin << 70.0 << int(Verdict::NotAllowed) << -1
                                << "Principal discount 70% exceeds the admin limit of 60%";
}

void TestNegotiationPolicy::principalAuthority()
{
    QFETCH(int, role);
    QFETCH(double, pct);
    QFETCH(int, verdict);
    QFETCH(int, approver);
    QFETCH(QString, message);
    const NegotiationPolicy policy = NegotiationPolicy::defaults();
    const ScenarioResult s = compute(flat(1, pct), principalOnly(1'000'000));
    const PolicyAssessment a = assess(s, bucket(policy, 120), ApprovalRole(role), kToday);
    QCOMPARE(int(a.verdict), verdict);
    if (verdict == int(Verdict::Ok)) {
        QVERIFY(a.violations.isEmpty());
        return;
    }
    QCOMPARE(a.violations.size(), 1);
    const Violation &v = a.violations.first();
    QCOMPARE(v.field, QStringLiteral("discount_pct"));
    QCOMPARE(v.code, QStringLiteral("principal_discount"));
    QCOMPARE(v.message, message);
    QCOMPARE(v.approvable(), approver >= 0);
    if (approver >= 0)
        QCOMPARE(int(*v.approver), approver);
}

void TestNegotiationPolicy::componentLimits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    // A policy whose agent may give 50 % of each charge; the balance has 100,00 of one
    // charge and 1.000,00 of principal; the discount of 6 % (66,00) takes 66 % of it.
    QTest::newRow("fees") << "fees_discount"
                          << "Fees discount 66% exceeds the agent limit of 50%";
    QTest::newRow("interest") << "interest_discount"
                              << "Interest discount 66% exceeds the agent limit of 50%";
    QTest::newRow("correction") << "correction_discount"
                                << "Correction discount 66% exceeds the agent limit of 50%";
    QTest::newRow("fine") << "fine_discount"
                          << "Fine discount 66% exceeds the agent limit of 50%";
}

void TestNegotiationPolicy::componentLimits()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    BucketPolicy p;
    p.bucket = QStringLiteral("31-60");
    for (ApprovalRole role : kApprovalRoles) {
        RoleLimits &l = p.limitsFor(role);
        l.maxFeesDiscountPercent = l.maxInterestDiscountPercent = l.maxCorrectionDiscountPercent =
            l.maxFineDiscountPercent = role == ApprovalRole::Agent ? 50.0 : 100.0;
    }
    BalanceBreakdown balance = principalOnly(100000);
    Money *charge = code == u"fees_discount"         ? &balance.fees
                    : code == u"interest_discount"   ? &balance.interest
                    : code == u"correction_discount" ? &balance.correction
                                                     : &balance.fine;
    *charge = Money::fromCents(10000);
    const ScenarioResult s = compute(flat(1, 6.0), balance);
    QCOMPARE(s.discount.cents(), 6600); // 6 % of 1.100,00
    const PolicyAssessment a = assess(s, p, ApprovalRole::Agent, kToday);
    QCOMPARE(a.violations.size(), 1);
    QCOMPARE(a.violations.first().code, code);
    QCOMPARE(a.violations.first().field, QStringLiteral("discount_pct"));
    QCOMPARE(a.violations.first().message, message);
    QCOMPARE(a.violations.first().approver, std::optional(ApprovalRole::Supervisor));
    QCOMPARE(a.verdict, Verdict::NeedsSupervisor);
    // 4 % = 44,00 = 44 % of the charge: within the agent's 50 %.
    QVERIFY(assess(compute(flat(1, 4.0), balance), p, ApprovalRole::Agent, kToday)
                .violations.isEmpty());
}

void TestNegotiationPolicy::installmentLimits_data()
{
    QTest::addColumn<int>("installments");
    QTest::addColumn<qint64>("balanceCents");
    QTest::addColumn<int>("daysToFirstDue");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("message");

    // Agent in the 31-60 bucket; 12.000,00 keeps every installment well above minimums.
    QTest::newRow("12 installments ok") << 12 << qint64(1'200'000) << 5 << ""
                                        << "" << int(Verdict::Ok) << "";
    QTest::newRow("13 installments") << 13 << qint64(1'300'000) << 5 << "installments"
                                     << "max_installments" << int(Verdict::NeedsSupervisor)
                                     << "13 installments exceed the agent limit of 12";
    QTest::newRow("25 installments") << 25 << qint64(2'500'000) << 5 << "installments"
                                     << "max_installments" << int(Verdict::NeedsAdmin)
                                     << "25 installments exceed the agent limit of 12";
    QTest::newRow("61 installments") << 61 << qint64(6'100'000) << 5 << "installments"
                                     << "max_installments" << int(Verdict::NotAllowed)
                                     << "61 installments exceed the agent limit of 12";
    // 4 x 40,00 = 160,00; 40 is under the agent's 50 but above the supervisor's 30.
    QTest::newRow("R$ 40 installments")
        << 4 << qint64(16000) << 5 << "installments"
        << "min_installment" << int(Verdict::NeedsSupervisor)
        << "Installment 1 of R$40.00 is below the agent minimum of R$50.00";
    QTest::newRow("R$ 25 installments")
        << 4 << qint64(10000) << 5 << "installments"
        << "min_installment" << int(Verdict::NeedsAdmin)
        << "Installment 1 of R$25.00 is below the agent minimum of R$50.00";
    QTest::newRow("R$ 10 installments")
        << 4 << qint64(4000) << 5 << "installments"
        << "min_installment" << int(Verdict::NotAllowed)
        << "Installment 1 of R$10.00 is below the agent minimum of R$50.00";
    QTest::newRow("first due in 10 days") << 2 << qint64(100000) << 10 << ""
                                          << "" << int(Verdict::Ok) << "";
    QTest::newRow("first due in 15 days")
        << 2 << qint64(100000) << 15 << "first_due"
        << "max_days_to_first_due" << int(Verdict::NeedsSupervisor)
        << "First due date in 15 days exceeds the agent limit of 10 days";
    QTest::newRow("first due in 25 days")
        << 2 << qint64(100000) << 25 << "first_due"
        << "max_days_to_first_due" << int(Verdict::NeedsAdmin)
        << "First due date in 25 days exceeds the agent limit of 10 days";
    QTest::newRow("first due in 31 days")
        << 2 << qint64(100000) << 31 << "first_due"
        << "max_days_to_first_due" << int(Verdict::NotAllowed)
        << "First due date in 31 days exceeds the agent limit of 10 days";
}

void TestNegotiationPolicy::installmentLimits()
{
    QFETCH(int, installments);
    QFETCH(qint64, balanceCents);
    QFETCH(int, daysToFirstDue);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(int, verdict);
    QFETCH(QString, message);
    const NegotiationPolicy policy = NegotiationPolicy::defaults();
    const ScenarioResult s =
        compute(flat(installments, 0.0, daysToFirstDue), principalOnly(balanceCents));
    const PolicyAssessment a = assess(s, bucket(policy, 45), ApprovalRole::Agent, kToday);
    QCOMPARE(int(a.verdict), verdict);
    if (code.isEmpty()) {
        QVERIFY(a.violations.isEmpty());
        return;
    }
    QCOMPARE(a.violations.size(), 1);
    QCOMPARE(a.violations.first().field, field);
    QCOMPARE(a.violations.first().code, code);
    QCOMPARE(a.violations.first().message, message);
}

void TestNegotiationPolicy::worstViolationDecides()
{
    // Agent, 31-60 bucket: 13 installments (supervisor can approve) and a 35 %
    // principal discount (beyond the admin's 30 %): not allowed, with both reported.
    const NegotiationPolicy policy = NegotiationPolicy::defaults();
    const ScenarioResult s = compute(flat(13, 35.0), principalOnly(2'000'000));
    const PolicyAssessment a = assess(s, bucket(policy, 45), ApprovalRole::Agent, kToday);
    QCOMPARE(a.violations.size(), 2);
    QCOMPARE(a.verdict, Verdict::NotAllowed);
    // 13 installments and a 5 % principal discount: supervisor for both.
    const ScenarioResult t = compute(flat(13, 5.0), principalOnly(2'000'000));
    const PolicyAssessment b = assess(t, bucket(policy, 45), ApprovalRole::Agent, kToday);
    QCOMPARE(b.violations.size(), 2);
    QCOMPARE(b.verdict, Verdict::NeedsSupervisor);
    // 25 installments and 5 %: admin for the installments decides.
    const ScenarioResult u = compute(flat(25, 5.0), principalOnly(2'000'000));
    QCOMPARE(assess(u, bucket(policy, 45), ApprovalRole::Agent, kToday).verdict,
             Verdict::NeedsAdmin);
}

void TestNegotiationPolicy::discountNeverBeyondAuthority()
{
    // Generated cases: whenever a component's discount share is above the user's limit,
    // the verdict is not Ok; whenever it is Ok, every share is within the limits.
    const NegotiationPolicy policy = NegotiationPolicy::defaults();
    QRandomGenerator rng(7);
    int over = 0;
    for (int c = 0; c < 2000; ++c) {
        BalanceBreakdown balance;
        balance.principal = Money::fromCents(10000 + rng.bounded(5'000'000));
        balance.interest = Money::fromCents(rng.bounded(200'000));
        balance.fine = Money::fromCents(rng.bounded(20'000));
        balance.fees = Money::fromCents(rng.bounded(50'000));
        const auto role = ApprovalRole(rng.bounded(3));
        const int days = int(rng.bounded(500));
        const BucketPolicy &b = bucket(policy, days);
        const ScenarioResult s = compute(flat(1, rng.bounded(10000) / 100.0), balance);
        const PolicyAssessment a = assess(s, b, role, kToday);
        const RoleLimits &l = b.limitsFor(role);
        const auto share = [](Money part, Money whole) {
            return whole.isZero() ? 0.0 : 100.0 * double(part.cents()) / double(whole.cents());
        };
        const bool beyond =
            share(s.discountByComponent.principal, balance.principal) >
                l.maxPrincipalDiscountPercent + 1e-9 ||
            share(s.discountByComponent.interest, balance.interest) >
                l.maxInterestDiscountPercent + 1e-9 ||
            share(s.discountByComponent.fine, balance.fine) > l.maxFineDiscountPercent + 1e-9 ||
            share(s.discountByComponent.fees, balance.fees) > l.maxFeesDiscountPercent + 1e-9;
        if (beyond) {
            ++over;
            QVERIFY(a.verdict != Verdict::Ok);
            QVERIFY(!a.violations.isEmpty());
        }
        if (a.verdict == Verdict::Ok)
            QVERIFY(!beyond);
        if (a.verdict == Verdict::NeedsSupervisor)
            QCOMPARE(role, ApprovalRole::Agent); // only someone below can need a supervisor
        if (role == ApprovalRole::Admin)
            QVERIFY(a.verdict == Verdict::Ok || a.verdict == Verdict::NotAllowed);
    }
    QVERIFY(over > 500); // the generator does exercise the limits
}

void TestNegotiationPolicy::smallInstallmentIsAViolation()
{
    // Generated schedules of every kind: an installment below the user's minimum is
    // always reported (never silently produced), and none is reported otherwise.
    const NegotiationPolicy policy = NegotiationPolicy::defaults();
    const BucketPolicy &b = bucket(policy, 45);
    QRandomGenerator rng(11);
    int reported = 0;
    for (int c = 0; c < 1000; ++c) {
        ScenarioRequest req;
        req.kind = ScenarioKind(1 + rng.bounded(3)); // price, sac, flat
        req.installments = 1 + int(rng.bounded(12));
        req.firstDue = kToday.addDays(rng.bounded(11));
        const qint64 cents = req.installments + qint64(rng.bounded(120'000));
        const Result<ScenarioResult> r =
            computeScenario(req, principalOnly(cents), {b.monthlyRate, 480}, kToday);
        if (!r.ok())
            continue;
        const auto role = ApprovalRole(rng.bounded(3));
        const PolicyAssessment a = assess(*r, b, role, kToday);
        bool below = false;
        for (const Installment &i : r->installments)
            below = below || i.amount < b.limitsFor(role).minInstallment;
        bool flagged = false;
        for (const Violation &v : a.violations)
            flagged = flagged || v.code == u"min_installment";
        QCOMPARE(flagged, below);
        if (below) {
            ++reported;
            QVERIFY(a.verdict != Verdict::Ok);
        }
    }
    QVERIFY(reported > 100);
}

QTEST_GUILESS_MAIN(TestNegotiationPolicy)
#include "TestNegotiationPolicy.moc"
