#pragma once

// Helpers shared by the store tests: ids as the store writes them, single-value
// queries, plain-SQL rows below the repositories, a temporary store, a plain Qt SQL
// connection of the test's own, and the bytes of a file.
#include "domain/Document.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace quita::test {

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A valid CPF with this nine-digit body.
inline Document cpfWithBody(qint64 body)
{
    const QString nine = QString::number(body);
    return Document::parse(nine + Document::cpfCheckDigits(nine)).value();
}

// Runs one statement with its bound values; warns with the SQL and the error if it fails.
inline bool execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

// The first column of the first row; an invalid QVariant, with a warning, if there is none.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

// scalar() as a number; -1 if the query gives no row.
inline qint64 scalarNumber(const QSqlDatabase &db, const QString &sql)
{
    const QVariant value = scalar(db, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

// Plain-SQL rows, below the repositories: a creditor, and a portfolio of it.
inline bool insertCreditor(const QSqlDatabase &db, const QUuid &id, const QString &name,
                           const QString &document)
{
    return execSql(db, QStringLiteral("INSERT INTO creditor (id, name, document) VALUES (?, ?, ?)"),
                   {idText(id), name, document});
}

inline bool insertPortfolio(const QSqlDatabase &db, const QUuid &id, const QUuid &creditor,
                            const QString &name)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO portfolio (id, creditor_id, name) VALUES (?, ?, ?)"),
                   {idText(id), idText(creditor), name});
}

// Opens the store at path, creating and migrating it; null, with a warning, if it cannot.
inline std::unique_ptr<Database> openStore(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        qWarning() << opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

// A plain Qt SQL connection of the test's own, removed when it goes out of scope.
class SqlConnection
{
public:
    explicit SqlConnection(const QString &path)
        : m_name(QStringLiteral("test-connection-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~SqlConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const { return execSql(db(), sql); }
    QVariant scalar(const QString &sql) const { return test::scalar(db(), sql); }
    // Every schema object (tables, indexes, triggers), by name.
    QStringList tables() const
    {
        QStringList names;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace quita::test
