#include "print/TermPiece.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace quita::term {

QString termText(const char *source)
{
    return QCoreApplication::translate("AgreementTerm", source);
}

QFont termFont(qreal points, bool bold, bool mono)
{
    QFont font(mono ? QStringLiteral("Monospace") : QStringLiteral("Sans Serif"));
    font.setStyleHint(mono ? QFont::TypeWriter : QFont::SansSerif);
    font.setFixedPitch(mono);
    font.setPixelSize(qRound(points * AgreementTermPages::dotsPerInch / 72.0));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void Text::draw(QPainter &painter, qreal x, qreal y, qreal width, Qt::Alignment align) const
{
    painter.setFont(font);
    painter.setPen(color);
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(QRectF(x, y + i * lineHeight, width, lineHeight),
                         int(align | Qt::AlignVCenter) | Qt::TextSingleLine, lines.at(i));
}

Text wrap(const QString &source, const QFont &font, qreal width, const QColor &color,
          QTextOption::WrapMode mode)
{
    Text t{font, {}, QFontMetricsF(font).lineSpacing(), color};
    QTextLayout layout(source, font);
    QTextOption option;
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        t.lines << source.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return t;
}

void drawRule(QPainter &painter, qreal x1, qreal x2, qreal y, qreal thickness, const QColor &color)
{
    painter.setPen(QPen(color, thickness));
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

} // namespace quita::term
