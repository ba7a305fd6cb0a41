### facerights — kasutajaliides (viisard), eesti keel.

wizard-welcome = facerights kirjutab kirja, millega küsite Clearview AI-lt, mida ettevõte teie näo kohta säilitab, või nõuate, et see need andmed kustutaks. Miski ei lahku sellest arvutist. Võite igal ajal katkestada klahvidega Ctrl-C; midagi ei kirjutata enne, kui olete kinnitanud.
ui-language = Nende küsimuste keel
country-search = Kus te elate? Sisestage osa riigi nimest või riigikood (Enter näitab loendit)
country-pick = Valige oma riik
country-chosen = → { $country } ({ $code })
country-none = Otsingule „{ $input }“ ei vasta ükski riik. facerights hõlmab ELi, Islandit, Liechtensteini, Norrat, Ühendkuningriiki, Šveitsi, Austraaliat, Kanadat, Illinoisi ja Californiat.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Millises Saksamaa liidumaas te elate? Kaebuse esitaksite selle liidumaa andmekaitseasutusele.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Millises Kanada provintsis või territooriumil te elate? Briti Columbial, Albertal ja Québecil on oma erasektori privaatsusseadus.
region-other-CA = Muu provints või territoorium (föderaalseadus, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Seaduse { $law } alusel facerights sellist kirja ei koosta: { $task }. Valige midagi muud.
letter-language = Kirja keel
language-complete = valmis
language-draft = mustand, emakeelne kõneleja pole seda veel üle vaadanud
request-kind = Milline kiri?
request-access = Juurdepääs (art 15): küsige, mida Clearview teie kohta säilitab. Tõendid jäävad alles.
request-erasure = Kustutamine (art 17): nõudke, et Clearview kustutaks kõik. Sellega kaovad ka tõendid selle kohta, mida ettevõttel oli.
request-access-erasure = Kõigepealt juurdepääs, siis kustutamine: esmalt saate koopia, seejärel kustutatakse kõik. Soovitatav.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Juurdepääs: küsige, mida Clearview teie kohta säilitab. Tõendid jäävad alles.
request-erasure-regime = Kustutamine: nõudke, et Clearview kustutaks kõik. Sellega kaovad ka tõendid selle kohta, mida ettevõttel oli.
request-access-erasure-regime = Kõigepealt juurdepääs, siis kustutamine: esmalt saate koopia, seejärel kustutatakse kõik. Soovitatav.
name = Teie täisnimi (nii, nagu allkirjastate)
email = Teie e-posti aadress vastuse jaoks (valikuline, vahelejätmiseks vajutage Enter)
address-line = Postiaadress, rida { $number } (lõpetamiseks vajutage tühjal real Enter)
place = Allkirjastamise koht (teie linn või asula, valikuline)
photo-note = Clearview saab oma andmebaasist otsida ainult näofoto järgi, mitte nime järgi. Kui lisate foto, on kirjas öeldud, et seda tohib kasutada ainult teie andmete leidmiseks, seda ei tohi andmebaasi lisada ja see tuleb pärast kustutada. Foto saatmisel on siiski oma hind: annate Clearview AI-le uue pildi oma näost.
photo-question = Kas lisate kirjale foto oma näost?
# Shown after the person says yes to the photo.
photo-clean = Enne foto printimist või saatmist eemaldage selle metaandmed (asukoht, kuupäev, kaamera), kärpige seda nii, et sellel oleks ainult teie nägu ja mitte kedagi teist, ning kasutage fotot, mida olete nõus Clearview AI-le üks kord näitama.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Kustutamistaotluses esitate töötlemise suhtes vastuväite, „lähtudes oma konkreetsest olukorrast“ (IKÜM art 21 lg 1). Kirjas on juba kõigile kehtivad põhjused (teie nägu on püsiv identifitseerimistunnus). Võite mõne lausega lisada oma põhjused, näiteks miks teie tuvastamine foto põhjal seaks teid ohtu. Need trükitakse teie enda sõnadena.
objection-question = Teie enda põhjused (valikuline, vahelejätmiseks vajutage Enter)
format = Failivorming
format-text = Tekst (e-kirja kleepimiseks või printimiseks)
format-pdf = PDF (printimiseks, allkirjastamiseks ja postiga saatmiseks)
output-path = Kiri salvestatakse nimega
overwrite = { $path } on juba olemas. Kas asendada?
summary-title = Kokkuvõte
summary-country = Riik
summary-language = Kirja keel
summary-request = Kiri
summary-file = Fail
preview-title = Kiri algab nii:
confirm-write = Kas kirjutada kiri?
written = Kiri salvestati: { $path }.
cancelled = Midagi ei kirjutatud.
invalid-answer = { $problem }
next-steps-title = Mida edasi teha
next-sign = Lugege kiri läbi, printige see välja ja allkirjastage (trükitud nime kohal).
next-send = Saatke see postiga adressaadile: { $recipient } (võimaluse korral väljastusteatega tähtkirjana) või kleepige tekst e-kirja, kui teate Clearview AI e-posti aadressi.
next-copy = Hoidke alles kirja koopia ja saatmist tõendav dokument.
next-deadline = Clearview peab vastama ühe kuu jooksul pärast kirja kättesaamist: kui saadate selle täna, on tähtaeg umbes { $date } (art 12 lg 3). Kuu algab kirja kättesaamisest, seega arvestage ka posti kohaletoimetamise ajaga.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Kui saadate kirja täna, peaks Clearview vastama umbes tähtpäevaks { $date } ({ $provision }). Tähtaeg algab kirja kättesaamisest, seega arvestage ka posti kohaletoimetamise ajaga.
next-complain = Kui te ei saa õigeks ajaks täielikku vastust, võite esitada kaebuse järelevalveasutusele: { $authority }, { $address } ({ $website }). Lisage oma kiri ja saatmist tõendav dokument.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Kui te ei saa õigeks ajaks täielikku vastust, võite esitada kaebuse oma elukohajärgse Saksamaa liidumaa andmekaitseasutusele; need on loetletud käsu `facerights jurisdictions` väljundis (DE-BY, DE-NW, …). Lisage oma kiri ja saatmist tõendav dokument.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Kui te ei saa õigeks ajaks täielikku vastust, esitage kaebus kõigepealt Clearview AI-le (Data Protection Act 2018 jagu 164A) ja seejärel asutusele { $authority }, { $address } ({ $website }). Lisage oma kirjad ja saatmist tõendav dokument.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Kui te ei saa õigeks ajaks täielikku vastust, esitage kaebus kõigepealt Clearview AI-le (selleks on meeldetuletuskiri) ja 30 päeva pärast asutusele { $authority } ({ $website }). Lisage oma kirjad ja saatmist tõendav dokument.
next-complain-ca = Kui vastust 30 päeva jooksul ei tule, loetakse see keeldumiseks (PIPEDA s. 8(5)): siis võite kuue kuu jooksul esitada kirjaliku kaebuse asutusele { $authority }, { $address } ({ $website }). Lisage oma kirjad ja saatmist tõendav dokument.
next-complain-bc = Kui te ei saa õigeks ajaks täielikku vastust, võite taotleda, et asutus { $authority } asja läbi vaataks ({ $website }); läbivaatamise taotlusel on oma tähtaeg, 30 tööpäeva.
next-complain-ab = Kui te ei saa õigeks ajaks täielikku vastust, võite 30 päeva jooksul pärast Clearview' otsust kirjalikult taotleda, et asutus { $authority } asja läbi vaataks ({ $website }).
next-complain-qc = Kui vastust 30 päeva jooksul ei tule, loetakse see keeldumiseks: siis võite taotleda, et asutus { $authority }, { $address } ({ $website }), vaataks lahkarvamuse läbi (demande d'examen de mésentente).
next-complain-ch = Kui te ei saa õigeks ajaks täielikku vastust, võite esitada teate asutusele { $authority } ({ $website }). Asutus võib algatada uurimise, kuid teie ei ole menetluse osaline; oma nõudeid juurdepääsu ja kustutamise kohta saate maksma panna tsiviilkohtus (Art. 32 FADP).
next-complain-cal = Kui te ei saa õigeks ajaks täielikku vastust, võite esitada kaebuse asutusele { $authority } ({ $website }); see teeb järelevalvet CCPA täitmise üle, kuid ei tegutse üksikisikute nimel.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Seaduse Illinois Biometric Information Privacy Act alusel ei võta ükski järelevalveasutus üksikisikute kaebusi vastu: hoidke alles kiri ja saatmist tõendav dokument, sest need on tõendid, kui otsustate asjaga ise või juristi abiga edasi minna.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = kirjas ei ole nimetatud asutust, kellele kaebus esitada: Saksamaal on selleks teie elukohajärgse liidumaa asutus. Selle nimetamiseks kasutage --jurisdiction { $example } (või veergu `jurisdiction` selliste koodidega); koodid loetleb `facerights jurisdictions`.
draft-note = Märkus: kirja tekst ({ $language }) on mustand, mida ükski selle keele emakeelne kõneleja, kellel on õigusalased teadmised, pole veel üle vaadanud. Lugege see enne saatmist läbi.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (kirju selles keeles: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = jah
answer-no = ei

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = kirjutatud: { $path }
note-replaced = asendatud: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = ridu: { $rows }, aeg { $seconds } s ({ $rate } rida/s); kirjutatud: { $written }, vahele jäetud (juba olemas): { $skipped }, ebaõnnestunud: { $failed }; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = kirjutamata
batch-merged = liidetud kirju: { $letters } (lehekülgi: { $pages }) faili { $path }
batch-merge-not-written = liidetud PDF-i { $path } ei kirjutatud: käivitus ei lõppenud; käivitage sama käsk uuesti, et see lõpule viia
batch-interrupted = katkestatud: pooleli olevad kirjad lõpetatakse ja manifest kirjutatakse (katkestage uuesti, et kohe peatuda, ilma manifestita)
batch-taken-back = manifestis ei olnud ruumi kirjadele ({ $count }): need eemaldati uuesti ja järgmine käivitus kirjutab need

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Mida soovite teha?
task-request = Kirjutada Clearview'le taotlus (andmetega tutvumine või kustutamine)
task-reminder = Saata Clearview'le meeldetuletus: see ei ole õigel ajal (täielikult) vastanud
task-complaint = Esitada andmekaitse järelevalveasutusele kaebus Clearview' peale
first-request-question = Millise taotluse te saatsite?
# The date the request reached Clearview.
received-question = Millal Clearview selle kätte sai? (AAAA-KK-PP: kirja puhul kättetoimetamise kuupäev, e-kirja puhul saatmise kuupäev)
outcome-question = Mida Clearview tegi?
outcome-no-reply = Mitte midagi: vastust ei tulnud üldse
outcome-incomplete = Vastas, kuid mitte kõigele, mida küsisite
outcome-refused = Keeldus
outcome-identity-demanded = Nõudis enne vastamist isikut tõendavat dokumenti või uut fotot
reminded-question = Millal saatsite meeldetuletuse? (AAAA-KK-PP; Enter, kui te seda ei saatnud)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = tähtaeg: Clearview peab vastama hiljemalt tähtpäevaks { $ends } ({ $provision }), arvates kättesaamise päevast { $received }; kui see päev on riigipüha, nihkub tähtaeg järgmisele tööpäevale. Kui täielikku vastust ei tule, kirjutage meeldetuletus alates kuupäevast { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = tähtaja arvutamisel eeldatakse, et Clearview saab kirja kätte kirja kuupäeval; posti teel saadetud kirja puhul märkige kättetoimetamise kuupäev: --received AAAA-KK-PP.
calendar-question = Kas salvestada tähtaeg kalendrifailina (.ics) koos meeldetuletusega?
calendar-path = Kalendrifail salvestatakse nimega
# $path: the .ics file written.
note-calendar = kirjutatud: { $path }; avage see, et lisada tähtaeg oma kalendrisse.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Clearview' vastamise tähtaeg ({ $request })
calendar-description = Clearview AI, Inc. sai teie taotluse ({ $request }) kätte; kättesaamise kuupäev: { $received }. Vastamise tähtaeg: { $ends }. Kui täielikku vastust ei ole tulnud, kirjutage facerightsiga meeldetuletus alates kuupäevast { $follow_up } („Saata Clearview'le meeldetuletus“).
calendar-alarm = Clearview' vastamise tähtaeg on 3 päeva pärast.
request-short-access = andmetega tutvumise taotlus
request-short-erasure = kustutamistaotlus
request-short-access-erasure = andmetega tutvumise ja kustutamise taotlus
# E-mail drafts (--format eml).
note-eml-no-recipient = e-kirja mustandil ei ole saajat: facerights ei tea Clearview' kinnitatud e-posti aadressi. Lisage teile teadaolev aadress või saatke kiri posti teel.
note-eml-no-sender = e-kirja mustandil ei ole saatjat: lisage see suvandiga --email, muidu lisab selle teie e-posti programm.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } võtab kaebusi vastu ka oma vormi kaudu: { $url } — võite kleepida sinna kirja teksti ja lisada lisad.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO eeldab, et esitate kaebuse kõigepealt Clearview'le (Data Protection Act 2018 jagu 164A): meeldetuletuskiri on selline kaebus; märkige selle kuupäev suvandiga --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC eeldab, et esitate kaebuse kõigepealt Clearview'le ja annate ettevõttele vastamiseks 30 päeva: meeldetuletuskiri on selline kaebus; märkige selle kuupäev suvandiga --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } võtab kaebusi vastu järgmistes keeltes: { $languages }; selle kaebuse keel nende hulka ei kuulu. Koostage kaebus suvandiga --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = IKÜM artikli 12 lõige 3
provision-eea-gdpr = IKÜM artikli 12 lõige 3
provision-uk-gdpr = UK GDPR artikkel 12A
