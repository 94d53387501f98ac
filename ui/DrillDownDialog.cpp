#include "DrillDownDialog.h"

#include "item/KpiAccountModel.h"
#include "item/KpiSource.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace quita {

DrillDownDialog::DrillDownDialog(KpiSource *source, const KpiFilter &filter,
                                 const KpiSelector &selector, const QString &caption,
                                 QWidget *parent)
    : QDialog(parent), m_model(new KpiAccountModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Accounts: %1").arg(caption));
    auto *heading = new QLabel(tr("<b>%1</b><br>%2 to %3")
                                   .arg(caption.toHtmlEscaped(),
                                        QLocale().toString(filter.from, QLocale::ShortFormat),
                                        QLocale().toString(filter.to, QLocale::ShortFormat)),
                               this);
    m_status->setObjectName(QStringLiteral("drillDownStatus"));
    m_status->setWordWrap(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KpiAccountModel::SortRole);
    m_view->setObjectName(QStringLiteral("drillDownTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(KpiAccountModel::Name, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click an account to open it in the workspace."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(640, 420);

    const auto open = [this](const QModelIndex &index) {
        const QUuid id = m_proxy->data(index, KpiAccountModel::DebtorIdRole).toUuid();
        if (!id.isNull())
            emit debtorChosen(id);
    };
    // Double-click or Enter (a single click where the style activates on one).
    connect(m_view, &QTableView::activated, this, open);

    m_status->setText(tr("Loading the accounts…"));
    m_reply = source->accounts(filter, selector);
    connect(m_reply, &KpiReply::finished, this, &DrillDownDialog::loaded);
}

void DrillDownDialog::setPortfolioNames(const QHash<QString, QString> &names)
{
    m_model->setPortfolioNames(names);
}

QString DrillDownDialog::status() const
{
    return m_status->text();
}

void DrillDownDialog::loaded()
{
    KpiReply *reply = m_reply;
    m_reply.clear();
    if (!reply->ok()) {
        m_status->setText(
            reply->failure() == KpiReply::Failure::Offline
                ? tr("The accounts behind this figure need the server; you are "
                     "offline.")
                : tr("The accounts could not be loaded. %1").arg(reply->errorMessage()));
        return;
    }
    if (auto set = m_model->setAnswer(reply->json()); !set) {
        m_status->setText(tr("The accounts could not be loaded. %1").arg(set.error().message));
        return;
    }
    const int n = m_model->rowCount();
    if (n == 0)
        m_status->setText(tr("No account is behind this figure."));
    else if (m_model->truncated())
        m_status->setText(
            tr("The first %n account(s); narrow the filters to see the rest.", nullptr, n));
    else
        m_status->setText(tr("%n account(s).", nullptr, n));
    m_view->sortByColumn(KpiAccountModel::Amount, Qt::DescendingOrder);
    m_view->resizeColumnsToContents();
}

} // namespace quita
