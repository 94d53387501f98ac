#include "Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMigrate, "quita.store.migrate", QtWarningMsg)

namespace quita {

Result<QList<Migration>> Migrator::load(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QDir dir(directory);
    if (!dir.exists())
        return Error{
            QStringLiteral("migration_read"), directory,
            QCoreApplication::translate("Migrator", "The migrations folder %1 does not exist")
                .arg(directory)};
    QList<Migration> migrations;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return Error{QStringLiteral("migration_name"), file,
                         QCoreApplication::translate("Migrator",
                                                     "Migration file %1 is not named NNNN_name.sql")
                             .arg(file)};
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error{
                QStringLiteral("migration_read"), file,
                QCoreApplication::translate("Migrator", "Cannot read migration %1").arg(file)};
        migrations.append({match.captured(1).toInt(), file, QString::fromUtf8(f.readAll())});
    }
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return Error{QStringLiteral("migration_gap"), migrations[i].name,
                         QCoreApplication::translate(
                             "Migrator", "Migration %1 is out of sequence (expected version %2)")
                             .arg(migrations[i].name)
                             .arg(i + 1)};
    }
    return migrations;
}

int Migrator::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace

int Migrator::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (isPostgres(db)) {
        // PostgreSQL has no user_version: a one-row table holds it.
        if (!q.exec(QStringLiteral("SELECT to_regclass('quita_schema_version') IS NOT NULL")) ||
            !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (!q.exec(QStringLiteral("SELECT version FROM quita_schema_version")) || !q.next())
            return 0;
        return q.value(0).toInt();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (current.isEmpty() &&
            trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger
                              ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                              : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Status Migrator::apply(QSqlDatabase db, const QList<Migration> &migrations, int target)
{
    if (target < 0)
        target = latestVersion(migrations);
    const int from = currentVersion(db);
    if (from < 0)
        return Error{QStringLiteral("corrupt"),
                     {},
                     QCoreApplication::translate("Migrator", "Cannot read the schema version: %1")
                         .arg(db.lastError().text())};
    if (from >= target)
        return Done{};
    if (!db.transaction())
        return Error{QStringLiteral("migration_failed"), {}, db.lastError().text()};

    QSqlQuery q(db);
    for (const Migration &m : migrations) {
        if (m.version <= from || m.version > target)
            continue;
        qCInfo(lcMigrate) << "applying" << m.name;
        const QStringList statements = splitStatements(m.sql);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                q.finish();
                db.rollback();
                qCWarning(lcMigrate) << "migration" << m.name << "failed:" << why;
                return Error{QStringLiteral("migration_failed"), m.name,
                             QCoreApplication::translate(
                                 "Migrator", "Migration %1 failed, nothing was changed: %2")
                                 .arg(m.name, why)};
            }
        }
    }
    const bool recorded =
        isPostgres(db)
            ? q.exec(QStringLiteral(
                  "CREATE TABLE IF NOT EXISTS quita_schema_version (version INTEGER NOT NULL)")) &&
                  q.exec(QStringLiteral("DELETE FROM quita_schema_version")) &&
                  q.exec(QStringLiteral("INSERT INTO quita_schema_version (version) VALUES (%1)")
                             .arg(target))
            : q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
    if (!recorded || !db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error{QStringLiteral("migration_failed"), {}, why};
    }
    return Done{};
}

} // namespace quita
