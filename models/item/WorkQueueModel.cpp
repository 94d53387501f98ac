#include "WorkQueueModel.h"

#include "domain/BrazilianStates.h"
#include "domain/ContactInsight.h"
#include "domain/Document.h"
#include "store/ActivityRepository.h"
#include "store/DebtorSearchIndex.h"

#include <QLocale>

namespace quita {
namespace {
constexpr int kPageSize = 200;
}

WorkQueueModel::WorkQueueModel(QSqlDatabase db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock),
      m_activities(std::make_unique<ActivityRepository>(db))
{}

WorkQueueModel::~WorkQueueModel() = default;

void WorkQueueModel::reload()
{
    beginResetModel();
    WorkQueueRepository repository(m_db);
    m_queue = repository.build(m_clock.nowUtc(), m_clock.today());
    m_bestContact.clear();
    m_queueRow.clear();
    m_queueRow.reserve(m_queue.size());
    for (qsizetype i = 0; i < m_queue.size(); ++i)
        m_queueRow.insert(m_queue[i].rowid, i);
    if (!m_search.isEmpty())
        m_search.clear();
    m_shown = int(std::min<qsizetype>(kPageSize, m_queue.size()));
    repository.fillDetails(m_queue, 0, m_shown);
    endResetModel();
}

void WorkQueueModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    beginResetModel();
    m_search = trimmed;
    m_hits.clear();
    if (!m_search.isEmpty()) {
        const auto hits = DebtorSearchIndex(m_db).search(m_search, 100);
        for (const DebtorHit &hit : hits) {
            QueueEntry e;
            const auto queued = m_queueRow.constFind(hit.rowid);
            if (queued != m_queueRow.constEnd())
                e = m_queue.at(*queued);
            else
                e.rank = -1; // not in today's queue
            e.rowid = hit.rowid;
            e.detailed = true;
            e.debtorId = hit.id;
            e.name = hit.name;
            e.document = hit.document;
            e.state = hit.state;
            e.totalDue = hit.totalDue;
            m_hits.append(e);
        }
    }
    m_shown = int(std::min<qsizetype>(kPageSize, rows().size()));
    endResetModel();
}

QUuid WorkQueueModel::debtorAt(int row) const
{
    return row >= 0 && row < m_shown ? rows().at(row).debtorId : QUuid();
}

int WorkQueueModel::rowOf(const QUuid &debtorId) const
{
    for (int i = 0; i < m_shown; ++i)
        if (rows().at(i).debtorId == debtorId)
            return i;
    return -1;
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorkQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < rows().size();
}

void WorkQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<qsizetype>(kPageSize, rows().size() - m_shown));
    if (m_search.isEmpty())
        WorkQueueRepository(m_db).fillDetails(m_queue, m_shown, more);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

std::optional<ContactRecommendation> WorkQueueModel::bestContact(const QueueEntry &entry) const
{
    auto it = m_bestContact.constFind(entry.debtorId);
    if (it != m_bestContact.constEnd())
        return *it;
    const int offset = BrazilianStates::timeZone(entry.state).offsetFromUtc(m_clock.nowUtc());
    const auto best = recommendContact(m_activities->contactHistory(entry.debtorId, offset));
    m_bestContact.insert(entry.debtorId, best);
    return best;
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const QueueEntry &e = rows().at(index.row());
    const bool queued = e.rank >= 0;
    const int dpd = e.oldestDueDate.isValid() && e.oldestDueDate < m_clock.today()
                        ? int(e.oldestDueDate.daysTo(m_clock.today()))
                        : 0;
    if (role == DebtorIdRole)
        return e.debtorId;
    if (role == ReasonRole)
        return queued ? queueReasonName(e.reason) : QString();
    if (role == SortRole) {
        switch (index.column()) {
        case ReasonColumn:
            return queued ? e.rank : std::numeric_limits<qint64>::max();
        case TotalDueColumn:
            return qlonglong(e.totalDue.cents());
        case DaysPastDueColumn:
            return dpd;
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ReasonColumn:
            return queued ? queueReasonDisplay(e.reason) : tr("Not in today's queue");
        case NameColumn:
            return e.name;
        case DocumentColumn: {
            const auto doc = Document::parse(e.document);
            return doc ? doc->masked() : QString();
        }
        case StateColumn:
            return e.state;
        case TotalDueColumn:
            return e.totalDue.toString(QLocale());
        case DaysPastDueColumn:
            return dpd > 0 ? QLocale().toString(dpd) : QString();
        case BestContactColumn: {
            const auto best = bestContact(e);
            return best ? tr("%1h").arg(best->localHour, 2, 10, QLatin1Char('0')) : QString();
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && queued) {
        QLocale locale;
        switch (e.reason) {
        case QueueReason::PromiseDueToday:
        case QueueReason::BrokenPromise:
            return tr("Promise due on %1").arg(locale.toString(e.promiseDue, QLocale::ShortFormat));
        case QueueReason::CallbackDue:
            return tr("Callback scheduled for %1")
                .arg(locale.toString(BrazilianStates::localTime(e.state, e.callbackAt),
                                     QLocale::ShortFormat));
        default:
            return queueReasonDisplay(e.reason);
        }
    }
    if (role == BestChannelRole && index.column() == BestContactColumn) {
        const auto best = bestContact(e);
        return best ? channelName(best->channel) : QString();
    }
    if (role == Qt::ToolTipRole && index.column() == BestContactColumn) {
        const auto best = bestContact(e);
        const QString method =
            tr("Learned from this debtor's own answers: the channel and local hour "
               "that reached them most often.");
        return best ? tr("%1 around %2h (debtor's local time). %3")
                          .arg(channelDisplayName(best->channel))
                          .arg(best->localHour)
                          .arg(method)
                    : tr("Not enough answers yet. %1").arg(method);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TotalDueColumn || index.column() == DaysPastDueColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReasonColumn:
        return tr("Why");
    case NameColumn:
        return tr("Debtor");
    case DocumentColumn:
        return tr("CPF/CNPJ");
    case StateColumn:
        return tr("UF");
    case TotalDueColumn:
        return tr("Total due");
    case DaysPastDueColumn:
        return tr("Late");
    case BestContactColumn:
        return tr("Best");
    }
    return {};
}

} // namespace quita
