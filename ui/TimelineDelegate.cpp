#include "TimelineDelegate.h"

#include "ChannelIcons.h"
#include "item/TimelineModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace quita {
namespace {
constexpr int kMargin = 6;
constexpr int kIcon = 28;
} // namespace

QColor TimelineDelegate::resultColor(const QString &result)
{
    const auto &catalog = ResultCatalog::defaults();
    if (result == QLatin1String("ptp") || result == QLatin1String("paid") ||
        result == QLatin1String("agreement"))
        return QColor(0x2e, 0x7d, 0x32);
    if (catalog.isRightParty(result) || result == QLatin1String("replied"))
        return QColor(0x15, 0x65, 0xc0);
    if (result == QLatin1String("bounced") || result == QLatin1String("failed") ||
        result == QLatin1String("opted_out") || result == QLatin1String("wrong_number") ||
        result == QLatin1String("refused") || result == QLatin1String("dispute"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x61, 0x61, 0x61);
}

QColor TimelineDelegate::eventColor(const QString &source, const QString &kind)
{
    const QColor green(0x2e, 0x7d, 0x32), red(0xc6, 0x28, 0x28), amber(0x8a, 0x5a, 0x00),
        grey(0x61, 0x61, 0x61);
    if (source == QLatin1String("agreement")) {
        if (kind == QLatin1String("broken"))
            return red;
        return kind == QLatin1String("cancelled") ? grey : green;
    }
    if (kind == QLatin1String("protested"))
        return red;
    if (kind == QLatin1String("paid") || kind == QLatin1String("withdrawn") ||
        kind == QLatin1String("cancelled"))
        return grey;
    return amber;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const bool hasBody =
        !index.data(TimelineModel::BodyRole).toString().isEmpty() &&
        index.data(TimelineModel::BodyRole) != index.data(TimelineModel::SummaryRole);
    const int lines = hasBody ? 3 : 2;
    return {300, std::max(kIcon + 2 * kMargin, lines * fm.height() + 2 * kMargin + 2)};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    const QString channel = index.data(TimelineModel::ChannelRole).toString();
    const auto direction = directionFromName(index.data(TimelineModel::DirectionRole).toString());
    const QString entry = index.data(TimelineModel::EntryKindRole).toString();
    const QString result = index.data(TimelineModel::ResultRole).toString();
    const bool event = entry != QLatin1String("activity");
    if (event) {
        // An account event: a round badge in the event's colour with its initial.
        const QRect badge(r.left() + 2, r.top() + 2, kIcon - 4, kIcon - 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(eventColor(entry, result));
        painter->drawEllipse(badge);
        QFont initial = option.font;
        initial.setBold(true);
        painter->setFont(initial);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          entry == QLatin1String("protest") ? tr("P", "protest badge")
                                                            : tr("A", "agreement badge"));
    } else {
        ChannelIcons::channel(channel).paint(painter, QRect(r.left(), r.top(), kIcon, kIcon));
    }
    if (direction)
        ChannelIcons::direction(*direction)
            .paint(painter, QRect(r.left() + kIcon - 10, r.top() + kIcon - 10, 14, 14));

    const QFontMetrics fm(option.font);
    const int x = r.left() + kIcon + kMargin * 2;
    QRect line(x, r.top(), r.right() - x, fm.height());

    // First line: time, channel and direction, agent ... result chip on the right.
    const QLocale locale;
    const QDateTime when = index.data(TimelineModel::OccurredAtRole).toDateTime().toLocalTime();
    const QString agent = index.data(TimelineModel::AgentRole).toString();
    QString meta = locale.toString(when, QStringLiteral("dd/MM/yyyy HH:mm"));
    if (const auto c = channelFromName(channel))
        meta += QStringLiteral("  ·  ") + channelDisplayName(*c);
    if (direction)
        meta += QStringLiteral(" ") + directionDisplayName(*direction).toLower();
    meta += QStringLiteral("  ·  ") + (agent.isEmpty() ? tr("automatic") : agent);

    const QString chip = index.data(TimelineModel::ChipRole).toString();
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    chipFont.setBold(true);
    const QFontMetrics chipMetrics(chipFont);
    const int chipWidth = chipMetrics.horizontalAdvance(chip) + 12;
    const QRect chipRect(line.right() - chipWidth, line.top(), chipWidth, fm.height());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor chipColor = event ? eventColor(entry, result) : resultColor(result);
    painter->setBrush(chipColor);
    painter->drawRoundedRect(chipRect, 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(chipFont);
    painter->drawText(chipRect, Qt::AlignCenter, chip);

    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(line.adjusted(0, 0, -chipWidth - kMargin, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(meta, Qt::ElideRight, line.width() - chipWidth - kMargin));

    // Second line: the summary; third: the body's first line when it says more.
    const QString summary = index.data(TimelineModel::SummaryRole).toString();
    const QString body = index.data(TimelineModel::BodyRole).toString();
    line.translate(0, fm.height() + 2);
    QFont strong = option.font;
    strong.setBold(true);
    painter->setFont(strong);
    painter->setPen(text);
    const QString headline = summary.isEmpty() ? chip : summary;
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(strong).elidedText(headline, Qt::ElideRight, line.width()));
    if (!body.isEmpty() && body != summary) {
        line.translate(0, fm.height());
        painter->setFont(option.font);
        painter->setPen(muted);
        const QString first = body.section(QLatin1Char('\n'), 0, 0);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(first, Qt::ElideRight, line.width()));
    }
    painter->restore();
}

} // namespace quita
