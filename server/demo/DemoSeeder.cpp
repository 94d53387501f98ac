#include "DemoSeeder.h"

#include "auth/Accounts.h"
#include "protest/ProtestRows.h"
#include "store/DemoIndexes.h"
#include "store/SqlValues.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"

#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace quita::server {
namespace {

constexpr int kDebtorsPerTransaction = 2000;

// Buffers one debtor with its rows (the debtor's total due is known only after its
// titles) and writes them with their change-log entries.
class SeedWriter final : public DemoSink
{
public:
    SeedWriter(const ServerStore &store, QSqlDatabase db, qint64 now, QStringList agents)
        : m_store(store), m_db(std::move(db)), m_log(m_db), m_now(now), m_agents(std::move(agents))
    {
        for (const Entity *e :
             {&entities::creditor(), &entities::portfolio(), &entities::debtor(),
              &entities::contactPoint(), &entities::title(), &entities::activity(),
              &entities::promise(), &entities::indexValue()}) {
            auto q = std::make_unique<QSqlQuery>(m_db);
            q->prepare(e->name == entities::debtor().name
                           ? e->insertSql().replace(QLatin1String(") VALUES ("),
                                                    QLatin1String(", total_due_cents) VALUES (?,"))
                           : e->insertSql());
            m_inserts[e->name] = std::move(q);
        }
    }

    Status begin()
    {
        m_seq = m_log.head();
        return m_store.beginWrite(m_db) ? Status(Done{})
                                        : Error{QStringLiteral("sql"), {}, m_db.lastError().text()};
    }
    // The correction indexes' monthly values, as reference rows every desk receives.
    void writeIndexes(const IndexSeries &series)
    {
        for (CorrectionIndex kind : kPublishedIndexes) {
            for (const IndexSeries::Month &m : series.months(kind))
                write(entities::indexValue(),
                      {indexValueId(kind, m.year, m.month), correctionIndexName(kind),
                       QStringLiteral("%1-%2").arg(m.year).arg(m.month, 2, 10, QLatin1Char('0')),
                       m.ppm, 1, m_now},
                      {});
        }
    }

    Status finish()
    {
        flushDebtor();
        if (m_error.isEmpty()) {
            if (auto head = m_log.setHead(m_seq); !head)
                m_error = head.error().message;
        }
        if (!m_error.isEmpty() || !m_db.commit()) {
            const QString why = m_error.isEmpty() ? m_db.lastError().text() : m_error;
            m_db.rollback();
            return Error{QStringLiteral("sql"), {}, QStringLiteral("demo seed: %1").arg(why)};
        }
        return Done{};
    }

    void addCreditor(const Creditor &c) override
    {
        write(entities::creditor(),
              {sql::id(c.id), c.name, c.document.value(), c.account.bankCode, c.account.agency,
               c.account.account, c.account.wallet, c.account.pixKey, c.account.pixCity, 1, m_now,
               0},
              {});
    }
    void addPortfolio(const Portfolio &p) override
    {
        write(entities::portfolio(),
              {sql::id(p.id), sql::id(p.creditorId), p.name, sql::text(p.chargeTerms), p.graceDays,
               sql::text(p.negotiationPolicy), 1, m_now, 0},
              {});
    }
    void addDebtor(const Debtor &d) override
    {
        flushDebtor();
        if (++m_inBatch >= kDebtorsPerTransaction && m_error.isEmpty()) {
            m_inBatch = 0;
            if (auto head = m_log.setHead(m_seq); !head)
                m_error = head.error().message;
            else if (!m_db.commit() || !m_store.beginWrite(m_db))
                m_error =
                    QStringLiteral("cannot start the next batch: %1").arg(m_db.lastError().text());
        }
        const QString holder = DemoSeeder::holderOf(m_debtorIndex++, m_agents);
        m_debtorId = sql::id(d.id).toString();
        m_debtor = {sql::id(d.id),
                    sql::id(d.portfolioId),
                    d.name,
                    d.document.value(),
                    sql::text(d.address.street),
                    sql::text(d.address.neighborhood),
                    sql::text(d.address.city),
                    d.address.state,
                    sql::text(d.address.postalCode),
                    sql::date(d.placedOn),
                    d.declaredMonthlyCapacity.cents(),
                    holder.isEmpty() ? QVariant() : QVariant(holder),
                    1,
                    m_now,
                    0};
        m_due = 0;
    }
    void addContactPoint(const ContactPoint &p) override
    {
        m_children.append(
            {&entities::contactPoint(),
             {sql::id(p.id), sql::id(p.debtorId), ContactPoint::kindName(p.kind), p.value,
              sql::text(p.label), int(p.primary), int(p.consentVoice), int(p.consentSms),
              int(p.consentWhatsapp), int(p.consentEmail), int(p.optOutVoice), int(p.optOutSms),
              int(p.optOutWhatsapp), int(p.optOutEmail), 1, m_now, 0}});
    }
    void addTitle(const Title &t) override
    {
        m_due += t.openBalance.cents();
        m_children.append({&entities::title(),
                           {sql::id(t.id), sql::id(t.debtorId), t.number, t.kind,
                            sql::date(t.issueDate), sql::date(t.dueDate), t.principal.cents(),
                            t.openBalance.cents(), int(t.disputed), 1, m_now, 0}});
    }
    void addActivity(const Activity &a) override
    {
        m_children.append(
            {&entities::activity(),
             {sql::id(a.id), sql::id(a.debtorId), channelName(a.channel),
              directionName(a.direction), a.result, sql::instant(a.occurredAt), sql::text(a.agent),
              sql::text(a.summary), sql::text(a.body), sql::instant(a.callbackAt), 1, m_now}});
    }
    void addPromise(const Promise &p) override
    {
        m_children.append(
            {&entities::promise(),
             {sql::id(p.id), sql::id(p.debtorId), sql::id(p.activityId), sql::date(p.dueDate),
              p.amount.cents(), Promise::statusName(p.status), 1, m_now, 0}});
    }

private:
    void flushDebtor()
    {
        if (m_debtor.isEmpty())
            return;
        QVariantList debtor = m_debtor;
        debtor.append(m_due);
        write(entities::debtor(), debtor, m_debtorId);
        for (const auto &[entity, values] : std::as_const(m_children))
            write(*entity, values, m_debtorId);
        m_debtor.clear();
        m_children.clear();
    }

    void write(const Entity &entity, const QVariantList &values, const QString &debtorId)
    {
        if (!m_error.isEmpty())
            return;
        QSqlQuery &q = *m_inserts.at(entity.name);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return;
        }
        const QJsonObject row = entity.toJson(values);
        if (auto logged =
                m_log.append(++m_seq, QLatin1String(entity.name), values.first().toString(),
                             debtorId, QStringLiteral("upsert"), row, m_now);
            !logged)
            m_error = logged.error().message;
    }

    const ServerStore &m_store;
    QSqlDatabase m_db;
    ChangeLog m_log;
    qint64 m_now;
    QStringList m_agents;
    std::map<std::string, std::unique_ptr<QSqlQuery>> m_inserts;
    QString m_error;
    qint64 m_seq = 0;
    int m_inBatch = 0;
    int m_debtorIndex = 0;
    QString m_debtorId;
    QVariantList m_debtor;
    qint64 m_due = 0;
    QList<std::pair<const Entity *, QVariantList>> m_children;
};

} // namespace

QString DemoSeeder::holderOf(int debtorIndex, const QStringList &agentIds)
{
    if (debtorIndex % 10 == 9 || agentIds.isEmpty())
        return {};
    const int assigned = debtorIndex - (debtorIndex + 1) / 10; // the pool's are skipped
    return agentIds[assigned % agentIds.size()];
}

Status DemoSeeder::seedUsers(const QString &password)
{
    Accounts accounts(m_store.connection());
    if (accounts.findUser(QStringLiteral("admin")))
        return Done{};
    auto carla = accounts.createUser(QStringLiteral("carla"), QStringLiteral("Carla Mendes"),
                                     QStringLiteral("supervisor"), password);
    if (!carla)
        return carla.error();
    for (const auto &[name, display] :
         {std::pair{QStringLiteral("ana"), QStringLiteral("Ana Souza")},
          std::pair{QStringLiteral("bruno"), QStringLiteral("Bruno Lima")}}) {
        auto agent =
            accounts.createUser(name, display, QStringLiteral("agent"), password, carla->id);
        if (!agent)
            return agent.error();
    }
    auto admin = accounts.createUser(QStringLiteral("admin"), QStringLiteral("Administrador"),
                                     QStringLiteral("admin"), password);
    if (!admin)
        return admin.error();
    return Done{};
}

Status DemoSeeder::seedPortfolio(DemoOptions options, QStringList agentIds)
{
    QSqlDatabase db = m_store.connection();
    {
        QSqlQuery any(db);
        if (!any.exec(QStringLiteral("SELECT 1 FROM debtor LIMIT 1")))
            return Error{QStringLiteral("sql"), {}, any.lastError().text()};
        if (any.next())
            return Done{};
    }
    if (agentIds.isEmpty()) {
        Accounts accounts(db);
        const auto ana = accounts.findUser(QStringLiteral("ana"));
        const auto bruno = accounts.findUser(QStringLiteral("bruno"));
        if (!ana || !bruno)
            return Error{QStringLiteral("missing"), {}, QStringLiteral("demo users are missing")};
        agentIds = {ana->id.toString(QUuid::WithoutBraces),
                    bruno->id.toString(QUuid::WithoutBraces)};
    }
    if (!options.today.isValid())
        options.today = m_clock.today();
    SeedWriter writer(m_store, db, m_clock.nowUtc().toMSecsSinceEpoch(), agentIds);
    if (auto begun = writer.begin(); !begun)
        return begun;
    DemoPortfolioGenerator generator(options);
    generator.generate(writer);
    const auto series = demoIndexSeries();
    if (!series)
        return series.error();
    writer.writeIndexes(*series);
    if (Status finished = writer.finish(); !finished)
        return finished;
    return protest::seedDemoSettings(db, m_clock.nowUtc().toMSecsSinceEpoch());
}

} // namespace quita::server
