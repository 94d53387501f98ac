#include "ChartFrame.h"

#include "KpiChart.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace quita {

namespace {

QString &exportDir()
{
    static QString dir;
    return dir;
}

} // namespace

ChartFrame::ChartFrame(KpiChart *chart, QWidget *parent)
    : QFrame(parent), m_chart(chart), m_title(new QLabel(this)), m_header(new QHBoxLayout)
{
    setObjectName(chart->objectName() + QStringLiteral("Frame"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("quita--ChartFrame { background: white; }"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setWordWrap(true);
    auto *help = new QToolButton(this);
    help->setText(QStringLiteral("?"));
    help->setObjectName(QStringLiteral("chartHelp"));
    help->setAutoRaise(true);
    connect(help, &QToolButton::clicked, this, [this, help] {
        QToolTip::showText(help->mapToGlobal(QPoint(0, help->height())), m_chart->definition(),
                           help);
    });
    m_header->addWidget(m_title, 1);
    m_header->addWidget(help);
    m_header->addStretch(0);
    const struct
    {
        const char *name;
        QString text;
        QString tip;
        QString suffix;
        QString filter;
    } buttons[] = {
        {"exportPng", tr("PNG"), tr("Save the chart as a PNG image"), QStringLiteral("png"),
         tr("PNG images (*.png)")},
        {"exportPdf", tr("PDF"), tr("Save the chart as a PDF document"), QStringLiteral("pdf"),
         tr("PDF documents (*.pdf)")},
        {"exportCsv", tr("CSV"),
         tr("Save the chart's data as CSV (UTF-8, comma-separated, money in centavos)"),
         QStringLiteral("csv"), tr("CSV files (*.csv)")},
    };
    for (const auto &b : buttons) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(b.name));
        button->setText(b.text);
        button->setToolTip(b.tip);
        button->setAutoRaise(true);
        const QString suffix = b.suffix;
        const QString filter = b.filter;
        connect(button, &QToolButton::clicked, this,
                [this, suffix, filter] { exportAs(suffix, filter); });
        m_header->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addLayout(m_header);
    layout->addWidget(chart, 1);
    updateTitle();
}

void ChartFrame::addControl(QWidget *control)
{
    m_header->insertWidget(2, control);
}

void ChartFrame::updateTitle()
{
    m_title->setText(m_chart->title());
    m_title->setToolTip(m_chart->definition());
    findChild<QToolButton *>(QStringLiteral("chartHelp"))->setToolTip(m_chart->definition());
}

void ChartFrame::setExportDirectory(const QString &directory)
{
    exportDir() = directory;
}

QString ChartFrame::exportDirectory()
{
    return exportDir();
}

void ChartFrame::exportAs(const QString &suffix, const QString &filter)
{
    QString path;
    const bool seam = !exportDir().isEmpty();
    if (seam) {
        path = QDir(exportDir()).filePath(m_chart->fileName() + QLatin1Char('.') + suffix);
    } else {
        const QString start =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(m_chart->fileName() + QLatin1Char('.') + suffix);
        path = QFileDialog::getSaveFileName(this, tr("Export the chart"), start, filter);
        if (path.isEmpty())
            return;
    }
    const bool ok = suffix == QLatin1String("png")   ? exportPng(path)
                    : suffix == QLatin1String("pdf") ? exportPdf(path)
                                                     : exportCsv(path);
    if (ok)
        return;
    const QString message = tr("The chart could not be saved to %1.").arg(path);
    emit exportFailed(message);
    if (!seam)
        QMessageBox::warning(this, tr("Export the chart"), message);
}

QSize ChartFrame::exportSize() const
{
    const QCustomPlot *p = m_chart->plot();
    const int w = p->isVisible() && p->width() >= 300 ? p->width() : 900;
    const int h = p->isVisible() && p->height() >= 200 ? p->height()
                                                       : std::max(m_chart->minimumHeight(), 420);
    return QSize(w, h + 30);
}

// Saves with the chart's title above the plot, as a reader of the file needs it.
template <typename F>
bool ChartFrame::withTitle(F &&save)
{
    if (!m_chart->hasData())
        return false;
    QCustomPlot *p = m_chart->plot();
    p->plotLayout()->insertRow(0);
    QFont font = p->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    auto *title = new QCPTextElement(p, m_chart->title(), font);
    p->plotLayout()->addElement(0, 0, title);
    const bool ok = save(p);
    p->plotLayout()->remove(title);
    p->plotLayout()->simplify();
    p->replot();
    return ok;
}

bool ChartFrame::exportPng(const QString &path)
{
    const QSize size = exportSize();
    const bool ok = withTitle(
        [&](QCustomPlot *p) { return p->savePng(path, size.width(), size.height(), 2.0); });
    if (ok)
        emit exported(path);
    return ok;
}

bool ChartFrame::exportPdf(const QString &path)
{
    const QSize size = exportSize();
    const bool ok = withTitle([&](QCustomPlot *p) {
        return p->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic,
                          QStringLiteral("Quita"), m_chart->title());
    });
    if (ok)
        emit exported(path);
    return ok;
}

bool ChartFrame::exportCsv(const QString &path)
{
    QString error;
    const bool ok = m_chart->table().saveCsv(path, &error);
    if (ok)
        emit exported(path);
    return ok;
}

} // namespace quita
