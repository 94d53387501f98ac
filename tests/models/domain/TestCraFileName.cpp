// The standard CRA file names (DOMAIN.md "Protest"): B/C/R/DP/CP + presenter code + DDMM
// + "." + YY + sequence. Expected names typed from the layout; the first is the CRA-21
// manual's own example.
#include "domain/protest/CraFileName.h"

#include <QTest>

using namespace quita;

class TestCraFileName : public QObject
{
    Q_OBJECT

private slots:
    void fileNames_data();
    void fileNames();
    void badFileNames_data();
    void badFileNames();
};

void TestCraFileName::fileNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("presenter");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("expected");

    // The first row is the CRA-21 manual's own example (Itau, 24/01/2014, sequence 1).
    QTest::newRow("remessa, manual example") << "B"
                                             << "341" << QDate(2014, 1, 24) << 1 << "B3412401.141";
    QTest::newRow("confirmacao") << "C"
                                 << "341" << QDate(2014, 1, 24) << 1 << "C3412401.141";
    QTest::newRow("retorno") << "R"
                             << "237" << QDate(2023, 10, 6) << 1 << "R2370610.231";
    QTest::newRow("desistencia") << "DP"
                                 << "341" << QDate(2014, 1, 24) << 1 << "DP3412401.141";
    QTest::newRow("cancelamento") << "CP"
                                  << "341" << QDate(2014, 1, 24) << 1 << "CP3412401.141";
    QTest::newRow("golden remessa") << "B"
                                    << "123" << QDate(2025, 3, 15) << 1 << "B1231503.251";
    QTest::newRow("letters, sequence 9") << "B"
                                         << "BGO" << QDate(2021, 5, 25) << 9 << "BBGO2505.219";
    QTest::newRow("year 2100") << "R"
                               << "1" << QDate(2100, 12, 31) << 2 << "R13112.002";
}

void TestCraFileName::fileNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, presenter);
    QFETCH(QDate, date);
    QFETCH(int, sequence);
    QFETCH(QString, expected);
    Result<QString> name =
        kind == QLatin1String("B")    ? CraFileName::remittance(presenter, date, sequence)
        : kind == QLatin1String("C")  ? CraFileName::confirmation(presenter, date, sequence)
        : kind == QLatin1String("R")  ? CraFileName::returnFile(presenter, date, sequence)
        : kind == QLatin1String("DP") ? CraFileName::withdrawal(presenter, date, sequence)
                                      : CraFileName::cancellation(presenter, date, sequence);
    QVERIFY2(name.ok(), name.ok() ? "" : qPrintable(name.error().message));
    QCOMPARE(name.value(), expected);
}

void TestCraFileName::badFileNames_data()
{
    QTest::addColumn<QString>("presenter");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("field");

    QTest::newRow("sequence 0") << "341" << QDate(2014, 1, 24) << 0 << "sequence";
    QTest::newRow("sequence 10") << "341" << QDate(2014, 1, 24) << 10 << "sequence";
    QTest::newRow("no presenter") << " " << QDate(2014, 1, 24) << 1 << "presenter_code";
    QTest::newRow("lower-case presenter") << "bgo" << QDate(2014, 1, 24) << 1 << "presenter_code";
    QTest::newRow("dot in presenter") << "34.1" << QDate(2014, 1, 24) << 1 << "presenter_code";
    QTest::newRow("no date") << "341" << QDate() << 1 << "date";
}

void TestCraFileName::badFileNames()
{
    QFETCH(QString, presenter);
    QFETCH(QDate, date);
    QFETCH(int, sequence);
    QFETCH(QString, field);
    for (const auto &make :
         {&CraFileName::remittance, &CraFileName::confirmation, &CraFileName::returnFile,
          &CraFileName::withdrawal, &CraFileName::cancellation}) {
        const Result<QString> name = make(presenter, date, sequence);
        QVERIFY(!name.ok());
        QCOMPARE(name.error().field, field);
        QVERIFY(!name.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCraFileName)
#include "TestCraFileName.moc"
