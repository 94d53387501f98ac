#pragma once

#include "domain/Money.h"
#include "domain/negotiation/Scenario.h"

#include <QString>

#include <array>
#include <cstddef>

namespace quita {

// Installment-count bands of the agreement history: 1, 2-6, 7-12, 13-24, 25+.
enum class InstallmentBand
{
    One,
    TwoToSix,
    SevenToTwelve,
    ThirteenToTwentyFour,
    TwentyFiveOrMore
};

InstallmentBand installmentBandFor(int installments);
// "1", "2-6", "7-12", "13-24", "25+".
QString installmentBandName(InstallmentBand band);

struct AgreementOutcomes
{
    int kept = 0;
    int broken = 0;
    int total() const { return kept + broken; }
};

// A portfolio's past agreements counted by (kind, installment band): how many were kept
// and how many broken. Agreements still running are not counted.
class AgreementHistory
{
public:
    void add(ScenarioKind kind, InstallmentBand band, int kept, int broken);
    AgreementOutcomes at(ScenarioKind kind, InstallmentBand band) const;
    // All kinds and bands together: the portfolio-wide record.
    AgreementOutcomes portfolio() const { return m_portfolio; }
    bool isEmpty() const { return m_portfolio.total() == 0; }

private:
    static constexpr std::size_t kKinds = 4;
    static constexpr std::size_t kBands = 5;
    std::array<AgreementOutcomes, kKinds * kBands> m_counts{};
    AgreementOutcomes m_portfolio;
};

// The estimate's settings, as data.
struct RecoveryModel
{
    // How many agreements the prior is worth: a band's own record counts against this
    // many pseudo-agreements at the portfolio rate.
    double priorStrength = 10.0;
    // The keep rate assumed with no history at all; the portfolio rate is itself shrunk
    // toward it with the same strength.
    double defaultKeepRate = 0.5;
};

struct KeepEstimate
{
    double probability = 0.0;    // that an agreement like this is kept
    int sampleSize = 0;          // past agreements of the same kind and band
    int portfolioSampleSize = 0; // past agreements of the portfolio, all kinds
    double portfolioRate = 0.0;  // the rate the band was shrunk toward
};

// Beta-binomial (empirical Bayes) estimate:
//   portfolio rate p0 = (K + m d) / (N + m), K kept of N past agreements, d the default;
//   band rate      p  = (k + m p0) / (n + m), k kept of n in the band,
// with m = priorStrength. So 3 kept of 3 in a band with the portfolio at 60 % and
// m = 10 gives (3 + 6) / 13 = 69 %, not 100 %; with no history at all, p = d.
KeepEstimate estimateKeepProbability(const AgreementHistory &history, ScenarioKind kind,
                                     int installments, const RecoveryModel &model = {});

struct RecoveryEstimate
{
    KeepEstimate keep;
    Money expected; // total to pay x keep probability, rounded
};

// The expected recovery of a scenario: its total to pay x the chance plans of its kind
// and installment band are kept. Payments made before a plan breaks are not counted, so
// the figure errs on the low side.
RecoveryEstimate estimateRecovery(const ScenarioResult &scenario, const AgreementHistory &history,
                                  const RecoveryModel &model = {});

// A translated sentence for the UI's tooltip, with the model's numbers.
QString methodDescription(const RecoveryModel &model = {});

} // namespace quita
