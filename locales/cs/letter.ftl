### facerights — letter text, Czech (cs).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Czech language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „subjekt údajů“, „správce“,
### „zpracovatel“, „příjemce“, „dozorový úřad“, „bez zbytečného odkladu“, „omezení zpracování“,
### „závažné oprávněné důvody“ (čl. 21 odst. 1), „zjevně zveřejněné subjektem údajů“
### (čl. 9 odst. 2 písm. e)), „vhodné záruky“…
### Provisions are cited in the Czech notation (see "Citations" below): „čl. 15 odst. 1 písm. h) GDPR“.
###
### Register: formal letter from a private person (first person singular, courtesy „Vy/Vás/Vám/Váš“
### with a capital letter). The author's gender is unknown: no l-participle in the first person
### (no „udělil jsem“, „abych věděl“); use the passive or the present tense instead
### („souhlas ode mě udělen nebyl“, „vyskytuji se“, „moje osoba“).
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters);
###                both are indeclinable and neuter: „čl. 15 GDPR“, „podléhá GDPR“.
###   $controller  "Clearview AI, Inc." (introduced as „společnost { $controller }“, feminine agreement)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = GDPR
law-short-uk = UK GDPR
# law-full-* are only used as $law_full in intro-*, always in the genitive („čl. 15 { $law_full }“,
# „podle { $law_full }“).
law-full-eu = nařízení (EU) 2016/679 (obecného nařízení o ochraně osobních údajů, „GDPR“)
law-full-eea = nařízení (EU) 2016/679 (obecného nařízení o ochraně osobních údajů, „GDPR“) ve znění začleněném do Dohody o Evropském hospodářském prostoru
law-full-uk = nařízení United Kingdom General Data Protection Regulation (obecné nařízení o ochraně osobních údajů Spojeného království, „UK GDPR“) ve spojení se zákonem Data Protection Act 2018 (zákon o ochraně osobních údajů z roku 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Czech notation, as in the Czech text of the Regulation and in ÚOOÚ and court decisions:
# „čl. 15 odst. 1 písm. h) GDPR“, „čl. 15 odst. 1 a 2“, „čl. 5 odst. 1 písm. b), c) a e)“,
# „čl. 6 odst. 1 písm. e) nebo f)“, „čl. 4 bod 14“. The abbreviations do not show case, so one form
# fits every sentence („podle čl. 15“, „v souladu s čl. 14“). `.cap`: at the start of a sentence.
# A citation ending in a point letter is followed by „GDPR“ inside brackets, so that the letter's
# bracket does not close a bracket („(čl. 9 odst. 2 písm. a) GDPR)“, not „písm. a))“); the items of
# access-info-* therefore cite „(čl. 15 odst. 1 písm. a) GDPR)“ where English has „(Article 15(1)(a))“.
# Lists (the articles a decision found infringed) repeat „čl.“ before each article, so that
# „čl. 12 odst. 1, 2 a 3, čl. 14 odst. 1 a 2 a čl. 15“ cannot be misread: ref-item-* keep the head.

ref-a = čl. { $art }
    .cap = Čl. { $art }
ref-ap = čl. { $art } odst. { $par }
    .cap = Čl. { $art } odst. { $par }
ref-app = čl. { $art } odst. { $par } písm. { $pt }
    .cap = Čl. { $art } odst. { $par } písm. { $pt }
ref-an = čl. { $art } bod { $num }
    .cap = Čl. { $art } bod { $num }
ref-par = { $par }
ref-point = { $letter })
ref-item-a = čl. { $art }
ref-item-ap = čl. { $art } odst. { $par }
ref-item-app = čl. { $art } odst. { $par } písm. { $pt }
ref-item-an = čl. { $art } bod { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: how this language says "in <country>" for the persons a decision protects.
# The locative with „v“/„ve“ („v Itálii“, „ve Francii“: „ve“ before „Fr-“, „Sp-“); Slovakia takes
# „na“. Default: the name in the nominative after „státu“ (apposition, as in „na území státu
# Izrael“), because CLDR gives no locative.
country-in = { $code ->
    [IT] v Itálii
    [GR] v Řecku
    [FR] ve Francii
    [NL] v Nizozemsku
    [AT] v Rakousku
    [DE] v Německu
    [GB] ve Spojeném království
    [CZ] v České republice
    [SK] na Slovensku
    [PL] v Polsku
    [ES] ve Španělsku
    [SE] ve Švédsku
   *[other] na území státu { $name }
}

## Letter frame

subject-access = Žádost o přístup k mým osobním údajům podle { REF(15) } { $gdpr }
subject-erasure = Žádost o výmaz mých osobních údajů podle { REF(17) } { $gdpr } a námitka podle { REF(21, par: 1) } { $gdpr }
subject-access-erasure = Žádost o přístup podle { REF(15) } { $gdpr }, o omezení zpracování podle { REF(18) } { $gdpr } a o následný výmaz podle { REF(17) } { $gdpr }
salutation = Vážené dámy, vážení pánové,
# No comma after the closing in Czech.
closing = S pozdravem
# $reference: the sender's own case or reference number.
our-reference = Moje značka: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("21. listopadu 2026").
# The place name is printed as given (nominative), so no „V … dne“ construction.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count: how many enclosures follow (one: „Příloha:“; more: „Přílohy:“).
enclosures-label = { $count ->
    [one] Příloha:
   *[other] Přílohy:
}
enclosure-photo = Fotografie mého obličeje poskytnutá výhradně za účelem mé identifikace pro účely této žádosti
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Strana { $page } z { $pages }

## Opening
# The opening paragraph follows „Vážené dámy, vážení pánové,“ and starts with a capital letter.

# $law_full: one of law-full-* (genitive, see above).
intro-access = Tímto uplatňuji své právo na přístup k osobním údajům podle { REF(15) } { $law_full }. Žádám o potvrzení, zda společnost { $controller } zpracovává osobní údaje, které se mě týkají, a pokud je tomu tak, o přístup k těmto osobním údajům a k níže uvedeným informacím. Tuto žádost nemusím nijak odůvodňovat.
intro-erasure = Tímto uplatňuji své právo na výmaz podle { REF(17) } { $law_full }. Žádám Vás o výmaz všech osobních údajů, které se mě týkají, bez zbytečného odkladu. Zároveň podle { REF(21, par: 1) } { $gdpr } vznáším námitku proti jakémukoli zpracování osobních údajů, které se mě týkají.
intro-access-erasure = Tímto uplatňuji svá práva podle { $law_full }: nejprve právo na přístup ({ REF(15) } { $gdpr }), poté právo na výmaz ({ REF(17) } { $gdpr }). O přístup žádám nejprve proto, aby mi ještě před výmazem bylo známo, jaké údaje o mně uchováváte. Podle { REF(21, par: 1) } { $gdpr } vznáším námitku proti jakémukoli zpracování osobních údajů, které se mě týkají, a do doby výmazu Vás žádám o omezení zpracování ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

applicability-eu = Společnost { $controller } podléhá { $gdpr }: shromažďuje snímky osob nacházejících se v Evropské unii a zpracovává je za účelem monitorování jejich chování ({ REF(3, par: 2, pt: "b") } { $gdpr }). Dozorové úřady Itálie, Řecka, Francie, Rakouska a Nizozemska na ni { $gdpr } uplatnily a shledaly její zpracování protiprávním. Podle rozhodnutí nizozemského dozorového úřadu ze dne { $representative_date } neměla určeného zástupce v Unii ({ REF(27) } { $gdpr }). Tuto žádost proto adresuji přímo Vám.
applicability-eea = Společnost { $controller } podléhá { $gdpr }: shromažďuje snímky osob nacházejících se v Evropském hospodářském prostoru a zpracovává je za účelem monitorování jejich chování ({ REF(3, par: 2, pt: "b") } { $gdpr }). Dozorové úřady Itálie, Řecka, Francie, Rakouska a Nizozemska na ni { $gdpr } uplatnily a shledaly její zpracování protiprávním. Podle rozhodnutí nizozemského dozorového úřadu ze dne { $representative_date } neměla určeného zástupce v Unii ({ REF(27) } { $gdpr }). Tuto žádost proto adresuji přímo Vám.
applicability-uk = Společnost { $controller } podléhá { $gdpr }. Upper Tribunal v roce 2025 rozhodl, že zpracování, které provádí, souvisí s monitorováním chování osob nacházejících se ve Spojeném království ({ REF(3, par: 2, pt: "b") } { $gdpr }). Tuto žádost adresuji přímo Vám.

## Access (Article 15)
# The access-copy-* and access-info-* items are nominative noun phrases after a colon, as in the
# enumeration of čl. 15 odst. 1 in the Czech text of the Regulation.

access-heading = Přístup k mým osobním údajům ({ REF(15) } { $gdpr })
access-copy = Žádám Vás o poskytnutí kopie veškerých osobních údajů, které se mě týkají a které zpracováváte ({ REF(15, par: 3) } { $gdpr }), zejména:
access-copy-images = každý snímek, na kterém se vyskytuji nebo který spojujete s mou osobou, v rozlišení, v jakém jej uchováváte;
access-copy-sources = u každého snímku adresa (URL) webové stránky a obrazového souboru, odkud byl shromážděn, název stránky a datum jeho shromáždění a poslední aktualizace;
access-copy-metadata = veškerá metadata uchovávaná ke každému snímku, včetně geolokačních a časových údajů;
access-copy-biometrics = biometrické šablony, vektory nebo hashovací hodnoty odvozené z mého obličeje a veškeré další údaje, které jste o mně odvodili nebo vyvodili;
access-copy-searches = záznamy o každém vyhledávání, v jehož výsledcích se objevila moje osoba, spolu s datem každého vyhledávání;
access-copy-probe = záznamy o každém vyhledávání, při kterém zákazník nahrál snímek mého obličeje, aby prohledal Vaši databázi, spolu s tímto snímkem, datem vyhledávání a údajem o zákazníkovi, který je provedl;
access-copy-recipients = totožnost každého zákazníka nebo jiného příjemce, jemuž byly zpřístupněny výsledky týkající se mé osoby.
access-info = Dále Vás žádám o poskytnutí těchto informací ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = účely jednotlivých operací zpracování ({ REF(15, par: 1, pt: "a") } { $gdpr }) a u každého účelu právní základ, o který se opíráte a který jste mi byli tak jako tak povinni sdělit ({ REF(14, par: 1, pt: "c") } { $gdpr });
access-info-categories = kategorie dotčených osobních údajů ({ REF(15, par: 1, pt: "b") } { $gdpr });
access-info-recipients = příjemci, kterým osobní údaje byly nebo budou zpřístupněny, a to jmenovitě, zejména příjemci ve třetích zemích nebo mezinárodní organizace; uvedení kategorií příjemců nepostačuje, jste-li schopni jednotlivé příjemce identifikovat ({ REF(15, par: 1, pt: "c") } { $gdpr }; rozsudek Soudního dvora ze dne 12. ledna 2023, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = příjemci, kterým osobní údaje byly nebo budou zpřístupněny, a to jmenovitě, zejména příjemci ve třetích zemích nebo mezinárodní organizace; uvedení kategorií příjemců nepostačuje, jste-li schopni jednotlivé příjemce identifikovat ({ REF(15, par: 1, pt: "c") } { $gdpr });
access-info-retention = doba, po kterou budou jednotlivé kategorie osobních údajů uloženy, nebo, není-li ji možné určit, kritéria použitá ke stanovení této doby ({ REF(15, par: 1, pt: "d") } { $gdpr });
access-info-rights = existence práva požadovat opravu nebo výmaz osobních údajů nebo omezení jejich zpracování a práva vznést námitku proti tomuto zpracování ({ REF(15, par: 1, pt: "e") } { $gdpr });
access-info-complaint = právo podat stížnost u dozorového úřadu ({ REF(15, par: 1, pt: "f") } { $gdpr });
access-info-source = veškeré dostupné informace o zdroji osobních údajů: konkrétní weby a stránky, nikoli pouze kategorie zdrojů ({ REF(15, par: 1, pt: "g") } { $gdpr });
access-info-automated = skutečnost, že dochází k automatizovanému rozhodování, včetně profilování, a smysluplné informace týkající se použitého postupu, jakož i významu a předpokládaných důsledků takového zpracování pro mou osobu ({ REF(15, par: 1, pt: "h") } { $gdpr });
access-info-transfers = pokud se osobní údaje předávají do třetí země nebo mezinárodní organizaci, vhodné záruky podle { REF(46) } { $gdpr }, které se na toto předání vztahují ({ REF(15, par: 2) }).
access-scope = Tato žádost se vztahuje na veškeré osobní údaje, které se mě týkají, ve všech Vašich systémech, včetně pseudonymizovaných údajů a údajů, které jste odvodili nebo vyvodili. Není omezena na posledních dvanáct měsíců ani na určitý počet žádostí za rok a nezávisí na tom, zda ji zopakuji: francouzský dozorový úřad (CNIL) shledal taková omezení uplatňovaná společností { $controller } protiprávními ve svém rozhodnutí { $reference } ze dne { $date }.
access-role = U každé operace zpracování mi dále sdělte, zda ji provádíte jako správce, nebo jako zpracovatel pro zákazníka, a v takovém případě pro koho ({ REF(4, num: 7) } a { REF(4, num: 8) } { $gdpr }).
# United Kingdom letters only: čl. 15 odst. 1A UK GDPR (written out: REF cannot write "1A").
access-search-uk = Mám právo na osobní údaje a informace, které můžete poskytnout na základě přiměřeného a úměrného vyhledání (čl. 15 odst. 1A { $gdpr }). Vaše databáze je vytvořena k vyhledávání podle obličeje: prohledání databáze pomocí mého obličeje a prohledání záznamů o vyhledáváních, v jejichž výsledcích se objevila moje osoba nebo při nichž byl nahrán můj obličej, je přiměřené a úměrné bez ohledu na jejich objem.
access-format = Žádám Vás o bezplatné poskytnutí kopie ({ REF(12, par: 5) } a { REF(15, par: 3) } { $gdpr }), a to za použití jasných a jednoduchých jazykových prostředků ({ REF(12, par: 1) } { $gdpr }) a, budete-li odpovídat elektronicky, v elektronické podobě, která se běžně používá ({ REF(15, par: 3) } { $gdpr }).

## Erasure (Article 17)

erasure-heading = Výmaz mých osobních údajů ({ REF(17) } { $gdpr })
erasure-after-access = Jakmile mi poskytnete kopii a výše požadované informace, vymažte prosím bez zbytečného odkladu veškeré osobní údaje, které se mě týkají ({ REF(17, par: 1) } { $gdpr }).
# The erasure-scope-* items are accusative objects of „vztahovat se na“.
erasure-scope = Výmaz se musí vztahovat na:
erasure-scope-images = každý můj snímek a každou jeho kopii;
erasure-scope-biometrics = biometrické šablony, vektory a hashovací hodnoty odvozené z mého obličeje;
erasure-scope-metadata = metadata a zdrojové adresy (URL) spojené s těmito snímky;
erasure-scope-searches = výsledky vyhledávání, protokoly vyhledávání a vazby, které se mě týkají;
erasure-scope-backups = veškeré kopie v zálohách, v archivech a v systémech Vašich zpracovatelů.
erasure-grounds = Jsou dány tyto důvody pro výmaz:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: osobní údaje byly zpracovány protiprávně. Nemáte žádný právní základ podle { REF(6, par: 1) } { $gdpr }. Biometrické údaje ({ REF(4, num: 14) } { $gdpr }) zpracovávané za účelem jedinečné identifikace fyzické osoby patří mezi zvláštní kategorie osobních údajů, jejichž zpracování { REF(9, par: 1) } { $gdpr } zakazuje. Neuplatní se žádná z výjimek podle { REF(9, par: 2) }: výslovný souhlas se zpracováním mých biometrických údajů ve Vaší databázi ode mě udělen nebyl ({ REF(9, par: 2, pt: "a") } { $gdpr }) a snímky, které lze nalézt na internetu, nebyly mnou zjevně zveřejněny pro účely biometrického zpracování ({ REF(9, par: 2, pt: "e") } { $gdpr }).
# United Kingdom letters: čl. 9 read with Schedule 1 to the Data Protection Act 2018 („ve spojení s“).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: osobní údaje byly zpracovány protiprávně. Nemáte žádný právní základ podle { REF(6, par: 1) } { $gdpr }. Biometrické údaje ({ REF(4, num: 14) } { $gdpr }) zpracovávané za účelem jedinečné identifikace fyzické osoby patří mezi zvláštní kategorie osobních údajů, jejichž zpracování { REF(9, par: 1) } { $gdpr } zakazuje. Neuplatní se žádná z výjimek podle { REF(9, par: 2) } { $gdpr } ve spojení s přílohou 1 (Schedule 1) zákona Data Protection Act 2018: výslovný souhlas se zpracováním mých biometrických údajů ve Vaší databázi ode mě udělen nebyl ({ REF(9, par: 2, pt: "a") } { $gdpr }) a snímky, které lze nalézt na internetu, nebyly mnou zjevně zveřejněny pro účely biometrického zpracování ({ REF(9, par: 2, pt: "e") } { $gdpr }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "cap") } { $gdpr }: podle { REF(21, par: 1) } { $gdpr } vznáším námitku proti zpracování z důvodů týkajících se mé konkrétní situace: můj obličej je trvalý identifikátor, který nemohu změnit, a jeho přítomnost ve Vaší databázi umožňuje kterémukoli z Vašich zákazníků identifikovat mě na základě jakékoli fotografie bez ohledu na to, kde a kdy byla pořízena.
# The person's own description of their particular situation, in Czech quotation marks „…“.
erasure-ground-objection-own = Svými vlastními slovy: „{ $grounds }“
# Čl. 21 odst. 1: „pokud neprokáže závažné oprávněné důvody pro zpracování, které převažují nad
# zájmy nebo právy a svobodami subjektu údajů“.
erasure-ground-objection-burden = Zpracování proto musíte ukončit, pokud neprokážete závažné oprávněné důvody pro zpracování, které převažují nad mými zájmy nebo právy a svobodami, nebo pro určení, výkon nebo obhajobu právních nároků ({ REF(21, par: 1) } { $gdpr }). Pokud se opíráte o { REF(6, par: 1, pt: "e f", conj: "or") } { $gdpr }, žádné takové důvody neexistují: Váš obchodní zájem na prodeji vyhledávání podle mého obličeje takovým důvodem není.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "cap") } { $gdpr }: pokud se opíráte o souhlas, odvolávám jej.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country. Its name is in its own language and cannot be declined: it stands in parentheses after
# „dozorový úřad“. $in_country: „v Itálii“, from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "cap") } { $gdpr }, nad rámec výše uvedených důvodů: dozorový úřad ({ $authority }) Vám nařídil vymazat osobní údaje osob nacházejících se { $in_country }. Podle mého názoru je proto výmaz nezbytný také ke splnění právní povinnosti, která se na Vás vztahuje.
erasure-exceptions = Neuplatní se žádná z výjimek podle { REF(17, par: 3) } { $gdpr }: zpracování není nezbytné pro výkon práva na svobodu projevu a informace, pro splnění právní povinnosti, pro splnění úkolu prováděného ve veřejném zájmu nebo při výkonu veřejné moci, z důvodů veřejného zájmu v oblasti veřejného zdraví, pro účely archivace ve veřejném zájmu, pro účely vědeckého či historického výzkumu ani pro statistické účely, ani pro určení, výkon nebo obhajobu právních nároků. Pokud se na některou výjimku odvoláváte, sdělte mi, na kterou a z jakého důvodu ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Do doby výmazu omezte zpracování mých osobních údajů ({ REF(18, par: 1, pt: "d") } { $gdpr }, dokud ověřujete mou námitku): zejména mě okamžitě přestaňte zobrazovat ve výsledcích vyhledávání.
erasure-recipients = Oznamte výmaz každému příjemci, jemuž byly mé osobní údaje zpřístupněny, včetně každého zákazníka, který obdržel mé snímky ve výsledcích vyhledávání ({ REF(19) } { $gdpr }), a sdělte mi, kdo tito příjemci jsou. Pokud jste mé osobní údaje zveřejnili, přijměte přiměřené kroky, abyste informovali správce, kteří tyto údaje zpracovávají, že žádám o výmaz veškerých odkazů na tyto údaje nebo jejich kopií ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Sdělte mi, co učiníte pro to, aby mé osobní údaje nebyly znovu shromážděny. Pokud uchováváte jakýkoli záznam, který má zabránit jejich shromažďování v budoucnu, sdělte mi přesně, co obsahuje a na jakém právním základě jej uchováváte.
erasure-confirmation = Výmaz mi prosím písemně potvrďte a uveďte, co jste vymazali, včetně kopií v zálohách a odvozených šablon.
erasure-free = Vyřízení mé žádosti o výmaz, včetně oznámení příjemcům a potvrzení výmazu, je bezplatné ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Omezení zpracování do doby výmazu ({ REF(18) } { $gdpr })
restriction-body = Od doručení tohoto dopisu do doby výmazu omezte zpracování mých osobních údajů ({ REF(18, par: 1, pt: "d") } { $gdpr }, dokud ověřujete mou námitku podle { REF(21, par: 1) } { $gdpr }): údaje uchovávejte, ale nepoužívejte je k žádnému jinému účelu než k vyřízení této žádosti. Zejména mě okamžitě přestaňte zobrazovat ve výsledcích vyhledávání.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikace
identification-no-photo = Údaje uvedené v tomto dopise k jeho vyřízení postačují. Máte-li oprávněné pochybnosti o mé totožnosti, sdělte mi, jaké dodatečné informace jsou nezbytně nutné ({ REF(12, par: 6) } { $gdpr }). Pokud lze ve Vašem systému vyhledávat pouze pomocí fotografie mého obličeje, sdělte mi to; v takovém případě Vám ji poskytnu výhradně pro účely této žádosti.
identification-photo = Přikládám fotografii svého obličeje výhradně proto, abyste mohli dohledat osobní údaje, které se mě týkají ({ REF(11, par: 2) } a { REF(12, par: 6) } { $gdpr }). Uděluji výslovný souhlas ({ REF(9, par: 2, pt: "a") } { $gdpr }) s jedním vyhledáním ve Vaší databázi pomocí biometrické šablony vytvořené z této fotografie, a to výhradně pro účely této žádosti. S žádným jiným použitím nesouhlasím: fotografii ani šablonu nepřidávejte do své databáze a nezpřístupňujte je. Svůj souhlas odvolávám k okamžiku, kdy tuto žádost vyřídíte ({ REF(7, par: 3) } { $gdpr }): poté fotografii, šablonu i výsledky vyhledávání provedeného s jejich využitím vymažte a výmaz mi potvrďte ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
identification-id-document = Kopii dokladu totožnosti nezašlu, pokud neprokážete, že je to nezbytně nutné. Každou takovou kopii je nutné ihned po ověření vymazat (Evropský sbor pro ochranu osobních údajů, Pokyny 01/2022 k právům subjektů údajů – právo na přístup, body 74, 76 a 79).
# United Kingdom letters: the ICO's guidance, its title kept in English.
identification-id-document-uk = Kopii dokladu totožnosti nezašlu, pokud neprokážete, že je to nezbytné: smíte požadovat pouze takové informace, které jsou přiměřené a úměrné k ověření mé totožnosti (Information Commissioner's Office, pokyny „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Lhůta a forma Vaší odpovědi
deadline-access = Odpovězte prosím bez zbytečného odkladu, nejpozději však do jednoho měsíce od obdržení této žádosti ({ REF(12, par: 3) } { $gdpr }). Tuto lhůtu můžete prodloužit nejvýše o další dva měsíce, a to pouze v případě potřeby a s ohledem na složitost a počet žádostí; o prodloužení mě pak musíte informovat do jednoho měsíce od obdržení žádosti spolu s důvody tohoto odkladu. Pokud nepřijmete opatření, o něž žádám, musíte mě do jednoho měsíce informovat o důvodech a o mém právu podat stížnost u dozorového úřadu a žádat o soudní ochranu ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Přijměte prosím opatření na základě mé žádosti bez zbytečného odkladu, nejpozději však do jednoho měsíce od jejího obdržení ({ REF(12, par: 3) } { $gdpr }). Tuto lhůtu můžete prodloužit nejvýše o další dva měsíce, a to pouze v případě potřeby a s ohledem na složitost a počet žádostí; o prodloužení mě pak musíte informovat do jednoho měsíce od obdržení žádosti spolu s důvody tohoto odkladu. Pokud nepřijmete opatření, o něž žádám, musíte mě do jednoho měsíce informovat o důvodech a o mém právu podat stížnost u dozorového úřadu a žádat o soudní ochranu ({ REF(12, par: 4) } { $gdpr }).
# United Kingdom letters: the "applicable time period" of čl. 12A UK GDPR (written out).
deadline-access-uk = Odpovězte prosím bez zbytečného odkladu, nejpozději však před uplynutím použitelné lhůty (applicable time period), tedy do jednoho měsíce od obdržení této žádosti (čl. 12A { $gdpr }). Tuto lhůtu můžete prodloužit nejvýše o další dva měsíce, a to pouze tehdy, je-li to nezbytné vzhledem ke složitosti nebo počtu žádostí; v takovém případě mi to musíte sdělit v průběhu tohoto měsíce a uvést důvody. Pokud ode mě důvodně potřebujete další informace k určení informací nebo zpracování, jichž se má žádost týká, vyžádejte si je bez odkladu: lhůta se staví pouze do mé odpovědi. Pokud nepřijmete opatření, o něž žádám, musíte mě v této lhůtě informovat o důvodech a o mém právu podat stížnost u Information Commissioner a žádat o soudní ochranu ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Přijměte prosím opatření na základě mé žádosti bez zbytečného odkladu, nejpozději však před uplynutím použitelné lhůty (applicable time period), tedy do jednoho měsíce od obdržení této žádosti (čl. 12A { $gdpr }). Tuto lhůtu můžete prodloužit nejvýše o další dva měsíce, a to pouze tehdy, je-li to nezbytné vzhledem ke složitosti nebo počtu žádostí; v takovém případě mi to musíte sdělit v průběhu tohoto měsíce a uvést důvody. Pokud nepřijmete opatření, o něž žádám, musíte mě v této lhůtě informovat o důvodech a o mém právu podat stížnost u Information Commissioner a žádat o soudní ochranu ({ REF(12, par: 4) } { $gdpr }).
no-formalities = Svou odpověď nesmíte podmiňovat použitím určitého formuláře, webového portálu nebo způsobu doručení (Evropský sbor pro ochranu osobních údajů, Pokyny 01/2022 k právům subjektů údajů – právo na přístup, body 50 až 53).
# United Kingdom letters: the ICO's guidance, its title kept in English.
no-formalities-uk = Svou odpověď nesmíte podmiňovat použitím určitého formuláře, webového portálu nebo způsobu doručení: žádost lze podat v jakékoli formě, ústně i písemně (Information Commissioner's Office, pokyny „Right of access“).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Odpověď mi prosím zašlete na výše uvedenou adresu.
reply-to-both = Odpověď mi prosím zašlete na výše uvedenou poštovní nebo e-mailovou adresu.
reply-to-email = Odpověď mi prosím zašlete na výše uvedenou e-mailovou adresu.

## Decisions against Clearview

decisions-heading = Rozhodnutí proti společnosti { $controller }
decisions-own = Ve státě, v němž bydlím, byla vydána tato rozhodnutí:
decisions-other = Dozorové úřady jiných států shledaly totéž zpracování prováděné společností { $controller } protiprávním. Odvolávám se na jejich rozhodnutí:
# One decision. $authority: name of the authority or court (in its own language, indeclinable);
# $country: its country (CLDR, nominative, e.g. "Itálie"); $act: one of decision-kind-* with the
# reference; $date: its date ("10. února 2022"). facerights adds a full stop after the citation.
decision-citation = { $authority } ({ $country }), { $act } ze dne { $date }
# The Garante's ordinanza ingiunzione imposes a fine and orders: in Czech terms a decision imposing
# a fine, with the Italian name kept for identification. (Not „příkaz“, a specific Czech procedure.)
decision-kind-injunction-order = rozhodnutí o uložení pokuty (ordinanza ingiunzione) č. { $reference }
decision-kind-decision = rozhodnutí { $reference }
# The CNIL President's mise en demeure: a call to remedy the infringements within a time limit.
decision-kind-formal-notice = výzva k nápravě (mise en demeure) { $reference }
# The CNIL's act is a délibération of its restricted committee (formation restreinte), the body
# that imposes sanctions.
decision-kind-sanction = rozhodnutí sankčního výboru (délibération de la formation restreinte) { $reference }
decision-kind-penalty-liquidation = rozhodnutí { $reference } (vyčíslení penále)
decision-kind-fines-and-penalty-orders = rozhodnutí o pokutách a příkazech pod hrozbou penále
# The Austrian DSB's act: an administrative decision (Bescheid).
decision-kind-bescheid = rozhodnutí (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the decision aside and remitting the
# case (§ 28 odst. 3 VwGVG): an „usnesení“ (Beschluss), not a judgment („rozsudek“).
decision-kind-remittal-order = usnesení (Beschluss) { $reference }
# A UK tribunal's decision.
decision-kind-tribunal-decision = rozhodnutí { $reference }
decision-kind-letter = dopis
decision-kind-enforcement-and-penalty-notices = příkaz k nápravě (enforcement notice) a rozhodnutí o uložení peněžité sankce (monetary penalty notice)
# The following sentences come after decision-citation in any combination. They are impersonal
# (passive), because the deciding body may be an authority or a court of any gender.
# $articles: the provisions found infringed, written with ref-list, each with „čl.“
# („čl. 5 odst. 1 písm. a), čl. 6 a čl. 9“).
decision-articles = Bylo konstatováno porušení { $articles } { $gdpr }.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Byla uložena pokuta ve výši { $amount }.
# The UK's statutory term (section 155 DPA 2018): „peněžitá sankce“ with the English term, not
# „pokuta“.
decision-monetary-penalty = Byla uložena peněžitá sankce (monetary penalty) ve výši { $amount }.
decision-fines-total = Byly uloženy pokuty v celkové výši { $amount }.
decision-penalty-per-day = Dále bylo uloženo penále ve výši { $amount } za každý den prodlení.
decision-penalty-max = Dále byly vydány příkazy pod hrozbou penále v celkové výši až { $amount }.
decision-penalty-liquidated = Společnosti { $controller } bylo uloženo zaplatit { $amount }, protože příkaz nesplnila včas.
decision-orders = Společnosti { $controller } bylo nařízeno, aby:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it ends with „aby:“, so the same order-* items follow it.
decision-requests = Společnost { $controller } byla vyzvána, aby:
# Why the ICO's notices are not final („akty“, as in outcome-ftt-no-jurisdiction).
not-final-remitted-appeal = Tyto akty nejsou pravomocné: Upper Tribunal vrátil odvolání společnosti Clearview proti nim k novému projednání First-tier Tribunal.
# Orders are list items completing „Společnosti … bylo nařízeno, aby:“ (decision-orders) or
# „Společnost … byla vyzvána, aby:“ (decision-requests): each starts with a past-tense verb in the
# feminine singular (agreeing with „společnost“). End each with ";" — facerights replaces the
# separator of the last item with a full stop.
# $in_country: „v Itálii“, from country-in.
order-ban-collection-territory = ukončila shromažďování snímků a dalších osobních údajů osob nacházejících se { $in_country } a zpracování jejich biometrických údajů;
order-ban-collection-processing-territory = ukončila shromažďování snímků a metadat osob nacházejících se { $in_country } metodou web scrapingu a jakékoli další zpracování jejich osobních údajů, běžných i biometrických;
order-erase-territory = vymazala osobní údaje osob nacházejících se { $in_country };
order-erase-territory-after-access = vymazala osobní údaje osob nacházejících se { $in_country }, a to poté, co vyřídí již obdržené žádosti o přístup;
order-stop-processing-territory = ukončila bez právního základu prováděné shromažďování a zpracování osobních údajů osob nacházejících se { $in_country };
order-facilitate-rights = usnadnila výkon práv subjektů údajů a vyřídila žádost stěžovatele o přístup;
order-answer-complainant-access = vyřídila žádost stěžovatele o přístup;
order-grant-complainant-erasure = vyhověla žádosti stěžovatele o výmaz;
order-appoint-representative = určila zástupce v Unii ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = ukončila zpracování osobních údajů osob nacházejících se { $in_country } a odstranila protiprávně získané údaje;
order-give-art14-information = informovala subjekty údajů v souladu s { REF(14) } { $gdpr };
order-stop-refusing-access = upustila od praxe nevyřizování žádostí o přístup;
order-erase-complainant = vymazala osobní údaje stěžovatele;
order-erase-complainant-biometric = vymazala biometrické hashovací hodnoty stěžovatele;
order-stop-obtaining-uk = přestala získávat a používat osobní údaje obyvatel Spojeného království, které jsou veřejně dostupné na internetu;
order-erase-uk = vymazala ze svých systémů osobní údaje obyvatel Spojeného království;
outcome-reconsider-ban = Soud rozhodl, že úřad musí znovu posoudit své rozhodnutí zpracování nezakázat a že zákaz je jediným vhodným opatřením; věc vrátil úřadu k dalšímu řízení.
outcome-ftt-no-jurisdiction = Tribunál vyhověl odvolání společnosti Clearview a rozhodl, že Information Commissioner nebyl k vydání těchto aktů příslušný.
outcome-ut-ico-appeal-allowed = Tribunál vyhověl odvolání, které podal Information Commissioner: zpracování souvisí s monitorováním chování osob nacházejících se ve Spojeném království a skutečnost, že zákazníky společnosti Clearview jsou zahraniční veřejné subjekty, toto zpracování nevyjímá z působnosti { $gdpr }.
outcome-remitted-ftt = Odvolání společnosti Clearview proti těmto aktům vrátil k novému projednání First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with „a“:
# nominative noun phrases, e.g. „pokuta ve výši 20 000 000 €, zákaz dalšího shromažďování a …“.
summary-fine = pokuta ve výši { $amount }
summary-monetary-penalty = nepravomocná peněžitá sankce (monetary penalty) ve výši { $amount }
summary-erasure = příkaz k výmazu osobních údajů osob nacházejících se { $in_country }
summary-ban = zákaz dalšího shromažďování
summary-access = příkaz upustit od odmítání vyřizovat žádosti o přístup
summary-complainant-access = příkaz vyřídit žádost stěžovatele o přístup
summary-erase-complainant = příkaz k výmazu osobních údajů stěžovatele
summary-representative = příkaz určit zástupce v Unii
summary-no-fine = žádná pokuta
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, indeclinable, hence
# after a colon); $address: its postal address on one line.
remedies = Pokud ve stanovené lhůtě neodpovíte úplně, podám stížnost u příslušného dozorového úřadu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhrazuji si právo zahájit proti Vám řízení u soudů členského státu, v němž mám své obvyklé bydliště ({ REF(79, par: 2) } { $gdpr }), a domáhat se náhrady újmy ({ REF(82) } { $gdpr }).
# EEA letters: čl. 79 odst. 2 speaks of Member States; for Iceland, Liechtenstein and Norway: „státu“.
remedies-eea = Pokud ve stanovené lhůtě neodpovíte úplně, podám stížnost u příslušného dozorového úřadu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhrazuji si právo zahájit proti Vám řízení u soudů státu, v němž mám své obvyklé bydliště ({ REF(79, par: 2) } { $gdpr }), a domáhat se náhrady újmy ({ REF(82) } { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19 odst. 2 BDSG, cited in the
# Czech manner of a German statute).
remedies-land-of-residence = Pokud ve stanovené lhůtě neodpovíte úplně, podám stížnost u dozorového úřadu pro ochranu osobních údajů té německé spolkové země, v níž bydlím ({ REF(77) } { $gdpr }; § 19 odst. 2 německého spolkového zákona o ochraně osobních údajů, BDSG). Vyhrazuji si právo zahájit proti Vám řízení u soudů členského státu, v němž mám své obvyklé bydliště ({ REF(79, par: 2) } { $gdpr }), a domáhat se náhrady újmy ({ REF(82) } { $gdpr }).
# United Kingdom letters: UK statutes keep their English names („zákon Data Protection Act 2018“);
# a section of a UK Act is „oddíl“. $authority is nominative after the colon.
remedies-uk = Jste povinni usnadnit podávání stížností, které se týkají zpracování mých osobních údajů, přímo u Vás (oddíl 164A zákona Data Protection Act 2018). Pokud neodpovíte úplně před uplynutím použitelné lhůty, podám u Vás stížnost podle tohoto oddílu, a nebude-li tím věc vyřešena, podám stížnost u dozorového úřadu ({ REF(77) } { $gdpr }): { $authority } (nebo jeho nástupce, Information Commission), { $address }. Vyhrazuji si právo navrhnout soudu vydání příkazu ke splnění povinností (compliance order, oddíl 167 zákona Data Protection Act 2018) a domáhat se náhrady újmy ({ REF(82) } { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. request-name-* is in the genitive („mé žádosti …“), so every sentence
## that uses it is built around that case („urgence vyřízení“, „kopie“, „týká se“).

request-name-access = mé žádosti o přístup podle { REF(15) } { $gdpr }
request-name-erasure = mé žádosti o výmaz podle { REF(17) } { $gdpr } spojené s námitkou podle { REF(21, par: 1) } { $gdpr }
request-name-access-erasure = mé žádosti o přístup podle { REF(15) } { $gdpr }, o omezení zpracování podle { REF(18) } { $gdpr } a o následný výmaz podle { REF(17) } { $gdpr }

## Reminder to Clearview („urgence“)

subject-reminder = Urgence vyřízení { $request }, kterou jste obdrželi dne { $received }
reminder-facts = V příloze je kopie { $request }, kterou jste obdrželi dne { $received }. Lhůta pro Vaši odpověď uplynula dne { $ends }, nebo, byl-li tento den svátkem, nejbližší následující pracovní den ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = V příloze je kopie { $request }, kterou jste obdrželi dne { $received }. Použitelná lhůta (applicable time period) pro Vaši odpověď uplynula dne { $ends }, nebo, byl-li tento den ve Spojeném království svátkem (bank holiday), nejbližší následující pracovní den (čl. 12A { $gdpr }).
reminder-no-reply = Dosud mi od Vás nebyla doručena žádná odpověď ani informace o prodloužení lhůty či o důvodech, proč jste na základě mé žádosti nepřijali opatření ({ REF(12, par: "3 4") } { $gdpr }).
reminder-incomplete = Vaše odpověď je neúplná: neobsahuje vše, oč žádám, a neuvedli jste důvody, proč jste něco vynechali ({ REF(12, par: 4) } { $gdpr }).
reminder-demand = Porušujete tím { $gdpr }. Vyzývám Vás, abyste mé žádosti vyhověli v plném rozsahu bez dalšího odkladu, nejpozději však do { $grace }.
reminder-remedies = Neučiníte-li tak, podám bez dalšího upozornění stížnost u dozorového úřadu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhrazuji si právo zahájit proti Vám řízení u soudů členského státu, v němž mám své obvyklé bydliště ({ REF(79, par: 2) } { $gdpr }), a domáhat se náhrady jakékoli újmy, která mi byla způsobena ({ REF(82) } { $gdpr }).
reminder-remedies-eea = Neučiníte-li tak, podám bez dalšího upozornění stížnost u dozorového úřadu ({ REF(77) } { $gdpr }): { $authority }, { $address }. Vyhrazuji si právo zahájit proti Vám řízení u soudů státu, v němž mám své obvyklé bydliště ({ REF(79, par: 2) } { $gdpr }), a domáhat se náhrady jakékoli újmy, která mi byla způsobena ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = Neučiníte-li tak, podám bez dalšího upozornění stížnost u dozorového úřadu pro ochranu osobních údajů té německé spolkové země, v níž bydlím ({ REF(77) } { $gdpr }; § 19 odst. 2 německého spolkového zákona o ochraně osobních údajů, BDSG). Vyhrazuji si právo zahájit proti Vám řízení u soudů členského státu, v němž mám své obvyklé bydliště ({ REF(79, par: 2) } { $gdpr }), a domáhat se náhrady jakékoli újmy, která mi byla způsobena ({ REF(82) } { $gdpr }).
reminder-remedies-uk = Tento dopis je zároveň mou stížností podanou u Vás podle oddílu 164A zákona Data Protection Act 2018: potvrďte prosím její přijetí do 30 dnů od jejího obdržení a bez zbytečného odkladu mi sdělte, jak byla vyřízena. Pokud mé žádosti nevyhovíte, podám stížnost u dozorového úřadu ({ REF(77) } { $gdpr }): { $authority } (nebo jeho nástupce, Information Commission), { $address }. Vyhrazuji si právo navrhnout soudu vydání příkazu ke splnění povinností (compliance order, oddíl 167 zákona Data Protection Act 2018) a domáhat se náhrady újmy ({ REF(82) } { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Kopie { $request }, doručené dne { $received }
enclosure-proof = Doklad o odeslání a, je-li k dispozici, o doručení
enclosure-reply = Kopie odpovědi společnosti { $controller }
enclosure-reminder = Kopie mé urgence ze dne { $reminded }

## Complaint to the supervisory authority (formal register towards a public authority; the
## requests are addressed to „dozorový úřad“ in the third person).

subject-complaint = Stížnost podle { REF(77) } { $gdpr } na společnost { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Vážené dámy, vážení pánové,
complaint-intro = Podávám tímto stížnost podle { REF(77) } { $gdpr } na společnost { $controller }, { $controller_address }. Stížnost se týká { $request }, kterou společnost { $controller } obdržela dne { $received }; její kopii přikládám.
complaint-no-reply = Společnost { $controller } na mou žádost neodpověděla, ačkoli lhůta pro odpověď uplynula dne { $ends }, nebo, byl-li tento den svátkem, nejbližší následující pracovní den ({ REF(12, par: 3) } { $gdpr }). Neinformovala mě ani o prodloužení lhůty, ani o důvodech, proč nepřijala opatření ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = Společnost { $controller } na mou žádost neodpověděla, ačkoli použitelná lhůta (applicable time period) pro odpověď uplynula dne { $ends }, nebo, byl-li tento den ve Spojeném království svátkem (bank holiday), nejbližší následující pracovní den (čl. 12A { $gdpr }). Neinformovala mě ani o prodloužení lhůty, ani o důvodech, proč nepřijala opatření ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = Společnost { $controller } sice odpověděla, její odpověď je však neúplná: neobsahuje vše, oč žádám, a neuvádí důvody, proč v ní něco chybí. Lhůta pro úplnou odpověď uplynula dne { $ends }, nebo, byl-li tento den svátkem, nejbližší následující pracovní den ({ REF(12, par: 3) } { $gdpr }). Kopii odpovědi přikládám.
complaint-incomplete-uk = Společnost { $controller } sice odpověděla, její odpověď je však neúplná: neobsahuje vše, oč žádám, a neuvádí důvody, proč v ní něco chybí. Použitelná lhůta (applicable time period) pro úplnou odpověď uplynula dne { $ends }, nebo, byl-li tento den ve Spojeném království svátkem (bank holiday), nejbližší následující pracovní den (čl. 12A { $gdpr }). Kopii odpovědi přikládám.
complaint-refused = Společnost { $controller } odmítla na základě mé žádosti přijmout opatření. Kopii její odpovědi přikládám.
complaint-identity-demanded = Společnost { $controller } podmínila svou odpověď identifikací, kterou má žádost nevyžadovala, například kopií dokladu totožnosti. Kopii její odpovědi přikládám.
complaint-reminded = Dne { $reminded } byla společnosti { $controller } zaslána moje urgence; společnost však ani poté mé žádosti nevyhověla. Kopii urgence přikládám.
complaint-reminded-uk = Dne { $reminded } byla u společnosti { $controller } podána moje stížnost podle oddílu 164A zákona Data Protection Act 2018; věc nebyla vyřešena. Kopii této stížnosti přikládám.
complaint-infringements = Společnost { $controller } tím podle mého názoru porušila zejména:
infringement-time-limit = { REF(12, par: 3) } { $gdpr }, neboť na základě mé žádosti nepřijala opatření ve stanovené lhůtě;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4") } { $gdpr }, neboť na základě mé žádosti nepřijala ve stanovené lhůtě opatření v plném rozsahu a neuvedla důvody, proč něco vynechala;
infringement-incomplete-uk = { REF(12, par: "3 4") } { $gdpr } ve spojení s čl. 12A { $gdpr }, neboť na základě mé žádosti nepřijala v použitelné lhůtě opatření v plném rozsahu a neuvedla důvody, proč něco vynechala;
infringement-time-limit-uk = { REF(12, par: 3) } { $gdpr } ve spojení s čl. 12A { $gdpr }, neboť na základě mé žádosti nepřijala opatření v použitelné lhůtě;
infringement-no-reasons = { REF(12, par: 4) } { $gdpr }, neboť mě neinformovala o důvodech, proč nepřijala opatření, ani o mém právu podat stížnost u dozorového úřadu;
infringement-access = { REF(15) } { $gdpr }, neboť mi neposkytla přístup k mým osobním údajům ani informace o jejich zpracování;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { REF(18, par: 1, pt: "d") } a { REF(21, par: 1) } { $gdpr }, neboť zpracování mých osobních údajů ani neomezila, ani je po vznesení mé námitky neukončila;
infringement-erasure = { REF(17, par: 1) } a { REF(21, par: 1) } { $gdpr }, neboť mé osobní údaje nevymazala a jejich zpracování neukončila, ačkoli jsou dány důvody pro výmaz a byla vznesena moje námitka;
infringement-identification = { REF(12, par: 2) } a { REF(12, par: 6) } { $gdpr }, neboť výkon mých práv podmínila identifikací, která není nezbytná, a { REF(5, par: 1, pt: "c") } { $gdpr }, neboť požaduje více osobních údajů, než potřebuje;
infringement-refusal = { REF(12, par: 4) } { $gdpr }, neboť odmítla na základě mé žádosti přijmout opatření bez důvodu, který { $gdpr } uznává, a { REF(12, par: 2) } { $gdpr }, v rozsahu, v jakém se dovolává toho, že mě není schopna identifikovat;
complaint-decisions = Dozorové úřady již vůči společnosti { $controller } vydaly tato rozhodnutí:
complaint-requests = Žádám proto, aby dozorový úřad:
complaint-ask-handle = se mou stížností zabýval a prošetřil její předmět ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = nařídil společnosti { $controller }, aby mé žádosti vyhověla ({ REF(58, par: 2, pt: "c") } { $gdpr }), a využil svých dalších nápravných pravomocí ({ REF(58, par: 2) } a { REF(83) } { $gdpr });
complaint-ask-inform = mě informoval o průběhu a výsledku vyřizování stížnosti ({ REF(77, par: 2) } { $gdpr }).
complaint-ask-inform-uk = mě informoval o průběhu a výsledku vyřizování stížnosti (oddíl 165 zákona Data Protection Act 2018).
complaint-consent-share = Souhlasím s tím, aby dozorový úřad tuto stížnost včetně mého jména předal společnosti { $controller } za účelem jejího vyřízení.
