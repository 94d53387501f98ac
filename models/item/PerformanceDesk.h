#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace quita {

// What the performance screens need from the desk's store, so that no widget holds a
// database handle: who last signed in here (for "My performance" when the desk starts
// offline), the portfolios for the filter, and the store's path for the offline report's
// own read-only connection (item/KpiLocalSource).
class PerformanceDesk
{
public:
    PerformanceDesk(QSqlDatabase db, QString storePath)
        : m_db(std::move(db)), m_storePath(std::move(storePath))
    {}

    // sync_state's user_<key> ("id", "role", "display_name") of the last sign-in.
    QString lastUser(const char *key) const;
    // (id, name) of every portfolio on this desk, by name.
    QList<QPair<QString, QString>> portfolios() const;
    const QString &storePath() const { return m_storePath; }

private:
    QSqlDatabase m_db;
    QString m_storePath;
};

} // namespace quita
