### facerights — besedilo dopisa, slovenščina (sl).
###
### Translated from locales/en/letter.ftl. Legal terms follow the official Slovenian language version
### of Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „posameznik, na katerega se nanašajo
### osebni podatki“, „upravljavec“, „obdelovalec“, „uporabnik“ (= recipient, 9. točka 4. člena),
### „nadzorni organ“, „brez nepotrebnega odlašanja“, „omejitev obdelave“, „nujni legitimni razlogi“
### (prvi odstavek 21. člena), „posebne vrste osebnih podatkov“, „ustrezni zaščitni ukrepi“, „oblikovanje profilov“…
### Formal register (vi, vas, vam, vaš — lower case, as in Slovenian official correspondence); the
### author writes in the first person singular. Slovenian past tense, future (bom + participle) and
### conditional agree with the speaker's gender, which is unknown: the author never uses them about
### himself or herself (present tense, also for the future, or impersonal constructions instead).
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters);
###                used undeclined after the citation, as Slovenian legal citations do
###                ("15. člen GDPR"), or in the nominative ("za družbo … velja { $gdpr }").
###   $controller  "Clearview AI, Inc." — always after the noun "družba" (feminine), which carries
###                the case ending: "družba / družbe / družbi / družbo { $controller }".
###
### Provisions are cited in the Slovenian national notation (see "Citations" below): "točka (h)
### prvega odstavka 15. člena GDPR", declined with the sentence. Dates arrive with the month in the
### genitive ("17. oktobra 2022", date-pattern at the end of this file), so they follow "z dne".

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# law-full-* are used only as $law_full in intro-*, always in the genitive
# ("na podlagi 15. člena { $law_full }", "svoje pravice iz { $law_full }").

law-short-eu = GDPR
law-short-uk = UK GDPR
law-full-eu = Uredbe (EU) 2016/679 (Splošne uredbe o varstvu podatkov, „GDPR“)
law-full-eea = Uredbe (EU) 2016/679 (Splošne uredbe o varstvu podatkov, „GDPR“), kakor je bila vključena v Sporazum o Evropskem gospodarskem prostoru
law-full-uk = Splošne uredbe o varstvu podatkov Združenega kraljestva (United Kingdom General Data Protection Regulation, „UK GDPR“) v povezavi z zakonom Data Protection Act 2018 (zakon o varstvu podatkov iz leta 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Slovenian national notation, as the Informacijski pooblaščenec and Slovenian courts cite the
# Regulation (the Slovenian text of the Regulation itself keeps the EU form "točka (h) člena 15(1)"):
# "15. člen", "prvi odstavek 21. člena", "točka (h) prvega odstavka 15. člena", "prvi in drugi
# odstavek 15. člena", "točke (b), (c) in (e) prvega odstavka 5. člena", "14. točka 4. člena".
# Paragraphs are ordinal words (ref-par), always in the genitive before "odstavka" when a point is
# cited. The case falls on the first noun, so each shape has attributes, chosen with case: "…":
#   (value) nominative: "prvi odstavek 21. člena"       .gen  "na podlagi prvega odstavka 21. člena"
#   .loc  "v prvem odstavku …"   .ins  "v skladu s prvim odstavkom …"   .acc  "na prvi odstavek …"
#   .cap  at the start of a sentence ("Točka (d) prvega odstavka 17. člena GDPR: …")
# Points: "točka (h)", dual "točki (e) in (f)", plural "točke (b), (c) in (e)" (selected on $npt).
# Points joined by "ali" keep the singular: .nom-or "točka (e) ali (f) …", .gen-or, .acc-or.
# Limit: the case of a paragraph ordinal is chosen from the nominative word ref-par gives, and a
# Fluent variant key must be ASCII, so "četrti" and "šesti" (paragraphs 4 and 6) stay nominative in
# the other cases ("četrti odstavka"): cite paragraphs 4 and 6 only in the nominative (as the letter
# does: "(četrti odstavek 12. člena GDPR)"), and never with a point of theirs.
# Lists (the articles a decision found infringed) are in the nominative after a colon
# (decision-articles), so ref-item-* are the values.

ref-a = { $art }. člen
    .gen = { $art }. člena
    .loc = { $art }. členu
    .ins = { $art }. členom
    .acc = { $art }. člen
ref-ap = { $par } odstavek { $art }. člena
    .gen = { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .loc = { $par ->
        [prvi] prvem
        [drugi] drugem
        [tretji] tretjem
        [peti] petem
        [sedmi] sedmem
        [osmi] osmem
        [deveti] devetem
        [deseti] desetem
       *[other] { $par }
    } odstavku { $art }. člena
    .ins = { $par ->
        [prvi] prvim
        [drugi] drugim
        [tretji] tretjim
        [peti] petim
        [sedmi] sedmim
        [osmi] osmim
        [deveti] devetim
        [deseti] desetim
       *[other] { $par }
    } odstavkom { $art }. člena
    .acc = { $par } odstavek { $art }. člena
    .cap = { $par ->
        [prvi] Prvi
        [drugi] Drugi
        [tretji] Tretji
        [peti] Peti
       *[other] { $par }
    } odstavek { $art }. člena
ref-app = { $npt ->
        [one] točka
        [two] točki
       *[other] točke
    } { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .gen = { $npt ->
        [one] točke
        [two] točk
       *[other] točk
    } { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .loc = { $npt ->
        [one] točki
        [two] točkah
       *[other] točkah
    } { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .ins = { $npt ->
        [one] točko
        [two] točkama
       *[other] točkami
    } { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .acc = { $npt ->
        [one] točko
        [two] točki
       *[other] točke
    } { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .cap = { $npt ->
        [one] Točka
        [two] Točki
       *[other] Točke
    } { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .nom-or = točka { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .gen-or = točke { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
    .acc-or = točko { $pt } { $par ->
        [prvi] prvega
        [drugi] drugega
        [tretji] tretjega
        [peti] petega
        [sedmi] sedmega
        [osmi] osmega
        [deveti] devetega
        [deseti] desetega
       *[other] { $par }
    } odstavka { $art }. člena
ref-an = { $num }. točka { $art }. člena
    .gen = { $num }. točke { $art }. člena
    .loc = { $num }. točki { $art }. člena
    .ins = { $num }. točko { $art }. člena
    .acc = { $num }. točko { $art }. člena
ref-par = { $par ->
        [1] prvi
        [2] drugi
        [3] tretji
        [4] četrti
        [5] peti
        [6] šesti
        [7] sedmi
        [8] osmi
        [9] deveti
        [10] deseti
       *[other] { $par }.
    }
ref-point = ({ $letter })
ref-item-a = { ref-a }
ref-item-ap = { ref-ap }
ref-item-app = { ref-app }
ref-item-an = { ref-an }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: how this language says "in <country>" for the persons a decision protects.
# The locative with "v", or "na" where Slovenian uses it ("na Nizozemskem", "na Hrvaškem",
# "na Češkem", "na Slovaškem", "na Poljskem"). Default: the name in the nominative after "državi"
# (apposition, as in "v državi Izrael"), because CLDR gives no locative.
country-in = { $code ->
    [IT] v Italiji
    [GR] v Grčiji
    [FR] v Franciji
    [NL] na Nizozemskem
    [AT] v Avstriji
    [DE] v Nemčiji
    [GB] v Združenem kraljestvu
    [SI] v Sloveniji
    [HR] na Hrvaškem
    [CZ] na Češkem
    [SK] na Slovaškem
    [PL] na Poljskem
    [ES] v Španiji
    [SE] na Švedskem
   *[other] v državi { $name }
}

## Letter frame

subject-access = Zahteva za dostop do mojih osebnih podatkov na podlagi { REF(15, case: "gen") } { $gdpr }
subject-erasure = Zahteva za izbris mojih osebnih podatkov na podlagi { REF(17, case: "gen") } { $gdpr } in ugovor na podlagi { REF(21, par: 1, case: "gen") } { $gdpr }
subject-access-erasure = Zahteva za dostop na podlagi { REF(15, case: "gen") } { $gdpr }, omejitev obdelave na podlagi { REF(18, case: "gen") } { $gdpr } in poznejši izbris na podlagi { REF(17, case: "gen") } { $gdpr }
# After "Spoštovani," the letter continues on a new line with a capital letter.
salutation = Spoštovani,
closing = S spoštovanjem,
# $reference: the sender's own case or reference number.
our-reference = Moja oznaka: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("Ljubljana, 21. november 2026").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count: how many enclosures follow (one: "Priloga:"; two: "Prilogi:"; more: "Priloge:").
enclosures-label = { $count ->
    [one] Priloga:
    [two] Prilogi:
   *[other] Priloge:
}
enclosure-photo = Fotografija mojega obraza, priložena izključno za mojo identifikacijo pri tej zahtevi
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Stran { $page } od { $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = S tem dopisom uveljavljam pravico do dostopa na podlagi { REF(15, case: "gen") } { $law_full }. Prosim, da mi potrdite, ali družba { $controller } obdeluje osebne podatke v zvezi z menoj, in mi, če je tako, omogočite dostop do teh osebnih podatkov in do spodaj navedenih informacij. Te zahteve mi ni treba utemeljiti.
intro-erasure = S tem dopisom uveljavljam pravico do izbrisa na podlagi { REF(17, case: "gen") } { $law_full }. Zahtevam, da brez nepotrebnega odlašanja izbrišete vse osebne podatke v zvezi z menoj. Hkrati na podlagi { REF(21, par: 1, case: "gen") } { $gdpr } ugovarjam vsaki obdelavi osebnih podatkov v zvezi z menoj.
intro-access-erasure = S tem dopisom uveljavljam svoje pravice iz { $law_full }: najprej pravico do dostopa ({ REF(15) } { $gdpr }), nato pravico do izbrisa ({ REF(17) } { $gdpr }). Najprej zahtevam dostop, da se pred izbrisom seznanim s tem, katere podatke hranite o meni. Na podlagi { REF(21, par: 1, case: "gen") } { $gdpr } ugovarjam vsaki obdelavi osebnih podatkov v zvezi z menoj in do izbrisa zahtevam omejitev obdelave ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the Dutch decision's date (date-pattern: genitive month, after "z dne").
applicability-eu = Za družbo { $controller } velja { $gdpr }: družba zbira slike oseb v Evropski uniji in jih obdeluje, da bi spremljala njihovo vedenje ({ REF(3, par: 2, pt: "b") } { $gdpr }). Nadzorni organi Italije, Grčije, Francije, Avstrije in Nizozemske so zanjo uporabili { $gdpr } in ugotovili, da je njena obdelava nezakonita. Po odločbi nizozemskega nadzornega organa z dne { $representative_date } družba ni imela imenovanega predstavnika v Uniji ({ REF(27) } { $gdpr }). Zato to zahtevo naslavljam neposredno na vas.
applicability-eea = Za družbo { $controller } velja { $gdpr }: družba zbira slike oseb v Evropskem gospodarskem prostoru in jih obdeluje, da bi spremljala njihovo vedenje ({ REF(3, par: 2, pt: "b") } { $gdpr }). Nadzorni organi Italije, Grčije, Francije, Avstrije in Nizozemske so zanjo uporabili { $gdpr } in ugotovili, da je njena obdelava nezakonita. Po odločbi nizozemskega nadzornega organa z dne { $representative_date } družba ni imela imenovanega predstavnika v Uniji ({ REF(27) } { $gdpr }). Zato to zahtevo naslavljam neposredno na vas.
applicability-uk = Za družbo { $controller } velja { $gdpr }. Sodišče Upper Tribunal je leta 2025 odločilo, da je obdelava, ki jo izvaja ta družba, povezana s spremljanjem vedenja oseb v Združenem kraljestvu ({ REF(3, par: 2, pt: "b") } { $gdpr }). To zahtevo naslavljam neposredno na vas.

## Access (Article 15)
# The access-copy-* and access-info-* items are accusative objects of "zagotovite".

access-heading = Dostop do mojih osebnih podatkov ({ REF(15) } { $gdpr })
access-copy = Prosim, da mi zagotovite kopijo vseh osebnih podatkov v zvezi z menoj, ki jih obdelujete ({ REF(15, par: 3) } { $gdpr }), zlasti:
access-copy-images = vsako sliko, na kateri se pojavljam ali ki jo povezujete z menoj, v ločljivosti, v kateri jo hranite;
access-copy-sources = za vsako sliko spletni naslov (URL) spletne strani in slikovne datoteke, s katerih je bila zbrana, naslov strani ter datum zbiranja in datum zadnje posodobitve;
access-copy-metadata = vse metapodatke, ki jih hranite za vsako sliko, vključno s podatki o geolokaciji in datumi;
access-copy-biometrics = biometrične predloge, vektorje ali zgoščene vrednosti (hash), pridobljene iz mojega obraza, ter vse druge podatke o meni, ki ste jih izpeljali ali do njih prišli s sklepanjem;
access-copy-searches = evidence o vsakem iskanju, katerega rezultati so vključevali mene, z datumom vsakega iskanja;
access-copy-probe = evidence o vsakem iskanju, pri katerem je stranka naložila sliko mojega obraza, da bi preiskala vašo podatkovno zbirko, skupaj s to sliko, datumom iskanja in navedbo stranke, ki ga je opravila;
access-copy-recipients = identiteto vsake stranke ali drugega uporabnika, ki so mu bili razkriti rezultati v zvezi z menoj.
access-info = Prosim, da mi zagotovite tudi naslednje informacije ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = namene vsakega dejanja obdelave ({ REF(15, par: 1, pt: "a") }) in za vsak namen pravno podlago, na katero se sklicujete in ki bi mi jo morali v vsakem primeru sporočiti ({ REF(14, par: 1, pt: "c") });
access-info-categories = vrste zadevnih osebnih podatkov ({ REF(15, par: 1, pt: "b") });
access-info-recipients = uporabnike, ki so jim bili ali jim bodo razkriti osebni podatki, in sicer poimensko, zlasti uporabnike v tretjih državah ali mednarodne organizacije; kategorije uporabnikov ne zadostujejo, kadar lahko uporabnike identificirate ({ REF(15, par: 1, pt: "c") }; sodba Sodišča z dne 12. januarja 2023, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = uporabnike, ki so jim bili ali jim bodo razkriti osebni podatki, in sicer poimensko, zlasti uporabnike v tretjih državah ali mednarodne organizacije; kategorije uporabnikov ne zadostujejo, kadar lahko uporabnike identificirate ({ REF(15, par: 1, pt: "c") });
access-info-retention = obdobje, v katerem bo posamezna vrsta osebnih podatkov shranjena, ali, če to ni mogoče, merila, ki se uporabijo za določitev tega obdobja ({ REF(15, par: 1, pt: "d") });
access-info-rights = obstoj pravice, da se zahteva popravek ali izbris osebnih podatkov ali omejitev obdelave, ter pravice do ugovora taki obdelavi ({ REF(15, par: 1, pt: "e") });
access-info-complaint = pravico do vložitve pritožbe pri nadzornem organu ({ REF(15, par: 1, pt: "f") });
access-info-source = vse razpoložljive informacije o viru osebnih podatkov: dejanska spletišča in spletne strani, ne le vrste virov ({ REF(15, par: 1, pt: "g") });
access-info-automated = obstoj avtomatiziranega sprejemanja odločitev, vključno z oblikovanjem profilov, ter smiselne informacije o razlogih zanj, pa tudi pomen in predvidene posledice take obdelave zame ({ REF(15, par: 1, pt: "h") });
access-info-transfers = kadar se osebni podatki prenašajo v tretjo državo ali mednarodno organizacijo, ustrezne zaščitne ukrepe v skladu s { REF(46, case: "ins") } { $gdpr }, ki se nanašajo na prenos ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision ("z dne 17. oktobra 2022").
access-scope = Ta zahteva zajema vse osebne podatke v zvezi z menoj v vseh vaših sistemih, vključno s psevdonimiziranimi podatki in podatki, ki ste jih izpeljali ali do njih prišli s sklepanjem. Ni omejena na zadnjih dvanajst mesecev niti na določeno število zahtev na leto in ni odvisna od tega, ali jo ponovim: francoski nadzorni organ (CNIL) je v odločbi { $reference } z dne { $date } ugotovil, da so takšne omejitve, ki jih je uporabljala družba { $controller }, nezakonite.
access-role = Za vsako dejanje obdelave mi sporočite tudi, ali ga izvajate kot upravljavec ali kot obdelovalec v imenu stranke, in v slednjem primeru, v čigavem imenu ({ REF(4, num: 7) } in { REF(4, num: 8) } { $gdpr }).
# United Kingdom letters only: paragraph (1A) of Article 15 UK GDPR, written out (REF cannot write
# "1A", which has no ordinal word): the UK number is kept as it is, "odstavek 1A 15. člena".
access-search-uk = Imam pravico do osebnih podatkov in informacij, ki mi jih lahko zagotovite na podlagi razumnega in sorazmernega iskanja (odstavek 1A 15. člena { $gdpr }). Vaša podatkovna zbirka je zgrajena za iskanje po obrazu: iskanje v njej z mojim obrazom in iskanje po evidencah iskanj, katerih rezultati so vključevali mene ali pri katerih je bil naložen moj obraz, je razumno in sorazmerno ne glede na njihov obseg.
access-format = Prosim, da mi kopijo zagotovite brezplačno ({ REF(12, par: 5) } in { REF(15, par: 3) } { $gdpr }), v jasnem in preprostem jeziku ({ REF(12, par: 1) } { $gdpr }) in, če odgovorite po elektronski poti, v elektronski obliki, ki se splošno uporablja ({ REF(15, par: 3) } { $gdpr }).

## Erasure (Article 17)
# The erasure-scope-* items are accusative objects of "zajemati".

erasure-heading = Izbris mojih osebnih podatkov ({ REF(17) } { $gdpr })
erasure-after-access = Ko mi zagotovite kopijo in zgoraj zahtevane informacije, prosim, da brez nepotrebnega odlašanja izbrišete vse osebne podatke v zvezi z menoj ({ REF(17, par: 1) } { $gdpr }).
erasure-scope = Izbris mora zajemati:
erasure-scope-images = vsako mojo sliko in vse njene kopije;
erasure-scope-biometrics = biometrične predloge, vektorje in zgoščene vrednosti (hash), pridobljene iz mojega obraza;
erasure-scope-metadata = metapodatke in izvorne spletne naslove (URL), povezane s temi slikami;
erasure-scope-searches = rezultate iskanj, dnevnike iskanj in povezave, ki se nanašajo name;
erasure-scope-backups = vse kopije v varnostnih kopijah, arhivih in sistemih vaših obdelovalcev.
erasure-grounds = Obstajajo naslednji razlogi za izbris:
# Article 9(2)(e) in the Slovenian text: personal data "ki jih je posameznik, na katerega se nanašajo
# osebni podatki, sam objavil" (Slovenian rendering of "manifestly made public"); the participle agrees
# with the noun "posameznik", so the sentence fits an author of either gender.
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: osebni podatki so bili obdelani nezakonito. Nimate pravne podlage v skladu s { REF(6, par: 1, case: "ins") } { $gdpr }. Biometrični podatki ({ REF(4, num: 14) } { $gdpr }), ki se obdelujejo za namene edinstvene identifikacije posameznika, spadajo med posebne vrste osebnih podatkov, katerih obdelavo prepoveduje { REF(9, par: 1) } { $gdpr }. Nobena od izjem iz { REF(9, par: 2, case: "gen") } se ne uporablja: moje izrecne privolitve za obdelavo mojih biometričnih podatkov v vaši podatkovni zbirki ni ({ REF(9, par: 2, pt: "a") }), slike, ki jih je mogoče najti na internetu, pa niso osebni podatki, ki bi jih posameznik, na katerega se nanašajo osebni podatki, torej jaz, sam objavil za namene biometrične obdelave ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("v povezavi s").
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: osebni podatki so bili obdelani nezakonito. Nimate pravne podlage v skladu s { REF(6, par: 1, case: "ins") } { $gdpr }. Biometrični podatki ({ REF(4, num: 14) } { $gdpr }), ki se obdelujejo za namene edinstvene identifikacije posameznika, spadajo med posebne vrste osebnih podatkov, katerih obdelavo prepoveduje { REF(9, par: 1) } { $gdpr }. Nobena od izjem iz { REF(9, par: 2, case: "gen") } { $gdpr } v povezavi s Prilogo 1 (Schedule 1) k zakonu Data Protection Act 2018 se ne uporablja: moje izrecne privolitve za obdelavo mojih biometričnih podatkov v vaši podatkovni zbirki ni ({ REF(9, par: 2, pt: "a") }), slike, ki jih je mogoče najti na internetu, pa niso osebni podatki, ki bi jih posameznik, na katerega se nanašajo osebni podatki, torej jaz, sam objavil za namene biometrične obdelave ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "cap") } { $gdpr }: na podlagi { REF(21, par: 1, case: "gen") } { $gdpr } ugovarjam obdelavi iz razlogov, povezanih z mojim posebnim položajem: moj obraz je trajni identifikator, ki ga ne morem spremeniti, njegova prisotnost v vaši podatkovni zbirki pa vsaki vaši stranki omogoča, da me identificira na podlagi katere koli fotografije, ne glede na to, kje in kdaj je bila posneta.
# The person's own description of their particular situation, in Slovenian quotation marks „…“.
erasure-ground-objection-own = Z lastnimi besedami: „{ $grounds }“
# Prvi odstavek 21. člena: "razen če dokaže nujne legitimne razloge za obdelavo, ki prevladajo nad
# interesi, pravicami in svoboščinami posameznika".
erasure-ground-objection-burden = Obdelavo morate zato prenehati, razen če dokažete nujne legitimne razloge za obdelavo, ki prevladajo nad mojimi interesi, pravicami in svoboščinami, ali da gre za uveljavljanje, izvajanje ali obrambo pravnih zahtevkov ({ REF(21, par: 1) } { $gdpr }). Kolikor se sklicujete na { REF(6, par: 1, pt: "e f", conj: "or", case: "acc-or") } { $gdpr }, takih razlogov ni: vaš poslovni interes za prodajo iskanj po mojem obrazu ni tak razlog.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "cap") } { $gdpr }: kolikor se sklicujete na privolitev, jo prekličem.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language, undeclinable): an apposition to "nadzorni organ".
# $in_country: "v Italiji", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "cap") } { $gdpr }, poleg zgoraj navedenih razlogov: nadzorni organ { $authority } vam je naložil, da izbrišete osebne podatke oseb { $in_country }. Po mojem mnenju je zato izbris potreben tudi za izpolnitev pravne obveznosti, ki velja za vas.
erasure-exceptions = Nobena od izjem iz { REF(17, par: 3, case: "gen") } { $gdpr } se ne uporablja: obdelava ni potrebna za uresničevanje pravice do svobode izražanja in obveščanja, za izpolnjevanje pravne obveznosti, za opravljanje naloge v javnem interesu ali pri izvajanju javne oblasti, iz razlogov javnega interesa na področju javnega zdravja, za namene arhiviranja v javnem interesu, za znanstveno- ali zgodovinskoraziskovalne namene ali statistične namene niti za uveljavljanje, izvajanje ali obrambo pravnih zahtevkov. Če se sklicujete na izjemo, mi sporočite, na katero in zakaj ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Do izbrisa omejite obdelavo mojih osebnih podatkov ({ REF(18, par: 1, pt: "d") } { $gdpr }, dokler preverjate moj ugovor): zlasti me nemudoma prenehajte prikazovati v rezultatih iskanja.
erasure-recipients = O izbrisu obvestite vsakega uporabnika, ki so mu bili razkriti moji osebni podatki, vključno z vsako stranko, ki je moje slike prejela v rezultatih iskanja ({ REF(19) } { $gdpr }), in mi sporočite, kdo so ti uporabniki. Če ste moje osebne podatke objavili, sprejmite razumne ukrepe, da upravljavce, ki te podatke obdelujejo, obvestite, da od njih zahtevam, naj izbrišejo vse povezave do teh podatkov ali njihove kopije ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Sporočite mi, kaj boste storili, da moji osebni podatki ne bodo ponovno zbrani. Če hranite kakršno koli evidenco, da bi preprečili njihovo zbiranje v prihodnosti, mi natančno sporočite, kaj vsebuje in na kateri pravni podlagi jo hranite.
erasure-confirmation = Prosim, da mi izbris pisno potrdite in navedete, kaj ste izbrisali, vključno s kopijami v varnostnih kopijah in izpeljanimi predlogami.
erasure-free = Ukrepanje na podlagi moje zahteve za izbris, vključno z obvestili in potrditvijo, je brezplačno ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Omejitev obdelave do izbrisa ({ REF(18) } { $gdpr })
restriction-body = Od prejema tega dopisa do izbrisa omejite obdelavo mojih osebnih podatkov ({ REF(18, par: 1, pt: "d") } { $gdpr }, dokler preverjate moj ugovor na podlagi { REF(21, par: 1, case: "gen") } { $gdpr }): podatke hranite, vendar jih ne uporabljajte za noben drug namen kot za odgovor na to zahtevo. Zlasti me nemudoma prenehajte prikazovati v rezultatih iskanja.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikacija
identification-no-photo = Podatki v tem dopisu zadostujejo za odgovor nanj. Če imate utemeljene dvome v zvezi z mojo identiteto, mi sporočite, katere dodatne informacije so nujno potrebne ({ REF(12, par: 6) } { $gdpr }). Če je iskanje v vašem sistemu mogoče le s fotografijo mojega obraza, mi to sporočite; v tem primeru vam fotografijo zagotovim izključno za namen te zahteve.
identification-photo = Prilagam fotografijo svojega obraza izključno zato, da lahko poiščete osebne podatke v zvezi z menoj ({ REF(11, par: 2) } in { REF(12, par: 6) } { $gdpr }). Dajem izrecno privolitev ({ REF(9, par: 2, pt: "a") } { $gdpr }) za eno iskanje v vaši podatkovni zbirki z biometrično predlogo, ustvarjeno iz te fotografije, izključno za to zahtevo. V nobeno drugo uporabo ne privolim: fotografije in predloge ne dodajte v svojo podatkovno zbirko in ju ne razkrijte. Privolitev prekličem z učinkom od trenutka, ko odgovorite na to zahtevo ({ REF(7, par: 3) } { $gdpr }): takrat izbrišite fotografijo, predlogo in rezultate iskanja, opravljenega z njima, ter mi izbris potrdite ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
# EDPB guideline title translated from the English (a Slovenian version could not be verified).
identification-id-document = Kopijo osebnega dokumenta vam pošljem le, če dokažete, da je to nujno potrebno. Vsako tako kopijo je treba izbrisati takoj po preverjanju (Evropski odbor za varstvo podatkov, Smernice 01/2022 o pravicah posameznikov, na katere se nanašajo osebni podatki – pravica dostopa, točke 74, 76 in 79).
# United Kingdom letters: the ICO's guidance, its title kept in English.
identification-id-document-uk = Kopijo osebnega dokumenta vam pošljem le, če dokažete, da je to potrebno: zahtevate lahko le informacije, ki so razumne in sorazmerne za potrditev moje identitete (Information Commissioner's Office, smernice „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Rok in oblika vašega odgovora
deadline-access = Prosim, da odgovorite brez nepotrebnega odlašanja, najpozneje pa v enem mesecu po prejemu te zahteve ({ REF(12, par: 3) } { $gdpr }). Ta rok lahko podaljšate za največ dva dodatna meseca, in sicer le, kadar je to potrebno ob upoštevanju kompleksnosti in števila zahtev; o podaljšanju me morate v tem primeru obvestiti v enem mesecu od prejema zahteve, skupaj z razlogi za zamudo. Če v zvezi z mojo zahtevo ne ukrepate, me morate v enem mesecu obvestiti o razlogih ter o moji pravici do vložitve pritožbe pri nadzornem organu in do uveljavljanja pravnega sredstva ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Prosim, da v zvezi z mojo zahtevo ukrepate brez nepotrebnega odlašanja, najpozneje pa v enem mesecu po njenem prejemu ({ REF(12, par: 3) } { $gdpr }). Ta rok lahko podaljšate za največ dva dodatna meseca, in sicer le, kadar je to potrebno ob upoštevanju kompleksnosti in števila zahtev; o podaljšanju me morate v tem primeru obvestiti v enem mesecu od prejema zahteve, skupaj z razlogi za zamudo. Če v zvezi z mojo zahtevo ne ukrepate, me morate v enem mesecu obvestiti o razlogih ter o moji pravici do vložitve pritožbe pri nadzornem organu in do uveljavljanja pravnega sredstva ({ REF(12, par: 4) } { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written out with the
# UK number as it is ("člen 12A").
deadline-access-uk = Prosim, da odgovorite brez nepotrebnega odlašanja, najpozneje pa pred iztekom veljavnega roka (applicable time period), tj. v enem mesecu po prejemu te zahteve (člen 12A { $gdpr }). Ta rok lahko podaljšate za največ dva dodatna meseca, in sicer le, kadar je to potrebno zaradi kompleksnosti ali števila zahtev; v tem primeru mi morate to sporočiti v istem mesecu in navesti razloge. Če od mene upravičeno potrebujete dodatne informacije, da bi ugotovili, na katere informacije ali katero obdelavo se nanaša moja zahteva, me zanje zaprosite brez odlašanja: rok je zadržan le do mojega odgovora. Če v zvezi z mojo zahtevo ne ukrepate, me morate v tem roku obvestiti o razlogih ter o moji pravici do vložitve pritožbe pri Information Commissioner in do uveljavljanja pravnega sredstva ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Prosim, da v zvezi z mojo zahtevo ukrepate brez nepotrebnega odlašanja, najpozneje pa pred iztekom veljavnega roka (applicable time period), tj. v enem mesecu po prejemu te zahteve (člen 12A { $gdpr }). Ta rok lahko podaljšate za največ dva dodatna meseca, in sicer le, kadar je to potrebno zaradi kompleksnosti ali števila zahtev; v tem primeru mi morate to sporočiti v istem mesecu in navesti razloge. Če v zvezi z mojo zahtevo ne ukrepate, me morate v tem roku obvestiti o razlogih ter o moji pravici do vložitve pritožbe pri Information Commissioner in do uveljavljanja pravnega sredstva ({ REF(12, par: 4) } { $gdpr }).
no-formalities = Odgovora ne smete pogojevati z uporabo določenega obrazca, spletnega portala ali načina posredovanja (Evropski odbor za varstvo podatkov, Smernice 01/2022 o pravicah posameznikov, na katere se nanašajo osebni podatki – pravica dostopa, točke 50 do 53).
# United Kingdom letters: the ICO's guidance, its title kept in English.
no-formalities-uk = Odgovora ne smete pogojevati z uporabo določenega obrazca, spletnega portala ali načina posredovanja: zahtevo je mogoče podati v kateri koli obliki, ustno ali pisno (Information Commissioner's Office, smernice „Right of access“).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too, the third for e-mail only.
reply-to-postal = Odgovor prosim pošljite na moj zgoraj navedeni naslov.
reply-to-both = Odgovor prosim pošljite na moj zgoraj navedeni poštni ali elektronski naslov.
reply-to-email = Odgovor prosim pošljite na moj zgoraj navedeni elektronski naslov.

## Decisions against Clearview

decisions-heading = Odločitve zoper družbo { $controller }
decisions-own = V državi, v kateri prebivam, so bile sprejete naslednje odločitve:
decisions-other = Nadzorni organi drugih držav so ugotovili, da je enaka obdelava, ki jo izvaja družba { $controller }, nezakonita. Sklicujem se na njihove odločitve:
# One decision. $authority: name of the authority or court (in its own language, undeclinable);
# $country: its country (CLDR, nominative, in parentheses); $act: one of decision-kind-* with the
# reference; $date: its date, month in the genitive ("10. februarja 2022"), after "z dne".
decision-citation = { $authority } ({ $country }), { $act } z dne { $date }
# The Garante's ordinanza ingiunzione imposes an administrative fine and orders: "odločba o upravni
# globi", with the Italian name kept for identification.
decision-kind-injunction-order = odločba o upravni globi (ordinanza ingiunzione) št. { $reference }
decision-kind-decision = odločba { $reference }
# The CNIL President's mise en demeure: a call to remedy the infringements within a time limit
# (not "opomin", which in the Slovenian GDPR is the reprimand of Article 58(2)(b)).
decision-kind-formal-notice = poziv k odpravi kršitev (mise en demeure) { $reference }
# The CNIL's act is a délibération of its restricted committee (formation restreinte), the body
# that imposes sanctions.
decision-kind-sanction = odločba sankcijskega odbora (délibération de la formation restreinte) { $reference }
decision-kind-penalty-liquidation = odločba { $reference } (odmera zapadle periodične denarne kazni)
decision-kind-fines-and-penalty-orders = odločba o globah in ukazih pod grožnjo periodične denarne kazni
# The Austrian DSB's act: an administrative decision, "odločba" (Bescheid).
decision-kind-bescheid = odločba (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the decision aside and remitting the
# case (tretji odstavek § 28 VwGVG): a "sklep" (Beschluss), not a judgment ("sodba").
decision-kind-remittal-order = sklep (Beschluss) { $reference }
# A UK tribunal's decision: "odločitev", the generic word.
decision-kind-tribunal-decision = odločitev { $reference }
decision-kind-letter = dopis
decision-kind-enforcement-and-penalty-notices = obvestilo o izvršitvi (enforcement notice) in obvestilo o denarni kazni (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court of any grammatical gender.
# $articles: the provisions found infringed, written with ref-list, in the nominative
# ("točka (a) prvega odstavka 5. člena, 6. člen in 9. člen"), hence after a colon.
decision-articles = Ugotovljene so bile kršitve teh določb { $gdpr }: { $articles }.
# $amount: an amount with its currency, already formatted ("20.000.000 €").
decision-fine = Izrečena je bila globa v višini { $amount }.
# The UK's statutory term (section 155 DPA 2018): "denarna kazen" (as in the monetary penalty
# notice above) with the English term, not "globa".
decision-monetary-penalty = Izrečena je bila denarna kazen (monetary penalty) v višini { $amount }.
decision-fines-total = Izrečene so bile globe v skupni višini { $amount }.
decision-penalty-per-day = Poleg tega je bila določena periodična denarna kazen v višini { $amount } za vsak dan zamude.
decision-penalty-max = Poleg tega so bili izdani ukazi pod grožnjo periodičnih denarnih kazni v skupni višini do { $amount }.
decision-penalty-liquidated = Družbi { $controller } je bilo naloženo plačilo { $amount }, ker ukaza ni pravočasno izpolnila.
decision-orders = Družbi { $controller } je bilo naloženo:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is continued by the order-* items ("da …").
decision-requests = Družba { $controller } je bila pozvana:
# Why the ICO's notices are not final ("obvestila", as in outcome-ftt-no-jurisdiction).
not-final-remitted-appeal = Obvestila niso pravnomočna: sodišče Upper Tribunal je pritožbo družbe Clearview zoper njih vrnilo v ponovno odločanje sodišču First-tier Tribunal.
# Orders are list items continuing "Družbi … je bilo naloženo:" or "Družba … je bila pozvana:", so
# each starts with "da" and a verb in the present tense (subject: the company). End each with ";"
# — facerights replaces the separator of the last item with a full stop.
# $in_country: "v Italiji", from country-in.
order-ban-collection-territory = da preneha zbirati slike in druge osebne podatke oseb { $in_country } ter obdelovati njihove biometrične podatke;
order-ban-collection-processing-territory = da preneha s spletnim strganjem (web scraping) zbirati slike in metapodatke oseb { $in_country } ter preneha s kakršno koli nadaljnjo obdelavo njihovih osebnih podatkov, navadnih in biometričnih;
order-erase-territory = da izbriše osebne podatke oseb { $in_country };
order-erase-territory-after-access = da izbriše osebne podatke oseb { $in_country }, potem ko odgovori na že prejete zahteve za dostop;
order-stop-processing-territory = da preneha brez pravne podlage zbirati in obdelovati osebne podatke oseb { $in_country };
order-facilitate-rights = da olajša uresničevanje pravic posameznikov, na katere se nanašajo osebni podatki, in odgovori na pritožnikovo zahtevo za dostop;
order-answer-complainant-access = da odgovori na pritožnikovo zahtevo za dostop;
order-grant-complainant-erasure = da ugodi pritožnikovi zahtevi za izbris;
order-appoint-representative = da imenuje predstavnika v Uniji ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = da preneha obdelovati osebne podatke oseb { $in_country } in odstrani nezakonito pridobljene podatke;
order-give-art14-information = da posameznike, na katere se nanašajo osebni podatki, obvesti, kot zahteva { REF(14) } { $gdpr };
order-stop-refusing-access = da opusti svojo prakso neodgovarjanja na zahteve za dostop;
order-erase-complainant = da izbriše pritožnikove osebne podatke;
order-erase-complainant-biometric = da izbriše pritožnikove biometrične zgoščene vrednosti (hash);
order-stop-obtaining-uk = da preneha pridobivati in uporabljati osebne podatke prebivalcev Združenega kraljestva, ki so javno dostopni na internetu;
order-erase-uk = da iz svojih sistemov izbriše osebne podatke prebivalcev Združenega kraljestva;
outcome-reconsider-ban = Sodišče je odločilo, da mora organ ponovno preučiti svojo odločitev, da obdelave ne prepove, in da je prepoved edini ustrezni ukrep; zadevo je vrnilo organu v ponovno odločanje.
outcome-ftt-no-jurisdiction = Sodišče je pritožbi družbe Clearview ugodilo in odločilo, da Information Commissioner ni bil pristojen za izdajo teh obvestil.
outcome-ut-ico-appeal-allowed = Sodišče je pritožbi, ki jo je vložil Information Commissioner, ugodilo: obdelava je povezana s spremljanjem vedenja oseb v Združenem kraljestvu, dejstvo, da so stranke družbe Clearview tuji javni organi, pa je ne izvzema iz področja uporabe { $gdpr }.
outcome-remitted-ftt = Pritožbo družbe Clearview zoper ta obvestila je vrnilo v ponovno odločanje sodišču First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "in":
# noun phrases in the nominative, e.g. "globa v višini 20.000.000 €, prepoved nadaljnjega zbiranja
# in ukaz …".
summary-fine = globa v višini { $amount }
summary-monetary-penalty = nepravnomočna denarna kazen (monetary penalty) v višini { $amount }
summary-erasure = ukaz za izbris osebnih podatkov oseb { $in_country }
summary-ban = prepoved nadaljnjega zbiranja
summary-access = ukaz za prenehanje zavračanja odgovorov na zahteve za dostop
summary-complainant-access = ukaz za odgovor na pritožnikovo zahtevo za dostop
summary-erase-complainant = ukaz za izbris pritožnikovih osebnih podatkov
summary-representative = ukaz za imenovanje predstavnika v Uniji
summary-no-fine = brez globe
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, undeclinable);
# $address: its postal address on one line. Both stand after a colon, in the nominative.
remedies = Če v roku ne odgovorite v celoti, vložim pritožbo pri pristojnem nadzornem organu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Pridržujem si pravico, da zoper vas sprožim postopek pred sodišči države članice, v kateri imam običajno prebivališče ({ REF(79, par: 2) } { $gdpr }), in zahtevam odškodnino ({ REF(82) } { $gdpr }).
# EEA letters: drugi odstavek 79. člena speaks of Member States; for Iceland, Liechtenstein and
# Norway: "države".
remedies-eea = Če v roku ne odgovorite v celoti, vložim pritožbo pri pristojnem nadzornem organu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Pridržujem si pravico, da zoper vas sprožim postopek pred sodišči države, v kateri imam običajno prebivališče ({ REF(79, par: 2) } { $gdpr }), in zahtevam odškodnino ({ REF(82) } { $gdpr }).
# Germany without a Land: the authority of the Land of residence ("drugi odstavek § 19 BDSG", as
# the letter cites "tretji odstavek § 28 VwGVG").
remedies-land-of-residence = Če v roku ne odgovorite v celoti, vložim pritožbo pri nadzornem organu za varstvo podatkov tiste nemške zvezne dežele, v kateri prebivam ({ REF(77) } { $gdpr }; drugi odstavek § 19 nemškega Zveznega zakona o varstvu podatkov, BDSG). Pridržujem si pravico, da zoper vas sprožim postopek pred sodišči države članice, v kateri imam običajno prebivališče ({ REF(79, par: 2) } { $gdpr }), in zahtevam odškodnino ({ REF(82) } { $gdpr }).
# United Kingdom letters: UK statutes keep their English names ("zakon Data Protection Act 2018");
# a section of a UK Act is "oddelek". $authority is nominative after the colon.
remedies-uk = Vlaganje pritožb pri vas glede obdelave mojih osebnih podatkov morate olajšati (oddelek 164A zakona Data Protection Act 2018). Če pred iztekom veljavnega roka ne odgovorite v celoti, vložim pritožbo pri vas na podlagi tega oddelka, če to zadeve ne reši, pa pritožbo pri nadzornem organu ({ REF(77) } { $gdpr }): { $authority } (ali njegov naslednik, Information Commission), { $address }. Pridržujem si pravico, da pri sodišču predlagam izdajo odredbe o izpolnitvi obveznosti (compliance order, oddelek 167 zakona Data Protection Act 2018), in zahtevam odškodnino ({ REF(82) } { $gdpr }).

## Dates. Optional: how this language writes a date where CLDR is wrong for letters. Variables:
## $full (CLDR's form), $day, $month (as CLDR writes it in a date), $year.
# CLDR writes "02. marec 2026"; a Slovene letter writes the day without a leading zero and the
# month in the genitive: "2. marca 2026".
date-pattern = { $day }. { $month ->
    [januar] januarja
    [februar] februarja
    [marec] marca
    [april] aprila
    [maj] maja
    [junij] junija
    [julij] julija
    [avgust] avgusta
    [september] septembra
    [oktober] oktobra
    [november] novembra
    [december] decembra
   *[other] { $month }
} { $year }

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. request-name-* is in the genitive („moje zahteve …“), so every
## sentence that uses it is built around that case („opomin glede“, „kopija“, „obravnava“).
## Dates follow "dne" (genitive month).

request-name-access = moje zahteve za dostop na podlagi { REF(15, case: "gen") } { $gdpr }
request-name-erasure = moje zahteve za izbris na podlagi { REF(17, case: "gen") } { $gdpr } z ugovorom na podlagi { REF(21, par: 1, case: "gen") } { $gdpr }
request-name-access-erasure = moje zahteve za dostop na podlagi { REF(15, case: "gen") } { $gdpr }, omejitev obdelave na podlagi { REF(18, case: "gen") } { $gdpr } in poznejši izbris na podlagi { REF(17, case: "gen") } { $gdpr }

## Reminder to Clearview („opomin“)

subject-reminder = Opomin glede { $request }, ki ste jo prejeli dne { $received }
reminder-facts = V prilogi je kopija { $request }, ki ste jo prejeli dne { $received }. Rok za vaš odgovor je potekel dne { $ends } oziroma, če je bil ta dan praznik, naslednji delovni dan ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = V prilogi je kopija { $request }, ki ste jo prejeli dne { $received }. Veljavni rok (applicable time period) za vaš odgovor je potekel dne { $ends } oziroma, če je bil ta dan praznik v Združenem kraljestvu (bank holiday), naslednji delovni dan (člen 12A { $gdpr }).
reminder-no-reply = Od vas do danes ni prispel noben odgovor niti obvestilo o podaljšanju roka ali o razlogih, zakaj v zvezi z mojo zahtevo niste ukrepali ({ REF(12, par: "3 4") } { $gdpr }).
reminder-incomplete = Vaš odgovor je nepopoln: ne vsebuje vsega, kar zahtevam, in niste navedli razlogov, zakaj ste kaj izpustili ({ REF(12, par: 4) } { $gdpr }).
reminder-demand = S tem kršite { $gdpr }. Pozivam vas, da mojo zahtevo v celoti izpolnite brez nadaljnjega odlašanja, najpozneje pa do { $grace }.
reminder-remedies = Če tega ne storite, brez nadaljnjega opozorila vložim pritožbo pri nadzornem organu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Pridržujem si pravico, da zoper vas sprožim postopek pred sodišči države članice, v kateri imam običajno prebivališče ({ REF(79, par: 2) } { $gdpr }), in zahtevam odškodnino za kakršno koli škodo, ki mi je nastala ({ REF(82) } { $gdpr }).
reminder-remedies-eea = Če tega ne storite, brez nadaljnjega opozorila vložim pritožbo pri nadzornem organu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Pridržujem si pravico, da zoper vas sprožim postopek pred sodišči države, v kateri imam običajno prebivališče ({ REF(79, par: 2) } { $gdpr }), in zahtevam odškodnino za kakršno koli škodo, ki mi je nastala ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = Če tega ne storite, brez nadaljnjega opozorila vložim pritožbo pri nadzornem organu za varstvo podatkov tiste nemške zvezne dežele, v kateri prebivam ({ REF(77) } { $gdpr }; drugi odstavek § 19 nemškega Zveznega zakona o varstvu podatkov, BDSG). Pridržujem si pravico, da zoper vas sprožim postopek pred sodišči države članice, v kateri imam običajno prebivališče ({ REF(79, par: 2) } { $gdpr }), in zahtevam odškodnino za kakršno koli škodo, ki mi je nastala ({ REF(82) } { $gdpr }).
reminder-remedies-uk = To pismo je hkrati moja pritožba pri vas na podlagi oddelka 164A zakona Data Protection Act 2018: prosim, da prejem pritožbe potrdite v 30 dneh in me brez nepotrebnega odlašanja obvestite o njenem izidu. Če moje zahteve ne izpolnite, vložim pritožbo pri nadzornem organu ({ REF(77) } { $gdpr }): { $authority } (ali njegov naslednik, Information Commission), { $address }. Pridržujem si pravico, da pri sodišču predlagam izdajo odredbe o izpolnitvi obveznosti (compliance order, oddelek 167 zakona Data Protection Act 2018), in zahtevam odškodnino ({ REF(82) } { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Kopija { $request }, prejete dne { $received }
enclosure-proof = Dokazilo o oddaji pošiljke in, če je na voljo, o njeni vročitvi
enclosure-reply = Kopija odgovora družbe { $controller }
enclosure-reminder = Kopija mojega opomina z dne { $reminded }

## Complaint to the supervisory authority (formal register towards a public authority; the
## requests are addressed to „nadzorni organ“ in the third person).

subject-complaint = Pritožba na podlagi { REF(77, case: "gen") } { $gdpr } zoper družbo { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Spoštovani,
complaint-intro = S tem vlagam pritožbo na podlagi { REF(77, case: "gen") } { $gdpr } zoper družbo { $controller }, { $controller_address }. Pritožba se nanaša na obravnavo { $request }, ki jo je družba { $controller } prejela dne { $received }; njeno kopijo prilagam.
complaint-no-reply = Družba { $controller } na mojo zahtevo ni odgovorila, čeprav je rok za odgovor potekel dne { $ends } oziroma, če je bil ta dan praznik, naslednji delovni dan ({ REF(12, par: 3) } { $gdpr }). O podaljšanju roka ali o razlogih, zakaj ni ukrepala, me ni obvestila ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = Družba { $controller } na mojo zahtevo ni odgovorila, čeprav je veljavni rok (applicable time period) za odgovor potekel dne { $ends } oziroma, če je bil ta dan praznik v Združenem kraljestvu (bank holiday), naslednji delovni dan (člen 12A { $gdpr }). O podaljšanju roka ali o razlogih, zakaj ni ukrepala, me ni obvestila ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = Družba { $controller } je sicer odgovorila, vendar je njen odgovor nepopoln: ne vsebuje vsega, kar zahtevam, in ne navaja razlogov, zakaj kaj manjka. Rok za popoln odgovor je potekel dne { $ends } oziroma, če je bil ta dan praznik, naslednji delovni dan ({ REF(12, par: 3) } { $gdpr }). Kopijo odgovora prilagam.
complaint-incomplete-uk = Družba { $controller } je sicer odgovorila, vendar je njen odgovor nepopoln: ne vsebuje vsega, kar zahtevam, in ne navaja razlogov, zakaj kaj manjka. Veljavni rok (applicable time period) za popoln odgovor je potekel dne { $ends } oziroma, če je bil ta dan praznik v Združenem kraljestvu (bank holiday), naslednji delovni dan (člen 12A { $gdpr }). Kopijo odgovora prilagam.
complaint-refused = Družba { $controller } je zavrnila ukrepanje v zvezi z mojo zahtevo. Kopijo njenega odgovora prilagam.
complaint-identity-demanded = Družba { $controller } je svoj odgovor pogojevala z identifikacijo, ki za mojo zahtevo ni bila potrebna, na primer s kopijo osebnega dokumenta. Kopijo njenega odgovora prilagam.
complaint-reminded = Dne { $reminded } je bil družbi { $controller } poslan moj opomin, družba pa zahteve kljub temu ni izpolnila. Kopijo opomina prilagam.
complaint-reminded-uk = Dne { $reminded } je bila pri družbi { $controller } vložena moja pritožba na podlagi oddelka 164A zakona Data Protection Act 2018; zadeva ni bila rešena. Kopijo te pritožbe prilagam.
complaint-infringements = Po mojem mnenju je družba { $controller } s tem kršila zlasti:
# Items in the accusative (objects of "kršila").
infringement-time-limit = { REF(12, par: 3, case: "acc") } { $gdpr }, ker v zvezi z mojo zahtevo ni ukrepala v roku;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4", case: "acc") } { $gdpr }, ker v zvezi z mojo zahtevo v roku ni v celoti ukrepala in ni navedla razlogov, zakaj je kaj izpustila;
infringement-incomplete-uk = { REF(12, par: "3 4", case: "acc") } { $gdpr } v povezavi s členom 12A { $gdpr }, ker v zvezi z mojo zahtevo v veljavnem roku ni v celoti ukrepala in ni navedla razlogov, zakaj je kaj izpustila;
infringement-time-limit-uk = { REF(12, par: 3, case: "acc") } { $gdpr } v povezavi s členom 12A { $gdpr }, ker v zvezi z mojo zahtevo ni ukrepala v veljavnem roku;
infringement-no-reasons = { REF(12, par: 4, case: "acc") } { $gdpr }, ker me ni obvestila o razlogih, zakaj ni ukrepala, in o moji pravici do vložitve pritožbe pri nadzornem organu;
infringement-access = { REF(15, case: "acc") } { $gdpr }, ker mi ni omogočila dostopa do mojih osebnih podatkov in informacij o njihovi obdelavi;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "acc") } in { REF(21, par: 1, case: "acc") } { $gdpr }, ker obdelave mojih osebnih podatkov niti ni omejila niti jih po vložitvi mojega ugovora ni prenehala obdelovati;
infringement-erasure = { REF(17, par: 1, case: "acc") } in { REF(21, par: 1, case: "acc") } { $gdpr }, ker mojih osebnih podatkov ni izbrisala in jih ni prenehala obdelovati, čeprav obstajajo razlogi za izbris in je bil vložen moj ugovor;
infringement-identification = { REF(12, par: 2, case: "acc") } in { REF(12, par: 6, case: "acc") } { $gdpr }, ker je uresničevanje mojih pravic pogojevala z identifikacijo, ki ni potrebna, ter { REF(5, par: 1, pt: "c", case: "acc") } { $gdpr }, ker zahteva več osebnih podatkov, kot jih potrebuje;
infringement-refusal = { REF(12, par: 4, case: "acc") } { $gdpr }, ker je zavrnila ukrepanje v zvezi z mojo zahtevo brez razloga, ki ga { $gdpr } priznava, ter { REF(12, par: 2, case: "acc") } { $gdpr }, kolikor se sklicuje na to, da me ne more identificirati;
complaint-decisions = Nadzorni organi so zoper družbo { $controller } že sprejeli naslednje odločitve:
complaint-requests = Zato predlagam, da nadzorni organ:
complaint-ask-handle = obravnava mojo pritožbo in preišče njeno vsebino ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = družbi { $controller } odredi, naj ugodi moji zahtevi ({ REF(58, par: 2, pt: "c") } { $gdpr }), in uporabi svoja druga popravljalna pooblastila ({ REF(58, par: 2) } in { REF(83) } { $gdpr });
complaint-ask-inform = me obvešča o napredku in izidu pritožbe ({ REF(77, par: 2) } { $gdpr }).
complaint-ask-inform-uk = me obvešča o napredku in izidu pritožbe (oddelek 165 zakona Data Protection Act 2018).
complaint-consent-share = Soglašam, da nadzorni organ to pritožbo skupaj z mojim imenom posreduje družbi { $controller } za namen njene obravnave.
