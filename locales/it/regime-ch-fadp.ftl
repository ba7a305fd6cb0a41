### facerights — lettere fondate sulla legge federale sulla protezione dei dati riveduta (LPD,
### RS 235.1, in vigore dal 1° settembre 2023), italiano (Svizzera).
###
### Lessico giuridico svizzero: « dati personali », « trattamento », « titolare del trattamento »,
### « persona interessata », « lesione della personalità », « denuncia » (art. 49 LPD). Le
### disposizioni sono citate come nella prassi svizzera, nel testo e non con REF (che scriverebbe la
### forma dell'UE, « art. 25, par. 6 »): « art. 25 cpv. 6 LPD », « art. 30 cpv. 2 lett. b LPD ».
### L'autorità è l'« Incaricato federale della protezione dei dati e della trasparenza (IFPDT) »,
### nome verificato su edoeb.admin.ch; è nominata nel testo, non con $authority.
###
### Come in letter.ftl, la società è interpellata con il « Voi » di cortesia (Vi, Vostro); nessun
### participio o aggettivo concorda con l'autore, il cui genere non è noto.
###
### L'art. 3 cpv. 1 LPD (principio degli effetti) regge gli obblighi di diritto pubblico e l'IFPDT;
### per le pretese di diritto privato (accesso, art. 32) l'art. 3 cpv. 2 LPD rinvia alla LDIP (art. 139
### cpv. 1 lett. a e cpv. 3 LDIP: scelta del diritto della dimora abituale). Fonti delle disposizioni
### aggiunte in revisione (art. 3 cpv. 2, 31 cpv. 1, 60 cpv. 1 lett. a LPD; art. 139 LDIP): in testa
### al file inglese.
###
### Variabili disponibili in ogni messaggio: $gdpr (law-short-ch) e $controller
### (« Clearview AI, Inc. », trattata come « la società »: accordo al femminile).

law-short-ch = LPD

## Che cosa chiedeva la prima lettera, SENZA articolo né possessivo: i messaggi scrivono
## « la mia { $request } », « della mia { $request } » (letter.ftl: « Copia della mia … »).
## Femminile (« richiesta »).

ch-request-name-access = richiesta d'accesso ai sensi dell'art. 25 LPD
ch-request-name-erasure = richiesta di cancellazione dei miei dati personali, con opposizione al loro trattamento
ch-request-name-access-erasure = richiesta d'accesso ai sensi dell'art. 25 LPD, con opposizione al trattamento dei miei dati personali e richiesta della loro successiva cancellazione

## La richiesta

ch-subject-access = Oggetto: richiesta d'accesso ai sensi dell'art. 25 della legge federale sulla protezione dei dati (LPD)
ch-subject-erasure = Oggetto: opposizione al trattamento dei miei dati personali e richiesta di cancellazione (art. 30 cpv. 2 lett. b e art. 32 cpv. 2 LPD)
ch-subject-access-erasure = Oggetto: richiesta d'accesso ai sensi dell'art. 25 LPD, opposizione al trattamento e richiesta di successiva cancellazione dei miei dati personali
ch-intro-access = Risiedo in Svizzera. Ai sensi dell'art. 25 della legge federale sulla protezione dei dati (LPD, RS 235.1), Vi chiedo di comunicarmi se { $controller } tratti dati personali che mi concernono e, in caso affermativo, quali. La presente richiesta non necessita di alcuna motivazione.
ch-intro-erasure = Risiedo in Svizzera. Mi oppongo espressamente a qualsiasi trattamento di dati personali che mi concernono da parte di { $controller } e Vi chiedo di cancellare tutti i dati personali che mi concernono in Vostro possesso, di cessare di raccogliere immagini che mi ritraggono e di non comunicare a terzi alcun dato personale che mi concerne.
ch-intro-access-erasure = Risiedo in Svizzera. Ai sensi dell'art. 25 della legge federale sulla protezione dei dati (LPD, RS 235.1), Vi chiedo di comunicarmi se { $controller } tratti dati personali che mi concernono e, in caso affermativo, quali. Una volta fornite tali informazioni, Vi chiedo di cancellare tali dati. Fin d'ora mi oppongo a qualsiasi trattamento di dati personali che mi concernono che non sia necessario per rispondere alla presente richiesta.
ch-applicability-1 = La LPD si applica alle fattispecie che esplicano effetti in Svizzera, anche se sono state causate all'estero (art. 3 cpv. 1 LPD). La raccolta di immagini di persone che si trovano in Svizzera da Voi effettuata e le ricerche che i Vostri clienti svolgono tra tali immagini esplicano tali effetti. Nel 2020 l'Incaricato federale della protezione dei dati e della trasparenza (IFPDT) ha ritenuto che, nell'acquisire dati inerenti al riconoscimento facciale, commetteste una violazione della sfera personale degli interessati in Svizzera (v. sotto). Per le mie pretese di diritto privato, compresi il diritto d'accesso e le pretese di cui all'art. 32 LPD, l'art. 3 cpv. 2 LPD rinvia alla legge federale sul diritto internazionale privato (LDIP). Secondo l'art. 139 cpv. 1 lett. a e cpv. 3 LDIP, per le pretese derivanti da una lesione della personalità mediante il trattamento di dati personali o da un pregiudizio al diritto d'accesso ai dati personali posso scegliere il diritto dello Stato della mia dimora abituale, sempreché doveste aspettarVi che l'evento si verificasse in tale Stato. Raccogliete immagini di persone che si trovano in Svizzera: dovevate quindi aspettarVi che l'evento si verificasse qui. Scelgo il diritto svizzero.

## Accesso (art. 25 LPD)

ch-access-heading = Accesso ai miei dati personali (art. 25 LPD)
ch-access-ask = Vi chiedo di comunicarmi tutte le informazioni necessarie per far valere i miei diritti secondo la LPD e, in ogni caso, i dati personali trattati in quanto tali (art. 25 cpv. 2 lett. b LPD), in particolare:
ch-access-item-1 = ogni immagine in cui compaio o che associate alla mia persona, nella forma in cui la conservate;
ch-access-item-2 = per ogni immagine, l'indirizzo (URL) della pagina web e dell'immagine da cui l'avete raccolta, e la data della raccolta (le informazioni disponibili sulla provenienza dei dati, art. 25 cpv. 2 lett. e LPD);
ch-access-item-3 = i dati biometrici e i modelli (vettori) che avete ricavato dal mio volto, nonché ogni altro dato che avete ricavato o dedotto sul mio conto;
ch-access-item-4 = le registrazioni di ogni ricerca che ha restituito come risultato una mia immagine o in cui è stata caricata un'immagine del mio volto, con la data di ciascuna ricerca e il cliente che l'ha effettuata;
ch-access-item-5 = i destinatari o le categorie di destinatari ai quali avete comunicato dati personali che mi concernono (art. 25 cpv. 2 lett. g LPD); se potete indicare i destinatari per nome, Vi prego di farlo.
ch-access-note-1 = Vi chiedo inoltre di comunicarmi la Vostra identità e i Vostri dati di contatto, lo scopo di ciascun trattamento, la durata di conservazione dei dati o, se ciò non è possibile, i criteri per stabilirla, e se prendete decisioni individuali automatizzate che mi riguardano e su quale logica si fondano (art. 25 cpv. 2 lett. a, c, d e f LPD). La presente richiesta comprende anche i dati che i Vostri fornitori di servizi trattano per Vostro conto (art. 25 cpv. 4 LPD).
ch-access-note-2 = Dovete fornire le informazioni gratuitamente (art. 25 cpv. 6 LPD); la Vostra banca dati è concepita per essere interrogata a partire da volti, sicché rispondere alla presente richiesta non comporta alcun onere sproporzionato. Se rifiutate, limitate o differite l'informazione, dovete indicarmene il motivo (art. 26 cpv. 4 LPD). I privati che forniscono intenzionalmente informazioni false o incomplete sono puniti, a querela di parte, con la multa fino a 250 000 franchi (art. 60 cpv. 1 lett. a LPD).

## Cancellazione (opposizione secondo l'art. 30 cpv. 2 lett. b e pretese dell'art. 32 cpv. 2 LPD)

ch-erasure-heading = Opposizione e cancellazione dei miei dati personali
ch-erasure-after-access = Una volta fornite le informazioni, Vi chiedo di cancellare tutti i dati personali che mi concernono in Vostro possesso.
ch-erasure-ask = La cancellazione deve riguardare:
ch-erasure-item-1 = ogni immagine che mi ritrae e ogni sua copia;
ch-erasure-item-2 = i modelli biometrici (vettori) ricavati dal mio volto;
ch-erasure-item-3 = gli indirizzi web e gli altri dati associati a tali immagini;
ch-erasure-item-4 = i risultati di ricerca, i registri delle ricerche e le associazioni che mi riguardano;
ch-erasure-item-5 = tutte le copie presenti in backup, archivi e nei sistemi dei Vostri fornitori di servizi.
ch-erasure-note-1 = La mia opposizione riguarda in particolare la raccolta di immagini che mi ritraggono e la loro analisi biometrica; vieto espressamente tale trattamento. Vi è lesione della personalità se sono trattati dati personali contro l'espressa volontà della persona interessata (art. 30 cpv. 2 lett. b LPD). Per le immagini che mi ritraggono e che fossero accessibili a chiunque su internet, non potete richiamarVi all'art. 30 cpv. 3 LPD: tale disposizione presuppone che la persona interessata abbia reso i dati accessibili a chiunque e non si sia opposta espressamente al trattamento; con la presente mi oppongo espressamente a tale trattamento.
ch-erasure-note-2 = Non ho mai acconsentito alla raccolta di immagini che mi ritraggono né al trattamento dei dati biometrici da esse ricavati. Nella misura in cui Vi fondiate su un mio consenso, lo revoco. Una lesione della personalità è illecita se non è giustificata dal consenso della persona interessata, da un interesse preponderante privato o pubblico o dalla legge (art. 31 cpv. 1 LPD). Né un consenso, né un interesse preponderante, né la legge giustificano la raccolta di immagini che mi ritraggono e la loro analisi biometrica contro la mia espressa volontà.
ch-erasure-note-3 = Il divieto del trattamento, il divieto di comunicare i miei dati personali a terzi e la loro cancellazione o distruzione sono pretese che posso far valere davanti ai tribunali civili (art. 32 cpv. 2 lett. a–c LPD). Vi invito a conformarVi spontaneamente; in caso contrario farò valere tali pretese in giudizio.
ch-erasure-note-4 = Vi chiedo di comunicarmi che cosa farete affinché non vengano più raccolte immagini che mi ritraggono. Se a tal fine conservate dati che mi concernono, indicatemi con precisione quali.
ch-erasure-note-5 = Vi chiedo di confermarmi per iscritto la cancellazione, indicando che cosa avete cancellato, comprese le copie nei backup e i modelli derivati.

## Identificazione

ch-identification-heading = Identificazione
ch-identification-no-photo = Le informazioni contenute nella presente lettera sono sufficienti per evaderla. Se avete ragionevolmente bisogno di ulteriori informazioni per identificarmi, indicatemi con precisione quali e perché; Vi invierò copia di un documento d'identità solo se dimostrate che è necessaria. Se il Vostro sistema può essere interrogato soltanto con una fotografia del mio volto, comunicatemelo; in tal caso Ve ne fornirò una, esclusivamente per la presente richiesta.
ch-identification-photo = Allego una fotografia del mio volto esclusivamente affinché possiate reperire i dati personali che mi concernono. Acconsento espressamente a un'unica ricerca nella Vostra banca dati mediante un modello ricavato da questa fotografia, soltanto per la presente richiesta. Non acconsento ad alcun altro utilizzo: non inserite né la fotografia né il modello nella Vostra banca dati e non comunicateli a terzi. Una volta data risposta alla presente richiesta, distruggete la fotografia, il modello e i risultati della ricerca e confermatemelo.

## Dichiarazioni dell'IFPDT e decisioni adottate all'estero

ch-decisions-heading = L'autorità svizzera di vigilanza e le decisioni adottate all'estero
ch-decisions-own = In Svizzera l'Incaricato federale della protezione dei dati e della trasparenza (IFPDT) ha reso pubblica la propria valutazione dei Vostri trattamenti. Si tratta di dichiarazioni pubbliche, non di una raccomandazione o di una decisione: non mi risulta alcuna raccomandazione né decisione formale dell'IFPDT nei confronti di { $controller }.
ch-decisions-other = Autorità di controllo dell'Unione europea hanno dichiarato illecito il medesimo trattamento effettuato da { $controller }. Le loro decisioni applicano il regolamento generale sulla protezione dei dati dell'UE (RGPD), non la LPD: la LPD è per molti aspetti simile al RGPD, ma è una legge distinta, e tali decisioni non Vi vincolano secondo il diritto svizzero. Le richiamo perché la loro motivazione è convincente anche ai fini della LPD:
# $breaches: le disposizioni di cui è stata accertata la violazione, già unite (finora nessuna).
ch-decision-breaches = È stata accertata una violazione di { $breaches }.
# Che cosa hanno detto le dichiarazioni dell'IFPDT (data/decisions.toml, outcome).
ch-outcome-personality-violation = L'Incaricato ha ritenuto che gli offerenti dell'applicazione Clearview, nell'acquisire dati inerenti al riconoscimento facciale, commettessero una violazione della sfera personale degli interessati in Svizzera, come pure delle condizioni d'uso delle reti sociali.
ch-outcome-own-request = Ha annunciato che, in nome degli interessati in Svizzera, avrebbe chiesto a { $controller } informazioni sui dati trattati che lo concernono e la loro cancellazione. Il 10 marzo 2020 ha comunicato che la sua richiesta del 24 gennaio 2020 era rimasta senza risposta e che aveva pertanto inviato un avvertimento alla società.
ch-outcome-mass-collection = L'Incaricato ha spiegato che la raccolta massiccia di dati facciali da internet senza il consenso delle persone interessate costituisce una lesione della loro personalità secondo la previgente LPD, indipendentemente da dove abbia sede chi li raccoglie.

## Termine e seguito

ch-deadline-heading = Termine per la Vostra risposta
ch-deadline-access = Le informazioni sono di norma fornite entro 30 giorni (art. 25 cpv. 7 LPD). Vi chiedo di fornirmele entro 30 giorni dal ricevimento della presente richiesta.
ch-deadline-erasure = Vi chiedo di dare seguito alla presente richiesta e di confermarmi la cancellazione entro 30 giorni dal suo ricevimento.
ch-deadline-access-erasure = Le informazioni sono di norma fornite entro 30 giorni (art. 25 cpv. 7 LPD). Vi chiedo di fornirmele entro 30 giorni dal ricevimento della presente richiesta e di cancellare in seguito i dati senza indugio.
ch-remedies = Se non risponderete in modo completo entro tale termine, farò valere i miei diritti secondo la LPD davanti ai tribunali civili svizzeri e sporgerò denuncia all'IFPDT (art. 49 LPD). Mi riservo ogni altro diritto.

## Sollecito

ch-subject-reminder = Oggetto: sollecito relativo alla mia { $request }, da Voi ricevuta in data { $received }
# $kind: access, erasure o access-erasure; $ends: la fine del termine.
ch-reminder-facts = In data { $received } avete ricevuto la mia { $request }, di cui allego copia. { $kind ->
    [erasure] Il termine di 30 giorni che Vi avevo assegnato per dare seguito alla richiesta è scaduto in data { $ends }.
   *[other] Le informazioni sono di norma fornite entro 30 giorni (art. 25 cpv. 7 LPD); tale termine è scaduto in data { $ends }.
}
ch-reminder-no-reply = { $kind ->
    [erasure] Non ho ricevuto da Voi alcuna risposta e non mi avete confermato la cancellazione.
   *[other] Non ho ricevuto da Voi né una risposta né l'indicazione del motivo per cui rifiutate, limitate o differite l'informazione (art. 26 cpv. 4 LPD).
}
ch-reminder-incomplete = { $kind ->
    [erasure] La Vostra risposta è incompleta: non conferma la cancellazione di tutto ciò di cui ho chiesto la cancellazione.
   *[other] La Vostra risposta è incompleta: non contiene tutto ciò che ho chiesto e non mi avete indicato il motivo per cui rifiutate o limitate il resto (art. 26 cpv. 4 LPD).
}
# $grace: una data quattordici giorni dopo la presente lettera.
ch-reminder-demand = Vi invito a dare integrale seguito alla mia richiesta senza ulteriore ritardo e, in ogni caso, entro il giorno { $grace }.
ch-reminder-remedies = In caso contrario, senza ulteriore preavviso, farò valere i miei diritti secondo la LPD davanti ai tribunali civili svizzeri e sporgerò denuncia all'IFPDT (art. 49 LPD).

## The frame of a Swiss letter (no ß in Swiss German: "Grüssen", "ausschliesslich").

ch-closing = Distinti saluti
ch-enclosure-photo = fotografia del mio volto, fornita al solo scopo di identificarmi ai fini della presente richiesta

## European decisions cited as persuasive: as letter.ftl words them.

ch-decision-kind-injunction-order = ordinanza ingiunzione n. { $reference }
ch-decision-kind-fines-and-penalty-orders = decisione (sanzioni pecuniarie e ordini soggetti a penalità di mora)
ch-summary-fine = sanzione pecuniaria di { $amount }
ch-summary-no-fine = nessuna sanzione pecuniaria
