#pragma once

#include "KpiFilter.h"

#include <QJsonObject>
#include <QObject>

namespace quita {

class SyncController;

// One pending answer of a KpiSource. It reports finished() once, on the thread that
// asked, never before the caller could connect to it, and then deletes itself.
class KpiReply : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Offline, // the server could not be reached, or nobody is signed in
        Refused, // the server or the query answered with an error
    };

    explicit KpiReply(QObject *parent = nullptr) : QObject(parent) {}

    bool ok() const { return m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    // The answer (the report, or {"items": [...], "truncated": bool}).
    const QJsonObject &json() const { return m_json; }
    // A sentence for the user when it failed.
    const QString &errorMessage() const { return m_error; }

    void succeed(const QJsonObject &json);
    void fail(Failure failure, const QString &message);

signals:
    void finished();

private:
    void finish();

    Failure m_failure = Failure::None;
    QJsonObject m_json;
    QString m_error;
};

// Where the performance screens get their numbers: the server (the team's figures,
// GET /api/v1/kpis) or the desk's local store (the agent's own, offline). Both answer
// the same JSON.
class KpiSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // GET /api/v1/kpis with the filter.
    virtual KpiReply *report(const KpiFilter &filter) = 0;
    // GET /api/v1/kpis/accounts: the accounts behind one bar or cell.
    virtual KpiReply *accounts(const KpiFilter &filter, const KpiSelector &selector) = 0;
};

// The server's figures through the signed-in session (SyncController::call). Every
// report it receives also tells the KPI targets the administrator set (targetsReceived),
// which the desk keeps for its offline report.
class ServerKpiSource : public KpiSource
{
    Q_OBJECT
public:
    explicit ServerKpiSource(SyncController &sync, QObject *parent = nullptr);

    KpiReply *report(const KpiFilter &filter) override;
    KpiReply *accounts(const KpiFilter &filter, const KpiSelector &selector) override;
    // The cheapest report that carries the targets: one day of the caller's own accounts.
    KpiReply *refreshTargets(const QString &agentId, const QDate &day);

signals:
    // The `targets` object of a report the server answered.
    void targetsReceived(const QJsonObject &targets);

private:
    KpiReply *get(const QString &path, bool isReport);

    SyncController &m_sync;
};

} // namespace quita
