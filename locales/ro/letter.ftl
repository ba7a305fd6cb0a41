### facerights — letter text, Romanian (ro).
###
### Translated from the reference locale (en). Legal terms follow the Romanian language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): „persoana vizată”, „operator”,
### „persoană împuternicită de operator”, „destinatar”, „autoritate de supraveghere”, „fără întârzieri
### nejustificate”, „dreptul la ștergerea datelor”, „restricționarea prelucrării”, „dreptul la opoziție”,
### „motive legitime și imperioase”, „făcute publice în mod manifest”, „garanții adecvate”,
### „crearea de profiluri”, „cale de atac judiciară eficientă”...
###
### Register: formal letter from a private person (first person singular) to a company, addressed
### with „dumneavoastră” (vă, -ți). Avoid adjectives and participles that agree with the author
### („obligat/obligată”): the author's gender is unknown.
### Provisions are cited with REF (see "Citations" below): „articolul 15 alin. (1) lit. h) din RGPD”.
### „din { $gdpr }” needs no case ending, so the acronym is never inflected.
###
### Variables available in every message:
###   $gdpr        short name of the law ("RGPD", or "UK GDPR" for United Kingdom letters)
###   $controller  "Clearview AI, Inc." — it cannot take case endings: use it as a subject, after a
###                preposition that takes the accusative („de { $controller }”), or after an
###                inflected noun („societății { $controller }”, „societatea { $controller }”).

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = RGPD
law-short-uk = UK GDPR
# law-full-* are only used as $law_full, always after „din” or „de” („articolul 15 din { $law_full }”,
# „drepturile prevăzute de { $law_full }”): nominative-accusative form with the definite article.
law-full-eu = Regulamentul (UE) 2016/679 (Regulamentul general privind protecția datelor, „RGPD”)
law-full-eea = Regulamentul (UE) 2016/679 (Regulamentul general privind protecția datelor, „RGPD”), astfel cum a fost încorporat în Acordul privind Spațiul Economic European
law-full-uk = Regulamentul general privind protecția datelor al Regatului Unit (United Kingdom General Data Protection Regulation, „UK GDPR”), coroborat cu Data Protection Act 2018 (Legea din 2018 privind protecția datelor)

## Citations, as Romanian lawyers and the ANSPDCP write them: „articolul 15 alin. (1) lit. h) din
## RGPD” (paragraph number in brackets, point letter with a closing bracket: „lit. h)”, not
## „lit. (h)”), „articolul 4 pct. 14” for a numbered definition. Only „articolul” is inflected:
## after „în temeiul”, „conform”, „prevăzut(e) de”… messages ask for the genitive-dative
## („articolului 21 alin. (1)”) with `case: "gen"`, and for the capitalised form at the start of
## a sentence with `case: "start"`. Lists share one head word: „articolele 5 alin. (1) lit. a),
## b) și e), 6 și 9”; the bracketed paragraph numbers keep „12 alin. (1) și (2) și 15” unambiguous.
ref-a = articolul { $art }
    .gen = articolului { $art }
    .start = Articolul { $art }
ref-ap = articolul { $art } alin. { $par }
    .gen = articolului { $art } alin. { $par }
    .start = Articolul { $art } alin. { $par }
ref-app = articolul { $art } alin. { $par } lit. { $pt }
    .gen = articolului { $art } alin. { $par } lit. { $pt }
    .start = Articolul { $art } alin. { $par } lit. { $pt }
ref-an = articolul { $art } pct. { $num }
    .gen = articolului { $art } pct. { $num }
    .start = Articolul { $art } pct. { $num }
ref-par = ({ $par })
ref-point = { $letter })
ref-item-a = { $art }
ref-item-ap = { $art } alin. { $par }
ref-item-app = { $art } alin. { $par } lit. { $pt }
ref-item-an = { $art } pct. { $num }
ref-list = { $count ->
        [one] articolul
       *[other] articolele
    } { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: „în Italia”, „în Țările de Jos”, „în Regatul Unit”, after „ale persoanelor aflate”.
## $code: the ISO code; $name: the country's name in Romanian (CLDR), which already has the form
## „în” takes (the nominative-accusative with its article: „Italia”, „Regatul Unit”).
country-in = { $code ->
    [IT] în Italia
    [GR] în Grecia
    [FR] în Franța
    [AT] în Austria
    [DE] în Germania
    [NL] în Țările de Jos
    [GB] în Regatul Unit
   *[other] în { $name }
}

## Letter frame

subject-access = Cerere de acces la datele mele cu caracter personal în temeiul { REF(15, case: "gen") } din { $gdpr }
subject-erasure = Cerere de ștergere a datelor mele cu caracter personal în temeiul { REF(17, case: "gen") } din { $gdpr } și opoziție în temeiul { REF(21, par: 1, case: "gen") } din { $gdpr }
subject-access-erasure = Cerere de acces în temeiul { REF(15, case: "gen") } din { $gdpr }, de restricționare a prelucrării în temeiul { REF(18, case: "gen") } din { $gdpr } și de ștergere ulterioară în temeiul { REF(17, case: "gen") } din { $gdpr }
salutation = Stimate doamne și stimați domni,
closing = Cu stimă,
# $reference: the sender's own case or reference number.
our-reference = Referința mea: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("21 noiembrie 2026").
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Anexă:
   *[other] Anexe:
}
enclosure-photo = Fotografie a feței mele, furnizată exclusiv pentru identificarea mea în scopul prezentei cereri
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Pagina { $page } din { $pages }

## Opening

# $law_full: one of law-full-* (see above: it follows „din” or „de”).
intro-access = Prin prezenta îmi exercit dreptul de acces în temeiul { REF(15, case: "gen") } din { $law_full }. Vă rog să îmi confirmați dacă { $controller } prelucrează sau nu date cu caracter personal care mă privesc și, în caz afirmativ, să îmi acordați acces la datele respective și la informațiile enumerate mai jos. Nu am obligația de a motiva prezenta cerere.
intro-erasure = Prin prezenta îmi exercit dreptul la ștergerea datelor în temeiul { REF(17, case: "gen") } din { $law_full }. Vă solicit să ștergeți fără întârzieri nejustificate toate datele cu caracter personal care mă privesc. Totodată, în temeiul { REF(21, par: 1, case: "gen") } din { $gdpr }, mă opun oricărei prelucrări a datelor cu caracter personal care mă privesc.
intro-access-erasure = Prin prezenta îmi exercit drepturile prevăzute de { $law_full }: mai întâi dreptul de acces ({ REF(15) } din { $gdpr }), apoi dreptul la ștergerea datelor ({ REF(17) } din { $gdpr }). Solicit mai întâi accesul pentru a afla ce date dețineți despre mine înainte ca acestea să fie șterse. În temeiul { REF(21, par: 1, case: "gen") } din { $gdpr }, mă opun oricărei prelucrări a datelor cu caracter personal care mă privesc și, până la ștergere, vă solicit să restricționați prelucrarea ({ REF(18) } din { $gdpr }).

## Why the law applies to Clearview
# $controller ends with a full stop ("Inc."): never put it at the end of a sentence.

# $representative_date: the date of the Dutch authority's decision („din 16 mai 2024”).
applicability-eu = Societatea { $controller } este obligată să respecte { $gdpr }: aceasta colectează imagini ale persoanelor aflate în Uniunea Europeană și le prelucrează pentru a le monitoriza comportamentul ({ REF(3, par: 2, pt: "b") } din { $gdpr }). Autoritățile de supraveghere din Italia, Grecia, Franța, Austria și Țările de Jos i-au aplicat { $gdpr } și au constatat caracterul ilegal al prelucrării efectuate de aceasta. Potrivit deciziei autorității neerlandeze de supraveghere din { $representative_date }, societatea nu desemnase un reprezentant în Uniune ({ REF(27) } din { $gdpr }). Prin urmare, vă adresez prezenta cerere în mod direct.
applicability-eea = Societatea { $controller } este obligată să respecte { $gdpr }: aceasta colectează imagini ale persoanelor aflate în Spațiul Economic European și le prelucrează pentru a le monitoriza comportamentul ({ REF(3, par: 2, pt: "b") } din { $gdpr }). Autoritățile de supraveghere din Italia, Grecia, Franța, Austria și Țările de Jos i-au aplicat { $gdpr } și au constatat caracterul ilegal al prelucrării efectuate de aceasta. Potrivit deciziei autorității neerlandeze de supraveghere din { $representative_date }, societatea nu desemnase un reprezentant în Uniune ({ REF(27) } din { $gdpr }). Prin urmare, vă adresez prezenta cerere în mod direct.
applicability-uk = Societatea { $controller } este obligată să respecte { $gdpr }. În 2025, instanța Upper Tribunal a hotărât că prelucrarea efectuată de aceasta are legătură cu monitorizarea comportamentului persoanelor aflate în Regatul Unit ({ REF(3, par: 2, pt: "b") } din { $gdpr }). Vă adresez prezenta cerere în mod direct.

## Access (Article 15)
# The access-copy-* items follow „Vă rog să îmi furnizați o copie …, în special:” as a list in the nominative.

access-heading = Accesul la datele mele cu caracter personal ({ REF(15) } din { $gdpr })
access-copy = Vă rog să îmi furnizați o copie a tuturor datelor cu caracter personal care mă privesc și pe care le prelucrați ({ REF(15, par: 3) } din { $gdpr }), în special:
access-copy-images = fiecare imagine în care apar sau pe care o asociați cu mine, la rezoluția la care o dețineți;
access-copy-sources = pentru fiecare imagine, adresa (URL) paginii web și cea a fișierului imagine de unde a fost colectată, titlul paginii, precum și datele la care a fost colectată și la care a fost actualizată ultima dată;
access-copy-metadata = toate metadatele stocate pentru fiecare imagine, inclusiv datele de geolocalizare și datele calendaristice;
access-copy-biometrics = șabloanele biometrice, vectorii sau valorile hash derivate din fața mea, precum și orice alte date pe care le-ați derivat sau dedus despre mine;
access-copy-searches = înregistrările fiecărei căutări în care am apărut ca rezultat, cu data fiecărei căutări;
access-copy-probe = evidențele fiecărei căutări în care un client a încărcat o imagine a feței mele pentru a căuta în baza dumneavoastră de date, împreună cu imaginea, data căutării și clientul care a efectuat-o;
access-copy-recipients = identitatea fiecărui client sau a oricărui alt destinatar căruia i-au fost divulgate rezultate care mă privesc.
# The access-info-* items follow „Vă rog, de asemenea, să îmi furnizați următoarele informații:”.
access-info = Vă rog, de asemenea, să îmi furnizați următoarele informații ({ REF(15, par: "1 2") } din { $gdpr }):
access-info-purposes = scopurile fiecărei operațiuni de prelucrare ({ REF(15, par: 1, pt: "a") }) și, pentru fiecare scop, temeiul juridic pe care vă bazați, pe care oricum aveați obligația să mi-l comunicați ({ REF(14, par: 1, pt: "c") });
access-info-categories = categoriile de date cu caracter personal vizate ({ REF(15, par: 1, pt: "b") });
access-info-recipients = destinatarii cărora datele cu caracter personal le-au fost sau urmează să le fie divulgate, identificați nominal, în special destinatarii din țări terțe sau organizațiile internaționale; indicarea categoriilor de destinatari nu este suficientă atunci când sunteți în măsură să îi identificați ({ REF(15, par: 1, pt: "c") }; hotărârea Curții de Justiție din 12 ianuarie 2023, C-154/21, Österreichische Post);
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = destinatarii cărora datele cu caracter personal le-au fost sau urmează să le fie divulgate, identificați nominal, în special destinatarii din țări terțe sau organizațiile internaționale; indicarea categoriilor de destinatari nu este suficientă atunci când sunteți în măsură să îi identificați ({ REF(15, par: 1, pt: "c") });
access-info-retention = perioada pentru care va fi stocată fiecare categorie de date cu caracter personal sau, dacă acest lucru nu este posibil, criteriile utilizate pentru a stabili această perioadă ({ REF(15, par: 1, pt: "d") });
access-info-rights = existența dreptului de a solicita rectificarea sau ștergerea datelor cu caracter personal ori restricționarea prelucrării, precum și a dreptului de a se opune prelucrării ({ REF(15, par: 1, pt: "e") });
access-info-complaint = dreptul de a depune o plângere în fața unei autorități de supraveghere ({ REF(15, par: 1, pt: "f") });
access-info-source = orice informații disponibile privind sursa datelor cu caracter personal: site-urile și paginile web concrete, nu doar categorii de surse ({ REF(15, par: 1, pt: "g") });
access-info-automated = existența unui proces decizional automatizat, incluzând crearea de profiluri, și informații pertinente privind logica utilizată, precum și privind importanța și consecințele preconizate ale unei astfel de prelucrări pentru mine ({ REF(15, par: 1, pt: "h") });
access-info-transfers = în cazul în care datele cu caracter personal sunt transferate către o țară terță sau o organizație internațională, garanțiile adecvate în temeiul { REF(46, case: "gen") } din { $gdpr } referitoare la transfer ({ REF(15, par: 2) }).
# $reference and $date: the CNIL's decision; „din { $date }” needs no inflection („din 17 octombrie 2022”).
access-scope = Prezenta cerere vizează toate datele cu caracter personal care mă privesc, din toate sistemele dumneavoastră, inclusiv datele pseudonimizate și datele pe care le-ați derivat sau dedus. Ea nu se limitează la ultimele douăsprezece luni, nici la un anumit număr de cereri pe an și nu este condiționată de reiterarea ei de către mine: autoritatea franceză de supraveghere (CNIL) a constatat caracterul ilegal al unor astfel de restricții aplicate de { $controller }, prin deliberarea sa nr. { $reference } din { $date }.
access-role = Pentru fiecare operațiune de prelucrare, vă rog să precizați, de asemenea, dacă o efectuați în calitate de operator sau în calitate de persoană împuternicită de operator, în numele unui client, și, în acest din urmă caz, în numele cui ({ REF(4, num: 7) } și { REF(4, num: 8) } din { $gdpr }).
# United Kingdom letters only. REF cannot write "1A": the citation is written out.
access-search-uk = Am dreptul la datele cu caracter personal și la informațiile pe care le puteți furniza pe baza unei căutări rezonabile și proporționale (articolul 15 alin. (1A) din { $gdpr }). Baza dumneavoastră de date este concepută pentru a fi interogată pe baza unei fețe: o căutare în aceasta pe baza feței mele, precum și în evidențele căutărilor în care am apărut ca rezultat sau în care a fost încărcată fața mea, este rezonabilă și proporțională, indiferent de volumul acestora.
access-format = Vă rog să îmi furnizați copia în mod gratuit (articolele { REF(12, par: 5, form: "item") } și { REF(15, par: 3, form: "item") } din { $gdpr }), utilizând un limbaj clar și simplu ({ REF(12, par: 1) } din { $gdpr }) și, dacă răspundeți pe cale electronică, într-un format electronic utilizat în mod curent ({ REF(15, par: 3) } din { $gdpr }).

## Erasure (Article 17)

erasure-heading = Ștergerea datelor mele cu caracter personal ({ REF(17) } din { $gdpr })
erasure-after-access = După ce îmi veți furniza copia și informațiile solicitate mai sus, vă rog să ștergeți fără întârzieri nejustificate toate datele cu caracter personal care mă privesc ({ REF(17, par: 1) } din { $gdpr }).
erasure-scope = Ștergerea trebuie să cuprindă:
erasure-scope-images = fiecare imagine în care apar și fiecare copie a acesteia;
erasure-scope-biometrics = șabloanele biometrice, vectorii și valorile hash derivate din fața mea;
erasure-scope-metadata = metadatele și adresele sursă (URL) asociate acestor imagini;
erasure-scope-searches = rezultatele căutărilor, jurnalele de căutare și asocierile care mă privesc;
erasure-scope-backups = toate copiile din copiile de siguranță (backup), din arhive și din sistemele persoanelor împuternicite de dumneavoastră.
erasure-grounds = Sunt întrunite următoarele motive de ștergere:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } din { $gdpr }: datele cu caracter personal au fost prelucrate ilegal. Nu dispuneți de niciun temei juridic conform { REF(6, par: 1, case: "gen") } din { $gdpr }. Datele biometrice ({ REF(4, num: 14) } din { $gdpr }) prelucrate în scopul identificării unice a unei persoane fizice fac parte din categoriile speciale de date cu caracter personal a căror prelucrare este interzisă de { REF(9, par: 1) } din { $gdpr }. Nu se aplică niciuna dintre excepțiile prevăzute la { REF(9, par: 2) }: nu mi-am dat consimțământul explicit pentru prelucrarea datelor mele biometrice în baza dumneavoastră de date ({ REF(9, par: 2, pt: "a") }), iar imaginile care pot fi găsite pe internet nu sunt date făcute publice în mod manifest de mine în vederea unei prelucrări biometrice ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } din { $gdpr }: datele cu caracter personal au fost prelucrate ilegal. Nu dispuneți de niciun temei juridic conform { REF(6, par: 1, case: "gen") } din { $gdpr }. Datele biometrice ({ REF(4, num: 14) } din { $gdpr }) prelucrate în scopul identificării unice a unei persoane fizice fac parte din categoriile speciale de date cu caracter personal a căror prelucrare este interzisă de { REF(9, par: 1) } din { $gdpr }. Nu se aplică niciuna dintre excepțiile prevăzute la { REF(9, par: 2) } din { $gdpr }, coroborat cu anexa 1 (Schedule 1) la Data Protection Act 2018: nu mi-am dat consimțământul explicit pentru prelucrarea datelor mele biometrice în baza dumneavoastră de date ({ REF(9, par: 2, pt: "a") }), iar imaginile care pot fi găsite pe internet nu sunt date făcute publice în mod manifest de mine în vederea unei prelucrări biometrice ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } din { $gdpr }: mă opun prelucrării în temeiul { REF(21, par: 1, case: "gen") } din { $gdpr }, din motive legate de situația particulară în care mă aflu: fața mea este un element de identificare permanent, pe care nu îl pot schimba, iar prezența ei în baza dumneavoastră de date permite oricăruia dintre clienții dumneavoastră să mă identifice pe baza oricărei fotografii, oriunde și oricând ar fi fost realizată.
# The person's own words (--objection-grounds), in Romanian quotation marks; same item as the objection.
erasure-ground-objection-own = În propriile mele cuvinte: „{ $grounds }”
# Art. 21 alin. (1), Romanian text: „cu excepția cazului în care operatorul demonstrează că are motive legitime și imperioase care justifică prelucrarea și care prevalează asupra intereselor, drepturilor și libertăților persoanei vizate”.
erasure-ground-objection-burden = Prin urmare, trebuie să încetați prelucrarea, cu excepția cazului în care demonstrați că aveți motive legitime și imperioase care justifică prelucrarea și care prevalează asupra intereselor, drepturilor și libertăților mele sau că scopul este constatarea, exercitarea sau apărarea unui drept în instanță ({ REF(21, par: 1) } din { $gdpr }). În măsura în care vă întemeiați pe { REF(6, par: 1, pt: "e f", conj: "or") } din { $gdpr }, astfel de motive nu există: interesul dumneavoastră comercial de a vinde căutări după fața mea nu constituie un astfel de motiv.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } din { $gdpr }: în măsura în care vă întemeiați pe consimțământ, îmi retrag consimțământul.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: „în Italia”, from country-in.
# Its name is in its own language and cannot be inflected: keep it in parentheses after „autoritatea de supraveghere”.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } din { $gdpr }, pe lângă motivele de mai sus: autoritatea de supraveghere ({ $authority }) v-a obligat să ștergeți datele cu caracter personal ale persoanelor aflate { $in_country }. În opinia mea, ștergerea este, prin urmare, necesară și pentru respectarea unei obligații legale care vă revine.
erasure-exceptions = Nu se aplică niciuna dintre excepțiile prevăzute la { REF(17, par: 3) } din { $gdpr }: prelucrarea nu este necesară pentru exercitarea dreptului la liberă exprimare și la informare, pentru respectarea unei obligații legale, pentru îndeplinirea unei sarcini executate în interes public sau în cadrul exercitării unei autorități oficiale, din motive de interes public în domeniul sănătății publice, în scopuri de arhivare în interes public, în scopuri de cercetare științifică sau istorică ori în scopuri statistice și nici pentru constatarea, exercitarea sau apărarea unui drept în instanță. Dacă invocați o excepție, vă rog să îmi indicați care anume și din ce motiv ({ REF(12, par: 4) } din { $gdpr }).
erasure-restriction = Până la ștergere, restricționați prelucrarea datelor mele cu caracter personal ({ REF(18, par: 1, pt: "d") } din { $gdpr }, pe durata verificării opoziției mele): în special, încetați imediat să mă afișați în rezultatele căutărilor.
erasure-recipients = Comunicați ștergerea fiecărui destinatar căruia i-au fost divulgate datele mele cu caracter personal, inclusiv fiecărui client care a primit imaginile mele în rezultatele căutărilor ({ REF(19) } din { $gdpr }), și informați-mă cu privire la acești destinatari. În cazul în care ați făcut publice datele mele cu caracter personal, luați măsuri rezonabile pentru a informa operatorii care prelucrează aceste date că am solicitat ștergerea oricăror linkuri către datele respective sau a oricăror copii ale acestora ({ REF(17, par: 2) } din { $gdpr }).
erasure-no-recollection = Comunicați-mi ce veți face pentru a vă asigura că datele mele cu caracter personal nu vor fi colectate din nou. Dacă păstrați vreo evidență pentru a împiedica colectarea lor în viitor, comunicați-mi exact ce conține aceasta și pe ce temei juridic o păstrați.
erasure-confirmation = Vă rog să îmi confirmați ștergerea în scris și să precizați ce ați șters, inclusiv copiile din copiile de siguranță și șabloanele derivate.
erasure-free = Orice măsuri luate în urma cererii mele de ștergere, inclusiv notificările și confirmarea, sunt oferite gratuit ({ REF(12, par: 5) } din { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Restricționarea prelucrării până la ștergere ({ REF(18) } din { $gdpr })
restriction-body = De la primirea prezentei scrisori și până la ștergere, restricționați prelucrarea datelor mele cu caracter personal ({ REF(18, par: 1, pt: "d") } din { $gdpr }, pe durata verificării opoziției mele formulate în temeiul { REF(21, par: 1, case: "gen") } din { $gdpr }): stocați datele, dar nu le utilizați în niciun alt scop decât acela de a răspunde la prezenta cerere. În special, încetați imediat să mă afișați în rezultatele căutărilor.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identificare
identification-no-photo = Informațiile din prezenta scrisoare sunt suficiente pentru a răspunde la aceasta. Dacă aveți îndoieli întemeiate cu privire la identitatea mea, indicați-mi ce informații suplimentare sunt strict necesare ({ REF(12, par: 6) } din { $gdpr }). Dacă în sistemul dumneavoastră se pot efectua căutări numai pe baza unei fotografii a feței mele, vă rog să mă informați; în acest caz, vă voi furniza o astfel de fotografie exclusiv pentru prezenta cerere.
identification-photo = Anexez o fotografie a feței mele exclusiv pentru a vă permite să găsiți datele cu caracter personal care mă privesc (articolele { REF(11, par: 2, form: "item") } și { REF(12, par: 6, form: "item") } din { $gdpr }). Îmi dau consimțământul explicit ({ REF(9, par: 2, pt: "a") } din { $gdpr }) pentru o singură căutare în baza dumneavoastră de date cu ajutorul unui șablon biometric creat pe baza acestei fotografii, numai pentru prezenta cerere. Nu consimt la nicio altă utilizare: nu adăugați fotografia sau șablonul în baza dumneavoastră de date și nu le divulgați. Îmi retrag consimțământul de îndată ce ați răspuns la prezenta cerere ({ REF(7, par: 3) } din { $gdpr }): ștergeți atunci fotografia, șablonul și rezultatele căutării efectuate cu ajutorul lor și confirmați-mi ștergerea ({ REF(5, par: 1, pt: "b c e") } din { $gdpr }).
identification-id-document = Nu voi trimite o copie a unui act de identitate decât dacă demonstrați că acest lucru este strict necesar. Orice astfel de copie trebuie ștearsă imediat după verificare (Comitetul european pentru protecția datelor, Ghidurile 01/2022 privind drepturile persoanelor vizate – Dreptul de acces, punctele 74, 76 și 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = Nu voi trimite o copie a unui act de identitate decât dacă demonstrați că acest lucru este necesar: puteți solicita doar informațiile rezonabile și proporționale pentru confirmarea identității mele (Information Commissioner's Office, ghidul „Right of access”).

## Deadline and form (Article 12)

deadline-heading = Termenul și forma răspunsului dumneavoastră
deadline-access = Vă rog să răspundeți fără întârzieri nejustificate și în cel mult o lună de la primirea prezentei cereri ({ REF(12, par: 3) } din { $gdpr }). Această perioadă poate fi prelungită cu cel mult două luni și numai atunci când este necesar, ținându-se seama de complexitatea și numărul cererilor; în acest caz, trebuie să mă informați cu privire la prelungire în termen de o lună de la primirea cererii, prezentând și motivele întârzierii. Dacă nu dați curs cererii mele, trebuie să mă informați, în termen de o lună, cu privire la motivele pentru care nu luați măsuri și cu privire la dreptul meu de a depune o plângere în fața unei autorități de supraveghere și de a introduce o cale de atac judiciară ({ REF(12, par: 4) } din { $gdpr }).
deadline-erasure = Vă rog să dați curs cererii mele fără întârzieri nejustificate și în cel mult o lună de la primirea ei ({ REF(12, par: 3) } din { $gdpr }). Această perioadă poate fi prelungită cu cel mult două luni și numai atunci când este necesar, ținându-se seama de complexitatea și numărul cererilor; în acest caz, trebuie să mă informați cu privire la prelungire în termen de o lună de la primirea cererii, prezentând și motivele întârzierii. Dacă nu dați curs cererii mele, trebuie să mă informați, în termen de o lună, cu privire la motivele pentru care nu luați măsuri și cu privire la dreptul meu de a depune o plângere în fața unei autorități de supraveghere și de a introduce o cale de atac judiciară ({ REF(12, par: 4) } din { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (written out).
deadline-access-uk = Vă rog să răspundeți fără întârzieri nejustificate și cel târziu înainte de expirarea termenului aplicabil (applicable time period), și anume o lună de la primirea prezentei cereri (articolul 12A din { $gdpr }). Termenul poate fi prelungit cu cel mult două luni și numai atunci când este necesar din cauza complexității sau a numărului cererilor; în acest caz, trebuie să mă informați în cursul acelei luni, prezentând motivele. Dacă aveți în mod rezonabil nevoie de informații suplimentare din partea mea pentru a identifica informațiile sau operațiunile de prelucrare la care se referă cererea mea, solicitați-mi-le fără întârziere: termenul se suspendă numai până la răspunsul meu. Dacă nu dați curs cererii mele, trebuie să mă informați, în cadrul acestui termen, cu privire la motive și cu privire la dreptul meu de a depune o plângere la Information Commissioner și de a introduce o cale de atac judiciară ({ REF(12, par: 4) } din { $gdpr }).
deadline-erasure-uk = Vă rog să dați curs cererii mele fără întârzieri nejustificate și cel târziu înainte de expirarea termenului aplicabil (applicable time period), și anume o lună de la primirea prezentei cereri (articolul 12A din { $gdpr }). Termenul poate fi prelungit cu cel mult două luni și numai atunci când este necesar din cauza complexității sau a numărului cererilor; în acest caz, trebuie să mă informați în cursul acelei luni, prezentând motivele. Dacă nu dați curs cererii mele, trebuie să mă informați, în cadrul acestui termen, cu privire la motive și cu privire la dreptul meu de a depune o plângere la Information Commissioner și de a introduce o cale de atac judiciară ({ REF(12, par: 4) } din { $gdpr }).
no-formalities = Nu puteți condiționa răspunsul dumneavoastră de utilizarea unui anumit formular, portal web sau mijloc de transmitere (Comitetul european pentru protecția datelor, Ghidurile 01/2022 privind drepturile persoanelor vizate – Dreptul de acces, punctele 50-53).
no-formalities-uk = Nu puteți condiționa răspunsul dumneavoastră de utilizarea unui anumit formular, portal web sau mijloc de transmitere: o cerere poate fi făcută în orice formă, verbal sau în scris (Information Commissioner's Office, ghidul „Right of access”).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address, reply-to-both when a postal and an e-mail address are given, reply-to-email when
# only an e-mail address is given.
reply-to-postal = Vă rog să trimiteți răspunsul la adresa indicată mai sus.
reply-to-both = Vă rog să trimiteți răspunsul la adresa poștală sau de e-mail indicată mai sus.
reply-to-email = Vă rog să trimiteți răspunsul la adresa de e-mail indicată mai sus.

## Decisions against Clearview

decisions-heading = Decizii împotriva societății { $controller }
decisions-own = În țara în care locuiesc au fost adoptate următoarele decizii:
# $controller ends with a full stop ("Inc."): never put it at the end of a sentence.
decisions-other = Autoritățile de supraveghere din alte state au constatat că aceeași prelucrare, efectuată de { $controller }, este ilegală. Mă întemeiez pe deciziile acestora:
# One decision. $authority: name of the authority or court (in its own language, not inflected);
# $country: its country (CLDR, nominative, e.g. "Italia"); $act: one of decision-kind-* with the
# reference (with the definite article, as in Romanian citations: „decizia 35/2022”);
# $date: its date („10 februarie 2022”), after „din”, which needs no inflection.
decision-citation = { $authority } ({ $country }), { $act } din { $date }
# The Italian Garante's „ordinanza ingiunzione” (a fine with corrective orders), with its Italian name.
decision-kind-injunction-order = ordonanța de injoncțiune (ordinanza ingiunzione) nr. { $reference }
decision-kind-decision = decizia { $reference }
decision-kind-formal-notice = somația nr. { $reference }
# The CNIL's sanction: a „délibération” of its restricted committee (formation restreinte).
decision-kind-sanction = deliberarea formațiunii restrânse (délibération) nr. { $reference }
decision-kind-penalty-liquidation = deliberarea formațiunii restrânse nr. { $reference } (lichidarea penalităților cu titlu cominatoriu)
decision-kind-fines-and-penalty-orders = decizia (amenzi și dispoziții însoțite de penalități cu titlu cominatoriu)
# The Austrian DSB's „Bescheid”; the Federal Administrative Court's „Beschluss” annulling it and
# remitting the case (an „încheiere”, not a „hotărâre” on the merits or a „sentință”); a UK
# tribunal's decision.
decision-kind-bescheid = decizia (Bescheid) { $reference }
decision-kind-remittal-order = încheierea (Beschluss) { $reference }
decision-kind-tribunal-decision = decizia { $reference }
decision-kind-letter = scrisoarea
decision-kind-enforcement-and-penalty-notices = notificarea de executare (enforcement notice) și notificarea de sancțiune pecuniară (monetary penalty notice)
# The following sentences come after decision-citation; their implicit subject is the authority
# or court just cited (Romanian drops the subject pronoun, so no gender is needed).
# $articles: the provisions found infringed, written with ref-list („articolele 5 alin. (1) lit. a),
# 6 și 9”), in the nominative: hence after a colon.
decision-articles = A constatat încălcarea următoarelor dispoziții din { $gdpr }: { $articles }.
# $amount: an amount with its currency, already formatted.
decision-fine = A aplicat o amendă de { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018), not „amendă”.
decision-monetary-penalty = A aplicat o sancțiune pecuniară (monetary penalty) de { $amount }.
decision-fines-total = A aplicat amenzi în valoare totală de { $amount }.
decision-penalty-per-day = A stabilit, de asemenea, o penalitate cu titlu cominatoriu de { $amount } pentru fiecare zi de întârziere.
decision-penalty-max = A dispus, de asemenea, măsuri însoțite de penalități cu titlu cominatoriu de până la { $amount } în total.
decision-penalty-liquidated = A obligat societatea { $controller } să plătească { $amount }, întrucât nu a respectat dispoziția în termen.
decision-orders = I-a ordonat societății { $controller }:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published); like decision-orders it is followed by the order-* items („să” + subjunctive).
decision-requests = I-a solicitat societății { $controller }:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Notificările respective nu sunt definitive: Upper Tribunal a trimis spre rejudecare la First-tier Tribunal calea de atac formulată de Clearview împotriva lor.
# Orders are list items completing „I-a ordonat societății Clearview AI, Inc.:” or
# „I-a solicitat societății Clearview AI, Inc.:”: each starts with „să” + subjunctive
# (third person, the company being the subject) and ends with „;”.
# facerights replaces the last „;” with a full stop.
# „statului respectiv” refers to the country named in the citation just above.
order-ban-collection-territory = să înceteze colectarea de imagini și de alte date cu caracter personal ale persoanelor aflate { $in_country }, precum și prelucrarea datelor biometrice ale acestora;
order-ban-collection-processing-territory = să înceteze colectarea, prin extragere automată de date de pe internet (web scraping), de imagini și metadate ale persoanelor aflate { $in_country } și orice altă prelucrare a datelor lor cu caracter personal, obișnuite și biometrice;
order-erase-territory = să șteargă datele cu caracter personal ale persoanelor aflate { $in_country };
order-erase-territory-after-access = să șteargă datele cu caracter personal ale persoanelor aflate { $in_country }, după ce va răspunde la cererile de acces deja primite;
order-stop-processing-territory = să înceteze colectarea și prelucrarea, fără temei juridic, a datelor cu caracter personal ale persoanelor aflate { $in_country };
order-facilitate-rights = să faciliteze exercitarea drepturilor persoanelor vizate și să răspundă la cererea de acces a reclamantului;
order-answer-complainant-access = să răspundă la cererea de acces a reclamantului;
order-grant-complainant-erasure = să dea curs cererii de ștergere a reclamantului;
order-appoint-representative = să desemneze un reprezentant în Uniune ({ REF(27) } din { $gdpr });
order-stop-processing-erase-territory = să înceteze prelucrarea datelor cu caracter personal ale persoanelor aflate { $in_country } și să elimine datele obținute ilegal;
order-give-art14-information = să informeze persoanele vizate astfel cum impune { REF(14) } din { $gdpr };
order-stop-refusing-access = să renunțe la politica sa de a nu răspunde la cererile de acces;
order-erase-complainant = să șteargă datele cu caracter personal ale reclamantului;
order-erase-complainant-biometric = să șteargă valorile hash biometrice ale reclamantului;
order-stop-obtaining-uk = să înceteze obținerea și utilizarea datelor cu caracter personal ale rezidenților din Regatul Unit care sunt disponibile public pe internet;
order-erase-uk = să șteargă din sistemele sale datele cu caracter personal ale rezidenților din Regatul Unit;
outcome-reconsider-ban = Instanța a considerat că autoritatea trebuie să își reconsidere refuzul de a interzice prelucrarea și că interdicția este singura măsură adecvată; a trimis cauza spre reexaminare autorității.
outcome-ftt-no-jurisdiction = Instanța a admis calea de atac formulată de Clearview, constatând că Information Commissioner nu avea competența de a emite notificările respective.
outcome-ut-ico-appeal-allowed = Instanța a admis calea de atac formulată de Information Commissioner: prelucrarea are legătură cu monitorizarea comportamentului persoanelor aflate în Regatul Unit, iar faptul că clienții Clearview sunt organisme publice străine nu o exclude din domeniul de aplicare al { $gdpr }.
outcome-remitted-ftt = A trimis spre rejudecare la First-tier Tribunal calea de atac formulată de Clearview împotriva notificărilor respective.
# Short summaries used for decisions of other countries, joined as a list with „și”:
# noun phrases without article, e.g. „amendă de 20.000.000 €, interdicție … și ordin de …”.
summary-fine = amendă de { $amount }
summary-monetary-penalty = sancțiune pecuniară (monetary penalty) de { $amount }, nedefinitivă
summary-erasure = ordin de ștergere a datelor cu caracter personal ale persoanelor aflate { $in_country }
summary-ban = interdicție privind continuarea colectării
summary-access = ordin de încetare a refuzului de a răspunde la cererile de acces
summary-complainant-access = ordin de a răspunde la cererea de acces a reclamantului
summary-erase-complainant = ordin de ștergere a datelor cu caracter personal ale reclamantului
summary-representative = ordin de desemnare a unui reprezentant în Uniune
summary-no-fine = fără amendă
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, not inflected,
# hence the parentheses); $address: its postal address on one line.
remedies = Dacă nu răspundeți complet în termen, voi depune o plângere la autoritatea de supraveghere competentă ({ $authority }, { $address }), în temeiul { REF(77, case: "gen") } din { $gdpr }. Îmi rezerv dreptul de a introduce o acțiune împotriva dumneavoastră în fața instanțelor din statul membru în care îmi am reședința obișnuită ({ REF(79, par: 2) } din { $gdpr }) și de a solicita despăgubiri ({ REF(82) } din { $gdpr }).
# EEA letters: „statul” (Iceland, Liechtenstein, Norway) instead of „statul membru”.
remedies-eea = Dacă nu răspundeți complet în termen, voi depune o plângere la autoritatea de supraveghere competentă ({ $authority }, { $address }), în temeiul { REF(77, case: "gen") } din { $gdpr }. Îmi rezerv dreptul de a introduce o acțiune împotriva dumneavoastră în fața instanțelor din statul în care îmi am reședința obișnuită ({ REF(79, par: 2) } din { $gdpr }) și de a solicita despăgubiri ({ REF(82) } din { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19 alin. (2) BDSG: German
# statutes keep their „§” in Romanian writing).
remedies-land-of-residence = Dacă nu răspundeți complet în termen, voi depune o plângere la autoritatea de supraveghere pentru protecția datelor din landul german în care locuiesc ({ REF(77) } din { $gdpr }; § 19 alin. (2) din Legea federală germană privind protecția datelor, BDSG). Îmi rezerv dreptul de a introduce o acțiune împotriva dumneavoastră în fața instanțelor din statul membru în care îmi am reședința obișnuită ({ REF(79, par: 2) } din { $gdpr }) și de a solicita despăgubiri ({ REF(82) } din { $gdpr }).
# United Kingdom letters: a UK „section” is cited as „secțiunea”, the Act's name in English.
remedies-uk = Aveți obligația de a facilita depunerea la dumneavoastră a plângerilor privind prelucrarea datelor mele cu caracter personal (secțiunea 164A din Data Protection Act 2018). Dacă nu răspundeți complet înainte de expirarea termenului aplicabil, voi depune la dumneavoastră o plângere în temeiul acestei secțiuni și, dacă aceasta nu rezolvă situația, voi depune o plângere la autoritatea de supraveghere competentă ({ $authority }, sau succesorul acesteia, Information Commission, { $address }), în temeiul { REF(77, case: "gen") } din { $gdpr }. Îmi rezerv dreptul de a solicita instanței un ordin de conformare (compliance order, secțiunea 167 din Data Protection Act 2018) și de a solicita despăgubiri ({ REF(82) } din { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed („revenire”) and a
## complaint to the supervisory authority („plângere”, articolul 77). They cite the first request by
## what it asked for (request-name-*), the date Clearview received it ($received) and the end of
## the reply period ($ends), all dates already formatted, after „la data de”. The complaint is
## addressed to the authority with „dumneavoastră”, as every letter; requests follow „vă solicit:”.

# What the first request asked for, in the nominative-accusative with the article („cererea
# mea …”): the messages use it only where that case fits („Ați primit …”, „Plângerea privește …”,
# „Revenire la …”, „Copie după …”). Feminine: „primită”.
request-name-access = cererea mea de acces în temeiul { REF(15, case: "gen") } din { $gdpr }
request-name-erasure = cererea mea de ștergere în temeiul { REF(17, case: "gen") } din { $gdpr } și de opoziție în temeiul { REF(21, par: 1, case: "gen") } din { $gdpr }
request-name-access-erasure = cererea mea de acces în temeiul { REF(15, case: "gen") } din { $gdpr }, de restricționare a prelucrării în temeiul { REF(18, case: "gen") } din { $gdpr } și de ștergere ulterioară în temeiul { REF(17, case: "gen") } din { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Revenire la { $request }, primită de dumneavoastră la data de { $received }
# $ends: the last day of the reply period.
reminder-facts = La data de { $received } ați primit { $request }, a cărei copie o anexez. Termenul pentru răspunsul dumneavoastră a expirat la data de { $ends } sau, dacă acea zi a fost o zi de sărbătoare legală, în următoarea zi lucrătoare ({ REF(12, par: 3) } din { $gdpr }).
reminder-facts-uk = La data de { $received } ați primit { $request }, a cărei copie o anexez. Termenul aplicabil (applicable time period) pentru răspunsul dumneavoastră a expirat la data de { $ends } sau, dacă acea zi a fost o zi de sărbătoare legală (bank holiday), în următoarea zi lucrătoare (articolul 12A din { $gdpr }).
reminder-no-reply = Nu am primit niciun răspuns din partea dumneavoastră și nicio informare cu privire la o prelungire a termenului sau la motivele pentru care nu ați dat curs cererii mele ({ REF(12, par: "3 4") } din { $gdpr }).
reminder-incomplete = Răspunsul dumneavoastră este incomplet: nu conține tot ceea ce am solicitat și nu ați indicat motivele pentru care ați omis o parte din acestea ({ REF(12, par: 4) } din { $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = Prin urmare, nu vă respectați obligațiile prevăzute de { $gdpr }. Vă solicit să dați curs integral cererii mele fără alte întârzieri și, în orice caz, cel târziu la data de { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = În caz contrar, voi depune, fără altă notificare, o plângere la autoritatea de supraveghere competentă ({ $authority }, { $address }), în temeiul { REF(77, case: "gen") } din { $gdpr }. Îmi rezerv dreptul de a introduce o acțiune împotriva dumneavoastră în fața instanțelor din statul membru în care îmi am reședința obișnuită ({ REF(79, par: 2) } din { $gdpr }) și de a solicita despăgubiri pentru orice prejudiciu care mi-ar fi fost cauzat ({ REF(82) } din { $gdpr }).
reminder-remedies-eea = În caz contrar, voi depune, fără altă notificare, o plângere la autoritatea de supraveghere competentă ({ $authority }, { $address }), în temeiul { REF(77, case: "gen") } din { $gdpr }. Îmi rezerv dreptul de a introduce o acțiune împotriva dumneavoastră în fața instanțelor din statul în care îmi am reședința obișnuită ({ REF(79, par: 2) } din { $gdpr }) și de a solicita despăgubiri pentru orice prejudiciu care mi-ar fi fost cauzat ({ REF(82) } din { $gdpr }).
reminder-remedies-land-of-residence = În caz contrar, voi depune, fără altă notificare, o plângere la autoritatea de supraveghere pentru protecția datelor din landul german în care locuiesc ({ REF(77) } din { $gdpr }; § 19 alin. (2) din Legea federală germană privind protecția datelor, BDSG). Îmi rezerv dreptul de a introduce o acțiune împotriva dumneavoastră în fața instanțelor din statul membru în care îmi am reședința obișnuită ({ REF(79, par: 2) } din { $gdpr }) și de a solicita despăgubiri pentru orice prejudiciu care mi-ar fi fost cauzat ({ REF(82) } din { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# („secțiunea 164A din Data Protection Act 2018”, as in remedies-uk).
reminder-remedies-uk = Prezenta scrisoare constituie totodată plângerea mea adresată dumneavoastră în temeiul secțiunii 164A din Data Protection Act 2018: vă rog să confirmați primirea acesteia în termen de 30 de zile și să mă informați fără întârzieri nejustificate cu privire la soluționarea ei. Dacă nu dați curs cererii mele, voi depune o plângere la autoritatea de supraveghere competentă ({ $authority }, sau succesorul acesteia, Information Commission, { $address }), în temeiul { REF(77, case: "gen") } din { $gdpr }. Îmi rezerv dreptul de a solicita instanței un ordin de conformare (compliance order, secțiunea 167 din Data Protection Act 2018) și de a solicita despăgubiri ({ REF(82) } din { $gdpr }).
# Enclosure lines („Copie după …” takes the accusative).
enclosure-request-copy = Copie după { $request }, primită la data de { $received }
enclosure-proof = Dovada expedierii și, dacă este disponibilă, a livrării
enclosure-reply = Copie după răspunsul societății { $controller }
enclosure-reminder = Copie după scrisoarea mea de revenire din { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Plângere în temeiul { REF(77, case: "gen") } din { $gdpr } împotriva societății { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Stimate doamne și stimați domni,
# $controller_address: Clearview's postal address on one line.
complaint-intro = Prin prezenta, depun o plângere în temeiul { REF(77, case: "gen") } din { $gdpr } împotriva societății { $controller }, { $controller_address }. Plângerea privește { $request }, primită de { $controller } la data de { $received }, a cărei copie o anexez.
# What happened ($outcome): one of these.
complaint-no-reply = Societatea { $controller } nu a răspuns cererii mele, iar termenul pentru răspuns a expirat la data de { $ends } sau, dacă acea zi a fost o zi de sărbătoare legală, în următoarea zi lucrătoare ({ REF(12, par: 3) } din { $gdpr }). Nu m-a informat cu privire la o prelungire a termenului sau la motivele pentru care nu a dat curs cererii ({ REF(12, par: 4) } din { $gdpr }).
complaint-no-reply-uk = Societatea { $controller } nu a răspuns cererii mele, iar termenul aplicabil (applicable time period) pentru răspuns a expirat la data de { $ends } sau, dacă acea zi a fost o zi de sărbătoare legală (bank holiday), în următoarea zi lucrătoare (articolul 12A din { $gdpr }). Nu m-a informat cu privire la o prelungire a termenului sau la motivele pentru care nu a dat curs cererii ({ REF(12, par: 4) } din { $gdpr }).
complaint-incomplete = Societatea { $controller } a răspuns, însă răspunsul este incomplet: nu conține tot ceea ce am solicitat și nu indică motivele pentru care a omis o parte din acestea. Termenul pentru un răspuns complet a expirat la data de { $ends } sau, dacă acea zi a fost o zi de sărbătoare legală, în următoarea zi lucrătoare ({ REF(12, par: 3) } din { $gdpr }). Anexez o copie a răspunsului.
complaint-incomplete-uk = Societatea { $controller } a răspuns, însă răspunsul este incomplet: nu conține tot ceea ce am solicitat și nu indică motivele pentru care a omis o parte din acestea. Termenul aplicabil (applicable time period) pentru un răspuns complet a expirat la data de { $ends } sau, dacă acea zi a fost o zi de sărbătoare legală (bank holiday), în următoarea zi lucrătoare (articolul 12A din { $gdpr }). Anexez o copie a răspunsului.
complaint-refused = Societatea { $controller } a refuzat să dea curs cererii mele. Anexez o copie a răspunsului său.
complaint-identity-demanded = Societatea { $controller } a condiționat răspunsul de o identificare pe care cererea mea nu o necesita, cum ar fi copia unui act de identitate. Anexez o copie a răspunsului său.
# $reminded: the date of the reminder the person sent.
complaint-reminded = La data de { $reminded } am adresat societății { $controller } o scrisoare de revenire; aceasta nu a dat curs nici acum cererii mele. Anexez o copie a scrisorii de revenire.
complaint-reminded-uk = La data de { $reminded } am depus la societatea { $controller } o plângere în temeiul secțiunii 164A din Data Protection Act 2018; situația nu a fost rezolvată. Anexez o copie a acestei plângeri.
complaint-infringements = În opinia mea, societatea { $controller } a încălcat astfel, în special:
# Infringements, as list items continuing complaint-infringements, each ending with „;”. Two
# provisions share one head word („articolele 17 alin. (1) și 21 alin. (1) din RGPD”).
infringement-time-limit = { REF(12, par: 3) } din { $gdpr }, deoarece nu a dat curs cererii mele în termen;
infringement-time-limit-uk = { REF(12, par: 3) } din { $gdpr }, coroborat cu articolul 12A din { $gdpr }, deoarece nu a dat curs cererii mele în termenul aplicabil;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4") } din { $gdpr }, deoarece nu a dat curs integral cererii mele în termen și nu a indicat motivele pentru care a omis o parte din aceasta;
infringement-incomplete-uk = { REF(12, par: "3 4") } din { $gdpr }, coroborat cu articolul 12A din { $gdpr }, deoarece nu a dat curs integral cererii mele în termenul aplicabil și nu a indicat motivele pentru care a omis o parte din aceasta;
infringement-no-reasons = { REF(12, par: 4) } din { $gdpr }, deoarece nu m-a informat cu privire la motivele pentru care nu a dat curs cererii și la posibilitatea de a depune o plângere;
infringement-access = { REF(15) } din { $gdpr }, deoarece nu mi-a permis accesul la datele mele cu caracter personal și la informațiile privind prelucrarea acestora;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = articolele { REF(18, par: 1, pt: "d", form: "item") } și { REF(21, par: 1, form: "item") } din { $gdpr }, deoarece nici nu a restricționat prelucrarea datelor mele cu caracter personal, nici nu a încetat prelucrarea după ce m-am opus;
infringement-erasure = articolele { REF(17, par: 1, form: "item") } și { REF(21, par: 1, form: "item") } din { $gdpr }, deoarece nu mi-a șters datele cu caracter personal și nu a încetat să le prelucreze, deși se aplică motive de ștergere și m-am opus prelucrării;
infringement-identification = articolele { REF(12, par: 2, form: "item") } și { REF(12, par: 6, form: "item") } din { $gdpr }, deoarece a condiționat exercitarea drepturilor mele de o identificare care nu este necesară, precum și { REF(5, par: 1, pt: "c") } din { $gdpr }, deoarece solicită mai multe date cu caracter personal decât îi sunt necesare;
infringement-refusal = { REF(12, par: 4) } din { $gdpr }, deoarece a refuzat să dea curs cererii mele fără un motiv recunoscut de { $gdpr }, precum și { REF(12, par: 2) } din { $gdpr }, în măsura în care invocă imposibilitatea de a mă identifica;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Mai multe autorități de supraveghere au adoptat deja următoarele decizii împotriva societății { $controller }:
complaint-requests = Prin urmare, vă solicit:
# Items continuing complaint-requests („să …”), in the words of articolele 57, 58 and 77 of the Romanian GDPR text.
complaint-ask-handle = să tratați plângerea mea și să investigați obiectul acesteia ({ REF(57, par: 1, pt: "f") } din { $gdpr });
complaint-ask-order = să obligați societatea { $controller } să dea curs cererii mele ({ REF(58, par: 2, pt: "c") } din { $gdpr }) și să vă exercitați celelalte competențe corective (articolele { REF(58, par: 2, form: "item") } și { REF(83, form: "item") } din { $gdpr });
complaint-ask-inform = să mă informați cu privire la stadiul și rezultatul plângerii ({ REF(77, par: 2) } din { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = să mă informați cu privire la stadiul și rezultatul plângerii (secțiunea 165 din Data Protection Act 2018).
complaint-consent-share = Sunt de acord ca prezenta plângere, împreună cu numele meu, să fie comunicată societății { $controller } în vederea soluționării ei.
