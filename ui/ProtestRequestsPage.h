#pragma once

#include "item/ProtestDesk.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace quita {

class ProtestListModel;

// The protest requests on this desk (synced from the server), filtered by status,
// portfolio and the day sent; for the selected ones: withdrawal (desistência) and
// cancellation (cancelamento) files, and the documents attached to a request.
class ProtestRequestsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProtestRequestsPage(ProtestDesk &desk, QWidget *parent = nullptr);

    void reload();
    // Only this debtor's requests with `status` (empty: any), selecting `select`.
    void showDebtor(const QUuid &debtorId, const QString &debtorName, const QString &status,
                    const QList<QUuid> &select);
    void setStatusFilter(const QString &status);
    void withdraw();
    void cancel();
    void attachDocument();
    // Saves the selected document of the selected request where the user chooses.
    void saveDocument();
    void saveFile();

    ProtestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QList<QUuid> selectedRequests() const;
    void selectRequests(const QList<QUuid> &ids);
    const ProtestFile &lastFile() const { return m_file; }

signals:
    void filed(const ProtestFile &file);

private:
    void applyFilter();
    void updateActions();
    void updateDocuments();
    void sendFile(bool cancellation);
    void showError(const QString &message);

    ProtestDesk &m_desk;
    ProtestListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_status;
    QComboBox *m_portfolio;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_debtorFilter;
    QPushButton *m_clearDebtor;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_withdraw;
    QPushButton *m_cancel;
    QPushButton *m_attach;
    QListWidget *m_documents;
    QPushButton *m_saveDocument;
    QLabel *m_documentsLabel;
    QLabel *m_result;
    QPushButton *m_save;
    QLabel *m_error;
    QUuid m_debtor;
    ProtestFile m_file;
};

} // namespace quita
