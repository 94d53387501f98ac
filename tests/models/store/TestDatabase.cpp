#include "StoreTestHelpers.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quita;
using namespace quita::test;

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(rng.bounded(256));
    return bytes;
}

// A valid store at the latest schema, closed again.
bool createStore(const QString &path)
{
    return openStore(path) != nullptr;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshStore();
    void reopenKeepsData();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void largeStoresSkipThePageCheck();
    void directoryPath();
    void missingParentDirectory();
    void readOnlyDoesNotMigrate();
    void twoStoresAtOnce();
};

void TestDatabase::freshStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quita.sqlite"));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    const std::unique_ptr<Database> db = std::move(opened).value();

    QCOMPARE(db->path(), path);
    QVERIFY(db->connection().isOpen());
    QCOMPARE(Database::latestSchemaVersion(), 8);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5000);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL
    // Foreign keys are enforced.
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO portfolio (id, creditor_id, name) VALUES ('p', 'no-such-creditor', 'x')")));
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quita.sqlite"));
    {
        const auto opened = Database::open(path);
        QVERIFY(opened.ok());
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO creditor (id, name, document) VALUES ('c1', "
                                      "'Banco Azul', '11222333000181')")));
    }
    // The WAL was folded back into the file on close.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    const auto again = Database::open(path);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again.value()->schemaVersion(), 8);
    QSqlQuery q(again.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM creditor WHERE id = 'c1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Banco Azul"));
}

void TestDatabase::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");

    QTest::newRow("newer schema") << "newer"
                                  << "newer_schema";
    QTest::newRow("random bytes") << "random"
                                  << "corrupt";
    QTest::newRow("text file") << "text"
                               << "corrupt";
    QTest::newRow("another program's database") << "foreign"
                                                << "foreign";
    QTest::newRow("another program's database with a user_version") << "foreign-versioned"
                                                                    << "foreign";
    QTest::newRow("store with a table missing") << "missing-table"
                                                << "corrupt";
    QTest::newRow("store with a damaged page") << "damaged-page"
                                               << "corrupt";
}

void TestDatabase::refusedFilesStayUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quita.sqlite"));

    if (kind == QLatin1String("newer")) {
        QVERIFY(createStore(path));
        SqlConnection c(path);
        QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 99")));
    } else if (kind == QLatin1String("random")) {
        QVERIFY(writeFile(path, randomBytes(64 * 1024, 42)));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(
            path, QByteArray("Lista de devedores, não é um banco de dados.\n").repeated(200)));
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("foreign-versioned")) {
        SqlConnection c(path);
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE foo (id INTEGER PRIMARY KEY, bar TEXT)")));
        QVERIFY(c.exec(QStringLiteral("INSERT INTO foo (bar) VALUES ('baz'), ('qux')")));
        if (kind == QLatin1String("foreign-versioned"))
            QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 1")));
    } else if (kind == QLatin1String("missing-table")) {
        QVERIFY(createStore(path));
        SqlConnection c(path);
        QVERIFY(c.exec(QStringLiteral("DROP TABLE activity")));
    } else if (kind == QLatin1String("damaged-page")) {
        QVERIFY(createStore(path));
        {
            SqlConnection c(path);
            QVERIFY(c.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(c.exec(QStringLiteral("INSERT INTO creditor (id, name, document) VALUES ('c1', "
                                          "'Banco', '11222333000181')")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() >= 4 * pageSize);
        // Scribble over the second page (a table's b-tree root), leaving the header and
        // the schema on page 1 readable.
        QVERIFY(f.seek(pageSize));
        QCOMPARE(f.write(randomBytes(int(pageSize), 7)), pageSize);
    } else {
        QFAIL("unknown kind");
    }
    QVERIFY(QFile::exists(path));
    const QByteArray before = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    QVERIFY(!before.isEmpty());

    {
        const auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, code);
        QCOMPARE(opened.error().field, path);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QLatin1String("not changed")),
                 qPrintable(opened.error().message));
    }

    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // Opening again gives the same answer: nothing was half-repaired.
    const auto again = Database::open(path);
    QVERIFY(!again.ok());
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::largeStoresSkipThePageCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quita.sqlite"));
    QVERIFY(createStore(path));
    {
        SqlConnection c(path);
        QVERIFY(c.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(c.exec(QStringLiteral(
            "INSERT INTO creditor (id, name, document) VALUES ('c1', 'Banco', '11222333000181')")));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096)); // the creditor table's root page
        QCOMPARE(f.write(randomBytes(4096, 7)), qint64(4096));
    }
    QCOMPARE(Database::Options().integrityCheckLimitBytes, 256LL * 1024 * 1024);

    // Within the limit the damage is found at open...
    QVERIFY(!Database::open(path).ok());
    // ... above it the check is skipped and the damage shows when the page is read.
    Database::Options options;
    options.integrityCheckLimitBytes = QFileInfo(path).size() - 1;
    const auto opened = Database::open(path, options);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QSqlQuery q(opened.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT name FROM creditor")) || !q.next());
}

void TestDatabase::directoryPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(path));
    const auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("cannot_open"));
    QCOMPARE(opened.error().field, path);
    QVERIFY(opened.error().message.contains(path));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty());
}

void TestDatabase::missingParentDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/folder/quita.sqlite"));
    const auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("cannot_open"));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::readOnlyDoesNotMigrate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("quita.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 1;
        QVERIFY(Database::open(path, options).ok());
    }
    const QByteArray before = fileHash(path);
    {
        Database::Options options;
        options.readOnly = true;
        const auto opened = Database::open(path, options);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value()->schemaVersion(), 1);
        QSqlQuery q(opened.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM debtor")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO creditor (id, name, document) VALUES ('c', 'x', '11222333000181')")));
    }
    QCOMPARE(fileHash(path), before);
    // A normal open then migrates it.
    const auto opened = Database::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->schemaVersion(), 8);
}

void TestDatabase::twoStoresAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto a = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
    const auto b = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value()->connection().connectionName() != b.value()->connection().connectionName());
    QSqlQuery qa(a.value()->connection());
    QVERIFY(qa.exec(QStringLiteral(
        "INSERT INTO creditor (id, name, document) VALUES ('c1', 'A', '11222333000181')")));
    QSqlQuery qb(b.value()->connection());
    QVERIFY(qb.exec(QStringLiteral("SELECT count(*) FROM creditor")) && qb.next());
    QCOMPARE(qb.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
