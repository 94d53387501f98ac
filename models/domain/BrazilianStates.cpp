#include "BrazilianStates.h"

namespace quita {

const QList<BrazilianState> &BrazilianStates::all()
{
    static const QList<BrazilianState> states = {
        {QStringLiteral("AC"), QStringLiteral("Acre"), "America/Rio_Branco"},
        {QStringLiteral("AL"), QStringLiteral("Alagoas"), "America/Maceio"},
        {QStringLiteral("AP"), QStringLiteral("Amapá"), "America/Belem"},
        {QStringLiteral("AM"), QStringLiteral("Amazonas"), "America/Manaus"},
        {QStringLiteral("BA"), QStringLiteral("Bahia"), "America/Bahia"},
        {QStringLiteral("CE"), QStringLiteral("Ceará"), "America/Fortaleza"},
        {QStringLiteral("DF"), QStringLiteral("Distrito Federal"), "America/Sao_Paulo"},
        {QStringLiteral("ES"), QStringLiteral("Espírito Santo"), "America/Sao_Paulo"},
        {QStringLiteral("GO"), QStringLiteral("Goiás"), "America/Sao_Paulo"},
        {QStringLiteral("MA"), QStringLiteral("Maranhão"), "America/Fortaleza"},
        {QStringLiteral("MT"), QStringLiteral("Mato Grosso"), "America/Cuiaba"},
        {QStringLiteral("MS"), QStringLiteral("Mato Grosso do Sul"), "America/Campo_Grande"},
        {QStringLiteral("MG"), QStringLiteral("Minas Gerais"), "America/Sao_Paulo"},
        {QStringLiteral("PA"), QStringLiteral("Pará"), "America/Belem"},
        {QStringLiteral("PB"), QStringLiteral("Paraíba"), "America/Fortaleza"},
        {QStringLiteral("PR"), QStringLiteral("Paraná"), "America/Sao_Paulo"},
        {QStringLiteral("PE"), QStringLiteral("Pernambuco"), "America/Recife"},
        {QStringLiteral("PI"), QStringLiteral("Piauí"), "America/Fortaleza"},
        {QStringLiteral("RJ"), QStringLiteral("Rio de Janeiro"), "America/Sao_Paulo"},
        {QStringLiteral("RN"), QStringLiteral("Rio Grande do Norte"), "America/Fortaleza"},
        {QStringLiteral("RS"), QStringLiteral("Rio Grande do Sul"), "America/Sao_Paulo"},
        {QStringLiteral("RO"), QStringLiteral("Rondônia"), "America/Porto_Velho"},
        {QStringLiteral("RR"), QStringLiteral("Roraima"), "America/Boa_Vista"},
        {QStringLiteral("SC"), QStringLiteral("Santa Catarina"), "America/Sao_Paulo"},
        {QStringLiteral("SP"), QStringLiteral("São Paulo"), "America/Sao_Paulo"},
        {QStringLiteral("SE"), QStringLiteral("Sergipe"), "America/Maceio"},
        {QStringLiteral("TO"), QStringLiteral("Tocantins"), "America/Araguaina"},
    };
    return states;
}

const BrazilianState *BrazilianStates::find(const QString &code)
{
    for (const auto &state : all())
        if (state.code == code)
            return &state;
    return nullptr;
}

QTimeZone BrazilianStates::timeZone(const QString &code)
{
    const BrazilianState *state = find(code);
    QTimeZone zone(state ? state->zone : QByteArrayLiteral("America/Sao_Paulo"));
    if (!zone.isValid()) // no tz database: Brasília time has been UTC-3 since 2019
        zone = QTimeZone(-3 * 3600);
    return zone;
}

QDateTime BrazilianStates::localTime(const QString &code, const QDateTime &utc)
{
    return utc.toTimeZone(timeZone(code));
}

} // namespace quita
