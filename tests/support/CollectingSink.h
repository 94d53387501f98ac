#pragma once

#include "demo/DemoPortfolioGenerator.h"

#include <QList>

namespace quita::test {

// Keeps every row the demo generator emits, in order.
class CollectingSink final : public DemoSink
{
public:
    void addCreditor(const Creditor &creditor) override { creditors.append(creditor); }
    void addPortfolio(const Portfolio &portfolio) override { portfolios.append(portfolio); }
    void addDebtor(const Debtor &debtor) override { debtors.append(debtor); }
    void addContactPoint(const ContactPoint &point) override { points.append(point); }
    void addTitle(const Title &title) override { titles.append(title); }
    void addActivity(const Activity &activity) override { activities.append(activity); }
    void addPromise(const Promise &promise) override { promises.append(promise); }

    QList<Creditor> creditors;
    QList<Portfolio> portfolios;
    QList<Debtor> debtors;
    QList<ContactPoint> points;
    QList<Title> titles;
    QList<Activity> activities;
    QList<Promise> promises;
};

} // namespace quita::test
