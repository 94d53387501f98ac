#pragma once

// A quita-server core in-process on loopback (real HTTP), on SQLite or on a PostgreSQL
// database of its own, seeded with the demo users, one more supervisor without agents
// (sara), and a small demo portfolio split between ana and bruno.
#include "ApiClient.h"
#include "ServerBackend.h"
#include "api/Api.h"
#include "api/ServerStore.h"
#include "auth/Accounts.h"
#include "auth/Passwords.h"
#include "demo/DemoSeeder.h"
#include "http/HttpServer.h"

#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace quita::test {

struct Poke
{
    QStringList users;
    qint64 seq = 0;
};

class SyncApiFixture
{
public:
    QTemporaryDir dir;
    ServerBackend backend;
    std::unique_ptr<server::ServerStore> store;
    FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<server::Api> api;
    std::unique_ptr<server::HttpServer> http;
    QMutex pokesMutex;
    QList<Poke> pokes;
    QString skipReason;

    // ids of users and of one debtor of each kind
    QString ana, bruno, carla, sara, admin;
    QString anasDebtor, brunosDebtor, poolDebtor;

    static constexpr int kDebtors = 40;

    bool start(QString *error)
    {
        if (!server::Passwords::initialize()) {
            *error = QStringLiteral("libsodium");
            return false;
        }
        bool skip = false;
        const QString location = backend.create(QDir(dir.path()), error, &skip);
        if (skip) {
            skipReason = *error;
            return false;
        }
        if (location.isEmpty())
            return false;
        store = std::make_unique<server::ServerStore>(location);
        if (auto migrated = store->migrate(); !migrated) {
            *error = migrated.error().message;
            return false;
        }
        server::DemoSeeder seeder(*store, clock);
        if (auto users = seeder.seedUsers(QStringLiteral("quita-demo")); !users) {
            *error = users.error().message;
            return false;
        }
        server::Accounts accounts(store->connection());
        auto sup = accounts.createUser(QStringLiteral("sara"), QStringLiteral("Sara Alves"),
                                       QStringLiteral("supervisor"), QStringLiteral("quita-demo"));
        if (!sup) {
            *error = sup.error().message;
            return false;
        }
        DemoOptions options;
        options.debtors = kDebtors;
        options.activities = kDebtors * 6;
        options.today = clock.today();
        if (auto seeded = seeder.seedPortfolio(options); !seeded) {
            *error = seeded.error().message;
            return false;
        }
        ana = userId(QStringLiteral("ana"));
        bruno = userId(QStringLiteral("bruno"));
        carla = userId(QStringLiteral("carla"));
        sara = userId(QStringLiteral("sara"));
        admin = userId(QStringLiteral("admin"));
        anasDebtor = debtorOf(QStringLiteral("agent_id = '%1'").arg(ana));
        brunosDebtor = debtorOf(QStringLiteral("agent_id = '%1'").arg(bruno));
        poolDebtor = debtorOf(QStringLiteral("agent_id IS NULL"));

        api = std::make_unique<server::Api>(*store, clock);
        api->setChangeListener([this](const QStringList &users, qint64 seq) {
            QMutexLocker lock(&pokesMutex);
            pokes.append(Poke{users, seq});
        });
        server::HttpServer::Options options2;
        options2.port = 0;
        http = std::make_unique<server::HttpServer>(
            options2, [this](const server::HttpRequest &r) { return api->handle(r); });
        std::string why;
        if (!http->start(&why)) {
            *error = QString::fromStdString(why);
            return false;
        }
        return true;
    }

    void stop()
    {
        if (http)
            http->stop();
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(http->port()); }

    // A client logged in as `username`.
    std::unique_ptr<ApiClient> client(const QString &username)
    {
        auto c = std::make_unique<ApiClient>(base());
        c->login(username, QStringLiteral("quita-demo"));
        return c;
    }

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(store->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString userId(const QString &username) const
    {
        QSqlQuery q(store->connection());
        q.exec(QStringLiteral("SELECT id FROM app_user WHERE username = '%1'").arg(username));
        return q.next() ? q.value(0).toString() : QString();
    }

    QString debtorOf(const QString &condition) const
    {
        QSqlQuery q(store->connection());
        q.exec(QStringLiteral("SELECT id FROM debtor WHERE %1 ORDER BY id LIMIT 1").arg(condition));
        return q.next() ? q.value(0).toString() : QString();
    }

    QString phoneOf(const QString &debtorId) const
    {
        QSqlQuery q(store->connection());
        q.exec(QStringLiteral("SELECT value FROM contact_point WHERE debtor_id = '%1' AND kind = "
                              "'phone' ORDER BY value LIMIT 1")
                   .arg(debtorId));
        return q.next() ? q.value(0).toString() : QString();
    }
};

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// activity.create args for a phone call at `at` (ms since the epoch).
inline QJsonObject callArgs(const QString &debtorId, qint64 at, const QString &result = "no_answer")
{
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("debtor_id"), debtorId},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("direction"), QStringLiteral("outbound")},
            {QStringLiteral("result"), result},
            {QStringLiteral("occurred_at"), at},
            {QStringLiteral("summary"), QStringLiteral("Ligação de teste")},
            {QStringLiteral("body"), QString()},
            {QStringLiteral("callback_at"), QJsonValue::Null},
            {QStringLiteral("promise"), QJsonValue::Null}};
}

inline QJsonObject mutation(const QString &name, const QJsonObject &args,
                            const QString &mutationId = newId())
{
    return {{QStringLiteral("mutation_id"), mutationId},
            {QStringLiteral("name"), name},
            {QStringLiteral("args"), args}};
}

inline QJsonObject batch(const QJsonArray &mutations, const QString &clientId = "desk-1")
{
    return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("mutations"), mutations}};
}

} // namespace quita::test
