#pragma once

#include "domain/Clock.h"
#include "domain/negotiation/Agreement.h"
#include "domain/payment/CollectionAccount.h"
#include "print/AgreementTerm.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace quita {

// A debtor's agreements as the agreement screen shows them: each with its schedule and,
// per installment, the boleto and PIX code built on this desk from the creditor's synced
// collection account (an installment without an our number has none yet), and the data
// of the printed term.
class AgreementBook : public QObject
{
    Q_OBJECT
public:
    AgreementBook(QSqlDatabase db, const Clock &clock, QObject *parent = nullptr);

    // False when the debtor is gone. Newest agreement first.
    bool open(const QUuid &debtorId);
    void reload();
    const QList<Agreement> &agreements() const { return m_agreements; }
    int indexOf(const QUuid &agreementId) const;
    const Debtor &debtor() const { return m_debtor; }
    const Creditor &creditor() const { return m_creditor; }

    // The installment's codes; an error says why there are none (no our number yet, the
    // creditor's settings incomplete).
    Result<PaymentCodes> codes(int agreement, int installment) const;
    AgreementTermData termData(int agreement) const;
    // The debtor's e-mail address for sending the term, empty when none may be used.
    QString debtorEmail() const;

    QDate today() const { return m_clock.today(); }
    // What is left to pay on an installment.
    Money remaining(int agreement, int installment) const;
    // Posts a payment typed by the agent ("451,76") on an installment, offline; the error
    // names the field (`amount`, `paid_on`, `installment`).
    Status postPayment(int agreement, int installment, const QString &amount, const QDate &paidOn);
    // Cancels an agreement (pending, active or broken) saying why.
    Status cancelAgreement(int agreement, const QString &reason);
    // A bank's payments file for every debtor on this desk, all or nothing; the error
    // names the line. The number of payments posted.
    Result<int> importPayments(const QString &path);

signals:
    void changesQueued();

private:
    QString userName() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    Debtor m_debtor;
    Creditor m_creditor;
    QList<Title> m_titles;
    QList<Agreement> m_agreements;
    QString m_email;
};

} // namespace quita
