#include "FieldErrorMarker.h"

#include <QLabel>

namespace quita {

FieldErrorMarker::FieldErrorMarker(QLabel *messageLabel) : m_label(messageLabel)
{
    m_label->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_label->setWordWrap(true);
    m_label->hide();
}

void FieldErrorMarker::mark(QWidget *field, const QString &message)
{
    clear();
    m_label->setText(message);
    m_label->show();
    m_field = field;
    if (field) {
        field->setStyleSheet(QStringLiteral("border: 1px solid #c62828; border-radius: 2px;"));
        field->setFocus(Qt::OtherFocusReason);
    }
}

void FieldErrorMarker::clear()
{
    if (m_field)
        m_field->setStyleSheet({});
    m_field = nullptr;
    m_label->clear();
    m_label->hide();
}

QString FieldErrorMarker::message() const
{
    return m_label->isHidden() ? QString() : m_label->text();
}

} // namespace quita
