#include "domain/negotiation/IndexSeries.h"

#include <QFile>
#include <QtTest>

using namespace quita;

// Expected factors are computed outside the code under test, with Python floats
// (a throwaway script, described here): for ipca 2024-01 = 0.42 %, 2024-02 = 0.83 %,
// 2024-03 = 0.16 %,
//   2024-01-01 -> 2024-03-01 = 1.0042 * 1.0083                              = 1.01253486
//   2024-01-15 -> 2024-03-01 = 1.0042^(17/31) * 1.0083                      = 1.010620144565426
//   2024-02-10 -> 2024-02-20 = 1.0083^(10/29)                               = 1.0028543225391253
//   2024-01-15 -> 2024-03-16 = 1.0042^(17/31) * 1.0083 * 1.0016^(15/31)     = 1.011402237360261
// (17 = days 15..31 of January, 15 = days 1..15 of March; the period is [from, to).)
class TestIndexSeries : public QObject
{
    Q_OBJECT

private:
    static IndexSeries smallSeries()
    {
        IndexSeries s;
        s.setVariationPpm(CorrectionIndex::Ipca, 2024, 1, 4200);
        s.setVariationPpm(CorrectionIndex::Ipca, 2024, 2, 8300);
        s.setVariationPpm(CorrectionIndex::Ipca, 2024, 3, 1600);
        return s;
    }

private slots:
    void indexNames_data();
    void indexNames();
    void unknownIndexName();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void factor_data();
    void factor();
    void factorMissingMonth_data();
    void factorMissingMonth();
    void factorBackwards();
    void demoFile();
};

void TestIndexSeries::indexNames_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << int(CorrectionIndex::None) << "none";
    QTest::newRow("ipca") << int(CorrectionIndex::Ipca) << "ipca";
    QTest::newRow("igpm") << int(CorrectionIndex::Igpm) << "igpm";
    QTest::newRow("inpc") << int(CorrectionIndex::Inpc) << "inpc";
}

void TestIndexSeries::indexNames()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    const auto idx = CorrectionIndex(index);
    QCOMPARE(correctionIndexName(idx), name);
    const Result<CorrectionIndex> back = correctionIndexFromName(name.toUpper());
    QVERIFY(back.ok());
    QCOMPARE(int(*back), index);
}

void TestIndexSeries::unknownIndexName()
{
    const Result<CorrectionIndex> r = correctionIndexFromName(QStringLiteral("selic"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("correction_index"));
    QVERIFY(r.error().message.contains(QStringLiteral("selic")));
}

void TestIndexSeries::parseGood()
{
    // Header, comments, blank lines, CRLF, blanks around fields, comma decimals, signs.
    const QString csv = QStringLiteral("# demo\r\n"
                                       "index;month;variation_percent\r\n"
                                       "\r\n"
                                       "ipca;2025-01;0.16\r\n"
                                       " igpm ; 2024-02 ; -0,52 \n"
                                       "inpc;2024-03;+2\n"
                                       "ipca;2025-02;1.3125\n"
                                       "# trailing comment\n");
    const Result<IndexSeries> r = IndexSeries::parseCsv(csv);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->monthCount(), 4);
    QCOMPARE(r->monthCount(CorrectionIndex::Ipca), 2);
    // 0.16 % = 0.0016 = 1600 parts per million, and so on.
    QCOMPARE(r->variationPpm(CorrectionIndex::Ipca, 2025, 1), std::optional<qint32>(1600));
    QCOMPARE(r->variationPpm(CorrectionIndex::Igpm, 2024, 2), std::optional<qint32>(-5200));
    QCOMPARE(r->variationPpm(CorrectionIndex::Inpc, 2024, 3), std::optional<qint32>(20000));
    QCOMPARE(r->variationPpm(CorrectionIndex::Ipca, 2025, 2), std::optional<qint32>(13125));
    QCOMPARE(r->variationPpm(CorrectionIndex::Ipca, 2025, 3), std::optional<qint32>());
    QCOMPARE(r->variationPpm(CorrectionIndex::None, 2025, 1), std::optional<qint32>());
}

void TestIndexSeries::parseBad_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");

    QTest::newRow("two fields") << "ipca;2025-01"
                                << "field_count" << 1;
    QTest::newRow("four fields") << "ipca;2025-01;0.1;x"
                                 << "field_count" << 1;
    QTest::newRow("unknown index after comment") << "# c\nipca;2025-01;0.16\nxyz;2025-02;0.1"
                                                 << "unknown_index" << 3;
    QTest::newRow("none has no data") << "none;2025-01;0.1"
                                      << "unknown_index" << 1;
    QTest::newRow("header after data") << "ipca;2025-01;0.1\nindex;month;variation"
                                       << "unknown_index" << 2;
    QTest::newRow("month 13") << "ipca;2025-13;0.1"
                              << "month" << 1;
    QTest::newRow("month 00") << "ipca;2025-00;0.1"
                              << "month" << 1;
    QTest::newRow("short year") << "ipca;25-01;0.1"
                                << "month" << 1;
    QTest::newRow("slash") << "\n\nipca;2025/01;0.1"
                           << "month" << 3;
    QTest::newRow("not a number") << "ipca;2025-01;abc"
                                  << "variation" << 1;
    QTest::newRow("empty value") << "ipca;2025-01;"
                                 << "variation" << 1;
    QTest::newRow("five decimals") << "ipca;2025-01;0.12345"
                                   << "variation" << 1;
    QTest::newRow("dot only") << "ipca;2025-01;."
                              << "variation" << 1;
    QTest::newRow("trailing dot") << "ipca;2025-01;1."
                                  << "variation" << 1;
    QTest::newRow("percent sign") << "ipca;2025-01;0.5%"
                                  << "variation" << 1;
    QTest::newRow("minus 100") << "ipca;2025-01;-100"
                               << "variation_range" << 1;
    QTest::newRow("above 1000") << "ipca;2025-01;1000.01"
                                << "variation_range" << 1;
    QTest::newRow("duplicate") << "ipca;2025-01;0.1\nigpm;2025-01;0.1\nipca;2025-01;0.2"
                               << "duplicate" << 3;
}

void TestIndexSeries::parseBad()
{
    QFETCH(QString, csv);
    QFETCH(QString, code);
    QFETCH(int, line);
    const Result<IndexSeries> r = IndexSeries::parseCsv(csv);
    QVERIFY(!r.ok()); // all or nothing: no series at all
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, QStringLiteral("line %1").arg(line));
    QVERIFY2(r.error().message.startsWith(QStringLiteral("Line %1:").arg(line)),
             qPrintable(r.error().message));
}

void TestIndexSeries::factor_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<double>("expected");

    const int ipca = int(CorrectionIndex::Ipca);
    QTest::newRow("two whole months")
        << ipca << QDate(2024, 1, 1) << QDate(2024, 3, 1) << 1.01253486;
    QTest::newRow("partial first month")
        << ipca << QDate(2024, 1, 15) << QDate(2024, 3, 1) << 1.010620144565426;
    QTest::newRow("inside one month")
        << ipca << QDate(2024, 2, 10) << QDate(2024, 2, 20) << 1.0028543225391253;
    QTest::newRow("partial first and last")
        << ipca << QDate(2024, 1, 15) << QDate(2024, 3, 16) << 1.011402237360261;
    QTest::newRow("same day") << ipca << QDate(2024, 2, 10) << QDate(2024, 2, 10) << 1.0;
    // Up to 1 April: no April day in the period, so no April figure needed.
    QTest::newRow("ends on a month start")
        << ipca << QDate(2024, 3, 1) << QDate(2024, 4, 1) << 1.0016;
    // No data at all for IGP-M, but None needs none.
    QTest::newRow("none") << int(CorrectionIndex::None) << QDate(2000, 1, 1) << QDate(2030, 1, 1)
                          << 1.0;
}

void TestIndexSeries::factor()
{
    QFETCH(int, index);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(double, expected);
    const Result<double> f = smallSeries().factor(CorrectionIndex(index), from, to);
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    QCOMPARE(*f, expected);
}

void TestIndexSeries::factorMissingMonth_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("month");

    QTest::newRow("before the data")
        << int(CorrectionIndex::Ipca) << QDate(2023, 12, 20) << QDate(2024, 1, 10) << "IPCA"
        << "2023-12";
    QTest::newRow("after the data")
        << int(CorrectionIndex::Ipca) << QDate(2024, 3, 10) << QDate(2024, 4, 2) << "IPCA"
        << "2024-04";
    QTest::newRow("other index") << int(CorrectionIndex::Igpm) << QDate(2024, 1, 10)
                                 << QDate(2024, 1, 20) << "IGP-M"
                                 << "2024-01";
}

void TestIndexSeries::factorMissingMonth()
{
    QFETCH(int, index);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, name);
    QFETCH(QString, month);
    const Result<double> f = smallSeries().factor(CorrectionIndex(index), from, to);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("missing_index_month"));
    QCOMPARE(f.error().field, QStringLiteral("correction_index"));
    QVERIFY2(f.error().message.contains(name), qPrintable(f.error().message));
    QVERIFY2(f.error().message.contains(month), qPrintable(f.error().message));
}

void TestIndexSeries::factorBackwards()
{
    const Result<double> f =
        smallSeries().factor(CorrectionIndex::Ipca, QDate(2024, 3, 1), QDate(2024, 2, 1));
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, QStringLiteral("invalid_range"));
    const Result<double> g = smallSeries().factor(CorrectionIndex::Ipca, QDate(), QDate());
    QVERIFY(!g.ok());
    QCOMPARE(g.error().code, QStringLiteral("invalid_date"));
}

void TestIndexSeries::demoFile()
{
    QFile file(QStringLiteral(QUITA_DEMO_INDEXES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<IndexSeries> r = IndexSeries::parseCsv(QString::fromUtf8(file.readAll()));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    // IPCA 2021-01..2026-12 (the demo's oldest titles fall due in December 2021), IGP-M
    // and INPC 2023-01..2026-12.
    QCOMPARE(r->monthCount(CorrectionIndex::Ipca), 72);
    QCOMPARE(r->monthCount(CorrectionIndex::Igpm), 48);
    QCOMPARE(r->monthCount(CorrectionIndex::Inpc), 48);
    // IPCA 2021 as published: 10.06 %.
    QCOMPARE(
        qRound(*r->factor(CorrectionIndex::Ipca, QDate(2021, 1, 1), QDate(2022, 1, 1)) * 10000),
        11006);
    // IPCA 2023, compounded from the published monthly figures, is the published
    // 4.62 % for the year (Python: prod(1 + v/100) = 1.046211139305668).
    const Result<double> year =
        r->factor(CorrectionIndex::Ipca, QDate(2023, 1, 1), QDate(2024, 1, 1));
    QVERIFY(year.ok());
    QCOMPARE(*year, 1.046211139305668);
    QVERIFY(r->factor(CorrectionIndex::Inpc, QDate(2023, 1, 1), QDate(2027, 1, 1)).ok());
    QVERIFY(!r->factor(CorrectionIndex::Inpc, QDate(2026, 12, 1), QDate(2027, 1, 2)).ok());
}

QTEST_GUILESS_MAIN(TestIndexSeries)
#include "TestIndexSeries.moc"
