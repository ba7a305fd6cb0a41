### facerights — Schreiben nach dem revidierten Bundesgesetz über den Datenschutz (DSG, SR 235.1,
### in Kraft seit 1. September 2023), Deutsch (Schweiz).
###
### Schweizer Rechtssprache: kein ß ("ausschliesslich", "gemäss"), "innert", "Personendaten",
### "bearbeiten", "Verantwortlicher", "betroffene Person", "Persönlichkeitsverletzung"; Zitate
### "Art. 25 Abs. 6 DSG", "Art. 30 Abs. 2 lit. b DSG" als Text (nicht mit REF, damit alle Sprachen
### eines Schweizer Schreibens gleich zitieren). Der EDÖB ist "der Eidgenössische Datenschutz- und
### Öffentlichkeitsbeauftragte (EDÖB)" und wird im Text genannt, nicht mit $authority.
### Nach der Anrede ("Sehr geehrte Damen und Herren,") beginnt der erste Absatz klein.
###
### Art. 3 Abs. 1 DSG (Auswirkungsprinzip) gilt für die öffentlich-rechtlichen Pflichten und den
### EDÖB; für die privatrechtlichen Ansprüche (Auskunft, Art. 32) verweist Art. 3 Abs. 2 DSG auf das
### IPRG (Art. 139 Abs. 1 lit. a und Abs. 3 IPRG: Wahl des Rechts am gewöhnlichen Aufenthalt). Quellen
### der im Review ergänzten Bestimmungen (Art. 3 Abs. 2, Art. 31 Abs. 1, Art. 60 Abs. 1 lit. a DSG,
### Art. 139 IPRG) im Kopf der englischen Datei.
###
### Variablen in jeder Nachricht: $gdpr (law-short-ch) und $controller ("Clearview AI, Inc.").

law-short-ch = DSG

## Was das erste Schreiben verlangte, im Akkusativ ("Erinnerung an …", "haben Sie … erhalten",
## "Kopie meines Schreibens betreffend …").

ch-request-name-access = mein Auskunftsbegehren nach Art. 25 DSG
ch-request-name-erasure = meinen Widerspruch gegen die Bearbeitung meiner Personendaten und mein Begehren um deren Löschung
ch-request-name-access-erasure = mein Auskunftsbegehren nach Art. 25 DSG mit meinem Widerspruch gegen die Bearbeitung meiner Personendaten und meinem Begehren um deren anschliessende Löschung

## Das Begehren

ch-subject-access = Auskunftsbegehren nach Art. 25 des Bundesgesetzes über den Datenschutz (DSG)
ch-subject-erasure = Widerspruch gegen die Bearbeitung meiner Personendaten und Begehren um deren Löschung (Art. 30 Abs. 2 lit. b und Art. 32 Abs. 2 DSG)
ch-subject-access-erasure = Auskunftsbegehren nach Art. 25 DSG, Widerspruch gegen die Bearbeitung und Begehren um anschliessende Löschung meiner Personendaten
ch-intro-access = ich wohne in der Schweiz. Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG, SR 235.1) verlange ich Auskunft darüber, ob { $controller } Personendaten über mich bearbeitet, und gegebenenfalls welche. Einer Begründung bedarf dieses Begehren nicht.
ch-intro-erasure = ich wohne in der Schweiz. Ich widerspreche ausdrücklich jeder Bearbeitung von Personendaten über mich durch { $controller } und verlange, dass Sie sämtliche Personendaten über mich löschen, keine Bilder von mir mehr beschaffen und Dritten keine Personendaten über mich bekanntgeben.
ch-intro-access-erasure = ich wohne in der Schweiz. Gestützt auf Art. 25 des Bundesgesetzes über den Datenschutz (DSG, SR 235.1) verlange ich Auskunft darüber, ob { $controller } Personendaten über mich bearbeitet, und gegebenenfalls welche. Sobald Sie mir diese Auskunft erteilt haben, verlange ich, dass Sie diese Daten löschen. Schon jetzt widerspreche ich jeder Bearbeitung von Personendaten über mich, die nicht für die Beantwortung dieses Begehrens erforderlich ist.
ch-applicability-1 = Das DSG gilt für Sachverhalte, die sich in der Schweiz auswirken, auch wenn sie im Ausland veranlasst werden (Art. 3 Abs. 1 DSG). Ihre Beschaffung von Bildern von Personen in der Schweiz und die Suchabfragen, die Ihre Kunden in diesem Bildbestand durchführen, wirken sich in der Schweiz aus. Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB) ist 2020 davon ausgegangen, dass Sie bei der Beschaffung von Gesichtsdaten die Persönlichkeit der betroffenen Personen in der Schweiz verletzen (siehe unten). Für meine privatrechtlichen Ansprüche, einschliesslich des Auskunftsrechts und der Ansprüche nach Art. 32 DSG, verweist Art. 3 Abs. 2 DSG auf das Bundesgesetz über das Internationale Privatrecht (IPRG). Nach Art. 139 Abs. 1 lit. a und Abs. 3 IPRG kann ich für Ansprüche aus Verletzung der Persönlichkeit durch das Bearbeiten von Personendaten und aus Beeinträchtigung des Rechts auf Auskunft über Personendaten das Recht des Staates wählen, in dem ich meinen gewöhnlichen Aufenthalt habe, sofern Sie mit dem Eintritt des Erfolges in diesem Staat rechnen mussten. Sie beschaffen Bilder von Personen in der Schweiz und mussten daher mit dem Eintritt des Erfolges hier rechnen. Ich wähle schweizerisches Recht.

## Auskunft (Art. 25 DSG)

ch-access-heading = Auskunft über meine Personendaten (Art. 25 DSG)
ch-access-ask = Bitte teilen Sie mir alle Informationen mit, die ich benötige, um meine Rechte nach dem DSG geltend zu machen, und in jedem Fall die bearbeiteten Personendaten als solche (Art. 25 Abs. 2 lit. b DSG), insbesondere:
ch-access-item-1 = jedes Bild, auf dem ich abgebildet bin oder das Sie mit mir in Verbindung bringen, in der Form, in der Sie es gespeichert haben;
ch-access-item-2 = zu jedem Bild die Adresse (URL) der Webseite und des Bildes, wo Sie es beschafft haben, und das Datum der Beschaffung (die verfügbaren Angaben über die Herkunft der Daten, Art. 25 Abs. 2 lit. e DSG);
ch-access-item-3 = die biometrischen Daten und Templates (Vektoren), die Sie aus meinem Gesicht abgeleitet haben, sowie alle weiteren Daten, die Sie über mich abgeleitet oder erschlossen haben;
ch-access-item-4 = die Aufzeichnungen über jede Suchabfrage, bei der ich als Treffer angezeigt wurde oder bei der ein Bild meines Gesichts hochgeladen wurde, mit dem Datum der Abfrage und dem Kunden, der sie durchgeführt hat;
ch-access-item-5 = die Empfänger oder die Kategorien von Empfängern, denen Sie Personendaten über mich bekanntgegeben haben (Art. 25 Abs. 2 lit. g DSG); soweit Sie die Empfänger benennen können, bitte ich um ihre Namen.
ch-access-note-1 = Bitte teilen Sie mir zudem Ihre Identität und Ihre Kontaktdaten mit, den Zweck jeder Bearbeitung, die Aufbewahrungsdauer der Daten oder, falls dies nicht möglich ist, die Kriterien zur Festlegung dieser Dauer, und ob Sie automatisierte Einzelentscheidungen über mich treffen und auf welcher Logik diese beruhen (Art. 25 Abs. 2 lit. a, c, d und f DSG). Dieses Begehren umfasst auch die Daten, die Ihre Dienstleister in Ihrem Auftrag bearbeiten (Art. 25 Abs. 4 DSG).
ch-access-note-2 = Sie müssen die Auskunft kostenlos erteilen (Art. 25 Abs. 6 DSG); Ihre Datenbank ist dafür gebaut, nach Gesichtern durchsucht zu werden, sodass die Beantwortung dieses Begehrens keinen unverhältnismässigen Aufwand verursacht. Verweigern Sie die Auskunft, schränken Sie sie ein oder schieben Sie sie auf, so müssen Sie mir angeben, weshalb (Art. 26 Abs. 4 DSG). Private Personen, die vorsätzlich eine falsche oder unvollständige Auskunft erteilen, werden auf Antrag mit Busse bis zu 250 000 Franken bestraft (Art. 60 Abs. 1 lit. a DSG).

## Löschung (Widerspruch nach Art. 30 Abs. 2 lit. b und Ansprüche nach Art. 32 Abs. 2 DSG)

ch-erasure-heading = Widerspruch und Löschung meiner Personendaten
ch-erasure-after-access = Sobald Sie mir die Auskunft erteilt haben, löschen Sie bitte sämtliche Personendaten über mich, die Sie bearbeiten.
ch-erasure-ask = Die Löschung muss umfassen:
ch-erasure-item-1 = jedes Bild von mir und jede Kopie davon;
ch-erasure-item-2 = die aus meinem Gesicht abgeleiteten biometrischen Templates (Vektoren);
ch-erasure-item-3 = die mit diesen Bildern verknüpften Webadressen und sonstigen Daten;
ch-erasure-item-4 = die Suchergebnisse, Suchprotokolle und Verknüpfungen, die mich betreffen;
ch-erasure-item-5 = sämtliche Kopien in Backups, Archiven und in den Systemen Ihrer Dienstleister.
ch-erasure-note-1 = Mein Widerspruch umfasst insbesondere die Beschaffung von Bildern von mir und deren biometrische Auswertung; diese Bearbeitung untersage ich ausdrücklich. Werden Personendaten entgegen der ausdrücklichen Willenserklärung der betroffenen Person bearbeitet, so liegt eine Persönlichkeitsverletzung vor (Art. 30 Abs. 2 lit. b DSG). Auch für Bilder von mir, die im Internet allgemein zugänglich sein mögen, können Sie sich nicht auf Art. 30 Abs. 3 DSG berufen: Diese Bestimmung setzt voraus, dass die betroffene Person die Daten allgemein zugänglich gemacht und eine Bearbeitung nicht ausdrücklich untersagt hat; ich untersage diese Bearbeitung hiermit ausdrücklich.
ch-erasure-note-2 = In die Beschaffung von Bildern von mir und die Bearbeitung daraus abgeleiteter biometrischer Daten habe ich nie eingewilligt. Soweit Sie sich auf eine Einwilligung von mir berufen, widerrufe ich sie. Eine Persönlichkeitsverletzung ist widerrechtlich, wenn sie nicht durch Einwilligung der betroffenen Person, durch ein überwiegendes privates oder öffentliches Interesse oder durch Gesetz gerechtfertigt ist (Art. 31 Abs. 1 DSG). Weder eine Einwilligung noch ein überwiegendes Interesse noch ein Gesetz rechtfertigt es, Bilder von mir gegen meinen ausdrücklichen Willen zu beschaffen und biometrisch auszuwerten.
ch-erasure-note-3 = Das Verbot der Bearbeitung, das Verbot der Bekanntgabe meiner Personendaten an Dritte sowie deren Löschung oder Vernichtung kann ich vor den Zivilgerichten einklagen (Art. 32 Abs. 2 lit. a–c DSG). Ich ersuche Sie, meinem Begehren freiwillig nachzukommen; andernfalls werde ich diese Ansprüche gerichtlich geltend machen.
ch-erasure-note-4 = Bitte teilen Sie mir mit, was Sie vorkehren, damit keine Bilder von mir mehr beschafft werden. Falls Sie dafür Daten über mich aufbewahren, teilen Sie mir genau mit, welche.
ch-erasure-note-5 = Bitte bestätigen Sie mir die Löschung schriftlich und geben Sie an, was Sie gelöscht haben, einschliesslich der Kopien in Backups und der abgeleiteten Templates.

## Identifizierung

ch-identification-heading = Identifizierung
ch-identification-no-photo = Die Angaben in diesem Schreiben genügen, um es zu beantworten. Benötigen Sie für meine Identifizierung vernünftigerweise weitere Angaben, so teilen Sie mir genau mit, welche und weshalb; eine Kopie eines Ausweises sende ich Ihnen nur, wenn Sie darlegen, dass dies erforderlich ist. Kann Ihr System nur mit einem Foto meines Gesichts durchsucht werden, so teilen Sie mir dies mit; ich stelle Ihnen dann eines ausschliesslich für dieses Begehren zur Verfügung.
ch-identification-photo = Ich lege ein Foto meines Gesichts bei, ausschliesslich damit Sie die Personendaten über mich auffinden können. Ich willige ausdrücklich in eine einzige Suche in Ihrer Datenbank mit einem aus diesem Foto erstellten Template ein, nur für dieses Begehren. In jede andere Verwendung willige ich nicht ein: Nehmen Sie weder das Foto noch das Template in Ihre Datenbank auf und geben Sie beide nicht bekannt. Sobald Sie dieses Begehren beantwortet haben, vernichten Sie das Foto, das Template und die Ergebnisse der Suche und bestätigen Sie mir dies.

## Stellungnahmen des EDÖB und Entscheidungen im Ausland

ch-decisions-heading = Die schweizerische Aufsichtsbehörde und Entscheidungen im Ausland
ch-decisions-own = In der Schweiz hat der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte (EDÖB) seine Einschätzung Ihrer Datenbearbeitung öffentlich bekanntgegeben. Es handelt sich um öffentliche Stellungnahmen, nicht um eine Empfehlung oder eine Verfügung: Eine förmliche Empfehlung oder Verfügung des EDÖB gegen { $controller } ist mir nicht bekannt.
ch-decisions-other = Aufsichtsbehörden in der Europäischen Union haben dieselbe Datenbearbeitung durch { $controller } für rechtswidrig befunden. Ihre Entscheidungen wenden die Datenschutz-Grundverordnung der EU (DSGVO) an, nicht das DSG: Das DSG ist der DSGVO in vielem ähnlich, aber ein eigenständiges Gesetz, und diese Entscheidungen binden Sie nach schweizerischem Recht nicht. Ich führe sie an, weil ihre Begründung auch für die Beurteilung nach dem DSG überzeugt:
# $breaches: die festgestellten verletzten Bestimmungen, bereits verbunden (bisher keine).
ch-decision-breaches = Es wurde eine Verletzung von { $breaches } festgestellt.
# Was die Stellungnahmen des EDÖB sagten (data/decisions.toml, outcome).
ch-outcome-personality-violation = Der Beauftragte ging davon aus, dass die Anbieter der Applikation Clearview bei der Beschaffung von Gesichtsdaten die Persönlichkeit der betroffenen Personen in der Schweiz sowie die Nutzungsbedingungen sozialer Plattformen verletzen.
ch-outcome-own-request = Er kündigte an, stellvertretend für die betroffenen Personen in der Schweiz bei { $controller } ein Auskunfts- und Löschgesuch zu den über ihn selbst bearbeiteten Daten zu stellen. Am 10. März 2020 teilte er mit, sein Gesuch vom 24. Januar 2020 sei unbeantwortet geblieben, weshalb er das Unternehmen ermahnt habe.
ch-outcome-mass-collection = Der Beauftragte legte dar, dass die massenhafte Beschaffung von Gesichtsdaten aus dem Internet ohne Einwilligung der betroffenen Personen deren Persönlichkeit nach dem früheren DSG verletzt, unabhängig davon, wo die beschaffende Stelle ihren Sitz hat.

## Frist und Folgen

ch-deadline-heading = Frist für Ihre Antwort
ch-deadline-access = Die Auskunft wird in der Regel innert 30 Tagen erteilt (Art. 25 Abs. 7 DSG). Bitte erteilen Sie sie mir innert 30 Tagen nach Eingang dieses Schreibens.
ch-deadline-erasure = Bitte kommen Sie diesem Begehren innert 30 Tagen nach Eingang dieses Schreibens nach und bestätigen Sie mir die Löschung.
ch-deadline-access-erasure = Die Auskunft wird in der Regel innert 30 Tagen erteilt (Art. 25 Abs. 7 DSG). Bitte erteilen Sie sie mir innert 30 Tagen nach Eingang dieses Schreibens und löschen Sie die Daten danach unverzüglich.
ch-remedies = Antworten Sie nicht innert dieser Frist vollständig, so werde ich meine Rechte nach dem DSG vor den schweizerischen Zivilgerichten durchsetzen und beim EDÖB Anzeige erstatten (Art. 49 DSG). Alle weiteren Rechte behalte ich mir vor.

## Erinnerung

ch-subject-reminder = Erinnerung an { $request }, bei Ihnen eingegangen am { $received }
# $kind: access, erasure oder access-erasure; $ends: das Ende der Frist.
ch-reminder-facts = am { $received } haben Sie { $request } erhalten; eine Kopie liegt bei. { $kind ->
    [erasure] Die Frist von 30 Tagen, die ich Ihnen dafür gesetzt habe, ist am { $ends } abgelaufen.
   *[other] Die Auskunft wird in der Regel innert 30 Tagen erteilt (Art. 25 Abs. 7 DSG); diese Frist ist am { $ends } abgelaufen.
}
ch-reminder-no-reply = { $kind ->
    [erasure] Ich habe von Ihnen keine Antwort erhalten, und Sie haben mir die Löschung nicht bestätigt.
   *[other] Ich habe von Ihnen weder eine Antwort erhalten noch eine Angabe darüber, weshalb Sie die Auskunft verweigern, einschränken oder aufschieben (Art. 26 Abs. 4 DSG).
}
ch-reminder-incomplete = { $kind ->
    [erasure] Ihre Antwort ist unvollständig: Sie bestätigt nicht die Löschung all dessen, was ich zu löschen verlangt habe.
   *[other] Ihre Antwort ist unvollständig: Sie enthält nicht alles, was ich verlangt habe, und Sie haben nicht angegeben, weshalb Sie die Auskunft im Übrigen verweigern oder einschränken (Art. 26 Abs. 4 DSG).
}
# $grace: ein Datum vierzehn Tage nach diesem Schreiben.
ch-reminder-demand = Ich fordere Sie auf, meinem Begehren ohne weitere Verzögerung vollständig nachzukommen, spätestens jedoch bis zum { $grace }.
ch-reminder-remedies = Andernfalls werde ich ohne weitere Ankündigung meine Rechte nach dem DSG vor den schweizerischen Zivilgerichten durchsetzen und beim EDÖB Anzeige erstatten (Art. 49 DSG).

## The frame of a Swiss letter (no ß in Swiss German: "Grüssen", "ausschliesslich").

ch-closing = Mit freundlichen Grüssen
ch-enclosure-photo = Foto meines Gesichts, ausschliesslich zu meiner Identifizierung im Rahmen dieses Begehrens

## European decisions cited as persuasive: as letter.ftl words them, in Swiss spelling (no ß).

ch-decision-kind-injunction-order = Bussgeldbescheid (ordinanza ingiunzione) Nr. { $reference }
ch-decision-kind-fines-and-penalty-orders = Entscheidung (Geldbussen und Anordnungen unter Androhung eines Zwangsgelds)
ch-summary-fine = Geldbusse in Höhe von { $amount }
ch-summary-no-fine = keine Geldbusse
