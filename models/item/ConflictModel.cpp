#include "ConflictModel.h"

#include "domain/ActivityKinds.h"
#include "domain/Money.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace quita {
namespace {

QString promiseStatusText(const QString &status)
{
    if (status == QLatin1String("kept"))
        return QCoreApplication::translate("ConflictModel", "kept");
    if (status == QLatin1String("broken"))
        return QCoreApplication::translate("ConflictModel", "broken");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("ConflictModel", "cancelled");
    return QCoreApplication::translate("ConflictModel", "open");
}

} // namespace

ConflictModel::ConflictModel(QSqlDatabase db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(clock)
{
    reload();
}

void ConflictModel::reload()
{
    beginResetModel();
    m_rows = SyncConflicts(m_db).unresolved();
    m_debtorNames.clear();
    for (const SyncConflict &conflict : std::as_const(m_rows))
        m_debtorNames.append(debtorName(conflict));
    endResetModel();
}

QString ConflictModel::debtorName(const SyncConflict &conflict) const
{
    QString debtorId = conflict.args.value(QLatin1String("debtor_id")).toString();
    if (debtorId.isEmpty())
        debtorId = conflict.current.value(QLatin1String("debtor_id")).toString();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM debtor WHERE id = ?"));
    q.addBindValue(debtorId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QCoreApplication::translate("ConflictModel", "(no longer on this desk)");
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictModel::describe(const SyncConflict &c)
{
    if (c.name == QLatin1String("promise.update")) {
        const QString wanted = c.args.value(QLatin1String("status")).toString();
        QString text = QCoreApplication::translate("ConflictModel", "Promise marked %1")
                           .arg(promiseStatusText(wanted));
        if (c.stale()) {
            const QString now = c.current.value(QLatin1String("status")).toString();
            text += QLatin1String(" — ") +
                    QCoreApplication::translate("ConflictModel", "on the server it is now %1")
                        .arg(promiseStatusText(now));
        }
        return text;
    }
    if (c.name == QLatin1String("activity.create")) {
        const QString result = c.args.value(QLatin1String("result")).toString();
        const auto channel = channelFromName(c.args.value(QLatin1String("channel")).toString());
        QString text = QCoreApplication::translate("ConflictModel", "Contact logged: %1 (%2)")
                           .arg(ResultCatalog::displayName(result),
                                channel ? channelDisplayName(*channel) : QString());
        const QString summary = c.args.value(QLatin1String("summary")).toString();
        if (!summary.isEmpty())
            text += QStringLiteral(" — “%1”").arg(summary);
        return text;
    }
    return c.name;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SyncConflict &c = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return c.error.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Debtor:
        return m_debtorNames.value(index.row());
    case Change:
        return describe(c);
    case Reason:
        return reason(c);
    }
    return {};
}

// The server's reason in the agent's language where it is one Quita knows; its own
// words otherwise.
QString ConflictModel::reason(const SyncConflict &c)
{
    if (c.stale())
        return QCoreApplication::translate("ConflictModel",
                                           "Someone changed it on the server first");
    if (c.status == 403)
        return QCoreApplication::translate(
            "ConflictModel", "This debtor was moved out of your portfolio before it arrived");
    if (c.status == 404)
        return QCoreApplication::translate("ConflictModel",
                                           "The server no longer has this debtor or row");
    return c.error.message;
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return QCoreApplication::translate("ConflictModel", "When");
    case Debtor:
        return QCoreApplication::translate("ConflictModel", "Debtor");
    case Change:
        return QCoreApplication::translate("ConflictModel", "Your change");
    case Reason:
        return QCoreApplication::translate("ConflictModel", "Why it was not applied");
    }
    return {};
}

bool ConflictModel::canResend(int row) const
{
    const SyncConflict &c = m_rows.at(row);
    return c.stale() && c.name == QLatin1String("promise.update") &&
           c.current.contains(QLatin1String("version"));
}

Status ConflictModel::discard(int row)
{
    if (auto done = SyncConflicts(m_db).markResolved(m_rows.at(row).id); !done)
        return done;
    reload();
    return Done{};
}

Status ConflictModel::resend(int row)
{
    if (!canResend(row))
        return Error{
            QStringLiteral("invalid"),
            {},
            QCoreApplication::translate("ConflictModel", "Only a stale change can be sent again")};
    const SyncConflict &c = m_rows.at(row);
    QJsonObject args = c.args;
    args.insert(QStringLiteral("base_version"), c.current.value(QLatin1String("version")));
    if (!m_db.transaction())
        return Error{QStringLiteral("sql"), {}, m_db.lastError().text()};
    const auto queued = Outbox(m_db).enqueue(c.name, args, m_clock.nowUtc());
    const Status resolved =
        queued ? SyncConflicts(m_db).markResolved(c.id) : Status(queued.error());
    if (!resolved || !m_db.commit()) {
        m_db.rollback();
        return resolved ? Error{QStringLiteral("sql"), {}, m_db.lastError().text()} : resolved;
    }
    reload();
    return Done{};
}

} // namespace quita
