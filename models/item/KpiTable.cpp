#include "KpiTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSaveFile>

namespace quita {

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString field(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return quoted(value.toString());
    }
}

QVariant rate(const KpiRate &r)
{
    return r ? QVariant(*r) : QVariant();
}

QVariant share(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}

} // namespace

QString KpiTable::toCsv() const
{
    QString out;
    QStringList line;
    for (const QString &name : header)
        line << quoted(name);
    out += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QVariantList &row : rows) {
        line.clear();
        for (const QVariant &value : row)
            line << field(value);
        out += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

bool KpiTable::saveCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("KpiTable", "%1 could not be written: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

KpiTable kpiDailyTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("day"),
                           QStringLiteral("activities"),
                           QStringLiteral("call_attempts"),
                           QStringLiteral("rpc"),
                           QStringLiteral("ptp"),
                           QStringLiteral("promises_made"),
                           QStringLiteral("promises_kept"),
                           QStringLiteral("agreements_closed"),
                           QStringLiteral("collected_cents"),
                           QStringLiteral("target_collected_cents")};
    const qint64 target = report.targets.collectedCentsPerDay;
    for (const KpiDay &d : report.byDay)
        t.rows << QVariantList{d.day,
                               d.activities,
                               d.callAttempts,
                               d.rpc,
                               d.ptp,
                               d.promisesMade,
                               d.promisesKept,
                               d.agreementsClosed,
                               d.collectedCents,
                               target > 0 ? QVariant(target) : QVariant()};
    return t;
}

KpiTable kpiAgentTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("agent_id"),
                           QStringLiteral("agent_name"),
                           QStringLiteral("call_attempts"),
                           QStringLiteral("rpc"),
                           QStringLiteral("rpc_rate"),
                           QStringLiteral("ptp"),
                           QStringLiteral("ptp_rate"),
                           QStringLiteral("promises_due"),
                           QStringLiteral("promises_kept"),
                           QStringLiteral("promise_kept_rate"),
                           QStringLiteral("collected_cents"),
                           QStringLiteral("agent_hours"),
                           QStringLiteral("collected_per_agent_hour_cents")};
    for (const KpiAgentRow &a : report.byAgent) {
        const KpiFigures &f = a.figures;
        t.rows << QVariantList{
            a.agentId,
            a.agentName,
            f.callAttempts,
            f.rpc,
            rate(f.rpcRate),
            f.ptp,
            rate(f.ptpRate),
            f.promisesDue,
            f.promisesKept,
            rate(f.promiseKeptRate),
            f.collectedCents,
            f.agentHours,
            f.collectedPerAgentHourCents ? QVariant(*f.collectedPerAgentHourCents) : QVariant()};
    }
    return t;
}

KpiTable kpiBreakRateTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("agent_id"), QStringLiteral("agent_name"),
                           QStringLiteral("agreements_due"), QStringLiteral("agreements_broken"),
                           QStringLiteral("agreement_break_rate")};
    for (const KpiAgentRow &a : report.byAgent)
        t.rows << QVariantList{a.agentId, a.agentName, a.figures.agreementsDue,
                               a.figures.agreementsBroken, rate(a.figures.agreementBreakRate)};
    return t;
}

KpiTable kpiChannelTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("channel"),          QStringLiteral("activities"),
                           QStringLiteral("contacts"),         QStringLiteral("payments"),
                           QStringLiteral("attributed_cents"), QStringLiteral("effectiveness")};
    for (const KpiChannelRow &c : report.byChannel)
        t.rows << QVariantList{c.channel,  c.activities,      c.contacts,
                               c.payments, c.attributedCents, rate(c.effectiveness)};
    return t;
}

KpiTable kpiChannelResultTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("channel"), QStringLiteral("result"),
                           QStringLiteral("activities")};
    for (const KpiChannelRow &c : report.byChannel)
        for (const auto &[result, count] : c.byResult)
            t.rows << QVariantList{c.channel, result, count};
    return t;
}

KpiTable kpiAgingTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("bucket"), QStringLiteral("accounts"),
                           QStringLiteral("balance_cents"), QStringLiteral("accounts_share"),
                           QStringLiteral("balance_share")};
    qint64 accounts = 0;
    qint64 balance = 0;
    for (const KpiAgingBucket &b : report.aging) {
        accounts += b.accounts;
        balance += b.balanceCents;
    }
    for (const KpiAgingBucket &b : report.aging)
        t.rows << QVariantList{b.bucket, b.accounts, b.balanceCents, share(b.accounts, accounts),
                               share(b.balanceCents, balance)};
    return t;
}

KpiTable kpiRollRateTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("from_bucket"), QStringLiteral("to_bucket"),
                           QStringLiteral("accounts"), QStringLiteral("rate")};
    const KpiRollRates &r = report.rollRates;
    for (qsizetype i = 0; i < r.buckets.size(); ++i)
        for (qsizetype j = 0; j < r.buckets.size(); ++j)
            t.rows << QVariantList{r.buckets.at(i), r.buckets.at(j), r.counts.at(i).at(j),
                                   rate(r.rates.at(i).at(j))};
    return t;
}

KpiTable kpiVintageTable(const KpiReport &report)
{
    KpiTable t;
    t.header = QStringList{QStringLiteral("placement_month"), QStringLiteral("accounts"),
                           QStringLiteral("placed_cents"),    QStringLiteral("month"),
                           QStringLiteral("collected_cents"), QStringLiteral("recovery_rate")};
    for (const KpiVintage &v : report.vintages)
        for (const KpiVintagePoint &p : v.curve)
            t.rows << QVariantList{v.placementMonth, v.accounts,       v.placedCents,
                                   p.month,          p.collectedCents, rate(p.recoveryRate)};
    return t;
}

} // namespace quita
