#include "ChannelHeaderProxy.h"

#include "ChannelIcons.h"

namespace quita {

QVariant ChannelHeaderProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel()) {
        const QString channel =
            sourceModel()->headerData(section, orientation, m_channelRole).toString();
        if (!channel.isEmpty()) {
            if (role == Qt::DecorationRole)
                return ChannelIcons::channel(channel);
            if (role == Qt::DisplayRole)
                return QString();
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

} // namespace quita
