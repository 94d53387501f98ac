#include "NegotiationDesk.h"

#include "AgreementBook.h"
#include "ApprovalQueueModel.h"
#include "NegotiationSession.h"

namespace quita {

std::unique_ptr<NegotiationSession> NegotiationDesk::session() const
{
    return std::make_unique<NegotiationSession>(m_db, m_clock);
}

std::unique_ptr<AgreementBook> NegotiationDesk::agreements() const
{
    return std::make_unique<AgreementBook>(m_db, m_clock);
}

std::unique_ptr<ApprovalQueueModel> NegotiationDesk::approvalQueue() const
{
    return std::make_unique<ApprovalQueueModel>(m_db);
}

} // namespace quita
