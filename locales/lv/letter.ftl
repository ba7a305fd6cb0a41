### facerights — letter text, Latvian (lv).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Latvian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): “datu subjekts”, “pārzinis”,
### “saņēmējs”, “uzraudzības iestāde”, “bez nepamatotas kavēšanās”, “apstrādes ierobežošana”,
### “pārliecinoši leģitīmi apstrādes iemesli” (21. panta 1. punkts), “atbilstošas garantijas”…
### Note: in Article 9(2)(e) the Latvian text says “apzināti publiskojis” (knowingly made public)
### where the English text says “manifestly made public”; the letter uses the Latvian wording.
### Provisions are cited the Latvian way ("VDAR 15. panta 1. punkta h) apakšpunkts"): see "Citations".
### Register: formal letter from a private person (first person singular); the company is addressed
### with the capitalised polite plural (Jūs, Jūsu, Jums). Perfect participles that would reveal the
### author's gender ("esmu pieprasījis / pieprasījusi") are avoided: simple past or passive instead.
###
### Variables available in every message:
###   $gdpr        short name of the law ("VDAR", or "UK GDPR" for United Kingdom letters); both are
###                indeclinable and stand before the article number: "VDAR 15. pants".
###   $controller  "Clearview AI, Inc." — always in quotes after the noun "uzņēmums" (masculine),
###                which carries the case: uzņēmums / uzņēmuma / uzņēmumam “{ $controller }”.

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# law-full-* are used only in intro-*, in the genitive position before the article number
# ("saskaņā ar { $law_full } 15. pantu", "no { $law_full }"). The head noun is in the genitive;
# everything after it stays inside the brackets, so the value can stand in mid-sentence.

law-short-eu = VDAR
law-short-uk = UK GDPR
law-full-eu = Regulas (ES) 2016/679 (Vispārīgā datu aizsardzības regula, “VDAR”)
law-full-eea = Regulas (ES) 2016/679 (Vispārīgā datu aizsardzības regula, “VDAR”, kas iekļauta Līgumā par Eiropas Ekonomikas zonu)
law-full-uk = United Kingdom General Data Protection Regulation (Apvienotās Karalistes Vispārīgā datu aizsardzības regula, “UK GDPR”, ko piemēro kopā ar Data Protection Act 2018 – 2018. gada Datu aizsardzības likumu)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Latvian notation, as in the Latvian text of the Regulation ("6. panta 1. punkta e) vai f)
# apakšpunktu") and in DVI decisions ("VDAR 6. panta 1. punkta f) apakšpunkts"): ordinal numbers,
# points with a closing bracket, a genitive chain in which only the last noun takes the case of the
# sentence; "VDAR" (indeclinable) stands before the number. Coordinated numbers keep the singular, as
# Latvian legislation does ("15. panta 1. un 2. punkts", "b), c) un e) apakšpunkts"). Attributes,
# chosen with case: "…" in REF:
#   (value) nominative   VDAR 15. panta 1. punkta h) apakšpunkts
#   .gen    genitive     … apakšpunkta      .acc  accusative (also after "saskaņā ar"): … apakšpunktu
#   .dat    dative       … apakšpunktam     .loc  locative: … apakšpunktā (paredzētie …)
# Lists (the articles a decision found infringed) follow decision-articles in the genitive
# ("… pārkāpumi"), each item with its own head word: ref-item-*.

ref-a = { $art }. pants
    .gen = { $art }. panta
    .acc = { $art }. pantu
    .dat = { $art }. pantam
    .loc = { $art }. pantā
ref-ap = { $art }. panta { $par } punkts
    .gen = { $art }. panta { $par } punkta
    .acc = { $art }. panta { $par } punktu
    .dat = { $art }. panta { $par } punktam
    .loc = { $art }. panta { $par } punktā
ref-app = { $art }. panta { $par } punkta { $pt } apakšpunkts
    .gen = { $art }. panta { $par } punkta { $pt } apakšpunkta
    .acc = { $art }. panta { $par } punkta { $pt } apakšpunktu
    .dat = { $art }. panta { $par } punkta { $pt } apakšpunktam
    .loc = { $art }. panta { $par } punkta { $pt } apakšpunktā
ref-an = { $art }. panta { $num }. punkts
    .gen = { $art }. panta { $num }. punkta
    .acc = { $art }. panta { $num }. punktu
    .dat = { $art }. panta { $num }. punktam
    .loc = { $art }. panta { $num }. punktā
ref-par = { $par }.
ref-point = { $letter })
ref-item-a = { $art }. panta
ref-item-ap = { $art }. panta { $par } punkta
ref-item-app = { $art }. panta { $par } punkta { $pt } apakšpunkta
ref-item-an = { $art }. panta { $num }. punkta
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects, in the locative, standing before
## "esošu personu" ("Itālijā esošu personu personas dati"). $code: ISO code; $name: the country's
## name from CLDR in the nominative, which Latvian cannot put in the locative here, so the default
## names the country in brackets after "šajā valstī" (the country of the citation).
country-in = { $code ->
    [IT] Itālijā
    [GR] Grieķijā
    [FR] Francijā
    [NL] Nīderlandē
    [AT] Austrijā
    [DE] Vācijā
    [GB] Apvienotajā Karalistē
   *[other] šajā valstī ({ $name })
}

## Letter frame

subject-access = Pieprasījums piekļūt maniem personas datiem saskaņā ar { $gdpr } { REF(15, case: "acc") }
subject-erasure = Pieprasījums dzēst manus personas datus saskaņā ar { $gdpr } { REF(17, case: "acc") } un iebildums saskaņā ar { $gdpr } { REF(21, par: 1, case: "acc") }
subject-access-erasure = Pieprasījums piekļūt datiem saskaņā ar { $gdpr } { REF(15, case: "acc") }, ierobežot apstrādi saskaņā ar { $gdpr } { REF(18, case: "acc") } un pēc tam dzēst datus saskaņā ar { $gdpr } { REF(17, case: "acc") }
# The Latvian salutation ends with an exclamation mark; the next paragraph starts with a capital.
salutation = Godātās dāmas un godātie kungi!
# No comma after the closing in Latvian.
closing = Ar cieņu
# $reference: the sender's own case or reference number.
our-reference = Mans atsauces numurs: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted in the
# nominative ("Rīga, 2026. g. 21. novembris").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = Pielikumā:
enclosure-photo = Manas sejas fotoattēls, ko iesniedzu tikai savai identificēšanai saistībā ar šo pieprasījumu
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Lapa { $page } no { $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Ar šo vēstuli izmantoju savas piekļuves tiesības saskaņā ar { $law_full } { REF(15, case: "acc") }. Lūdzu apstiprināt, vai uzņēmums “{ $controller }” apstrādā ar mani saistītus personas datus, un, ja apstrādā, nodrošināt man piekļuvi šiem personas datiem un turpmāk norādītajai informācijai. Šis pieprasījums man nav jāpamato.
intro-erasure = Ar šo vēstuli izmantoju savas tiesības uz dzēšanu saskaņā ar { $law_full } { REF(17, case: "acc") }. Lūdzu bez nepamatotas kavēšanās dzēst visus ar mani saistītos personas datus. Vienlaikus saskaņā ar { $gdpr } { REF(21, par: 1, case: "acc") } iebilstu pret jebkādu ar mani saistītu personas datu apstrādi.
intro-access-erasure = Ar šo vēstuli izmantoju savas tiesības, kas izriet no { $law_full }: vispirms piekļuves tiesības ({ $gdpr } { REF(15) }), pēc tam tiesības uz dzēšanu ({ $gdpr } { REF(17) }). Vispirms lūdzu piekļuvi, lai uzzinātu, kādi dati par mani ir Jūsu rīcībā, pirms tie tiek dzēsti. Saskaņā ar { $gdpr } { REF(21, par: 1, case: "acc") } iebilstu pret jebkādu ar mani saistītu personas datu apstrādi un līdz dzēšanai lūdzu ierobežot apstrādi ({ $gdpr } { REF(18) }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch decision, formatted in the nominative ("2024. gada
# 16. maijs"), so it stands in brackets after "lēmumu", as the CNIL date does in access-scope.
applicability-eu = Uz uzņēmumu “{ $controller }” attiecas { $gdpr }: tas vāc Eiropas Savienībā esošu personu attēlus un apstrādā tos, lai novērotu šo personu uzvedību ({ $gdpr } { REF(3, par: 2, pt: "b") }). Itālijas, Grieķijas, Francijas, Austrijas un Nīderlandes uzraudzības iestādes ir piemērojušas tam { $gdpr } un atzinušas tā veikto apstrādi par nelikumīgu. Saskaņā ar Nīderlandes uzraudzības iestādes lēmumu ({ $representative_date }) tas nebija iecēlis pārstāvi Savienībā ({ $gdpr } { REF(27) }). Tāpēc šo pieprasījumu adresēju tieši Jums.
applicability-eea = Uz uzņēmumu “{ $controller }” attiecas { $gdpr }: tas vāc Eiropas Ekonomikas zonā esošu personu attēlus un apstrādā tos, lai novērotu šo personu uzvedību ({ $gdpr } { REF(3, par: 2, pt: "b") }). Itālijas, Grieķijas, Francijas, Austrijas un Nīderlandes uzraudzības iestādes ir piemērojušas tam { $gdpr } un atzinušas tā veikto apstrādi par nelikumīgu. Saskaņā ar Nīderlandes uzraudzības iestādes lēmumu ({ $representative_date }) tas nebija iecēlis pārstāvi Savienībā ({ $gdpr } { REF(27) }). Tāpēc šo pieprasījumu adresēju tieši Jums.
applicability-uk = Uz uzņēmumu “{ $controller }” attiecas { $gdpr }. Upper Tribunal 2025. gadā atzina, ka tā veiktā apstrāde ir saistīta ar Apvienotajā Karalistē esošu personu uzvedības novērošanu ({ $gdpr } { REF(3, par: 2, pt: "b") }). Šo pieprasījumu adresēju tieši Jums.

## Access (Article 15)
# The access-copy-* items are objects of "Lūdzu izsniegt … kopiju …, jo īpaši:" (accusative).

access-heading = Piekļuve maniem personas datiem ({ $gdpr } { REF(15) })
access-copy = Lūdzu izsniegt visu Jūsu apstrādē esošo ar mani saistīto personas datu kopiju ({ $gdpr } { REF(15, par: 3) }), jo īpaši:
access-copy-images = katru attēlu, kurā es parādos vai kuru Jūs saistāt ar mani, tādā izšķirtspējā, kādā tas ir Jūsu rīcībā;
access-copy-sources = par katru attēlu – tīmekļa lapas un attēla datnes adresi (URL), kur tas tika savākts, lapas nosaukumu, kā arī datumus, kad tas tika savākts un kad pēdējo reizi atjaunināts;
access-copy-metadata = visus metadatus, kas par katru attēlu tiek glabāti, tostarp ģeolokācijas datus un datumus;
access-copy-biometrics = no manas sejas iegūtās biometriskās veidnes, vektorus vai jaucējvērtības (hash), kā arī jebkurus citus datus, ko Jūs par mani atvasinājāt vai izsecinājāt;
access-copy-searches = ierakstus par katru meklēšanu, kuras rezultātos es parādījos, norādot katras meklēšanas datumu;
access-copy-probe = ierakstus par katru meklēšanu, kurā klients augšupielādēja manas sejas attēlu, lai veiktu meklēšanu Jūsu datubāzē, kopā ar šo attēlu, meklēšanas datumu un norādi uz klientu, kas to veica;
access-copy-recipients = katra klienta vai cita saņēmēja, kuram tika izpausti ar mani saistīti rezultāti, identitāti.
# The access-info-* items are objects of "Tāpat lūdzu sniegt šādu informāciju" (accusative).
access-info = Tāpat lūdzu sniegt šādu informāciju ({ $gdpr } { REF(15, par: "1 2") }):
access-info-purposes = katras apstrādes darbības nolūkus ({ REF(15, par: 1, pt: "a") }) un katram nolūkam juridisko pamatu, uz kuru balstāties un kas Jums jebkurā gadījumā bija man jāpaziņo ({ REF(14, par: 1, pt: "c") });
access-info-categories = attiecīgo personas datu kategorijas ({ REF(15, par: 1, pt: "b") });
access-info-recipients = saņēmējus, kam personas dati ir izpausti vai kam tos izpaudīs, norādot katru saņēmēju pēc nosaukuma, jo īpaši saņēmējus trešās valstīs vai starptautiskās organizācijas; ar saņēmēju kategorijām nepietiek, ja Jūs varat identificēt pašus saņēmējus ({ REF(15, par: 1, pt: "c") }; Tiesas 2023. gada 12. janvāra spriedums lietā C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = saņēmējus, kam personas dati ir izpausti vai kam tos izpaudīs, norādot katru saņēmēju pēc nosaukuma, jo īpaši saņēmējus trešās valstīs vai starptautiskās organizācijas; ar saņēmēju kategorijām nepietiek, ja Jūs varat identificēt pašus saņēmējus ({ REF(15, par: 1, pt: "c") });
access-info-retention = laikposmu, cik ilgi katras kategorijas personas dati tiks glabāti, vai, ja tas nav iespējams, kritērijus, ko izmanto minētā laikposma noteikšanai ({ REF(15, par: 1, pt: "d") });
access-info-rights = informāciju par to, ka pastāv tiesības pieprasīt personas datu labošanu vai dzēšanu vai apstrādes ierobežošanu, kā arī tiesības iebilst pret šādu apstrādi ({ REF(15, par: 1, pt: "e") });
access-info-complaint = informāciju par tiesībām iesniegt sūdzību uzraudzības iestādei ({ REF(15, par: 1, pt: "f") });
access-info-source = visu pieejamo informāciju par personas datu avotu: konkrētās tīmekļa vietnes un lapas, nevis tikai avotu kategorijas ({ REF(15, par: 1, pt: "g") });
access-info-automated = informāciju par to, vai pastāv automatizēta lēmumu pieņemšana, tostarp profilēšana, un jēgpilnu informāciju par tajā ietverto loģiku, kā arī par šādas apstrādes nozīmīgumu un paredzamajām sekām attiecībā uz mani ({ REF(15, par: 1, pt: "h") });
access-info-transfers = ja personas datus nosūta trešai valstij vai starptautiskai organizācijai, informāciju par atbilstošām garantijām, ko saistībā ar datu nosūtīšanu piemēro saskaņā ar { $gdpr } { REF(46, case: "acc") } ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision. The date arrives in the nominative and stays in brackets.
access-scope = Šis pieprasījums attiecas uz visiem ar mani saistītajiem personas datiem visās Jūsu sistēmās, tostarp uz pseidonimizētiem datiem un datiem, ko Jūs atvasinājāt vai izsecinājāt. Tas nav ierobežots ar pēdējiem divpadsmit mēnešiem, nav ierobežots ar noteiktu pieprasījumu skaitu gadā un nav atkarīgs no tā, vai es to atkārtošu: Francijas uzraudzības iestāde (CNIL) savā lēmumā { $reference } ({ $date }) atzina šādus uzņēmuma “{ $controller }” noteiktos ierobežojumus par nelikumīgiem.
access-role = Par katru apstrādes darbību lūdzu norādīt arī to, vai to veicat kā pārzinis vai kā apstrādātājs klienta vārdā, un, ja kā apstrādātājs, – kura vārdā ({ $gdpr } { REF(4, num: 7) } un { REF(4, num: 8) }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out the way Latvian writes an inserted
# paragraph ("UK GDPR 15. panta 1.A punkts").
access-search-uk = Man ir tiesības uz personas datiem un informāciju, ko Jūs varat sniegt, pamatojoties uz pamatotu un samērīgu meklēšanu ({ $gdpr } 15. panta 1.A punkts). Jūsu datubāze ir izveidota, lai tajā meklētu pēc sejas: meklēšana tajā pēc manas sejas, kā arī meklēšana ierakstos par meklēšanām, kuru rezultātos es parādījos vai kurās tika augšupielādēta mana seja, ir pamatota un samērīga neatkarīgi no apjoma.
access-format = Lūdzu izsniegt kopiju bez maksas ({ $gdpr } { REF(12, par: 5) } un { REF(15, par: 3) }), skaidrā un vienkāršā valodā ({ $gdpr } { REF(12, par: 1) }) un, ja atbildat elektroniski, plaši izmantotā elektroniskā formā ({ $gdpr } { REF(15, par: 3) }).

## Erasure (Article 17)

erasure-heading = Manu personas datu dzēšana ({ $gdpr } { REF(17) })
erasure-after-access = Kad būsiet izsnieguši kopiju un iepriekš pieprasīto informāciju, lūdzu bez nepamatotas kavēšanās dzēst visus ar mani saistītos personas datus ({ $gdpr } { REF(17, par: 1) }).
# The erasure-scope-* items complete "Dzēšanai jāattiecas uz:" (accusative after "uz").
erasure-scope = Dzēšanai jāattiecas uz:
erasure-scope-images = katru manu attēlu un katru tā kopiju;
erasure-scope-biometrics = no manas sejas iegūtajām biometriskajām veidnēm, vektoriem un jaucējvērtībām (hash);
erasure-scope-metadata = ar šiem attēliem saistītajiem metadatiem un avotu adresēm (URL);
erasure-scope-searches = ar mani saistītajiem meklēšanas rezultātiem, meklēšanas žurnāliem un sasaistēm;
erasure-scope-backups = visām kopijām rezerves kopijās, arhīvos un Jūsu apstrādātāju sistēmās.
erasure-grounds = Ir piemērojami šādi dzēšanas pamati:
erasure-ground-unlawful = { $gdpr } { REF(17, par: 1, pt: "d") }: personas dati ir apstrādāti nelikumīgi. Jums nav juridiska pamata saskaņā ar { $gdpr } { REF(6, par: 1, case: "acc") }. Biometriskie dati ({ $gdpr } { REF(4, num: 14) }), ko apstrādā, lai veiktu fiziskas personas unikālu identifikāciju, ir īpašu kategoriju personas dati, kuru apstrādi aizliedz { $gdpr } { REF(9, par: 1) }. Nav piemērojams neviens no { REF(9, par: 2, case: "loc") } paredzētajiem izņēmumiem: es nedevu nepārprotamu piekrišanu savu biometrisko datu apstrādei Jūsu datubāzē ({ REF(9, par: 2, pt: "a") }), un internetā atrodamos attēlus es apzināti nepubliskoju biometriskas apstrādes vajadzībām ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("1. pielikums").
erasure-ground-unlawful-uk = { $gdpr } { REF(17, par: 1, pt: "d") }: personas dati ir apstrādāti nelikumīgi. Jums nav juridiska pamata saskaņā ar { $gdpr } { REF(6, par: 1, case: "acc") }. Biometriskie dati ({ $gdpr } { REF(4, num: 14) }), ko apstrādā, lai veiktu fiziskas personas unikālu identifikāciju, ir īpašu kategoriju personas dati, kuru apstrādi aizliedz { $gdpr } { REF(9, par: 1) }. Nav piemērojams neviens no { $gdpr } { REF(9, par: 2, case: "loc") } paredzētajiem izņēmumiem, lasot to kopā ar Data Protection Act 2018 (2018. gada Datu aizsardzības likums) 1. pielikumu: es nedevu nepārprotamu piekrišanu savu biometrisko datu apstrādei Jūsu datubāzē ({ REF(9, par: 2, pt: "a") }), un internetā atrodamos attēlus es apzināti nepubliskoju biometriskas apstrādes vajadzībām ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { $gdpr } { REF(17, par: 1, pt: "c") }: saskaņā ar { $gdpr } { REF(21, par: 1, case: "acc") } iebilstu pret apstrādi, balstoties uz iemesliem saistībā ar manu konkrēto situāciju: mana seja ir pastāvīgs identifikators, ko es nevaru mainīt, un tās klātbūtne Jūsu datubāzē ļauj jebkuram Jūsu klientam identificēt mani pēc jebkura fotoattēla neatkarīgi no tā, kur un kad tas uzņemts.
# The person's own words (--objection-grounds), in the letter's quotation marks; "ar saviem vārdiem"
# does not reveal the author's gender (unlike "manis paša / pašas").
erasure-ground-objection-own = Ar saviem vārdiem: “{ $grounds }”
# Article 21(1), Latvian text: "ja vien pārzinis neuzrāda pārliecinošus leģitīmus apstrādes iemeslus,
# kas ir svarīgāki par datu subjekta interesēm, tiesībām un brīvībām".
erasure-ground-objection-burden = Tāpēc Jums ir jāpārtrauc apstrāde, ja vien neuzrādāt pārliecinošus leģitīmus apstrādes iemeslus, kas ir svarīgāki par manām interesēm, tiesībām un brīvībām, vai nepierādāt, ka apstrāde ir vajadzīga, lai celtu, īstenotu vai aizstāvētu likumīgas prasības ({ $gdpr } { REF(21, par: 1) }). Ciktāl balstāties uz { $gdpr } { REF(6, par: 1, pt: "e f", conj: "or", case: "acc") }, šādu iemeslu nav: Jūsu komerciālā interese pārdot meklēšanas pēc manas sejas nav šāds iemesls.
erasure-ground-consent = { $gdpr } { REF(17, par: 1, pt: "b") }: ciktāl balstāties uz piekrišanu, es to atsaucu.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country. Its name is in its own language and has no Latvian case: it stays in brackets after
# "uzraudzības iestāde", which carries the grammar. $in_country: "Itālijā" (country-in).
erasure-ground-legal-obligation = { $gdpr } { REF(17, par: 1, pt: "e") }, papildus iepriekš minētajiem pamatiem: uzraudzības iestāde ({ $authority }) Jums uzdeva dzēst { $in_country } esošu personu personas datus. Tāpēc, manuprāt, dzēšana ir nepieciešama arī tādēļ, lai izpildītu Jums piemērojamu juridisku pienākumu.
erasure-exceptions = Nav piemērojams neviens no { $gdpr } { REF(17, par: 3, case: "loc") } paredzētajiem izņēmumiem: apstrāde nav nepieciešama ne lai īstenotu tiesības uz vārda brīvību un informāciju, ne lai izpildītu juridisku pienākumu, ne lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot oficiālās pilnvaras, ne sabiedrības interešu dēļ sabiedrības veselības jomā, ne arhivēšanas nolūkos sabiedrības interesēs, zinātniskās vai vēstures pētniecības nolūkos vai statistikas nolūkos, ne arī lai celtu, īstenotu vai aizstāvētu likumīgas prasības. Ja atsaucaties uz kādu izņēmumu, lūdzu norādīt, uz kuru un kāpēc ({ $gdpr } { REF(12, par: 4) }).
erasure-restriction = Līdz dzēšanai lūdzu ierobežot manu personas datu apstrādi ({ $gdpr } { REF(18, par: 1, pt: "d") }, kamēr pārbaudāt manu iebildumu): jo īpaši nekavējoties pārtrauciet rādīt mani meklēšanas rezultātos.
erasure-recipients = Lūdzu paziņot par dzēšanu katram saņēmējam, kuram ir izpausti mani personas dati, tostarp katram klientam, kas meklēšanas rezultātos saņēma manus attēlus ({ $gdpr } { REF(19) }), un norādīt man, kas ir šie saņēmēji. Ja Jūs publiskojāt manus personas datus, lūdzu veikt saprātīgus pasākumus, lai informētu pārziņus, kas šos datus apstrādā, ka es pieprasīju dzēst visas saites uz šiem datiem vai šo datu kopijas ({ $gdpr } { REF(17, par: 2) }).
erasure-no-recollection = Lūdzu norādīt, ko darīsiet, lai nodrošinātu, ka mani personas dati netiek vākti atkārtoti. Ja glabājat kādu ierakstu, lai novērstu to vākšanu nākotnē, lūdzu precīzi norādīt, ko šis ieraksts satur un uz kāda juridiskā pamata to glabājat.
erasure-confirmation = Lūdzu rakstiski apstiprināt dzēšanu un norādīt, ko dzēsāt, tostarp kopijas rezerves kopijās un atvasinātās veidnes.
erasure-free = Darbības pēc mana dzēšanas pieprasījuma, tostarp paziņojumi un apstiprinājums, ir jāveic bez maksas ({ $gdpr } { REF(12, par: 5) }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Apstrādes ierobežošana līdz dzēšanai ({ $gdpr } { REF(18) })
restriction-body = No šīs vēstules saņemšanas līdz dzēšanai lūdzu ierobežot manu personas datu apstrādi ({ $gdpr } { REF(18, par: 1, pt: "d") }, kamēr pārbaudāt manu iebildumu saskaņā ar { $gdpr } { REF(21, par: 1, case: "acc") }): glabājiet datus, bet neizmantojiet tos nekādam citam nolūkam kā vien atbildei uz šo pieprasījumu. Jo īpaši nekavējoties pārtrauciet rādīt mani meklēšanas rezultātos.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikācija
identification-no-photo = Šajā vēstulē sniegtā informācija ir pietiekama, lai uz to atbildētu. Ja Jums ir pamatotas šaubas par manu identitāti, lūdzu norādīt, kāda papildu informācija ir neapšaubāmi nepieciešama ({ $gdpr } { REF(12, par: 6) }). Ja Jūsu sistēmā meklēšanu var veikt tikai ar manas sejas fotoattēlu, lūdzu man to paziņot; tad iesniegšu šādu fotoattēlu tikai šī pieprasījuma vajadzībām.
identification-photo = Pievienoju savas sejas fotoattēlu tikai tādēļ, lai Jūs varētu atrast ar mani saistītos personas datus ({ $gdpr } { REF(11, par: 2) } un { REF(12, par: 6) }). Dodu nepārprotamu piekrišanu ({ $gdpr } { REF(9, par: 2, pt: "a") }) vienai meklēšanai Jūsu datubāzē ar biometrisko veidni, kas izveidota no šī fotoattēla, tikai šī pieprasījuma vajadzībām. Nekādai citai izmantošanai piekrišanu nedodu: nepievienojiet fotoattēlu vai veidni savai datubāzei un neizpaudiet tos. Savu piekrišanu atsaucu, tiklīdz būsiet atbildējuši uz šo pieprasījumu ({ $gdpr } { REF(7, par: 3) }): tad dzēsiet fotoattēlu, veidni un ar tiem veiktās meklēšanas rezultātus un apstipriniet man dzēšanu ({ $gdpr } { REF(5, par: 1, pt: "b c e") }).
identification-id-document = Personu apliecinoša dokumenta kopiju nesūtīšu, ja vien Jūs nepierādīsiet, ka tā ir neapšaubāmi nepieciešama. Jebkura šāda kopija ir jādzēš tūlīt pēc pārbaudes (Eiropas Datu aizsardzības kolēģija, Pamatnostādnes 01/2022 par datu subjektu tiesībām – piekļuves tiesības, 74., 76. un 79. punkts).
# United Kingdom letters: the UK regulator's guidance, its title in English in quotation marks.
identification-id-document-uk = Personu apliecinoša dokumenta kopiju nesūtīšu, ja vien Jūs nepierādīsiet, ka tā ir nepieciešama: Jūs drīkstat prasīt tikai tādu informāciju, kas ir pamatota un samērīga manas identitātes apstiprināšanai (Information Commissioner's Office, vadlīnijas “Right of access”).

## Deadline and form (Article 12)

deadline-heading = Atbildes termiņš un forma
deadline-access = Lūdzu atbildēt bez nepamatotas kavēšanās un vēlākais mēneša laikā pēc šī pieprasījuma saņemšanas ({ $gdpr } { REF(12, par: 3) }). Vajadzības gadījumā šo laikposmu varat pagarināt vēl ne vairāk kā uz diviem mēnešiem, ņemot vērā pieprasījumu sarežģītību un skaitu; tādā gadījumā Jums viena mēneša laikā pēc pieprasījuma saņemšanas ir jāinformē mani par pagarinājumu, norādot kavēšanās iemeslus. Ja neveicat darbības pēc mana pieprasījuma, Jums mēneša laikā jāinformē mani par iemesliem un par manām tiesībām iesniegt sūdzību uzraudzības iestādei un izmantot tiesību aizsardzības līdzekļus tiesā ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure = Lūdzu bez nepamatotas kavēšanās un vēlākais mēneša laikā pēc pieprasījuma saņemšanas veikt darbības pēc mana pieprasījuma ({ $gdpr } { REF(12, par: 3) }). Vajadzības gadījumā šo laikposmu varat pagarināt vēl ne vairāk kā uz diviem mēnešiem, ņemot vērā pieprasījumu sarežģītību un skaitu; tādā gadījumā Jums viena mēneša laikā pēc pieprasījuma saņemšanas ir jāinformē mani par pagarinājumu, norādot kavēšanās iemeslus. Ja neveicat darbības pēc mana pieprasījuma, Jums mēneša laikā jāinformē mani par iemesliem un par manām tiesībām iesniegt sūdzību uzraudzības iestādei un izmantot tiesību aizsardzības līdzekļus tiesā ({ $gdpr } { REF(12, par: 4) }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written out
# ("UK GDPR 12.A pants"); the English term follows in brackets.
deadline-access-uk = Lūdzu atbildēt bez nepamatotas kavēšanās un vēlākais līdz piemērojamā laikposma (applicable time period) beigām, proti, mēneša laikā pēc šī pieprasījuma saņemšanas ({ $gdpr } 12.A pants). Šo laikposmu varat pagarināt vēl ne vairāk kā uz diviem mēnešiem un tikai tad, ja tas ir nepieciešams pieprasījumu sarežģītības vai skaita dēļ; tādā gadījumā Jums tā paša mēneša laikā man par to jāpaziņo, norādot iemeslus. Ja Jums pamatoti ir vajadzīga papildu informācija no manis, lai noteiktu informāciju vai apstrādi, uz ko attiecas mans pieprasījums, lūdziet to nekavējoties: laikposma tecējums tiek apturēts tikai līdz manai atbildei. Ja neveicat darbības pēc mana pieprasījuma, Jums šajā laikposmā jāinformē mani par iemesliem un par manām tiesībām iesniegt sūdzību Information Commissioner un izmantot tiesību aizsardzības līdzekļus tiesā ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure-uk = Lūdzu bez nepamatotas kavēšanās un vēlākais līdz piemērojamā laikposma (applicable time period) beigām, proti, mēneša laikā pēc šī pieprasījuma saņemšanas, veikt darbības pēc mana pieprasījuma ({ $gdpr } 12.A pants). Šo laikposmu varat pagarināt vēl ne vairāk kā uz diviem mēnešiem un tikai tad, ja tas ir nepieciešams pieprasījumu sarežģītības vai skaita dēļ; tādā gadījumā Jums tā paša mēneša laikā man par to jāpaziņo, norādot iemeslus. Ja neveicat darbības pēc mana pieprasījuma, Jums šajā laikposmā jāinformē mani par iemesliem un par manām tiesībām iesniegt sūdzību Information Commissioner un izmantot tiesību aizsardzības līdzekļus tiesā ({ $gdpr } { REF(12, par: 4) }).
no-formalities = Jūs nedrīkstat padarīt savu atbildi atkarīgu no konkrētas veidlapas, tīmekļa portāla vai nosūtīšanas veida izmantošanas (Eiropas Datu aizsardzības kolēģija, Pamatnostādnes 01/2022 par datu subjektu tiesībām – piekļuves tiesības, 50.–53. punkts).
# United Kingdom letters: the UK regulator's guidance, its title in English in quotation marks.
no-formalities-uk = Jūs nedrīkstat padarīt savu atbildi atkarīgu no konkrētas veidlapas, tīmekļa portāla vai nosūtīšanas veida izmantošanas: pieprasījumu var iesniegt jebkādā formā, mutiski vai rakstiski (Information Commissioner's Office, vadlīnijas “Right of access”).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Lūdzu sūtīt atbildi uz iepriekš norādīto adresi.
reply-to-both = Lūdzu sūtīt atbildi uz iepriekš norādīto pasta vai e-pasta adresi.
reply-to-email = Lūdzu sūtīt atbildi uz iepriekš norādīto e-pasta adresi.

## Decisions against Clearview

decisions-heading = Lēmumi pret uzņēmumu “{ $controller }”
decisions-own = Valstī, kurā dzīvoju, ir pieņemti šādi lēmumi:
decisions-other = Citu valstu uzraudzības iestādes ir atzinušas to pašu uzņēmuma “{ $controller }” veikto apstrādi par nelikumīgu. Es atsaucos uz to lēmumiem:
# One decision. $authority: name of the authority or court (in its own language, no Latvian case);
# $country: its country (CLDR, nominative, in brackets); $act: one of decision-kind-* with the
# reference; $date: its date, in the nominative ("2022. g. 10. februāris"), which is why it stands
# on its own after a comma instead of inside a genitive construction.
decision-citation = { $authority } ({ $country }), { $act }, { $date }
# The Italian Garante's "ordinanza ingiunzione" (an order imposing a fine together with corrective
# measures): a decision imposing a fine, with the Italian term in brackets.
decision-kind-injunction-order = lēmums par naudas soda uzlikšanu (ordinanza ingiunzione) Nr. { $reference }
decision-kind-decision = lēmums { $reference }
decision-kind-formal-notice = oficiāls brīdinājums { $reference }
# The CNIL's act: a "délibération" of its restricted committee (formation restreinte).
decision-kind-sanction = ierobežotā sastāva komitejas lēmums (délibération) { $reference }
decision-kind-penalty-liquidation = lēmums { $reference } (kavējuma naudas galīgās summas noteikšana)
decision-kind-fines-and-penalty-orders = lēmums (naudas sodi un rīkojumi, kuru neizpildes gadījumā piemēro kavējuma naudu)
# The Austrian DSB's "Bescheid": an administrative decision.
decision-kind-bescheid = lēmums (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the DSB's decision aside and remitting
# the case (§ 28(3) VwGVG): a procedural "lēmums", not a judgment ("spriedums").
decision-kind-remittal-order = lēmums (Beschluss) { $reference }
# A UK tribunal's decision (First-tier Tribunal, Upper Tribunal).
decision-kind-tribunal-decision = lēmums { $reference }
decision-kind-letter = vēstule
decision-kind-enforcement-and-penalty-notices = izpildes paziņojums (enforcement notice) un paziņojums par naudas sodu (monetary penalty notice)
# The following sentences come after decision-citation in any combination. They are impersonal
# (passive), because the deciding body may be an authority, a commissioner or a court.
# $articles: the provisions found infringed, in the genitive (ref-item-*, joined with "un"):
# "5. panta 1. punkta a) apakšpunkta, 6. panta un 9. panta".
decision-articles = Tika konstatēti { $gdpr } { $articles } pārkāpumi.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Tika piemērots naudas sods { $amount } apmērā.
# The UK's statutory term (section 155 of the Data Protection Act 2018): "naudas sods", as in
# decision-kind-enforcement-and-penalty-notices, with the English term in brackets.
decision-monetary-penalty = Tika piemērots naudas sods (monetary penalty) { $amount } apmērā.
decision-fines-total = Tika piemēroti naudas sodi kopumā { $amount } apmērā.
decision-penalty-per-day = Papildus tika noteikta kavējuma nauda { $amount } apmērā par katru kavējuma dienu.
decision-penalty-max = Papildus tika izdoti rīkojumi, kuru neizpildes gadījumā var piemērot kavējuma naudu kopumā līdz { $amount }.
decision-penalty-liquidated = Uzņēmumam “{ $controller }” tika uzdots samaksāt { $amount }, jo tas laikā neizpildīja rīkojumu.
decision-orders = Uzņēmumam “{ $controller }” tika uzdots:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items (infinitives).
decision-requests = Uzņēmums “{ $controller }” tika aicināts:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Paziņojumi nav galīgi: Upper Tribunal nodeva uzņēmuma “{ $controller }” pārsūdzību par tiem atpakaļ jaunai izskatīšanai First-tier Tribunal.
# Orders are list items completing "Uzņēmumam “…” tika uzdots:" (decision-orders) or
# "Uzņēmums “…” tika aicināts:" (decision-requests): each starts with an infinitive and ends with ";".
# facerights replaces the separator of the last item with a full stop.
# $in_country: the locative of country-in ("Itālijā"), before "esošu personu".
order-ban-collection-territory = pārtraukt vākt { $in_country } esošu personu attēlus un citus personas datus un pārtraukt apstrādāt viņu biometriskos datus;
order-ban-collection-processing-territory = pārtraukt ar tīmekļa datu ieguves (web scraping) palīdzību vākt { $in_country } esošu personu attēlus un metadatus un pārtraukt jebkādu turpmāku viņu personas datu, gan parasto, gan biometrisko, apstrādi;
order-erase-territory = dzēst { $in_country } esošu personu personas datus;
order-erase-territory-after-access = dzēst { $in_country } esošu personu personas datus pēc tam, kad būs atbildēts uz jau saņemtajiem piekļuves pieprasījumiem;
order-stop-processing-territory = pārtraukt bez juridiska pamata vākt un apstrādāt { $in_country } esošu personu personas datus;
order-facilitate-rights = atvieglot datu subjektu tiesību īstenošanu un atbildēt uz sūdzības iesniedzēja piekļuves pieprasījumu;
order-answer-complainant-access = atbildēt uz sūdzības iesniedzēja piekļuves pieprasījumu;
order-grant-complainant-erasure = izpildīt sūdzības iesniedzēja dzēšanas pieprasījumu;
order-appoint-representative = norīkot pārstāvi Savienībā ({ $gdpr } { REF(27) });
order-stop-processing-erase-territory = pārtraukt apstrādāt { $in_country } esošu personu personas datus un dzēst nelikumīgi iegūtos datus;
order-give-art14-information = informēt datu subjektus, kā to prasa { $gdpr } { REF(14) };
order-stop-refusing-access = izbeigt praksi neatbildēt uz piekļuves pieprasījumiem;
order-erase-complainant = dzēst sūdzības iesniedzēja personas datus;
order-erase-complainant-biometric = dzēst sūdzības iesniedzēja biometriskās jaucējvērtības (hash);
order-stop-obtaining-uk = pārtraukt iegūt un izmantot internetā publiski pieejamus Apvienotās Karalistes iedzīvotāju personas datus;
order-erase-uk = dzēst Apvienotās Karalistes iedzīvotāju personas datus no savām sistēmām;
# The court's act is a remittal order (lēmums), not a judgment: "atzina", not "nosprieda".
outcome-reconsider-ban = Tiesa atzina, ka iestādei ir atkārtoti jāizvērtē savs atteikums aizliegt apstrādi un ka aizliegums ir vienīgais piemērotais pasākums; tā nodeva lietu iestādei jaunai izskatīšanai.
outcome-ftt-no-jurisdiction = Tiesa apmierināja uzņēmuma “Clearview” pārsūdzību, atzīstot, ka Information Commissioner nebija kompetences izdot šos paziņojumus.
outcome-ut-ico-appeal-allowed = Tiesa apmierināja Information Commissioner pārsūdzību: apstrāde ir saistīta ar Apvienotajā Karalistē esošu personu uzvedības novērošanu, un tas, ka uzņēmuma “Clearview” klienti ir ārvalstu publiskas iestādes, neizslēdz šo apstrādi no { $gdpr } piemērošanas jomas.
outcome-remitted-ftt = Tiesa nodeva uzņēmuma “Clearview” pārsūdzību par šiem paziņojumiem atpakaļ izskatīšanai First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "un":
# noun phrases in the nominative, e.g. "naudas sods 20 000 000 € apmērā, turpmākas vākšanas aizliegums un …".
summary-fine = naudas sods { $amount } apmērā
summary-monetary-penalty = naudas sods (monetary penalty) { $amount } apmērā, kas vēl nav galīgs
summary-erasure = rīkojums dzēst { $in_country } esošu personu personas datus
summary-ban = turpmākas vākšanas aizliegums
summary-access = rīkojums pārtraukt atteikties atbildēt uz piekļuves pieprasījumiem
summary-complainant-access = rīkojums atbildēt uz sūdzības iesniedzēja piekļuves pieprasījumu
summary-erase-complainant = rīkojums dzēst sūdzības iesniedzēja personas datus
summary-representative = rīkojums norīkot pārstāvi Savienībā
summary-no-fine = naudas sods netika piemērots
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

remedies = Ja noteiktajā termiņā nesniegsiet pilnīgu atbildi, iesniegšu sūdzību kompetentajai uzraudzības iestādei ({ $gdpr } { REF(77) }): { $authority }, { $address }. Paturu tiesības ierosināt tiesvedību pret Jums tās dalībvalsts tiesās, kurā ir mana pastāvīgā dzīvesvieta ({ $gdpr } { REF(79, par: 2) }), un prasīt kompensāciju ({ $gdpr } { REF(82) }).
# EEA letters: Article 79(2) for the EEA-EFTA states ("tās valsts", the EEA State).
remedies-eea = Ja noteiktajā termiņā nesniegsiet pilnīgu atbildi, iesniegšu sūdzību kompetentajai uzraudzības iestādei ({ $gdpr } { REF(77) }): { $authority }, { $address }. Paturu tiesības ierosināt tiesvedību pret Jums tās valsts tiesās, kurā ir mana pastāvīgā dzīvesvieta ({ $gdpr } { REF(79, par: 2) }), un prasīt kompensāciju ({ $gdpr } { REF(82) }).
# A German sender who did not name the Land: § 19(2) BDSG, cited as Latvian cites a foreign statute
# ("Vācijas Federālā datu aizsardzības likuma (BDSG) 19. panta otrā daļa").
remedies-land-of-residence = Ja noteiktajā termiņā nesniegsiet pilnīgu atbildi, iesniegšu sūdzību tās Vācijas federālās zemes datu aizsardzības uzraudzības iestādei, kurā dzīvoju ({ $gdpr } { REF(77) }; Vācijas Federālā datu aizsardzības likuma (BDSG) 19. panta otrā daļa). Paturu tiesības ierosināt tiesvedību pret Jums tās dalībvalsts tiesās, kurā ir mana pastāvīgā dzīvesvieta ({ $gdpr } { REF(79, par: 2) }), un prasīt kompensāciju ({ $gdpr } { REF(82) }).
# United Kingdom letters: sections of the Data Protection Act 2018 ("164.A sadaļa"), the Act's name in
# English as in law-full-uk.
remedies-uk = Jums ir jāatvieglo sūdzību iesniegšana Jums par manu personas datu apstrādi (Data Protection Act 2018 164.A sadaļa). Ja piemērojamajā laikposmā nesniegsiet pilnīgu atbildi, saskaņā ar šo sadaļu iesniegšu sūdzību Jums un, ja tas jautājumu neatrisinās, – uzraudzības iestādei ({ $gdpr } { REF(77) }): { $authority } (vai tās tiesību pārņēmējai – Information Commission), { $address }. Paturu tiesības vērsties tiesā, lai panāktu rīkojumu par prasību izpildi (compliance order, Data Protection Act 2018 167. sadaļa), un prasīt kompensāciju ({ $gdpr } { REF(82) }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted in the nominative ("2026. gada 1. oktobris"): they therefore stand as a
## predicate ("… pēdējā diena bija { $ends }") or after "datums", never as an adverbial of time.

# What the first request asked for: the infinitive phrase after "pieprasījums" ("pieprasījums
# piekļūt …"), so that "pieprasījums" takes each sentence's case: "saņēmāt manu pieprasījumu
# { $request }", "mana pieprasījuma kopija", "attiecas uz manu pieprasījumu { $request }".
request-name-access = piekļūt maniem personas datiem saskaņā ar { $gdpr } { REF(15, case: "acc") }
request-name-erasure = dzēst manus personas datus saskaņā ar { $gdpr } { REF(17, case: "acc") }, vienlaikus iebilstot pret apstrādi saskaņā ar { $gdpr } { REF(21, par: 1, case: "acc") }
request-name-access-erasure = piekļūt datiem saskaņā ar { $gdpr } { REF(15, case: "acc") }, ierobežot apstrādi saskaņā ar { $gdpr } { REF(18, case: "acc") } un pēc tam dzēst datus saskaņā ar { $gdpr } { REF(17, case: "acc") }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Atgādinājums par manu pieprasījumu { $request } (saņemšanas datums: { $received })
# $ends: the last day of the reply period.
reminder-facts = Jūs saņēmāt manu pieprasījumu { $request }; tā kopija ir pielikumā. Saņemšanas datums bija { $received }, un Jūsu atbildes termiņa pēdējā diena bija { $ends } vai, ja šī diena bija svētku diena, nākamā darbdiena ({ $gdpr } { REF(12, par: 3) }).
reminder-facts-uk = Jūs saņēmāt manu pieprasījumu { $request }; tā kopija ir pielikumā. Saņemšanas datums bija { $received }, un Jūsu atbildei piemērojamā laikposma (applicable time period) pēdējā diena bija { $ends } vai, ja šī diena bija svētku diena (bank holiday), nākamā darbdiena ({ $gdpr } 12.A pants).
reminder-no-reply = No Jums nav saņemta nekāda atbilde, ne arī informācija par termiņa pagarināšanu vai iemesliem, kādēļ neveicāt darbības pēc mana pieprasījuma ({ $gdpr } { REF(12, par: "3 4") }).
reminder-incomplete = Jūsu atbilde ir nepilnīga: tajā nav ietverts viss, ko pieprasīju, un nav norādīti iemesli, kāpēc kaut kas ir izlaists ({ $gdpr } { REF(12, par: 4) }).
# $grace: a date fourteen days after this letter.
reminder-demand = Tādējādi Jūs pārkāpjat { $gdpr }. Lūdzu bez turpmākas kavēšanās pilnībā izpildīt manu pieprasījumu; galīgais termiņš ir { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Ja Jūs to neizdarīsiet, bez papildu brīdinājuma iesniegšu sūdzību uzraudzības iestādei ({ $gdpr } { REF(77) }): { $authority }, { $address }. Paturu tiesības ierosināt tiesvedību pret Jums tās dalībvalsts tiesās, kurā ir mana pastāvīgā dzīvesvieta ({ $gdpr } { REF(79, par: 2) }), un prasīt kompensāciju par jebkādu man nodarīto kaitējumu ({ $gdpr } { REF(82) }).
reminder-remedies-eea = Ja Jūs to neizdarīsiet, bez papildu brīdinājuma iesniegšu sūdzību uzraudzības iestādei ({ $gdpr } { REF(77) }): { $authority }, { $address }. Paturu tiesības ierosināt tiesvedību pret Jums tās valsts tiesās, kurā ir mana pastāvīgā dzīvesvieta ({ $gdpr } { REF(79, par: 2) }), un prasīt kompensāciju par jebkādu man nodarīto kaitējumu ({ $gdpr } { REF(82) }).
reminder-remedies-land-of-residence = Ja Jūs to neizdarīsiet, bez papildu brīdinājuma iesniegšu sūdzību tās Vācijas federālās zemes datu aizsardzības uzraudzības iestādei, kurā dzīvoju ({ $gdpr } { REF(77) }; Vācijas Federālā datu aizsardzības likuma (BDSG) 19. panta otrā daļa). Paturu tiesības ierosināt tiesvedību pret Jums tās dalībvalsts tiesās, kurā ir mana pastāvīgā dzīvesvieta ({ $gdpr } { REF(79, par: 2) }), un prasīt kompensāciju par jebkādu man nodarīto kaitējumu ({ $gdpr } { REF(82) }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018,
# which the controller must acknowledge within 30 days.
reminder-remedies-uk = Šī vēstule ir arī mana sūdzība Jums saskaņā ar Data Protection Act 2018 164.A sadaļu: lūdzu 30 dienu laikā pēc tās saņemšanas apstiprināt tās saņemšanu un bez nepamatotas kavēšanās paziņot man tās izskatīšanas rezultātu. Ja neizpildīsiet manu pieprasījumu, iesniegšu sūdzību uzraudzības iestādei ({ $gdpr } { REF(77) }): { $authority } (vai tās tiesību pārņēmējai – Information Commission), { $address }. Paturu tiesības vērsties tiesā, lai panāktu rīkojumu par prasību izpildi (compliance order, Data Protection Act 2018 167. sadaļa), un prasīt kompensāciju ({ $gdpr } { REF(82) }).
# Enclosure lines.
enclosure-request-copy = Mana pieprasījuma kopija (pieprasījums { $request }, saņemšanas datums: { $received })
enclosure-proof = Nosūtīšanas un, ja pieejams, piegādes apliecinājums
enclosure-reply = Uzņēmuma “{ $controller }” atbildes kopija
enclosure-reminder = Mana atgādinājuma kopija (atgādinājuma datums: { $reminded })

## Complaint to the supervisory authority (in the authority's language by default). The authority is
## addressed with the capitalised polite plural, as the company is ("Tāpēc lūdzu: izskatīt …").

subject-complaint = Sūdzība par uzņēmumu “{ $controller }” saskaņā ar { $gdpr } { REF(77, case: "acc") }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
# Latvian: as `salutation`, with an exclamation mark; the next paragraph starts with a capital.
salutation-complaint = Godātās dāmas un godātie kungi!
# $controller_address: Clearview's postal address on one line.
complaint-intro = Saskaņā ar { $gdpr } { REF(77, case: "acc") } iesniedzu sūdzību par uzņēmumu “{ $controller }” ({ $controller_address }). Sūdzība attiecas uz manu pieprasījumu { $request }. Uzņēmums šo pieprasījumu saņēma, saņemšanas datums bija { $received }; pieprasījuma kopija ir pielikumā.
# What happened ($outcome): one of these.
complaint-no-reply = Uzņēmums “{ $controller }” uz manu pieprasījumu nav atbildējis, un atbildes termiņa pēdējā diena bija { $ends } vai, ja šī diena bija svētku diena, nākamā darbdiena ({ $gdpr } { REF(12, par: 3) }). Tas nav informējis mani ne par termiņa pagarināšanu, ne par iemesliem, kādēļ nav veicis darbības ({ $gdpr } { REF(12, par: 4) }).
complaint-no-reply-uk = Uzņēmums “{ $controller }” uz manu pieprasījumu nav atbildējis, un atbildei piemērojamā laikposma (applicable time period) pēdējā diena bija { $ends } vai, ja šī diena bija svētku diena (bank holiday), nākamā darbdiena ({ $gdpr } 12.A pants). Tas nav informējis mani ne par termiņa pagarināšanu, ne par iemesliem, kādēļ nav veicis darbības ({ $gdpr } { REF(12, par: 4) }).
complaint-incomplete = Uzņēmums “{ $controller }” ir atbildējis, taču tā atbilde ir nepilnīga: tajā nav ietverts viss, ko pieprasīju, un nav norādīti iemesli, kāpēc kaut kas ir izlaists. Pilnīgas atbildes termiņa pēdējā diena bija { $ends } vai, ja šī diena bija svētku diena, nākamā darbdiena ({ $gdpr } { REF(12, par: 3) }). Atbildes kopija ir pielikumā.
complaint-incomplete-uk = Uzņēmums “{ $controller }” ir atbildējis, taču tā atbilde ir nepilnīga: tajā nav ietverts viss, ko pieprasīju, un nav norādīti iemesli, kāpēc kaut kas ir izlaists. Pilnīgai atbildei piemērojamā laikposma (applicable time period) pēdējā diena bija { $ends } vai, ja šī diena bija svētku diena (bank holiday), nākamā darbdiena ({ $gdpr } 12.A pants). Atbildes kopija ir pielikumā.
complaint-refused = Uzņēmums “{ $controller }” ir atteicies veikt darbības pēc mana pieprasījuma. Tā atbildes kopija ir pielikumā.
complaint-identity-demanded = Uzņēmums “{ $controller }” ir padarījis savu atbildi atkarīgu no identifikācijas, kas manam pieprasījumam nebija vajadzīga, piemēram, no personu apliecinoša dokumenta kopijas. Tā atbildes kopija ir pielikumā.
# $reminded: the date of the reminder the person sent.
complaint-reminded = Es atgādināju uzņēmumam “{ $controller }” par savu pieprasījumu (atgādinājuma datums: { $reminded }); tas pieprasījumu nav izpildījis. Atgādinājuma kopija ir pielikumā.
complaint-reminded-uk = Es iesniedzu uzņēmumam “{ $controller }” sūdzību saskaņā ar Data Protection Act 2018 164.A sadaļu (sūdzības datums: { $reminded }); jautājums nav atrisināts. Šīs sūdzības kopija ir pielikumā.
complaint-infringements = Uzskatu, ka uzņēmums “{ $controller }” tādējādi ir pārkāpis jo īpaši šādus noteikumus:
# Infringements, as list items in the nominative, ending with ";" like the orders.
infringement-time-limit = { $gdpr } { REF(12, par: 3) }, jo tas noteiktajā termiņā neveica darbības pēc mana pieprasījuma;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { $gdpr } { REF(12, par: "3 4") }, jo tas noteiktajā termiņā neizpildīja manu pieprasījumu pilnībā un nenorādīja iemeslus, kāpēc kaut kas ir izlaists;
infringement-incomplete-uk = { $gdpr } { REF(12, par: "3 4") } saistībā ar { $gdpr } 12.A pantu, jo tas piemērojamajā laikposmā neizpildīja manu pieprasījumu pilnībā un nenorādīja iemeslus, kāpēc kaut kas ir izlaists;
infringement-time-limit-uk = { $gdpr } { REF(12, par: 3) } saistībā ar { $gdpr } 12.A pantu, jo tas piemērojamajā laikposmā neveica darbības pēc mana pieprasījuma;
infringement-no-reasons = { $gdpr } { REF(12, par: 4) }, jo tas mani neinformēja par darbību neveikšanas iemesliem un par manām tiesībām iesniegt sūdzību;
infringement-access = { $gdpr } { REF(15) }, jo tas nav nodrošinājis man piekļuvi maniem personas datiem un informācijai par to apstrādi;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { $gdpr } { REF(18, par: 1, pt: "d") } un { REF(21, par: 1) }, jo tas nav ne ierobežojis manu personas datu apstrādi, ne arī pārtraucis to pēc mana iebilduma;
infringement-erasure = { $gdpr } { REF(17, par: 1) } un { REF(21, par: 1) }, jo tas nav dzēsis manus personas datus un nav pārtraucis to apstrādi, lai gan pastāv dzēšanas pamats un es iebildu pret apstrādi;
infringement-identification = { $gdpr } { REF(12, par: 2) } un { REF(12, par: 6) }, jo tas manu tiesību īstenošanu padarīja atkarīgu no identifikācijas, kas nav nepieciešama, kā arī { $gdpr } { REF(5, par: 1, pt: "c") }, jo tas pieprasa vairāk personas datu, nekā tam vajadzīgs;
infringement-refusal = { $gdpr } { REF(12, par: 4) }, jo tas atteicās veikt darbības pēc mana pieprasījuma bez pamata, ko atzīst { $gdpr }, un { $gdpr } { REF(12, par: 2) }, ciktāl tas atsaucas uz to, ka nespēj mani identificēt;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Uzraudzības iestādes jau ir pieņēmušas šādus lēmumus attiecībā uz uzņēmumu “{ $controller }”:
complaint-requests = Tāpēc lūdzu:
complaint-ask-handle = izskatīt manu sūdzību un izmeklēt tās priekšmetu ({ $gdpr } { REF(57, par: 1, pt: "f") });
complaint-ask-order = uzdot uzņēmumam “{ $controller }” izpildīt manu pieprasījumu ({ $gdpr } { REF(58, par: 2, pt: "c") }) un izmantot citas savas korektīvās pilnvaras ({ $gdpr } { REF(58, par: 2) } un { REF(83) });
complaint-ask-inform = informēt mani par sūdzības izskatīšanas gaitu un iznākumu ({ $gdpr } { REF(77, par: 2) }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = informēt mani par sūdzības izskatīšanas gaitu un iznākumu (Data Protection Act 2018 165. sadaļa).
complaint-consent-share = Piekrītu, ka šī sūdzība ar manu vārdu un uzvārdu tiek nodota uzņēmumam “{ $controller }” tās izskatīšanai.
