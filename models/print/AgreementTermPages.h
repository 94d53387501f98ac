#pragma once

#include "print/AgreementTermLayout.h"

#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;

namespace quita {

// The agreement term laid out on A4 pages. Coordinates are dots (1/300 inch) from the
// page's top-left corner; to paint on another device, scale the painter by its resolution
// / dotsPerInch. Layout (fonts measured, lines wrapped, page breaks chosen) happens once;
// paintPage() only draws, so a PDF and a preview image show the same pages.
//
// Page breaks: a section title stays with what follows it; tables break between rows and
// repeat their header; a payment block is never split; the payment pages start on a new
// page. A piece taller than a page (not made by agreementTermBlocks()) overflows it.
class AgreementTermPages
{
public:
    static constexpr int dotsPerInch = 300;
    // A4, in dots.
    static QSizeF pageSize();

    AgreementTermPages() = default;

    // `footer` is printed at the foot of every page beside "Page N of M" (the creditor's
    // name and CNPJ: CDC art. 42-A asks for them on every collection document).
    // Needs a QGuiApplication (fonts).
    static AgreementTermPages layout(const QList<TermBlock> &blocks, const QString &footer);

    int pageCount() const;
    const QList<TermBlock> &blocks() const;
    // The pages a block is drawn on, first to last (0-based): one page for every block but
    // a table broken across pages. Empty for an index out of range.
    QList<int> pagesOfBlock(qsizetype blockIndex) const;

    // Draws page `index` (0-based) in dots, white background included. Nothing for an index
    // out of range.
    void paintPage(QPainter &painter, int index) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace quita
