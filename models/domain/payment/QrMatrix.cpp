#include "domain/payment/QrMatrix.h"

#include <QByteArray>
#include <QCoreApplication>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace quita {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

QRecLevel toLevel(QrMatrix::ErrorCorrection level)
{
    switch (level) {
    case QrMatrix::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrMatrix::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrMatrix::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrMatrix::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

Error qrError(const char *code, const char *sourceText)
{
    const QString field = QStringLiteral("text");
    return Error{QString::fromLatin1(code), field,
                 QCoreApplication::translate("QrMatrix", sourceText).arg(field)};
}

} // namespace

Result<QrMatrix> QrMatrix::encode(const QString &text, ErrorCorrection level)
{
    if (text.isEmpty())
        return qrError("empty", QT_TRANSLATE_NOOP("QrMatrix", "%1: nothing to encode"));
    const QByteArray utf8 = text.toUtf8();

    errno = 0;
    const QrCodePtr code(QRcode_encodeData(
        static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0,
        toLevel(level)));
    if (!code) {
        if (errno == ERANGE)
            return qrError("too_long", QT_TRANSLATE_NOOP("QrMatrix", "%1: too long for a QR code"));
        return qrError("encoder",
                       QT_TRANSLATE_NOOP("QrMatrix", "%1: the QR code could not be made"));
    }

    QrMatrix matrix;
    matrix.m_size = code->width;
    matrix.m_version = code->version;
    const qsizetype count = static_cast<qsizetype>(code->width) * code->width;
    matrix.m_modules = QBitArray(count);
    // libqrencode: one byte per module, bit 0 set = dark.
    for (qsizetype i = 0; i < count; ++i) {
        if (code->data[i] & 0x01)
            matrix.m_modules.setBit(i);
    }
    return matrix;
}

} // namespace quita
