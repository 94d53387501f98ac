#include "SyncStatusWidget.h"

#include "item/SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace quita {
namespace {

QString dot(const char *color)
{
    return QStringLiteral("<span style=\"color:%1; font-size:14px;\">●</span>")
        .arg(QLatin1String(color));
}

} // namespace

SyncStatusWidget::SyncStatusWidget(SyncController *sync, QWidget *parent)
    : QWidget(parent), m_sync(sync), m_dot(new QLabel(this)), m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_conflicts(new QPushButton(this)), m_signIn(new QPushButton(tr("Sign in…"), this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0); // the total is not known ahead: a busy bar with a count
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    for (QPushButton *b : {m_cancel, m_conflicts, m_signIn})
        b->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_signIn);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(m_signIn, &QPushButton::clicked, this, &SyncStatusWidget::signInRequested);
    if (m_sync) {
        connect(m_cancel, &QPushButton::clicked, m_sync, &SyncController::cancelFirstSync);
        connect(m_sync, &SyncController::statusChanged, this, &SyncStatusWidget::refreshStatus);
        connect(m_sync, &SyncController::progress, this, [this](int applied, bool first) {
            if (first)
                m_progress->setFormat(tr("%n change(s) received", nullptr, applied));
            refreshStatus();
        });
    }
    refreshStatus();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::refreshStatus()
{
    m_progress->hide();
    m_cancel->hide();
    m_conflicts->hide();
    m_signIn->hide();
    if (!m_sync) {
        m_dot->setText(dot("#9e9e9e"));
        m_label->setText(tr("Offline: working on the local store"));
        setToolTip(tr("No central server is configured on this desk; everything is kept "
                      "locally."));
        return;
    }
    QStringList parts;
    const QLocale locale;
    switch (m_sync->state()) {
    case SyncEngine::State::Online:
        m_dot->setText(dot("#2e7d32"));
        parts << tr("Online");
        break;
    case SyncEngine::State::Syncing:
        m_dot->setText(dot("#1565c0"));
        parts << tr("Syncing…");
        break;
    case SyncEngine::State::Offline:
        m_dot->setText(dot("#c62828"));
        if (!m_sync->isSignedIn()) {
            parts << tr("Offline: not signed in");
            m_signIn->show();
        } else if (m_sync->nextRetry().isValid()) {
            parts << tr("Offline: retrying at %1")
                         .arg(locale.toString(m_sync->nextRetry().toLocalTime().time(),
                                              QLocale::ShortFormat));
        } else {
            parts << tr("Offline");
        }
        break;
    }
    if (m_sync->pending() > 0)
        parts << tr("%n change(s) waiting to be sent", nullptr, m_sync->pending());
    if (m_sync->lastSync().isValid())
        parts << tr("last sync %1")
                     .arg(locale.toString(m_sync->lastSync().toLocalTime().time(),
                                          QLocale::ShortFormat));
    m_label->setText(parts.join(QStringLiteral(" · ")));
    const QString who = m_sync->user().value(QLatin1String("display_name")).toString();
    setToolTip(
        tr("Server: %1").arg(m_sync->server().toDisplayString()) +
        (who.isEmpty() ? QString() : QLatin1Char('\n') + tr("Signed in as %1").arg(who)) +
        (m_sync->lastError().isEmpty() ? QString() : QLatin1Char('\n') + m_sync->lastError()));
    if (m_sync->firstSyncRunning()) {
        m_progress->show();
        m_cancel->show();
    }
    if (m_sync->conflicts() > 0) {
        m_conflicts->setText(tr("%n conflict(s)", nullptr, m_sync->conflicts()));
        m_conflicts->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
        m_conflicts->show();
    }
}

} // namespace quita
