### facerights — interfejs (kreator), polski.
### Formal register without gendered forms where possible ("Proszę …", impersonal constructions).

wizard-welcome = facerights przygotowuje list do Clearview AI z pytaniem, jakie dane firma przechowuje o Pana/Pani twarzy, albo z żądaniem ich usunięcia. Nic nie opuszcza tego komputera. Ctrl-C w każdej chwili przerywa pracę; nic nie zostanie zapisane bez potwierdzenia.
ui-language = Język tych pytań
country-search = Kraj zamieszkania: proszę wpisać część nazwy kraju lub jego kod (Enter pokazuje listę)
country-pick = Proszę wybrać kraj
country-chosen = → { $country } ({ $code })
country-none = Żaden kraj nie pasuje do „{ $input }”. facerights obejmuje UE, Islandię, Liechtenstein, Norwegię, Zjednoczone Królestwo, Szwajcarię, Australię, Kanadę, Illinois i Kalifornię.
region-pick-DE = W którym kraju związkowym Niemiec znajduje się miejsce zamieszkania? Skargę wnosi się do organu ochrony danych tego kraju związkowego.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = W której prowincji lub na którym terytorium Kanady znajduje się miejsce zamieszkania? Kolumbia Brytyjska, Alberta i Quebec mają własne ustawy o ochronie prywatności w sektorze prywatnym.
region-other-CA = Inna prowincja lub inne terytorium (prawo federalne, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = facerights nie przygotowuje takiego listu na podstawie ustawy { $law }: { $task }. Proszę wybrać inną możliwość.
letter-language = Język listu
language-complete = kompletny
language-draft = wersja robocza, jeszcze niesprawdzona przez rodzimego użytkownika języka
request-kind = Który list?
request-access = Dostęp (art. 15): pytanie, jakie dane Clearview przechowuje na Pana/Pani temat. Dowody zostają zachowane.
request-erasure = Usunięcie (art. 17): żądanie usunięcia przez Clearview wszystkich danych. Dowody tego, co firma przechowywała, zostaną zniszczone.
request-access-erasure = Dostęp, a potem usunięcie: najpierw kopia danych, potem usunięcie wszystkiego. Zalecane.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Dostęp: pytanie, jakie dane Clearview przechowuje na Pana/Pani temat. Dowody zostają zachowane.
request-erasure-regime = Usunięcie: żądanie usunięcia przez Clearview wszystkich danych. Dowody tego, co firma przechowywała, zostaną zniszczone.
request-access-erasure-regime = Dostęp, a potem usunięcie: najpierw kopia danych, potem usunięcie wszystkiego. Zalecane.
name = Imię i nazwisko (tak jak w podpisie)
email = Adres e-mail do odpowiedzi (opcjonalnie, Enter, aby pominąć)
address-line = Adres pocztowy, wiersz { $number } (Enter w pustym wierszu kończy wpisywanie)
place = Miejsce podpisania (miejscowość, opcjonalnie)
photo-note = Clearview może przeszukiwać swoją bazę danych tylko na podstawie zdjęcia twarzy, a nie nazwiska. Jeśli zdjęcie zostanie dołączone, list zastrzega, że wolno go użyć wyłącznie do odnalezienia danych nadawcy, nie wolno dodać go do bazy danych i trzeba je potem usunąć. Mimo to wysłanie zdjęcia ma swoją cenę: Clearview otrzymuje nowe zdjęcie twarzy.
photo-question = Czy dołączyć zdjęcie twarzy?
photo-clean = Przed wydrukowaniem lub wysłaniem zdjęcia proszę usunąć jego metadane (lokalizację, datę, aparat), przyciąć je tak, aby widać było wyłącznie twarz nadawcy i nikogo innego, oraz wybrać zdjęcie, którego jednorazowe obejrzenie przez Clearview nie stanowi problemu.
objection-note = W liście z żądaniem usunięcia danych wnosi się sprzeciw wobec przetwarzania „z przyczyn związanych ze szczególną sytuacją” (art. 21 ust. 1 RODO). List podaje już przyczyny dotyczące każdego (twarz jest trwałym identyfikatorem). Można dodać w kilku zdaniach własne, np. dlaczego identyfikacja na podstawie zdjęcia stanowiłaby zagrożenie. Zostaną one przytoczone w liście jako słowa nadawcy.
objection-question = Własne przyczyny (opcjonalnie, Enter, aby pominąć)
format = Format pliku
format-text = Tekst (do wklejenia do e-maila lub wydrukowania)
format-pdf = PDF (do wydrukowania, podpisania i wysłania pocztą)
output-path = Zapisz list jako
overwrite = { $path } już istnieje. Zastąpić?
summary-title = Podsumowanie
summary-country = Kraj
summary-language = Język listu
summary-request = List
summary-file = Plik
preview-title = Początek listu:
confirm-write = Zapisać list?
written = List zapisano w pliku { $path }.
cancelled = Nic nie zostało zapisane.
invalid-answer = { $problem }
next-steps-title = Co dalej
next-sign = Proszę przeczytać list, wydrukować go i podpisać (nad wydrukowanym imieniem i nazwiskiem).
next-send = Proszę wysłać go pocztą na adres: { $recipient } (w miarę możliwości listem poleconym za potwierdzeniem odbioru) albo wkleić tekst do e-maila, jeśli znany jest adres e-mail Clearview.
next-copy = Proszę zachować kopię listu i dowód nadania.
next-deadline = Clearview musi odpowiedzieć w ciągu miesiąca od otrzymania listu. Przy wysyłce dzisiaj termin upływa mniej więcej w tym dniu: { $date } (art. 12(3)). Termin liczy się od doręczenia listu, więc trzeba doliczyć czas przesyłki pocztowej.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Przy wysyłce dzisiaj Clearview powinno odpowiedzieć mniej więcej do tego dnia: { $date } ({ $provision }). Termin liczy się od doręczenia listu, więc trzeba doliczyć czas przesyłki pocztowej.
next-complain = Jeśli w terminie nie nadejdzie pełna odpowiedź, można złożyć skargę do organu nadzorczego: { $authority }, { $address } ({ $website }). Do skargi należy dołączyć list i dowód nadania.
next-complain-land-of-residence = Jeśli w terminie nie nadejdzie pełna odpowiedź, można złożyć skargę do organu ochrony danych kraju związkowego Niemiec, w którym znajduje się miejsce zamieszkania; polecenie `facerights jurisdictions` wyświetla ich listę (DE-BY, DE-NW, …). Do skargi należy dołączyć list i dowód nadania.
next-complain-uk = Jeśli w terminie nie nadejdzie pełna odpowiedź, należy najpierw złożyć skargę do Clearview (sekcja 164A ustawy Data Protection Act 2018), a następnie do organu nadzorczego: { $authority }, { $address } ({ $website }). Do skargi należy dołączyć listy i dowody nadania.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Jeśli w terminie nie nadejdzie pełna odpowiedź, należy najpierw złożyć skargę do Clearview (służy do tego ponaglenie), a po 30 dniach – do organu: { $authority } ({ $website }). Do skargi należy dołączyć listy i dowody nadania.
next-complain-ca = Brak odpowiedzi w ciągu 30 dni oznacza odmowę (PIPEDA s. 8(5)): można wtedy w ciągu sześciu miesięcy złożyć pisemną skargę do organu: { $authority }, { $address } ({ $website }). Do skargi należy dołączyć listy i dowody nadania.
next-complain-bc = Jeśli w terminie nie nadejdzie pełna odpowiedź, można złożyć wniosek o rozpatrzenie sprawy do organu: { $authority } ({ $website }); na złożenie takiego wniosku obowiązuje osobny termin 30 dni roboczych.
next-complain-ab = Jeśli w terminie nie nadejdzie pełna odpowiedź, można w ciągu 30 dni od decyzji Clearview złożyć pisemny wniosek o rozpatrzenie sprawy do organu: { $authority } ({ $website }).
next-complain-qc = Brak odpowiedzi w ciągu 30 dni uznaje się za odmowę: można wtedy złożyć wniosek o rozpatrzenie sporu (demande d'examen de mésentente) do organu: { $authority }, { $address } ({ $website }).
next-complain-ch = Jeśli w terminie nie nadejdzie pełna odpowiedź, można złożyć zgłoszenie do organu: { $authority } ({ $website }). Organ może wszcząć postępowanie, ale zgłaszający nie jest jego stroną; roszczeń o dostęp do danych i ich usunięcie dochodzi się przed sądami cywilnymi (Art. 32 FADP).
next-complain-cal = Jeśli w terminie nie nadejdzie pełna odpowiedź, można złożyć skargę do organu: { $authority } ({ $website }); organ ten czuwa nad przestrzeganiem CCPA, ale nie działa w imieniu poszczególnych osób.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Na podstawie ustawy Illinois Biometric Information Privacy Act żaden organ nie przyjmuje skarg od osób indywidualnych. Proszę zachować list i dowód nadania: będą dowodami, jeśli sprawa będzie dalej prowadzona samodzielnie lub przez prawnika.
note-subdivision = List nie wskazuje organu, do którego można złożyć skargę: w Niemczech jest to organ kraju związkowego, w którym znajduje się miejsce zamieszkania. Aby go wskazać, proszę użyć --jurisdiction { $example } (lub kolumny `jurisdiction` z takimi kodami); polecenie `facerights jurisdictions` wyświetla listę kodów.
draft-note = Uwaga: tekst listu w wybranym języku ({ $language }) jest wersją roboczą, której nie sprawdził jeszcze żaden rodzimy użytkownik języka z wiedzą prawniczą. Proszę go przeczytać przed wysłaniem.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (listów w tym języku: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = tak
answer-no = nie
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Zapisano: { $path }
note-replaced = Zastąpiono: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Wiersze: { $rows }; zapisane: { $written }, pominięte (już istniały): { $skipped }, nieudane: { $failed }; czas: { $seconds } s ({ $rate } wierszy/s); wykaz: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = niezapisany
batch-merged = Listy połączone w pliku { $path }: { $letters } (stron: { $pages })
batch-merge-not-written = Połączony plik PDF { $path } nie został zapisany: przebieg nie został ukończony; aby go dokończyć, proszę ponownie uruchomić to samo polecenie
batch-interrupted = Przerwano: trwa kończenie rozpoczętych listów i zapisywanie wykazu (ponowne przerwanie zatrzyma pracę natychmiast, bez wykazu)
batch-taken-back = W wykazie zabrakło miejsca na część listów (listów: { $count }): zostały ponownie usunięte, a następny przebieg je zapisze

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Co chcą Państwo zrobić?
task-request = Napisać żądanie do Clearview (dostęp lub usunięcie danych)
task-reminder = Ponaglić Clearview: firma nie odpowiedziała (w pełni) w terminie
task-complaint = Złożyć skargę na Clearview do organu ochrony danych
first-request-question = Które żądanie zostało wysłane?
# The date the request reached Clearview.
received-question = Kiedy Clearview otrzymało żądanie? (RRRR-MM-DD: przy liście – data doręczenia, przy e-mailu – data wysłania)
outcome-question = Co zrobiło Clearview?
outcome-no-reply = Nic: brak jakiejkolwiek odpowiedzi
outcome-incomplete = Odpowiedziało, ale nie na wszystko, o co chodziło w żądaniu
outcome-refused = Odmówiło
outcome-identity-demanded = Przed udzieleniem odpowiedzi zażądało dokumentu tożsamości lub nowego zdjęcia
reminded-question = Kiedy zostało wysłane ponaglenie? (RRRR-MM-DD; Enter, jeśli nie zostało wysłane)
# After a request letter.
note-deadline = Termin: Clearview musi odpowiedzieć do { $ends } ({ $provision }), licząc od otrzymania listu w dniu { $received }; jeżeli ten dzień jest dniem ustawowo wolnym od pracy, termin przesuwa się na następny dzień roboczy. W braku pełnej odpowiedzi ponaglenie można napisać od { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Termin zakłada, że Clearview otrzyma list w dniu, którym jest datowany; przy wysyłce pocztą proszę podać datę doręczenia: --received RRRR-MM-DD.
calendar-question = Zapisać termin w pliku kalendarza (.ics) z przypomnieniem?
calendar-path = Zapisz plik kalendarza jako
# $path: the .ics file written.
note-calendar = Zapisano { $path }: proszę otworzyć ten plik, aby dodać termin do kalendarza.
# The calendar event.
calendar-summary = Termin odpowiedzi Clearview ({ $request })
calendar-description = Clearview AI, Inc. otrzymało Państwa { $request } w dniu { $received } i musi odpowiedzieć do { $ends }. Jeżeli nie odpowie w pełni, od { $follow_up } można napisać ponaglenie w facerights („Ponaglić Clearview”).
calendar-alarm = Termin odpowiedzi Clearview upływa za 3 dni.
request-short-access = żądanie dostępu
request-short-erasure = żądanie usunięcia danych
request-short-access-erasure = żądanie dostępu i usunięcia danych
# E-mail drafts (--format eml).
note-eml-no-recipient = Wersja robocza e-maila nie ma odbiorcy: facerights nie zna potwierdzonego adresu e-mail Clearview. Proszę wpisać znany sobie adres albo wysłać list pocztą.
note-eml-no-sender = Wersja robocza e-maila nie ma nadawcy: proszę podać --email albo uzupełni go program pocztowy.
# A complaint: the authority's own form or portal.
note-complaint-form = { $authority } przyjmuje skargi również za pośrednictwem formularza: { $url } – można tam wkleić tekst listu i dołączyć załączniki.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO oczekuje, że skarga zostanie najpierw skierowana do Clearview (sekcja 164A ustawy Data Protection Act 2018): takim pismem jest ponaglenie; jego datę proszę podać w --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC oczekuje, że skarga zostanie najpierw skierowana do Clearview i że firma otrzyma 30 dni na odpowiedź: takim pismem jest ponaglenie; jego datę proszę podać w --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } przyjmuje skargi wyłącznie w językach o kodach: { $languages }, a ta skarga jest napisana w innym języku. Proszę ją napisać z opcją --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = art. 12 ust. 3 RODO
provision-eea-gdpr = art. 12 ust. 3 RODO
provision-uk-gdpr = art. 12A UK GDPR
