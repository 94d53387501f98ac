#include "WorkQueueView.h"

#include "ChannelIconProxy.h"
#include "item/WorkQueueModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace quita {

WorkQueueView::WorkQueueView(WorkQueueModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this)), m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("workQueue"));
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setPlaceholderText(tr("Search name, CPF/CNPJ, phone, e-mail, contract (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);

    m_table->setObjectName(QStringLiteral("queueTable"));
    auto *icons = new ChannelIconProxy(WorkQueueModel::BestChannelRole, this);
    icons->setSourceModel(model);
    m_table->setModel(icons);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WorkQueueModel::ReasonColumn, 132);
    m_table->setColumnWidth(WorkQueueModel::NameColumn, 142);
    m_table->setColumnWidth(WorkQueueModel::DocumentColumn, 104);
    m_table->setColumnWidth(WorkQueueModel::StateColumn, 30);
    m_table->setColumnWidth(WorkQueueModel::TotalDueColumn, 92);
    m_table->setColumnWidth(WorkQueueModel::DaysPastDueColumn, 48);
    m_table->setColumnWidth(WorkQueueModel::BestContactColumn, 58);

    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        m_model->setSearch(m_search->text());
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkQueueView::onCurrentChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &WorkQueueView::updateSummary);
    updateSummary();
}

void WorkQueueView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WorkQueueView::selectNext(int step)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = std::clamp(current + step, 0, rows - 1);
    m_table->selectRow(next);
    m_table->scrollTo(m_table->model()->index(next, 0));
}

void WorkQueueView::updateSummary()
{
    const QLocale locale;
    if (!m_model->search().isEmpty())
        m_summary->setText(m_model->rowCount() == 0
                               ? tr("No debtor matches \"%1\".").arg(m_model->search())
                               : tr("%n debtor(s) found", nullptr, m_model->rowCount()));
    else if (m_model->queueSize() == 0)
        m_summary->setText(tr("Nothing in today's queue. Search a debtor above."));
    else
        m_summary->setText(tr("%n debtor(s) in today's queue", nullptr, m_model->queueSize()));
}

void WorkQueueView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit debtorChosen(m_model->debtorAt(current.row()));
}

} // namespace quita
