#pragma once

#include "ProtestWindow.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QUuid>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace quita {

class ProtestDesk;

// The protest screens of the desk, opened from the Protest menu, and the proposal to
// cancel a protest when an agreement is closed on a protested title.
class ProtestActions : public QObject
{
    Q_OBJECT
public:
    ProtestActions(ProtestDesk &desk, QWidget *window);

    // A Protest menu, inserted before `before` (e.g. Help).
    QMenu *addMenu(QMenuBar *bar, QAction *before);
    void showProtest(ProtestWindow::Tab tab = ProtestWindow::EligibleTab);
    // After an agreement for this debtor: when titles it covers are protested, offers
    // (without blocking) to prepare their cancellation.
    void proposeCancellation(const QUuid &debtorId);
    void serverChanged();

    ProtestWindow *protestWindow() const { return m_protest; }
    QMessageBox *proposal() const { return m_proposal; }

signals:
    void message(const QString &text);

private:
    ProtestDesk &m_desk;
    QWidget *m_window;
    QPointer<ProtestWindow> m_protest;
    QPointer<QMessageBox> m_proposal;
};

} // namespace quita
