### facerights — sučelje (čarobnjak), hrvatski.
### Formal "vi"; dates arrive as "10. veljače 2022." (final dot), so { $date } never ends a sentence.

wizard-welcome = facerights piše pismo kojim pitate Clearview AI koje podatke čuva o vašem licu ili tražite da ih izbriše. Ništa ne napušta ovo računalo. Pritisnite Ctrl-C u bilo kojem trenutku za prekid; ništa se ne zapisuje dok ne potvrdite.
ui-language = Jezik ovih pitanja
country-search = Gdje živite? Upišite dio naziva države ili njezinu oznaku (Enter prikazuje popis)
country-pick = Odaberite svoju državu
country-chosen = → { $country } ({ $code })
country-none = Nijedna država ne odgovara unosu „{ $input }”. facerights obuhvaća EU, Island, Lihtenštajn, Norvešku, Ujedinjenu Kraljevinu, Švicarsku, Australiju, Kanadu, Illinois i Kaliforniju.
region-pick-DE = U kojoj njemačkoj saveznoj zemlji živite? Pritužbu biste podnijeli njezinu tijelu za zaštitu podataka.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = U kojoj kanadskoj pokrajini ili na kojem teritoriju živite? Britanska Kolumbija, Alberta i Québec imaju vlastiti zakon o zaštiti privatnosti u privatnom sektoru.
region-other-CA = Druga pokrajina ili teritorij (savezni zakon, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Prema zakonu { $law } facerights ne nudi takvo pismo: { $task }. Odaberite nešto drugo.
letter-language = Jezik pisma
language-complete = potpun
language-draft = nacrt, izvorni govornik ga još nije pregledao
request-kind = Koje pismo?
request-access = Pristup (čl. 15.): pitati koje podatke Clearview čuva o vama. Dokazi ostaju sačuvani.
request-erasure = Brisanje (čl. 17.): zatražiti da Clearview sve izbriše. Time se uništavaju dokazi o pohranjenim podacima.
request-access-erasure = Pristup, zatim brisanje: najprije kopija podataka, zatim brisanje svega. Preporučeno.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Pristup: pitati koje podatke Clearview čuva o vama. Dokazi ostaju sačuvani.
request-erasure-regime = Brisanje: zatražiti da Clearview sve izbriše. Time se uništavaju dokazi o pohranjenim podacima.
request-access-erasure-regime = Pristup, zatim brisanje: najprije kopija podataka, zatim brisanje svega. Preporučeno.
name = Vaše ime i prezime (kako ćete se potpisati)
email = Vaša adresa e-pošte za odgovor (neobavezno, Enter za preskakanje)
address-line = Poštanska adresa, redak { $number } (Enter u praznom retku za završetak)
place = Mjesto potpisivanja (vaš grad ili mjesto, neobavezno)
photo-note = Clearview može pretraživati svoju bazu podataka samo pomoću fotografije lica, a ne po imenu. Ako priložite fotografiju, u pismu piše da se smije upotrijebiti samo za pronalaženje vaših podataka, da se ne smije dodati u bazu podataka i da se poslije mora izbrisati. Slanje fotografije ipak ima svoju cijenu: Clearviewu dajete novu sliku svojeg lica.
photo-question = Hoćete li priložiti fotografiju svojeg lica?
photo-clean = Prije nego što fotografiju ispišete ili pošaljete: uklonite njezine metapodatke (mjesto, datum, fotoaparat), obrežite je tako da se na njoj vidi samo vaše lice i nitko drugi te upotrijebite fotografiju za koju vam ne smeta da je Clearview jednom vidi.
objection-note = U pismu za brisanje ulažete prigovor na obradu „zbog razloga koji se odnose na vašu posebnu situaciju” (članak 21. stavak 1. GDPR-a). Pismo već navodi razloge koji vrijede za svakoga (lice je trajno identifikacijsko obilježje). U nekoliko rečenica možete dodati vlastite, npr. zašto bi vas identifikacija na temelju fotografije ugrozila. U pismu se navode kao vaše vlastite riječi.
objection-question = Vaši vlastiti razlozi (neobavezno, Enter za preskakanje)
format = Izlazni format
format-text = Tekst (za lijepljenje u e-poruku ili za ispis)
format-pdf = PDF (za ispis, potpisivanje i slanje poštom)
output-path = Spremi pismo kao
overwrite = { $path } već postoji. Zamijeniti?
summary-title = Sažetak
summary-country = Država
summary-language = Jezik pisma
summary-request = Pismo
summary-file = Datoteka
preview-title = Početak pisma:
confirm-write = Zapisati pismo?
written = Pismo je spremljeno u datoteku { $path }.
cancelled = Ništa nije zapisano.
invalid-answer = { $problem }
next-steps-title = Što dalje
next-sign = Pročitajte pismo, ispišite ga i potpišite (iznad svojeg ispisanog imena).
next-send = Pošaljite ga poštom na adresu: { $recipient } (ako možete, preporučeno s povratnicom) ili zalijepite tekst u e-poruku ako imate adresu e-pošte Clearviewa.
next-copy = Sačuvajte presliku pisma i potvrdu o slanju.
next-deadline = Clearview mora odgovoriti u roku od mjesec dana od primitka. Ako pismo pošaljete danas, to je otprilike ovaj datum: { $date } (čl. 12(3)). Rok počinje teći kad pismo stigne, pa uračunajte vrijeme dostave.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Ako pismo pošaljete danas, Clearview bi trebao odgovoriti otprilike do { $date } ({ $provision }). Rok počinje teći kad pismo stigne, pa uračunajte vrijeme dostave.
next-complain = Ako na vrijeme ne dobijete potpun odgovor, možete podnijeti pritužbu nadzornom tijelu: { $authority }, { $address } ({ $website }). Priložite svoje pismo i potvrdu o slanju.
next-complain-land-of-residence = Ako na vrijeme ne dobijete potpun odgovor, možete podnijeti pritužbu tijelu za zaštitu podataka njemačke savezne zemlje u kojoj živite; popis ispisuje naredba `facerights jurisdictions` (DE-BY, DE-NW, …). Priložite svoje pismo i potvrdu o slanju.
next-complain-uk = Ako na vrijeme ne dobijete potpun odgovor, najprije podnesite pritužbu Clearviewu (odjeljak 164A zakona Data Protection Act 2018), a zatim nadzornom tijelu: { $authority }, { $address } ({ $website }). Priložite svoja pisma i potvrdu o slanju.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Ako na vrijeme ne dobijete potpun odgovor, najprije podnesite pritužbu Clearviewu (tome služi požurnica), a nakon 30 dana tijelu: { $authority } ({ $website }). Priložite svoja pisma i potvrdu o slanju.
next-complain-ca = Ako Clearview ne odgovori u roku od 30 dana, smatra se da je zahtjev odbijen (PIPEDA s. 8(5)): tada u roku od šest mjeseci možete podnijeti pisanu pritužbu tijelu: { $authority }, { $address } ({ $website }). Priložite svoja pisma i potvrdu o slanju.
next-complain-bc = Ako na vrijeme ne dobijete potpun odgovor, možete zatražiti preispitivanje od tijela: { $authority } ({ $website }); za zahtjev za preispitivanje vrijedi poseban rok od 30 radnih dana.
next-complain-ab = Ako na vrijeme ne dobijete potpun odgovor, u roku od 30 dana od Clearviewove odluke možete pisanim putem zatražiti preispitivanje od tijela: { $authority } ({ $website }).
next-complain-qc = Ako Clearview ne odgovori u roku od 30 dana, to se smatra odbijanjem: tada možete zatražiti ispitivanje spora (demande d'examen de mésentente) od tijela: { $authority }, { $address } ({ $website }).
next-complain-ch = Ako na vrijeme ne dobijete potpun odgovor, možete podnijeti prijavu tijelu: { $authority } ({ $website }). Ono može pokrenuti istragu, ali vi niste stranka u postupku; svoja prava na pristup i brisanje ostvarujete pred građanskim sudovima (Art. 32 FADP).
next-complain-cal = Ako na vrijeme ne dobijete potpun odgovor, možete podnijeti pritužbu tijelu: { $authority } ({ $website }); ono nadzire primjenu zakona CCPA, ali ne postupa u ime pojedinaca.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Prema zakonu Illinois Biometric Information Privacy Act nijedno regulatorno tijelo ne prima pritužbe pojedinaca: sačuvajte pismo i potvrdu o slanju jer će poslužiti kao dokaz ako stvar odlučite dalje voditi sami ili preko odvjetnika.
note-subdivision = pismo ne navodi tijelo za pritužbe: u Njemačkoj je to tijelo savezne zemlje u kojoj živite. Ako ga želite navesti, upotrijebite --jurisdiction { $example } (ili stupac `jurisdiction` s takvim kodovima); kodove ispisuje naredba `facerights jurisdictions`.
draft-note = Napomena: tekst pisma na odabranom jeziku ({ $language }) nacrt je koji još nije pregledao nijedan izvorni govornik s pravnim znanjem. Pročitajte ga prije slanja.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (pisama na ovom jeziku: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = da
answer-no = ne

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = zapisano: { $path }
note-replaced = zamijenjeno: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = redaka: { $rows } za { $seconds } s ({ $rate } redaka/s); zapisano: { $written }, preskočeno (već postoji): { $skipped }, neuspješno: { $failed }; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nije zapisan
batch-merged = spojeno pisama: { $letters } (stranica: { $pages }) u { $path }
batch-merge-not-written = spojeni PDF { $path } nije zapisan: izvođenje nije dovršeno; ponovno pokrenite istu naredbu da ga dovršite
batch-interrupted = prekinuto: dovršavaju se pisma u izradi i zapisuje se manifest (ponovno prekinite za trenutačno zaustavljanje, bez manifesta)
batch-taken-back = u manifestu nije bilo mjesta za pisma ({ $count }): ponovno su uklonjena, a sljedeće izvođenje će ih zapisati

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Što želite učiniti?
task-request = Napisati zahtjev Clearviewu (pristup ili brisanje)
task-reminder = Poslati požurnicu Clearviewu: nije (u cijelosti) odgovorio na vrijeme
task-complaint = Podnijeti pritužbu protiv Clearviewa tijelu za zaštitu podataka
first-request-question = Koji je zahtjev poslan?
# The date the request reached Clearview.
received-question = Kada ga je Clearview zaprimio? (GGGG-MM-DD: za pismo datum uručenja, za e-poštu datum slanja)
outcome-question = Što je Clearview učinio?
outcome-no-reply = Ništa: uopće nije odgovorio
outcome-incomplete = Odgovorio je, ali ne na sve što je traženo
outcome-refused = Odbio je zahtjev
outcome-identity-demanded = Prije odgovora zatražio je identifikacijsku ispravu ili novu fotografiju
reminded-question = Kada je poslana požurnica? (GGGG-MM-DD; Enter ako nije poslana)
# After a request letter. Dates end with a dot: none ends a sentence.
note-deadline = rok: Clearview mora odgovoriti najkasnije do { $ends } ({ $provision }), računajući od primitka { $received } (ako je taj dan blagdan, rok se pomiče na sljedeći radni dan). Ako ne stigne potpun odgovor, od { $follow_up } možete napisati požurnicu.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = rok pretpostavlja da Clearview zaprima pismo na dan kojim je datirano; za pismo poslano poštom navedite datum uručenja s --received GGGG-MM-DD.
calendar-question = Spremiti rok kao datoteku kalendara (.ics) s podsjetnikom?
calendar-path = Spremi datoteku kalendara kao
# $path: the .ics file written.
note-calendar = zapisano { $path }: otvorite datoteku kako biste rok dodali u svoj kalendar.
# The calendar event.
calendar-summary = Rok za odgovor Clearviewa ({ $request })
calendar-description = Clearview AI, Inc. zaprimio je vaš { $request } { $received } i mora odgovoriti najkasnije do { $ends } – ako ne odgovori u cijelosti, od { $follow_up } možete u facerightsu napisati požurnicu („Poslati požurnicu Clearviewu”).
calendar-alarm = Rok za odgovor Clearviewa istječe za 3 dana.
request-short-access = zahtjev za pristup
request-short-erasure = zahtjev za brisanje
request-short-access-erasure = zahtjev za pristup i brisanje
# E-mail drafts (--format eml).
note-eml-no-recipient = nacrt e-poruke nema primatelja: facerights ne zna nijednu potvrđenu adresu e-pošte Clearviewa. Upišite adresu koju imate ili pošaljite pismo poštom.
note-eml-no-sender = nacrt e-poruke nema pošiljatelja: navedite --email ili će ga popuniti vaš program za e-poštu.
# A complaint: the authority's own form or portal.
note-complaint-form = { $authority } prima pritužbe i putem svojeg obrasca: { $url } – ondje možete zalijepiti tekst pisma i priložiti priloge.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO očekuje da se najprije požalite Clearviewu (odjeljak 164A zakona Data Protection Act 2018): takva je pritužba požurnica; njezin datum navedite s --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC očekuje da se najprije požalite Clearviewu i date mu 30 dana za odgovor: takva je pritužba požurnica; njezin datum navedite s --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } prima pritužbe samo na jezicima s oznakama { $languages }; ova je pritužba na drugom jeziku. Napišite je s --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = članak 12. stavak 3. GDPR-a
provision-eea-gdpr = članak 12. stavak 3. GDPR-a
provision-uk-gdpr = članak 12A UK GDPR-a
