#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace quita {

class SyncController;

// The status bar's sync corner: online or offline (and why), changes waiting to be sent,
// the last sync, the first sync's progress with a Cancel button, and the conflicts
// button when there are some. Without a controller: working on the local store only.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController *sync, QWidget *parent = nullptr);

    QString text() const;

signals:
    void conflictsRequested();
    void signInRequested();

private:
    void refreshStatus();

    SyncController *m_sync;
    QLabel *m_dot;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_conflicts;
    QPushButton *m_signIn;
};

} // namespace quita
