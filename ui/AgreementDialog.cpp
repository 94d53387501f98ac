#include "AgreementDialog.h"

#include "PaymentDialog.h"
#include "item/AgreementBook.h"
#include "print/AgreementTerm.h"
#include "print/PaymentCodeArt.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace quita {
namespace {

QString statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return AgreementDialog::tr("pending first payment");
    if (status == QLatin1String("active"))
        return AgreementDialog::tr("active");
    if (status == QLatin1String("settled"))
        return AgreementDialog::tr("settled");
    if (status == QLatin1String("broken"))
        return AgreementDialog::tr("broken");
    if (status == QLatin1String("cancelled"))
        return AgreementDialog::tr("cancelled");
    if (status == QLatin1String("open"))
        return AgreementDialog::tr("open");
    if (status == QLatin1String("paid"))
        return AgreementDialog::tr("paid");
    return status;
}

QString kindLabel(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Full:
        return AgreementDialog::tr("pay in full");
    case ScenarioKind::Price:
        return AgreementDialog::tr("Price");
    case ScenarioKind::Sac:
        return AgreementDialog::tr("SAC");
    case ScenarioKind::Flat:
        return AgreementDialog::tr("without interest");
    }
    return {};
}

} // namespace

AgreementDialog::AgreementDialog(AgreementBook *book, const QUuid &select, QWidget *parent)
    : QDialog(parent), m_book(book), m_agreements(new QComboBox(this)), m_summary(new QLabel(this)),
      m_schedule(new QTableWidget(this)), m_codesTitle(new QLabel(this)), m_line(new QLabel(this)),
      m_barcode(new QLabel(this)), m_ourNumber(new QLabel(this)), m_pix(new QPlainTextEdit(this)),
      m_qr(new QLabel(this)), m_codesNote(new QLabel(this)),
      m_copyLine(new QPushButton(tr("Copy &line"), this)),
      m_copyPix(new QPushButton(tr("Copy &PIX code"), this))
{
    setObjectName(QStringLiteral("agreementDialog"));
    setWindowTitle(tr("Agreements – %1").arg(book->debtor().name));
    resize(1180, 700);
    m_agreements->setObjectName(QStringLiteral("agreements"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setColumnCount(5);
    m_schedule->setHorizontalHeaderLabels(
        {tr("No."), tr("Due"), tr("Amount"), tr("Status"), tr("Our number")});
    m_schedule->verticalHeader()->hide();
    m_schedule->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schedule->setSelectionMode(QAbstractItemView::SingleSelection);
    m_schedule->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schedule->setMinimumWidth(470);

    m_codesTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_line->setObjectName(QStringLiteral("boletoLine"));
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line->setStyleSheet(QStringLiteral("font-family: monospace; font-size: 11pt;"));
    m_barcode->setObjectName(QStringLiteral("barcode"));
    m_barcode->setMinimumHeight(70);
    m_pix->setObjectName(QStringLiteral("pixPayload"));
    m_pix->setReadOnly(true);
    m_pix->setMaximumHeight(70);
    m_qr->setObjectName(QStringLiteral("qr"));
    m_qr->setFixedSize(200, 200);
    m_qr->setAlignment(Qt::AlignCenter);
    m_codesNote->setObjectName(QStringLiteral("codesNote"));
    m_codesNote->setWordWrap(true);
    m_codesNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    auto *codesBox = new QGroupBox(tr("Payment codes"), this);
    auto *codes = new QGridLayout(codesBox);
    codes->addWidget(m_codesTitle, 0, 0, 1, 2);
    codes->addWidget(new QLabel(tr("Boleto (digitable line)"), codesBox), 1, 0);
    codes->addWidget(m_copyLine, 1, 1, Qt::AlignRight);
    codes->addWidget(m_line, 2, 0, 1, 2);
    codes->addWidget(m_barcode, 3, 0, 1, 2);
    codes->addWidget(m_ourNumber, 4, 0, 1, 2);
    codes->addWidget(new QLabel(tr("PIX copy and paste"), codesBox), 5, 0);
    codes->addWidget(m_copyPix, 5, 1, Qt::AlignRight);
    codes->addWidget(m_pix, 6, 0, 1, 2);
    codes->addWidget(m_qr, 7, 0, 1, 2, Qt::AlignHCenter);
    codes->addWidget(m_codesNote, 8, 0, 1, 2);
    codes->setRowStretch(9, 1);

    auto *save = new QPushButton(tr("&Save term as PDF…"), this);
    save->setObjectName(QStringLiteral("saveTerm"));
    auto *printButton = new QPushButton(tr("P&rint term…"), this);
    auto *mail = new QPushButton(tr("&E-mail term…"), this);
    m_post = new QPushButton(tr("Post &payment…"), this);
    m_post->setObjectName(QStringLiteral("postPayment"));
    m_cancel = new QPushButton(tr("Cancel a&greement…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAgreement"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(save, QDialogButtonBox::ActionRole);
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(mail, QDialogButtonBox::ActionRole);
    buttons->addButton(m_post, QDialogButtonBox::ActionRole);
    connect(m_post, &QPushButton::clicked, this, &AgreementDialog::postPayment);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(m_cancel, &QPushButton::clicked, this, &AgreementDialog::cancelAgreement);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &AgreementDialog::chooseAndSave);
    connect(printButton, &QPushButton::clicked, this, &AgreementDialog::print);
    connect(mail, &QPushButton::clicked, this, &AgreementDialog::email);
    connect(m_copyLine, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(
            m_line->text().remove(QLatin1Char(' ')).remove(QLatin1Char('.')));
    });
    connect(m_copyPix, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_pix->toPlainText()); });

    auto *left = new QVBoxLayout;
    left->addWidget(m_agreements);
    left->addWidget(m_summary);
    left->addWidget(m_schedule, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(codesBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_agreements, &QComboBox::currentIndexChanged, this, &AgreementDialog::showAgreement);
    connect(m_schedule, &QTableWidget::currentCellChanged, this, &AgreementDialog::showInstallment);
    refresh();
    if (const int index = book->indexOf(select); index >= 0)
        m_agreements->setCurrentIndex(index);
}

void AgreementDialog::refresh()
{
    const QUuid current = m_agreements->currentIndex() >= 0 &&
                                  m_agreements->currentIndex() < m_book->agreements().size()
                              ? m_book->agreements().at(m_agreements->currentIndex()).id
                              : QUuid();
    const int row = m_schedule->currentRow();
    m_book->reload();
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_agreements);
        m_agreements->clear();
        for (const Agreement &a : m_book->agreements())
            m_agreements->addItem(
                tr("%1 – %2, %n installment(s), %3 – %4", nullptr, int(a.installments.size()))
                    .arg(locale.toString(a.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                         kindLabel(a.kind), a.total.toString(locale), statusLabel(a.status)));
        const int index = m_book->indexOf(current);
        m_agreements->setCurrentIndex(index >= 0 ? index : 0);
    }
    showAgreement();
    if (row >= 0 && row < m_schedule->rowCount())
        m_schedule->setCurrentCell(row, 0);
}

void AgreementDialog::showAgreement()
{
    const QLocale locale;
    const int index = m_agreements->currentIndex();
    m_schedule->setRowCount(0);
    if (index < 0 || index >= m_book->agreements().size()) {
        m_summary->setText(tr("This debtor has no agreement."));
        m_cancel->setEnabled(false);
        showInstallment();
        return;
    }
    const Agreement &a = m_book->agreements().at(index);
    m_summary->setText(
        tr("Balance %1 on %2, discount %3, total %4 (%5). Made by %6. Creditor: %7.")
            .arg(a.balance.total().toString(locale), locale.toString(a.asOf, QLocale::ShortFormat),
                 a.discount.toString(locale), a.total.toString(locale), statusLabel(a.status),
                 a.createdBy.isEmpty() ? tr("this desk") : a.createdBy, m_book->creditor().name));
    m_schedule->setRowCount(int(a.installments.size()));
    for (qsizetype r = 0; r < a.installments.size(); ++r) {
        const AgreementInstallment &i = a.installments.at(r);
        const QStringList cells{QString::number(i.number),
                                locale.toString(i.due, QLocale::ShortFormat),
                                i.amount.toString(locale), statusLabel(i.status),
                                i.ourNumber.isEmpty() ? tr("after sync") : i.ourNumber};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 || c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_schedule->setItem(int(r), c, item);
        }
    }
    m_cancel->setEnabled(a.status == QLatin1String("pending") ||
                         a.status == QLatin1String("active") ||
                         a.status == QLatin1String("broken"));
    m_schedule->setCurrentCell(0, 0);
    showInstallment();
}

void AgreementDialog::cancelAgreement()
{
    const int agreement = m_agreements->currentIndex();
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Cancel the agreement"),
                              tr("Why is this agreement cancelled? (kept with the agreement)"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status cancelled = m_book->cancelAgreement(agreement, reason);
    if (!cancelled) {
        QMessageBox::warning(this, tr("Agreement not cancelled"), cancelled.error().message);
        return;
    }
    refresh();
}

void AgreementDialog::postPayment()
{
    const int agreement = m_agreements->currentIndex();
    const int row = m_schedule->currentRow();
    const Money remaining = m_book->remaining(agreement, row);
    if (remaining.cents() <= 0)
        return;
    const AgreementInstallment &i = m_book->agreements().at(agreement).installments.at(row);
    const QLocale locale;
    PaymentDialog dialog(
        tr("Installment %1, due %2: %3 left to pay")
            .arg(i.number)
            .arg(locale.toString(i.due, QLocale::ShortFormat), remaining.toString(locale)),
        remaining, m_book->today(),
        [&](const QString &amount, const QDate &paidOn) {
            return m_book->postPayment(agreement, row, amount, paidOn);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AgreementDialog::showInstallment()
{
    const int agreement = m_agreements->currentIndex();
    const int row = m_schedule->currentRow();
    m_post->setEnabled(m_book->remaining(agreement, row).cents() > 0);
    const auto codes = m_book->codes(agreement, row);
    const bool ok = codes.ok();
    for (QWidget *w : std::initializer_list<QWidget *>{m_line, m_barcode, m_ourNumber, m_pix, m_qr,
                                                       m_copyLine, m_copyPix})
        w->setVisible(ok);
    m_codesNote->setVisible(!ok);
    if (agreement >= 0 && agreement < m_book->agreements().size() && row >= 0 &&
        row < m_book->agreements().at(agreement).installments.size()) {
        const AgreementInstallment &i = m_book->agreements().at(agreement).installments.at(row);
        const QLocale locale;
        m_codesTitle->setText(
            tr("Installment %1: %2, due %3")
                .arg(i.number)
                .arg(i.amount.toString(locale), locale.toString(i.due, QLocale::ShortFormat)));
    } else {
        m_codesTitle->clear();
    }
    if (!ok) {
        m_codesNote->setText(codes.error().message);
        return;
    }
    m_line->setText(codes->boleto.formattedLine());
    m_barcode->setPixmap(QPixmap::fromImage(barcodeImage(codes->boleto.barcode(), 60, 1)));
    m_ourNumber->setText(tr("Our number: %1").arg(codes->printedOurNumber));
    m_pix->setPlainText(codes->pix.payload());
    m_qr->setPixmap(QPixmap::fromImage(qrImage(codes->pix.payload(), 4))
                        .scaled(m_qr->size(), Qt::KeepAspectRatio, Qt::FastTransformation));
}

bool AgreementDialog::saveTerm(const QString &path, QString *error)
{
    const Status written =
        writeAgreementTermPdf(m_book->termData(m_agreements->currentIndex()), path, QLocale());
    if (!written && error)
        *error = written.error().message;
    return written.ok();
}

void AgreementDialog::chooseAndSave()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("agreement-term-%1.pdf")
                          .arg(m_book->debtor().name.section(QLatin1Char(' '), 0, 0).toLower()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the term of agreement"),
                                                      suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!saveTerm(path, &why))
        QMessageBox::warning(this, tr("Term not saved"), why);
}

void AgreementDialog::print()
{
    const auto pages =
        layoutAgreementTerm(m_book->termData(m_agreements->currentIndex()), QLocale());
    if (!pages) {
        QMessageBox::warning(this, tr("Term not printed"), pages.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    for (int page = 0; page < pages->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        pages->paintPage(painter, page);
    }
}

void AgreementDialog::email()
{
    const QString address = m_book->debtorEmail();
    if (address.isEmpty()) {
        QMessageBox::information(this, tr("No e-mail address"),
                                 tr("This debtor has no e-mail address that may be used (none "
                                    "given, or no consent)."));
        return;
    }
    const QString path =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("agreement-term-%1.pdf")
                          .arg(m_book->debtor().name.section(QLatin1Char(' '), 0, 0).toLower()));
    QString why;
    if (!saveTerm(path, &why)) {
        QMessageBox::warning(this, tr("Term not saved"), why);
        return;
    }
    // mailto: cannot carry an attachment: the mail program opens with the text, and the
    // agent attaches the file saved here.
    QUrl url(QStringLiteral("mailto:") + address);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"),
                       tr("Term of agreement – %1").arg(m_book->creditor().name));
    query.addQueryItem(QStringLiteral("body"),
                       tr("Hello, %1. Attached is the term of your agreement with %2 (CNPJ %3), "
                          "with the boleto and PIX code of each installment.")
                           .arg(m_book->debtor().name, m_book->creditor().name,
                                m_book->creditor().document.formatted()));
    url.setQuery(query);
    QDesktopServices::openUrl(url);
    QMessageBox::information(this, tr("Attach the term"),
                             tr("The term was saved as %1. Attach it to the message.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace quita
