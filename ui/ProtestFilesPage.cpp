#include "ProtestFilesPage.h"

#include "ProtestPrompts.h"
#include "item/ProtestBatchModel.h"
#include "item/ProtestLabels.h"
#include "item/ProtestReturnModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace quita {
namespace {

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

} // namespace

ProtestFilesPage::ProtestFilesPage(ProtestDesk &desk, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_model(new ProtestBatchModel(this)),
      m_returnModel(new ProtestReturnModel(this)),
      m_table(makeTable(m_model, "batchesTable", this)), m_empty(new QLabel(this)),
      m_save(new QPushButton(tr("&Save file…"), this)), m_status(new QLabel(this)),
      m_error(new QLabel(this)), m_importSummary(new QLabel(this)),
      m_returnTable(makeTable(m_returnModel, "returnTable", this))
{
    setObjectName(QStringLiteral("protestFilesPage"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshBatches"));
    m_save->setObjectName(QStringLiteral("saveSelectedBatch"));
    m_save->setEnabled(false);
    auto *import = new QPushButton(tr("&Import confirmation or return file…"), this);
    import->setObjectName(QStringLiteral("importReturn"));
    m_empty->setObjectName(QStringLiteral("batchesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("filesError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_importSummary->setObjectName(QStringLiteral("importSummary"));
    m_importSummary->setWordWrap(true);
    m_importSummary->setTextFormat(Qt::RichText);
    m_importSummary->hide();
    m_returnTable->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(import);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_empty, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_importSummary);
    layout->addWidget(m_returnTable, 1);

    connect(refresh, &QPushButton::clicked, this, &ProtestFilesPage::reload);
    connect(m_save, &QPushButton::clicked, this, &ProtestFilesPage::saveSelected);
    connect(import, &QPushButton::clicked, this, &ProtestFilesPage::importFile);
    connect(m_table, &QTableView::doubleClicked, this, &ProtestFilesPage::saveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_save->setEnabled(m_table->selectionModel()->hasSelection()); });
}

void ProtestFilesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProtestFilesPage::reload()
{
    m_busy = true;
    m_status->setText(tr("Loading the files from the server…"));
    m_desk.batches(this, [this](Result<QList<ProtestFile>> files) {
        m_busy = false;
        m_status->clear();
        if (!files) {
            showError(files.error().message);
            return;
        }
        showError({});
        m_model->setFiles(*files);
        const bool none = files->isEmpty();
        m_empty->setText(tr("No protest file yet: send a batch from the first tab, or import a "
                            "notary's confirmation or return file."));
        m_empty->setVisible(none);
        m_table->setVisible(!none);
        m_save->setEnabled(m_table->selectionModel()->hasSelection());
    });
}

void ProtestFilesPage::saveSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ProtestFile file = m_model->file(rows.first().row());
    const QString path = ProtestPrompts::saveFileName(this, tr("Save the CRA file"), file.fileName,
                                                      tr("CRA files (*.*)"));
    if (path.isEmpty())
        return;
    m_busy = true;
    m_status->setText(tr("Downloading %1…").arg(file.fileName));
    m_desk.batchFile(file.id, this, [this, path, file](Result<QByteArray> content) {
        m_busy = false;
        if (!content) {
            m_status->clear();
            showError(content.error().message);
            return;
        }
        const QString error = ProtestPrompts::writeFile(path, *content);
        showError(error);
        m_status->setText(
            error.isEmpty()
                ? tr("Saved %1 to %2.").arg(file.fileName, QDir::toNativeSeparators(path))
                : QString());
    });
}

void ProtestFilesPage::importFile()
{
    const QString path = ProtestPrompts::openFileName(
        this, tr("Import a confirmation or return file"), tr("CRA files (*.*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    importContent(file.readAll(), QFileInfo(path).fileName());
}

void ProtestFilesPage::importContent(const QByteArray &content, const QString &fileName)
{
    showError({});
    m_importSummary->hide();
    m_returnTable->hide();
    m_returnModel->clear();
    m_busy = true;
    m_status->setText(tr("Importing %1…").arg(fileName));
    m_desk.importReturn(
        content, fileName, this, [this, content, fileName](Result<ProtestFile> result) {
            m_busy = false;
            m_status->clear();
            if (!result) {
                showError(result.error().message);
                return;
            }
            m_returnModel->setResult(content, *result);
            m_importSummary->setText(tr("<b>%1</b> (%2) imported: %3 changed, %4 unchanged.")
                                         .arg(fileName.toHtmlEscaped(),
                                              protest::batchKindLabel(result->kind),
                                              tr("%n title(s)", nullptr, result->applied),
                                              tr("%n title(s)", nullptr, result->unchanged)));
            m_importSummary->show();
            m_returnTable->show();
            emit imported(*result);
            reload();
        });
}

} // namespace quita
