#pragma once

// A GET /api/v1/kpis answer of realistic shape and size, made up deterministically: the
// benchmark's team (100 agents x 90 days x every channel x 24 vintages) and the
// screenshots' data. Not a fixture to assert figures on.
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>

namespace quita::bench {

struct SyntheticKpiOptions
{
    int agents = 100;
    int days = 90;
    int vintages = 24;
    QDate to = QDate(2026, 11, 30);
    quint32 seed = 7;
};

inline QJsonObject syntheticKpiReport(const SyntheticKpiOptions &o = {})
{
    quint32 state = o.seed;
    const auto rnd = [&state] { // 0..1, an LCG is enough here
        state = state * 1664525u + 1013904223u;
        return double(state >> 8) / double(1u << 24);
    };
    const auto rate = [](qint64 num, qint64 den) {
        return den > 0 ? QJsonValue(double(num) / double(den)) : QJsonValue(QJsonValue::Null);
    };
    static const char *first[] = {"Ana",     "Bruno",    "Carla",   "Diego",   "Eduarda",
                                  "Felipe",  "Gabriela", "Heitor",  "Isabela", "João",
                                  "Larissa", "Marcos",   "Natália", "Otávio",  "Paula",
                                  "Rafael",  "Sabrina",  "Tiago",   "Vanessa", "Wagner"};
    static const char *last[] = {"Souza", "Lima",   "Alves", "Pereira", "Costa",
                                 "Rocha", "Santos", "Dias",  "Ribeiro", "Martins"};
    const QDate from = o.to.addDays(-(o.days - 1));
    QJsonArray agents;
    qint64 tot[12] = {};
    double hours = 0;
    for (int a = 0; a < o.agents; ++a) {
        const double skill = 0.6 + 0.8 * rnd();
        const qint64 calls = qint64(o.days * (40 + 50 * rnd()));
        const qint64 rpc = qint64(double(calls) * (0.18 + 0.2 * rnd()) * std::min(1.3, skill));
        const qint64 ptp = qint64(double(rpc) * (0.15 + 0.2 * rnd()));
        const qint64 due = qint64(double(ptp) * 0.8);
        const qint64 kept = qint64(double(due) * (0.35 + 0.4 * rnd()));
        const qint64 agreements = qint64(double(ptp) * 0.3);
        const qint64 agreementsDue = qint64(double(agreements) * 1.4) + (a % 9 == 0 ? 0 : 1);
        const qint64 broken = qint64(double(agreementsDue) * (0.05 + 0.3 * rnd()));
        const qint64 collected = qint64(double(kept) * (25000 + 60000 * rnd()) * skill);
        const double h = o.days * 6.0 * (0.85 + 0.15 * rnd());
        const qint64 outstanding = qint64(5e8 + 5e8 * rnd());
        QJsonObject row{
            {QStringLiteral("agent_id"),
             QStringLiteral("agent-%1").arg(a, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("agent_name"),
             QStringLiteral("%1 %2").arg(QString::fromUtf8(first[a % 20]),
                                         QString::fromUtf8(last[(a / 20 + a) % 10]))},
            {QStringLiteral("activities"), calls + qint64(calls * 0.4)},
            {QStringLiteral("call_attempts"), calls},
            {QStringLiteral("rpc"), rpc},
            {QStringLiteral("rpc_rate"), rate(rpc, calls)},
            {QStringLiteral("ptp"), ptp},
            {QStringLiteral("ptp_rate"), rate(ptp, rpc)},
            {QStringLiteral("promises_made"), ptp},
            {QStringLiteral("promises_due"), due},
            {QStringLiteral("promises_kept"), kept},
            {QStringLiteral("promise_kept_rate"), rate(kept, due)},
            {QStringLiteral("agreements_closed"), agreements},
            {QStringLiteral("agreements_due"), agreementsDue},
            {QStringLiteral("agreements_broken"), broken},
            {QStringLiteral("agreement_break_rate"), rate(broken, agreementsDue)},
            {QStringLiteral("collected_cents"), collected},
            {QStringLiteral("agent_hours"), h},
            {QStringLiteral("collected_per_agent_hour_cents"), qint64(double(collected) / h)},
            {QStringLiteral("outstanding_start_cents"), outstanding},
            {QStringLiteral("recovery_rate"), rate(collected, outstanding)},
            {QStringLiteral("placed_cents"), 0},
            {QStringLiteral("liquidation_rate"), QJsonValue(QJsonValue::Null)}};
        agents.append(row);
        const qint64 add[12] = {calls + qint64(calls * 0.4),
                                calls,
                                rpc,
                                ptp,
                                ptp,
                                due,
                                kept,
                                agreements,
                                agreementsDue,
                                broken,
                                collected,
                                outstanding};
        for (int i = 0; i < 12; ++i)
            tot[i] += add[i];
        hours += h;
    }
    const QJsonObject totals{{QStringLiteral("activities"), tot[0]},
                             {QStringLiteral("call_attempts"), tot[1]},
                             {QStringLiteral("rpc"), tot[2]},
                             {QStringLiteral("rpc_rate"), rate(tot[2], tot[1])},
                             {QStringLiteral("ptp"), tot[3]},
                             {QStringLiteral("ptp_rate"), rate(tot[3], tot[2])},
                             {QStringLiteral("promises_made"), tot[4]},
                             {QStringLiteral("promises_due"), tot[5]},
                             {QStringLiteral("promises_kept"), tot[6]},
                             {QStringLiteral("promise_kept_rate"), rate(tot[6], tot[5])},
                             {QStringLiteral("agreements_closed"), tot[7]},
                             {QStringLiteral("agreements_due"), tot[8]},
                             {QStringLiteral("agreements_broken"), tot[9]},
                             {QStringLiteral("agreement_break_rate"), rate(tot[9], tot[8])},
                             {QStringLiteral("collected_cents"), tot[10]},
                             {QStringLiteral("agent_hours"), hours},
                             {QStringLiteral("collected_per_agent_hour_cents"),
                              hours > 0 ? qint64(double(tot[10]) / hours) : 0},
                             {QStringLiteral("outstanding_start_cents"), tot[11]},
                             {QStringLiteral("recovery_rate"), rate(tot[10], tot[11])},
                             {QStringLiteral("placed_cents"), qint64(tot[11] / 12)},
                             {QStringLiteral("liquidation_rate"), rate(tot[10], tot[11] / 12)}};

    struct Ch
    {
        const char *name;
        double share, contact, pay;
        QStringList results;
    };
    const Ch channels[] = {
        {"phone",
         0.55,
         0.30,
         0.050,
         {QStringLiteral("rpc"), QStringLiteral("ptp"), QStringLiteral("no_answer"),
          QStringLiteral("left_message"), QStringLiteral("wrong_number")}},
        {"whatsapp",
         0.18,
         0.45,
         0.060,
         {QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("replied")}},
        {"sms", 0.10, 0.12, 0.020, {QStringLiteral("delivered"), QStringLiteral("failed")}},
        {"email",
         0.08,
         0.10,
         0.015,
         {QStringLiteral("delivered"), QStringLiteral("read"), QStringLiteral("bounced")}},
        {"chat", 0.02, 0.60, 0.080, {QStringLiteral("replied")}},
        {"social", 0.01, 0.40, 0.030, {QStringLiteral("delivered"), QStringLiteral("replied")}},
        {"portal", 0.02, 0.90, 0.200, {QStringLiteral("simulated"), QStringLiteral("paid")}},
        {"ivr", 0.02, 0.25, 0.040, {QStringLiteral("no_answer"), QStringLiteral("rpc")}},
        {"letter", 0.01, 0.05, 0.010, {QStringLiteral("delivered")}},
        {"visit", 0.01, 0.70, 0.120, {QStringLiteral("visited"), QStringLiteral("rpc")}}};
    QJsonArray byChannel;
    for (const Ch &c : channels) {
        const qint64 acts = qint64(double(tot[0]) * c.share);
        const qint64 contacts = qint64(double(acts) * c.contact);
        const qint64 payments = qint64(double(contacts) * c.pay);
        QJsonObject results;
        qint64 left = acts;
        for (qsizetype i = 0; i < c.results.size(); ++i) {
            const qint64 n =
                i + 1 == c.results.size() ? left : qint64(double(left) * (0.3 + 0.3 * rnd()));
            results.insert(c.results.at(i), n);
            left -= n;
        }
        byChannel.append(QJsonObject{{QStringLiteral("channel"), QLatin1String(c.name)},
                                     {QStringLiteral("activities"), acts},
                                     {QStringLiteral("contacts"), contacts},
                                     {QStringLiteral("payments"), payments},
                                     {QStringLiteral("attributed_cents"), payments * 48000},
                                     {QStringLiteral("effectiveness"), rate(payments, contacts)},
                                     {QStringLiteral("by_result"), results}});
    }
    QJsonArray byDay;
    for (int d = 0; d < o.days; ++d) {
        const QDate day = from.addDays(d);
        const bool weekend = day.dayOfWeek() >= 6;
        const double k = (weekend ? 0.15 : 1.0) * (0.8 + 0.4 * rnd()) / double(o.days) *
                         (double(o.days) / (o.days * 5.0 / 7.0 + o.days * 0.3 / 7.0));
        byDay.append(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                 {QStringLiteral("activities"), qint64(double(tot[0]) * k)},
                                 {QStringLiteral("call_attempts"), qint64(double(tot[1]) * k)},
                                 {QStringLiteral("rpc"), qint64(double(tot[2]) * k)},
                                 {QStringLiteral("ptp"), qint64(double(tot[3]) * k)},
                                 {QStringLiteral("promises_made"), qint64(double(tot[4]) * k)},
                                 {QStringLiteral("promises_kept"), qint64(double(tot[6]) * k)},
                                 {QStringLiteral("agreements_closed"), qint64(double(tot[7]) * k)},
                                 {QStringLiteral("collected_cents"), qint64(double(tot[10]) * k)}});
    }
    const QStringList buckets{QStringLiteral("current"), QStringLiteral("1-30"),
                              QStringLiteral("31-60"),   QStringLiteral("61-90"),
                              QStringLiteral("91-180"),  QStringLiteral("181-360"),
                              QStringLiteral("360+")};
    const double accountShare[] = {0.22, 0.14, 0.10, 0.08, 0.16, 0.14, 0.16};
    const double ticket[] = {180000, 210000, 240000, 260000, 320000, 410000, 520000};
    QJsonArray aging;
    const qint64 accounts = qint64(o.agents) * 1200;
    for (int b = 0; b < 7; ++b) {
        const qint64 n = qint64(double(accounts) * accountShare[b]);
        aging.append(QJsonObject{{QStringLiteral("bucket"), buckets.at(b)},
                                 {QStringLiteral("accounts"), n},
                                 {QStringLiteral("balance_cents"), qint64(double(n) * ticket[b])}});
    }
    QJsonArray counts;
    QJsonArray rates;
    for (int i = 0; i < 7; ++i) {
        QJsonArray cs;
        QJsonArray rs;
        const qint64 n = qint64(double(accounts) * accountShare[i] * 0.9);
        double weights[7] = {};
        weights[0] = i == 0 ? 0.78 : 0.04 + 0.02 * rnd();
        if (i > 0)
            weights[i] = 0.35 + 0.2 * rnd();
        if (i < 6)
            weights[i + 1] = i == 0 ? 0.2 : 0.5 + 0.1 * rnd();
        else
            weights[i] = 0.95;
        double sum = 0;
        for (double w : weights)
            sum += w;
        for (int j = 0; j < 7; ++j) {
            const qint64 c = qint64(double(n) * weights[j] / sum);
            cs.append(c);
            rs.append(rate(c, n));
        }
        counts.append(cs);
        rates.append(rs);
    }
    QJsonArray vintages;
    const QDate lastMonth(o.to.year(), o.to.month(), 1);
    for (int v = 0; v < o.vintages; ++v) {
        const QDate month = lastMonth.addMonths(-(o.vintages - 1 - v));
        const int age = o.vintages - 1 - v;
        const qint64 placed = qint64(8e8 + 4e8 * rnd());
        const double speed = 0.035 + 0.02 * rnd();
        QJsonArray curve;
        for (int m = 0; m <= age; ++m) {
            const double r = 0.42 * (1 - std::exp(-speed * 2.2 * (m + 0.5)));
            curve.append(
                QJsonObject{{QStringLiteral("month"), m},
                            {QStringLiteral("collected_cents"), qint64(double(placed) * r)},
                            {QStringLiteral("recovery_rate"), r}});
        }
        vintages.append(QJsonObject{
            {QStringLiteral("placement_month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("accounts"), qint64(placed / 250000)},
            {QStringLiteral("placed_cents"), placed},
            {QStringLiteral("curve"), curve}});
    }
    // Targets are per agent and day.
    const double workdays = std::max(1.0, o.days * 5.0 / 7.0) * std::max(1, o.agents);
    return QJsonObject{
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), o.to.toString(Qt::ISODate)},
        {QStringLiteral("attribution_days"), 30},
        {QStringLiteral("totals"), totals},
        {QStringLiteral("by_agent"), agents},
        {QStringLiteral("by_channel"), byChannel},
        {QStringLiteral("by_day"), byDay},
        {QStringLiteral("aging"), aging},
        {QStringLiteral("roll_rates"),
         QJsonObject{{QStringLiteral("buckets"), QJsonArray::fromStringList(buckets)},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("rates"), rates}}},
        {QStringLiteral("vintages"), vintages},
        {QStringLiteral("targets"),
         QJsonObject{
             {QStringLiteral("collected_cents_per_day"), qint64(double(tot[10]) / workdays * 1.1)},
             {QStringLiteral("agreements_per_day"), double(tot[7]) / workdays * 1.1},
             {QStringLiteral("rpc_per_day"), double(tot[2]) / workdays * 1.1}}}};
}

} // namespace quita::bench
