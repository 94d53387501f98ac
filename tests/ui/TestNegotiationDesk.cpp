// Negotiation across two synced desks and a real quita-server process on loopback: the
// agent's offer beyond their authority becomes an approval request, the supervisor
// approves it on their own desk, the answer arrives at the agent's open negotiation
// screen and the agent closes the agreement, which comes back from the server with its
// our numbers.
#include "AgreementDialog.h"
#include "ApiClient.h"
#include "ApprovalsDialog.h"
#include "DebtorWorkspaceView.h"
#include "NegotiationDialog.h"
#include "OfferColumn.h"
#include "PaymentDialog.h"
#include "ServerProcess.h"
#include "UiSnapshot.h"
#include "item/AgreementBook.h"
#include "item/ApprovalQueueModel.h"
#include "item/DebtorWorkspace.h"
#include "item/NegotiationSession.h"
#include "item/SyncController.h"
#include "item/TimelineModel.h"
#include "store/AgreementRepository.h"
#include "store/ApprovalRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace quita;
using namespace quita::test;

namespace {

// One desk: its own store and sync engine, signed in as one user.
struct Desk
{
    std::unique_ptr<Database> database;
    std::unique_ptr<SyncController> sync;

    bool start(const QString &path, const QString &server, const QString &user)
    {
        auto opened = Database::open(path);
        if (!opened)
            return false;
        database = std::move(opened).value();
        SyncEngine::Options options;
        options.firstRetryMs = 200;
        options.maxRetryMs = 1000;
        options.localChangeDelayMs = 50;
        sync = std::make_unique<SyncController>(path, nullptr, options);
        sync->setServer(QUrl(server));
        sync->login(user, QStringLiteral("quita-demo"));
        return QTest::qWaitFor([this] { return sync->isSignedIn(); }, 20000) &&
               QTest::qWaitFor([this] { return count("SELECT count(*) FROM debtor") > 0; }, 30000);
    }
    qint64 count(const char *sql) const
    {
        QSqlQuery q(database->connection());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

class TestNegotiationDesk : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    ServerProcess server;
    SystemClock clock;
    Desk ana, carla;
    std::unique_ptr<ApiClient> carlaApi;
    QUuid debtor;
    std::unique_ptr<NegotiationSession> session;
    std::unique_ptr<NegotiationDialog> dialog;
    QUuid requestId;
    QUuid agreement;

    OfferColumn *offer(int i) const { return dialog->offerColumn(i); }
    QString verdict(int i) const
    {
        return offer(i)->findChild<QLabel *>(QStringLiteral("verdict"))->text();
    }
    QPushButton *button(int i, const char *name) const
    {
        return offer(i)->findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        test::translateScreens();
        QVERIFY(server.start({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("server")),
                              QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                              QStringLiteral("30")}));
        carlaApi = std::make_unique<ApiClient>(server.base());
        QVERIFY(!carlaApi->login(QStringLiteral("carla"), QStringLiteral("quita-demo")).isEmpty());
        QVERIFY(ana.start(dir.filePath(QStringLiteral("ana.sqlite")), server.base(),
                          QStringLiteral("ana")));
        QVERIFY(carla.start(dir.filePath(QStringLiteral("carla.sqlite")), server.base(),
                            QStringLiteral("carla")));
        QSqlQuery q(ana.database->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT d.id FROM debtor d JOIN title t ON t.debtor_id = d.id JOIN portfolio p ON "
            "p.id = d.portfolio_id WHERE t.open_balance_cents > 0 GROUP BY d.id ORDER BY "
            "max(p.charge_terms LIKE '%ipca%') DESC, sum(t.open_balance_cents) DESC LIMIT 1")));
        QVERIFY(q.next());
        debtor = QUuid::fromString(q.value(0).toString());
    }

    void cleanupTestCase()
    {
        dialog.reset();
        session.reset();
        ana.sync.reset();
        carla.sync.reset();
    }

    void offersAreComputedAsTheAgentTypes()
    {
        session = std::make_unique<NegotiationSession>(ana.database->connection(), clock);
        QVERIFY(session->open(debtor));
        QCOMPARE(session->role(), ApprovalRole::Agent);
        dialog = std::make_unique<NegotiationDialog>(session.get());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        // The desk computes offline what the server computes: same terms, same index values.
        const ApiReply server = carlaApi->post(
            QStringLiteral("/api/v1/simulations"),
            QJsonObject{
                {QStringLiteral("debtor_id"), debtor.toString(QUuid::WithoutBraces)},
                {QStringLiteral("scenarios"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("full")},
                                        {QStringLiteral("installments"), 1},
                                        {QStringLiteral("first_due"),
                                         session->offer(0).firstDue.toString(Qt::ISODate)}}}}});
        QVERIFY2(server.status == 200, QJsonDocument(server.json).toJson().constData());
        const QJsonObject serverBalance = server.json.value(QStringLiteral("balance")).toObject();
        QCOMPARE(session->balance()->totals.total().cents(),
                 serverBalance.value(QStringLiteral("total_cents")).toInteger());
        QCOMPARE(session->balance()->totals.correction.cents(),
                 serverBalance.value(QStringLiteral("correction_cents")).toInteger());
        QVERIFY(session->balance()->totals.correction.cents() > 0); // a loan, corrected by IPCA
        auto *total = dialog->findChild<QLabel *>(QStringLiteral("balanceTotal"));
        QVERIFY(!total->text().isEmpty());
        QCOMPARE(total->text(), session->balance()->totals.total().toString());
        // Price in 6: within an agent's authority.
        QVERIFY(button(1, "closeAgreement")->isEnabled());
        QVERIFY(!button(1, "askApproval")->isEnabled());
        // 18 installments: beyond an agent's 12.
        auto *installments = offer(1)->findChild<QSpinBox *>(QStringLiteral("installments"));
        installments->setValue(18);
        test::snapshot(dialog.get(), "negotiation-offers");
        QVERIFY(verdict(1).contains(QStringLiteral("supervisor")));
        QVERIFY(offer(1)
                    ->findChild<QLabel *>(QStringLiteral("violations"))
                    ->text()
                    .contains(QStringLiteral("12")));
        QVERIFY(!button(1, "closeAgreement")->isEnabled());
        QVERIFY(button(1, "askApproval")->isEnabled());
        QCOMPARE(session->offer(1).installments, 18);
    }

    void askingForApprovalReachesTheServer()
    {
        QTimer::singleShot(200, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *input = qobject_cast<QInputDialog *>(w)) {
                    input->setTextValue(QStringLiteral("Desempregado, pede prazo maior"));
                    input->accept();
                }
        });
        QTest::mouseClick(button(1, "askApproval"), Qt::LeftButton);
        const auto asked = session->approvalFor(1);
        QVERIFY(asked.has_value());
        QCOMPARE(asked->status, QStringLiteral("pending"));
        QCOMPARE(asked->note, QStringLiteral("Desempregado, pede prazo maior"));
        requestId = asked->id;
        QVERIFY(!button(1, "askApproval")->isEnabled());
        ana.sync->syncNow();
        const auto serverQueue = [this] {
            return carlaApi->get(QStringLiteral("/api/v1/approvals?status=pending"))
                .json.value(QStringLiteral("items"))
                .toArray();
        };
        QTRY_COMPARE_WITH_TIMEOUT(serverQueue().size(), 1, 20000);
        QCOMPARE(ana.count("SELECT count(*) FROM outbox"), 0);
        QCOMPARE(ana.count("SELECT count(*) FROM sync_conflict"), 0);
        const QJsonArray queue = serverQueue();
        QCOMPARE(queue.at(0).toObject().value(QStringLiteral("id")).toString(),
                 requestId.toString(QUuid::WithoutBraces));
    }

    void supervisorApprovesOnTheirDesk()
    {
        ApprovalQueueModel model(carla.database->connection());
        QTRY_VERIFY_WITH_TIMEOUT((model.reload(), model.rowOf(requestId) >= 0), 20000);
        // Ana's own desk does not offer her own request for a decision.
        ApprovalQueueModel anasQueue(ana.database->connection());
        QCOMPARE(anasQueue.rowCount(), 0);
        ApprovalsDialog approvals(&model, clock);
        approvals.show();
        QVERIFY(QTest::qWaitForWindowExposed(&approvals));
        approvals.table()->selectRow(model.rowOf(requestId));
        test::snapshot(&approvals, "approvals-queue");
        auto *details = approvals.findChild<QLabel *>(QStringLiteral("details"));
        QVERIFY(details->text().contains(QStringLiteral("Desempregado")));
        QVERIFY(details->text().contains(QStringLiteral("18")));
        // A rejection says why.
        QTest::mouseClick(approvals.findChild<QPushButton *>(QStringLiteral("reject")),
                          Qt::LeftButton);
        QVERIFY(model.rowOf(requestId) >= 0); // still there
        QVERIFY(!approvals.findChild<QLabel *>(QStringLiteral("approvalError"))->text().isEmpty());
        approvals.comment()->setPlainText(QStringLiteral("Ok, cliente bom pagador"));
        QTest::mouseClick(approvals.findChild<QPushButton *>(QStringLiteral("approve")),
                          Qt::LeftButton);
        QCOMPARE(model.rowOf(requestId), -1);
        carla.sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(carlaApi->get(QStringLiteral("/api/v1/approvals?status=approved"))
                                      .json.value(QStringLiteral("items"))
                                      .toArray()
                                      .size(),
                                  1, 20000);
        QCOMPARE(carla.count("SELECT count(*) FROM sync_conflict"), 0);
    }

    void approvedOfferBecomesAnAgreement()
    {
        // The decision reaches ana's desk by the server's poke and pull.
        const auto status = [this] {
            const auto request = ApprovalRepository(ana.database->connection()).load(requestId);
            return request ? request->status : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("approved"), 20000);
        dialog->refreshApprovals();
        QVERIFY(button(1, "closeAgreement")->isEnabled());
        QTest::mouseClick(button(1, "closeAgreement"), Qt::LeftButton);
        const QUuid agreementId = dialog->createdAgreement();
        QVERIFY(!agreementId.isNull());
        AgreementRepository agreements(ana.database->connection());
        const auto local = agreements.load(agreementId);
        QVERIFY(local.has_value());
        QCOMPARE(local->installments.size(), 18);
        QVERIFY(local->installments.first().ourNumber.isEmpty()); // the server gives them out
        AgreementBook offline(ana.database->connection(), clock);
        QVERIFY(offline.open(debtor));
        QCOMPARE(offline.codes(offline.indexOf(agreementId), 0).error().code,
                 QStringLiteral("pending"));
        ana.sync->syncNow();
        // The server's rows come back with the our numbers, over the desk's own rows.
        QTRY_VERIFY_WITH_TIMEOUT(
            !agreements.load(agreementId)->installments.first().ourNumber.isEmpty(), 20000);
        const auto synced = agreements.load(agreementId);
        QCOMPARE(synced->installments.size(), 18);
        QCOMPARE(synced->approvalId, requestId);
        const ApiReply onServer =
            carlaApi->get(QStringLiteral("/api/v1/agreements/%1")
                              .arg(agreementId.toString(QUuid::WithoutBraces)));
        QCOMPARE(onServer.status, 200);
        QCOMPARE(onServer.json.value(QStringLiteral("total_cents")).toInteger(),
                 synced->total.cents());
        QCOMPARE(ApprovalRepository(ana.database->connection()).load(requestId)->status,
                 QStringLiteral("used"));
        agreement = agreementId;
    }

    void agreementScreenShowsCodesAndSavesTheTerm()
    {
        AgreementBook book(ana.database->connection(), clock);
        QVERIFY(book.open(debtor));
        AgreementDialog screen(&book, agreement);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QCOMPARE(screen.schedule()->rowCount(), 18);
        screen.schedule()->setCurrentCell(1, 0);
        const QString line = screen.findChild<QLabel *>(QStringLiteral("boletoLine"))->text();
        QCOMPARE(line.count(QRegularExpression(QStringLiteral("\\d"))), 47);
        const auto codes = book.codes(book.indexOf(agreement), 1);
        QVERIFY(codes.ok());
        QCOMPARE(line, codes->boleto.formattedLine());
        QVERIFY(!screen.findChild<QLabel *>(QStringLiteral("qr"))->pixmap().isNull());
        QVERIFY(!screen.findChild<QLabel *>(QStringLiteral("barcode"))->pixmap().isNull());
        QCOMPARE(screen.findChild<QPlainTextEdit *>(QStringLiteral("pixPayload"))->toPlainText(),
                 codes->pix.payload());
        test::snapshot(&screen, "agreement-codes");
        const QString path = dir.filePath(QStringLiteral("term.pdf"));
        QString why;
        QVERIFY2(screen.saveTerm(path, &why), qPrintable(why));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");

        // A payment posted by hand on the first installment.
        screen.schedule()->setCurrentCell(0, 0);
        QString refusal;
        bool found = false;
        QTimer::singleShot(300, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *payment = qobject_cast<PaymentDialog *>(w);
                if (!payment || !payment->isVisible())
                    continue;
                found = true;
                payment->amount()->setText(QStringLiteral("0"));
                payment->submit(); // refused: stays open with the reason
                refusal = payment->findChild<QLabel *>(QStringLiteral("paymentError"))->text();
                payment->amount()->setText(QLocale().toString(100.0, 'f', 2));
                payment->submit();
                if (payment->isVisible())
                    payment->reject(); // never leave the test waiting on a modal dialog
            }
        });
        QTest::mouseClick(screen.findChild<QPushButton *>(QStringLiteral("postPayment")),
                          Qt::LeftButton);
        QVERIFY(found);
        QVERIFY(!refusal.isEmpty()); // zero is refused, with the reason shown
        QCOMPARE(ana.count("SELECT count(*) FROM payment"), 1);
        QCOMPARE(book.agreements().at(book.indexOf(agreement)).status, QStringLiteral("active"));
    }

    void paymentAndAgreementShowInTheTimeline()
    {
        ana.sync->syncNow();
        const QString id = agreement.toString(QUuid::WithoutBraces);
        QTRY_COMPARE_WITH_TIMEOUT(carlaApi->get(QStringLiteral("/api/v1/agreements/%1").arg(id))
                                      .json.value(QStringLiteral("status"))
                                      .toString(),
                                  QStringLiteral("active"), 20000);
        // The server's events come back to the desk.
        QTRY_COMPARE_WITH_TIMEOUT(ana.count("SELECT count(*) FROM agreement_event"), 2, 20000);
        DebtorWorkspace workspace(ana.database->connection(), clock, QStringLiteral("Ana Souza"));
        QVERIFY(workspace.open(debtor));
        DebtorWorkspaceView view(&workspace);
        view.resize(900, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineModel *timeline = workspace.timeline();
        QStringList events;
        for (int row = 0; row < timeline->rowCount() && row < 5; ++row)
            if (timeline->isEvent(row))
                events << timeline->index(row).data(TimelineModel::ResultRole).toString();
        QVERIFY2(events.contains(QStringLiteral("payment")), qPrintable(events.join(", ")));
        QVERIFY2(events.contains(QStringLiteral("created")), qPrintable(events.join(", ")));
        test::snapshot(&view, "timeline-agreement-events");
    }
};

QTEST_MAIN(TestNegotiationDesk)
#include "TestNegotiationDesk.moc"
