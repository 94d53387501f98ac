#include "domain/payment/Interleaved2of5.h"

#include <QtTest>

using quita::Interleaved2of5;

// Expected widths are derived by hand from the ITF digit table (ISO/IEC 16390, also
// in every FEBRABAN boleto manual): 0 NNWWN 1 WNNNW 2 NWNNW 3 WWNNN 4 NNWNW 5 WNWNN
// 6 NWWNN 7 NNNWW 8 WNNWN 9 NWNWN; first digit of a pair in the bars, second in the
// spaces; start NNNN, stop WNN.
class TestInterleaved2of5 : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void boletoModuleCount_data();
    void boletoModuleCount();
    void everyPairHasFourWide();
    void rejects_data();
    void rejects();
};

using Widths = QList<int>;

void TestInterleaved2of5::encode_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("narrow");
    QTest::addColumn<int>("wide");
    QTest::addColumn<Widths>("elements");
    QTest::addColumn<int>("modules");

    // "1234": pair 12 = bars W N N N W, spaces N W N N W -> 3 1 1 3 1 1 1 1 3 3;
    // pair 34 = bars W W N N N, spaces N N W N W -> 3 1 3 1 1 3 1 1 1 3.
    // Modules: start 4 + 18 + 18 + stop 5 = 45.
    QTest::newRow("1234") << "1234" << 1 << 3 << Widths{1, 1, 1, 1,                   // start
                                                        3, 1, 1, 3, 1, 1, 1, 1, 3, 3, // 12
                                                        3, 1, 3, 1, 1, 3, 1, 1, 1, 3, // 34
                                                        3, 1, 1}                      // stop
                          << 45;
    // "00": both N N W W N -> 1 1 1 1 3 3 3 3 1 1.
    QTest::newRow("00") << "00" << 1 << 3
                        << Widths{1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 1, 1, 3, 1, 1} << 27;
    // "90": bars N W N W N, spaces N N W W N -> 1 1 3 1 1 3 3 3 1 1.
    QTest::newRow("90") << "90" << 1 << 3
                        << Widths{1, 1, 1, 1, 1, 1, 3, 1, 1, 3, 3, 3, 1, 1, 3, 1, 1} << 27;
    // "1234" at narrow 2, wide 5: every 1 becomes 2 and every 3 becomes 5.
    // Modules: 4*2 + 2*(6*2 + 4*5) + (5 + 2 + 2) = 8 + 64 + 9 = 81.
    QTest::newRow("1234 at 2:5") << "1234" << 2 << 5 << Widths{2, 2, 2, 2,                   //
                                                               5, 2, 2, 5, 2, 2, 2, 2, 5, 5, //
                                                               5, 2, 5, 2, 2, 5, 2, 2, 2, 5, //
                                                               5, 2, 2}
                                 << 81;
}

void TestInterleaved2of5::encode()
{
    QFETCH(QString, digits);
    QFETCH(int, narrow);
    QFETCH(int, wide);
    QFETCH(Widths, elements);
    QFETCH(int, modules);

    Interleaved2of5::Widths widths;
    widths.narrow = narrow;
    widths.wide = wide;
    const auto code = Interleaved2of5::encode(digits, widths);
    QVERIFY(code.ok());
    QCOMPARE(code->elements(), elements);
    QCOMPARE(code->moduleCount(), modules);
    QVERIFY(Interleaved2of5::isBar(0));
    QVERIFY(!Interleaved2of5::isBar(1));
    QVERIFY(Interleaved2of5::isBar(code->elements().size() - 1)); // ends on a bar
}

void TestInterleaved2of5::boletoModuleCount_data()
{
    QTest::addColumn<int>("narrow");
    QTest::addColumn<int>("wide");
    QTest::addColumn<int>("modules");

    // 44 digits = 22 pairs; a pair is 6 narrow + 4 wide.
    // 1:3 -> 4 + 22 * (6 + 12) + (3 + 1 + 1) = 405.
    QTest::newRow("1:3") << 1 << 3 << 405;
    // 1:2 -> 4 + 22 * (6 + 8) + (2 + 1 + 1) = 316.
    QTest::newRow("1:2") << 1 << 2 << 316;
    // 2:5 -> 8 + 22 * (12 + 20) + (5 + 2 + 2) = 721.
    QTest::newRow("2:5") << 2 << 5 << 721;
}

void TestInterleaved2of5::boletoModuleCount()
{
    QFETCH(int, narrow);
    QFETCH(int, wide);
    QFETCH(int, modules);

    Interleaved2of5::Widths widths;
    widths.narrow = narrow;
    widths.wide = wide;
    const auto code = Interleaved2of5::encode(
        QStringLiteral("23795422300002952951172060007589645204030050"), widths);
    QVERIFY(code.ok());
    QCOMPARE(code->elements().size(), 4 + 44 * 5 + 3);
    QCOMPARE(code->moduleCount(), modules);
}

void TestInterleaved2of5::everyPairHasFourWide()
{
    // Two of five elements per digit are wide, so each 10-element pair has 4.
    const auto code =
        Interleaved2of5::encode(QStringLiteral("0123456789987654321000112233445566778899"));
    QVERIFY(code.ok());
    const QList<int> &e = code->elements();
    for (qsizetype pair = 0; pair < 20; ++pair) {
        int wide = 0;
        for (qsizetype k = 0; k < 10; ++k)
            wide += e.at(4 + pair * 10 + k) == 3 ? 1 : 0;
        QCOMPARE(wide, 4);
    }
}

void TestInterleaved2of5::rejects_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("narrow");
    QTest::addColumn<int>("wide");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("odd length") << "123" << 1 << 3 << "digits"
                                << "odd_length";
    QTest::newRow("letter") << "12a4" << 1 << 3 << "digits"
                            << "characters";
    QTest::newRow("space") << "12 4" << 1 << 3 << "digits"
                           << "characters";
    QTest::newRow("empty") << "" << 1 << 3 << "digits"
                           << "empty";
    QTest::newRow("narrow 0") << "12" << 0 << 3 << "narrow"
                              << "range";
    QTest::newRow("ratio below 2") << "12" << 3 << 5 << "wide"
                                   << "range";
    QTest::newRow("ratio above 3") << "12" << 2 << 7 << "wide"
                                   << "range";
}

void TestInterleaved2of5::rejects()
{
    QFETCH(QString, digits);
    QFETCH(int, narrow);
    QFETCH(int, wide);
    QFETCH(QString, field);
    QFETCH(QString, code);

    Interleaved2of5::Widths widths;
    widths.narrow = narrow;
    widths.wide = wide;
    const auto r = Interleaved2of5::encode(digits, widths);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, field);
    QCOMPARE(r.error().code, code);
    QVERIFY(r.error().message.contains(field));
}

QTEST_GUILESS_MAIN(TestInterleaved2of5)
#include "TestInterleaved2of5.moc"
