#pragma once

#include <QWidget>

class QTableView;

namespace quita {

class ActivityForm;
class DebtorHeader;
class DebtorWorkspace;
class TimelineView;

// The debtor workspace: header, contact points with consent, titles, and the unified
// timeline with the inline log form.
class DebtorWorkspaceView : public QWidget
{
    Q_OBJECT
public:
    explicit DebtorWorkspaceView(DebtorWorkspace *workspace, QWidget *parent = nullptr);

    DebtorHeader *header() const { return m_header; }
    TimelineView *timelineView() const { return m_timeline; }
    ActivityForm *activityForm() const { return m_form; }
    QTableView *contactsTable() const { return m_contacts; }
    QTableView *titlesTable() const { return m_titles; }

signals:
    void statusMessage(const QString &message);

private:
    void onOpened();

    DebtorWorkspace *m_workspace;
    DebtorHeader *m_header;
    QTableView *m_contacts;
    QTableView *m_titles;
    TimelineView *m_timeline;
    ActivityForm *m_form;
};

} // namespace quita
