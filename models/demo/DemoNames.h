#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace quita::demo {

// Static reference data for the demo generator: Brazilian names, company names,
// streets and the larger cities of every state with their DDD and CEP range. Plain
// data, built once on first use; the generator draws from it with its own RNG.

struct WeightedText
{
    QString text;
    int weight = 1;
};

struct DemoCity
{
    QString name;
    int ddd = 0;     // telephone area code, two digits
    int cepFrom = 0; // first five digits of the city's CEP range, inclusive
    int cepTo = 0;
    int weight = 1; // relative share of the state's debtors
    QStringList neighborhoods;
};

struct DemoState
{
    QString code;       // UF, as in BrazilianStates
    int population = 0; // thousands (IBGE census 2022), the sampling weight
    QList<DemoCity> cities;
};

// A kind of small business: "Padaria" + a fantasy name + a legal suffix, or a
// fantasy name + its segment ("Comércio de Alimentos") + "Eireli".
struct DemoCompanyKind
{
    QString activity;
    QString segment;
    QStringList fantasyNames; // names typical for this kind, besides the generic ones
};

const QStringList &femaleFirstNames();
const QStringList &maleFirstNames();
// Plain surnames ("Araújo") and surnames with a particle ("da Conceição").
const QStringList &surnames();
const QStringList &particleSurnames();

const QList<DemoCompanyKind> &companyKinds();
const QStringList &companyFantasyNames();

const QList<WeightedText> &streetTypes();
const QStringList &streetNames();
const QStringList &addressComplements();

// All 27 UFs, each with at least its capital.
const QList<DemoState> &states();

const QList<WeightedText> &emailDomains();

// Lowercase ASCII letters and digits only: "Conceição" -> "conceicao",
// "Bom Pão" -> "bompao". For e-mail addresses.
QString asciiFold(const QString &text);

} // namespace quita::demo
