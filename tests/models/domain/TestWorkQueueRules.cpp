#include "domain/WorkQueueRules.h"

#include <QTest>

using namespace quita;

namespace {

// The desk's "now" for every case: noon of the desk's own (local) day, so the hours
// before and after stay on the same calendar day wherever the tests run (decideQueue
// reads a callback's day in the machine's local time, like Clock::today()).
const QDate kToday(2026, 11, 23);
const QDateTime kNow = QDateTime(kToday, QTime(12, 0)).toUTC();
constexpr qint64 kDay = 86400;

// A debtor who owes, was placed long ago and was called yesterday: not in the queue.
QueueFacts quietDebtor(qint64 cents = 150000)
{
    QueueFacts f;
    f.placedOn = kToday.addDays(-90);
    f.oldestDueDate = kToday.addDays(-40);
    f.totalDue = Money::fromCents(cents);
    f.lastOutboundAt = kNow.addSecs(-kDay);
    return f;
}

int reasonOrNone(const std::optional<QueueDecision> &d)
{
    return d ? int(d->reason) : -1;
}

constexpr int kNone = -1;

} // namespace

class TestWorkQueueRules : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void priorityOrder();
    void reasonRanksDominateBalances();
    void largerBalanceFirstInsideReason_data();
    void largerBalanceFirstInsideReason();
    void agreementReasons();
    void configNewPlacementDays();
    void configFollowUpDays();
    void reasonNames_data();
    void reasonNames();
};

void TestWorkQueueRules::decide_data()
{
    QTest::addColumn<QDate>("promiseDue");
    QTest::addColumn<QDateTime>("callbackAt");
    QTest::addColumn<QDateTime>("inboundAt");
    QTest::addColumn<QDateTime>("outboundAt");
    QTest::addColumn<QDate>("placedOn");
    QTest::addColumn<QDate>("oldestDue");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("expected");

    const QDate none;
    const QDateTime never;
    const QDate old = kToday.addDays(-90);
    const QDate pastDue = kToday.addDays(-40);
    const QDateTime earlierToday = kNow.addSecs(-2 * 3600);
    const QDateTime anHourAgo = kNow.addSecs(-3600);
    const qint64 owes = 150000;

    // Each case holds the triggers of its reason and of every reason below it: the
    // first matching reason wins.
    QTest::newRow("promise due today beats all")
        << kToday << earlierToday << anHourAgo << never << kToday.addDays(-1) << pastDue << owes
        << int(QueueReason::PromiseDueToday);
    QTest::newRow("broken promise beats callback")
        << kToday.addDays(-2) << earlierToday << anHourAgo << never << kToday.addDays(-1) << pastDue
        << owes << int(QueueReason::BrokenPromise);
    QTest::newRow("callback due beats inbound waiting")
        << none << earlierToday << anHourAgo << never << kToday.addDays(-1) << pastDue << owes
        << int(QueueReason::CallbackDue);
    QTest::newRow("inbound waiting beats new placement")
        << none << never << anHourAgo << never << kToday.addDays(-1) << pastDue << owes
        << int(QueueReason::InboundWaiting);
    QTest::newRow("new placement beats never contacted")
        << none << never << never << never << kToday.addDays(-1) << pastDue << owes
        << int(QueueReason::NewPlacement);
    QTest::newRow("never contacted") << none << never << never << never << old << pastDue << owes
                                     << int(QueueReason::NeverContacted);
    QTest::newRow("never contacted, placement unknown")
        << none << never << never << never << none << pastDue << owes
        << int(QueueReason::NeverContacted);
    QTest::newRow("follow-up") << none << never << never << kNow.addSecs(-6 * kDay) << old
                               << pastDue << owes << int(QueueReason::FollowUp);
    QTest::newRow("quiet debtor") << none << never << never << kNow.addSecs(-kDay) << old << pastDue
                                  << owes << kNone;

    // Promises.
    QTest::newRow("promise in the future is not a reason")
        << kToday.addDays(3) << never << never << kNow.addSecs(-kDay) << old << pastDue << owes
        << kNone;
    QTest::newRow("future promise falls through to follow-up")
        << kToday.addDays(3) << never << never << kNow.addSecs(-6 * kDay) << old << pastDue << owes
        << int(QueueReason::FollowUp);
    QTest::newRow("promise due today while owing nothing")
        << kToday << never << never << kNow.addSecs(-kDay) << old << none << qint64(0)
        << int(QueueReason::PromiseDueToday);
    QTest::newRow("promise broken yesterday")
        << kToday.addDays(-1) << never << never << kNow.addSecs(-kDay) << old << pastDue << owes
        << int(QueueReason::BrokenPromise);

    // Nothing owed, nothing pending.
    QTest::newRow("owes nothing, never contacted")
        << none << never << never << never << kToday.addDays(-1) << none << qint64(0) << kNone;
    QTest::newRow("owes nothing, called long ago")
        << none << never << never << kNow.addSecs(-60 * kDay) << old << none << qint64(0) << kNone;
    QTest::newRow("credit balance")
        << none << never << never << never << old << none << qint64(-500) << kNone;
    QTest::newRow("inbound waiting while owing nothing")
        << none << never << anHourAgo << kNow.addSecs(-kDay) << old << none << qint64(0)
        << int(QueueReason::InboundWaiting);

    // Inbound.
    QTest::newRow("inbound after last outbound is waiting")
        << none << never << anHourAgo << earlierToday << old << pastDue << owes
        << int(QueueReason::InboundWaiting);
    QTest::newRow("inbound older than last outbound is answered")
        << none << never << kNow.addSecs(-2 * kDay) << kNow.addSecs(-kDay) << old << pastDue << owes
        << kNone;
    QTest::newRow("inbound at the same instant as outbound is answered")
        << none << never << anHourAgo << anHourAgo << old << pastDue << owes << kNone;

    // Callbacks.
    QTest::newRow("callback tomorrow is not due")
        << none << kNow.addSecs(kDay) << never << anHourAgo << old << pastDue << owes << kNone;
    QTest::newRow("callback in a week is not due")
        << none << kNow.addSecs(7 * kDay) << never << anHourAgo << old << pastDue << owes << kNone;
    QTest::newRow("callback earlier today is due")
        << none << earlierToday << never << anHourAgo << old << pastDue << owes
        << int(QueueReason::CallbackDue);
    QTest::newRow("callback later today is due (any hour)")
        << none << kNow.addSecs(3 * 3600) << never << anHourAgo << old << pastDue << owes
        << int(QueueReason::CallbackDue);
    QTest::newRow("missed callback from yesterday is still due")
        << none << kNow.addSecs(-kDay) << never << anHourAgo << old << pastDue << owes
        << int(QueueReason::CallbackDue);

    // Follow-up needs the full config.followUpDays (5) without an outbound contact.
    QTest::newRow("follow-up: 4 days is too soon")
        << none << never << never << kNow.addSecs(-4 * kDay) << old << pastDue << owes << kNone;
    QTest::newRow("follow-up: one second short of 5 days")
        << none << never << never << kNow.addSecs(-5 * kDay + 1) << old << pastDue << owes << kNone;
    QTest::newRow("follow-up: exactly 5 days")
        << none << never << never << kNow.addSecs(-5 * kDay) << old << pastDue << owes
        << int(QueueReason::FollowUp);
    QTest::newRow("follow-up: not yet past due")
        << none << never << never << kNow.addSecs(-10 * kDay) << old << kToday << owes << kNone;
    QTest::newRow("follow-up: no due date")
        << none << never << never << kNow.addSecs(-10 * kDay) << old << none << owes << kNone;
    QTest::newRow("follow-up: owes nothing") << none << never << never << kNow.addSecs(-10 * kDay)
                                             << old << pastDue << qint64(0) << kNone;

    // New placement window: config.newPlacementDays (7).
    QTest::newRow("placed today") << none << never << never << never << kToday << pastDue << owes
                                  << int(QueueReason::NewPlacement);
    QTest::newRow("placed 7 days ago") << none << never << never << never << kToday.addDays(-7)
                                       << pastDue << owes << int(QueueReason::NewPlacement);
    QTest::newRow("placed 8 days ago") << none << never << never << never << kToday.addDays(-8)
                                       << pastDue << owes << int(QueueReason::NeverContacted);
    QTest::newRow("placed recently but already called")
        << none << never << never << kNow.addSecs(-kDay) << kToday.addDays(-2) << pastDue << owes
        << kNone;
}

void TestWorkQueueRules::decide()
{
    QFETCH(QDate, promiseDue);
    QFETCH(QDateTime, callbackAt);
    QFETCH(QDateTime, inboundAt);
    QFETCH(QDateTime, outboundAt);
    QFETCH(QDate, placedOn);
    QFETCH(QDate, oldestDue);
    QFETCH(qint64, cents);
    QFETCH(int, expected);

    QueueFacts f;
    f.earliestOpenPromiseDue = promiseDue;
    f.nextCallbackAt = callbackAt;
    f.lastInboundAt = inboundAt;
    f.lastOutboundAt = outboundAt;
    f.placedOn = placedOn;
    f.oldestDueDate = oldestDue;
    f.totalDue = Money::fromCents(cents);

    const auto decision = decideQueue(f, kNow, kToday);
    QCOMPARE(reasonOrNone(decision), expected);
    if (decision)
        QVERIFY(decision->rank >= 0);
}

void TestWorkQueueRules::priorityOrder()
{
    // Start with every reason present at once and take away the winning one each time:
    // the winners come out in the documented priority order.
    QueueFacts f;
    f.earliestOpenPromiseDue = kToday;
    f.nextCallbackAt = kNow.addSecs(-3600);
    f.lastInboundAt = kNow.addSecs(-1800);
    f.placedOn = kToday.addDays(-1);
    f.oldestDueDate = kToday.addDays(-30);
    f.totalDue = Money::fromCents(99900);

    QList<QueueReason> order;
    const auto step = [&]() {
        const auto d = decideQueue(f, kNow, kToday);
        QVERIFY(d.has_value());
        order.append(d->reason);
    };
    f.nextInstallmentDue = kToday.addDays(-2);
    f.agreementBroken = true;
    step(); // promise due today
    f.earliestOpenPromiseDue = kToday.addDays(-1);
    step(); // installment due
    f.nextInstallmentDue = QDate();
    step(); // broken promise
    f.earliestOpenPromiseDue = QDate();
    step(); // broken agreement
    f.agreementBroken = false;
    step(); // callback due
    f.nextCallbackAt = QDateTime();
    step(); // inbound waiting
    f.lastInboundAt = QDateTime();
    step(); // new placement
    f.placedOn = kToday.addDays(-30);
    step(); // never contacted
    f.lastOutboundAt = kNow.addSecs(-30 * kDay);
    step(); // follow-up

    const QList<QueueReason> expected = {
        QueueReason::PromiseDueToday, QueueReason::InstallmentDue, QueueReason::BrokenPromise,
        QueueReason::BrokenAgreement, QueueReason::CallbackDue,    QueueReason::InboundWaiting,
        QueueReason::NewPlacement,    QueueReason::NeverContacted, QueueReason::FollowUp};
    QCOMPARE(order, expected);

    f.lastOutboundAt = kNow.addSecs(-kDay);
    QVERIFY(!decideQueue(f, kNow, kToday).has_value());
}

void TestWorkQueueRules::reasonRanksDominateBalances()
{
    // One case per reason, each with a balance; a higher-priority reason ranks ahead
    // of a lower one whatever the balances (even beyond the ranked range).
    const auto decisionFor = [](QueueReason reason, qint64 cents) {
        QueueFacts f = quietDebtor(cents);
        switch (reason) {
        case QueueReason::PromiseDueToday:
            f.earliestOpenPromiseDue = kToday;
            break;
        case QueueReason::InstallmentDue:
            f.nextInstallmentDue = kToday;
            break;
        case QueueReason::BrokenPromise:
            f.earliestOpenPromiseDue = kToday.addDays(-3);
            break;
        case QueueReason::BrokenAgreement:
            f.agreementBroken = true;
            break;
        case QueueReason::CallbackDue:
            f.nextCallbackAt = kNow.addSecs(-600);
            break;
        case QueueReason::InboundWaiting:
            f.lastInboundAt = kNow.addSecs(-600);
            break;
        case QueueReason::NewPlacement:
            f.lastOutboundAt = QDateTime();
            f.placedOn = kToday.addDays(-2);
            break;
        case QueueReason::NeverContacted:
            f.lastOutboundAt = QDateTime();
            break;
        case QueueReason::FollowUp:
            f.lastOutboundAt = kNow.addSecs(-20 * kDay);
            break;
        }
        return decideQueue(f, kNow, kToday);
    };

    const QList<QueueReason> reasons = {
        QueueReason::PromiseDueToday, QueueReason::InstallmentDue, QueueReason::BrokenPromise,
        QueueReason::BrokenAgreement, QueueReason::CallbackDue,    QueueReason::InboundWaiting,
        QueueReason::NewPlacement,    QueueReason::NeverContacted, QueueReason::FollowUp};
    const qint64 huge = 1'000'000'000'000'000; // beyond the ranked range on purpose
    for (qsizetype i = 0; i + 1 < reasons.size(); ++i) {
        const auto higherSmall = decisionFor(reasons[i], 1);
        const auto lowerHuge = decisionFor(reasons[i + 1], huge);
        QVERIFY(higherSmall && lowerHuge);
        QCOMPARE(higherSmall->reason, reasons[i]);
        QCOMPARE(lowerHuge->reason, reasons[i + 1]);
        QVERIFY2(higherSmall->rank < lowerHuge->rank, qPrintable(queueReasonName(reasons[i])));
    }
}

void TestWorkQueueRules::largerBalanceFirstInsideReason_data()
{
    QTest::addColumn<qint64>("larger");
    QTest::addColumn<qint64>("smaller");

    QTest::newRow("one centavo apart") << qint64(100001) << qint64(100000);
    QTest::newRow("thousands") << qint64(5'000'000) << qint64(12'345);
    QTest::newRow("millions of reais") << qint64(900'000'000'00) << qint64(1'00);
    QTest::newRow("one centavo vs zero-ish") << qint64(2) << qint64(1);
}

void TestWorkQueueRules::largerBalanceFirstInsideReason()
{
    QFETCH(qint64, larger);
    QFETCH(qint64, smaller);

    for (const QDate &placed : {kToday.addDays(-1), kToday.addDays(-60)}) {
        QueueFacts big = quietDebtor(larger);
        QueueFacts small = quietDebtor(smaller);
        big.lastOutboundAt = small.lastOutboundAt = QDateTime();
        big.placedOn = small.placedOn = placed;
        const auto a = decideQueue(big, kNow, kToday);
        const auto b = decideQueue(small, kNow, kToday);
        QVERIFY(a && b);
        QCOMPARE(a->reason, b->reason);
        QVERIFY2(a->rank < b->rank,
                 qPrintable(QStringLiteral("%1 vs %2").arg(a->rank).arg(b->rank)));
    }
    // Same balance, same reason: same rank.
    const auto c = decideQueue(quietDebtor(larger), kNow.addSecs(5 * kDay), kToday.addDays(5));
    const auto d = decideQueue(quietDebtor(larger), kNow.addSecs(5 * kDay), kToday.addDays(5));
    QVERIFY(c && d);
    QCOMPARE(c->reason, QueueReason::FollowUp);
    QCOMPARE(c->rank, d->rank);
}

void TestWorkQueueRules::agreementReasons()
{
    QueueFacts f = quietDebtor();
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), kNone);
    f.nextInstallmentDue = kToday.addDays(1); // tomorrow: not yet
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), kNone);
    f.nextInstallmentDue = kToday;
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::InstallmentDue));
    f.nextInstallmentDue = kToday.addDays(-3); // late, inside the grace days
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::InstallmentDue));
    f.nextInstallmentDue = QDate();
    f.agreementBroken = true;
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::BrokenAgreement));
    // A broken agreement brings the debtor back even when the titles show nothing due.
    f.totalDue = Money::fromCents(0);
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::BrokenAgreement));
}

void TestWorkQueueRules::configNewPlacementDays()
{
    QueueFacts f = quietDebtor();
    f.lastOutboundAt = QDateTime();
    f.placedOn = kToday.addDays(-3);

    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::NewPlacement));

    QueueRulesConfig shortWindow;
    shortWindow.newPlacementDays = 2;
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday, shortWindow)),
             int(QueueReason::NeverContacted));

    QueueRulesConfig noWindow;
    noWindow.newPlacementDays = 0;
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday, noWindow)),
             int(QueueReason::NeverContacted));
    f.placedOn = kToday;
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday, noWindow)), int(QueueReason::NewPlacement));

    QueueRulesConfig longWindow;
    longWindow.newPlacementDays = 30;
    f.placedOn = kToday.addDays(-20);
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::NeverContacted));
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday, longWindow)),
             int(QueueReason::NewPlacement));
}

void TestWorkQueueRules::configFollowUpDays()
{
    QueueFacts f = quietDebtor();
    f.lastOutboundAt = kNow.addSecs(-3 * kDay);
    QVERIFY(!decideQueue(f, kNow, kToday).has_value());

    QueueRulesConfig eager;
    eager.followUpDays = 2;
    const auto decision = decideQueue(f, kNow, kToday, eager);
    QVERIFY(decision.has_value());
    QCOMPARE(decision->reason, QueueReason::FollowUp);

    QueueRulesConfig patient;
    patient.followUpDays = 30;
    f.lastOutboundAt = kNow.addSecs(-10 * kDay);
    QCOMPARE(reasonOrNone(decideQueue(f, kNow, kToday)), int(QueueReason::FollowUp));
    QVERIFY(!decideQueue(f, kNow, kToday, patient).has_value());
}

void TestWorkQueueRules::reasonNames_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("display");

    QTest::newRow("promise") << int(QueueReason::PromiseDueToday) << "promise_due_today"
                             << "Promise due today";
    QTest::newRow("installment") << int(QueueReason::InstallmentDue) << "installment_due"
                                 << "Installment due";
    QTest::newRow("broken") << int(QueueReason::BrokenPromise) << "broken_promise"
                            << "Broken promise";
    QTest::newRow("broken agreement") << int(QueueReason::BrokenAgreement) << "broken_agreement"
                                      << "Broken agreement";
    QTest::newRow("callback") << int(QueueReason::CallbackDue) << "callback_due"
                              << "Callback due";
    QTest::newRow("inbound") << int(QueueReason::InboundWaiting) << "inbound_waiting"
                             << "Inbound to answer";
    QTest::newRow("new") << int(QueueReason::NewPlacement) << "new_placement"
                         << "New placement";
    QTest::newRow("never") << int(QueueReason::NeverContacted) << "never_contacted"
                           << "Never contacted";
    QTest::newRow("follow-up") << int(QueueReason::FollowUp) << "follow_up"
                               << "Follow-up";
}

void TestWorkQueueRules::reasonNames()
{
    QFETCH(int, reason);
    QFETCH(QString, name);
    QFETCH(QString, display);
    QCOMPARE(queueReasonName(QueueReason(reason)), name);
    QCOMPARE(queueReasonDisplay(QueueReason(reason)), display);
}

QTEST_GUILESS_MAIN(TestWorkQueueRules)
#include "TestWorkQueueRules.moc"
