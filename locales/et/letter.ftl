### facerights — letter text, Estonian (et).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Estonian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „andmesubjekt“, „vastutav töötleja“,
### „volitatud töötleja“, „vastuvõtja“, „järelevalveasutus“, „isikuandmete eriliigid“,
### „põhjendamatu viivituseta“, „õigus tutvuda andmetega“, „õigus andmete kustutamisele“,
### „töötlemise piiramine“, „õigus esitada vastuväiteid“, „mõjuv õiguspärane põhjus“ (artikli
### 21 lõige 1), „asjakohased kaitsemeetmed“, „profiilianalüüs“…
### Provisions are cited the Estonian way, with the short name of the law uninflected before them:
### „IKÜM artikli 15 lõige 3“, „IKÜM artikli 21 lõike 1 alusel“ (see "Citations").
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
# Estonian notation, as in the Estonian text of the Regulation ("artikli 6 lõike 1 punktil e või f")
# and in AKI decisions ("IKÜM artikli 6 lõike 1 punkt f"): "IKÜM" uninflected before the citation, a
# genitive chain (artikli … lõike …) in which only the last noun takes the case of the sentence, the
# point letter after "punkt". Attributes, chosen with case: "…" in REF:
#   (value) nominative   IKÜM artikli 15 lõike 1 punkt h
#   .gen    genitive     … punkti h alusel / kohane      .ela  elative  artiklist 15 tulenevat
#   .all    allative     tuginete … punktile h           .ine  inessive … punktis h
# Several paragraphs or points take the plural ("lõiked 1 ja 2", gen. "lõigete"; "punktid b, c ja e",
# gen. "punktide"). Points joined by "või" keep the singular, as in Article 21(1) of the
# Regulation: .all-or "punktile e või f". "artikli 4 punkt 14" for a definition.
# Lists (the articles a decision found infringed) follow decision-articles in the genitive
# ("… rikkumine"), each item with its own head word: ref-item-*.

ref-a = artikkel { $art }
    .gen = artikli { $art }
    .ela = artiklist { $art }
    .all = artiklile { $art }
    .ine = artiklis { $art }
ref-ap = artikli { $art } { $npar ->
        [one] lõige
       *[other] lõiked
    } { $par }
    .gen = artikli { $art } { $npar ->
        [one] lõike
       *[other] lõigete
    } { $par }
    .ela = artikli { $art } { $npar ->
        [one] lõikest
       *[other] lõigetest
    } { $par }
    .all = artikli { $art } { $npar ->
        [one] lõikele
       *[other] lõigetele
    } { $par }
    .ine = artikli { $art } { $npar ->
        [one] lõikes
       *[other] lõigetes
    } { $par }
ref-app = artikli { $art } lõike { $par } { $npt ->
        [one] punkt
       *[other] punktid
    } { $pt }
    .gen = artikli { $art } lõike { $par } { $npt ->
        [one] punkti
       *[other] punktide
    } { $pt }
    .ela = artikli { $art } lõike { $par } { $npt ->
        [one] punktist
       *[other] punktidest
    } { $pt }
    .all = artikli { $art } lõike { $par } { $npt ->
        [one] punktile
       *[other] punktidele
    } { $pt }
    .ine = artikli { $art } lõike { $par } { $npt ->
        [one] punktis
       *[other] punktides
    } { $pt }
    .gen-or = artikli { $art } lõike { $par } punkti { $pt }
    .all-or = artikli { $art } lõike { $par } punktile { $pt }
ref-an = artikli { $art } punkt { $num }
    .gen = artikli { $art } punkti { $num }
    .ela = artikli { $art } punktist { $num }
    .all = artikli { $art } punktile { $num }
    .ine = artikli { $art } punktis { $num }
ref-par = { $par }
ref-point = { $letter }
ref-item-a = artikli { $art }
ref-item-ap = artikli { $art } { $npar ->
        [one] lõike
       *[other] lõigete
    } { $par }
ref-item-app = artikli { $art } lõike { $par } { $npt ->
        [one] punkti
       *[other] punktide
    } { $pt }
ref-item-an = artikli { $art } punkti { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects, in the inessive, standing before
## "viibivate isikute" ("Itaalias viibivate isikute isikuandmed"). $code: ISO code; $name: the
## country's name from CLDR in the nominative, which cannot take the inessive ending safely, so the
## default names the country in parentheses after "selles riigis" (the country of the citation).
country-in = { $code ->
    [IT] Itaalias
    [GR] Kreekas
    [FR] Prantsusmaal
    [NL] Madalmaades
    [AT] Austrias
    [DE] Saksamaal
    [GB] Ühendkuningriigis
   *[other] selles riigis ({ $name })
}

## Letter frame

subject-access = Taotlus tutvuda minu isikuandmetega { $gdpr } { REF(15, case: "gen") } alusel
subject-erasure = Taotlus kustutada minu isikuandmed { $gdpr } { REF(17, case: "gen") } alusel ja vastuväide { $gdpr } { REF(21, par: 1, case: "gen") } alusel
subject-access-erasure = Taotlus tutvuda andmetega { $gdpr } { REF(15, case: "gen") } alusel, piirata töötlemist { $gdpr } { REF(18, case: "gen") } alusel ja seejärel andmed kustutada { $gdpr } { REF(17, case: "gen") } alusel
salutation = Lugupeetud adressaat
closing = Lugupidamisega
# $reference: the sender's own case or reference number.
our-reference = Minu viide: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("1. märts 2026").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = { $count ->
    [one] Lisa:
   *[other] Lisad:
}
enclosure-photo = Minu näo foto, mis on esitatud üksnes minu tuvastamiseks selle taotluse menetlemisel
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Lk { $page }/{ $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Käesolevaga kasutan { $law_full } { REF(15, case: "ela") } tulenevat õigust tutvuda andmetega. Palun kinnitage, kas { $controller } töötleb mind puudutavaid isikuandmeid, ning sellisel juhul võimaldage mul tutvuda nende isikuandmete ja allpool loetletud teabega. Ma ei pea seda taotlust põhjendama.
intro-erasure = Käesolevaga kasutan { $law_full } { REF(17, case: "ela") } tulenevat õigust andmete kustutamisele. Palun kustutage põhjendamatu viivituseta kõik mind puudutavad isikuandmed. Samal ajal esitan { $gdpr } { REF(21, par: 1, case: "gen") } alusel vastuväite mind puudutavate isikuandmete igasuguse töötlemise suhtes.
intro-access-erasure = Käesolevaga kasutan oma õigusi { $law_full } alusel: esmalt õigust tutvuda andmetega ({ $gdpr } { REF(15) }) ja seejärel õigust andmete kustutamisele ({ $gdpr } { REF(17) }). Taotlen kõigepealt andmetega tutvumist, et saada teada, milliseid andmeid te minu kohta säilitate, enne kui need kustutatakse. Esitan { $gdpr } { REF(21, par: 1, case: "gen") } alusel vastuväite mind puudutavate isikuandmete igasuguse töötlemise suhtes ja palun teil kuni andmete kustutamiseni töötlemist piirata ({ $gdpr } { REF(18) }).

## Why the law applies to Clearview
# Country names in the genitive: Itaalia, Kreeka, Prantsusmaa, Austria ja Madalmaade.

# $representative_date: the date of the Dutch decision ("16. mai 2024"), in brackets after "otsuse",
# as the CNIL date in access-scope.
applicability-eu = { $controller } kuulub { $gdpr }-i kohaldamisalasse: äriühing kogub Euroopa Liidus viibivate isikute pilte ja töötleb neid nende isikute käitumise jälgimiseks ({ $gdpr } { REF(3, par: 2, pt: "b") }). Itaalia, Kreeka, Prantsusmaa, Austria ja Madalmaade järelevalveasutused on äriühingu suhtes { $gdpr }-i kohaldanud ja tunnistanud selle tehtava töötlemise õigusvastaseks. Madalmaade järelevalveasutuse otsuse ({ $representative_date }) kohaselt ei olnud äriühing määranud esindajat liidus ({ $gdpr } { REF(27) }). Seetõttu esitan selle taotluse otse teile.
applicability-eea = { $controller } kuulub { $gdpr }-i kohaldamisalasse: äriühing kogub Euroopa Majanduspiirkonnas viibivate isikute pilte ja töötleb neid nende isikute käitumise jälgimiseks ({ $gdpr } { REF(3, par: 2, pt: "b") }). Itaalia, Kreeka, Prantsusmaa, Austria ja Madalmaade järelevalveasutused on äriühingu suhtes { $gdpr }-i kohaldanud ja tunnistanud selle tehtava töötlemise õigusvastaseks. Madalmaade järelevalveasutuse otsuse ({ $representative_date }) kohaselt ei olnud äriühing määranud esindajat liidus ({ $gdpr } { REF(27) }). Seetõttu esitan selle taotluse otse teile.
applicability-uk = { $controller } kuulub { $gdpr }-i kohaldamisalasse. Upper Tribunal otsustas 2025. aastal, et äriühingu tehtav isikuandmete töötlemine on seotud Ühendkuningriigis viibivate isikute käitumise jälgimisega ({ $gdpr } { REF(3, par: 2, pt: "b") }). Esitan selle taotluse otse teile.

## Access (Article 15)
# The access-copy-* items continue „… sealhulgas eelkõige järgmised andmed:“ (nominative).

access-heading = Minu isikuandmetega tutvumine ({ $gdpr } { REF(15) })
access-copy = Palun esitage mulle koopia kõigist mind puudutavatest isikuandmetest, mida te töötlete ({ $gdpr } { REF(15, par: 3) }), sealhulgas eelkõige järgmised andmed:
access-copy-images = iga pilt, millel ma olen või mida te minuga seostate, sellises eraldusvõimes, nagu see teil on;
access-copy-sources = iga pildi puhul selle veebilehe ja pildifaili aadress (URL), kust pilt koguti, lehe pealkiri ning pildi kogumise ja viimase uuendamise kuupäevad;
access-copy-metadata = kõik iga pildi kohta säilitatavad metaandmed, sealhulgas asukohaandmed ja kuupäevad;
access-copy-biometrics = minu näost tuletatud biomeetrilised mallid, vektorid või räsiväärtused ning kõik muud andmed, mida te olete minu kohta tuletanud või järeldanud;
access-copy-searches = kõigi nende otsingute logid, mille tulemustes ma esinesin, koos iga otsingu kuupäevaga;
access-copy-probe = kõigi nende otsingute logid, mille puhul klient laadis teie andmebaasist otsimiseks üles minu näo pildi, koos selle pildi, otsingu kuupäeva ja otsingu teinud kliendiga;
access-copy-recipients = iga sellise kliendi või muu vastuvõtja identiteet, kellele mind puudutavaid tulemusi avalikustati.
# The access-info-* items continue „Palun esitage mulle ka järgmine teave“ (nominative).
access-info = Palun esitage mulle ka järgmine teave ({ $gdpr } { REF(15, par: "1 2") }):
access-info-purposes = iga isikuandmete töötlemise toimingu eesmärgid ({ REF(15, par: 1, pt: "a") }) ning iga eesmärgi puhul õiguslik alus, millele te tuginete ja millest te oleksite pidanud mind igal juhul teavitama ({ REF(14, par: 1, pt: "c") });
access-info-categories = asjaomaste isikuandmete liigid ({ REF(15, par: 1, pt: "b") });
access-info-recipients = vastuvõtjad, kellele isikuandmeid on avalikustatud või avalikustatakse, nimeliselt, eelkõige kolmandates riikides olevad vastuvõtjad või rahvusvahelised organisatsioonid; vastuvõtjate kategooriate nimetamisest ei piisa, kui te suudate vastuvõtjaid tuvastada ({ REF(15, par: 1, pt: "c") }; Euroopa Kohtu 12. jaanuari 2023. aasta otsus kohtuasjas C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = vastuvõtjad, kellele isikuandmeid on avalikustatud või avalikustatakse, nimeliselt, eelkõige kolmandates riikides olevad vastuvõtjad või rahvusvahelised organisatsioonid; vastuvõtjate kategooriate nimetamisest ei piisa, kui te suudate vastuvõtjaid tuvastada ({ REF(15, par: 1, pt: "c") });
access-info-retention = ajavahemik, mille jooksul iga isikuandmete liiki säilitatakse, või kui see ei ole võimalik, sellise ajavahemiku määramise kriteeriumid ({ REF(15, par: 1, pt: "d") });
access-info-rights = teave õiguse kohta taotleda isikuandmete parandamist, kustutamist või töötlemise piiramist ning õiguse kohta esitada vastuväide sellisele töötlemisele ({ REF(15, par: 1, pt: "e") });
access-info-complaint = teave õiguse kohta esitada kaebus järelevalveasutusele ({ REF(15, par: 1, pt: "f") });
access-info-source = kogu olemasolev teave isikuandmete allika kohta: konkreetsed veebisaidid ja veebilehed, mitte ainult allikate kategooriad ({ REF(15, par: 1, pt: "g") });
access-info-automated = teave automatiseeritud otsuste, sealhulgas profiilianalüüsi tegemise kohta ning sisuline teave kasutatava loogika ja selle kohta, millised on sellise töötlemise tähtsus ja prognoositavad tagajärjed minu jaoks ({ REF(15, par: 1, pt: "h") });
access-info-transfers = kui isikuandmeid edastatakse kolmandale riigile või rahvusvahelisele organisatsioonile, edastamisega seoses { $gdpr } { REF(46, case: "gen") } kohaselt kehtestatud asjakohased kaitsemeetmed ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision and its date, in parentheses because the date arrives in
# the nominative („17. oktoober 2022“).
access-scope = See taotlus hõlmab kõiki mind puudutavaid isikuandmeid kõigis teie süsteemides, sealhulgas pseudonüümitud andmeid ning andmeid, mida te olete tuletanud või järeldanud. See ei piirdu viimase kaheteistkümne kuuga ega teatava arvu taotlustega aastas ega sõltu sellest, kas ma seda kordan: Prantsusmaa järelevalveasutus (CNIL) tunnistas äriühingu { $controller } kehtestatud sellised piirangud õigusvastaseks oma otsuses { $reference } ({ $date }).
access-role = Palun märkige iga töötlemistoimingu kohta ka, kas te teete seda vastutava töötlejana või kliendi nimel tegutseva volitatud töötlejana, ning viimasel juhul, kelle nimel ({ $gdpr } { REF(4, num: 7) } ja { REF(4, num: 8) }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out ("UK GDPR artikli 15 lõige 1A").
access-search-uk = Mul on õigus saada isikuandmeid ja teavet, mida te saate esitada mõistliku ja proportsionaalse otsingu põhjal ({ $gdpr } artikli 15 lõige 1A). Teie andmebaas on loodud näo järgi otsimiseks: otsing selles minu näo järgi ning nende otsingute logides, mille tulemustes ma esinesin või mille puhul laaditi üles minu nägu, on mõistlik ja proportsionaalne olenemata nende mahust.
access-format = Palun esitage koopia tasuta ({ $gdpr } { REF(12, par: 5) } ja { REF(15, par: 3) }), selges ja lihtsas keeles ({ $gdpr } { REF(12, par: 1) }) ning, kui vastate elektrooniliselt, üldkasutatavate elektrooniliste vahendite kaudu ({ $gdpr } { REF(15, par: 3) }).

## Erasure (Article 17)
# The erasure-scope-* items continue „Kustutada tuleb:“ (nominative).

erasure-heading = Minu isikuandmete kustutamine ({ $gdpr } { REF(17) })
erasure-after-access = Kui olete esitanud koopia ja eespool nõutud teabe, palun kustutage põhjendamatu viivituseta kõik mind puudutavad isikuandmed ({ $gdpr } { REF(17, par: 1) }).
erasure-scope = Kustutada tuleb:
erasure-scope-images = iga minu pilt ja selle iga koopia;
erasure-scope-biometrics = minu näost tuletatud biomeetrilised mallid, vektorid ja räsiväärtused;
erasure-scope-metadata = nende piltidega seotud metaandmed ja lähteaadressid (URL-id);
erasure-scope-searches = mind puudutavad otsingutulemused, otsingulogid ja seosed;
erasure-scope-backups = kõik koopiad varukoopiates, arhiivides ja teie volitatud töötlejate süsteemides.
erasure-grounds = Kustutamiseks on järgmised alused:
erasure-ground-unlawful = { $gdpr } { REF(17, par: 1, pt: "d") }: isikuandmeid on töödeldud ebaseaduslikult. Teil puudub { $gdpr } { REF(6, par: 1, case: "gen") } kohane õiguslik alus. Biomeetrilised andmed ({ $gdpr } { REF(4, num: 14) }), mida töödeldakse füüsilise isiku kordumatuks tuvastamiseks, kuuluvad isikuandmete eriliikide hulka, mille töötlemise { $gdpr } { REF(9, par: 1) } keelab. Ükski { REF(9, par: 2, case: "gen") } erand ei kohaldu: ma ei ole andnud selgesõnalist nõusolekut oma biomeetriliste andmete töötlemiseks teie andmebaasis ({ REF(9, par: 2, pt: "a") }) ega ole internetist leitavaid pilte biomeetrilise töötlemise jaoks ilmselgelt avalikustanud ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("lisa 1").
erasure-ground-unlawful-uk = { $gdpr } { REF(17, par: 1, pt: "d") }: isikuandmeid on töödeldud ebaseaduslikult. Teil puudub { $gdpr } { REF(6, par: 1, case: "gen") } kohane õiguslik alus. Biomeetrilised andmed ({ $gdpr } { REF(4, num: 14) }), mida töödeldakse füüsilise isiku kordumatuks tuvastamiseks, kuuluvad isikuandmete eriliikide hulka, mille töötlemise { $gdpr } { REF(9, par: 1) } keelab. Ükski { $gdpr } { REF(9, par: 2, case: "gen") } erand, koostoimes Data Protection Act 2018 (Ühendkuningriigi 2018. aasta andmekaitseseadus) lisaga 1, ei kohaldu: ma ei ole andnud selgesõnalist nõusolekut oma biomeetriliste andmete töötlemiseks teie andmebaasis ({ REF(9, par: 2, pt: "a") }) ega ole internetist leitavaid pilte biomeetrilise töötlemise jaoks ilmselgelt avalikustanud ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { $gdpr } { REF(17, par: 1, pt: "c") }: esitan { $gdpr } { REF(21, par: 1, case: "gen") } alusel vastuväite töötlemise suhtes, lähtudes oma konkreetsest olukorrast: minu nägu on püsiv identifitseerimistunnus, mida ma ei saa muuta, ja selle olemasolu teie andmebaasis võimaldab igal teie kliendil mind tuvastada mis tahes foto põhjal, olenemata sellest, kus ja millal see on tehtud.
# The person's own words (--objection-grounds), in Estonian quotation marks.
erasure-ground-objection-own = Oma sõnadega: „{ $grounds }“
# Article 21(1), Estonian text: "välja arvatud juhul, kui vastutav töötleja tõendab, et töödeldakse mõjuval
# õiguspärasel põhjusel, mis kaalub üles andmesubjekti huvid, õigused ja vabadused".
erasure-ground-objection-burden = Seetõttu peate töötlemise lõpetama, välja arvatud juhul, kui tõendate, et töötlete andmeid mõjuval õiguspärasel põhjusel, mis kaalub üles minu huvid, õigused ja vabadused, või õigusnõuete koostamise, esitamise või kaitsmise eesmärgil ({ $gdpr } { REF(21, par: 1) }). Kuivõrd te tuginete { $gdpr } { REF(6, par: 1, pt: "e f", conj: "or", case: "all-or") }, ei ole sellist põhjust: teie äriline huvi müüa minu näo põhjal tehtavaid otsinguid ei ole selline põhjus.
erasure-ground-consent = { $gdpr } { REF(17, par: 1, pt: "b") }: kuivõrd te tuginete nõusolekule, võtan selle tagasi.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; its name arrives in its own language, so it stands in parentheses after
# „järelevalveasutus“ and needs no case ending. $in_country: „Itaalias“ (country-in).
erasure-ground-legal-obligation = { $gdpr } { REF(17, par: 1, pt: "e") }, lisaks eespool nimetatud alustele: järelevalveasutus ({ $authority }) on teinud teile ettekirjutuse kustutada { $in_country } viibivate isikute isikuandmed. Seetõttu on kustutamine minu hinnangul vajalik ka teile kohalduva juriidilise kohustuse täitmiseks.
erasure-exceptions = Ükski { $gdpr } { REF(17, par: 3, case: "gen") } erand ei kohaldu: töötlemine ei ole vajalik sõna- ja teabevabaduse õiguse kasutamiseks, juriidilise kohustuse täitmiseks, avalikes huvides oleva ülesande täitmiseks ega vastutava töötleja avaliku võimu teostamiseks, rahvatervise valdkonnas avaliku huviga seotud põhjustel, avalikes huvides arhiveerimise eesmärgil, teadus- või ajaloouuringute eesmärgil ega statistilisel eesmärgil ega ka õigusnõuete koostamiseks, esitamiseks või kaitsmiseks. Kui te tuginete mõnele erandile, teatage mulle, millisele ja miks ({ $gdpr } { REF(12, par: 4) }).
erasure-restriction = Piirake kuni kustutamiseni minu isikuandmete töötlemist ({ $gdpr } { REF(18, par: 1, pt: "d") }, kuni kontrollite minu vastuväidet): eelkõige lõpetage viivitamata minu kuvamine otsingutulemustes.
erasure-recipients = Teatage kustutamisest igale vastuvõtjale, kellele minu isikuandmeid on avalikustatud, sealhulgas igale kliendile, kes sai minu pilte otsingutulemustes ({ $gdpr } { REF(19) }), ja teavitage mind nendest vastuvõtjatest. Kui olete minu isikuandmed avalikustanud, võtke tarvitusele mõistlikud abinõud, et teavitada neid andmeid töötlevaid vastutavaid töötlejaid sellest, et olen taotlenud nendele andmetele osutavate linkide või nende andmete koopiate kustutamist ({ $gdpr } { REF(17, par: 2) }).
erasure-no-recollection = Teatage mulle, mida te teete tagamaks, et minu isikuandmeid uuesti ei koguta. Kui säilitate mingeid andmeid, et vältida nende tulevast kogumist, teatage mulle täpselt, mida need sisaldavad ja millisel õiguslikul alusel te neid säilitate.
erasure-confirmation = Palun kinnitage mulle kustutamist kirjalikult ja märkige, mida te kustutasite, sealhulgas varukoopiates olevad koopiad ja tuletatud mallid.
erasure-free = Minu kustutamistaotluse alusel meetmete võtmine, sealhulgas teavitamine ja kinnitus, on tasuta ({ $gdpr } { REF(12, par: 5) }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Töötlemise piiramine kuni kustutamiseni ({ $gdpr } { REF(18) })
restriction-body = Piirake minu isikuandmete töötlemist alates selle kirja kättesaamisest kuni kustutamiseni ({ $gdpr } { REF(18, par: 1, pt: "d") }, kuni kontrollite minu { $gdpr } { REF(21, par: 1, case: "gen") } kohast vastuväidet): säilitage andmeid, kuid ärge kasutage neid muul eesmärgil kui sellele taotlusele vastamiseks. Eelkõige lõpetage viivitamata minu kuvamine otsingutulemustes.

## Identification (Articles 11(2) and 12(6))

identification-heading = Isiku tuvastamine
identification-no-photo = Selles kirjas esitatud teave on sellele vastamiseks piisav. Kui teil on põhjendatud kahtlusi minu isikusamasuses, teatage mulle, milline lisateave on rangelt vajalik ({ $gdpr } { REF(12, par: 6) }). Kui teie süsteemis saab otsida ainult minu näo foto abil, teatage mulle sellest; sel juhul esitan foto üksnes selle taotluse jaoks.
identification-photo = Lisan foto oma näost üksnes selleks, et te saaksite leida mind puudutavad isikuandmed ({ $gdpr } { REF(11, par: 2) } ja { REF(12, par: 6) }). Annan selgesõnalise nõusoleku ({ $gdpr } { REF(9, par: 2, pt: "a") }) üheks otsinguks teie andmebaasis selle foto põhjal loodud biomeetrilise malli abil, üksnes selle taotluse jaoks. Muuks kasutamiseks ma nõusolekut ei anna: ärge lisage fotot ega malli oma andmebaasi ning ärge avalikustage neid. Võtan nõusoleku tagasi niipea, kui olete sellele taotlusele vastanud ({ $gdpr } { REF(7, par: 3) }): seejärel kustutage foto, mall ja nende abil tehtud otsingu tulemused ning kinnitage mulle kustutamist ({ $gdpr } { REF(5, par: 1, pt: "b c e") }).
identification-id-document = Ma ei saada isikut tõendava dokumendi koopiat, välja arvatud juhul, kui te näitate, et see on rangelt vajalik. Iga selline koopia tuleb kohe pärast kontrollimist kustutada (Euroopa Andmekaitsenõukogu, suunised 01/2022 andmesubjekti õiguste kohta – õigus tutvuda andmetega, punktid 74, 76 ja 79).
# United Kingdom letters: the UK regulator's guidance, its title in English in Estonian quotation marks.
identification-id-document-uk = Ma ei saada isikut tõendava dokumendi koopiat, välja arvatud juhul, kui te näitate, et see on vajalik: te võite küsida ainult sellist teavet, mis on minu isikusamasuse kinnitamiseks mõistlik ja proportsionaalne (Information Commissioner's Office, juhend „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Teie vastuse tähtaeg ja vorm
deadline-access = Palun vastake põhjendamatu viivituseta, kuid mitte hiljem kui ühe kuu jooksul pärast selle taotluse kättesaamist ({ $gdpr } { REF(12, par: 3) }). Vajaduse korral võite seda tähtaega pikendada kõige rohkem kahe kuu võrra, võttes arvesse taotluste keerukust ja arvu; sel juhul peate mind pikendamisest teavitama ühe kuu jooksul alates taotluse saamisest, esitades ka viivituse põhjused. Kui te minu taotluse põhjal meetmeid ei võta, peate mind ühe kuu jooksul teavitama meetmete võtmata jätmise põhjustest ning minu õigusest esitada kaebus järelevalveasutusele ja kasutada kohtulikku õiguskaitsevahendit ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure = Palun võtke minu taotluse põhjal meetmeid põhjendamatu viivituseta, kuid mitte hiljem kui ühe kuu jooksul pärast selle kättesaamist ({ $gdpr } { REF(12, par: 3) }). Vajaduse korral võite seda tähtaega pikendada kõige rohkem kahe kuu võrra, võttes arvesse taotluste keerukust ja arvu; sel juhul peate mind pikendamisest teavitama ühe kuu jooksul alates taotluse saamisest, esitades ka viivituse põhjused. Kui te minu taotluse põhjal meetmeid ei võta, peate mind ühe kuu jooksul teavitama meetmete võtmata jätmise põhjustest ning minu õigusest esitada kaebus järelevalveasutusele ja kasutada kohtulikku õiguskaitsevahendit ({ $gdpr } { REF(12, par: 4) }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written out
# ("UK GDPR artikkel 12A"); the English term follows in brackets.
deadline-access-uk = Palun vastake põhjendamatu viivituseta, kuid hiljemalt kohaldatava tähtaja (applicable time period) lõpuks, see tähendab ühe kuu jooksul pärast selle taotluse kättesaamist ({ $gdpr } artikkel 12A). Võite seda tähtaega pikendada kõige rohkem kahe kuu võrra ja ainult juhul, kui see on vajalik taotluste keerukuse või arvu tõttu; sel juhul peate mulle sellest sama kuu jooksul teatama ja esitama põhjused. Kui vajate minult põhjendatult lisateavet, et teha kindlaks teave või töötlemine, mida minu taotlus puudutab, küsige seda viivitamata: tähtaja kulg peatub ainult kuni minu vastuseni. Kui te minu taotluse põhjal meetmeid ei võta, peate mind selle tähtaja jooksul teavitama põhjustest ning minu õigusest esitada kaebus Information Commissionerile ja kasutada kohtulikku õiguskaitsevahendit ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure-uk = Palun võtke minu taotluse põhjal meetmeid põhjendamatu viivituseta, kuid hiljemalt kohaldatava tähtaja (applicable time period) lõpuks, see tähendab ühe kuu jooksul pärast selle taotluse kättesaamist ({ $gdpr } artikkel 12A). Võite seda tähtaega pikendada kõige rohkem kahe kuu võrra ja ainult juhul, kui see on vajalik taotluste keerukuse või arvu tõttu; sel juhul peate mulle sellest sama kuu jooksul teatama ja esitama põhjused. Kui te minu taotluse põhjal meetmeid ei võta, peate mind selle tähtaja jooksul teavitama põhjustest ning minu õigusest esitada kaebus Information Commissionerile ja kasutada kohtulikku õiguskaitsevahendit ({ $gdpr } { REF(12, par: 4) }).
no-formalities = Te ei tohi seada oma vastuse andmist sõltuvusse konkreetse vormi, veebiportaali või edastusviisi kasutamisest (Euroopa Andmekaitsenõukogu, suunised 01/2022 andmesubjekti õiguste kohta – õigus tutvuda andmetega, punktid 50–53).
# United Kingdom letters: the UK regulator's guidance, its title in English in quotation marks.
no-formalities-uk = Te ei tohi seada oma vastuse andmist sõltuvusse konkreetse vormi, veebiportaali või edastusviisi kasutamisest: taotluse võib esitada mis tahes vormis, suuliselt või kirjalikult (Information Commissioner's Office, juhend „Right of access“).
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
# The Italian Garante's "ordinanza ingiunzione" (an order imposing a fine together with corrective
# measures): a decision imposing a fine, with the Italian term in parentheses.
decision-kind-injunction-order = trahvi määramise otsus (ordinanza ingiunzione) nr { $reference }
decision-kind-decision = otsus { $reference }
decision-kind-formal-notice = ametlik hoiatus { $reference }
# The CNIL's act: a "délibération" of its restricted committee (formation restreinte).
decision-kind-sanction = piiratud koosseisuga komitee otsus (délibération) { $reference }
decision-kind-penalty-liquidation = otsus { $reference } (sunniraha sissenõudmine)
decision-kind-fines-and-penalty-orders = otsus (trahvid ja sunniraha hoiatusega ettekirjutused)
# The Austrian DSB's "Bescheid": an administrative decision.
decision-kind-bescheid = otsus (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the DSB's decision aside and remitting
# the case (§ 28(3) VwGVG): a procedural "määrus", not a judgment („kohtuotsus“).
decision-kind-remittal-order = määrus (Beschluss) { $reference }
# A UK tribunal's decision (First-tier Tribunal, Upper Tribunal).
decision-kind-tribunal-decision = otsus { $reference }
decision-kind-letter = kiri
decision-kind-enforcement-and-penalty-notices = täitmisettekirjutus (enforcement notice) ja rahatrahvi määramise teade (monetary penalty notice)
# The following sentences are impersonal („määrati“, „tuvastati“), because the deciding body may
# be an authority, a commissioner or a court.
# $articles: the provisions found infringed, in the genitive (ref-item-*, joined with "ja"):
# "artikli 5 lõike 1 punkti a, artikli 6 ja artikli 9".
decision-articles = Otsuses tuvastati { $gdpr } { $articles } rikkumine.
# $amount: an amount with its currency, already formatted ("20 000 000 €"), after „summas“.
decision-fine = Määrati trahv summas { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018): "rahatrahv", as in
# decision-kind-enforcement-and-penalty-notices, with the English term in brackets.
decision-monetary-penalty = Määrati rahatrahv (monetary penalty) summas { $amount }.
decision-fines-total = Määrati trahvid kogusummas { $amount }.
decision-penalty-per-day = Lisaks määrati sunniraha summas { $amount } iga viivituspäeva eest.
decision-penalty-max = Lisaks tehti ettekirjutused sunniraha hoiatusega kogusummas kuni { $amount }.
decision-penalty-liquidated = Äriühingut { $controller } kohustati maksma { $amount }, sest äriühing ei olnud ettekirjutust tähtaegselt täitnud.
decision-orders = Äriühingut { $controller } kohustati:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items.
decision-requests = Äriühingut { $controller } kutsuti üles:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Need teated ei ole lõplikud: Upper Tribunal saatis äriühingu { $controller } kaebuse nende peale uueks läbivaatamiseks First-tier Tribunalile.
# Orders are list items continuing „Äriühingut { $controller } kohustati:“ (decision-orders) or
# „Äriühingut { $controller } kutsuti üles:“ (decision-requests): each starts with a verb in the
# ma-infinitive. End each with ";" — facerights replaces the separator of the last item with a full
# stop. $in_country: the inessive of country-in („Itaalias“), before „viibivate isikute“.
order-ban-collection-territory = lõpetama { $in_country } viibivate isikute piltide ja muude isikuandmete kogumise ning nende biomeetriliste andmete töötlemise;
order-ban-collection-processing-territory = lõpetama { $in_country } viibivate isikute piltide ja metaandmete kogumise veebikraapimise (web scraping) teel ning nende isikuandmete, nii tavaliste kui ka biomeetriliste, igasuguse edasise töötlemise;
order-erase-territory = kustutama { $in_country } viibivate isikute isikuandmed;
order-erase-territory-after-access = kustutama { $in_country } viibivate isikute isikuandmed pärast juba saadud andmetega tutvumise taotlustele vastamist;
order-stop-processing-territory = lõpetama { $in_country } viibivate isikute isikuandmete õigusliku aluseta kogumise ja töötlemise;
order-facilitate-rights = hõlbustama andmesubjektide õiguste kasutamist ja vastama kaebuse esitaja andmetega tutvumise taotlusele;
order-answer-complainant-access = vastama kaebuse esitaja andmetega tutvumise taotlusele;
order-grant-complainant-erasure = rahuldama kaebuse esitaja kustutamistaotluse;
order-appoint-representative = määrama esindaja liidus ({ $gdpr } { REF(27) });
order-stop-processing-erase-territory = lõpetama { $in_country } viibivate isikute isikuandmete töötlemise ja eemaldama ebaseaduslikult saadud andmed;
order-give-art14-information = teavitama andmesubjekte { $gdpr } { REF(14, case: "gen") } kohaselt;
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
summary-monetary-penalty = rahatrahv (monetary penalty) summas { $amount }, mis ei ole lõplik
summary-erasure = ettekirjutus kustutada { $in_country } viibivate isikute isikuandmed
summary-ban = edasise kogumise keeld
summary-access = ettekirjutus lõpetada andmetega tutvumise taotlustele vastamisest keeldumine
summary-complainant-access = ettekirjutus vastata kaebuse esitaja andmetega tutvumise taotlusele
summary-erase-complainant = ettekirjutus kustutada kaebuse esitaja isikuandmed
summary-representative = ettekirjutus määrata esindaja liidus
summary-no-fine = trahvi määramata jätmine
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

remedies = Kui te ei vasta tähtaegselt ja täielikult, esitan kaebuse pädevale järelevalveasutusele ({ $gdpr } { REF(77) }): { $authority }, { $address }. Jätan endale õiguse algatada teie vastu menetlus selle liikmesriigi kohtus, kus on minu alaline elukoht ({ $gdpr } { REF(79, par: 2) }), ja nõuda hüvitist ({ $gdpr } { REF(82) }).
# EEA letters: Article 79(2) for the EEA-EFTA states ("selle riigi", the EEA State).
remedies-eea = Kui te ei vasta tähtaegselt ja täielikult, esitan kaebuse pädevale järelevalveasutusele ({ $gdpr } { REF(77) }): { $authority }, { $address }. Jätan endale õiguse algatada teie vastu menetlus selle riigi kohtus, kus on minu alaline elukoht ({ $gdpr } { REF(79, par: 2) }), ja nõuda hüvitist ({ $gdpr } { REF(82) }).
# A German sender who did not name the Land: § 19(2) BDSG, cited as Estonian cites a statute
# ("Saksamaa föderaalse andmekaitseseaduse (BDSG) § 19 lõige 2").
remedies-land-of-residence = Kui te ei vasta tähtaegselt ja täielikult, esitan kaebuse oma elukohajärgse Saksamaa liidumaa andmekaitse järelevalveasutusele ({ $gdpr } { REF(77) }; Saksamaa föderaalse andmekaitseseaduse (BDSG) § 19 lõige 2). Jätan endale õiguse algatada teie vastu menetlus selle liikmesriigi kohtus, kus on minu alaline elukoht ({ $gdpr } { REF(79, par: 2) }), ja nõuda hüvitist ({ $gdpr } { REF(82) }).
# United Kingdom letters: sections of the Data Protection Act 2018 ("jagu 164A"), the Act's name in
# English as in law-full-uk.
remedies-uk = Te peate hõlbustama teile kaebuste esitamist minu isikuandmete töötlemise kohta (Data Protection Act 2018 jagu 164A). Kui te ei vasta kohaldatava tähtaja jooksul täielikult, esitan teile selle jao alusel kaebuse ja, kui see küsimust ei lahenda, esitan kaebuse järelevalveasutusele ({ $gdpr } { REF(77) }): { $authority } (või selle õigusjärglane Information Commission), { $address }. Jätan endale õiguse taotleda kohtult nõuete täitmise kohustamise korraldust (compliance order, Data Protection Act 2018 jagu 167) ja nõuda hüvitist ({ $gdpr } { REF(82) }).

## Dates. Optional: how this language writes a date where CLDR is wrong for letters. Variables:
## $full (CLDR's form), $day, $month (as CLDR writes it in a date), $year.
# CLDR writes "2 märts 2026"; Estonian writes the day as an ordinal: "2. märts 2026".
date-pattern = { $day }. { $month } { $year }

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted, in the nominative ("1. oktoober 2026"): they therefore stand as a predicate
## ("… viimane päev oli { $ends }") or after "kuupäev", never as an adverbial of time.

# What the first request asked for: the infinitive phrase that complements "taotlus" ("taotlus
# tutvuda …"), so that "taotlus" carries the case of each sentence: "Saite kätte minu taotluse
# { $request }", "Koopia minu taotlusest { $request }", "Kaebus puudutab minu taotlust { $request }".
request-name-access = tutvuda minu isikuandmetega { $gdpr } { REF(15, case: "gen") } alusel
request-name-erasure = kustutada minu isikuandmed { $gdpr } { REF(17, case: "gen") } alusel ja lõpetada nende töötlemine minu { $gdpr } { REF(21, par: 1, case: "gen") } alusel esitatud vastuväite tõttu
request-name-access-erasure = tutvuda andmetega { $gdpr } { REF(15, case: "gen") } alusel, piirata töötlemist { $gdpr } { REF(18, case: "gen") } alusel ja seejärel andmed kustutada { $gdpr } { REF(17, case: "gen") } alusel

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Meeldetuletus: taotlus { $request } (kättesaamise kuupäev { $received })
# $ends: the last day of the reply period.
reminder-facts = Saite kätte minu taotluse { $request }; selle koopia on lisatud. Kättesaamise kuupäev oli { $received } ja teie vastamise tähtaja viimane päev oli { $ends } või, kui see päev oli riigipüha, sellele järgnev tööpäev ({ $gdpr } { REF(12, par: 3) }).
reminder-facts-uk = Saite kätte minu taotluse { $request }; selle koopia on lisatud. Kättesaamise kuupäev oli { $received } ja teie vastamiseks kohaldatava tähtaja (applicable time period) viimane päev oli { $ends } või, kui see päev oli pangapüha (bank holiday), sellele järgnev tööpäev ({ $gdpr } artikkel 12A).
reminder-no-reply = Ma ei ole teilt saanud vastust ega teavet tähtaja pikendamise või minu taotluse alusel meetmete võtmata jätmise põhjuste kohta ({ $gdpr } { REF(12, par: "3 4") }).
reminder-incomplete = Teie vastus on puudulik: see ei sisalda kõike, mida ma küsisin, ja te ei ole põhjendanud, miks jätsite midagi välja ({ $gdpr } { REF(12, par: 4) }).
# $grace: a date fourteen days after this letter.
reminder-demand = Seega rikute { $gdpr }-i. Palun täitke minu taotlus täielikult edasise viivituseta; viimane tähtpäev on { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Kui te seda ei tee, esitan ilma täiendava etteteatamiseta kaebuse järelevalveasutusele ({ $gdpr } { REF(77) }): { $authority }, { $address }. Jätan endale õiguse algatada teie vastu menetlus selle liikmesriigi kohtus, kus on minu alaline elukoht ({ $gdpr } { REF(79, par: 2) }), ja nõuda mulle tekitatud mis tahes kahju hüvitamist ({ $gdpr } { REF(82) }).
reminder-remedies-eea = Kui te seda ei tee, esitan ilma täiendava etteteatamiseta kaebuse järelevalveasutusele ({ $gdpr } { REF(77) }): { $authority }, { $address }. Jätan endale õiguse algatada teie vastu menetlus selle riigi kohtus, kus on minu alaline elukoht ({ $gdpr } { REF(79, par: 2) }), ja nõuda mulle tekitatud mis tahes kahju hüvitamist ({ $gdpr } { REF(82) }).
reminder-remedies-land-of-residence = Kui te seda ei tee, esitan ilma täiendava etteteatamiseta kaebuse oma elukohajärgse Saksamaa liidumaa andmekaitse järelevalveasutusele ({ $gdpr } { REF(77) }; Saksamaa föderaalse andmekaitseseaduse (BDSG) § 19 lõige 2). Jätan endale õiguse algatada teie vastu menetlus selle liikmesriigi kohtus, kus on minu alaline elukoht ({ $gdpr } { REF(79, par: 2) }), ja nõuda mulle tekitatud mis tahes kahju hüvitamist ({ $gdpr } { REF(82) }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018,
# which the controller must acknowledge within 30 days.
reminder-remedies-uk = See kiri on ühtlasi minu kaebus teile Data Protection Act 2018 jao 164A alusel: palun kinnitage selle kättesaamist 30 päeva jooksul ja teatage mulle põhjendamatu viivituseta kaebuse menetlemise tulemusest. Kui te minu taotlust ei täida, esitan kaebuse järelevalveasutusele ({ $gdpr } { REF(77) }): { $authority } (või selle õigusjärglane Information Commission), { $address }. Jätan endale õiguse taotleda kohtult nõuete täitmise kohustamise korraldust (compliance order, Data Protection Act 2018 jagu 167) ja nõuda hüvitist ({ $gdpr } { REF(82) }).
# Enclosure lines.
enclosure-request-copy = Koopia minu taotlusest { $request } (kättesaamise kuupäev { $received })
enclosure-proof = Saatmist ja võimaluse korral kättetoimetamist tõendav dokument
enclosure-reply = Äriühingu { $controller } vastuse koopia
enclosure-reminder = Minu meeldetuletuse koopia (kuupäev { $reminded })

## Complaint to the supervisory authority (in the authority's language by default). The authority is
## addressed in the plural, in lower case, as in the letters ("palun teil").

subject-complaint = Kaebus äriühingu { $controller } tegevuse peale { $gdpr } { REF(77, case: "gen") } alusel
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Lugupeetud adressaat
# $controller_address: Clearview's postal address on one line.
complaint-intro = Esitan { $gdpr } { REF(77, case: "gen") } alusel kaebuse äriühingu { $controller } ({ $controller_address }) tegevuse peale. Kaebus puudutab minu taotlust { $request }. Äriühing sai taotluse kätte, kättesaamise kuupäev oli { $received }; taotluse koopia on lisatud.
# What happened ($outcome): one of these.
complaint-no-reply = { $controller } ei ole minu taotlusele vastanud ning vastamise tähtaja viimane päev oli { $ends } või, kui see päev oli riigipüha, sellele järgnev tööpäev ({ $gdpr } { REF(12, par: 3) }). Äriühing ei ole mind teavitanud tähtaja pikendamisest ega meetmete võtmata jätmise põhjustest ({ $gdpr } { REF(12, par: 4) }).
complaint-no-reply-uk = { $controller } ei ole minu taotlusele vastanud ning vastamiseks kohaldatava tähtaja (applicable time period) viimane päev oli { $ends } või, kui see päev oli pangapüha (bank holiday), sellele järgnev tööpäev ({ $gdpr } artikkel 12A). Äriühing ei ole mind teavitanud tähtaja pikendamisest ega meetmete võtmata jätmise põhjustest ({ $gdpr } { REF(12, par: 4) }).
complaint-incomplete = { $controller } on vastanud, kuid vastus on puudulik: see ei sisalda kõike, mida ma küsisin, ega põhjenda, miks midagi välja jäeti. Täieliku vastuse andmise tähtaja viimane päev oli { $ends } või, kui see päev oli riigipüha, sellele järgnev tööpäev ({ $gdpr } { REF(12, par: 3) }). Vastuse koopia on lisatud.
complaint-incomplete-uk = { $controller } on vastanud, kuid vastus on puudulik: see ei sisalda kõike, mida ma küsisin, ega põhjenda, miks midagi välja jäeti. Täieliku vastuse andmiseks kohaldatava tähtaja (applicable time period) viimane päev oli { $ends } või, kui see päev oli pangapüha (bank holiday), sellele järgnev tööpäev ({ $gdpr } artikkel 12A). Vastuse koopia on lisatud.
complaint-refused = { $controller } on keeldunud minu taotluse alusel meetmeid võtmast. Äriühingu vastuse koopia on lisatud.
complaint-identity-demanded = { $controller } on seadnud oma vastuse sõltuvusse tuvastamisest, mida minu taotluse puhul vaja ei olnud, näiteks isikut tõendava dokumendi koopia esitamisest. Äriühingu vastuse koopia on lisatud.
# $reminded: the date of the reminder the person sent.
complaint-reminded = Saatsin äriühingule { $controller } oma taotluse kohta meeldetuletuse (kuupäev { $reminded }); äriühing ei ole taotlust ikkagi täitnud. Meeldetuletuse koopia on lisatud.
complaint-reminded-uk = Esitasin äriühingule { $controller } kaebuse Data Protection Act 2018 jao 164A alusel (kuupäev { $reminded }); küsimus ei ole lahenenud. Selle kaebuse koopia on lisatud.
complaint-infringements = Minu hinnangul on { $controller } sellega rikkunud eelkõige järgmisi sätteid:
# Infringements, as list items in the nominative, ending with ";" like the orders.
infringement-time-limit = { $gdpr } { REF(12, par: 3) }, sest äriühing ei võtnud minu taotluse alusel meetmeid tähtaja jooksul;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { $gdpr } { REF(12, par: "3 4") }, sest äriühing ei täitnud minu taotlust tähtaja jooksul täielikult ega põhjendanud, miks ta midagi välja jättis;
infringement-incomplete-uk = { $gdpr } { REF(12, par: "3 4") } koostoimes { $gdpr } artikliga 12A, sest äriühing ei täitnud minu taotlust kohaldatava tähtaja jooksul täielikult ega põhjendanud, miks ta midagi välja jättis;
infringement-time-limit-uk = { $gdpr } { REF(12, par: 3) } koostoimes { $gdpr } artikliga 12A, sest äriühing ei võtnud minu taotluse alusel meetmeid kohaldatava tähtaja jooksul;
infringement-no-reasons = { $gdpr } { REF(12, par: 4) }, sest äriühing ei teavitanud mind meetmete võtmata jätmise põhjustest ega minu õigusest esitada kaebus;
infringement-access = { $gdpr } { REF(15) }, sest äriühing ei ole võimaldanud mul tutvuda oma isikuandmetega ega nende töötlemist käsitleva teabega;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { $gdpr } { REF(18, par: 1, pt: "d") } ja { REF(21, par: 1) }, sest äriühing ei ole minu isikuandmete töötlemist piiranud ega seda pärast minu vastuväidet lõpetanud;
infringement-erasure = { $gdpr } { REF(17, par: 1) } ja { REF(21, par: 1) }, sest äriühing ei ole minu isikuandmeid kustutanud ega nende töötlemist lõpetanud, kuigi kustutamise alused on olemas ja ma esitasin vastuväite;
infringement-identification = { $gdpr } { REF(12, par: 2) } ja { REF(12, par: 6) }, sest äriühing seadis minu õiguste kasutamise sõltuvusse tuvastamisest, mis ei ole vajalik, ning { $gdpr } { REF(5, par: 1, pt: "c") }, sest äriühing nõuab rohkem isikuandmeid, kui tal on vaja;
infringement-refusal = { $gdpr } { REF(12, par: 4) }, sest äriühing keeldus minu taotluse alusel meetmeid võtmast ilma aluseta, mida { $gdpr } ette näeb, ning { $gdpr } { REF(12, par: 2) }, kuivõrd äriühing tugineb sellele, et ta ei suuda mind tuvastada;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Järelevalveasutused on äriühingu { $controller } suhtes juba teinud järgmised otsused:
complaint-requests = Seetõttu palun teil:
complaint-ask-handle = menetleda minu kaebust ja uurida kaebuse eset ({ $gdpr } { REF(57, par: 1, pt: "f") });
complaint-ask-order = kohustada äriühingut { $controller } minu taotlust täitma ({ $gdpr } { REF(58, par: 2, pt: "c") }) ning kasutada oma muid parandusvolitusi ({ $gdpr } { REF(58, par: 2) } ja { REF(83) });
complaint-ask-inform = teavitada mind kaebuse menetlemise käigust ja tulemusest ({ $gdpr } { REF(77, par: 2) }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = teavitada mind kaebuse menetlemise käigust ja tulemusest (Data Protection Act 2018 jagu 165).
complaint-consent-share = Olen nõus, et edastate selle kaebuse koos minu nimega selle menetlemiseks äriühingule { $controller }.
