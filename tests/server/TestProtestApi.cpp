// /protests over real HTTP on loopback, on SQLite and on PostgreSQL: eligibility rule by
// rule, remittance files that read back, confirmation and return imports that apply all
// or nothing, withdrawals and cancellations, documents, role checks and pull.
#include "ProtestApiSupport.h"
#include "domain/protest/CraCodes.h"
#include "domain/protest/CraFileName.h"
#include "domain/protest/CraReader.h"
#include "domain/protest/CraWriter.h"
#include "store/Database.h"
#include "sync/ChangeApplier.h"

#include <QJsonArray>
#include <QtTest>

using namespace quita;
using namespace quita::test;

class TestProtestApi : public QObject, ProtestApiSupport
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        if (!fx.start(&error)) {
            if (!fx.skipReason.isEmpty())
                QSKIP(qPrintable(fx.skipReason));
            QFAIL(qPrintable(error));
        }
        ana = fx.client(QStringLiteral("ana"));
        bruno = fx.client(QStringLiteral("bruno"));
        carla = fx.client(QStringLiteral("carla"));
        sara = fx.client(QStringLiteral("sara"));
        admin = fx.client(QStringLiteral("admin"));
        // The demo seeder's settings; every portfolio at the defaults for these tests.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protest_presenter")).toInt(), 2);
        QVERIFY(exec(QStringLiteral("UPDATE protest_rule SET min_days_past_due = 30, "
                                    "min_balance_cents = 5000, agents_may_file = 0")));
        creditor = scalar(QStringLiteral(
            "SELECT p.creditor_id FROM debtor d JOIN portfolio p ON p.id = d.portfolio_id WHERE "
            "d.agent_id IS NOT NULL GROUP BY p.creditor_id ORDER BY count(*) DESC LIMIT 1"));
        presenterCode =
            scalar(QStringLiteral("SELECT code FROM protest_presenter WHERE creditor_id = '%1'")
                       .arg(creditor));
        const QString pick = QStringLiteral(
            "SELECT d.id FROM debtor d JOIN portfolio p ON p.id = d.portfolio_id WHERE "
            "d.agent_id IS NOT NULL AND p.creditor_id %1 '%2' ORDER BY CASE WHEN d.agent_id = '%3' "
            "THEN 0 ELSE 1 END, d.id");
        fresh = column(pick.arg(QStringLiteral("="), creditor, fx.ana));
        others = column(pick.arg(QStringLiteral("<>"), creditor, fx.ana));
        QVERIFY2(fresh.size() >= 20, qPrintable(QString::number(fresh.size())));
        QVERIFY(!others.isEmpty());
    }

    void cleanupTestCase() { fx.stop(); }

    void eligibilityRules_data() { addEligibilityRows(); }
    void eligibilityRules()
    {
        QFETCH(QString, breaking);
        QFETCH(QString, reason);
        const auto [debtor, title] = prepared(Pool::Anywhere);
        QVERIFY(!title.isEmpty());
        QJsonObject item = eligibleItem(*carla, title);
        QVERIFY2(item.value(QStringLiteral("eligible")).toBool(),
                 qPrintable(reasonCodes(item).join(u',')));
        QCOMPARE(item.value(QStringLiteral("balance_cents")).toInteger(), 15000);
        QCOMPARE(item.value(QStringLiteral("days_past_due")).toInt(), 121);
        QVERIFY(item.value(QStringLiteral("document")).toString().contains(u'*'));
        QVERIFY(exec(QString(breaking)
                         .replace(QLatin1String("%T"), title)
                         .replace(QLatin1String("%D"), debtor)));
        item = eligibleItem(*carla, title);
        QCOMPARE(reasonCodes(item), reason.isEmpty() ? QStringList() : QStringList{reason});
        QCOMPARE(item.value(QStringLiteral("eligible")).toBool(), reason.isEmpty());
        if (!reason.isEmpty()) // and without include_ineligible it is not listed
            QVERIFY(!carla->get(QStringLiteral("/api/v1/protests/eligible?limit=1000"))
                         .raw.contains(title.toLatin1()));
        exec(QStringLiteral("UPDATE protest_rule SET min_days_past_due = 30"));
    }

    void batchWritesTheRemittance()
    {
        QStringList titles;
        qint64 sum = 0;
        for (int i = 0; i < 3; ++i) {
            titles.append(prepared().second);
            sum += 15000;
        }
        const int firstSequence =
            scalar(QStringLiteral("SELECT next_file_sequence FROM protest_presenter WHERE "
                                  "creditor_id = '%1'")
                       .arg(creditor))
                .toInt();
        const int pokesBefore = int(fx.pokes.size());
        const ApiReply r =
            carla->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", titles));
        QCOMPARE(r.status, 201);
        batchId = r.json.value(QStringLiteral("id")).toString();
        batchContent = r.json.value(QStringLiteral("content")).toString();
        QCOMPARE(r.json.value(QStringLiteral("file_name")).toString(),
                 CraFileName::remittance(presenterCode, today, 1).value());
        QCOMPARE(r.json.value(QStringLiteral("title_count")).toInt(), 3);
        QCOMPARE(r.json.value(QStringLiteral("total_cents")).toInteger(), sum);
        const auto file = CraReader::read(batchContent.toLatin1(), CraFileKind::Remittance);
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
        QCOMPARE(file->header.presenterCode, presenterCode);
        QCOMPARE(file->header.fileSequence, firstSequence);
        QCOMPARE(file->header.municipality, QStringLiteral("3550308"));
        QCOMPARE(file->trailer.balanceSum.cents(), sum);
        const QJsonArray rows = r.json.value(QStringLiteral("requests")).toArray();
        QCOMPARE(file->transactions.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const CraTransaction &t = file->transactions.at(i);
            QCOMPARE(row.value(QStringLiteral("title_id")).toString(), titles[i]);
            QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
            QCOMPARE(t.nossoNumero, row.value(QStringLiteral("nosso_numero")).toString());
            QCOMPARE(t.titleNumber, row.value(QStringLiteral("cra_title_number")).toString());
            QCOMPARE(t.balance.cents(), 15000);
            QCOMPARE(t.debtorDocument.value(),
                     scalar(QStringLiteral("SELECT document FROM debtor WHERE id = '%1'")
                                .arg(row.value(QStringLiteral("debtor_id")).toString())));
            requests.append(row.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protest_event WHERE kind = 'sent'")),
                 QStringLiteral("3"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE entity IN "
                                       "('protest_request', 'protest_event')")),
                 QStringLiteral("6"));
        {
            QMutexLocker lock(&fx.pokesMutex);
            QVERIFY(fx.pokes.size() > pokesBefore);
            QVERIFY(fx.pokes.last().users.contains(fx.carla));
            QVERIFY(fx.pokes.last().users.contains(fx.ana));
        }
        QCOMPARE(reasonCodes(eligibleItem(*carla, titles[0])), QStringList{"in_protest"});

        // The next batch takes the next sequences.
        const QString next = prepared().second;
        const ApiReply second =
            carla->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", {next}));
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.value(QStringLiteral("file_name")).toString(),
                 CraFileName::remittance(presenterCode, today, 2).value());
        QCOMPARE(CraReader::read(second.json.value(QStringLiteral("content")).toString().toLatin1())
                     ->header.fileSequence,
                 firstSequence + 1);
        sentRequest =
            second.json.value(QStringLiteral("requests"))[0][QStringLiteral("id")].toString();

        // The file as kept, for saving.
        const Download kept =
            download(QStringLiteral("/api/v1/protests/batches/%1/file").arg(batchId));
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.body, batchContent.toLatin1());
        QVERIFY(kept.disposition.contains(
            CraFileName::remittance(presenterCode, today, 1)->toLatin1()));
        QVERIFY(kept.contentType.startsWith("text/plain"));
        const ApiReply list = carla->get(QStringLiteral("/api/v1/protests/batches"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.raw.contains(batchId.toLatin1()));
        QVERIFY(!list.raw.contains("content"));
    }

    void refusedBatchWritesNothing_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("disputed") << "disputed" << 422 << "disputed"
                                  << "title_ids[1]";
        QTest::newRow("already sent") << "sent" << 422 << "in_protest"
                                      << "title_ids[1]";
        QTest::newRow("unknown") << "unknown" << 404 << "not_found"
                                 << "title_ids[1]";
        QTest::newRow("not a uuid") << "text" << 400 << "type"
                                    << "title_ids[1]";
        QTest::newRow("duplicate") << "duplicate" << 422 << "duplicate"
                                   << "title_ids[1]";
        QTest::newRow("two creditors") << "other" << 422 << "mixed_creditors"
                                       << "title_ids[1]";
        QTest::newRow("empty") << "empty" << 422 << "empty"
                               << "title_ids";
    }
    void refusedBatchWritesNothing()
    {
        QFETCH(QString, case_);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString good = prepared().second;
        QString second = newId();
        if (case_ == QLatin1String("disputed")) {
            second = prepared().second;
            exec(QStringLiteral("UPDATE title SET disputed = 1 WHERE id = '%1'").arg(second));
        } else if (case_ == QLatin1String("sent")) {
            second = scalar(QStringLiteral("SELECT title_id FROM protest_request WHERE id = '%1'")
                                .arg(requests[0]));
        } else if (case_ == QLatin1String("text")) {
            second = QStringLiteral("title-1");
        } else if (case_ == QLatin1String("duplicate")) {
            second = good;
        } else if (case_ == QLatin1String("other")) {
            second = prepared(Pool::Other).second;
        }
        const qint64 before = writes();
        const QStringList list =
            case_ == QLatin1String("empty") ? QStringList() : QStringList{good, second};
        const ApiReply r =
            carla->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", list));
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QVERIFY(
            r.json.value(QStringLiteral("error"))[QStringLiteral("message")].toString().startsWith(
                field));
        QCOMPARE(writes(), before);
        fresh.prepend(
            scalar(QStringLiteral("SELECT debtor_id FROM title WHERE id = '%1'").arg(good)));
    }

    void confirmationAndReturnApply()
    {
        const QByteArray crt = notaryFile(CraFileKind::Confirmation, {{}, {}, {}});
        QVERIFY(!crt.isEmpty());
        ApiReply r = postFile(crt);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("confirmation"));
        QCOMPARE(r.json.value(QStringLiteral("applied")).toInt(), 3);
        for (const QString &id : std::as_const(requests))
            QCOMPARE(status(id), QStringLiteral("protocolled"));
        QCOMPARE(scalar(QStringLiteral("SELECT protocol FROM protest_request WHERE id = '%1'")
                            .arg(requests[2])),
                 QStringLiteral("0000005002"));
        const QString events = QStringLiteral("SELECT count(*) FROM protest_event");
        const int afterCrt = scalar(events).toInt();
        // The same file again changes nothing.
        r = postFile(crt);
        QCOMPARE(r.json.value(QStringLiteral("unchanged")).toInt(), 3);
        QCOMPARE(scalar(events).toInt(), afterCrt);

        const QByteArray rtp = notaryFile(
            CraFileKind::Return, {CraOccurrence::Protested, CraOccurrence::ReturnedIrregular});
        r = postFile(rtp);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("applied")).toInt(), 2);
        QCOMPARE(status(requests[0]), QStringLiteral("protested"));
        QCOMPARE(status(requests[1]), QStringLiteral("returned"));
        QCOMPARE(status(requests[2]), QStringLiteral("protocolled"));
        QCOMPARE(scalar(QStringLiteral("SELECT notary_fees_cents + distribution_fees_cents FROM "
                                       "protest_request WHERE id = '%1'")
                            .arg(requests[0])),
                 QStringLiteral("1734"));
        QCOMPARE(scalar(QStringLiteral("SELECT irregularity_message FROM protest_request WHERE "
                                       "id = '%1'")
                            .arg(requests[1])),
                 irregularityMessage(QStringLiteral("07")));
        // The debtor's timeline has the protest.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protest_event e JOIN protest_request "
                                       "r ON r.id = e.request_id WHERE e.kind = 'protested' AND "
                                       "e.debtor_id = r.debtor_id AND r.id = '%1'")
                            .arg(requests[0])),
                 QStringLiteral("1"));
    }

    void badReturnAppliesNothing_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown title") << "unknown"
                                       << "unknown_title"
                                       << "line 3";
        QTest::newRow("remittance") << "tpr"
                                    << "kind"
                                    << "line 1";
        QTest::newRow("short line") << "short"
                                    << "length"
                                    << "line 2";
        QTest::newRow("unknown presenter") << "presenter"
                                           << "unknown_presenter"
                                           << "line 1";
    }
    void badReturnAppliesNothing()
    {
        QFETCH(QString, case_);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QByteArray content =
            notaryFile(CraFileKind::Return, {CraOccurrence::Paid, CraOccurrence::Paid});
        if (case_ == QLatin1String("unknown")) {
            auto file = CraReader::read(content).value();
            file.transactions[1].nossoNumero = QStringLiteral("000000999999");
            file.transactions[1].titleNumber = QStringLiteral("NOPE");
            file.transactions[1].reply.protocol = QStringLiteral("0000099999");
            content = CraWriter::write(file).value();
        } else if (case_ == QLatin1String("tpr")) {
            content = batchContent.toLatin1();
        } else if (case_ == QLatin1String("short")) {
            content.remove(700, 1);
        } else {
            content.replace(1, 3, "777");
            content.replace(1 + 2 * 602 + 600 + 2, 3, "777"); // the trailer's code too
        }
        const qint64 before = writes();
        const ApiReply r = postFile(content);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(writes(), before);
        QCOMPARE(status(requests[0]), QStringLiteral("protested"));
    }

    void withdrawalAndCancellation()
    {
        const auto post = [&](const char *path, const QString &id) {
            return carla->post(QStringLiteral("/api/v1/protests/") + QLatin1String(path),
                               ids("request_ids", {id}));
        };
        ApiReply r = post("withdrawals", requests[0]);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("wrong_status"));
        QCOMPARE(r.errorField(), QStringLiteral("request_ids[0]"));
        QCOMPARE(post("cancellations", requests[2]).errorCode(), QStringLiteral("wrong_status"));
        QCOMPARE(post("withdrawals", sentRequest).errorCode(), QStringLiteral("no_protocol"));
        QCOMPARE(post("withdrawals", newId()).status, 404);

        r = post("withdrawals", requests[2]);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("file_name")).toString(),
                 CraFileName::withdrawal(presenterCode, today, 1).value());
        const QStringList lines = r.json.value(QStringLiteral("content"))
                                      .toString()
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header, notary header, request, notary trailer, trailer
        for (const QString &line : lines)
            QCOMPARE(line.size(), 127);
        QVERIFY(lines[2].startsWith(QStringLiteral("20000005002")));
        QCOMPARE(status(requests[2]), QStringLiteral("withdrawn"));

        r = post("cancellations", requests[0]);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("file_name")).toString(),
                 CraFileName::cancellation(presenterCode, today, 1).value());
        QCOMPARE(status(requests[0]), QStringLiteral("cancelled"));
        QCOMPARE(post("cancellations", requests[0]).errorCode(), QStringLiteral("wrong_status"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protest_event WHERE kind IN "
                                       "('withdrawal_requested', 'cancellation_requested')")),
                 QStringLiteral("2"));
    }

    void documents()
    {
        const QString path = QStringLiteral("/api/v1/protests/%1/documents").arg(requests[0]);
        const auto doc = [](const QString &mime, const QByteArray &bytes) {
            return QJsonObject{
                {QStringLiteral("file_name"), QStringLiteral("anuencia.pdf")},
                {QStringLiteral("mime_type"), mime},
                {QStringLiteral("content_base64"), QString::fromLatin1(bytes.toBase64())}};
        };
        const QByteArray pdf = "%PDF-1.4\n% carta de anuencia\n";
        ApiReply r = carla->post(path, doc(QStringLiteral("application/pdf"), pdf));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QStringLiteral("document"))[QStringLiteral("size_bytes")].toInt(),
                 pdf.size());
        const ApiReply list = carla->get(QStringLiteral("/api/v1/protests?status=cancelled"));
        QCOMPARE(list.status, 200);
        const QJsonObject item = list.json.value(QStringLiteral("items"))[0].toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toString(), requests[0]);
        QCOMPARE(item[QStringLiteral("documents")][0][QStringLiteral("file_name")].toString(),
                 QStringLiteral("anuencia.pdf"));
        QVERIFY(!list.raw.contains(pdf.toBase64())); // metadata only

        const qint64 before = writes();
        QCOMPARE(carla->post(path, doc(QStringLiteral("text/plain"), pdf)).errorCode(),
                 QStringLiteral("unsupported_type"));
        QJsonObject bad = doc(QStringLiteral("application/pdf"), pdf);
        bad.insert(QStringLiteral("content_base64"), QStringLiteral("JVBER!!!"));
        QCOMPARE(carla->post(path, bad).errorCode(), QStringLiteral("base64"));
        QCOMPARE(carla->post(path, doc(QStringLiteral("application/pdf"), "\x89PNG\r\n\x1a\n..."))
                     .errorCode(),
                 QStringLiteral("content_mismatch"));
        QCOMPARE(sara->post(path, doc(QStringLiteral("application/pdf"), pdf)).status, 403);
        QCOMPARE(carla
                     ->post(QStringLiteral("/api/v1/protests/%1/documents").arg(newId()),
                            doc(QStringLiteral("application/pdf"), pdf))
                     .status,
                 404);
        // Over 2 MB decoded: refused by the rule (the server's 8 MiB body limit lets it
        // through); exactly 2 MB is accepted.
        QByteArray big = pdf + QByteArray(2 * 1024 * 1024, 'x');
        r = carla->post(path, doc(QStringLiteral("application/pdf"), big));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("too_large"));
        big.truncate(2 * 1024 * 1024);
        QCOMPARE(carla->post(path, doc(QStringLiteral("application/pdf"), big)).status, 201);
        QCOMPARE(writes(), before + 4); // the 2 MB document: its row, an event, 2 changes
    }

    void roleChecks()
    {
        QVERIFY(exec(QStringLiteral("UPDATE protest_rule SET agents_may_file = 0")));
        const auto [anasDebtor, anasTitle] = prepared(Pool::Anas);
        QCOMPARE(agentOf(anasDebtor), fx.ana);
        QCOMPARE(ana->get(QStringLiteral("/api/v1/protests/eligible")).status, 403);
        ApiReply r =
            ana->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", {anasTitle}));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorField(), QStringLiteral("title_ids[0]"));
        // Sara supervises nobody; the pool's debtors are the admin's alone.
        QCOMPARE(
            sara->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", {anasTitle}))
                .status,
            403);
        QCOMPARE(sara->get(QStringLiteral("/api/v1/protests/batches/%1/file").arg(batchId)).status,
                 403);
        QVERIFY(!sara->get(QStringLiteral("/api/v1/protests/batches"))
                     .raw.contains(batchId.toLatin1()));
        const QString poolTitle = scalar(
            QStringLiteral("SELECT id FROM title WHERE debtor_id = '%1'").arg(fx.poolDebtor));
        QCOMPARE(
            carla->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", {poolTitle}))
                .status,
            403);
        QCOMPARE(carla->get(QStringLiteral("/api/v1/protests/eligible?portfolio=%1").arg(newId()))
                     .status,
                 404);

        // A portfolio that lets agents file: ana files her own debtors' titles there.
        const QString portfolio = scalar(
            QStringLiteral("SELECT portfolio_id FROM debtor WHERE id = '%1'").arg(anasDebtor));
        QVERIFY(exec(QStringLiteral("UPDATE protest_rule SET agents_may_file = 1 WHERE "
                                    "portfolio_id = '%1'")
                         .arg(portfolio)));
        r = ana->get(QStringLiteral("/api/v1/protests/eligible?portfolio=%1").arg(portfolio));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &v : items)
            QCOMPARE(agentOf(v[QStringLiteral("debtor_id")].toString()), fx.ana);
        const QString otherPortfolio = scalar(
            QStringLiteral("SELECT id FROM portfolio WHERE id <> '%1' LIMIT 1").arg(portfolio));
        QCOMPARE(
            ana->get(QStringLiteral("/api/v1/protests/eligible?portfolio=%1").arg(otherPortfolio))
                .errorField(),
            QStringLiteral("portfolio"));
        const QString brunosTitle = scalar(
            QStringLiteral("SELECT t.id FROM title t JOIN debtor d ON d.id = t.debtor_id WHERE "
                           "d.agent_id = '%1' AND d.portfolio_id = '%2' LIMIT 1")
                .arg(fx.bruno, portfolio));
        if (!brunosTitle.isEmpty())
            QCOMPARE(ana->post(QStringLiteral("/api/v1/protests/batches"),
                               ids("title_ids", {brunosTitle}))
                         .status,
                     403);
        QCOMPARE(
            ana->post(QStringLiteral("/api/v1/protests/batches"), ids("title_ids", {anasTitle}))
                .status,
            201);
        QVERIFY(exec(QStringLiteral("UPDATE protest_rule SET agents_may_file = 0")));
        // Reading follows the debtor scope: bruno sees none of ana's requests.
        const ApiReply mine = bruno->get(QStringLiteral("/api/v1/protests"));
        QCOMPARE(mine.status, 200);
        for (const QJsonValue &v : mine.json.value(QStringLiteral("items")).toArray())
            QCOMPARE(agentOf(v[QStringLiteral("debtor_id")].toString()), fx.bruno);
        QCOMPARE(carla->get(QStringLiteral("/api/v1/protests?status=lost")).status, 400);
    }

    void pullBringsProtestRows()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(opened.ok());
        ChangeApplier applier(opened.value()->connection());
        qint64 cursor = 0;
        QMap<QString, int> seen;
        for (bool more = true; more;) {
            const ApiReply r =
                ana->get(QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=500").arg(cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &c : r.json.value(QStringLiteral("changes")).toArray())
                ++seen[c[QStringLiteral("entity")].toString()];
            const auto applied = applier.apply(r.raw);
            QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
            cursor = applied->nextCursor;
            more = applied->hasMore;
        }
        const QString anas = QStringLiteral("SELECT count(*) FROM %1 x JOIN debtor d ON d.id = "
                                            "x.debtor_id WHERE d.agent_id = '%2'");
        for (const char *entity : {"protest_request", "protest_event", "protest_document"}) {
            const QString expected = scalar(anas.arg(QLatin1String(entity), fx.ana));
            QVERIFY2(expected.toInt() > 0, entity);
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(entity))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), expected);
        }
        QVERIFY(seen.value(QStringLiteral("protest_request")) > 0);

        // A reassignment brings the debtor's protest rows to the new holder (backfill).
        const QString moved =
            scalar(QStringLiteral("SELECT debtor_id FROM protest_request WHERE id = '%1'")
                       .arg(requests[0]));
        const QString head = scalar(QStringLiteral("SELECT value FROM sync_counter WHERE name = "
                                                   "'change_seq'"));
        QCOMPARE(admin
                     ->put(QStringLiteral("/api/v1/admin/assignments"),
                           {{QStringLiteral("agent_id"), fx.bruno},
                            {QStringLiteral("debtor_ids"), QJsonArray{moved}}})
                     .status,
                 200);
        const ApiReply pulled =
            bruno->get(QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=5000").arg(head));
        QStringList entities;
        for (const QJsonValue &c : pulled.json.value(QStringLiteral("changes")).toArray())
            if (c[QStringLiteral("id")].toString() == requests[0] ||
                c[QStringLiteral("entity")].toString() == QLatin1String("protest_document"))
                entities.append(c[QStringLiteral("entity")].toString());
        QVERIFY2(entities.contains(QStringLiteral("protest_request")), qPrintable(pulled.raw));
        QVERIFY(entities.contains(QStringLiteral("protest_document")));
    }
};

QTEST_MAIN(TestProtestApi)
#include "TestProtestApi.moc"
