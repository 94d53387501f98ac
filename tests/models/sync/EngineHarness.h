#pragma once

// A SyncEngine on its own QThread, as the desktop runs it, and a probe on the test's
// thread that records what its signals said (they arrive queued, as in the UI).
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace quita::test {

class EngineProbe : public QObject
{
public:
    void watch(SyncEngine *engine)
    {
        const auto q = Qt::QueuedConnection;
        connect(
            engine, &SyncEngine::stateChanged, this,
            [this](SyncEngine::State s) {
                state = s;
                states << s;
            },
            q);
        connect(
            engine, &SyncEngine::pendingChanged, this, [this](int n) { pending = n; }, q);
        connect(
            engine, &SyncEngine::conflictsChanged, this, [this](int n) { conflicts = n; }, q);
        connect(
            engine, &SyncEngine::lastSyncChanged, this,
            [this](const QDateTime &at) { lastSync = at; }, q);
        connect(
            engine, &SyncEngine::progress, this,
            [this](int applied, bool first) { progress << qMakePair(applied, first); }, q);
        connect(
            engine, &SyncEngine::dataChanged, this,
            [this](const QStringList &ids) { changedDebtors << ids; }, q);
        connect(
            engine, &SyncEngine::storeReset, this, [this] { ++resets; }, q);
        connect(
            engine, &SyncEngine::signedIn, this, [this](const QJsonObject &u) { user = u; }, q);
        connect(
            engine, &SyncEngine::signInFailed, this,
            [this](const QString &m) { signInErrors << m; }, q);
        connect(
            engine, &SyncEngine::signInRequired, this, [this] { ++signInRequests; }, q);
        connect(
            engine, &SyncEngine::syncFailed, this, [this](const QString &m) { failures << m; }, q);
        connect(
            engine, &SyncEngine::retryScheduled, this, [this](const QDateTime &) { ++retries; }, q);
        connect(
            engine, &SyncEngine::syncFinished, this, [this] { ++finished; }, q);
    }

    SyncEngine::State state = SyncEngine::State::Offline;
    QList<SyncEngine::State> states;
    int pending = -1;
    int conflicts = -1;
    QDateTime lastSync;
    QList<QPair<int, bool>> progress;
    QStringList changedDebtors;
    int resets = 0;
    QJsonObject user;
    QStringList signInErrors;
    int signInRequests = 0;
    QStringList failures;
    int retries = 0;
    int finished = 0;
};

class EngineHarness
{
public:
    EngineHarness(const QString &storePath, const SyncEngine::Options &options)
        : engine(new SyncEngine(storePath, options))
    {
        engine->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
        probe.watch(engine);
        m_thread.start();
        call([e = engine] { e->start(); });
    }
    ~EngineHarness()
    {
        QMetaObject::invokeMethod(engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    EngineHarness(const EngineHarness &) = delete;
    EngineHarness &operator=(const EngineHarness &) = delete;

    // Runs f on the engine's thread.
    template <typename F>
    void call(F f)
    {
        QMetaObject::invokeMethod(engine, std::move(f), Qt::QueuedConnection);
    }

    SyncEngine *engine;
    EngineProbe probe;

private:
    QThread m_thread;
};

} // namespace quita::test
