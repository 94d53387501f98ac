#include "CorrectionIndex.h"

#include <QCoreApplication>

namespace quita {

QString correctionIndexName(CorrectionIndex index)
{
    switch (index) {
    case CorrectionIndex::None:
        return QStringLiteral("none");
    case CorrectionIndex::Ipca:
        return QStringLiteral("ipca");
    case CorrectionIndex::Igpm:
        return QStringLiteral("igpm");
    case CorrectionIndex::Inpc:
        return QStringLiteral("inpc");
    }
    return {};
}

Result<CorrectionIndex> correctionIndexFromName(const QString &name, const QString &field)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("none"))
        return CorrectionIndex::None;
    if (key == QLatin1String("ipca"))
        return CorrectionIndex::Ipca;
    if (key == QLatin1String("igpm"))
        return CorrectionIndex::Igpm;
    if (key == QLatin1String("inpc"))
        return CorrectionIndex::Inpc;
    return Error{QStringLiteral("unknown_index"), field,
                 QCoreApplication::translate("CorrectionIndex",
                                             "%1: unknown correction index \"%2\" (expected "
                                             "none, ipca, igpm or inpc).")
                     .arg(field, name)};
}

QString correctionIndexDisplayName(CorrectionIndex index)
{
    switch (index) {
    case CorrectionIndex::None:
        return QCoreApplication::translate("CorrectionIndex", "no correction");
    case CorrectionIndex::Ipca:
        return QStringLiteral("IPCA");
    case CorrectionIndex::Igpm:
        return QStringLiteral("IGP-M");
    case CorrectionIndex::Inpc:
        return QStringLiteral("INPC");
    }
    return {};
}

} // namespace quita
