#pragma once

#include "item/ProtestDesk.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace quita {

class ProtestBatchModel;
class ProtestReturnModel;

// The CRA files the server keeps (remittances, withdrawals, cancellations written;
// confirmations and returns imported): save one again, or import the notaries'
// confirmation or return file and see what it did to each title.
class ProtestFilesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProtestFilesPage(ProtestDesk &desk, QWidget *parent = nullptr);

    void reload();
    // Saves the selected batch's file as the server keeps it.
    void saveSelected();
    // Asks for a file (ProtestPrompts) and imports it.
    void importFile();
    void importContent(const QByteArray &content, const QString &fileName);

    ProtestBatchModel *model() const { return m_model; }
    ProtestReturnModel *returnModel() const { return m_returnModel; }
    QTableView *table() const { return m_table; }
    bool isBusy() const { return m_busy; }

signals:
    void imported(const ProtestFile &file);

private:
    void showError(const QString &message);

    ProtestDesk &m_desk;
    ProtestBatchModel *m_model;
    ProtestReturnModel *m_returnModel;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_importSummary;
    QTableView *m_returnTable;
    bool m_busy = false;
};

} // namespace quita
