#include "SyncedTables.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

#include <limits>

namespace quita::sync {
namespace {

using K = ColumnKind;

QList<SyncedColumn> rowTail(bool tombstone = true)
{
    QList<SyncedColumn> tail{{QLatin1String("version"), K::IntegerOrZero, {}},
                             {QLatin1String("updated_at"), K::OptionalInteger, {}}};
    if (tombstone)
        tail.append({QLatin1String("deleted"), K::Flag, {}});
    return tail;
}

QList<SyncedTable> makeTables()
{
    const auto c = [](const char *name, ColumnKind kind, QStringList allowed = {}) {
        return SyncedColumn{QLatin1String(name), kind, std::move(allowed)};
    };
    const auto flag = [&](const char *name) { return c(name, K::Flag); };
    QList<SyncedTable> tables;
    tables.append(
        {QLatin1String("creditor"),
         QList<SyncedColumn>{c("id", K::Uuid), c("name", K::Text), c("document", K::Text),
                             c("bank_code", K::TextOrEmpty), c("agency", K::TextOrEmpty),
                             c("account", K::TextOrEmpty), c("wallet", K::TextOrEmpty),
                             c("pix_key", K::TextOrEmpty), c("pix_city", K::TextOrEmpty)} +
             rowTail(),
         -1, false, false});
    tables.append(
        {QLatin1String("portfolio"),
         QList<SyncedColumn>{c("id", K::Uuid), c("creditor_id", K::Uuid), c("name", K::Text),
                             c("charge_terms", K::TextOrEmpty), c("grace_days", K::Integer),
                             c("negotiation_policy", K::TextOrEmpty)} +
             rowTail(),
         -1, false, false});
    tables.append({QLatin1String("index_value"),
                   QList<SyncedColumn>{
                       c("id", K::Text),
                       c("index_name", K::Text,
                         {QStringLiteral("ipca"), QStringLiteral("igpm"), QStringLiteral("inpc")}),
                       c("month", K::Text), c("variation_ppm", K::Integer)} +
                       rowTail(false),
                   -1, false, false});
    tables.append(
        {QLatin1String("debtor"),
         QList<SyncedColumn>{c("id", K::Uuid), c("portfolio_id", K::Uuid), c("name", K::Text),
                             c("document", K::Text), c("street", K::TextOrEmpty),
                             c("neighborhood", K::TextOrEmpty), c("city", K::TextOrEmpty),
                             c("state", K::Text), c("postal_code", K::TextOrEmpty),
                             c("placed_on", K::OptionalDate), c("capacity_cents", K::IntegerOrZero),
                             c("agent_id", K::OptionalText)} +
             rowTail(),
         0, true, false});
    tables.append(
        {QLatin1String("contact_point"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("debtor_id", K::Uuid),
             c("kind", K::Text,
               {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("whatsapp")}),
             c("value", K::Text), c("label", K::TextOrEmpty), flag("is_primary"),
             flag("consent_voice"), flag("consent_sms"), flag("consent_whatsapp"),
             flag("consent_email"), flag("opt_out_voice"), flag("opt_out_sms"),
             flag("opt_out_whatsapp"), flag("opt_out_email")} +
             rowTail(),
         1, true, false});
    tables.append(
        {QLatin1String("title"),
         QList<SyncedColumn>{c("id", K::Uuid), c("debtor_id", K::Uuid), c("number", K::Text),
                             c("kind", K::Text), c("issued_on", K::Date), c("due_on", K::Date),
                             c("principal_cents", K::Integer), c("open_balance_cents", K::Integer),
                             flag("disputed")} +
             rowTail(),
         1, true, false});
    tables.append(
        {QLatin1String("activity"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("debtor_id", K::Uuid), c("channel", K::Text),
             c("direction", K::Text, {QStringLiteral("outbound"), QStringLiteral("inbound")}),
             c("result", K::Text), c("occurred_at", K::Integer), c("agent", K::TextOrEmpty),
             c("summary", K::TextOrEmpty), c("body", K::TextOrEmpty),
             c("callback_at", K::OptionalInteger)} +
             rowTail(false),
         1, false, true});
    tables.append({QLatin1String("promise"),
                   QList<SyncedColumn>{c("id", K::Uuid), c("debtor_id", K::Uuid),
                                       c("activity_id", K::OptionalUuid), c("due_on", K::Date),
                                       c("amount_cents", K::Integer),
                                       c("status", K::Text,
                                         {QStringLiteral("open"), QStringLiteral("kept"),
                                          QStringLiteral("broken"), QStringLiteral("cancelled")})} +
                       rowTail(),
                   1, false, false});
    const QStringList kinds{QStringLiteral("full"), QStringLiteral("price"), QStringLiteral("sac"),
                            QStringLiteral("flat")};
    tables.append(
        {QLatin1String("agreement"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("debtor_id", K::Uuid), c("creditor_id", K::Uuid),
             c("kind", K::Text, kinds),
             c("status", K::Text,
               {QStringLiteral("pending"), QStringLiteral("active"), QStringLiteral("settled"),
                QStringLiteral("broken"), QStringLiteral("cancelled")}),
             c("as_of", K::Date), c("principal_cents", K::Integer), c("fine_cents", K::Integer),
             c("interest_cents", K::Integer), c("correction_cents", K::Integer),
             c("fees_cents", K::Integer), c("discount_cents", K::Integer),
             c("total_cents", K::Integer), c("monthly_rate_ppm", K::Integer),
             c("installment_count", K::Integer), c("title_ids", K::Text),
             c("approval_id", K::OptionalUuid), c("created_by", K::TextOrEmpty),
             c("created_at", K::Integer)} +
             rowTail(),
         1, false, false});
    tables.append(
        {QLatin1String("installment"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("agreement_id", K::Uuid), c("debtor_id", K::Uuid),
             c("creditor_id", K::Uuid), c("number", K::Integer), c("due_on", K::Date),
             c("amount_cents", K::Integer), c("our_number", K::TextOrEmpty),
             c("status", K::Text,
               {QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("cancelled")}),
             c("paid_cents", K::IntegerOrZero), c("paid_on", K::OptionalDate)} +
             rowTail(),
         2, false, false});
    tables.append(
        {QLatin1String("approval_request"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("debtor_id", K::Uuid), c("requested_by", K::Text),
             c("requested_by_name", K::TextOrEmpty),
             c("approver_role", K::Text, {QStringLiteral("supervisor"), QStringLiteral("admin")}),
             c("request", K::Text), c("violations", K::Text),
             c("status", K::Text,
               {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                QStringLiteral("used")}),
             c("decided_by", K::OptionalText), c("decided_by_name", K::TextOrEmpty),
             c("comment", K::TextOrEmpty), c("created_at", K::Integer),
             c("decided_at", K::OptionalInteger)} +
             rowTail(),
         1, false, false});
    tables.append(
        {QLatin1String("payment"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("debtor_id", K::Uuid), c("agreement_id", K::Uuid),
             c("installment_id", K::Uuid), c("amount_cents", K::Integer), c("paid_on", K::Date),
             c("source", K::Text, {QStringLiteral("manual"), QStringLiteral("import")}),
             c("created_by", K::TextOrEmpty), c("created_at", K::Integer)} +
             rowTail(false),
         1, false, false});
    tables.append(
        {QLatin1String("agreement_event"),
         QList<SyncedColumn>{
             c("id", K::Uuid), c("debtor_id", K::Uuid), c("agreement_id", K::Uuid),
             c("kind", K::Text,
               {QStringLiteral("created"), QStringLiteral("payment"), QStringLiteral("broken"),
                QStringLiteral("settled"), QStringLiteral("cancelled")}),
             c("installment_number", K::OptionalInteger), c("amount_cents", K::IntegerOrZero),
             c("occurred_at", K::Integer), c("created_by", K::TextOrEmpty)} +
             rowTail(false),
         1, false, false});
    tables.append({QLatin1String("protest_request"),
                   QList<SyncedColumn>{c("id", K::Uuid),
                                       c("debtor_id", K::Uuid),
                                       c("title_id", K::Uuid),
                                       c("creditor_id", K::Uuid),
                                       c("batch_id", K::Uuid),
                                       c("status", K::Text,
                                         {QStringLiteral("sent"), QStringLiteral("protocolled"),
                                          QStringLiteral("protested"), QStringLiteral("paid"),
                                          QStringLiteral("withdrawn"), QStringLiteral("cancelled"),
                                          QStringLiteral("returned"), QStringLiteral("suspended")}),
                                       c("nosso_numero", K::Text),
                                       c("cra_title_number", K::Text),
                                       c("amount_cents", K::Integer),
                                       c("sent_on", K::Date),
                                       c("protocol", K::TextOrEmpty),
                                       c("protocol_date", K::OptionalDate),
                                       c("notary_office", K::IntegerOrZero),
                                       c("occurrence", K::OptionalText),
                                       c("occurrence_date", K::OptionalDate),
                                       c("irregularity_code", K::TextOrEmpty),
                                       c("irregularity_message", K::TextOrEmpty),
                                       c("notary_fees_cents", K::IntegerOrZero),
                                       c("distribution_fees_cents", K::IntegerOrZero),
                                       c("requested_by", K::TextOrEmpty),
                                       c("created_at", K::Integer)} +
                       rowTail(),
                   1, false, false});
    tables.append({QLatin1String("protest_event"),
                   QList<SyncedColumn>{c("id", K::Uuid), c("debtor_id", K::Uuid),
                                       c("request_id", K::Uuid), c("kind", K::Text),
                                       c("occurred_at", K::Integer), c("summary", K::TextOrEmpty)} +
                       rowTail(false),
                   1, false, false});
    tables.append(
        {QLatin1String("protest_document"),
         QList<SyncedColumn>{c("id", K::Uuid), c("debtor_id", K::Uuid), c("request_id", K::Uuid),
                             c("file_name", K::Text),
                             c("mime_type", K::Text,
                               {QStringLiteral("application/pdf"), QStringLiteral("image/png"),
                                QStringLiteral("image/jpeg")}),
                             c("size_bytes", K::Integer), c("content", K::Text),
                             c("created_by", K::TextOrEmpty), c("created_at", K::Integer)} +
             rowTail(),
         1, false, false});
    return tables;
}

bool isUuid(const QString &s)
{
    return s.size() == 36 && !QUuid::fromString(s).isNull();
}

bool isDate(const QString &s)
{
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

} // namespace

QString SyncedTable::upsertSql() const
{
    QStringList names, marks, updates;
    for (const SyncedColumn &column : columns) {
        names << column.name;
        marks << QStringLiteral("?");
    }
    if (appendOnly) {
        updates << QStringLiteral("agent = excluded.agent")
                << QStringLiteral("version = excluded.version")
                << QStringLiteral("updated_at = excluded.updated_at");
    } else {
        for (qsizetype i = 1; i < columns.size(); ++i)
            updates << QStringLiteral("%1 = excluded.%1").arg(columns[i].name);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(name, names.join(QLatin1String(", ")), marks.join(QLatin1Char(',')),
             updates.join(QLatin1String(", ")));
}

const QList<SyncedTable> &syncedTables()
{
    static const QList<SyncedTable> tables = makeTables();
    return tables;
}

const SyncedTable *syncedTable(QStringView entity)
{
    for (const SyncedTable &table : syncedTables())
        if (entity == table.name)
            return &table;
    return nullptr;
}

bool toSqlValue(const SyncedColumn &column, const QJsonValue &value, QVariant &out, QString &why)
{
    const bool missing = value.isNull() || value.isUndefined();
    switch (column.kind) {
    case K::Uuid:
    case K::OptionalUuid:
        if (missing && column.kind == K::OptionalUuid) {
            out = QVariant();
            return true;
        }
        if (value.isString() && isUuid(value.toString())) {
            out = value.toString();
            return true;
        }
        why = missing ? QCoreApplication::translate("ChangeApplier", "is required (a UUID)")
                      : QCoreApplication::translate("ChangeApplier", "must be a UUID");
        return false;
    case K::Text:
    case K::TextOrEmpty:
    case K::OptionalText:
        if (missing && column.kind != K::Text) {
            out = column.kind == K::TextOrEmpty ? QVariant(QStringLiteral("")) : QVariant();
            return true;
        }
        if (value.isString()) {
            out = value.toString();
            if (!column.allowed.isEmpty() && !column.allowed.contains(out.toString())) {
                why = QCoreApplication::translate("ChangeApplier", "must be one of %1")
                          .arg(column.allowed.join(QLatin1String(", ")));
                return false;
            }
            return true;
        }
        why = missing ? QCoreApplication::translate("ChangeApplier", "is required (a string)")
                      : QCoreApplication::translate("ChangeApplier", "must be a string");
        return false;
    case K::Date:
    case K::OptionalDate:
        if (missing && column.kind == K::OptionalDate) {
            out = QVariant();
            return true;
        }
        if (value.isString() && isDate(value.toString())) {
            out = value.toString();
            return true;
        }
        why = missing
                  ? QCoreApplication::translate("ChangeApplier", "is required (a date YYYY-MM-DD)")
                  : QCoreApplication::translate("ChangeApplier", "must be a date YYYY-MM-DD");
        return false;
    case K::Integer:
    case K::IntegerOrZero:
    case K::OptionalInteger: {
        if (missing && column.kind != K::Integer) {
            out = column.kind == K::IntegerOrZero ? QVariant(qint64(0)) : QVariant();
            return true;
        }
        constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
        const qint64 n = value.isDouble() ? value.toInteger(kNotWhole) : kNotWhole;
        if (n != kNotWhole) {
            out = n;
            return true;
        }
        why = missing ? QCoreApplication::translate("ChangeApplier", "is required (a whole number)")
                      : QCoreApplication::translate("ChangeApplier", "must be a whole number");
        return false;
    }
    case K::Flag:
        if (missing) {
            out = 0;
            return true;
        }
        if (value.isBool()) {
            out = value.toBool() ? 1 : 0;
            return true;
        }
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1)) {
            out = value.toInt();
            return true;
        }
        why = QCoreApplication::translate("ChangeApplier", "must be true or false");
        return false;
    }
    why = QCoreApplication::translate("ChangeApplier", "has an unknown type");
    return false;
}

} // namespace quita::sync
