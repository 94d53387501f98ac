// The sync engine against a real quita-server: the initial sync fills the store with
// ana's scope (compared row by row with the server's own database), a logged contact
// travels through the outbox, work done offline goes out on reconnect, a poke pulls,
// stale and refused mutations land in the conflicts, a cancelled first sync resumes,
// and 410 starts over.
#include "EngineHarness.h"
#include "LocalServer.h"
#include "StoreTestHelpers.h"
#include "store/ContactRecorder.h"
#include "store/DebtorSearchIndex.h"
#include "store/Outbox.h"
#include "sync/ChangeApplier.h"
#include "sync/SyncConflicts.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace quita;
using namespace quita::test;

namespace {

constexpr int kWait = 30000;

QString errorText(const Status &s)
{
    return s.ok() ? QString() : s.error().code + QLatin1String(": ") + s.error().message;
}

SyncEngine::Options fastOptions()
{
    SyncEngine::Options o;
    o.firstRetryMs = 200;
    o.maxRetryMs = 1500;
    o.pollIntervalMs = 0; // only pokes and explicit calls sync
    o.localChangeDelayMs = 50;
    return o;
}

// GET /me answers the user, or {user}.
QString userId(const QJsonObject &me)
{
    const QString id = me.value(QLatin1String("id")).toString();
    return id.isEmpty()
               ? me.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString()
               : id;
}

QSet<QString> column(const QSqlDatabase &db, const QString &sql)
{
    QSet<QString> values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning() << sql << q.lastError().text();
    while (q.next())
        values.insert(q.value(0).toString());
    return values;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void initialSyncFillsTheAgentsScope();
    void loggedContactGoesOutThroughTheOutbox();
    void offlineWorkGoesOutOnReconnect();
    void pokePullsAnotherDesksWork();
    void staleAndRefusedMutationsBecomeConflicts();
    void cancelledFirstSyncResumes();
    void expiredCursorStartsOver();
    void wrongPasswordIsRefused();
    void anotherUserStartsFromAnEmptyStore();

private:
    QString storePath() const { return m_storeDir->filePath(QStringLiteral("quita.sqlite")); }
    QSqlDatabase local() const { return m_local->connection(); }
    // Starts an engine on its thread, signs in as ana and waits for the first sync (the
    // caller checks probe.finished).
    std::unique_ptr<EngineHarness> signedInEngine(SyncEngine::Options options = fastOptions());
    QString anyLocalDebtor() const
    {
        return scalar(local(), QStringLiteral("SELECT id FROM debtor ORDER BY name LIMIT 1"))
            .toString();
    }
    QSet<QString> serverTimeline(const QString &debtorId);
    Activity contactFor(const QString &debtorId, const QString &summary) const;

    QTemporaryDir m_serverDir;
    std::unique_ptr<LocalServer> m_server;
    QString m_anaToken;
    QString m_anaId;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<Database> m_local;
};

void TestSyncEngine::initTestCase()
{
    QVERIFY(m_serverDir.isValid());
    m_server = std::make_unique<LocalServer>(m_serverDir.path());
    QVERIFY2(m_server->start(), "quita-server did not start");
    m_anaToken = loginToken(m_server->url(), QStringLiteral("ana"));
    QVERIFY(!m_anaToken.isEmpty());
    QUrl pull = m_server->url();
    pull.setPath(QStringLiteral("/api/v1/sync/pull"));
    const HttpAnswer probe = httpCall(QStringLiteral("GET"), pull, m_anaToken);
    if (probe.status == 404)
        QSKIP("this quita-server has no /api/v1/sync/pull yet (404)");
    QCOMPARE(probe.status, 200);
    QUrl me = m_server->url();
    me.setPath(QStringLiteral("/api/v1/me"));
    const HttpAnswer who = httpCall(QStringLiteral("GET"), me, m_anaToken);
    m_anaId = who.json.value(QLatin1String("id")).toString();
    if (m_anaId.isEmpty())
        m_anaId =
            who.json.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
    QVERIFY2(!m_anaId.isEmpty(), QJsonDocument(who.json).toJson().constData());
}

void TestSyncEngine::cleanupTestCase()
{
    m_server.reset();
}

void TestSyncEngine::init()
{
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    // The UI's own connection to the same store, as the desktop has one.
    m_local = openStore(storePath());
    QVERIFY(m_local);
}

void TestSyncEngine::cleanup()
{
    m_local.reset();
    m_storeDir.reset();
}

std::unique_ptr<EngineHarness> TestSyncEngine::signedInEngine(SyncEngine::Options options)
{
    auto h = std::make_unique<EngineHarness>(storePath(), options);
    const QUrl url = m_server->url();
    h->call([e = h->engine, url] {
        e->setServer(url);
        e->login(QStringLiteral("ana"), QStringLiteral("quita-demo"));
    });
    const EngineProbe &p = h->probe;
    if (!QTest::qWaitFor([&] { return p.finished >= 1 || !p.signInErrors.isEmpty(); }, kWait))
        qWarning() << "no first sync; failures:" << p.failures;
    if (!p.signInErrors.isEmpty())
        qWarning() << p.signInErrors;
    return h;
}

QSet<QString> TestSyncEngine::serverTimeline(const QString &debtorId)
{
    QUrl url = m_server->url();
    url.setPath(QStringLiteral("/api/v1/debtors/%1/timeline").arg(debtorId));
    url.setQuery(QStringLiteral("limit=200"));
    const HttpAnswer answer = httpCall(QStringLiteral("GET"), url, m_anaToken);
    QSet<QString> ids;
    for (const QJsonValue &item : answer.json.value(QLatin1String("items")).toArray())
        ids.insert(item.toObject().value(QLatin1String("id")).toString());
    return ids;
}

Activity TestSyncEngine::contactFor(const QString &debtorId, const QString &summary) const
{
    Activity a;
    a.id = QUuid::createUuid();
    a.debtorId = QUuid::fromString(debtorId);
    a.channel = Channel::Phone;
    a.direction = Direction::Outbound;
    a.result = QStringLiteral("rpc");
    a.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    a.agent = QStringLiteral("ana");
    a.summary = summary;
    return a;
}

void TestSyncEngine::initialSyncFillsTheAgentsScope()
{
    const auto h = signedInEngine();
    QVERIFY(h->probe.finished >= 1);
    EngineProbe &p = h->probe;
    QVERIFY(p.signInErrors.isEmpty());
    QCOMPARE(p.user.value(QLatin1String("username")).toString(), QStringLiteral("ana"));
    QTRY_COMPARE_WITH_TIMEOUT(p.state, SyncEngine::State::Online, kWait);
    QVERIFY(p.states.contains(SyncEngine::State::Syncing));
    QVERIFY(!p.progress.isEmpty());
    QVERIFY(p.progress.first().second); // a first sync
    QVERIFY(p.lastSync.isValid());
    QCOMPARE(p.pending, 0);
    QCOMPARE(p.conflicts, 0);
    QVERIFY(!p.changedDebtors.isEmpty());

    // The desktop holds exactly the server's view of ana's scope.
    SqlConnection server(m_server->databasePath());
    QVERIFY(server.isOpen());
    const QString scope = QStringLiteral("SELECT id FROM debtor WHERE agent_id = '%1' AND "
                                         "deleted = 0")
                              .arg(m_anaId);
    const QSet<QString> serverDebtors = column(server.db(), scope);
    QVERIFY(serverDebtors.size() > 5);
    QCOMPARE(column(local(), QStringLiteral("SELECT id FROM debtor WHERE deleted = 0")),
             serverDebtors);
    for (const char *table : {"contact_point", "title", "activity", "promise"}) {
        const QString ids = QStringLiteral("SELECT id FROM %1 WHERE debtor_id IN (%2)")
                                .arg(QLatin1String(table), scope);
        QCOMPARE(column(local(), QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table))),
                 column(server.db(), ids));
    }
    QCOMPARE(column(local(), QStringLiteral("SELECT id FROM portfolio")),
             column(server.db(), QStringLiteral("SELECT id FROM portfolio")));
    // The desktop's triggers derive the same totals the server keeps.
    QCOMPARE(
        column(local(), QStringLiteral("SELECT id || ':' || total_due_cents FROM debtor")),
        column(server.db(), QStringLiteral("SELECT id || ':' || total_due_cents FROM debtor WHERE "
                                           "agent_id = '%1' AND deleted = 0")
                                .arg(m_anaId)));
    QCOMPARE(scalar(local(), QStringLiteral("SELECT count(DISTINCT agent_id) FROM debtor")).toInt(),
             1);
    QCOMPARE(SyncState(local()).cursor(),
             scalar(server.db(), QStringLiteral("SELECT value FROM sync_counter WHERE name = "
                                                "'change_seq'"))
                 .toLongLong());

    // And finds them.
    const QString name =
        scalar(local(), QStringLiteral("SELECT name FROM debtor ORDER BY name LIMIT 1")).toString();
    QVERIFY(!DebtorSearchIndex(local()).search(name).isEmpty());
    QCOMPARE(SyncState(local()).username(), QStringLiteral("ana"));
}

void TestSyncEngine::loggedContactGoesOutThroughTheOutbox()
{
    const auto h = signedInEngine();
    QVERIFY(h->probe.finished >= 1);
    const QString debtor = anyLocalDebtor();
    QVERIFY(!debtor.isEmpty());

    const Activity call = contactFor(debtor, QStringLiteral("Combinou pagar na sexta"));
    Promise promise{
        QUuid::createUuid(),     call.debtorId,        call.id, QDate::currentDate().addDays(5),
        Money::fromCents(25000), Promise::Status::Open};
    Activity ptp = call;
    ptp.result = QStringLiteral("ptp");
    const Status recorded = ContactRecorder(local()).record(ptp, promise, QDate::currentDate());
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));
    QCOMPARE(Outbox(local()).pendingCount(), 1);
    h->call([e = h->engine] { e->localChangesQueued(); });

    QTRY_COMPARE_WITH_TIMEOUT(Outbox(local()).pendingCount(), 0, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.pending, 0, kWait);
    QVERIFY(serverTimeline(debtor).contains(idText(ptp.id)));
    QUrl detail = m_server->url();
    detail.setPath(QStringLiteral("/api/v1/debtors/%1").arg(debtor));
    const HttpAnswer onServer = httpCall(QStringLiteral("GET"), detail, m_anaToken);
    QSet<QString> promises;
    for (const QJsonValue &v : onServer.json.value(QLatin1String("promises")).toArray())
        promises.insert(v.toObject().value(QLatin1String("id")).toString());
    QVERIFY(promises.contains(idText(promise.id)));

    // The server's copy comes back through pull: version 1, the server's agent name.
    QTRY_COMPARE_WITH_TIMEOUT(scalar(local(),
                                     QStringLiteral("SELECT version FROM activity WHERE id = ?"),
                                     {idText(ptp.id)})
                                  .toInt(),
                              1, kWait);
    QCOMPARE(
        scalar(local(), QStringLiteral("SELECT agent FROM activity WHERE id = ?"), {idText(ptp.id)})
            .toString(),
        h->probe.user.value(QLatin1String("display_name")).toString());
    QCOMPARE(scalar(local(), QStringLiteral("SELECT count(*) FROM activity WHERE id = ?"),
                    {idText(ptp.id)})
                 .toInt(),
             1);
    QCOMPARE(h->probe.conflicts, 0);
}

void TestSyncEngine::offlineWorkGoesOutOnReconnect()
{
    const auto h = signedInEngine();
    QVERIFY(h->probe.finished >= 1);
    const QString debtor = anyLocalDebtor();
    const quint16 port = m_server->port();

    m_server->stop();
    const Activity offline = contactFor(debtor, QStringLiteral("Feito sem rede"));
    QVERIFY(ContactRecorder(local()).record(offline, std::nullopt, QDate::currentDate()).ok());
    h->call([e = h->engine] { e->localChangesQueued(); });
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.state, SyncEngine::State::Offline, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(h->probe.retries >= 2, kWait); // it keeps trying, with backoff
    QCOMPARE(h->probe.pending, 1);
    QCOMPARE(Outbox(local()).pendingCount(), 1);
    QVERIFY(!h->probe.failures.isEmpty());
    const auto entries = Outbox(local()).oldest(1);
    QVERIFY(entries->at(0).attempts >= 1);

    // Back on the same port and data: the pending contact goes out by itself.
    QVERIFY(m_server->start(port));
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(local()).pendingCount(), 0, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.state, SyncEngine::State::Online, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.pending, 0, kWait);
    QVERIFY(serverTimeline(debtor).contains(idText(offline.id)));
}

void TestSyncEngine::pokePullsAnotherDesksWork()
{
    const auto h = signedInEngine();
    QVERIFY(h->probe.finished >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.state, SyncEngine::State::Online, kWait);
    const QString debtor = anyLocalDebtor();
    const int finishedBefore = h->probe.finished;
    QTest::qWait(300); // let the events socket connect
    h->probe.changedDebtors.clear();

    // Ana on another desk logs a contact straight to the server.
    const Activity elsewhere = contactFor(debtor, QStringLiteral("Outra mesa"));
    QUrl push = m_server->url();
    push.setPath(QStringLiteral("/api/v1/sync/push"));
    const HttpAnswer pushed = httpCall(
        QStringLiteral("POST"), push, m_anaToken,
        {{QStringLiteral("client_id"), QStringLiteral("another-desk")},
         {QStringLiteral("mutations"),
          QJsonArray{QJsonObject{
              {QStringLiteral("mutation_id"), idText(QUuid::createUuid())},
              {QStringLiteral("name"), QStringLiteral("activity.create")},
              {QStringLiteral("args"), ContactRecorder::activityCreateArgs(elsewhere, {})}}}}});
    QCOMPARE(pushed.status, 200);

    // No poll, no local change: only the poke can bring it.
    QTRY_VERIFY_WITH_TIMEOUT(h->probe.changedDebtors.contains(debtor), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(h->probe.finished > finishedBefore, kWait);
    QCOMPARE(scalar(local(), QStringLiteral("SELECT summary FROM activity WHERE id = ?"),
                    {idText(elsewhere.id)})
                 .toString(),
             QStringLiteral("Outra mesa"));
}

void TestSyncEngine::staleAndRefusedMutationsBecomeConflicts()
{
    const auto h = signedInEngine();
    QVERIFY(h->probe.finished >= 1);
    const QString debtor = anyLocalDebtor();
    // A promise the server knows (version 1 there once pushed).
    Activity ptp = contactFor(debtor, QStringLiteral("Prometeu"));
    ptp.result = QStringLiteral("ptp");
    const Promise promise{
        QUuid::createUuid(),     ptp.debtorId,         ptp.id, QDate::currentDate().addDays(3),
        Money::fromCents(10000), Promise::Status::Open};
    const Status recorded = ContactRecorder(local()).record(ptp, promise, QDate::currentDate());
    QVERIFY2(recorded.ok(), qPrintable(errorText(recorded)));
    h->call([e = h->engine] { e->syncNow(); });
    QTRY_COMPARE_WITH_TIMEOUT(Outbox(local()).pendingCount(), 0, kWait);

    // Based on a version the server has moved past, and a contact for a debtor that does
    // not exist.
    QVERIFY(Outbox(local())
                .enqueue(QStringLiteral("promise.update"),
                         {{QStringLiteral("id"), idText(promise.id)},
                          {QStringLiteral("base_version"), 0},
                          {QStringLiteral("status"), QStringLiteral("kept")}})
                .ok());
    const Activity lost = contactFor(idText(QUuid::createUuid()), QStringLiteral("Ninguém"));
    QVERIFY(Outbox(local())
                .enqueue(QStringLiteral("activity.create"),
                         ContactRecorder::activityCreateArgs(lost, {}))
                .ok());
    h->call([e = h->engine] { e->localChangesQueued(); });

    QTRY_COMPARE_WITH_TIMEOUT(h->probe.conflicts, 2, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.pending, 0, kWait);
    QCOMPARE(Outbox(local()).pendingCount(), 0);
    const QList<SyncConflict> conflicts = SyncConflicts(local()).unresolved();
    QCOMPARE(conflicts.size(), 2);
    const SyncConflict &stale = conflicts.at(0);
    QCOMPARE(stale.status, 409);
    QVERIFY(stale.stale());
    QCOMPARE(stale.name, QStringLiteral("promise.update"));
    QCOMPARE(stale.current.value(QLatin1String("id")).toString(), idText(promise.id));
    QCOMPARE(stale.current.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(stale.args.value(QLatin1String("status")).toString(), QStringLiteral("kept"));
    QVERIFY(!stale.error.message.isEmpty());
    const SyncConflict &refused = conflicts.at(1);
    QCOMPARE(refused.status, 404);
    QVERIFY(!refused.stale());
    QVERIFY(refused.current.isEmpty());
    QCOMPARE(refused.error.field, QStringLiteral("debtor_id"));
    QVERIFY(!refused.error.message.isEmpty());

    QVERIFY(SyncConflicts(local()).markResolved(refused.id).ok());
    QCOMPARE(SyncConflicts(local()).unresolvedCount(), 1);
}

void TestSyncEngine::cancelledFirstSyncResumes()
{
    SyncEngine::Options options = fastOptions();
    options.pullLimit = 5; // many small pages, time to cancel
    EngineHarness h(storePath(), options);
    QObject::connect(
        h.engine, &SyncEngine::progress, h.engine,
        [e = h.engine](int, bool first) {
            if (first)
                e->cancelFirstSync();
        },
        Qt::DirectConnection); // on the engine's thread, right after the first page
    const QUrl url = m_server->url();
    h.call([e = h.engine, url] {
        e->setServer(url);
        e->login(QStringLiteral("ana"), QStringLiteral("quita-demo"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(h.probe.finished >= 1, kWait);
    const qint64 stopped = SyncState(local()).cursor();
    SqlConnection server(m_server->databasePath());
    const qint64 head =
        scalar(server.db(), QStringLiteral("SELECT value FROM sync_counter WHERE name = "
                                           "'change_seq'"))
            .toLongLong();
    QVERIFY2(stopped > 0 && stopped < head,
             qPrintable(QStringLiteral("%1 of %2").arg(stopped).arg(head)));
    QTRY_COMPARE_WITH_TIMEOUT(h.probe.state, SyncEngine::State::Online, kWait);

    // Nothing automatic (the events socket connecting, a retry) resumes it...
    QTest::qWait(500);
    QCOMPARE(SyncState(local()).cursor(), stopped);
    // ... syncNow() does, from where it stopped.
    QObject::disconnect(h.engine, &SyncEngine::progress, h.engine, nullptr);
    const int pagesBefore = int(h.probe.progress.size());
    h.call([e = h.engine] { e->syncNow(); });
    QTRY_COMPARE_WITH_TIMEOUT(SyncState(local()).cursor(), head, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(h.probe.finished >= 2, kWait);
    QVERIFY(h.probe.progress.size() > pagesBefore);
    // The store is the same as a sync that was never interrupted.
    const QString scope =
        QStringLiteral("SELECT id FROM activity WHERE debtor_id IN (SELECT id FROM debtor WHERE "
                       "agent_id = '%1')")
            .arg(m_anaId);
    QCOMPARE(column(local(), QStringLiteral("SELECT id FROM activity")),
             column(server.db(), scope));
}

void TestSyncEngine::expiredCursorStartsOver()
{
    const auto h = signedInEngine();
    QVERIFY(h->probe.finished >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.state, SyncEngine::State::Online, kWait);
    const qint64 cursor = SyncState(local()).cursor();
    // A debtor the server never sent (left over from an older scope, say).
    const QString portfolio =
        scalar(local(), QStringLiteral("SELECT id FROM portfolio LIMIT 1")).toString();
    QVERIFY(execSql(local(),
                    QStringLiteral("INSERT INTO debtor (id, portfolio_id, name, document, state) "
                                   "VALUES (?, ?, 'Sobra Antiga', '12345678909', 'SP')"),
                    {idText(QUuid::createUuid()), portfolio}));
    const qint64 before = scalarNumber(local(), QStringLiteral("SELECT count(*) FROM debtor"));

    // The server compacts its log past this desk's cursor.
    {
        SqlConnection server(m_server->databasePath());
        QVERIFY(server.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
        QVERIFY(server.exec(
            QStringLiteral("UPDATE sync_counter SET value = %1 WHERE name = 'log_floor'")
                .arg(cursor + 1)));
    }
    h->call([e = h->engine] { e->syncNow(); });
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.resets, 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(SyncState(local()).cursor(), cursor, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(h->probe.state, SyncEngine::State::Online, kWait);
    QCOMPARE(scalarNumber(local(), QStringLiteral("SELECT count(*) FROM debtor")), before - 1);
    QCOMPARE(scalarNumber(local(), QStringLiteral("SELECT count(*) FROM debtor WHERE name = "
                                                  "'Sobra Antiga'")),
             0);
    QVERIFY(h->probe.progress.last().second); // counted as a first sync
    {
        SqlConnection server(m_server->databasePath());
        QVERIFY(server.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
        QVERIFY(server.exec(
            QStringLiteral("UPDATE sync_counter SET value = 0 WHERE name = 'log_floor'")));
    }
}

void TestSyncEngine::wrongPasswordIsRefused()
{
    EngineHarness h(storePath(), fastOptions());
    const QUrl url = m_server->url();
    h.call([e = h.engine, url] {
        e->setServer(url);
        e->login(QStringLiteral("ana"), QStringLiteral("not-the-password"));
    });
    QTRY_COMPARE_WITH_TIMEOUT(h.probe.signInErrors.size(), 1, kWait);
    QCOMPARE(h.probe.state, SyncEngine::State::Offline);
    QCOMPARE(h.probe.finished, 0);
    QCOMPARE(scalarNumber(local(), QStringLiteral("SELECT count(*) FROM debtor")), 0);
}

void TestSyncEngine::anotherUserStartsFromAnEmptyStore()
{
    EngineHarness h(storePath(), fastOptions());
    const QUrl url = m_server->url();
    const auto signIn = [&](const QString &user) {
        h.call([e = h.engine, url, user] {
            e->setServer(url);
            e->login(user, QStringLiteral("quita-demo"));
        });
    };
    const QString brunoToken = loginToken(url, QStringLiteral("bruno"));
    QUrl me = url;
    me.setPath(QStringLiteral("/api/v1/me"));
    const QString brunoId = userId(httpCall(QStringLiteral("GET"), me, brunoToken).json);
    QVERIFY(!brunoId.isEmpty());
    SqlConnection server(m_server->databasePath());
    const auto scopeOf = [&](const QString &agent) {
        return column(server.db(),
                      QStringLiteral("SELECT id FROM debtor WHERE agent_id = '%1' AND deleted = 0")
                          .arg(agent));
    };
    const auto localDebtors = [&] {
        return column(local(), QStringLiteral("SELECT id FROM debtor"));
    };

    signIn(QStringLiteral("ana"));
    QTRY_COMPARE_WITH_TIMEOUT(localDebtors(), scopeOf(m_anaId), kWait);

    // Bruno on the same desk sees his debtors, none of ana's.
    h.call([e = h.engine] { e->logout(); });
    signIn(QStringLiteral("bruno"));
    QTRY_COMPARE_WITH_TIMEOUT(h.probe.resets, 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(localDebtors(), scopeOf(brunoId), kWait);
    QCOMPARE(SyncState(local()).username(), QStringLiteral("bruno"));

    // Work of bruno's not yet sent keeps ana out until bruno sends it.
    h.call([e = h.engine] { e->logout(); });
    QTRY_COMPARE_WITH_TIMEOUT(h.probe.state, SyncEngine::State::Offline, kWait);
    QVERIFY(Outbox(local()).enqueue(QStringLiteral("promise.update"), {}).ok());
    signIn(QStringLiteral("ana"));
    QTRY_COMPARE_WITH_TIMEOUT(h.probe.signInErrors.size(), 1, kWait);
    QVERIFY2(h.probe.signInErrors.first().contains(QLatin1String("bruno")),
             qPrintable(h.probe.signInErrors.first()));
    QCOMPARE(localDebtors(), scopeOf(brunoId));
    QCOMPARE(h.probe.resets, 1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
