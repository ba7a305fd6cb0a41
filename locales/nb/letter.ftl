### facerights — brevtekst, norsk bokmål (nb).
###
### Translated from locales/en/letter.ftl. The GDPR applies in Norway through the EEA Agreement
### (personopplysningsloven § 1). Legal terms follow the official Norwegian translation of
### Regulation (EU) 2016/679, «generell personvernforordning» (personvernforordningen):
### «den registrerte», «behandlingsansvarlig», «mottaker», «tilsynsmyndighet», «rett til innsyn»,
### «rett til sletting», «begrensning av behandling», «rett til å protestere»,
### «uten ugrunnet opphold», «tvingende berettigede grunner», «nødvendige garantier»,
### «personopplysninger som det er åpenbart at den registrerte har offentliggjort» (artikkel 9 nr. 2 bokstav e),
### «effektivt rettsmiddel», «tredjestat», «overtredelsesgebyr» (fine), «tvangsmulkt».
###
### Norwegian notes:
###   - The company is addressed with the formal «De / Dem / Deres» throughout («Jeg ber Dem …»);
###     the author writes in the first person singular.
###   - Article references as Datatilsynet and Norwegian courts write them: «artikkel 15 nr. 1
###     bokstav h i personvernforordningen» (the official text writes «bokstav h)»); see ref-*.
###   - Authority names arrive in their own language: they stand after a neutral noun
###     («tilsynsmyndigheten { $authority }») or after a colon.
###   - Capital letter after a colon only when a complete sentence follows.
###
### Variables available in every message:
###   $gdpr        short name of the law ("personvernforordningen", or "UK GDPR" for United
###                Kingdom letters),
###                always cited as «artikkel 15 i { $gdpr }»
###   $controller  "Clearview AI, Inc." (referred to as «selskapet»)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

# personopplysningsloven § 1, Datatilsynet and the courts call it «personvernforordningen».
law-short-eu = personvernforordningen
law-short-uk = UK GDPR
# law-full-* follow «artikkel 15 i …» or «etter …»: no article, lower-case «forordning».
# law-full-eea names the EEA Agreement, through which the Regulation applies in Norway.
law-full-eu = forordning (EU) 2016/679 (generell personvernforordning, «personvernforordningen»)
law-full-eea = forordning (EU) 2016/679 (generell personvernforordning, «personvernforordningen»), slik den er innlemmet i avtalen om Det europeiske økonomiske samarbeidsområde (EØS-avtalen)
law-full-uk = United Kingdom General Data Protection Regulation (Storbritannias personvernforordning, «UK GDPR»), sammenholdt med Data Protection Act 2018 (britisk personvernlov av 2018)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# As Datatilsynet and Lovdata write: «artikkel 15 nr. 1 bokstav h», «artikkel 15 nr. 1 og 2»,
# «artikkel 5 nr. 1 bokstav b, c og e», «artikkel 6 nr. 1 bokstav e eller f», «artikkel 4 nr. 14».
# case: "start" is the form at the start of a list item (capital A). In a list (ref-item-*) every
# provision keeps «artikkel», as a bare number would be read as a further point.

ref-a = artikkel { $art }
    .start = Artikkel { $art }
ref-ap = artikkel { $art } nr. { $par }
    .start = Artikkel { $art } nr. { $par }
ref-app = artikkel { $art } nr. { $par } bokstav { $pt }
    .start = Artikkel { $art } nr. { $par } bokstav { $pt }
ref-an = artikkel { $art } nr. { $num }
    .start = Artikkel { $art } nr. { $num }
ref-par = { $par }
ref-point = { $letter }
ref-item-a = artikkel { $art }
ref-item-ap = artikkel { $art } nr. { $par }
ref-item-app = artikkel { $art } nr. { $par } bokstav { $pt }
ref-item-an = artikkel { $art } nr. { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects («personer i Italia»).
# $code: ISO code; $name: the CLDR name («Italia», «Hellas», «Nederland», «Storbritannia»), which
# takes «i» without change.
country-in = { $code ->
    [US] i USA
   *[other] i { $name }
}

## Letter frame

subject-access = Anmodning om innsyn i mine personopplysninger etter { REF(15) } i { $gdpr }
subject-erasure = Anmodning om sletting av mine personopplysninger etter { REF(17) } i { $gdpr } og protest etter { REF(21, par: 1) } i { $gdpr }
subject-access-erasure = Anmodning om innsyn etter { REF(15) } i { $gdpr }, begrensning av behandlingen etter { REF(18) } i { $gdpr } og påfølgende sletting etter { REF(17) } i { $gdpr }
# Standard Norwegian opening for an unknown recipient; no comma, the letter text starts with a capital.
salutation = Til den det måtte angå
# No comma after the closing in Norwegian.
closing = Med vennlig hilsen
# $reference: the sender's own case or reference number.
our-reference = Min referanse: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("10. februar 2022").
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = Vedlegg:
enclosure-photo = Fotografi av ansiktet mitt, som utelukkende oversendes for å identifisere meg i forbindelse med denne anmodningen
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Side { $page } av { $pages }

## Opening

# $law_full: one of law-full-*.
intro-access = Jeg utøver med dette min rett til innsyn etter { REF(15) } i { $law_full }. Jeg ber Dem bekrefte om { $controller } behandler personopplysninger om meg, og i så fall gi meg innsyn i disse personopplysningene og i informasjonen som er angitt nedenfor. Jeg trenger ikke å begrunne denne anmodningen.
intro-erasure = Jeg utøver med dette min rett til sletting etter { REF(17) } i { $law_full }. Jeg ber Dem slette alle personopplysninger om meg uten ugrunnet opphold. Samtidig protesterer jeg etter { REF(21, par: 1) } i { $gdpr } mot enhver behandling av personopplysninger om meg.
intro-access-erasure = Jeg utøver med dette mine rettigheter etter { $law_full }: først min rett til innsyn ({ REF(15) } i { $gdpr }), deretter min rett til sletting ({ REF(17) } i { $gdpr }). Jeg ber om innsyn først, slik at jeg får vite hvilke opplysninger De har om meg før de slettes. Jeg protesterer etter { REF(21, par: 1) } i { $gdpr } mot enhver behandling av personopplysninger om meg, og inntil slettingen ber jeg Dem begrense behandlingen ({ REF(18) } i { $gdpr }).

## Why the law applies to Clearview

applicability-eu = { $controller } er omfattet av { $gdpr }: Selskapet samler inn bilder av personer i Den europeiske union og behandler dem for å monitorere deres atferd ({ REF(3, par: 2, pt: "b") } i { $gdpr }). Tilsynsmyndighetene i Italia, Hellas, Frankrike, Østerrike og Nederland har anvendt { $gdpr } på selskapet og funnet at behandlingen er ulovlig. Ifølge vedtaket fra den nederlandske tilsynsmyndigheten av { $representative_date } hadde selskapet ikke utpekt noen representant i Unionen ({ REF(27) } i { $gdpr }). Jeg retter derfor denne anmodningen direkte til Dem.
applicability-eea = { $controller } er omfattet av { $gdpr }: Selskapet samler inn bilder av personer i Det europeiske økonomiske samarbeidsområde og behandler dem for å monitorere deres atferd ({ REF(3, par: 2, pt: "b") } i { $gdpr }). Tilsynsmyndighetene i Italia, Hellas, Frankrike, Østerrike og Nederland har anvendt { $gdpr } på selskapet og funnet at behandlingen er ulovlig. Ifølge vedtaket fra den nederlandske tilsynsmyndigheten av { $representative_date } hadde selskapet ikke utpekt noen representant i Unionen ({ REF(27) } i { $gdpr }). Jeg retter derfor denne anmodningen direkte til Dem.
applicability-uk = { $controller } er omfattet av { $gdpr }. I 2025 slo Upper Tribunal fast at selskapets behandling er knyttet til monitorering av atferden til personer i Storbritannia ({ REF(3, par: 2, pt: "b") } i { $gdpr }). Jeg retter denne anmodningen direkte til Dem.

## Access (Article 15)
# The access-copy-* items complete «Jeg ber om å få en kopi av …, særlig:» (noun phrases).

access-heading = Innsyn i mine personopplysninger ({ REF(15) } i { $gdpr })
access-copy = Jeg ber om å få en kopi av alle personopplysninger om meg som De behandler ({ REF(15, par: 3) } i { $gdpr }), særlig:
access-copy-images = ethvert bilde der jeg er avbildet eller som De forbinder med meg, i den oppløsningen De har det i;
access-copy-sources = for hvert bilde adressen (URL) til nettsiden og til bildefilen der det ble samlet inn, sidens tittel og datoene da det ble samlet inn og sist oppdatert;
access-copy-metadata = alle metadata som er lagret for hvert bilde, herunder geolokaliseringsopplysninger og datoer;
access-copy-biometrics = de biometriske malene, vektorene eller hashverdiene som er avledet av ansiktet mitt, og alle andre opplysninger om meg som De har avledet eller utledet;
access-copy-searches = registreringene av hvert søk der jeg ble vist som treff, med datoen for hvert søk;
access-copy-probe = registreringene av hvert søk der en kunde lastet opp et bilde av ansiktet mitt for å søke i Deres database, med bildet, datoen for søket og kunden som foretok det;
access-copy-recipients = identiteten til hver kunde eller annen mottaker som resultater om meg er blitt utlevert til.
# The access-info-* items complete «Jeg ber Dem også gi meg følgende informasjon:» (noun phrases).
access-info = Jeg ber Dem også gi meg følgende informasjon ({ REF(15, par: "1 2") } i { $gdpr }):
access-info-purposes = formålene med hver behandlingsaktivitet ({ REF(15, par: 1, pt: "a") }) og, for hvert formål, det rettslige grunnlaget De bygger på, som De uansett skulle ha opplyst meg om ({ REF(14, par: 1, pt: "c") });
access-info-categories = de berørte kategoriene av personopplysninger ({ REF(15, par: 1, pt: "b") });
access-info-recipients = mottakerne som personopplysningene er blitt eller vil bli utlevert til, med navn, særlig mottakere i tredjestater eller internasjonale organisasjoner; det er ikke tilstrekkelig å oppgi kategorier av mottakere når De kan identifisere mottakerne ({ REF(15, par: 1, pt: "c") }; EU-domstolens dom 12. januar 2023, C-154/21, Österreichische Post);
access-info-recipients-uk = mottakerne som personopplysningene er blitt eller vil bli utlevert til, med navn, særlig mottakere i tredjestater eller internasjonale organisasjoner; det er ikke tilstrekkelig å oppgi kategorier av mottakere når De kan identifisere mottakerne ({ REF(15, par: 1, pt: "c") });
access-info-retention = hvor lenge hver kategori av personopplysninger vil bli lagret, eller, dersom dette ikke er mulig, kriteriene som brukes for å fastsette denne perioden ({ REF(15, par: 1, pt: "d") });
access-info-rights = retten til å anmode om retting eller sletting av personopplysninger eller begrensning av behandlingen, samt retten til å protestere mot slik behandling ({ REF(15, par: 1, pt: "e") });
access-info-complaint = retten til å klage til en tilsynsmyndighet ({ REF(15, par: 1, pt: "f") });
access-info-source = all tilgjengelig informasjon om hvor personopplysningene stammer fra: de faktiske nettstedene og sidene, ikke bare kategorier av kilder ({ REF(15, par: 1, pt: "g") });
access-info-automated = forekomsten av automatiserte avgjørelser, herunder profilering, og relevant informasjon om den underliggende logikken samt om betydningen og de forventede konsekvensene av en slik behandling for meg ({ REF(15, par: 1, pt: "h") });
access-info-transfers = dersom personopplysninger overføres til en tredjestat eller til en internasjonal organisasjon, de nødvendige garantiene i henhold til { REF(46) } i { $gdpr } i forbindelse med overføringen ({ REF(15, par: 2) }).
access-scope = Denne anmodningen omfatter alle personopplysninger om meg i alle Deres systemer, herunder pseudonymiserte opplysninger og opplysninger som De har avledet eller utledet. Den er ikke begrenset til de siste tolv månedene, den er ikke begrenset til et visst antall anmodninger per år, og den er ikke betinget av at jeg gjentar den: Den franske tilsynsmyndigheten (CNIL) slo i sitt vedtak { $reference } av { $date } fast at slike begrensninger som { $controller } praktiserte, var ulovlige.
access-role = Jeg ber Dem også opplyse for hver behandlingsaktivitet om De utfører den som behandlingsansvarlig eller som databehandler på vegne av en kunde, og i så fall på hvems vegne ({ REF(4, num: 7) } og { REF(4, num: 8) } i { $gdpr }).
access-search-uk = Jeg har rett til de personopplysningene og den informasjonen De kan gi på grunnlag av et rimelig og forholdsmessig søk (artikkel 15 nr. 1A i { $gdpr }). Deres database er bygget for å søkes i etter ansikter: Et søk i den med ansiktet mitt, og i registreringene av søkene der jeg ble vist som treff eller der ansiktet mitt ble lastet opp, er rimelig og forholdsmessig, uansett omfang.
access-format = Jeg ber Dem gjøre kopien tilgjengelig gratis ({ REF(12, par: 5) } og { REF(15, par: 3) } i { $gdpr }), på et klart og enkelt språk ({ REF(12, par: 1) } i { $gdpr }) og, dersom De svarer elektronisk, i en vanlig elektronisk form ({ REF(15, par: 3) } i { $gdpr }).

## Erasure (Article 17)

erasure-heading = Sletting av mine personopplysninger ({ REF(17) } i { $gdpr })
erasure-after-access = Når De har gitt meg kopien og informasjonen som jeg har bedt om ovenfor, ber jeg Dem slette alle personopplysninger om meg uten ugrunnet opphold ({ REF(17, par: 1) } i { $gdpr }).
erasure-scope = Slettingen skal omfatte:
erasure-scope-images = ethvert bilde av meg og enhver kopi av det;
erasure-scope-biometrics = de biometriske malene, vektorene og hashverdiene som er avledet av ansiktet mitt;
erasure-scope-metadata = metadataene og kildeadressene (URL-ene) som er knyttet til disse bildene;
erasure-scope-searches = søkeresultatene, søkeloggene og koblingene som gjelder meg;
erasure-scope-backups = alle kopier i sikkerhetskopier, i arkiver og i Deres databehandleres systemer.
erasure-grounds = Følgende grunnlag for sletting foreligger:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } i { $gdpr }: Personopplysningene er blitt behandlet ulovlig. De har ikke noe rettslig grunnlag etter { REF(6, par: 1) } i { $gdpr }. Biometriske opplysninger ({ REF(4, num: 14) } i { $gdpr }) som behandles med det formål å entydig identifisere en fysisk person, hører til de særlige kategoriene av personopplysninger som { REF(9, par: 1) } i { $gdpr } forbyr behandling av. Ingen av unntakene i { REF(9, par: 2) } får anvendelse: Jeg har ikke gitt uttrykkelig samtykke til behandlingen av de biometriske opplysningene mine i databasen Deres ({ REF(9, par: 2, pt: "a") }), og bilder som kan finnes på internett, er ikke åpenbart offentliggjort av meg med henblikk på biometrisk behandling ({ REF(9, par: 2, pt: "e") }).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } i { $gdpr }: Personopplysningene er blitt behandlet ulovlig. De har ikke noe rettslig grunnlag etter { REF(6, par: 1) } i { $gdpr }. Biometriske opplysninger ({ REF(4, num: 14) } i { $gdpr }) som behandles med det formål å entydig identifisere en fysisk person, hører til de særlige kategoriene av personopplysninger som { REF(9, par: 1) } i { $gdpr } forbyr behandling av. Ingen av unntakene i { REF(9, par: 2) } i { $gdpr }, sammenholdt med Schedule 1 til Data Protection Act 2018, får anvendelse: Jeg har ikke gitt uttrykkelig samtykke til behandlingen av de biometriske opplysningene mine i databasen Deres ({ REF(9, par: 2, pt: "a") }), og bilder som kan finnes på internett, er ikke åpenbart offentliggjort av meg med henblikk på biometrisk behandling ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } i { $gdpr }: Jeg protesterer mot behandlingen etter { REF(21, par: 1) } i { $gdpr } av grunner knyttet til min særlige situasjon: Ansiktet mitt er en permanent identifikator som jeg ikke kan endre, og at det finnes i Deres database, gjør det mulig for enhver av Deres kunder å identifisere meg ut fra et hvilket som helst fotografi, uansett hvor og når det ble tatt.
erasure-ground-objection-own = Med mine egne ord: «{ $grounds }»
erasure-ground-objection-burden = De skal derfor ikke lenger behandle personopplysningene mine, med mindre De påviser at det foreligger tvingende berettigede grunner for behandlingen som går foran mine interesser, rettigheter og friheter, eller at behandlingen er nødvendig for å kunne fastsette, gjøre gjeldende eller forsvare rettskrav ({ REF(21, par: 1) } i { $gdpr }). I den grad De bygger på { REF(6, par: 1, pt: "e f", conj: "or") } i { $gdpr }, finnes det ingen slike grunner: Deres kommersielle interesse i å selge søk på ansiktet mitt er ikke en slik grunn.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } i { $gdpr }: I den grad De bygger på samtykke, trekker jeg det tilbake.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language, hence after the neutral «tilsynsmyndigheten»);
# $in_country: «i Italia», from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } i { $gdpr }, i tillegg til grunnene ovenfor: Tilsynsmyndigheten { $authority } har pålagt Dem å slette personopplysningene om personer { $in_country }. Etter mitt syn er sletting derfor også nødvendig for å oppfylle en rettslig forpliktelse som påhviler Dem.
erasure-exceptions = Ingen av unntakene i { REF(17, par: 3) } i { $gdpr } får anvendelse: Behandlingen er ikke nødvendig for å utøve retten til ytrings- og informasjonsfrihet, for å oppfylle en rettslig forpliktelse, for å utføre en oppgave i allmennhetens interesse eller utøve offentlig myndighet, av hensyn til allmennhetens interesse på området folkehelse, for arkivformål i allmennhetens interesse, for formål knyttet til vitenskapelig eller historisk forskning eller for statistiske formål, eller for å fastsette, gjøre gjeldende eller forsvare rettskrav. Dersom De påberoper Dem et unntak, ber jeg Dem opplyse hvilket og hvorfor ({ REF(12, par: 4) } i { $gdpr }).
erasure-restriction = Inntil slettingen ber jeg Dem begrense behandlingen av mine personopplysninger ({ REF(18, par: 1, pt: "d") } i { $gdpr }, i påvente av kontrollen av min protest): Særlig ber jeg Dem straks slutte å vise meg i søkeresultater.
erasure-recipients = Jeg ber Dem underrette enhver mottaker som mine personopplysninger er blitt utlevert til, herunder enhver kunde som har mottatt bilder av meg i søkeresultater, om slettingen ({ REF(19) } i { $gdpr }), og opplyse meg om hvem disse mottakerne er. Dersom De har offentliggjort mine personopplysninger, ber jeg Dem treffe rimelige tiltak for å underrette behandlingsansvarlige som behandler dem, om at jeg har anmodet om sletting av alle lenker til eller kopier av disse personopplysningene ({ REF(17, par: 2) } i { $gdpr }).
erasure-no-recollection = Jeg ber Dem opplyse hva De vil gjøre for å sikre at mine personopplysninger ikke samles inn på nytt. Dersom De oppbevarer noen form for registrering for å hindre at de samles inn i framtiden, ber jeg Dem opplyse nøyaktig hva den inneholder, og på hvilket rettslig grunnlag De oppbevarer den.
erasure-confirmation = Jeg ber Dem bekrefte slettingen skriftlig overfor meg og opplyse hva De har slettet, herunder kopier i sikkerhetskopier og avledede maler.
erasure-free = Behandlingen av min anmodning om sletting, herunder underretningene og bekreftelsen, er vederlagsfri ({ REF(12, par: 5) } i { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Begrensning av behandlingen inntil slettingen ({ REF(18) } i { $gdpr })
restriction-body = Fra mottak av dette brevet og inntil slettingen ber jeg Dem begrense behandlingen av mine personopplysninger ({ REF(18, par: 1, pt: "d") } i { $gdpr }, i påvente av kontrollen av min protest etter { REF(21, par: 1) } i { $gdpr }): De kan lagre opplysningene, men ikke bruke dem til noe annet formål enn å besvare denne anmodningen. Særlig ber jeg Dem straks slutte å vise meg i søkeresultater.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikasjon
identification-no-photo = Opplysningene i dette brevet er tilstrekkelige til å besvare det. Dersom De har rimelig tvil om min identitet, ber jeg Dem opplyse hvilke ytterligere opplysninger som er strengt nødvendige ({ REF(12, par: 6) } i { $gdpr }). Dersom Deres system bare kan gjennomsøkes ved hjelp av et fotografi av ansiktet mitt, ber jeg Dem gi meg beskjed om det; jeg vil da oversende et fotografi utelukkende til bruk for denne anmodningen.
identification-photo = Jeg vedlegger et fotografi av ansiktet mitt utelukkende for at De skal kunne finne personopplysningene om meg ({ REF(11, par: 2) } og { REF(12, par: 6) } i { $gdpr }). Jeg gir mitt uttrykkelige samtykke ({ REF(9, par: 2, pt: "a") } i { $gdpr }) til ett søk i Deres database med en biometrisk mal laget ut fra dette fotografiet, bare for denne anmodningen. Jeg samtykker ikke til noen annen bruk: De må ikke legge fotografiet eller malen inn i Deres database og ikke utlevere dem. Jeg trekker tilbake samtykket mitt med virkning fra det tidspunktet De har besvart denne anmodningen ({ REF(7, par: 3) } i { $gdpr }): Slett da fotografiet, malen og resultatene av søket som er gjort med dem, og bekreft slettingen overfor meg ({ REF(5, par: 1, pt: "b c e") } i { $gdpr }).
identification-id-document = Jeg vil ikke oversende en kopi av et identitetsdokument med mindre De påviser at det er strengt nødvendig. En slik kopi skal slettes umiddelbart etter kontrollen (Det europeiske personvernrådet, Retningslinjer 01/2022 om de registrertes rettigheter – Rett til innsyn, punkt 74, 76 og 79).
identification-id-document-uk = Jeg vil ikke oversende en kopi av et identitetsdokument med mindre De påviser at det er nødvendig: De kan bare be om opplysninger som er rimelige og forholdsmessige for å bekrefte identiteten min (Information Commissioner's Office, veiledningen «Right of access»).

## Deadline and form (Article 12)

deadline-heading = Frist og form for Deres svar
deadline-access = Jeg ber Dem svare uten ugrunnet opphold og senest én måned etter mottak av denne anmodningen ({ REF(12, par: 3) } i { $gdpr }). De kan forlenge denne fristen med høyst ytterligere to måneder, og bare dersom det er nødvendig, idet det tas hensyn til hvor komplekse og hvor mange anmodningene er; De må i så fall underrette meg om forlengelsen innen én måned etter at anmodningen er mottatt, og om årsakene til forsinkelsen. Dersom De ikke treffer tiltak på grunnlag av min anmodning, må De innen én måned informere meg om årsakene til dette og om muligheten til å klage til en tilsynsmyndighet og til å få saken rettslig prøvd ({ REF(12, par: 4) } i { $gdpr }).
deadline-erasure = Jeg ber Dem treffe tiltak på grunnlag av min anmodning uten ugrunnet opphold og senest én måned etter mottak av den ({ REF(12, par: 3) } i { $gdpr }). De kan forlenge denne fristen med høyst ytterligere to måneder, og bare dersom det er nødvendig, idet det tas hensyn til hvor komplekse og hvor mange anmodningene er; De må i så fall underrette meg om forlengelsen innen én måned etter at anmodningen er mottatt, og om årsakene til forsinkelsen. Dersom De ikke treffer tiltak på grunnlag av min anmodning, må De innen én måned informere meg om årsakene til dette og om muligheten til å klage til en tilsynsmyndighet og til å få saken rettslig prøvd ({ REF(12, par: 4) } i { $gdpr }).
deadline-access-uk = Jeg ber Dem svare uten ugrunnet opphold og senest innen utløpet av den gjeldende fristen (applicable time period), det vil si én måned etter mottak av denne anmodningen (artikkel 12A i { $gdpr }). De kan forlenge fristen med høyst ytterligere to måneder, og bare dersom det er nødvendig på grunn av hvor komplekse eller hvor mange anmodningene er; De må i så fall opplyse meg om det innen denne måneden, med begrunnelse. Dersom De med rimelighet trenger flere opplysninger fra meg for å identifisere hvilke opplysninger eller hvilken behandling anmodningen min gjelder, ber jeg Dem spørre meg uten opphold: Fristen stanser bare til jeg har svart. Dersom De ikke treffer tiltak på grunnlag av min anmodning, må De innen denne fristen informere meg om årsakene til dette og om min rett til å klage til Information Commissioner og til å få saken rettslig prøvd ({ REF(12, par: 4) } i { $gdpr }).
deadline-erasure-uk = Jeg ber Dem treffe tiltak på grunnlag av min anmodning uten ugrunnet opphold og senest innen utløpet av den gjeldende fristen (applicable time period), det vil si én måned etter mottak av denne anmodningen (artikkel 12A i { $gdpr }). De kan forlenge fristen med høyst ytterligere to måneder, og bare dersom det er nødvendig på grunn av hvor komplekse eller hvor mange anmodningene er; De må i så fall opplyse meg om det innen denne måneden, med begrunnelse. Dersom De ikke treffer tiltak på grunnlag av min anmodning, må De innen denne fristen informere meg om årsakene til dette og om min rett til å klage til Information Commissioner og til å få saken rettslig prøvd ({ REF(12, par: 4) } i { $gdpr }).
no-formalities = De kan ikke gjøre Deres svar avhengig av et bestemt skjema, en bestemt nettportal eller en bestemt overføringsmåte (Det europeiske personvernrådet, Retningslinjer 01/2022 om de registrertes rettigheter – Rett til innsyn, punkt 50–53).
no-formalities-uk = De kan ikke gjøre Deres svar avhengig av et bestemt skjema, en bestemt nettportal eller en bestemt overføringsmåte: En anmodning kan fremsettes i enhver form, muntlig eller skriftlig (Information Commissioner's Office, veiledningen «Right of access»).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address (or none), reply-to-both when a postal and an e-mail address are given,
# reply-to-email when only an e-mail address is given.
reply-to-postal = Jeg ber Dem sende svaret til adressen som er oppgitt ovenfor.
reply-to-both = Jeg ber Dem sende svaret til post- eller e-postadressen som er oppgitt ovenfor.
reply-to-email = Jeg ber Dem sende svaret til e-postadressen som er oppgitt ovenfor.

## Decisions against Clearview

decisions-heading = Avgjørelser mot { $controller }
decisions-own = Følgende avgjørelser er truffet i landet der jeg bor:
decisions-other = Tilsynsmyndigheter i andre stater har slått fast at den samme behandlingen utført av { $controller } er ulovlig. Jeg påberoper meg deres avgjørelser:
# One decision. $authority: name of the authority or court (in its own language); $country: its
# country (CLDR, e.g. "Italia"); $act: one of decision-kind-* with the reference; $date: its date
# ("10. februar 2022").
decision-citation = { $authority } ({ $country }), { $act } av { $date }
# The Italian Garante's ordinanza ingiunzione (fine and orders); the Italian term is kept.
decision-kind-injunction-order = vedtak om overtredelsesgebyr (ordinanza ingiunzione) nr. { $reference }
decision-kind-decision = vedtak { $reference }
decision-kind-formal-notice = formelt påkrav { $reference }
# The CNIL's délibération of its formation restreinte (the committee that imposes sanctions).
decision-kind-sanction = vedtak fra sanksjonsutvalget (délibération) { $reference }
decision-kind-penalty-liquidation = vedtak { $reference } (fastsettelse av påløpt tvangsmulkt)
decision-kind-fines-and-penalty-orders = vedtak om overtredelsesgebyr og pålegg med tvangsmulkt
# The Austrian DSB's Bescheid (an administrative vedtak); the BVwG's Beschluss setting it aside
# and remitting the case (a kjennelse, not a dom on the merits); a UK tribunal's decision.
decision-kind-bescheid = vedtak (Bescheid) { $reference }
decision-kind-remittal-order = kjennelse (Beschluss) { $reference }
decision-kind-tribunal-decision = avgjørelse { $reference }
decision-kind-letter = brev
decision-kind-enforcement-and-penalty-notices = pålegg (enforcement notice) og vedtak om overtredelsesgebyr (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court. A GDPR fine is an «overtredelsesgebyr» (artikkel 83).
# $articles: the provisions found infringed, written with ref-list ("artikkel 5 nr. 1 bokstav a,
# artikkel 6 og artikkel 9").
decision-articles = Det ble konstatert brudd på { $articles } i { $gdpr }.
# $amount: an amount with its currency, already formatted.
decision-fine = Det ble ilagt et overtredelsesgebyr på { $amount }.
decision-monetary-penalty = Det ble ilagt et overtredelsesgebyr (monetary penalty) på { $amount }.
decision-fines-total = Det ble ilagt overtredelsesgebyr på til sammen { $amount }.
decision-penalty-per-day = I tillegg ble det fastsatt en tvangsmulkt på { $amount } for hver dag med forsinkelse.
decision-penalty-max = I tillegg ble det gitt pålegg med tvangsmulkt på til sammen inntil { $amount }.
decision-penalty-liquidated = { $controller } ble pålagt å betale { $amount } fordi selskapet ikke hadde etterkommet pålegget i tide.
decision-orders = { $controller } ble pålagt:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not
# been published: say only that it called on Clearview to act);
# like decision-orders it introduces the «å …» clauses below.
decision-requests = { $controller } ble oppfordret til:
not-final-remitted-appeal = Vedtakene er ikke endelige: Upper Tribunal har sendt Clearviews klage over dem tilbake til First-tier Tribunal.
# Orders are list items completing «{ $controller } ble pålagt:» or «… ble oppfordret til:» as
# «å …» infinitive clauses. End each with ";" — facerights replaces the last one with a full stop.
# $in_country: «i Italia», from country-in (the country whose residents the decision protects).
order-ban-collection-territory = å slutte å samle inn bilder og andre personopplysninger om personer { $in_country }, og å slutte å behandle deres biometriske opplysninger;
order-ban-collection-processing-territory = å slutte å samle inn bilder og metadata om personer { $in_country } ved hjelp av nettskraping (web scraping), og å slutte med all videre behandling av deres personopplysninger, både alminnelige og biometriske;
order-erase-territory = å slette personopplysningene om personer { $in_country };
order-erase-territory-after-access = å slette personopplysningene om personer { $in_country }, etter å ha besvart anmodningene om innsyn som allerede var mottatt;
order-stop-processing-territory = å slutte med innsamling og behandling uten rettslig grunnlag av personopplysninger om personer { $in_country };
order-facilitate-rights = å legge til rette for at de registrerte kan utøve sine rettigheter, og å besvare klagerens anmodning om innsyn;
order-answer-complainant-access = å besvare klagerens anmodning om innsyn;
order-grant-complainant-erasure = å etterkomme klagerens anmodning om sletting;
order-appoint-representative = å utpeke en representant i Unionen ({ REF(27) } i { $gdpr });
order-stop-processing-erase-territory = å slutte å behandle personopplysninger om personer { $in_country }, og å fjerne opplysningene som var innhentet ulovlig;
order-give-art14-information = å informere de registrerte slik { REF(14) } i { $gdpr } krever;
order-stop-refusing-access = å avslutte sin praksis med ikke å besvare anmodninger om innsyn;
order-erase-complainant = å slette klagerens personopplysninger;
order-erase-complainant-biometric = å slette klagerens biometriske hashverdier;
order-stop-obtaining-uk = å slutte å innhente og bruke personopplysninger som er offentlig tilgjengelige på internett, om personer bosatt i Storbritannia;
order-erase-uk = å slette personopplysningene om personer bosatt i Storbritannia fra selskapets systemer;
outcome-reconsider-ban = Domstolen kom til at myndigheten må vurdere sitt avslag på å forby behandlingen på nytt, og at et forbud er det eneste egnede tiltaket; domstolen sendte saken tilbake til myndigheten.
outcome-ftt-no-jurisdiction = Domstolen ga Clearview medhold i klagen og kom til at Information Commissioner ikke hadde myndighet til å treffe vedtakene.
outcome-ut-ico-appeal-allowed = Domstolen ga Information Commissioner medhold i anken: Behandlingen er knyttet til monitorering av atferden til personer i Storbritannia, og det forhold at Clearviews kunder er utenlandske offentlige organer, innebærer ikke at den faller utenfor virkeområdet til { $gdpr }.
outcome-remitted-ftt = Domstolen sendte Clearviews klage over vedtakene tilbake til First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with «og»:
# noun phrases without commas inside, so that the joined list stays unambiguous.
summary-fine = overtredelsesgebyr på { $amount }
summary-monetary-penalty = ikke endelig overtredelsesgebyr (monetary penalty) på { $amount }
summary-erasure = pålegg om sletting av personopplysningene om personer { $in_country }
summary-ban = forbud mot videre innsamling
summary-access = pålegg om å slutte å nekte å besvare anmodninger om innsyn
summary-complainant-access = pålegg om å besvare klagerens anmodning om innsyn
summary-erase-complainant = pålegg om sletting av klagerens personopplysninger
summary-representative = pålegg om å utpeke en representant i Unionen
summary-no-fine = ikke noe overtredelsesgebyr
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, e.g. "Datatilsynet");
# $address: its postal address on one line. Both stand after a colon.
remedies = Dersom De ikke svarer fullstendig innen fristen, vil jeg klage til den kompetente tilsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder meg retten til å reise søksmål mot Dem for domstolene i den medlemsstaten der jeg har mitt vanlige bosted ({ REF(79, par: 2) } i { $gdpr }), og til å kreve erstatning ({ REF(82) } i { $gdpr }).
remedies-eea = Dersom De ikke svarer fullstendig innen fristen, vil jeg klage til den kompetente tilsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder meg retten til å reise søksmål mot Dem for domstolene i den staten der jeg har mitt vanlige bosted ({ REF(79, par: 2) } i { $gdpr }), og til å kreve erstatning ({ REF(82) } i { $gdpr }).
remedies-land-of-residence = Dersom De ikke svarer fullstendig innen fristen, vil jeg klage til datatilsynsmyndigheten i den tyske delstaten der jeg bor ({ REF(77) } i { $gdpr }; § 19 annet ledd i den tyske føderale personopplysningsloven, BDSG). Jeg forbeholder meg retten til å reise søksmål mot Dem for domstolene i den medlemsstaten der jeg har mitt vanlige bosted ({ REF(79, par: 2) } i { $gdpr }), og til å kreve erstatning ({ REF(82) } i { $gdpr }).
remedies-uk = De skal legge til rette for klager til Dem over behandlingen av personopplysningene mine (section 164A i Data Protection Act 2018). Dersom De ikke svarer fullstendig innen den gjeldende fristen, vil jeg først klage til Dem etter denne bestemmelsen og, dersom det ikke løser saken, klage til den kompetente tilsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority } (eller dens etterfølger, Information Commission), { $address }. Jeg forbeholder meg retten til å be domstolen om et pålegg om etterlevelse (compliance order, section 167 i Data Protection Act 2018) og til å kreve erstatning ({ REF(82) } i { $gdpr }).

## Oppfølgingsbrev: en purring til Clearview når svarfristen er ute, og en klage til
## tilsynsmyndigheten. De nevner den første anmodningen (request-name-*), datoen den ble mottatt
## ($received) og siste dag i svarfristen ($ends); alle datoer er allerede formatert.

# Som objekt: «Purring: …», «mottok De …», «Kopi av …», «Klagen gjelder …».
request-name-access = min anmodning om innsyn etter { REF(15) } i { $gdpr }
request-name-erasure = min anmodning om sletting etter { REF(17) } i { $gdpr } og min protest etter { REF(21, par: 1) } i { $gdpr }
request-name-access-erasure = min anmodning om innsyn etter { REF(15) } i { $gdpr }, begrensning av behandlingen etter { REF(18) } i { $gdpr } og påfølgende sletting etter { REF(17) } i { $gdpr }

## Purring til Clearview

subject-reminder = Purring: { $request }, mottatt av Dem { $received }
reminder-facts = Den { $received } mottok De { $request }; en kopi følger vedlagt. Fristen for Deres svar løp ut { $ends } eller, dersom den dagen var en helligdag, neste virkedag ({ REF(12, par: 3) } i { $gdpr }).
reminder-facts-uk = Den { $received } mottok De { $request }; en kopi følger vedlagt. Den gjeldende fristen (applicable time period) for Deres svar løp ut { $ends } eller, dersom den dagen var en helligdag (bank holiday), neste virkedag (artikkel 12A i { $gdpr }).
reminder-no-reply = Jeg har verken mottatt svar fra Dem eller informasjon om en forlengelse av fristen eller om årsaken til at De ikke har truffet tiltak på bakgrunn av anmodningen min ({ REF(12, par: "3 4") } i { $gdpr }).
reminder-incomplete = Svaret Deres er ufullstendig: Det inneholder ikke alt jeg ba om, og De har ikke begrunnet hvorfor De har utelatt noe ({ REF(12, par: 4) } i { $gdpr }).
reminder-demand = De handler dermed i strid med { $gdpr }. Jeg ber Dem etterkomme anmodningen min fullt ut uten ytterligere opphold, og under enhver omstendighet innen { $grace }.
reminder-remedies = Dersom De ikke gjør det, vil jeg uten ytterligere varsel klage til den kompetente tilsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder meg retten til å reise søksmål mot Dem for domstolene i den medlemsstaten der jeg har mitt vanlige bosted ({ REF(79, par: 2) } i { $gdpr }), og til å kreve erstatning for enhver skade jeg måtte være påført ({ REF(82) } i { $gdpr }).
reminder-remedies-eea = Dersom De ikke gjør det, vil jeg uten ytterligere varsel klage til den kompetente tilsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority }, { $address }. Jeg forbeholder meg retten til å reise søksmål mot Dem for domstolene i den staten der jeg har mitt vanlige bosted ({ REF(79, par: 2) } i { $gdpr }), og til å kreve erstatning for enhver skade jeg måtte være påført ({ REF(82) } i { $gdpr }).
reminder-remedies-land-of-residence = Dersom De ikke gjør det, vil jeg uten ytterligere varsel klage til datatilsynsmyndigheten i den tyske delstaten der jeg bor ({ REF(77) } i { $gdpr }; § 19 annet ledd i den tyske føderale personopplysningsloven, BDSG). Jeg forbeholder meg retten til å reise søksmål mot Dem for domstolene i den medlemsstaten der jeg har mitt vanlige bosted ({ REF(79, par: 2) } i { $gdpr }), og til å kreve erstatning for enhver skade jeg måtte være påført ({ REF(82) } i { $gdpr }).
reminder-remedies-uk = Dette brevet er også min klage til Dem etter section 164A i Data Protection Act 2018: Jeg ber Dem bekrefte mottak av klagen innen 30 dager og underrette meg om utfallet uten ugrunnet opphold. Dersom De ikke etterkommer anmodningen min, vil jeg klage til den kompetente tilsynsmyndigheten ({ REF(77) } i { $gdpr }): { $authority } (eller dens etterfølger, Information Commission), { $address }. Jeg forbeholder meg retten til å be domstolen om et pålegg om etterlevelse (compliance order, section 167 i Data Protection Act 2018) og til å kreve erstatning ({ REF(82) } i { $gdpr }).
# Vedlegg.
enclosure-request-copy = Kopi av { $request }, mottatt { $received }
enclosure-proof = Dokumentasjon på at brevet er sendt og, om mulig, på at det er mottatt
enclosure-reply = Kopi av svaret fra { $controller }
enclosure-reminder = Kopi av min purring datert { $reminded }

## Klage til tilsynsmyndigheten (som standard på myndighetens språk). Myndigheten tiltales med
## «De / Dem / Deres», som i reply-to-*, som avslutter klagen.

subject-complaint = Klage etter { REF(77) } i { $gdpr } over { $controller }
salutation-complaint = Til den det måtte angå
complaint-intro = Jeg fremmer herved klage etter { REF(77) } i { $gdpr } over { $controller }, { $controller_address }. Klagen gjelder { $request }. { $controller } mottok anmodningen { $received }; en kopi følger vedlagt.
complaint-no-reply = { $controller } har ikke svart på anmodningen min, og fristen for svar løp ut { $ends } eller, dersom den dagen var en helligdag, neste virkedag ({ REF(12, par: 3) } i { $gdpr }). Selskapet har verken underrettet meg om en forlengelse av fristen eller om årsaken til at det ikke har truffet tiltak ({ REF(12, par: 4) } i { $gdpr }).
complaint-no-reply-uk = { $controller } har ikke svart på anmodningen min, og den gjeldende fristen (applicable time period) for svar løp ut { $ends } eller, dersom den dagen var en helligdag (bank holiday), neste virkedag (artikkel 12A i { $gdpr }). Selskapet har verken underrettet meg om en forlengelse av fristen eller om årsaken til at det ikke har truffet tiltak ({ REF(12, par: 4) } i { $gdpr }).
complaint-incomplete = { $controller } har svart, men svaret er ufullstendig: Det inneholder ikke alt jeg ba om, og gir ingen begrunnelse for at noe er utelatt. Fristen for et fullstendig svar løp ut { $ends } eller, dersom den dagen var en helligdag, neste virkedag ({ REF(12, par: 3) } i { $gdpr }). En kopi av svaret følger vedlagt.
complaint-incomplete-uk = { $controller } har svart, men svaret er ufullstendig: Det inneholder ikke alt jeg ba om, og gir ingen begrunnelse for at noe er utelatt. Den gjeldende fristen (applicable time period) for et fullstendig svar løp ut { $ends } eller, dersom den dagen var en helligdag (bank holiday), neste virkedag (artikkel 12A i { $gdpr }). En kopi av svaret følger vedlagt.
complaint-refused = { $controller } har nektet å treffe tiltak på bakgrunn av anmodningen min. En kopi av svaret følger vedlagt.
complaint-identity-demanded = { $controller } har gjort svaret sitt avhengig av en identifisering som anmodningen min ikke krevde, for eksempel en kopi av et identitetsdokument. En kopi av svaret følger vedlagt.
complaint-reminded = Den { $reminded } sendte jeg { $controller } en purring på anmodningen min; selskapet har likevel ikke etterkommet den. En kopi av purringen følger vedlagt.
complaint-reminded-uk = Den { $reminded } klaget jeg til { $controller } etter section 164A i Data Protection Act 2018; saken er ikke løst. En kopi av denne klagen følger vedlagt.
complaint-infringements = Etter mitt syn har { $controller } dermed særlig overtrådt:
# Listepunkter som hvert slutter med «;» (som order-*); facerights bytter det siste ut med punktum.
infringement-time-limit = { REF(12, par: 3, case: "start") } i { $gdpr }, fordi selskapet ikke har truffet tiltak på bakgrunn av anmodningen min innen fristen;
infringement-time-limit-uk = { REF(12, par: 3, case: "start") } i { $gdpr }, sammenholdt med artikkel 12A i { $gdpr }, fordi selskapet ikke har truffet tiltak på bakgrunn av anmodningen min innen den gjeldende fristen;
infringement-incomplete = { REF(12, par: "3 4", case: "start") } i { $gdpr }, fordi selskapet ikke fullt ut har truffet tiltak på bakgrunn av anmodningen min innen fristen og ikke har begrunnet hvorfor det har utelatt noe;
infringement-incomplete-uk = { REF(12, par: "3 4", case: "start") } i { $gdpr }, sammenholdt med artikkel 12A i { $gdpr }, fordi selskapet ikke fullt ut har truffet tiltak på bakgrunn av anmodningen min innen den gjeldende fristen og ikke har begrunnet hvorfor det har utelatt noe;
infringement-no-reasons = { REF(12, par: 4, case: "start") } i { $gdpr }, fordi selskapet ikke har underrettet meg om årsaken til at det ikke har truffet tiltak, og om muligheten til å klage;
infringement-access = { REF(15, case: "start") } i { $gdpr }, fordi selskapet ikke har gitt meg innsyn i personopplysningene mine og i informasjonen om behandlingen av dem;
infringement-restriction-objection = { REF(18, par: 1, pt: "d", case: "start") } og { REF(21, par: 1) } i { $gdpr }, fordi selskapet verken har begrenset behandlingen av personopplysningene mine eller stanset den etter at jeg protesterte;
infringement-erasure = { REF(17, par: 1, case: "start") } og { REF(21, par: 1) } i { $gdpr }, fordi selskapet ikke har slettet personopplysningene mine og ikke har stanset behandlingen av dem, selv om det foreligger grunner for sletting og jeg har protestert;
infringement-identification = { REF(12, par: 2, case: "start") } og { REF(12, par: 6) } i { $gdpr }, fordi selskapet har gjort utøvelsen av rettighetene mine avhengig av en identifisering som ikke er nødvendig, og { REF(5, par: 1, pt: "c") } i { $gdpr }, fordi det ber om flere personopplysninger enn det trenger;
infringement-refusal = { REF(12, par: 4, case: "start") } i { $gdpr }, fordi selskapet har nektet å treffe tiltak på bakgrunn av anmodningen min uten en grunn som { $gdpr } anerkjenner, og { REF(12, par: 2) } i { $gdpr }, i den grad selskapet påberoper seg at det ikke er i stand til å identifisere meg;
complaint-decisions = Tilsynsmyndigheter har allerede truffet følgende vedtak mot { $controller }:
complaint-requests = Jeg ber Dem derfor:
complaint-ask-handle = å behandle klagen min og undersøke saken ({ REF(57, par: 1, pt: "f") } i { $gdpr });
complaint-ask-order = å pålegge { $controller } å etterkomme anmodningen min ({ REF(58, par: 2, pt: "c") } i { $gdpr }) og å bruke Deres øvrige korrigerende myndighet ({ REF(58, par: 2) } og { REF(83) } i { $gdpr });
complaint-ask-inform = å underrette meg om status og utfallet av klagen ({ REF(77, par: 2) } i { $gdpr }).
complaint-ask-inform-uk = å underrette meg om status og utfallet av klagen (section 165 i Data Protection Act 2018).
complaint-consent-share = Jeg samtykker i at De deler denne klagen, med navnet mitt, med { $controller } for behandlingen av den.
