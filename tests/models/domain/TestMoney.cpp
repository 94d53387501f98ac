#include "domain/Money.h"

#include <QtTest>

#include <limits>

using quita::Money;

namespace {

const QLocale ptBR(QLocale::Portuguese, QLocale::Brazil);
const QLocale enUS(QLocale::English, QLocale::UnitedStates);
const QLocale esES(QLocale::Spanish, QLocale::Spain);

QLocale localeNamed(const QString &name)
{
    if (name == u"pt_BR")
        return ptBR;
    if (name == u"en_US")
        return enUS;
    if (name == u"es_ES")
        return esES;
    return QLocale(name);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void toString_data();
    void toString();
    void toNumberString_data();
    void toNumberString();
    void extremes();
    void defaultLocaleIsUsed();
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void roundTrip_data();
    void roundTrip();
    void arithmetic();
    void comparison_data();
    void comparison();
    void metaType();
};

void TestMoney::toString_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pt_BR zero") << "pt_BR" << qint64(0) << "R$ 0,00";
    QTest::newRow("pt_BR 5 centavos") << "pt_BR" << qint64(5) << "R$ 0,05";
    QTest::newRow("pt_BR 50 centavos") << "pt_BR" << qint64(50) << "R$ 0,50";
    QTest::newRow("pt_BR one real") << "pt_BR" << qint64(100) << "R$ 1,00";
    QTest::newRow("pt_BR 999,99") << "pt_BR" << qint64(99999) << "R$ 999,99";
    QTest::newRow("pt_BR 1.000,00") << "pt_BR" << qint64(100000) << "R$ 1.000,00";
    QTest::newRow("pt_BR 1.234,56") << "pt_BR" << qint64(123456) << "R$ 1.234,56";
    QTest::newRow("pt_BR large") << "pt_BR" << qint64(123456789012) << "R$ 1.234.567.890,12";
    QTest::newRow("pt_BR negative one") << "pt_BR" << qint64(-100) << "-R$ 1,00";
    QTest::newRow("pt_BR negative 5 centavos") << "pt_BR" << qint64(-5) << "-R$ 0,05";
    QTest::newRow("pt_BR negative large")
        << "pt_BR" << qint64(-123456789012) << "-R$ 1.234.567.890,12";

    QTest::newRow("en_US zero") << "en_US" << qint64(0) << "R$0.00";
    QTest::newRow("en_US 5 centavos") << "en_US" << qint64(5) << "R$0.05";
    QTest::newRow("en_US 1,234.56") << "en_US" << qint64(123456) << "R$1,234.56";
    QTest::newRow("en_US 100,000.00") << "en_US" << qint64(10000000) << "R$100,000.00";
    QTest::newRow("en_US large") << "en_US" << qint64(123456789012) << "R$1,234,567,890.12";
    QTest::newRow("en_US negative") << "en_US" << qint64(-123456) << "-R$1,234.56";

    QTest::newRow("es_ES zero") << "es_ES" << qint64(0) << "0,00 R$";
    QTest::newRow("es_ES 5 centavos") << "es_ES" << qint64(5) << "0,05 R$";
    QTest::newRow("es_ES 1.234,56") << "es_ES" << qint64(123456) << "1.234,56 R$";
    QTest::newRow("es_ES large") << "es_ES" << qint64(123456789012) << "1.234.567.890,12 R$";
    QTest::newRow("es_ES negative") << "es_ES" << qint64(-123456) << "-1.234,56 R$";

    // Other languages are formatted like English, with their own separators.
    QTest::newRow("de_DE like English") << "de_DE" << qint64(123456) << "R$1.234,56";
    QTest::newRow("C locale") << "C" << qint64(123456) << "R$1,234.56";
    QTest::newRow("pt_PT Portuguese rule") << "pt_PT" << qint64(5) << "R$ 0,05";
}

void TestMoney::toString()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toString(localeNamed(locale)), expected);
}

void TestMoney::toNumberString_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pt_BR zero") << "pt_BR" << qint64(0) << "0,00";
    QTest::newRow("pt_BR 5 centavos") << "pt_BR" << qint64(5) << "0,05";
    QTest::newRow("pt_BR 1.234,56") << "pt_BR" << qint64(123456) << "1.234,56";
    QTest::newRow("pt_BR 123,45") << "pt_BR" << qint64(12345) << "123,45";
    QTest::newRow("pt_BR 12.345,67") << "pt_BR" << qint64(1234567) << "12.345,67";
    QTest::newRow("pt_BR negative") << "pt_BR" << qint64(-1234567) << "-12.345,67";
    QTest::newRow("en_US 1,234.56") << "en_US" << qint64(123456) << "1,234.56";
    QTest::newRow("en_US large") << "en_US" << qint64(123456789012) << "1,234,567,890.12";
    QTest::newRow("en_US negative") << "en_US" << qint64(-5) << "-0.05";
    // Qt's own es_ES formatting skips the separator for four digits; we always group.
    QTest::newRow("es_ES 1.234,56") << "es_ES" << qint64(123456) << "1.234,56";
    QTest::newRow("es_ES 0,05") << "es_ES" << qint64(5) << "0,05";
}

void TestMoney::toNumberString()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromCents(cents).toNumberString(localeNamed(locale)), expected);
}

void TestMoney::extremes()
{
    const auto max = std::numeric_limits<std::int64_t>::max();
    const auto min = std::numeric_limits<std::int64_t>::min();
    QCOMPARE(Money::fromCents(max).toString(ptBR), QStringLiteral("R$ 92.233.720.368.547.758,07"));
    QCOMPARE(Money::fromCents(min).toString(ptBR), QStringLiteral("-R$ 92.233.720.368.547.758,08"));
    QCOMPARE(Money::fromCents(max).toNumberString(enUS),
             QStringLiteral("92,233,720,368,547,758.07"));
}

void TestMoney::defaultLocaleIsUsed()
{
    const QLocale saved;
    QLocale::setDefault(ptBR);
    const QString formatted = Money::fromCents(123456).toString();
    const auto parsed = Money::parse(QStringLiteral("1.234,56"));
    QLocale::setDefault(saved);
    QCOMPARE(formatted, QStringLiteral("R$ 1.234,56"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->cents(), qint64(123456));
}

void TestMoney::parseGood_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("pt_BR grouped") << "pt_BR"
                                   << "1.234,56" << qint64(123456);
    QTest::newRow("pt_BR ungrouped") << "pt_BR"
                                     << "1234,56" << qint64(123456);
    QTest::newRow("pt_BR one decimal") << "pt_BR"
                                       << "1234,5" << qint64(123450);
    QTest::newRow("pt_BR trailing separator") << "pt_BR"
                                              << "10," << qint64(1000);
    QTest::newRow("pt_BR plain integer") << "pt_BR"
                                         << "10" << qint64(1000);
    QTest::newRow("pt_BR zero") << "pt_BR"
                                << "0" << qint64(0);
    QTest::newRow("pt_BR 0,05") << "pt_BR"
                                << "0,05" << qint64(5);
    QTest::newRow("pt_BR only decimals") << "pt_BR"
                                         << ",50" << qint64(50);
    QTest::newRow("pt_BR group without decimals") << "pt_BR"
                                                  << "1.234" << qint64(123400);
    QTest::newRow("pt_BR many groups") << "pt_BR"
                                       << "1.234.567,89" << qint64(123456789);
    QTest::newRow("pt_BR symbol with space") << "pt_BR"
                                             << "R$ 10" << qint64(1000);
    QTest::newRow("pt_BR symbol no space") << "pt_BR"
                                           << "R$10,5" << qint64(1050);
    QTest::newRow("pt_BR symbol suffix") << "pt_BR"
                                         << "10,00 R$" << qint64(1000);
    QTest::newRow("pt_BR lowercase symbol") << "pt_BR"
                                            << "r$ 3,00" << qint64(300);
    QTest::newRow("pt_BR surrounding spaces") << "pt_BR"
                                              << "  R$ 1.234,56  " << qint64(123456);
    QTest::newRow("pt_BR negative") << "pt_BR"
                                    << "-1.234,56" << qint64(-123456);
    QTest::newRow("pt_BR negative before symbol") << "pt_BR"
                                                  << "-R$ 1,00" << qint64(-100);
    QTest::newRow("pt_BR negative after symbol") << "pt_BR"
                                                 << "R$ -1,00" << qint64(-100);
    QTest::newRow("pt_BR plus sign") << "pt_BR"
                                     << "+7,25" << qint64(725);
    QTest::newRow("pt_BR leading zeros") << "pt_BR"
                                         << "007,10" << qint64(710);
    QTest::newRow("pt_BR large") << "pt_BR"
                                 << "1.234.567.890,12" << qint64(123456789012);
    QTest::newRow("pt_BR int64 max")
        << "pt_BR"
        << "92.233.720.368.547.758,07" << std::numeric_limits<qint64>::max();
    QTest::newRow("pt_BR negative int64 max")
        << "pt_BR"
        << "-92233720368547758,07" << -std::numeric_limits<qint64>::max();

    QTest::newRow("en_US decimal point") << "en_US"
                                         << "10.50" << qint64(1050);
    QTest::newRow("en_US grouped") << "en_US"
                                   << "1,234.56" << qint64(123456);
    QTest::newRow("en_US symbol") << "en_US"
                                  << "R$1,234.56" << qint64(123456);
    QTest::newRow("en_US negative symbol") << "en_US"
                                           << "-R$1,234.56" << qint64(-123456);
    QTest::newRow("en_US plain integer") << "en_US"
                                         << "42" << qint64(4200);
    QTest::newRow("en_US one decimal") << "en_US"
                                       << "0.5" << qint64(50);
    QTest::newRow("en_US large") << "en_US"
                                 << "1,234,567,890.12" << qint64(123456789012);

    QTest::newRow("es_ES grouped") << "es_ES"
                                   << "1.234,56" << qint64(123456);
    QTest::newRow("es_ES symbol suffix") << "es_ES"
                                         << "1.234,56 R$" << qint64(123456);
    QTest::newRow("es_ES negative suffix") << "es_ES"
                                           << "-1.234,56 R$" << qint64(-123456);
    QTest::newRow("es_ES ungrouped") << "es_ES"
                                     << "1234,5" << qint64(123450);
}

void TestMoney::parseGood()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto result = Money::parse(text, localeNamed(locale));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->cents(), cents);
}

void TestMoney::parseBad_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "pt_BR"
                           << ""
                           << "empty";
    QTest::newRow("blank") << "pt_BR"
                           << "   "
                           << "empty";
    QTest::newRow("symbol only") << "pt_BR"
                                 << "R$"
                                 << "empty";
    QTest::newRow("letters") << "pt_BR"
                             << "abc"
                             << "format";
    QTest::newRow("digits and letters") << "pt_BR"
                                        << "12a,00"
                                        << "format";
    QTest::newRow("letters in decimals") << "pt_BR"
                                         << "12,0x"
                                         << "format";
    QTest::newRow("sign only") << "pt_BR"
                               << "-"
                               << "format";
    QTest::newRow("separator only") << "pt_BR"
                                    << ","
                                    << "format";
    QTest::newRow("double sign") << "pt_BR"
                                 << "--1"
                                 << "format";
    QTest::newRow("sign after number") << "pt_BR"
                                       << "1-"
                                       << "format";
    QTest::newRow("two decimal separators") << "pt_BR"
                                            << "1,2,3"
                                            << "format";
    QTest::newRow("group of two") << "pt_BR"
                                  << "1.23,00"
                                  << "format";
    QTest::newRow("group of four") << "pt_BR"
                                   << "1.2345,00"
                                   << "format";
    QTest::newRow("first group of four") << "pt_BR"
                                         << "1234.567,00"
                                         << "format";
    QTest::newRow("leading group separator") << "pt_BR"
                                             << ".123,00"
                                             << "format";
    QTest::newRow("trailing group separator") << "pt_BR"
                                              << "123.,00"
                                              << "format";
    QTest::newRow("en decimal in pt_BR") << "pt_BR"
                                         << "10.50"
                                         << "format";
    QTest::newRow("inner space") << "pt_BR"
                                 << "1 234,00"
                                 << "format";
    QTest::newRow("symbol on both sides") << "pt_BR"
                                          << "R$ 10 R$"
                                          << "format";
    QTest::newRow("dollar") << "pt_BR"
                            << "$10"
                            << "format";
    QTest::newRow("other currency") << "pt_BR"
                                    << "US$ 10"
                                    << "format";
    QTest::newRow("three decimals") << "pt_BR"
                                    << "1,234"
                                    << "decimals";
    QTest::newRow("grouped three decimals") << "pt_BR"
                                            << "1.234,567"
                                            << "decimals";
    QTest::newRow("four decimals") << "pt_BR"
                                   << "0,0001"
                                   << "decimals";
    QTest::newRow("int64 max plus one centavo") << "pt_BR"
                                                << "92.233.720.368.547.758,08"
                                                << "range";
    QTest::newRow("int64 min") << "pt_BR"
                               << "-92233720368547758,08"
                               << "range";
    QTest::newRow("huge") << "pt_BR"
                          << "999999999999999999999999"
                          << "range";

    QTest::newRow("en_US letters") << "en_US"
                                   << "ten"
                                   << "format";
    QTest::newRow("en_US pt decimal") << "en_US"
                                      << "10,50"
                                      << "format";
    QTest::newRow("en_US three decimals") << "en_US"
                                          << "10.505"
                                          << "decimals";
    QTest::newRow("en_US overflow") << "en_US"
                                    << "100,000,000,000,000,000.00"
                                    << "range";
    QTest::newRow("en_US empty") << "en_US"
                                 << ""
                                 << "empty";

    QTest::newRow("es_ES three decimals") << "es_ES"
                                          << "1,999"
                                          << "decimals";
    QTest::newRow("es_ES garbage") << "es_ES"
                                   << "1.2.3"
                                   << "format";
}

void TestMoney::parseBad()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, code);
    const QString field = QStringLiteral("Valor da parcela");
    const auto result = Money::parse(text, localeNamed(locale), field);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(field), qPrintable(result.error().message));

    // The default field name is "amount".
    const auto unnamed = Money::parse(text, localeNamed(locale));
    QVERIFY(!unnamed.ok());
    QCOMPARE(unnamed.error().field, QStringLiteral("amount"));
    QVERIFY(unnamed.error().message.contains(QStringLiteral("amount")));
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");

    for (const char *name : {"pt_BR", "en_US", "es_ES", "de_DE"}) {
        for (qint64 cents :
             {qint64(0), qint64(5), qint64(-5), qint64(99), qint64(100000), qint64(-123456),
              qint64(123456789012), std::numeric_limits<qint64>::max()}) {
            QTest::addRow("%s %lld", name, static_cast<long long>(cents))
                << QString::fromLatin1(name) << cents;
        }
    }
}

void TestMoney::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    const QLocale loc = localeNamed(locale);
    const Money money = Money::fromCents(cents);

    const auto fromFormatted = Money::parse(money.toString(loc), loc);
    QVERIFY2(fromFormatted.ok(), qPrintable(money.toString(loc)));
    QCOMPARE(fromFormatted.value(), money);

    const auto fromNumber = Money::parse(money.toNumberString(loc), loc);
    QVERIFY2(fromNumber.ok(), qPrintable(money.toNumberString(loc)));
    QCOMPARE(fromNumber.value(), money);
}

void TestMoney::arithmetic()
{
    const Money a = Money::fromCents(1050);
    const Money b = Money::fromCents(325);

    QCOMPARE((a + b).cents(), qint64(1375));
    QCOMPARE((a - b).cents(), qint64(725));
    QCOMPARE((b - a).cents(), qint64(-725));
    QCOMPARE((-a).cents(), qint64(-1050));
    QCOMPARE((a * 3).cents(), qint64(3150));
    QCOMPARE((a * 0).cents(), qint64(0));
    QCOMPARE((a * -2).cents(), qint64(-2100));

    Money c = a;
    c += b;
    QCOMPARE(c.cents(), qint64(1375));
    c -= a;
    QCOMPARE(c, b);

    QVERIFY(Money().isZero());
    QCOMPARE(Money().cents(), qint64(0));
    QVERIFY(!a.isZero());
    QVERIFY(!a.isNegative());
    QVERIFY((b - a).isNegative());
    QVERIFY(!Money().isNegative());

    // Sums are exact: ten times 0,10 is exactly 1,00 (no floating point).
    Money sum;
    for (int i = 0; i < 10; ++i)
        sum += Money::fromCents(10);
    QCOMPARE(sum, Money::fromCents(100));

    static_assert((Money::fromCents(2) + Money::fromCents(3)).cents() == 5);
    static_assert(Money::fromCents(-1).isNegative());
}

void TestMoney::comparison_data()
{
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<int>("order"); // -1 less, 0 equal, 1 greater

    QTest::newRow("equal") << qint64(100) << qint64(100) << 0;
    QTest::newRow("zero equal") << qint64(0) << qint64(0) << 0;
    QTest::newRow("less") << qint64(99) << qint64(100) << -1;
    QTest::newRow("greater") << qint64(101) << qint64(100) << 1;
    QTest::newRow("negative less than zero") << qint64(-1) << qint64(0) << -1;
    QTest::newRow("negatives") << qint64(-500) << qint64(-499) << -1;
    QTest::newRow("large") << qint64(123456789012) << qint64(123456789011) << 1;
}

void TestMoney::comparison()
{
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(int, order);
    const Money l = Money::fromCents(left);
    const Money r = Money::fromCents(right);

    QCOMPARE(l == r, order == 0);
    QCOMPARE(l != r, order != 0);
    QCOMPARE(l < r, order < 0);
    QCOMPARE(l <= r, order <= 0);
    QCOMPARE(l > r, order > 0);
    QCOMPARE(l >= r, order >= 0);
    const auto cmp = l <=> r;
    QCOMPARE(cmp < 0, order < 0);
    QCOMPARE(cmp == 0, order == 0);
}

void TestMoney::metaType()
{
    const QVariant v = QVariant::fromValue(Money::fromCents(4321));
    QVERIFY(v.canConvert<Money>());
    QCOMPARE(v.value<Money>().cents(), qint64(4321));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
