### facerights — letter text, Hungarian (hu).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Hungarian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „érintett”, „adatkezelő”,
### „adatfeldolgozó”, „címzett”, „felügyeleti hatóság”, „a személyes adatok különleges kategóriái”,
### „indokolatlan késedelem nélkül”, „hozzáférési jog”, „törléshez való jog”, „az adatkezelés
### korlátozása”, „tiltakozáshoz való jog”, „kényszerítő erejű jogos okok” (21. cikk (1) bekezdés),
### „kifejezetten nyilvánosságra hozott” (9. cikk (2) bekezdés e) pont), „megfelelő garanciák”…
### Article references are written the Hungarian way ("15. cikk (1) bekezdés h) pont"): the compact
### English notation "15(1)(h)" cannot take the ordinal dot that Hungarian requires before "cikk".
### Every article, paragraph and point number of the English text is kept. Only $articles (joined
### by the program in the compact notation) is used as it comes, after a colon.
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

ref-a = { $art }. cikk
ref-ap = { $art }. cikk { $par } bekezdés
ref-app = { $art }. cikk { $par } bekezdés { $pt } pont
ref-an = { $art }. cikk { $num }. pont
ref-par = ({ $par })
ref-point = { $letter })
ref-item-a = { $art }. cikk
ref-item-ap = { $art }. cikk { $par } bekezdés
ref-item-app = { $art }. cikk { $par } bekezdés { $pt } pont
ref-item-an = { $art }. cikk { $num }. pont
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Letter frame

subject-access = Tárgy: Kérelem a személyes adataimhoz való hozzáférésre a { $gdpr } 15. cikke alapján
subject-erasure = Tárgy: Kérelem a személyes adataim törlésére a { $gdpr } 17. cikke alapján és tiltakozás a { $gdpr } 21. cikk (1) bekezdése alapján
subject-access-erasure = Tárgy: Kérelem hozzáférésre a { $gdpr } 15. cikke alapján, az adatkezelés korlátozására a { $gdpr } 18. cikke alapján, majd törlésre a { $gdpr } 17. cikke alapján
salutation = Tisztelt Hölgyem/Uram!
closing = Tisztelettel:
# $reference: the sender's own case or reference number.
our-reference = Hivatkozási számom: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("2026. március 1.").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = Melléklet:
enclosure-photo = Az arcomról készült fénykép, amelyet kizárólag a személyazonosságom megállapítása céljából adok át e kérelemmel összefüggésben
# Page numbers in the PDF ("1/3. oldal"); $page and $pages are numbers.
page-of = { $page }/{ $pages }. oldal

## Opening

# $law_full: one of law-full-* (with its own article, see above).
intro-access = Ezúton élni kívánok { $law_full } 15. cikke szerinti hozzáférési jogommal. Kérem, erősítsék meg, hogy a { $controller } kezel-e rám vonatkozó személyes adatokat, és ha igen, biztosítsanak számomra hozzáférést e személyes adatokhoz és az alább felsorolt információkhoz. Kérelmemet nem kell megindokolnom.
intro-erasure = Ezúton élni kívánok { $law_full } 17. cikke szerinti törléshez való jogommal. Kérem, hogy indokolatlan késedelem nélkül töröljék a rám vonatkozó összes személyes adatot. Egyúttal a { $gdpr } 21. cikk (1) bekezdése alapján tiltakozom a rám vonatkozó személyes adatok mindennemű kezelése ellen.
intro-access-erasure = Ezúton élni kívánok { $law_full } szerinti jogaimmal: először a hozzáférési jogommal ({ $gdpr } 15. cikk), majd a törléshez való jogommal ({ $gdpr } 17. cikk). Először hozzáférést kérek, hogy megtudjam, milyen adatokat tárolnak rólam, mielőtt azokat törlik. A { $gdpr } 21. cikk (1) bekezdése alapján tiltakozom a rám vonatkozó személyes adatok mindennemű kezelése ellen, és kérem, hogy a törlésig korlátozzák az adatkezelést ({ $gdpr } 18. cikk).

## Why the law applies to Clearview

applicability-eu = A { $controller } a { $gdpr } hatálya alá tartozik. A társaság az Európai Unióban tartózkodó személyekről képeket gyűjt, és azokat e személyek viselkedésének megfigyelése céljából kezeli ({ $gdpr } 3. cikk (2) bekezdés b) pont), amint azt Olaszország, Görögország, Franciaország, Ausztria és Hollandia felügyeleti hatóságai megállapították. A társaság nem jelölt ki a { $gdpr } 27. cikke szerinti képviselőt az Unióban. Ezért kérelmemet közvetlenül Önökhöz intézem.
applicability-eea = A { $controller } a { $gdpr } hatálya alá tartozik. A társaság az Európai Gazdasági Térségben tartózkodó személyekről képeket gyűjt, és azokat e személyek viselkedésének megfigyelése céljából kezeli ({ $gdpr } 3. cikk (2) bekezdés b) pont), amint azt Olaszország, Görögország, Franciaország, Ausztria és Hollandia felügyeleti hatóságai megállapították. A társaság nem jelölt ki a { $gdpr } 27. cikke szerinti képviselőt. Ezért kérelmemet közvetlenül Önökhöz intézem.
applicability-uk = A { $controller } a { $gdpr } hatálya alá tartozik. Az Upper Tribunal 2025-ben megállapította, hogy a társaság által végzett adatkezelés az Egyesült Királyságban tartózkodó személyek viselkedésének megfigyeléséhez kapcsolódik ({ $gdpr } 3. cikk (2) bekezdés b) pont). Kérelmemet közvetlenül Önökhöz intézem.

## Access (Article 15)
# The access-copy-* items continue "… ide tartoznak különösen:" (nominative).

access-heading = Hozzáférés a személyes adataimhoz ({ $gdpr } 15. cikk)
access-copy = Kérem, hogy bocsássák rendelkezésemre az Önök által kezelt, rám vonatkozó összes személyes adat másolatát ({ $gdpr } 15. cikk (3) bekezdés); ide tartoznak különösen:
access-copy-images = minden olyan kép, amelyen szerepelek, vagy amelyet velem kapcsolatba hoznak, abban a felbontásban, amelyben az Önöknél megtalálható;
access-copy-sources = minden egyes kép esetében annak a weboldalnak és képfájlnak a címe (URL), ahonnan a képet gyűjtötték, az oldal címe, valamint a kép gyűjtésének és utolsó frissítésének dátuma;
access-copy-metadata = az egyes képekhez tárolt összes metaadat, ideértve a helymeghatározó adatokat és a dátumokat is;
access-copy-biometrics = az arcomból származtatott biometrikus sablonok, vektorok vagy hash-értékek, valamint minden egyéb adat, amelyet rólam származtattak vagy kikövetkeztettek;
access-copy-searches = minden olyan keresés nyilvántartása, amelynek találatai között szerepeltem, az egyes keresések dátumával együtt;
access-copy-recipients = minden olyan ügyfél vagy egyéb címzett kiléte, akivel vagy amellyel a rám vonatkozó találatokat közölték.
# The access-info-* items explain "a következő információk" (nominative).
access-info = Kérem továbbá a következő információk megadását ({ $gdpr } 15. cikk (1) és (2) bekezdés):
access-info-purposes = az egyes adatkezelési műveletek céljai és az egyes műveletek tekintetében alkalmazott jogalap (15. cikk (1) bekezdés a) pont);
access-info-categories = az érintett személyes adatok kategóriái (15. cikk (1) bekezdés b) pont);
access-info-recipients = azok a címzettek név szerint, akikkel, illetve amelyekkel a személyes adatokat közölték vagy közölni fogják, ideértve különösen a harmadik országbeli címzetteket, illetve a nemzetközi szervezeteket; a címzettek kategóriáinak megjelölése nem elegendő, ha a címzetteket azonosítani tudják (15. cikk (1) bekezdés c) pont; az Európai Unió Bíróságának 2023. január 12-i ítélete, C-154/21, Österreichische Post);
access-info-retention = az egyes személyesadat-kategóriák tárolásának időtartama, vagy ha ez nem lehetséges, ezen időtartam meghatározásának szempontjai (15. cikk (1) bekezdés d) pont);
access-info-rights = annak a jognak a fennállása, hogy kérelmezhetem a személyes adatok helyesbítését, törlését vagy kezelésének korlátozását, és tiltakozhatok az ilyen személyes adatok kezelése ellen (15. cikk (1) bekezdés e) pont);
access-info-complaint = a valamely felügyeleti hatósághoz címzett panasz benyújtásának joga (15. cikk (1) bekezdés f) pont);
access-info-source = a személyes adatok forrására vonatkozó minden elérhető információ: a konkrét webhelyek és weboldalak, nem csupán a források kategóriái (15. cikk (1) bekezdés g) pont);
access-info-automated = az automatizált döntéshozatal ténye, ideértve a profilalkotást is, valamint az alkalmazott logikára és arra vonatkozó érthető információk, hogy az ilyen adatkezelés milyen jelentőséggel bír, és rám nézve milyen várható következményekkel jár (15. cikk (1) bekezdés h) pont);
access-info-transfers = ha személyes adatoknak harmadik országba vagy nemzetközi szervezet részére történő továbbítására kerül sor, a továbbításra vonatkozó, a { $gdpr } 46. cikke szerinti megfelelő garanciák (15. cikk (2) bekezdés).
# $date: the date of the CNIL decision ("2022. október 17."), before "napján kelt", which needs no
# suffix on the date; $reference: its number.
access-scope = E kérelem az Önök összes rendszerében tárolt, rám vonatkozó összes személyes adatra kiterjed, ideértve az álnevesített adatokat, valamint az Önök által származtatott vagy kikövetkeztetett adatokat is. Nem korlátozódik az elmúlt tizenkét hónapra, sem az évente benyújtható kérelmek meghatározott számára, és nem függ attól, hogy megismétlem-e: a francia felügyeleti hatóság (CNIL) a { $date } napján kelt { $reference } számú határozatában jogellenesnek minősítette a { $controller } által alkalmazott ilyen korlátozásokat.
access-format = Kérem, hogy a másolatot díjmentesen ({ $gdpr } 12. cikk (5) bekezdés és 15. cikk (3) bekezdés), világosan és közérthetően megfogalmazva ({ $gdpr } 12. cikk (1) bekezdés), valamint – ha elektronikus úton válaszolnak – széles körben használt elektronikus formátumban ({ $gdpr } 15. cikk (3) bekezdés) bocsássák rendelkezésemre.

## Erasure (Article 17)
# The erasure-scope-* items continue "A törlendő adatok körébe tartoznak:" (nominative).

erasure-heading = A személyes adataim törlése ({ $gdpr } 17. cikk)
erasure-after-access = Miután rendelkezésemre bocsátották a másolatot és a fent kért információkat, kérem, hogy indokolatlan késedelem nélkül töröljék a rám vonatkozó összes személyes adatot ({ $gdpr } 17. cikk (1) bekezdés).
erasure-scope = A törlendő adatok körébe tartoznak:
erasure-scope-images = minden rólam készült kép és annak minden másolata;
erasure-scope-biometrics = az arcomból származtatott biometrikus sablonok, vektorok és hash-értékek;
erasure-scope-metadata = az e képekhez kapcsolódó metaadatok és forráscímek (URL-ek);
erasure-scope-searches = a rám vonatkozó keresési találatok, keresési naplók és összerendelések;
erasure-scope-backups = a biztonsági mentésekben, az archívumokban és az Önök adatfeldolgozóinak rendszereiben található összes másolat.
erasure-grounds = A törlésre a következő indokok állnak fenn:
erasure-ground-unlawful = { $gdpr } 17. cikk (1) bekezdés d) pont: a személyes adatokat jogellenesen kezelték. Önök nem rendelkeznek a { $gdpr } 6. cikk (1) bekezdése szerinti jogalappal. A természetes személyek egyedi azonosítása céljából kezelt biometrikus adatok ({ $gdpr } 4. cikk 14. pont) a személyes adatok különleges kategóriáiba tartoznak, amelyek kezelését a { $gdpr } 9. cikk (1) bekezdése tiltja. A 9. cikk (2) bekezdésében foglalt kivételek egyike sem alkalmazandó: nem adtam kifejezett hozzájárulást (9. cikk (2) bekezdés a) pont), és az interneten fellelhető képeket nem hoztam kifejezetten nyilvánosságra biometrikus adatkezelés céljából (9. cikk (2) bekezdés e) pont).
erasure-ground-objection = { $gdpr } 17. cikk (1) bekezdés c) pont: a { $gdpr } 21. cikk (1) bekezdése alapján a saját helyzetemmel kapcsolatos okokból tiltakozom az adatkezelés ellen: az arcom állandó azonosító, amelyet nem tudok megváltoztatni, és az Önök adatbázisában való jelenléte lehetővé teszi bármely ügyfelük számára, hogy bármely fénykép alapján azonosítson engem, függetlenül attól, hogy a fénykép hol és mikor készült. Amennyiben a { $gdpr } 6. cikk (1) bekezdés e) vagy f) pontjára hivatkoznak, az adatkezelést nem indokolják olyan kényszerítő erejű jogos okok, amelyek elsőbbséget élveznének az érdekeimmel, jogaimmal és szabadságaimmal szemben; az arcom alapján végzett keresések értékesítéséhez fűződő üzleti érdekük nem minősül ilyen oknak.
erasure-ground-consent = { $gdpr } 17. cikk (1) bekezdés b) pont: amennyiben hozzájárulásra hivatkoznak, azt visszavonom.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons on its
# territory; its name arrives in its own language, so it stands in brackets after "a felügyeleti
# hatóság" and needs no suffix.
erasure-ground-legal-obligation = { $gdpr } 17. cikk (1) bekezdés e) pont: a törlés jogi kötelezettség teljesítéséhez is szükséges, mivel a felügyeleti hatóság ({ $authority }) kötelezte Önöket az állama területén tartózkodó személyek személyes adatainak törlésére.
erasure-exceptions = A { $gdpr } 17. cikk (3) bekezdésében foglalt kivételek egyike sem alkalmazandó: az adatkezelés nem szükséges a véleménynyilvánítás szabadságához és a tájékozódáshoz való jog gyakorlása céljából, jogi kötelezettség teljesítése céljából, közérdekből vagy közhatalmi jogosítvány gyakorlása keretében végzett feladat végrehajtása céljából, a népegészségügy területét érintő közérdek alapján, közérdekű archiválás céljából, tudományos és történelmi kutatási célból vagy statisztikai célból, sem jogi igények előterjesztéséhez, érvényesítéséhez, illetve védelméhez. Amennyiben valamely kivételre hivatkoznak, tájékoztassanak arról, hogy melyikre és milyen okból ({ $gdpr } 12. cikk (4) bekezdés).
erasure-restriction = Kérem, hogy a törlésig korlátozzák a személyes adataim kezelését ({ $gdpr } 18. cikk (1) bekezdés d) pont, arra az időtartamra, amíg tiltakozásomat megvizsgálják), és különösen haladéktalanul hagyják abba a személyem megjelenítését a keresési találatokban.
erasure-recipients = Tájékoztassák a törlésről mindazokat a címzetteket, akikkel vagy amelyekkel a személyes adataimat közölték, ideértve minden olyan ügyfelet, aki vagy amely keresési találatként megkapta a rólam készült képeket ({ $gdpr } 19. cikk), és tájékoztassanak engem e címzettekről. Amennyiben a személyes adataimat nyilvánosságra hozták, tegyék meg az észszerűen elvárható lépéseket annak érdekében, hogy tájékoztassák az adatokat kezelő adatkezelőket arról, hogy kérelmeztem a szóban forgó személyes adatokra mutató linkek vagy e személyes adatok másolatainak törlését ({ $gdpr } 17. cikk (2) bekezdés).
erasure-no-recollection = Tájékoztassanak arról, milyen intézkedéseket tesznek annak biztosítására, hogy személyes adataimat ne gyűjtsék újra. Ha bármilyen nyilvántartást vezetnek adataim jövőbeli gyűjtésének megakadályozása érdekében, tájékoztassanak pontosan arról, hogy az mit tartalmaz, és milyen jogalapon tárolják.
erasure-confirmation = Kérem, hogy a törlést írásban erősítsék meg, és tüntessék fel, mit töröltek, ideértve a biztonsági mentésekben lévő másolatokat és a származtatott sablonokat is.

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Az adatkezelés korlátozása a törlésig ({ $gdpr } 18. cikk)
restriction-body = Kérem, hogy e levél kézhezvételétől a törlésig korlátozzák a személyes adataim kezelését ({ $gdpr } 18. cikk (1) bekezdés d) pont, arra az időtartamra, amíg a { $gdpr } 21. cikk (1) bekezdése szerinti tiltakozásomat megvizsgálják): az adatokat tárolják, de e kérelem megválaszolásán kívül semmilyen más célra ne használják fel. Különösen haladéktalanul hagyják abba a személyem megjelenítését a keresési találatokban.

## Identification (Articles 11(2) and 12(6))

identification-heading = Azonosítás
identification-no-photo = Az e levélben megadott információk elegendőek ahhoz, hogy arra válaszoljanak. Ha megalapozott kétségeik vannak a személyazonosságommal kapcsolatban, tájékoztassanak arról, hogy milyen további információk feltétlenül szükségesek ({ $gdpr } 12. cikk (6) bekezdés). Ha a rendszerükben kizárólag az arcomról készült fénykép alapján lehet keresni, jelezzék ezt; ebben az esetben kizárólag e kérelem céljára biztosítok egy fényképet.
identification-photo = Az arcomról készült fényképet kizárólag azért csatolom, hogy megtalálhassák a rám vonatkozó személyes adatokat ({ $gdpr } 11. cikk (2) bekezdés és 12. cikk (6) bekezdés). Azt semmilyen más célra nem használhatják fel: ne vegyék fel az adatbázisukba, ne készítsenek belőle biometrikus sablont – kivéve ehhez az egyetlen kereséshez –, és ne közöljék senkivel. Töröljék a fényképet és az annak segítségével végzett keresés eredményeit, amint e kérelmet megválaszolták, és erősítsék meg számomra a törlést ({ $gdpr } 5. cikk (1) bekezdés b), c) és e) pont).
identification-id-document = Személyazonosító okmány másolatát csak akkor küldöm meg, ha igazolják, hogy az feltétlenül szükséges. Minden ilyen másolatot az ellenőrzést követően haladéktalanul törölni kell (Európai Adatvédelmi Testület, 01/2022. számú iránymutatás az érintettek jogairól – Hozzáférési jog, 74., 76. és 79. pont).

## Deadline and form (Article 12)

deadline-heading = A válaszadás határideje és formája
deadline-access = Kérem, hogy indokolatlan késedelem nélkül, de legkésőbb e kérelem beérkezésétől számított egy hónapon belül válaszoljanak ({ $gdpr } 12. cikk (3) bekezdés). Ha ezt a határidőt meghosszabbítják, erről ezen az egy hónapon belül, a késedelem okainak megjelölésével tájékoztatniuk kell engem. Ha a kérelmem nyomán nem tesznek intézkedéseket, egy hónapon belül tájékoztatniuk kell engem az intézkedés elmaradásának okairól, valamint arról, hogy panaszt nyújthatok be valamely felügyeleti hatóságnál, és élhetek bírósági jogorvoslati jogommal ({ $gdpr } 12. cikk (4) bekezdés).
deadline-erasure = Kérem, hogy kérelmem nyomán indokolatlan késedelem nélkül, de legkésőbb annak beérkezésétől számított egy hónapon belül tegyék meg a szükséges intézkedéseket ({ $gdpr } 12. cikk (3) bekezdés). Ha ezt a határidőt meghosszabbítják, erről ezen az egy hónapon belül, a késedelem okainak megjelölésével tájékoztatniuk kell engem. Ha a kérelmem nyomán nem tesznek intézkedéseket, egy hónapon belül tájékoztatniuk kell engem az intézkedés elmaradásának okairól, valamint arról, hogy panaszt nyújthatok be valamely felügyeleti hatóságnál, és élhetek bírósági jogorvoslati jogommal ({ $gdpr } 12. cikk (4) bekezdés).
no-formalities = A válaszadást nem tehetik függővé meghatározott űrlap, internetes portál vagy továbbítási mód használatától (Európai Adatvédelmi Testület, 01/2022. számú iránymutatás az érintettek jogairól – Hozzáférési jog, 50–53. pont).
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
decision-kind-injunction-order = { $reference } számú végzés
decision-kind-decision = { $reference } számú határozat
decision-kind-formal-notice = { $reference } számú hivatalos felszólítás
decision-kind-sanction = { $reference } számú szankciós határozat
decision-kind-penalty-liquidation = { $reference } számú határozat (a kényszerítő bírság végleges összegének megállapítása)
decision-kind-fines-and-penalty-orders = határozat (bírságok és kényszerítő bírság terhe mellett elrendelt kötelezések)
decision-kind-court-ruling = { $reference } számú ítélet
decision-kind-letter = levél
decision-kind-enforcement-and-penalty-notices = végrehajtási felszólítás (enforcement notice) és bírságkiszabó értesítés (monetary penalty notice)
# The following sentences have the deciding body (named in the citation before them) as their
# implicit subject; Hungarian verbs carry no gender, so they suit any authority or court.
# $articles: a list of article numbers, already joined ("5(1)(a), 6 és 9"), after a colon.
decision-articles = Megállapította a { $gdpr } következő cikkeinek megsértését: { $articles }.
# $amount: an amount with its currency, already formatted ("20 000 000 EUR").
decision-fine = Bírságot szabott ki { $amount } összegben.
decision-fines-total = Összesen { $amount } összegű bírságot szabott ki.
decision-penalty-per-day = Ezenfelül minden késedelmes napra { $amount } összegű kényszerítő bírságot állapított meg.
decision-penalty-max = Ezenfelül összesen legfeljebb { $amount } összegű kényszerítő bírság terhe mellett kötelezéseket írt elő.
decision-penalty-liquidated = Elrendelte, hogy a { $controller } fizessen meg { $amount } összeget, mert a kötelezésnek nem tett határidőben eleget.
decision-orders = Elrendelte, hogy a { $controller }:
decision-not-final = Ez a levél egy tervezett kötelező határozatot előzött meg; nem minősül végleges határozatnak.
# Used instead of decision-orders when the act is not a final order (the Hamburg letter); like
# decision-orders it ends with "hogy a { $controller }:", so the same order-* items follow it.
decision-requests = Azt kérte, hogy a { $controller }:
# Orders are list items continuing "Elrendelte, hogy a { $controller }:" (decision-orders) or
# "Azt kérte, hogy a { $controller }:" (decision-requests): each starts with a verb in the third
# person singular of the subjunctive. End each with ";" — facerights replaces the separator of the
# last item with a full stop. "az adott állam" is the country named in the citation just above.
order-ban-collection-territory = szüntesse meg az adott állam területén tartózkodó személyekről készült képek és egyéb személyes adatok gyűjtését, valamint biometrikus adataik kezelését;
order-erase-territory = törölje az adott állam területén tartózkodó személyek személyes adatait;
order-erase-territory-after-access = törölje az adott állam területén tartózkodó személyek személyes adatait, miután megválaszolta a már beérkezett hozzáférési kérelmeket;
order-stop-processing-territory = szüntesse meg az adott állam területén tartózkodó személyek személyes adatainak jogalap nélküli gyűjtését és kezelését;
order-facilitate-rights = segítse elő az érintettek jogainak gyakorlását, és válaszolja meg a panaszos hozzáférési kérelmét;
order-answer-complainant-access = válaszolja meg a panaszos hozzáférési kérelmét;
order-appoint-representative = jelöljön ki képviselőt az Unióban ({ $gdpr } 27. cikk);
order-stop-processing-erase-territory = szüntesse meg az adott állam területén tartózkodó személyek személyes adatainak kezelését, és távolítsa el a jogellenesen megszerzett adatokat;
order-give-art14-information = tájékoztassa az érintetteket a { $gdpr } 14. cikkében előírtak szerint;
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
summary-erasure = az adott állam területén tartózkodó személyek személyes adatainak törlésére vonatkozó kötelezés
summary-ban = a további gyűjtés tilalma
summary-access = a hozzáférési kérelmek megválaszolásának megtagadásával való felhagyásra vonatkozó kötelezés
summary-complainant-access = a panaszos hozzáférési kérelmének megválaszolására vonatkozó kötelezés
summary-erase-complainant = a panaszos személyes adatainak törlésére vonatkozó kötelezés
summary-representative = uniós képviselő kijelölésére vonatkozó kötelezés
summary-no-fine = a bírság kiszabásának mellőzése
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language); $address: its
# postal address on one line. Both stand after a colon, so they need no suffix.
remedies = Amennyiben határidőn belül nem válaszolnak teljes körűen, panaszt nyújtok be az illetékes felügyeleti hatóságnál ({ $gdpr } 77. cikk): { $authority }, { $address }. Fenntartom a jogot arra, hogy hatékony bírósági jogorvoslattal éljek ({ $gdpr } 79. cikk), és kártérítést követeljek ({ $gdpr } 82. cikk).
