#pragma once

#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace quita {

struct Migration
{
    int version = 0;
    QString name; // file name, e.g. "0002_search.sql"
    QString sql;
};

// Versioned schema migrations kept as SQL files named NNNN_name.sql (in the
// ":/migrations" resource for the application). The schema version lives in SQLite's
// PRAGMA user_version, or on PostgreSQL (the server) in a one-row quita_schema_version
// table. All pending steps run in one transaction together with the new
// user_version: a failing step leaves the file exactly as it was.
class Migrator
{
public:
    static QString defaultDirectory() { return QStringLiteral(":/migrations"); }
    static Result<QList<Migration>> load(const QString &directory = defaultDirectory());
    static int latestVersion(const QList<Migration> &migrations);

    // Brings `db` from its current version to `target` (-1: the latest).
    static Status apply(QSqlDatabase db, const QList<Migration> &migrations, int target = -1);
    static int currentVersion(QSqlDatabase db);

    // Splits a script into statements at ";" ending a line, keeping CREATE TRIGGER
    // bodies (which hold ";" themselves) whole until their "END;". Comments dropped.
    static QStringList splitStatements(const QString &sql);
};

} // namespace quita
