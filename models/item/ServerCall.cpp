#include "ServerCall.h"

namespace quita {

void ServerCall::complete(int status, const QByteArray &body, const QString &error)
{
    m_status = status;
    m_body = body;
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace quita
