#pragma once

#include "Accounts.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace quita::server {

// Who may see which debtor: an agent the debtors assigned to them, a supervisor the
// debtors of their agents, an admin all of them.
class Scope
{
public:
    enum class Access
    {
        Allowed,
        Forbidden, // the debtor exists and is someone else's: 403
        NotFound   // 404
    };

    Scope(QSqlDatabase db, User caller) : m_db(std::move(db)), m_caller(std::move(caller)) {}

    const User &caller() const { return m_caller; }
    Result<Access> debtor(const QString &debtorId) const;
    // A condition on the debtor table aliased `alias`, with the named bind :me.
    QString debtorCondition(const QString &alias) const;
    QString me() const { return m_caller.id.toString(QUuid::WithoutBraces); }

    // The users whose scope holds these debtors (their agents, the agents' supervisors,
    // the admins): they are poked when the debtors' rows change.
    static QStringList audience(const QSqlDatabase &db, const QStringList &debtorIds);

private:
    QSqlDatabase m_db;
    User m_caller;
};

} // namespace quita::server
