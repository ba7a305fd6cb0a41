### facerights — letter text, Hungarian (hu).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Hungarian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „érintett”, „adatkezelő”,
### „adatfeldolgozó”, „címzett”, „felügyeleti hatóság”, „a személyes adatok különleges kategóriái”,
### „indokolatlan késedelem nélkül”, „hozzáférési jog”, „törléshez való jog”, „az adatkezelés
### korlátozása”, „tiltakozáshoz való jog”, „kényszerítő erejű jogos okok” (21. cikk (1) bekezdés),
### „kifejezetten nyilvánosságra hozott” (9. cikk (2) bekezdés e) pont), „megfelelő garanciák”…
### Provisions are cited the Hungarian way ("a GDPR 15. cikk (1) bekezdés h) pontja"): see "Citations".
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters). Both take
###                the article "a" and the same suffixes; before article numbers they stand in the
###                possessor position without suffix ("a GDPR 15. cikke").
###   $controller  "Clearview AI, Inc." — used only with the article "a" and without suffix: as a
###                subject, or before a postposition ("a { $controller } által", "… ellen").
###
### Register: formal letter from a private person (first person singular) to a company, addressed
### as "Önök" (verbs in the third person plural).

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = GDPR
law-short-uk = UK GDPR
# law-full-* are used only as $law_full in intro-*, before "15. cikke szerinti …" or "szerinti", and
# never at the start of a sentence: they carry their own definite article ("az").
law-full-eu = az (EU) 2016/679 európai parlamenti és tanácsi rendelet (általános adatvédelmi rendelet, „GDPR”)
law-full-eea = az Európai Gazdasági Térségről szóló megállapodásba foglalt (EU) 2016/679 európai parlamenti és tanácsi rendelet (általános adatvédelmi rendelet, „GDPR”)
law-full-uk = az Egyesült Királyságban a Data Protection Act 2018-cal (az Egyesült Királyság 2018. évi adatvédelmi törvénye) együtt alkalmazandó általános adatvédelmi rendelet (United Kingdom General Data Protection Regulation, „UK GDPR”)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Hungarian notation, as the NAIH and Hungarian courts write it ("a GDPR 6. cikk (1) bekezdés f)
# pontja"): ordinal article numbers, paragraphs in brackets, points with a closing bracket, and the
# singular after coordinated numbers and letters, as in the Hungarian text of the Regulation ("a 22.
# cikk (1) és (4) bekezdésében", "e) vagy f) pontján"). The possessive and the case attach to the
# last element only. Attributes, chosen with case: "…" in REF:
#   (value)   plain, in brackets           (GDPR 15. cikk (1) bekezdés h) pont)
#   .poss     possessed, after "a GDPR"    a GDPR 21. cikk (1) bekezdése alapján / szerinti
#   .poss-ine possessed, inessive          a GDPR 17. cikk (3) bekezdésében foglalt
#   .poss-sub possessed, sublative         a GDPR 6. cikk (1) bekezdés e) vagy f) pontjára hivatkoznak
# Lists (the articles a decision found infringed) stand before "megsértését" in decision-articles,
# each item possessed in the genitive (-ának/-ének): ref-item-*.

ref-a = { $art }. cikk
    .poss = { $art }. cikke
    .poss-ine = { $art }. cikkében
    .poss-sub = { $art }. cikkére
ref-ap = { $art }. cikk { $par } bekezdés
    .poss = { $art }. cikk { $par } bekezdése
    .poss-ine = { $art }. cikk { $par } bekezdésében
    .poss-sub = { $art }. cikk { $par } bekezdésére
ref-app = { $art }. cikk { $par } bekezdés { $pt } pont
    .poss = { $art }. cikk { $par } bekezdés { $pt } pontja
    .poss-ine = { $art }. cikk { $par } bekezdés { $pt } pontjában
    .poss-sub = { $art }. cikk { $par } bekezdés { $pt } pontjára
ref-an = { $art }. cikk { $num }. pont
    .poss = { $art }. cikk { $num }. pontja
    .poss-ine = { $art }. cikk { $num }. pontjában
    .poss-sub = { $art }. cikk { $num }. pontjára
ref-par = ({ $par })
ref-point = { $letter })
ref-item-a = { $art }. cikkének
ref-item-ap = { $art }. cikk { $par } bekezdésének
ref-item-app = { $art }. cikk { $par } bekezdés { $pt } pontjának
ref-item-an = { $art }. cikk { $num }. pontjának
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects, in the inessive, standing before
## "tartózkodó személyek" ("az Olaszországban tartózkodó személyek személyes adatai"). Every message
## that uses it needs the definite article of the noun phrase, and that article merges with the
## country's own (a/az by the sound that follows; "az Egyesült Királyságban" has its own), so the
## article is part of the value. $code: ISO code; $name: the country's name from CLDR in the
## nominative, which cannot take a suffix safely, so the default names it in brackets.
country-in = { $code ->
    [IT] az Olaszországban
    [GR] a Görögországban
    [FR] a Franciaországban
    [NL] a Hollandiában
    [AT] az Ausztriában
    [DE] a Németországban
    [GB] az Egyesült Királyságban
   *[other] az adott államban ({ $name })
}

## Letter frame

subject-access = Tárgy: Kérelem a személyes adataimhoz való hozzáférésre a { $gdpr } { REF(15, case: "poss") } alapján
subject-erasure = Tárgy: Kérelem a személyes adataim törlésére a { $gdpr } { REF(17, case: "poss") } alapján és tiltakozás a { $gdpr } { REF(21, par: 1, case: "poss") } alapján
subject-access-erasure = Tárgy: Kérelem hozzáférésre a { $gdpr } { REF(15, case: "poss") } alapján, az adatkezelés korlátozására a { $gdpr } { REF(18, case: "poss") } alapján, majd törlésre a { $gdpr } { REF(17, case: "poss") } alapján
salutation = Tisztelt Hölgyem/Uram!
closing = Tisztelettel:
# $reference: the sender's own case or reference number.
our-reference = Hivatkozási számom: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("2026. március 1.").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = { $count ->
    [one] Melléklet:
   *[other] Mellékletek:
}
enclosure-photo = Az arcomról készült fénykép, amelyet kizárólag a személyazonosságom megállapítása céljából adok át e kérelemmel összefüggésben
# Page numbers in the PDF ("1/3. oldal"); $page and $pages are numbers.
page-of = { $page }/{ $pages }. oldal

## Opening

# $law_full: one of law-full-* (with its own article, see above).
intro-access = Ezúton élni kívánok { $law_full } { REF(15, case: "poss") } szerinti hozzáférési jogommal. Kérem, erősítsék meg, hogy a { $controller } kezel-e rám vonatkozó személyes adatokat, és ha igen, biztosítsanak számomra hozzáférést e személyes adatokhoz és az alább felsorolt információkhoz. Kérelmemet nem kell megindokolnom.
intro-erasure = Ezúton élni kívánok { $law_full } { REF(17, case: "poss") } szerinti törléshez való jogommal. Kérem, hogy indokolatlan késedelem nélkül töröljék a rám vonatkozó összes személyes adatot. Egyúttal a { $gdpr } { REF(21, par: 1, case: "poss") } alapján tiltakozom a rám vonatkozó személyes adatok mindennemű kezelése ellen.
intro-access-erasure = Ezúton élni kívánok { $law_full } szerinti jogaimmal: először a hozzáférési jogommal ({ $gdpr } { REF(15) }), majd a törléshez való jogommal ({ $gdpr } { REF(17) }). Először hozzáférést kérek, hogy megtudjam, milyen adatokat tárolnak rólam, mielőtt azokat törlik. A { $gdpr } { REF(21, par: 1, case: "poss") } alapján tiltakozom a rám vonatkozó személyes adatok mindennemű kezelése ellen, és kérem, hogy a törlésig korlátozzák az adatkezelést ({ $gdpr } { REF(18) }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch decision ("2024. május 16."), before "napján kelt", as
# the CNIL date in access-scope.
applicability-eu = A { $controller } a { $gdpr } hatálya alá tartozik: az Európai Unióban tartózkodó személyekről képeket gyűjt, és azokat e személyek viselkedésének megfigyelése céljából kezeli ({ $gdpr } { REF(3, par: 2, pt: "b") }). Olaszország, Görögország, Franciaország, Ausztria és Hollandia felügyeleti hatóságai a { $gdpr } rendelkezéseit alkalmazták a társaságra, és adatkezelését jogellenesnek minősítették. A holland felügyeleti hatóság { $representative_date } napján kelt határozata szerint a társaság nem jelölt ki képviselőt az Unióban ({ $gdpr } { REF(27) }). Ezért kérelmemet közvetlenül Önökhöz intézem.
applicability-eea = A { $controller } a { $gdpr } hatálya alá tartozik: az Európai Gazdasági Térségben tartózkodó személyekről képeket gyűjt, és azokat e személyek viselkedésének megfigyelése céljából kezeli ({ $gdpr } { REF(3, par: 2, pt: "b") }). Olaszország, Görögország, Franciaország, Ausztria és Hollandia felügyeleti hatóságai a { $gdpr } rendelkezéseit alkalmazták a társaságra, és adatkezelését jogellenesnek minősítették. A holland felügyeleti hatóság { $representative_date } napján kelt határozata szerint a társaság nem jelölt ki képviselőt az Unióban ({ $gdpr } { REF(27) }). Ezért kérelmemet közvetlenül Önökhöz intézem.
applicability-uk = A { $controller } a { $gdpr } hatálya alá tartozik. Az Upper Tribunal 2025-ben megállapította, hogy a társaság által végzett adatkezelés az Egyesült Királyságban tartózkodó személyek viselkedésének megfigyeléséhez kapcsolódik ({ $gdpr } { REF(3, par: 2, pt: "b") }). Kérelmemet közvetlenül Önökhöz intézem.

## Access (Article 15)
# The access-copy-* items continue "… ide tartoznak különösen:" (nominative).

access-heading = Hozzáférés a személyes adataimhoz ({ $gdpr } { REF(15) })
access-copy = Kérem, hogy bocsássák rendelkezésemre az Önök által kezelt, rám vonatkozó összes személyes adat másolatát ({ $gdpr } { REF(15, par: 3) }); ide tartoznak különösen:
access-copy-images = minden olyan kép, amelyen szerepelek, vagy amelyet velem kapcsolatba hoznak, abban a felbontásban, amelyben az Önöknél megtalálható;
access-copy-sources = minden egyes kép esetében annak a weboldalnak és képfájlnak a címe (URL), ahonnan a képet gyűjtötték, az oldal címe, valamint a kép gyűjtésének és utolsó frissítésének dátuma;
access-copy-metadata = az egyes képekhez tárolt összes metaadat, ideértve a helymeghatározó adatokat és a dátumokat is;
access-copy-biometrics = az arcomból származtatott biometrikus sablonok, vektorok vagy hash-értékek, valamint minden egyéb adat, amelyet rólam származtattak vagy kikövetkeztettek;
access-copy-searches = minden olyan keresés nyilvántartása, amelynek találatai között szerepeltem, az egyes keresések dátumával együtt;
access-copy-probe = minden olyan keresés nyilvántartása, amelyben egy ügyfél az arcomról készült képet töltött fel az Önök adatbázisában való kereséshez, a képpel, a keresés dátumával és a keresést végző ügyfél megjelölésével együtt;
access-copy-recipients = minden olyan ügyfél vagy egyéb címzett kiléte, akivel vagy amellyel a rám vonatkozó találatokat közölték.
# The access-info-* items explain "a következő információk" (nominative).
access-info = Kérem továbbá a következő információk megadását ({ $gdpr } { REF(15, par: "1 2") }):
access-info-purposes = az egyes adatkezelési műveletek céljai ({ REF(15, par: 1, pt: "a") }), valamint céljuk szerint az a jogalap, amelyre hivatkoznak, és amelyről egyébként is tájékoztatniuk kellett volna engem ({ REF(14, par: 1, pt: "c") });
access-info-categories = az érintett személyes adatok kategóriái ({ REF(15, par: 1, pt: "b") });
access-info-recipients = azok a címzettek név szerint, akikkel, illetve amelyekkel a személyes adatokat közölték vagy közölni fogják, ideértve különösen a harmadik országbeli címzetteket, illetve a nemzetközi szervezeteket; a címzettek kategóriáinak megjelölése nem elegendő, ha a címzetteket azonosítani tudják ({ REF(15, par: 1, pt: "c") }; az Európai Unió Bíróságának 2023. január 12-i ítélete, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = azok a címzettek név szerint, akikkel, illetve amelyekkel a személyes adatokat közölték vagy közölni fogják, ideértve különösen a harmadik országbeli címzetteket, illetve a nemzetközi szervezeteket; a címzettek kategóriáinak megjelölése nem elegendő, ha a címzetteket azonosítani tudják ({ REF(15, par: 1, pt: "c") });
access-info-retention = az egyes személyesadat-kategóriák tárolásának időtartama, vagy ha ez nem lehetséges, ezen időtartam meghatározásának szempontjai ({ REF(15, par: 1, pt: "d") });
access-info-rights = annak a jognak a fennállása, hogy kérelmezhetem a személyes adatok helyesbítését, törlését vagy kezelésének korlátozását, és tiltakozhatok az ilyen személyes adatok kezelése ellen ({ REF(15, par: 1, pt: "e") });
access-info-complaint = a valamely felügyeleti hatósághoz címzett panasz benyújtásának joga ({ REF(15, par: 1, pt: "f") });
access-info-source = a személyes adatok forrására vonatkozó minden elérhető információ: a konkrét webhelyek és weboldalak, nem csupán a források kategóriái ({ REF(15, par: 1, pt: "g") });
access-info-automated = az automatizált döntéshozatal ténye, ideértve a profilalkotást is, valamint az alkalmazott logikára és arra vonatkozó érthető információk, hogy az ilyen adatkezelés milyen jelentőséggel bír, és rám nézve milyen várható következményekkel jár ({ REF(15, par: 1, pt: "h") });
access-info-transfers = ha személyes adatoknak harmadik országba vagy nemzetközi szervezet részére történő továbbítására kerül sor, a továbbításra vonatkozó, a { $gdpr } { REF(46, case: "poss") } szerinti megfelelő garanciák ({ REF(15, par: 2) }).
# $date: the date of the CNIL decision ("2022. október 17."), before "napján kelt", which needs no
# suffix on the date; $reference: its number.
access-scope = E kérelem az Önök összes rendszerében tárolt, rám vonatkozó összes személyes adatra kiterjed, ideértve az álnevesített adatokat, valamint az Önök által származtatott vagy kikövetkeztetett adatokat is. Nem korlátozódik az elmúlt tizenkét hónapra, sem az évente benyújtható kérelmek meghatározott számára, és nem függ attól, hogy megismétlem-e: a francia felügyeleti hatóság (CNIL) a { $date } napján kelt { $reference } számú határozatában jogellenesnek minősítette a { $controller } által alkalmazott ilyen korlátozásokat.
access-role = Kérem, hogy minden egyes adatkezelési műveletről azt is közöljék, hogy azt adatkezelőként vagy valamely ügyfelük nevében eljáró adatfeldolgozóként végzik-e, és az utóbbi esetben kinek a nevében ({ $gdpr } { REF(4, num: 7) } és { REF(4, num: 8) }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written the way Hungarian writes an inserted
# paragraph ("UK GDPR 15. cikk (1a) bekezdés").
access-search-uk = Jogosult vagyok azokra a személyes adatokra és információkra, amelyeket észszerű és arányos keresés alapján a rendelkezésemre tudnak bocsátani ({ $gdpr } 15. cikk (1a) bekezdés). Az Önök adatbázisát arra hozták létre, hogy arc alapján lehessen benne keresni: az arcom alapján végzett keresés az adatbázisban, valamint azoknak a kereséseknek a nyilvántartásában, amelyek találatai között szerepeltem, vagy amelyekhez az arcomat feltöltötték, terjedelmétől függetlenül észszerű és arányos.
access-format = Kérem, hogy a másolatot díjmentesen ({ $gdpr } { REF(12, par: 5) } és { REF(15, par: 3) }), világosan és közérthetően megfogalmazva ({ $gdpr } { REF(12, par: 1) }), valamint – ha elektronikus úton válaszolnak – széles körben használt elektronikus formátumban ({ $gdpr } { REF(15, par: 3) }) bocsássák rendelkezésemre.

## Erasure (Article 17)
# The erasure-scope-* items continue "A törlendő adatok körébe tartoznak:" (nominative).

erasure-heading = A személyes adataim törlése ({ $gdpr } { REF(17) })
erasure-after-access = Miután rendelkezésemre bocsátották a másolatot és a fent kért információkat, kérem, hogy indokolatlan késedelem nélkül töröljék a rám vonatkozó összes személyes adatot ({ $gdpr } { REF(17, par: 1) }).
erasure-scope = A törlendő adatok körébe tartoznak:
erasure-scope-images = minden rólam készült kép és annak minden másolata;
erasure-scope-biometrics = az arcomból származtatott biometrikus sablonok, vektorok és hash-értékek;
erasure-scope-metadata = az e képekhez kapcsolódó metaadatok és forráscímek (URL-ek);
erasure-scope-searches = a rám vonatkozó keresési találatok, keresési naplók és összerendelések;
erasure-scope-backups = a biztonsági mentésekben, az archívumokban és az Önök adatfeldolgozóinak rendszereiben található összes másolat.
erasure-grounds = A törlésre a következő indokok állnak fenn:
erasure-ground-unlawful = { $gdpr } { REF(17, par: 1, pt: "d") }: a személyes adatokat jogellenesen kezelték. Önök nem rendelkeznek a { $gdpr } { REF(6, par: 1, case: "poss") } szerinti jogalappal. A természetes személyek egyedi azonosítása céljából kezelt biometrikus adatok ({ $gdpr } { REF(4, num: 14) }) a személyes adatok különleges kategóriáiba tartoznak, amelyek kezelését a { $gdpr } { REF(9, par: 1, case: "poss") } tiltja. A { REF(9, par: 2, case: "poss-ine") } foglalt kivételek egyike sem alkalmazandó: nem adtam kifejezett hozzájárulást biometrikus adataimnak az Önök adatbázisában történő kezeléséhez ({ REF(9, par: 2, pt: "a") }), és az interneten fellelhető képeket nem hoztam kifejezetten nyilvánosságra biometrikus adatkezelés céljából ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("1. melléklet").
erasure-ground-unlawful-uk = { $gdpr } { REF(17, par: 1, pt: "d") }: a személyes adatokat jogellenesen kezelték. Önök nem rendelkeznek a { $gdpr } { REF(6, par: 1, case: "poss") } szerinti jogalappal. A természetes személyek egyedi azonosítása céljából kezelt biometrikus adatok ({ $gdpr } { REF(4, num: 14) }) a személyes adatok különleges kategóriáiba tartoznak, amelyek kezelését a { $gdpr } { REF(9, par: 1, case: "poss") } tiltja. A { $gdpr } { REF(9, par: 2, case: "poss-ine") } foglalt kivételek egyike sem alkalmazandó, a Data Protection Act 2018 1. mellékletével összefüggésben sem: nem adtam kifejezett hozzájárulást biometrikus adataimnak az Önök adatbázisában történő kezeléséhez ({ REF(9, par: 2, pt: "a") }), és az interneten fellelhető képeket nem hoztam kifejezetten nyilvánosságra biometrikus adatkezelés céljából ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { $gdpr } { REF(17, par: 1, pt: "c") }: a { $gdpr } { REF(21, par: 1, case: "poss") } alapján a saját helyzetemmel kapcsolatos okokból tiltakozom az adatkezelés ellen: az arcom állandó azonosító, amelyet nem tudok megváltoztatni, és az Önök adatbázisában való jelenléte lehetővé teszi bármely ügyfelük számára, hogy bármely fénykép alapján azonosítson engem, függetlenül attól, hogy a fénykép hol és mikor készült.
# The person's own words (--objection-grounds), in Hungarian quotation marks.
erasure-ground-objection-own = Saját szavaimmal: „{ $grounds }”
# Article 21(1), Hungarian text: "kivéve, ha az adatkezelő bizonyítja, hogy az adatkezelést olyan
# kényszerítő erejű jogos okok indokolják, amelyek elsőbbséget élveznek az érintett érdekeivel, jogaival
# és szabadságaival szemben".
erasure-ground-objection-burden = Ezért az adatkezelést meg kell szüntetniük, kivéve, ha bizonyítják, hogy azt olyan kényszerítő erejű jogos okok indokolják, amelyek elsőbbséget élveznek az érdekeimmel, jogaimmal és szabadságaimmal szemben, vagy amelyek jogi igények előterjesztéséhez, érvényesítéséhez vagy védelméhez kapcsolódnak ({ $gdpr } { REF(21, par: 1) }). Amennyiben a { $gdpr } { REF(6, par: 1, pt: "e f", conj: "or", case: "poss-sub") } hivatkoznak, ilyen okok nincsenek: az arcom alapján végzett keresések értékesítéséhez fűződő üzleti érdekük nem minősül ilyen oknak.
erasure-ground-consent = { $gdpr } { REF(17, par: 1, pt: "b") }: amennyiben hozzájárulásra hivatkoznak, azt visszavonom.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; its name arrives in its own language, so it stands in brackets after "a felügyeleti
# hatóság" and needs no suffix. $in_country: "az Olaszországban" (country-in, with the article).
erasure-ground-legal-obligation = { $gdpr } { REF(17, par: 1, pt: "e") }, a fenti okokon túlmenően: a felügyeleti hatóság ({ $authority }) kötelezte Önöket { $in_country } tartózkodó személyek személyes adatainak törlésére. Álláspontom szerint ezért a törlés az Önökre vonatkozó jogi kötelezettség teljesítéséhez is szükséges.
erasure-exceptions = A { $gdpr } { REF(17, par: 3, case: "poss-ine") } foglalt kivételek egyike sem alkalmazandó: az adatkezelés nem szükséges a véleménynyilvánítás szabadságához és a tájékozódáshoz való jog gyakorlása céljából, jogi kötelezettség teljesítése céljából, közérdekből vagy közhatalmi jogosítvány gyakorlása keretében végzett feladat végrehajtása céljából, a népegészségügy területét érintő közérdek alapján, közérdekű archiválás céljából, tudományos és történelmi kutatási célból vagy statisztikai célból, sem jogi igények előterjesztéséhez, érvényesítéséhez, illetve védelméhez. Amennyiben valamely kivételre hivatkoznak, tájékoztassanak arról, hogy melyikre és milyen okból ({ $gdpr } { REF(12, par: 4) }).
erasure-restriction = Kérem, hogy a törlésig korlátozzák a személyes adataim kezelését ({ $gdpr } { REF(18, par: 1, pt: "d") }, arra az időtartamra, amíg tiltakozásomat megvizsgálják), és különösen haladéktalanul hagyják abba a személyem megjelenítését a keresési találatokban.
erasure-recipients = Tájékoztassák a törlésről mindazokat a címzetteket, akikkel vagy amelyekkel a személyes adataimat közölték, ideértve minden olyan ügyfelet, aki vagy amely keresési találatként megkapta a rólam készült képeket ({ $gdpr } { REF(19) }), és tájékoztassanak engem e címzettekről. Amennyiben a személyes adataimat nyilvánosságra hozták, tegyék meg az észszerűen elvárható lépéseket annak érdekében, hogy tájékoztassák az adatokat kezelő adatkezelőket arról, hogy kérelmeztem a szóban forgó személyes adatokra mutató linkek vagy e személyes adatok másolatainak törlését ({ $gdpr } { REF(17, par: 2) }).
erasure-no-recollection = Tájékoztassanak arról, milyen intézkedéseket tesznek annak biztosítására, hogy személyes adataimat ne gyűjtsék újra. Ha bármilyen nyilvántartást vezetnek adataim jövőbeli gyűjtésének megakadályozása érdekében, tájékoztassanak pontosan arról, hogy az mit tartalmaz, és milyen jogalapon tárolják.
erasure-confirmation = Kérem, hogy a törlést írásban erősítsék meg, és tüntessék fel, mit töröltek, ideértve a biztonsági mentésekben lévő másolatokat és a származtatott sablonokat is.
erasure-free = A törlési kérelmem nyomán hozott intézkedések, ideértve az értesítéseket és a megerősítést is, díjmentesek ({ $gdpr } { REF(12, par: 5) }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Az adatkezelés korlátozása a törlésig ({ $gdpr } { REF(18) })
restriction-body = Kérem, hogy e levél kézhezvételétől a törlésig korlátozzák a személyes adataim kezelését ({ $gdpr } { REF(18, par: 1, pt: "d") }, arra az időtartamra, amíg a { $gdpr } { REF(21, par: 1, case: "poss") } szerinti tiltakozásomat megvizsgálják): az adatokat tárolják, de e kérelem megválaszolásán kívül semmilyen más célra ne használják fel. Különösen haladéktalanul hagyják abba a személyem megjelenítését a keresési találatokban.

## Identification (Articles 11(2) and 12(6))

identification-heading = Azonosítás
identification-no-photo = Az e levélben megadott információk elegendőek ahhoz, hogy arra válaszoljanak. Ha megalapozott kétségeik vannak a személyazonosságommal kapcsolatban, tájékoztassanak arról, hogy milyen további információk feltétlenül szükségesek ({ $gdpr } { REF(12, par: 6) }). Ha a rendszerükben kizárólag az arcomról készült fénykép alapján lehet keresni, jelezzék ezt; ebben az esetben kizárólag e kérelem céljára biztosítok egy fényképet.
identification-photo = Az arcomról készült fényképet kizárólag azért csatolom, hogy megtalálhassák a rám vonatkozó személyes adatokat ({ $gdpr } { REF(11, par: 2) } és { REF(12, par: 6) }). Kifejezett hozzájárulásomat adom ({ $gdpr } { REF(9, par: 2, pt: "a") }) ahhoz, hogy az adatbázisukban egyetlen keresést végezzenek az e fényképből készített biometrikus sablonnal, kizárólag e kérelem céljából. Semmilyen más felhasználáshoz nem járulok hozzá: se a fényképet, se a sablont ne vegyék fel az adatbázisukba, és ne közöljék senkivel. Hozzájárulásomat visszavonom, amint e kérelmet megválaszolták ({ $gdpr } { REF(7, par: 3) }): ekkor töröljék a fényképet, a sablont és az ezek segítségével végzett keresés eredményeit, és erősítsék meg számomra a törlést ({ $gdpr } { REF(5, par: 1, pt: "b c e") }).
identification-id-document = Személyazonosító okmány másolatát csak akkor küldöm meg, ha igazolják, hogy az feltétlenül szükséges. Minden ilyen másolatot az ellenőrzést követően haladéktalanul törölni kell (Európai Adatvédelmi Testület, 01/2022. számú iránymutatás az érintettek jogairól – Hozzáférési jog, 74., 76. és 79. pont).
# United Kingdom letters: the UK regulator's guidance, its title in English in Hungarian quotation marks.
identification-id-document-uk = Személyazonosító okmány másolatát csak akkor küldöm meg, ha igazolják, hogy az szükséges: csak olyan információt kérhetnek, amely személyazonosságom megerősítéséhez észszerű és arányos (Information Commissioner's Office, „Right of access” című útmutató).

## Deadline and form (Article 12)

deadline-heading = A válaszadás határideje és formája
deadline-access = Kérem, hogy indokolatlan késedelem nélkül, de legkésőbb e kérelem beérkezésétől számított egy hónapon belül válaszoljanak ({ $gdpr } { REF(12, par: 3) }). Ez a határidő szükség esetén, figyelembe véve a kérelem összetettségét és a kérelmek számát, legfeljebb további két hónappal hosszabbítható meg; ebben az esetben a határidő meghosszabbításáról a késedelem okainak megjelölésével a kérelem kézhezvételétől számított egy hónapon belül tájékoztatniuk kell engem. Ha a kérelmem nyomán nem tesznek intézkedéseket, egy hónapon belül tájékoztatniuk kell engem az intézkedés elmaradásának okairól, valamint arról, hogy panaszt nyújthatok be valamely felügyeleti hatóságnál, és élhetek bírósági jogorvoslati jogommal ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure = Kérem, hogy kérelmem nyomán indokolatlan késedelem nélkül, de legkésőbb annak beérkezésétől számított egy hónapon belül tegyék meg a szükséges intézkedéseket ({ $gdpr } { REF(12, par: 3) }). Ez a határidő szükség esetén, figyelembe véve a kérelem összetettségét és a kérelmek számát, legfeljebb további két hónappal hosszabbítható meg; ebben az esetben a határidő meghosszabbításáról a késedelem okainak megjelölésével a kérelem kézhezvételétől számított egy hónapon belül tájékoztatniuk kell engem. Ha a kérelmem nyomán nem tesznek intézkedéseket, egy hónapon belül tájékoztatniuk kell engem az intézkedés elmaradásának okairól, valamint arról, hogy panaszt nyújthatok be valamely felügyeleti hatóságnál, és élhetek bírósági jogorvoslati jogommal ({ $gdpr } { REF(12, par: 4) }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written the way
# Hungarian writes an inserted article ("UK GDPR 12a. cikk"); the English term in brackets.
deadline-access-uk = Kérem, hogy indokolatlan késedelem nélkül, de legkésőbb az alkalmazandó határidő (applicable time period) végéig, azaz e kérelem beérkezésétől számított egy hónapon belül válaszoljanak ({ $gdpr } 12a. cikk). Ezt a határidőt legfeljebb további két hónappal, és csak akkor hosszabbíthatják meg, ha ez a kérelmek összetettsége vagy száma miatt szükséges; ebben az esetben erről ugyanezen az egy hónapon belül, az okok megjelölésével tájékoztatniuk kell engem. Ha észszerűen további információra van szükségük tőlem annak megállapításához, hogy kérelmem mely információkra vagy adatkezelésre vonatkozik, azt késedelem nélkül kérjék: a határidő csak a válaszomig szünetel. Ha a kérelmem nyomán nem tesznek intézkedéseket, e határidőn belül tájékoztatniuk kell engem az okokról, valamint arról, hogy panaszt nyújthatok be az Information Commissionernél, és élhetek bírósági jogorvoslati jogommal ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure-uk = Kérem, hogy kérelmem nyomán indokolatlan késedelem nélkül, de legkésőbb az alkalmazandó határidő (applicable time period) végéig, azaz e kérelem beérkezésétől számított egy hónapon belül tegyék meg a szükséges intézkedéseket ({ $gdpr } 12a. cikk). Ezt a határidőt legfeljebb további két hónappal, és csak akkor hosszabbíthatják meg, ha ez a kérelmek összetettsége vagy száma miatt szükséges; ebben az esetben erről ugyanezen az egy hónapon belül, az okok megjelölésével tájékoztatniuk kell engem. Ha a kérelmem nyomán nem tesznek intézkedéseket, e határidőn belül tájékoztatniuk kell engem az okokról, valamint arról, hogy panaszt nyújthatok be az Information Commissionernél, és élhetek bírósági jogorvoslati jogommal ({ $gdpr } { REF(12, par: 4) }).
no-formalities = A válaszadást nem tehetik függővé meghatározott űrlap, internetes portál vagy továbbítási mód használatától (Európai Adatvédelmi Testület, 01/2022. számú iránymutatás az érintettek jogairól – Hozzáférési jog, 50–53. pont).
# United Kingdom letters: the UK regulator's guidance, its title in English in quotation marks.
no-formalities-uk = A válaszadást nem tehetik függővé meghatározott űrlap, internetes portál vagy továbbítási mód használatától: a kérelem bármilyen formában, szóban vagy írásban is előterjeszthető (Information Commissioner's Office, „Right of access” című útmutató).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too, the third when only
# an e-mail address is given.
reply-to-postal = Kérem, hogy válaszukat a fent megadott címemre küldjék.
reply-to-both = Kérem, hogy válaszukat a fent megadott postai vagy e-mail-címemre küldjék.
reply-to-email = Kérem, hogy válaszukat a fent megadott e-mail-címemre küldjék.

## Decisions against Clearview

decisions-heading = A { $controller } ellen hozott határozatok
decisions-own = A lakóhelyem szerinti államban a következő határozatok születtek:
decisions-other = Más államok felügyeleti hatóságai a { $controller } által végzett ugyanezen adatkezelést jogellenesnek minősítették. Határozataikra hivatkozom:
# One decision. $authority: name of the authority or court (in its own language, without suffix);
# $country: its country (CLDR, nominative, in brackets); $date: its date ("2022. február 10."),
# before "napján kelt" so that it needs no suffix and never ends the sentence (the date already
# ends with a full stop); $act: one of decision-kind-* with the reference.
decision-citation = { $authority } ({ $country }), { $date } napján kelt { $act }
# The Italian Garante's "ordinanza ingiunzione" (an order imposing a fine together with corrective
# measures): a decision imposing a fine ("határozat"; a "végzés" would be a procedural order), with
# the Italian term in brackets.
decision-kind-injunction-order = { $reference }. számú, bírságot kiszabó határozat (ordinanza ingiunzione)
decision-kind-decision = { $reference } számú határozat
decision-kind-formal-notice = { $reference } számú hivatalos felszólítás
# The CNIL's act: a "délibération" of its restricted committee (formation restreinte).
decision-kind-sanction = { $reference } számú, a korlátozott összetételű testület által hozott határozat (délibération)
decision-kind-penalty-liquidation = { $reference } számú határozat (a kényszerítő bírság végleges összegének megállapítása)
decision-kind-fines-and-penalty-orders = határozat (bírságok és kényszerítő bírság terhe mellett elrendelt kötelezések)
# The Austrian DSB's "Bescheid": an administrative decision ("határozat").
decision-kind-bescheid = { $reference } számú határozat (Bescheid)
# The Austrian Federal Administrative Court's order setting the DSB's decision aside and remitting
# the case (§ 28(3) VwGVG): a procedural "végzés", not a judgment ("ítélet").
decision-kind-remittal-order = { $reference } számú végzés (Beschluss)
# A UK tribunal's decision (First-tier Tribunal, Upper Tribunal).
decision-kind-tribunal-decision = { $reference } számú határozat
decision-kind-letter = levél
decision-kind-enforcement-and-penalty-notices = végrehajtási felszólítás (enforcement notice) és bírságkiszabó értesítés (monetary penalty notice)
# The following sentences have the deciding body (named in the citation before them) as their
# implicit subject; Hungarian verbs carry no gender, so they suit any authority or court.
# $articles: the provisions found infringed, possessed in the genitive (ref-item-*, joined with
# "és"): "5. cikk (1) bekezdés a) pontjának, 6. cikkének és 9. cikkének".
decision-articles = Megállapította a { $gdpr } { $articles } megsértését.
# $amount: an amount with its currency, already formatted ("20 000 000 EUR").
decision-fine = Bírságot szabott ki { $amount } összegben.
# The UK's statutory term (section 155 of the Data Protection Act 2018): "bírság", as in
# decision-kind-enforcement-and-penalty-notices, with the English term in brackets.
decision-monetary-penalty = { $amount } összegű bírságot (monetary penalty) szabott ki.
decision-fines-total = Összesen { $amount } összegű bírságot szabott ki.
decision-penalty-per-day = Ezenfelül minden késedelmes napra { $amount } összegű kényszerítő bírságot állapított meg.
decision-penalty-max = Ezenfelül összesen legfeljebb { $amount } összegű kényszerítő bírság terhe mellett kötelezéseket írt elő.
decision-penalty-liquidated = Elrendelte, hogy a { $controller } fizessen meg { $amount } összeget, mert a kötelezésnek nem tett határidőben eleget.
decision-orders = Elrendelte, hogy a { $controller }:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items.
decision-requests = Azt kérte, hogy a { $controller }:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Az értesítések nem jogerősek: az Upper Tribunal a { $controller } által ellenük benyújtott jogorvoslati kérelmet visszautalta a First-tier Tribunalhoz.
# Orders are list items continuing "Elrendelte, hogy a { $controller }:" (decision-orders) or
# "Azt kérte, hogy a { $controller }:" (decision-requests): each starts with a verb in the third
# person singular of the subjunctive. End each with ";" — facerights replaces the separator of the
# last item with a full stop. $in_country: country-in with its article ("az Olaszországban").
order-ban-collection-territory = szüntesse meg { $in_country } tartózkodó személyekről készült képek és egyéb személyes adatok gyűjtését, valamint biometrikus adataik kezelését;
order-ban-collection-processing-territory = szüntesse meg { $in_country } tartózkodó személyekről készült képek és metaadatok webes adatkinyeréssel (web scraping) történő gyűjtését, valamint személyes adataik – mind a közönséges, mind a biometrikus adatok – bármilyen további kezelését;
order-erase-territory = törölje { $in_country } tartózkodó személyek személyes adatait;
order-erase-territory-after-access = törölje { $in_country } tartózkodó személyek személyes adatait, miután megválaszolta a már beérkezett hozzáférési kérelmeket;
order-stop-processing-territory = szüntesse meg { $in_country } tartózkodó személyek személyes adatainak jogalap nélküli gyűjtését és kezelését;
order-facilitate-rights = segítse elő az érintettek jogainak gyakorlását, és válaszolja meg a panaszos hozzáférési kérelmét;
order-answer-complainant-access = válaszolja meg a panaszos hozzáférési kérelmét;
order-grant-complainant-erasure = teljesítse a panaszos törlési kérelmét;
order-appoint-representative = jelöljön ki képviselőt az Unióban ({ $gdpr } { REF(27) });
order-stop-processing-erase-territory = szüntesse meg { $in_country } tartózkodó személyek személyes adatainak kezelését, és távolítsa el a jogellenesen megszerzett adatokat;
order-give-art14-information = tájékoztassa az érintetteket a { $gdpr } { REF(14, case: "poss-ine") } előírtak szerint;
order-stop-refusing-access = hagyjon fel azzal a gyakorlatával, hogy a hozzáférési kérelmeket nem válaszolja meg;
order-erase-complainant = törölje a panaszos személyes adatait;
order-erase-complainant-biometric = törölje a panaszos biometrikus hash-értékeit;
order-stop-obtaining-uk = szüntesse meg az Egyesült Királyság lakosainak az interneten nyilvánosan elérhető személyes adatainak megszerzését és felhasználását;
order-erase-uk = törölje rendszereiből az Egyesült Királyság lakosainak személyes adatait;
outcome-reconsider-ban = A bíróság megállapította, hogy a hatóságnak újra kell vizsgálnia azt a döntését, hogy nem tiltja meg az adatkezelést, és hogy a tilalom az egyetlen megfelelő intézkedés; az ügyet visszautalta a hatósághoz.
outcome-ftt-no-jurisdiction = A bíróság helyt adott a Clearview jogorvoslati kérelmének, és megállapította, hogy az Information Commissioner nem rendelkezett hatáskörrel az értesítések kiadására.
outcome-ut-ico-appeal-allowed = A bíróság helyt adott az Information Commissioner fellebbezésének: az adatkezelés az Egyesült Királyságban tartózkodó személyek viselkedésének megfigyeléséhez kapcsolódik, és az a körülmény, hogy a Clearview ügyfelei külföldi közjogi szervek, nem zárja ki az adatkezelést a { $gdpr } hatálya alól.
outcome-remitted-ftt = A Clearview által az értesítésekkel szemben benyújtott jogorvoslati kérelmet visszautalta a First-tier Tribunalhoz.
# Short summaries used for decisions of other countries, joined as a list with "és":
# noun phrases without commas inside, e.g. "20 000 000 EUR összegű bírság, a további gyűjtés tilalma és …".
summary-fine = { $amount } összegű bírság
summary-monetary-penalty = { $amount } összegű bírság (monetary penalty), nem jogerős
summary-erasure = { $in_country } tartózkodó személyek személyes adatainak törlésére vonatkozó kötelezés
summary-ban = a további gyűjtés tilalma
summary-access = a hozzáférési kérelmek megválaszolásának megtagadásával való felhagyásra vonatkozó kötelezés
summary-complainant-access = a panaszos hozzáférési kérelmének megválaszolására vonatkozó kötelezés
summary-erase-complainant = a panaszos személyes adatainak törlésére vonatkozó kötelezés
summary-representative = uniós képviselő kijelölésére vonatkozó kötelezés
summary-no-fine = a bírság kiszabásának mellőzése
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

remedies = Amennyiben határidőn belül nem válaszolnak teljes körűen, panaszt nyújtok be az illetékes felügyeleti hatóságnál ({ $gdpr } { REF(77) }): { $authority }, { $address }. Fenntartom a jogot arra, hogy a szokásos tartózkodási helyem szerinti tagállam bírósága előtt eljárást indítsak Önökkel szemben ({ $gdpr } { REF(79, par: 2) }), és kártérítést követeljek ({ $gdpr } { REF(82) }).
# EEA letters: Article 79(2) for the EEA-EFTA states ("állam", the EEA State).
remedies-eea = Amennyiben határidőn belül nem válaszolnak teljes körűen, panaszt nyújtok be az illetékes felügyeleti hatóságnál ({ $gdpr } { REF(77) }): { $authority }, { $address }. Fenntartom a jogot arra, hogy a szokásos tartózkodási helyem szerinti állam bírósága előtt eljárást indítsak Önökkel szemben ({ $gdpr } { REF(79, par: 2) }), és kártérítést követeljek ({ $gdpr } { REF(82) }).
# A German sender who did not name the Land: § 19(2) BDSG, cited as Hungarian cites a statute
# ("a német szövetségi adatvédelmi törvény (BDSG) 19. § (2) bekezdése").
remedies-land-of-residence = Amennyiben határidőn belül nem válaszolnak teljes körűen, panaszt nyújtok be a lakóhelyem szerinti német tartomány adatvédelmi felügyeleti hatóságánál ({ $gdpr } { REF(77) }; a német szövetségi adatvédelmi törvény (BDSG) 19. § (2) bekezdése). Fenntartom a jogot arra, hogy a szokásos tartózkodási helyem szerinti tagállam bírósága előtt eljárást indítsak Önökkel szemben ({ $gdpr } { REF(79, par: 2) }), és kártérítést követeljek ({ $gdpr } { REF(82) }).
# United Kingdom letters: sections of the Data Protection Act 2018 ("164A. szakasz"), the Act's name in
# English as in law-full-uk.
remedies-uk = Önöknek elő kell segíteniük, hogy személyes adataim kezelésével kapcsolatban panaszt nyújthassak be Önökhöz (Data Protection Act 2018, 164A. szakasz). Amennyiben az alkalmazandó határidőn belül nem válaszolnak teljes körűen, e szakasz alapján panaszt nyújtok be Önökhöz, és ha ez nem oldja meg az ügyet, panaszt nyújtok be a felügyeleti hatóságnál ({ $gdpr } { REF(77) }): { $authority } (vagy jogutódja, az Information Commission), { $address }. Fenntartom a jogot arra, hogy a bíróságtól a kötelezettségek teljesítésére kötelező végzést (compliance order, Data Protection Act 2018, 167. szakasz) kérjek, és kártérítést követeljek ({ $gdpr } { REF(82) }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted ("2026. október 1."): they stand before "napján" / "napjáig", as in the letters.

# What the first request asked for: an attribute of "kérelmem", which each sentence writes with its
# own case ("… hozzáférési kérelmemet", "… kérelmemről", "… kérelmemre"). It begins with the article
# "a" of "a GDPR", which serves the whole noun phrase.
request-name-access = a { $gdpr } { REF(15, case: "poss") } szerinti hozzáférési
request-name-erasure = a { $gdpr } { REF(17, case: "poss") } szerinti törlésre irányuló, a { $gdpr } { REF(21, par: 1, case: "poss") } szerinti tiltakozást is tartalmazó
request-name-access-erasure = a { $gdpr } { REF(15, case: "poss") } szerinti hozzáférésre, a { $gdpr } { REF(18, case: "poss") } szerinti korlátozásra, majd a { $gdpr } { REF(17, case: "poss") } szerinti törlésre irányuló

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Tárgy: Emlékeztető { $request } kérelmemről (kézhezvétel napja: { $received })
# $ends: the last day of the reply period.
reminder-facts = { $received } napján megkapták { $request } kérelmemet; másolatát mellékelem. A válaszadási határidő { $ends } napján – vagy ha ez a nap munkaszüneti nap volt, az azt követő első munkanapon – lejárt ({ $gdpr } { REF(12, par: 3) }).
reminder-facts-uk = { $received } napján megkapták { $request } kérelmemet; másolatát mellékelem. Az alkalmazandó válaszadási határidő (applicable time period) { $ends } napján – vagy ha ez a nap munkaszüneti nap (bank holiday) volt, az azt követő első munkanapon – lejárt ({ $gdpr } 12a. cikk).
reminder-no-reply = Önöktől nem kaptam sem választ, sem tájékoztatást a határidő meghosszabbításáról vagy arról, hogy miért nem tettek intézkedéseket a kérelmem nyomán ({ $gdpr } { REF(12, par: "3 4") }).
reminder-incomplete = Válaszuk hiányos: nem tartalmaz mindent, amit kértem, és nem indokolták, miért hagytak ki belőle egyes elemeket ({ $gdpr } { REF(12, par: 4) }).
# $grace: a date fourteen days after this letter.
reminder-demand = Ezzel megsértik a { $gdpr } rendelkezéseit. Kérem, hogy kérelmemet további késedelem nélkül, de legkésőbb { $grace } napjáig teljes körűen teljesítsék.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Ellenkező esetben további értesítés nélkül panaszt nyújtok be a felügyeleti hatóságnál ({ $gdpr } { REF(77) }): { $authority }, { $address }. Fenntartom a jogot arra, hogy a szokásos tartózkodási helyem szerinti tagállam bírósága előtt eljárást indítsak Önökkel szemben ({ $gdpr } { REF(79, par: 2) }), és a nekem okozott bármely kár megtérítését követeljem ({ $gdpr } { REF(82) }).
reminder-remedies-eea = Ellenkező esetben további értesítés nélkül panaszt nyújtok be a felügyeleti hatóságnál ({ $gdpr } { REF(77) }): { $authority }, { $address }. Fenntartom a jogot arra, hogy a szokásos tartózkodási helyem szerinti állam bírósága előtt eljárást indítsak Önökkel szemben ({ $gdpr } { REF(79, par: 2) }), és a nekem okozott bármely kár megtérítését követeljem ({ $gdpr } { REF(82) }).
reminder-remedies-land-of-residence = Ellenkező esetben további értesítés nélkül panaszt nyújtok be a lakóhelyem szerinti német tartomány adatvédelmi felügyeleti hatóságánál ({ $gdpr } { REF(77) }; a német szövetségi adatvédelmi törvény (BDSG) 19. § (2) bekezdése). Fenntartom a jogot arra, hogy a szokásos tartózkodási helyem szerinti tagállam bírósága előtt eljárást indítsak Önökkel szemben ({ $gdpr } { REF(79, par: 2) }), és a nekem okozott bármely kár megtérítését követeljem ({ $gdpr } { REF(82) }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018,
# which the controller must acknowledge within 30 days.
reminder-remedies-uk = Ez a levél egyben a Data Protection Act 2018 164A. szakasza szerinti panaszom is Önöknél: kérem, hogy kézhezvételét 30 napon belül igazolják vissza, és indokolatlan késedelem nélkül tájékoztassanak a panasz kivizsgálásának eredményéről. Ha kérelmemet nem teljesítik, panaszt nyújtok be a felügyeleti hatóságnál ({ $gdpr } { REF(77) }): { $authority } (vagy jogutódja, az Information Commission), { $address }. Fenntartom a jogot arra, hogy a bíróságtól a kötelezettségek teljesítésére kötelező végzést (compliance order, Data Protection Act 2018, 167. szakasz) kérjek, és kártérítést követeljek ({ $gdpr } { REF(82) }).
# Enclosure lines.
enclosure-request-copy = Másolat { $request } kérelmemről (kézhezvétel napja: { $received })
enclosure-proof = A feladás és – ha rendelkezésre áll – a kézbesítés igazolása
enclosure-reply = Másolat a { $controller } válaszáról
enclosure-reminder = Másolat { $reminded } napján kelt emlékeztetőmről

## Complaint to the supervisory authority (in the authority's language by default). The authority is
## addressed in the third person, as "a Tisztelt Hatóság", as Hungarian submissions to the NAIH do.

subject-complaint = Tárgy: Panasz a { $gdpr } { REF(77, case: "poss") } alapján a { $controller } ellen
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
# Hungarian: the authority is addressed as 'a Tisztelt Hatóság' in the requests, so the greeting matches.
salutation-complaint = Tisztelt Hatóság!
# $controller_address: Clearview's postal address on one line.
complaint-intro = A { $gdpr } { REF(77, case: "poss") } alapján panaszt nyújtok be a { $controller } ({ $controller_address }) ellen. A panasz { $request } kérelmemre vonatkozik, amelyet a { $controller } { $received } napján kapott meg; másolatát mellékelem.
# What happened ($outcome): one of these.
complaint-no-reply = A { $controller } nem válaszolt a kérelmemre, és a válaszadási határidő { $ends } napján – vagy ha ez a nap munkaszüneti nap volt, az azt követő első munkanapon – lejárt ({ $gdpr } { REF(12, par: 3) }). Nem tájékoztatott sem a határidő meghosszabbításáról, sem az intézkedés elmaradásának okairól ({ $gdpr } { REF(12, par: 4) }).
complaint-no-reply-uk = A { $controller } nem válaszolt a kérelmemre, és az alkalmazandó válaszadási határidő (applicable time period) { $ends } napján – vagy ha ez a nap munkaszüneti nap (bank holiday) volt, az azt követő első munkanapon – lejárt ({ $gdpr } 12a. cikk). Nem tájékoztatott sem a határidő meghosszabbításáról, sem az intézkedés elmaradásának okairól ({ $gdpr } { REF(12, par: 4) }).
complaint-incomplete = A { $controller } válaszolt, de válasza hiányos: nem tartalmaz mindent, amit kértem, és nem indokolja, miért maradtak ki belőle egyes elemek. A teljes válasz határideje { $ends } napján – vagy ha ez a nap munkaszüneti nap volt, az azt követő első munkanapon – lejárt ({ $gdpr } { REF(12, par: 3) }). A válasz másolatát mellékelem.
complaint-incomplete-uk = A { $controller } válaszolt, de válasza hiányos: nem tartalmaz mindent, amit kértem, és nem indokolja, miért maradtak ki belőle egyes elemek. A teljes válaszra nyitva álló alkalmazandó határidő (applicable time period) { $ends } napján – vagy ha ez a nap munkaszüneti nap (bank holiday) volt, az azt követő első munkanapon – lejárt ({ $gdpr } 12a. cikk). A válasz másolatát mellékelem.
complaint-refused = A { $controller } megtagadta, hogy a kérelmem nyomán intézkedjen. Válaszának másolatát mellékelem.
complaint-identity-demanded = A { $controller } a válaszadást olyan azonosításhoz kötötte, amelyre kérelmem teljesítéséhez nem volt szükség, például személyazonosító okmány másolatához. Válaszának másolatát mellékelem.
# $reminded: the date of the reminder the person sent.
complaint-reminded = { $reminded } napján emlékeztettem a { $controller } társaságot a kérelmemre; a kérelmet továbbra sem teljesítette. Az emlékeztető másolatát mellékelem.
complaint-reminded-uk = { $reminded } napján a Data Protection Act 2018 164A. szakasza alapján panaszt tettem a { $controller } társaságnál; az ügy nem rendeződött. A panasz másolatát mellékelem.
complaint-infringements = Álláspontom szerint a { $controller } ezzel különösen az alábbi rendelkezéseket sértette meg:
# Infringements, as list items (nominative, possessed after "a GDPR"), ending with ";" like the orders.
infringement-time-limit = a { $gdpr } { REF(12, par: 3, case: "poss") }, mivel a kérelmem nyomán nem intézkedett határidőn belül;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = a { $gdpr } { REF(12, par: "3 4", case: "poss") }, mivel a kérelmem nyomán határidőn belül nem intézkedett teljes körűen, és nem indokolta, miért hagyott ki egyes elemeket;
infringement-incomplete-uk = a { $gdpr } { REF(12, par: "3 4", case: "poss") } a { $gdpr } 12a. cikkével összefüggésben, mivel a kérelmem nyomán az alkalmazandó határidőn belül nem intézkedett teljes körűen, és nem indokolta, miért hagyott ki egyes elemeket;
infringement-time-limit-uk = a { $gdpr } { REF(12, par: 3, case: "poss") } a { $gdpr } 12a. cikkével összefüggésben, mivel a kérelmem nyomán nem intézkedett az alkalmazandó határidőn belül;
infringement-no-reasons = a { $gdpr } { REF(12, par: 4, case: "poss") }, mivel nem tájékoztatott az intézkedés elmaradásának okairól és a panasztételi jogomról;
infringement-access = a { $gdpr } { REF(15, case: "poss") }, mivel nem biztosított hozzáférést a személyes adataimhoz és az adatkezelésre vonatkozó információkhoz;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = a { $gdpr } { REF(18, par: 1, pt: "d", case: "poss") } és { REF(21, par: 1, case: "poss") }, mivel személyes adataim kezelését nem korlátozta, és tiltakozásomat követően sem szüntette meg;
infringement-erasure = a { $gdpr } { REF(17, par: 1, case: "poss") } és { REF(21, par: 1, case: "poss") }, mivel nem törölte személyes adataimat, és nem szüntette meg kezelésüket, noha a törlés feltételei fennállnak, és tiltakoztam;
infringement-identification = a { $gdpr } { REF(12, par: 2, case: "poss") } és { REF(12, par: 6, case: "poss") }, mivel jogaim gyakorlását szükségtelen azonosításhoz kötötte, valamint a { $gdpr } { REF(5, par: 1, pt: "c", case: "poss") }, mivel több személyes adatot kér, mint amennyire szüksége van;
infringement-refusal = a { $gdpr } { REF(12, par: 4, case: "poss") }, mivel a { $gdpr } által elismert ok nélkül tagadta meg a kérelmem nyomán történő intézkedést, valamint a { $gdpr } { REF(12, par: 2, case: "poss") }, amennyiben arra hivatkozik, hogy nincs abban a helyzetben, hogy azonosítson;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Felügyeleti hatóságok már az alábbi határozatokat hozták a { $controller } ellen:
complaint-requests = Kérem ezért a Tisztelt Hatóságot, hogy:
complaint-ask-handle = bírálja el panaszomat, és vizsgálja ki annak tárgyát ({ $gdpr } { REF(57, par: 1, pt: "f") });
complaint-ask-order = utasítsa a { $controller } társaságot kérelmem teljesítésére ({ $gdpr } { REF(58, par: 2, pt: "c") }), és alkalmazza egyéb korrekciós hatásköreit is ({ $gdpr } { REF(58, par: 2) } és { REF(83) });
complaint-ask-inform = tájékoztasson a panasszal kapcsolatos eljárási fejleményekről és az eljárás eredményéről ({ $gdpr } { REF(77, par: 2) }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = tájékoztasson a panasszal kapcsolatos eljárási fejleményekről és az eljárás eredményéről (Data Protection Act 2018, 165. szakasz).
complaint-consent-share = Hozzájárulok, hogy a Tisztelt Hatóság e panaszt – nevem feltüntetésével – az elbírálása céljából a { $controller } részére továbbítsa.
