### facerights — brukergrensesnitt (veiviseren), norsk bokmål.

wizard-welcome = facerights skriver et brev der du spør Clearview AI hva selskapet har lagret om ansiktet ditt, eller krever at det slettes. Ingenting forlater denne datamaskinen. Trykk Ctrl-C når som helst for å avbryte; ingenting blir skrevet før du bekrefter.
ui-language = Språk for disse spørsmålene
country-search = Hvor bor du? Skriv en del av landnavnet eller landkoden (Enter viser listen)
country-pick = Velg landet ditt
country-chosen = → { $country } ({ $code })
country-none = Ingen land passer med «{ $input }». facerights dekker EU, Island, Liechtenstein, Norge og Storbritannia.
land-pick = I hvilken tysk delstat (Land) bor du? Det er delstatens datatilsynsmyndighet du ville klage til.
letter-language = Språk i brevet
language-complete = fullstendig
language-draft = utkast, ennå ikke gjennomgått av noen med språket som morsmål
request-kind = Hvilket brev?
request-access = Innsyn (art. 15): spør hva Clearview har lagret om deg. Bevisene blir bevart.
request-erasure = Sletting (art. 17): krev at Clearview sletter alt. Da forsvinner også beviset for hva selskapet hadde lagret.
request-access-erasure = Innsyn, deretter sletting: få en kopi først, og få deretter alt slettet. Anbefales.
name = Fullt navn (slik du skriver under)
email = E-postadressen din for svaret (valgfritt, Enter for å hoppe over)
address-line = Postadresse, linje { $number } (Enter på en tom linje for å avslutte)
place = Hvor du skriver under (byen eller stedet ditt, valgfritt)
photo-note = Clearview kan bare søke i databasen sin med et bilde av et ansikt, ikke med et navn. Hvis du legger ved et bilde, står det i brevet at det bare får brukes til å finne opplysningene dine, ikke får legges inn i databasen og må slettes etterpå. Det er likevel en avveining: du gir Clearview et nytt bilde av ansiktet ditt.
photo-question = Vil du legge ved et bilde av ansiktet ditt?
photo-clean = Før du skriver ut eller sender bildet: Fjern metadataene (sted, dato, kamera), beskjær det slik at det bare viser ansiktet ditt og ingen andre, og bruk et bilde du ikke har noe imot at Clearview ser én gang.
objection-note = I et brev om sletting protesterer du mot behandlingen «av grunner knyttet til din særlige situasjon» (artikkel 21 nr. 1 i personvernforordningen). Brevet oppgir allerede grunnene som gjelder for alle (ansiktet ditt er en permanent identifikator). Du kan legge til dine egne med noen få setninger, for eksempel hvorfor det ville utsette deg for fare å bli identifisert ut fra et bilde. De gjengis som dine egne ord.
objection-question = Dine egne grunner (valgfritt, Enter for å hoppe over)
format = Filformat
format-text = Tekst (for å lime inn i en e-post eller skrive ut)
format-pdf = PDF (for å skrive ut, skrive under og sende i posten)
output-path = Lagre brevet som
overwrite = { $path } finnes allerede. Vil du erstatte filen?
summary-title = Sammendrag
summary-country = Land
summary-language = Språk i brevet
summary-request = Brev
summary-file = Fil
preview-title = Brevet begynner slik:
confirm-write = Skal brevet skrives?
written = Brevet er lagret i { $path }.
cancelled = Ingenting ble skrevet.
invalid-answer = { $problem }
next-steps-title = Dette gjør du nå
next-sign = Les brevet, skriv det ut og skriv under (over det trykte navnet ditt).
next-send = Send det i posten til { $recipient } (helst rekommandert med bekreftelse på utlevering), eller lim inn teksten i en e-post hvis du har en e-postadresse til Clearview.
next-copy = Ta vare på en kopi av brevet og beviset for at du har sendt det.
next-deadline = Clearview må svare innen én måned etter å ha mottatt brevet: sender du det i dag, blir det omtrent { $date } (art. 12 nr. 3). Måneden begynner når brevet kommer fram, så regn med tiden posten bruker.
next-complain = Får du ikke et fullstendig svar i tide, kan du klage til tilsynsmyndigheten: { $authority }, { $address } ({ $website }). Legg ved brevet ditt og beviset for at du har sendt det.
next-complain-land = Får du ikke et fullstendig svar i tide, kan du klage til datatilsynsmyndigheten i den tyske delstaten der du bor; `facerights jurisdictions` viser dem (DE-BY, DE-NW, …). Legg ved brevet ditt og beviset for at du har sendt det.
next-complain-uk = Får du ikke et fullstendig svar i tide, skal du først klage til Clearview (section 164A i Data Protection Act 2018) og deretter til tilsynsmyndigheten: { $authority }, { $address } ({ $website }). Legg ved brevene dine og beviset for at du har sendt dem.
note-subdivision = brevet nevner ingen klagemyndighet: I Tyskland er det myndigheten i delstaten der du bor. Bruk --jurisdiction { $example } (eller en kolonne `jurisdiction` med slike koder) for å nevne den; `facerights jurisdictions` viser kodene.
draft-note = Merk: Brevteksten ({ $language }) er et utkast som ennå ingen med språket som morsmål og juridisk kunnskap har gjennomgått. Les den før du sender brevet.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (brev på dette språket: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ja
answer-no = nei
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = { $path } er skrevet
note-replaced = { $path } er erstattet
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } rader på { $seconds } s ({ $rate } rader/s): { $written } skrevet, { $skipped } hoppet over (finnes allerede), { $failed } mislyktes; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = ikke skrevet
batch-merged = { $letters } brev ({ $pages } sider) slått sammen i { $path }
batch-merge-not-written = Den sammenslåtte PDF-en { $path } ble ikke skrevet: kjøringen ble ikke fullført; kjør den samme kommandoen på nytt for å fullføre den
batch-interrupted = Avbrutt: fullfører brevene som er i gang, og skriver manifestet (avbryt igjen for å stoppe med en gang, uten manifest)
batch-taken-back = Manifestet hadde ikke plass til å føre opp { $count } brev: de ble fjernet igjen, og neste kjøring skriver dem

## Etter brevet: frister, purringer, klager, kalender og e-post

task-question = Hva vil du gjøre?
task-request = Skrive en anmodning til Clearview (innsyn eller sletting)
task-reminder = Purre på Clearview: ikke (fullstendig) svar i tide
task-complaint = Klage på Clearview til datatilsynsmyndigheten
first-request-question = Hvilken anmodning sendte du?
received-question = Når mottok Clearview den? (ÅÅÅÅ-MM-DD: leveringsdatoen for et brev, sendedatoen for en e-post)
outcome-question = Hva gjorde Clearview?
outcome-no-reply = Ingenting: ikke noe svar i det hele tatt
outcome-incomplete = Svarte, men ikke med alt du ba om
outcome-refused = Nektet
outcome-identity-demanded = Ba om et identitetsdokument eller et nytt bilde før selskapet ville svare
reminded-question = Når sendte du en purring? (ÅÅÅÅ-MM-DD; Enter hvis du ikke gjorde det)
note-deadline = frist: Clearview må svare innen { $ends } ({ $provision }), regnet fra mottak { $received }; faller dagen på en helligdag, flyttes fristen til neste virkedag. Uten fullstendig svar skriver du purringen fra { $follow_up }.
note-deadline-assumed = fristen forutsetter at Clearview mottar brevet samme dag som det er datert; for et brev sendt i posten, oppgi leveringsdatoen med --received ÅÅÅÅ-MM-DD.
calendar-question = Lagre fristen som en kalenderfil (.ics) med påminnelse?
calendar-path = Lagre kalenderfilen som
note-calendar = { $path } er skrevet: åpne den for å legge fristen inn i kalenderen din.
calendar-summary = Svar fra Clearview skal foreligge ({ $request })
calendar-description = Clearview AI, Inc. mottok { $request } fra deg { $received } og må svare innen { $ends }. Har selskapet ikke svart fullstendig, kan du skrive en purring med facerights fra { $follow_up } («Purre på Clearview»).
calendar-alarm = Svaret fra Clearview skal foreligge om 3 dager.
request-short-access = innsynsanmodningen
request-short-erasure = anmodningen om sletting
request-short-access-erasure = anmodningen om innsyn og sletting
note-eml-no-recipient = e-postutkastet har ingen mottaker: facerights kjenner ingen bekreftet e-postadresse til Clearview. Fyll inn adressen du har, eller send brevet i posten.
note-eml-no-sender = e-postutkastet har ingen avsender: oppgi --email for å fylle den inn, ellers gjør e-postprogrammet ditt det.
note-complaint-form = { $authority } tar også imot klager via et skjema: { $url } – du kan lime inn teksten i brevet der og legge ved vedleggene.
note-controller-first-uk = ICO forventer at du først klager til Clearview (section 164A i Data Protection Act 2018): purringen er en slik klage; oppgi datoen for den med --reminded.
note-complaint-language = { $authority } tar ikke imot klager på dette språket, bare på: { $languages }. Skriv klagen med --language { $code }.
provision-eu-gdpr = artikkel 12 nr. 3 i personvernforordningen
provision-eea-gdpr = artikkel 12 nr. 3 i personvernforordningen
provision-uk-gdpr = artikkel 12A i UK GDPR
