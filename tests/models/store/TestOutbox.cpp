// The outbox, and the ContactRecorder writing a contact and its "activity.create"
// mutation in one transaction (docs/sync-protocol.md).
#include "RepositoryFixture.h"
#include "store/ActivityRepository.h"
#include "store/ContactRecorder.h"
#include "store/Outbox.h"
#include "store/PromiseRepository.h"

#include <QJsonDocument>
#include <QSemaphore>
#include <QTest>

#include <thread>

using namespace quita;
using namespace quita::test;

class TestOutbox : public QObject, protected RepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void enqueueKeepsOrderAndArgs();
    void enqueueJoinsTheCallersTransaction();
    void attemptsAndRemoval();
    void recorderQueuesTheContactWithItsRow();
    void recorderArgsOfACallback();
    void refusedContactQueuesNothing();
    void failedOutboxWriteKeepsNoRow();
    void contactWaitsForAnotherWriter();

private:
    int outboxCount() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
    }
    QJsonObject onlyArgs()
    {
        const auto entries = Outbox(db()).oldest(10);
        if (!entries || entries->size() != 1)
            return {};
        return entries->at(0).args;
    }
};

void TestOutbox::enqueueKeepsOrderAndArgs()
{
    Outbox outbox(db());
    QCOMPARE(outbox.pendingCount(), 0);
    const QDateTime at(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC);
    QList<QUuid> ids;
    for (int i = 0; i < 3; ++i) {
        const auto queued = outbox.enqueue(
            QStringLiteral("test.step"),
            {{QStringLiteral("n"), i}, {QStringLiteral("text"), QStringLiteral("passo %1").arg(i)}},
            at.addSecs(i));
        QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message));
        QVERIFY(!queued.value().isNull());
        ids << queued.value();
    }
    QCOMPARE(outbox.pendingCount(), 3);
    QCOMPARE(QSet<QUuid>(ids.begin(), ids.end()).size(), 3);

    const auto two = outbox.oldest(2);
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const OutboxEntry &e = two->at(i);
        QCOMPARE(e.mutationId, ids.at(i));
        QCOMPARE(e.name, QStringLiteral("test.step"));
        QCOMPARE(e.args.value(QLatin1String("n")).toInt(), i);
        QCOMPARE(e.args.value(QLatin1String("text")).toString(), QStringLiteral("passo %1").arg(i));
        QCOMPARE(e.createdAt, at.addSecs(i));
        QCOMPARE(e.attempts, 0);
        QVERIFY(e.lastError.isEmpty());
    }
    QVERIFY(two->at(0).seq < two->at(1).seq);
    // Stored as compact JSON text.
    QCOMPARE(
        scalar(QStringLiteral("SELECT args FROM outbox WHERE mutation_id = ?"), {idText(ids.at(0))})
            .toString(),
        QStringLiteral("{\"n\":0,\"text\":\"passo 0\"}"));
}

void TestOutbox::enqueueJoinsTheCallersTransaction()
{
    Outbox outbox(db());
    QVERIFY(db().transaction());
    QVERIFY(outbox.enqueue(QStringLiteral("test.step"), {}).ok());
    QCOMPARE(outbox.pendingCount(), 1);
    QVERIFY(db().rollback());
    QCOMPARE(outbox.pendingCount(), 0);
}

void TestOutbox::attemptsAndRemoval()
{
    Outbox outbox(db());
    const QUuid a = outbox.enqueue(QStringLiteral("test.a"), {}).value();
    const QUuid b = outbox.enqueue(QStringLiteral("test.b"), {}).value();
    const QUuid c = outbox.enqueue(QStringLiteral("test.c"), {}).value();

    QVERIFY(outbox.recordAttempt({a, b}, QStringLiteral("connection refused")).ok());
    QVERIFY(outbox.recordAttempt({a}, QStringLiteral("server error 503")).ok());
    auto entries = outbox.oldest(10);
    QVERIFY(entries.ok());
    QCOMPARE(entries->at(0).attempts, 2);
    QCOMPARE(entries->at(0).lastError, QStringLiteral("server error 503"));
    QCOMPARE(entries->at(1).attempts, 1);
    QCOMPARE(entries->at(2).attempts, 0);

    // Only the answered ones leave; an unknown id is no error.
    QVERIFY(outbox.remove({b, QUuid::createUuid()}).ok());
    entries = outbox.oldest(10);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).mutationId, a);
    QCOMPARE(entries->at(1).mutationId, c);
    QVERIFY(outbox.remove({a, c}).ok());
    QCOMPARE(outbox.pendingCount(), 0);
}

void TestOutbox::recorderQueuesTheContactWithItsRow()
{
    const QUuid debtor = addDebtor(QStringLiteral("Zuleica Barros"));
    const Activity ptp =
        makeActivity(debtor, Channel::Visit, Direction::Outbound, QStringLiteral("ptp"),
                     m_clock.nowUtc().addSecs(-600), QStringLiteral("Visita com promessa"),
                     QStringLiteral("Paga na sexta, \"sem falta\""));
    Promise p;
    p.id = QUuid::createUuid();
    p.debtorId = debtor;
    p.activityId = ptp.id;
    p.dueDate = QDate(2026, 11, 27);
    p.amount = Money::fromCents(123456);
    const Status recorded = ContactRecorder(db()).record(ptp, p, m_clock.today());
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));

    QCOMPARE(activityCount(), 1);
    QCOMPARE(PromiseRepository(db()).forDebtor(debtor).size(), 1);
    const auto entries = Outbox(db()).oldest(10);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).name, QStringLiteral("activity.create"));
    QCOMPARE(entries->at(0).createdAt.isValid(), true);

    // Exactly the protocol's shape: no agent (the server sets it), the promise nested.
    const QJsonObject expected{
        {QStringLiteral("id"), idText(ptp.id)},
        {QStringLiteral("debtor_id"), idText(debtor)},
        {QStringLiteral("channel"), QStringLiteral("visit")},
        {QStringLiteral("direction"), QStringLiteral("outbound")},
        {QStringLiteral("result"), QStringLiteral("ptp")},
        {QStringLiteral("occurred_at"), ptp.occurredAt.toMSecsSinceEpoch()},
        {QStringLiteral("summary"), QStringLiteral("Visita com promessa")},
        {QStringLiteral("body"), QStringLiteral("Paga na sexta, \"sem falta\"")},
        {QStringLiteral("callback_at"), QJsonValue::Null},
        {QStringLiteral("promise"),
         QJsonObject{{QStringLiteral("id"), idText(p.id)},
                     {QStringLiteral("due_on"), QStringLiteral("2026-11-27")},
                     {QStringLiteral("amount_cents"), 123456}}}};
    const QJsonObject args = entries->at(0).args;
    QVERIFY2(args == expected, QJsonDocument(args).toJson().constData());
    QCOMPARE(args, ContactRecorder::activityCreateArgs(ptp, p));
    // Whole milliseconds, as a JSON number.
    QVERIFY(args.value(QLatin1String("occurred_at")).isDouble());
}

void TestOutbox::recorderArgsOfACallback()
{
    const QUuid debtor = addDebtor(QStringLiteral("Ulisses Prado"));
    Activity call = makeActivity(debtor, Channel::Phone, Direction::Outbound,
                                 QStringLiteral("callback"), m_clock.nowUtc().addSecs(-60));
    call.callbackAt = m_clock.nowUtc().addSecs(7200);
    call.summary.clear();
    QVERIFY(ContactRecorder(db()).record(call, std::nullopt, m_clock.today()).ok());
    const QJsonObject args = onlyArgs();
    QCOMPARE(args.value(QLatin1String("callback_at")).toInteger(),
             call.callbackAt.toMSecsSinceEpoch());
    QVERIFY(args.value(QLatin1String("promise")).isNull());
    // Empty text travels as "", never null.
    QVERIFY(args.value(QLatin1String("summary")).isString());
    QCOMPARE(args.value(QLatin1String("summary")).toString(), QString());
    QCOMPARE(args.value(QLatin1String("body")).toString(), QString());
    QCOMPARE(args.value(QLatin1String("channel")).toString(), QStringLiteral("phone"));
    QVERIFY(!args.contains(QLatin1String("agent")));
    QCOMPARE(args.size(), 10);
}

void TestOutbox::refusedContactQueuesNothing()
{
    const QUuid debtor = addDebtor(QStringLiteral("Xavier Nunes"));
    ContactRecorder recorder(db());

    // Refused by validation.
    Activity wrong = makeActivity(debtor, Channel::Phone, Direction::Outbound,
                                  QStringLiteral("read"), m_clock.nowUtc().addSecs(-60));
    QVERIFY(!recorder.record(wrong, std::nullopt, m_clock.today()).ok());
    const Activity ptp = makeActivity(debtor, Channel::Phone, Direction::Outbound,
                                      QStringLiteral("ptp"), m_clock.nowUtc().addSecs(-60));
    QVERIFY(!recorder.record(ptp, std::nullopt, m_clock.today()).ok());
    QCOMPARE(outboxCount(), 0);

    // Refused by the store after the activity was written (the promise id is taken).
    Promise existing;
    existing.id = QUuid::createUuid();
    existing.debtorId = debtor;
    existing.dueDate = m_clock.today().addDays(10);
    existing.amount = Money::fromCents(5000);
    QVERIFY(PromiseRepository(db()).insert(existing).ok());
    Promise clash = existing;
    clash.activityId = ptp.id;
    const Status failed = recorder.record(ptp, clash, m_clock.today());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("sql"));
    QCOMPARE(activityCount(), 0);
    QCOMPARE(outboxCount(), 0);
}

void TestOutbox::failedOutboxWriteKeepsNoRow()
{
    const QUuid debtor = addDebtor(QStringLiteral("Yara Teixeira"));
    QVERIFY(execSql(db(), QStringLiteral("CREATE TEMP TRIGGER outbox_full BEFORE INSERT ON "
                                         "outbox BEGIN SELECT RAISE(ABORT, 'outbox full'); END")));
    const Activity ptp = makeActivity(debtor, Channel::Phone, Direction::Outbound,
                                      QStringLiteral("ptp"), m_clock.nowUtc().addSecs(-60));
    Promise p;
    p.id = QUuid::createUuid();
    p.debtorId = debtor;
    p.activityId = ptp.id;
    p.dueDate = m_clock.today().addDays(3);
    p.amount = Money::fromCents(9900);
    const Status failed = ContactRecorder(db()).record(ptp, p, m_clock.today());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, QStringLiteral("sql"));
    QVERIFY2(failed.error().message.contains(QLatin1String("outbox full")),
             qPrintable(failed.error().message));
    QCOMPARE(activityCount(), 0);
    QCOMPARE(PromiseRepository(db()).forDebtor(debtor).size(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM activity_search")).toInt(), 0);
    QVERIFY(scalar(QStringLiteral("SELECT open_promise_due_on FROM debtor WHERE id = ?"),
                   {idText(debtor)})
                .isNull());

    // Once the outbox takes writes again, the same contact goes through.
    QVERIFY(execSql(db(), QStringLiteral("DROP TRIGGER outbox_full")));
    QVERIFY(ContactRecorder(db()).record(ptp, p, m_clock.today()).ok());
    QCOMPARE(activityCount(), 1);
    QCOMPARE(outboxCount(), 1);
}

void TestOutbox::contactWaitsForAnotherWriter()
{
    const QUuid debtor = addDebtor(QStringLiteral("Wanda Reis"));
    const QString path = m_dir->filePath(QStringLiteral("quita.sqlite"));
    // Another connection (the sync engine's, on its thread) is writing when the agent
    // saves a contact through a connection that has not touched the search tables yet.
    QSemaphore locked;
    QSemaphore release;
    std::thread writer([&] {
        {
            auto other = openStore(path);
            QSqlDatabase db = other->connection();
            QVERIFY(execSql(db, QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(execSql(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                               "('test', 1)")));
            locked.release();
            release.tryAcquire(1, 300); // hold the lock a moment
            QVERIFY(db.commit());
        }
    });
    locked.acquire();
    auto fresh = openStore(path);
    const Activity call =
        makeActivity(debtor, Channel::Phone, Direction::Outbound, QStringLiteral("rpc"),
                     m_clock.nowUtc().addSecs(-60), QStringLiteral("Falou com a devedora"));
    const Status recorded =
        ContactRecorder(fresh->connection()).record(call, std::nullopt, m_clock.today());
    writer.join();
    // It waited for the lock instead of failing with "database is locked".
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));
    QCOMPARE(activityCount(), 1);
    QCOMPARE(outboxCount(), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
