### facerights — felület (varázsló), magyar.

wizard-welcome = A facerights olyan levelet ír, amelyben megkérdezheti a Clearview AI-t, milyen adatokat tárol az arcáról, vagy felszólíthatja, hogy törölje azokat. Semmi sem hagyja el ezt a számítógépet. A Ctrl-C billentyűkombinációval bármikor kiléphet; a program semmit sem ment, amíg jóvá nem hagyja.
ui-language = A kérdések nyelve
country-search = Hol lakik? Írja be az ország nevének egy részét vagy az országkódot (az Enter megjeleníti a listát)
country-pick = Válassza ki az országát
country-chosen = → { $country } ({ $code })
country-none = Egyik ország sem felel meg ennek a keresésnek: „{ $input }”. A facerights az EU-ra, Izlandra, Liechtensteinre, Norvégiára, az Egyesült Királyságra, Svájcra, Ausztráliára, Kanadára, valamint Illinois és Kalifornia államra terjed ki.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Melyik német tartományban (Land) él? Panaszát annak a tartománynak az adatvédelmi hatóságánál nyújthatná be.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Melyik kanadai tartományban vagy territóriumon él? Brit Columbiának, Albertának és Québecnek saját, a magánszektorra vonatkozó adatvédelmi törvénye van.
region-other-CA = Másik tartomány vagy territórium (szövetségi törvény, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Ennek a törvénynek ({ $law }) az alapján a facerights nem készít ilyen levelet: { $task }. Válasszon másik lehetőséget.
letter-language = A levél nyelve
language-complete = kész
language-draft = piszkozat, anyanyelvi beszélő még nem ellenőrizte
request-kind = Melyik levél?
request-access = Hozzáférés (15. cikk): megkérdezi, milyen adatokat tárol Önről a Clearview. A bizonyítékok megmaradnak.
request-erasure = Törlés (17. cikk): felszólítja a Clearview-t, hogy töröljön mindent. Ezzel eltűnnek a bizonyítékok is arról, mit tárolt.
request-access-erasure = Hozzáférés, majd törlés: előbb másolatot kap, utána minden törlődik. Ajánlott.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Hozzáférés: megkérdezi, milyen adatokat tárol Önről a Clearview. A bizonyítékok megmaradnak.
request-erasure-regime = Törlés: felszólítja a Clearview-t, hogy töröljön mindent. Ezzel eltűnnek a bizonyítékok is arról, mit tárolt.
request-access-erasure-regime = Hozzáférés, majd törlés: előbb másolatot kap, utána minden törlődik. Ajánlott.
name = Teljes neve (ahogyan aláír)
email = E-mail-címe a válaszhoz (nem kötelező, Enterrel átugorható)
address-line = Postai cím, { $number }. sor (a befejezéshez üres sorban nyomja meg az Entert)
place = Az aláírás helye (települése, nem kötelező)
photo-note = A Clearview csak arcképpel tud keresni az adatbázisában, névvel nem. Ha fényképet mellékel, a levél kimondja, hogy azt csak az Ön adatainak megtalálására szabad használni, nem szabad az adatbázishoz adni, és utána törölni kell. A fénykép elküldése így is mérlegelést igényel: egy friss képet ad a Clearview-nak az arcáról.
photo-question = Mellékel fényképet az arcáról?
# Shown after the person says yes to the photo.
photo-clean = Mielőtt kinyomtatja vagy elküldi a fényképet: távolítsa el a metaadatait (helyszín, dátum, fényképezőgép), vágja körül úgy, hogy csak az Ön arca látsszon rajta, más senki, és olyan fényképet használjon, amelyet nem bán, ha a Clearview egyszer látja.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = A törlési kérelemben Ön „a saját helyzetével kapcsolatos okokból” tiltakozik az adatkezelés ellen (GDPR 21. cikk (1) bekezdés). A levél már tartalmazza a mindenkire érvényes okokat (az arca állandó azonosító). Néhány mondatban hozzáteheti a saját okait, például azt, hogy miért jelentene veszélyt Önre, ha egy fénykép alapján azonosítanák. Ezek az Ön saját szavaiként jelennek meg.
objection-question = Az Ön saját okai (nem kötelező, Enterrel átugorható)
format = Fájlformátum
format-text = Szöveg (e-mailbe másoláshoz vagy nyomtatáshoz)
format-pdf = PDF (nyomtatáshoz, aláíráshoz és postázáshoz)
output-path = A levél mentése ezen a néven
overwrite = Ez a fájl már létezik: { $path }. Lecseréli?
summary-title = Összefoglalás
summary-country = Ország
summary-language = A levél nyelve
summary-request = Levél
summary-file = Fájl
preview-title = A levél eleje:
confirm-write = Elkészítsük a levelet?
written = A levél mentve ide: { $path }.
cancelled = Nem készült levél.
invalid-answer = { $problem }
next-steps-title = A következő lépések
next-sign = Olvassa el a levelet, majd nyomtassa ki, és írja alá (a nyomtatott neve fölött).
next-send = Küldje el postán erre a címre: { $recipient } (lehetőleg tértivevényes ajánlott levélként), vagy másolja a szöveget egy e-mailbe, ha ismeri a Clearview e-mail-címét.
next-copy = Őrizze meg a levél másolatát és a feladás igazolását.
next-deadline = A Clearview-nak a levél kézhezvételétől számított egy hónapon belül kell válaszolnia: ha ma adja fel, a határidő körülbelül: { $date } (12. cikk (3) bekezdés). A határidő a levél megérkezésével kezdődik, ezért számoljon a postai kézbesítés idejével is.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Ha ma adja fel a levelet, a Clearview-nak nagyjából eddig kellene válaszolnia: { $date } ({ $provision }). A határidő a levél megérkezésével kezdődik, ezért számoljon a postai kézbesítés idejével is.
next-complain = Ha időben nem kap teljes választ, panaszt tehet a felügyeleti hatóságnál: { $authority }, { $address } ({ $website }). Mellékelje a levelét és a feladás igazolását.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Ha időben nem kap teljes választ, panaszt tehet a lakóhelye szerinti német tartomány adatvédelmi hatóságánál; a `facerights jurisdictions` parancs felsorolja ezeket (DE-BY, DE-NW, …). Mellékelje a levelét és a feladás igazolását.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Ha időben nem kap teljes választ, először a Clearview-nál tegyen panaszt (Data Protection Act 2018, 164A. szakasz), majd ezt követően: { $authority }, { $address } ({ $website }). Mellékelje a leveleit és a feladás igazolását.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Ha időben nem kap teljes választ, először a Clearview-nál tegyen panaszt (erre szolgál az emlékeztető levél), majd 30 nap elteltével a hatóságnál: { $authority } ({ $website }). Mellékelje a leveleit és a feladás igazolását.
next-complain-ca = Ha 30 napon belül nem érkezik válasz, az elutasításnak minősül (PIPEDA s. 8(5)): ezután hat hónapon belül írásban panaszt tehet a hatóságnál: { $authority }, { $address } ({ $website }). Mellékelje a leveleit és a feladás igazolását.
next-complain-bc = Ha időben nem kap teljes választ, kérheti az ügy felülvizsgálatát a hatóságtól: { $authority } ({ $website }); a felülvizsgálati kérelemre külön, 30 munkanapos határidő vonatkozik.
next-complain-ab = Ha időben nem kap teljes választ, a Clearview döntésétől számított 30 napon belül írásban kérheti az ügy felülvizsgálatát a hatóságtól: { $authority } ({ $website }).
next-complain-qc = Ha 30 napon belül nem érkezik válasz, az elutasításnak minősül: ezután kérheti a vita kivizsgálását (demande d'examen de mésentente) a hatóságtól: { $authority }, { $address } ({ $website }).
next-complain-ch = Ha időben nem kap teljes választ, bejelentést tehet a hatóságnál: { $authority } ({ $website }). A hatóság vizsgálatot indíthat, de Ön nem lesz az eljárás ügyfele; a hozzáférésre és a törlésre vonatkozó igényeit polgári bíróság előtt érvényesítheti (Art. 32 FADP).
next-complain-cal = Ha időben nem kap teljes választ, panaszt tehet a hatóságnál: { $authority } ({ $website }); a hatóság a CCPA betartását felügyeli, de nem jár el egyes személyek nevében.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Az Illinois Biometric Information Privacy Act alapján egyetlen hatóság sem fogad egyéni panaszokat: őrizze meg a levelet és a feladás igazolását, mert ezek bizonyítékul szolgálnak, ha az ügyet maga vagy ügyvéd útján tovább viszi.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = a levél nem nevez meg panaszhatóságot: Németországban ez a lakóhely szerinti tartomány hatósága. Megnevezéséhez használja a --jurisdiction { $example } kapcsolót (vagy egy ilyen kódokat tartalmazó `jurisdiction` oszlopot); a kódokat a `facerights jurisdictions` sorolja fel.
draft-note = Megjegyzés: a levél szövege ({ $language }) piszkozat, amelyet jogi ismeretekkel rendelkező anyanyelvi beszélő még nem ellenőrzött. Olvassa el, mielőtt elküldi.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (levél ezen a nyelven: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = igen
answer-no = nem

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = kiírva: { $path }
note-replaced = lecserélve: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = sorok: { $rows }, idő: { $seconds } s ({ $rate } sor/s); kiírva: { $written }, kihagyva (már megvan): { $skipped }, sikertelen: { $failed }; jegyzék: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nincs kiírva
batch-merged = összefűzött levelek: { $letters } (oldalak: { $pages }) ide: { $path }
batch-merge-not-written = az összefűzött PDF ({ $path }) nem készült el: a futás nem fejeződött be; futtassa újra ugyanazt a parancsot a befejezéshez
batch-interrupted = megszakítva: a folyamatban lévő levelek elkészülnek, és a jegyzék kiírásra kerül (újabb megszakítás azonnal leállít, jegyzék nélkül)
batch-taken-back = a jegyzékben nem maradt hely leveleknek ({ $count }): ezeket a program ismét törölte, a következő futás megírja őket

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Mit szeretne tenni?
task-request = Kérelmet ír a Clearview-nak (hozzáférés vagy törlés)
task-reminder = Emlékezteti a Clearview-t: nem válaszolt (teljes körűen) határidőben
task-complaint = Panaszt tesz a Clearview ellen az adatvédelmi hatóságnál
first-request-question = Milyen kérelmet küldött?
# The date the request reached Clearview.
received-question = Mikor kapta meg a Clearview? (ÉÉÉÉ-HH-NN: levélnél a kézbesítés napja, e-mailnél az elküldés napja)
outcome-question = Mit tett a Clearview?
outcome-no-reply = Semmit: egyáltalán nem válaszolt
outcome-incomplete = Válaszolt, de nem adott meg mindent, amit kért
outcome-refused = Megtagadta
outcome-identity-demanded = Válasz előtt személyazonosító okmányt vagy új fényképet kért
reminded-question = Mikor küldött emlékeztetőt? (ÉÉÉÉ-HH-NN; Enter, ha nem küldött)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = határidő: a Clearview-nak { $ends } napjáig kell válaszolnia ({ $provision }), a kézhezvétel napjától ({ $received }) számítva; ha ez a nap munkaszüneti nap, a határidő a következő munkanapon jár le. Ha nem kap teljes választ, { $follow_up } napjától írjon emlékeztetőt.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = a határidő számítása azt feltételezi, hogy a Clearview a levél keltezésének napján kapja meg a levelet; postai küldés esetén adja meg a kézbesítés napját: --received ÉÉÉÉ-HH-NN.
calendar-question = Elmenti a határidőt naptárfájlként (.ics), emlékeztetővel?
calendar-path = A naptárfájl mentése ezen a néven
# $path: the .ics file written.
note-calendar = kiírva: { $path }; nyissa meg, hogy a határidő bekerüljön a naptárába.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = A Clearview válaszának határideje ({ $request })
calendar-description = A Clearview AI, Inc. { $received } napján megkapta az Ön kérelmét ({ $request }), és { $ends } napjáig kell válaszolnia. Ha nem válaszolt teljes körűen, { $follow_up } napjától írjon emlékeztetőt a facerights segítségével („Emlékezteti a Clearview-t”).
calendar-alarm = A Clearview válaszának határideje 3 nap múlva lejár.
request-short-access = hozzáférési kérelem
request-short-erasure = törlési kérelem
request-short-access-erasure = hozzáférési és törlési kérelem
# E-mail drafts (--format eml).
note-eml-no-recipient = az e-mail-tervezetnek nincs címzettje: a facerights nem ismeri a Clearview megerősített e-mail-címét. Írja be az Ön által ismert címet, vagy küldje el a levelet postán.
note-eml-no-sender = az e-mail-tervezetnek nincs feladója: adja meg a --email kapcsolóval, különben a levelezőprogramja tölti ki.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = panaszt a hatóság űrlapján is benyújthat ({ $authority }): { $url } — oda beillesztheti a levél szövegét, és csatolhatja a mellékleteket.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = az ICO elvárja, hogy először a Clearview-nál tegyen panaszt (Data Protection Act 2018, 164A. szakasz): az emlékeztető levél ilyen panasz; adja meg a dátumát a --reminded kapcsolóval.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = az OAIC elvárja, hogy először a Clearview-nál tegyen panaszt, és 30 napot hagyjon neki a válaszra: az emlékeztető levél ilyen panasz; adja meg a dátumát a --reminded kapcsolóval.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = a hatóság ({ $authority }) csak a következő nyelveken fogad panaszt: { $languages }; ez a panasz más nyelven készült. Készítse el a panaszt a --language { $code } kapcsolóval.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = GDPR 12. cikk (3) bekezdés
provision-eea-gdpr = GDPR 12. cikk (3) bekezdés
provision-uk-gdpr = UK GDPR 12a. cikk
