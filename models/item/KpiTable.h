#pragma once

#include "KpiReport.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace quita {

// A chart's data as a table, for its CSV export. Column names are the report's JSON keys
// (stable, untranslated, for spreadsheets and scripts). CSV: UTF-8, ',' between fields,
// CRLF line ends, a header row; text fields (and the header) in double quotes with
// inner quotes doubled; numbers bare with '.' as decimal point; money as whole centavos
// (columns ending in _cents); rates as fractions 0..1; an empty field is "no data".
struct KpiTable
{
    QStringList header;
    QList<QVariantList> rows;

    QString toCsv() const;
    // Writes toCsv() as UTF-8; false with `error` set when the file cannot be written.
    bool saveCsv(const QString &path, QString *error = nullptr) const;
};

KpiTable kpiDailyTable(const KpiReport &report);
KpiTable kpiAgentTable(const KpiReport &report);
KpiTable kpiBreakRateTable(const KpiReport &report);
KpiTable kpiChannelTable(const KpiReport &report);
KpiTable kpiChannelResultTable(const KpiReport &report);
KpiTable kpiAgingTable(const KpiReport &report);
KpiTable kpiRollRateTable(const KpiReport &report);
KpiTable kpiVintageTable(const KpiReport &report);

} // namespace quita
