#include "Database.h"

#include "Migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Q_LOGGING_CATEGORY(lcStore, "quita.store", QtWarningMsg)

namespace quita {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("quita-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

const QStringList &desktopTables()
{
    static const QStringList tables = {QStringLiteral("creditor"), QStringLiteral("portfolio"),
                                       QStringLiteral("debtor"), QStringLiteral("activity")};
    return tables;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

int Database::latestSchemaVersion()
{
    const auto migrations = Migrator::load(Migrator::defaultDirectory());
    return migrations ? Migrator::latestVersion(migrations.value()) : 0;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    auto migrations = Migrator::load(options.migrationsDirectory);
    if (!migrations)
        return migrations.error();
    const int target = options.targetVersion < 0 ? Migrator::latestVersion(migrations.value())
                                                 : options.targetVersion;

    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("cannot_open"), path,
                     QCoreApplication::translate("Database", "%1 is not a file").arg(path)};

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (options.readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Error{QStringLiteral("cannot_open"), path,
                     QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                         .arg(path, db.lastError().text())};

    // Read before writing anything: a file that is not a database, or not ours,
    // must stay untouched.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return Error{QStringLiteral("corrupt"), path,
                     QCoreApplication::translate(
                         "Database",
                         "The file %1 is not a readable Quita database (%2). It was not changed; "
                         "move it away or restore a backup.")
                         .arg(path, q.lastError().databaseText())};
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    const int version = Migrator::currentVersion(db);
    if (version < 0)
        return Error{
            QStringLiteral("corrupt"), path,
            QCoreApplication::translate(
                "Database",
                "The file %1 is damaged: its schema version cannot be read. It was not changed.")
                .arg(path)};
    if (version == 0 && !tables.isEmpty())
        return Error{
            QStringLiteral("foreign"), path,
            QCoreApplication::translate(
                "Database", "The file %1 is a database of another program. It was not changed.")
                .arg(path)};
    const QStringList &ownTables =
        options.requiredTables.isEmpty() ? desktopTables() : options.requiredTables;
    qsizetype ownPresent = 0;
    for (const QString &table : ownTables)
        ownPresent += tables.contains(table) ? 1 : 0;
    if (version > 0 && ownPresent == 0)
        return Error{
            QStringLiteral("foreign"), path,
            QCoreApplication::translate(
                "Database", "The file %1 is a database of another program. It was not changed.")
                .arg(path)};
    for (const QString &table : ownTables) {
        if (version > 0 && !tables.contains(table))
            return Error{
                QStringLiteral("corrupt"), path,
                QCoreApplication::translate(
                    "Database", "The file %1 is damaged: table %2 is missing. It was not changed.")
                    .arg(path, table)};
    }
    if (version > Migrator::latestVersion(migrations.value()))
        return Error{QStringLiteral("newer_schema"), path,
                     QCoreApplication::translate(
                         "Database",
                         "The database %1 was written by a newer version of Quita (schema %2; this "
                         "version knows up to %3). Update Quita; the file was not changed.")
                         .arg(path)
                         .arg(version)
                         .arg(Migrator::latestVersion(migrations.value()))};
    if (version > 0 && info.size() <= options.integrityCheckLimitBytes) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return Error{QStringLiteral("corrupt"), path,
                         QCoreApplication::translate(
                             "Database", "The file %1 is damaged (%2). It was not changed.")
                             .arg(path, q.lastError().databaseText())};
        if (q.next() && q.value(0).toString() != QLatin1String("ok"))
            return Error{QStringLiteral("corrupt"), path,
                         QCoreApplication::translate(
                             "Database", "The file %1 is damaged (%2). It was not changed.")
                             .arg(path, q.value(0).toString())};
    }
    q.finish();

    if (options.readOnly)
        return database;

    // A page cache of up to 64 MB (SQLite's default is 2 MB): the indexes keyed by random
    // UUIDs touch pages all over the file, and a first sync of 500k activities spends
    // most of its time re-reading them with the default. It grows only as pages are used.
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
          "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error{
                QStringLiteral("cannot_open"), path,
                QCoreApplication::translate("Database", "Cannot configure the database %1: %2")
                    .arg(path, q.lastError().text())};
    }
    q.finish();
    if (auto migrated = Migrator::apply(db, migrations.value(), target); !migrated)
        return migrated.error();
    qCInfo(lcStore) << "opened store, schema" << Migrator::currentVersion(db);
    return database;
}

} // namespace quita
