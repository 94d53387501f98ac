#pragma once

#include "FieldErrorMarker.h"
#include "domain/Result.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace quita {

class DebtorWorkspace;

// The inline "log a contact" form under the timeline: channel, direction, result and a
// note in one keyboard flow (Enter logs it); a promise asks for amount and date, a
// callback for a time. A refused entry says why next to the field it names.
class ActivityForm : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityForm(DebtorWorkspace *workspace, QWidget *parent = nullptr);

    // Puts the cursor on the result, ready to log (Ctrl+L).
    void startLogging();
    void reset();
    QString errorText() const;

    QComboBox *channelBox() const { return m_channel; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *resultBox() const { return m_result; }
    QLineEdit *noteField() const { return m_note; }
    QLineEdit *amountField() const { return m_amount; }
    QDateEdit *promiseDateField() const { return m_promiseDate; }
    QDateTimeEdit *callbackField() const { return m_callback; }
    QPushButton *logButton() const { return m_log; }

signals:
    void logged(const QString &message);

private:
    void submit();
    void fillResults();
    void updateConditionalFields();
    void showError(const Error &error);
    void clearError();

    DebtorWorkspace *m_workspace;
    QComboBox *m_channel;
    QComboBox *m_direction;
    QComboBox *m_result;
    QLineEdit *m_note;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_promiseDateLabel;
    QDateEdit *m_promiseDate;
    QLabel *m_callbackLabel;
    QDateTimeEdit *m_callback;
    QPushButton *m_log;
    QLabel *m_error;
    FieldErrorMarker m_errorMarker;
};

} // namespace quita
