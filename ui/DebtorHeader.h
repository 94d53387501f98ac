#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace quita {

class DebtorWorkspace;

// The top of the workspace: name, masked document, state and the debtor's local time,
// total due updated to today, days past due, promise status and the creditor.
class DebtorHeader : public QWidget
{
    Q_OBJECT
public:
    explicit DebtorHeader(DebtorWorkspace *workspace, QWidget *parent = nullptr);
    void refresh();

    QString nameText() const;
    QString documentText() const;

private:
    DebtorWorkspace *m_workspace;
    QLabel *m_name;
    QLabel *m_document;
    QLabel *m_location;
    QLabel *m_totalDue;
    QLabel *m_daysPastDue;
    QLabel *m_status;
    QLabel *m_creditor;
    QTimer *m_clockTick;
};

} // namespace quita
