### facerights — gränssnitt (guiden), svenska.

wizard-welcome = facerights skriver ett brev där du frågar Clearview AI vad företaget har sparat om ditt ansikte, eller kräver att det raderas. Ingenting lämnar den här datorn. Tryck Ctrl-C när som helst för att avbryta; ingenting skrivs förrän du bekräftar.
ui-language = Språk för de här frågorna
country-search = Var bor du? Skriv en del av landets namn eller landskoden (Enter visar listan)
country-pick = Välj ditt land
country-chosen = → { $country } ({ $code })
country-none = Inget land matchar ”{ $input }”. facerights omfattar EU, Island, Liechtenstein, Norge och Storbritannien.
land-pick = I vilken tysk delstat (Land) bor du? Det är dess dataskyddsmyndighet som du skulle klaga till.
letter-language = Brevets språk
language-complete = fullständig
language-draft = utkast, ännu inte granskat av någon med språket som modersmål
request-kind = Vilket brev?
request-access = Tillgång (art. 15): fråga vad Clearview har sparat om dig. Bevisen finns kvar.
request-erasure = Radering (art. 17): kräv att Clearview raderar allt. Då försvinner också beviset om vad företaget hade sparat.
request-access-erasure = Först tillgång, sedan radering: få en kopia först och låt sedan radera allt. Rekommenderas.
name = Ditt fullständiga namn (som du skriver under med)
email = Din e-postadress för svaret (valfritt, Enter för att hoppa över)
address-line = Postadress, rad { $number } (Enter på en tom rad för att avsluta)
place = Var du skriver under (din ort, valfritt)
photo-note = Clearview kan bara söka i sin databas med ett foto av ett ansikte, inte med ett namn. Om du bifogar ett foto står det i brevet att det bara får användas för att hitta dina uppgifter, inte får läggas till i databasen och måste raderas efteråt. Det är ändå en avvägning: du ger Clearview en ny bild av ditt ansikte.
photo-question = Vill du bifoga ett foto av ditt ansikte?
photo-clean = Innan du skriver ut eller skickar fotot: Ta bort dess metadata (plats, datum, kamera), beskär det så att det bara visar ditt ansikte och ingen annan, och använd ett foto som du inte har något emot att Clearview ser en gång.
objection-note = I ett brev om radering invänder du mot behandlingen ”av skäl som hänför sig till din specifika situation” (artikel 21.1 i dataskyddsförordningen). Brevet anger redan de skäl som gäller för alla (ditt ansikte är en permanent identifierare). Du kan lägga till egna skäl med några meningar, till exempel varför det skulle utsätta dig för fara att bli identifierad utifrån ett foto. De återges som dina egna ord.
objection-question = Dina egna skäl (valfritt, Enter för att hoppa över)
format = Filformat
format-text = Text (att klistra in i ett mejl eller skriva ut)
format-pdf = PDF (att skriva ut, skriva under och skicka med post)
output-path = Spara brevet som
overwrite = { $path } finns redan. Vill du ersätta filen?
summary-title = Sammanfattning
summary-country = Land
summary-language = Brevets språk
summary-request = Brev
summary-file = Fil
preview-title = Brevet börjar så här:
confirm-write = Ska brevet skrivas?
written = Brevet har sparats i { $path }.
cancelled = Ingenting skrevs.
invalid-answer = { $problem }
next-steps-title = Så gör du nu
next-sign = Läs brevet, skriv sedan ut det och skriv under (ovanför ditt utskrivna namn).
next-send = Skicka det med post till { $recipient } (helst som rekommenderat brev med mottagningsbevis), eller klistra in texten i ett mejl om du har en e-postadress till Clearview.
next-copy = Spara en kopia av brevet och beviset på att du har skickat det.
next-deadline = Clearview måste svara inom en månad efter att ha tagit emot brevet: skickar du det i dag blir det ungefär { $date } (art. 12.3). Månaden börjar när brevet kommer fram, så räkna med tiden posten tar.
next-complain = Om du inte får ett fullständigt svar i tid kan du lämna in ett klagomål till tillsynsmyndigheten: { $authority }, { $address } ({ $website }). Bifoga ditt brev och beviset på att du har skickat det.
next-complain-land = Om du inte får ett fullständigt svar i tid kan du lämna in ett klagomål till dataskyddsmyndigheten i den tyska delstat där du bor; `facerights jurisdictions` listar dem (DE-BY, DE-NW, …). Bifoga ditt brev och beviset på att du har skickat det.
next-complain-uk = Om du inte får ett fullständigt svar i tid ska du först klaga till Clearview (section 164A i Data Protection Act 2018) och sedan till tillsynsmyndigheten: { $authority }, { $address } ({ $website }). Bifoga dina brev och beviset på att du har skickat dem.
note-subdivision = brevet anger ingen myndighet att klaga till: I Tyskland är det myndigheten i den delstat där du bor. Använd --jurisdiction { $example } (eller en kolumn `jurisdiction` med sådana koder) för att ange den; `facerights jurisdictions` listar koderna.
draft-note = Obs! Brevtexten ({ $language }) är ett utkast som ännu ingen med språket som modersmål och juridiska kunskaper har granskat. Läs den innan du skickar brevet.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (brev på detta språk: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ja
answer-no = nej
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = { $path } har skrivits
note-replaced = { $path } har ersatts
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } rader på { $seconds } s ({ $rate } rader/s): { $written } skrivna, { $skipped } överhoppade (fanns redan), { $failed } misslyckades; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = inte skrivet
batch-merged = { $letters } brev ({ $pages } sidor) sammanfogade till { $path }
batch-merge-not-written = Den sammanfogade PDF-filen { $path } skrevs inte: körningen slutfördes inte; kör samma kommando igen för att slutföra den
batch-interrupted = Avbrutet: slutför breven som pågår och skriver manifestet (avbryt igen för att stoppa direkt, utan manifest)
batch-taken-back = Manifestet hade inte plats att lista { $count } brev: de togs bort igen, och nästa körning skriver dem

## Efter brevet: tidsfrister, påminnelser, klagomål, kalender och e-post

task-question = Vad vill du göra?
task-request = Skriva en begäran till Clearview (tillgång eller radering)
task-reminder = Påminna Clearview: inget (fullständigt) svar i tid
task-complaint = Klaga på Clearview hos dataskyddsmyndigheten
first-request-question = Vilken begäran skickade du?
received-question = När tog Clearview emot den? (ÅÅÅÅ-MM-DD: leveransdagen för ett brev, avsändningsdagen för ett mejl)
outcome-question = Vad gjorde Clearview?
outcome-no-reply = Ingenting: inget svar alls
outcome-incomplete = Svarade, men inte med allt du begärde
outcome-refused = Vägrade
outcome-identity-demanded = Begärde en identitetshandling eller ett nytt foto innan bolaget ville svara
reminded-question = När skickade du en påminnelse? (ÅÅÅÅ-MM-DD; Enter om du inte gjorde det)
note-deadline = tidsfrist: Clearview ska svara senast den { $ends } ({ $provision }), räknat från mottagandet den { $received }; infaller dagen på en helgdag flyttas fristen till nästa arbetsdag. Utan fullständigt svar skriver du påminnelsen från och med den { $follow_up }.
note-deadline-assumed = tidsfristen förutsätter att Clearview tar emot brevet samma dag som det är daterat; för ett brev med post, ange leveransdagen med --received ÅÅÅÅ-MM-DD.
calendar-question = Spara tidsfristen som en kalenderfil (.ics) med en påminnelse?
calendar-path = Spara kalenderfilen som
note-calendar = { $path } har skrivits: öppna den för att lägga in tidsfristen i din kalender.
calendar-summary = Svar från Clearview ska ha kommit ({ $request })
calendar-description = Clearview AI, Inc. tog emot din { $request } den { $received } och ska svara senast den { $ends }. Om bolaget inte har svarat fullständigt, skriv en påminnelse med facerights från och med den { $follow_up } (”Påminna Clearview”).
calendar-alarm = Clearviews svar ska komma om 3 dagar.
request-short-access = begäran om tillgång
request-short-erasure = begäran om radering
request-short-access-erasure = begäran om tillgång och radering
note-eml-no-recipient = mejlutkastet har ingen mottagare: facerights känner inte till någon bekräftad e-postadress till Clearview. Fyll i den adress du har, eller skicka brevet med post.
note-eml-no-sender = mejlutkastet har ingen avsändare: ange --email för att fylla i den, annars gör ditt e-postprogram det.
note-complaint-form = { $authority } tar också emot klagomål via ett formulär: { $url } – du kan klistra in brevets text där och bifoga bilagorna.
note-controller-first-uk = ICO förväntar sig att du först klagar till Clearview (section 164A i Data Protection Act 2018): påminnelsebrevet är ett sådant klagomål; ange dess datum med --reminded.
note-complaint-language = { $authority } tar inte emot klagomål på det här språket, bara på: { $languages }. Skriv klagomålet med --language { $code }.
provision-eu-gdpr = artikel 12.3 i dataskyddsförordningen
provision-eea-gdpr = artikel 12.3 i dataskyddsförordningen
provision-uk-gdpr = artikel 12A i UK GDPR
