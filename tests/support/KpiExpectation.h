#pragma once

// The independent count of TestKpiApi: the store's rows read back one by one and counted
// with the domain's single-row rules (KpiRules, KpiTally), no SQL aggregation.
#include "domain/kpi/KpiDefinitions.h"
#include "domain/kpi/KpiRules.h"
#include "domain/kpi/KpiTally.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace quita::test {

struct KpiExpectation
{
    std::map<QString, KpiTally> byAgent; // "" = nobody's
    KpiTally totals;
    std::map<QString, std::pair<qint64, qint64>> attributed; // channel -> payments, cents
    std::map<QString, qint64> contacts;                      // channel -> activities
    QList<qint64> agingAccounts = QList<qint64>(7, 0);
    QList<QList<qint64>> roll = emptyRollMatrix();
    QList<qint64> dayActivities;
    qint64 dayCollected = 0;

    // scope: nullopt = every account.
    static KpiExpectation count(QSqlDatabase db, QDate from, QDate to,
                                const std::optional<QStringList> &scope, int windowDays = 30,
                                int grace = 5, QDate today = {})
    {
        KpiExpectation e;
        e.dayActivities = QList<qint64>(from.daysTo(to) + 1, 0);
        struct D
        {
            QString agent;
            QDate placed;
            qint64 due = 0;
            std::optional<QDate> oldest;
            QList<std::pair<qint64, bool>> agreements; // created_at, counts as covering
        };
        std::map<QString, D> debtors;
        QSqlQuery q(db);
        q.exec("SELECT id, coalesce(agent_id, ''), placed_on, total_due_cents FROM debtor WHERE "
               "deleted = 0");
        while (q.next()) {
            const QString agent = q.value(1).toString();
            if (scope && !scope->contains(agent))
                continue;
            debtors[q.value(0).toString()] = {agent,
                                              QDate::fromString(q.value(2).toString(), Qt::ISODate),
                                              q.value(3).toLongLong(),
                                              std::nullopt,
                                              {}};
        }
        auto find = [&](const QVariant &id) -> D * {
            const auto it = debtors.find(id.toString());
            return it == debtors.end() ? nullptr : &it->second;
        };
        const qint64 start = kpiDayStartMs(from), end = kpiDayStartMs(to.addDays(1));
        std::map<QString, QList<KpiTouch>> touches;
        std::map<QString, qint64> madeAt; // activity id -> occurred_at
        std::map<QString, std::set<qint64>> hours;
        q.exec("SELECT id, debtor_id, channel, direction, result, occurred_at FROM activity");
        while (q.next()) {
            madeAt[q.value(0).toString()] = q.value(5).toLongLong();
            D *d = find(q.value(1));
            if (!d)
                continue;
            const qint64 at = q.value(5).toLongLong();
            touches[q.value(1).toString()].append({at, q.value(2).toString()});
            if (at < start || at >= end)
                continue;
            KpiTally &t = e.byAgent[d->agent];
            tallyActivity(t, q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
            if (q.value(4).toString() == QLatin1String("ptp"))
                ++t.promisesMade;
            ++e.contacts[q.value(2).toString()];
            ++e.dayActivities[from.daysTo(kpiDayOf(at))];
            if (!d->agent.isEmpty())
                hours[d->agent].insert(kpiHourOf(at));
        }
        for (const auto &[agent, set] : hours)
            e.byAgent[agent].agentHours = qint64(set.size());
        std::map<QString, QList<KpiPayment>> payments;
        q.exec("SELECT debtor_id, paid_on, amount_cents FROM payment");
        while (q.next())
            payments[q.value(0).toString()].append(
                {QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toLongLong()});
        for (const auto &[id, list] : payments) {
            D *d = find(id);
            if (!d)
                continue;
            for (const KpiPayment &p : list) {
                if (p.paidOn < from || p.paidOn > to)
                    continue;
                KpiTally &t = e.byAgent[d->agent];
                t.collectedCents += p.amountCents;
                e.dayCollected += p.amountCents;
                if (!d->placed.isValid() || d->placed < from)
                    t.collectedFromOutstandingCents += p.amountCents;
                else if (d->placed <= to)
                    t.collectedFromPlacedCents += p.amountCents;
                if (const auto ch = attributedChannel(p.paidOn, touches[id], windowDays)) {
                    ++e.attributed[*ch].first;
                    e.attributed[*ch].second += p.amountCents;
                }
            }
        }
        q.exec("SELECT debtor_id, activity_id, due_on, amount_cents, status FROM promise WHERE "
               "deleted = 0 AND status <> 'cancelled'");
        while (q.next()) {
            D *d = find(q.value(0));
            const QDate due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (!d || due < from || due > to)
                continue;
            const auto made = madeAt.find(q.value(1).toString());
            const QDate madeOn = made == madeAt.end() ? QDate() : kpiDayOf(made->second);
            const bool kept = promiseKept(madeOn, due, q.value(3).toLongLong(),
                                          q.value(4).toString() == QLatin1String("kept"),
                                          payments[q.value(0).toString()], grace);
            // Not kept and still within its grace on `today`: not judged yet.
            if (!kept && today.isValid() && due.addDays(grace) >= today)
                continue;
            KpiTally &t = e.byAgent[d->agent];
            ++t.promisesDue;
            if (kept)
                ++t.promisesKept;
        }
        std::map<QString, QList<QDate>> dues;
        q.exec("SELECT agreement_id, due_on FROM installment WHERE deleted = 0");
        while (q.next())
            dues[q.value(0).toString()].append(
                QDate::fromString(q.value(1).toString(), Qt::ISODate));
        q.exec("SELECT id, debtor_id, status, created_at FROM agreement WHERE deleted = 0");
        while (q.next()) {
            D *d = find(q.value(1));
            if (!d)
                continue;
            const QString status = q.value(2).toString();
            const qint64 created = q.value(3).toLongLong();
            d->agreements.append({created, status == QLatin1String("pending") ||
                                               status == QLatin1String("active") ||
                                               status == QLatin1String("settled")});
            KpiTally &t = e.byAgent[d->agent];
            if (created >= start && created < end)
                ++t.agreementsClosed;
            const auto &list = dues[q.value(0).toString()];
            const bool due = std::any_of(list.begin(), list.end(),
                                         [&](QDate x) { return x >= from && x <= to; });
            if (due && status != QLatin1String("cancelled")) {
                ++t.agreementsDue;
                if (status == QLatin1String("broken"))
                    ++t.agreementsBroken;
            }
        }
        q.exec("SELECT debtor_id, due_on, open_balance_cents, principal_cents FROM title WHERE "
               "deleted = 0");
        while (q.next()) {
            D *d = find(q.value(0));
            if (!d)
                continue;
            const QDate due = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            if (q.value(2).toLongLong() > 0 && (!d->oldest || due < *d->oldest))
                d->oldest = due;
            if (d->placed.isValid() && d->placed >= from && d->placed <= to)
                e.byAgent[d->agent].placedCents += q.value(3).toLongLong();
        }
        for (const auto &[id, d] : debtors) {
            if (!d.placed.isValid() || d.placed < from)
                e.byAgent[d.agent].outstandingStartCents += d.due;
            if (d.due <= 0 || (d.placed.isValid() && d.placed > to))
                continue;
            auto covered = [&](QDate day) {
                return std::any_of(d.agreements.begin(), d.agreements.end(), [&](const auto &a) {
                    return a.second && a.first < kpiDayStartMs(day.addDays(1));
                });
            };
            const int bt = agingIndexOn(to, d.oldest, covered(to));
            ++e.agingAccounts[bt];
            if (!d.placed.isValid() || d.placed < from)
                ++e.roll[agingIndexOn(from, d.oldest, covered(from))][bt];
        }
        for (const auto &[agent, t] : e.byAgent)
            e.totals += t;
        return e;
    }
};

// Agreements, installments and payments for some of the debtors of each kind: paid on
// time, paid late, broken, a payment far from any touch, placed in the period.
inline QString seedKpiMoney(QSqlDatabase db, QDate from)
{
    QString error;
    auto exec = [&](const QString &sql) {
        QSqlQuery x(db);
        if (error.isEmpty() && !x.exec(sql))
            error = x.lastError().text() + QStringLiteral(": ") + sql;
    };
    QSqlQuery q(db);
    q.exec("SELECT d.id, (SELECT creditor_id FROM portfolio p WHERE p.id = d.portfolio_id) "
           "FROM debtor d ORDER BY d.id");
    QList<std::pair<QString, QString>> debtors;
    while (q.next())
        debtors.append({q.value(0).toString(), q.value(1).toString()});
    if (debtors.size() < 30)
        return QStringLiteral("the fixture needs 30 debtors");
    const QStringList statuses{"active", "broken", "settled", "cancelled", "active", "pending"};
    for (int i = 0; i < 24; ++i) {
        const auto &[debtor, creditor] = debtors[i];
        const QString ag = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDate created = from.addDays(i * 3 - 10);
        exec(QStringLiteral(
                 "INSERT INTO agreement (id, debtor_id, creditor_id, kind, status, as_of, "
                 "principal_cents, fine_cents, interest_cents, correction_cents, fees_cents, "
                 "discount_cents, total_cents, monthly_rate_ppm, installment_count, title_ids, "
                 "created_by, created_at, updated_at) VALUES ('%1', '%2', '%3', 'flat', '%4', "
                 "'%5', 30000, 0, 0, 0, 0, 0, 30000, 0, 3, '[]', 'Ana', %6, 0)")
                 .arg(ag, debtor, creditor, statuses[i % statuses.size()],
                      created.toString(Qt::ISODate))
                 .arg(kpiDayStartMs(created) + 13 * kMsPerHour));
        for (int k = 0; k < 3; ++k) {
            const QString inst = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QDate due = created.addDays(10 + 30 * k);
            exec(QStringLiteral("INSERT INTO installment (id, agreement_id, debtor_id, "
                                "creditor_id, number, due_on, amount_cents, our_number, status, "
                                "updated_at) VALUES ('%1', '%2', '%3', '%4', %5, '%6', 10000, "
                                "'%7', 'open', 0)")
                     .arg(inst, ag, debtor, creditor)
                     .arg(k + 1)
                     .arg(due.toString(Qt::ISODate))
                     .arg(i * 3 + k + 1000));
            if ((i + k) % 3 == 0)
                continue; // unpaid
            // Paid 0..(i % 9) days after due; some payments land outside the period.
            exec(QStringLiteral("INSERT INTO payment (id, debtor_id, agreement_id, "
                                "installment_id, amount_cents, paid_on, source, created_at, "
                                "updated_at) VALUES ('%1', '%2', '%3', '%4', %5, '%6', "
                                "'manual', 0, 0)")
                     .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), debtor, ag, inst)
                     .arg(k == 2 ? 9999 : 10000)
                     .arg(due.addDays(i % 9).toString(Qt::ISODate)));
        }
    }
    // Accounts placed in the period, and one under its agreement since before `from`.
    exec(QStringLiteral("UPDATE debtor SET placed_on = '2026-10-05' WHERE id IN ('%1', '%2')")
             .arg(debtors[25].first, debtors[26].first));
    exec(QStringLiteral("UPDATE debtor SET placed_on = '2026-12-05' WHERE id = '%1'")
             .arg(debtors[27].first));
    return error;
}

} // namespace quita::test
