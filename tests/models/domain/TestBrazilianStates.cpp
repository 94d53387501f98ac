#include "domain/BrazilianStates.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace quita;

class TestBrazilianStates : public QObject
{
    Q_OBJECT

private slots:
    void twentySevenUniqueStates();
    void find_data();
    void find();
    void unknownCodes_data();
    void unknownCodes();
    void timeZonesAreValid();
    void localTime_data();
    void localTime();
    void noDaylightSaving();
    void unknownStateFallsBackToSaoPaulo_data();
    void unknownStateFallsBackToSaoPaulo();
};

void TestBrazilianStates::twentySevenUniqueStates()
{
    const QList<BrazilianState> &states = BrazilianStates::all();
    QCOMPARE(states.size(), 27);
    static const QRegularExpression uf(QStringLiteral("^[A-Z]{2}$"));
    QSet<QString> codes, names;
    for (const auto &s : states) {
        QVERIFY2(uf.match(s.code).hasMatch(), qPrintable(s.code));
        QVERIFY2(!s.name.isEmpty(), qPrintable(s.code));
        QVERIFY2(s.zone.startsWith("America/"), qPrintable(s.code));
        codes.insert(s.code);
        names.insert(s.name);
    }
    QCOMPARE(codes.size(), 27);
    QCOMPARE(names.size(), 27);
    const QSet<QString> expected = {
        QStringLiteral("AC"), QStringLiteral("AL"), QStringLiteral("AP"), QStringLiteral("AM"),
        QStringLiteral("BA"), QStringLiteral("CE"), QStringLiteral("DF"), QStringLiteral("ES"),
        QStringLiteral("GO"), QStringLiteral("MA"), QStringLiteral("MT"), QStringLiteral("MS"),
        QStringLiteral("MG"), QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PR"),
        QStringLiteral("PE"), QStringLiteral("PI"), QStringLiteral("RJ"), QStringLiteral("RN"),
        QStringLiteral("RS"), QStringLiteral("RO"), QStringLiteral("RR"), QStringLiteral("SC"),
        QStringLiteral("SP"), QStringLiteral("SE"), QStringLiteral("TO")};
    QCOMPARE(codes, expected);
}

void TestBrazilianStates::find_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("zone");

    QTest::newRow("SP") << "SP" << QStringLiteral("São Paulo") << QByteArray("America/Sao_Paulo");
    QTest::newRow("RJ") << "RJ"
                        << "Rio de Janeiro" << QByteArray("America/Sao_Paulo");
    QTest::newRow("DF") << "DF"
                        << "Distrito Federal" << QByteArray("America/Sao_Paulo");
    QTest::newRow("AM") << "AM"
                        << "Amazonas" << QByteArray("America/Manaus");
    QTest::newRow("AC") << "AC"
                        << "Acre" << QByteArray("America/Rio_Branco");
    QTest::newRow("PE") << "PE"
                        << "Pernambuco" << QByteArray("America/Recife");
    QTest::newRow("RO") << "RO" << QStringLiteral("Rondônia") << QByteArray("America/Porto_Velho");
    QTest::newRow("MS") << "MS"
                        << "Mato Grosso do Sul" << QByteArray("America/Campo_Grande");
}

void TestBrazilianStates::find()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QByteArray, zone);

    const BrazilianState *state = BrazilianStates::find(code);
    QVERIFY(state);
    QCOMPARE(state->code, code);
    QCOMPARE(state->name, name);
    QCOMPARE(state->zone, zone);
    QVERIFY(BrazilianStates::isValid(code));
    QCOMPARE(BrazilianStates::timeZone(code).id(), zone);
}

void TestBrazilianStates::unknownCodes_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "";
    QTest::newRow("null") << QString();
    QTest::newRow("XX") << "XX";
    QTest::newRow("lower case") << "sp";
    QTest::newRow("mixed case") << "Sp";
    QTest::newRow("padded") << " SP";
    QTest::newRow("three letters") << "SPA";
    QTest::newRow("full name") << QStringLiteral("São Paulo");
    QTest::newRow("Fernando de Noronha is not a state") << "FN";
}

void TestBrazilianStates::unknownCodes()
{
    QFETCH(QString, code);
    QVERIFY(BrazilianStates::find(code) == nullptr);
    QVERIFY(!BrazilianStates::isValid(code));
}

void TestBrazilianStates::timeZonesAreValid()
{
    for (const auto &s : BrazilianStates::all()) {
        QVERIFY2(QTimeZone::isTimeZoneIdAvailable(s.zone), s.zone.constData());
        const QTimeZone zone(s.zone);
        QVERIFY2(zone.isValid(), s.zone.constData());
        QCOMPARE(BrazilianStates::timeZone(s.code).id(), s.zone);
        // Every capital is between UTC-5 and UTC-3 today.
        const int offset = zone.offsetFromUtc(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
        QVERIFY2(offset >= -5 * 3600 && offset <= -3 * 3600, s.zone.constData());
    }
}

void TestBrazilianStates::localTime_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("offsetHours");

    QTest::newRow("SP") << "SP" << -3;
    QTest::newRow("RJ") << "RJ" << -3;
    QTest::newRow("BA") << "BA" << -3;
    QTest::newRow("PE") << "PE" << -3;
    QTest::newRow("TO") << "TO" << -3;
    QTest::newRow("AP") << "AP" << -3;
    QTest::newRow("AM") << "AM" << -4;
    QTest::newRow("MT") << "MT" << -4;
    QTest::newRow("MS") << "MS" << -4;
    QTest::newRow("RO") << "RO" << -4;
    QTest::newRow("RR") << "RR" << -4;
    QTest::newRow("AC") << "AC" << -5;
}

void TestBrazilianStates::localTime()
{
    QFETCH(QString, code);
    QFETCH(int, offsetHours);

    const QDateTime utc(QDate(2026, 7, 15), QTime(14, 30), Qt::UTC);
    const QDateTime local = BrazilianStates::localTime(code, utc);
    QCOMPARE(local.offsetFromUtc(), offsetHours * 3600);
    QCOMPARE(local.date(), QDate(2026, 7, 15));
    QCOMPARE(local.time(), QTime(14 + offsetHours, 30));
    QCOMPARE(local.timeZone().id(), BrazilianStates::find(code)->zone);
    QCOMPARE(local.toMSecsSinceEpoch(), utc.toMSecsSinceEpoch());

    // Just after midnight UTC it is still the previous day in Brazil.
    const QDateTime earlyUtc(QDate(2026, 7, 15), QTime(1, 0), Qt::UTC);
    const QDateTime earlyLocal = BrazilianStates::localTime(code, earlyUtc);
    QCOMPARE(earlyLocal.date(), QDate(2026, 7, 14));
    QCOMPARE(earlyLocal.time(), QTime(25 + offsetHours, 0));
}

void TestBrazilianStates::noDaylightSaving()
{
    // Brazil has had no daylight saving time since 2019: January (southern summer)
    // and July give the same offsets.
    const QDateTime january(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime july(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC);
    for (const auto &s : BrazilianStates::all()) {
        QCOMPARE(BrazilianStates::localTime(s.code, january).offsetFromUtc(),
                 BrazilianStates::localTime(s.code, july).offsetFromUtc());
        QVERIFY2(!BrazilianStates::timeZone(s.code).isDaylightTime(january), qPrintable(s.code));
    }
    QCOMPARE(BrazilianStates::localTime(QStringLiteral("SP"), january).time(), QTime(9, 0));
}

void TestBrazilianStates::unknownStateFallsBackToSaoPaulo_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("XX") << "XX";
    QTest::newRow("empty") << "";
    QTest::newRow("lower case sp") << "sp";
    QTest::newRow("lower case ac") << "ac";
}

void TestBrazilianStates::unknownStateFallsBackToSaoPaulo()
{
    QFETCH(QString, code);

    QCOMPARE(BrazilianStates::timeZone(code).id(), QByteArray("America/Sao_Paulo"));
    const QDateTime utc(QDate(2026, 7, 15), QTime(14, 30), Qt::UTC);
    const QDateTime local = BrazilianStates::localTime(code, utc);
    QCOMPARE(local.offsetFromUtc(), -3 * 3600);
    QCOMPARE(local.time(), QTime(11, 30));
    QCOMPARE(local.timeZone().id(), QByteArray("America/Sao_Paulo"));
    QCOMPARE(local, utc); // the same instant, seen from Brasília
}

QTEST_GUILESS_MAIN(TestBrazilianStates)
#include "TestBrazilianStates.moc"
