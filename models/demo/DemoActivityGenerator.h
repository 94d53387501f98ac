#pragma once

#include "DemoCalendar.h"
#include "DemoPortfolioGenerator.h"
#include "DemoRandom.h"

#include <array>
#include <vector>

namespace quita::demo {

constexpr int kCreditorCount = 2;

// Debtors whose last activity is placed on purpose, so that today's work queue has a
// promise due today, a callback for today and inbound messages waiting.
enum class Tail
{
    None,
    PromiseToday,
    CallbackToday,
    InboundWaiting
};

// How a creditor is named in its outbound messages: the short name, the CNPJ, and the
// name with its contracted article ("do Banco Horizonte", "às Lojas Aurora",
// "o Banco Horizonte").
struct CreditorWording
{
    QString name, cnpj, de, a, o;
};

// What a debtor's activities depend on.
struct ActivityDebtor
{
    QUuid id;
    int state = 0;    // index into demo::states()
    int creditor = 0; // index of the creditor, below kCreditorCount
    Money openTotal;  // promises are a share of it
    QDate placedOn;   // no activities before the account came to the desk
    Tail tail = Tail::None;
};

// A debtor's activities of the last 12 months across all ten channels, with plausible
// result mixes, summaries and message texts, and the promises made in them. The
// requested total is spread over the debtors adaptively, so the sum lands close to it.
class ActivityGenerator
{
public:
    ActivityGenerator(const DemoOptions &options, const DemoCalendar &calendar, Rng &rng,
                      DemoSink &sink);

    // The outbound message texts of a creditor carry its name (CDC art. 42-A).
    void setCreditorWording(int creditor, const CreditorWording &wording);

    // Emits the activities of the index-th debtor, oldest first, then its promises. The
    // heavy debtor gets DemoOptions::heavyDebtorActivities on top of its share.
    void generate(const ActivityDebtor &debtor, int index, bool heavy);

    // The default results of DOMAIN.md, by index.
    enum Res : int
    {
        NoAnswer,
        Busy,
        WrongNumber,
        LeftMessage,
        ThirdParty,
        Rpc,
        Refused,
        Ptp,
        Dispute,
        Callback,
        Deceased,
        Bankrupt,
        Sent,
        Delivered,
        Read,
        Replied,
        Bounced,
        Failed,
        OptedOut,
        Visited,
        Simulated,
        Proposal,
        Agreement,
        Paid,
        ResultCount
    };
    static constexpr int kChannelCount = 10;

private:
    struct ResultMix
    {
        std::vector<int> results;
        Weighted weights;
    };

    void setupMixes();
    void setupTexts();
    // forcedDay: the promise's due day of a ptp, the day of a callback; -1 to draw one.
    void emitActivity(const ActivityDebtor &d, int channel, int direction, int result, int day,
                      int second, int forcedDay);
    Money promiseAmount(const Money &openTotal);
    int localSecond() { return m_hours.pick(m_rng) * 3600 + int(m_rng.below(3600)) + 8 * 3600; }
    const QString &agent()
    {
        return m_options.agents.isEmpty()
                   ? m_empty
                   : m_options.agents.at(m_rng.index(m_options.agents.size()));
    }

    const DemoOptions &m_options;
    const DemoCalendar &m_calendar;
    Rng &m_rng;
    DemoSink &m_sink;

    QString m_empty;
    Weighted m_channelWeights;
    Weighted m_hours;
    std::array<std::array<ResultMix, 2>, kChannelCount> m_mixes;

    QString m_resultNames[ResultCount];
    QString m_summaries[kChannelCount][2][ResultCount];
    QStringList m_notes[ResultCount];                            // call and visit notes
    QStringList m_selfServiceBodies[ResultCount];                // portal and IVR
    QStringList m_outboundBodies[kCreditorCount][kChannelCount]; // per creditor
    QStringList m_inboundReplies, m_optOutReplies;
    QString m_ptpPrefix[kChannelCount][2], m_callbackPrefix[kChannelCount][2];
    QString m_ptpNoDate;

    // Activity budget, spread adaptively so the total lands close to the request.
    qint64 m_remainingActivities = 0;
    double m_windowSum = 0;
    int m_processed = 0;

    // Reused per row to avoid allocations.
    Activity m_activity;
    std::vector<qint64> m_keys;
    std::vector<Promise> m_promises;
};

} // namespace quita::demo
