### facerights — saskarne (vednis), latviešu valoda.

wizard-welcome = facerights uzraksta vēstuli, ar kuru jūs jautājat uzņēmumam Clearview AI, kādus datus tas glabā par jūsu seju, vai pieprasāt tos dzēst. Nekas neatstāj šo datoru. Jebkurā brīdī varat pārtraukt, nospiežot Ctrl-C; nekas netiek ierakstīts, kamēr neapstiprināsiet.
ui-language = Šo jautājumu valoda
country-search = Kur jūs dzīvojat? Ierakstiet daļu no valsts nosaukuma vai valsts kodu (Enter parāda sarakstu)
country-pick = Izvēlieties savu valsti
country-chosen = → { $country } ({ $code })
country-none = Meklētajam „{ $input }“ neatbilst neviena valsts. facerights aptver ES, Islandi, Lihtenšteinu, Norvēģiju, Apvienoto Karalisti, Šveici, Austrāliju, Kanādu, Ilinoisu un Kaliforniju.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Kurā Vācijas federālajā zemē dzīvojat? Sūdzību jūs iesniegtu tās datu aizsardzības iestādei.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Kurā Kanādas provincē vai teritorijā dzīvojat? Britu Kolumbijai, Albertai un Kvebekai ir savs privātā sektora privātuma likums.
region-other-CA = Cita province vai teritorija (federālais likums, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Saskaņā ar { $law } facerights šādu vēstuli nesagatavo: { $task }. Izvēlieties citu iespēju.
letter-language = Vēstules valoda
language-complete = pabeigts
language-draft = melnraksts, ko vēl nav pārbaudījis dzimtās valodas runātājs
request-kind = Kāda vēstule?
request-access = Piekļuve (15. pants): pajautāt, ko Clearview par jums glabā. Pierādījumi saglabājas.
request-erasure = Dzēšana (17. pants): pieprasīt, lai Clearview visu dzēš. Līdz ar to izzūd arī pierādījumi par to, kas uzņēmumam bija.
request-access-erasure = Piekļuve, pēc tam dzēšana: vispirms saņemt kopiju, tad visu dzēst. Ieteicams.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Piekļuve: pajautāt, ko Clearview par jums glabā. Pierādījumi saglabājas.
request-erasure-regime = Dzēšana: pieprasīt, lai Clearview visu dzēš. Līdz ar to izzūd arī pierādījumi par to, kas uzņēmumam bija.
request-access-erasure-regime = Piekļuve, pēc tam dzēšana: vispirms saņemt kopiju, tad visu dzēst. Ieteicams.
name = Jūsu vārds un uzvārds (kā parakstīsieties)
email = Jūsu e-pasta adrese atbildei (nav obligāti, Enter — izlaist)
address-line = Pasta adrese, { $number }. rinda (lai pabeigtu, nospiediet Enter tukšā rindā)
place = Parakstīšanas vieta (jūsu pilsēta vai ciems, nav obligāti)
photo-note = Clearview var meklēt savā datubāzē tikai pēc sejas fotoattēla, nevis pēc vārda. Ja pievienosiet fotoattēlu, vēstulē būs teikts, ka to drīkst izmantot tikai jūsu datu atrašanai, to nedrīkst pievienot datubāzei un pēc tam tas ir jādzēš. Tomēr tam ir sava cena: jūs dodat Clearview jaunu savas sejas attēlu.
photo-question = Vai pievienosiet savas sejas fotoattēlu?
# Shown after the person says yes to the photo.
photo-clean = Pirms drukājat vai nosūtāt fotoattēlu: noņemiet tā metadatus (atrašanās vietu, datumu, kameru), apgrieziet to tā, lai būtu redzama tikai jūsu seja un neviens cits, un izmantojiet fotoattēlu, kuru neiebilstat vienreiz parādīt Clearview.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Dzēšanas vēstulē jūs iebilstat pret apstrādi, „balstoties uz iemesliem saistībā ar jūsu konkrēto situāciju“ (VDAR 21. panta 1. punkts). Vēstulē jau ir norādīti iemesli, kas attiecas uz ikvienu (jūsu seja ir pastāvīgs identifikators). Dažos teikumos varat pievienot savus iemeslus, piemēram, kāpēc identificēšana pēc fotoattēla jūs apdraudētu. Tie tiks izdrukāti kā jūsu pašu vārdi.
objection-question = Jūsu pašu iemesli (nav obligāti, Enter — izlaist)
format = Faila formāts
format-text = Teksts (ielīmēšanai e-pastā vai drukāšanai)
format-pdf = PDF (drukāšanai, parakstīšanai un nosūtīšanai pa pastu)
output-path = Saglabāt vēstuli kā
overwrite = Fails { $path } jau pastāv. Vai to aizstāt?
summary-title = Kopsavilkums
summary-country = Valsts
summary-language = Vēstules valoda
summary-request = Vēstule
summary-file = Fails
preview-title = Vēstules sākums:
confirm-write = Vai izveidot vēstuli?
written = Vēstule saglabāta: { $path }.
cancelled = Nekas netika ierakstīts.
invalid-answer = { $problem }
next-steps-title = Ko darīt tālāk
next-sign = Izlasiet vēstuli, tad izdrukājiet un parakstiet to (virs sava izdrukātā vārda).
next-send = Nosūtiet to pa pastu uz šo adresi: { $recipient } (ja iespējams, ierakstītā vēstulē ar paziņojumu par izsniegšanu), vai ielīmējiet tekstu e-pastā, ja zināt Clearview e-pasta adresi.
next-copy = Saglabājiet vēstules kopiju un nosūtīšanas apliecinājumu.
next-deadline = Uzņēmumam Clearview jāatbild viena mēneša laikā pēc vēstules saņemšanas: ja nosūtāt to šodien, termiņš ir aptuveni: { $date } (12. panta 3. punkts). Mēnesis sākas, kad vēstule pienāk, tāpēc ņemiet vērā pasta piegādes laiku.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Ja nosūtāt vēstuli šodien, uzņēmumam Clearview būtu jāatbild aptuveni līdz šai dienai: { $date } ({ $provision }). Termiņš sākas, kad vēstule pienāk, tāpēc ņemiet vērā pasta piegādes laiku.
next-complain = Ja laikus nesaņemat pilnīgu atbildi, varat iesniegt sūdzību uzraudzības iestādei: { $authority }, { $address } ({ $website }). Pievienojiet savu vēstuli un nosūtīšanas apliecinājumu.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Ja laikus nesaņemat pilnīgu atbildi, varat iesniegt sūdzību tās Vācijas federālās zemes datu aizsardzības iestādei, kurā dzīvojat; tās uzskaita `facerights jurisdictions` (DE-BY, DE-NW, …). Pievienojiet savu vēstuli un nosūtīšanas apliecinājumu.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Ja laikus nesaņemat pilnīgu atbildi, vispirms iesniedziet sūdzību uzņēmumam Clearview (Data Protection Act 2018 164.A sadaļa), pēc tam – { $authority }, { $address } ({ $website }). Pievienojiet savas vēstules un nosūtīšanas apliecinājumu.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Ja laikus nesaņemat pilnīgu atbildi, vispirms iesniedziet sūdzību uzņēmumam Clearview (tam kalpo atgādinājuma vēstule), bet pēc 30 dienām – iestādei: { $authority } ({ $website }). Pievienojiet savas vēstules un nosūtīšanas apliecinājumu.
next-complain-ca = Ja 30 dienu laikā atbildes nav, tas tiek uzskatīts par atteikumu (PIPEDA s. 8(5)): pēc tam sešu mēnešu laikā varat iesniegt rakstisku sūdzību iestādei: { $authority }, { $address } ({ $website }). Pievienojiet savas vēstules un nosūtīšanas apliecinājumu.
next-complain-bc = Ja laikus nesaņemat pilnīgu atbildi, varat lūgt, lai lietu pārskata iestāde: { $authority } ({ $website }); pārskatīšanas pieprasījumam ir savs termiņš – 30 darbdienas.
next-complain-ab = Ja laikus nesaņemat pilnīgu atbildi, 30 dienu laikā pēc Clearview lēmuma varat rakstiski lūgt, lai lietu pārskata iestāde: { $authority } ({ $website }).
next-complain-qc = Ja 30 dienu laikā atbildes nav, tas tiek uzskatīts par atteikumu: pēc tam varat lūgt, lai domstarpības (demande d'examen de mésentente) izskata iestāde: { $authority }, { $address } ({ $website }).
next-complain-ch = Ja laikus nesaņemat pilnīgu atbildi, varat iesniegt ziņojumu iestādei: { $authority } ({ $website }). Tā var sākt izmeklēšanu, taču jūs neesat procesa puse; savas tiesības uz piekļuvi un dzēšanu varat aizstāvēt tiesā civilprocesa kārtībā (Art. 32 FADP).
next-complain-cal = Ja laikus nesaņemat pilnīgu atbildi, varat iesniegt sūdzību iestādei: { $authority } ({ $website }); tā uzrauga CCPA ievērošanu, taču nerīkojas atsevišķu personu vārdā.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Saskaņā ar Illinois Biometric Information Privacy Act neviena uzraudzības iestāde neizskata atsevišķu personu sūdzības: saglabājiet vēstuli un nosūtīšanas apliecinājumu – tie būs pierādījumi, ja lietu virzīsiet tālāk paši vai ar jurista palīdzību.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = Vēstulē nav norādīta iestāde, kurai iesniegt sūdzību: Vācijā tā ir tās federālās zemes iestāde, kurā dzīvojat. Lai to norādītu, izmantojiet --jurisdiction { $example } (vai kolonnu `jurisdiction` ar šādiem kodiem); kodus uzskaita `facerights jurisdictions`.
draft-note = Piezīme: vēstules teksts ({ $language }) ir melnraksts, ko vēl nav pārbaudījis neviens dzimtās valodas runātājs ar juridiskām zināšanām. Izlasiet to pirms nosūtīšanas.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (vēstules šajā valodā: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = jā
answer-no = nē
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Ierakstīts: { $path }
note-replaced = Aizstāts: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Rindas: { $rows }; ierakstītas: { $written }, izlaistas (jau ir): { $skipped }, neizdevās: { $failed }; ilgums: { $seconds } s ({ $rate } rindas/s); saraksts: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nav ierakstīts
batch-merged = Vēstules apvienotas failā { $path }: { $letters } (lappuses: { $pages })
batch-merge-not-written = Apvienotais PDF fails { $path } netika ierakstīts: izpilde netika pabeigta; palaidiet to pašu komandu vēlreiz, lai to pabeigtu
batch-interrupted = Pārtraukts: tiek pabeigtas iesāktās vēstules un ierakstīts saraksts (pārtrauciet vēlreiz, lai apturētu nekavējoties, bez saraksta)
batch-taken-back = Sarakstā nepietika vietas, lai ierakstītu vēstules (skaits: { $count }): tās atkal tika dzēstas, un nākamā izpilde tās ierakstīs

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Ko vēlaties darīt?
task-request = Uzrakstīt pieprasījumu uzņēmumam Clearview (piekļuve vai dzēšana)
task-reminder = Atgādināt uzņēmumam Clearview: tas nav laikus atbildējis (pilnībā)
task-complaint = Iesniegt sūdzību par Clearview datu aizsardzības uzraudzības iestādei
first-request-question = Kādu pieprasījumu nosūtījāt?
# The date the request reached Clearview.
received-question = Kad Clearview to saņēma? (GGGG-MM-DD: vēstulei – piegādes datums, e-pasta vēstulei – nosūtīšanas datums)
outcome-question = Ko Clearview darīja?
outcome-no-reply = Neko: vispār neatbildēja
outcome-incomplete = Atbildēja, bet ne uz visu, ko pieprasījāt
outcome-refused = Atteicās
outcome-identity-demanded = Pirms atbildes pieprasīja personu apliecinošu dokumentu vai jaunu fotoattēlu
reminded-question = Kad nosūtījāt atgādinājumu? (GGGG-MM-DD; Enter, ja nenosūtījāt)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature. Dates arrive in the nominative.
note-deadline = Termiņš: uzņēmumam Clearview jāatbild vēlākais termiņa pēdējā dienā – { $ends } ({ $provision }), skaitot no saņemšanas dienas – { $received }; ja šī diena ir svētku diena, termiņš pārceļas uz nākamo darbdienu. Ja pilnīgas atbildes nav, rakstiet atgādinājumu, sākot no šīs dienas: { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Termiņa aprēķinā pieņemts, ka Clearview saņem vēstuli tās datumā; ja sūtāt pa pastu, norādiet piegādes datumu: --received GGGG-MM-DD.
calendar-question = Saglabāt termiņu kalendāra failā (.ics) ar atgādinājumu?
calendar-path = Saglabāt kalendāra failu kā
# $path: the .ics file written.
note-calendar = Ierakstīts: { $path }. Atveriet to, lai pievienotu termiņu savam kalendāram.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Clearview atbildes termiņš ({ $request })
calendar-description = Clearview AI, Inc. saņēma jūsu pieprasījumu ({ $request }); saņemšanas datums: { $received }. Atbildes termiņa pēdējā diena: { $ends }. Ja pilnīgas atbildes nav, ar facerights uzrakstiet atgādinājumu, sākot no šīs dienas: { $follow_up } („Atgādināt uzņēmumam Clearview“).
calendar-alarm = Clearview atbildes termiņš beidzas pēc 3 dienām.
request-short-access = piekļuves pieprasījums
request-short-erasure = dzēšanas pieprasījums
request-short-access-erasure = piekļuves un dzēšanas pieprasījums
# E-mail drafts (--format eml).
note-eml-no-recipient = E-pasta melnrakstam nav adresāta: facerights nezina apstiprinātu Clearview e-pasta adresi. Ierakstiet sev zināmo adresi vai nosūtiet vēstuli pa pastu.
note-eml-no-sender = E-pasta melnrakstam nav sūtītāja: norādiet to ar --email, citādi to aizpildīs jūsu e-pasta programma.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = Sūdzības var iesniegt arī ar iestādes veidlapu ({ $authority }): { $url } — tajā varat ielīmēt vēstules tekstu un pievienot pielikumus.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO sagaida, ka vispirms iesniegsiet sūdzību uzņēmumam Clearview (Data Protection Act 2018 164.A sadaļa): atgādinājuma vēstule ir šāda sūdzība; norādiet tās datumu ar --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC sagaida, ka vispirms iesniegsiet sūdzību uzņēmumam Clearview un dosiet tam 30 dienas atbildei: atgādinājuma vēstule ir šāda sūdzība; norādiet tās datumu ar --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } pieņem sūdzības šādās valodās: { $languages }; šīs sūdzības valoda starp tām nav. Sagatavojiet sūdzību ar --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = VDAR 12. panta 3. punkts
provision-eea-gdpr = VDAR 12. panta 3. punkts
provision-uk-gdpr = UK GDPR 12.A pants
