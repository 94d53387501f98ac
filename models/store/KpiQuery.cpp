#include "KpiQuery.h"

#include "KpiSql.h"
#include "domain/ActivityKinds.h"
#include "domain/kpi/KpiDefinitions.h"
#include "domain/kpi/KpiRules.h"
#include "domain/kpi/KpiTally.h"
#include "domain/negotiation/AgingBuckets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <map>

Q_LOGGING_CATEGORY(lcKpi, "quita.kpi", QtInfoMsg)

namespace quita {

using namespace kpisql;

namespace {

struct DayRow
{
    qint64 activities = 0, callAttempts = 0, rpc = 0, ptp = 0, promisesMade = 0, promisesKept = 0,
           agreementsClosed = 0, collectedCents = 0;
};

struct ChannelRow
{
    qint64 activities = 0, payments = 0, attributedCents = 0;
    QMap<QString, qint64> byResult;
};

class Report
{
public:
    Report(QSqlDatabase db, const KpiQueryFilter &f) : m_db(std::move(db)), m_f(f) {}

    Result<QJsonObject> build();

private:
    // Runs `sql`, calling `row` for each result row; false (and m_error) on failure.
    bool each(const QString &sql, const std::function<void(const QSqlQuery &)> &row);
    QString where() const { return debtorConditions(m_f); }
    qint64 dayIndex(const QVariant &dayNumber) const
    {
        return dayNumber.toLongLong() - kpisql::dayNumber(m_f.from);
    }
    qint64 dayIndexOfDate(const QVariant &isoDate) const
    {
        return m_f.from.daysTo(QDate::fromString(isoDate.toString(), Qt::ISODate));
    }
    DayRow *day(qint64 index)
    {
        return index >= 0 && index < m_days.size() ? &m_days[index] : nullptr;
    }

    bool activities();
    bool agentHours();
    bool promises();
    bool agreements();
    bool money();
    bool aging();
    bool agingFromSnapshot();
    void addAccount(KpiTally &t, int bucketFrom, int bucketTo, int placement, const QString &cohort,
                    bool open, qint64 n, qint64 balance, qint64 principal);
    bool vintages();
    bool attribution();

    QSqlDatabase m_db;
    const KpiQueryFilter &m_f;
    QString m_error;
    std::map<QString, KpiTally> m_byAgent; // "" = accounts nobody holds
    QList<DayRow> m_days;
    std::map<QString, ChannelRow> m_channels;
    QList<QList<qint64>> m_roll = emptyRollMatrix();
    QList<std::pair<qint64, qint64>> m_aging; // accounts, balance per bucket
    QJsonArray m_vintages;
    QMap<QString, std::pair<qint64, qint64>> m_cohorts; // placement month -> accounts, placed
};

bool Report::each(const QString &sql, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        row(q);
    return true;
}

bool Report::activities()
{
    const QString sql =
        QStringLiteral("SELECT s.day, s.agent_id, sum(s.activities), sum(s.call_attempts), "
                       "sum(s.rpc), sum(s.ptp), sum(s.promises) FROM %1 s WHERE %2 GROUP BY "
                       "s.day, s.agent_id")
            .arg(agentDaySource(m_f), sourceConditions(m_f));
    const bool ok = each(sql, [this](const QSqlQuery &q) {
        KpiTally &t = m_byAgent[q.value(1).toString()];
        const qint64 n = q.value(2).toLongLong(), calls = q.value(3).toLongLong(),
                     rpc = q.value(4).toLongLong(), ptp = q.value(5).toLongLong(),
                     made = q.value(6).toLongLong();
        t.activities += n;
        t.callAttempts += calls;
        t.rpc += rpc;
        t.ptp += ptp;
        t.promisesMade += made;
        if (DayRow *d = day(dayIndex(q.value(0)))) {
            d->activities += n;
            d->callAttempts += calls;
            d->rpc += rpc;
            d->ptp += ptp;
            d->promisesMade += made;
        }
    });
    if (!ok)
        return false;
    const auto addChannel = [this](const QSqlQuery &q) {
        const qint64 n = q.value(2).toLongLong();
        if (n == 0)
            return; // none in the period
        ChannelRow &c = m_channels[q.value(0).toString()];
        c.activities += n;
        c.byResult[q.value(1).toString()] += n;
    };
    if (m_f.source == KpiQueryFilter::Source::Rollup && m_f.portfolioId.isEmpty()) {
        // Over every portfolio: the server's running totals (kpi_result_total), the total up
        // to the period's last day minus the total before its first, per agent, channel
        // and result.
        const QString total = QStringLiteral(
            "coalesce((SELECT t.total FROM kpi_result_total t WHERE t.agent_id = s.agent_id AND "
            "t.channel = s.channel AND t.result = s.result AND t.day %1 ORDER BY t.day DESC "
            "LIMIT 1), 0)");
        return each(QStringLiteral("SELECT s.channel, s.result, sum(%1 - %2) FROM "
                                   "kpi_result_group s WHERE %3 GROUP BY s.channel, s.result")
                        .arg(total.arg(QStringLiteral("<= %1").arg(dayNumber(m_f.to))),
                             total.arg(QStringLiteral("< %1").arg(dayNumber(m_f.from))),
                             sourceConditions(m_f)),
                    addChannel);
    }
    return each(QStringLiteral("SELECT s.channel, s.result, sum(s.activities) FROM %1 s WHERE %2 "
                               "GROUP BY s.day, s.channel, s.result")
                    .arg(activitySource(m_f), sourceConditions(m_f)),
                addChannel);
}

bool Report::agentHours()
{
    KpiQueryFilter hoursFilter = m_f; // an agent's hours whatever the portfolio or channel
    hoursFilter.portfolioId.clear();
    hoursFilter.channel.clear();
    const qint64 h0 = kpiHourOf(kpiDayStartMs(m_f.from));
    const qint64 h1 = kpiHourOf(kpiDayStartMs(m_f.to.addDays(1))) - 1;
    QString sql;
    if (m_f.source == KpiQueryFilter::Source::Rollup) {
        sql = QStringLiteral("SELECT s.agent_id, count(*) FROM kpi_agent_hour s WHERE s.hour "
                             "BETWEEN %1 AND %2 AND s.agent_id <> '' AND %3 GROUP BY s.agent_id")
                  .arg(h0)
                  .arg(h1)
                  .arg(sourceConditions(hoursFilter, false));
    } else {
        sql = QStringLiteral("SELECT s.agent_id, count(*) FROM (SELECT DISTINCT d.agent_id, "
                             "(a.occurred_at + (%1)) / %2 AS hour FROM activity a JOIN debtor d "
                             "ON d.id = a.debtor_id WHERE a.occurred_at >= %3 AND "
                             "a.occurred_at < %4 AND d.agent_id IS NOT NULL AND %5) s "
                             "GROUP BY s.agent_id")
                  .arg(kKpiDayOffsetMs)
                  .arg(kMsPerHour)
                  .arg(kpiDayStartMs(m_f.from))
                  .arg(kpiDayStartMs(m_f.to.addDays(1)))
                  .arg(debtorConditions(hoursFilter));
    }
    return each(sql, [this](const QSqlQuery &q) {
        m_byAgent[q.value(0).toString()].agentHours += q.value(1).toLongLong();
    });
}

bool Report::promises()
{
    // A promise not kept is judged once its due date + grace is before `today`: a fact of
    // its due date, so each group says which of its promises count as due.
    const qint64 today = m_f.today.isValid() ? kpisql::dayNumber(m_f.today) : -1;
    const auto add = [this, today](const QString &agent, const QVariant &dueOn, qint64 dueDay,
                                   qint64 count, qint64 kept) {
        KpiTally &t = m_byAgent[agent];
        const bool judged = today < 0 || dueDay + m_f.promiseGraceDays < today;
        t.promisesDue += judged ? count : kept;
        t.promisesKept += kept;
        if (DayRow *d = day(dayIndexOfDate(dueOn)))
            d->promisesKept += kept;
    };
    if (m_f.source == KpiQueryFilter::Source::Rollup) {
        // kpi_promise (KpiRollup): kept = marked kept; paid_day = when the payments from the
        // window start reached the amount, so promiseKept() is one comparison.
        return each(QStringLiteral("SELECT d.agent_id, d.due_on, min(d.due_day), count(*), "
                                   "sum(CASE WHEN d.kept = 1 OR d.paid_day <= d.due_day + %1 "
                                   "THEN 1 ELSE 0 END) FROM kpi_promise d WHERE d.due_on BETWEEN "
                                   "%2 AND %3 AND %4 GROUP BY d.due_on, d.agent_id")
                        .arg(m_f.promiseGraceDays)
                        .arg(dateLiteral(m_f.from), dateLiteral(m_f.to), where()),
                    [&add](const QSqlQuery &q) {
                        add(q.value(0).toString(), q.value(1), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), q.value(4).toLongLong());
                    });
    }
    const QString dn = dayNumber(m_db, QStringLiteral("pay.paid_on"));
    const QString due = dayNumber(m_db, QStringLiteral("p.due_on"));
    // DOMAIN.md: paid in full by due date + grace, counting the debtor's payments from
    // the day of the contact that made the promise (KpiRules promiseKept()).
    const QString kept =
        QStringLiteral("(p.status = 'kept' OR (SELECT coalesce(sum(pay.amount_cents), 0) FROM "
                       "payment pay WHERE pay.debtor_id = p.debtor_id AND %1 <= %2 + %3 AND %1 "
                       ">= coalesce((SELECT %4 FROM activity a WHERE a.id = p.activity_id), "
                       "%2 - 30)) >= p.amount_cents)")
            .arg(dn, due)
            .arg(m_f.promiseGraceDays)
            .arg(dayOfInstant(QStringLiteral("a.occurred_at")));
    const QString sql =
        QStringLiteral("SELECT coalesce(d.agent_id, ''), p.due_on, %1, count(*), sum(CASE WHEN "
                       "%2 THEN 1 ELSE 0 END) FROM promise p JOIN debtor d ON d.id = p.debtor_id "
                       "WHERE p.deleted = 0 AND p.status <> 'cancelled' AND p.due_on BETWEEN %3 "
                       "AND %4 AND %5 GROUP BY coalesce(d.agent_id, ''), p.due_on")
            .arg(due, kept, dateLiteral(m_f.from), dateLiteral(m_f.to), where());
    return each(sql, [&add](const QSqlQuery &q) {
        add(q.value(0).toString(), q.value(1), q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toLongLong());
    });
}

bool Report::agreements()
{
    const QString created = dayOfInstant(QStringLiteral("ag.created_at"));
    const bool closed = each(
        QStringLiteral("SELECT coalesce(d.agent_id, ''), %1, count(*) FROM agreement ag JOIN "
                       "debtor d ON d.id = ag.debtor_id WHERE ag.deleted = 0 AND ag.created_at "
                       ">= %2 AND ag.created_at < %3 AND %4 GROUP BY coalesce(d.agent_id, ''), %1")
            .arg(created)
            .arg(kpiDayStartMs(m_f.from))
            .arg(kpiDayStartMs(m_f.to.addDays(1)))
            .arg(where()),
        [this](const QSqlQuery &q) {
            m_byAgent[q.value(0).toString()].agreementsClosed += q.value(2).toLongLong();
            if (DayRow *d = day(dayIndex(q.value(1))))
                d->agreementsClosed += q.value(2).toLongLong();
        });
    if (!closed)
        return false;
    return each(QStringLiteral("SELECT coalesce(d.agent_id, ''), count(*), sum(CASE WHEN "
                               "ag.status = 'broken' THEN 1 ELSE 0 END) FROM agreement ag JOIN "
                               "debtor d ON d.id = ag.debtor_id WHERE ag.deleted = 0 AND "
                               "ag.status <> 'cancelled' AND ag.id IN (SELECT i.agreement_id "
                               "FROM installment i WHERE i.deleted = 0 AND i.due_on BETWEEN %1 "
                               "AND %2) AND %3 GROUP BY coalesce(d.agent_id, '')")
                    .arg(dateLiteral(m_f.from), dateLiteral(m_f.to), where()),
                [this](const QSqlQuery &q) {
                    KpiTally &t = m_byAgent[q.value(0).toString()];
                    t.agreementsDue += q.value(1).toLongLong();
                    t.agreementsBroken += q.value(2).toLongLong();
                });
}

bool Report::money()
{
    const QString from = dateLiteral(m_f.from), to = dateLiteral(m_f.to);
    const bool collected = each(
        QStringLiteral("SELECT coalesce(d.agent_id, ''), pay.paid_on, CASE WHEN d.placed_on IS "
                       "NULL OR d.placed_on < %1 THEN 0 WHEN d.placed_on <= %2 THEN 1 ELSE 2 END "
                       "AS placement, sum(pay.amount_cents) FROM payment pay JOIN debtor d ON "
                       "d.id = pay.debtor_id WHERE pay.paid_on BETWEEN %1 AND %2 AND %3 GROUP BY "
                       "coalesce(d.agent_id, ''), pay.paid_on, CASE WHEN d.placed_on IS NULL OR "
                       "d.placed_on < %1 THEN 0 WHEN d.placed_on <= %2 THEN 1 ELSE 2 END")
            .arg(from, to, where()),
        [this](const QSqlQuery &q) {
            KpiTally &t = m_byAgent[q.value(0).toString()];
            const qint64 cents = q.value(3).toLongLong();
            t.collectedCents += cents;
            const int placement = q.value(2).toInt();
            if (placement == 0)
                t.collectedFromOutstandingCents += cents;
            else if (placement == 1)
                t.collectedFromPlacedCents += cents;
            if (DayRow *d = day(dayIndexOfDate(q.value(1))))
                d->collectedCents += cents;
        });
    return collected;
}

// One pass over the accounts: aging at `to`, roll from `from` to `to`, outstanding at the
// start, value placed in the period, and the vintages' cohorts.
// One account's share of the aging pass; `n` accounts alike.
void Report::addAccount(KpiTally &t, int bucketFrom, int bucketTo, int placement,
                        const QString &cohort, bool open, qint64 n, qint64 balance,
                        qint64 principal)
{
    if (placement == 0)
        t.outstandingStartCents += balance;
    else if (placement == 1)
        t.placedCents += principal;
    if (!cohort.isEmpty()) {
        m_cohorts[cohort].first += n;
        m_cohorts[cohort].second += principal;
    }
    if (!open || placement == 2 || bucketTo < 0 || bucketTo >= m_aging.size() || bucketFrom < 0 ||
        bucketFrom >= m_roll.size())
        return;
    m_aging[bucketTo].first += n;
    m_aging[bucketTo].second += balance;
    if (placement == 0)
        m_roll[bucketFrom][bucketTo] += n;
}

// The aging pass over the server's snapshot (kpi_debtor, one narrow row per account),
// summed here: cheaper than grouping 100k rows by computed expressions in SQL. The
// buckets as kpisql::bucketCaseOnDays() puts them.
bool Report::agingFromSnapshot()
{
    const auto &buckets = AgingBuckets::defaults().buckets;
    const auto bucketOn = [&buckets](qint64 day, const QVariant &od, const QVariant &cov) {
        if ((!cov.isNull() && cov.toLongLong() <= day) || od.isNull())
            return 0;
        const qint64 oldest = od.toLongLong();
        for (qsizetype i = 0; i < buckets.size(); ++i) {
            if (buckets[i].maxDays >= 0 && oldest >= day - buckets[i].maxDays)
                return int(i);
        }
        return int(buckets.size() - 1);
    };
    const qint64 fromDay = dayNumber(m_f.from), toDay = dayNumber(m_f.to);
    const QString from = m_f.from.toString(Qt::ISODate), to = m_f.to.toString(Qt::ISODate);
    const QString cohortFrom =
        QDate(m_f.to.year(), m_f.to.month(), 1).addMonths(-11).toString(Qt::ISODate);
    QHash<QString, KpiTally *> tallies;
    return each(
        QStringLiteral("SELECT d.agent_id, d.placed_on, d.total_due_cents, d.principal, "
                       "d.od_day, d.cov_day FROM kpi_debtor d WHERE %1")
            .arg(where()),
        [&](const QSqlQuery &q) {
            const QString agent = q.value(0).toString();
            KpiTally *&t = tallies[agent];
            if (!t)
                t = &m_byAgent[agent];
            const QVariant placedValue = q.value(1);
            const QString placed = placedValue.isNull() ? QString() : placedValue.toString();
            const int placement = placed.isEmpty() || placed < from ? 0 : placed <= to ? 1 : 2;
            const QString cohort = !placed.isEmpty() && placed >= cohortFrom && placed <= to
                                       ? placed.left(7)
                                       : QString();
            const QVariant od = q.value(4), cov = q.value(5);
            const qint64 balance = q.value(2).toLongLong();
            addAccount(*t, bucketOn(fromDay, od, cov), bucketOn(toDay, od, cov), placement, cohort,
                       balance > 0, 1, balance, q.value(3).toLongLong());
        });
}

bool Report::aging()
{
    m_aging = QList<std::pair<qint64, qint64>>(AgingBuckets::defaults().buckets.size(), {0, 0});
    if (m_f.source == KpiQueryFilter::Source::Rollup)
        return agingFromSnapshot();
    const QString from = dateLiteral(m_f.from), to = dateLiteral(m_f.to);
    const QString cohortFrom = dateLiteral(QDate(m_f.to.year(), m_f.to.month(), 1).addMonths(-11));
    // On the server the account facts come from the snapshot kpi_debtor (KpiRollup), one
    // narrow row per account; on the desk from the debtor's titles and agreements.
    const bool rollup = m_f.source == KpiQueryFilter::Source::Rollup;
    const QString sql =
        QStringLiteral(
            "SELECT coalesce(d.agent_id, ''), %1, %2, CASE WHEN d.placed_on IS NULL OR "
            "d.placed_on < %3 THEN 0 WHEN d.placed_on <= %4 THEN 1 ELSE 2 END, CASE WHEN "
            "d.placed_on BETWEEN %5 AND %4 THEN substr(d.placed_on, 1, 7) ELSE '' END, CASE WHEN "
            "d.total_due_cents > 0 THEN 1 ELSE 0 END, count(*), sum(d.total_due_cents), "
            "sum(%6) FROM %7 WHERE %8 GROUP BY 1, 2, 3, 4, 5, 6")
            .arg(rollup ? bucketCaseOnDays(m_f.from) : bucketCase(m_f.from),
                 rollup ? bucketCaseOnDays(m_f.to) : bucketCase(m_f.to), from, to, cohortFrom,
                 rollup ? QStringLiteral("d.principal")
                        : QStringLiteral("coalesce(o.principal, 0)"),
                 rollup ? QStringLiteral("kpi_debtor d")
                        : QStringLiteral("debtor d ") + agingJoins(),
                 where());
    return each(sql, [this](const QSqlQuery &q) {
        addAccount(m_byAgent[q.value(0).toString()], q.value(1).toInt(), q.value(2).toInt(),
                   q.value(3).toInt(), q.value(4).toString(), q.value(5).toInt() == 1,
                   q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong());
    });
}

bool Report::vintages()
{
    const QDate first = QDate(m_f.to.year(), m_f.to.month(), 1).addMonths(-11);
    const QString lo = dateLiteral(first), hi = dateLiteral(m_f.to);
    const QMap<QString, std::pair<qint64, qint64>> &cohorts = m_cohorts;
    QMap<QString, QMap<QString, qint64>> paid; // month -> payment month -> cents
    const bool collected = each(
        QStringLiteral("SELECT substr(d.placed_on, 1, 7), substr(pay.paid_on, 1, 7), "
                       "sum(pay.amount_cents) FROM payment pay JOIN debtor d ON d.id = "
                       "pay.debtor_id WHERE d.placed_on BETWEEN %1 AND %2 AND pay.paid_on <= %2 "
                       "AND %3 GROUP BY substr(d.placed_on, 1, 7), substr(pay.paid_on, 1, 7)")
            .arg(lo, hi, where()),
        [&](const QSqlQuery &q) {
            paid[q.value(0).toString()][q.value(1).toString()] += q.value(2).toLongLong();
        });
    if (!collected)
        return false;
    for (auto it = cohorts.cbegin(); it != cohorts.cend(); ++it) {
        const QDate month = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        const int months = monthsBetween(month, m_f.to);
        QJsonArray curve;
        qint64 cumulative = 0;
        for (int k = 0; k <= months; ++k) {
            cumulative +=
                paid.value(it.key()).value(month.addMonths(k).toString(QStringLiteral("yyyy-MM")));
            const auto rate = kpiRate(cumulative, it.value().second);
            curve.append(QJsonObject{
                {QStringLiteral("month"), k},
                {QStringLiteral("collected_cents"), cumulative},
                {QStringLiteral("recovery_rate"), rate ? QJsonValue(*rate) : QJsonValue()}});
        }
        m_vintages.append(QJsonObject{{QStringLiteral("placement_month"), it.key()},
                                      {QStringLiteral("accounts"), it.value().first},
                                      {QStringLiteral("placed_cents"), it.value().second},
                                      {QStringLiteral("curve"), curve}});
    }
    return true;
}

// KpiRules attributedChannel() in SQL: the channel of the account's last activity from
// N days before the payment's day to the end of that day.
bool Report::attribution()
{
    const auto add = [this](const QSqlQuery &q) {
        const QString channel = q.value(0).toString();
        if (!m_f.channel.isEmpty() && channel != m_f.channel)
            return;
        ChannelRow &c = m_channels[channel];
        c.payments += q.value(1).toLongLong();
        c.attributedCents += q.value(2).toLongLong();
    };
    if (m_f.source == KpiQueryFilter::Source::Rollup) // each payment's last touch, kept
        return each(QStringLiteral("SELECT d.touch_channel, count(*), sum(d.amount_cents) FROM "
                                   "kpi_payment d WHERE d.paid_on BETWEEN %1 AND %2 AND "
                                   "d.touch_day >= d.paid_day - %3 AND %4 GROUP BY "
                                   "d.touch_channel")
                        .arg(dateLiteral(m_f.from), dateLiteral(m_f.to))
                        .arg(m_f.attributionDays)
                        .arg(where()),
                    add);
    const QString dn = dayNumber(m_db, QStringLiteral("pay.paid_on"));
    const qint64 shift = -kKpiDayOffsetMs;
    const QString touch =
        QStringLiteral("(SELECT a.channel FROM activity a WHERE a.debtor_id = pay.debtor_id AND "
                       "a.occurred_at >= (%1 - %2) * %3 + %4 AND a.occurred_at < (%1 + 1) * %3 + "
                       "%4 ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1)")
            .arg(dn)
            .arg(m_f.attributionDays)
            .arg(kMsPerDay)
            .arg(shift);
    return each(QStringLiteral("SELECT x.ch, count(*), sum(x.amount) FROM (SELECT %1 AS ch, "
                               "pay.amount_cents AS amount FROM payment pay JOIN debtor d ON d.id "
                               "= pay.debtor_id WHERE pay.paid_on BETWEEN %2 AND %3 AND %4) x "
                               "WHERE x.ch IS NOT NULL GROUP BY x.ch")
                    .arg(touch, dateLiteral(m_f.from), dateLiteral(m_f.to), where()),
                add);
}

Result<QJsonObject> Report::build()
{
    if (!m_f.from.isValid() || !m_f.to.isValid() || m_f.from > m_f.to)
        return Error{
            QStringLiteral("invalid"), QStringLiteral("from"),
            QCoreApplication::translate("Kpi", "The period must start on or before its end.")};
    m_days = QList<DayRow>(m_f.from.daysTo(m_f.to) + 1);
    using Step = bool (Report::*)();
    const std::pair<const char *, Step> steps[] = {
        {"activities", &Report::activities}, {"agent_hours", &Report::agentHours},
        {"promises", &Report::promises},     {"agreements", &Report::agreements},
        {"money", &Report::money},           {"aging", &Report::aging},
        {"vintages", &Report::vintages},     {"attribution", &Report::attribution}};
    for (const auto &[name, step] : steps) {
        QElapsedTimer timer;
        timer.start();
        if (!(this->*step)())
            return Error{QStringLiteral("sql"), {}, m_error};
        qCDebug(lcKpi) << name << double(timer.nsecsElapsed()) / 1e6 << "ms";
    }
    KpiTally totals;
    for (const auto &[agent, tally] : m_byAgent)
        totals += tally;
    QJsonArray byAgent;
    for (const KpiAgent &agent : m_f.agents) {
        const auto it = m_byAgent.find(agent.id);
        QJsonObject row = (it == m_byAgent.end() ? KpiTally{} : it->second).toJson();
        row.insert(QStringLiteral("agent_id"), agent.id);
        row.insert(QStringLiteral("agent_name"), agent.name);
        byAgent.append(row);
    }
    QJsonArray byChannel;
    for (const auto &[channel, c] : m_channels) {
        QJsonObject results;
        for (auto it = c.byResult.cbegin(); it != c.byResult.cend(); ++it)
            results.insert(it.key(), it.value());
        const auto rate = kpiRate(c.payments, c.activities);
        byChannel.append(
            QJsonObject{{QStringLiteral("channel"), channel},
                        {QStringLiteral("activities"), c.activities},
                        {QStringLiteral("contacts"), c.activities},
                        {QStringLiteral("payments"), c.payments},
                        {QStringLiteral("attributed_cents"), c.attributedCents},
                        {QStringLiteral("effectiveness"), rate ? QJsonValue(*rate) : QJsonValue()},
                        {QStringLiteral("by_result"), results}});
    }
    QJsonArray byDay;
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const DayRow &d = m_days[i];
        byDay.append(QJsonObject{{QStringLiteral("day"), m_f.from.addDays(i).toString(Qt::ISODate)},
                                 {QStringLiteral("activities"), d.activities},
                                 {QStringLiteral("call_attempts"), d.callAttempts},
                                 {QStringLiteral("rpc"), d.rpc},
                                 {QStringLiteral("ptp"), d.ptp},
                                 {QStringLiteral("promises_made"), d.promisesMade},
                                 {QStringLiteral("promises_kept"), d.promisesKept},
                                 {QStringLiteral("agreements_closed"), d.agreementsClosed},
                                 {QStringLiteral("collected_cents"), d.collectedCents}});
    }
    QJsonArray aging;
    const auto &buckets = AgingBuckets::defaults().buckets;
    for (qsizetype i = 0; i < buckets.size(); ++i)
        aging.append(QJsonObject{{QStringLiteral("bucket"), buckets[i].name},
                                 {QStringLiteral("accounts"), m_aging[i].first},
                                 {QStringLiteral("balance_cents"), m_aging[i].second}});
    return QJsonObject{
        {QStringLiteral("from"), m_f.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), m_f.to.toString(Qt::ISODate)},
        {QStringLiteral("attribution_days"), m_f.attributionDays},
        {QStringLiteral("totals"), totals.toJson()},
        {QStringLiteral("by_agent"), byAgent},
        {QStringLiteral("by_channel"), byChannel},
        {QStringLiteral("by_day"), byDay},
        {QStringLiteral("aging"), aging},
        {QStringLiteral("roll_rates"), rollRatesJson(m_roll)},
        {QStringLiteral("vintages"), m_vintages},
        {QStringLiteral("targets"),
         QJsonObject{{QStringLiteral("collected_cents_per_day"), m_f.targets.collectedCentsPerDay},
                     {QStringLiteral("agreements_per_day"), m_f.targets.agreementsPerDay},
                     {QStringLiteral("rpc_per_day"), m_f.targets.rpcPerDay}}}};
}

} // namespace

QStringList KpiCellSelector::metrics()
{
    return {QStringLiteral("call_attempts"),
            QStringLiteral("rpc"),
            QStringLiteral("ptp"),
            QStringLiteral("promises_made"),
            QStringLiteral("activities"),
            QStringLiteral("promises_due"),
            QStringLiteral("promises_kept"),
            QStringLiteral("collected"),
            QStringLiteral("recovery"),
            QStringLiteral("liquidation"),
            QStringLiteral("agreements_broken"),
            QStringLiteral("aging"),
            QStringLiteral("roll"),
            QStringLiteral("vintage")};
}

bool KpiQuery::isIdText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z-]{1,64}$"));
    return pattern.match(text).hasMatch();
}

Result<QJsonObject> KpiQuery::report(QSqlDatabase db, const KpiQueryFilter &filter)
{
    return Report(std::move(db), filter).build();
}

} // namespace quita
