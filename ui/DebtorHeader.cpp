#include "DebtorHeader.h"

#include "domain/BrazilianStates.h"
#include "item/DebtorWorkspace.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace quita {
namespace {

QLabel *makeFigure(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

QLabel *makeCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

} // namespace

DebtorHeader::DebtorHeader(DebtorWorkspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_name(new QLabel(this)),
      m_document(new QLabel(this)), m_location(new QLabel(this)),
      m_totalDue(makeFigure(this, "headerTotalDue")),
      m_daysPastDue(makeFigure(this, "headerDaysPastDue")), m_status(new QLabel(this)),
      m_creditor(new QLabel(this)), m_clockTick(new QTimer(this))
{
    setObjectName(QStringLiteral("debtorHeader"));
    m_name->setObjectName(QStringLiteral("headerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_document->setObjectName(QStringLiteral("headerDocument"));
    m_location->setObjectName(QStringLiteral("headerLocation"));
    m_status->setObjectName(QStringLiteral("headerStatus"));
    m_creditor->setObjectName(QStringLiteral("headerCreditor"));
    m_creditor->setStyleSheet(QStringLiteral("color: palette(mid);"));

    // Long texts on the left give way (clip) before the figures on the right do.
    for (QLabel *l : {m_name, m_document, m_location, m_creditor})
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *identity = new QVBoxLayout;
    identity->setSpacing(2);
    for (QLabel *l : {m_name, m_document, m_location, m_creditor})
        identity->addWidget(l);
    identity->addStretch(1);

    auto *figuresBox = new QWidget(this);
    figuresBox->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    auto *figures = new QGridLayout(figuresBox);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setHorizontalSpacing(24);
    figures->addWidget(makeCaption(tr("Total due today"), figuresBox), 0, 0);
    figures->addWidget(m_totalDue, 1, 0);
    figures->addWidget(makeCaption(tr("Days past due"), figuresBox), 0, 1);
    figures->addWidget(m_daysPastDue, 1, 1);
    figures->addWidget(m_status, 2, 0, 1, 2);
    figures->setRowStretch(3, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(identity, 1);
    layout->addWidget(figuresBox, 0, Qt::AlignTop);

    m_clockTick->setInterval(30 * 1000); // the debtor's local time stays current
    connect(m_clockTick, &QTimer::timeout, this, &DebtorHeader::refresh);
    m_clockTick->start();
    refresh();
}

QString DebtorHeader::nameText() const
{
    return m_name->text();
}

QString DebtorHeader::documentText() const
{
    return m_document->text();
}

void DebtorHeader::refresh()
{
    if (!m_workspace->isOpen()) {
        m_name->setText(tr("No debtor open"));
        m_document->setText(tr("Choose a debtor in the work queue, or search by name, CPF/CNPJ, "
                               "phone, e-mail or contract."));
        for (QLabel *l : {m_location, m_totalDue, m_daysPastDue, m_status, m_creditor})
            l->clear();
        return;
    }
    const QLocale locale;
    const DebtorOverview &o = m_workspace->overview();
    const Debtor &d = o.debtor;
    m_name->setText(d.name);
    m_document->setText((d.document.kind() == Document::Kind::Cpf ? tr("CPF %1") : tr("CNPJ %1"))
                            .arg(d.document.masked()));
    const auto *state = BrazilianStates::find(d.address.state);
    const QString place = d.address.city.isEmpty()
                              ? (state ? state->name : d.address.state)
                              : tr("%1 – %2").arg(d.address.city, d.address.state);
    m_location->setText(tr("%1 · local time %2")
                            .arg(place, locale.toString(m_workspace->debtorLocalTime().time(),
                                                        QStringLiteral("HH:mm"))));
    m_totalDue->setText(o.totalDue.toString(locale));
    const int dpd = m_workspace->daysPastDue();
    m_daysPastDue->setText(dpd > 0 ? locale.toString(dpd) : tr("current"));
    m_daysPastDue->setStyleSheet(dpd > 90 ? QStringLiteral("color: #c62828;") : QString());
    const QDate today = m_workspace->clock().today();
    if (o.agreementStatus == QLatin1String("broken")) {
        m_status->setText(tr("Agreement broken"));
        m_status->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    } else if (o.nextInstallmentDue.isValid()) {
        const bool late = o.nextInstallmentDue < today;
        m_status->setText((late ? tr("Agreement: installment late since %1")
                                : tr("Agreement: next installment %1"))
                              .arg(locale.toString(o.nextInstallmentDue, QLocale::ShortFormat)));
        m_status->setStyleSheet(late ? QStringLiteral("color: #b26a00; font-weight: bold;")
                                     : QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else if (o.agreementStatus == QLatin1String("settled")) {
        m_status->setText(tr("Agreement settled"));
        m_status->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else if (o.openPromiseDue.isValid()) {
        const bool broken = o.openPromiseDue < today;
        m_status->setText(broken
                              ? tr("Promise broken (due %1)")
                                    .arg(locale.toString(o.openPromiseDue, QLocale::ShortFormat))
                              : tr("Promise open, due %1")
                                    .arg(locale.toString(o.openPromiseDue, QLocale::ShortFormat)));
        m_status->setStyleSheet(broken ? QStringLiteral("color: #c62828; font-weight: bold;")
                                       : QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else {
        m_status->setText(tr("No open promise"));
        m_status->setStyleSheet(QStringLiteral("color: palette(mid);"));
    }
    m_creditor->setText(tr("Creditor: %1 · Portfolio: %2").arg(o.creditorName, o.portfolioName));
}

} // namespace quita
