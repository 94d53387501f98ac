#pragma once

#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace quita {

// How a form shows a refused entry: the message in the form's error label, a red border
// on the field it names, and the cursor on that field. One at a time; clear() undoes it.
class FieldErrorMarker
{
public:
    explicit FieldErrorMarker(QLabel *messageLabel);

    void mark(QWidget *field, const QString &message); // field may be null
    void clear();
    QString message() const;

private:
    QLabel *m_label;
    QPointer<QWidget> m_field;
};

} // namespace quita
