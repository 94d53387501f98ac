#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <span>

namespace quita::server {

// The synced entities as the server stores and sends them: one column list per entity,
// used for the SQL (select lists, inserts) and for the JSON rows of docs/sync-protocol.md,
// so the two can never disagree.
struct Column
{
    enum class Type
    {
        Text,    // string, or null
        Integer, // int64 (cents, milliseconds, versions), or null
        Flag     // 0/1 in SQL, a JSON boolean
    };
    const char *name;
    Type type;
};

struct Entity
{
    const char *name; // "debtor"
    std::span<const Column> columns;

    QString selectList(const QString &alias = {}) const; // "d.id, d.name, ..."
    QString insertSql() const;                           // INSERT INTO name (...) VALUES (?, ...)
    // A row from values in column order (as bound to insertSql()).
    QJsonObject toJson(const QVariantList &values) const;
    // A row read with selectList(), starting at record index `first`.
    QJsonObject toJson(const QSqlRecord &record, int first = 0) const;
    int indexOf(const char *column) const;
    // INSERTs one row given in column order; the error carries the driver's text.
    Status insert(const QSqlDatabase &db, const QVariantList &values) const;
};

namespace entities {
const Entity &creditor();
const Entity &portfolio();
const Entity &debtor();
const Entity &contactPoint();
const Entity &title();
const Entity &activity();
const Entity &promise();
const Entity &agreement();
const Entity &installment();
const Entity &approvalRequest();
const Entity &payment();
const Entity &indexValue();
const Entity &agreementEvent();
const Entity &protestRequest();
const Entity &protestEvent();
const Entity &protestDocument();
// The entities hanging from a debtor, in the order a backfill sends them.
std::span<const Entity *const> debtorChildren();
} // namespace entities

} // namespace quita::server
