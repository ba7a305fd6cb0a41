### facerights — letter text, Spanish (es).
###
### Translated from the reference locale (en). Legal terms follow the Spanish language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): «interesado», «responsable del
### tratamiento», «encargado del tratamiento», «destinatario», «autoridad de control», «sin dilación
### indebida», «derecho de supresión», «limitación del tratamiento», «derecho de oposición»,
### «motivos legítimos imperiosos», «ha hecho manifiestamente públicos», «garantías adecuadas»,
### «elaboración de perfiles», «tutela judicial efectiva»...
###
### Register: formal letter from a private person (first person singular) to a company, addressed
### as «ustedes» (les, su, sus). Avoid adjectives and participles that agree with the author
### («obligado/a», «interesado/a»): the author's gender is unknown.
### Provisions are cited with REF (see "Citations" below): "artículo 15.1.h) del RGPD".
###
### Variables available in every message:
###   $gdpr        short name of the law ("RGPD", or "UK GDPR" for United Kingdom letters);
###                both are masculine: write «del { $gdpr }», «al { $gdpr }».
###   $controller  "Clearview AI, Inc." (referred to as «la empresa», feminine agreement)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = RGPD
law-short-uk = UK GDPR
# law-full-* are only used as $law_full, always after «del» or «el» («el artículo 15 del { $law_full }»,
# «los derechos que me reconoce el { $law_full }»): write them without an article.
law-full-eu = Reglamento (UE) 2016/679 (Reglamento general de protección de datos, «RGPD»)
law-full-eea = Reglamento (UE) 2016/679 (Reglamento general de protección de datos, «RGPD»), tal como se ha incorporado al Acuerdo sobre el Espacio Económico Europeo
law-full-uk = Reglamento General de Protección de Datos del Reino Unido (United Kingdom General Data Protection Regulation, «UK GDPR»), en relación con la Data Protection Act 2018 (Ley de Protección de Datos de 2018)

## Citations, in the dotted form Spanish lawyers, courts and the AEPD use: "artículo 15.1.h) del
## RGPD", "artículo 21.1 del RGPD", "artículo 6.1.e) o f)", "artículo 4.14" (a numbered definition),
## "artículo 15.1 y 2" (two paragraphs, as in "artículo 24.1 y 2 de la Constitución"). With no
## commas inside, the same form works before "del { $gdpr }", in brackets and at the end of a
## phrase; at the start of a sentence messages ask for `case: "start"` (capitalised).
## Lists share one head word: "artículos 5.1.a), b) y e), 6 y 9"; an item with several paragraphs
## puts them in brackets ("12 (apartados 1, 2 y 3)"), so that they cannot be read as articles.
ref-a = artículo { $art }
    .start = Artículo { $art }
ref-ap = { $npar ->
        [one] artículo { $art }.{ $par }
       *[other] artículo { $art }, apartados { $par },
    }
    .start = { $npar ->
        [one] Artículo { $art }.{ $par }
       *[other] Artículo { $art }, apartados { $par },
    }
ref-app = artículo { $art }.{ $par }.{ $pt }
    .start = Artículo { $art }.{ $par }.{ $pt }
ref-an = artículo { $art }.{ $num }
    .start = Artículo { $art }.{ $num }
ref-par = { $par }
ref-point = { $letter })
ref-item-a = { $art }
ref-item-ap = { $npar ->
        [one] { $art }.{ $par }
       *[other] { $art } (apartados { $par })
    }
ref-item-app = { $art }.{ $par }.{ $pt }
ref-item-an = { $art }.{ $num }
ref-list = { $count ->
        [one] artículo
       *[other] artículos
    } { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: «en Italia», «en los Países Bajos», «en el Reino Unido», after «de las personas que
## se encuentran». $code: the ISO code; $name: the country's name in Spanish (CLDR). Most country
## names take no article; those that do are listed.
country-in = { $code ->
    [IT] en Italia
    [GR] en Grecia
    [FR] en Francia
    [AT] en Austria
    [DE] en Alemania
    [NL] en los Países Bajos
    [GB] en el Reino Unido
   *[other] en { $name }
}

## Letter frame

subject-access = Asunto: Solicitud de acceso a mis datos personales conforme al { REF(15) } del { $gdpr }
subject-erasure = Asunto: Solicitud de supresión de mis datos personales conforme al { REF(17) } del { $gdpr } y oposición conforme al { REF(21, par: 1) } del { $gdpr }
subject-access-erasure = Asunto: Solicitud de acceso conforme al { REF(15) } del { $gdpr }, de limitación del tratamiento conforme al { REF(18) } del { $gdpr } y de supresión posterior conforme al { REF(17) } del { $gdpr }
# Spanish formal salutation ends with a colon; the next paragraph starts with a capital letter.
salutation = Muy señores míos:
closing = Atentamente,
# $reference: the sender's own case or reference number.
our-reference = Mi referencia: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("21 de noviembre de 2026").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Anexo:
   *[other] Anexos:
}
enclosure-photo = Fotografía de mi rostro, facilitada exclusivamente para identificarme a efectos de esta solicitud
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Página { $page } de { $pages }

## Opening

# $law_full: one of law-full-* (see above: it follows «del» or «el»).
intro-access = Por la presente ejerzo mi derecho de acceso conforme al { REF(15) } del { $law_full }. Les ruego que me confirmen si { $controller } trata o no datos personales que me conciernen y, en tal caso, que me den acceso a dichos datos personales y a la información que se indica a continuación. Esta solicitud no requiere motivación alguna.
intro-erasure = Por la presente ejerzo mi derecho de supresión conforme al { REF(17) } del { $law_full }. Les solicito que supriman sin dilación indebida todos los datos personales que me conciernen. Al mismo tiempo, me opongo, con arreglo al { REF(21, par: 1) } del { $gdpr }, a todo tratamiento de los datos personales que me conciernen.
intro-access-erasure = Por la presente ejerzo los derechos que me reconoce el { $law_full }: en primer lugar, mi derecho de acceso ({ REF(15) } del { $gdpr }) y, a continuación, mi derecho de supresión ({ REF(17) } del { $gdpr }). Solicito primero el acceso para saber qué datos tienen sobre mí antes de que se supriman. Me opongo, con arreglo al { REF(21, par: 1) } del { $gdpr }, a todo tratamiento de los datos personales que me conciernen y, hasta la supresión, les solicito que limiten el tratamiento ({ REF(18) } del { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision (« de 16 de mayo de 2024 »).
applicability-eu = La empresa { $controller } está sujeta al { $gdpr }: recoge imágenes de personas que se encuentran en la Unión Europea y las trata para controlar su comportamiento ({ REF(3, par: 2, pt: "b") } del { $gdpr }). Las autoridades de control de Italia, Grecia, Francia, Austria y los Países Bajos le han aplicado el { $gdpr } y han declarado ilícito su tratamiento. Según la resolución de la autoridad de control neerlandesa de { $representative_date }, no había designado un representante en la Unión ({ REF(27) } del { $gdpr }). Por ello, les dirijo esta solicitud directamente.
applicability-eea = La empresa { $controller } está sujeta al { $gdpr }: recoge imágenes de personas que se encuentran en el Espacio Económico Europeo y las trata para controlar su comportamiento ({ REF(3, par: 2, pt: "b") } del { $gdpr }). Las autoridades de control de Italia, Grecia, Francia, Austria y los Países Bajos le han aplicado el { $gdpr } y han declarado ilícito su tratamiento. Según la resolución de la autoridad de control neerlandesa de { $representative_date }, no había designado un representante en la Unión ({ REF(27) } del { $gdpr }). Por ello, les dirijo esta solicitud directamente.
applicability-uk = La empresa { $controller } está sujeta al { $gdpr }. En 2025, el Upper Tribunal declaró que el tratamiento que realiza está relacionado con el control del comportamiento de personas que se encuentran en el Reino Unido ({ REF(3, par: 2, pt: "b") } del { $gdpr }). Les dirijo esta solicitud directamente.

## Access (Article 15)
# The access-copy-* items complete «Les ruego que me faciliten una copia …, en particular:».

access-heading = Acceso a mis datos personales ({ REF(15) } del { $gdpr })
access-copy = Les ruego que me faciliten una copia de todos los datos personales que me conciernen y que ustedes tratan ({ REF(15, par: 3) } del { $gdpr }), en particular:
access-copy-images = cada imagen en la que aparezco o que ustedes asocian conmigo, en la resolución en que la conservan;
access-copy-sources = para cada imagen, la dirección (URL) de la página web y la del archivo de imagen de los que se recogió, el título de la página y las fechas en que se recogió y se actualizó por última vez;
access-copy-metadata = todos los metadatos conservados para cada imagen, incluidos los datos de geolocalización y las fechas;
access-copy-biometrics = las plantillas biométricas, los vectores o los valores hash derivados de mi rostro, así como cualquier otro dato que ustedes hayan derivado o inferido sobre mí;
access-copy-searches = los registros de cada búsqueda en la que aparecí como resultado, con la fecha de cada búsqueda;
access-copy-probe = los registros de cada búsqueda en la que un cliente cargó una imagen de mi rostro para buscar en su base de datos, con la imagen, la fecha de la búsqueda y el cliente que la realizó;
access-copy-recipients = la identidad de cada cliente u otro destinatario al que se hayan comunicado resultados que me conciernen.
# The access-info-* items complete «Les ruego asimismo que me faciliten la información siguiente:».
access-info = Les ruego asimismo que me faciliten la información siguiente ({ REF(15, par: "1 2") } del { $gdpr }):
access-info-purposes = los fines de cada operación de tratamiento ({ REF(15, par: 1, pt: "a") }) y, para cada fin, la base jurídica en la que se fundamentan, que en todo caso debían haberme comunicado ({ REF(14, par: 1, pt: "c") });
access-info-categories = las categorías de datos personales de que se trate ({ REF(15, par: 1, pt: "b") });
access-info-recipients = los destinatarios a los que se comunicaron o serán comunicados los datos personales, identificados por su nombre, en particular los destinatarios en terceros países o las organizaciones internacionales; no basta con indicar categorías de destinatarios cuando ustedes puedan identificarlos ({ REF(15, par: 1, pt: "c") }; sentencia del Tribunal de Justicia de 12 de enero de 2023, C-154/21, Österreichische Post);
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = los destinatarios a los que se comunicaron o serán comunicados los datos personales, identificados por su nombre, en particular los destinatarios en terceros países o las organizaciones internacionales; no basta con indicar categorías de destinatarios cuando ustedes puedan identificarlos ({ REF(15, par: 1, pt: "c") });
access-info-retention = el plazo durante el cual se conservará cada categoría de datos personales o, de no ser posible, los criterios utilizados para determinar ese plazo ({ REF(15, par: 1, pt: "d") });
access-info-rights = la existencia del derecho a solicitar la rectificación o supresión de los datos personales o la limitación del tratamiento, y del derecho a oponerse a dicho tratamiento ({ REF(15, par: 1, pt: "e") });
access-info-complaint = el derecho a presentar una reclamación ante una autoridad de control ({ REF(15, par: 1, pt: "f") });
access-info-source = toda la información disponible sobre el origen de los datos personales: los sitios y las páginas web concretos, y no solo categorías de fuentes ({ REF(15, par: 1, pt: "g") });
access-info-automated = la existencia de decisiones automatizadas, incluida la elaboración de perfiles, e información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento para mí ({ REF(15, par: 1, pt: "h") });
access-info-transfers = cuando se transfieran datos personales a un tercer país o a una organización internacional, las garantías adecuadas en virtud del { REF(46) } del { $gdpr } relativas a la transferencia ({ REF(15, par: 2) }).
# $reference and $date: the CNIL's decision; "de { $date }" needs no inflection ("de 17 de octubre de 2022").
access-scope = Esta solicitud abarca todos los datos personales que me conciernen en todos sus sistemas, incluidos los datos seudonimizados y los datos que ustedes hayan derivado o inferido. No se limita a los últimos doce meses ni a un número de solicitudes por año, y no depende de que yo la reitere: la autoridad de control francesa (CNIL) declaró ilícitas tales restricciones aplicadas por { $controller } en su deliberación n.º { $reference }, de { $date }.
access-role = Les ruego que indiquen también, para cada operación de tratamiento, si la realizan como responsables del tratamiento o como encargados del tratamiento por cuenta de un cliente y, en este último caso, por cuenta de quién (artículos { REF(4, num: 7, form: "item") } y { REF(4, num: 8, form: "item") } del { $gdpr }).
# United Kingdom letters only. REF cannot write "1A": the citation is written out in the dotted form.
access-search-uk = Tengo derecho a los datos personales y a la información que ustedes puedan facilitar sobre la base de una búsqueda razonable y proporcionada (artículo 15.1A del { $gdpr }). Su base de datos está concebida para realizar búsquedas a partir de un rostro: una búsqueda en ella con mi rostro, así como en los registros de las búsquedas en las que aparecí como resultado o en las que se cargó mi rostro, es razonable y proporcionada, cualquiera que sea su volumen.
access-format = Les ruego que me faciliten la copia de forma gratuita (artículos { REF(12, par: 5, form: "item") } y { REF(15, par: 3, form: "item") } del { $gdpr }), con un lenguaje claro y sencillo ({ REF(12, par: 1) } del { $gdpr }) y, si responden por medios electrónicos, en un formato electrónico de uso común ({ REF(15, par: 3) } del { $gdpr }).

## Erasure (Article 17)

erasure-heading = Supresión de mis datos personales ({ REF(17) } del { $gdpr })
erasure-after-access = Una vez que me hayan facilitado la copia y la información solicitadas más arriba, les ruego que supriman sin dilación indebida todos los datos personales que me conciernen ({ REF(17, par: 1) } del { $gdpr }).
erasure-scope = La supresión debe abarcar:
erasure-scope-images = cada imagen en la que aparezco y cada una de sus copias;
erasure-scope-biometrics = las plantillas biométricas, los vectores y los valores hash derivados de mi rostro;
erasure-scope-metadata = los metadatos y las direcciones de origen (URL) asociados a esas imágenes;
erasure-scope-searches = los resultados de búsqueda, los registros de búsqueda y las asociaciones que me conciernen;
erasure-scope-backups = todas las copias que existan en copias de seguridad, en archivos y en los sistemas de sus encargados del tratamiento.
erasure-grounds = Concurren los siguientes motivos de supresión:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } del { $gdpr }: los datos personales han sido tratados ilícitamente. Ustedes no disponen de ninguna base jurídica con arreglo al { REF(6, par: 1) } del { $gdpr }. Los datos biométricos ({ REF(4, num: 14) } del { $gdpr }) tratados con el fin de identificar de manera unívoca a una persona física pertenecen a las categorías especiales de datos personales cuyo tratamiento prohíbe el { REF(9, par: 1) } del { $gdpr }. No se aplica ninguna de las excepciones del { REF(9, par: 2) }: no he dado mi consentimiento explícito al tratamiento de mis datos biométricos en su base de datos ({ REF(9, par: 2, pt: "a") }), y las imágenes que pueden encontrarse en internet no son datos que yo haya hecho manifiestamente públicos para un tratamiento biométrico ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } del { $gdpr }: los datos personales han sido tratados ilícitamente. Ustedes no disponen de ninguna base jurídica con arreglo al { REF(6, par: 1) } del { $gdpr }. Los datos biométricos ({ REF(4, num: 14) } del { $gdpr }) tratados con el fin de identificar de manera unívoca a una persona física pertenecen a las categorías especiales de datos personales cuyo tratamiento prohíbe el { REF(9, par: 1) } del { $gdpr }. No se aplica ninguna de las excepciones del { REF(9, par: 2) } del { $gdpr }, en relación con el anexo 1 (Schedule 1) de la Data Protection Act 2018: no he dado mi consentimiento explícito al tratamiento de mis datos biométricos en su base de datos ({ REF(9, par: 2, pt: "a") }), y las imágenes que pueden encontrarse en internet no son datos que yo haya hecho manifiestamente públicos para un tratamiento biométrico ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } del { $gdpr }: me opongo al tratamiento con arreglo al { REF(21, par: 1) } del { $gdpr }, por motivos relacionados con mi situación particular: mi rostro es un identificador permanente que no puedo cambiar, y el hecho de que figure en su base de datos permite a cualquiera de sus clientes identificarme a partir de cualquier fotografía, dondequiera y cuandoquiera que se haya tomado.
# The person's own words (--objection-grounds), in Spanish quotation marks; same item as the objection.
erasure-ground-objection-own = En mis propias palabras: «{ $grounds }»
# Art. 21.1, Spanish text: «salvo que acredite motivos legítimos imperiosos para el tratamiento que prevalezcan sobre los intereses, los derechos y las libertades del interesado».
erasure-ground-objection-burden = Por tanto, deben dejar de tratar mis datos, salvo que acrediten motivos legítimos imperiosos para el tratamiento que prevalezcan sobre mis intereses, derechos y libertades, o para la formulación, el ejercicio o la defensa de reclamaciones ({ REF(21, par: 1) } del { $gdpr }). En la medida en que ustedes se basen en el { REF(6, par: 1, pt: "e f", conj: "or") } del { $gdpr }, no existe ninguno: su interés comercial en vender búsquedas de mi rostro no constituye un motivo de esa índole.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } del { $gdpr }: en la medida en que ustedes se basen en el consentimiento, lo retiro.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons on its territory.
# Its name is in its own language and has no Spanish gender: keep it in parentheses, without an article.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } del { $gdpr }, además de los motivos anteriores: la autoridad de control ({ $authority }) les ha ordenado suprimir los datos personales de las personas que se encuentran { $in_country }. A mi juicio, la supresión es por tanto necesaria también para el cumplimiento de una obligación legal a la que están sujetos.
erasure-exceptions = No se aplica ninguna de las excepciones del { REF(17, par: 3) } del { $gdpr }: el tratamiento no es necesario para ejercer el derecho a la libertad de expresión e información, para el cumplimiento de una obligación legal, para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos, por razones de interés público en el ámbito de la salud pública, con fines de archivo en interés público, fines de investigación científica o histórica o fines estadísticos, ni para la formulación, el ejercicio o la defensa de reclamaciones. Si invocan alguna excepción, indíquenme cuál y por qué motivo ({ REF(12, par: 4) } del { $gdpr }).
erasure-restriction = Hasta la supresión, limiten el tratamiento de mis datos personales ({ REF(18, par: 1, pt: "d") } del { $gdpr }, mientras verifican mi oposición): en particular, dejen de mostrarme inmediatamente en los resultados de búsqueda.
erasure-recipients = Notifiquen la supresión a cada destinatario al que se hayan comunicado mis datos personales, incluido cada cliente que haya recibido mis imágenes en resultados de búsqueda ({ REF(19) } del { $gdpr }), e indíquenme quiénes son. Si han hecho públicos mis datos personales, adopten medidas razonables para informar a los responsables que estén tratando dichos datos de que he solicitado la supresión de cualquier enlace a esos datos o de cualquier copia de ellos ({ REF(17, par: 2) } del { $gdpr }).
erasure-no-recollection = Indíquenme qué harán para garantizar que mis datos personales no vuelvan a recogerse. Si conservan algún registro para impedir que se recojan en el futuro, indíquenme exactamente qué contiene y en qué base jurídica se fundamentan para conservarlo.
erasure-confirmation = Les ruego que me confirmen la supresión por escrito y que indiquen qué han suprimido, incluidas las copias que existan en copias de seguridad y las plantillas derivadas.
erasure-free = La tramitación de mi solicitud de supresión, incluidas las comunicaciones y la confirmación, es gratuita ({ REF(12, par: 5) } del { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Limitación del tratamiento hasta la supresión ({ REF(18) } del { $gdpr })
restriction-body = Desde la recepción de esta carta y hasta la supresión, limiten el tratamiento de mis datos personales ({ REF(18, par: 1, pt: "d") } del { $gdpr }, mientras verifican mi oposición con arreglo al { REF(21, par: 1) } del { $gdpr }): conserven los datos, pero no los utilicen para ningún fin distinto de responder a esta solicitud. En particular, dejen de mostrarme inmediatamente en los resultados de búsqueda.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identificación
identification-no-photo = La información que figura en esta carta es suficiente para responderla. Si tienen dudas razonables sobre mi identidad, indíquenme qué información adicional es estrictamente necesaria ({ REF(12, par: 6) } del { $gdpr }). Si en su sistema solo pueden realizarse búsquedas con una fotografía de mi rostro, comuníquenmelo; en ese caso les facilitaré una exclusivamente para esta solicitud.
identification-photo = Adjunto una fotografía de mi rostro con el único fin de que puedan encontrar los datos personales que me conciernen (artículos { REF(11, par: 2, form: "item") } y { REF(12, par: 6, form: "item") } del { $gdpr }). Doy mi consentimiento explícito ({ REF(9, par: 2, pt: "a") } del { $gdpr }) para una única búsqueda en su base de datos mediante una plantilla biométrica creada a partir de esta fotografía, exclusivamente para esta solicitud. No consiento ningún otro uso: no incorporen la fotografía ni la plantilla a su base de datos y no las comuniquen. Retiro mi consentimiento en cuanto hayan respondido a esta solicitud ({ REF(7, par: 3) } del { $gdpr }): supriman entonces la fotografía, la plantilla y los resultados de la búsqueda realizada con ellas, y confírmenme la supresión ({ REF(5, par: 1, pt: "b c e") } del { $gdpr }).
identification-id-document = No enviaré copia de ningún documento de identidad a menos que demuestren que es estrictamente necesario. Cualquier copia de ese tipo debe suprimirse inmediatamente después de la verificación (Comité Europeo de Protección de Datos, Directrices 01/2022 sobre los derechos de los interesados – Derecho de acceso, apartados 74, 76 y 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = No enviaré copia de ningún documento de identidad a menos que demuestren que es necesario: solo pueden pedir la información que sea razonable y proporcionada para confirmar mi identidad (Information Commissioner's Office, guía «Right of access»).

## Deadline and form (Article 12)

deadline-heading = Plazo y forma de su respuesta
deadline-access = Les ruego que respondan sin dilación indebida y, a más tardar, en el plazo de un mes a partir de la recepción de esta solicitud ({ REF(12, par: 3) } del { $gdpr }). Dicho plazo solo podrá prorrogarse otros dos meses como máximo en caso necesario, teniendo en cuenta la complejidad y el número de solicitudes; en tal caso, deberán informarme de la prórroga en el plazo de un mes a partir de la recepción de la solicitud, indicando los motivos de la dilación. Si no dan curso a mi solicitud, deberán informarme, en el plazo de un mes, de las razones de su no actuación y de mi derecho a presentar una reclamación ante una autoridad de control y a ejercitar acciones judiciales ({ REF(12, par: 4) } del { $gdpr }).
deadline-erasure = Les ruego que den curso a mi solicitud sin dilación indebida y, a más tardar, en el plazo de un mes a partir de su recepción ({ REF(12, par: 3) } del { $gdpr }). Dicho plazo solo podrá prorrogarse otros dos meses como máximo en caso necesario, teniendo en cuenta la complejidad y el número de solicitudes; en tal caso, deberán informarme de la prórroga en el plazo de un mes a partir de la recepción de la solicitud, indicando los motivos de la dilación. Si no dan curso a mi solicitud, deberán informarme, en el plazo de un mes, de las razones de su no actuación y de mi derecho a presentar una reclamación ante una autoridad de control y a ejercitar acciones judiciales ({ REF(12, par: 4) } del { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (written out).
deadline-access-uk = Les ruego que respondan sin dilación indebida y, a más tardar, antes de que finalice el plazo aplicable (applicable time period), que es de un mes a partir de la recepción de esta solicitud (artículo 12A del { $gdpr }). Dicho plazo solo podrá prorrogarse otros dos meses como máximo cuando sea necesario por la complejidad o el número de solicitudes; en tal caso, deberán comunicármelo dentro de ese mes, indicando los motivos. Si necesitan razonablemente más información de mi parte para identificar la información o los tratamientos a los que se refiere mi solicitud, pídanmela sin demora: el plazo solo queda suspendido hasta que yo responda. Si no dan curso a mi solicitud, deberán informarme, dentro de dicho plazo, de las razones de su no actuación y de mi derecho a presentar una reclamación ante el Information Commissioner y a ejercitar acciones judiciales ({ REF(12, par: 4) } del { $gdpr }).
deadline-erasure-uk = Les ruego que den curso a mi solicitud sin dilación indebida y, a más tardar, antes de que finalice el plazo aplicable (applicable time period), que es de un mes a partir de la recepción de esta solicitud (artículo 12A del { $gdpr }). Dicho plazo solo podrá prorrogarse otros dos meses como máximo cuando sea necesario por la complejidad o el número de solicitudes; en tal caso, deberán comunicármelo dentro de ese mes, indicando los motivos. Si no dan curso a mi solicitud, deberán informarme, dentro de dicho plazo, de las razones de su no actuación y de mi derecho a presentar una reclamación ante el Information Commissioner y a ejercitar acciones judiciales ({ REF(12, par: 4) } del { $gdpr }).
no-formalities = No pueden supeditar su respuesta al uso de un formulario, un portal web o un medio de transmisión determinados (Comité Europeo de Protección de Datos, Directrices 01/2022 sobre los derechos de los interesados – Derecho de acceso, apartados 50 a 53).
no-formalities-uk = No pueden supeditar su respuesta al uso de un formulario, un portal web o un medio de transmisión determinados: una solicitud puede presentarse de cualquier forma, verbalmente o por escrito (Information Commissioner's Office, guía «Right of access»).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Les ruego que envíen su respuesta a la dirección indicada más arriba.
reply-to-both = Les ruego que envíen su respuesta a la dirección postal o de correo electrónico indicada más arriba.
reply-to-email = Les ruego que envíen su respuesta a la dirección de correo electrónico indicada más arriba.

## Decisions against Clearview

decisions-heading = Decisiones contra { $controller }
decisions-own = En el país en el que resido se adoptaron las siguientes decisiones:
# $controller ends with a full stop ("Inc."): never put it at the end of a sentence.
decisions-other = Autoridades de control de otros Estados han declarado que el mismo tratamiento realizado por { $controller } es ilícito. Invoco sus decisiones:
# One decision. $authority: name of the authority or court (in its own language, no Spanish article);
# $country: its country (CLDR, e.g. "Italia"); $act: one of decision-kind-* with the reference;
# $date: its date ("10 de febrero de 2022"), after «de» as in Spanish legal citations.
decision-citation = { $authority } ({ $country }), { $act } de { $date }
# The Italian Garante's «ordinanza ingiunzione» (a fine with corrective orders), with its Italian name.
decision-kind-injunction-order = resolución sancionadora (ordinanza ingiunzione) n.º { $reference }
decision-kind-decision = decisión { $reference }
decision-kind-formal-notice = requerimiento formal n.º { $reference }
# The CNIL's sanction: a «délibération» of its restricted committee (formation restreinte).
decision-kind-sanction = deliberación de la formación restringida (délibération) n.º { $reference }
decision-kind-penalty-liquidation = deliberación de la formación restringida n.º { $reference } (liquidación de la multa coercitiva)
decision-kind-fines-and-penalty-orders = decisión (multas y órdenes sujetas a multas coercitivas)
# The Austrian DSB's «Bescheid» (an administrative «resolución»); the Federal Administrative Court's
# «Beschluss» annulling it and remitting the case (an «auto», as the Spanish version of EU law
# renders «Beschluss», not a «sentencia»); a UK tribunal's decision.
decision-kind-bescheid = resolución (Bescheid) { $reference }
decision-kind-remittal-order = auto (Beschluss) { $reference }
decision-kind-tribunal-decision = resolución { $reference }
decision-kind-letter = carta
decision-kind-enforcement-and-penalty-notices = requerimiento de cumplimiento (enforcement notice) y notificación de sanción pecuniaria (monetary penalty notice)
# The following sentences come after decision-citation; their implicit subject is the authority
# or court just cited (Spanish drops the subject pronoun, so no gender is needed).
# $articles: the provisions found infringed, written with ref-list ("artículos 5.1.a), 6 y 9"),
# after a colon so that no article or preposition depends on their number.
decision-articles = Constató la infracción de los siguientes preceptos del { $gdpr }: { $articles }.
# $amount: an amount with its currency, already formatted ("20.000.000 €").
decision-fine = Impuso una multa de { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018), not «multa».
decision-monetary-penalty = Impuso una sanción pecuniaria (monetary penalty) de { $amount }.
decision-fines-total = Impuso multas por un importe total de { $amount }.
decision-penalty-per-day = Estableció además una multa coercitiva de { $amount } por cada día de retraso.
decision-penalty-max = Dictó además órdenes sujetas a multas coercitivas por un importe máximo total de { $amount }.
decision-penalty-liquidated = Ordenó a { $controller } pagar { $amount } por no haber cumplido la orden a tiempo.
decision-orders = Ordenó a { $controller }:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items (infinitives).
decision-requests = Instó a { $controller } a:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Dichos actos no son firmes: el Upper Tribunal devolvió al First-tier Tribunal el recurso de Clearview contra ellos.
# Orders are list items completing «Ordenó a Clearview AI, Inc.:» or «Instó a Clearview AI, Inc. a:»:
# each starts with an infinitive and ends with «;». facerights replaces the last «;» with a full stop.
# «ese Estado» refers to the country named in the citation just above.
order-ban-collection-territory = dejar de recoger imágenes y otros datos personales de las personas que se encuentran { $in_country } y dejar de tratar los datos biométricos de esas personas;
order-ban-collection-processing-territory = dejar de recoger, mediante extracción automatizada de datos de la web (web scraping), imágenes y metadatos de las personas que se encuentran { $in_country } y cesar cualquier otro tratamiento de sus datos personales, ordinarios y biométricos;
order-erase-territory = suprimir los datos personales de las personas que se encuentran { $in_country };
order-erase-territory-after-access = suprimir los datos personales de las personas que se encuentran { $in_country }, después de responder a las solicitudes de acceso ya recibidas;
order-stop-processing-territory = dejar de recoger y tratar, sin base jurídica, los datos personales de las personas que se encuentran { $in_country };
order-facilitate-rights = facilitar el ejercicio de los derechos de los interesados y responder a la solicitud de acceso de la parte reclamante;
order-answer-complainant-access = responder a la solicitud de acceso de la parte reclamante;
order-grant-complainant-erasure = atender la solicitud de supresión de la parte reclamante;
order-appoint-representative = designar un representante en la Unión ({ REF(27) } del { $gdpr });
order-stop-processing-erase-territory = dejar de tratar los datos personales de las personas que se encuentran { $in_country } y eliminar los datos obtenidos ilícitamente;
order-give-art14-information = informar a los interesados conforme a lo exigido por el { REF(14) } del { $gdpr };
order-stop-refusing-access = poner fin a su política de no responder a las solicitudes de acceso;
order-erase-complainant = suprimir los datos personales de la parte reclamante;
order-erase-complainant-biometric = suprimir los valores hash biométricos de la parte reclamante;
order-stop-obtaining-uk = dejar de obtener y utilizar los datos personales de residentes en el Reino Unido que están disponibles públicamente en internet;
order-erase-uk = suprimir de sus sistemas los datos personales de los residentes en el Reino Unido;
outcome-reconsider-ban = El tribunal consideró que la autoridad debía reconsiderar su negativa a prohibir el tratamiento y que la prohibición era la única medida adecuada; devolvió el asunto a la autoridad.
outcome-ftt-no-jurisdiction = El tribunal estimó el recurso de Clearview y declaró que el Information Commissioner no era competente para dictar dichos actos.
outcome-ut-ico-appeal-allowed = El tribunal estimó el recurso del Information Commissioner: el tratamiento está relacionado con el control del comportamiento de personas que se encuentran en el Reino Unido, y el hecho de que los clientes de Clearview sean organismos públicos extranjeros no lo excluye del ámbito de aplicación del { $gdpr }.
outcome-remitted-ftt = Devolvió al First-tier Tribunal el recurso de Clearview contra dichos actos.
# Short summaries used for decisions of other countries, joined as a list with «y»:
# noun phrases without article, e.g. «multa de 20.000.000 €, prohibición de … y orden de …».
summary-fine = multa de { $amount }
summary-monetary-penalty = sanción pecuniaria (monetary penalty) de { $amount }, no firme
summary-erasure = orden de suprimir los datos personales de las personas que se encuentran { $in_country }
summary-ban = prohibición de continuar la recogida
summary-access = orden de dejar de negarse a responder a las solicitudes de acceso
summary-complainant-access = orden de responder a la solicitud de acceso de la parte reclamante
summary-erase-complainant = orden de suprimir los datos personales de la parte reclamante
summary-representative = orden de designar un representante en la Unión
summary-no-fine = sin multa
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, no Spanish article,
# hence the parentheses); $address: its postal address on one line.
remedies = Si no responden de forma completa dentro del plazo, presentaré una reclamación ante la autoridad de control competente ({ $authority }, { $address }) con arreglo al { REF(77) } del { $gdpr }. Me reservo el derecho a ejercitar acciones contra ustedes ante los tribunales del Estado miembro en que tengo mi residencia habitual ({ REF(79, par: 2) } del { $gdpr }) y a reclamar una indemnización ({ REF(82) } del { $gdpr }).
# EEA letters: «del Estado» (Iceland, Liechtenstein, Norway) instead of «del Estado miembro».
remedies-eea = Si no responden de forma completa dentro del plazo, presentaré una reclamación ante la autoridad de control competente ({ $authority }, { $address }) con arreglo al { REF(77) } del { $gdpr }. Me reservo el derecho a ejercitar acciones contra ustedes ante los tribunales del Estado en que tengo mi residencia habitual ({ REF(79, par: 2) } del { $gdpr }) y a reclamar una indemnización ({ REF(82) } del { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19.2 BDSG, German statutes
# keep their «§» in Spanish writing).
remedies-land-of-residence = Si no responden de forma completa dentro del plazo, presentaré una reclamación ante la autoridad de control de protección de datos del Land alemán en el que resido ({ REF(77) } del { $gdpr }; § 19.2 de la Ley Federal de Protección de Datos alemana, BDSG). Me reservo el derecho a ejercitar acciones contra ustedes ante los tribunales del Estado miembro en que tengo mi residencia habitual ({ REF(79, par: 2) } del { $gdpr }) y a reclamar una indemnización ({ REF(82) } del { $gdpr }).
# United Kingdom letters: a UK «section» is cited as «artículo», the Act's name in English («la Data
# Protection Act 2018», as in law-full-uk).
remedies-uk = Deben facilitar la presentación ante ustedes de reclamaciones relativas al tratamiento de mis datos personales (artículo 164A de la Data Protection Act 2018). Si no responden de forma completa antes de que finalice el plazo aplicable, les presentaré una reclamación con arreglo a dicho artículo y, si con ello no se resuelve el asunto, presentaré una reclamación ante la autoridad de control competente ({ $authority }, o su sucesora, la Information Commission, { $address }) con arreglo al { REF(77) } del { $gdpr }. Me reservo el derecho a solicitar al tribunal una orden de cumplimiento (compliance order, artículo 167 de la Data Protection Act 2018) y a reclamar una indemnización ({ REF(82) } del { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed («reiteración» de la
## solicitud) and a complaint to the supervisory authority («reclamación», artículo 77). They cite
## the first request by what it asked for (request-name-*), the date Clearview received it
## ($received) and the end of the reply period ($ends), all dates already formatted. The complaint
## addresses the authority as «esa autoridad de control», the usual form in a written submission
## to a Spanish public authority.

# What the first request asked for, as the object of a sentence («recibieron ustedes …»,
# «Copia de …», «se refiere a …»): feminine, «mi solicitud».
request-name-access = mi solicitud de acceso conforme al { REF(15) } del { $gdpr }
request-name-erasure = mi solicitud de supresión conforme al { REF(17) } del { $gdpr }, con oposición al tratamiento conforme al { REF(21, par: 1) } del { $gdpr }
request-name-access-erasure = mi solicitud de acceso conforme al { REF(15) } del { $gdpr }, de limitación del tratamiento conforme al { REF(18) } del { $gdpr } y de supresión posterior conforme al { REF(17) } del { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Asunto: Reiteración de { $request }, recibida por ustedes el { $received }
# $ends: the last day of the reply period.
reminder-facts = El { $received } recibieron ustedes { $request }, de la que adjunto copia. El plazo para responderme finalizó el { $ends } o, si ese día era festivo, el siguiente día hábil ({ REF(12, par: 3) } del { $gdpr }).
reminder-facts-uk = El { $received } recibieron ustedes { $request }, de la que adjunto copia. El plazo aplicable (applicable time period) para responderme finalizó el { $ends } o, si ese día era festivo (bank holiday), el siguiente día hábil (artículo 12A del { $gdpr }).
reminder-no-reply = No he recibido ninguna respuesta de ustedes, ni información alguna sobre una prórroga del plazo o sobre las razones de su no actuación ({ REF(12, par: "3 4") } del { $gdpr }).
reminder-incomplete = Su respuesta es incompleta: no contiene todo lo que solicité y no han indicado las razones por las que han omitido parte de ello ({ REF(12, par: 4) } del { $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = Por tanto, están incumpliendo el { $gdpr }. Les requiero para que atiendan íntegramente mi solicitud sin más dilación y, en todo caso, a más tardar el { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = En caso contrario, presentaré sin más aviso una reclamación ante la autoridad de control competente ({ $authority }, { $address }) con arreglo al { REF(77) } del { $gdpr }. Me reservo el derecho a ejercitar acciones contra ustedes ante los tribunales del Estado miembro en que tengo mi residencia habitual ({ REF(79, par: 2) } del { $gdpr }) y a reclamar una indemnización por los daños y perjuicios que se me hayan causado ({ REF(82) } del { $gdpr }).
reminder-remedies-eea = En caso contrario, presentaré sin más aviso una reclamación ante la autoridad de control competente ({ $authority }, { $address }) con arreglo al { REF(77) } del { $gdpr }. Me reservo el derecho a ejercitar acciones contra ustedes ante los tribunales del Estado en que tengo mi residencia habitual ({ REF(79, par: 2) } del { $gdpr }) y a reclamar una indemnización por los daños y perjuicios que se me hayan causado ({ REF(82) } del { $gdpr }).
reminder-remedies-land-of-residence = En caso contrario, presentaré sin más aviso una reclamación ante la autoridad de control de protección de datos del Land alemán en el que resido ({ REF(77) } del { $gdpr }; § 19.2 de la Ley Federal de Protección de Datos alemana, BDSG). Me reservo el derecho a ejercitar acciones contra ustedes ante los tribunales del Estado miembro en que tengo mi residencia habitual ({ REF(79, par: 2) } del { $gdpr }) y a reclamar una indemnización por los daños y perjuicios que se me hayan causado ({ REF(82) } del { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# («artículo 164A de la Data Protection Act 2018», as in remedies-uk).
reminder-remedies-uk = Esta carta constituye también mi reclamación ante ustedes conforme al artículo 164A de la Data Protection Act 2018: les ruego que acusen recibo de ella en un plazo de 30 días desde su recepción y que me comuniquen su resultado sin dilación indebida. Si no atienden mi solicitud, presentaré una reclamación ante la autoridad de control competente ({ $authority }, o su sucesora, la Information Commission, { $address }) con arreglo al { REF(77) } del { $gdpr }. Me reservo el derecho a solicitar al tribunal una orden de cumplimiento (compliance order, artículo 167 de la Data Protection Act 2018) y a reclamar una indemnización ({ REF(82) } del { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Copia de { $request }, recibida el { $received }
enclosure-proof = Justificante de envío y, en su caso, de entrega
enclosure-reply = Copia de la respuesta de { $controller }
enclosure-reminder = Copia de mi escrito de reiteración del { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Asunto: Reclamación conforme al { REF(77) } del { $gdpr } contra { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Señores:
# $controller_address: Clearview's postal address on one line.
complaint-intro = Por medio del presente escrito presento una reclamación conforme al { REF(77) } del { $gdpr } contra { $controller }, { $controller_address }. La reclamación se refiere a { $request }, que { $controller } recibió el { $received } y de la que adjunto copia.
# What happened ($outcome): one of these.
complaint-no-reply = { $controller } no ha respondido a mi solicitud, y el plazo para hacerlo finalizó el { $ends } o, si ese día era festivo, el siguiente día hábil ({ REF(12, par: 3) } del { $gdpr }). Tampoco me ha informado de una prórroga ni de las razones de su no actuación ({ REF(12, par: 4) } del { $gdpr }).
complaint-no-reply-uk = { $controller } no ha respondido a mi solicitud, y el plazo aplicable (applicable time period) para hacerlo finalizó el { $ends } o, si ese día era festivo (bank holiday), el siguiente día hábil (artículo 12A del { $gdpr }). Tampoco me ha informado de una prórroga ni de las razones de su no actuación ({ REF(12, par: 4) } del { $gdpr }).
complaint-incomplete = { $controller } ha respondido, pero su respuesta es incompleta: no contiene todo lo que solicité y no indica las razones por las que omite parte de ello. El plazo para una respuesta completa finalizó el { $ends } o, si ese día era festivo, el siguiente día hábil ({ REF(12, par: 3) } del { $gdpr }). Adjunto copia de la respuesta.
complaint-incomplete-uk = { $controller } ha respondido, pero su respuesta es incompleta: no contiene todo lo que solicité y no indica las razones por las que omite parte de ello. El plazo aplicable (applicable time period) para una respuesta completa finalizó el { $ends } o, si ese día era festivo (bank holiday), el siguiente día hábil (artículo 12A del { $gdpr }). Adjunto copia de la respuesta.
complaint-refused = { $controller } se ha negado a dar curso a mi solicitud. Adjunto copia de su respuesta.
complaint-identity-demanded = { $controller } ha supeditado su respuesta a una identificación que mi solicitud no requería, como la copia de un documento de identidad. Adjunto copia de su respuesta.
# $reminded: the date of the reminder the person sent.
complaint-reminded = El { $reminded } reiteré mi solicitud a { $controller }, que sigue sin atenderla. Adjunto copia de dicho escrito.
complaint-reminded-uk = El { $reminded } presenté ante { $controller } una reclamación conforme al artículo 164A de la Data Protection Act 2018; el asunto no se ha resuelto. Adjunto copia de dicha reclamación.
complaint-infringements = A mi juicio, { $controller } ha infringido así, en particular:
# Infringements, as list items continuing complaint-infringements, each ending with «;». Two
# provisions share one head word («los artículos 17.1 y 21.1 del RGPD»), as in identification-photo.
infringement-time-limit = el { REF(12, par: 3) } del { $gdpr }, al no dar curso a mi solicitud dentro de plazo;
infringement-time-limit-uk = el { REF(12, par: 3) } del { $gdpr }, en relación con el artículo 12A del { $gdpr }, al no dar curso a mi solicitud dentro del plazo aplicable;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = el { REF(12, par: "3 4") } del { $gdpr }, al no dar curso íntegro a mi solicitud dentro de plazo ni indicar las razones por las que omite parte de ella;
infringement-incomplete-uk = el { REF(12, par: "3 4") } del { $gdpr }, en relación con el artículo 12A del { $gdpr }, al no dar curso íntegro a mi solicitud dentro del plazo aplicable ni indicar las razones por las que omite parte de ella;
infringement-no-reasons = el { REF(12, par: 4) } del { $gdpr }, al no informarme de las razones de su no actuación ni de mi derecho a presentar una reclamación;
infringement-access = el { REF(15) } del { $gdpr }, al no darme acceso a mis datos personales ni a la información sobre su tratamiento;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = los artículos { REF(18, par: 1, pt: "d", form: "item") } y { REF(21, par: 1, form: "item") } del { $gdpr }, al no haber limitado el tratamiento de mis datos personales ni haber dejado de tratarlos tras mi oposición;
infringement-erasure = los artículos { REF(17, par: 1, form: "item") } y { REF(21, par: 1, form: "item") } del { $gdpr }, al no suprimir mis datos personales ni dejar de tratarlos, pese a que concurren motivos de supresión y a que me opuse al tratamiento;
infringement-identification = los artículos { REF(12, par: 2, form: "item") } y { REF(12, par: 6, form: "item") } del { $gdpr }, al supeditar el ejercicio de mis derechos a una identificación que no es necesaria, y el { REF(5, par: 1, pt: "c") } del { $gdpr }, al pedir más datos personales de los necesarios;
infringement-refusal = el { REF(12, par: 4) } del { $gdpr }, al negarse a dar curso a mi solicitud sin un motivo reconocido por el { $gdpr }, y el { REF(12, par: 2) } del { $gdpr }, en la medida en que alega no estar en condiciones de identificarme;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Varias autoridades de control ya han adoptado las siguientes resoluciones contra { $controller }:
complaint-requests = Por todo ello, solicito a esa autoridad de control:
# Items continuing complaint-requests («que …»), in the words of articles 57.1.f), 58.2.c) and 77.2.
complaint-ask-handle = que tramite mi reclamación e investigue su objeto ({ REF(57, par: 1, pt: "f") } del { $gdpr });
complaint-ask-order = que ordene a { $controller } que atienda mi solicitud ({ REF(58, par: 2, pt: "c") } del { $gdpr }) y ejerza sus demás poderes correctivos (artículos { REF(58, par: 2, form: "item") } y { REF(83, form: "item") } del { $gdpr });
complaint-ask-inform = que me informe sobre el curso y el resultado de la reclamación ({ REF(77, par: 2) } del { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = que me informe sobre el curso y el resultado de la reclamación (artículo 165 de la Data Protection Act 2018).
complaint-consent-share = Consiento que esa autoridad de control comunique esta reclamación, con mi nombre, a { $controller } a efectos de su tramitación.
