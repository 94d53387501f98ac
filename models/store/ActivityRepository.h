#pragma once

#include "domain/Activity.h"
#include "domain/ContactInsight.h"
#include "domain/Result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace quita {

// One page of a debtor's timeline, newest first, by keyset: rows strictly older than
// (beforeAt, beforeId) when a cursor is given.
struct TimelineQuery
{
    QUuid debtorId;
    QSet<Channel> channels;             // empty: every channel
    std::optional<Direction> direction; // empty: both
    QStringList results;                // empty: every result
    QString text;                       // full-text search in summary and body
    QDateTime beforeAt;                 // cursor; invalid: from the newest
    QUuid beforeId;
    int limit = 100;
};

class ActivityRepository
{
public:
    explicit ActivityRepository(QSqlDatabase db);

    // Validates and appends one activity (the error names the field), in the caller's
    // transaction if one is open.
    Status insert(const Activity &activity);
    static Status validate(const Activity &activity);

    QList<Activity> timeline(const TimelineQuery &query);
    int count(const QUuid &debtorId) const;

    // Outbound attempts and connects per channel and local hour for each debtor;
    // `utcOffsetSeconds` maps the stored UTC hour to the debtor's local hour.
    QList<ContactHistoryCell> contactHistory(const QUuid &debtorId, int utcOffsetSeconds) const;

private:
    qint64 debtorRowid(const QUuid &debtorId) const;

    QSqlDatabase m_db;
    QSqlQuery m_firstPage; // the hot path, prepared once: no filter, no cursor
    QSqlQuery m_nextPage;  // no filter, with cursor
};

} // namespace quita
