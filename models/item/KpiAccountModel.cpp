#include "KpiAccountModel.h"

#include "domain/Money.h"

#include <QJsonArray>
#include <QLocale>

namespace quita {

KpiAccountModel::KpiAccountModel(QObject *parent) : QAbstractTableModel(parent)
{}

Status KpiAccountModel::setAnswer(const QJsonObject &json)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray())
        return Error{QStringLiteral("invalid_kpi_accounts"), QStringLiteral("items"),
                     tr("The list of accounts is missing from the answer.")};
    QList<KpiAccount> accounts;
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const QUuid id = QUuid::fromString(item.value(QLatin1String("debtor_id")).toString());
        if (id.isNull())
            return Error{QStringLiteral("invalid_kpi_accounts"),
                         QStringLiteral("items[%1].debtor_id").arg(i),
                         tr("Account %1 of the answer has no debtor id.").arg(i + 1)};
        accounts << KpiAccount{id, item.value(QLatin1String("name")).toString(),
                               item.value(QLatin1String("portfolio_id")).toString(),
                               item.value(QLatin1String("count")).toInteger(),
                               item.value(QLatin1String("amount_cents")).toInteger()};
    }
    beginResetModel();
    m_accounts = accounts;
    m_truncated = json.value(QLatin1String("truncated")).toBool();
    endResetModel();
    return Done{};
}

void KpiAccountModel::clear()
{
    beginResetModel();
    m_accounts.clear();
    m_truncated = false;
    endResetModel();
}

QUuid KpiAccountModel::debtorAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row).debtorId : QUuid();
}

int KpiAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int KpiAccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiAccountModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const KpiAccount &a = m_accounts.at(index.row());
    if (role == DebtorIdRole)
        return a.debtorId;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case Portfolio:
        return m_portfolios.value(a.portfolioId, a.portfolioId);
    case Count:
        return role == SortRole ? QVariant(a.count) : QVariant(QLocale().toString(a.count));
    case Amount:
        return role == SortRole ? QVariant(a.amountCents)
                                : QVariant(Money::fromCents(a.amountCents).toString());
    default:
        return {};
    }
}

QVariant KpiAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Debtor");
    case Portfolio:
        return tr("Portfolio");
    case Count:
        return tr("Count");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace quita
