### facerights — letter text, Estonian (et).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Estonian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „andmesubjekt“, „vastutav töötleja“,
### „volitatud töötleja“, „vastuvõtja“, „järelevalveasutus“, „isikuandmete eriliigid“,
### „põhjendamatu viivituseta“, „õigus tutvuda andmetega“, „õigus andmete kustutamisele“,
### „töötlemise piiramine“, „õigus esitada vastuväiteid“, „mõjuv õiguspärane põhjus“ (artikkel
### 21(1)), „asjakohased kaitsemeetmed“, „profiilianalüüs“…
### Article references keep the compact notation of the reference locale in Estonian word order,
### with the short name of the law uninflected before them, as in Estonian legal citations:
### „IKÜM artikkel 15(3)“, „IKÜM artikli 21(1) alusel“.
###
### Variables available in every message:
###   $gdpr        short name of the law ("IKÜM", or "UK GDPR" for United Kingdom letters).
###                Both take the same ending where one is needed: { $gdpr }-i.
###   $controller  "Clearview AI, Inc." — used uninflected: as a subject in the nominative or in
###                apposition after an inflected "äriühing" („äriühingut { $controller }“).
###
### Register: formal letter from a private person (first person singular) to a company, addressed
### in the plural (teie, te; imperatives in -ge/-ke); lower case, as recommended for letters to an
### organisation.

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = IKÜM
law-short-uk = UK GDPR
# law-full-* are used only as $law_full in intro-*, always in the genitive, before
# „artiklist 15 tulenevat …“ or „… alusel“, so they are written in the genitive.
law-full-eu = määruse (EL) 2016/679 (isikuandmete kaitse üldmäärus, „IKÜM“)
law-full-eea = Euroopa Majanduspiirkonna lepingusse lisatud määruse (EL) 2016/679 (isikuandmete kaitse üldmäärus, „IKÜM“)
law-full-uk = koos Data Protection Act 2018-ga (Ühendkuningriigi 2018. aasta andmekaitseseadus) kohaldatava Ühendkuningriigi isikuandmete kaitse üldmääruse (United Kingdom General Data Protection Regulation, „UK GDPR“)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").

ref-a = artikkel { $art }
ref-ap = artikli { $art } lõige { $par }
ref-app = artikli { $art } lõike { $par } punkt { $pt }
ref-an = artikli { $art } punkt { $num }
ref-par = { $par }
ref-point = { $letter }
ref-item-a = { $art }
ref-item-ap = { $art } lõige { $par }
ref-item-app = { $art } lõike { $par } punkt { $pt }
ref-item-an = { $art } punkt { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Letter frame

subject-access = Taotlus tutvuda minu isikuandmetega { $gdpr } artikli 15 alusel
subject-erasure = Taotlus kustutada minu isikuandmed { $gdpr } artikli 17 alusel ja vastuväide { $gdpr } artikli 21(1) alusel
subject-access-erasure = Taotlus tutvuda andmetega { $gdpr } artikli 15 alusel, piirata töötlemist { $gdpr } artikli 18 alusel ja seejärel andmed kustutada { $gdpr } artikli 17 alusel
salutation = Lugupeetud adressaat
closing = Lugupidamisega
# $reference: the sender's own case or reference number.
our-reference = Minu viide: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("1. märts 2026").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = Lisa:
enclosure-photo = Minu näo foto, mis on esitatud üksnes minu tuvastamiseks selle taotluse menetlemisel
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Lk { $page }/{ $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Käesolevaga kasutan { $law_full } artiklist 15 tulenevat õigust tutvuda andmetega. Palun kinnitage, kas { $controller } töötleb mind puudutavaid isikuandmeid, ning sellisel juhul võimaldage mul tutvuda nende isikuandmete ja allpool loetletud teabega. Ma ei pea seda taotlust põhjendama.
intro-erasure = Käesolevaga kasutan { $law_full } artiklist 17 tulenevat õigust andmete kustutamisele. Palun kustutage põhjendamatu viivituseta kõik mind puudutavad isikuandmed. Samal ajal esitan { $gdpr } artikli 21(1) alusel vastuväite mind puudutavate isikuandmete igasuguse töötlemise suhtes.
intro-access-erasure = Käesolevaga kasutan oma õigusi { $law_full } alusel: esmalt õigust tutvuda andmetega ({ $gdpr } artikkel 15) ja seejärel õigust andmete kustutamisele ({ $gdpr } artikkel 17). Taotlen kõigepealt andmetega tutvumist, et saada teada, milliseid andmeid te minu kohta säilitate, enne kui need kustutatakse. Esitan { $gdpr } artikli 21(1) alusel vastuväite mind puudutavate isikuandmete igasuguse töötlemise suhtes ja palun teil kuni andmete kustutamiseni töötlemist piirata ({ $gdpr } artikkel 18).

## Why the law applies to Clearview
# Country names in the genitive: Itaalia, Kreeka, Prantsusmaa, Austria ja Madalmaade.

applicability-eu = { $controller } kuulub { $gdpr }-i kohaldamisalasse. Äriühing kogub Euroopa Liidus viibivate isikute pilte ja töötleb neid nende isikute käitumise jälgimiseks ({ $gdpr } artikkel 3(2)(b)), nagu on tuvastanud Itaalia, Kreeka, Prantsusmaa, Austria ja Madalmaade järelevalveasutused. Äriühing ei ole määranud { $gdpr } artikli 27 kohast esindajat liidus. Seetõttu esitan selle taotluse otse teile.
applicability-eea = { $controller } kuulub { $gdpr }-i kohaldamisalasse. Äriühing kogub Euroopa Majanduspiirkonnas viibivate isikute pilte ja töötleb neid nende isikute käitumise jälgimiseks ({ $gdpr } artikkel 3(2)(b)), nagu on tuvastanud Itaalia, Kreeka, Prantsusmaa, Austria ja Madalmaade järelevalveasutused. Äriühing ei ole määranud { $gdpr } artikli 27 kohast esindajat. Seetõttu esitan selle taotluse otse teile.
applicability-uk = { $controller } kuulub { $gdpr }-i kohaldamisalasse. Upper Tribunal otsustas 2025. aastal, et äriühingu tehtav isikuandmete töötlemine on seotud Ühendkuningriigis viibivate isikute käitumise jälgimisega ({ $gdpr } artikkel 3(2)(b)). Esitan selle taotluse otse teile.

## Access (Article 15)
# The access-copy-* items continue „… sealhulgas eelkõige järgmised andmed:“ (nominative).

access-heading = Minu isikuandmetega tutvumine ({ $gdpr } artikkel 15)
access-copy = Palun esitage mulle koopia kõigist mind puudutavatest isikuandmetest, mida te töötlete ({ $gdpr } artikkel 15(3)), sealhulgas eelkõige järgmised andmed:
access-copy-images = iga pilt, millel ma olen või mida te minuga seostate, sellises eraldusvõimes, nagu see teil on;
access-copy-sources = iga pildi puhul selle veebilehe ja pildifaili aadress (URL), kust pilt koguti, lehe pealkiri ning pildi kogumise ja viimase uuendamise kuupäevad;
access-copy-metadata = kõik iga pildi kohta säilitatavad metaandmed, sealhulgas asukohaandmed ja kuupäevad;
access-copy-biometrics = minu näost tuletatud biomeetrilised mallid, vektorid või räsiväärtused ning kõik muud andmed, mida te olete minu kohta tuletanud või järeldanud;
access-copy-searches = kõigi nende otsingute logid, mille tulemustes ma esinesin, koos iga otsingu kuupäevaga;
access-copy-recipients = iga sellise kliendi või muu vastuvõtja identiteet, kellele mind puudutavaid tulemusi avalikustati.
# The access-info-* items continue „Palun esitage mulle ka järgmine teave“ (nominative).
access-info = Palun esitage mulle ka järgmine teave ({ $gdpr } artikkel 15(1) ja (2)):
access-info-purposes = iga isikuandmete töötlemise toimingu eesmärgid ja õiguslik alus, millele te iga toimingu puhul tuginete (artikkel 15(1)(a));
access-info-categories = asjaomaste isikuandmete liigid (artikkel 15(1)(b));
access-info-recipients = vastuvõtjad, kellele isikuandmeid on avalikustatud või avalikustatakse, nimeliselt, eelkõige kolmandates riikides olevad vastuvõtjad või rahvusvahelised organisatsioonid; vastuvõtjate kategooriate nimetamisest ei piisa, kui te suudate vastuvõtjaid tuvastada (artikkel 15(1)(c); Euroopa Kohtu 12. jaanuari 2023. aasta otsus kohtuasjas C-154/21, Österreichische Post);
access-info-retention = ajavahemik, mille jooksul iga isikuandmete liiki säilitatakse, või kui see ei ole võimalik, sellise ajavahemiku määramise kriteeriumid (artikkel 15(1)(d));
access-info-rights = teave õiguse kohta taotleda isikuandmete parandamist, kustutamist või töötlemise piiramist ning õiguse kohta esitada vastuväide sellisele töötlemisele (artikkel 15(1)(e));
access-info-complaint = teave õiguse kohta esitada kaebus järelevalveasutusele (artikkel 15(1)(f));
access-info-source = kogu olemasolev teave isikuandmete allika kohta: konkreetsed veebisaidid ja veebilehed, mitte ainult allikate kategooriad (artikkel 15(1)(g));
access-info-automated = teave automatiseeritud otsuste, sealhulgas profiilianalüüsi tegemise kohta ning sisuline teave kasutatava loogika ja selle kohta, millised on sellise töötlemise tähtsus ja prognoositavad tagajärjed minu jaoks (artikkel 15(1)(h));
access-info-transfers = kui isikuandmeid edastatakse kolmandale riigile või rahvusvahelisele organisatsioonile, edastamisega seoses { $gdpr } artikli 46 kohaselt kehtestatud asjakohased kaitsemeetmed (artikkel 15(2)).
# $reference and $date: the CNIL decision and its date, in parentheses because the date arrives in
# the nominative („17. oktoober 2022“).
access-scope = See taotlus hõlmab kõiki mind puudutavaid isikuandmeid kõigis teie süsteemides, sealhulgas pseudonüümitud andmeid ning andmeid, mida te olete tuletanud või järeldanud. See ei piirdu viimase kaheteistkümne kuuga ega teatava arvu taotlustega aastas ega sõltu sellest, kas ma seda kordan: Prantsusmaa järelevalveasutus (CNIL) tunnistas äriühingu { $controller } kehtestatud sellised piirangud õigusvastaseks oma otsuses { $reference } ({ $date }).
access-format = Palun esitage koopia tasuta ({ $gdpr } artiklid 12(5) ja 15(3)), selges ja lihtsas keeles ({ $gdpr } artikkel 12(1)) ning, kui vastate elektrooniliselt, üldkasutatavate elektrooniliste vahendite kaudu ({ $gdpr } artikkel 15(3)).

## Erasure (Article 17)
# The erasure-scope-* items continue „Kustutada tuleb:“ (nominative).

erasure-heading = Minu isikuandmete kustutamine ({ $gdpr } artikkel 17)
erasure-after-access = Kui olete esitanud koopia ja eespool nõutud teabe, palun kustutage põhjendamatu viivituseta kõik mind puudutavad isikuandmed ({ $gdpr } artikkel 17(1)).
erasure-scope = Kustutada tuleb:
erasure-scope-images = iga minu pilt ja selle iga koopia;
erasure-scope-biometrics = minu näost tuletatud biomeetrilised mallid, vektorid ja räsiväärtused;
erasure-scope-metadata = nende piltidega seotud metaandmed ja lähteaadressid (URL-id);
erasure-scope-searches = mind puudutavad otsingutulemused, otsingulogid ja seosed;
erasure-scope-backups = kõik koopiad varukoopiates, arhiivides ja teie volitatud töötlejate süsteemides.
erasure-grounds = Kustutamiseks on järgmised alused:
erasure-ground-unlawful = { $gdpr } artikkel 17(1)(d): isikuandmeid on töödeldud ebaseaduslikult. Teil puudub { $gdpr } artikli 6(1) kohane õiguslik alus. Biomeetrilised andmed ({ $gdpr } artikkel 4(14)), mida töödeldakse füüsilise isiku kordumatuks tuvastamiseks, kuuluvad isikuandmete eriliikide hulka, mille töötlemise { $gdpr } artikkel 9(1) keelab. Ükski artikli 9(2) erand ei kohaldu: ma ei ole andnud selgesõnalist nõusolekut (artikkel 9(2)(a)) ega ole internetist leitavaid pilte biomeetrilise töötlemise jaoks ilmselgelt avalikustanud (artikkel 9(2)(e)).
erasure-ground-objection = { $gdpr } artikkel 17(1)(c): esitan { $gdpr } artikli 21(1) alusel vastuväite töötlemise suhtes, lähtudes oma konkreetsest olukorrast: minu nägu on püsiv identifitseerimistunnus, mida ma ei saa muuta, ja selle olemasolu teie andmebaasis võimaldab igal teie kliendil mind tuvastada mis tahes foto põhjal, olenemata sellest, kus ja millal see on tehtud. Kuivõrd te tuginete { $gdpr } artiklile 6(1)(e) või (f), ei ole töötlemiseks mõjuvat õiguspärast põhjust, mis kaaluks üles minu huvid, õigused ja vabadused; teie äriline huvi müüa minu näo põhjal tehtavaid otsinguid ei ole selline põhjus.
erasure-ground-consent = { $gdpr } artikkel 17(1)(b): kuivõrd te tuginete nõusolekule, võtan selle tagasi.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons on its
# territory; its name arrives in its own language, so it stands in parentheses after
# „järelevalveasutus“ and needs no case ending.
erasure-ground-legal-obligation = { $gdpr } artikkel 17(1)(e): kustutamine on vajalik ka juriidilise kohustuse täitmiseks, sest järelevalveasutus ({ $authority }) on teinud teile ettekirjutuse kustutada oma riigi territooriumil viibivate isikute isikuandmed.
erasure-exceptions = Ükski { $gdpr } artikli 17(3) erand ei kohaldu: töötlemine ei ole vajalik sõna- ja teabevabaduse õiguse kasutamiseks, juriidilise kohustuse täitmiseks, avalikes huvides oleva ülesande täitmiseks ega vastutava töötleja avaliku võimu teostamiseks, rahvatervise valdkonnas avaliku huviga seotud põhjustel, avalikes huvides arhiveerimise eesmärgil, teadus- või ajaloouuringute eesmärgil ega statistilisel eesmärgil ega ka õigusnõuete koostamiseks, esitamiseks või kaitsmiseks. Kui te tuginete mõnele erandile, teatage mulle, millisele ja miks ({ $gdpr } artikkel 12(4)).
erasure-restriction = Piirake kuni kustutamiseni minu isikuandmete töötlemist ({ $gdpr } artikkel 18(1)(d), kuni kontrollite minu vastuväidet): eelkõige lõpetage viivitamata minu kuvamine otsingutulemustes.
erasure-recipients = Teatage kustutamisest igale vastuvõtjale, kellele minu isikuandmeid on avalikustatud, sealhulgas igale kliendile, kes sai minu pilte otsingutulemustes ({ $gdpr } artikkel 19), ja teavitage mind nendest vastuvõtjatest. Kui olete minu isikuandmed avalikustanud, võtke tarvitusele mõistlikud abinõud, et teavitada neid andmeid töötlevaid vastutavaid töötlejaid sellest, et olen taotlenud nendele andmetele osutavate linkide või nende andmete koopiate kustutamist ({ $gdpr } artikkel 17(2)).
erasure-no-recollection = Teatage mulle, mida te teete tagamaks, et minu isikuandmeid uuesti ei koguta. Kui säilitate mingeid andmeid, et vältida nende tulevast kogumist, teatage mulle täpselt, mida need sisaldavad ja millisel õiguslikul alusel te neid säilitate.
erasure-confirmation = Palun kinnitage mulle kustutamist kirjalikult ja märkige, mida te kustutasite, sealhulgas varukoopiates olevad koopiad ja tuletatud mallid.

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Töötlemise piiramine kuni kustutamiseni ({ $gdpr } artikkel 18)
restriction-body = Piirake minu isikuandmete töötlemist alates selle kirja kättesaamisest kuni kustutamiseni ({ $gdpr } artikkel 18(1)(d), kuni kontrollite minu { $gdpr } artikli 21(1) kohast vastuväidet): säilitage andmeid, kuid ärge kasutage neid muul eesmärgil kui sellele taotlusele vastamiseks. Eelkõige lõpetage viivitamata minu kuvamine otsingutulemustes.

## Identification (Articles 11(2) and 12(6))

identification-heading = Isiku tuvastamine
identification-no-photo = Selles kirjas esitatud teave on sellele vastamiseks piisav. Kui teil on põhjendatud kahtlusi minu isikusamasuses, teatage mulle, milline lisateave on rangelt vajalik ({ $gdpr } artikkel 12(6)). Kui teie süsteemis saab otsida ainult minu näo foto abil, teatage mulle sellest; sel juhul esitan foto üksnes selle taotluse jaoks.
identification-photo = Lisan foto oma näost üksnes selleks, et te saaksite leida mind puudutavad isikuandmed ({ $gdpr } artiklid 11(2) ja 12(6)). Te ei tohi seda kasutada muul eesmärgil: ärge lisage seda oma andmebaasi, ärge looge sellest biomeetrilist malli muuks kui selleks üheks otsinguks ning ärge avalikustage seda. Kustutage foto ja selle abil tehtud otsingu tulemused niipea, kui olete sellele taotlusele vastanud, ning kinnitage mulle kustutamist ({ $gdpr } artikkel 5(1)(b), (c) ja (e)).
identification-id-document = Ma ei saada isikut tõendava dokumendi koopiat, välja arvatud juhul, kui te näitate, et see on rangelt vajalik. Iga selline koopia tuleb kohe pärast kontrollimist kustutada (Euroopa Andmekaitsenõukogu, suunised 01/2022 andmesubjekti õiguste kohta – õigus tutvuda andmetega, punktid 74, 76 ja 79).

## Deadline and form (Article 12)

deadline-heading = Teie vastuse tähtaeg ja vorm
deadline-access = Palun vastake põhjendamatu viivituseta, kuid mitte hiljem kui ühe kuu jooksul pärast selle taotluse kättesaamist ({ $gdpr } artikkel 12(3)). Kui pikendate seda tähtaega, peate mind sellest teavitama sama kuu jooksul ja esitama viivituse põhjused. Kui te minu taotluse põhjal meetmeid ei võta, peate mind ühe kuu jooksul teavitama meetmete võtmata jätmise põhjustest ning minu õigusest esitada kaebus järelevalveasutusele ja kasutada kohtulikku õiguskaitsevahendit ({ $gdpr } artikkel 12(4)).
deadline-erasure = Palun võtke minu taotluse põhjal meetmeid põhjendamatu viivituseta, kuid mitte hiljem kui ühe kuu jooksul pärast selle kättesaamist ({ $gdpr } artikkel 12(3)). Kui pikendate seda tähtaega, peate mind sellest teavitama sama kuu jooksul ja esitama viivituse põhjused. Kui te minu taotluse põhjal meetmeid ei võta, peate mind ühe kuu jooksul teavitama meetmete võtmata jätmise põhjustest ning minu õigusest esitada kaebus järelevalveasutusele ja kasutada kohtulikku õiguskaitsevahendit ({ $gdpr } artikkel 12(4)).
no-formalities = Te ei tohi seada oma vastuse andmist sõltuvusse konkreetse vormi, veebiportaali või edastusviisi kasutamisest (Euroopa Andmekaitsenõukogu, suunised 01/2022 andmesubjekti õiguste kohta – õigus tutvuda andmetega, punktid 50–53).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too, the third when only
# an e-mail address is given.
reply-to-postal = Palun saatke oma vastus eespool märgitud aadressile.
reply-to-both = Palun saatke oma vastus eespool märgitud postiaadressile või e-posti aadressile.
reply-to-email = Palun saatke oma vastus eespool märgitud e-posti aadressile.

## Decisions against Clearview

decisions-heading = Äriühingu { $controller } suhtes tehtud otsused
decisions-own = Minu elukohariigis on tehtud järgmised otsused:
decisions-other = Teiste riikide järelevalveasutused on tunnistanud äriühingu { $controller } sama isikuandmete töötlemise õigusvastaseks. Tuginen nende otsustele:
# One decision. $authority: name of the authority or court (in its own language, never inflected);
# $country: its country (CLDR, nominative, in parentheses); $act: one of decision-kind-* with the
# reference; $date: its date in the nominative („10. veebruar 2022“), set off by a comma.
decision-citation = { $authority } ({ $country }), { $act }, { $date }
decision-kind-injunction-order = ettekirjutus { $reference }
decision-kind-decision = otsus { $reference }
decision-kind-formal-notice = ametlik hoiatus { $reference }
decision-kind-sanction = sanktsiooniotsus { $reference }
decision-kind-penalty-liquidation = otsus { $reference } (sunniraha sissenõudmine)
decision-kind-fines-and-penalty-orders = otsus (trahvid ja sunniraha hoiatusega ettekirjutused)
decision-kind-court-ruling = kohtuotsus { $reference }
decision-kind-letter = kiri
decision-kind-enforcement-and-penalty-notices = täitmisettekirjutus (enforcement notice) ja rahatrahvi määramise teade (monetary penalty notice)
# The following sentences are impersonal („määrati“, „tuvastati“), because the deciding body may
# be an authority, a commissioner or a court.
# $articles: a list of article numbers, already joined ("5(1)(a), 6 ja 9").
decision-articles = Otsuses tuvastati { $gdpr } artiklite { $articles } rikkumine.
# $amount: an amount with its currency, already formatted ("20 000 000 €"), after „summas“.
decision-fine = Määrati trahv summas { $amount }.
decision-fines-total = Määrati trahvid kogusummas { $amount }.
decision-penalty-per-day = Lisaks määrati sunniraha summas { $amount } iga viivituspäeva eest.
decision-penalty-max = Lisaks tehti ettekirjutused sunniraha hoiatusega kogusummas kuni { $amount }.
decision-penalty-liquidated = Äriühingut { $controller } kohustati maksma { $amount }, sest äriühing ei olnud ettekirjutust tähtaegselt täitnud.
decision-orders = Äriühingut { $controller } kohustati:
decision-not-final = See kiri eelnes kavandatud ettekirjutusele; tegemist ei ole lõpliku ettekirjutusega.
# Used instead of decision-orders when the act is not a final order (the Hamburg letter); like
# decision-orders it is followed by the order-* items.
decision-requests = Äriühingut { $controller } kutsuti üles:
# Orders are list items continuing „Äriühingut { $controller } kohustati:“ (decision-orders) or
# „Äriühingut { $controller } kutsuti üles:“ (decision-requests): each starts with a verb in the
# ma-infinitive. End each with ";" — facerights replaces the separator of the last item with a full
# stop. „selle riigi“ refers to the country named in the citation just above.
order-ban-collection-territory = lõpetama selle riigi territooriumil viibivate isikute piltide ja muude isikuandmete kogumise ning nende biomeetriliste andmete töötlemise;
order-erase-territory = kustutama selle riigi territooriumil viibivate isikute isikuandmed;
order-erase-territory-after-access = kustutama selle riigi territooriumil viibivate isikute isikuandmed pärast juba saadud andmetega tutvumise taotlustele vastamist;
order-stop-processing-territory = lõpetama selle riigi territooriumil viibivate isikute isikuandmete õigusliku aluseta kogumise ja töötlemise;
order-facilitate-rights = hõlbustama andmesubjektide õiguste kasutamist ja vastama kaebuse esitaja andmetega tutvumise taotlusele;
order-answer-complainant-access = vastama kaebuse esitaja andmetega tutvumise taotlusele;
order-appoint-representative = määrama esindaja liidus ({ $gdpr } artikkel 27);
order-stop-processing-erase-territory = lõpetama selle riigi territooriumil viibivate isikute isikuandmete töötlemise ja eemaldama ebaseaduslikult saadud andmed;
order-give-art14-information = teavitama andmesubjekte { $gdpr } artikli 14 kohaselt;
order-stop-refusing-access = loobuma tavast jätta andmetega tutvumise taotlused vastuseta;
order-erase-complainant = kustutama kaebuse esitaja isikuandmed;
order-erase-complainant-biometric = kustutama kaebuse esitaja biomeetrilised räsiväärtused;
order-stop-obtaining-uk = lõpetama Ühendkuningriigi elanike internetis avalikult kättesaadavate isikuandmete hankimise ja kasutamise;
order-erase-uk = kustutama oma süsteemidest Ühendkuningriigi elanike isikuandmed;
outcome-reconsider-ban = Kohus leidis, et asutus peab uuesti läbi vaatama oma keeldumise töötlemist keelata ning et keeld on ainus asjakohane meede; kohus saatis asja asutusele uueks läbivaatamiseks.
outcome-ftt-no-jurisdiction = Kohus rahuldas äriühingu Clearview kaebuse, leides, et Information Commissioneril puudus pädevus teateid välja anda.
outcome-ut-ico-appeal-allowed = Kohus rahuldas Information Commissioneri apellatsioonkaebuse: töötlemine on seotud Ühendkuningriigis viibivate isikute käitumise jälgimisega ning asjaolu, et äriühingu Clearview kliendid on välisriikide avaliku sektori asutused, ei vii töötlemist { $gdpr }-i kohaldamisalast välja.
outcome-remitted-ftt = Kohus saatis äriühingu Clearview kaebuse nende teadete peale uueks läbivaatamiseks First-tier Tribunalile.
# Short summaries used for decisions of other countries, joined as a list with "ja":
# noun phrases without commas inside, e.g. „trahv summas 20 000 000 €, edasise kogumise keeld ja …“.
summary-fine = trahv summas { $amount }
summary-erasure = ettekirjutus kustutada selle riigi territooriumil viibivate isikute isikuandmed
summary-ban = edasise kogumise keeld
summary-access = ettekirjutus lõpetada andmetega tutvumise taotlustele vastamisest keeldumine
summary-complainant-access = ettekirjutus vastata kaebuse esitaja andmetega tutvumise taotlusele
summary-erase-complainant = ettekirjutus kustutada kaebuse esitaja isikuandmed
summary-representative = ettekirjutus määrata esindaja liidus
summary-no-fine = trahvi määramata jätmine
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language); $address: its
# postal address on one line. Both stand after a colon, so they need no case ending.
remedies = Kui te ei vasta tähtaegselt ja täielikult, esitan kaebuse pädevale järelevalveasutusele ({ $gdpr } artikkel 77): { $authority }, { $address }. Jätan endale õiguse kasutada tõhusat õiguskaitsevahendit kohtus ({ $gdpr } artikkel 79) ja nõuda hüvitist ({ $gdpr } artikkel 82).
