#pragma once

// The state and helpers of TestProtestApi: the in-process server, the users' clients,
// pools of debtors made eligible on demand, and the notary's side of the CRA files.
#include "SyncApiFixture.h"
#include "domain/protest/CraReader.h"
#include "domain/protest/CraWriter.h"

#include <QJsonArray>
#include <QSqlError>
#include <QTest>

namespace quita::test {

struct ProtestApiSupport
{
    SyncApiFixture fx;
    std::unique_ptr<ApiClient> ana, bruno, carla, sara, admin;
    const QDate today{2026, 11, 30};
    QString creditor, presenterCode; // the creditor with the most debtors, its presenter
    QStringList fresh;               // ana's and bruno's debtors of that creditor, unused yet
    QStringList others;              // their debtors of other creditors
    QString batchId, batchContent;   // the first batch
    QStringList requests;            // its three requests
    QString sentRequest;             // a request of the second batch (never confirmed)

    QString scalar(const QString &sql) const
    {
        QSqlQuery q(fx.store->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(fx.store->connection());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.lastError().type() == QSqlError::NoError;
    }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(fx.store->connection());
        q.exec(sql);
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }
    enum class Pool
    {
        Creditor, // the creditor's debtors, ana's first
        Other,    // another creditor's
        Anywhere, // another creditor's, else the creditor's last ones
        Anas      // one of ana's of the creditor
    };
    // A debtor made eligible, and its first title.
    std::pair<QString, QString> prepared(Pool pool = Pool::Creditor)
    {
        QString debtor;
        if (pool == Pool::Other || (pool == Pool::Anywhere && !others.isEmpty()))
            debtor = others.isEmpty() ? QString() : others.takeFirst();
        else if (pool == Pool::Anywhere)
            debtor = fresh.isEmpty() ? QString() : fresh.takeLast();
        for (qsizetype i = 0; pool == Pool::Anas && i < fresh.size(); ++i)
            if (scalar(
                    QStringLiteral("SELECT agent_id FROM debtor WHERE id = '%1'").arg(fresh[i])) ==
                fx.ana) {
                debtor = fresh.takeAt(i);
                break;
            }
        if (pool == Pool::Creditor && !fresh.isEmpty())
            debtor = fresh.takeFirst();
        if (debtor.isEmpty())
            return {};
        const QString title =
            scalar(QStringLiteral("SELECT id FROM title WHERE debtor_id = '%1' ORDER BY id LIMIT 1")
                       .arg(debtor));
        const bool ok =
            exec(QStringLiteral("UPDATE debtor SET street = 'Rua das Flores, 120', neighborhood = "
                                "'Centro', city = 'São Paulo', state = 'SP', postal_code = "
                                "'01310100' WHERE id = '%1'")
                     .arg(debtor)) &&
            exec(QStringLiteral("UPDATE promise SET status = 'kept' WHERE debtor_id = '%1'")
                     .arg(debtor)) &&
            exec(QStringLiteral("UPDATE title SET disputed = 0, due_on = '2026-08-01', "
                                "principal_cents = 20000, open_balance_cents = 15000 WHERE id = "
                                "'%1'")
                     .arg(title));
        return ok ? std::pair{debtor, title} : std::pair<QString, QString>{};
    }
    QJsonObject eligibleItem(ApiClient &client, const QString &titleId)
    {
        const ApiReply r = client.get(
            QStringLiteral("/api/v1/protests/eligible?include_ineligible=true&limit=1000"));
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("title_id")).toString() == titleId)
                return v.toObject();
        return {};
    }
    static QStringList reasonCodes(const QJsonObject &item)
    {
        QStringList codes;
        for (const QJsonValue &r : item.value(QStringLiteral("reasons")).toArray())
            codes.append(r.toObject().value(QStringLiteral("code")).toString());
        return codes;
    }
    static QJsonObject ids(const char *key, const QStringList &list)
    {
        return {{QLatin1String(key), QJsonArray::fromStringList(list)}};
    }
    qint64 writes() const
    {
        return scalar(QStringLiteral(
                          "SELECT (SELECT count(*) FROM protest_request) + (SELECT count(*) FROM "
                          "protest_event) + (SELECT count(*) FROM protest_batch) + (SELECT "
                          "count(*) FROM change_log) + (SELECT sum(next_file_sequence + "
                          "next_nosso_numero) FROM protest_presenter) + (SELECT count(*) FROM "
                          "protest_document)"))
            .toLongLong();
    }
    QString agentOf(const QString &debtorId) const
    {
        return scalar(QStringLiteral("SELECT agent_id FROM debtor WHERE id = '%1'").arg(debtorId));
    }
    // An agreement of the debtor %D: .arg(id, status, title_ids JSON).
    static QString agreementSql()
    {
        return QStringLiteral(
            "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
            "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
            "discount_cents, total_cents, monthly_rate_ppm, installment_count, title_ids, "
            "created_by, created_at, version, updated_at, deleted) SELECT '%1', '%D', "
            "p.creditor_id, 'full', '%2', '2026-11-01', 100, 0, 0, 0, 0, 0, 100, 0, 1, '%3', "
            "'Ana', "
            "0, 1, 0, 0 FROM debtor d JOIN portfolio p ON p.id = d.portfolio_id WHERE d.id = '%D'");
    }
    // eligibilityRules' rows: SQL that breaks one rule (%T the title, %D its debtor) and
    // the reason expected (empty: the title stays eligible).
    static void addEligibilityRows()
    {
        QTest::addColumn<QString>("breaking");
        QTest::addColumn<QString>("reason"); // empty: still eligible
        QTest::newRow("too recent") << "UPDATE title SET due_on = '2026-11-20' WHERE id = '%T'"
                                    << "too_recent";
        QTest::newRow("portfolio rule")
            << "UPDATE protest_rule SET min_days_past_due = 200 WHERE portfolio_id = (SELECT "
               "portfolio_id FROM debtor WHERE id = '%D')"
            << "too_recent";
        const QString agreement = agreementSql();
        QTest::newRow("agreement on all titles")
            << agreement.arg(newId(), QStringLiteral("active"), QStringLiteral("[]"))
            << "agreement";
        QTest::newRow("agreement on the title")
            << agreement.arg(newId(), QStringLiteral("pending"), QStringLiteral("[\"%T\"]"))
            << "agreement";
        QTest::newRow("agreement on another title")
            << agreement.arg(newId(), QStringLiteral("active"),
                             QStringLiteral("[\"%1\"]").arg(newId()))
            << "";
        QTest::newRow("settled agreement")
            << agreement.arg(newId(), QStringLiteral("settled"), QStringLiteral("[]")) << "";
        QTest::newRow("open promise")
            << QStringLiteral("INSERT INTO promise (id, debtor_id, due_on, amount_cents, status, "
                              "version, updated_at, deleted) VALUES ('%1', '%D', '2026-12-05', "
                              "1000, 'open', 1, 0, 0)")
                   .arg(newId())
            << "promise";
        QTest::newRow("invalid document")
            << "UPDATE debtor SET document = '12345678900' WHERE id = '%D'"
            << "invalid_document";
        QTest::newRow("disputed") << "UPDATE title SET disputed = 1 WHERE id = '%T'"
                                  << "disputed";
        QTest::newRow("below minimum")
            << "UPDATE title SET open_balance_cents = 4999 WHERE id = '%T'"
            << "below_minimum";
        QTest::newRow("no CEP") << "UPDATE debtor SET postal_code = '' WHERE id = '%D'"
                                << "incomplete_address";
        QTest::newRow("no street") << "UPDATE debtor SET street = '' WHERE id = '%D'"
                                   << "incomplete_address";
    }
    struct Download
    {
        int status = 0;
        QByteArray body, disposition, contentType;
    };
    // A GET as carla, with the headers ApiClient does not keep.
    Download download(const QString &path)
    {
        QNetworkAccessManager network;
        QNetworkRequest get(QUrl(fx.base() + path));
        get.setRawHeader("Authorization", "Bearer " + carla->token().toUtf8());
        QNetworkReply *reply = network.get(get);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Download d{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->readAll(), reply->rawHeader("Content-Disposition"),
                   reply->rawHeader("Content-Type")};
        reply->deleteLater();
        return d;
    }
    QString status(const QString &requestId) const
    {
        return scalar(
            QStringLiteral("SELECT status FROM protest_request WHERE id = '%1'").arg(requestId));
    }
    // The notary's answer to the first batch: its records with protocols and occurrences.
    QByteArray notaryFile(CraFileKind kind, const QList<std::optional<CraOccurrence>> &occurrences)
    {
        auto read = CraReader::read(batchContent.toLatin1(), CraFileKind::Remittance);
        if (!read)
            return {};
        CraRemittance file = read.value();
        file.header.kind = kind;
        QList<CraTransaction> kept;
        for (qsizetype i = 0; i < file.transactions.size() && i < occurrences.size(); ++i) {
            CraTransaction t = file.transactions.at(i);
            t.reply.notaryOffice = i < 2 ? 1 : 2;
            t.reply.protocol = QStringLiteral("%1").arg(5000 + i, 10, 10, QLatin1Char('0'));
            t.reply.protocolDate = today;
            t.reply.occurrence = occurrences.at(i);
            if (occurrences.at(i)) {
                t.reply.occurrenceDate = today;
                t.reply.notaryFees = Money::fromCents(1234);
                t.reply.distributionFees = Money::fromCents(500);
            }
            if (occurrences.at(i) == CraOccurrence::ReturnedIrregular) {
                t.reply.irregularity = QStringLiteral("07");
                t.nossoNumero = QStringLiteral("UNKNOWN"); // matched by its protocol
            }
            kept.append(t);
        }
        file.transactions = kept;
        auto written = CraWriter::write(file);
        return written ? written.value() : QByteArray();
    }
    ApiReply postFile(const QByteArray &content)
    {
        return carla->post(QStringLiteral("/api/v1/protests/returns"),
                           {{QStringLiteral("content"), QString::fromLatin1(content)}});
    }
};

} // namespace quita::test
