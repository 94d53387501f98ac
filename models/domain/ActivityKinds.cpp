#include "ActivityKinds.h"

#include <QCoreApplication>

#include <array>

namespace quita {
namespace {

struct ChannelEntry
{
    Channel channel;
    const char *name;
    const char *display;
};

constexpr std::array kChannels = {
    ChannelEntry{Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone")},
    ChannelEntry{Channel::Sms, "sms", QT_TRANSLATE_NOOP("Channel", "SMS")},
    ChannelEntry{Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "E-mail")},
    ChannelEntry{Channel::Whatsapp, "whatsapp", QT_TRANSLATE_NOOP("Channel", "WhatsApp")},
    ChannelEntry{Channel::Chat, "chat", QT_TRANSLATE_NOOP("Channel", "Chat")},
    ChannelEntry{Channel::Social, "social", QT_TRANSLATE_NOOP("Channel", "Social media")},
    ChannelEntry{Channel::Portal, "portal", QT_TRANSLATE_NOOP("Channel", "Self-service portal")},
    ChannelEntry{Channel::Ivr, "ivr", QT_TRANSLATE_NOOP("Channel", "IVR")},
    ChannelEntry{Channel::Letter, "letter", QT_TRANSLATE_NOOP("Channel", "Letter")},
    ChannelEntry{Channel::Visit, "visit", QT_TRANSLATE_NOOP("Channel", "Field visit")},
};

struct ResultEntry
{
    const char *name;
    const char *display;
};

// Display names of the default results; an admin-added result shows its machine name.
constexpr std::array kResultDisplay = {
    ResultEntry{"no_answer", QT_TRANSLATE_NOOP("Result", "No answer")},
    ResultEntry{"busy", QT_TRANSLATE_NOOP("Result", "Busy")},
    ResultEntry{"wrong_number", QT_TRANSLATE_NOOP("Result", "Wrong number")},
    ResultEntry{"left_message", QT_TRANSLATE_NOOP("Result", "Left message")},
    ResultEntry{"third_party", QT_TRANSLATE_NOOP("Result", "Third party")},
    ResultEntry{"rpc", QT_TRANSLATE_NOOP("Result", "Right-party contact")},
    ResultEntry{"refused", QT_TRANSLATE_NOOP("Result", "Refused to pay")},
    ResultEntry{"ptp", QT_TRANSLATE_NOOP("Result", "Promise to pay")},
    ResultEntry{"dispute", QT_TRANSLATE_NOOP("Result", "Dispute")},
    ResultEntry{"callback", QT_TRANSLATE_NOOP("Result", "Callback")},
    ResultEntry{"deceased", QT_TRANSLATE_NOOP("Result", "Deceased")},
    ResultEntry{"bankrupt", QT_TRANSLATE_NOOP("Result", "Bankrupt")},
    ResultEntry{"sent", QT_TRANSLATE_NOOP("Result", "Sent")},
    ResultEntry{"delivered", QT_TRANSLATE_NOOP("Result", "Delivered")},
    ResultEntry{"read", QT_TRANSLATE_NOOP("Result", "Read")},
    ResultEntry{"replied", QT_TRANSLATE_NOOP("Result", "Replied")},
    ResultEntry{"bounced", QT_TRANSLATE_NOOP("Result", "Bounced")},
    ResultEntry{"failed", QT_TRANSLATE_NOOP("Result", "Failed")},
    ResultEntry{"opted_out", QT_TRANSLATE_NOOP("Result", "Opted out")},
    ResultEntry{"visited", QT_TRANSLATE_NOOP("Result", "Visited")},
    ResultEntry{"simulated", QT_TRANSLATE_NOOP("Result", "Simulated")},
    ResultEntry{"proposal", QT_TRANSLATE_NOOP("Result", "Proposal")},
    ResultEntry{"agreement", QT_TRANSLATE_NOOP("Result", "Agreement")},
    ResultEntry{"paid", QT_TRANSLATE_NOOP("Result", "Paid")},
};

ResultCatalog makeDefaults()
{
    ResultCatalog catalog;
    const auto call = ResultFamily::CallOrVisit;
    for (const char *n : {"no_answer", "busy", "left_message", "deceased", "bankrupt"})
        catalog.add({QString::fromLatin1(n), call, false, false});
    for (const char *n : {"wrong_number", "third_party"})
        catalog.add({QString::fromLatin1(n), call, false, true});
    for (const char *n : {"rpc", "refused", "ptp", "dispute", "callback"})
        catalog.add({QString::fromLatin1(n), call, true, true});
    for (const char *n : {"sent", "delivered", "read", "replied", "bounced", "failed", "opted_out"})
        catalog.add({QString::fromLatin1(n), ResultFamily::Message, false, false});
    for (const char *n : {"visited", "simulated", "proposal", "agreement", "paid"})
        catalog.add({QString::fromLatin1(n), ResultFamily::SelfService, false, false});
    return catalog;
}

} // namespace

QString channelName(Channel channel)
{
    for (const auto &e : kChannels)
        if (e.channel == channel)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<Channel> channelFromName(const QString &name)
{
    for (const auto &e : kChannels)
        if (name == QLatin1String(e.name))
            return e.channel;
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    for (const auto &e : kChannels)
        if (e.channel == channel)
            return QCoreApplication::translate("Channel", e.display);
    return {};
}

QList<Channel> allChannels()
{
    QList<Channel> list;
    for (const auto &e : kChannels)
        list.append(e.channel);
    return list;
}

QString directionName(Direction direction)
{
    return direction == Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
}

std::optional<Direction> directionFromName(const QString &name)
{
    if (name == QLatin1String("inbound"))
        return Direction::Inbound;
    if (name == QLatin1String("outbound"))
        return Direction::Outbound;
    return std::nullopt;
}

QString directionDisplayName(Direction direction)
{
    return direction == Direction::Inbound ? QCoreApplication::translate("Direction", "Inbound")
                                           : QCoreApplication::translate("Direction", "Outbound");
}

ResultFamily resultFamily(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
    case Channel::Visit:
        return ResultFamily::CallOrVisit;
    case Channel::Portal:
    case Channel::Ivr:
        return ResultFamily::SelfService;
    case Channel::Sms:
    case Channel::Email:
    case Channel::Whatsapp:
    case Channel::Chat:
    case Channel::Social:
    case Channel::Letter:
        return ResultFamily::Message;
    }
    return ResultFamily::Message;
}

const ResultCatalog &ResultCatalog::defaults()
{
    static const ResultCatalog catalog = makeDefaults();
    return catalog;
}

const ActivityResultInfo *ResultCatalog::find(const QString &name) const
{
    for (const auto &info : m_results)
        if (info.name == name)
            return &info;
    return nullptr;
}

QList<ActivityResultInfo> ResultCatalog::forChannel(Channel channel) const
{
    QList<ActivityResultInfo> list;
    const ResultFamily family = resultFamily(channel);
    for (const auto &info : m_results)
        if (info.family == family)
            list.append(info);
    return list;
}

bool ResultCatalog::isRightParty(const QString &name) const
{
    const auto *info = find(name);
    return info && info->rightParty;
}

bool ResultCatalog::isConnect(const QString &name) const
{
    const auto *info = find(name);
    return info && info->connect;
}

bool ResultCatalog::accepts(Channel channel, const QString &result) const
{
    const auto *info = find(result);
    return info && info->family == resultFamily(channel);
}

void ResultCatalog::add(const ActivityResultInfo &info)
{
    for (auto &existing : m_results) {
        if (existing.name == info.name) {
            existing = info;
            return;
        }
    }
    m_results.append(info);
}

QString ResultCatalog::displayName(const QString &resultName)
{
    for (const auto &e : kResultDisplay)
        if (resultName == QLatin1String(e.name))
            return QCoreApplication::translate("Result", e.display);
    return resultName;
}

} // namespace quita
