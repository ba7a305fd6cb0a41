### facerights — brugerflade (guiden), dansk.

wizard-welcome = facerights skriver et brev, hvor du spørger Clearview AI, hvad firmaet har gemt om dit ansigt, eller kræver, at det bliver slettet. Intet forlader denne computer. Tryk Ctrl-C når som helst for at stoppe; intet bliver skrevet, før du bekræfter.
ui-language = Sprog for disse spørgsmål
country-search = Hvor bor du? Skriv en del af landets navn eller landekoden (Enter viser listen)
country-pick = Vælg dit land
country-chosen = → { $country } ({ $code })
country-none = Intet land passer til »{ $input }«. facerights dækker EU, Island, Liechtenstein, Norge, Storbritannien, Schweiz, Australien, Canada, Illinois og Californien.
region-pick-DE = I hvilken tysk delstat (Land) bor du? Det er dens databeskyttelsesmyndighed, du skal klage til.
region-pick-CA = I hvilken provins eller hvilket territorium bor du? British Columbia, Alberta og Québec har hver deres egen databeskyttelseslov for den private sektor.
region-other-CA = En anden provins eller et andet territorium (føderal lov, PIPEDA)
task-unavailable = Efter denne lov ({ $law }) har facerights ikke et sådant brev: { $task }. Vælg noget andet.
letter-language = Brevets sprog
language-complete = færdig
language-draft = udkast, endnu ikke gennemlæst af en person med sproget som modersmål
request-kind = Hvilket brev?
request-access = Indsigt (art. 15): spørg, hvad Clearview har gemt om dig. Beviserne bevares.
request-erasure = Sletning (art. 17): kræv, at Clearview sletter alt. Dermed forsvinder også beviset for, hvad firmaet havde gemt.
request-access-erasure = Indsigt, derefter sletning: få først en kopi, og få derefter alt slettet. Anbefales.
request-access-regime = Indsigt: spørg, hvad Clearview har gemt om dig. Beviserne bevares.
request-erasure-regime = Sletning: kræv, at Clearview sletter alt. Dermed forsvinder også beviset for, hvad firmaet havde gemt.
request-access-erasure-regime = Indsigt, derefter sletning: få først en kopi, og få derefter alt slettet. Anbefales.
name = Dit fulde navn (som du skriver under med)
email = Din e-mailadresse til svaret (valgfrit, Enter for at springe over)
address-line = Postadresse, linje { $number } (Enter på en tom linje for at afslutte)
place = Hvor du skriver under (din by, valgfrit)
photo-note = Clearview kan kun søge i sin database med et foto af et ansigt, ikke med et navn. Hvis du vedlægger et foto, står der i brevet, at det kun må bruges til at finde dine oplysninger, ikke må føjes til databasen og skal slettes bagefter. Det er stadig en afvejning: du giver Clearview et nyt billede af dit ansigt.
photo-question = Vil du vedlægge et foto af dit ansigt?
photo-clean = Før du printer eller sender fotoet: Fjern dets metadata (sted, dato, kamera), beskær det, så det kun viser dit ansigt og ingen andre, og brug et foto, som du ikke har noget imod, at Clearview ser én gang.
objection-note = I et brev om sletning gør du indsigelse mod behandlingen »af grunde, der vedrører din særlige situation« (artikel 21, stk. 1, i databeskyttelsesforordningen). Brevet angiver allerede de grunde, der gælder for alle (dit ansigt er en permanent identifikator). Du kan tilføje dine egne med få sætninger, f.eks. hvorfor det ville bringe dig i fare at blive identificeret ud fra et foto. De gengives som dine egne ord.
objection-question = Dine egne grunde (valgfrit, Enter for at springe over)
format = Filformat
format-text = Tekst (til at indsætte i en e-mail eller udskrive)
format-pdf = PDF (til at udskrive, skrive under og sende med posten)
output-path = Gem brevet som
overwrite = { $path } findes allerede. Vil du erstatte filen?
summary-title = Oversigt
summary-country = Land
summary-language = Brevets sprog
summary-request = Brev
summary-file = Fil
preview-title = Brevet begynder sådan:
confirm-write = Skal brevet skrives?
written = Brevet er gemt i { $path }.
cancelled = Intet blev skrevet.
invalid-answer = { $problem }
next-steps-title = Det gør du nu
next-sign = Læs brevet, udskriv det, og skriv under (på pladsen over dit trykte navn).
next-send = Send det med posten til { $recipient } (helst som anbefalet brev med kvittering for modtagelse), eller indsæt teksten i en e-mail, hvis du har en e-mailadresse til Clearview.
next-copy = Gem en kopi af brevet og beviset for, at du har sendt det.
next-deadline = Clearview skal svare inden for en måned efter at have modtaget brevet: sender du det i dag, er fristen omkring { $date } (art. 12, stk. 3). Måneden begynder, når brevet er fremme, så regn med den tid, posten tager.
next-deadline-regime = Sender du brevet i dag, bør Clearview svare omkring { $date } ({ $provision }). Fristen begynder, når brevet er fremme, så regn med den tid, posten tager.
next-complain = Hvis du ikke får et fuldstændigt svar i tide, kan du klage til tilsynsmyndigheden: { $authority }, { $address } ({ $website }). Vedlæg dit brev og beviset for, at du har sendt det.
next-complain-land-of-residence = Hvis du ikke får et fuldstændigt svar i tide, kan du klage til databeskyttelsesmyndigheden i den tyske delstat, hvor du bor; `facerights jurisdictions` viser dem (DE-BY, DE-NW, …). Vedlæg dit brev og beviset for, at du har sendt det.
next-complain-uk = Hvis du ikke får et fuldstændigt svar i tide, skal du først klage til Clearview (section 164A i Data Protection Act 2018) og derefter til tilsynsmyndigheden: { $authority }, { $address } ({ $website }). Vedlæg dine breve og beviset for, at du har sendt dem.
next-complain-au = Hvis du ikke får et fuldstændigt svar i tide, skal du først klage til Clearview (det gør rykkerbrevet) og efter 30 dage til: { $authority } ({ $website }). Vedlæg dine breve og beviset for, at du har sendt dem.
next-complain-ca = Får du ikke svar inden for 30 dage, gælder det som et afslag (PIPEDA s. 8(5)): Du kan så inden for seks måneder klage skriftligt til: { $authority }, { $address } ({ $website }). Vedlæg dine breve og beviset for, at du har sendt dem.
next-complain-bc = Hvis du ikke får et fuldstændigt svar i tide, kan du anmode om at få sagen prøvet hos: { $authority } ({ $website }); for anmodningen gælder en særskilt frist på 30 arbejdsdage.
next-complain-ab = Hvis du ikke får et fuldstændigt svar i tide, kan du skriftligt anmode om at få sagen prøvet hos: { $authority } ({ $website }), senest 30 dage efter Clearviews afgørelse.
next-complain-qc = Får du ikke svar inden for 30 dage, gælder det som et afslag: Du kan så anmode om at få uenigheden behandlet (demande d'examen de mésentente) hos: { $authority }, { $address } ({ $website }).
next-complain-ch = Hvis du ikke får et fuldstændigt svar i tide, kan du indgive en anmeldelse til: { $authority } ({ $website }). Myndigheden kan indlede en undersøgelse, men du er ikke part i sagen; dine krav på indsigt og sletning skal håndhæves ved de civile domstole (art. 32 FADP).
next-complain-cal = Hvis du ikke får et fuldstændigt svar i tide, kan du klage til: { $authority } ({ $website }); myndigheden håndhæver CCPA, men handler ikke på dine vegne i din enkelte sag.
next-complain-courts = Ingen tilsynsmyndighed behandler klager fra enkeltpersoner efter Illinois Biometric Information Privacy Act: Gem brevet og beviset for, at du har sendt det; de er bevismateriale, hvis du selv eller en advokat fører sagen videre.
note-subdivision = brevet nævner ingen klagemyndighed: I Tyskland er det myndigheden i den delstat, hvor du bor. Brug --jurisdiction { $example } (eller en kolonne `jurisdiction` med sådanne koder) for at nævne den; `facerights jurisdictions` viser koderne.
draft-note = Bemærk: Brevteksten ({ $language }) er et udkast, som endnu ingen med sproget som modersmål og juridisk viden har gennemlæst. Læs den, før du sender brevet.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (breve på dette sprog: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ja
answer-no = nej

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = skrev { $path }
note-replaced = erstattede { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } rækker på { $seconds } s ({ $rate } rækker/s): { $written } skrevet, { $skipped } sprunget over (findes allerede), { $failed } mislykkedes; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = ikke skrevet
batch-merged = flettede { $letters } breve ({ $pages } sider) i { $path }
batch-merge-not-written = den flettede PDF { $path } blev ikke skrevet: kørslen blev ikke færdig; kør den samme kommando igen for at fuldføre den
batch-interrupted = afbrudt: gør de igangværende breve færdige og skriver manifestet (afbryd igen for at stoppe med det samme, uden manifest)
batch-taken-back = manifestet havde ikke plads til { $count } breve: de blev fjernet igen, og næste kørsel skriver dem

## Efter brevet: frister, rykkere, klager, kalender og e-mail

task-question = Hvad vil du gøre?
task-request = Skrive en anmodning til Clearview (indsigt eller sletning)
task-reminder = Rykke Clearview: Firmaet har ikke svaret (fuldt ud) til tiden
task-complaint = Klage over Clearview til databeskyttelsesmyndigheden
first-request-question = Hvilken anmodning sendte du?
received-question = Hvornår modtog Clearview den? (ÅÅÅÅ-MM-DD: leveringsdatoen for et brev, afsendelsesdatoen for en e-mail)
outcome-question = Hvad gjorde Clearview?
outcome-no-reply = Intet: slet intet svar
outcome-incomplete = Svarede, men ikke med alt det, du bad om
outcome-refused = Afviste
outcome-identity-demanded = Bad om et identitetsdokument eller et nyt foto, før firmaet ville svare
reminded-question = Hvornår sendte du en rykker? (ÅÅÅÅ-MM-DD; Enter, hvis du ikke gjorde)
note-deadline = frist: Clearview skal svare senest den { $ends } ({ $provision }), regnet fra modtagelsen den { $received }; falder dagen på en helligdag, rykkes fristen til den næste hverdag. Uden et fuldstændigt svar skriver du rykkeren fra den { $follow_up }.
note-deadline-assumed = fristen forudsætter, at Clearview modtager brevet på den dato, det er dateret; for et brev sendt med posten skal du angive leveringsdatoen med --received ÅÅÅÅ-MM-DD.
calendar-question = Gemme fristen som en kalenderfil (.ics) med en påmindelse?
calendar-path = Gem kalenderfilen som
note-calendar = skrev { $path }: Åbn den for at føje fristen til din kalender.
calendar-summary = Svar fra Clearview skal foreligge ({ $request })
calendar-description = Clearview AI, Inc. modtog din { $request } den { $received } og skal svare senest den { $ends }. Har firmaet ikke svaret fuldt ud, så skriv en rykker med facerights fra den { $follow_up } (»Rykke Clearview«).
calendar-alarm = Clearviews svar skal foreligge om 3 dage.
request-short-access = anmodning om indsigt
request-short-erasure = anmodning om sletning
request-short-access-erasure = anmodning om indsigt og sletning
note-eml-no-recipient = e-mailudkastet har ingen modtager: facerights kender ingen bekræftet e-mailadresse hos Clearview. Udfyld den adresse, du har, eller send brevet med posten.
note-eml-no-sender = e-mailudkastet har ingen afsender: Angiv --email for at udfylde den, ellers gør dit e-mailprogram det.
note-complaint-form = { $authority } modtager også klager via en formular: { $url } – du kan indsætte brevets tekst der og vedhæfte bilagene.
note-controller-first-uk = ICO forventer, at du først klager til Clearview (section 164A i Data Protection Act 2018): Rykkerbrevet er en sådan klage; angiv dets dato med --reminded.
note-controller-first-au = OAIC forventer, at du først klager til Clearview og giver firmaet 30 dage: Rykkerbrevet er en sådan klage; angiv dets dato med --reminded.
note-complaint-language = { $authority } modtager ikke klager på dette sprog, kun på: { $languages }. Skriv klagen med --language { $code }.
provision-eu-gdpr = artikel 12, stk. 3, i databeskyttelsesforordningen
provision-eea-gdpr = artikel 12, stk. 3, i databeskyttelsesforordningen
provision-uk-gdpr = artikel 12A i UK GDPR
