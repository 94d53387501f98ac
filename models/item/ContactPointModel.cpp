#include "ContactPointModel.h"

#include <QColor>

namespace quita {

void ContactPointModel::setContactPoints(const QList<ContactPoint> &points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

int ContactPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int ContactPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactPointModel::formatPhone(const QString &digits)
{
    if (digits.size() == 11)
        return QStringLiteral("(%1) %2-%3").arg(digits.left(2), digits.mid(2, 5), digits.mid(7));
    if (digits.size() == 10)
        return QStringLiteral("(%1) %2-%3").arg(digits.left(2), digits.mid(2, 4), digits.mid(6));
    return digits;
}

QVariant ContactPointModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const ContactPoint &p = m_points.at(index.row());
    auto consent = [&](Channel channel, bool consented, bool optedOut) -> QVariant {
        const bool applies = channel == Channel::Email ? p.kind == ContactPoint::Kind::Email
                                                       : p.kind != ContactPoint::Kind::Email;
        if (role == Qt::DisplayRole) {
            if (!applies)
                return QStringLiteral("–");
            if (optedOut)
                return QStringLiteral("✗");
            return consented ? QStringLiteral("✓") : QStringLiteral("?");
        }
        if (role == Qt::ForegroundRole && applies)
            return QColor(optedOut ? 0xc62828 : consented ? 0x2e7d32 : 0x9e9e9e);
        if (role == Qt::ToolTipRole && applies) {
            if (optedOut)
                return tr("%1: the debtor opted out").arg(channelDisplayName(channel));
            return consented ? tr("%1: allowed").arg(channelDisplayName(channel))
                             : tr("%1: no consent recorded").arg(channelDisplayName(channel));
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    };
    switch (index.column()) {
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return p.kind == ContactPoint::Kind::Email ? p.value : formatPhone(p.value);
        if (role == Qt::ToolTipRole && p.primary)
            return tr("Primary contact");
        break;
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return p.primary ? tr("%1 (primary)").arg(p.label) : p.label;
        break;
    case VoiceColumn:
        return consent(Channel::Phone, p.consentVoice, p.optOutVoice);
    case SmsColumn:
        return consent(Channel::Sms, p.consentSms, p.optOutSms);
    case WhatsappColumn:
        return consent(Channel::Whatsapp, p.consentWhatsapp, p.optOutWhatsapp);
    case EmailColumn:
        return consent(Channel::Email, p.consentEmail, p.optOutEmail);
    }
    return {};
}

QVariant ContactPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= VoiceColumn)
        return tr("Consent for %1: ✓ allowed, ? not recorded, ✗ opted out, – does not apply")
            .arg(headerData(section, orientation, Qt::DisplayRole).toString());
    if (orientation == Qt::Horizontal && role == ChannelRole && section >= VoiceColumn) {
        const Channel channels[] = {Channel::Phone, Channel::Sms, Channel::Whatsapp,
                                    Channel::Email};
        return channelName(channels[section - VoiceColumn]);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return tr("Contact");
    case LabelColumn:
        return tr("Type");
    case VoiceColumn:
        return tr("Calls");
    case SmsColumn:
        return channelDisplayName(Channel::Sms);
    case WhatsappColumn:
        return channelDisplayName(Channel::Whatsapp);
    case EmailColumn:
        return channelDisplayName(Channel::Email);
    }
    return {};
}

} // namespace quita
