#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QUuid>

namespace quita {

// Payments on agreement installments, posted on the desk: the payment row, the
// installment (paid once its payments reach its amount) and the agreement's status are
// written with the payment.post mutation in one local transaction; the server's answer
// (and its timeline event) comes back by sync.
class PaymentRecorder
{
public:
    explicit PaymentRecorder(QSqlDatabase db) : m_db(std::move(db)) {}

    // Errors name the field: `amount` (not positive), `paid_on` (in the future),
    // `installment` (gone, paid or cancelled).
    Status post(const QUuid &installmentId, Money amount, const QDate &paidOn, const QDate &today,
                const QString &by, const QDateTime &nowUtc);
    // A bank's payments file (domain/negotiation/PaymentImport.h), matched to this desk's
    // installments by our number. All or nothing: an error names the line. The number of
    // payments posted.
    Result<int> importFile(const QString &text, const QDate &today, const QString &by,
                           const QDateTime &nowUtc);

private:
    // One payment inside the caller's transaction.
    Status write(const QUuid &installmentId, Money amount, const QDate &paidOn, const QDate &today,
                 const QString &by, const QString &source, const QDateTime &nowUtc);

    QSqlDatabase m_db;
};

} // namespace quita
