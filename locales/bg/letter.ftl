### facerights — текст на писмата, български (bg).
###
### Translated from locales/en/letter.ftl. Legal terms follow the official Bulgarian language version
### of Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „субект на данните“, „администратор“,
### „обработващ лични данни“, „получател“, „надзорен орган“, „без ненужно забавяне“,
### „ограничаване на обработването“, „убедителни законови основания“ (чл. 21, пар. 1),
### „подходящи гаранции“, „профилиране“, „ефективна съдебна защита“…
### Formal register (Вие, Вас, Ви, Ваш — capitalised, as usual in Bulgarian letters); the author
### writes in the first person singular. Bulgarian past participles agree with the speaker's gender,
### which is unknown: the author never uses them about himself or herself (present tense, future
### with "ще", or passive constructions instead).
###
### Variables available in every message:
###   $gdpr        short name of the law ("ОРЗД", or "UK GDPR" for United Kingdom letters);
###                cited as "чл. 15 от { $gdpr }", both are masculine ("регламент").
###   $controller  "Clearview AI, Inc." — always after the noun "дружеството" (neuter), so that
###                verbs and pronouns agree: "дружеството { $controller } обработва…", "то…".
###
### Provisions are cited in the Bulgarian notation (see "Citations" below): "чл. 15, пар. 1, б. „з“ от ОРЗД".
### Dates arrive as "10 февруари 2022 г." (ending with the abbreviation "г."): never put { $date }
### at the end of a sentence, or the sentence would end in "г..".

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# law-full-* are used only as $law_full in intro-*, after a preposition
# ("чл. 15 от { $law_full }", "правата си по { $law_full }").

law-short-eu = ОРЗД
law-short-uk = UK GDPR
law-full-eu = Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните, „ОРЗД“)
law-full-eea = Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните, „ОРЗД“), както е включен в Споразумението за Европейското икономическо пространство
law-full-uk = Общия регламент относно защитата на данните на Обединеното кралство (United Kingdom General Data Protection Regulation, „UK GDPR“), във връзка с Data Protection Act 2018 (Закона за защита на данните от 2018 г. на Обединеното кралство)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Bulgarian notation of EU regulations, as the КЗЛД and Bulgarian courts write it: "чл. 15, пар. 1,
# б. „з“ от ОРЗД" ("пар." for the paragraphs of an EU regulation, "ал." being kept for Bulgarian
# laws; "б." for буква, the letter in low–high quotes), "чл. 15, пар. 1 и 2", "чл. 5, пар. 1,
# б. „б“, „в“ и „д“", "чл. 6, пар. 1, б. „д“ или „е“", "чл. 4, т. 14". Points are lettered in the
# Bulgarian alphabet, as in the Bulgarian text of the Regulation: (e) is „д“, (h) is „з“.
# The abbreviations do not show case. `.cap`: at the start of a sentence ("Чл. 17, пар. 1, …").
# Lists (the articles a decision found infringed) repeat "чл." before each article, since the items
# contain commas: "чл. 12, пар. 1, 2 и 3, чл. 14, пар. 1 и 2 и чл. 15".

ref-a = чл. { $art }
    .cap = Чл. { $art }
ref-ap = чл. { $art }, пар. { $par }
    .cap = Чл. { $art }, пар. { $par }
ref-app = чл. { $art }, пар. { $par }, б. { $pt }
    .cap = Чл. { $art }, пар. { $par }, б. { $pt }
ref-an = чл. { $art }, т. { $num }
    .cap = Чл. { $art }, т. { $num }
ref-par = { $par }
ref-point = „{ $letter }“
ref-item-a = чл. { $art }
ref-item-ap = чл. { $art }, пар. { $par }
ref-item-app = чл. { $art }, пар. { $par }, б. { $pt }
ref-item-an = чл. { $art }, т. { $num }
ref-list = { $list }
# The Bulgarian alphabet without ъ, ь, ю, я, in the order of the Bulgarian text of EU acts
# (a–z: а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш).
ref-letters = а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш

## Countries: how this language says "in <country>" for the persons a decision protects.
# Bulgarian has no locative: "в" and the name as CLDR writes it, "във" before в/ф ("във Франция").
# Codes are listed for the countries of the decisions and for names beginning with в/ф.
country-in = { $code ->
    [IT] в Италия
    [GR] в Гърция
    [FR] във Франция
    [NL] в Нидерландия
    [AT] в Австрия
    [DE] в Германия
    [GB] в Обединеното кралство
    [BG] в България
    [FI] във Финландия
   *[other] в { $name }
}

## Letter frame

subject-access = Искане за достъп до моите лични данни съгласно { REF(15) } от { $gdpr }
subject-erasure = Искане за изтриване на моите лични данни съгласно { REF(17) } от { $gdpr } и възражение съгласно { REF(21, par: 1) } от { $gdpr }
subject-access-erasure = Искане за достъп съгласно { REF(15) } от { $gdpr }, за ограничаване на обработването съгласно { REF(18) } от { $gdpr } и за последващо изтриване съгласно { REF(17) } от { $gdpr }
# After the salutation the letter continues on a new line with a capital letter.
salutation = Уважаеми дами и господа,
closing = С уважение,
# $reference: the sender's own case or reference number.
our-reference = Моят референтен номер: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("София, 21 ноември 2026 г.").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count: how many enclosures follow (one: "Приложение:"; more: "Приложения:").
enclosures-label = { $count ->
    [one] Приложение:
   *[other] Приложения:
}
enclosure-photo = Снимка на лицето ми, предоставена единствено с цел идентифицирането ми във връзка с настоящото искане
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Страница { $page } от { $pages }

## Opening

# $law_full: one of law-full-* (see above).
intro-access = С настоящото писмо упражнявам правото си на достъп съгласно { REF(15) } от { $law_full }. Моля да ми потвърдите дали дружеството { $controller } обработва лични данни, свързани с мен, и ако това е така, да ми предоставите достъп до тези лични данни и до посочената по-долу информация. Не е необходимо да обосновавам настоящото искане.
intro-erasure = С настоящото писмо упражнявам правото си на изтриване съгласно { REF(17) } от { $law_full }. Моля да изтриете без ненужно забавяне всички лични данни, свързани с мен. Същевременно на основание { REF(21, par: 1) } от { $gdpr } възразявам срещу всяко обработване на лични данни, свързани с мен.
intro-access-erasure = С настоящото писмо упражнявам правата си по { $law_full }: първо правото си на достъп ({ REF(15) } от { $gdpr }), а след това правото си на изтриване ({ REF(17) } от { $gdpr }). Искам първо достъп, за да узная какви данни съхранявате за мен, преди те да бъдат изтрити. На основание { REF(21, par: 1) } от { $gdpr } възразявам срещу всяко обработване на лични данни, свързани с мен, и до изтриването моля да ограничите обработването ({ REF(18) } от { $gdpr }).

## Why the law applies to Clearview

applicability-eu = За дружеството { $controller } се прилага { $gdpr }: то събира изображения на лица в Европейския съюз и ги обработва, за да наблюдава тяхното поведение ({ REF(3, par: 2, pt: "b") } от { $gdpr }). Надзорните органи на Италия, Гърция, Франция, Австрия и Нидерландия са приложили { $gdpr } спрямо него и са установили, че извършваното от него обработване е незаконосъобразно. Съгласно решението на нидерландския надзорен орган от { $representative_date } то не е било определило представител в Съюза ({ REF(27) } от { $gdpr }). Поради това отправям настоящото искане пряко до Вас.
applicability-eea = За дружеството { $controller } се прилага { $gdpr }: то събира изображения на лица в Европейското икономическо пространство и ги обработва, за да наблюдава тяхното поведение ({ REF(3, par: 2, pt: "b") } от { $gdpr }). Надзорните органи на Италия, Гърция, Франция, Австрия и Нидерландия са приложили { $gdpr } спрямо него и са установили, че извършваното от него обработване е незаконосъобразно. Съгласно решението на нидерландския надзорен орган от { $representative_date } то не е било определило представител в Съюза ({ REF(27) } от { $gdpr }). Поради това отправям настоящото искане пряко до Вас.
applicability-uk = За дружеството { $controller } се прилага { $gdpr }. През 2025 г. съдът Upper Tribunal постанови, че извършваното от дружеството обработване е свързано с наблюдението на поведението на лица в Обединеното кралство ({ REF(3, par: 2, pt: "b") } от { $gdpr }). Отправям настоящото искане пряко до Вас.

## Access (Article 15)
# The access-copy-* and access-info-* items are objects of "да ми предоставите".

access-heading = Достъп до моите лични данни ({ REF(15) } от { $gdpr })
access-copy = Моля да ми предоставите копие от всички лични данни, свързани с мен, които обработвате ({ REF(15, par: 3) } от { $gdpr }), и по-специално:
access-copy-images = всяко изображение, на което фигурирам или което свързвате с мен, в резолюцията, в която го съхранявате;
access-copy-sources = за всяко изображение – адреса (URL) на уеб страницата и на файла с изображението, от които е събрано, заглавието на страницата, както и датата на събирането му и датата на последното му актуализиране;
access-copy-metadata = всички метаданни, съхранявани за всяко изображение, включително данни за геолокация и дати;
access-copy-biometrics = биометричните шаблони, вектори или хеш стойности, извлечени от лицето ми, както и всички други данни за мен, които сте извлекли или до които сте достигнали чрез умозаключение;
access-copy-searches = записите за всяко търсене, чиито резултати са ме включвали, с датата на всяко търсене;
access-copy-probe = записите за всяко търсене, при което клиент е качил изображение на лицето ми, за да търси във Вашата база данни, заедно с изображението, датата на търсенето и клиента, който го е извършил;
access-copy-recipients = самоличността на всеки клиент или друг получател, пред когото са разкрити резултати, свързани с мен.
access-info = Моля също да ми предоставите следната информация ({ REF(15, par: "1 2") } от { $gdpr }):
access-info-purposes = целите на всяка операция по обработване ({ REF(15, par: 1, pt: "a") }) и за всяка цел – правното основание, на което се позовавате и което във всички случаи е трябвало да ми съобщите ({ REF(14, par: 1, pt: "c") });
access-info-categories = съответните категории лични данни ({ REF(15, par: 1, pt: "b") });
access-info-recipients = получателите, пред които са или ще бъдат разкрити личните данни, поименно, по-специално получателите в трети държави или международни организации; категориите получатели не са достатъчни, когато можете да идентифицирате самите получатели ({ REF(15, par: 1, pt: "c") }; решение на Съда от 12 януари 2023 г., C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = получателите, пред които са или ще бъдат разкрити личните данни, поименно, по-специално получателите в трети държави или международни организации; категориите получатели не са достатъчни, когато можете да идентифицирате самите получатели ({ REF(15, par: 1, pt: "c") });
access-info-retention = срока, за който ще се съхранява всяка категория лични данни, а ако това е невъзможно – критериите, използвани за определянето на този срок ({ REF(15, par: 1, pt: "d") });
access-info-rights = съществуването на право да се изиска коригиране или изтриване на лични данни или ограничаване на обработването, както и на право на възражение срещу такова обработване ({ REF(15, par: 1, pt: "e") });
access-info-complaint = правото на жалба до надзорен орган ({ REF(15, par: 1, pt: "f") });
access-info-source = всякаква налична информация за източника на личните данни: конкретните уебсайтове и страници, а не само категории източници ({ REF(15, par: 1, pt: "g") });
access-info-automated = съществуването на автоматизирано вземане на решения, включително профилиране, и съдържателна информация относно използваната логика, както и значението и предвидените последствия от това обработване за мен ({ REF(15, par: 1, pt: "h") });
access-info-transfers = когато личните данни се предават на трета държава или на международна организация – подходящите гаранции съгласно { REF(46) } от { $gdpr } във връзка с предаването ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision; the date stands inside the sentence (see the header).
access-scope = Настоящото искане обхваща всички лични данни, свързани с мен, във всички Ваши системи, включително псевдонимизираните данни и данните, които сте извлекли или до които сте достигнали чрез умозаключение. То не е ограничено до последните дванадесет месеца, нито до определен брой искания годишно, и не зависи от това дали ще го повторя: френският надзорен орган (CNIL) с решение { $reference } от { $date } установи, че подобни ограничения, прилагани от дружеството { $controller }, са незаконосъобразни.
access-role = За всяка операция по обработване посочете също дали я извършвате като администратор, или като обработващ лични данни от името на клиент, и в последния случай – от чие име ({ REF(4, num: 7) } и { REF(4, num: 8) } от { $gdpr }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out with the UK number as it is
# ("чл. 15, пар. 1A"; REF cannot write "1A").
access-search-uk = Имам право на личните данни и информацията, които можете да предоставите въз основа на разумно и пропорционално търсене (чл. 15, пар. 1A от { $gdpr }). Вашата база данни е създадена, за да се търси в нея по лице: търсенето в нея с моето лице, както и в записите за търсенията, чиито резултати са ме включвали или при които е било качено лицето ми, е разумно и пропорционално независимо от обема им.
access-format = Моля да ми предоставите копието безплатно ({ REF(12, par: 5) } и { REF(15, par: 3) } от { $gdpr }), на ясен и прост език ({ REF(12, par: 1) } от { $gdpr }) и, ако отговорите по електронен път, в широко използвана електронна форма ({ REF(15, par: 3) } от { $gdpr }).

## Erasure (Article 17)

erasure-heading = Изтриване на моите лични данни ({ REF(17) } от { $gdpr })
erasure-after-access = След като ми предоставите копието и поисканата по-горе информация, моля да изтриете без ненужно забавяне всички лични данни, свързани с мен ({ REF(17, par: 1) } от { $gdpr }).
erasure-scope = Изтриването трябва да обхваща:
erasure-scope-images = всяко мое изображение и всяко негово копие;
erasure-scope-biometrics = биометричните шаблони, вектори и хеш стойности, извлечени от лицето ми;
erasure-scope-metadata = метаданните и адресите (URL) на източниците, свързани с тези изображения;
erasure-scope-searches = резултатите от търсения, записите (логовете) на търсенията и връзките, които се отнасят до мен;
erasure-scope-backups = всички копия в резервни копия, в архиви и в системите на обработващите лични данни, които използвате.
erasure-grounds = Налице са следните основания за изтриване:
# Article 9(1) and 9(2)(e) are quoted in the wording of the Bulgarian text of the Regulation
# ("за целите единствено на идентифицирането на физическо лице"; "лични данни, които явно са
# направени обществено достояние от субекта на данните"); the passive keeps the author's gender open.
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "cap") } от { $gdpr }: личните данни са обработвани незаконосъобразно. Нямате правно основание съгласно { REF(6, par: 1) } от { $gdpr }. Биометричните данни ({ REF(4, num: 14) } от { $gdpr }), обработвани за целите единствено на идентифицирането на физическо лице, спадат към специалните категории лични данни, чието обработване е забранено с { REF(9, par: 1) } от { $gdpr }. Не е приложимо нито едно от изключенията по { REF(9, par: 2) }: не е налице мое изрично съгласие за обработването на биометричните ми данни във Вашата база данни ({ REF(9, par: 2, pt: "a") }), а изображенията, които могат да бъдат намерени в интернет, не са лични данни, които явно са направени обществено достояние от мен като субект на данните за целите на биометрично обработване ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: чл. 9 read with Schedule 1 to the Data Protection Act 2018 („във връзка с“).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "cap") } от { $gdpr }: личните данни са обработвани незаконосъобразно. Нямате правно основание съгласно { REF(6, par: 1) } от { $gdpr }. Биометричните данни ({ REF(4, num: 14) } от { $gdpr }), обработвани за целите единствено на идентифицирането на физическо лице, спадат към специалните категории лични данни, чието обработване е забранено с { REF(9, par: 1) } от { $gdpr }. Не е приложимо нито едно от изключенията по { REF(9, par: 2) } от { $gdpr } във връзка с Приложение 1 (Schedule 1) към Data Protection Act 2018: не е налице мое изрично съгласие за обработването на биометричните ми данни във Вашата база данни ({ REF(9, par: 2, pt: "a") }), а изображенията, които могат да бъдат намерени в интернет, не са лични данни, които явно са направени обществено достояние от мен като субект на данните за целите на биометрично обработване ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "cap") } от { $gdpr }: на основание { REF(21, par: 1) } от { $gdpr } възразявам срещу обработването на основания, свързани с моята конкретна ситуация: лицето ми е постоянен идентификатор, който не мога да променя, а наличието му във Вашата база данни позволява на всеки Ваш клиент да ме идентифицира по всяка снимка, независимо къде и кога е направена.
# The person's own description of their particular situation, in Bulgarian quotation marks „…“.
erasure-ground-objection-own = Със собствени думи: „{ $grounds }“
# Чл. 21, пар. 1: "освен ако не докаже, че съществуват убедителни законови основания за
# обработването, които имат предимство пред интересите, правата и свободите на субекта на данни".
erasure-ground-objection-burden = Следователно трябва да прекратите обработването, освен ако не докажете, че съществуват убедителни законови основания за обработването, които имат предимство пред моите интереси, права и свободи, или че обработването се извършва за установяването, упражняването или защитата на правни претенции ({ REF(21, par: 1) } от { $gdpr }). Доколкото се позовавате на { REF(6, par: 1, pt: "e f", conj: "or") } от { $gdpr }, такива основания няма: търговският Ви интерес да продавате търсения по лицето ми не е такова основание.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "cap") } от { $gdpr }: доколкото се позовавате на съгласие, оттеглям го.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language): an apposition to "надзорният орган".
# $in_country: "в Италия", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "cap") } от { $gdpr }, в допълнение към горните основания: надзорният орган { $authority } Ви е разпоредил да изтриете личните данни на лицата { $in_country }. Поради това според мен изтриването е необходимо и за спазването на правно задължение, което се прилага спрямо Вас.
erasure-exceptions = Не е приложимо нито едно от изключенията по { REF(17, par: 3) } от { $gdpr }: обработването не е необходимо за упражняване на правото на свобода на изразяване и правото на информация, за спазване на правно задължение, за изпълнението на задача от обществен интерес или при упражняването на официални правомощия, по причини от обществен интерес в областта на общественото здраве, за целите на архивирането в обществен интерес, за научни или исторически изследвания или за статистически цели, нито за установяването, упражняването или защитата на правни претенции. Ако се позовавате на изключение, посочете кое и защо ({ REF(12, par: 4) } от { $gdpr }).
erasure-restriction = До изтриването ограничете обработването на моите лични данни ({ REF(18, par: 1, pt: "d") } от { $gdpr }, докато проверявате възражението ми): по-специално незабавно престанете да ме показвате в резултати от търсения.
erasure-recipients = Уведомете за изтриването всеки получател, пред когото са разкрити моите лични данни, включително всеки клиент, получил мои изображения в резултати от търсения ({ REF(19) } от { $gdpr }), и ми съобщете кои са тези получатели. Ако сте направили моите лични данни обществено достояние, предприемете разумни стъпки, за да уведомите администраторите, обработващи тези данни, че искам от тях да изтрият всички връзки към тези данни или копия от тях ({ REF(17, par: 2) } от { $gdpr }).
erasure-no-recollection = Съобщете ми какво ще предприемете, за да гарантирате, че моите лични данни няма да бъдат събрани отново. Ако съхранявате какъвто и да е запис, за да предотвратите бъдещото им събиране, съобщете ми точно какво съдържа той и на какво правно основание го съхранявате.
erasure-confirmation = Моля да ми потвърдите изтриването писмено и да посочите какво сте изтрили, включително копията в резервни копия и извлечените шаблони.
erasure-free = Действията по искането ми за изтриване, включително уведомленията и потвърждението, се осигуряват безплатно ({ REF(12, par: 5) } от { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Ограничаване на обработването до изтриването ({ REF(18) } от { $gdpr })
restriction-body = От получаването на настоящото писмо до изтриването ограничете обработването на моите лични данни ({ REF(18, par: 1, pt: "d") } от { $gdpr }, докато проверявате възражението ми по { REF(21, par: 1) } от { $gdpr }): съхранявайте данните, но не ги използвайте за никаква друга цел освен за отговор на настоящото искане. По-специално незабавно престанете да ме показвате в резултати от търсения.

## Identification (Articles 11(2) and 12(6))

identification-heading = Идентификация
identification-no-photo = Информацията в настоящото писмо е достатъчна, за да отговорите на него. Ако имате основателни опасения във връзка със самоличността ми, посочете коя допълнителна информация е строго необходима ({ REF(12, par: 6) } от { $gdpr }). Ако в системата Ви може да се търси само със снимка на лицето ми, уведомете ме за това; тогава ще Ви предоставя снимка единствено за целите на настоящото искане.
identification-photo = Прилагам снимка на лицето си единствено за да можете да откриете личните данни, свързани с мен ({ REF(11, par: 2) } и { REF(12, par: 6) } от { $gdpr }). Давам изричното си съгласие ({ REF(9, par: 2, pt: "a") } от { $gdpr }) за едно търсене във Вашата база данни с биометричен шаблон, създаден от тази снимка, единствено за целите на настоящото искане. Не давам съгласие за никакво друго използване: не добавяйте снимката или шаблона към базата си данни и не ги разкривайте. Оттеглям съгласието си, считано от момента, в който отговорите на настоящото искане ({ REF(7, par: 3) } от { $gdpr }): тогава изтрийте снимката, шаблона и резултатите от извършеното с тях търсене и ми потвърдете изтриването ({ REF(5, par: 1, pt: "b c e") } от { $gdpr }).
# EDPB guideline title translated from the English (a Bulgarian version could not be verified).
identification-id-document = Няма да изпратя копие от документ за самоличност, освен ако не докажете, че това е строго необходимо. Всяко такова копие трябва да бъде изтрито веднага след проверката (Европейски комитет по защита на данните, Насоки 01/2022 относно правата на субектите на данни – право на достъп, точки 74, 76 и 79).
# United Kingdom letters: the ICO's guidance, its title kept in English.
identification-id-document-uk = Няма да изпратя копие от документ за самоличност, освен ако не докажете, че това е необходимо: можете да искате само информация, която е разумна и пропорционална за потвърждаване на самоличността ми (Information Commissioner's Office, указания „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Срок и форма на Вашия отговор
deadline-access = Моля да отговорите без ненужно забавяне и най-късно в срок от един месец от получаването на настоящото искане ({ REF(12, par: 3) } от { $gdpr }). Можете да удължите този срок с най-много още два месеца и само при необходимост, като се вземат предвид сложността и броят на исканията; в такъв случай трябва да ме информирате за удължаването в срок от един месец от получаването на искането, като посочите и причините за забавянето. Ако не предприемете действия по искането ми, трябва в срок от един месец да ме уведомите за причините и за правото ми да подам жалба до надзорен орган и да потърся защита по съдебен ред ({ REF(12, par: 4) } от { $gdpr }).
deadline-erasure = Моля да предприемете действия по искането ми без ненужно забавяне и най-късно в срок от един месец от получаването му ({ REF(12, par: 3) } от { $gdpr }). Можете да удължите този срок с най-много още два месеца и само при необходимост, като се вземат предвид сложността и броят на исканията; в такъв случай трябва да ме информирате за удължаването в срок от един месец от получаването на искането, като посочите и причините за забавянето. Ако не предприемете действия по искането ми, трябва в срок от един месец да ме уведомите за причините и за правото ми да подам жалба до надзорен орган и да потърся защита по съдебен ред ({ REF(12, par: 4) } от { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written out with the
# UK number as it is ("чл. 12A").
deadline-access-uk = Моля да отговорите без ненужно забавяне и най-късно преди изтичането на приложимия срок (applicable time period), т.е. в срок от един месец от получаването на настоящото искане (чл. 12A от { $gdpr }). Можете да удължите този срок с най-много още два месеца и само ако това е необходимо поради сложността или броя на исканията; в такъв случай трябва да ми съобщите за това в рамките на същия месец, като посочите причините. Ако основателно се нуждаете от допълнителна информация от мен, за да установите за каква информация или за какво обработване се отнася искането ми, поискайте я без забавяне: срокът спира да тече само до отговора ми. Ако не предприемете действия по искането ми, трябва в този срок да ме уведомите за причините и за правото ми да подам жалба до Information Commissioner и да потърся защита по съдебен ред ({ REF(12, par: 4) } от { $gdpr }).
deadline-erasure-uk = Моля да предприемете действия по искането ми без ненужно забавяне и най-късно преди изтичането на приложимия срок (applicable time period), т.е. в срок от един месец от получаването на настоящото искане (чл. 12A от { $gdpr }). Можете да удължите този срок с най-много още два месеца и само ако това е необходимо поради сложността или броя на исканията; в такъв случай трябва да ми съобщите за това в рамките на същия месец, като посочите причините. Ако не предприемете действия по искането ми, трябва в този срок да ме уведомите за причините и за правото ми да подам жалба до Information Commissioner и да потърся защита по съдебен ред ({ REF(12, par: 4) } от { $gdpr }).
no-formalities = Не можете да обвързвате отговора си с използването на определен формуляр, уеб портал или начин на предаване (Европейски комитет по защита на данните, Насоки 01/2022 относно правата на субектите на данни – право на достъп, точки от 50 до 53).
# United Kingdom letters: the ICO's guidance, its title kept in English.
no-formalities-uk = Не можете да обвързвате отговора си с използването на определен формуляр, уеб портал или начин на предаване: искането може да бъде направено в каквато и да е форма, устно или писмено (Information Commissioner's Office, указания „Right of access“).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too, the third for e-mail only.
reply-to-postal = Моля да изпратите отговора си на адреса ми, посочен по-горе.
reply-to-both = Моля да изпратите отговора си на пощенския или електронния ми адрес, посочени по-горе.
reply-to-email = Моля да изпратите отговора си на електронния ми адрес, посочен по-горе.

## Decisions against Clearview

decisions-heading = Решения срещу дружеството { $controller }
decisions-own = В държавата, в която живея, са постановени следните решения:
decisions-other = Надзорни органи в други държави са установили, че същото обработване, извършвано от дружеството { $controller }, е незаконосъобразно. Позовавам се на техните решения:
# One decision. $authority: name of the authority or court (in its own language); $country: its
# country (CLDR, in parentheses); $act: one of decision-kind-* with the reference; $date: its date
# ("10 февруари 2022 г."). The citation is followed either by ":" or by a full stop added by
# facerights, so it begins with the act (hence the capital letter of every decision-kind-*) and
# ends with the authority: "Решение 35/2022 от 13 юли 2022 г. на … (Гърция)".
decision-citation = { $act } от { $date } на { $authority } ({ $country })
# The Garante's ordinanza ingiunzione is the Italian act imposing an administrative fine (with
# orders): in Bulgarian terms a „наказателно постановление“, with the Italian name kept.
decision-kind-injunction-order = Наказателно постановление (ordinanza ingiunzione) № { $reference }
decision-kind-decision = Решение { $reference }
# The CNIL President's mise en demeure: a call to remedy the infringements within a time limit
# (not „официално предупреждение“, which in the Bulgarian GDPR is the reprimand of Article 58(2)(b)).
decision-kind-formal-notice = Покана за отстраняване на нарушенията (mise en demeure) { $reference }
# The CNIL's act is a délibération of its restricted committee (formation restreinte), the body
# that imposes sanctions.
decision-kind-sanction = Решение на санкционния състав (délibération de la formation restreinte) { $reference }
decision-kind-penalty-liquidation = Решение { $reference } (определяне на дължимата периодична имуществена санкция)
decision-kind-fines-and-penalty-orders = Решение за налагане на глоби и за издаване на разпореждания под страх от периодична имуществена санкция
# The Austrian DSB's act: an administrative decision (Bescheid).
decision-kind-bescheid = Решение (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the decision aside and remitting the
# case (§ 28, ал. 3 VwGVG): an „определение“ (Beschluss), not a judgment („съдебно решение“).
decision-kind-remittal-order = Определение (Beschluss) { $reference }
# A UK tribunal's decision.
decision-kind-tribunal-decision = Решение { $reference }
decision-kind-letter = Писмо
decision-kind-enforcement-and-penalty-notices = Уведомление за принудително изпълнение (enforcement notice) и уведомление за имуществена санкция (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court of any grammatical gender.
# $articles: the provisions found infringed, written with ref-list, each with "чл."
# ("чл. 5, пар. 1, б. „а“, чл. 6 и чл. 9").
decision-articles = Установени са нарушения на { $articles } от { $gdpr }.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Наложена е глоба в размер на { $amount }.
# The UK's statutory term (section 155 DPA 2018): „имуществена санкция“ (the sanction on a legal
# person, as in the monetary penalty notice above) with the English term, not „глоба“.
decision-monetary-penalty = Наложена е имуществена санкция (monetary penalty) в размер на { $amount }.
decision-fines-total = Наложени са глоби в общ размер на { $amount }.
decision-penalty-per-day = Освен това е определена периодична имуществена санкция в размер на { $amount } за всеки ден забава.
decision-penalty-max = Освен това са издадени разпореждания под страх от периодични имуществени санкции в общ размер до { $amount }.
decision-penalty-liquidated = На дружеството { $controller } е разпоредено да заплати { $amount }, тъй като не е изпълнило разпореждането в срок.
decision-orders = На дружеството { $controller } е разпоредено:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is continued by the order-* items („да …“).
decision-requests = Дружеството { $controller } е призовано:
# Why the ICO's notices are not final („уведомления“, as in outcome-ftt-no-jurisdiction).
not-final-remitted-appeal = Уведомленията не са влезли в сила: съдът Upper Tribunal върна жалбата на Clearview срещу тях за ново разглеждане от First-tier Tribunal.
# Orders are list items continuing "На дружеството … е разпоредено:" or "Дружеството … е призовано:",
# so each starts with "да" and a verb in the present tense (subject: the company). End each with ";"
# — facerights replaces the separator of the last item with a full stop.
# $in_country: "в Италия", from country-in.
order-ban-collection-territory = да преустанови събирането на изображения и други лични данни на лицата { $in_country }, както и обработването на техните биометрични данни;
order-ban-collection-processing-territory = да преустанови събирането чрез уеб скрейпинг (web scraping) на изображения и метаданни на лицата { $in_country }, както и всяко по-нататъшно обработване на техните лични данни, обикновени и биометрични;
order-erase-territory = да изтрие личните данни на лицата { $in_country };
order-erase-territory-after-access = да изтрие личните данни на лицата { $in_country }, след като отговори на вече получените искания за достъп;
order-stop-processing-territory = да преустанови събирането и обработването без правно основание на личните данни на лицата { $in_country };
order-facilitate-rights = да улесни упражняването на правата на субектите на данни и да отговори на искането за достъп на жалбоподателя;
order-answer-complainant-access = да отговори на искането за достъп на жалбоподателя;
order-grant-complainant-erasure = да уважи искането за изтриване на жалбоподателя;
order-appoint-representative = да определи представител в Съюза ({ REF(27) } от { $gdpr });
order-stop-processing-erase-territory = да преустанови обработването на личните данни на лицата { $in_country } и да премахне незаконосъобразно получените данни;
order-give-art14-information = да информира субектите на данни, както изисква { REF(14) } от { $gdpr };
order-stop-refusing-access = да прекрати практиката си да не отговаря на искания за достъп;
order-erase-complainant = да изтрие личните данни на жалбоподателя;
order-erase-complainant-biometric = да изтрие биометричните хеш стойности на жалбоподателя;
order-stop-obtaining-uk = да преустанови придобиването и използването на публично достъпни в интернет лични данни на лица, пребиваващи в Обединеното кралство;
order-erase-uk = да изтрие от системите си личните данни на лица, пребиваващи в Обединеното кралство;
outcome-reconsider-ban = Съдът постанови, че органът трябва да преразгледа отказа си да забрани обработването и че забраната е единствената подходяща мярка; той върна преписката на органа за ново разглеждане.
outcome-ftt-no-jurisdiction = Съдът уважи жалбата на Clearview, като прие, че Information Commissioner не е компетентен да издава тези уведомления.
outcome-ut-ico-appeal-allowed = Съдът уважи жалбата на Information Commissioner: обработването е свързано с наблюдението на поведението на лица в Обединеното кралство, а обстоятелството, че клиентите на Clearview са чуждестранни публични органи, не го изключва от приложното поле на { $gdpr }.
outcome-remitted-ftt = Той върна жалбата на Clearview срещу тези уведомления за ново разглеждане от First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "и":
# noun phrases, e.g. "глоба в размер на 20 000 000 €, забрана за по-нататъшно събиране и …".
summary-fine = глоба в размер на { $amount }
summary-monetary-penalty = невлязла в сила имуществена санкция (monetary penalty) в размер на { $amount }
summary-erasure = разпореждане за изтриване на личните данни на лицата { $in_country }
summary-ban = забрана за по-нататъшно събиране
summary-access = разпореждане за прекратяване на отказа да се отговаря на искания за достъп
summary-complainant-access = разпореждане за отговор на искането за достъп на жалбоподателя
summary-erase-complainant = разпореждане за изтриване на личните данни на жалбоподателя
summary-representative = разпореждане за определяне на представител в Съюза
summary-no-fine = без налагане на глоба
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language); $address: its
# postal address on one line. Both stand after a colon.
remedies = Ако не отговорите изцяло в срока, ще подам жалба до компетентния надзорен орган ({ REF(77) } от { $gdpr }): { $authority }, { $address }. Запазвам си правото да образувам производство срещу Вас пред съдилищата на държавата членка, в която имам обичайно местопребиваване ({ REF(79, par: 2) } от { $gdpr }), и да потърся обезщетение ({ REF(82) } от { $gdpr }).
# EEA letters: чл. 79, пар. 2 speaks of Member States; for Iceland, Liechtenstein and Norway: „държавата“.
remedies-eea = Ако не отговорите изцяло в срока, ще подам жалба до компетентния надзорен орган ({ REF(77) } от { $gdpr }): { $authority }, { $address }. Запазвам си правото да образувам производство срещу Вас пред съдилищата на държавата, в която имам обичайно местопребиваване ({ REF(79, par: 2) } от { $gdpr }), и да потърся обезщетение ({ REF(82) } от { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19, ал. 2 BDSG: „ал.“, as for
# the paragraphs of a national law).
remedies-land-of-residence = Ако не отговорите изцяло в срока, ще подам жалба до надзорния орган за защита на данните на германската федерална провинция, в която живея ({ REF(77) } от { $gdpr }; § 19, ал. 2 от германския Федерален закон за защита на данните, BDSG). Запазвам си правото да образувам производство срещу Вас пред съдилищата на държавата членка, в която имам обичайно местопребиваване ({ REF(79, par: 2) } от { $gdpr }), и да потърся обезщетение ({ REF(82) } от { $gdpr }).
# United Kingdom letters: UK statutes keep their English names (Data Protection Act 2018); a section
# of a UK Act is „раздел“. $authority is nominative after the colon.
remedies-uk = Длъжни сте да улесните подаването до Вас на жалби относно обработването на личните ми данни (раздел 164A от Data Protection Act 2018). Ако не отговорите изцяло преди изтичането на приложимия срок, ще подам до Вас жалба по този раздел, а ако това не разреши въпроса – жалба до надзорния орган ({ REF(77) } от { $gdpr }): { $authority } (или неговият правоприемник, Information Commission), { $address }. Запазвам си правото да поискам от съда да издаде заповед за изпълнение на задълженията (compliance order, раздел 167 от Data Protection Act 2018) и да потърся обезщетение ({ REF(82) } от { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. Dates end with "г.": none ends a sentence.

request-name-access = моето искане за достъп съгласно { REF(15) } от { $gdpr }
request-name-erasure = моето искане за изтриване съгласно { REF(17) } от { $gdpr }, съчетано с възражение съгласно { REF(21, par: 1) } от { $gdpr }
request-name-access-erasure = моето искане за достъп съгласно { REF(15) } от { $gdpr }, за ограничаване на обработването съгласно { REF(18) } от { $gdpr } и за последващо изтриване съгласно { REF(17) } от { $gdpr }

## Reminder to Clearview („напомняне“)

subject-reminder = Напомняне относно { $request }, получено от Вас на { $received }
reminder-facts = На { $received } получихте { $request }; прилагам копие от искането. Срокът за Вашия отговор изтече на { $ends } или, ако този ден е бил официален празник, в първия следващ работен ден ({ REF(12, par: 3) } от { $gdpr }).
reminder-facts-uk = На { $received } получихте { $request }; прилагам копие от искането. Приложимият срок (applicable time period) за Вашия отговор изтече на { $ends } или, ако този ден е бил официален празник в Обединеното кралство (bank holiday), в първия следващ работен ден (чл. 12A от { $gdpr }).
reminder-no-reply = До момента от Вас не е постъпил никакъв отговор, нито информация за удължаване на срока или за причините да не предприемете действия по искането ми ({ REF(12, par: "3 4") } от { $gdpr }).
reminder-incomplete = Отговорът Ви е непълен: той не съдържа всичко, което искам, а не сте посочили причините, поради които нещо е пропуснато ({ REF(12, par: 4) } от { $gdpr }).
reminder-demand = С това нарушавате { $gdpr }. Приканвам Ви най-късно до { $grace } да изпълните изцяло искането ми без повече забавяне.
reminder-remedies = В противен случай без повече предупреждение ще подам жалба до надзорния орган ({ REF(77) } от { $gdpr }): { $authority }, { $address }. Запазвам си правото да образувам производство срещу Вас пред съдилищата на държавата членка, в която имам обичайно местопребиваване ({ REF(79, par: 2) } от { $gdpr }), и да потърся обезщетение за всякакви причинени ми вреди ({ REF(82) } от { $gdpr }).
reminder-remedies-eea = В противен случай без повече предупреждение ще подам жалба до надзорния орган ({ REF(77) } от { $gdpr }): { $authority }, { $address }. Запазвам си правото да образувам производство срещу Вас пред съдилищата на държавата, в която имам обичайно местопребиваване ({ REF(79, par: 2) } от { $gdpr }), и да потърся обезщетение за всякакви причинени ми вреди ({ REF(82) } от { $gdpr }).
reminder-remedies-land-of-residence = В противен случай без повече предупреждение ще подам жалба до надзорния орган за защита на данните на германската федерална провинция, в която живея ({ REF(77) } от { $gdpr }; § 19, ал. 2 от германския Федерален закон за защита на данните, BDSG). Запазвам си правото да образувам производство срещу Вас пред съдилищата на държавата членка, в която имам обичайно местопребиваване ({ REF(79, par: 2) } от { $gdpr }), и да потърся обезщетение за всякакви причинени ми вреди ({ REF(82) } от { $gdpr }).
reminder-remedies-uk = Настоящото писмо е и моя жалба до Вас по раздел 164A от Data Protection Act 2018: моля да потвърдите получаването ѝ в срок от 30 дни и без ненужно забавяне да ме уведомите за резултата от нея. Ако не изпълните искането ми, ще подам жалба до надзорния орган ({ REF(77) } от { $gdpr }): { $authority } (или неговият правоприемник, Information Commission), { $address }. Запазвам си правото да поискам от съда да издаде заповед за изпълнение на задълженията (compliance order, раздел 167 от Data Protection Act 2018) и да потърся обезщетение ({ REF(82) } от { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Копие от { $request }, получено на { $received }
enclosure-proof = Доказателство за изпращането и, ако има такова, за доставянето
enclosure-reply = Копие от отговора на дружеството { $controller }
enclosure-reminder = Копие от напомнянето ми от { $reminded }

## Complaint to the supervisory authority (formal register towards a public authority; the
## requests are addressed to „надзорния орган“ in the third person).

subject-complaint = Жалба по { REF(77) } от { $gdpr } срещу дружеството { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Уважаеми дами и господа,
complaint-intro = С настоящото подавам жалба по { REF(77) } от { $gdpr } срещу дружеството { $controller }, { $controller_address }. Жалбата се отнася до { $request }, получено от дружеството { $controller } на { $received }; прилагам копие от искането.
complaint-no-reply = Дружеството { $controller } не е отговорило на искането ми, въпреки че срокът за отговор изтече на { $ends } или, ако този ден е бил официален празник, в първия следващ работен ден ({ REF(12, par: 3) } от { $gdpr }). То не ме е уведомило нито за удължаване на срока, нито за причините да не предприеме действия ({ REF(12, par: 4) } от { $gdpr }).
complaint-no-reply-uk = Дружеството { $controller } не е отговорило на искането ми, въпреки че приложимият срок (applicable time period) за отговор изтече на { $ends } или, ако този ден е бил официален празник в Обединеното кралство (bank holiday), в първия следващ работен ден (чл. 12A от { $gdpr }). То не ме е уведомило нито за удължаване на срока, нито за причините да не предприеме действия ({ REF(12, par: 4) } от { $gdpr }).
complaint-incomplete = Дружеството { $controller } е отговорило, но отговорът му е непълен: той не съдържа всичко, което искам, и в него не са посочени причините, поради които нещо липсва. Срокът за пълен отговор изтече на { $ends } или, ако този ден е бил официален празник, в първия следващ работен ден ({ REF(12, par: 3) } от { $gdpr }). Прилагам копие от отговора.
complaint-incomplete-uk = Дружеството { $controller } е отговорило, но отговорът му е непълен: той не съдържа всичко, което искам, и в него не са посочени причините, поради които нещо липсва. Приложимият срок (applicable time period) за пълен отговор изтече на { $ends } или, ако този ден е бил официален празник в Обединеното кралство (bank holiday), в първия следващ работен ден (чл. 12A от { $gdpr }). Прилагам копие от отговора.
complaint-refused = Дружеството { $controller } е отказало да предприеме действия по искането ми. Прилагам копие от отговора му.
complaint-identity-demanded = Дружеството { $controller } е обвързало отговора си с идентификация, която не е била необходима за искането ми, например копие от документ за самоличност. Прилагам копие от отговора му.
complaint-reminded = На { $reminded } до дружеството { $controller } беше изпратено мое напомняне; дружеството обаче и след това не е изпълнило искането ми. Прилагам копие от напомнянето.
complaint-reminded-uk = На { $reminded } до дружеството { $controller } беше подадена моя жалба по раздел 164A от Data Protection Act 2018; въпросът не е разрешен. Прилагам копие от тази жалба.
complaint-infringements = Считам, че по този начин дружеството { $controller } е нарушило по-специално:
infringement-time-limit = { REF(12, par: 3) } от { $gdpr }, тъй като не е предприело действия по искането ми в срок;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4") } от { $gdpr }, тъй като не е предприело в срок действия по искането ми в пълен обем и не е посочило причините, поради които нещо е пропуснато;
infringement-incomplete-uk = { REF(12, par: "3 4") } от { $gdpr } във връзка с чл. 12A от { $gdpr }, тъй като не е предприело в приложимия срок действия по искането ми в пълен обем и не е посочило причините, поради които нещо е пропуснато;
infringement-time-limit-uk = { REF(12, par: 3) } от { $gdpr } във връзка с чл. 12A от { $gdpr }, тъй като не е предприело действия по искането ми в приложимия срок;
infringement-no-reasons = { REF(12, par: 4) } от { $gdpr }, тъй като не ме е уведомило за причините да не предприеме действия и за правото ми да подам жалба до надзорен орган;
infringement-access = { REF(15) } от { $gdpr }, тъй като не ми е предоставило достъп до личните ми данни и до информацията за обработването им;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { REF(18, par: 1, pt: "d") } и { REF(21, par: 1) } от { $gdpr }, тъй като нито е ограничило обработването на личните ми данни, нито го е прекратило след възражението ми;
infringement-erasure = { REF(17, par: 1) } и { REF(21, par: 1) } от { $gdpr }, тъй като не е изтрило личните ми данни и не е прекратило обработването им, въпреки че са налице основания за изтриване и е подадено мое възражение;
infringement-identification = { REF(12, par: 2) } и { REF(12, par: 6) } от { $gdpr }, тъй като е обвързало упражняването на правата ми с идентификация, която не е необходима, както и { REF(5, par: 1, pt: "c") } от { $gdpr }, тъй като изисква повече лични данни, отколкото са му необходими;
infringement-refusal = { REF(12, par: 4) } от { $gdpr }, тъй като е отказало да предприеме действия по искането ми без основание, признато от { $gdpr }, както и { REF(12, par: 2) } от { $gdpr }, доколкото се позовава на това, че не е в състояние да ме идентифицира;
complaint-decisions = Надзорни органи вече са издали следните решения срещу дружеството { $controller }:
complaint-requests = Поради изложеното моля надзорния орган:
complaint-ask-handle = да разгледа жалбата ми и да разследва предмета ѝ ({ REF(57, par: 1, pt: "f") } от { $gdpr });
complaint-ask-order = да разпореди на дружеството { $controller } да изпълни искането ми ({ REF(58, par: 2, pt: "c") } от { $gdpr }) и да упражни другите си корективни правомощия ({ REF(58, par: 2) } и { REF(83) } от { $gdpr });
complaint-ask-inform = да ме информира за напредъка и резултата от жалбата ({ REF(77, par: 2) } от { $gdpr }).
complaint-ask-inform-uk = да ме информира за напредъка и резултата от жалбата (раздел 165 от Data Protection Act 2018).
complaint-consent-share = Давам съгласието си надзорният орган да предостави тази жалба, заедно с името ми, на дружеството { $controller } с цел разглеждането ѝ.
