### facerights — letter text, Finnish (fi).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Finnish language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): ”rekisteröity”, ”rekisterinpitäjä”,
### ”vastaanottaja”, ”valvontaviranomainen”, ”erityiset henkilötietoryhmät”, ”ilman aiheetonta
### viivytystä”, ”käsittelyn rajoittaminen”, ”huomattavan tärkeä ja perusteltu syy” (21 artiklan
### 1 kohta), ”nimenomaisesti saattanut julkisiksi” (9 artiklan 2 kohdan e alakohta), ”asianmukaiset suojatoimet”…
### Provisions are cited the Finnish way: ”GDPR:n 15 artiklan 3 kohta” (see "Citations").
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters).
###                Both end in R, so both take the same case endings: { $gdpr }:n, { $gdpr }:ää.
###   $controller  "Clearview AI, Inc." — only used uninflected: as a subject in the nominative
###                or before "-yhtiö" (”Clearview AI, Inc. -yhtiön”), never with a case ending.
###
### Register: formal letter from a private person (first person singular), addressing the company
### in the second person plural (te, teidän; imperatives in -kaa/-kää).

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = GDPR
law-short-uk = UK GDPR
# law-full-* are used only as $law_full in intro-*, always in the genitive before
# "15 artiklan …" or "… mukaisia", so they are written in the genitive.
law-full-eu = asetuksen (EU) 2016/679 (yleinen tietosuoja-asetus, ”GDPR”)
law-full-eea = Euroopan talousalueesta tehtyyn sopimukseen sisällytetyn asetuksen (EU) 2016/679 (yleinen tietosuoja-asetus, ”GDPR”)
law-full-uk = Data Protection Act 2018 -lain (Yhdistyneen kuningaskunnan vuoden 2018 tietosuojalaki) kanssa sovellettavan Yhdistyneen kuningaskunnan yleisen tietosuoja-asetuksen (United Kingdom General Data Protection Regulation, ”UK GDPR”)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Finnish notation, as in the Finnish text of the Regulation ("6 artiklan 1 kohdan e tai f
# alakohtaan", "22 artiklan 1 ja 4 kohdassa") and in decisions of the Data Protection Ombudsman
# ("tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta"): the number before the noun, a genitive
# chain (artiklan … kohdan …) in which only the last noun takes the case of the sentence, and the
# singular for coordinated numbers and letters ("1 ja 2 kohta", "b, c ja e alakohta"). "{ $gdpr }:n"
# stands before the citation. Attributes, chosen with case: "…" in REF:
#   (value) nominative   GDPR:n 15 artiklan 1 kohdan h alakohta
#   .gen    genitive     … alakohdan nojalla / mukainen  .ine  inessive  … alakohdassa tarkoitettu
#   .ill    illative     vetoatte … alakohtaan           .par  partitive … alakohtaa
# Lists (the articles a decision found infringed) are the object of "oli rikottu" in decision-articles,
# in the partitive, each item with its own head word: ref-item-*.

ref-a = { $art } artikla
    .gen = { $art } artiklan
    .ine = { $art } artiklassa
    .ill = { $art } artiklaan
    .par = { $art } artiklaa
ref-ap = { $art } artiklan { $par } kohta
    .gen = { $art } artiklan { $par } kohdan
    .ine = { $art } artiklan { $par } kohdassa
    .ill = { $art } artiklan { $par } kohtaan
    .par = { $art } artiklan { $par } kohtaa
ref-app = { $art } artiklan { $par } kohdan { $pt } alakohta
    .gen = { $art } artiklan { $par } kohdan { $pt } alakohdan
    .ine = { $art } artiklan { $par } kohdan { $pt } alakohdassa
    .ill = { $art } artiklan { $par } kohdan { $pt } alakohtaan
    .par = { $art } artiklan { $par } kohdan { $pt } alakohtaa
ref-an = { $art } artiklan { $num } alakohta
    .gen = { $art } artiklan { $num } alakohdan
    .ine = { $art } artiklan { $num } alakohdassa
    .ill = { $art } artiklan { $num } alakohtaan
    .par = { $art } artiklan { $num } alakohtaa
ref-par = { $par }
ref-point = { $letter }
ref-item-a = { $art } artiklaa
ref-item-ap = { $art } artiklan { $par } kohtaa
ref-item-app = { $art } artiklan { $par } kohdan { $pt } alakohtaa
ref-item-an = { $art } artiklan { $num } alakohtaa
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects, in the inessive, standing before
## "olevien henkilöiden" ("Italiassa olevien henkilöiden henkilötiedot"). $code: ISO code; $name:
## the country's name from CLDR in the nominative, which cannot take a case ending safely, so the
## default names the country in parentheses after "kyseisessä valtiossa" (the country of the citation).
country-in = { $code ->
    [IT] Italiassa
    [GR] Kreikassa
    [FR] Ranskassa
    [NL] Alankomaissa
    [AT] Itävallassa
    [DE] Saksassa
    [GB] Yhdistyneessä kuningaskunnassa
   *[other] kyseisessä valtiossa ({ $name })
}

## Letter frame

subject-access = Pyyntö saada pääsy henkilötietoihini { $gdpr }:n { REF(15, case: "gen") } nojalla
subject-erasure = Pyyntö poistaa henkilötietoni { $gdpr }:n { REF(17, case: "gen") } nojalla ja käsittelyn vastustaminen { $gdpr }:n { REF(21, par: 1, case: "gen") } nojalla
subject-access-erasure = Pyyntö saada pääsy tietoihin { $gdpr }:n { REF(15, case: "gen") } nojalla, rajoittaa käsittelyä { $gdpr }:n { REF(18, case: "gen") } nojalla ja poistaa tiedot sen jälkeen { $gdpr }:n { REF(17, case: "gen") } nojalla
salutation = Hyvä vastaanottaja
closing = Kunnioittavasti
# $reference: the sender's own case or reference number.
our-reference = Viitteeni: { $reference }
# $place: where the letter is signed (nominative, so a comma follows it); $date: the letter's date,
# already formatted ("1. maaliskuuta 2026").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = { $count ->
    [one] Liite:
   *[other] Liitteet:
}
enclosure-photo = Valokuva kasvoistani, toimitettu ainoastaan tunnistamistani varten tämän pyynnön käsittelyssä
# Page numbers in the PDF, Finnish style "Sivu 1 (3)"; $page and $pages are numbers.
page-of = Sivu { $page } ({ $pages })

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Käytän täten { $law_full } { REF(15, case: "gen") } mukaista oikeuttani saada pääsy tietoihin. Pyydän teitä vahvistamaan, käsitteleekö { $controller } minua koskevia henkilötietoja, ja jos käsittelee, antamaan minulle pääsyn näihin henkilötietoihin sekä jäljempänä lueteltuihin tietoihin. Minun ei tarvitse perustella tätä pyyntöä.
intro-erasure = Käytän täten { $law_full } { REF(17, case: "gen") } mukaista oikeuttani tietojen poistamiseen. Pyydän teitä poistamaan kaikki minua koskevat henkilötiedot ilman aiheetonta viivytystä. Samalla vastustan { $gdpr }:n { REF(21, par: 1, case: "gen") } nojalla kaikkea minua koskevien henkilötietojen käsittelyä.
intro-access-erasure = Käytän täten { $law_full } mukaisia oikeuksiani: ensin oikeuttani saada pääsy tietoihin ({ $gdpr }:n { REF(15) }) ja sen jälkeen oikeuttani tietojen poistamiseen ({ $gdpr }:n { REF(17) }). Pyydän ensin pääsyä tietoihin, jotta saan tietää, mitä tietoja teillä on minusta, ennen kuin ne poistetaan. Vastustan { $gdpr }:n { REF(21, par: 1, case: "gen") } nojalla kaikkea minua koskevien henkilötietojen käsittelyä ja pyydän teitä rajoittamaan käsittelyä tietojen poistamiseen asti ({ $gdpr }:n { REF(18) }).

## Why the law applies to Clearview
# Country names in the genitive plural list: Italian, Kreikan, Ranskan, Itävallan ja Alankomaiden.

# $representative_date: the date of the Dutch decision ("16. toukokuuta 2024"), before "tekemän
# päätöksen", as the CNIL date in access-scope.
applicability-eu = { $controller } kuuluu { $gdpr }:n soveltamisalaan: yhtiö kerää kuvia Euroopan unionissa olevista henkilöistä ja käsittelee niitä seuratakseen heidän käyttäytymistään ({ $gdpr }:n { REF(3, par: 2, pt: "b") }). Italian, Kreikan, Ranskan, Itävallan ja Alankomaiden valvontaviranomaiset ovat soveltaneet yhtiöön { $gdpr }:ää ja todenneet sen harjoittaman käsittelyn lainvastaiseksi. Alankomaiden valvontaviranomaisen { $representative_date } tekemän päätöksen mukaan yhtiö ei ollut nimennyt edustajaa unionissa ({ $gdpr }:n { REF(27) }). Osoitan tämän pyynnön siksi suoraan teille.
applicability-eea = { $controller } kuuluu { $gdpr }:n soveltamisalaan: yhtiö kerää kuvia Euroopan talousalueella olevista henkilöistä ja käsittelee niitä seuratakseen heidän käyttäytymistään ({ $gdpr }:n { REF(3, par: 2, pt: "b") }). Italian, Kreikan, Ranskan, Itävallan ja Alankomaiden valvontaviranomaiset ovat soveltaneet yhtiöön { $gdpr }:ää ja todenneet sen harjoittaman käsittelyn lainvastaiseksi. Alankomaiden valvontaviranomaisen { $representative_date } tekemän päätöksen mukaan yhtiö ei ollut nimennyt edustajaa unionissa ({ $gdpr }:n { REF(27) }). Osoitan tämän pyynnön siksi suoraan teille.
applicability-uk = { $controller } kuuluu { $gdpr }:n soveltamisalaan. Upper Tribunal katsoi vuonna 2025, että yhtiön suorittama käsittely liittyy Yhdistyneessä kuningaskunnassa olevien henkilöiden käyttäytymisen seurantaan ({ $gdpr }:n { REF(3, par: 2, pt: "b") }). Osoitan tämän pyynnön suoraan teille.

## Access (Article 15)
# The access-copy-* items continue "… mukaan lukien erityisesti seuraavat:" (nominative).

access-heading = Pääsy henkilötietoihini ({ $gdpr }:n { REF(15) })
access-copy = Pyydän teitä toimittamaan jäljennöksen kaikista käsittelemistänne minua koskevista henkilötiedoista ({ $gdpr }:n { REF(15, par: 3) }), mukaan lukien erityisesti seuraavat:
access-copy-images = jokainen kuva, jossa esiinnyn tai jonka yhdistätte minuun, siinä resoluutiossa, jossa se on hallussanne;
access-copy-sources = kunkin kuvan osalta sen verkkosivun ja kuvatiedoston osoite (URL), josta kuva on kerätty, sivun otsikko sekä päivämäärät, jolloin kuva on kerätty ja viimeksi päivitetty;
access-copy-metadata = kaikki kustakin kuvasta säilytetyt metatiedot, mukaan lukien sijaintitiedot ja päivämäärät;
access-copy-biometrics = kasvoistani johdetut biometriset mallit, vektorit tai tiivisteet (hash-arvot) sekä kaikki muut tiedot, jotka olette johtaneet tai päätelleet minusta;
access-copy-searches = tallenteet jokaisesta hausta, jonka tuloksissa olen esiintynyt, sekä kunkin haun päivämäärä;
access-copy-probe = tallenteet jokaisesta hausta, jossa asiakas on ladannut kuvan kasvoistani tietokantanne hakua varten, sekä kyseinen kuva, haun päivämäärä ja haun tehnyt asiakas;
access-copy-recipients = jokaisen sellaisen asiakkaan tai muun vastaanottajan tunnistetiedot, jolle minua koskevia hakutuloksia on luovutettu.
# The access-info-* items continue "… toimittamaan seuraavat tiedot:" (nominative).
access-info = Pyydän teitä lisäksi toimittamaan seuraavat tiedot ({ $gdpr }:n { REF(15, par: "1 2") }):
access-info-purposes = kunkin käsittelytoimen tarkoitukset ({ REF(15, par: 1, pt: "a") }) ja kunkin tarkoituksen osalta oikeusperuste, johon vetoatte ja joka teidän olisi joka tapauksessa pitänyt ilmoittaa minulle ({ REF(14, par: 1, pt: "c") });
access-info-categories = kyseessä olevat henkilötietoryhmät ({ REF(15, par: 1, pt: "b") });
access-info-recipients = vastaanottajat, joille henkilötietoja on luovutettu tai on tarkoitus luovuttaa, nimeltä mainiten, erityisesti kolmansissa maissa olevat vastaanottajat tai kansainväliset järjestöt; pelkkien vastaanottajaryhmien ilmoittaminen ei riitä, jos pystytte yksilöimään vastaanottajat ({ REF(15, par: 1, pt: "c") }; unionin tuomioistuimen tuomio 12. tammikuuta 2023, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = vastaanottajat, joille henkilötietoja on luovutettu tai on tarkoitus luovuttaa, nimeltä mainiten, erityisesti kolmansissa maissa olevat vastaanottajat tai kansainväliset järjestöt; pelkkien vastaanottajaryhmien ilmoittaminen ei riitä, jos pystytte yksilöimään vastaanottajat ({ REF(15, par: 1, pt: "c") });
access-info-retention = aika, jonka kutakin henkilötietoryhmää säilytetään, tai jos se ei ole mahdollista, tämän ajan määrittämiskriteerit ({ REF(15, par: 1, pt: "d") });
access-info-rights = oikeus pyytää henkilötietojen oikaisemista tai poistamista taikka käsittelyn rajoittamista sekä oikeus vastustaa tällaista käsittelyä ({ REF(15, par: 1, pt: "e") });
access-info-complaint = oikeus tehdä valitus valvontaviranomaiselle ({ REF(15, par: 1, pt: "f") });
access-info-source = kaikki henkilötietojen alkuperästä käytettävissä olevat tiedot: konkreettiset verkkosivustot ja verkkosivut eikä pelkästään lähteiden ryhmät ({ REF(15, par: 1, pt: "g") });
access-info-automated = automaattisen päätöksenteon, muun muassa profiloinnin, olemassaolo sekä merkitykselliset tiedot käsittelyyn liittyvästä logiikasta samoin kuin kyseisen käsittelyn merkittävyys ja mahdolliset seuraukset minulle ({ REF(15, par: 1, pt: "h") });
access-info-transfers = jos henkilötietoja siirretään kolmanteen maahan tai kansainväliselle järjestölle, siirtoa koskevat { $gdpr }:n { REF(46, case: "ine") } tarkoitetut asianmukaiset suojatoimet ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision and its date ("17. lokakuuta 2022"), placed before
# "antamassaan päätöksessä", which needs no case ending.
access-scope = Tämä pyyntö koskee kaikkia minua koskevia henkilötietoja kaikissa järjestelmissänne, myös pseudonymisoituja tietoja sekä tietoja, jotka olette johtaneet tai päätelleet. Pyyntö ei rajoitu viimeisiin kahteentoista kuukauteen eikä tiettyyn pyyntömäärään vuodessa, eikä se edellytä, että toistan sen: Ranskan valvontaviranomainen (CNIL) totesi { $controller } -yhtiön soveltamat tällaiset rajoitukset lainvastaisiksi { $date } antamassaan päätöksessä { $reference }.
access-role = Ilmoittakaa lisäksi kunkin käsittelytoimen osalta, toteutatteko sen rekisterinpitäjänä vai asiakkaan lukuun toimivana henkilötietojen käsittelijänä, ja jälkimmäisessä tapauksessa kenen lukuun ({ $gdpr }:n { REF(4, num: 7) } ja { REF(4, num: 8) }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written the way Finnish writes an inserted
# paragraph ("UK GDPR:n 15 artiklan 1 a kohta").
access-search-uk = Minulla on oikeus saada ne henkilötiedot ja tiedot, jotka voitte antaa kohtuullisen ja oikeasuhteisen haun perusteella ({ $gdpr }:n 15 artiklan 1 a kohta). Tietokantanne on rakennettu kasvojen perusteella tehtäviä hakuja varten: haku siitä kasvojeni perusteella sekä niiden hakujen tallenteista, joiden tuloksissa olen esiintynyt tai joissa kasvoni on ladattu, on kohtuullinen ja oikeasuhteinen niiden määrästä riippumatta.
access-format = Pyydän teitä toimittamaan jäljennöksen maksutta ({ $gdpr }:n { REF(12, par: 5) } ja { REF(15, par: 3) }), selkeällä ja yksinkertaisella kielellä ({ $gdpr }:n { REF(12, par: 1) }) ja, jos vastaatte sähköisesti, yleisesti käytetyssä sähköisessä muodossa ({ $gdpr }:n { REF(15, par: 3) }).

## Erasure (Article 17)
# The erasure-scope-* items continue "Poistamisen on katettava:" (nominative).

erasure-heading = Henkilötietojeni poistaminen ({ $gdpr }:n { REF(17) })
erasure-after-access = Kun olette toimittaneet jäljennöksen ja edellä pyydetyt tiedot, pyydän teitä poistamaan kaikki minua koskevat henkilötiedot ilman aiheetonta viivytystä ({ $gdpr }:n { REF(17, par: 1) }).
erasure-scope = Poistamisen on katettava:
erasure-scope-images = jokainen minua esittävä kuva ja sen jokainen kopio;
erasure-scope-biometrics = kasvoistani johdetut biometriset mallit, vektorit ja tiivisteet (hash-arvot);
erasure-scope-metadata = näihin kuviin liitetyt metatiedot ja lähdeosoitteet (URL-osoitteet);
erasure-scope-searches = minua koskevat hakutulokset, hakulokit ja kytkökset;
erasure-scope-backups = kaikki varmuuskopioissa, arkistoissa ja henkilötietojen käsittelijöidenne järjestelmissä olevat kopiot.
erasure-grounds = Poistamiselle on seuraavat perusteet:
erasure-ground-unlawful = { $gdpr }:n { REF(17, par: 1, pt: "d") }: henkilötietoja on käsitelty lainvastaisesti. Teillä ei ole { $gdpr }:n { REF(6, par: 1, case: "gen") } mukaista oikeusperustetta. Biometriset tiedot ({ $gdpr }:n { REF(4, num: 14) }), joita käsitellään luonnollisen henkilön yksiselitteistä tunnistamista varten, kuuluvat erityisiin henkilötietoryhmiin, joiden käsittelyn { $gdpr }:n { REF(9, par: 1) } kieltää. Mikään { REF(9, par: 2, case: "gen") } poikkeuksista ei sovellu: en ole antanut nimenomaista suostumusta biometristen tietojeni käsittelyyn tietokannassanne ({ REF(9, par: 2, pt: "a") }), enkä ole nimenomaisesti saattanut internetistä löydettäviä kuvia julkisiksi biometristä käsittelyä varten ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("liite 1").
erasure-ground-unlawful-uk = { $gdpr }:n { REF(17, par: 1, pt: "d") }: henkilötietoja on käsitelty lainvastaisesti. Teillä ei ole { $gdpr }:n { REF(6, par: 1, case: "gen") } mukaista oikeusperustetta. Biometriset tiedot ({ $gdpr }:n { REF(4, num: 14) }), joita käsitellään luonnollisen henkilön yksiselitteistä tunnistamista varten, kuuluvat erityisiin henkilötietoryhmiin, joiden käsittelyn { $gdpr }:n { REF(9, par: 1) } kieltää. Mikään { $gdpr }:n { REF(9, par: 2, case: "gen") } poikkeuksista, luettuna yhdessä Data Protection Act 2018 -lain liitteen 1 kanssa, ei sovellu: en ole antanut nimenomaista suostumusta biometristen tietojeni käsittelyyn tietokannassanne ({ REF(9, par: 2, pt: "a") }), enkä ole nimenomaisesti saattanut internetistä löydettäviä kuvia julkisiksi biometristä käsittelyä varten ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { $gdpr }:n { REF(17, par: 1, pt: "c") }: vastustan käsittelyä { $gdpr }:n { REF(21, par: 1, case: "gen") } nojalla henkilökohtaiseen erityiseen tilanteeseeni liittyvällä perusteella: kasvoni ovat pysyvä tunniste, jota en voi muuttaa, ja niiden esiintyminen tietokannassanne mahdollistaa sen, että kuka tahansa asiakkaistanne voi tunnistaa minut mistä tahansa valokuvasta riippumatta siitä, missä ja milloin se on otettu.
# The person's own words (--objection-grounds), in Finnish quotation marks.
erasure-ground-objection-own = Omin sanoin: ”{ $grounds }”
# Article 21(1), Finnish text: "paitsi jos rekisterinpitäjä voi osoittaa, että käsittelyyn on olemassa
# huomattavan tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet".
erasure-ground-objection-burden = Teidän on siksi lopetettava käsittely, paitsi jos voitte osoittaa, että käsittelyyn on olemassa huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etuni, oikeuteni ja vapauteni, tai että käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi ({ $gdpr }:n { REF(21, par: 1) }). Siltä osin kuin vetoatte { $gdpr }:n { REF(6, par: 1, pt: "e f", conj: "or", case: "ill") }, tällaista syytä ei ole: kaupallinen etunne myydä kasvojeni perusteella tehtäviä hakuja ei ole tällainen syy.
erasure-ground-consent = { $gdpr }:n { REF(17, par: 1, pt: "b") }: siltä osin kuin vetoatte suostumukseen, peruutan sen.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; its name arrives in its own language, so it stands in parentheses after
# "valvontaviranomainen" and needs no case ending. $in_country: "Italiassa" (country-in).
erasure-ground-legal-obligation = { $gdpr }:n { REF(17, par: 1, pt: "e") }, edellä mainittujen perusteiden lisäksi: valvontaviranomainen ({ $authority }) on määrännyt teidät poistamaan { $in_country } olevien henkilöiden henkilötiedot. Näkemykseni mukaan poistaminen on siksi tarpeen myös teitä koskevan lakisääteisen velvoitteen noudattamiseksi.
erasure-exceptions = Mikään { $gdpr }:n { REF(17, par: 3, case: "gen") } poikkeuksista ei sovellu: käsittely ei ole tarpeen sananvapautta ja tiedonvälityksen vapautta koskevan oikeuden käyttämiseksi, lakisääteisen velvoitteen noudattamiseksi, yleistä etua koskevan tehtävän suorittamiseksi tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi, kansanterveyteen liittyvää yleistä etua koskevista syistä, yleisen edun mukaisia arkistointitarkoituksia, tieteellisiä tai historiallisia tutkimustarkoituksia tai tilastollisia tarkoituksia varten eikä oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi. Jos vetoatte johonkin poikkeukseen, ilmoittakaa minulle, mihin poikkeukseen ja millä perusteella ({ $gdpr }:n { REF(12, par: 4) }).
erasure-restriction = Rajoittakaa henkilötietojeni käsittelyä tietojen poistamiseen asti ({ $gdpr }:n { REF(18, par: 1, pt: "d") }, niin kauan kuin vastustamistani tarkistetaan): lakatkaa erityisesti välittömästi näyttämästä minua hakutuloksissa.
erasure-recipients = Ilmoittakaa tietojen poistamisesta jokaiselle vastaanottajalle, jolle henkilötietojani on luovutettu, myös jokaiselle asiakkaalle, joka on saanut kuviani hakutuloksissa ({ $gdpr }:n { REF(19) }), ja ilmoittakaa minulle, keitä nämä vastaanottajat ovat. Jos olette julkistaneet henkilötietojani, toteuttakaa kohtuulliset toimenpiteet ilmoittaaksenne näitä tietoja käsitteleville rekisterinpitäjille, että olen pyytänyt poistamaan kaikki näihin tietoihin liittyvät linkit tai niiden kopiot ({ $gdpr }:n { REF(17, par: 2) }).
erasure-no-recollection = Ilmoittakaa minulle, mitä toimenpiteitä toteutatte varmistaaksenne, ettei henkilötietojani kerätä uudelleen. Jos säilytätte jotakin tallennetta estääksenne tietojeni keräämisen tulevaisuudessa, ilmoittakaa minulle tarkasti, mitä se sisältää ja millä oikeusperusteella säilytätte sitä.
erasure-confirmation = Pyydän teitä vahvistamaan tietojen poistamisen minulle kirjallisesti ja ilmoittamaan, mitä olette poistaneet, mukaan lukien varmuuskopioissa olevat kopiot ja johdetut mallit.
erasure-free = Poistopyyntöni perusteella toteutettavat toimenpiteet, ilmoitukset ja vahvistus mukaan lukien, ovat maksuttomia ({ $gdpr }:n { REF(12, par: 5) }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Käsittelyn rajoittaminen tietojen poistamiseen asti ({ $gdpr }:n { REF(18) })
restriction-body = Rajoittakaa henkilötietojeni käsittelyä tämän kirjeen vastaanottamisesta alkaen tietojen poistamiseen asti ({ $gdpr }:n { REF(18, par: 1, pt: "d") }, niin kauan kuin { $gdpr }:n { REF(21, par: 1, case: "gen") } mukaista vastustamistani tarkistetaan): säilyttäkää tiedot, mutta älkää käyttäkö niitä mihinkään muuhun tarkoitukseen kuin tähän pyyntöön vastaamiseen. Lakatkaa erityisesti välittömästi näyttämästä minua hakutuloksissa.

## Identification (Articles 11(2) and 12(6))

identification-heading = Tunnistaminen
identification-no-photo = Tämän kirjeen tiedot riittävät siihen vastaamiseen. Jos teillä on perusteltua syytä epäillä henkilöllisyyttäni, ilmoittakaa minulle, mitkä lisätiedot ovat ehdottoman välttämättömiä ({ $gdpr }:n { REF(12, par: 6) }). Jos järjestelmästänne voidaan hakea vain kasvokuvan avulla, ilmoittakaa siitä minulle; toimitan silloin kuvan ainoastaan tätä pyyntöä varten.
identification-photo = Liitän oheen valokuvan kasvoistani ainoastaan, jotta voitte löytää minua koskevat henkilötiedot ({ $gdpr }:n { REF(11, par: 2) } ja { REF(12, par: 6) }). Annan nimenomaisen suostumukseni ({ $gdpr }:n { REF(9, par: 2, pt: "a") }) yhteen hakuun tietokannastanne tästä valokuvasta luodun biometrisen mallin avulla, ainoastaan tätä pyyntöä varten. En anna suostumusta mihinkään muuhun käyttöön: älkää lisätkö valokuvaa tai mallia tietokantaanne älkääkä luovuttako niitä eteenpäin. Peruutan suostumukseni heti, kun olette vastanneet tähän pyyntöön ({ $gdpr }:n { REF(7, par: 3) }): poistakaa silloin valokuva, malli ja niiden avulla tehdyn haun tulokset ja vahvistakaa poistaminen minulle ({ $gdpr }:n { REF(5, par: 1, pt: "b c e") }).
identification-id-document = En lähetä jäljennöstä henkilöllisyystodistuksesta, ellette osoita sen olevan ehdottoman välttämätöntä. Tällainen jäljennös on poistettava välittömästi tarkistuksen jälkeen (Euroopan tietosuojaneuvosto, Ohjeet 01/2022 rekisteröityjen oikeuksista – Oikeus saada pääsy tietoihin, kohdat 74, 76 ja 79).
# United Kingdom letters: the UK regulator's guidance, its title in English in Finnish quotation marks.
identification-id-document-uk = En lähetä jäljennöstä henkilöllisyystodistuksesta, ellette osoita sen olevan tarpeen: voitte pyytää vain sellaisia tietoja, jotka ovat kohtuullisia ja oikeasuhteisia henkilöllisyyteni varmistamiseksi (Information Commissioner's Office, ohje ”Right of access”).

## Deadline and form (Article 12)

deadline-heading = Vastauksenne määräaika ja muoto
deadline-access = Pyydän teitä vastaamaan ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa tämän pyynnön vastaanottamisesta ({ $gdpr }:n { REF(12, par: 3) }). Voitte tarvittaessa jatkaa määräaikaa enintään kahdella kuukaudella, kun otetaan huomioon pyyntöjen monimutkaisuus ja määrä; teidän on tällöin ilmoitettava jatkamisesta minulle kuukauden kuluessa pyynnön vastaanottamisesta sekä viivästymisen syyt. Jos ette toteuta toimenpiteitä pyyntöni perusteella, teidän on ilmoitettava minulle kuukauden kuluessa syyt tähän sekä oikeudestani tehdä valitus valvontaviranomaiselle ja käyttää oikeussuojakeinoja tuomioistuimessa ({ $gdpr }:n { REF(12, par: 4) }).
deadline-erasure = Pyydän teitä toteuttamaan pyyntöni edellyttämät toimenpiteet ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa sen vastaanottamisesta ({ $gdpr }:n { REF(12, par: 3) }). Voitte tarvittaessa jatkaa määräaikaa enintään kahdella kuukaudella, kun otetaan huomioon pyyntöjen monimutkaisuus ja määrä; teidän on tällöin ilmoitettava jatkamisesta minulle kuukauden kuluessa pyynnön vastaanottamisesta sekä viivästymisen syyt. Jos ette toteuta toimenpiteitä pyyntöni perusteella, teidän on ilmoitettava minulle kuukauden kuluessa syyt tähän sekä oikeudestani tehdä valitus valvontaviranomaiselle ja käyttää oikeussuojakeinoja tuomioistuimessa ({ $gdpr }:n { REF(12, par: 4) }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written the way
# Finnish writes an inserted article ("UK GDPR:n 12 a artikla"); the English term in brackets.
deadline-access-uk = Pyydän teitä vastaamaan ilman aiheetonta viivytystä ja viimeistään sovellettavan määräajan (applicable time period) päättymiseen mennessä eli kuukauden kuluessa tämän pyynnön vastaanottamisesta ({ $gdpr }:n 12 a artikla). Voitte jatkaa määräaikaa enintään kahdella kuukaudella ja vain, jos se on tarpeen pyyntöjen monimutkaisuuden tai määrän vuoksi; teidän on tällöin ilmoitettava siitä minulle saman kuukauden kuluessa ja kerrottava syyt. Jos tarvitsette perustellusti minulta lisätietoja yksilöidäksenne tiedot tai käsittelyn, jota pyyntöni koskee, pyytäkää niitä viipymättä: määräajan kulku keskeytyy vain siihen asti, kunnes vastaan. Jos ette toteuta toimenpiteitä pyyntöni perusteella, teidän on ilmoitettava minulle määräajan kuluessa syyt tähän sekä oikeudestani tehdä valitus Information Commissionerille ja käyttää oikeussuojakeinoja tuomioistuimessa ({ $gdpr }:n { REF(12, par: 4) }).
deadline-erasure-uk = Pyydän teitä toteuttamaan pyyntöni edellyttämät toimenpiteet ilman aiheetonta viivytystä ja viimeistään sovellettavan määräajan (applicable time period) päättymiseen mennessä eli kuukauden kuluessa tämän pyynnön vastaanottamisesta ({ $gdpr }:n 12 a artikla). Voitte jatkaa määräaikaa enintään kahdella kuukaudella ja vain, jos se on tarpeen pyyntöjen monimutkaisuuden tai määrän vuoksi; teidän on tällöin ilmoitettava siitä minulle saman kuukauden kuluessa ja kerrottava syyt. Jos ette toteuta toimenpiteitä pyyntöni perusteella, teidän on ilmoitettava minulle määräajan kuluessa syyt tähän sekä oikeudestani tehdä valitus Information Commissionerille ja käyttää oikeussuojakeinoja tuomioistuimessa ({ $gdpr }:n { REF(12, par: 4) }).
no-formalities = Ette voi asettaa vastaamisenne edellytykseksi tietyn lomakkeen, verkkoportaalin tai toimitustavan käyttämistä (Euroopan tietosuojaneuvosto, Ohjeet 01/2022 rekisteröityjen oikeuksista – Oikeus saada pääsy tietoihin, kohdat 50–53).
# United Kingdom letters: the UK regulator's guidance, its title in English in quotation marks.
no-formalities-uk = Ette voi asettaa vastaamisenne edellytykseksi tietyn lomakkeen, verkkoportaalin tai toimitustavan käyttämistä: pyynnön voi esittää missä tahansa muodossa, suullisesti tai kirjallisesti (Information Commissioner's Office, ohje ”Right of access”).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too, the third when only
# an e-mail address is given.
reply-to-postal = Pyydän lähettämään vastauksenne edellä mainittuun osoitteeseeni.
reply-to-both = Pyydän lähettämään vastauksenne edellä mainittuun postiosoitteeseeni tai sähköpostiosoitteeseeni.
reply-to-email = Pyydän lähettämään vastauksenne edellä mainittuun sähköpostiosoitteeseeni.

## Decisions against Clearview

decisions-heading = { $controller } -yhtiötä koskevat päätökset
decisions-own = Asuinvaltiossani on tehty seuraavat päätökset:
decisions-other = Muiden valtioiden valvontaviranomaiset ovat todenneet { $controller } -yhtiön suorittaman saman käsittelyn lainvastaiseksi. Vetoan niiden päätöksiin:
# One decision. $authority: name of the authority or court (in its own language, never inflected);
# $country: its country (CLDR, nominative, in parentheses); $act: one of decision-kind-* with the
# reference; $date: its date ("10. helmikuuta 2022"), set off by a comma so it needs no ending.
decision-citation = { $authority } ({ $country }), { $act }, { $date }
# The Italian Garante's "ordinanza ingiunzione" (an order imposing a fine together with corrective
# measures): a decision imposing a fine, with the Italian term in parentheses.
decision-kind-injunction-order = sakkopäätös (ordinanza ingiunzione) nro { $reference }
decision-kind-decision = päätös { $reference }
decision-kind-formal-notice = virallinen huomautus { $reference }
# The CNIL's act: a "délibération" of its restricted committee (formation restreinte).
decision-kind-sanction = suppean kokoonpanon päätös (délibération) { $reference }
decision-kind-penalty-liquidation = päätös { $reference } (uhkasakon tuomitseminen maksettavaksi)
decision-kind-fines-and-penalty-orders = päätös (sakot ja uhkasakon tehosteella annetut määräykset)
# The Austrian DSB's "Bescheid": an administrative decision.
decision-kind-bescheid = päätös (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the DSB's decision aside and remitting
# the case (§ 28(3) VwGVG): a procedural "päätös", not a judgment ("tuomio").
decision-kind-remittal-order = päätös (Beschluss) { $reference }
# A UK tribunal's decision (First-tier Tribunal, Upper Tribunal).
decision-kind-tribunal-decision = päätös { $reference }
decision-kind-letter = kirje
decision-kind-enforcement-and-penalty-notices = täytäntöönpanomääräys (enforcement notice) ja seuraamusmaksupäätös (monetary penalty notice)
# The following sentences are passive ("Päätöksellä määrättiin …"), because the deciding body may
# be an authority, a commissioner or a court.
# $articles: the provisions found infringed, in the partitive (ref-item-*, joined with "ja"):
# "5 artiklan 1 kohdan a alakohtaa, 6 artiklaa ja 9 artiklaa".
decision-articles = Päätöksessä todettiin, että { $gdpr }:n { $articles } oli rikottu.
# $amount: an amount with its currency, already formatted ("20 000 000 €"); it always stands where
# the nominative/partitive reading of the number is correct.
decision-fine = Päätöksellä määrättiin sakko, jonka määrä on { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018): "seuraamusmaksu", as in
# decision-kind-enforcement-and-penalty-notices, with the English term in brackets.
decision-monetary-penalty = Päätöksellä määrättiin seuraamusmaksu (monetary penalty), jonka määrä on { $amount }.
decision-fines-total = Päätöksellä määrättiin sakkoja yhteensä { $amount }.
decision-penalty-per-day = Lisäksi asetettiin uhkasakko, jonka määrä on { $amount } kultakin viivästyspäivältä.
decision-penalty-max = Lisäksi annettiin määräyksiä, joiden tehosteeksi asetettiin uhkasakkoja yhteensä enintään { $amount }.
decision-penalty-liquidated = { $controller } velvoitettiin maksamaan { $amount }, koska yhtiö ei ollut noudattanut määräystä määräajassa.
decision-orders = { $controller } määrättiin:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items.
decision-requests = { $controller } -yhtiötä kehotettiin:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Päätökset eivät ole lainvoimaisia: Upper Tribunal palautti { $controller } -yhtiön niitä koskevan valituksen First-tier Tribunalin käsiteltäväksi.
# Orders are list items continuing "{ $controller } määrättiin:" (decision-orders) or
# "{ $controller } -yhtiötä kehotettiin:" (decision-requests): each starts with a verb in the illative of
# the third infinitive (-maan/-mään). End each with ";" — facerights replaces the separator of the
# last item with a full stop. $in_country: the inessive of country-in ("Italiassa").
order-ban-collection-territory = lopettamaan { $in_country } olevien henkilöiden kuvien ja muiden henkilötietojen keräämisen sekä heidän biometristen tietojensa käsittelyn;
order-ban-collection-processing-territory = lopettamaan { $in_country } olevien henkilöiden kuvien ja metatietojen keräämisen verkkosivuilta automaattisesti (web scraping) sekä heidän henkilötietojensa, niin tavallisten kuin biometristen, kaiken jatkokäsittelyn;
order-erase-territory = poistamaan { $in_country } olevien henkilöiden henkilötiedot;
order-erase-territory-after-access = poistamaan { $in_country } olevien henkilöiden henkilötiedot sen jälkeen, kun yhtiö on vastannut jo vastaanottamiinsa pyyntöihin saada pääsy tietoihin;
order-stop-processing-territory = lopettamaan { $in_country } olevien henkilöiden henkilötietojen keräämisen ja käsittelyn ilman oikeusperustetta;
order-facilitate-rights = helpottamaan rekisteröityjen oikeuksien käyttämistä ja vastaamaan valituksen tekijän pyyntöön saada pääsy tietoihin;
order-answer-complainant-access = vastaamaan valituksen tekijän pyyntöön saada pääsy tietoihin;
order-grant-complainant-erasure = noudattamaan valituksen tekijän poistopyyntöä;
order-appoint-representative = nimeämään edustajan unionissa ({ $gdpr }:n { REF(27) });
order-stop-processing-erase-territory = lopettamaan { $in_country } olevien henkilöiden henkilötietojen käsittelyn ja poistamaan lainvastaisesti hankitut tiedot;
order-give-art14-information = informoimaan rekisteröityjä { $gdpr }:n { REF(14, case: "gen") } edellyttämällä tavalla;
order-stop-refusing-access = luopumaan käytännöstään jättää pyynnöt saada pääsy tietoihin vastaamatta;
order-erase-complainant = poistamaan valituksen tekijän henkilötiedot;
order-erase-complainant-biometric = poistamaan valituksen tekijän biometriset tiivisteet (hash-arvot);
order-stop-obtaining-uk = lopettamaan Yhdistyneessä kuningaskunnassa asuvien henkilöiden internetissä julkisesti saatavilla olevien henkilötietojen hankkimisen ja käytön;
order-erase-uk = poistamaan järjestelmistään Yhdistyneessä kuningaskunnassa asuvien henkilöiden henkilötiedot;
outcome-reconsider-ban = Tuomioistuin katsoi, että viranomaisen on arvioitava uudelleen kieltäytymisensä kieltää käsittely ja että kielto on ainoa asianmukainen toimenpide; se palautti asian viranomaisen käsiteltäväksi.
outcome-ftt-no-jurisdiction = Tuomioistuin hyväksyi Clearviewin valituksen ja katsoi, ettei Information Commissionerilla ollut toimivaltaa antaa kyseisiä päätöksiä.
outcome-ut-ico-appeal-allowed = Tuomioistuin hyväksyi Information Commissionerin valituksen: käsittely liittyy Yhdistyneessä kuningaskunnassa olevien henkilöiden käyttäytymisen seurantaan, eikä se, että Clearviewin asiakkaat ovat ulkomaisia julkisyhteisöjä, saata käsittelyä { $gdpr }:n soveltamisalan ulkopuolelle.
outcome-remitted-ftt = Tuomioistuin palautti Clearviewin kyseisiä päätöksiä koskevan valituksen First-tier Tribunalin käsiteltäväksi.
# Short summaries used for decisions of other countries, joined as a list with "ja":
# noun phrases without commas inside, e.g. "sakko 20 000 000 €, kielto jatkaa tietojen keräämistä ja …".
summary-fine = sakko { $amount }
summary-monetary-penalty = seuraamusmaksu (monetary penalty) { $amount }, ei lainvoimainen
summary-erasure = määräys poistaa { $in_country } olevien henkilöiden henkilötiedot
summary-ban = kielto jatkaa tietojen keräämistä
summary-access = määräys lopettaa kieltäytyminen vastaamasta pyyntöihin saada pääsy tietoihin
summary-complainant-access = määräys vastata valituksen tekijän pyyntöön saada pääsy tietoihin
summary-erase-complainant = määräys poistaa valituksen tekijän henkilötiedot
summary-representative = määräys nimetä edustaja unionissa
summary-no-fine = ei sakkoa
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

remedies = Jos ette vastaa pyyntööni täysimääräisesti määräajassa, teen valituksen toimivaltaiselle valvontaviranomaiselle ({ $gdpr }:n { REF(77) }): { $authority }, { $address }. Pidätän itselläni oikeuden nostaa teitä vastaan kanteen sen jäsenvaltion tuomioistuimissa, jossa asuinpaikkani on ({ $gdpr }:n { REF(79, par: 2) }), ja vaatia vahingonkorvausta ({ $gdpr }:n { REF(82) }).
# EEA letters: Article 79(2) for the EEA-EFTA states ("sen valtion", the EEA State).
remedies-eea = Jos ette vastaa pyyntööni täysimääräisesti määräajassa, teen valituksen toimivaltaiselle valvontaviranomaiselle ({ $gdpr }:n { REF(77) }): { $authority }, { $address }. Pidätän itselläni oikeuden nostaa teitä vastaan kanteen sen valtion tuomioistuimissa, jossa asuinpaikkani on ({ $gdpr }:n { REF(79, par: 2) }), ja vaatia vahingonkorvausta ({ $gdpr }:n { REF(82) }).
# A German sender who did not name the Land: § 19(2) BDSG, cited as Finnish cites a statute
# ("Saksan liittovaltion tietosuojalain (BDSG) 19 §:n 2 momentti").
remedies-land-of-residence = Jos ette vastaa pyyntööni täysimääräisesti määräajassa, teen valituksen asuinpaikkani Saksan osavaltion tietosuojavalvontaviranomaiselle ({ $gdpr }:n { REF(77) }; Saksan liittovaltion tietosuojalain (BDSG) 19 §:n 2 momentti). Pidätän itselläni oikeuden nostaa teitä vastaan kanteen sen jäsenvaltion tuomioistuimissa, jossa asuinpaikkani on ({ $gdpr }:n { REF(79, par: 2) }), ja vaatia vahingonkorvausta ({ $gdpr }:n { REF(82) }).
# United Kingdom letters: sections of the Data Protection Act 2018 cited as Finnish cites a statute
# ("Data Protection Act 2018 -lain 164 a §"), the Act's name in English as in law-full-uk.
remedies-uk = Teidän on helpotettava valitusten tekemistä teille henkilötietojeni käsittelystä (Data Protection Act 2018 -lain 164 a §). Jos ette vastaa pyyntööni täysimääräisesti sovellettavan määräajan kuluessa, teen teille valituksen kyseisen pykälän nojalla ja, jos asia ei sillä ratkea, valituksen valvontaviranomaiselle ({ $gdpr }:n { REF(77) }): { $authority } (tai sen seuraaja Information Commission), { $address }. Pidätän itselläni oikeuden hakea tuomioistuimelta määräystä velvoitteiden noudattamiseksi (compliance order, Data Protection Act 2018 -lain 167 §) ja vaatia vahingonkorvausta ({ $gdpr }:n { REF(82) }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted ("1. lokakuuta 2026", usable as an adverbial: "vastaanotitte 1. lokakuuta 2026").

# What the first request asked for. Headed by "pyyntöni", whose nominative, genitive and accusative
# are the same, so it fits every place it is used: subject ("Muistutus: pyyntöni …"), object
# ("Vastaanotitte … pyyntöni …"), enclosure ("Jäljennös: pyyntöni …") and complaint ("Valituksen
# kohteena on pyyntöni …"). No relative clause follows it (it would attach to the last noun).
request-name-access = pyyntöni saada pääsy henkilötietoihini { $gdpr }:n { REF(15, case: "gen") } nojalla
request-name-erasure = pyyntöni poistaa henkilötietoni { $gdpr }:n { REF(17, case: "gen") } nojalla, johon sisältyy { $gdpr }:n { REF(21, par: 1, case: "gen") } mukainen vastustukseni
request-name-access-erasure = pyyntöni saada pääsy tietoihin { $gdpr }:n { REF(15, case: "gen") } nojalla, rajoittaa käsittelyä { $gdpr }:n { REF(18, case: "gen") } nojalla ja poistaa tiedot sen jälkeen { $gdpr }:n { REF(17, case: "gen") } nojalla

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Muistutus: { $request } (vastaanotettu { $received })
# $ends: the last day of the reply period.
reminder-facts = Vastaanotitte { $received } { $request }; jäljennös on liitteenä. Vastauksenne määräaika päättyi { $ends } tai, jos tämä päivä oli yleinen vapaapäivä, sitä seuraavana arkipäivänä ({ $gdpr }:n { REF(12, par: 3) }).
reminder-facts-uk = Vastaanotitte { $received } { $request }; jäljennös on liitteenä. Vastauksenne sovellettava määräaika (applicable time period) päättyi { $ends } tai, jos tämä päivä oli yleinen vapaapäivä (bank holiday), sitä seuraavana arkipäivänä ({ $gdpr }:n 12 a artikla).
reminder-no-reply = En ole saanut teiltä vastausta enkä tietoa määräajan pidentämisestä tai syistä, joiden vuoksi ette ole toteuttaneet toimenpiteitä pyyntöni perusteella ({ $gdpr }:n { REF(12, par: "3 4") }).
reminder-incomplete = Vastauksenne on puutteellinen: se ei sisällä kaikkea, mitä pyysin, ettekä ole perustelleet, miksi jätitte jotakin pois ({ $gdpr }:n { REF(12, par: 4) }).
# $grace: a date fourteen days after this letter.
reminder-demand = Rikotte siten { $gdpr }:ää. Pyydän teitä noudattamaan pyyntöäni kokonaisuudessaan ilman enempää viivytystä ja joka tapauksessa viimeistään { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Ellette tee niin, teen ilman eri ilmoitusta valituksen valvontaviranomaiselle ({ $gdpr }:n { REF(77) }): { $authority }, { $address }. Pidätän itselläni oikeuden nostaa teitä vastaan kanteen sen jäsenvaltion tuomioistuimissa, jossa asuinpaikkani on ({ $gdpr }:n { REF(79, par: 2) }), ja vaatia korvausta kaikesta minulle mahdollisesti aiheutuneesta vahingosta ({ $gdpr }:n { REF(82) }).
reminder-remedies-eea = Ellette tee niin, teen ilman eri ilmoitusta valituksen valvontaviranomaiselle ({ $gdpr }:n { REF(77) }): { $authority }, { $address }. Pidätän itselläni oikeuden nostaa teitä vastaan kanteen sen valtion tuomioistuimissa, jossa asuinpaikkani on ({ $gdpr }:n { REF(79, par: 2) }), ja vaatia korvausta kaikesta minulle mahdollisesti aiheutuneesta vahingosta ({ $gdpr }:n { REF(82) }).
reminder-remedies-land-of-residence = Ellette tee niin, teen ilman eri ilmoitusta valituksen asuinpaikkani Saksan osavaltion tietosuojavalvontaviranomaiselle ({ $gdpr }:n { REF(77) }; Saksan liittovaltion tietosuojalain (BDSG) 19 §:n 2 momentti). Pidätän itselläni oikeuden nostaa teitä vastaan kanteen sen jäsenvaltion tuomioistuimissa, jossa asuinpaikkani on ({ $gdpr }:n { REF(79, par: 2) }), ja vaatia korvausta kaikesta minulle mahdollisesti aiheutuneesta vahingosta ({ $gdpr }:n { REF(82) }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018,
# which the controller must acknowledge within 30 days.
reminder-remedies-uk = Tämä kirje on myös Data Protection Act 2018 -lain 164 a §:n mukainen valitukseni teille: pyydän teitä vahvistamaan sen vastaanottamisen 30 päivän kuluessa sen saapumisesta ja ilmoittamaan minulle ilman aiheetonta viivytystä, mihin valituksen käsittely on johtanut. Ellette noudata pyyntöäni, teen valituksen valvontaviranomaiselle ({ $gdpr }:n { REF(77) }): { $authority } (tai sen seuraaja Information Commission), { $address }. Pidätän itselläni oikeuden hakea tuomioistuimelta määräystä velvoitteiden noudattamiseksi (compliance order, Data Protection Act 2018 -lain 167 §) ja vaatia vahingonkorvausta ({ $gdpr }:n { REF(82) }).
# Enclosure lines.
enclosure-request-copy = Jäljennös kirjeestä, jolla esitin { $request } (vastaanotettu { $received })
enclosure-proof = Todiste lähettämisestä ja, jos saatavilla, perille toimittamisesta
enclosure-reply = Jäljennös { $controller } -yhtiön vastauksesta
enclosure-reminder = Jäljennös { $reminded } päivätystä muistutuksestani

## Complaint to the supervisory authority (in the authority's language by default). The authority is
## addressed in the second person plural, as in a letter to a Finnish authority ("Pyydän teitä").

subject-complaint = Valitus { $controller } -yhtiön toiminnasta { $gdpr }:n { REF(77, case: "gen") } nojalla
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Hyvä vastaanottaja
# $controller_address: Clearview's postal address on one line.
complaint-intro = Teen täten { $gdpr }:n { REF(77, case: "gen") } nojalla valituksen { $controller } -yhtiön ({ $controller_address }) toiminnasta. Valituksen kohteena on { $request }. Yhtiö vastaanotti pyynnön { $received }; jäljennös on liitteenä.
# What happened ($outcome): one of these.
complaint-no-reply = { $controller } ei ole vastannut pyyntööni, ja sen vastauksen määräaika päättyi { $ends } tai, jos tämä päivä oli yleinen vapaapäivä, sitä seuraavana arkipäivänä ({ $gdpr }:n { REF(12, par: 3) }). Yhtiö ei ole ilmoittanut minulle määräajan pidentämisestä eikä syistä, joiden vuoksi se ei ole toteuttanut toimenpiteitä ({ $gdpr }:n { REF(12, par: 4) }).
complaint-no-reply-uk = { $controller } ei ole vastannut pyyntööni, ja sen vastauksen sovellettava määräaika (applicable time period) päättyi { $ends } tai, jos tämä päivä oli yleinen vapaapäivä (bank holiday), sitä seuraavana arkipäivänä ({ $gdpr }:n 12 a artikla). Yhtiö ei ole ilmoittanut minulle määräajan pidentämisestä eikä syistä, joiden vuoksi se ei ole toteuttanut toimenpiteitä ({ $gdpr }:n { REF(12, par: 4) }).
complaint-incomplete = { $controller } on vastannut, mutta vastaus on puutteellinen: se ei sisällä kaikkea, mitä pyysin, eikä siinä perustella, miksi jotakin on jätetty pois. Täydellisen vastauksen määräaika päättyi { $ends } tai, jos tämä päivä oli yleinen vapaapäivä, sitä seuraavana arkipäivänä ({ $gdpr }:n { REF(12, par: 3) }). Jäljennös vastauksesta on liitteenä.
complaint-incomplete-uk = { $controller } on vastannut, mutta vastaus on puutteellinen: se ei sisällä kaikkea, mitä pyysin, eikä siinä perustella, miksi jotakin on jätetty pois. Täydellisen vastauksen sovellettava määräaika (applicable time period) päättyi { $ends } tai, jos tämä päivä oli yleinen vapaapäivä (bank holiday), sitä seuraavana arkipäivänä ({ $gdpr }:n 12 a artikla). Jäljennös vastauksesta on liitteenä.
complaint-refused = { $controller } on kieltäytynyt toteuttamasta toimenpiteitä pyyntöni perusteella. Jäljennös yhtiön vastauksesta on liitteenä.
complaint-identity-demanded = { $controller } on asettanut vastaamisensa edellytykseksi tunnistamisen, jota pyyntöni käsittely ei edellyttänyt, kuten jäljennöksen henkilöllisyystodistuksesta. Jäljennös yhtiön vastauksesta on liitteenä.
# $reminded: the date of the reminder the person sent.
complaint-reminded = Muistutin { $controller } -yhtiötä pyynnöstäni { $reminded }; yhtiö ei ole noudattanut pyyntöä. Jäljennös muistutuksesta on liitteenä.
complaint-reminded-uk = Tein { $reminded } { $controller } -yhtiölle valituksen Data Protection Act 2018 -lain 164 a §:n nojalla; asia ei ole ratkennut. Jäljennös valituksesta on liitteenä.
complaint-infringements = Katson, että { $controller } on siten rikkonut erityisesti seuraavia säännöksiä:
# Infringements, as list items in the nominative after the colon, ending with ";" like the orders.
infringement-time-limit = { $gdpr }:n { REF(12, par: 3) }, koska yhtiö ei toteuttanut toimenpiteitä pyyntöni perusteella määräajassa;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { $gdpr }:n { REF(12, par: "3 4") }, koska yhtiö ei noudattanut pyyntöäni kokonaisuudessaan määräajassa eikä perustellut, miksi se jätti jotakin pois;
infringement-incomplete-uk = { $gdpr }:n { REF(12, par: "3 4") } luettuna yhdessä { $gdpr }:n 12 a artiklan kanssa, koska yhtiö ei noudattanut pyyntöäni kokonaisuudessaan sovellettavan määräajan kuluessa eikä perustellut, miksi se jätti jotakin pois;
infringement-time-limit-uk = { $gdpr }:n { REF(12, par: 3) } luettuna yhdessä { $gdpr }:n 12 a artiklan kanssa, koska yhtiö ei toteuttanut toimenpiteitä pyyntöni perusteella sovellettavan määräajan kuluessa;
infringement-no-reasons = { $gdpr }:n { REF(12, par: 4) }, koska yhtiö ei ilmoittanut minulle syitä toimenpiteiden toteuttamatta jättämiseen eikä oikeudestani tehdä valitus;
infringement-access = { $gdpr }:n { REF(15) }, koska yhtiö ei ole antanut minulle pääsyä henkilötietoihini eikä tietoja niiden käsittelystä;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { $gdpr }:n { REF(18, par: 1, pt: "d") } ja { REF(21, par: 1) }, koska yhtiö ei ole rajoittanut henkilötietojeni käsittelyä eikä lopettanut käsittelyä sen jälkeen, kun vastustin sitä;
infringement-erasure = { $gdpr }:n { REF(17, par: 1) } ja { REF(21, par: 1) }, koska yhtiö ei ole poistanut henkilötietojani eikä lopettanut niiden käsittelyä, vaikka poistamiselle on perusteet ja vastustin käsittelyä;
infringement-identification = { $gdpr }:n { REF(12, par: 2) } ja { REF(12, par: 6) }, koska yhtiö asetti oikeuksieni käyttämisen edellytykseksi tunnistamisen, joka ei ole tarpeen, sekä { $gdpr }:n { REF(5, par: 1, pt: "c") }, koska yhtiö pyytää enemmän henkilötietoja kuin se tarvitsee;
infringement-refusal = { $gdpr }:n { REF(12, par: 4) }, koska yhtiö kieltäytyi toteuttamasta toimenpiteitä pyyntöni perusteella ilman { $gdpr }:n mukaista perustetta, sekä { $gdpr }:n { REF(12, par: 2) }, siltä osin kuin yhtiö vetoaa siihen, ettei se pysty tunnistamaan minua;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Valvontaviranomaiset ovat jo tehneet seuraavat { $controller } -yhtiötä koskevat päätökset:
complaint-requests = Pyydän siksi teitä:
complaint-ask-handle = käsittelemään valitukseni ja tutkimaan sen kohteena olevan asian ({ $gdpr }:n { REF(57, par: 1, pt: "f") });
complaint-ask-order = määräämään { $controller } -yhtiön noudattamaan pyyntöäni ({ $gdpr }:n { REF(58, par: 2, pt: "c") }) ja käyttämään muita korjaavia valtuuksianne ({ $gdpr }:n { REF(58, par: 2) } ja { REF(83) });
complaint-ask-inform = ilmoittamaan minulle valituksen käsittelyn etenemisestä ja lopputuloksesta ({ $gdpr }:n { REF(77, par: 2) }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = ilmoittamaan minulle valituksen käsittelyn etenemisestä ja lopputuloksesta (Data Protection Act 2018 -lain 165 §).
complaint-consent-share = Suostun siihen, että toimitatte tämän valituksen nimelläni varustettuna { $controller } -yhtiölle valituksen käsittelyä varten.
