#pragma once

#include "domain/ContactPoint.h"

#include <QAbstractTableModel>

namespace quita {

// A debtor's phones and e-mails with consent per channel: a tick where the channel
// may be used, "opted out" where the debtor said no, a dash where it does not apply.
class ContactPointModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Header role of the consent columns: the channel's machine name (for an icon).
    static constexpr int ChannelRole = Qt::UserRole + 1;
    enum Column
    {
        ValueColumn,
        LabelColumn,
        VoiceColumn,
        SmsColumn,
        WhatsappColumn,
        EmailColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setContactPoints(const QList<ContactPoint> &points);
    const ContactPoint &pointAt(int row) const { return m_points.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString formatPhone(const QString &digits);

private:
    QList<ContactPoint> m_points;
};

} // namespace quita
