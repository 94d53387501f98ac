#include "OfferColumn.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quita {
namespace {

QString kindLabel(ScenarioKind kind)
{
    switch (kind) {
    case ScenarioKind::Full:
        return OfferColumn::tr("Pay in full");
    case ScenarioKind::Price:
        return OfferColumn::tr("Installments (Price)");
    case ScenarioKind::Sac:
        return OfferColumn::tr("Installments (SAC)");
    case ScenarioKind::Flat:
        return OfferColumn::tr("Installments without interest");
    }
    return {};
}

const QString kError = QStringLiteral("color: #b3261e;");

} // namespace

OfferColumn::OfferColumn(int index, QWidget *parent)
    : QWidget(parent), m_index(index), m_kind(new QComboBox(this)),
      m_installments(new QSpinBox(this)), m_downPayment(new QLineEdit(this)),
      m_discount(new QDoubleSpinBox(this)), m_firstDue(new QDateEdit(this)),
      m_discountValue(new QLabel(this)), m_downValue(new QLabel(this)),
      m_installmentValue(new QLabel(this)), m_total(new QLabel(this)), m_rate(new QLabel(this)),
      m_recovery(new QLabel(this)), m_affordability(new QLabel(this)), m_verdict(new QLabel(this)),
      m_violations(new QLabel(this)), m_close(new QPushButton(tr("Close &agreement"), this)),
      m_ask(new QPushButton(tr("Ask for a&pproval…"), this))
{
    setObjectName(QStringLiteral("offer%1").arg(index));
    for (ScenarioKind kind :
         {ScenarioKind::Full, ScenarioKind::Price, ScenarioKind::Sac, ScenarioKind::Flat})
        m_kind->addItem(kindLabel(kind), int(kind));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_installments->setRange(1, 480);
    m_installments->setObjectName(QStringLiteral("installments"));
    m_installments->setSuffix(tr("x"));
    m_downPayment->setObjectName(QStringLiteral("downPayment"));
    m_downPayment->setPlaceholderText(tr("none"));
    m_discount->setRange(0, 100);
    m_discount->setDecimals(1);
    m_discount->setSuffix(QStringLiteral(" %"));
    m_discount->setObjectName(QStringLiteral("discount"));
    m_firstDue->setCalendarPopup(true);
    m_firstDue->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_firstDue->setObjectName(QStringLiteral("firstDue"));
    for (QWidget *input :
         std::initializer_list<QWidget *>{m_installments, m_downPayment, m_discount, m_firstDue})
        input->setMinimumWidth(90);

    auto *inputs = new QFormLayout;
    inputs->addRow(tr("Plan"), m_kind);
    inputs->addRow(tr("Installments"), m_installments);
    inputs->addRow(tr("Down payment"), m_downPayment);
    inputs->addRow(tr("Discount"), m_discount);
    inputs->addRow(tr("First due"), m_firstDue);

    auto *figures = new QFormLayout;
    figures->setRowWrapPolicy(QFormLayout::WrapLongRows);
    figures->addRow(tr("Discount"), m_discountValue);
    figures->addRow(tr("Down payment"), m_downValue);
    figures->addRow(tr("Installment"), m_installmentValue);
    figures->addRow(tr("Total"), m_total);
    figures->addRow(tr("Rate"), m_rate);
    figures->addRow(tr("Expected recovery"), m_recovery);
    figures->addRow(tr("Capacity"), m_affordability);
    m_total->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_total->setObjectName(QStringLiteral("total"));
    m_installmentValue->setObjectName(QStringLiteral("installmentValue"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_violations->setObjectName(QStringLiteral("violations"));
    m_violations->setWordWrap(true);
    m_violations->setStyleSheet(kError);
    m_close->setObjectName(QStringLiteral("closeAgreement"));
    m_ask->setObjectName(QStringLiteral("askApproval"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *title = new QLabel(tr("Offer %1").arg(index + 1), this);
    title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    layout->addWidget(title);
    layout->addLayout(inputs);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addLayout(figures);
    layout->addWidget(m_verdict);
    layout->addWidget(m_violations);
    layout->addStretch(1);
    layout->addWidget(m_close);
    layout->addWidget(m_ask);

    const auto changed = [this] {
        if (!m_updating)
            emit edited();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_installments, &QSpinBox::valueChanged, this, changed);
    connect(m_downPayment, &QLineEdit::textEdited, this, changed);
    connect(m_discount, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_firstDue, &QDateEdit::dateChanged, this, changed);
    connect(m_close, &QPushButton::clicked, this, &OfferColumn::closeRequested);
    connect(m_ask, &QPushButton::clicked, this, &OfferColumn::approvalRequested);
}

void OfferColumn::setOffer(const ScenarioRequest &offer)
{
    m_updating = true;
    m_kind->setCurrentIndex(m_kind->findData(int(offer.kind)));
    m_installments->setValue(offer.installments);
    m_downPayment->setText(offer.downPayment ? offer.downPayment->toNumberString() : QString());
    m_discount->setValue(offer.discountPercent);
    m_firstDue->setDate(offer.firstDue);
    m_updating = false;
}

ScenarioRequest OfferColumn::offer() const
{
    ScenarioRequest offer;
    offer.kind = ScenarioKind(m_kind->currentData().toInt());
    offer.installments = offer.kind == ScenarioKind::Full ? 1 : m_installments->value();
    offer.discountPercent = m_discount->value();
    offer.firstDue = m_firstDue->date();
    const QString text = m_downPayment->text().trimmed();
    if (!text.isEmpty()) {
        if (auto amount = Money::parse(text, QLocale(), QStringLiteral("down_payment_cents")))
            offer.downPayment = *amount;
    }
    return offer;
}

QString OfferColumn::inputError() const
{
    const QString text = m_downPayment->text().trimmed();
    if (text.isEmpty())
        return {};
    const auto amount = Money::parse(text, QLocale(), QStringLiteral("down_payment_cents"));
    return amount ? QString() : amount.error().message;
}

void OfferColumn::markField(const QString &field, const QString &message)
{
    QWidget *widget = field == QLatin1String("installments")         ? m_installments
                      : field == QLatin1String("down_payment_cents") ? m_downPayment
                      : field == QLatin1String("discount_pct")       ? m_discount
                      : field == QLatin1String("first_due")          ? m_firstDue
                      : field == QLatin1String("kind") ? static_cast<QWidget *>(m_kind)
                                                       : nullptr;
    if (!widget)
        return;
    widget->setStyleSheet(QStringLiteral("border: 1px solid #b3261e;"));
    widget->setToolTip(message);
}

void OfferColumn::showResult(const SimulatedScenario *result, const QString &approvalStatus,
                             const QString &approvalComment, const QString &recoveryMethod)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_installments, m_downPayment, m_discount,
                                                       m_firstDue, m_kind}) {
        w->setStyleSheet(QString());
        w->setToolTip(QString());
    }
    m_installments->setEnabled(offer().kind != ScenarioKind::Full);
    const QLocale locale;
    const auto blank = [this] {
        for (QLabel *l : {m_discountValue, m_downValue, m_installmentValue, m_total, m_rate,
                          m_recovery, m_affordability})
            l->setText(QStringLiteral("–"));
    };
    QStringList problems;
    const QString inputProblem = inputError();
    if (!inputProblem.isEmpty()) {
        problems << inputProblem;
        markField(QStringLiteral("down_payment_cents"), inputProblem);
    }
    if (!result || result->error) {
        blank();
        if (result && result->error) {
            problems << result->error->message;
            markField(result->error->field, result->error->message);
        }
        m_verdict->clear();
        m_violations->setText(problems.join(QLatin1Char('\n')));
        m_close->setEnabled(false);
        m_ask->setEnabled(false);
        return;
    }
    const ScenarioResult &s = result->scenario;
    m_discountValue->setText(
        tr("%1 (%2 %)")
            .arg(s.discount.toString(locale), locale.toString(s.effectiveDiscountPercent, 'f', 1)));
    m_downValue->setText(s.downPayment.isZero() ? tr("none") : s.downPayment.toString(locale));
    const int financed = s.financedInstallmentCount();
    const Money largest = s.largestFinancedInstallment();
    m_installmentValue->setText(s.kind == ScenarioKind::Full
                                    ? tr("1x %1").arg(largest.toString(locale))
                                : s.kind == ScenarioKind::Sac
                                    ? tr("%1x from %2").arg(financed).arg(largest.toString(locale))
                                    : tr("%1x %2").arg(financed).arg(largest.toString(locale)));
    m_total->setText(s.total.toString(locale));
    QStringList schedule;
    for (const Installment &i : s.installments)
        schedule << tr("%1. %2  %3")
                        .arg(i.number)
                        .arg(locale.toString(i.due, QLocale::ShortFormat),
                             i.amount.toString(locale));
    m_installmentValue->setToolTip(schedule.join(QLatin1Char('\n')));
    m_rate->setText(s.monthlyRate > 0
                        ? tr("%1 % a month").arg(locale.toString(s.monthlyRate * 100, 'f', 2))
                        : tr("no interest"));
    m_recovery->setText(tr("%1 (%2 % kept)")
                            .arg(result->recovery.expected.toString(locale),
                                 locale.toString(result->recovery.keep.probability * 100, 'f', 0)));
    m_recovery->setToolTip(recoveryMethod + QLatin1Char('\n') +
                           tr("Based on %n past agreement(s) like this one.", nullptr,
                              result->recovery.keep.sampleSize));
    switch (result->affordability.level) {
    case AffordabilityLevel::Unknown:
        m_affordability->setText(tr("not declared"));
        m_affordability->setStyleSheet(QString());
        break;
    case AffordabilityLevel::Fits:
        m_affordability->setText(
            tr("fits (%1 %)")
                .arg(locale.toString(result->affordability.ratio.value_or(0) * 100, 'f', 0)));
        m_affordability->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        break;
    case AffordabilityLevel::Tight:
        m_affordability->setText(
            tr("tight (%1 %)")
                .arg(locale.toString(result->affordability.ratio.value_or(0) * 100, 'f', 0)));
        m_affordability->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        break;
    case AffordabilityLevel::Exceeds:
        m_affordability->setText(
            tr("exceeds (%1 %)")
                .arg(locale.toString(result->affordability.ratio.value_or(0) * 100, 'f', 0)));
        m_affordability->setStyleSheet(kError);
        break;
    }
    for (const Violation &v : result->assessment.violations) {
        problems << v.message;
        markField(v.field, v.message);
    }
    m_violations->setText(problems.join(QLatin1Char('\n')));
    const Verdict verdict = result->assessment.verdict;
    const bool needsApproval =
        verdict == Verdict::NeedsSupervisor || verdict == Verdict::NeedsAdmin;
    QString verdictText;
    switch (verdict) {
    case Verdict::Ok:
        verdictText = tr("Within your authority.");
        break;
    case Verdict::NeedsSupervisor:
        verdictText = tr("Needs a supervisor's approval.");
        break;
    case Verdict::NeedsAdmin:
        verdictText = tr("Needs an administrator's approval.");
        break;
    case Verdict::NotAllowed:
        verdictText = tr("Not allowed for anyone: change the offer.");
        break;
    }
    if (needsApproval && approvalStatus == QLatin1String("pending"))
        verdictText += QLatin1Char(' ') + tr("Approval requested; waiting for the answer.");
    else if (needsApproval && approvalStatus == QLatin1String("approved"))
        verdictText =
            tr("Approved: you may close the agreement.") +
            (approvalComment.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(approvalComment));
    else if (needsApproval && approvalStatus == QLatin1String("rejected"))
        verdictText += QLatin1Char(' ') + tr("Rejected: “%1”").arg(approvalComment);
    m_verdict->setText(verdictText);
    m_verdict->setStyleSheet(verdict == Verdict::Ok ||
                                     (needsApproval && approvalStatus == QLatin1String("approved"))
                                 ? QStringLiteral("color: #1b6e20;")
                             : verdict == Verdict::NotAllowed ? kError
                                                              : QStringLiteral("color: #8a5a00;"));
    const bool approved = needsApproval && approvalStatus == QLatin1String("approved");
    m_close->setEnabled(inputProblem.isEmpty() && (verdict == Verdict::Ok || approved));
    m_ask->setEnabled(inputProblem.isEmpty() && needsApproval &&
                      approvalStatus != QLatin1String("pending") && !approved);
}

} // namespace quita
