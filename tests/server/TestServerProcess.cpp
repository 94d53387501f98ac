// Real quita-server processes on loopback: killed with SIGKILL in the middle of a push
// (its answer lost after the commit), restarted, replayed; pokes over the WebSocket; and
// two servers over one PostgreSQL telling each other's subscribers.
#include "ApiClient.h"
#include "ServerBackend.h"
#include "ServerProcess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

#include <memory>

using namespace quita::test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject callMutation(const QString &debtorId, qint64 at)
{
    return {{QStringLiteral("mutation_id"), newId()},
            {QStringLiteral("name"), QStringLiteral("activity.create")},
            {QStringLiteral("args"),
             QJsonObject{{QStringLiteral("id"), newId()},
                         {QStringLiteral("debtor_id"), debtorId},
                         {QStringLiteral("channel"), QStringLiteral("phone")},
                         {QStringLiteral("direction"), QStringLiteral("outbound")},
                         {QStringLiteral("result"), QStringLiteral("no_answer")},
                         {QStringLiteral("occurred_at"), at},
                         {QStringLiteral("summary"), QStringLiteral("Tentativa")}}}};
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ServerBackend backend;
    QString location; // a PostgreSQL URL, or empty for --data-dir

    QStringList storeArguments() const
    {
        if (!location.isEmpty())
            return {QStringLiteral("--database"), location};
        return {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
    }

    static QString firstDebtor(ApiClient &client)
    {
        return client.get(QStringLiteral("/api/v1/debtors?limit=1"))
            .json.value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        bool skip = false;
        const QString created = backend.create(QDir(dir.path()), &error, &skip);
        if (skip)
            QSKIP(qPrintable(error));
        QVERIFY2(!created.isEmpty(), qPrintable(error));
        if (ServerBackend::wantsPostgres())
            location = created;
    }

    void killedMidPushLosesNothing()
    {
        const QStringList demo =
            storeArguments() + QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                                           QStringLiteral("20")};
        QJsonArray mutations;
        QString token, debtor;
        {
            ServerProcess doomed;
            QVERIFY(doomed.start(demo, QStringLiteral("kill-after-commits:3")));
            ApiClient ana(doomed.base());
            token = ana.login(QStringLiteral("ana"), QStringLiteral("quita-demo"));
            QVERIFY(!token.isEmpty());
            debtor = firstDebtor(ana);
            QVERIFY(!debtor.isEmpty());
            const qint64 at = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < 5; ++i)
                mutations.append(callMutation(debtor, at + i * 1000));
            const ApiReply lost = ana.post(QStringLiteral("/api/v1/sync/push"),
                                           {{QStringLiteral("client_id"), QStringLiteral("desk-1")},
                                            {QStringLiteral("mutations"), mutations}});
            QCOMPARE(lost.status, 0); // the server died after the third commit
            if (doomed.process.state() != QProcess::NotRunning)
                QVERIFY(doomed.process.waitForFinished(10000));
            QCOMPARE(doomed.process.exitStatus(), QProcess::CrashExit);
        }
        ServerProcess restarted;
        QVERIFY(restarted.start(storeArguments()));
        ApiClient ana(restarted.base());
        ana.setToken(token); // sessions survive a restart
        const ApiReply replay = ana.post(QStringLiteral("/api/v1/sync/push"),
                                         {{QStringLiteral("client_id"), QStringLiteral("desk-1")},
                                          {QStringLiteral("mutations"), mutations}});
        QCOMPARE(replay.status, 200);
        const QJsonArray results = replay.json.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 5);
        for (const QJsonValue &r : results)
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toInt(), 200);
        // Every acknowledged mutation exists exactly once.
        const ApiReply timeline =
            ana.get(QStringLiteral("/api/v1/debtors/%1/timeline?limit=1000").arg(debtor));
        QHash<QString, int> seen;
        for (const QJsonValue &a : timeline.json.value(QStringLiteral("items")).toArray())
            ++seen[a.toObject().value(QStringLiteral("id")).toString()];
        for (const QJsonValue &m : mutations) {
            const QString id = m.toObject()
                                   .value(QStringLiteral("args"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
            QCOMPARE(seen.value(id), 1);
        }
    }

    void pokesReachSubscribersAcrossServers()
    {
        // On SQLite one process serves both; on PostgreSQL a second one shares the database.
        ServerProcess first;
        QVERIFY(first.start(storeArguments()));
        ServerProcess second;
        const bool twoServers = !location.isEmpty();
        if (twoServers)
            QVERIFY(second.start(storeArguments()));
        const QString listenBase = twoServers ? second.base() : first.base();

        ApiClient ana(first.base());
        QVERIFY(!ana.login(QStringLiteral("ana"), QStringLiteral("quita-demo")).isEmpty());
        ApiClient bruno(listenBase);
        QVERIFY(!bruno.login(QStringLiteral("bruno"), QStringLiteral("quita-demo")).isEmpty());
        ApiClient carla(listenBase);
        QVERIFY(!carla.login(QStringLiteral("carla"), QStringLiteral("quita-demo")).isEmpty());

        QWebSocket refused;
        QSignalSpy refusedClosed(&refused, &QWebSocket::disconnected);
        refused.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/events?token=nope")
                              .arg(QUrl(listenBase).port())));
        QVERIFY(refusedClosed.wait(10000) || refusedClosed.count() > 0);

        auto subscribe = [&](ApiClient &who) {
            auto socket = std::make_unique<QWebSocket>();
            socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/events?token=%2")
                                  .arg(QUrl(listenBase).port())
                                  .arg(who.token())));
            return socket;
        };
        auto carlaSocket = subscribe(carla);
        auto brunoSocket = subscribe(bruno);
        QSignalSpy carlaConnected(carlaSocket.get(), &QWebSocket::connected);
        QSignalSpy brunoConnected(brunoSocket.get(), &QWebSocket::connected);
        QVERIFY(carlaConnected.wait(10000) || carlaConnected.count() > 0);
        QVERIFY(brunoConnected.count() > 0 || brunoConnected.wait(10000));
        QSignalSpy carlaPoked(carlaSocket.get(), &QWebSocket::textMessageReceived);
        QSignalSpy brunoPoked(brunoSocket.get(), &QWebSocket::textMessageReceived);

        const ApiReply pushed = ana.post(
            QStringLiteral("/api/v1/sync/push"),
            {{QStringLiteral("client_id"), QStringLiteral("desk-2")},
             {QStringLiteral("mutations"),
              QJsonArray{callMutation(firstDebtor(ana), QDateTime::currentMSecsSinceEpoch())}}});
        QCOMPARE(pushed.json.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toInt(),
                 200);
        // ana's supervisor is poked (through the other server on PostgreSQL) ...
        QVERIFY(carlaPoked.count() > 0 || carlaPoked.wait(10000)); // may come during the push
        const QJsonObject poke =
            QJsonDocument::fromJson(carlaPoked.first().first().toString().toUtf8()).object();
        QCOMPARE(poke.value(QStringLiteral("type")).toString(), QStringLiteral("poke"));
        const qint64 seq = poke.value(QStringLiteral("seq")).toInteger();
        QVERIFY(seq > 0);
        // ... and pulling there shows the change at that seq; bruno is not told.
        const ApiReply pulled =
            carla.get(QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(seq - 1));
        QCOMPARE(pulled.json.value(QStringLiteral("changes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("seq"))
                     .toInteger(),
                 seq);
        QTest::qWait(300);
        QCOMPARE(brunoPoked.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "TestServerProcess.moc"
