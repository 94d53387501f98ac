#include "domain/payment/QrMatrix.h"
#include "print/AgreementTerm.h"
#include "print/AgreementTermLayout.h"
#include "print/PaymentCodeArt.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace quita;

namespace {

const QLocale kPtBr(QLocale::Portuguese, QLocale::Brazil);

// A realistic agreement: a retailer's two overdue titles renegotiated on the Price table,
// 1.99 % a month, paid through its Bradesco account.
AgreementTermData fixture(int installments)
{
    AgreementTermData data;
    data.printedOn = QDate(2025, 3, 10);

    Creditor &creditor = data.creditor;
    creditor.id = QUuid::fromString(QStringLiteral("{5b0e4c1e-2f55-4e36-9a57-0c2b7a6c9d11}"));
    creditor.name = QStringLiteral("Lojas Aurora Comércio de Eletrodomésticos Ltda.");
    creditor.document = Document::parse(QStringLiteral("11.222.333/0001-81")).value();
    creditor.account.bankCode = QStringLiteral("237");
    creditor.account.agency = QStringLiteral("1234");
    creditor.account.account = QStringLiteral("0012345");
    creditor.account.wallet = QStringLiteral("09");
    creditor.account.pixKey = QStringLiteral("11222333000181");
    creditor.account.pixCity = QStringLiteral("São Paulo");

    Debtor &debtor = data.debtor;
    debtor.name = QStringLiteral("Maria Aparecida dos Santos Oliveira");
    debtor.document = Document::parse(QStringLiteral("529.982.247-25")).value();
    debtor.address = {QStringLiteral("Rua das Flores, 120, apto. 32"),
                      QStringLiteral("Jardim Paulista"), QStringLiteral("São Paulo"),
                      QStringLiteral("SP"), QStringLiteral("01419001")};

    Title contract;
    contract.number = QStringLiteral("CT-2023-000481");
    contract.kind = QStringLiteral("contract");
    contract.dueDate = QDate(2023, 8, 10);
    contract.openBalance = Money::fromCents(325000);
    Title invoice;
    invoice.number = QStringLiteral("FT-88412");
    invoice.kind = QStringLiteral("invoice");
    invoice.dueDate = QDate(2023, 11, 5);
    invoice.openBalance = Money::fromCents(118040);
    data.titles << contract << invoice;

    Agreement &a = data.agreement;
    a.id = QUuid::fromString(QStringLiteral("{0f8d2b6a-7c3e-4d1f-b2a9-5e6c7d8f9a01}"));
    a.kind = installments == 1 ? ScenarioKind::Full : ScenarioKind::Price;
    a.status = QStringLiteral("pending");
    a.asOf = QDate(2025, 3, 10);
    a.balance = {Money::fromCents(443040), Money::fromCents(8861), Money::fromCents(71233),
                 Money::fromCents(30112), Money::fromCents(44304)};
    a.discount = Money::fromCents(119510);
    const Money discounted = a.balance.total() - a.discount;
    a.monthlyRate = installments == 1 ? 0.0 : 0.0199;
    const qint64 payment = installments == 1
                               ? discounted.cents()
                               : std::llround(double(discounted.cents()) * a.monthlyRate /
                                              (1.0 - std::pow(1.0 + a.monthlyRate, -installments)));
    for (int n = 1; n <= installments; ++n) {
        AgreementInstallment i;
        i.number = n;
        i.due = QDate(2025, 4, 10).addMonths(n - 1);
        i.amount = Money::fromCents(payment);
        i.ourNumber = QStringLiteral("%1").arg(4812300 + n, 11, 10, QLatin1Char('0'));
        i.status = QStringLiteral("open");
        a.installments << i;
        a.total += i.amount;
    }
    return data;
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// Runs of equal colour along a pixel row: {dark?, length}, from the left edge.
QList<QPair<bool, int>> runs(const QImage &image, int y)
{
    QList<QPair<bool, int>> result;
    for (int x = 0; x < image.width(); ++x) {
        const bool dark = qGray(image.pixel(x, y)) < 128;
        if (result.isEmpty() || result.last().first != dark)
            result.append({dark, 0});
        ++result.last().second;
    }
    return result;
}

// The ITF table as published (ISO/IEC 16390; FEBRABAN boleto manuals), one letter per
// element, N narrow and W wide: written out here so the test does not trust the encoder.
const char *const kItf[10] = {"NNWWN", "WNNNW", "NWNNW", "WWNNN", "NNWNW",
                              "WNWNN", "NWWNN", "NNNWW", "WNNWN", "NWNWN"};

QList<int> expectedWidths(const QString &digits)
{
    QList<int> widths{1, 1, 1, 1}; // start: N bar, N space, N bar, N space
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const char *bars = kItf[digits.at(i).digitValue()];
        const char *spaces = kItf[digits.at(i + 1).digitValue()];
        for (int k = 0; k < 5; ++k)
            widths << (bars[k] == 'W' ? 3 : 1) << (spaces[k] == 'W' ? 3 : 1);
    }
    widths << 3 << 1 << 1; // stop: W bar, N space, N bar
    return widths;
}

} // namespace

class TestAgreementTerm : public QObject
{
    Q_OBJECT

private slots:
    void writesPdfWithExpectedPages_data();
    void writesPdfWithExpectedPages();
    void writesToPath();
    void paymentBlocksNeverSplit();
    void installmentWithoutOurNumberHasNoBarcode();
    void codesNeedAValidAccount();
    void blocksCarryTheTerm();
    void refusesBadInput_data();
    void refusesBadInput();
    void barcodeImageMatchesItfTable();
    void barcodeImageRefusesBadDigits();
    void qrImageHasFinderPatterns();
    void reportsWritingTime();
    void sampleAndPreview();
};

void TestAgreementTerm::writesPdfWithExpectedPages_data()
{
    QTest::addColumn<int>("installments");
    QTest::addColumn<int>("pages");
    // 1: the term fits page 1, the payment block page 2. 12: term on pages 1-2, four
    // payment blocks a page on pages 3-5.
    QTest::newRow("1 installment") << 1 << 2;
    QTest::newRow("12 installments") << 12 << 5;
}

void TestAgreementTerm::writesPdfWithExpectedPages()
{
    QFETCH(int, installments);
    QFETCH(int, pages);
    const AgreementTermData data = fixture(installments);
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const Status written = writeAgreementTermPdf(data, out, kPtBr);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const QByteArray pdf = out.data();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPageCount(pdf), pages);
    QCOMPARE(layoutAgreementTerm(data, kPtBr)->pageCount(), pages);
}

void TestAgreementTerm::writesToPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("term.pdf"));
    QVERIFY(writeAgreementTermPdf(fixture(3), path, kPtBr).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/term.pdf"));
    const Status refused = writeAgreementTermPdf(fixture(3), missingDir, kPtBr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("path"));
}

void TestAgreementTerm::paymentBlocksNeverSplit()
{
    const auto pages = layoutAgreementTerm(fixture(12), kPtBr);
    QVERIFY(pages.ok());
    int payments = 0;
    int firstPaymentPage = -1;
    for (qsizetype b = 0; b < pages->blocks().size(); ++b) {
        if (pages->blocks().at(b).kind != TermBlock::Kind::Payment)
            continue;
        const QList<int> on = pages->pagesOfBlock(b);
        QCOMPARE(on.size(), 1);
        if (firstPaymentPage < 0)
            firstPaymentPage = on.first();
        ++payments;
    }
    QCOMPARE(payments, 12);
    // The payment pages start on a page of their own, after the signatures.
    qsizetype signatures = -1;
    for (qsizetype b = 0; b < pages->blocks().size(); ++b)
        if (pages->blocks().at(b).kind == TermBlock::Kind::Signatures)
            signatures = b;
    QVERIFY(pages->pagesOfBlock(signatures).last() < firstPaymentPage);
}

void TestAgreementTerm::installmentWithoutOurNumberHasNoBarcode()
{
    AgreementTermData data = fixture(4);
    data.agreement.installments[2].ourNumber.clear(); // made offline, not yet synced
    const QList<TermBlock> blocks = agreementTermBlocks(data, kPtBr);
    QList<TermPayment> payments;
    for (const TermBlock &block : blocks)
        if (block.kind == TermBlock::Kind::Payment)
            payments << block.payment;
    QCOMPARE(payments.size(), 4);
    for (const TermPayment &p : payments) {
        const AgreementInstallment &i = data.agreement.installments.at(p.number - 1);
        if (p.number == 3) {
            QVERIFY(!p.codes);
            QCOMPARE(
                p.note,
                QStringLiteral("Payment codes are issued when this agreement reaches the server."));
            continue;
        }
        QVERIFY(p.codes);
        QCOMPARE(p.codes->boleto.amount(), i.amount);
        QCOMPARE(p.codes->boleto.dueDate(), i.due);
        QCOMPARE(p.codes->boleto.barcode().size(), 44);
        QVERIFY(p.codes->pix.payload().contains(QStringLiteral("Q") + i.ourNumber));
        QVERIFY(p.note.isEmpty());
    }
    // And the term is still printed.
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(writeAgreementTermPdf(data, out, kPtBr).ok());
}

void TestAgreementTerm::codesNeedAValidAccount()
{
    AgreementTermData data = fixture(2);
    data.creditor.account.pixKey.clear();
    data.agreement.installments[1].status = QStringLiteral("paid");
    data.agreement.installments[1].paidOn = QDate(2025, 5, 9);
    for (const TermBlock &block : agreementTermBlocks(data, kPtBr)) {
        if (block.kind != TermBlock::Kind::Payment)
            continue;
        QVERIFY(!block.payment.codes);
        QVERIFY(!block.payment.note.isEmpty());
        if (block.payment.number == 2)
            QCOMPARE(block.payment.note, QStringLiteral("Paid on 09/05/2025."));
    }
}

void TestAgreementTerm::blocksCarryTheTerm()
{
    const AgreementTermData data = fixture(12);
    const QList<TermBlock> blocks = agreementTermBlocks(data, kPtBr);
    QCOMPARE(blocks.first().kind, TermBlock::Kind::Heading);
    QCOMPARE(blocks.first().lines.first(), QStringLiteral("Agreement term"));
    const auto find = [&](TermBlock::Kind kind) {
        for (const TermBlock &b : blocks)
            if (b.kind == kind)
                return b;
        return TermBlock{};
    };
    const TermBlock creditor = find(TermBlock::Kind::Creditor);
    QCOMPARE(creditor.lines.at(1), data.creditor.name);
    QCOMPARE(creditor.lines.at(2), QStringLiteral("CNPJ: 11.222.333/0001-81"));
    const TermBlock debtor = find(TermBlock::Kind::Debtor);
    QCOMPARE(debtor.lines.at(2), QStringLiteral("CPF: 529.982.247-25"));
    QVERIFY(debtor.lines.at(3).contains(QStringLiteral("CEP 01419-001")));

    const TermBlock titles = find(TermBlock::Kind::Titles);
    QCOMPARE(titles.table.rows.size(), 2);
    QCOMPARE(titles.table.rows.at(0).at(1), QStringLiteral("10/08/2023"));

    const TermBlock balance = find(TermBlock::Kind::Balance);
    QCOMPARE(balance.table.rows.first().at(1), Money::fromCents(443040).toString(kPtBr));
    QCOMPARE(balance.table.rows.last().at(1), data.agreement.total.toString(kPtBr));

    const TermBlock plan = find(TermBlock::Kind::Plan);
    QVERIFY(plan.lines.last().contains(QStringLiteral("1,99%")));

    const TermBlock schedule = find(TermBlock::Kind::Schedule);
    QCOMPARE(schedule.table.rows.size(), 13); // 12 and the total
    QCOMPARE(schedule.table.rows.at(0).at(1), QStringLiteral("10/04/2025"));
    QCOMPARE(schedule.table.rows.at(11).at(1), QStringLiteral("10/03/2026"));
    QCOMPARE(schedule.table.rows.last().at(2), data.agreement.total.toString(kPtBr));

    const TermBlock clause = find(TermBlock::Kind::Clause);
    QVERIFY(clause.lines.last().contains(QStringLiteral("5 day")));
    const TermBlock signatures = find(TermBlock::Kind::Signatures);
    QCOMPARE(signatures.lines.first(), QStringLiteral("São Paulo, 10/03/2025"));
    QCOMPARE(signatures.table.rows.size(), 2);
}

void TestAgreementTerm::refusesBadInput_data()
{
    QTest::addColumn<int>("defect");
    QTest::addColumn<QString>("field");
    QTest::newRow("no installments") << 0 << QStringLiteral("agreement.installments");
    QTest::newRow("installment without due") << 1 << QStringLiteral("agreement.installments");
    QTest::newRow("creditor without name") << 2 << QStringLiteral("creditor.name");
    QTest::newRow("creditor without CNPJ") << 3 << QStringLiteral("creditor.document");
    QTest::newRow("debtor without name") << 4 << QStringLiteral("debtor.name");
    QTest::newRow("debtor without CPF") << 5 << QStringLiteral("debtor.document");
    QTest::newRow("no date") << 6 << QStringLiteral("printed_on");
    QTest::newRow("negative grace") << 7 << QStringLiteral("grace_days");
}

void TestAgreementTerm::refusesBadInput()
{
    QFETCH(int, defect);
    QFETCH(QString, field);
    AgreementTermData data = fixture(3);
    switch (defect) {
    case 0:
        data.agreement.installments.clear();
        break;
    case 1:
        data.agreement.installments[1].due = QDate();
        break;
    case 2:
        data.creditor.name = QStringLiteral("  ");
        break;
    case 3:
        data.creditor.document = Document();
        break;
    case 4:
        data.debtor.name.clear();
        break;
    case 5:
        data.debtor.document = Document();
        break;
    case 6:
        data.printedOn = QDate();
        break;
    case 7:
        data.graceDays = -1;
        break;
    }
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    const Status refused = writeAgreementTermPdf(data, out, kPtBr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, field);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(out.size(), 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("term.pdf"));
    QCOMPARE(writeAgreementTermPdf(data, path, kPtBr).error().field, field);
    QVERIFY(!QFile::exists(path));
}

void TestAgreementTerm::barcodeImageMatchesItfTable()
{
    // A real Bradesco boleto (also in TestBoletoFreeField).
    const QString digits = QStringLiteral("23795422300002952951172060007589645204030050");
    const int narrow = 2;
    const QImage image = barcodeImage(digits, 40, narrow);
    QVERIFY(!image.isNull());
    // 44 digits of 3 narrow + 2 wide (9 modules), start 4, stop 5.
    QCOMPARE(image.width(), (44 * 9 + 4 + 5) * narrow);
    QCOMPARE(image.height(), 40);

    // First pair by hand: 2 = NWNNW in the bars, 3 = WWNNN in the spaces.
    const QList<int> firstPair{1, 3, 3, 3, 1, 1, 1, 1, 3, 1};
    const QList<int> expected = expectedWidths(digits);
    QCOMPARE(expected.mid(4, 10), firstPair);

    for (int y : {0, 20, 39}) {
        const auto row = runs(image, y);
        QCOMPARE(row.size(), expected.size());
        for (qsizetype i = 0; i < row.size(); ++i) {
            QCOMPARE(row.at(i).first, i % 2 == 0); // bars on even positions, dark
            QCOMPARE(row.at(i).second, expected.at(i) * narrow);
        }
    }
}

void TestAgreementTerm::barcodeImageRefusesBadDigits()
{
    QVERIFY(barcodeImage(QStringLiteral("1234"), 40, 2).isNull());
    // The same barcode with its general check digit (position 5) changed.
    QVERIFY(barcodeImage(QStringLiteral("23794422300002952951172060007589645204030050"), 40, 2)
                .isNull());
    QVERIFY(barcodeImage(QStringLiteral("2379542230000295295117206000758964520403005a"), 40, 2)
                .isNull());
    QVERIFY(barcodeImage(QStringLiteral("23795422300002952951172060007589645204030050"), 0, 2)
                .isNull());
    QVERIFY(qrImage(QString(), 4).isNull());
    QVERIFY(qrImage(QStringLiteral("x"), 0).isNull());

    // Painting invalid input leaves the canvas as it was.
    QImage canvas(200, 100, QImage::Format_RGB32);
    canvas.fill(Qt::red);
    const QImage before = canvas;
    QPainter painter(&canvas);
    paintBarcode(painter, QRectF(0, 0, 200, 100), QStringLiteral("1234"));
    paintQr(painter, QRectF(0, 0, 100, 100), QrMatrix());
    painter.end();
    QCOMPARE(canvas, before);
}

void TestAgreementTerm::qrImageHasFinderPatterns()
{
    const auto codes = paymentCodes(fixture(1).creditor.account, fixture(1).creditor.name, 4812301,
                                    QDate(2025, 4, 10), Money::fromCents(478040));
    QVERIFY(codes.ok());
    const int m = 5;
    const QImage image = qrImage(codes->pix.payload(), m);
    QVERIFY(!image.isNull());
    const int size = image.width() / m - 8; // modules without the quiet zone
    QCOMPARE(size, QrMatrix::encode(codes->pix.payload())->size());
    QCOMPARE(image.width(), image.height());
    const auto dark = [&](int x, int y) { // module coordinates, quiet zone excluded
        return qGray(image.pixel((x + 4) * m + m / 2, (y + 4) * m + m / 2)) < 128;
    };
    const auto isFinder = [&](int ox, int oy) {
        for (int y = -1; y <= 7; ++y) {
            for (int x = -1; x <= 7; ++x) {
                const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
                const bool want = ring == 3 || ring <= 1; // ring 2 and 4 (separator) light
                if (dark(ox + x, oy + y) != want)
                    return false;
            }
        }
        return true;
    };
    // The quiet zone is white all round.
    for (int i = -4; i < size + 4; ++i) {
        QVERIFY(!dark(i, -4) && !dark(i, size + 3) && !dark(-4, i) && !dark(size + 3, i));
    }
    QVERIFY(isFinder(0, 0));
    QVERIFY(isFinder(size - 7, 0));
    QVERIFY(isFinder(0, size - 7));
    QVERIFY(!isFinder(size - 7, size - 7));
}

void TestAgreementTerm::reportsWritingTime()
{
    const AgreementTermData data = fixture(12);
    QBuffer warm;
    QVERIFY(warm.open(QIODevice::WriteOnly));
    QElapsedTimer cold;
    cold.start();
    QVERIFY(writeAgreementTermPdf(data, warm, kPtBr).ok()); // fonts loaded once
    const qint64 first = cold.elapsed();
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 5; ++run) {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(writeAgreementTermPdf(data, out, kPtBr).ok());
        best = std::min(best, timer.elapsed());
    }
    // A figure for the person reading the log, never a pass/fail threshold: the timed
    // target lives in quita-bench (agreement_create_ms).
    qInfo("12 installments: first %lld ms, then %lld ms (best of 5), %lld bytes", first, best,
          qint64(warm.size()));
    QVERIFY(warm.size() > 0);
}

namespace {

// Qt 6.4 has no PDF renderer without QtPdf: the pages are painted into images by the same
// code that paints the PDF, for a person to look at.
void savePreview(const AgreementTermData &data, const QString &prefix)
{
    const auto pages = layoutAgreementTerm(data, kPtBr);
    QVERIFY(pages.ok());
    const int dpi = 150;
    const qreal scale = qreal(dpi) / AgreementTermPages::dotsPerInch;
    const QSizeF page = AgreementTermPages::pageSize() * scale;
    for (int i = 0; i < pages->pageCount(); ++i) {
        QImage image(page.toSize(), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        pages->paintPage(painter, i);
        painter.end();
        QVERIFY(
            image.save(QDir::temp().filePath(prefix + QStringLiteral("-page-%1.png").arg(i + 1))));
    }
}

} // namespace

void TestAgreementTerm::sampleAndPreview()
{
    AgreementTermData data = fixture(12);
    data.agreement.installments[11].ourNumber.clear(); // one not yet synced, for the eye
    QVERIFY(writeAgreementTermPdf(
                data, QDir::temp().filePath(QStringLiteral("agreement-term-sample.pdf")), kPtBr)
                .ok());
    savePreview(data, QStringLiteral("agreement-term"));
    savePreview(fixture(1), QStringLiteral("agreement-term-single"));
}

QTEST_MAIN(TestAgreementTerm)
#include "TestAgreementTerm.moc"
