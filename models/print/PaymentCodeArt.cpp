#include "print/PaymentCodeArt.h"

#include "domain/payment/Boleto.h"
#include "domain/payment/Interleaved2of5.h"
#include "domain/payment/QrMatrix.h"

#include <QHash>
#include <QList>
#include <QPainter>

#include <algorithm>

namespace quita {

namespace {

constexpr qsizetype kBarcodeDigits = 44;
constexpr qsizetype kGeneralCheckDigit = 4; // 0-based position of the general DV
constexpr int kQrQuietModules = 4;

bool isBoletoBarcode(const QString &digits)
{
    if (digits.size() != kBarcodeDigits)
        return false;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
    }
    const QString body = digits.left(kGeneralCheckDigit) + digits.mid(kGeneralCheckDigit + 1);
    return Boleto::generalCheckDigit(body) == digits.at(kGeneralCheckDigit).unicode() - u'0';
}

// Black rectangles on a white background, drawn with drawRects(): the PDF engine writes
// each as one short "re" operator, which keeps a page of QR codes small and fast to write.
void fillRects(QPainter &painter, const QRectF &background, const QList<QRectF> &dark)
{
    painter.save();
    painter.fillRect(background, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawRects(dark);
    painter.restore();
}

} // namespace

void paintBarcode(QPainter &painter, const QRectF &rect, const QString &digits44)
{
    if (!isBoletoBarcode(digits44) || rect.isEmpty())
        return;
    const auto code = Interleaved2of5::encode(digits44);
    if (!code)
        return;
    const QList<int> &elements = code->elements();
    const qreal module = rect.width() / code->moduleCount();
    QList<QRectF> bars;
    bars.reserve(elements.size() / 2 + 1);
    int position = 0; // in modules
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (Interleaved2of5::isBar(i))
            bars << QRectF(rect.left() + position * module, rect.top(), elements.at(i) * module,
                           rect.height());
        position += elements.at(i);
    }
    fillRects(painter, rect, bars);
}

void paintQr(QPainter &painter, const QRectF &rect, const QrMatrix &matrix)
{
    if (matrix.isNull() || rect.isEmpty())
        return;
    const int size = matrix.size();
    const qreal side = std::min(rect.width(), rect.height());
    const qreal module = side / size;
    const QPointF origin(rect.left() + (rect.width() - side) / 2,
                         rect.top() + (rect.height() - side) / 2);
    // Runs of dark modules in a row, merged downwards with the same run in the rows
    // below: far fewer rectangles than modules.
    QList<QRect> runs;          // in modules
    QHash<int, qsizetype> open; // run (start * size + end) in the row above -> index in runs
    for (int y = 0; y < size; ++y) {
        QHash<int, qsizetype> next;
        int x = 0;
        while (x < size) {
            if (!matrix.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < size && matrix.dark(x, y))
                ++x;
            const int key = start * size + x;
            if (const auto above = open.constFind(key); above != open.cend()) {
                runs[*above].setBottom(y);
                next.insert(key, *above);
            } else {
                runs << QRect(start, y, x - start, 1);
                next.insert(key, runs.size() - 1);
            }
        }
        open = std::move(next);
    }
    QList<QRectF> dark;
    dark.reserve(runs.size());
    for (const QRect &r : runs)
        dark << QRectF(origin.x() + r.x() * module, origin.y() + r.y() * module, r.width() * module,
                       r.height() * module);
    fillRects(painter, QRectF(origin, QSizeF(side, side)), dark);
}

QImage barcodeImage(const QString &digits44, int height, int narrowPixels)
{
    if (!isBoletoBarcode(digits44) || height < 1 || narrowPixels < 1)
        return {};
    const auto code = Interleaved2of5::encode(digits44);
    if (!code)
        return {};
    QImage image(code->moduleCount() * narrowPixels, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintBarcode(painter, QRectF(image.rect()), digits44);
    return image;
}

QImage qrImage(const QString &payload, int modulePixels)
{
    if (modulePixels < 1)
        return {};
    const auto matrix = QrMatrix::encode(payload);
    if (!matrix)
        return {};
    const int side = (matrix->size() + 2 * kQrQuietModules) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const int quiet = kQrQuietModules * modulePixels;
    paintQr(painter, QRectF(quiet, quiet, side - 2 * quiet, side - 2 * quiet), *matrix);
    return image;
}

} // namespace quita
