#include "DemoStoreWriter.h"

#include "DebtorSearchIndex.h"
#include "DemoIndexes.h"
#include "SqlValues.h"

namespace quita {
namespace {
constexpr int kDebtorsPerTransaction = 5000;
}

DemoStoreWriter::DemoStoreWriter(QSqlDatabase db)
    : m_db(std::move(db)), m_creditor(m_db), m_portfolio(m_db), m_debtor(m_db), m_contact(m_db),
      m_title(m_db), m_activity(m_db), m_promise(m_db)
{
    m_creditor.prepare(QStringLiteral("INSERT INTO creditor (id, name, document, bank_code, "
                                      "agency, account, wallet, pix_key, pix_city) VALUES "
                                      "(?,?,?,?,?,?,?,?,?)"));
    m_portfolio.prepare(
        QStringLiteral("INSERT INTO portfolio (id, creditor_id, name, charge_terms, grace_days, "
                       "negotiation_policy) VALUES (?,?,?,?,?,?)"));
    m_debtor.prepare(QStringLiteral(
        "INSERT INTO debtor (id, portfolio_id, name, document, street, neighborhood, city, state, "
        "postal_code, placed_on, capacity_cents) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    m_contact.prepare(QStringLiteral(
        "INSERT INTO contact_point (id, debtor_id, kind, value, label, is_primary, consent_voice, "
        "consent_sms, consent_whatsapp, consent_email, opt_out_voice, opt_out_sms, "
        "opt_out_whatsapp, opt_out_email) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_title.prepare(QStringLiteral(
        "INSERT INTO title (id, debtor_id, number, kind, issued_on, due_on, principal_cents, "
        "open_balance_cents, disputed) VALUES (?,?,?,?,?,?,?,?,?)"));
    m_activity.prepare(QStringLiteral(
        "INSERT INTO activity (id, debtor_id, channel, direction, result, occurred_at, agent, "
        "summary, body, callback_at) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    m_promise.prepare(QStringLiteral(
        "INSERT INTO promise (id, debtor_id, activity_id, due_on, amount_cents, status) "
        "VALUES (?,?,?,?,?,?)"));
}

void DemoStoreWriter::exec(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    if (!m_error.isEmpty())
        return;
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (!q.exec())
        m_error = q.lastError().text();
}

Status DemoStoreWriter::write(DemoPortfolioGenerator &generator)
{
    m_error.clear();
    m_debtorsInBatch = 0;
    if (!m_db.transaction())
        return Error{QStringLiteral("sql"), {}, m_db.lastError().text()};
    generator.generate(*this);
    if (!m_error.isEmpty()) {
        m_db.rollback();
        return Error{QStringLiteral("sql"), {}, m_error};
    }
    if (auto indexed = DebtorSearchIndex(m_db).rebuildAll(); !indexed) {
        m_db.rollback();
        return indexed;
    }
    // The correction indexes the demo's loans are updated by.
    const auto series = demoIndexSeries();
    if (!series) {
        m_db.rollback();
        return series.error();
    }
    QSqlQuery index(m_db);
    index.prepare(QStringLiteral("INSERT OR REPLACE INTO index_value (id, index_name, month, "
                                 "variation_ppm) VALUES (?,?,?,?)"));
    for (CorrectionIndex kind : kPublishedIndexes) {
        for (const IndexSeries::Month &m : series->months(kind)) {
            index.addBindValue(indexValueId(kind, m.year, m.month));
            index.addBindValue(correctionIndexName(kind));
            index.addBindValue(
                QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0')));
            index.addBindValue(m.ppm);
            if (!index.exec()) {
                const QString why = index.lastError().text();
                m_db.rollback();
                return Error{QStringLiteral("sql"), {}, why};
            }
        }
    }
    if (!m_db.commit())
        return Error{QStringLiteral("sql"), {}, m_db.lastError().text()};
    return Done{};
}

void DemoStoreWriter::addCreditor(const Creditor &c)
{
    exec(m_creditor,
         {sql::id(c.id), c.name, c.document.value(), c.account.bankCode, c.account.agency,
          c.account.account, c.account.wallet, c.account.pixKey, c.account.pixCity});
}

void DemoStoreWriter::addPortfolio(const Portfolio &p)
{
    exec(m_portfolio, {sql::id(p.id), sql::id(p.creditorId), p.name, sql::text(p.chargeTerms),
                       p.graceDays, sql::text(p.negotiationPolicy)});
}

void DemoStoreWriter::addDebtor(const Debtor &d)
{
    if (++m_debtorsInBatch >= kDebtorsPerTransaction && m_error.isEmpty()) {
        m_debtorsInBatch = 0;
        if (!m_db.commit() || !m_db.transaction())
            m_error = m_db.lastError().text();
    }
    exec(m_debtor, {sql::id(d.id), sql::id(d.portfolioId), d.name, d.document.value(),
                    sql::text(d.address.street), sql::text(d.address.neighborhood),
                    sql::text(d.address.city), d.address.state, sql::text(d.address.postalCode),
                    sql::date(d.placedOn), d.declaredMonthlyCapacity.cents()});
}

void DemoStoreWriter::addContactPoint(const ContactPoint &p)
{
    exec(m_contact, {sql::id(p.id), sql::id(p.debtorId), ContactPoint::kindName(p.kind), p.value,
                     sql::text(p.label), p.primary, p.consentVoice, p.consentSms, p.consentWhatsapp,
                     p.consentEmail, p.optOutVoice, p.optOutSms, p.optOutWhatsapp, p.optOutEmail});
}

void DemoStoreWriter::addTitle(const Title &t)
{
    exec(m_title, {sql::id(t.id), sql::id(t.debtorId), t.number, t.kind, sql::date(t.issueDate),
                   sql::date(t.dueDate), t.principal.cents(), t.openBalance.cents(), t.disputed});
}

void DemoStoreWriter::addActivity(const Activity &a)
{
    exec(m_activity,
         {sql::id(a.id), sql::id(a.debtorId), channelName(a.channel), directionName(a.direction),
          a.result, sql::instant(a.occurredAt), sql::text(a.agent), sql::text(a.summary),
          sql::text(a.body), sql::instant(a.callbackAt)});
}

void DemoStoreWriter::addPromise(const Promise &p)
{
    exec(m_promise, {sql::id(p.id), sql::id(p.debtorId), sql::id(p.activityId),
                     sql::date(p.dueDate), p.amount.cents(), Promise::statusName(p.status)});
}

} // namespace quita
