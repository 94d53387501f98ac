#pragma once

#include "domain/Clock.h"

#include <QSqlDatabase>

#include <memory>

namespace quita {

class AgreementBook;
class ApprovalQueueModel;
class NegotiationSession;

// Makes the presenters of the negotiation screens on the desk's store, so the widgets
// that open those screens never hold a database connection.
class NegotiationDesk
{
public:
    NegotiationDesk(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    std::unique_ptr<NegotiationSession> session() const;
    std::unique_ptr<AgreementBook> agreements() const;
    std::unique_ptr<ApprovalQueueModel> approvalQueue() const;
    const Clock &clock() const { return m_clock; }

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace quita
