#include "print/AgreementTermPages.h"

#include "print/TermPiece.h"

#include <QFontMetricsF>
#include <QPainter>

namespace quita {

namespace {

struct Placed
{
    qsizetype piece = 0;
    qreal y = 0;
};

} // namespace

struct AgreementTermPages::Data
{
    QList<TermBlock> blocks;
    QList<term::Piece> pieces;
    QList<QList<Placed>> pages;
    QString footer;
};

QSizeF AgreementTermPages::pageSize()
{
    return {term::kPageWidth, term::kPageHeight};
}

AgreementTermPages AgreementTermPages::layout(const QList<TermBlock> &blocks, const QString &footer)
{
    auto data = std::make_shared<Data>();
    data->blocks = blocks;
    data->footer = footer;
    data->pieces = term::piecesOf(blocks);

    const QList<term::Piece> &pieces = data->pieces;
    QList<QList<Placed>> &pages = data->pages;
    pages.append(QList<Placed>());
    qreal y = term::kTop;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const term::Piece &piece = pieces.at(i);
        if (piece.breakBefore && !pages.last().isEmpty()) {
            pages.append(QList<Placed>());
            y = term::kTop;
        }
        qreal needed = piece.height;
        for (qsizetype j = i; j + 1 < pieces.size() && pieces.at(j).keepWithNext; ++j)
            needed += pieces.at(j).spaceAfter + pieces.at(j + 1).height;
        if (y + needed > term::kBottom && !pages.last().isEmpty()) {
            pages.append(QList<Placed>());
            y = term::kTop;
        }
        if (pages.last().isEmpty() && piece.header >= 0) {
            pages.last() << Placed{piece.header, y};
            y += pieces.at(piece.header).height;
        }
        pages.last() << Placed{i, y};
        y += piece.height + piece.spaceAfter;
    }

    AgreementTermPages result;
    result.m_data = std::move(data);
    return result;
}

int AgreementTermPages::pageCount() const
{
    return m_data ? int(m_data->pages.size()) : 0;
}

const QList<TermBlock> &AgreementTermPages::blocks() const
{
    static const QList<TermBlock> none;
    return m_data ? m_data->blocks : none;
}

QList<int> AgreementTermPages::pagesOfBlock(qsizetype blockIndex) const
{
    QList<int> result;
    for (int page = 0; page < pageCount(); ++page) {
        for (const Placed &placed : m_data->pages.at(page)) {
            if (m_data->pieces.at(placed.piece).block == blockIndex) {
                result << page;
                break;
            }
        }
    }
    return result;
}

void AgreementTermPages::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), pageSize()), Qt::white);
    for (const Placed &placed : m_data->pages.at(index))
        m_data->pieces.at(placed.piece).paint(painter, term::kLeft, placed.y);

    using namespace term;
    drawRule(painter, kLeft, kLeft + kWidth, kFooterTop);
    const QFont font = termFont(8);
    painter.setFont(font);
    painter.setPen(kLabel);
    const QString pageText = termText(QT_TRANSLATE_NOOP("AgreementTerm", "Page %1 of %2"))
                                 .arg(index + 1)
                                 .arg(pageCount());
    const QFontMetricsF metrics(font);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    const QRectF area(kLeft, kFooterTop + mm(1), kWidth, metrics.lineSpacing());
    painter.drawText(area, int(Qt::AlignRight | Qt::AlignVCenter) | Qt::TextSingleLine, pageText);
    const QString footer =
        metrics.elidedText(m_data->footer, Qt::ElideRight, kWidth - pageWidth - mm(5));
    painter.drawText(area, int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine, footer);
    painter.restore();
}

} // namespace quita
