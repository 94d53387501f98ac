#include "domain/negotiation/InstallmentPlan.h"
#include "domain/negotiation/RecoveryEstimate.h"

#include <QtTest>

using namespace quita;

// Expected probabilities with Python fractions:
// portfolio 60 kept of 100, prior strength m = 10, default d = 0.5:
//   p0 = (60 + 10 x 0.5) / (100 + 10) = 13/22 = 0.590909...
//   a band with 3 kept of 3: p = (3 + 10 x 13/22) / (3 + 10) = 98/143 = 0.685314...
//   expected recovery of 1.000,00 = 685.3146 -> 685,31.
namespace {

AgreementHistory sixtyPercentHistory()
{
    AgreementHistory h;
    h.add(ScenarioKind::Price, InstallmentBand::TwoToSix, 3, 0);
    h.add(ScenarioKind::Flat, InstallmentBand::SevenToTwelve, 57, 40);
    return h;
}

ScenarioResult scenario(ScenarioKind kind, int n, qint64 cents)
{
    ScenarioRequest req;
    req.kind = kind;
    req.installments = n;
    req.firstDue = QDate(2024, 1, 31);
    BalanceBreakdown b;
    b.principal = Money::fromCents(cents);
    const Result<ScenarioResult> r = computeScenario(req, b, {}, QDate(2024, 1, 20));
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

} // namespace

class TestRecoveryEstimate : public QObject
{
    Q_OBJECT

private slots:
    void bands_data();
    void bands();
    void noHistory();
    void smallBandIsShrunk();
    void bandWithoutRecordTakesPortfolioRate();
    void largeBandDominates();
    void zeroPriorIsRawRate();
    void methodDescription();
};

void TestRecoveryEstimate::bands_data()
{
    QTest::addColumn<int>("installments");
    QTest::addColumn<QString>("band");
    QTest::newRow("1") << 1 << "1";
    QTest::newRow("2") << 2 << "2-6";
    QTest::newRow("6") << 6 << "2-6";
    QTest::newRow("7") << 7 << "7-12";
    QTest::newRow("12") << 12 << "7-12";
    QTest::newRow("13") << 13 << "13-24";
    QTest::newRow("24") << 24 << "13-24";
    QTest::newRow("25") << 25 << "25+";
    QTest::newRow("360") << 360 << "25+";
}

void TestRecoveryEstimate::bands()
{
    QFETCH(int, installments);
    QFETCH(QString, band);
    QCOMPARE(installmentBandName(installmentBandFor(installments)), band);
}

void TestRecoveryEstimate::noHistory()
{
    // No history: the stated default, 50 %; 1.000,01 x 0.5 = 500.005 -> 500,01.
    const RecoveryEstimate r = estimateRecovery(scenario(ScenarioKind::Full, 1, 100001), {});
    QCOMPARE(r.keep.probability, 0.5);
    QCOMPARE(r.keep.sampleSize, 0);
    QCOMPARE(r.keep.portfolioSampleSize, 0);
    QCOMPARE(r.expected.cents(), 50001);
    RecoveryModel model;
    model.defaultKeepRate = 0.3;
    QCOMPARE(estimateKeepProbability({}, ScenarioKind::Price, 12, model).probability, 0.3);
}

void TestRecoveryEstimate::smallBandIsShrunk()
{
    const AgreementHistory h = sixtyPercentHistory();
    QCOMPARE(h.portfolio().kept, 60);
    QCOMPARE(h.portfolio().total(), 100);
    const KeepEstimate e = estimateKeepProbability(h, ScenarioKind::Price, 4);
    QCOMPARE(e.sampleSize, 3);
    QCOMPARE(e.portfolioSampleSize, 100);
    QCOMPARE(e.portfolioRate, 13.0 / 22.0);
    QCOMPARE(e.probability, 98.0 / 143.0); // not 100 %
    const RecoveryEstimate r = estimateRecovery(scenario(ScenarioKind::Price, 4, 100000), h);
    // The Price scenario at rate 0 totals exactly 1.000,00.
    QCOMPARE(r.expected.cents(), 68531);
    QCOMPARE(r.keep.sampleSize, 3);
}

void TestRecoveryEstimate::bandWithoutRecordTakesPortfolioRate()
{
    // SAC in 13-24 never happened: the (shrunk) portfolio rate 13/22.
    const KeepEstimate e = estimateKeepProbability(sixtyPercentHistory(), ScenarioKind::Sac, 18);
    QCOMPARE(e.sampleSize, 0);
    QCOMPARE(e.probability, 13.0 / 22.0);
}

void TestRecoveryEstimate::largeBandDominates()
{
    // Flat 7-12: 57 of 97, p = (57 + 10 x 13/22) / 107 = 692/1177 = 0.58793...
    const KeepEstimate e = estimateKeepProbability(sixtyPercentHistory(), ScenarioKind::Flat, 10);
    QCOMPARE(e.sampleSize, 97);
    QCOMPARE(e.probability, (57.0 + 10.0 * 13.0 / 22.0) / 107.0);
}

void TestRecoveryEstimate::zeroPriorIsRawRate()
{
    RecoveryModel model;
    model.priorStrength = 0.0;
    const AgreementHistory h = sixtyPercentHistory();
    QCOMPARE(estimateKeepProbability(h, ScenarioKind::Price, 4, model).probability, 1.0);
    // An empty band with no prior falls back to the portfolio's raw 60 %.
    QCOMPARE(estimateKeepProbability(h, ScenarioKind::Sac, 4, model).probability, 0.6);
    // Negative counts are ignored.
    AgreementHistory g;
    g.add(ScenarioKind::Full, InstallmentBand::One, -5, 2);
    QCOMPARE(g.portfolio().kept, 0);
    QCOMPARE(g.portfolio().broken, 2);
}

void TestRecoveryEstimate::methodDescription()
{
    RecoveryModel model;
    model.priorStrength = 12;
    model.defaultKeepRate = 0.45;
    const QString text = quita::methodDescription(model);
    QVERIFY(text.contains(QStringLiteral("12")));
    QVERIFY(text.contains(QStringLiteral("45")));
    QVERIFY(text.contains(QStringLiteral("25+")));
}

QTEST_GUILESS_MAIN(TestRecoveryEstimate)
#include "TestRecoveryEstimate.moc"
