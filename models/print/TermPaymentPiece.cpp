#include "print/TermPiece.h"

#include "domain/payment/QrMatrix.h"
#include "print/PaymentCodeArt.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace quita::term {

namespace {

constexpr qreal kBoxPad = mm(5); // also the barcode's and QR code's quiet zone
constexpr qreal kBandHeight = mm(8);
// FEBRABAN's 103 x 13 mm barcode: 405 modules of 3 dots (0.254 mm) make 102.9 mm, and
// whole dots keep every bar exactly as wide as its kind on a 300 or 600 dpi printer.
constexpr qreal kBarcodeWidth = 405 * 3;
constexpr qreal kBarcodeHeight = 154; // 13 mm
constexpr qreal kQrSide = mm(32);
constexpr qreal kQrCaptionGap = mm(3); // clear of the QR's quiet zone (4 modules, ~2.5 mm)

} // namespace

Piece paymentPiece(const TermPayment &payment)
{
    const QFont bandFont = termFont(10, true);
    const QString left = termText(QT_TRANSLATE_NOOP("AgreementTerm", "Installment %1 of %2"))
                             .arg(payment.number)
                             .arg(payment.count);
    const QString right = termText(QT_TRANSLATE_NOOP("AgreementTerm", "Due %1   %2"))
                              .arg(payment.due, payment.amount);
    const qreal bodyTop = kBandHeight + mm(3);
    const auto drawFrame = [=](QPainter &p, qreal x, qreal y, qreal height) {
        p.fillRect(QRectF(x, y, kWidth, kBandHeight), kBand);
        p.setPen(QPen(kRule, mm(0.3)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(x, y, kWidth, height));
        p.setFont(bandFont);
        p.setPen(Qt::black);
        const QRectF band(x + mm(3), y, kWidth - 2 * mm(3), kBandHeight);
        p.drawText(band, int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine, left);
        p.drawText(band, int(Qt::AlignRight | Qt::AlignVCenter) | Qt::TextSingleLine, right);
    };

    if (!payment.codes) {
        const Text note = wrap(payment.note, termFont(9.5), kWidth - 2 * kBoxPad, kLabel);
        const qreal height = bodyTop + note.height() + mm(3);
        Piece piece;
        piece.height = height;
        piece.paint = [=](QPainter &p, qreal x, qreal y) {
            drawFrame(p, x, y, height);
            note.draw(p, x + kBoxPad, y + bodyTop, kWidth - 2 * kBoxPad);
        };
        return piece;
    }

    const PaymentCodes codes = *payment.codes;
    const qreal columnWidth = kWidth - 2 * kBoxPad - kQrSide - mm(6);
    const Text lineLabel =
        wrap(termText(QT_TRANSLATE_NOOP("AgreementTerm", "Boleto: digitable line")), termFont(8),
             columnWidth, kLabel);
    const Text line = wrap(codes.boleto.formattedLine(), termFont(10, true, true), columnWidth);
    const Text ourNumber = wrap(
        termText(QT_TRANSLATE_NOOP("AgreementTerm", "Our number: %1")).arg(codes.printedOurNumber),
        termFont(8.5), columnWidth);
    const Text pixLabel = wrap(termText(QT_TRANSLATE_NOOP("AgreementTerm", "PIX copy and paste")),
                               termFont(8), columnWidth, kLabel);
    const Text pix = wrap(codes.pix.payload(), termFont(7.5, false, true), columnWidth, Qt::black,
                          QTextOption::WrapAnywhere);
    const Text qrLabel = wrap(termText(QT_TRANSLATE_NOOP("AgreementTerm", "PIX QR code")),
                              termFont(8), kQrSide + mm(6), kLabel);
    const auto matrix = QrMatrix::encode(codes.pix.payload());
    const QrMatrix qr = matrix ? matrix.value() : QrMatrix();

    const qreal barcodeTop = lineLabel.height() + line.height() + mm(1.5);
    const qreal ourNumberTop = barcodeTop + kBarcodeHeight + mm(1.5);
    const qreal pixTop = ourNumberTop + ourNumber.height() + mm(2);
    const qreal leftHeight = pixTop + pixLabel.height() + pix.height();
    const qreal rightHeight = qrLabel.height() + kQrCaptionGap + kQrSide;
    // Whole dots a module, so every module prints the same size.
    const qreal qrSide = qr.isNull() ? kQrSide : std::floor(kQrSide / qr.size()) * qr.size();
    const qreal height = bodyTop + std::max(leftHeight, rightHeight) + mm(4);

    Piece piece;
    piece.height = height;
    piece.paint = [=](QPainter &p, qreal x, qreal y) {
        drawFrame(p, x, y, height);
        const qreal lx = x + kBoxPad;
        const qreal ty = y + bodyTop;
        lineLabel.draw(p, lx, ty, columnWidth);
        line.draw(p, lx, ty + lineLabel.height(), columnWidth);
        paintBarcode(
            p, QRectF(std::round(lx), std::round(ty + barcodeTop), kBarcodeWidth, kBarcodeHeight),
            codes.boleto.barcode());
        ourNumber.draw(p, lx, ty + ourNumberTop, columnWidth);
        pixLabel.draw(p, lx, ty + pixTop, columnWidth);
        pix.draw(p, lx, ty + pixTop + pixLabel.height(), columnWidth);
        const qreal qx = x + kWidth - kBoxPad - kQrSide;
        qrLabel.draw(p, qx - mm(3), ty, kQrSide + mm(6), Qt::AlignHCenter);
        const QPointF qrOrigin(std::round(qx + (kQrSide - qrSide) / 2),
                               std::round(ty + qrLabel.height() + kQrCaptionGap));
        paintQr(p, QRectF(qrOrigin, QSizeF(qrSide, qrSide)), qr);
    };
    return piece;
}

} // namespace quita::term
