#pragma once

#include "RetrySchedule.h"
#include "domain/Result.h"
#include "store/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QThread;

namespace quita {

class ChangeApplier;
class Database;
class EventSocket;
class PageFetcher;

// The desktop's sync client (docs/sync-protocol.md). Meant to live on its own QThread:
// create it, moveToThread(), then call start() through a queued call; it opens its own
// connection to the local store and its own network access there. Every slot is to be
// called through queued connections or QMetaObject::invokeMethod, and every signal
// reaches the UI queued.
//
// syncNow() pushes the outbox in batches of at most 500 (200 removes an entry; 409 and
// 400/403/404/422 move it to the conflicts list; network errors and 5xx keep it and
// retry with backoff, 1 s doubling to 60 s), then pulls pages until has_more is false
// (410: the synced rows are wiped, the outbox kept, and the pull starts over from 0).
// A WebSocket poke triggers syncNow(). The session token stays in memory only and is
// never logged.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline, // not signed in, or the server cannot be reached
        Online,  // signed in, the last exchange with the server worked
        Syncing, // a push or pull is running
    };
    Q_ENUM(State)

    struct Options
    {
        int pushBatch = 500;
        int pullLimit = 5000; // changes per page (the server allows up to 5000)
        int firstRetryMs = 1000;
        int maxRetryMs = 60000;
        int requestTimeoutMs = 30000;
        // A sync now and then even without pokes (0: never).
        int pollIntervalMs = 5 * 60 * 1000;
        // After a local change is queued, wait this long for more before pushing.
        int localChangeDelayMs = 300;
    };

    explicit SyncEngine(QString storePath, QObject *parent = nullptr);
    SyncEngine(QString storePath, Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Read on the engine's thread only.
    State state() const { return m_state; }
    bool isSignedIn() const { return !m_token.isEmpty(); }

public slots:
    // Opens the store on the calling thread and reports the current counts.
    void start();
    // Base URL of quita-server, e.g. http://127.0.0.1:8080.
    void setServer(const QUrl &url);
    // Answers with signedIn(user) or signInFailed(message); then syncs.
    void login(const QString &username, const QString &password);
    void logout();
    // Pushes and pulls now (and resumes a cancelled first sync).
    void syncNow();
    // The UI queued a mutation in the outbox: push it soon.
    void localChangesQueued();
    // Stops the running first sync after its current page (everything applied so far
    // stays); it resumes from there on the next syncNow(). Meanwhile pokes, retries and
    // local changes only push.
    void cancelFirstSync();
    // Closes the socket, aborts requests and closes the store; call before the thread ends.
    void stop();
    // An online request outside sync (e.g. GET /api/v1/kpis, POST /api/v1/protests/batches)
    // with the session's token; answers with callFinished(id, ...). `path` starts with
    // /api/v1. Without a session it answers at once with status 0.
    void call(quint64 id, const QString &method, const QString &path, const QByteArray &body);

signals:
    void stateChanged(quita::SyncEngine::State state);
    void pendingChanged(int pending);
    void lastSyncChanged(const QDateTime &at);
    // Changes applied so far in this pull; firstSync while the store fills from nothing.
    void progress(int applied, bool firstSync);
    void conflictsChanged(int unresolved);
    // After each applied page: the debtors whose rows changed (views showing them refresh).
    void dataChanged(const QStringList &debtorIds);
    // After a 410: the store was wiped and pulled again; every view refreshes.
    void storeReset();
    void signedIn(const QJsonObject &user);
    void signInFailed(const QString &message);
    // The server no longer accepts the session (401): sign in again.
    void signInRequired();
    // A sync attempt failed (the message is for the status bar); a retry is scheduled.
    void syncFailed(const QString &message);
    void retryScheduled(const QDateTime &at);
    void syncFinished();
    // status: the HTTP status, or 0 when the server could not be reached (then `error` says
    // why); `error` is also the server's own message on an error answer.
    void callFinished(quint64 id, int status, const QByteArray &body, const QString &error);

private:
    enum class Phase
    {
        Idle,
        Push,
        Pull,
    };

    QNetworkReply *send(const QString &method, const QString &path, const QByteArray &body = {});
    void runPush();
    void onPushed(QNetworkReply *reply, const QList<OutboxEntry> &sent);
    void runPull();
    void haltPull();
    void onPageReady(quint64 round);
    // Commits the pulled pages held open and tells the views which debtors changed.
    void settleApplier();
    void requestSync();
    void finish();
    void finishCancelled();
    void fail(const QString &message, bool networkDown);
    void sessionExpired();
    void setState(State state);
    void reportCounts();
    void onPoke(qint64 seq);
    bool adoptUser(const QString &username, QString &why);

    QString m_storePath;
    Options m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeApplier> m_applier;
    QNetworkAccessManager *m_network = nullptr;
    EventSocket *m_events = nullptr;
    QThread *m_fetchThread = nullptr;
    PageFetcher *m_fetcher = nullptr; // lives on m_fetchThread
    quint64 m_round = 0;              // the pull round whose pages are taken
    QStringList m_touched;            // debtors of pages not committed yet
    QSet<QString> m_touchedSet;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_localTimer;
    RetrySchedule m_retry;
    QUrl m_server;
    QString m_token;
    QString m_clientId;
    State m_state = State::Offline;
    Phase m_phase = Phase::Idle;
    bool m_again = false;
    bool m_firstSync = false;
    bool m_firstSyncCancelled = false;
    bool m_pushKept = false;
    int m_applied = 0;
    int m_pushBatch = 0;   // shrinks after a 413 (0: Options::pushBatch)
    qint64 m_pokedSeq = 0; // the highest seq poked while a round was running
    int m_pending = -1;
    int m_conflicts = -1;
};

} // namespace quita
