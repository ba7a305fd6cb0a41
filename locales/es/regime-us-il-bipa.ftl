### facerights — cartas basadas en la Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14/1
### et seq. (Illinois, Estados Unidos), en español, para residentes hispanohablantes de Illinois
### (--language es).
###
### Traducción de locales/en/regime-us-il-bipa.ftl: mismos identificadores, mismas variables, mismo
### contenido jurídico. Véase en su encabezado lo que la ley da y lo que no da, y cómo lo tratan las
### cartas: sin derecho de acceso (la carta de «acceso» pregunta, no exige), la destrucción de la
### sección 15(a) sí se exige, la eliminación de las imágenes se pide, los términos de la orden de la
### ACLU «según se ha informado», ningún daño reclamado tras el acuerdo colectivo de 2025, y la
### autorización por escrito (written release) limitada de la variante con fotografía.
###
### Registro: el español neutro que usa un abogado de derechos del consumidor de EE. UU. con clientes
### hispanohablantes; la empresa es «ustedes» (les, su, sus); ningún adjetivo ni participio concuerda
### con quien escribe («Resido en Illinois», «Tengo conocimiento»).
###
### Citas de EE. UU. sin cambios («740 ILCS 14/15(a)», la cita Bluebook del caso ACLU); «Section 15»
### es «la sección 15 de la BIPA». La ley lleva su nombre en español con el inglés la primera vez:
### «Ley de Privacidad de la Información Biométrica de Illinois (Illinois Biometric Information
### Privacy Act, BIPA)»; «la BIPA» (la ley). Términos: «identificadores biométricos» (biometric
### identifiers), «información biométrica» (biometric information), «entidad privada» (private
### entity), «calendario de conservación» (retention schedule), «pautas de destrucción»,
### «autorización por escrito» (written release), «huella facial» (faceprint), «orden de
### consentimiento» (consent order), «orden judicial» (warrant), «citación» (subpoena), «mandamiento
### judicial» (injunction), «exclusión voluntaria» (opt-out).
###
### Citas textuales de la política de Clearview: traducción entre comillas y, a continuación, el
### original inglés entre comillas («en el original: "…"»); un término definido por Clearview, con
### el original entre paréntesis: «"Información de Illinois" ("Illinois Information")».
###
### Variables disponibles en cada mensaje: $gdpr (nombre corto de la ley, law-short-il) y $controller
### («Clearview AI, Inc.»). Sin variables de autoridad: Illinois no tiene ninguna para estas cartas.

law-short-il = BIPA

## Cita del caso ACLU como la escribe un abogado de EE. UU. (Bluebook), sin cambios salvo la fecha,
## que el programa formatea en español: "ACLU v. Clearview AI, Inc., No. 2020 CH 04353 (Ill. Cir.
## Ct. Cook Cnty. 11 de mayo de 2022)". La abreviatura del tribunal (Circuit Court of Cook County)
## está escrita aquí porque la única resolución de Illinois en data/ es de ese tribunal.

il-decision-citation-titled = { $title }, { $reference } (Ill. Cir. Ct. Cook Cnty. { $date })
# Los términos de la orden se conocen por lo que informaron una parte (la ACLU) y la prensa, no por la
# orden misma: se introducen «según se ha informado». Cada elemento (il-order-*) empieza con un
# infinitivo («obliga a … a: abstenerse …»).
il-decision-orders = Según se ha informado públicamente, entre otros por la ACLU de Illinois (American Civil Liberties Union of Illinois), que es parte en el caso, la orden de consentimiento (consent order) obliga a { $controller } a:

## Lo que pedía la primera carta, como complemento de una frase (anexos): femenino singular
## («mi carta …, recibida el …»).

il-request-name-access = mi carta de consulta sobre mis identificadores biométricos y mi información biométrica (740 ILCS 14/15)
il-request-name-erasure = mi carta en la que exijo que destruyan de forma permanente mis identificadores biométricos y mi información biométrica (740 ILCS 14/15(a))
il-request-name-access-erasure = mi carta de consulta sobre mis identificadores biométricos y mi información biométrica (740 ILCS 14/15), en la que también exijo que después los destruyan de forma permanente (740 ILCS 14/15(a))

## La carta

il-subject-access = Asunto: Consulta sobre mis identificadores biométricos y mi información biométrica y sobre el calendario de conservación que ustedes aplican (Ley de Privacidad de la Información Biométrica de Illinois, BIPA, 740 ILCS 14/15)
il-subject-erasure = Asunto: Requerimiento de destrucción permanente de mis identificadores biométricos y mi información biométrica (740 ILCS 14/15(a)) y solicitud de que me apliquen la exclusión voluntaria (opt-out) para residentes de Illinois
il-subject-access-erasure = Asunto: Consulta sobre mis identificadores biométricos y mi información biométrica, y requerimiento de su destrucción permanente (Ley de Privacidad de la Información Biométrica de Illinois, BIPA, 740 ILCS 14/15)
il-intro-access = Resido en Illinois. Les escribo en relación con las imágenes de mi rostro que { $controller } pueda tener y con los identificadores biométricos o la información biométrica que haya derivado de ellas. La Ley de Privacidad de la Información Biométrica de Illinois (Illinois Biometric Information Privacy Act, BIPA), 740 ILCS 14/1 et seq., no me otorga ningún derecho legal de acceso, y no invoco ninguno. Sin embargo, sí les exige hacer público un calendario de conservación (retention schedule) y unas pautas de destrucción por escrito, y restringe lo que pueden hacer con los identificadores biométricos y la información biométrica. Por lo tanto, les solicito la información que se indica a continuación, para saber si tienen datos de ese tipo sobre mí y si cumplen con la sección 15 de la BIPA.
il-intro-erasure = Resido en Illinois. La sección 15(a) de la Ley de Privacidad de la Información Biométrica de Illinois (Illinois Biometric Information Privacy Act, BIPA), 740 ILCS 14/15(a), exige que { $controller } cumpla un calendario de conservación conforme al cual los identificadores biométricos y la información biométrica se destruyan de forma permanente cuando se haya cumplido el propósito inicial de su recopilación u obtención, o dentro de los 3 años siguientes a la última interacción de la persona con la entidad, lo que ocurra primero. Les exijo que cumplan ahora con esa obligación y que destruyan de forma permanente todos los identificadores biométricos y toda la información biométrica sobre mí que tengan en su poder. También les solicito que eliminen las imágenes de mi rostro de las que se derivaron y que me apliquen la exclusión voluntaria (opt-out) para residentes de Illinois que se describe más adelante.
il-intro-access-erasure = Resido en Illinois. Les escribo en relación con las imágenes de mi rostro que { $controller } pueda tener y con los identificadores biométricos o la información biométrica que haya derivado de ellas. La Ley de Privacidad de la Información Biométrica de Illinois (Illinois Biometric Information Privacy Act, BIPA), 740 ILCS 14/1 et seq., no me otorga ningún derecho legal de acceso, y no invoco ninguno; por lo tanto, les solicito la información que se indica a continuación. Una vez que me la hayan proporcionado, les exijo que destruyan de forma permanente esos identificadores biométricos y esa información biométrica, como lo exige la sección 15(a) de la BIPA.
il-applicability-1 = La BIPA se aplica a toda entidad privada que esté en posesión de identificadores biométricos o información biométrica. Su propia Política de Conservación de Información Biométrica de Illinois (Illinois Biometric Information Retention Policy) afirma que ustedes conservan la "Información de Illinois" ("Illinois Information") "únicamente con el fin de cumplir … obligaciones legales en curso" (en el original: "solely for the purpose of complying with … ongoing legal obligations"), que la excluyen de las búsquedas y que la conservan "durante el tiempo que sea necesario … en virtud de obligaciones legales de preservación de información" (en el original: "for so long as it is required … pursuant to legal information preservation obligations").
il-applicability-2 = Ustedes nunca me informaron por escrito de que se estuviera recopilando o almacenando un identificador biométrico o información biométrica míos, ni del propósito específico y el plazo para los que se recopilaban, almacenaban y utilizaban, y yo nunca firmé una autorización por escrito (written release), como exige la sección 15(b) de la BIPA, 740 ILCS 14/15(b), antes de cualquier recopilación. En la medida en que ustedes aleguen algún consentimiento o autorización de mi parte, lo revoco.

## Lo que pide la carta (sin derecho legal de acceso: son preguntas)

il-access-heading = Información que solicito
il-access-ask = Les ruego que me indiquen por escrito:
il-access-item-1 = si tienen o han tenido alguna imagen de mi rostro, o algún identificador biométrico o información biométrica derivados de una imagen mía (como una plantilla facial o una huella facial, "faceprint"), y, en tal caso, qué tienen y desde cuándo;
il-access-item-2 = si tratan algo de ello como "Información de Illinois" ("Illinois Information") conforme a su Política de Conservación de Información Biométrica de Illinois y si impiden, mediante bloqueo o filtrado, que aparezca en los resultados de búsqueda, desde cuándo y por qué medios;
il-access-item-3 = la política escrita que establece un calendario de conservación y pautas para la destrucción permanente de los identificadores biométricos y la información biométrica, que la sección 15(a) les exige elaborar y poner a disposición del público, y la fecha en la que, conforme a ese calendario, se destruirán los identificadores biométricos o la información biométrica míos;
il-access-item-4 = qué "obligaciones legales de preservación de información" ("legal information preservation obligations") invoca su política para conservar la Información de Illinois, incluido cualquier procedimiento, orden, orden judicial (warrant) o citación (subpoena), y si cada uno de ellos sigue vigente hoy;
il-access-item-5 = si han vendido, arrendado o intercambiado algún identificador biométrico o información biométrica míos, o si han obtenido de otro modo algún beneficio de ellos (740 ILCS 14/15(c)); si no lo han hecho, les ruego que lo confirmen;
il-access-item-6 = si han revelado, vuelto a revelar o difundido de otro modo algún identificador biométrico o información biométrica míos (740 ILCS 14/15(d)), incluso a sus clientes, y, en tal caso, a quién, cuándo y con qué fundamento; si no lo han hecho, les ruego que lo confirmen;
il-access-item-7 = si alguna imagen mía ha aparecido alguna vez como resultado de búsqueda para alguno de sus clientes y, en tal caso, para quién y cuándo.
il-access-note-1 = La sección 15(a) exige que una entidad privada en posesión de identificadores biométricos o información biométrica cumpla el calendario de conservación y las pautas de destrucción que haya establecido, salvo que exista una orden judicial (warrant) o una citación (subpoena) válida emitida por un tribunal competente. Si invocan una orden o una citación de ese tipo, o cualquier otro fundamento, para conservar identificadores biométricos o información biométrica míos más allá de su calendario, les ruego que lo identifiquen.
il-access-note-2 = Si las obligaciones de preservación que cita su política ya terminaron, les ruego que me indiquen cuándo terminaron y qué han hecho desde entonces con la Información de Illinois que conservaban en virtud de ellas.

## Destrucción (740 ILCS 14/15(a))

il-erasure-heading = Destrucción permanente (740 ILCS 14/15(a))
il-erasure-after-access = Una vez que hayan respondido a las preguntas anteriores, les exijo que destruyan de forma permanente los identificadores biométricos y la información biométrica sobre mí que tengan en su poder.
il-erasure-ask = La destrucción debe abarcar:
il-erasure-item-1 = todo identificador biométrico y toda información biométrica derivados de cualquier imagen mía, incluidas las plantillas faciales, los vectores y las huellas faciales ("faceprints");
il-erasure-item-2 = todas sus copias, incluidas las que se encuentren en copias de seguridad, en archivos y en los sistemas de sus proveedores de servicios;
il-erasure-item-3 = todos los resultados de búsqueda, registros y asociaciones en los que se hayan utilizado para encontrar coincidencias conmigo.
il-erasure-note-1 = La sección 15(a) exige que una entidad privada en posesión de identificadores biométricos o información biométrica establezca, haga público y cumpla un calendario de conservación y unas pautas para destruirlos de forma permanente cuando se haya cumplido el propósito inicial de su recopilación u obtención, o dentro de los 3 años siguientes a la última interacción de la persona con la entidad privada, lo que ocurra primero. A mi juicio, no subsiste ningún propósito que pueda justificar su conservación: si obtuvieron identificadores biométricos o información biométrica míos, lo hicieron sin el aviso y la autorización por escrito que exige la sección 15(b), y su propia política afirma que conservan la Información de Illinois solo para cumplir obligaciones legales y que la excluyen de las búsquedas. Si sostienen que algún propósito inicial sigue sin cumplirse, o que una interacción posterior conmigo reinició el plazo de tres años, les ruego que me indiquen cuál.
il-erasure-note-2 = También les solicito que eliminen todas las imágenes de mi rostro que tengan en su poder, junto con las direcciones web y demás información asociada a esas imágenes. No baso esta solicitud en la sección 15(a), que se refiere a los identificadores biométricos y a la información biométrica; pero mientras conserven las imágenes, pueden volver a derivar de ellas esos identificadores.
il-erasure-note-3 = Les solicito también que me apliquen la exclusión voluntaria (opt-out) para residentes de Illinois que, según se ha informado, ustedes aceptaron ofrecer en virtud de la orden de consentimiento (consent order) dictada en ACLU v. Clearview AI, Inc., No. 2020 CH 04353 (Ill. Cir. Ct. Cook Cnty. 11 de mayo de 2022), de modo que ninguna imagen mía aparezca en los resultados de ninguna búsqueda en su base de datos. Si ya no ofrecen esa exclusión, les ruego que me indiquen cuándo y por qué dejó de ofrecerse y cómo mantendrán, en su lugar, las imágenes mías fuera de los resultados de búsqueda. Si aplicarla les exige conservar alguna información sobre mí, indíquenme exactamente cuál y durante cuánto tiempo, y confirmen que no la utilizarán para ningún otro fin.
il-erasure-note-4 = Les ruego que me confirmen la destrucción por escrito, indicando qué han destruido y cuándo, incluidas las copias de seguridad y las plantillas derivadas.

## Identificación

il-identification-heading = Identificación
il-identification-no-photo = Esta carta indica mi nombre y mi dirección. Si razonablemente necesitan más información para encontrar datos sobre mí, indíquenme exactamente cuál y por qué. No enviaré copia de un documento de identidad a menos que demuestren que es necesario. Si su sistema solo permite buscar con una fotografía de mi rostro, díganmelo; en ese caso, consideraré proporcionarles una exclusivamente para ese fin, con una autorización por escrito limitada a ese fin y a un plazo determinado.
il-identification-photo = Adjunto una fotografía de mi rostro con el único fin de que puedan encontrar las imágenes mías que tengan, y los identificadores biométricos o la información biométrica derivados de ellas, y responder a esta carta. Si para buscar en su base de datos con esta fotografía necesitan crear a partir de ella una plantilla facial o cualquier otro identificador biométrico o información biométrica, esta carta constituye mi autorización por escrito (written release) conforme a 740 ILCS 14/15(b) únicamente para ese fin, en los siguientes términos. Pueden crear una plantilla a partir de la fotografía adjunta y utilizarla para realizar una sola búsqueda en su base de datos, para esta carta. Pueden conservar la fotografía y la plantilla solo hasta que hayan respondido a esta carta; pero si esta carta les pide que me apliquen la exclusión voluntaria para residentes de Illinois, pueden conservar la plantilla únicamente para mantener las imágenes mías fuera de los resultados de búsqueda, mientras me apliquen la exclusión o hasta que yo revoque por escrito esta autorización, lo que ocurra primero. No pueden utilizar la fotografía ni la plantilla para ningún otro fin, agregarlas a su base de datos, ni venderlas, revelarlas o difundirlas de otro modo. Esta autorización no abarca nada más: no constituye un consentimiento ni una autorización para ninguna otra recopilación, almacenamiento o uso de identificadores biométricos o información biométrica míos, ni anterior ni posterior a esta carta. Cuando termine la autorización, destruyan de forma permanente la fotografía, la plantilla y los resultados de la búsqueda, y confírmenme por escrito que lo han hecho.

## El caso de la ACLU

il-decisions-heading = Órdenes judiciales relativas a { $controller }
il-decisions-own = En Illinois:
il-decisions-other = Otras resoluciones:
# Hoy no se usa para Illinois (la orden de consentimiento de la ACLU no contiene conclusiones de
# infracción); se conserva para una resolución futura. $breaches: las disposiciones infringidas, ya
# unidas.
il-decision-breaches = Determinó que { $controller } había infringido { $breaches }.
# Los términos de la orden de consentimiento según los informaron la ACLU de Illinois (una parte) y la
# prensa; no se vio la orden misma (data/decisions.toml, us-il-aclu-2022).
il-order-no-private-entities = abstenerse de forma permanente, en todo el país, de poner su base de datos de huellas faciales a disposición de la mayoría de las empresas y otras entidades privadas;
il-order-no-illinois-sales = abstenerse durante cinco años de vender acceso a su base de datos a cualquier entidad de Illinois, incluidas la policía estatal y la local;
il-order-opt-out = ofrecer a los residentes de Illinois un formulario en línea mediante el cual puedan subir una fotografía para excluir su huella facial de los resultados de búsqueda;

## Plazo para responder (la BIPA no fija ninguno) y lo que sigue

il-deadline-heading = Plazo para su respuesta
il-deadline-access = La BIPA no fija ningún plazo para responder a una consulta de este tipo. Les ruego que respondan dentro de los 30 días siguientes a la recepción de esta carta.
il-deadline-erasure = La destrucción conforme a la sección 15(a) no es algo que les corresponda hacer solo a petición mía: es una obligación continua que ya tienen. Les ruego que destruyan los identificadores biométricos y la información biométrica sobre mí, y que me confirmen por escrito la destrucción y la aplicación de la exclusión voluntaria, dentro de los 30 días siguientes a la recepción de esta carta.
il-deadline-access-erasure = La BIPA no fija ningún plazo para responder a una consulta de este tipo; les ruego que respondan dentro de los 30 días siguientes a la recepción de esta carta. La destrucción conforme a la sección 15(a) no es algo que les corresponda hacer solo a petición mía: es una obligación continua que ya tienen. Les ruego que la lleven a cabo tan pronto como hayan respondido y que me la confirmen por escrito dentro de esos mismos 30 días.
# Sin autoridad: la BIPA se hace cumplir mediante acciones privadas y ningún organismo recibe quejas
# individuales. Si el acuerdo colectivo de 2025 extinguió las reclamaciones de daños de quien escribe
# es UNCERTAIN: no se reclaman daños y se reservan todos los derechos.
il-remedies = Esta carta no es una reclamación de daños y perjuicios, y tengo conocimiento del acuerdo de conciliación de la demanda colectiva (class settlement) en In re Clearview AI, Inc. Consumer Privacy Litigation, No. 1:21-cv-00135 (N.D. Ill.). Cualquiera que sea el alcance de la renuncia a reclamaciones (release) de ese acuerdo, no entiendo que los exima de las obligaciones continuas que les impone la sección 15. Si no cumplen, me reservo todos mis derechos y recursos, incluido el derecho de acción previsto en la sección 20 de la BIPA, 740 ILCS 14/20, en virtud del cual un tribunal puede dictar un mandamiento judicial (injunction) y conceder otras medidas.

## El marco de una carta comercial en español (en lugar del saludo y la despedida de letter.ftl).

il-salutation = Estimados señores:
il-closing = Atentamente,
