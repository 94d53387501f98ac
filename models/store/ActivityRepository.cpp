#include "ActivityRepository.h"

#include "FtsTerms.h"
#include "SqlValues.h"
#include "domain/ActivityKinds.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace quita {
namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.debtor_id, a.channel, a.direction, a.result, a.occurred_at, a.agent, a.summary, "
    "a.body, a.callback_at");

Activity readActivity(const QSqlQuery &q)
{
    Activity a;
    a.id = sql::toId(q.value(0));
    a.debtorId = sql::toId(q.value(1));
    a.channel = channelFromName(q.value(2).toString()).value_or(Channel::Phone);
    a.direction = directionFromName(q.value(3).toString()).value_or(Direction::Outbound);
    a.result = q.value(4).toString();
    a.occurredAt = sql::toInstant(q.value(5));
    a.agent = q.value(6).toString();
    a.summary = q.value(7).toString();
    a.body = q.value(8).toString();
    a.callbackAt = sql::toInstant(q.value(9));
    return a;
}

QList<Activity> readAll(QSqlQuery &q)
{
    QList<Activity> rows;
    while (q.next())
        rows.append(readActivity(q));
    q.finish();
    return rows;
}

} // namespace

ActivityRepository::ActivityRepository(QSqlDatabase db)
    : m_db(std::move(db)), m_firstPage(m_db), m_nextPage(m_db)
{
    m_firstPage.setForwardOnly(true);
    m_firstPage.prepare(QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM activity a WHERE a.debtor_id = ? "
                                       "ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"));
    m_nextPage.setForwardOnly(true);
    m_nextPage.prepare(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM activity a WHERE a.debtor_id = ? AND (a.occurred_at < ? "
                       "OR (a.occurred_at = ? AND a.id < ?)) "
                       "ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"));
}

Status ActivityRepository::validate(const Activity &a)
{
    if (a.id.isNull())
        return Error{QStringLiteral("empty"), QStringLiteral("id"),
                     QCoreApplication::translate("ActivityRepository", "Activity: missing id")};
    if (a.debtorId.isNull())
        return Error{QStringLiteral("empty"), QStringLiteral("debtor"),
                     QCoreApplication::translate("ActivityRepository", "Debtor: choose a debtor")};
    if (a.result.isEmpty())
        return Error{QStringLiteral("empty"), QStringLiteral("result"),
                     QCoreApplication::translate("ActivityRepository",
                                                 "Result: choose the result of the contact")};
    if (!ResultCatalog::defaults().accepts(a.channel, a.result))
        return Error{QStringLiteral("result"), QStringLiteral("result"),
                     QCoreApplication::translate("ActivityRepository",
                                                 "Result: \"%1\" is not a result of the %2 channel")
                         .arg(ResultCatalog::displayName(a.result), channelDisplayName(a.channel))};
    if (!a.occurredAt.isValid())
        return Error{QStringLiteral("date"), QStringLiteral("occurred_at"),
                     QCoreApplication::translate("ActivityRepository",
                                                 "Time: enter when the contact happened")};
    if (a.result == QLatin1String("callback") && !a.callbackAt.isValid())
        return Error{
            QStringLiteral("empty"), QStringLiteral("callback_at"),
            QCoreApplication::translate("ActivityRepository", "Callback: enter when to call back")};
    if (a.callbackAt.isValid() && a.callbackAt < a.occurredAt)
        return Error{QStringLiteral("date"), QStringLiteral("callback_at"),
                     QCoreApplication::translate("ActivityRepository",
                                                 "Callback: the time must be after the contact")};
    if (a.body.size() > 20000)
        return Error{QStringLiteral("length"), QStringLiteral("body"),
                     QCoreApplication::translate("ActivityRepository",
                                                 "Message: at most 20,000 characters")};
    if (a.summary.size() > 500)
        return Error{
            QStringLiteral("length"), QStringLiteral("summary"),
            QCoreApplication::translate("ActivityRepository", "Summary: at most 500 characters")};
    return Done{};
}

Status ActivityRepository::insert(const Activity &a)
{
    if (auto valid = validate(a); !valid)
        return valid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO activity (id, debtor_id, channel, direction, result, occurred_at, agent, "
        "summary, body, callback_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {sql::id(a.id), sql::id(a.debtorId), QVariant(channelName(a.channel)),
          QVariant(directionName(a.direction)), QVariant(a.result), sql::instant(a.occurredAt),
          sql::text(a.agent), sql::text(a.summary), sql::text(a.body), sql::instant(a.callbackAt)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

QList<Activity> ActivityRepository::timeline(const TimelineQuery &query)
{
    const QString match = fts::allPrefixes(fts::words(query.text));
    const bool cursor = query.beforeAt.isValid();
    const bool filtered = !query.channels.isEmpty() || query.direction ||
                          !query.results.isEmpty() || !match.isEmpty();
    if (!filtered) {
        QSqlQuery &q = cursor ? m_nextPage : m_firstPage;
        q.addBindValue(sql::id(query.debtorId));
        if (cursor) {
            q.addBindValue(sql::instant(query.beforeAt));
            q.addBindValue(sql::instant(query.beforeAt));
            q.addBindValue(sql::id(query.beforeId));
        }
        q.addBindValue(query.limit);
        if (!q.exec())
            return {};
        return readAll(q);
    }

    QString where = QStringLiteral("a.debtor_id = ?");
    QVariantList binds{sql::id(query.debtorId)};
    if (cursor) {
        where += QStringLiteral(" AND (a.occurred_at < ? OR (a.occurred_at = ? AND a.id < ?))");
        binds << sql::instant(query.beforeAt) << sql::instant(query.beforeAt)
              << sql::id(query.beforeId);
    }
    if (!query.channels.isEmpty()) {
        QStringList marks;
        for (Channel c : query.channels) {
            marks << QStringLiteral("?");
            binds << channelName(c);
        }
        where += QStringLiteral(" AND a.channel IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (query.direction) {
        where += QStringLiteral(" AND a.direction = ?");
        binds << directionName(*query.direction);
    }
    if (!query.results.isEmpty()) {
        QStringList marks;
        for (const QString &r : query.results) {
            marks << QStringLiteral("?");
            binds << r;
        }
        where += QStringLiteral(" AND a.result IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!match.isEmpty()) {
        // The debtor's own token keeps the full-text lookup inside this timeline.
        where += QStringLiteral(" AND a.rowid IN (SELECT rowid FROM activity_search WHERE "
                                "activity_search MATCH ?)");
        binds << QStringLiteral("debtor_key:\"d%1\" AND {summary body}: (%2)")
                     .arg(QString::number(debtorRowid(query.debtorId)), match);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM activity a WHERE ") +
              where + QStringLiteral(" ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    if (!q.exec())
        return {};
    return readAll(q);
}

qint64 ActivityRepository::debtorRowid(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rowid FROM debtor WHERE id = ?"));
    q.addBindValue(sql::id(debtorId));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

int ActivityRepository::count(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM activity WHERE debtor_id = ?"));
    q.addBindValue(sql::id(debtorId));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<ContactHistoryCell> ActivityRepository::contactHistory(const QUuid &debtorId,
                                                             int utcOffsetSeconds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT channel, ((occurred_at / 1000 + ?) % 86400) / 3600 AS hour, result, count(*) "
        "FROM activity WHERE debtor_id = ? AND direction = 'outbound' GROUP BY channel, hour, "
        "result"));
    q.addBindValue(utcOffsetSeconds + 86400); // keep the modulo positive
    q.addBindValue(sql::id(debtorId));
    QList<ContactHistoryCell> cells;
    if (!q.exec())
        return cells;
    while (q.next()) {
        const auto channel = channelFromName(q.value(0).toString());
        if (!channel)
            continue;
        const int hour = q.value(1).toInt();
        const int n = q.value(3).toInt();
        const int responses = isResponse(q.value(2).toString()) ? n : 0;
        auto it = std::find_if(cells.begin(), cells.end(), [&](const ContactHistoryCell &c) {
            return c.channel == *channel && c.localHour == hour;
        });
        if (it == cells.end())
            cells.append({*channel, hour, n, responses});
        else {
            it->attempts += n;
            it->connects += responses;
        }
    }
    return cells;
}

} // namespace quita
