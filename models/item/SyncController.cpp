#include "SyncController.h"

namespace quita {

SyncController::SyncController(const QString &storePath, QObject *parent,
                               SyncEngine::Options options)
    : QObject(parent), m_engine(new SyncEngine(storePath, options))
{
    m_thread.setObjectName(QStringLiteral("quita-sync"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        m_state = state;
        if (state != SyncEngine::State::Offline)
            m_lastError.clear();
        emit statusChanged();
    });
    connect(m_engine, &SyncEngine::pendingChanged, this, [this](int pending) {
        m_pending = pending;
        emit statusChanged();
    });
    connect(m_engine, &SyncEngine::conflictsChanged, this, [this](int conflicts) {
        m_conflicts = conflicts;
        emit statusChanged();
    });
    connect(m_engine, &SyncEngine::lastSyncChanged, this, [this](const QDateTime &at) {
        m_lastSync = at;
        emit statusChanged();
    });
    connect(m_engine, &SyncEngine::progress, this, [this](int applied, bool firstSync) {
        m_applied = applied;
        if (m_firstSync != firstSync) {
            m_firstSync = firstSync;
            emit statusChanged();
        }
        emit progress(applied, firstSync);
    });
    connect(m_engine, &SyncEngine::syncFinished, this, [this] {
        if (m_firstSync) {
            m_firstSync = false;
            emit statusChanged();
        }
        emit syncFinished();
    });
    connect(m_engine, &SyncEngine::syncFailed, this, [this](const QString &message) {
        m_lastError = message;
        m_firstSync = false;
        emit statusChanged();
    });
    connect(m_engine, &SyncEngine::retryScheduled, this, [this](const QDateTime &at) {
        m_nextRetry = at;
        emit statusChanged();
    });
    connect(m_engine, &SyncEngine::signedIn, this, [this](const QJsonObject &user) {
        m_user = user;
        emit statusChanged();
        emit signedIn(user);
    });
    connect(m_engine, &SyncEngine::signInFailed, this, &SyncController::signInFailed);
    connect(m_engine, &SyncEngine::signInRequired, this, [this] {
        m_user = {};
        emit statusChanged();
        emit signInRequired();
    });
    connect(m_engine, &SyncEngine::dataChanged, this, &SyncController::dataChanged);
    connect(m_engine, &SyncEngine::storeReset, this, &SyncController::storeReset);
    connect(m_engine, &SyncEngine::callFinished, this,
            [this](quint64 id, int status, const QByteArray &body, const QString &error) {
                const QPointer<ServerCall> call = m_calls.take(id);
                if (call)
                    call->complete(status, body, error);
            });
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start);
}

SyncController::~SyncController()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setServer(const QUrl &url)
{
    m_server = url;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, url] { engine->setServer(url); });
}

void SyncController::login(const QString &username, const QString &password)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, username, password] { engine->login(username, password); });
}

void SyncController::logout()
{
    m_user = {};
    QMetaObject::invokeMethod(m_engine, &SyncEngine::logout);
    emit statusChanged();
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow);
}

void SyncController::localChangesQueued()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::localChangesQueued);
}

void SyncController::cancelFirstSync()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::cancelFirstSync);
}

ServerCall *SyncController::call(const QString &method, const QString &path, const QByteArray &body)
{
    auto *call = new ServerCall(this);
    const quint64 id = m_nextCall++;
    m_calls.insert(id, call);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, id, method, path, body] {
        engine->call(id, method, path, body);
    });
    return call;
}

} // namespace quita
