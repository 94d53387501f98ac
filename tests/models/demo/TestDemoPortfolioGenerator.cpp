#include "CollectingSink.h"
#include "demo/DemoPortfolioGenerator.h"
#include "domain/ActivityKinds.h"
#include "domain/BrazilianStates.h"
#include "domain/Document.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace quita;
using namespace quita::test;

namespace {

// Everything the generator emitted, in order, as one hash.
QByteArray digest(const CollectingSink &s)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &text) {
        h.addData(text.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    const auto addId = [&h](const QUuid &id) { h.addData(id.toRfc4122()); };
    const auto addNumber = [&add](qint64 n) { add(QString::number(n)); };
    for (const auto &c : s.creditors) {
        addId(c.id);
        add(c.name);
        add(c.document.value());
    }
    for (const auto &p : s.portfolios) {
        addId(p.id);
        addId(p.creditorId);
        add(p.name);
    }
    for (const auto &d : s.debtors) {
        addId(d.id);
        addId(d.portfolioId);
        add(d.name);
        add(d.document.value());
        add(d.address.street + d.address.neighborhood + d.address.city + d.address.state +
            d.address.postalCode);
        add(d.placedOn.toString(Qt::ISODate));
        addNumber(d.declaredMonthlyCapacity.cents());
    }
    for (const auto &p : s.points) {
        addId(p.id);
        addId(p.debtorId);
        add(p.value + p.label);
        addNumber(int(p.kind) * 1000 + p.primary * 100 + p.consentVoice + p.consentSms * 2 +
                  p.consentWhatsapp * 4 + p.consentEmail * 8 + p.optOutVoice * 16 +
                  p.optOutSms * 32 + p.optOutWhatsapp * 64 + p.optOutEmail * 128);
    }
    for (const auto &t : s.titles) {
        addId(t.id);
        addId(t.debtorId);
        add(t.number + t.kind + t.issueDate.toString(Qt::ISODate) +
            t.dueDate.toString(Qt::ISODate));
        addNumber(t.principal.cents());
        addNumber(t.openBalance.cents());
        addNumber(t.disputed);
    }
    for (const auto &a : s.activities) {
        addId(a.id);
        addId(a.debtorId);
        add(channelName(a.channel) + directionName(a.direction) + a.result + a.agent + a.summary +
            a.body);
        addNumber(a.occurredAt.toMSecsSinceEpoch());
        addNumber(a.callbackAt.isValid() ? a.callbackAt.toMSecsSinceEpoch() : -1);
    }
    for (const auto &p : s.promises) {
        addId(p.id);
        addId(p.debtorId);
        addId(p.activityId);
        add(p.dueDate.toString(Qt::ISODate));
        addNumber(p.amount.cents());
        addNumber(int(p.status));
    }
    return h.result();
}

} // namespace

class TestDemoPortfolioGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void determinism();
    void creditorsAndPortfolios();
    void documentsAreValid();
    void allStatesPresent();
    void addresses();
    void contactPoints();
    void titles();
    void channelsDirectionsAndResults();
    void activityCountAndWindow();
    void activitiesChronologicalPerDebtor();
    void agentsAndCallbacks();
    void heavyDebtor();
    void promises();
    void workQueueSignals();
    void moneyNeverNegative();
    void progressCallback();

private:
    static DemoOptions options(quint64 seed = 20261123);
    static constexpr int kDebtors = 500;
    static constexpr qint64 kActivities = 5000;
    static constexpr int kHeavy = 400;

    CollectingSink m_sink;
    QHash<QUuid, QString> m_stateOf; // debtor -> UF
    QDate m_today{2026, 11, 23};
};

DemoOptions TestDemoPortfolioGenerator::options(quint64 seed)
{
    DemoOptions o;
    o.seed = seed;
    o.debtors = kDebtors;
    o.activities = kActivities;
    o.heavyDebtorActivities = kHeavy;
    o.today = QDate(2026, 11, 23);
    o.agents = {QStringLiteral("ana"), QStringLiteral("bruno"), QStringLiteral("carla")};
    return o;
}

void TestDemoPortfolioGenerator::initTestCase()
{
    DemoPortfolioGenerator generator(options());
    generator.generate(m_sink);
    QCOMPARE(m_sink.debtors.size(), kDebtors);
    for (const auto &d : m_sink.debtors)
        m_stateOf.insert(d.id, d.address.state);
}

void TestDemoPortfolioGenerator::determinism()
{
    CollectingSink again;
    DemoPortfolioGenerator(options()).generate(again);
    QCOMPARE(again.activities.size(), m_sink.activities.size());
    QCOMPARE(again.debtors.first().id, m_sink.debtors.first().id);
    QCOMPARE(digest(again), digest(m_sink));

    CollectingSink other;
    DemoPortfolioGenerator(options(7)).generate(other);
    QVERIFY(digest(other) != digest(m_sink));
    QVERIFY(other.debtors.first().id != m_sink.debtors.first().id);
}

void TestDemoPortfolioGenerator::creditorsAndPortfolios()
{
    QCOMPARE(m_sink.creditors.size(), 2);
    QCOMPARE(m_sink.portfolios.size(), 3);
    QSet<QUuid> creditorIds, portfolioIds;
    bool alphanumericCreditor = false;
    for (const auto &c : m_sink.creditors) {
        creditorIds.insert(c.id);
        QCOMPARE(c.document.kind(), Document::Kind::Cnpj);
        QVERIFY(Document::parse(c.document.value()).ok());
        for (const QChar ch : c.document.value())
            alphanumericCreditor |= ch.isLetter();
    }
    QVERIFY(alphanumericCreditor);
    for (const auto &p : m_sink.portfolios) {
        QVERIFY(creditorIds.contains(p.creditorId));
        QVERIFY(!p.name.isEmpty());
        portfolioIds.insert(p.id);
    }
    QSet<QUuid> used;
    for (const auto &d : m_sink.debtors) {
        QVERIFY(portfolioIds.contains(d.portfolioId));
        used.insert(d.portfolioId);
    }
    QCOMPARE(used.size(), 3);
}

void TestDemoPortfolioGenerator::documentsAreValid()
{
    int companies = 0, alphanumeric = 0;
    QSet<QString> seen;
    for (const auto &d : m_sink.debtors) {
        const auto parsed = Document::parse(d.document.value());
        QVERIFY2(parsed.ok(), qPrintable(d.document.value()));
        QCOMPARE(parsed.value().kind(), d.document.kind());
        QVERIFY2(!seen.contains(d.document.value()), qPrintable(d.document.value()));
        seen.insert(d.document.value());
        QVERIFY(!d.name.isEmpty());
        if (d.document.kind() == Document::Kind::Cnpj) {
            ++companies;
            bool letters = false;
            for (const QChar ch : d.document.value())
                letters |= ch.isLetter();
            alphanumeric += letters;
        }
    }
    QVERIFY2(companies >= 20 && companies <= 90, qPrintable(QString::number(companies)));
    QVERIFY(alphanumeric > 0);
    QVERIFY(alphanumeric < companies);
}

void TestDemoPortfolioGenerator::allStatesPresent()
{
    QSet<QString> states;
    for (const auto &d : m_sink.debtors) {
        QVERIFY(BrazilianStates::isValid(d.address.state));
        states.insert(d.address.state);
    }
    QCOMPARE(states.size(), 27);
    for (const auto &s : BrazilianStates::all())
        QVERIFY2(states.contains(s.code), qPrintable(s.code));
}

void TestDemoPortfolioGenerator::addresses()
{
    int incomplete = 0;
    for (const auto &d : m_sink.debtors) {
        QVERIFY(!d.address.city.isEmpty());
        if (!d.address.postalCode.isEmpty()) {
            QCOMPARE(d.address.postalCode.size(), 8);
            for (const QChar ch : d.address.postalCode)
                QVERIFY(ch.isDigit());
        }
        incomplete += !d.address.isComplete();
        QVERIFY(d.placedOn <= m_today);
        QVERIFY(d.placedOn >= m_today.addMonths(-18));
    }
    QVERIFY(incomplete > 0);
    QVERIFY(incomplete < kDebtors / 10);
}

void TestDemoPortfolioGenerator::contactPoints()
{
    QHash<QUuid, int> primaries, phones;
    QSet<QUuid> debtorIds;
    for (const auto &d : m_sink.debtors)
        debtorIds.insert(d.id);
    int emails = 0, optOuts = 0;
    for (const auto &p : m_sink.points) {
        QVERIFY(debtorIds.contains(p.debtorId));
        primaries[p.debtorId] += p.primary;
        if (p.kind == ContactPoint::Kind::Phone) {
            ++phones[p.debtorId];
            QVERIFY2(p.value.size() == 10 || p.value.size() == 11, qPrintable(p.value));
            for (const QChar ch : p.value)
                QVERIFY(ch.isDigit());
            QVERIFY(p.value.at(0) != u'0');
            if (p.value.size() == 11)
                QCOMPARE(p.value.at(2), QChar(u'9'));
            optOuts += p.optOutVoice;
        } else {
            ++emails;
            QVERIFY(p.value.contains(u'@'));
            QCOMPARE(p.value, p.value.toLower());
            for (const QChar ch : p.value)
                QVERIFY2(ch.unicode() < 128, qPrintable(p.value));
        }
    }
    for (const QUuid &id : debtorIds) {
        QCOMPARE(primaries.value(id), 1);
        QVERIFY(phones.value(id) >= 1 && phones.value(id) <= 3);
    }
    QVERIFY(emails > kDebtors / 2 && emails < kDebtors * 9 / 10);
    QVERIFY(optOuts > 0);
}

void TestDemoPortfolioGenerator::titles()
{
    QSet<QUuid> debtorIds;
    for (const auto &d : m_sink.debtors)
        debtorIds.insert(d.id);
    QSet<int> buckets;
    int disputed = 0;
    QHash<QUuid, int> perDebtor;
    for (const auto &t : m_sink.titles) {
        QVERIFY(debtorIds.contains(t.debtorId));
        ++perDebtor[t.debtorId];
        QVERIFY(!t.number.isEmpty());
        QVERIFY(t.issueDate < t.dueDate);
        QVERIFY(t.principal >= Money::fromCents(8000));
        QVERIFY(t.principal <= Money::fromCents(6000000));
        QVERIFY(t.openBalance <= t.principal);
        disputed += t.disputed;
        const int dpd = t.daysPastDue(m_today);
        buckets.insert(dpd == 0     ? 0
                       : dpd <= 30  ? 1
                       : dpd <= 60  ? 2
                       : dpd <= 90  ? 3
                       : dpd <= 180 ? 4
                       : dpd <= 360 ? 5
                                    : 6);
    }
    QCOMPARE(perDebtor.size(), kDebtors);
    for (int n : std::as_const(perDebtor))
        QVERIFY(n >= 1 && n <= 4);
    QCOMPARE(buckets.size(), 7);
    QVERIFY(disputed < m_sink.titles.size() / 10);
}

void TestDemoPortfolioGenerator::channelsDirectionsAndResults()
{
    QSet<int> channels;
    int inbound = 0;
    for (const auto &a : m_sink.activities) {
        channels.insert(int(a.channel));
        inbound += a.direction == Direction::Inbound;
        QVERIFY2(ResultCatalog::defaults().accepts(a.channel, a.result),
                 qPrintable(channelName(a.channel) + QLatin1Char(' ') + a.result));
        QVERIFY(!a.summary.isEmpty());
    }
    QCOMPARE(channels.size(), allChannels().size());
    QVERIFY(inbound > 0);
    const double share = double(inbound) / m_sink.activities.size();
    QVERIFY2(share > 0.08 && share < 0.25, qPrintable(QString::number(share)));
}

void TestDemoPortfolioGenerator::activityCountAndWindow()
{
    const qint64 requested = kActivities + kHeavy;
    const qint64 got = m_sink.activities.size();
    QVERIFY2(qAbs(got - requested) <= requested / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(got).arg(requested)));
    const QDate from = m_today.addYears(-1);
    for (const auto &a : m_sink.activities) {
        QCOMPARE(a.occurredAt.timeSpec(), Qt::UTC);
        const QDateTime local =
            BrazilianStates::localTime(m_stateOf.value(a.debtorId), a.occurredAt);
        QVERIFY2(local.date() >= from && local.date() < m_today,
                 qPrintable(local.toString(Qt::ISODate)));
        QVERIFY2(local.time().hour() >= 8 && local.time().hour() < 20,
                 qPrintable(local.toString(Qt::ISODate)));
    }
}

void TestDemoPortfolioGenerator::activitiesChronologicalPerDebtor()
{
    QHash<QUuid, QDateTime> last;
    QSet<QUuid> ids;
    QUuid current;
    QSet<QUuid> finished;
    for (const auto &a : m_sink.activities) {
        QVERIFY(!ids.contains(a.id));
        ids.insert(a.id);
        if (a.debtorId != current) {
            QVERIFY2(!finished.contains(a.debtorId), "a debtor's activities are contiguous");
            if (!current.isNull())
                finished.insert(current);
            current = a.debtorId;
        }
        QVERIFY(last.value(a.debtorId) <= a.occurredAt);
        last.insert(a.debtorId, a.occurredAt);
    }
    // Some debtors were never contacted.
    QVERIFY(last.size() < kDebtors);
    QVERIFY(last.size() > kDebtors / 2);
}

void TestDemoPortfolioGenerator::agentsAndCallbacks()
{
    const QStringList agents = options().agents;
    int automatic = 0, callbacksToday = 0;
    for (const auto &a : m_sink.activities) {
        if (a.channel == Channel::Phone && a.direction == Direction::Outbound)
            QVERIFY(agents.contains(a.agent));
        if (a.channel == Channel::Portal)
            QVERIFY(a.agent.isEmpty());
        if (a.channel == Channel::Sms && a.direction == Direction::Outbound && a.agent.isEmpty()) {
            ++automatic;
            QVERIFY(!a.body.isEmpty());
        }
        if (a.result == QLatin1String("callback")) {
            QVERIFY(a.callbackAt.isValid());
            QVERIFY(a.callbackAt > a.occurredAt);
            QVERIFY(a.occurredAt.secsTo(a.callbackAt) <= 3 * 86400);
            const QDate localDay =
                BrazilianStates::localTime(m_stateOf.value(a.debtorId), a.callbackAt).date();
            callbacksToday += localDay == m_today;
        } else {
            QVERIFY(!a.callbackAt.isValid());
        }
    }
    QVERIFY(automatic > 0);
    QVERIFY(callbacksToday > 0);
}

void TestDemoPortfolioGenerator::heavyDebtor()
{
    const QUuid first = m_sink.debtors.first().id;
    int count = 0;
    for (const auto &a : m_sink.activities)
        count += a.debtorId == first;
    QVERIFY2(count >= kHeavy, qPrintable(QString::number(count)));

    DemoOptions o = options();
    o.heavyDebtorActivities = 0;
    CollectingSink plain;
    DemoPortfolioGenerator(o).generate(plain);
    int plainCount = 0;
    for (const auto &a : plain.activities)
        plainCount += a.debtorId == plain.debtors.first().id;
    QVERIFY(plainCount < kHeavy);
}

void TestDemoPortfolioGenerator::promises()
{
    QHash<QUuid, const Activity *> activities;
    for (const auto &a : m_sink.activities)
        activities.insert(a.id, &a);
    int dueToday = 0, pastOpen = 0, future = 0, kept = 0, broken = 0;
    QSet<QUuid> dueTodayDebtors;
    for (const auto &p : m_sink.promises) {
        const Activity *a = activities.value(p.activityId);
        QVERIFY(a);
        QCOMPARE(a->debtorId, p.debtorId);
        QCOMPARE(a->result, QStringLiteral("ptp"));
        QVERIFY(p.dueDate > a->occurredAt.date().addDays(-1));
        QVERIFY(p.amount > Money());
        if (p.dueDate == m_today && p.status == Promise::Status::Open) {
            ++dueToday;
            dueTodayDebtors.insert(p.debtorId);
        }
        if (p.dueDate < m_today && p.status == Promise::Status::Open)
            ++pastOpen;
        if (p.dueDate > m_today) {
            ++future;
            QCOMPARE(p.status, Promise::Status::Open);
        }
        kept += p.status == Promise::Status::Kept;
        broken += p.status == Promise::Status::Broken;
    }
    QVERIFY(dueToday > 0);
    QVERIFY(dueTodayDebtors.size() <= kDebtors / 50);
    QVERIFY(pastOpen > 0);
    QVERIFY(future > 0);
    QVERIFY(kept > 0);
    QVERIFY(broken > 0);
}

void TestDemoPortfolioGenerator::workQueueSignals()
{
    // Debtors whose latest activity is an inbound one from the last two days.
    QHash<QUuid, const Activity *> latest;
    for (const auto &a : m_sink.activities)
        latest.insert(a.debtorId, &a);
    int waiting = 0;
    const QDateTime cutoff(m_today.addDays(-2), QTime(0, 0), Qt::UTC);
    for (const Activity *a : std::as_const(latest))
        waiting += a->direction == Direction::Inbound && a->occurredAt >= cutoff;
    QVERIFY(waiting > 0);
}

void TestDemoPortfolioGenerator::moneyNeverNegative()
{
    for (const auto &d : m_sink.debtors)
        QVERIFY(!d.declaredMonthlyCapacity.isNegative());
    int declared = 0;
    for (const auto &d : m_sink.debtors)
        declared += !d.declaredMonthlyCapacity.isZero();
    QVERIFY(declared > kDebtors / 5 && declared < kDebtors * 3 / 5);
    for (const auto &t : m_sink.titles) {
        QVERIFY(!t.principal.isNegative());
        QVERIFY(!t.openBalance.isNegative());
    }
    for (const auto &p : m_sink.promises)
        QVERIFY(!p.amount.isNegative());
}

void TestDemoPortfolioGenerator::progressCallback()
{
    DemoOptions o = options();
    o.debtors = 40;
    o.activities = 300;
    o.heavyDebtorActivities = 0;
    DemoPortfolioGenerator generator(o);
    int calls = 0, lastDone = 0, lastTotal = 0;
    generator.setProgress([&](int done, int total) {
        ++calls;
        QCOMPARE(done, lastDone + 1);
        lastDone = done;
        lastTotal = total;
    });
    CollectingSink sink;
    generator.generate(sink);
    QCOMPARE(calls, 40);
    QCOMPARE(lastDone, 40);
    QCOMPARE(lastTotal, 40);
    QCOMPARE(sink.debtors.size(), 40);
}

QTEST_GUILESS_MAIN(TestDemoPortfolioGenerator)
#include "TestDemoPortfolioGenerator.moc"
