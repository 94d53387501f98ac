#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace quita {

struct DebtorHit
{
    qint64 rowid = 0;
    QUuid id;
    QString name;
    QString document; // canonical; mask it for display
    QString state;
    Money totalDue;
};

// FTS5 search over debtors: name, CPF/CNPJ, phones (with and without DDD), e-mails and
// contract numbers, by prefix. One index row per debtor, keyed by the debtor's rowid.
// One instance reindexing many debtors (a sync page) prepares its statements once.
class DebtorSearchIndex
{
public:
    explicit DebtorSearchIndex(QSqlDatabase db) : m_db(std::move(db)) {}

    // Replaces the debtor's index row (none for a missing or deleted debtor).
    Status reindex(const QUuid &debtorId);
    Status reindex(const QString &debtorIdText);
    Status rebuildAll();
    QList<DebtorHit> search(const QString &text, int limit = 50) const;

    // The FTS5 MATCH expression for what a person typed: every word a prefix, all
    // required; a code typed with its punctuation ("123.456.789-0", "(11) 98765-4321",
    // "12.ABC.345/01DE-35") also, or only, as one run (see the implementation).
    // Empty when there is nothing searchable.
    static QString matchExpression(const QString &text);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_remove;
    std::optional<QSqlQuery> m_insert;
};

} // namespace quita
