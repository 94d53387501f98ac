#include "domain/negotiation/PaymentImport.h"

#include <QtTest>

using namespace quita;

class TestPaymentImport : public QObject
{
    Q_OBJECT

    const QDate today{2026, 12, 10};

private slots:
    void readsEveryFormTheBanksUse()
    {
        const QString file = QStringLiteral("our_number;paid_on;amount\r\n"
                                            "# statement of 10/12\r\n"
                                            "00000004812;2026-12-05;451,76\r\n"
                                            "\r\n"
                                            "4813;06/12/2026;1200.5\n"
                                            "4814\t2026-12-07\t30\n"
                                            "4815,2026-12-08,0.99\n");
        const auto read = parsePaymentFile(file, today);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), 4);
        QCOMPARE(read->at(0).line, 3);
        QCOMPARE(read->at(0).ourNumber, QStringLiteral("00000004812"));
        QCOMPARE(read->at(0).paidOn, QDate(2026, 12, 5));
        QCOMPARE(read->at(0).amount.cents(), 45176);
        QCOMPARE(read->at(1).line, 5);
        QCOMPARE(read->at(1).ourNumber, QStringLiteral("00000004813"));
        QCOMPARE(read->at(1).paidOn, QDate(2026, 12, 6));
        QCOMPARE(read->at(1).amount.cents(), 120050);
        QCOMPARE(read->at(2).amount.cents(), 3000);
        QCOMPARE(read->at(3).amount.cents(), 99);
    }

    void badLinesAreNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("two fields") << "4812;2026-12-05\n"
                                    << "line 1"
                                    << "3 fields";
        QTest::newRow("letters in our number") << "1;2026-12-05;10,00\nAB12;2026-12-05;10,00\n"
                                               << "line 2"
                                               << "AB12";
        QTest::newRow("too long our number") << "123456789012;2026-12-05;10,00"
                                             << "line 1"
                                             << "11 digits";
        QTest::newRow("bad date") << "4812;2026-13-05;10,00"
                                  << "line 1"
                                  << "2026-13-05";
        QTest::newRow("future date") << "4812;2026-12-11;10,00"
                                     << "line 1"
                                     << "future";
        QTest::newRow("three decimals") << "4812;2026-12-05;10,001"
                                        << "line 1"
                                        << "10,001";
        QTest::newRow("thousands separator") << "4812;2026-12-05;1.200,50"
                                             << "line 1"
                                             << "1.200,50";
        QTest::newRow("zero") << "4812;2026-12-05;0,00"
                              << "line 1"
                              << "more than zero";
        QTest::newRow("negative") << "4812;2026-12-05;-5,00"
                                  << "line 1"
                                  << "more than zero";
        QTest::newRow("twice") << "4812;2026-12-05;10,00\n00000004812;2026-12-06;10,00\n"
                               << "line 2"
                               << "twice";
    }
    void badLinesAreNamed()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const auto read = parsePaymentFile(file, today);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().field, field);
        QVERIFY2(read.error().message.contains(words), qPrintable(read.error().message));
        QVERIFY(read.error().message.startsWith(QStringLiteral("Line ")));
    }

    void emptyFileIsRefused()
    {
        const auto read = parsePaymentFile(QStringLiteral("our_number;paid_on;amount\n\n"), today);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().field, QStringLiteral("file"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentImport)
#include "TestPaymentImport.moc"
