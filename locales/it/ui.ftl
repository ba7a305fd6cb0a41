### facerights — interfaccia (procedura guidata), italiano.

wizard-welcome = facerights scrive una lettera per chiedere a Clearview AI quali dati conserva sul Suo volto, o per chiederne la cancellazione. Nulla lascia questo computer. Con Ctrl-C può interrompere in qualsiasi momento; nulla viene scritto prima della Sua conferma.
ui-language = Lingua di queste domande
country-search = Dove vive? Digiti parte del nome del Paese o il suo codice (Invio mostra l'elenco)
country-pick = Scelga il Suo Paese
country-chosen = → { $country } ({ $code })
country-none = Nessun Paese corrisponde a «{ $input }». facerights copre l'UE, l'Islanda, il Liechtenstein, la Norvegia, il Regno Unito, la Svizzera, l'Australia, il Canada, l'Illinois e la California.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = In quale Land tedesco (Stato federato) risiede? È all'autorità per la protezione dei dati di quel Land che potrebbe proporre reclamo.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = In quale provincia o territorio risiede? La Columbia Britannica, l'Alberta e il Québec hanno ciascuno una propria legge sulla privacy per il settore privato.
region-other-CA = Un'altra provincia o un altro territorio (legge federale, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Per questa legge ({ $law }) facerights non prevede questo tipo di lettera: { $task }. Scelga un'altra opzione.
letter-language = Lingua della lettera
language-complete = completa
language-draft = bozza, non ancora rivista da un madrelingua
request-kind = Quale lettera?
request-access = Accesso (art. 15): chiedere quali dati Clearview conserva su di Lei. Le prove restano.
request-erasure = Cancellazione (art. 17): chiedere a Clearview di cancellare tutto. Distrugge le prove di ciò che conservava.
request-access-erasure = Prima accesso, poi cancellazione: prima una copia, poi la cancellazione di tutto. Consigliato.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Accesso: chiedere quali dati Clearview conserva su di Lei. Le prove restano.
request-erasure-regime = Cancellazione: chiedere a Clearview di cancellare tutto. Distrugge le prove di ciò che conservava.
request-access-erasure-regime = Prima accesso, poi cancellazione: prima una copia, poi la cancellazione di tutto. Consigliato.
name = Nome e cognome (come firmerà)
email = Indirizzo e-mail per la risposta (facoltativo, Invio per saltare)
address-line = Indirizzo postale, riga { $number } (Invio su una riga vuota per terminare)
place = Luogo della firma (la Sua città, facoltativo)
photo-note = Clearview può cercare nella sua banca dati solo con la foto di un volto, non con un nome. Se allega una foto, la lettera dice che può essere usata solo per trovare i Suoi dati, non deve essere aggiunta alla banca dati e deve essere cancellata dopo. Resta un compromesso: dà a Clearview un'immagine nuova del Suo volto.
photo-question = Allegherà una foto del Suo volto?
# Shown after the person says yes to the photo.
photo-clean = Prima di stampare o spedire la foto: rimuova i metadati (luogo, data, fotocamera), la ritagli in modo che mostri solo il Suo volto e nessun altro, e usi una foto che non Le dispiaccia far vedere una volta a Clearview.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = In una lettera di cancellazione Lei si oppone al trattamento «per motivi connessi alla Sua situazione particolare» (art. 21, par. 1, del GDPR). La lettera indica già i motivi che valgono per tutti (il volto è un identificativo permanente). Può aggiungere i Suoi in poche frasi, ad esempio perché essere identificabile da una foto La esporrebbe a un rischio. Vengono riportati come Sue parole.
objection-question = I Suoi motivi (facoltativo, Invio per saltare)
format = Formato
format-text = Testo (da incollare in un'e-mail o stampare)
format-pdf = PDF (da stampare, firmare e spedire)
output-path = Salvare la lettera come
overwrite = { $path } esiste già. Sostituirlo?
summary-title = Riepilogo
summary-country = Paese
summary-language = Lingua della lettera
summary-request = Lettera
summary-file = File
preview-title = La lettera inizia così:
confirm-write = Scrivere la lettera?
written = Lettera salvata in { $path }.
cancelled = Non è stato scritto nulla.
invalid-answer = { $problem }
next-steps-title = Che cosa fare adesso
next-sign = Rilegga la lettera, la stampi e la firmi sopra il Suo nome stampato.
next-send = La spedisca per posta a { $recipient } (se possibile con raccomandata con ricevuta di ritorno), oppure incolli il testo in un'e-mail se dispone di un indirizzo di Clearview.
next-copy = Conservi una copia della lettera e la prova della spedizione.
next-deadline = Clearview deve rispondere entro un mese dal ricevimento: se spedisce oggi, entro circa il { $date } (art. 12(3)); il termine decorre dal ricevimento, quindi tenga conto dei tempi postali.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Se spedisce oggi, Clearview dovrebbe rispondere entro circa il { $date } ({ $provision }); il termine decorre dal ricevimento, quindi tenga conto dei tempi postali.
next-complain = Se non riceve una risposta completa in tempo, può proporre reclamo all'autorità di controllo: { $authority }, { $address } ({ $website }). Alleghi la Sua lettera e la prova della spedizione.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Se non riceve una risposta completa in tempo, può proporre reclamo all'autorità per la protezione dei dati del Land tedesco in cui risiede; `facerights jurisdictions` le elenca (DE-BY, DE-NW, …). Alleghi la Sua lettera e la prova della spedizione.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Se non riceve una risposta completa in tempo, presenti reclamo prima a Clearview (sezione 164A del Data Protection Act 2018), poi all'autorità di controllo: { $authority }, { $address } ({ $website }). Alleghi le Sue lettere e la prova della spedizione.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Se non riceve una risposta completa in tempo, presenti reclamo prima a Clearview (lo fa la lettera di sollecito), poi, dopo 30 giorni, all'autorità di controllo: { $authority } ({ $website }). Alleghi le Sue lettere e la prova della spedizione.
next-complain-ca = La mancata risposta entro 30 giorni equivale a un rifiuto (PIPEDA s. 8(5)): può quindi presentare reclamo scritto, entro sei mesi, all'autorità competente: { $authority }, { $address } ({ $website }). Alleghi le Sue lettere e la prova della spedizione.
next-complain-bc = Se non riceve una risposta completa in tempo, può chiedere un riesame all'autorità competente: { $authority } ({ $website }); la richiesta di riesame ha un proprio termine di 30 giorni lavorativi.
next-complain-ab = Se non riceve una risposta completa in tempo, può chiedere per iscritto un riesame all'autorità competente: { $authority } ({ $website }), entro 30 giorni dalla decisione di Clearview.
next-complain-qc = La mancata risposta entro 30 giorni equivale a un rifiuto: può quindi presentare una richiesta di esame del disaccordo (demande d'examen de mésentente) all'autorità competente: { $authority }, { $address } ({ $website }).
next-complain-ch = Se non riceve una risposta completa in tempo, può presentare una denuncia all'autorità federale: { $authority } ({ $website }); l'autorità può aprire un'inchiesta, ma Lei non è parte del procedimento. I Suoi diritti di accesso e cancellazione si fanno valere davanti ai tribunali civili (art. 32 LPD).
next-complain-cal = Se non riceve una risposta completa in tempo, può presentare reclamo all'autorità di controllo: { $authority } ({ $website }); l'autorità vigila sull'applicazione del CCPA, ma non agisce per Lei individualmente.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Nessuna autorità di controllo esamina reclami individuali ai sensi dell'Illinois Biometric Information Privacy Act: conservi la lettera e la prova della spedizione, che costituiscono prove se decide di portare avanti la questione, personalmente o tramite un avvocato.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = la lettera non indica alcuna autorità di controllo: in Germania è quella del Land in cui risiede. Usi --jurisdiction { $example } (o una colonna `jurisdiction` con tali codici) per indicarla; `facerights jurisdictions` elenca i codici.
draft-note = Nota: il testo della lettera in { $language } è una bozza che nessun madrelingua con competenze giuridiche ha ancora rivisto. La legga prima di spedirla.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (lettere in questa lingua: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = sì
answer-no = no
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = File scritto: { $path }
note-replaced = File sostituito: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } righe in { $seconds } s ({ $rate } righe/s): { $written } scritte, { $skipped } saltate (già presenti), { $failed } non riuscite; registro: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = non scritto
batch-merged = { $letters } lettere ({ $pages } pagine) riunite in { $path }
batch-merge-not-written = Il PDF unico { $path } non è stato scritto: l'esecuzione non è terminata; esegua di nuovo lo stesso comando per completarlo
batch-interrupted = Interrotto: completamento delle lettere in corso e scrittura del registro (interrompa di nuovo per fermarsi subito, senza registro)
batch-taken-back = Nel registro non c'era spazio per elencare { $count } lettere: sono state rimosse di nuovo e la prossima esecuzione le scriverà

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Che cosa desidera fare?
task-request = Scrivere una richiesta a Clearview (accesso o cancellazione)
task-reminder = Sollecitare Clearview: non ha risposto (in modo completo) entro il termine
task-complaint = Proporre reclamo contro Clearview all'autorità per la protezione dei dati
first-request-question = Quale richiesta ha inviato?
# The date the request reached Clearview.
received-question = Quando l'ha ricevuta Clearview? (AAAA-MM-GG: la data di consegna per una lettera, la data di invio per un'e-mail)
outcome-question = Che cosa ha fatto Clearview?
outcome-no-reply = Niente: nessuna risposta
outcome-incomplete = Ha risposto, ma non con tutto ciò che aveva chiesto
outcome-refused = Ha rifiutato
outcome-identity-demanded = Ha chiesto un documento d'identità o una nuova foto prima di rispondere
reminded-question = Quando ha inviato un sollecito? (AAAA-MM-GG; Invio se non l'ha inviato)
# After a request letter. $ends: the last day of the reply period; $provision: "art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature. Dates follow "il giorno" / "in data".
note-deadline = Termine: Clearview deve rispondere entro il giorno { $ends } ({ $provision }), calcolato dal ricevimento in data { $received }; se quel giorno è festivo, il termine slitta al primo giorno lavorativo successivo. In mancanza di una risposta completa, scriva il sollecito a partire dal giorno { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = Il termine presuppone che Clearview riceva la lettera nel giorno in cui è datata; per una lettera spedita per posta, indichi la data di consegna con --received AAAA-MM-GG.
calendar-question = Salvare la scadenza in un file di calendario (.ics) con un promemoria?
calendar-path = Salva il file di calendario come
# $path: the .ics file written.
note-calendar = File scritto: { $path }; lo apra per aggiungere la scadenza al Suo calendario.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Scadenza della risposta di Clearview ({ $request })
calendar-description = Clearview AI, Inc. ha ricevuto la Sua { $request } in data { $received } e deve rispondere entro il giorno { $ends }. Se non ha risposto in modo completo, scriva un sollecito con facerights a partire dal giorno { $follow_up } («Sollecitare Clearview»).
calendar-alarm = La risposta di Clearview è attesa entro 3 giorni.
request-short-access = richiesta di accesso
request-short-erasure = richiesta di cancellazione
request-short-access-erasure = richiesta di accesso e cancellazione
# E-mail drafts (--format eml).
note-eml-no-recipient = La bozza di e-mail non ha destinatario: facerights non conosce alcun indirizzo e-mail confermato di Clearview. Inserisca l'indirizzo di cui dispone oppure spedisca la lettera per posta.
note-eml-no-sender = La bozza di e-mail non ha mittente: lo indichi con --email, altrimenti lo inserirà il Suo programma di posta.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } accetta reclami anche tramite il proprio modulo: { $url } — può incollarvi il testo della lettera e allegare i documenti.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = L'ICO si aspetta che Lei presenti prima reclamo a Clearview (sezione 164A del Data Protection Act 2018): la lettera di sollecito è un reclamo di questo tipo; ne indichi la data con --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = L'OAIC si aspetta che Lei presenti prima reclamo a Clearview e conceda a Clearview 30 giorni: la lettera di sollecito è un reclamo di questo tipo; ne indichi la data con --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } non accetta reclami redatti in questa lingua (lingue accettate: { $languages }). Rediga il reclamo con --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = art. 12, par. 3, del GDPR
provision-eea-gdpr = art. 12, par. 3, del GDPR
provision-uk-gdpr = art. 12A del UK GDPR
