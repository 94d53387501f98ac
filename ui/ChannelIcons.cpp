#include "ChannelIcons.h"

#include <QHash>

namespace quita {

QIcon ChannelIcons::channel(Channel channel)
{
    static QHash<Channel, QIcon> cache;
    auto it = cache.find(channel);
    if (it == cache.end())
        it = cache.insert(
            channel, QIcon(QStringLiteral(":/icons/channel-%1.svg").arg(channelName(channel))));
    return *it;
}

QIcon ChannelIcons::channel(const QString &machineName)
{
    const auto c = channelFromName(machineName);
    return c ? channel(*c) : QIcon();
}

QIcon ChannelIcons::direction(Direction direction)
{
    static const QIcon inbound(QStringLiteral(":/icons/direction-inbound.svg"));
    static const QIcon outbound(QStringLiteral(":/icons/direction-outbound.svg"));
    return direction == Direction::Inbound ? inbound : outbound;
}

QIcon ChannelIcons::application()
{
    return QIcon(QStringLiteral(":/icons/quita.svg"));
}

} // namespace quita
