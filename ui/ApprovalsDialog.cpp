#include "ApprovalsDialog.h"

#include "domain/Clock.h"
#include "item/ApprovalQueueModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace quita {

ApprovalsDialog::ApprovalsDialog(ApprovalQueueModel *model, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_model(model), m_clock(clock), m_table(new QTableView(this)),
      m_details(new QLabel(this)), m_error(new QLabel(this)), m_comment(new QPlainTextEdit(this)),
      m_approve(new QPushButton(tr("&Approve"), this)),
      m_reject(new QPushButton(tr("&Reject"), this))
{
    setObjectName(QStringLiteral("approvalsDialog"));
    setWindowTitle(tr("Offers waiting for approval"));
    resize(980, 620);
    m_table->setObjectName(QStringLiteral("approvalQueue"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ApprovalQueueModel::OfferColumn,
                                                      QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(150);
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("Comment for the agent (required to reject)"));
    m_comment->setMaximumHeight(80);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reject, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalsDialog::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &ApprovalsDialog::showCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_comment);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (model->rowCount() > 0)
        m_table->selectRow(0);
    showCurrent();
}

void ApprovalsDialog::showCurrent()
{
    const ApprovalRequest *r = m_model->request(m_table->currentIndex().row());
    m_approve->setEnabled(r);
    m_reject->setEnabled(r);
    m_error->clear();
    if (!r) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No offer is waiting for approval.")
                                                    : tr("Choose a request to see the offer."));
        return;
    }
    const QLocale locale;
    QString html = tr("<b>%1</b> asks for <b>%2</b> for %3.")
                       .arg(r->requestedByName.toHtmlEscaped(),
                            ApprovalQueueModel::describeOffer(r->offer).toHtmlEscaped(),
                            r->debtorName.toHtmlEscaped());
    const qint64 balance = r->computed.value(QLatin1String("balance_cents")).toInteger();
    const qint64 total = r->computed.value(QLatin1String("total_cents")).toInteger();
    const qint64 discount = r->computed.value(QLatin1String("discount_cents")).toInteger();
    if (total > 0)
        html += QStringLiteral("<br>") +
                tr("Updated balance %1, discount %2, total to pay %3 in %n payment(s).", nullptr,
                   int(r->computed.value(QLatin1String("installments")).toArray().size()))
                    .arg(Money::fromCents(balance).toString(locale),
                         Money::fromCents(discount).toString(locale),
                         Money::fromCents(total).toString(locale));
    if (!r->note.isEmpty())
        html += QStringLiteral("<br>") + tr("Why: “%1”").arg(r->note.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const QJsonValue &v : r->violations)
        html += QStringLiteral("<li>%1</li>")
                    .arg(v.toObject().value(QLatin1String("message")).toString().toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_details->setText(html);
}

void ApprovalsDialog::decide(bool approve)
{
    const int row = m_table->currentIndex().row();
    const Status done = m_model->decide(row, approve, m_comment->toPlainText(), m_clock.nowUtc());
    if (!done) {
        m_error->setText(done.error().message);
        if (done.error().field == QLatin1String("comment"))
            m_comment->setFocus();
        return;
    }
    m_comment->clear();
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    showCurrent();
    emit decided();
}

} // namespace quita
