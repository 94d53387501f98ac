#pragma once

// Where a server test keeps its store: a SQLite file in the test's temporary folder, or,
// with QUITA_SERVER_TEST_BACKEND=postgresql, a PostgreSQL database of its own on the
// throwaway cluster of scripts/test-postgres.sh (QUITA_TEST_PG_URL), created here and
// dropped again, so suites running in parallel never share one.
#include <QDir>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace quita::test {

class ServerBackend
{
public:
    static bool wantsPostgres()
    {
        return qEnvironmentVariable("QUITA_SERVER_TEST_BACKEND") == QLatin1String("postgresql");
    }

    // The location for ServerStore / quita-server --database, or an error text. `skip`
    // is set when PostgreSQL is wanted but not given and not required.
    QString create(const QDir &dir, QString *error, bool *skip)
    {
        *skip = false;
        if (!wantsPostgres())
            return dir.filePath(QStringLiteral("server.sqlite"));
        const QString admin = qEnvironmentVariable("QUITA_TEST_PG_URL");
        if (admin.isEmpty()) {
            *skip = !qEnvironmentVariableIsSet("QUITA_REQUIRE_POSTGRES");
            *error = QStringLiteral("QUITA_TEST_PG_URL is not set: run scripts/test-postgres.sh "
                                    "start");
            return {};
        }
        m_admin = QUrl(admin);
        m_name = QStringLiteral("quita_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_name), error)) {
            m_name.clear();
            return {};
        }
        QUrl url = m_admin;
        url.setPath(QLatin1Char('/') + m_name);
        return url.toString();
    }

    ~ServerBackend()
    {
        if (!m_name.isEmpty()) {
            QString ignored;
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name),
                      &ignored);
        }
    }

private:
    bool adminExec(const QString &statement, QString *error)
    {
        const QString connection = QStringLiteral("quita-test-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_admin.host());
            db.setPort(m_admin.port(5432));
            db.setDatabaseName(m_admin.path().mid(1));
            db.setUserName(m_admin.userName());
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(statement);
                if (!ok)
                    *error = q.lastError().text();
            } else {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QUrl m_admin;
    QString m_name;
};

} // namespace quita::test
