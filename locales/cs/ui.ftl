### facerights — rozhraní (průvodce), čeština.
### Vykání; no past-tense forms that would reveal the user's gender.

wizard-welcome = facerights napíše dopis, ve kterém se Clearview AI zeptáte, jaké údaje o vašem obličeji uchovává, nebo požádáte o jejich výmaz. Nic neopustí tento počítač. Klávesou Ctrl-C můžete kdykoli skončit; nic se nezapíše, dokud to nepotvrdíte.
ui-language = Jazyk těchto otázek
country-search = Kde bydlíte? Napište část názvu země nebo její kód (Enter zobrazí seznam)
country-pick = Vyberte svou zemi
country-chosen = → { $country } ({ $code })
country-none = Zadání „{ $input }“ neodpovídá žádná země. facerights pokrývá EU, Island, Lichtenštejnsko, Norsko, Spojené království, Švýcarsko, Austrálii, Kanadu, Illinois a Kalifornii.
region-pick-DE = Ve které německé spolkové zemi bydlíte? Stížnost byste podávali u jejího úřadu pro ochranu osobních údajů.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Ve které kanadské provincii nebo teritoriu bydlíte? Britská Kolumbie, Alberta a Québec mají vlastní zákon o ochraně osobních údajů v soukromém sektoru.
region-other-CA = Jiná provincie nebo teritorium (federální zákon, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Podle zákona { $law } facerights takový dopis nenabízí: { $task }. Vyberte jinou možnost.
letter-language = Jazyk dopisu
language-complete = kompletní
language-draft = koncept, zatím nezkontrolovaný rodilým mluvčím
request-kind = Jaký dopis?
request-access = Přístup (čl. 15): zeptat se, jaké údaje o vás Clearview uchovává. Důkazy zůstanou zachovány.
request-erasure = Výmaz (čl. 17): požadovat po Clearview vymazání všeho. Zničí se tím důkazy o uchovávaných údajích.
request-access-erasure = Přístup, pak výmaz: nejdříve kopie údajů, potom vymazání všeho. Doporučeno.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Přístup: zeptat se, jaké údaje o vás Clearview uchovává. Důkazy zůstanou zachovány.
request-erasure-regime = Výmaz: požadovat po Clearview vymazání všeho. Zničí se tím důkazy o uchovávaných údajích.
request-access-erasure-regime = Přístup, pak výmaz: nejdříve kopie údajů, potom vymazání všeho. Doporučeno.
name = Vaše celé jméno (tak, jak se podepíšete)
email = Vaše e-mailová adresa pro odpověď (nepovinné, Enter pro přeskočení)
address-line = Poštovní adresa, řádek { $number } (Enter na prázdném řádku zadávání ukončí)
place = Místo podpisu (vaše obec, nepovinné)
photo-note = Clearview může ve své databázi vyhledávat jen podle fotografie obličeje, ne podle jména. Pokud přiložíte fotografii, dopis uvádí, že smí být použita jen k nalezení vašich údajů, nesmí být přidána do databáze a poté musí být vymazána. Přesto je její odeslání kompromis: dáváte Clearview novou fotografii svého obličeje.
photo-question = Přiložíte fotografii svého obličeje?
photo-clean = Než fotografii vytisknete nebo odešlete: odstraňte z ní metadata (místo, datum, fotoaparát), ořízněte ji tak, aby na ní byl jen váš obličej a nikdo jiný, a použijte fotografii, u které vám nevadí, že ji Clearview jednou uvidí.
objection-note = V dopise o výmaz vznášíte námitku proti zpracování „z důvodů týkajících se vaší konkrétní situace“ (čl. 21 odst. 1 GDPR). Dopis už uvádí důvody, které platí pro každého (obličej je trvalý identifikátor). Můžete připojit několika větami vlastní důvody, např. proč by vás identifikace podle fotografie ohrozila. V dopise budou uvedeny jako vaše vlastní slova.
objection-question = Vaše vlastní důvody (nepovinné, Enter pro přeskočení)
format = Výstupní formát
format-text = Text (k vložení do e-mailu nebo k vytištění)
format-pdf = PDF (k vytištění, podpisu a odeslání poštou)
output-path = Uložit dopis jako
overwrite = { $path } už existuje. Nahradit?
summary-title = Shrnutí
summary-country = Země
summary-language = Jazyk dopisu
summary-request = Dopis
summary-file = Soubor
preview-title = Začátek dopisu:
confirm-write = Zapsat dopis?
written = Dopis byl uložen do souboru { $path }.
cancelled = Nic nebylo zapsáno.
invalid-answer = { $problem }
next-steps-title = Co dál
next-sign = Přečtěte si dopis, vytiskněte ho a podepište (nad vytištěným jménem).
next-send = Pošlete ho poštou na adresu: { $recipient } (pokud možno doporučeně s dodejkou), nebo vložte text do e-mailu, pokud máte e-mailovou adresu Clearview.
next-copy = Uschovejte si kopii dopisu a doklad o odeslání.
next-deadline = Clearview musí odpovědět do jednoho měsíce od doručení. Pokud dopis odešlete dnes, je to přibližně tento den: { $date } (čl. 12(3)). Lhůta začíná běžet doručením, počítejte proto s dobou přepravy.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Pokud dopis odešlete dnes, měla by Clearview odpovědět přibližně do tohoto dne: { $date } ({ $provision }). Lhůta začíná běžet doručením, počítejte proto s dobou přepravy.
next-complain = Pokud včas nedostanete úplnou odpověď, můžete podat stížnost u dozorového úřadu: { $authority }, { $address } ({ $website }). Přiložte svůj dopis a doklad o odeslání.
next-complain-land-of-residence = Pokud včas nedostanete úplnou odpověď, můžete podat stížnost u úřadu pro ochranu osobních údajů německé spolkové země, v níž bydlíte; vypíše je příkaz `facerights jurisdictions` (DE-BY, DE-NW, …). Přiložte svůj dopis a doklad o odeslání.
next-complain-uk = Pokud včas nedostanete úplnou odpověď, podejte stížnost nejprve u Clearview (oddíl 164A zákona Data Protection Act 2018), poté u dozorového úřadu: { $authority }, { $address } ({ $website }). Přiložte své dopisy a doklad o odeslání.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Pokud včas nedostanete úplnou odpověď, podejte stížnost nejprve u Clearview (k tomu slouží urgence) a po 30 dnech u úřadu: { $authority } ({ $website }). Přiložte své dopisy a doklad o odeslání.
next-complain-ca = Pokud Clearview do 30 dnů neodpoví, považuje se to za odmítnutí (PIPEDA s. 8(5)): pak můžete do šesti měsíců podat písemnou stížnost u úřadu: { $authority }, { $address } ({ $website }). Přiložte své dopisy a doklad o odeslání.
next-complain-bc = Pokud včas nedostanete úplnou odpověď, můžete požádat o přezkum úřad: { $authority } ({ $website }); pro žádost o přezkum platí samostatná lhůta 30 pracovních dnů.
next-complain-ab = Pokud včas nedostanete úplnou odpověď, můžete do 30 dnů od rozhodnutí Clearview písemně požádat o přezkum úřad: { $authority } ({ $website }).
next-complain-qc = Pokud Clearview do 30 dnů neodpoví, považuje se to za odmítnutí: pak můžete požádat o přezkoumání sporu (demande d'examen de mésentente) úřad: { $authority }, { $address } ({ $website }).
next-complain-ch = Pokud včas nedostanete úplnou odpověď, můžete podat oznámení úřadu: { $authority } ({ $website }). Ten může věc prošetřit, vy však nejste účastníkem řízení; své nároky na přístup a výmaz uplatníte u civilních soudů (Art. 32 FADP).
next-complain-cal = Pokud včas nedostanete úplnou odpověď, můžete podat stížnost u úřadu: { $authority } ({ $website }); ten dohlíží na dodržování CCPA, za jednotlivce však nejedná.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Podle zákona Illinois Biometric Information Privacy Act nepřijímá stížnosti jednotlivců žádný úřad: uschovejte si dopis a doklad o odeslání, které poslouží jako důkaz, pokud budete věc dále řešit sami nebo prostřednictvím advokáta.
note-subdivision = dopis neuvádí žádný úřad pro stížnosti: v Německu je to úřad spolkové země, v níž bydlíte. Chcete-li ho uvést, použijte --jurisdiction { $example } (nebo sloupec `jurisdiction` s takovými kódy); kódy vypíše příkaz `facerights jurisdictions`.
draft-note = Upozornění: text dopisu ve zvoleném jazyce ({ $language }) je koncept, který zatím nezkontroloval žádný rodilý mluvčí s právním vzděláním. Před odesláním si ho přečtěte.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (dopisů v tomto jazyce: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ano
answer-no = ne

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = zapsáno: { $path }
note-replaced = nahrazeno: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = řádky: { $rows } za { $seconds } s ({ $rate } řádků/s); zapsáno: { $written }, přeskočeno (již existuje): { $skipped }, chyby: { $failed }; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nezapsán
batch-merged = sloučeno dopisů: { $letters } (stran: { $pages }) do { $path }
batch-merge-not-written = sloučený PDF { $path } nebyl zapsán: běh nebyl dokončen; spusťte stejný příkaz znovu
batch-interrupted = přerušeno: dokončuji rozpracované dopisy a zapisuji manifest (dalším přerušením se program zastaví ihned, bez manifestu)
batch-taken-back = v manifestu nebylo místo pro dopisy ({ $count }): byly znovu odstraněny a další běh je zapíše

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Co chcete udělat?
task-request = Napsat žádost společnosti Clearview (přístup nebo výmaz)
task-reminder = Urgovat Clearview: neodpověděla (úplně) včas
task-complaint = Podat stížnost na Clearview u úřadu pro ochranu osobních údajů
first-request-question = Jaká žádost byla odeslána?
# The date the request reached Clearview.
received-question = Kdy ji Clearview obdržela? (RRRR-MM-DD: u dopisu datum doručení, u e-mailu datum odeslání)
outcome-question = Co Clearview udělala?
outcome-no-reply = Nic: vůbec neodpověděla
outcome-incomplete = Odpověděla, ale ne na vše, oč bylo žádáno
outcome-refused = Odmítla
outcome-identity-demanded = Před odpovědí požadovala doklad totožnosti nebo novou fotografii
reminded-question = Kdy byla odeslána urgence? (RRRR-MM-DD; Enter, pokud odeslána nebyla)
# After a request letter.
note-deadline = lhůta: Clearview musí odpovědět do { $ends } ({ $provision }), počítáno od doručení dne { $received }; připadne-li tento den na svátek, posouvá se lhůta na nejbližší pracovní den. Nepřijde-li úplná odpověď, můžete urgenci napsat ode dne { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = lhůta předpokládá, že Clearview dopis obdrží v den, kterým je datován; u dopisu zaslaného poštou zadejte datum doručení pomocí --received RRRR-MM-DD.
calendar-question = Uložit lhůtu jako soubor kalendáře (.ics) s připomenutím?
calendar-path = Uložit soubor kalendáře jako
# $path: the .ics file written.
note-calendar = zapsáno { $path }: otevřete jej a lhůta se přidá do vašeho kalendáře.
# The calendar event.
calendar-summary = Lhůta pro odpověď Clearview ({ $request })
calendar-description = Clearview AI, Inc. obdržela vaši { $request } dne { $received } a musí odpovědět do { $ends }. Pokud neodpoví úplně, můžete ode dne { $follow_up } napsat v programu facerights urgenci („Urgovat Clearview“).
calendar-alarm = Lhůta pro odpověď Clearview uplyne za 3 dny.
request-short-access = žádost o přístup
request-short-erasure = žádost o výmaz
request-short-access-erasure = žádost o přístup a výmaz
# E-mail drafts (--format eml).
note-eml-no-recipient = koncept e-mailu nemá příjemce: facerights nezná žádnou ověřenou e-mailovou adresu Clearview. Doplňte adresu, kterou máte, nebo dopis pošlete poštou.
note-eml-no-sender = koncept e-mailu nemá odesílatele: doplníte jej pomocí --email, jinak to udělá váš poštovní program.
# A complaint: the authority's own form or portal.
note-complaint-form = { $authority } přijímá stížnosti také prostřednictvím formuláře: { $url } – můžete do něj vložit text dopisu a připojit přílohy.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO očekává, že si nejprve stěžujete přímo u Clearview (oddíl 164A zákona Data Protection Act 2018): takovou stížností je urgence; její datum zadejte pomocí --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC očekává, že si nejprve stěžujete přímo u Clearview a dáte jí 30 dní na odpověď: takovou stížností je urgence; její datum zadejte pomocí --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } přijímá stížnosti jen v jazycích s kódy { $languages }; tato stížnost je v jiném jazyce. Napište ji s volbou --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = čl. 12 odst. 3 GDPR
provision-eea-gdpr = čl. 12 odst. 3 GDPR
provision-uk-gdpr = čl. 12A UK GDPR
