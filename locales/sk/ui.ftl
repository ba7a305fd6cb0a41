### facerights — rozhranie (sprievodca), slovenčina.
### Vykanie; plural participles, no forms that reveal the user's gender.

wizard-welcome = facerights napíše list, v ktorom sa spoločnosti Clearview AI opýtate, aké údaje o vašej tvári uchováva, alebo ju požiadate o ich vymazanie. Nič neopustí tento počítač. Klávesom Ctrl-C môžete kedykoľvek skončiť; nič sa nezapíše, kým to nepotvrdíte.
ui-language = Jazyk týchto otázok
country-search = Kde bývate? Napíšte časť názvu krajiny alebo jej kód (Enter zobrazí zoznam)
country-pick = Vyberte svoju krajinu
country-chosen = → { $country } ({ $code })
country-none = Zadaniu „{ $input }“ nezodpovedá žiadna krajina. facerights pokrýva EÚ, Island, Lichtenštajnsko, Nórsko, Spojené kráľovstvo, Švajčiarsko, Austráliu, Kanadu, Illinois a Kaliforniu.
region-pick-DE = V ktorej nemeckej spolkovej krajine bývate? Sťažnosť by ste podávali jej úradu pre ochranu údajov.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = V ktorej kanadskej provincii alebo teritóriu bývate? Britská Kolumbia, Alberta a Québec majú vlastný zákon o ochrane osobných údajov v súkromnom sektore.
region-other-CA = Iná provincia alebo teritórium (federálny zákon, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Podľa zákona { $law } facerights taký list neponúka: { $task }. Vyberte inú možnosť.
letter-language = Jazyk listu
language-complete = kompletný
language-draft = koncept, zatiaľ neskontrolovaný rodeným hovoriacim
request-kind = Aký list?
request-access = Prístup (čl. 15): opýtať sa, aké údaje o vás Clearview uchováva. Dôkazy zostanú zachované.
request-erasure = Vymazanie (čl. 17): požadovať od Clearview vymazanie všetkého. Zničia sa tým dôkazy o uchovávaných údajoch.
request-access-erasure = Prístup, potom vymazanie: najprv kópia údajov, potom vymazanie všetkého. Odporúčané.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Prístup: opýtať sa, aké údaje o vás Clearview uchováva. Dôkazy zostanú zachované.
request-erasure-regime = Vymazanie: požadovať od Clearview vymazanie všetkého. Zničia sa tým dôkazy o uchovávaných údajoch.
request-access-erasure-regime = Prístup, potom vymazanie: najprv kópia údajov, potom vymazanie všetkého. Odporúčané.
name = Vaše celé meno (tak, ako sa podpíšete)
email = Vaša e-mailová adresa na odpoveď (nepovinné, Enter na preskočenie)
address-line = Poštová adresa, riadok { $number } (Enter na prázdnom riadku zadávanie ukončí)
place = Miesto podpisu (vaša obec, nepovinné)
photo-note = Clearview môže vo svojej databáze vyhľadávať len podľa fotografie tváre, nie podľa mena. Ak priložíte fotografiu, list uvádza, že sa smie použiť len na nájdenie vašich údajov, nesmie sa pridať do databázy a potom sa musí vymazať. Aj tak je jej poslanie kompromis: dávate Clearview novú fotografiu svojej tváre.
photo-question = Priložíte fotografiu svojej tváre?
photo-clean = Skôr ako fotografiu vytlačíte alebo pošlete: odstráňte z nej metaúdaje (miesto, dátum, fotoaparát), orežte ju tak, aby na nej bola len vaša tvár a nikto iný, a použite fotografiu, pri ktorej vám neprekáža, že ju Clearview raz uvidí.
objection-note = V liste o vymazanie namietate proti spracúvaniu „z dôvodov týkajúcich sa vašej konkrétnej situácie“ (čl. 21 ods. 1 GDPR). List už uvádza dôvody, ktoré platia pre každého (tvár je trvalý identifikátor). Môžete pripojiť niekoľkými vetami vlastné dôvody, napr. prečo by vás identifikácia podľa fotografie ohrozila. V liste budú uvedené ako vaše vlastné slová.
objection-question = Vaše vlastné dôvody (nepovinné, Enter na preskočenie)
format = Výstupný formát
format-text = Text (na vloženie do e-mailu alebo na vytlačenie)
format-pdf = PDF (na vytlačenie, podpísanie a odoslanie poštou)
output-path = Uložiť list ako
overwrite = { $path } už existuje. Nahradiť?
summary-title = Zhrnutie
summary-country = Krajina
summary-language = Jazyk listu
summary-request = List
summary-file = Súbor
preview-title = Začiatok listu:
confirm-write = Zapísať list?
written = List bol uložený do súboru { $path }.
cancelled = Nič sa nezapísalo.
invalid-answer = { $problem }
next-steps-title = Čo ďalej
next-sign = Prečítajte si list, vytlačte ho a podpíšte (nad vytlačeným menom).
next-send = Pošlite ho poštou na adresu: { $recipient } (ak je to možné, doporučene s doručenkou), alebo vložte text do e-mailu, ak máte e-mailovú adresu Clearview.
next-copy = Uschovajte si kópiu listu a doklad o odoslaní.
next-deadline = Clearview musí odpovedať do jedného mesiaca od doručenia. Ak list pošlete dnes, je to približne tento deň: { $date } (čl. 12(3)). Lehota začína plynúť doručením, počítajte preto s časom na prepravu.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Ak list pošlete dnes, Clearview by mala odpovedať približne do tohto dňa: { $date } ({ $provision }). Lehota začína plynúť doručením, počítajte preto s časom na prepravu.
next-complain = Ak včas nedostanete úplnú odpoveď, môžete podať sťažnosť dozornému orgánu: { $authority }, { $address } ({ $website }). Priložte svoj list a doklad o odoslaní.
next-complain-land-of-residence = Ak včas nedostanete úplnú odpoveď, môžete podať sťažnosť úradu pre ochranu údajov nemeckej spolkovej krajiny, v ktorej bývate; vypíše ich príkaz `facerights jurisdictions` (DE-BY, DE-NW, …). Priložte svoj list a doklad o odoslaní.
next-complain-uk = Ak včas nedostanete úplnú odpoveď, podajte sťažnosť najprv Clearview (oddiel 164A zákona Data Protection Act 2018), potom dozornému orgánu: { $authority }, { $address } ({ $website }). Priložte svoje listy a doklad o odoslaní.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Ak včas nedostanete úplnú odpoveď, podajte sťažnosť najprv Clearview (na to slúži urgencia) a po 30 dňoch úradu: { $authority } ({ $website }). Priložte svoje listy a doklad o odoslaní.
next-complain-ca = Ak Clearview do 30 dní neodpovie, považuje sa to za odmietnutie (PIPEDA s. 8(5)): potom môžete do šiestich mesiacov podať písomnú sťažnosť úradu: { $authority }, { $address } ({ $website }). Priložte svoje listy a doklad o odoslaní.
next-complain-bc = Ak včas nedostanete úplnú odpoveď, môžete požiadať o preskúmanie úrad: { $authority } ({ $website }); na žiadosť o preskúmanie platí samostatná lehota 30 pracovných dní.
next-complain-ab = Ak včas nedostanete úplnú odpoveď, môžete do 30 dní od rozhodnutia Clearview písomne požiadať o preskúmanie úrad: { $authority } ({ $website }).
next-complain-qc = Ak Clearview do 30 dní neodpovie, považuje sa to za odmietnutie: potom môžete požiadať o preskúmanie sporu (demande d'examen de mésentente) úrad: { $authority }, { $address } ({ $website }).
next-complain-ch = Ak včas nedostanete úplnú odpoveď, môžete podať oznámenie úradu: { $authority } ({ $website }). Ten môže vec prešetriť, vy však nie ste účastníkom konania; svoje nároky na prístup a vymazanie uplatníte na civilných súdoch (Art. 32 FADP).
next-complain-cal = Ak včas nedostanete úplnú odpoveď, môžete podať sťažnosť úradu: { $authority } ({ $website }); ten dohliada na dodržiavanie CCPA, v mene jednotlivcov však nekoná.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Podľa zákona Illinois Biometric Information Privacy Act neprijíma sťažnosti jednotlivcov žiadny úrad: uschovajte si list a doklad o odoslaní, ktoré poslúžia ako dôkaz, ak budete vec ďalej riešiť sami alebo prostredníctvom advokáta.
note-subdivision = List neuvádza žiadny orgán pre sťažnosti: v Nemecku je to orgán spolkovej krajiny, v ktorej bývate. Ak ho chcete uviesť, použite --jurisdiction { $example } (alebo stĺpec `jurisdiction` s takými kódmi); kódy vypíše príkaz `facerights jurisdictions`.
draft-note = Upozornenie: text listu vo zvolenom jazyku ({ $language }) je koncept, ktorý zatiaľ neskontroloval žiadny rodený hovoriaci s právnickým vzdelaním. Pred odoslaním si ho prečítajte.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (listov v tomto jazyku: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = áno
answer-no = nie
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Zapísané: { $path }
note-replaced = Nahradené: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Riadky: { $rows }; zapísané: { $written }, preskočené (už existujú): { $skipped }, neúspešné: { $failed }; čas: { $seconds } s ({ $rate } riadkov/s); zoznam: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nezapísaný
batch-merged = Listy zlúčené do súboru { $path }: { $letters } (strán: { $pages })
batch-merge-not-written = Zlúčený súbor PDF { $path } sa nezapísal: beh sa nedokončil; na dokončenie spustite ten istý príkaz znova
batch-interrupted = Prerušené: dokončujú sa rozpracované listy a zapisuje sa zoznam (ďalším prerušením sa beh zastaví hneď, bez zoznamu)
batch-taken-back = V zozname nebolo miesto na zaznamenanie listov (listov: { $count }): znova sa odstránili a ďalší beh ich zapíše

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Čo chcete urobiť?
task-request = Napísať žiadosť spoločnosti Clearview (prístup alebo vymazanie)
task-reminder = Urgovať Clearview: neodpovedala (úplne) včas
task-complaint = Podať sťažnosť na Clearview úradu na ochranu osobných údajov
first-request-question = Ktorá žiadosť bola odoslaná?
# The date the request reached Clearview.
received-question = Kedy ju Clearview dostala? (RRRR-MM-DD: pri liste dátum doručenia, pri e-maile dátum odoslania)
outcome-question = Čo Clearview urobila?
outcome-no-reply = Nič: vôbec neodpovedala
outcome-incomplete = Odpovedala, ale nie na všetko, o čo sa žiadalo
outcome-refused = Odmietla
outcome-identity-demanded = Pred odpoveďou požadovala doklad totožnosti alebo novú fotografiu
reminded-question = Kedy bola odoslaná urgencia? (RRRR-MM-DD; Enter, ak odoslaná nebola)
# After a request letter.
note-deadline = Lehota: Clearview musí odpovedať do { $ends } ({ $provision }), počítané od doručenia dňa { $received }; ak na tento deň pripadne sviatok, lehota sa posúva na najbližší pracovný deň. Ak nepríde úplná odpoveď, urgenciu môžete napísať odo dňa { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Lehota predpokladá, že Clearview dostane list v deň, ktorým je datovaný; pri liste zaslanom poštou zadajte dátum doručenia pomocou --received RRRR-MM-DD.
calendar-question = Uložiť lehotu ako súbor kalendára (.ics) s pripomenutím?
calendar-path = Uložiť súbor kalendára ako
# $path: the .ics file written.
note-calendar = Zapísané { $path }: otvorte ho a lehota sa pridá do vášho kalendára.
# The calendar event.
calendar-summary = Lehota na odpoveď Clearview ({ $request })
calendar-description = Clearview AI, Inc. dostala vašu { $request } dňa { $received } a musí odpovedať do { $ends }. Ak neodpovie úplne, môžete odo dňa { $follow_up } napísať v programe facerights urgenciu („Urgovať Clearview“).
calendar-alarm = Lehota na odpoveď Clearview uplynie o 3 dni.
request-short-access = žiadosť o prístup
request-short-erasure = žiadosť o vymazanie
request-short-access-erasure = žiadosť o prístup a vymazanie
# E-mail drafts (--format eml).
note-eml-no-recipient = Koncept e-mailu nemá príjemcu: facerights nepozná žiadnu overenú e-mailovú adresu Clearview. Doplňte adresu, ktorú máte, alebo list pošlite poštou.
note-eml-no-sender = Koncept e-mailu nemá odosielateľa: doplníte ho pomocou --email, inak to urobí váš poštový program.
# A complaint: the authority's own form or portal.
note-complaint-form = { $authority } prijíma sťažnosti aj prostredníctvom formulára: { $url } – môžete doň vložiť text listu a pripojiť prílohy.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO očakáva, že sa najprv sťažujete priamo spoločnosti Clearview (oddiel 164A zákona Data Protection Act 2018): takou sťažnosťou je urgencia; jej dátum zadajte pomocou --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC očakáva, že sa najprv sťažujete priamo spoločnosti Clearview a dáte jej 30 dní na odpoveď: takou sťažnosťou je urgencia; jej dátum zadajte pomocou --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } prijíma sťažnosti len v jazykoch s kódmi { $languages }; táto sťažnosť je v inom jazyku. Napíšte ju s voľbou --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = čl. 12 ods. 3 GDPR
provision-eea-gdpr = čl. 12 ods. 3 GDPR
provision-uk-gdpr = čl. 12A UK GDPR
