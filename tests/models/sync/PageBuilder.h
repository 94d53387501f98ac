#pragma once

// Pull pages as the server sends them (docs/sync-protocol.md), for the sync tests.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace quita::test {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject creditorRow(const QString &id,
                               const QString &name = QStringLiteral("Banco Azul"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("document"), QStringLiteral("12ABC34501DE35")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), qint64(1767225600000)},
            {QStringLiteral("deleted"), false}};
}

inline QJsonObject portfolioRow(const QString &id, const QString &creditor)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("creditor_id"), creditor},
            {QStringLiteral("name"), QStringLiteral("Cartões 2026")},
            {QStringLiteral("charge_terms"), QStringLiteral("{}")},
            {QStringLiteral("grace_days"), 5},
            {QStringLiteral("negotiation_policy"), QStringLiteral("{}")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), qint64(1767225600000)},
            {QStringLiteral("deleted"), false}};
}

inline QJsonObject debtorRow(const QString &id, const QString &portfolio, const QString &name,
                             const QString &document = QStringLiteral("12345678909"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("portfolio_id"), portfolio},
            {QStringLiteral("name"), name},
            {QStringLiteral("document"), document},
            {QStringLiteral("street"), QStringLiteral("Rua das Flores, 120")},
            {QStringLiteral("neighborhood"), QStringLiteral("Centro")},
            {QStringLiteral("city"), QStringLiteral("São Paulo")},
            {QStringLiteral("state"), QStringLiteral("SP")},
            {QStringLiteral("postal_code"), QStringLiteral("01001000")},
            {QStringLiteral("placed_on"), QStringLiteral("2026-06-01")},
            {QStringLiteral("capacity_cents"), 45000},
            {QStringLiteral("agent_id"), QStringLiteral("7d0c55f4-7b9b-4b53-9a55-0f8f3f1d2a10")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), qint64(1767225600000)},
            {QStringLiteral("deleted"), false}};
}

inline QJsonObject contactPointRow(const QString &id, const QString &debtor, const QString &kind,
                                   const QString &value)
{
    QJsonObject row{{QStringLiteral("id"), id},
                    {QStringLiteral("debtor_id"), debtor},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("value"), value},
                    {QStringLiteral("label"), QStringLiteral("celular")},
                    {QStringLiteral("is_primary"), true},
                    {QStringLiteral("version"), 1},
                    {QStringLiteral("updated_at"), qint64(1767225600000)},
                    {QStringLiteral("deleted"), false}};
    for (const char *flag : {"consent_voice", "consent_sms", "consent_whatsapp", "consent_email",
                             "opt_out_voice", "opt_out_sms", "opt_out_whatsapp", "opt_out_email"})
        row.insert(QLatin1String(flag), QLatin1String(flag) == QLatin1String("consent_sms") ||
                                            QLatin1String(flag) == QLatin1String("opt_out_email"));
    return row;
}

inline QJsonObject titleRow(const QString &id, const QString &debtor, const QString &number,
                            qint64 openCents, const QString &dueOn = QStringLiteral("2026-03-10"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("debtor_id"), debtor},
            {QStringLiteral("number"), number},
            {QStringLiteral("kind"), QStringLiteral("contract")},
            {QStringLiteral("issued_on"), QStringLiteral("2026-02-10")},
            {QStringLiteral("due_on"), dueOn},
            {QStringLiteral("principal_cents"), openCents},
            {QStringLiteral("open_balance_cents"), openCents},
            {QStringLiteral("disputed"), false},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), qint64(1767225600000)},
            {QStringLiteral("deleted"), false}};
}

inline QJsonObject activityRow(const QString &id, const QString &debtor, const QString &summary,
                               qint64 occurredAt = 1767225600000)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("debtor_id"), debtor},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("direction"), QStringLiteral("outbound")},
            {QStringLiteral("result"), QStringLiteral("rpc")},
            {QStringLiteral("occurred_at"), occurredAt},
            {QStringLiteral("agent"), QStringLiteral("Ana Lima")},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("body"), QStringLiteral("Conversou sobre a geladeira")},
            {QStringLiteral("callback_at"), QJsonValue::Null},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), qint64(1767225600000)}};
}

inline QJsonObject promiseRow(const QString &id, const QString &debtor, const QString &activity,
                              const QString &dueOn, qint64 cents,
                              const QString &status = QStringLiteral("open"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("debtor_id"), debtor},
            {QStringLiteral("activity_id"), activity},
            {QStringLiteral("due_on"), dueOn},
            {QStringLiteral("amount_cents"), cents},
            {QStringLiteral("status"), status},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), qint64(1767225600000)},
            {QStringLiteral("deleted"), false}};
}

// Collects changes with increasing seq and renders the page.
class PageBuilder
{
public:
    explicit PageBuilder(qint64 firstSeq = 1) : m_seq(firstSeq) {}

    PageBuilder &upsert(const QString &entity, const QJsonObject &row)
    {
        m_changes.append(QJsonObject{{QStringLiteral("seq"), m_seq++},
                                     {QStringLiteral("entity"), entity},
                                     {QStringLiteral("id"), row.value(QLatin1String("id"))},
                                     {QStringLiteral("op"), QStringLiteral("upsert")},
                                     {QStringLiteral("data"), row}});
        return *this;
    }
    PageBuilder &remove(const QString &entity, const QString &id)
    {
        m_changes.append(
            QJsonObject{{QStringLiteral("seq"), m_seq++},
                        {QStringLiteral("entity"), entity},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("op"), QStringLiteral("delete")},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("reason"), QStringLiteral("reassigned")}}}});
        return *this;
    }
    PageBuilder &raw(const QJsonValue &change)
    {
        m_changes.append(change);
        ++m_seq;
        return *this;
    }
    qint64 lastSeq() const { return m_seq - 1; }
    QJsonObject page(bool hasMore = false) const
    {
        return {{QStringLiteral("changes"), m_changes},
                {QStringLiteral("next_cursor"), lastSeq()},
                {QStringLiteral("has_more"), hasMore}};
    }
    QByteArray json(bool hasMore = false) const
    {
        return QJsonDocument(page(hasMore)).toJson(QJsonDocument::Compact);
    }

private:
    qint64 m_seq;
    QJsonArray m_changes;
};

} // namespace quita::test
