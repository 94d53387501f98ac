#include "ProtestReturnModel.h"

#include "ProtestLabels.h"
#include "domain/protest/CraCodes.h"
#include "domain/protest/CraReader.h"

#include <QLocale>

namespace quita {

void ProtestReturnModel::setResult(const QByteArray &content, const ProtestFile &result)
{
    beginResetModel();
    m_lines.clear();
    const auto file = CraReader::read(content);
    if (file) {
        for (qsizetype i = 0; i < file->transactions.size(); ++i) {
            const CraTransaction &t = file->transactions.at(i);
            if (t.debtorSequence != 1)
                continue;
            Line l;
            l.line = int(i) + 2; // the header is line 1
            l.titleNumber = t.titleNumber;
            l.debtorName = t.debtorName;
            l.protocol = t.reply.protocol;
            if (t.reply.occurrence)
                l.occurrence = occurrenceLabel(*t.reply.occurrence);
            if (!t.reply.irregularity.isEmpty())
                l.irregularity = tr("%1 – %2").arg(t.reply.irregularity,
                                                   irregularityMessage(t.reply.irregularity));
            l.fees = t.reply.notaryFees + t.reply.distributionFees;
            for (const QJsonObject &r : result.requests) {
                const bool sameNumber =
                    r.value(QLatin1String("nosso_numero")).toString() == t.nossoNumero;
                const bool sameProtocol =
                    !t.reply.protocol.isEmpty() &&
                    r.value(QLatin1String("protocol")).toString() == t.reply.protocol;
                if (sameNumber || sameProtocol) {
                    l.status = r.value(QLatin1String("status")).toString();
                    break;
                }
            }
            m_lines.append(l);
        }
    }
    endResetModel();
}

void ProtestReturnModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int ProtestReturnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProtestReturnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtestReturnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LineColumn:
            return locale.toString(l.line);
        case TitleColumn:
            return l.titleNumber;
        case DebtorColumn:
            return l.debtorName;
        case ProtocolColumn:
            return l.protocol;
        case OccurrenceColumn:
            return l.occurrence.isEmpty() ? tr("Confirmed (protocolled)") : l.occurrence;
        case IrregularityColumn:
            return l.irregularity;
        case FeesColumn:
            return l.fees.isZero() ? QString() : l.fees.toString(locale);
        case StatusColumn:
            return l.status.isEmpty() ? tr("Unchanged") : protest::statusLabel(l.status);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == IrregularityColumn)
        return l.irregularity;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == LineColumn || index.column() == FeesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProtestReturnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TitleColumn:
        return tr("Title");
    case DebtorColumn:
        return tr("Debtor");
    case ProtocolColumn:
        return tr("Protocol");
    case OccurrenceColumn:
        return tr("Occurrence");
    case IrregularityColumn:
        return tr("Irregularity");
    case FeesColumn:
        return tr("Fees");
    case StatusColumn:
        return tr("Status now");
    }
    return {};
}

} // namespace quita
