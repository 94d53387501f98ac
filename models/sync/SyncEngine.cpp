#include "SyncEngine.h"

#include "ChangeApplier.h"
#include "EventSocket.h"
#include "PageFetcher.h"
#include "PushAnswers.h"
#include "SyncConflicts.h"
#include "SyncHttp.h"
#include "SyncState.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "quita.sync", QtWarningMsg)

namespace quita {
using sync::errorMessage;
using sync::httpStatus;

SyncEngine::SyncEngine(QString storePath, QObject *parent)
    : SyncEngine(std::move(storePath), Options{}, parent)
{}

SyncEngine::SyncEngine(QString storePath, Options options, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_options(options), m_retryTimer(this),
      m_pollTimer(this), m_localTimer(this), m_retry(options.firstRetryMs, options.maxRetryMs)
{
    qRegisterMetaType<quita::SyncEngine::State>();
    m_retryTimer.setSingleShot(true);
    m_localTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::requestSync);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncEngine::requestSync);
    connect(&m_localTimer, &QTimer::timeout, this, &SyncEngine::requestSync);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    if (m_database)
        return;
    auto opened = Database::open(m_storePath);
    if (!opened) {
        qCWarning(lcSync) << "cannot open the store:" << opened.error().message;
        emit syncFailed(opened.error().message);
        return;
    }
    m_database = std::move(opened).value();
    m_applier = std::make_unique<ChangeApplier>(m_database->connection());
    auto clientId = SyncState(m_database->connection()).clientId();
    m_clientId = clientId ? clientId.value() : QString();
    m_network = new QNetworkAccessManager(this);
    m_fetchThread = new QThread(this);
    m_fetchThread->setObjectName(QStringLiteral("quita-pull"));
    m_fetcher = new PageFetcher(2);
    m_fetcher->moveToThread(m_fetchThread);
    connect(m_fetchThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &PageFetcher::pageReady, this, &SyncEngine::onPageReady);
    m_fetchThread->start();
    m_events = new EventSocket(this, m_options.firstRetryMs, m_options.maxRetryMs);
    connect(m_events, &EventSocket::poked, this, &SyncEngine::onPoke);
    connect(m_events, &EventSocket::connectedChanged, this, [this](bool connected) {
        // Back in touch: catch up on whatever happened while the socket was down.
        if (connected)
            requestSync();
    });
    if (m_options.pollIntervalMs > 0)
        m_pollTimer.start(m_options.pollIntervalMs);
    reportCounts();
    const QDateTime last = SyncState(m_database->connection()).lastSyncAt();
    if (last.isValid())
        emit lastSyncChanged(last);
    emit stateChanged(m_state);
}

void SyncEngine::stop()
{
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_localTimer.stop();
    m_phase = Phase::Idle; // before the abort: its finished() must find nothing running
    if (m_reply)
        m_reply->abort();
    if (m_events)
        m_events->close();
    if (m_fetchThread) {
        QMetaObject::invokeMethod(m_fetcher, &PageFetcher::halt);
        m_fetchThread->quit();
        m_fetchThread->wait();
        delete m_fetchThread;
        m_fetchThread = nullptr;
        m_fetcher = nullptr;
    }
    settleApplier();
    m_applier.reset();
    m_database.reset();
}

void SyncEngine::setServer(const QUrl &url)
{
    m_server = url;
}

QNetworkReply *SyncEngine::send(const QString &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(sync::apiUrl(m_server, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return m_network->sendCustomRequest(request, method.toLatin1(), body);
}

void SyncEngine::call(quint64 id, const QString &method, const QString &path,
                      const QByteArray &body)
{
    if (!m_network || m_token.isEmpty()) {
        emit callFinished(id, 0, {},
                          QCoreApplication::translate("SyncEngine", "You are not signed in."));
        return;
    }
    QNetworkReply *reply = send(method, path, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = httpStatus(reply);
        if (status == 401 && m_phase == Phase::Idle && !m_token.isEmpty())
            sessionExpired(); // a running sync finds the 401 itself
        const bool ok = status >= 200 && status < 300;
        emit callFinished(id, status, answer, ok ? QString() : errorMessage(reply, answer));
    });
}

void SyncEngine::login(const QString &username, const QString &password)
{
    if (!m_database) {
        emit signInFailed(
            QCoreApplication::translate("SyncEngine", "The local store is not open."));
        return;
    }
    if (!m_server.isValid() || m_server.isEmpty()) {
        emit signInFailed(QCoreApplication::translate("SyncEngine", "Choose the server first."));
        return;
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const int status = httpStatus(reply);
        if (status != 200) {
            if (status == 0)
                setState(State::Offline);
            // The answers an agent meets are said in the desk's language; others as the
            // server put them.
            QString why = errorMessage(reply, answer);
            if (status == 0)
                why = QCoreApplication::translate("SyncEngine", "Cannot reach the server: %1")
                          .arg(reply->errorString());
            else if (status == 401)
                why = QCoreApplication::translate("SyncEngine",
                                                  "Sign-in refused: wrong username or password.");
            else if (status == 429)
                why = QCoreApplication::translate(
                    "SyncEngine", "Too many failed attempts: wait a few minutes and try again.");
            emit signInFailed(why);
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        const QString token = json.value(QLatin1String("token")).toString();
        const QJsonObject user = json.value(QLatin1String("user")).toObject();
        QString why;
        if (token.isEmpty()) {
            emit signInFailed(QCoreApplication::translate(
                "SyncEngine", "The server's answer to the sign-in has no session."));
            return;
        }
        if (!adoptUser(user.value(QLatin1String("username")).toString(), why)) {
            emit signInFailed(why);
            return;
        }
        // Who works on this desk, for the rules that depend on the role (a discount an
        // agent may grant alone) when the desk is offline later.
        SyncState state(m_database->connection());
        for (const char *key : {"id", "role", "display_name"})
            state.setValue(QStringLiteral("user_") + QLatin1String(key),
                           user.value(QLatin1String(key)).toString());
        m_token = token;
        m_retry.reset();
        emit signedIn(user);
        setState(State::Online);
        m_events->open(m_server, m_token);
        syncNow();
    });
}

// The store holds one user's scope. Another user on this desk starts from an empty
// store, unless the previous user still has work in the outbox.
bool SyncEngine::adoptUser(const QString &username, QString &why)
{
    SyncState state(m_database->connection());
    const QString previous = state.username();
    if (!previous.isEmpty() && !username.isEmpty() && previous != username) {
        const int pending = Outbox(m_database->connection()).pendingCount();
        if (pending > 0) {
            why = QCoreApplication::translate(
                      "SyncEngine",
                      "This desk still has %n change(s) of %1 not sent to the server. Sign in "
                      "as %1 first so they are sent.",
                      nullptr, pending)
                      .arg(previous);
            return false;
        }
        if (auto reset = m_applier->resetSyncedData(); !reset) {
            why = reset.error().message;
            return false;
        }
        SyncConflicts(m_database->connection()).clear(); // the previous user's
        emit conflictsChanged(0);
        emit storeReset();
    }
    if (!username.isEmpty())
        state.setUsername(username);
    return true;
}

void SyncEngine::logout()
{
    if (!m_token.isEmpty() && m_network) {
        QNetworkReply *reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/logout"));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_token.clear();
    m_retryTimer.stop();
    m_phase = Phase::Idle;
    haltPull();
    if (m_reply)
        m_reply->abort();
    if (m_events)
        m_events->close();
    setState(State::Offline);
}

void SyncEngine::localChangesQueued()
{
    reportCounts();
    m_localTimer.start(m_options.localChangeDelayMs);
}

void SyncEngine::syncNow()
{
    m_firstSyncCancelled = false;
    requestSync();
}

void SyncEngine::requestSync()
{
    if (!m_database || m_token.isEmpty())
        return;
    if (m_phase != Phase::Idle) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_again = false;
    m_pushKept = false;
    setState(State::Syncing);
    runPush();
}

void SyncEngine::onPoke(qint64 seq)
{
    if (m_firstSyncCancelled || !m_database)
        return;
    if (seq >= 0 && m_phase == Phase::Idle && seq <= SyncState(m_database->connection()).cursor())
        return; // already pulled
    if (seq >= 0 && m_phase != Phase::Idle) {
        // Usually the echo of our own push: decided when this round ends.
        m_pokedSeq = std::max(m_pokedSeq, seq);
        return;
    }
    requestSync();
}

void SyncEngine::cancelFirstSync()
{
    if (m_phase != Phase::Pull || !m_firstSync)
        return;
    m_firstSyncCancelled = true;
    m_again = false;
    // Between pages (this runs on the engine's thread): what is applied stays.
    haltPull();
    finishCancelled();
}

void SyncEngine::runPush()
{
    m_phase = Phase::Push;
    if (m_pushBatch <= 0)
        m_pushBatch = m_options.pushBatch;
    const auto batch = Outbox(m_database->connection()).oldest(m_pushBatch);
    if (!batch) {
        fail(batch.error().message, false);
        return;
    }
    if (batch->isEmpty())
        m_pushBatch = 0; // drained: full batches again next time
    if (batch->isEmpty() || m_pushKept) {
        // A cancelled first sync stays stopped until syncNow(); local work still goes out.
        if (m_firstSyncCancelled)
            finishCancelled();
        else
            runPull();
        return;
    }
    const QList<OutboxEntry> sent = batch.value();
    const QByteArray body =
        QJsonDocument(PushAnswers::request(m_clientId, sent)).toJson(QJsonDocument::Compact);
    m_reply = send(QStringLiteral("POST"), QStringLiteral("/api/v1/sync/push"), body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] { onPushed(reply, sent); });
}

void SyncEngine::onPushed(QNetworkReply *reply, const QList<OutboxEntry> &sent)
{
    reply->deleteLater();
    if (m_phase != Phase::Push)
        return; // stopped or signed out meanwhile
    const int status = httpStatus(reply);
    const QByteArray body = reply->readAll();
    if (status == 401) {
        sessionExpired();
        return;
    }
    if (status == 413 && sent.size() > 1) {
        // Too big for the server's body limit: send smaller batches (down to one).
        m_pushBatch = std::max(1, int(sent.size()) / 2);
        runPush();
        return;
    }
    if (status != 200) {
        QList<QUuid> ids;
        for (const OutboxEntry &e : sent)
            ids << e.mutationId;
        const QString why = errorMessage(reply, body);
        Outbox(m_database->connection()).recordAttempt(ids, why);
        fail(QCoreApplication::translate("SyncEngine", "Sending changes failed: %1").arg(why),
             status == 0);
        return;
    }
    const auto answered =
        PushAnswers::apply(m_database->connection(), sent, QJsonDocument::fromJson(body).object(),
                           QDateTime::currentDateTimeUtc());
    if (!answered) {
        fail(answered.error().message, false);
        return;
    }
    qCInfo(lcSync) << "pushed" << sent.size() << "applied" << answered->applied << "conflicts"
                   << answered->conflicts << "kept" << answered->kept;
    reportCounts();
    // What the server did not answer waits for the retry; the pull still runs.
    m_pushKept = answered->kept > 0;
    runPush();
}

void SyncEngine::runPull()
{
    if (m_phase != Phase::Pull) {
        m_phase = Phase::Pull;
        m_applied = 0;
        m_firstSync = SyncState(m_database->connection()).cursor() == 0;
    }
    const quint64 round = ++m_round;
    QMetaObject::invokeMethod(m_fetcher,
                              [fetcher = m_fetcher, round, server = m_server, token = m_token,
                               cursor = SyncState(m_database->connection()).cursor(),
                               limit = m_options.pullLimit, timeout = m_options.requestTimeoutMs] {
                                  fetcher->fetch(round, server, token, cursor, limit, timeout);
                              });
}

void SyncEngine::haltPull()
{
    ++m_round; // pages of the old round are dropped when taken
    if (m_fetcher)
        QMetaObject::invokeMethod(m_fetcher, &PageFetcher::halt);
    settleApplier();
}

void SyncEngine::settleApplier()
{
    if (!m_applier)
        return;
    if (const Status settled = m_applier->settle(); !settled)
        qCWarning(lcSync) << "committing pulled pages failed:" << settled.error().message;
    if (!m_touched.isEmpty()) {
        emit dataChanged(m_touched);
        m_touched.clear();
        m_touchedSet.clear();
    }
}

void SyncEngine::onPageReady(quint64 round)
{
    if (round != m_round || m_phase != Phase::Pull || !m_fetcher)
        return;
    std::optional<FetchedPage> fetched = m_fetcher->take(round);
    if (!fetched)
        return;
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, round] { fetcher->taken(round); });
    const int status = fetched->status;
    if (status == 401) {
        settleApplier();
        sessionExpired();
        return;
    }
    if (status == 410) {
        // The server compacted its log past our cursor: start over, keeping the outbox.
        qCInfo(lcSync) << "cursor expired; pulling everything again";
        haltPull();
        if (auto reset = m_applier->resetSyncedData(); !reset) {
            fail(reset.error().message, false);
            return;
        }
        emit storeReset();
        m_applied = 0;
        m_firstSync = true;
        runPull();
        return;
    }
    if (status != 200) {
        haltPull();
        fail(QCoreApplication::translate("SyncEngine", "Receiving changes failed: %1")
                 .arg(fetched->error),
             status == 0);
        return;
    }
    // While this page is written, the fetcher already brings and parses the next ones.
    // The transaction stays open across pages only while the next one is already here
    // (never while waiting on the network) and for a bounded time, so the desk's own
    // writes wait little.
    const auto applied = fetched->refused
                             ? Result<AppliedPage>(*fetched->refused)
                             : m_applier->apply(fetched->page, ChangeApplier::Commit::Later);
    if (!applied) {
        haltPull();
        fail(applied.error().message, false);
        return;
    }
    m_applied += applied->changes;
    emit progress(m_applied, m_firstSync);
    for (const QString &id : applied->debtorIds) {
        if (!m_touchedSet.contains(id)) {
            m_touchedSet.insert(id);
            m_touched.append(id);
        }
    }
    const bool more = applied->hasMore && applied->changes > 0;
    // A first sync fills an empty store (nobody works on it yet): longer transactions.
    const qint64 maxHeldMs = m_firstSync ? 3000 : 500; // under the busy timeout (5 s)
    if (!more || !m_fetcher->hasPage(round) || m_applier->heldForMs() > maxHeldMs)
        settleApplier();
    if (!more)
        finish();
}

void SyncEngine::finishCancelled()
{
    settleApplier();
    qCInfo(lcSync) << "first sync cancelled after" << m_applied << "changes";
    m_phase = Phase::Idle;
    m_again = false;
    reportCounts();
    setState(State::Online);
    emit syncFinished();
}

void SyncEngine::finish()
{
    m_phase = Phase::Idle;
    settleApplier();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SyncState(m_database->connection()).setLastSyncAt(now);
    emit lastSyncChanged(now);
    reportCounts();
    if (m_pushKept) {
        // Some mutations got no answer: try them again later, not in a loop.
        fail(QCoreApplication::translate(
                 "SyncEngine", "Some changes were not accepted yet; they will be sent again."),
             false);
        return;
    }
    m_retry.reset();
    setState(State::Online);
    emit syncFinished();
    const bool missed = m_pokedSeq > SyncState(m_database->connection()).cursor();
    m_pokedSeq = 0;
    if (m_again || missed)
        requestSync();
}

void SyncEngine::fail(const QString &message, bool networkDown)
{
    m_phase = Phase::Idle;
    settleApplier();
    qCInfo(lcSync) << "sync failed:" << message;
    reportCounts();
    setState(networkDown ? State::Offline : State::Online);
    const int delay = m_retry.nextDelayMs();
    m_retryTimer.start(delay);
    emit syncFailed(message);
    emit retryScheduled(QDateTime::currentDateTimeUtc().addMSecs(delay));
}

void SyncEngine::sessionExpired()
{
    m_phase = Phase::Idle;
    haltPull();
    m_token.clear();
    m_retryTimer.stop();
    if (m_events)
        m_events->close();
    setState(State::Offline);
    emit signInRequired();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::reportCounts()
{
    if (!m_database)
        return;
    const int pending = Outbox(m_database->connection()).pendingCount();
    if (pending != m_pending) {
        m_pending = pending;
        emit pendingChanged(pending);
    }
    const int conflicts = SyncConflicts(m_database->connection()).unresolvedCount();
    if (conflicts != m_conflicts) {
        m_conflicts = conflicts;
        emit conflictsChanged(conflicts);
    }
}

} // namespace quita
