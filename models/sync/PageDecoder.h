#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

namespace quita {

namespace sync {
struct SyncedTable;
}

// One pulled change, checked and converted to the local columns' SQL values.
struct DecodedChange
{
    const sync::SyncedTable *table = nullptr;
    bool remove = false;
    qint64 seq = 0;
    QString id;
    QVariantList values; // upsert: one per table column, in order
    QString debtorId;    // upsert: the debtor the row belongs to (empty for reference data)
};

// A pull page, checked: every change names a known entity and carries the right types.
struct DecodedPage
{
    std::vector<DecodedChange> changes;
    qint64 nextCursor = 0;
    bool hasMore = false;
};

// Checks and converts a pull page (docs/sync-protocol.md, "Pull") without touching the
// store, so it can run on another thread than the one writing. A bad page is refused
// whole, with a message naming the change's seq, its entity and the field. Pure.
class PageDecoder
{
public:
    static Result<DecodedPage> decode(const QByteArray &json);
    static Result<DecodedPage> decode(const QJsonObject &page);
};

} // namespace quita
