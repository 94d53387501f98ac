// Talks real HTTP on loopback to a quita-server core started in-process.
#include "ServerBackend.h"
#include "api/Api.h"
#include "api/ServerStore.h"
#include "auth/Accounts.h"
#include "auth/Passwords.h"
#include "http/HttpServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace quita;
using namespace quita::server;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

} // namespace

class TestAuthApi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    test::ServerBackend backend;
    std::unique_ptr<ServerStore> store;
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<Api> api;
    std::unique_ptr<HttpServer> http;
    QNetworkAccessManager network;

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(http->port()).arg(path));
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QString &token = {})
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
    }

    Reply login(const QString &user, const QString &password)
    {
        return call("POST", QStringLiteral("/api/v1/auth/login"),
                    QJsonDocument(QJsonObject{{QStringLiteral("username"), user},
                                              {QStringLiteral("password"), password}})
                        .toJson());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Passwords::initialize());
        QString why;
        bool skip = false;
        const QString location = backend.create(QDir(dir.path()), &why, &skip);
        if (skip)
            QSKIP(qPrintable(why));
        QVERIFY2(!location.isEmpty(), qPrintable(why));
        store = std::make_unique<ServerStore>(location);
        const Status migrated = store->migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        QCOMPARE(store->migrate().ok(), true); // a second start finds the schema current
        Accounts accounts(store->connection());
        QVERIFY(accounts
                    .createUser(QStringLiteral("ana"), QStringLiteral("Ana Souza"),
                                QStringLiteral("agent"), QStringLiteral("senha-forte-1"))
                    .ok());
        QVERIFY(accounts
                    .createUser(QStringLiteral("rita"), {}, QStringLiteral("agent"),
                                QStringLiteral("senha-forte-2"))
                    .ok());
        api = std::make_unique<Api>(*store, clock);
        HttpServer::Options options;
        options.port = 0;
        options.bodyLimit = 4096;
        http = std::make_unique<HttpServer>(
            options, [this](const HttpRequest &r) { return api->handle(r); });
        std::string error;
        QVERIFY2(http->start(&error), error.c_str());
        QVERIFY(http->port() > 0);
    }

    void cleanupTestCase()
    {
        if (http)
            http->stop();
    }

    void health()
    {
        const Reply r = call("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(call("POST", QStringLiteral("/api/v1/health")).status, 405);
        const Reply missing = call("GET", QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("not_found"));
    }

    void loginMeLogout()
    {
        const Reply ok = login(QStringLiteral("ana"), QStringLiteral("senha-forte-1"));
        QCOMPARE(ok.status, 200);
        const QString token = ok.json.value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(ok.json.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("agent"));

        const Reply me = call("GET", QStringLiteral("/api/v1/me"), {}, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("username")).toString(), QStringLiteral("ana"));
        QCOMPARE(me.json.value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Ana Souza"));

        QCOMPARE(call("GET", QStringLiteral("/api/v1/me")).status, 401);
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/me"), {}, QStringLiteral("not-a-token")).status,
            401);

        QCOMPARE(call("POST", QStringLiteral("/api/v1/auth/logout"), {}, token).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, token).status, 401); // revoked
        QCOMPARE(call("POST", QStringLiteral("/api/v1/auth/logout"), {}, token).status, 401);
    }

    void sessionsExpire()
    {
        const QString token = login(QStringLiteral("ana"), QStringLiteral("senha-forte-1"))
                                  .json.value(QStringLiteral("token"))
                                  .toString();
        QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, token).status, 200);
        clock.advanceSeconds(Api::sessionLifetimeSeconds + 1);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/me"), {}, token).status, 401);
        clock.advanceSeconds(-(Api::sessionLifetimeSeconds + 1));
    }

    void refusesBadInput()
    {
        const Reply wrong = login(QStringLiteral("ana"), QStringLiteral("errada"));
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.json.contains(QStringLiteral("token")));
        QCOMPARE(login(QStringLiteral("nobody"), QStringLiteral("whatever")).status, 401);

        const Reply malformed = call("POST", QStringLiteral("/api/v1/auth/login"), "{not json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("malformed"));
        const Reply wrongType = call("POST", QStringLiteral("/api/v1/auth/login"),
                                     R"({"username": 7, "password": "x"})");
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("username"));

        const Reply tooLarge =
            call("POST", QStringLiteral("/api/v1/auth/login"), QByteArray(8192, 'x'));
        QCOMPARE(tooLarge.status, 413);
        // The server still answers after refusing a large body.
        QCOMPARE(call("GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    void repeatedFailuresAreSlowed()
    {
        // Earlier tests failed logins from this address too; start from a fresh window.
        clock.advanceSeconds(Api::failureWindowSeconds);
        for (int i = 0; i < Api::maxFailures; ++i)
            QCOMPARE(login(QStringLiteral("rita"), QStringLiteral("wrong-%1").arg(i)).status, 401);
        const Reply blocked = login(QStringLiteral("rita"), QStringLiteral("senha-forte-2"));
        QCOMPARE(blocked.status, 429); // even the right password waits
        QVERIFY(blocked.retryAfter.toInt() > 0);
        clock.advanceSeconds(Api::failureWindowSeconds);
        QCOMPARE(login(QStringLiteral("rita"), QStringLiteral("senha-forte-2")).status, 200);
    }

    void idleConnectionsAreServedConcurrently()
    {
        // A client that connects and says nothing does not hold up others.
        QTcpSocket idle;
        idle.connectToHost(QStringLiteral("127.0.0.1"), http->port());
        QVERIFY(idle.waitForConnected(2000));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "TestAuthApi.moc"
