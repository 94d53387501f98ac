// The desk against a real quita-server process on loopback: sign in, first sync, a
// logged contact reaching the server, a gateway's inbound event appearing in the open
// timeline, working offline and catching up, and a debtor reassigned while the desk was
// offline ending in the conflicts list.
#include "ApiClient.h"
#include "ConflictsDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ServerProcess.h"
#include "SyncStatusWidget.h"
#include "UiSnapshot.h"
#include "WorkQueueView.h"
#include "item/ConflictModel.h"
#include "item/DebtorWorkspace.h"
#include "item/SyncController.h"
#include "item/TimelineModel.h"
#include "item/WorkQueueModel.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace quita;
using namespace quita::test;

class TestSyncDesk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ServerProcess server;
    quint16 port = 0;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Database> database;
    SystemClock clock;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<ApiClient> ana, admin;

    QStringList serverArguments() const
    {
        return {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("server")),
                QStringLiteral("--demo"), QStringLiteral("--demo-size"), QStringLiteral("30")};
    }

    int serverActivities(const QUuid &debtor)
    {
        return int(ana->get(QStringLiteral("/api/v1/debtors/%1/timeline?limit=1000")
                                .arg(debtor.toString(QUuid::WithoutBraces)))
                       .json.value(QStringLiteral("items"))
                       .toArray()
                       .size());
    }

    Status logCall(const QString &note)
    {
        ContactDraft draft;
        draft.channel = Channel::Phone;
        draft.result = QStringLiteral("rpc");
        draft.note = note;
        return window->workspace()->logContact(draft);
    }

    QString statusText() const { return window->syncStatus()->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(server.start(serverArguments()));
        port = server.port;
        ana = std::make_unique<ApiClient>(server.base());
        QVERIFY(!ana->login(QStringLiteral("ana"), QStringLiteral("quita-demo")).isEmpty());
        admin = std::make_unique<ApiClient>(server.base());
        QVERIFY(!admin->login(QStringLiteral("admin"), QStringLiteral("quita-demo")).isEmpty());

        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("quita.ini")));
        settings->setValue(Settings::Key::ServerUrl, server.base());
        const QString store = dir.filePath(QStringLiteral("desk.sqlite"));
        auto opened = Database::open(store);
        QVERIFY(opened.ok());
        database = std::move(opened).value();
        SyncEngine::Options options;
        options.firstRetryMs = 200;
        options.maxRetryMs = 1000;
        options.localChangeDelayMs = 50;
        sync = std::make_unique<SyncController>(store, nullptr, options);
        sync->setServer(QUrl(server.base()));
        window = std::make_unique<MainWindow>(*database, clock, *settings, sync.get());
        window->resize(1440, 900);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(statusText().contains(QStringLiteral("not signed in")));
    }

    void cleanupTestCase()
    {
        window.reset();
        sync.reset();
    }

    void wrongPasswordIsRefusedInTheDialog()
    {
        LoginDialog dialog(*sync, server.base(), QString());
        dialog.show();
        dialog.signIn(QStringLiteral("ana"), QStringLiteral("errada"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY(error->text().contains(QStringLiteral("wrong username or password")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->text().isEmpty());
        test::snapshot(&dialog, "sync-login-refused");
        dialog.signIn(QString(), QString());
        QCOMPARE(error->text(), QStringLiteral("User: enter your user name"));
    }

    void signInAndFirstSync()
    {
        // The dialog closes itself once the server accepts.
        QTimer::singleShot(30000, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<LoginDialog *>(w))
                    d->reject();
        });
        window->showLogin(QStringLiteral("ana"), QStringLiteral("quita-demo"));
        QVERIFY(sync->isSignedIn());
        const int expected = int(ana->get(QStringLiteral("/api/v1/debtors?limit=500"))
                                     .json.value(QStringLiteral("items"))
                                     .toArray()
                                     .size());
        QVERIFY(expected > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window->workspace()->isOpen(), 30000); // the top of the queue
        QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Online")), 10000);
        QVERIFY(statusText().contains(QStringLiteral("last sync")));
        QSqlQuery count(database->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM debtor")) && count.next());
        QCOMPARE(count.value(0).toInt(), expected);
        QCOMPARE(settings->agentName(), QStringLiteral("Ana Souza"));
        test::snapshot(window.get(), "sync-desk-online");
    }

    void loggedContactReachesTheServer()
    {
        const QUuid debtor = window->workspace()->debtorId();
        const int before = serverActivities(debtor);
        QVERIFY(logCall(QStringLiteral("Confirmou endereço")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(serverActivities(debtor), before + 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pending(), 0, 10000);
        const QJsonObject newest = ana->get(QStringLiteral("/api/v1/debtors/%1/timeline?limit=1")
                                                .arg(debtor.toString(QUuid::WithoutBraces)))
                                       .json.value(QStringLiteral("items"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(newest.value(QStringLiteral("agent")).toString(), QStringLiteral("Ana Souza"));
    }

    void inboundEventShowsInTheOpenTimeline()
    {
        const ApiReply integration =
            admin->post(QStringLiteral("/api/v1/admin/integrations"),
                        {{QStringLiteral("name"), QStringLiteral("WhatsApp Business")}});
        QCOMPARE(integration.status, 201);
        ApiClient gateway(server.base());
        gateway.setToken(integration.json.value(QStringLiteral("api_key")).toString());
        const QString debtor = window->workspace()->debtorId().toString(QUuid::WithoutBraces);
        const ApiReply posted = gateway.post(
            QStringLiteral("/api/v1/activities"),
            {{QStringLiteral("external_id"), QStringLiteral("wamid.test.1")},
             {QStringLiteral("debtor_id"), debtor},
             {QStringLiteral("channel"), QStringLiteral("whatsapp")},
             {QStringLiteral("direction"), QStringLiteral("inbound")},
             {QStringLiteral("result"), QStringLiteral("replied")},
             {QStringLiteral("occurred_at"), QDateTime::currentMSecsSinceEpoch()},
             {QStringLiteral("summary"), QStringLiteral("Cliente respondeu: pago sexta")}});
        QCOMPARE(posted.status, 201);
        TimelineModel *timeline = window->workspace()->timeline();
        // Poked over the WebSocket, pulled and applied: the open timeline shows it.
        QTRY_COMPARE_WITH_TIMEOUT(timeline->index(0).data(TimelineModel::SummaryRole).toString(),
                                  QStringLiteral("Cliente respondeu: pago sexta"), 10000);
    }

    void offlineWorkIsSentOnReconnect()
    {
        server.stop();
        const QUuid debtor = window->workspace()->debtorId();
        QVERIFY(logCall(QStringLiteral("Sem servidor: anotado na mesa")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Offline")), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pending(), 1, 10000);
        QVERIFY(statusText().contains(QStringLiteral("waiting to be sent")));
        // The contact is on the desk already.
        QCOMPARE(
            window->workspace()->timeline()->index(0).data(TimelineModel::SummaryRole).toString(),
            QStringLiteral("Sem servidor: anotado na mesa"));
        QVERIFY(server.start(serverArguments(), {}, port));
        QTRY_COMPARE_WITH_TIMEOUT(sync->pending(), 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Online")), 10000);
        int found = 0;
        for (const QJsonValue &a : ana->get(QStringLiteral("/api/v1/debtors/%1/timeline?limit=1000")
                                                .arg(debtor.toString(QUuid::WithoutBraces)))
                                       .json.value(QStringLiteral("items"))
                                       .toArray())
            found += a.toObject().value(QStringLiteral("summary")).toString() ==
                     QLatin1String("Sem servidor: anotado na mesa");
        QCOMPARE(found, 1);
    }

    void stalePromiseIsSentAgainOnTheCurrentVersion()
    {
        // A promise made at the desk reaches the server (version 1).
        ContactDraft draft;
        draft.channel = Channel::Phone;
        draft.result = QStringLiteral("ptp");
        draft.note = QStringLiteral("Paga na sexta");
        draft.promiseAmount = QStringLiteral("150.00");
        draft.promiseDate = QDate::currentDate().addDays(3);
        QVERIFY(window->workspace()->logContact(draft).ok());
        const auto promise = window->workspace()->openPromise();
        QVERIFY(promise.has_value());
        const QString promiseId = promise->id.toString(QUuid::WithoutBraces);
        const QString debtorId = window->workspace()->debtorId().toString(QUuid::WithoutBraces);
        auto onServer = [&] {
            for (const QJsonValue &p : ana->get(QStringLiteral("/api/v1/debtors/%1").arg(debtorId))
                                           .json.value(QStringLiteral("promises"))
                                           .toArray())
                if (p.toObject().value(QStringLiteral("id")).toString() == promiseId)
                    return p.toObject().value(QStringLiteral("status")).toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("open"), 20000);

        // Offline, the agent cancels it; meanwhile the supervisor marks it kept.
        server.stop();
        QVERIFY(window->workspace()->setOpenPromiseStatus(Promise::Status::Cancelled).ok());
        QTRY_COMPARE_WITH_TIMEOUT(sync->pending(), 1, 10000);
        {
            ServerProcess elsewhere;
            QVERIFY(elsewhere.start(serverArguments()));
            ApiClient carla(elsewhere.base());
            QVERIFY(!carla.login(QStringLiteral("carla"), QStringLiteral("quita-demo")).isEmpty());
            const ApiReply kept = carla.post(
                QStringLiteral("/api/v1/sync/push"),
                {{QStringLiteral("client_id"), QStringLiteral("carla-desk")},
                 {QStringLiteral("mutations"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("mutation_id"),
                       QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {QStringLiteral("name"), QStringLiteral("promise.update")},
                      {QStringLiteral("args"),
                       QJsonObject{{QStringLiteral("id"), promiseId},
                                   {QStringLiteral("base_version"), 1},
                                   {QStringLiteral("status"), QStringLiteral("kept")}}}}}}});
            QCOMPARE(kept.json.value(QStringLiteral("results"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toInt(),
                     200);
        }
        QVERIFY(server.start(serverArguments(), {}, port));
        QTRY_COMPARE_WITH_TIMEOUT(sync->conflicts(), 1, 30000);
        ConflictModel model(database->connection(), clock);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.canResend(0));
        QCOMPARE(model.index(0, ConflictModel::Reason).data().toString(),
                 QStringLiteral("Someone changed it on the server first"));
        QVERIFY(model.index(0, ConflictModel::Change)
                    .data()
                    .toString()
                    .contains(QStringLiteral("on the server it is now kept")));
        // The agent insists: sent again on the server's version, it applies.
        QVERIFY(model.resend(0).ok());
        sync->localChangesQueued();
        QTRY_COMPARE_WITH_TIMEOUT(sync->conflicts(), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pending(), 0, 20000);
        QCOMPARE(onServer(), QStringLiteral("cancelled"));
    }

    void reassignedWhileOfflineEndsInConflicts()
    {
        const QUuid debtor = window->workspace()->debtorId();
        const QString debtorId = debtor.toString(QUuid::WithoutBraces);
        server.stop();
        QVERIFY(logCall(QStringLiteral("Acordo verbal, aguardando boleto")).ok());
        // Meanwhile, on a server the desk cannot see, the admin gives the debtor to bruno.
        {
            ServerProcess elsewhere;
            QVERIFY(elsewhere.start(serverArguments()));
            ApiClient boss(elsewhere.base());
            QVERIFY(!boss.login(QStringLiteral("admin"), QStringLiteral("quita-demo")).isEmpty());
            QString bruno;
            for (const QJsonValue &u : boss.get(QStringLiteral("/api/v1/admin/users"))
                                           .json.value(QStringLiteral("items"))
                                           .toArray())
                if (u.toObject().value(QStringLiteral("username")).toString() ==
                    QLatin1String("bruno"))
                    bruno = u.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!bruno.isEmpty());
            const ApiReply moved = boss.put(QStringLiteral("/api/v1/admin/assignments"),
                                            {{QStringLiteral("agent_id"), bruno},
                                             {QStringLiteral("debtor_ids"), QJsonArray{debtorId}}});
            QCOMPARE(moved.status, 200);
        }
        QVERIFY(server.start(serverArguments(), {}, port));
        QTRY_COMPARE_WITH_TIMEOUT(sync->conflicts(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->pending(), 0, 10000);
        // The debtor left this desk with the pull; the contact waits in the conflicts list.
        QTRY_VERIFY_WITH_TIMEOUT(window->workspace()->debtorId() != debtor, 10000);
        QVERIFY(statusText().contains(QStringLiteral("Online")));
        ConflictModel model(database->connection(), clock);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, ConflictModel::Reason)
                    .data()
                    .toString()
                    .contains(QStringLiteral("moved out of your portfolio")));
        QVERIFY(model.index(0, ConflictModel::Change)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Right-party contact")));
        QVERIFY(!model.canResend(0));
        ConflictsDialog dialog(model, window.get());
        dialog.show();
        test::snapshot(&dialog, "sync-conflicts");
        QVERIFY(model.discard(0).ok());
        QCOMPARE(model.rowCount(), 0);
        sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sync->conflicts(), 0, 10000);
    }
};

QTEST_MAIN(TestSyncDesk)
#include "TestSyncDesk.moc"
