#include "ServerStore.h"

#include "store/Database.h"
#include "store/Migrator.h"
#include "store/WriteTransaction.h"

#include <QAtomicInt>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace quita::server {
namespace {

const QString kMigrations = QStringLiteral(":/server-migrations");

// `checked`: run the integrity check (once, at start-up; not on every worker's connection).
Database::Options sqliteOptions(bool checked)
{
    Database::Options options;
    options.migrationsDirectory = kMigrations;
    options.requiredTables = {QStringLiteral("app_user"), QStringLiteral("app_session")};
    if (!checked)
        options.integrityCheckLimitBytes = 0;
    return options;
}

// A PostgreSQL connection that is removed with its owner (the thread's cache).
struct PostgresConnection
{
    QString name;
    ~PostgresConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

ServerStore::ServerStore(QString location) : m_location(std::move(location))
{
    m_postgres = isPostgresUrl(m_location);
    if (m_postgres)
        m_url = QUrl(m_location);
}

bool ServerStore::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString ServerStore::displayName() const
{
    return m_postgres ? m_url.toString(QUrl::RemovePassword) : m_location;
}

Result<QSqlDatabase> ServerStore::openPostgres(const QString &connectionName) const
{
    if (!m_url.isValid() || m_url.host().isEmpty() || m_url.path().size() < 2)
        return Error{QStringLiteral("database_url"), QStringLiteral("database"),
                     QStringLiteral("--database: give postgresql://user@host:port/database")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_url.host());
    db.setPort(m_url.port(5432));
    db.setDatabaseName(m_url.path().mid(1));
    db.setUserName(m_url.userName());
    db.setPassword(m_url.password());
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{QStringLiteral("cannot_open"), QStringLiteral("database"),
                     QStringLiteral("cannot connect to %1: %2").arg(displayName(), why)};
    }
    return db;
}

Status ServerStore::migrate() const
{
    if (!m_postgres) {
        auto opened = Database::open(m_location, sqliteOptions(true));
        if (!opened)
            return opened.error();
        return Done{};
    }
    auto migrations = Migrator::load(kMigrations);
    if (!migrations)
        return migrations.error();
    const PostgresConnection owner{QStringLiteral("quita-server-migrate")};
    auto db = openPostgres(owner.name);
    if (!db)
        return db.error();
    const int version = Migrator::currentVersion(db.value());
    if (version > Migrator::latestVersion(migrations.value()))
        return Error{QStringLiteral("newer_schema"), QStringLiteral("database"),
                     QStringLiteral("%1 was written by a newer quita-server (schema %2)")
                         .arg(displayName())
                         .arg(version)};
    return Migrator::apply(db.value(), migrations.value());
}

bool ServerStore::beginWrite(QSqlDatabase &db) const
{
    return sql::beginWrite(db).ok();
}

QSqlDatabase ServerStore::connection() const
{
    // One connection per thread and store; they live as long as the thread.
    thread_local QHash<QString, std::shared_ptr<Database>> files;
    thread_local QHash<QString, std::shared_ptr<PostgresConnection>> servers;
    static QAtomicInt counter;
    if (!m_postgres) {
        auto it = files.find(m_location);
        if (it == files.end()) {
            auto opened = Database::open(m_location, sqliteOptions(false));
            if (!opened)
                return {};
            it = files.insert(m_location, std::shared_ptr<Database>(std::move(opened).value()));
        }
        return (*it)->connection();
    }
    auto it = servers.find(m_location);
    if (it == servers.end()) {
        auto owner = std::make_shared<PostgresConnection>();
        owner->name = QStringLiteral("quita-server-pg-%1").arg(counter.fetchAndAddRelaxed(1));
        if (!openPostgres(owner->name))
            return {};
        it = servers.insert(m_location, owner);
    }
    return QSqlDatabase::database((*it)->name, false);
}

} // namespace quita::server
