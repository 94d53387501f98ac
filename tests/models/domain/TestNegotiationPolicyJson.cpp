#include "domain/negotiation/NegotiationPolicyJson.h"

#include <QTest>

using namespace quita;

class TestNegotiationPolicyJson : public QObject
{
    Q_OBJECT

    static const BucketPolicy &bucket(const NegotiationPolicy &policy, const char *name)
    {
        for (const BucketPolicy &b : policy.buckets) {
            if (b.bucket == QLatin1String(name))
                return b;
        }
        qFatal("no bucket %s", name);
    }

private slots:
    void emptyIsTheDefaults()
    {
        for (const char *text : {"", "{}", "  ", "{\"buckets\": {}}"}) {
            const auto parsed = negotiationPolicyFromText(QString::fromLatin1(text));
            QVERIFY2(parsed.ok(), text);
            const NegotiationPolicy defaults = NegotiationPolicy::defaults();
            QCOMPARE(parsed->buckets.size(), defaults.buckets.size());
            QCOMPARE(bucket(*parsed, "31-60").limitsFor(ApprovalRole::Agent).maxInstallments, 12);
            QCOMPARE(bucket(*parsed, "31-60").monthlyRate, 0.025);
        }
    }

    void starAppliesEverywhereAndABucketOverridesIt()
    {
        const auto parsed = negotiationPolicyFromText(QStringLiteral(R"({"buckets": {
            "*": {"agent": {"max_installments": 10, "min_installment_cents": 8000}},
            "91-180": {"monthly_rate": 0.018,
                       "agent": {"max_installments": 6},
                       "supervisor": {"max_principal_discount_percent": 40}}}})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const RoleLimits &young = bucket(*parsed, "1-30").limitsFor(ApprovalRole::Agent);
        QCOMPARE(young.maxInstallments, 10);
        QCOMPARE(young.minInstallment.cents(), 8000);
        const BucketPolicy &old = bucket(*parsed, "91-180");
        QCOMPARE(old.monthlyRate, 0.018);
        QCOMPARE(old.limitsFor(ApprovalRole::Agent).maxInstallments, 6); // its own key wins
        QCOMPARE(old.limitsFor(ApprovalRole::Agent).minInstallment.cents(), 8000); // from "*"
        QCOMPARE(old.limitsFor(ApprovalRole::Supervisor).maxPrincipalDiscountPercent, 40.0);
        // Untouched: the defaults.
        QCOMPARE(old.limitsFor(ApprovalRole::Admin).maxInstallments, 60);
        QCOMPARE(bucket(*parsed, "1-30").monthlyRate, 0.025);
        // The policy decides: 8 installments are now beyond an agent in 91-180.
        QCOMPARE(parsed->forDaysPastDue(120)->limitsFor(ApprovalRole::Agent).maxInstallments, 6);
    }

    void badInputNamesThePath_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << "{buckets"
                                  << "negotiation_policy";
        QTest::newRow("array") << "[]"
                               << "negotiation_policy";
        QTest::newRow("unknown top key") << R"({"limits": {}})"
                                         << "negotiation_policy.limits";
        QTest::newRow("buckets not object") << R"({"buckets": 3})"
                                            << "negotiation_policy.buckets";
        QTest::newRow("unknown bucket") << R"({"buckets": {"0-10": {}}})"
                                        << "negotiation_policy.buckets.0-10";
        QTest::newRow("bucket not object") << R"({"buckets": {"1-30": true}})"
                                           << "negotiation_policy.buckets.1-30";
        QTest::newRow("unknown role") << R"({"buckets": {"1-30": {"manager": {}}}})"
                                      << "negotiation_policy.buckets.1-30.manager";
        QTest::newRow("role not object") << R"({"buckets": {"1-30": {"agent": 5}}})"
                                         << "negotiation_policy.buckets.1-30.agent";
        QTest::newRow("unknown limit") << R"({"buckets": {"*": {"agent": {"max_discount": 5}}}})"
                                       << "negotiation_policy.buckets.*.agent.max_discount";
        QTest::newRow("percent over 100")
            << R"({"buckets": {"1-30": {"admin": {"max_principal_discount_percent": 101}}}})"
            << "negotiation_policy.buckets.1-30.admin.max_principal_discount_percent";
        QTest::newRow("negative percent")
            << R"({"buckets": {"1-30": {"admin": {"max_fine_discount_percent": -1}}}})"
            << "negotiation_policy.buckets.1-30.admin.max_fine_discount_percent";
        QTest::newRow("zero installments")
            << R"({"buckets": {"1-30": {"agent": {"max_installments": 0}}}})"
            << "negotiation_policy.buckets.1-30.agent.max_installments";
        QTest::newRow("fractional installments")
            << R"({"buckets": {"1-30": {"agent": {"max_installments": 2.5}}}})"
            << "negotiation_policy.buckets.1-30.agent.max_installments";
        QTest::newRow("text cents")
            << R"({"buckets": {"1-30": {"agent": {"min_installment_cents": "50"}}}})"
            << "negotiation_policy.buckets.1-30.agent.min_installment_cents";
        QTest::newRow("days over a year")
            << R"({"buckets": {"1-30": {"agent": {"max_days_to_first_due": 400}}}})"
            << "negotiation_policy.buckets.1-30.agent.max_days_to_first_due";
        QTest::newRow("rate too high") << R"({"buckets": {"360+": {"monthly_rate": 0.5}}})"
                                       << "negotiation_policy.buckets.360+.monthly_rate";
    }

    void badInputNamesThePath()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const auto parsed = negotiationPolicyFromText(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
        QVERIFY(parsed.error().message.startsWith(field));
    }
};

QTEST_GUILESS_MAIN(TestNegotiationPolicyJson)
#include "TestNegotiationPolicyJson.moc"
