#include "KpiReport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace quita {

namespace {

// Reads one JSON object; the first problem is kept with the path of its field.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, std::optional<Error> &error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {}

    QString field(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    void fail(const QString &key, const QString &expected)
    {
        if (m_error)
            return;
        const QString where = field(key);
        m_error = Error{QStringLiteral("invalid_kpi_report"), where,
                        QCoreApplication::translate("KpiReport", "The report's field %1 is not %2.")
                            .arg(where, expected)};
    }

    qint64 count(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return 0;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
            fail(key, QCoreApplication::translate("KpiReport", "a whole number"));
            return 0;
        }
        return v.toInteger();
    }

    std::optional<qint64> optionalCount(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return count(key);
    }

    double number(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return 0;
        if (!v.isDouble()) {
            fail(key, QCoreApplication::translate("KpiReport", "a number"));
            return 0;
        }
        return v.toDouble();
    }

    KpiRate rate(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0) {
            fail(key, QCoreApplication::translate("KpiReport", "a rate or null"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    QString text(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            fail(key, QCoreApplication::translate("KpiReport", "a text"));
            return {};
        }
        return v.toString();
    }

    QDate date(const QString &key, Qt::DateFormat format = Qt::ISODate)
    {
        const QDate d = QDate::fromString(text(key), format);
        if (!d.isValid())
            fail(key, QCoreApplication::translate("KpiReport", "a date"));
        return d;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(key, QCoreApplication::translate("KpiReport", "a list"));
        return v.toArray();
    }

    QJsonObject object(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            fail(key, QCoreApplication::translate("KpiReport", "an object"));
        return v.toObject();
    }

    // Each element of the list `key`, as an object with its own path.
    template <typename F>
    void each(const QString &key, F &&f)
    {
        const QJsonArray list = array(key);
        for (qsizetype i = 0; i < list.size() && !m_error; ++i) {
            const QString path = field(key) + QStringLiteral("[%1]").arg(i);
            if (!list.at(i).isObject()) {
                fail(key + QStringLiteral("[%1]").arg(i),
                     QCoreApplication::translate("KpiReport", "an object"));
                return;
            }
            Reader element(list.at(i).toObject(), path, m_error);
            f(element);
        }
    }

    const QJsonObject &json() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
};

KpiFigures readFigures(Reader &r)
{
    KpiFigures f;
    f.activities = r.count(QStringLiteral("activities"));
    f.callAttempts = r.count(QStringLiteral("call_attempts"));
    f.rpc = r.count(QStringLiteral("rpc"));
    f.rpcRate = r.rate(QStringLiteral("rpc_rate"));
    f.ptp = r.count(QStringLiteral("ptp"));
    f.ptpRate = r.rate(QStringLiteral("ptp_rate"));
    f.promisesMade = r.count(QStringLiteral("promises_made"), false);
    f.promisesDue = r.count(QStringLiteral("promises_due"));
    f.promisesKept = r.count(QStringLiteral("promises_kept"));
    f.promiseKeptRate = r.rate(QStringLiteral("promise_kept_rate"));
    f.agreementsClosed = r.count(QStringLiteral("agreements_closed"), false);
    f.agreementsDue = r.count(QStringLiteral("agreements_due"), false);
    f.agreementsBroken = r.count(QStringLiteral("agreements_broken"), false);
    f.agreementBreakRate = r.rate(QStringLiteral("agreement_break_rate"));
    f.collectedCents = r.count(QStringLiteral("collected_cents"));
    f.agentHours = r.number(QStringLiteral("agent_hours"), false);
    f.collectedPerAgentHourCents =
        r.optionalCount(QStringLiteral("collected_per_agent_hour_cents"));
    f.outstandingStartCents = r.count(QStringLiteral("outstanding_start_cents"), false);
    f.recoveryRate = r.rate(QStringLiteral("recovery_rate"));
    f.placedCents = r.count(QStringLiteral("placed_cents"), false);
    f.liquidationRate = r.rate(QStringLiteral("liquidation_rate"));
    return f;
}

void readRollRates(Reader &r, KpiRollRates &roll, std::optional<Error> &error)
{
    const QJsonObject json = r.object(QStringLiteral("roll_rates"), false);
    if (json.isEmpty())
        return;
    Reader rr(json, r.field(QStringLiteral("roll_rates")), error);
    for (const QJsonValue &b : rr.array(QStringLiteral("buckets")))
        roll.buckets << b.toString();
    const qsizetype n = roll.buckets.size();
    const QJsonArray counts = rr.array(QStringLiteral("counts"));
    const QJsonArray rates = rr.array(QStringLiteral("rates"));
    if (error)
        return;
    if (counts.size() != n || rates.size() != n) {
        rr.fail(QStringLiteral("counts"),
                QCoreApplication::translate("KpiReport", "a square matrix of the buckets"));
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonArray countRow = counts.at(i).toArray();
        const QJsonArray rateRow = rates.at(i).toArray();
        if (countRow.size() != n || rateRow.size() != n) {
            rr.fail(QStringLiteral("counts[%1]").arg(i),
                    QCoreApplication::translate("KpiReport", "a square matrix of the buckets"));
            return;
        }
        QList<qint64> cs;
        QList<KpiRate> rs;
        for (qsizetype j = 0; j < n; ++j) {
            cs << countRow.at(j).toInteger();
            const QJsonValue rate = rateRow.at(j);
            rs << (rate.isDouble() ? KpiRate(rate.toDouble()) : std::nullopt);
        }
        roll.counts << cs;
        roll.rates << rs;
    }
}

} // namespace

Result<KpiReport> KpiReport::fromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    Reader r(json, QString(), error);
    KpiReport report;
    report.from = r.date(QStringLiteral("from"));
    report.to = r.date(QStringLiteral("to"));
    report.attributionDays = int(r.count(QStringLiteral("attribution_days"), false));
    {
        Reader totals(r.object(QStringLiteral("totals"), true), QStringLiteral("totals"), error);
        report.totals = readFigures(totals);
    }
    r.each(QStringLiteral("by_agent"), [&](Reader &a) {
        KpiAgentRow row;
        row.agentId = a.text(QStringLiteral("agent_id"));
        row.agentName = a.text(QStringLiteral("agent_name"));
        row.figures = readFigures(a);
        report.byAgent << row;
    });
    r.each(QStringLiteral("by_channel"), [&](Reader &c) {
        KpiChannelRow row;
        row.channel = c.text(QStringLiteral("channel"));
        row.activities = c.count(QStringLiteral("activities"));
        row.contacts = c.count(QStringLiteral("contacts"));
        row.payments = c.count(QStringLiteral("payments"));
        row.attributedCents = c.count(QStringLiteral("attributed_cents"), false);
        row.effectiveness = c.rate(QStringLiteral("effectiveness"));
        const QJsonObject results = c.object(QStringLiteral("by_result"), false);
        Reader rr(results, c.field(QStringLiteral("by_result")), error);
        for (auto it = results.begin(); it != results.end(); ++it)
            row.byResult << qMakePair(it.key(), rr.count(it.key()));
        report.byChannel << row;
    });
    r.each(QStringLiteral("by_day"), [&](Reader &d) {
        KpiDay day;
        day.day = d.date(QStringLiteral("day"));
        day.activities = d.count(QStringLiteral("activities"));
        day.callAttempts = d.count(QStringLiteral("call_attempts"), false);
        day.rpc = d.count(QStringLiteral("rpc"), false);
        day.ptp = d.count(QStringLiteral("ptp"), false);
        day.promisesMade = d.count(QStringLiteral("promises_made"), false);
        day.promisesKept = d.count(QStringLiteral("promises_kept"), false);
        day.agreementsClosed = d.count(QStringLiteral("agreements_closed"), false);
        day.collectedCents = d.count(QStringLiteral("collected_cents"));
        report.byDay << day;
    });
    r.each(QStringLiteral("aging"), [&](Reader &a) {
        report.aging << KpiAgingBucket{a.text(QStringLiteral("bucket")),
                                       a.count(QStringLiteral("accounts")),
                                       a.count(QStringLiteral("balance_cents"))};
    });
    readRollRates(r, report.rollRates, error);
    r.each(QStringLiteral("vintages"), [&](Reader &v) {
        KpiVintage vintage;
        vintage.placementMonth = v.text(QStringLiteral("placement_month"));
        vintage.accounts = v.count(QStringLiteral("accounts"));
        vintage.placedCents = v.count(QStringLiteral("placed_cents"));
        v.each(QStringLiteral("curve"), [&](Reader &p) {
            vintage.curve << KpiVintagePoint{int(p.count(QStringLiteral("month"))),
                                             p.count(QStringLiteral("collected_cents")),
                                             p.rate(QStringLiteral("recovery_rate"))};
        });
        report.vintages << vintage;
    });
    const QJsonObject targets = r.object(QStringLiteral("targets"), false);
    if (!targets.isEmpty()) {
        Reader t(targets, QStringLiteral("targets"), error);
        report.targets.collectedCentsPerDay =
            t.count(QStringLiteral("collected_cents_per_day"), false);
        report.targets.agreementsPerDay = t.number(QStringLiteral("agreements_per_day"), false);
        report.targets.rpcPerDay = t.number(QStringLiteral("rpc_per_day"), false);
    }
    if (error)
        return *error;
    return report;
}

const KpiDay *KpiReport::day(const QDate &date) const
{
    for (const KpiDay &d : byDay)
        if (d.day == date)
            return &d;
    return nullptr;
}

bool KpiReport::isQuiet() const
{
    return totals.activities == 0 && totals.collectedCents == 0 && totals.agreementsClosed == 0 &&
           totals.promisesDue == 0;
}

QStringList kpiAgingBuckets()
{
    return {QStringLiteral("current"), QStringLiteral("1-30"),   QStringLiteral("31-60"),
            QStringLiteral("61-90"),   QStringLiteral("91-180"), QStringLiteral("181-360"),
            QStringLiteral("360+")};
}

} // namespace quita
