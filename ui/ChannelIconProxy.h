#pragma once

#include <QIdentityProxyModel>

namespace quita {

// Turns channel machine names that a source model gives under `channelRole` into channel
// icons: in the header, instead of the column's word (the consent columns stay narrow),
// and in cells, beside their text (the queue's best contact).
class ChannelIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    ChannelIconProxy(int channelRole, QObject *parent = nullptr)
        : QIdentityProxyModel(parent), m_channelRole(channelRole)
    {}

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_channelRole;
};

} // namespace quita
