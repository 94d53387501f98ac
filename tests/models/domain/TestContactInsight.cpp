#include "domain/ContactInsight.h"

#include <QTest>

#include <algorithm>

using namespace quita;

using History = QList<ContactHistoryCell>;
Q_DECLARE_METATYPE(quita::Channel)
Q_DECLARE_METATYPE(History)

namespace {

ContactHistoryCell cell(Channel channel, int hour, int attempts, int connects)
{
    return ContactHistoryCell{channel, hour, attempts, connects};
}

double laplace(int connects, int attempts)
{
    return double(connects + 1) / double(attempts + 2);
}

} // namespace

class TestContactInsight : public QObject
{
    Q_OBJECT

private slots:
    void noRecommendation_data();
    void noRecommendation();
    void recommendation_data();
    void recommendation();
    void orderOfHistoryDoesNotMatter_data();
    void orderOfHistoryDoesNotMatter();
    void isResponse_data();
    void isResponse();
};

void TestContactInsight::noRecommendation_data()
{
    QTest::addColumn<History>("history");

    QTest::newRow("empty history") << History{};
    QTest::newRow("one attempt, no answer") << History{cell(Channel::Phone, 10, 1, 0)};
    QTest::newRow("many attempts, never answered")
        << History{cell(Channel::Phone, 9, 12, 0), cell(Channel::Sms, 14, 5, 0),
                   cell(Channel::Whatsapp, 19, 3, 0), cell(Channel::Email, 8, 20, 0)};
    QTest::newRow("cells without attempts")
        << History{cell(Channel::Phone, 9, 0, 0), cell(Channel::Sms, 10, 0, 0)};
}

void TestContactInsight::noRecommendation()
{
    QFETCH(History, history);
    QVERIFY(!recommendContact(history).has_value());
}

void TestContactInsight::recommendation_data()
{
    QTest::addColumn<History>("history");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<int>("hour");
    QTest::addColumn<double>("rate");

    // A single answered cell: (1 + 1) / (3 + 2) = 0.4.
    QTest::newRow("single answered cell")
        << History{cell(Channel::Phone, 10, 3, 1)} << Channel::Phone << 10 << 0.4;

    // Raw rates: whatsapp 1/1 = 100%, email 9/10 = 90%, phone 3/10 = 30%.
    // Smoothed: whatsapp 2/3 = 0.667, email 10/12 = 0.833, phone 4/12 = 0.333.
    // Laplace prefers the cell with evidence over the lucky single answer.
    QTest::newRow("smoothing beats the lucky single answer")
        << History{cell(Channel::Whatsapp, 19, 1, 1), cell(Channel::Email, 8, 10, 9),
                   cell(Channel::Phone, 10, 10, 3)}
        << Channel::Email << 8 << 10.0 / 12.0;

    // Same channel, different hours: 11h 5/8 -> 6/10 = 0.6; 15h 2/2 -> 3/4 = 0.75;
    // 18h 7/20 -> 8/22 = 0.364.
    QTest::newRow("best hour of one channel")
        << History{cell(Channel::Phone, 11, 8, 5), cell(Channel::Phone, 15, 2, 2),
                   cell(Channel::Phone, 18, 20, 7)}
        << Channel::Phone << 15 << 0.75;

    // A cell that never answered is skipped even when it has the most attempts.
    QTest::newRow("unanswered cells do not win")
        << History{cell(Channel::Phone, 9, 40, 0), cell(Channel::Sms, 13, 10, 1)} << Channel::Sms
        << 13 << 2.0 / 12.0;

    // Ties on the smoothed rate (all exactly 0.5): the cell with more attempts wins...
    QTest::newRow("tie: more attempts wins")
        << History{cell(Channel::Phone, 9, 2, 1), cell(Channel::Sms, 15, 4, 2),
                   cell(Channel::Email, 20, 8, 4)}
        << Channel::Email << 20 << 0.5;
    // ... and with equal attempts the earlier hour.
    QTest::newRow("tie: equal attempts, earlier hour wins")
        << History{cell(Channel::Phone, 14, 4, 2), cell(Channel::Email, 11, 4, 2),
                   cell(Channel::Sms, 16, 4, 2)}
        << Channel::Email << 11 << 0.5;
    QTest::newRow("tie: more attempts beats earlier hour")
        << History{cell(Channel::Phone, 8, 2, 1), cell(Channel::Whatsapp, 18, 6, 3)}
        << Channel::Whatsapp << 18 << 0.5;
    QTest::newRow("higher rate beats more attempts")
        << History{cell(Channel::Phone, 8, 100, 49), cell(Channel::Sms, 18, 4, 3)} << Channel::Sms
        << 18 << laplace(3, 4);
}

void TestContactInsight::recommendation()
{
    QFETCH(History, history);
    QFETCH(Channel, channel);
    QFETCH(int, hour);
    QFETCH(double, rate);

    const auto best = recommendContact(history);
    QVERIFY(best.has_value());
    QCOMPARE(best->channel, channel);
    QCOMPARE(best->localHour, hour);
    QCOMPARE(best->rate, rate);
    // The rate is the smoothed one of the chosen cell, never the raw one.
    const auto chosen = std::find_if(history.cbegin(), history.cend(), [&](const auto &c) {
        return c.channel == channel && c.localHour == hour;
    });
    QVERIFY(chosen != history.cend());
    QCOMPARE(best->rate, laplace(chosen->connects, chosen->attempts));
    QVERIFY(best->rate < 1.0);
}

void TestContactInsight::orderOfHistoryDoesNotMatter_data()
{
    recommendation_data();
}

void TestContactInsight::orderOfHistoryDoesNotMatter()
{
    QFETCH(History, history);
    QFETCH(Channel, channel);
    QFETCH(int, hour);

    History reversed(history.crbegin(), history.crend());
    const auto best = recommendContact(reversed);
    QVERIFY(best.has_value());
    QCOMPARE(best->channel, channel);
    QCOMPARE(best->localHour, hour);

    // Rotations too: the winner never depends on which cell came first.
    History rotated = history;
    for (qsizetype i = 0; i < history.size(); ++i) {
        std::rotate(rotated.begin(), rotated.begin() + 1, rotated.end());
        const auto again = recommendContact(rotated);
        QVERIFY(again.has_value());
        QCOMPARE(again->channel, channel);
        QCOMPARE(again->localHour, hour);
    }
}

void TestContactInsight::isResponse_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("response");

    // Connects (DOMAIN.md): right party, third party, wrong number.
    QTest::newRow("rpc") << "rpc" << true;
    QTest::newRow("refused") << "refused" << true;
    QTest::newRow("ptp") << "ptp" << true;
    QTest::newRow("dispute") << "dispute" << true;
    QTest::newRow("callback") << "callback" << true;
    QTest::newRow("third_party") << "third_party" << true;
    QTest::newRow("wrong_number") << "wrong_number" << true;
    // Messages: read and replied count as a response.
    QTest::newRow("read") << "read" << true;
    QTest::newRow("replied") << "replied" << true;
    // Everything else does not.
    QTest::newRow("no_answer") << "no_answer" << false;
    QTest::newRow("busy") << "busy" << false;
    QTest::newRow("left_message") << "left_message" << false;
    QTest::newRow("deceased") << "deceased" << false;
    QTest::newRow("sent") << "sent" << false;
    QTest::newRow("delivered") << "delivered" << false;
    QTest::newRow("bounced") << "bounced" << false;
    QTest::newRow("failed") << "failed" << false;
    QTest::newRow("opted_out") << "opted_out" << false;
    QTest::newRow("visited") << "visited" << false;
    QTest::newRow("paid") << "paid" << false;
    QTest::newRow("unknown") << "teleported" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("case matters") << "Read" << false;
}

void TestContactInsight::isResponse()
{
    QFETCH(QString, result);
    QFETCH(bool, response);
    QCOMPARE(quita::isResponse(result), response);
}

QTEST_GUILESS_MAIN(TestContactInsight)
#include "TestContactInsight.moc"
