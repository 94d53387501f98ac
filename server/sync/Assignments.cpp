#include "Assignments.h"

#include "ChangeLog.h"
#include "Entities.h"

#include <QSqlError>
#include <QSqlQuery>

namespace quita::server {
namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("sql"), {}, q.lastError().text()};
}

} // namespace

Result<AssignmentResult> Assignments::assign(const QStringList &debtorIds, const QString &agentId)
{
    QString newSupervisor;
    if (!agentId.isEmpty()) {
        QSqlQuery agent(m_db);
        agent.prepare(QStringLiteral(
            "SELECT supervisor_id FROM app_user WHERE id = ? AND role = 'agent' AND active = 1"));
        agent.addBindValue(agentId);
        if (!agent.exec())
            return sqlError(agent);
        if (!agent.next())
            return Error{QStringLiteral("invalid"), QStringLiteral("agent_id"),
                         QStringLiteral("agent_id: not an active agent")};
        newSupervisor = agent.value(0).toString();
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    ChangeLog log(m_db);
    AssignmentResult result;
    QSqlQuery current(m_db);
    current.prepare(QStringLiteral("SELECT d.agent_id, u.supervisor_id FROM debtor d LEFT JOIN "
                                   "app_user u ON u.id = d.agent_id WHERE d.id = ?"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE debtor SET agent_id = ?, version = version + 1, updated_at = ? WHERE id = ?"));
    QSqlQuery reread(m_db);
    reread.prepare(
        QStringLiteral("SELECT %1 FROM debtor WHERE id = ?").arg(entities::debtor().selectList()));
    for (qsizetype i = 0; i < debtorIds.size(); ++i) {
        const QString &debtorId = debtorIds[i];
        current.bindValue(0, debtorId);
        if (!current.exec())
            return sqlError(current);
        if (!current.next())
            return Error{QStringLiteral("not_found"), QStringLiteral("debtor_ids"),
                         QStringLiteral("debtor_ids[%1]: no such debtor").arg(i)};
        const QString oldAgent = current.value(0).toString();
        const QString oldSupervisor = current.value(1).toString();
        current.finish();
        if (oldAgent == agentId)
            continue;
        update.bindValue(0, agentId.isEmpty() ? QVariant() : QVariant(agentId));
        update.bindValue(1, now);
        update.bindValue(2, debtorId);
        if (!update.exec())
            return sqlError(update);
        reread.bindValue(0, debtorId);
        if (!reread.exec() || !reread.next())
            return sqlError(reread);
        const QJsonObject row = entities::debtor().toJson(reread.record());
        reread.finish();

        QList<std::pair<QString, QString>> targeted; // (op, audience)
        const QJsonObject removal{{QStringLiteral("id"), debtorId},
                                  {QStringLiteral("reason"), QStringLiteral("reassigned")}};
        if (!oldAgent.isEmpty())
            targeted.append({QStringLiteral("delete"), oldAgent});
        if (!oldSupervisor.isEmpty() && oldSupervisor != newSupervisor)
            targeted.append({QStringLiteral("delete"), oldSupervisor});
        if (!agentId.isEmpty())
            targeted.append({QStringLiteral("grant"), agentId});
        if (!newSupervisor.isEmpty() && newSupervisor != oldSupervisor)
            targeted.append({QStringLiteral("grant"), newSupervisor});

        const auto first = log.reserve(int(targeted.size()) + 1);
        if (!first)
            return first.error();
        if (auto logged = log.append(*first, QStringLiteral("debtor"), debtorId, debtorId,
                                     QStringLiteral("upsert"), row, now);
            !logged)
            return logged.error();
        qint64 seq = *first;
        for (const auto &[op, audience] : targeted) {
            if (auto logged = log.append(++seq, QStringLiteral("debtor"), debtorId, debtorId, op,
                                         op == QLatin1String("delete") ? removal : QJsonObject{},
                                         now, audience);
                !logged)
                return logged.error();
            result.audience.append(audience);
        }
        // Supervisors who keep the debtor still see its row change.
        for (const QString &supervisor : {oldSupervisor, newSupervisor})
            if (!supervisor.isEmpty())
                result.audience.append(supervisor);
        result.lastSeq = seq;
        ++result.moved;
    }
    QSqlQuery admins(m_db);
    if (result.moved > 0 &&
        admins.exec(QStringLiteral("SELECT id FROM app_user WHERE role = 'admin' AND active = 1")))
        while (admins.next())
            result.audience.append(admins.value(0).toString());
    result.audience.removeDuplicates();
    return result;
}

} // namespace quita::server
