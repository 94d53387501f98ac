#include "AgreementBook.h"

#include "store/AgreementRepository.h"
#include "store/DebtorRepository.h"
#include "store/PaymentRecorder.h"
#include "sync/SyncState.h"

#include <QFile>
#include <QLocale>

namespace quita {

AgreementBook::AgreementBook(QSqlDatabase db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock)
{}

bool AgreementBook::open(const QUuid &debtorId)
{
    DebtorRepository debtors(m_db);
    const auto overview = debtors.overview(debtorId);
    if (!overview)
        return false;
    m_debtor = overview->debtor;
    m_titles = debtors.titles(debtorId);
    m_email.clear();
    for (const ContactPoint &p : debtors.contactPoints(debtorId)) {
        if (p.kind == ContactPoint::Kind::Email && p.consentEmail && !p.optOutEmail &&
            (m_email.isEmpty() || p.primary))
            m_email = p.value;
    }
    reload();
    return true;
}

void AgreementBook::reload()
{
    AgreementRepository agreements(m_db);
    m_creditor = agreements.creditorOf(m_debtor.id).value_or(Creditor{});
    m_agreements = agreements.forDebtor(m_debtor.id);
}

int AgreementBook::indexOf(const QUuid &agreementId) const
{
    for (qsizetype i = 0; i < m_agreements.size(); ++i)
        if (m_agreements.at(i).id == agreementId)
            return int(i);
    return -1;
}

Result<PaymentCodes> AgreementBook::codes(int agreement, int installment) const
{
    if (agreement < 0 || agreement >= m_agreements.size() || installment < 0 ||
        installment >= m_agreements.at(agreement).installments.size())
        return Error{QStringLiteral("not_found"), QStringLiteral("installment"),
                     tr("Choose an installment.")};
    const AgreementInstallment &i = m_agreements.at(agreement).installments.at(installment);
    if (i.status == QLatin1String("paid"))
        return Error{QStringLiteral("paid"), QStringLiteral("installment"),
                     tr("This installment is paid.")};
    if (i.status == QLatin1String("cancelled"))
        return Error{QStringLiteral("cancelled"), QStringLiteral("installment"),
                     tr("This installment is cancelled.")};
    if (i.ourNumber.isEmpty())
        return Error{QStringLiteral("pending"), QStringLiteral("our_number"),
                     tr("The boleto and PIX code are issued when this agreement reaches the "
                        "server (it gives out the our number).")};
    return paymentCodes(m_creditor.account, m_creditor.name, i.ourNumber.toLongLong(), i.due,
                        i.amount);
}

AgreementTermData AgreementBook::termData(int agreement) const
{
    AgreementTermData data;
    if (agreement < 0 || agreement >= m_agreements.size())
        return data;
    data.agreement = m_agreements.at(agreement);
    data.creditor = m_creditor;
    data.debtor = m_debtor;
    // An agreement made on all of the debtor's open titles lists none by id.
    for (const Title &t : m_titles) {
        if (data.agreement.titleIds.isEmpty() || data.agreement.titleIds.contains(t.id))
            data.titles.append(t);
    }
    data.printedOn = m_clock.today();
    return data;
}

QString AgreementBook::debtorEmail() const
{
    return m_email;
}

QString AgreementBook::userName() const
{
    return SyncState(m_db).value(QStringLiteral("user_display_name")).toString();
}

Money AgreementBook::remaining(int agreement, int installment) const
{
    if (agreement < 0 || agreement >= m_agreements.size() || installment < 0 ||
        installment >= m_agreements.at(agreement).installments.size())
        return {};
    const AgreementInstallment &i = m_agreements.at(agreement).installments.at(installment);
    return i.status == QLatin1String("open") ? i.amount - i.paid : Money();
}

Status AgreementBook::postPayment(int agreement, int installment, const QString &amount,
                                  const QDate &paidOn)
{
    if (agreement < 0 || agreement >= m_agreements.size() || installment < 0 ||
        installment >= m_agreements.at(agreement).installments.size())
        return Error{QStringLiteral("not_found"), QStringLiteral("installment"),
                     tr("Choose an installment.")};
    const auto parsed = Money::parse(amount, QLocale(), QStringLiteral("amount"));
    if (!parsed)
        return parsed.error();
    const Status posted =
        PaymentRecorder(m_db).post(m_agreements.at(agreement).installments.at(installment).id,
                                   *parsed, paidOn, m_clock.today(), userName(), m_clock.nowUtc());
    if (posted) {
        reload();
        emit changesQueued();
    }
    return posted;
}

Status AgreementBook::cancelAgreement(int agreement, const QString &reason)
{
    if (agreement < 0 || agreement >= m_agreements.size())
        return Error{QStringLiteral("not_found"), QStringLiteral("agreement"),
                     tr("Choose an agreement.")};
    const Status cancelled =
        AgreementRepository(m_db).cancel(m_agreements.at(agreement).id, reason, m_clock.nowUtc());
    if (cancelled) {
        reload();
        emit changesQueued();
    }
    return cancelled;
}

Result<int> AgreementBook::importPayments(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot_read"), QStringLiteral("file"),
                     tr("Cannot read %1: %2").arg(path, file.errorString())};
    const auto imported = PaymentRecorder(m_db).importFile(
        QString::fromUtf8(file.readAll()), m_clock.today(), userName(), m_clock.nowUtc());
    if (imported) {
        if (!m_debtor.id.isNull())
            reload();
        emit changesQueued();
    }
    return imported;
}

} // namespace quita
