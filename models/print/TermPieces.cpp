#include "print/TermPiece.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace quita::term {

namespace {

constexpr qreal kCellPad = mm(1.5);

class PieceBuilder
{
public:
    QList<Piece> pieces;

    void add(qsizetype block, const TermBlock &b)
    {
        m_block = block;
        if (!b.title.isEmpty())
            sectionTitle(b.title, b.kind == TermBlock::Kind::Payments);
        switch (b.kind) {
        case TermBlock::Kind::Heading:
            return heading(b.lines);
        case TermBlock::Kind::Creditor:
            return partyBox(b.lines, true);
        case TermBlock::Kind::Debtor:
            return partyBox(b.lines, false);
        case TermBlock::Kind::Titles:
            return table(b.table, kWidth);
        case TermBlock::Kind::Balance:
        case TermBlock::Kind::Schedule:
            return table(b.table, mm(110));
        case TermBlock::Kind::Plan:
        case TermBlock::Kind::Payments:
            return paragraphs(b.lines, false);
        case TermBlock::Kind::Clause: // on the page the parties sign
            return paragraphs(b.lines, true);
        case TermBlock::Kind::Signatures:
            return signatures(b);
        case TermBlock::Kind::Payment: {
            Piece piece = paymentPiece(b.payment);
            piece.block = m_block;
            piece.spaceAfter = kBlockGap;
            pieces << std::move(piece);
            return;
        }
        }
    }

private:
    qsizetype m_block = -1;

    Piece &push(qreal height, PaintFn paint, qreal spaceAfter = kBlockGap)
    {
        Piece piece;
        piece.block = m_block;
        piece.height = height;
        piece.spaceAfter = spaceAfter;
        piece.paint = std::move(paint);
        pieces << std::move(piece);
        return pieces.last();
    }

    void sectionTitle(const QString &title, bool newPage)
    {
        const Text t = wrap(title, termFont(11, true), kWidth);
        const qreal height = t.height() + mm(1);
        Piece &piece = push(
            height,
            [t, height](QPainter &p, qreal x, qreal y) {
                t.draw(p, x, y, kWidth);
                drawRule(p, x, x + kWidth, y + height - mm(0.2));
            },
            mm(2));
        piece.keepWithNext = true;
        piece.breakBefore = newPage;
    }

    void heading(const QStringList &lines)
    {
        const Text title = wrap(lines.value(0), termFont(18, true), kWidth);
        const Text reference = wrap(lines.value(1), termFont(8), kWidth, kLabel);
        const qreal height = title.height() + mm(1) + reference.height() + mm(2);
        push(height, [title, reference, height](QPainter &p, qreal x, qreal y) {
            title.draw(p, x, y, kWidth);
            reference.draw(p, x, y + title.height() + mm(1), kWidth);
            drawRule(p, x, x + kWidth, y + height - mm(0.3), mm(0.6), Qt::black);
        });
    }

    // The creditor's box is the prominent one: its name and CNPJ in large bold type.
    void partyBox(const QStringList &lines, bool creditor)
    {
        const qreal inner = kWidth - 2 * mm(3);
        QList<Text> texts;
        texts << wrap(lines.value(0), termFont(8), inner, kLabel);
        texts << wrap(lines.value(1), termFont(creditor ? 14 : 11, true), inner);
        texts << wrap(lines.value(2), termFont(creditor ? 11 : 9.5, creditor), inner);
        for (qsizetype i = 3; i < lines.size(); ++i)
            texts << wrap(lines.at(i), termFont(9.5), inner);
        qreal height = 2 * mm(3);
        for (const Text &t : texts)
            height += t.height();
        push(
            height,
            [texts, height, inner, creditor](QPainter &p, qreal x, qreal y) {
                p.setPen(QPen(creditor ? Qt::black : kRule, creditor ? mm(0.5) : mm(0.25)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(x, y, kWidth, height));
                qreal ty = y + mm(3);
                for (const Text &t : texts) {
                    t.draw(p, x + mm(3), ty, inner);
                    ty += t.height();
                }
            },
            mm(3));
    }

    void paragraphs(const QStringList &lines, bool keepWithNext)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Text t = wrap(lines.at(i), termFont(9.5), kWidth);
            Piece &piece = push(
                t.height(), [t](QPainter &p, qreal x, qreal y) { t.draw(p, x, y, kWidth); },
                i + 1 == lines.size() ? kBlockGap : mm(1.5));
            piece.keepWithNext = keepWithNext;
        }
    }

    void table(const TermTable &table, qreal width)
    {
        const QFont body = termFont(9.5);
        const QFont bold = termFont(9.5, true);
        const qsizetype columns = table.header.isEmpty()
                                      ? (table.rows.isEmpty() ? 0 : table.rows.first().size())
                                      : table.header.size();
        if (columns == 0)
            return;
        // Every column but the first as wide as its widest cell; the first takes the rest.
        QList<qreal> widths(columns, 0);
        const QFontMetricsF boldMetrics(bold);
        for (qsizetype c = 1; c < columns; ++c) {
            widths[c] = boldMetrics.horizontalAdvance(table.header.value(c));
            for (const QStringList &row : table.rows)
                widths[c] = std::max(widths[c], boldMetrics.horizontalAdvance(row.value(c)));
            widths[c] += 2 * kCellPad + mm(4);
        }
        qreal others = 0;
        for (qsizetype c = 1; c < columns; ++c)
            others += widths.at(c);
        widths[0] = std::max(width - others, mm(25));
        const qreal rowHeight = QFontMetricsF(body).lineSpacing() + 2 * mm(0.8);
        const QList<bool> right = table.alignRight;

        const auto rowPainter = [=](const QStringList &cells, bool strong, bool header,
                                    bool stripe) {
            return [=](QPainter &p, qreal x, qreal y) {
                const qreal w = std::accumulate(widths.cbegin(), widths.cend(), qreal(0));
                if (header || stripe)
                    p.fillRect(QRectF(x, y, w, rowHeight), header ? kBand : kStripe);
                if (strong && !header)
                    drawRule(p, x, x + w, y, mm(0.3), Qt::black);
                const QFont font = strong ? bold : body;
                p.setFont(font);
                p.setPen(Qt::black);
                const QFontMetricsF metrics(font);
                qreal cx = x;
                for (qsizetype c = 0; c < columns; ++c) {
                    const qreal inner = widths.at(c) - 2 * kCellPad;
                    const QString cell = metrics.elidedText(cells.value(c), Qt::ElideRight, inner);
                    const Qt::Alignment align = right.value(c) ? Qt::AlignRight : Qt::AlignLeft;
                    p.drawText(QRectF(cx + kCellPad, y, inner, rowHeight),
                               int(align | Qt::AlignVCenter) | Qt::TextSingleLine, cell);
                    cx += widths.at(c);
                }
            };
        };

        qsizetype header = -1;
        if (!table.header.isEmpty()) {
            Piece &piece = push(rowHeight, rowPainter(table.header, true, true, false), 0);
            piece.keepWithNext = true;
            header = pieces.size() - 1;
        }
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const bool strong = table.emphasisedRows.contains(r);
            Piece &piece =
                push(rowHeight, rowPainter(table.rows.at(r), strong, false, !strong && r % 2 == 1),
                     r + 1 == table.rows.size() ? kBlockGap : 0);
            piece.header = header;
        }
    }

    void signatures(const TermBlock &b)
    {
        const Text place = wrap(b.lines.value(0), termFont(9.5), kWidth);
        Piece &date = push(
            place.height(), [place](QPainter &p, qreal x, qreal y) { place.draw(p, x, y, kWidth); },
            mm(14));
        date.keepWithNext = true;

        const qreal column = (kWidth - mm(16)) / 2;
        QList<Text> texts;
        qreal textHeight = 0;
        for (const QStringList &row : b.table.rows) {
            texts << wrap(row.value(0), termFont(9.5, true), column)
                  << wrap(row.value(1), termFont(8.5), column);
            textHeight =
                std::max(textHeight, texts.at(texts.size() - 2).height() + texts.last().height());
        }
        push(mm(1.5) + textHeight, [texts, column](QPainter &p, qreal x, qreal y) {
            for (qsizetype i = 0; i + 1 < texts.size(); i += 2) {
                const qreal cx = x + (i / 2) * (column + mm(16));
                drawRule(p, cx, cx + column, y, mm(0.25), Qt::black);
                texts.at(i).draw(p, cx, y + mm(1.5), column, Qt::AlignHCenter);
                texts.at(i + 1).draw(p, cx, y + mm(1.5) + texts.at(i).height(), column,
                                     Qt::AlignHCenter);
            }
        });
    }
};

} // namespace

QList<Piece> piecesOf(const QList<TermBlock> &blocks)
{
    PieceBuilder builder;
    for (qsizetype b = 0; b < blocks.size(); ++b)
        builder.add(b, blocks.at(b));
    return std::move(builder.pieces);
}

} // namespace quita::term
