### facerights — letter text, Lithuanian (lt).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Lithuanian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „duomenų subjektas“, „duomenų
### valdytojas“, „duomenų gavėjas“, „priežiūros institucija“, „nepagrįstai nedelsiant“, „apriboti
### duomenų tvarkymą“, „įtikinamos teisėtos priežastys“ (21 straipsnio 1 dalis), „tinkamos apsaugos
### priemonės“, „akivaizdžiai paskelbė viešai“ (9 straipsnio 2 dalies e punktas)…
### Provisions are cited the Lithuanian way ("BDAR 15 straipsnio 1 dalies h punktas"): see "Citations".
### Register: formal letter from a private person (first person singular); the company is addressed
### with the capitalised polite plural (Jūs, Jūsų, Jums). Past participles that would reveal the
### author's gender ("esu davęs / davusi") are avoided: simple past tense or passive instead.
###
### Variables available in every message:
###   $gdpr        short name of the law ("BDAR", or "UK GDPR" for United Kingdom letters); both are
###                indeclinable and stand before the article number: "BDAR 15 straipsnis".
###   $controller  "Clearview AI, Inc." — always after the noun "bendrovė" (feminine), which carries
###                the case, and in Lithuanian quotes: bendrovė / bendrovės / bendrovei „{ $controller }“.

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# law-full-* are used only in intro-*, in the genitive position before the article number
# ("pagal { $law_full } 15 straipsnį", "{ $law_full } suteikiamas teises"). The head noun is in the
# genitive; everything after it stays inside the brackets, so the value can stand in mid-sentence.

law-short-eu = BDAR
law-short-uk = UK GDPR
law-full-eu = Reglamento (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas, „BDAR“)
law-full-eea = Reglamento (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas, „BDAR“, įtrauktas į Europos ekonominės erdvės susitarimą)
law-full-uk = United Kingdom General Data Protection Regulation (Jungtinės Karalystės bendrasis duomenų apsaugos reglamentas, „UK GDPR“, taikomas kartu su Data Protection Act 2018 – 2018 m. Duomenų apsaugos įstatymu)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Lithuanian notation, as in the Lithuanian text of the Regulation ("6 straipsnio 1 dalies e arba f
# punktu") and in VDAI decisions ("BDAR 6 straipsnio 1 dalies f punktas"): a genitive chain in which
# only the last noun takes the case of the sentence; "BDAR" (indeclinable) stands before the number.
# Each shape has attributes, chosen with case: "…" in REF:
#   (value) nominative   BDAR 15 straipsnio 1 dalies h punktas
#   .gen    genitive     … punkto          .acc  accusative  pagal … punktą
#   .ins    instrumental remiantis … punktu .loc  locative   … punkte (numatytų …)
# Several paragraphs or points take the plural ("1 ir 2 dalys", "b, c ir e punktai"). Points joined
# by "arba" keep the singular, as in Article 21(1) of the Regulation: .ins-or "e arba f punktu".
# Lists (the articles a decision found infringed) follow decision-articles in the genitive
# ("… pažeidimai"), each item with its own head word: ref-item-*.

ref-a = { $art } straipsnis
    .gen = { $art } straipsnio
    .acc = { $art } straipsnį
    .ins = { $art } straipsniu
    .loc = { $art } straipsnyje
ref-ap = { $art } straipsnio { $par } { $npar ->
        [one] dalis
       *[other] dalys
    }
    .gen = { $art } straipsnio { $par } { $npar ->
        [one] dalies
       *[other] dalių
    }
    .acc = { $art } straipsnio { $par } { $npar ->
        [one] dalį
       *[other] dalis
    }
    .ins = { $art } straipsnio { $par } { $npar ->
        [one] dalimi
       *[other] dalimis
    }
    .loc = { $art } straipsnio { $par } { $npar ->
        [one] dalyje
       *[other] dalyse
    }
ref-app = { $art } straipsnio { $par } dalies { $pt } { $npt ->
        [one] punktas
       *[other] punktai
    }
    .gen = { $art } straipsnio { $par } dalies { $pt } { $npt ->
        [one] punkto
       *[other] punktų
    }
    .acc = { $art } straipsnio { $par } dalies { $pt } { $npt ->
        [one] punktą
       *[other] punktus
    }
    .ins = { $art } straipsnio { $par } dalies { $pt } { $npt ->
        [one] punktu
       *[other] punktais
    }
    .loc = { $art } straipsnio { $par } dalies { $pt } { $npt ->
        [one] punkte
       *[other] punktuose
    }
    .ins-or = { $art } straipsnio { $par } dalies { $pt } punktu
ref-an = { $art } straipsnio { $num } punktas
    .gen = { $art } straipsnio { $num } punkto
    .acc = { $art } straipsnio { $num } punktą
    .ins = { $art } straipsnio { $num } punktu
    .loc = { $art } straipsnio { $num } punkte
ref-par = { $par }
ref-point = { $letter }
ref-item-a = { $art } straipsnio
ref-item-ap = { $art } straipsnio { $par } { $npar ->
        [one] dalies
       *[other] dalių
    }
ref-item-app = { $art } straipsnio { $par } dalies { $pt } { $npt ->
        [one] punkto
       *[other] punktų
    }
ref-item-an = { $art } straipsnio { $num } punkto
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z
# The word for "or" between points, as the Regulation writes it ("e arba f punktas"); CLDR's
# list gives "ar".
ref-or = arba

## Countries: "in <country>" for the persons a decision protects, in the locative, standing before
## "esančių asmenų" ("Italijoje esančių asmenų asmens duomenys"). $code: ISO code; $name: the
## country's name from CLDR in the nominative, which Lithuanian cannot put in the locative here, so
## the default names the country in brackets after "šioje valstybėje" (the country of the citation).
country-in = { $code ->
    [IT] Italijoje
    [GR] Graikijoje
    [FR] Prancūzijoje
    [NL] Nyderlanduose
    [AT] Austrijoje
    [DE] Vokietijoje
    [GB] Jungtinėje Karalystėje
   *[other] šioje valstybėje ({ $name })
}

## Letter frame

subject-access = Prašymas leisti susipažinti su mano asmens duomenimis pagal { $gdpr } { REF(15, case: "acc") }
subject-erasure = Prašymas ištrinti mano asmens duomenis pagal { $gdpr } { REF(17, case: "acc") } ir nesutikimas su duomenų tvarkymu pagal { $gdpr } { REF(21, par: 1, case: "acc") }
subject-access-erasure = Prašymas leisti susipažinti su duomenimis pagal { $gdpr } { REF(15, case: "acc") }, apriboti duomenų tvarkymą pagal { $gdpr } { REF(18, case: "acc") } ir vėliau ištrinti duomenis pagal { $gdpr } { REF(17, case: "acc") }
salutation = Gerbiamieji,
# No comma after the closing in Lithuanian.
closing = Pagarbiai
# $reference: the sender's own case or reference number.
our-reference = Mano nuorodos numeris: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted
# ("Vilnius, 2026 m. lapkričio 21 d.").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = { $count ->
    [1] Priedas:
   *[other] Priedai:
}
enclosure-photo = Mano veido nuotrauka, pateikiama tik tam, kad nagrinėjant šį prašymą būtų nustatyta mano tapatybė
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Puslapis { $page } iš { $pages }

## Opening

# $law_full: one of law-full-* (genitive, see above).
intro-access = Šiuo prašymu įgyvendinu savo teisę susipažinti su duomenimis pagal { $law_full } { REF(15, case: "acc") }. Prašau patvirtinti, ar bendrovė „{ $controller }“ tvarko su manimi susijusius asmens duomenis, ir, jei tvarko, leisti man susipažinti su tais asmens duomenimis ir toliau nurodyta informacija. Šio prašymo motyvuoti neprivalau.
intro-erasure = Šiuo prašymu įgyvendinu savo teisę reikalauti ištrinti duomenis pagal { $law_full } { REF(17, case: "acc") }. Prašau nepagrįstai nedelsiant ištrinti visus su manimi susijusius asmens duomenis. Kartu pagal { $gdpr } { REF(21, par: 1, case: "acc") } nesutinku, kad būtų tvarkomi bet kokie su manimi susiję asmens duomenys.
intro-access-erasure = Šiuo prašymu įgyvendinu { $law_full } suteikiamas teises: pirmiausia teisę susipažinti su duomenimis ({ $gdpr } { REF(15) }), o paskui teisę reikalauti ištrinti duomenis ({ $gdpr } { REF(17) }). Pirmiausia prašau leisti susipažinti su duomenimis, kad sužinočiau, kokius duomenis apie mane turite, prieš juos ištrinant. Pagal { $gdpr } { REF(21, par: 1, case: "acc") } nesutinku, kad būtų tvarkomi bet kokie su manimi susiję asmens duomenys, ir iki duomenų ištrynimo prašau apriboti jų tvarkymą ({ $gdpr } { REF(18) }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch decision, formatted ("2024 m. gegužės 16 d."); it stands
# before the noun "sprendimu", as Lithuanian dates do.
applicability-eu = Bendrovei „{ $controller }“ taikomas { $gdpr }: ji renka Europos Sąjungoje esančių asmenų atvaizdus ir juos tvarko, kad stebėtų jų elgesį ({ $gdpr } { REF(3, par: 2, pt: "b") }). Italijos, Graikijos, Prancūzijos, Austrijos ir Nyderlandų priežiūros institucijos taikė jai { $gdpr } ir pripažino jos vykdomą duomenų tvarkymą neteisėtu. Remiantis Nyderlandų priežiūros institucijos { $representative_date } sprendimu, ji nebuvo paskyrusi atstovo Sąjungoje ({ $gdpr } { REF(27) }). Todėl šį prašymą teikiu tiesiogiai Jums.
applicability-eea = Bendrovei „{ $controller }“ taikomas { $gdpr }: ji renka Europos ekonominėje erdvėje esančių asmenų atvaizdus ir juos tvarko, kad stebėtų jų elgesį ({ $gdpr } { REF(3, par: 2, pt: "b") }). Italijos, Graikijos, Prancūzijos, Austrijos ir Nyderlandų priežiūros institucijos taikė jai { $gdpr } ir pripažino jos vykdomą duomenų tvarkymą neteisėtu. Remiantis Nyderlandų priežiūros institucijos { $representative_date } sprendimu, ji nebuvo paskyrusi atstovo Sąjungoje ({ $gdpr } { REF(27) }). Todėl šį prašymą teikiu tiesiogiai Jums.
applicability-uk = Bendrovei „{ $controller }“ taikomas { $gdpr }. 2025 m. Upper Tribunal nusprendė, kad jos vykdomas duomenų tvarkymas yra susijęs su Jungtinėje Karalystėje esančių asmenų elgesio stebėjimu ({ $gdpr } { REF(3, par: 2, pt: "b") }). Šį prašymą teikiu tiesiogiai Jums.

## Access (Article 15)
# The access-copy-* items are objects of "Prašau pateikti … kopiją …, visų pirma:" (accusative).

access-heading = Susipažinimas su mano asmens duomenimis ({ $gdpr } { REF(15) })
access-copy = Prašau pateikti visų Jūsų tvarkomų su manimi susijusių asmens duomenų kopiją ({ $gdpr } { REF(15, par: 3) }), visų pirma:
access-copy-images = kiekvieną atvaizdą, kuriame esu arba kurį siejate su manimi, tokia raiška, kokia jį saugote;
access-copy-sources = kiekvieno atvaizdo atveju – tinklalapio ir atvaizdo failo, iš kurių jis buvo surinktas, adresus (URL), tinklalapio pavadinimą ir datas, kada atvaizdas buvo surinktas ir kada paskutinį kartą atnaujintas;
access-copy-metadata = visus kiekvieno atvaizdo metaduomenis, kuriuos saugote, įskaitant geografinės vietos duomenis ir datas;
access-copy-biometrics = iš mano veido išvestus biometrinius šablonus, vektorius ar maišos (hash) reikšmes ir visus kitus apie mane išvestus arba numanomus duomenis;
access-copy-searches = įrašus apie kiekvieną paiešką, kurios rezultatuose pasirodžiau, nurodant kiekvienos paieškos datą;
access-copy-probe = įrašus apie kiekvieną paiešką, kurią atlikdamas klientas įkėlė mano veido atvaizdą, kad pagal jį būtų ieškoma Jūsų duomenų bazėje, kartu pateikiant tą atvaizdą, nurodant paieškos datą ir ją atlikusį klientą;
access-copy-recipients = kiekvieno kliento ar kito duomenų gavėjo, kuriam buvo atskleisti su manimi susiję rezultatai, tapatybę.
# The access-info-* items are objects of "Taip pat prašau pateikti šią informaciją" (accusative).
access-info = Taip pat prašau pateikti šią informaciją ({ $gdpr } { REF(15, par: "1 2") }):
access-info-purposes = kiekvienos duomenų tvarkymo operacijos tikslus ({ REF(15, par: 1, pt: "a") }) ir kiekvieno tikslo atžvilgiu teisinį pagrindą, kuriuo remiatės ir kurį bet kuriuo atveju privalėjote man nurodyti ({ REF(14, par: 1, pt: "c") });
access-info-categories = atitinkamų asmens duomenų kategorijas ({ REF(15, par: 1, pt: "b") });
access-info-recipients = duomenų gavėjus, kuriems buvo arba bus atskleisti asmens duomenys, įvardijant kiekvieną iš jų, visų pirma duomenų gavėjus trečiosiose valstybėse arba tarptautines organizacijas; duomenų gavėjų kategorijų nurodyti nepakanka, jei galite nustatyti pačius gavėjus ({ REF(15, par: 1, pt: "c") }; 2023 m. sausio 12 d. Teisingumo Teismo sprendimas, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = duomenų gavėjus, kuriems buvo arba bus atskleisti asmens duomenys, įvardijant kiekvieną iš jų, visų pirma duomenų gavėjus trečiosiose valstybėse arba tarptautines organizacijas; duomenų gavėjų kategorijų nurodyti nepakanka, jei galite nustatyti pačius gavėjus ({ REF(15, par: 1, pt: "c") });
access-info-retention = laikotarpį, kurį bus saugoma kiekviena asmens duomenų kategorija, arba, jei tai neįmanoma, kriterijus, taikomus tam laikotarpiui nustatyti ({ REF(15, par: 1, pt: "d") });
access-info-rights = informaciją apie teisę prašyti ištaisyti arba ištrinti asmens duomenis ar apriboti duomenų tvarkymą ir apie teisę nesutikti su tokiu tvarkymu ({ REF(15, par: 1, pt: "e") });
access-info-complaint = informaciją apie teisę pateikti skundą priežiūros institucijai ({ REF(15, par: 1, pt: "f") });
access-info-source = visą turimą informaciją apie asmens duomenų šaltinius: konkrečias interneto svetaines ir tinklalapius, o ne vien šaltinių kategorijas ({ REF(15, par: 1, pt: "g") });
access-info-automated = informaciją apie tai, ar vykdomas automatizuotas sprendimų priėmimas, įskaitant profiliavimą, ir prasmingą informaciją apie loginį jo pagrindimą, taip pat tokio duomenų tvarkymo reikšmę ir numatomas pasekmes man ({ REF(15, par: 1, pt: "h") });
access-info-transfers = jei asmens duomenys perduodami į trečiąją valstybę arba tarptautinei organizacijai, informaciją apie tinkamas su duomenų perdavimu susijusias apsaugos priemones pagal { $gdpr } { REF(46, case: "acc") } ({ REF(15, par: 2) }).
# $reference and $date: the CNIL decision; the date stands before the noun ("savo 2022 m. spalio 17 d.
# sprendimu SAN-2022-019"), as Lithuanian dates do.
access-scope = Šis prašymas apima visus su manimi susijusius asmens duomenis visose Jūsų sistemose, įskaitant pseudonimizuotus duomenis ir Jūsų išvestus arba numanomus duomenis. Jis neapsiriboja paskutiniais dvylika mėnesių, neapsiriboja tam tikru prašymų skaičiumi per metus ir nepriklauso nuo to, ar jį pakartosiu: Prancūzijos priežiūros institucija (CNIL) savo { $date } sprendimu { $reference } pripažino tokius bendrovės „{ $controller }“ taikomus apribojimus neteisėtais.
access-role = Dėl kiekvienos duomenų tvarkymo operacijos taip pat nurodykite, ar ją atliekate kaip duomenų valdytojas, ar kaip kliento duomenų tvarkytojas, ir, jei kaip duomenų tvarkytojas, – kieno vardu ({ $gdpr } { REF(4, num: 7) } ir { REF(4, num: 8) }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out ("UK GDPR 15 straipsnio 1A dalis").
access-search-uk = Turiu teisę gauti asmens duomenis ir informaciją, kuriuos galite pateikti atlikę pagrįstą ir proporcingą paiešką ({ $gdpr } 15 straipsnio 1A dalis). Jūsų duomenų bazė sukurta tam, kad joje būtų ieškoma pagal veidą: paieška joje pagal mano veidą, taip pat paieška įrašuose apie paieškas, kurių rezultatuose pasirodžiau arba kuriose buvo įkeltas mano veido atvaizdas, yra pagrįsta ir proporcinga, kad ir kokia būtų jų apimtis.
access-format = Prašau kopiją pateikti nemokamai ({ $gdpr } { REF(12, par: 5) } ir { REF(15, par: 3) }), aiškia ir paprasta kalba ({ $gdpr } { REF(12, par: 1) }), o jei atsakysite elektroninėmis priemonėmis, – įprastai naudojama elektronine forma ({ $gdpr } { REF(15, par: 3) }).

## Erasure (Article 17)

erasure-heading = Mano asmens duomenų ištrynimas ({ $gdpr } { REF(17) })
erasure-after-access = Kai pateiksite kopiją ir pirmiau prašomą informaciją, prašau nepagrįstai nedelsiant ištrinti visus su manimi susijusius asmens duomenis ({ $gdpr } { REF(17, par: 1) }).
# The erasure-scope-* items are objects of "Ištrynimas turi apimti:" (accusative).
erasure-scope = Ištrynimas turi apimti:
erasure-scope-images = kiekvieną mano atvaizdą ir kiekvieną jo kopiją;
erasure-scope-biometrics = iš mano veido išvestus biometrinius šablonus, vektorius ir maišos (hash) reikšmes;
erasure-scope-metadata = su tais atvaizdais susijusius metaduomenis ir šaltinių adresus (URL);
erasure-scope-searches = su manimi susijusius paieškos rezultatus, paieškų žurnalus ir sąsajas;
erasure-scope-backups = visas atsarginėse kopijose, archyvuose ir Jūsų duomenų tvarkytojų sistemose esančias kopijas.
erasure-grounds = Taikomi šie duomenų ištrynimo pagrindai:
erasure-ground-unlawful = { $gdpr } { REF(17, par: 1, pt: "d") }: asmens duomenys buvo tvarkomi neteisėtai. Neturite jokio teisinio pagrindo pagal { $gdpr } { REF(6, par: 1, case: "acc") }. Biometriniai duomenys ({ $gdpr } { REF(4, num: 14) }), tvarkomi siekiant konkrečiai nustatyti fizinio asmens tapatybę, yra specialių kategorijų asmens duomenys, kuriuos tvarkyti draudžia { $gdpr } { REF(9, par: 1) }. Netaikoma nė viena iš { REF(9, par: 2, case: "loc") } numatytų išimčių: aiškaus sutikimo, kad mano biometriniai duomenys būtų tvarkomi Jūsų duomenų bazėje, nedaviau ({ REF(9, par: 2, pt: "a") }), o internete randami atvaizdai nebuvo mano akivaizdžiai paskelbti viešai biometriniam tvarkymui ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018 ("1 priedas").
erasure-ground-unlawful-uk = { $gdpr } { REF(17, par: 1, pt: "d") }: asmens duomenys buvo tvarkomi neteisėtai. Neturite jokio teisinio pagrindo pagal { $gdpr } { REF(6, par: 1, case: "acc") }. Biometriniai duomenys ({ $gdpr } { REF(4, num: 14) }), tvarkomi siekiant konkrečiai nustatyti fizinio asmens tapatybę, yra specialių kategorijų asmens duomenys, kuriuos tvarkyti draudžia { $gdpr } { REF(9, par: 1) }. Netaikoma nė viena iš { $gdpr } { REF(9, par: 2, case: "loc") } numatytų išimčių, taikomų kartu su Data Protection Act 2018 (2018 m. Duomenų apsaugos įstatymo) 1 priedu: aiškaus sutikimo, kad mano biometriniai duomenys būtų tvarkomi Jūsų duomenų bazėje, nedaviau ({ REF(9, par: 2, pt: "a") }), o internete randami atvaizdai nebuvo mano akivaizdžiai paskelbti viešai biometriniam tvarkymui ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { $gdpr } { REF(17, par: 1, pt: "c") }: pagal { $gdpr } { REF(21, par: 1, case: "acc") } nesutinku su duomenų tvarkymu dėl su mano konkrečiu atveju susijusių priežasčių: mano veidas yra nuolatinis identifikatorius, kurio negaliu pakeisti, o jo buvimas Jūsų duomenų bazėje leidžia bet kuriam Jūsų klientui nustatyti mano tapatybę iš bet kokios nuotraukos, nesvarbu, kur ir kada ji padaryta.
# The person's own words (--objection-grounds), in Lithuanian quotation marks; "savais žodžiais"
# does not reveal the author's gender (unlike "mano paties / pačios").
erasure-ground-objection-own = Savais žodžiais: „{ $grounds }“
# Article 21(1), Lithuanian text: "įrodo, kad duomenys tvarkomi dėl įtikinamų teisėtų priežasčių, kurios
# yra viršesnės už duomenų subjekto interesus, teises ir laisves".
erasure-ground-objection-burden = Todėl privalote nutraukti duomenų tvarkymą, nebent įrodysite, kad duomenys tvarkomi dėl įtikinamų teisėtų priežasčių, kurios yra viršesnės už mano interesus, teises ir laisves, arba siekiant pareikšti, vykdyti ar apginti teisinius reikalavimus ({ $gdpr } { REF(21, par: 1) }). Kiek remiatės { $gdpr } { REF(6, par: 1, pt: "e f", conj: "or", case: "ins-or") }, tokių priežasčių nėra: Jūsų komercinis interesas parduoti paieškas pagal mano veidą nėra tokia priežastis.
erasure-ground-consent = { $gdpr } { REF(17, par: 1, pt: "b") }: tiek, kiek remiatės sutikimu, jį atšaukiu.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country. Its name is in its own language and has no Lithuanian case: it stays in brackets after
# "priežiūros institucija", which carries the grammar. $in_country: "Italijoje" (country-in).
erasure-ground-legal-obligation = { $gdpr } { REF(17, par: 1, pt: "e") }, be pirmiau nurodytų pagrindų: priežiūros institucija ({ $authority }) Jums nurodė ištrinti { $in_country } esančių asmenų asmens duomenis. Todėl, mano nuomone, duomenis ištrinti taip pat būtina, kad būtų laikomasi Jums taikomos teisinės prievolės.
erasure-exceptions = Netaikoma nė viena iš { $gdpr } { REF(17, par: 3, case: "loc") } numatytų išimčių: duomenų tvarkymas nėra būtinas nei naudojantis teise į saviraiškos ir informacijos laisvę, nei siekiant laikytis teisinės prievolės, nei siekiant atlikti užduotį, vykdomą viešojo intereso labui, arba vykdant viešosios valdžios funkcijas, nei dėl viešojo intereso priežasčių visuomenės sveikatos srityje, nei archyvavimo tikslais viešojo intereso labui, mokslinių ar istorinių tyrimų tikslais arba statistiniais tikslais, nei siekiant pareikšti, vykdyti arba apginti teisinius reikalavimus. Jei remiatės kuria nors išimtimi, prašau nurodyti, kuria ir kodėl ({ $gdpr } { REF(12, par: 4) }).
erasure-restriction = Iki duomenų ištrynimo apribokite mano asmens duomenų tvarkymą ({ $gdpr } { REF(18, par: 1, pt: "d") }, kol tikrinate mano prieštaravimą): visų pirma nedelsdami nustokite rodyti mane paieškos rezultatuose.
erasure-recipients = Apie duomenų ištrynimą praneškite kiekvienam duomenų gavėjui, kuriam buvo atskleisti mano asmens duomenys, įskaitant kiekvieną klientą, kuris paieškos rezultatuose gavo mano atvaizdus ({ $gdpr } { REF(19) }), ir nurodykite man, kas yra tie gavėjai. Jei mano asmens duomenis paskelbėte viešai, imkitės pagrįstų veiksmų, kad informuotumėte tuos duomenis tvarkančius duomenų valdytojus, jog paprašiau ištrinti visas nuorodas į tuos duomenis arba jų kopijas ({ $gdpr } { REF(17, par: 2) }).
erasure-no-recollection = Nurodykite, ką darysite, kad mano asmens duomenys nebūtų renkami iš naujo. Jei saugote kokį nors įrašą, kad ateityje jie nebūtų renkami, nurodykite tiksliai, ką tas įrašas apima ir kokiu teisiniu pagrindu jį saugote.
erasure-confirmation = Prašau raštu patvirtinti duomenų ištrynimą ir nurodyti, ką ištrynėte, įskaitant atsarginėse kopijose esančias kopijas ir išvestinius šablonus.
erasure-free = Veiksmai pagal mano prašymą ištrinti duomenis, įskaitant pranešimus ir patvirtinimą, atliekami nemokamai ({ $gdpr } { REF(12, par: 5) }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Duomenų tvarkymo apribojimas iki ištrynimo ({ $gdpr } { REF(18) })
restriction-body = Nuo šio rašto gavimo iki duomenų ištrynimo apribokite mano asmens duomenų tvarkymą ({ $gdpr } { REF(18, par: 1, pt: "d") }, kol tikrinate mano prieštaravimą pagal { $gdpr } { REF(21, par: 1, case: "acc") }): saugokite duomenis, bet nenaudokite jų jokiu kitu tikslu, išskyrus atsakymą į šį prašymą. Visų pirma nedelsdami nustokite rodyti mane paieškos rezultatuose.

## Identification (Articles 11(2) and 12(6))

identification-heading = Tapatybės nustatymas
identification-no-photo = Šiame rašte pateiktos informacijos pakanka, kad galėtumėte į jį atsakyti. Jei turite pagrįstų abejonių dėl mano tapatybės, nurodykite, kokia papildoma informacija yra būtinai reikalinga ({ $gdpr } { REF(12, par: 6) }). Jei paiešką Jūsų sistemoje galima atlikti tik pagal mano veido nuotrauką, praneškite man; tada tokią nuotrauką pateiksiu tik šiam prašymui nagrinėti.
identification-photo = Pridedu savo veido nuotrauką tik tam, kad galėtumėte surasti su manimi susijusius asmens duomenis ({ $gdpr } { REF(11, par: 2) } ir { REF(12, par: 6) }). Duodu aiškų sutikimą ({ $gdpr } { REF(9, par: 2, pt: "a") }), kad Jūsų duomenų bazėje būtų atlikta viena paieška pagal iš šios nuotraukos sukurtą biometrinį šabloną, tik šiam prašymui nagrinėti. Jokiam kitam naudojimui sutikimo neduodu: neįtraukite nuotraukos ar šablono į savo duomenų bazę ir jų neatskleiskite. Sutikimą atšaukiu, kai tik atsakysite į šį prašymą ({ $gdpr } { REF(7, par: 3) }): tada ištrinkite nuotrauką, šabloną ir su jais atliktos paieškos rezultatus ir patvirtinkite man, kad jie ištrinti ({ $gdpr } { REF(5, par: 1, pt: "b c e") }).
identification-id-document = Asmens tapatybės dokumento kopijos nesiųsiu, nebent įrodysite, kad ji yra būtinai reikalinga. Bet kokia tokia kopija turi būti ištrinta iš karto po patikrinimo (Europos duomenų apsaugos valdyba, Gairės 01/2022 dėl duomenų subjektų teisių – Teisė susipažinti su duomenimis, 74, 76 ir 79 punktai).
# United Kingdom letters: the UK regulator's guidance, its title in English in Lithuanian quotation marks.
identification-id-document-uk = Asmens tapatybės dokumento kopijos nesiųsiu, nebent įrodysite, kad ji yra būtina: galite prašyti tik tokios informacijos, kuri yra pagrįsta ir proporcinga mano tapatybei patvirtinti (Information Commissioner's Office, gairės „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Atsakymo terminas ir forma
deadline-access = Prašau atsakyti nepagrįstai nedelsiant, bet ne vėliau kaip per vieną mėnesį nuo šio prašymo gavimo ({ $gdpr } { REF(12, par: 3) }). Prireikus šį laikotarpį galite pratęsti daugiausia dar dviem mėnesiams, atsižvelgdami į prašymų sudėtingumą ir skaičių; tokiu atveju per vieną mėnesį nuo prašymo gavimo turite mane informuoti apie pratęsimą, kartu pateikdami vėlavimo priežastis. Jei nesiimsite veiksmų pagal mano prašymą, per vieną mėnesį turite mane informuoti apie neveikimo priežastis ir apie mano teisę pateikti skundą priežiūros institucijai ir pasinaudoti teisių gynimo priemone teisme ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure = Prašau nepagrįstai nedelsiant, bet ne vėliau kaip per vieną mėnesį nuo prašymo gavimo imtis veiksmų pagal mano prašymą ({ $gdpr } { REF(12, par: 3) }). Prireikus šį laikotarpį galite pratęsti daugiausia dar dviem mėnesiams, atsižvelgdami į prašymų sudėtingumą ir skaičių; tokiu atveju per vieną mėnesį nuo prašymo gavimo turite mane informuoti apie pratęsimą, kartu pateikdami vėlavimo priežastis. Jei nesiimsite veiksmų pagal mano prašymą, per vieną mėnesį turite mane informuoti apie neveikimo priežastis ir apie mano teisę pateikti skundą priežiūros institucijai ir pasinaudoti teisių gynimo priemone teisme ({ $gdpr } { REF(12, par: 4) }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR, written out
# ("UK GDPR 12A straipsnis"); the English term follows in brackets.
deadline-access-uk = Prašau atsakyti nepagrįstai nedelsiant, bet ne vėliau kaip iki taikomo laikotarpio (applicable time period) pabaigos, t. y. per vieną mėnesį nuo šio prašymo gavimo ({ $gdpr } 12A straipsnis). Šį laikotarpį galite pratęsti daugiausia dar dviem mėnesiams ir tik tada, kai to reikia dėl prašymų sudėtingumo ar skaičiaus; tokiu atveju per tą mėnesį turite man apie tai pranešti, nurodydami priežastis. Jei, kad nustatytumėte informaciją ar duomenų tvarkymą, su kuriais susijęs mano prašymas, Jums pagrįstai reikia iš manęs papildomos informacijos, nedelsdami jos paprašykite: laikotarpio eiga sustabdoma tik iki mano atsakymo. Jei nesiimsite veiksmų pagal mano prašymą, per tą laikotarpį turite mane informuoti apie neveikimo priežastis ir apie mano teisę pateikti skundą Information Commissioner ir pasinaudoti teisių gynimo priemone teisme ({ $gdpr } { REF(12, par: 4) }).
deadline-erasure-uk = Prašau nepagrįstai nedelsiant, bet ne vėliau kaip iki taikomo laikotarpio (applicable time period) pabaigos, t. y. per vieną mėnesį nuo šio prašymo gavimo, imtis veiksmų pagal mano prašymą ({ $gdpr } 12A straipsnis). Šį laikotarpį galite pratęsti daugiausia dar dviem mėnesiams ir tik tada, kai to reikia dėl prašymų sudėtingumo ar skaičiaus; tokiu atveju per tą mėnesį turite man apie tai pranešti, nurodydami priežastis. Jei nesiimsite veiksmų pagal mano prašymą, per tą laikotarpį turite mane informuoti apie neveikimo priežastis ir apie mano teisę pateikti skundą Information Commissioner ir pasinaudoti teisių gynimo priemone teisme ({ $gdpr } { REF(12, par: 4) }).
no-formalities = Savo atsakymo negalite sieti su reikalavimu naudoti konkrečią formą, interneto portalą ar perdavimo priemonę (Europos duomenų apsaugos valdyba, Gairės 01/2022 dėl duomenų subjektų teisių – Teisė susipažinti su duomenimis, 50–53 punktai).
# United Kingdom letters: the UK regulator's guidance, its title in English in quotation marks.
no-formalities-uk = Savo atsakymo negalite sieti su reikalavimu naudoti konkrečią formą, interneto portalą ar perdavimo priemonę: prašymą galima pateikti bet kokia forma, žodžiu arba raštu (Information Commissioner's Office, gairės „Right of access“).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Atsakymą prašau siųsti pirmiau nurodytu adresu.
reply-to-both = Atsakymą prašau siųsti pirmiau nurodytu pašto arba e. pašto adresu.
reply-to-email = Atsakymą prašau siųsti pirmiau nurodytu e. pašto adresu.

## Decisions against Clearview

decisions-heading = Sprendimai dėl bendrovės „{ $controller }“
decisions-own = Valstybėje, kurioje gyvenu, priimti šie sprendimai:
decisions-other = Kitų valstybių priežiūros institucijos pripažino tą patį bendrovės „{ $controller }“ vykdomą duomenų tvarkymą neteisėtu. Remiuosi jų sprendimais:
# One decision. $authority: name of the authority or court (in its own language, no Lithuanian case);
# $country: its country (CLDR, nominative, in brackets); $act: one of decision-kind-* with the
# reference; $date: its date ("2022 m. vasario 10 d."). The date stands before the act, as in
# Lithuanian citations ("2022 m. vasario 10 d. nurodymas …"); this also keeps the date, which ends
# with "d.", away from the full stop the program adds after the citation.
decision-citation = { $authority } ({ $country }), { $date } { $act }
# The Italian Garante's "ordinanza ingiunzione" (an order imposing a fine together with corrective
# measures): rendered as a decision imposing a fine, with the Italian term in brackets.
decision-kind-injunction-order = sprendimas skirti baudą (ordinanza ingiunzione) Nr. { $reference }
decision-kind-decision = sprendimas { $reference }
decision-kind-formal-notice = oficialus įspėjimas { $reference }
# The CNIL's act: a "délibération" of its restricted committee (formation restreinte).
decision-kind-sanction = ribotos sudėties komiteto sprendimas (délibération) { $reference }
decision-kind-penalty-liquidation = sprendimas { $reference } (galutinės periodinės baudos sumos nustatymas)
decision-kind-fines-and-penalty-orders = sprendimas (baudos ir įpareigojimai, už kurių nevykdymą skiriamos periodinės baudos)
# The Austrian DSB's "Bescheid": an administrative decision.
decision-kind-bescheid = sprendimas (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the DSB's decision aside and remitting
# the case (§ 28(3) VwGVG): a procedural ruling, "nutartis", not a judgment ("sprendimas").
decision-kind-remittal-order = nutartis (Beschluss) { $reference }
# A UK tribunal's decision (First-tier Tribunal, Upper Tribunal).
decision-kind-tribunal-decision = sprendimas { $reference }
decision-kind-letter = raštas
decision-kind-enforcement-and-penalty-notices = vykdymo pranešimas (enforcement notice) ir pranešimas apie piniginę baudą (monetary penalty notice)
# The following sentences come after decision-citation in any combination. They are impersonal
# (passive), because the deciding body may be an authority, a commissioner or a court.
# $articles: the provisions found infringed, in the genitive (ref-item-*, joined with "ir"):
# "5 straipsnio 1 dalies a punkto, 6 straipsnio ir 9 straipsnio".
decision-articles = Nustatyti { $gdpr } { $articles } pažeidimai.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Skirta { $amount } bauda.
# The UK's statutory term (section 155 of the Data Protection Act 2018): "piniginė bauda", as in
# decision-kind-enforcement-and-penalty-notices, with the English term in brackets.
decision-monetary-penalty = Skirta { $amount } piniginė bauda (monetary penalty).
decision-fines-total = Skirtos baudos, kurių bendra suma – { $amount }.
decision-penalty-per-day = Papildomai nustatyta { $amount } periodinė bauda už kiekvieną uždelstą dieną.
decision-penalty-max = Papildomai nustatyti įpareigojimai, už kurių nevykdymą gali būti skirtos periodinės baudos, iš viso iki { $amount }.
decision-penalty-liquidated = Bendrovė „{ $controller }“ įpareigota sumokėti { $amount }, nes laiku neįvykdė nurodymo.
decision-orders = Bendrovė „{ $controller }“ įpareigota:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items (infinitives).
decision-requests = Bendrovė „{ $controller }“ paraginta:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Šie pranešimai nėra galutiniai: Upper Tribunal grąžino bendrovės „{ $controller }“ skundą dėl jų iš naujo nagrinėti First-tier Tribunal.
# Orders are list items completing "Bendrovė „…“ įpareigota:" (decision-orders) or
# "Bendrovė „…“ paraginta:" (decision-requests): each starts with an infinitive and ends with ";".
# facerights replaces the separator of the last item with a full stop.
# $in_country: the locative of country-in ("Italijoje"), before "esančių asmenų".
order-ban-collection-territory = nutraukti { $in_country } esančių asmenų atvaizdų ir kitų asmens duomenų rinkimą ir jų biometrinių duomenų tvarkymą;
order-ban-collection-processing-territory = nutraukti { $in_country } esančių asmenų atvaizdų ir metaduomenų rinkimą automatizuotai renkant duomenis internete (web scraping) ir bet kokį tolesnį jų asmens duomenų, tiek įprastų, tiek biometrinių, tvarkymą;
order-erase-territory = ištrinti { $in_country } esančių asmenų asmens duomenis;
order-erase-territory-after-access = ištrinti { $in_country } esančių asmenų asmens duomenis po to, kai bus atsakyta į jau gautus prašymus susipažinti su duomenimis;
order-stop-processing-territory = nutraukti { $in_country } esančių asmenų asmens duomenų rinkimą ir tvarkymą be teisinio pagrindo;
order-facilitate-rights = sudaryti palankesnes sąlygas duomenų subjektams naudotis savo teisėmis ir atsakyti į skundą pateikusio asmens prašymą susipažinti su duomenimis;
order-answer-complainant-access = atsakyti į skundą pateikusio asmens prašymą susipažinti su duomenimis;
order-grant-complainant-erasure = patenkinti skundą pateikusio asmens prašymą ištrinti duomenis;
order-appoint-representative = paskirti atstovą Sąjungoje ({ $gdpr } { REF(27) });
order-stop-processing-erase-territory = nutraukti { $in_country } esančių asmenų asmens duomenų tvarkymą ir pašalinti neteisėtai gautus duomenis;
order-give-art14-information = informuoti duomenų subjektus, kaip reikalaujama { $gdpr } { REF(14, case: "loc") };
order-stop-refusing-access = atsisakyti praktikos neatsakyti į prašymus susipažinti su duomenimis;
order-erase-complainant = ištrinti skundą pateikusio asmens asmens duomenis;
order-erase-complainant-biometric = ištrinti skundą pateikusio asmens biometrines maišos (hash) reikšmes;
order-stop-obtaining-uk = nutraukti internete viešai prieinamų Jungtinės Karalystės gyventojų asmens duomenų gavimą ir naudojimą;
order-erase-uk = ištrinti Jungtinės Karalystės gyventojų asmens duomenis iš savo sistemų;
outcome-reconsider-ban = Teismas nusprendė, kad institucija turi iš naujo apsvarstyti savo atsisakymą uždrausti duomenų tvarkymą ir kad draudimas yra vienintelė tinkama priemonė; bylą jis grąžino institucijai.
outcome-ftt-no-jurisdiction = Teismas patenkino bendrovės „Clearview“ skundą ir nusprendė, kad Information Commissioner neturėjo kompetencijos priimti šių pranešimų.
outcome-ut-ico-appeal-allowed = Teismas patenkino Information Commissioner apeliacinį skundą: duomenų tvarkymas yra susijęs su Jungtinėje Karalystėje esančių asmenų elgesio stebėjimu, o tai, kad bendrovės „Clearview“ klientai yra užsienio viešosios įstaigos, nepašalina šio tvarkymo iš { $gdpr } taikymo srities.
outcome-remitted-ftt = Bendrovės „Clearview“ skundą dėl šių pranešimų teismas grąžino nagrinėti First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "ir":
# noun phrases in the nominative, e.g. "20 000 000 € bauda, tolesnio duomenų rinkimo draudimas ir …".
summary-fine = { $amount } bauda
summary-monetary-penalty = { $amount } piniginė bauda (monetary penalty), kuri dar nėra galutinė
summary-erasure = nurodymas ištrinti { $in_country } esančių asmenų asmens duomenis
summary-ban = tolesnio duomenų rinkimo draudimas
summary-access = nurodymas nebeatsisakyti atsakyti į prašymus susipažinti su duomenimis
summary-complainant-access = nurodymas atsakyti į skundą pateikusio asmens prašymą susipažinti su duomenimis
summary-erase-complainant = nurodymas ištrinti skundą pateikusio asmens asmens duomenis
summary-representative = nurodymas paskirti atstovą Sąjungoje
summary-no-fine = bauda neskirta
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

remedies = Jei per nustatytą terminą neatsakysite išsamiai, pateiksiu skundą kompetentingai priežiūros institucijai ({ $gdpr } { REF(77) }): { $authority }, { $address }. Pasilieku teisę pareikšti Jums ieškinį valstybės narės, kurioje yra mano įprastinė gyvenamoji vieta, teismuose ({ $gdpr } { REF(79, par: 2) }) ir reikalauti kompensacijos ({ $gdpr } { REF(82) }).
# EEA letters: Article 79(2) for the EEA-EFTA states ("valstybės", the EEA State).
remedies-eea = Jei per nustatytą terminą neatsakysite išsamiai, pateiksiu skundą kompetentingai priežiūros institucijai ({ $gdpr } { REF(77) }): { $authority }, { $address }. Pasilieku teisę pareikšti Jums ieškinį valstybės, kurioje yra mano įprastinė gyvenamoji vieta, teismuose ({ $gdpr } { REF(79, par: 2) }) ir reikalauti kompensacijos ({ $gdpr } { REF(82) }).
# A German sender who did not name the Land: § 19(2) BDSG, cited as Lithuanian cites a foreign statute
# ("Vokietijos federalinio duomenų apsaugos įstatymo (BDSG) 19 straipsnio 2 dalis").
remedies-land-of-residence = Jei per nustatytą terminą neatsakysite išsamiai, pateiksiu skundą tos Vokietijos žemės, kurioje gyvenu, duomenų apsaugos priežiūros institucijai ({ $gdpr } { REF(77) }; Vokietijos federalinio duomenų apsaugos įstatymo (BDSG) 19 straipsnio 2 dalis). Pasilieku teisę pareikšti Jums ieškinį valstybės narės, kurioje yra mano įprastinė gyvenamoji vieta, teismuose ({ $gdpr } { REF(79, par: 2) }) ir reikalauti kompensacijos ({ $gdpr } { REF(82) }).
# United Kingdom letters: sections of the Data Protection Act 2018 ("164A skirsnis"), the Act's name in
# English as in law-full-uk.
remedies-uk = Privalote sudaryti palankias sąlygas pateikti Jums skundus dėl mano asmens duomenų tvarkymo (Data Protection Act 2018 164A skirsnis). Jei per taikomą laikotarpį neatsakysite išsamiai, pagal tą skirsnį pateiksiu skundą Jums, o jei tai neišspręs klausimo, – priežiūros institucijai ({ $gdpr } { REF(77) }): { $authority } (arba jos teisių perėmėja – Information Commission), { $address }. Pasilieku teisę kreiptis į teismą priimti nutartį, įpareigojančią laikytis reikalavimų (compliance order, Data Protection Act 2018 167 skirsnis) ir reikalauti kompensacijos ({ $gdpr } { REF(82) }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted ("2026 m. spalio 1 d.", usable as an adverbial and after "iki").

# What the first request asked for: the infinitive phrase after "prašymas" ("prašymas leisti
# susipažinti …"), so that "prašymas" takes each sentence's case: "gavote mano prašymą { $request }",
# "mano prašymo { $request } kopija", "susijęs su mano prašymu { $request }".
request-name-access = leisti susipažinti su mano asmens duomenimis pagal { $gdpr } { REF(15, case: "acc") }
request-name-erasure = ištrinti mano asmens duomenis pagal { $gdpr } { REF(17, case: "acc") }, kartu pareiškiant nesutikimą su duomenų tvarkymu pagal { $gdpr } { REF(21, par: 1, case: "acc") }
request-name-access-erasure = leisti susipažinti su duomenimis pagal { $gdpr } { REF(15, case: "acc") }, apriboti duomenų tvarkymą pagal { $gdpr } { REF(18, case: "acc") } ir vėliau ištrinti duomenis pagal { $gdpr } { REF(17, case: "acc") }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Priminimas dėl mano prašymo { $request } (gautas { $received })
# $ends: the last day of the reply period.
reminder-facts = { $received } gavote mano prašymą { $request }; jo kopija pridedama. Atsakymo terminas baigėsi { $ends } arba, jei ta diena buvo švenčių diena, kitą darbo dieną ({ $gdpr } { REF(12, par: 3) }).
reminder-facts-uk = { $received } gavote mano prašymą { $request }; jo kopija pridedama. Taikomas atsakymo laikotarpis (applicable time period) baigėsi { $ends } arba, jei ta diena buvo oficiali švenčių diena (bank holiday), kitą darbo dieną ({ $gdpr } 12A straipsnis).
reminder-no-reply = Negavau iš Jūsų jokio atsakymo ir jokios informacijos apie termino pratęsimą ar priežastis, dėl kurių nesiėmėte veiksmų pagal mano prašymą ({ $gdpr } { REF(12, par: "3 4") }).
reminder-incomplete = Jūsų atsakymas neišsamus: jame nepateikta viskas, ko prašiau, ir nenurodėte priežasčių, kodėl kas nors praleista ({ $gdpr } { REF(12, par: 4) }).
# $grace: a date fourteen days after this letter.
reminder-demand = Todėl pažeidžiate { $gdpr }. Prašau nedelsiant ir bet kuriuo atveju ne vėliau kaip iki { $grace } visiškai įvykdyti mano prašymą.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Jei to nepadarysite, be papildomo įspėjimo pateiksiu skundą priežiūros institucijai ({ $gdpr } { REF(77) }): { $authority }, { $address }. Pasilieku teisę pareikšti Jums ieškinį valstybės narės, kurioje yra mano įprastinė gyvenamoji vieta, teismuose ({ $gdpr } { REF(79, par: 2) }) ir reikalauti atlyginti bet kokią man padarytą žalą ({ $gdpr } { REF(82) }).
reminder-remedies-eea = Jei to nepadarysite, be papildomo įspėjimo pateiksiu skundą priežiūros institucijai ({ $gdpr } { REF(77) }): { $authority }, { $address }. Pasilieku teisę pareikšti Jums ieškinį valstybės, kurioje yra mano įprastinė gyvenamoji vieta, teismuose ({ $gdpr } { REF(79, par: 2) }) ir reikalauti atlyginti bet kokią man padarytą žalą ({ $gdpr } { REF(82) }).
reminder-remedies-land-of-residence = Jei to nepadarysite, be papildomo įspėjimo pateiksiu skundą tos Vokietijos žemės, kurioje gyvenu, duomenų apsaugos priežiūros institucijai ({ $gdpr } { REF(77) }; Vokietijos federalinio duomenų apsaugos įstatymo (BDSG) 19 straipsnio 2 dalis). Pasilieku teisę pareikšti Jums ieškinį valstybės narės, kurioje yra mano įprastinė gyvenamoji vieta, teismuose ({ $gdpr } { REF(79, par: 2) }) ir reikalauti atlyginti bet kokią man padarytą žalą ({ $gdpr } { REF(82) }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018,
# which the controller must acknowledge within 30 days.
reminder-remedies-uk = Šis laiškas kartu yra mano skundas Jums pagal Data Protection Act 2018 164A skirsnį: prašau per 30 dienų nuo jo gavimo patvirtinti, kad jį gavote, ir nepagrįstai nedelsiant pranešti man jo nagrinėjimo rezultatą. Jei neįvykdysite mano prašymo, pateiksiu skundą priežiūros institucijai ({ $gdpr } { REF(77) }): { $authority } (arba jos teisių perėmėja – Information Commission), { $address }. Pasilieku teisę kreiptis į teismą priimti nutartį, įpareigojančią laikytis reikalavimų (compliance order, Data Protection Act 2018 167 skirsnis), ir reikalauti kompensacijos ({ $gdpr } { REF(82) }).
# Enclosure lines.
enclosure-request-copy = Mano prašymo kopija (prašymas { $request }, gautas { $received })
enclosure-proof = Išsiuntimo ir, jei turima, įteikimo įrodymas
enclosure-reply = Bendrovės „{ $controller }“ atsakymo kopija
enclosure-reminder = Mano { $reminded } priminimo kopija

## Complaint to the supervisory authority (in the authority's language by default). The authority is
## addressed with the capitalised polite plural, as the company is ("Prašau: išnagrinėti …").

subject-complaint = Skundas dėl bendrovės „{ $controller }“ pagal { $gdpr } { REF(77, case: "acc") }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Gerbiamieji,
# $controller_address: Clearview's postal address on one line.
complaint-intro = Pagal { $gdpr } { REF(77, case: "acc") } teikiu skundą dėl bendrovės „{ $controller }“ ({ $controller_address }). Skundas susijęs su mano prašymu { $request }. Bendrovė šį prašymą gavo { $received }; jo kopija pridedama.
# What happened ($outcome): one of these.
complaint-no-reply = Bendrovė „{ $controller }“ į mano prašymą neatsakė, o atsakymo terminas baigėsi { $ends } arba, jei ta diena buvo švenčių diena, kitą darbo dieną ({ $gdpr } { REF(12, par: 3) }). Ji nepranešė man nei apie termino pratęsimą, nei apie neveikimo priežastis ({ $gdpr } { REF(12, par: 4) }).
complaint-no-reply-uk = Bendrovė „{ $controller }“ į mano prašymą neatsakė, o taikomas atsakymo laikotarpis (applicable time period) baigėsi { $ends } arba, jei ta diena buvo oficiali švenčių diena (bank holiday), kitą darbo dieną ({ $gdpr } 12A straipsnis). Ji nepranešė man nei apie termino pratęsimą, nei apie neveikimo priežastis ({ $gdpr } { REF(12, par: 4) }).
complaint-incomplete = Bendrovė „{ $controller }“ atsakė, tačiau jos atsakymas neišsamus: jame nepateikta viskas, ko prašiau, ir nenurodyta priežasčių, kodėl kas nors praleista. Išsamaus atsakymo terminas baigėsi { $ends } arba, jei ta diena buvo švenčių diena, kitą darbo dieną ({ $gdpr } { REF(12, par: 3) }). Atsakymo kopija pridedama.
complaint-incomplete-uk = Bendrovė „{ $controller }“ atsakė, tačiau jos atsakymas neišsamus: jame nepateikta viskas, ko prašiau, ir nenurodyta priežasčių, kodėl kas nors praleista. Išsamiam atsakymui taikomas laikotarpis (applicable time period) baigėsi { $ends } arba, jei ta diena buvo oficiali švenčių diena (bank holiday), kitą darbo dieną ({ $gdpr } 12A straipsnis). Atsakymo kopija pridedama.
complaint-refused = Bendrovė „{ $controller }“ atsisakė imtis veiksmų pagal mano prašymą. Jos atsakymo kopija pridedama.
complaint-identity-demanded = Bendrovė „{ $controller }“ savo atsakymą padarė priklausomą nuo tapatybės nustatymo, kurio mano prašymui nereikėjo, pavyzdžiui, nuo asmens tapatybės dokumento kopijos. Jos atsakymo kopija pridedama.
# $reminded: the date of the reminder the person sent.
complaint-reminded = { $reminded } priminiau bendrovei „{ $controller }“ apie savo prašymą; ji jo neįvykdė. Priminimo kopija pridedama.
complaint-reminded-uk = { $reminded } pateikiau bendrovei „{ $controller }“ skundą pagal Data Protection Act 2018 164A skirsnį; klausimas neišspręstas. To skundo kopija pridedama.
complaint-infringements = Mano nuomone, bendrovė „{ $controller }“ tuo pažeidė visų pirma šias nuostatas:
# Infringements, as list items in the nominative, ending with ";" like the orders.
infringement-time-limit = { $gdpr } { REF(12, par: 3) }, nes per nustatytą terminą nesiėmė veiksmų pagal mano prašymą;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { $gdpr } { REF(12, par: "3 4") }, nes per nustatytą terminą ne visa apimtimi ėmėsi veiksmų pagal mano prašymą ir nenurodė priežasčių, kodėl kas nors praleista;
infringement-incomplete-uk = { $gdpr } { REF(12, par: "3 4") }, taikomos kartu su { $gdpr } 12A straipsniu, nes per taikomą laikotarpį ne visa apimtimi ėmėsi veiksmų pagal mano prašymą ir nenurodė priežasčių, kodėl kas nors praleista;
infringement-time-limit-uk = { $gdpr } { REF(12, par: 3) }, taikoma kartu su { $gdpr } 12A straipsniu, nes per taikomą laikotarpį nesiėmė veiksmų pagal mano prašymą;
infringement-no-reasons = { $gdpr } { REF(12, par: 4) }, nes neinformavo manęs apie neveikimo priežastis ir apie teisę pateikti skundą;
infringement-access = { $gdpr } { REF(15) }, nes nesudarė man galimybės susipažinti su mano asmens duomenimis ir informacija apie jų tvarkymą;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { $gdpr } { REF(18, par: 1, pt: "d") } ir { REF(21, par: 1) }, nes neapribojo mano asmens duomenų tvarkymo ir, man nesutikus su tvarkymu, jo nenutraukė;
infringement-erasure = { $gdpr } { REF(17, par: 1) } ir { REF(21, par: 1) }, nes neištrynė mano asmens duomenų ir nenutraukė jų tvarkymo, nors yra pagrindų juos ištrinti ir aš nesutikau su jų tvarkymu;
infringement-identification = { $gdpr } { REF(12, par: 2) } ir { REF(12, par: 6) }, nes mano teisių įgyvendinimą padarė priklausomą nuo nebūtino tapatybės nustatymo, ir { $gdpr } { REF(5, par: 1, pt: "c") }, nes reikalauja daugiau asmens duomenų, nei jai reikia;
infringement-refusal = { $gdpr } { REF(12, par: 4) }, nes atsisakė imtis veiksmų pagal mano prašymą neturėdama { $gdpr } pripažįstamo pagrindo, ir { $gdpr } { REF(12, par: 2) }, kiek ji remiasi tuo, kad negali nustatyti mano tapatybės;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Priežiūros institucijos jau yra priėmusios šiuos sprendimus dėl bendrovės „{ $controller }“:
complaint-requests = Todėl prašau:
complaint-ask-handle = išnagrinėti mano skundą ir ištirti jo dalyką ({ $gdpr } { REF(57, par: 1, pt: "f") });
complaint-ask-order = nurodyti bendrovei „{ $controller }“ įvykdyti mano prašymą ({ $gdpr } { REF(58, par: 2, pt: "c") }) ir pasinaudoti kitais savo įgaliojimais imtis korekcinių priemonių ({ $gdpr } { REF(58, par: 2) } ir { REF(83) });
complaint-ask-inform = informuoti mane apie skundo nagrinėjimo eigą ir rezultatus ({ $gdpr } { REF(77, par: 2) }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = informuoti mane apie skundo nagrinėjimo eigą ir rezultatus (Data Protection Act 2018 165 skirsnis).
complaint-consent-share = Sutinku, kad šį skundą su mano vardu ir pavarde perduotumėte bendrovei „{ $controller }“, kad jis būtų išnagrinėtas.
