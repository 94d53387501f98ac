#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace quita {

class ApprovalQueueModel;
class Clock;

// The supervisor's queue of offers beyond their agents' authority: the debtor, who asks
// and why, the offer and the limits it breaks; approve, or reject saying why. Answers
// travel to the agent's desk by sync.
class ApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalsDialog(ApprovalQueueModel *model, const Clock &clock, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *comment() const { return m_comment; }
    void decide(bool approve);

signals:
    void decided();

private:
    void showCurrent();

    ApprovalQueueModel *m_model;
    const Clock &m_clock;
    QTableView *m_table;
    QLabel *m_details;
    QLabel *m_error;
    QPlainTextEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace quita
