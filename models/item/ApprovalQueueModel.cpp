#include "ApprovalQueueModel.h"

#include "domain/negotiation/ApprovalRole.h"
#include "store/ApprovalRepository.h"
#include "sync/SyncState.h"

#include <QJsonObject>
#include <QLocale>

namespace quita {

ApprovalQueueModel::ApprovalQueueModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
    reload();
}

void ApprovalQueueModel::reload()
{
    // Only what the user signed in on this desk may answer: requests needing their role
    // or a lower one, and never their own.
    const SyncState state(m_db);
    const QString me = state.value(QStringLiteral("user_id")).toString();
    const auto role = approvalRoleFromName(state.value(QStringLiteral("user_role")).toString())
                          .value_or(ApprovalRole::Agent);
    beginResetModel();
    m_requests.clear();
    for (const ApprovalRequest &r : ApprovalRepository(m_db).pending()) {
        const auto needed = approvalRoleFromName(r.approverRole).value_or(ApprovalRole::Admin);
        if (int(role) >= int(needed) && r.requestedBy != me)
            m_requests.append(r);
    }
    endResetModel();
}

const ApprovalRequest *ApprovalQueueModel::request(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int ApprovalQueueModel::rowOf(const QUuid &requestId) const
{
    for (qsizetype i = 0; i < m_requests.size(); ++i)
        if (m_requests.at(i).id == requestId)
            return int(i);
    return -1;
}

Status ApprovalQueueModel::decide(int row, bool approve, const QString &comment,
                                  const QDateTime &nowUtc)
{
    const ApprovalRequest *r = request(row);
    if (!r)
        return Error{QStringLiteral("not_found"), QStringLiteral("request"),
                     tr("Choose a request first.")};
    const SyncState state(m_db);
    const Status decided = ApprovalRepository(m_db).decide(
        r->id, approve, comment, state.value(QStringLiteral("user_id")).toString(),
        state.value(QStringLiteral("user_display_name")).toString(), nowUtc);
    if (decided) {
        beginRemoveRows({}, row, row);
        m_requests.removeAt(row);
        endRemoveRows();
    }
    return decided;
}

QString ApprovalQueueModel::describeOffer(const ScenarioRequest &offer)
{
    const QLocale locale;
    QString plan;
    switch (offer.kind) {
    case ScenarioKind::Full:
        plan = tr("Pay in full");
        break;
    case ScenarioKind::Price:
        plan = tr("Price %1x").arg(offer.installments);
        break;
    case ScenarioKind::Sac:
        plan = tr("SAC %1x").arg(offer.installments);
        break;
    case ScenarioKind::Flat:
        plan = tr("%1x without interest").arg(offer.installments);
        break;
    }
    QStringList parts{plan};
    if (offer.downPayment && !offer.downPayment->isZero())
        parts << tr("down payment %1").arg(offer.downPayment->toString(locale));
    if (offer.discountPercent > 0)
        parts << tr("%1 % off").arg(locale.toString(offer.discountPercent, 'f', 1));
    parts << tr("first due %1").arg(locale.toString(offer.firstDue, QLocale::ShortFormat));
    return parts.join(QLatin1String(", "));
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    const ApprovalRequest *r = request(index.row());
    if (!r)
        return {};
    if (role == Qt::ToolTipRole && !r->note.isEmpty())
        return r->note;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case CreatedColumn:
        return locale.toString(r->createdAt.toLocalTime(), QLocale::ShortFormat);
    case DebtorColumn:
        return r->debtorName;
    case AgentColumn:
        return r->requestedByName;
    case OfferColumn: {
        const qint64 total = r->computed.value(QLatin1String("total_cents")).toInteger();
        return total > 0
                   ? tr("%1 – total %2")
                         .arg(describeOffer(r->offer), Money::fromCents(total).toString(locale))
                   : describeOffer(r->offer);
    }
    case ApproverColumn:
        return r->approverRole == QLatin1String("admin") ? tr("administrator") : tr("supervisor");
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Asked");
    case DebtorColumn:
        return tr("Debtor");
    case AgentColumn:
        return tr("Agent");
    case OfferColumn:
        return tr("Offer");
    case ApproverColumn:
        return tr("Needs");
    }
    return {};
}

} // namespace quita
