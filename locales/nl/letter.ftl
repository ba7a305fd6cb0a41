### facerights — brieftekst, Nederlands (nl).
###
### Vertaald uit locales/en/letter.ftl. Juridische termen volgen de Nederlandse taalversie
### van Verordening (EU) 2016/679 (AVG) op EUR-Lex. Artikelverwijzingen zoals in de Nederlandse
### rechtspraktijk ("artikel 15, eerste lid, onder h, AVG"): zie de ref-*-berichten.
### Aanspreekvorm: u (formeel); de schrijver is een particulier in de eerste persoon enkelvoud.
###
### Variables available in every message:
###   $gdpr        short name of the law ("AVG", or "UK GDPR" for United Kingdom letters)
###   $controller  "Clearview AI, Inc."

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = AVG
law-short-uk = UK GDPR
law-full-eu = Verordening (EU) 2016/679 (algemene verordening gegevensbescherming, ‘AVG’)
law-full-eea = Verordening (EU) 2016/679 (algemene verordening gegevensbescherming, ‘AVG’), zoals opgenomen in de Overeenkomst betreffende de Europese Economische Ruimte
law-full-uk = de United Kingdom General Data Protection Regulation (‘UK GDPR’), gelezen in samenhang met de Data Protection Act 2018

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# As Dutch courts and the Autoriteit Persoonsgegevens cite: "artikel 15, eerste lid, onder h, AVG",
# "artikel 15, eerste en tweede lid, AVG", "artikel 5, eerste lid, onder b, c en e, AVG",
# "artikel 6, eerste lid, onder e of f, AVG", "artikel 4, punt 14, AVG" (paragraphs as ordinal
# words, points after "onder" without the bracket of the EUR-Lex text).
# A citation with a paragraph or point is closed by a comma when the sentence goes on after it
# ("artikel 21, eerste lid, AVG", "van artikel 9, tweede lid, is"): messages then use
# case: "comma". case: "start" is the form at the start of a list item (capital A, with the comma).
# In a list (ref-item-*) every provision keeps "artikel", as a bare number would be read as
# a further point or paragraph; decision-articles names the AVG before the list.

ref-a = artikel { $art }
    .start = Artikel { $art }
ref-ap = artikel { $art }, { $par } lid
    .comma = artikel { $art }, { $par } lid,
    .start = Artikel { $art }, { $par } lid,
ref-app = artikel { $art }, { $par } lid, onder { $pt }
    .comma = artikel { $art }, { $par } lid, onder { $pt },
    .start = Artikel { $art }, { $par } lid, onder { $pt },
ref-an = artikel { $art }, punt { $num }
    .comma = artikel { $art }, punt { $num },
    .start = Artikel { $art }, punt { $num },
ref-par = { $par ->
        [1] eerste
        [2] tweede
        [3] derde
        [4] vierde
        [5] vijfde
        [6] zesde
        [7] zevende
        [8] achtste
        [9] negende
        [10] tiende
        [11] elfde
       *[other] { $par }e
    }
ref-point = { $letter }
ref-item-a = artikel { $art }
ref-item-ap = artikel { $art }, { $par } lid
ref-item-app = artikel { $art }, { $par } lid, onder { $pt }
ref-item-an = artikel { $art }, punt { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects ("personen in Italië").
# $code: ISO code; $name: the CLDR name. Names used with an article keep it:
# "in het Verenigd Koninkrijk", "in de Verenigde Staten".
country-in = { $code ->
    [GB] in het Verenigd Koninkrijk
    [US] in de Verenigde Staten
   *[other] in { $name }
}

## Letter frame

subject-access = Verzoek om inzage in mijn persoonsgegevens op grond van { REF(15) } { $gdpr }
subject-erasure = Verzoek om wissing van mijn persoonsgegevens op grond van { REF(17) } { $gdpr } en bezwaar op grond van { REF(21, par: 1, case: "comma") } { $gdpr }
subject-access-erasure = Verzoek om inzage op grond van { REF(15) } { $gdpr }, beperking van de verwerking op grond van { REF(18) } { $gdpr } en aansluitende wissing op grond van { REF(17) } { $gdpr }
salutation = Geachte heer, mevrouw,
closing = Hoogachtend,
# $reference: the sender's own case or reference number.
our-reference = Mijn kenmerk: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with the punctuation your language uses before it.
enclosures-label = { $count ->
    [one] Bijlage:
   *[other] Bijlagen:
}
enclosure-photo = Foto van mijn gezicht, uitsluitend verstrekt om mij voor dit verzoek te identificeren
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Pagina { $page } van { $pages }

## Opening

# $law_full: one of law-full-*.
intro-access = Hierbij maak ik gebruik van mijn recht van inzage op grond van { REF(15) } van { $law_full }. Ik verzoek u mij uitsluitsel te geven over de vraag of { $controller } mij betreffende persoonsgegevens verwerkt en, wanneer dat het geval is, mij inzage te geven in die persoonsgegevens en in de hieronder vermelde informatie. Ik hoef dit verzoek niet te motiveren.
intro-erasure = Hierbij maak ik gebruik van mijn recht op gegevenswissing op grond van { REF(17) } van { $law_full }. Ik verzoek u alle mij betreffende persoonsgegevens zonder onredelijke vertraging te wissen. Tegelijkertijd maak ik op grond van { REF(21, par: 1, case: "comma") } { $gdpr } bezwaar tegen elke verwerking van mij betreffende persoonsgegevens.
intro-access-erasure = Hierbij maak ik gebruik van mijn rechten op grond van { $law_full }: eerst mijn recht van inzage ({ REF(15) } { $gdpr }), daarna mijn recht op gegevenswissing ({ REF(17) } { $gdpr }). Ik vraag eerst om inzage, zodat ik weet welke gegevens u over mij bewaart voordat deze worden gewist. Ik maak op grond van { REF(21, par: 1, case: "comma") } { $gdpr } bezwaar tegen elke verwerking van mij betreffende persoonsgegevens en verzoek u tot aan de wissing de verwerking te beperken ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

applicability-eu = { $controller } valt onder de { $gdpr }: de onderneming verzamelt afbeeldingen van personen in de Europese Unie en verwerkt deze om hun gedrag te monitoren ({ REF(3, par: 2, pt: "b", case: "comma") } { $gdpr }). De toezichthoudende autoriteiten van Italië, Griekenland, Frankrijk, Oostenrijk en Nederland hebben de { $gdpr } op haar toegepast en haar verwerking onrechtmatig bevonden. Volgens het besluit van de Nederlandse toezichthoudende autoriteit van { $representative_date } had zij geen vertegenwoordiger in de Unie aangewezen ({ REF(27) } { $gdpr }). Daarom richt ik dit verzoek rechtstreeks tot u.
applicability-eea = { $controller } valt onder de { $gdpr }: de onderneming verzamelt afbeeldingen van personen in de Europese Economische Ruimte en verwerkt deze om hun gedrag te monitoren ({ REF(3, par: 2, pt: "b", case: "comma") } { $gdpr }). De toezichthoudende autoriteiten van Italië, Griekenland, Frankrijk, Oostenrijk en Nederland hebben de { $gdpr } op haar toegepast en haar verwerking onrechtmatig bevonden. Volgens het besluit van de Nederlandse toezichthoudende autoriteit van { $representative_date } had zij geen vertegenwoordiger in de Unie aangewezen ({ REF(27) } { $gdpr }). Daarom richt ik dit verzoek rechtstreeks tot u.
applicability-uk = { $controller } valt onder de { $gdpr }. In 2025 heeft het Upper Tribunal geoordeeld dat de verwerking door de onderneming verband houdt met het monitoren van het gedrag van personen in het Verenigd Koninkrijk ({ REF(3, par: 2, pt: "b", case: "comma") } { $gdpr }). Ik richt dit verzoek rechtstreeks tot u.

## Access (Article 15)

access-heading = Inzage in mijn persoonsgegevens ({ REF(15) } { $gdpr })
access-copy = Ik verzoek u mij een kopie te verstrekken van alle mij betreffende persoonsgegevens die u verwerkt ({ REF(15, par: 3, case: "comma") } { $gdpr }), in het bijzonder:
access-copy-images = elke afbeelding waarop ik voorkom of die u met mij in verband brengt, in de resolutie waarin u deze bewaart;
access-copy-sources = voor elke afbeelding het adres (URL) van de webpagina en van het afbeeldingsbestand waar deze is verzameld, de titel van de pagina en de datums waarop de afbeelding is verzameld en voor het laatst is bijgewerkt;
access-copy-metadata = alle metagegevens die bij elke afbeelding worden bewaard, met inbegrip van geolocatiegegevens en datums;
access-copy-biometrics = de biometrische templates, vectoren of hashwaarden die van mijn gezicht zijn afgeleid, en alle andere gegevens die u over mij hebt afgeleid of uit andere gegevens hebt opgemaakt;
access-copy-searches = de registraties van elke zoekopdracht waarin ik als resultaat ben getoond, met de datum van elke zoekopdracht;
access-copy-probe = de registraties van elke zoekopdracht waarbij een klant een afbeelding van mijn gezicht heeft geüpload om uw databank te doorzoeken, met de afbeelding, de datum van de zoekopdracht en de klant die de zoekopdracht heeft uitgevoerd;
access-copy-recipients = de identiteit van elke klant of andere ontvanger aan wie mij betreffende resultaten zijn verstrekt.
access-info = Verder verzoek ik u mij de volgende informatie te verstrekken ({ REF(15, par: "1 2", case: "comma") } { $gdpr }):
access-info-purposes = de doeleinden van elke verwerking ({ REF(15, par: 1, pt: "a") }) en, voor elk doel, de rechtsgrond waarop u zich beroept en die u mij hoe dan ook al had moeten meedelen ({ REF(14, par: 1, pt: "c") });
access-info-categories = de betrokken categorieën van persoonsgegevens ({ REF(15, par: 1, pt: "b") });
access-info-recipients = de ontvangers aan wie de persoonsgegevens zijn of zullen worden verstrekt, met vermelding van hun naam, met name ontvangers in derde landen of internationale organisaties; categorieën van ontvangers volstaan niet wanneer u de ontvangers kunt identificeren ({ REF(15, par: 1, pt: "c") }; arrest van het Hof van Justitie van 12 januari 2023, C-154/21, Österreichische Post);
access-info-recipients-uk = de ontvangers aan wie de persoonsgegevens zijn of zullen worden verstrekt, met vermelding van hun naam, met name ontvangers in derde landen of internationale organisaties; categorieën van ontvangers volstaan niet wanneer u de ontvangers kunt identificeren ({ REF(15, par: 1, pt: "c") });
access-info-retention = de periode gedurende welke elke categorie van persoonsgegevens zal worden opgeslagen, of indien dat niet mogelijk is, de criteria om die termijn te bepalen ({ REF(15, par: 1, pt: "d") });
access-info-rights = het bestaan van het recht om rectificatie of wissing van persoonsgegevens of beperking van de verwerking te verzoeken, alsmede van het recht om tegen die verwerking bezwaar te maken ({ REF(15, par: 1, pt: "e") });
access-info-complaint = het recht om klacht in te dienen bij een toezichthoudende autoriteit ({ REF(15, par: 1, pt: "f") });
access-info-source = alle beschikbare informatie over de bron van de persoonsgegevens: de concrete websites en pagina’s, niet slechts categorieën van bronnen ({ REF(15, par: 1, pt: "g") });
access-info-automated = het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, en nuttige informatie over de onderliggende logica, alsmede het belang en de verwachte gevolgen van die verwerking voor mij ({ REF(15, par: 1, pt: "h") });
access-info-transfers = wanneer persoonsgegevens worden doorgegeven aan een derde land of aan een internationale organisatie, de passende waarborgen overeenkomstig { REF(46) } { $gdpr } in verband met de doorgifte ({ REF(15, par: 2) }).
access-scope = Dit verzoek heeft betrekking op alle mij betreffende persoonsgegevens in al uw systemen, met inbegrip van gepseudonimiseerde gegevens en gegevens die u hebt afgeleid of uit andere gegevens hebt opgemaakt. Het is niet beperkt tot de afgelopen twaalf maanden, het is niet beperkt tot een bepaald aantal verzoeken per jaar en het hangt er niet van af dat ik het herhaal: de Franse toezichthoudende autoriteit (CNIL) heeft in haar besluit { $reference } van { $date } vastgesteld dat dergelijke beperkingen door { $controller } onrechtmatig zijn.
access-role = Ik verzoek u bovendien voor elke verwerking te vermelden of u die verricht als verwerkingsverantwoordelijke of als verwerker ten behoeve van een klant en, in het laatste geval, ten behoeve van wie ({ REF(4, num: 7, case: "comma") } en { REF(4, num: 8, case: "comma") } { $gdpr }).
access-search-uk = Ik heb recht op de persoonsgegevens en informatie die u op basis van een redelijke en evenredige zoekactie kunt verstrekken (artikel 15, lid 1A, { $gdpr }). Uw databank is ingericht om op gezicht te worden doorzocht: een zoekactie daarin met mijn gezicht, en in de registraties van de zoekopdrachten waarin ik als resultaat ben getoond of waarbij mijn gezicht is geüpload, is redelijk en evenredig, ongeacht de omvang ervan.
access-format = Graag ontvang ik de kopie kosteloos ({ REF(12, par: 5, case: "comma") } en { REF(15, par: 3, case: "comma") } { $gdpr }), in duidelijke en eenvoudige taal ({ REF(12, par: 1, case: "comma") } { $gdpr }) en, indien u elektronisch antwoordt, in een gangbare elektronische vorm ({ REF(15, par: 3, case: "comma") } { $gdpr }).

## Erasure (Article 17)

erasure-heading = Wissing van mijn persoonsgegevens ({ REF(17) } { $gdpr })
erasure-after-access = Zodra u de hierboven gevraagde kopie en informatie hebt verstrekt, verzoek ik u alle mij betreffende persoonsgegevens zonder onredelijke vertraging te wissen ({ REF(17, par: 1, case: "comma") } { $gdpr }).
erasure-scope = De wissing moet betrekking hebben op:
erasure-scope-images = elke afbeelding van mij en elke kopie daarvan;
erasure-scope-biometrics = de biometrische templates, vectoren en hashwaarden die van mijn gezicht zijn afgeleid;
erasure-scope-metadata = de metagegevens en bronadressen (URL’s) die aan die afbeeldingen zijn gekoppeld;
erasure-scope-searches = de zoekresultaten, zoeklogboeken en associaties die op mij betrekking hebben;
erasure-scope-backups = alle kopieën in back-ups, archieven en de systemen van uw verwerkers.
erasure-grounds = De volgende gronden voor wissing zijn van toepassing:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } { $gdpr }: de persoonsgegevens zijn onrechtmatig verwerkt. U beschikt niet over een rechtsgrond als bedoeld in { REF(6, par: 1, case: "comma") } { $gdpr }. Biometrische gegevens ({ REF(4, num: 14, case: "comma") } { $gdpr }) die worden verwerkt met het oog op de unieke identificatie van een persoon, behoren tot de bijzondere categorieën van persoonsgegevens, waarvan { REF(9, par: 1, case: "comma") } { $gdpr } de verwerking verbiedt. Geen van de uitzonderingen van { REF(9, par: 2, case: "comma") } is van toepassing: ik heb geen uitdrukkelijke toestemming gegeven voor de verwerking van mijn biometrische gegevens in uw databank ({ REF(9, par: 2, pt: "a") }), en afbeeldingen die op internet te vinden zijn, zijn niet kennelijk door mij openbaar gemaakt voor biometrische verwerking ({ REF(9, par: 2, pt: "e") }).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } { $gdpr }: de persoonsgegevens zijn onrechtmatig verwerkt. U beschikt niet over een rechtsgrond als bedoeld in { REF(6, par: 1, case: "comma") } { $gdpr }. Biometrische gegevens ({ REF(4, num: 14, case: "comma") } { $gdpr }) die worden verwerkt met het oog op de unieke identificatie van een persoon, behoren tot de bijzondere categorieën van persoonsgegevens, waarvan { REF(9, par: 1, case: "comma") } { $gdpr } de verwerking verbiedt. Geen van de uitzonderingen van { REF(9, par: 2, case: "comma") } { $gdpr }, gelezen in samenhang met Schedule 1 bij de Data Protection Act 2018, is van toepassing: ik heb geen uitdrukkelijke toestemming gegeven voor de verwerking van mijn biometrische gegevens in uw databank ({ REF(9, par: 2, pt: "a") }), en afbeeldingen die op internet te vinden zijn, zijn niet kennelijk door mij openbaar gemaakt voor biometrische verwerking ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } { $gdpr }: ik maak op grond van { REF(21, par: 1, case: "comma") } { $gdpr } bezwaar tegen de verwerking, om redenen die verband houden met mijn specifieke situatie: mijn gezicht is een blijvende identificator die ik niet kan veranderen, en doordat het in uw databank is opgenomen, kan ieder van uw klanten mij aan de hand van elke foto identificeren, waar en wanneer die ook is genomen.
erasure-ground-objection-own = In mijn eigen woorden: ‘{ $grounds }’
erasure-ground-objection-burden = U moet de verwerking daarom staken, tenzij u dwingende gerechtvaardigde gronden voor de verwerking aantoont die zwaarder wegen dan mijn belangen, rechten en vrijheden, of aantoont dat de verwerking verband houdt met de instelling, uitoefening of onderbouwing van een rechtsvordering ({ REF(21, par: 1, case: "comma") } { $gdpr }). Voor zover u zich op { REF(6, par: 1, pt: "e f", conj: "or", case: "comma") } { $gdpr } beroept, zijn die er niet: uw commerciële belang bij de verkoop van zoekopdrachten naar mijn gezicht is geen dergelijke grond.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } { $gdpr }: voor zover u zich op toestemming beroept, trek ik die hierbij in.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: "in Italië", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } { $gdpr }, naast de hierboven genoemde gronden: de { $authority } heeft u opgedragen de persoonsgegevens van personen { $in_country } te wissen. Naar mijn mening moeten de persoonsgegevens daarom ook worden gewist om te voldoen aan een wettelijke verplichting die op u rust.
erasure-exceptions = Geen van de uitzonderingen van { REF(17, par: 3, case: "comma") } { $gdpr } is van toepassing: de verwerking is niet nodig voor het uitoefenen van het recht op vrijheid van meningsuiting en informatie, voor het nakomen van een wettelijke verplichting, voor het vervullen van een taak van algemeen belang of in het kader van de uitoefening van het openbaar gezag, om redenen van algemeen belang op het gebied van de volksgezondheid, met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistische doeleinden, of voor de instelling, uitoefening of onderbouwing van een rechtsvordering. Indien u zich op een uitzondering beroept, verzoek ik u mij mee te delen welke uitzondering dat is en waarom ({ REF(12, par: 4, case: "comma") } { $gdpr }).
erasure-restriction = Tot aan de wissing verzoek ik u de verwerking van mijn persoonsgegevens te beperken ({ REF(18, par: 1, pt: "d", case: "comma") } { $gdpr }, in afwachting van de beoordeling van mijn bezwaar): in het bijzonder verzoek ik u mij onmiddellijk niet langer in zoekresultaten te tonen.
erasure-recipients = Ik verzoek u iedere ontvanger aan wie mijn persoonsgegevens zijn verstrekt, met inbegrip van iedere klant die mijn afbeeldingen in zoekresultaten heeft ontvangen, in kennis te stellen van de wissing ({ REF(19) } { $gdpr }) en mij mee te delen wie deze ontvangers zijn. Voor zover u mijn persoonsgegevens openbaar hebt gemaakt, verzoek ik u redelijke maatregelen te nemen om de verwerkingsverantwoordelijken die deze gegevens verwerken, ervan op de hoogte te stellen dat ik heb verzocht om iedere koppeling naar, of kopie van, die gegevens te wissen ({ REF(17, par: 2, case: "comma") } { $gdpr }).
erasure-no-recollection = Ik verzoek u mij mee te delen wat u zult doen om ervoor te zorgen dat mijn persoonsgegevens niet opnieuw worden verzameld. Indien u enige registratie bijhoudt om te voorkomen dat zij in de toekomst opnieuw worden verzameld, verzoek ik u mij precies mee te delen wat die registratie bevat en op welke rechtsgrond u haar bijhoudt.
erasure-confirmation = Ik verzoek u mij de wissing schriftelijk te bevestigen en daarbij te vermelden wat u hebt gewist, met inbegrip van kopieën in back-ups en afgeleide templates.
erasure-free = Het gevolg geven aan mijn verzoek om wissing, met inbegrip van de kennisgevingen en de bevestiging, is kosteloos ({ REF(12, par: 5, case: "comma") } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Beperking van de verwerking tot aan de wissing ({ REF(18) } { $gdpr })
restriction-body = Vanaf de ontvangst van deze brief tot aan de wissing verzoek ik u de verwerking van mijn persoonsgegevens te beperken ({ REF(18, par: 1, pt: "d", case: "comma") } { $gdpr }, in afwachting van de beoordeling van mijn bezwaar op grond van { REF(21, par: 1, case: "comma") } { $gdpr }): u mag de gegevens opslaan, maar niet gebruiken voor enig ander doel dan de beantwoording van dit verzoek. In het bijzonder verzoek ik u mij onmiddellijk niet langer in zoekresultaten te tonen.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identificatie
identification-no-photo = De informatie in deze brief is voldoende om dit verzoek te beantwoorden. Indien u gegronde twijfel hebt over mijn identiteit, verzoek ik u mij mee te delen welke aanvullende informatie strikt noodzakelijk is ({ REF(12, par: 6, case: "comma") } { $gdpr }). Indien uw systeem uitsluitend met een foto van mijn gezicht kan worden doorzocht, verzoek ik u mij dat mee te delen; ik zal dan uitsluitend voor dit verzoek een foto verstrekken.
identification-photo = Ik voeg een foto van mijn gezicht bij, uitsluitend zodat u de mij betreffende persoonsgegevens kunt vinden ({ REF(11, par: 2, case: "comma") } en { REF(12, par: 6, case: "comma") } { $gdpr }). Ik geef mijn uitdrukkelijke toestemming ({ REF(9, par: 2, pt: "a", case: "comma") } { $gdpr }) voor één zoekopdracht in uw databank met een biometrisch template dat van deze foto is gemaakt, uitsluitend voor dit verzoek. Voor elk ander gebruik geef ik geen toestemming: u mag de foto en het template niet aan uw databank toevoegen en niet aan derden verstrekken. Ik trek mijn toestemming in met ingang van het moment waarop u dit verzoek hebt beantwoord ({ REF(7, par: 3, case: "comma") } { $gdpr }): verwijder dan de foto, het template en de resultaten van de daarmee uitgevoerde zoekopdracht, en bevestig mij de verwijdering ({ REF(5, par: 1, pt: "b c e", case: "comma") } { $gdpr }).
identification-id-document = Ik zal geen kopie van een identiteitsbewijs toezenden, tenzij u aantoont dat dit strikt noodzakelijk is. Een dergelijke kopie moet onmiddellijk na de verificatie worden verwijderd (Europees Comité voor gegevensbescherming, Richtsnoeren 01/2022 over de rechten van betrokkenen – Recht van inzage, punten 74, 76 en 79).
identification-id-document-uk = Ik zal geen kopie van een identiteitsbewijs toezenden, tenzij u aantoont dat dit noodzakelijk is: u mag alleen om informatie vragen die redelijk en evenredig is om mijn identiteit te bevestigen (Information Commissioner's Office, richtsnoer ‘Right of access’).

## Deadline and form (Article 12)

deadline-heading = Termijn en vorm van uw antwoord
deadline-access = Ik verzoek u onverwijld en in ieder geval binnen een maand na ontvangst van dit verzoek te antwoorden ({ REF(12, par: 3, case: "comma") } { $gdpr }). Afhankelijk van de complexiteit en het aantal van de verzoeken kunt u deze termijn indien nodig met ten hoogste twee maanden verlengen; in dat geval moet u mij binnen een maand na ontvangst van het verzoek van de verlenging in kennis stellen en de vertraging motiveren. Indien u geen gevolg geeft aan mijn verzoek, moet u mij binnen een maand meedelen waarom niet en mij informeren over de mogelijkheid om klacht in te dienen bij een toezichthoudende autoriteit en beroep bij de rechter in te stellen ({ REF(12, par: 4, case: "comma") } { $gdpr }).
deadline-erasure = Ik verzoek u onverwijld en in ieder geval binnen een maand na ontvangst gevolg te geven aan mijn verzoek ({ REF(12, par: 3, case: "comma") } { $gdpr }). Afhankelijk van de complexiteit en het aantal van de verzoeken kunt u deze termijn indien nodig met ten hoogste twee maanden verlengen; in dat geval moet u mij binnen een maand na ontvangst van het verzoek van de verlenging in kennis stellen en de vertraging motiveren. Indien u geen gevolg geeft aan mijn verzoek, moet u mij binnen een maand meedelen waarom niet en mij informeren over de mogelijkheid om klacht in te dienen bij een toezichthoudende autoriteit en beroep bij de rechter in te stellen ({ REF(12, par: 4, case: "comma") } { $gdpr }).
deadline-access-uk = Ik verzoek u onverwijld en in ieder geval vóór het einde van de toepasselijke termijn (applicable time period) te antwoorden: een maand na ontvangst van dit verzoek (artikel 12A { $gdpr }). U kunt deze termijn met ten hoogste twee maanden verlengen, en alleen indien dat nodig is vanwege de complexiteit of het aantal van de verzoeken; in dat geval moet u mij dat binnen die maand meedelen, met opgave van de redenen. Indien u redelijkerwijs nadere informatie van mij nodig hebt om vast te stellen op welke informatie of verwerking mijn verzoek betrekking heeft, vraag mij daar dan onverwijld om: de termijn wordt alleen opgeschort totdat ik heb geantwoord. Indien u geen gevolg geeft aan mijn verzoek, moet u mij binnen die termijn meedelen waarom niet en mij informeren over mijn recht om een klacht in te dienen bij de Information Commissioner en beroep bij de rechter in te stellen ({ REF(12, par: 4, case: "comma") } { $gdpr }).
deadline-erasure-uk = Ik verzoek u onverwijld en in ieder geval vóór het einde van de toepasselijke termijn (applicable time period) gevolg te geven aan mijn verzoek: een maand na ontvangst van dit verzoek (artikel 12A { $gdpr }). U kunt deze termijn met ten hoogste twee maanden verlengen, en alleen indien dat nodig is vanwege de complexiteit of het aantal van de verzoeken; in dat geval moet u mij dat binnen die maand meedelen, met opgave van de redenen. Indien u geen gevolg geeft aan mijn verzoek, moet u mij binnen die termijn meedelen waarom niet en mij informeren over mijn recht om een klacht in te dienen bij de Information Commissioner en beroep bij de rechter in te stellen ({ REF(12, par: 4, case: "comma") } { $gdpr }).
no-formalities = U mag uw antwoord niet afhankelijk stellen van het gebruik van een bepaald formulier, webportaal of verzendmiddel (Europees Comité voor gegevensbescherming, Richtsnoeren 01/2022 over de rechten van betrokkenen – Recht van inzage, punten 50 tot en met 53).
no-formalities-uk = U mag uw antwoord niet afhankelijk stellen van het gebruik van een bepaald formulier, webportaal of verzendmiddel: een verzoek kan in elke vorm worden gedaan, mondeling of schriftelijk (Information Commissioner's Office, richtsnoer ‘Right of access’).
# Where to reply: the first when the sender gave only a postal address (or none), the second when an e-mail address is given too.
reply-to-postal = Ik verzoek u uw antwoord te zenden naar het hierboven vermelde adres.
reply-to-both = Ik verzoek u uw antwoord te zenden naar mijn hierboven vermelde postadres of e-mailadres.
reply-to-email = Ik verzoek u uw antwoord te zenden naar het hierboven vermelde e-mailadres.

## Decisions against Clearview

decisions-heading = Beslissingen tegen { $controller }
decisions-own = In het land waar ik woon, zijn de volgende beslissingen genomen:
decisions-other = Toezichthoudende autoriteiten in andere staten hebben vastgesteld dat dezelfde verwerking door { $controller } onrechtmatig is. Ik beroep mij op hun beslissingen:
# One decision. $authority: name of the authority or court; $country: its country;
# $act: the kind of act with its reference (one of decision-kind-*); $date: its date.
decision-citation = { $authority } ({ $country }), { $act } van { $date }
# The Italian Garante's ordinanza ingiunzione (fine and orders); the Italian term is kept.
decision-kind-injunction-order = boetebesluit (ordinanza ingiunzione) nr. { $reference }
decision-kind-decision = besluit { $reference }
decision-kind-formal-notice = ingebrekestelling { $reference }
# The CNIL's délibération of its formation restreinte (its sanctioning body).
decision-kind-sanction = besluit van de sanctiecommissie (délibération) { $reference }
decision-kind-penalty-liquidation = besluit { $reference } (vaststelling van de verbeurde dwangsom)
decision-kind-fines-and-penalty-orders = besluit tot oplegging van boetes en lasten onder dwangsom
# The Austrian DSB's Bescheid (an administrative decision); the BVwG's Beschluss setting it aside
# and remitting the case (a beschikking, not a judgment on the merits); a UK tribunal's decision.
decision-kind-bescheid = besluit (Bescheid) { $reference }
decision-kind-remittal-order = beschikking (Beschluss) { $reference }
decision-kind-tribunal-decision = beslissing { $reference }
decision-kind-letter = brief
decision-kind-enforcement-and-penalty-notices = handhavingsbevel (enforcement notice) en boetebeschikking (monetary penalty notice)
# $articles: the provisions found infringed, written with ref-list ("artikel 5, eerste lid,
# onder a, artikel 6 en artikel 9"). The AVG is named first, so that no closing comma is needed.
decision-articles = Daarin werden inbreuken op de { $gdpr } vastgesteld, namelijk op { $articles }.
# $amount: an amount with its currency, already formatted.
decision-fine = Er werd een boete van { $amount } opgelegd.
decision-monetary-penalty = Er werd een bestuurlijke boete (monetary penalty) van { $amount } opgelegd.
decision-fines-total = Er werden boetes opgelegd van in totaal { $amount }.
decision-penalty-per-day = Daarnaast werd een dwangsom van { $amount } per dag vertraging opgelegd.
decision-penalty-max = Daarnaast werden lasten onder dwangsom opgelegd tot een bedrag van in totaal ten hoogste { $amount }.
decision-penalty-liquidated = Daarbij werd { $controller } verplicht { $amount } te betalen, omdat de onderneming niet tijdig aan het bevel had voldaan.
decision-orders = Daarbij werd { $controller } verplicht:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not
# been published: say only that it called on Clearview to act).
decision-requests = Daarin werd { $controller } verzocht:
not-final-remitted-appeal = De besluiten zijn niet onherroepelijk: het Upper Tribunal heeft het beroep van Clearview daartegen terugverwezen naar het First-tier Tribunal.
# Orders are list items completing decision-orders ("… werd X verplicht:") or
# decision-requests ("… werd X verzocht:"): each is a te-infinitive clause ending with ";".
# facerights replaces the last ";" with a full stop.
# $in_country: "in Italië", from country-in (the country whose residents the decision protects).
order-ban-collection-territory = te stoppen met het verzamelen van afbeeldingen en andere persoonsgegevens van personen { $in_country } en met de verwerking van hun biometrische gegevens;
order-ban-collection-processing-territory = te stoppen met het verzamelen, door middel van webscraping, van afbeeldingen en metadata van personen { $in_country } en met elke verdere verwerking van hun persoonsgegevens, zowel gewone als biometrische;
order-erase-territory = de persoonsgegevens van personen { $in_country } te wissen;
order-erase-territory-after-access = de persoonsgegevens van personen { $in_country } te wissen, nadat de reeds ontvangen inzageverzoeken zijn beantwoord;
order-stop-processing-territory = te stoppen met het zonder rechtsgrond verzamelen en verwerken van persoonsgegevens van personen { $in_country };
order-facilitate-rights = de uitoefening van de rechten van betrokkenen te faciliteren en het inzageverzoek van de klager te beantwoorden;
order-answer-complainant-access = het inzageverzoek van de klager te beantwoorden;
order-grant-complainant-erasure = gevolg te geven aan het verzoek om wissing van de klager;
order-appoint-representative = een vertegenwoordiger in de Unie aan te wijzen ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = de verwerking van persoonsgegevens van personen { $in_country } te staken en de onrechtmatig verkregen gegevens te verwijderen;
order-give-art14-information = betrokkenen te informeren zoals { REF(14) } { $gdpr } voorschrijft;
order-stop-refusing-access = een einde te maken aan het beleid om inzageverzoeken niet te beantwoorden;
order-erase-complainant = de persoonsgegevens van de klager te wissen;
order-erase-complainant-biometric = de biometrische hashwaarden van de klager te verwijderen;
order-stop-obtaining-uk = te stoppen met het verkrijgen en gebruiken van persoonsgegevens van inwoners van het Verenigd Koninkrijk die openbaar op internet beschikbaar zijn;
order-erase-uk = de persoonsgegevens van inwoners van het Verenigd Koninkrijk uit de eigen systemen te verwijderen;
outcome-reconsider-ban = De rechter oordeelde dat de autoriteit haar weigering om de verwerking te verbieden moet heroverwegen en dat een verbod de enige passende maatregel is; hij verwees de zaak terug naar de autoriteit.
outcome-ftt-no-jurisdiction = De rechter verklaarde het beroep van Clearview gegrond en oordeelde dat de Information Commissioner niet bevoegd was om deze besluiten uit te vaardigen.
outcome-ut-ico-appeal-allowed = De rechter verklaarde het hoger beroep van de Information Commissioner gegrond: de verwerking houdt verband met het monitoren van het gedrag van personen in het Verenigd Koninkrijk, en het feit dat de klanten van Clearview buitenlandse overheidsinstanties zijn, brengt haar niet buiten het toepassingsgebied van de { $gdpr }.
outcome-remitted-ftt = Hij verwees het beroep van Clearview tegen de besluiten terug naar het First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "en".
summary-fine = boete van { $amount }
summary-monetary-penalty = niet-onherroepelijke bestuurlijke boete (monetary penalty) van { $amount }
summary-erasure = bevel tot wissing van de persoonsgegevens van personen { $in_country }
summary-ban = verbod op verdere verzameling
summary-access = bevel om niet langer te weigeren inzageverzoeken te beantwoorden
summary-complainant-access = bevel om het inzageverzoek van de klager te beantwoorden
summary-erase-complainant = bevel tot wissing van de persoonsgegevens van de klager
summary-representative = bevel tot aanwijzing van een vertegenwoordiger in de Unie
summary-no-fine = geen boete
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority; $address: its postal address on one line.
remedies = Indien u niet binnen de termijn volledig antwoordt, zal ik een klacht indienen bij de { $authority }, { $address } ({ REF(77) } { $gdpr }). Ik behoud mij het recht voor een vordering tegen u in te stellen bij de gerechten van de lidstaat waar ik gewoonlijk verblijf ({ REF(79, par: 2, case: "comma") } { $gdpr }) en schadevergoeding te vorderen ({ REF(82) } { $gdpr }).
remedies-eea = Indien u niet binnen de termijn volledig antwoordt, zal ik een klacht indienen bij de { $authority }, { $address } ({ REF(77) } { $gdpr }). Ik behoud mij het recht voor een vordering tegen u in te stellen bij de gerechten van de staat waar ik gewoonlijk verblijf ({ REF(79, par: 2, case: "comma") } { $gdpr }) en schadevergoeding te vorderen ({ REF(82) } { $gdpr }).
remedies-land-of-residence = Indien u niet binnen de termijn volledig antwoordt, zal ik een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming van de Duitse deelstaat waar ik woon ({ REF(77) } { $gdpr }; § 19, tweede lid, van de Duitse Bundesdatenschutzgesetz, BDSG). Ik behoud mij het recht voor een vordering tegen u in te stellen bij de gerechten van de lidstaat waar ik gewoonlijk verblijf ({ REF(79, par: 2, case: "comma") } { $gdpr }) en schadevergoeding te vorderen ({ REF(82) } { $gdpr }).
remedies-uk = U moet klachten bij u over de verwerking van mijn persoonsgegevens faciliteren (section 164A van de Data Protection Act 2018). Indien u niet binnen de toepasselijke termijn volledig antwoordt, zal ik op grond van die bepaling eerst bij u een klacht indienen en, als dat de zaak niet oplost, een klacht indienen bij de { $authority } (of haar opvolger, de Information Commission), { $address } ({ REF(77) } { $gdpr }). Ik behoud mij het recht voor de rechter te verzoeken om een bevel tot naleving (compliance order, section 167 van de Data Protection Act 2018) en schadevergoeding te vorderen ({ REF(82) } { $gdpr }).

## Vervolgbrieven: een herinnering aan Clearview na afloop van de antwoordtermijn en een klacht bij
## de toezichthoudende autoriteit. Zij noemen het eerste verzoek (request-name-*), de datum van
## ontvangst ($received) en het einde van de antwoordtermijn ($ends), alle data al opgemaakt.

# Als lijdend voorwerp: "Herinnering: …", "hebt u … ontvangen", "Kopie van …", "De klacht betreft …".
request-name-access = mijn verzoek om inzage op grond van { REF(15) } { $gdpr }
request-name-erasure = mijn verzoek om wissing op grond van { REF(17) } { $gdpr } en mijn bezwaar op grond van { REF(21, par: 1, case: "comma") } { $gdpr }
request-name-access-erasure = mijn verzoek om inzage op grond van { REF(15) } { $gdpr }, beperking van de verwerking op grond van { REF(18) } { $gdpr } en aansluitende wissing op grond van { REF(17) } { $gdpr }

## Herinnering aan Clearview

subject-reminder = Herinnering: { $request }, door u ontvangen op { $received }
reminder-facts = Op { $received } hebt u { $request } ontvangen; een kopie daarvan is bijgevoegd. De termijn voor uw antwoord is verstreken op { $ends } of, als die dag een feestdag was, op de eerstvolgende werkdag ({ REF(12, par: 3, case: "comma") } { $gdpr }).
reminder-facts-uk = Op { $received } hebt u { $request } ontvangen; een kopie daarvan is bijgevoegd. De toepasselijke termijn (applicable time period) voor uw antwoord is verstreken op { $ends } of, als die dag een feestdag (bank holiday) was, op de eerstvolgende werkdag (artikel 12A { $gdpr }).
reminder-no-reply = Ik heb van u geen antwoord ontvangen, en evenmin een mededeling over een verlenging van de termijn of over de redenen waarom u geen gevolg hebt gegeven aan mijn verzoek ({ REF(12, par: "3 4", case: "comma") } { $gdpr }).
reminder-incomplete = Uw antwoord is onvolledig: het bevat niet alles waarom ik heb verzocht, en u hebt niet gemotiveerd waarom u iets hebt weggelaten ({ REF(12, par: 4, case: "comma") } { $gdpr }).
reminder-demand = U handelt daarmee in strijd met de { $gdpr }. Ik verzoek u alsnog zonder verdere vertraging volledig aan mijn verzoek te voldoen, en in ieder geval uiterlijk op { $grace }.
reminder-remedies = Doet u dat niet, dan zal ik zonder nadere aankondiging een klacht indienen bij de { $authority }, { $address } ({ REF(77) } { $gdpr }). Ik behoud mij het recht voor een vordering tegen u in te stellen bij de gerechten van de lidstaat waar ik gewoonlijk verblijf ({ REF(79, par: 2, case: "comma") } { $gdpr }) en vergoeding te vorderen van eventuele schade die ik heb geleden ({ REF(82) } { $gdpr }).
reminder-remedies-eea = Doet u dat niet, dan zal ik zonder nadere aankondiging een klacht indienen bij de { $authority }, { $address } ({ REF(77) } { $gdpr }). Ik behoud mij het recht voor een vordering tegen u in te stellen bij de gerechten van de staat waar ik gewoonlijk verblijf ({ REF(79, par: 2, case: "comma") } { $gdpr }) en vergoeding te vorderen van eventuele schade die ik heb geleden ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = Doet u dat niet, dan zal ik zonder nadere aankondiging een klacht indienen bij de toezichthoudende autoriteit voor gegevensbescherming van de Duitse deelstaat waar ik woon ({ REF(77) } { $gdpr }; § 19, tweede lid, van de Duitse Bundesdatenschutzgesetz, BDSG). Ik behoud mij het recht voor een vordering tegen u in te stellen bij de gerechten van de lidstaat waar ik gewoonlijk verblijf ({ REF(79, par: 2, case: "comma") } { $gdpr }) en vergoeding te vorderen van eventuele schade die ik heb geleden ({ REF(82) } { $gdpr }).
reminder-remedies-uk = Deze brief is tevens mijn klacht bij u op grond van section 164A van de Data Protection Act 2018: ik verzoek u de ontvangst ervan binnen 30 dagen te bevestigen en mij de uitkomst zonder onnodige vertraging mee te delen. Voldoet u niet aan mijn verzoek, dan zal ik een klacht indienen bij de { $authority } (of haar opvolger, de Information Commission), { $address } ({ REF(77) } { $gdpr }). Ik behoud mij het recht voor de rechter te verzoeken om een bevel tot naleving (compliance order, section 167 van de Data Protection Act 2018) en schadevergoeding te vorderen ({ REF(82) } { $gdpr }).
# Bijlagen.
enclosure-request-copy = Kopie van { $request }, ontvangen op { $received }
enclosure-proof = Bewijs van verzending en, voor zover beschikbaar, van ontvangst
enclosure-reply = Kopie van het antwoord van { $controller }
enclosure-reminder = Kopie van mijn herinnering van { $reminded }

## Klacht bij de toezichthoudende autoriteit (standaard in de taal van de autoriteit)

subject-complaint = Klacht op grond van { REF(77) } { $gdpr } tegen { $controller }
salutation-complaint = Geachte heer, mevrouw,
complaint-intro = Hierbij dien ik op grond van { REF(77) } { $gdpr } een klacht in tegen { $controller }, { $controller_address }. De klacht betreft { $request }. { $controller } heeft dit verzoek op { $received } ontvangen; een kopie daarvan is bijgevoegd.
complaint-no-reply = { $controller } heeft niet op mijn verzoek geantwoord, terwijl de termijn voor een antwoord is verstreken op { $ends } of, als die dag een feestdag was, op de eerstvolgende werkdag ({ REF(12, par: 3, case: "comma") } { $gdpr }). De onderneming heeft mij geen verlenging van de termijn meegedeeld en evenmin de redenen waarom het verzoek zonder gevolg is gebleven ({ REF(12, par: 4, case: "comma") } { $gdpr }).
complaint-no-reply-uk = { $controller } heeft niet op mijn verzoek geantwoord, terwijl de toepasselijke termijn (applicable time period) voor een antwoord is verstreken op { $ends } of, als die dag een feestdag (bank holiday) was, op de eerstvolgende werkdag (artikel 12A { $gdpr }). De onderneming heeft mij geen verlenging van de termijn meegedeeld en evenmin de redenen waarom het verzoek zonder gevolg is gebleven ({ REF(12, par: 4, case: "comma") } { $gdpr }).
complaint-incomplete = { $controller } heeft wel geantwoord, maar het antwoord is onvolledig: het bevat niet alles waarom ik heb verzocht, en vermeldt niet waarom iets is weggelaten. De termijn voor een volledig antwoord is verstreken op { $ends } of, als die dag een feestdag was, op de eerstvolgende werkdag ({ REF(12, par: 3, case: "comma") } { $gdpr }). Een kopie van het antwoord is bijgevoegd.
complaint-incomplete-uk = { $controller } heeft wel geantwoord, maar het antwoord is onvolledig: het bevat niet alles waarom ik heb verzocht, en vermeldt niet waarom iets is weggelaten. De toepasselijke termijn (applicable time period) voor een volledig antwoord is verstreken op { $ends } of, als die dag een feestdag (bank holiday) was, op de eerstvolgende werkdag (artikel 12A { $gdpr }). Een kopie van het antwoord is bijgevoegd.
complaint-refused = { $controller } heeft geweigerd gevolg te geven aan mijn verzoek. Een kopie van het antwoord is bijgevoegd.
complaint-identity-demanded = { $controller } heeft de beantwoording afhankelijk gemaakt van een identificatie die voor mijn verzoek niet nodig was, zoals een kopie van een identiteitsbewijs. Een kopie van het antwoord is bijgevoegd.
complaint-reminded = Ik heb { $controller } op { $reminded } aan mijn verzoek herinnerd; de onderneming heeft er nog steeds niet aan voldaan. Een kopie van de herinnering is bijgevoegd.
complaint-reminded-uk = Op { $reminded } heb ik op grond van section 164A van de Data Protection Act 2018 een klacht bij { $controller } ingediend; de zaak is daarmee niet opgelost. Een kopie van die klacht is bijgevoegd.
complaint-infringements = Naar mijn oordeel heeft { $controller } daarmee in het bijzonder de volgende bepalingen geschonden:
# Opsommingspunten, elk eindigend op ";" (zoals de order-*); facerights vervangt het laatste door een punt.
infringement-time-limit = { REF(12, par: 3, case: "start") } { $gdpr }, omdat de onderneming niet binnen de termijn gevolg heeft gegeven aan mijn verzoek;
infringement-time-limit-uk = { REF(12, par: 3, case: "start") } { $gdpr }, gelezen in samenhang met artikel 12A { $gdpr }, omdat de onderneming niet binnen de toepasselijke termijn gevolg heeft gegeven aan mijn verzoek;
infringement-incomplete = { REF(12, par: "3 4", case: "start") } { $gdpr }, omdat de onderneming niet binnen de termijn volledig gevolg heeft gegeven aan mijn verzoek en niet heeft gemotiveerd waarom zij iets heeft weggelaten;
infringement-incomplete-uk = { REF(12, par: "3 4", case: "start") } { $gdpr }, gelezen in samenhang met artikel 12A { $gdpr }, omdat de onderneming niet binnen de toepasselijke termijn volledig gevolg heeft gegeven aan mijn verzoek en niet heeft gemotiveerd waarom zij iets heeft weggelaten;
infringement-no-reasons = { REF(12, par: 4, case: "start") } { $gdpr }, omdat de onderneming mij niet heeft meegedeeld waarom mijn verzoek zonder gevolg is gebleven en dat ik een klacht kan indienen;
infringement-access = { REF(15, case: "start") } { $gdpr }, omdat de onderneming mij geen inzage heeft gegeven in mijn persoonsgegevens en in de informatie over de verwerking daarvan;
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "start") } en { REF(21, par: 1, case: "comma") } { $gdpr }, omdat de onderneming de verwerking van mijn persoonsgegevens niet heeft beperkt en evenmin heeft gestaakt na mijn bezwaar;
infringement-erasure = { REF(17, par: 1, case: "start") } en { REF(21, par: 1, case: "comma") } { $gdpr }, omdat de onderneming mijn persoonsgegevens niet heeft gewist en de verwerking ervan niet heeft gestaakt, hoewel er gronden voor wissing van toepassing zijn en ik bezwaar heb gemaakt;
infringement-identification = { REF(12, par: 2, case: "start") } en { REF(12, par: 6, case: "comma") } { $gdpr }, omdat de onderneming de uitoefening van mijn rechten afhankelijk heeft gemaakt van een identificatie die niet nodig is, en { REF(5, par: 1, pt: "c", case: "comma") } { $gdpr }, omdat zij om meer persoonsgegevens vraagt dan zij nodig heeft;
infringement-refusal = { REF(12, par: 4, case: "start") } { $gdpr }, omdat de onderneming zonder een door de { $gdpr } erkende grond heeft geweigerd gevolg te geven aan mijn verzoek, en { REF(12, par: 2, case: "comma") } { $gdpr }, voor zover zij zich erop beroept dat zij mij niet kan identificeren;
complaint-decisions = Toezichthoudende autoriteiten hebben tegen { $controller } al de volgende besluiten genomen:
complaint-requests = Ik verzoek u daarom:
complaint-ask-handle = mijn klacht te behandelen en de inhoud ervan te onderzoeken ({ REF(57, par: 1, pt: "f", case: "comma") } { $gdpr });
complaint-ask-order = { $controller } te gelasten in te gaan op mijn verzoek ({ REF(58, par: 2, pt: "c", case: "comma") } { $gdpr }) en uw andere corrigerende bevoegdheden te gebruiken ({ REF(58, par: 2, case: "comma") } en { REF(83) } { $gdpr });
complaint-ask-inform = mij in kennis te stellen van de voortgang en het resultaat van de klacht ({ REF(77, par: 2, case: "comma") } { $gdpr }).
complaint-ask-inform-uk = mij in kennis te stellen van de voortgang en het resultaat van de klacht (section 165 van de Data Protection Act 2018).
complaint-consent-share = Ik stem ermee in dat u deze klacht, met mijn naam, met het oog op de behandeling ervan met { $controller } deelt.
