#pragma once

#include <QIdentityProxyModel>

namespace quita {

// Shows a channel icon instead of a word in the header of columns whose source header
// names a channel under `channelRole` (the consent columns), so they stay narrow.
class ChannelHeaderProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    ChannelHeaderProxy(int channelRole, QObject *parent = nullptr)
        : QIdentityProxyModel(parent), m_channelRole(channelRole)
    {}

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int m_channelRole;
};

} // namespace quita
