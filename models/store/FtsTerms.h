#pragma once

#include <QString>
#include <QStringList>

// How typed text becomes FTS5 query terms, shared by the debtor and timeline searches.
namespace quita::fts {

// The words of `text`: runs of letters and digits; everything else separates (so FTS
// operators, quotes and column filters typed by a person are plain words).
QStringList words(const QString &text);
// One word as a prefix term: "mar" -> "mar"* (quotes escaped).
QString prefix(const QString &word);
// Every word a prefix, all required: "maria sil" -> "maria"* "sil"*. Empty when no word.
QString allPrefixes(const QStringList &words);

} // namespace quita::fts
