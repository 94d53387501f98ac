#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace quita {

class FieldErrorMarker;

// Posting a payment by hand on one installment: the amount (what is left, to begin with)
// and the date it was paid. `post` writes it and says what is wrong, by field.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    using Post = std::function<Status(const QString &amount, const QDate &paidOn)>;
    PaymentDialog(const QString &installment, Money remaining, const QDate &today, Post post,
                  QWidget *parent = nullptr);
    ~PaymentDialog() override;

    QLineEdit *amount() const { return m_amount; }
    QDateEdit *paidOn() const { return m_paidOn; }
    void submit();

private:
    Post m_post;
    QLineEdit *m_amount;
    QDateEdit *m_paidOn;
    QLabel *m_error;
    std::unique_ptr<FieldErrorMarker> m_marker;
};

} // namespace quita
