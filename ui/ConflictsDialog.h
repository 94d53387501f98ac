#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace quita {

class ConflictModel;

// The changes the server did not take, one per row, with what the server says; the
// agent discards each or, when someone changed the row first, sends it again on top of
// the server's version.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(ConflictModel &model, QWidget *parent = nullptr);

signals:
    void resolved(); // something changed: the outbox, the list

private:
    void updateButtons();
    int currentRow() const;

    ConflictModel &m_model;
    QTableView *m_table;
    QLabel *m_detail;
    QLabel *m_empty;
    QPushButton *m_resend;
    QPushButton *m_discard;
};

} // namespace quita
