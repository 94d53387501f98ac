#include "ConflictsDialog.h"

#include "item/ConflictModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace quita {

ConflictsDialog::ConflictsDialog(ConflictModel &model, QWidget *parent)
    : QDialog(parent), m_model(model), m_table(new QTableView(this)), m_detail(new QLabel(this)),
      m_empty(new QLabel(tr("Nothing to resolve: the server took all your changes."), this)),
      m_resend(new QPushButton(tr("Send &again on the current version"), this)),
      m_discard(new QPushButton(tr("&Discard my change"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Changes the server did not take"));
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_detail->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_resend->setObjectName(QStringLiteral("conflictResend"));
    m_discard->setObjectName(QStringLiteral("conflictDiscard"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto run = [this](Status (ConflictModel::*action)(int)) {
        const int row = currentRow();
        if (row < 0)
            return;
        if (auto done = (m_model.*action)(row); !done) {
            QMessageBox::warning(this, windowTitle(), done.error().message);
            return;
        }
        emit resolved();
        updateButtons();
    };
    connect(m_resend, &QPushButton::clicked, this, [run] { run(&ConflictModel::resend); });
    connect(m_discard, &QPushButton::clicked, this, [run] { run(&ConflictModel::discard); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsDialog::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ConflictsDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(820, 360);
    m_table->resizeColumnsToContents();
    if (m_model.rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

int ConflictsDialog::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConflictsDialog::updateButtons()
{
    const bool empty = m_model.rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!empty && currentRow() < 0)
        m_table->selectRow(0);
    const int row = currentRow();
    m_discard->setEnabled(row >= 0);
    m_resend->setEnabled(row >= 0 && m_model.canResend(row));
    m_detail->setText(row >= 0
                          ? tr("The server says: %1").arg(m_model.conflictAt(row).error.message)
                          : QString());
}

} // namespace quita
