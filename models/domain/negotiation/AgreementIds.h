#pragma once

#include <QString>
#include <QUuid>

namespace quita {

// An installment's id follows from its agreement's id and its number (a name-based UUID,
// version 5), so the rows a desk writes for an agreement made offline and the rows the
// server writes when it applies that agreement are the same rows.
inline QUuid installmentIdFor(const QUuid &agreementId, int number)
{
    return QUuid::createUuidV5(agreementId, QStringLiteral("installment/%1").arg(number));
}

} // namespace quita
