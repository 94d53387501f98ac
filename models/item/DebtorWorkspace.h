#pragma once

#include "domain/Clock.h"
#include "domain/Promise.h"
#include "domain/Result.h"
#include "store/DebtorRepository.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace quita {

class ContactPointModel;
class TitleModel;
class TimelineModel;

// What an agent types to log a contact; text fields as typed, validated here.
struct ContactDraft
{
    Channel channel = Channel::Phone;
    Direction direction = Direction::Outbound;
    QString result;
    QString note;
    QString promiseAmount; // for "ptp", as typed ("150,00")
    QDate promiseDate;     // for "ptp"
    QDateTime callbackAt;  // for "callback", any time spec
};

// The open debtor: header facts and the models of the workspace (contact points,
// titles, timeline), and the "log a contact" action. Widgets bind to it; it talks to
// the store.
class DebtorWorkspace : public QObject
{
    Q_OBJECT
public:
    DebtorWorkspace(QSqlDatabase db, const Clock &clock, QString agent, QObject *parent = nullptr);
    ~DebtorWorkspace() override;

    bool open(const QUuid &debtorId);
    // The open debtor's rows changed underneath (a sync brought news): reload them and
    // the timeline, keeping its filters and whatever the agent is typing.
    bool refresh();
    void close();
    bool isOpen() const { return m_overview.has_value(); }
    const DebtorOverview &overview() const { return *m_overview; }
    QUuid debtorId() const { return m_overview ? m_overview->debtor.id : QUuid(); }
    QDateTime debtorLocalTime() const;
    int daysPastDue() const;
    const QString &agent() const { return m_agent; }
    const Clock &clock() const { return m_clock; }
    void setAgent(const QString &agent) { m_agent = agent; }

    ContactPointModel *contactPoints() const { return m_contactPoints; }
    TitleModel *titles() const { return m_titles; }
    TimelineModel *timeline() const { return m_timeline; }

    // Validates the draft, writes the activity (and the promise) in one transaction,
    // refreshes the timeline and header. The error names the field.
    Status logContact(const ContactDraft &draft);

    // The debtor's open promise falling due first, if any.
    std::optional<Promise> openPromise() const;
    // Marks the open promise kept or cancelled (a change the server may refuse if someone
    // changed the promise first: it then shows among the conflicts).
    Status setOpenPromiseStatus(Promise::Status status);

signals:
    void opened(const QUuid &debtorId);
    void closed();
    void contactLogged(const QUuid &debtorId, const QUuid &activityId);
    void refreshed(const QUuid &debtorId);
    // Something was written to the outbox (the sync engine pushes it soon).
    void changesQueued();

private:
    void reloadOverview();
    // The debtor's header facts, contact points and titles; closes when it is gone.
    bool load(const QUuid &debtorId);

    QSqlDatabase m_db;
    const Clock &m_clock;
    QString m_agent;
    std::optional<DebtorOverview> m_overview;
    ContactPointModel *m_contactPoints;
    TitleModel *m_titles;
    TimelineModel *m_timeline;
};

} // namespace quita
