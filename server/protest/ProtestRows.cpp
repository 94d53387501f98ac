#include "ProtestRows.h"

#include "domain/protest/CraField.h"
#include "store/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace quita::server::protest {

QStringList allStatuses()
{
    return {QStringLiteral("sent"),     QStringLiteral("protocolled"), QStringLiteral("protested"),
            QStringLiteral("paid"),     QStringLiteral("withdrawn"),   QStringLiteral("cancelled"),
            QStringLiteral("returned"), QStringLiteral("suspended")};
}

QStringList openStatuses()
{
    return {QStringLiteral("sent"), QStringLiteral("protocolled"), QStringLiteral("protested"),
            QStringLiteral("suspended"), QStringLiteral("paid")};
}

QString sqlList(const QStringList &constants)
{
    QStringList quoted;
    for (const QString &c : constants)
        quoted.append(QLatin1Char('\'') + c + QLatin1Char('\''));
    return quoted.join(QLatin1String(", "));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status forChunks(const QSqlDatabase &db, const QStringList &ids, const QString &sql,
                 const std::function<void(const QSqlQuery &)> &row, const QVariantList &leading)
{
    constexpr qsizetype kChunk = 400;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql.arg(marks.join(QLatin1Char(','))));
        for (const QVariant &v : leading)
            q.addBindValue(v);
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return Error{QStringLiteral("sql"), {}, q.lastError().text()};
        while (q.next())
            row(q);
    }
    return Done{};
}

Outcome sqlFailure(const QString &why)
{
    Outcome o;
    o.status = 500;
    o.error = Error{QStringLiteral("sql"), {}, why};
    return o;
}

Outcome failure(const Error &error)
{
    if (error.code == QLatin1String("sql"))
        return sqlFailure(error.message);
    const int status = error.code == QLatin1String("type")        ? 400
                       : error.code == QLatin1String("not_found") ? 404
                                                                  : 422;
    return Outcome::refused(status, error.code, error.message, error.field);
}

Outcome denied(Scope::Access access, const QString &field, const QString &what)
{
    if (access == Scope::Access::NotFound)
        return Outcome::refused(404, QStringLiteral("not_found"),
                                QStringLiteral("%1: no such %2").arg(field, what), field);
    return Outcome::refused(403, QStringLiteral("forbidden"),
                            QStringLiteral("%1: this %2 is not in your portfolio").arg(field, what),
                            field);
}

Scope::Access accessFor(const User &caller, const QString &agentId, const QString &supervisorId)
{
    if (caller.role == QLatin1String("admin"))
        return Scope::Access::Allowed;
    const QString me = caller.id.toString(QUuid::WithoutBraces);
    const QString holder = caller.role == QLatin1String("supervisor") ? supervisorId : agentId;
    return !holder.isEmpty() && holder == me ? Scope::Access::Allowed : Scope::Access::Forbidden;
}

bool isAgent(const User &caller)
{
    return caller.role != QLatin1String("admin") && caller.role != QLatin1String("supervisor");
}

namespace {

Result<std::optional<Presenter>> readPresenter(QSqlDatabase db, const QString &where,
                                               const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.creditor_id, p.code, p.name, p.municipality, "
                             "p.creditor_code, p.street, p.postal_code, p.city, p.state, "
                             "p.next_file_sequence, p.next_nosso_numero, c.name, c.document "
                             "FROM protest_presenter p JOIN creditor c ON c.id = p.creditor_id "
                             "WHERE %1 = ?")
                  .arg(where));
    q.addBindValue(key);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    if (!q.next())
        return std::optional<Presenter>();
    Presenter p;
    p.creditorId = q.value(0).toString();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.municipality = q.value(3).toString();
    p.creditorCode = q.value(4).toString();
    p.address = CraAddress{q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                           q.value(8).toString()};
    p.fileSequence = q.value(9).toLongLong();
    p.nossoNumero = q.value(10).toLongLong();
    p.creditorName = q.value(11).toString();
    if (auto document = Document::parse(q.value(12).toString()); document.ok())
        p.creditorDocument = document.value();
    return std::optional<Presenter>(p);
}

} // namespace

Result<std::optional<Presenter>> lockPresenter(QSqlDatabase db, const QString &creditorId,
                                               int files, int titles, qint64 nowMs)
{
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("UPDATE protest_presenter SET next_file_sequence = "
                                "next_file_sequence + ?, next_nosso_numero = next_nosso_numero + "
                                "?, updated_at = ? WHERE creditor_id = ?"));
    lock.addBindValue(files);
    lock.addBindValue(titles);
    lock.addBindValue(nowMs);
    lock.addBindValue(creditorId);
    if (!lock.exec())
        return Error{QStringLiteral("sql"), {}, lock.lastError().text()};
    if (lock.numRowsAffected() != 1)
        return std::optional<Presenter>();
    auto presenter = readPresenter(db, QStringLiteral("p.creditor_id"), creditorId);
    if (presenter.ok() && presenter.value()) {
        presenter.value()->fileSequence -= files;
        presenter.value()->nossoNumero -= titles;
    }
    return presenter;
}

Result<std::optional<Presenter>> presenterByCode(QSqlDatabase db, const QString &code)
{
    return readPresenter(db, QStringLiteral("p.code"), code);
}

Result<int> nextDaySequence(QSqlDatabase db, const QString &creditorId, const QString &kind,
                            const QDate &date)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM protest_batch WHERE creditor_id = ? AND kind = "
                             "? AND file_date = ?"));
    q.addBindValue(creditorId);
    q.addBindValue(kind);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    const int next = q.value(0).toInt() + 1;
    if (next > 9)
        return Error{QStringLiteral("too_many_files"),
                     {},
                     QStringLiteral("the CRA file names allow 9 %1 files a day per presenter; "
                                    "this creditor has sent 9 today")
                         .arg(kind)};
    return next;
}

QJsonObject Batch::toJson(bool withContent) const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("creditor_id"), creditorId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("file_name"), fileName},
                     {QStringLiteral("file_date"), fileDate.toString(Qt::ISODate)},
                     {QStringLiteral("sequence"), sequence},
                     {QStringLiteral("title_count"), titleCount},
                     {QStringLiteral("total_cents"), totalCents},
                     {QStringLiteral("created_by"), createdBy},
                     {QStringLiteral("created_at"), createdAt}};
    if (withContent)
        json.insert(QStringLiteral("content"), content);
    return json;
}

Status insertBatch(QSqlDatabase db, const Batch &b)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO protest_batch (id, creditor_id, kind, file_name, "
                       "file_date, sequence, day_sequence, content, title_count, "
                       "total_cents, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(b.id), QVariant(b.creditorId), QVariant(b.kind),
                              QVariant(b.fileName), sql::date(b.fileDate), QVariant(b.sequence),
                              QVariant(b.daySequence), QVariant(b.content), QVariant(b.titleCount),
                              QVariant(b.totalCents), QVariant(b.createdBy), QVariant(b.createdAt)})
        q.addBindValue(v);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

Status seedDemoSettings(QSqlDatabase db, qint64 nowMs)
{
    if (!db.transaction())
        return Error{QStringLiteral("sql"), {}, db.lastError().text()};
    const auto fail = [&](const QSqlQuery &q) -> Status {
        const QString why = q.lastError().text();
        db.rollback();
        return Error{QStringLiteral("sql"), {}, QStringLiteral("protest settings: %1").arg(why)};
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM protest_presenter")) || !q.next())
        return fail(q);
    int code = 901 + q.value(0).toInt();
    QList<QStringList> creditors;
    if (!q.exec(QStringLiteral("SELECT id, name, agency, account FROM creditor WHERE id NOT IN "
                               "(SELECT creditor_id FROM protest_presenter) ORDER BY name")))
        return fail(q);
    while (q.next())
        creditors.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString()});
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO protest_presenter (creditor_id, code, name, "
                                  "municipality, creditor_code, street, postal_code, city, state, "
                                  "updated_at) VALUES (?,?,?,'3550308',?,?,?,'SAO PAULO','SP',?)"));
    for (const QStringList &c : std::as_const(creditors)) {
        const bool bank = c[1].contains(QLatin1String("Banco"));
        for (const QVariant &v :
             {QVariant(c[0]), QVariant(QString::number(code++)),
              QVariant(craText(c[1]).value_or(QStringLiteral("CREDOR"))), QVariant(c[2] + c[3]),
              QVariant(bank ? QStringLiteral("AV PAULISTA 1000")
                            : QStringLiteral("RUA AUGUSTA 500")),
              QVariant(bank ? QStringLiteral("01310100") : QStringLiteral("01305000")),
              QVariant(nowMs)})
            insert.addBindValue(v);
        if (!insert.exec())
            return fail(insert);
    }
    QList<std::pair<QString, QString>> portfolios;
    if (!q.exec(QStringLiteral("SELECT id, name FROM portfolio WHERE id NOT IN (SELECT "
                               "portfolio_id FROM protest_rule) ORDER BY name")))
        return fail(q);
    while (q.next())
        portfolios.append({q.value(0).toString(), q.value(1).toString()});
    insert.prepare(QStringLiteral("INSERT INTO protest_rule (portfolio_id, min_days_past_due, "
                                  "min_balance_cents, agents_may_file, updated_at) VALUES "
                                  "(?,?,?,?,?)"));
    for (const auto &[id, name] : std::as_const(portfolios)) {
        const bool loans = name.contains(QStringLiteral("Empréstimos"));
        const bool store = name.contains(QStringLiteral("Crediário"));
        for (const QVariant &v : {QVariant(id), QVariant(loans ? 60 : 30),
                                  QVariant(loans ? qint64(20000) : qint64(5000)),
                                  QVariant(store ? 1 : 0), QVariant(nowMs)})
            insert.addBindValue(v);
        if (!insert.exec())
            return fail(insert);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error{QStringLiteral("sql"), {}, why};
    }
    return Done{};
}

// The layout gives the title number 11 characters and does not allow cutting it: the
// number as written when it fits, else its letters and digits, else their last 11 (the
// nosso numero, not this, is the key of the title in return files).
QString craTitleNumber(const QString &number)
{
    const QString text = craText(number).value_or(QString());
    if (!text.isEmpty() && text.size() <= 11)
        return text;
    QString compact;
    for (const QChar c : text)
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            compact.append(c);
    return compact.size() <= 11 ? compact : compact.right(11);
}

// DOMAIN.md's species: invoices are duplicatas mercantis por indicacao (DMI); the banks'
// and stores' credit (card, loan, contract) is protested as a cedula de credito bancario
// por indicacao (CBI).
QString craSpecies(const QString &kind)
{
    return kind == QLatin1String("invoice") ? QStringLiteral("DMI") : QStringLiteral("CBI");
}

RowWriter::RowWriter(QSqlDatabase db, qint64 nowMs) : m_db(db), m_log(db), m_now(nowMs)
{}

Status RowWriter::reserve(int count)
{
    if (count <= 0)
        return Done{};
    auto first = m_log.reserve(count);
    if (!first)
        return first.error();
    m_next = *first;
    m_end = *first + count - 1;
    return Done{};
}

Result<qint64> RowWriter::nextSeq()
{
    if (m_next > m_end || m_end < 0) {
        if (Status reserved = reserve(1); !reserved)
            return reserved.error();
    }
    m_last = m_next++;
    return m_last;
}

Status RowWriter::log(const Entity &entity, const QString &id, const QString &debtorId,
                      const QJsonObject &row)
{
    auto seq = nextSeq();
    if (!seq)
        return seq.error();
    if (!m_debtors.contains(debtorId))
        m_debtors.append(debtorId);
    return m_log.append(*seq, QLatin1String(entity.name), id, debtorId, QStringLiteral("upsert"),
                        row, m_now);
}

Status RowWriter::insert(const Entity &entity, const QVariantList &values, const QString &debtorId)
{
    if (Status inserted = entity.insert(m_db, values); !inserted)
        return inserted;
    return log(entity, values.first().toString(), debtorId, entity.toJson(values));
}

Result<QJsonObject> RowWriter::logRow(const Entity &entity, const QString &id,
                                      const QString &debtorId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(entity.selectList(), QLatin1String(entity.name)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    const QJsonObject row = entity.toJson(q.record());
    q.finish();
    if (Status logged = log(entity, id, debtorId, row); !logged)
        return logged.error();
    return row;
}

Status RowWriter::event(const QString &debtorId, const QString &requestId, const QString &kind,
                        const QString &summary, qint64 occurredAt)
{
    return insert(entities::protestEvent(),
                  {newId(), debtorId, requestId, kind, occurredAt, summary, 1, m_now}, debtorId);
}

Status RowWriter::batchItem(const QString &batchId, const QString &requestId, int line)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO protest_batch_item (batch_id, request_id, line) VALUES (?,?,?)"));
    q.addBindValue(batchId);
    q.addBindValue(requestId);
    q.addBindValue(line);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

} // namespace quita::server::protest
