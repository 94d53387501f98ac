#include "ActivityForm.h"

#include "ChannelIcons.h"
#include "item/DebtorWorkspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace quita {
ActivityForm::ActivityForm(DebtorWorkspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_channel(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_result(new QComboBox(this)), m_note(new QLineEdit(this)),
      m_amountLabel(new QLabel(tr("&Amount:"), this)), m_amount(new QLineEdit(this)),
      m_promiseDateLabel(new QLabel(tr("&Pay on:"), this)), m_promiseDate(new QDateEdit(this)),
      m_callbackLabel(new QLabel(tr("Call &back at:"), this)), m_callback(new QDateTimeEdit(this)),
      m_log(new QPushButton(tr("&Log contact"), this)), m_error(new QLabel(this)),
      m_errorMarker(m_error)
{
    setObjectName(QStringLiteral("activityForm"));
    m_channel->setObjectName(QStringLiteral("logChannel"));
    for (Channel c : allChannels())
        m_channel->addItem(ChannelIcons::channel(c), channelDisplayName(c), channelName(c));
    m_channel->setToolTip(tr("Channel of the contact"));
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_direction->addItem(directionDisplayName(Direction::Outbound),
                         directionName(Direction::Outbound));
    m_direction->addItem(directionDisplayName(Direction::Inbound),
                         directionName(Direction::Inbound));
    m_result->setObjectName(QStringLiteral("logResult"));
    m_result->setToolTip(tr("Result of the contact"));
    for (QComboBox *box : {m_channel, m_direction, m_result}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_result ? 14 : 9);
    }
    m_note->setObjectName(QStringLiteral("logNote"));
    m_note->setMinimumWidth(220);
    m_note->setPlaceholderText(tr("Note (what was said, next step)…"));
    m_note->setMaxLength(2000);
    m_amount->setObjectName(QStringLiteral("logPromiseAmount"));
    m_amount->setPlaceholderText(
        tr("e.g. %1").arg(Money::fromCents(15000).toNumberString(QLocale())));
    m_amountLabel->setBuddy(m_amount);
    m_promiseDate->setObjectName(QStringLiteral("logPromiseDate"));
    m_promiseDate->setCalendarPopup(true);
    m_promiseDateLabel->setBuddy(m_promiseDate);
    m_callback->setObjectName(QStringLiteral("logCallback"));
    m_callback->setCalendarPopup(true);
    m_callbackLabel->setBuddy(m_callback);
    m_log->setObjectName(QStringLiteral("logButton"));
    m_log->setDefault(true);
    m_log->setToolTip(tr("Log the contact (Enter in the note, or Ctrl+Enter)"));
    m_error->setObjectName(QStringLiteral("logError"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 0);
    auto *first = new QHBoxLayout;
    first->addWidget(m_channel);
    first->addWidget(m_direction);
    first->addWidget(m_result);
    first->addWidget(m_note, 1);
    first->addWidget(m_log);
    grid->addLayout(first, 0, 0);
    auto *second = new QHBoxLayout;
    second->addWidget(m_amountLabel);
    second->addWidget(m_amount);
    second->addWidget(m_promiseDateLabel);
    second->addWidget(m_promiseDate);
    second->addWidget(m_callbackLabel);
    second->addWidget(m_callback);
    second->addStretch(1);
    grid->addLayout(second, 1, 0);
    grid->addWidget(m_error, 2, 0);

    setTabOrder(m_channel, m_direction);
    setTabOrder(m_direction, m_result);
    setTabOrder(m_result, m_note);
    setTabOrder(m_note, m_amount);
    setTabOrder(m_amount, m_promiseDate);
    setTabOrder(m_promiseDate, m_callback);
    setTabOrder(m_callback, m_log);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &ActivityForm::fillResults);
    connect(m_result, &QComboBox::currentIndexChanged, this,
            &ActivityForm::updateConditionalFields);
    connect(m_log, &QPushButton::clicked, this, &ActivityForm::submit);
    connect(m_note, &QLineEdit::returnPressed, this, &ActivityForm::submit);
    connect(m_amount, &QLineEdit::returnPressed, this, &ActivityForm::submit);
    for (auto key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this, this, &ActivityForm::submit);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    fillResults();
    reset();
}

void ActivityForm::fillResults()
{
    const QString previous = m_result->currentData().toString();
    const auto channel =
        channelFromName(m_channel->currentData().toString()).value_or(Channel::Phone);
    const QSignalBlocker blocker(m_result);
    m_result->clear();
    for (const auto &info : ResultCatalog::defaults().forChannel(channel))
        m_result->addItem(ResultCatalog::displayName(info.name), info.name);
    const int keep = m_result->findData(previous);
    m_result->setCurrentIndex(keep >= 0 ? keep : 0);
    updateConditionalFields();
}

void ActivityForm::updateConditionalFields()
{
    const QString result = m_result->currentData().toString();
    const bool promise = result == QLatin1String("ptp");
    const bool callback = result == QLatin1String("callback");
    m_amountLabel->setVisible(promise);
    m_amount->setVisible(promise);
    m_promiseDateLabel->setVisible(promise);
    m_promiseDate->setVisible(promise);
    m_callbackLabel->setVisible(callback);
    m_callback->setVisible(callback);
}

void ActivityForm::reset()
{
    m_note->clear();
    m_amount->clear();
    const QDate today = m_workspace->clock().today();
    m_promiseDate->setDate(today.addDays(3));
    m_callback->setDateTime(QDateTime(today.addDays(1), QTime(10, 0)));
    clearError();
}

void ActivityForm::startLogging()
{
    m_result->setFocus(Qt::ShortcutFocusReason);
}

QString ActivityForm::errorText() const
{
    return m_errorMarker.message();
}

void ActivityForm::clearError()
{
    m_errorMarker.clear();
}

void ActivityForm::showError(const Error &error)
{
    QWidget *field = nullptr;
    if (error.field == QLatin1String("promise_amount"))
        field = m_amount;
    else if (error.field == QLatin1String("promise_due"))
        field = m_promiseDate;
    else if (error.field == QLatin1String("callback_at"))
        field = m_callback;
    else if (error.field == QLatin1String("result"))
        field = m_result;
    else if (error.field == QLatin1String("summary"))
        field = m_note;
    m_errorMarker.mark(field, error.message);
}

void ActivityForm::submit()
{
    ContactDraft draft;
    draft.channel = channelFromName(m_channel->currentData().toString()).value_or(Channel::Phone);
    draft.direction =
        directionFromName(m_direction->currentData().toString()).value_or(Direction::Outbound);
    draft.result = m_result->currentData().toString();
    draft.note = m_note->text();
    draft.promiseAmount = m_amount->text();
    draft.promiseDate = m_promiseDate->date();
    draft.callbackAt = m_callback->dateTime();
    const Status status = m_workspace->logContact(draft);
    if (!status) {
        showError(status.error());
        return;
    }
    const QString what = m_result->currentText();
    reset();
    emit logged(tr("Contact logged: %1").arg(what));
    m_result->setFocus(Qt::OtherFocusReason);
}

} // namespace quita
