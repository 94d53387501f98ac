// Protests: withdrawal (DP) and cancellation (CP) files, and documents attached to requests.
#include "Protests.h"

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

constexpr int kMaxRequestsPerFile = 9999;

struct MimeType
{
    const char *name;
    const char *label;
    QByteArrayView magic;
};

const MimeType kMimeTypes[] = {
    {"application/pdf", "a PDF", QByteArrayView("%PDF-", 5)},
    {"image/png", "a PNG image", QByteArrayView("\x89PNG\r\n\x1a\n", 8)},
    {"image/jpeg", "a JPEG image", QByteArrayView("\xff\xd8\xff", 3)},
};

} // namespace

Outcome Protests::withdraw(const Scope &scope, const QJsonObject &body)
{
    return requestFile(scope, body, false);
}

Outcome Protests::cancel(const Scope &scope, const QJsonObject &body)
{
    return requestFile(scope, body, true);
}

// A withdrawal (desistencia: before the protest, status sent or protocolled) or a
// cancellation (cancelamento: after it, status protested) of requests of one creditor.
// Both name the notary's protocol, so the title must have been confirmed (CRT) first.
Outcome Protests::requestFile(const Scope &scope, const QJsonObject &body, bool cancellation)
{
    const QString key = QStringLiteral("request_ids");
    const auto ids = idList(body, key, kMaxRequestsPerFile);
    if (!ids)
        return failure(ids.error());
    auto loaded = loadRequests(m_db, QStringLiteral("r.id"), *ids);
    if (!loaded)
        return failure(loaded.error());
    QHash<QString, RequestRow> byId;
    for (const RequestRow &r : std::as_const(loaded.value()))
        byId.insert(r.id, r);
    const QStringList allowed =
        cancellation ? QStringList{QStringLiteral("protested")}
                     : QStringList{QStringLiteral("sent"), QStringLiteral("protocolled")};
    QList<RequestRow> rows;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
        const auto it = byId.constFind(ids->at(i));
        if (it == byId.constEnd())
            return denied(Scope::Access::NotFound, field, QStringLiteral("protest request"));
        if (Outcome ok = mayFile(scope, it->agentId, it->supervisorId, it->rules, field);
            ok.status != 200)
            return ok;
        if (!allowed.contains(it->status))
            return Outcome::refused(
                422, QStringLiteral("wrong_status"),
                cancellation
                    ? QStringLiteral("%1: only a protested title can be cancelled; this one is %2")
                          .arg(field, it->status)
                    : QStringLiteral("%1: only a title not yet protested (sent or protocolled) "
                                     "can be withdrawn; this one is %2")
                          .arg(field, it->status),
                field);
        if (it->protocol.isEmpty() || !it->protocolDate.isValid())
            return Outcome::refused(422, QStringLiteral("no_protocol"),
                                    QStringLiteral("%1: the notary has not confirmed this title "
                                                   "yet (no protocol); import its confirmation "
                                                   "file first")
                                        .arg(field),
                                    field);
        if (!rows.isEmpty() && it->creditorId != rows.first().creditorId)
            return Outcome::refused(422, QStringLiteral("mixed_creditors"),
                                    QStringLiteral("%1: a file holds the requests of one "
                                                   "creditor; this is another creditor's")
                                        .arg(field),
                                    field);
        rows.append(*it);
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    auto presenter = lockPresenter(m_db, rows.first().creditorId, 0, 0, now);
    if (!presenter)
        return failure(presenter.error());
    if (!*presenter)
        return Outcome::refused(422, QStringLiteral("no_presenter"),
                                QStringLiteral("%1[0]: this creditor has no protest presenter "
                                               "settings")
                                    .arg(key),
                                key + QStringLiteral("[0]"));
    const Presenter &p = **presenter;
    const QDate day = today();
    const QString kind =
        cancellation ? QStringLiteral("cancellation") : QStringLiteral("withdrawal");
    auto daySequence = nextDaySequence(m_db, p.creditorId, kind, day);
    if (!daySequence)
        return failure(Error{daySequence.error().code, key,
                             key + QStringLiteral(": ") + daySequence.error().message});
    auto fileName = cancellation ? CraFileName::cancellation(p.code, day, *daySequence)
                                 : CraFileName::withdrawal(p.code, day, *daySequence);
    if (!fileName)
        return failure(fileName.error());

    CraRequestFile file;
    file.presenterCode = p.code;
    file.presenterName = p.name;
    file.date = day;
    qint64 total = 0;
    for (const RequestRow &r : std::as_const(rows)) {
        auto office =
            std::find_if(file.offices.begin(), file.offices.end(), [&](const CraNotaryRequests &o) {
                return o.notaryOffice == r.notaryOffice;
            });
        if (office == file.offices.end()) {
            file.offices.append(CraNotaryRequests{r.notaryOffice, p.municipality, {}});
            office = file.offices.end() - 1;
        }
        office->requests.append(CraRequest{r.protocol, r.protocolDate, r.craTitleNumber,
                                           r.debtorName, Money::fromCents(r.amountCents),
                                           p.creditorCode, r.nossoNumero});
        total += r.amountCents;
    }
    auto content =
        cancellation ? CraWriter::writeCancellation(file) : CraWriter::writeWithdrawal(file);
    if (!content)
        return Outcome::refused(422, content.error().code,
                                key + QStringLiteral(": ") + content.error().message, key);

    Batch batch;
    batch.id = newId();
    batch.creditorId = p.creditorId;
    batch.kind = kind;
    batch.fileName = *fileName;
    batch.fileDate = day;
    batch.sequence = *daySequence;
    batch.daySequence = *daySequence;
    batch.content = QString::fromLatin1(*content);
    batch.titleCount = int(rows.size());
    batch.totalCents = total;
    batch.createdBy = scope.me();
    batch.createdAt = now;
    if (Status inserted = insertBatch(m_db, batch); !inserted)
        return failure(inserted.error());
    RowWriter writer(m_db, now);
    if (Status reserved = writer.reserve(2 * int(rows.size())); !reserved)
        return failure(reserved.error());
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE protest_request SET status = ?, version = version + 1, "
                                  "updated_at = ? WHERE id = ?"));
    const QString status = cancellation ? QStringLiteral("cancelled") : QStringLiteral("withdrawn");
    QJsonArray requests;
    int line = 0;
    for (const RequestRow &r : std::as_const(rows)) {
        update.addBindValue(status);
        update.addBindValue(now);
        update.addBindValue(r.id);
        if (!update.exec())
            return sqlFailure(update.lastError().text());
        if (Status done = writer.batchItem(batch.id, r.id, ++line); !done)
            return failure(done.error());
        auto row = writer.logRow(entities::protestRequest(), r.id, r.debtorId);
        if (!row)
            return failure(row.error());
        const QString summary =
            QStringLiteral("%1 of title %2 requested (protocol %3, file %4)")
                .arg(cancellation ? QStringLiteral("Cancellation") : QStringLiteral("Withdrawal"),
                     r.titleNumber, r.protocol, batch.fileName);
        if (Status done = writer.event(r.debtorId, r.id,
                                       cancellation ? QStringLiteral("cancellation_requested")
                                                    : QStringLiteral("withdrawal_requested"),
                                       summary, now);
            !done)
            return failure(done.error());
        requests.append(*row);
    }
    touched(writer);
    Outcome o;
    o.result = batch.toJson(true);
    o.result.insert(QStringLiteral("requests"), requests);
    o.lastSeq = writer.lastSeq();
    return o;
}

Outcome Protests::attach(const Scope &scope, const QString &requestId, const QJsonObject &body)
{
    const QUuid uuid = QUuid::fromString(requestId);
    if (uuid.isNull())
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("request_id: no such protest request"),
                                QStringLiteral("request_id"));
    auto loaded = loadRequests(m_db, QStringLiteral("r.id"), {uuid.toString(QUuid::WithoutBraces)});
    if (!loaded)
        return failure(loaded.error());
    if (loaded->isEmpty())
        return denied(Scope::Access::NotFound, QStringLiteral("request_id"),
                      QStringLiteral("protest request"));
    const RequestRow &request = loaded->first();
    if (Outcome ok = mayFile(scope, request.agentId, request.supervisorId, request.rules,
                             QStringLiteral("request_id"));
        ok.status != 200)
        return ok;
    for (const char *key : {"file_name", "mime_type", "content_base64"}) {
        if (!body.value(QLatin1String(key)).isString())
            return Outcome::refused(
                400, QStringLiteral("type"),
                QStringLiteral("%1: a string is required").arg(QLatin1String(key)),
                QLatin1String(key));
    }
    const QString fileName = body.value(QLatin1String("file_name")).toString().trimmed();
    const bool badName =
        fileName.isEmpty() || fileName.size() > 200 || fileName.contains(u'/') ||
        fileName.contains(u'\\') ||
        std::any_of(fileName.begin(), fileName.end(), [](QChar c) { return c.unicode() < 0x20; });
    if (badName)
        return Outcome::refused(422, QStringLiteral("invalid"),
                                QStringLiteral("file_name: 1 to 200 characters without / or \\"),
                                QStringLiteral("file_name"));
    const QString mime = body.value(QLatin1String("mime_type")).toString();
    const MimeType *type = nullptr;
    for (const MimeType &t : kMimeTypes)
        if (mime == QLatin1String(t.name))
            type = &t;
    if (!type)
        return Outcome::refused(422, QStringLiteral("unsupported_type"),
                                QStringLiteral("mime_type: application/pdf, image/png or "
                                               "image/jpeg, not \"%1\"")
                                    .arg(mime.left(60)),
                                QStringLiteral("mime_type"));
    const QByteArray encoded = body.value(QLatin1String("content_base64")).toString().toLatin1();
    // Encoded size first: no decoding of what is too large anyway.
    if (encoded.size() > (kMaxDocumentBytes + 2) / 3 * 4)
        return Outcome::refused(422, QStringLiteral("too_large"),
                                QStringLiteral("content_base64: a document has at most 2 MB"),
                                QStringLiteral("content_base64"));
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || encoded.size() % 4 != 0)
        return Outcome::refused(422, QStringLiteral("base64"),
                                QStringLiteral("content_base64: not valid base64 (RFC 4648, "
                                               "with padding, no line breaks)"),
                                QStringLiteral("content_base64"));
    if (decoded.decoded.size() > kMaxDocumentBytes)
        return Outcome::refused(422, QStringLiteral("too_large"),
                                QStringLiteral("content_base64: a document has at most 2 MB; "
                                               "this one has %1 bytes")
                                    .arg(decoded.decoded.size()),
                                QStringLiteral("content_base64"));
    if (!decoded.decoded.startsWith(type->magic))
        return Outcome::refused(
            422, QStringLiteral("content_mismatch"),
            QStringLiteral("content_base64: the content is not %1").arg(QLatin1String(type->label)),
            QStringLiteral("content_base64"));
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    RowWriter writer(m_db, now);
    const QString documentId = newId();
    const QVariantList values{documentId,
                              request.debtorId,
                              request.id,
                              fileName,
                              mime,
                              qint64(decoded.decoded.size()),
                              QString::fromLatin1(decoded.decoded.toBase64()),
                              sql::text(scope.caller().displayName),
                              now,
                              1,
                              now,
                              0};
    if (Status done = writer.insert(entities::protestDocument(), values, request.debtorId); !done)
        return failure(done.error());
    if (Status done =
            writer.event(request.debtorId, request.id, QStringLiteral("document_attached"),
                         QStringLiteral("Document %1 attached to the protest of title %2")
                             .arg(fileName, request.titleNumber),
                         now);
        !done)
        return failure(done.error());
    touched(writer);
    QJsonObject document = entities::protestDocument().toJson(values);
    document.remove(QStringLiteral("content"));
    Outcome o;
    o.result = {{QStringLiteral("document"), document}};
    o.lastSeq = writer.lastSeq();
    return o;
}

} // namespace quita::server
