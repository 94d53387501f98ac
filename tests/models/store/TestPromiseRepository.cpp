// Promises and the ContactRecorder that writes a contact and its promise together.
#include "RepositoryFixture.h"
#include "store/ActivityRepository.h"
#include "store/ContactRecorder.h"
#include "store/DebtorRepository.h"
#include "store/Outbox.h"
#include "store/PromiseRepository.h"
#include "store/PromiseUpdater.h"
#include "store/WorkQueueRepository.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace quita;
using namespace quita::test;

class TestPromiseRepository : public QObject, protected RepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void promiseValidation_data();
    void promiseValidation();
    void promiseInsertUpdatesDebtor();
    void recorderRequiresPromiseForPtp();
    void recorderIsAllOrNothing();
    void recorderWritesActivityAndPromise();
    void statusChangeQueuesItsMutation();
};

// --- promises ------------------------------------------------------------------------

void TestPromiseRepository::promiseValidation_data()
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

void TestPromiseRepository::promiseValidation()
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

void TestPromiseRepository::promiseInsertUpdatesDebtor()
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

void TestPromiseRepository::recorderRequiresPromiseForPtp()
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

void TestPromiseRepository::recorderIsAllOrNothing()
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

void TestPromiseRepository::recorderWritesActivityAndPromise()
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

void TestPromiseRepository::statusChangeQueuesItsMutation()
{
    const QUuid debtor = addDebtor(QStringLiteral("Wagner Lins"));
    const Activity ptp =
        makeActivity(debtor, Channel::Phone, Direction::Outbound, QStringLiteral("ptp"),
                     m_clock.nowUtc().addSecs(-600), QStringLiteral("Prometeu"));
    Promise p;
    p.id = QUuid::createUuid();
    p.debtorId = debtor;
    p.activityId = ptp.id;
    p.dueDate = m_clock.today().addDays(2);
    p.amount = Money::fromCents(5000);
    QVERIFY(ContactRecorder(db()).record(ptp, p, m_clock.today()).ok());
    Outbox outbox(db());
    const int before = outbox.pendingCount();

    PromiseUpdater updater(db());
    QVERIFY(updater.setStatus(p.id, Promise::Status::Kept, m_clock.nowUtc()).ok());
    QCOMPARE(PromiseRepository(db()).forDebtor(debtor).at(0).status, Promise::Status::Kept);
    QVERIFY(!DebtorRepository(db()).overview(debtor)->openPromiseDue.isValid());
    QCOMPARE(outbox.pendingCount(), before + 1);
    const OutboxEntry entry = outbox.oldest(100).value().last();
    QCOMPARE(entry.name, QStringLiteral("promise.update"));
    QCOMPARE(entry.args.value(QStringLiteral("id")).toString(),
             p.id.toString(QUuid::WithoutBraces));
    QCOMPARE(entry.args.value(QStringLiteral("status")).toString(), QStringLiteral("kept"));
    // Not acknowledged by the server yet (version 0): based on the server's first version.
    QCOMPARE(entry.args.value(QStringLiteral("base_version")).toInt(), 1);

    // Changed again before the first change went out: based on the version that one makes.
    QVERIFY(updater.setStatus(p.id, Promise::Status::Cancelled, m_clock.nowUtc()).ok());
    QCOMPARE(outbox.oldest(100).value().last().args.value(QStringLiteral("base_version")).toInt(),
             2);
    QCOMPARE(outbox.pendingCount(), before + 2);

    // The same status again, or a promise not on the desk: refused, nothing queued.
    QCOMPARE(updater.setStatus(p.id, Promise::Status::Cancelled, m_clock.nowUtc()).error().code,
             QStringLiteral("unchanged"));
    QCOMPARE(updater.setStatus(QUuid::createUuid(), Promise::Status::Cancelled, m_clock.nowUtc())
                 .error()
                 .field,
             QStringLiteral("promise"));
    QCOMPARE(outbox.pendingCount(), before + 2);
}

QTEST_GUILESS_MAIN(TestPromiseRepository)
#include "TestPromiseRepository.moc"
