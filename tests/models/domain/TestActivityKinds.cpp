#include "domain/ActivityKinds.h"

#include <QSet>
#include <QTest>

using namespace quita;

Q_DECLARE_METATYPE(quita::Channel)
Q_DECLARE_METATYPE(quita::Direction)
Q_DECLARE_METATYPE(quita::ResultFamily)

namespace {

QSet<QString> namesWhere(const ResultCatalog &catalog,
                         bool (*predicate)(const ActivityResultInfo &))
{
    QSet<QString> names;
    for (const auto &info : catalog.all())
        if (predicate(info))
            names.insert(info.name);
    return names;
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

const QSet<QString> kRightParty = setOf({"rpc", "refused", "ptp", "dispute", "callback"});
const QSet<QString> kCallResults =
    setOf({"no_answer", "busy", "wrong_number", "left_message", "third_party", "rpc", "refused",
           "ptp", "dispute", "callback", "deceased", "bankrupt"});
const QSet<QString> kMessageResults =
    setOf({"sent", "delivered", "read", "replied", "bounced", "failed", "opted_out"});
const QSet<QString> kSelfServiceResults =
    setOf({"visited", "simulated", "proposal", "agreement", "paid"});

} // namespace

class TestActivityKinds : public QObject
{
    Q_OBJECT

private slots:
    void channelNames_data();
    void channelNames();
    void allChannelsListsTenDistinct();
    void unknownChannelNames_data();
    void unknownChannelNames();
    void directionNames_data();
    void directionNames();
    void unknownDirectionNames_data();
    void unknownDirectionNames();
    void displayNames();
    void resultFamilyPerChannel_data();
    void resultFamilyPerChannel();
    void defaultCatalogueIsDomainList();
    void rightPartySet();
    void connectSet();
    void rightPartyAndConnectPerResult_data();
    void rightPartyAndConnectPerResult();
    void accepts_data();
    void accepts();
    void forChannel_data();
    void forChannel();
    void unknownResult();
    void addExtendsCatalogue();
    void addReplacesExistingEntry();
    void resultDisplayNames();
};

void TestActivityKinds::channelNames_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<QString>("name");

    QTest::newRow("phone") << Channel::Phone << "phone";
    QTest::newRow("sms") << Channel::Sms << "sms";
    QTest::newRow("email") << Channel::Email << "email";
    QTest::newRow("whatsapp") << Channel::Whatsapp << "whatsapp";
    QTest::newRow("chat") << Channel::Chat << "chat";
    QTest::newRow("social") << Channel::Social << "social";
    QTest::newRow("portal") << Channel::Portal << "portal";
    QTest::newRow("ivr") << Channel::Ivr << "ivr";
    QTest::newRow("letter") << Channel::Letter << "letter";
    QTest::newRow("visit") << Channel::Visit << "visit";
}

void TestActivityKinds::channelNames()
{
    QFETCH(Channel, channel);
    QFETCH(QString, name);

    QCOMPARE(channelName(channel), name);
    const auto parsed = channelFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, channel);
    // Round trip from the enum through the name and back.
    QCOMPARE(channelFromName(channelName(channel)).value(), channel);
    QVERIFY(allChannels().contains(channel));
}

void TestActivityKinds::allChannelsListsTenDistinct()
{
    const QList<Channel> channels = allChannels();
    QCOMPARE(channels.size(), 10);
    QSet<QString> names;
    for (Channel c : channels) {
        QVERIFY(!channelName(c).isEmpty());
        names.insert(channelName(c));
    }
    QCOMPARE(names.size(), 10);
}

void TestActivityKinds::unknownChannelNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << "";
    QTest::newRow("null") << QString();
    QTest::newRow("capitalised") << "Phone";
    QTest::newRow("upper case") << "SMS";
    QTest::newRow("leading space") << " phone";
    QTest::newRow("trailing space") << "email ";
    QTest::newRow("portuguese") << "telefone";
    QTest::newRow("display name") << "WhatsApp";
    QTest::newRow("not a channel") << "fax";
    QTest::newRow("a direction") << "inbound";
    QTest::newRow("a result") << "rpc";
}

void TestActivityKinds::unknownChannelNames()
{
    QFETCH(QString, name);
    QVERIFY(!channelFromName(name).has_value());
}

void TestActivityKinds::directionNames_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("name");

    QTest::newRow("outbound") << Direction::Outbound << "outbound";
    QTest::newRow("inbound") << Direction::Inbound << "inbound";
}

void TestActivityKinds::directionNames()
{
    QFETCH(Direction, direction);
    QFETCH(QString, name);

    QCOMPARE(directionName(direction), name);
    const auto parsed = directionFromName(name);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, direction);
}

void TestActivityKinds::unknownDirectionNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Inbound";
    QTest::newRow("short") << "in";
    QTest::newRow("padded") << " outbound";
    QTest::newRow("a channel") << "phone";
}

void TestActivityKinds::unknownDirectionNames()
{
    QFETCH(QString, name);
    QVERIFY(!directionFromName(name).has_value());
}

void TestActivityKinds::displayNames()
{
    // Without a translator installed the English source strings show.
    QCOMPARE(channelDisplayName(Channel::Phone), QStringLiteral("Phone"));
    QCOMPARE(channelDisplayName(Channel::Whatsapp), QStringLiteral("WhatsApp"));
    QCOMPARE(channelDisplayName(Channel::Visit), QStringLiteral("Field visit"));
    QCOMPARE(directionDisplayName(Direction::Inbound), QStringLiteral("Inbound"));
    QCOMPARE(directionDisplayName(Direction::Outbound), QStringLiteral("Outbound"));
    for (Channel c : allChannels())
        QVERIFY2(!channelDisplayName(c).isEmpty(), qPrintable(channelName(c)));
}

void TestActivityKinds::resultFamilyPerChannel_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<ResultFamily>("family");

    QTest::newRow("phone") << Channel::Phone << ResultFamily::CallOrVisit;
    QTest::newRow("visit") << Channel::Visit << ResultFamily::CallOrVisit;
    QTest::newRow("sms") << Channel::Sms << ResultFamily::Message;
    QTest::newRow("email") << Channel::Email << ResultFamily::Message;
    QTest::newRow("whatsapp") << Channel::Whatsapp << ResultFamily::Message;
    QTest::newRow("chat") << Channel::Chat << ResultFamily::Message;
    QTest::newRow("social") << Channel::Social << ResultFamily::Message;
    QTest::newRow("letter") << Channel::Letter << ResultFamily::Message;
    QTest::newRow("portal") << Channel::Portal << ResultFamily::SelfService;
    QTest::newRow("ivr") << Channel::Ivr << ResultFamily::SelfService;
}

void TestActivityKinds::resultFamilyPerChannel()
{
    QFETCH(Channel, channel);
    QFETCH(ResultFamily, family);
    QCOMPARE(resultFamily(channel), family);
}

void TestActivityKinds::defaultCatalogueIsDomainList()
{
    const ResultCatalog &catalog = ResultCatalog::defaults();
    QCOMPARE(catalog.all().size(), 24);
    QCOMPARE(namesWhere(
                 catalog,
                 [](const ActivityResultInfo &i) { return i.family == ResultFamily::CallOrVisit; }),
             kCallResults);
    QCOMPARE(
        namesWhere(catalog,
                   [](const ActivityResultInfo &i) { return i.family == ResultFamily::Message; }),
        kMessageResults);
    QCOMPARE(namesWhere(
                 catalog,
                 [](const ActivityResultInfo &i) { return i.family == ResultFamily::SelfService; }),
             kSelfServiceResults);
    // Every entry is found by its name, and names are unique.
    QSet<QString> seen;
    for (const auto &info : catalog.all()) {
        QVERIFY2(!seen.contains(info.name), qPrintable(info.name));
        seen.insert(info.name);
        const ActivityResultInfo *found = catalog.find(info.name);
        QVERIFY(found);
        QCOMPARE(found->name, info.name);
    }
}

void TestActivityKinds::rightPartySet()
{
    const ResultCatalog &catalog = ResultCatalog::defaults();
    QCOMPARE(namesWhere(catalog, [](const ActivityResultInfo &i) { return i.rightParty; }),
             kRightParty);
    for (const auto &info : catalog.all())
        QCOMPARE(catalog.isRightParty(info.name), kRightParty.contains(info.name));
}

void TestActivityKinds::connectSet()
{
    const ResultCatalog &catalog = ResultCatalog::defaults();
    QSet<QString> expected = kRightParty;
    expected << QStringLiteral("third_party") << QStringLiteral("wrong_number");
    QCOMPARE(namesWhere(catalog, [](const ActivityResultInfo &i) { return i.connect; }), expected);
    for (const auto &info : catalog.all()) {
        QCOMPARE(catalog.isConnect(info.name), expected.contains(info.name));
        // Every right-party contact is a connect.
        if (info.rightParty)
            QVERIFY(info.connect);
    }
}

void TestActivityKinds::rightPartyAndConnectPerResult_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("rightParty");
    QTest::addColumn<bool>("connect");

    QTest::newRow("rpc") << "rpc" << true << true;
    QTest::newRow("refused") << "refused" << true << true;
    QTest::newRow("ptp") << "ptp" << true << true;
    QTest::newRow("dispute") << "dispute" << true << true;
    QTest::newRow("callback") << "callback" << true << true;
    QTest::newRow("third_party") << "third_party" << false << true;
    QTest::newRow("wrong_number") << "wrong_number" << false << true;
    QTest::newRow("no_answer") << "no_answer" << false << false;
    QTest::newRow("busy") << "busy" << false << false;
    QTest::newRow("left_message") << "left_message" << false << false;
    QTest::newRow("deceased") << "deceased" << false << false;
    QTest::newRow("bankrupt") << "bankrupt" << false << false;
    QTest::newRow("read") << "read" << false << false;
    QTest::newRow("replied") << "replied" << false << false;
    QTest::newRow("paid") << "paid" << false << false;
    QTest::newRow("unknown") << "teleported" << false << false;
    QTest::newRow("empty") << "" << false << false;
    QTest::newRow("case matters") << "RPC" << false << false;
}

void TestActivityKinds::rightPartyAndConnectPerResult()
{
    QFETCH(QString, result);
    QFETCH(bool, rightParty);
    QFETCH(bool, connect);
    QCOMPARE(ResultCatalog::defaults().isRightParty(result), rightParty);
    QCOMPARE(ResultCatalog::defaults().isConnect(result), connect);
}

void TestActivityKinds::accepts_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("phone+rpc") << Channel::Phone << "rpc" << true;
    QTest::newRow("phone+no_answer") << Channel::Phone << "no_answer" << true;
    QTest::newRow("phone+bankrupt") << Channel::Phone << "bankrupt" << true;
    QTest::newRow("phone+read") << Channel::Phone << "read" << false;
    QTest::newRow("phone+sent") << Channel::Phone << "sent" << false;
    QTest::newRow("phone+paid") << Channel::Phone << "paid" << false;
    QTest::newRow("visit+ptp") << Channel::Visit << "ptp" << true;
    QTest::newRow("visit+delivered") << Channel::Visit << "delivered" << false;
    QTest::newRow("sms+read") << Channel::Sms << "read" << true;
    QTest::newRow("sms+opted_out") << Channel::Sms << "opted_out" << true;
    QTest::newRow("sms+rpc") << Channel::Sms << "rpc" << false;
    QTest::newRow("email+bounced") << Channel::Email << "bounced" << true;
    QTest::newRow("email+busy") << Channel::Email << "busy" << false;
    QTest::newRow("whatsapp+replied") << Channel::Whatsapp << "replied" << true;
    QTest::newRow("whatsapp+ptp") << Channel::Whatsapp << "ptp" << false;
    QTest::newRow("chat+replied") << Channel::Chat << "replied" << true;
    QTest::newRow("social+sent") << Channel::Social << "sent" << true;
    QTest::newRow("letter+delivered") << Channel::Letter << "delivered" << true;
    QTest::newRow("letter+visited") << Channel::Letter << "visited" << false;
    QTest::newRow("portal+paid") << Channel::Portal << "paid" << true;
    QTest::newRow("portal+simulated") << Channel::Portal << "simulated" << true;
    QTest::newRow("portal+read") << Channel::Portal << "read" << false;
    QTest::newRow("ivr+agreement") << Channel::Ivr << "agreement" << true;
    QTest::newRow("ivr+no_answer") << Channel::Ivr << "no_answer" << false;
    QTest::newRow("phone+unknown") << Channel::Phone << "teleported" << false;
    QTest::newRow("sms+empty") << Channel::Sms << "" << false;
}

void TestActivityKinds::accepts()
{
    QFETCH(Channel, channel);
    QFETCH(QString, result);
    QFETCH(bool, accepted);
    QCOMPARE(ResultCatalog::defaults().accepts(channel, result), accepted);
}

void TestActivityKinds::forChannel_data()
{
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<int>("family"); // index into the three expected sets

    QTest::newRow("phone") << Channel::Phone << 0;
    QTest::newRow("visit") << Channel::Visit << 0;
    QTest::newRow("sms") << Channel::Sms << 1;
    QTest::newRow("letter") << Channel::Letter << 1;
    QTest::newRow("portal") << Channel::Portal << 2;
    QTest::newRow("ivr") << Channel::Ivr << 2;
}

void TestActivityKinds::forChannel()
{
    QFETCH(Channel, channel);
    QFETCH(int, family);
    const QSet<QString> expected[] = {kCallResults, kMessageResults, kSelfServiceResults};
    QSet<QString> names;
    for (const auto &info : ResultCatalog::defaults().forChannel(channel)) {
        QVERIFY(ResultCatalog::defaults().accepts(channel, info.name));
        names.insert(info.name);
    }
    QCOMPARE(names, expected[family]);
}

void TestActivityKinds::unknownResult()
{
    const ResultCatalog &catalog = ResultCatalog::defaults();
    QVERIFY(catalog.find(QStringLiteral("teleported")) == nullptr);
    QVERIFY(catalog.find(QString()) == nullptr);
    QVERIFY(catalog.find(QStringLiteral("Rpc")) == nullptr);
    for (Channel c : allChannels())
        QVERIFY(!catalog.accepts(c, QStringLiteral("teleported")));
}

void TestActivityKinds::addExtendsCatalogue()
{
    ResultCatalog catalog = ResultCatalog::defaults();
    const qsizetype before = catalog.all().size();
    catalog.add({QStringLiteral("mailbox_full"), ResultFamily::CallOrVisit, false, false});
    catalog.add({QStringLiteral("boleto_issued"), ResultFamily::SelfService, false, false});

    QCOMPARE(catalog.all().size(), before + 2);
    const ActivityResultInfo *added = catalog.find(QStringLiteral("mailbox_full"));
    QVERIFY(added);
    QCOMPARE(added->family, ResultFamily::CallOrVisit);
    QVERIFY(catalog.accepts(Channel::Phone, QStringLiteral("mailbox_full")));
    QVERIFY(catalog.accepts(Channel::Visit, QStringLiteral("mailbox_full")));
    QVERIFY(!catalog.accepts(Channel::Sms, QStringLiteral("mailbox_full")));
    QVERIFY(!catalog.isConnect(QStringLiteral("mailbox_full")));
    QVERIFY(catalog.accepts(Channel::Portal, QStringLiteral("boleto_issued")));
    QVERIFY(!catalog.accepts(Channel::Phone, QStringLiteral("boleto_issued")));
    QCOMPARE(catalog.forChannel(Channel::Ivr).size(), kSelfServiceResults.size() + 1);

    // The defaults are a value: extending a copy leaves them alone.
    QCOMPARE(ResultCatalog::defaults().all().size(), before);
    QVERIFY(ResultCatalog::defaults().find(QStringLiteral("mailbox_full")) == nullptr);
    QVERIFY(!ResultCatalog::defaults().accepts(Channel::Phone, QStringLiteral("mailbox_full")));
}

void TestActivityKinds::addReplacesExistingEntry()
{
    ResultCatalog catalog = ResultCatalog::defaults();
    const qsizetype before = catalog.all().size();

    // An installation decides a busy line counts as a connect.
    catalog.add({QStringLiteral("busy"), ResultFamily::CallOrVisit, false, true});
    QCOMPARE(catalog.all().size(), before);
    QVERIFY(catalog.isConnect(QStringLiteral("busy")));
    QVERIFY(!catalog.isRightParty(QStringLiteral("busy")));

    // And moves "read" to the call family.
    catalog.add({QStringLiteral("read"), ResultFamily::CallOrVisit, false, false});
    QCOMPARE(catalog.all().size(), before);
    QVERIFY(catalog.accepts(Channel::Phone, QStringLiteral("read")));
    QVERIFY(!catalog.accepts(Channel::Sms, QStringLiteral("read")));

    // Exactly one entry per name after replacing.
    int busy = 0;
    for (const auto &info : catalog.all())
        busy += info.name == QLatin1String("busy");
    QCOMPARE(busy, 1);

    QVERIFY(!ResultCatalog::defaults().isConnect(QStringLiteral("busy")));
    QVERIFY(ResultCatalog::defaults().accepts(Channel::Sms, QStringLiteral("read")));
}

void TestActivityKinds::resultDisplayNames()
{
    QCOMPARE(ResultCatalog::displayName(QStringLiteral("rpc")),
             QStringLiteral("Right-party contact"));
    QCOMPARE(ResultCatalog::displayName(QStringLiteral("ptp")), QStringLiteral("Promise to pay"));
    QCOMPARE(ResultCatalog::displayName(QStringLiteral("opted_out")), QStringLiteral("Opted out"));
    // An admin-added result shows its machine name.
    QCOMPARE(ResultCatalog::displayName(QStringLiteral("mailbox_full")),
             QStringLiteral("mailbox_full"));
    for (const auto &info : ResultCatalog::defaults().all())
        QVERIFY2(ResultCatalog::displayName(info.name) != info.name, qPrintable(info.name));
}

QTEST_GUILESS_MAIN(TestActivityKinds)
#include "TestActivityKinds.moc"
