#include "AgreementBreaker.h"

#include "Negotiation.h"
#include "auth/Scope.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcBreaker, "quita.server.agreements", QtInfoMsg)

namespace quita::server {

AgreementBreaker::AgreementBreaker(const ServerStore &store, const Clock &clock, Changed changed,
                                   std::chrono::seconds interval)
    : m_store(store), m_clock(clock), m_changed(std::move(changed)), m_interval(interval)
{}

AgreementBreaker::~AgreementBreaker()
{
    stop();
}

void AgreementBreaker::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void AgreementBreaker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int AgreementBreaker::runOnce()
{
    QSqlDatabase db = m_store.connection();
    if (!m_store.beginWrite(db)) {
        qCWarning(lcBreaker) << "cannot check agreements:" << db.lastError().text();
        return -1;
    }
    QStringList debtorIds;
    qint64 lastSeq = 0;
    const auto broken = Negotiation(db, m_clock).breakOverdueAgreements(debtorIds, lastSeq);
    if (!broken || !db.commit()) {
        qCWarning(lcBreaker) << "cannot break overdue agreements:"
                             << (broken ? db.lastError().text() : broken.error().message);
        db.rollback();
        return -1;
    }
    if (*broken > 0) {
        qCInfo(lcBreaker) << *broken << "agreement(s) broken: an installment passed due + grace";
        debtorIds.removeDuplicates();
        if (m_changed)
            m_changed(Scope::audience(db, debtorIds), lastSeq);
    }
    return *broken;
}

void AgreementBreaker::loop()
{
    for (;;) {
        runOnce();
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, m_interval, [this] { return m_stopping; }))
            break;
    }
    // The thread's connection closes with its thread_local cache (ServerStore).
}

} // namespace quita::server
