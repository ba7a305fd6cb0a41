### facerights — интерфейс (съветник), български.

wizard-welcome = facerights написва писмо, с което питате Clearview AI какви данни пази за лицето Ви, или изисквате да ги изтрие. Нищо не напуска този компютър. Можете да спрете по всяко време с Ctrl-C; нищо не се записва, докато не потвърдите.
ui-language = Език на тези въпроси
country-search = Къде живеете? Въведете част от името на държавата или кода ѝ (Enter показва списъка)
country-pick = Изберете държавата си
country-chosen = → { $country } ({ $code })
country-none = Няма държава, която да отговаря на „{ $input }“. facerights обхваща ЕС, Исландия, Лихтенщайн, Норвегия, Обединеното кралство, Швейцария, Австралия, Канада, Илинойс и Калифорния.
region-pick-DE = В коя германска федерална провинция живеете? Жалба бихте подали до нейния орган за защита на данните.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = В коя канадска провинция или територия живеете? Британска Колумбия, Албърта и Квебек имат собствен закон за защита на личната информация в частния сектор.
region-other-CA = Друга провинция или територия (федерален закон, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Съгласно { $law } facerights не предлага такова писмо: { $task }. Изберете друга възможност.
letter-language = Език на писмото
language-complete = завършен
language-draft = чернова, още непрегледана от носител на езика
request-kind = Кое писмо?
request-access = Достъп (чл. 15): питате какво пази Clearview за Вас. Доказателствата се запазват.
request-erasure = Изтриване (чл. 17): искате от Clearview да изтрие всичко. Така изчезват и доказателствата за това какво е пазила компанията.
request-access-erasure = Достъп, след това изтриване: първо получавате копие, после всичко се изтрива. Препоръчително.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Достъп: питате какво пази Clearview за Вас. Доказателствата се запазват.
request-erasure-regime = Изтриване: искате от Clearview да изтрие всичко. Така изчезват и доказателствата за това какво е пазила компанията.
request-access-erasure-regime = Достъп, след това изтриване: първо получавате копие, после всичко се изтрива. Препоръчително.
name = Вашето пълно име (както ще се подпишете)
email = Вашият имейл адрес за отговора (по желание, Enter за пропускане)
address-line = Пощенски адрес, ред { $number } (Enter на празен ред за край)
place = Място на подписване (Вашето населено място, по желание)
photo-note = Clearview може да търси в базата си данни само по снимка на лице, не по име. Ако приложите снимка, в писмото се посочва, че тя може да се използва само за намиране на Вашите данни, не трябва да се добавя към базата данни и трябва да бъде изтрита след това. Все пак това е компромис: давате на Clearview нова снимка на лицето си.
photo-question = Ще приложите ли снимка на лицето си?
photo-clean = Преди да отпечатате или изпратите снимката: премахнете метаданните ѝ (място, дата, фотоапарат), изрежете я така, че на нея да се вижда само Вашето лице и никой друг, и използвайте снимка, която нямате нищо против Clearview да види веднъж.
objection-note = В писмото за изтриване възразявате срещу обработването „на основания, свързани с Вашата конкретна ситуация“ (чл. 21, пар. 1 от ОРЗД). Писмото вече посочва основанията, валидни за всеки (лицето е постоянен идентификатор). Можете да добавите свои в няколко изречения, напр. защо идентифицирането Ви по снимка би Ви изложило на риск. Те се цитират в писмото като Ваши собствени думи.
objection-question = Вашите собствени основания (по желание, Enter за пропускане)
format = Формат на файла
format-text = Текст (за поставяне в имейл или за печат)
format-pdf = PDF (за печат, подпис и изпращане по пощата)
output-path = Запазване на писмото като
overwrite = Файлът { $path } вече съществува. Да бъде ли заменен?
summary-title = Обобщение
summary-country = Държава
summary-language = Език на писмото
summary-request = Писмо
summary-file = Файл
preview-title = Писмото започва така:
confirm-write = Да се създаде ли писмото?
written = Писмото е записано: { $path }.
cancelled = Нищо не е записано.
invalid-answer = { $problem }
next-steps-title = Какво да направите сега
next-sign = Прочетете писмото, след това го разпечатайте и го подпишете (над отпечатаното Ви име).
next-send = Изпратете го по пощата на адрес: { $recipient } (ако е възможно, с препоръчана пратка с обратна разписка), или поставете текста в имейл, ако знаете имейл адрес на Clearview.
next-copy = Запазете копие от писмото и доказателството за изпращането му.
next-deadline = Clearview трябва да отговори в срок от един месец от получаването: ако изпратите писмото днес, срокът изтича около: { $date } (чл. 12, пар. 3). Срокът тече от получаването на писмото, затова отчетете и времето за доставка по пощата.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Ако изпратите писмото днес, Clearview би трябвало да отговори приблизително до { $date } ({ $provision }). Срокът тече от получаването на писмото, затова отчетете и времето за доставка по пощата.
next-complain = Ако не получите пълен отговор навреме, можете да подадете жалба до надзорния орган: { $authority }, { $address } ({ $website }). Приложете писмото си и доказателството за изпращането му.
next-complain-land-of-residence = Ако не получите пълен отговор навреме, можете да подадете жалба до органа за защита на данните на германската федерална провинция, в която живеете; командата `facerights jurisdictions` ги изброява (DE-BY, DE-NW, …). Приложете писмото си и доказателството за изпращането му.
next-complain-uk = Ако не получите пълен отговор навреме, подайте жалба първо до Clearview (раздел 164A от Data Protection Act 2018), а след това до надзорния орган: { $authority }, { $address } ({ $website }). Приложете писмата си и доказателството за изпращането им.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Ако не получите пълен отговор навреме, подайте жалба първо до Clearview (за това служи напомнянето), а след 30 дни – до органа: { $authority } ({ $website }). Приложете писмата си и доказателството за изпращането им.
next-complain-ca = Липсата на отговор в срок от 30 дни се смята за отказ (PIPEDA s. 8(5)): тогава в срок от шест месеца можете да подадете писмена жалба до органа: { $authority }, { $address } ({ $website }). Приложете писмата си и доказателството за изпращането им.
next-complain-bc = Ако не получите пълен отговор навреме, можете да поискате преразглеждане от органа: { $authority } ({ $website }); за искането за преразглеждане има отделен срок от 30 работни дни.
next-complain-ab = Ако не получите пълен отговор навреме, в срок от 30 дни от решението на Clearview можете писмено да поискате преразглеждане от органа: { $authority } ({ $website }).
next-complain-qc = Липсата на отговор в срок от 30 дни се смята за отказ: тогава можете да поискате разглеждане на спора (demande d'examen de mésentente) от органа: { $authority }, { $address } ({ $website }).
next-complain-ch = Ако не получите пълен отговор навреме, можете да подадете сигнал до органа: { $authority } ({ $website }). Той може да започне проверка, но Вие не сте страна в производството; правата си на достъп и изтриване защитавате пред гражданските съдилища (Art. 32 FADP).
next-complain-cal = Ако не получите пълен отговор навреме, можете да подадете жалба до органа: { $authority } ({ $website }); той следи за спазването на CCPA, но не действа от името на отделни лица.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Никой надзорен орган не приема жалби от отделни лица по Illinois Biometric Information Privacy Act: запазете писмото и доказателството за изпращането му – те ще послужат като доказателства, ако решите да продължите сами или чрез адвокат.
note-subdivision = писмото не посочва орган за жалби: в Германия това е органът на федералната провинция, в която живеете. За да го посочите, използвайте --jurisdiction { $example } (или колона `jurisdiction` с такива кодове); командата `facerights jurisdictions` изброява кодовете.
draft-note = Забележка: текстът на писмото ({ $language }) е чернова, която все още не е прегледана от носител на езика с юридически познания. Прочетете го, преди да го изпратите.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (писма на този език: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = да
answer-no = не

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = записан: { $path }
note-replaced = заменен: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = редове: { $rows } за { $seconds } s ({ $rate } реда/s); записани: { $written }, пропуснати (вече налични): { $skipped }, неуспешни: { $failed }; манифест: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = не е записан
batch-merged = обединени писма: { $letters } (страници: { $pages }) в { $path }
batch-merge-not-written = обединеният PDF { $path } не е записан: изпълнението не е завършило; пуснете същата команда отново, за да го завършите
batch-interrupted = прекъснато: писмата в процес на обработка се довършват и манифестът се записва (прекъснете отново, за да спрете веднага, без манифест)
batch-taken-back = в манифеста нямаше място за писма ({ $count }): те бяха изтрити отново и следващото изпълнение ще ги запише

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Какво искате да направите?
task-request = Да напишете искане до Clearview (достъп или изтриване)
task-reminder = Да изпратите напомняне до Clearview: не е отговорило (изцяло) в срок
task-complaint = Да подадете жалба срещу Clearview до органа за защита на данните
first-request-question = Кое искане е изпратено?
# The date the request reached Clearview.
received-question = Кога Clearview го е получило? (ГГГГ-ММ-ДД: за писмо – датата на доставяне, за имейл – датата на изпращане)
outcome-question = Какво е направило Clearview?
outcome-no-reply = Нищо: изобщо не е отговорило
outcome-incomplete = Отговорило е, но не на всичко, което е поискано
outcome-refused = Отказало е
outcome-identity-demanded = Поискало е документ за самоличност или нова снимка, преди да отговори
reminded-question = Кога е изпратено напомнянето? (ГГГГ-ММ-ДД; Enter, ако не е изпращано)
# After a request letter. Dates end with "г.": none ends a sentence.
note-deadline = срок: Clearview трябва да отговори до { $ends } ({ $provision }), считано от получаването на { $received }; ако този ден е официален празник, срокът се премества на следващия работен ден. Ако не получите пълен отговор, от { $follow_up } нататък можете да напишете напомняне.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = срокът е изчислен при допускането, че Clearview получава писмото в деня, с който е датирано; за писмо, изпратено по пощата, посочете датата на доставяне с --received ГГГГ-ММ-ДД.
calendar-question = Да се запише ли срокът като файл за календар (.ics) с напомняне?
calendar-path = Запиши файла за календар като
# $path: the .ics file written.
note-calendar = записан { $path }: отворете го, за да добавите срока в календара си.
# The calendar event.
calendar-summary = Срок за отговор от Clearview ({ $request })
calendar-description = Clearview AI, Inc. получи Вашето { $request } на { $received } и трябва да отговори до { $ends } включително. Ако не отговори изцяло, от { $follow_up } нататък можете да напишете напомняне с facerights („Да изпратите напомняне до Clearview“).
calendar-alarm = Срокът за отговор от Clearview изтича след 3 дни.
request-short-access = искане за достъп
request-short-erasure = искане за изтриване
request-short-access-erasure = искане за достъп и изтриване
# E-mail drafts (--format eml).
note-eml-no-recipient = черновата на имейла няма получател: facerights не знае потвърден имейл адрес на Clearview. Попълнете адреса, с който разполагате, или изпратете писмото по пощата.
note-eml-no-sender = черновата на имейла няма подател: посочете --email, иначе ще го попълни пощенската Ви програма.
# A complaint: the authority's own form or portal.
note-complaint-form = { $authority } приема жалби и чрез свой формуляр: { $url } – можете да поставите там текста на писмото и да приложите приложенията.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO очаква първо да подадете жалба до Clearview (раздел 164A от Data Protection Act 2018): напомнянето е такава жалба; посочете датата му с --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC очаква първо да подадете жалба до Clearview и да му дадете 30 дни за отговор: напомнянето е такава жалба; посочете датата му с --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } приема жалби само на езиците с кодове { $languages }; тази жалба е на друг език. Напишете я с --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = чл. 12, пар. 3 от ОРЗД
provision-eea-gdpr = чл. 12, пар. 3 от ОРЗД
provision-uk-gdpr = чл. 12A от UK GDPR
