#pragma once

#include "ProtestDesk.h"

#include <QAbstractTableModel>

namespace quita {

// What an imported confirmation or return file did, one row per title record: the
// notary's protocol, occurrence and irregularity (with its message), the fees, and the
// request's status after the import (or "unchanged").
class ProtestReturnModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LineColumn,
        TitleColumn,
        DebtorColumn,
        ProtocolColumn,
        OccurrenceColumn,
        IrregularityColumn,
        FeesColumn,
        StatusColumn,
        ColumnCount
    };

    struct Line
    {
        int line = 0;
        QString titleNumber;
        QString debtorName;
        QString protocol;
        QString occurrence;   // translated
        QString irregularity; // code and translated message
        Money fees;
        QString status; // machine name after the import; empty: unchanged
    };

    explicit ProtestReturnModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // `content`: the file sent; `result`: the server's answer.
    void setResult(const QByteArray &content, const ProtestFile &result);
    void clear();
    const Line &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Line> m_lines;
};

} // namespace quita
