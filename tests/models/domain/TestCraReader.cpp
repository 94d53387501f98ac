#include "domain/protest/CraCodes.h"
#include "domain/protest/CraReader.h"
#include "domain/protest/CraWriter.h"

#include <QFile>
#include <QTest>

using namespace quita;

// The expected values are typed from the golden files' design (data/cra/README.md and
// make_golden.py), in the layout's form: upper case, no accents, names cut at 45.
namespace {

constexpr int kStride = 602; // 600 columns + CR LF

QByteArray golden(const char *name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("data/cra/") + QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", name);
    return file.readAll();
}

const char *kRemessa = "B1231503.251";
const char *kConfirmacao = "C1231703.251";
const char *kRetorno = "R1232603.251";

// Replaces the text at a 1-based line and column of a file of 600-column records.
QByteArray withText(QByteArray file, int line, int column, const QByteArray &text)
{
    file.replace((line - 1) * kStride + column - 1, text.size(), text);
    return file;
}

QByteArray recordAt(const QByteArray &file, int line)
{
    return file.mid((line - 1) * kStride, kStride);
}

QByteArray withoutLine(QByteArray file, int line)
{
    file.remove((line - 1) * kStride, kStride);
    return file;
}

Document doc(const char *text)
{
    return Document::parse(QString::fromLatin1(text)).value();
}

// A file already in the layout's form, so that reading it back gives it unchanged.
CraRemittance canonical(CraFileKind kind)
{
    CraRemittance file;
    file.header.presenterCode = QStringLiteral("999");
    file.header.presenterName = QStringLiteral("PRESENTER");
    file.header.date = QDate(2024, 2, 29);
    file.header.kind = kind;
    file.header.fileSequence = 7;
    file.header.presenterId = QStringLiteral("AG01");
    file.header.municipality = QStringLiteral("3304557");

    CraTransaction a;
    a.creditorCode = QStringLiteral("C-1");
    a.creditorName = QStringLiteral("CREDOR SA");
    a.drawerName = QStringLiteral("SACADOR LTDA");
    a.drawerDocument = doc("12ABC34501DE35"); // alphanumeric CNPJ
    a.drawerAddress = {QStringLiteral("RUA 1"), QStringLiteral("20040002"),
                       QStringLiteral("RIO DE JANEIRO"), QStringLiteral("RJ")};
    a.nossoNumero = QStringLiteral("NN-1");
    a.species = QStringLiteral("CBI");
    a.titleNumber = QStringLiteral("T1");
    a.issueDate = QDate(2023, 12, 31);
    a.dueAtSight = true;
    a.faceValue = Money::fromCents(99999999999999);
    a.balance = Money::fromCents(99999999999999);
    a.placeOfPayment = QStringLiteral("RIO DE JANEIRO");
    a.endorsement = QStringLiteral("T");
    a.debtorName = QStringLiteral("FULANO DE TAL");
    a.debtorDocument = doc("00000000191");
    a.debtorAddress = {QStringLiteral("AV 2"), QStringLiteral("20040020"),
                       QStringLiteral("RIO DE JANEIRO"), QStringLiteral("RJ")};
    a.debtorNeighbourhood = QStringLiteral("CENTRO");

    CraTransaction coDebtor = a; // a second debtor of the same title
    coDebtor.debtorSequence = 2;
    coDebtor.debtorName = QStringLiteral("BELTRANA DE TAL");
    coDebtor.debtorDocument = doc("98765432100");

    CraTransaction b = a;
    b.species = QStringLiteral("DM");
    b.nossoNumero = QStringLiteral("NN-2");
    b.drawerDocument = doc("11144477735"); // a CPF drawer
    b.dueAtSight = false;
    b.dueDate = QDate(2024, 1, 31);
    b.faceValue = Money::fromCents(1);
    b.balance = Money::fromCents(1);
    b.debtorDocument = doc("00000000000191");

    if (kind != CraFileKind::Remittance) {
        a.reply.notaryOffice = 3;
        a.reply.protocol = QStringLiteral("0000000001");
        a.reply.protocolDate = QDate(2024, 3, 1);
        coDebtor.reply = a.reply;
        b.reply.notaryOffice = 99;
        b.reply.protocol = QStringLiteral("9999999999");
        b.reply.protocolDate = QDate(2024, 3, 2);
        if (kind == CraFileKind::Return) {
            a.reply.occurrence = CraOccurrence::Suspended;
            a.reply.occurrenceDate = QDate(2024, 3, 4);
            a.reply.notaryFees = Money::fromCents(9999999999);
            coDebtor.reply = a.reply;
            b.reply.occurrence = CraOccurrence::ReturnedIrregularWithFees;
            b.reply.irregularity = QStringLiteral("07");
            b.reply.distributionFees = Money::fromCents(1);
        }
    }
    file.transactions = {a, coDebtor, b};
    return file;
}

} // namespace

Q_DECLARE_METATYPE(quita::CraFileKind)
Q_DECLARE_METATYPE(quita::CraOccurrence)
Q_DECLARE_METATYPE(quita::Document)

class TestCraReader : public QObject
{
    Q_OBJECT

private slots:
    void goldenHeaderAndTrailer_data();
    void goldenHeaderAndTrailer();
    void goldenTitles_data();
    void goldenTitles();
    void goldenReplies_data();
    void goldenReplies();
    void roundTrip_data();
    void roundTrip();
    void everyOccurrenceCode_data();
    void everyOccurrenceCode();
    void occurrenceNames();
    void irregularities_data();
    void irregularities();
    void rejections_data();
    void rejections();
    void acceptedVariants_data();
    void acceptedVariants();
    void expectedKind();
};

void TestCraReader::goldenHeaderAndTrailer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<CraFileKind>("kind");
    QTest::addColumn<QDate>("date");

    QTest::newRow("remessa") << golden(kRemessa) << CraFileKind::Remittance << QDate(2025, 3, 15);
    QTest::newRow("confirmacao") << golden(kConfirmacao) << CraFileKind::Confirmation
                                 << QDate(2025, 3, 17);
    QTest::newRow("retorno") << golden(kRetorno) << CraFileKind::Return << QDate(2025, 3, 26);
}

void TestCraReader::goldenHeaderAndTrailer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(CraFileKind, kind);
    QFETCH(QDate, date);
    const Result<CraRemittance> file = CraReader::read(bytes);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    const CraHeader &h = file->header;
    QCOMPARE(h.presenterCode, QStringLiteral("123"));
    QCOMPARE(h.presenterName, QStringLiteral("QUITA COBRANCAS S.A."));
    QCOMPARE(h.date, date);
    QCOMPARE(h.kind, kind);
    QCOMPARE(h.fileSequence, 42);
    QCOMPARE(h.recordCount, 3);
    QCOMPARE(h.titleCount, 3);
    QCOMPARE(h.indicationCount, 2);
    QCOMPARE(h.originalCount, 1);
    QCOMPARE(h.presenterId, QString());
    QCOMPARE(h.layoutVersion, QStringLiteral("043"));
    QCOMPARE(h.municipality, QStringLiteral("3550308"));
    QCOMPARE(file->transactions.size(), 3);
    const CraTrailer &t = file->trailer;
    QCOMPARE(t.presenterCode, QStringLiteral("123"));
    QCOMPARE(t.presenterName, QStringLiteral("QUITA COBRANCAS S.A."));
    QCOMPARE(t.date, date);
    QCOMPARE(t.checkSum, 9);
    QCOMPARE(t.balanceSum, Money::fromCents(123456 + 9876543 + 5000));
}

void TestCraReader::goldenTitles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("texts"); // drawer, nosso numero, species, number, debtor,
                                            // street, CEP, city, neighbourhood, endorsement
    QTest::addColumn<Document>("drawerDocument");
    QTest::addColumn<Document>("debtorDocument");
    QTest::addColumn<QDate>("issue");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("face");
    QTest::addColumn<qint64>("balance");

    const QStringList t1 = {"LOJA EXEMPLO COMERCIO LTDA",
                            "10000000001",
                            "DMI",
                            "NF-1001",
                            "MARIA DA CONCEICAO ARAUJO",
                            "RUA DAS FLORES, 12 - AP. 3",
                            "04101000",
                            "SAO PAULO",
                            "VILA MARIANA",
                            ""};
    const QStringList t2 = {"DISTRIBUIDORA SOL NASCENTE LTDA",
                            "10000000002",
                            "NP",
                            "NP-2002",
                            "PADARIA PAO QUENTE LTDA",
                            "AVENIDA BRIGADEIRO FARIA LIMA, 3477 - TORRE N",
                            "04538133",
                            "SAO PAULO",
                            "ITAIM BIBI",
                            "M"};
    const QStringList t3 = {"JOSE FERREIRA",
                            "10000000003",
                            "DMI",
                            "3003",
                            "ANTONIO CARLOS DE OLIVEIRA MAGALHAES ALBUQUER",
                            "RUA BARAO DE JAGUARA, 1481",
                            "13015002",
                            "CAMPINAS",
                            "CENTRO",
                            ""};
    for (const char *name : {kRemessa, kConfirmacao, kRetorno}) {
        const QByteArray bytes = golden(name);
        QTest::addRow("%s title 1 CPF", name)
            << bytes << 0 << t1 << doc("11222333000181") << doc("52998224725") << QDate(2025, 1, 10)
            << QDate(2025, 2, 10) << qint64(150000) << qint64(123456);
        QTest::addRow("%s title 2 CNPJ", name)
            << bytes << 1 << t2 << doc("06000568000199") << doc("33000167000101")
            << QDate(2024, 12, 5) << QDate(2025, 1, 5) << qint64(9876543) << qint64(9876543);
        QTest::addRow("%s title 3 CPF drawer", name)
            << bytes << 2 << t3 << doc("39053344705") << doc("11144477735") << QDate(2025, 2, 1)
            << QDate(2025, 3, 1) << qint64(5000) << qint64(5000);
    }
}

void TestCraReader::goldenTitles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, index);
    QFETCH(QStringList, texts);
    QFETCH(Document, drawerDocument);
    QFETCH(Document, debtorDocument);
    QFETCH(QDate, issue);
    QFETCH(QDate, due);
    QFETCH(qint64, face);
    QFETCH(qint64, balance);
    const Result<CraRemittance> file = CraReader::read(bytes);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    const CraTransaction &t = file->transactions.at(index);
    QCOMPARE(t.creditorCode, QStringLiteral("0001234567"));
    QCOMPARE(t.creditorName, QStringLiteral("LOJA EXEMPLO COMERCIO LTDA"));
    QCOMPARE(t.drawerName, texts[0]);
    QCOMPARE(t.drawerDocument, drawerDocument);
    QCOMPARE(t.nossoNumero, texts[1]);
    QCOMPARE(t.species, texts[2]);
    QCOMPARE(t.titleNumber, texts[3]);
    QCOMPARE(t.issueDate, issue);
    QCOMPARE(t.dueDate, due);
    QVERIFY(!t.dueAtSight);
    QCOMPARE(t.faceValue, Money::fromCents(face));
    QCOMPARE(t.balance, Money::fromCents(balance));
    QCOMPARE(t.endorsement, texts[9]);
    QCOMPARE(t.acceptance, QStringLiteral("N"));
    QCOMPARE(t.debtorSequence, 1);
    QCOMPARE(t.debtorName, texts[4]);
    QCOMPARE(t.debtorDocument, debtorDocument);
    QCOMPARE(t.debtorAddress.street, texts[5]);
    QCOMPARE(t.debtorAddress.cep, texts[6]);
    QCOMPARE(t.debtorAddress.city, texts[7]);
    QCOMPARE(t.debtorAddress.state, QStringLiteral("SP"));
    QCOMPARE(t.debtorNeighbourhood, texts[8]);
}

void TestCraReader::goldenReplies_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("occurrence"); // 0: none
    QTest::addColumn<qint64>("fees");
    QTest::addColumn<QDate>("occurrenceDate");
    QTest::addColumn<QString>("irregularity");
    QTest::addColumn<qint64>("distribution");

    const QByteArray crt = golden(kConfirmacao);
    QTest::newRow("crt 1") << crt << 0 << "0000012345" << 0 << qint64(0) << QDate() << ""
                           << qint64(0);
    QTest::newRow("crt 2") << crt << 1 << "0000012346" << 0 << qint64(0) << QDate() << ""
                           << qint64(0);
    QTest::newRow("crt 3") << crt << 2 << "0000012347" << 0 << qint64(0) << QDate() << ""
                           << qint64(0);
    const QByteArray rtp = golden(kRetorno);
    QTest::newRow("rtp paid") << rtp << 0 << "0000012345" << 1 << qint64(4567) << QDate(2025, 3, 20)
                              << "" << qint64(1234);
    QTest::newRow("rtp protested") << rtp << 1 << "0000012346" << 2 << qint64(8910)
                                   << QDate(2025, 3, 25) << "" << qint64(1234);
    QTest::newRow("rtp irregular, wrong CEP")
        << rtp << 2 << "0000012347" << 5 << qint64(0) << QDate(2025, 3, 18) << "14" << qint64(0);
}

void TestCraReader::goldenReplies()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, index);
    QFETCH(QString, protocol);
    QFETCH(int, occurrence);
    QFETCH(qint64, fees);
    QFETCH(QDate, occurrenceDate);
    QFETCH(QString, irregularity);
    QFETCH(qint64, distribution);
    const Result<CraRemittance> file = CraReader::read(bytes);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    const CraTransaction &t = file->transactions.at(index);
    const CraNotaryReply &r = t.reply;
    QCOMPARE(r.notaryOffice, 1);
    QCOMPARE(r.protocol, protocol);
    QCOMPARE(r.protocolDate, QDate(2025, 3, 17));
    QCOMPARE(r.occurrence.has_value(), occurrence != 0);
    if (occurrence)
        QCOMPARE(int(*r.occurrence), occurrence);
    QCOMPARE(r.notaryFees, Money::fromCents(fees));
    QCOMPARE(r.occurrenceDate, occurrenceDate);
    QCOMPARE(r.irregularity, irregularity);
    QCOMPARE(r.distributionFees, Money::fromCents(distribution));
    if (!irregularity.isEmpty())
        QCOMPARE(irregularityMessage(r.irregularity), QStringLiteral("Wrong CEP"));
    // What the caller checks against its database.
    QCOMPARE(t.nossoNumero, QStringLiteral("1000000000%1").arg(index + 1));
}

void TestCraReader::roundTrip_data()
{
    QTest::addColumn<CraFileKind>("kind");
    QTest::newRow("TPR") << CraFileKind::Remittance;
    QTest::newRow("CRT") << CraFileKind::Confirmation;
    QTest::newRow("RTP") << CraFileKind::Return;
}

void TestCraReader::roundTrip()
{
    QFETCH(CraFileKind, kind);
    const CraRemittance written = canonical(kind);
    const Result<QByteArray> bytes = CraWriter::write(written);
    QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(bytes.error().message));
    const Result<CraRemittance> read = CraReader::read(bytes.value(), kind);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->transactions.size(), written.transactions.size());
    for (qsizetype i = 0; i < written.transactions.size(); ++i)
        QVERIFY2(read->transactions.at(i) == written.transactions.at(i),
                 qPrintable(QStringLiteral("transaction %1").arg(i + 1)));
    // Counts: 3 records, 2 first debtors, 1 indication (CBI), 1 original (DM).
    CraHeader header = written.header;
    header.recordCount = 3;
    header.titleCount = 2;
    header.indicationCount = 1;
    header.originalCount = 1;
    QVERIFY(read->header == header);
    QCOMPARE(read->trailer.checkSum, 7);
    // The co-debtor record repeats the title's balance; it is counted once.
    QCOMPARE(read->trailer.balanceSum, Money::fromCents(99999999999999 + 1));
    QCOMPARE(read->trailer.date, QDate(2024, 2, 29));
}

void TestCraReader::everyOccurrenceCode_data()
{
    QTest::addColumn<char>("code");
    QTest::addColumn<CraOccurrence>("occurrence");
    QTest::newRow("1") << '1' << CraOccurrence::Paid;
    QTest::newRow("2") << '2' << CraOccurrence::Protested;
    QTest::newRow("3") << '3' << CraOccurrence::Withdrawn;
    QTest::newRow("4") << '4' << CraOccurrence::Suspended;
    QTest::newRow("5") << '5' << CraOccurrence::ReturnedIrregular;
    QTest::newRow("6") << '6' << CraOccurrence::ReturnedIrregularWithFees;
    QTest::newRow("7") << '7' << CraOccurrence::ConditionalSettlement;
    QTest::newRow("8") << '8' << CraOccurrence::Accepted;
    QTest::newRow("9") << '9' << CraOccurrence::PublicNotice;
}

void TestCraReader::everyOccurrenceCode()
{
    QFETCH(char, code);
    QFETCH(CraOccurrence, occurrence);
    const QByteArray bytes = withText(golden(kRetorno), 3, 458, QByteArray(1, code));
    const Result<CraRemittance> file = CraReader::read(bytes);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    QCOMPARE(file->transactions.at(1).reply.occurrence, std::optional(occurrence));
    QCOMPARE(occurrenceFromCode(code), std::optional(occurrence));
    QCOMPARE(occurrenceCode(occurrence), code);
}

void TestCraReader::occurrenceNames()
{
    // DOMAIN.md "Protest": the machine names of codes 1..9.
    const char *names[] = {"paid",
                           "protested",
                           "withdrawn",
                           "suspended",
                           "returned_irregular",
                           "returned_irregular_with_fees",
                           "conditional_settlement",
                           "accepted",
                           "public_notice"};
    const QList<CraOccurrence> all = allOccurrences();
    QCOMPARE(all.size(), 9);
    QStringList labels;
    for (int code = 1; code <= 9; ++code) {
        const CraOccurrence o = all.at(code - 1);
        QCOMPARE(int(o), code);
        QCOMPARE(occurrenceName(o), QString::fromLatin1(names[code - 1]));
        QCOMPARE(occurrenceFromName(QLatin1String(names[code - 1])), std::optional(o));
        QVERIFY(!occurrenceLabel(o).isEmpty());
        QVERIFY(!labels.contains(occurrenceLabel(o)));
        labels.append(occurrenceLabel(o));
    }
    QCOMPARE(occurrenceLabel(CraOccurrence::Paid), QStringLiteral("Paid"));
    QVERIFY(!occurrenceFromName(QStringLiteral("Paid")).has_value());
    QVERIFY(!occurrenceFromName(QString()).has_value());
    for (char bad : {'0', ' ', 'A', 'X', '\0'})
        QVERIFY(!occurrenceFromCode(bad).has_value());
}

void TestCraReader::irregularities_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("message");

    QTest::newRow("07 invalid CPF/CNPJ") << "07" << true << "Debtor's CPF/CNPJ invalid or wrong";
    QTest::newRow("14 wrong CEP") << "14" << true << "Wrong CEP";
    QTest::newRow("01 presented early") << "01" << true << "Presentation date before the due date";
    QTest::newRow("59 deceased") << "59" << true << "Debtor deceased";
    QTest::newRow("70 last national") << "70" << true << "Creditor's data blank or invalid";
    QTest::newRow("99 other") << "99" << true << "Other (meaning varies by state)";
    QTest::newRow("77 unknown") << "77" << false << "unknown irregularity 77";
    QTest::newRow("00 unknown") << "00" << false << "unknown irregularity 00";
    QTest::newRow("71 unknown") << "71" << false << "unknown irregularity 71";
}

void TestCraReader::irregularities()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(QString, message);
    QCOMPARE(isKnownIrregularity(code), known);
    QCOMPARE(irregularityMessage(code), message);
    // 01-70 and the state-specific 98 and 99 of the published table.
    QCOMPARE(knownIrregularityCodes().size(), 72);
}

void TestCraReader::rejections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("inMessage");

    const QByteArray tpr = golden(kRemessa);
    const QByteArray rtp = golden(kRetorno);

    QByteArray shortLine = tpr;
    shortLine.remove(2 * kStride + 299, 1);
    QTest::newRow("wrong length, short") << shortLine << "length" << 3 << "this one has 599";
    QByteArray longLine = tpr;
    longLine.insert(kStride + 10, 'X');
    QTest::newRow("wrong length, long") << longLine << "length" << 2 << "this one has 601";
    QTest::newRow("unknown record type")
        << withText(tpr, 3, 1, "5") << "record_type" << 3 << "unknown record type \"5\"";
    QTest::newRow("header missing") << withoutLine(tpr, 1) << "header_missing" << 1 << "header";
    QTest::newRow("trailer missing") << withoutLine(tpr, 5) << "trailer_missing" << 4 << "trailer";
    QTest::newRow("second header") << QByteArray(tpr).insert(kStride, recordAt(tpr, 1))
                                   << "header_repeated" << 2 << "second header";
    QTest::newRow("record after the trailer")
        << tpr + recordAt(tpr, 2) << "after_trailer" << 6 << "after the trailer";
    QTest::newRow("trailer check sum mismatch")
        << withText(tpr, 5, 53, "00010") << "count" << 5 << "columns 53-57 (check sum)";
    QTest::newRow("header count mismatch")
        << withText(tpr, 1, 72, "0004") << "count" << 1 << "columns 72-75 (title count)";
    QTest::newRow("indications mismatch")
        << withText(tpr, 1, 76, "0001") << "count" << 1 << "columns 76-79";
    QTest::newRow("sum of balances mismatch") << withText(tpr, 5, 58, "000000000010005000") << "sum"
                                              << 5 << "columns 58-75 (sum of balances)";
    QTest::newRow("bad sequence") << withText(tpr, 3, 597, "0004") << "sequence" << 3
                                  << "expected 3, found 4";
    QTest::newRow("sequence not a number")
        << withText(tpr, 3, 597, "00A3") << "not_number" << 3 << "columns 597-600";
    QTest::newRow("non-numeric balance") << withText(tpr, 2, 261, "0000000012345A") << "not_number"
                                         << 2 << "columns 261-274 (balance)";
    QTest::newRow("non-numeric CEP")
        << withText(tpr, 4, 416, "1301500X") << "not_number" << 4 << "columns 416-423";
    QTest::newRow("non-numeric debtor document")
        << withText(tpr, 2, 346, "0005299822472!") << "not_number" << 2 << "columns 346-359";
    QTest::newRow("bad date 31/02")
        << withText(tpr, 3, 228, "31022025") << "date" << 3 << "columns 228-235 (issue date)";
    QTest::newRow("bad date with a letter O")
        << withText(tpr, 1, 45, "15O32025") << "date" << 1 << "columns 45-52";
    QTest::newRow("unknown occurrence code")
        << withText(rtp, 2, 458, "X") << "occurrence" << 2 << "unknown occurrence code \"X\"";
    QTest::newRow("occurrence missing in a return")
        << withText(rtp, 3, 458, " ") << "occurrence" << 3 << "column 458";
    QTest::newRow("bad occurrence date")
        << withText(rtp, 2, 478, "32032025") << "date" << 2 << "columns 478-485";
    QTest::newRow("non-numeric protocol")
        << withText(rtp, 4, 448, "00000A2347") << "not_number" << 4 << "columns 448-457";
    QTest::newRow("non-numeric irregularity")
        << withText(rtp, 4, 486, "1A") << "not_number" << 4 << "columns 486-487";
    QTest::newRow("unknown file kind")
        << withText(tpr, 1, 59, "XYZ") << "kind" << 1 << "columns 59-61";
    QTest::newRow("TPR sent by the notary")
        << withText(tpr, 1, 53, "SDTBFO") << "sender" << 1 << "columns 53-55";
    QTest::newRow("control character")
        << withText(tpr, 2, 100, "\t") << "characters" << 2 << "column 100";
    QTest::newRow("empty file") << QByteArray() << "empty" << 1 << "empty";
    QTest::newRow("blank line at the end") << tpr + "\r\n"
                                           << "length" << 6 << "this one has 0";
}

void TestCraReader::rejections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(QString, inMessage);
    const Result<CraRemittance> file = CraReader::read(bytes);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, code);
    QCOMPARE(file.error().field, QStringLiteral("line %1").arg(line));
    QVERIFY2(file.error().message.startsWith(QStringLiteral("Line %1").arg(line)),
             qPrintable(file.error().message));
    QVERIFY2(file.error().message.contains(inMessage), qPrintable(file.error().message));
}

void TestCraReader::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("irregularity");
    QTest::addColumn<bool>("documentKept");

    QByteArray noFinalNewline = golden(kRetorno);
    noFinalNewline.chop(2);
    QTest::newRow("no final newline") << noFinalNewline << 2 << "14" << true;
    QTest::newRow("bare LF") << QByteArray(golden(kRetorno)).replace("\r\n", "\n") << 2 << "14"
                             << true;
    QTest::newRow("unknown irregularity kept")
        << withText(golden(kRetorno), 4, 486, "77") << 2 << "77" << true;
    // A title returned for an invalid CPF (irregularity 07) carries that CPF back.
    QByteArray badCpf = withText(golden(kRetorno), 4, 346, "00011144477736");
    QTest::newRow("invalid CPF kept as null")
        << withText(badCpf, 4, 486, "07") << 2 << "07" << false;
}

void TestCraReader::acceptedVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, index);
    QFETCH(QString, irregularity);
    QFETCH(bool, documentKept);
    const Result<CraRemittance> file = CraReader::read(bytes);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    QCOMPARE(file->transactions.size(), 3);
    const CraTransaction &t = file->transactions.at(index);
    QCOMPARE(t.reply.irregularity, irregularity);
    QCOMPARE(!t.debtorDocument.isNull(), documentKept);
    if (irregularity == QLatin1String("77"))
        QCOMPARE(irregularityMessage(irregularity), QStringLiteral("unknown irregularity 77"));
}

void TestCraReader::expectedKind()
{
    QVERIFY(CraReader::read(golden(kRetorno), CraFileKind::Return).ok());
    const Result<CraRemittance> file = CraReader::read(golden(kRetorno), CraFileKind::Remittance);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, QStringLiteral("kind"));
    QCOMPARE(file.error().field, QStringLiteral("line 1"));
    QCOMPARE(file.error().message,
             QStringLiteral("Line 1, columns 59-61 (file kind): expected a TPR file, found RTP"));
}

QTEST_GUILESS_MAIN(TestCraReader)
#include "TestCraReader.moc"
