### facerights — vmesnik (čarovnik), slovenščina.
### Vikanje; dates arrive in the nominative ("10. februar 2022"), so { $date } follows a colon.

wizard-welcome = facerights napiše pismo, s katerim vprašate Clearview AI, katere podatke hrani o vašem obrazu, ali zahtevate, naj jih izbriše. Nič ne zapusti tega računalnika. S Ctrl-C lahko kadar koli prekinete; nič se ne zapiše, dokler ne potrdite.
ui-language = Jezik teh vprašanj
country-search = Kje živite? Vnesite del imena države ali njeno kodo (Enter prikaže seznam)
country-pick = Izberite svojo državo
country-chosen = → { $country } ({ $code })
country-none = Vnosu „{ $input }“ ne ustreza nobena država. facerights zajema EU, Islandijo, Lihtenštajn, Norveško, Združeno kraljestvo, Švico, Avstralijo, Kanado, Illinois in Kalifornijo.
region-pick-DE = V kateri nemški zvezni deželi prebivate? Pritožbo bi vložili pri njenem organu za varstvo podatkov.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = V kateri kanadski provinci ali na katerem ozemlju prebivate? Britanska Kolumbija, Alberta in Québec imajo svoj zakon o varstvu zasebnosti v zasebnem sektorju.
region-other-CA = Druga provinca ali ozemlje (zvezni zakon, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Po zakonu { $law } facerights takega pisma ne ponuja: { $task }. Izberite drugo možnost.
letter-language = Jezik pisma
language-complete = dokončan
language-draft = osnutek, ki ga naravni govorec še ni pregledal
request-kind = Katero pismo?
request-access = Dostop (čl. 15): vprašati, katere podatke Clearview hrani o vas. Dokazi ostanejo ohranjeni.
request-erasure = Izbris (čl. 17): zahtevati, naj Clearview izbriše vse. S tem se uničijo dokazi o hranjenih podatkih.
request-access-erasure = Dostop, nato izbris: najprej kopija podatkov, nato izbris vsega. Priporočeno.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Dostop: vprašati, katere podatke Clearview hrani o vas. Dokazi ostanejo ohranjeni.
request-erasure-regime = Izbris: zahtevati, naj Clearview izbriše vse. S tem se uničijo dokazi o hranjenih podatkih.
request-access-erasure-regime = Dostop, nato izbris: najprej kopija podatkov, nato izbris vsega. Priporočeno.
name = Vaše ime in priimek (kot se boste podpisali)
email = Vaš e-poštni naslov za odgovor (neobvezno, Enter za preskok)
address-line = Poštni naslov, vrstica { $number } (Enter v prazni vrstici za konec)
place = Kraj podpisa (vaš kraj, neobvezno)
photo-note = Clearview lahko po svoji zbirki podatkov išče le s fotografijo obraza, ne po imenu. Če priložite fotografijo, pismo navaja, da se sme uporabiti le za iskanje vaših podatkov, da se ne sme dodati v zbirko podatkov in da jo je treba nato izbrisati. Pošiljanje fotografije je kljub temu kompromis: Clearviewu daste novo sliko svojega obraza.
photo-question = Ali boste priložili fotografijo svojega obraza?
photo-clean = Preden fotografijo natisnete ali pošljete: odstranite njene metapodatke (kraj, datum, fotoaparat), obrežite jo tako, da je na njej le vaš obraz in nihče drug, in uporabite fotografijo, za katero vas ne moti, da jo Clearview enkrat vidi.
objection-note = V pismu za izbris ugovarjate obdelavi „iz razlogov, povezanih z vašim posebnim položajem“ (prvi odstavek 21. člena GDPR). Pismo že navaja razloge, ki veljajo za vse (obraz je trajni identifikator). V nekaj stavkih lahko dodate svoje, npr. zakaj bi vas identifikacija na podlagi fotografije ogrozila. V pismu so navedeni kot vaše lastne besede.
objection-question = Vaši lastni razlogi (neobvezno, Enter za preskok)
format = Izhodna oblika
format-text = Besedilo (za lepljenje v e-pošto ali za tiskanje)
format-pdf = PDF (za tiskanje, podpis in pošiljanje po pošti)
output-path = Shrani pismo kot
overwrite = { $path } že obstaja. Ga želite zamenjati?
summary-title = Povzetek
summary-country = Država
summary-language = Jezik pisma
summary-request = Pismo
summary-file = Datoteka
preview-title = Začetek pisma:
confirm-write = Želite zapisati pismo?
written = Pismo je shranjeno v datoteko { $path }.
cancelled = Nič ni bilo zapisano.
invalid-answer = { $problem }
next-steps-title = Kaj storiti zdaj
next-sign = Preberite pismo, ga natisnite in podpišite (nad natisnjenim imenom).
next-send = Pošljite ga po pošti na naslov: { $recipient } (če je mogoče, priporočeno s povratnico) ali prilepite besedilo v e-poštno sporočilo, če imate e-poštni naslov Clearviewa.
next-copy = Shranite kopijo pisma in potrdilo o pošiljanju.
next-deadline = Clearview mora odgovoriti v enem mesecu od prejema. Če pismo pošljete danes, je to približno ta datum: { $date } (čl. 12(3)). Rok začne teči, ko pismo prispe, zato upoštevajte čas poštne dostave.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Če pismo pošljete danes, naj bi Clearview odgovoril približno do tega datuma: { $date } ({ $provision }). Rok začne teči, ko pismo prispe, zato upoštevajte čas poštne dostave.
next-complain = Če pravočasno ne prejmete popolnega odgovora, lahko vložite pritožbo pri nadzornem organu: { $authority }, { $address } ({ $website }). Priložite svoje pismo in potrdilo o pošiljanju.
next-complain-land-of-residence = Če pravočasno ne prejmete popolnega odgovora, lahko vložite pritožbo pri organu za varstvo podatkov nemške zvezne dežele, v kateri prebivate; izpiše jih ukaz `facerights jurisdictions` (DE-BY, DE-NW, …). Priložite svoje pismo in potrdilo o pošiljanju.
next-complain-uk = Če pravočasno ne prejmete popolnega odgovora, se najprej pritožite pri Clearviewu (oddelek 164A zakona Data Protection Act 2018), nato pri nadzornem organu: { $authority }, { $address } ({ $website }). Priložite svoja pisma in potrdilo o pošiljanju.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Če pravočasno ne prejmete popolnega odgovora, se najprej pritožite pri družbi Clearview (temu je namenjen opomin), po 30 dneh pa pri organu: { $authority } ({ $website }). Priložite svoja pisma in potrdilo o pošiljanju.
next-complain-ca = Če Clearview v 30 dneh ne odgovori, to šteje kot zavrnitev (PIPEDA s. 8(5)): nato lahko v šestih mesecih vložite pisno pritožbo pri organu: { $authority }, { $address } ({ $website }). Priložite svoja pisma in potrdilo o pošiljanju.
next-complain-bc = Če pravočasno ne prejmete popolnega odgovora, lahko zahtevate pregled zadeve pri organu: { $authority } ({ $website }); za zahtevo za pregled velja poseben rok 30 delovnih dni.
next-complain-ab = Če pravočasno ne prejmete popolnega odgovora, lahko v 30 dneh od odločitve družbe Clearview pisno zahtevate pregled zadeve pri organu: { $authority } ({ $website }).
next-complain-qc = Če Clearview v 30 dneh ne odgovori, to šteje kot zavrnitev: nato lahko zahtevate obravnavo spora (demande d'examen de mésentente) pri organu: { $authority }, { $address } ({ $website }).
next-complain-ch = Če pravočasno ne prejmete popolnega odgovora, lahko podate prijavo pri organu: { $authority } ({ $website }). Ta lahko zadevo razišče, vendar vi niste stranka postopka; svoje zahtevke za dostop in izbris uveljavljate pred civilnimi sodišči (Art. 32 FADP).
next-complain-cal = Če pravočasno ne prejmete popolnega odgovora, lahko vložite pritožbo pri organu: { $authority } ({ $website }); ta skrbi za izvrševanje CCPA, vendar ne ukrepa v imenu posameznikov.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Po zakonu Illinois Biometric Information Privacy Act noben organ ne sprejema pritožb posameznikov: shranite pismo in potrdilo o pošiljanju, ki bosta dokaz, če boste zadevo nadaljevali sami ali prek odvetnika.
note-subdivision = Pismo ne navaja organa za pritožbe: v Nemčiji je to organ zvezne dežele, v kateri prebivate. Če ga želite navesti, uporabite --jurisdiction { $example } (ali stolpec `jurisdiction` s takimi kodami); kode izpiše ukaz `facerights jurisdictions`.
draft-note = Opomba: besedilo pisma v izbranem jeziku ({ $language }) je osnutek, ki ga še ni pregledal noben naravni govorec s pravnim znanjem. Preberite ga, preden ga pošljete.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (pisem v tem jeziku: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = da
answer-no = ne
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Zapisano: { $path }
note-replaced = Zamenjano: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Vrstice: { $rows }; zapisane: { $written }, preskočene (že obstajajo): { $skipped }, neuspešne: { $failed }; čas: { $seconds } s ({ $rate } vrstic/s); seznam: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = ni zapisan
batch-merged = Pisma združena v datoteko { $path }: { $letters } (strani: { $pages })
batch-merge-not-written = Združena datoteka PDF { $path } ni bila zapisana: izvajanje se ni končalo; za dokončanje znova zaženite isti ukaz
batch-interrupted = Prekinjeno: dokončujejo se začeta pisma in zapisuje se seznam (s ponovno prekinitvijo se izvajanje ustavi takoj, brez seznama)
batch-taken-back = V seznamu ni bilo prostora za vpis pisem (pisem: { $count }): znova so bila odstranjena, naslednji zagon pa jih bo zapisal

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Kaj želite narediti?
task-request = Napisati zahtevo družbi Clearview (dostop ali izbris)
task-reminder = Poslati opomin družbi Clearview: ni odgovorila (v celoti) pravočasno
task-complaint = Vložiti pritožbo zoper Clearview pri organu za varstvo podatkov
first-request-question = Katera zahteva je bila poslana?
# The date the request reached Clearview.
received-question = Kdaj jo je Clearview prejel? (LLLL-MM-DD: za pismo datum vročitve, za e-pošto datum pošiljanja)
outcome-question = Kaj je Clearview storil?
outcome-no-reply = Nič: sploh ni odgovoril
outcome-incomplete = Odgovoril je, vendar ne na vse, kar je bilo zahtevano
outcome-refused = Zavrnil je zahtevo
outcome-identity-demanded = Pred odgovorom je zahteval osebni dokument ali novo fotografijo
reminded-question = Kdaj je bil poslan opomin? (LLLL-MM-DD; Enter, če opomin ni bil poslan)
# After a request letter; dates in the nominative, after a colon.
note-deadline = Rok ({ $provision }): Clearview mora odgovoriti najpozneje na ta dan: { $ends }. Rok teče od prejema pisma, ta dan: { $received }; če je zadnji dan roka praznik, se rok izteče naslednji delovni dan. Če popolnega odgovora ni, lahko opomin napišete od tega dne dalje: { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Rok predpostavlja, da Clearview prejme pismo na dan, ki je naveden v njem; za pismo, poslano po pošti, navedite datum vročitve z --received LLLL-MM-DD.
calendar-question = Shranim rok kot datoteko koledarja (.ics) z opomnikom?
calendar-path = Shrani datoteko koledarja kot
# $path: the .ics file written.
note-calendar = Zapisano { $path }: odprite datoteko, da rok dodate v svoj koledar.
# The calendar event.
calendar-summary = Rok za odgovor družbe Clearview ({ $request })
calendar-description = Clearview AI, Inc. je prejel vašo zahtevo ({ $request }) na ta dan: { $received }. Odgovoriti mora najpozneje na ta dan: { $ends }. Če ne odgovori v celoti, lahko od tega dne dalje s facerights napišete opomin („Poslati opomin družbi Clearview“): { $follow_up }.
calendar-alarm = Rok za odgovor družbe Clearview poteče čez 3 dni.
request-short-access = dostop
request-short-erasure = izbris
request-short-access-erasure = dostop in izbris
# E-mail drafts (--format eml).
note-eml-no-recipient = Osnutek e-poštnega sporočila nima prejemnika: facerights ne pozna nobenega potrjenega e-poštnega naslova družbe Clearview. Vpišite naslov, ki ga imate, ali pošljite pismo po pošti.
note-eml-no-sender = Osnutek e-poštnega sporočila nima pošiljatelja: navedite --email, sicer ga bo izpolnil vaš poštni program.
# A complaint: the authority's own form or portal.
note-complaint-form = { $authority } sprejema pritožbe tudi prek svojega obrazca: { $url } – tja lahko prilepite besedilo pisma in priložite priloge.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO pričakuje, da se najprej pritožite pri družbi Clearview (oddelek 164A zakona Data Protection Act 2018): taka pritožba je opomin; njegov datum navedite z --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC pričakuje, da se najprej pritožite pri družbi Clearview in ji date 30 dni za odgovor: taka pritožba je opomin; njegov datum navedite z --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } sprejema pritožbe samo v jezikih s kodami { $languages }; ta pritožba je v drugem jeziku. Napišite jo z --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = tretji odstavek 12. člena GDPR
provision-eea-gdpr = tretji odstavek 12. člena GDPR
provision-uk-gdpr = člen 12A UK GDPR
