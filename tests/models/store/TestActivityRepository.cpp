// Activities: validation, the keyset timeline, filters, text search, contact history.
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

class TestActivityRepository : public QObject, protected RepositoryFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void activityValidation_data();
    void activityValidation();
    void timelinePagesNewestFirst();
    void timelineFilters();
    void timelineTextSearch();
    void contactHistoryLocalHours();
};

// --- activities ----------------------------------------------------------------------

void TestActivityRepository::activityValidation_data()
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

void TestActivityRepository::activityValidation()
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

void TestActivityRepository::timelinePagesNewestFirst()
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

void TestActivityRepository::timelineFilters()
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

void TestActivityRepository::timelineTextSearch()
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

void TestActivityRepository::contactHistoryLocalHours()
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

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "TestActivityRepository.moc"
