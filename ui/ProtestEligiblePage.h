#pragma once

#include "item/ProtestDesk.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace quita {

class EligibleTitleModel;

// Protest, step by step: the titles eligible now (ineligible ones with their reasons on
// request), ticked into a batch; a review of the batch (totals, debtors, warnings); and,
// once the server has written it, the remittance file to save.
class ProtestEligiblePage : public QWidget
{
    Q_OBJECT
public:
    explicit ProtestEligiblePage(ProtestDesk &desk, QWidget *parent = nullptr);

    enum Step
    {
        SelectStep,
        ReviewStep,
        DoneStep
    };

    void reload();
    void review();
    void confirm();
    // Asks where (ProtestPrompts) and writes the remittance exactly as the server sent it.
    void saveFile();
    void startOver();

    Step step() const;
    EligibleTitleModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const ProtestFile &created() const { return m_created; }
    bool isLoading() const { return m_loading; }

signals:
    // A batch was written on the server.
    void batchCreated(const ProtestFile &file);

private:
    QWidget *makeSelectStep();
    QWidget *makeReviewStep();
    QWidget *makeDoneStep();
    void updateSummary();
    void updateReasons();
    void showError(QLabel *label, const QString &message);

    ProtestDesk &m_desk;
    EligibleTitleModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSortFilterProxyModel *m_checkedProxy;
    QStackedWidget *m_steps;
    QTableView *m_table;
    QLabel *m_heading;
    QLabel *m_empty;
    QLabel *m_reasons;
    QLabel *m_summary;
    QLabel *m_selectError;
    QCheckBox *m_showIneligible;
    QPushButton *m_review;
    QLabel *m_reviewTotals;
    QLabel *m_warnings;
    QLabel *m_reviewError;
    QPushButton *m_confirm;
    QLabel *m_doneText;
    QLabel *m_saved;
    QLabel *m_doneError;
    ProtestFile m_created;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace quita
