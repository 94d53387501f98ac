#pragma once

#include "domain/Promise.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace quita {

// Marks a promise kept, broken or cancelled on the desk: the row and its promise.update
// mutation, carrying the version the change is based on, in one local transaction. A
// promise the server has not acknowledged yet (version 0) is based on version 1, the
// version the server gives a new promise; each earlier change of it still waiting in the
// outbox adds one.
class PromiseUpdater
{
public:
    explicit PromiseUpdater(QSqlDatabase db) : m_db(std::move(db)) {}

    Status setStatus(const QUuid &promiseId, Promise::Status status, const QDateTime &nowUtc);

private:
    QSqlDatabase m_db;
};

} // namespace quita
