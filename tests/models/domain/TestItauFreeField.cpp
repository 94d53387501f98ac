// Itaú (341) free fields and whole barcodes. Expected values: the worked boletos of
// kivanio/brcobranca spec/brcobranca/boleto/itau_spec.rb ("Gerar boleto", "Montar
// agencia_conta_corrente_dv", "Montar nosso_numero_boleto"), copied digit for digit.
#include "domain/payment/Boleto.h"
#include "domain/payment/CollectionAccount.h"
#include "domain/payment/ItauFreeField.h"

#include <QtTest>

using namespace quita;

class TestItauFreeField : public QObject
{
    Q_OBJECT

private slots:
    void freeField_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("wallet");
        QTest::addColumn<QString>("ourNumber");
        QTest::addColumn<QString>("expected");
        QTest::newRow("175, 8 digits") << "0810"
                                       << "53678"
                                       << "175"
                                       << "12345678"
                                       << "1751234567840810536789000";
        QTest::newRow("175, short our number padded") << "0810"
                                                      << "53678"
                                                      << "175"
                                                      << "258281"
                                                      << "1750025828170810536789000";
        // Wallet 168's DAC covers wallet and our number only (brcobranca's util/itau.rb and
        // Itaú's manual); the older brcobranca spec's 168 barcode predates that rule and
        // disagrees, so it is not used here: 168 + 00258281 -> 0 by mod 10.
        QTest::newRow("168") << "0810"
                             << "53678"
                             << "168"
                             << "258281"
                             << "1680025828100810536789000";
        QTest::newRow("109") << "1248"
                             << "02124"
                             << "109"
                             << "00010152"
                             << "1090001015271248021246000";
    }
    void freeField()
    {
        QFETCH(QString, agency);
        QFETCH(QString, account);
        QFETCH(QString, wallet);
        QFETCH(QString, ourNumber);
        QFETCH(QString, expected);
        const auto f = ItauFreeField::create(agency, wallet, ourNumber, account);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        QCOMPARE(f->toString(), expected);
    }

    void accountCheckDigit_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QChar>("dv");
        QTest::newRow("0607/15255") << "0607"
                                    << "15255" << QChar(u'0');
        QTest::newRow("1547/85547") << "1547"
                                    << "85547" << QChar(u'6');
        QTest::newRow("1547/10207") << "1547"
                                    << "10207" << QChar(u'7');
        QTest::newRow("0811/53678") << "0811"
                                    << "53678" << QChar(u'8');
    }
    void accountCheckDigit()
    {
        QFETCH(QString, agency);
        QFETCH(QString, account);
        QFETCH(QChar, dv);
        QCOMPARE(ItauFreeField::create(agency, QStringLiteral("175"), QStringLiteral("1"), account)
                     ->accountCheckDigit(),
                 dv);
    }

    void printedOurNumber()
    {
        QCOMPARE(ItauFreeField::create(QStringLiteral("0607"), QStringLiteral("175"),
                                       QStringLiteral("12345678"), QStringLiteral("15255"))
                     ->printedOurNumber(),
                 QStringLiteral("175/12345678-4"));
        QCOMPARE(ItauFreeField::create(QStringLiteral("0607"), QStringLiteral("143"),
                                       QStringLiteral("12345678"), QStringLiteral("15255"))
                     .error()
                     .field,
                 QStringLiteral("wallet")); // 143 carries the payer's number: refused
    }

    void wholeBoleto_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("wallet");
        QTest::addColumn<QString>("ourNumber");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<QString>("line");
        // Before the factor's restart of 2025-02-22, and after it.
        QTest::newRow("2008") << "0810"
                              << "53678"
                              << "175"
                              << "258281" << QDate(2008, 2, 2) << qint64(13500)
                              << "34191377000000135001750025828170810536789000"
                              << "34191.75009 25828.170818 05367.890000 1 37700000013500";
        QTest::newRow("2029") << "1248"
                              << "02124"
                              << "109"
                              << "00010152" << QDate(2029, 5, 20) << qint64(675787)
                              << "34194254800006757871090001015271248021246000"
                              << "34191.09008 01015.271248 80212.460002 4 25480000675787";
    }
    void wholeBoleto()
    {
        QFETCH(QString, agency);
        QFETCH(QString, account);
        QFETCH(QString, wallet);
        QFETCH(QString, ourNumber);
        QFETCH(QDate, due);
        QFETCH(qint64, cents);
        QFETCH(QString, barcode);
        QFETCH(QString, line);
        Boleto::Fields fields;
        fields.bankCode = QStringLiteral("341");
        fields.dueDate = due;
        fields.amount = Money::fromCents(cents);
        fields.freeField = ItauFreeField::create(agency, wallet, ourNumber, account)->toString();
        const auto boleto = Boleto::build(fields);
        QVERIFY2(boleto.ok(), boleto.ok() ? "" : qPrintable(boleto.error().message));
        QCOMPARE(boleto->barcode(), barcode);
        QCOMPARE(boleto->formattedLine(), line);
    }

    // A creditor banking with Itaú gets Itaú boletos; other banks are refused by name.
    void creditorAccount()
    {
        CollectionAccount itau{QStringLiteral("341"),
                               QStringLiteral("0810"),
                               QStringLiteral("53678"),
                               QStringLiteral("175"),
                               QStringLiteral("cobranca@credor.com.br"),
                               QStringLiteral("Sao Paulo")};
        const auto codes = paymentCodes(itau, QStringLiteral("Banco Horizonte S.A."), 12345678,
                                        QDate(2029, 5, 20), Money::fromCents(675787));
        QVERIFY2(codes.ok(), codes.ok() ? "" : qPrintable(codes.error().message));
        QVERIFY(codes->boleto.barcode().startsWith(QLatin1String("341")));
        QCOMPARE(codes->boleto.barcode().mid(19), QStringLiteral("1751234567840810536789000"));
        QCOMPARE(codes->printedOurNumber, QStringLiteral("175/12345678-4"));
        // Itaú's our number has 8 digits: the 100 000 000th is refused, not truncated.
        QCOMPARE(paymentCodes(itau, QStringLiteral("Banco Horizonte S.A."), 100000000,
                              QDate(2029, 5, 20), Money::fromCents(100))
                     .error()
                     .field,
                 QStringLiteral("our_number"));
        CollectionAccount other = itau;
        other.bankCode = QStringLiteral("001");
        const auto refused = paymentCodes(other, QStringLiteral("Banco Horizonte S.A."), 1,
                                          QDate(2029, 5, 20), Money::fromCents(100));
        QCOMPARE(refused.error().field, QStringLiteral("bank_code"));
        QVERIFY(refused.error().message.contains(QLatin1String("001")));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("wallet");
        QTest::addColumn<QString>("ourNumber");
        QTest::addColumn<QString>("field");
        QTest::newRow("agency too long") << "12345"
                                         << "53678"
                                         << "175"
                                         << "1"
                                         << "agency";
        QTest::newRow("account letters") << "0810"
                                         << "53A78"
                                         << "175"
                                         << "1"
                                         << "account";
        QTest::newRow("our number 9 digits") << "0810"
                                             << "53678"
                                             << "175"
                                             << "123456789"
                                             << "our_number";
        QTest::newRow("no wallet") << "0810"
                                   << "53678"
                                   << ""
                                   << "1"
                                   << "wallet";
        QTest::newRow("payer's-number wallet") << "0810"
                                               << "53678"
                                               << "198"
                                               << "1"
                                               << "wallet";
    }
    void rejects()
    {
        QFETCH(QString, agency);
        QFETCH(QString, account);
        QFETCH(QString, wallet);
        QFETCH(QString, ourNumber);
        QFETCH(QString, field);
        const auto f = ItauFreeField::create(agency, wallet, ourNumber, account);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestItauFreeField)
#include "TestItauFreeField.moc"
