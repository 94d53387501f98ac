#include "ChannelIconProxy.h"

#include "ChannelIcons.h"

namespace quita {

QVariant ChannelIconProxy::headerData(int section, Qt::Orientation orientation, int role) const
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

QVariant ChannelIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole) {
        const QString channel = QIdentityProxyModel::data(index, m_channelRole).toString();
        if (!channel.isEmpty())
            return ChannelIcons::channel(channel);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace quita
