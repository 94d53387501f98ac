// Protests: importing the notaries' confirmation (CRT) and return (RTP) files.
#include "Protests.h"

#include "domain/protest/CraCodes.h"
#include "domain/protest/CraFileName.h"
#include "domain/protest/CraReader.h"
#include "store/SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace quita::server {

using namespace protest;

namespace {

bool isZero(const QString &digits)
{
    for (const QChar c : digits)
        if (c != u'0')
            return false;
    return true;
}

// What an occurrence makes of a request's status. Our own cancellation is final; our
// withdrawal stands unless the notary protested or was paid before it arrived.
QString nextStatus(const QString &current, std::optional<CraOccurrence> occurrence)
{
    if (current == QLatin1String("cancelled"))
        return current;
    const QString inProgress =
        current == QLatin1String("sent") ? QStringLiteral("protocolled") : current;
    QString next = inProgress;
    if (occurrence) {
        switch (*occurrence) {
        case CraOccurrence::Paid:
        case CraOccurrence::ConditionalSettlement:
            next = QStringLiteral("paid");
            break;
        case CraOccurrence::Protested:
            next = QStringLiteral("protested");
            break;
        case CraOccurrence::Withdrawn:
            next = QStringLiteral("withdrawn");
            break;
        case CraOccurrence::Suspended:
            next = QStringLiteral("suspended");
            break;
        case CraOccurrence::ReturnedIrregular:
        case CraOccurrence::ReturnedIrregularWithFees:
            next = QStringLiteral("returned");
            break;
        case CraOccurrence::Accepted:
        case CraOccurrence::PublicNotice:
            break;
        }
    }
    if (current == QLatin1String("withdrawn") && next != QLatin1String("protested") &&
        next != QLatin1String("paid"))
        return current;
    return next;
}

// Noon in Brasilia of the day the notary gives, never after now.
qint64 eventTime(const QDate &day, qint64 nowMs)
{
    if (!day.isValid())
        return nowMs;
    const QDateTime noon(day, QTime(12, 0), QTimeZone("America/Sao_Paulo"));
    return std::min(noon.toMSecsSinceEpoch(), nowMs);
}

struct Update
{
    RequestRow *request = nullptr;
    int line = 0;
    QString status;
    QString protocol;
    QDate protocolDate;
    int notaryOffice = 0;
    QString occurrence;
    QDate occurrenceDate;
    QString irregularity;
    qint64 notaryFees = 0;
    qint64 distributionFees = 0;

    bool changes() const
    {
        const RequestRow &r = *request;
        return status != r.status || protocol != r.protocol || protocolDate != r.protocolDate ||
               notaryOffice != r.notaryOffice || occurrence != r.occurrence ||
               occurrenceDate != r.occurrenceDate || irregularity != r.irregularityCode ||
               notaryFees != r.notaryFeesCents || distributionFees != r.distributionFeesCents;
    }
    QString summary() const
    {
        QString text = occurrence.isEmpty()
                           ? QStringLiteral("Title %1 protocolled").arg(request->titleNumber)
                           : QStringLiteral("Title %1: %2")
                                 .arg(request->titleNumber,
                                      occurrenceLabel(*occurrenceFromName(occurrence)).toLower());
        text += QStringLiteral(" (notary office %1, protocol %2)").arg(notaryOffice).arg(protocol);
        if (!irregularity.isEmpty() && irregularity != request->irregularityCode)
            text += QStringLiteral("; irregularity %1: %2")
                        .arg(irregularity, irregularityMessage(irregularity));
        if (notaryFees > 0 || distributionFees > 0)
            text += QStringLiteral("; notary fees %1, distribution fees %2")
                        .arg(moneyText(notaryFees), moneyText(distributionFees));
        return text;
    }
};

Outcome lineRefusal(int line, const char *code, const QString &message)
{
    const QString field = QStringLiteral("line %1").arg(line);
    return Outcome::refused(422, QString::fromLatin1(code),
                            QStringLiteral("Line %1: %2").arg(line).arg(message), field);
}

} // namespace

Outcome Protests::importReturn(const Scope &scope, const QJsonObject &body)
{
    const QJsonValue contentValue = body.value(QLatin1String("content"));
    if (!contentValue.isString())
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("content: the file's text is required"),
                                QStringLiteral("content"));
    const QJsonValue nameValue = body.value(QLatin1String("file_name"));
    if (!nameValue.isUndefined() && !nameValue.isNull() &&
        (!nameValue.isString() || nameValue.toString().size() > 64))
        return Outcome::refused(400, QStringLiteral("type"),
                                QStringLiteral("file_name: a text of at most 64 characters"),
                                QStringLiteral("file_name"));
    const QString content = contentValue.toString();
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content.at(i).unicode() > 0xFF)
            return lineRefusal(int(QStringView(content).left(i).count(u'\n')) + 1, "characters",
                               QStringLiteral("a character outside ISO-8859-1; CRA files are "
                                              "plain text"));
    }
    auto read = CraReader::read(content.toLatin1());
    if (!read)
        return Outcome::refused(422, read.error().code, read.error().message, read.error().field);
    const CraRemittance &file = read.value();
    if (file.header.kind == CraFileKind::Remittance)
        return lineRefusal(1, "kind",
                           QStringLiteral("this is a remittance (TPR), the file we send; import "
                                          "the notaries' confirmation (CRT) or return (RTP)"));
    auto presenter = presenterByCode(m_db, file.header.presenterCode);
    if (!presenter)
        return failure(presenter.error());
    if (!*presenter)
        return lineRefusal(1, "unknown_presenter",
                           QStringLiteral("no creditor files protests as presenter \"%1\"")
                               .arg(file.header.presenterCode));
    const QString creditorId = (*presenter)->creditorId;

    // Every request the file may name: by nosso numero, and by protocol and title number
    // only for the records whose nosso numero is not one of ours.
    QList<RequestRow> known;
    QHash<QString, int> byId;
    const auto load = [&](const QString &column, const QStringList &keys) -> Status {
        auto rows = loadRequests(m_db, column, keys, creditorId);
        if (!rows)
            return rows.error();
        for (const RequestRow &r : std::as_const(rows.value()))
            if (!byId.contains(r.id)) {
                byId.insert(r.id, int(known.size()));
                known.append(r);
            }
        return Done{};
    };
    QStringList keys;
    for (const CraTransaction &t : file.transactions)
        if (t.debtorSequence == 1)
            keys.append(t.nossoNumero);
    if (Status loaded = load(QStringLiteral("r.nosso_numero"), keys); !loaded)
        return failure(loaded.error());
    QSet<QString> ours;
    for (const RequestRow &r : std::as_const(known))
        ours.insert(r.nossoNumero);
    QStringList protocols, numbers;
    for (const CraTransaction &t : file.transactions) {
        if (t.debtorSequence != 1 || ours.contains(t.nossoNumero))
            continue;
        if (!isZero(t.reply.protocol))
            protocols.append(t.reply.protocol);
        numbers.append(t.titleNumber);
    }
    for (const auto &[column, list] : {std::pair{QStringLiteral("r.protocol"), protocols},
                                       std::pair{QStringLiteral("r.cra_title_number"), numbers}})
        if (Status loaded = load(column, list); !loaded)
            return failure(loaded.error());
    QHash<QString, int> byNosso;
    QMultiHash<QString, int> byProtocol, byNumber;
    for (int i = 0; i < known.size(); ++i) {
        byNosso.insert(known[i].nossoNumero, i);
        if (!known[i].protocol.isEmpty())
            byProtocol.insert(known[i].protocol, i);
        if (openStatuses().contains(known[i].status))
            byNumber.insert(known[i].craTitleNumber, i);
    }

    QList<Update> updates;
    QSet<QString> seen;
    for (qsizetype i = 0; i < file.transactions.size(); ++i) {
        const CraTransaction &t = file.transactions.at(i);
        const int line = int(i) + 2;
        if (t.debtorSequence != 1)
            continue; // a further debtor of the title on the line before
        const bool hasProtocol = !isZero(t.reply.protocol);
        int index = byNosso.value(t.nossoNumero, -1);
        if (index < 0 && hasProtocol) {
            const QList<int> same = byProtocol.values(t.reply.protocol);
            for (int candidate : same)
                if (same.size() == 1 || known[candidate].notaryOffice == t.reply.notaryOffice)
                    index = candidate;
        }
        if (index < 0) {
            const QList<int> same = byNumber.values(t.titleNumber);
            if (same.size() > 1)
                return lineRefusal(line, "ambiguous",
                                   QStringLiteral("title number %1 is in %2 open protest "
                                                  "requests; the record needs its nosso numero "
                                                  "or protocol")
                                       .arg(t.titleNumber)
                                       .arg(same.size()));
            if (same.size() == 1)
                index = same.first();
        }
        if (index < 0)
            return lineRefusal(line, "unknown_title",
                               QStringLiteral("no protest request of presenter %1 has nosso numero "
                                              "\"%2\", protocol %3 or title number \"%4\"")
                                   .arg(file.header.presenterCode, t.nossoNumero,
                                        hasProtocol ? t.reply.protocol : QStringLiteral("(none)"),
                                        t.titleNumber));
        RequestRow &request = known[index];
        if (hasProtocol && !request.protocol.isEmpty() && request.protocol != t.reply.protocol)
            return lineRefusal(line, "protocol_mismatch",
                               QStringLiteral("protocol %1 differs from %2, the protocol the "
                                              "notary gave this title before")
                                   .arg(t.reply.protocol, request.protocol));
        if (seen.contains(request.id))
            return lineRefusal(line, "duplicate",
                               QStringLiteral("this title is already on an earlier line"));
        seen.insert(request.id);
        if (Outcome ok = mayFile(scope, request.agentId, request.supervisorId, request.rules,
                                 QStringLiteral("line %1").arg(line));
            ok.status != 200)
            return ok;
        Update u;
        u.request = &request;
        u.line = line;
        u.status = nextStatus(request.status, t.reply.occurrence);
        u.protocol = hasProtocol ? t.reply.protocol : request.protocol;
        u.protocolDate =
            t.reply.protocolDate.isValid() ? t.reply.protocolDate : request.protocolDate;
        u.notaryOffice = t.reply.notaryOffice > 0 ? t.reply.notaryOffice : request.notaryOffice;
        u.occurrence =
            t.reply.occurrence ? occurrenceName(*t.reply.occurrence) : request.occurrence;
        u.occurrenceDate =
            t.reply.occurrenceDate.isValid() ? t.reply.occurrenceDate : request.occurrenceDate;
        u.irregularity =
            t.reply.irregularity.isEmpty() ? request.irregularityCode : t.reply.irregularity;
        u.notaryFees =
            t.reply.notaryFees.cents() > 0 ? t.reply.notaryFees.cents() : request.notaryFeesCents;
        u.distributionFees = t.reply.distributionFees.cents() > 0 ? t.reply.distributionFees.cents()
                                                                  : request.distributionFeesCents;
        updates.append(u);
    }

    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const bool confirmation = file.header.kind == CraFileKind::Confirmation;
    Batch batch;
    batch.id = newId();
    batch.creditorId = creditorId;
    batch.kind = confirmation ? QStringLiteral("confirmation") : QStringLiteral("return");
    batch.fileDate = file.header.date;
    batch.sequence = file.header.fileSequence;
    batch.content = content;
    batch.titleCount = int(updates.size());
    batch.totalCents = file.trailer.balanceSum.cents();
    batch.createdBy = scope.me();
    batch.createdAt = now;
    batch.fileName = nameValue.toString();
    if (batch.fileName.isEmpty()) {
        auto name = confirmation
                        ? CraFileName::confirmation(file.header.presenterCode, file.header.date, 1)
                        : CraFileName::returnFile(file.header.presenterCode, file.header.date, 1);
        batch.fileName = name ? *name : batch.kind;
    }
    if (Status inserted = insertBatch(m_db, batch); !inserted)
        return failure(inserted.error());

    RowWriter writer(m_db, now);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE protest_request SET status = ?, protocol = ?, protocol_date = ?, notary_office = "
        "?, occurrence = ?, occurrence_date = ?, irregularity_code = ?, irregularity_message = ?, "
        "notary_fees_cents = ?, distribution_fees_cents = ?, version = version + 1, updated_at = "
        "? WHERE id = ?"));
    QJsonArray changed;
    int unchanged = 0;
    for (const Update &u : std::as_const(updates)) {
        if (Status done = writer.batchItem(batch.id, u.request->id, u.line); !done)
            return failure(done.error());
        if (!u.changes()) {
            ++unchanged;
            continue;
        }
        for (const QVariant &v :
             {QVariant(u.status), QVariant(u.protocol), sql::date(u.protocolDate),
              QVariant(u.notaryOffice),
              u.occurrence.isEmpty() ? QVariant() : QVariant(u.occurrence),
              sql::date(u.occurrenceDate), sql::text(u.irregularity),
              sql::text(u.irregularity.isEmpty() ? QString() : irregularityMessage(u.irregularity)),
              QVariant(u.notaryFees), QVariant(u.distributionFees), QVariant(now),
              QVariant(u.request->id)})
            update.addBindValue(v);
        if (!update.exec())
            return sqlFailure(update.lastError().text());
        auto row = writer.logRow(entities::protestRequest(), u.request->id, u.request->debtorId);
        if (!row)
            return failure(row.error());
        // The occurrence's name when it is new; "confirmed" for a protocol; "updated" else.
        const QString kind =
            !u.occurrence.isEmpty() && u.occurrence != u.request->occurrence
                ? u.occurrence
                : (u.request->status == QLatin1String("sent") ? QStringLiteral("confirmed")
                                                              : QStringLiteral("updated"));
        const QDate when = u.occurrenceDate.isValid() ? u.occurrenceDate : u.protocolDate;
        if (Status done = writer.event(u.request->debtorId, u.request->id, kind, u.summary(),
                                       eventTime(when, now));
            !done)
            return failure(done.error());
        changed.append(*row);
    }
    touched(writer);
    Outcome o;
    o.result = batch.toJson(false);
    o.result.insert(QStringLiteral("presenter_code"), file.header.presenterCode);
    o.result.insert(QStringLiteral("applied"), int(changed.size()));
    o.result.insert(QStringLiteral("unchanged"), unchanged);
    o.result.insert(QStringLiteral("requests"), changed);
    o.lastSeq = writer.lastSeq();
    return o;
}

} // namespace quita::server
