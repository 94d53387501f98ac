#include "ProtestEligiblePage.h"

#include "ProtestPrompts.h"
#include "item/EligibleTitleModel.h"
#include "item/ProtestLabels.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace quita {
namespace {

// The ticked titles only (the review's list).
class CheckedProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        Q_UNUSED(parent)
        const auto *model = static_cast<const EligibleTitleModel *>(sourceModel());
        return model->isChecked(row);
    }
};

QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

ProtestEligiblePage::ProtestEligiblePage(ProtestDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new EligibleTitleModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_checkedProxy(new CheckedProxy(this)),
      m_steps(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("protestEligiblePage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EligibleTitleModel::SortRole);
    m_checkedProxy->setSourceModel(m_model);
    m_steps->addWidget(makeSelectStep());
    m_steps->addWidget(makeReviewStep());
    m_steps->addWidget(makeDoneStep());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    connect(m_model, &EligibleTitleModel::checkedChanged, this,
            &ProtestEligiblePage::updateSummary);
    updateSummary();
}

QWidget *ProtestEligiblePage::makeSelectStep()
{
    auto *page = new QWidget(this);
    m_heading = heading(tr("Titles eligible for protest"), page);
    m_showIneligible =
        new QCheckBox(tr("Also show titles that are not eligible, with the reason"), page);
    m_showIneligible->setObjectName(QStringLiteral("showIneligible"));
    auto *refresh = new QPushButton(tr("&Refresh"), page);
    refresh->setObjectName(QStringLiteral("refreshEligible"));
    m_table = makeTable(m_proxy, "eligibleTable", page);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EligibleTitleModel::DaysPastDueColumn, Qt::DescendingOrder);
    m_empty = new QLabel(page);
    m_empty->setObjectName(QStringLiteral("eligibleEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_reasons = new QLabel(page);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    m_selectError = errorLabel("eligibleError", page);
    auto *all = new QPushButton(tr("Tick &all eligible"), page);
    all->setObjectName(QStringLiteral("tickAll"));
    auto *none = new QPushButton(tr("&Untick all"), page);
    m_review = new QPushButton(tr("Re&view batch…"), page);
    m_review->setObjectName(QStringLiteral("reviewBatch"));
    m_review->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showIneligible);
    top->addWidget(refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(all);
    bottom->addWidget(none);
    bottom->addWidget(m_review);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_selectError);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_reasons);
    layout->addLayout(bottom);

    connect(refresh, &QPushButton::clicked, this, &ProtestEligiblePage::reload);
    connect(m_showIneligible, &QCheckBox::toggled, this, &ProtestEligiblePage::reload);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_review, &QPushButton::clicked, this, &ProtestEligiblePage::review);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProtestEligiblePage::updateReasons);
    return page;
}

QWidget *ProtestEligiblePage::makeReviewStep()
{
    auto *page = new QWidget(this);
    m_reviewTotals = new QLabel(page);
    m_reviewTotals->setObjectName(QStringLiteral("reviewTotals"));
    m_reviewTotals->setTextFormat(Qt::RichText);
    m_warnings = new QLabel(page);
    m_warnings->setObjectName(QStringLiteral("reviewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_reviewError = errorLabel("reviewError", page);
    auto *list = makeTable(m_checkedProxy, "reviewTable", page);
    list->setColumnHidden(EligibleTitleModel::EligibilityColumn, true);
    auto *back = new QPushButton(tr("&Back to the titles"), page);
    back->setObjectName(QStringLiteral("reviewBack"));
    m_confirm = new QPushButton(tr("&Confirm and send to protest"), page);
    m_confirm->setObjectName(QStringLiteral("confirmBatch"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Review the batch"), page));
    layout->addWidget(m_reviewTotals);
    layout->addWidget(m_warnings);
    layout->addWidget(list, 1);
    layout->addWidget(m_reviewError);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_steps->setCurrentIndex(SelectStep); });
    connect(m_confirm, &QPushButton::clicked, this, &ProtestEligiblePage::confirm);
    return page;
}

QWidget *ProtestEligiblePage::makeDoneStep()
{
    auto *page = new QWidget(this);
    m_doneText = new QLabel(page);
    m_doneText->setObjectName(QStringLiteral("batchCreated"));
    m_doneText->setWordWrap(true);
    m_doneText->setTextFormat(Qt::RichText);
    m_saved = new QLabel(page);
    m_saved->setObjectName(QStringLiteral("batchSaved"));
    m_saved->setWordWrap(true);
    m_doneError = errorLabel("saveError", page);
    auto *save = new QPushButton(tr("&Save file…"), page);
    save->setObjectName(QStringLiteral("saveBatchFile"));
    save->setDefault(true);
    auto *again = new QPushButton(tr("&New batch"), page);
    again->setObjectName(QStringLiteral("newBatch"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(again);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Batch sent to protest"), page));
    layout->addWidget(m_doneText);
    layout->addLayout(buttons);
    layout->addWidget(m_saved);
    layout->addWidget(m_doneError);
    layout->addStretch(1);
    connect(save, &QPushButton::clicked, this, &ProtestEligiblePage::saveFile);
    connect(again, &QPushButton::clicked, this, &ProtestEligiblePage::startOver);
    return page;
}

ProtestEligiblePage::Step ProtestEligiblePage::step() const
{
    return Step(m_steps->currentIndex());
}

void ProtestEligiblePage::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ProtestEligiblePage::reload()
{
    m_loading = true;
    const int generation = ++m_generation;
    m_empty->setText(tr("Loading the eligible titles from the server…"));
    m_empty->show();
    m_table->hide();
    showError(m_selectError, {});
    const bool all = m_showIneligible->isChecked();
    m_desk.eligible(all, this, [this, generation, all](Result<QList<EligibleTitle>> titles) {
        if (generation != m_generation)
            return; // a newer request is on its way
        m_loading = false;
        if (!titles) {
            m_model->setTitles({});
            m_empty->setText(tr("The eligible titles could not be loaded."));
            showError(m_selectError, titles.error().message);
            return;
        }
        m_model->setTitles(*titles);
        const bool none = m_model->rowCount() == 0;
        m_empty->setText(all ? tr("No title with an open balance is in your portfolios.")
                             : tr("No title is eligible for protest right now. Tick \"Also show "
                                  "titles that are not eligible\" to see why."));
        m_empty->setVisible(none);
        m_table->setVisible(!none);
        m_heading->setText(tr("Titles eligible for protest (%L1 of %L2 listed)")
                               .arg(m_model->eligibleCount())
                               .arg(m_model->rowCount()));
        updateReasons();
    });
}

void ProtestEligiblePage::updateSummary()
{
    const auto totals = m_model->checkedTotals();
    m_summary->setText(totals.titles == 0 ? tr("Tick the titles to send to protest.")
                                          : tr("%n title(s) ticked, %1, %2", nullptr, totals.titles)
                                                .arg(totals.balance.toString(QLocale()),
                                                     tr("%n debtor(s)", nullptr, totals.debtors)));
    m_review->setEnabled(totals.titles > 0);
    static_cast<CheckedProxy *>(m_checkedProxy)->refresh();
    // A title unticked on the review step: the totals and warnings follow.
    if (step() == ReviewStep) {
        if (totals.titles > 0)
            review();
        else
            m_steps->setCurrentIndex(SelectStep);
    }
}

void ProtestEligiblePage::updateReasons()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_reasons->clear();
        return;
    }
    const EligibleTitle &t = m_model->title(current.row());
    if (t.eligible()) {
        m_reasons->setText(tr("%1 – %2: eligible.").arg(t.titleNumber, t.debtorName));
        return;
    }
    QStringList lines;
    for (const EligibleTitle::Reason &r : t.reasons)
        lines << protest::reasonLabel(r.code);
    m_reasons->setText(tr("%1 – %2 is not eligible. %3.")
                           .arg(t.titleNumber, t.debtorName, lines.join(QStringLiteral("; "))));
}

void ProtestEligiblePage::review()
{
    const auto totals = m_model->checkedTotals();
    if (totals.titles == 0)
        return;
    const QLocale locale;
    m_reviewTotals->setText(tr("<table cellspacing=4><tr><td>Titles:</td><td><b>%1</b></td></tr>"
                               "<tr><td>Sum of balances:</td><td><b>%2</b></td></tr>"
                               "<tr><td>Debtors:</td><td><b>%3</b></td></tr></table>")
                                .arg(locale.toString(totals.titles),
                                     totals.balance.toString(locale),
                                     locale.toString(totals.debtors)));
    QStringList warnings;
    bool blocking = false;
    if (totals.creditors > 1) {
        blocking = true;
        warnings << tr("These titles belong to %n creditors: a remittance file holds one "
                       "creditor's titles. Untick the others and send one batch per creditor.",
                       nullptr, totals.creditors);
    }
    if (totals.titles > 9997) {
        blocking = true;
        warnings << tr("A remittance file holds at most 9,997 titles.");
    }
    int old = 0;
    QHash<QString, int> perDebtor;
    for (const EligibleTitle &t : m_model->checkedTitles()) {
        if (t.daysPastDue > 5 * 365)
            ++old;
        ++perDebtor[t.debtorId];
    }
    if (old > 0)
        warnings << tr("%n title(s) are more than five years past due: check they are not "
                       "time-barred before sending.",
                       nullptr, old);
    const int several =
        int(std::count_if(perDebtor.cbegin(), perDebtor.cend(), [](int n) { return n > 1; }));
    if (several > 0)
        warnings << tr("%n debtor(s) have more than one title in this batch.", nullptr, several);
    warnings << tr("Once sent, the notaries charge fees to withdraw a title; a paid or "
                   "renegotiated title needs a cancellation.");
    QString html;
    for (const QString &w : std::as_const(warnings))
        html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
    m_warnings->setText(tr("<b>Before you confirm</b><ul>%1</ul>").arg(html));
    m_confirm->setEnabled(!blocking);
    showError(m_reviewError, {});
    m_steps->setCurrentIndex(ReviewStep);
}

void ProtestEligiblePage::confirm()
{
    const QList<EligibleTitle> titles = m_model->checkedTitles();
    if (titles.isEmpty())
        return;
    QStringList ids, labels;
    for (const EligibleTitle &t : titles) {
        ids << t.titleId;
        labels << tr("title %1 (%2)").arg(t.titleNumber, t.debtorName);
    }
    m_confirm->setEnabled(false);
    m_confirm->setText(tr("Sending…"));
    m_desk.createBatch(ids, labels, this, [this](Result<ProtestFile> file) {
        m_confirm->setText(tr("&Confirm and send to protest"));
        m_confirm->setEnabled(true);
        if (!file) {
            showError(m_reviewError, file.error().message);
            return;
        }
        m_created = *file;
        const QLocale locale;
        m_doneText->setText(
            tr("The server wrote the remittance file <b>%1</b>: %2, total %3 (file sequence "
               "%4). The titles are now <i>sent</i>; their status changes when the notaries' "
               "confirmation and return files are imported.")
                .arg(m_created.fileName.toHtmlEscaped(),
                     tr("%n title(s)", nullptr, m_created.titleCount),
                     m_created.total.toString(locale), locale.toString(m_created.sequence)));
        m_saved->setText(tr("Save the file and send it to the CRA; the server also keeps it "
                            "(Files tab)."));
        showError(m_doneError, {});
        m_steps->setCurrentIndex(DoneStep);
        m_model->setAllChecked(false);
        emit batchCreated(m_created);
    });
}

void ProtestEligiblePage::saveFile()
{
    if (m_created.content.isEmpty())
        return;
    const QString path = ProtestPrompts::saveFileName(this, tr("Save the remittance file"),
                                                      m_created.fileName, tr("CRA files (*.*)"));
    if (path.isEmpty())
        return;
    const QString error = ProtestPrompts::writeFile(path, m_created.content);
    showError(m_doneError, error);
    if (error.isEmpty())
        m_saved->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ProtestEligiblePage::startOver()
{
    m_steps->setCurrentIndex(SelectStep);
    reload();
}

} // namespace quita
