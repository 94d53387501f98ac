#include "ContactRecorder.h"

#include "ActivityRepository.h"
#include "PromiseRepository.h"

#include <QCoreApplication>
#include <QSqlError>

namespace quita {

Status ContactRecorder::record(const Activity &activity, const std::optional<Promise> &promise,
                               const QDate &today)
{
    if (auto valid = ActivityRepository::validate(activity); !valid)
        return valid;
    if (activity.result == QLatin1String("ptp") && !promise)
        return Error{QStringLiteral("empty"), QStringLiteral("promise_amount"),
                     QCoreApplication::translate("ContactRecorder",
                                                 "Promise to pay: enter the amount and the date")};
    if (promise) {
        if (auto valid = PromiseRepository::validate(*promise, today); !valid)
            return valid;
    }
    if (!m_db.transaction())
        return Error{QStringLiteral("sql"), {}, m_db.lastError().text()};
    Status written = ActivityRepository(m_db).insert(activity);
    if (written && promise)
        written = PromiseRepository(m_db).insert(*promise);
    if (!written) {
        m_db.rollback();
        return written;
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, why};
    }
    return Done{};
}

} // namespace quita
