#include "DebtorWorkspaceView.h"

#include "ActivityForm.h"
#include "ChannelIconProxy.h"
#include "DebtorHeader.h"
#include "TimelineView.h"
#include "item/ContactPointModel.h"
#include "item/DebtorWorkspace.h"
#include "item/TitleModel.h"

#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace quita {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const char *objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QString::fromLatin1(objectName));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QGroupBox *wrap(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

DebtorWorkspaceView::DebtorWorkspaceView(DebtorWorkspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_header(new DebtorHeader(workspace, this)),
      m_contacts(makeTable(new ChannelIconProxy(ContactPointModel::ChannelRole, this),
                           "contactsTable", this)),
      m_titles(makeTable(workspace->titles(), "titlesTable", this)),
      m_timeline(new TimelineView(workspace->timeline(), this)),
      m_form(new ActivityForm(workspace, this))
{
    setObjectName(QStringLiteral("debtorWorkspace"));
    static_cast<ChannelIconProxy *>(m_contacts->model())
        ->setSourceModel(workspace->contactPoints());
    QHeaderView *contactHeader = m_contacts->horizontalHeader();
    contactHeader->setStretchLastSection(false);
    contactHeader->setSectionResizeMode(ContactPointModel::ValueColumn, QHeaderView::Stretch);
    for (int c = ContactPointModel::VoiceColumn; c < ContactPointModel::ColumnCount; ++c) {
        contactHeader->setSectionResizeMode(c, QHeaderView::Fixed);
        m_contacts->setColumnWidth(c, 34);
    }
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("detailsSplitter"));
    details->addWidget(wrap(tr("Contact points and consent"), m_contacts, details));
    details->addWidget(wrap(tr("Titles"), m_titles, details));

    auto *timelineBox = new QGroupBox(tr("Timeline (all channels)"), this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(6, 6, 6, 6);
    timelineLayout->addWidget(m_timeline, 1);
    timelineLayout->addWidget(m_form);

    auto *body = new QSplitter(Qt::Vertical, this);
    body->setObjectName(QStringLiteral("workspaceSplitter"));
    body->addWidget(details);
    body->addWidget(timelineBox);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setSizes({170, 600});
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 1);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(line);
    layout->addWidget(body, 1);

    connect(workspace, &DebtorWorkspace::opened, this, &DebtorWorkspaceView::onOpened);
    connect(workspace, &DebtorWorkspace::closed, this, &DebtorWorkspaceView::onOpened);
    connect(workspace, &DebtorWorkspace::contactLogged, m_header, &DebtorHeader::refresh);
    connect(workspace, &DebtorWorkspace::refreshed, m_header, &DebtorHeader::refresh);
    connect(m_form, &ActivityForm::logged, this, &DebtorWorkspaceView::statusMessage);
    onOpened();
}

void DebtorWorkspaceView::onOpened()
{
    const bool open = m_workspace->isOpen();
    m_header->refresh();
    m_form->setEnabled(open);
    m_form->reset();
    m_contacts->setEnabled(open);
    m_titles->setEnabled(open);
}

} // namespace quita
