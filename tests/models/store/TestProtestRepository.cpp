// The protest rows the server syncs, read for the desk's lists: filters by status,
// portfolio, debtor and date; each title's latest request; the protested titles an
// agreement covers; documents.
#include "RepositoryFixture.h"
#include "store/ProtestRepository.h"

using namespace quita;
using namespace quita::test;

class TestProtestRepository : public QObject, RepositoryFixture
{
    Q_OBJECT

    QUuid titleId(const QString &number) const
    {
        return QUuid::fromString(
            scalar(QStringLiteral("SELECT id FROM title WHERE number = ?"), {number}).toString());
    }

    QUuid addRequest(const QUuid &debtor, const QString &titleNumber, const QString &status,
                     const QDate &sentOn, qint64 createdAt)
    {
        const QUuid id = QUuid::createUuid();
        const bool ok = execSql(
            db(),
            QStringLiteral(
                "INSERT INTO protest_request (id, debtor_id, title_id, creditor_id, batch_id, "
                "status, nosso_numero, cra_title_number, amount_cents, sent_on, protocol, "
                "notary_fees_cents, distribution_fees_cents, requested_by, created_at) VALUES "
                "(?, ?, ?, ?, ?, ?, '000000000001', ?, 15000, ?, '0000007001', 1234, 500, "
                "'Carla', ?)"),
            {idText(id), idText(debtor), idText(titleId(titleNumber)), idText(kCreditor),
             idText(QUuid::createUuid()), status, titleNumber, sentOn.toString(Qt::ISODate),
             createdAt});
        return ok ? id : QUuid();
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void filtersAndLatestPerTitle()
    {
        const QUuid maria = addDebtor(QStringLiteral("Maria Silva"));
        const QUuid jose = addDebtor(QStringLiteral("José Souza"));
        addTitle(maria, QStringLiteral("M-1"), QDate(2026, 1, 10), 15000);
        addTitle(maria, QStringLiteral("M-2"), QDate(2026, 2, 10), 15000);
        addTitle(jose, QStringLiteral("J-1"), QDate(2026, 3, 10), 15000);
        const QUuid old = addRequest(maria, QStringLiteral("M-1"), QStringLiteral("returned"),
                                     QDate(2026, 9, 1), 1);
        const QUuid latest = addRequest(maria, QStringLiteral("M-1"), QStringLiteral("protested"),
                                        QDate(2026, 10, 1), 2);
        addRequest(maria, QStringLiteral("M-2"), QStringLiteral("sent"), QDate(2026, 11, 2), 3);
        addRequest(jose, QStringLiteral("J-1"), QStringLiteral("sent"), QDate(2026, 11, 3), 4);
        QVERIFY(!old.isNull() && !latest.isNull());

        const ProtestRepository repository(db());
        QList<ProtestRequestRow> all = repository.requests({});
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().titleNumber, QStringLiteral("J-1")); // newest sent first
        QCOMPARE(all.first().debtorName, QStringLiteral("José Souza"));
        QCOMPARE(all.first().portfolioName, QStringLiteral("Cartões 2026"));
        QCOMPARE((all.first().notaryFees + all.first().distributionFees).cents(), 1734);

        ProtestFilter sent;
        sent.status = QStringLiteral("sent");
        QCOMPARE(repository.requests(sent).size(), 2);
        ProtestFilter ofMaria;
        ofMaria.debtorId = maria;
        QCOMPARE(repository.requests(ofMaria).size(), 3);
        ProtestFilter october;
        october.sentFrom = QDate(2026, 10, 1);
        october.sentTo = QDate(2026, 10, 31);
        QCOMPARE(repository.requests(october).size(), 1);
        ProtestFilter otherPortfolio;
        otherPortfolio.portfolioId = QUuid::createUuid();
        QCOMPARE(repository.requests(otherPortfolio).size(), 0);

        const auto byTitle = repository.latestByTitle(maria);
        QCOMPARE(byTitle.size(), 2);
        QCOMPARE(byTitle.value(titleId(QStringLiteral("M-1"))).id, latest);
        QCOMPARE(byTitle.value(titleId(QStringLiteral("M-1"))).status, QStringLiteral("protested"));
    }

    void agreementCoversProtestedTitles()
    {
        const QUuid maria = addDebtor(QStringLiteral("Maria Silva"));
        addTitle(maria, QStringLiteral("M-1"), QDate(2026, 1, 10), 15000);
        addTitle(maria, QStringLiteral("M-2"), QDate(2026, 2, 10), 15000);
        const QUuid protested = addRequest(maria, QStringLiteral("M-1"),
                                           QStringLiteral("protested"), QDate(2026, 10, 1), 1);
        addRequest(maria, QStringLiteral("M-2"), QStringLiteral("protested"), QDate(2026, 10, 1),
                   2);
        const ProtestRepository repository(db());
        QVERIFY(repository.protestedUnderAgreement(maria).isEmpty()); // no agreement yet
        QVERIFY(execSql(
            db(),
            QStringLiteral(
                "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
                "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
                "discount_cents, total_cents, monthly_rate_ppm, installment_count, title_ids, "
                "created_by, created_at) VALUES (?, ?, ?, 'full', 'pending', '2026-11-23', "
                "15000, 0, 0, 0, 0, 0, 15000, 0, 1, ?, 'Ana', 5)"),
            {idText(QUuid::createUuid()), idText(maria), idText(kCreditor),
             QStringLiteral("[\"%1\"]").arg(idText(titleId(QStringLiteral("M-1"))))}));
        const auto covered = repository.protestedUnderAgreement(maria);
        QCOMPARE(covered.size(), 1);
        QCOMPARE(covered.first().id, protested);
    }

    void documentsOfARequest()
    {
        const QUuid maria = addDebtor(QStringLiteral("Maria Silva"));
        addTitle(maria, QStringLiteral("M-1"), QDate(2026, 1, 10), 15000);
        const QUuid request =
            addRequest(maria, QStringLiteral("M-1"), QStringLiteral("sent"), QDate(2026, 10, 1), 1);
        for (int i = 0; i < 2; ++i)
            QVERIFY(execSql(db(),
                            QStringLiteral("INSERT INTO protest_document (id, debtor_id, "
                                           "request_id, file_name, mime_type, size_bytes, "
                                           "content, created_by, created_at, deleted) VALUES "
                                           "(?, ?, ?, ?, 'application/pdf', 10, 'JVBERi0=', "
                                           "'Carla', ?, ?)"),
                            {idText(QUuid::createUuid()), idText(maria), idText(request),
                             QStringLiteral("doc%1.pdf").arg(i), i, i == 1 ? 1 : 0}));
        const ProtestRepository repository(db());
        const auto documents = repository.documents(request);
        QCOMPARE(documents.size(), 1); // the deleted one is left out
        QCOMPARE(documents.first().fileName, QStringLiteral("doc0.pdf"));
        QCOMPARE(repository.requests({}).first().documentCount, 1);
        QCOMPARE(repository.portfolios().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProtestRepository)
#include "TestProtestRepository.moc"
