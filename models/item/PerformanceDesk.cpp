#include "PerformanceDesk.h"

#include "store/DebtorRegistration.h"
#include "sync/SyncState.h"

#include <QUuid>

namespace quita {

QString PerformanceDesk::lastUser(const char *key) const
{
    return SyncState(m_db).value(QStringLiteral("user_") + QLatin1String(key)).toString();
}

QList<QPair<QString, QString>> PerformanceDesk::portfolios() const
{
    QList<QPair<QString, QString>> list;
    for (const PortfolioChoice &choice : DebtorRegistration(m_db).portfolios())
        list << qMakePair(choice.portfolio.id.toString(QUuid::WithoutBraces),
                          choice.portfolio.name);
    return list;
}

} // namespace quita
