// Payments posted on the desk: the payment, the installment and the agreement's status
// with the payment.post mutation in one transaction; a bank's file all or nothing.
#include "RepositoryFixture.h"
#include "domain/negotiation/InstallmentPlan.h"
#include "store/AgreementRepository.h"
#include "store/PaymentRecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace quita;
using namespace quita::test;

class TestPaymentRecorder : public QObject, protected RepositoryFixture
{
    Q_OBJECT

    const QDate today{2026, 11, 30};
    const QDateTime now{QDateTime(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC)};
    QUuid debtor;
    Agreement agreement;

    // A flat agreement of two installments of R$ 500,00 with the server's our numbers.
    void makeAgreement()
    {
        debtor = addDebtor(QStringLiteral("Maria Silva"));
        addTitle(debtor, QStringLiteral("CT-1"), today.addDays(-60), 100000);
        BalanceBreakdown balance;
        balance.principal = Money::fromCents(100000);
        const auto plan = computeScenario(
            ScenarioRequest{ScenarioKind::Flat, 2, std::nullopt, 0.0, today.addDays(5)}, balance,
            PlanParameters{}, today);
        QVERIFY(plan.ok());
        AgreementDraft draft;
        draft.id = QUuid::createUuid();
        draft.debtorId = debtor;
        draft.creditorId = kCreditor;
        draft.request = {ScenarioKind::Flat, 2, std::nullopt, 0.0, today.addDays(5)};
        draft.scenario = *plan;
        draft.asOf = today;
        const auto created = AgreementRepository(db()).create(draft, now);
        QVERIFY(created.ok());
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE installment SET our_number = printf('%011d', number + "
                                 "4810) WHERE agreement_id = ?"));
        q.addBindValue(idText(draft.id));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        agreement = *AgreementRepository(db()).load(draft.id);
    }
    QString status() const
    {
        return scalar(QStringLiteral("SELECT status FROM agreement WHERE id = ?"),
                      {idText(agreement.id)})
            .toString();
    }
    int outbox() const { return scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(); }
    int payments() const { return scalar(QStringLiteral("SELECT count(*) FROM payment")).toInt(); }

private slots:
    void init()
    {
        setUp();
        makeAgreement();
    }
    void cleanup() { tearDown(); }

    void partialThenFullPayment()
    {
        PaymentRecorder recorder(db());
        const QUuid first = agreement.installments.at(0).id;
        QVERIFY(recorder.post(first, Money::fromCents(20000), today, today, "Ana", now).ok());
        QCOMPARE(status(), QStringLiteral("active"));
        QCOMPARE(scalar(QStringLiteral("SELECT status || '/' || paid_cents FROM installment "
                                       "WHERE id = ?"),
                        {idText(first)})
                     .toString(),
                 QStringLiteral("open/20000"));
        QVERIFY(recorder.post(first, Money::fromCents(30000), today, today, "Ana", now).ok());
        QCOMPARE(
            scalar(QStringLiteral("SELECT status FROM installment WHERE id = ?"), {idText(first)})
                .toString(),
            QStringLiteral("paid"));
        QCOMPARE(outbox(), 2);
        const QJsonObject args =
            QJsonDocument::fromJson(scalar(QStringLiteral("SELECT args FROM outbox ORDER BY seq "
                                                          "DESC LIMIT 1"))
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(args.value(QStringLiteral("installment_id")).toString(), idText(first));
        QCOMPARE(args.value(QStringLiteral("amount_cents")).toInteger(), 30000);
        QCOMPARE(args.value(QStringLiteral("paid_on")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM payment WHERE id = ?"),
                        {args.value(QStringLiteral("id")).toString()})
                     .toInt(),
                 1);
        // A paid installment takes no more.
        const Status again = recorder.post(first, Money::fromCents(1), today, today, "Ana", now);
        QCOMPARE(again.error().field, QStringLiteral("installment"));
        QCOMPARE(outbox(), 2);
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QDate>("paidOn");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero") << qint64(0) << today << "amount";
        QTest::newRow("negative") << qint64(-5) << today << "amount";
        QTest::newRow("future") << qint64(100) << today.addDays(1) << "paid_on";
    }
    void badInputWritesNothing()
    {
        QFETCH(qint64, cents);
        QFETCH(QDate, paidOn);
        QFETCH(QString, field);
        const Status posted = PaymentRecorder(db()).post(
            agreement.installments.at(0).id, Money::fromCents(cents), paidOn, today, "Ana", now);
        QCOMPARE(posted.error().field, field);
        QCOMPARE(outbox(), 0);
        QCOMPARE(payments(), 0);
    }

    void fileIsAllOrNothing()
    {
        PaymentRecorder recorder(db());
        const auto refused = recorder.importFile(
            QStringLiteral("00000004811;2026-11-29;500,00\n00000009999;2026-11-29;500,00\n"), today,
            "Carla", now);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("line 2"));
        QVERIFY(refused.error().message.contains(QStringLiteral("00000009999")));
        QCOMPARE(payments(), 0);
        QCOMPARE(outbox(), 0);
        QCOMPARE(status(), QStringLiteral("pending"));

        const auto imported =
            recorder.importFile(QStringLiteral("our_number;paid_on;amount\n4811;2026-11-29;500,00\n"
                                               "4812;29/11/2026;500,00\n"),
                                today, "Carla", now);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(*imported, 2);
        QCOMPARE(payments(), 2);
        QCOMPARE(outbox(), 2);
        QCOMPARE(status(), QStringLiteral("settled"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM payment WHERE source = 'import'")).toInt(),
            2);
        // The same file again: the installments are paid.
        const auto twice =
            recorder.importFile(QStringLiteral("4811;2026-11-29;500,00\n"), today, "Carla", now);
        QCOMPARE(twice.error().field, QStringLiteral("line 1"));
        QCOMPARE(payments(), 2);
    }

    void cancelNeedsAReasonAndClosesOpenInstallments()
    {
        AgreementRepository agreements(db());
        QCOMPARE(agreements.cancel(agreement.id, QStringLiteral("  "), now).error().field,
                 QStringLiteral("reason"));
        QCOMPARE(outbox(), 0);
        QVERIFY(agreements.cancel(agreement.id, QStringLiteral("Renegociado"), now).ok());
        QCOMPARE(status(), QStringLiteral("cancelled"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM installment WHERE status = "
                                       "'cancelled'"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM outbox")).toString(),
                 QStringLiteral("agreement.cancel"));
        QCOMPARE(agreements.cancel(agreement.id, QStringLiteral("again"), now).error().field,
                 QStringLiteral("agreement"));
        // The debtor's next installment goes with it.
        QVERIFY(scalar(QStringLiteral("SELECT next_installment_due_on FROM debtor WHERE id = ?"),
                       {idText(debtor)})
                    .isNull());
    }

    void queueFactsFollowTheAgreement()
    {
        // The debtor's summary: the next open installment, and the latest agreement's status.
        QCOMPARE(scalar(QStringLiteral("SELECT next_installment_due_on FROM debtor WHERE id = ?"),
                        {idText(debtor)})
                     .toString(),
                 QStringLiteral("2026-12-05"));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE agreement SET status = 'broken'")));
        QCOMPARE(scalar(QStringLiteral("SELECT coalesce(next_installment_due_on, '-') || '/' || "
                                       "last_agreement_status FROM debtor WHERE id = ?"),
                        {idText(debtor)})
                     .toString(),
                 QStringLiteral("-/broken"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentRecorder)
#include "TestPaymentRecorder.moc"
