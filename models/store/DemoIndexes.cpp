#include "DemoIndexes.h"

#include <QFile>

namespace quita {

Result<IndexSeries> demoIndexSeries()
{
    QFile file(QStringLiteral(":/demo/indexes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("missing"), QStringLiteral("indexes"),
                     QStringLiteral("the demo index series is not built in")};
    return IndexSeries::parseCsv(QString::fromUtf8(file.readAll()));
}

QString indexValueId(CorrectionIndex index, int year, int month)
{
    return QStringLiteral("%1:%2-%3")
        .arg(correctionIndexName(index))
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace quita
