<?xml version='1.0' encoding='utf-8'?>
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
        <source>Result: "%1" is not a result of the %2 channel</source>
        <translation>Resultado: "%1" não é um resultado do canal %2</translation>
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
        <source>The creditor's bank or PIX settings are incomplete: ask the administrator; no payment code can be issued.</source>
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
    <name>BoletoFreeField</name>
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
</context>
<context>
    <name>BradescoFreeField</name>
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
        <extracomment>%1 the change's seq, %2 the entity (debtor, title, ...), %3 the field, %4 what is wrong</extracomment>
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
        <source>"%1" is not an entity this version of Quita knows</source>
        <translation>"%1" não é uma entidade que esta versão do Quita conhece</translation>
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
        <source>must be "upsert" or "delete"</source>
        <translation>deve ser "upsert" ou "delete"</translation>
    </message>
    <message>
        <source>differs from the change's id %1</source>
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
        <source>The pulled page's %1 %2. Nothing was applied.</source>
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
    <name>Chart</name>
    <message>
        <source>R$ %1M</source>
        <translation>R$ %1 mi</translation>
    </message>
    <message>
        <source>R$ %1k</source>
        <translation>R$ %1 mil</translation>
    </message>
    <message>
        <source>R$ %1</source>
        <translation>R$ %1</translation>
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
    <message>
        <source>Bank %1 is not supported for boletos yet (Bradesco, 237, and Itaú, 341, are).</source>
        <translation>O banco %1 ainda não é suportado para boletos (Bradesco, 237, e Itaú, 341, são).</translation>
    </message>
    <message>
        <source>The creditor's our numbers are used up (%1 digits at bank %2): ask the bank for a new range or wallet.</source>
        <translation>Os nossos números do credor se esgotaram (%1 dígitos no banco %2): peça ao banco uma nova faixa ou carteira.</translation>
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
        <source>%1: unknown correction index "%2" (expected none, ipca, igpm or inpc).</source>
        <translation>%1: índice de correção desconhecido "%2" (esperado: none, ipca, igpm ou inpc).</translation>
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
        <source>Conditional settlement (debtor's cheque)</source>
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
        <source>Debtor's name incomplete or wrong</source>
        <translation>Nome do devedor incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Creditor's name incomplete or wrong</source>
        <translation>Nome do credor incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Drawer's name incomplete or wrong</source>
        <translation>Nome do sacador incompleto ou incorreto</translation>
    </message>
    <message>
        <source>Debtor's address insufficient</source>
        <translation>Endereço do devedor insuficiente</translation>
    </message>
    <message>
        <source>Debtor's CPF/CNPJ invalid or wrong</source>
        <translation>CPF/CNPJ do devedor inválido ou incorreto</translation>
    </message>
    <message>
        <source>CPF/CNPJ does not match the debtor's, drawer's or guarantor's name</source>
        <translation>CPF/CNPJ incompatível com o nome do devedor, sacador ou avalista</translation>
    </message>
    <message>
        <source>Debtor's CPF/CNPJ does not match the document type</source>
        <translation>CPF/CNPJ do devedor incompatível com o tipo de documento</translation>
    </message>
    <message>
        <source>Drawer's CPF/CNPJ does not match the species</source>
        <translation>CPF/CNPJ do sacador incompatível com a espécie</translation>
    </message>
    <message>
        <source>Accepted title without the debtor's signature</source>
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
        <source>Title without the creditor's endorsement, or irregular endorsement</source>
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
        <source>Debtor's CEP outside the protest jurisdiction</source>
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
        <source>Debtor's address equals the drawer's or the holder's</source>
        <translation>Endereço do devedor igual ao do sacador ou do portador</translation>
    </message>
    <message>
        <source>Presenter's address incomplete or missing</source>
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
        <source>Payee's endorsement to the presenter missing</source>
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
        <source>Issuer's signature missing on cheque</source>
        <translation>Falta a assinatura do emitente no cheque</translation>
    </message>
    <message>
        <source>Issuer's address on the cheque equals the bank's</source>
        <translation>Endereço do emitente no cheque igual ao do banco</translation>
    </message>
    <message>
        <source>Cheque return reason missing or illegible</source>
        <translation>Motivo da devolução do cheque ausente ou ilegível</translation>
    </message>
    <message>
        <source>Drawer's signature missing</source>
        <translation>Falta a assinatura do sacador</translation>
    </message>
    <message>
        <source>Presenter's name missing, incomplete or wrong</source>
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
        <source>Overdue bill of exchange without the debtor's acceptance</source>
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
        <source>Title issued before the debtor's composition with creditors</source>
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
        <source>Drawer's data blank or invalid</source>
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
        <source>Creditor's data blank or invalid</source>
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
        <source>"%1" is longer than %2 characters</source>
        <translation>"%1" tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>"%1" has a character with no plain-letter form: %2</source>
        <translation>"%1" tem um caractere sem equivalente em letra simples: %2</translation>
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
        <source>"%1" is not a number (digits only)</source>
        <translation>"%1" não é um número (apenas dígitos)</translation>
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
        <source>expected digits, found "%1"</source>
        <translation>esperados dígitos, encontrado "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a valid date (DDMMAAAA)</source>
        <translation>"%1" não é uma data válida (DDMMAAAA)</translation>
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
        <source>expected digits or capital letters, found "%1"</source>
        <translation>esperados dígitos ou letras maiúsculas, encontrado "%1"</translation>
    </message>
    <message>
        <source>unknown file kind "%1"; expected TPR, CRT or RTP</source>
        <translation>tipo de arquivo desconhecido "%1"; esperado TPR, CRT ou RTP</translation>
    </message>
    <message>
        <source>expected "%1" in a %2 file, found "%3"</source>
        <translation>esperado "%1" em um arquivo %2, encontrado "%3"</translation>
    </message>
    <message>
        <source>the occurrence code is missing</source>
        <translation>falta o código da ocorrência</translation>
    </message>
    <message>
        <source>unknown occurrence code "%1"; expected 1 to 9</source>
        <translation>código de ocorrência desconhecido "%1"; esperado de 1 a 9</translation>
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
        <source>Line %1, column 1 (record type): unknown record type "%2"; expected 0, 1 or 9.</source>
        <translation>Linha %1, coluna 1 (tipo de registro): tipo de registro desconhecido "%2"; esperado 0, 1 ou 9.</translation>
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
        <source>Name: enter the debtor's full name</source>
        <translation>Nome: informe o nome completo do devedor</translation>
    </message>
    <message>
        <source>State: choose the debtor's state (UF)</source>
        <translation>UF: escolha o estado do devedor</translation>
    </message>
    <message>
        <source>City: enter the debtor's city</source>
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
        <source>Name: enter the debtor's name</source>
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
        <source>Line %1: expected 3 fields "index;YYYY-MM;variation_percent", found %2.</source>
        <translation>Linha %1: esperados 3 campos "index;YYYY-MM;variation_percent", encontrados %2.</translation>
    </message>
    <message>
        <source>Line %1: unknown index "%2" (expected ipca, igpm or inpc).</source>
        <translation>Linha %1: índice desconhecido "%2" (esperado: ipca, igpm ou inpc).</translation>
    </message>
    <message>
        <source>Line %1: "%2" is not a month as YYYY-MM.</source>
        <translation>Linha %1: "%2" não é um mês no formato AAAA-MM.</translation>
    </message>
    <message>
        <source>Line %1: "%2" is not a percentage with at most 4 decimals, like 0.16 or -0.52.</source>
        <translation>Linha %1: "%2" não é um percentual com no máximo 4 casas decimais, como 0.16 ou -0.52.</translation>
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
        <source>Today's date is not valid.</source>
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
    <name>ItauFreeField</name>
    <message>
        <source>wallet: Itaú wallet %1 carries the payer's document number and is not supported; use a registered wallet such as 109 or 175</source>
        <translation>carteira: a carteira Itaú %1 leva o número do documento do pagador e não é suportada; use uma carteira registrada como 109 ou 175</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Activities: every contact recorded on any channel and in either direction, on the day it happened (Brasília time).</source>
        <translation>Acionamentos: todo contato registrado em qualquer canal e em qualquer sentido, no dia em que aconteceu (horário de Brasília).</translation>
    </message>
    <message>
        <source>Call attempts: outbound phone activities.</source>
        <translation>Tentativas de ligação: acionamentos de telefone ativos.</translation>
    </message>
    <message>
        <source>Right-party contacts: call attempts whose result reached the debtor (rpc, refused, ptp, dispute, callback).</source>
        <translation>Contatos com a pessoa certa (CPC): tentativas de ligação cujo resultado alcançou o devedor (cpc, recusa, promessa, contestação, retorno agendado).</translation>
    </message>
    <message>
        <source>RPC rate = call attempts with a right-party result / call attempts. No data when there were no call attempts.</source>
        <translation>Taxa de CPC = tentativas de ligação com resultado de contato com a pessoa certa / tentativas de ligação. Sem dados quando não houve tentativas.</translation>
    </message>
    <message>
        <source>Promises to pay: call attempts with the result ptp.</source>
        <translation>Promessas de pagamento: tentativas de ligação com o resultado promessa.</translation>
    </message>
    <message>
        <source>PTP rate = ptp results / right-party results (of call attempts). No data without right-party contacts.</source>
        <translation>Taxa de promessa = resultados promessa / contatos com a pessoa certa (das tentativas de ligação). Sem dados sem contatos com a pessoa certa.</translation>
    </message>
    <message>
        <source>Promises made: promises recorded in the period (on the day of the contact that made them), on any channel.</source>
        <translation>Promessas feitas: promessas registradas no período (no dia do contato que as fez), em qualquer canal.</translation>
    </message>
    <message>
        <source>Promise kept rate = promises paid in full by due date + grace / promises due. A partial payment does not keep a promise.</source>
        <translation>Taxa de promessas cumpridas = promessas pagas integralmente até o vencimento + carência / promessas a vencer. Um pagamento parcial não cumpre a promessa.</translation>
    </message>
    <message>
        <source>Agreements closed: agreements created in the period (cancelled ones included).</source>
        <translation>Acordos fechados: acordos criados no período (inclusive os cancelados).</translation>
    </message>
    <message>
        <source>Agreements due: agreements, not cancelled, with at least one installment due in the period.</source>
        <translation>Acordos a vencer: acordos não cancelados com ao menos uma parcela vencendo no período.</translation>
    </message>
    <message>
        <source>Agreements broken: agreements due in the period that are broken (an installment passed due + grace unpaid).</source>
        <translation>Acordos quebrados: acordos a vencer no período que estão quebrados (uma parcela passou do vencimento + carência sem pagamento).</translation>
    </message>
    <message>
        <source>Agreement break rate = agreements broken / agreements due in the period.</source>
        <translation>Taxa de quebra de acordos = acordos quebrados / acordos a vencer no período.</translation>
    </message>
    <message>
        <source>Collected: payments posted with a payment date in the period.</source>
        <translation>Recebido: pagamentos lançados com data de pagamento no período.</translation>
    </message>
    <message>
        <source>Agent-hours: for each agent and day, the number of distinct clock hours (Brasília time) in which the agent's accounts had at least one activity; whatever the portfolio or channel filter.</source>
        <translation>Horas-operador: para cada operador e dia, o número de horas de relógio distintas (horário de Brasília) em que as contas do operador tiveram ao menos um acionamento; independe do filtro de carteira ou canal.</translation>
    </message>
    <message>
        <source>Collected per agent-hour = collected / agent-hours. No data without agent-hours.</source>
        <translation>Recebido por hora-operador = recebido / horas-operador. Sem dados sem horas-operador.</translation>
    </message>
    <message>
        <source>Outstanding at the period start: the open balance of the titles of the accounts placed before the period (payments on agreements do not reduce a title's balance).</source>
        <translation>Saldo no início do período: o saldo em aberto dos títulos das contas incorporadas antes do período (pagamentos de acordos não reduzem o saldo de um título).</translation>
    </message>
    <message>
        <source>Recovery rate = collected from the accounts placed before the period / outstanding at the period start.</source>
        <translation>Taxa de recuperação = recebido das contas incorporadas antes do período / saldo no início do período.</translation>
    </message>
    <message>
        <source>Placed: the principal of the titles of the accounts placed in the period.</source>
        <translation>Incorporado: o principal dos títulos das contas incorporadas no período.</translation>
    </message>
    <message>
        <source>Liquidation rate = collected in the period from the accounts placed in the period / value placed in the period.</source>
        <translation>Taxa de liquidação = recebido no período das contas incorporadas no período / valor incorporado no período.</translation>
    </message>
    <message>
        <source>Channel effectiveness = payments attributed to the channel / contacts on it. A payment goes to the channel of the last activity of the account within N days before it (last touch, N = attribution days); contacts are the channel's activities in the period.</source>
        <translation>Efetividade do canal = pagamentos atribuídos ao canal / contatos nele. Um pagamento vai para o canal do último acionamento da conta nos N dias anteriores (último toque, N = dias de atribuição); contatos são os acionamentos do canal no período.</translation>
    </message>
    <message>
        <source>Aging: accounts with an open balance by days past due at the end of the period (oldest open title); an account under an agreement that is not broken or cancelled is current. Buckets: current, 1-30, 31-60, 61-90, 91-180, 181-360, 360+.</source>
        <translation>Aging: contas com saldo em aberto por dias de atraso no fim do período (título em aberto mais antigo); uma conta em acordo não quebrado nem cancelado está em dia. Faixas: em dia, 1-30, 31-60, 61-90, 91-180, 181-360, 360+.</translation>
    </message>
    <message>
        <source>Roll rates: for the accounts with an open balance, the share moving from their bucket at the start of the period (row) to each bucket at its end (column); rolling to the next bucket is a roll, back to current a cure.</source>
        <translation>Rolagem: das contas com saldo em aberto, a parcela que passa da sua faixa no início do período (linha) para cada faixa no fim (coluna); passar à faixa seguinte é rolagem, voltar a em dia é cura.</translation>
    </message>
    <message>
        <source>Vintages: for the accounts placed in each month of the last 12, the cumulative collected / value placed, by months since placement.</source>
        <translation>Safras: para as contas incorporadas em cada um dos últimos 12 meses, o recebido acumulado / valor incorporado, por meses desde a incorporação.</translation>
    </message>
    <message>
        <source>Targets per agent and day, set by an administrator (defaults: R$ 1.500,00 collected, 2 agreements and 12 right-party contacts).</source>
        <translation>Metas por operador e dia, definidas por um administrador (padrão: R$ 1.500,00 recebidos, 2 acordos e 12 contatos com a pessoa certa).</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Tentativas de ligação</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contatos com o devedor (CPC)</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>Taxa de CPC</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promessas de pagamento</translation>
    </message>
    <message>
        <source>PTP rate</source>
        <translation>Taxa de promessa</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promessas feitas</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promessas cumpridas</translation>
    </message>
    <message>
        <source>Promise kept rate</source>
        <translation>Taxa de promessas cumpridas</translation>
    </message>
    <message>
        <source>Agreements closed</source>
        <translation>Acordos fechados</translation>
    </message>
    <message>
        <source>Agreement break rate</source>
        <translation>Taxa de quebra de acordos</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Collected per agent-hour</source>
        <translation>Recuperado por hora de operador</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Taxa de recuperação</translation>
    </message>
    <message>
        <source>Liquidation rate</source>
        <translation>Taxa de liquidação</translation>
    </message>
    <message>
        <source>Channel effectiveness</source>
        <translation>Efetividade por canal</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Roll rate</source>
        <translation>Taxa de rolagem</translation>
    </message>
    <message>
        <source>Recovery by placement month</source>
        <translation>Recuperação por mês de entrada</translation>
    </message>
    <message>
        <source>%1: not a cell of this figure</source>
        <translation>%1: não é uma célula deste gráfico</translation>
    </message>
    <message>
        <source>The period must start on or before its end.</source>
        <translation>O período deve começar no fim ou antes dele.</translation>
    </message>
    <message>
        <source>Promises kept: promises due that were paid in full by the due date plus 5 grace days (the debtor's payments from the day of the promise to due date + grace cover the amount), or that were marked kept.</source>
        <translation>Promessas cumpridas: promessas a vencer pagas integralmente até o vencimento mais 5 dias de carência (os pagamentos do devedor do dia da promessa até o vencimento + carência cobrem o valor), ou marcadas como cumpridas.</translation>
    </message>
    <message>
        <source>Per agent: the figures of the accounts the agent holds (on the server, the agent who held the account when the server first counted the activity, at the next report after it arrived).</source>
        <translation>Por operador: os números das contas que o operador detém (no servidor, o operador que detinha a conta quando o servidor contou o acionamento pela primeira vez, no relatório seguinte à sua chegada).</translation>
    </message>
    <message>
        <source>Promises due: promises, not cancelled, whose due date falls in the period and that are kept or whose due date + 5 grace days has passed (a promise still running is not counted yet).</source>
        <translation>Promessas a vencer: promessas não canceladas cujo vencimento cai no período e que foram cumpridas ou cujo vencimento + 5 dias de carência já passou (uma promessa ainda em curso não é contada).</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>The report's field %1 is not %2.</source>
        <translation>O campo %1 do relatório não é %2.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a rate or null</source>
        <translation>uma taxa ou null</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>um texto</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>uma data</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>a square matrix of the buckets</source>
        <translation>uma matriz quadrada das faixas</translation>
    </message>
</context>
<context>
    <name>KpiSource</name>
    <message>
        <source>The accounts behind a figure need the server.</source>
        <translation>As contas por trás de um número precisam do servidor.</translation>
    </message>
    <message>
        <source>This desk cannot compute its figures yet.</source>
        <translation>Esta estação ainda não consegue calcular seus indicadores.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>O servidor não pode ser alcançado.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>O servidor recusou o pedido (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
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
        <source>Today's date is not valid.</source>
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
        <source>the our number "%1" must have 1 to 11 digits</source>
        <translation>o nosso número "%1" deve ter de 1 a 11 dígitos</translation>
    </message>
    <message>
        <source>the date "%1" is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>a data "%1" não é uma data (AAAA-MM-DD ou DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>the payment date %1 is in the future</source>
        <translation>a data de pagamento %1 está no futuro</translation>
    </message>
    <message>
        <source>the amount "%1" is not an amount (e.g. 451,76)</source>
        <translation>o valor "%1" não é um valor (ex.: 451,76)</translation>
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
        <source>%1: enter the receiver's name</source>
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
        <source>Tag %1: the receiver's name is empty or too long</source>
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
    <name>ProtestLabels</name>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Protocolled</source>
        <translation>Protocolado</translation>
    </message>
    <message>
        <source>Protested</source>
        <translation>Protestado</translation>
    </message>
    <message>
        <source>Paid at the notary</source>
        <translation>Pago em cartório</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado (desistência)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Returned (irregular)</source>
        <translation>Devolvido (irregular)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sustado</translation>
    </message>
    <message>
        <source>Not overdue long enough for this portfolio's rule</source>
        <translation>Ainda não tem os dias de atraso que a regra da carteira exige</translation>
    </message>
    <message>
        <source>Under an active agreement</source>
        <translation>Coberto por um acordo ativo</translation>
    </message>
    <message>
        <source>The debtor has an open promise to pay</source>
        <translation>O devedor tem uma promessa de pagamento em aberto</translation>
    </message>
    <message>
        <source>The debtor's CPF/CNPJ is invalid</source>
        <translation>O CPF/CNPJ do devedor é inválido</translation>
    </message>
    <message>
        <source>The title is disputed</source>
        <translation>O título está em contestação</translation>
    </message>
    <message>
        <source>The balance is below the portfolio's minimum</source>
        <translation>O saldo está abaixo do mínimo da carteira</translation>
    </message>
    <message>
        <source>The debtor's address is incomplete (street, city, state and CEP are required)</source>
        <translation>O endereço do devedor está incompleto (logradouro, cidade, UF e CEP são obrigatórios)</translation>
    </message>
    <message>
        <source>Already in protest</source>
        <translation>Já está em protesto</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Remessa</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Desistência</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
</context>
<context>
    <name>ProtestPrompts</name>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o arquivo em %1: %2</translation>
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
        <source>Expected recovery = total to pay x the chance the agreement is kept. The chance comes from this portfolio's past agreements of the same kind and number of installments (1, 2-6, 7-12, 13-24, 25+), blended with the portfolio's overall rate as if that rate were worth %1 more agreements, so a handful of cases cannot claim 100%. With no history the chance is %2%. Payments made before an agreement breaks are not counted.</source>
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
        <source>Unknown plan kind "%1" (expected full, price, sac or flat).</source>
        <translation>Tipo de plano desconhecido "%1" (esperado: full, price, sac ou flat).</translation>
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
        <source>The server's answer to the sign-in has no session.</source>
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
    <message>
        <source>You are not signed in.</source>
        <translation>Você não está conectado.</translation>
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
    <name>quita::AgentComparisonChart</name>
    <message>
        <source>%1 by agent</source>
        <translation>%1 por operador</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Nenhuma atividade neste período.</translation>
    </message>
    <message>
        <source>No agent has data for this figure in this period.</source>
        <translation>Nenhum operador tem dados para este indicador neste período.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>Média da equipe</translation>
    </message>
    <message>
        <source>%1 right-party contacts of %2 call attempts</source>
        <translation>%1 contatos com o devedor em %2 tentativas de ligação</translation>
    </message>
    <message>
        <source>%1 promises to pay of %2 right-party contacts</source>
        <translation>%1 promessas de pagamento em %2 contatos com o devedor</translation>
    </message>
    <message>
        <source>%1 kept of %2 promises due</source>
        <translation>%1 cumpridas de %2 promessas vencidas</translation>
    </message>
    <message>
        <source>%1 broken of %2 agreements due</source>
        <translation>%1 quebrados de %2 acordos com vencimento</translation>
    </message>
    <message>
        <source>%1 in %2 hours</source>
        <translation>%1 em %2 horas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>quita::AgingChart</name>
    <message>
        <source>Current</source>
        <translation>Em dia</translation>
    </message>
    <message>
        <source>Over 360 days</source>
        <translation>Mais de 360 dias</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 dias</translation>
    </message>
    <message>
        <source>Aging: accounts and balance by days past due</source>
        <translation>Aging: contas e saldo por dias de atraso</translation>
    </message>
    <message>
        <source>No open balance in this scope.</source>
        <translation>Nenhum saldo em aberto neste escopo.</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Contas (%1)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation>Participação no total</translation>
    </message>
    <message>
        <source>%1
%2 accounts (%3)
%4 (%5 of the balance)</source>
        <translation>%1
%2 contas (%3)
%4 (%5 do saldo)</translation>
    </message>
    <message>
        <source>Accounts %1</source>
        <translation>Contas %1</translation>
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
    <name>quita::ChannelEffectivenessChart</name>
    <message numerus="yes">
        <source>Channel effectiveness (last touch within %n day(s))</source>
        <translation>
            <numerusform>Efetividade por canal (último contato em até %n dia)</numerusform>
            <numerusform>Efetividade por canal (último contato em até %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments per contact</source>
        <translation>Pagamentos por contato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payments / contacts</source>
        <translation>Pagamentos / contatos</translation>
    </message>
    <message>
        <source>%1: %2
%3 payments / %4 contacts
%5 attributed</source>
        <translation>%1: %2
%3 pagamentos / %4 contatos
%5 atribuídos</translation>
    </message>
    <message>
        <source>Payments attributed to %1</source>
        <translation>Pagamentos atribuídos a %1</translation>
    </message>
</context>
<context>
    <name>quita::ChannelResultChart</name>
    <message>
        <source>Activities by channel and result</source>
        <translation>Atividades por canal e resultado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>%1 – %2: %3 of %4 activities</source>
        <translation>%1 – %2: %3 de %4 atividades</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>quita::ChartFrame</name>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Salvar o gráfico como imagem PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Save the chart as a PDF document</source>
        <translation>Salvar o gráfico como documento PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the chart's data as CSV (UTF-8, comma-separated, money in centavos)</source>
        <translation>Salvar os dados do gráfico em CSV (UTF-8, separado por vírgulas, valores em centavos)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar o gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Não foi possível salvar o gráfico em %1.</translation>
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
    <name>quita::DailySeriesChart</name>
    <message>
        <source>%1 per day</source>
        <translation>%1 por dia</translation>
    </message>
    <message numerus="yes">
        <source>Target (%n agent(s))</source>
        <translation>
            <numerusform>Meta (%n operador)</numerusform>
            <numerusform>Meta (%n operadores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
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
    <name>quita::DrillDownDialog</name>
    <message>
        <source>Accounts: %1</source>
        <translation>Contas: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 to %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 a %3</translation>
    </message>
    <message>
        <source>Double-click an account to open it in the workspace.</source>
        <translation>Clique duas vezes numa conta para abri-la na área de trabalho.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Carregando as contas…</translation>
    </message>
    <message>
        <source>The accounts behind this figure need the server; you are offline.</source>
        <translation>As contas por trás deste número precisam do servidor; você está offline.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded. %1</source>
        <translation>Não foi possível carregar as contas. %1</translation>
    </message>
    <message>
        <source>No account is behind this figure.</source>
        <translation>Nenhuma conta por trás deste número.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n account(s); narrow the filters to see the rest.</source>
        <translation>
            <numerusform>A primeira %n conta; refine os filtros para ver o restante.</numerusform>
            <numerusform>As primeiras %n contas; refine os filtros para ver o restante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n conta.</numerusform>
            <numerusform>%n contas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::EligibleTitleModel</name>
    <message>
        <source>Eligible</source>
        <translation>Apto</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n outro)</numerusform>
            <numerusform>%1 (+%n outros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Original principal: %1</source>
        <translation>Principal original: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dias de atraso</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Aptidão</translation>
    </message>
</context>
<context>
    <name>quita::KpiAccountModel</name>
    <message>
        <source>The list of accounts is missing from the answer.</source>
        <translation>A lista de contas não veio na resposta.</translation>
    </message>
    <message>
        <source>Account %1 of the answer has no debtor id.</source>
        <translation>A conta %1 da resposta não tem o id do devedor.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Devedor</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>quita::KpiChart</name>
    <message>
        <source>No activity in this period.</source>
        <translation>Nenhuma atividade neste período.</translation>
    </message>
</context>
<context>
    <name>quita::KpiFilterBar</name>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Operador:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>All portfolios</source>
        <translation>Todas as carteiras</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos os operadores</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>P&amp;ortfolio:</source>
        <translation>C&amp;arteira:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
</context>
<context>
    <name>quita::KpiScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Carregando os indicadores…</translation>
    </message>
    <message>
        <source>The figures could not be loaded. %1</source>
        <translation>Não foi possível carregar os indicadores. %1</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Nenhuma atividade neste período.</translation>
    </message>
    <message>
        <source>%1 to %2.</source>
        <translation>%1 a %2.</translation>
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
        <source>&amp;Performance</source>
        <translation>&amp;Desempenho</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search debtors&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous debtor in the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Place a new debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Negotiate with the open debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The open debtor's agreements&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Offers waiting for approval&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Protest filing&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;My performance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Team dashboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the queue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar devedores&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Baixo / Alt+Cima&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Próximo / anterior devedor da fila&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cadastrar novo devedor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar acionamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Negociar com o devedor aberto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acordos do devedor aberto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ofertas aguardando aprovação&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Envio a protesto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Meu desempenho&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Painel da equipe&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; ou &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Salvar o acionamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar no histórico&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Atualizar a fila&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <source>Needs a supervisor's approval.</source>
        <translation>Requer aprovação do supervisor.</translation>
    </message>
    <message>
        <source>Needs an administrator's approval.</source>
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
    <name>quita::PerformanceActions</name>
    <message>
        <source>&amp;My performance</source>
        <translation>&amp;Meu desempenho</translation>
    </message>
    <message>
        <source>&amp;Team dashboard</source>
        <translation>Painel da &amp;equipe</translation>
    </message>
</context>
<context>
    <name>quita::PerformanceWindow</name>
    <message>
        <source>My performance</source>
        <translation>Meu desempenho</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Your figures need the server, and you are offline.</source>
        <translation>Seus indicadores precisam do servidor, e você está offline.</translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation>meta %1 (%2)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
</context>
<context>
    <name>quita::ProtestActions</name>
    <message>
        <source>P&amp;rotest</source>
        <translation>P&amp;rotesto</translation>
    </message>
    <message>
        <source>&amp;Protest filing…</source>
        <translation>&amp;Envio a protesto…</translation>
    </message>
    <message>
        <source>Protest &amp;requests…</source>
        <translation>&amp;Pedidos de protesto…</translation>
    </message>
    <message>
        <source>CRA &amp;files…</source>
        <translation>&amp;Arquivos da CRA…</translation>
    </message>
    <message>
        <source>&amp;Import a confirmation or return file…</source>
        <translation>&amp;Importar arquivo de confirmação ou retorno…</translation>
    </message>
    <message numerus="yes">
        <source>The agreement covers %n protested title(s) of %1: %2. Once the debt is renegotiated, the protest should be cancelled (cancelamento).</source>
        <translation>
            <numerusform>O acordo cobre %n título protestado de %1: %2. Com a dívida renegociada, o protesto deve ser cancelado (cancelamento).</numerusform>
            <numerusform>O acordo cobre %n títulos protestados de %1: %2. Com a dívida renegociada, os protestos devem ser cancelados (cancelamento).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the protest?</source>
        <translation>Cancelar o protesto?</translation>
    </message>
    <message>
        <source>&amp;Prepare the cancellation…</source>
        <translation>&amp;Preparar o cancelamento…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>quita::ProtestBatchModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>File date</source>
        <translation>Data do arquivo</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
</context>
<context>
    <name>quita::ProtestDesk</name>
    <message>
        <source>This desk works without a server; protest filing needs one. Ask your administrator for the server's address.</source>
        <translation>Esta estação trabalha sem servidor, e o protesto precisa de um. Peça ao administrador o endereço do servidor.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is not valid at line %1. %2</source>
        <translation>Nada foi importado: o arquivo é inválido na linha %1. %2</translation>
    </message>
    <message>
        <source>Nothing was imported: this is a remittance file (the one we send to the notaries). Choose a confirmation or return file.</source>
        <translation>Nada foi importado: este é um arquivo de remessa (o que enviamos aos cartórios). Escolha um arquivo de confirmação ou de retorno.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG documents can be attached.</source>
        <translation>Só é possível anexar documentos PDF, PNG e JPEG.</translation>
    </message>
    <message>
        <source>The document is larger than 2 MB; attach a smaller file.</source>
        <translation>O documento tem mais de 2 MB; anexe um arquivo menor.</translation>
    </message>
    <message>
        <source>Sent to protest on %1</source>
        <translation>Enviado a protesto em %1</translation>
    </message>
    <message>
        <source>Protocol %1 (notary office %2)</source>
        <translation>Protocolo %1 (cartório %2)</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Custas: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Check the connection and try again; nothing was sent.</source>
        <translation>Não foi possível falar com o servidor (%1). Verifique a conexão e tente de novo; nada foi enviado.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in to the server (Server → Sign in…) and try again.</source>
        <translation>Você não está conectado: entre no servidor (Servidor → Entrar…) e tente de novo.</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again (Server → Sign in…).</source>
        <translation>Sua sessão expirou: entre de novo (Servidor → Entrar…).</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 is a title of a debtor you may not file protests for.</source>
        <translation>Nada foi importado: a linha %1 é um título de um devedor para o qual você não pode enviar protestos.</translation>
    </message>
    <message>
        <source>You may not file protests for %1: protest filing is for supervisors, or for the agent where the portfolio allows it.</source>
        <translation>Você não pode enviar a protesto %1: o protesto é feito pelos supervisores, ou pelo operador quando a carteira permite.</translation>
    </message>
    <message>
        <source>You may not file protests: protest filing is for supervisors, or for agents in portfolios that allow it.</source>
        <translation>Você não pode enviar protestos: o protesto é feito pelos supervisores, ou pelos operadores nas carteiras que o permitem.</translation>
    </message>
    <message>
        <source>The server no longer has this item; refresh the list.</source>
        <translation>O servidor não tem mais este item; atualize a lista.</translation>
    </message>
    <message>
        <source>The server no longer has %1; refresh the list.</source>
        <translation>O servidor não tem mais %1; atualize a lista.</translation>
    </message>
    <message>
        <source>The file is too large for the server (at most 8 MB).</source>
        <translation>O arquivo é grande demais para o servidor (no máximo 8 MB).</translation>
    </message>
    <message>
        <source>The server failed (%1); nothing was changed. Try again in a moment.</source>
        <translation>O servidor falhou (%1); nada foi alterado. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2</source>
        <translation>O servidor recusou (%1): %2</translation>
    </message>
    <message>
        <source>no protest request of ours matches this title.</source>
        <translation>nenhum pedido de protesto nosso corresponde a este título.</translation>
    </message>
    <message>
        <source>several open requests have this title number; the notary must send the protocol or our number.</source>
        <translation>vários pedidos em aberto têm este número de título; o cartório precisa informar o protocolo ou o nosso número.</translation>
    </message>
    <message>
        <source>the notary's protocol differs from the one it gave this title before.</source>
        <translation>o protocolo do cartório é diferente do que ele deu a este título antes.</translation>
    </message>
    <message>
        <source>the title is already on an earlier line.</source>
        <translation>o título já está numa linha anterior.</translation>
    </message>
    <message>
        <source>no creditor of ours has this presenter code.</source>
        <translation>nenhum credor nosso tem este código de apresentante.</translation>
    </message>
    <message>
        <source>this is a remittance file, not a confirmation or return.</source>
        <translation>este é um arquivo de remessa, não de confirmação ou retorno.</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>Nada foi importado: linha %1: %2</translation>
    </message>
    <message>
        <source>The selection</source>
        <translation>A seleção</translation>
    </message>
    <message>
        <source>%1 cannot be sent to protest: %2. Nothing was sent.</source>
        <translation>%1 não pode ser enviado a protesto: %2. Nada foi enviado.</translation>
    </message>
    <message>
        <source>%1 belongs to another creditor: a file holds one creditor's titles. Nothing was sent.</source>
        <translation>%1 é de outro credor: um arquivo leva os títulos de um só credor. Nada foi enviado.</translation>
    </message>
    <message>
        <source>The creditor has no protest presenter settings on the server; ask your administrator. Nothing was sent.</source>
        <translation>O credor não tem configuração de apresentante de protesto no servidor; fale com o administrador. Nada foi enviado.</translation>
    </message>
    <message>
        <source>The creditor has already sent the most files allowed today; send the rest tomorrow.</source>
        <translation>O credor já enviou hoje o máximo de arquivos permitido; envie o restante amanhã.</translation>
    </message>
    <message>
        <source>%1 is not in a status that allows this (withdrawal: sent or protocolled; cancellation: protested). Nothing was sent.</source>
        <translation>%1 não está numa situação que permita isso (desistência: enviado ou protocolado; cancelamento: protestado). Nada foi enviado.</translation>
    </message>
    <message>
        <source>%1 has no protocol yet: wait for the notary's confirmation. Nothing was sent.</source>
        <translation>%1 ainda não tem protocolo: aguarde a confirmação do cartório. Nada foi enviado.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 está duas vezes na lista.</translation>
    </message>
    <message>
        <source>Select at least one item first.</source>
        <translation>Selecione pelo menos um item antes.</translation>
    </message>
    <message>
        <source>Too many at once: a file holds at most 9,997 titles.</source>
        <translation>Muitos de uma vez: um arquivo leva no máximo 9.997 títulos.</translation>
    </message>
    <message>
        <source>The document's name is not accepted; rename the file and try again.</source>
        <translation>O nome do documento não é aceito; renomeie o arquivo e tente de novo.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>O servidor recusou: %1</translation>
    </message>
</context>
<context>
    <name>quita::ProtestEligiblePage</name>
    <message>
        <source>Titles eligible for protest</source>
        <translation>Títulos aptos a protesto</translation>
    </message>
    <message>
        <source>Also show titles that are not eligible, with the reason</source>
        <translation>Mostrar também os títulos não aptos, com o motivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Tick &amp;all eligible</source>
        <translation>Marcar &amp;todos os aptos</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Re&amp;view batch…</source>
        <translation>&amp;Revisar lote…</translation>
    </message>
    <message>
        <source>&amp;Back to the titles</source>
        <translation>&amp;Voltar aos títulos</translation>
    </message>
    <message>
        <source>&amp;Confirm and send to protest</source>
        <translation>&amp;Confirmar e enviar a protesto</translation>
    </message>
    <message>
        <source>Review the batch</source>
        <translation>Revise o lote</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Salvar arquivo…</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>&amp;Novo lote</translation>
    </message>
    <message>
        <source>Batch sent to protest</source>
        <translation>Lote enviado a protesto</translation>
    </message>
    <message>
        <source>Loading the eligible titles from the server…</source>
        <translation>Carregando do servidor os títulos aptos…</translation>
    </message>
    <message>
        <source>The eligible titles could not be loaded.</source>
        <translation>Não foi possível carregar os títulos aptos.</translation>
    </message>
    <message>
        <source>No title with an open balance is in your portfolios.</source>
        <translation>Nenhum título com saldo em aberto nas suas carteiras.</translation>
    </message>
    <message>
        <source>No title is eligible for protest right now. Tick "Also show titles that are not eligible" to see why.</source>
        <translation>Nenhum título está apto a protesto agora. Marque "Mostrar também os títulos não aptos" para ver por quê.</translation>
    </message>
    <message>
        <source>Titles eligible for protest (%L1 of %L2 listed)</source>
        <translation>Títulos aptos a protesto (%L1 de %L2 listados)</translation>
    </message>
    <message>
        <source>Tick the titles to send to protest.</source>
        <translation>Marque os títulos a enviar a protesto.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) ticked, %1, %2</source>
        <translation>
            <numerusform>%n título marcado, %1, %2</numerusform>
            <numerusform>%n títulos marcados, %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s)</source>
        <translation>
            <numerusform>%n devedor</numerusform>
            <numerusform>%n devedores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2: eligible.</source>
        <translation>%1 – %2: apto.</translation>
    </message>
    <message>
        <source>%1 – %2 is not eligible. %3.</source>
        <translation>%1 – %2 não está apto. %3.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Titles:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sum of balances:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Debtors:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Títulos:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Soma dos saldos:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Devedores:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>These titles belong to %n creditors: a remittance file holds one creditor's titles. Untick the others and send one batch per creditor.</source>
        <translation>
            <numerusform>Estes títulos são de %n credor: um arquivo de remessa leva os títulos de um só credor. Desmarque os outros e envie um lote por credor.</numerusform>
            <numerusform>Estes títulos são de %n credores: um arquivo de remessa leva os títulos de um só credor. Desmarque os outros e envie um lote por credor.</numerusform>
        </translation>
    </message>
    <message>
        <source>A remittance file holds at most 9,997 titles.</source>
        <translation>Um arquivo de remessa leva no máximo 9.997 títulos.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) are more than five years past due: check they are not time-barred before sending.</source>
        <translation>
            <numerusform>%n título está vencido há mais de cinco anos: confira se não está prescrito antes de enviar.</numerusform>
            <numerusform>%n títulos estão vencidos há mais de cinco anos: confira se não estão prescritos antes de enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) have more than one title in this batch.</source>
        <translation>
            <numerusform>%n devedor tem mais de um título neste lote.</numerusform>
            <numerusform>%n devedores têm mais de um título neste lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once sent, the notaries charge fees to withdraw a title; a paid or renegotiated title needs a cancellation.</source>
        <translation>Depois de enviado, os cartórios cobram custas para retirar um título; um título pago ou renegociado precisa de cancelamento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before you confirm&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Antes de confirmar&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>title %1 (%2)</source>
        <translation>título %1 (%2)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The server wrote the remittance file &lt;b&gt;%1&lt;/b&gt;: %2, total %3 (file sequence %4). The titles are now &lt;i&gt;sent&lt;/i&gt;; their status changes when the notaries' confirmation and return files are imported.</source>
        <translation>O servidor gerou o arquivo de remessa &lt;b&gt;%1&lt;/b&gt;: %2, total %3 (sequência do arquivo %4). Os títulos agora estão &lt;i&gt;enviados&lt;/i&gt;; a situação muda quando os arquivos de confirmação e de retorno dos cartórios forem importados.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n título</numerusform>
            <numerusform>%n títulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the file and send it to the CRA; the server also keeps it (Files tab).</source>
        <translation>Salve o arquivo e envie-o à CRA; o servidor também o guarda (aba Arquivos).</translation>
    </message>
    <message>
        <source>Save the remittance file</source>
        <translation>Salvar o arquivo de remessa</translation>
    </message>
    <message>
        <source>CRA files (*.*)</source>
        <translation>Arquivos da CRA (*.*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
</context>
<context>
    <name>quita::ProtestFilesPage</name>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Salvar arquivo…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Import confirmation or return file…</source>
        <translation>&amp;Importar arquivo de confirmação ou retorno…</translation>
    </message>
    <message>
        <source>Loading the files from the server…</source>
        <translation>Carregando os arquivos do servidor…</translation>
    </message>
    <message>
        <source>No protest file yet: send a batch from the first tab, or import a notary's confirmation or return file.</source>
        <translation>Nenhum arquivo de protesto ainda: envie um lote na primeira aba, ou importe um arquivo de confirmação ou retorno de cartório.</translation>
    </message>
    <message>
        <source>Save the CRA file</source>
        <translation>Salvar o arquivo da CRA</translation>
    </message>
    <message>
        <source>CRA files (*.*)</source>
        <translation>Arquivos da CRA (*.*)</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Baixando %1…</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 salvo em %2.</translation>
    </message>
    <message>
        <source>Import a confirmation or return file</source>
        <translation>Importar arquivo de confirmação ou retorno</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Não foi possível ler o arquivo %1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) imported: %3 changed, %4 unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) importado: %3 com alteração, %4 sem alteração.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n título</numerusform>
            <numerusform>%n títulos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::ProtestListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notary fees %1, distribution fees %2</source>
        <translation>Custas do cartório %1, custas de distribuição %2</translation>
    </message>
    <message>
        <source>Reported for %1</source>
        <translation>Informado para %1</translation>
    </message>
    <message>
        <source>Our number %1, requested by %2</source>
        <translation>Nosso número %1, pedido por %2</translation>
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
        <source>Title</source>
        <translation>Título</translation>
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
        <source>Sent on</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Custas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>quita::ProtestRequestsPage</name>
    <message>
        <source>Sent &amp;between</source>
        <translation>Enviados &amp;entre</translation>
    </message>
    <message>
        <source>Show all debtors</source>
        <translation>Mostrar todos os devedores</translation>
    </message>
    <message>
        <source>&amp;Withdraw (desistência)…</source>
        <translation>&amp;Desistir (desistência)…</translation>
    </message>
    <message>
        <source>Request &amp;cancellation…</source>
        <translation>Pedir &amp;cancelamento…</translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation>Anexar &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Salvar arquivo…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>All portfolios</source>
        <translation>Todas as carteiras</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation>Carteira:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>No protest request matches these filters.</source>
        <translation>Nenhum pedido de protesto atende a estes filtros.</translation>
    </message>
    <message>
        <source>No title has been sent to protest yet: tick eligible titles on the first tab and send them in a batch.</source>
        <translation>Nenhum título foi enviado a protesto ainda: marque títulos aptos na primeira aba e envie-os num lote.</translation>
    </message>
    <message>
        <source>Only %1's requests.</source>
        <translation>Somente os pedidos de %1.</translation>
    </message>
    <message>
        <source>For titles sent or protocolled, not yet protested.</source>
        <translation>Para títulos enviados ou protocolados, ainda não protestados.</translation>
    </message>
    <message>
        <source>For protested titles, once the debt is paid or renegotiated.</source>
        <translation>Para títulos protestados, depois que a dívida for paga ou renegociada.</translation>
    </message>
    <message>
        <source>Select one request to see its documents.</source>
        <translation>Selecione um pedido para ver os documentos.</translation>
    </message>
    <message>
        <source>%1 (%2 KB) – %3, %4</source>
        <translation>%1 (%2 KB) – %3, %4</translation>
    </message>
    <message>
        <source>No document attached to this request yet.</source>
        <translation>Nenhum documento anexado a este pedido ainda.</translation>
    </message>
    <message>
        <source>Documents of the selected request:</source>
        <translation>Documentos do pedido selecionado:</translation>
    </message>
    <message>
        <source>title %1 (%2)</source>
        <translation>título %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Request the cancellation of %n protest(s)? The server writes the cancellation file (cancelamento) for the CRA; the creditor's consent (anuência) goes with it.</source>
        <translation>
            <numerusform>Pedir o cancelamento de %n protesto? O servidor gera o arquivo de cancelamento para a CRA; a anuência do credor vai junto.</numerusform>
            <numerusform>Pedir o cancelamento de %n protestos? O servidor gera o arquivo de cancelamento para a CRA; a anuência do credor vai junto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n title(s) from protest? The server writes the withdrawal file (desistência) for the CRA; the notaries may charge fees.</source>
        <translation>
            <numerusform>Retirar %n título do protesto? O servidor gera o arquivo de desistência para a CRA; os cartórios podem cobrar custas.</numerusform>
            <numerusform>Retirar %n títulos do protesto? O servidor gera o arquivo de desistência para a CRA; os cartórios podem cobrar custas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel protests</source>
        <translation>Cancelar protestos</translation>
    </message>
    <message>
        <source>Withdraw titles</source>
        <translation>Retirar títulos</translation>
    </message>
    <message>
        <source>Request cancellation</source>
        <translation>Pedir cancelamento</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Desistir</translation>
    </message>
    <message>
        <source>The server wrote &lt;b&gt;%1&lt;/b&gt; (%2, total %3). Save it and send it to the CRA.</source>
        <translation>O servidor gerou &lt;b&gt;%1&lt;/b&gt; (%2, total %3). Salve-o e envie-o à CRA.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s)</source>
        <translation>
            <numerusform>%n título</numerusform>
            <numerusform>%n títulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the CRA file</source>
        <translation>Salvar o arquivo da CRA</translation>
    </message>
    <message>
        <source>CRA files (*.*)</source>
        <translation>Arquivos da CRA (*.*)</translation>
    </message>
    <message>
        <source>Saved &lt;b&gt;%1&lt;/b&gt; to %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; salvo em %2.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Anexar um documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Não foi possível ler o arquivo %1: %2</translation>
    </message>
    <message>
        <source>Attached %1; it reaches this list with the next sync.</source>
        <translation>%1 anexado; ele aparece nesta lista na próxima sincronização.</translation>
    </message>
    <message>
        <source>Save d&amp;ocument…</source>
        <translation>Salvar d&amp;ocumento…</translation>
    </message>
    <message>
        <source>This document is not on this desk any more; refresh the list.</source>
        <translation>Este documento não está mais nesta estação; atualize a lista.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salvar o documento</translation>
    </message>
</context>
<context>
    <name>quita::ProtestReturnModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Confirmed (protocolled)</source>
        <translation>Confirmado (protocolado)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Devedor</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularidade</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Custas</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Situação agora</translation>
    </message>
</context>
<context>
    <name>quita::ProtestWindow</name>
    <message>
        <source>Protest</source>
        <translation>Protesto</translation>
    </message>
    <message>
        <source>&amp;Eligible titles</source>
        <translation>Títulos &amp;aptos</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>&amp;Files and returns</source>
        <translation>&amp;Arquivos e retornos</translation>
    </message>
    <message>
        <source>You are not signed in to the server: the requests below are what this desk has; eligible titles, batches and files need the server.</source>
        <translation>Você não está conectado ao servidor: os pedidos abaixo são os que esta estação tem; títulos aptos, lotes e arquivos precisam do servidor.</translation>
    </message>
</context>
<context>
    <name>quita::RollRateHeatMap</name>
    <message>
        <source>Roll rates between aging buckets</source>
        <translation>Rolagem entre faixas de atraso</translation>
    </message>
    <message>
        <source>No account to follow between buckets in this period.</source>
        <translation>Nenhuma conta para acompanhar entre faixas neste período.</translation>
    </message>
    <message>
        <source>Roll rate</source>
        <translation>Taxa de rolagem</translation>
    </message>
    <message>
        <source>Bucket at the end of the period</source>
        <translation>Faixa no fim do período</translation>
    </message>
    <message>
        <source>Bucket at the start of the period</source>
        <translation>Faixa no início do período</translation>
    </message>
    <message>
        <source>From %1 to %2: %3
%4 of %5 accounts</source>
        <translation>De %1 para %2: %3
%4 de %5 contas</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 para %2</translation>
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
    <name>quita::TeamDashboard</name>
    <message>
        <source>Team dashboard</source>
        <translation>Painel da equipe</translation>
    </message>
    <message>
        <source>The team dashboard needs the server; you are offline.</source>
        <translation>O painel da equipe precisa do servidor; você está offline.</translation>
    </message>
    <message>
        <source>%1 right-party contacts</source>
        <translation>%1 contatos com o devedor</translation>
    </message>
    <message>
        <source>%1 promises to pay</source>
        <translation>%1 promessas de pagamento</translation>
    </message>
    <message>
        <source>%1 of %2 due</source>
        <translation>%1 de %2 vencidas</translation>
    </message>
    <message>
        <source>%1 agent-hours</source>
        <translation>%1 horas de operador</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n operador</numerusform>
            <numerusform>%n operadores</numerusform>
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
    <message>
        <source>Protest: %1
%2</source>
        <translation>Protesto: %1
%2</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protesto</translation>
    </message>
</context>
<context>
    <name>quita::VintageChart</name>
    <message>
        <source>Recovery curves by placement month</source>
        <translation>Curvas de recuperação por mês de entrada</translation>
    </message>
    <message>
        <source>No placement to follow in this scope.</source>
        <translation>Nenhuma entrada de carteira para acompanhar neste escopo.</translation>
    </message>
    <message>
        <source>Months since placement</source>
        <translation>Meses desde a entrada</translation>
    </message>
    <message>
        <source>Collected / placed (cumulative)</source>
        <translation>Recuperado / enviado (acumulado)</translation>
    </message>
    <message>
        <source>Placed in %1: %2 accounts, %3
Month %4: %5 collected (%6)</source>
        <translation>Entrada em %1: %2 contas, %3
Mês %4: %5 recuperados (%6)</translation>
    </message>
    <message>
        <source>Accounts placed in %1</source>
        <translation>Contas com entrada em %1</translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueModel</name>
    <message>
        <source>Not in today's queue</source>
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
        <source>Learned from this debtor's own answers: the channel and local hour that reached them most often.</source>
        <translation>Aprendido com as respostas do próprio devedor: o canal e a hora local que mais o alcançaram.</translation>
    </message>
    <message>
        <source>%1 around %2h (debtor's local time). %3</source>
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
        <source>No debtor matches "%1".</source>
        <translation>Nenhum devedor encontrado para "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) found</source>
        <translation>
            <numerusform>%n devedor encontrado</numerusform>
            <numerusform>%n devedores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in today's queue. Search a debtor above.</source>
        <translation>Nada na fila de hoje. Busque um devedor acima.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) in today's queue</source>
        <translation>
            <numerusform>%n devedor na fila de hoje</numerusform>
            <numerusform>%n devedores na fila de hoje</numerusform>
        </translation>
    </message>
</context>
</TS>