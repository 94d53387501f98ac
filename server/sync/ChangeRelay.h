#pragma once

#include "api/ServerStore.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>

namespace quita::server {

// Several quita-server processes over one PostgreSQL: after a commit each tells the
// others through NOTIFY quita_changes (payload "instance|seq|user,user,..."), and each
// LISTENs on a connection of its own, in a thread of its own, and pokes its WebSocket
// subscribers for the changes the others made (an empty user list: everyone, when the
// list would not fit in a NOTIFY). On SQLite there is one process: nothing.
class ChangeRelay : public QObject
{
    Q_OBJECT
public:
    using Poke = std::function<void(const QStringList &userIds, qint64 seq)>;

    ChangeRelay(const ServerStore &store, Poke poke);
    ~ChangeRelay() override;

    bool start(QString *error);
    void stop();
    // On the calling (worker) thread's connection, after its commit.
    void announce(const QStringList &userIds, qint64 seq) const;

    static QString payload(const QString &instance, const QStringList &userIds, qint64 seq);

private:
    const ServerStore &m_store;
    Poke m_poke;
    QString m_instance;
    QThread m_thread;
    QObject *m_listener = nullptr;
};

} // namespace quita::server
