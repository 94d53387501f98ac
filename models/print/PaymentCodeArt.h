#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace quita {

class QrMatrix;

// Drawing of the two payment codes of an installment, for paper (any QPainter, a PDF
// included) and for screens (QImage).

// The bars of a boleto barcode: Interleaved 2 of 5 over the 44 digits, narrow:wide 1:3
// (FEBRABAN), black bars on a white `rect` that the symbol fills (on paper, 103 x 13 mm
// gives the usual narrow bar of about 0.25 mm). The quiet zone around the bars (at least
// 10 narrow widths, about 2.5 mm on paper) is the caller's margin. Draws nothing unless
// `digits44` is 44 ASCII digits with a correct general check digit (position 5).
void paintBarcode(QPainter &painter, const QRectF &rect, const QString &digits44);

// The modules of a QR code: dark modules black on white, square, as large as fit in `rect`
// and centred in it. The quiet zone (4 modules each side) is the caller's margin. Draws
// nothing for a null matrix.
void paintQr(QPainter &painter, const QRectF &rect, const QrMatrix &matrix);

// The barcode as an image for screens: `narrowPixels` pixels a narrow element (3 for a
// wide one), `height` pixels high, bars only (no quiet zone: leave a margin around it).
// A null image for invalid digits (see paintBarcode), a height or narrowPixels below 1.
QImage barcodeImage(const QString &digits44, int height, int narrowPixels);

// A QR code of `payload` (error correction M, as PIX apps print) for screens,
// `modulePixels` pixels a module, with its 4-module white quiet zone included. A null
// image for an empty or too long payload or modulePixels below 1.
QImage qrImage(const QString &payload, int modulePixels);

} // namespace quita
