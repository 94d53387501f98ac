#pragma once

#include <QDialog>

class QTabWidget;

namespace quita {

class ProtestDesk;
class ProtestEligiblePage;
class ProtestFilesPage;
class ProtestRequestsPage;

// Protest filing (issue 5): the eligible titles and the batch, the requests with their
// withdrawals, cancellations and documents, and the CRA files. A window beside the desk
// (not modal): the agent keeps working while the server answers.
class ProtestWindow : public QDialog
{
    Q_OBJECT
public:
    enum Tab
    {
        EligibleTab,
        RequestsTab,
        FilesTab
    };

    explicit ProtestWindow(ProtestDesk &desk, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // The server's changes arrived (protest rows synced): the local list is re-read.
    void serverChanged();

    ProtestEligiblePage *eligiblePage() const { return m_eligible; }
    ProtestRequestsPage *requestsPage() const { return m_requests; }
    ProtestFilesPage *filesPage() const { return m_files; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void tabShown(int index);

    ProtestDesk &m_desk;
    QTabWidget *m_tabs;
    ProtestEligiblePage *m_eligible;
    ProtestRequestsPage *m_requests;
    ProtestFilesPage *m_files;
    bool m_eligibleLoaded = false;
    bool m_filesLoaded = false;
};

} // namespace quita
