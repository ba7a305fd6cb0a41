### facerights — letter text, Polish (pl).
###
### Translated from locales/en/letter.ftl. Legal terms follow the Polish language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „osoba, której dane dotyczą”,
### „administrator”, „podmiot przetwarzający”, „odbiorca”, „organ nadzorczy”, „bez zbędnej zwłoki”,
### „ograniczenie przetwarzania”, „ważne prawnie uzasadnione podstawy” (art. 21 ust. 1),
### „w sposób oczywisty upublicznione” (art. 9 ust. 2 lit. e), „odpowiednie zabezpieczenia”…
### Provisions are cited in the Polish notation (see "Citations" below): „art. 15 ust. 1 lit. h RODO”.
###
### Register: formal letter from a private person (first person singular, „Państwo” with verbs in the
### third person plural). The author's gender is unknown: no past-tense verb or adjective in the first
### person (write „nie została przeze mnie wyrażona”, „występuję”, „moja osoba”, never „wyraziłem”).
### Dates ($date) end with „r.” (date-pattern at the end of this file); facerights does not double the
### full stop after it.
###
### Variables available in every message:
###   $gdpr        short name of the law ("RODO", or "UK GDPR" for United Kingdom letters);
###                both are indeclinable: „art. 15 RODO”, „podlega RODO”.
###   $controller  "Clearview AI, Inc." (introduced as „spółka { $controller }”, feminine agreement)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = RODO
law-short-uk = UK GDPR
# law-full-* are only used as $law_full in intro-*, always in the genitive („art. 15 { $law_full }”,
# „na podstawie { $law_full }”).
law-full-eu = rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, „RODO”)
law-full-eea = rozporządzenia (UE) 2016/679 (ogólnego rozporządzenia o ochronie danych, „RODO”) w brzmieniu włączonym do Porozumienia o Europejskim Obszarze Gospodarczym
law-full-uk = rozporządzenia United Kingdom General Data Protection Regulation (ogólne rozporządzenie o ochronie danych Zjednoczonego Królestwa, „UK GDPR”) w związku z ustawą Data Protection Act 2018 (ustawa o ochronie danych z 2018 roku)

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# Polish notation of EU regulations, as UODO and Polish courts write it: „art. 15 ust. 1 lit. h RODO”,
# „art. 15 ust. 1 i 2”, „art. 5 ust. 1 lit. b, c i e”, „art. 6 ust. 1 lit. e lub f”, „art. 4 pkt 14”.
# The point letter is written without the closing bracket of the Polish text of the Regulation
# („lit. e)”), as in national usage. The abbreviations do not show case, so one form fits every
# sentence. `.cap`: at the start of a sentence („Art. 17 ust. 1 lit. d RODO: …”).
# Lists (the articles a decision found infringed) repeat „art.” before each article, so that
# „art. 12 ust. 1, 2 i 3, art. 14 ust. 1 i 2 i art. 15” cannot be misread: ref-item-* keep the head.

ref-a = art. { $art }
    .cap = Art. { $art }
ref-ap = art. { $art } ust. { $par }
    .cap = Art. { $art } ust. { $par }
ref-app = art. { $art } ust. { $par } lit. { $pt }
    .cap = Art. { $art } ust. { $par } lit. { $pt }
ref-an = art. { $art } pkt { $num }
    .cap = Art. { $art } pkt { $num }
ref-par = { $par }
ref-point = { $letter }
ref-item-a = art. { $art }
ref-item-ap = art. { $art } ust. { $par }
ref-item-app = art. { $art } ust. { $par } lit. { $pt }
ref-item-an = art. { $art } pkt { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: how this language says "in <country>" for the persons a decision protects.
# The locative with „w”/„we” („we Włoszech”, „we Francji”: „we” before „Wł-”, „Fr-”). The
# Netherlands are „Niderlandy” in official Polish (Królestwo Niderlandów), as in the Polish text of
# EU acts. Default: the country's name in the nominative after „państwa” (apposition, as in
# „na terytorium państwa Izrael”), because CLDR gives no locative.
country-in = { $code ->
    [IT] we Włoszech
    [GR] w Grecji
    [FR] we Francji
    [NL] w Niderlandach
    [AT] w Austrii
    [DE] w Niemczech
    [GB] w Zjednoczonym Królestwie
    [PL] w Polsce
    [CZ] w Czechach
    [SK] na Słowacji
    [ES] w Hiszpanii
    [SE] w Szwecji
   *[other] na terytorium państwa { $name }
}

## Letter frame

subject-access = Żądanie dostępu do moich danych osobowych na podstawie { REF(15) } { $gdpr }
subject-erasure = Żądanie usunięcia moich danych osobowych na podstawie { REF(17) } { $gdpr } oraz sprzeciw na podstawie { REF(21, par: 1) } { $gdpr }
subject-access-erasure = Żądanie dostępu do danych na podstawie { REF(15) } { $gdpr }, ograniczenia przetwarzania na podstawie { REF(18) } { $gdpr } oraz późniejszego usunięcia danych na podstawie { REF(17) } { $gdpr }
salutation = Szanowni Państwo,
# No comma after the closing in Polish.
closing = Z poważaniem
# $reference: the sender's own case or reference number.
our-reference = Mój znak: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("21 listopada 2026").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count: how many enclosures follow (one: „Załącznik:”; more: „Załączniki:”).
enclosures-label = { $count ->
    [one] Załącznik:
   *[other] Załączniki:
}
enclosure-photo = Zdjęcie mojej twarzy, przekazane wyłącznie w celu mojej identyfikacji na potrzeby niniejszego żądania
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Strona { $page } z { $pages }

## Opening
# The opening paragraph follows „Szanowni Państwo,” and starts with a capital letter.

# $law_full: one of law-full-* (genitive, see above).
intro-access = Niniejszym korzystam z przysługującego mi prawa dostępu do danych na podstawie { REF(15) } { $law_full }. Proszę o potwierdzenie, czy spółka { $controller } przetwarza dotyczące mnie dane osobowe, a jeżeli tak – o zapewnienie mi dostępu do tych danych osobowych oraz do informacji wymienionych poniżej. Nie mam obowiązku uzasadniania niniejszego żądania.
intro-erasure = Niniejszym korzystam z przysługującego mi prawa do usunięcia danych na podstawie { REF(17) } { $law_full }. Wnoszę o usunięcie bez zbędnej zwłoki wszystkich dotyczących mnie danych osobowych. Jednocześnie na podstawie { REF(21, par: 1) } { $gdpr } wnoszę sprzeciw wobec wszelkiego przetwarzania dotyczących mnie danych osobowych.
intro-access-erasure = Niniejszym korzystam z praw przysługujących mi na podstawie { $law_full }: najpierw z prawa dostępu do danych ({ REF(15) } { $gdpr }), a następnie z prawa do usunięcia danych ({ REF(17) } { $gdpr }). Najpierw wnoszę o dostęp, aby dowiedzieć się, jakie dane na mój temat Państwo przechowują, zanim zostaną one usunięte. Na podstawie { REF(21, par: 1) } { $gdpr } wnoszę sprzeciw wobec wszelkiego przetwarzania dotyczących mnie danych osobowych, a do czasu usunięcia danych wnoszę o ograniczenie przetwarzania ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

applicability-eu = Spółka { $controller } podlega { $gdpr }: zbiera ona zdjęcia osób przebywających w Unii Europejskiej i przetwarza je w celu monitorowania ich zachowania ({ REF(3, par: 2, pt: "b") } { $gdpr }). Organy nadzorcze Włoch, Grecji, Francji, Austrii i Niderlandów zastosowały wobec niej { $gdpr } i uznały prowadzone przez nią przetwarzanie za niezgodne z prawem. Zgodnie z decyzją niderlandzkiego organu nadzorczego z dnia { $representative_date } spółka nie wyznaczyła przedstawiciela w Unii ({ REF(27) } { $gdpr }). Dlatego kieruję niniejsze żądanie bezpośrednio do Państwa.
applicability-eea = Spółka { $controller } podlega { $gdpr }: zbiera ona zdjęcia osób przebywających w Europejskim Obszarze Gospodarczym i przetwarza je w celu monitorowania ich zachowania ({ REF(3, par: 2, pt: "b") } { $gdpr }). Organy nadzorcze Włoch, Grecji, Francji, Austrii i Niderlandów zastosowały wobec niej { $gdpr } i uznały prowadzone przez nią przetwarzanie za niezgodne z prawem. Zgodnie z decyzją niderlandzkiego organu nadzorczego z dnia { $representative_date } spółka nie wyznaczyła przedstawiciela w Unii ({ REF(27) } { $gdpr }). Dlatego kieruję niniejsze żądanie bezpośrednio do Państwa.
applicability-uk = Spółka { $controller } podlega { $gdpr }. W 2025 roku Upper Tribunal orzekł, że prowadzone przez nią przetwarzanie jest związane z monitorowaniem zachowania osób przebywających w Zjednoczonym Królestwie ({ REF(3, par: 2, pt: "b") } { $gdpr }). Kieruję niniejsze żądanie bezpośrednio do Państwa.

## Access (Article 15)
# The access-copy-* and access-info-* items are nominative noun phrases after a colon, as in the
# enumeration of art. 15 ust. 1 in the Polish text of the Regulation.

access-heading = Dostęp do moich danych osobowych ({ REF(15) } { $gdpr })
access-copy = Proszę o przekazanie kopii wszystkich dotyczących mnie danych osobowych, które Państwo przetwarzają ({ REF(15, par: 3) } { $gdpr }), w szczególności:
access-copy-images = każde zdjęcie, na którym występuję lub które Państwo wiążą z moją osobą, w rozdzielczości, w jakiej Państwo je przechowują;
access-copy-sources = w odniesieniu do każdego zdjęcia: adres (URL) strony internetowej oraz pliku graficznego, z których zdjęcie zostało zebrane, tytuł strony, a także daty zebrania zdjęcia i jego ostatniej aktualizacji;
access-copy-metadata = wszystkie metadane przechowywane w odniesieniu do każdego zdjęcia, w tym dane geolokalizacyjne i daty;
access-copy-biometrics = szablony biometryczne, wektory lub wartości skrótu (hash) wygenerowane na podstawie mojej twarzy, a także wszelkie inne wywiedzione lub wywnioskowane przez Państwa dane na mój temat;
access-copy-searches = zapisy każdego wyszukiwania, w którego wynikach pojawiła się moja osoba, wraz z datą każdego wyszukiwania;
access-copy-probe = zapisy każdego wyszukiwania, w którym klient przesłał zdjęcie mojej twarzy w celu przeszukania Państwa bazy danych, wraz z tym zdjęciem, datą wyszukiwania i wskazaniem klienta, który je przeprowadził;
access-copy-recipients = tożsamość każdego klienta lub innego odbiorcy, któremu ujawniono dotyczące mnie wyniki.
access-info = Proszę również o przekazanie następujących informacji ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = cele każdej operacji przetwarzania ({ REF(15, par: 1, pt: "a") }) oraz, w odniesieniu do każdego celu, podstawa prawna, na którą Państwo się powołują i o której i tak mieli Państwo obowiązek mnie poinformować ({ REF(14, par: 1, pt: "c") });
access-info-categories = kategorie odnośnych danych osobowych ({ REF(15, par: 1, pt: "b") });
access-info-recipients = odbiorcy, którym dane osobowe zostały lub zostaną ujawnione, wymienieni z nazwy, w szczególności odbiorcy w państwach trzecich lub organizacje międzynarodowe; podanie kategorii odbiorców nie wystarcza, jeżeli są Państwo w stanie zidentyfikować samych odbiorców ({ REF(15, par: 1, pt: "c") }; wyrok Trybunału Sprawiedliwości z dnia 12 stycznia 2023 r., C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice.
access-info-recipients-uk = odbiorcy, którym dane osobowe zostały lub zostaną ujawnione, wymienieni z nazwy, w szczególności odbiorcy w państwach trzecich lub organizacje międzynarodowe; podanie kategorii odbiorców nie wystarcza, jeżeli są Państwo w stanie zidentyfikować samych odbiorców ({ REF(15, par: 1, pt: "c") });
access-info-retention = okres, przez który poszczególne kategorie danych osobowych będą przechowywane, a gdy nie jest to możliwe – kryteria ustalania tego okresu ({ REF(15, par: 1, pt: "d") });
access-info-rights = informacja o prawie do żądania sprostowania, usunięcia lub ograniczenia przetwarzania danych osobowych oraz o prawie do wniesienia sprzeciwu wobec takiego przetwarzania ({ REF(15, par: 1, pt: "e") });
access-info-complaint = informacja o prawie wniesienia skargi do organu nadzorczego ({ REF(15, par: 1, pt: "f") });
access-info-source = wszelkie dostępne informacje o źródle danych osobowych: konkretne witryny i strony internetowe, a nie tylko kategorie źródeł ({ REF(15, par: 1, pt: "g") });
access-info-automated = informacje o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu, oraz istotne informacje o zasadach ich podejmowania, a także o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania dla mojej osoby ({ REF(15, par: 1, pt: "h") });
access-info-transfers = jeżeli dane osobowe są przekazywane do państwa trzeciego lub organizacji międzynarodowej – odpowiednie zabezpieczenia, o których mowa w { REF(46) } { $gdpr }, związane z przekazaniem ({ REF(15, par: 2) }).
access-scope = Niniejsze żądanie obejmuje wszystkie dotyczące mnie dane osobowe we wszystkich Państwa systemach, w tym dane spseudonimizowane oraz dane wywiedzione lub wywnioskowane przez Państwa. Nie ogranicza się ono do ostatnich dwunastu miesięcy ani do określonej liczby żądań w roku i nie jest uzależnione od jego ponawiania: francuski organ nadzorczy (CNIL) uznał takie ograniczenia stosowane przez spółkę { $controller } za niezgodne z prawem w swojej decyzji { $reference } z dnia { $date }.
access-role = W odniesieniu do każdej operacji przetwarzania proszę również wskazać, czy dokonują jej Państwo jako administrator, czy jako podmiot przetwarzający w imieniu klienta, a w tym drugim przypadku – w czyim imieniu ({ REF(4, num: 7) } i { REF(4, num: 8) } { $gdpr }).
# United Kingdom letters only: art. 15 ust. 1A UK GDPR (written out: REF cannot write "1A").
access-search-uk = Przysługuje mi prawo do danych osobowych i informacji, które mogą Państwo przekazać na podstawie rozsądnych i proporcjonalnych poszukiwań (art. 15 ust. 1A { $gdpr }). Państwa baza danych została zbudowana tak, aby można ją było przeszukiwać na podstawie twarzy: przeszukanie jej za pomocą mojej twarzy, a także przeszukanie zapisów wyszukiwań, w których wynikach pojawiła się moja osoba lub w których przesłano zdjęcie mojej twarzy, jest rozsądne i proporcjonalne bez względu na ilość danych.
access-format = Proszę o przekazanie kopii nieodpłatnie ({ REF(12, par: 5) } i { REF(15, par: 3) } { $gdpr }), jasnym i prostym językiem ({ REF(12, par: 1) } { $gdpr }), a w przypadku udzielenia odpowiedzi drogą elektroniczną – w powszechnie stosowanej formie elektronicznej ({ REF(15, par: 3) } { $gdpr }).

## Erasure (Article 17)

erasure-heading = Usunięcie moich danych osobowych ({ REF(17) } { $gdpr })
erasure-after-access = Po przekazaniu mi kopii i informacji, o które wnoszę powyżej, proszę o usunięcie bez zbędnej zwłoki wszystkich dotyczących mnie danych osobowych ({ REF(17, par: 1) } { $gdpr }).
# The erasure-scope-* items are accusative objects of „obejmować”.
erasure-scope = Usunięcie musi obejmować:
erasure-scope-images = każde moje zdjęcie i każdą jego kopię;
erasure-scope-biometrics = szablony biometryczne, wektory i wartości skrótu (hash) wygenerowane na podstawie mojej twarzy;
erasure-scope-metadata = metadane i adresy źródłowe (URL) powiązane z tymi zdjęciami;
erasure-scope-searches = dotyczące mnie wyniki wyszukiwania, rejestry (logi) wyszukiwań i powiązania;
erasure-scope-backups = wszystkie kopie zapisane w systemach kopii zapasowych, w archiwach i w systemach Państwa podmiotów przetwarzających.
erasure-grounds = Zachodzą następujące podstawy usunięcia danych:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: dane osobowe były przetwarzane niezgodnie z prawem. Nie dysponują Państwo żadną podstawą prawną przetwarzania wynikającą z { REF(6, par: 1) } { $gdpr }. Dane biometryczne ({ REF(4, num: 14) } { $gdpr }) przetwarzane w celu jednoznacznego zidentyfikowania osoby fizycznej należą do szczególnych kategorii danych osobowych, których przetwarzania zabrania { REF(9, par: 1) } { $gdpr }. Nie ma zastosowania żaden z wyjątków przewidzianych w { REF(9, par: 2) }: wyraźna zgoda na przetwarzanie moich danych biometrycznych w Państwa bazie danych nie została przeze mnie wyrażona ({ REF(9, par: 2, pt: "a") }), a zdjęcia, które można znaleźć w internecie, nie zostały przeze mnie w sposób oczywisty upublicznione na potrzeby przetwarzania biometrycznego ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: art. 9 read with Schedule 1 to the Data Protection Act 2018 („w związku z”).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "cap") } { $gdpr }: dane osobowe były przetwarzane niezgodnie z prawem. Nie dysponują Państwo żadną podstawą prawną przetwarzania wynikającą z { REF(6, par: 1) } { $gdpr }. Dane biometryczne ({ REF(4, num: 14) } { $gdpr }) przetwarzane w celu jednoznacznego zidentyfikowania osoby fizycznej należą do szczególnych kategorii danych osobowych, których przetwarzania zabrania { REF(9, par: 1) } { $gdpr }. Nie ma zastosowania żaden z wyjątków przewidzianych w { REF(9, par: 2) } { $gdpr } w związku z załącznikiem 1 (Schedule 1) do ustawy Data Protection Act 2018: wyraźna zgoda na przetwarzanie moich danych biometrycznych w Państwa bazie danych nie została przeze mnie wyrażona ({ REF(9, par: 2, pt: "a") }), a zdjęcia, które można znaleźć w internecie, nie zostały przeze mnie w sposób oczywisty upublicznione na potrzeby przetwarzania biometrycznego ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "cap") } { $gdpr }: na podstawie { REF(21, par: 1) } { $gdpr } wnoszę sprzeciw wobec przetwarzania z przyczyn związanych z moją szczególną sytuacją: moja twarz jest trwałym identyfikatorem, którego nie mogę zmienić, a jej obecność w Państwa bazie danych pozwala każdemu z Państwa klientów zidentyfikować mnie na podstawie dowolnego zdjęcia, niezależnie od tego, gdzie i kiedy zostało ono wykonane.
# The person's own description of their particular situation, in Polish quotation marks „…”.
erasure-ground-objection-own = Moją sytuację opisuję własnymi słowami następująco: „{ $grounds }”
# Art. 21 ust. 1: „chyba że wykaże on istnienie ważnych prawnie uzasadnionych podstaw do
# przetwarzania, nadrzędnych wobec interesów, praw i wolności osoby, której dane dotyczą”.
erasure-ground-objection-burden = Muszą zatem Państwo zaprzestać przetwarzania, chyba że wykażą Państwo istnienie ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec moich interesów, praw i wolności, lub podstaw do ustalenia, dochodzenia lub obrony roszczeń ({ REF(21, par: 1) } { $gdpr }). W zakresie, w jakim powołują się Państwo na { REF(6, par: 1, pt: "e f", conj: "or") } { $gdpr }, takie podstawy nie istnieją: Państwa interes handlowy polegający na sprzedaży wyszukiwań na podstawie mojej twarzy nie stanowi takiej podstawy.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "cap") } { $gdpr }: w zakresie, w jakim powołują się Państwo na zgodę, cofam ją.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country. Its name is in its own language and cannot be declined: it stands in parentheses after
# „organ nadzorczy”. $in_country: „we Włoszech”, from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "cap") } { $gdpr }, obok podstaw wskazanych powyżej: organ nadzorczy ({ $authority }) nakazał Państwu usunięcie danych osobowych osób przebywających { $in_country }. W mojej ocenie usunięcie danych jest zatem niezbędne również do wywiązania się z obowiązku prawnego, któremu Państwo podlegają.
erasure-exceptions = Nie ma zastosowania żaden z wyjątków przewidzianych w { REF(17, par: 3) } { $gdpr }: przetwarzanie nie jest niezbędne do korzystania z prawa do wolności wypowiedzi i informacji, do wywiązania się z prawnego obowiązku, do wykonania zadania realizowanego w interesie publicznym lub w ramach sprawowania władzy publicznej, z uwagi na względy interesu publicznego w dziedzinie zdrowia publicznego, do celów archiwalnych w interesie publicznym, do celów badań naukowych lub historycznych ani do celów statystycznych, ani do ustalenia, dochodzenia lub obrony roszczeń. Jeżeli powołują się Państwo na któryś z wyjątków, proszę wskazać, na który i z jakiego powodu ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Do czasu usunięcia danych proszę ograniczyć przetwarzanie moich danych osobowych ({ REF(18, par: 1, pt: "d") } { $gdpr }, na czas weryfikacji mojego sprzeciwu): w szczególności proszę natychmiast zaprzestać wyświetlania mojej osoby w wynikach wyszukiwania.
erasure-recipients = Proszę poinformować o usunięciu danych każdego odbiorcę, któremu ujawniono moje dane osobowe, w tym każdego klienta, który otrzymał moje zdjęcia w wynikach wyszukiwania ({ REF(19) } { $gdpr }), oraz poinformować mnie o tych odbiorcach. Jeżeli upublicznili Państwo moje dane osobowe, proszę podjąć rozsądne działania, aby poinformować administratorów przetwarzających te dane, że żądam usunięcia wszelkich łączy do tych danych lub ich kopii ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Proszę poinformować mnie, jakie działania Państwo podejmą, aby zapewnić, że moje dane osobowe nie zostaną ponownie zebrane. Jeżeli przechowują Państwo jakikolwiek zapis służący zapobieganiu ich zbieraniu w przyszłości, proszę dokładnie wskazać, co on zawiera i na jakiej podstawie prawnej go Państwo przechowują.
erasure-confirmation = Proszę o pisemne potwierdzenie usunięcia danych ze wskazaniem, co zostało usunięte, łącznie z kopiami zapisanymi w systemach kopii zapasowych oraz wygenerowanymi szablonami.
erasure-free = Podjęcie działań w związku z moim żądaniem usunięcia danych, łącznie z powiadomieniami i potwierdzeniem, jest wolne od opłat ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Ograniczenie przetwarzania do czasu usunięcia danych ({ REF(18) } { $gdpr })
restriction-body = Od chwili otrzymania niniejszego pisma do czasu usunięcia danych proszę ograniczyć przetwarzanie moich danych osobowych ({ REF(18, par: 1, pt: "d") } { $gdpr }, na czas weryfikacji mojego sprzeciwu wniesionego na podstawie { REF(21, par: 1) } { $gdpr }): proszę przechowywać dane, lecz nie wykorzystywać ich w żadnym innym celu niż udzielenie odpowiedzi na niniejsze żądanie. W szczególności proszę natychmiast zaprzestać wyświetlania mojej osoby w wynikach wyszukiwania.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identyfikacja
identification-no-photo = Informacje zawarte w niniejszym piśmie wystarczają do udzielenia na nie odpowiedzi. Jeżeli mają Państwo uzasadnione wątpliwości co do mojej tożsamości, proszę wskazać, jakie dodatkowe informacje są bezwzględnie niezbędne ({ REF(12, par: 6) } { $gdpr }). Jeżeli Państwa system można przeszukiwać wyłącznie za pomocą zdjęcia mojej twarzy, proszę mnie o tym poinformować; przekażę wówczas takie zdjęcie wyłącznie na potrzeby niniejszego żądania.
identification-photo = Załączam zdjęcie mojej twarzy wyłącznie po to, aby mogli Państwo odnaleźć dotyczące mnie dane osobowe ({ REF(11, par: 2) } i { REF(12, par: 6) } { $gdpr }). Wyrażam wyraźną zgodę ({ REF(9, par: 2, pt: "a") } { $gdpr }) na jedno przeszukanie Państwa bazy danych za pomocą szablonu biometrycznego utworzonego na podstawie tego zdjęcia, wyłącznie na potrzeby niniejszego żądania. Nie wyrażam zgody na żadne inne wykorzystanie: proszę nie dodawać zdjęcia ani szablonu do swojej bazy danych i nie ujawniać ich. Moja zgoda zostaje wycofana z chwilą udzielenia przez Państwa odpowiedzi na niniejsze żądanie ({ REF(7, par: 3) } { $gdpr }): proszę wówczas usunąć zdjęcie, szablon oraz wyniki przeprowadzonego za ich pomocą wyszukiwania i potwierdzić mi to usunięcie ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
identification-id-document = Nie prześlę kopii dokumentu tożsamości, chyba że wykażą Państwo, że jest to bezwzględnie niezbędne. Każda taka kopia musi zostać usunięta natychmiast po weryfikacji (Europejska Rada Ochrony Danych, Wytyczne 01/2022 w sprawie praw osób, których dane dotyczą – prawo dostępu, pkt 74, 76 i 79).
# United Kingdom letters: the ICO's guidance, its title kept in English.
identification-id-document-uk = Nie prześlę kopii dokumentu tożsamości, chyba że wykażą Państwo, że jest to niezbędne: mogą Państwo żądać jedynie takich informacji, które są rozsądne i proporcjonalne do potwierdzenia mojej tożsamości (Information Commissioner's Office, wytyczne „Right of access”).

## Deadline and form (Article 12)

deadline-heading = Termin i forma odpowiedzi
deadline-access = Proszę o udzielenie odpowiedzi bez zbędnej zwłoki, a najpóźniej w terminie miesiąca od otrzymania niniejszego żądania ({ REF(12, par: 3) } { $gdpr }). Termin ten mogą Państwo przedłużyć najwyżej o kolejne dwa miesiące i tylko w razie potrzeby, z uwagi na skomplikowany charakter żądania lub liczbę żądań; w takim przypadku muszą Państwo poinformować mnie o przedłużeniu terminu w terminie miesiąca od otrzymania żądania, z podaniem przyczyn opóźnienia. Jeżeli nie podejmą Państwo działań w związku z moim żądaniem, muszą Państwo w terminie miesiąca poinformować mnie o powodach niepodjęcia działań oraz o przysługującym mi prawie do wniesienia skargi do organu nadzorczego i skorzystania ze środków ochrony prawnej przed sądem ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Proszę o podjęcie działań w związku z moim żądaniem bez zbędnej zwłoki, a najpóźniej w terminie miesiąca od jego otrzymania ({ REF(12, par: 3) } { $gdpr }). Termin ten mogą Państwo przedłużyć najwyżej o kolejne dwa miesiące i tylko w razie potrzeby, z uwagi na skomplikowany charakter żądania lub liczbę żądań; w takim przypadku muszą Państwo poinformować mnie o przedłużeniu terminu w terminie miesiąca od otrzymania żądania, z podaniem przyczyn opóźnienia. Jeżeli nie podejmą Państwo działań w związku z moim żądaniem, muszą Państwo w terminie miesiąca poinformować mnie o powodach niepodjęcia działań oraz o przysługującym mi prawie do wniesienia skargi do organu nadzorczego i skorzystania ze środków ochrony prawnej przed sądem ({ REF(12, par: 4) } { $gdpr }).
# United Kingdom letters: the "applicable time period" of art. 12A UK GDPR (written out).
deadline-access-uk = Proszę o udzielenie odpowiedzi bez zbędnej zwłoki, a najpóźniej przed upływem mającego zastosowanie terminu (applicable time period), tj. miesiąca od otrzymania niniejszego żądania (art. 12A { $gdpr }). Termin ten mogą Państwo przedłużyć najwyżej o kolejne dwa miesiące i tylko wtedy, gdy jest to konieczne z uwagi na skomplikowany charakter żądań lub ich liczbę; muszą Państwo wówczas poinformować mnie o tym w ciągu tego miesiąca, podając przyczyny. Jeżeli w uzasadniony sposób potrzebują Państwo ode mnie dodatkowych informacji, aby ustalić, jakich informacji lub jakiego przetwarzania dotyczy moje żądanie, proszę niezwłocznie się do mnie o nie zwrócić: bieg terminu zostaje wstrzymany wyłącznie do czasu mojej odpowiedzi. Jeżeli nie podejmą Państwo działań w związku z moim żądaniem, muszą Państwo w tym terminie poinformować mnie o powodach niepodjęcia działań oraz o przysługującym mi prawie do wniesienia skargi do Information Commissioner i skorzystania ze środków ochrony prawnej przed sądem ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Proszę o podjęcie działań w związku z moim żądaniem bez zbędnej zwłoki, a najpóźniej przed upływem mającego zastosowanie terminu (applicable time period), tj. miesiąca od otrzymania niniejszego żądania (art. 12A { $gdpr }). Termin ten mogą Państwo przedłużyć najwyżej o kolejne dwa miesiące i tylko wtedy, gdy jest to konieczne z uwagi na skomplikowany charakter żądań lub ich liczbę; muszą Państwo wówczas poinformować mnie o tym w ciągu tego miesiąca, podając przyczyny. Jeżeli nie podejmą Państwo działań w związku z moim żądaniem, muszą Państwo w tym terminie poinformować mnie o powodach niepodjęcia działań oraz o przysługującym mi prawie do wniesienia skargi do Information Commissioner i skorzystania ze środków ochrony prawnej przed sądem ({ REF(12, par: 4) } { $gdpr }).
no-formalities = Nie mogą Państwo uzależniać udzielenia odpowiedzi od użycia określonego formularza, portalu internetowego lub sposobu przekazania (Europejska Rada Ochrony Danych, Wytyczne 01/2022 w sprawie praw osób, których dane dotyczą – prawo dostępu, pkt 50–53).
# United Kingdom letters: the ICO's guidance, its title kept in English.
no-formalities-uk = Nie mogą Państwo uzależniać udzielenia odpowiedzi od użycia określonego formularza, portalu internetowego lub sposobu przekazania: żądanie może zostać złożone w dowolnej formie, ustnie lub na piśmie (Information Commissioner's Office, wytyczne „Right of access”).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Proszę przesłać odpowiedź na mój adres podany powyżej.
reply-to-both = Proszę przesłać odpowiedź na mój adres pocztowy lub adres e-mail podany powyżej.
reply-to-email = Proszę przesłać odpowiedź na mój adres e-mail podany powyżej.

## Decisions against Clearview

decisions-heading = Decyzje wydane wobec spółki { $controller }
decisions-own = W państwie, w którym mieszkam, wydano następujące decyzje:
decisions-other = Organy nadzorcze innych państw uznały to samo przetwarzanie prowadzone przez spółkę { $controller } za niezgodne z prawem. Powołuję się na ich decyzje:
# One decision. $authority: name of the authority or court (in its own language, indeclinable);
# $country: its country (CLDR, nominative, e.g. "Włochy"); $act: one of decision-kind-* with the
# reference; $date: its date ("10 lutego 2022"). facerights adds a full stop after the citation.
decision-citation = { $authority } ({ $country }), { $act } z dnia { $date }
# The Garante's ordinanza ingiunzione imposes a fine and orders: in Polish terms a decision imposing
# an administrative fine, with the Italian name kept for identification.
decision-kind-injunction-order = decyzja nakładająca karę pieniężną (ordinanza ingiunzione) nr { $reference }
decision-kind-decision = decyzja { $reference }
decision-kind-formal-notice = wezwanie do usunięcia naruszeń (mise en demeure) { $reference }
# The CNIL's act is a délibération of its restricted committee (formation restreinte), the body
# that imposes sanctions.
decision-kind-sanction = decyzja składu orzekającego (délibération de la formation restreinte) { $reference }
decision-kind-penalty-liquidation = decyzja { $reference } (ustalenie wysokości należnej okresowej kary pieniężnej)
decision-kind-fines-and-penalty-orders = decyzja o nałożeniu kar pieniężnych i nakazów pod rygorem okresowej kary pieniężnej
# The Austrian DSB's act: an administrative decision (Bescheid).
decision-kind-bescheid = decyzja (Bescheid) { $reference }
# The Austrian Federal Administrative Court's order setting the decision aside and remitting the
# case (§ 28 ust. 3 VwGVG): a „postanowienie” (Beschluss), not a judgment („wyrok”).
decision-kind-remittal-order = postanowienie (Beschluss) { $reference }
# A UK tribunal's decision: „orzeczenie”, the generic word for a judicial decision.
decision-kind-tribunal-decision = orzeczenie { $reference }
decision-kind-letter = pismo
decision-kind-enforcement-and-penalty-notices = nakaz (enforcement notice) i decyzja o nałożeniu kary pieniężnej (monetary penalty notice)
# The following sentences come after decision-citation in any combination. They are impersonal
# („stwierdzono”, „nałożono”), because the deciding body may be an authority or a court of any gender.
# $articles: the provisions found infringed, written with ref-list, each with „art.”
# ("art. 5 ust. 1 lit. a, art. 6 i art. 9").
decision-articles = Stwierdzono naruszenie { $articles } { $gdpr }.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Nałożono karę pieniężną w wysokości { $amount }.
# The UK's statutory term (section 155 DPA 2018): „kara pieniężna” with the English term.
decision-monetary-penalty = Nałożono karę pieniężną (monetary penalty) w wysokości { $amount }.
decision-fines-total = Nałożono kary pieniężne w łącznej wysokości { $amount }.
decision-penalty-per-day = Ponadto nałożono okresową karę pieniężną w wysokości { $amount } za każdy dzień zwłoki.
decision-penalty-max = Ponadto wydano nakazy pod rygorem okresowych kar pieniężnych w łącznej wysokości do { $amount }.
decision-penalty-liquidated = Nakazano spółce { $controller } zapłatę kwoty { $amount }, ponieważ nie wykonała ona nakazu w terminie.
decision-orders = Zobowiązano spółkę { $controller } do:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it ends with „do:”, so the same order-* items (genitive) follow it.
decision-requests = Wezwano spółkę { $controller } do:
# Why the ICO's notices are not final („akty”, as in outcome-ftt-no-jurisdiction).
not-final-remitted-appeal = Akty te nie są ostateczne: Upper Tribunal przekazał odwołanie spółki Clearview od nich do ponownego rozpoznania przez First-tier Tribunal.
# Orders are list items completing „Zobowiązano spółkę … do:” (decision-orders) or „Wezwano spółkę
# … do:” (decision-requests): each is a verbal noun in the genitive. End each with ";" —
# facerights replaces the separator of the last item with a full stop.
# $in_country: „we Włoszech”, from country-in.
order-ban-collection-territory = zaprzestania zbierania zdjęć i innych danych osobowych osób przebywających { $in_country } oraz zaprzestania przetwarzania ich danych biometrycznych;
order-ban-collection-processing-territory = zaprzestania zbierania metodą web scrapingu zdjęć i metadanych osób przebywających { $in_country } oraz zaprzestania wszelkiego dalszego przetwarzania ich danych osobowych, zarówno zwykłych, jak i biometrycznych;
order-erase-territory = usunięcia danych osobowych osób przebywających { $in_country };
order-erase-territory-after-access = usunięcia danych osobowych osób przebywających { $in_country } po udzieleniu odpowiedzi na otrzymane już żądania dostępu;
order-stop-processing-territory = zaprzestania prowadzonego bez podstawy prawnej zbierania i przetwarzania danych osobowych osób przebywających { $in_country };
order-facilitate-rights = ułatwienia wykonywania praw osób, których dane dotyczą, oraz udzielenia odpowiedzi na żądanie dostępu złożone przez osobę skarżącą;
order-answer-complainant-access = udzielenia odpowiedzi na żądanie dostępu złożone przez osobę skarżącą;
order-grant-complainant-erasure = uwzględnienia żądania usunięcia danych złożonego przez osobę skarżącą;
order-appoint-representative = wyznaczenia przedstawiciela w Unii ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = zaprzestania przetwarzania danych osobowych osób przebywających { $in_country } oraz usunięcia danych pozyskanych niezgodnie z prawem;
order-give-art14-information = poinformowania osób, których dane dotyczą, zgodnie z wymogami { REF(14) } { $gdpr };
order-stop-refusing-access = zaprzestania praktyki nieudzielania odpowiedzi na żądania dostępu;
order-erase-complainant = usunięcia danych osobowych osoby skarżącej;
order-erase-complainant-biometric = usunięcia biometrycznych wartości skrótu (hash) osoby skarżącej;
order-stop-obtaining-uk = zaprzestania pozyskiwania i wykorzystywania publicznie dostępnych w internecie danych osobowych osób zamieszkałych w Zjednoczonym Królestwie;
order-erase-uk = usunięcia z systemów spółki danych osobowych osób zamieszkałych w Zjednoczonym Królestwie;
outcome-reconsider-ban = Sąd orzekł, że organ musi ponownie rozpatrzyć swoją odmowę wydania zakazu przetwarzania oraz że zakaz jest jedynym właściwym środkiem; przekazał sprawę organowi do ponownego rozpatrzenia.
outcome-ftt-no-jurisdiction = Trybunał uwzględnił odwołanie spółki Clearview, uznając, że Information Commissioner nie był właściwy do wydania tych aktów.
outcome-ut-ico-appeal-allowed = Trybunał uwzględnił odwołanie wniesione przez Information Commissioner: przetwarzanie jest związane z monitorowaniem zachowania osób przebywających w Zjednoczonym Królestwie, a okoliczność, że klientami spółki Clearview są zagraniczne podmioty publiczne, nie wyłącza go z zakresu stosowania { $gdpr }.
outcome-remitted-ftt = Przekazał odwołanie spółki Clearview od tych aktów do ponownego rozpoznania przez First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with „i”:
# nominative noun phrases, e.g. „kara pieniężna w wysokości 20 000 000 €, zakaz dalszego zbierania danych i …”.
summary-fine = kara pieniężna w wysokości { $amount }
summary-monetary-penalty = nieprawomocna kara pieniężna (monetary penalty) w wysokości { $amount }
summary-erasure = nakaz usunięcia danych osobowych osób przebywających { $in_country }
summary-ban = zakaz dalszego zbierania danych
summary-access = nakaz zaprzestania odmawiania odpowiedzi na żądania dostępu
summary-complainant-access = nakaz udzielenia odpowiedzi na żądanie dostępu osoby skarżącej
summary-erase-complainant = nakaz usunięcia danych osobowych osoby skarżącej
summary-representative = nakaz wyznaczenia przedstawiciela w Unii
summary-no-fine = brak kary pieniężnej
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, indeclinable, hence
# after a colon); $address: its postal address on one line.
remedies = Jeżeli nie udzielą Państwo pełnej odpowiedzi w terminie, wniosę skargę do właściwego organu nadzorczego ({ REF(77) } { $gdpr }): { $authority }, { $address }. Zastrzegam sobie prawo do wszczęcia przeciwko Państwu postępowania przed sądem państwa członkowskiego, w którym mam miejsce zwykłego pobytu ({ REF(79, par: 2) } { $gdpr }), oraz do dochodzenia odszkodowania ({ REF(82) } { $gdpr }).
# EEA letters: art. 79 ust. 2 speaks of Member States; for Iceland, Liechtenstein and Norway: „państwo”.
remedies-eea = Jeżeli nie udzielą Państwo pełnej odpowiedzi w terminie, wniosę skargę do właściwego organu nadzorczego ({ REF(77) } { $gdpr }): { $authority }, { $address }. Zastrzegam sobie prawo do wszczęcia przeciwko Państwu postępowania przed sądem państwa, w którym mam miejsce zwykłego pobytu ({ REF(79, par: 2) } { $gdpr }), oraz do dochodzenia odszkodowania ({ REF(82) } { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19 ust. 2 BDSG, cited in the
# Polish manner of a German statute).
remedies-land-of-residence = Jeżeli nie udzielą Państwo pełnej odpowiedzi w terminie, wniosę skargę do organu nadzorczego ds. ochrony danych tego kraju związkowego Niemiec, w którym mieszkam ({ REF(77) } { $gdpr }; § 19 ust. 2 niemieckiej federalnej ustawy o ochronie danych, BDSG). Zastrzegam sobie prawo do wszczęcia przeciwko Państwu postępowania przed sądem państwa członkowskiego, w którym mam miejsce zwykłego pobytu ({ REF(79, par: 2) } { $gdpr }), oraz do dochodzenia odszkodowania ({ REF(82) } { $gdpr }).
# United Kingdom letters: UK statutes keep their English names („ustawa Data Protection Act 2018”);
# a section of a UK Act is „sekcja”. $authority is nominative after the colon.
remedies-uk = Są Państwo zobowiązani ułatwiać składanie do Państwa skarg dotyczących przetwarzania moich danych osobowych (sekcja 164A ustawy Data Protection Act 2018). Jeżeli nie udzielą Państwo pełnej odpowiedzi przed upływem mającego zastosowanie terminu, złożę do Państwa skargę na podstawie tej sekcji, a jeżeli nie rozwiąże to sprawy, wniosę skargę do organu nadzorczego ({ REF(77) } { $gdpr }): { $authority } (lub jego następca, Information Commission), { $address }. Zastrzegam sobie prawo do wystąpienia do sądu o wydanie nakazu zapewnienia zgodności (compliance order, sekcja 167 ustawy Data Protection Act 2018) oraz do dochodzenia odszkodowania ({ REF(82) } { $gdpr }).

## Dates. Optional: how this language writes a date where CLDR is wrong for letters. Variables:
## $full (CLDR's form), $day, $month (as CLDR writes it in a date), $year.
# Polish letters write "r." (roku) after the year: "2 marca 2026 r.".
date-pattern = { $full } r.

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. request-name-* is in the genitive („mojego żądania …”), so every
## sentence that uses it is built around that case („w sprawie”, „kopia”, „dotyczy”).

request-name-access = mojego żądania dostępu do danych na podstawie { REF(15) } { $gdpr }
request-name-erasure = mojego żądania usunięcia danych na podstawie { REF(17) } { $gdpr } wraz ze sprzeciwem wniesionym na podstawie { REF(21, par: 1) } { $gdpr }
request-name-access-erasure = mojego żądania dostępu do danych na podstawie { REF(15) } { $gdpr }, ograniczenia przetwarzania na podstawie { REF(18) } { $gdpr } oraz późniejszego usunięcia danych na podstawie { REF(17) } { $gdpr }

## Reminder to Clearview („ponaglenie”)

subject-reminder = Ponaglenie w sprawie { $request }, otrzymanego przez Państwa dnia { $received }
reminder-facts = Kopia { $request }, otrzymanego przez Państwa dnia { $received }, stanowi załącznik do niniejszego pisma. Termin na udzielenie odpowiedzi upłynął dnia { $ends }, a jeżeli dzień ten był dniem ustawowo wolnym od pracy – następnego dnia roboczego ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = Kopia { $request }, otrzymanego przez Państwa dnia { $received }, stanowi załącznik do niniejszego pisma. Mający zastosowanie termin (applicable time period) na udzielenie odpowiedzi upłynął dnia { $ends }, a jeżeli dzień ten był w Zjednoczonym Królestwie dniem ustawowo wolnym od pracy (bank holiday) – następnego dnia roboczego (art. 12A { $gdpr }).
reminder-no-reply = Do dnia dzisiejszego nie nadeszła od Państwa żadna odpowiedź ani informacja o przedłużeniu terminu lub o powodach niepodjęcia działań w związku z moim żądaniem ({ REF(12, par: "3 4") } { $gdpr }).
reminder-incomplete = Państwa odpowiedź jest niepełna: nie zawiera wszystkiego, o co wnoszę, a nie wskazali Państwo powodów pominięcia pozostałych informacji ({ REF(12, par: 4) } { $gdpr }).
reminder-demand = Naruszają Państwo tym samym przepisy { $gdpr }. Wzywam Państwa do pełnego wykonania mojego żądania bez dalszej zwłoki, nie później niż do dnia { $grace }.
reminder-remedies = W przeciwnym razie bez dalszego wezwania wniosę skargę do organu nadzorczego ({ REF(77) } { $gdpr }): { $authority }, { $address }. Zastrzegam sobie prawo do wszczęcia przeciwko Państwu postępowania przed sądem państwa członkowskiego, w którym mam miejsce zwykłego pobytu ({ REF(79, par: 2) } { $gdpr }), oraz do dochodzenia odszkodowania za wszelką wyrządzoną mi szkodę ({ REF(82) } { $gdpr }).
reminder-remedies-eea = W przeciwnym razie bez dalszego wezwania wniosę skargę do organu nadzorczego ({ REF(77) } { $gdpr }): { $authority }, { $address }. Zastrzegam sobie prawo do wszczęcia przeciwko Państwu postępowania przed sądem państwa, w którym mam miejsce zwykłego pobytu ({ REF(79, par: 2) } { $gdpr }), oraz do dochodzenia odszkodowania za wszelką wyrządzoną mi szkodę ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = W przeciwnym razie bez dalszego wezwania wniosę skargę do organu nadzorczego ds. ochrony danych tego kraju związkowego Niemiec, w którym mieszkam ({ REF(77) } { $gdpr }; § 19 ust. 2 niemieckiej federalnej ustawy o ochronie danych, BDSG). Zastrzegam sobie prawo do wszczęcia przeciwko Państwu postępowania przed sądem państwa członkowskiego, w którym mam miejsce zwykłego pobytu ({ REF(79, par: 2) } { $gdpr }), oraz do dochodzenia odszkodowania za wszelką wyrządzoną mi szkodę ({ REF(82) } { $gdpr }).
reminder-remedies-uk = Niniejsze pismo stanowi jednocześnie moją skargę skierowaną do Państwa na podstawie sekcji 164A ustawy Data Protection Act 2018: proszę potwierdzić jej otrzymanie w terminie 30 dni od jej doręczenia i bez zbędnej zwłoki poinformować mnie o wyniku jej rozpatrzenia. Jeżeli nie wykonają Państwo mojego żądania, wniosę skargę do organu nadzorczego ({ REF(77) } { $gdpr }): { $authority } (lub jego następca, Information Commission), { $address }. Zastrzegam sobie prawo do wystąpienia do sądu o wydanie nakazu zapewnienia zgodności (compliance order, sekcja 167 ustawy Data Protection Act 2018) oraz do dochodzenia odszkodowania ({ REF(82) } { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Kopia { $request }, otrzymanego dnia { $received }
enclosure-proof = Dowód nadania oraz, jeżeli jest dostępny, dowód doręczenia
enclosure-reply = Kopia odpowiedzi spółki { $controller }
enclosure-reminder = Kopia ponaglenia z dnia { $reminded }

## Complaint to the supervisory authority (formal register towards a public authority: „Szanowni
## Państwo”, requests as „wnoszę o …”).

subject-complaint = Skarga na podstawie { REF(77) } { $gdpr } na spółkę { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Szanowni Państwo,
complaint-intro = Niniejszym wnoszę skargę na podstawie { REF(77) } { $gdpr } na spółkę { $controller }, { $controller_address }. Skarga dotyczy { $request }, które spółka { $controller } otrzymała dnia { $received }; kopię żądania załączam.
complaint-no-reply = Spółka { $controller } nie udzieliła odpowiedzi na moje żądanie, choć termin na udzielenie odpowiedzi upłynął dnia { $ends }, a jeżeli dzień ten był dniem ustawowo wolnym od pracy – następnego dnia roboczego ({ REF(12, par: 3) } { $gdpr }). Spółka nie poinformowała mnie o przedłużeniu terminu ani o powodach niepodjęcia działań ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = Spółka { $controller } nie udzieliła odpowiedzi na moje żądanie, choć mający zastosowanie termin (applicable time period) na udzielenie odpowiedzi upłynął dnia { $ends }, a jeżeli dzień ten był w Zjednoczonym Królestwie dniem ustawowo wolnym od pracy (bank holiday) – następnego dnia roboczego (art. 12A { $gdpr }). Spółka nie poinformowała mnie o przedłużeniu terminu ani o powodach niepodjęcia działań ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = Spółka { $controller } udzieliła odpowiedzi, lecz jest ona niepełna: nie zawiera wszystkiego, o co wnoszę, i nie wskazuje powodów pominięcia pozostałych informacji. Termin na udzielenie pełnej odpowiedzi upłynął dnia { $ends }, a jeżeli dzień ten był dniem ustawowo wolnym od pracy – następnego dnia roboczego ({ REF(12, par: 3) } { $gdpr }). Kopię odpowiedzi załączam.
complaint-incomplete-uk = Spółka { $controller } udzieliła odpowiedzi, lecz jest ona niepełna: nie zawiera wszystkiego, o co wnoszę, i nie wskazuje powodów pominięcia pozostałych informacji. Mający zastosowanie termin (applicable time period) na udzielenie pełnej odpowiedzi upłynął dnia { $ends }, a jeżeli dzień ten był w Zjednoczonym Królestwie dniem ustawowo wolnym od pracy (bank holiday) – następnego dnia roboczego (art. 12A { $gdpr }). Kopię odpowiedzi załączam.
complaint-refused = Spółka { $controller } odmówiła podjęcia działań w związku z moim żądaniem. Kopię jej odpowiedzi załączam.
complaint-identity-demanded = Spółka { $controller } uzależniła udzielenie odpowiedzi od identyfikacji, której moje żądanie nie wymagało, np. od przedłożenia kopii dokumentu tożsamości. Kopię jej odpowiedzi załączam.
complaint-reminded = Dnia { $reminded } skierowane zostało do spółki { $controller } moje ponaglenie, jednak spółka nadal nie wykonała żądania. Kopię ponaglenia załączam.
complaint-reminded-uk = Dnia { $reminded } wniesiona została do spółki { $controller } moja skarga na podstawie sekcji 164A ustawy Data Protection Act 2018; sprawa nie została rozwiązana. Kopię tej skargi załączam.
complaint-infringements = W mojej ocenie spółka { $controller } naruszyła tym samym w szczególności:
infringement-time-limit = { REF(12, par: 3) } { $gdpr }, ponieważ nie podjęła działań w związku z moim żądaniem w terminie;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4") } { $gdpr }, ponieważ w terminie nie podjęła w pełnym zakresie działań w związku z moim żądaniem i nie wskazała powodów pominięcia pozostałych informacji;
infringement-incomplete-uk = { REF(12, par: "3 4") } { $gdpr } w związku z art. 12A { $gdpr }, ponieważ w mającym zastosowanie terminie nie podjęła w pełnym zakresie działań w związku z moim żądaniem i nie wskazała powodów pominięcia pozostałych informacji;
infringement-time-limit-uk = { REF(12, par: 3) } { $gdpr } w związku z art. 12A { $gdpr }, ponieważ nie podjęła działań w związku z moim żądaniem w mającym zastosowanie terminie;
infringement-no-reasons = { REF(12, par: 4) } { $gdpr }, ponieważ nie poinformowała mnie o powodach niepodjęcia działań ani o prawie do wniesienia skargi do organu nadzorczego;
infringement-access = { REF(15) } { $gdpr }, ponieważ nie zapewniła mi dostępu do moich danych osobowych ani do informacji o ich przetwarzaniu;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = { REF(18, par: 1, pt: "d") } i { REF(21, par: 1) } { $gdpr }, ponieważ ani nie ograniczyła przetwarzania moich danych osobowych, ani nie zaprzestała ich przetwarzania po wniesieniu mojego sprzeciwu;
infringement-erasure = { REF(17, par: 1) } i { REF(21, par: 1) } { $gdpr }, ponieważ nie usunęła moich danych osobowych i nie zaprzestała ich przetwarzania, mimo że zachodzą podstawy do ich usunięcia i wniesiony został mój sprzeciw;
infringement-identification = { REF(12, par: 2) } i { REF(12, par: 6) } { $gdpr }, ponieważ uzależniła wykonanie moich praw od identyfikacji, która nie jest niezbędna, oraz { REF(5, par: 1, pt: "c") } { $gdpr }, ponieważ żąda więcej danych osobowych, niż potrzebuje;
infringement-refusal = { REF(12, par: 4) } { $gdpr }, ponieważ odmówiła podjęcia działań w związku z moim żądaniem bez podstawy uznanej przez { $gdpr }, oraz { REF(12, par: 2) } { $gdpr } – w zakresie, w jakim powołuje się na to, że nie jest w stanie mnie zidentyfikować;
complaint-decisions = Organy nadzorcze wydały już wobec spółki { $controller } następujące rozstrzygnięcia:
complaint-requests = W związku z powyższym wnoszę o:
complaint-ask-handle = rozpatrzenie mojej skargi i przeprowadzenie postępowania w jej przedmiocie ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = nakazanie spółce { $controller } spełnienia mojego żądania ({ REF(58, par: 2, pt: "c") } { $gdpr }) oraz zastosowanie wobec niej innych uprawnień naprawczych ({ REF(58, par: 2) } i { REF(83) } { $gdpr });
complaint-ask-inform = informowanie mnie o postępach i wyniku rozpatrzenia skargi ({ REF(77, par: 2) } { $gdpr }).
complaint-ask-inform-uk = informowanie mnie o postępach i wyniku rozpatrzenia skargi (sekcja 165 ustawy Data Protection Act 2018).
complaint-consent-share = Wyrażam zgodę na przekazanie niniejszej skargi wraz z moim imieniem i nazwiskiem spółce { $controller } w celu jej rozpatrzenia.
