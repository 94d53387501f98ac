<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Activity: missing id</source>
        <translation>Acionamento: falta o id</translation>
    </message>
    <message>
        <source>Debtor: choose a debtor</source>
        <translation>Devedor: escolha um devedor</translation>
    </message>
    <message>
        <source>Result: choose the result of the contact</source>
        <translation>Resultado: escolha o resultado do acionamento</translation>
    </message>
    <message>
        <source>Result: &quot;%1&quot; is not a result of the %2 channel</source>
        <translation>Resultado: &quot;%1&quot; não é um resultado do canal %2</translation>
    </message>
    <message>
        <source>Time: enter when the contact happened</source>
        <translation>Horário: informe quando o acionamento aconteceu</translation>
    </message>
    <message>
        <source>Callback: enter when to call back</source>
        <translation>Retorno agendado: informe quando retornar</translation>
    </message>
    <message>
        <source>Callback: the time must be after the contact</source>
        <translation>Retorno agendado: o horário deve ser posterior ao acionamento</translation>
    </message>
    <message>
        <source>Summary: at most 500 characters</source>
        <translation>Resumo: no máximo 500 caracteres</translation>
    </message>
    <message>
        <source>Message: at most 20,000 characters</source>
        <translation>Mensagem: no máximo 20.000 caracteres</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>The agreement has no installment.</source>
        <translation>O acordo não tem nenhuma parcela.</translation>
    </message>
    <message>
        <source>Say why the agreement is cancelled.</source>
        <translation>Diga por que o acordo foi cancelado.</translation>
    </message>
    <message>
        <source>Only a pending, active or broken agreement can be cancelled.</source>
        <translation>Só um acordo pendente, ativo ou quebrado pode ser cancelado.</translation>
    </message>
</context>
<context>
    <name>AgreementTerm</name>
    <message>
        <source>Creditor: %1, CNPJ %2</source>
        <translation>Credor: %1, CNPJ %2</translation>
    </message>
    <message>
        <source>Creditor: %1, CPF %2</source>
        <translation>Credor: %1, CPF %2</translation>
    </message>
    <message>
        <source>The agreement has no installments.</source>
        <translation>O acordo não tem parcelas.</translation>
    </message>
    <message>
        <source>Every installment needs a due date and a positive amount.</source>
        <translation>Toda parcela precisa de uma data de vencimento e de um valor positivo.</translation>
    </message>
    <message>
        <source>The creditor has no name: the agreement term must show it (CDC art. 42-A).</source>
        <translation>O credor está sem nome: o termo de acordo deve exibi-lo (CDC, art. 42-A).</translation>
    </message>
    <message>
        <source>The creditor has no CNPJ: the agreement term must show it (CDC art. 42-A).</source>
        <translation>O credor está sem CNPJ: o termo de acordo deve exibi-lo (CDC, art. 42-A).</translation>
    </message>
    <message>
        <source>The debtor has no name.</source>
        <translation>O devedor está sem nome.</translation>
    </message>
    <message>
        <source>The debtor has no CPF or CNPJ.</source>
        <translation>O devedor está sem CPF ou CNPJ.</translation>
    </message>
    <message>
        <source>The term needs a date.</source>
        <translation>O termo precisa de uma data.</translation>
    </message>
    <message>
        <source>Grace days cannot be negative.</source>
        <translation>Os dias de carência não podem ser negativos.</translation>
    </message>
    <message>
        <source>The agreement term has nowhere to be written.</source>
        <translation>Não há onde gravar o termo de acordo.</translation>
    </message>
    <message>
        <source>Agreement term</source>
        <translation>Termo de acordo</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Não foi possível gerar o PDF.</translation>
    </message>
    <message>
        <source>The agreement term could not be written.</source>
        <translation>Não foi possível gravar o termo de acordo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>CNPJ: %1</source>
        <translation>CNPJ: %1</translation>
    </message>
    <message>
        <source>CPF: %1</source>
        <translation>CPF: %1</translation>
    </message>
    <message>
        <source>CEP %1</source>
        <translation>CEP %1</translation>
    </message>
    <message>
        <source>Single payment</source>
        <translation>Pagamento à vista</translation>
    </message>
    <message>
        <source>Price table (equal installments with interest)</source>
        <translation>Tabela Price (parcelas iguais com juros)</translation>
    </message>
    <message>
        <source>SAC (constant amortisation with interest)</source>
        <translation>SAC (amortização constante com juros)</translation>
    </message>
    <message>
        <source>Equal installments without interest</source>
        <translation>Parcelas iguais sem juros</translation>
    </message>
    <message>
        <source>Agreement %1, issued on %2</source>
        <translation>Acordo %1, emitido em %2</translation>
    </message>
    <message>
        <source>Titles renegotiated</source>
        <translation>Títulos renegociados</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo em aberto</translation>
    </message>
    <message>
        <source>Updated balance on %1</source>
        <translation>Saldo atualizado em %1</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Valor principal</translation>
    </message>
    <message>
        <source>Late fine</source>
        <translation>Multa por atraso</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Juros de mora</translation>
    </message>
    <message>
        <source>Monetary correction</source>
        <translation>Correção monetária</translation>
    </message>
    <message>
        <source>Collection fees</source>
        <translation>Tarifas de cobrança</translation>
    </message>
    <message>
        <source>Updated balance</source>
        <translation>Saldo atualizado</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Balance after discount</source>
        <translation>Saldo com desconto</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>Juros do parcelamento</translation>
    </message>
    <message>
        <source>Agreement total</source>
        <translation>Total do acordo</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Plano de pagamento</translation>
    </message>
    <message>
        <source>Kind of plan: %1</source>
        <translation>Tipo de plano: %1</translation>
    </message>
    <message>
        <source>Number of installments: %1</source>
        <translation>Número de parcelas: %1</translation>
    </message>
    <message>
        <source>Monthly interest rate: %1%</source>
        <translation>Taxa de juros mensal: %1%</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma de parcelas</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <source>Each installment is paid by its due date with the boleto or the PIX code of its payment block.</source>
        <translation>Cada parcela deve ser paga até o vencimento com o boleto ou o código PIX do seu bloco de pagamento.</translation>
    </message>
    <message numerus="yes">
        <source>If an installment remains unpaid for more than %n day(s) after its due date, this agreement is broken.</source>
        <translation>
            <numerusform>Se uma parcela ficar sem pagamento por mais de %n dia após o vencimento, este acordo será considerado quebrado.</numerusform>
            <numerusform>Se uma parcela ficar sem pagamento por mais de %n dias após o vencimento, este acordo será considerado quebrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Paid on %1.</source>
        <translation>Paga em %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>The creditor&apos;s bank or PIX settings are incomplete: ask the administrator; no payment code can be issued.</source>
        <translation>Os dados bancários ou de PIX do credor estão incompletos: procure o administrador; nenhum código de pagamento pode ser emitido.</translation>
    </message>
    <message>
        <source>Payment codes are issued when this agreement reaches the server.</source>
        <translation>Os códigos de pagamento são emitidos quando este acordo chegar ao servidor.</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Credor</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Devedor</translation>
    </message>
    <message>
        <source>Payment codes</source>
        <translation>Códigos de pagamento</translation>
    </message>
    <message>
        <source>Pay each installment by its due date with its boleto (digitable line or barcode) or its PIX code (copy and paste or QR code).</source>
        <translation>Pague cada parcela até o vencimento com o boleto (linha digitável ou código de barras) ou o código PIX (copia e cola ou QR code).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Installment %1 of %2</source>
        <translation>Parcela %1 de %2</translation>
    </message>
    <message>
        <source>Due %1   %2</source>
        <translation>Vencimento %1   %2</translation>
    </message>
    <message>
        <source>Boleto: digitable line</source>
        <translation>Boleto: linha digitável</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Nosso número: %1</translation>
    </message>
    <message>
        <source>PIX copy and paste</source>
        <translation>PIX copia e cola</translation>
    </message>
    <message>
        <source>PIX QR code</source>
        <translation>QR code PIX</translation>
    </message>
</context>
<context>
    <name>ApprovalRepository</name>
    <message>
        <source>Say why the offer is rejected: the agent will read it.</source>
        <translation>Informe por que a oferta foi rejeitada: o operador vai ler.</translation>
    </message>
    <message>
        <source>This request is no longer waiting for an answer.</source>
        <translation>Este pedido não está mais aguardando resposta.</translation>
    </message>
</context>
<context>
    <name>ApprovalRole</name>
    <message>
        <source>agent</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>BalanceUpdate</name>
    <message>
        <source>%1 must be a percentage from 0 to 100, not %2.</source>
        <translation>%1 deve ser um percentual de 0 a 100, não %2.</translation>
    </message>
    <message>
        <source>Days per month must be positive.</source>
        <translation>Os dias por mês devem ser positivos.</translation>
    </message>
    <message>
        <source>The fixed fee cannot be negative.</source>
        <translation>A tarifa fixa não pode ser negativa.</translation>
    </message>
    <message>
        <source>The date to update the balance to is not a valid date.</source>
        <translation>A data de atualização do saldo não é uma data válida.</translation>
    </message>
    <message>
        <source>There are no titles to update.</source>
        <translation>Não há títulos para atualizar.</translation>
    </message>
    <message>
        <source>Title %1 has an open balance of %2; only a positive balance can be updated.</source>
        <translation>O título %1 tem saldo em aberto de %2; só um saldo positivo pode ser atualizado.</translation>
    </message>
    <message>
        <source>Title %1 has no valid due date.</source>
        <translation>O título %1 não tem data de vencimento válida.</translation>
    </message>
</context>
<context>
    <name>Boleto</name>
    <message>
        <source>%1: enter a valid date</source>
        <translation>%1: informe uma data válida</translation>
    </message>
    <message>
        <source>%1: a boleto cannot fall due on or before %2</source>
        <translation>%1: o boleto não pode vencer em %2 ou antes</translation>
    </message>
    <message>
        <source>%1: a due-date factor has four digits</source>
        <translation>%1: o fator de vencimento tem quatro dígitos</translation>
    </message>
    <message>
        <source>%1: no reference date to read it against</source>
        <translation>%1: não há data de referência para interpretá-lo</translation>
    </message>
    <message>
        <source>%1: factor %2 gives no due date between %3 and %4</source>
        <translation>%1: o fator %2 não corresponde a nenhum vencimento entre %3 e %4</translation>
    </message>
    <message>
        <source>%1: a bank code has 3 digits</source>
        <translation>%1: o código do banco tem 3 dígitos</translation>
    </message>
    <message>
        <source>%1: codes starting with 8 are utility and tax collection, not bank boletos</source>
        <translation>%1: códigos que começam com 8 são de arrecadação (contas de consumo e tributos), não boletos bancários</translation>
    </message>
    <message>
        <source>%1: only the real (code 9) is accepted</source>
        <translation>%1: só é aceito o real (código 9)</translation>
    </message>
    <message>
        <source>%1: the amount must be more than zero</source>
        <translation>%1: o valor deve ser maior que zero</translation>
    </message>
    <message>
        <source>%1: a boleto holds at most R$ 99.999.999,99</source>
        <translation>%1: um boleto comporta no máximo R$ 99.999.999,99</translation>
    </message>
    <message>
        <source>%1: the free field has 25 digits</source>
        <translation>%1: o campo livre tem 25 dígitos</translation>
    </message>
    <message>
        <source>%1: use only digits, spaces and dots</source>
        <translation>%1: use apenas dígitos, espaços e pontos</translation>
    </message>
    <message>
        <source>%1: enter the barcode or the typeable line</source>
        <translation>%1: informe o código de barras ou a linha digitável</translation>
    </message>
    <message>
        <source>%1: this is a utility or tax payment code (it starts with 8), not a bank boleto</source>
        <translation>%1: este é um código de arrecadação (conta de consumo ou tributo; começa com 8), não um boleto bancário</translation>
    </message>
    <message>
        <source>%1: the check digit of field 1 (10th digit) does not match</source>
        <translation>%1: o dígito verificador do campo 1 (10º dígito) não confere</translation>
    </message>
    <message>
        <source>%1: the check digit of field 2 (21st digit) does not match</source>
        <translation>%1: o dígito verificador do campo 2 (21º dígito) não confere</translation>
    </message>
    <message>
        <source>%1: the check digit of field 3 (32nd digit) does not match</source>
        <translation>%1: o dígito verificador do campo 3 (32º dígito) não confere</translation>
    </message>
    <message>
        <source>%1: a boleto barcode has 44 digits and its typeable line 47</source>
        <translation>%1: o código de barras do boleto tem 44 dígitos e a linha digitável, 47</translation>
    </message>
    <message>
        <source>%1: the general check digit does not match</source>
        <translation>%1: o dígito verificador geral não confere</translation>
    </message>
    <message>
        <source>%1: only boletos in reais (currency 9) are accepted</source>
        <translation>%1: só são aceitos boletos em reais (moeda 9)</translation>
    </message>
</context>
<context>
    <name>BradescoFreeField</name>
    <message>
        <source>%1: required</source>
        <translation>%1: obrigatório</translation>
    </message>
    <message>
        <source>%1: use digits only</source>
        <translation>%1: use apenas dígitos</translation>
    </message>
    <message>
        <source>%1: at most %2 digits</source>
        <translation>%1: no máximo %2 dígitos</translation>
    </message>
    <message>
        <source>%1: the free field has %2 digits</source>
        <translation>%1: o campo livre tem %2 dígitos</translation>
    </message>
    <message>
        <source>%1: a Bradesco free field ends with 0</source>
        <translation>%1: o campo livre do Bradesco termina em 0</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Pulled change %1 (%2): %3 %4. Nothing of this page was applied.</source>
        <extracomment>%1 the change&apos;s seq, %2 the entity (debtor, title, ...), %3 the field, %4 what is wrong</extracomment>
        <translation>Alteração recebida %1 (%2): %3 %4. Nada desta página foi aplicado.</translation>
    </message>
    <message>
        <source>was refused by the local store (%1)</source>
        <translation>foi recusado pela base local (%1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity this version of Quita knows</source>
        <translation>&quot;%1&quot; não é uma entidade que esta versão do Quita conhece</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <source>must be an object (the whole row)</source>
        <translation>deve ser um objeto (a linha inteira)</translation>
    </message>
    <message>
        <source>must be &quot;upsert&quot; or &quot;delete&quot;</source>
        <translation>deve ser &quot;upsert&quot; ou &quot;delete&quot;</translation>
    </message>
    <message>
        <source>differs from the change&apos;s id %1</source>
        <translation>difere do id da alteração %1</translation>
    </message>
    <message>
        <source>The pulled page is not a JSON object (%1 at offset %2). Nothing was applied.</source>
        <translation>A página recebida não é um objeto JSON (%1 na posição %2). Nada foi aplicado.</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>outro valor JSON</translation>
    </message>
    <message>
        <source>The pulled page&apos;s %1 %2. Nothing was applied.</source>
        <translation>Na página recebida, %1 %2. Nada foi aplicado.</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser verdadeiro ou falso</translation>
    </message>
    <message>
        <source>is required (a UUID)</source>
        <translation>é obrigatório (um UUID)</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>deve ser um UUID</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <source>is required (a string)</source>
        <translation>é obrigatório (um texto)</translation>
    </message>
    <message>
        <source>is required (a date YYYY-MM-DD)</source>
        <translation>é obrigatório (uma data AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>deve ser uma data AAAA-MM-DD</translation>
    </message>
    <message>
        <source>is required (a whole number)</source>
        <translation>é obrigatório (um número inteiro)</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>tem um tipo desconhecido</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation>Portal de autoatendimento</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>URA</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visita de campo</translation>
    </message>
</context>
<context>
    <name>CollectionAccount</name>
    <message>
        <source>The creditor has no %1 in its settings: payment codes cannot be issued.</source>
        <translation>O credor está sem %1 nas configurações: os códigos de pagamento não podem ser emitidos.</translation>
    </message>
    <message>
        <source>bank code</source>
        <translation>código do banco</translation>
    </message>
    <message>
        <source>Bank %1 is not supported for boletos yet (only Bradesco, 237).</source>
        <translation>O banco %1 ainda não é aceito para boletos (apenas Bradesco, 237).</translation>
    </message>
    <message>
        <source>bank agency</source>
        <translation>agência bancária</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>conta bancária</translation>
    </message>
    <message>
        <source>boleto wallet (carteira)</source>
        <translation>carteira do boleto</translation>
    </message>
    <message>
        <source>PIX key</source>
        <translation>chave PIX</translation>
    </message>
    <message>
        <source>PIX city</source>
        <translation>cidade do PIX</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>kept</source>
        <translation>cumprida</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>quebrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>(no longer on this desk)</source>
        <translation>(não está mais nesta mesa)</translation>
    </message>
    <message>
        <source>Promise marked %1</source>
        <translation>Promessa marcada como %1</translation>
    </message>
    <message>
        <source>on the server it is now %1</source>
        <translation>no servidor agora está %1</translation>
    </message>
    <message>
        <source>Contact logged: %1 (%2)</source>
        <translation>Acionamento registrado: %1 (%2)</translation>
    </message>
    <message>
        <source>Someone changed it on the server first</source>
        <translation>Alguém alterou antes no servidor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Devedor</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Sua alteração</translation>
    </message>
    <message>
        <source>Why it was not applied</source>
        <translation>Por que não foi aplicada</translation>
    </message>
    <message>
        <source>Only a stale change can be sent again</source>
        <translation>Só uma alteração desatualizada pode ser reenviada</translation>
    </message>
    <message>
        <source>This debtor was moved out of your portfolio before it arrived</source>
        <translation>Este devedor saiu da sua carteira antes de a alteração chegar</translation>
    </message>
    <message>
        <source>The server no longer has this debtor or row</source>
        <translation>O servidor não tem mais este devedor ou registro</translation>
    </message>
</context>
<context>
    <name>ContactPoint</name>
    <message>
        <source>Phone: use digits only, e.g. (11) 98765-4321</source>
        <translation>Telefone: use apenas números, ex.: (11) 98765-4321</translation>
    </message>
    <message>
        <source>Phone: enter the DDD and the number, e.g. (11) 98765-4321</source>
        <translation>Telefone: informe o DDD e o número, ex.: (11) 98765-4321</translation>
    </message>
    <message>
        <source>Phone: %1 is not a valid DDD</source>
        <translation>Telefone: %1 não é um DDD válido</translation>
    </message>
    <message>
        <source>E-mail: %1 is not an e-mail address</source>
        <translation>E-mail: %1 não é um endereço de e-mail</translation>
    </message>
</context>
<context>
    <name>ContactRecorder</name>
    <message>
        <source>Promise to pay: enter the amount and the date</source>
        <translation>Promessa de pagamento: informe o valor e a data</translation>
    </message>
</context>
<context>
    <name>CorrectionIndex</name>
    <message>
        <source>%1: unknown correction index &quot;%2&quot; (expected none, ipca, igpm or inpc).</source>
        <translation>%1: índice de correção desconhecido &quot;%2&quot; (esperado: none, ipca, igpm ou inpc).</translation>
    </message>
    <message>
        <source>no correction</source>
        <translation>sem correção</translation>
    </message>
</context>
<context>
    <name>CraCodes</name>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Protested</source>
        <translation>Protestado</translation>
    </message>
    <message>
        <source>Withdrawn by the presenter</source>
        <translation>Retirado pelo apresentante</translation>
    </message>
    <message>
        <source>Suspended by court order</source>
        <translation>Sustado por ordem judicial</translation>
    </message>
    <message>
        <source>Returned for irregularity, without fees</source>
        <translation>Devolvido por irregularidade, sem custas</translation>
    </message>
    <message>
        <source>Returned for irregularity, with fees</source>
        <translation>Devolvido por irregularidade, com custas</translation>
    </message>
    <message>
        <source>Conditional settlement (debtor&apos;s cheque)</source>
        <translation>Liquidação em condicional (cheque do devedor)</translation>
    </message>
    <message>
        <source>Accepted by the debtor</source>
        <translation>Aceito pelo devedor</translation>
    </message>
    <message>
        <source>Public notice (edital)</source>
        <translation>Intimação por edital</translation>
    </message>
    <message>
        <source>Presentation date before the due date</source>
        <translation>Data de apresentação anterior ao vencimento</translation>
    </message>
    <message>
        <source>No proof that the service was rendered</source>
        <translation>Falta comprovante da prestação do serviço</translation>
    </message>
    <message>
        <source>Debtor&apos;s name incomplete or wrong</source>
        <translation>Nome do devedor incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Creditor&apos;s name incomplete or wrong</source>
        <translation>Nome do credor incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Drawer&apos;s name incomplete or wrong</source>
        <translation>Nome do sacador incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Debtor&apos;s address insufficient</source>
        <translation>Endereço do devedor insuficiente</translation>
    </message>
    <message>
        <source>Debtor&apos;s CPF/CNPJ invalid or wrong</source>
        <translation>CPF/CNPJ do devedor inválido ou incorreto</translation>
    </message>
    <message>
        <source>CPF/CNPJ does not match the debtor&apos;s, drawer&apos;s or guarantor&apos;s name</source>
        <translation>CPF/CNPJ incompatível com o nome do devedor, sacador ou avalista</translation>
    </message>
    <message>
        <source>Debtor&apos;s CPF/CNPJ does not match the document type</source>
        <translation>CPF/CNPJ do devedor incompatível com o tipo de documento</translation>
    </message>
    <message>
        <source>Drawer&apos;s CPF/CNPJ does not match the species</source>
        <translation>CPF/CNPJ do sacador incompatível com a espécie</translation>
    </message>
    <message>
        <source>Accepted title without the debtor&apos;s signature</source>
        <translation>Título aceito sem a assinatura do devedor</translation>
    </message>
    <message>
        <source>Accepted title erased or torn</source>
        <translation>Título aceito rasurado ou rasgado</translation>
    </message>
    <message>
        <source>Accepted title: the title itself is missing</source>
        <translation>Título aceito: falta o próprio título</translation>
    </message>
    <message>
        <source>Wrong CEP</source>
        <translation>CEP incorreto</translation>
    </message>
    <message>
        <source>Place of payment does not match the address</source>
        <translation>Praça de pagamento incompatível com o endereço</translation>
    </message>
    <message>
        <source>Title number missing</source>
        <translation>Falta o número do título</translation>
    </message>
    <message>
        <source>Title without the creditor&apos;s endorsement, or irregular endorsement</source>
        <translation>Título sem endosso do credor ou com endosso irregular</translation>
    </message>
    <message>
        <source>Issue date missing</source>
        <translation>Falta a data de emissão</translation>
    </message>
    <message>
        <source>Accepted title: amount in words differs from the amount in figures</source>
        <translation>Título aceito: valor por extenso diferente do valor numérico</translation>
    </message>
    <message>
        <source>Issue date after the due date</source>
        <translation>Data de emissão posterior ao vencimento</translation>
    </message>
    <message>
        <source>Species not valid for protest</source>
        <translation>Espécie inválida para protesto</translation>
    </message>
    <message>
        <source>Debtor&apos;s CEP outside the protest jurisdiction</source>
        <translation>CEP do devedor fora da praça de protesto</translation>
    </message>
    <message>
        <source>Species missing</source>
        <translation>Falta a espécie</translation>
    </message>
    <message>
        <source>Balance larger than the face value</source>
        <translation>Saldo maior que o valor nominal</translation>
    </message>
    <message>
        <source>Invalid endorsement type</source>
        <translation>Tipo de endosso inválido</translation>
    </message>
    <message>
        <source>Returned by court order</source>
        <translation>Devolvido por ordem judicial</translation>
    </message>
    <message>
        <source>Title data do not match the file sent</source>
        <translation>Dados do título não conferem com o arquivo enviado</translation>
    </message>
    <message>
        <source>Debtor and drawer or guarantor are the same person</source>
        <translation>Devedor e sacador ou avalista são a mesma pessoa</translation>
    </message>
    <message>
        <source>Correct the species of the title</source>
        <translation>Corrigir a espécie do título</translation>
    </message>
    <message>
        <source>Wait one business day after the due date</source>
        <translation>Aguardar um dia útil após o vencimento</translation>
    </message>
    <message>
        <source>Due date erased</source>
        <translation>Data de vencimento rasurada</translation>
    </message>
    <message>
        <source>Due date in words does not match the figures</source>
        <translation>Vencimento por extenso não confere com o numérico</translation>
    </message>
    <message>
        <source>Due date missing on the title</source>
        <translation>Falta a data de vencimento no título</translation>
    </message>
    <message>
        <source>DM/DMI without authenticated proof or declaration</source>
        <translation>DM/DMI sem comprovante autenticado ou declaração</translation>
    </message>
    <message>
        <source>Proof illegible</source>
        <translation>Comprovante ilegível</translation>
    </message>
    <message>
        <source>Name does not match the issuer or the debtor</source>
        <translation>Nome não confere com o emitente ou o devedor</translation>
    </message>
    <message>
        <source>Confirm whether there are two issuers and give both</source>
        <translation>Confirmar se há dois emitentes e informar os dois</translation>
    </message>
    <message>
        <source>Debtor&apos;s address equals the drawer&apos;s or the holder&apos;s</source>
        <translation>Endereço do devedor igual ao do sacador ou do portador</translation>
    </message>
    <message>
        <source>Presenter&apos;s address incomplete or missing</source>
        <translation>Endereço do apresentante incompleto ou não informado</translation>
    </message>
    <message>
        <source>Street or number does not exist</source>
        <translation>Rua ou número inexistente</translation>
    </message>
    <message>
        <source>State the kind of endorsement (M or T)</source>
        <translation>Informar o tipo de endosso (M ou T)</translation>
    </message>
    <message>
        <source>Payee&apos;s endorsement to the presenter missing</source>
        <translation>Falta o endosso do favorecido para o apresentante</translation>
    </message>
    <message>
        <source>Issue date erased</source>
        <translation>Data de emissão rasurada</translation>
    </message>
    <message>
        <source>Cheque protest forbidden for its return reason</source>
        <translation>Protesto de cheque proibido pelo motivo da devolução</translation>
    </message>
    <message>
        <source>Issuer&apos;s signature missing on cheque</source>
        <translation>Falta a assinatura do emitente no cheque</translation>
    </message>
    <message>
        <source>Issuer&apos;s address on the cheque equals the bank&apos;s</source>
        <translation>Endereço do emitente no cheque igual ao do banco</translation>
    </message>
    <message>
        <source>Cheque return reason missing or illegible</source>
        <translation>Motivo da devolução do cheque ausente ou ilegível</translation>
    </message>
    <message>
        <source>Drawer&apos;s signature missing</source>
        <translation>Falta a assinatura do sacador</translation>
    </message>
    <message>
        <source>Presenter&apos;s name missing, incomplete or wrong</source>
        <translation>Nome do apresentante ausente, incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Title filled in wrongly</source>
        <translation>Título preenchido incorretamente</translation>
    </message>
    <message>
        <source>Right of recourse on the title has expired</source>
        <translation>Título com direito de regresso vencido</translation>
    </message>
    <message>
        <source>Title presented twice</source>
        <translation>Título apresentado em duplicidade</translation>
    </message>
    <message>
        <source>Title already protested</source>
        <translation>Título já protestado</translation>
    </message>
    <message>
        <source>Overdue bill of exchange without the debtor&apos;s acceptance</source>
        <translation>Letra de câmbio vencida sem aceite do devedor</translation>
    </message>
    <message>
        <source>Title lacks a sworn public translation</source>
        <translation>Título sem tradução por tradutor público juramentado</translation>
    </message>
    <message>
        <source>Signed statement of the balance missing</source>
        <translation>Falta a declaração de saldo assinada</translation>
    </message>
    <message>
        <source>Exchange contract without its account statement</source>
        <translation>Contrato de câmbio sem a conta gráfica</translation>
    </message>
    <message>
        <source>Physical document missing</source>
        <translation>Ausência do documento físico</translation>
    </message>
    <message>
        <source>Debtor deceased</source>
        <translation>Devedor falecido</translation>
    </message>
    <message>
        <source>Debtor showed proof of payment</source>
        <translation>Devedor apresentou comprovante de pagamento</translation>
    </message>
    <message>
        <source>Title from another jurisdiction</source>
        <translation>Título de outra jurisdição</translation>
    </message>
    <message>
        <source>Title issued before the debtor&apos;s composition with creditors</source>
        <translation>Título emitido antes da concordata do devedor</translation>
    </message>
    <message>
        <source>Debtor is on the bankruptcy list</source>
        <translation>Devedor consta na lista de falências</translation>
    </message>
    <message>
        <source>Presenter does not accept a public notice</source>
        <translation>Apresentante não aceita publicação de edital</translation>
    </message>
    <message>
        <source>Drawer&apos;s data blank or invalid</source>
        <translation>Dados do sacador em branco ou inválidos</translation>
    </message>
    <message>
        <source>Title not authorised for protest by public notice</source>
        <translation>Título sem autorização para protesto por edital</translation>
    </message>
    <message>
        <source>Amount differs between the title and the proof</source>
        <translation>Valor divergente entre o título e o comprovante</translation>
    </message>
    <message>
        <source>A condominium cannot be protested for bankruptcy</source>
        <translation>Condomínio não pode ser protestado para fins falimentares</translation>
    </message>
    <message>
        <source>Notice by edital not allowed for a bankruptcy protest</source>
        <translation>Vedada a intimação por edital para protesto falimentar</translation>
    </message>
    <message>
        <source>Creditor&apos;s data blank or invalid</source>
        <translation>Dados do credor em branco ou inválidos</translation>
    </message>
    <message>
        <source>Withdrawn for lack of time to serve notice or pass on the fees (meaning varies by state)</source>
        <translation>Retirado por falta de prazo para intimação ou repasse das custas (o significado varia por estado)</translation>
    </message>
    <message>
        <source>Other (meaning varies by state)</source>
        <translation>Outros (o significado varia por estado)</translation>
    </message>
    <message>
        <source>unknown irregularity %1</source>
        <translation>irregularidade desconhecida %1</translation>
    </message>
</context>
<context>
    <name>CraField</name>
    <message>
        <source>record type</source>
        <translation>tipo de registro</translation>
    </message>
    <message>
        <source>presenter code</source>
        <translation>código do apresentante</translation>
    </message>
    <message>
        <source>presenter name</source>
        <translation>nome do apresentante</translation>
    </message>
    <message>
        <source>file date</source>
        <translation>data do arquivo</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remetente</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>destinatário</translation>
    </message>
    <message>
        <source>file kind</source>
        <translation>tipo de arquivo</translation>
    </message>
    <message>
        <source>file sequence</source>
        <translation>sequência do arquivo</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>quantidade de registros</translation>
    </message>
    <message>
        <source>title count</source>
        <translation>quantidade de títulos</translation>
    </message>
    <message>
        <source>indications count</source>
        <translation>quantidade de indicações</translation>
    </message>
    <message>
        <source>originals count</source>
        <translation>quantidade de originais</translation>
    </message>
    <message>
        <source>presenter id</source>
        <translation>identificação do apresentante</translation>
    </message>
    <message>
        <source>layout version</source>
        <translation>versão do layout</translation>
    </message>
    <message>
        <source>IBGE municipality</source>
        <translation>município (código IBGE)</translation>
    </message>
    <message>
        <source>blanks</source>
        <translation>brancos</translation>
    </message>
    <message>
        <source>record sequence</source>
        <translation>sequência do registro</translation>
    </message>
    <message>
        <source>creditor code</source>
        <translation>código do credor</translation>
    </message>
    <message>
        <source>creditor name</source>
        <translation>nome do credor</translation>
    </message>
    <message>
        <source>drawer name</source>
        <translation>nome do sacador</translation>
    </message>
    <message>
        <source>drawer CNPJ</source>
        <translation>CNPJ do sacador</translation>
    </message>
    <message>
        <source>drawer address</source>
        <translation>endereço do sacador</translation>
    </message>
    <message>
        <source>drawer CEP</source>
        <translation>CEP do sacador</translation>
    </message>
    <message>
        <source>drawer city</source>
        <translation>cidade do sacador</translation>
    </message>
    <message>
        <source>drawer state</source>
        <translation>UF do sacador</translation>
    </message>
    <message>
        <source>nosso numero</source>
        <translation>nosso número</translation>
    </message>
    <message>
        <source>species</source>
        <translation>espécie</translation>
    </message>
    <message>
        <source>title number</source>
        <translation>número do título</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>data de emissão</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>data de vencimento</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moeda</translation>
    </message>
    <message>
        <source>face value</source>
        <translation>valor nominal</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>place of payment</source>
        <translation>praça de pagamento</translation>
    </message>
    <message>
        <source>endorsement</source>
        <translation>endosso</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>aceite</translation>
    </message>
    <message>
        <source>debtor sequence</source>
        <translation>sequência do devedor</translation>
    </message>
    <message>
        <source>debtor name</source>
        <translation>nome do devedor</translation>
    </message>
    <message>
        <source>debtor document type</source>
        <translation>tipo de documento do devedor</translation>
    </message>
    <message>
        <source>debtor CPF/CNPJ</source>
        <translation>CPF/CNPJ do devedor</translation>
    </message>
    <message>
        <source>debtor identity card</source>
        <translation>RG do devedor</translation>
    </message>
    <message>
        <source>debtor address</source>
        <translation>endereço do devedor</translation>
    </message>
    <message>
        <source>debtor CEP</source>
        <translation>CEP do devedor</translation>
    </message>
    <message>
        <source>debtor city</source>
        <translation>cidade do devedor</translation>
    </message>
    <message>
        <source>debtor state</source>
        <translation>UF do devedor</translation>
    </message>
    <message>
        <source>notary office</source>
        <translation>cartório</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>ocorrência</translation>
    </message>
    <message>
        <source>protocol date</source>
        <translation>data do protocolo</translation>
    </message>
    <message>
        <source>notary fees</source>
        <translation>custas do cartório</translation>
    </message>
    <message>
        <source>presenter declaration</source>
        <translation>declaração do apresentante</translation>
    </message>
    <message>
        <source>occurrence date</source>
        <translation>data da ocorrência</translation>
    </message>
    <message>
        <source>irregularity code</source>
        <translation>código da irregularidade</translation>
    </message>
    <message>
        <source>debtor neighbourhood</source>
        <translation>bairro do devedor</translation>
    </message>
    <message>
        <source>distribution fees</source>
        <translation>custas de distribuição</translation>
    </message>
    <message>
        <source>distribution register</source>
        <translation>registro de distribuição</translation>
    </message>
    <message>
        <source>electronic recording fee</source>
        <translation>taxa de registro eletrônico</translation>
    </message>
    <message>
        <source>bank operation</source>
        <translation>operação do banco</translation>
    </message>
    <message>
        <source>bank contract</source>
        <translation>contrato do banco</translation>
    </message>
    <message>
        <source>contract installment</source>
        <translation>parcela do contrato</translation>
    </message>
    <message>
        <source>bill of exchange type</source>
        <translation>tipo de letra de câmbio</translation>
    </message>
    <message>
        <source>irregularity complement</source>
        <translation>complemento da irregularidade</translation>
    </message>
    <message>
        <source>protest for bankruptcy</source>
        <translation>protesto para fins falimentares</translation>
    </message>
    <message>
        <source>protest instrument</source>
        <translation>instrumento de protesto</translation>
    </message>
    <message>
        <source>other expenses</source>
        <translation>demais despesas</translation>
    </message>
    <message>
        <source>check sum</source>
        <translation>soma de controle</translation>
    </message>
    <message>
        <source>sum of balances</source>
        <translation>soma dos saldos</translation>
    </message>
    <message>
        <source>request count</source>
        <translation>quantidade de pedidos</translation>
    </message>
    <message>
        <source>request record count</source>
        <translation>quantidade de registros de pedido</translation>
    </message>
    <message>
        <source>sum of values</source>
        <translation>soma dos valores</translation>
    </message>
    <message>
        <source>title value</source>
        <translation>valor do título</translation>
    </message>
    <message>
        <source>request kind</source>
        <translation>tipo de pedido</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>receipt control</source>
        <translation>controle de recebimento</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>título %1</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>trailer</translation>
    </message>
    <message>
        <source>notary header</source>
        <translation>header do cartório</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>pedido %1</translation>
    </message>
    <message>
        <source>notary trailer</source>
        <translation>trailer do cartório</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>coluna %1</translation>
    </message>
    <message>
        <source>columns %1-%2</source>
        <translation>colunas %1-%2</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a character with no plain-letter form: %2</source>
        <translation>&quot;%1&quot; tem um caractere sem equivalente em letra simples: %2</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 é negativo</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 digits</source>
        <translation>%1 não cabe em %2 dígitos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (digits only)</source>
        <translation>&quot;%1&quot; não é um número (apenas dígitos)</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 digits with 2 implied decimals</source>
        <translation>%1 não cabe em %2 dígitos com 2 casas decimais implícitas</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>é necessária uma data válida</translation>
    </message>
    <message>
        <source>Line %1, %2 (%3): %4</source>
        <translation>Linha %1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>expected digits, found &quot;%1&quot;</source>
        <translation>esperados dígitos, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (DDMMAAAA)</source>
        <translation>&quot;%1&quot; não é uma data válida (DDMMAAAA)</translation>
    </message>
</context>
<context>
    <name>CraFileName</name>
    <message>
        <source>The presenter code is required.</source>
        <translation>O código do apresentante é obrigatório.</translation>
    </message>
    <message>
        <source>The presenter code has digits and capital letters only.</source>
        <translation>O código do apresentante tem apenas dígitos e letras maiúsculas.</translation>
    </message>
    <message>
        <source>A valid file date is required.</source>
        <translation>É necessária uma data de arquivo válida.</translation>
    </message>
    <message>
        <source>The file sequence of the day is one digit, 1 to 9.</source>
        <translation>A sequência do arquivo no dia é um dígito, de 1 a 9.</translation>
    </message>
</context>
<context>
    <name>CraReader</name>
    <message>
        <source>expected digits or capital letters, found &quot;%1&quot;</source>
        <translation>esperados dígitos ou letras maiúsculas, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown file kind &quot;%1&quot;; expected TPR, CRT or RTP</source>
        <translation>tipo de arquivo desconhecido &quot;%1&quot;; esperado TPR, CRT ou RTP</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; in a %2 file, found &quot;%3&quot;</source>
        <translation>esperado &quot;%1&quot; em um arquivo %2, encontrado &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the occurrence code is missing</source>
        <translation>falta o código da ocorrência</translation>
    </message>
    <message>
        <source>unknown occurrence code &quot;%1&quot;; expected 1 to 9</source>
        <translation>código de ocorrência desconhecido &quot;%1&quot;; esperado de 1 a 9</translation>
    </message>
    <message>
        <source>the header says %1 but the file has %2</source>
        <translation>o header informa %1, mas o arquivo tem %2</translation>
    </message>
    <message>
        <source>the check sum is %1 but the header counts add up to %2</source>
        <translation>a soma de controle é %1, mas as quantidades do header somam %2</translation>
    </message>
    <message>
        <source>the sum of balances is %1 but the titles add up to %2</source>
        <translation>a soma dos saldos é %1, mas os títulos somam %2</translation>
    </message>
    <message>
        <source>Line %1: a record has %2 characters, this one has %3.</source>
        <translation>Linha %1: um registro tem %2 caracteres, este tem %3.</translation>
    </message>
    <message>
        <source>Line %1, column %2: unexpected control character (byte %3).</source>
        <translation>Linha %1, coluna %2: caractere de controle inesperado (byte %3).</translation>
    </message>
    <message>
        <source>Line %1, column 1 (record type): unknown record type &quot;%2&quot;; expected 0, 1 or 9.</source>
        <translation>Linha %1, coluna 1 (tipo de registro): tipo de registro desconhecido &quot;%2&quot;; esperado 0, 1 ou 9.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>esperado %1, encontrado %2</translation>
    </message>
    <message>
        <source>Line 1: the file is empty.</source>
        <translation>Linha 1: o arquivo está vazio.</translation>
    </message>
    <message>
        <source>Line %1: a record after the trailer (type 9); the trailer must be the last record.</source>
        <translation>Linha %1: há um registro depois do trailer (tipo 9); o trailer deve ser o último registro.</translation>
    </message>
    <message>
        <source>Line %1: the file must start with a header record (type 0).</source>
        <translation>Linha %1: o arquivo deve começar com um registro header (tipo 0).</translation>
    </message>
    <message>
        <source>Line %1: a second header record (type 0); a file has one.</source>
        <translation>Linha %1: um segundo registro header (tipo 0); um arquivo tem apenas um.</translation>
    </message>
    <message>
        <source>Line %1: the file ends without a trailer record (type 9).</source>
        <translation>Linha %1: o arquivo termina sem um registro trailer (tipo 9).</translation>
    </message>
    <message>
        <source>expected a %1 file, found %2</source>
        <translation>esperado um arquivo %1, encontrado %2</translation>
    </message>
</context>
<context>
    <name>CraWriter</name>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>a balance above zero is required</source>
        <translation>é necessário um saldo maior que zero</translation>
    </message>
    <message>
        <source>the balance is larger than the face value</source>
        <translation>o saldo é maior que o valor nominal</translation>
    </message>
    <message>
        <source>A withdrawal or cancellation file needs at least one request.</source>
        <translation>Um arquivo de desistência ou cancelamento precisa de pelo menos um pedido.</translation>
    </message>
    <message>
        <source>A CRA file needs at least one title.</source>
        <translation>Um arquivo da CRA precisa de pelo menos um título.</translation>
    </message>
    <message>
        <source>A CRA file holds at most %1 titles (%2 given): split it into several files.</source>
        <translation>Um arquivo da CRA comporta no máximo %1 títulos (%2 informados): divida-o em vários arquivos.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 não é um arquivo</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a readable Quita database (%2). It was not changed; move it away or restore a backup.</source>
        <translation>O arquivo %1 não é um banco de dados do Quita legível (%2). Ele não foi alterado; mova-o para outro lugar ou restaure um backup.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its schema version cannot be read. It was not changed.</source>
        <translation>O arquivo %1 está danificado: não é possível ler a versão do esquema. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program. It was not changed.</source>
        <translation>O arquivo %1 é um banco de dados de outro programa. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: table %2 is missing. It was not changed.</source>
        <translation>O arquivo %1 está danificado: falta a tabela %2. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Quita (schema %2; this version knows up to %3). Update Quita; the file was not changed.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais nova do Quita (esquema %2; esta versão conhece até o %3). Atualize o Quita; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). It was not changed.</source>
        <translation>O arquivo %1 está danificado (%2). Ele não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Não foi possível configurar o banco de dados %1: %2</translation>
    </message>
</context>
<context>
    <name>DebtorRegistration</name>
    <message>
        <source>Portfolio: choose the portfolio of the debt</source>
        <translation>Carteira: escolha a carteira da dívida</translation>
    </message>
    <message>
        <source>Name: enter the debtor&apos;s full name</source>
        <translation>Nome: informe o nome completo do devedor</translation>
    </message>
    <message>
        <source>State: choose the debtor&apos;s state (UF)</source>
        <translation>UF: escolha o estado do devedor</translation>
    </message>
    <message>
        <source>City: enter the debtor&apos;s city</source>
        <translation>Cidade: informe a cidade do devedor</translation>
    </message>
    <message>
        <source>Contract: enter the contract or invoice number</source>
        <translation>Contrato: informe o número do contrato ou da fatura</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Valor devido</translation>
    </message>
    <message>
        <source>Amount due: must be more than zero</source>
        <translation>Valor devido: deve ser maior que zero</translation>
    </message>
    <message>
        <source>Due date: enter a real due date</source>
        <translation>Vencimento: informe uma data de vencimento válida</translation>
    </message>
    <message>
        <source>CPF/CNPJ: %1 is already a debtor of this portfolio</source>
        <translation>CPF/CNPJ: %1 já é devedor desta carteira</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>informed at placement</source>
        <translation>informado no cadastro</translation>
    </message>
</context>
<context>
    <name>DebtorRepository</name>
    <message>
        <source>Name: enter the debtor&apos;s name</source>
        <translation>Nome: informe o nome do devedor</translation>
    </message>
    <message>
        <source>CPF/CNPJ: enter a valid document</source>
        <translation>CPF/CNPJ: informe um documento válido</translation>
    </message>
    <message>
        <source>State: %1 is not a Brazilian state (UF)</source>
        <translation>UF: %1 não é um estado brasileiro</translation>
    </message>
    <message>
        <source>Contact: enter a phone number or e-mail</source>
        <translation>Contato: informe um telefone ou e-mail</translation>
    </message>
    <message>
        <source>Number: enter the contract number</source>
        <translation>Número: informe o número do contrato</translation>
    </message>
    <message>
        <source>Due date: must be a valid date on or after the issue date</source>
        <translation>Vencimento: deve ser uma data válida igual ou posterior à data de emissão</translation>
    </message>
    <message>
        <source>Principal: cannot be negative</source>
        <translation>Valor principal: não pode ser negativo</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Inbound</source>
        <translation>Receptivo</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ativo</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: enter a CPF or CNPJ</source>
        <translation>%1: informe um CPF ou CNPJ</translation>
    </message>
    <message>
        <source>%1: use only digits, letters and the punctuation . - /</source>
        <translation>%1: use apenas dígitos, letras e a pontuação . - /</translation>
    </message>
    <message>
        <source>%1: a CPF has digits only</source>
        <translation>%1: o CPF tem apenas dígitos</translation>
    </message>
    <message>
        <source>%1: a CPF cannot have all digits equal</source>
        <translation>%1: o CPF não pode ter todos os dígitos iguais</translation>
    </message>
    <message>
        <source>%1: CPF check digits do not match</source>
        <translation>%1: os dígitos verificadores do CPF não conferem</translation>
    </message>
    <message>
        <source>%1: the last two characters of a CNPJ are digits</source>
        <translation>%1: os dois últimos caracteres do CNPJ são dígitos</translation>
    </message>
    <message>
        <source>%1: a CNPJ cannot have all digits equal</source>
        <translation>%1: o CNPJ não pode ter todos os dígitos iguais</translation>
    </message>
    <message>
        <source>%1: CNPJ check digits do not match</source>
        <translation>%1: os dígitos verificadores do CNPJ não conferem</translation>
    </message>
    <message>
        <source>%1: a CPF has 11 digits and a CNPJ 14 characters</source>
        <translation>%1: o CPF tem 11 dígitos e o CNPJ, 14 caracteres</translation>
    </message>
</context>
<context>
    <name>IndexSeries</name>
    <message>
        <source>Line %1: expected 3 fields &quot;index;YYYY-MM;variation_percent&quot;, found %2.</source>
        <translation>Linha %1: esperados 3 campos &quot;index;YYYY-MM;variation_percent&quot;, encontrados %2.</translation>
    </message>
    <message>
        <source>Line %1: unknown index &quot;%2&quot; (expected ipca, igpm or inpc).</source>
        <translation>Linha %1: índice desconhecido &quot;%2&quot; (esperado: ipca, igpm ou inpc).</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a month as YYYY-MM.</source>
        <translation>Linha %1: &quot;%2&quot; não é um mês no formato AAAA-MM.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a percentage with at most 4 decimals, like 0.16 or -0.52.</source>
        <translation>Linha %1: &quot;%2&quot; não é um percentual com no máximo 4 casas decimais, como 0.16 ou -0.52.</translation>
    </message>
    <message>
        <source>Line %1: a monthly variation of %2% is out of range (above -100% and at most 1000%).</source>
        <translation>Linha %1: uma variação mensal de %2% está fora do intervalo (acima de -100% e no máximo 1000%).</translation>
    </message>
    <message>
        <source>Line %1: %2 %3 was already given on line %4.</source>
        <translation>Linha %1: %2 %3 já foi informado na linha %4.</translation>
    </message>
    <message>
        <source>Correction needs two valid dates to run between.</source>
        <translation>A correção precisa de duas datas válidas que delimitem o período.</translation>
    </message>
    <message>
        <source>Correction cannot run backwards: %1 is before %2.</source>
        <translation>A correção não pode retroceder: %1 é anterior a %2.</translation>
    </message>
    <message>
        <source>No %1 variation for %2 in the index data: import that month before updating balances to %3.</source>
        <translation>Não há variação do %1 para %2 nos dados de índices: importe esse mês antes de atualizar os saldos até %3.</translation>
    </message>
</context>
<context>
    <name>InstallmentPlan</name>
    <message>
        <source>Unknown plan kind.</source>
        <translation>Tipo de plano desconhecido.</translation>
    </message>
    <message>
        <source>There is nothing to negotiate: the updated balance is %1.</source>
        <translation>Não há o que negociar: o saldo atualizado é %1.</translation>
    </message>
    <message>
        <source>The number of installments must be at least 1, not %1.</source>
        <translation>O número de parcelas deve ser pelo menos 1, não %1.</translation>
    </message>
    <message>
        <source>%1 installments is more than the %2 a schedule can have.</source>
        <translation>%1 parcelas é mais do que as %2 que um cronograma pode ter.</translation>
    </message>
    <message>
        <source>A full payment is a single installment, not %1.</source>
        <translation>O pagamento à vista é uma parcela única, não %1.</translation>
    </message>
    <message>
        <source>The discount must be from 0% to 100%, not %1%.</source>
        <translation>O desconto deve ser de 0% a 100%, não %1%.</translation>
    </message>
    <message>
        <source>The monthly rate must be from 0 up to 1 (100%), not %1.</source>
        <translation>A taxa mensal deve ser de 0 a 1 (100%), não %1.</translation>
    </message>
    <message>
        <source>A %1% discount leaves nothing to pay.</source>
        <translation>Um desconto de %1% não deixa nada a pagar.</translation>
    </message>
    <message>
        <source>The down payment cannot be negative (%1).</source>
        <translation>A entrada não pode ser negativa (%1).</translation>
    </message>
    <message>
        <source>A full payment has no separate down payment.</source>
        <translation>O pagamento à vista não tem entrada separada.</translation>
    </message>
    <message>
        <source>The down payment of %1 must be less than the %2 to pay.</source>
        <translation>A entrada de %1 deve ser menor que os %2 a pagar.</translation>
    </message>
    <message>
        <source>Today&apos;s date is not valid.</source>
        <translation>A data de hoje não é válida.</translation>
    </message>
    <message>
        <source>The first due date must be today or later.</source>
        <translation>O primeiro vencimento deve ser hoje ou depois.</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 installments of at least one centavo.</source>
        <translation>%1 não pode ser dividido em %2 parcelas de pelo menos um centavo.</translation>
    </message>
    <message>
        <source>%1 installments would leave an installment of zero; choose fewer.</source>
        <translation>%1 parcelas deixariam uma parcela de valor zero; escolha menos.</translation>
    </message>
</context>
<context>
    <name>Interleaved2of5</name>
    <message>
        <source>%1: at least one module</source>
        <translation>%1: pelo menos um módulo</translation>
    </message>
    <message>
        <source>%1: a wide element is %2 to %3 times a narrow one</source>
        <translation>%1: um elemento largo tem de %2 a %3 vezes a largura de um estreito</translation>
    </message>
    <message>
        <source>%1: nothing to encode</source>
        <translation>%1: nada a codificar</translation>
    </message>
    <message>
        <source>%1: use digits only</source>
        <translation>%1: use apenas dígitos</translation>
    </message>
    <message>
        <source>%1: Interleaved 2 of 5 needs an even number of digits</source>
        <translation>%1: o Intercalado 2 de 5 precisa de um número par de dígitos</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation>O arquivo de migração %1 não segue o padrão de nome NNNN_name.sql</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>Não foi possível ler a migração %1</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence (expected version %2)</source>
        <translation>A migração %1 está fora de sequência (versão esperada: %2)</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Não foi possível ler a versão do esquema: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed, nothing was changed: %2</source>
        <translation>A migração %1 falhou; nada foi alterado: %2</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist</source>
        <translation>A pasta de migrações %1 não existe</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1: enter an amount</source>
        <translation>%1: informe um valor</translation>
    </message>
    <message>
        <source>%1: at most two decimals, such as %2</source>
        <translation>%1: no máximo duas casas decimais, como %2</translation>
    </message>
    <message>
        <source>%1: the amount is too large</source>
        <translation>%1: o valor é grande demais</translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2</source>
        <translation>%1: informe um valor como %2</translation>
    </message>
</context>
<context>
    <name>NegotiationPolicy</name>
    <message>
        <source>Fees discount %1% exceeds the %2 limit of %3%</source>
        <translation>Desconto de %1% nas tarifas excede o limite do %2, de %3%</translation>
    </message>
    <message>
        <source>Interest discount %1% exceeds the %2 limit of %3%</source>
        <translation>Desconto de %1% nos juros excede o limite do %2, de %3%</translation>
    </message>
    <message>
        <source>Correction discount %1% exceeds the %2 limit of %3%</source>
        <translation>Desconto de %1% na correção monetária excede o limite do %2, de %3%</translation>
    </message>
    <message>
        <source>Fine discount %1% exceeds the %2 limit of %3%</source>
        <translation>Desconto de %1% na multa excede o limite do %2, de %3%</translation>
    </message>
    <message>
        <source>Principal discount %1% exceeds the %2 limit of %3%</source>
        <translation>Desconto de %1% no principal excede o limite do %2, de %3%</translation>
    </message>
    <message>
        <source>%1 installments exceed the %2 limit of %3</source>
        <translation>%1 parcelas excedem o limite do %2, de %3</translation>
    </message>
    <message>
        <source>Installment %1 of %2 is below the %3 minimum of %4</source>
        <translation>A parcela %1, de %2, está abaixo do mínimo do %3, de %4</translation>
    </message>
    <message>
        <source>First due date in %1 days exceeds the %2 limit of %3 days</source>
        <translation>Primeiro vencimento em %1 dias excede o limite do %2, de %3 dias</translation>
    </message>
</context>
<context>
    <name>NegotiationSimulator</name>
    <message>
        <source>Today&apos;s date is not valid.</source>
        <translation>A data de hoje não é válida.</translation>
    </message>
    <message>
        <source>The negotiation policy has no limits for debts %1 days past due.</source>
        <translation>A política de negociação não tem limites para dívidas com %1 dias de atraso.</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>expected 3 fields (our number; date; amount), found %1</source>
        <translation>esperados 3 campos (nosso número; data; valor), encontrados %1</translation>
    </message>
    <message>
        <source>the our number &quot;%1&quot; must have 1 to 11 digits</source>
        <translation>o nosso número &quot;%1&quot; deve ter de 1 a 11 dígitos</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>a data &quot;%1&quot; não é uma data (AAAA-MM-DD ou DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>the payment date %1 is in the future</source>
        <translation>a data de pagamento %1 está no futuro</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; is not an amount (e.g. 451,76)</source>
        <translation>o valor &quot;%1&quot; não é um valor (ex.: 451,76)</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>o valor deve ser maior que zero</translation>
    </message>
    <message>
        <source>our number %1 is listed twice</source>
        <translation>o nosso número %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>The file has no payment lines.</source>
        <translation>O arquivo não tem linhas de pagamento.</translation>
    </message>
</context>
<context>
    <name>PaymentRecorder</name>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation>O valor pago deve ser maior que zero.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>A data do pagamento não pode estar no futuro.</translation>
    </message>
    <message>
        <source>This installment is no longer on this desk.</source>
        <translation>Esta parcela não está mais nesta mesa.</translation>
    </message>
    <message>
        <source>This installment is already %1.</source>
        <translation>Esta parcela já está %1.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Line %1: no installment on this desk has our number %2.</source>
        <translation>Linha %1: nenhuma parcela nesta mesa tem o nosso número %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Line %1: our number %2 belongs to installments of several creditors on this desk; ask a supervisor to import the file on the server for its creditor.</source>
        <translation>Linha %1: o nosso número %2 pertence a parcelas de mais de um credor nesta mesa; peça a um supervisor que importe o arquivo no servidor para o credor certo.</translation>
    </message>
</context>
<context>
    <name>PixBrCode</name>
    <message>
        <source>%1: expected a two-digit tag and a two-digit length at position %2</source>
        <translation>%1: esperados uma tag de dois dígitos e um tamanho de dois dígitos na posição %2</translation>
    </message>
    <message>
        <source>Tag %1: its length runs past the end of the data</source>
        <translation>Tag %1: o tamanho ultrapassa o fim dos dados</translation>
    </message>
    <message>
        <source>Tag %1: appears twice</source>
        <translation>Tag %1: aparece duas vezes</translation>
    </message>
    <message>
        <source>%1: enter the receiver&apos;s name</source>
        <translation>%1: informe o nome do recebedor</translation>
    </message>
    <message>
        <source>%1: enter the city</source>
        <translation>%1: informe a cidade</translation>
    </message>
    <message>
        <source>%1: the amount must be more than zero</source>
        <translation>%1: o valor deve ser maior que zero</translation>
    </message>
    <message>
        <source>%1: the amount is too large for a PIX code</source>
        <translation>%1: o valor é grande demais para um código PIX</translation>
    </message>
    <message>
        <source>%1: use only letters A-Z, a-z and digits</source>
        <translation>%1: use apenas letras A-Z, a-z e dígitos</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: no máximo %2 caracteres</translation>
    </message>
    <message>
        <source>%1: enter the PIX key</source>
        <translation>%1: informe a chave PIX</translation>
    </message>
    <message>
        <source>%1: a PIX key has no accents or special characters</source>
        <translation>%1: a chave PIX não pode ter acentos nem caracteres especiais</translation>
    </message>
    <message>
        <source>%1: the PIX key is too long</source>
        <translation>%1: a chave PIX é longa demais</translation>
    </message>
    <message>
        <source>%1: too long to fit beside this key</source>
        <translation>%1: longo demais para caber junto com esta chave</translation>
    </message>
    <message>
        <source>%1: enter the payload URL</source>
        <translation>%1: informe a URL do payload</translation>
    </message>
    <message>
        <source>%1: write the URL without https://</source>
        <translation>%1: escreva a URL sem https://</translation>
    </message>
    <message>
        <source>%1: the URL has invalid characters</source>
        <translation>%1: a URL tem caracteres inválidos</translation>
    </message>
    <message>
        <source>%1: the URL is too long</source>
        <translation>%1: a URL é longa demais</translation>
    </message>
    <message>
        <source>%1: paste the PIX code</source>
        <translation>%1: cole o código PIX</translation>
    </message>
    <message>
        <source>%1: a PIX code has only plain ASCII characters</source>
        <translation>%1: um código PIX tem apenas caracteres ASCII simples</translation>
    </message>
    <message>
        <source>Tag %1: must come first</source>
        <translation>Tag %1: deve vir primeiro</translation>
    </message>
    <message>
        <source>Tag %1: the 4-digit CRC must come last</source>
        <translation>Tag %1: o CRC de 4 dígitos deve vir por último</translation>
    </message>
    <message>
        <source>Tag %1: the CRC does not match; the code is damaged or mistyped</source>
        <translation>Tag %1: o CRC não confere; o código está danificado ou foi digitado errado</translation>
    </message>
    <message>
        <source>Tag %1: required but missing</source>
        <translation>Tag %1: obrigatória, mas ausente</translation>
    </message>
    <message>
        <source>Tag %1: the format indicator must be 01</source>
        <translation>Tag %1: o indicador de formato deve ser 01</translation>
    </message>
    <message>
        <source>Tag %1: the initiation method must be 11 or 12</source>
        <translation>Tag %1: o método de iniciação deve ser 11 ou 12</translation>
    </message>
    <message>
        <source>Tag %1: must be br.gov.bcb.pix</source>
        <translation>Tag %1: deve ser br.gov.bcb.pix</translation>
    </message>
    <message>
        <source>Tag %1: carries both a key (01) and a URL (25)</source>
        <translation>Tag %1: contém ao mesmo tempo uma chave (01) e uma URL (25)</translation>
    </message>
    <message>
        <source>Tag %1: the PIX key or the URL is missing</source>
        <translation>Tag %1: falta a chave PIX ou a URL</translation>
    </message>
    <message>
        <source>Tag %1: the category code has 4 digits</source>
        <translation>Tag %1: o código de categoria tem 4 dígitos</translation>
    </message>
    <message>
        <source>Tag %1: the currency must be 986 (real)</source>
        <translation>Tag %1: a moeda deve ser 986 (real)</translation>
    </message>
    <message>
        <source>Tag %1: the amount must look like 123.45 and be more than zero</source>
        <translation>Tag %1: o valor deve ter o formato 123.45 e ser maior que zero</translation>
    </message>
    <message>
        <source>Tag %1: the country must be BR</source>
        <translation>Tag %1: o país deve ser BR</translation>
    </message>
    <message>
        <source>Tag %1: the receiver&apos;s name is empty or too long</source>
        <translation>Tag %1: o nome do recebedor está vazio ou é longo demais</translation>
    </message>
    <message>
        <source>Tag %1: the city is empty or too long</source>
        <translation>Tag %1: a cidade está vazia ou é longa demais</translation>
    </message>
    <message>
        <source>Tag %1: the txid is missing (*** when there is none)</source>
        <translation>Tag %1: falta o txid (*** quando não houver)</translation>
    </message>
    <message>
        <source>Tag %1: the txid is empty or too long</source>
        <translation>Tag %1: o txid está vazio ou é longo demais</translation>
    </message>
</context>
<context>
    <name>PromiseRepository</name>
    <message>
        <source>Promise date: enter a valid date</source>
        <translation>Data da promessa: informe uma data válida</translation>
    </message>
    <message>
        <source>Promise date: cannot be in the past</source>
        <translation>Data da promessa: não pode estar no passado</translation>
    </message>
    <message>
        <source>Promised amount: must be more than zero</source>
        <translation>Valor prometido: deve ser maior que zero</translation>
    </message>
</context>
<context>
    <name>PromiseUpdater</name>
    <message>
        <source>This promise is no longer on this desk</source>
        <translation>Esta promessa não está mais nesta mesa</translation>
    </message>
    <message>
        <source>The promise already has this status</source>
        <translation>A promessa já está nessa situação</translation>
    </message>
</context>
<context>
    <name>PushAnswers</name>
    <message>
        <source>The server did not apply it yet</source>
        <translation>O servidor ainda não a aplicou</translation>
    </message>
</context>
<context>
    <name>QrMatrix</name>
    <message>
        <source>%1: nothing to encode</source>
        <translation>%1: nada a codificar</translation>
    </message>
    <message>
        <source>%1: too long for a QR code</source>
        <translation>%1: longo demais para um QR code</translation>
    </message>
    <message>
        <source>%1: the QR code could not be made</source>
        <translation>%1: não foi possível gerar o QR code</translation>
    </message>
</context>
<context>
    <name>QueueReason</name>
    <message>
        <source>Promise due today</source>
        <translation>Promessa hoje</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Promessa quebrada</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Retorno agendado</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Novo na carteira</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca acionado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Inbound to answer</source>
        <translation>Responder devedor</translation>
    </message>
    <message>
        <source>Installment due</source>
        <translation>Parcela a pagar</translation>
    </message>
    <message>
        <source>Broken agreement</source>
        <translation>Acordo quebrado</translation>
    </message>
</context>
<context>
    <name>RecoveryEstimate</name>
    <message>
        <source>Expected recovery = total to pay x the chance the agreement is kept. The chance comes from this portfolio&apos;s past agreements of the same kind and number of installments (1, 2-6, 7-12, 13-24, 25+), blended with the portfolio&apos;s overall rate as if that rate were worth %1 more agreements, so a handful of cases cannot claim 100%. With no history the chance is %2%. Payments made before an agreement breaks are not counted.</source>
        <translation>Recuperação esperada = total a pagar x a chance de o acordo ser cumprido. A chance vem dos acordos anteriores desta carteira do mesmo tipo e número de parcelas (1, 2-6, 7-12, 13-24, 25+), combinada com a taxa geral da carteira como se essa taxa valesse %1 acordos a mais, para que poucos casos não possam chegar a 100%. Sem histórico, a chance é de %2%. Pagamentos feitos antes da quebra de um acordo não são contados.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>No answer</source>
        <translation>Não atende</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número errado</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Recado deixado</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Terceiro</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Contato com a pessoa certa (CPC)</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Recusou pagar</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promessa de pagamento</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Contestação</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retorno agendado</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Falecido</translation>
    </message>
    <message>
        <source>Bankrupt</source>
        <translation>Falido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lido</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Descadastrou</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitou</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simulou</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagou</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Unknown plan kind &quot;%1&quot; (expected full, price, sac or flat).</source>
        <translation>Tipo de plano desconhecido &quot;%1&quot; (esperado: full, price, sac ou flat).</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>This desk still has %n change(s) of %1 not sent to the server. Sign in as %1 first so they are sent.</source>
        <translation>
            <numerusform>Esta mesa ainda tem %n alteração de %1 não enviada ao servidor. Entre como %1 primeiro para enviá-la.</numerusform>
            <numerusform>Esta mesa ainda tem %n alterações de %1 não enviadas ao servidor. Entre como %1 primeiro para enviá-las.</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>o servidor respondeu %1</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>A base local não está aberta.</translation>
    </message>
    <message>
        <source>Choose the server first.</source>
        <translation>Escolha o servidor primeiro.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Não foi possível falar com o servidor: %1</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong username or password.</source>
        <translation>Acesso recusado: usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait a few minutes and try again.</source>
        <translation>Muitas tentativas sem sucesso: aguarde alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no session.</source>
        <translation>A resposta do servidor ao login não trouxe sessão.</translation>
    </message>
    <message>
        <source>Sending changes failed: %1</source>
        <translation>Falha ao enviar alterações: %1</translation>
    </message>
    <message>
        <source>Receiving changes failed: %1</source>
        <translation>Falha ao receber alterações: %1</translation>
    </message>
    <message>
        <source>Some changes were not accepted yet; they will be sent again.</source>
        <translation>Algumas alterações ainda não foram aceitas; serão enviadas de novo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Não foi possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>Preparing the demo portfolio…</source>
        <translation>Preparando a carteira de demonstração…</translation>
    </message>
</context>
<context>
    <name>quita::ActivityForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Pay on:</source>
        <translation>&amp;Pagar em:</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>Re&amp;tornar em:</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Registrar acionamento</translation>
    </message>
    <message>
        <source>Channel of the contact</source>
        <translation>Canal do acionamento</translation>
    </message>
    <message>
        <source>Result of the contact</source>
        <translation>Resultado do acionamento</translation>
    </message>
    <message>
        <source>Note (what was said, next step)…</source>
        <translation>Observação (o que foi dito, próximo passo)…</translation>
    </message>
    <message>
        <source>Log the contact (Enter in the note, or Ctrl+Enter)</source>
        <translation>Registrar o acionamento (Enter na observação ou Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Contact logged: %1</source>
        <translation>Acionamento registrado: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
</context>
<context>
    <name>quita::AgreementBook</name>
    <message>
        <source>Choose an installment.</source>
        <translation>Escolha uma parcela.</translation>
    </message>
    <message>
        <source>This installment is paid.</source>
        <translation>Esta parcela está paga.</translation>
    </message>
    <message>
        <source>This installment is cancelled.</source>
        <translation>Esta parcela está cancelada.</translation>
    </message>
    <message>
        <source>The boleto and PIX code are issued when this agreement reaches the server (it gives out the our number).</source>
        <translation>O boleto e o código PIX são emitidos quando este acordo chegar ao servidor (é ele que atribui o nosso número).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Choose an agreement.</source>
        <translation>Escolha um acordo.</translation>
    </message>
</context>
<context>
    <name>quita::AgreementDialog</name>
    <message>
        <source>pending first payment</source>
        <translation>aguardando o primeiro pagamento</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>quebrado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paga</translation>
    </message>
    <message>
        <source>pay in full</source>
        <translation>à vista</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>SAC</source>
        <translation>SAC</translation>
    </message>
    <message>
        <source>without interest</source>
        <translation>sem juros</translation>
    </message>
    <message>
        <source>Copy &amp;line</source>
        <translation>Copiar &amp;linha</translation>
    </message>
    <message>
        <source>Copy &amp;PIX code</source>
        <translation>Copiar código &amp;PIX</translation>
    </message>
    <message>
        <source>Agreements – %1</source>
        <translation>Acordos – %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Nosso número</translation>
    </message>
    <message>
        <source>Payment codes</source>
        <translation>Códigos de pagamento</translation>
    </message>
    <message>
        <source>Boleto (digitable line)</source>
        <translation>Boleto (linha digitável)</translation>
    </message>
    <message>
        <source>PIX copy and paste</source>
        <translation>PIX copia e cola</translation>
    </message>
    <message>
        <source>&amp;Save term as PDF…</source>
        <translation>&amp;Salvar termo em PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint term…</source>
        <translation>&amp;Imprimir termo…</translation>
    </message>
    <message>
        <source>&amp;E-mail term…</source>
        <translation>&amp;Enviar termo por e-mail…</translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation>Registrar pa&amp;gamento…</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n installment(s), %3 – %4</source>
        <translation>
            <numerusform>%1 – %2, %n parcela, %3 – %4</numerusform>
            <numerusform>%1 – %2, %n parcelas, %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <source>This debtor has no agreement.</source>
        <translation>Este devedor não tem acordo.</translation>
    </message>
    <message>
        <source>Balance %1 on %2, discount %3, total %4 (%5). Made by %6. Creditor: %7.</source>
        <translation>Saldo de %1 em %2, desconto de %3, total de %4 (%5). Fechado por %6. Credor: %7.</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>esta mesa</translation>
    </message>
    <message>
        <source>after sync</source>
        <translation>após sincronizar</translation>
    </message>
    <message>
        <source>Installment %1, due %2: %3 left to pay</source>
        <translation>Parcela %1, vencimento em %2: faltam %3 a pagar</translation>
    </message>
    <message>
        <source>Installment %1: %2, due %3</source>
        <translation>Parcela %1: %2, vencimento em %3</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Nosso número: %1</translation>
    </message>
    <message>
        <source>agreement-term-%1.pdf</source>
        <translation>termo-de-acordo-%1.pdf</translation>
    </message>
    <message>
        <source>Save the term of agreement</source>
        <translation>Salvar o termo de acordo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Term not saved</source>
        <translation>Termo não salvo</translation>
    </message>
    <message>
        <source>Term not printed</source>
        <translation>Termo não impresso</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Sem endereço de e-mail</translation>
    </message>
    <message>
        <source>This debtor has no e-mail address that may be used (none given, or no consent).</source>
        <translation>Este devedor não tem endereço de e-mail que possa ser usado (nenhum informado ou sem consentimento).</translation>
    </message>
    <message>
        <source>Term of agreement – %1</source>
        <translation>Termo de acordo – %1</translation>
    </message>
    <message>
        <source>Hello, %1. Attached is the term of your agreement with %2 (CNPJ %3), with the boleto and PIX code of each installment.</source>
        <translation>Olá, %1. Segue em anexo o termo do seu acordo com %2 (CNPJ %3), com o boleto e o código PIX de cada parcela.</translation>
    </message>
    <message>
        <source>Attach the term</source>
        <translation>Anexe o termo</translation>
    </message>
    <message>
        <source>The term was saved as %1. Attach it to the message.</source>
        <translation>O termo foi salvo como %1. Anexe-o à mensagem.</translation>
    </message>
    <message>
        <source>Cancel a&amp;greement…</source>
        <translation>Cancelar a&amp;cordo…</translation>
    </message>
    <message>
        <source>Cancel the agreement</source>
        <translation>Cancelar o acordo</translation>
    </message>
    <message>
        <source>Why is this agreement cancelled? (kept with the agreement)</source>
        <translation>Por que este acordo está sendo cancelado? (fica registrado no acordo)</translation>
    </message>
    <message>
        <source>Agreement not cancelled</source>
        <translation>Acordo não cancelado</translation>
    </message>
</context>
<context>
    <name>quita::ApprovalQueueModel</name>
    <message>
        <source>Choose a request first.</source>
        <translation>Escolha um pedido primeiro.</translation>
    </message>
    <message>
        <source>Pay in full</source>
        <translation>À vista</translation>
    </message>
    <message>
        <source>Price %1x</source>
        <translation>Price %1x</translation>
    </message>
    <message>
        <source>SAC %1x</source>
        <translation>SAC %1x</translation>
    </message>
    <message>
        <source>%1x without interest</source>
        <translation>%1x sem juros</translation>
    </message>
    <message>
        <source>down payment %1</source>
        <translation>entrada de %1</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1 % de desconto</translation>
    </message>
    <message>
        <source>first due %1</source>
        <translation>1º vencimento em %1</translation>
    </message>
    <message>
        <source>%1 – total %2</source>
        <translation>%1 – total de %2</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pedido em</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Devedor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requer</translation>
    </message>
</context>
<context>
    <name>quita::ApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
    <message>
        <source>Offers waiting for approval</source>
        <translation>Ofertas aguardando aprovação</translation>
    </message>
    <message>
        <source>Comment for the agent (required to reject)</source>
        <translation>Comentário para o operador (obrigatório para rejeitar)</translation>
    </message>
    <message>
        <source>No offer is waiting for approval.</source>
        <translation>Nenhuma oferta aguardando aprovação.</translation>
    </message>
    <message>
        <source>Choose a request to see the offer.</source>
        <translation>Escolha um pedido para ver a oferta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for &lt;b&gt;%2&lt;/b&gt; for %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pede &lt;b&gt;%2&lt;/b&gt; para %3.</translation>
    </message>
    <message numerus="yes">
        <source>Updated balance %1, discount %2, total to pay %3 in %n payment(s).</source>
        <translation>
            <numerusform>Saldo atualizado %1, desconto %2, total a pagar %3 em %n pagamento.</numerusform>
            <numerusform>Saldo atualizado %1, desconto %2, total a pagar %3 em %n pagamentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: “%1”</source>
        <translation>Motivo: “%1”</translation>
    </message>
</context>
<context>
    <name>quita::ConflictsDialog</name>
    <message>
        <source>Nothing to resolve: the server took all your changes.</source>
        <translation>Nada a resolver: o servidor aceitou todas as suas alterações.</translation>
    </message>
    <message>
        <source>Send &amp;again on the current version</source>
        <translation>Reenviar sobre a versão &amp;atual</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>&amp;Descartar minha alteração</translation>
    </message>
    <message>
        <source>Changes the server did not take</source>
        <translation>Alterações que o servidor não aceitou</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>O servidor diz: %1</translation>
    </message>
</context>
<context>
    <name>quita::ContactPointModel</name>
    <message>
        <source>%1: the debtor opted out</source>
        <translation>%1: o devedor se descadastrou (opt-out)</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: permitido</translation>
    </message>
    <message>
        <source>%1: no consent recorded</source>
        <translation>%1: sem consentimento registrado</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contato principal</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Consent for %1: ✓ allowed, ? not recorded, ✗ opted out, – does not apply</source>
        <translation>Consentimento para %1: ✓ permitido, ? não registrado, ✗ descadastrado (opt-out), – não se aplica</translation>
    </message>
</context>
<context>
    <name>quita::DebtorHeader</name>
    <message>
        <source>Total due today</source>
        <translation>Total devido hoje</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Dias em atraso</translation>
    </message>
    <message>
        <source>No debtor open</source>
        <translation>Nenhum devedor aberto</translation>
    </message>
    <message>
        <source>Choose a debtor in the work queue, or search by name, CPF/CNPJ, phone, e-mail or contract.</source>
        <translation>Escolha um devedor na fila de trabalho ou busque por nome, CPF/CNPJ, telefone, e-mail ou contrato.</translation>
    </message>
    <message>
        <source>CPF %1</source>
        <translation>CPF %1</translation>
    </message>
    <message>
        <source>CNPJ %1</source>
        <translation>CNPJ %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · local time %2</source>
        <translation>%1 · hora local %2</translation>
    </message>
    <message>
        <source>current</source>
        <translation>em dia</translation>
    </message>
    <message>
        <source>Promise broken (due %1)</source>
        <translation>Promessa quebrada (venceu em %1)</translation>
    </message>
    <message>
        <source>Promise open, due %1</source>
        <translation>Promessa em aberto, vence em %1</translation>
    </message>
    <message>
        <source>Creditor: %1 · Portfolio: %2</source>
        <translation>Credor: %1 · Carteira: %2</translation>
    </message>
    <message>
        <source>No open promise</source>
        <translation>Sem promessa em aberto</translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation>Acordo quebrado</translation>
    </message>
    <message>
        <source>Agreement: installment late since %1</source>
        <translation>Acordo: parcela em atraso desde %1</translation>
    </message>
    <message>
        <source>Agreement: next installment %1</source>
        <translation>Acordo: próxima parcela em %1</translation>
    </message>
    <message>
        <source>Agreement settled</source>
        <translation>Acordo quitado</translation>
    </message>
</context>
<context>
    <name>quita::DebtorWorkspace</name>
    <message>
        <source>Open a debtor first</source>
        <translation>Abra um devedor primeiro</translation>
    </message>
    <message>
        <source>Promised amount</source>
        <translation>Valor prometido</translation>
    </message>
    <message>
        <source>Promise to pay %1 on %2</source>
        <translation>Promessa de pagamento de %1 em %2</translation>
    </message>
    <message>
        <source>Call back on %1</source>
        <translation>Retornar em %1</translation>
    </message>
    <message>
        <source>This debtor has no open promise</source>
        <translation>Este devedor não tem promessa em aberto</translation>
    </message>
</context>
<context>
    <name>quita::DebtorWorkspaceView</name>
    <message>
        <source>Contact points and consent</source>
        <translation>Contatos e consentimento</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Timeline (all channels)</source>
        <translation>Histórico (todos os canais)</translation>
    </message>
</context>
<context>
    <name>quita::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in to the Quita server</source>
        <translation>Entrar no servidor do Quita</translation>
    </message>
    <message>
        <source>Your work is kept on this computer and sent to the server whenever it can be reached.</source>
        <translation>Seu trabalho fica guardado neste computador e é enviado ao servidor sempre que ele estiver acessível.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabalhar &amp;offline</translation>
    </message>
    <message>
        <source>Server: enter the address your administrator gave you, e.g. https://quita.example.com.br</source>
        <translation>Servidor: informe o endereço passado pelo administrador, p. ex. https://quita.example.com.br</translation>
    </message>
    <message>
        <source>User: enter your user name</source>
        <translation>Usuário: informe seu nome de usuário</translation>
    </message>
    <message>
        <source>Password: enter your password</source>
        <translation>Senha: informe sua senha</translation>
    </message>
</context>
<context>
    <name>quita::MainWindow</name>
    <message>
        <source>Quita – collection desk</source>
        <translation>Quita – mesa de cobrança</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>&amp;Atualizar fila</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Debtor</source>
        <translation>&amp;Devedor</translation>
    </message>
    <message>
        <source>&amp;Search debtors</source>
        <translation>&amp;Buscar devedores</translation>
    </message>
    <message>
        <source>&amp;Next in queue</source>
        <translation>&amp;Próximo na fila</translation>
    </message>
    <message>
        <source>&amp;Previous in queue</source>
        <translation>&amp;Anterior na fila</translation>
    </message>
    <message>
        <source>&amp;Log a contact</source>
        <translation>&amp;Registrar acionamento</translation>
    </message>
    <message>
        <source>Search the &amp;timeline</source>
        <translation>Buscar no &amp;histórico</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Quita</source>
        <translation>&amp;Sobre o Quita</translation>
    </message>
    <message>
        <source>This debtor is no longer in the local store.</source>
        <translation>Este devedor não está mais na base local.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Operador: %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About Quita</source>
        <translation>Sobre o Quita</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quita %1&lt;/h3&gt;&lt;p&gt;Workstation for debt-collection agents.&lt;/p&gt;&lt;p&gt;Local store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quita %1&lt;/h3&gt;&lt;p&gt;Estação de trabalho para operadores de cobrança.&lt;/p&gt;&lt;p&gt;Base local: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) in the local store</source>
        <translation>
            <numerusform>%Ln devedor na base local</numerusform>
            <numerusform>%Ln devedores na base local</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;debtor…</source>
        <translation>&amp;Novo devedor…</translation>
    </message>
    <message>
        <source>Debtor placed: %1</source>
        <translation>Devedor cadastrado: %1</translation>
    </message>
    <message>
        <source>The server asks you to sign in again.</source>
        <translation>O servidor pede que você entre novamente.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitos…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>This desk works without a server. Start Quita with --server, or ask your administrator to set the server address.</source>
        <translation>Esta mesa trabalha sem servidor. Inicie o Quita com --server ou peça ao administrador para configurar o endereço do servidor.</translation>
    </message>
    <message>
        <source>Signed in. Syncing your portfolio…</source>
        <translation>Conectado. Sincronizando sua carteira…</translation>
    </message>
    <message>
        <source>Promise &amp;kept</source>
        <translation>Promessa &amp;cumprida</translation>
    </message>
    <message>
        <source>&amp;Cancel the promise</source>
        <translation>Cancelar a pro&amp;messa</translation>
    </message>
    <message>
        <source>Promise marked kept.</source>
        <translation>Promessa marcada como cumprida.</translation>
    </message>
    <message>
        <source>Promise cancelled.</source>
        <translation>Promessa cancelada.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search debtors&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous debtor in the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Place a new debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Negotiate with the open debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The open debtor&apos;s agreements&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Offers waiting for approval&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the queue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar devedores&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Baixo / Alt+Cima&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Próximo / anterior devedor da fila&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cadastrar novo devedor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar acionamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Negociar com o devedor aberto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acordos do devedor aberto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ofertas aguardando aprovação&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; ou &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Salvar o acionamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar no histórico&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Atualizar a fila&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>quita::NegotiationActions</name>
    <message>
        <source>Open a debtor first.</source>
        <translation>Abra um devedor primeiro.</translation>
    </message>
    <message>
        <source>This debtor is no longer on this desk.</source>
        <translation>Este devedor não está mais nesta mesa.</translation>
    </message>
    <message>
        <source>Nothing to negotiate</source>
        <translation>Nada a negociar</translation>
    </message>
    <message>
        <source>This debtor has no open title.</source>
        <translation>Este devedor não tem título em aberto.</translation>
    </message>
    <message>
        <source>Agreement closed; it is sent to the server with the next sync.</source>
        <translation>Acordo fechado; ele será enviado ao servidor na próxima sincronização.</translation>
    </message>
    <message>
        <source>Import a payments file</source>
        <translation>Importar um arquivo de pagamentos</translation>
    </message>
    <message>
        <source>Payments (*.csv *.txt);;All files (*)</source>
        <translation>Pagamentos (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Payments not imported</source>
        <translation>Pagamentos não importados</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nada foi importado. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported; they are sent to the server with the next sync.</source>
        <translation>
            <numerusform>%n pagamento importado; ele será enviado ao servidor na próxima sincronização.</numerusform>
            <numerusform>%n pagamentos importados; eles serão enviados ao servidor na próxima sincronização.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import payments…</source>
        <translation>&amp;Importar pagamentos…</translation>
    </message>
    <message>
        <source>&amp;Negotiate…</source>
        <translation>Ne&amp;gociar…</translation>
    </message>
    <message>
        <source>A&amp;greements…</source>
        <translation>Ac&amp;ordos…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Aprovações…</translation>
    </message>
</context>
<context>
    <name>quita::NegotiationDialog</name>
    <message>
        <source>agent</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>Negotiation – %1</source>
        <translation>Negociação – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · creditor %3 (CNPJ %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · credor %3 (CNPJ %4)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dias em atraso</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Saldo em</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Valor principal</translation>
    </message>
    <message>
        <source>Fine (multa)</source>
        <translation>Multa</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Juros de mora</translation>
    </message>
    <message>
        <source>Monetary correction</source>
        <translation>Correção monetária</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Updated balance</source>
        <translation>Saldo atualizado</translation>
    </message>
    <message>
        <source>Titles to negotiate</source>
        <translation>Títulos a negociar</translation>
    </message>
    <message>
        <source>Offers (you negotiate as %1; policy bucket %2)</source>
        <translation>Ofertas (você negocia como %1; faixa da política %2)</translation>
    </message>
    <message>
        <source>This title is in dispute.</source>
        <translation>Este título está em contestação.</translation>
    </message>
    <message>
        <source>Offers (you negotiate as %1; aging bucket %2 days)</source>
        <translation>Ofertas (você negocia como %1; faixa de atraso de %2 dias)</translation>
    </message>
    <message>
        <source>Agreement not closed</source>
        <translation>Acordo não fechado</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Pedir aprovação</translation>
    </message>
    <message>
        <source>Why should this offer be granted? (the supervisor reads this)</source>
        <translation>Por que esta oferta deve ser concedida? (o supervisor vai ler)</translation>
    </message>
    <message>
        <source>Approval not requested</source>
        <translation>Aprovação não solicitada</translation>
    </message>
</context>
<context>
    <name>quita::NegotiationSession</name>
    <message>
        <source>Choose at least one title to negotiate.</source>
        <translation>Escolha pelo menos um título para negociar.</translation>
    </message>
    <message>
        <source>This offer cannot be computed.</source>
        <translation>Não é possível calcular esta oferta.</translation>
    </message>
    <message>
        <source>This offer is within your authority: close the agreement.</source>
        <translation>Esta oferta está dentro da sua alçada: feche o acordo.</translation>
    </message>
    <message>
        <source>No one may grant this offer: change it first.</source>
        <translation>Ninguém pode conceder esta oferta: altere-a primeiro.</translation>
    </message>
    <message>
        <source>This offer is already waiting for an answer.</source>
        <translation>Esta oferta já está aguardando resposta.</translation>
    </message>
    <message>
        <source>The approval of this offer has not arrived yet.</source>
        <translation>A aprovação desta oferta ainda não chegou.</translation>
    </message>
    <message>
        <source>This offer was rejected: %1</source>
        <translation>Esta oferta foi rejeitada: %1</translation>
    </message>
    <message>
        <source>This offer is beyond your authority: ask for approval.</source>
        <translation>Esta oferta excede a sua alçada: peça aprovação.</translation>
    </message>
</context>
<context>
    <name>quita::NewDebtorDialog</name>
    <message>
        <source>New debtor</source>
        <translation>Novo devedor</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>CPF or CNPJ, e.g. 123.456.789-09</source>
        <translation>CPF ou CNPJ, ex.: 123.456.789-09</translation>
    </message>
    <message>
        <source>(11) 98765-4321 (optional)</source>
        <translation>(11) 98765-4321 (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>&amp;Carteira:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>CPF/&amp;CNPJ:</source>
        <translation>CPF/&amp;CNPJ:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;UF:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>C&amp;idade:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation>C&amp;ontrato:</translation>
    </message>
    <message>
        <source>&amp;Amount due:</source>
        <translation>&amp;Valor devido:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Vencimento:</translation>
    </message>
    <message>
        <source>&amp;Place debtor</source>
        <translation>Ca&amp;dastrar devedor</translation>
    </message>
</context>
<context>
    <name>quita::OfferColumn</name>
    <message>
        <source>Pay in full</source>
        <translation>À vista</translation>
    </message>
    <message>
        <source>Installments (Price)</source>
        <translation>Parcelado (Price)</translation>
    </message>
    <message>
        <source>Installments (SAC)</source>
        <translation>Parcelado (SAC)</translation>
    </message>
    <message>
        <source>Installments without interest</source>
        <translation>Parcelado sem juros</translation>
    </message>
    <message>
        <source>Close &amp;agreement</source>
        <translation>Fechar &amp;acordo</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval…</source>
        <translation>Pedir a&amp;provação…</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>1º vencimento</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Expected recovery</source>
        <translation>Recuperação esperada</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidade de pagamento</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Oferta %1</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>1x %1</source>
        <translation>1x de %1</translation>
    </message>
    <message>
        <source>%1x from %2</source>
        <translation>%1x de até %2</translation>
    </message>
    <message>
        <source>%1x %2</source>
        <translation>%1x de %2</translation>
    </message>
    <message>
        <source>%1. %2  %3</source>
        <translation>%1. %2  %3</translation>
    </message>
    <message>
        <source>%1 % a month</source>
        <translation>%1 % ao mês</translation>
    </message>
    <message>
        <source>no interest</source>
        <translation>sem juros</translation>
    </message>
    <message>
        <source>%1 (%2 % kept)</source>
        <translation>%1 (%2 % de cumprimento)</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past agreement(s) like this one.</source>
        <translation>
            <numerusform>Com base em %n acordo anterior semelhante a este.</numerusform>
            <numerusform>Com base em %n acordos anteriores semelhantes a este.</numerusform>
        </translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>não informada</translation>
    </message>
    <message>
        <source>fits (%1 %)</source>
        <translation>adequada (%1 %)</translation>
    </message>
    <message>
        <source>tight (%1 %)</source>
        <translation>apertada (%1 %)</translation>
    </message>
    <message>
        <source>exceeds (%1 %)</source>
        <translation>excedida (%1 %)</translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation>Dentro da sua alçada.</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval.</source>
        <translation>Requer aprovação do supervisor.</translation>
    </message>
    <message>
        <source>Needs an administrator&apos;s approval.</source>
        <translation>Requer aprovação do administrador.</translation>
    </message>
    <message>
        <source>Not allowed for anyone: change the offer.</source>
        <translation>Não permitida para ninguém: altere a oferta.</translation>
    </message>
    <message>
        <source>Approval requested; waiting for the answer.</source>
        <translation>Aprovação solicitada; aguardando resposta.</translation>
    </message>
    <message>
        <source>Approved: you may close the agreement.</source>
        <translation>Aprovada: você pode fechar o acordo.</translation>
    </message>
    <message>
        <source>Rejected: “%1”</source>
        <translation>Rejeitada: “%1”</translation>
    </message>
</context>
<context>
    <name>quita::PaymentDialog</name>
    <message>
        <source>Post a payment</source>
        <translation>Registrar pagamento</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Valor pago</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>quita::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time Quita starts.</source>
        <translation>O novo idioma passa a valer na próxima vez que o Quita for aberto.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Nome do operador:</translation>
    </message>
    <message>
        <source>Agent name: enter the name that signs your contacts.</source>
        <translation>Nome do operador: informe o nome que assina seus acionamentos.</translation>
    </message>
    <message>
        <source>none: this desk works on its own</source>
        <translation>nenhum: esta mesa trabalha sozinha</translation>
    </message>
    <message>
        <source>The address of the Quita server, e.g. https://quita.example.com.br. A new address applies the next time Quita starts.</source>
        <translation>O endereço do servidor do Quita, p. ex. https://quita.example.com.br. Um novo endereço vale a partir da próxima vez que o Quita abrir.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server: enter an address starting with https:// (or http:// inside the office network), or leave it empty.</source>
        <translation>Servidor: informe um endereço começando com https:// (ou http:// dentro da rede do escritório), ou deixe em branco.</translation>
    </message>
</context>
<context>
    <name>quita::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n alteração recebida</numerusform>
            <numerusform>%n alterações recebidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: working on the local store</source>
        <translation>Offline: trabalhando na base local</translation>
    </message>
    <message>
        <source>No central server is configured on this desk; everything is kept locally.</source>
        <translation>Nenhum servidor central configurado nesta mesa; tudo fica guardado localmente.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Offline: não conectado</translation>
    </message>
    <message>
        <source>Offline: retrying at %1</source>
        <translation>Offline: nova tentativa às %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n alteração aguardando envio</numerusform>
            <numerusform>%n alterações aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronização %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::TimelineDelegate</name>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>P</source>
        <comment>protest badge</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <comment>agreement badge</comment>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>quita::TimelineModel</name>
    <message>
        <source>Protest</source>
        <translation>Protesto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation>Acordo quebrado</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Title sent to protest</source>
        <translation>Título enviado a protesto</translation>
    </message>
    <message>
        <source>Protest registered at the notary</source>
        <translation>Protesto protocolado no cartório</translation>
    </message>
    <message>
        <source>Title protested</source>
        <translation>Título protestado</translation>
    </message>
    <message>
        <source>Paid at the notary</source>
        <translation>Pago no cartório</translation>
    </message>
    <message>
        <source>Protest withdrawn</source>
        <translation>Desistência do protesto</translation>
    </message>
    <message>
        <source>Protest cancelled</source>
        <translation>Protesto cancelado</translation>
    </message>
    <message>
        <source>Returned by the notary (irregularity)</source>
        <translation>Devolvido pelo cartório (irregularidade)</translation>
    </message>
    <message>
        <source>Protest suspended</source>
        <translation>Protesto sustado</translation>
    </message>
    <message>
        <source>Document attached to the protest</source>
        <translation>Documento anexado ao protesto</translation>
    </message>
    <message>
        <source>Agreement made: total %1</source>
        <translation>Acordo fechado: total de %1</translation>
    </message>
    <message>
        <source>Installment %1: payment of %2</source>
        <translation>Parcela %1: pagamento de %2</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Pagamento de %1</translation>
    </message>
    <message>
        <source>Agreement broken: installment %1 (%2) unpaid past the grace days</source>
        <translation>Acordo quebrado: parcela %1 (%2) não paga após os dias de carência</translation>
    </message>
    <message>
        <source>Agreement settled: every installment paid</source>
        <translation>Acordo quitado: todas as parcelas pagas</translation>
    </message>
    <message>
        <source>Agreement cancelled</source>
        <translation>Acordo cancelado</translation>
    </message>
</context>
<context>
    <name>quita::TimelineView</name>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>Show one channel only</source>
        <translation>Mostrar apenas um canal</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Ativo e receptivo</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos os resultados</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contatos com a pessoa certa (CPC)</translation>
    </message>
    <message>
        <source>Search this timeline…</source>
        <translation>Buscar neste histórico…</translation>
    </message>
    <message>
        <source>Open a debtor from the queue to see every contact here.</source>
        <translation>Abra um devedor da fila para ver aqui todos os acionamentos.</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Nenhum acionamento corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>No contact with this debtor yet. Log the first one below.</source>
        <translation>Ainda não há acionamentos com este devedor. Registre o primeiro abaixo.</translation>
    </message>
</context>
<context>
    <name>quita::TitleModel</name>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Cartão de crédito</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Empréstimo</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (contestado)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dias em atraso</translation>
    </message>
    <message>
        <source>Original principal: %1</source>
        <translation>Valor principal original: %1</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo em aberto</translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueModel</name>
    <message>
        <source>Not in today&apos;s queue</source>
        <translation>Fora da fila de hoje</translation>
    </message>
    <message>
        <source>Promise due on %1</source>
        <translation>Promessa com vencimento em %1</translation>
    </message>
    <message>
        <source>Callback scheduled for %1</source>
        <translation>Retorno agendado para %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Devedor</translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>UF</source>
        <translation>UF</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total devido</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>Learned from this debtor&apos;s own answers: the channel and local hour that reached them most often.</source>
        <translation>Aprendido com as respostas do próprio devedor: o canal e a hora local que mais o alcançaram.</translation>
    </message>
    <message>
        <source>%1 around %2h (debtor&apos;s local time). %3</source>
        <translation>%1 por volta das %2h (hora local do devedor). %3</translation>
    </message>
    <message>
        <source>Not enough answers yet. %1</source>
        <translation>Ainda não há respostas suficientes. %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Melhor</translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueView</name>
    <message>
        <source>Search name, CPF/CNPJ, phone, e-mail, contract (Ctrl+F)</source>
        <translation>Buscar nome, CPF/CNPJ, telefone, e-mail, contrato (Ctrl+F)</translation>
    </message>
    <message>
        <source>No debtor matches &quot;%1&quot;.</source>
        <translation>Nenhum devedor encontrado para &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) found</source>
        <translation>
            <numerusform>%n devedor encontrado</numerusform>
            <numerusform>%n devedores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in today&apos;s queue. Search a debtor above.</source>
        <translation>Nada na fila de hoje. Busque um devedor acima.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) in today&apos;s queue</source>
        <translation>
            <numerusform>%n devedor na fila de hoje</numerusform>
            <numerusform>%n devedores na fila de hoje</numerusform>
        </translation>
    </message>
</context>
</TS>
