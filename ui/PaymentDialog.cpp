#include "PaymentDialog.h"

#include "FieldErrorMarker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace quita {

PaymentDialog::PaymentDialog(const QString &installment, Money remaining, const QDate &today,
                             Post post, QWidget *parent)
    : QDialog(parent), m_post(std::move(post)), m_amount(new QLineEdit(this)),
      m_paidOn(new QDateEdit(today, this)), m_error(new QLabel(this)),
      m_marker(std::make_unique<FieldErrorMarker>(m_error))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Post a payment"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setText(remaining.toNumberString());
    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setMaximumDate(today);
    m_paidOn->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(installment, this));
    form->addRow(tr("Amount paid"), m_amount);
    form->addRow(tr("Paid on"), m_paidOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Post"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_amount->selectAll();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::submit()
{
    m_marker->clear();
    const Status posted = m_post(m_amount->text(), m_paidOn->date());
    if (posted) {
        accept();
        return;
    }
    const QString &field = posted.error().field;
    m_marker->mark(field == QLatin1String("amount")    ? static_cast<QWidget *>(m_amount)
                   : field == QLatin1String("paid_on") ? static_cast<QWidget *>(m_paidOn)
                                                       : nullptr,
                   posted.error().message);
}

} // namespace quita
