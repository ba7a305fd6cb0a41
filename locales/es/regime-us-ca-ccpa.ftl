### facerights — cartas basadas en la California Consumer Privacy Act (CCPA), modificada por la
### California Privacy Rights Act (CPRA) (California, Estados Unidos), en español, para residentes
### hispanohablantes de California (--language es).
###
### Traducción de locales/en/regime-us-ca-ccpa.ftl (revisada): mismos identificadores, mismas
### variables, mismo contenido jurídico, mismas secciones citadas. Véanse en su encabezado las
### decisiones jurídicas y sus fuentes (docs/legal-basis.md, sección 12.8).
###
### Registro: el español neutro que usa un abogado de derechos del consumidor de EE. UU. con clientes
### hispanohablantes. La carta se dirige a la empresa como «ustedes» (les, su, sus); ningún adjetivo
### ni participio concuerda con quien escribe (su género no se conoce): «Soy residente», «Me ofrezco
### a firmar», «Tengo conocimiento».
###
### Citas de EE. UU. sin cambios («Cal. Civ. Code § 1798.105», «Cal. Code Regs. tit. 11, § 7062»);
### solo «and» pasa a «y» («§§ 1798.110 y 1798.115»). Las leyes y la agencia llevan su nombre en
### español con el nombre inglés la primera vez: «Ley de Privacidad del Consumidor de California
### (California Consumer Privacy Act, CCPA)»; las siglas son femeninas («la CCPA», «la CPRA», la
### ley). Términos: «solicitud para saber» (request to know), «eliminación» (delete), «instrucción
### de no vender ni compartir» (opt-out of sale and sharing), «información personal confidencial»
### (sensitive personal information), «empresa» (business), «corredor de datos» (data broker),
### «días calendario», «días hábiles», «bajo pena de perjurio», «documento de identidad oficial».
###
### Citas textuales (la ley, el reglamento o las páginas de Clearview): traducción entre comillas y,
### a continuación, el original inglés entre comillas («en el original: "…"»); un término definido,
### con el original entre paréntesis: «"venta" ("sale")».
###
### Variables disponibles en cada mensaje: $gdpr (nombre corto de la ley, law-short-cal) y
### $controller («Clearview AI, Inc.»); en cal-remedies y cal-reminder-remedies también $authority
### (California Privacy Protection Agency, en inglés: se glosa «Agencia de Protección de la
### Privacidad de California»), $website, y $address, que está vacía (la dirección postal de la
### Agencia es UNCERTAIN) y por eso no se usa.

law-short-cal = CCPA

## Lo que pedía la primera solicitud, como complemento de una frase (recordatorio, anexos):
## femenino singular («mi solicitud …, recibida el …»).

cal-request-name-access = mi solicitud para saber, con la instrucción de no vender ni compartir mi información personal, conforme a la Ley de Privacidad del Consumidor de California (Cal. Civ. Code §§ 1798.110, 1798.115, 1798.120)
cal-request-name-erasure = mi solicitud de que eliminen mi información personal, con la instrucción de no venderla ni compartirla, conforme a la Ley de Privacidad del Consumidor de California (Cal. Civ. Code §§ 1798.105, 1798.120)
cal-request-name-access-erasure = mi solicitud para saber qué información personal mía han recopilado y para que después la eliminen, con la instrucción de no venderla ni compartirla, conforme a la Ley de Privacidad del Consumidor de California (Cal. Civ. Code §§ 1798.105, 1798.110, 1798.115, 1798.120)

## La solicitud

cal-subject-access = Asunto: Solicitud para saber conforme a la Ley de Privacidad del Consumidor de California (Cal. Civ. Code §§ 1798.110, 1798.115) e instrucción de no vender ni compartir mi información personal (§ 1798.120)
cal-subject-erasure = Asunto: Solicitud de eliminación (Cal. Civ. Code § 1798.105) e instrucción de no vender ni compartir mi información personal (§ 1798.120) conforme a la Ley de Privacidad del Consumidor de California
cal-subject-access-erasure = Asunto: Solicitud para saber, solicitud posterior de eliminación e instrucción de no vender ni compartir mi información personal conforme a la Ley de Privacidad del Consumidor de California (Cal. Civ. Code §§ 1798.105, 1798.110, 1798.115, 1798.120)
cal-intro-access = Soy residente de California. Conforme a la Ley de Privacidad del Consumidor de California de 2018 (California Consumer Privacy Act, CCPA), modificada por la Ley de Derechos de Privacidad de California de 2020 (California Privacy Rights Act, CPRA), Cal. Civ. Code §§ 1798.110 y 1798.115, solicito que { $controller } me comunique la información personal que ha recopilado sobre mí, según se detalla a continuación. Además, conforme a Cal. Civ. Code § 1798.120, les instruyo para que no vendan ni compartan mi información personal.
cal-intro-erasure = Soy residente de California. Conforme a la Ley de Privacidad del Consumidor de California de 2018 (California Consumer Privacy Act, CCPA), modificada por la Ley de Derechos de Privacidad de California de 2020 (California Privacy Rights Act, CPRA), Cal. Civ. Code § 1798.105, solicito que { $controller } elimine la información personal que ha recopilado sobre mí, según se detalla a continuación, y, conforme a Cal. Civ. Code § 1798.120, les instruyo para que no vendan ni compartan mi información personal.
cal-intro-access-erasure = Soy residente de California. Conforme a la Ley de Privacidad del Consumidor de California de 2018 (California Consumer Privacy Act, CCPA), modificada por la Ley de Derechos de Privacidad de California de 2020 (California Privacy Rights Act, CPRA), solicito que { $controller } me comunique la información personal que ha recopilado sobre mí (Cal. Civ. Code §§ 1798.110, 1798.115) y que después la elimine (§ 1798.105), y les instruyo para que no vendan ni compartan mi información personal (§ 1798.120).
cal-applicability-1 = Ustedes se describen como una "empresa" ("business") conforme a la CCPA. Su página "State Information & Rights" afirma que su "divulgación de fotos … se considera una 'venta' según la CPRA" (en el original: "disclosure of photos … is deemed a 'sale' under the CPRA"), y su aviso para California invita a los residentes de California a presentar "una solicitud de acceso, eliminación o exclusión" (en el original: "an access, deletion or opt-out request"). Esta carta es una solicitud de ese tipo.
cal-applicability-2 = Las imágenes de mi rostro que ustedes conservan, y la información biométrica que derivan de ellas, no quedan excluidas de la CCPA como información "disponible públicamente" ("publicly available"). Ese término "no incluye la información biométrica recopilada por una empresa sobre un consumidor sin el conocimiento del consumidor" (en el original: "does not mean biometric information collected by a business about a consumer without the consumer's knowledge"; Cal. Civ. Code § 1798.140(v)(2)), y la "información biométrica" ("biometric information") definida en el § 1798.140 incluye las imágenes del rostro de las que puede extraerse una huella facial (faceprint). Yo no sabía que ustedes recopilaban imágenes mías y nunca di mi consentimiento para ello.

## Derecho a saber (Cal. Civ. Code §§ 1798.110, 1798.115)

cal-access-heading = Solicitud para saber (Cal. Civ. Code §§ 1798.110, 1798.115)
cal-access-ask = Les ruego que me comuniquen:
cal-access-item-1 = los datos específicos de información personal que han recopilado sobre mí, incluida cada imagen en la que aparezco o que ustedes asocian conmigo;
cal-access-item-2 = para cada imagen, la dirección web (URL) de la página y de la imagen de donde la recopilaron, y la fecha en que la recopilaron;
cal-access-item-3 = la información biométrica que han derivado de mi rostro (plantillas, vectores o huellas faciales, "faceprints") y cualquier inferencia que hayan hecho sobre mí;
cal-access-item-4 = las categorías de información personal que han recopilado sobre mí, las categorías de fuentes de las que la recopilaron y sus fines empresariales o comerciales para recopilarla, venderla o compartirla;
cal-access-item-5 = las categorías de información personal sobre mí que han vendido o compartido, las categorías de terceros a quienes la vendieron o compartieron, y las categorías de información personal sobre mí que divulgaron con un fin empresarial.
cal-access-note-1 = Les ruego también que me indiquen si alguna imagen mía ha aparecido como resultado de búsqueda para alguno de sus clientes y, en tal caso, para qué clientes y cuándo.
cal-access-note-2 = Mi solicitud no se limita a los 12 meses anteriores a su recepción: abarca toda la información personal que hayan recopilado sobre mí, con la mayor antigüedad que permita la ley. Si deniegan alguna parte de esta solicitud, les ruego que me indiquen qué parte y el fundamento específico en el que se basan.

## Derecho a eliminar (Cal. Civ. Code § 1798.105) y a excluirse de la venta (§ 1798.120)

cal-erasure-heading = Solicitud de eliminación (Cal. Civ. Code § 1798.105)
cal-erasure-after-access = Una vez que hayan respondido a mi solicitud para saber, les ruego que eliminen toda la información personal sobre mí que hayan recopilado.
cal-erasure-ask = La eliminación debe abarcar:
cal-erasure-item-1 = cada imagen mía y cada copia de ella;
cal-erasure-item-2 = la información biométrica derivada de mi rostro, incluidas las plantillas y los vectores;
cal-erasure-item-3 = las direcciones web y demás información asociada a esas imágenes;
cal-erasure-item-4 = los resultados de búsqueda, los registros de búsqueda y las asociaciones que me conciernen;
cal-erasure-item-5 = todas las copias que existan en copias de seguridad y archivos, y en los sistemas de sus proveedores de servicios y contratistas.
cal-erasure-note-1 = Su propio aviso para California acepta solicitudes de eliminación de residentes de California; les ruego que atiendan la mía en su totalidad. Si se niegan a eliminar alguna información, les ruego que la identifiquen y que indiquen la excepción específica en la que se basan.
cal-erasure-note-2 = Instrucción de no vender ni compartir (opt-out): dado que ustedes afirman que su divulgación de fotos es una "venta" ("sale") según la CPRA, conforme a Cal. Civ. Code § 1798.120 les instruyo para que no vendan ni compartan ninguna información personal sobre mí, incluidas las imágenes mías, ni en resultados de búsqueda ni de ninguna otra forma. Esta instrucción surte efecto de inmediato y no depende del resultado de mi solicitud de eliminación.
cal-erasure-note-3 = Limitación del uso de información personal confidencial: mientras conserven cualquier información personal sobre mí, incluso en virtud de una excepción a la eliminación, conforme a Cal. Civ. Code § 1798.121 les instruyo para que limiten el uso y la divulgación de mi información personal confidencial ("sensitive personal information"), incluida cualquier información biométrica que traten para identificarme, a los usos que esa sección permite. Esta instrucción también surte efecto de inmediato.
cal-erasure-note-4 = Tengo conocimiento del mecanismo de eliminación de la Ley de Eliminación (Delete Act), conocido como DROP, mediante el cual los residentes de California pueden pedir a los corredores de datos (data brokers) que eliminen su información personal, y que los corredores de datos deben procesar a partir del 1 de agosto de 2026 (Cal. Civ. Code § 1798.99.80 et seq.). Ustedes afirman que solo tienen fotos y enlaces, no nombres ni direcciones de correo electrónico; por lo tanto, es posible que una solicitud presentada por medio de DROP, que se coteja con identificadores como el nombre, la dirección de correo electrónico, el número de teléfono y el código postal (ZIP code), no alcance la información que tienen sobre mí. Por esa razón les escribo directamente. Si ustedes son un corredor de datos conforme a la Delete Act, esta carta se suma a cualquier solicitud que yo presente por medio de DROP y no la sustituye.
cal-erasure-note-5 = Les ruego que me indiquen qué harán para asegurarse de que no se vuelvan a recopilar imágenes mías. Si conservan alguna información sobre mí para evitarlo, indíquenme exactamente cuál.
cal-erasure-note-6 = Les ruego que me confirmen la eliminación por escrito, indicando qué han eliminado, incluidas las copias de seguridad y la información biométrica derivada.

## Verificación

cal-identification-heading = Verificación de mi solicitud
cal-identification-no-photo = Esta carta indica mi nombre y mi dirección postal. Conforme a Cal. Code Regs. tit. 11, § 7060(d), para verificar mi solicitud ustedes deberían "por lo general, evitar solicitar información adicional" (en el original: "generally avoid requesting additional information"); conforme al § 7062, una solicitud para saber se verifica cotejando los datos que yo proporcione con la información que ustedes ya conservan. Su aviso para California afirma que ustedes solo tienen fotos y enlaces, no nombres ni direcciones de correo electrónico. Si necesitan algo más para verificar mi identidad, indíquenme exactamente qué y por qué. Me ofrezco a firmar una declaración bajo pena de perjurio de que soy la persona a quien se refiere la información personal objeto de esta solicitud, como prevé el § 7062(c), y, si su sistema solo permite buscar con una fotografía de mi rostro, a proporcionarles una exclusivamente para esta solicitud. No enviaré copia de un documento de identidad oficial a menos que demuestren que es necesario.
cal-identification-photo = Adjunto una fotografía de mi rostro con el único fin de que puedan localizar la información personal sobre mí y verificar esta solicitud. Cal. Code Regs. tit. 11, § 7060(d), permite a una empresa usar la información adicional que recopile para verificar a un consumidor solo para fines de verificación, seguridad o prevención del fraude, y le exige eliminar esa información tan pronto como sea factible después de tramitar la solicitud; traten la fotografía de la misma manera. Úsenla para una sola búsqueda en su base de datos, solo para esta solicitud. No agreguen la fotografía, ni ninguna información biométrica derivada de ella, a su base de datos, y no las vendan, compartan ni divulguen de ningún otro modo. Una vez que hayan respondido a esta solicitud, eliminen la fotografía, cualquier plantilla creada a partir de ella y los resultados de la búsqueda, y confírmenme que lo han hecho. Si necesitan algo más para verificar mi identidad, indíquenme exactamente qué y por qué; me ofrezco a firmar una declaración bajo pena de perjurio, como prevé Cal. Code Regs. tit. 11, § 7062(c), pero no enviaré copia de un documento de identidad oficial a menos que demuestren que es necesario.

## Resoluciones (hoy ninguna para California; se conservan para cuando se registre una en data/)

cal-decisions-heading = Resoluciones relativas a { $controller }
cal-decisions-own = En California:
cal-decisions-other = En otras jurisdicciones:
# $breaches: las disposiciones infringidas, ya unidas.
cal-decision-breaches = Determinó que { $controller } había infringido { $breaches }.

## Plazo y lo que sigue

cal-deadline-heading = Plazo para su respuesta
cal-deadline-access = Les ruego que respondan dentro de los 45 días calendario siguientes a la recepción de esta solicitud (Cal. Civ. Code § 1798.130(a)(2)(A)). Pueden prorrogar ese plazo una sola vez, por otros 45 días, solo cuando sea razonablemente necesario y solo si me notifican la prórroga, y su motivo, dentro de los primeros 45 días. El plazo se cuenta desde el día en que reciban esta solicitud, independientemente del tiempo que necesiten para verificarla (Cal. Code Regs. tit. 11, § 7021).
cal-deadline-erasure = Les ruego que atiendan mi solicitud de eliminación dentro de los 45 días calendario siguientes a su recepción (Cal. Civ. Code § 1798.130(a)(2)(A)). Pueden prorrogar ese plazo una sola vez, por otros 45 días, solo cuando sea razonablemente necesario y solo si me notifican la prórroga, y su motivo, dentro de los primeros 45 días. El plazo se cuenta desde el día en que reciban esta solicitud, independientemente del tiempo que necesiten para verificarla (Cal. Code Regs. tit. 11, § 7021). Les ruego que dejen de vender y compartir mi información personal sin esperar a que venza ese plazo.
cal-deadline-access-erasure = Les ruego que respondan a mi solicitud para saber y que atiendan mi solicitud de eliminación dentro de los 45 días calendario siguientes a la recepción de esta carta (Cal. Civ. Code § 1798.130(a)(2)(A)). Pueden prorrogar ese plazo una sola vez, por otros 45 días, solo cuando sea razonablemente necesario y solo si me notifican la prórroga, y su motivo, dentro de los primeros 45 días. El plazo se cuenta desde el día en que reciban esta carta, independientemente del tiempo que necesiten para verificarla (Cal. Code Regs. tit. 11, § 7021). Les ruego que dejen de vender y compartir mi información personal sin esperar a que venza ese plazo.
cal-deadline-note-1 = Les ruego que confirmen la recepción de esta solicitud dentro de los 10 días hábiles siguientes (Cal. Code Regs. tit. 11, § 7021).
# $authority: la California Privacy Protection Agency (en inglés; se glosa en español); $website: su
# sitio web. $address está vacía (no confirmada) y no se usa. La Agencia hace cumplir la CCPA; no
# actúa en nombre de la persona.
cal-remedies = Si no responden en su totalidad dentro de ese plazo, presentaré una queja ante la { $authority } (Agencia de Protección de la Privacidad de California), que es la encargada de hacer cumplir la CCPA ({ $website }). Me reservo todos mis demás derechos.

## Recordatorio

cal-subject-reminder = Asunto: Recordatorio sobre { $request }, recibida por ustedes el { $received }
# $kind: access, erasure o access-erasure; $ends: el fin del plazo de 45 días.
cal-reminder-facts = El { $received }, ustedes recibieron { $request }; adjunto una copia. { $kind ->
    [erasure] El plazo de 45 días en el que debían atender mi solicitud de eliminación (Cal. Civ. Code § 1798.130(a)(2)(A)) venció el { $ends }.
   *[other] El plazo de 45 días en el que debían responderme (Cal. Civ. Code § 1798.130(a)(2)(A)) venció el { $ends }.
}
cal-reminder-no-reply = No he recibido de ustedes ninguna respuesta, ninguna confirmación de recepción ni ninguna notificación de prórroga de ese plazo.
cal-reminder-incomplete = Su respuesta es incompleta: no contiene todo lo que solicité y no me indica con qué fundamento retuvieron el resto.
# $grace: una fecha catorce días posterior a esta carta.
cal-reminder-demand = Les ruego que atiendan mi solicitud en su totalidad sin más demora y, en todo caso, a más tardar el { $grace }. Mi instrucción de no vender ni compartir mi información personal sigue vigente.
cal-reminder-remedies = Si no cumplen para esa fecha, presentaré sin más aviso una queja ante la { $authority } (Agencia de Protección de la Privacidad de California), que es la encargada de hacer cumplir la CCPA ({ $website }). Me reservo todos mis demás derechos.

## El marco de una carta comercial en español (en lugar del saludo y la despedida de letter.ftl).

cal-salutation = Estimados señores:
cal-closing = Atentamente,
