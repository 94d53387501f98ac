#include "DemoNames.h"

#include <initializer_list>

namespace quita::demo {
namespace {

QStringList toList(std::initializer_list<const char *> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

struct RawCity
{
    const char *uf;
    const char *name;
    int ddd;
    int cepFrom;
    int cepTo;
    int weight;
    const char *neighborhoods; // separated by '|'
};

struct RawState
{
    const char *uf;
    int population; // thousands, census 2022
};

constexpr RawState kStates[] = {
    {"SP", 44411}, {"MG", 20539}, {"RJ", 16055}, {"BA", 14141}, {"PR", 11444}, {"RS", 10882},
    {"PE", 9058},  {"CE", 8794},  {"PA", 8121},  {"SC", 7610},  {"GO", 7056},  {"MA", 6775},
    {"PB", 3974},  {"AM", 3941},  {"ES", 3833},  {"MT", 3658},  {"RN", 3302},  {"PI", 3271},
    {"AL", 3127},  {"DF", 2817},  {"MS", 2757},  {"SE", 2210},  {"RO", 1581},  {"TO", 1511},
    {"AC", 830},   {"AP", 733},   {"RR", 636},
};

// Capitals first; CEP ranges are the first five digits of each city's range.
constexpr RawCity kCities[] = {
    // São Paulo
    {"SP", "São Paulo", 11, 1000, 5999, 60,
     "Pinheiros|Vila Mariana|Mooca|Santana|Tatuapé|Itaquera|Butantã|Lapa|Bela Vista|Jabaquara|"
     "Penha|Vila Prudente|Ipiranga|Perdizes|Capão Redondo"},
    {"SP", "Guarulhos", 11, 7000, 7399, 7, "Centro|Vila Galvão|Bonsucesso|Pimentas|Macedo"},
    {"SP", "Osasco", 11, 6000, 6299, 4, "Centro|Presidente Altino|Km 18|Rochdale|Bela Vista"},
    {"SP", "São Bernardo do Campo", 11, 9600, 9899, 5,
     "Centro|Rudge Ramos|Assunção|Baeta Neves|Planalto"},
    {"SP", "Campinas", 19, 13000, 13139, 7, "Cambuí|Centro|Taquaral|Barão Geraldo|Castelo"},
    {"SP", "Santos", 13, 11000, 11099, 3, "Gonzaga|Boqueirão|Embaré|Ponta da Praia|Vila Mathias"},
    {"SP", "São José dos Campos", 12, 12200, 12248, 4, "Centro|Jardim Satélite|Vila Ema|Urbanova"},
    {"SP", "Ribeirão Preto", 16, 14000, 14114, 4, "Centro|Jardim Irajá|Campos Elíseos|Ipiranga"},
    {"SP", "Sorocaba", 15, 18000, 18109, 4, "Centro|Vila Hortência|Éden|Jardim Vergueiro"},
    // Minas Gerais
    {"MG", "Belo Horizonte", 31, 30000, 31999, 30,
     "Savassi|Centro|Funcionários|Pampulha|Barreiro|Venda Nova|Buritis|Santa Efigênia|Padre "
     "Eustáquio"},
    {"MG", "Contagem", 31, 32000, 32399, 8, "Eldorado|Industrial|Riacho|Centro"},
    {"MG", "Betim", 31, 32500, 32689, 5, "Centro|Angola|Jardim Teresópolis|Citrolândia"},
    {"MG", "Uberlândia", 34, 38400, 38415, 9,
     "Centro|Santa Mônica|Tibery|Martins|Luizote de Freitas"},
    {"MG", "Juiz de Fora", 32, 36000, 36099, 7, "Centro|São Mateus|Alto dos Passos|Benfica"},
    {"MG", "Montes Claros", 38, 39400, 39409, 5, "Centro|Major Prates|Todos os Santos|Ibituruna"},
    // Rio de Janeiro
    {"RJ", "Rio de Janeiro", 21, 20000, 23799, 50,
     "Copacabana|Tijuca|Botafogo|Barra da Tijuca|Méier|Campo Grande|Madureira|Bangu|Centro|"
     "Jacarepaguá|Realengo|Ilha do Governador"},
    {"RJ", "Niterói", 21, 24000, 24399, 6, "Icaraí|Centro|Santa Rosa|Fonseca|Ingá"},
    {"RJ", "São Gonçalo", 21, 24400, 24799, 8, "Alcântara|Centro|Neves|Mutondo|Trindade"},
    {"RJ", "Duque de Caxias", 21, 25000, 25275, 7,
     "Centro|Jardim Primavera|Vila São Luís|Gramacho"},
    {"RJ", "Nova Iguaçu", 21, 26000, 26099, 6, "Centro|Comendador Soares|Austin|Cabuçu"},
    {"RJ", "Petrópolis", 24, 25600, 25779, 3, "Centro|Itaipava|Quitandinha|Valparaíso"},
    {"RJ", "Campos dos Goytacazes", 22, 28000, 28099, 4, "Centro|Parque Tamandaré|Pelinca|Guarus"},
    // Bahia
    {"BA", "Salvador", 71, 40000, 42499, 45,
     "Barra|Pituba|Brotas|Itapuã|Liberdade|Cabula|Rio Vermelho|Imbuí|Pernambués|Cajazeiras"},
    {"BA", "Feira de Santana", 75, 44000, 44099, 10, "Centro|Tomba|Santa Mônica|Kalilândia"},
    {"BA", "Vitória da Conquista", 77, 45000, 45099, 6, "Centro|Candeias|Brasil|Recreio"},
    {"BA", "Itabuna", 73, 45600, 45614, 4, "Centro|Góes Calmon|São Caetano|Conceição"},
    {"BA", "Ilhéus", 73, 45650, 45662, 3, "Centro|Pontal|Malhado|Nossa Senhora da Vitória"},
    // Paraná
    {"PR", "Curitiba", 41, 80000, 82999, 40,
     "Centro|Batel|Água Verde|Boqueirão|Portão|Cajuru|Santa Felicidade|Bigorrilho|Sítio Cercado"},
    {"PR", "Londrina", 43, 86000, 86099, 12,
     "Centro|Gleba Palhano|Jardim Higienópolis|Cinco Conjuntos"},
    {"PR", "Maringá", 44, 87000, 87119, 9, "Zona 7|Zona 1|Jardim Alvorada|Vila Operária"},
    {"PR", "Ponta Grossa", 42, 84000, 84099, 7, "Centro|Uvaranas|Oficinas|Nova Rússia"},
    {"PR", "Cascavel", 45, 85800, 85824, 6, "Centro|Cancelli|Neva|Periolo"},
    {"PR", "Foz do Iguaçu", 45, 85850, 85869, 5, "Centro|Vila A|Jardim Central|Porto Meira"},
    // Rio Grande do Sul
    {"RS", "Porto Alegre", 51, 90000, 91999, 35,
     "Centro Histórico|Moinhos de Vento|Petrópolis|Menino Deus|Sarandi|Restinga|Cidade Baixa|"
     "Partenon|Rubem Berta"},
    {"RS", "Caxias do Sul", 54, 95000, 95124, 12, "Centro|São Pelegrino|Pio X|Exposição"},
    {"RS", "Canoas", 51, 92000, 92479, 9, "Centro|Niterói|Mathias Velho|Harmonia"},
    {"RS", "Pelotas", 53, 96000, 96099, 9, "Centro|Fragata|Três Vendas|Areal"},
    {"RS", "Santa Maria", 55, 97000, 97119, 7,
     "Centro|Camobi|Nossa Senhora de Fátima|Tancredo Neves"},
    // Pernambuco
    {"PE", "Recife", 81, 50000, 52999, 40,
     "Boa Viagem|Casa Forte|Graças|Espinheiro|Madalena|Várzea|Imbiribeira|Santo Amaro|Ibura"},
    {"PE", "Jaboatão dos Guararapes", 81, 54000, 54499, 14, "Piedade|Candeias|Prazeres|Cavaleiro"},
    {"PE", "Olinda", 81, 53000, 53199, 8, "Carmo|Casa Caiada|Rio Doce|Bairro Novo"},
    {"PE", "Caruaru", 81, 55000, 55099, 8, "Centro|Maurício de Nassau|Universitário|Salgado"},
    {"PE", "Petrolina", 87, 56300, 56339, 8, "Centro|Areia Branca|Cohab Massangano|Vila Eduardo"},
    // Ceará
    {"CE", "Fortaleza", 85, 60000, 61599, 55,
     "Aldeota|Meireles|Messejana|Benfica|Centro|Parangaba|Montese|Papicu|Barra do Ceará"},
    {"CE", "Caucaia", 85, 61600, 61699, 8, "Centro|Jurema|Araturi|Icaraí"},
    {"CE", "Juazeiro do Norte", 88, 63000, 63059, 7, "Centro|Pirajá|Salesianos|Lagoa Seca"},
    {"CE", "Sobral", 88, 62000, 62119, 5, "Centro|Derby|Junco|Dom Expedito"},
    // Pará
    {"PA", "Belém", 91, 66000, 66999, 40,
     "Nazaré|Umarizal|Marco|Batista Campos|Pedreira|Guamá|Cidade Velha|Jurunas"},
    {"PA", "Ananindeua", 91, 67000, 67199, 14, "Cidade Nova|Coqueiro|Centro|Águas Lindas"},
    {"PA", "Santarém", 93, 68000, 68109, 9, "Centro|Aldeia|Santa Clara|Aparecida"},
    {"PA", "Marabá", 94, 68500, 68519, 8, "Nova Marabá|Cidade Nova|Velha Marabá|São Félix"},
    // Santa Catarina
    {"SC", "Florianópolis", 48, 88000, 88099, 18,
     "Centro|Trindade|Canasvieiras|Ingleses|Estreito|Itacorubi|Campeche"},
    {"SC", "Joinville", 47, 89200, 89239, 20, "Centro|América|Glória|Boa Vista|Costa e Silva"},
    {"SC", "Blumenau", 47, 89010, 89099, 12, "Centro|Velha|Garcia|Itoupava Norte"},
    {"SC", "São José", 48, 88100, 88122, 9, "Kobrasol|Campinas|Barreiros|Forquilhinhas"},
    {"SC", "Chapecó", 49, 89800, 89816, 8, "Centro|Efapi|Passo dos Fortes|Presidente Médici"},
    {"SC", "Criciúma", 48, 88800, 88819, 8, "Centro|Pinheirinho|Próspera|Santa Bárbara"},
    // Goiás
    {"GO", "Goiânia", 62, 74000, 74899, 45,
     "Setor Bueno|Setor Marista|Setor Oeste|Centro|Jardim América|Setor Sul|Jardim Goiás"},
    {"GO", "Aparecida de Goiânia", 62, 74900, 74999, 17,
     "Cidade Livre|Jardim Tiradentes|Setor Garavelo|Vila Brasília"},
    {"GO", "Anápolis", 62, 75000, 75149, 13, "Centro|Jundiaí|Maracanã|Vila Santa Maria de Nazaré"},
    {"GO", "Rio Verde", 64, 75900, 75909, 8, "Centro|Setor Morada do Sol|Jardim Goiás|Vila Amália"},
    // Maranhão
    {"MA", "São Luís", 98, 65000, 65109, 40, "Centro|Renascença|Cohama|Calhau|Turu|Anil|Cohab"},
    {"MA", "Imperatriz", 99, 65900, 65919, 12, "Centro|Nova Imperatriz|Bacuri|Santa Rita"},
    {"MA", "Caxias", 99, 65600, 65609, 6, "Centro|Volta Redonda|Ponte|Cangalheiro"},
    // Paraíba
    {"PB", "João Pessoa", 83, 58000, 58099, 40,
     "Manaíra|Tambaú|Cabo Branco|Bancários|Mangabeira|Centro|Torre"},
    {"PB", "Campina Grande", 83, 58400, 58439, 20, "Centro|Catolé|Prata|Bodocongó"},
    // Amazonas
    {"AM", "Manaus", 92, 69000, 69099, 80,
     "Centro|Adrianópolis|Cidade Nova|Flores|Parque Dez de Novembro|Compensa|Aleixo|Japiim"},
    {"AM", "Parintins", 92, 69150, 69154, 5, "Centro|Palmares|São Benedito|Itaúna"},
    {"AM", "Itacoatiara", 92, 69100, 69104, 5, "Centro|Jauary|Pedreiras|Iracy"},
    // Espírito Santo
    {"ES", "Vitória", 27, 29000, 29099, 12,
     "Praia do Canto|Jardim da Penha|Centro|Jardim Camburi|Bento Ferreira"},
    {"ES", "Vila Velha", 27, 29100, 29129, 15,
     "Praia da Costa|Itapuã|Glória|Centro|Coqueiral de Itaparica"},
    {"ES", "Serra", 27, 29160, 29184, 15, "Laranjeiras|Jacaraípe|Novo Horizonte|Serra Dourada"},
    {"ES", "Cariacica", 27, 29140, 29159, 12,
     "Campo Grande|Jardim América|Itacibá|Porto de Santana"},
    {"ES", "Cachoeiro de Itapemirim", 28, 29300, 29319, 6,
     "Centro|Independência|Aquidabã|Gilberto Machado"},
    // Mato Grosso
    {"MT", "Cuiabá", 65, 78000, 78099, 30,
     "Centro Norte|Centro Sul|Goiabeiras|Jardim das Américas|Coxipó|Porto|CPA"},
    {"MT", "Várzea Grande", 65, 78110, 78159, 13, "Centro|Cristo Rei|Jardim Glória|Ponte Nova"},
    {"MT", "Rondonópolis", 66, 78700, 78739, 10,
     "Centro|Vila Aurora|Jardim Guanabara|Vila Operária"},
    {"MT", "Sinop", 66, 78550, 78559, 7, "Centro|Jardim Botânico|Setor Industrial|Jardim Imperial"},
    // Rio Grande do Norte
    {"RN", "Natal", 84, 59000, 59139, 50,
     "Ponta Negra|Tirol|Petrópolis|Lagoa Nova|Alecrim|Capim Macio|Cidade da Esperança"},
    {"RN", "Mossoró", 84, 59600, 59649, 15, "Centro|Abolição|Nova Betânia|Alto de São Manoel"},
    // Piauí
    {"PI", "Teresina", 86, 64000, 64099, 50,
     "Centro|Jóquei|Fátima|Dirceu Arcoverde|Mocambinho|São Cristóvão"},
    {"PI", "Parnaíba", 86, 64200, 64219, 10, "Centro|São José|Pindorama|Piauí"},
    // Alagoas
    {"AL", "Maceió", 82, 57000, 57099, 50,
     "Ponta Verde|Pajuçara|Jatiúca|Farol|Benedito Bentes|Tabuleiro do Martins|Centro"},
    {"AL", "Arapiraca", 82, 57300, 57319, 12, "Centro|Baixa Grande|Brasília|Cacimbas"},
    // Distrito Federal
    {"DF", "Brasília", 61, 70000, 70999, 40, "Asa Sul|Asa Norte|Lago Sul|Sudoeste|Cruzeiro"},
    {"DF", "Taguatinga", 61, 72000, 72199, 20, "Taguatinga Norte|Taguatinga Sul|Centro"},
    {"DF", "Ceilândia", 61, 72200, 72299, 25, "Ceilândia Norte|Ceilândia Sul|Setor O|P Sul"},
    // Mato Grosso do Sul
    {"MS", "Campo Grande", 67, 79000, 79124, 45,
     "Centro|Jardim dos Estados|Tiradentes|Coophavila II|Monte Castelo|Carandá Bosque"},
    {"MS", "Dourados", 67, 79800, 79849, 12, "Centro|Jardim Água Boa|Vila Progresso|Jardim Itália"},
    {"MS", "Três Lagoas", 67, 79600, 79649, 7, "Centro|Vila Nova|Jardim Alvorada|Santos Dumont"},
    // Sergipe
    {"SE", "Aracaju", 79, 49000, 49099, 50,
     "Centro|Atalaia|Jardins|Farolândia|Grageru|Siqueira Campos"},
    {"SE", "Nossa Senhora do Socorro", 79, 49160, 49169, 10,
     "Taiçoca|Conjunto Marcos Freire|Centro|Parque dos Faróis"},
    {"SE", "Lagarto", 79, 49400, 49409, 5, "Centro|Cidade Nova|Exposição|Horta"},
    // Rondônia
    {"RO", "Porto Velho", 69, 76800, 76834, 30, "Centro|Olaria|Nova Porto Velho|Embratel|Caiari"},
    {"RO", "Ji-Paraná", 69, 76900, 76914, 9, "Centro|Urupá|Nova Brasília|Dois de Abril"},
    // Tocantins
    {"TO", "Palmas", 63, 77000, 77299, 20,
     "Plano Diretor Sul|Plano Diretor Norte|Taquaralto|Aureny III|Jardim Aureny I"},
    {"TO", "Araguaína", 63, 77800, 77829, 12, "Centro|Setor Anhanguera|São João|Setor Brasil"},
    {"TO", "Gurupi", 63, 77400, 77439, 6, "Centro|Setor Central|Vila Nova|Jardim Tocantins"},
    // Acre
    {"AC", "Rio Branco", 68, 69900, 69923, 40,
     "Centro|Bosque|Estação Experimental|Cadeia Velha|Tancredo Neves|Vila Ivonete"},
    {"AC", "Cruzeiro do Sul", 68, 69980, 69981, 8, "Centro|Aeroporto Velho|Cobal|Miritizal"},
    // Amapá
    {"AP", "Macapá", 96, 68900, 68914, 40, "Centro|Trem|Buritizal|Santa Rita|Jardim Felicidade"},
    {"AP", "Santana", 96, 68925, 68929, 9, "Centro|Paraíso|Fonte Nova|Nova Brasília"},
    // Roraima
    {"RR", "Boa Vista", 95, 69300, 69339, 40, "Centro|Caçari|Aparecida|Mecejana|Pintolândia"},
};

QList<DemoState> buildStates()
{
    QList<DemoState> states;
    for (const RawState &raw : kStates) {
        DemoState state;
        state.code = QString::fromLatin1(raw.uf);
        state.population = raw.population;
        for (const RawCity &city : kCities) {
            if (qstrcmp(city.uf, raw.uf) != 0)
                continue;
            DemoCity c;
            c.name = QString::fromUtf8(city.name);
            c.ddd = city.ddd;
            c.cepFrom = city.cepFrom;
            c.cepTo = city.cepTo;
            c.weight = city.weight;
            c.neighborhoods = QString::fromUtf8(city.neighborhoods).split(u'|');
            state.cities.append(c);
        }
        states.append(state);
    }
    return states;
}

} // namespace

const QStringList &femaleFirstNames()
{
    static const QStringList names = toList({
        "Maria",     "Ana",      "Francisca", "Antônia",    "Adriana",       "Juliana",
        "Márcia",    "Fernanda", "Patrícia",  "Aline",      "Sandra",        "Camila",
        "Amanda",    "Bruna",    "Jéssica",   "Letícia",    "Júlia",         "Luciana",
        "Vanessa",   "Mariana",  "Gabriela",  "Vera",       "Vitória",       "Larissa",
        "Cláudia",   "Beatriz",  "Luana",     "Rita",       "Raimunda",      "Conceição",
        "Josefa",    "Sônia",    "Simone",    "Tatiane",    "Débora",        "Priscila",
        "Rosângela", "Eliane",   "Helena",    "Lúcia",      "Cristiane",     "Daniela",
        "Isabela",   "Natália",  "Ana Paula", "Maria José", "Maria Eduarda",
    });
    return names;
}

const QStringList &maleFirstNames()
{
    static const QStringList names = toList({
        "José",     "João",     "Antônio",    "Francisco",   "Carlos",        "Paulo",
        "Pedro",    "Lucas",    "Luiz",       "Marcos",      "Luís",          "Gabriel",
        "Rafael",   "Daniel",   "Marcelo",    "Bruno",       "Eduardo",       "Felipe",
        "Raimundo", "Rodrigo",  "Manoel",     "Mateus",      "André",         "Fernando",
        "Fábio",    "Leonardo", "Gustavo",    "Guilherme",   "Leandro",       "Tiago",
        "Anderson", "Ricardo",  "Márcio",     "Jorge",       "Sebastião",     "Alexandre",
        "Roberto",  "Edson",    "Diego",      "Vitor",       "Sérgio",        "Cláudio",
        "Otávio",   "Joaquim",  "João Pedro", "José Carlos", "Luiz Fernando",
    });
    return names;
}

const QStringList &surnames()
{
    static const QStringList names = toList({
        "Silva",    "Santos",     "Oliveira", "Souza",      "Rodrigues", "Ferreira",  "Alves",
        "Pereira",  "Lima",       "Gomes",    "Costa",      "Ribeiro",   "Martins",   "Carvalho",
        "Almeida",  "Lopes",      "Soares",   "Fernandes",  "Vieira",    "Barbosa",   "Rocha",
        "Dias",     "Nascimento", "Andrade",  "Moreira",    "Nunes",     "Marques",   "Machado",
        "Mendes",   "Freitas",    "Cardoso",  "Ramos",      "Gonçalves", "Santana",   "Teixeira",
        "Araújo",   "Pinto",      "Correia",  "Cavalcanti", "Monteiro",  "Moura",     "Batista",
        "Campos",   "Reis",       "Castro",   "Azevedo",    "Magalhães", "Brandão",   "Figueiredo",
        "Nogueira", "Guimarães",  "Peixoto",  "Siqueira",   "Medeiros",  "Falcão",    "Sampaio",
        "Rezende",  "Queiroz",    "Bezerra",  "Macedo",     "Fonseca",   "Damasceno", "Brito",
    });
    return names;
}

const QStringList &particleSurnames()
{
    static const QStringList names = toList({
        "da Silva",
        "dos Santos",
        "de Souza",
        "de Oliveira",
        "da Conceição",
        "de Jesus",
        "da Costa",
        "de Almeida",
        "do Nascimento",
        "da Cruz",
        "de Assunção",
        "das Neves",
    });
    return names;
}

const QList<DemoCompanyKind> &companyKinds()
{
    static const QList<DemoCompanyKind> kinds = [] {
        struct Raw
        {
            const char *activity;
            const char *segment;
            std::initializer_list<const char *> fantasy;
        };
        const Raw raw[] = {
            {"Padaria", "Comércio de Alimentos", {"Bom Pão", "Pão Dourado", "Trigo de Ouro"}},
            {"Mercearia", "Comércio de Alimentos", {"Dona Benta", "Bom Preço"}},
            {"Supermercado", "Comércio de Alimentos", {"Bom Preço", "Compre Bem", "Econômico"}},
            {"Auto Peças", "Comércio de Peças", {"Roda Viva", "Pistão", "Motor Forte"}},
            {"Oficina Mecânica", "Serviços Automotivos", {"Roda Viva", "Motor Forte"}},
            {"Farmácia", "Comércio de Medicamentos", {"Saúde", "Popular", "Bem Estar"}},
            {"Restaurante", "Comércio de Refeições", {"Sabor Caseiro", "Panela de Barro"}},
            {"Lanchonete", "Comércio de Alimentos", {"Sabor Caseiro", "Cantinho do Lanche"}},
            {"Papelaria", "Comércio Varejista", {"Lápis de Cor", "Caderno Feliz"}},
            {"Materiais de Construção", "Comércio de Materiais", {"Tijolão", "Constrular"}},
            {"Salão de Beleza", "Serviços de Estética", {"Bela Arte", "Espaço Mulher"}},
            {"Pet Shop", "Comércio de Produtos Veterinários", {"Amigo Fiel", "Bicho Feliz"}},
            {"Distribuidora", "Comércio Atacadista", {"Norte Sul", "Atlântico"}},
            {"Açougue", "Comércio de Carnes", {"Boi Gordo", "Corte Nobre"}},
            {"Ótica", "Comércio Óptico", {"Visão", "Olhar"}},
            {"Academia", "Atividades Esportivas", {"Corpo em Forma", "Movimento"}},
            {"Transportes", "Transportes e Logística", {"Rota Certa", "Estrada Real"}},
            {"Construtora", "Construções e Incorporações", {"Alicerce", "Pedra Forte"}},
            {"Confecções", "Indústria e Comércio de Roupas", {"Fio de Ouro", "Moda Bela"}},
            {"Informática", "Comércio e Serviços de Informática", {"Byte", "Conecta"}},
        };
        QList<DemoCompanyKind> list;
        for (const Raw &r : raw)
            list.append(
                {QString::fromUtf8(r.activity), QString::fromUtf8(r.segment), toList(r.fantasy)});
        return list;
    }();
    return kinds;
}

const QStringList &companyFantasyNames()
{
    static const QStringList names = toList({
        "Santa Luzia", "Nova Esperança", "São Jorge",     "Estrela do Norte",
        "Primavera",   "Bela Vista",     "Progresso",     "Ideal",
        "Central",     "Sol Nascente",   "Boa Sorte",     "Dois Irmãos",
        "Três Marias", "Paraíso",        "Aliança",       "União",
        "Vitória",     "Bom Jesus",      "São Francisco", "Nossa Senhora Aparecida",
        "Família",     "Novo Horizonte", "Cidade",        "Avenida",
        "Ponto Certo",
    });
    return names;
}

const QList<WeightedText> &streetTypes()
{
    static const QList<WeightedText> types = {
        {QStringLiteral("Rua"), 62},     {QStringLiteral("Avenida"), 20},
        {QStringLiteral("Travessa"), 8}, {QStringLiteral("Alameda"), 4},
        {QStringLiteral("Estrada"), 4},  {QString::fromUtf8("Praça"), 2},
    };
    return types;
}

const QStringList &streetNames()
{
    static const QStringList names = toList({
        "Sete de Setembro",
        "Quinze de Novembro",
        "Tiradentes",
        "Dom Pedro II",
        "das Flores",
        "Marechal Deodoro",
        "Barão do Rio Branco",
        "Santos Dumont",
        "Getúlio Vargas",
        "São João",
        "Rui Barbosa",
        "José Bonifácio",
        "Castro Alves",
        "Duque de Caxias",
        "Floriano Peixoto",
        "Benjamin Constant",
        "da Independência",
        "Brasil",
        "Amazonas",
        "Bahia",
        "Paraná",
        "dos Andradas",
        "Princesa Isabel",
        "Visconde de Mauá",
        "Machado de Assis",
        "Olavo Bilac",
        "Carlos Gomes",
        "Monteiro Lobato",
        "das Palmeiras",
        "dos Ipês",
        "das Acácias",
        "Treze de Maio",
        "Presidente Kennedy",
        "Juscelino Kubitschek",
        "Padre Anchieta",
        "Santa Catarina",
        "São Paulo",
        "Minas Gerais",
        "Goiás",
        "Cândido Portinari",
        "Anita Garibaldi",
        "Bento Gonçalves",
        "Frei Caneca",
        "da Saudade",
        "Vinte e Um de Abril",
        "Coronel Fonseca",
        "Professora Maria Luiza",
        "do Comércio",
    });
    return names;
}

const QStringList &addressComplements()
{
    static const QStringList complements = toList({
        "apto 101",
        "apto 202",
        "apto 34",
        "apto 1203",
        "bloco B, apto 304",
        "casa 2",
        "casa 3",
        "fundos",
        "sala 12",
        "loja 1",
        "bloco 4, apto 12",
        "térreo",
    });
    return complements;
}

const QList<DemoState> &states()
{
    static const QList<DemoState> list = buildStates();
    return list;
}

const QList<WeightedText> &emailDomains()
{
    static const QList<WeightedText> domains = {
        {QStringLiteral("gmail.com"), 45},   {QStringLiteral("hotmail.com"), 20},
        {QStringLiteral("outlook.com"), 8},  {QStringLiteral("yahoo.com.br"), 7},
        {QStringLiteral("uol.com.br"), 6},   {QStringLiteral("bol.com.br"), 6},
        {QStringLiteral("terra.com.br"), 4}, {QStringLiteral("icloud.com"), 3},
        {QStringLiteral("ig.com.br"), 1},
    };
    return domains;
}

QString asciiFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z')
            out.append(c);
        else if (u >= u'A' && u <= u'Z')
            out.append(QChar(char16_t(u - u'A' + u'a')));
        else if (u >= u'0' && u <= u'9')
            out.append(c);
    }
    return out;
}

} // namespace quita::demo
