#include "NegotiationDialog.h"

#include "OfferColumn.h"
#include "item/NegotiationSession.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace quita {
namespace {

QString roleLabel(ApprovalRole role)
{
    switch (role) {
    case ApprovalRole::Agent:
        return NegotiationDialog::tr("agent");
    case ApprovalRole::Supervisor:
        return NegotiationDialog::tr("supervisor");
    case ApprovalRole::Admin:
        return NegotiationDialog::tr("administrator");
    }
    return {};
}

} // namespace

NegotiationDialog::NegotiationDialog(NegotiationSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_titles(new QTreeWidget(this)),
      m_asOf(new QDateEdit(this)), m_principal(new QLabel(this)), m_fine(new QLabel(this)),
      m_interest(new QLabel(this)), m_correction(new QLabel(this)), m_fees(new QLabel(this)),
      m_total(new QLabel(this)), m_balanceError(new QLabel(this)), m_context(new QLabel(this))
{
    setObjectName(QStringLiteral("negotiationDialog"));
    const Debtor &debtor = session->debtor();
    setWindowTitle(tr("Negotiation – %1").arg(debtor.name));
    resize(1360, 740);

    const Creditor &creditor = session->creditor();
    m_context->setText(tr("<b>%1</b> · %2 · creditor %3 (CNPJ %4)")
                           .arg(debtor.name.toHtmlEscaped(), debtor.document.masked(),
                                creditor.name.toHtmlEscaped(), creditor.document.formatted()));
    m_context->setObjectName(QStringLiteral("context"));

    m_titles->setObjectName(QStringLiteral("titles"));
    m_titles->setRootIsDecorated(false);
    m_titles->setHeaderLabels({tr("Title"), tr("Due"), tr("Open"), tr("Days late")});
    m_titles->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_titles->setMinimumWidth(400);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOf->setDate(session->asOf());
    m_total->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_total->setObjectName(QStringLiteral("balanceTotal"));
    m_balanceError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_balanceError->setWordWrap(true);

    auto *breakdown = new QFormLayout;
    breakdown->addRow(tr("Balance as of"), m_asOf);
    breakdown->addRow(tr("Principal"), m_principal);
    breakdown->addRow(tr("Fine (multa)"), m_fine);
    breakdown->addRow(tr("Late interest"), m_interest);
    breakdown->addRow(tr("Monetary correction"), m_correction);
    breakdown->addRow(tr("Fees"), m_fees);
    breakdown->addRow(tr("Updated balance"), m_total);
    for (QLabel *l : {m_principal, m_fine, m_interest, m_correction, m_fees, m_total})
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *titlesBox = new QGroupBox(tr("Titles to negotiate"), this);
    auto *left = new QVBoxLayout(titlesBox);
    left->addWidget(m_titles, 1);
    left->addLayout(breakdown);
    left->addWidget(m_balanceError);

    auto *offersBox = new QGroupBox(tr("Offers (you negotiate as %1; policy bucket %2)")
                                        .arg(roleLabel(session->role()), QString()),
                                    this);
    offersBox->setObjectName(QStringLiteral("offersBox"));
    auto *offers = new QHBoxLayout(offersBox);
    for (int i = 0; i < NegotiationSession::kOffers; ++i) {
        auto *column = new OfferColumn(i, offersBox);
        m_offers[std::size_t(i)] = column;
        column->setOffer(session->offer(i));
        offers->addWidget(column, 1);
        connect(column, &OfferColumn::edited, this,
                [this, i, column] { m_session->setOffer(i, column->offer()); });
        connect(column, &OfferColumn::closeRequested, this, [this, i] { closeAgreement(i); });
        connect(column, &OfferColumn::approvalRequested, this, [this, i] { askApproval(i); });
    }

    // Four offers side by side; on a narrow screen they scroll rather than squeeze.
    auto *offersScroll = new QScrollArea(this);
    offersScroll->setWidget(offersBox);
    offersScroll->setWidgetResizable(true);
    offersScroll->setFrameShape(QFrame::NoFrame);
    offersScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    offersScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *body = new QHBoxLayout;
    body->addWidget(titlesBox, 0);
    body->addWidget(offersScroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_titles, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == 0)
            m_session->setSelected(m_titles->indexOfTopLevelItem(item),
                                   item->checkState(0) == Qt::Checked);
    });
    connect(m_asOf, &QDateEdit::dateChanged, this,
            [this](const QDate &date) { m_session->setAsOf(date); });
    connect(session, &NegotiationSession::recomputed, this, &NegotiationDialog::showResults);
    showTitles();
    showResults();
}

void NegotiationDialog::showTitles()
{
    const QLocale locale;
    const QSignalBlocker blocker(m_titles);
    m_titles->clear();
    const QList<Title> &titles = m_session->titles();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const Title &t = titles.at(i);
        auto *item = new QTreeWidgetItem(
            m_titles,
            {t.number, locale.toString(t.dueDate, QLocale::ShortFormat),
             t.openBalance.toString(locale), QString::number(t.daysPastDue(m_session->asOf()))});
        item->setCheckState(0, m_session->isSelected(int(i)) ? Qt::Checked : Qt::Unchecked);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (t.disputed)
            item->setToolTip(0, tr("This title is in dispute."));
    }
}

void NegotiationDialog::showResults()
{
    const QLocale locale;
    const auto &balance = m_session->balance();
    const BalanceBreakdown totals = balance ? balance->totals : BalanceBreakdown{};
    m_principal->setText(totals.principal.toString(locale));
    m_fine->setText(totals.fine.toString(locale));
    m_interest->setText(totals.interest.toString(locale));
    m_correction->setText(totals.correction.toString(locale));
    m_fees->setText(totals.fees.toString(locale));
    m_total->setText(totals.total().toString(locale));
    m_balanceError->setText(m_session->balanceError() ? m_session->balanceError()->message
                                                      : QString());
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("offersBox")))
        box->setTitle(tr("Offers (you negotiate as %1; aging bucket %2 days)")
                          .arg(roleLabel(m_session->role()), m_session->bucket()));
    for (int i = 0; i < NegotiationSession::kOffers; ++i) {
        const auto approval = m_session->approvalFor(i);
        m_offers[std::size_t(i)]->showResult(
            m_session->result(i), approval ? approval->status : QString(),
            approval ? approval->comment : QString(), m_session->recoveryMethod());
    }
}

void NegotiationDialog::refreshApprovals()
{
    m_session->reloadApprovals();
    showResults();
}

void NegotiationDialog::closeAgreement(int column)
{
    auto created = m_session->closeAgreement(column);
    if (!created) {
        QMessageBox::warning(this, tr("Agreement not closed"), created.error().message);
        showResults();
        return;
    }
    m_created = created->id;
    emit agreementCreated(created->id);
    accept();
}

void NegotiationDialog::askApproval(int column)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Ask for approval"),
        tr("Why should this offer be granted? (the supervisor reads this)"), QString(), &ok);
    if (!ok)
        return;
    auto filed = m_session->requestApproval(column, note);
    if (!filed) {
        QMessageBox::warning(this, tr("Approval not requested"), filed.error().message);
        return;
    }
    showResults();
}

} // namespace quita
