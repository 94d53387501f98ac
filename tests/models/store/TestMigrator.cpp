#include "StoreTestHelpers.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quita;
using namespace quita::test;

namespace {

QByteArray realMigration(const QString &name)
{
    QFile f(QStringLiteral(":/migrations/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kBrokenMigration = QStringLiteral("0002_broken.sql");
// The migrator logs the failing step (category quita.store.migrate).
const QRegularExpression kBrokenWarning(QStringLiteral("0002_broken\\.sql.*failed.*nope"));

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void splitStatements_data();
    void splitStatements();
    void splitRealMigrations();
    void loadEmbeddedMigrations();
    void loadRejectsBadNames_data();
    void loadRejectsBadNames();
    void loadRejectsGaps_data();
    void loadRejectsGaps();
    void loadIgnoresOtherFiles();
    void freshDatabaseReachesLatest();
    void stepwiseTargets();
    void upgradeIndexesExistingRows();
    void failingMigrationChangesNothing();
    void failingUpgradeKeepsPreviousVersion();
};

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank lines only") << "\n\n   \n\t\n" << QStringList();
    QTest::newRow("comments only") << "-- one\n   -- two\n" << QStringList();
    QTest::newRow("two statements") << "CREATE TABLE a(x);\nCREATE TABLE b(y);\n"
                                    << QStringList{"CREATE TABLE a(x);", "CREATE TABLE b(y);"};
    QTest::newRow("multi-line statement")
        << "CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n"
        << QStringList{"CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);"};
    QTest::newRow("comments dropped")
        << "-- header\nCREATE TABLE a(x); -- trailing\n\n-- between\nINSERT INTO a VALUES (1);\n"
        << QStringList{"CREATE TABLE a(x);", "INSERT INTO a VALUES (1);"};
    QTest::newRow("comment inside a statement")
        << "CREATE TABLE a (\n    x INTEGER, -- the x\n    y TEXT -- the y\n);\n"
        << QStringList{"CREATE TABLE a (\n    x INTEGER, \n    y TEXT \n);"};
    QTest::newRow("a ';' in a comment does not end the statement")
        << "CREATE TABLE a ( -- columns;\n    x INTEGER\n);\n"
        << QStringList{"CREATE TABLE a ( \n    x INTEGER\n);"};
    QTest::newRow("trigger kept whole")
        << "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET n = n + 1;\n"
           "    DELETE FROM c; -- tidy up\nEND;\nCREATE TABLE d(x);\n"
        << QStringList{"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET n = n + 1;\n"
                       "    DELETE FROM c; \nEND;",
                       "CREATE TABLE d(x);"};
    QTest::newRow("lower-case trigger")
        << "create trigger t after delete on a\nbegin\n    delete from b;\nend;\n"
           "create index i on a(x);\n"
        << QStringList{"create trigger t after delete on a\nbegin\n    delete from b;\nend;",
                       "create index i on a(x);"};
    QTest::newRow("two triggers in a row")
        << "CREATE TRIGGER t1 AFTER INSERT ON a\nBEGIN\n    SELECT 1;\nEND;\n"
           "CREATE TRIGGER t2 AFTER INSERT ON a\nBEGIN\n    SELECT 2;\nEND;\n"
        << QStringList{"CREATE TRIGGER t1 AFTER INSERT ON a\nBEGIN\n    SELECT 1;\nEND;",
                       "CREATE TRIGGER t2 AFTER INSERT ON a\nBEGIN\n    SELECT 2;\nEND;"};
    QTest::newRow("last statement without trailing newline")
        << "CREATE TABLE a(x);\nCREATE TABLE b(y);"
        << QStringList{"CREATE TABLE a(x);", "CREATE TABLE b(y);"};
    QTest::newRow("last statement without semicolon")
        << "CREATE TABLE a(x);\nINSERT INTO a VALUES (2)"
        << QStringList{"CREATE TABLE a(x);", "INSERT INTO a VALUES (2)"};
    QTest::newRow("CRLF line ends") << "CREATE TABLE a(x);\r\nCREATE TABLE b(y);\r\n"
                                    << QStringList{"CREATE TABLE a(x);", "CREATE TABLE b(y);"};
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(Migrator::splitStatements(sql), expected);
}

void TestMigrator::splitRealMigrations()
{
    const QStringList initial = Migrator::splitStatements(
        QString::fromUtf8(realMigration(QStringLiteral("0001_initial.sql"))));
    // 7 tables, 5 indexes, 5 triggers.
    QCOMPARE(initial.size(), 17);
    int triggers = 0;
    for (const QString &statement : initial) {
        QVERIFY2(statement.endsWith(QLatin1Char(';')), qPrintable(statement));
        QVERIFY2(!statement.contains(QLatin1String("--")), qPrintable(statement));
        if (statement.startsWith(QLatin1String("CREATE TRIGGER"))) {
            ++triggers;
            QVERIFY(statement.endsWith(QLatin1String("END;")));
            QVERIFY(statement.contains(QLatin1String("BEGIN")));
        }
    }
    QCOMPARE(triggers, 5);

    const QStringList search = Migrator::splitStatements(
        QString::fromUtf8(realMigration(QStringLiteral("0002_search.sql"))));
    // 2 virtual tables, 1 trigger, 2 backfills.
    QCOMPARE(search.size(), 5);
    QVERIFY(search.at(2).startsWith(QLatin1String("CREATE TRIGGER activity_search_insert")));
    QVERIFY(search.at(2).endsWith(QLatin1String("END;")));

    const QStringList sync = Migrator::splitStatements(
        QString::fromUtf8(realMigration(QStringLiteral("0003_sync.sql"))));
    // 3 tables, 1 column, 2 triggers.
    QCOMPARE(sync.size(), 6);
    QVERIFY(sync.at(3).startsWith(QLatin1String("ALTER TABLE debtor ADD COLUMN agent_id")));
    QVERIFY(sync.at(5).startsWith(QLatin1String("CREATE TRIGGER promise_summary_delete")));
}

void TestMigrator::loadEmbeddedMigrations()
{
    const auto loaded = Migrator::load();
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const QList<Migration> &migrations = loaded.value();
    QCOMPARE(migrations.size(), 8);
    QCOMPARE(migrations.at(0).version, 1);
    QCOMPARE(migrations.at(0).name, QStringLiteral("0001_initial.sql"));
    QCOMPARE(migrations.at(1).version, 2);
    QCOMPARE(migrations.at(1).name, QStringLiteral("0002_search.sql"));
    QCOMPARE(migrations.at(2).version, 3);
    QCOMPARE(migrations.at(2).name, QStringLiteral("0003_sync.sql"));
    QCOMPARE(migrations.at(3).version, 4);
    QCOMPARE(migrations.at(3).name, QStringLiteral("0004_deferred_search.sql"));
    QCOMPARE(migrations.at(4).version, 5);
    QCOMPARE(migrations.at(4).name, QStringLiteral("0005_agreements.sql"));
    QCOMPARE(migrations.at(5).version, 6);
    QCOMPARE(migrations.at(5).name, QStringLiteral("0006_protest.sql"));
    QCOMPARE(migrations.at(6).version, 7);
    QCOMPARE(migrations.at(6).name, QStringLiteral("0007_payments.sql"));
    QCOMPARE(migrations.at(7).version, 8);
    QCOMPARE(migrations.at(7).name, QStringLiteral("0008_portfolio_terms.sql"));
    for (const auto &m : migrations)
        QVERIFY(m.sql.contains(QLatin1String("CREATE")));
    QCOMPARE(Migrator::latestVersion(migrations), 8);
    QCOMPARE(Migrator::latestVersion({}), 0);
    QCOMPARE(Database::latestSchemaVersion(), 8);
}

void TestMigrator::loadRejectsBadNames_data()
{
    QTest::addColumn<QString>("badName");

    QTest::newRow("no padding") << "2_search.sql";
    QTest::newRow("five digits") << "00002_search.sql";
    QTest::newRow("dash") << "0002-search.sql";
    QTest::newRow("upper case") << "0002_Search.sql";
    QTest::newRow("space") << "0002_full text.sql";
    QTest::newRow("no name") << "0002_.sql";
    QTest::newRow("no number") << "search.sql";
}

void TestMigrator::loadRejectsBadNames()
{
    QFETCH(QString, badName);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_initial.sql")), "CREATE TABLE a(x);\n"));
    QVERIFY(writeFile(dir.filePath(badName), "CREATE TABLE b(y);\n"));

    const auto loaded = Migrator::load(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("migration_name"));
    QCOMPARE(loaded.error().field, badName);
    QVERIFY2(loaded.error().message.contains(badName), qPrintable(loaded.error().message));

    // Database::open passes the error on and creates nothing.
    Database::Options options;
    options.migrationsDirectory = dir.path();
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const auto opened = Database::open(store, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("migration_name"));
    QVERIFY(!QFile::exists(store));
}

void TestMigrator::loadRejectsGaps_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("offending");

    QTest::newRow("missing 0002") << QStringList{"0001_a.sql", "0003_c.sql"} << "0003_c.sql";
    QTest::newRow("missing 0001") << QStringList{"0002_b.sql", "0003_c.sql"} << "0002_b.sql";
    QTest::newRow("duplicate version")
        << QStringList{"0001_a.sql", "0001_b.sql", "0002_c.sql"} << "0001_b.sql";
    QTest::newRow("late gap") << QStringList{"0001_a.sql", "0002_b.sql", "0004_d.sql"}
                              << "0004_d.sql";
}

void TestMigrator::loadRejectsGaps()
{
    QFETCH(QStringList, files);
    QFETCH(QString, offending);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &file : files)
        QVERIFY(writeFile(dir.filePath(file), "SELECT 1;\n"));
    const auto loaded = Migrator::load(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("migration_gap"));
    QCOMPARE(loaded.error().field, offending);
    QVERIFY2(loaded.error().message.contains(offending), qPrintable(loaded.error().message));
}

void TestMigrator::loadIgnoresOtherFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0002_b.sql")), "CREATE TABLE b(y);\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0001_a.sql")), "CREATE TABLE a(x);\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.md")), "not a migration"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0003_c.sql.orig")), "CREATE TABLE c(z);\n"));
    const auto loaded = Migrator::load(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 2);
    // Sorted by version whatever the order they were written in.
    QCOMPARE(loaded.value().at(0).name, QStringLiteral("0001_a.sql"));
    QCOMPARE(loaded.value().at(0).sql, QStringLiteral("CREATE TABLE a(x);\n"));
    QCOMPARE(loaded.value().at(1).version, 2);
}

void TestMigrator::freshDatabaseReachesLatest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto migrations = Migrator::load();
    QVERIFY(migrations.ok());
    SqlConnection c(dir.filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(c.isOpen());
    QCOMPARE(Migrator::currentVersion(c.db()), 0);

    const Status applied = Migrator::apply(c.db(), migrations.value());
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(Migrator::currentVersion(c.db()), Migrator::latestVersion(migrations.value()));
    QCOMPARE(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 8);
    const QStringList tables = c.tables();
    for (const char *table :
         {"creditor", "portfolio", "debtor", "contact_point", "title", "activity", "promise",
          "debtor_search", "activity_search", "title_summary_insert", "activity_search_insert",
          "outbox", "sync_state", "sync_conflict", "title_summary_delete",
          "promise_summary_delete"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);

    // Applying again is a no-op.
    QVERIFY(Migrator::apply(c.db(), migrations.value()).ok());
    QCOMPARE(Migrator::currentVersion(c.db()), 8);

    // So is Database::open on the migrated file.
    const auto opened = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestMigrator::stepwiseTargets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto migrations = Migrator::load();
    QVERIFY(migrations.ok());
    SqlConnection c(dir.filePath(QStringLiteral("steps.sqlite")));

    QVERIFY(Migrator::apply(c.db(), migrations.value(), 1).ok());
    QCOMPARE(Migrator::currentVersion(c.db()), 1);
    QVERIFY(c.tables().contains(QStringLiteral("debtor")));
    QVERIFY(!c.tables().contains(QStringLiteral("debtor_search")));

    // A lower target never goes back.
    QVERIFY(Migrator::apply(c.db(), migrations.value(), 0).ok());
    QCOMPARE(Migrator::currentVersion(c.db()), 1);

    QVERIFY(Migrator::apply(c.db(), migrations.value(), 2).ok());
    QCOMPARE(Migrator::currentVersion(c.db()), 2);
    QVERIFY(c.tables().contains(QStringLiteral("debtor_search")));
    QVERIFY(!c.tables().contains(QStringLiteral("outbox")));

    QVERIFY(Migrator::apply(c.db(), migrations.value(), -1).ok());
    QCOMPARE(Migrator::currentVersion(c.db()), 8);
    QVERIFY(c.tables().contains(QStringLiteral("outbox")));
}

void TestMigrator::upgradeIndexesExistingRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("upgrade.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 1;
        auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const std::unique_ptr<Database> db = std::move(opened).value();
        QCOMPARE(db->schemaVersion(), 1);
        QSqlQuery q(db->connection());
        for (const char *sql : {
                 "INSERT INTO creditor (id, name, document) VALUES ('c1', 'Banco Azul', "
                 "'12ABC34501DE35')",
                 "INSERT INTO portfolio (id, creditor_id, name) VALUES ('p1', 'c1', 'Cartões')",
                 "INSERT INTO debtor (id, portfolio_id, name, document, state) VALUES "
                 "('d1', 'p1', 'João Araújo', '12345678909', 'SP')",
                 "INSERT INTO debtor (id, portfolio_id, name, document, state) VALUES "
                 "('d2', 'p1', 'Maria Souza', '98765432100', 'RJ')",
                 "INSERT INTO contact_point (id, debtor_id, kind, value) VALUES "
                 "('cp1', 'd1', 'phone', '11987654321')",
                 "INSERT INTO title (id, debtor_id, number, issued_on, due_on, principal_cents, "
                 "open_balance_cents) VALUES ('t1', 'd1', 'CTR-77', '2025-01-10', '2025-02-10', "
                 "10000, 10000)",
                 "INSERT INTO activity (id, debtor_id, channel, direction, result, occurred_at, "
                 "summary, body) VALUES ('a1', 'd1', 'phone', 'outbound', 'ptp', 1767225600000, "
                 "'Negociação da geladeira', 'Prometeu pagar na sexta')",
                 "INSERT INTO activity (id, debtor_id, channel, direction, result, occurred_at, "
                 "summary) VALUES ('a2', 'd2', 'sms', 'outbound', 'sent', 1767225600000, "
                 "'Lembrete de vencimento')",
             })
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM debtor_search")));
    }
    auto reopened = Database::open(path);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    const std::unique_ptr<Database> db = std::move(reopened).value();
    QCOMPARE(db->schemaVersion(), 8);
    // Schema 3 gives every debtor an (unknown yet) assignee and an empty outbox.
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM debtor "
                                                     "WHERE agent_id IS NULL"))
                 .toInt(),
             2);
    QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);

    const auto rowid = [&](const QString &table, const QString &id) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    const auto matches = [&](const QString &table, const QString &expression) {
        QList<qint64> rowids;
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid").arg(table));
        q.addBindValue(expression);
        if (!q.exec())
            qWarning() << q.lastError().text();
        while (q.next())
            rowids << q.value(0).toLongLong();
        return rowids;
    };
    const QString activitySearch = QStringLiteral("activity_search");
    const QString debtorSearch = QStringLiteral("debtor_search");
    const qint64 a1 = rowid(QStringLiteral("activity"), QStringLiteral("a1"));
    const qint64 d1 = rowid(QStringLiteral("debtor"), QStringLiteral("d1"));
    const qint64 d2 = rowid(QStringLiteral("debtor"), QStringLiteral("d2"));
    QVERIFY(a1 > 0 && d1 > 0 && d2 > 0);

    // The activity written before the upgrade is found, accent-insensitively, with its
    // debtor's key.
    QCOMPARE(matches(activitySearch, QStringLiteral("geladeira")), QList<qint64>{a1});
    QCOMPARE(matches(activitySearch, QStringLiteral("negociacao")), QList<qint64>{a1});
    QCOMPARE(matches(activitySearch, QStringLiteral("sexta")), QList<qint64>{a1});
    QCOMPARE(matches(activitySearch, QStringLiteral("debtor_key:d%1").arg(d1)), QList<qint64>{a1});
    QCOMPARE(matches(activitySearch, QStringLiteral("lembrete")).size(), 1);
    QVERIFY(matches(activitySearch, QStringLiteral("inexistente")).isEmpty());

    // So is the debtor: by name, document, phone with and without DDD, contract.
    QCOMPARE(matches(debtorSearch, QStringLiteral("joao")), QList<qint64>{d1});
    QCOMPARE(matches(debtorSearch, QStringLiteral("araujo")), QList<qint64>{d1});
    QCOMPARE(matches(debtorSearch, QStringLiteral("12345678909")), QList<qint64>{d1});
    QCOMPARE(matches(debtorSearch, QStringLiteral("11987654321")), QList<qint64>{d1});
    QCOMPARE(matches(debtorSearch, QStringLiteral("987654321")), QList<qint64>{d1});
    QCOMPARE(matches(debtorSearch, QStringLiteral("ctr")), QList<qint64>{d1});
    QCOMPARE(matches(debtorSearch, QStringLiteral("souza")), QList<qint64>{d2});

    // New rows after the upgrade are indexed by the trigger.
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO activity (id, debtor_id, channel, direction, result, occurred_at, summary) "
        "VALUES ('a3', 'd2', 'email', 'inbound', 'replied', 1767312000000, 'Pedido de boleto')")));
    QCOMPARE(matches(activitySearch, QStringLiteral("boleto")),
             QList<qint64>{rowid(QStringLiteral("activity"), QStringLiteral("a3"))});
}

void TestMigrator::failingMigrationChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(migrations));
    const QByteArray initial = realMigration(QStringLiteral("0001_initial.sql"));
    QVERIFY(!initial.isEmpty());
    QVERIFY(writeFile(migrations + QStringLiteral("/0001_initial.sql"), initial));
    QVERIFY(writeFile(migrations + QLatin1Char('/') + kBrokenMigration,
                      "CREATE TABLE x(a);\nINSERT INTO nope VALUES (1);\n"));

    // Through the migrator itself...
    {
        const auto loaded = Migrator::load(migrations);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().size(), 2);
        SqlConnection c(dir.filePath(QStringLiteral("direct.sqlite")));
        QTest::ignoreMessage(QtWarningMsg, kBrokenWarning);
        const Status applied = Migrator::apply(c.db(), loaded.value());
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().code, QStringLiteral("migration_failed"));
        QCOMPARE(applied.error().field, kBrokenMigration);
        QVERIFY2(applied.error().message.contains(kBrokenMigration),
                 qPrintable(applied.error().message));
        QVERIFY2(applied.error().message.contains(QLatin1String("nope")),
                 qPrintable(applied.error().message));
        QCOMPARE(Migrator::currentVersion(c.db()), 0);
        QCOMPARE(c.tables(), QStringList());
        // The connection is usable afterwards: no transaction left open.
        QVERIFY(c.db().transaction());
        QVERIFY(c.db().rollback());
    }

    // ... and through Database::open.
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    Database::Options options;
    options.migrationsDirectory = migrations;
    {
        QTest::ignoreMessage(QtWarningMsg, kBrokenWarning);
        const auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("migration_failed"));
        QCOMPARE(opened.error().field, kBrokenMigration);
        QVERIFY2(opened.error().message.contains(kBrokenMigration),
                 qPrintable(opened.error().message));
    }
    {
        SqlConnection c(path);
        QVERIFY(c.isOpen());
        QCOMPARE(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
        QCOMPARE(c.tables(), QStringList());
    }
    // Still a fresh file: the real migrations open it.
    const auto good = Database::open(path);
    QVERIFY2(good.ok(), good.ok() ? "" : qPrintable(good.error().message));
    QCOMPARE(good.value()->schemaVersion(), 8);
}

void TestMigrator::failingUpgradeKeepsPreviousVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 1;
        const auto opened = Database::open(path, options);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO creditor (id, name, document) VALUES ('c1', "
                                      "'Banco Azul', '11222333000181')")));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(migrations));
    QVERIFY(writeFile(migrations + QStringLiteral("/0001_initial.sql"),
                      realMigration(QStringLiteral("0001_initial.sql"))));
    QVERIFY(writeFile(migrations + QLatin1Char('/') + kBrokenMigration,
                      "CREATE TABLE x(a);\nINSERT INTO nope VALUES (1);\n"));
    Database::Options options;
    options.migrationsDirectory = migrations;
    {
        QTest::ignoreMessage(QtWarningMsg, kBrokenWarning);
        const auto opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("migration_failed"));
        QCOMPARE(opened.error().field, kBrokenMigration);
    }
    QCOMPARE(fileHash(path), before);
    SqlConnection c(path);
    QCOMPARE(c.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(c.scalar(QStringLiteral("SELECT name FROM creditor WHERE id = 'c1'")).toString(),
             QStringLiteral("Banco Azul"));
    QVERIFY(!c.tables().contains(QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"
