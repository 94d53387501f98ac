#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUuid>

#include <optional>

namespace quita {

// Something that happened to a debtor's account rather than a contact: an agreement made,
// paid, broken or settled; a title sent to protest, protested, withdrawn... The timeline
// shows them among the contacts.
struct TimelineEvent
{
    QUuid id;
    QDateTime occurredAt; // UTC
    QString source;       // "agreement" or "protest"
    QString kind;         // agreement_event.kind or protest_event.kind
    std::optional<int> installmentNumber;
    Money amount;
    QString by;      // who did it, when a person did
    QString summary; // the server's own words (protest events)
};

// A debtor's account events, newest first (they are few: no paging).
class TimelineEventRepository
{
public:
    explicit TimelineEventRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QList<TimelineEvent> forDebtor(const QUuid &debtorId) const;

private:
    QSqlDatabase m_db;
};

} // namespace quita
