#include "ProtestListModel.h"

#include "ProtestLabels.h"
#include "domain/Document.h"
#include "domain/protest/CraCodes.h"

#include <QLocale>

namespace quita {

ProtestListModel::ProtestListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{}

void ProtestListModel::setFilter(const ProtestFilter &filter)
{
    m_filter = filter;
    reload();
}

void ProtestListModel::reload()
{
    beginResetModel();
    m_rows = ProtestRepository(m_db).requests(m_filter);
    endResetModel();
}

int ProtestListModel::rowOf(const QUuid &requestId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == requestId)
            return row;
    return -1;
}

int ProtestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProtestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ProtestRequestRow &r = m_rows.at(index.row());
    const QLocale locale;
    const Money fees = r.notaryFees + r.distributionFees;
    if (role == RequestIdRole)
        return r.id;
    if (role == StatusRole)
        return r.status;
    if (role == SortRole) {
        switch (index.column()) {
        case AmountColumn:
            return qlonglong(r.amount.cents());
        case SentColumn:
            return r.sentOn;
        case FeesColumn:
            return qlonglong(fees.cents());
        case DocumentsColumn:
            return r.documentCount;
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DebtorColumn:
            return r.debtorName;
        case DocumentColumn: {
            const auto doc = Document::parse(r.document);
            return doc ? doc->masked() : QStringLiteral("***");
        }
        case TitleColumn:
            return r.titleNumber;
        case AmountColumn:
            return r.amount.toString(locale);
        case StatusColumn:
            return protest::statusLabel(r.status);
        case SentColumn:
            return locale.toString(r.sentOn, QLocale::ShortFormat);
        case ProtocolColumn:
            if (r.protocol.isEmpty())
                return QString();
            return r.protocolDate.isValid()
                       ? tr("%1 of %2")
                             .arg(r.protocol, locale.toString(r.protocolDate, QLocale::ShortFormat))
                       : r.protocol;
        case OccurrenceColumn:
            if (!r.irregularityCode.isEmpty())
                return tr("%1: %2").arg(protest::occurrenceLabel(r.occurrence),
                                        irregularityMessage(r.irregularityCode));
            return protest::occurrenceLabel(r.occurrence);
        case FeesColumn:
            return fees.isZero() ? QString() : fees.toString(locale);
        case DocumentsColumn:
            return r.documentCount > 0 ? locale.toString(r.documentCount) : QString();
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FeesColumn && !fees.isZero())
            return tr("Notary fees %1, distribution fees %2")
                .arg(r.notaryFees.toString(locale), r.distributionFees.toString(locale));
        if (index.column() == OccurrenceColumn && r.occurrenceDate.isValid())
            return tr("Reported for %1")
                .arg(locale.toString(r.occurrenceDate, QLocale::ShortFormat));
        if (index.column() == TitleColumn)
            return tr("Our number %1, requested by %2").arg(r.nossoNumero, r.requestedBy);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == AmountColumn || index.column() == FeesColumn ||
         index.column() == DocumentsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProtestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DebtorColumn:
        return tr("Debtor");
    case DocumentColumn:
        return tr("CPF/CNPJ");
    case TitleColumn:
        return tr("Title");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case SentColumn:
        return tr("Sent on");
    case ProtocolColumn:
        return tr("Protocol");
    case OccurrenceColumn:
        return tr("Occurrence");
    case FeesColumn:
        return tr("Fees");
    case DocumentsColumn:
        return tr("Documents");
    }
    return {};
}

} // namespace quita
