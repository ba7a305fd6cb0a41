### facerights — letter text, Italian (it).
###
### Every sentence of the letters. Translate the values, never the ids, and keep every
### { $variable } exactly: each carries a fact (a date, an amount, an authority's name).
### Legal terms follow the official Italian language version of Regulation (EU) 2016/679 on
### EUR-Lex (interessato, titolare del trattamento, destinatario, autorità di controllo,
### senza ingiustificato ritardo, resi manifestamente pubblici dall'interessato, ...).
###
### Italian notes:
###   - The letter addresses the company with the formal plural "Voi" (Vi, Vostro, Vostra),
###     the usual courtesy form in Italian letters to a company ("Egregi Signori").
###   - The author's gender is unknown: avoid adjectives and participles that agree with the
###     author ("sono tenuto/a", "mi sono opposto/a").
###   - Dates are introduced with "in data { $date }", never "del { $date }", so that days such
###     as 1, 8 and 11 ("dell'8 maggio") never produce a wrong article.
###   - Authority names are given in their own language and have no fixed gender in Italian:
###     they follow a neutral head noun ("l'autorità di controllo { $authority }").
###   - Provisions are cited with REF (see "Citations" below): "art. 15, par. 1, lett. h), del GDPR".
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters)
###   $controller  "Clearview AI, Inc." (treated as "la società": feminine agreement)

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

# "GDPR" is the short name Italian lawyers and courts use ("art. 15 del GDPR"); the Garante
# writes "Regolamento", which only works once the text has defined it. Masculine: "il GDPR".
law-short-eu = GDPR
law-short-uk = UK GDPR
# law-full-* always follow "del" ("ai sensi dell'articolo 15 del { $law_full }").
law-full-eu = regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»)
law-full-eea = regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati, «GDPR»), come integrato nell'accordo sullo Spazio economico europeo
law-full-uk = regolamento generale sulla protezione dei dati del Regno Unito (United Kingdom General Data Protection Regulation, «UK GDPR»), in combinato disposto con il Data Protection Act 2018 (legge sulla protezione dei dati del 2018)

## Citations, as Italian lawyers and the Garante write them: "art. 15, par. 1, lett. h), del GDPR"
## (abbreviated, so "dell'art. 15", "all'art. 17" read as "articolo"). Paragraphs and letters are
## set off by commas, so a citation with a paragraph or letter that is followed by its complement
## ("del { $gdpr }") closes with a comma: messages ask for it with `case: "cont"`, and for the
## capitalised form at the start of a sentence with `case: "start"`. Lists (the articles a decision
## found infringed) repeat "art." before each provision ("art. 5, par. 1, lett. a), art. 6 e
## art. 9"), because "artt. 12, parr. 1 e 2 e 15" would be ambiguous.
ref-a = art. { $art }
    .start = Art. { $art }
ref-ap = art. { $art }, { $npar ->
        [one] par.
       *[other] parr.
    } { $par }
    .cont = art. { $art }, { $npar ->
        [one] par.
       *[other] parr.
    } { $par },
    .start = Art. { $art }, { $npar ->
        [one] par.
       *[other] parr.
    } { $par },
ref-app = art. { $art }, par. { $par }, lett. { $pt }
    .cont = art. { $art }, par. { $par }, lett. { $pt },
    .start = Art. { $art }, par. { $par }, lett. { $pt },
ref-an = art. { $art }, n. { $num })
    .cont = art. { $art }, n. { $num }),
    .start = Art. { $art }, n. { $num }),
ref-par = { $par }
ref-point = { $letter })
# Inside a list each provision keeps "art." (see above).
ref-item-a = art. { $art }
ref-item-ap = art. { $art }, { $npar ->
        [one] par.
       *[other] parr.
    } { $par }
ref-item-app = art. { $art }, par. { $par }, lett. { $pt }
ref-item-an = art. { $art }, n. { $num })
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in Italia", "nei Paesi Bassi", "nel Regno Unito", after "delle persone che si
## trovano". $code: the ISO code; $name: the country's name in Italian (CLDR). Italian uses bare
## "in" before the name of a single country ("in Francia", "in Portogallo"); plural and compound
## names take the article ("nei Paesi Bassi", "nel Regno Unito"), islands "a" ("a Malta").
country-in = { $code ->
    [IT] in Italia
    [GR] in Grecia
    [FR] in Francia
    [AT] in Austria
    [DE] in Germania
    [NL] nei Paesi Bassi
    [GB] nel Regno Unito
    [CY] a Cipro
    [MT] a Malta
   *[other] in { $name }
}

## Letter frame

subject-access = Oggetto: richiesta di accesso ai miei dati personali ai sensi dell'{ REF(15) } del { $gdpr }
subject-erasure = Oggetto: richiesta di cancellazione dei miei dati personali ai sensi dell'{ REF(17) } del { $gdpr } e opposizione ai sensi dell'{ REF(21, par: 1, case: "cont") } del { $gdpr }
subject-access-erasure = Oggetto: richiesta di accesso ai sensi dell'{ REF(15) } del { $gdpr }, di limitazione del trattamento ai sensi dell'{ REF(18) } del { $gdpr } e di successiva cancellazione ai sensi dell'{ REF(17) } del { $gdpr }
salutation = Egregi Signori,
closing = Distinti saluti
# $reference: the sender's own case or reference number.
our-reference = Mio riferimento: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation (no space before the colon in Italian).
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Allegato:
   *[other] Allegati:
}
enclosure-photo = fotografia del mio volto, fornita al solo scopo di identificarmi ai fini della presente richiesta
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Pagina { $page } di { $pages }

## Opening

# $law_full: one of law-full-*.
intro-access = Con la presente esercito il mio diritto di accesso ai sensi dell'{ REF(15) } del { $law_full }. Vi chiedo di confermarmi se { $controller } tratti o meno dati personali che mi riguardano e, in caso affermativo, di consentirmi l'accesso a tali dati personali e alle informazioni di seguito elencate. La presente richiesta non necessita di alcuna motivazione.
intro-erasure = Con la presente esercito il mio diritto alla cancellazione ai sensi dell'{ REF(17) } del { $law_full }. Vi chiedo di cancellare senza ingiustificato ritardo tutti i dati personali che mi riguardano. Contestualmente, ai sensi dell'{ REF(21, par: 1, case: "cont") } del { $gdpr }, mi oppongo a qualsiasi trattamento dei dati personali che mi riguardano.
intro-access-erasure = Con la presente esercito i miei diritti ai sensi del { $law_full }: in primo luogo il diritto di accesso ({ REF(15) } del { $gdpr }), quindi il diritto alla cancellazione ({ REF(17) } del { $gdpr }). Chiedo anzitutto l'accesso per sapere quali dati detenete sul mio conto prima che siano cancellati. Ai sensi dell'{ REF(21, par: 1, case: "cont") } del { $gdpr }, mi oppongo a qualsiasi trattamento dei dati personali che mi riguardano e, fino alla cancellazione, Vi chiedo di limitare il trattamento ({ REF(18) } del { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision, after "in data".
applicability-eu = { $controller } è soggetta al { $gdpr }: raccoglie immagini di persone che si trovano nell'Unione europea e le tratta al fine di monitorarne il comportamento ({ REF(3, par: 2, pt: "b", case: "cont") } del { $gdpr }). Le autorità di controllo dell'Italia, della Grecia, della Francia, dell'Austria e dei Paesi Bassi le hanno applicato il { $gdpr } e hanno dichiarato illecito il trattamento da essa effettuato. Secondo la decisione dell'autorità di controllo dei Paesi Bassi adottata in data { $representative_date }, la società non aveva designato un rappresentante nell'Unione ({ REF(27) } del { $gdpr }). Indirizzo pertanto la presente richiesta direttamente a Voi.
applicability-eea = { $controller } è soggetta al { $gdpr }: raccoglie immagini di persone che si trovano nello Spazio economico europeo e le tratta al fine di monitorarne il comportamento ({ REF(3, par: 2, pt: "b", case: "cont") } del { $gdpr }). Le autorità di controllo dell'Italia, della Grecia, della Francia, dell'Austria e dei Paesi Bassi le hanno applicato il { $gdpr } e hanno dichiarato illecito il trattamento da essa effettuato. Secondo la decisione dell'autorità di controllo dei Paesi Bassi adottata in data { $representative_date }, la società non aveva designato un rappresentante nell'Unione ({ REF(27) } del { $gdpr }). Indirizzo pertanto la presente richiesta direttamente a Voi.
applicability-uk = { $controller } è soggetta al { $gdpr }. Nel 2025 l'Upper Tribunal ha statuito che le sue attività di trattamento riguardano il monitoraggio del comportamento di persone che si trovano nel Regno Unito ({ REF(3, par: 2, pt: "b", case: "cont") } del { $gdpr }). Indirizzo la presente richiesta direttamente a Voi.

## Access (Article 15)

access-heading = Accesso ai miei dati personali ({ REF(15) } del { $gdpr })
access-copy = Vi chiedo di fornirmi una copia di tutti i dati personali che mi riguardano oggetto di trattamento da parte Vostra ({ REF(15, par: 3, case: "cont") } del { $gdpr }), in particolare:
access-copy-images = ogni immagine in cui compaio o che associate alla mia persona, nella risoluzione in cui la conservate;
access-copy-sources = per ciascuna immagine, l'indirizzo (URL) della pagina web e del file dell'immagine da cui è stata raccolta, il titolo della pagina e le date in cui è stata raccolta e aggiornata per l'ultima volta;
access-copy-metadata = tutti i metadati conservati per ciascuna immagine, compresi i dati di geolocalizzazione e le date;
access-copy-biometrics = i modelli (template) biometrici, i vettori o i valori hash ricavati dal mio volto, nonché ogni altro dato che avete derivato o dedotto sul mio conto;
access-copy-searches = le registrazioni di ogni ricerca tra i cui risultati figuravo, con la data di ciascuna ricerca;
access-copy-probe = le registrazioni di ogni ricerca in cui un cliente ha caricato un'immagine del mio volto per interrogare la Vostra banca dati, con l'immagine, la data della ricerca e il cliente che l'ha effettuata;
access-copy-recipients = l'identità di ogni cliente o altro destinatario a cui sono stati comunicati risultati che mi riguardano.
access-info = Vi chiedo inoltre di fornirmi le seguenti informazioni ({ REF(15, par: "1 2", case: "cont") } del { $gdpr }):
access-info-purposes = le finalità di ciascun trattamento ({ REF(15, par: 1, pt: "a") }) e, per ciascuna finalità, la base giuridica su cui fondate il trattamento, che eravate comunque tenuti a comunicarmi ({ REF(14, par: 1, pt: "c") });
access-info-categories = le categorie di dati personali in questione ({ REF(15, par: 1, pt: "b") });
access-info-recipients = i destinatari a cui i dati personali sono stati o saranno comunicati, indicati nominativamente, in particolare se destinatari di paesi terzi o organizzazioni internazionali; l'indicazione delle sole categorie di destinatari non è sufficiente quando siete in grado di identificarli ({ REF(15, par: 1, pt: "c") }; sentenza della Corte di giustizia del 12 gennaio 2023, C-154/21, Österreichische Post);
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = i destinatari a cui i dati personali sono stati o saranno comunicati, indicati nominativamente, in particolare se destinatari di paesi terzi o organizzazioni internazionali; l'indicazione delle sole categorie di destinatari non è sufficiente quando siete in grado di identificarli ({ REF(15, par: 1, pt: "c") });
access-info-retention = il periodo di conservazione previsto per ciascuna categoria di dati personali oppure, se non è possibile, i criteri utilizzati per determinare tale periodo ({ REF(15, par: 1, pt: "d") });
access-info-rights = l'esistenza del diritto di chiedere la rettifica o la cancellazione dei dati personali o la limitazione del trattamento, e del diritto di opporsi al loro trattamento ({ REF(15, par: 1, pt: "e") });
access-info-complaint = il diritto di proporre reclamo a un'autorità di controllo ({ REF(15, par: 1, pt: "f") });
access-info-source = tutte le informazioni disponibili sull'origine dei dati personali, ossia i siti web e le pagine da cui provengono, e non soltanto le categorie di fonti ({ REF(15, par: 1, pt: "g") });
access-info-automated = l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e informazioni significative sulla logica utilizzata, nonché l'importanza e le conseguenze previste di tale trattamento per me ({ REF(15, par: 1, pt: "h") });
access-info-transfers = qualora i dati personali siano trasferiti a un paese terzo o a un'organizzazione internazionale, le garanzie adeguate ai sensi dell'{ REF(46) } del { $gdpr } relative al trasferimento ({ REF(15, par: 2) }).
access-scope = La presente richiesta si estende a tutti i dati personali che mi riguardano presenti in tutti i Vostri sistemi, compresi i dati pseudonimizzati e i dati che avete derivato o dedotto. Non è limitata agli ultimi dodici mesi, non è soggetta a un numero massimo di richieste all'anno e non è subordinata alla sua reiterazione da parte mia: l'autorità di controllo francese (CNIL) ha ritenuto illecite tali limitazioni applicate da { $controller } nella deliberazione n. { $reference } in data { $date }.
access-role = Per ciascun trattamento Vi chiedo inoltre di indicare se lo effettuate in qualità di titolare del trattamento o di responsabile del trattamento per conto di un cliente e, in quest'ultimo caso, per conto di chi ({ REF(4, num: 7) } e { REF(4, num: 8, case: "cont") } del { $gdpr }).
# United Kingdom letters only. REF cannot write "1A": the citation is written out.
access-search-uk = Ho diritto ai dati personali e alle informazioni che siete in grado di fornire sulla base di una ricerca ragionevole e proporzionata (art. 15, par. 1A, del { $gdpr }). La Vostra banca dati è concepita per essere interrogata a partire da un volto: una ricerca in essa con il mio volto, nonché nelle registrazioni delle ricerche tra i cui risultati figuravo o in cui è stato caricato il mio volto, è ragionevole e proporzionata, quale che sia il volume dei dati.
access-format = Vi chiedo di fornirmi la copia gratuitamente ({ REF(12, par: 5, case: "cont") } e { REF(15, par: 3, case: "cont") } del { $gdpr }), con un linguaggio semplice e chiaro ({ REF(12, par: 1, case: "cont") } del { $gdpr }) e, qualora rispondiate per via elettronica, in un formato elettronico di uso comune ({ REF(15, par: 3, case: "cont") } del { $gdpr }).

## Erasure (Article 17)

erasure-heading = Cancellazione dei miei dati personali ({ REF(17) } del { $gdpr })
erasure-after-access = Una volta che mi avrete fornito la copia e le informazioni sopra richieste, Vi chiedo di cancellare senza ingiustificato ritardo tutti i dati personali che mi riguardano ({ REF(17, par: 1, case: "cont") } del { $gdpr }).
erasure-scope = La cancellazione deve riguardare:
erasure-scope-images = ogni immagine che mi ritrae e ogni sua copia;
erasure-scope-biometrics = i modelli (template) biometrici, i vettori e i valori hash ricavati dal mio volto;
erasure-scope-metadata = i metadati e gli indirizzi (URL) di provenienza associati a tali immagini;
erasure-scope-searches = i risultati di ricerca, i registri delle ricerche e le associazioni che mi riguardano;
erasure-scope-backups = tutte le copie presenti nei backup, negli archivi e nei sistemi dei Vostri responsabili del trattamento.
erasure-grounds = Sussistono i seguenti motivi di cancellazione:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } del { $gdpr }: i dati personali sono stati trattati illecitamente. Non disponete di alcuna base giuridica ai sensi dell'{ REF(6, par: 1, case: "cont") } del { $gdpr }. I dati biometrici ({ REF(4, num: 14, case: "cont") } del { $gdpr }) trattati al fine di identificare in modo univoco una persona fisica rientrano nelle categorie particolari di dati personali, il cui trattamento è vietato dall'{ REF(9, par: 1, case: "cont") } del { $gdpr }. Non si applica nessuna delle eccezioni di cui all'{ REF(9, par: 2) }: non ho prestato il mio consenso esplicito al trattamento dei miei dati biometrici nella Vostra banca dati ({ REF(9, par: 2, pt: "a") }) e le immagini reperibili su internet non sono dati personali resi manifestamente pubblici da me ai fini di un trattamento biometrico ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } del { $gdpr }: i dati personali sono stati trattati illecitamente. Non disponete di alcuna base giuridica ai sensi dell'{ REF(6, par: 1, case: "cont") } del { $gdpr }. I dati biometrici ({ REF(4, num: 14, case: "cont") } del { $gdpr }) trattati al fine di identificare in modo univoco una persona fisica rientrano nelle categorie particolari di dati personali, il cui trattamento è vietato dall'{ REF(9, par: 1, case: "cont") } del { $gdpr }. Non si applica nessuna delle eccezioni di cui all'{ REF(9, par: 2, case: "cont") } del { $gdpr }, in combinato disposto con l'allegato 1 (Schedule 1) del Data Protection Act 2018: non ho prestato il mio consenso esplicito al trattamento dei miei dati biometrici nella Vostra banca dati ({ REF(9, par: 2, pt: "a") }) e le immagini reperibili su internet non sono dati personali resi manifestamente pubblici da me ai fini di un trattamento biometrico ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } del { $gdpr }: mi oppongo al trattamento ai sensi dell'{ REF(21, par: 1, case: "cont") } del { $gdpr }, per motivi connessi alla mia situazione particolare: il mio volto è un identificativo permanente che non posso modificare, e la sua presenza nella Vostra banca dati consente a qualsiasi Vostro cliente di identificarmi a partire da qualsiasi fotografia, ovunque e in qualunque momento sia stata scattata.
# The person's own words (--objection-grounds), in Italian quotation marks; same item as the objection.
erasure-ground-objection-own = Con parole mie: «{ $grounds }»
# Art. 21(1), Italian text: "salvo che egli dimostri l'esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sugli interessi, sui diritti e sulle libertà dell'interessato".
erasure-ground-objection-burden = Dovete pertanto astenervi dal trattare ulteriormente i miei dati, salvo che dimostriate l'esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgano sui miei interessi, sui miei diritti e sulle mie libertà oppure per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria ({ REF(21, par: 1, case: "cont") } del { $gdpr }). Nella misura in cui fondiate il trattamento sull'{ REF(6, par: 1, pt: "e f", conj: "or", case: "cont") } del { $gdpr }, tali motivi non sussistono: il Vostro interesse commerciale a vendere ricerche basate sul mio volto non costituisce un motivo di tale natura.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } del { $gdpr }: nella misura in cui il trattamento si basi sul consenso, revoco tale consenso.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: "in Italia", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } del { $gdpr }, in aggiunta ai motivi che precedono: l'autorità di controllo { $authority } Vi ha ordinato di cancellare i dati personali delle persone che si trovano { $in_country }. A mio avviso, la cancellazione è pertanto necessaria anche per adempiere un obbligo giuridico al quale siete soggetti.
erasure-exceptions = Non si applica nessuna delle eccezioni di cui all'{ REF(17, par: 3, case: "cont") } del { $gdpr }: il trattamento non è necessario per l'esercizio del diritto alla libertà di espressione e di informazione, per l'adempimento di un obbligo giuridico, per l'esecuzione di un compito svolto nel pubblico interesse oppure nell'esercizio di pubblici poteri, per motivi di interesse pubblico nel settore della sanità pubblica, a fini di archiviazione nel pubblico interesse, di ricerca scientifica o storica o a fini statistici, né per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria. Qualora intendiate avvalerVi di un'eccezione, Vi chiedo di indicarmi quale e per quali motivi ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
erasure-restriction = Fino alla cancellazione, Vi chiedo di limitare il trattamento dei miei dati personali ({ REF(18, par: 1, pt: "d", case: "cont") } del { $gdpr }, in attesa della verifica relativa alla mia opposizione): in particolare, escludetemi immediatamente dai risultati di ricerca.
erasure-recipients = Vi chiedo di comunicare la cancellazione ({ REF(19) } del { $gdpr }) a ciascuno dei destinatari cui sono stati trasmessi i miei dati personali, compreso ogni cliente che abbia ricevuto le mie immagini nei risultati di ricerca, e di comunicarmi chi sono tali destinatari. Qualora abbiate reso pubblici i miei dati personali, adottate misure ragionevoli per informare i titolari del trattamento che li stanno trattando della mia richiesta di cancellare qualsiasi link a tali dati o copia degli stessi ({ REF(17, par: 2, case: "cont") } del { $gdpr }).
erasure-no-recollection = Vi chiedo di indicarmi quali misure adotterete per garantire che i miei dati personali non vengano raccolti nuovamente. Se conservate una qualsiasi registrazione al fine di impedirne la raccolta in futuro, indicatemi con precisione che cosa contiene e su quale base giuridica la conservate.
erasure-confirmation = Vi chiedo di confermarmi per iscritto l'avvenuta cancellazione, specificando che cosa avete cancellato, comprese le copie nei backup e i modelli biometrici derivati.
erasure-free = Il seguito dato alla mia richiesta di cancellazione, comprese le comunicazioni e la conferma, è gratuito ({ REF(12, par: 5, case: "cont") } del { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Limitazione del trattamento fino alla cancellazione ({ REF(18) } del { $gdpr })
restriction-body = Dal ricevimento della presente lettera e fino alla cancellazione, Vi chiedo di limitare il trattamento dei miei dati personali ({ REF(18, par: 1, pt: "d", case: "cont") } del { $gdpr }, in attesa della verifica relativa alla mia opposizione ai sensi dell'{ REF(21, par: 1, case: "cont") } del { $gdpr }): conservate i dati, ma non utilizzateli per finalità diverse dalla risposta alla presente richiesta. In particolare, escludetemi immediatamente dai risultati di ricerca.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identificazione
identification-no-photo = Le informazioni contenute nella presente lettera sono sufficienti per dare riscontro alla presente richiesta. Qualora nutriate ragionevoli dubbi circa la mia identità, Vi chiedo di indicarmi quali ulteriori informazioni siano strettamente necessarie ({ REF(12, par: 6, case: "cont") } del { $gdpr }). Se il Vostro sistema consente di effettuare ricerche soltanto a partire da una fotografia del mio volto, Vi chiedo di comunicarmelo; in tal caso ne fornirò una esclusivamente ai fini della presente richiesta.
identification-photo = Allego una fotografia del mio volto al solo scopo di consentirVi di individuare i dati personali che mi riguardano ({ REF(11, par: 2, case: "cont") } e { REF(12, par: 6, case: "cont") } del { $gdpr }). Presto il mio consenso esplicito ({ REF(9, par: 2, pt: "a", case: "cont") } del { $gdpr }) a un'unica ricerca nella Vostra banca dati mediante un modello biometrico ricavato da questa fotografia, esclusivamente ai fini della presente richiesta. Non acconsento a nessun altro utilizzo: non inserite né la fotografia né il modello nella Vostra banca dati e non comunicateli a terzi. Revoco il mio consenso con effetto dal momento in cui avrete dato riscontro alla presente richiesta ({ REF(7, par: 3, case: "cont") } del { $gdpr }): a quel punto cancellate la fotografia, il modello e i risultati della ricerca effettuata con essi, e confermatemi l'avvenuta cancellazione ({ REF(5, par: 1, pt: "b c e", case: "cont") } del { $gdpr }).
identification-id-document = Non invierò copia di un documento d'identità, a meno che non dimostriate che ciò è strettamente necessario. Qualsiasi copia di questo tipo deve essere cancellata immediatamente dopo la verifica (Comitato europeo per la protezione dei dati, Linee guida 01/2022 sui diritti degli interessati – Diritto di accesso, punti 74, 76 e 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = Non invierò copia di un documento d'identità, a meno che non dimostriate che ciò è necessario: potete chiedere solo le informazioni ragionevoli e proporzionate per confermare la mia identità (Information Commissioner's Office, linee guida «Right of access»).

## Deadline and form (Article 12)

deadline-heading = Termine e modalità della Vostra risposta
deadline-access = Vi chiedo di rispondere senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal ricevimento della presente richiesta ({ REF(12, par: 3, case: "cont") } del { $gdpr }). Tale termine può essere prorogato al massimo di due mesi, e solo se necessario, tenuto conto della complessità e del numero delle richieste; in tal caso dovrete informarmi della proroga, e dei motivi del ritardo, entro un mese dal ricevimento della richiesta. In caso di inottemperanza alla mia richiesta, dovrete informarmi entro un mese dei motivi dell'inottemperanza e del mio diritto di proporre reclamo a un'autorità di controllo e di proporre ricorso giurisdizionale ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
deadline-erasure = Vi chiedo di dare seguito alla mia richiesta senza ingiustificato ritardo e, comunque, al più tardi entro un mese dal suo ricevimento ({ REF(12, par: 3, case: "cont") } del { $gdpr }). Tale termine può essere prorogato al massimo di due mesi, e solo se necessario, tenuto conto della complessità e del numero delle richieste; in tal caso dovrete informarmi della proroga, e dei motivi del ritardo, entro un mese dal ricevimento della richiesta. In caso di inottemperanza alla mia richiesta, dovrete informarmi entro un mese dei motivi dell'inottemperanza e del mio diritto di proporre reclamo a un'autorità di controllo e di proporre ricorso giurisdizionale ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (written out).
deadline-access-uk = Vi chiedo di rispondere senza ingiustificato ritardo e, comunque, prima della scadenza del termine applicabile (applicable time period), pari a un mese dal ricevimento della presente richiesta (art. 12A del { $gdpr }). Tale termine può essere prorogato al massimo di due mesi, e solo se necessario in ragione della complessità o del numero delle richieste; in tal caso dovrete informarmene entro lo stesso mese, indicandone i motivi. Se Vi occorrono ragionevolmente ulteriori informazioni da parte mia per individuare le informazioni o i trattamenti cui si riferisce la mia richiesta, chiedetemele senza ritardo: il termine resta sospeso solo fino alla mia risposta. In caso di inottemperanza alla mia richiesta, dovrete informarmi entro tale termine dei motivi dell'inottemperanza e del mio diritto di proporre reclamo all'Information Commissioner e di proporre ricorso giurisdizionale ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
deadline-erasure-uk = Vi chiedo di dare seguito alla mia richiesta senza ingiustificato ritardo e, comunque, prima della scadenza del termine applicabile (applicable time period), pari a un mese dal ricevimento della presente richiesta (art. 12A del { $gdpr }). Tale termine può essere prorogato al massimo di due mesi, e solo se necessario in ragione della complessità o del numero delle richieste; in tal caso dovrete informarmene entro lo stesso mese, indicandone i motivi. In caso di inottemperanza alla mia richiesta, dovrete informarmi entro tale termine dei motivi dell'inottemperanza e del mio diritto di proporre reclamo all'Information Commissioner e di proporre ricorso giurisdizionale ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
no-formalities = Non potete subordinare la Vostra risposta all'utilizzo di un determinato modulo, portale web o mezzo di trasmissione (Comitato europeo per la protezione dei dati, Linee guida 01/2022 sui diritti degli interessati – Diritto di accesso, punti da 50 a 53).
no-formalities-uk = Non potete subordinare la Vostra risposta all'utilizzo di un determinato modulo, portale web o mezzo di trasmissione: una richiesta può essere presentata in qualsiasi forma, oralmente o per iscritto (Information Commissioner's Office, linee guida «Right of access»).
# Where to reply: the first when the sender gave only a postal address (or none), the second when an e-mail address is given too.
reply-to-postal = Vi chiedo di inviare la Vostra risposta all'indirizzo sopra indicato.
reply-to-both = Vi chiedo di inviare la Vostra risposta all'indirizzo postale o di posta elettronica sopra indicato.
reply-to-email = Vi chiedo di inviare la Vostra risposta all'indirizzo di posta elettronica sopra indicato.

## Decisions against Clearview

decisions-heading = Decisioni nei confronti di { $controller }
decisions-own = Nel Paese in cui risiedo sono state adottate le seguenti decisioni:
decisions-other = Le autorità di controllo di altri Stati hanno ritenuto che il medesimo trattamento effettuato da { $controller } fosse illecito. Richiamo le loro decisioni:
# One decision. $authority: name of the authority or court; $country: its country;
# $act: the kind of act with its reference (one of decision-kind-*); $date: its date.
# "in data" (not "del") so that any day of the month reads correctly.
# $day: the day of the month of $date, as a number (for the elision: "dell’11 febbraio").
decision-citation = { $authority } ({ $country }), { $act } { $day ->
    [8] dell’{ $date }
    [11] dell’{ $date }
   *[other] del { $date }
}
# The Garante's own name for the act; $reference: its number.
decision-kind-injunction-order = ordinanza ingiunzione n. { $reference }
decision-kind-decision = decisione { $reference }
decision-kind-formal-notice = diffida n. { $reference }
# The CNIL's sanction: a « délibération » of its restricted committee (formation restreinte).
decision-kind-sanction = deliberazione della formazione ristretta (délibération) n. { $reference }
decision-kind-penalty-liquidation = deliberazione della formazione ristretta n. { $reference } (liquidazione della penalità di mora)
decision-kind-fines-and-penalty-orders = decisione (sanzioni pecuniarie e ordini soggetti a penalità di mora)
# The Austrian DSB's « Bescheid »; the Federal Administrative Court's « Beschluss » annulling that
# decision and remitting the case (an order, not a judgment: "ordinanza", as the Italian version of
# EU law renders « Beschluss »); a UK tribunal's decision.
decision-kind-bescheid = provvedimento (Bescheid) { $reference }
decision-kind-remittal-order = ordinanza (Beschluss) { $reference }
decision-kind-tribunal-decision = decisione { $reference }
decision-kind-letter = lettera
decision-kind-enforcement-and-penalty-notices = ingiunzione di adeguamento (enforcement notice) e avviso di sanzione pecuniaria (monetary penalty notice)
# $articles: the provisions found infringed, written with ref-list ("art. 5, par. 1, lett. a),
# art. 6 e art. 9"), after a colon so that no article or preposition depends on it.
decision-articles = Ha accertato violazioni delle seguenti disposizioni del { $gdpr }: { $articles }.
# $amount: an amount with its currency, already formatted.
decision-fine = Ha irrogato una sanzione pecuniaria di { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018).
decision-monetary-penalty = Ha irrogato una sanzione pecuniaria (monetary penalty) di { $amount }.
decision-fines-total = Ha irrogato sanzioni pecuniarie per un importo complessivo di { $amount }.
decision-penalty-per-day = Ha inoltre disposto una penalità di mora di { $amount } per ogni giorno di ritardo.
decision-penalty-max = Ha inoltre impartito ordini soggetti a penalità di mora fino a un importo complessivo di { $amount }.
decision-penalty-liquidated = Ha ordinato a { $controller } di pagare { $amount } per non aver ottemperato all'ordine entro il termine.
decision-orders = Ha ordinato a { $controller } di:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published: it says only that it called on Clearview to act).
# Like decision-orders it ends with the preposition ("a:") that introduces the infinitives below.
decision-requests = Ha invitato { $controller } a:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Tali atti non sono definitivi: l'Upper Tribunal ha rinviato al First-tier Tribunal il ricorso di Clearview avverso di essi.
# Orders are list items completing "Ha ordinato a Clearview AI, Inc. di:" or
# "Ha invitato Clearview AI, Inc. a:" (bare infinitives);
# end each with ";" — facerights replaces the separator of the last item with a full stop.
order-ban-collection-territory = cessare la raccolta di immagini e di altri dati personali delle persone che si trovano { $in_country } e cessare il trattamento dei loro dati biometrici;
order-ban-collection-processing-territory = cessare la raccolta, mediante tecniche di web scraping, di immagini e relativi metadati delle persone che si trovano { $in_country } e cessare ogni ulteriore trattamento dei loro dati personali, comuni e biometrici;
order-erase-territory = cancellare i dati personali delle persone che si trovano { $in_country };
order-erase-territory-after-access = cancellare i dati personali delle persone che si trovano { $in_country }, dopo aver dato riscontro alle richieste di accesso già ricevute;
order-stop-processing-territory = cessare la raccolta e il trattamento, in assenza di una base giuridica, dei dati personali delle persone che si trovano { $in_country };
order-facilitate-rights = agevolare l'esercizio dei diritti degli interessati e dare riscontro alla richiesta di accesso del reclamante;
order-answer-complainant-access = dare riscontro alla richiesta di accesso del reclamante;
order-grant-complainant-erasure = dare seguito alla richiesta di cancellazione del reclamante;
order-appoint-representative = designare un rappresentante nell'Unione ({ REF(27) } del { $gdpr });
order-stop-processing-erase-territory = cessare il trattamento dei dati personali delle persone che si trovano { $in_country } e rimuovere i dati ottenuti illecitamente;
order-give-art14-information = informare gli interessati come previsto dall'{ REF(14) } del { $gdpr };
order-stop-refusing-access = porre fine alla propria prassi di non rispondere alle richieste di accesso;
order-erase-complainant = cancellare i dati personali del reclamante;
order-erase-complainant-biometric = cancellare i valori hash biometrici del reclamante;
order-stop-obtaining-uk = cessare di ottenere e utilizzare i dati personali dei residenti nel Regno Unito disponibili pubblicamente su internet;
order-erase-uk = cancellare dai propri sistemi i dati personali dei residenti nel Regno Unito;
outcome-reconsider-ban = Il giudice ha ritenuto che l'autorità dovesse riesaminare il proprio rifiuto di vietare il trattamento e che il divieto fosse l'unica misura adeguata; ha rinviato il procedimento all'autorità.
outcome-ftt-no-jurisdiction = Il tribunale ha accolto il ricorso di Clearview, ritenendo che l'Information Commissioner non fosse competente ad adottare tali atti.
outcome-ut-ico-appeal-allowed = Il tribunale ha accolto l'appello dell'Information Commissioner: il trattamento riguarda il monitoraggio del comportamento di persone che si trovano nel Regno Unito, e il fatto che i clienti di Clearview siano enti pubblici stranieri non lo sottrae all'ambito di applicazione del { $gdpr }.
outcome-remitted-ftt = Ha rinviato al First-tier Tribunal il ricorso di Clearview avverso tali atti.
# Short summaries used for decisions of other countries, joined as a list with "e".
summary-fine = sanzione pecuniaria di { $amount }
summary-monetary-penalty = sanzione pecuniaria (monetary penalty) di { $amount }, non definitiva
summary-erasure = ordine di cancellare i dati personali delle persone che si trovano { $in_country }
summary-ban = divieto di ulteriore raccolta
summary-access = ordine di porre fine al rifiuto di rispondere alle richieste di accesso
summary-complainant-access = ordine di dare riscontro alla richiesta di accesso del reclamante
summary-erase-complainant = ordine di cancellare i dati personali del reclamante
summary-representative = ordine di designare un rappresentante nell'Unione
summary-no-fine = nessuna sanzione pecuniaria
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority; $address: its postal address on one line.
remedies = Qualora non rispondiate in modo completo entro il termine, presenterò reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, all'autorità di controllo { $authority } ({ $address }). Mi riservo il diritto di promuovere un'azione nei Vostri confronti dinanzi alle autorità giurisdizionali dello Stato membro in cui risiedo abitualmente ({ REF(79, par: 2, case: "cont") } del { $gdpr }) e di chiedere il risarcimento del danno ({ REF(82) } del { $gdpr }).
# EEA letters: "dello Stato" (Iceland, Liechtenstein, Norway) instead of "dello Stato membro".
remedies-eea = Qualora non rispondiate in modo completo entro il termine, presenterò reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, all'autorità di controllo { $authority } ({ $address }). Mi riservo il diritto di promuovere un'azione nei Vostri confronti dinanzi alle autorità giurisdizionali dello Stato in cui risiedo abitualmente ({ REF(79, par: 2, case: "cont") } del { $gdpr }) e di chiedere il risarcimento del danno ({ REF(82) } del { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19, comma 2, BDSG, as Italian
# writing cites German statutes).
remedies-land-of-residence = Qualora non rispondiate in modo completo entro il termine, presenterò reclamo all'autorità di controllo per la protezione dei dati del Land tedesco in cui risiedo ({ REF(77) } del { $gdpr }; § 19, comma 2, della legge federale tedesca sulla protezione dei dati, BDSG). Mi riservo il diritto di promuovere un'azione nei Vostri confronti dinanzi alle autorità giurisdizionali dello Stato membro in cui risiedo abitualmente ({ REF(79, par: 2, case: "cont") } del { $gdpr }) e di chiedere il risarcimento del danno ({ REF(82) } del { $gdpr }).
# United Kingdom letters: a UK "section" is cited as "sezione", the Act's name in English.
remedies-uk = Siete tenuti ad agevolare la presentazione nei Vostri confronti di reclami relativi al trattamento dei miei dati personali (sezione 164A del Data Protection Act 2018). Qualora non rispondiate in modo completo prima della scadenza del termine applicabile, presenterò reclamo a Voi ai sensi di tale sezione e, se ciò non risolverà la questione, presenterò reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, all'autorità di controllo { $authority }, o al suo successore, l'Information Commission ({ $address }). Mi riservo il diritto di chiedere al giudice un ordine di adeguamento (compliance order, sezione 167 del Data Protection Act 2018) e di chiedere il risarcimento del danno ({ REF(82) } del { $gdpr }).

## Dates: the first of the month is written "1°" ("1° luglio 2026"); otherwise CLDR's form.
date-pattern = { $daynum ->
    [1] 1° { $month } { $year }
   *[other] { $full }
}

## Follow-up letters: a reminder ("sollecito") to Clearview when the reply period has passed, and a
## complaint ("reclamo", art. 77) to the supervisory authority. They cite the first request by what
## it asked for (request-name-*), the date Clearview received it ($received) and the end of the
## reply period ($ends), all dates already formatted and introduced with "in data" or "il giorno"
## (never "del/dell'"). The complaint addresses the authority as "codesta Autorità", the usual
## formal register of a letter to an Italian public authority.

# What the first request asked for, WITHOUT article or possessive: the messages write "la mia
# { $request }", "alla mia { $request }", "della mia { $request }", because Italian fuses the
# preposition with the article. Feminine ("richiesta").
request-name-access = richiesta di accesso ai sensi dell'{ REF(15) } del { $gdpr }
request-name-erasure = richiesta di cancellazione ai sensi dell'{ REF(17) } del { $gdpr } e di opposizione ai sensi dell'{ REF(21, par: 1, case: "cont") } del { $gdpr }
request-name-access-erasure = richiesta di accesso ai sensi dell'{ REF(15) } del { $gdpr }, di limitazione del trattamento ai sensi dell'{ REF(18) } del { $gdpr } e di successiva cancellazione ai sensi dell'{ REF(17) } del { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Oggetto: sollecito relativo alla mia { $request }, da Voi ricevuta in data { $received }
# $ends: the last day of the reply period.
reminder-facts = In data { $received } avete ricevuto la mia { $request }, di cui allego copia. Il termine per la Vostra risposta è scaduto in data { $ends } ovvero, se tale giorno era festivo, il primo giorno lavorativo successivo ({ REF(12, par: 3, case: "cont") } del { $gdpr }).
reminder-facts-uk = In data { $received } avete ricevuto la mia { $request }, di cui allego copia. Il termine applicabile (applicable time period) per la Vostra risposta è scaduto in data { $ends } ovvero, se tale giorno era festivo (bank holiday), il primo giorno lavorativo successivo (art. 12A del { $gdpr }).
reminder-no-reply = Non ho ricevuto da Voi alcuna risposta, né alcuna informazione circa una proroga del termine o i motivi dell'inottemperanza alla mia richiesta ({ REF(12, par: "3 4", case: "cont") } del { $gdpr }).
reminder-incomplete = La Vostra risposta è incompleta: non contiene tutto ciò che ho richiesto e non avete indicato i motivi per cui ne avete omesso una parte ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
# $grace: a date fourteen days after this letter ("il giorno", see above).
reminder-demand = Siete pertanto inadempienti agli obblighi previsti dal { $gdpr }. Vi invito a dare integrale riscontro alla mia richiesta senza ulteriore ritardo e, in ogni caso, entro il giorno { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = In mancanza, presenterò senza ulteriore preavviso reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, all'autorità di controllo { $authority } ({ $address }). Mi riservo il diritto di promuovere un'azione nei Vostri confronti dinanzi alle autorità giurisdizionali dello Stato membro in cui risiedo abitualmente ({ REF(79, par: 2, case: "cont") } del { $gdpr }) e di chiedere il risarcimento degli eventuali danni subiti ({ REF(82) } del { $gdpr }).
reminder-remedies-eea = In mancanza, presenterò senza ulteriore preavviso reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, all'autorità di controllo { $authority } ({ $address }). Mi riservo il diritto di promuovere un'azione nei Vostri confronti dinanzi alle autorità giurisdizionali dello Stato in cui risiedo abitualmente ({ REF(79, par: 2, case: "cont") } del { $gdpr }) e di chiedere il risarcimento degli eventuali danni subiti ({ REF(82) } del { $gdpr }).
reminder-remedies-land-of-residence = In mancanza, presenterò senza ulteriore preavviso reclamo all'autorità di controllo per la protezione dei dati del Land tedesco in cui risiedo ({ REF(77) } del { $gdpr }; § 19, comma 2, della legge federale tedesca sulla protezione dei dati, BDSG). Mi riservo il diritto di promuovere un'azione nei Vostri confronti dinanzi alle autorità giurisdizionali dello Stato membro in cui risiedo abitualmente ({ REF(79, par: 2, case: "cont") } del { $gdpr }) e di chiedere il risarcimento degli eventuali danni subiti ({ REF(82) } del { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# ("sezione 164A del Data Protection Act 2018", as in remedies-uk).
reminder-remedies-uk = La presente costituisce altresì il mio reclamo nei Vostri confronti ai sensi della sezione 164A del Data Protection Act 2018: Vi chiedo di accusarne ricevuta entro 30 giorni dal ricevimento e di comunicarmene l'esito senza ingiustificato ritardo. Qualora non diate seguito alla mia richiesta, presenterò reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, all'autorità di controllo { $authority }, o al suo successore, l'Information Commission ({ $address }). Mi riservo il diritto di chiedere al giudice un ordine di adeguamento (compliance order, sezione 167 del Data Protection Act 2018) e di chiedere il risarcimento del danno ({ REF(82) } del { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Copia della mia { $request }, ricevuta in data { $received }
enclosure-proof = Prova della spedizione e, ove disponibile, della consegna
enclosure-reply = Copia della risposta di { $controller }
enclosure-reminder = Copia del mio sollecito inviato in data { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Oggetto: reclamo ai sensi dell'{ REF(77) } del { $gdpr } nei confronti di { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Spettabile Autorità,
# $controller_address: Clearview's postal address on one line.
complaint-intro = Con la presente propongo reclamo, ai sensi dell'{ REF(77) } del { $gdpr }, nei confronti di { $controller }, { $controller_address }. Il reclamo riguarda la mia { $request }, ricevuta da { $controller } in data { $received }, di cui allego copia.
# What happened ($outcome): one of these. "comunicato" (indirect object): no agreement with the author.
complaint-no-reply = { $controller } non ha risposto alla mia richiesta e il termine per la risposta è scaduto in data { $ends } ovvero, se tale giorno era festivo, il primo giorno lavorativo successivo ({ REF(12, par: 3, case: "cont") } del { $gdpr }). La società non mi ha comunicato né una proroga del termine né i motivi dell'inottemperanza ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
complaint-no-reply-uk = { $controller } non ha risposto alla mia richiesta e il termine applicabile (applicable time period) per la risposta è scaduto in data { $ends } ovvero, se tale giorno era festivo (bank holiday), il primo giorno lavorativo successivo (art. 12A del { $gdpr }). La società non mi ha comunicato né una proroga del termine né i motivi dell'inottemperanza ({ REF(12, par: 4, case: "cont") } del { $gdpr }).
complaint-incomplete = { $controller } ha risposto, ma la risposta è incompleta: non contiene tutto ciò che ho richiesto e non indica i motivi per cui ne è stata omessa una parte. Il termine per una risposta completa è scaduto in data { $ends } ovvero, se tale giorno era festivo, il primo giorno lavorativo successivo ({ REF(12, par: 3, case: "cont") } del { $gdpr }). Allego copia della risposta.
complaint-incomplete-uk = { $controller } ha risposto, ma la risposta è incompleta: non contiene tutto ciò che ho richiesto e non indica i motivi per cui ne è stata omessa una parte. Il termine applicabile (applicable time period) per una risposta completa è scaduto in data { $ends } ovvero, se tale giorno era festivo (bank holiday), il primo giorno lavorativo successivo (art. 12A del { $gdpr }). Allego copia della risposta.
complaint-refused = { $controller } ha rifiutato di dare seguito alla mia richiesta. Allego copia della risposta.
complaint-identity-demanded = { $controller } ha subordinato la risposta a un'identificazione non necessaria per la mia richiesta, quale la copia di un documento d'identità. Allego copia della risposta.
# $reminded: the date of the reminder the person sent.
complaint-reminded = In data { $reminded } ho inviato un sollecito a { $controller }; la società non vi ha dato seguito. Allego copia del sollecito.
complaint-reminded-uk = In data { $reminded } ho presentato reclamo a { $controller } ai sensi della sezione 164A del Data Protection Act 2018; la questione non è stata risolta. Allego copia di tale reclamo.
complaint-infringements = A mio avviso, { $controller } ha così violato, in particolare:
# Infringements, as list items continuing complaint-infringements ("l'art. …"), each ending with ";".
infringement-time-limit = l'{ REF(12, par: 3, case: "cont") } del { $gdpr }, non avendo dato seguito alla mia richiesta entro il termine;
infringement-time-limit-uk = l'{ REF(12, par: 3, case: "cont") } del { $gdpr }, in combinato disposto con l'art. 12A del { $gdpr }, non avendo dato seguito alla mia richiesta entro il termine applicabile;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = l'{ REF(12, par: "3 4", case: "cont") } del { $gdpr }, non avendo dato integrale seguito alla mia richiesta entro il termine né indicato i motivi per cui ne ha omesso una parte;
infringement-incomplete-uk = l'{ REF(12, par: "3 4", case: "cont") } del { $gdpr }, in combinato disposto con l'art. 12A del { $gdpr }, non avendo dato integrale seguito alla mia richiesta entro il termine applicabile né indicato i motivi per cui ne ha omesso una parte;
infringement-no-reasons = l'{ REF(12, par: 4, case: "cont") } del { $gdpr }, non avendo comunicato i motivi dell'inottemperanza né la possibilità di proporre reclamo;
infringement-access = l'{ REF(15) } del { $gdpr }, non avendo consentito l'accesso ai miei dati personali e alle informazioni sul loro trattamento;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = l'{ REF(18, par: 1, pt: "d", case: "cont") } e l'{ REF(21, par: 1, case: "cont") } del { $gdpr }, non avendo né limitato il trattamento dei miei dati personali né cessato di trattarli dopo la mia opposizione;
infringement-erasure = l'{ REF(17, par: 1, case: "cont") } e l'{ REF(21, par: 1, case: "cont") } del { $gdpr }, non avendo cancellato i miei dati personali né cessato di trattarli, benché sussistano motivi di cancellazione e io abbia esercitato il diritto di opposizione;
infringement-identification = l'{ REF(12, par: 2, case: "cont") } e l'{ REF(12, par: 6, case: "cont") } del { $gdpr }, avendo subordinato l'esercizio dei miei diritti a un'identificazione non necessaria, nonché l'{ REF(5, par: 1, pt: "c", case: "cont") } del { $gdpr }, chiedendo più dati personali di quelli necessari;
infringement-refusal = l'{ REF(12, par: 4, case: "cont") } del { $gdpr }, avendo rifiutato di dare seguito alla mia richiesta senza un motivo riconosciuto dal { $gdpr }, nonché l'{ REF(12, par: 2, case: "cont") } del { $gdpr }, nella misura in cui adduce di non essere in grado di identificarmi;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Diverse autorità di controllo hanno già adottato i seguenti provvedimenti nei confronti di { $controller }:
complaint-requests = Chiedo pertanto a codesta Autorità:
# Items continuing complaint-requests ("di …"), in the words of arts. 57, 58 and 77 of the Italian GDPR text.
complaint-ask-handle = di trattare il mio reclamo e di svolgere le indagini opportune sul suo oggetto ({ REF(57, par: 1, pt: "f", case: "cont") } del { $gdpr });
complaint-ask-order = di ingiungere a { $controller } di soddisfare la mia richiesta ({ REF(58, par: 2, pt: "c", case: "cont") } del { $gdpr }) e di esercitare gli altri poteri correttivi ({ REF(58, par: 2, case: "cont") } e { REF(83) } del { $gdpr });
complaint-ask-inform = di informarmi dello stato e dell'esito del reclamo ({ REF(77, par: 2, case: "cont") } del { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = di informarmi dello stato e dell'esito del reclamo (sezione 165 del Data Protection Act 2018).
complaint-consent-share = Acconsento a che codesta Autorità trasmetta il presente reclamo, con il mio nominativo, a { $controller } ai fini della sua trattazione.
