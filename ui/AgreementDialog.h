#pragma once

#include <QDialog>
#include <QUuid>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace quita {

class AgreementBook;

// A debtor's agreements: the schedule with each installment's status, and for the chosen
// installment its boleto (digitable line and barcode) and PIX code (copy and paste and
// QR); the term of agreement saved as PDF, printed, or sent by e-mail.
class AgreementDialog : public QDialog
{
    Q_OBJECT
public:
    AgreementDialog(AgreementBook *book, const QUuid &select = {}, QWidget *parent = nullptr);

    QTableWidget *schedule() const { return m_schedule; }
    // Writes the chosen agreement's term; the error says why it could not.
    bool saveTerm(const QString &path, QString *error = nullptr);
    // After a sync: the server's rows (our numbers) replace the desk's.
    void refresh();

private:
    void showAgreement();
    void showInstallment();
    void chooseAndSave();
    void print();
    void email();
    void postPayment();
    void cancelAgreement();

    AgreementBook *m_book;
    QComboBox *m_agreements;
    QLabel *m_summary;
    QTableWidget *m_schedule;
    QLabel *m_codesTitle;
    QLabel *m_line;
    QLabel *m_barcode;
    QLabel *m_ourNumber;
    QPlainTextEdit *m_pix;
    QLabel *m_qr;
    QLabel *m_codesNote;
    QPushButton *m_copyLine;
    QPushButton *m_copyPix;
    QPushButton *m_post = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace quita
