// A create the server refuses leaves no phantom on the desk: the agreement the agent
// closed offline, and its installments, go when the server answers 422; the conflict
// stays for the agent to read; a stale answer (409) and an accepted one change nothing.
#include "RepositoryFixture.h"
#include "domain/negotiation/InstallmentPlan.h"
#include "store/AgreementRepository.h"
#include "store/DebtorRepository.h"
#include "store/Outbox.h"
#include "sync/PushAnswers.h"
#include "sync/SyncConflicts.h"

#include <QJsonArray>
#include <QTest>

using namespace quita;
using namespace quita::test;

class TestRefusedCreates : public QObject, protected RepositoryFixture
{
    Q_OBJECT

    const QDate today{2026, 11, 23};
    const QDateTime now{QDate(2026, 11, 23), QTime(15, 0), Qt::UTC};

    QUuid closeAgreement(const QUuid &debtor, const QUuid &approval = {})
    {
        BalanceBreakdown balance;
        balance.principal = Money::fromCents(60000);
        const auto plan = computeScenario(
            ScenarioRequest{ScenarioKind::Flat, 3, std::nullopt, 0.0, today.addDays(5)}, balance,
            PlanParameters{}, today);
        if (!plan.ok())
            return {};
        AgreementDraft draft;
        draft.id = QUuid::createUuid();
        draft.debtorId = debtor;
        draft.creditorId = kCreditor;
        draft.request = {ScenarioKind::Flat, 3, std::nullopt, 0.0, today.addDays(5)};
        draft.scenario = *plan;
        draft.asOf = today;
        draft.approvalId = approval;
        return AgreementRepository(db()).create(draft, now).ok() ? draft.id : QUuid();
    }
    int count(const QString &sql, const QUuid &id) const
    {
        return quita::test::scalar(db(), sql, {idText(id)}).toInt();
    }
    // The server's answer to everything in the outbox: `status` for each.
    Result<PushSummary> answer(int status)
    {
        const QList<OutboxEntry> sent = Outbox(db()).oldest(100).value();
        QJsonArray results;
        for (const OutboxEntry &e : sent) {
            QJsonObject r{{QStringLiteral("mutation_id"), idText(e.mutationId)},
                          {QStringLiteral("status"), status}};
            if (status != 200)
                r.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("invalid")},
                                     {QStringLiteral("field"), QStringLiteral("scenario")},
                                     {QStringLiteral("message"),
                                      QStringLiteral("the creditor has no bank settings")}});
            results.append(r);
        }
        return PushAnswers::apply(db(), sent, {{QStringLiteral("results"), results}}, now);
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void refusedAgreementIsRemoved()
    {
        const QUuid debtor = addDebtor(QStringLiteral("Maria Silva"));
        addTitle(debtor, QStringLiteral("CT-1"), today.addDays(-40), 60000);
        const QUuid agreement = closeAgreement(debtor);
        QVERIFY(!agreement.isNull());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM installment WHERE agreement_id = ?"),
                       agreement),
                 3);
        QVERIFY(!DebtorRepository(db()).overview(debtor)->agreementStatus.isEmpty());

        const auto applied = answer(422);
        QVERIFY(applied.ok());
        QCOMPARE(applied->conflicts, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agreement WHERE id = ?"), agreement),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM installment WHERE agreement_id = ?"),
                       agreement),
                 0);
        // The header no longer shows an agreement; the agent reads why in the conflicts.
        QVERIFY(DebtorRepository(db()).overview(debtor)->agreementStatus.isEmpty());
        const QList<SyncConflict> conflicts = SyncConflicts(db()).unresolved();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).name, QStringLiteral("agreement.create"));
        QCOMPARE(conflicts.at(0).error.message,
                 QStringLiteral("the creditor has no bank settings"));
    }

    void acceptedOrStaleAgreementStays_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("accepted") << 200;
        QTest::newRow("stale") << 409;
        QTest::newRow("server down") << 503;
    }

    void acceptedOrStaleAgreementStays()
    {
        QFETCH(int, status);
        const QUuid debtor = addDebtor(QStringLiteral("João Souza"));
        addTitle(debtor, QStringLiteral("CT-2"), today.addDays(-40), 60000);
        const QUuid agreement = closeAgreement(debtor);
        QVERIFY(!agreement.isNull());
        QVERIFY(answer(status).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agreement WHERE id = ?"), agreement),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM installment WHERE agreement_id = ?"),
                       agreement),
                 3);
    }

    void refusedAgreementGivesItsApprovalBack()
    {
        const QUuid debtor = addDebtor(QStringLiteral("Rita Alves"));
        addTitle(debtor, QStringLiteral("CT-4"), today.addDays(-40), 60000);
        const QUuid approval = QUuid::createUuid();
        QVERIFY(execSql(db(),
                        QStringLiteral("INSERT INTO approval_request (id, debtor_id, requested_by, "
                                       "requested_by_name, approver_role, request, violations, "
                                       "status, created_at, version) VALUES (?,?,'u1','Ana',"
                                       "'supervisor','{}','[]','approved',0,1)"),
                        {idText(approval), idText(debtor)}));
        QVERIFY(!closeAgreement(debtor, approval).isNull());
        QCOMPARE(quita::test::scalar(
                     db(), QStringLiteral("SELECT status FROM approval_request WHERE id = ?"),
                     {idText(approval)})
                     .toString(),
                 QStringLiteral("used"));
        QVERIFY(answer(422).ok());
        // The supervisor's answer can be used again for another try.
        QCOMPARE(quita::test::scalar(
                     db(), QStringLiteral("SELECT status FROM approval_request WHERE id = ?"),
                     {idText(approval)})
                     .toString(),
                 QStringLiteral("approved"));
    }

    void confirmedRowsAreNeverRemoved()
    {
        // The server already has the agreement (version 1 pulled) when a replayed create
        // is refused: the confirmed rows stay.
        const QUuid debtor = addDebtor(QStringLiteral("Ana Lima"));
        addTitle(debtor, QStringLiteral("CT-3"), today.addDays(-40), 60000);
        const QUuid agreement = closeAgreement(debtor);
        QVERIFY(execSql(db(), QStringLiteral("UPDATE agreement SET version = 1 WHERE id = ?"),
                        {idText(agreement)}));
        QVERIFY(answer(422).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM agreement WHERE id = ?"), agreement),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM installment WHERE agreement_id = ?"),
                       agreement),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestRefusedCreates)
#include "TestRefusedCreates.moc"
