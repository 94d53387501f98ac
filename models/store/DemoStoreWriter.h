#pragma once

#include "demo/DemoPortfolioGenerator.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace quita {

// Writes a generated demo portfolio into the local store quickly: prepared statements,
// a transaction per few thousand debtors, the debtor search index built once at the end.
class DemoStoreWriter final : public DemoSink
{
public:
    explicit DemoStoreWriter(QSqlDatabase db);

    // Generates and writes; fails (and rolls back the current batch) on the first SQL error.
    Status write(DemoPortfolioGenerator &generator);

    void addCreditor(const Creditor &creditor) override;
    void addPortfolio(const Portfolio &portfolio) override;
    void addDebtor(const Debtor &debtor) override;
    void addContactPoint(const ContactPoint &point) override;
    void addTitle(const Title &title) override;
    void addActivity(const Activity &activity) override;
    void addPromise(const Promise &promise) override;

private:
    void exec(QSqlQuery &q, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    QSqlQuery m_creditor, m_portfolio, m_debtor, m_contact, m_title, m_activity, m_promise;
    QString m_error;
    int m_debtorsInBatch = 0;
};

} // namespace quita
