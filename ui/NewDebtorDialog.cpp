#include "NewDebtorDialog.h"

#include "domain/BrazilianStates.h"
#include "domain/Money.h"
#include "store/DebtorRegistration.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace quita {

NewDebtorDialog::NewDebtorDialog(DebtorRegistration &registration, const QDate &today,
                                 QWidget *parent)
    : QDialog(parent), m_registration(registration), m_today(today),
      m_portfolio(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_document(new QLineEdit(this)), m_state(new QComboBox(this)), m_city(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)), m_contract(new QLineEdit(this)),
      m_amount(new QLineEdit(this)), m_dueDate(new QDateEdit(this)), m_error(new QLabel(this)),
      m_errorMarker(m_error)
{
    setWindowTitle(tr("New debtor"));
    setObjectName(QStringLiteral("newDebtorDialog"));
    for (const PortfolioChoice &choice : registration.portfolios())
        m_portfolio->addItem(tr("%1 – %2").arg(choice.creditorName, choice.portfolio.name),
                             choice.portfolio.id);
    m_state->addItem(tr("Choose…"), QString());
    for (const BrazilianState &state : BrazilianStates::all())
        m_state->addItem(QStringLiteral("%1 – %2").arg(state.code, state.name), state.code);
    m_name->setObjectName(QStringLiteral("name"));
    m_document->setObjectName(QStringLiteral("document"));
    m_document->setPlaceholderText(tr("CPF or CNPJ, e.g. 123.456.789-09"));
    m_city->setObjectName(QStringLiteral("city"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("(11) 98765-4321 (optional)"));
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("optional"));
    m_contract->setObjectName(QStringLiteral("contract"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(
        tr("e.g. %1").arg(Money::fromCents(123456).toNumberString(QLocale())));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDate(today.addDays(-30));
    m_error->setObjectName(QStringLiteral("newDebtorError"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Portfolio:"), m_portfolio);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("CPF/&CNPJ:"), m_document);
    form->addRow(tr("&State:"), m_state);
    form->addRow(tr("Ci&ty:"), m_city);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("C&ontract:"), m_contract);
    form->addRow(tr("&Amount due:"), m_amount);
    form->addRow(tr("&Due date:"), m_dueDate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Place debtor"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDebtorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDebtorDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QLineEdit *NewDebtorDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

QString NewDebtorDialog::errorText() const
{
    return m_errorMarker.message();
}

void NewDebtorDialog::showError(const QString &fieldName, const QString &message)
{
    QWidget *target = field(fieldName);
    if (fieldName == QLatin1String("state"))
        target = m_state;
    else if (fieldName == QLatin1String("due_date"))
        target = m_dueDate;
    else if (fieldName == QLatin1String("portfolio"))
        target = m_portfolio;
    m_errorMarker.mark(target, message);
}

void NewDebtorDialog::accept()
{
    NewDebtorDraft draft;
    draft.portfolioId = m_portfolio->currentData().toUuid();
    draft.name = m_name->text();
    draft.document = m_document->text();
    draft.state = m_state->currentData().toString();
    draft.city = m_city->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.contractNumber = m_contract->text();
    draft.amount = m_amount->text();
    draft.dueDate = m_dueDate->date();
    const auto created = m_registration.registerDebtor(draft, m_today);
    if (!created) {
        showError(created.error().field, created.error().message);
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace quita
