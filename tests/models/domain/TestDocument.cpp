#include "domain/Document.h"

#include <QtTest>

using quita::Document;

Q_DECLARE_METATYPE(Document::Kind)

// Expected check digits below were computed independently (a small Python script
// implementing DOMAIN.md "Documents"), and cross-checked with well-known real
// documents: CNPJ 00.000.000/0001-91, 33.000.167/0001-01, 11.222.333/0001-81.
class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void defaultField();
    void formattedAndMasked_data();
    void formattedAndMasked();
    void nullDocument();
    void equality();
    void cpfCheckDigits_data();
    void cpfCheckDigits();
    void cnpjCheckDigits_data();
    void cnpjCheckDigits();
};

void TestDocument::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Document::Kind>("kind");
    QTest::addColumn<QString>("canonical");

    const auto cpf = Document::Kind::Cpf;
    const auto cnpj = Document::Kind::Cnpj;

    QTest::newRow("cpf formatted") << "529.982.247-25" << cpf << "52998224725";
    QTest::newRow("cpf bare") << "52998224725" << cpf << "52998224725";
    QTest::newRow("cpf 123.456.789-09") << "123.456.789-09" << cpf << "12345678909";
    QTest::newRow("cpf 111.444.777-35") << "111.444.777-35" << cpf << "11144477735";
    QTest::newRow("cpf leading zeros") << "000.000.001-91" << cpf << "00000000191";
    QTest::newRow("cpf check digits 00") << "987.654.321-00" << cpf << "98765432100";
    QTest::newRow("cpf 390.533.447-05") << "390.533.447-05" << cpf << "39053344705";
    QTest::newRow("cpf spaces") << " 529 982 247 25 " << cpf << "52998224725";
    QTest::newRow("cpf odd punctuation") << "529/982.247--25" << cpf << "52998224725";

    QTest::newRow("cnpj numeric formatted") << "11.222.333/0001-81" << cnpj << "11222333000181";
    QTest::newRow("cnpj numeric bare") << "11222333000181" << cnpj << "11222333000181";
    QTest::newRow("cnpj Banco do Brasil") << "00.000.000/0001-91" << cnpj << "00000000000191";
    QTest::newRow("cnpj Petrobras") << "33.000.167/0001-01" << cnpj << "33000167000101";
    QTest::newRow("cnpj 06.000.568/0001-99") << "06.000.568/0001-99" << cnpj << "06000568000199";
    QTest::newRow("cnpj alnum DOMAIN.md") << "12ABC34501DE35" << cnpj << "12ABC34501DE35";
    QTest::newRow("cnpj alnum formatted") << "12.ABC.345/01DE-35" << cnpj << "12ABC34501DE35";
    QTest::newRow("cnpj alnum lowercase") << "12.abc.345/01de-35" << cnpj << "12ABC34501DE35";
    QTest::newRow("cnpj alnum mixed case") << "12aBc34501dE35" << cnpj << "12ABC34501DE35";
    QTest::newRow("cnpj alnum A1B2C3D4E5F6") << "A1.B2C.3D4/E5F6-68" << cnpj << "A1B2C3D4E5F668";
    QTest::newRow("cnpj alnum all Z") << "ZZZZZZZZZZZZ62" << cnpj << "ZZZZZZZZZZZZ62";
    QTest::newRow("cnpj alnum one letter") << "00000000000A04" << cnpj << "00000000000A04";
    QTest::newRow("cnpj alnum QU1TA") << "qu.1ta.000/0001-74" << cnpj << "QU1TA000000174";
}

void TestDocument::parseValid()
{
    QFETCH(QString, text);
    QFETCH(Document::Kind, kind);
    QFETCH(QString, canonical);

    const auto result = Document::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->kind(), kind);
    QCOMPARE(result->value(), canonical);
    QVERIFY(!result->isNull());
    QVERIFY(Document::isValid(text));
}

void TestDocument::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("punctuation only") << "..-/"
                                      << "empty";

    QTest::newRow("cpf first check digit wrong") << "529.982.247-35"
                                                 << "check_digit";
    QTest::newRow("cpf second check digit wrong") << "529.982.247-24"
                                                  << "check_digit";
    QTest::newRow("cpf body changed") << "529.982.248-25"
                                      << "check_digit";
    QTest::newRow("cpf swapped digits") << "259.982.247-25"
                                        << "check_digit";
    QTest::newRow("cpf 123.456.789-00") << "123.456.789-00"
                                        << "check_digit";

    // All-equal digits pass the arithmetic but are rejected.
    QTest::newRow("cpf zeros") << "000.000.000-00"
                               << "repeated";
    QTest::newRow("cpf ones") << "111.111.111-11"
                              << "repeated";
    QTest::newRow("cpf nines") << "99999999999"
                               << "repeated";
    QTest::newRow("cnpj zeros") << "00.000.000/0000-00"
                                << "repeated";
    QTest::newRow("cnpj ones") << "11111111111111"
                               << "repeated";

    QTest::newRow("too short") << "1234567890"
                               << "length";
    QTest::newRow("twelve") << "123456789012"
                            << "length";
    QTest::newRow("thirteen") << "1234567890123"
                              << "length";
    QTest::newRow("fifteen") << "112223330001810"
                             << "length";
    QTest::newRow("one digit") << "5"
                               << "length";
    QTest::newRow("cpf plus extra digit") << "529.982.247-250"
                                          << "length";

    QTest::newRow("cpf with letter") << "529.982.24A-25"
                                     << "characters";
    QTest::newRow("cpf lowercase letter") << "52998224x25"
                                          << "characters";
    QTest::newRow("symbol") << "529#982#247#25"
                            << "characters";
    QTest::newRow("underscore") << "529_982_247_25"
                                << "characters";
    QTest::newRow("accented letter") << "12ÁBC34501DE35"
                                     << "characters";
    QTest::newRow("cnpj letter in first check digit") << "12ABC34501DEA5"
                                                      << "characters";
    QTest::newRow("cnpj letter in second check digit") << "12ABC34501DE3B"
                                                       << "characters";
    QTest::newRow("cnpj letters in check digits") << "12.ABC.345/01DE-AB"
                                                  << "characters";

    QTest::newRow("cnpj numeric wrong first dv") << "11.222.333/0001-91"
                                                 << "check_digit";
    QTest::newRow("cnpj numeric wrong second dv") << "11.222.333/0001-82"
                                                  << "check_digit";
    QTest::newRow("cnpj alnum wrong dv") << "12ABC34501DE36"
                                         << "check_digit";
    QTest::newRow("cnpj alnum letter changed") << "12ABD34501DE35"
                                               << "check_digit";
    QTest::newRow("cnpj alnum letters swapped") << "12BAC34501DE35"
                                                << "check_digit";
    QTest::newRow("cnpj alnum lowercase wrong") << "12abc34501de53"
                                                << "check_digit";
}

void TestDocument::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);

    const QString field = QStringLiteral("CPF/CNPJ do devedor");
    const auto result = Document::parse(text, field);
    QVERIFY2(!result.ok(), qPrintable(text));
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));
    QVERIFY(!Document::isValid(text));
}

void TestDocument::defaultField()
{
    const auto result = Document::parse(QStringLiteral("529.982.247-35"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().field, QStringLiteral("document"));
    QCOMPARE(result.error().message, QStringLiteral("document: CPF check digits do not match"));

    const auto cnpj = Document::parse(QStringLiteral("12ABC34501DE36"), QStringLiteral("CNPJ"));
    QVERIFY(!cnpj.ok());
    QCOMPARE(cnpj.error().message, QStringLiteral("CNPJ: CNPJ check digits do not match"));
}

void TestDocument::formattedAndMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("masked");

    QTest::newRow("cpf") << "12345678909"
                         << "123.456.789-09"
                         << "***.456.789-**";
    QTest::newRow("cpf from formatted") << "529.982.247-25"
                                        << "529.982.247-25"
                                        << "***.982.247-**";
    QTest::newRow("cpf leading zeros") << "00000000191"
                                       << "000.000.001-91"
                                       << "***.000.001-**";
    QTest::newRow("cnpj numeric") << "11222333000181"
                                  << "11.222.333/0001-81"
                                  << "**.222.333/0001-**";
    QTest::newRow("cnpj alnum") << "12ABC34501DE35"
                                << "12.ABC.345/01DE-35"
                                << "**.ABC.345/01DE-**";
    QTest::newRow("cnpj alnum lowercase") << "12abc34501de35"
                                          << "12.ABC.345/01DE-35"
                                          << "**.ABC.345/01DE-**";
}

void TestDocument::formattedAndMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QFETCH(QString, masked);

    const auto result = Document::parse(text);
    QVERIFY(result.ok());
    QCOMPARE(result->formatted(), formatted);
    QCOMPARE(result->masked(), masked);

    // The formatted form parses back to the same document.
    const auto again = Document::parse(result->formatted());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), result.value());
}

void TestDocument::nullDocument()
{
    const Document d;
    QVERIFY(d.isNull());
    QVERIFY(d.value().isEmpty());
    QVERIFY(d.formatted().isEmpty());
    QVERIFY(d.masked().isEmpty());
}

void TestDocument::equality()
{
    const auto a = Document::parse(QStringLiteral("12.abc.345/01de-35"));
    const auto b = Document::parse(QStringLiteral("12ABC34501DE35"));
    const auto c = Document::parse(QStringLiteral("11.222.333/0001-81"));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(a.value() == b.value());
    QVERIFY(!(a.value() == c.value()));
    QVERIFY(!(a.value() == Document()));
}

void TestDocument::cpfCheckDigits_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("digits");

    QTest::newRow("529982247") << "529982247"
                               << "25";
    QTest::newRow("123456789") << "123456789"
                               << "09";
    QTest::newRow("111444777") << "111444777"
                               << "35";
    QTest::newRow("000000001") << "000000001"
                               << "91";
    QTest::newRow("987654321") << "987654321"
                               << "00";
    QTest::newRow("390533447") << "390533447"
                               << "05";
    QTest::newRow("repeated still computes") << "111111111"
                                             << "11";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("eight digits") << "52998224"
                                  << "";
    QTest::newRow("ten digits") << "5299822472"
                                << "";
    QTest::newRow("letter") << "52998224A"
                            << "";
    QTest::newRow("punctuation") << "529.982.2"
                                 << "";
}

void TestDocument::cpfCheckDigits()
{
    QFETCH(QString, body);
    QFETCH(QString, digits);
    QCOMPARE(Document::cpfCheckDigits(body), digits);
    if (!digits.isEmpty())
        QCOMPARE(Document::parse(body + digits).ok(), body != QStringLiteral("111111111"));
}

void TestDocument::cnpjCheckDigits_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("digits");

    QTest::newRow("112223330001") << "112223330001"
                                  << "81";
    QTest::newRow("000000000001") << "000000000001"
                                  << "91";
    QTest::newRow("330001670001") << "330001670001"
                                  << "01";
    QTest::newRow("060005680001") << "060005680001"
                                  << "99";
    QTest::newRow("191000000001") << "191000000001"
                                  << "91";
    QTest::newRow("12ABC34501DE") << "12ABC34501DE"
                                  << "35";
    QTest::newRow("ZZZZZZZZZZZZ") << "ZZZZZZZZZZZZ"
                                  << "62";
    QTest::newRow("A1B2C3D4E5F6") << "A1B2C3D4E5F6"
                                  << "68";
    QTest::newRow("00000000000A") << "00000000000A"
                                  << "04";
    QTest::newRow("QU1TA0000001") << "QU1TA0000001"
                                  << "74";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("eleven") << "12ABC34501D"
                            << "";
    QTest::newRow("thirteen") << "12ABC34501DE3"
                              << "";
    QTest::newRow("lowercase") << "12abc34501de"
                               << "";
    QTest::newRow("punctuation") << "12.ABC.345/0"
                                 << "";
    QTest::newRow("symbol") << "12ABC34501D#"
                            << "";
}

void TestDocument::cnpjCheckDigits()
{
    QFETCH(QString, body);
    QFETCH(QString, digits);
    QCOMPARE(Document::cnpjCheckDigits(body), digits);
    if (!digits.isEmpty()) {
        const auto result = Document::parse(body + digits);
        QVERIFY(result.ok());
        QCOMPARE(result->kind(), Document::Kind::Cnpj);
    }
}

QTEST_GUILESS_MAIN(TestDocument)
#include "TestDocument.moc"
