#pragma once

#include "KpiQuery.h"

#include <QSqlDatabase>
#include <QString>

// The SQL pieces KpiQuery and KpiAccountsQuery share: the filter as WHERE conditions
// (ids are checked and spliced as literals, so one text serves both drivers), the
// activity source (table or rollup), and the two expressions that differ by dialect.
namespace quita::kpisql {

bool isPostgres(const QSqlDatabase &db);
// Days since 1970-01-01 of an ISO date text column.
QString dayNumber(const QSqlDatabase &db, const QString &dateExpr);
qint64 dayNumber(QDate day);
QString literal(const QString &text); // 'text' with quotes doubled
QString dateLiteral(QDate day);
// The Brasília day number of an instant column (ms UTC).
QString dayOfInstant(const QString &msExpr);

// Conditions on the debtor aliased `d` (scope, agent, portfolio) and "1=1" when none.
QString debtorConditions(const KpiQueryFilter &f, const QString &d = QStringLiteral("d"));
// Conditions on a row of the activity source (columns agent_id, portfolio_id, channel).
QString sourceConditions(const KpiQueryFilter &f, bool withChannel = true);
// The activity source as a table expression with the columns day, agent_id,
// portfolio_id, channel, direction, result, activities; already limited to the days.
QString activitySource(const KpiQueryFilter &f);
// SQL list of the catalogue's right-party results: ('rpc','refused',...)
QString rightPartyList();
// The per day, agent, portfolio and channel counts (columns of kpi_agent_day) of the
// activities matching `condition` (on activity `a` joined to debtor `d`).
QString agentDayRows(const QString &condition);
// kpi_agent_day (kpi_agent_day_all when neither a portfolio nor a channel is chosen) or
// the same rows from the activity table, limited to the days.
QString agentDaySource(const KpiQueryFilter &f);
QString callAttempt(const QString &alias = {});
// KpiRules agingIndexOn() on `day`, given o.od, the debtor's oldest open title's due date
// (ISO text, so dates compare as text; bucket i holds od >= day - max(i)), and c.cov, when
// its first covering agreement was made.
QString bucketCase(QDate day);
// The same on day numbers (server snapshot kpi_debtor aliased `d`: od_day, cov_day).
QString bucketCaseOnDays(QDate day, const QString &d = QStringLiteral("d"));
// The debtor's aging facts as joins (o.od, o.principal: the sum of its titles' principal; c.cov):
// "LEFT JOIN (...) o ON ... LEFT JOIN (...) c ON ...".
QString agingJoins(const QString &debtor = QStringLiteral("d"));

// The promises a report judges (KpiQueryFilter::today): kept ones, and the others once
// their due date + grace is before today. `kept` is the SQL condition of a kept promise
// `p`.
QString promiseJudged(const QSqlDatabase &db, const KpiQueryFilter &f, const QString &kept);

} // namespace quita::kpisql
