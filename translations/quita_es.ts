<?xml version='1.0' encoding='utf-8'?>
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
        <source>Result: "%1" is not a result of the %2 channel</source>
        <translation>Resultado: "%1" no es un resultado del canal %2</translation>
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
    <name>AgreementRepository</name>
    <message>
        <source>The agreement has no installment.</source>
        <translation>El acuerdo no tiene ninguna cuota.</translation>
    </message>
    <message>
        <source>Say why the agreement is cancelled.</source>
        <translation>Indique por qué se cancela el acuerdo.</translation>
    </message>
    <message>
        <source>Only a pending, active or broken agreement can be cancelled.</source>
        <translation>Solo se puede cancelar un acuerdo pendiente, activo o incumplido.</translation>
    </message>
</context>
<context>
    <name>AgreementTerm</name>
    <message>
        <source>Creditor: %1, CNPJ %2</source>
        <translation>Acreedor: %1, CNPJ %2</translation>
    </message>
    <message>
        <source>Creditor: %1, CPF %2</source>
        <translation>Acreedor: %1, CPF %2</translation>
    </message>
    <message>
        <source>The agreement has no installments.</source>
        <translation>El acuerdo no tiene cuotas.</translation>
    </message>
    <message>
        <source>Every installment needs a due date and a positive amount.</source>
        <translation>Cada cuota necesita una fecha de vencimiento y un monto positivo.</translation>
    </message>
    <message>
        <source>The creditor has no name: the agreement term must show it (CDC art. 42-A).</source>
        <translation>El acreedor no tiene nombre: el acta de acuerdo debe mostrarlo (CDC, art. 42-A).</translation>
    </message>
    <message>
        <source>The creditor has no CNPJ: the agreement term must show it (CDC art. 42-A).</source>
        <translation>El acreedor no tiene CNPJ: el acta de acuerdo debe mostrarlo (CDC, art. 42-A).</translation>
    </message>
    <message>
        <source>The debtor has no name.</source>
        <translation>El deudor no tiene nombre.</translation>
    </message>
    <message>
        <source>The debtor has no CPF or CNPJ.</source>
        <translation>El deudor no tiene CPF ni CNPJ.</translation>
    </message>
    <message>
        <source>The term needs a date.</source>
        <translation>El acta necesita una fecha.</translation>
    </message>
    <message>
        <source>Grace days cannot be negative.</source>
        <translation>Los días de gracia no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The agreement term has nowhere to be written.</source>
        <translation>No hay dónde guardar el acta de acuerdo.</translation>
    </message>
    <message>
        <source>Agreement term</source>
        <translation>Acta de acuerdo</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>No se pudo generar el PDF.</translation>
    </message>
    <message>
        <source>The agreement term could not be written.</source>
        <translation>No se pudo guardar el acta de acuerdo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede guardar %1: %2</translation>
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
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Price table (equal installments with interest)</source>
        <translation>Tabla Price (cuotas iguales con intereses)</translation>
    </message>
    <message>
        <source>SAC (constant amortisation with interest)</source>
        <translation>SAC (amortización constante con intereses)</translation>
    </message>
    <message>
        <source>Equal installments without interest</source>
        <translation>Cuotas iguales sin intereses</translation>
    </message>
    <message>
        <source>Agreement %1, issued on %2</source>
        <translation>Acuerdo %1, emitido el %2</translation>
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
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Updated balance on %1</source>
        <translation>Saldo actualizado al %1</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Late fine</source>
        <translation>Multa por atraso</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Intereses moratorios</translation>
    </message>
    <message>
        <source>Monetary correction</source>
        <translation>Corrección monetaria</translation>
    </message>
    <message>
        <source>Collection fees</source>
        <translation>Gastos de cobranza</translation>
    </message>
    <message>
        <source>Updated balance</source>
        <translation>Saldo actualizado</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Balance after discount</source>
        <translation>Saldo con descuento</translation>
    </message>
    <message>
        <source>Financing interest</source>
        <translation>Intereses de financiación</translation>
    </message>
    <message>
        <source>Agreement total</source>
        <translation>Total del acuerdo</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>Kind of plan: %1</source>
        <translation>Tipo de plan: %1</translation>
    </message>
    <message>
        <source>Number of installments: %1</source>
        <translation>Número de cuotas: %1</translation>
    </message>
    <message>
        <source>Monthly interest rate: %1%</source>
        <translation>Tasa de interés mensual: %1%</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Cronograma de cuotas</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Each installment is paid by its due date with the boleto or the PIX code of its payment block.</source>
        <translation>Cada cuota se paga hasta su vencimiento con el boleto o el código PIX de su bloque de pago.</translation>
    </message>
    <message numerus="yes">
        <source>If an installment remains unpaid for more than %n day(s) after its due date, this agreement is broken.</source>
        <translation>
            <numerusform>Si una cuota sigue sin pagarse más de %n día después de su vencimiento, este acuerdo se considera incumplido.</numerusform>
            <numerusform>Si una cuota sigue sin pagarse más de %n días después de su vencimiento, este acuerdo se considera incumplido.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Paid on %1.</source>
        <translation>Pagada el %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>The creditor's bank or PIX settings are incomplete: ask the administrator; no payment code can be issued.</source>
        <translation>Los datos bancarios o de PIX del acreedor están incompletos: consulte al administrador; no se puede emitir ningún código de pago.</translation>
    </message>
    <message>
        <source>Payment codes are issued when this agreement reaches the server.</source>
        <translation>Los códigos de pago se emiten cuando este acuerdo llega al servidor.</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Acreedor</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Payment codes</source>
        <translation>Códigos de pago</translation>
    </message>
    <message>
        <source>Pay each installment by its due date with its boleto (digitable line or barcode) or its PIX code (copy and paste or QR code).</source>
        <translation>Pague cada cuota hasta su vencimiento con su boleto (línea digitable o código de barras) o su código PIX (copia y pega o código QR).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Installment %1 of %2</source>
        <translation>Cuota %1 de %2</translation>
    </message>
    <message>
        <source>Due %1   %2</source>
        <translation>Vencimiento %1   %2</translation>
    </message>
    <message>
        <source>Boleto: digitable line</source>
        <translation>Boleto: línea digitable</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Nuestro número: %1</translation>
    </message>
    <message>
        <source>PIX copy and paste</source>
        <translation>PIX copia y pega</translation>
    </message>
    <message>
        <source>PIX QR code</source>
        <translation>Código QR PIX</translation>
    </message>
</context>
<context>
    <name>ApprovalRepository</name>
    <message>
        <source>Say why the offer is rejected: the agent will read it.</source>
        <translation>Indique por qué se rechaza la oferta: el agente lo leerá.</translation>
    </message>
    <message>
        <source>This request is no longer waiting for an answer.</source>
        <translation>Esta solicitud ya no está esperando respuesta.</translation>
    </message>
</context>
<context>
    <name>ApprovalRole</name>
    <message>
        <source>agent</source>
        <translation>agente</translation>
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
        <translation>%1 debe ser un porcentaje de 0 a 100, no %2.</translation>
    </message>
    <message>
        <source>Days per month must be positive.</source>
        <translation>Los días por mes deben ser positivos.</translation>
    </message>
    <message>
        <source>The fixed fee cannot be negative.</source>
        <translation>El cargo fijo no puede ser negativo.</translation>
    </message>
    <message>
        <source>The date to update the balance to is not a valid date.</source>
        <translation>La fecha de actualización del saldo no es una fecha válida.</translation>
    </message>
    <message>
        <source>There are no titles to update.</source>
        <translation>No hay títulos para actualizar.</translation>
    </message>
    <message>
        <source>Title %1 has an open balance of %2; only a positive balance can be updated.</source>
        <translation>El título %1 tiene un saldo pendiente de %2; solo se puede actualizar un saldo positivo.</translation>
    </message>
    <message>
        <source>Title %1 has no valid due date.</source>
        <translation>El título %1 no tiene una fecha de vencimiento válida.</translation>
    </message>
</context>
<context>
    <name>Boleto</name>
    <message>
        <source>%1: enter a valid date</source>
        <translation>%1: ingrese una fecha válida</translation>
    </message>
    <message>
        <source>%1: a boleto cannot fall due on or before %2</source>
        <translation>%1: un boleto no puede vencer el %2 ni antes</translation>
    </message>
    <message>
        <source>%1: a due-date factor has four digits</source>
        <translation>%1: el factor de vencimiento tiene cuatro dígitos</translation>
    </message>
    <message>
        <source>%1: no reference date to read it against</source>
        <translation>%1: no hay fecha de referencia para interpretarlo</translation>
    </message>
    <message>
        <source>%1: factor %2 gives no due date between %3 and %4</source>
        <translation>%1: el factor %2 no da ningún vencimiento entre el %3 y el %4</translation>
    </message>
    <message>
        <source>%1: a bank code has 3 digits</source>
        <translation>%1: el código del banco tiene 3 dígitos</translation>
    </message>
    <message>
        <source>%1: codes starting with 8 are utility and tax collection, not bank boletos</source>
        <translation>%1: los códigos que empiezan con 8 son de recaudación (servicios e impuestos), no boletos bancarios</translation>
    </message>
    <message>
        <source>%1: only the real (code 9) is accepted</source>
        <translation>%1: solo se acepta el real (código 9)</translation>
    </message>
    <message>
        <source>%1: the amount must be more than zero</source>
        <translation>%1: el monto debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1: a boleto holds at most R$ 99.999.999,99</source>
        <translation>%1: un boleto admite como máximo R$ 99.999.999,99</translation>
    </message>
    <message>
        <source>%1: the free field has 25 digits</source>
        <translation>%1: el campo libre tiene 25 dígitos</translation>
    </message>
    <message>
        <source>%1: use only digits, spaces and dots</source>
        <translation>%1: use solo dígitos, espacios y puntos</translation>
    </message>
    <message>
        <source>%1: enter the barcode or the typeable line</source>
        <translation>%1: ingrese el código de barras o la línea digitable</translation>
    </message>
    <message>
        <source>%1: this is a utility or tax payment code (it starts with 8), not a bank boleto</source>
        <translation>%1: este es un código de recaudación (servicio o impuesto; empieza con 8), no un boleto bancario</translation>
    </message>
    <message>
        <source>%1: the check digit of field 1 (10th digit) does not match</source>
        <translation>%1: el dígito verificador del campo 1 (10.º dígito) no coincide</translation>
    </message>
    <message>
        <source>%1: the check digit of field 2 (21st digit) does not match</source>
        <translation>%1: el dígito verificador del campo 2 (21.º dígito) no coincide</translation>
    </message>
    <message>
        <source>%1: the check digit of field 3 (32nd digit) does not match</source>
        <translation>%1: el dígito verificador del campo 3 (32.º dígito) no coincide</translation>
    </message>
    <message>
        <source>%1: a boleto barcode has 44 digits and its typeable line 47</source>
        <translation>%1: el código de barras de un boleto tiene 44 dígitos y su línea digitable, 47</translation>
    </message>
    <message>
        <source>%1: the general check digit does not match</source>
        <translation>%1: el dígito verificador general no coincide</translation>
    </message>
    <message>
        <source>%1: only boletos in reais (currency 9) are accepted</source>
        <translation>%1: solo se aceptan boletos en reales (moneda 9)</translation>
    </message>
</context>
<context>
    <name>BoletoFreeField</name>
    <message>
        <source>%1: required</source>
        <translation>%1: obligatorio</translation>
    </message>
    <message>
        <source>%1: use digits only</source>
        <translation>%1: use solo dígitos</translation>
    </message>
    <message>
        <source>%1: at most %2 digits</source>
        <translation>%1: como máximo %2 dígitos</translation>
    </message>
</context>
<context>
    <name>BradescoFreeField</name>
    <message>
        <source>%1: the free field has %2 digits</source>
        <translation>%1: el campo libre tiene %2 dígitos</translation>
    </message>
    <message>
        <source>%1: a Bradesco free field ends with 0</source>
        <translation>%1: el campo libre de Bradesco termina en 0</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Pulled change %1 (%2): %3 %4. Nothing of this page was applied.</source>
        <extracomment>%1 the change's seq, %2 the entity (debtor, title, ...), %3 the field, %4 what is wrong</extracomment>
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
        <source>"%1" is not an entity this version of Quita knows</source>
        <translation>"%1" no es una entidad que esta versión de Quita conozca</translation>
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
        <source>must be "upsert" or "delete"</source>
        <translation>debe ser "upsert" o "delete"</translation>
    </message>
    <message>
        <source>differs from the change's id %1</source>
        <translation>difiere del id del cambio %1</translation>
    </message>
    <message>
        <source>The pulled page is not a JSON object (%1 at offset %2). Nothing was applied.</source>
        <translation>La página recibida no es un objeto JSON (%1 en la posición %2). No se aplicó nada.</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>otro valor JSON</translation>
    </message>
    <message>
        <source>The pulled page's %1 %2. Nothing was applied.</source>
        <translation>En la página recibida, %1 %2. No se aplicó nada.</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
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
        <source>has an unknown type</source>
        <translation>tiene un tipo desconocido</translation>
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
    <name>Chart</name>
    <message>
        <source>R$ %1M</source>
        <translation>R$ %1 M</translation>
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
        <translation>El acreedor no tiene %1 en su configuración: no se pueden emitir los códigos de pago.</translation>
    </message>
    <message>
        <source>bank code</source>
        <translation>código del banco</translation>
    </message>
    <message>
        <source>bank agency</source>
        <translation>agencia bancaria</translation>
    </message>
    <message>
        <source>bank account</source>
        <translation>cuenta bancaria</translation>
    </message>
    <message>
        <source>boleto wallet (carteira)</source>
        <translation>cartera del boleto (carteira)</translation>
    </message>
    <message>
        <source>PIX key</source>
        <translation>clave PIX</translation>
    </message>
    <message>
        <source>PIX city</source>
        <translation>ciudad del PIX</translation>
    </message>
    <message>
        <source>Bank %1 is not supported for boletos yet (Bradesco, 237, and Itaú, 341, are).</source>
        <translation>El banco %1 aún no se admite para boletos (Bradesco, 237, e Itaú, 341, sí).</translation>
    </message>
    <message>
        <source>The creditor's our numbers are used up (%1 digits at bank %2): ask the bank for a new range or wallet.</source>
        <translation>Los números propios del acreedor se agotaron (%1 dígitos en el banco %2): pida al banco un nuevo rango o cartera.</translation>
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
    <name>CorrectionIndex</name>
    <message>
        <source>%1: unknown correction index "%2" (expected none, ipca, igpm or inpc).</source>
        <translation>%1: índice de corrección desconocido "%2" (se esperaba none, ipca, igpm o inpc).</translation>
    </message>
    <message>
        <source>no correction</source>
        <translation>sin corrección</translation>
    </message>
</context>
<context>
    <name>CraCodes</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Protested</source>
        <translation>Protestado</translation>
    </message>
    <message>
        <source>Withdrawn by the presenter</source>
        <translation>Retirado por el presentante</translation>
    </message>
    <message>
        <source>Suspended by court order</source>
        <translation>Suspendido por orden judicial</translation>
    </message>
    <message>
        <source>Returned for irregularity, without fees</source>
        <translation>Devuelto por irregularidad, sin costas</translation>
    </message>
    <message>
        <source>Returned for irregularity, with fees</source>
        <translation>Devuelto por irregularidad, con costas</translation>
    </message>
    <message>
        <source>Conditional settlement (debtor's cheque)</source>
        <translation>Liquidación condicional (cheque del deudor)</translation>
    </message>
    <message>
        <source>Accepted by the debtor</source>
        <translation>Aceptado por el deudor</translation>
    </message>
    <message>
        <source>Public notice (edital)</source>
        <translation>Notificación por edicto (edital)</translation>
    </message>
    <message>
        <source>Presentation date before the due date</source>
        <translation>Fecha de presentación anterior al vencimiento</translation>
    </message>
    <message>
        <source>No proof that the service was rendered</source>
        <translation>Falta comprobante de la prestación del servicio</translation>
    </message>
    <message>
        <source>Debtor's name incomplete or wrong</source>
        <translation>Nombre del deudor incompleto o incorrecto</translation>
    </message>
    <message>
        <source>Creditor's name incomplete or wrong</source>
        <translation>Nombre del acreedor incompleto o incorrecto</translation>
    </message>
    <message>
        <source>Drawer's name incomplete or wrong</source>
        <translation>Nombre del librador incompleto o incorrecto</translation>
    </message>
    <message>
        <source>Debtor's address insufficient</source>
        <translation>Dirección del deudor insuficiente</translation>
    </message>
    <message>
        <source>Debtor's CPF/CNPJ invalid or wrong</source>
        <translation>CPF/CNPJ del deudor no válido o incorrecto</translation>
    </message>
    <message>
        <source>CPF/CNPJ does not match the debtor's, drawer's or guarantor's name</source>
        <translation>El CPF/CNPJ no coincide con el nombre del deudor, librador o avalista</translation>
    </message>
    <message>
        <source>Debtor's CPF/CNPJ does not match the document type</source>
        <translation>El CPF/CNPJ del deudor no coincide con el tipo de documento</translation>
    </message>
    <message>
        <source>Drawer's CPF/CNPJ does not match the species</source>
        <translation>El CPF/CNPJ del librador no coincide con la especie</translation>
    </message>
    <message>
        <source>Accepted title without the debtor's signature</source>
        <translation>Título aceptado sin la firma del deudor</translation>
    </message>
    <message>
        <source>Accepted title erased or torn</source>
        <translation>Título aceptado enmendado o roto</translation>
    </message>
    <message>
        <source>Accepted title: the title itself is missing</source>
        <translation>Título aceptado: falta el título mismo</translation>
    </message>
    <message>
        <source>Wrong CEP</source>
        <translation>CEP incorrecto</translation>
    </message>
    <message>
        <source>Place of payment does not match the address</source>
        <translation>La plaza de pago no coincide con la dirección</translation>
    </message>
    <message>
        <source>Title number missing</source>
        <translation>Falta el número del título</translation>
    </message>
    <message>
        <source>Title without the creditor's endorsement, or irregular endorsement</source>
        <translation>Título sin endoso del acreedor o con endoso irregular</translation>
    </message>
    <message>
        <source>Issue date missing</source>
        <translation>Falta la fecha de emisión</translation>
    </message>
    <message>
        <source>Accepted title: amount in words differs from the amount in figures</source>
        <translation>Título aceptado: el monto en letras difiere del monto en números</translation>
    </message>
    <message>
        <source>Issue date after the due date</source>
        <translation>Fecha de emisión posterior al vencimiento</translation>
    </message>
    <message>
        <source>Species not valid for protest</source>
        <translation>Especie no válida para protesto</translation>
    </message>
    <message>
        <source>Debtor's CEP outside the protest jurisdiction</source>
        <translation>CEP del deudor fuera de la jurisdicción del protesto</translation>
    </message>
    <message>
        <source>Species missing</source>
        <translation>Falta la especie</translation>
    </message>
    <message>
        <source>Balance larger than the face value</source>
        <translation>Saldo mayor que el valor nominal</translation>
    </message>
    <message>
        <source>Invalid endorsement type</source>
        <translation>Tipo de endoso no válido</translation>
    </message>
    <message>
        <source>Returned by court order</source>
        <translation>Devuelto por orden judicial</translation>
    </message>
    <message>
        <source>Title data do not match the file sent</source>
        <translation>Los datos del título no coinciden con el archivo enviado</translation>
    </message>
    <message>
        <source>Debtor and drawer or guarantor are the same person</source>
        <translation>El deudor y el librador o avalista son la misma persona</translation>
    </message>
    <message>
        <source>Correct the species of the title</source>
        <translation>Corregir la especie del título</translation>
    </message>
    <message>
        <source>Wait one business day after the due date</source>
        <translation>Esperar un día hábil después del vencimiento</translation>
    </message>
    <message>
        <source>Due date erased</source>
        <translation>Fecha de vencimiento enmendada</translation>
    </message>
    <message>
        <source>Due date in words does not match the figures</source>
        <translation>El vencimiento en letras no coincide con el de números</translation>
    </message>
    <message>
        <source>Due date missing on the title</source>
        <translation>Falta la fecha de vencimiento en el título</translation>
    </message>
    <message>
        <source>DM/DMI without authenticated proof or declaration</source>
        <translation>DM/DMI sin comprobante autenticado ni declaración</translation>
    </message>
    <message>
        <source>Proof illegible</source>
        <translation>Comprobante ilegible</translation>
    </message>
    <message>
        <source>Name does not match the issuer or the debtor</source>
        <translation>El nombre no coincide con el emisor ni con el deudor</translation>
    </message>
    <message>
        <source>Confirm whether there are two issuers and give both</source>
        <translation>Confirmar si hay dos emisores e indicar ambos</translation>
    </message>
    <message>
        <source>Debtor's address equals the drawer's or the holder's</source>
        <translation>Dirección del deudor igual a la del librador o del tenedor</translation>
    </message>
    <message>
        <source>Presenter's address incomplete or missing</source>
        <translation>Dirección del presentante incompleta o faltante</translation>
    </message>
    <message>
        <source>Street or number does not exist</source>
        <translation>Calle o número inexistente</translation>
    </message>
    <message>
        <source>State the kind of endorsement (M or T)</source>
        <translation>Indicar el tipo de endoso (M o T)</translation>
    </message>
    <message>
        <source>Payee's endorsement to the presenter missing</source>
        <translation>Falta el endoso del beneficiario al presentante</translation>
    </message>
    <message>
        <source>Issue date erased</source>
        <translation>Fecha de emisión enmendada</translation>
    </message>
    <message>
        <source>Cheque protest forbidden for its return reason</source>
        <translation>Protesto de cheque prohibido por su motivo de devolución</translation>
    </message>
    <message>
        <source>Issuer's signature missing on cheque</source>
        <translation>Falta la firma del emisor en el cheque</translation>
    </message>
    <message>
        <source>Issuer's address on the cheque equals the bank's</source>
        <translation>Dirección del emisor en el cheque igual a la del banco</translation>
    </message>
    <message>
        <source>Cheque return reason missing or illegible</source>
        <translation>Motivo de devolución del cheque faltante o ilegible</translation>
    </message>
    <message>
        <source>Drawer's signature missing</source>
        <translation>Falta la firma del librador</translation>
    </message>
    <message>
        <source>Presenter's name missing, incomplete or wrong</source>
        <translation>Nombre del presentante faltante, incompleto o incorrecto</translation>
    </message>
    <message>
        <source>Title filled in wrongly</source>
        <translation>Título completado incorrectamente</translation>
    </message>
    <message>
        <source>Right of recourse on the title has expired</source>
        <translation>El derecho de regreso del título venció</translation>
    </message>
    <message>
        <source>Title presented twice</source>
        <translation>Título presentado dos veces</translation>
    </message>
    <message>
        <source>Title already protested</source>
        <translation>Título ya protestado</translation>
    </message>
    <message>
        <source>Overdue bill of exchange without the debtor's acceptance</source>
        <translation>Letra de cambio vencida sin aceptación del deudor</translation>
    </message>
    <message>
        <source>Title lacks a sworn public translation</source>
        <translation>El título no tiene traducción pública jurada</translation>
    </message>
    <message>
        <source>Signed statement of the balance missing</source>
        <translation>Falta la declaración de saldo firmada</translation>
    </message>
    <message>
        <source>Exchange contract without its account statement</source>
        <translation>Contrato de cambio sin su estado de cuenta</translation>
    </message>
    <message>
        <source>Physical document missing</source>
        <translation>Falta el documento físico</translation>
    </message>
    <message>
        <source>Debtor deceased</source>
        <translation>Deudor fallecido</translation>
    </message>
    <message>
        <source>Debtor showed proof of payment</source>
        <translation>El deudor presentó comprobante de pago</translation>
    </message>
    <message>
        <source>Title from another jurisdiction</source>
        <translation>Título de otra jurisdicción</translation>
    </message>
    <message>
        <source>Title issued before the debtor's composition with creditors</source>
        <translation>Título emitido antes del concurso preventivo del deudor</translation>
    </message>
    <message>
        <source>Debtor is on the bankruptcy list</source>
        <translation>El deudor figura en la lista de quiebras</translation>
    </message>
    <message>
        <source>Presenter does not accept a public notice</source>
        <translation>El presentante no acepta la publicación de edicto</translation>
    </message>
    <message>
        <source>Drawer's data blank or invalid</source>
        <translation>Datos del librador en blanco o no válidos</translation>
    </message>
    <message>
        <source>Title not authorised for protest by public notice</source>
        <translation>Título no autorizado para protesto por edicto</translation>
    </message>
    <message>
        <source>Amount differs between the title and the proof</source>
        <translation>El monto difiere entre el título y el comprobante</translation>
    </message>
    <message>
        <source>A condominium cannot be protested for bankruptcy</source>
        <translation>Un condominio no puede protestarse con fines de quiebra</translation>
    </message>
    <message>
        <source>Notice by edital not allowed for a bankruptcy protest</source>
        <translation>No se permite la notificación por edicto en un protesto con fines de quiebra</translation>
    </message>
    <message>
        <source>Creditor's data blank or invalid</source>
        <translation>Datos del acreedor en blanco o no válidos</translation>
    </message>
    <message>
        <source>Withdrawn for lack of time to serve notice or pass on the fees (meaning varies by state)</source>
        <translation>Retirado por falta de plazo para notificar o transferir las costas (el significado varía según el estado)</translation>
    </message>
    <message>
        <source>Other (meaning varies by state)</source>
        <translation>Otros (el significado varía según el estado)</translation>
    </message>
    <message>
        <source>unknown irregularity %1</source>
        <translation>irregularidad desconocida %1</translation>
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
        <translation>código del presentante</translation>
    </message>
    <message>
        <source>presenter name</source>
        <translation>nombre del presentante</translation>
    </message>
    <message>
        <source>file date</source>
        <translation>fecha del archivo</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>remitente</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>file kind</source>
        <translation>tipo de archivo</translation>
    </message>
    <message>
        <source>file sequence</source>
        <translation>secuencia del archivo</translation>
    </message>
    <message>
        <source>record count</source>
        <translation>cantidad de registros</translation>
    </message>
    <message>
        <source>title count</source>
        <translation>cantidad de títulos</translation>
    </message>
    <message>
        <source>indications count</source>
        <translation>cantidad de indicaciones</translation>
    </message>
    <message>
        <source>originals count</source>
        <translation>cantidad de originales</translation>
    </message>
    <message>
        <source>presenter id</source>
        <translation>identificación del presentante</translation>
    </message>
    <message>
        <source>layout version</source>
        <translation>versión del formato</translation>
    </message>
    <message>
        <source>IBGE municipality</source>
        <translation>municipio (código IBGE)</translation>
    </message>
    <message>
        <source>blanks</source>
        <translation>espacios en blanco</translation>
    </message>
    <message>
        <source>record sequence</source>
        <translation>secuencia del registro</translation>
    </message>
    <message>
        <source>creditor code</source>
        <translation>código del acreedor</translation>
    </message>
    <message>
        <source>creditor name</source>
        <translation>nombre del acreedor</translation>
    </message>
    <message>
        <source>drawer name</source>
        <translation>nombre del librador</translation>
    </message>
    <message>
        <source>drawer CNPJ</source>
        <translation>CNPJ del librador</translation>
    </message>
    <message>
        <source>drawer address</source>
        <translation>dirección del librador</translation>
    </message>
    <message>
        <source>drawer CEP</source>
        <translation>CEP del librador</translation>
    </message>
    <message>
        <source>drawer city</source>
        <translation>ciudad del librador</translation>
    </message>
    <message>
        <source>drawer state</source>
        <translation>estado del librador</translation>
    </message>
    <message>
        <source>nosso numero</source>
        <translation>nuestro número</translation>
    </message>
    <message>
        <source>species</source>
        <translation>especie</translation>
    </message>
    <message>
        <source>title number</source>
        <translation>número del título</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
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
        <translation>plaza de pago</translation>
    </message>
    <message>
        <source>endorsement</source>
        <translation>endoso</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>aceptación</translation>
    </message>
    <message>
        <source>debtor sequence</source>
        <translation>secuencia del deudor</translation>
    </message>
    <message>
        <source>debtor name</source>
        <translation>nombre del deudor</translation>
    </message>
    <message>
        <source>debtor document type</source>
        <translation>tipo de documento del deudor</translation>
    </message>
    <message>
        <source>debtor CPF/CNPJ</source>
        <translation>CPF/CNPJ del deudor</translation>
    </message>
    <message>
        <source>debtor identity card</source>
        <translation>documento de identidad del deudor</translation>
    </message>
    <message>
        <source>debtor address</source>
        <translation>dirección del deudor</translation>
    </message>
    <message>
        <source>debtor CEP</source>
        <translation>CEP del deudor</translation>
    </message>
    <message>
        <source>debtor city</source>
        <translation>ciudad del deudor</translation>
    </message>
    <message>
        <source>debtor state</source>
        <translation>estado del deudor</translation>
    </message>
    <message>
        <source>notary office</source>
        <translation>notaría</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>ocurrencia</translation>
    </message>
    <message>
        <source>protocol date</source>
        <translation>fecha del protocolo</translation>
    </message>
    <message>
        <source>notary fees</source>
        <translation>costas notariales</translation>
    </message>
    <message>
        <source>presenter declaration</source>
        <translation>declaración del presentante</translation>
    </message>
    <message>
        <source>occurrence date</source>
        <translation>fecha de la ocurrencia</translation>
    </message>
    <message>
        <source>irregularity code</source>
        <translation>código de irregularidad</translation>
    </message>
    <message>
        <source>debtor neighbourhood</source>
        <translation>barrio del deudor</translation>
    </message>
    <message>
        <source>distribution fees</source>
        <translation>costas de distribución</translation>
    </message>
    <message>
        <source>distribution register</source>
        <translation>registro de distribución</translation>
    </message>
    <message>
        <source>electronic recording fee</source>
        <translation>tasa de registro electrónico</translation>
    </message>
    <message>
        <source>bank operation</source>
        <translation>operación bancaria</translation>
    </message>
    <message>
        <source>bank contract</source>
        <translation>contrato bancario</translation>
    </message>
    <message>
        <source>contract installment</source>
        <translation>cuota del contrato</translation>
    </message>
    <message>
        <source>bill of exchange type</source>
        <translation>tipo de letra de cambio</translation>
    </message>
    <message>
        <source>irregularity complement</source>
        <translation>complemento de la irregularidad</translation>
    </message>
    <message>
        <source>protest for bankruptcy</source>
        <translation>protesto con fines de quiebra</translation>
    </message>
    <message>
        <source>protest instrument</source>
        <translation>instrumento de protesto</translation>
    </message>
    <message>
        <source>other expenses</source>
        <translation>otros gastos</translation>
    </message>
    <message>
        <source>check sum</source>
        <translation>suma de control</translation>
    </message>
    <message>
        <source>sum of balances</source>
        <translation>suma de los saldos</translation>
    </message>
    <message>
        <source>request count</source>
        <translation>cantidad de solicitudes</translation>
    </message>
    <message>
        <source>request record count</source>
        <translation>cantidad de registros de solicitud</translation>
    </message>
    <message>
        <source>sum of values</source>
        <translation>suma de los valores</translation>
    </message>
    <message>
        <source>title value</source>
        <translation>valor del título</translation>
    </message>
    <message>
        <source>request kind</source>
        <translation>tipo de solicitud</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>receipt control</source>
        <translation>control de recepción</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>título %1</translation>
    </message>
    <message>
        <source>trailer</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>notary header</source>
        <translation>cabecera de la notaría</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <source>notary trailer</source>
        <translation>cierre de la notaría</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>columns %1-%2</source>
        <translation>columnas %1-%2</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters</source>
        <translation>"%1" tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>"%1" has a character with no plain-letter form: %2</source>
        <translation>"%1" tiene un carácter sin equivalente en letra simple: %2</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 es negativo</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 digits</source>
        <translation>%1 no cabe en %2 dígitos</translation>
    </message>
    <message>
        <source>"%1" is not a number (digits only)</source>
        <translation>"%1" no es un número (solo dígitos)</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 digits with 2 implied decimals</source>
        <translation>%1 no cabe en %2 dígitos con 2 decimales implícitos</translation>
    </message>
    <message>
        <source>a valid date is required</source>
        <translation>se requiere una fecha válida</translation>
    </message>
    <message>
        <source>Line %1, %2 (%3): %4</source>
        <translation>Línea %1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>expected digits, found "%1"</source>
        <translation>se esperaban dígitos, se encontró "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a valid date (DDMMAAAA)</source>
        <translation>"%1" no es una fecha válida (DDMMAAAA)</translation>
    </message>
</context>
<context>
    <name>CraFileName</name>
    <message>
        <source>The presenter code is required.</source>
        <translation>El código del presentante es obligatorio.</translation>
    </message>
    <message>
        <source>The presenter code has digits and capital letters only.</source>
        <translation>El código del presentante solo tiene dígitos y letras mayúsculas.</translation>
    </message>
    <message>
        <source>A valid file date is required.</source>
        <translation>Se requiere una fecha de archivo válida.</translation>
    </message>
    <message>
        <source>The file sequence of the day is one digit, 1 to 9.</source>
        <translation>La secuencia del archivo en el día es un dígito, del 1 al 9.</translation>
    </message>
</context>
<context>
    <name>CraReader</name>
    <message>
        <source>expected digits or capital letters, found "%1"</source>
        <translation>se esperaban dígitos o letras mayúsculas, se encontró "%1"</translation>
    </message>
    <message>
        <source>unknown file kind "%1"; expected TPR, CRT or RTP</source>
        <translation>tipo de archivo desconocido "%1"; se esperaba TPR, CRT o RTP</translation>
    </message>
    <message>
        <source>expected "%1" in a %2 file, found "%3"</source>
        <translation>se esperaba "%1" en un archivo %2, se encontró "%3"</translation>
    </message>
    <message>
        <source>the occurrence code is missing</source>
        <translation>falta el código de ocurrencia</translation>
    </message>
    <message>
        <source>unknown occurrence code "%1"; expected 1 to 9</source>
        <translation>código de ocurrencia desconocido "%1"; se esperaba del 1 al 9</translation>
    </message>
    <message>
        <source>the header says %1 but the file has %2</source>
        <translation>la cabecera indica %1, pero el archivo tiene %2</translation>
    </message>
    <message>
        <source>the check sum is %1 but the header counts add up to %2</source>
        <translation>la suma de control es %1, pero las cantidades de la cabecera suman %2</translation>
    </message>
    <message>
        <source>the sum of balances is %1 but the titles add up to %2</source>
        <translation>la suma de los saldos es %1, pero los títulos suman %2</translation>
    </message>
    <message>
        <source>Line %1: a record has %2 characters, this one has %3.</source>
        <translation>Línea %1: un registro tiene %2 caracteres, este tiene %3.</translation>
    </message>
    <message>
        <source>Line %1, column %2: unexpected control character (byte %3).</source>
        <translation>Línea %1, columna %2: carácter de control inesperado (byte %3).</translation>
    </message>
    <message>
        <source>Line %1, column 1 (record type): unknown record type "%2"; expected 0, 1 or 9.</source>
        <translation>Línea %1, columna 1 (tipo de registro): tipo de registro desconocido "%2"; se esperaba 0, 1 o 9.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>Line 1: the file is empty.</source>
        <translation>Línea 1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>Line %1: a record after the trailer (type 9); the trailer must be the last record.</source>
        <translation>Línea %1: hay un registro después del cierre (tipo 9); el cierre debe ser el último registro.</translation>
    </message>
    <message>
        <source>Line %1: the file must start with a header record (type 0).</source>
        <translation>Línea %1: el archivo debe comenzar con un registro de cabecera (tipo 0).</translation>
    </message>
    <message>
        <source>Line %1: a second header record (type 0); a file has one.</source>
        <translation>Línea %1: un segundo registro de cabecera (tipo 0); un archivo tiene solo uno.</translation>
    </message>
    <message>
        <source>Line %1: the file ends without a trailer record (type 9).</source>
        <translation>Línea %1: el archivo termina sin un registro de cierre (tipo 9).</translation>
    </message>
    <message>
        <source>expected a %1 file, found %2</source>
        <translation>se esperaba un archivo %1, se encontró %2</translation>
    </message>
</context>
<context>
    <name>CraWriter</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>a balance above zero is required</source>
        <translation>se requiere un saldo mayor que cero</translation>
    </message>
    <message>
        <source>the balance is larger than the face value</source>
        <translation>el saldo es mayor que el valor nominal</translation>
    </message>
    <message>
        <source>A withdrawal or cancellation file needs at least one request.</source>
        <translation>Un archivo de desistimiento o cancelación necesita al menos una solicitud.</translation>
    </message>
    <message>
        <source>A CRA file needs at least one title.</source>
        <translation>Un archivo CRA necesita al menos un título.</translation>
    </message>
    <message>
        <source>A CRA file holds at most %1 titles (%2 given): split it into several files.</source>
        <translation>Un archivo CRA admite como máximo %1 títulos (se indicaron %2): divídalo en varios archivos.</translation>
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
        <source>Name: enter the debtor's full name</source>
        <translation>Nombre: ingrese el nombre completo del deudor</translation>
    </message>
    <message>
        <source>State: choose the debtor's state (UF)</source>
        <translation>Estado: elija el estado (UF) del deudor</translation>
    </message>
    <message>
        <source>City: enter the debtor's city</source>
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
        <source>Name: enter the debtor's name</source>
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
    <name>IndexSeries</name>
    <message>
        <source>Line %1: expected 3 fields "index;YYYY-MM;variation_percent", found %2.</source>
        <translation>Línea %1: se esperaban 3 campos "index;YYYY-MM;variation_percent", se encontraron %2.</translation>
    </message>
    <message>
        <source>Line %1: unknown index "%2" (expected ipca, igpm or inpc).</source>
        <translation>Línea %1: índice desconocido "%2" (se esperaba ipca, igpm o inpc).</translation>
    </message>
    <message>
        <source>Line %1: "%2" is not a month as YYYY-MM.</source>
        <translation>Línea %1: "%2" no es un mes con el formato AAAA-MM.</translation>
    </message>
    <message>
        <source>Line %1: "%2" is not a percentage with at most 4 decimals, like 0.16 or -0.52.</source>
        <translation>Línea %1: "%2" no es un porcentaje con como máximo 4 decimales, como 0.16 o -0.52.</translation>
    </message>
    <message>
        <source>Line %1: a monthly variation of %2% is out of range (above -100% and at most 1000%).</source>
        <translation>Línea %1: una variación mensual de %2% está fuera de rango (mayor que -100% y como máximo 1000%).</translation>
    </message>
    <message>
        <source>Line %1: %2 %3 was already given on line %4.</source>
        <translation>Línea %1: %2 %3 ya se indicó en la línea %4.</translation>
    </message>
    <message>
        <source>Correction needs two valid dates to run between.</source>
        <translation>La corrección necesita dos fechas válidas que delimiten el período.</translation>
    </message>
    <message>
        <source>Correction cannot run backwards: %1 is before %2.</source>
        <translation>La corrección no puede ir hacia atrás: %1 es anterior a %2.</translation>
    </message>
    <message>
        <source>No %1 variation for %2 in the index data: import that month before updating balances to %3.</source>
        <translation>No hay variación de %1 para %2 en los datos de índices: importe ese mes antes de actualizar los saldos al %3.</translation>
    </message>
</context>
<context>
    <name>InstallmentPlan</name>
    <message>
        <source>Unknown plan kind.</source>
        <translation>Tipo de plan desconocido.</translation>
    </message>
    <message>
        <source>There is nothing to negotiate: the updated balance is %1.</source>
        <translation>No hay nada que negociar: el saldo actualizado es %1.</translation>
    </message>
    <message>
        <source>The number of installments must be at least 1, not %1.</source>
        <translation>El número de cuotas debe ser al menos 1, no %1.</translation>
    </message>
    <message>
        <source>%1 installments is more than the %2 a schedule can have.</source>
        <translation>%1 cuotas son más que las %2 que puede tener un cronograma.</translation>
    </message>
    <message>
        <source>A full payment is a single installment, not %1.</source>
        <translation>Un pago único es una sola cuota, no %1.</translation>
    </message>
    <message>
        <source>The discount must be from 0% to 100%, not %1%.</source>
        <translation>El descuento debe ser de 0% a 100%, no %1%.</translation>
    </message>
    <message>
        <source>The monthly rate must be from 0 up to 1 (100%), not %1.</source>
        <translation>La tasa mensual debe ser de 0 a 1 (100%), no %1.</translation>
    </message>
    <message>
        <source>A %1% discount leaves nothing to pay.</source>
        <translation>Un descuento de %1% no deja nada por pagar.</translation>
    </message>
    <message>
        <source>The down payment cannot be negative (%1).</source>
        <translation>El pago inicial no puede ser negativo (%1).</translation>
    </message>
    <message>
        <source>A full payment has no separate down payment.</source>
        <translation>Un pago único no tiene pago inicial aparte.</translation>
    </message>
    <message>
        <source>The down payment of %1 must be less than the %2 to pay.</source>
        <translation>El pago inicial de %1 debe ser menor que los %2 por pagar.</translation>
    </message>
    <message>
        <source>Today's date is not valid.</source>
        <translation>La fecha de hoy no es válida.</translation>
    </message>
    <message>
        <source>The first due date must be today or later.</source>
        <translation>El primer vencimiento debe ser hoy o después.</translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 installments of at least one centavo.</source>
        <translation>%1 no se puede dividir en %2 cuotas de al menos un centavo.</translation>
    </message>
    <message>
        <source>%1 installments would leave an installment of zero; choose fewer.</source>
        <translation>%1 cuotas dejarían una cuota de cero; elija menos.</translation>
    </message>
</context>
<context>
    <name>Interleaved2of5</name>
    <message>
        <source>%1: at least one module</source>
        <translation>%1: al menos un módulo</translation>
    </message>
    <message>
        <source>%1: a wide element is %2 to %3 times a narrow one</source>
        <translation>%1: un elemento ancho mide de %2 a %3 veces uno angosto</translation>
    </message>
    <message>
        <source>%1: nothing to encode</source>
        <translation>%1: nada que codificar</translation>
    </message>
    <message>
        <source>%1: use digits only</source>
        <translation>%1: use solo dígitos</translation>
    </message>
    <message>
        <source>%1: Interleaved 2 of 5 needs an even number of digits</source>
        <translation>%1: el Intercalado 2 de 5 necesita un número par de dígitos</translation>
    </message>
</context>
<context>
    <name>ItauFreeField</name>
    <message>
        <source>wallet: Itaú wallet %1 carries the payer's document number and is not supported; use a registered wallet such as 109 or 175</source>
        <translation>cartera: la cartera Itaú %1 lleva el número de documento del pagador y no se admite; use una cartera registrada como 109 o 175</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Activities: every contact recorded on any channel and in either direction, on the day it happened (Brasília time).</source>
        <translation>Gestiones: todo contacto registrado en cualquier canal y en cualquier sentido, el día en que ocurrió (hora de Brasilia).</translation>
    </message>
    <message>
        <source>Call attempts: outbound phone activities.</source>
        <translation>Intentos de llamada: gestiones telefónicas salientes.</translation>
    </message>
    <message>
        <source>Right-party contacts: call attempts whose result reached the debtor (rpc, refused, ptp, dispute, callback).</source>
        <translation>Contactos con el titular: intentos de llamada cuyo resultado alcanzó al deudor (contacto titular, rechazo, promesa, disputa, volver a llamar).</translation>
    </message>
    <message>
        <source>RPC rate = call attempts with a right-party result / call attempts. No data when there were no call attempts.</source>
        <translation>Tasa de contacto titular = intentos de llamada con resultado de contacto titular / intentos de llamada. Sin datos cuando no hubo intentos.</translation>
    </message>
    <message>
        <source>Promises to pay: call attempts with the result ptp.</source>
        <translation>Promesas de pago: intentos de llamada con el resultado promesa.</translation>
    </message>
    <message>
        <source>PTP rate = ptp results / right-party results (of call attempts). No data without right-party contacts.</source>
        <translation>Tasa de promesa = resultados promesa / contactos con el titular (de los intentos de llamada). Sin datos sin contactos con el titular.</translation>
    </message>
    <message>
        <source>Promises made: promises recorded in the period (on the day of the contact that made them), on any channel.</source>
        <translation>Promesas hechas: promesas registradas en el período (el día del contacto que las hizo), en cualquier canal.</translation>
    </message>
    <message>
        <source>Promise kept rate = promises paid in full by due date + grace / promises due. A partial payment does not keep a promise.</source>
        <translation>Tasa de promesas cumplidas = promesas pagadas por completo hasta el vencimiento + gracia / promesas a vencer. Un pago parcial no cumple la promesa.</translation>
    </message>
    <message>
        <source>Agreements closed: agreements created in the period (cancelled ones included).</source>
        <translation>Acuerdos cerrados: acuerdos creados en el período (incluidos los cancelados).</translation>
    </message>
    <message>
        <source>Agreements due: agreements, not cancelled, with at least one installment due in the period.</source>
        <translation>Acuerdos a vencer: acuerdos no cancelados con al menos una cuota que vence en el período.</translation>
    </message>
    <message>
        <source>Agreements broken: agreements due in the period that are broken (an installment passed due + grace unpaid).</source>
        <translation>Acuerdos incumplidos: acuerdos a vencer en el período que están incumplidos (una cuota pasó el vencimiento + gracia sin pago).</translation>
    </message>
    <message>
        <source>Agreement break rate = agreements broken / agreements due in the period.</source>
        <translation>Tasa de incumplimiento de acuerdos = acuerdos incumplidos / acuerdos a vencer en el período.</translation>
    </message>
    <message>
        <source>Collected: payments posted with a payment date in the period.</source>
        <translation>Recaudado: pagos registrados con fecha de pago en el período.</translation>
    </message>
    <message>
        <source>Agent-hours: for each agent and day, the number of distinct clock hours (Brasília time) in which the agent's accounts had at least one activity; whatever the portfolio or channel filter.</source>
        <translation>Horas-agente: para cada agente y día, el número de horas de reloj distintas (hora de Brasilia) en que las cuentas del agente tuvieron al menos una gestión; sin importar el filtro de cartera o canal.</translation>
    </message>
    <message>
        <source>Collected per agent-hour = collected / agent-hours. No data without agent-hours.</source>
        <translation>Recaudado por hora-agente = recaudado / horas-agente. Sin datos sin horas-agente.</translation>
    </message>
    <message>
        <source>Outstanding at the period start: the open balance of the titles of the accounts placed before the period (payments on agreements do not reduce a title's balance).</source>
        <translation>Saldo al inicio del período: el saldo pendiente de los títulos de las cuentas asignadas antes del período (los pagos de acuerdos no reducen el saldo de un título).</translation>
    </message>
    <message>
        <source>Recovery rate = collected from the accounts placed before the period / outstanding at the period start.</source>
        <translation>Tasa de recuperación = recaudado de las cuentas asignadas antes del período / saldo al inicio del período.</translation>
    </message>
    <message>
        <source>Placed: the principal of the titles of the accounts placed in the period.</source>
        <translation>Asignado: el capital de los títulos de las cuentas asignadas en el período.</translation>
    </message>
    <message>
        <source>Liquidation rate = collected in the period from the accounts placed in the period / value placed in the period.</source>
        <translation>Tasa de liquidación = recaudado en el período de las cuentas asignadas en el período / valor asignado en el período.</translation>
    </message>
    <message>
        <source>Channel effectiveness = payments attributed to the channel / contacts on it. A payment goes to the channel of the last activity of the account within N days before it (last touch, N = attribution days); contacts are the channel's activities in the period.</source>
        <translation>Efectividad del canal = pagos atribuidos al canal / contactos en él. Un pago va al canal de la última gestión de la cuenta en los N días anteriores (último toque, N = días de atribución); los contactos son las gestiones del canal en el período.</translation>
    </message>
    <message>
        <source>Aging: accounts with an open balance by days past due at the end of the period (oldest open title); an account under an agreement that is not broken or cancelled is current. Buckets: current, 1-30, 31-60, 61-90, 91-180, 181-360, 360+.</source>
        <translation>Antigüedad: cuentas con saldo pendiente por días de atraso al final del período (título pendiente más antiguo); una cuenta en un acuerdo no incumplido ni cancelado está al día. Tramos: al día, 1-30, 31-60, 61-90, 91-180, 181-360, 360+.</translation>
    </message>
    <message>
        <source>Roll rates: for the accounts with an open balance, the share moving from their bucket at the start of the period (row) to each bucket at its end (column); rolling to the next bucket is a roll, back to current a cure.</source>
        <translation>Tasas de rodamiento: de las cuentas con saldo pendiente, la proporción que pasa de su tramo al inicio del período (fila) a cada tramo al final (columna); pasar al tramo siguiente es rodar, volver a al día es curar.</translation>
    </message>
    <message>
        <source>Vintages: for the accounts placed in each month of the last 12, the cumulative collected / value placed, by months since placement.</source>
        <translation>Cosechas: para las cuentas asignadas en cada uno de los últimos 12 meses, lo recaudado acumulado / valor asignado, por meses desde la asignación.</translation>
    </message>
    <message>
        <source>Targets per agent and day, set by an administrator (defaults: R$ 1.500,00 collected, 2 agreements and 12 right-party contacts).</source>
        <translation>Metas por agente y día, fijadas por un administrador (por defecto: R$ 1.500,00 recaudados, 2 acuerdos y 12 contactos con el titular).</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Intentos de llamada</translation>
    </message>
    <message>
        <source>Right-party contacts</source>
        <translation>Contactos con el titular</translation>
    </message>
    <message>
        <source>RPC rate</source>
        <translation>Tasa de contacto con el titular</translation>
    </message>
    <message>
        <source>Promises to pay</source>
        <translation>Promesas de pago</translation>
    </message>
    <message>
        <source>PTP rate</source>
        <translation>Tasa de promesa</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesas hechas</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>Promise kept rate</source>
        <translation>Tasa de promesas cumplidas</translation>
    </message>
    <message>
        <source>Agreements closed</source>
        <translation>Acuerdos cerrados</translation>
    </message>
    <message>
        <source>Agreement break rate</source>
        <translation>Tasa de incumplimiento de acuerdos</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Collected per agent-hour</source>
        <translation>Recuperado por hora de agente</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>Tasa de recuperación</translation>
    </message>
    <message>
        <source>Liquidation rate</source>
        <translation>Tasa de liquidación</translation>
    </message>
    <message>
        <source>Channel effectiveness</source>
        <translation>Efectividad por canal</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad de la mora</translation>
    </message>
    <message>
        <source>Roll rate</source>
        <translation>Tasa de rodamiento</translation>
    </message>
    <message>
        <source>Recovery by placement month</source>
        <translation>Recuperación por mes de asignación</translation>
    </message>
    <message>
        <source>%1: not a cell of this figure</source>
        <translation>%1: no es una celda de este gráfico</translation>
    </message>
    <message>
        <source>The period must start on or before its end.</source>
        <translation>El período debe empezar en su fin o antes.</translation>
    </message>
    <message>
        <source>Promises kept: promises due that were paid in full by the due date plus 5 grace days (the debtor's payments from the day of the promise to due date + grace cover the amount), or that were marked kept.</source>
        <translation>Promesas cumplidas: promesas a vencer pagadas por completo hasta el vencimiento más 5 días de gracia (los pagos del deudor desde el día de la promesa hasta el vencimiento + gracia cubren el monto), o marcadas como cumplidas.</translation>
    </message>
    <message>
        <source>Per agent: the figures of the accounts the agent holds (on the server, the agent who held the account when the server first counted the activity, at the next report after it arrived).</source>
        <translation>Por agente: las cifras de las cuentas que tiene el agente (en el servidor, el agente que tenía la cuenta cuando el servidor contó la gestión por primera vez, en el informe siguiente a su llegada).</translation>
    </message>
    <message>
        <source>Promises due: promises, not cancelled, whose due date falls in the period and that are kept or whose due date + 5 grace days has passed (a promise still running is not counted yet).</source>
        <translation>Promesas a vencer: promesas no canceladas cuyo vencimiento cae en el período y que se cumplieron o cuyo vencimiento + 5 días de gracia ya pasó (una promesa aún en curso no se cuenta todavía).</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>The report's field %1 is not %2.</source>
        <translation>El campo %1 del informe no es %2.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a rate or null</source>
        <translation>una tasa o null</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a square matrix of the buckets</source>
        <translation>una matriz cuadrada de los tramos</translation>
    </message>
</context>
<context>
    <name>KpiSource</name>
    <message>
        <source>The accounts behind a figure need the server.</source>
        <translation>Las cuentas detrás de una cifra necesitan el servidor.</translation>
    </message>
    <message>
        <source>This desk cannot compute its figures yet.</source>
        <translation>Esta estación aún no puede calcular sus indicadores.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede llegar al servidor.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
    <name>NegotiationPolicy</name>
    <message>
        <source>Fees discount %1% exceeds the %2 limit of %3%</source>
        <translation>El descuento de %1% en gastos de cobranza supera el límite del %2, de %3%</translation>
    </message>
    <message>
        <source>Interest discount %1% exceeds the %2 limit of %3%</source>
        <translation>El descuento de %1% en intereses supera el límite del %2, de %3%</translation>
    </message>
    <message>
        <source>Correction discount %1% exceeds the %2 limit of %3%</source>
        <translation>El descuento de %1% en corrección monetaria supera el límite del %2, de %3%</translation>
    </message>
    <message>
        <source>Fine discount %1% exceeds the %2 limit of %3%</source>
        <translation>El descuento de %1% en la multa supera el límite del %2, de %3%</translation>
    </message>
    <message>
        <source>Principal discount %1% exceeds the %2 limit of %3%</source>
        <translation>El descuento de %1% en el capital supera el límite del %2, de %3%</translation>
    </message>
    <message>
        <source>%1 installments exceed the %2 limit of %3</source>
        <translation>%1 cuotas superan el límite del %2, de %3</translation>
    </message>
    <message>
        <source>Installment %1 of %2 is below the %3 minimum of %4</source>
        <translation>La cuota %1, de %2, está por debajo del mínimo del %3, de %4</translation>
    </message>
    <message>
        <source>First due date in %1 days exceeds the %2 limit of %3 days</source>
        <translation>El primer vencimiento en %1 días supera el límite del %2, de %3 días</translation>
    </message>
</context>
<context>
    <name>NegotiationSimulator</name>
    <message>
        <source>Today's date is not valid.</source>
        <translation>La fecha de hoy no es válida.</translation>
    </message>
    <message>
        <source>The negotiation policy has no limits for debts %1 days past due.</source>
        <translation>La política de negociación no tiene límites para deudas con %1 días de atraso.</translation>
    </message>
</context>
<context>
    <name>PaymentImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>expected 3 fields (our number; date; amount), found %1</source>
        <translation>se esperaban 3 campos (nuestro número; fecha; monto), se encontraron %1</translation>
    </message>
    <message>
        <source>the our number "%1" must have 1 to 11 digits</source>
        <translation>el nuestro número "%1" debe tener de 1 a 11 dígitos</translation>
    </message>
    <message>
        <source>the date "%1" is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>la fecha "%1" no es una fecha (AAAA-MM-DD o DD/MM/AAAA)</translation>
    </message>
    <message>
        <source>the payment date %1 is in the future</source>
        <translation>la fecha de pago %1 está en el futuro</translation>
    </message>
    <message>
        <source>the amount "%1" is not an amount (e.g. 451,76)</source>
        <translation>el monto "%1" no es un monto (p. ej.: 451,76)</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>el monto debe ser mayor que cero</translation>
    </message>
    <message>
        <source>our number %1 is listed twice</source>
        <translation>el nuestro número %1 aparece dos veces</translation>
    </message>
    <message>
        <source>The file has no payment lines.</source>
        <translation>El archivo no tiene líneas de pago.</translation>
    </message>
</context>
<context>
    <name>PaymentRecorder</name>
    <message>
        <source>The amount paid must be more than zero.</source>
        <translation>El monto pagado debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future.</source>
        <translation>La fecha de pago no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>This installment is no longer on this desk.</source>
        <translation>Esta cuota ya no está en este puesto.</translation>
    </message>
    <message>
        <source>This installment is already %1.</source>
        <translation>Esta cuota ya está %1.</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Line %1: no installment on this desk has our number %2.</source>
        <translation>Línea %1: ninguna cuota en este puesto tiene el nuestro número %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1: our number %2 belongs to installments of several creditors on this desk; ask a supervisor to import the file on the server for its creditor.</source>
        <translation>Línea %1: el nuestro número %2 pertenece a cuotas de varios acreedores en este puesto; pida a un supervisor que importe el archivo en el servidor para su acreedor.</translation>
    </message>
</context>
<context>
    <name>PixBrCode</name>
    <message>
        <source>%1: expected a two-digit tag and a two-digit length at position %2</source>
        <translation>%1: se esperaba una etiqueta de dos dígitos y una longitud de dos dígitos en la posición %2</translation>
    </message>
    <message>
        <source>Tag %1: its length runs past the end of the data</source>
        <translation>Etiqueta %1: su longitud supera el final de los datos</translation>
    </message>
    <message>
        <source>Tag %1: appears twice</source>
        <translation>Etiqueta %1: aparece dos veces</translation>
    </message>
    <message>
        <source>%1: enter the receiver's name</source>
        <translation>%1: ingrese el nombre del receptor</translation>
    </message>
    <message>
        <source>%1: enter the city</source>
        <translation>%1: ingrese la ciudad</translation>
    </message>
    <message>
        <source>%1: the amount must be more than zero</source>
        <translation>%1: el monto debe ser mayor que cero</translation>
    </message>
    <message>
        <source>%1: the amount is too large for a PIX code</source>
        <translation>%1: el monto es demasiado grande para un código PIX</translation>
    </message>
    <message>
        <source>%1: use only letters A-Z, a-z and digits</source>
        <translation>%1: use solo letras A-Z, a-z y dígitos</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1: como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>%1: enter the PIX key</source>
        <translation>%1: ingrese la clave PIX</translation>
    </message>
    <message>
        <source>%1: a PIX key has no accents or special characters</source>
        <translation>%1: una clave PIX no puede tener tildes ni caracteres especiales</translation>
    </message>
    <message>
        <source>%1: the PIX key is too long</source>
        <translation>%1: la clave PIX es demasiado larga</translation>
    </message>
    <message>
        <source>%1: too long to fit beside this key</source>
        <translation>%1: demasiado largo para caber junto a esta clave</translation>
    </message>
    <message>
        <source>%1: enter the payload URL</source>
        <translation>%1: ingrese la URL del payload</translation>
    </message>
    <message>
        <source>%1: write the URL without https://</source>
        <translation>%1: escriba la URL sin https://</translation>
    </message>
    <message>
        <source>%1: the URL has invalid characters</source>
        <translation>%1: la URL tiene caracteres no válidos</translation>
    </message>
    <message>
        <source>%1: the URL is too long</source>
        <translation>%1: la URL es demasiado larga</translation>
    </message>
    <message>
        <source>%1: paste the PIX code</source>
        <translation>%1: pegue el código PIX</translation>
    </message>
    <message>
        <source>%1: a PIX code has only plain ASCII characters</source>
        <translation>%1: un código PIX solo tiene caracteres ASCII simples</translation>
    </message>
    <message>
        <source>Tag %1: must come first</source>
        <translation>Etiqueta %1: debe ir primero</translation>
    </message>
    <message>
        <source>Tag %1: the 4-digit CRC must come last</source>
        <translation>Etiqueta %1: el CRC de 4 dígitos debe ir al final</translation>
    </message>
    <message>
        <source>Tag %1: the CRC does not match; the code is damaged or mistyped</source>
        <translation>Etiqueta %1: el CRC no coincide; el código está dañado o mal escrito</translation>
    </message>
    <message>
        <source>Tag %1: required but missing</source>
        <translation>Etiqueta %1: obligatoria, pero ausente</translation>
    </message>
    <message>
        <source>Tag %1: the format indicator must be 01</source>
        <translation>Etiqueta %1: el indicador de formato debe ser 01</translation>
    </message>
    <message>
        <source>Tag %1: the initiation method must be 11 or 12</source>
        <translation>Etiqueta %1: el método de iniciación debe ser 11 o 12</translation>
    </message>
    <message>
        <source>Tag %1: must be br.gov.bcb.pix</source>
        <translation>Etiqueta %1: debe ser br.gov.bcb.pix</translation>
    </message>
    <message>
        <source>Tag %1: carries both a key (01) and a URL (25)</source>
        <translation>Etiqueta %1: contiene a la vez una clave (01) y una URL (25)</translation>
    </message>
    <message>
        <source>Tag %1: the PIX key or the URL is missing</source>
        <translation>Etiqueta %1: falta la clave PIX o la URL</translation>
    </message>
    <message>
        <source>Tag %1: the category code has 4 digits</source>
        <translation>Etiqueta %1: el código de categoría tiene 4 dígitos</translation>
    </message>
    <message>
        <source>Tag %1: the currency must be 986 (real)</source>
        <translation>Etiqueta %1: la moneda debe ser 986 (real)</translation>
    </message>
    <message>
        <source>Tag %1: the amount must look like 123.45 and be more than zero</source>
        <translation>Etiqueta %1: el monto debe tener el formato 123.45 y ser mayor que cero</translation>
    </message>
    <message>
        <source>Tag %1: the country must be BR</source>
        <translation>Etiqueta %1: el país debe ser BR</translation>
    </message>
    <message>
        <source>Tag %1: the receiver's name is empty or too long</source>
        <translation>Etiqueta %1: el nombre del receptor está vacío o es demasiado largo</translation>
    </message>
    <message>
        <source>Tag %1: the city is empty or too long</source>
        <translation>Etiqueta %1: la ciudad está vacía o es demasiado larga</translation>
    </message>
    <message>
        <source>Tag %1: the txid is missing (*** when there is none)</source>
        <translation>Etiqueta %1: falta el txid (*** si no hay ninguno)</translation>
    </message>
    <message>
        <source>Tag %1: the txid is empty or too long</source>
        <translation>Etiqueta %1: el txid está vacío o es demasiado largo</translation>
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
        <translation>Pagado en la notaría</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado (desistimiento)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Returned (irregular)</source>
        <translation>Devuelto (irregular)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Not overdue long enough for this portfolio's rule</source>
        <translation>Aún no tiene los días de atraso que exige la regla de la cartera</translation>
    </message>
    <message>
        <source>Under an active agreement</source>
        <translation>Cubierto por un acuerdo activo</translation>
    </message>
    <message>
        <source>The debtor has an open promise to pay</source>
        <translation>El deudor tiene una promesa de pago abierta</translation>
    </message>
    <message>
        <source>The debtor's CPF/CNPJ is invalid</source>
        <translation>El CPF/CNPJ del deudor no es válido</translation>
    </message>
    <message>
        <source>The title is disputed</source>
        <translation>El título está en disputa</translation>
    </message>
    <message>
        <source>The balance is below the portfolio's minimum</source>
        <translation>El saldo está por debajo del mínimo de la cartera</translation>
    </message>
    <message>
        <source>The debtor's address is incomplete (street, city, state and CEP are required)</source>
        <translation>La dirección del deudor está incompleta (calle, ciudad, estado y CEP son obligatorios)</translation>
    </message>
    <message>
        <source>Already in protest</source>
        <translation>Ya está en protesto</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Remesa</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Desistimiento</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
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
        <translation>No se pudo guardar el archivo en %1: %2</translation>
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
    <name>QrMatrix</name>
    <message>
        <source>%1: nothing to encode</source>
        <translation>%1: nada que codificar</translation>
    </message>
    <message>
        <source>%1: too long for a QR code</source>
        <translation>%1: demasiado largo para un código QR</translation>
    </message>
    <message>
        <source>%1: the QR code could not be made</source>
        <translation>%1: no se pudo generar el código QR</translation>
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
    <message>
        <source>Installment due</source>
        <translation>Cuota por pagar</translation>
    </message>
    <message>
        <source>Broken agreement</source>
        <translation>Acuerdo incumplido</translation>
    </message>
</context>
<context>
    <name>RecoveryEstimate</name>
    <message>
        <source>Expected recovery = total to pay x the chance the agreement is kept. The chance comes from this portfolio's past agreements of the same kind and number of installments (1, 2-6, 7-12, 13-24, 25+), blended with the portfolio's overall rate as if that rate were worth %1 more agreements, so a handful of cases cannot claim 100%. With no history the chance is %2%. Payments made before an agreement breaks are not counted.</source>
        <translation>Recuperación esperada = total a pagar x la probabilidad de que se cumpla el acuerdo. La probabilidad proviene de los acuerdos anteriores de esta cartera del mismo tipo y número de cuotas (1, 2-6, 7-12, 13-24, 25+), combinada con la tasa general de la cartera como si esa tasa valiera %1 acuerdos más, para que unos pocos casos no puedan llegar al 100%. Sin historial, la probabilidad es de %2%. No se cuentan los pagos hechos antes de que un acuerdo se incumpla.</translation>
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
    <name>Scenario</name>
    <message>
        <source>Unknown plan kind "%1" (expected full, price, sac or flat).</source>
        <translation>Tipo de plan desconocido "%1" (se esperaba full, price, sac o flat).</translation>
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
    <message>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
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
        <source>Sign-in refused: wrong username or password.</source>
        <translation>Ingreso rechazado: usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait a few minutes and try again.</source>
        <translation>Demasiados intentos fallidos: espere unos minutos e intente de nuevo.</translation>
    </message>
    <message>
        <source>The server's answer to the sign-in has no session.</source>
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
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
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
    <name>quita::AgentComparisonChart</name>
    <message>
        <source>%1 by agent</source>
        <translation>%1 por agente</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Ninguna actividad en este período.</translation>
    </message>
    <message>
        <source>No agent has data for this figure in this period.</source>
        <translation>Ningún agente tiene datos para este indicador en este período.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>Promedio del equipo</translation>
    </message>
    <message>
        <source>%1 right-party contacts of %2 call attempts</source>
        <translation>%1 contactos con el titular de %2 intentos de llamada</translation>
    </message>
    <message>
        <source>%1 promises to pay of %2 right-party contacts</source>
        <translation>%1 promesas de pago de %2 contactos con el titular</translation>
    </message>
    <message>
        <source>%1 kept of %2 promises due</source>
        <translation>%1 cumplidas de %2 promesas vencidas</translation>
    </message>
    <message>
        <source>%1 broken of %2 agreements due</source>
        <translation>%1 incumplidos de %2 acuerdos con vencimiento</translation>
    </message>
    <message>
        <source>%1 in %2 hours</source>
        <translation>%1 en %2 horas</translation>
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
        <translation>Al día</translation>
    </message>
    <message>
        <source>Over 360 days</source>
        <translation>Más de 360 días</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 días</translation>
    </message>
    <message>
        <source>Aging: accounts and balance by days past due</source>
        <translation>Antigüedad: cuentas y saldo por días de mora</translation>
    </message>
    <message>
        <source>No open balance in this scope.</source>
        <translation>Ningún saldo pendiente en este alcance.</translation>
    </message>
    <message>
        <source>Accounts (%1)</source>
        <translation>Cuentas (%1)</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <source>Share of the total</source>
        <translation>Participación en el total</translation>
    </message>
    <message>
        <source>%1
%2 accounts (%3)
%4 (%5 of the balance)</source>
        <translation>%1
%2 cuentas (%3)
%4 (%5 del saldo)</translation>
    </message>
    <message>
        <source>Accounts %1</source>
        <translation>Cuentas %1</translation>
    </message>
</context>
<context>
    <name>quita::AgreementBook</name>
    <message>
        <source>Choose an installment.</source>
        <translation>Elija una cuota.</translation>
    </message>
    <message>
        <source>This installment is paid.</source>
        <translation>Esta cuota está pagada.</translation>
    </message>
    <message>
        <source>This installment is cancelled.</source>
        <translation>Esta cuota está cancelada.</translation>
    </message>
    <message>
        <source>The boleto and PIX code are issued when this agreement reaches the server (it gives out the our number).</source>
        <translation>El boleto y el código PIX se emiten cuando este acuerdo llega al servidor (que asigna el nuestro número).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Choose an agreement.</source>
        <translation>Elija un acuerdo.</translation>
    </message>
</context>
<context>
    <name>quita::AgreementDialog</name>
    <message>
        <source>pending first payment</source>
        <translation>a la espera del primer pago</translation>
    </message>
    <message>
        <source>active</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>liquidado</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>pay in full</source>
        <translation>pago único</translation>
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
        <translation>sin intereses</translation>
    </message>
    <message>
        <source>Copy &amp;line</source>
        <translation>Copiar lí&amp;nea</translation>
    </message>
    <message>
        <source>Copy &amp;PIX code</source>
        <translation>Copiar código &amp;PIX</translation>
    </message>
    <message>
        <source>Agreements – %1</source>
        <translation>Acuerdos – %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Nuestro número</translation>
    </message>
    <message>
        <source>Payment codes</source>
        <translation>Códigos de pago</translation>
    </message>
    <message>
        <source>Boleto (digitable line)</source>
        <translation>Boleto (línea digitable)</translation>
    </message>
    <message>
        <source>PIX copy and paste</source>
        <translation>PIX copia y pega</translation>
    </message>
    <message>
        <source>&amp;Save term as PDF…</source>
        <translation>&amp;Guardar acta en PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint term…</source>
        <translation>&amp;Imprimir acta…</translation>
    </message>
    <message>
        <source>&amp;E-mail term…</source>
        <translation>&amp;Enviar acta por correo…</translation>
    </message>
    <message>
        <source>Post &amp;payment…</source>
        <translation>&amp;Registrar pago…</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n installment(s), %3 – %4</source>
        <translation>
            <numerusform>%1 – %2, %n cuota, %3 – %4</numerusform>
            <numerusform>%1 – %2, %n cuotas, %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <source>This debtor has no agreement.</source>
        <translation>Este deudor no tiene acuerdos.</translation>
    </message>
    <message>
        <source>Balance %1 on %2, discount %3, total %4 (%5). Made by %6. Creditor: %7.</source>
        <translation>Saldo de %1 al %2, descuento de %3, total de %4 (%5). Cerrado por %6. Acreedor: %7.</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>este puesto</translation>
    </message>
    <message>
        <source>after sync</source>
        <translation>tras sincronizar</translation>
    </message>
    <message>
        <source>Installment %1, due %2: %3 left to pay</source>
        <translation>Cuota %1, vence el %2: faltan %3 por pagar</translation>
    </message>
    <message>
        <source>Installment %1: %2, due %3</source>
        <translation>Cuota %1: %2, vence el %3</translation>
    </message>
    <message>
        <source>Our number: %1</source>
        <translation>Nuestro número: %1</translation>
    </message>
    <message>
        <source>agreement-term-%1.pdf</source>
        <translation>acta-de-acuerdo-%1.pdf</translation>
    </message>
    <message>
        <source>Save the term of agreement</source>
        <translation>Guardar el acta de acuerdo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Term not saved</source>
        <translation>Acta no guardada</translation>
    </message>
    <message>
        <source>Term not printed</source>
        <translation>Acta no impresa</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Sin dirección de correo</translation>
    </message>
    <message>
        <source>This debtor has no e-mail address that may be used (none given, or no consent).</source>
        <translation>Este deudor no tiene una dirección de correo que se pueda usar (no se indicó ninguna o no hay consentimiento).</translation>
    </message>
    <message>
        <source>Term of agreement – %1</source>
        <translation>Acta de acuerdo – %1</translation>
    </message>
    <message>
        <source>Hello, %1. Attached is the term of your agreement with %2 (CNPJ %3), with the boleto and PIX code of each installment.</source>
        <translation>Hola, %1. Adjuntamos el acta de su acuerdo con %2 (CNPJ %3), con el boleto y el código PIX de cada cuota.</translation>
    </message>
    <message>
        <source>Attach the term</source>
        <translation>Adjunte el acta</translation>
    </message>
    <message>
        <source>The term was saved as %1. Attach it to the message.</source>
        <translation>El acta se guardó como %1. Adjúntela al mensaje.</translation>
    </message>
    <message>
        <source>Cancel a&amp;greement…</source>
        <translation>Cancelar a&amp;cuerdo…</translation>
    </message>
    <message>
        <source>Cancel the agreement</source>
        <translation>Cancelar el acuerdo</translation>
    </message>
    <message>
        <source>Why is this agreement cancelled? (kept with the agreement)</source>
        <translation>¿Por qué se cancela este acuerdo? (queda registrado en el acuerdo)</translation>
    </message>
    <message>
        <source>Agreement not cancelled</source>
        <translation>Acuerdo no cancelado</translation>
    </message>
</context>
<context>
    <name>quita::ApprovalQueueModel</name>
    <message>
        <source>Choose a request first.</source>
        <translation>Primero elija una solicitud.</translation>
    </message>
    <message>
        <source>Pay in full</source>
        <translation>Pago único</translation>
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
        <translation>%1x sin intereses</translation>
    </message>
    <message>
        <source>down payment %1</source>
        <translation>pago inicial de %1</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1 % de descuento</translation>
    </message>
    <message>
        <source>first due %1</source>
        <translation>primer vencimiento el %1</translation>
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
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Requiere</translation>
    </message>
</context>
<context>
    <name>quita::ApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Offers waiting for approval</source>
        <translation>Ofertas en espera de aprobación</translation>
    </message>
    <message>
        <source>Comment for the agent (required to reject)</source>
        <translation>Comentario para el agente (obligatorio para rechazar)</translation>
    </message>
    <message>
        <source>No offer is waiting for approval.</source>
        <translation>No hay ofertas en espera de aprobación.</translation>
    </message>
    <message>
        <source>Choose a request to see the offer.</source>
        <translation>Elija una solicitud para ver la oferta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; asks for &lt;b&gt;%2&lt;/b&gt; for %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; solicita &lt;b&gt;%2&lt;/b&gt; para %3.</translation>
    </message>
    <message numerus="yes">
        <source>Updated balance %1, discount %2, total to pay %3 in %n payment(s).</source>
        <translation>
            <numerusform>Saldo actualizado %1, descuento %2, total a pagar %3 en %n pago.</numerusform>
            <numerusform>Saldo actualizado %1, descuento %2, total a pagar %3 en %n pagos.</numerusform>
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
            <numerusform>Efectividad por canal (último contacto en hasta %n día)</numerusform>
            <numerusform>Efectividad por canal (último contacto en hasta %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments per contact</source>
        <translation>Pagos por contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payments / contacts</source>
        <translation>Pagos / contactos</translation>
    </message>
    <message>
        <source>%1: %2
%3 payments / %4 contacts
%5 attributed</source>
        <translation>%1: %2
%3 pagos / %4 contactos
%5 atribuidos</translation>
    </message>
    <message>
        <source>Payments attributed to %1</source>
        <translation>Pagos atribuidos a %1</translation>
    </message>
</context>
<context>
    <name>quita::ChannelResultChart</name>
    <message>
        <source>Activities by channel and result</source>
        <translation>Actividades por canal y resultado</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>%1 – %2: %3 of %4 activities</source>
        <translation>%1 – %2: %3 de %4 actividades</translation>
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
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Save the chart as a PDF document</source>
        <translation>Guardar el gráfico como documento PDF</translation>
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
        <translation>Guardar los datos del gráfico como CSV (UTF-8, separado por comas, importes en centavos)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>No se pudo guardar el gráfico en %1.</translation>
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
    <name>quita::DailySeriesChart</name>
    <message>
        <source>%1 per day</source>
        <translation>%1 por día</translation>
    </message>
    <message numerus="yes">
        <source>Target (%n agent(s))</source>
        <translation>
            <numerusform>Meta (%n agente)</numerusform>
            <numerusform>Meta (%n agentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
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
    <message>
        <source>Agreement broken</source>
        <translation>Acuerdo incumplido</translation>
    </message>
    <message>
        <source>Agreement: installment late since %1</source>
        <translation>Acuerdo: cuota atrasada desde el %1</translation>
    </message>
    <message>
        <source>Agreement: next installment %1</source>
        <translation>Acuerdo: próxima cuota el %1</translation>
    </message>
    <message>
        <source>Agreement settled</source>
        <translation>Acuerdo liquidado</translation>
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
    <name>quita::DrillDownDialog</name>
    <message>
        <source>Accounts: %1</source>
        <translation>Cuentas: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 to %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 a %3</translation>
    </message>
    <message>
        <source>Double-click an account to open it in the workspace.</source>
        <translation>Haga doble clic en una cuenta para abrirla en el área de trabajo.</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Cargando las cuentas…</translation>
    </message>
    <message>
        <source>The accounts behind this figure need the server; you are offline.</source>
        <translation>Las cuentas detrás de esta cifra necesitan el servidor; está sin conexión.</translation>
    </message>
    <message>
        <source>The accounts could not be loaded. %1</source>
        <translation>No se pudieron cargar las cuentas. %1</translation>
    </message>
    <message>
        <source>No account is behind this figure.</source>
        <translation>Ninguna cuenta detrás de esta cifra.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n account(s); narrow the filters to see the rest.</source>
        <translation>
            <numerusform>La primera %n cuenta; acote los filtros para ver el resto.</numerusform>
            <numerusform>Las primeras %n cuentas; acote los filtros para ver el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n cuenta.</numerusform>
            <numerusform>%n cuentas.</numerusform>
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
            <numerusform>%1 (+%n más)</numerusform>
            <numerusform>%1 (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Original principal: %1</source>
        <translation>Capital original: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
</context>
<context>
    <name>quita::KpiAccountModel</name>
    <message>
        <source>The list of accounts is missing from the answer.</source>
        <translation>La lista de cuentas falta en la respuesta.</translation>
    </message>
    <message>
        <source>Account %1 of the answer has no debtor id.</source>
        <translation>La cuenta %1 de la respuesta no tiene el id del deudor.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>quita::KpiChart</name>
    <message>
        <source>No activity in this period.</source>
        <translation>Ninguna actividad en este período.</translation>
    </message>
</context>
<context>
    <name>quita::KpiFilterBar</name>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>All portfolios</source>
        <translation>Todas las carteras</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
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
        <translation>C&amp;artera:</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Cargando los indicadores…</translation>
    </message>
    <message>
        <source>The figures could not be loaded. %1</source>
        <translation>No se pudieron cargar los indicadores. %1</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Ninguna actividad en este período.</translation>
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
        <translation>C&amp;onflictos…</translation>
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
        <translation>Cancelar la pro&amp;mesa</translation>
    </message>
    <message>
        <source>Promise marked kept.</source>
        <translation>Promesa marcada como cumplida.</translation>
    </message>
    <message>
        <source>Promise cancelled.</source>
        <translation>Promesa cancelada.</translation>
    </message>
    <message>
        <source>&amp;Performance</source>
        <translation>&amp;Desempeño</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search debtors&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Down / Alt+Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous debtor in the queue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Place a new debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log a contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Negotiate with the open debtor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;The open debtor's agreements&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Offers waiting for approval&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Protest filing&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;My performance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Team dashboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the contact&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the queue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar deudores&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Abajo / Alt+Arriba&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deudor siguiente / anterior de la cola&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar un deudor nuevo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Registrar una gestión&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Negociar con el deudor abierto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acuerdos del deudor abierto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ofertas en espera de aprobación&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Envío a protesto&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mi desempeño&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Panel del equipo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; o &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Guardar la gestión&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar en el historial&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Actualizar la cola&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>quita::NegotiationActions</name>
    <message>
        <source>Open a debtor first.</source>
        <translation>Primero abra un deudor.</translation>
    </message>
    <message>
        <source>This debtor is no longer on this desk.</source>
        <translation>Este deudor ya no está en este puesto.</translation>
    </message>
    <message>
        <source>Nothing to negotiate</source>
        <translation>Nada que negociar</translation>
    </message>
    <message>
        <source>This debtor has no open title.</source>
        <translation>Este deudor no tiene títulos pendientes.</translation>
    </message>
    <message>
        <source>Agreement closed; it is sent to the server with the next sync.</source>
        <translation>Acuerdo cerrado; se enviará al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Import a payments file</source>
        <translation>Importar un archivo de pagos</translation>
    </message>
    <message>
        <source>Payments (*.csv *.txt);;All files (*)</source>
        <translation>Pagos (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Payments not imported</source>
        <translation>Pagos no importados</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported; they are sent to the server with the next sync.</source>
        <translation>
            <numerusform>%n pago importado; se enviará al servidor en la próxima sincronización.</numerusform>
            <numerusform>%n pagos importados; se enviarán al servidor en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import payments…</source>
        <translation>&amp;Importar pagos…</translation>
    </message>
    <message>
        <source>&amp;Negotiate…</source>
        <translation>Ne&amp;gociar…</translation>
    </message>
    <message>
        <source>A&amp;greements…</source>
        <translation>Acuer&amp;dos…</translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation>&amp;Aprobaciones…</translation>
    </message>
</context>
<context>
    <name>quita::NegotiationDialog</name>
    <message>
        <source>agent</source>
        <translation>agente</translation>
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
        <translation>Negociación – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · creditor %3 (CNPJ %4)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · acreedor %3 (CNPJ %4)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Balance as of</source>
        <translation>Saldo al</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Fine (multa)</source>
        <translation>Multa</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Intereses moratorios</translation>
    </message>
    <message>
        <source>Monetary correction</source>
        <translation>Corrección monetaria</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gastos de cobranza</translation>
    </message>
    <message>
        <source>Updated balance</source>
        <translation>Saldo actualizado</translation>
    </message>
    <message>
        <source>Titles to negotiate</source>
        <translation>Títulos por negociar</translation>
    </message>
    <message>
        <source>Offers (you negotiate as %1; policy bucket %2)</source>
        <translation>Ofertas (usted negocia como %1; tramo de la política %2)</translation>
    </message>
    <message>
        <source>This title is in dispute.</source>
        <translation>Este título está en disputa.</translation>
    </message>
    <message>
        <source>Offers (you negotiate as %1; aging bucket %2 days)</source>
        <translation>Ofertas (usted negocia como %1; tramo de atraso de %2 días)</translation>
    </message>
    <message>
        <source>Agreement not closed</source>
        <translation>Acuerdo no cerrado</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Solicitar aprobación</translation>
    </message>
    <message>
        <source>Why should this offer be granted? (the supervisor reads this)</source>
        <translation>¿Por qué se debería conceder esta oferta? (el supervisor lo leerá)</translation>
    </message>
    <message>
        <source>Approval not requested</source>
        <translation>Aprobación no solicitada</translation>
    </message>
</context>
<context>
    <name>quita::NegotiationSession</name>
    <message>
        <source>Choose at least one title to negotiate.</source>
        <translation>Elija al menos un título para negociar.</translation>
    </message>
    <message>
        <source>This offer cannot be computed.</source>
        <translation>No se puede calcular esta oferta.</translation>
    </message>
    <message>
        <source>This offer is within your authority: close the agreement.</source>
        <translation>Esta oferta está dentro de su nivel de autorización: cierre el acuerdo.</translation>
    </message>
    <message>
        <source>No one may grant this offer: change it first.</source>
        <translation>Nadie puede conceder esta oferta: modifíquela primero.</translation>
    </message>
    <message>
        <source>This offer is already waiting for an answer.</source>
        <translation>Esta oferta ya está esperando respuesta.</translation>
    </message>
    <message>
        <source>The approval of this offer has not arrived yet.</source>
        <translation>La aprobación de esta oferta aún no llegó.</translation>
    </message>
    <message>
        <source>This offer was rejected: %1</source>
        <translation>Esta oferta fue rechazada: %1</translation>
    </message>
    <message>
        <source>This offer is beyond your authority: ask for approval.</source>
        <translation>Esta oferta excede su nivel de autorización: solicite aprobación.</translation>
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
    <name>quita::OfferColumn</name>
    <message>
        <source>Pay in full</source>
        <translation>Pago único</translation>
    </message>
    <message>
        <source>Installments (Price)</source>
        <translation>En cuotas (Price)</translation>
    </message>
    <message>
        <source>Installments (SAC)</source>
        <translation>En cuotas (SAC)</translation>
    </message>
    <message>
        <source>Installments without interest</source>
        <translation>En cuotas sin intereses</translation>
    </message>
    <message>
        <source>Close &amp;agreement</source>
        <translation>Cerrar &amp;acuerdo</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval…</source>
        <translation>Solicitar a&amp;probación…</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Pago inicial</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>Primer vencimiento</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Expected recovery</source>
        <translation>Recuperación esperada</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad de pago</translation>
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
        <translation>%1x de hasta %2</translation>
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
        <translation>%1 % mensual</translation>
    </message>
    <message>
        <source>no interest</source>
        <translation>sin intereses</translation>
    </message>
    <message>
        <source>%1 (%2 % kept)</source>
        <translation>%1 (%2 % de cumplimiento)</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past agreement(s) like this one.</source>
        <translation>
            <numerusform>Basado en %n acuerdo anterior similar a este.</numerusform>
            <numerusform>Basado en %n acuerdos anteriores similares a este.</numerusform>
        </translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>no declarada</translation>
    </message>
    <message>
        <source>fits (%1 %)</source>
        <translation>adecuada (%1 %)</translation>
    </message>
    <message>
        <source>tight (%1 %)</source>
        <translation>ajustada (%1 %)</translation>
    </message>
    <message>
        <source>exceeds (%1 %)</source>
        <translation>excedida (%1 %)</translation>
    </message>
    <message>
        <source>Within your authority.</source>
        <translation>Dentro de su nivel de autorización.</translation>
    </message>
    <message>
        <source>Needs a supervisor's approval.</source>
        <translation>Requiere aprobación del supervisor.</translation>
    </message>
    <message>
        <source>Needs an administrator's approval.</source>
        <translation>Requiere aprobación del administrador.</translation>
    </message>
    <message>
        <source>Not allowed for anyone: change the offer.</source>
        <translation>No permitida para nadie: modifique la oferta.</translation>
    </message>
    <message>
        <source>Approval requested; waiting for the answer.</source>
        <translation>Aprobación solicitada; esperando respuesta.</translation>
    </message>
    <message>
        <source>Approved: you may close the agreement.</source>
        <translation>Aprobada: puede cerrar el acuerdo.</translation>
    </message>
    <message>
        <source>Rejected: “%1”</source>
        <translation>Rechazada: “%1”</translation>
    </message>
</context>
<context>
    <name>quita::PaymentDialog</name>
    <message>
        <source>Post a payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Monto pagado</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
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
        <translation>&amp;Mi desempeño</translation>
    </message>
    <message>
        <source>&amp;Team dashboard</source>
        <translation>Panel del &amp;equipo</translation>
    </message>
</context>
<context>
    <name>quita::PerformanceWindow</name>
    <message>
        <source>My performance</source>
        <translation>Mi desempeño</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Your figures need the server, and you are offline.</source>
        <translation>Sus indicadores necesitan el servidor y está sin conexión.</translation>
    </message>
    <message>
        <source>target %1 (%2)</source>
        <translation>meta %1 (%2)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
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
        <translation>&amp;Envío a protesto…</translation>
    </message>
    <message>
        <source>Protest &amp;requests…</source>
        <translation>&amp;Solicitudes de protesto…</translation>
    </message>
    <message>
        <source>CRA &amp;files…</source>
        <translation>&amp;Archivos de la CRA…</translation>
    </message>
    <message>
        <source>&amp;Import a confirmation or return file…</source>
        <translation>&amp;Importar archivo de confirmación o retorno…</translation>
    </message>
    <message numerus="yes">
        <source>The agreement covers %n protested title(s) of %1: %2. Once the debt is renegotiated, the protest should be cancelled (cancelamento).</source>
        <translation>
            <numerusform>El acuerdo cubre %n título protestado de %1: %2. Con la deuda renegociada, el protesto debe cancelarse (cancelamento).</numerusform>
            <numerusform>El acuerdo cubre %n títulos protestados de %1: %2. Con la deuda renegociada, los protestos deben cancelarse (cancelamento).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the protest?</source>
        <translation>¿Cancelar el protesto?</translation>
    </message>
    <message>
        <source>&amp;Prepare the cancellation…</source>
        <translation>&amp;Preparar la cancelación…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>File date</source>
        <translation>Fecha del archivo</translation>
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
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>quita::ProtestDesk</name>
    <message>
        <source>This desk works without a server; protest filing needs one. Ask your administrator for the server's address.</source>
        <translation>Esta estación trabaja sin servidor y el protesto necesita uno. Pida al administrador la dirección del servidor.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file is not valid at line %1. %2</source>
        <translation>No se importó nada: el archivo no es válido en la línea %1. %2</translation>
    </message>
    <message>
        <source>Nothing was imported: this is a remittance file (the one we send to the notaries). Choose a confirmation or return file.</source>
        <translation>No se importó nada: este es un archivo de remesa (el que enviamos a las notarías). Elija un archivo de confirmación o de retorno.</translation>
    </message>
    <message>
        <source>Only PDF, PNG and JPEG documents can be attached.</source>
        <translation>Solo se pueden adjuntar documentos PDF, PNG y JPEG.</translation>
    </message>
    <message>
        <source>The document is larger than 2 MB; attach a smaller file.</source>
        <translation>El documento supera los 2 MB; adjunte un archivo más pequeño.</translation>
    </message>
    <message>
        <source>Sent to protest on %1</source>
        <translation>Enviado a protesto el %1</translation>
    </message>
    <message>
        <source>Protocol %1 (notary office %2)</source>
        <translation>Protocolo %1 (notaría %2)</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Costas: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Check the connection and try again; nothing was sent.</source>
        <translation>No se pudo contactar al servidor (%1). Revise la conexión e inténtelo de nuevo; no se envió nada.</translation>
    </message>
    <message>
        <source>You are not signed in: sign in to the server (Server → Sign in…) and try again.</source>
        <translation>No ha iniciado sesión: ingrese al servidor (Servidor → Ingresar…) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again (Server → Sign in…).</source>
        <translation>Su sesión expiró: ingrese de nuevo (Servidor → Ingresar…).</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 is a title of a debtor you may not file protests for.</source>
        <translation>No se importó nada: la línea %1 es un título de un deudor para el que usted no puede enviar protestos.</translation>
    </message>
    <message>
        <source>You may not file protests for %1: protest filing is for supervisors, or for the agent where the portfolio allows it.</source>
        <translation>Usted no puede enviar a protesto %1: el protesto lo hacen los supervisores, o el agente cuando la cartera lo permite.</translation>
    </message>
    <message>
        <source>You may not file protests: protest filing is for supervisors, or for agents in portfolios that allow it.</source>
        <translation>Usted no puede enviar protestos: el protesto lo hacen los supervisores, o los agentes en las carteras que lo permiten.</translation>
    </message>
    <message>
        <source>The server no longer has this item; refresh the list.</source>
        <translation>El servidor ya no tiene este elemento; actualice la lista.</translation>
    </message>
    <message>
        <source>The server no longer has %1; refresh the list.</source>
        <translation>El servidor ya no tiene %1; actualice la lista.</translation>
    </message>
    <message>
        <source>The file is too large for the server (at most 8 MB).</source>
        <translation>El archivo es demasiado grande para el servidor (como máximo 8 MB).</translation>
    </message>
    <message>
        <source>The server failed (%1); nothing was changed. Try again in a moment.</source>
        <translation>El servidor falló (%1); no se cambió nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2</source>
        <translation>El servidor lo rechazó (%1): %2</translation>
    </message>
    <message>
        <source>no protest request of ours matches this title.</source>
        <translation>ninguna solicitud de protesto nuestra corresponde a este título.</translation>
    </message>
    <message>
        <source>several open requests have this title number; the notary must send the protocol or our number.</source>
        <translation>varias solicitudes abiertas tienen este número de título; la notaría debe informar el protocolo o nuestro número.</translation>
    </message>
    <message>
        <source>the notary's protocol differs from the one it gave this title before.</source>
        <translation>el protocolo de la notaría difiere del que dio antes a este título.</translation>
    </message>
    <message>
        <source>the title is already on an earlier line.</source>
        <translation>el título ya está en una línea anterior.</translation>
    </message>
    <message>
        <source>no creditor of ours has this presenter code.</source>
        <translation>ningún acreedor nuestro tiene este código de presentante.</translation>
    </message>
    <message>
        <source>this is a remittance file, not a confirmation or return.</source>
        <translation>este es un archivo de remesa, no de confirmación o retorno.</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1: %2</source>
        <translation>No se importó nada: línea %1: %2</translation>
    </message>
    <message>
        <source>The selection</source>
        <translation>La selección</translation>
    </message>
    <message>
        <source>%1 cannot be sent to protest: %2. Nothing was sent.</source>
        <translation>%1 no puede enviarse a protesto: %2. No se envió nada.</translation>
    </message>
    <message>
        <source>%1 belongs to another creditor: a file holds one creditor's titles. Nothing was sent.</source>
        <translation>%1 es de otro acreedor: un archivo lleva los títulos de un solo acreedor. No se envió nada.</translation>
    </message>
    <message>
        <source>The creditor has no protest presenter settings on the server; ask your administrator. Nothing was sent.</source>
        <translation>El acreedor no tiene configuración de presentante de protesto en el servidor; consulte al administrador. No se envió nada.</translation>
    </message>
    <message>
        <source>The creditor has already sent the most files allowed today; send the rest tomorrow.</source>
        <translation>El acreedor ya envió hoy el máximo de archivos permitido; envíe el resto mañana.</translation>
    </message>
    <message>
        <source>%1 is not in a status that allows this (withdrawal: sent or protocolled; cancellation: protested). Nothing was sent.</source>
        <translation>%1 no está en un estado que lo permita (desistimiento: enviado o protocolado; cancelación: protestado). No se envió nada.</translation>
    </message>
    <message>
        <source>%1 has no protocol yet: wait for the notary's confirmation. Nothing was sent.</source>
        <translation>%1 aún no tiene protocolo: espere la confirmación de la notaría. No se envió nada.</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 está dos veces en la lista.</translation>
    </message>
    <message>
        <source>Select at least one item first.</source>
        <translation>Seleccione al menos un elemento primero.</translation>
    </message>
    <message>
        <source>Too many at once: a file holds at most 9,997 titles.</source>
        <translation>Demasiados a la vez: un archivo lleva como máximo 9.997 títulos.</translation>
    </message>
    <message>
        <source>The document's name is not accepted; rename the file and try again.</source>
        <translation>El nombre del documento no se acepta; cambie el nombre del archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>quita::ProtestEligiblePage</name>
    <message>
        <source>Titles eligible for protest</source>
        <translation>Títulos aptos para protesto</translation>
    </message>
    <message>
        <source>Also show titles that are not eligible, with the reason</source>
        <translation>Mostrar también los títulos no aptos, con el motivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>Tick &amp;all eligible</source>
        <translation>Marcar &amp;todos los aptos</translation>
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
        <translation>&amp;Volver a los títulos</translation>
    </message>
    <message>
        <source>&amp;Confirm and send to protest</source>
        <translation>&amp;Confirmar y enviar a protesto</translation>
    </message>
    <message>
        <source>Review the batch</source>
        <translation>Revise el lote</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Guardar archivo…</translation>
    </message>
    <message>
        <source>&amp;New batch</source>
        <translation>&amp;Nuevo lote</translation>
    </message>
    <message>
        <source>Batch sent to protest</source>
        <translation>Lote enviado a protesto</translation>
    </message>
    <message>
        <source>Loading the eligible titles from the server…</source>
        <translation>Cargando desde el servidor los títulos aptos…</translation>
    </message>
    <message>
        <source>The eligible titles could not be loaded.</source>
        <translation>No se pudieron cargar los títulos aptos.</translation>
    </message>
    <message>
        <source>No title with an open balance is in your portfolios.</source>
        <translation>Ningún título con saldo pendiente en sus carteras.</translation>
    </message>
    <message>
        <source>No title is eligible for protest right now. Tick "Also show titles that are not eligible" to see why.</source>
        <translation>Ningún título está apto para protesto ahora. Marque "Mostrar también los títulos no aptos" para ver por qué.</translation>
    </message>
    <message>
        <source>Titles eligible for protest (%L1 of %L2 listed)</source>
        <translation>Títulos aptos para protesto (%L1 de %L2 listados)</translation>
    </message>
    <message>
        <source>Tick the titles to send to protest.</source>
        <translation>Marque los títulos que enviará a protesto.</translation>
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
            <numerusform>%n deudor</numerusform>
            <numerusform>%n deudores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2: eligible.</source>
        <translation>%1 – %2: apto.</translation>
    </message>
    <message>
        <source>%1 – %2 is not eligible. %3.</source>
        <translation>%1 – %2 no está apto. %3.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Titles:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sum of balances:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Debtors:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Títulos:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Suma de saldos:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Deudores:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>These titles belong to %n creditors: a remittance file holds one creditor's titles. Untick the others and send one batch per creditor.</source>
        <translation>
            <numerusform>Estos títulos son de %n acreedor: un archivo de remesa lleva los títulos de un solo acreedor. Desmarque los demás y envíe un lote por acreedor.</numerusform>
            <numerusform>Estos títulos son de %n acreedores: un archivo de remesa lleva los títulos de un solo acreedor. Desmarque los demás y envíe un lote por acreedor.</numerusform>
        </translation>
    </message>
    <message>
        <source>A remittance file holds at most 9,997 titles.</source>
        <translation>Un archivo de remesa lleva como máximo 9.997 títulos.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) are more than five years past due: check they are not time-barred before sending.</source>
        <translation>
            <numerusform>%n título está vencido hace más de cinco años: verifique que no esté prescrito antes de enviarlo.</numerusform>
            <numerusform>%n títulos están vencidos hace más de cinco años: verifique que no estén prescritos antes de enviarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) have more than one title in this batch.</source>
        <translation>
            <numerusform>%n deudor tiene más de un título en este lote.</numerusform>
            <numerusform>%n deudores tienen más de un título en este lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once sent, the notaries charge fees to withdraw a title; a paid or renegotiated title needs a cancellation.</source>
        <translation>Una vez enviado, las notarías cobran costas para retirar un título; un título pagado o renegociado necesita una cancelación.</translation>
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
        <translation>El servidor generó el archivo de remesa &lt;b&gt;%1&lt;/b&gt;: %2, total %3 (secuencia del archivo %4). Los títulos ahora están &lt;i&gt;enviados&lt;/i&gt;; su estado cambia cuando se importan los archivos de confirmación y de retorno de las notarías.</translation>
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
        <translation>Guarde el archivo y envíelo a la CRA; el servidor también lo conserva (pestaña Archivos).</translation>
    </message>
    <message>
        <source>Save the remittance file</source>
        <translation>Guardar el archivo de remesa</translation>
    </message>
    <message>
        <source>CRA files (*.*)</source>
        <translation>Archivos de la CRA (*.*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>quita::ProtestFilesPage</name>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Guardar archivo…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Import confirmation or return file…</source>
        <translation>&amp;Importar archivo de confirmación o retorno…</translation>
    </message>
    <message>
        <source>Loading the files from the server…</source>
        <translation>Cargando los archivos del servidor…</translation>
    </message>
    <message>
        <source>No protest file yet: send a batch from the first tab, or import a notary's confirmation or return file.</source>
        <translation>Aún no hay archivos de protesto: envíe un lote desde la primera pestaña, o importe un archivo de confirmación o retorno de una notaría.</translation>
    </message>
    <message>
        <source>Save the CRA file</source>
        <translation>Guardar el archivo de la CRA</translation>
    </message>
    <message>
        <source>CRA files (*.*)</source>
        <translation>Archivos de la CRA (*.*)</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
    <message>
        <source>Import a confirmation or return file</source>
        <translation>Importar archivo de confirmación o retorno</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) imported: %3 changed, %4 unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) importado: %3 con cambios, %4 sin cambios.</translation>
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
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Notary fees %1, distribution fees %2</source>
        <translation>Costas de la notaría %1, costas de distribución %2</translation>
    </message>
    <message>
        <source>Reported for %1</source>
        <translation>Informado para el %1</translation>
    </message>
    <message>
        <source>Our number %1, requested by %2</source>
        <translation>Nuestro número %1, solicitado por %2</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Ocurrencia</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costas</translation>
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
        <translation>Mostrar todos los deudores</translation>
    </message>
    <message>
        <source>&amp;Withdraw (desistência)…</source>
        <translation>&amp;Desistir (desistência)…</translation>
    </message>
    <message>
        <source>Request &amp;cancellation…</source>
        <translation>Solicitar &amp;cancelación…</translation>
    </message>
    <message>
        <source>Attach &amp;document…</source>
        <translation>Adjuntar &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Guardar archivo…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All portfolios</source>
        <translation>Todas las carteras</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Portfolio:</source>
        <translation>Cartera:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>No protest request matches these filters.</source>
        <translation>Ninguna solicitud de protesto cumple estos filtros.</translation>
    </message>
    <message>
        <source>No title has been sent to protest yet: tick eligible titles on the first tab and send them in a batch.</source>
        <translation>Aún no se envió ningún título a protesto: marque títulos aptos en la primera pestaña y envíelos en un lote.</translation>
    </message>
    <message>
        <source>Only %1's requests.</source>
        <translation>Solo las solicitudes de %1.</translation>
    </message>
    <message>
        <source>For titles sent or protocolled, not yet protested.</source>
        <translation>Para títulos enviados o protocolados, aún no protestados.</translation>
    </message>
    <message>
        <source>For protested titles, once the debt is paid or renegotiated.</source>
        <translation>Para títulos protestados, una vez pagada o renegociada la deuda.</translation>
    </message>
    <message>
        <source>Select one request to see its documents.</source>
        <translation>Seleccione una solicitud para ver sus documentos.</translation>
    </message>
    <message>
        <source>%1 (%2 KB) – %3, %4</source>
        <translation>%1 (%2 KB) – %3, %4</translation>
    </message>
    <message>
        <source>No document attached to this request yet.</source>
        <translation>Aún no hay documentos adjuntos a esta solicitud.</translation>
    </message>
    <message>
        <source>Documents of the selected request:</source>
        <translation>Documentos de la solicitud seleccionada:</translation>
    </message>
    <message>
        <source>title %1 (%2)</source>
        <translation>título %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Request the cancellation of %n protest(s)? The server writes the cancellation file (cancelamento) for the CRA; the creditor's consent (anuência) goes with it.</source>
        <translation>
            <numerusform>¿Solicitar la cancelación de %n protesto? El servidor genera el archivo de cancelación (cancelamento) para la CRA; el consentimiento del acreedor (anuência) va con él.</numerusform>
            <numerusform>¿Solicitar la cancelación de %n protestos? El servidor genera el archivo de cancelación (cancelamento) para la CRA; el consentimiento del acreedor (anuência) va con él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n title(s) from protest? The server writes the withdrawal file (desistência) for the CRA; the notaries may charge fees.</source>
        <translation>
            <numerusform>¿Retirar %n título del protesto? El servidor genera el archivo de desistimiento (desistência) para la CRA; las notarías pueden cobrar costas.</numerusform>
            <numerusform>¿Retirar %n títulos del protesto? El servidor genera el archivo de desistimiento (desistência) para la CRA; las notarías pueden cobrar costas.</numerusform>
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
        <translation>Solicitar cancelación</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Desistir</translation>
    </message>
    <message>
        <source>The server wrote &lt;b&gt;%1&lt;/b&gt; (%2, total %3). Save it and send it to the CRA.</source>
        <translation>El servidor generó &lt;b&gt;%1&lt;/b&gt; (%2, total %3). Guárdelo y envíelo a la CRA.</translation>
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
        <translation>Guardar el archivo de la CRA</translation>
    </message>
    <message>
        <source>CRA files (*.*)</source>
        <translation>Archivos de la CRA (*.*)</translation>
    </message>
    <message>
        <source>Saved &lt;b&gt;%1&lt;/b&gt; to %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; guardado en %2.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>Attached %1; it reaches this list with the next sync.</source>
        <translation>%1 adjuntado; aparece en esta lista con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Save d&amp;ocument…</source>
        <translation>Guardar d&amp;ocumento…</translation>
    </message>
    <message>
        <source>This document is not on this desk any more; refresh the list.</source>
        <translation>Este documento ya no está en este puesto; actualice la lista.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
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
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Ocurrencia</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularidad</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costas</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Estado ahora</translation>
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
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Files and returns</source>
        <translation>&amp;Archivos y retornos</translation>
    </message>
    <message>
        <source>You are not signed in to the server: the requests below are what this desk has; eligible titles, batches and files need the server.</source>
        <translation>No ha iniciado sesión en el servidor: las solicitudes de abajo son las que tiene esta estación; los títulos aptos, los lotes y los archivos necesitan el servidor.</translation>
    </message>
</context>
<context>
    <name>quita::RollRateHeatMap</name>
    <message>
        <source>Roll rates between aging buckets</source>
        <translation>Tasas de rodamiento entre tramos de mora</translation>
    </message>
    <message>
        <source>No account to follow between buckets in this period.</source>
        <translation>Ninguna cuenta que seguir entre tramos en este período.</translation>
    </message>
    <message>
        <source>Roll rate</source>
        <translation>Tasa de rodamiento</translation>
    </message>
    <message>
        <source>Bucket at the end of the period</source>
        <translation>Tramo al final del período</translation>
    </message>
    <message>
        <source>Bucket at the start of the period</source>
        <translation>Tramo al inicio del período</translation>
    </message>
    <message>
        <source>From %1 to %2: %3
%4 of %5 accounts</source>
        <translation>De %1 a %2: %3
%4 de %5 cuentas</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
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
    <name>quita::TeamDashboard</name>
    <message>
        <source>Team dashboard</source>
        <translation>Panel del equipo</translation>
    </message>
    <message>
        <source>The team dashboard needs the server; you are offline.</source>
        <translation>El panel del equipo necesita el servidor; está sin conexión.</translation>
    </message>
    <message>
        <source>%1 right-party contacts</source>
        <translation>%1 contactos con el titular</translation>
    </message>
    <message>
        <source>%1 promises to pay</source>
        <translation>%1 promesas de pago</translation>
    </message>
    <message>
        <source>%1 of %2 due</source>
        <translation>%1 de %2 vencidas</translation>
    </message>
    <message>
        <source>%1 agent-hours</source>
        <translation>%1 horas de agente</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
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
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Agreement broken</source>
        <translation>Acuerdo incumplido</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Liquidado</translation>
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
        <translation>Protesto registrado en la notaría</translation>
    </message>
    <message>
        <source>Title protested</source>
        <translation>Título protestado</translation>
    </message>
    <message>
        <source>Paid at the notary</source>
        <translation>Pagado en la notaría</translation>
    </message>
    <message>
        <source>Protest withdrawn</source>
        <translation>Desistimiento del protesto</translation>
    </message>
    <message>
        <source>Protest cancelled</source>
        <translation>Protesto cancelado</translation>
    </message>
    <message>
        <source>Returned by the notary (irregularity)</source>
        <translation>Devuelto por la notaría (irregularidad)</translation>
    </message>
    <message>
        <source>Protest suspended</source>
        <translation>Protesto suspendido</translation>
    </message>
    <message>
        <source>Document attached to the protest</source>
        <translation>Documento adjuntado al protesto</translation>
    </message>
    <message>
        <source>Agreement made: total %1</source>
        <translation>Acuerdo cerrado: total de %1</translation>
    </message>
    <message>
        <source>Installment %1: payment of %2</source>
        <translation>Cuota %1: pago de %2</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Pago de %1</translation>
    </message>
    <message>
        <source>Agreement broken: installment %1 (%2) unpaid past the grace days</source>
        <translation>Acuerdo incumplido: cuota %1 (%2) sin pagar después de los días de gracia</translation>
    </message>
    <message>
        <source>Agreement settled: every installment paid</source>
        <translation>Acuerdo liquidado: todas las cuotas pagadas</translation>
    </message>
    <message>
        <source>Agreement cancelled</source>
        <translation>Acuerdo cancelado</translation>
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
        <translation>Curvas de recuperación por mes de asignación</translation>
    </message>
    <message>
        <source>No placement to follow in this scope.</source>
        <translation>Ninguna asignación que seguir en este alcance.</translation>
    </message>
    <message>
        <source>Months since placement</source>
        <translation>Meses desde la asignación</translation>
    </message>
    <message>
        <source>Collected / placed (cumulative)</source>
        <translation>Recuperado / asignado (acumulado)</translation>
    </message>
    <message>
        <source>Placed in %1: %2 accounts, %3
Month %4: %5 collected (%6)</source>
        <translation>Asignado en %1: %2 cuentas, %3
Mes %4: %5 recuperados (%6)</translation>
    </message>
    <message>
        <source>Accounts placed in %1</source>
        <translation>Cuentas asignadas en %1</translation>
    </message>
</context>
<context>
    <name>quita::WorkQueueModel</name>
    <message>
        <source>Not in today's queue</source>
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
        <source>Learned from this debtor's own answers: the channel and local hour that reached them most often.</source>
        <translation>Aprendido de las respuestas del propio deudor: el canal y la hora local que más veces lo alcanzaron.</translation>
    </message>
    <message>
        <source>%1 around %2h (debtor's local time). %3</source>
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
        <source>No debtor matches "%1".</source>
        <translation>Ningún deudor coincide con "%1".</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) found</source>
        <translation>
            <numerusform>%n deudor encontrado</numerusform>
            <numerusform>%n deudores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in today's queue. Search a debtor above.</source>
        <translation>No hay nada en la cola de hoy. Busque un deudor arriba.</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) in today's queue</source>
        <translation>
            <numerusform>%n deudor en la cola de hoy</numerusform>
            <numerusform>%n deudores en la cola de hoy</numerusform>
        </translation>
    </message>
</context>
</TS>