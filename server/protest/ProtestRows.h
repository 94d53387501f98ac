#pragma once

#include "auth/Scope.h"
#include "domain/Document.h"
#include "domain/Result.h"
#include "domain/protest/CraRemittance.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "sync/Mutations.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class QSqlQuery;

// Rows and helpers shared by the protest services: statuses, the presenter's settings and
// counters, batches, and a writer that appends every row it writes to the change log.
namespace quita::server::protest {

// protest_request.status values. A title with a request in an open status (sent,
// protocolled, protested, suspended, paid) cannot be sent again.
QStringList allStatuses();
QStringList openStatuses();
// "'sent', 'protocolled', ..." for SQL (constants only).
QString sqlList(const QStringList &constants);

QString newId();

// Runs `sql`, where %1 stands for a list of ? marks, for `ids` in chunks of a few
// hundred; `leading` values are bound before each chunk's ids.
Status forChunks(const QSqlDatabase &db, const QStringList &ids, const QString &sql,
                 const std::function<void(const QSqlQuery &)> &row,
                 const QVariantList &leading = {});
Outcome sqlFailure(const QString &why);
Outcome failure(const Error &error); // "sql" -> 500, "type" -> 400, "not_found" -> 404, else 422
// 403 or 404 naming `field` for a row the caller may not see.
Outcome denied(Scope::Access access, const QString &field, const QString &what);

// Who may see a debtor, from its agent and the agent's supervisor (Scope::debtor's rule).
Scope::Access accessFor(const User &caller, const QString &agentId, const QString &supervisorId);
bool isAgent(const User &caller);

// The presenter at the CRA of a creditor (protest_presenter) with the creditor's name
// and CNPJ (the drawer of the titles).
struct Presenter
{
    QString creditorId;
    QString code;
    QString name;
    QString municipality;
    QString creditorCode;
    CraAddress address;
    QString creditorName;
    Document creditorDocument;
    qint64 fileSequence = 0; // the first one taken
    qint64 nossoNumero = 0;  // the first one taken
};

// Locks the creditor's presenter row for the rest of the transaction and takes
// `files` file sequences and `titles` nosso numeros (the values returned are the first
// ones taken). std::nullopt: the creditor has no presenter settings.
Result<std::optional<Presenter>> lockPresenter(QSqlDatabase db, const QString &creditorId,
                                               int files, int titles, qint64 nowMs);
Result<std::optional<Presenter>> presenterByCode(QSqlDatabase db, const QString &code);

// The next file of `kind` of the creditor on `date`: the one-digit sequence of the
// standard file names (CraFileName), 1..9.
Result<int> nextDaySequence(QSqlDatabase db, const QString &creditorId, const QString &kind,
                            const QDate &date);

struct Batch
{
    QString id;
    QString creditorId;
    QString kind; // remittance, withdrawal, cancellation, confirmation, return
    QString fileName;
    QDate fileDate;
    qint64 sequence = 0;
    int daySequence = 0;
    QString content;
    int titleCount = 0;
    qint64 totalCents = 0;
    QString createdBy; // user id
    qint64 createdAt = 0;

    QJsonObject toJson(bool withContent) const;
};
Status insertBatch(QSqlDatabase db, const Batch &batch);

// The demo's protest settings (DemoSeeder): a presenter per creditor without one (codes
// 901, 902, ... in São Paulo, IBGE 3550308) and rules per portfolio without them
// (loans: 60 days and R$ 200,00; the store's credit: agents may file; else the defaults).
Status seedDemoSettings(QSqlDatabase db, qint64 nowMs);

// The title number as written in CRA files (11 characters, see ProtestRows.cpp).
QString craTitleNumber(const QString &number);
// The CRA species of a title kind.
QString craSpecies(const QString &kind);

// Writes protest rows inside the caller's transaction, each with its change-log entry,
// and remembers the debtors touched (for the pokes).
class RowWriter
{
public:
    RowWriter(QSqlDatabase db, qint64 nowMs);

    // Reserves `count` sequence numbers at once (more are taken one by one if needed).
    Status reserve(int count);
    Status insert(const Entity &entity, const QVariantList &values, const QString &debtorId);
    // Appends the row as it is now (after an UPDATE by the caller).
    Result<QJsonObject> logRow(const Entity &entity, const QString &id, const QString &debtorId);
    Status event(const QString &debtorId, const QString &requestId, const QString &kind,
                 const QString &summary, qint64 occurredAt);
    Status batchItem(const QString &batchId, const QString &requestId, int line);

    qint64 lastSeq() const { return m_last; }
    const QStringList &debtors() const { return m_debtors; }
    qint64 now() const { return m_now; }

private:
    Result<qint64> nextSeq();
    Status log(const Entity &entity, const QString &id, const QString &debtorId,
               const QJsonObject &row);

    QSqlDatabase m_db;
    ChangeLog m_log;
    qint64 m_now;
    qint64 m_next = 0;
    qint64 m_end = -1; // last reserved
    qint64 m_last = 0;
    QStringList m_debtors;
};

} // namespace quita::server::protest
