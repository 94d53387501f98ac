#include "PromiseRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>

namespace quita {

Status PromiseRepository::validate(const Promise &p, const QDate &today)
{
    if (!p.dueDate.isValid())
        return Error{
            QStringLiteral("date"), QStringLiteral("promise_due"),
            QCoreApplication::translate("PromiseRepository", "Promise date: enter a valid date")};
    if (today.isValid() && p.dueDate < today)
        return Error{QStringLiteral("date"), QStringLiteral("promise_due"),
                     QCoreApplication::translate("PromiseRepository",
                                                 "Promise date: cannot be in the past")};
    if (p.amount.cents() <= 0)
        return Error{QStringLiteral("range"), QStringLiteral("promise_amount"),
                     QCoreApplication::translate("PromiseRepository",
                                                 "Promised amount: must be more than zero")};
    return Done{};
}

Status PromiseRepository::insert(const Promise &p)
{
    if (auto valid = validate(p, {}); !valid)
        return valid;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO promise (id, debtor_id, activity_id, due_on, amount_cents, status) "
        "VALUES (?,?,?,?,?,?)"));
    for (const QVariant &v :
         {sql::id(p.id), sql::id(p.debtorId), sql::id(p.activityId), sql::date(p.dueDate),
          QVariant(p.amount.cents()), QVariant(Promise::statusName(p.status))})
        q.addBindValue(v);
    if (!q.exec())
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

QList<Promise> PromiseRepository::forDebtor(const QUuid &debtorId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, activity_id, due_on, amount_cents, status FROM promise "
                             "WHERE debtor_id = ? AND deleted = 0 ORDER BY due_on DESC"));
    q.addBindValue(sql::id(debtorId));
    QList<Promise> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        Promise p;
        p.id = sql::toId(q.value(0));
        p.debtorId = debtorId;
        p.activityId = sql::toId(q.value(1));
        p.dueDate = sql::toDate(q.value(2));
        p.amount = Money::fromCents(q.value(3).toLongLong());
        p.status = Promise::statusFromName(q.value(4).toString());
        list.append(p);
    }
    return list;
}

} // namespace quita
