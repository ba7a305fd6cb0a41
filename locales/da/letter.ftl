### facerights — brevtekst, dansk (da).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Danish language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): »den registrerede«, »dataansvarlig«,
### »modtager«, »tilsynsmyndighed«, »indsigtsret«, »ret til sletning«, »begrænsning af behandling«,
### »indsigelse«, »uden unødig forsinkelse«, »vægtige legitime grunde«, »fornødne garantier«,
### »tydeligvis offentliggjort af den registrerede« (artikel 9, stk. 2, litra e), »effektive retsmidler«.
###
### Danish notes:
###   - The company is addressed with the formal »De / Dem / Deres« throughout (»De bedes …«);
###     the author writes in the first person singular.
###   - Article references as Datatilsynet and Danish courts write them: »artikel 15, stk. 1,
###     litra h, i databeskyttelsesforordningen« (the official text writes »litra h)«); see ref-*.
###   - Authority names arrive in their own language: they stand after a neutral noun
###     (»tilsynsmyndigheden { $authority }«) or after a colon.
###   - Capital letter after a colon only when a complete sentence follows.
###
### Variables available in every message:
###   $gdpr        short name of the law ("databeskyttelsesforordningen", or "UK GDPR" for United
###                Kingdom letters),
###                always cited as »artikel 15 i { $gdpr }«
###   $controller  "Clearview AI, Inc." (referred to as »virksomheden«)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

# Datatilsynet, the courts and Danish legislation call it »databeskyttelsesforordningen«.
law-short-eu = databeskyttelsesforordningen
law-short-uk = UK GDPR
# law-full-* follow »artikel 15 i …« or »i henhold til …«: no article, lower-case »forordning«.
law-full-eu = forordning (EU) 2016/679 (generel forordning om databeskyttelse, »databeskyttelsesforordningen«)
law-full-eea = forordning (EU) 2016/679 (generel forordning om databeskyttelse, »databeskyttelsesforordningen«), som indarbejdet i aftalen om Det Europæiske Økonomiske Samarbejdsområde (EØS-aftalen)
law-full-uk = United Kingdom General Data Protection Regulation (Det Forenede Kongeriges generelle forordning om databeskyttelse, »UK GDPR«), sammenholdt med Data Protection Act 2018 (den britiske databeskyttelseslov af 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# As Datatilsynet writes: »artikel 15, stk. 1, litra h«, »artikel 15, stk. 1 og 2«, »artikel 5,
# stk. 1, litra b, c og e«, »artikel 6, stk. 1, litra e eller f«, »artikel 4, nr. 14«.
# A citation with stk., litra or nr. is closed by a comma when the sentence goes on after it
# (»artikel 21, stk. 1, i databeskyttelsesforordningen«, »i artikel 9, stk. 2, finder«): messages
# then use case: "comma". case: "start" is the form at the start of a list item (capital A).
# In a list (ref-item-*) every provision keeps »artikel«, as a bare number would be read as a
# further point; decision-articles names the regulation before the list.

ref-a = artikel { $art }
    .start = Artikel { $art }
ref-ap = artikel { $art }, stk. { $par }
    .comma = artikel { $art }, stk. { $par },
    .start = Artikel { $art }, stk. { $par },
ref-app = artikel { $art }, stk. { $par }, litra { $pt }
    .comma = artikel { $art }, stk. { $par }, litra { $pt },
    .start = Artikel { $art }, stk. { $par }, litra { $pt },
ref-an = artikel { $art }, nr. { $num }
    .comma = artikel { $art }, nr. { $num },
    .start = Artikel { $art }, nr. { $num },
ref-par = { $par }
ref-point = { $letter }
ref-item-a = artikel { $art }
ref-item-ap = artikel { $art }, stk. { $par }
ref-item-app = artikel { $art }, stk. { $par }, litra { $pt }
ref-item-an = artikel { $art }, nr. { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects (»personer i Italien«).
# $code: ISO code; $name: the CLDR name. The United Kingdom gets its formal name, as in the
# letters' other messages (»Det Forenede Kongerige«), not CLDR's »Storbritannien«.
country-in = { $code ->
    [GB] i Det Forenede Kongerige
    [NL] i Nederlandene
    [US] i USA
   *[other] i { $name }
}

## Letter frame

subject-access = Anmodning om indsigt i mine personoplysninger i henhold til { REF(15) } i { $gdpr }
subject-erasure = Anmodning om sletning af mine personoplysninger i henhold til { REF(17) } i { $gdpr } og indsigelse i henhold til { REF(21, par: 1, case: "comma") } i { $gdpr }
subject-access-erasure = Anmodning om indsigt i henhold til { REF(15) } i { $gdpr }, begrænsning af behandling i henhold til { REF(18) } i { $gdpr } og efterfølgende sletning i henhold til { REF(17) } i { $gdpr }
# Standard Danish opening for an unknown recipient; no comma, the letter text starts with a capital.
salutation = Til rette vedkommende
# No comma after the closing in Danish.
closing = Med venlig hilsen
# $reference: the sender's own case or reference number.
our-reference = Min reference: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("10. februar 2022").
place-date = { $place }, den { $date }
date-only = { $date }
enclosures-label = Bilag:
enclosure-photo = Fotografi af mit ansigt, der udelukkende fremsendes for at identificere mig i forbindelse med denne anmodning
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Side { $page } af { $pages }

## Opening

# $law_full: one of law-full-*.
intro-access = Jeg udøver hermed min indsigtsret i henhold til { REF(15) } i { $law_full }. De bedes bekræfte, om { $controller } behandler personoplysninger vedrørende mig, og i givet fald give mig adgang til disse personoplysninger og til de oplysninger, der er anført nedenfor. Jeg er ikke forpligtet til at begrunde denne anmodning.
intro-erasure = Jeg udøver hermed min ret til sletning i henhold til { REF(17) } i { $law_full }. Jeg anmoder Dem om uden unødig forsinkelse at slette alle personoplysninger vedrørende mig. Samtidig gør jeg i henhold til { REF(21, par: 1, case: "comma") } i { $gdpr } indsigelse mod enhver behandling af personoplysninger vedrørende mig.
intro-access-erasure = Jeg udøver hermed mine rettigheder i henhold til { $law_full }: først min indsigtsret ({ REF(15) } i { $gdpr }), derefter min ret til sletning ({ REF(17) } i { $gdpr }). Jeg anmoder først om indsigt, så jeg kan få kendskab til, hvilke oplysninger De har om mig, inden de slettes. Jeg gør i henhold til { REF(21, par: 1, case: "comma") } i { $gdpr } indsigelse mod enhver behandling af personoplysninger vedrørende mig, og indtil sletningen anmoder jeg Dem om at begrænse behandlingen ({ REF(18) } i { $gdpr }).

## Why the law applies to Clearview

applicability-eu = { $controller } er omfattet af { $gdpr }: Virksomheden indsamler billeder af personer i Den Europæiske Union og behandler dem for at overvåge deres adfærd ({ REF(3, par: 2, pt: "b", case: "comma") } i { $gdpr }). Tilsynsmyndighederne i Italien, Grækenland, Frankrig, Østrig og Nederlandene har anvendt { $gdpr } på virksomheden og fundet dens behandling ulovlig. Ifølge den nederlandske tilsynsmyndigheds afgørelse af { $representative_date } havde virksomheden ikke udpeget en repræsentant i Unionen ({ REF(27) } i { $gdpr }). Jeg retter derfor denne anmodning direkte til Dem.
applicability-eea = { $controller } er omfattet af { $gdpr }: Virksomheden indsamler billeder af personer i Det Europæiske Økonomiske Samarbejdsområde og behandler dem for at overvåge deres adfærd ({ REF(3, par: 2, pt: "b", case: "comma") } i { $gdpr }). Tilsynsmyndighederne i Italien, Grækenland, Frankrig, Østrig og Nederlandene har anvendt { $gdpr } på virksomheden og fundet dens behandling ulovlig. Ifølge den nederlandske tilsynsmyndigheds afgørelse af { $representative_date } havde virksomheden ikke udpeget en repræsentant i Unionen ({ REF(27) } i { $gdpr }). Jeg retter derfor denne anmodning direkte til Dem.
applicability-uk = { $controller } er omfattet af { $gdpr }. I 2025 fastslog Upper Tribunal, at virksomhedens behandling vedrører overvågning af adfærden hos personer i Det Forenede Kongerige ({ REF(3, par: 2, pt: "b", case: "comma") } i { $gdpr }). Jeg retter denne anmodning direkte til Dem.

## Access (Article 15)
# The access-copy-* items complete »De bedes udlevere en kopi af …, navnlig:« (noun phrases).

access-heading = Indsigt i mine personoplysninger ({ REF(15) } i { $gdpr })
access-copy = De bedes udlevere en kopi af alle de personoplysninger vedrørende mig, som De behandler ({ REF(15, par: 3, case: "comma") } i { $gdpr }), navnlig:
access-copy-images = ethvert billede, hvor jeg optræder, eller som De forbinder med mig, i den opløsning, som De har det i;
access-copy-sources = for hvert billede adressen (URL) på den webside og den billedfil, hvor det blev indsamlet, sidens titel samt datoerne for indsamlingen og for den seneste opdatering;
access-copy-metadata = alle metadata, der opbevares for hvert billede, herunder geolokaliseringsdata og datoer;
access-copy-biometrics = de biometriske skabeloner, vektorer eller hashværdier, der er afledt af mit ansigt, og alle andre oplysninger, som De har afledt eller udledt om mig;
access-copy-searches = optegnelserne over hver søgning, hvor jeg er blevet vist som resultat, med datoen for hver søgning;
access-copy-probe = optegnelserne over hver søgning, hvor en kunde har uploadet et billede af mit ansigt for at søge i Deres database, med billedet, datoen for søgningen og den kunde, der foretog den;
access-copy-recipients = identiteten af hver kunde eller anden modtager, som resultater vedrørende mig er blevet videregivet til.
# The access-info-* items complete »De bedes desuden give mig følgende oplysninger:« (noun phrases).
access-info = De bedes desuden give mig følgende oplysninger ({ REF(15, par: "1 2", case: "comma") } i { $gdpr }):
access-info-purposes = formålene med hver behandlingsaktivitet ({ REF(15, par: 1, pt: "a") }) og for hvert formål det retsgrundlag, som De støtter Dem på, og som De under alle omstændigheder skulle have oplyst mig om ({ REF(14, par: 1, pt: "c") });
access-info-categories = de berørte kategorier af personoplysninger ({ REF(15, par: 1, pt: "b") });
access-info-recipients = de modtagere, som personoplysningerne er eller vil blive videregivet til, med angivelse af deres navne, navnlig modtagere i tredjelande eller internationale organisationer; det er ikke tilstrækkeligt at angive kategorier af modtagere, når De kan identificere modtagerne ({ REF(15, par: 1, pt: "c") }; EU-Domstolens dom af 12. januar 2023, C-154/21, Österreichische Post);
access-info-recipients-uk = de modtagere, som personoplysningerne er eller vil blive videregivet til, med angivelse af deres navne, navnlig modtagere i tredjelande eller internationale organisationer; det er ikke tilstrækkeligt at angive kategorier af modtagere, når De kan identificere modtagerne ({ REF(15, par: 1, pt: "c") });
access-info-retention = det tidsrum, hvor hver kategori af personoplysninger vil blive opbevaret, eller, hvis dette ikke er muligt, de kriterier, der anvendes til fastlæggelse af dette tidsrum ({ REF(15, par: 1, pt: "d") });
access-info-rights = retten til at anmode om berigtigelse eller sletning af personoplysninger eller begrænsning af behandling samt retten til at gøre indsigelse mod en sådan behandling ({ REF(15, par: 1, pt: "e") });
access-info-complaint = retten til at indgive en klage til en tilsynsmyndighed ({ REF(15, par: 1, pt: "f") });
access-info-source = enhver tilgængelig information om, hvorfra personoplysningerne stammer: de konkrete websteder og sider, ikke blot kategorier af kilder ({ REF(15, par: 1, pt: "g") });
access-info-automated = forekomsten af automatiske afgørelser, herunder profilering, og meningsfulde oplysninger om logikken heri samt betydningen og de forventede konsekvenser af en sådan behandling for mig ({ REF(15, par: 1, pt: "h") });
access-info-transfers = hvis personoplysninger overføres til et tredjeland eller en international organisation, de fornødne garantier i medfør af { REF(46) } i { $gdpr } i forbindelse med overførslen ({ REF(15, par: 2) }).
access-scope = Denne anmodning omfatter alle personoplysninger vedrørende mig i alle Deres systemer, herunder pseudonymiserede oplysninger og oplysninger, som De har afledt eller udledt. Den er ikke begrænset til de seneste tolv måneder, den er ikke begrænset til et bestemt antal anmodninger om året, og den er ikke betinget af, at jeg gentager den: Den franske tilsynsmyndighed (CNIL) fastslog i sin afgørelse { $reference } af { $date }, at sådanne begrænsninger, som { $controller } anvendte, var ulovlige.
access-role = De bedes desuden for hver behandlingsaktivitet oplyse, om De udfører den som dataansvarlig eller som databehandler på vegne af en kunde, og i givet fald på hvis vegne ({ REF(4, num: 7, case: "comma") } og { REF(4, num: 8, case: "comma") } i { $gdpr }).
access-search-uk = Jeg har ret til de personoplysninger og oplysninger, som De kan give på grundlag af en rimelig og forholdsmæssig søgning (artikel 15, stk. 1A, i { $gdpr }). Deres database er bygget til at blive gennemsøgt ud fra ansigter: En søgning i den med mit ansigt og i optegnelserne over de søgninger, hvor jeg er blevet vist som resultat, eller hvor mit ansigt er blevet uploadet, er rimelig og forholdsmæssig, uanset omfanget.
access-format = De bedes udlevere kopien gratis ({ REF(12, par: 5, case: "comma") } og { REF(15, par: 3, case: "comma") } i { $gdpr }), i et klart og enkelt sprog ({ REF(12, par: 1, case: "comma") } i { $gdpr }) og, hvis De svarer elektronisk, i en almindeligt anvendt elektronisk form ({ REF(15, par: 3, case: "comma") } i { $gdpr }).

## Erasure (Article 17)

erasure-heading = Sletning af mine personoplysninger ({ REF(17) } i { $gdpr })
erasure-after-access = Når De har udleveret kopien og de oplysninger, der er anmodet om ovenfor, bedes De uden unødig forsinkelse slette alle personoplysninger vedrørende mig ({ REF(17, par: 1, case: "comma") } i { $gdpr }).
erasure-scope = Sletningen skal omfatte:
erasure-scope-images = ethvert billede af mig og enhver kopi heraf;
erasure-scope-biometrics = de biometriske skabeloner, vektorer og hashværdier, der er afledt af mit ansigt;
erasure-scope-metadata = de metadata og kildeadresser (URL'er), der er knyttet til disse billeder;
erasure-scope-searches = de søgeresultater, søgelogge og koblinger, der vedrører mig;
erasure-scope-backups = alle kopier i sikkerhedskopier, i arkiver og i Deres databehandleres systemer.
erasure-grounds = Følgende grunde til sletning gør sig gældende:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } i { $gdpr }: Personoplysningerne er blevet behandlet ulovligt. De har intet retsgrundlag i henhold til { REF(6, par: 1, case: "comma") } i { $gdpr }. Biometriske data ({ REF(4, num: 14, case: "comma") } i { $gdpr }), der behandles med det formål entydigt at identificere en fysisk person, hører til de særlige kategorier af personoplysninger, hvis behandling er forbudt efter { REF(9, par: 1, case: "comma") } i { $gdpr }. Ingen af undtagelserne i { REF(9, par: 2, case: "comma") } finder anvendelse: Jeg har ikke givet udtrykkeligt samtykke til behandlingen af mine biometriske data i Deres database ({ REF(9, par: 2, pt: "a") }), og billeder, der kan findes på internettet, er ikke tydeligvis offentliggjort af mig med henblik på biometrisk behandling ({ REF(9, par: 2, pt: "e") }).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } i { $gdpr }: Personoplysningerne er blevet behandlet ulovligt. De har intet retsgrundlag i henhold til { REF(6, par: 1, case: "comma") } i { $gdpr }. Biometriske data ({ REF(4, num: 14, case: "comma") } i { $gdpr }), der behandles med det formål entydigt at identificere en fysisk person, hører til de særlige kategorier af personoplysninger, hvis behandling er forbudt efter { REF(9, par: 1, case: "comma") } i { $gdpr }. Ingen af undtagelserne i { REF(9, par: 2, case: "comma") } i { $gdpr }, sammenholdt med Schedule 1 til Data Protection Act 2018, finder anvendelse: Jeg har ikke givet udtrykkeligt samtykke til behandlingen af mine biometriske data i Deres database ({ REF(9, par: 2, pt: "a") }), og billeder, der kan findes på internettet, er ikke tydeligvis offentliggjort af mig med henblik på biometrisk behandling ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } i { $gdpr }: Jeg gør i henhold til { REF(21, par: 1, case: "comma") } i { $gdpr } indsigelse mod behandlingen af grunde, der vedrører min særlige situation: Mit ansigt er en permanent identifikator, som jeg ikke kan ændre, og dets tilstedeværelse i Deres database gør det muligt for enhver af Deres kunder at identificere mig ud fra et hvilket som helst fotografi, uanset hvor og hvornår det er taget.
erasure-ground-objection-own = Med mine egne ord: »{ $grounds }«
erasure-ground-objection-burden = De må derfor ikke længere behandle mine personoplysninger, medmindre De påviser vægtige legitime grunde til behandlingen, der går forud for mine interesser, rettigheder og frihedsrettigheder, eller påviser, at behandlingen er nødvendig for, at retskrav kan fastlægges, gøres gældende eller forsvares ({ REF(21, par: 1, case: "comma") } i { $gdpr }). I det omfang De støtter Dem på { REF(6, par: 1, pt: "e f", conj: "or", case: "comma") } i { $gdpr }, foreligger der ingen sådanne grunde: Deres kommercielle interesse i at sælge søgninger på mit ansigt er ikke en sådan grund.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } i { $gdpr }: I det omfang De støtter Dem på samtykke, trækker jeg det tilbage.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language, hence after the neutral »tilsynsmyndigheden«);
# $in_country: »i Italien«, from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } i { $gdpr }, ud over de ovenfor nævnte grunde: Tilsynsmyndigheden { $authority } har pålagt Dem at slette personoplysningerne om personer { $in_country }. Efter min opfattelse er sletning derfor også nødvendig for at overholde en retlig forpligtelse, som påhviler Dem.
erasure-exceptions = Ingen af undtagelserne i { REF(17, par: 3, case: "comma") } i { $gdpr } finder anvendelse: Behandlingen er ikke nødvendig for at udøve retten til ytrings- og informationsfrihed, for at overholde en retlig forpligtelse, for at udføre en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, af hensyn til samfundsinteresser på folkesundhedsområdet, til arkivformål i samfundets interesse, til videnskabelige eller historiske forskningsformål eller til statistiske formål eller for at retskrav kan fastlægges, gøres gældende eller forsvares. Hvis De påberåber Dem en undtagelse, bedes De oplyse mig om, hvilken undtagelse det er, og hvorfor ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
erasure-restriction = Indtil sletningen bedes De begrænse behandlingen af mine personoplysninger ({ REF(18, par: 1, pt: "d", case: "comma") } i { $gdpr }, mens De kontrollerer min indsigelse): Navnlig bedes De straks ophøre med at vise mig i søgeresultater.
erasure-recipients = De bedes underrette enhver modtager, som mine personoplysninger er blevet videregivet til, herunder enhver kunde, der har modtaget mine billeder i søgeresultater, om sletningen ({ REF(19) } i { $gdpr }) og oplyse mig om, hvem disse modtagere er. Hvis De har offentliggjort mine personoplysninger, bedes De træffe rimelige foranstaltninger for at underrette de dataansvarlige, der behandler dem, om, at jeg har anmodet om sletning af alle link til eller kopier af disse personoplysninger ({ REF(17, par: 2, case: "comma") } i { $gdpr }).
erasure-no-recollection = De bedes oplyse mig om, hvad De vil gøre for at sikre, at mine personoplysninger ikke bliver indsamlet igen. Hvis De opbevarer nogen form for registrering for at forhindre, at de indsamles i fremtiden, bedes De oplyse mig præcist om, hvad den indeholder, og på hvilket retsgrundlag De opbevarer den.
erasure-confirmation = De bedes bekræfte sletningen skriftligt over for mig og angive, hvad De har slettet, herunder kopier i sikkerhedskopier og afledte skabeloner.
erasure-free = Behandlingen af min anmodning om sletning, herunder underretningerne og bekræftelsen, er vederlagsfri ({ REF(12, par: 5, case: "comma") } i { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Begrænsning af behandling indtil sletningen ({ REF(18) } i { $gdpr })
restriction-body = Fra modtagelsen af dette brev og indtil sletningen bedes De begrænse behandlingen af mine personoplysninger ({ REF(18, par: 1, pt: "d", case: "comma") } i { $gdpr }, mens De kontrollerer min indsigelse i henhold til { REF(21, par: 1, case: "comma") } i { $gdpr }): De må opbevare oplysningerne, men ikke anvende dem til andre formål end besvarelsen af denne anmodning. Navnlig bedes De straks ophøre med at vise mig i søgeresultater.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikation
identification-no-photo = Oplysningerne i dette brev er tilstrækkelige til at besvare det. Hvis De har rimelig tvivl om min identitet, bedes De oplyse mig om, hvilke yderligere oplysninger der er strengt nødvendige ({ REF(12, par: 6, case: "comma") } i { $gdpr }). Hvis Deres system kun kan gennemsøges ved hjælp af et fotografi af mit ansigt, bedes De oplyse mig om det; jeg vil da fremsende et fotografi udelukkende til brug for denne anmodning.
identification-photo = Jeg vedlægger et fotografi af mit ansigt udelukkende for at gøre det muligt for Dem at finde de personoplysninger, der vedrører mig ({ REF(11, par: 2, case: "comma") } og { REF(12, par: 6, case: "comma") } i { $gdpr }). Jeg giver mit udtrykkelige samtykke ({ REF(9, par: 2, pt: "a", case: "comma") } i { $gdpr }) til én søgning i Deres database med en biometrisk skabelon, der er oprettet ud fra dette fotografi, alene med henblik på denne anmodning. Jeg giver ikke samtykke til nogen anden anvendelse: De må ikke tilføje fotografiet eller skabelonen til Deres database og må ikke videregive dem. Jeg trækker mit samtykke tilbage med virkning fra det tidspunkt, hvor De har besvaret denne anmodning ({ REF(7, par: 3, case: "comma") } i { $gdpr }): De bedes da slette fotografiet, skabelonen og resultaterne af den søgning, der er foretaget med dem, og bekræfte sletningen over for mig ({ REF(5, par: 1, pt: "b c e", case: "comma") } i { $gdpr }).
identification-id-document = Jeg vil ikke fremsende en kopi af et identitetsdokument, medmindre De godtgør, at det er strengt nødvendigt. En sådan kopi skal slettes straks efter kontrollen (Det Europæiske Databeskyttelsesråd, Retningslinjer 01/2022 om registreredes rettigheder – Indsigtsret, punkt 74, 76 og 79).
identification-id-document-uk = Jeg vil ikke fremsende en kopi af et identitetsdokument, medmindre De godtgør, at det er nødvendigt: De må kun bede om oplysninger, der er rimelige og forholdsmæssige for at bekræfte min identitet (Information Commissioner's Office, vejledningen »Right of access«).

## Deadline and form (Article 12)

deadline-heading = Frist og form for Deres svar
deadline-access = De bedes svare uden unødig forsinkelse og senest en måned efter modtagelsen af denne anmodning ({ REF(12, par: 3, case: "comma") } i { $gdpr }). De kan forlænge denne periode med højst yderligere to måneder og kun, hvis det er nødvendigt under hensyntagen til anmodningernes kompleksitet og antal; De skal i så fald underrette mig om forlængelsen inden for en måned efter modtagelsen af anmodningen sammen med begrundelsen for forsinkelsen. Hvis De ikke træffer foranstaltninger i anledning af min anmodning, skal De inden for en måned underrette mig om årsagen hertil og om muligheden for at indgive klage til en tilsynsmyndighed og indbringe sagen for domstolene ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
deadline-erasure = De bedes træffe foranstaltninger i anledning af min anmodning uden unødig forsinkelse og senest en måned efter modtagelsen af den ({ REF(12, par: 3, case: "comma") } i { $gdpr }). De kan forlænge denne periode med højst yderligere to måneder og kun, hvis det er nødvendigt under hensyntagen til anmodningernes kompleksitet og antal; De skal i så fald underrette mig om forlængelsen inden for en måned efter modtagelsen af anmodningen sammen med begrundelsen for forsinkelsen. Hvis De ikke træffer foranstaltninger i anledning af min anmodning, skal De inden for en måned underrette mig om årsagen hertil og om muligheden for at indgive klage til en tilsynsmyndighed og indbringe sagen for domstolene ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
deadline-access-uk = De bedes svare uden unødig forsinkelse og senest inden udløbet af den gældende frist (applicable time period), dvs. en måned efter modtagelsen af denne anmodning (artikel 12A i { $gdpr }). De kan forlænge fristen med højst yderligere to måneder og kun, hvis det er nødvendigt på grund af anmodningernes kompleksitet eller antal; De skal i så fald meddele mig det inden for denne måned med begrundelse. Hvis De med rimelighed har brug for yderligere oplysninger fra mig for at identificere de oplysninger eller den behandling, som min anmodning vedrører, bedes De spørge mig uden ophold: Fristen er kun suspenderet, indtil jeg svarer. Hvis De ikke træffer foranstaltninger i anledning af min anmodning, skal De inden for denne frist underrette mig om årsagen hertil og om min ret til at indgive klage til Information Commissioner og indbringe sagen for domstolene ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
deadline-erasure-uk = De bedes træffe foranstaltninger i anledning af min anmodning uden unødig forsinkelse og senest inden udløbet af den gældende frist (applicable time period), dvs. en måned efter modtagelsen af denne anmodning (artikel 12A i { $gdpr }). De kan forlænge fristen med højst yderligere to måneder og kun, hvis det er nødvendigt på grund af anmodningernes kompleksitet eller antal; De skal i så fald meddele mig det inden for denne måned med begrundelse. Hvis De ikke træffer foranstaltninger i anledning af min anmodning, skal De inden for denne frist underrette mig om årsagen hertil og om min ret til at indgive klage til Information Commissioner og indbringe sagen for domstolene ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
no-formalities = De må ikke gøre Deres svar afhængigt af en bestemt formular, webportal eller fremsendelsesmåde (Det Europæiske Databeskyttelsesråd, Retningslinjer 01/2022 om registreredes rettigheder – Indsigtsret, punkt 50 til 53).
no-formalities-uk = De må ikke gøre Deres svar afhængigt af en bestemt formular, webportal eller fremsendelsesmåde: En anmodning kan fremsættes i enhver form, mundtligt eller skriftligt (Information Commissioner's Office, vejledningen »Right of access«).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address (or none), reply-to-both when a postal and an e-mail address are given,
# reply-to-email when only an e-mail address is given.
reply-to-postal = De bedes sende Deres svar til den ovenfor anførte adresse.
reply-to-both = De bedes sende Deres svar til den ovenfor anførte post- eller e-mailadresse.
reply-to-email = De bedes sende Deres svar til den ovenfor anførte e-mailadresse.

## Decisions against Clearview

decisions-heading = Afgørelser mod { $controller }
decisions-own = Følgende afgørelser er truffet i det land, hvor jeg bor:
decisions-other = Tilsynsmyndigheder i andre stater har fastslået, at den samme behandling foretaget af { $controller } er ulovlig. Jeg påberåber mig deres afgørelser:
# One decision. $authority: name of the authority or court (in its own language); $country: its
# country (CLDR, e.g. "Italien"); $act: one of decision-kind-* with the reference; $date: its date
# ("10. februar 2022").
decision-citation = { $authority } ({ $country }), { $act } af { $date }
# The Italian Garante's ordinanza ingiunzione (fine and orders); the Italian term is kept.
decision-kind-injunction-order = bødeafgørelse (ordinanza ingiunzione) nr. { $reference }
decision-kind-decision = afgørelse { $reference }
decision-kind-formal-notice = formelt påkrav { $reference }
# The CNIL's délibération of its formation restreinte (the committee that imposes sanctions).
decision-kind-sanction = afgørelse fra sanktionsudvalget (délibération) { $reference }
decision-kind-penalty-liquidation = afgørelse { $reference } (opgørelse af den påløbne tvangsbøde)
decision-kind-fines-and-penalty-orders = afgørelse om bøder og påbud med tvangsbøder
# The Austrian DSB's Bescheid (an administrative decision); the BVwG's Beschluss setting it aside
# and remitting the case (a kendelse, not a dom on the merits); a UK tribunal's decision.
decision-kind-bescheid = afgørelse (Bescheid) { $reference }
decision-kind-remittal-order = kendelse (Beschluss) { $reference }
decision-kind-tribunal-decision = afgørelse { $reference }
decision-kind-letter = brev
decision-kind-enforcement-and-penalty-notices = håndhævelsespåbud (enforcement notice) og bødeafgørelse (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court.
# $articles: the provisions found infringed, written with ref-list ("artikel 5, stk. 1, litra a,
# artikel 6 og artikel 9"); the regulation is named first, so that no closing comma is needed.
decision-articles = Der blev konstateret overtrædelser af { $gdpr }, nærmere bestemt af { $articles }.
# $amount: an amount with its currency, already formatted.
decision-fine = Der blev pålagt en bøde på { $amount }.
decision-monetary-penalty = Der blev pålagt en administrativ bøde (monetary penalty) på { $amount }.
decision-fines-total = Der blev pålagt bøder på i alt { $amount }.
decision-penalty-per-day = Derudover blev der fastsat en tvangsbøde på { $amount } pr. dags forsinkelse.
decision-penalty-max = Derudover blev der udstedt påbud med tvangsbøder på op til i alt { $amount }.
decision-penalty-liquidated = { $controller } blev pålagt at betale { $amount }, fordi virksomheden ikke rettidigt havde efterkommet påbuddet.
decision-orders = { $controller } blev pålagt:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not
# been published: say only that it called on Clearview to act);
# like decision-orders it introduces the »at …« clauses below.
decision-requests = { $controller } blev opfordret til:
not-final-remitted-appeal = Afgørelserne er ikke endelige: Upper Tribunal har hjemvist Clearviews klage over dem til First-tier Tribunal.
# Orders are list items completing »{ $controller } blev pålagt:« or »… blev opfordret til:« as
# »at …« infinitive clauses. End each with ";" — facerights replaces the last one with a full stop.
# $in_country: »i Italien«, from country-in (the country whose residents the decision protects).
order-ban-collection-territory = at ophøre med at indsamle billeder og andre personoplysninger om personer { $in_country } og at ophøre med at behandle deres biometriske data;
order-ban-collection-processing-territory = at ophøre med at indsamle billeder og metadata om personer { $in_country } ved hjælp af webscraping og med enhver yderligere behandling af deres personoplysninger, både almindelige og biometriske;
order-erase-territory = at slette personoplysningerne om personer { $in_country };
order-erase-territory-after-access = at slette personoplysningerne om personer { $in_country } efter at have besvaret de allerede modtagne anmodninger om indsigt;
order-stop-processing-territory = at ophøre med uden retsgrundlag at indsamle og behandle personoplysninger om personer { $in_country };
order-facilitate-rights = at lette udøvelsen af de registreredes rettigheder og besvare klagerens anmodning om indsigt;
order-answer-complainant-access = at besvare klagerens anmodning om indsigt;
order-grant-complainant-erasure = at imødekomme klagerens anmodning om sletning;
order-appoint-representative = at udpege en repræsentant i Unionen ({ REF(27) } i { $gdpr });
order-stop-processing-erase-territory = at ophøre med at behandle personoplysninger om personer { $in_country } og at fjerne de ulovligt indhentede oplysninger;
order-give-art14-information = at oplyse de registrerede som krævet i { REF(14) } i { $gdpr };
order-stop-refusing-access = at bringe sin praksis med ikke at besvare anmodninger om indsigt til ophør;
order-erase-complainant = at slette klagerens personoplysninger;
order-erase-complainant-biometric = at slette klagerens biometriske hashværdier;
order-stop-obtaining-uk = at ophøre med at indhente og anvende personoplysninger, der er offentligt tilgængelige på internettet, om personer med bopæl i Det Forenede Kongerige;
order-erase-uk = at slette personoplysningerne om personer med bopæl i Det Forenede Kongerige fra virksomhedens systemer;
outcome-reconsider-ban = Retten fastslog, at myndigheden skal genoverveje sit afslag på at forbyde behandlingen, og at et forbud er den eneste passende foranstaltning; retten hjemviste sagen til myndigheden.
outcome-ftt-no-jurisdiction = Retten gav Clearview medhold i klagen og fastslog, at Information Commissioner ikke havde kompetence til at udstede afgørelserne.
outcome-ut-ico-appeal-allowed = Retten gav Information Commissioner medhold i appellen: Behandlingen vedrører overvågning af adfærden hos personer i Det Forenede Kongerige, og den omstændighed, at Clearviews kunder er udenlandske offentlige myndigheder, bringer den ikke uden for anvendelsesområdet for { $gdpr }.
outcome-remitted-ftt = Retten hjemviste Clearviews klage over afgørelserne til First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with »og«:
# noun phrases without commas inside, so that the joined list stays unambiguous.
summary-fine = bøde på { $amount }
summary-monetary-penalty = ikke-endelig administrativ bøde (monetary penalty) på { $amount }
summary-erasure = påbud om sletning af personoplysningerne om personer { $in_country }
summary-ban = forbud mod yderligere indsamling
summary-access = påbud om at ophøre med at nægte at besvare anmodninger om indsigt
summary-complainant-access = påbud om at besvare klagerens anmodning om indsigt
summary-erase-complainant = påbud om sletning af klagerens personoplysninger
summary-representative = påbud om udpegning af en repræsentant i Unionen
summary-no-fine = ingen bøde
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, e.g. "Datatilsynet");
# $address: its postal address on one line. Both stand after a colon.
remedies = Hvis De ikke svarer fuldt ud inden for fristen, vil jeg indgive klage til den kompetente tilsynsmyndighed ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder mig retten til at anlægge søgsmål mod Dem ved domstolene i den medlemsstat, hvor jeg har mit sædvanlige opholdssted ({ REF(79, par: 2, case: "comma") } i { $gdpr }), og til at kræve erstatning ({ REF(82) } i { $gdpr }).
remedies-eea = Hvis De ikke svarer fuldt ud inden for fristen, vil jeg indgive klage til den kompetente tilsynsmyndighed ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder mig retten til at anlægge søgsmål mod Dem ved domstolene i den stat, hvor jeg har mit sædvanlige opholdssted ({ REF(79, par: 2, case: "comma") } i { $gdpr }), og til at kræve erstatning ({ REF(82) } i { $gdpr }).
remedies-land-of-residence = Hvis De ikke svarer fuldt ud inden for fristen, vil jeg indgive klage til databeskyttelsestilsynsmyndigheden i den tyske delstat, hvor jeg bor ({ REF(77) } i { $gdpr }; § 19, stk. 2, i den tyske forbundsdatabeskyttelseslov, BDSG). Jeg forbeholder mig retten til at anlægge søgsmål mod Dem ved domstolene i den medlemsstat, hvor jeg har mit sædvanlige opholdssted ({ REF(79, par: 2, case: "comma") } i { $gdpr }), og til at kræve erstatning ({ REF(82) } i { $gdpr }).
remedies-uk = De skal lette indgivelsen af klager til Dem over behandlingen af mine personoplysninger (section 164A i Data Protection Act 2018). Hvis De ikke svarer fuldt ud inden for den gældende frist, vil jeg først klage til Dem efter denne bestemmelse og, hvis det ikke løser sagen, indgive klage til den kompetente tilsynsmyndighed ({ REF(77) } i { $gdpr }): { $authority } (eller dens efterfølger, Information Commission), { $address }. Jeg forbeholder mig retten til at anmode retten om et påbud om overholdelse (compliance order, section 167 i Data Protection Act 2018) og til at kræve erstatning ({ REF(82) } i { $gdpr }).

## Opfølgende breve: en rykker til Clearview, når svarfristen er udløbet, og en klage til
## tilsynsmyndigheden. De nævner den første anmodning (request-name-*), datoen for dens modtagelse
## ($received) og svarfristens udløb ($ends); alle datoer er allerede formateret.

# Som genstandsled: »Rykker: …«, »modtog De …«, »Kopi af …«, »Klagen vedrører …«.
request-name-access = min anmodning om indsigt i henhold til { REF(15) } i { $gdpr }
request-name-erasure = min anmodning om sletning i henhold til { REF(17) } i { $gdpr } og min indsigelse i henhold til { REF(21, par: 1, case: "comma") } i { $gdpr }
request-name-access-erasure = min anmodning om indsigt i henhold til { REF(15) } i { $gdpr }, begrænsning af behandling i henhold til { REF(18) } i { $gdpr } og efterfølgende sletning i henhold til { REF(17) } i { $gdpr }

## Rykker til Clearview

subject-reminder = Rykker: { $request }, modtaget af Dem den { $received }
reminder-facts = Den { $received } modtog De { $request }; en kopi vedlægges. Fristen for Deres svar udløb den { $ends } eller, hvis denne dag var en helligdag, den følgende hverdag ({ REF(12, par: 3, case: "comma") } i { $gdpr }).
reminder-facts-uk = Den { $received } modtog De { $request }; en kopi vedlægges. Den gældende frist (applicable time period) for Deres svar udløb den { $ends } eller, hvis denne dag var en helligdag (bank holiday), den følgende hverdag (artikel 12A i { $gdpr }).
reminder-no-reply = Jeg har hverken modtaget et svar fra Dem eller oplysninger om en forlængelse af fristen eller om årsagerne til, at De ikke har truffet foranstaltninger på grundlag af min anmodning ({ REF(12, par: "3 4", case: "comma") } i { $gdpr }).
reminder-incomplete = Deres svar er ufuldstændigt: Det indeholder ikke alt det, jeg har anmodet om, og De har ikke begrundet, hvorfor De har udeladt noget ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
reminder-demand = De handler dermed i strid med { $gdpr }. Jeg opfordrer Dem til at efterkomme min anmodning fuldt ud uden yderligere forsinkelse og under alle omstændigheder senest den { $grace }.
reminder-remedies = Gør De ikke det, vil jeg uden yderligere varsel indgive klage til den kompetente tilsynsmyndighed ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder mig retten til at anlægge søgsmål mod Dem ved domstolene i den medlemsstat, hvor jeg har mit sædvanlige opholdssted ({ REF(79, par: 2, case: "comma") } i { $gdpr }), og til at kræve erstatning for enhver skade, jeg måtte have lidt ({ REF(82) } i { $gdpr }).
reminder-remedies-eea = Gør De ikke det, vil jeg uden yderligere varsel indgive klage til den kompetente tilsynsmyndighed ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder mig retten til at anlægge søgsmål mod Dem ved domstolene i den stat, hvor jeg har mit sædvanlige opholdssted ({ REF(79, par: 2, case: "comma") } i { $gdpr }), og til at kræve erstatning for enhver skade, jeg måtte have lidt ({ REF(82) } i { $gdpr }).
reminder-remedies-land-of-residence = Gør De ikke det, vil jeg uden yderligere varsel indgive klage til databeskyttelsestilsynsmyndigheden i den tyske delstat, hvor jeg bor ({ REF(77) } i { $gdpr }; § 19, stk. 2, i den tyske forbundsdatabeskyttelseslov, BDSG). Jeg forbeholder mig retten til at anlægge søgsmål mod Dem ved domstolene i den medlemsstat, hvor jeg har mit sædvanlige opholdssted ({ REF(79, par: 2, case: "comma") } i { $gdpr }), og til at kræve erstatning for enhver skade, jeg måtte have lidt ({ REF(82) } i { $gdpr }).
reminder-remedies-uk = Dette brev er samtidig min klage til Dem i henhold til section 164A i Data Protection Act 2018: De bedes kvittere for klagen inden 30 dage efter modtagelsen og uden unødig forsinkelse meddele mig resultatet af den. Efterkommer De ikke min anmodning, vil jeg indgive klage til den kompetente tilsynsmyndighed ({ REF(77) } i { $gdpr }): { $authority } (eller dens efterfølger, Information Commission), { $address }. Jeg forbeholder mig retten til at anmode retten om et påbud om overholdelse (compliance order, section 167 i Data Protection Act 2018) og til at kræve erstatning ({ REF(82) } i { $gdpr }).
# Bilag.
enclosure-request-copy = Kopi af { $request }, modtaget den { $received }
enclosure-proof = Dokumentation for afsendelse og, hvis den foreligger, for modtagelse
enclosure-reply = Kopi af svaret fra { $controller }
enclosure-reminder = Kopi af min rykker af den { $reminded }

## Klage til tilsynsmyndigheden (som standard på myndighedens sprog). Myndigheden tiltales med
## »De / Dem / Deres« som i reply-to-*, der afslutter klagen.

subject-complaint = Klage i henhold til { REF(77) } i { $gdpr } over { $controller }
salutation-complaint = Til rette vedkommende
complaint-intro = Jeg indgiver hermed klage i henhold til { REF(77) } i { $gdpr } over { $controller }, { $controller_address }. Klagen vedrører { $request }. { $controller } modtog anmodningen den { $received }; en kopi vedlægges.
complaint-no-reply = { $controller } har ikke besvaret min anmodning, og fristen for svar udløb den { $ends } eller, hvis denne dag var en helligdag, den følgende hverdag ({ REF(12, par: 3, case: "comma") } i { $gdpr }). Virksomheden har hverken underrettet mig om en forlængelse af fristen eller om årsagerne til, at den ikke har truffet foranstaltninger ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
complaint-no-reply-uk = { $controller } har ikke besvaret min anmodning, og den gældende frist (applicable time period) for svar udløb den { $ends } eller, hvis denne dag var en helligdag (bank holiday), den følgende hverdag (artikel 12A i { $gdpr }). Virksomheden har hverken underrettet mig om en forlængelse af fristen eller om årsagerne til, at den ikke har truffet foranstaltninger ({ REF(12, par: 4, case: "comma") } i { $gdpr }).
complaint-incomplete = { $controller } har svaret, men svaret er ufuldstændigt: Det indeholder ikke alt det, jeg har anmodet om, og angiver ingen begrundelse for, at noget er udeladt. Fristen for et fuldstændigt svar udløb den { $ends } eller, hvis denne dag var en helligdag, den følgende hverdag ({ REF(12, par: 3, case: "comma") } i { $gdpr }). En kopi af svaret vedlægges.
complaint-incomplete-uk = { $controller } har svaret, men svaret er ufuldstændigt: Det indeholder ikke alt det, jeg har anmodet om, og angiver ingen begrundelse for, at noget er udeladt. Den gældende frist (applicable time period) for et fuldstændigt svar udløb den { $ends } eller, hvis denne dag var en helligdag (bank holiday), den følgende hverdag (artikel 12A i { $gdpr }). En kopi af svaret vedlægges.
complaint-refused = { $controller } har afvist at træffe foranstaltninger på grundlag af min anmodning. En kopi af svaret vedlægges.
complaint-identity-demanded = { $controller } har gjort sit svar betinget af en identifikation, som min anmodning ikke krævede, f.eks. en kopi af et identitetsdokument. En kopi af svaret vedlægges.
complaint-reminded = Den { $reminded } sendte jeg { $controller } en rykker vedrørende min anmodning; virksomheden har fortsat ikke efterkommet anmodningen. En kopi af rykkeren vedlægges.
complaint-reminded-uk = Den { $reminded } klagede jeg til { $controller } i henhold til section 164A i Data Protection Act 2018; sagen er ikke blevet løst. En kopi af klagen vedlægges.
complaint-infringements = Efter min opfattelse har { $controller } dermed navnlig overtrådt:
# Listepunkter, der hver slutter med »;« (som order-*); facerights erstatter det sidste med punktum.
infringement-time-limit = { REF(12, par: 3, case: "start") } i { $gdpr }, fordi virksomheden ikke har truffet foranstaltninger på grundlag af min anmodning inden for fristen;
infringement-time-limit-uk = { REF(12, par: 3, case: "start") } i { $gdpr }, sammenholdt med artikel 12A i { $gdpr }, fordi virksomheden ikke har truffet foranstaltninger på grundlag af min anmodning inden for den gældende frist;
infringement-incomplete = { REF(12, par: "3 4", case: "start") } i { $gdpr }, fordi virksomheden ikke fuldt ud har truffet foranstaltninger på grundlag af min anmodning inden for fristen og ikke har begrundet, hvorfor den har udeladt noget;
infringement-incomplete-uk = { REF(12, par: "3 4", case: "start") } i { $gdpr }, sammenholdt med artikel 12A i { $gdpr }, fordi virksomheden ikke fuldt ud har truffet foranstaltninger på grundlag af min anmodning inden for den gældende frist og ikke har begrundet, hvorfor den har udeladt noget;
infringement-no-reasons = { REF(12, par: 4, case: "start") } i { $gdpr }, fordi virksomheden ikke har underrettet mig om årsagerne til, at den ikke har truffet foranstaltninger, og om muligheden for at indgive klage;
infringement-access = { REF(15, case: "start") } i { $gdpr }, fordi virksomheden ikke har givet mig indsigt i mine personoplysninger og i oplysningerne om behandlingen af dem;
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "start") } og { REF(21, par: 1, case: "comma") } i { $gdpr }, fordi virksomheden hverken har begrænset behandlingen af mine personoplysninger eller er ophørt med behandlingen efter min indsigelse;
infringement-erasure = { REF(17, par: 1, case: "start") } og { REF(21, par: 1, case: "comma") } i { $gdpr }, fordi virksomheden ikke har slettet mine personoplysninger og ikke er ophørt med at behandle dem, selv om der foreligger grunde til sletning, og jeg har gjort indsigelse;
infringement-identification = { REF(12, par: 2, case: "start") } og { REF(12, par: 6, case: "comma") } i { $gdpr }, fordi virksomheden har gjort udøvelsen af mine rettigheder betinget af en identifikation, som ikke er nødvendig, og { REF(5, par: 1, pt: "c", case: "comma") } i { $gdpr }, fordi den beder om flere personoplysninger, end den har brug for;
infringement-refusal = { REF(12, par: 4, case: "start") } i { $gdpr }, fordi virksomheden har afvist at træffe foranstaltninger på grundlag af min anmodning uden en grund, som { $gdpr } anerkender, og { REF(12, par: 2, case: "comma") } i { $gdpr }, for så vidt som virksomheden påberåber sig ikke at være i stand til at identificere mig;
complaint-decisions = Tilsynsmyndigheder har allerede truffet følgende afgørelser over for { $controller }:
complaint-requests = Jeg anmoder Dem derfor om:
complaint-ask-handle = at behandle min klage og undersøge genstanden for klagen ({ REF(57, par: 1, pt: "f", case: "comma") } i { $gdpr });
complaint-ask-order = at påbyde { $controller } at imødekomme min anmodning ({ REF(58, par: 2, pt: "c", case: "comma") } i { $gdpr }) og at anvende Deres øvrige korrigerende beføjelser ({ REF(58, par: 2, case: "comma") } og { REF(83) } i { $gdpr });
complaint-ask-inform = at underrette mig om forløbet og resultatet af klagen ({ REF(77, par: 2, case: "comma") } i { $gdpr }).
complaint-ask-inform-uk = at underrette mig om forløbet og resultatet af klagen (section 165 i Data Protection Act 2018).
complaint-consent-share = Jeg samtykker i, at De deler denne klage, herunder mit navn, med { $controller } med henblik på behandlingen af den.
