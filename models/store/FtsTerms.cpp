#include "FtsTerms.h"

#include <QRegularExpression>

namespace quita::fts {

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString prefix(const QString &word)
{
    return QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1String("\"*");
}

QString allPrefixes(const QStringList &words)
{
    QStringList parts;
    for (const QString &word : words)
        parts << prefix(word);
    return parts.join(QLatin1Char(' '));
}

} // namespace quita::fts
