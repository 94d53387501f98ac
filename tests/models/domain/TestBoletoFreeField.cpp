#include "domain/payment/Boleto.h"
#include "domain/payment/BoletoFreeField.h"

#include <QtTest>

using quita::Boleto;
using quita::BradescoFreeField;
using quita::Money;

// Expected values: the free fields and printed our numbers of real Bradesco boletos
// published in kivanio/brcobranca spec/brcobranca/boleto/bradesco_spec.rb, the
// worked example of Bradesco's manual (wallet 19, number 00000000002 -> 8), the README
// example of hellbound22/boleto-bradesco, and for the rest a small Python script
// written from the rule in BoletoFreeField.h (mod 11, weights 2..7 from the right,
// r = 0 -> "0", r = 1 -> "P", else 11 - r).
class TestBoletoFreeField : public QObject
{
    Q_OBJECT

private slots:
    void create_data();
    void create();
    void checkDigit_data();
    void checkDigit();
    void createRejects_data();
    void createRejects();
    void parseRejects_data();
    void parseRejects();
    void intoBoleto();
};

void TestBoletoFreeField::create_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("wallet");
    QTest::addColumn<QString>("ourNumber");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("freeField");
    QTest::addColumn<QString>("printed");

    // Published free fields; DVs 5 and 5 from the Python script.
    QTest::newRow("published wallet 06") << "1172"
                                         << "06"
                                         << "75896452"
                                         << "0403005"
                                         << "1172060007589645204030050"
                                         << "06/00075896452-5";
    QTest::newRow("published wallet 03") << "4042"
                                         << "3"
                                         << "777700168"
                                         << "61900"
                                         << "4042030077770016800619000"
                                         << "03/00777700168-5";
    // Our number 0 in wallet 10: the "1" is 13th from the right, weight 2 (weights
    // 2..7 repeat); sum = 2, r = 2, DV = 11 - 2 = 9 (by hand, and Python agrees).
    QTest::newRow("published 2019") << "4521"
                                    << "10"
                                    << "0"
                                    << "3218"
                                    << "4521100000000000000032180"
                                    << "10/00000000000-9";
    QTest::newRow("spaces trimmed") << " 0548 "
                                    << "09"
                                    << "12345678901"
                                    << "1448"
                                    << "0548091234567890100014480"
                                    << "09/12345678901-0";
}

void TestBoletoFreeField::create()
{
    QFETCH(QString, agency);
    QFETCH(QString, wallet);
    QFETCH(QString, ourNumber);
    QFETCH(QString, account);
    QFETCH(QString, freeField);
    QFETCH(QString, printed);

    const auto f = BradescoFreeField::create(agency, wallet, ourNumber, account);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(f->toString(), freeField);
    QCOMPARE(f->printedOurNumber(), printed);

    const auto back = BradescoFreeField::parse(freeField);
    QVERIFY(back.ok());
    QCOMPARE(*back, *f);
}

void TestBoletoFreeField::checkDigit_data()
{
    QTest::addColumn<QString>("wallet");
    QTest::addColumn<QString>("ourNumber");
    QTest::addColumn<QChar>("dv");

    QTest::newRow("manual example 19/2") << "19"
                                         << "00000000002" << QChar(u'8');
    QTest::newRow("published 06/525 P") << "06"
                                        << "00000000525" << QChar(u'P');
    QTest::newRow("published 09/1") << "09"
                                    << "00000000001" << QChar(u'1');
    QTest::newRow("published 19/6 zero") << "19"
                                         << "00000000006" << QChar(u'0');
    QTest::newRow("published 19/1 P") << "19"
                                      << "00000000001" << QChar(u'P');
    QTest::newRow("computed 09/12345678901") << "09"
                                             << "12345678901" << QChar(u'0');
    QTest::newRow("wallet too short") << "9"
                                      << "00000000001" << QChar();
    QTest::newRow("number too short") << "09"
                                      << "1" << QChar();
    QTest::newRow("letters") << "0A"
                             << "00000000001" << QChar();
}

void TestBoletoFreeField::checkDigit()
{
    QFETCH(QString, wallet);
    QFETCH(QString, ourNumber);
    QFETCH(QChar, dv);
    QCOMPARE(BradescoFreeField::ourNumberCheckDigit(wallet, ourNumber), dv);
}

void TestBoletoFreeField::createRejects_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("wallet");
    QTest::addColumn<QString>("ourNumber");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("agency 5 digits") << "12345"
                                     << "06"
                                     << "1"
                                     << "1"
                                     << "agency"
                                     << "length";
    QTest::newRow("agency with DV") << "1172-3"
                                    << "06"
                                    << "1"
                                    << "1"
                                    << "agency"
                                    << "characters";
    QTest::newRow("agency empty") << ""
                                  << "06"
                                  << "1"
                                  << "1"
                                  << "agency"
                                  << "empty";
    QTest::newRow("wallet 3 digits") << "1172"
                                     << "006"
                                     << "1"
                                     << "1"
                                     << "wallet"
                                     << "length";
    QTest::newRow("wallet letter") << "1172"
                                   << "0A"
                                   << "1"
                                   << "1"
                                   << "wallet"
                                   << "characters";
    QTest::newRow("wallet blank") << "1172"
                                  << "  "
                                  << "1"
                                  << "1"
                                  << "wallet"
                                  << "empty";
    QTest::newRow("our number 12 digits") << "1172"
                                          << "06"
                                          << "123456789012"
                                          << "1"
                                          << "our_number"
                                          << "length";
    QTest::newRow("our number with DV P") << "1172"
                                          << "06"
                                          << "525P"
                                          << "1"
                                          << "our_number"
                                          << "characters";
    QTest::newRow("account 8 digits") << "1172"
                                      << "06"
                                      << "1"
                                      << "12345678"
                                      << "account"
                                      << "length";
    QTest::newRow("account empty") << "1172"
                                   << "06"
                                   << "1"
                                   << ""
                                   << "account"
                                   << "empty";
}

void TestBoletoFreeField::createRejects()
{
    QFETCH(QString, agency);
    QFETCH(QString, wallet);
    QFETCH(QString, ourNumber);
    QFETCH(QString, account);
    QFETCH(QString, field);
    QFETCH(QString, code);

    const auto f = BradescoFreeField::create(agency, wallet, ourNumber, account);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().field, field);
    QCOMPARE(f.error().code, code);
    QVERIFY(f.error().message.contains(field));
}

void TestBoletoFreeField::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("24 digits") << "117206000758964520403005"
                               << "length";
    QTest::newRow("26 digits") << "11720600075896452040300500"
                               << "length";
    QTest::newRow("letter") << "117206000758964520403005O"
                            << "length";
    QTest::newRow("last not zero") << "1172060007589645204030051"
                                   << "layout";
}

void TestBoletoFreeField::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto f = BradescoFreeField::parse(text);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().code, code);
    QCOMPARE(f.error().field, QStringLiteral("free_field"));
}

void TestBoletoFreeField::intoBoleto()
{
    // The published wallet-06 boleto end to end: parts -> free field -> barcode.
    const auto f = BradescoFreeField::create(QStringLiteral("1172"), QStringLiteral("06"),
                                             QStringLiteral("75896452"), QStringLiteral("0403005"));
    QVERIFY(f.ok());
    const auto b = Boleto::build({QStringLiteral("237"), QStringLiteral("9"), QDate(2009, 4, 30),
                                  Money::fromCents(295295), f->toString()});
    QVERIFY(b.ok());
    QCOMPARE(b->barcode(), QStringLiteral("23795422300002952951172060007589645204030050"));
    QCOMPARE(BradescoFreeField::parse(b->freeField())->ourNumber(), QStringLiteral("00075896452"));
}

QTEST_GUILESS_MAIN(TestBoletoFreeField)
#include "TestBoletoFreeField.moc"
