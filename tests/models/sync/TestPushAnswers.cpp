// The server's answers to a push applied to the outbox, and the retry schedule.
#include "StoreTestHelpers.h"
#include "store/Outbox.h"
#include "sync/PushAnswers.h"
#include "sync/RetrySchedule.h"
#include "sync/SyncConflicts.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace quita;
using namespace quita::test;

class TestPushAnswers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestShape();
    void answersSortTheOutbox();
    void malformedAnswerKeepsEverything();
    void retrySchedule();

private:
    QList<OutboxEntry> queue(int n);
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(15, 0), Qt::UTC};
};

void TestPushAnswers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = openStore(m_dir->filePath(QStringLiteral("quita.sqlite")));
    QVERIFY(m_db);
}

void TestPushAnswers::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<OutboxEntry> TestPushAnswers::queue(int n)
{
    Outbox outbox(db());
    for (int i = 0; i < n; ++i)
        outbox.enqueue(QStringLiteral("promise.update"),
                       {{QStringLiteral("id"), idText(QUuid::createUuid())},
                        {QStringLiteral("base_version"), i},
                        {QStringLiteral("status"), QStringLiteral("kept")}});
    return outbox.oldest(n).value();
}

void TestPushAnswers::requestShape()
{
    const QList<OutboxEntry> entries = queue(2);
    const QJsonObject body = PushAnswers::request(QStringLiteral("desk-1"), entries);
    QCOMPARE(body.value(QLatin1String("client_id")).toString(), QStringLiteral("desk-1"));
    const QJsonArray mutations = body.value(QLatin1String("mutations")).toArray();
    QCOMPARE(mutations.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject m = mutations.at(i).toObject();
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.value(QLatin1String("mutation_id")).toString(),
                 idText(entries.at(i).mutationId));
        QCOMPARE(m.value(QLatin1String("name")).toString(), QStringLiteral("promise.update"));
        QCOMPARE(m.value(QLatin1String("args")).toObject(), entries.at(i).args);
    }
}

void TestPushAnswers::answersSortTheOutbox()
{
    const QList<OutboxEntry> sent = queue(7);
    const auto result = [&](int i, int status) {
        return QJsonObject{{QStringLiteral("mutation_id"), idText(sent.at(i).mutationId)},
                           {QStringLiteral("status"), status}};
    };
    QJsonObject stale = result(1, 409);
    stale.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("stale")},
                             {QStringLiteral("message"), QStringLiteral("changed on the server")}});
    stale.insert(QStringLiteral("current"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p")},
                                                        {QStringLiteral("version"), 4}});
    QJsonObject refused = result(2, 422);
    refused.insert(QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid")},
                               {QStringLiteral("field"), QStringLiteral("status")},
                               {QStringLiteral("message"), QStringLiteral("status: no")}});
    QJsonObject forbidden = result(3, 403);
    forbidden.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                 {QStringLiteral("message"), QStringLiteral("not yours")}});
    // 0 applied, 1 stale, 2 and 3 refused, 4 a server error, 5 no answer, 6 applied.
    const QJsonObject response{
        {QStringLiteral("results"),
         QJsonArray{result(0, 200), stale, refused, forbidden, result(4, 500), result(6, 200)}}};

    const auto summary = PushAnswers::apply(db(), sent, response, m_now);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->applied, 2);
    QCOMPARE(summary->conflicts, 3);
    QCOMPARE(summary->kept, 2);

    const QList<OutboxEntry> left = Outbox(db()).oldest(10).value();
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).mutationId, sent.at(4).mutationId);
    QCOMPARE(left.at(1).mutationId, sent.at(5).mutationId);
    QCOMPARE(left.at(0).attempts, 1);
    QVERIFY(!left.at(0).lastError.isEmpty());

    const QList<SyncConflict> conflicts = SyncConflicts(db()).unresolved();
    QCOMPARE(conflicts.size(), 3);
    QCOMPARE(conflicts.at(0).mutationId, sent.at(1).mutationId);
    QCOMPARE(conflicts.at(0).status, 409);
    QCOMPARE(conflicts.at(0).current.value(QLatin1String("version")).toInt(), 4);
    QCOMPARE(conflicts.at(0).error.message, QStringLiteral("changed on the server"));
    QCOMPARE(conflicts.at(0).args, sent.at(1).args);
    QCOMPARE(conflicts.at(0).name, QStringLiteral("promise.update"));
    QCOMPARE(conflicts.at(0).createdAt, m_now);
    QCOMPARE(conflicts.at(1).status, 422);
    QCOMPARE(conflicts.at(1).error.field, QStringLiteral("status"));
    QVERIFY(conflicts.at(1).current.isEmpty());
    QCOMPARE(conflicts.at(2).status, 403);
    QCOMPARE(SyncConflicts(db()).unresolvedCount(), 3);

    // The same answer again (a replayed push) files nothing twice.
    QVERIFY(PushAnswers::apply(db(), sent, response, m_now).ok());
    QCOMPARE(SyncConflicts(db()).unresolvedCount(), 3);
}

void TestPushAnswers::malformedAnswerKeepsEverything()
{
    const QList<OutboxEntry> sent = queue(3);
    const auto summary = PushAnswers::apply(db(), sent, QJsonObject{}, m_now);
    QVERIFY(summary.ok());
    QCOMPARE(summary->kept, 3);
    QCOMPARE(Outbox(db()).pendingCount(), 3);
    QCOMPARE(SyncConflicts(db()).unresolvedCount(), 0);
}

void TestPushAnswers::retrySchedule()
{
    RetrySchedule schedule;
    QList<int> delays;
    for (int i = 0; i < 9; ++i)
        delays << schedule.nextDelayMs();
    QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000}));
    QCOMPARE(schedule.failures(), 9);
    schedule.reset();
    QCOMPARE(schedule.nextDelayMs(), 1000);
    // Many failures never overflow past the cap.
    RetrySchedule small(200, 1500);
    for (int i = 0; i < 100; ++i)
        QVERIFY(small.nextDelayMs() <= 1500);
}

QTEST_GUILESS_MAIN(TestPushAnswers)
#include "TestPushAnswers.moc"
