#include "ProtestDesk.h"

#include "ProtestLabels.h"
#include "ProtestListModel.h"
#include "ServerCall.h"
#include "SyncController.h"
#include "domain/protest/CraCodes.h"
#include "domain/protest/CraReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace quita {
namespace {

QJsonArray idArray(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return array;
}

} // namespace

EligibleTitle EligibleTitle::fromJson(const QJsonObject &o)
{
    EligibleTitle t;
    t.titleId = o.value(QLatin1String("title_id")).toString();
    t.titleNumber = o.value(QLatin1String("title_number")).toString();
    t.debtorId = o.value(QLatin1String("debtor_id")).toString();
    t.debtorName = o.value(QLatin1String("debtor_name")).toString();
    t.document = o.value(QLatin1String("document")).toString();
    t.portfolioId = o.value(QLatin1String("portfolio_id")).toString();
    t.creditorId = o.value(QLatin1String("creditor_id")).toString();
    t.dueOn = QDate::fromString(o.value(QLatin1String("due_on")).toString(), Qt::ISODate);
    t.principal = Money::fromCents(o.value(QLatin1String("principal_cents")).toInteger());
    t.balance = Money::fromCents(o.value(QLatin1String("balance_cents")).toInteger());
    t.daysPastDue = o.value(QLatin1String("days_past_due")).toInt();
    for (const QJsonValue &r : o.value(QLatin1String("reasons")).toArray())
        t.reasons.append(
            {r[QLatin1String("code")].toString(), r[QLatin1String("message")].toString()});
    return t;
}

ProtestFile ProtestFile::fromJson(const QJsonObject &o)
{
    ProtestFile f;
    f.id = o.value(QLatin1String("id")).toString();
    f.creditorId = o.value(QLatin1String("creditor_id")).toString();
    f.kind = o.value(QLatin1String("kind")).toString();
    f.fileName = o.value(QLatin1String("file_name")).toString();
    f.fileDate = QDate::fromString(o.value(QLatin1String("file_date")).toString(), Qt::ISODate);
    f.sequence = o.value(QLatin1String("sequence")).toInteger();
    f.titleCount = o.value(QLatin1String("title_count")).toInt();
    f.total = Money::fromCents(o.value(QLatin1String("total_cents")).toInteger());
    f.createdAt =
        QDateTime::fromMSecsSinceEpoch(o.value(QLatin1String("created_at")).toInteger(), Qt::UTC);
    // The text is ISO-8859-1 characters: one byte each, as the server keeps the file.
    f.content = o.value(QLatin1String("content")).toString().toLatin1();
    for (const QJsonValue &r : o.value(QLatin1String("requests")).toArray())
        f.requests.append(r.toObject());
    f.applied = o.value(QLatin1String("applied")).toInt();
    f.unchanged = o.value(QLatin1String("unchanged")).toInt();
    return f;
}

ProtestDesk::ProtestDesk(QSqlDatabase db, SyncController *sync, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_sync(sync), m_clock(clock)
{}

bool ProtestDesk::online() const
{
    return m_sync && m_sync->isSignedIn();
}

void ProtestDesk::request(const QString &method, const QString &path, const QJsonObject &body,
                          QObject *context, const QStringList &labels,
                          std::function<void(const ServerCall &)> ok,
                          std::function<void(const Error &)> failed)
{
    if (!m_sync) {
        failed(Error{QStringLiteral("offline"),
                     {},
                     tr("This desk works without a server; protest filing needs one. Ask your "
                        "administrator for the server's address.")});
        return;
    }
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    ServerCall *call = m_sync->call(method, QStringLiteral("/api/v1") + path, payload);
    const QPointer<SyncController> sync = m_sync;
    connect(call, &ServerCall::finished, context,
            [call, sync, labels, ok = std::move(ok), failed = std::move(failed)] {
                if (call->ok())
                    ok(*call);
                else
                    failed(failure(call->status(), call->body(), call->errorMessage(),
                                   sync && sync->isSignedIn(), labels));
            });
}

void ProtestDesk::eligible(bool includeIneligible, QObject *context,
                           Done<QList<EligibleTitle>> done)
{
    const QString path =
        QStringLiteral("/protests/eligible?limit=1000%1")
            .arg(includeIneligible ? QStringLiteral("&include_ineligible=true") : QString());
    request(
        QStringLiteral("GET"), path, {}, context, {},
        [done](const ServerCall &call) {
            QList<EligibleTitle> titles;
            for (const QJsonValue &v : call.json().object().value(QLatin1String("items")).toArray())
                titles.append(EligibleTitle::fromJson(v.toObject()));
            done(titles);
        },
        [done](const Error &e) { done(e); });
}

void ProtestDesk::createBatch(const QStringList &titleIds, const QStringList &labels,
                              QObject *context, Done<ProtestFile> done)
{
    request(
        QStringLiteral("POST"), QStringLiteral("/protests/batches"),
        {{QStringLiteral("title_ids"), idArray(titleIds)}}, context, labels,
        [done](const ServerCall &call) { done(ProtestFile::fromJson(call.json().object())); },
        [done](const Error &e) { done(e); });
}

void ProtestDesk::batches(QObject *context, Done<QList<ProtestFile>> done)
{
    request(
        QStringLiteral("GET"), QStringLiteral("/protests/batches?limit=500"), {}, context, {},
        [done](const ServerCall &call) {
            QList<ProtestFile> files;
            for (const QJsonValue &v : call.json().object().value(QLatin1String("items")).toArray())
                files.append(ProtestFile::fromJson(v.toObject()));
            done(files);
        },
        [done](const Error &e) { done(e); });
}

void ProtestDesk::batchFile(const QString &batchId, QObject *context, Done<QByteArray> done)
{
    request(
        QStringLiteral("GET"), QStringLiteral("/protests/batches/%1/file").arg(batchId), {},
        context, {}, [done](const ServerCall &call) { done(call.body()); },
        [done](const Error &e) { done(e); });
}

void ProtestDesk::importReturn(const QByteArray &content, const QString &fileName, QObject *context,
                               Done<ProtestFile> done)
{
    // The same strict reader the server runs: a malformed file never leaves the desk.
    const auto read = CraReader::read(content);
    if (!read) {
        const QString line = read.error().field.section(QLatin1Char(' '), 1);
        done(Error{read.error().code, read.error().field,
                   tr("Nothing was imported: the file is not valid at line %1. %2")
                       .arg(line, read.error().message)});
        return;
    }
    if (read->header.kind == CraFileKind::Remittance) {
        done(Error{QStringLiteral("kind"), QStringLiteral("line 1"),
                   tr("Nothing was imported: this is a remittance file (the one we send to the "
                      "notaries). Choose a confirmation or return file.")});
        return;
    }
    QJsonObject body{{QStringLiteral("content"), QString::fromLatin1(content)}};
    if (!fileName.isEmpty() && fileName.size() <= 64)
        body.insert(QStringLiteral("file_name"), fileName);
    request(
        QStringLiteral("POST"), QStringLiteral("/protests/returns"), body, context, {},
        [done](const ServerCall &call) { done(ProtestFile::fromJson(call.json().object())); },
        [done](const Error &e) { done(e); });
}

void ProtestDesk::requestFile(const QString &path, const QStringList &ids,
                              const QStringList &labels, QObject *context, Done<ProtestFile> done)
{
    request(
        QStringLiteral("POST"), path, {{QStringLiteral("request_ids"), idArray(ids)}}, context,
        labels,
        [done](const ServerCall &call) { done(ProtestFile::fromJson(call.json().object())); },
        [done](const Error &e) { done(e); });
}

void ProtestDesk::withdraw(const QStringList &requestIds, const QStringList &labels,
                           QObject *context, Done<ProtestFile> done)
{
    requestFile(QStringLiteral("/protests/withdrawals"), requestIds, labels, context,
                std::move(done));
}

void ProtestDesk::cancel(const QStringList &requestIds, const QStringList &labels, QObject *context,
                         Done<ProtestFile> done)
{
    requestFile(QStringLiteral("/protests/cancellations"), requestIds, labels, context,
                std::move(done));
}

QString ProtestDesk::documentType(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

void ProtestDesk::attach(const QString &requestId, const QString &fileName, const QByteArray &bytes,
                         QObject *context, Done<QJsonObject> done)
{
    const QString type = documentType(bytes);
    if (type.isEmpty()) {
        done(Error{QStringLiteral("unsupported_type"), QStringLiteral("mime_type"),
                   tr("Only PDF, PNG and JPEG documents can be attached.")});
        return;
    }
    if (bytes.size() > 2 * 1024 * 1024) {
        done(Error{QStringLiteral("too_large"), QStringLiteral("content_base64"),
                   tr("The document is larger than 2 MB; attach a smaller file.")});
        return;
    }
    request(
        QStringLiteral("POST"), QStringLiteral("/protests/%1/documents").arg(requestId),
        {{QStringLiteral("file_name"), fileName},
         {QStringLiteral("mime_type"), type},
         {QStringLiteral("content_base64"), QString::fromLatin1(bytes.toBase64())}},
        context, {},
        [done](const ServerCall &call) {
            done(call.json().object().value(QLatin1String("document")).toObject());
        },
        [done](const Error &e) { done(e); });
}

ProtestListModel *ProtestDesk::createListModel(QObject *parent) const
{
    return new ProtestListModel(m_db, parent);
}

TitleModel::ProtestLookup ProtestDesk::titleLookup() const
{
    const QSqlDatabase db = m_db;
    return [db](const QUuid &debtorId) {
        QHash<QUuid, TitleModel::ProtestStatus> statuses;
        const QLocale locale;
        const auto latest = ProtestRepository(db).latestByTitle(debtorId);
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            const ProtestRequestRow &r = it.value();
            QStringList detail{
                tr("Sent to protest on %1").arg(locale.toString(r.sentOn, QLocale::ShortFormat))};
            if (!r.protocol.isEmpty())
                detail << tr("Protocol %1 (notary office %2)").arg(r.protocol).arg(r.notaryOffice);
            if (!r.occurrence.isEmpty())
                detail << protest::occurrenceLabel(r.occurrence);
            if (!r.irregularityCode.isEmpty())
                detail << irregularityMessage(r.irregularityCode);
            if (!(r.notaryFees + r.distributionFees).isZero())
                detail << tr("Fees: %1").arg((r.notaryFees + r.distributionFees).toString(locale));
            statuses.insert(it.key(), {r.status, protest::statusLabel(r.status),
                                       detail.join(QLatin1Char('\n'))});
        }
        return statuses;
    };
}

} // namespace quita
