#pragma once

#include "domain/Activity.h"
#include "domain/ContactPoint.h"
#include "domain/Creditor.h"
#include "domain/Debtor.h"
#include "domain/Portfolio.h"
#include "domain/Promise.h"
#include "domain/Title.h"

#include <QDate>
#include <QStringList>

#include <functional>

namespace quita {

// Receives the generated rows in dependency order: creditors, portfolios, then per
// debtor its contact points, titles, activities and promises.
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    virtual void addCreditor(const Creditor &creditor) = 0;
    virtual void addPortfolio(const Portfolio &portfolio) = 0;
    virtual void addDebtor(const Debtor &debtor) = 0;
    virtual void addContactPoint(const ContactPoint &point) = 0;
    virtual void addTitle(const Title &title) = 0;
    virtual void addActivity(const Activity &activity) = 0;
    virtual void addPromise(const Promise &promise) = 0;
};

struct DemoOptions
{
    quint64 seed = 20261123;
    int debtors = 3000;
    // Total activities across all debtors (about 10 per debtor by default).
    qint64 activities = 30000;
    // The first debtor gets this many activities (the benchmark opens it); 0 = no
    // special debtor.
    int heavyDebtorActivities = 0;
    QDate today; // the generator's "today"; activities cover the 12 months before
    QStringList agents = {QStringLiteral("ana"), QStringLiteral("bruno")};
};

// Deterministic demo portfolio: the same seed and options always give the same rows
// (ids included). Brazilian names, valid CPFs and CNPJs (some alphanumeric), all 27
// states, phones with their state's DDD and e-mails, titles with amounts and due dates,
// 12 months of activities across all ten channels with plausible result mixes, inbound
// as well as outbound, and a few promises (due today, broken, kept, future).
class DemoPortfolioGenerator
{
public:
    explicit DemoPortfolioGenerator(DemoOptions options);
    void generate(DemoSink &sink);
    // Progress callback granularity: called after each debtor with (done, total).
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

private:
    DemoOptions m_options;
    std::function<void(int, int)> m_progress;
};

} // namespace quita
