#include "Entities.h"

#include <QJsonValue>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <array>

namespace quita::server {
namespace {

using T = Column::Type;

// Columns every mutable synced row ends with.
#define QUITA_ROW_TAIL                                                                             \
    Column{"version", T::Integer}, Column{"updated_at", T::Integer}, Column                        \
    {                                                                                              \
        "deleted", T::Flag                                                                         \
    }

const std::array kCreditor{Column{"id", T::Text},       Column{"name", T::Text},
                           Column{"document", T::Text}, Column{"bank_code", T::Text},
                           Column{"agency", T::Text},   Column{"account", T::Text},
                           Column{"wallet", T::Text},   Column{"pix_key", T::Text},
                           Column{"pix_city", T::Text}, QUITA_ROW_TAIL};
const std::array kPortfolio{Column{"id", T::Text},
                            Column{"creditor_id", T::Text},
                            Column{"name", T::Text},
                            Column{"charge_terms", T::Text},
                            Column{"grace_days", T::Integer},
                            Column{"negotiation_policy", T::Text},
                            QUITA_ROW_TAIL};
// Reference data, append-or-replace: id "ipca:2025-01".
const std::array kIndexValue{Column{"id", T::Text},         Column{"index_name", T::Text},
                             Column{"month", T::Text},      Column{"variation_ppm", T::Integer},
                             Column{"version", T::Integer}, Column{"updated_at", T::Integer}};
const std::array kDebtor{Column{"id", T::Text},
                         Column{"portfolio_id", T::Text},
                         Column{"name", T::Text},
                         Column{"document", T::Text},
                         Column{"street", T::Text},
                         Column{"neighborhood", T::Text},
                         Column{"city", T::Text},
                         Column{"state", T::Text},
                         Column{"postal_code", T::Text},
                         Column{"placed_on", T::Text},
                         Column{"capacity_cents", T::Integer},
                         Column{"agent_id", T::Text},
                         QUITA_ROW_TAIL};
const std::array kContactPoint{Column{"id", T::Text},
                               Column{"debtor_id", T::Text},
                               Column{"kind", T::Text},
                               Column{"value", T::Text},
                               Column{"label", T::Text},
                               Column{"is_primary", T::Flag},
                               Column{"consent_voice", T::Flag},
                               Column{"consent_sms", T::Flag},
                               Column{"consent_whatsapp", T::Flag},
                               Column{"consent_email", T::Flag},
                               Column{"opt_out_voice", T::Flag},
                               Column{"opt_out_sms", T::Flag},
                               Column{"opt_out_whatsapp", T::Flag},
                               Column{"opt_out_email", T::Flag},
                               QUITA_ROW_TAIL};
const std::array kTitle{Column{"id", T::Text},
                        Column{"debtor_id", T::Text},
                        Column{"number", T::Text},
                        Column{"kind", T::Text},
                        Column{"issued_on", T::Text},
                        Column{"due_on", T::Text},
                        Column{"principal_cents", T::Integer},
                        Column{"open_balance_cents", T::Integer},
                        Column{"disputed", T::Flag},
                        QUITA_ROW_TAIL};
// Append-only: no tombstone.
const std::array kActivity{Column{"id", T::Text},         Column{"debtor_id", T::Text},
                           Column{"channel", T::Text},    Column{"direction", T::Text},
                           Column{"result", T::Text},     Column{"occurred_at", T::Integer},
                           Column{"agent", T::Text},      Column{"summary", T::Text},
                           Column{"body", T::Text},       Column{"callback_at", T::Integer},
                           Column{"version", T::Integer}, Column{"updated_at", T::Integer}};
const std::array kPromise{Column{"id", T::Text},
                          Column{"debtor_id", T::Text},
                          Column{"activity_id", T::Text},
                          Column{"due_on", T::Text},
                          Column{"amount_cents", T::Integer},
                          Column{"status", T::Text},
                          QUITA_ROW_TAIL};
const std::array kAgreement{Column{"id", T::Text},
                            Column{"debtor_id", T::Text},
                            Column{"creditor_id", T::Text},
                            Column{"kind", T::Text},
                            Column{"status", T::Text},
                            Column{"as_of", T::Text},
                            Column{"principal_cents", T::Integer},
                            Column{"fine_cents", T::Integer},
                            Column{"interest_cents", T::Integer},
                            Column{"correction_cents", T::Integer},
                            Column{"fees_cents", T::Integer},
                            Column{"discount_cents", T::Integer},
                            Column{"total_cents", T::Integer},
                            Column{"monthly_rate_ppm", T::Integer},
                            Column{"installment_count", T::Integer},
                            Column{"title_ids", T::Text},
                            Column{"approval_id", T::Text},
                            Column{"created_by", T::Text},
                            Column{"created_at", T::Integer},
                            QUITA_ROW_TAIL};
const std::array kInstallment{Column{"id", T::Text},
                              Column{"agreement_id", T::Text},
                              Column{"debtor_id", T::Text},
                              Column{"creditor_id", T::Text},
                              Column{"number", T::Integer},
                              Column{"due_on", T::Text},
                              Column{"amount_cents", T::Integer},
                              Column{"our_number", T::Text},
                              Column{"status", T::Text},
                              Column{"paid_cents", T::Integer},
                              Column{"paid_on", T::Text},
                              QUITA_ROW_TAIL};
const std::array kApprovalRequest{Column{"id", T::Text},
                                  Column{"debtor_id", T::Text},
                                  Column{"requested_by", T::Text},
                                  Column{"requested_by_name", T::Text},
                                  Column{"approver_role", T::Text},
                                  Column{"request", T::Text},
                                  Column{"violations", T::Text},
                                  Column{"status", T::Text},
                                  Column{"decided_by", T::Text},
                                  Column{"decided_by_name", T::Text},
                                  Column{"comment", T::Text},
                                  Column{"created_at", T::Integer},
                                  Column{"decided_at", T::Integer},
                                  QUITA_ROW_TAIL};
const std::array kProtestRequest{Column{"id", T::Text},
                                 Column{"debtor_id", T::Text},
                                 Column{"title_id", T::Text},
                                 Column{"creditor_id", T::Text},
                                 Column{"batch_id", T::Text},
                                 Column{"status", T::Text},
                                 Column{"nosso_numero", T::Text},
                                 Column{"cra_title_number", T::Text},
                                 Column{"amount_cents", T::Integer},
                                 Column{"sent_on", T::Text},
                                 Column{"protocol", T::Text},
                                 Column{"protocol_date", T::Text},
                                 Column{"notary_office", T::Integer},
                                 Column{"occurrence", T::Text},
                                 Column{"occurrence_date", T::Text},
                                 Column{"irregularity_code", T::Text},
                                 Column{"irregularity_message", T::Text},
                                 Column{"notary_fees_cents", T::Integer},
                                 Column{"distribution_fees_cents", T::Integer},
                                 Column{"requested_by", T::Text},
                                 Column{"created_at", T::Integer},
                                 QUITA_ROW_TAIL};
// Append-only: no tombstone.
const std::array kProtestEvent{
    Column{"id", T::Text},         Column{"debtor_id", T::Text},      Column{"request_id", T::Text},
    Column{"kind", T::Text},       Column{"occurred_at", T::Integer}, Column{"summary", T::Text},
    Column{"version", T::Integer}, Column{"updated_at", T::Integer}};
const std::array kProtestDocument{Column{"id", T::Text},
                                  Column{"debtor_id", T::Text},
                                  Column{"request_id", T::Text},
                                  Column{"file_name", T::Text},
                                  Column{"mime_type", T::Text},
                                  Column{"size_bytes", T::Integer},
                                  Column{"content", T::Text},
                                  Column{"created_by", T::Text},
                                  Column{"created_at", T::Integer},
                                  QUITA_ROW_TAIL};
// Append-only, like activities.
const std::array kPayment{Column{"id", T::Text},
                          Column{"debtor_id", T::Text},
                          Column{"agreement_id", T::Text},
                          Column{"installment_id", T::Text},
                          Column{"amount_cents", T::Integer},
                          Column{"paid_on", T::Text},
                          Column{"source", T::Text},
                          Column{"created_by", T::Text},
                          Column{"created_at", T::Integer},
                          Column{"version", T::Integer},
                          Column{"updated_at", T::Integer}};
const std::array kAgreementEvent{Column{"id", T::Text},
                                 Column{"debtor_id", T::Text},
                                 Column{"agreement_id", T::Text},
                                 Column{"kind", T::Text},
                                 Column{"installment_number", T::Integer},
                                 Column{"amount_cents", T::Integer},
                                 Column{"occurred_at", T::Integer},
                                 Column{"created_by", T::Text},
                                 Column{"version", T::Integer},
                                 Column{"updated_at", T::Integer}};
#undef QUITA_ROW_TAIL

QJsonValue jsonValue(const Column &column, const QVariant &value)
{
    if (value.isNull())
        return column.type == T::Flag ? QJsonValue(false) : QJsonValue(QJsonValue::Null);
    switch (column.type) {
    case T::Text:
        return value.toString();
    case T::Integer:
        return value.toLongLong();
    case T::Flag:
        return value.toLongLong() != 0 || value.toString() == QLatin1String("true");
    }
    return {};
}

} // namespace

QString Entity::selectList(const QString &alias) const
{
    QStringList names;
    for (const Column &c : columns)
        names.append(alias.isEmpty() ? QLatin1String(c.name)
                                     : alias + QLatin1Char('.') + QLatin1String(c.name));
    return names.join(QLatin1String(", "));
}

QString Entity::insertSql() const
{
    QStringList marks;
    for (std::size_t i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(QLatin1String(name), selectList(), marks.join(QLatin1Char(',')));
}

QJsonObject Entity::toJson(const QVariantList &values) const
{
    QJsonObject row;
    for (std::size_t i = 0; i < columns.size(); ++i)
        row.insert(QLatin1String(columns[i].name),
                   jsonValue(columns[i],
                             i < std::size_t(values.size()) ? values[qsizetype(i)] : QVariant()));
    return row;
}

QJsonObject Entity::toJson(const QSqlRecord &record, int first) const
{
    QJsonObject row;
    for (std::size_t i = 0; i < columns.size(); ++i)
        row.insert(QLatin1String(columns[i].name),
                   jsonValue(columns[i], record.value(first + int(i))));
    return row;
}

Status Entity::insert(const QSqlDatabase &db, const QVariantList &values) const
{
    QSqlQuery q(db);
    q.prepare(insertSql());
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

int Entity::indexOf(const char *column) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (qstrcmp(columns[i].name, column) == 0)
            return int(i);
    return -1;
}

namespace entities {

const Entity &creditor()
{
    static const Entity e{"creditor", kCreditor};
    return e;
}
const Entity &portfolio()
{
    static const Entity e{"portfolio", kPortfolio};
    return e;
}
const Entity &debtor()
{
    static const Entity e{"debtor", kDebtor};
    return e;
}
const Entity &contactPoint()
{
    static const Entity e{"contact_point", kContactPoint};
    return e;
}
const Entity &title()
{
    static const Entity e{"title", kTitle};
    return e;
}
const Entity &activity()
{
    static const Entity e{"activity", kActivity};
    return e;
}
const Entity &promise()
{
    static const Entity e{"promise", kPromise};
    return e;
}

const Entity &agreement()
{
    static const Entity e{"agreement", kAgreement};
    return e;
}
const Entity &installment()
{
    static const Entity e{"installment", kInstallment};
    return e;
}
const Entity &approvalRequest()
{
    static const Entity e{"approval_request", kApprovalRequest};
    return e;
}
const Entity &indexValue()
{
    static const Entity e{"index_value", kIndexValue};
    return e;
}
const Entity &payment()
{
    static const Entity e{"payment", kPayment};
    return e;
}
const Entity &agreementEvent()
{
    static const Entity e{"agreement_event", kAgreementEvent};
    return e;
}

const Entity &protestRequest()
{
    static const Entity e{"protest_request", kProtestRequest};
    return e;
}
const Entity &protestEvent()
{
    static const Entity e{"protest_event", kProtestEvent};
    return e;
}
const Entity &protestDocument()
{
    static const Entity e{"protest_document", kProtestDocument};
    return e;
}

std::span<const Entity *const> debtorChildren()
{
    static const std::array<const Entity *, 12> children{
        &contactPoint(),   &title(),          &promise(),         &activity(),
        &agreement(),      &installment(),    &approvalRequest(), &payment(),
        &agreementEvent(), &protestRequest(), &protestEvent(),    &protestDocument()};
    return children;
}

} // namespace entities
} // namespace quita::server
