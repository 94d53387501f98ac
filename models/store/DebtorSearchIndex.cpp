#include "DebtorSearchIndex.h"

#include "FtsTerms.h"
#include "SqlValues.h"

#include <QRegularExpression>

#include <algorithm>

namespace quita {
namespace {

const QString kIndexSelect =
    QStringLiteral("SELECT d.rowid, d.name, d.document, "
                   "(SELECT group_concat(value || ' ' || substr(value, 3), ' ') FROM contact_point "
                   " WHERE debtor_id = d.id AND kind IN ('phone', 'whatsapp') AND deleted = 0), "
                   "(SELECT group_concat(value || ' ' || "
                   "replace(replace(replace(replace(replace(value, '.', ''), '@', ''), "
                   "'-', ''), '_', ''), '+', ''), ' ') FROM contact_point "
                   " WHERE debtor_id = d.id AND kind = 'email' AND deleted = 0), "
                   "(SELECT group_concat(number || ' ' || replace(replace(replace(replace(number, "
                   "'-', ''), '.', ''), '/', ''), "
                   "' ', ''), ' ') FROM title WHERE debtor_id = d.id AND deleted = 0) "
                   "FROM debtor d WHERE d.deleted = 0");

} // namespace

Status DebtorSearchIndex::reindex(const QUuid &debtorId)
{
    return reindex(sql::id(debtorId).toString());
}

Status DebtorSearchIndex::reindex(const QString &debtorIdText)
{
    if (!m_remove) {
        m_remove.emplace(m_db);
        m_insert.emplace(m_db);
        if (!m_remove->prepare(QStringLiteral("DELETE FROM debtor_search WHERE rowid = "
                                              "(SELECT rowid FROM debtor WHERE id = ?)")) ||
            !m_insert->prepare(QStringLiteral("INSERT INTO debtor_search(rowid, name, document, "
                                              "phones, emails, contracts) ") +
                               kIndexSelect + QStringLiteral(" AND d.id = ?"))) {
            const QString why = m_remove->lastError().isValid() ? m_remove->lastError().text()
                                                                : m_insert->lastError().text();
            m_remove.reset();
            m_insert.reset();
            return Error{QStringLiteral("sql"), {}, why};
        }
    }
    for (QSqlQuery *q : {&*m_remove, &*m_insert}) {
        q->bindValue(0, debtorIdText);
        if (!q->exec())
            return Error{QStringLiteral("sql"), {}, q->lastError().text()};
    }
    return Done{};
}

Status DebtorSearchIndex::rebuildAll()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM debtor_search")) ||
        !q.exec(
            QStringLiteral(
                "INSERT INTO debtor_search(rowid, name, document, phones, emails, contracts) ") +
            kIndexSelect))
        return Error{QStringLiteral("sql"), {}, q.lastError().text()};
    return Done{};
}

QString DebtorSearchIndex::matchExpression(const QString &text)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    static const QRegularExpression digit(QStringLiteral("\\p{N}"));
    static const QRegularExpression blank(QStringLiteral("\\s"));
    const QString trimmed = text.trimmed();
    const QStringList tokens = fts::words(trimmed);
    if (tokens.isEmpty())
        return {};
    const QString words = fts::allPrefixes(tokens);
    // Something typed as one code (a CPF, CNPJ, phone, contract or e-mail with its
    // punctuation: "123.456.789-0", "12.ABC.345/01DE-35", "(11) 98765-4321", "4521-0087")
    // is also searched as one run: documents and phones are indexed without
    // punctuation, contracts and e-mails in both forms. The word-by-word alternative is
    // kept only when no piece is a one- or two-character prefix, which would match half
    // the store ("-0", "(11)").
    const bool code = tokens.size() > 1 && trimmed.contains(digit) &&
                      !(trimmed.contains(letter) && trimmed.contains(blank));
    if (!code)
        return words;
    const QString joined = fts::prefix(tokens.join(QString()));
    const bool shortPiece =
        std::any_of(tokens.begin(), tokens.end(), [](const QString &t) { return t.size() < 3; });
    return shortPiece ? joined : QStringLiteral("(%1) OR (%2)").arg(joined, words);
}

QList<DebtorHit> DebtorSearchIndex::search(const QString &text, int limit) const
{
    QList<DebtorHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.rowid, d.id, d.name, d.document, d.state, d.total_due_cents FROM debtor_search s "
        "JOIN debtor d ON d.rowid = s.rowid WHERE debtor_search MATCH ? ORDER BY s.rank LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return hits;
    while (q.next())
        hits.append({q.value(0).toLongLong(), sql::toId(q.value(1)), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(),
                     Money::fromCents(q.value(5).toLongLong())});
    return hits;
}

} // namespace quita
