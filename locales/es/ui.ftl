### facerights — interfaz (asistente), español.

wizard-welcome = facerights redacta una carta para preguntar a Clearview AI qué datos tiene sobre su rostro, o para exigirle que los suprima. Nada sale de este ordenador. Pulse Ctrl-C en cualquier momento para salir; no se escribe nada hasta que usted lo confirme.
ui-language = Idioma de estas preguntas
country-search = ¿Dónde vive? Escriba parte del nombre del país o su código (Intro muestra la lista)
country-pick = Elija su país
country-chosen = → { $country } ({ $code })
country-none = Ningún país coincide con «{ $input }». facerights cubre la UE, Islandia, Liechtenstein, Noruega, el Reino Unido, Suiza, Australia, Canadá, Illinois y California.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = ¿En qué Land alemán (estado federado) vive? Su autoridad de protección de datos es aquella ante la que presentaría una reclamación.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = ¿En qué provincia o territorio vive? Columbia Británica, Alberta y Quebec tienen cada una su propia ley de privacidad para el sector privado.
region-other-CA = Otra provincia o territorio (ley federal, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Con esta ley ({ $law }), facerights no ofrece este tipo de carta: { $task }. Elija otra opción.
letter-language = Idioma de la carta
language-complete = completo
language-draft = borrador, aún no revisado por un hablante nativo
request-kind = ¿Qué carta?
request-access = Acceso (art. 15): preguntar qué datos tiene Clearview sobre usted. Conserva las pruebas.
request-erasure = Supresión (art. 17): exigir a Clearview que borre todo. Destruye las pruebas de lo que tenía.
request-access-erasure = Acceso y después supresión: primero obtener una copia, luego pedir que se borre todo. Recomendado.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Acceso: preguntar qué datos tiene Clearview sobre usted. Conserva las pruebas.
request-erasure-regime = Eliminación: exigir a Clearview que borre todo. Destruye las pruebas de lo que tenía.
request-access-erasure-regime = Acceso y después eliminación: primero obtener una copia, luego pedir que se borre todo. Recomendado.
name = Su nombre completo (tal como firmará)
email = Su dirección de correo electrónico para la respuesta (opcional, Intro para omitir)
address-line = Dirección postal, línea { $number } (Intro en una línea vacía para terminar)
place = Lugar de la firma (su localidad, opcional)
photo-note = Clearview solo puede buscar en su base de datos con la foto de un rostro, no por el nombre. Si adjunta una foto, la carta indica que solo puede usarse para encontrar sus datos, que no debe añadirse a la base de datos y que debe suprimirse después. Aun así, enviarla tiene un coste: usted da a Clearview una imagen nueva de su rostro.
photo-question = ¿Va a adjuntar una foto de su rostro?
# Shown after the person says yes to the photo.
photo-clean = Antes de imprimir o enviar la foto: elimine sus metadatos (ubicación, fecha, cámara), recórtela para que solo muestre su rostro y a nadie más, y use una foto que no le importe que Clearview vea una vez.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = En una carta de supresión usted se opone al tratamiento «por motivos relacionados con su situación particular» (art. 21.1 del RGPD). La carta ya indica los motivos que valen para todos (su rostro es un identificador permanente). Puede añadir los suyos en pocas frases, por ejemplo por qué ser identificable a partir de una foto le pondría en riesgo. Se reproducen como sus propias palabras.
objection-question = Sus propios motivos (opcional, Intro para omitir)
format = Formato de salida
format-text = Texto (para pegar en un correo electrónico o imprimir)
format-pdf = PDF (para imprimir, firmar y enviar por correo postal)
output-path = Guardar la carta como
overwrite = { $path } ya existe. ¿Desea reemplazarlo?
summary-title = Resumen
summary-country = País
summary-language = Idioma de la carta
summary-request = Carta
summary-file = Archivo
preview-title = Comienzo de la carta:
confirm-write = ¿Escribir la carta?
written = Carta guardada en { $path }.
cancelled = No se ha escrito nada.
invalid-answer = { $problem }
next-steps-title = Próximos pasos
next-sign = Lea la carta, imprímala y fírmela (en el espacio encima de su nombre impreso).
next-send = Envíela por correo postal a { $recipient } (si puede, certificada con acuse de recibo), o pegue el texto en un correo electrónico si tiene una dirección de Clearview.
next-copy = Guarde una copia de la carta y el justificante de envío.
next-deadline = Clearview debe responder en el plazo de un mes desde que recibe la carta. Si la envía hoy, la fecha aproximada es: { $date } (art. 12(3)). El plazo empieza cuando llega la carta, así que cuente con el tiempo del correo.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Si la envía hoy, la fecha aproximada en que Clearview debería responder es: { $date } ({ $provision }). El plazo empieza cuando llega la carta, así que cuente con el tiempo del correo.
next-complain = Si no recibe una respuesta completa a tiempo, puede presentar una reclamación ante la autoridad de control: { $authority }, { $address } ({ $website }). Adjunte su carta y el justificante de envío.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Si no recibe una respuesta completa a tiempo, puede presentar una reclamación ante la autoridad de protección de datos del Land alemán en el que vive; `facerights jurisdictions` las enumera (DE-BY, DE-NW, …). Adjunte su carta y el justificante de envío.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Si no recibe una respuesta completa a tiempo, reclame primero ante Clearview (artículo 164A de la Data Protection Act 2018) y después ante la autoridad de control: { $authority }, { $address } ({ $website }). Adjunte sus cartas y los justificantes de envío.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Si no recibe una respuesta completa a tiempo, reclame primero ante Clearview (eso hace la carta de reiteración) y, pasados 30 días, ante la autoridad de control: { $authority } ({ $website }). Adjunte sus cartas y los justificantes de envío.
next-complain-ca = La falta de respuesta en 30 días equivale a una denegación (PIPEDA s. 8(5)): puede entonces presentar una reclamación por escrito, en un plazo de seis meses, ante la autoridad competente: { $authority }, { $address } ({ $website }). Adjunte sus cartas y los justificantes de envío.
next-complain-bc = Si no recibe una respuesta completa a tiempo, puede pedir una revisión a la autoridad competente: { $authority } ({ $website }); la solicitud de revisión tiene su propio plazo de 30 días hábiles.
next-complain-ab = Si no recibe una respuesta completa a tiempo, puede pedir por escrito una revisión a la autoridad competente: { $authority } ({ $website }), en un plazo de 30 días desde la decisión de Clearview.
next-complain-qc = La falta de respuesta en 30 días equivale a una denegación: puede entonces presentar una solicitud de examen del desacuerdo (demande d'examen de mésentente) ante la autoridad competente: { $authority }, { $address } ({ $website }).
next-complain-ch = Si no recibe una respuesta completa a tiempo, puede presentar una denuncia ante la autoridad federal: { $authority } ({ $website }); esta puede abrir una investigación, pero usted no es parte en el procedimiento. Sus derechos de acceso y eliminación se hacen valer ante los tribunales civiles (art. 32 FADP).
next-complain-cal = Si no recibe una respuesta completa a tiempo, puede presentar una reclamación ante la autoridad de control: { $authority } ({ $website }); esta vela por el cumplimiento de la CCPA, pero no actúa en su nombre de forma individual.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Ninguna autoridad de control tramita reclamaciones individuales en virtud de la Illinois Biometric Information Privacy Act: conserve la carta y el justificante de envío, que servirán de prueba si lleva el asunto más lejos, por su cuenta o con un abogado.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = la carta no indica ninguna autoridad de control: en Alemania es la del Land en el que usted vive. Use --jurisdiction { $example } (o una columna `jurisdiction` con esos códigos) para indicarla; `facerights jurisdictions` enumera los códigos.
draft-note = Nota: el texto de la carta en el idioma elegido ({ $language }) es un borrador que aún no ha revisado ningún hablante nativo con conocimientos jurídicos. Léalo antes de enviarlo.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (cartas en este idioma: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = sí
answer-no = no

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = escrito: { $path }
note-replaced = reemplazado: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } filas en { $seconds } s ({ $rate } filas/s): { $written } escritas, { $skipped } omitidas (ya existían), { $failed } con error; manifiesto: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = no escrito
batch-merged = { $letters } cartas ({ $pages } páginas) combinadas en { $path }
batch-merge-not-written = el PDF combinado { $path } no se escribió: la ejecución no terminó; vuelva a ejecutar la misma orden para completarlo
batch-interrupted = interrumpido: se terminan las cartas en curso y se escribe el manifiesto (interrumpa de nuevo para parar en el acto, sin manifiesto)
batch-taken-back = el manifiesto no tenía espacio para { $count } cartas: se han vuelto a eliminar y la próxima ejecución las escribirá

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = ¿Qué desea hacer?
task-request = Escribir una solicitud a Clearview (acceso o supresión)
task-reminder = Reiterar la solicitud a Clearview: no ha respondido (por completo) a tiempo
task-complaint = Presentar una reclamación contra Clearview ante la autoridad de protección de datos
first-request-question = ¿Qué solicitud envió?
# The date the request reached Clearview.
received-question = ¿Cuándo la recibió Clearview? (AAAA-MM-DD: la fecha de entrega si fue una carta, la fecha de envío si fue un correo electrónico)
outcome-question = ¿Qué hizo Clearview?
outcome-no-reply = Nada: ninguna respuesta
outcome-incomplete = Respondió, pero no con todo lo que usted pidió
outcome-refused = Se negó
outcome-identity-demanded = Pidió un documento de identidad o una foto nueva antes de responder
reminded-question = ¿Cuándo envió la reiteración? (AAAA-MM-DD; Intro si no la envió)
# After a request letter. $ends: the last day of the reply period; $provision: "art. 12.3 RGPD";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = plazo: Clearview debe responder a más tardar el { $ends } ({ $provision }), contado desde la recepción el { $received }; si ese día es festivo, el plazo vence el siguiente día hábil. Si no recibe una respuesta completa, escriba la reiteración a partir del { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = el plazo supone que Clearview recibe la carta el mismo día de su fecha; para una carta enviada por correo postal, indique la fecha de entrega con --received AAAA-MM-DD.
calendar-question = ¿Guardar el plazo en un archivo de calendario (.ics) con un aviso?
calendar-path = Guardar el archivo de calendario como
# $path: the .ics file written.
note-calendar = escrito: { $path }; ábralo para añadir el plazo a su calendario.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Vence la respuesta de Clearview ({ $request })
calendar-description = Clearview AI, Inc. recibió su { $request } el { $received } y debe responder a más tardar el { $ends }. Si no ha respondido por completo, escriba con facerights una reiteración a partir del { $follow_up } («Reiterar la solicitud a Clearview»).
calendar-alarm = La respuesta de Clearview vence dentro de 3 días.
request-short-access = solicitud de acceso
request-short-erasure = solicitud de supresión
request-short-access-erasure = solicitud de acceso y supresión
# E-mail drafts (--format eml).
note-eml-no-recipient = el borrador de correo electrónico no tiene destinatario: facerights no conoce ninguna dirección de correo electrónico confirmada de Clearview. Escriba la dirección de la que disponga o envíe la carta por correo postal.
note-eml-no-sender = el borrador de correo electrónico no tiene remitente: indíquelo con --email, o lo completará su programa de correo.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } también admite reclamaciones mediante su formulario: { $url } — puede pegar allí el texto de la carta y adjuntar los anexos.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = la ICO espera que reclame primero ante Clearview (artículo 164A de la Data Protection Act 2018): la carta de reiteración es una reclamación de ese tipo; indique su fecha con --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = la OAIC espera que reclame primero ante Clearview y le dé 30 días: la carta de reiteración es una reclamación de ese tipo; indique su fecha con --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } no admite reclamaciones redactadas en este idioma (idiomas admitidos: { $languages }). Redacte la reclamación con --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = artículo 12.3 del RGPD
provision-eea-gdpr = artículo 12.3 del RGPD
provision-uk-gdpr = artículo 12A del UK GDPR
