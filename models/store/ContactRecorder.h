#pragma once

#include "domain/Activity.h"
#include "domain/Promise.h"
#include "domain/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace quita {

// The service behind "log a contact": validates the activity and, for a promise to pay,
// the promise, then writes both in one local transaction. Nothing is half-applied.
class ContactRecorder
{
public:
    explicit ContactRecorder(QSqlDatabase db) : m_db(std::move(db)) {}

    Status record(const Activity &activity, const std::optional<Promise> &promise,
                  const QDate &today);

private:
    QSqlDatabase m_db;
};

} // namespace quita
