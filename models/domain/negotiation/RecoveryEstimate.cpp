#include "RecoveryEstimate.h"

#include "domain/negotiation/CentRounding.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace quita {

namespace {

std::size_t slot(ScenarioKind kind, InstallmentBand band)
{
    return static_cast<std::size_t>(kind) * 5 + static_cast<std::size_t>(band);
}

double clampRate(double p)
{
    return std::clamp(p, 0.0, 1.0);
}

} // namespace

InstallmentBand installmentBandFor(int installments)
{
    if (installments <= 1)
        return InstallmentBand::One;
    if (installments <= 6)
        return InstallmentBand::TwoToSix;
    if (installments <= 12)
        return InstallmentBand::SevenToTwelve;
    if (installments <= 24)
        return InstallmentBand::ThirteenToTwentyFour;
    return InstallmentBand::TwentyFiveOrMore;
}

QString installmentBandName(InstallmentBand band)
{
    switch (band) {
    case InstallmentBand::One:
        return QStringLiteral("1");
    case InstallmentBand::TwoToSix:
        return QStringLiteral("2-6");
    case InstallmentBand::SevenToTwelve:
        return QStringLiteral("7-12");
    case InstallmentBand::ThirteenToTwentyFour:
        return QStringLiteral("13-24");
    case InstallmentBand::TwentyFiveOrMore:
        return QStringLiteral("25+");
    }
    return {};
}

void AgreementHistory::add(ScenarioKind kind, InstallmentBand band, int kept, int broken)
{
    kept = std::max(kept, 0);
    broken = std::max(broken, 0);
    AgreementOutcomes &c = m_counts[slot(kind, band)];
    c.kept += kept;
    c.broken += broken;
    m_portfolio.kept += kept;
    m_portfolio.broken += broken;
}

AgreementOutcomes AgreementHistory::at(ScenarioKind kind, InstallmentBand band) const
{
    return m_counts[slot(kind, band)];
}

KeepEstimate estimateKeepProbability(const AgreementHistory &history, ScenarioKind kind,
                                     int installments, const RecoveryModel &model)
{
    const double m = std::max(model.priorStrength, 0.0);
    const double d = clampRate(model.defaultKeepRate);
    const AgreementOutcomes all = history.portfolio();
    const AgreementOutcomes band = history.at(kind, installmentBandFor(installments));

    KeepEstimate e;
    e.portfolioSampleSize = all.total();
    e.sampleSize = band.total();
    e.portfolioRate = all.total() + m > 0.0 ? (all.kept + m * d) / (all.total() + m) : d;
    e.probability = band.total() + m > 0.0 ? (band.kept + m * e.portfolioRate) / (band.total() + m)
                                           : e.portfolioRate;
    return e;
}

RecoveryEstimate estimateRecovery(const ScenarioResult &scenario, const AgreementHistory &history,
                                  const RecoveryModel &model)
{
    RecoveryEstimate r;
    r.keep = estimateKeepProbability(history, scenario.kind,
                                     std::max(scenario.financedInstallmentCount(), 1), model);
    r.expected = roundToMoney(double(scenario.total.cents()) * r.keep.probability);
    return r;
}

QString methodDescription(const RecoveryModel &model)
{
    const QLocale locale;
    return QCoreApplication::translate(
               "RecoveryEstimate",
               "Expected recovery = total to pay x the chance the agreement is kept. The "
               "chance comes from this portfolio's past agreements of the same kind and "
               "number of installments (1, 2-6, 7-12, 13-24, 25+), blended with the "
               "portfolio's overall rate as if that rate were worth %1 more agreements, so "
               "a handful of cases cannot claim 100%. With no history the chance is %2%. "
               "Payments made before an agreement breaks are not counted.")
        .arg(locale.toString(model.priorStrength, 'g', 6),
             locale.toString(clampRate(model.defaultKeepRate) * 100.0, 'g', 6));
}

} // namespace quita
