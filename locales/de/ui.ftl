### facerights — Oberfläche (Assistent), Deutsch.

wizard-welcome = facerights schreibt einen Brief, mit dem Sie Clearview AI fragen, was es über Ihr Gesicht gespeichert hat, oder die Löschung verlangen. Nichts verlässt diesen Computer. Mit Strg-C können Sie jederzeit abbrechen; geschrieben wird erst, wenn Sie bestätigen.
ui-language = Sprache dieser Fragen
country-search = Wo wohnen Sie? Tippen Sie einen Teil des Ländernamens oder den Ländercode (Eingabetaste zeigt die Liste)
country-pick = Wählen Sie Ihr Land
country-chosen = → { $country } ({ $code })
country-none = Kein Land passt zu „{ $input }“. facerights deckt die EU, Island, Liechtenstein, Norwegen, das Vereinigte Königreich, die Schweiz, Australien, Kanada, Illinois und Kalifornien ab.
region-pick-DE = In welchem Bundesland wohnen Sie? Bei dessen Datenschutzaufsichtsbehörde würden Sie sich beschweren.
region-pick-CA = In welcher Provinz oder welchem Territorium wohnen Sie? British Columbia, Alberta und Québec haben jeweils ein eigenes Datenschutzgesetz für den privaten Sektor.
region-other-CA = Andere Provinz oder anderes Territorium (Bundesrecht, PIPEDA)
task-unavailable = Für dieses Gesetz ({ $law }) bietet facerights keinen solchen Brief an: { $task }. Wählen Sie etwas anderes.
letter-language = Sprache des Briefs
language-complete = vollständig
language-draft = Entwurf, noch nicht von Muttersprachlern geprüft
request-kind = Welcher Brief?
request-access = Auskunft (Art. 15): fragen, was Clearview über Sie gespeichert hat. Die Beweise bleiben erhalten.
request-erasure = Löschung (Art. 17): Clearview auffordern, alles zu löschen. Damit verschwinden auch die Beweise.
request-access-erasure = Erst Auskunft, dann Löschung: zuerst eine Kopie, danach wird alles gelöscht. Empfohlen.
request-access-regime = Auskunft: fragen, was Clearview über Sie gespeichert hat. Die Beweise bleiben erhalten.
request-erasure-regime = Löschung: Clearview auffordern, alles zu löschen. Damit verschwinden auch die Beweise.
request-access-erasure-regime = Erst Auskunft, dann Löschung: zuerst eine Kopie, danach wird alles gelöscht. Empfohlen.
name = Ihr vollständiger Name (wie Sie unterschreiben)
email = Ihre E-Mail-Adresse für die Antwort (freiwillig, Eingabetaste zum Überspringen)
address-line = Postanschrift, Zeile { $number } (leere Zeile mit der Eingabetaste beendet)
place = Ort der Unterschrift (Ihr Wohnort, freiwillig)
photo-note = Clearview kann seine Datenbank nur mit einem Foto eines Gesichts durchsuchen, nicht nach Namen. Wenn Sie ein Foto beilegen, steht im Brief, dass es nur zum Auffinden Ihrer Daten verwendet, nicht in die Datenbank aufgenommen und danach gelöscht werden muss. Es bleibt eine Abwägung: Sie geben Clearview ein neues Bild Ihres Gesichts.
photo-question = Legen Sie ein Foto Ihres Gesichts bei?
photo-clean = Bevor Sie das Foto ausdrucken oder versenden: Entfernen Sie seine Metadaten (Ort, Datum, Kamera), schneiden Sie es so zu, dass nur Ihr Gesicht und niemand sonst zu sehen ist, und verwenden Sie ein Foto, bei dem es Sie nicht stört, dass Clearview es einmal sieht.
objection-note = In einem Löschungsbrief widersprechen Sie der Verarbeitung „aus Gründen, die sich aus Ihrer besonderen Situation ergeben“ (Art. 21 Abs. 1 DSGVO). Der Brief nennt bereits die Gründe, die für alle gelten (Ihr Gesicht ist ein dauerhaftes Identifizierungsmerkmal). Sie können in wenigen Sätzen eigene Gründe hinzufügen, z. B. warum es Sie gefährden würde, anhand eines Fotos identifiziert zu werden. Sie werden als Ihre eigenen Worte abgedruckt.
objection-question = Ihre eigenen Gründe (freiwillig, Eingabetaste zum Überspringen)
format = Ausgabeformat
format-text = Text (zum Einfügen in eine E-Mail oder zum Drucken)
format-pdf = PDF (zum Drucken, Unterschreiben und Versenden)
output-path = Brief speichern unter
overwrite = { $path } gibt es schon. Ersetzen?
summary-title = Zusammenfassung
summary-country = Land
summary-language = Sprache des Briefs
summary-request = Brief
summary-file = Datei
preview-title = Der Brief beginnt so:
confirm-write = Brief schreiben?
written = Brief gespeichert unter { $path }.
cancelled = Es wurde nichts geschrieben.
invalid-answer = { $problem }
next-steps-title = Wie es weitergeht
next-sign = Lesen Sie den Brief, drucken Sie ihn aus und unterschreiben Sie über Ihrem gedruckten Namen.
next-send = Schicken Sie ihn per Post an { $recipient } (wenn möglich per Einschreiben mit Rückschein) oder fügen Sie den Text in eine E-Mail ein, wenn Sie eine Adresse von Clearview haben.
next-copy = Bewahren Sie eine Kopie des Briefs und den Versandnachweis auf.
next-deadline = Clearview muss innerhalb eines Monats nach Eingang antworten: wenn Sie heute absenden, etwa bis { $date } (Art. 12(3) DSGVO); die Frist beginnt mit dem Eingang, rechnen Sie also die Postlaufzeit hinzu.
next-deadline-regime = Wenn Sie heute absenden, sollte Clearview etwa bis { $date } antworten ({ $provision }); die Frist beginnt mit dem Eingang, rechnen Sie also die Postlaufzeit hinzu.
next-complain = Kommt keine vollständige Antwort, können Sie sich beschweren bei: { $authority }, { $address } ({ $website }). Legen Sie Ihren Brief und den Versandnachweis bei.
next-complain-land-of-residence = Kommt keine vollständige Antwort, können Sie sich bei der Datenschutzaufsichtsbehörde des Bundeslandes beschweren, in dem Sie wohnen; `facerights jurisdictions` listet sie auf (DE-BY, DE-NW, …). Legen Sie Ihren Brief und den Versandnachweis bei.
next-complain-uk = Kommt keine vollständige Antwort, beschweren Sie sich zuerst bei Clearview (Section 164A des Data Protection Act 2018), danach bei: { $authority }, { $address } ({ $website }). Legen Sie Ihre Briefe und den Versandnachweis bei.
next-complain-au = Kommt keine vollständige Antwort, beschweren Sie sich zuerst bei Clearview (das tut die Erinnerung) und nach 30 Tagen dann bei: { $authority } ({ $website }). Legen Sie Ihre Briefe und den Versandnachweis bei.
next-complain-ca = Keine Antwort innerhalb von 30 Tagen gilt als Ablehnung (PIPEDA s. 8(5)): Sie können sich dann innerhalb von sechs Monaten schriftlich beschweren bei: { $authority }, { $address } ({ $website }). Legen Sie Ihre Briefe und den Versandnachweis bei.
next-complain-bc = Kommt keine vollständige Antwort, können Sie eine Überprüfung beantragen bei: { $authority } ({ $website }); für diesen Antrag gilt eine eigene Frist von 30 Arbeitstagen.
next-complain-ab = Kommt keine vollständige Antwort, können Sie innerhalb von 30 Tagen nach der Entscheidung von Clearview schriftlich eine Überprüfung beantragen bei: { $authority } ({ $website }).
next-complain-qc = Keine Antwort innerhalb von 30 Tagen gilt als Ablehnung: Sie können dann eine Prüfung der Meinungsverschiedenheit (demande d'examen de mésentente) beantragen bei: { $authority }, { $address } ({ $website }).
next-complain-ch = Kommt keine vollständige Antwort, können Sie eine Anzeige einreichen bei: { $authority } ({ $website }); dort kann eine Untersuchung eröffnet werden, Sie sind aber nicht Partei. Ihre Ansprüche auf Auskunft und Löschung setzen Sie vor den Zivilgerichten durch (Art. 32 DSG).
next-complain-cal = Kommt keine vollständige Antwort, können Sie sich beschweren bei: { $authority } ({ $website }); die Behörde setzt den CCPA durch, wird aber nicht für Sie persönlich tätig.
next-complain-courts = Nach dem Illinois Biometric Information Privacy Act nimmt keine Aufsichtsbehörde Beschwerden Einzelner entgegen: Bewahren Sie den Brief und den Versandnachweis auf; sie sind Beweismittel, falls Sie die Sache selbst oder über einen Anwalt weiterverfolgen.
note-subdivision = Der Brief nennt keine Beschwerdebehörde: In Deutschland ist es die Aufsichtsbehörde des Bundeslandes, in dem Sie wohnen. Geben Sie --jurisdiction { $example } an (oder eine Spalte `jurisdiction` mit solchen Codes), um sie zu nennen; `facerights jurisdictions` listet die Codes auf.
draft-note = Hinweis: Der Brieftext in { $language } ist ein Entwurf, den noch niemand mit Muttersprache und juristischen Kenntnissen geprüft hat. Lesen Sie ihn, bevor Sie ihn absenden.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (Briefe in dieser Sprache: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ja
answer-no = nein

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = geschrieben: { $path }
note-replaced = ersetzt: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } Zeilen in { $seconds } s ({ $rate } Zeilen/s): { $written } geschrieben, { $skipped } übersprungen (schon vorhanden), { $failed } fehlgeschlagen; Manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = nicht geschrieben
batch-merged = { $letters } Briefe ({ $pages } Seiten) zusammengeführt in { $path }
batch-merge-not-written = Das zusammengeführte PDF { $path } wurde nicht geschrieben: der Lauf wurde nicht beendet; führen Sie denselben Befehl erneut aus, um es zu vervollständigen
batch-interrupted = Unterbrochen: die Briefe in Arbeit werden fertiggestellt und das Manifest geschrieben (erneut unterbrechen, um sofort ohne Manifest anzuhalten)
batch-taken-back = Im Manifest war kein Platz für { $count } Briefe: sie wurden wieder entfernt, der nächste Lauf schreibt sie

## Nach dem Brief: Fristen, Erinnerungen, Beschwerden, Kalender und E-Mail

task-question = Was möchten Sie tun?
task-request = Einen Antrag an Clearview schreiben (Auskunft oder Löschung)
task-reminder = Clearview erinnern: Es hat nicht (vollständig) fristgerecht geantwortet
task-complaint = Sich bei der Datenschutzaufsichtsbehörde über Clearview beschweren
first-request-question = Welchen Antrag haben Sie geschickt?
received-question = Wann ist er bei Clearview eingegangen? (JJJJ-MM-TT: bei einem Brief das Zustelldatum, bei einer E-Mail das Absendedatum)
outcome-question = Was hat Clearview getan?
outcome-no-reply = Nichts: überhaupt keine Antwort
outcome-incomplete = Es hat geantwortet, aber nicht alles geliefert, was Sie verlangt haben
outcome-refused = Es hat abgelehnt
outcome-identity-demanded = Es hat vor einer Antwort ein Ausweisdokument oder ein neues Foto verlangt
reminded-question = Wann haben Sie eine Erinnerung geschickt? (JJJJ-MM-TT; Eingabetaste, wenn nicht)
note-deadline = Frist: Clearview muss bis zum { $ends } antworten ({ $provision }), gerechnet ab Eingang am { $received }; fällt der Tag auf einen Feiertag, verschiebt sich die Frist auf den nächsten Werktag. Ohne vollständige Antwort schreiben Sie die Erinnerung ab dem { $follow_up }.
note-deadline-assumed = Die Frist geht davon aus, dass Clearview den Brief an seinem Datum erhält; geben Sie bei einem Brief per Post das Zustelldatum mit --received JJJJ-MM-TT an.
calendar-question = Die Frist als Kalenderdatei (.ics) mit Erinnerung speichern?
calendar-path = Kalenderdatei speichern unter
note-calendar = { $path } geschrieben: Öffnen Sie die Datei, um die Frist in Ihren Kalender einzutragen.
calendar-summary = Antwort von Clearview fällig ({ $request })
calendar-description = Clearview AI, Inc. hat Ihren { $request } am { $received } erhalten und muss bis zum { $ends } antworten. Ist bis dahin keine vollständige Antwort gekommen, schreiben Sie ab dem { $follow_up } mit facerights eine Erinnerung („Clearview erinnern“).
calendar-alarm = Die Antwort von Clearview ist in 3 Tagen fällig.
request-short-access = Auskunftsantrag
request-short-erasure = Löschungsantrag
request-short-access-erasure = Auskunfts- und Löschungsantrag
note-eml-no-recipient = Der E-Mail-Entwurf hat keinen Empfänger: facerights kennt keine bestätigte E-Mail-Adresse von Clearview. Tragen Sie die Adresse ein, die Sie haben, oder schicken Sie den Brief per Post.
note-eml-no-sender = Der E-Mail-Entwurf hat keinen Absender: Geben Sie --email an, um ihn einzutragen, sonst tut es Ihr E-Mail-Programm.
note-complaint-form = { $authority } nimmt Beschwerden auch über ein Formular entgegen: { $url } – Sie können den Text des Briefs dort einfügen und die Anlagen anhängen.
note-controller-first-uk = Das ICO erwartet, dass Sie sich zuerst bei Clearview beschweren (Section 164A des Data Protection Act 2018): Die Erinnerung ist eine solche Beschwerde; geben Sie ihr Datum mit --reminded an.
note-controller-first-au = Das OAIC erwartet, dass Sie sich zuerst bei Clearview beschweren und dem Unternehmen 30 Tage Zeit lassen: Die Erinnerung ist eine solche Beschwerde; geben Sie ihr Datum mit --reminded an.
note-complaint-language = { $authority } nimmt Beschwerden in dieser Sprache nicht entgegen, nur in: { $languages }. Erstellen Sie die Beschwerde mit --language { $code }.
provision-eu-gdpr = Art. 12 Abs. 3 DS-GVO
provision-eea-gdpr = Art. 12 Abs. 3 DSGVO
provision-uk-gdpr = Art. 12A UK GDPR
