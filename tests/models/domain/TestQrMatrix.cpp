#include "domain/payment/QrMatrix.h"

#include <QtTest>

using quita::QrMatrix;

Q_DECLARE_METATYPE(QrMatrix::ErrorCorrection)

// Expected sizes come from the byte-mode capacity table of ISO/IEC 18004 (Table 7):
// at level M a version-1 symbol holds 14 bytes, version 2 26, version 7 122,
// version 8 152, version 40 2331; at level L version 1 holds 17. A version-v symbol
// is 17 + 4v modules a side. Finder, separator and timing patterns and the dark module
// at (8, 4v + 9) are fixed by the same standard (section 6.3).
class TestQrMatrix : public QObject
{
    Q_OBJECT

private slots:
    void size_data();
    void size();
    void finderPatterns();
    void outsideIsLight();
    void rejects_data();
    void rejects();
};

void TestQrMatrix::size_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QrMatrix::ErrorCorrection>("level");
    QTest::addColumn<int>("version");

    const auto m = QrMatrix::ErrorCorrection::Medium;
    QTest::newRow("14 bytes M") << QString(14, u'a') << m << 1;
    QTest::newRow("15 bytes M") << QString(15, u'a') << m << 2;
    QTest::newRow("26 bytes M") << QString(26, u'a') << m << 2;
    QTest::newRow("27 bytes M") << QString(27, u'a') << m << 3;
    // 7 x "ç" is 14 UTF-8 bytes, 8 x is 16: byte count, not characters.
    QTest::newRow("7 cedillas M") << QString(7, u'ç') << m << 1;
    QTest::newRow("8 cedillas M") << QString(8, u'ç') << m << 2;
    QTest::newRow("17 bytes L") << QString(17, u'a') << QrMatrix::ErrorCorrection::Low << 1;
    // The BCB static BR Code example is 137 characters: 122 < 137 <= 152.
    QTest::newRow("BCB BR Code")
        << QStringLiteral("00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-"
                          "4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA"
                          "62070503***63041D3D")
        << m << 8;
    QTest::newRow("2331 bytes M") << QString(2331, u'a') << m << 40;
}

void TestQrMatrix::size()
{
    QFETCH(QString, text);
    QFETCH(QrMatrix::ErrorCorrection, level);
    QFETCH(int, version);

    const auto qr = QrMatrix::encode(text, level);
    QVERIFY2(qr.ok(), qPrintable(qr.ok() ? QString() : qr.error().message));
    QCOMPARE(qr->version(), version);
    QCOMPARE(qr->size(), 17 + 4 * version);
    // The dark module (ISO/IEC 18004 6.3.4 / 7.9): always at (8, 4v + 9).
    QVERIFY(qr->dark(8, 4 * version + 9));
}

void TestQrMatrix::finderPatterns()
{
    const auto qr = QrMatrix::encode(QStringLiteral("https://example.com/quita"));
    QVERIFY(qr.ok());
    const int n = qr->size();

    // Finder: 7x7, dark ring, light ring, dark 3x3 centre; then a light separator.
    const QList<QPoint> corners{{0, 0}, {n - 7, 0}, {0, n - 7}};
    for (const QPoint &c : corners) {
        for (int dy = 0; dy < 7; ++dy) {
            for (int dx = 0; dx < 7; ++dx) {
                const bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
                const bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
                QCOMPARE(qr->dark(c.x() + dx, c.y() + dy), ring || centre);
            }
        }
    }
    for (int i = 0; i < 8; ++i) {
        QVERIFY(!qr->dark(7, i));         // right of top-left
        QVERIFY(!qr->dark(i, 7));         // below top-left
        QVERIFY(!qr->dark(n - 8, i));     // left of top-right
        QVERIFY(!qr->dark(n - 1 - i, 7)); // below top-right
        QVERIFY(!qr->dark(7, n - 1 - i)); // right of bottom-left
        QVERIFY(!qr->dark(i, n - 8));     // above bottom-left
    }
    // Timing patterns on row 6 and column 6 alternate, dark on even positions.
    for (int i = 8; i < n - 8; ++i) {
        QCOMPARE(qr->dark(i, 6), i % 2 == 0);
        QCOMPARE(qr->dark(6, i), i % 2 == 0);
    }
}

void TestQrMatrix::outsideIsLight()
{
    const auto qr = QrMatrix::encode(QStringLiteral("x"));
    QVERIFY(qr.ok());
    QVERIFY(qr->dark(0, 0));
    QVERIFY(!qr->dark(-1, 0));
    QVERIFY(!qr->dark(0, -1));
    QVERIFY(!qr->dark(qr->size(), 0));
    QVERIFY(!qr->dark(0, qr->size()));
    QVERIFY(QrMatrix().isNull());
}

void TestQrMatrix::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << QString() << "empty";
    QTest::newRow("2332 bytes at M") << QString(2332, u'a') << "too_long";
    QTest::newRow("1166 cedillas at M (2332 bytes)") << QString(1166, u'ç') << "too_long";
}

void TestQrMatrix::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto r = QrMatrix::encode(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QCOMPARE(r.error().field, QStringLiteral("text"));
    QVERIFY(r.error().message.contains(QStringLiteral("text")));
}

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "TestQrMatrix.moc"
