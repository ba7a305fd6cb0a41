### facerights — tekst dopisa, hrvatski (hr).
###
### Translated from locales/en/letter.ftl. Legal terms follow the official Croatian language version
### of Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „ispitanik”, „voditelj obrade”,
### „izvršitelj obrade”, „primatelj”, „nadzorno tijelo”, „bez nepotrebnog odgađanja”,
### „ograničenje obrade”, „uvjerljivi legitimni razlozi” (članak 21. stavak 1.),
### „odgovarajuće zaštitne mjere”, „izrada profila”…
### Formal register (Vi, Vas, Vam, Vaš, capitalised); the author writes in the first person
### singular. Croatian past tense and conditional agree with the speaker's gender, which is
### unknown: the author never speaks of himself or herself in the past tense or conditional
### (present tense, passive or impersonal constructions instead).
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters);
###                declined with a hyphen: "{ $gdpr }-a" (genitive), "{ $gdpr }-u" (dative).
###   $controller  "Clearview AI, Inc." — always after the noun "društvo" (neuter), which carries
###                the case ending: "društvo / društva / društvu { $controller }".
###
### Provisions are cited in the Croatian notation (see "Citations" below): "članak 15. stavak 1.
### točka (h) GDPR-a", the whole chain declined with the sentence ("na temelju članka 21. stavka 1.").
### Dates arrive as "10. veljače 2022." (with a final dot): never put { $date } at the end of a
### sentence, or the sentence would end in "2022..".

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# law-full-* are used only as $law_full in intro-*, always in the genitive
# ("na temelju članka 15. { $law_full }", "svoja prava iz { $law_full }").

law-short-eu = GDPR
law-short-uk = UK GDPR
law-full-eu = Uredbe (EU) 2016/679 (Opće uredbe o zaštiti podataka, „GDPR”)
law-full-eea = Uredbe (EU) 2016/679 (Opće uredbe o zaštiti podataka, „GDPR”), kako je uključena u Sporazum o Europskom gospodarskom prostoru
law-full-uk = Opće uredbe o zaštiti podataka Ujedinjenog Kraljevstva (United Kingdom General Data Protection Regulation, „UK GDPR”), u vezi sa zakonom Data Protection Act 2018 (Zakon o zaštiti podataka iz 2018.)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Croatian notation, as in the Croatian text of the Regulation ("članka 6. stavka 1. točke (e) ili (f)")
# and in AZOP decisions: "članak 15. stavak 1. točka (h)", numbers with the ordinal dot, points in
# brackets; "članak 4. točka 14." for a definition. Every noun of the chain takes the case of the
# sentence, so each shape has attributes, chosen with case: "…" in REF:
#   (value) nominative   članak 15. stavak 1. točka (h)      .gen  na temelju članka 15. stavka 1. točke (h)
#   .acc    accusative   oslanjati se na članak … točku (h)  .dat  dative/locative: u članku … točki (h)
#   .ins    instrumental u skladu s člankom … točkom (h)     .cap  nominative at the start of a sentence
# Several paragraphs or points take the plural: "stavci 1. i 2." (gen. "stavaka", dat./ins. "stavcima"),
# "točke (b), (c) i (e)" (gen. "točaka", dat./ins. "točkama"). Points joined by "ili" keep the
# singular, as in the Regulation: .gen-or "članka 6. stavka 1. točke (e) ili (f)", .acc-or "točku (e) ili (f)".
# Lists (the articles a decision found infringed) follow "povrede" and are in the genitive, with
# "članka" before each article: ref-item-*.

ref-a = članak { $art }.
    .gen = članka { $art }.
    .acc = članak { $art }.
    .dat = članku { $art }.
    .ins = člankom { $art }.
    .cap = Članak { $art }.
ref-ap = članak { $art }. { $npar ->
        [one] stavak
       *[other] stavci
    } { $par }
    .gen = članka { $art }. { $npar ->
        [one] stavka
       *[other] stavaka
    } { $par }
    .acc = članak { $art }. { $npar ->
        [one] stavak
       *[other] stavke
    } { $par }
    .dat = članku { $art }. { $npar ->
        [one] stavku
       *[other] stavcima
    } { $par }
    .ins = člankom { $art }. { $npar ->
        [one] stavkom
       *[other] stavcima
    } { $par }
    .cap = Članak { $art }. { $npar ->
        [one] stavak
       *[other] stavci
    } { $par }
ref-app = članak { $art }. stavak { $par } { $npt ->
        [one] točka
       *[other] točke
    } { $pt }
    .gen = članka { $art }. stavka { $par } { $npt ->
        [one] točke
       *[other] točaka
    } { $pt }
    .acc = članak { $art }. stavak { $par } { $npt ->
        [one] točku
       *[other] točke
    } { $pt }
    .dat = članku { $art }. stavku { $par } { $npt ->
        [one] točki
       *[other] točkama
    } { $pt }
    .ins = člankom { $art }. stavkom { $par } { $npt ->
        [one] točkom
       *[other] točkama
    } { $pt }
    .cap = Članak { $art }. stavak { $par } { $npt ->
        [one] točka
       *[other] točke
    } { $pt }
    .gen-or = članka { $art }. stavka { $par } točke { $pt }
    .acc-or = članak { $art }. stavak { $par } točku { $pt }
ref-an = članak { $art }. točka { $num }.
    .gen = članka { $art }. točke { $num }.
    .acc = članak { $art }. točku { $num }.
    .dat = članku { $art }. točki { $num }.
    .ins = člankom { $art }. točkom { $num }.
    .cap = Članak { $art }. točka { $num }.
ref-par = { $par }.
ref-point = ({ $letter })
ref-item-a = članka { $art }.
ref-item-ap = članka { $art }. { $npar ->
        [one] stavka
       *[other] stavaka
    } { $par }
ref-item-app = članka { $art }. stavka { $par } { $npt ->
        [one] točke
       *[other] točaka
    } { $pt }
ref-item-an = članka { $art }. točke { $num }.
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: how this language says "in <country>" for the persons a decision protects.
# The locative with "u" ("u Italiji", "u Nizozemskoj", "u Ujedinjenom Kraljevstvu"). Default: the
# name in the nominative after "državi" (apposition, as in "u državi Izrael"), because CLDR gives
# no locative.
country-in = { $code ->
    [IT] u Italiji
    [GR] u Grčkoj
    [FR] u Francuskoj
    [NL] u Nizozemskoj
    [AT] u Austriji
    [DE] u Njemačkoj
    [GB] u Ujedinjenom Kraljevstvu
    [HR] u Hrvatskoj
    [SI] u Sloveniji
    [CZ] u Češkoj
    [SK] u Slovačkoj
    [PL] u Poljskoj
    [ES] u Španjolskoj
    [SE] u Švedskoj
   *[other] u državi { $name }
}

## Letter frame

subject-access = Zahtjev za pristup mojim osobnim podacima na temelju { REF(15, case: "gen") } { $gdpr }-a
subject-erasure = Zahtjev za brisanje mojih osobnih podataka na temelju { REF(17, case: "gen") } { $gdpr }-a i prigovor na temelju { REF(21, par: 1, case: "gen") } { $gdpr }-a
subject-access-erasure = Zahtjev za pristup na temelju { REF(15, case: "gen") } { $gdpr }-a, ograničenje obrade na temelju { REF(18, case: "gen") } { $gdpr }-a i naknadno brisanje na temelju { REF(17, case: "gen") } { $gdpr }-a
# After "Poštovani," the letter continues on a new line with a capital letter.
salutation = Poštovani,
closing = S poštovanjem,
# $reference: the sender's own case or reference number.
our-reference = Moja oznaka: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("Zagreb, 21. studenoga 2026.").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count: how many enclosures follow (one: „Prilog:”; more: „Prilozi:”).
enclosures-label = { $count ->
    [one] Prilog:
   *[other] Prilozi:
}
enclosure-photo = Fotografija mojeg lica, priložena isključivo radi moje identifikacije u svrhu ovog zahtjeva
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Stranica { $page } od { $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Ovim dopisom ostvarujem svoje pravo na pristup na temelju { REF(15, case: "gen") } { $law_full }. Molim Vas da mi potvrdite obrađuje li društvo { $controller } osobne podatke koji se odnose na mene te, ako je to slučaj, da mi omogućite pristup tim osobnim podacima i informacijama navedenima u nastavku. Ovaj zahtjev ne moram obrazložiti.
intro-erasure = Ovim dopisom ostvarujem svoje pravo na brisanje na temelju { REF(17, case: "gen") } { $law_full }. Tražim da bez nepotrebnog odgađanja izbrišete sve osobne podatke koji se odnose na mene. Istodobno na temelju { REF(21, par: 1, case: "gen") } { $gdpr }-a ulažem prigovor na svaku obradu osobnih podataka koji se odnose na mene.
intro-access-erasure = Ovim dopisom ostvarujem svoja prava iz { $law_full }: najprije pravo na pristup ({ REF(15) } { $gdpr }-a), a zatim pravo na brisanje ({ REF(17) } { $gdpr }-a). Pristup tražim najprije kako bi mi prije brisanja bilo poznato koje podatke o meni čuvate. Na temelju { REF(21, par: 1, case: "gen") } { $gdpr }-a ulažem prigovor na svaku obradu osobnih podataka koji se odnose na mene i tražim da do brisanja ograničite obradu ({ REF(18) } { $gdpr }-a).

## Why the law applies to Clearview

applicability-eu = Društvo { $controller } podliježe { $gdpr }-u: ono prikuplja slike osoba u Europskoj uniji i obrađuje ih kako bi pratilo njihovo ponašanje ({ REF(3, par: 2, pt: "b") } { $gdpr }-a). Nadzorna tijela Italije, Grčke, Francuske, Austrije i Nizozemske primijenila su na njega { $gdpr } i utvrdila da je njegova obrada nezakonita. Prema odluci nizozemskog nadzornog tijela od { $representative_date } društvo nije imalo imenovanog predstavnika u Uniji ({ REF(27) } { $gdpr }-a). Stoga Vam ovaj zahtjev upućujem izravno.
applicability-eea = Društvo { $controller } podliježe { $gdpr }-u: ono prikuplja slike osoba u Europskom gospodarskom prostoru i obrađuje ih kako bi pratilo njihovo ponašanje ({ REF(3, par: 2, pt: "b") } { $gdpr }-a). Nadzorna tijela Italije, Grčke, Francuske, Austrije i Nizozemske primijenila su na njega { $gdpr } i utvrdila da je njegova obrada nezakonita. Prema odluci nizozemskog nadzornog tijela od { $representative_date } društvo nije imalo imenovanog predstavnika u Uniji ({ REF(27) } { $gdpr }-a). Stoga Vam ovaj zahtjev upućujem izravno.
applicability-uk = Društvo { $controller } podliježe { $gdpr }-u. Sud Upper Tribunal utvrdio je 2025. godine da se obrada koju to društvo provodi odnosi na praćenje ponašanja osoba u Ujedinjenom Kraljevstvu ({ REF(3, par: 2, pt: "b") } { $gdpr }-a). Ovaj zahtjev upućujem Vam izravno.

## Access (Article 15)
# The access-copy-* and access-info-* items are accusative objects of "dostavite".

access-heading = Pristup mojim osobnim podacima ({ REF(15) } { $gdpr }-a)
access-copy = Molim Vas da mi dostavite kopiju svih osobnih podataka koji se odnose na mene, a koje obrađujete ({ REF(15, par: 3) } { $gdpr }-a), a osobito:
access-copy-images = svaku sliku na kojoj se pojavljujem ili koju povezujete sa mnom, u razlučivosti u kojoj je čuvate;
access-copy-sources = za svaku sliku adrese (URL) internetske stranice i slikovne datoteke na kojima je prikupljena, naslov stranice te datume njezina prikupljanja i posljednjeg ažuriranja;
access-copy-metadata = sve metapodatke koje čuvate za svaku sliku, uključujući podatke o geolokaciji i datume;
access-copy-biometrics = biometrijske predloške, vektore ili hash vrijednosti izvedene iz mojeg lica te sve druge podatke koje ste o meni izveli ili zaključili;
access-copy-searches = evidenciju o svakom pretraživanju čiji su rezultati uključivali mene, s datumom svakog pretraživanja;
access-copy-probe = evidenciju o svakom pretraživanju u kojem je klijent učitao sliku mojeg lica kako bi pretražio Vašu bazu podataka, zajedno s tom slikom, datumom pretraživanja i podacima o klijentu koji ga je proveo;
access-copy-recipients = identitet svakog klijenta ili drugog primatelja kojemu su otkriveni rezultati koji se odnose na mene.
access-info = Molim Vas da mi dostavite i sljedeće informacije ({ REF(15, par: "1 2") } { $gdpr }-a):
access-info-purposes = svrhe svakog postupka obrade ({ REF(15, par: 1, pt: "a") }) i, za svaku svrhu, pravnu osnovu na koju se oslanjate, a koju ste mi ionako bili dužni priopćiti ({ REF(14, par: 1, pt: "c") });
access-info-categories = kategorije osobnih podataka o kojima je riječ ({ REF(15, par: 1, pt: "b") });
access-info-recipients = primatelje kojima su osobni podaci otkriveni ili će im biti otkriveni, i to poimence, osobito primatelje u trećim zemljama ili međunarodne organizacije; kategorije primatelja nisu dovoljne ako same primatelje možete identificirati ({ REF(15, par: 1, pt: "c") }; presuda Suda od 12. siječnja 2023., C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = primatelje kojima su osobni podaci otkriveni ili će im biti otkriveni, i to poimence, osobito primatelje u trećim zemljama ili međunarodne organizacije; kategorije primatelja nisu dovoljne ako same primatelje možete identificirati ({ REF(15, par: 1, pt: "c") });
access-info-retention = razdoblje u kojem će svaka kategorija osobnih podataka biti pohranjena ili, ako to nije moguće, kriterije korištene za utvrđivanje tog razdoblja ({ REF(15, par: 1, pt: "d") });
access-info-rights = postojanje prava da se zatraži ispravak ili brisanje osobnih podataka ili ograničavanje obrade te prava na prigovor na takvu obradu ({ REF(15, par: 1, pt: "e") });
access-info-complaint = pravo na podnošenje pritužbe nadzornom tijelu ({ REF(15, par: 1, pt: "f") });
access-info-source = sve dostupne informacije o izvoru osobnih podataka: konkretna internetska mjesta i stranice, a ne samo kategorije izvora ({ REF(15, par: 1, pt: "g") });
access-info-automated = postojanje automatiziranog donošenja odluka, što uključuje izradu profila, i smislene informacije o tome o kojoj je logici riječ, kao i važnost i predviđene posljedice takve obrade za mene ({ REF(15, par: 1, pt: "h") });
access-info-transfers = ako se osobni podaci prenose u treću zemlju ili međunarodnu organizaciju, odgovarajuće zaštitne mjere u skladu s { REF(46, case: "ins") } { $gdpr }-a koje se odnose na prijenos ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision; the date stands inside the sentence (see the header).
access-scope = Ovaj zahtjev obuhvaća sve osobne podatke koji se odnose na mene u svim Vašim sustavima, uključujući pseudonimizirane podatke i podatke koje ste izveli ili zaključili. Nije ograničen na posljednjih dvanaest mjeseci ni na određeni broj zahtjeva godišnje i ne ovisi o tome hoću li ga ponoviti: francusko nadzorno tijelo (CNIL) utvrdilo je u odluci { $reference } od { $date } da su takva ograničenja koja je primjenjivalo društvo { $controller } nezakonita.
access-role = Za svaki postupak obrade navedite i provodite li ga kao voditelj obrade ili kao izvršitelj obrade u ime klijenta te, u potonjem slučaju, u čije ime ({ REF(4, num: 7) } i { REF(4, num: 8) } { $gdpr }-a).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out with the UK number as it is
# ("članak 15. stavak 1A"; REF cannot write "1A").
access-search-uk = Imam pravo na osobne podatke i informacije koje mi možete pružiti na temelju razumnog i razmjernog pretraživanja (članak 15. stavak 1A { $gdpr }-a). Vaša je baza podataka izgrađena za pretraživanje prema licu: pretraživanje baze pomoću mojeg lica i pretraživanje evidencija o pretraživanjima čiji su rezultati uključivali mene ili u kojima je učitano moje lice razumno je i razmjerno bez obzira na njihov opseg.
access-format = Molim Vas da mi kopiju dostavite besplatno ({ REF(12, par: 5) } i { REF(15, par: 3) } { $gdpr }-a), uz uporabu jasnog i jednostavnog jezika ({ REF(12, par: 1) } { $gdpr }-a) te, ako odgovarate elektroničkim putem, u uobičajenom elektroničkom obliku ({ REF(15, par: 3) } { $gdpr }-a).

## Erasure (Article 17)
# The erasure-scope-* items are accusative objects of "obuhvatiti".

erasure-heading = Brisanje mojih osobnih podataka ({ REF(17) } { $gdpr }-a)
erasure-after-access = Nakon što mi dostavite kopiju i gore zatražene informacije, molim Vas da bez nepotrebnog odgađanja izbrišete sve osobne podatke koji se odnose na mene ({ REF(17, par: 1) } { $gdpr }-a).
erasure-scope = Brisanje mora obuhvatiti:
erasure-scope-images = svaku moju sliku i svaku njezinu kopiju;
erasure-scope-biometrics = biometrijske predloške, vektore i hash vrijednosti izvedene iz mojeg lica;
erasure-scope-metadata = metapodatke i izvorne adrese (URL-ove) povezane s tim slikama;
erasure-scope-searches = rezultate pretraživanja, zapise o pretraživanjima i povezivanja koji se odnose na mene;
erasure-scope-backups = sve kopije u sigurnosnim kopijama, arhivima i sustavima Vaših izvršitelja obrade.
erasure-grounds = Primjenjuju se sljedeći razlozi za brisanje:
# Article 9(2)(e) in the Croatian text: "osobni podaci za koje je očito da ih je objavio ispitanik";
# the participle agrees with the noun "ispitanik", so the sentence fits an author of either gender.
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }-a: osobni podaci nezakonito su obrađeni. Nemate pravnu osnovu u skladu s { REF(6, par: 1, case: "ins") } { $gdpr }-a. Biometrijski podaci ({ REF(4, num: 14) } { $gdpr }-a) koji se obrađuju u svrhu jedinstvene identifikacije pojedinca pripadaju posebnim kategorijama osobnih podataka čiju obradu zabranjuje { REF(9, par: 1) } { $gdpr }-a. Ne primjenjuje se nijedna od iznimaka iz { REF(9, par: 2, case: "gen") }: ne postoji moja izričita privola za obradu mojih biometrijskih podataka u Vašoj bazi podataka ({ REF(9, par: 2, pt: "a") } { $gdpr }-a), a slike koje se mogu pronaći na internetu nisu osobni podaci za koje je očito da ih je ispitanik, u ovom slučaju ja, objavio u svrhu biometrijske obrade ({ REF(9, par: 2, pt: "e") } { $gdpr }-a).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("u vezi s").
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }-a: osobni podaci nezakonito su obrađeni. Nemate pravnu osnovu u skladu s { REF(6, par: 1, case: "ins") } { $gdpr }-a. Biometrijski podaci ({ REF(4, num: 14) } { $gdpr }-a) koji se obrađuju u svrhu jedinstvene identifikacije pojedinca pripadaju posebnim kategorijama osobnih podataka čiju obradu zabranjuje { REF(9, par: 1) } { $gdpr }-a. Ne primjenjuje se nijedna od iznimaka iz { REF(9, par: 2, case: "gen") } { $gdpr }-a u vezi s Prilogom 1. (Schedule 1) zakona Data Protection Act 2018: ne postoji moja izričita privola za obradu mojih biometrijskih podataka u Vašoj bazi podataka ({ REF(9, par: 2, pt: "a") } { $gdpr }-a), a slike koje se mogu pronaći na internetu nisu osobni podaci za koje je očito da ih je ispitanik, u ovom slučaju ja, objavio u svrhu biometrijske obrade ({ REF(9, par: 2, pt: "e") } { $gdpr }-a).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "cap") } { $gdpr }-a: na temelju { REF(21, par: 1, case: "gen") } { $gdpr }-a ulažem prigovor na obradu zbog razloga koji se odnose na moju posebnu situaciju: moje je lice trajno identifikacijsko obilježje koje ne mogu promijeniti, a njegova prisutnost u Vašoj bazi podataka omogućuje svakom Vašem klijentu da me identificira na temelju bilo koje fotografije, bez obzira na to gdje je i kada snimljena.
# The person's own description of their particular situation, in the quotation marks of this file („…”).
erasure-ground-objection-own = Mojim vlastitim riječima: „{ $grounds }”
# Članak 21. stavak 1.: "osim ako voditelj obrade dokaže da postoje uvjerljivi legitimni razlozi za
# obradu koji nadilaze interese, prava i slobode ispitanika".
erasure-ground-objection-burden = Stoga morate prestati s obradom, osim ako dokažete da postoje uvjerljivi legitimni razlozi za obradu koji nadilaze moje interese, prava i slobode ili da se obrada provodi radi postavljanja, ostvarivanja ili obrane pravnih zahtjeva ({ REF(21, par: 1) } { $gdpr }-a). U mjeri u kojoj se oslanjate na { REF(6, par: 1, pt: "e f", conj: "or", case: "acc-or") } { $gdpr }-a, takvi razlozi ne postoje: Vaš komercijalni interes za prodaju pretraživanja po mojem licu nije takav razlog.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "cap") } { $gdpr }-a: u mjeri u kojoj se oslanjate na privolu, povlačim je.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language, undeclinable): an apposition to "nadzorno tijelo".
# $in_country: "u Italiji", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "cap") } { $gdpr }-a, uz prethodno navedene razloge: nadzorno tijelo { $authority } naložilo Vam je da izbrišete osobne podatke osoba { $in_country }. Smatram da je stoga brisanje nužno i radi poštovanja pravne obveze kojoj podliježete.
erasure-exceptions = Ne primjenjuje se nijedna od iznimaka iz { REF(17, par: 3, case: "gen") } { $gdpr }-a: obrada nije nužna radi ostvarivanja prava na slobodu izražavanja i informiranja, radi poštovanja pravne obveze, za izvršavanje zadaće od javnog interesa ili pri izvršavanju službene ovlasti, zbog javnog interesa u području javnog zdravlja, u svrhe arhiviranja u javnom interesu, u svrhe znanstvenog ili povijesnog istraživanja ili u statističke svrhe, niti radi postavljanja, ostvarivanja ili obrane pravnih zahtjeva. Ako se pozivate na neku iznimku, navedite koju i zašto ({ REF(12, par: 4) } { $gdpr }-a).
erasure-restriction = Do brisanja ograničite obradu mojih osobnih podataka ({ REF(18, par: 1, pt: "d") } { $gdpr }-a, dok provjeravate moj prigovor): osobito me odmah prestanite prikazivati u rezultatima pretraživanja.
erasure-recipients = O brisanju obavijestite svakog primatelja kojemu su otkriveni moji osobni podaci, uključujući svakog klijenta koji je moje slike primio u rezultatima pretraživanja ({ REF(19) } { $gdpr }-a), i navedite mi tko su ti primatelji. Ako ste moje osobne podatke javno objavili, poduzmite razumne mjere kako biste voditelje obrade koji ih obrađuju informirali da od njih tražim brisanje svih poveznica do tih podataka ili njihovih kopija ({ REF(17, par: 2) } { $gdpr }-a).
erasure-no-recollection = Navedite što ćete poduzeti kako biste osigurali da se moji osobni podaci ponovno ne prikupe. Ako vodite bilo kakvu evidenciju kako biste spriječili njihovo buduće prikupljanje, navedite točno što ona sadržava i na kojoj je pravnoj osnovi vodite.
erasure-confirmation = Molim Vas da mi brisanje potvrdite u pisanom obliku i navedete što ste izbrisali, uključujući kopije u sigurnosnim kopijama i izvedene predloške.
erasure-free = Postupanje po mojem zahtjevu za brisanje, uključujući obavijesti primateljima i potvrdu brisanja, pruža se bez naknade ({ REF(12, par: 5) } { $gdpr }-a).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Ograničenje obrade do brisanja ({ REF(18) } { $gdpr }-a)
restriction-body = Od primitka ovog dopisa do brisanja ograničite obradu mojih osobnih podataka ({ REF(18, par: 1, pt: "d") } { $gdpr }-a, dok provjeravate moj prigovor na temelju { REF(21, par: 1, case: "gen") } { $gdpr }-a): podatke čuvajte, ali ih ne upotrebljavajte ni u koju drugu svrhu osim za odgovor na ovaj zahtjev. Osobito me odmah prestanite prikazivati u rezultatima pretraživanja.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikacija
identification-no-photo = Informacije u ovom dopisu dostatne su za odgovor na njega. Ako imate opravdane sumnje u pogledu mojeg identiteta, navedite koje su dodatne informacije strogo nužne ({ REF(12, par: 6) } { $gdpr }-a). Ako se Vaš sustav može pretraživati samo pomoću fotografije mojeg lica, obavijestite me o tome; u tom ću Vam slučaju dostaviti fotografiju isključivo za potrebe ovog zahtjeva.
identification-photo = Prilažem fotografiju svojeg lica isključivo kako biste mogli pronaći osobne podatke koji se odnose na mene ({ REF(11, par: 2) } i { REF(12, par: 6) } { $gdpr }-a). Dajem izričitu privolu ({ REF(9, par: 2, pt: "a") } { $gdpr }-a) za jedno pretraživanje Vaše baze podataka pomoću biometrijskog predloška izrađenog iz ove fotografije, isključivo za potrebe ovog zahtjeva. Ne dajem privolu ni za kakvu drugu upotrebu: nemojte dodavati fotografiju ni predložak u svoju bazu podataka i nemojte ih otkrivati. Svoju privolu povlačim s učinkom od trenutka kada odgovorite na ovaj zahtjev ({ REF(7, par: 3) } { $gdpr }-a): tada izbrišite fotografiju, predložak i rezultate pretraživanja provedenog pomoću njih te mi potvrdite brisanje ({ REF(5, par: 1, pt: "b c e") } { $gdpr }-a).
# EDPB guideline title translated from the English (a Croatian version could not be verified).
identification-id-document = Kopiju identifikacijske isprave neću poslati osim ako dokažete da je to strogo nužno. Svaka takva kopija mora se izbrisati odmah nakon provjere (Europski odbor za zaštitu podataka, Smjernice 01/2022 o pravima ispitanika – pravo na pristup, točke 74., 76. i 79.).
# United Kingdom letters: the ICO's guidance, its title kept in English.
identification-id-document-uk = Kopiju identifikacijske isprave neću poslati osim ako dokažete da je to nužno: smijete tražiti samo informacije koje su razumne i razmjerne za potvrdu mojeg identiteta (Information Commissioner's Office, smjernice „Right of access”).

## Deadline and form (Article 12)

deadline-heading = Rok i oblik Vašeg odgovora
deadline-access = Molim Vas da odgovorite bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja ovog zahtjeva ({ REF(12, par: 3) } { $gdpr }-a). Taj rok možete produljiti za najviše dva dodatna mjeseca i samo ako je to potrebno, uzimajući u obzir složenost i broj zahtjeva; u tom slučaju o produljenju me morate obavijestiti u roku od mjesec dana od zaprimanja zahtjeva, zajedno s razlozima odgađanja. Ako ne postupite po mojem zahtjevu, u roku od mjesec dana morate me obavijestiti o razlozima te o mojem pravu da podnesem pritužbu nadzornom tijelu i zatražim pravni lijek ({ REF(12, par: 4) } { $gdpr }-a).
deadline-erasure = Molim Vas da po mojem zahtjevu postupite bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od njegova zaprimanja ({ REF(12, par: 3) } { $gdpr }-a). Taj rok možete produljiti za najviše dva dodatna mjeseca i samo ako je to potrebno, uzimajući u obzir složenost i broj zahtjeva; u tom slučaju o produljenju me morate obavijestiti u roku od mjesec dana od zaprimanja zahtjeva, zajedno s razlozima odgađanja. Ako ne postupite po mojem zahtjevu, u roku od mjesec dana morate me obavijestiti o razlozima te o mojem pravu da podnesem pritužbu nadzornom tijelu i zatražim pravni lijek ({ REF(12, par: 4) } { $gdpr }-a).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written out with the
# UK number as it is ("članak 12A").
deadline-access-uk = Molim Vas da odgovorite bez nepotrebnog odgađanja, a najkasnije prije isteka primjenjivog roka (applicable time period), tj. u roku od mjesec dana od zaprimanja ovog zahtjeva (članak 12A { $gdpr }-a). Taj rok možete produljiti za najviše dva dodatna mjeseca i samo ako je to potrebno zbog složenosti ili broja zahtjeva; u tom slučaju o tome me morate obavijestiti unutar istog mjeseca i navesti razloge. Ako od mene opravdano trebate dodatne informacije kako biste utvrdili na koje se informacije ili obradu moj zahtjev odnosi, zatražite ih bez odgađanja: rok miruje samo do mojeg odgovora. Ako ne postupite po mojem zahtjevu, u tom roku morate me obavijestiti o razlozima te o mojem pravu da podnesem pritužbu tijelu Information Commissioner i zatražim pravni lijek ({ REF(12, par: 4) } { $gdpr }-a).
deadline-erasure-uk = Molim Vas da po mojem zahtjevu postupite bez nepotrebnog odgađanja, a najkasnije prije isteka primjenjivog roka (applicable time period), tj. u roku od mjesec dana od zaprimanja ovog zahtjeva (članak 12A { $gdpr }-a). Taj rok možete produljiti za najviše dva dodatna mjeseca i samo ako je to potrebno zbog složenosti ili broja zahtjeva; u tom slučaju o tome me morate obavijestiti unutar istog mjeseca i navesti razloge. Ako ne postupite po mojem zahtjevu, u tom roku morate me obavijestiti o razlozima te o mojem pravu da podnesem pritužbu tijelu Information Commissioner i zatražim pravni lijek ({ REF(12, par: 4) } { $gdpr }-a).
no-formalities = Svoj odgovor ne smijete uvjetovati upotrebom određenog obrasca, internetskog portala ili načina dostave (Europski odbor za zaštitu podataka, Smjernice 01/2022 o pravima ispitanika – pravo na pristup, točke od 50. do 53.).
# United Kingdom letters: the ICO's guidance, its title kept in English.
no-formalities-uk = Svoj odgovor ne smijete uvjetovati upotrebom određenog obrasca, internetskog portala ili načina dostave: zahtjev se može podnijeti u bilo kojem obliku, usmeno ili pisano (Information Commissioner's Office, smjernice „Right of access”).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too, the third for e-mail only.
reply-to-postal = Molim Vas da odgovor pošaljete na moju gore navedenu adresu.
reply-to-both = Molim Vas da odgovor pošaljete na moju gore navedenu poštansku adresu ili adresu e-pošte.
reply-to-email = Molim Vas da odgovor pošaljete na moju gore navedenu adresu e-pošte.

## Decisions against Clearview

decisions-heading = Odluke protiv društva { $controller }
decisions-own = U državi u kojoj živim donesene su sljedeće odluke:
decisions-other = Nadzorna tijela drugih država utvrdila su da je ista obrada koju provodi društvo { $controller } nezakonita. Pozivam se na njihove odluke:
# One decision. $authority: name of the authority or court (in its own language, undeclinable);
# $country: its country (CLDR, nominative, in parentheses); $act: one of decision-kind-* with the
# reference; $date: its date ("10. veljače 2022."). The citation is followed either by ":" or by
# a full stop added by facerights: "godine" after the date keeps that stop from doubling.
decision-citation = { $authority } ({ $country }), { $act } od { $date } godine
# The Garante's ordinanza ingiunzione imposes an administrative fine and orders: an administrative
# decision ("rješenje") imposing the fine, with the Italian name kept for identification.
decision-kind-injunction-order = rješenje o izricanju upravne novčane kazne (ordinanza ingiunzione) br. { $reference }
decision-kind-decision = odluka { $reference }
# The CNIL President's mise en demeure: a call to remedy the infringements within a time limit
# (not "službena opomena", which in the Croatian GDPR is the reprimand of Article 58(2)(b)).
decision-kind-formal-notice = poziv na otklanjanje povreda (mise en demeure) { $reference }
# The CNIL's act is a délibération of its restricted committee (formation restreinte), the body
# that imposes sanctions.
decision-kind-sanction = odluka odbora za sankcije (délibération de la formation restreinte) { $reference }
decision-kind-penalty-liquidation = odluka { $reference } (utvrđivanje iznosa dospjelih periodičnih penala)
decision-kind-fines-and-penalty-orders = odluka o novčanim kaznama i nalozima uz prijetnju periodičnim penalima
# The Austrian DSB's act: an administrative decision, "rješenje" (Bescheid).
decision-kind-bescheid = rješenje (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the decision aside and remitting the
# case (§ 28. stavak 3. VwGVG): a court's "rješenje" (Beschluss), not a judgment ("presuda").
decision-kind-remittal-order = rješenje (Beschluss) { $reference }
# A UK tribunal's decision.
decision-kind-tribunal-decision = odluka { $reference }
decision-kind-letter = dopis
decision-kind-enforcement-and-penalty-notices = obavijest o izvršenju (enforcement notice) i obavijest o novčanoj sankciji (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court of any grammatical gender.
# $articles: the provisions found infringed, written with ref-list, in the genitive, each with
# "članka" ("članka 5. stavka 1. točke (a), članka 6. i članka 9.").
decision-articles = Utvrđene su povrede { $articles } { $gdpr }-a.
# $amount: an amount with its currency, already formatted ("20.000.000 €").
decision-fine = Izrečena je novčana kazna u iznosu od { $amount }.
# The UK's statutory term (section 155 DPA 2018): "novčana sankcija" with the English term, not
# "novčana kazna" (the GDPR's fine).
decision-monetary-penalty = Izrečena je novčana sankcija (monetary penalty) u iznosu od { $amount }.
decision-fines-total = Izrečene su novčane kazne u ukupnom iznosu od { $amount }.
decision-penalty-per-day = Osim toga određeni su periodični penali u iznosu od { $amount } za svaki dan kašnjenja.
decision-penalty-max = Osim toga izdani su nalozi uz prijetnju periodičnim penalima u ukupnom iznosu do { $amount }.
decision-penalty-liquidated = Društvu { $controller } naloženo je plaćanje iznosa od { $amount } jer nalogu nije udovoljilo u roku.
decision-orders = Društvu { $controller } naloženo je:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is continued by the order-* items ("da …").
decision-requests = Društvo { $controller } pozvano je:
# Why the ICO's notices are not final ("obavijesti", as in outcome-ftt-no-jurisdiction).
not-final-remitted-appeal = Obavijesti nisu pravomoćne: sud Upper Tribunal vratio je žalbu društva Clearview protiv njih na ponovno odlučivanje sudu First-tier Tribunal.
# Orders are list items continuing "Društvu … naloženo je:" or "Društvo … pozvano je:", so each
# starts with "da" and a verb in the present tense (subject: the company, neuter). End each with ";"
# — facerights replaces the separator of the last item with a full stop.
# $in_country: "u Italiji", from country-in.
order-ban-collection-territory = da prestane prikupljati slike i druge osobne podatke osoba { $in_country } i da prestane obrađivati njihove biometrijske podatke;
order-ban-collection-processing-territory = da prestane automatizirano prikupljati s interneta (web scraping) slike i metapodatke osoba { $in_country } te da prestane sa svakom daljnjom obradom njihovih osobnih podataka, običnih i biometrijskih;
order-erase-territory = da izbriše osobne podatke osoba { $in_country };
order-erase-territory-after-access = da izbriše osobne podatke osoba { $in_country } nakon što odgovori na već zaprimljene zahtjeve za pristup;
order-stop-processing-territory = da prestane bez pravne osnove prikupljati i obrađivati osobne podatke osoba { $in_country };
order-facilitate-rights = da olakša ostvarivanje prava ispitanika i odgovori na zahtjev za pristup podnositelja pritužbe;
order-answer-complainant-access = da odgovori na zahtjev za pristup podnositelja pritužbe;
order-grant-complainant-erasure = da udovolji zahtjevu podnositelja pritužbe za brisanje;
order-appoint-representative = da imenuje predstavnika u Uniji ({ REF(27) } { $gdpr }-a);
order-stop-processing-erase-territory = da prestane obrađivati osobne podatke osoba { $in_country } i ukloni nezakonito pribavljene podatke;
order-give-art14-information = da informira ispitanike kako se zahtijeva { REF(14, case: "ins") } { $gdpr }-a;
order-stop-refusing-access = da napusti svoju praksu neodgovaranja na zahtjeve za pristup;
order-erase-complainant = da izbriše osobne podatke podnositelja pritužbe;
order-erase-complainant-biometric = da izbriše biometrijske hash vrijednosti podnositelja pritužbe;
order-stop-obtaining-uk = da prestane pribavljati i upotrebljavati osobne podatke osoba s boravištem u Ujedinjenom Kraljevstvu koji su javno dostupni na internetu;
order-erase-uk = da iz svojih sustava izbriše osobne podatke osoba s boravištem u Ujedinjenom Kraljevstvu;
outcome-reconsider-ban = Sud je utvrdio da tijelo mora ponovno razmotriti svoje odbijanje da zabrani obradu te da je zabrana jedina primjerena mjera; predmet je vratio tijelu na ponovni postupak.
outcome-ftt-no-jurisdiction = Sud je usvojio žalbu društva Clearview i utvrdio da Information Commissioner nije bio nadležan za izdavanje tih obavijesti.
outcome-ut-ico-appeal-allowed = Sud je usvojio žalbu koju je podnio Information Commissioner: obrada se odnosi na praćenje ponašanja osoba u Ujedinjenom Kraljevstvu, a činjenica da su klijenti društva Clearview strana tijela javne vlasti ne isključuje je iz područja primjene { $gdpr }-a.
outcome-remitted-ftt = Žalbu društva Clearview protiv tih obavijesti vratio je na ponovno odlučivanje sudu First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "i":
# noun phrases in the nominative, e.g. "novčana kazna u iznosu od 20.000.000 €, zabrana daljnjeg
# prikupljanja i nalog za …".
summary-fine = novčana kazna u iznosu od { $amount }
summary-monetary-penalty = nepravomoćna novčana sankcija (monetary penalty) u iznosu od { $amount }
summary-erasure = nalog za brisanje osobnih podataka osoba { $in_country }
summary-ban = zabrana daljnjeg prikupljanja
summary-access = nalog za prestanak odbijanja odgovora na zahtjeve za pristup
summary-complainant-access = nalog za odgovor na zahtjev za pristup podnositelja pritužbe
summary-erase-complainant = nalog za brisanje osobnih podataka podnositelja pritužbe
summary-representative = nalog za imenovanje predstavnika u Uniji
summary-no-fine = bez izricanja novčane kazne
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, undeclinable);
# $address: its postal address on one line. Both stand after a colon, in the nominative.
remedies = Ako ne odgovorite u cijelosti u roku, podnijet ću pritužbu nadležnom nadzornom tijelu ({ REF(77) } { $gdpr }-a): { $authority }, { $address }. Zadržavam pravo da protiv Vas pokrenem postupak pred sudovima države članice u kojoj imam uobičajeno boravište ({ REF(79, par: 2) } { $gdpr }-a) i zatražim naknadu štete ({ REF(82) } { $gdpr }-a).
# EEA letters: Article 79(2) speaks of Member States; for Iceland, Liechtenstein and Norway: "države".
remedies-eea = Ako ne odgovorite u cijelosti u roku, podnijet ću pritužbu nadležnom nadzornom tijelu ({ REF(77) } { $gdpr }-a): { $authority }, { $address }. Zadržavam pravo da protiv Vas pokrenem postupak pred sudovima države u kojoj imam uobičajeno boravište ({ REF(79, par: 2) } { $gdpr }-a) i zatražim naknadu štete ({ REF(82) } { $gdpr }-a).
# Germany without a Land: the authority of the Land of residence ("§ 19. stavak 2.", as the letter
# cites "§ 28. stavak 3. VwGVG").
remedies-land-of-residence = Ako ne odgovorite u cijelosti u roku, podnijet ću pritužbu nadzornom tijelu za zaštitu podataka one njemačke savezne zemlje u kojoj živim ({ REF(77) } { $gdpr }-a; § 19. stavak 2. njemačkog Saveznog zakona o zaštiti podataka, BDSG). Zadržavam pravo da protiv Vas pokrenem postupak pred sudovima države članice u kojoj imam uobičajeno boravište ({ REF(79, par: 2) } { $gdpr }-a) i zatražim naknadu štete ({ REF(82) } { $gdpr }-a).
# United Kingdom letters: UK statutes keep their English names ("zakon Data Protection Act 2018");
# a section of a UK Act is "odjeljak". $authority is nominative after the colon.
remedies-uk = Dužni ste olakšati podnošenje pritužbi Vama u vezi s obradom mojih osobnih podataka (odjeljak 164A zakona Data Protection Act 2018). Ako ne odgovorite u cijelosti prije isteka primjenjivog roka, podnijet ću Vam pritužbu na temelju tog odjeljka, a ako se time stvar ne riješi, podnijet ću pritužbu nadzornom tijelu ({ REF(77) } { $gdpr }-a): { $authority } (ili njegov sljednik, Information Commission), { $address }. Zadržavam pravo da od suda zatražim izdavanje naloga za usklađivanje (compliance order, odjeljak 167 zakona Data Protection Act 2018) i naknadu štete ({ REF(82) } { $gdpr }-a).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. request-name-* is in the genitive („mojeg zahtjeva …“), so every
## sentence that uses it is built around that case („povodom“, „preslika“). Dates end with a dot:
## none ends a sentence.

request-name-access = mojeg zahtjeva za pristup na temelju { REF(15, case: "gen") } { $gdpr }-a
request-name-erasure = mojeg zahtjeva za brisanje na temelju { REF(17, case: "gen") } { $gdpr }-a s prigovorom na temelju { REF(21, par: 1, case: "gen") } { $gdpr }-a
request-name-access-erasure = mojeg zahtjeva za pristup na temelju { REF(15, case: "gen") } { $gdpr }-a, ograničenje obrade na temelju { REF(18, case: "gen") } { $gdpr }-a i naknadno brisanje na temelju { REF(17, case: "gen") } { $gdpr }-a

## Reminder to Clearview („požurnica“)

subject-reminder = Požurnica povodom { $request }, koji ste zaprimili { $received }
reminder-facts = U prilogu je preslika { $request }, koji ste zaprimili { $received }, a rok za Vaš odgovor istekao je { $ends } odnosno, ako je taj dan bio blagdan, prvoga sljedećeg radnog dana ({ REF(12, par: 3) } { $gdpr }-a).
reminder-facts-uk = U prilogu je preslika { $request }, koji ste zaprimili { $received }, a primjenjivi rok (applicable time period) za Vaš odgovor istekao je { $ends } odnosno, ako je taj dan bio blagdan u Ujedinjenom Kraljevstvu (bank holiday), prvoga sljedećeg radnog dana (članak 12A { $gdpr }-a).
reminder-no-reply = Od Vas do danas nije stigao nikakav odgovor ni obavijest o produljenju roka ili o razlozima zbog kojih niste postupili po mojem zahtjevu ({ REF(12, par: "3 4") } { $gdpr }-a).
reminder-incomplete = Vaš je odgovor nepotpun: ne sadržava sve što tražim, a niste naveli razloge zbog kojih ste nešto izostavili ({ REF(12, par: 4) } { $gdpr }-a).
reminder-demand = Time kršite { $gdpr }. Pozivam Vas da najkasnije do { $grace } bez daljnjeg odgađanja u cijelosti ispunite moj zahtjev.
reminder-remedies = U protivnom ću bez daljnje najave podnijeti pritužbu nadzornom tijelu ({ REF(77) } { $gdpr }-a): { $authority }, { $address }. Zadržavam pravo da protiv Vas pokrenem postupak pred sudovima države članice u kojoj imam uobičajeno boravište ({ REF(79, par: 2) } { $gdpr }-a) i zatražim naknadu svake štete koja mi je prouzročena ({ REF(82) } { $gdpr }-a).
reminder-remedies-eea = U protivnom ću bez daljnje najave podnijeti pritužbu nadzornom tijelu ({ REF(77) } { $gdpr }-a): { $authority }, { $address }. Zadržavam pravo da protiv Vas pokrenem postupak pred sudovima države u kojoj imam uobičajeno boravište ({ REF(79, par: 2) } { $gdpr }-a) i zatražim naknadu svake štete koja mi je prouzročena ({ REF(82) } { $gdpr }-a).
reminder-remedies-land-of-residence = U protivnom ću bez daljnje najave podnijeti pritužbu nadzornom tijelu za zaštitu podataka one njemačke savezne zemlje u kojoj živim ({ REF(77) } { $gdpr }-a; § 19. stavak 2. njemačkog Saveznog zakona o zaštiti podataka, BDSG). Zadržavam pravo da protiv Vas pokrenem postupak pred sudovima države članice u kojoj imam uobičajeno boravište ({ REF(79, par: 2) } { $gdpr }-a) i zatražim naknadu svake štete koja mi je prouzročena ({ REF(82) } { $gdpr }-a).
reminder-remedies-uk = Ovaj je dopis ujedno moja pritužba Vama na temelju odjeljka 164A zakona Data Protection Act 2018: molim Vas da njezin primitak potvrdite u roku od 30 dana od zaprimanja i da me bez nepotrebnog odgađanja obavijestite o njezinu ishodu. Ako ne ispunite moj zahtjev, podnijet ću pritužbu nadzornom tijelu ({ REF(77) } { $gdpr }-a): { $authority } (ili njegov sljednik, Information Commission), { $address }. Zadržavam pravo da od suda zatražim izdavanje naloga za usklađivanje (compliance order, odjeljak 167 zakona Data Protection Act 2018) i naknadu štete ({ REF(82) } { $gdpr }-a).
# Enclosure lines.
enclosure-request-copy = Preslika { $request }, zaprimljenog { $received }
enclosure-proof = Potvrda o slanju i, ako je dostupna, o uručenju
enclosure-reply = Preslika odgovora društva { $controller }
enclosure-reminder = Preslika moje požurnice od { $reminded }

## Complaint to the supervisory authority (formal register towards a public authority; the
## requests are addressed to „nadzorno tijelo“ in the third person).

subject-complaint = Pritužba na temelju { REF(77, case: "gen") } { $gdpr }-a protiv društva { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Poštovani,
complaint-intro = Ovime podnosim pritužbu na temelju { REF(77, case: "gen") } { $gdpr }-a protiv društva { $controller }, { $controller_address }. Pritužba se podnosi povodom { $request }, koji je društvo { $controller } zaprimilo { $received }, a čiju presliku prilažem.
complaint-no-reply = Društvo { $controller } nije odgovorilo na moj zahtjev, iako je rok za odgovor istekao { $ends } odnosno, ako je taj dan bio blagdan, prvoga sljedećeg radnog dana ({ REF(12, par: 3) } { $gdpr }-a). Nije me obavijestilo ni o produljenju roka ni o razlozima zbog kojih nije postupilo ({ REF(12, par: 4) } { $gdpr }-a).
complaint-no-reply-uk = Društvo { $controller } nije odgovorilo na moj zahtjev, iako je primjenjivi rok (applicable time period) za odgovor istekao { $ends } odnosno, ako je taj dan bio blagdan u Ujedinjenom Kraljevstvu (bank holiday), prvoga sljedećeg radnog dana (članak 12A { $gdpr }-a). Nije me obavijestilo ni o produljenju roka ni o razlozima zbog kojih nije postupilo ({ REF(12, par: 4) } { $gdpr }-a).
complaint-incomplete = Društvo { $controller } jest odgovorilo, ali je njegov odgovor nepotpun: ne sadržava sve što tražim i ne navodi razloge zbog kojih nešto nedostaje. Rok za potpun odgovor istekao je { $ends } odnosno, ako je taj dan bio blagdan, prvoga sljedećeg radnog dana ({ REF(12, par: 3) } { $gdpr }-a). Presliku odgovora prilažem.
complaint-incomplete-uk = Društvo { $controller } jest odgovorilo, ali je njegov odgovor nepotpun: ne sadržava sve što tražim i ne navodi razloge zbog kojih nešto nedostaje. Primjenjivi rok (applicable time period) za potpun odgovor istekao je { $ends } odnosno, ako je taj dan bio blagdan u Ujedinjenom Kraljevstvu (bank holiday), prvoga sljedećeg radnog dana (članak 12A { $gdpr }-a). Presliku odgovora prilažem.
complaint-refused = Društvo { $controller } odbilo je postupiti po mojem zahtjevu. Presliku njegova odgovora prilažem.
complaint-identity-demanded = Društvo { $controller } uvjetovalo je svoj odgovor identifikacijom koja za moj zahtjev nije bila potrebna, primjerice preslikom identifikacijske isprave. Presliku njegova odgovora prilažem.
complaint-reminded = Dana { $reminded } društvu { $controller } upućena je moja požurnica, ali ono ni nakon toga nije ispunilo zahtjev. Presliku požurnice prilažem.
complaint-reminded-uk = Dana { $reminded } društvu { $controller } podnesena je moja pritužba na temelju odjeljka 164A zakona Data Protection Act 2018, ali stvar nije riješena. Presliku te pritužbe prilažem.
complaint-infringements = Smatram da je društvo { $controller } time povrijedilo osobito:
# Items in the accusative (objects of "povrijedilo").
infringement-time-limit = { REF(12, par: 3, case: "acc") } { $gdpr }-a, jer nije postupilo po mojem zahtjevu u roku;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4", case: "acc") } { $gdpr }-a, jer u roku nije u cijelosti postupilo po mojem zahtjevu i nije navelo razloge zbog kojih je nešto izostavilo;
infringement-incomplete-uk = { REF(12, par: "3 4", case: "acc") } { $gdpr }-a u vezi s člankom 12A { $gdpr }-a, jer u primjenjivom roku nije u cijelosti postupilo po mojem zahtjevu i nije navelo razloge zbog kojih je nešto izostavilo;
infringement-time-limit-uk = { REF(12, par: 3, case: "acc") } { $gdpr }-a u vezi s člankom 12A { $gdpr }-a, jer nije postupilo po mojem zahtjevu u primjenjivom roku;
infringement-no-reasons = { REF(12, par: 4, case: "acc") } { $gdpr }-a, jer me nije obavijestilo o razlozima zbog kojih nije postupilo ni o mojem pravu da podnesem pritužbu nadzornom tijelu;
infringement-access = { REF(15, case: "acc") } { $gdpr }-a, jer mi nije omogućilo pristup mojim osobnim podacima ni informacijama o njihovoj obradi;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "acc") } i { REF(21, par: 1, case: "acc") } { $gdpr }-a, jer nije ograničilo obradu mojih osobnih podataka niti ih je nakon mojeg prigovora prestalo obrađivati;
infringement-erasure = { REF(17, par: 1, case: "acc") } i { REF(21, par: 1, case: "acc") } { $gdpr }-a, jer nije izbrisalo moje osobne podatke niti ih je prestalo obrađivati, iako postoje razlozi za brisanje i podnesen je moj prigovor;
infringement-identification = { REF(12, par: 2, case: "acc") } i { REF(12, par: 6, case: "acc") } { $gdpr }-a, jer je ostvarivanje mojih prava uvjetovalo identifikacijom koja nije nužna, te { REF(5, par: 1, pt: "c", case: "acc") } { $gdpr }-a, jer traži više osobnih podataka nego što mu je potrebno;
infringement-refusal = { REF(12, par: 4, case: "acc") } { $gdpr }-a, jer je odbilo postupiti po mojem zahtjevu bez razloga koji { $gdpr } priznaje, te { REF(12, par: 2, case: "acc") } { $gdpr }-a, u mjeri u kojoj se poziva na to da me nije u mogućnosti identificirati;
complaint-decisions = Nadzorna tijela već su protiv društva { $controller } donijela sljedeće odluke:
complaint-requests = Stoga predlažem da nadzorno tijelo:
complaint-ask-handle = postupi po mojoj pritužbi i istraži njezin predmet ({ REF(57, par: 1, pt: "f") } { $gdpr }-a);
complaint-ask-order = naloži društvu { $controller } da postupi po mojem zahtjevu ({ REF(58, par: 2, pt: "c") } { $gdpr }-a) te iskoristi i svoje druge korektivne ovlasti ({ REF(58, par: 2) } i { REF(83) } { $gdpr }-a);
complaint-ask-inform = me obavještava o napretku i ishodu pritužbe ({ REF(77, par: 2) } { $gdpr }-a).
complaint-ask-inform-uk = me obavještava o napretku i ishodu pritužbe (odjeljak 165 zakona Data Protection Act 2018).
complaint-consent-share = Dajem suglasnost da nadzorno tijelo ovu pritužbu, zajedno s mojim imenom, proslijedi društvu { $controller } radi njezina rješavanja.
