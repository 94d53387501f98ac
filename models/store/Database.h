#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace quita {

// The desktop's local store: one SQLite file in WAL mode, one Qt SQL connection that
// belongs to the thread that opened it. Opening checks the file before touching it:
// a corrupt file, a file of another program or one written by a newer Quita is
// refused with a clear message and left exactly as it was.
class Database
{
public:
    struct Options
    {
        QString migrationsDirectory = QStringLiteral(":/migrations");
        int targetVersion = -1; // -1: the latest migration
        bool readOnly = false;
        // Files up to this size get a full page check (PRAGMA quick_check) at open; it
        // reads the whole file, about 4 s per GB, so larger stores skip it and report
        // damage when the damaged page is read.
        qint64 integrityCheckLimitBytes = 256LL * 1024 * 1024;
        // Tables every database of this kind has once migrated; a file at version > 0
        // without them is another program's or damaged. Empty: the desktop store's.
        QStringList requiredTables;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace quita
