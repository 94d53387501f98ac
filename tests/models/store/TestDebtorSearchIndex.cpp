#include "CollectingSink.h"
#include "StoreTestHelpers.h"
#include "demo/DemoPortfolioGenerator.h"
#include "store/Database.h"
#include "store/DebtorRepository.h"
#include "store/DebtorSearchIndex.h"
#include "store/DemoStoreWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace quita;
using namespace quita::test;

namespace {

const QUuid kCreditor = QUuid::fromString(QStringLiteral("{0b8d7a40-1c2e-4f3a-8b5c-6d7e8f901201}"));
const QUuid kPortfolio =
    QUuid::fromString(QStringLiteral("{0b8d7a40-1c2e-4f3a-8b5c-6d7e8f901202}"));

Document cpf(int n)
{
    return cpfWithBody(305000000 + n * 6113);
}

DemoOptions demoOptions()
{
    DemoOptions o;
    o.seed = 4242;
    o.debtors = 200;
    o.activities = 2000;
    o.heavyDebtorActivities = 0;
    o.today = QDate(2026, 11, 23);
    return o;
}

} // namespace

class TestDebtorSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void matchExpression_data();
    void matchExpression();
    void search_data();
    void search();
    void hitCarriesSummary();
    void limit();
    void insertKeepsIndexCurrent();
    void reindexAfterContactPoint();
    void rebuildAll();
    void demoStoreWriter();
    void demoStoreWriterIsAllOrNothing();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    QUuid addDebtor(const QString &name, const Document &document, const QString &state);
    void addPoint(const QUuid &debtor, ContactPoint::Kind kind, const QString &value, bool primary);
    void addTitle(const QUuid &debtor, const QString &number, qint64 cents);
    QStringList namesFound(const QString &text) const;
    int scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, QUuid> m_ids; // by name
};

void TestDebtorSearchIndex::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = openStore(m_dir.filePath(QStringLiteral("search.sqlite")));
    QVERIFY(m_db);
    QVERIFY(insertCreditor(db(), kCreditor, QStringLiteral("Banco Azul"),
                           QStringLiteral("11222333000181")));
    QVERIFY(insertPortfolio(db(), kPortfolio, kCreditor, QStringLiteral("Varejo")));

    const QUuid joao =
        addDebtor(QStringLiteral("João da Silva"),
                  Document::parse(QStringLiteral("123.456.789-09")).value(), QStringLiteral("SP"));
    addPoint(joao, ContactPoint::Kind::Phone, QStringLiteral("11987654321"), true);
    addPoint(joao, ContactPoint::Kind::Email, QStringLiteral("joao.silva@exemplo.com.br"), false);
    addTitle(joao, QStringLiteral("CTR-2024-0001"), 150000);

    const QUuid joana = addDebtor(QStringLiteral("Joana Prado"), cpf(1), QStringLiteral("RJ"));
    addPoint(joana, ContactPoint::Kind::Whatsapp, QStringLiteral("21998887777"), true);
    addPoint(joana, ContactPoint::Kind::Email, QStringLiteral("joana@prado.net"), false);
    addTitle(joana, QStringLiteral("NF-5566"), 9900);

    const QUuid maria =
        addDebtor(QStringLiteral("Maria Aparecida Souza"), cpf(2), QStringLiteral("MG"));
    addPoint(maria, ContactPoint::Kind::Phone, QStringLiteral("3133224455"), true);
    addPoint(maria, ContactPoint::Kind::Email, QStringLiteral("cida.souza@mail.com"), false);
    addTitle(maria, QStringLiteral("998877"), 4500);

    addDebtor(QStringLiteral("Empresa Alfa Ltda"),
              Document::parse(QStringLiteral("12ABC34501DE35")).value(), QStringLiteral("SP"));
    const QUuid beta = addDebtor(QStringLiteral("Comercial Beta"),
                                 Document::parse(QStringLiteral("11.222.333/0001-81")).value(),
                                 QStringLiteral("PR"));
    addTitle(beta, QStringLiteral("4521-0087"), 70000);
    QCOMPARE(m_ids.size(), 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM debtor_search")), 5);
}

void TestDebtorSearchIndex::cleanupTestCase()
{
    m_db.reset();
}

QUuid TestDebtorSearchIndex::addDebtor(const QString &name, const Document &document,
                                       const QString &state)
{
    Debtor d;
    d.id = QUuid::createUuid();
    d.portfolioId = kPortfolio;
    d.name = name;
    d.document = document;
    d.address.state = state;
    d.address.city = QStringLiteral("Cidade");
    d.placedOn = QDate(2026, 5, 1);
    const Status inserted = DebtorRepository(db()).insert(d);
    if (!inserted) {
        qWarning() << inserted.error().message;
        return {};
    }
    m_ids.insert(name, d.id);
    return d.id;
}

void TestDebtorSearchIndex::addPoint(const QUuid &debtor, ContactPoint::Kind kind,
                                     const QString &value, bool primary)
{
    ContactPoint p;
    p.id = QUuid::createUuid();
    p.debtorId = debtor;
    p.kind = kind;
    p.value = value;
    p.primary = primary;
    QVERIFY(DebtorRepository(db()).insertContactPoint(p).ok());
}

void TestDebtorSearchIndex::addTitle(const QUuid &debtor, const QString &number, qint64 cents)
{
    Title t;
    t.id = QUuid::createUuid();
    t.debtorId = debtor;
    t.number = number;
    t.kind = QStringLiteral("contract");
    t.issueDate = QDate(2025, 1, 10);
    t.dueDate = QDate(2025, 2, 10);
    t.principal = t.openBalance = Money::fromCents(cents);
    QVERIFY(DebtorRepository(db()).insertTitle(t).ok());
}

QStringList TestDebtorSearchIndex::namesFound(const QString &text) const
{
    QStringList names;
    for (const DebtorHit &hit : DebtorSearchIndex(db()).search(text))
        names << hit.name;
    names.sort();
    return names;
}

int TestDebtorSearchIndex::scalar(const QString &sql) const
{
    return int(scalarNumber(db(), sql));
}

void TestDebtorSearchIndex::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one word") << "maria"
                              << R"("maria"*)";
    QTest::newRow("two words") << "Maria Souza"
                               << R"("Maria"* "Souza"*)";
    QTest::newRow("extra blanks") << "  maria \t souza  "
                                  << R"("maria"* "souza"*)";
    QTest::newRow("accents kept for the tokenizer")
        << QStringLiteral("João") << QStringLiteral("\"João\"*");
    QTest::newRow("formatted CPF") << "123.456.789-09"
                                   << R"("12345678909"*)";
    QTest::newRow("CPF digits") << "12345678909"
                                << R"("12345678909"*)";
    QTest::newRow("partial CPF") << "123.456"
                                 << R"(("123456"*) OR ("123"* "456"*))";
    QTest::newRow("phone with DDD") << "(11) 98765-4321"
                                    << R"("11987654321"*)";
    QTest::newRow("phone with spaces") << "11 98765 4321"
                                       << R"("11987654321"*)";
    QTest::newRow("international phone") << "+55 11 98765-4321"
                                         << R"("5511987654321"*)";
    QTest::newRow("formatted CNPJ") << "11.222.333/0001-81"
                                    << R"("11222333000181"*)";
    QTest::newRow("digits in parentheses only") << "(11)"
                                                << R"("11"*)";
    QTest::newRow("e-mail") << "ana@exemplo.com"
                            << R"("ana"* "exemplo"* "com"*)";
    QTest::newRow("contract number") << "CTR-2024-0001"
                                     << R"(("CTR20240001"*) OR ("CTR"* "2024"* "0001"*))";
    QTest::newRow("numeric contract") << "4521-0087"
                                      << R"(("45210087"*) OR ("4521"* "0087"*))";
    QTest::newRow("formatted alphanumeric CNPJ") << "12.ABC.345/01DE-35"
                                                 << R"("12ABC34501DE35"*)";
    QTest::newRow("name and number stay words") << "maria 2024"
                                                << R"("maria"* "2024"*)";
    QTest::newRow("double quotes") << R"(say "hi")"
                                   << R"("say"* "hi"*)";
    QTest::newRow("quote inside a word") << R"(O"Brien)"
                                         << R"("O"* "Brien"*)";
    QTest::newRow("FTS operators are plain words") << "maria OR NOT joao"
                                                   << R"("maria"* "OR"* "NOT"* "joao"*)";
    QTest::newRow("column filter syntax") << "name:joao"
                                          << R"("name"* "joao"*)";
    QTest::newRow("star and parentheses") << "(joao*)"
                                          << R"("joao"*)";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("null") << QString() << "";
    QTest::newRow("blanks") << "   "
                            << "";
    QTest::newRow("punctuation only") << ".-/()"
                                      << "";
    QTest::newRow("quotes only") << R"(""")"
                                 << "";
    QTest::newRow("star only") << "*"
                               << "";
}

void TestDebtorSearchIndex::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString expression = DebtorSearchIndex::matchExpression(text);
    QCOMPARE(expression, expected);
    // Whatever was typed, the expression is valid FTS5: the query runs.
    if (!expression.isEmpty()) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM debtor_search WHERE debtor_search MATCH ?"));
        q.addBindValue(expression);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void TestDebtorSearchIndex::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    const QString joao = QStringLiteral("João da Silva");
    const QString joana = QStringLiteral("Joana Prado");
    const QString maria = QStringLiteral("Maria Aparecida Souza");
    const QString alfa = QStringLiteral("Empresa Alfa Ltda");
    const QString beta = QStringLiteral("Comercial Beta");

    // Names: prefixes, accents, any order, every word required.
    QTest::newRow("name without accent") << "joao" << QStringList{joao};
    QTest::newRow("name with accent") << QStringLiteral("João") << QStringList{joao};
    QTest::newRow("upper case") << "JOAO SILVA" << QStringList{joao};
    QTest::newRow("prefix of two names") << "joa" << QStringList{joana, joao};
    QTest::newRow("words in any order") << "silva joao" << QStringList{joao};
    QTest::newRow("middle name") << "aparecida" << QStringList{maria};
    QTest::newRow("first and last name") << "maria souza" << QStringList{maria};
    QTest::newRow("one word does not match") << "joao zebra" << QStringList{};
    QTest::newRow("nobody") << "zebra" << QStringList{};
    // Documents.
    QTest::newRow("formatted CPF") << "123.456.789-09" << QStringList{joao};
    QTest::newRow("CPF prefix with punctuation") << "123.456" << QStringList{joao};
    QTest::newRow("CPF prefix with dash") << "123.456.789-0" << QStringList{joao};
    QTest::newRow("CPF digits") << "12345678909" << QStringList{joao};
    QTest::newRow("CPF digit prefix") << "1234567" << QStringList{joao};
    QTest::newRow("formatted CNPJ") << "11.222.333/0001-81" << QStringList{beta};
    QTest::newRow("CNPJ prefix") << "11.222.333" << QStringList{beta};
    QTest::newRow("alphanumeric CNPJ") << "12ABC34501DE35" << QStringList{alfa};
    QTest::newRow("alphanumeric CNPJ prefix, lower case") << "12abc345" << QStringList{alfa};
    QTest::newRow("formatted alphanumeric CNPJ") << "12.ABC.345/01DE-35" << QStringList{alfa};
    // Phones, with and without the DDD.
    QTest::newRow("mobile with DDD") << "11987654321" << QStringList{joao};
    QTest::newRow("mobile without DDD") << "987654321" << QStringList{joao};
    QTest::newRow("mobile formatted") << "(11) 98765-4321" << QStringList{joao};
    QTest::newRow("mobile formatted without DDD") << "98765-4321" << QStringList{joao};
    QTest::newRow("whatsapp without DDD") << "99888-7777" << QStringList{joana};
    QTest::newRow("landline with DDD") << "(31) 3322-4455" << QStringList{maria};
    QTest::newRow("landline without DDD") << "33224455" << QStringList{maria};
    // E-mails.
    QTest::newRow("whole e-mail") << "joao.silva@exemplo.com.br" << QStringList{joao};
    QTest::newRow("e-mail prefix") << "cida.souza@mail" << QStringList{maria};
    QTest::newRow("e-mail domain") << "prado.net" << QStringList{joana};
    // Contracts.
    QTest::newRow("contract number") << "CTR-2024-0001" << QStringList{joao};
    QTest::newRow("contract words") << "ctr 2024" << QStringList{joao};
    QTest::newRow("invoice number") << "NF-5566" << QStringList{joana};
    QTest::newRow("numeric contract") << "998877" << QStringList{maria};
    QTest::newRow("contract of digits, first part") << "4521" << QStringList{beta};
    QTest::newRow("contract of digits with a dash") << "4521-0087" << QStringList{beta};
    // Nothing to search.
    QTest::newRow("empty") << "" << QStringList{};
    QTest::newRow("punctuation") << "?!" << QStringList{};
}

void TestDebtorSearchIndex::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(namesFound(text), names);
}

void TestDebtorSearchIndex::hitCarriesSummary()
{
    const QList<DebtorHit> hits = DebtorSearchIndex(db()).search(QStringLiteral("joao silva"));
    QCOMPARE(hits.size(), 1);
    const DebtorHit &hit = hits.first();
    QCOMPARE(hit.id, m_ids.value(QStringLiteral("João da Silva")));
    QCOMPARE(hit.name, QStringLiteral("João da Silva"));
    QCOMPARE(hit.document, QStringLiteral("12345678909"));
    QCOMPARE(hit.state, QStringLiteral("SP"));
    QCOMPARE(hit.totalDue, Money::fromCents(150000));
}

void TestDebtorSearchIndex::limit()
{
    DebtorSearchIndex index(db());
    QCOMPARE(index.search(QStringLiteral("jo")).size(), 2);
    QCOMPARE(index.search(QStringLiteral("jo"), 1).size(), 1);
    QVERIFY(index.search(QStringLiteral("jo"), 0).isEmpty());
}

void TestDebtorSearchIndex::insertKeepsIndexCurrent()
{
    // The repository reindexes on every insert.
    const QUuid joana = m_ids.value(QStringLiteral("Joana Prado"));
    QVERIFY(namesFound(QStringLiteral("trabalho.joana")).isEmpty());
    addPoint(joana, ContactPoint::Kind::Email, QStringLiteral("trabalho.joana@empresa.com"), false);
    QCOMPARE(namesFound(QStringLiteral("trabalho.joana")),
             QStringList{QStringLiteral("Joana Prado")});
    addTitle(joana, QStringLiteral("AC-7781"), 100);
    QCOMPARE(namesFound(QStringLiteral("AC-7781")), QStringList{QStringLiteral("Joana Prado")});
    // Still one index row per debtor.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM debtor_search")), 5);
}

void TestDebtorSearchIndex::reindexAfterContactPoint()
{
    const QUuid maria = m_ids.value(QStringLiteral("Maria Aparecida Souza"));
    // Written behind the index's back.
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO contact_point (id, debtor_id, kind, value) VALUES (?, ?, 'phone', ?)"));
    q.addBindValue(idText(QUuid::createUuid()));
    q.addBindValue(idText(maria));
    q.addBindValue(QStringLiteral("31955554444"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(namesFound(QStringLiteral("31955554444")).isEmpty());
    QVERIFY(namesFound(QStringLiteral("955554444")).isEmpty());

    DebtorSearchIndex index(db());
    QVERIFY(index.reindex(maria).ok());
    const QStringList expected{QStringLiteral("Maria Aparecida Souza")};
    QCOMPARE(namesFound(QStringLiteral("31955554444")), expected);
    QCOMPARE(namesFound(QStringLiteral("955554444")), expected);
    QCOMPARE(namesFound(QStringLiteral("(31) 95555-4444")), expected);
    // What was indexed before is still there.
    QCOMPARE(namesFound(QStringLiteral("33224455")), expected);
    QCOMPARE(namesFound(QStringLiteral("aparecida")), expected);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM debtor_search")), 5);

    // Reindexing an unknown debtor changes nothing.
    QVERIFY(index.reindex(QUuid::createUuid()).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM debtor_search")), 5);
}

void TestDebtorSearchIndex::rebuildAll()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO debtor (id, portfolio_id, name, document, state) "
                             "VALUES (?, ?, 'Otávio Escondido', '52998224725', 'BA')"));
    q.addBindValue(idText(QUuid::createUuid()));
    q.addBindValue(idText(kPortfolio));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(namesFound(QStringLiteral("otavio")).isEmpty());

    QVERIFY(DebtorSearchIndex(db()).rebuildAll().ok());
    QCOMPARE(namesFound(QStringLiteral("otavio")), QStringList{QStringLiteral("Otávio Escondido")});
    QCOMPARE(namesFound(QStringLiteral("529.982")),
             QStringList{QStringLiteral("Otávio Escondido")});
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM debtor_search")), 6);
    // Everything indexed before is still found.
    QCOMPARE(namesFound(QStringLiteral("98765-4321")),
             QStringList{QStringLiteral("João da Silva")});
    QCOMPARE(namesFound(QStringLiteral("trabalho.joana")),
             QStringList{QStringLiteral("Joana Prado")});
}

void TestDebtorSearchIndex::demoStoreWriter()
{
    CollectingSink sink;
    DemoPortfolioGenerator(demoOptions()).generate(sink);
    QCOMPARE(sink.debtors.size(), 200);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<Database> store = openStore(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    {
        DemoPortfolioGenerator generator(demoOptions());
        DemoStoreWriter writer(store->connection());
        const Status written = writer.write(generator);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    }

    const auto count = [&](const char *sql) {
        return scalarNumber(store->connection(), QString::fromLatin1(sql));
    };
    QCOMPARE(count("SELECT count(*) FROM creditor"), qint64(sink.creditors.size()));
    QCOMPARE(count("SELECT count(*) FROM portfolio"), qint64(sink.portfolios.size()));
    QCOMPARE(count("SELECT count(*) FROM debtor"), qint64(200));
    QCOMPARE(count("SELECT count(*) FROM contact_point"), qint64(sink.points.size()));
    QCOMPARE(count("SELECT count(*) FROM title"), qint64(sink.titles.size()));
    QCOMPARE(count("SELECT count(*) FROM activity"), qint64(sink.activities.size()));
    QCOMPARE(count("SELECT count(*) FROM promise"), qint64(sink.promises.size()));
    QCOMPARE(count("SELECT count(*) FROM debtor_search"), qint64(200));
    QCOMPARE(DebtorRepository(store->connection()).count(), 200);

    // The summary triggers ran for every row.
    qint64 open = 0;
    for (const auto &t : std::as_const(sink.titles))
        open += t.openBalance.cents();
    QCOMPARE(count("SELECT sum(total_due_cents) FROM debtor"), qint64(open));
    QSet<QUuid> contacted;
    for (const auto &a : std::as_const(sink.activities))
        if (a.direction == Direction::Outbound)
            contacted.insert(a.debtorId);
    QCOMPARE(count("SELECT count(*) FROM debtor WHERE last_outbound_at IS NOT NULL"),
             qint64(contacted.size()));

    // A generated debtor is found by name, by document and by phone.
    DebtorSearchIndex index(store->connection());
    const Debtor &someone = sink.debtors.at(137);
    const auto finds = [&](const QString &text) {
        for (const DebtorHit &hit : index.search(text, 200))
            if (hit.id == someone.id)
                return true;
        return false;
    };
    QVERIFY2(finds(someone.name), qPrintable(someone.name));
    QVERIFY2(finds(someone.document.value()), qPrintable(someone.document.value()));
    QVERIFY2(finds(someone.document.formatted().left(7)), qPrintable(someone.document.formatted()));
    QString phone;
    for (const auto &p : std::as_const(sink.points))
        if (p.debtorId == someone.id && p.kind == ContactPoint::Kind::Phone)
            phone = p.value;
    QVERIFY(!phone.isEmpty());
    QVERIFY2(finds(phone), qPrintable(phone));
    QVERIFY2(finds(phone.mid(2)), qPrintable(phone));
    const QList<DebtorHit> byDocument = index.search(someone.document.value());
    QCOMPARE(byDocument.size(), 1);
    QCOMPARE(byDocument.first().name, someone.name);
    QCOMPARE(byDocument.first().state, someone.address.state);
}

void TestDebtorSearchIndex::demoStoreWriterIsAllOrNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<Database> store = openStore(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(store);
    const auto count = [&](const char *sql) {
        return scalarNumber(store->connection(), QString::fromLatin1(sql));
    };
    DemoOptions small = demoOptions();
    small.debtors = 20;
    small.activities = 150;
    {
        DemoPortfolioGenerator generator(small);
        QVERIFY(DemoStoreWriter(store->connection()).write(generator).ok());
    }
    const qint64 activities = count("SELECT count(*) FROM activity");
    QVERIFY(activities > 0);

    // The same portfolio again: the ids clash, and nothing of the second run stays.
    small.debtors = 30;
    DemoPortfolioGenerator again(small);
    const Status second = DemoStoreWriter(store->connection()).write(again);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("sql"));
    QCOMPARE(count("SELECT count(*) FROM debtor"), qint64(20));
    QCOMPARE(count("SELECT count(*) FROM activity"), qint64(activities));
    QCOMPARE(count("SELECT count(*) FROM debtor_search"), qint64(20));
    // And the store still takes writes: no transaction was left open.
    QVERIFY(store->connection().transaction());
    QVERIFY(store->connection().commit());
}

QTEST_GUILESS_MAIN(TestDebtorSearchIndex)
#include "TestDebtorSearchIndex.moc"
