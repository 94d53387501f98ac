// Debtors, titles and contact points in the local store.
#include "RepositoryFixture.h"
#include "store/ActivityRepository.h"
#include "store/ContactRecorder.h"
#include "store/DebtorRepository.h"
#include "store/PromiseRepository.h"
#include "store/WorkQueueRepository.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace quita;
using namespace quita::test;

class TestDebtorRepository : public QObject, protected RepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void debtorInsertAndOverview();
    void debtorValidation_data();
    void debtorValidation();
    void debtorRefusedBySchema();
    void titleValidation_data();
    void titleValidation();
    void titlesSumIntoOverview();
    void contactPointsPrimaryFirst();
};

// --- debtors, titles, contact points -------------------------------------------------

void TestDebtorRepository::debtorInsertAndOverview()
{
    DebtorRepository repo(db());
    QCOMPARE(repo.count(), 0);
    Debtor d =
        makeDebtor(QStringLiteral("  João da Silva  "), QStringLiteral("AM"), QDate(2026, 10, 1));
    d.address.city = QStringLiteral("Manaus");
    const Status inserted = repo.insert(d);
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
    QCOMPARE(repo.count(), 1);

    const auto o = repo.overview(d.id);
    QVERIFY(o.has_value());
    QCOMPARE(o->debtor.id, d.id);
    QCOMPARE(o->debtor.portfolioId, kPortfolio);
    QCOMPARE(o->debtor.name, QStringLiteral("João da Silva")); // trimmed
    QCOMPARE(o->debtor.document, d.document);
    QCOMPARE(o->debtor.address.street, d.address.street);
    QCOMPARE(o->debtor.address.neighborhood, QStringLiteral("Centro"));
    QCOMPARE(o->debtor.address.city, QStringLiteral("Manaus"));
    QCOMPARE(o->debtor.address.state, QStringLiteral("AM"));
    QCOMPARE(o->debtor.address.postalCode, QStringLiteral("01001000"));
    QCOMPARE(o->debtor.placedOn, QDate(2026, 10, 1));
    QCOMPARE(o->debtor.declaredMonthlyCapacity, Money::fromCents(45000));
    QCOMPARE(o->portfolioName, QStringLiteral("Cartões 2026"));
    QCOMPARE(o->creditorName, QStringLiteral("Banco Azul S.A."));
    QCOMPARE(o->creditorDocument, QStringLiteral("12ABC34501DE35"));
    QCOMPARE(o->totalDue, Money());
    QVERIFY(!o->oldestDueDate.isValid());
    QVERIFY(!o->openPromiseDue.isValid());

    QVERIFY(!repo.overview(QUuid::createUuid()).has_value());
    QVERIFY(!repo.overview(QUuid()).has_value());
    QVERIFY(repo.titles(d.id).isEmpty());
    QVERIFY(repo.contactPoints(d.id).isEmpty());
}

void TestDebtorRepository::debtorValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("withDocument");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty name") << ""
                                << "SP" << true << "name"
                                << "empty";
    QTest::newRow("blank name") << "   \t"
                                << "SP" << true << "name"
                                << "empty";
    QTest::newRow("no document") << "Maria"
                                 << "SP" << false << "document"
                                 << "empty";
    QTest::newRow("state XX") << "Maria"
                              << "XX" << true << "state"
                              << "state";
    QTest::newRow("state lower case") << "Maria"
                                      << "sp" << true << "state"
                                      << "state";
    QTest::newRow("state empty") << "Maria"
                                 << "" << true << "state"
                                 << "state";
    QTest::newRow("state spelled out") << "Maria" << QStringLiteral("São Paulo") << true << "state"
                                       << "state";
}

void TestDebtorRepository::debtorValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, state);
    QFETCH(bool, withDocument);
    QFETCH(QString, field);
    QFETCH(QString, code);

    Debtor d = makeDebtor(name, state);
    if (!withDocument)
        d.document = Document();
    DebtorRepository repo(db());
    const Status inserted = repo.insert(d);
    QVERIFY(!inserted.ok());
    QCOMPARE(inserted.error().field, field);
    QCOMPARE(inserted.error().code, code);
    QVERIFY(!inserted.error().message.isEmpty());
    QCOMPARE(repo.count(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM debtor_search")).toInt(), 0);
}

void TestDebtorRepository::debtorRefusedBySchema()
{
    DebtorRepository repo(db());
    Debtor orphan = makeDebtor(QStringLiteral("Sem Carteira"));
    orphan.portfolioId = QUuid::createUuid(); // no such portfolio: foreign keys are on
    const Status refused = repo.insert(orphan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("sql"));

    const Debtor d = makeDebtor(QStringLiteral("Maria"));
    QVERIFY(repo.insert(d).ok());
    const Status duplicate = repo.insert(d);
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().code, QStringLiteral("sql"));
    QCOMPARE(repo.count(), 1);
}

void TestDebtorRepository::titleValidation_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("principal");
    QTest::addColumn<QString>("field"); // empty: accepted

    const QDate issued(2026, 1, 10);
    QTest::newRow("valid") << "CTR-1" << issued << QDate(2026, 2, 10) << qint64(10000) << "";
    QTest::newRow("due on the issue day") << "CTR-2" << issued << issued << qint64(10000) << "";
    QTest::newRow("due before issue")
        << "CTR-3" << issued << QDate(2026, 1, 9) << qint64(10000) << "due_date";
    QTest::newRow("no due date") << "CTR-4" << issued << QDate() << qint64(10000) << "due_date";
    QTest::newRow("no issue date")
        << "CTR-5" << QDate() << QDate(2026, 2, 10) << qint64(10000) << "due_date";
    QTest::newRow("no number") << "  " << issued << QDate(2026, 2, 10) << qint64(10000) << "number";
    QTest::newRow("negative principal")
        << "CTR-6" << issued << QDate(2026, 2, 10) << qint64(-1) << "principal";
}

void TestDebtorRepository::titleValidation()
{
    QFETCH(QString, number);
    QFETCH(QDate, issued);
    QFETCH(QDate, due);
    QFETCH(qint64, principal);
    QFETCH(QString, field);

    const QUuid debtor = addDebtor(QStringLiteral("Maria"));
    QVERIFY(!debtor.isNull());
    Title t;
    t.id = QUuid::createUuid();
    t.debtorId = debtor;
    t.number = number;
    t.kind = QStringLiteral("contract");
    t.issueDate = issued;
    t.dueDate = due;
    t.principal = Money::fromCents(principal);
    t.openBalance = Money::fromCents(qMax<qint64>(principal, 0));
    DebtorRepository repo(db());
    const Status inserted = repo.insertTitle(t);
    if (field.isEmpty()) {
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
        QCOMPARE(repo.titles(debtor).size(), 1);
        QCOMPARE(repo.overview(debtor)->totalDue, Money::fromCents(principal));
    } else {
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().field, field);
        QVERIFY(repo.titles(debtor).isEmpty());
        QCOMPARE(repo.overview(debtor)->totalDue, Money());
    }
}

void TestDebtorRepository::titlesSumIntoOverview()
{
    const QUuid debtor = addDebtor(QStringLiteral("Carlos Pereira"));
    const QUuid other = addDebtor(QStringLiteral("Outra Pessoa"));
    QVERIFY(!debtor.isNull() && !other.isNull());
    DebtorRepository repo(db());

    addTitle(debtor, QStringLiteral("CTR-100"), QDate(2026, 3, 10), 100000);
    addTitle(debtor, QStringLiteral("CTR-101"), QDate(2025, 12, 1), 25050, 30000);
    // Paid off: counts neither in the total nor for the oldest due date.
    addTitle(debtor, QStringLiteral("CTR-099"), QDate(2025, 1, 5), 0, 50000);
    addTitle(other, QStringLiteral("X-1"), QDate(2024, 1, 1), 999999);

    auto o = repo.overview(debtor);
    QVERIFY(o.has_value());
    QCOMPARE(o->totalDue, Money::fromCents(125050));
    QCOMPARE(o->oldestDueDate, QDate(2025, 12, 1));
    QCOMPARE(repo.overview(other)->totalDue, Money::fromCents(999999));

    const QList<Title> titles = repo.titles(debtor);
    QCOMPARE(titles.size(), 3);
    QCOMPARE(titles.at(0).number, QStringLiteral("CTR-099")); // by due date
    QCOMPARE(titles.at(1).number, QStringLiteral("CTR-101"));
    QCOMPARE(titles.at(1).principal, Money::fromCents(30000));
    QCOMPARE(titles.at(1).openBalance, Money::fromCents(25050));
    QCOMPARE(titles.at(1).debtorId, debtor);
    QCOMPARE(titles.at(2).dueDate, QDate(2026, 3, 10));

    // A payment on the oldest open title moves both summaries (update trigger).
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE title SET open_balance_cents = 0 WHERE debtor_id = ? AND number = ?"));
    q.addBindValue(idText(debtor));
    q.addBindValue(QStringLiteral("CTR-101"));
    QVERIFY(q.exec());
    o = repo.overview(debtor);
    QCOMPARE(o->totalDue, Money::fromCents(100000));
    QCOMPARE(o->oldestDueDate, QDate(2026, 3, 10));
}

void TestDebtorRepository::contactPointsPrimaryFirst()
{
    const QUuid debtor = addDebtor(QStringLiteral("Ana Lima"));
    DebtorRepository repo(db());
    const auto point = [&](ContactPoint::Kind kind, const QString &value, bool primary) {
        ContactPoint p;
        p.id = QUuid::createUuid();
        p.debtorId = debtor;
        p.kind = kind;
        p.value = value;
        p.label = primary ? QStringLiteral("celular") : QString();
        p.primary = primary;
        return p;
    };
    ContactPoint email =
        point(ContactPoint::Kind::Email, QStringLiteral("ana@exemplo.com.br"), false);
    email.consentEmail = true;
    ContactPoint home = point(ContactPoint::Kind::Phone, QStringLiteral("1133334444"), false);
    home.consentVoice = true;
    home.optOutSms = true;
    ContactPoint mobile = point(ContactPoint::Kind::Phone, QStringLiteral("11987654321"), true);
    mobile.consentVoice = mobile.consentSms = mobile.consentWhatsapp = true;
    mobile.optOutWhatsapp = true;
    // The primary one goes in last.
    for (const ContactPoint &p : {email, home, mobile})
        QVERIFY(repo.insertContactPoint(p).ok());

    const QList<ContactPoint> points = repo.contactPoints(debtor);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0).id, mobile.id);
    QVERIFY(points.at(0).primary);
    QCOMPARE(points.at(0).label, QStringLiteral("celular"));
    QVERIFY(points.at(0).consentSms && points.at(0).consentWhatsapp && points.at(0).optOutWhatsapp);
    QVERIFY(!points.at(0).optOutVoice);
    QVERIFY(points.at(0).allows(Channel::Sms));
    QVERIFY(!points.at(0).allows(Channel::Whatsapp));
    // The rest by kind, then value.
    QCOMPARE(points.at(1).id, email.id);
    QCOMPARE(points.at(1).kind, ContactPoint::Kind::Email);
    QCOMPARE(points.at(1).label, QString());
    QCOMPARE(points.at(2).id, home.id);
    QVERIFY(points.at(2).optOutSms);
    QCOMPARE(points.at(2).debtorId, debtor);

    ContactPoint blank = point(ContactPoint::Kind::Phone, QStringLiteral("   "), false);
    const Status refused = repo.insertContactPoint(blank);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("value"));
    QCOMPARE(repo.contactPoints(debtor).size(), 3);
}

QTEST_GUILESS_MAIN(TestDebtorRepository)
#include "TestDebtorRepository.moc"
