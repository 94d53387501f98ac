#include "DebtorWorkspace.h"

#include "ContactPointModel.h"
#include "TimelineModel.h"
#include "TitleModel.h"
#include "domain/BrazilianStates.h"
#include "store/ContactRecorder.h"
#include "store/PromiseRepository.h"
#include "store/PromiseUpdater.h"

#include <QLocale>

namespace quita {

DebtorWorkspace::DebtorWorkspace(QSqlDatabase db, const Clock &clock, QString agent,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_agent(std::move(agent)),
      m_contactPoints(new ContactPointModel(this)), m_titles(new TitleModel(clock, this)),
      m_timeline(new TimelineModel(db, this))
{}

DebtorWorkspace::~DebtorWorkspace() = default;

bool DebtorWorkspace::load(const QUuid &debtorId)
{
    DebtorRepository repository(m_db);
    m_overview = repository.overview(debtorId);
    if (!m_overview) {
        close();
        return false;
    }
    m_contactPoints->setContactPoints(repository.contactPoints(debtorId));
    m_titles->setTitles(repository.titles(debtorId));
    return true;
}

bool DebtorWorkspace::open(const QUuid &debtorId)
{
    if (!load(debtorId))
        return false;
    m_timeline->setDebtor(debtorId);
    emit opened(debtorId);
    return true;
}

bool DebtorWorkspace::refresh()
{
    if (!m_overview)
        return false;
    const QUuid debtorId = m_overview->debtor.id;
    if (!load(debtorId))
        return false;
    m_timeline->refresh();
    emit refreshed(debtorId);
    return true;
}

std::optional<Promise> DebtorWorkspace::openPromise() const
{
    if (!m_overview)
        return std::nullopt;
    std::optional<Promise> first;
    for (const Promise &p : PromiseRepository(m_db).forDebtor(m_overview->debtor.id))
        if (p.status == Promise::Status::Open && (!first || p.dueDate < first->dueDate))
            first = p;
    return first;
}

Status DebtorWorkspace::setOpenPromiseStatus(Promise::Status status)
{
    const auto promise = openPromise();
    if (!promise)
        return Error{QStringLiteral("not_found"), QStringLiteral("promise"),
                     tr("This debtor has no open promise")};
    if (auto done = PromiseUpdater(m_db).setStatus(promise->id, status, m_clock.nowUtc()); !done)
        return done;
    refresh();
    emit changesQueued();
    return Done{};
}

void DebtorWorkspace::close()
{
    m_overview.reset();
    m_contactPoints->setContactPoints({});
    m_titles->setTitles({});
    m_timeline->setDebtor({});
    emit closed();
}

void DebtorWorkspace::reloadOverview()
{
    if (m_overview)
        m_overview = DebtorRepository(m_db).overview(m_overview->debtor.id);
}

QDateTime DebtorWorkspace::debtorLocalTime() const
{
    if (!m_overview)
        return {};
    return BrazilianStates::localTime(m_overview->debtor.address.state, m_clock.nowUtc());
}

int DebtorWorkspace::daysPastDue() const
{
    if (!m_overview || !m_overview->oldestDueDate.isValid())
        return 0;
    const qint64 days = m_overview->oldestDueDate.daysTo(m_clock.today());
    return days > 0 ? int(days) : 0;
}

Status DebtorWorkspace::logContact(const ContactDraft &draft)
{
    if (!m_overview)
        return Error{QStringLiteral("empty"), QStringLiteral("debtor"), tr("Open a debtor first")};
    QLocale locale;
    Activity activity;
    activity.id = QUuid::createUuid();
    activity.debtorId = m_overview->debtor.id;
    activity.channel = draft.channel;
    activity.direction = draft.direction;
    activity.result = draft.result;
    activity.occurredAt = m_clock.nowUtc();
    activity.agent = m_agent;
    activity.body = draft.note.trimmed();
    activity.summary = activity.body.section(QLatin1Char('\n'), 0, 0).left(160);

    std::optional<Promise> promise;
    if (draft.result == QLatin1String("ptp")) {
        auto amount = Money::parse(draft.promiseAmount, locale, tr("Promised amount"));
        if (!amount) {
            Error e = amount.error();
            e.field = QStringLiteral("promise_amount");
            return e;
        }
        promise = Promise{QUuid::createUuid(), activity.debtorId, activity.id,
                          draft.promiseDate,   amount.value(),    Promise::Status::Open};
        activity.summary = tr("Promise to pay %1 on %2")
                               .arg(amount->toString(locale),
                                    locale.toString(draft.promiseDate, QLocale::ShortFormat));
    }
    if (draft.result == QLatin1String("callback")) {
        activity.callbackAt = draft.callbackAt.toUTC();
        if (draft.callbackAt.isValid() && activity.summary.isEmpty())
            activity.summary =
                tr("Call back on %1").arg(locale.toString(draft.callbackAt, QLocale::ShortFormat));
    }

    const Status recorded = ContactRecorder(m_db).record(activity, promise, m_clock.today());
    if (!recorded)
        return recorded;
    reloadOverview();
    m_timeline->refresh();
    emit contactLogged(activity.debtorId, activity.id);
    emit changesQueued();
    return Done{};
}

} // namespace quita
