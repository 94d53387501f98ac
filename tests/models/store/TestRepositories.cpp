#include "domain/Clock.h"
#include "domain/ContactInsight.h"
#include "store/ActivityRepository.h"
#include "store/ContactRecorder.h"
#include "store/Database.h"
#include "store/DebtorRepository.h"
#include "store/PromiseRepository.h"
#include "store/WorkQueueRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace quita;

Q_DECLARE_METATYPE(quita::Channel)

namespace {

const QUuid kCreditor = QUuid::fromString(QStringLiteral("{6f1f3c52-5a43-4f4e-9d0e-1c6a1b2c3d41}"));
const QUuid kPortfolio =
    QUuid::fromString(QStringLiteral("{6f1f3c52-5a43-4f4e-9d0e-1c6a1b2c3d42}"));

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A valid CPF for every n.
Document cpf(int n)
{
    const QString body = QString::number(213000000 + n * 7919);
    return Document::parse(body + Document::cpfCheckDigits(body)).value();
}

QString errorText(const Status &s)
{
    return s.ok() ? QString()
                  : s.error().code + QLatin1Char('/') + s.error().field + QLatin1String(": ") +
                        s.error().message;
}

// The order the timeline promises: newest first, then by id (text) descending.
QList<QUuid> timelineOrder(QList<Activity> activities)
{
    std::sort(activities.begin(), activities.end(), [](const Activity &a, const Activity &b) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt > b.occurredAt;
        return idText(a.id) > idText(b.id);
    });
    QList<QUuid> ids;
    for (const auto &a : activities)
        ids << a.id;
    return ids;
}

QList<QUuid> idsOf(const QList<Activity> &activities)
{
    QList<QUuid> ids;
    for (const auto &a : activities)
        ids << a.id;
    return ids;
}

QStringList cellsText(const QList<ContactHistoryCell> &cells)
{
    QStringList text;
    for (const auto &c : cells)
        text << QStringLiteral("%1@%2:%3/%4")
                    .arg(channelName(c.channel))
                    .arg(c.localHour)
                    .arg(c.attempts)
                    .arg(c.connects);
    text.sort();
    return text;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void debtorInsertAndOverview();
    void debtorValidation_data();
    void debtorValidation();
    void debtorRefusedBySchema();
    void titleValidation_data();
    void titleValidation();
    void titlesSumIntoOverview();
    void contactPointsPrimaryFirst();

    void activityValidation_data();
    void activityValidation();
    void timelinePagesNewestFirst();
    void timelineFilters();
    void timelineTextSearch();
    void contactHistoryLocalHours();

    void promiseValidation_data();
    void promiseValidation();
    void promiseInsertUpdatesDebtor();

    void recorderRequiresPromiseForPtp();
    void recorderIsAllOrNothing();
    void recorderWritesActivityAndPromise();

    void workQueueOrder();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    Debtor makeDebtor(const QString &name, const QString &state = QStringLiteral("SP"),
                      const QDate &placedOn = QDate(2026, 6, 1));
    QUuid addDebtor(const QString &name, const QString &state = QStringLiteral("SP"),
                    const QDate &placedOn = QDate(2026, 6, 1));
    void addTitle(const QUuid &debtor, const QString &number, const QDate &due, qint64 openCents,
                  qint64 principalCents = -1);
    static Activity makeActivity(const QUuid &debtor, Channel channel, Direction direction,
                                 const QString &result, const QDateTime &at,
                                 const QString &summary = {}, const QString &body = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    int activityCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_documents = 0;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("quita.sqlite")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO creditor (id, name, document) VALUES (?, ?, ?)"));
    q.addBindValue(idText(kCreditor));
    q.addBindValue(QStringLiteral("Banco Azul S.A."));
    q.addBindValue(QStringLiteral("12ABC34501DE35"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO portfolio (id, creditor_id, name) VALUES (?, ?, ?)"));
    q.addBindValue(idText(kPortfolio));
    q.addBindValue(idText(kCreditor));
    q.addBindValue(QStringLiteral("Cartões 2026"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Debtor TestRepositories::makeDebtor(const QString &name, const QString &state,
                                    const QDate &placedOn)
{
    Debtor d;
    d.id = QUuid::createUuid();
    d.portfolioId = kPortfolio;
    d.name = name;
    d.document = cpf(++m_documents);
    d.address = {QStringLiteral("Rua das Flores, 120"), QStringLiteral("Centro"),
                 QStringLiteral("São Paulo"), state, QStringLiteral("01001000")};
    d.placedOn = placedOn;
    d.declaredMonthlyCapacity = Money::fromCents(45000);
    return d;
}

QUuid TestRepositories::addDebtor(const QString &name, const QString &state, const QDate &placedOn)
{
    const Debtor d = makeDebtor(name, state, placedOn);
    const Status inserted = DebtorRepository(db()).insert(d);
    if (!inserted)
        qWarning() << errorText(inserted);
    return inserted ? d.id : QUuid();
}

void TestRepositories::addTitle(const QUuid &debtor, const QString &number, const QDate &due,
                                qint64 openCents, qint64 principalCents)
{
    Title t;
    t.id = QUuid::createUuid();
    t.debtorId = debtor;
    t.number = number;
    t.kind = QStringLiteral("contract");
    t.issueDate = due.addMonths(-1);
    t.dueDate = due;
    t.principal = Money::fromCents(principalCents < 0 ? openCents : principalCents);
    t.openBalance = Money::fromCents(openCents);
    const Status inserted = DebtorRepository(db()).insertTitle(t);
    QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
}

Activity TestRepositories::makeActivity(const QUuid &debtor, Channel channel, Direction direction,
                                        const QString &result, const QDateTime &at,
                                        const QString &summary, const QString &body)
{
    Activity a;
    a.id = QUuid::createUuid();
    a.debtorId = debtor;
    a.channel = channel;
    a.direction = direction;
    a.result = result;
    a.occurredAt = at;
    a.agent = QStringLiteral("ana");
    a.summary = summary.isEmpty() ? result : summary;
    a.body = body;
    return a;
}

QVariant TestRepositories::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

int TestRepositories::activityCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM activity")).toInt();
}

// --- debtors, titles, contact points -------------------------------------------------

void TestRepositories::debtorInsertAndOverview()
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

void TestRepositories::debtorValidation_data()
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

void TestRepositories::debtorValidation()
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

void TestRepositories::debtorRefusedBySchema()
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

void TestRepositories::titleValidation_data()
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

void TestRepositories::titleValidation()
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

void TestRepositories::titlesSumIntoOverview()
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

void TestRepositories::contactPointsPrimaryFirst()
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

// --- activities ----------------------------------------------------------------------

void TestRepositories::activityValidation_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("callbackMinutes"); // after the contact; 0 = none
    QTest::addColumn<QString>("change");      // what to break besides
    QTest::addColumn<QString>("field");       // empty: accepted

    QTest::newRow("phone rpc") << Channel::Phone << "rpc" << 0 << ""
                               << "";
    QTest::newRow("sms read") << Channel::Sms << "read" << 0 << ""
                              << "";
    QTest::newRow("portal paid") << Channel::Portal << "paid" << 0 << ""
                                 << "";
    QTest::newRow("callback with a time") << Channel::Phone << "callback" << 60 << ""
                                          << "";
    QTest::newRow("read on the phone") << Channel::Phone << "read" << 0 << ""
                                       << "result";
    QTest::newRow("rpc by sms") << Channel::Sms << "rpc" << 0 << ""
                                << "result";
    QTest::newRow("unknown result") << Channel::Phone << "teleported" << 0 << ""
                                    << "result";
    QTest::newRow("no result") << Channel::Phone << "" << 0 << ""
                               << "result";
    QTest::newRow("callback without a time") << Channel::Phone << "callback" << 0 << ""
                                             << "callback_at";
    QTest::newRow("callback before the contact") << Channel::Visit << "callback" << -30 << ""
                                                 << "callback_at";
    QTest::newRow("no id") << Channel::Phone << "rpc" << 0 << "id"
                           << "id";
    QTest::newRow("no debtor") << Channel::Phone << "rpc" << 0 << "debtor"
                               << "debtor";
    QTest::newRow("no time") << Channel::Phone << "rpc" << 0 << "time"
                             << "occurred_at";
    QTest::newRow("summary too long") << Channel::Phone << "rpc" << 0 << "summary"
                                      << "summary";
    QTest::newRow("summary of 500 characters") << Channel::Phone << "rpc" << 0 << "summary500"
                                               << "";
}

void TestRepositories::activityValidation()
{
    QFETCH(Channel, channel);
    QFETCH(QString, result);
    QFETCH(int, callbackMinutes);
    QFETCH(QString, change);
    QFETCH(QString, field);

    const QUuid debtor = addDebtor(QStringLiteral("Paulo"));
    Activity a = makeActivity(debtor, channel, Direction::Outbound, result,
                              m_clock.nowUtc().addSecs(-3600), QStringLiteral("Contato"));
    if (callbackMinutes != 0)
        a.callbackAt = a.occurredAt.addSecs(callbackMinutes * 60);
    if (change == QLatin1String("id"))
        a.id = QUuid();
    else if (change == QLatin1String("debtor"))
        a.debtorId = QUuid();
    else if (change == QLatin1String("time"))
        a.occurredAt = QDateTime();
    else if (change == QLatin1String("summary"))
        a.summary = QString(501, QLatin1Char('x'));
    else if (change == QLatin1String("summary500"))
        a.summary = QString(500, QLatin1Char('x'));

    const Status valid = ActivityRepository::validate(a);
    ActivityRepository repo(db());
    const Status inserted = repo.insert(a);
    if (field.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(errorText(valid)));
        QVERIFY2(inserted.ok(), qPrintable(errorText(inserted)));
        QCOMPARE(repo.count(debtor), 1);
        TimelineQuery all;
        all.debtorId = debtor;
        const QList<Activity> stored = repo.timeline(all);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).id, a.id);
        QCOMPARE(stored.at(0).channel, channel);
        QCOMPARE(stored.at(0).result, result);
        QCOMPARE(stored.at(0).occurredAt, a.occurredAt);
        QCOMPARE(stored.at(0).callbackAt, a.callbackAt);
        QCOMPARE(stored.at(0).summary, a.summary);
    } else {
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().field, field);
        QVERIFY(!valid.error().message.isEmpty());
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().field, field);
        QCOMPARE(activityCount(), 0);
    }
}

void TestRepositories::timelinePagesNewestFirst()
{
    const QUuid debtor = addDebtor(QStringLiteral("Rita Gomes"));
    const QUuid other = addDebtor(QStringLiteral("Outra Pessoa"));
    ActivityRepository repo(db());
    const QDateTime t(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    QList<Activity> mine;
    const auto add = [&](const QUuid &who, Channel c, Direction d, const char *result,
                         int hoursAgo) {
        const Activity a =
            makeActivity(who, c, d, QString::fromLatin1(result), t.addSecs(-3600 * hoursAgo));
        const Status s = repo.insert(a);
        if (!s)
            qWarning() << errorText(s);
        if (who == debtor)
            mine << a;
    };
    add(debtor, Channel::Phone, Direction::Outbound, "no_answer", 1);
    add(debtor, Channel::Sms, Direction::Outbound, "delivered", 2);
    // Three at the same instant: the first page ends in the middle of them.
    add(debtor, Channel::Phone, Direction::Outbound, "rpc", 3);
    add(debtor, Channel::Whatsapp, Direction::Inbound, "replied", 3);
    add(debtor, Channel::Email, Direction::Outbound, "sent", 3);
    add(debtor, Channel::Phone, Direction::Outbound, "ptp", 5);
    add(debtor, Channel::Portal, Direction::Inbound, "simulated", 6);
    add(debtor, Channel::Visit, Direction::Outbound, "rpc", 7);
    for (int h = 0; h < 8; ++h)
        add(other, Channel::Phone, Direction::Outbound, "busy", h);
    QCOMPARE(repo.count(debtor), 8);
    QCOMPARE(repo.count(other), 8);

    const QList<QUuid> expected = timelineOrder(mine);
    const auto pages = [&](TimelineQuery query, QList<int> *sizes) {
        QList<QUuid> seen;
        for (int guard = 0; guard < 20; ++guard) {
            const QList<Activity> page = repo.timeline(query);
            sizes->append(int(page.size()));
            if (page.isEmpty())
                break;
            seen << idsOf(page);
            query.beforeAt = page.last().occurredAt;
            query.beforeId = page.last().id;
        }
        return seen;
    };

    TimelineQuery query;
    query.debtorId = debtor;
    query.limit = 3;
    QList<int> sizes;
    const QList<QUuid> all = pages(query, &sizes);
    QCOMPARE(sizes, (QList<int>{3, 3, 2, 0}));
    QCOMPARE(all, expected); // nothing lost, nothing repeated, newest first

    // The filtered query pages the same way.
    query.direction = Direction::Outbound;
    query.limit = 2;
    sizes.clear();
    QList<QUuid> expectedOutbound;
    for (const QUuid &id : expected)
        for (const auto &a : mine)
            if (a.id == id && a.direction == Direction::Outbound)
                expectedOutbound << id;
    QCOMPARE(expectedOutbound.size(), 6);
    QCOMPARE(pages(query, &sizes), expectedOutbound);
    QCOMPARE(sizes, (QList<int>{2, 2, 2, 0}));

    // A page bigger than the timeline, and the default limit.
    query = {};
    query.debtorId = debtor;
    QCOMPARE(idsOf(repo.timeline(query)), expected);
    query.debtorId = QUuid::createUuid();
    QVERIFY(repo.timeline(query).isEmpty());
}

void TestRepositories::timelineFilters()
{
    const QUuid debtor = addDebtor(QStringLiteral("Sérgio Dias"));
    const QUuid other = addDebtor(QStringLiteral("Outra Pessoa"));
    ActivityRepository repo(db());
    const QDateTime t(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    QHash<QString, QUuid> id;
    const auto add = [&](const QString &key, const QUuid &who, Channel c, Direction d,
                         const char *result, int hoursAgo) {
        const Activity a =
            makeActivity(who, c, d, QString::fromLatin1(result), t.addSecs(-3600 * hoursAgo));
        QVERIFY(repo.insert(a).ok());
        id.insert(key, a.id);
    };
    add(QStringLiteral("call1"), debtor, Channel::Phone, Direction::Outbound, "no_answer", 1);
    add(QStringLiteral("sms"), debtor, Channel::Sms, Direction::Outbound, "delivered", 2);
    add(QStringLiteral("call2"), debtor, Channel::Phone, Direction::Outbound, "rpc", 3);
    add(QStringLiteral("wa"), debtor, Channel::Whatsapp, Direction::Inbound, "replied", 4);
    add(QStringLiteral("call3"), debtor, Channel::Phone, Direction::Inbound, "ptp", 5);
    add(QStringLiteral("visit"), debtor, Channel::Visit, Direction::Outbound, "rpc", 6);
    add(QStringLiteral("x"), other, Channel::Phone, Direction::Outbound, "rpc", 1);

    const auto run = [&](QSet<Channel> channels, std::optional<Direction> direction,
                         QStringList results) {
        TimelineQuery q;
        q.debtorId = debtor;
        q.channels = std::move(channels);
        q.direction = direction;
        q.results = std::move(results);
        return idsOf(repo.timeline(q));
    };
    const auto ids = [&](std::initializer_list<const char *> keys) {
        QList<QUuid> list;
        for (const char *k : keys)
            list << id.value(QString::fromLatin1(k));
        return list;
    };

    QCOMPARE(run({Channel::Phone}, std::nullopt, {}), ids({"call1", "call2", "call3"}));
    QCOMPARE(run({Channel::Phone, Channel::Sms}, std::nullopt, {}),
             ids({"call1", "sms", "call2", "call3"}));
    QCOMPARE(run({}, Direction::Inbound, {}), ids({"wa", "call3"}));
    QCOMPARE(run({}, Direction::Outbound, {}), ids({"call1", "sms", "call2", "visit"}));
    QCOMPARE(run({}, std::nullopt, {QStringLiteral("rpc"), QStringLiteral("ptp")}),
             ids({"call2", "call3", "visit"}));
    QCOMPARE(run({Channel::Phone}, Direction::Outbound, {QStringLiteral("rpc")}), ids({"call2"}));
    QCOMPARE(run({Channel::Visit, Channel::Whatsapp}, Direction::Inbound, {}), ids({"wa"}));
    QVERIFY(run({Channel::Letter}, std::nullopt, {}).isEmpty());
    QVERIFY(run({}, std::nullopt, {QStringLiteral("teleported")}).isEmpty());
    QVERIFY(run({Channel::Sms}, Direction::Inbound, {}).isEmpty());
    QCOMPARE(run({}, std::nullopt, {}).size(), 6);
}

void TestRepositories::timelineTextSearch()
{
    const QUuid debtor = addDebtor(QStringLiteral("Tereza Costa"));
    const QUuid other = addDebtor(QStringLiteral("Outra Pessoa"));
    ActivityRepository repo(db());
    const QDateTime t(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

    const Activity call = makeActivity(
        debtor, Channel::Phone, Direction::Outbound, QStringLiteral("no_answer"), t.addSecs(-3600),
        QStringLiteral("Ligação sem resposta"), QStringLiteral("Tocou até cair"));
    const Activity promise =
        makeActivity(debtor, Channel::Phone, Direction::Outbound, QStringLiteral("ptp"),
                     t.addSecs(-7200), QStringLiteral("Promessa registrada"),
                     QStringLiteral("Cliente prometeu pagar via PIX na sexta"));
    const Activity sms = makeActivity(
        debtor, Channel::Sms, Direction::Outbound, QStringLiteral("sent"), t.addSecs(-9000),
        QStringLiteral("Lembrete enviado"), QStringLiteral("Olá, seu boleto vence amanhã"));
    const Activity theirs =
        makeActivity(other, Channel::Phone, Direction::Outbound, QStringLiteral("third_party"),
                     t.addSecs(-60), QStringLiteral("Ligação atendida por terceiro"));
    for (const Activity &a : {call, promise, sms, theirs})
        QVERIFY(repo.insert(a).ok());

    const auto search = [&](const QUuid &who, const QString &text, QSet<Channel> channels = {}) {
        TimelineQuery q;
        q.debtorId = who;
        q.text = text;
        q.channels = std::move(channels);
        return idsOf(repo.timeline(q));
    };

    QCOMPARE(search(debtor, QStringLiteral("ligacao")), QList<QUuid>{call.id});
    QCOMPARE(search(debtor, QStringLiteral("LIGAÇÃO")), QList<QUuid>{call.id});
    QCOMPARE(search(debtor, QStringLiteral("liga")), QList<QUuid>{call.id});  // prefix
    QCOMPARE(search(debtor, QStringLiteral("tocou")), QList<QUuid>{call.id}); // body
    QCOMPARE(search(debtor, QStringLiteral("ate")), QList<QUuid>{call.id});   // "até"
    QCOMPARE(search(debtor, QStringLiteral("pix sexta")), QList<QUuid>{promise.id});
    QCOMPARE(search(debtor, QStringLiteral("sexta, pix!")), QList<QUuid>{promise.id});
    QCOMPARE(search(debtor, QStringLiteral("amanha boleto")), QList<QUuid>{sms.id});
    QVERIFY(search(debtor, QStringLiteral("pix domingo")).isEmpty()); // every word required
    QVERIFY(search(debtor, QStringLiteral("geladeira")).isEmpty());
    QVERIFY(search(debtor, QStringLiteral("ligacao"), {Channel::Sms}).isEmpty());
    QCOMPARE(search(debtor, QStringLiteral("lembrete"), {Channel::Sms}), QList<QUuid>{sms.id});

    // The search stays inside the debtor's own timeline.
    QCOMPARE(search(other, QStringLiteral("ligacao")), QList<QUuid>{theirs.id});
    QVERIFY(search(other, QStringLiteral("tocou")).isEmpty());
    QVERIFY(search(debtor, QStringLiteral("terceiro")).isEmpty());

    // Nothing searchable is no text filter at all.
    QCOMPARE(search(debtor, QStringLiteral("   ")).size(), 3);
    QCOMPARE(search(debtor, QStringLiteral("?!")).size(), 3);

    // Words only match what the activity says, not the index's own bookkeeping: the
    // debtor's key token ("d" + rowid) is not text the agent wrote.
    const qint64 rowid =
        scalar(QStringLiteral("SELECT rowid FROM debtor WHERE id = ?"), {idText(debtor)})
            .toLongLong();
    QVERIFY(rowid > 0);
    QCOMPARE(search(debtor, QStringLiteral("d%1").arg(rowid)).size(), 0);
}

void TestRepositories::contactHistoryLocalHours()
{
    const QUuid debtor = addDebtor(QStringLiteral("Vera Moura"));
    const QUuid other = addDebtor(QStringLiteral("Outra Pessoa"));
    ActivityRepository repo(db());
    const QDate day(2026, 11, 10);
    const auto at = [&](int h, int m) { return QDateTime(day, QTime(h, m), Qt::UTC); };
    const auto add = [&](const QUuid &who, Channel c, Direction d, const char *result,
                         const QDateTime &when) {
        QVERIFY(repo.insert(makeActivity(who, c, d, QString::fromLatin1(result), when)).ok());
    };
    // 14h UTC is 11h in São Paulo.
    add(debtor, Channel::Phone, Direction::Outbound, "no_answer", at(14, 10));
    add(debtor, Channel::Phone, Direction::Outbound, "rpc", at(14, 50));
    add(debtor, Channel::Phone, Direction::Outbound, "busy", at(14, 20));
    // Early UTC hours wrap to the evening before.
    add(debtor, Channel::Sms, Direction::Outbound, "read", at(1, 30));
    add(debtor, Channel::Whatsapp, Direction::Outbound, "delivered", at(0, 15));
    add(debtor, Channel::Email, Direction::Outbound, "sent", at(12, 0));
    add(debtor, Channel::Email, Direction::Outbound, "replied", at(12, 59));
    // Not attempts: inbound contacts and other debtors.
    add(debtor, Channel::Phone, Direction::Inbound, "rpc", at(14, 0));
    add(other, Channel::Phone, Direction::Outbound, "rpc", at(14, 0));

    const QList<ContactHistoryCell> local = repo.contactHistory(debtor, -3 * 3600);
    QCOMPARE(cellsText(local),
             (QStringList{QStringLiteral("email@9:2/1"), QStringLiteral("phone@11:3/1"),
                          QStringLiteral("sms@22:1/1"), QStringLiteral("whatsapp@21:1/0")}));
    const QList<ContactHistoryCell> utc = repo.contactHistory(debtor, 0);
    QCOMPARE(cellsText(utc),
             (QStringList{QStringLiteral("email@12:2/1"), QStringLiteral("phone@14:3/1"),
                          QStringLiteral("sms@1:1/1"), QStringLiteral("whatsapp@0:1/0")}));
    // Acre is UTC-5.
    QCOMPARE(cellsText(repo.contactHistory(debtor, -5 * 3600)),
             (QStringList{QStringLiteral("email@7:2/1"), QStringLiteral("phone@9:3/1"),
                          QStringLiteral("sms@20:1/1"), QStringLiteral("whatsapp@19:1/0")}));

    // sms at 22h: (1 + 1) / (1 + 2) beats e-mail (1 + 1) / (2 + 2) and phone 2/5.
    const auto best = recommendContact(local);
    QVERIFY(best.has_value());
    QCOMPARE(best->channel, Channel::Sms);
    QCOMPARE(best->localHour, 22);

    QVERIFY(repo.contactHistory(QUuid::createUuid(), -3 * 3600).isEmpty());
}

// --- promises ------------------------------------------------------------------------

void TestRepositories::promiseValidation_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("field"); // empty: accepted

    const QDate today(2026, 11, 23);
    QTest::newRow("today") << today << qint64(10000) << "";
    QTest::newRow("next week") << today.addDays(7) << qint64(1) << "";
    QTest::newRow("yesterday") << today.addDays(-1) << qint64(10000) << "promise_due";
    QTest::newRow("last year") << today.addYears(-1) << qint64(10000) << "promise_due";
    QTest::newRow("no date") << QDate() << qint64(10000) << "promise_due";
    QTest::newRow("zero amount") << today.addDays(3) << qint64(0) << "promise_amount";
    QTest::newRow("negative amount") << today.addDays(3) << qint64(-500) << "promise_amount";
}

void TestRepositories::promiseValidation()
{
    QFETCH(QDate, due);
    QFETCH(qint64, cents);
    QFETCH(QString, field);

    Promise p;
    p.id = QUuid::createUuid();
    p.debtorId = QUuid::createUuid();
    p.dueDate = due;
    p.amount = Money::fromCents(cents);
    const Status valid = PromiseRepository::validate(p, m_clock.today());
    if (field.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(errorText(valid)));
    } else {
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().field, field);
        QVERIFY(!valid.error().message.isEmpty());
    }
}

void TestRepositories::promiseInsertUpdatesDebtor()
{
    const QUuid debtor = addDebtor(QStringLiteral("Wagner Rocha"));
    PromiseRepository promises(db());
    DebtorRepository debtors(db());
    const auto make = [&](const QDate &due, qint64 cents) {
        Promise p;
        p.id = QUuid::createUuid();
        p.debtorId = debtor;
        p.dueDate = due;
        p.amount = Money::fromCents(cents);
        return p;
    };
    const Promise later = make(QDate(2026, 12, 5), 30000);
    const Promise sooner = make(QDate(2026, 12, 1), 20000);
    QVERIFY(promises.insert(later).ok());
    QCOMPARE(debtors.overview(debtor)->openPromiseDue, QDate(2026, 12, 5));
    QVERIFY(promises.insert(sooner).ok());
    QCOMPARE(debtors.overview(debtor)->openPromiseDue, QDate(2026, 12, 1));

    const QList<Promise> stored = promises.forDebtor(debtor);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).id, later.id); // latest due first
    QCOMPARE(stored.at(0).amount, Money::fromCents(30000));
    QCOMPARE(stored.at(0).status, Promise::Status::Open);
    QCOMPARE(stored.at(1).dueDate, QDate(2026, 12, 1));

    // Kept: the next open promise is the one shown.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE promise SET status = 'kept' WHERE id = ?"));
    q.addBindValue(idText(sooner.id));
    QVERIFY(q.exec());
    QCOMPARE(debtors.overview(debtor)->openPromiseDue, QDate(2026, 12, 5));

    // Insert refuses what validate refuses (a zero amount), and the schema refuses an
    // unknown debtor.
    const Status zero = promises.insert(make(QDate(2026, 12, 9), 0));
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().field, QStringLiteral("promise_amount"));
    Promise orphan = make(QDate(2026, 12, 9), 100);
    orphan.debtorId = QUuid::createUuid();
    QVERIFY(!promises.insert(orphan).ok());
    QCOMPARE(promises.forDebtor(debtor).size(), 2);
}

// --- contact recorder ----------------------------------------------------------------

void TestRepositories::recorderRequiresPromiseForPtp()
{
    const QUuid debtor = addDebtor(QStringLiteral("Xavier Nunes"));
    ContactRecorder recorder(db());
    const Activity ptp = makeActivity(debtor, Channel::Phone, Direction::Outbound,
                                      QStringLiteral("ptp"), m_clock.nowUtc().addSecs(-60));

    const Status missing = recorder.record(ptp, std::nullopt, m_clock.today());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("promise_amount"));
    QCOMPARE(activityCount(), 0);

    Promise past;
    past.id = QUuid::createUuid();
    past.debtorId = debtor;
    past.activityId = ptp.id;
    past.dueDate = m_clock.today().addDays(-1);
    past.amount = Money::fromCents(10000);
    const Status pastDue = recorder.record(ptp, past, m_clock.today());
    QVERIFY(!pastDue.ok());
    QCOMPARE(pastDue.error().field, QStringLiteral("promise_due"));
    QCOMPARE(activityCount(), 0);

    // The activity itself is checked first.
    Activity wrong = ptp;
    wrong.result = QStringLiteral("read");
    const Status refused = recorder.record(wrong, std::nullopt, m_clock.today());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("result"));
    QCOMPARE(activityCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM promise")).toInt(), 0);
}

void TestRepositories::recorderIsAllOrNothing()
{
    const QUuid debtor = addDebtor(QStringLiteral("Yara Teixeira"));
    ContactRecorder recorder(db());
    const auto lastOutbound = [&]() {
        return scalar(QStringLiteral("SELECT last_outbound_at FROM debtor WHERE id = ?"),
                      {idText(debtor)});
    };

    // A promise already stored under the same id makes the second insert fail after the
    // activity was written.
    Promise existing;
    existing.id = QUuid::createUuid();
    existing.debtorId = debtor;
    existing.dueDate = m_clock.today().addDays(10);
    existing.amount = Money::fromCents(5000);
    QVERIFY(PromiseRepository(db()).insert(existing).ok());

    const Activity ptp =
        makeActivity(debtor, Channel::Phone, Direction::Outbound, QStringLiteral("ptp"),
                     m_clock.nowUtc().addSecs(-60), QStringLiteral("Prometeu pagar"));
    Promise clash = existing;
    clash.activityId = ptp.id;
    clash.dueDate = m_clock.today().addDays(2);
    const Status failed = recorder.record(ptp, clash, m_clock.today());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("sql"));
    QCOMPARE(activityCount(), 0);
    QVERIFY(lastOutbound().isNull());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_search")).toInt(), 0);
    QCOMPARE(PromiseRepository(db()).forDebtor(debtor).size(), 1);
    QCOMPARE(DebtorRepository(db()).overview(debtor)->openPromiseDue, existing.dueDate);

    // A promise for an unknown debtor (foreign key) rolls back the same way.
    Promise orphan = clash;
    orphan.id = QUuid::createUuid();
    orphan.debtorId = QUuid::createUuid();
    QVERIFY(!recorder.record(ptp, orphan, m_clock.today()).ok());
    QCOMPARE(activityCount(), 0);

    // No transaction was left open: the next contact goes through.
    Promise good = clash;
    good.id = QUuid::createUuid();
    const Status recorded = recorder.record(ptp, good, m_clock.today());
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));
    QCOMPARE(activityCount(), 1);
    QCOMPARE(lastOutbound().toLongLong(), ptp.occurredAt.toMSecsSinceEpoch());
}

void TestRepositories::recorderWritesActivityAndPromise()
{
    const QUuid debtor = addDebtor(QStringLiteral("Zuleica Barros"));
    ContactRecorder recorder(db());
    const Activity ptp =
        makeActivity(debtor, Channel::Visit, Direction::Outbound, QStringLiteral("ptp"),
                     m_clock.nowUtc().addSecs(-600), QStringLiteral("Visita com promessa"));
    Promise p;
    p.id = QUuid::createUuid();
    p.debtorId = debtor;
    p.activityId = ptp.id;
    p.dueDate = m_clock.today();
    p.amount = Money::fromCents(123456);
    const Status recorded = recorder.record(ptp, p, m_clock.today());
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));

    QCOMPARE(ActivityRepository(db()).count(debtor), 1);
    const QList<Promise> promises = PromiseRepository(db()).forDebtor(debtor);
    QCOMPARE(promises.size(), 1);
    QCOMPARE(promises.at(0).activityId, ptp.id);
    QCOMPARE(promises.at(0).amount, Money::fromCents(123456));
    QCOMPARE(DebtorRepository(db()).overview(debtor)->openPromiseDue, m_clock.today());

    // A plain contact needs no promise.
    const Activity call = makeActivity(debtor, Channel::Phone, Direction::Outbound,
                                       QStringLiteral("no_answer"), m_clock.nowUtc().addSecs(-60));
    QVERIFY(recorder.record(call, std::nullopt, m_clock.today()).ok());
    QCOMPARE(ActivityRepository(db()).count(debtor), 2);
}

// --- work queue ----------------------------------------------------------------------

void TestRepositories::workQueueOrder()
{
    const QDateTime now = m_clock.nowUtc();
    const QDate today = m_clock.today();
    const QDate longAgo = today.addDays(-100);
    ActivityRepository activities(db());
    PromiseRepository promises(db());

    const auto debtor = [&](const QString &name, qint64 cents,
                            const QDate &placed = QDate(2026, 1, 5),
                            const QString &state = QStringLiteral("SP")) {
        const QUuid id = addDebtor(name, state, placed);
        addTitle(id, QStringLiteral("T-") + name.left(3), today.addDays(-60), cents,
                 qMax<qint64>(cents, 100));
        return id;
    };
    const auto promise = [&](const QUuid &who, const QDate &due) {
        Promise p;
        p.id = QUuid::createUuid();
        p.debtorId = who;
        p.dueDate = due;
        p.amount = Money::fromCents(5000);
        QVERIFY(promises.insert(p).ok());
    };
    const auto contact = [&](const QUuid &who, Channel c, Direction d, const char *result,
                             const QDateTime &when, const QDateTime &callbackAt = {}) {
        Activity a = makeActivity(who, c, d, QString::fromLatin1(result), when);
        a.callbackAt = callbackAt;
        const Status s = activities.insert(a);
        QVERIFY2(s.ok(), qPrintable(errorText(s)));
    };

    const QUuid ana = debtor(QStringLiteral("Ana Promessa"), 10000);
    promise(ana, today);
    const QUuid bruno = debtor(QStringLiteral("Bruno Quebra"), 5000);
    promise(bruno, today.addDays(-1));
    const QUuid carla =
        debtor(QStringLiteral("Carla Retorno"), 7000, longAgo, QStringLiteral("RJ"));
    // A callback missed yesterday: due today in every time zone the tests may run in.
    contact(carla, Channel::Phone, Direction::Outbound, "callback", now.addSecs(-2 * 86400),
            now.addSecs(-86400));
    const QUuid diego = debtor(QStringLiteral("Diego Resposta"), 8000);
    contact(diego, Channel::Sms, Direction::Outbound, "sent", now.addSecs(-86400));
    contact(diego, Channel::Whatsapp, Direction::Inbound, "replied", now.addSecs(-3 * 3600));
    const QUuid eva = debtor(QStringLiteral("Eva Nova"), 1000, today.addDays(-2));
    const QUuid fabio = debtor(QStringLiteral("Fábio Grande"), 500000, longAgo);
    const QUuid lia = debtor(QStringLiteral("Lia Empate"), 2000, longAgo);
    const QUuid kiko = debtor(QStringLiteral("Kiko Empate"), 2000, longAgo);
    const QUuid hugo = debtor(QStringLiteral("Hugo Antigo"), 300000, longAgo);
    contact(hugo, Channel::Phone, Direction::Outbound, "no_answer", now.addSecs(-10 * 86400));
    // Not in the queue: paid off, and called yesterday.
    const QUuid iris = debtor(QStringLiteral("Iris Quitada"), 0, longAgo);
    const QUuid joao = debtor(QStringLiteral("João Recente"), 9000, longAgo);
    contact(joao, Channel::Phone, Direction::Outbound, "no_answer", now.addSecs(-86400));
    // A callback already answered by a later call is no longer due.
    const QUuid marta = debtor(QStringLiteral("Marta Atendida"), 9000, longAgo);
    contact(marta, Channel::Phone, Direction::Outbound, "callback", now.addSecs(-3 * 86400),
            now.addSecs(-2 * 86400));
    contact(marta, Channel::Phone, Direction::Outbound, "rpc", now.addSecs(-2 * 86400 + 60));

    WorkQueueRepository queue(db());
    QList<QueueEntry> entries = queue.build(now, today);
    QCOMPARE(entries.size(), 9);
    // The queue is built from the summary columns only; the details come on demand.
    for (const auto &e : std::as_const(entries)) {
        QVERIFY(e.rowid > 0);
        QVERIFY(!e.detailed);
        QVERIFY(e.debtorId.isNull());
        QVERIFY(e.name.isEmpty());
    }
    queue.fillDetails(entries, 2, 3);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const bool filled = i >= 2 && i < 5;
        QCOMPARE(entries.at(i).detailed, filled);
        QCOMPARE(entries.at(i).debtorId.isNull(), !filled);
    }
    queue.fillDetails(entries, 7, 100); // past the end: only what exists
    queue.fillDetails(entries, 100, 5); // nothing there
    QVERIFY(entries.at(8).detailed);
    QVERIFY(!entries.at(6).detailed);
    queue.fillDetails(entries, 0, entries.size());

    QList<QUuid> order;
    QList<QueueReason> reasons;
    for (const auto &e : std::as_const(entries)) {
        QVERIFY(e.detailed);
        order << e.debtorId;
        reasons << e.reason;
    }
    // Equal rank (Lia and Kiko owe the same): placement order, Lia was stored first.
    QCOMPARE(order, (QList<QUuid>{ana, bruno, carla, diego, eva, fabio, lia, kiko, hugo}));
    QCOMPARE(reasons, (QList<QueueReason>{QueueReason::PromiseDueToday, QueueReason::BrokenPromise,
                                          QueueReason::CallbackDue, QueueReason::InboundWaiting,
                                          QueueReason::NewPlacement, QueueReason::NeverContacted,
                                          QueueReason::NeverContacted, QueueReason::NeverContacted,
                                          QueueReason::FollowUp}));
    QVERIFY(!order.contains(iris));
    QVERIFY(!order.contains(joao));
    QVERIFY(!order.contains(marta));
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).rank <= entries.at(i).rank);

    // What each entry carries for the view.
    QCOMPARE(entries.at(0).name, QStringLiteral("Ana Promessa"));
    QCOMPARE(entries.at(0).promiseDue, today);
    QCOMPARE(entries.at(0).totalDue, Money::fromCents(10000));
    QCOMPARE(entries.at(0).oldestDueDate, today.addDays(-60));
    QCOMPARE(entries.at(0).document.size(), 11);
    QCOMPARE(entries.at(2).callbackAt, now.addSecs(-86400));
    QCOMPARE(entries.at(2).state, QStringLiteral("RJ"));
    QCOMPARE(entries.at(5).totalDue, Money::fromCents(500000));
    QCOMPARE(entries.at(5).name, QStringLiteral("Fábio Grande"));

    // A shorter new-placement window sends Eva down among the never contacted, by balance.
    QueueRulesConfig config;
    config.newPlacementDays = 1;
    QList<QueueEntry> shortEntries = queue.build(now, today, config);
    queue.fillDetails(shortEntries, 0, shortEntries.size());
    QList<QUuid> shortWindow;
    for (const auto &e : std::as_const(shortEntries))
        shortWindow << e.debtorId;
    QCOMPARE(shortWindow, (QList<QUuid>{ana, bruno, carla, diego, fabio, lia, kiko, eva, hugo}));

    // Tomorrow Ana's promise is broken too; the balance orders the two broken promises.
    QList<QueueEntry> tomorrowEntries = queue.build(now.addSecs(86400), today.addDays(1));
    queue.fillDetails(tomorrowEntries, 0, tomorrowEntries.size());
    QList<QUuid> tomorrow;
    for (const auto &e : std::as_const(tomorrowEntries))
        if (e.reason == QueueReason::BrokenPromise)
            tomorrow << e.debtorId;
    QCOMPARE(tomorrow, (QList<QUuid>{ana, bruno}));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
