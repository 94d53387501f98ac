#include "Scope.h"

#include <QSqlError>
#include <QSqlQuery>

namespace quita::server {

QString Scope::debtorCondition(const QString &alias) const
{
    if (m_caller.role == QLatin1String("admin"))
        return QStringLiteral("(%1.id <> :me)").arg(alias); // always true; keeps :me bound
    if (m_caller.role == QLatin1String("supervisor"))
        return QStringLiteral(
                   "(%1.agent_id IN (SELECT id FROM app_user WHERE supervisor_id = :me))")
            .arg(alias);
    return QStringLiteral("(%1.agent_id = :me)").arg(alias);
}

Result<Scope::Access> Scope::debtor(const QString &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT d.agent_id, u.supervisor_id FROM debtor d "
                             "LEFT JOIN app_user u ON u.id = d.agent_id WHERE d.id = ? "
                             "AND d.deleted = 0"));
    q.addBindValue(debtorId);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    if (!q.next())
        return Access::NotFound;
    if (m_caller.role == QLatin1String("admin"))
        return Access::Allowed;
    const QString holder = m_caller.role == QLatin1String("supervisor") ? q.value(1).toString()
                                                                        : q.value(0).toString();
    return !holder.isEmpty() && holder == me() ? Access::Allowed : Access::Forbidden;
}

QStringList Scope::audience(const QSqlDatabase &db, const QStringList &debtorIds)
{
    QStringList users;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT d.agent_id, u.supervisor_id FROM debtor d LEFT JOIN app_user "
                             "u ON u.id = d.agent_id "
                             "WHERE d.id = ?"));
    for (const QString &debtorId : debtorIds) {
        q.bindValue(0, debtorId);
        if (q.exec() && q.next()) {
            for (int i = 0; i < 2; ++i)
                if (!q.value(i).isNull())
                    users.append(q.value(i).toString());
        }
        q.finish();
    }
    QSqlQuery admins(db);
    if (admins.exec(QStringLiteral("SELECT id FROM app_user WHERE role = 'admin' AND active = 1")))
        while (admins.next())
            users.append(admins.value(0).toString());
    users.removeDuplicates();
    return users;
}

} // namespace quita::server
