#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace quita {

class WorkQueueModel;

// Today's work queue with its search box. Moving through the rows with the keyboard
// opens each debtor; typing searches every debtor by name, CPF/CNPJ, phone, e-mail
// or contract number.
class WorkQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkQueueView(WorkQueueModel *model, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    void focusSearch();
    void selectNext(int step);

signals:
    void debtorChosen(const QUuid &debtorId);

private:
    void onCurrentChanged();
    void updateSummary();

    WorkQueueModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_searchDelay;
};

} // namespace quita
