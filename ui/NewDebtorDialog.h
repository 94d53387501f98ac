#pragma once

#include "FieldErrorMarker.h"

#include <QDate>
#include <QDialog>
#include <QUuid>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace quita {

class DebtorRegistration;

// Places a debtor by hand (a walk-in, a placement that arrived on paper). Every field
// is checked where it is typed; a refusal names the field and nothing is written.
class NewDebtorDialog : public QDialog
{
    Q_OBJECT
public:
    NewDebtorDialog(DebtorRegistration &registration, const QDate &today,
                    QWidget *parent = nullptr);

    QUuid createdDebtor() const { return m_created; }
    QString errorText() const;
    QLineEdit *field(const QString &name) const;
    QComboBox *stateBox() const { return m_state; }
    QDateEdit *dueDateField() const { return m_dueDate; }
    void accept() override;

private:
    void showError(const QString &field, const QString &message);

    DebtorRegistration &m_registration;
    QDate m_today;
    QComboBox *m_portfolio;
    QLineEdit *m_name;
    QLineEdit *m_document;
    QComboBox *m_state;
    QLineEdit *m_city;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_contract;
    QLineEdit *m_amount;
    QDateEdit *m_dueDate;
    QLabel *m_error;
    FieldErrorMarker m_errorMarker;
    QUuid m_created;
};

} // namespace quita
