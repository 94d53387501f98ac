#pragma once

#include "print/AgreementTermPages.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>
#include <QTextOption>

#include <functional>

class QPainter;

// Internal to the agreement term: the pieces its pages are made of and what draws them.
namespace quita::term {

constexpr qreal mm(qreal millimetres)
{
    return millimetres * AgreementTermPages::dotsPerInch / 25.4;
}

// Page geometry, in dots.
inline constexpr qreal kPageWidth = mm(210);
inline constexpr qreal kPageHeight = mm(297);
inline constexpr qreal kLeft = mm(15);
inline constexpr qreal kWidth = mm(180);
inline constexpr qreal kTop = mm(15);
inline constexpr qreal kBottom = mm(297 - 20); // content ends here; the footer is below
inline constexpr qreal kFooterTop = mm(297 - 15);
inline constexpr qreal kBlockGap = mm(5);

inline const QColor kLabel{0x55, 0x55, 0x55};
inline const QColor kRule{0x88, 0x88, 0x88};
inline const QColor kBand{0xe6, 0xe6, 0xe6};
inline const QColor kStripe{0xf4, 0xf4, 0xf4};

// Translated in the "AgreementTerm" context (mark the source with QT_TRANSLATE_NOOP).
QString termText(const char *source);

// A sans-serif (or monospace) font of `points`, sized in dots so that the same layout
// paints on any device.
QFont termFont(qreal points, bool bold = false, bool mono = false);

// Text wrapped once at layout time; painting draws the same lines.
struct Text
{
    QFont font;
    QStringList lines;
    qreal lineHeight = 0;
    QColor color = Qt::black;

    qreal height() const { return lines.size() * lineHeight; }
    void draw(QPainter &painter, qreal x, qreal y, qreal width,
              Qt::Alignment align = Qt::AlignLeft) const;
};

Text wrap(const QString &source, const QFont &font, qreal width, const QColor &color = Qt::black,
          QTextOption::WrapMode mode = QTextOption::WordWrap);

void drawRule(QPainter &painter, qreal x1, qreal x2, qreal y, qreal thickness = mm(0.2),
              const QColor &color = kRule);

using PaintFn = std::function<void(QPainter &, qreal x, qreal y)>;

// The unit of pagination, drawn whole on one page at (x, y), its top-left corner.
struct Piece
{
    qsizetype block = -1; // index of the TermBlock it comes from
    qreal height = 0;
    qreal spaceAfter = 0;
    bool keepWithNext = false; // on the same page as the next piece
    bool breakBefore = false;  // first on a new page
    qsizetype header = -1;     // a table header to repeat when this row opens a page
    PaintFn paint;
};

// The pieces of the term's blocks, in order.
QList<Piece> piecesOf(const QList<TermBlock> &blocks);
// One installment's payment block (TermPaymentPiece.cpp): band, boleto, PIX, QR code.
Piece paymentPiece(const TermPayment &payment);

} // namespace quita::term
