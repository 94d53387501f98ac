<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityRepository</name>
    <message>
        <source>Activity: missing id</source>
        <translation>Gestión: falta el id</translation>
    </message>
    <message>
        <source>Debtor: choose a debtor</source>
        <translation>Deudor: elija un deudor</translation>
    </message>
    <message>
        <source>Result: choose the result of the contact</source>
        <translation>Resultado: elija el resultado de la gestión</translation>
    </message>
    <message>
        <source>Result: &quot;%1&quot; is not a result of the %2 channel</source>
        <translation>Resultado: &quot;%1&quot; no es un resultado del canal %2</translation>
    </message>
    <message>
        <source>Time: enter when the contact happened</source>
        <translation>Hora: ingrese cuándo ocurrió la gestión</translation>
    </message>
    <message>
        <source>Callback: enter when to call back</source>
        <translation>Devolver la llamada: ingrese cuándo devolverla</translation>
    </message>
    <message>
        <source>Callback: the time must be after the contact</source>
        <translation>Devolver la llamada: la hora debe ser posterior a la gestión</translation>
    </message>
    <message>
        <source>Summary: at most 500 characters</source>
        <translation>Resumen: como máximo 500 caracteres</translation>
    </message>
    <message>
        <source>Message: at most 20,000 characters</source>
        <translation>Mensaje: como máximo 20.000 caracteres</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
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
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Self-service portal</source>
        <translation>Portal de autoservicio</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
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
        <translation>cumplida</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>(no longer on this desk)</source>
        <translation>(ya no está en este puesto)</translation>
    </message>
    <message>
        <source>Promise marked %1</source>
        <translation>Promesa marcada como %1</translation>
    </message>
    <message>
        <source>on the server it is now %1</source>
        <translation>en el servidor ahora está %1</translation>
    </message>
    <message>
        <source>Contact logged: %1 (%2)</source>
        <translation>Gestión registrada: %1 (%2)</translation>
    </message>
    <message>
        <source>Someone changed it on the server first</source>
        <translation>Alguien la cambió antes en el servidor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Why it was not applied</source>
        <translation>Por qué no se aplicó</translation>
    </message>
    <message>
        <source>Only a stale change can be sent again</source>
        <translation>Solo un cambio desactualizado puede reenviarse</translation>
    </message>
    <message>
        <source>This debtor was moved out of your portfolio before it arrived</source>
        <translation>Este deudor salió de su cartera antes de que llegara el cambio</translation>
    </message>
    <message>
        <source>The server no longer has this debtor or row</source>
        <translation>El servidor ya no tiene este deudor o registro</translation>
    </message>
</context>
<context>
    <name>ContactPoint</name>
    <message>
        <source>Phone: use digits only, e.g. (11) 98765-4321</source>
        <translation>Teléfono: use solo números, p. ej.: (11) 98765-4321</translation>
    </message>
    <message>
        <source>Phone: enter the DDD and the number, e.g. (11) 98765-4321</source>
        <translation>Teléfono: ingrese el DDD y el número, p. ej.: (11) 98765-4321</translation>
    </message>
    <message>
        <source>Phone: %1 is not a valid DDD</source>
        <translation>Teléfono: %1 no es un DDD válido</translation>
    </message>
    <message>
        <source>E-mail: %1 is not an e-mail address</source>
        <translation>Correo: %1 no es una dirección de correo</translation>
    </message>
</context>
<context>
    <name>ContactRecorder</name>
    <message>
        <source>Promise to pay: enter the amount and the date</source>
        <translation>Promesa de pago: ingrese el monto y la fecha</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a readable Quita database (%2). It was not changed; move it away or restore a backup.</source>
        <translation>El archivo %1 no es una base de datos de Quita legible (%2). No se modificó; muévalo a otro lugar o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its schema version cannot be read. It was not changed.</source>
        <translation>El archivo %1 está dañado: no se puede leer la versión del esquema. No se modificó.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program. It was not changed.</source>
        <translation>El archivo %1 es una base de datos de otro programa. No se modificó.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: table %2 is missing. It was not changed.</source>
        <translation>El archivo %1 está dañado: falta la tabla %2. No se modificó.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Quita (schema %2; this version knows up to %3). Update Quita; the file was not changed.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Quita (esquema %2; esta versión conoce hasta el %3). Actualice Quita; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2). It was not changed.</source>
        <translation>El archivo %1 está dañado (%2). No se modificó.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>No se puede configurar la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>DebtorRegistration</name>
    <message>
        <source>Portfolio: choose the portfolio of the debt</source>
        <translation>Cartera: elija la cartera de la deuda</translation>
    </message>
    <message>
        <source>Name: enter the debtor&apos;s full name</source>
        <translation>Nombre: ingrese el nombre completo del deudor</translation>
    </message>
    <message>
        <source>State: choose the debtor&apos;s state (UF)</source>
        <translation>Estado: elija el estado (UF) del deudor</translation>
    </message>
    <message>
        <source>City: enter the debtor&apos;s city</source>
        <translation>Ciudad: ingrese la ciudad del deudor</translation>
    </message>
    <message>
        <source>Contract: enter the contract or invoice number</source>
        <translation>Contrato: ingrese el número del contrato o de la factura</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Monto adeudado</translation>
    </message>
    <message>
        <source>Amount due: must be more than zero</source>
        <translation>Monto adeudado: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Due date: enter a real due date</source>
        <translation>Vencimiento: ingrese una fecha de vencimiento válida</translation>
    </message>
    <message>
        <source>CPF/CNPJ: %1 is already a debtor of this portfolio</source>
        <translation>CPF/CNPJ: %1 ya es deudor de esta cartera</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>informed at placement</source>
        <translation>informado al registrar</translation>
    </message>
</context>
<context>
    <name>DebtorRepository</name>
    <message>
        <source>Name: enter the debtor&apos;s name</source>
        <translation>Nombre: ingrese el nombre del deudor</translation>
    </message>
    <message>
        <source>CPF/CNPJ: enter a valid document</source>
        <translation>CPF/CNPJ: ingrese un documento válido</translation>
    </message>
    <message>
        <source>State: %1 is not a Brazilian state (UF)</source>
        <translation>Estado: %1 no es un estado brasileño (UF)</translation>
    </message>
    <message>
        <source>Contact: enter a phone number or e-mail</source>
        <translation>Contacto: ingrese un teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Number: enter the contract number</source>
        <translation>Número: ingrese el número del contrato</translation>
    </message>
    <message>
        <source>Due date: must be a valid date on or after the issue date</source>
        <translation>Vencimiento: debe ser una fecha válida igual o posterior a la fecha de emisión</translation>
    </message>
    <message>
        <source>Principal: cannot be negative</source>
        <translation>Capital: no puede ser negativo</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1: enter a CPF or CNPJ</source>
        <translation>%1: ingrese un CPF o CNPJ</translation>
    </message>
    <message>
        <source>%1: use only digits, letters and the punctuation . - /</source>
        <translation>%1: use solo dígitos, letras y los signos . - /</translation>
    </message>
    <message>
        <source>%1: a CPF has digits only</source>
        <translation>%1: un CPF solo tiene dígitos</translation>
    </message>
    <message>
        <source>%1: a CPF cannot have all digits equal</source>
        <translation>%1: un CPF no puede tener todos los dígitos iguales</translation>
    </message>
    <message>
        <source>%1: CPF check digits do not match</source>
        <translation>%1: los dígitos verificadores del CPF no coinciden</translation>
    </message>
    <message>
        <source>%1: the last two characters of a CNPJ are digits</source>
        <translation>%1: los dos últimos caracteres de un CNPJ son dígitos</translation>
    </message>
    <message>
        <source>%1: a CNPJ cannot have all digits equal</source>
        <translation>%1: un CNPJ no puede tener todos los dígitos iguales</translation>
    </message>
    <message>
        <source>%1: CNPJ check digits do not match</source>
        <translation>%1: los dígitos verificadores del CNPJ no coinciden</translation>
    </message>
    <message>
        <source>%1: a CPF has 11 digits and a CNPJ 14 characters</source>
        <translation>%1: un CPF tiene 11 dígitos y un CNPJ, 14 caracteres</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration file %1 is not named NNNN_name.sql</source>
        <translation>El archivo de migración %1 no sigue el formato de nombre NNNN_name.sql</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>No se puede leer la migración %1</translation>
    </message>
    <message>
        <source>Migration %1 is out of sequence (expected version %2)</source>
        <translation>La migración %1 está fuera de secuencia (versión esperada: %2)</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>No se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed, nothing was changed: %2</source>
        <translation>La migración %1 falló; no se modificó nada: %2</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist</source>
        <translation>La carpeta de migraciones %1 no existe</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1: enter an amount</source>
        <translation>%1: ingrese un monto</translation>
    </message>
    <message>
        <source>%1: at most two decimals, such as %2</source>
        <translation>%1: como máximo dos decimales, por ejemplo %2</translation>
    </message>
    <message>
        <source>%1: the amount is too large</source>
        <translation>%1: el monto es demasiado grande</translation>
    </message>
    <message>
        <source>%1: enter an amount such as %2</source>
        <translation>%1: ingrese un monto como %2</translation>
    </message>
</context>
<context>
    <name>PromiseRepository</name>
    <message>
        <source>Promise date: enter a valid date</source>
        <translation>Fecha de la promesa: ingrese una fecha válida</translation>
    </message>
    <message>
        <source>Promise date: cannot be in the past</source>
        <translation>Fecha de la promesa: no puede estar en el pasado</translation>
    </message>
    <message>
        <source>Promised amount: must be more than zero</source>
        <translation>Monto prometido: debe ser mayor que cero</translation>
    </message>
</context>
<context>
    <name>PromiseUpdater</name>
    <message>
        <source>This promise is no longer on this desk</source>
        <translation>Esta promesa ya no está en este puesto</translation>
    </message>
    <message>
        <source>The promise already has this status</source>
        <translation>La promesa ya tiene ese estado</translation>
    </message>
</context>
<context>
    <name>PushAnswers</name>
    <message>
        <source>The server did not apply it yet</source>
        <translation>El servidor aún no lo aplicó</translation>
    </message>
</context>
<context>
    <name>QueueReason</name>
    <message>
        <source>Promise due today</source>
        <translation>Promesa hoy</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Promesa incumplida</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>Nueva asignación</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca gestionado</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Inbound to answer</source>
        <translation>Responder al deudor</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tercero</translation>
    </message>
    <message>
        <source>Right-party contact</source>
        <translation>Contacto con titular (RPC)</translation>
    </message>
    <message>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Devolver la llamada</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <source>Bankrupt</source>
        <translation>En quiebra</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Se dio de baja</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visitó</translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation>Simuló</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagó</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>This desk still has %n change(s) of %1 not sent to the server. Sign in as %1 first so they are sent.</source>
        <translation>
            <numerusform>Este puesto aún tiene %n cambio de %1 sin enviar al servidor. Ingrese como %1 primero para enviarlo.</numerusform>
            <numerusform>Este puesto aún tiene %n cambios de %1 sin enviar al servidor. Ingrese como %1 primero para enviarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Preparing the demo portfolio…</source>
        <translation>Preparando la cartera de demostración…</translation>
    </message>
</context>
<context>
    <name>quita</name>
    <message>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
</context>
<context>
    <name>quita::ActivityForm</name>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Pay on:</source>
        <translation>&amp;Pagar el:</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>Devolver &amp;llamada el:</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Registrar gestión</translation>
    </message>
    <message>
        <source>Channel of the contact</source>
        <translation>Canal de la gestión</translation>
    </message>
    <message>
        <source>Result of the contact</source>
        <translation>Resultado de la gestión</translation>
    </message>
    <message>
        <source>Note (what was said, next step)…</source>
        <translation>Nota (qué se dijo, próximo paso)…</translation>
    </message>
    <message>
        <source>Log the contact (Enter in the note, or Ctrl+Enter)</source>
        <translation>Registrar la gestión (Enter en la nota o Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Contact logged: %1</source>
        <translation>Gestión registrada: %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej.: %1</translation>
    </message>
</context>
<context>
    <name>quita::ChangeApplier</name>
    <message>
        <source>The pulled page is not a JSON object (%1 at offset %2). Nothing was applied.</source>
        <translation>La página recibida no es un objeto JSON (%1 en la posición %2). No se aplicó nada.</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>The pulled page&apos;s %1 %2. Nothing was applied.</source>
        <translation>En la página recibida, %1 %2. No se aplicó nada.</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
</context>
<context>
    <name>quita::ChangeApplier::PageWriter</name>
    <message>
        <source>Pulled change %1 (%2): %3 %4. Nothing of this page was applied.</source>
        <extracomment>%1 the change&apos;s seq, %2 the entity (debtor, title, ...), %3 the field, %4 what is wrong</extracomment>
        <translation>Cambio recibido %1 (%2): %3 %4. No se aplicó nada de esta página.</translation>
    </message>
    <message>
        <source>was refused by the local store (%1)</source>
        <translation>fue rechazado por la base local (%1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entity this version of Quita knows</source>
        <translation>&quot;%1&quot; no es una entidad que esta versión de Quita conozca</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be an object (the whole row)</source>
        <translation>debe ser un objeto (la fila entera)</translation>
    </message>
    <message>
        <source>must be &quot;upsert&quot; or &quot;delete&quot;</source>
        <translation>debe ser &quot;upsert&quot; o &quot;delete&quot;</translation>
    </message>
    <message>
        <source>differs from the change&apos;s id %1</source>
        <translation>difiere del id del cambio %1</translation>
    </message>
</context>
<context>
    <name>quita::ConflictsDialog</name>
    <message>
        <source>Nothing to resolve: the server took all your changes.</source>
        <translation>Nada que resolver: el servidor aceptó todos sus cambios.</translation>
    </message>
    <message>
        <source>Send &amp;again on the current version</source>
        <translation>Reenviar sobre la versión &amp;actual</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>&amp;Descartar mi cambio</translation>
    </message>
    <message>
        <source>Changes the server did not take</source>
        <translation>Cambios que el servidor no aceptó</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>El servidor dice: %1</translation>
    </message>
</context>
<context>
    <name>quita::ContactPointModel</name>
    <message>
        <source>%1: the debtor opted out</source>
        <translation>%1: el deudor se dio de baja</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <translation>%1: permitido</translation>
    </message>
    <message>
        <source>%1: no consent recorded</source>
        <translation>%1: sin consentimiento registrado</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (principal)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Consent for %1: ✓ allowed, ? not recorded, ✗ opted out, – does not apply</source>
        <translation>Consentimiento para %1: ✓ permitido, ? no registrado, ✗ dado de baja, – no aplica</translation>
    </message>
</context>
<context>
    <name>quita::DebtorHeader</name>
    <message>
        <source>Total due today</source>
        <translation>Total adeudado hoy</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>No debtor open</source>
        <translation>Ningún deudor abierto</translation>
    </message>
    <message>
        <source>Choose a debtor in the work queue, or search by name, CPF/CNPJ, phone, e-mail or contract.</source>
        <translation>Elija un deudor en la cola de trabajo o busque por nombre, CPF/CNPJ, teléfono, correo electrónico o contrato.</translation>
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
        <translation>al día</translation>
    </message>
    <message>
        <source>Promise broken (due %1)</source>
        <translation>Promesa incumplida (vencía el %1)</translation>
    </message>
    <message>
        <source>Promise open, due %1</source>
        <translation>Promesa vigente, vence el %1</translation>
    </message>
    <message>
        <source>Creditor: %1 · Portfolio: %2</source>
        <translation>Acreedor: %1 · Cartera: %2</translation>
    </message>
    <message>
        <source>No open promise</source>
        <translation>Sin promesa abierta</translation>
    </message>
</context>
<context>
    <name>quita::DebtorWorkspace</name>
    <message>
        <source>Open a debtor first</source>
        <translation>Primero abra un deudor</translation>
    </message>
    <message>
        <source>Promised amount</source>
        <translation>Monto prometido</translation>
    </message>
    <message>
        <source>Promise to pay %1 on %2</source>
        <translation>Promesa de pago de %1 el %2</translation>
    </message>
    <message>
        <source>Call back on %1</source>
        <translation>Devolver la llamada el %1</translation>
    </message>
    <message>
        <source>This debtor has no open promise</source>
        <translation>Este deudor no tiene promesa abierta</translation>
    </message>
</context>
<context>
    <name>quita::DebtorWorkspaceView</name>
    <message>
        <source>Contact points and consent</source>
        <translation>Medios de contacto y consentimiento</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Timeline (all channels)</source>
        <translation>Historial (todos los canales)</translation>
    </message>
</context>
<context>
    <name>quita::LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Ingresar</translation>
    </message>
    <message>
        <source>Sign in to the Quita server</source>
        <translation>Ingresar al servidor de Quita</translation>
    </message>
    <message>
        <source>Your work is kept on this computer and sent to the server whenever it can be reached.</source>
        <translation>Su trabajo se guarda en este equipo y se envía al servidor cuando esté disponible.</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Trabajar sin &amp;conexión</translation>
    </message>
    <message>
        <source>Server: enter the address your administrator gave you, e.g. https://quita.example.com.br</source>
        <translation>Servidor: ingrese la dirección que le dio el administrador, p. ej. https://quita.example.com.br</translation>
    </message>
    <message>
        <source>User: enter your user name</source>
        <translation>Usuario: ingrese su nombre de usuario</translation>
    </message>
    <message>
        <source>Password: enter your password</source>
        <translation>Contraseña: ingrese su contraseña</translation>
    </message>
</context>
<context>
    <name>quita::MainWindow</name>
    <message>
        <source>Quita – collection desk</source>
        <translation>Quita – mesa de cobranza</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh queue</source>
        <translation>&amp;Actualizar cola</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Debtor</source>
        <translation>&amp;Deudor</translation>
    </message>
    <message>
        <source>&amp;Search debtors</source>
        <translation>&amp;Buscar deudores</translation>
    </message>
    <message>
        <source>&amp;Next in queue</source>
        <translation>&amp;Siguiente en la cola</translation>
    </message>
    <message>
        <source>&amp;Previous in queue</source>
        <translation>&amp;Anterior en la cola</translation>
    </message>
    <message>
        <source>&amp;Log a contact</source>
        <translation>&amp;Registrar una gestión</translation>
    </message>
    <message>
        <source>Search the &amp;timeline</source>
        <translation>Buscar en el &amp;historial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Quita</source>
        <translation>A&amp;cerca de Quita</translation>
    </message>
    <message>
        <source>This debtor is no longer in the local store.</source>
        <translation>Este deudor ya no está en la base local.</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Quita</source>
        <translation>Acerca de Quita</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quita %1&lt;/h3&gt;&lt;p&gt;Workstation for debt-collection agents.&lt;/p&gt;&lt;p&gt;Local store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quita %1&lt;/h3&gt;&lt;p&gt;Estación de trabajo para agentes de cobranza.&lt;/p&gt;&lt;p&gt;Base local: %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) in the local store</source>
        <translation>
            <numerusform>%Ln deudor en la base local</numerusform>
            <numerusform>%Ln deudores en la base local</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;debtor…</source>
        <translation>&amp;Nuevo deudor…</translation>
    </message>
    <message>
        <source>Debtor placed: %1</source>
        <translation>Deudor registrado: %1</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search debtors&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous debtor in the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Place a new debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the queue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar deudores&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Abajo / Alt+Arriba&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deudor siguiente / anterior de la cola&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar un deudor nuevo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar una gestión&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Guardar la gestión&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar en el historial&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Actualizar la cola&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>The server asks you to sign in again.</source>
        <translation>El servidor pide que ingrese de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Ingresar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>This desk works without a server. Start Quita with --server, or ask your administrator to set the server address.</source>
        <translation>Este puesto trabaja sin servidor. Inicie Quita con --server o pida al administrador que configure la dirección del servidor.</translation>
    </message>
    <message>
        <source>Signed in. Syncing your portfolio…</source>
        <translation>Sesión iniciada. Sincronizando su cartera…</translation>
    </message>
    <message>
        <source>Promise &amp;kept</source>
        <translation>Promesa &amp;cumplida</translation>
    </message>
    <message>
        <source>&amp;Cancel the promise</source>
        <translation>Ca&amp;ncelar la promesa</translation>
    </message>
    <message>
        <source>Promise marked kept.</source>
        <translation>Promesa marcada como cumplida.</translation>
    </message>
    <message>
        <source>Promise cancelled.</source>
        <translation>Promesa cancelada.</translation>
    </message>
</context>
<context>
    <name>quita::NewDebtorDialog</name>
    <message>
        <source>New debtor</source>
        <translation>Nuevo deudor</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>CPF or CNPJ, e.g. 123.456.789-09</source>
        <translation>CPF o CNPJ, p. ej.: 123.456.789-09</translation>
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
        <translation>p. ej.: %1</translation>
    </message>
    <message>
        <source>&amp;Portfolio:</source>
        <translation>C&amp;artera:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>CPF/&amp;CNPJ:</source>
        <translation>CPF/&amp;CNPJ:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation>C&amp;ontrato:</translation>
    </message>
    <message>
        <source>&amp;Amount due:</source>
        <translation>&amp;Monto adeudado:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Place debtor</source>
        <translation>&amp;Registrar deudor</translation>
    </message>
</context>
<context>
    <name>quita::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time Quita starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Quita.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Agent name:</source>
        <translation>&amp;Nombre del agente:</translation>
    </message>
    <message>
        <source>Agent name: enter the name that signs your contacts.</source>
        <translation>Nombre del agente: ingrese el nombre que firma sus gestiones.</translation>
    </message>
    <message>
        <source>none: this desk works on its own</source>
        <translation>ninguno: este puesto trabaja solo</translation>
    </message>
    <message>
        <source>The address of the Quita server, e.g. https://quita.example.com.br. A new address applies the next time Quita starts.</source>
        <translation>La dirección del servidor de Quita, p. ej. https://quita.example.com.br. Una nueva dirección se aplica la próxima vez que abra Quita.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server: enter an address starting with https:// (or http:// inside the office network), or leave it empty.</source>
        <translation>Servidor: ingrese una dirección que empiece con https:// (o http:// dentro de la red de la oficina), o déjela vacía.</translation>
    </message>
</context>
<context>
    <name>quita::SyncEngine</name>
    <message>
        <source>The local store is not open.</source>
        <translation>La base local no está abierta.</translation>
    </message>
    <message>
        <source>Choose the server first.</source>
        <translation>Elija el servidor primero.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede contactar al servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no session.</source>
        <translation>La respuesta del servidor al ingreso no trae sesión.</translation>
    </message>
    <message>
        <source>Sending changes failed: %1</source>
        <translation>Falló el envío de cambios: %1</translation>
    </message>
    <message>
        <source>Receiving changes failed: %1</source>
        <translation>Falló la recepción de cambios: %1</translation>
    </message>
    <message>
        <source>Some changes were not accepted yet; they will be sent again.</source>
        <translation>Algunos cambios aún no fueron aceptados; se enviarán de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong username or password.</source>
        <translation>Ingreso rechazado: usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait a few minutes and try again.</source>
        <translation>Demasiados intentos fallidos: espere unos minutos e intente de nuevo.</translation>
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
        <translation>Ingresar…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n cambio recibido</numerusform>
            <numerusform>%n cambios recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: working on the local store</source>
        <translation>Sin conexión: trabajando en la base local</translation>
    </message>
    <message>
        <source>No central server is configured on this desk; everything is kept locally.</source>
        <translation>No hay servidor central configurado en este puesto; todo se guarda localmente.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline: not signed in</source>
        <translation>Sin conexión: sesión no iniciada</translation>
    </message>
    <message>
        <source>Offline: retrying at %1</source>
        <translation>Sin conexión: nuevo intento a las %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
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
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Show one channel only</source>
        <translation>Mostrar un solo canal</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Saliente y entrante</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contactos con titular (RPC)</translation>
    </message>
    <message>
        <source>Search this timeline…</source>
        <translation>Buscar en este historial…</translation>
    </message>
    <message>
        <source>Open a debtor from the queue to see every contact here.</source>
        <translation>Abra un deudor de la cola para ver aquí todas las gestiones.</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Ninguna gestión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No contact with this debtor yet. Log the first one below.</source>
        <translation>Aún no hay gestiones con este deudor. Registre la primera abajo.</translation>
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
        <translation>Factura</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (en disputa)</translation>
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
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Original principal: %1</source>
        <translation>Capital original: %1</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo pendiente</translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueModel</name>
    <message>
        <source>Not in today&apos;s queue</source>
        <translation>Fuera de la cola de hoy</translation>
    </message>
    <message>
        <source>Promise due on %1</source>
        <translation>Promesa con vencimiento el %1</translation>
    </message>
    <message>
        <source>Callback scheduled for %1</source>
        <translation>Devolución de llamada programada para el %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
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
        <translation>Total adeudado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Learned from this debtor&apos;s own answers: the channel and local hour that reached them most often.</source>
        <translation>Aprendido de las respuestas del propio deudor: el canal y la hora local que más veces lo alcanzaron.</translation>
    </message>
    <message>
        <source>%1 around %2h (debtor&apos;s local time). %3</source>
        <translation>%1 alrededor de las %2 h (hora local del deudor). %3</translation>
    </message>
    <message>
        <source>Not enough answers yet. %1</source>
        <translation>Aún no hay respuestas suficientes. %1</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueView</name>
    <message>
        <source>Search name, CPF/CNPJ, phone, e-mail, contract (Ctrl+F)</source>
        <translation>Buscar nombre, CPF/CNPJ, teléfono, correo, contrato (Ctrl+F)</translation>
    </message>
    <message>
        <source>No debtor matches &quot;%1&quot;.</source>
        <translation>Ningún deudor coincide con &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) found</source>
        <translation>
            <numerusform>%n deudor encontrado</numerusform>
            <numerusform>%n deudores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in today&apos;s queue. Search a debtor above.</source>
        <translation>No hay nada en la cola de hoy. Busque un deudor arriba.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) in today&apos;s queue</source>
        <translation>
            <numerusform>%n deudor en la cola de hoy</numerusform>
            <numerusform>%n deudores en la cola de hoy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quita::sync</name>
    <message>
        <source>is required (a UUID)</source>
        <translation>es obligatorio (un UUID)</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>debe ser un UUID</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>is required (a string)</source>
        <translation>es obligatorio (un texto)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>is required (a date YYYY-MM-DD)</source>
        <translation>es obligatorio (una fecha AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>debe ser una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>is required (a whole number)</source>
        <translation>es obligatorio (un número entero)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>tiene un tipo desconocido</translation>
    </message>
</context>
</TS>
