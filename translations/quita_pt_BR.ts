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
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>This desk still has %n change(s) of %1 not sent to the server. Sign in as %1 first so they are sent.</source>
        <translation>
            <numerusform>Esta mesa ainda tem %n alteração de %1 não enviada ao servidor. Entre como %1 primeiro para enviá-la.</numerusform>
            <numerusform>Esta mesa ainda tem %n alterações de %1 não enviadas ao servidor. Entre como %1 primeiro para enviá-las.</numerusform>
        </translation>
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
    <name>quita</name>
    <message>
        <source>the server answered %1</source>
        <translation>o servidor respondeu %1</translation>
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
    <name>quita::ChangeApplier</name>
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
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser verdadeiro ou falso</translation>
    </message>
</context>
<context>
    <name>quita::ChangeApplier::PageWriter</name>
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
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search debtors&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous debtor in the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Place a new debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the queue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar devedores&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Baixo / Alt+Cima&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Próximo / anterior devedor da fila&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cadastrar novo devedor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar acionamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; ou &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Salvar o acionamento&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar no histórico&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Atualizar a fila&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
        <translation>&amp;Sair da conta</translation>
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
        <translation>Ca&amp;ncelar a promessa</translation>
    </message>
    <message>
        <source>Promise marked kept.</source>
        <translation>Promessa marcada como cumprida.</translation>
    </message>
    <message>
        <source>Promise cancelled.</source>
        <translation>Promessa cancelada.</translation>
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
    <name>quita::SyncEngine</name>
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
    <message>
        <source>Sign-in refused: wrong username or password.</source>
        <translation>Acesso recusado: usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait a few minutes and try again.</source>
        <translation>Muitas tentativas sem sucesso: aguarde alguns minutos e tente de novo.</translation>
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
<context>
    <name>quita::sync</name>
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
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
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
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser verdadeiro ou falso</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>tem um tipo desconhecido</translation>
    </message>
</context>
</TS>
