#include "PageDecoder.h"

#include "SyncedTables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>
#include <optional>

namespace quita {

using sync::SyncedColumn;
using sync::SyncedTable;

namespace {

std::optional<qint64> wholeNumber(const QJsonValue &v)
{
    constexpr qint64 kNotWhole = std::numeric_limits<qint64>::min();
    const qint64 n = v.isDouble() ? v.toInteger(kNotWhole) : kNotWhole;
    return n == kNotWhole ? std::nullopt : std::optional<qint64>(n);
}

class ChangeReader
{
public:
    // The change at `index` of the page, or the page's refusal.
    Result<DecodedChange> read(const QJsonValue &value, qsizetype index);

private:
    Error refused(const QString &field, const QString &why) const
    {
        //: %1 the change's seq, %2 the entity (debtor, title, ...), %3 the field, %4 what is wrong
        return Error{
            QStringLiteral("bad_change"), field,
            QCoreApplication::translate(
                "ChangeApplier", "Pulled change %1 (%2): %3 %4. Nothing of this page was applied.")
                .arg(m_seq, m_entity.isEmpty() ? QStringLiteral("?") : m_entity, field, why)};
    }
    Result<DecodedChange> upsert(DecodedChange change, const QJsonObject &data);

    // The change being read, for the messages.
    QString m_seq;
    QString m_entity;
};

Result<DecodedChange> ChangeReader::read(const QJsonValue &value, qsizetype index)
{
    m_seq = QStringLiteral("#%1").arg(index + 1);
    m_entity.clear();
    if (!value.isObject())
        return refused(QStringLiteral("change"),
                       QCoreApplication::translate("ChangeApplier", "must be an object"));
    const QJsonObject change = value.toObject();
    const auto seq = wholeNumber(change.value(QLatin1String("seq")));
    if (!seq)
        return refused(QStringLiteral("seq"),
                       QCoreApplication::translate("ChangeApplier", "must be a whole number"));
    m_seq = QString::number(*seq);
    const QJsonValue entity = change.value(QLatin1String("entity"));
    m_entity = entity.toString();
    DecodedChange decoded;
    decoded.seq = *seq;
    decoded.table = sync::syncedTable(m_entity);
    if (!decoded.table)
        return refused(QStringLiteral("entity"),
                       entity.isString()
                           ? QCoreApplication::translate(
                                 "ChangeApplier", "\"%1\" is not an entity this version of Quita "
                                                  "knows")
                                 .arg(m_entity)
                           : QCoreApplication::translate("ChangeApplier", "must be a string"));
    const QJsonValue id = change.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isString())
        return refused(QStringLiteral("id"),
                       QCoreApplication::translate("ChangeApplier", "must be a string"));
    decoded.id = id.toString();
    const QString op = change.value(QLatin1String("op")).toString();
    if (op == QLatin1String("upsert")) {
        const QJsonValue data = change.value(QLatin1String("data"));
        if (!data.isObject())
            return refused(
                QStringLiteral("data"),
                QCoreApplication::translate("ChangeApplier", "must be an object (the whole row)"));
        return upsert(std::move(decoded), data.toObject());
    }
    if (op == QLatin1String("delete")) {
        if (decoded.id.isEmpty())
            decoded.id = change.value(QLatin1String("data"))
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString();
        QVariant checked;
        QString why;
        if (!sync::toSqlValue(decoded.table->columns.first(), decoded.id, checked, why))
            return refused(QStringLiteral("id"), why);
        decoded.remove = true;
        return decoded;
    }
    return refused(QStringLiteral("op"), QCoreApplication::translate(
                                             "ChangeApplier", "must be \"upsert\" or \"delete\""));
}

Result<DecodedChange> ChangeReader::upsert(DecodedChange change, const QJsonObject &data)
{
    const SyncedTable &table = *change.table;
    change.values.reserve(table.columns.size());
    QString why;
    QVariant v;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const SyncedColumn &column = table.columns[i];
        QJsonValue json = data.value(column.name);
        if (i == 0 && json.isUndefined() && !change.id.isEmpty())
            json = change.id;
        if (!sync::toSqlValue(column, json, v, why))
            return refused(column.name, why);
        if (i == 0 && !change.id.isEmpty() && v.toString() != change.id)
            return refused(column.name, QCoreApplication::translate(
                                            "ChangeApplier", "differs from the change's id %1")
                                            .arg(change.id));
        if (i == table.debtorColumn)
            change.debtorId = v.toString();
        change.values.append(v);
    }
    return change;
}

} // namespace

Result<DecodedPage> PageDecoder::decode(const QByteArray &json)
{
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return Error{
            QStringLiteral("bad_page"),
            {},
            QCoreApplication::translate(
                "ChangeApplier",
                "The pulled page is not a JSON object (%1 at offset %2). Nothing was applied.")
                .arg(parsed.error != QJsonParseError::NoError
                         ? parsed.errorString()
                         : QCoreApplication::translate("ChangeApplier", "another JSON value"))
                .arg(parsed.offset)};
    return decode(doc.object());
}

Result<DecodedPage> PageDecoder::decode(const QJsonObject &page)
{
    const QJsonValue changes = page.value(QLatin1String("changes"));
    const auto nextCursor = wholeNumber(page.value(QLatin1String("next_cursor")));
    const QJsonValue hasMore = page.value(QLatin1String("has_more"));
    const auto badPage = [](const QString &field, const QString &why) {
        return Error{QStringLiteral("bad_page"), field,
                     QCoreApplication::translate("ChangeApplier",
                                                 "The pulled page's %1 %2. Nothing was applied.")
                         .arg(field, why)};
    };
    if (!changes.isArray())
        return badPage(QStringLiteral("changes"),
                       QCoreApplication::translate("ChangeApplier", "must be an array"));
    if (!nextCursor || *nextCursor < 0)
        return badPage(QStringLiteral("next_cursor"),
                       QCoreApplication::translate("ChangeApplier", "must be a whole number"));
    if (!hasMore.isUndefined() && !hasMore.isBool())
        return badPage(QStringLiteral("has_more"),
                       QCoreApplication::translate("ChangeApplier", "must be true or false"));
    DecodedPage decoded;
    decoded.nextCursor = *nextCursor;
    decoded.hasMore = hasMore.toBool();
    const QJsonArray list = changes.toArray();
    decoded.changes.reserve(std::size_t(list.size()));
    ChangeReader reader;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto change = reader.read(list.at(i), i);
        if (!change)
            return change.error();
        decoded.changes.push_back(std::move(change).value());
    }
    return decoded;
}

} // namespace quita
