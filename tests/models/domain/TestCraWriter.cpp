#include "domain/protest/CraField.h"
#include "domain/protest/CraWriter.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace quita;

using RemittanceChange = std::function<void(CraRemittance &)>;
using RequestChange = std::function<void(CraRequestFile &)>;
Q_DECLARE_METATYPE(RemittanceChange)
Q_DECLARE_METATYPE(RequestChange)

// Expected bytes come from the golden files in data/cra (made by hand from the layout,
// see data/cra/README.md) and from the column tables typed below from the layout; none
// is copied from the writer's output.
namespace {

Document doc(const char *text)
{
    return Document::parse(QString::fromLatin1(text)).value();
}

CraTransaction title(int n)
{
    CraTransaction t;
    t.creditorCode = QStringLiteral("0001234567");
    t.creditorName = QStringLiteral("Loja Exemplo Comércio Ltda");
    if (n == 1) {
        t.drawerDocument = doc("11.222.333/0001-81");
        t.drawerAddress = {QStringLiteral("Av. Paulista, 1000"), QStringLiteral("01310100"),
                           QStringLiteral("São Paulo"), QStringLiteral("SP")};
        t.nossoNumero = QStringLiteral("10000000001");
        t.species = QStringLiteral("DMI");
        t.titleNumber = QStringLiteral("NF-1001");
        t.issueDate = QDate(2025, 1, 10);
        t.dueDate = QDate(2025, 2, 10);
        t.faceValue = Money::fromCents(150000);
        t.balance = Money::fromCents(123456);
        t.placeOfPayment = QStringLiteral("São Paulo");
        t.debtorName = QStringLiteral("Maria da Conceição Araújo");
        t.debtorDocument = doc("529.982.247-25");
        t.debtorAddress = {QStringLiteral("Rua das Flores, 12 - ap. 3"), QStringLiteral("04101000"),
                           QStringLiteral("São Paulo"), QStringLiteral("SP")};
        t.debtorNeighbourhood = QStringLiteral("Vila Mariana");
    } else if (n == 2) {
        t.drawerName = QStringLiteral("Distribuidora Sol Nascente Ltda");
        t.drawerDocument = doc("06.000.568/0001-99");
        t.drawerAddress = {QStringLiteral("Rua Augusta, 500"), QStringLiteral("01304000"),
                           QStringLiteral("São Paulo"), QStringLiteral("SP")};
        t.nossoNumero = QStringLiteral("10000000002");
        t.species = QStringLiteral("NP");
        t.titleNumber = QStringLiteral("NP-2002");
        t.issueDate = QDate(2024, 12, 5);
        t.dueDate = QDate(2025, 1, 5);
        t.faceValue = Money::fromCents(9876543);
        t.balance = Money::fromCents(9876543);
        t.placeOfPayment = QStringLiteral("São Paulo");
        t.endorsement = QStringLiteral("M");
        t.debtorName = QStringLiteral("Padaria Pão Quente Ltda");
        t.debtorDocument = doc("33.000.167/0001-01");
        t.debtorAddress = {
            QStringLiteral("Avenida Brigadeiro Faria Lima, 3477 - Torre Norte - 14º andar"),
            QStringLiteral("04538133"), QStringLiteral("São Paulo"), QStringLiteral("SP")};
        t.debtorNeighbourhood = QStringLiteral("Itaim Bibi");
    } else {
        t.drawerName = QStringLiteral("José Ferreira");
        t.drawerDocument = doc("390.533.447-05");
        t.drawerAddress = {QStringLiteral("Rua dos Andradas, 77"), QStringLiteral("13010050"),
                           QStringLiteral("Campinas"), QStringLiteral("SP")};
        t.nossoNumero = QStringLiteral("10000000003");
        t.species = QStringLiteral("dmi");
        t.titleNumber = QStringLiteral("3003");
        t.issueDate = QDate(2025, 2, 1);
        t.dueDate = QDate(2025, 3, 1);
        t.faceValue = Money::fromCents(5000);
        t.balance = Money::fromCents(5000);
        t.placeOfPayment = QStringLiteral("Campinas");
        t.debtorName = QStringLiteral("Antônio Carlos de Oliveira Magalhães Albuquerque Filho");
        t.debtorDocument = doc("111.444.777-35");
        t.debtorAddress = {QStringLiteral("Rua Barão de Jaguara, 1481"), QStringLiteral("13015002"),
                           QStringLiteral("Campinas"), QStringLiteral("SP")};
        t.debtorNeighbourhood = QStringLiteral("Centro");
    }
    return t;
}

CraNotaryReply reply(const char *protocol)
{
    CraNotaryReply r;
    r.notaryOffice = 1;
    r.protocol = QString::fromLatin1(protocol);
    r.protocolDate = QDate(2025, 3, 17);
    return r;
}

CraRemittance sample(CraFileKind kind = CraFileKind::Remittance)
{
    CraRemittance file;
    file.header.presenterCode = QStringLiteral("123");
    file.header.presenterName = QStringLiteral("Quita Cobranças S.A.");
    file.header.kind = kind;
    file.header.fileSequence = 42;
    file.header.municipality = QStringLiteral("3550308");
    file.transactions = {title(1), title(2), title(3)};
    if (kind == CraFileKind::Remittance) {
        file.header.date = QDate(2025, 3, 15);
        return file;
    }
    file.transactions[0].reply = reply("12345");
    file.transactions[1].reply = reply("12346");
    file.transactions[2].reply = reply("12347");
    if (kind == CraFileKind::Confirmation) {
        file.header.date = QDate(2025, 3, 17);
        return file;
    }
    file.header.date = QDate(2025, 3, 26);
    CraNotaryReply &paid = file.transactions[0].reply;
    paid.occurrence = CraOccurrence::Paid;
    paid.notaryFees = Money::fromCents(4567);
    paid.occurrenceDate = QDate(2025, 3, 20);
    paid.distributionFees = Money::fromCents(1234);
    CraNotaryReply &protested = file.transactions[1].reply;
    protested.occurrence = CraOccurrence::Protested;
    protested.notaryFees = Money::fromCents(8910);
    protested.occurrenceDate = QDate(2025, 3, 25);
    protested.distributionFees = Money::fromCents(1234);
    CraNotaryReply &returned = file.transactions[2].reply;
    returned.occurrence = CraOccurrence::ReturnedIrregular;
    returned.occurrenceDate = QDate(2025, 3, 18);
    returned.irregularity = QStringLiteral("14");
    return file;
}

CraRequest request(const char *protocol, const CraTransaction &t)
{
    return CraRequest{QString::fromLatin1(protocol),
                      QDate(2025, 3, 17),
                      t.titleNumber,
                      t.debtorName,
                      t.balance,
                      t.creditorCode,
                      t.nossoNumero};
}

CraRequestFile requests(bool withdrawal)
{
    CraRequestFile file;
    file.presenterCode = QStringLiteral("123");
    file.presenterName = QStringLiteral("Quita Cobranças S.A.");
    CraNotaryRequests office;
    office.notaryOffice = 1;
    office.municipality = QStringLiteral("3550308");
    if (withdrawal) {
        file.date = QDate(2025, 3, 18);
        office.requests = {request("12345", title(1)), request("12347", title(3))};
    } else {
        file.date = QDate(2025, 3, 27);
        office.requests = {request("12346", title(2))};
    }
    file.offices = {office};
    return file;
}

QByteArray golden(const char *name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("data/cra/") + QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", name);
    return file.readAll();
}

QList<QByteArray> records(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

} // namespace

class TestCraWriter : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void recordsEndWithCrLf();
    void fieldPlacement_data();
    void fieldPlacement();
    void layoutText_data();
    void layoutText();
    void padding();
    void nameCutAtWidth();
    void dueAtSight();
    void errors_data();
    void errors();
    void requestErrors_data();
    void requestErrors();
    void tooManyTitles();
};

void TestCraWriter::goldenFiles_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("expected");

    const auto write = [](const CraRemittance &file) {
        const Result<QByteArray> out = CraWriter::write(file);
        return out.ok() ? out.value() : out.error().message.toUtf8();
    };
    const auto writeRequests = [](const Result<QByteArray> &out) {
        return out.ok() ? out.value() : out.error().message.toUtf8();
    };
    QTest::newRow("remessa TPR") << write(sample()) << golden("B1231503.251");
    QTest::newRow("confirmacao CRT")
        << write(sample(CraFileKind::Confirmation)) << golden("C1231703.251");
    QTest::newRow("retorno RTP") << write(sample(CraFileKind::Return)) << golden("R1232603.251");
    QTest::newRow("desistencia DP")
        << writeRequests(CraWriter::writeWithdrawal(requests(true))) << golden("DP1231803.251");
    QTest::newRow("cancelamento CP")
        << writeRequests(CraWriter::writeCancellation(requests(false))) << golden("CP1232703.251");
}

void TestCraWriter::goldenFiles()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, expected);
    const QList<QByteArray> got = records(written);
    const QList<QByteArray> want = records(expected);
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        for (qsizetype c = 0; c < want[i].size(); ++c) {
            if (got[i].mid(c, 1) != want[i].mid(c, 1))
                QFAIL(qPrintable(QStringLiteral("line %1, column %2: got \"%3\", want \"%4\"")
                                     .arg(i + 1)
                                     .arg(c + 1)
                                     .arg(QString::fromLatin1(got[i].mid(c, 20)),
                                          QString::fromLatin1(want[i].mid(c, 20)))));
        }
    }
    QCOMPARE(written, expected); // byte for byte, line ends included
}

void TestCraWriter::recordsEndWithCrLf()
{
    const QByteArray out = CraWriter::write(sample()).value();
    QCOMPARE(out.size(), 5 * 602);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(out.mid(i * 602 + 600, 2), QByteArray("\r\n"));
        QVERIFY(!out.mid(i * 602, 600).contains('\n'));
    }
    const QByteArray dp = CraWriter::writeWithdrawal(requests(true)).value();
    QCOMPARE(dp.size(), 6 * 129);
    QVERIFY(dp.endsWith("\r\n"));
}

void TestCraWriter::fieldPlacement_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected"); // blank-padded to the width

    const auto row = [](const char *name, int line, int start, int width, const char *text) {
        QTest::newRow(name) << line << start << width << QString::fromLatin1(text);
    };
    // Header.
    row("header type", 1, 1, 1, "0");
    row("header presenter code", 1, 2, 3, "123");
    row("header presenter name", 1, 5, 40, "QUITA COBRANCAS S.A.");
    row("header date", 1, 45, 8, "15032025");
    row("header BFO SDT TPR", 1, 53, 9, "BFOSDTTPR");
    row("header file sequence", 1, 62, 6, "000042");
    row("header record count", 1, 68, 4, "0003");
    row("header title count", 1, 72, 4, "0003");
    row("header indications", 1, 76, 4, "0002");
    row("header originals", 1, 80, 4, "0001");
    row("header presenter id", 1, 84, 6, "");
    row("header layout", 1, 90, 3, "043");
    row("header IBGE", 1, 93, 7, "3550308");
    row("header blanks", 1, 100, 497, "");
    row("header sequence", 1, 597, 4, "0001");
    // First title: CPF debtor, accented name, no drawer (the creditor is repeated).
    row("t1 type", 2, 1, 1, "1");
    row("t1 presenter", 2, 2, 3, "123");
    row("t1 creditor code", 2, 5, 15, "0001234567");
    row("t1 creditor name", 2, 20, 45, "LOJA EXEMPLO COMERCIO LTDA");
    row("t1 drawer repeats creditor", 2, 65, 45, "LOJA EXEMPLO COMERCIO LTDA");
    row("t1 drawer CNPJ", 2, 110, 14, "11222333000181");
    row("t1 drawer address", 2, 124, 45, "AV. PAULISTA, 1000");
    row("t1 drawer CEP", 2, 169, 8, "01310100");
    row("t1 drawer city", 2, 177, 20, "SAO PAULO");
    row("t1 drawer UF", 2, 197, 2, "SP");
    row("t1 nosso numero", 2, 199, 15, "10000000001");
    row("t1 species", 2, 214, 3, "DMI");
    row("t1 title number", 2, 217, 11, "NF-1001");
    row("t1 issue date", 2, 228, 8, "10012025");
    row("t1 due date", 2, 236, 8, "10022025");
    row("t1 currency", 2, 244, 3, "001");
    row("t1 face value", 2, 247, 14, "00000000150000");
    row("t1 balance", 2, 261, 14, "00000000123456");
    row("t1 place of payment", 2, 275, 20, "SAO PAULO");
    row("t1 no endorsement", 2, 295, 1, "");
    row("t1 acceptance", 2, 296, 1, "N");
    row("t1 debtor sequence", 2, 297, 1, "1");
    row("t1 debtor name unaccented", 2, 298, 45, "MARIA DA CONCEICAO ARAUJO");
    row("t1 CPF type 002", 2, 343, 3, "002");
    row("t1 CPF zero-padded", 2, 346, 14, "00052998224725");
    row("t1 identity blank", 2, 360, 11, "");
    row("t1 debtor address", 2, 371, 45, "RUA DAS FLORES, 12 - AP. 3");
    row("t1 debtor CEP", 2, 416, 8, "04101000");
    row("t1 debtor city", 2, 424, 20, "SAO PAULO");
    row("t1 debtor UF", 2, 444, 2, "SP");
    row("t1 no protocol yet", 2, 446, 12, "000000000000");
    row("t1 no occurrence", 2, 458, 1, "");
    row("t1 neighbourhood", 2, 488, 20, "VILA MARIANA");
    row("t1 distribution fees zero", 2, 508, 10, "0000000000");
    row("t1 sequence", 2, 597, 4, "0002");
    // Second title: CNPJ debtor, endorsement, long address cut.
    row("t2 drawer", 3, 65, 45, "DISTRIBUIDORA SOL NASCENTE LTDA");
    row("t2 endorsement", 3, 295, 1, "M");
    row("t2 CNPJ type 001", 3, 343, 3, "001");
    row("t2 CNPJ", 3, 346, 14, "33000167000101");
    row("t2 address cut at 45", 3, 371, 45, "AVENIDA BRIGADEIRO FARIA LIMA, 3477 - TORRE N");
    // Third title: a CPF drawer, a lower-case species, a long name cut.
    row("t3 CPF drawer", 3 + 1, 110, 14, "00039053344705");
    row("t3 species upper-cased", 4, 214, 3, "DMI");
    row("t3 name cut at 45", 4, 298, 45, "ANTONIO CARLOS DE OLIVEIRA MAGALHAES ALBUQUER");
    // Trailer.
    row("trailer type", 5, 1, 1, "9");
    row("trailer presenter", 5, 2, 43, "123QUITA COBRANCAS S.A.");
    row("trailer date", 5, 45, 8, "15032025");
    row("trailer check sum 3+3+2+1", 5, 53, 5, "00009");
    row("trailer balances", 5, 58, 18, "000000000010004999");
    row("trailer blanks", 5, 76, 521, "");
    row("trailer sequence", 5, 597, 4, "0005");
}

void TestCraWriter::fieldPlacement()
{
    QFETCH(int, line);
    QFETCH(int, start);
    QFETCH(int, width);
    QFETCH(QString, expected);
    const QList<QByteArray> lines = records(CraWriter::write(sample()).value());
    QCOMPARE(lines.size(), 5);
    const QByteArray record = lines.at(line - 1);
    QCOMPARE(record.size(), 600);
    QCOMPARE(QString::fromLatin1(record.mid(start - 1, width)),
             expected.leftJustified(width, u' '));
}

void TestCraWriter::layoutText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("valid");

    QTest::newRow("cedilla and tilde") << QStringLiteral("Conceição") << "CONCEICAO" << true;
    QTest::newRow("c cedilla alone") << QStringLiteral("ç") << "C" << true;
    QTest::newRow("acute grave circumflex")
        << QStringLiteral("Pólo à Antônio") << "POLO A ANTONIO" << true;
    QTest::newRow("diaeresis") << QStringLiteral("Müller Zoë") << "MULLER ZOE" << true;
    QTest::newRow("already plain") << "RUA A, 12"
                                   << "RUA A, 12" << true;
    QTest::newRow("lower case ascii") << "rua b"
                                      << "RUA B" << true;
    QTest::newRow("ordinal indicator")
        << QStringLiteral("Nº 5, 2ª vara") << "NO 5, 2A VARA" << true;
    QTest::newRow("ligature") << QStringLiteral("ﬁnanceira") << "FINANCEIRA" << true;
    QTest::newRow("sharp s") << QStringLiteral("Straße") << "STRASSE" << true;
    QTest::newRow("ae and o slash") << QStringLiteral("Æsir Øre") << "AESIR ORE" << true;
    QTest::newRow("curly quotes and dash")
        << QStringLiteral("D\u2019Ávila \u2013 loja") << "D'AVILA - LOJA" << true;
    QTest::newRow("tab and newline become blanks") << "a\tb\nc"
                                                   << "A B C" << true;
    QTest::newRow("trimmed") << "  x  "
                             << "X" << true;
    QTest::newRow("euro sign") << QStringLiteral("10 €") << "" << false;
    QTest::newRow("cjk") << QStringLiteral("日本") << "" << false;
}

void TestCraWriter::layoutText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    const std::optional<QString> text = craText(input);
    QCOMPARE(text.has_value(), valid);
    if (valid)
        QCOMPARE(*text, expected);
}

void TestCraWriter::padding()
{
    constexpr CraField text{"t", "t", 1, 10, CraField::Kind::Text};
    constexpr CraField number{"n", "n", 11, 6, CraField::Kind::Number};
    constexpr CraField cep{"c", "c", 17, 8, CraField::Kind::Number};
    constexpr CraField money{"m", "m", 25, 14, CraField::Kind::Number};
    constexpr CraField date{"d", "d", 39, 8, CraField::Kind::Number};
    QByteArray buffer(46, 'x');
    CraRecordWriter w(buffer.data(), int(buffer.size()), "test");
    QCOMPARE(buffer, QByteArray(46, ' ')); // starts blank
    QVERIFY(w.text(text, QStringLiteral("açaí")).ok());
    QVERIFY(w.number(number, 42).ok());
    QVERIFY(w.digits(cep, u"1310100").ok());
    QVERIFY(w.money(money, Money::fromCents(123456)).ok());
    QVERIFY(w.date(date, QDate(2025, 1, 2)).ok());
    const QByteArray expected =
        QByteArray("ACAI      ") + "000042" + "01310100" + "00000000123456" + "02012025";
    QCOMPARE(buffer, expected);
}

void TestCraWriter::nameCutAtWidth()
{
    CraRemittance file = sample();
    file.transactions[0].debtorName = QString(60, u'x');
    file.transactions[0].debtorAddress.street = QString(50, u'y');
    const Result<QByteArray> out = CraWriter::write(file);
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    const QByteArray t1 = records(out.value()).at(1);
    QCOMPARE(t1.mid(297, 45), QByteArray(45, 'X'));
    QCOMPARE(t1.mid(342, 3), QByteArray("002")); // the next field is untouched
    QCOMPARE(t1.mid(370, 45), QByteArray(45, 'Y'));
    QCOMPARE(t1.mid(415, 8), QByteArray("04101000"));
}

void TestCraWriter::dueAtSight()
{
    CraRemittance file = sample();
    file.transactions[0].dueAtSight = true;
    file.transactions[0].dueDate = QDate();
    const QByteArray t1 = records(CraWriter::write(file).value()).at(1);
    QCOMPARE(t1.mid(235, 8), QByteArray("99999999"));
}

void TestCraWriter::errors_data()
{
    QTest::addColumn<RemittanceChange>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("inMessage");

    const auto t = [](int i, std::function<void(CraTransaction &)> f) -> RemittanceChange {
        return [i, f](CraRemittance &file) { f(file.transactions[i]); };
    };
    QTest::newRow("balance too large")
        << t(1,
             [](CraTransaction &x) {
                 x.balance = Money::fromCents(100000000000000); // 15 digits
                 x.faceValue = x.balance;
             })
        << "too_large"
        << "face_value"
        << "title 2, face value (columns 247-260)";
    QTest::newRow("balance alone too large")
        << t(0, [](CraTransaction &x) { x.balance = Money::fromCents(100000000000000); })
        << "too_large"
        << "balance"
        << "title 1, balance (columns 261-274)";
    QTest::newRow("negative balance")
        << t(0, [](CraTransaction &x) { x.balance = Money::fromCents(-1); }) << "negative"
        << "balance"
        << "-0.01 is negative";
    QTest::newRow("zero balance") << t(0, [](CraTransaction &x) { x.balance = Money(); })
                                  << "required"
                                  << "balance"
                                  << "above zero";
    QTest::newRow("balance above face value")
        << t(2, [](CraTransaction &x) { x.balance = Money::fromCents(5001); })
        << "balance_above_face_value"
        << "balance"
        << "title 3, balance";
    QTest::newRow("file sequence of 7 digits")
        << RemittanceChange([](CraRemittance &f) { f.header.fileSequence = 1000000; })
        << "too_large"
        << "file_sequence"
        << "header, file sequence (columns 62-67)";
    QTest::newRow("nosso numero of 16")
        << t(0, [](CraTransaction &x) { x.nossoNumero = QStringLiteral("1234567890123456"); })
        << "too_long"
        << "nosso_numero"
        << "longer than 15";
    QTest::newRow("species of 4")
        << t(0, [](CraTransaction &x) { x.species = QStringLiteral("DMIX"); }) << "too_long"
        << "species"
        << "columns 214-216";
    QTest::newRow("CEP with letters")
        << t(0, [](CraTransaction &x) { x.debtorAddress.cep = QStringLiteral("0410A000"); })
        << "not_number"
        << "debtor_cep"
        << "debtor CEP (columns 416-423)";
    QTest::newRow("CEP of 9 digits")
        << t(0, [](CraTransaction &x) { x.drawerAddress.cep = QStringLiteral("013101000"); })
        << "too_large"
        << "drawer_cep"
        << "does not fit in 8 digits";
    QTest::newRow("IBGE code of 8 digits") << RemittanceChange([](CraRemittance &f) {
        f.header.municipality = QStringLiteral("35503080");
    }) << "too_large"
                                           << "municipality"
                                           << "columns 93-99";
    QTest::newRow("name with a euro sign")
        << t(0, [](CraTransaction &x) { x.debtorName = QStringLiteral("Bar 10 €"); })
        << "characters"
        << "debtor_name"
        << "no plain-letter form";
    QTest::newRow("debtor name missing")
        << t(0, [](CraTransaction &x) { x.debtorName = QStringLiteral("  "); }) << "required"
        << "debtor_name"
        << "required";
    QTest::newRow("debtor document missing")
        << t(2, [](CraTransaction &x) { x.debtorDocument = Document(); }) << "required"
        << "debtor_document"
        << "title 3";
    QTest::newRow("issue date missing")
        << t(0, [](CraTransaction &x) { x.issueDate = QDate(); }) << "required"
        << "issue_date"
        << "a valid date is required";
    QTest::newRow("header date missing")
        << RemittanceChange([](CraRemittance &f) { f.header.date = QDate(); }) << "required"
        << "date"
        << "header, file date";
    QTest::newRow("no titles") << RemittanceChange([](CraRemittance &f) { f.transactions.clear(); })
                               << "empty"
                               << "transactions"
                               << "at least one title";
    QTest::newRow("protocol of 11 digits in a CRT") << RemittanceChange([](CraRemittance &f) {
        f = sample(CraFileKind::Confirmation);
        f.transactions[1].reply.protocol = QStringLiteral("12345678901");
    }) << "too_large"
                                                    << "protocol"
                                                    << "columns 448-457";
}

void TestCraWriter::errors()
{
    QFETCH(RemittanceChange, change);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, inMessage);
    CraRemittance file = sample();
    change(file);
    const Result<QByteArray> out = CraWriter::write(file);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, code);
    QCOMPARE(out.error().field, field);
    QVERIFY2(out.error().message.contains(inMessage), qPrintable(out.error().message));
}

void TestCraWriter::requestErrors_data()
{
    QTest::addColumn<RequestChange>("change");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("no requests") << RequestChange([](CraRequestFile &f) { f.offices.clear(); })
                                 << "empty"
                                 << "requests"
                                 << "at least one request";
    QTest::newRow("nosso numero of 13: 12 here") << RequestChange([](CraRequestFile &f) {
        f.offices[0].requests[0].nossoNumero = QStringLiteral("1234567890123");
    }) << "too_long"
                                                 << "nosso_numero"
                                                 << "request 1, nosso numero (columns 103-114)";
    QTest::newRow("protocol missing")
        << RequestChange([](CraRequestFile &f) { f.offices[0].requests[1].protocol.clear(); })
        << "required"
        << "protocol"
        << "request 2";
    QTest::newRow("value too large") << RequestChange([](CraRequestFile &f) {
        f.offices[0].requests[0].value = Money::fromCents(100000000000000);
    }) << "too_large"
                                     << "title_value"
                                     << "columns 76-89";
    QTest::newRow("notary office of 3 digits")
        << RequestChange([](CraRequestFile &f) { f.offices[0].notaryOffice = 100; }) << "too_large"
        << "notary_office"
        << "notary header";
}

void TestCraWriter::requestErrors()
{
    QFETCH(RequestChange, change);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, inMessage);
    CraRequestFile file = requests(true);
    change(file);
    const Result<QByteArray> out = CraWriter::writeWithdrawal(file);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, code);
    QCOMPARE(out.error().field, field);
    QVERIFY2(out.error().message.contains(inMessage), qPrintable(out.error().message));
}

void TestCraWriter::tooManyTitles()
{
    CraRemittance file = sample();
    const CraTransaction one = title(1);
    file.transactions = QList<CraTransaction>(9997, one);
    QVERIFY(CraWriter::write(file).ok()); // sequence 9999 on the trailer
    file.transactions.append(one);
    const Result<QByteArray> out = CraWriter::write(file);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, QStringLiteral("too_many"));
    QCOMPARE(out.error().field, QStringLiteral("transactions"));
    QVERIFY(out.error().message.contains(QStringLiteral("9998")));
}

QTEST_GUILESS_MAIN(TestCraWriter)
#include "TestCraWriter.moc"
