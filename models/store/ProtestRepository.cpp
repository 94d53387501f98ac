#include "ProtestRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace quita {
namespace {

Q_LOGGING_CATEGORY(lcProtestStore, "quita.store.protest")

} // namespace

QList<ProtestRequestRow> ProtestRepository::select(const QString &where, const QVariantList &binds,
                                                   int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT r.id, r.debtor_id, r.title_id, r.creditor_id, r.status, r.nosso_numero, "
                  "r.cra_title_number, r.amount_cents, r.sent_on, r.protocol, r.protocol_date, "
                  "r.notary_office, r.occurrence, r.occurrence_date, r.irregularity_code, "
                  "r.notary_fees_cents, r.distribution_fees_cents, r.requested_by, "
                  "coalesce(t.number, r.cra_title_number), d.name, d.document, d.portfolio_id, "
                  "coalesce(p.name, ''), (SELECT count(*) FROM protest_document pd WHERE "
                  "pd.request_id = r.id AND pd.deleted = 0) "
                  "FROM protest_request r JOIN debtor d ON d.id = r.debtor_id "
                  "LEFT JOIN title t ON t.id = r.title_id "
                  "LEFT JOIN portfolio p ON p.id = d.portfolio_id "
                  "WHERE r.deleted = 0 AND d.deleted = 0 %1 "
                  "ORDER BY r.sent_on DESC, r.created_at DESC, r.id LIMIT %2")
                  .arg(where)
                  .arg(qMax(1, limit)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<ProtestRequestRow> rows;
    if (!q.exec()) {
        qCWarning(lcProtestStore) << "protest requests:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        ProtestRequestRow r;
        r.id = sql::toId(q.value(0));
        r.debtorId = sql::toId(q.value(1));
        r.titleId = sql::toId(q.value(2));
        r.creditorId = sql::toId(q.value(3));
        r.status = q.value(4).toString();
        r.nossoNumero = q.value(5).toString();
        r.craTitleNumber = q.value(6).toString();
        r.amount = Money::fromCents(q.value(7).toLongLong());
        r.sentOn = sql::toDate(q.value(8));
        r.protocol = q.value(9).toString();
        r.protocolDate = sql::toDate(q.value(10));
        r.notaryOffice = q.value(11).toInt();
        r.occurrence = q.value(12).toString();
        r.occurrenceDate = sql::toDate(q.value(13));
        r.irregularityCode = q.value(14).toString();
        r.notaryFees = Money::fromCents(q.value(15).toLongLong());
        r.distributionFees = Money::fromCents(q.value(16).toLongLong());
        r.requestedBy = q.value(17).toString();
        r.titleNumber = q.value(18).toString();
        r.debtorName = q.value(19).toString();
        r.document = q.value(20).toString();
        r.portfolioId = sql::toId(q.value(21));
        r.portfolioName = q.value(22).toString();
        r.documentCount = q.value(23).toInt();
        rows.append(r);
    }
    return rows;
}

QList<ProtestRequestRow> ProtestRepository::requests(const ProtestFilter &filter) const
{
    QString where;
    QVariantList binds;
    if (!filter.status.isEmpty()) {
        where += QStringLiteral(" AND r.status = ?");
        binds << filter.status;
    }
    if (!filter.portfolioId.isNull()) {
        where += QStringLiteral(" AND d.portfolio_id = ?");
        binds << sql::id(filter.portfolioId);
    }
    if (!filter.debtorId.isNull()) {
        where += QStringLiteral(" AND r.debtor_id = ?");
        binds << sql::id(filter.debtorId);
    }
    if (filter.sentFrom.isValid()) {
        where += QStringLiteral(" AND r.sent_on >= ?");
        binds << sql::date(filter.sentFrom);
    }
    if (filter.sentTo.isValid()) {
        where += QStringLiteral(" AND r.sent_on <= ?");
        binds << sql::date(filter.sentTo);
    }
    return select(where, binds, filter.limit);
}

std::optional<ProtestRequestRow> ProtestRepository::request(const QUuid &id) const
{
    const auto rows = select(QStringLiteral(" AND r.id = ?"), {sql::id(id)}, 1);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QHash<QUuid, ProtestRequestRow> ProtestRepository::latestByTitle(const QUuid &debtorId) const
{
    QHash<QUuid, ProtestRequestRow> latest;
    // Newest first: the first row seen for a title is its latest.
    for (const ProtestRequestRow &r :
         select(QStringLiteral(" AND r.debtor_id = ?"), {sql::id(debtorId)}, 10000))
        if (!latest.contains(r.titleId))
            latest.insert(r.titleId, r);
    return latest;
}

QList<ProtestRequestRow> ProtestRepository::protestedUnderAgreement(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title_ids FROM agreement WHERE debtor_id = ? AND deleted = 0 "
                             "AND status IN ('pending', 'active', 'settled') "
                             "ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(sql::id(debtorId));
    if (!q.exec() || !q.next())
        return {};
    QList<QUuid> covered;
    const QJsonArray ids = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    for (const QJsonValue &v : ids)
        covered.append(QUuid::fromString(v.toString()));
    QList<ProtestRequestRow> protested;
    for (const ProtestRequestRow &r : latestByTitle(debtorId))
        if (r.status == QLatin1String("protested") &&
            (covered.isEmpty() || covered.contains(r.titleId)))
            protested.append(r);
    std::sort(protested.begin(), protested.end(),
              [](const ProtestRequestRow &a, const ProtestRequestRow &b) {
                  return a.titleNumber < b.titleNumber;
              });
    return protested;
}

std::optional<QByteArray> ProtestRepository::documentContent(const QUuid &documentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM protest_document WHERE id = ? AND deleted = 0"));
    q.addBindValue(sql::id(documentId));
    if (!q.exec()) {
        qCWarning(lcProtestStore) << "protest document:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(q.value(0).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QList<ProtestDocumentRow> ProtestRepository::documents(const QUuid &requestId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, request_id, file_name, mime_type, size_bytes, created_by, "
                             "created_at FROM protest_document WHERE request_id = ? AND deleted = "
                             "0 ORDER BY created_at, id"));
    q.addBindValue(sql::id(requestId));
    QList<ProtestDocumentRow> rows;
    if (!q.exec()) {
        qCWarning(lcProtestStore) << "protest documents:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        ProtestDocumentRow d;
        d.id = sql::toId(q.value(0));
        d.requestId = sql::toId(q.value(1));
        d.fileName = q.value(2).toString();
        d.mimeType = q.value(3).toString();
        d.sizeBytes = q.value(4).toLongLong();
        d.createdBy = q.value(5).toString();
        d.createdAt = q.value(6).toLongLong();
        rows.append(d);
    }
    return rows;
}

QList<std::pair<QUuid, QString>> ProtestRepository::portfolios() const
{
    QSqlQuery q(m_db);
    QList<std::pair<QUuid, QString>> rows;
    if (!q.exec(QStringLiteral("SELECT id, name FROM portfolio WHERE deleted = 0 ORDER BY name")))
        return rows;
    while (q.next())
        rows.append({sql::toId(q.value(0)), q.value(1).toString()});
    return rows;
}

} // namespace quita
