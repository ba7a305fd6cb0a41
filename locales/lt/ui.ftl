### facerights — sąsaja (vediklis), lietuvių kalba.

wizard-welcome = facerights parašo laišką, kuriuo klausiate bendrovės Clearview AI, kokius duomenis apie jūsų veidą ji saugo, arba reikalaujate juos ištrinti. Niekas neišeina iš šio kompiuterio. Bet kada galite nutraukti paspaudę Ctrl-C; niekas neįrašoma, kol nepatvirtinsite.
ui-language = Šių klausimų kalba
country-search = Kur gyvenate? Įveskite šalies pavadinimo dalį arba šalies kodą (Enter parodo sąrašą)
country-pick = Pasirinkite savo šalį
country-chosen = → { $country } ({ $code })
country-none = Paieškos „{ $input }“ neatitinka jokia šalis. facerights apima ES, Islandiją, Lichtenšteiną, Norvegiją, Jungtinę Karalystę, Šveicariją, Australiją, Kanadą, Ilinojų ir Kaliforniją.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Kurioje Vokietijos žemėje (federalinėje žemėje) gyvenate? Skundą būtų galima pateikti tos žemės duomenų apsaugos institucijai.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Kurioje Kanados provincijoje ar teritorijoje gyvenate? Britų Kolumbija, Alberta ir Kvebekas turi savo privataus sektoriaus privatumo įstatymus.
region-other-CA = Kita provincija ar teritorija (federalinis įstatymas, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Pagal { $law } facerights tokio laiško neparengia: { $task }. Pasirinkite ką nors kita.
letter-language = Laiško kalba
language-complete = baigta
language-draft = juodraštis, dar neperžiūrėtas gimtakalbio
request-kind = Kokį laišką rašyti?
request-access = Susipažinti su duomenimis (15 str.): paklausti, ką Clearview apie jus saugo. Įrodymai išlieka.
request-erasure = Ištrinti duomenis (17 str.): pareikalauti, kad Clearview viską ištrintų. Kartu išnyksta ir įrodymai, ką bendrovė turėjo.
request-access-erasure = Pirma susipažinti, tada ištrinti: pirmiausia gauti kopiją, tada viską ištrinti. Rekomenduojama.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Susipažinti su duomenimis: paklausti, ką Clearview apie jus saugo. Įrodymai išlieka.
request-erasure-regime = Ištrinti duomenis: pareikalauti, kad Clearview viską ištrintų. Kartu išnyksta ir įrodymai, ką bendrovė turėjo.
request-access-erasure-regime = Pirma susipažinti, tada ištrinti: pirmiausia gauti kopiją, tada viską ištrinti. Rekomenduojama.
name = Jūsų vardas ir pavardė (kaip pasirašysite)
email = Jūsų el. pašto adresas atsakymui (neprivaloma, Enter – praleisti)
address-line = Pašto adresas, eilutė { $number } (norėdami baigti, tuščioje eilutėje paspauskite Enter)
place = Pasirašymo vieta (jūsų miestas ar gyvenvietė, neprivaloma)
photo-note = Clearview savo duomenų bazėje gali ieškoti tik pagal veido nuotrauką, ne pagal vardą. Jei pridėsite nuotrauką, laiške bus nurodyta, kad ją galima naudoti tik jūsų duomenims rasti, jos negalima įtraukti į duomenų bazę ir po to ją reikia ištrinti. Vis dėlto tai kompromisas: duodate Clearview naują savo veido nuotrauką.
photo-question = Ar pridėsite savo veido nuotrauką?
# Shown after the person says yes to the photo.
photo-clean = Prieš spausdindami ar siųsdami nuotrauką: pašalinkite jos metaduomenis (vietą, datą, fotoaparato duomenis), apkirpkite ją taip, kad joje matytųsi tik jūsų veidas ir niekas kitas, ir naudokite nuotrauką, kurią sutinkate vieną kartą parodyti Clearview.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Laiške dėl duomenų ištrynimo nesutinkate su duomenų tvarkymu „dėl su jūsų konkrečiu atveju susijusių priežasčių“ (BDAR 21 str. 1 d.). Laiške jau nurodytos priežastys, kurios taikomos visiems (jūsų veidas yra nuolatinis identifikatorius). Keliais sakiniais galite pridėti savų priežasčių, pvz., kodėl tapatybės nustatymas iš nuotraukos jums keltų pavojų. Jos bus išspausdintos kaip jūsų pačių žodžiai.
objection-question = Jūsų pačių priežastys (neprivaloma, Enter – praleisti)
format = Failo formatas
format-text = Tekstas (įklijuoti į el. laišką arba spausdinti)
format-pdf = PDF (spausdinti, pasirašyti ir išsiųsti paštu)
output-path = Išsaugoti laišką kaip
overwrite = Failas { $path } jau yra. Ar jį pakeisti?
summary-title = Santrauka
summary-country = Šalis
summary-language = Laiško kalba
summary-request = Laiškas
summary-file = Failas
preview-title = Laiško pradžia:
confirm-write = Ar sukurti laišką?
written = Laiškas išsaugotas: { $path }.
cancelled = Niekas neįrašyta.
invalid-answer = { $problem }
next-steps-title = Ką daryti toliau
next-sign = Perskaitykite laišką, tada jį atsispausdinkite ir pasirašykite (virš atspausdintų savo vardo ir pavardės).
next-send = Išsiųskite jį paštu šiuo adresu: { $recipient } (jei galite, registruotąja siunta su įteikimo patvirtinimu) arba įklijuokite tekstą į el. laišką, jei žinote Clearview el. pašto adresą.
next-copy = Pasilikite laiško kopiją ir išsiuntimo įrodymą.
next-deadline = Clearview turi atsakyti per vieną mėnesį nuo laiško gavimo: jei išsiųsite jį šiandien, terminas baigiasi maždaug: { $date } (12 str. 3 d.). Mėnuo skaičiuojamas nuo laiško gavimo, todėl atsižvelkite į pašto siuntimo laiką.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Jei išsiųsite laišką šiandien, Clearview turėtų atsakyti maždaug iki šios dienos: { $date } ({ $provision }). Terminas skaičiuojamas nuo laiško gavimo, todėl atsižvelkite į pašto siuntimo laiką.
next-complain = Jei laiku negausite išsamaus atsakymo, galite pateikti skundą priežiūros institucijai: { $authority }, { $address } ({ $website }). Pridėkite savo laišką ir išsiuntimo įrodymą.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Jei laiku negausite išsamaus atsakymo, galite pateikti skundą tos Vokietijos žemės, kurioje gyvenate, duomenų apsaugos institucijai; jų sąrašą pateikia komanda `facerights jurisdictions` (DE-BY, DE-NW, …). Pridėkite savo laišką ir išsiuntimo įrodymą.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Jei laiku negausite išsamaus atsakymo, pirmiausia pateikite skundą Clearview (Data Protection Act 2018 164A skirsnis), o tada – priežiūros institucijai: { $authority }, { $address } ({ $website }). Pridėkite savo laiškus ir išsiuntimo įrodymą.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Jei laiku negausite išsamaus atsakymo, pirmiausia pateikite skundą Clearview (tam skirtas priminimo laiškas), o po 30 dienų – institucijai: { $authority } ({ $website }). Pridėkite savo laiškus ir išsiuntimo įrodymą.
next-complain-ca = Jei per 30 dienų atsakymo nėra, laikoma, kad prašymo atsisakyta patenkinti (PIPEDA s. 8(5)): tada per šešis mėnesius galite pateikti rašytinį skundą institucijai: { $authority }, { $address } ({ $website }). Pridėkite savo laiškus ir išsiuntimo įrodymą.
next-complain-bc = Jei laiku negausite išsamaus atsakymo, galite prašyti, kad atvejį peržiūrėtų institucija: { $authority } ({ $website }); prašymui dėl peržiūros taikomas atskiras 30 darbo dienų terminas.
next-complain-ab = Jei laiku negausite išsamaus atsakymo, per 30 dienų nuo Clearview sprendimo galite raštu prašyti, kad atvejį peržiūrėtų institucija: { $authority } ({ $website }).
next-complain-qc = Jei per 30 dienų atsakymo nėra, tai laikoma atsisakymu: tada galite prašyti, kad nesutarimą (demande d'examen de mésentente) išnagrinėtų institucija: { $authority }, { $address } ({ $website }).
next-complain-ch = Jei laiku negausite išsamaus atsakymo, galite pateikti pranešimą institucijai: { $authority } ({ $website }). Ji gali pradėti tyrimą, tačiau jūs nesate proceso šalis; savo reikalavimus dėl susipažinimo su duomenimis ir jų ištrynimo galite ginti civiliniuose teismuose (Art. 32 FADP).
next-complain-cal = Jei laiku negausite išsamaus atsakymo, galite pateikti skundą institucijai: { $authority } ({ $website }); ji prižiūri, kaip laikomasi CCPA, tačiau neveikia atskirų asmenų vardu.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Pagal Illinois Biometric Information Privacy Act jokia priežiūros institucija nenagrinėja atskirų asmenų skundų: pasilikite laišką ir išsiuntimo įrodymą – jie bus įrodymai, jei nuspręsite bylą tęsti patys ar per advokatą.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = Laiške nenurodyta, kuriai institucijai teikti skundą: Vokietijoje tai tos žemės, kurioje gyvenate, institucija. Kad ji būtų nurodyta, naudokite --jurisdiction { $example } (arba stulpelį `jurisdiction` su tokiais kodais); kodų sąrašą pateikia `facerights jurisdictions`.
draft-note = Pastaba: laiško tekstas ({ $language }) yra juodraštis, kurio dar neperžiūrėjo teisę išmanantis gimtakalbis. Perskaitykite jį prieš siųsdami.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (laiškų šia kalba: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = taip
answer-no = ne
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Įrašyta: { $path }
note-replaced = Pakeista: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Eilučių: { $rows }; įrašyta: { $written }, praleista (jau yra): { $skipped }, nepavyko: { $failed }; trukmė: { $seconds } s ({ $rate } eil./s); sąrašas: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = neįrašytas
batch-merged = Laiškų sujungta į { $path }: { $letters } (puslapių: { $pages })
batch-merge-not-written = Sujungtas PDF failas { $path } neįrašytas: vykdymas nebaigtas; paleiskite tą pačią komandą dar kartą, kad jį užbaigtumėte
batch-interrupted = Nutraukta: baigiami rengti pradėti laiškai ir įrašomas sąrašas (nutraukite dar kartą, kad sustabdytumėte iš karto, be sąrašo)
batch-taken-back = Sąraše nepakako vietos laiškams įrašyti (laiškų: { $count }): jie vėl pašalinti, o kitas vykdymas juos įrašys

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Ką norite daryti?
task-request = Parašyti prašymą Clearview (susipažinti su duomenimis arba juos ištrinti)
task-reminder = Priminti Clearview: ji laiku neatsakė (išsamiai)
task-complaint = Pateikti skundą dėl Clearview duomenų apsaugos priežiūros institucijai
first-request-question = Kokį prašymą išsiuntėte?
# The date the request reached Clearview.
received-question = Kada Clearview jį gavo? (MMMM-MM-DD: laiško įteikimo data, el. laiško išsiuntimo data)
outcome-question = Ką padarė Clearview?
outcome-no-reply = Nieko: visai neatsakė
outcome-incomplete = Atsakė, bet pateikė ne viską, ko prašėte
outcome-refused = Atsisakė
outcome-identity-demanded = Prieš atsakydama paprašė asmens tapatybės dokumento arba naujos nuotraukos
reminded-question = Kada išsiuntėte priminimą? (MMMM-MM-DD; Enter, jei nesiuntėte)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = Terminas: Clearview turi atsakyti iki { $ends } ({ $provision }), skaičiuojant nuo gavimo dienos ({ $received }); jei ta diena yra šventinė, terminas perkeliamas į kitą darbo dieną. Negavę išsamaus atsakymo, nuo { $follow_up } rašykite priminimą.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Skaičiuojant terminą laikoma, kad Clearview gauna laišką jo datos dieną; jei siunčiate paštu, nurodykite įteikimo datą: --received MMMM-MM-DD.
calendar-question = Išsaugoti terminą kalendoriaus faile (.ics) su priminimu?
calendar-path = Išsaugoti kalendoriaus failą kaip
# $path: the .ics file written.
note-calendar = Įrašyta: { $path }. Atidarykite jį, kad terminas būtų įtrauktas į jūsų kalendorių.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Clearview atsakymo terminas ({ $request })
calendar-description = Clearview AI, Inc. gavo jūsų prašymą ({ $request }) { $received } ir turi atsakyti iki { $ends }. Jei ji neatsakė išsamiai, nuo { $follow_up } parašykite priminimą su facerights („Priminti Clearview“).
calendar-alarm = Clearview atsakymo terminas baigiasi po 3 dienų.
request-short-access = susipažinti su duomenimis
request-short-erasure = ištrinti duomenis
request-short-access-erasure = susipažinti su duomenimis ir juos ištrinti
# E-mail drafts (--format eml).
note-eml-no-recipient = El. laiško juodraštyje nėra gavėjo: facerights nežino patvirtinto Clearview el. pašto adreso. Įrašykite jums žinomą adresą arba siųskite laišką paštu.
note-eml-no-sender = El. laiško juodraštyje nėra siuntėjo: nurodykite jį parinktimi --email, kitaip jį įrašys jūsų el. pašto programa.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = Skundus galima pateikti ir per institucijos formą ({ $authority }): { $url } — ten galite įklijuoti laiško tekstą ir pridėti priedus.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO tikisi, kad pirmiausia pateiksite skundą Clearview (Data Protection Act 2018 164A skirsnis): priminimo laiškas yra toks skundas; nurodykite jo datą parinktimi --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC tikisi, kad pirmiausia pateiksite skundą Clearview ir duosite jai 30 dienų atsakyti: priminimo laiškas yra toks skundas; nurodykite jo datą parinktimi --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } skundus priima šiomis kalbomis: { $languages }; šio skundo kalbos tarp jų nėra. Parašykite skundą parinktimi --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = BDAR 12 straipsnio 3 dalis
provision-eea-gdpr = BDAR 12 straipsnio 3 dalis
provision-uk-gdpr = UK GDPR 12A straipsnis
