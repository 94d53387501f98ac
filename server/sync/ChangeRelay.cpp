#include "ChangeRelay.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcServerRelay, "quita.server.relay", QtInfoMsg)

namespace quita::server {
namespace {

const QString kChannel = QStringLiteral("quita_changes");

// Lives on the relay's thread: owns the LISTEN connection, reconnects when it drops.
class Listener : public QObject
{
public:
    Listener(const ServerStore &store, QString instance, ChangeRelay::Poke poke)
        : m_store(store), m_instance(std::move(instance)), m_poke(std::move(poke))
    {}

    ~Listener() override { close(); }

    bool open(QString *error)
    {
        auto db = m_store.openPostgres(m_name);
        if (!db) {
            *error = db.error().message;
            return false;
        }
        QSqlDriver *driver = db->driver();
        if (!driver->subscribeToNotification(kChannel)) {
            *error = driver->lastError().text();
            return false;
        }
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kChannel)
                    received(payload.toString());
            });
        // A dropped connection says nothing until used: check it now and then.
        auto *check = new QTimer(this);
        connect(check, &QTimer::timeout, this, [this] { keepAlive(); });
        check->start(5000);
        return true;
    }

private:
    void received(const QString &payload)
    {
        const QStringList parts = payload.split(QLatin1Char('|'));
        if (parts.size() != 3 || parts[0] == m_instance)
            return; // ours: already poked locally
        // An empty list: too many users for one NOTIFY, poke everyone.
        m_poke(parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts), parts[1].toLongLong());
    }

    void keepAlive()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery ping(db);
        if (db.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
            return;
        qCWarning(lcServerRelay) << "LISTEN connection lost; reconnecting";
        close();
        QString why;
        if (!open(&why))
            qCWarning(lcServerRelay) << "cannot reconnect:" << why;
    }

    void close()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.driver())
                db.driver()->disconnect(this);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    const ServerStore &m_store;
    QString m_instance;
    ChangeRelay::Poke m_poke;
    QString m_name =
        QStringLiteral("quita-relay-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
};

} // namespace

ChangeRelay::ChangeRelay(const ServerStore &store, Poke poke)
    : m_store(store), m_poke(std::move(poke)),
      m_instance(QUuid::createUuid().toString(QUuid::Id128))
{}

ChangeRelay::~ChangeRelay()
{
    stop();
}

QString ChangeRelay::payload(const QString &instance, const QStringList &userIds, qint64 seq)
{
    return QStringLiteral("%1|%2|%3").arg(instance).arg(seq).arg(userIds.join(QLatin1Char(',')));
}

bool ChangeRelay::start(QString *error)
{
    if (!m_store.isPostgres())
        return true;
    m_thread.setObjectName(QStringLiteral("quita-relay"));
    m_thread.start();
    auto *listener = new Listener(m_store, m_instance, m_poke);
    listener->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        listener, [&] { ok = listener->open(error); }, Qt::BlockingQueuedConnection);
    m_listener = listener;
    if (!ok)
        stop();
    return ok;
}

void ChangeRelay::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_listener)
        QMetaObject::invokeMethod(
            m_listener, [listener = m_listener] { delete listener; }, Qt::BlockingQueuedConnection);
    m_listener = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void ChangeRelay::announce(const QStringList &userIds, qint64 seq) const
{
    if (!m_store.isPostgres() || userIds.isEmpty())
        return;
    // NOTIFY takes at most 8000 bytes: a long list becomes "everyone" (an empty list).
    QString text = payload(m_instance, userIds, seq);
    if (text.toUtf8().size() > 7900)
        text = payload(m_instance, {}, seq);
    QSqlQuery q(m_store.connection());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(kChannel);
    q.addBindValue(text);
    if (!q.exec())
        qCWarning(lcServerRelay) << "NOTIFY failed:" << q.lastError().text();
}

} // namespace quita::server
