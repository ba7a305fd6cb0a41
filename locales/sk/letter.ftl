### facerights — letter text, Slovak (sk).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Slovak language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „dotknutá osoba“, „prevádzkovateľ“,
### „sprostredkovateľ“, „príjemca“, „dozorný orgán“, „bez zbytočného odkladu“, „obmedzenie
### spracúvania“, „nevyhnutné oprávnené dôvody“ (čl. 21 ods. 1), „ktoré dotknutá osoba preukázateľne
### zverejnila“ (čl. 9 ods. 2 písm. e)), „primerané záruky“…
### Provisions are cited in the Slovak notation (see "Citations" below): „čl. 15 ods. 1 písm. h) GDPR“.
###
### Register: formal letter from a private person (first person singular, courtesy „Vy/Vás/Vám/Váš“
### with a capital letter). The author's gender is unknown: no l-participle or adjective in the first
### person (no „udelil som“, „aby som sa dozvedel“, „som povinný“); use the passive or the present
### tense instead („súhlas odo mňa vyjadrený nebol“, „nachádzam sa“, „moja osoba“).
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters);
###                both are indeclinable: „čl. 15 GDPR“, „podlieha GDPR“.
###   $controller  "Clearview AI, Inc." (introduced as „spoločnosť { $controller }“, feminine agreement)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = GDPR
law-short-uk = UK GDPR
# law-full-* are only used as $law_full in intro-*, always in the genitive („čl. 15 { $law_full }“,
# „podľa { $law_full }“).
law-full-eu = nariadenia (EÚ) 2016/679 (všeobecného nariadenia o ochrane údajov, „GDPR“)
law-full-eea = nariadenia (EÚ) 2016/679 (všeobecného nariadenia o ochrane údajov, „GDPR“) v znení začlenenom do Dohody o Európskom hospodárskom priestore
law-full-uk = nariadenia United Kingdom General Data Protection Regulation (všeobecné nariadenie o ochrane údajov Spojeného kráľovstva, „UK GDPR“) v spojení so zákonom Data Protection Act 2018 (zákon o ochrane údajov z roku 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Slovak notation, as in the Slovak text of the Regulation and in decisions of the Úrad na ochranu
# osobných údajov: „čl. 15 ods. 1 písm. h) GDPR“, „čl. 15 ods. 1 a 2“, „čl. 5 ods. 1 písm. b), c) a e)“,
# „čl. 6 ods. 1 písm. e) alebo f)“, „čl. 4 bod 14“. The abbreviations do not show case, so one form
# fits every sentence („podľa čl. 15“, „v súlade s čl. 14“). `.cap`: at the start of a sentence.
# A citation ending in a point letter is followed by „GDPR“ inside brackets, so that the letter's
# bracket does not close a bracket („(čl. 9 ods. 2 písm. a) GDPR)“, not „písm. a))“); the items of
# access-info-* therefore cite „(čl. 15 ods. 1 písm. a) GDPR)“ where English has „(Article 15(1)(a))“.
# Lists (the articles a decision found infringed) repeat „čl.“ before each article, so that
# „čl. 12 ods. 1, 2 a 3, čl. 14 ods. 1 a 2 a čl. 15“ cannot be misread: ref-item-* keep the head.

ref-a = čl. { $art }
    .cap = Čl. { $art }
ref-ap = čl. { $art } ods. { $par }
    .cap = Čl. { $art } ods. { $par }
ref-app = čl. { $art } ods. { $par } písm. { $pt }
    .cap = Čl. { $art } ods. { $par } písm. { $pt }
ref-an = čl. { $art } bod { $num }
    .cap = Čl. { $art } bod { $num }
ref-par = { $par }
ref-point = { $letter })
ref-item-a = čl. { $art }
ref-item-ap = čl. { $art } ods. { $par }
ref-item-app = čl. { $art } ods. { $par } písm. { $pt }
ref-item-an = čl. { $art } bod { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: how this language says "in <country>" for the persons a decision protects.
# The locative with „v“/„vo“ („v Taliansku“, „vo Francúzsku“: „vo“ before „Fr-“, „Šv-“); Slovakia
# takes „na“. Default: the name in the nominative after „štátu“ (apposition, as in „na území štátu
# Izrael“), because CLDR gives no locative.
country-in = { $code ->
    [IT] v Taliansku
    [GR] v Grécku
    [FR] vo Francúzsku
    [NL] v Holandsku
    [AT] v Rakúsku
    [DE] v Nemecku
    [GB] v Spojenom kráľovstve
    [SK] na Slovensku
    [CZ] v Českej republike
    [PL] v Poľsku
    [ES] v Španielsku
    [SE] vo Švédsku
   *[other] na území štátu { $name }
}

## Letter frame

subject-access = Žiadosť o prístup k mojim osobným údajom podľa { REF(15) } { $gdpr }
subject-erasure = Žiadosť o vymazanie mojich osobných údajov podľa { REF(17) } { $gdpr } a námietka podľa { REF(21, par: 1) } { $gdpr }
subject-access-erasure = Žiadosť o prístup podľa { REF(15) } { $gdpr }, o obmedzenie spracúvania podľa { REF(18) } { $gdpr } a o následné vymazanie podľa { REF(17) } { $gdpr }
salutation = Vážené dámy, vážení páni,
# No comma after the closing in Slovak.
closing = S pozdravom
# $reference: the sender's own case or reference number.
our-reference = Moja značka: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("21. novembra 2026").
# The place name is printed as given (nominative), so no „V … dňa“ construction.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count: how many enclosures follow (one: „Príloha:“; more: „Prílohy:“).
enclosures-label = { $count ->
    [one] Príloha:
   *[other] Prílohy:
}
enclosure-photo = Fotografia mojej tváre poskytnutá výlučne na účely mojej identifikácie v súvislosti s touto žiadosťou
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Strana { $page } z { $pages }

## Opening
# The opening paragraph follows „Vážené dámy, vážení páni,“ and starts with a capital letter.

# $law_full: one of law-full-* (genitive, see above).
intro-access = Týmto uplatňujem svoje právo na prístup k osobným údajom podľa { REF(15) } { $law_full }. Žiadam o potvrdenie, či spoločnosť { $controller } spracúva osobné údaje, ktoré sa ma týkajú, a ak je to tak, o prístup k týmto osobným údajom a k informáciám uvedeným nižšie. Túto žiadosť nemusím nijako odôvodňovať.
intro-erasure = Týmto uplatňujem svoje právo na vymazanie podľa { REF(17) } { $law_full }. Žiadam Vás, aby ste bez zbytočného odkladu vymazali všetky osobné údaje, ktoré sa ma týkajú. Zároveň podľa { REF(21, par: 1) } { $gdpr } namietam proti akémukoľvek spracúvaniu osobných údajov, ktoré sa ma týkajú.
intro-access-erasure = Týmto uplatňujem svoje práva podľa { $law_full }: najprv právo na prístup ({ REF(15) } { $gdpr }), potom právo na vymazanie ({ REF(17) } { $gdpr }). O prístup žiadam najprv preto, aby mi ešte pred vymazaním bolo známe, aké údaje o mne uchovávate. Podľa { REF(21, par: 1) } { $gdpr } namietam proti akémukoľvek spracúvaniu osobných údajov, ktoré sa ma týkajú, a až do vymazania Vás žiadam o obmedzenie spracúvania ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

applicability-eu = Spoločnosť { $controller } podlieha { $gdpr }: získava snímky osôb nachádzajúcich sa v Európskej únii a spracúva ich na účely monitorovania ich správania ({ REF(3, par: 2, pt: "b") } { $gdpr }). Dozorné orgány Talianska, Grécka, Francúzska, Rakúska a Holandska na ňu { $gdpr } uplatnili a konštatovali, že jej spracúvanie je nezákonné. Podľa rozhodnutia holandského dozorného orgánu z { $representative_date } nemala určeného zástupcu v Únii ({ REF(27) } { $gdpr }). Túto žiadosť preto adresujem priamo Vám.
applicability-eea = Spoločnosť { $controller } podlieha { $gdpr }: získava snímky osôb nachádzajúcich sa v Európskom hospodárskom priestore a spracúva ich na účely monitorovania ich správania ({ REF(3, par: 2, pt: "b") } { $gdpr }). Dozorné orgány Talianska, Grécka, Francúzska, Rakúska a Holandska na ňu { $gdpr } uplatnili a konštatovali, že jej spracúvanie je nezákonné. Podľa rozhodnutia holandského dozorného orgánu z { $representative_date } nemala určeného zástupcu v Únii ({ REF(27) } { $gdpr }). Túto žiadosť preto adresujem priamo Vám.
applicability-uk = Spoločnosť { $controller } podlieha { $gdpr }. Upper Tribunal v roku 2025 rozhodol, že spracúvanie, ktoré vykonáva, súvisí s monitorovaním správania osôb nachádzajúcich sa v Spojenom kráľovstve ({ REF(3, par: 2, pt: "b") } { $gdpr }). Túto žiadosť adresujem priamo Vám.

## Access (Article 15)
# The access-copy-* and access-info-* items are nominative noun phrases after a colon, as in the
# enumeration of čl. 15 ods. 1 in the Slovak text of the Regulation.

access-heading = Prístup k mojim osobným údajom ({ REF(15) } { $gdpr })
access-copy = Žiadam Vás o poskytnutie kópie všetkých osobných údajov, ktoré sa ma týkajú a ktoré spracúvate ({ REF(15, par: 3) } { $gdpr }), najmä:
access-copy-images = každá snímka, na ktorej sa nachádzam alebo ktorú spájate s mojou osobou, v rozlíšení, v akom ju uchovávate;
access-copy-sources = pri každej snímke adresa (URL) webovej stránky a obrazového súboru, odkiaľ bola získaná, názov stránky a dátum jej získania a poslednej aktualizácie;
access-copy-metadata = všetky metaúdaje uchovávané ku každej snímke vrátane geolokačných a časových údajov;
access-copy-biometrics = biometrické šablóny, vektory alebo hašovacie hodnoty odvodené z mojej tváre a všetky ďalšie údaje, ktoré ste o mne odvodili alebo vyvodili;
access-copy-searches = záznamy o každom vyhľadávaní, vo výsledkoch ktorého sa objavila moja osoba, spolu s dátumom každého vyhľadávania;
access-copy-probe = záznamy o každom vyhľadávaní, pri ktorom zákazník nahral snímku mojej tváre, aby prehľadal Vašu databázu, spolu s touto snímkou, dátumom vyhľadávania a údajom o zákazníkovi, ktorý ho vykonal;
access-copy-recipients = totožnosť každého zákazníka alebo iného príjemcu, ktorému boli poskytnuté výsledky týkajúce sa mojej osoby.
access-info = Žiadam Vás tiež o poskytnutie týchto informácií ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = účely jednotlivých spracovateľských operácií ({ REF(15, par: 1, pt: "a") } { $gdpr }) a pri každom účele právny základ, o ktorý sa opierate a ktorý ste mi aj tak boli povinní oznámiť ({ REF(14, par: 1, pt: "c") } { $gdpr });
access-info-categories = kategórie dotknutých osobných údajov ({ REF(15, par: 1, pt: "b") } { $gdpr });
access-info-recipients = príjemcovia, ktorým boli alebo budú osobné údaje poskytnuté, a to menovite, najmä príjemcovia v tretích krajinách alebo medzinárodné organizácie; uvedenie kategórií príjemcov nestačí, ak ste schopní jednotlivých príjemcov identifikovať ({ REF(15, par: 1, pt: "c") } { $gdpr }; rozsudok Súdneho dvora z 12. januára 2023, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = príjemcovia, ktorým boli alebo budú osobné údaje poskytnuté, a to menovite, najmä príjemcovia v tretích krajinách alebo medzinárodné organizácie; uvedenie kategórií príjemcov nestačí, ak ste schopní jednotlivých príjemcov identifikovať ({ REF(15, par: 1, pt: "c") } { $gdpr });
access-info-retention = doba, počas ktorej budú jednotlivé kategórie osobných údajov uchovávané, alebo, ak to nie je možné, kritériá na jej určenie ({ REF(15, par: 1, pt: "d") } { $gdpr });
access-info-rights = existencia práva požadovať opravu osobných údajov alebo ich vymazanie alebo obmedzenie spracúvania a práva namietať proti takémuto spracúvaniu ({ REF(15, par: 1, pt: "e") } { $gdpr });
access-info-complaint = právo podať sťažnosť dozornému orgánu ({ REF(15, par: 1, pt: "f") } { $gdpr });
access-info-source = všetky dostupné informácie o zdroji osobných údajov: konkrétne webové sídla a stránky, nielen kategórie zdrojov ({ REF(15, par: 1, pt: "g") } { $gdpr });
access-info-automated = existencia automatizovaného rozhodovania vrátane profilovania a zmysluplné informácie o použitom postupe, ako aj o význame a predpokladaných dôsledkoch takéhoto spracúvania pre moju osobu ({ REF(15, par: 1, pt: "h") } { $gdpr });
access-info-transfers = ak sa osobné údaje prenášajú do tretej krajiny alebo medzinárodnej organizácii, primerané záruky podľa { REF(46) } { $gdpr } týkajúce sa prenosu ({ REF(15, par: 2) }).
access-scope = Táto žiadosť sa vzťahuje na všetky osobné údaje, ktoré sa ma týkajú, vo všetkých Vašich systémoch vrátane pseudonymizovaných údajov a údajov, ktoré ste odvodili alebo vyvodili. Nie je obmedzená na posledných dvanásť mesiacov ani na určitý počet žiadostí za rok a nie je podmienená tým, že ju zopakujem: francúzsky dozorný orgán (CNIL) vo svojom rozhodnutí { $reference } z { $date } konštatoval, že takéto obmedzenia uplatňované spoločnosťou { $controller } sú nezákonné.
access-role = Pri každej spracovateľskej operácii mi ďalej uveďte, či ju vykonávate ako prevádzkovateľ, alebo ako sprostredkovateľ v mene zákazníka, a v takom prípade v mene koho ({ REF(4, num: 7) } a { REF(4, num: 8) } { $gdpr }).
# United Kingdom letters only: čl. 15 ods. 1A UK GDPR (written out: REF cannot write "1A").
access-search-uk = Mám právo na osobné údaje a informácie, ktoré môžete poskytnúť na základe primeraného a proporcionálneho vyhľadania (čl. 15 ods. 1A { $gdpr }). Vaša databáza je vytvorená na vyhľadávanie podľa tváre: prehľadanie databázy pomocou mojej tváre a prehľadanie záznamov o vyhľadávaniach, vo výsledkoch ktorých sa objavila moja osoba alebo pri ktorých bola nahraná moja tvár, je primerané a proporcionálne bez ohľadu na ich objem.
access-format = Žiadam Vás o bezplatné poskytnutie kópie ({ REF(12, par: 5) } a { REF(15, par: 3) } { $gdpr }), a to v jasne a jednoducho formulovanej podobe ({ REF(12, par: 1) } { $gdpr }) a, ak budete odpovedať elektronicky, v bežne používanej elektronickej podobe ({ REF(15, par: 3) } { $gdpr }).

## Erasure (Article 17)

erasure-heading = Vymazanie mojich osobných údajov ({ REF(17) } { $gdpr })
erasure-after-access = Len čo mi poskytnete kópiu a vyššie požadované informácie, vymažte, prosím, bez zbytočného odkladu všetky osobné údaje, ktoré sa ma týkajú ({ REF(17, par: 1) } { $gdpr }).
# The erasure-scope-* items are accusative objects of „vzťahovať sa na“.
erasure-scope = Vymazanie sa musí vzťahovať na:
erasure-scope-images = každú moju snímku a každú jej kópiu;
erasure-scope-biometrics = biometrické šablóny, vektory a hašovacie hodnoty odvodené z mojej tváre;
erasure-scope-metadata = metaúdaje a zdrojové adresy (URL) spojené s týmito snímkami;
erasure-scope-searches = výsledky vyhľadávania, záznamy (logy) o vyhľadávaní a väzby, ktoré sa ma týkajú;
erasure-scope-backups = všetky kópie v zálohách, v archívoch a v systémoch Vašich sprostredkovateľov.
erasure-grounds = Sú splnené tieto dôvody na vymazanie:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: osobné údaje sa spracúvali nezákonne. Nemáte žiadny právny základ podľa { REF(6, par: 1) } { $gdpr }. Biometrické údaje ({ REF(4, num: 14) } { $gdpr }) spracúvané na účely individuálnej identifikácie fyzickej osoby patria medzi osobitné kategórie osobných údajov, ktorých spracúvanie { REF(9, par: 1) } { $gdpr } zakazuje. Neuplatňuje sa žiadna z výnimiek podľa { REF(9, par: 2) }: výslovný súhlas so spracúvaním mojich biometrických údajov vo Vašej databáze odo mňa vyjadrený nebol ({ REF(9, par: 2, pt: "a") } { $gdpr }) a snímky, ktoré možno nájsť na internete, neboli mnou preukázateľne zverejnené na účely biometrického spracúvania ({ REF(9, par: 2, pt: "e") } { $gdpr }).
# United Kingdom letters: čl. 9 read with Schedule 1 to the Data Protection Act 2018 („v spojení s“).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: osobné údaje sa spracúvali nezákonne. Nemáte žiadny právny základ podľa { REF(6, par: 1) } { $gdpr }. Biometrické údaje ({ REF(4, num: 14) } { $gdpr }) spracúvané na účely individuálnej identifikácie fyzickej osoby patria medzi osobitné kategórie osobných údajov, ktorých spracúvanie { REF(9, par: 1) } { $gdpr } zakazuje. Neuplatňuje sa žiadna z výnimiek podľa { REF(9, par: 2) } { $gdpr } v spojení s prílohou 1 (Schedule 1) zákona Data Protection Act 2018: výslovný súhlas so spracúvaním mojich biometrických údajov vo Vašej databáze odo mňa vyjadrený nebol ({ REF(9, par: 2, pt: "a") } { $gdpr }) a snímky, ktoré možno nájsť na internete, neboli mnou preukázateľne zverejnené na účely biometrického spracúvania ({ REF(9, par: 2, pt: "e") } { $gdpr }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "cap") } { $gdpr }: podľa { REF(21, par: 1) } { $gdpr } namietam proti spracúvaniu z dôvodov týkajúcich sa mojej konkrétnej situácie: moja tvár je trvalý identifikátor, ktorý nemôžem zmeniť, a jej prítomnosť vo Vašej databáze umožňuje ktorémukoľvek z Vašich zákazníkov identifikovať ma na základe akejkoľvek fotografie bez ohľadu na to, kde a kedy bola vyhotovená.
# The person's own description of their particular situation, in Slovak quotation marks „…“.
erasure-ground-objection-own = Vlastnými slovami: „{ $grounds }“
# Čl. 21 ods. 1: „pokiaľ nepreukáže nevyhnutné oprávnené dôvody na spracúvanie, ktoré prevažujú
# nad záujmami, právami a slobodami dotknutej osoby“.
erasure-ground-objection-burden = Spracúvanie preto musíte ukončiť, pokiaľ nepreukážete nevyhnutné oprávnené dôvody na spracúvanie, ktoré prevažujú nad mojimi záujmami, právami a slobodami, alebo dôvody na preukazovanie, uplatňovanie alebo obhajovanie právnych nárokov ({ REF(21, par: 1) } { $gdpr }). Pokiaľ sa opierate o { REF(6, par: 1, pt: "e f", conj: "or") } { $gdpr }, žiadne takéto dôvody neexistujú: Váš obchodný záujem na predaji vyhľadávaní podľa mojej tváre takýmto dôvodom nie je.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "cap") } { $gdpr }: pokiaľ sa opierate o súhlas, odvolávam ho.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country. Its name is in its own language and cannot be declined: it stands in parentheses after
# „dozorný orgán“. $in_country: „v Taliansku“, from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "cap") } { $gdpr }, nad rámec vyššie uvedených dôvodov: dozorný orgán ({ $authority }) Vám nariadil vymazať osobné údaje osôb nachádzajúcich sa { $in_country }. Podľa môjho názoru je preto vymazanie potrebné aj na splnenie zákonnej povinnosti, ktorá sa na Vás vzťahuje.
erasure-exceptions = Neuplatňuje sa žiadna z výnimiek podľa { REF(17, par: 3) } { $gdpr }: spracúvanie nie je potrebné na uplatnenie práva na slobodu prejavu a na informácie, na splnenie zákonnej povinnosti, na splnenie úlohy realizovanej vo verejnom záujme alebo pri výkone verejnej moci, z dôvodov verejného záujmu v oblasti verejného zdravia, na účely archivácie vo verejnom záujme, na účely vedeckého alebo historického výskumu ani na štatistické účely, ani na preukazovanie, uplatňovanie alebo obhajovanie právnych nárokov. Ak sa odvolávate na niektorú výnimku, oznámte mi, na ktorú a z akého dôvodu ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Až do vymazania obmedzte spracúvanie mojich osobných údajov ({ REF(18, par: 1, pt: "d") } { $gdpr }, kým overujete moju námietku): najmä ma okamžite prestaňte zobrazovať vo výsledkoch vyhľadávania.
erasure-recipients = Oznámte vymazanie každému príjemcovi, ktorému boli moje osobné údaje poskytnuté, vrátane každého zákazníka, ktorý dostal moje snímky vo výsledkoch vyhľadávania ({ REF(19) } { $gdpr }), a oznámte mi, kto sú títo príjemcovia. Ak ste moje osobné údaje zverejnili, prijmite primerané opatrenia, aby ste informovali prevádzkovateľov, ktorí tieto údaje spracúvajú, že žiadam o vymazanie všetkých odkazov na tieto údaje alebo ich kópií ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Oznámte mi, čo urobíte pre to, aby moje osobné údaje neboli znovu získané. Ak uchovávate akýkoľvek záznam, ktorý má zabrániť ich získavaniu v budúcnosti, oznámte mi presne, čo obsahuje a na akom právnom základe ho uchovávate.
erasure-confirmation = Vymazanie mi, prosím, písomne potvrďte a uveďte, čo ste vymazali, vrátane kópií v zálohách a odvodených šablón.
erasure-free = Vybavenie mojej žiadosti o vymazanie vrátane oznámení príjemcom a potvrdenia vymazania je bezplatné ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Obmedzenie spracúvania až do vymazania ({ REF(18) } { $gdpr })
restriction-body = Od doručenia tohto listu až do vymazania obmedzte spracúvanie mojich osobných údajov ({ REF(18, par: 1, pt: "d") } { $gdpr }, kým overujete moju námietku podľa { REF(21, par: 1) } { $gdpr }): údaje uchovávajte, ale nepoužívajte ich na žiadny iný účel ako na vybavenie tejto žiadosti. Najmä ma okamžite prestaňte zobrazovať vo výsledkoch vyhľadávania.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikácia
identification-no-photo = Údaje uvedené v tomto liste na jeho vybavenie postačujú. Ak máte opodstatnené pochybnosti o mojej totožnosti, oznámte mi, aké dodatočné informácie sú nevyhnutne potrebné ({ REF(12, par: 6) } { $gdpr }). Ak je možné vo Vašom systéme vyhľadávať len pomocou fotografie mojej tváre, oznámte mi to; v takom prípade Vám ju poskytnem výlučne na účely tejto žiadosti.
identification-photo = Prikladám fotografiu svojej tváre výlučne na to, aby ste mohli vyhľadať osobné údaje, ktoré sa ma týkajú ({ REF(11, par: 2) } a { REF(12, par: 6) } { $gdpr }). Vyjadrujem výslovný súhlas ({ REF(9, par: 2, pt: "a") } { $gdpr }) s jedným vyhľadaním vo Vašej databáze pomocou biometrickej šablóny vytvorenej z tejto fotografie, a to výlučne na účely tejto žiadosti. S iným použitím nesúhlasím: fotografiu ani šablónu nepridávajte do svojej databázy a nesprístupňujte ich. Svoj súhlas odvolávam k okamihu, keď túto žiadosť vybavíte ({ REF(7, par: 3) } { $gdpr }): potom vymažte fotografiu, šablónu aj výsledky vyhľadávania vykonaného ich pomocou a vymazanie mi potvrďte ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
identification-id-document = Kópiu dokladu totožnosti nezašlem, pokiaľ nepreukážete, že je to nevyhnutne potrebné. Každú takúto kópiu je potrebné ihneď po overení vymazať (Európsky výbor pre ochranu údajov, Usmernenia 01/2022 k právam dotknutých osôb – právo na prístup, body 74, 76 a 79).
# United Kingdom letters: the ICO's guidance, its title kept in English.
identification-id-document-uk = Kópiu dokladu totožnosti nezašlem, pokiaľ nepreukážete, že je to potrebné: smiete požadovať len také informácie, ktoré sú primerané a proporcionálne na overenie mojej totožnosti (Information Commissioner's Office, usmernenie „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Lehota a forma Vašej odpovede
deadline-access = Odpovedzte, prosím, bez zbytočného odkladu, najneskôr však do jedného mesiaca od doručenia tejto žiadosti ({ REF(12, par: 3) } { $gdpr }). Túto lehotu môžete predĺžiť najviac o ďalšie dva mesiace, a to len v prípade potreby, pričom sa zohľadní komplexnosť žiadosti a počet žiadostí; o predĺžení ma potom musíte informovať do jedného mesiaca od doručenia žiadosti spolu s dôvodmi zmeškania lehoty. Ak neprijmete opatrenia na základe mojej žiadosti, musíte ma do jedného mesiaca informovať o dôvodoch a o mojom práve podať sťažnosť dozornému orgánu a uplatniť súdny prostriedok nápravy ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Prijmite, prosím, opatrenia na základe mojej žiadosti bez zbytočného odkladu, najneskôr však do jedného mesiaca od jej doručenia ({ REF(12, par: 3) } { $gdpr }). Túto lehotu môžete predĺžiť najviac o ďalšie dva mesiace, a to len v prípade potreby, pričom sa zohľadní komplexnosť žiadosti a počet žiadostí; o predĺžení ma potom musíte informovať do jedného mesiaca od doručenia žiadosti spolu s dôvodmi zmeškania lehoty. Ak neprijmete opatrenia na základe mojej žiadosti, musíte ma do jedného mesiaca informovať o dôvodoch a o mojom práve podať sťažnosť dozornému orgánu a uplatniť súdny prostriedok nápravy ({ REF(12, par: 4) } { $gdpr }).
# United Kingdom letters: the "applicable time period" of čl. 12A UK GDPR (written out).
deadline-access-uk = Odpovedzte, prosím, bez zbytočného odkladu, najneskôr však pred uplynutím uplatniteľnej lehoty (applicable time period), teda do jedného mesiaca od doručenia tejto žiadosti (čl. 12A { $gdpr }). Túto lehotu môžete predĺžiť najviac o ďalšie dva mesiace, a to len vtedy, ak je to potrebné z dôvodu komplexnosti alebo počtu žiadostí; v takom prípade mi to musíte oznámiť v priebehu tohto mesiaca a uviesť dôvody. Ak odo mňa dôvodne potrebujete ďalšie informácie na určenie informácií alebo spracúvania, ktorých sa moja žiadosť týka, vyžiadajte si ich bezodkladne: lehota sa pozastavuje len do mojej odpovede. Ak neprijmete opatrenia na základe mojej žiadosti, musíte ma v tejto lehote informovať o dôvodoch a o mojom práve podať sťažnosť Information Commissioner a uplatniť súdny prostriedok nápravy ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Prijmite, prosím, opatrenia na základe mojej žiadosti bez zbytočného odkladu, najneskôr však pred uplynutím uplatniteľnej lehoty (applicable time period), teda do jedného mesiaca od doručenia tejto žiadosti (čl. 12A { $gdpr }). Túto lehotu môžete predĺžiť najviac o ďalšie dva mesiace, a to len vtedy, ak je to potrebné z dôvodu komplexnosti alebo počtu žiadostí; v takom prípade mi to musíte oznámiť v priebehu tohto mesiaca a uviesť dôvody. Ak neprijmete opatrenia na základe mojej žiadosti, musíte ma v tejto lehote informovať o dôvodoch a o mojom práve podať sťažnosť Information Commissioner a uplatniť súdny prostriedok nápravy ({ REF(12, par: 4) } { $gdpr }).
no-formalities = Svoju odpoveď nesmiete podmieňovať použitím konkrétneho formulára, webového portálu alebo spôsobu doručenia (Európsky výbor pre ochranu údajov, Usmernenia 01/2022 k právam dotknutých osôb – právo na prístup, body 50 až 53).
# United Kingdom letters: the ICO's guidance, its title kept in English.
no-formalities-uk = Svoju odpoveď nesmiete podmieňovať použitím konkrétneho formulára, webového portálu alebo spôsobu doručenia: žiadosť možno podať v akejkoľvek forme, ústne aj písomne (Information Commissioner's Office, usmernenie „Right of access“).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Odpoveď mi, prosím, zašlite na vyššie uvedenú adresu.
reply-to-both = Odpoveď mi, prosím, zašlite na vyššie uvedenú poštovú alebo e-mailovú adresu.
reply-to-email = Odpoveď mi, prosím, zašlite na vyššie uvedenú e-mailovú adresu.

## Decisions against Clearview

decisions-heading = Rozhodnutia proti spoločnosti { $controller }
decisions-own = V štáte, v ktorom bývam, boli vydané tieto rozhodnutia:
decisions-other = Dozorné orgány iných štátov konštatovali, že rovnaké spracúvanie zo strany spoločnosti { $controller } je nezákonné. Odvolávam sa na ich rozhodnutia:
# One decision. $authority: name of the authority or court (in its own language, indeclinable);
# $country: its country (CLDR, nominative, e.g. "Taliansko"); $act: one of decision-kind-* with the
# reference; $date: its date ("10. februára 2022"). facerights adds a full stop after the citation.
decision-citation = { $authority } ({ $country }), { $act } z { $date }
# The Garante's ordinanza ingiunzione imposes a fine and orders: in Slovak terms a decision imposing
# a fine, with the Italian name kept for identification.
decision-kind-injunction-order = rozhodnutie o uložení pokuty (ordinanza ingiunzione) č. { $reference }
decision-kind-decision = rozhodnutie { $reference }
# The CNIL President's mise en demeure: a call to remedy the infringements within a time limit.
decision-kind-formal-notice = výzva na nápravu (mise en demeure) { $reference }
# The CNIL's act is a délibération of its restricted committee (formation restreinte), the body
# that imposes sanctions.
decision-kind-sanction = rozhodnutie sankčného výboru (délibération de la formation restreinte) { $reference }
decision-kind-penalty-liquidation = rozhodnutie { $reference } (vyčíslenie penále)
decision-kind-fines-and-penalty-orders = rozhodnutie o pokutách a príkazoch pod hrozbou penále
# The Austrian DSB's act: an administrative decision (Bescheid).
decision-kind-bescheid = rozhodnutie (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the decision aside and remitting the
# case (§ 28 ods. 3 VwGVG): an „uznesenie“ (Beschluss), not a judgment („rozsudok“).
decision-kind-remittal-order = uznesenie (Beschluss) { $reference }
# A UK tribunal's decision.
decision-kind-tribunal-decision = rozhodnutie { $reference }
decision-kind-letter = list
decision-kind-enforcement-and-penalty-notices = príkaz na nápravu (enforcement notice) a rozhodnutie o uložení peňažnej sankcie (monetary penalty notice)
# The following sentences come after decision-citation in any combination. They are impersonal
# (passive), because the deciding body may be an authority or a court of any gender.
# $articles: the provisions found infringed, written with ref-list, each with „čl.“
# („čl. 5 ods. 1 písm. a), čl. 6 a čl. 9“).
decision-articles = Bolo konštatované porušenie { $articles } { $gdpr }.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Bola uložená pokuta vo výške { $amount }.
# The UK's statutory term (section 155 DPA 2018): „peňažná sankcia“ with the English term, not
# „pokuta“.
decision-monetary-penalty = Bola uložená peňažná sankcia (monetary penalty) vo výške { $amount }.
decision-fines-total = Boli uložené pokuty v celkovej výške { $amount }.
decision-penalty-per-day = Okrem toho bolo uložené penále vo výške { $amount } za každý deň omeškania.
decision-penalty-max = Okrem toho boli vydané príkazy pod hrozbou penále v celkovej výške až { $amount }.
decision-penalty-liquidated = Spoločnosti { $controller } bolo uložené zaplatiť { $amount }, pretože príkaz nesplnila včas.
decision-orders = Spoločnosti { $controller } bolo nariadené, aby:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it ends with „aby:“, so the same order-* items follow it.
decision-requests = Spoločnosť { $controller } bola vyzvaná, aby:
# Why the ICO's notices are not final („akty“, as in outcome-ftt-no-jurisdiction).
not-final-remitted-appeal = Tieto akty nie sú právoplatné: Upper Tribunal vrátil odvolanie spoločnosti Clearview proti nim na nové prejednanie First-tier Tribunal.
# Orders are list items completing „Spoločnosti … bolo nariadené, aby:“ (decision-orders) or
# „Spoločnosť … bola vyzvaná, aby:“ (decision-requests): each starts with a past-tense verb in the
# feminine singular (agreeing with „spoločnosť“). End each with ";" — facerights replaces the
# separator of the last item with a full stop.
# $in_country: „v Taliansku“, from country-in.
order-ban-collection-territory = ukončila získavanie snímok a iných osobných údajov osôb nachádzajúcich sa { $in_country } a spracúvanie ich biometrických údajov;
order-ban-collection-processing-territory = ukončila získavanie snímok a metaúdajov osôb nachádzajúcich sa { $in_country } metódou web scrapingu a akékoľvek ďalšie spracúvanie ich osobných údajov, bežných aj biometrických;
order-erase-territory = vymazala osobné údaje osôb nachádzajúcich sa { $in_country };
order-erase-territory-after-access = vymazala osobné údaje osôb nachádzajúcich sa { $in_country }, a to po vybavení už doručených žiadostí o prístup;
order-stop-processing-territory = ukončila bez právneho základu vykonávané získavanie a spracúvanie osobných údajov osôb nachádzajúcich sa { $in_country };
order-facilitate-rights = uľahčila uplatňovanie práv dotknutých osôb a vybavila žiadosť sťažovateľa o prístup;
order-answer-complainant-access = vybavila žiadosť sťažovateľa o prístup;
order-grant-complainant-erasure = vyhovela žiadosti sťažovateľa o vymazanie;
order-appoint-representative = určila zástupcu v Únii ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = ukončila spracúvanie osobných údajov osôb nachádzajúcich sa { $in_country } a odstránila nezákonne získané údaje;
order-give-art14-information = informovala dotknuté osoby v súlade s { REF(14) } { $gdpr };
order-stop-refusing-access = upustila od praxe nevybavovania žiadostí o prístup;
order-erase-complainant = vymazala osobné údaje sťažovateľa;
order-erase-complainant-biometric = vymazala biometrické hašovacie hodnoty sťažovateľa;
order-stop-obtaining-uk = prestala získavať a používať osobné údaje obyvateľov Spojeného kráľovstva, ktoré sú verejne dostupné na internete;
order-erase-uk = vymazala zo svojich systémov osobné údaje obyvateľov Spojeného kráľovstva;
outcome-reconsider-ban = Súd rozhodol, že úrad musí opätovne posúdiť svoje rozhodnutie spracúvanie nezakázať a že zákaz je jediným vhodným opatrením; vec vrátil úradu na ďalšie konanie.
outcome-ftt-no-jurisdiction = Tribunál vyhovel odvolaniu spoločnosti Clearview a rozhodol, že Information Commissioner nebol príslušný na vydanie týchto aktov.
outcome-ut-ico-appeal-allowed = Tribunál vyhovel odvolaniu, ktoré podal Information Commissioner: spracúvanie súvisí s monitorovaním správania osôb nachádzajúcich sa v Spojenom kráľovstve a skutočnosť, že zákazníkmi spoločnosti Clearview sú zahraničné verejné subjekty, toto spracúvanie nevyníma z pôsobnosti { $gdpr }.
outcome-remitted-ftt = Odvolanie spoločnosti Clearview proti týmto aktom vrátil na nové prejednanie First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with „a“:
# nominative noun phrases, e.g. „pokuta vo výške 20 000 000 €, zákaz ďalšieho získavania a …“.
summary-fine = pokuta vo výške { $amount }
summary-monetary-penalty = neprávoplatná peňažná sankcia (monetary penalty) vo výške { $amount }
summary-erasure = príkaz na vymazanie osobných údajov osôb nachádzajúcich sa { $in_country }
summary-ban = zákaz ďalšieho získavania
summary-access = príkaz upustiť od odmietania vybavovať žiadosti o prístup
summary-complainant-access = príkaz vybaviť žiadosť sťažovateľa o prístup
summary-erase-complainant = príkaz na vymazanie osobných údajov sťažovateľa
summary-representative = príkaz určiť zástupcu v Únii
summary-no-fine = žiadna pokuta
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, indeclinable, hence
# after a colon); $address: its postal address on one line.
remedies = Ak v stanovenej lehote neodpoviete úplne, podám sťažnosť príslušnému dozornému orgánu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhradzujem si právo začať proti Vám konanie na súdoch členského štátu, v ktorom mám obvyklý pobyt ({ REF(79, par: 2) } { $gdpr }), a domáhať sa náhrady škody ({ REF(82) } { $gdpr }).
# EEA letters: čl. 79 ods. 2 speaks of Member States; for Iceland, Liechtenstein and Norway: „štátu“.
remedies-eea = Ak v stanovenej lehote neodpoviete úplne, podám sťažnosť príslušnému dozornému orgánu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhradzujem si právo začať proti Vám konanie na súdoch štátu, v ktorom mám obvyklý pobyt ({ REF(79, par: 2) } { $gdpr }), a domáhať sa náhrady škody ({ REF(82) } { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19 ods. 2 BDSG, cited in the
# Slovak manner of a German statute).
remedies-land-of-residence = Ak v stanovenej lehote neodpoviete úplne, podám sťažnosť dozornému orgánu pre ochranu údajov tej nemeckej spolkovej krajiny, v ktorej bývam ({ REF(77) } { $gdpr }; § 19 ods. 2 nemeckého spolkového zákona o ochrane údajov, BDSG). Vyhradzujem si právo začať proti Vám konanie na súdoch členského štátu, v ktorom mám obvyklý pobyt ({ REF(79, par: 2) } { $gdpr }), a domáhať sa náhrady škody ({ REF(82) } { $gdpr }).
# United Kingdom letters: UK statutes keep their English names („zákon Data Protection Act 2018“);
# a section of a UK Act is „oddiel“. $authority is nominative after the colon.
remedies-uk = Ste povinní uľahčiť podávanie sťažností, ktoré sa týkajú spracúvania mojich osobných údajov, priamo Vám (oddiel 164A zákona Data Protection Act 2018). Ak neodpoviete úplne pred uplynutím uplatniteľnej lehoty, podám Vám sťažnosť podľa tohto oddielu, a ak sa tým vec nevyrieši, podám sťažnosť dozornému orgánu ({ REF(77) } { $gdpr }): { $authority } (alebo jeho nástupca, Information Commission), { $address }. Vyhradzujem si právo navrhnúť súdu vydanie príkazu na splnenie povinností (compliance order, oddiel 167 zákona Data Protection Act 2018) a domáhať sa náhrady škody ({ REF(82) } { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. request-name-* is in the genitive („mojej žiadosti …“), so every
## sentence that uses it is built around that case („urgencia vybavenia“, „kópia“, „týka sa“).

request-name-access = mojej žiadosti o prístup podľa { REF(15) } { $gdpr }
request-name-erasure = mojej žiadosti o vymazanie podľa { REF(17) } { $gdpr } spojenej s námietkou podľa { REF(21, par: 1) } { $gdpr }
request-name-access-erasure = mojej žiadosti o prístup podľa { REF(15) } { $gdpr }, o obmedzenie spracúvania podľa { REF(18) } { $gdpr } a o následné vymazanie podľa { REF(17) } { $gdpr }

## Reminder to Clearview („urgencia“)

subject-reminder = Urgencia vybavenia { $request }, ktorú ste dostali dňa { $received }
reminder-facts = V prílohe je kópia { $request }, ktorú ste dostali dňa { $received }. Lehota na Vašu odpoveď uplynula dňa { $ends }, alebo, ak tento deň pripadol na sviatok, v najbližší nasledujúci pracovný deň ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = V prílohe je kópia { $request }, ktorú ste dostali dňa { $received }. Uplatniteľná lehota (applicable time period) na Vašu odpoveď uplynula dňa { $ends }, alebo, ak tento deň pripadol na sviatok v Spojenom kráľovstve (bank holiday), v najbližší nasledujúci pracovný deň (čl. 12A { $gdpr }).
reminder-no-reply = Doteraz mi od Vás nebola doručená žiadna odpoveď ani informácia o predĺžení lehoty alebo o dôvodoch, pre ktoré ste na základe mojej žiadosti neprijali opatrenia ({ REF(12, par: "3 4") } { $gdpr }).
reminder-incomplete = Vaša odpoveď je neúplná: neobsahuje všetko, o čo žiadam, a neuviedli ste dôvody, pre ktoré ste niečo vynechali ({ REF(12, par: 4) } { $gdpr }).
reminder-demand = Porušujete tým { $gdpr }. Vyzývam Vás, aby ste mojej žiadosti vyhoveli v plnom rozsahu bez ďalšieho odkladu, najneskôr však do { $grace }.
reminder-remedies = Ak tak neurobíte, podám bez ďalšieho upozornenia sťažnosť dozornému orgánu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhradzujem si právo začať proti Vám konanie na súdoch členského štátu, v ktorom mám obvyklý pobyt ({ REF(79, par: 2) } { $gdpr }), a domáhať sa náhrady akejkoľvek škody, ktorá mi bola spôsobená ({ REF(82) } { $gdpr }).
reminder-remedies-eea = Ak tak neurobíte, podám bez ďalšieho upozornenia sťažnosť dozornému orgánu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhradzujem si právo začať proti Vám konanie na súdoch štátu, v ktorom mám obvyklý pobyt ({ REF(79, par: 2) } { $gdpr }), a domáhať sa náhrady akejkoľvek škody, ktorá mi bola spôsobená ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = Ak tak neurobíte, podám bez ďalšieho upozornenia sťažnosť dozornému orgánu pre ochranu údajov tej nemeckej spolkovej krajiny, v ktorej bývam ({ REF(77) } { $gdpr }; § 19 ods. 2 nemeckého spolkového zákona o ochrane údajov, BDSG). Vyhradzujem si právo začať proti Vám konanie na súdoch členského štátu, v ktorom mám obvyklý pobyt ({ REF(79, par: 2) } { $gdpr }), a domáhať sa náhrady akejkoľvek škody, ktorá mi bola spôsobená ({ REF(82) } { $gdpr }).
reminder-remedies-uk = Tento list je zároveň mojou sťažnosťou podanou Vám podľa oddielu 164A zákona Data Protection Act 2018: potvrďte, prosím, jej prijatie do 30 dní od jej doručenia a bez zbytočného odkladu mi oznámte, ako bola vybavená. Ak mojej žiadosti nevyhoviete, podám sťažnosť dozornému orgánu ({ REF(77) } { $gdpr }): { $authority } (alebo jeho nástupca, Information Commission), { $address }. Vyhradzujem si právo navrhnúť súdu vydanie príkazu na splnenie povinností (compliance order, oddiel 167 zákona Data Protection Act 2018) a domáhať sa náhrady škody ({ REF(82) } { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Kópia { $request }, doručenej dňa { $received }
enclosure-proof = Doklad o odoslaní a, ak je k dispozícii, o doručení
enclosure-reply = Kópia odpovede spoločnosti { $controller }
enclosure-reminder = Kópia mojej urgencie zo dňa { $reminded }

## Complaint to the supervisory authority (formal register towards a public authority; the
## requests are addressed to „dozorný orgán“ in the third person).

subject-complaint = Sťažnosť podľa { REF(77) } { $gdpr } proti spoločnosti { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Vážené dámy, vážení páni,
complaint-intro = Týmto podávam sťažnosť podľa { REF(77) } { $gdpr } proti spoločnosti { $controller }, { $controller_address }. Sťažnosť sa týka { $request }, ktorú spoločnosť { $controller } dostala dňa { $received }; jej kópiu prikladám.
complaint-no-reply = Spoločnosť { $controller } na moju žiadosť neodpovedala, hoci lehota na odpoveď uplynula dňa { $ends }, alebo, ak tento deň pripadol na sviatok, v najbližší nasledujúci pracovný deň ({ REF(12, par: 3) } { $gdpr }). Neinformovala ma ani o predĺžení lehoty, ani o dôvodoch, pre ktoré neprijala opatrenia ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = Spoločnosť { $controller } na moju žiadosť neodpovedala, hoci uplatniteľná lehota (applicable time period) na odpoveď uplynula dňa { $ends }, alebo, ak tento deň pripadol na sviatok v Spojenom kráľovstve (bank holiday), v najbližší nasledujúci pracovný deň (čl. 12A { $gdpr }). Neinformovala ma ani o predĺžení lehoty, ani o dôvodoch, pre ktoré neprijala opatrenia ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = Spoločnosť { $controller } síce odpovedala, jej odpoveď je však neúplná: neobsahuje všetko, o čo žiadam, a neuvádza dôvody, pre ktoré v nej niečo chýba. Lehota na úplnú odpoveď uplynula dňa { $ends }, alebo, ak tento deň pripadol na sviatok, v najbližší nasledujúci pracovný deň ({ REF(12, par: 3) } { $gdpr }). Kópiu odpovede prikladám.
complaint-incomplete-uk = Spoločnosť { $controller } síce odpovedala, jej odpoveď je však neúplná: neobsahuje všetko, o čo žiadam, a neuvádza dôvody, pre ktoré v nej niečo chýba. Uplatniteľná lehota (applicable time period) na úplnú odpoveď uplynula dňa { $ends }, alebo, ak tento deň pripadol na sviatok v Spojenom kráľovstve (bank holiday), v najbližší nasledujúci pracovný deň (čl. 12A { $gdpr }). Kópiu odpovede prikladám.
complaint-refused = Spoločnosť { $controller } odmietla na základe mojej žiadosti prijať opatrenia. Kópiu jej odpovede prikladám.
complaint-identity-demanded = Spoločnosť { $controller } podmienila svoju odpoveď identifikáciou, ktorú moja žiadosť nevyžadovala, napríklad kópiou dokladu totožnosti. Kópiu jej odpovede prikladám.
complaint-reminded = Dňa { $reminded } bola spoločnosti { $controller } zaslaná moja urgencia; spoločnosť však ani potom mojej žiadosti nevyhovela. Kópiu urgencie prikladám.
complaint-reminded-uk = Dňa { $reminded } bola spoločnosti { $controller } podaná moja sťažnosť podľa oddielu 164A zákona Data Protection Act 2018; vec nebola vyriešená. Kópiu tejto sťažnosti prikladám.
complaint-infringements = Spoločnosť { $controller } tým podľa môjho názoru porušila najmä:
infringement-time-limit = { REF(12, par: 3) } { $gdpr }, pretože na základe mojej žiadosti neprijala opatrenia v stanovenej lehote;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4") } { $gdpr }, pretože na základe mojej žiadosti neprijala v stanovenej lehote opatrenia v plnom rozsahu a neuviedla dôvody, pre ktoré niečo vynechala;
infringement-incomplete-uk = { REF(12, par: "3 4") } { $gdpr } v spojení s čl. 12A { $gdpr }, pretože na základe mojej žiadosti neprijala v uplatniteľnej lehote opatrenia v plnom rozsahu a neuviedla dôvody, pre ktoré niečo vynechala;
infringement-time-limit-uk = { REF(12, par: 3) } { $gdpr } v spojení s čl. 12A { $gdpr }, pretože na základe mojej žiadosti neprijala opatrenia v uplatniteľnej lehote;
infringement-no-reasons = { REF(12, par: 4) } { $gdpr }, pretože ma neinformovala o dôvodoch, pre ktoré neprijala opatrenia, ani o mojom práve podať sťažnosť dozornému orgánu;
infringement-access = { REF(15) } { $gdpr }, pretože mi neposkytla prístup k mojim osobným údajom ani informácie o ich spracúvaní;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { REF(18, par: 1, pt: "d") } a { REF(21, par: 1) } { $gdpr }, pretože spracúvanie mojich osobných údajov ani neobmedzila, ani ho po vznesení mojej námietky neukončila;
infringement-erasure = { REF(17, par: 1) } a { REF(21, par: 1) } { $gdpr }, pretože moje osobné údaje nevymazala a ich spracúvanie neukončila, hoci sú dané dôvody na vymazanie a bola vznesená moja námietka;
infringement-identification = { REF(12, par: 2) } a { REF(12, par: 6) } { $gdpr }, pretože uplatnenie mojich práv podmienila identifikáciou, ktorá nie je nevyhnutná, a { REF(5, par: 1, pt: "c") } { $gdpr }, pretože požaduje viac osobných údajov, ako potrebuje;
infringement-refusal = { REF(12, par: 4) } { $gdpr }, pretože odmietla na základe mojej žiadosti prijať opatrenia bez dôvodu, ktorý { $gdpr } uznáva, a { REF(12, par: 2) } { $gdpr }, v rozsahu, v akom sa odvoláva na to, že ma nie je schopná identifikovať;
complaint-decisions = Dozorné orgány už voči spoločnosti { $controller } vydali tieto rozhodnutia:
complaint-requests = Žiadam preto, aby dozorný orgán:
complaint-ask-handle = sa mojou sťažnosťou zaoberal a prešetril jej predmet ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = nariadil spoločnosti { $controller }, aby mojej žiadosti vyhovela ({ REF(58, par: 2, pt: "c") } { $gdpr }), a využil svoje ďalšie nápravné právomoci ({ REF(58, par: 2) } a { REF(83) } { $gdpr });
complaint-ask-inform = ma informoval o postupe a výsledku vybavovania sťažnosti ({ REF(77, par: 2) } { $gdpr }).
complaint-ask-inform-uk = ma informoval o postupe a výsledku vybavovania sťažnosti (oddiel 165 zákona Data Protection Act 2018).
complaint-consent-share = Súhlasím s tým, aby dozorný orgán túto sťažnosť vrátane môjho mena postúpil spoločnosti { $controller } na účely jej vybavenia.
