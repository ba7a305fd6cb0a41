### facerights — letter text, Icelandic (is).
###
### Translated from locales/en/letter.ftl. The GDPR applies in Iceland through the EEA Agreement
### (lög nr. 90/2018, 2. gr.: "almenna persónuverndarreglugerðin"); legal terms follow the Icelandic
### translation of Regulation (EU) 2016/679 published with that Act: „skráður einstaklingur“,
### „ábyrgðaraðili“, „vinnsluaðili“, „viðtakandi“, „eftirlitsyfirvald“, „án ótilhlýðilegrar tafar“,
### „takmörkun á vinnslu“, „mikilvægar lögmætar ástæður“ (21. gr.), „viðeigandi verndarráðstafanir“,
### „lífkennaupplýsingar“, „afdráttarlaust samþykki“, „gerð persónusniðs“, „sjálfvirk ákvarðanataka“.
### Article references in the Icelandic form, smallest unit first: "15. gr. GDPR",
### "1. mgr. 21. gr.", "h-liður 1. mgr. 15. gr.", "14. tölul. 4. gr." (see ref-*).
### Register: formal letter from a private person (first person singular). The company is addressed
### in the plural (þið, ykkur, ykkar), as is usual for an organisation.
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters); both are
###                indeclinable and stand after the article: "15. gr. GDPR".
###   $controller  "Clearview AI, Inc." — always after the noun "fyrirtækið" (neuter), which carries
###                the case: fyrirtækið / fyrirtækinu / fyrirtækisins { $controller }.

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# law-full-* are used only in intro-*, always in the genitive ("samkvæmt 15. gr. { $law_full }",
# "á grundvelli { $law_full }").

law-short-eu = GDPR
law-short-uk = UK GDPR
law-full-eu = reglugerðar (ESB) 2016/679 (almennu persónuverndarreglugerðarinnar, „GDPR“)
law-full-eea = reglugerðar (ESB) 2016/679 (almennu persónuverndarreglugerðarinnar, „GDPR“), eins og hún er tekin upp í samninginn um Evrópska efnahagssvæðið
law-full-uk = United Kingdom General Data Protection Regulation (almennu persónuverndarreglugerðar Bretlands, „UK GDPR“), í tengslum við Data Protection Act 2018 (persónuverndarlög Bretlands frá 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Smallest unit first, as Icelandic statutes and Persónuvernd write: "15. gr.", "1. mgr. 21. gr.",
# "1. og 2. mgr. 15. gr.", "h-liður 1. mgr. 15. gr.", "b-, c- og e-liður 1. mgr. 5. gr.",
# "e- eða f-liður 1. mgr. 6. gr.", "14. tölul. 4. gr.". Several points share one "liður" in the
# singular (suspended hyphen: "a- og b-lið"), which is right after both "og" and "eða".
# The abbreviations (gr., mgr., tölul.) hide the case; only "liður" inflects, so ref-app has
# attributes for grammatical slots: .acc (um: lið), .dat (á, samkvæmt, í, gegn: lið),
# .gen (til: liðar). The value is the nominative (in brackets, at the start of a list item).
# ref-item-* are used only for the lists of provisions a decision found infringed, which
# decision-articles puts after "gegn" (dative): so ref-item-app is the dative.

ref-a = { $art }. gr.
ref-ap = { $par } mgr. { $art }. gr.
ref-app = { $pt }liður { $par } mgr. { $art }. gr.
    .acc = { $pt }lið { $par } mgr. { $art }. gr.
    .dat = { $pt }lið { $par } mgr. { $art }. gr.
    .gen = { $pt }liðar { $par } mgr. { $art }. gr.
ref-an = { $num }. tölul. { $art }. gr.
ref-par = { $par }.
ref-point = { $letter }-
ref-item-a = { $art }. gr.
ref-item-ap = { $par } mgr. { $art }. gr.
ref-item-app = { $pt }lið { $par } mgr. { $art }. gr.
ref-item-an = { $num }. tölul. { $art }. gr.
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects ("einstaklinga á Ítalíu").
# $code: ISO code; $name: the CLDR name in the nominative, which cannot be declined here. Each
# country needs its own preposition (á or í) and the dative: "á Ítalíu", "í Grikklandi". Countries
# not listed fall back on a neutral noun that carries the case, with the name in brackets.
country-in = { $code ->
    [IT] á Ítalíu
    [GR] í Grikklandi
    [FR] í Frakklandi
    [NL] í Hollandi
    [AT] í Austurríki
    [DE] í Þýskalandi
    [GB] í Bretlandi
    [IS] á Íslandi
    [NO] í Noregi
    [DK] í Danmörku
    [SE] í Svíþjóð
    [ES] á Spáni
    [IE] á Írlandi
   *[other] í viðkomandi ríki ({ $name })
}

## Letter frame

subject-access = Beiðni um aðgang að persónuupplýsingum um mig samkvæmt { REF(15) } { $gdpr }
subject-erasure = Beiðni um eyðingu persónuupplýsinga um mig samkvæmt { REF(17) } { $gdpr } og andmæli samkvæmt { REF(21, par: 1) } { $gdpr }
subject-access-erasure = Beiðni um aðgang samkvæmt { REF(15) } { $gdpr }, takmörkun á vinnslu samkvæmt { REF(18) } { $gdpr } og eyðingu í kjölfarið samkvæmt { REF(17) } { $gdpr }
salutation = Ágæti viðtakandi,
closing = Virðingarfyllst,
# $reference: the sender's own case or reference number.
our-reference = Tilvísun mín: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted
# ("Reykjavík, 21. nóvember 2026").
place-date = { $place }, { $date }
date-only = { $date }
# [1], not [one]: the Icelandic plural category "one" also covers 21, 31, …
enclosures-label = { $count ->
    [1] Fylgiskjal:
   *[other] Fylgiskjöl:
}
enclosure-photo = Ljósmynd af andliti mínu, eingöngu til að bera kennsl á mig vegna þessarar beiðni
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Bls. { $page } af { $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Ég neyti hér með aðgangsréttar míns samkvæmt { REF(15) } { $law_full }. Ég óska eftir staðfestingu á því hvort fyrirtækið { $controller } vinni persónuupplýsingar sem varða mig og, sé svo, eftir því að þið veitið mér aðgang að þeim persónuupplýsingum og að þeim upplýsingum sem taldar eru upp hér á eftir. Mér ber ekki að rökstyðja þessa beiðni.
intro-erasure = Ég neyti hér með réttar míns til eyðingar samkvæmt { REF(17) } { $law_full }. Ég fer fram á að þið eyðið án ótilhlýðilegrar tafar öllum persónuupplýsingum sem varða mig. Jafnframt andmæli ég, samkvæmt { REF(21, par: 1) } { $gdpr }, allri vinnslu persónuupplýsinga sem varða mig.
intro-access-erasure = Ég neyti hér með réttinda minna á grundvelli { $law_full }: fyrst aðgangsréttar míns ({ REF(15) } { $gdpr }) og síðan réttar míns til eyðingar ({ REF(17) } { $gdpr }). Ég óska fyrst eftir aðgangi svo að ég fái vitneskju um hvaða upplýsingar þið hafið um mig áður en þeim verður eytt. Ég andmæli, samkvæmt { REF(21, par: 1) } { $gdpr }, allri vinnslu persónuupplýsinga sem varða mig og fer fram á að þið takmarkið vinnsluna þar til eyðing hefur farið fram ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

applicability-eu = Fyrirtækið { $controller } fellur undir { $gdpr }: það safnar myndum af einstaklingum í Evrópusambandinu og vinnur þær til að fylgjast með hegðun þeirra ({ REF(3, par: 2, pt: "b") } { $gdpr }). Eftirlitsyfirvöld Ítalíu, Grikklands, Frakklands, Austurríkis og Hollands hafa beitt { $gdpr } gagnvart fyrirtækinu og komist að þeirri niðurstöðu að vinnsla þess sé ólögmæt. Samkvæmt ákvörðun hollenska eftirlitsyfirvaldsins frá { $representative_date } hafði fyrirtækið ekki tilnefnt fulltrúa í Sambandinu ({ REF(27) } { $gdpr }). Ég beini því þessari beiðni beint til ykkar.
applicability-eea = Fyrirtækið { $controller } fellur undir { $gdpr }: það safnar myndum af einstaklingum á Evrópska efnahagssvæðinu og vinnur þær til að fylgjast með hegðun þeirra ({ REF(3, par: 2, pt: "b") } { $gdpr }). Eftirlitsyfirvöld Ítalíu, Grikklands, Frakklands, Austurríkis og Hollands hafa beitt { $gdpr } gagnvart fyrirtækinu og komist að þeirri niðurstöðu að vinnsla þess sé ólögmæt. Samkvæmt ákvörðun hollenska eftirlitsyfirvaldsins frá { $representative_date } hafði fyrirtækið ekki tilnefnt fulltrúa í Sambandinu ({ REF(27) } { $gdpr }). Ég beini því þessari beiðni beint til ykkar.
applicability-uk = Fyrirtækið { $controller } fellur undir { $gdpr }. Árið 2025 komst Upper Tribunal að þeirri niðurstöðu að vinnsla fyrirtækisins tengist eftirliti með hegðun einstaklinga í Bretlandi ({ REF(3, par: 2, pt: "b") } { $gdpr }). Ég beini þessari beiðni beint til ykkar.

## Access (Article 15)
# The access-copy-* items continue "Ég óska eftir afriti af …, einkum:" (dative).

access-heading = Aðgangur að persónuupplýsingum um mig ({ REF(15) } { $gdpr })
access-copy = Ég óska eftir afriti af öllum persónuupplýsingum um mig sem þið vinnið ({ REF(15, par: 3) } { $gdpr }), einkum:
access-copy-images = hverri mynd þar sem ég birtist eða sem þið tengið við mig, í þeirri upplausn sem þið varðveitið hana í;
access-copy-sources = vefslóðum (URL) vefsíðunnar og myndskrárinnar þar sem hverri mynd var safnað, titli síðunnar og dagsetningum þegar myndinni var safnað og hún síðast uppfærð;
access-copy-metadata = öllum lýsigögnum sem varðveitt eru um hverja mynd, þ.m.t. staðsetningarupplýsingum og dagsetningum;
access-copy-biometrics = lífkennasniðmátum, vigrum eða tætigildum (hash) sem leidd hafa verið af andliti mínu, og öllum öðrum upplýsingum um mig sem þið hafið leitt út eða ályktað;
access-copy-searches = skrám yfir hverja leit þar sem ég kom fram sem niðurstaða, ásamt dagsetningu hverrar leitar;
access-copy-probe = skrám yfir hverja leit þar sem viðskiptavinur hlóð upp mynd af andliti mínu til að leita í gagnagrunni ykkar, ásamt myndinni, dagsetningu leitarinnar og upplýsingum um viðskiptavininn sem framkvæmdi hana;
access-copy-recipients = deilum á hverjum viðskiptavini eða öðrum viðtakanda sem fengið hefur í hendur niðurstöður er varða mig.
# The access-info-* items continue "Ég óska einnig eftir eftirfarandi upplýsingum" (dative).
access-info = Ég óska einnig eftir eftirfarandi upplýsingum ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = tilgangi hverrar vinnsluaðgerðar ({ REF(15, par: 1, pt: "a") }) og, fyrir hvern tilgang, þeirri heimild til vinnslu sem þið byggið á og sem ykkur bar hvort sem er að upplýsa mig um ({ REF(14, par: 1, pt: "c") });
access-info-categories = viðkomandi flokkum persónuupplýsinga ({ REF(15, par: 1, pt: "b") });
access-info-recipients = viðtakendum sem hafa fengið eða munu fá persónuupplýsingarnar í hendur, tilgreindum með nafni, einkum viðtakendum í þriðju löndum eða alþjóðastofnunum; ekki nægir að tilgreina flokka viðtakenda ef þið getið borið kennsl á viðtakendurna sjálfa ({ REF(15, par: 1, pt: "c") }; dómur Evrópudómstólsins frá 12. janúar 2023 í máli C-154/21, Österreichische Post);
access-info-recipients-uk = viðtakendum sem hafa fengið eða munu fá persónuupplýsingarnar í hendur, tilgreindum með nafni, einkum viðtakendum í þriðju löndum eða alþjóðastofnunum; ekki nægir að tilgreina flokka viðtakenda ef þið getið borið kennsl á viðtakendurna sjálfa ({ REF(15, par: 1, pt: "c") });
access-info-retention = því tímabili sem hver flokkur persónuupplýsinga verður varðveittur eða, ef það er ekki hægt, þeim viðmiðum sem notuð eru til að ákvarða það tímabil ({ REF(15, par: 1, pt: "d") });
access-info-rights = upplýsingum um rétt til að fara fram á leiðréttingu eða eyðingu persónuupplýsinga eða takmörkun á vinnslu og um rétt til að andmæla slíkri vinnslu ({ REF(15, par: 1, pt: "e") });
access-info-complaint = upplýsingum um rétt til að leggja fram kvörtun hjá eftirlitsyfirvaldi ({ REF(15, par: 1, pt: "f") });
access-info-source = öllum tiltækum upplýsingum um uppruna persónuupplýsinganna: þeim tilteknu vefsvæðum og vefsíðum sem þær koma frá, ekki aðeins flokkum heimilda ({ REF(15, par: 1, pt: "g") });
access-info-automated = upplýsingum um hvort fram fari sjálfvirk ákvarðanataka, þ.m.t. gerð persónusniðs, og marktækum upplýsingum um rökin sem þar liggja að baki, sem og um mikilvægi og fyrirhugaðar afleiðingar slíkrar vinnslu fyrir mig ({ REF(15, par: 1, pt: "h") });
access-info-transfers = ef persónuupplýsingum er miðlað til þriðja lands eða alþjóðastofnunar, upplýsingum um viðeigandi verndarráðstafanir samkvæmt { REF(46) } { $gdpr } í tengslum við miðlunina ({ REF(15, par: 2) }).
access-scope = Þessi beiðni tekur til allra persónuupplýsinga um mig í öllum kerfum ykkar, þ.m.t. upplýsinga sem unnar hafa verið með notkun gerviauðkenna og upplýsinga sem þið hafið leitt út eða ályktað. Hún takmarkast hvorki við síðustu tólf mánuði né við tiltekinn fjölda beiðna á ári og er ekki háð því að ég endurtaki hana: franska eftirlitsyfirvaldið (CNIL) komst að þeirri niðurstöðu í ákvörðun sinni { $reference } frá { $date } að slíkar takmarkanir af hálfu fyrirtækisins { $controller } væru ólögmætar.
access-role = Vinsamlegast tilgreinið einnig, fyrir hverja vinnsluaðgerð, hvort þið framkvæmið hana sem ábyrgðaraðili eða sem vinnsluaðili fyrir hönd viðskiptavinar og, ef svo er, fyrir hönd hvers ({ REF(4, num: 7) } og { REF(4, num: 8) } { $gdpr }).
access-search-uk = Ég á rétt á þeim persónuupplýsingum og upplýsingum sem þið getið veitt á grundvelli sanngjarnrar og hóflegrar leitar (1A. mgr. 15. gr. { $gdpr }). Gagnagrunnur ykkar er gerður til að leita í honum eftir andlitum: leit í honum með andliti mínu, og í skrám yfir þær leitir þar sem ég kom fram sem niðurstaða eða þar sem andliti mínu var hlaðið upp, er sanngjörn og hófleg, óháð umfangi hennar.
access-format = Vinsamlegast látið mér afritið í té endurgjaldslaust ({ REF(12, par: 5) } og { REF(15, par: 3) } { $gdpr }), á skýru og einföldu máli ({ REF(12, par: 1) } { $gdpr }) og, ef þið svarið rafrænt, á algengu rafrænu formi ({ REF(15, par: 3) } { $gdpr }).

## Erasure (Article 17)

erasure-heading = Eyðing persónuupplýsinga um mig ({ REF(17) } { $gdpr })
erasure-after-access = Þegar þið hafið látið mér í té afritið og þær upplýsingar sem óskað er eftir hér að framan bið ég ykkur að eyða án ótilhlýðilegrar tafar öllum persónuupplýsingum sem varða mig ({ REF(17, par: 1) } { $gdpr }).
# The erasure-scope-* items continue "Eyðingin skal ná til:" (genitive).
erasure-scope = Eyðingin skal ná til:
erasure-scope-images = hverrar myndar af mér og hvers afrits af henni;
erasure-scope-biometrics = lífkennasniðmáta, vigra og tætigilda (hash) sem leidd hafa verið af andliti mínu;
erasure-scope-metadata = lýsigagna og upprunavefslóða (URL) sem tengjast þessum myndum;
erasure-scope-searches = leitarniðurstaðna, leitarskráa og tenginga sem varða mig;
erasure-scope-backups = allra afrita í öryggisafritum, skjalasöfnum og kerfum vinnsluaðila ykkar.
erasure-grounds = Eftirfarandi ástæður fyrir eyðingu eiga við:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d") } { $gdpr }: persónuupplýsingarnar hafa verið unnar á ólögmætan hátt. Þið hafið enga heimild til vinnslu samkvæmt { REF(6, par: 1) } { $gdpr }. Lífkennaupplýsingar ({ REF(4, num: 14) } { $gdpr }) sem unnar eru í því skyni að persónugreina einstakling með einkvæmum hætti teljast til sérstakra flokka persónuupplýsinga og er vinnsla þeirra bönnuð samkvæmt { REF(9, par: 1) } { $gdpr }. Engin af undantekningunum í { REF(9, par: 2) } á við: ég hef ekki veitt afdráttarlaust samþykki fyrir vinnslu lífkennaupplýsinga um mig í gagnagrunni ykkar ({ REF(9, par: 2, pt: "a") }) og myndir sem finna má á netinu hef ég ekki augljóslega gert opinberar í þágu lífkennavinnslu ({ REF(9, par: 2, pt: "e") }).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d") } { $gdpr }: persónuupplýsingarnar hafa verið unnar á ólögmætan hátt. Þið hafið enga heimild til vinnslu samkvæmt { REF(6, par: 1) } { $gdpr }. Lífkennaupplýsingar ({ REF(4, num: 14) } { $gdpr }) sem unnar eru í því skyni að persónugreina einstakling með einkvæmum hætti teljast til sérstakra flokka persónuupplýsinga og er vinnsla þeirra bönnuð samkvæmt { REF(9, par: 1) } { $gdpr }. Engin af undantekningunum í { REF(9, par: 2) } { $gdpr }, sbr. Schedule 1 við Data Protection Act 2018, á við: ég hef ekki veitt afdráttarlaust samþykki fyrir vinnslu lífkennaupplýsinga um mig í gagnagrunni ykkar ({ REF(9, par: 2, pt: "a") }) og myndir sem finna má á netinu hef ég ekki augljóslega gert opinberar í þágu lífkennavinnslu ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c") } { $gdpr }: ég andmæli vinnslunni samkvæmt { REF(21, par: 1) } { $gdpr } af ástæðum sem tengjast sérstökum aðstæðum mínum: andlit mitt er varanlegt auðkenni sem ég get ekki breytt og tilvist þess í gagnagrunni ykkar gerir hverjum viðskiptavina ykkar kleift að bera kennsl á mig af hvaða ljósmynd sem er, hvar og hvenær sem hún var tekin.
erasure-ground-objection-own = Með mínum eigin orðum: „{ $grounds }“
erasure-ground-objection-burden = Ykkur ber því að hætta vinnslunni nema þið sýnið fram á mikilvægar lögmætar ástæður fyrir henni sem ganga framar hagsmunum mínum, réttindum og frelsi, eða að vinnslan sé nauðsynleg til að stofna, hafa uppi eða verja réttarkröfur ({ REF(21, par: 1) } { $gdpr }). Að því marki sem þið byggið á { REF(6, par: 1, pt: "e f", conj: "or", case: "dat") } { $gdpr } eru engar slíkar ástæður fyrir hendi: viðskiptahagsmunir ykkar af því að selja leit eftir andliti mínu eru ekki slík ástæða.
erasure-ground-consent = { REF(17, par: 1, pt: "b") } { $gdpr }: að því marki sem þið byggið á samþykki afturkalla ég það.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country. Its name is in its own language and cannot be declined: it stays in brackets after
# "eftirlitsyfirvaldið", which carries the grammar. $in_country: "á Ítalíu", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e") } { $gdpr }, til viðbótar við framangreindar ástæður: eftirlitsyfirvaldið ({ $authority }) hefur fyrirskipað ykkur að eyða persónuupplýsingum um einstaklinga { $in_country }. Að mínu mati er eyðing því einnig nauðsynleg til að fullnægja lagaskyldu sem hvílir á ykkur.
erasure-exceptions = Engin af undantekningunum í { REF(17, par: 3) } { $gdpr } á við: vinnslan er hvorki nauðsynleg til að neyta réttar til tjáningar- og upplýsingafrelsis, til að fullnægja lagaskyldu, vegna verkefnis sem unnið er í þágu almannahagsmuna eða við beitingu opinbers valds, af ástæðum er varða almannahagsmuni á sviði lýðheilsu, vegna skjalavistunar í þágu almannahagsmuna, rannsókna á sviði vísinda eða sagnfræði eða í tölfræðilegum tilgangi né til að stofna, hafa uppi eða verja réttarkröfur. Ef þið berið fyrir ykkur undantekningu bið ég ykkur að greina frá því hverja og hvers vegna ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Takmarkið vinnslu persónuupplýsinga um mig þar til eyðing hefur farið fram ({ REF(18, par: 1, pt: "d") } { $gdpr }, meðan þið sannreynið andmæli mín): einkum skuluð þið tafarlaust hætta að birta mig í leitarniðurstöðum.
erasure-recipients = Tilkynnið hverjum þeim viðtakanda sem fengið hefur persónuupplýsingar um mig í hendur, þ.m.t. hverjum viðskiptavini sem fékk myndir af mér í leitarniðurstöðum, um eyðinguna ({ REF(19) } { $gdpr }) og upplýsið mig um hverjir þeir eru. Hafið þið gert persónuupplýsingar um mig opinberar skuluð þið gera eðlilegar ráðstafanir til að upplýsa þá ábyrgðaraðila sem vinna þær um að ég hafi farið fram á að þeir eyði öllum tenglum á þessar upplýsingar eða afritum af þeim ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Upplýsið mig um hvað þið munið gera til að tryggja að persónuupplýsingum um mig verði ekki safnað aftur. Ef þið haldið einhverja skrá til að koma í veg fyrir að þeim verði safnað í framtíðinni skuluð þið upplýsa mig nákvæmlega um hvað hún inniheldur og á hvaða heimild þið byggið varðveislu hennar.
erasure-confirmation = Vinsamlegast staðfestið eyðinguna við mig skriflega og tilgreinið hverju þið hafið eytt, þ.m.t. afritum í öryggisafritum og afleiddum sniðmátum.
erasure-free = Aðgerðir vegna beiðni minnar um eyðingu, þ.m.t. tilkynningarnar og staðfestingin, skulu vera mér að kostnaðarlausu ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Takmörkun á vinnslu þar til eyðing hefur farið fram ({ REF(18) } { $gdpr })
restriction-body = Frá móttöku þessa bréfs og þar til eyðing hefur farið fram skuluð þið takmarka vinnslu persónuupplýsinga um mig ({ REF(18, par: 1, pt: "d") } { $gdpr }, meðan þið sannreynið andmæli mín samkvæmt { REF(21, par: 1) } { $gdpr }): varðveitið upplýsingarnar en notið þær ekki í neinum öðrum tilgangi en til að svara þessari beiðni. Einkum skuluð þið tafarlaust hætta að birta mig í leitarniðurstöðum.

## Identification (Articles 11(2) and 12(6))

identification-heading = Auðkenning
identification-no-photo = Upplýsingarnar í þessu bréfi nægja til að svara því. Ef þið hafið rökstuddar efasemdir um hver ég er skuluð þið tilgreina hvaða viðbótarupplýsingar eru algerlega nauðsynlegar ({ REF(12, par: 6) } { $gdpr }). Ef aðeins er hægt að leita í kerfi ykkar með ljósmynd af andliti mínu bið ég ykkur að láta mig vita; ég mun þá leggja fram ljósmynd eingöngu vegna þessarar beiðni.
identification-photo = Ég læt fylgja ljósmynd af andliti mínu eingöngu svo að þið getið fundið persónuupplýsingar um mig ({ REF(11, par: 2) } og { REF(12, par: 6) } { $gdpr }). Ég veiti afdráttarlaust samþykki mitt ({ REF(9, par: 2, pt: "a") } { $gdpr }) fyrir einni leit í gagnagrunni ykkar með lífkennasniðmáti sem gert er úr þessari ljósmynd, eingöngu vegna þessarar beiðni. Ég samþykki enga aðra notkun: bætið hvorki ljósmyndinni né sniðmátinu við gagnagrunn ykkar og miðlið þeim ekki. Ég dreg samþykki mitt til baka frá þeim tíma er þið hafið svarað þessari beiðni ({ REF(7, par: 3) } { $gdpr }): eyðið þá ljósmyndinni, sniðmátinu og niðurstöðum leitarinnar sem gerð var með þeim og staðfestið eyðinguna við mig ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
identification-id-document = Ég mun ekki senda afrit af persónuskilríkjum nema þið sýnið fram á að það sé algerlega nauðsynlegt. Öllum slíkum afritum skal eytt strax að lokinni sannprófun (Evrópska persónuverndarráðið, leiðbeiningar 01/2022 um réttindi skráðra einstaklinga – aðgangsréttur, liðir 74, 76 og 79).
identification-id-document-uk = Ég mun ekki senda afrit af persónuskilríkjum nema þið sýnið fram á að það sé nauðsynlegt: þið megið aðeins óska eftir upplýsingum sem eru sanngjarnar og hóflegar til að staðfesta hver ég er (Information Commissioner's Office, leiðbeiningarnar „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Frestur og form svars ykkar
deadline-access = Vinsamlegast svarið án ótilhlýðilegrar tafar og eigi síðar en innan mánaðar frá viðtöku þessarar beiðni ({ REF(12, par: 3) } { $gdpr }). Þið getið framlengt þennan frest um tvo mánuði til viðbótar hið mesta og aðeins ef nauðsyn krefur, með tilliti til þess hversu flóknar og margar beiðnirnar eru; þá ber ykkur að tilkynna mér um framlenginguna innan mánaðar frá viðtöku beiðninnar ásamt ástæðum tafarinnar. Ef þið grípið ekki til aðgerða vegna beiðni minnar ber ykkur að upplýsa mig innan mánaðar um ástæður þess og um möguleikann á að leggja fram kvörtun hjá eftirlitsyfirvaldi og leita réttar míns fyrir dómstólum ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Vinsamlegast grípið til aðgerða vegna beiðni minnar án ótilhlýðilegrar tafar og eigi síðar en innan mánaðar frá viðtöku hennar ({ REF(12, par: 3) } { $gdpr }). Þið getið framlengt þennan frest um tvo mánuði til viðbótar hið mesta og aðeins ef nauðsyn krefur, með tilliti til þess hversu flóknar og margar beiðnirnar eru; þá ber ykkur að tilkynna mér um framlenginguna innan mánaðar frá viðtöku beiðninnar ásamt ástæðum tafarinnar. Ef þið grípið ekki til aðgerða vegna beiðni minnar ber ykkur að upplýsa mig innan mánaðar um ástæður þess og um möguleikann á að leggja fram kvörtun hjá eftirlitsyfirvaldi og leita réttar míns fyrir dómstólum ({ REF(12, par: 4) } { $gdpr }).
deadline-access-uk = Vinsamlegast svarið án ótilhlýðilegrar tafar og eigi síðar en áður en gildandi frestur (applicable time period) rennur út, þ.e. innan mánaðar frá viðtöku þessarar beiðni (12A. gr. { $gdpr }). Þið getið framlengt frestinn um tvo mánuði til viðbótar hið mesta og aðeins ef nauðsyn krefur vegna þess hversu flóknar eða margar beiðnirnar eru; þá ber ykkur að tilkynna mér það innan þess mánaðar ásamt ástæðum. Ef þið þurfið með réttu frekari upplýsingar frá mér til að greina hvaða upplýsingar eða vinnslu beiðni mín varðar skuluð þið spyrja mig án tafar: fresturinn stöðvast aðeins þar til ég hef svarað. Ef þið grípið ekki til aðgerða vegna beiðni minnar ber ykkur að upplýsa mig innan þess frests um ástæður þess og um rétt minn til að leggja fram kvörtun hjá Information Commissioner og leita réttar míns fyrir dómstólum ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Vinsamlegast grípið til aðgerða vegna beiðni minnar án ótilhlýðilegrar tafar og eigi síðar en áður en gildandi frestur (applicable time period) rennur út, þ.e. innan mánaðar frá viðtöku þessarar beiðni (12A. gr. { $gdpr }). Þið getið framlengt frestinn um tvo mánuði til viðbótar hið mesta og aðeins ef nauðsyn krefur vegna þess hversu flóknar eða margar beiðnirnar eru; þá ber ykkur að tilkynna mér það innan þess mánaðar ásamt ástæðum. Ef þið grípið ekki til aðgerða vegna beiðni minnar ber ykkur að upplýsa mig innan þess frests um ástæður þess og um rétt minn til að leggja fram kvörtun hjá Information Commissioner og leita réttar míns fyrir dómstólum ({ REF(12, par: 4) } { $gdpr }).
no-formalities = Ykkur er óheimilt að gera svar ykkar háð tilteknu eyðublaði, vefgátt eða sendingarmáta (Evrópska persónuverndarráðið, leiðbeiningar 01/2022 um réttindi skráðra einstaklinga – aðgangsréttur, liðir 50 til 53).
no-formalities-uk = Ykkur er óheimilt að gera svar ykkar háð tilteknu eyðublaði, vefgátt eða sendingarmáta: beiðni má setja fram með hvaða hætti sem er, munnlega eða skriflega (Information Commissioner's Office, leiðbeiningarnar „Right of access“).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Vinsamlegast sendið svarið á heimilisfangið sem gefið er upp hér að ofan.
reply-to-both = Vinsamlegast sendið svarið á heimilisfangið eða netfangið sem gefið er upp hér að ofan.
reply-to-email = Vinsamlegast sendið svarið á netfangið sem gefið er upp hér að ofan.

## Decisions against Clearview

decisions-heading = Ákvarðanir gegn fyrirtækinu { $controller }
decisions-own = Eftirfarandi ákvarðanir hafa verið teknar í landinu þar sem ég bý:
decisions-other = Eftirlitsyfirvöld í öðrum ríkjum hafa komist að þeirri niðurstöðu að sama vinnsla fyrirtækisins { $controller } sé ólögmæt. Ég byggi á ákvörðunum þeirra:
# One decision. $authority: name of the authority or court (in its own language, not declined);
# $country: its country (CLDR, nominative, in brackets); $act: one of decision-kind-* with the
# reference; $date: its date ("10. febrúar 2022", unchanged after "frá").
decision-citation = { $authority } ({ $country }), { $act } frá { $date }
# The Italian Garante's ordinanza ingiunzione (fine and orders); the Italian term is kept.
decision-kind-injunction-order = ákvörðun um stjórnvaldssekt (ordinanza ingiunzione) nr. { $reference }
decision-kind-decision = ákvörðun { $reference }
decision-kind-formal-notice = formleg áskorun { $reference }
# The CNIL's délibération of its formation restreinte (the committee that imposes sanctions).
decision-kind-sanction = ákvörðun viðurlaganefndar (délibération) { $reference }
decision-kind-penalty-liquidation = ákvörðun { $reference } (ákvörðun fjárhæðar áfallinna dagsekta)
decision-kind-fines-and-penalty-orders = ákvörðun um stjórnvaldssektir og fyrirmæli að viðlögðum dagsektum
# The Austrian DSB's Bescheid (a stjórnvaldsákvörðun); the BVwG's Beschluss setting it aside and
# remitting the case (a úrskurður, not a dómur on the merits); a UK tribunal's decision.
decision-kind-bescheid = stjórnvaldsákvörðun (Bescheid) { $reference }
decision-kind-remittal-order = úrskurður (Beschluss) { $reference }
decision-kind-tribunal-decision = úrskurður { $reference }
decision-kind-letter = bréf
decision-kind-enforcement-and-penalty-notices = fyrirmæli um úrbætur (enforcement notice) og tilkynning um stjórnvaldssekt (monetary penalty notice)
# The following sentences come after decision-citation in any combination. They are impersonal
# (passive), because the deciding body may be an authority, a commissioner or a court.
# $articles: the provisions found infringed, written with ref-list and ref-item-* in the dative
# ("a-lið 1. mgr. 5. gr., 6. gr. og 9. gr."), after "gegn"; $gdpr follows, so that the list does
# not end the sentence with a doubled full stop after "gr.".
decision-articles = Komist var að þeirri niðurstöðu að brotið hefði verið gegn { $articles } { $gdpr }.
# $amount: an amount with its currency, already formatted ("20.000.000 EUR").
decision-fine = Lögð var á stjórnvaldssekt að fjárhæð { $amount }.
decision-monetary-penalty = Lögð var á stjórnvaldssekt (monetary penalty) að fjárhæð { $amount }.
decision-fines-total = Lagðar voru á stjórnvaldssektir að fjárhæð samtals { $amount }.
decision-penalty-per-day = Auk þess voru ákveðnar dagsektir að fjárhæð { $amount } fyrir hvern dag sem dráttur yrði á efndum.
decision-penalty-max = Auk þess voru gefin fyrirmæli að viðlögðum dagsektum að fjárhæð allt að { $amount } samtals.
decision-penalty-liquidated = Fyrirtækinu { $controller } var gert að greiða { $amount } þar sem það hafði ekki farið að fyrirmælunum í tæka tíð.
decision-orders = Fyrirtækinu { $controller } var gert að:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not
# been published: say only that it called on Clearview to act); like decision-orders it ends
# with "að:", so the same order-* items follow it.
decision-requests = Skorað var á fyrirtækið { $controller } að:
not-final-remitted-appeal = Tilkynningarnar eru ekki endanlegar: Upper Tribunal hefur vísað áfrýjun Clearview vegna þeirra aftur til First-tier Tribunal.
# Orders are list items completing "Fyrirtækinu … var gert að:" (decision-orders) or
# "Skorað var á fyrirtækið … að:" (decision-requests): each starts with an infinitive (without "að")
# and ends with ";". facerights replaces the separator of the last item with a full stop.
# $in_country: "á Ítalíu", from country-in (the country whose residents the decision protects).
order-ban-collection-territory = hætta að safna myndum og öðrum persónuupplýsingum um einstaklinga { $in_country } og hætta vinnslu lífkennaupplýsinga þeirra;
order-ban-collection-processing-territory = hætta að safna myndum og lýsigögnum um einstaklinga { $in_country } með vefsköfun (web scraping) og hætta allri frekari vinnslu persónuupplýsinga þeirra, bæði almennra upplýsinga og lífkennaupplýsinga;
order-erase-territory = eyða persónuupplýsingum um einstaklinga { $in_country };
order-erase-territory-after-access = eyða persónuupplýsingum um einstaklinga { $in_country } eftir að hafa svarað þeim beiðnum um aðgang sem þegar höfðu borist;
order-stop-processing-territory = hætta söfnun og vinnslu án lagaheimildar á persónuupplýsingum um einstaklinga { $in_country };
order-facilitate-rights = auðvelda skráðum einstaklingum að neyta réttinda sinna og svara beiðni kvartanda um aðgang;
order-answer-complainant-access = svara beiðni kvartanda um aðgang;
order-grant-complainant-erasure = verða við beiðni kvartanda um eyðingu;
order-appoint-representative = tilnefna fulltrúa í Sambandinu ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = hætta vinnslu persónuupplýsinga um einstaklinga { $in_country } og fjarlægja upplýsingar sem aflað var með ólögmætum hætti;
order-give-art14-information = veita skráðum einstaklingum upplýsingar eins og krafist er í { REF(14) } { $gdpr };
order-stop-refusing-access = láta af þeirri stefnu sinni að svara ekki beiðnum um aðgang;
order-erase-complainant = eyða persónuupplýsingum um kvartanda;
order-erase-complainant-biometric = eyða lífkennatætigildum (hash) kvartanda;
order-stop-obtaining-uk = hætta öflun og notkun persónuupplýsinga um íbúa Bretlands sem eru öllum aðgengilegar á netinu;
order-erase-uk = eyða persónuupplýsingum um íbúa Bretlands úr kerfum sínum;
outcome-reconsider-ban = Dómstóllinn komst að þeirri niðurstöðu að stjórnvaldið yrði að endurskoða synjun sína á að banna vinnsluna og að bann væri eina viðeigandi úrræðið; hann vísaði málinu aftur til stjórnvaldsins.
outcome-ftt-no-jurisdiction = Dómstóllinn féllst á áfrýjun Clearview og taldi að Information Commissioner hefði ekki haft valdheimild til að gefa út tilkynningarnar.
outcome-ut-ico-appeal-allowed = Dómstóllinn féllst á áfrýjun Information Commissioner: vinnslan tengist eftirliti með hegðun einstaklinga í Bretlandi og sú staðreynd að viðskiptavinir Clearview eru erlendar opinberar stofnanir leiðir ekki til þess að hún falli utan gildissviðs { $gdpr }.
outcome-remitted-ftt = Dómstóllinn vísaði áfrýjun Clearview vegna tilkynninganna aftur til First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "og":
# noun phrases in the nominative, e.g. "stjórnvaldssekt að fjárhæð 20.000.000 EUR, bann við frekari söfnun og …".
summary-fine = stjórnvaldssekt að fjárhæð { $amount }
summary-monetary-penalty = stjórnvaldssekt (monetary penalty) að fjárhæð { $amount } sem er ekki endanleg
summary-erasure = fyrirmæli um að eyða persónuupplýsingum um einstaklinga { $in_country }
summary-ban = bann við frekari söfnun
summary-access = fyrirmæli um að hætta að neita að svara beiðnum um aðgang
summary-complainant-access = fyrirmæli um að svara beiðni kvartanda um aðgang
summary-erase-complainant = fyrirmæli um að eyða persónuupplýsingum um kvartanda
summary-representative = fyrirmæli um að tilnefna fulltrúa í Sambandinu
summary-no-fine = engin sekt
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, not declined);
# $address: its postal address on one line. Both stand after a colon.
remedies = Ef þið svarið ekki að fullu innan frestsins mun ég leggja fram kvörtun hjá lögbæru eftirlitsyfirvaldi ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ég áskil mér rétt til að höfða mál gegn ykkur fyrir dómstólum í því aðildarríki þar sem ég hef fasta búsetu ({ REF(79, par: 2) } { $gdpr }) og krefjast skaðabóta ({ REF(82) } { $gdpr }).
remedies-eea = Ef þið svarið ekki að fullu innan frestsins mun ég leggja fram kvörtun hjá lögbæru eftirlitsyfirvaldi ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ég áskil mér rétt til að höfða mál gegn ykkur fyrir dómstólum í því ríki þar sem ég hef fasta búsetu ({ REF(79, par: 2) } { $gdpr }) og krefjast skaðabóta ({ REF(82) } { $gdpr }).
remedies-land-of-residence = Ef þið svarið ekki að fullu innan frestsins mun ég leggja fram kvörtun hjá persónuverndareftirlitsyfirvaldi þess þýska sambandslands þar sem ég bý ({ REF(77) } { $gdpr }; 2. mgr. 19. gr. þýsku sambandslaganna um persónuvernd, BDSG). Ég áskil mér rétt til að höfða mál gegn ykkur fyrir dómstólum í því aðildarríki þar sem ég hef fasta búsetu ({ REF(79, par: 2) } { $gdpr }) og krefjast skaðabóta ({ REF(82) } { $gdpr }).
remedies-uk = Ykkur ber að auðvelda kvartanir til ykkar vegna vinnslu persónuupplýsinga minna (section 164A í Data Protection Act 2018). Ef þið svarið ekki að fullu innan gildandi frests mun ég fyrst kvarta til ykkar samkvæmt því ákvæði og, ef það leysir ekki málið, leggja fram kvörtun hjá lögbæru eftirlitsyfirvaldi ({ REF(77) } { $gdpr }): { $authority } (eða arftaka þess, Information Commission), { $address }. Ég áskil mér rétt til að fara fram á það við dómstóla að gefin verði út fyrirmæli um að farið verði að lögum (compliance order, section 167 í Data Protection Act 2018) og krefjast skaðabóta ({ REF(82) } { $gdpr }).

## Framhaldsbréf: áminning til Clearview þegar svarfrestur er liðinn og kvörtun til
## eftirlitsyfirvalds. Þau nefna fyrstu beiðnina (request-name-*), daginn sem hún barst ($received)
## og síðasta dag svarfrestsins ($ends); allar dagsetningar eru þegar sniðnar.

# Án eignarfornafns, svo að „beiðni“ haldist óbreytt í nefnifalli, þolfalli, þágufalli og eignarfalli:
# „Áminning vegna …“, „fenguð þið … frá mér“, „Afrit af …“, „Kvörtunin varðar …“.
request-name-access = beiðni um aðgang samkvæmt { REF(15) } { $gdpr }
request-name-erasure = beiðni um eyðingu samkvæmt { REF(17) } { $gdpr }, ásamt andmælum samkvæmt { REF(21, par: 1) } { $gdpr }
request-name-access-erasure = beiðni um aðgang samkvæmt { REF(15) } { $gdpr }, takmörkun á vinnslu samkvæmt { REF(18) } { $gdpr } og eyðingu í kjölfarið samkvæmt { REF(17) } { $gdpr }

## Áminning til Clearview

subject-reminder = Áminning vegna { $request }, sem þið fenguð { $received }
reminder-facts = Hinn { $received } fenguð þið frá mér { $request }; afrit af beiðninni fylgir hér með. Frestur ykkar til að svara rann út { $ends } eða, ef sá dagur var almennur frídagur, næsta virka dag ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = Hinn { $received } fenguð þið frá mér { $request }; afrit af beiðninni fylgir hér með. Gildandi frestur (applicable time period) ykkar til að svara rann út { $ends } eða, ef sá dagur var almennur frídagur (bank holiday), næsta virka dag (12A. gr. { $gdpr }).
reminder-no-reply = Ég hef hvorki fengið svar frá ykkur né upplýsingar um framlengingu frestsins eða um ástæður þess að þið hafið ekki gripið til aðgerða vegna beiðni minnar ({ REF(12, par: "3 4") } { $gdpr }).
reminder-incomplete = Svar ykkar er ófullnægjandi: það hefur ekki að geyma allt sem ég óskaði eftir og þið hafið ekki rökstutt hvers vegna einhverju var sleppt ({ REF(12, par: 4) } { $gdpr }).
reminder-demand = Þið brjótið þar með gegn { $gdpr }. Ég fer fram á að þið verðið að fullu við beiðni minni án frekari tafar og eigi síðar en { $grace }.
reminder-remedies = Að öðrum kosti mun ég, án frekari fyrirvara, leggja fram kvörtun hjá lögbæru eftirlitsyfirvaldi ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ég áskil mér rétt til að höfða mál gegn ykkur fyrir dómstólum í því aðildarríki þar sem ég hef fasta búsetu ({ REF(79, par: 2) } { $gdpr }) og krefjast bóta fyrir hvert það tjón sem ég kann að hafa orðið fyrir ({ REF(82) } { $gdpr }).
reminder-remedies-eea = Að öðrum kosti mun ég, án frekari fyrirvara, leggja fram kvörtun hjá lögbæru eftirlitsyfirvaldi ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ég áskil mér rétt til að höfða mál gegn ykkur fyrir dómstólum í því ríki þar sem ég hef fasta búsetu ({ REF(79, par: 2) } { $gdpr }) og krefjast bóta fyrir hvert það tjón sem ég kann að hafa orðið fyrir ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = Að öðrum kosti mun ég, án frekari fyrirvara, leggja fram kvörtun hjá persónuverndareftirlitsyfirvaldi þess þýska sambandslands þar sem ég bý ({ REF(77) } { $gdpr }; 2. mgr. 19. gr. þýsku sambandslaganna um persónuvernd, BDSG). Ég áskil mér rétt til að höfða mál gegn ykkur fyrir dómstólum í því aðildarríki þar sem ég hef fasta búsetu ({ REF(79, par: 2) } { $gdpr }) og krefjast bóta fyrir hvert það tjón sem ég kann að hafa orðið fyrir ({ REF(82) } { $gdpr }).
reminder-remedies-uk = Bréf þetta er jafnframt kvörtun mín til ykkar samkvæmt section 164A í Data Protection Act 2018: vinsamlegast staðfestið móttöku hennar innan 30 daga og tilkynnið mér niðurstöðu hennar án ótilhlýðilegrar tafar. Ef þið verðið ekki við beiðni minni mun ég leggja fram kvörtun hjá lögbæru eftirlitsyfirvaldi ({ REF(77) } { $gdpr }): { $authority } (eða arftaka þess, Information Commission), { $address }. Ég áskil mér rétt til að fara fram á það við dómstóla að gefin verði út fyrirmæli um að farið verði að lögum (compliance order, section 167 í Data Protection Act 2018) og krefjast skaðabóta ({ REF(82) } { $gdpr }).
# Fylgiskjöl.
enclosure-request-copy = Afrit af { $request }, sem barst { $received }
enclosure-proof = Sönnun fyrir sendingu og, ef hún liggur fyrir, fyrir afhendingu
enclosure-reply = Afrit af svari fyrirtækisins { $controller }
enclosure-reminder = Afrit af áminningu minni dags. { $reminded }

## Kvörtun til eftirlitsyfirvalds (sjálfgefið á máli yfirvaldsins); yfirvaldið er ávarpað í
## fleirtölu (þið, ykkur), eins og í reply-to-*.

subject-complaint = Kvörtun samkvæmt { REF(77) } { $gdpr } á hendur fyrirtækinu { $controller }
salutation-complaint = Ágæti viðtakandi,
complaint-intro = Hér með legg ég fram kvörtun samkvæmt { REF(77) } { $gdpr } á hendur fyrirtækinu { $controller }, { $controller_address }. Kvörtunin varðar eftirfarandi beiðni mína, sem fyrirtækinu barst { $received }: { $request }. Afrit af beiðninni fylgir hér með.
complaint-no-reply = Fyrirtækið { $controller } hefur ekki svarað beiðni minni og frestur þess til að svara rann út { $ends } eða, ef sá dagur var almennur frídagur, næsta virka dag ({ REF(12, par: 3) } { $gdpr }). Það hefur hvorki tilkynnt mér um framlengingu frestsins né greint mér frá ástæðum þess að það hefur ekki gripið til aðgerða ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = Fyrirtækið { $controller } hefur ekki svarað beiðni minni og gildandi frestur (applicable time period) þess til að svara rann út { $ends } eða, ef sá dagur var almennur frídagur (bank holiday), næsta virka dag (12A. gr. { $gdpr }). Það hefur hvorki tilkynnt mér um framlengingu frestsins né greint mér frá ástæðum þess að það hefur ekki gripið til aðgerða ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = Fyrirtækið { $controller } hefur svarað, en svarið er ófullnægjandi: það hefur ekki að geyma allt sem ég óskaði eftir og engar ástæður eru gefnar fyrir því að einhverju var sleppt. Frestur til að veita fullnægjandi svar rann út { $ends } eða, ef sá dagur var almennur frídagur, næsta virka dag ({ REF(12, par: 3) } { $gdpr }). Afrit af svarinu fylgir hér með.
complaint-incomplete-uk = Fyrirtækið { $controller } hefur svarað, en svarið er ófullnægjandi: það hefur ekki að geyma allt sem ég óskaði eftir og engar ástæður eru gefnar fyrir því að einhverju var sleppt. Gildandi frestur (applicable time period) til að veita fullnægjandi svar rann út { $ends } eða, ef sá dagur var almennur frídagur (bank holiday), næsta virka dag (12A. gr. { $gdpr }). Afrit af svarinu fylgir hér með.
complaint-refused = Fyrirtækið { $controller } hefur neitað að verða við beiðni minni. Afrit af svari þess fylgir hér með.
complaint-identity-demanded = Fyrirtækið { $controller } hefur gert svar sitt háð auðkenningu sem ekki var þörf á vegna beiðni minnar, svo sem afriti af persónuskilríkjum. Afrit af svari þess fylgir hér með.
complaint-reminded = Hinn { $reminded } minnti ég fyrirtækið { $controller } á beiðni mína; það hefur engu að síður ekki orðið við henni. Afrit af áminningunni fylgir hér með.
complaint-reminded-uk = Hinn { $reminded } kvartaði ég til fyrirtækisins { $controller } samkvæmt section 164A í Data Protection Act 2018; málið hefur ekki verið leyst. Afrit af þeirri kvörtun fylgir hér með.
complaint-infringements = Að mínu mati hefur fyrirtækið { $controller } þar með einkum brotið gegn:
# Liðir í upptalningu á eftir „gegn“ (þágufall), hver endar á „;“ (eins og order-*).
infringement-time-limit = { REF(12, par: 3) } { $gdpr }, þar sem fyrirtækið greip ekki til aðgerða vegna beiðni minnar innan frestsins;
infringement-time-limit-uk = { REF(12, par: 3) } { $gdpr }, sbr. 12A. gr. { $gdpr }, þar sem fyrirtækið greip ekki til aðgerða vegna beiðni minnar innan gildandi frests;
infringement-incomplete = { REF(12, par: "3 4") } { $gdpr }, þar sem fyrirtækið greip ekki að fullu til aðgerða vegna beiðni minnar innan frestsins og gaf engar ástæður fyrir því að einhverju var sleppt;
infringement-incomplete-uk = { REF(12, par: "3 4") } { $gdpr }, sbr. 12A. gr. { $gdpr }, þar sem fyrirtækið greip ekki að fullu til aðgerða vegna beiðni minnar innan gildandi frests og gaf engar ástæður fyrir því að einhverju var sleppt;
infringement-no-reasons = { REF(12, par: 4) } { $gdpr }, þar sem fyrirtækið greindi mér hvorki frá ástæðum þess að það greip ekki til aðgerða né frá möguleikanum á að leggja fram kvörtun;
infringement-access = { REF(15) } { $gdpr }, þar sem fyrirtækið hefur ekki veitt mér aðgang að persónuupplýsingum um mig og upplýsingum um vinnslu þeirra;
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "dat") } og { REF(21, par: 1) } { $gdpr }, þar sem fyrirtækið hefur hvorki takmarkað vinnslu persónuupplýsinga um mig né hætt henni eftir að ég andmælti henni;
infringement-erasure = { REF(17, par: 1) } og { REF(21, par: 1) } { $gdpr }, þar sem fyrirtækið hefur hvorki eytt persónuupplýsingum um mig né hætt vinnslu þeirra, enda þótt ástæður til eyðingar eigi við og ég hafi andmælt vinnslunni;
infringement-identification = { REF(12, par: 2) } og { REF(12, par: 6) } { $gdpr }, þar sem fyrirtækið gerði beitingu réttinda minna háða auðkenningu sem er ekki nauðsynleg, og { REF(5, par: 1, pt: "c", case: "dat") } { $gdpr }, þar sem það fer fram á meiri persónuupplýsingar en það þarf á að halda;
infringement-refusal = { REF(12, par: 4) } { $gdpr }, þar sem fyrirtækið neitaði að verða við beiðni minni án ástæðu sem { $gdpr } viðurkennir, og { REF(12, par: 2) } { $gdpr }, að því leyti sem það ber fyrir sig að það geti ekki borið kennsl á mig;
complaint-decisions = Eftirlitsyfirvöld hafa þegar tekið eftirfarandi ákvarðanir gegn fyrirtækinu { $controller }:
complaint-requests = Ég fer því fram á:
complaint-ask-handle = að þið fjallið um kvörtun mína og rannsakið efni hennar ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = að þið fyrirskipið fyrirtækinu { $controller } að verða við beiðni minni ({ REF(58, par: 2, pt: "c") } { $gdpr }) og beitið öðrum valdheimildum ykkar til úrbóta ({ REF(58, par: 2) } og { REF(83) } { $gdpr });
complaint-ask-inform = að þið upplýsið mig um framvindu og niðurstöðu kvörtunarinnar ({ REF(77, par: 2) } { $gdpr }).
complaint-ask-inform-uk = að þið upplýsið mig um framvindu og niðurstöðu kvörtunarinnar (section 165 í Data Protection Act 2018).
complaint-consent-share = Ég samþykki að þið deilið þessari kvörtun, ásamt nafni mínu, með fyrirtækinu { $controller } í því skyni að fjalla um hana.
