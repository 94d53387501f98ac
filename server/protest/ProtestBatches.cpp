// Protests: remittance batches (TPR files) and the files kept with every batch.
#include "Protests.h"

#include "api/ApiSupport.h"
#include "domain/protest/CraFileName.h"
#include "domain/protest/CraWriter.h"
#include "store/SqlValues.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace quita::server {

using namespace protest;

namespace {

CraTransaction transactionFor(const Candidate &c, const Presenter &p, const QString &nossoNumero)
{
    CraTransaction t;
    t.creditorCode = p.creditorCode;
    t.creditorName = p.creditorName;
    t.drawerName = p.creditorName;
    t.drawerDocument = p.creditorDocument;
    t.drawerAddress = p.address;
    t.nossoNumero = nossoNumero;
    t.species = craSpecies(c.titleKind);
    t.titleNumber = craTitleNumber(c.titleNumber);
    t.issueDate = c.issuedOn;
    t.dueDate = c.dueOn;
    t.faceValue = Money::fromCents(std::max(c.principalCents, c.balanceCents));
    t.balance = Money::fromCents(c.balanceCents);
    t.placeOfPayment = c.address.city;
    t.debtorName = c.debtorName;
    if (auto document = Document::parse(c.document); document.ok())
        t.debtorDocument = document.value();
    t.debtorAddress =
        CraAddress{c.address.street, c.address.postalCode, c.address.city, c.address.state};
    t.debtorNeighbourhood = c.address.neighborhood;
    return t;
}

QString nossoNumeroText(qint64 n)
{
    return QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0'));
}

// A non-admin sees a batch when every request in it is one of their debtors'.
QString visibleBatches(const Scope &scope)
{
    if (scope.caller().role == QLatin1String("admin"))
        return QStringLiteral("(b.id <> :me)");
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM protest_batch_item i JOIN protest_request r "
                          "ON r.id = i.request_id WHERE i.batch_id = b.id AND r.debtor_id NOT IN "
                          "(SELECT d.id FROM debtor d WHERE %1))")
        .arg(scope.debtorCondition(QStringLiteral("d")));
}

const QString kBatchColumns =
    QStringLiteral("b.id, b.creditor_id, b.kind, b.file_name, b.file_date, b.sequence, "
                   "b.day_sequence, b.title_count, b.total_cents, b.created_by, b.created_at");

Batch readBatch(const QSqlQuery &q)
{
    Batch b;
    b.id = q.value(0).toString();
    b.creditorId = q.value(1).toString();
    b.kind = q.value(2).toString();
    b.fileName = q.value(3).toString();
    b.fileDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    b.sequence = q.value(5).toLongLong();
    b.daySequence = q.value(6).toInt();
    b.titleCount = q.value(7).toInt();
    b.totalCents = q.value(8).toLongLong();
    b.createdBy = q.value(9).toString();
    b.createdAt = q.value(10).toLongLong();
    return b;
}

} // namespace

Outcome Protests::createBatch(const Scope &scope, const QJsonObject &body)
{
    const auto ids = idList(body, QStringLiteral("title_ids"), CraWriter::kMaxTransactions);
    if (!ids)
        return failure(ids.error());
    const QDate day = today();
    const ProtestEligibility rules(m_db, day);
    auto found = rules.byIds(*ids);
    if (!found)
        return failure(found.error());
    QList<Candidate> titles;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const QString field = QStringLiteral("title_ids[%1]").arg(i);
        const auto it = found->constFind(ids->at(i));
        if (it == found->constEnd())
            return denied(Scope::Access::NotFound, field, QStringLiteral("title"));
        if (Outcome ok = mayFile(scope, it->agentId, it->supervisorId, it->rules, field);
            ok.status != 200)
            return ok;
        if (!titles.isEmpty() && it->creditorId != titles.first().creditorId)
            return Outcome::refused(422, QStringLiteral("mixed_creditors"),
                                    QStringLiteral("%1: a batch holds the titles of one creditor "
                                                   "(one presenter and file); this title is "
                                                   "another creditor's")
                                        .arg(field),
                                    field);
        titles.append(*it);
    }
    const int n = int(titles.size());
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    // The presenter row's lock orders batches of the same creditor: the rules are judged
    // and the counters taken after it.
    auto presenter = lockPresenter(m_db, titles.first().creditorId, 1, n, now);
    if (!presenter)
        return failure(presenter.error());
    if (!*presenter)
        return Outcome::refused(422, QStringLiteral("no_presenter"),
                                QStringLiteral("title_ids[0]: this creditor has no protest "
                                               "presenter settings (code, name, municipality)"),
                                QStringLiteral("title_ids[0]"));
    const Presenter &p = **presenter;
    QList<Candidate *> judged;
    for (Candidate &c : titles)
        judged.append(&c);
    if (Status done = rules.judge(judged); !done)
        return failure(done.error());
    for (int i = 0; i < n; ++i) {
        if (titles[i].eligible())
            continue;
        const QString field = QStringLiteral("title_ids[%1]").arg(i);
        const Reason &why = titles[i].reasons.first();
        return Outcome::refused(422, why.code, QStringLiteral("%1: %2").arg(field, why.message),
                                field);
    }
    auto daySequence = nextDaySequence(m_db, p.creditorId, QStringLiteral("remittance"), day);
    if (!daySequence)
        return failure(Error{daySequence.error().code, QStringLiteral("title_ids"),
                             QStringLiteral("title_ids: ") + daySequence.error().message});
    auto fileName = CraFileName::remittance(p.code, day, *daySequence);
    if (!fileName)
        return failure(fileName.error());

    CraRemittance file;
    file.header.presenterCode = p.code;
    file.header.presenterName = p.name;
    file.header.date = day;
    file.header.kind = CraFileKind::Remittance;
    file.header.fileSequence = int(p.fileSequence);
    file.header.municipality = p.municipality;
    QStringList nossoNumeros;
    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        nossoNumeros.append(nossoNumeroText(p.nossoNumero + i));
        file.transactions.append(transactionFor(titles[i], p, nossoNumeros.last()));
        total += titles[i].balanceCents;
    }
    auto content = CraWriter::write(file);
    if (!content) {
        // Which title: the first one that does not write on its own.
        for (int i = 0; i < n; ++i) {
            CraRemittance one = file;
            one.transactions = {file.transactions.at(i)};
            if (auto alone = CraWriter::write(one); !alone) {
                const QString field = QStringLiteral("title_ids[%1]").arg(i);
                return Outcome::refused(422, alone.error().code,
                                        QStringLiteral("%1: %2").arg(field, alone.error().message),
                                        field);
            }
        }
        return Outcome::refused(422, content.error().code, content.error().message,
                                QStringLiteral("title_ids"));
    }

    Batch batch;
    batch.id = newId();
    batch.creditorId = p.creditorId;
    batch.kind = QStringLiteral("remittance");
    batch.fileName = *fileName;
    batch.fileDate = day;
    batch.sequence = p.fileSequence;
    batch.daySequence = *daySequence;
    batch.content = QString::fromLatin1(*content);
    batch.titleCount = n;
    batch.totalCents = total;
    batch.createdBy = scope.me();
    batch.createdAt = now;
    if (Status inserted = insertBatch(m_db, batch); !inserted)
        return failure(inserted.error());
    RowWriter writer(m_db, now);
    if (Status reserved = writer.reserve(2 * n); !reserved)
        return failure(reserved.error());
    const QString by = sql::text(scope.caller().displayName).toString();
    QJsonArray requests;
    for (int i = 0; i < n; ++i) {
        const Candidate &c = titles[i];
        const QString requestId = newId();
        const QVariantList values{requestId,
                                  c.debtorId,
                                  c.titleId,
                                  c.creditorId,
                                  batch.id,
                                  QStringLiteral("sent"),
                                  nossoNumeros[i],
                                  file.transactions[i].titleNumber,
                                  c.balanceCents,
                                  sql::date(day),
                                  QStringLiteral(""),
                                  QVariant(),
                                  0,
                                  QVariant(),
                                  QVariant(),
                                  QStringLiteral(""),
                                  QStringLiteral(""),
                                  0,
                                  0,
                                  by,
                                  now,
                                  1,
                                  now,
                                  0};
        if (Status done = writer.insert(entities::protestRequest(), values, c.debtorId); !done)
            return failure(done.error());
        if (Status done = writer.batchItem(batch.id, requestId, i + 2); !done)
            return failure(done.error());
        const QString summary =
            QStringLiteral("Title %1 sent to protest (%2, balance %3, file %4)")
                .arg(c.titleNumber, nossoNumeros[i], moneyText(c.balanceCents), batch.fileName);
        if (Status done = writer.event(c.debtorId, requestId, QStringLiteral("sent"), summary, now);
            !done)
            return failure(done.error());
        requests.append(entities::protestRequest().toJson(values));
    }
    touched(writer);
    Outcome o;
    o.result = batch.toJson(true);
    o.result.insert(QStringLiteral("requests"), requests);
    o.lastSeq = writer.lastSeq();
    return o;
}

Outcome Protests::batches(const Scope &scope, const QUrlQuery &query) const
{
    const auto limit = intParameter(query, QStringLiteral("limit"), 100, 1, 1000);
    if (!limit)
        return failure(limit.error());
    const QString kind = query.queryItemValue(QStringLiteral("kind"));
    const QStringList kinds{QStringLiteral("remittance"), QStringLiteral("withdrawal"),
                            QStringLiteral("cancellation"), QStringLiteral("confirmation"),
                            QStringLiteral("return")};
    if (!kind.isEmpty() && !kinds.contains(kind))
        return Outcome::refused(
            400, QStringLiteral("type"),
            QStringLiteral("kind: one of %1").arg(kinds.join(QLatin1String(", "))),
            QStringLiteral("kind"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM protest_batch b WHERE %2 %3 ORDER BY b.created_at "
                             "DESC, b.id LIMIT :limit")
                  .arg(kBatchColumns, visibleBatches(scope),
                       kind.isEmpty() ? QString() : QStringLiteral("AND b.kind = :kind")));
    q.bindValue(QStringLiteral(":me"), scope.me());
    if (!kind.isEmpty())
        q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":limit"), *limit);
    if (!q.exec())
        return sqlFailure(q.lastError().text());
    QJsonArray items;
    while (q.next())
        items.append(readBatch(q).toJson(false));
    Outcome o;
    o.result = {{QStringLiteral("items"), items}};
    return o;
}

Outcome Protests::batchFile(const Scope &scope, const QString &batchId) const
{
    const QUuid uuid = QUuid::fromString(batchId);
    if (uuid.isNull())
        return Outcome::refused(404, QStringLiteral("not_found"), QStringLiteral("no such batch"),
                                QStringLiteral("id"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, b.content, CASE WHEN %2 THEN 1 ELSE 0 END "
                             "FROM protest_batch b WHERE b.id = :id")
                  .arg(kBatchColumns, visibleBatches(scope)));
    q.bindValue(QStringLiteral(":me"), scope.me());
    q.bindValue(QStringLiteral(":id"), uuid.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlFailure(q.lastError().text());
    if (!q.next())
        return Outcome::refused(404, QStringLiteral("not_found"), QStringLiteral("no such batch"),
                                QStringLiteral("id"));
    if (q.value(12).toInt() != 1)
        return Outcome::refused(403, QStringLiteral("forbidden"),
                                QStringLiteral("this batch holds debtors outside your portfolio"),
                                QStringLiteral("id"));
    Batch b = readBatch(q);
    b.content = q.value(11).toString();
    Outcome o;
    o.result = b.toJson(true);
    return o;
}

} // namespace quita::server
