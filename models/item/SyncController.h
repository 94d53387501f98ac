#pragma once

#include "ServerCall.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

namespace quita {

// The desk's handle on the sync engine, which runs on a thread of its own: calls go to
// the engine queued, and what it reports is kept here (on the UI thread) for the views
// to read: online or offline, changes waiting to be sent, last sync, conflicts, the
// first sync's progress.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(const QString &storePath, QObject *parent = nullptr,
                            SyncEngine::Options options = {});
    ~SyncController() override;

    void setServer(const QUrl &url);
    void login(const QString &username, const QString &password);
    void logout();
    void syncNow();
    void localChangesQueued();
    void cancelFirstSync();
    // An online request with the session (e.g. "GET", "/api/v1/kpis?from=..."); the
    // returned call reports finished() once, on this thread, and then deletes itself.
    // Without a session it finishes with status 0 and a message.
    ServerCall *call(const QString &method, const QString &path, const QByteArray &body = {});

    QUrl server() const { return m_server; }
    SyncEngine::State state() const { return m_state; }
    bool isSignedIn() const { return !m_user.isEmpty(); }
    QJsonObject user() const { return m_user; }
    int pending() const { return m_pending; }
    int conflicts() const { return m_conflicts; }
    QDateTime lastSync() const { return m_lastSync; }
    bool firstSyncRunning() const { return m_firstSync; }
    int applied() const { return m_applied; }
    QString lastError() const { return m_lastError; }
    QDateTime nextRetry() const { return m_nextRetry; }

signals:
    void statusChanged();
    void progress(int applied, bool firstSync);
    void dataChanged(const QStringList &debtorIds);
    void storeReset();
    void signedIn(const QJsonObject &user);
    void signInFailed(const QString &message);
    void signInRequired();
    void syncFinished();

private:
    QThread m_thread;
    SyncEngine *m_engine;
    QUrl m_server;
    SyncEngine::State m_state = SyncEngine::State::Offline;
    QJsonObject m_user;
    int m_pending = 0;
    int m_conflicts = 0;
    QDateTime m_lastSync;
    bool m_firstSync = false;
    int m_applied = 0;
    QString m_lastError;
    QDateTime m_nextRetry;
    quint64 m_nextCall = 1;
    QHash<quint64, QPointer<ServerCall>> m_calls;
};

} // namespace quita
