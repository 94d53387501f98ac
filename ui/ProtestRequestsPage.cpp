#include "ProtestRequestsPage.h"

#include "ProtestPrompts.h"
#include "item/ProtestLabels.h"
#include "item/ProtestListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace quita {

ProtestRequestsPage::ProtestRequestsPage(ProtestDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(desk.createListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_status(new QComboBox(this)),
      m_portfolio(new QComboBox(this)), m_dated(new QCheckBox(tr("Sent &between"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_debtorFilter(new QLabel(this)),
      m_clearDebtor(new QPushButton(tr("Show all debtors"), this)), m_table(new QTableView(this)),
      m_empty(new QLabel(this)), m_withdraw(new QPushButton(tr("&Withdraw (desistência)…"), this)),
      m_cancel(new QPushButton(tr("Request &cancellation…"), this)),
      m_attach(new QPushButton(tr("Attach &document…"), this)), m_documents(new QListWidget(this)),
      m_saveDocument(new QPushButton(tr("Save d&ocument…"), this)),
      m_documentsLabel(new QLabel(this)), m_result(new QLabel(this)),
      m_save(new QPushButton(tr("&Save file…"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("protestRequestsPage"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : protest::statuses())
        m_status->addItem(protest::statusLabel(s), s);
    m_portfolio->setObjectName(QStringLiteral("portfolioFilter"));
    m_portfolio->addItem(tr("All portfolios"), QString());
    for (const auto &[id, name] : desk.portfolios())
        m_portfolio->addItem(name, id.toString(QUuid::WithoutBraces));
    const QDate today = desk.clock().today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("sentFrom"));
    m_to->setObjectName(QStringLiteral("sentTo"));
    m_dated->setObjectName(QStringLiteral("sentBetween"));
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_debtorFilter->setObjectName(QStringLiteral("debtorFilter"));
    m_clearDebtor->setObjectName(QStringLiteral("clearDebtorFilter"));
    m_debtorFilter->hide();
    m_clearDebtor->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProtestListModel::SortRole);
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProtestListModel::SentColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("requestsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_withdraw->setObjectName(QStringLiteral("withdrawRequests"));
    m_cancel->setObjectName(QStringLiteral("cancelRequests"));
    m_attach->setObjectName(QStringLiteral("attachDocument"));
    m_documents->setObjectName(QStringLiteral("documentsList"));
    m_documents->setMaximumHeight(90);
    m_saveDocument->setObjectName(QStringLiteral("saveDocument"));
    m_saveDocument->setEnabled(false);
    m_result->setObjectName(QStringLiteral("requestFileResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_save->setObjectName(QStringLiteral("saveRequestFile"));
    m_save->hide();
    m_error->setObjectName(QStringLiteral("requestsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Portfolio:"), this));
    filters->addWidget(m_portfolio, 1);
    filters->addWidget(m_dated);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_to);
    auto *debtorRow = new QHBoxLayout;
    debtorRow->addWidget(m_debtorFilter);
    debtorRow->addWidget(m_clearDebtor);
    debtorRow->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_withdraw);
    actions->addWidget(m_cancel);
    actions->addWidget(m_attach);
    actions->addStretch(1);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(debtorRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addLayout(resultRow);
    layout->addWidget(m_documentsLabel);
    auto *documentsRow = new QHBoxLayout;
    documentsRow->addWidget(m_documents, 1);
    documentsRow->addWidget(m_saveDocument, 0, Qt::AlignTop);
    layout->addLayout(documentsRow);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ProtestRequestsPage::applyFilter);
    connect(m_portfolio, &QComboBox::currentIndexChanged, this, &ProtestRequestsPage::applyFilter);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ProtestRequestsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ProtestRequestsPage::applyFilter);
    connect(m_clearDebtor, &QPushButton::clicked, this, [this] {
        m_debtor = {};
        m_debtorFilter->hide();
        m_clearDebtor->hide();
        applyFilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDocuments();
    });
    connect(m_withdraw, &QPushButton::clicked, this, &ProtestRequestsPage::withdraw);
    connect(m_cancel, &QPushButton::clicked, this, &ProtestRequestsPage::cancel);
    connect(m_attach, &QPushButton::clicked, this, &ProtestRequestsPage::attachDocument);
    connect(m_saveDocument, &QPushButton::clicked, this, &ProtestRequestsPage::saveDocument);
    connect(m_documents, &QListWidget::itemActivated, this, &ProtestRequestsPage::saveDocument);
    connect(m_documents, &QListWidget::currentRowChanged, this,
            [this](int row) { m_saveDocument->setEnabled(row >= 0); });
    connect(m_save, &QPushButton::clicked, this, &ProtestRequestsPage::saveFile);
    applyFilter();
}

void ProtestRequestsPage::applyFilter()
{
    ProtestFilter filter;
    filter.status = m_status->currentData().toString();
    filter.portfolioId = QUuid::fromString(m_portfolio->currentData().toString());
    filter.debtorId = m_debtor;
    if (m_dated->isChecked()) {
        filter.sentFrom = m_from->date();
        filter.sentTo = m_to->date();
    }
    m_model->setFilter(filter);
    reload();
}

void ProtestRequestsPage::reload()
{
    const QList<QUuid> selected = selectedRequests();
    m_model->reload();
    selectRequests(selected);
    const bool none = m_model->rowCount() == 0;
    const ProtestFilter &f = m_model->filter();
    const bool filtered = !f.status.isEmpty() || !f.portfolioId.isNull() || !f.debtorId.isNull() ||
                          f.sentFrom.isValid();
    m_empty->setText(filtered ? tr("No protest request matches these filters.")
                              : tr("No title has been sent to protest yet: tick eligible titles "
                                   "on the first tab and send them in a batch."));
    m_empty->setVisible(none);
    m_table->setVisible(!none);
    updateActions();
    updateDocuments();
}

void ProtestRequestsPage::setStatusFilter(const QString &status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void ProtestRequestsPage::showDebtor(const QUuid &debtorId, const QString &debtorName,
                                     const QString &status, const QList<QUuid> &select)
{
    m_debtor = debtorId;
    m_debtorFilter->setText(tr("Only %1's requests.").arg(debtorName));
    m_debtorFilter->show();
    m_clearDebtor->show();
    {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    }
    applyFilter();
    selectRequests(select);
}

QList<QUuid> ProtestRequestsPage::selectedRequests() const
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ProtestListModel::RequestIdRole).toUuid();
    return ids;
}

void ProtestRequestsPage::selectRequests(const QList<QUuid> &ids)
{
    QItemSelection selection;
    for (const QUuid &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(ProtestListModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
}

void ProtestRequestsPage::updateActions()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    bool withdrawable = !rows.isEmpty(), cancellable = !rows.isEmpty();
    for (const QModelIndex &index : rows) {
        const QString status = index.data(ProtestListModel::StatusRole).toString();
        withdrawable &= status == QLatin1String("sent") || status == QLatin1String("protocolled");
        cancellable &= status == QLatin1String("protested");
    }
    m_withdraw->setEnabled(withdrawable);
    m_withdraw->setToolTip(tr("For titles sent or protocolled, not yet protested."));
    m_cancel->setEnabled(cancellable);
    m_cancel->setToolTip(tr("For protested titles, once the debt is paid or renegotiated."));
    m_attach->setEnabled(rows.size() == 1);
}

void ProtestRequestsPage::updateDocuments()
{
    m_documents->clear();
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_documentsLabel->setText(tr("Select one request to see its documents."));
        return;
    }
    const QUuid id = rows.first().data(ProtestListModel::RequestIdRole).toUuid();
    const auto documents = m_desk.documents(id);
    const QLocale locale;
    for (const ProtestDocumentRow &d : documents) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2 KB) – %3, %4")
                .arg(d.fileName, locale.toString((d.sizeBytes + 1023) / 1024), d.createdBy,
                     locale.toString(QDateTime::fromMSecsSinceEpoch(d.createdAt).toLocalTime(),
                                     QLocale::ShortFormat)),
            m_documents);
        item->setData(Qt::UserRole, d.id);
        item->setData(Qt::UserRole + 1, d.fileName);
    }
    m_saveDocument->setEnabled(false);
    m_documentsLabel->setText(documents.isEmpty() ? tr("No document attached to this request yet.")
                                                  : tr("Documents of the selected request:"));
}

void ProtestRequestsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProtestRequestsPage::withdraw()
{
    sendFile(false);
}

void ProtestRequestsPage::cancel()
{
    sendFile(true);
}

void ProtestRequestsPage::sendFile(bool cancellation)
{
    const QList<QUuid> ids = selectedRequests();
    if (ids.isEmpty())
        return;
    QStringList idTexts, labels;
    for (const QUuid &id : ids) {
        const ProtestRequestRow &r = m_model->request(m_model->rowOf(id));
        idTexts << id.toString(QUuid::WithoutBraces);
        labels << tr("title %1 (%2)").arg(r.titleNumber, r.debtorName);
    }
    const QString question =
        cancellation
            ? tr("Request the cancellation of %n protest(s)? The server writes the cancellation "
                 "file (cancelamento) for the CRA; the creditor's consent (anuência) goes with it.",
                 nullptr, int(ids.size()))
            : tr("Withdraw %n title(s) from protest? The server writes the withdrawal file "
                 "(desistência) for the CRA; the notaries may charge fees.",
                 nullptr, int(ids.size()));
    if (!ProtestPrompts::confirm(this, cancellation ? tr("Cancel protests") : tr("Withdraw titles"),
                                 question,
                                 cancellation ? tr("Request cancellation") : tr("Withdraw")))
        return;
    showError({});
    const auto done = [this, ids](Result<ProtestFile> file) {
        updateActions();
        if (!file) {
            showError(file.error().message);
            return;
        }
        // The requests change status: keep them in sight.
        setStatusFilter(QString());
        selectRequests(ids);
        m_file = *file;
        m_result->setText(tr("The server wrote <b>%1</b> (%2, total %3). Save it and send it to "
                             "the CRA.")
                              .arg(m_file.fileName.toHtmlEscaped(),
                                   tr("%n title(s)", nullptr, m_file.titleCount),
                                   m_file.total.toString(QLocale())));
        m_save->show();
        emit filed(m_file);
    };
    m_withdraw->setEnabled(false);
    m_cancel->setEnabled(false);
    if (cancellation)
        m_desk.cancel(idTexts, labels, this, done);
    else
        m_desk.withdraw(idTexts, labels, this, done);
}

void ProtestRequestsPage::saveFile()
{
    if (m_file.content.isEmpty())
        return;
    const QString path = ProtestPrompts::saveFileName(this, tr("Save the CRA file"),
                                                      m_file.fileName, tr("CRA files (*.*)"));
    if (path.isEmpty())
        return;
    const QString error = ProtestPrompts::writeFile(path, m_file.content);
    showError(error);
    if (error.isEmpty())
        m_result->setText(tr("Saved <b>%1</b> to %2.")
                              .arg(m_file.fileName.toHtmlEscaped(),
                                   QDir::toNativeSeparators(path).toHtmlEscaped()));
}

void ProtestRequestsPage::saveDocument()
{
    const QListWidgetItem *item = m_documents->currentItem();
    if (!item)
        return;
    const auto content = m_desk.documentContent(item->data(Qt::UserRole).toUuid());
    if (!content) {
        showError(tr("This document is not on this desk any more; refresh the list."));
        return;
    }
    const QString name = item->data(Qt::UserRole + 1).toString();
    const QString path = ProtestPrompts::saveFileName(this, tr("Save the document"), name,
                                                      tr("Documents (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    const QString error = ProtestPrompts::writeFile(path, *content);
    showError(error);
    if (error.isEmpty())
        m_result->setText(
            tr("Saved <b>%1</b> to %2.")
                .arg(name.toHtmlEscaped(), QDir::toNativeSeparators(path).toHtmlEscaped()));
}

void ProtestRequestsPage::attachDocument()
{
    const QList<QUuid> ids = selectedRequests();
    if (ids.size() != 1)
        return;
    const QString path = ProtestPrompts::openFileName(this, tr("Attach a document"),
                                                      tr("Documents (*.pdf *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(2 * 1024 * 1024 + 1);
    showError({});
    m_attach->setEnabled(false);
    m_desk.attach(
        ids.first().toString(QUuid::WithoutBraces), QFileInfo(path).fileName(), bytes, this,
        [this](Result<QJsonObject> document) {
            updateActions();
            if (!document) {
                showError(document.error().message);
                return;
            }
            m_result->setText(
                tr("Attached %1; it reaches this list with the next sync.")
                    .arg(document->value(QLatin1String("file_name")).toString().toHtmlEscaped()));
            m_save->hide();
        });
}

} // namespace quita
