#pragma once

#include <QStyledItemDelegate>

namespace quita {

// Paints one timeline row: channel icon, direction arrow, time, agent, a result chip
// and the summary, with the body's first line under it when there is one.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor resultColor(const QString &result);
    // An account event's colour: agreements green (broken red), protests amber (protested
    // red, closed grey).
    static QColor eventColor(const QString &source, const QString &kind);
};

} // namespace quita
