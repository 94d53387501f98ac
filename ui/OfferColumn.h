#pragma once

#include "domain/negotiation/NegotiationSimulator.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace quita {

// One offer of the negotiation screen: what the agent types (kind, installments, down
// payment, discount, first due date) and what it comes to (discount, installment, total,
// rate, expected recovery, affordability), with each policy limit it breaks shown next
// to its field and the way forward: close the agreement or ask for approval.
class OfferColumn : public QWidget
{
    Q_OBJECT
public:
    OfferColumn(int index, QWidget *parent = nullptr);

    void setOffer(const ScenarioRequest &offer);
    // The offer as typed; the down payment text that does not parse is reported by
    // inputError() and counts as none.
    ScenarioRequest offer() const;
    QString inputError() const;
    // Shows a computed offer (null: nothing computed) and the state of its approval:
    // "" none, or an ApprovalRequest status ("pending", "approved", "rejected", "used").
    void showResult(const SimulatedScenario *result, const QString &approvalStatus,
                    const QString &approvalComment, const QString &recoveryMethod);

signals:
    void edited();
    void closeRequested();
    void approvalRequested();

private:
    void markField(const QString &field, const QString &message);

    int m_index;
    bool m_updating = false;
    QComboBox *m_kind;
    QSpinBox *m_installments;
    QLineEdit *m_downPayment;
    QDoubleSpinBox *m_discount;
    QDateEdit *m_firstDue;
    QLabel *m_discountValue;
    QLabel *m_downValue;
    QLabel *m_installmentValue;
    QLabel *m_total;
    QLabel *m_rate;
    QLabel *m_recovery;
    QLabel *m_affordability;
    QLabel *m_verdict;
    QLabel *m_violations;
    QPushButton *m_close;
    QPushButton *m_ask;
};

} // namespace quita
