### facerights — brevtext, svenska (sv).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Swedish language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): ”den registrerade”,
### ”personuppgiftsansvarig”, ”mottagare”, ”tillsynsmyndighet”, ”rätt till tillgång”,
### ”rätt till radering”, ”begränsning av behandling”, ”invända / invändning”,
### ”utan onödigt dröjsmål”, ”tvingande berättigade skäl”, ”lämpliga skyddsåtgärder”,
### ”på ett tydligt sätt har offentliggjorts av den registrerade” (artikel 9.2 e),
### ”effektivt rättsmedel”, ”företrädare i unionen”.
###
### Swedish notes:
###   - The company is addressed with the polite plural ”ni / er / ert / era” (lower case);
###     the author writes in the first person singular.
###   - Article references as in Swedish law and IMY decisions: ”artikel 15.1 h i
###     dataskyddsförordningen” (dataskyddslagen 2 kap. 1 §: ”artikel 6.1 e”); see ref-*.
###   - Authority names arrive in their own language: they stand after a neutral noun
###     (”tillsynsmyndigheten { $authority }”) or after a colon.
###   - Capital letter after a colon only when a complete sentence follows.
###
### Variables available in every message:
###   $gdpr        short name of the law ("dataskyddsförordningen", or "UK GDPR" for United
###                Kingdom letters),
###                always cited as ”artikel 15 i { $gdpr }”
###   $controller  "Clearview AI, Inc." (referred to as ”bolaget”)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

# Swedish legislation (dataskyddslagen), IMY and the courts call it ”dataskyddsförordningen”.
law-short-eu = dataskyddsförordningen
law-short-uk = UK GDPR
# law-full-* follow ”artikel 15 i …” or ”enligt …”: no article, lower-case ”förordning”.
law-full-eu = förordning (EU) 2016/679 (allmän dataskyddsförordning, ”dataskyddsförordningen”)
law-full-eea = förordning (EU) 2016/679 (allmän dataskyddsförordning, ”dataskyddsförordningen”), såsom den har införlivats i avtalet om Europeiska ekonomiska samarbetsområdet (EES-avtalet)
law-full-uk = United Kingdom General Data Protection Regulation (Förenade kungarikets allmänna dataskyddsförordning, ”UK GDPR”), jämförd med Data Protection Act 2018 (Förenade kungarikets dataskyddslag från 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# As Swedish legislation and IMY write: ”artikel 15.1 h”, ”artikel 5.1 b, c och e”,
# ”artikel 6.1 e eller f”, ”artikel 4.14”. Several paragraphs of one article are written
# ”artikel 15 punkterna 1 och 2” (the Swedish text writes ”artikel 22.1 och 22.4”, which needs the
# article number in each paragraph; ref-par does not get it). case: "start" is the form at the
# start of a list item (capital A); case: "bare" the number alone after ”artiklarna”
# (”artiklarna 12.5 och 15.3”). In a list (ref-item-*) every provision keeps ”artikel”, as a
# bare number would be read as a further point.

ref-a = artikel { $art }
    .start = Artikel { $art }
ref-ap = { $npar ->
        [one] artikel { $art }.{ $par }
       *[other] artikel { $art } punkterna { $par }
    }
    .start = { $npar ->
        [one] Artikel { $art }.{ $par }
       *[other] Artikel { $art } punkterna { $par }
    }
    .bare = { $npar ->
        [one] { $art }.{ $par }
       *[other] { $art } punkterna { $par }
    }
ref-app = artikel { $art }.{ $par } { $pt }
    .start = Artikel { $art }.{ $par } { $pt }
ref-an = artikel { $art }.{ $num }
    .start = Artikel { $art }.{ $num }
ref-par = { $par }
ref-point = { $letter }
ref-item-a = artikel { $art }
ref-item-ap = { $npar ->
        [one] artikel { $art }.{ $par }
       *[other] artikel { $art } punkterna { $par }
    }
ref-item-app = artikel { $art }.{ $par } { $pt }
ref-item-an = artikel { $art }.{ $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects (”personer i Italien”).
# $code: ISO code; $name: the CLDR name. The United Kingdom gets its formal name, as in the
# letters' other messages (”Förenade kungariket”), not CLDR's ”Storbritannien”.
country-in = { $code ->
    [GB] i Förenade kungariket
    [NL] i Nederländerna
    [US] i USA
   *[other] i { $name }
}

## Letter frame

subject-access = Begäran om tillgång till mina personuppgifter enligt { REF(15) } i { $gdpr }
subject-erasure = Begäran om radering av mina personuppgifter enligt { REF(17) } i { $gdpr } och invändning enligt { REF(21, par: 1) } i { $gdpr }
subject-access-erasure = Begäran om tillgång enligt { REF(15) } i { $gdpr }, begränsning av behandling enligt { REF(18) } i { $gdpr } och därefter radering enligt { REF(17) } i { $gdpr }
# Formal opening for an unknown recipient; no comma, the letter text starts with a capital.
salutation = Till den det vederbör
# No comma after the closing in Swedish.
closing = Med vänlig hälsning
# $reference: the sender's own case or reference number.
our-reference = Min referens: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted
# ("Stockholm den 10 februari 2022").
place-date = { $place } den { $date }
date-only = { $date }
enclosures-label = { $count ->
    [one] Bilaga:
   *[other] Bilagor:
}
enclosure-photo = Fotografi av mitt ansikte, som lämnas enbart för att identifiera mig i samband med denna begäran
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Sida { $page } av { $pages }

## Opening

# $law_full: one of law-full-*.
intro-access = Jag utövar härmed min rätt till tillgång enligt { REF(15) } i { $law_full }. Jag ber er bekräfta huruvida { $controller } behandlar personuppgifter som rör mig och, om så är fallet, ge mig tillgång till dessa personuppgifter och till den information som anges nedan. Jag behöver inte motivera denna begäran.
intro-erasure = Jag utövar härmed min rätt till radering enligt { REF(17) } i { $law_full }. Jag begär att ni utan onödigt dröjsmål raderar alla personuppgifter som rör mig. Samtidigt invänder jag enligt { REF(21, par: 1) } i { $gdpr } mot all behandling av personuppgifter som rör mig.
intro-access-erasure = Jag utövar härmed mina rättigheter enligt { $law_full }: först min rätt till tillgång ({ REF(15) } i { $gdpr }), därefter min rätt till radering ({ REF(17) } i { $gdpr }). Jag begär tillgång först för att få veta vilka uppgifter ni har om mig innan de raderas. Jag invänder enligt { REF(21, par: 1) } i { $gdpr } mot all behandling av personuppgifter som rör mig, och fram till raderingen begär jag att ni begränsar behandlingen ({ REF(18) } i { $gdpr }).

## Why the law applies to Clearview

applicability-eu = { $controller } omfattas av { $gdpr }: Bolaget samlar in bilder av personer i Europeiska unionen och behandlar dem för att övervaka deras beteende ({ REF(3, par: 2, pt: "b") } i { $gdpr }). Tillsynsmyndigheterna i Italien, Grekland, Frankrike, Österrike och Nederländerna har tillämpat { $gdpr } på bolaget och funnit dess behandling olaglig. Enligt den nederländska tillsynsmyndighetens beslut av den { $representative_date } hade bolaget inte utsett någon företrädare i unionen ({ REF(27) } i { $gdpr }). Jag riktar därför denna begäran direkt till er.
applicability-eea = { $controller } omfattas av { $gdpr }: Bolaget samlar in bilder av personer i Europeiska ekonomiska samarbetsområdet och behandlar dem för att övervaka deras beteende ({ REF(3, par: 2, pt: "b") } i { $gdpr }). Tillsynsmyndigheterna i Italien, Grekland, Frankrike, Österrike och Nederländerna har tillämpat { $gdpr } på bolaget och funnit dess behandling olaglig. Enligt den nederländska tillsynsmyndighetens beslut av den { $representative_date } hade bolaget inte utsett någon företrädare i unionen ({ REF(27) } i { $gdpr }). Jag riktar därför denna begäran direkt till er.
applicability-uk = { $controller } omfattas av { $gdpr }. År 2025 slog Upper Tribunal fast att bolagets behandling har samband med övervakning av beteendet hos personer i Förenade kungariket ({ REF(3, par: 2, pt: "b") } i { $gdpr }). Jag riktar denna begäran direkt till er.

## Access (Article 15)
# The access-copy-* items complete ”… en kopia av …, särskilt:” (noun phrases).

access-heading = Tillgång till mina personuppgifter ({ REF(15) } i { $gdpr })
access-copy = Jag ber er tillhandahålla en kopia av alla personuppgifter som rör mig och som ni behandlar ({ REF(15, par: 3) } i { $gdpr }), särskilt:
access-copy-images = varje bild där jag förekommer eller som ni förknippar med mig, i den upplösning som ni har den i;
access-copy-sources = för varje bild adressen (URL) till den webbsida och den bildfil där den samlades in, sidans titel samt datum för insamlingen och för den senaste uppdateringen;
access-copy-metadata = alla metadata som lagras för varje bild, inbegripet geolokaliseringsuppgifter och datum;
access-copy-biometrics = de biometriska mallar, vektorer eller hashvärden som har härletts från mitt ansikte samt alla andra uppgifter om mig som ni har härlett eller slutit er till;
access-copy-searches = registreringarna av varje sökning där jag har visats som resultat, med datum för respektive sökning;
access-copy-probe = registreringarna av varje sökning där en kund har laddat upp en bild av mitt ansikte för att söka i er databas, med bilden, datum för sökningen och den kund som gjorde den;
access-copy-recipients = identiteten på varje kund eller annan mottagare till vilken resultat som rör mig har lämnats ut.
# The access-info-* items complete ”Jag ber er också lämna följande information:” (noun phrases).
access-info = Jag ber er också lämna följande information ({ REF(15, par: "1 2") } i { $gdpr }):
access-info-purposes = ändamålen med varje behandling ({ REF(15, par: 1, pt: "a") }) och, för varje ändamål, den rättsliga grund som ni åberopar och som ni under alla omständigheter borde ha upplyst mig om ({ REF(14, par: 1, pt: "c") });
access-info-categories = de kategorier av personuppgifter som behandlingen gäller ({ REF(15, par: 1, pt: "b") });
access-info-recipients = de mottagare till vilka personuppgifterna har lämnats eller ska lämnas ut, med angivande av deras namn, särskilt mottagare i tredjeländer eller internationella organisationer; det räcker inte att ange kategorier av mottagare när ni kan identifiera mottagarna ({ REF(15, par: 1, pt: "c") }; EU-domstolens dom av den 12 januari 2023, C-154/21, Österreichische Post);
access-info-recipients-uk = de mottagare till vilka personuppgifterna har lämnats eller ska lämnas ut, med angivande av deras namn, särskilt mottagare i tredjeländer eller internationella organisationer; det räcker inte att ange kategorier av mottagare när ni kan identifiera mottagarna ({ REF(15, par: 1, pt: "c") });
access-info-retention = den period under vilken varje kategori av personuppgifter kommer att lagras eller, om detta inte är möjligt, de kriterier som används för att fastställa denna period ({ REF(15, par: 1, pt: "d") });
access-info-rights = förekomsten av rätten att begära rättelse eller radering av personuppgifter eller begränsning av behandling samt av rätten att invända mot sådan behandling ({ REF(15, par: 1, pt: "e") });
access-info-complaint = rätten att inge klagomål till en tillsynsmyndighet ({ REF(15, par: 1, pt: "f") });
access-info-source = all tillgänglig information om varifrån personuppgifterna kommer: de faktiska webbplatserna och sidorna, inte bara kategorier av källor ({ REF(15, par: 1, pt: "g") });
access-info-automated = förekomsten av automatiserat beslutsfattande, inbegripet profilering, och meningsfull information om logiken bakom samt betydelsen och de förutsedda följderna av sådan behandling för mig ({ REF(15, par: 1, pt: "h") });
access-info-transfers = om personuppgifter överförs till ett tredjeland eller till en internationell organisation, de lämpliga skyddsåtgärder som i enlighet med { REF(46) } i { $gdpr } har vidtagits vid överföringen ({ REF(15, par: 2) }).
access-scope = Denna begäran omfattar alla personuppgifter som rör mig i alla era system, inbegripet pseudonymiserade uppgifter och uppgifter som ni har härlett eller slutit er till. Den är inte begränsad till de senaste tolv månaderna, den är inte begränsad till ett visst antal begäranden per år och den är inte beroende av att jag upprepar den: Den franska tillsynsmyndigheten (CNIL) fann i sitt beslut { $reference } av den { $date } att sådana begränsningar som { $controller } tillämpade var olagliga.
access-role = Jag ber er även att för varje behandling ange om ni utför den som personuppgiftsansvarig eller som personuppgiftsbiträde för en kunds räkning och, i så fall, för vems räkning ({ REF(4, num: 7) } och { REF(4, num: 8) } i { $gdpr }).
access-search-uk = Jag har rätt till de personuppgifter och den information som ni kan tillhandahålla på grundval av en rimlig och proportionerlig sökning (artikel 15.1A i { $gdpr }). Er databas är byggd för att genomsökas utifrån ansikten: En sökning i den med mitt ansikte, och i registreringarna av de sökningar där jag har visats som resultat eller där mitt ansikte har laddats upp, är rimlig och proportionerlig, oavsett omfattning.
access-format = Jag ber er tillhandahålla kopian kostnadsfritt (artiklarna { REF(12, par: 5, case: "bare") } och { REF(15, par: 3, case: "bare") } i { $gdpr }), på ett klart och tydligt språk ({ REF(12, par: 1) } i { $gdpr }) och, om ni svarar elektroniskt, i ett elektroniskt format som är allmänt använt ({ REF(15, par: 3) } i { $gdpr }).

## Erasure (Article 17)

erasure-heading = Radering av mina personuppgifter ({ REF(17) } i { $gdpr })
erasure-after-access = När ni har tillhandahållit kopian och den information som begärs ovan ber jag er att utan onödigt dröjsmål radera alla personuppgifter som rör mig ({ REF(17, par: 1) } i { $gdpr }).
erasure-scope = Raderingen ska omfatta:
erasure-scope-images = varje bild av mig och varje kopia av den;
erasure-scope-biometrics = de biometriska mallar, vektorer och hashvärden som har härletts från mitt ansikte;
erasure-scope-metadata = de metadata och källadresser (URL:er) som är kopplade till dessa bilder;
erasure-scope-searches = de sökresultat, sökloggar och kopplingar som rör mig;
erasure-scope-backups = alla kopior i säkerhetskopior, i arkiv och i era personuppgiftsbiträdens system.
erasure-grounds = Följande skäl för radering är tillämpliga:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } i { $gdpr }: Personuppgifterna har behandlats på olagligt sätt. Ni saknar rättslig grund enligt { REF(6, par: 1) } i { $gdpr }. Biometriska uppgifter ({ REF(4, num: 14) } i { $gdpr }) som behandlas för att entydigt identifiera en fysisk person hör till de särskilda kategorier av personuppgifter vars behandling är förbjuden enligt { REF(9, par: 1) } i { $gdpr }. Inget av undantagen i { REF(9, par: 2) } är tillämpligt: Jag har inte lämnat något uttryckligt samtycke till behandlingen av mina biometriska uppgifter i er databas ({ REF(9, par: 2, pt: "a") }), och bilder som går att hitta på internet har inte på ett tydligt sätt offentliggjorts av mig för biometrisk behandling ({ REF(9, par: 2, pt: "e") }).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } i { $gdpr }: Personuppgifterna har behandlats på olagligt sätt. Ni saknar rättslig grund enligt { REF(6, par: 1) } i { $gdpr }. Biometriska uppgifter ({ REF(4, num: 14) } i { $gdpr }) som behandlas för att entydigt identifiera en fysisk person hör till de särskilda kategorier av personuppgifter vars behandling är förbjuden enligt { REF(9, par: 1) } i { $gdpr }. Inget av undantagen i { REF(9, par: 2) } i { $gdpr }, jämförd med Schedule 1 till Data Protection Act 2018, är tillämpligt: Jag har inte lämnat något uttryckligt samtycke till behandlingen av mina biometriska uppgifter i er databas ({ REF(9, par: 2, pt: "a") }), och bilder som går att hitta på internet har inte på ett tydligt sätt offentliggjorts av mig för biometrisk behandling ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } i { $gdpr }: Jag invänder mot behandlingen enligt { REF(21, par: 1) } i { $gdpr } av skäl som hänför sig till min specifika situation: Mitt ansikte är en permanent identifierare som jag inte kan ändra, och att det finns i er databas gör det möjligt för var och en av era kunder att identifiera mig utifrån vilket fotografi som helst, oavsett var och när det togs.
erasure-ground-objection-own = Med mina egna ord: ”{ $grounds }”
erasure-ground-objection-burden = Ni får därför inte längre behandla mina personuppgifter, såvida ni inte kan påvisa tvingande berättigade skäl för behandlingen som väger tyngre än mina intressen, rättigheter och friheter, eller att behandlingen sker för fastställande, utövande eller försvar av rättsliga anspråk ({ REF(21, par: 1) } i { $gdpr }). I den mån ni åberopar { REF(6, par: 1, pt: "e f", conj: "or") } i { $gdpr } finns det inga sådana skäl: Ert kommersiella intresse av att sälja sökningar på mitt ansikte är inte ett sådant skäl.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } i { $gdpr }: I den mån ni åberopar samtycke återkallar jag det.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language, hence after the neutral ”tillsynsmyndigheten”);
# $in_country: ”i Italien”, from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } i { $gdpr }, utöver de skäl som anges ovan: Tillsynsmyndigheten { $authority } har förelagt er att radera personuppgifterna om personer { $in_country }. Enligt min mening krävs radering därför också för att uppfylla en rättslig förpliktelse som ni omfattas av.
erasure-exceptions = Inget av undantagen i { REF(17, par: 3) } i { $gdpr } är tillämpligt: Behandlingen är inte nödvändig för att utöva rätten till yttrande- och informationsfrihet, för att uppfylla en rättslig förpliktelse, för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning, av skäl som rör ett allmänintresse på folkhälsoområdet, för arkivändamål av allmänt intresse, vetenskapliga eller historiska forskningsändamål eller statistiska ändamål eller för att fastställa, göra gällande eller försvara rättsliga anspråk. Om ni åberopar ett undantag ber jag er ange vilket och varför ({ REF(12, par: 4) } i { $gdpr }).
erasure-restriction = Fram till raderingen ber jag er att begränsa behandlingen av mina personuppgifter ({ REF(18, par: 1, pt: "d") } i { $gdpr }, i väntan på kontrollen av min invändning): Framför allt ber jag er att omedelbart sluta visa mig i sökresultat.
erasure-recipients = Jag ber er att underrätta varje mottagare till vilken mina personuppgifter har lämnats ut, inbegripet varje kund som har fått mina bilder i sökresultat, om raderingen ({ REF(19) } i { $gdpr }) och att informera mig om vilka dessa mottagare är. Om ni har offentliggjort mina personuppgifter ber jag er att vidta rimliga åtgärder för att underrätta de personuppgiftsansvariga som behandlar dem om att jag har begärt radering av eventuella länkar till eller kopior av dessa uppgifter ({ REF(17, par: 2) } i { $gdpr }).
erasure-no-recollection = Jag ber er att informera mig om vad ni kommer att göra för att säkerställa att mina personuppgifter inte samlas in på nytt. Om ni sparar någon registrering för att förhindra att de samlas in i framtiden ber jag er att exakt ange vad den innehåller och på vilken rättslig grund ni sparar den.
erasure-confirmation = Jag ber er att skriftligen bekräfta raderingen för mig och ange vad ni har raderat, inbegripet kopior i säkerhetskopior och härledda mallar.
erasure-free = Åtgärderna med anledning av min begäran om radering, inbegripet underrättelserna och bekräftelsen, ska vara kostnadsfria ({ REF(12, par: 5) } i { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Begränsning av behandlingen fram till raderingen ({ REF(18) } i { $gdpr })
restriction-body = Från det att ni tar emot detta brev och fram till raderingen ber jag er att begränsa behandlingen av mina personuppgifter ({ REF(18, par: 1, pt: "d") } i { $gdpr }, i väntan på kontrollen av min invändning enligt { REF(21, par: 1) } i { $gdpr }): Ni får lagra uppgifterna men inte använda dem för något annat ändamål än att besvara denna begäran. Framför allt ber jag er att omedelbart sluta visa mig i sökresultat.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifiering
identification-no-photo = Uppgifterna i detta brev räcker för att besvara det. Om ni har rimliga skäl att betvivla min identitet ber jag er att ange vilken ytterligare information som är absolut nödvändig ({ REF(12, par: 6) } i { $gdpr }). Om ert system endast kan genomsökas med hjälp av ett fotografi av mitt ansikte ber jag er att meddela mig det; jag kommer då att lämna ett sådant fotografi enbart för denna begäran.
identification-photo = Jag bifogar ett fotografi av mitt ansikte enbart för att ni ska kunna hitta de personuppgifter som rör mig (artiklarna { REF(11, par: 2, case: "bare") } och { REF(12, par: 6, case: "bare") } i { $gdpr }). Jag lämnar mitt uttryckliga samtycke ({ REF(9, par: 2, pt: "a") } i { $gdpr }) till en enda sökning i er databas med en biometrisk mall som skapats utifrån detta fotografi, enbart för denna begäran. Jag samtycker inte till någon annan användning: Ni får inte lägga till fotografiet eller mallen i er databas och inte lämna ut dem. Jag återkallar mitt samtycke med verkan från det att ni har besvarat denna begäran ({ REF(7, par: 3) } i { $gdpr }): Radera då fotografiet, mallen och resultaten av den sökning som gjorts med dem, och bekräfta raderingen för mig ({ REF(5, par: 1, pt: "b c e") } i { $gdpr }).
identification-id-document = Jag kommer inte att skicka en kopia av en identitetshandling om ni inte visar att det är absolut nödvändigt. En sådan kopia ska raderas omedelbart efter kontrollen (Europeiska dataskyddsstyrelsen, Riktlinjer 01/2022 om registrerades rättigheter – Rätt till tillgång, punkterna 74, 76 och 79).
identification-id-document-uk = Jag kommer inte att skicka en kopia av en identitetshandling om ni inte visar att det är nödvändigt: Ni får endast begära uppgifter som är rimliga och proportionerliga för att bekräfta min identitet (Information Commissioner's Office, vägledningen ”Right of access”).

## Deadline and form (Article 12)

deadline-heading = Tidsfrist och form för ert svar
deadline-access = Jag ber er att svara utan onödigt dröjsmål och senast en månad efter att ni har mottagit denna begäran ({ REF(12, par: 3) } i { $gdpr }). Ni får förlänga denna period med högst ytterligare två månader och endast om det är nödvändigt med beaktande av hur komplicerade begärandena är och antalet begäranden; ni ska i så fall underrätta mig om förlängningen inom en månad från det att begäran mottogs och ange orsakerna till förseningen. Om ni inte vidtar åtgärder på min begäran ska ni inom en månad underrätta mig om skälen till detta och om möjligheten att lämna in ett klagomål till en tillsynsmyndighet och begära rättslig prövning ({ REF(12, par: 4) } i { $gdpr }).
deadline-erasure = Jag ber er att vidta åtgärder på min begäran utan onödigt dröjsmål och senast en månad efter att ni har mottagit den ({ REF(12, par: 3) } i { $gdpr }). Ni får förlänga denna period med högst ytterligare två månader och endast om det är nödvändigt med beaktande av hur komplicerade begärandena är och antalet begäranden; ni ska i så fall underrätta mig om förlängningen inom en månad från det att begäran mottogs och ange orsakerna till förseningen. Om ni inte vidtar åtgärder på min begäran ska ni inom en månad underrätta mig om skälen till detta och om möjligheten att lämna in ett klagomål till en tillsynsmyndighet och begära rättslig prövning ({ REF(12, par: 4) } i { $gdpr }).
deadline-access-uk = Jag ber er att svara utan onödigt dröjsmål och senast innan den tillämpliga tidsfristen (applicable time period) löper ut, det vill säga en månad efter att ni har mottagit denna begäran (artikel 12A i { $gdpr }). Ni får förlänga tidsfristen med högst ytterligare två månader och endast om det är nödvändigt på grund av hur komplicerade begärandena är eller hur många de är; ni ska i så fall meddela mig detta inom samma månad och ange skälen. Om ni skäligen behöver ytterligare uppgifter från mig för att identifiera den information eller behandling som min begäran avser, ska ni fråga mig utan dröjsmål: Tidsfristen står då stilla endast till dess att jag har svarat. Om ni inte vidtar åtgärder på min begäran ska ni inom denna tidsfrist underrätta mig om skälen till detta och om min rätt att lämna in ett klagomål till Information Commissioner och begära rättslig prövning ({ REF(12, par: 4) } i { $gdpr }).
deadline-erasure-uk = Jag ber er att vidta åtgärder på min begäran utan onödigt dröjsmål och senast innan den tillämpliga tidsfristen (applicable time period) löper ut, det vill säga en månad efter att ni har mottagit denna begäran (artikel 12A i { $gdpr }). Ni får förlänga tidsfristen med högst ytterligare två månader och endast om det är nödvändigt på grund av hur komplicerade begärandena är eller hur många de är; ni ska i så fall meddela mig detta inom samma månad och ange skälen. Om ni inte vidtar åtgärder på min begäran ska ni inom denna tidsfrist underrätta mig om skälen till detta och om min rätt att lämna in ett klagomål till Information Commissioner och begära rättslig prövning ({ REF(12, par: 4) } i { $gdpr }).
no-formalities = Ni får inte göra ert svar beroende av ett visst formulär, en viss webbportal eller ett visst överföringssätt (Europeiska dataskyddsstyrelsen, Riktlinjer 01/2022 om registrerades rättigheter – Rätt till tillgång, punkterna 50–53).
no-formalities-uk = Ni får inte göra ert svar beroende av ett visst formulär, en viss webbportal eller ett visst överföringssätt: En begäran kan göras i vilken form som helst, muntligt eller skriftligt (Information Commissioner's Office, vägledningen ”Right of access”).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address (or none), reply-to-both when a postal and an e-mail address are given,
# reply-to-email when only an e-mail address is given.
reply-to-postal = Jag ber er att skicka ert svar till den adress som anges ovan.
reply-to-both = Jag ber er att skicka ert svar till den post- eller e-postadress som anges ovan.
reply-to-email = Jag ber er att skicka ert svar till den e-postadress som anges ovan.

## Decisions against Clearview

decisions-heading = Beslut mot { $controller }
decisions-own = Följande beslut har fattats i det land där jag bor:
decisions-other = Tillsynsmyndigheter i andra stater har funnit att samma behandling som utförs av { $controller } är olaglig. Jag åberopar deras beslut:
# One decision. $authority: name of the authority or court (in its own language); $country: its
# country (CLDR, e.g. "Italien"); $act: one of decision-kind-* with the reference; $date: its date
# ("10 februari 2022").
decision-citation = { $authority } ({ $country }), { $act } av den { $date }
# The Italian Garante's ordinanza ingiunzione (fine and orders); the Italian term is kept.
decision-kind-injunction-order = beslut om sanktionsavgift (ordinanza ingiunzione) nr { $reference }
decision-kind-decision = beslut { $reference }
decision-kind-formal-notice = formell anmaning { $reference }
# The CNIL's délibération of its formation restreinte (the committee that imposes sanctions).
decision-kind-sanction = beslut av sanktionsutskottet (délibération) { $reference }
decision-kind-penalty-liquidation = beslut { $reference } (utdömande av vite)
decision-kind-fines-and-penalty-orders = beslut om sanktionsavgifter och förelägganden vid vite
# The Austrian DSB's Bescheid (an administrative decision); the BVwG's Beschluss setting it aside
# and remitting the case (a court's beslut, not a dom on the merits); a UK tribunal's decision.
decision-kind-bescheid = beslut (Bescheid) { $reference }
decision-kind-remittal-order = beslut (Beschluss) { $reference }
decision-kind-tribunal-decision = avgörande { $reference }
decision-kind-letter = skrivelse
decision-kind-enforcement-and-penalty-notices = föreläggande (enforcement notice) och beslut om sanktionsavgift (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court. A GDPR fine is a ”sanktionsavgift” (article 83).
# $articles: the provisions found infringed, written with ref-list ("artikel 5.1 a, artikel 6
# och artikel 9").
decision-articles = Det konstaterades överträdelser av { $articles } i { $gdpr }.
# $amount: an amount with its currency, already formatted.
decision-fine = En sanktionsavgift på { $amount } påfördes.
decision-monetary-penalty = En sanktionsavgift (monetary penalty) på { $amount } påfördes.
decision-fines-total = Sanktionsavgifter på sammanlagt { $amount } påfördes.
decision-penalty-per-day = Dessutom fastställdes ett löpande vite på { $amount } för varje dags försening.
decision-penalty-max = Dessutom meddelades förelägganden vid vite på sammanlagt högst { $amount }.
decision-penalty-liquidated = { $controller } ålades att betala { $amount } eftersom bolaget inte hade följt föreläggandet i tid.
decision-orders = { $controller } ålades:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not
# been published: say only that it called on Clearview to act);
# like decision-orders it introduces the ”att …” clauses below.
decision-requests = { $controller } uppmanades:
not-final-remitted-appeal = Besluten har inte fått laga kraft: Upper Tribunal har återförvisat Clearviews överklagande av dem till First-tier Tribunal.
# Orders are list items completing ”{ $controller } ålades:” or ”… uppmanades:” as ”att …”
# infinitive clauses. End each with ";" — facerights replaces the last one with a full stop.
# $in_country: ”i Italien”, from country-in (the country whose residents the decision protects).
order-ban-collection-territory = att upphöra med att samla in bilder och andra personuppgifter om personer { $in_country } och att upphöra med att behandla deras biometriska uppgifter;
order-ban-collection-processing-territory = att upphöra med att genom webbskrapning (web scraping) samla in bilder och metadata om personer { $in_country } och med all vidare behandling av deras personuppgifter, såväl vanliga som biometriska;
order-erase-territory = att radera personuppgifterna om personer { $in_country };
order-erase-territory-after-access = att radera personuppgifterna om personer { $in_country } efter att ha besvarat de begäranden om tillgång som redan kommit in;
order-stop-processing-territory = att upphöra med att utan rättslig grund samla in och behandla personuppgifter om personer { $in_country };
order-facilitate-rights = att underlätta utövandet av de registrerades rättigheter och besvara klagandens begäran om tillgång;
order-answer-complainant-access = att besvara klagandens begäran om tillgång;
order-grant-complainant-erasure = att bifalla klagandens begäran om radering;
order-appoint-representative = att utse en företrädare i unionen ({ REF(27) } i { $gdpr });
order-stop-processing-erase-territory = att upphöra med att behandla personuppgifter om personer { $in_country } och att ta bort de uppgifter som har inhämtats på olagligt sätt;
order-give-art14-information = att informera de registrerade i enlighet med { REF(14) } i { $gdpr };
order-stop-refusing-access = att upphöra med sin praxis att inte besvara begäranden om tillgång;
order-erase-complainant = att radera klagandens personuppgifter;
order-erase-complainant-biometric = att radera klagandens biometriska hashvärden;
order-stop-obtaining-uk = att upphöra med att inhämta och använda personuppgifter som är offentligt tillgängliga på internet om personer bosatta i Förenade kungariket;
order-erase-uk = att radera personuppgifterna om personer bosatta i Förenade kungariket från bolagets system;
outcome-reconsider-ban = Domstolen fann att myndigheten måste ompröva sin vägran att förbjuda behandlingen och att ett förbud är den enda lämpliga åtgärden; domstolen återförvisade ärendet till myndigheten.
outcome-ftt-no-jurisdiction = Domstolen biföll Clearviews överklagande och fann att Information Commissioner saknade behörighet att utfärda besluten.
outcome-ut-ico-appeal-allowed = Domstolen biföll Information Commissioners överklagande: Behandlingen har samband med övervakning av beteendet hos personer i Förenade kungariket, och det förhållandet att Clearviews kunder är utländska offentliga organ innebär inte att den faller utanför tillämpningsområdet för { $gdpr }.
outcome-remitted-ftt = Domstolen återförvisade Clearviews överklagande av besluten till First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with ”och”:
# noun phrases without commas inside, so that the joined list stays unambiguous.
summary-fine = sanktionsavgift på { $amount }
summary-monetary-penalty = sanktionsavgift (monetary penalty) på { $amount } som inte har fått laga kraft
summary-erasure = föreläggande om radering av personuppgifterna om personer { $in_country }
summary-ban = förbud mot fortsatt insamling
summary-access = föreläggande om att sluta vägra att besvara begäranden om tillgång
summary-complainant-access = föreläggande om att besvara klagandens begäran om tillgång
summary-erase-complainant = föreläggande om radering av klagandens personuppgifter
summary-representative = föreläggande om att utse en företrädare i unionen
summary-no-fine = ingen sanktionsavgift
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, e.g.
# "Integritetsskyddsmyndigheten"); $address: its postal address on one line. Both stand after a colon.
remedies = Om ni inte svarar fullständigt inom tidsfristen kommer jag att lämna in ett klagomål till den behöriga tillsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jag förbehåller mig rätten att väcka talan mot er vid domstol i den medlemsstat där jag har min hemvist ({ REF(79, par: 2) } i { $gdpr }) och att kräva ersättning ({ REF(82) } i { $gdpr }).
remedies-eea = Om ni inte svarar fullständigt inom tidsfristen kommer jag att lämna in ett klagomål till den behöriga tillsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jag förbehåller mig rätten att väcka talan mot er vid domstol i den stat där jag har min hemvist ({ REF(79, par: 2) } i { $gdpr }) och att kräva ersättning ({ REF(82) } i { $gdpr }).
remedies-land-of-residence = Om ni inte svarar fullständigt inom tidsfristen kommer jag att lämna in ett klagomål till dataskyddsmyndigheten i den tyska delstat där jag bor ({ REF(77) } i { $gdpr }; § 19 andra stycket i den tyska federala dataskyddslagen, BDSG). Jag förbehåller mig rätten att väcka talan mot er vid domstol i den medlemsstat där jag har min hemvist ({ REF(79, par: 2) } i { $gdpr }) och att kräva ersättning ({ REF(82) } i { $gdpr }).
remedies-uk = Ni ska underlätta klagomål till er över behandlingen av mina personuppgifter (section 164A i Data Protection Act 2018). Om ni inte svarar fullständigt inom den tillämpliga tidsfristen kommer jag först att klaga till er enligt den bestämmelsen och, om det inte löser saken, lämna in ett klagomål till den behöriga tillsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority } (eller dess efterträdare, Information Commission), { $address }. Jag förbehåller mig rätten att begära att domstol meddelar ett föreläggande om efterlevnad (compliance order, section 167 i Data Protection Act 2018) och att kräva ersättning ({ REF(82) } i { $gdpr }).

## Uppföljande brev: en påminnelse till Clearview när svarstiden har löpt ut och ett klagomål till
## tillsynsmyndigheten. De anger den första begäran (request-name-*), dagen då den togs emot
## ($received) och svarstidens sista dag ($ends); alla datum är redan formaterade.

# Som objekt: ”Påminnelse: …”, ”tog ni emot …”, ”Kopia av …”, ”Klagomålet gäller …”.
request-name-access = min begäran om tillgång enligt { REF(15) } i { $gdpr }
request-name-erasure = min begäran om radering enligt { REF(17) } i { $gdpr } och min invändning enligt { REF(21, par: 1) } i { $gdpr }
request-name-access-erasure = min begäran om tillgång enligt { REF(15) } i { $gdpr }, begränsning av behandling enligt { REF(18) } i { $gdpr } och därefter radering enligt { REF(17) } i { $gdpr }

## Påminnelse till Clearview

subject-reminder = Påminnelse: { $request }, mottagen av er den { $received }
reminder-facts = Den { $received } tog ni emot { $request }; en kopia bifogas. Tidsfristen för ert svar löpte ut den { $ends } eller, om den dagen var en allmän helgdag, närmast följande arbetsdag ({ REF(12, par: 3) } i { $gdpr }).
reminder-facts-uk = Den { $received } tog ni emot { $request }; en kopia bifogas. Den tillämpliga tidsfristen (applicable time period) för ert svar löpte ut den { $ends } eller, om den dagen var en allmän helgdag (bank holiday), närmast följande arbetsdag (artikel 12A i { $gdpr }).
reminder-no-reply = Jag har inte fått något svar från er, och inte heller någon information om en förlängning av tidsfristen eller om orsaken till att ni inte har vidtagit åtgärder på min begäran ({ REF(12, par: "3 4") } i { $gdpr }).
reminder-incomplete = Ert svar är ofullständigt: Det innehåller inte allt som jag har begärt, och ni har inte angett skälen till att ni har utelämnat något ({ REF(12, par: 4) } i { $gdpr }).
reminder-demand = Ni bryter därmed mot { $gdpr }. Jag uppmanar er att tillmötesgå min begäran fullt ut utan ytterligare dröjsmål och under alla omständigheter senast den { $grace }.
reminder-remedies = Om ni inte gör det kommer jag utan ytterligare förvarning att lämna in ett klagomål till den behöriga tillsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jag förbehåller mig rätten att väcka talan mot er vid domstol i den medlemsstat där jag har min hemvist ({ REF(79, par: 2) } i { $gdpr }) och att kräva ersättning för eventuell skada som jag har lidit ({ REF(82) } i { $gdpr }).
reminder-remedies-eea = Om ni inte gör det kommer jag utan ytterligare förvarning att lämna in ett klagomål till den behöriga tillsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jag förbehåller mig rätten att väcka talan mot er vid domstol i den stat där jag har min hemvist ({ REF(79, par: 2) } i { $gdpr }) och att kräva ersättning för eventuell skada som jag har lidit ({ REF(82) } i { $gdpr }).
reminder-remedies-land-of-residence = Om ni inte gör det kommer jag utan ytterligare förvarning att lämna in ett klagomål till dataskyddsmyndigheten i den tyska delstat där jag bor ({ REF(77) } i { $gdpr }; § 19 andra stycket i den tyska federala dataskyddslagen, BDSG). Jag förbehåller mig rätten att väcka talan mot er vid domstol i den medlemsstat där jag har min hemvist ({ REF(79, par: 2) } i { $gdpr }) och att kräva ersättning för eventuell skada som jag har lidit ({ REF(82) } i { $gdpr }).
reminder-remedies-uk = Detta brev är också mitt klagomål till er enligt section 164A i Data Protection Act 2018: Jag ber er att bekräfta mottagandet av klagomålet inom 30 dagar och att utan onödigt dröjsmål meddela mig utfallet. Om ni inte tillmötesgår min begäran kommer jag att lämna in ett klagomål till den behöriga tillsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority } (eller dess efterträdare, Information Commission), { $address }. Jag förbehåller mig rätten att begära att domstol meddelar ett föreläggande om efterlevnad (compliance order, section 167 i Data Protection Act 2018) och att kräva ersättning ({ REF(82) } i { $gdpr }).
# Bilagor.
enclosure-request-copy = Kopia av { $request }, mottagen den { $received }
enclosure-proof = Bevis på avsändande och, i förekommande fall, på mottagande
enclosure-reply = Kopia av svaret från { $controller }
enclosure-reminder = Kopia av min påminnelse daterad den { $reminded }

## Klagomål till tillsynsmyndigheten (som standard på myndighetens språk)

subject-complaint = Klagomål enligt { REF(77) } i { $gdpr } mot { $controller }
salutation-complaint = Till den det vederbör
complaint-intro = Härmed lämnar jag in ett klagomål enligt { REF(77) } i { $gdpr } mot { $controller }, { $controller_address }. Klagomålet gäller { $request }. { $controller } tog emot begäran den { $received }; en kopia bifogas.
complaint-no-reply = { $controller } har inte svarat på min begäran, och tidsfristen för svaret löpte ut den { $ends } eller, om den dagen var en allmän helgdag, närmast följande arbetsdag ({ REF(12, par: 3) } i { $gdpr }). Bolaget har inte informerat mig om någon förlängning av tidsfristen eller om orsaken till att åtgärder inte har vidtagits ({ REF(12, par: 4) } i { $gdpr }).
complaint-no-reply-uk = { $controller } har inte svarat på min begäran, och den tillämpliga tidsfristen (applicable time period) för svaret löpte ut den { $ends } eller, om den dagen var en allmän helgdag (bank holiday), närmast följande arbetsdag (artikel 12A i { $gdpr }). Bolaget har inte informerat mig om någon förlängning av tidsfristen eller om orsaken till att åtgärder inte har vidtagits ({ REF(12, par: 4) } i { $gdpr }).
complaint-incomplete = { $controller } har svarat, men svaret är ofullständigt: Det innehåller inte allt som jag har begärt och anger inga skäl till att något har utelämnats. Tidsfristen för ett fullständigt svar löpte ut den { $ends } eller, om den dagen var en allmän helgdag, närmast följande arbetsdag ({ REF(12, par: 3) } i { $gdpr }). En kopia av svaret bifogas.
complaint-incomplete-uk = { $controller } har svarat, men svaret är ofullständigt: Det innehåller inte allt som jag har begärt och anger inga skäl till att något har utelämnats. Den tillämpliga tidsfristen (applicable time period) för ett fullständigt svar löpte ut den { $ends } eller, om den dagen var en allmän helgdag (bank holiday), närmast följande arbetsdag (artikel 12A i { $gdpr }). En kopia av svaret bifogas.
complaint-refused = { $controller } har vägrat att vidta åtgärder på min begäran. En kopia av svaret bifogas.
complaint-identity-demanded = { $controller } har gjort sitt svar beroende av en identifiering som min begäran inte krävde, till exempel en kopia av en identitetshandling. En kopia av svaret bifogas.
complaint-reminded = Den { $reminded } påminde jag { $controller } om min begäran; bolaget har ändå inte tillmötesgått den. En kopia av påminnelsen bifogas.
complaint-reminded-uk = Den { $reminded } klagade jag till { $controller } enligt section 164A i Data Protection Act 2018; saken har inte lösts. En kopia av det klagomålet bifogas.
complaint-infringements = Enligt min mening har { $controller } därigenom i synnerhet brutit mot:
# Listpunkter som var och en slutar med ”;” (som order-*); facerights byter det sista mot punkt.
infringement-time-limit = { REF(12, par: 3, case: "start") } i { $gdpr }, eftersom bolaget inte har vidtagit åtgärder på min begäran inom tidsfristen;
infringement-time-limit-uk = { REF(12, par: 3, case: "start") } i { $gdpr }, jämförd med artikel 12A i { $gdpr }, eftersom bolaget inte har vidtagit åtgärder på min begäran inom den tillämpliga tidsfristen;
infringement-incomplete = { REF(12, par: "3 4", case: "start") } i { $gdpr }, eftersom bolaget inte fullt ut har vidtagit åtgärder på min begäran inom tidsfristen och inte har angett skälen till att något har utelämnats;
infringement-incomplete-uk = { REF(12, par: "3 4", case: "start") } i { $gdpr }, jämförd med artikel 12A i { $gdpr }, eftersom bolaget inte fullt ut har vidtagit åtgärder på min begäran inom den tillämpliga tidsfristen och inte har angett skälen till att något har utelämnats;
infringement-no-reasons = { REF(12, par: 4, case: "start") } i { $gdpr }, eftersom bolaget inte har informerat mig om orsaken till att åtgärder inte har vidtagits och om möjligheten att lämna in ett klagomål;
infringement-access = { REF(15, case: "start") } i { $gdpr }, eftersom bolaget inte har gett mig tillgång till mina personuppgifter och till informationen om behandlingen av dem;
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "start") } och { REF(21, par: 1) } i { $gdpr }, eftersom bolaget varken har begränsat behandlingen av mina personuppgifter eller upphört med den efter min invändning;
infringement-erasure = { REF(17, par: 1, case: "start") } och { REF(21, par: 1) } i { $gdpr }, eftersom bolaget inte har raderat mina personuppgifter och inte har upphört att behandla dem, trots att det finns skäl för radering och jag har gjort en invändning;
infringement-identification = { REF(12, par: 2, case: "start") } och { REF(12, par: 6) } i { $gdpr }, eftersom bolaget har gjort utövandet av mina rättigheter beroende av en identifiering som inte är nödvändig, och { REF(5, par: 1, pt: "c") } i { $gdpr }, eftersom det begär fler personuppgifter än det behöver;
infringement-refusal = { REF(12, par: 4, case: "start") } i { $gdpr }, eftersom bolaget har vägrat att vidta åtgärder på min begäran utan något skäl som { $gdpr } godtar, och { REF(12, par: 2) } i { $gdpr }, i den mån bolaget åberopar att det inte kan identifiera mig;
complaint-decisions = Tillsynsmyndigheter har redan fattat följande beslut mot { $controller }:
complaint-requests = Jag ber er därför:
complaint-ask-handle = att behandla mitt klagomål och undersöka det sakförhållande som klagomålet gäller ({ REF(57, par: 1, pt: "f") } i { $gdpr });
complaint-ask-order = att förelägga { $controller } att tillmötesgå min begäran ({ REF(58, par: 2, pt: "c") } i { $gdpr }) och att använda era övriga korrigerande befogenheter ({ REF(58, par: 2) } och { REF(83) } i { $gdpr });
complaint-ask-inform = att informera mig om hur arbetet med klagomålet fortskrider och vad det leder till ({ REF(77, par: 2) } i { $gdpr }).
complaint-ask-inform-uk = att informera mig om hur arbetet med klagomålet fortskrider och vad det leder till (section 165 i Data Protection Act 2018).
complaint-consent-share = Jag samtycker till att ni delar detta klagomål, med mitt namn, med { $controller } för handläggningen av det.
