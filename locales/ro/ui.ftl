### facerights — interfața (asistentul), română.

wizard-welcome = facerights redactează o scrisoare prin care întrebați Clearview AI ce date deține despre fața dumneavoastră sau îi cereți să le șteargă. Nimic nu părăsește acest calculator. Apăsați Ctrl-C oricând pentru a opri; nu se scrie nimic până nu confirmați.
ui-language = Limba acestor întrebări
country-search = Unde locuiți? Tastați o parte din numele țării sau codul acesteia (Enter afișează lista)
country-pick = Alegeți țara dumneavoastră
country-chosen = → { $country } ({ $code })
country-none = Nicio țară nu corespunde cu „{ $input }”. facerights acoperă UE, Islanda, Liechtenstein, Norvegia, Regatul Unit, Elveția, Australia, Canada, Illinois și California.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = În ce land german (stat federal) locuiți? Autorității pentru protecția datelor din acel land i-ați adresa plângerea.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = În ce provincie sau teritoriu locuiți? Columbia Britanică, Alberta și Quebec au fiecare propria lege privind protecția datelor personale în sectorul privat.
region-other-CA = Altă provincie sau alt teritoriu (legea federală, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = În temeiul acestei legi ({ $law }), facerights nu are o astfel de scrisoare: { $task }. Alegeți altă opțiune.
letter-language = Limba scrisorii
language-complete = completă
language-draft = versiune preliminară, încă neverificată de un vorbitor nativ
request-kind = Ce scrisoare?
request-access = Acces (art. 15): aflați ce date deține Clearview despre dumneavoastră. Păstrează dovezile.
request-erasure = Ștergere (art. 17): cereți ca Clearview să șteargă tot. Distruge dovezile privind ceea ce deținea.
request-access-erasure = Acces, apoi ștergere: mai întâi obțineți o copie, apoi cereți ștergerea tuturor datelor. Recomandat.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Acces: aflați ce date deține Clearview despre dumneavoastră. Păstrează dovezile.
request-erasure-regime = Ștergere: cereți ca Clearview să șteargă tot. Distruge dovezile privind ceea ce deținea.
request-access-erasure-regime = Acces, apoi ștergere: mai întâi obțineți o copie, apoi cereți ștergerea tuturor datelor. Recomandat.
name = Numele dumneavoastră complet (așa cum veți semna)
email = Adresa dumneavoastră de e-mail pentru răspuns (opțional, Enter pentru a sări)
address-line = Adresa poștală, rândul { $number } (Enter pe un rând gol pentru a termina)
place = Locul semnării (localitatea dumneavoastră, opțional)
photo-note = Clearview poate căuta în baza sa de date doar pe baza fotografiei unei fețe, nu după nume. Dacă atașați o fotografie, scrisoarea precizează că aceasta poate fi folosită doar pentru a vă găsi datele, că nu trebuie adăugată în baza de date și că trebuie ștearsă după aceea. Totuși, trimiterea ei are un preț: îi oferiți companiei Clearview o imagine nouă a feței dumneavoastră.
photo-question = Atașați o fotografie a feței dumneavoastră?
# Shown after the person says yes to the photo.
photo-clean = Înainte să imprimați sau să trimiteți fotografia: eliminați metadatele acesteia (locul, data, camera), decupați-o astfel încât să arate doar fața dumneavoastră și pe nimeni altcineva și folosiți o fotografie pe care nu vă deranjează ca Clearview să o vadă o dată.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Într-o scrisoare de ștergere vă opuneți prelucrării „din motive legate de situația particulară în care vă aflați” (art. 21 alin. (1) din RGPD). Scrisoarea indică deja motivele valabile pentru toți (fața este un element de identificare permanent). Puteți adăuga motivele dumneavoastră în câteva propoziții, de exemplu de ce identificarea dumneavoastră pe baza unei fotografii v-ar pune în pericol. Ele sunt redate ca fiind propriile dumneavoastră cuvinte.
objection-question = Motivele dumneavoastră (opțional, Enter pentru a sări peste)
format = Formatul fișierului
format-text = Text (de lipit într-un e-mail sau de tipărit)
format-pdf = PDF (de tipărit, semnat și trimis prin poștă)
output-path = Salvați scrisoarea ca
overwrite = { $path } există deja. Îl înlocuiți?
summary-title = Rezumat
summary-country = Țara
summary-language = Limba scrisorii
summary-request = Scrisoarea
summary-file = Fișierul
preview-title = Începutul scrisorii:
confirm-write = Scrieți scrisoarea?
written = Scrisoarea a fost salvată în { $path }.
cancelled = Nu s-a scris nimic.
invalid-answer = { $problem }
next-steps-title = Ce urmează
next-sign = Citiți scrisoarea, apoi tipăriți-o și semnați-o (în spațiul de deasupra numelui tipărit).
next-send = Trimiteți-o prin poștă la { $recipient } (dacă puteți, recomandat, cu confirmare de primire) sau lipiți textul într-un e-mail, dacă aveți o adresă de e-mail a Clearview.
next-copy = Păstrați o copie a scrisorii și dovada expedierii.
next-deadline = Clearview trebuie să răspundă în termen de o lună de la primire. Dacă trimiteți scrisoarea astăzi, data aproximativă este: { $date } (art. 12(3)). Termenul începe când sosește scrisoarea, deci țineți cont de durata transportului poștal.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Dacă trimiteți scrisoarea astăzi, Clearview ar trebui să răspundă aproximativ până la această dată: { $date } ({ $provision }). Termenul începe când sosește scrisoarea, deci țineți cont de durata transportului poștal.
next-complain = Dacă nu primiți un răspuns complet la timp, puteți depune o plângere la autoritatea de supraveghere: { $authority }, { $address } ({ $website }). Atașați scrisoarea dumneavoastră și dovada expedierii.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Dacă nu primiți un răspuns complet la timp, puteți depune o plângere la autoritatea pentru protecția datelor din landul german în care locuiți; `facerights jurisdictions` le enumeră (DE-BY, DE-NW, …). Atașați scrisoarea dumneavoastră și dovada expedierii.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Dacă nu primiți un răspuns complet la timp, depuneți mai întâi o plângere la Clearview (secțiunea 164A din Data Protection Act 2018), apoi la autoritatea de supraveghere: { $authority }, { $address } ({ $website }). Atașați scrisorile dumneavoastră și dovezile expedierii.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Dacă nu primiți un răspuns complet la timp, depuneți mai întâi o plângere la Clearview (scrisoarea de revenire face acest lucru), apoi, după 30 de zile, la autoritatea de supraveghere: { $authority } ({ $website }). Atașați scrisorile dumneavoastră și dovezile expedierii.
next-complain-ca = Lipsa unui răspuns în 30 de zile echivalează cu un refuz (PIPEDA s. 8(5)): puteți depune atunci, în termen de șase luni, o plângere scrisă la autoritatea competentă: { $authority }, { $address } ({ $website }). Atașați scrisorile dumneavoastră și dovezile expedierii.
next-complain-bc = Dacă nu primiți un răspuns complet la timp, puteți cere o reexaminare autorității competente: { $authority } ({ $website }); cererea de reexaminare are propriul termen, de 30 de zile lucrătoare.
next-complain-ab = Dacă nu primiți un răspuns complet la timp, puteți cere în scris o reexaminare autorității competente: { $authority } ({ $website }), în termen de 30 de zile de la decizia Clearview.
next-complain-qc = Lipsa unui răspuns în 30 de zile echivalează cu un refuz: puteți depune atunci o cerere de examinare a dezacordului (demande d'examen de mésentente) la autoritatea competentă: { $authority }, { $address } ({ $website }).
next-complain-ch = Dacă nu primiți un răspuns complet la timp, puteți face o sesizare la autoritatea federală: { $authority } ({ $website }); aceasta poate deschide o investigație, dar dumneavoastră nu sunteți parte în procedură. Drepturile de acces și de ștergere se valorifică în fața instanțelor civile (art. 32 FADP).
next-complain-cal = Dacă nu primiți un răspuns complet la timp, puteți depune o plângere la autoritatea de supraveghere: { $authority } ({ $website }); aceasta asigură respectarea CCPA, dar nu acționează în numele dumneavoastră, individual.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Nicio autoritate de supraveghere nu primește plângeri individuale în temeiul Illinois Biometric Information Privacy Act: păstrați scrisoarea și dovada expedierii, care constituie probe dacă duceți chestiunea mai departe, personal sau prin intermediul unui avocat.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = scrisoarea nu indică nicio autoritate de supraveghere: în Germania, aceasta este autoritatea landului în care locuiți. Folosiți --jurisdiction { $example } (sau o coloană `jurisdiction` cu astfel de coduri) pentru a o indica; `facerights jurisdictions` enumeră codurile.
draft-note = Notă: textul scrisorii în limba aleasă ({ $language }) este o versiune preliminară pe care niciun vorbitor nativ cu cunoștințe juridice nu a verificat-o încă. Citiți-l înainte de a-l trimite.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (scrisori în această limbă: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = da
answer-no = nu
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Fișier scris: { $path }
note-replaced = Fișier înlocuit: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Rânduri: { $rows }; scrise: { $written }, omise (existau deja): { $skipped }, eșuate: { $failed }; durată: { $seconds } s ({ $rate } rânduri/s); registru: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nescris
batch-merged = Scrisori combinate în { $path }: { $letters } (pagini: { $pages })
batch-merge-not-written = PDF-ul combinat { $path } nu a fost scris: rularea nu s-a încheiat; rulați din nou aceeași comandă pentru a o finaliza
batch-interrupted = Întrerupt: se finalizează scrisorile în curs și se scrie registrul (întrerupeți din nou pentru a opri imediat, fără registru)
batch-taken-back = Scrisori pe care registrul nu a mai avut spațiu să le înregistreze: { $count }. Au fost șterse din nou, iar următoarea rulare le va scrie

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Ce doriți să faceți?
task-request = Scrieți o cerere către Clearview (acces sau ștergere)
task-reminder = Reveniți la Clearview: nu a răspuns (complet) în termen
task-complaint = Depuneți o plângere împotriva Clearview la autoritatea de protecție a datelor
first-request-question = Ce cerere ați trimis?
# The date the request reached Clearview.
received-question = Când a primit-o Clearview? (AAAA-LL-ZZ: data livrării pentru o scrisoare, data trimiterii pentru un e-mail)
outcome-question = Ce a făcut Clearview?
outcome-no-reply = Nimic: niciun răspuns
outcome-incomplete = A răspuns, dar nu cu tot ce ați cerut
outcome-refused = A refuzat
outcome-identity-demanded = A cerut un act de identitate sau o fotografie nouă înainte de a răspunde
reminded-question = Când ați trimis scrisoarea de revenire? (AAAA-LL-ZZ; Enter dacă nu ați trimis-o)
# After a request letter. $ends: the last day of the reply period; $provision: "art. 12 alin. (3) RGPD";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = Termen: Clearview trebuie să răspundă până la { $ends } ({ $provision }), termen calculat de la primire, la { $received }; dacă acea zi este sărbătoare legală, termenul se prelungește până în următoarea zi lucrătoare. Fără un răspuns complet, scrieți scrisoarea de revenire începând cu { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Termenul presupune că Clearview primește scrisoarea în ziua cu care este datată; pentru o scrisoare trimisă prin poștă, indicați data livrării cu --received AAAA-LL-ZZ.
calendar-question = Salvați termenul într-un fișier de calendar (.ics), cu un memento?
calendar-path = Salvați fișierul de calendar ca
# $path: the .ics file written.
note-calendar = Fișier scris: { $path }; deschideți-l pentru a adăuga termenul în calendarul dumneavoastră.
# The calendar event: $request (what was asked: request-short-*, with the article), $ends, $received, $follow_up.
calendar-summary = Termenul de răspuns al Clearview ({ $request })
calendar-description = Clearview AI, Inc. a primit { $request } trimisă de dumneavoastră la { $received } și trebuie să răspundă până la { $ends }. Dacă nu a răspuns complet, scrieți cu facerights o scrisoare de revenire începând cu { $follow_up } („Reveniți la Clearview”).
calendar-alarm = Termenul de răspuns al Clearview expiră peste 3 zile.
request-short-access = cererea de acces
request-short-erasure = cererea de ștergere
request-short-access-erasure = cererea de acces și de ștergere
# E-mail drafts (--format eml).
note-eml-no-recipient = Ciorna de e-mail nu are destinatar: facerights nu cunoaște nicio adresă de e-mail confirmată a Clearview. Completați adresa pe care o aveți sau trimiteți scrisoarea prin poștă.
note-eml-no-sender = Ciorna de e-mail nu are expeditor: indicați-l cu --email sau îl va completa programul dumneavoastră de e-mail.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } primește plângeri și prin formularul său: { $url } — puteți lipi acolo textul scrisorii și atașa anexele.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO se așteaptă să depuneți mai întâi o plângere la Clearview (secțiunea 164A din Data Protection Act 2018): scrisoarea de revenire este o astfel de plângere; indicați data ei cu --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC se așteaptă să depuneți mai întâi o plângere la Clearview și să îi acordați 30 de zile: scrisoarea de revenire este o astfel de plângere; indicați data ei cu --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } nu primește plângeri redactate în această limbă (limbi acceptate: { $languages }). Redactați plângerea cu --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = articolul 12 alin. (3) din RGPD
provision-eea-gdpr = articolul 12 alin. (3) din RGPD
provision-uk-gdpr = articolul 12A din UK GDPR
