#pragma once

#include "domain/negotiation/AgingBuckets.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace quita {

// The KPI rules that look at single rows (DOMAIN.md "KPIs"), pure: the tests' reference
// counts and the SQL's definitions come from here.

struct KpiPayment
{
    QDate paidOn;
    qint64 amountCents = 0;
};

// A promise is kept when the debtor's payments from the day it was made (`madeOn`; when
// unknown, 30 days before it was due) through dueOn + graceDays add up to its amount,
// or when it was marked kept. A partial payment does not keep it.
bool promiseKept(QDate madeOn, QDate dueOn, qint64 amountCents, bool markedKept,
                 const QList<KpiPayment> &payments, int graceDays);
// The first day of payments that count for a promise.
QDate promiseWindowStart(QDate madeOn, QDate dueOn);

struct KpiTouch
{
    qint64 occurredAtMs = 0; // UTC
    QString channel;
};

// Last-touch attribution: the channel of the latest touch made on or before the day of
// the payment (Brasília days) and no earlier than `windowDays` days before it, or
// nothing when no touch falls in the window.
std::optional<QString> attributedChannel(QDate paidOn, const QList<KpiTouch> &touches,
                                         int windowDays);

// The aging bucket (index into AgingBuckets::defaults()) of an account on `day`: current
// when it is under an agreement (not broken, not cancelled) made on or before `day`,
// otherwise by the days from its oldest open title's due date to `day`.
int agingIndexOn(QDate day, std::optional<QDate> oldestOpenDue, bool underAgreement);

// A from-bucket x to-bucket matrix of account counts (row: bucket at the period start,
// column: at its end) as the contract's `roll_rates`: each row's rates sum to 1, or are
// null for an empty row.
QJsonObject rollRatesJson(const QList<QList<qint64>> &counts);
QList<QList<qint64>> emptyRollMatrix();

// Whole months from `from`'s month to `to`'s month (2026-03-31 -> 2026-04-01 is 1).
int monthsBetween(QDate from, QDate to);

} // namespace quita
