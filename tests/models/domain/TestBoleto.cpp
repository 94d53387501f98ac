#include "domain/payment/Boleto.h"

#include <QtTest>

using quita::Boleto;
using quita::DueDateFactorRules;
using quita::Money;

// Where the expected values come from:
// - "published": real Bradesco boletos printed in kivanio/brcobranca
//   spec/brcobranca/boleto/bradesco_spec.rb (barcode and typeable line), and the
//   example in the README of hellbound22/boleto-bradesco (barcode only).
// - "computed": a small Python script written for this test from DOMAIN.md alone
//   (mod 11 weights 2..9 with 0/1/10/11 -> 1; mod 10 weights 2,1 adding product
//   digits; factor = days since 1997-10-07, after 9999 restarting at 1000 every 9000
//   days; dates with datetime.date arithmetic). The same script reproduces every
//   published barcode and line above, which is what makes it trustworthy.
// - check-digit functions: the worked examples of banknote.com.br "module.htm"
//   (mod 10 of 01230067896 is 3; mod 11 of 0185200005 is 5).
class TestBoleto : public QObject
{
    Q_OBJECT

private slots:
    void build_data();
    void build();
    void parseBack_data();
    void parseBack();
    void parseRejects_data();
    void parseRejects();
    void buildRejects_data();
    void buildRejects();
    void encodeFactor_data();
    void encodeFactor();
    void decodeFactor_data();
    void decodeFactor();
    void decodeFactorRejects_data();
    void decodeFactorRejects();
    void factorRulesAreData();
    void checkDigits_data();
    void checkDigits();
    void noDueDate();
};

void TestBoleto::build_data()
{
    QTest::addColumn<QString>("bank");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("freeField");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<QString>("formattedLine");

    QTest::newRow("published Bradesco wallet 06")
        << "237" << QDate(2009, 4, 30) << qint64(295295) << "1172060007589645204030050"
        << "23795422300002952951172060007589645204030050"
        << "23791.17209 60007.589645 52040.300502 5 42230000295295";
    QTest::newRow("published Bradesco wallet 03")
        << "237" << QDate(2008, 2, 2) << qint64(13500) << "4042030077770016800619000"
        << "23791377000000135004042030077770016800619000"
        << "23794.04201 30077.770011 68006.190000 1 37700000013500";
    QTest::newRow("published Bradesco 2019")
        << "237" << QDate(2019, 12, 13) << qint64(200) << "4521100000000000000032180"
        << "23791810200000002004521100000000000000032180"
        << "23794.52119 00000.000000 00000.321802 1 81020000000200";
    QTest::newRow("computed factor 9999 on 2025-02-21")
        << "001" << QDate(2025, 2, 21) << qint64(10000) << "0000001234567000000001117"
        << "00192999900000100000000001234567000000001117"
        << "00190.00009 01234.567004 00000.011171 2 99990000010000";
    QTest::newRow("computed factor 1000 on 2025-02-22")
        << "001" << QDate(2025, 2, 22) << qint64(123456) << "0000001234567000000001117"
        << "00195100000001234560000001234567000000001117"
        << "00190.00009 01234.567004 00000.011171 5 10000000123456";
    QTest::newRow("computed factor 1001 on 2025-02-23, one centavo")
        << "341" << QDate(2025, 2, 23) << qint64(1) << "1570000000012345678901230"
        << "34192100100000000011570000000012345678901230"
        << "34191.57007 00000.012344 56789.012301 2 10010000000001";
    QTest::newRow("computed largest amount")
        << "237" << QDate(2026, 3, 15) << qint64(9'999'999'999) << "3381090000000012300123450"
        << "23795138699999999993381090000000012300123450"
        << "23793.38102 90000.000019 23001.234501 5 13869999999999";
    // The 0/1/10/11 -> 1 rule where it matters: sums with r = 0 (11 - r = 11) and
    // r = 1 (11 - r = 10); found by the Python script varying the free field.
    QTest::newRow("computed r = 0 gives DV 1")
        << "237" << QDate(2026, 1, 10) << qint64(15000) << "1172060007589645204030053"
        << "23791132200000150001172060007589645204030053"
        << "23791.17209 60007.589645 52040.300536 1 13220000015000";
    QTest::newRow("computed r = 1 gives DV 1")
        << "237" << QDate(2026, 1, 10) << qint64(15000) << "1172060007589645204030059"
        << "23791132200000150001172060007589645204030059"
        << "23791.17209 60007.589645 52040.300593 1 13220000015000";
    QTest::newRow("computed no due date")
        << "104" << QDate() << qint64(50000) << "1234567890123456789012345"
        << "10492000000000500001234567890123456789012345"
        << "10491.23456 67890.123457 67890.123457 2 00000000050000";
}

void TestBoleto::build()
{
    QFETCH(QString, bank);
    QFETCH(QDate, due);
    QFETCH(qint64, cents);
    QFETCH(QString, freeField);
    QFETCH(QString, barcode);
    QFETCH(QString, formattedLine);

    const auto boleto =
        Boleto::build({bank, QStringLiteral("9"), due, Money::fromCents(cents), freeField});
    QVERIFY2(boleto.ok(), qPrintable(boleto.ok() ? QString() : boleto.error().message));
    QCOMPARE(boleto->barcode(), barcode);
    QCOMPARE(boleto->formattedLine(), formattedLine);
    QString bare = formattedLine;
    bare.remove(u' ').remove(u'.');
    QCOMPARE(boleto->line(), bare);
    QCOMPARE(boleto->line().size(), 47);
    QCOMPARE(boleto->bankCode(), bank);
    QCOMPARE(boleto->currency(), QStringLiteral("9"));
    QCOMPARE(boleto->amount(), Money::fromCents(cents));
    QCOMPARE(boleto->freeField(), freeField);
    QCOMPARE(boleto->dueDate(), due);
}

void TestBoleto::parseBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("cents");

    const QString published = QStringLiteral("23795422300002952951172060007589645204030050");
    QTest::newRow("barcode") << published << QDate(2009, 4, 1) << published << QDate(2009, 4, 30)
                             << qint64(295295);
    QTest::newRow("formatted line")
        << "23791.17209 60007.589645 52040.300502 5 42230000295295" << QDate(2009, 4, 1)
        << published << QDate(2009, 4, 30) << qint64(295295);
    QTest::newRow("bare line") << "23791172096000758964552040300502542230000295295"
                               << QDate(2009, 4, 1) << published << QDate(2009, 4, 30)
                               << qint64(295295);
    QTest::newRow("line with extra spaces and newline")
        << "  23791.17209  60007.589645\n52040.300502 5 42230000295295 " << QDate(2009, 4, 1)
        << published << QDate(2009, 4, 30) << qint64(295295);
    // Factor 4223 read from 2040: the window [2027-09-06, 2052-04-26] holds the
    // second-cycle date 2009-04-30 + 9000 days = 2033-12-20 (Python datetime).
    QTest::newRow("same factor read in 2040")
        << published << QDate(2040, 1, 1) << published << QDate(2033, 12, 20) << qint64(295295);
    QTest::newRow("factor 9999 read after the restart")
        << "00190.00009 01234.567004 00000.011171 2 99990000010000" << QDate(2025, 3, 10)
        << "00192999900000100000000001234567000000001117" << QDate(2025, 2, 21) << qint64(10000);
    QTest::newRow("factor 1000 read before the restart")
        << "00195100000001234560000001234567000000001117" << QDate(2025, 1, 10)
        << "00195100000001234560000001234567000000001117" << QDate(2025, 2, 22) << qint64(123456);
    QTest::newRow("no due date") << "10491.23456 67890.123457 67890.123457 2 00000000050000"
                                 << QDate(2025, 1, 10)
                                 << "10492000000000500001234567890123456789012345" << QDate()
                                 << qint64(50000);
}

void TestBoleto::parseBack()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QString, barcode);
    QFETCH(QDate, due);
    QFETCH(qint64, cents);

    const auto boleto = Boleto::parse(text, reference);
    QVERIFY2(boleto.ok(), qPrintable(boleto.ok() ? QString() : boleto.error().message));
    QCOMPARE(boleto->barcode(), barcode);
    QCOMPARE(boleto->dueDate(), due);
    QCOMPARE(boleto->amount(), Money::fromCents(cents));

    // And a round trip through the line gives the same boleto.
    const auto again = Boleto::parse(boleto->formattedLine(), reference);
    QVERIFY(again.ok());
    QCOMPARE(*again, *boleto);
}

void TestBoleto::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    // The published line 23791.17209 60007.589645 52040.300502 5 42230000295295 with
    // one check digit changed at a time (the right ones are 9, 5, 2 and 5).
    QTest::newRow("field 1 DV") << "23791.17208 60007.589645 52040.300502 5 42230000295295"
                                << "field1_check_digit";
    QTest::newRow("field 2 DV") << "23791.17209 60007.589646 52040.300502 5 42230000295295"
                                << "field2_check_digit";
    QTest::newRow("field 3 DV") << "23791.17209 60007.589645 52040.300503 5 42230000295295"
                                << "field3_check_digit";
    QTest::newRow("general DV in line") << "23791.17209 60007.589645 52040.300502 6 42230000295295"
                                        << "general_check_digit";
    QTest::newRow("amount changed in line")
        << "23791.17209 60007.589645 52040.300502 5 42230000295296"
        << "general_check_digit";
    QTest::newRow("general DV in barcode") << "23796422300002952951172060007589645204030050"
                                           << "general_check_digit";
    QTest::newRow("digit changed in barcode") << "23795422300002952951172060007589645204030051"
                                              << "general_check_digit";
    QTest::newRow("utility barcode 44") << "83640000001123401380074119002551100010601813"
                                        << "utility";
    QTest::newRow("utility line 48") << "836400000011 123401380074 119002551100 010601813001"
                                     << "utility";
    QTest::newRow("too short") << "2379542230000295295117206000758964520403005"
                               << "length";
    QTest::newRow("48 digits, not utility") << "237954223000029529511720600075896452040300501234"
                                            << "length";
    QTest::newRow("letters") << "23795422300002952951172060007589645204O30050"
                             << "characters";
    QTest::newRow("hyphen") << "23791-17209"
                            << "characters";
    QTest::newRow("empty") << "  . "
                           << "empty";
    // Computed: the published boleto with currency 0 and its general DV recomputed (9).
    QTest::newRow("currency not real") << "23709422300002952951172060007589645204030050"
                                       << "currency";
    // Factor 0500 only ever meant 1999-02-19; read from 2026 it is out of the window.
    QTest::newRow("factor outside window") << QString() << "window";
}

void TestBoleto::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    if (text.isEmpty() && code == QLatin1String("window")) {
        // Built from 1999-02-19 (factor 500), read in 2026.
        const auto old =
            Boleto::build({QStringLiteral("237"), QStringLiteral("9"), QDate(1999, 2, 19),
                           Money::fromCents(100), QStringLiteral("1172060007589645204030050")});
        QVERIFY(old.ok());
        QCOMPARE(old->dueDateFactor(), 500);
        text = old->barcode();
    }
    const auto r = Boleto::parse(text, QDate(2026, 1, 1), QStringLiteral("payment_code"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, QStringLiteral("payment_code"));
    QVERIFY(!r.error().message.isEmpty());
}

void TestBoleto::buildRejects_data()
{
    QTest::addColumn<QString>("bank");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("freeField");
    QTest::addColumn<QString>("field");

    const QString free = QStringLiteral("1172060007589645204030050");
    const QDate due(2026, 1, 10);
    QTest::newRow("bank 2 digits") << "37"
                                   << "9" << due << qint64(100) << free << "bank_code";
    QTest::newRow("bank letters") << "2A7"
                                  << "9" << due << qint64(100) << free << "bank_code";
    QTest::newRow("bank starting 8") << "836"
                                     << "9" << due << qint64(100) << free << "bank_code";
    QTest::newRow("currency 0") << "237"
                                << "0" << due << qint64(100) << free << "currency";
    QTest::newRow("before base") << "237"
                                 << "9" << QDate(1997, 10, 6) << qint64(100) << free << "due_date";
    QTest::newRow("on base (factor 0 is no due date)")
        << "237"
        << "9" << QDate(1997, 10, 7) << qint64(100) << free << "due_date";
    QTest::newRow("zero amount") << "237"
                                 << "9" << due << qint64(0) << free << "amount";
    QTest::newRow("negative amount") << "237"
                                     << "9" << due << qint64(-5) << free << "amount";
    QTest::newRow("11 digits of centavos")
        << "237"
        << "9" << due << qint64(10'000'000'000) << free << "amount";
    QTest::newRow("free field 24") << "237"
                                   << "9" << due << qint64(100) << free.left(24) << "free_field";
    QTest::newRow("free field letter") << "237"
                                       << "9" << due << qint64(100) << "117206000758964520403005X"
                                       << "free_field";
}

void TestBoleto::buildRejects()
{
    QFETCH(QString, bank);
    QFETCH(QString, currency);
    QFETCH(QDate, due);
    QFETCH(qint64, cents);
    QFETCH(QString, freeField);
    QFETCH(QString, field);

    const auto r = Boleto::build({bank, currency, due, Money::fromCents(cents), freeField});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QVERIFY(r.error().message.contains(field));
}

void TestBoleto::encodeFactor_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("factor");

    QTest::newRow("first day after base") << QDate(1997, 10, 8) << 1;
    QTest::newRow("first 1000") << QDate(2000, 7, 3) << 1000;
    QTest::newRow("2008-02-02") << QDate(2008, 2, 2) << 3770;
    QTest::newRow("2009-04-30") << QDate(2009, 4, 30) << 4223;
    QTest::newRow("last of first cycle") << QDate(2025, 2, 21) << 9999;
    QTest::newRow("restart") << QDate(2025, 2, 22) << 1000;
    QTest::newRow("day after restart") << QDate(2025, 2, 23) << 1001;
    QTest::newRow("2026-03-15") << QDate(2026, 3, 15) << 1386;
    // The second restart: 2025-02-22 + 9000 days = 2049-10-14 (Python datetime).
    QTest::newRow("end of second cycle") << QDate(2049, 10, 13) << 9999;
    QTest::newRow("second restart") << QDate(2049, 10, 14) << 1000;
    QTest::newRow("2049-11-10") << QDate(2049, 11, 10) << 1027;
}

void TestBoleto::encodeFactor()
{
    QFETCH(QDate, date);
    QFETCH(int, factor);
    const auto r = Boleto::encodeFactor(date);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), factor);
}

void TestBoleto::decodeFactor_data()
{
    QTest::addColumn<int>("factor");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("date");

    QTest::newRow("9999 just before") << 9999 << QDate(2025, 2, 1) << QDate(2025, 2, 21);
    QTest::newRow("9999 just after") << 9999 << QDate(2025, 3, 1) << QDate(2025, 2, 21);
    QTest::newRow("1000 just before restart") << 1000 << QDate(2025, 2, 1) << QDate(2025, 2, 22);
    QTest::newRow("1000 after restart") << 1000 << QDate(2025, 6, 1) << QDate(2025, 2, 22);
    QTest::newRow("1001 after restart") << 1001 << QDate(2025, 2, 23) << QDate(2025, 2, 23);
    QTest::newRow("1000 in 2001 is 2000") << 1000 << QDate(2001, 1, 1) << QDate(2000, 7, 3);
    QTest::newRow("4223 in 2009") << 4223 << QDate(2009, 1, 1) << QDate(2009, 4, 30);
    QTest::newRow("4223 in 2040") << 4223 << QDate(2040, 1, 1) << QDate(2033, 12, 20);
    // Window edges for reference 2025-02-21: [2012-10-27, 2037-06-17] (Python).
    QTest::newRow("1 from 1997 era") << 1 << QDate(1998, 1, 1) << QDate(1997, 10, 8);
    QTest::newRow("0 is no due date") << 0 << QDate(2025, 1, 1) << QDate();
}

void TestBoleto::decodeFactor()
{
    QFETCH(int, factor);
    QFETCH(QDate, reference);
    QFETCH(QDate, date);
    const auto r = Boleto::decodeFactor(factor, reference);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value(), date);
    if (date.isValid()) {
        QCOMPARE(Boleto::encodeFactor(date).value(), factor);
    }
}

void TestBoleto::decodeFactorRejects_data()
{
    QTest::addColumn<int>("factor");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("code");

    QTest::newRow("five digits") << 10000 << QDate(2025, 1, 1) << "range";
    QTest::newRow("negative") << -1 << QDate(2025, 1, 1) << "range";
    QTest::newRow("no reference") << 1000 << QDate() << "reference";
    QTest::newRow("500 read in 2026") << 500 << QDate(2026, 1, 1) << "window";
}

void TestBoleto::decodeFactorRejects()
{
    QFETCH(int, factor);
    QFETCH(QDate, reference);
    QFETCH(QString, code);
    const auto r = Boleto::decodeFactor(factor, reference);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, QStringLiteral("due_date_factor"));
}

void TestBoleto::factorRulesAreData()
{
    // A window that only looks forward from the reference: factor 9999 read on
    // 2025-03-01 must then be the next cycle's 2025-02-21 + 9000 days = 2049-10-13.
    DueDateFactorRules forward;
    forward.daysBeforeReference = 0;
    const auto r = Boleto::decodeFactor(9999, QDate(2025, 3, 1), forward);
    QVERIFY(r.ok());
    QCOMPARE(r.value(), QDate(2049, 10, 13));

    // The default window takes the nearer one.
    QCOMPARE(Boleto::decodeFactor(9999, QDate(2025, 3, 1)).value(), QDate(2025, 2, 21));
}

void TestBoleto::checkDigits_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("mod10");
    QTest::addColumn<int>("mod11");

    // Published worked examples (banknote.com.br module.htm).
    QTest::newRow("mod 10 worked example") << "01230067896" << 3 << -1;
    QTest::newRow("mod 11 worked example") << "0185200005" << -1 << 5;
    // Field bodies of the published Bradesco line (DVs printed 9, 5, 2).
    QTest::newRow("field 1 body") << "237911720" << 9 << -1;
    QTest::newRow("field 2 body") << "6000758964" << 5 << -1;
    QTest::newRow("field 3 body") << "5204030050" << 2 << -1;
    // The published barcodes without their DVs (5, and 1 from 11 - r with r = 10).
    QTest::newRow("barcode 2009 body") << "2379422300002952951172060007589645204030050" << -1 << 5;
    QTest::newRow("barcode 2008 body") << "2379377000000135004042030077770016800619000" << -1 << 1;
}

void TestBoleto::checkDigits()
{
    QFETCH(QString, digits);
    QFETCH(int, mod10);
    QFETCH(int, mod11);
    if (mod10 >= 0)
        QCOMPARE(Boleto::fieldCheckDigit(digits), mod10);
    if (mod11 >= 0)
        QCOMPARE(Boleto::generalCheckDigit(digits), mod11);
}

void TestBoleto::noDueDate()
{
    const auto b =
        Boleto::build({QStringLiteral("104"), QStringLiteral("9"), QDate(), Money::fromCents(50000),
                       QStringLiteral("1234567890123456789012345")});
    QVERIFY(b.ok());
    QCOMPARE(b->dueDateFactor(), 0);
    QVERIFY(b->dueDate().isNull());
    QVERIFY(Boleto().isNull());
    QVERIFY(Boleto().line().isEmpty());
}

QTEST_GUILESS_MAIN(TestBoleto)
#include "TestBoleto.moc"
