#pragma once

#include "domain/Promise.h"
#include "domain/Result.h"

#include <QSqlDatabase>

namespace quita {

class PromiseRepository
{
public:
    explicit PromiseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static Status validate(const Promise &promise, const QDate &today);
    Status insert(const Promise &promise);
    QList<Promise> forDebtor(const QUuid &debtorId) const;

private:
    QSqlDatabase m_db;
};

} // namespace quita
