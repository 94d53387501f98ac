#include "NegotiationSession.h"

#include "domain/negotiation/ScenarioJson.h"
#include "store/AgreementRepository.h"
#include "store/ApprovalRepository.h"
#include "store/DebtorRepository.h"
#include "store/PortfolioTerms.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace quita {
namespace {

// The plan as this desk computed it, shown to the approver beside the offer.
QJsonObject computedJson(const SimulatedScenario &s)
{
    QJsonArray installments;
    for (const Installment &i : s.scenario.installments)
        installments.append(QJsonObject{{QStringLiteral("number"), i.number},
                                        {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                                        {QStringLiteral("amount_cents"), i.amount.cents()}});
    return {{QStringLiteral("kind"), scenarioKindName(s.scenario.kind)},
            {QStringLiteral("total_cents"), s.scenario.total.cents()},
            {QStringLiteral("discount_cents"), s.scenario.discount.cents()},
            {QStringLiteral("balance_cents"), s.scenario.balance.total().cents()},
            {QStringLiteral("installments"), installments}};
}

} // namespace

NegotiationSession::NegotiationSession(QSqlDatabase db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock)
{}

bool NegotiationSession::open(const QUuid &debtorId)
{
    const auto overview = DebtorRepository(m_db).overview(debtorId);
    if (!overview)
        return false;
    m_debtor = overview->debtor;
    m_capacity = m_debtor.declaredMonthlyCapacity.cents() > 0
                     ? std::optional<Money>(m_debtor.declaredMonthlyCapacity)
                     : std::nullopt;
    AgreementRepository agreements(m_db);
    m_creditor = agreements.creditorOf(debtorId).value_or(Creditor{});
    m_history = agreements.history(m_debtor.portfolioId);
    m_policy = NegotiationPolicy::defaults();
    m_policy.portfolioId = m_debtor.portfolioId;
    // The portfolio's charge terms, policy and index values, as synced from the server.
    m_terms = ChargeTerms{};
    m_series = IndexSeries{};
    m_termsError.reset();
    if (auto terms =
            loadPortfolioTerms(m_db, m_debtor.portfolioId.toString(QUuid::WithoutBraces))) {
        m_terms = terms->terms;
        m_series = terms->series;
        m_policy = terms->policy;
    } else {
        m_termsError = terms.error();
    }
    m_titles.clear();
    for (const Title &t : DebtorRepository(m_db).titles(debtorId))
        if (t.openBalance.cents() > 0)
            m_titles.append(t);
    m_selected = QList<bool>(m_titles.size(), true);
    const SyncState state(m_db);
    m_userId = state.value(QStringLiteral("user_id")).toString();
    m_userName = state.value(QStringLiteral("user_display_name")).toString();
    m_role = approvalRoleFromName(state.value(QStringLiteral("user_role")).toString())
                 .value_or(ApprovalRole::Agent);

    reloadApprovals();
    const QDate today = m_clock.today();
    m_asOf = today;
    const QDate firstDue = today.addDays(5);
    m_offers[0] = ScenarioRequest{ScenarioKind::Full, 1, std::nullopt, 10.0, firstDue};
    m_offers[1] = ScenarioRequest{ScenarioKind::Price, 6, std::nullopt, 0.0, firstDue};
    m_offers[2] = ScenarioRequest{ScenarioKind::Sac, 12, std::nullopt, 0.0, firstDue};
    m_offers[3] = ScenarioRequest{ScenarioKind::Flat, 3, std::nullopt, 0.0, firstDue};
    recompute();
    return true;
}

void NegotiationSession::setSelected(int title, bool selected)
{
    if (title < 0 || title >= m_selected.size() || m_selected[title] == selected)
        return;
    m_selected[title] = selected;
    recompute();
}

void NegotiationSession::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    recompute();
}

void NegotiationSession::setOffer(int column, const ScenarioRequest &offer)
{
    if (column < 0 || column >= kOffers)
        return;
    m_offers[std::size_t(column)] = offer;
    recompute();
}

const SimulatedScenario *NegotiationSession::result(int column) const
{
    return column >= 0 && column < m_results.size() ? &m_results.at(column) : nullptr;
}

void NegotiationSession::recompute()
{
    m_results.clear();
    m_balance.reset();
    m_balanceError.reset();
    m_bucket.clear();
    QList<Title> chosen;
    for (qsizetype i = 0; i < m_titles.size(); ++i)
        if (m_selected.at(i))
            chosen.append(m_titles.at(i));
    if (chosen.isEmpty()) {
        m_balanceError = Error{QStringLiteral("no_titles"), QStringLiteral("titles"),
                               tr("Choose at least one title to negotiate.")};
        emit recomputed();
        return;
    }
    if (m_termsError) {
        m_balanceError = m_termsError;
        emit recomputed();
        return;
    }
    auto balance = updateBalance(chosen, m_terms, m_series, m_asOf);
    if (!balance) {
        m_balanceError = balance.error();
        emit recomputed();
        return;
    }
    m_balance = *balance;
    const NegotiationSimulator simulator(m_policy, m_history);
    const QList<ScenarioRequest> requests(m_offers.begin(), m_offers.end());
    auto simulation = simulator.simulate(*m_balance, requests, m_role, m_clock.today(), m_capacity);
    if (!simulation) {
        m_balanceError = simulation.error();
    } else {
        m_bucket = simulation->bucket;
        m_results = simulation->scenarios;
    }
    emit recomputed();
}

std::optional<QStringList> NegotiationSession::chosenTitleIds() const
{
    if (!m_selected.contains(false))
        return std::nullopt; // all open titles, as the server reads an absent title_ids
    QStringList ids;
    for (qsizetype i = 0; i < m_titles.size(); ++i)
        if (m_selected.at(i))
            ids.append(m_titles.at(i).id.toString(QUuid::WithoutBraces));
    return ids;
}

void NegotiationSession::reloadApprovals()
{
    m_approvals = ApprovalRepository(m_db).forDebtor(m_debtor.id);
}

std::optional<ApprovalRequest> NegotiationSession::approvalFor(int column) const
{
    const ScenarioRequest wanted = offer(column);
    const auto titles = chosenTitleIds();
    for (const ApprovalRequest &r : m_approvals) {
        if (sameOffer(r.offer, wanted) && r.titleIds == titles)
            return r;
    }
    return std::nullopt;
}

Result<ApprovalRequest> NegotiationSession::requestApproval(int column, const QString &note)
{
    const SimulatedScenario *s = result(column);
    if (!s || s->error)
        return s && s->error ? *s->error
                             : Error{QStringLiteral("no_offer"), QStringLiteral("offer"),
                                     tr("This offer cannot be computed.")};
    const Verdict verdict = s->assessment.verdict;
    if (verdict == Verdict::Ok)
        return Error{QStringLiteral("not_needed"), QStringLiteral("offer"),
                     tr("This offer is within your authority: close the agreement.")};
    if (verdict == Verdict::NotAllowed)
        return Error{QStringLiteral("not_allowed"), QStringLiteral("offer"),
                     tr("No one may grant this offer: change it first.")};
    if (const auto existing = approvalFor(column);
        existing && existing->status == QLatin1String("pending"))
        return Error{QStringLiteral("pending"), QStringLiteral("offer"),
                     tr("This offer is already waiting for an answer.")};
    ApprovalRequest draft;
    draft.id = QUuid::createUuid();
    draft.debtorId = m_debtor.id;
    draft.requestedBy = m_userId;
    draft.requestedByName = m_userName;
    draft.approverRole =
        verdict == Verdict::NeedsAdmin ? QStringLiteral("admin") : QStringLiteral("supervisor");
    draft.offer = offer(column);
    draft.titleIds = chosenTitleIds();
    draft.note = note.trimmed();
    draft.computed = computedJson(*s);
    draft.violations = violationsToJson(s->assessment.violations);
    auto filed = ApprovalRepository(m_db).request(draft, m_clock.nowUtc());
    if (filed) {
        reloadApprovals();
        emit changesQueued();
    }
    return filed;
}

Result<Agreement> NegotiationSession::closeAgreement(int column)
{
    // An agreement is made on today's balance, whatever date the screen shows.
    if (m_asOf != m_clock.today())
        setAsOf(m_clock.today());
    const SimulatedScenario *s = result(column);
    if (!s || s->error)
        return s && s->error ? *s->error
                             : m_balanceError.value_or(Error{QStringLiteral("no_offer"),
                                                             QStringLiteral("offer"),
                                                             tr("This offer cannot be computed.")});
    if (const Status valid = m_creditor.account.validate(); !valid)
        return valid.error();
    QUuid approvalId;
    switch (s->assessment.verdict) {
    case Verdict::Ok:
        break;
    case Verdict::NotAllowed:
        return Error{QStringLiteral("not_allowed"), QStringLiteral("offer"),
                     tr("No one may grant this offer: change it first.")};
    case Verdict::NeedsSupervisor:
    case Verdict::NeedsAdmin: {
        const auto approval = approvalFor(column);
        if (!approval || approval->status != QLatin1String("approved"))
            return Error{QStringLiteral("approval_required"), QStringLiteral("offer"),
                         approval && approval->status == QLatin1String("pending")
                             ? tr("The approval of this offer has not arrived yet.")
                         : approval && approval->status == QLatin1String("rejected")
                             ? tr("This offer was rejected: %1").arg(approval->comment)
                             : tr("This offer is beyond your authority: ask for approval.")};
        approvalId = approval->id;
        break;
    }
    }
    AgreementDraft draft;
    draft.id = QUuid::createUuid();
    draft.debtorId = m_debtor.id;
    draft.creditorId = m_creditor.id;
    if (const auto ids = chosenTitleIds()) {
        QList<QUuid> uuids;
        for (const QString &id : *ids)
            uuids.append(QUuid::fromString(id));
        draft.titleIds = uuids;
    }
    draft.request = offer(column);
    draft.scenario = s->scenario;
    draft.asOf = m_asOf;
    draft.approvalId = approvalId;
    draft.createdBy = m_userName;
    auto created = AgreementRepository(m_db).create(draft, m_clock.nowUtc());
    if (created) {
        reloadApprovals(); // the approval it used is "used" now
        emit changesQueued();
    }
    return created;
}

QString NegotiationSession::recoveryMethod() const
{
    return methodDescription();
}

} // namespace quita
