// Today's queue built from the store: order by reason and balance.
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

class TestWorkQueueRepository : public QObject, protected RepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void workQueueOrder();
};

// --- work queue ----------------------------------------------------------------------

void TestWorkQueueRepository::workQueueOrder()
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

QTEST_GUILESS_MAIN(TestWorkQueueRepository)
#include "TestWorkQueueRepository.moc"
