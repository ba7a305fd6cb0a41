### facerights — Brieftext, Deutsch (de).
###
### Übersetzung von locales/en/letter.ftl. Rechtsbegriffe nach der amtlichen deutschen Fassung
### der Verordnung (EU) 2016/679 (EUR-Lex, CELEX 32016R0679).
### Förmliche Anrede (Sie); die Verfasserin oder der Verfasser schreibt in der ersten Person Singular.
###
### Variables available in every message:
###   $gdpr        short name of the law ("DS-GVO", "DSGVO" for Austria and Liechtenstein, or
###                "UK GDPR" for United Kingdom letters)
###   $controller  "Clearview AI, Inc."

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.
# German authorities and the Datenschutzkonferenz write "DS-GVO"; Austria (DSB, BVwG) and
# Liechtenstein write "DSGVO". law-short-eu gets the jurisdiction's code for this choice.
# law-full-* do not get it, so they give the full name without the abbreviation.
# law-full-* are used after "der" (genitive and dative): "Art. 15 der …", "nach der …".

law-short-eu = { $jurisdiction ->
    [AT] DSGVO
    [LI] DSGVO
   *[other] DS-GVO
}
law-short-uk = UK GDPR
law-full-eu = Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung)
law-full-eea = Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung) in der in das Abkommen über den Europäischen Wirtschaftsraum übernommenen Fassung
law-full-uk = United Kingdom General Data Protection Regulation (Datenschutz-Grundverordnung des Vereinigten Königreichs, „UK GDPR“) in Verbindung mit dem Data Protection Act 2018

## Citations: how this language writes a provision of the law (see TRANSLATING.md, "Citations").
# As German courts, authorities and commentaries cite: "Art. 15 Abs. 1 lit. h DS-GVO",
# "Art. 15 Abs. 1 und 2", "Art. 5 Abs. 1 lit. b, c und e", "Art. 6 Abs. 1 lit. e oder f",
# "Art. 4 Nr. 14". In a list every provision keeps "Art." (ref-item-* = ref-*: "Art. 5 Abs. 1
# lit. a, Art. 6 und Art. 9 DS-GVO"), so that a bare number is never read as a further point.

ref-a = Art. { $art }
ref-ap = Art. { $art } Abs. { $par }
ref-app = Art. { $art } Abs. { $par } lit. { $pt }
ref-an = Art. { $art } Nr. { $num }
ref-par = { $par }
ref-point = { $letter }
ref-item-a = Art. { $art }
ref-item-ap = Art. { $art } Abs. { $par }
ref-item-app = Art. { $art } Abs. { $par } lit. { $pt }
ref-item-an = Art. { $art } Nr. { $num }
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "in <country>" for the persons a decision protects ("Personen in Italien").
# $code: ISO code; $name: the CLDR name (nominative, without article). Names used with the
# article take it in the dative: "in den Niederlanden", "im Vereinigten Königreich",
# "in der Schweiz".
country-in = { $code ->
    [NL] in den Niederlanden
    [GB] im Vereinigten Königreich
    [CH] in der Schweiz
    [SK] in der Slowakei
    [TR] in der Türkei
    [US] in den Vereinigten Staaten
   *[other] in { $name }
}

## Letter frame

subject-access = Antrag auf Auskunft über meine personenbezogenen Daten nach { REF(15) } { $gdpr }
subject-erasure = Antrag auf Löschung meiner personenbezogenen Daten nach { REF(17) } { $gdpr } und Widerspruch nach { REF(21, par: 1) } { $gdpr }
subject-access-erasure = Antrag auf Auskunft nach { REF(15) } { $gdpr }, Einschränkung der Verarbeitung nach { REF(18) } { $gdpr } und anschließende Löschung nach { REF(17) } { $gdpr }
salutation = Sehr geehrte Damen und Herren,
# No comma after the closing in German.
closing = Mit freundlichen Grüßen
# $reference: the sender's own case or reference number.
our-reference = Mein Zeichen: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted.
place-date = { $place }, { $date }
date-only = { $date }
enclosures-label = { $count ->
    [one] Anlage:
   *[other] Anlagen:
}
enclosure-photo = Foto meines Gesichts, ausschließlich zu meiner Identifizierung im Rahmen dieses Antrags
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Seite { $page } von { $pages }

## Opening
# The opening paragraph follows the salutation "Sehr geehrte Damen und Herren," and therefore
# starts with a lower-case letter.

# $law_full: one of law-full-*.
intro-access = hiermit mache ich mein Auskunftsrecht nach { REF(15) } der { $law_full } geltend. Bitte bestätigen Sie mir, ob { $controller } mich betreffende personenbezogene Daten verarbeitet, und erteilen Sie mir, wenn dies der Fall ist, Auskunft über diese personenbezogenen Daten sowie die nachstehend aufgeführten Informationen. Einer Begründung bedarf dieser Antrag nicht.
intro-erasure = hiermit mache ich mein Recht auf Löschung nach { REF(17) } der { $law_full } geltend. Ich verlange, dass Sie alle mich betreffenden personenbezogenen Daten unverzüglich löschen. Zugleich lege ich nach { REF(21, par: 1) } { $gdpr } Widerspruch gegen jede Verarbeitung mich betreffender personenbezogener Daten ein.
intro-access-erasure = hiermit mache ich meine Rechte nach der { $law_full } geltend: zunächst mein Auskunftsrecht ({ REF(15) } { $gdpr }), danach mein Recht auf Löschung ({ REF(17) } { $gdpr }). Ich verlange zuerst Auskunft, damit ich erfahre, welche Daten Sie über mich gespeichert haben, bevor diese gelöscht werden. Ich lege nach { REF(21, par: 1) } { $gdpr } Widerspruch gegen jede Verarbeitung mich betreffender personenbezogener Daten ein und verlange bis zur Löschung die Einschränkung der Verarbeitung ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

applicability-eu = { $controller } unterliegt der { $gdpr }: Das Unternehmen erhebt Bilder von Personen in der Europäischen Union und verarbeitet sie, um deren Verhalten zu beobachten ({ REF(3, par: 2, pt: "b") } { $gdpr }). Die Aufsichtsbehörden Italiens, Griechenlands, Frankreichs, Österreichs und der Niederlande haben die { $gdpr } auf das Unternehmen angewandt und seine Verarbeitung für rechtswidrig befunden. Nach der Entscheidung der niederländischen Aufsichtsbehörde vom { $representative_date } hatte das Unternehmen keinen Vertreter in der Union benannt ({ REF(27) } { $gdpr }). Ich richte diesen Antrag daher unmittelbar an Sie.
applicability-eea = { $controller } unterliegt der { $gdpr }: Das Unternehmen erhebt Bilder von Personen im Europäischen Wirtschaftsraum und verarbeitet sie, um deren Verhalten zu beobachten ({ REF(3, par: 2, pt: "b") } { $gdpr }). Die Aufsichtsbehörden Italiens, Griechenlands, Frankreichs, Österreichs und der Niederlande haben die { $gdpr } auf das Unternehmen angewandt und seine Verarbeitung für rechtswidrig befunden. Nach der Entscheidung der niederländischen Aufsichtsbehörde vom { $representative_date } hatte das Unternehmen keinen Vertreter in der Union benannt ({ REF(27) } { $gdpr }). Ich richte diesen Antrag daher unmittelbar an Sie.
applicability-uk = { $controller } unterliegt der { $gdpr }. Das Upper Tribunal hat im Jahr 2025 entschieden, dass die Verarbeitung durch das Unternehmen im Zusammenhang mit der Beobachtung des Verhaltens von Personen im Vereinigten Königreich steht ({ REF(3, par: 2, pt: "b") } { $gdpr }). Ich richte diesen Antrag unmittelbar an Sie.

## Access (Article 15)
# The access-copy-* items complete "… eine Kopie …, insbesondere:" (accusative).

access-heading = Auskunft über meine personenbezogenen Daten ({ REF(15) } { $gdpr })
access-copy = Bitte stellen Sie mir eine Kopie aller mich betreffenden personenbezogenen Daten zur Verfügung, die Sie verarbeiten ({ REF(15, par: 3) } { $gdpr }), insbesondere:
access-copy-images = jedes Bild, auf dem ich zu sehen bin oder das Sie mit mir in Verbindung bringen, in der Auflösung, in der es Ihnen vorliegt;
access-copy-sources = zu jedem Bild die Adresse (URL) der Webseite und die der Bilddatei, unter denen es erhoben wurde, den Titel der Seite sowie das Datum der Erhebung und das Datum der letzten Aktualisierung;
access-copy-metadata = alle zu jedem Bild gespeicherten Metadaten, einschließlich Geolokalisierungsdaten und Datumsangaben;
access-copy-biometrics = die aus meinem Gesicht abgeleiteten biometrischen Templates, Vektoren oder Hashwerte sowie alle sonstigen Daten, die Sie über mich abgeleitet oder erschlossen haben;
access-copy-searches = die Aufzeichnungen über jede Suche, bei der ich als Ergebnis ausgegeben wurde, jeweils mit dem Datum der Suche;
access-copy-probe = die Aufzeichnungen über jede Suche, bei der ein Kunde ein Bild meines Gesichts hochgeladen hat, um Ihre Datenbank zu durchsuchen, jeweils mit dem Bild, dem Datum der Suche und dem Kunden, der sie durchgeführt hat;
access-copy-recipients = die Identität jedes Kunden und jedes sonstigen Empfängers, dem mich betreffende Ergebnisse offengelegt wurden.
# The access-info-* items complete "Bitte teilen Sie mir außerdem folgende Informationen mit" (accusative).
access-info = Bitte teilen Sie mir außerdem folgende Informationen mit ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = die Zwecke jedes Verarbeitungsvorgangs ({ REF(15, par: 1, pt: "a") }) sowie für jeden Zweck die Rechtsgrundlage, auf die Sie sich stützen und die Sie mir ohnehin hätten mitteilen müssen ({ REF(14, par: 1, pt: "c") });
access-info-categories = die Kategorien personenbezogener Daten, die verarbeitet werden ({ REF(15, par: 1, pt: "b") });
access-info-recipients = die Empfänger, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden, unter Angabe ihrer Namen, insbesondere Empfänger in Drittländern oder internationale Organisationen; die Angabe von Kategorien von Empfängern genügt nicht, wenn Sie die Empfänger identifizieren können ({ REF(15, par: 1, pt: "c") }; Urteil des Gerichtshofs vom 12. Januar 2023, C-154/21, Österreichische Post);
access-info-recipients-uk = die Empfänger, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden, unter Angabe ihrer Namen, insbesondere Empfänger in Drittländern oder internationale Organisationen; die Angabe von Kategorien von Empfängern genügt nicht, wenn Sie die Empfänger identifizieren können ({ REF(15, par: 1, pt: "c") });
access-info-retention = die Dauer, für die jede Kategorie personenbezogener Daten gespeichert wird, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer ({ REF(15, par: 1, pt: "d") });
access-info-rights = das Bestehen eines Rechts auf Berichtigung oder Löschung personenbezogener Daten oder auf Einschränkung der Verarbeitung sowie eines Widerspruchsrechts gegen diese Verarbeitung ({ REF(15, par: 1, pt: "e") });
access-info-complaint = das Recht auf Beschwerde bei einer Aufsichtsbehörde ({ REF(15, par: 1, pt: "f") });
access-info-source = alle verfügbaren Informationen über die Herkunft der personenbezogenen Daten: die konkreten Websites und einzelnen Seiten, nicht nur Kategorien von Quellen ({ REF(15, par: 1, pt: "g") });
access-info-automated = das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling und aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung für mich ({ REF(15, par: 1, pt: "h") });
access-info-transfers = falls personenbezogene Daten an ein Drittland oder an eine internationale Organisation übermittelt werden, die geeigneten Garantien gemäß { REF(46) } { $gdpr } im Zusammenhang mit der Übermittlung ({ REF(15, par: 2) }).
access-scope = Dieser Antrag umfasst alle mich betreffenden personenbezogenen Daten in allen Ihren Systemen, einschließlich pseudonymisierter Daten und der Daten, die Sie abgeleitet oder erschlossen haben. Er ist weder auf die letzten zwölf Monate noch auf eine Höchstzahl von Anträgen pro Jahr beschränkt und hängt nicht davon ab, dass ich ihn wiederhole: Die französische Aufsichtsbehörde (CNIL) hat solche Beschränkungen durch { $controller } in ihrer Entscheidung { $reference } vom { $date } für rechtswidrig erklärt.
access-role = Bitte geben Sie außerdem für jeden Verarbeitungsvorgang an, ob Sie ihn als Verantwortlicher oder als Auftragsverarbeiter im Auftrag eines Kunden durchführen, und, wenn als Auftragsverarbeiter, in wessen Auftrag ({ REF(4, num: 7) } und { REF(4, num: 8) } { $gdpr }).
access-search-uk = Ich habe Anspruch auf die personenbezogenen Daten und Informationen, die Sie auf der Grundlage einer angemessenen und verhältnismäßigen Suche bereitstellen können (Art. 15 Abs. 1A { $gdpr }). Ihre Datenbank ist darauf ausgelegt, nach Gesichtern durchsucht zu werden: Eine Suche darin mit meinem Gesicht sowie in den Aufzeichnungen über die Suchen, bei denen ich als Ergebnis ausgegeben oder mein Gesicht hochgeladen wurde, ist angemessen und verhältnismäßig, gleich welchen Umfang sie hat.
access-format = Bitte stellen Sie mir die Kopie unentgeltlich ({ REF(12, par: 5) } und { REF(15, par: 3) } { $gdpr }), in klarer und einfacher Sprache ({ REF(12, par: 1) } { $gdpr }) und, falls Sie elektronisch antworten, in einem gängigen elektronischen Format ({ REF(15, par: 3) } { $gdpr }) zur Verfügung.

## Erasure (Article 17)

erasure-heading = Löschung meiner personenbezogenen Daten ({ REF(17) } { $gdpr })
erasure-after-access = Sobald Sie mir die Kopie und die oben verlangten Informationen zur Verfügung gestellt haben, löschen Sie bitte unverzüglich alle mich betreffenden personenbezogenen Daten ({ REF(17, par: 1) } { $gdpr }).
erasure-scope = Die Löschung muss Folgendes umfassen:
erasure-scope-images = jedes Bild von mir und jede Kopie davon;
erasure-scope-biometrics = die aus meinem Gesicht abgeleiteten biometrischen Templates, Vektoren und Hashwerte;
erasure-scope-metadata = die mit diesen Bildern verknüpften Metadaten und Quelladressen (URLs);
erasure-scope-searches = die mich betreffenden Suchergebnisse, Suchprotokolle und Verknüpfungen;
erasure-scope-backups = alle Kopien in Datensicherungen (Backups), in Archiven und in den Systemen Ihrer Auftragsverarbeiter.
erasure-grounds = Es liegen folgende Löschungsgründe vor:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d") } { $gdpr }: Die personenbezogenen Daten wurden unrechtmäßig verarbeitet. Sie verfügen über keine Rechtsgrundlage nach { REF(6, par: 1) } { $gdpr }. Biometrische Daten ({ REF(4, num: 14) } { $gdpr }), die zur eindeutigen Identifizierung einer natürlichen Person verarbeitet werden, gehören zu den besonderen Kategorien personenbezogener Daten, deren Verarbeitung { REF(9, par: 1) } { $gdpr } untersagt. Keine der Ausnahmen nach { REF(9, par: 2) } greift: Ich habe in die Verarbeitung meiner biometrischen Daten in Ihrer Datenbank nicht ausdrücklich eingewilligt ({ REF(9, par: 2, pt: "a") }), und Bilder, die im Internet auffindbar sind, habe ich nicht für eine biometrische Verarbeitung offensichtlich öffentlich gemacht ({ REF(9, par: 2, pt: "e") }).
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d") } { $gdpr }: Die personenbezogenen Daten wurden unrechtmäßig verarbeitet. Sie verfügen über keine Rechtsgrundlage nach { REF(6, par: 1) } { $gdpr }. Biometrische Daten ({ REF(4, num: 14) } { $gdpr }), die zur eindeutigen Identifizierung einer natürlichen Person verarbeitet werden, gehören zu den besonderen Kategorien personenbezogener Daten, deren Verarbeitung { REF(9, par: 1) } { $gdpr } untersagt. Keine der Ausnahmen nach { REF(9, par: 2) } { $gdpr } in Verbindung mit Schedule 1 zum Data Protection Act 2018 greift: Ich habe in die Verarbeitung meiner biometrischen Daten in Ihrer Datenbank nicht ausdrücklich eingewilligt ({ REF(9, par: 2, pt: "a") }), und Bilder, die im Internet auffindbar sind, habe ich nicht für eine biometrische Verarbeitung offensichtlich öffentlich gemacht ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c") } { $gdpr }: Ich lege nach { REF(21, par: 1) } { $gdpr } Widerspruch gegen die Verarbeitung ein, und zwar aus Gründen, die sich aus meiner besonderen Situation ergeben: Mein Gesicht ist ein dauerhaftes Identifizierungsmerkmal, das ich nicht ändern kann, und sein Vorhandensein in Ihrer Datenbank ermöglicht es jedem Ihrer Kunden, mich anhand jedes beliebigen Fotos zu identifizieren, unabhängig davon, wo und wann das Foto aufgenommen wurde.
erasure-ground-objection-own = Mit meinen eigenen Worten: „{ $grounds }“
erasure-ground-objection-burden = Sie dürfen meine personenbezogenen Daten daher nicht mehr verarbeiten, es sei denn, Sie weisen zwingende schutzwürdige Gründe für die Verarbeitung nach, die meine Interessen, Rechte und Freiheiten überwiegen, oder weisen nach, dass die Verarbeitung der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen dient ({ REF(21, par: 1) } { $gdpr }). Soweit Sie sich auf { REF(6, par: 1, pt: "e f", conj: "or") } { $gdpr } stützen, gibt es solche Gründe nicht: Ihr kommerzielles Interesse, Suchen nach meinem Gesicht zu verkaufen, ist kein solcher Grund.
erasure-ground-consent = { REF(17, par: 1, pt: "b") } { $gdpr }: Soweit Sie sich auf eine Einwilligung stützen, widerrufe ich diese.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country (its name in its own language, without article: hence "die Aufsichtsbehörde { $authority }");
# $in_country: "in Italien", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e") } { $gdpr }, zusätzlich zu den vorstehenden Gründen: Die Aufsichtsbehörde { $authority } hat Ihnen aufgegeben, die personenbezogenen Daten von Personen { $in_country } zu löschen. Nach meiner Auffassung ist die Löschung daher auch zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der Sie unterliegen.
erasure-exceptions = Keine der Ausnahmen nach { REF(17, par: 3) } { $gdpr } greift: Die Verarbeitung ist weder zur Ausübung des Rechts auf freie Meinungsäußerung und Information noch zur Erfüllung einer rechtlichen Verpflichtung noch zur Wahrnehmung einer Aufgabe, die im öffentlichen Interesse liegt oder in Ausübung öffentlicher Gewalt erfolgt, noch aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit noch für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische Forschungszwecke oder für statistische Zwecke noch zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich. Sollten Sie sich auf eine Ausnahme berufen, teilen Sie mir bitte mit, auf welche und aus welchem Grund ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Schränken Sie bis zur Löschung die Verarbeitung meiner personenbezogenen Daten ein ({ REF(18, par: 1, pt: "d") } { $gdpr }, solange Sie meinen Widerspruch prüfen). Zeigen Sie mich insbesondere ab sofort nicht mehr in Suchergebnissen an.
erasure-recipients = Teilen Sie allen Empfängern, denen meine personenbezogenen Daten offengelegt wurden, einschließlich jedes Kunden, der meine Bilder in Suchergebnissen erhalten hat, die Löschung mit ({ REF(19) } { $gdpr }), und unterrichten Sie mich über diese Empfänger. Soweit Sie meine personenbezogenen Daten öffentlich gemacht haben, treffen Sie angemessene Maßnahmen, um die Verantwortlichen, die diese Daten verarbeiten, darüber zu informieren, dass ich die Löschung aller Links zu diesen Daten oder von Kopien dieser Daten verlangt habe ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Teilen Sie mir mit, was Sie unternehmen werden, um sicherzustellen, dass meine personenbezogenen Daten nicht erneut erhoben werden. Falls Sie Aufzeichnungen aufbewahren, um eine künftige Erhebung dieser Daten zu verhindern, teilen Sie mir genau mit, was diese Aufzeichnungen enthalten und auf welcher Rechtsgrundlage Sie sie aufbewahren.
erasure-confirmation = Bitte bestätigen Sie mir die Löschung schriftlich und geben Sie an, was Sie gelöscht haben, einschließlich der Kopien in Datensicherungen und der abgeleiteten Templates.
erasure-free = Die Maßnahmen auf meinen Löschungsantrag hin, einschließlich der Mitteilungen und der Bestätigung, sind unentgeltlich ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Einschränkung der Verarbeitung bis zur Löschung ({ REF(18) } { $gdpr })
restriction-body = Schränken Sie ab Eingang dieses Schreibens bis zur Löschung die Verarbeitung meiner personenbezogenen Daten ein ({ REF(18, par: 1, pt: "d") } { $gdpr }, solange Sie meinen Widerspruch nach { REF(21, par: 1) } { $gdpr } prüfen): Bewahren Sie die Daten auf, verwenden Sie sie aber für keinen anderen Zweck als die Beantwortung dieses Antrags. Zeigen Sie mich insbesondere ab sofort nicht mehr in Suchergebnissen an.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifizierung
identification-no-photo = Die Angaben in diesem Schreiben reichen aus, um es zu beantworten. Sollten Sie begründete Zweifel an meiner Identität haben, teilen Sie mir mit, welche zusätzlichen Informationen unbedingt erforderlich sind ({ REF(12, par: 6) } { $gdpr }). Falls Ihr System nur mit einem Foto meines Gesichts durchsucht werden kann, teilen Sie mir dies mit; ich stelle Ihnen dann ein solches Foto ausschließlich für diesen Antrag zur Verfügung.
identification-photo = Ich füge ein Foto meines Gesichts bei, und zwar ausschließlich, damit Sie die mich betreffenden personenbezogenen Daten auffinden können ({ REF(11, par: 2) } und { REF(12, par: 6) } { $gdpr }). Ich willige ausdrücklich ({ REF(9, par: 2, pt: "a") } { $gdpr }) in eine einzige Suche in Ihrer Datenbank mit einem aus diesem Foto erstellten biometrischen Template ein, und zwar nur für diesen Antrag. In jede andere Verwendung willige ich nicht ein: Nehmen Sie weder das Foto noch das Template in Ihre Datenbank auf und legen Sie beides nicht offen. Meine Einwilligung widerrufe ich mit Wirkung ab der Beantwortung dieses Antrags ({ REF(7, par: 3) } { $gdpr }): Löschen Sie dann das Foto, das Template und die Ergebnisse der damit durchgeführten Suche, und bestätigen Sie mir die Löschung ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
identification-id-document = Eine Kopie eines Ausweisdokuments übersende ich nur, wenn Sie darlegen, dass dies unbedingt erforderlich ist. Jede solche Kopie ist unmittelbar nach der Überprüfung zu löschen (Europäischer Datenschutzausschuss, Leitlinien 01/2022 zu den Rechten der betroffenen Person – Auskunftsrecht, Randnummern 74, 76 und 79).
identification-id-document-uk = Eine Kopie eines Ausweisdokuments übersende ich nur, wenn Sie darlegen, dass dies erforderlich ist: Sie dürfen nur solche Informationen verlangen, die zur Bestätigung meiner Identität angemessen und verhältnismäßig sind (Information Commissioner's Office, Leitfaden „Right of access“).

## Deadline and form (Article 12)

deadline-heading = Frist und Form Ihrer Antwort
deadline-access = Bitte antworten Sie unverzüglich, spätestens jedoch innerhalb eines Monats nach Eingang dieses Antrags ({ REF(12, par: 3) } { $gdpr }). Sie können diese Frist um höchstens zwei weitere Monate verlängern, und nur, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist; dann müssen Sie mich innerhalb eines Monats nach Eingang des Antrags über die Fristverlängerung unterrichten, zusammen mit den Gründen für die Verzögerung. Wenn Sie auf meinen Antrag hin nicht tätig werden, müssen Sie mich innerhalb eines Monats über die Gründe hierfür und über die Möglichkeit unterrichten, bei einer Aufsichtsbehörde Beschwerde oder einen gerichtlichen Rechtsbehelf einzulegen ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Bitte werden Sie auf meinen Antrag hin unverzüglich tätig, spätestens jedoch innerhalb eines Monats nach dessen Eingang ({ REF(12, par: 3) } { $gdpr }). Sie können diese Frist um höchstens zwei weitere Monate verlängern, und nur, wenn dies unter Berücksichtigung der Komplexität und der Anzahl von Anträgen erforderlich ist; dann müssen Sie mich innerhalb eines Monats nach Eingang des Antrags über die Fristverlängerung unterrichten, zusammen mit den Gründen für die Verzögerung. Wenn Sie auf meinen Antrag hin nicht tätig werden, müssen Sie mich innerhalb eines Monats über die Gründe hierfür und über die Möglichkeit unterrichten, bei einer Aufsichtsbehörde Beschwerde oder einen gerichtlichen Rechtsbehelf einzulegen ({ REF(12, par: 4) } { $gdpr }).
deadline-access-uk = Bitte antworten Sie unverzüglich, spätestens jedoch vor Ablauf der maßgeblichen Frist (applicable time period) von einem Monat ab Eingang dieses Antrags (Art. 12A { $gdpr }). Sie können diese Frist um höchstens zwei weitere Monate verlängern, und nur, wenn dies wegen der Komplexität oder der Anzahl der Anträge erforderlich ist; dann müssen Sie mir dies innerhalb dieses Monats unter Angabe der Gründe mitteilen. Benötigen Sie vernünftigerweise weitere Angaben von mir, um die Informationen oder die Verarbeitung zu bestimmen, auf die sich mein Antrag bezieht, fragen Sie mich unverzüglich danach: Der Lauf der Frist ist nur so lange gehemmt, bis ich antworte. Wenn Sie auf meinen Antrag hin nicht tätig werden, müssen Sie mich innerhalb dieser Frist über die Gründe hierfür sowie über mein Recht unterrichten, beim Information Commissioner Beschwerde oder einen gerichtlichen Rechtsbehelf einzulegen ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Bitte werden Sie auf meinen Antrag hin unverzüglich tätig, spätestens jedoch vor Ablauf der maßgeblichen Frist (applicable time period) von einem Monat ab Eingang dieses Antrags (Art. 12A { $gdpr }). Sie können diese Frist um höchstens zwei weitere Monate verlängern, und nur, wenn dies wegen der Komplexität oder der Anzahl der Anträge erforderlich ist; dann müssen Sie mir dies innerhalb dieses Monats unter Angabe der Gründe mitteilen. Wenn Sie auf meinen Antrag hin nicht tätig werden, müssen Sie mich innerhalb dieser Frist über die Gründe hierfür sowie über mein Recht unterrichten, beim Information Commissioner Beschwerde oder einen gerichtlichen Rechtsbehelf einzulegen ({ REF(12, par: 4) } { $gdpr }).
no-formalities = Sie dürfen Ihre Antwort nicht von der Verwendung eines bestimmten Formulars, Webportals oder Übermittlungswegs abhängig machen (Europäischer Datenschutzausschuss, Leitlinien 01/2022 zu den Rechten der betroffenen Person – Auskunftsrecht, Randnummern 50 bis 53).
no-formalities-uk = Sie dürfen Ihre Antwort nicht von der Verwendung eines bestimmten Formulars, Webportals oder Übermittlungswegs abhängig machen: Ein Antrag kann in jeder Form gestellt werden, mündlich oder schriftlich (Information Commissioner's Office, Leitfaden „Right of access“).
# Where to reply (same paragraph, after no-formalities): the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too.
reply-to-postal = Bitte senden Sie Ihre Antwort an meine oben angegebene Adresse.
reply-to-both = Bitte senden Sie Ihre Antwort an meine oben angegebene Post- oder E-Mail-Adresse.
reply-to-email = Bitte senden Sie Ihre Antwort an meine oben angegebene E-Mail-Adresse.

## Decisions against Clearview

decisions-heading = Entscheidungen gegen { $controller }
decisions-own = In dem Staat, in dem ich wohne, wurden folgende Entscheidungen getroffen:
decisions-other = Aufsichtsbehörden anderer Staaten haben dieselbe Verarbeitung durch { $controller } für rechtswidrig erklärt. Ich stütze mich auf deren Entscheidungen:
# One decision. $authority: name of the authority or court; $country: its country (CLDR, nominative);
# $act: the kind of act with its reference (one of decision-kind-*); $date: its date.
decision-citation = { $authority } ({ $country }), { $act } vom { $date }
# The Italian Garante's ordinanza ingiunzione (fine and orders); the Italian term is kept.
decision-kind-injunction-order = Bußgeldbescheid (ordinanza ingiunzione) Nr. { $reference }
decision-kind-decision = Entscheidung { $reference }
decision-kind-formal-notice = förmliche Aufforderung { $reference }
# The CNIL's délibération of its formation restreinte (the body that imposes sanctions).
decision-kind-sanction = Beschluss des Sanktionsausschusses (délibération) { $reference }
decision-kind-penalty-liquidation = Entscheidung { $reference } (Festsetzung des Zwangsgelds)
decision-kind-fines-and-penalty-orders = Entscheidung (Geldbußen und Anordnungen unter Androhung eines Zwangsgelds)
# The Austrian DSB's Bescheid; the BVwG's Beschluss (§ 28 Abs. 3 VwGVG: Behebung und
# Zurückverweisung, not an Erkenntnis or Urteil); a UK tribunal's decision.
decision-kind-bescheid = Bescheid { $reference }
decision-kind-remittal-order = Beschluss { $reference }
decision-kind-tribunal-decision = Entscheidung { $reference }
decision-kind-letter = Schreiben
decision-kind-enforcement-and-penalty-notices = Durchsetzungsverfügung (Enforcement Notice) und Bußgeldbescheid (Monetary Penalty Notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court of any grammatical gender.
# $articles: the provisions found infringed, written with ref-list ("Art. 5 Abs. 1 lit. a, Art. 6
# und Art. 9").
decision-articles = Es wurden Verstöße gegen { $articles } { $gdpr } festgestellt.
# $amount: an amount with its currency, already formatted.
decision-fine = Es wurde eine Geldbuße in Höhe von { $amount } verhängt.
decision-monetary-penalty = Es wurde eine Geldbuße (monetary penalty) in Höhe von { $amount } verhängt.
decision-fines-total = Es wurden Geldbußen in Höhe von insgesamt { $amount } verhängt.
decision-penalty-per-day = Zusätzlich wurde ein Zwangsgeld in Höhe von { $amount } für jeden Tag des Verzugs angedroht.
decision-penalty-max = Zusätzlich wurden Anordnungen unter Androhung von Zwangsgeldern von insgesamt bis zu { $amount } erlassen.
decision-penalty-liquidated = { $controller } wurde zur Zahlung von { $amount } verpflichtet, weil das Unternehmen der Anordnung nicht fristgerecht nachgekommen war.
decision-orders = { $controller } wurde verpflichtet:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not
# been published: it says only that Clearview was called on to act);
# like decision-orders it introduces the order-* items (zu-infinitive clauses).
decision-requests = { $controller } wurde aufgefordert:
not-final-remitted-appeal = Die Bescheide sind nicht bestandskräftig: Das Upper Tribunal hat das Rechtsmittel von Clearview gegen sie an das First-tier Tribunal zurückverwiesen.
# Orders are list items completing "{ $controller } wurde verpflichtet:" (decision-orders) or
# "{ $controller } wurde aufgefordert:" (decision-requests) as zu-infinitive clauses.
# End each with ";" — facerights replaces the separator of the last item with a full stop.
# $in_country: "in Italien", from country-in (the country whose residents the decision protects).
order-ban-collection-territory = die Erhebung von Bildern und sonstigen personenbezogenen Daten von Personen { $in_country } sowie die Verarbeitung ihrer biometrischen Daten einzustellen;
order-ban-collection-processing-territory = die Erhebung von Bildern und Metadaten von Personen { $in_country } durch Web-Scraping sowie jede weitere Verarbeitung ihrer personenbezogenen Daten, der gewöhnlichen wie der biometrischen, einzustellen;
order-erase-territory = die personenbezogenen Daten von Personen { $in_country } zu löschen;
order-erase-territory-after-access = die personenbezogenen Daten von Personen { $in_country } zu löschen, nachdem die bereits eingegangenen Auskunftsanträge beantwortet worden sind;
order-stop-processing-territory = die ohne Rechtsgrundlage erfolgende Erhebung und Verarbeitung personenbezogener Daten von Personen { $in_country } einzustellen;
order-facilitate-rights = die Ausübung der Rechte der betroffenen Personen zu erleichtern und den Auskunftsantrag der beschwerdeführenden Person zu beantworten;
order-answer-complainant-access = den Auskunftsantrag der beschwerdeführenden Person zu beantworten;
order-grant-complainant-erasure = dem Löschungsantrag der beschwerdeführenden Person stattzugeben;
order-appoint-representative = einen Vertreter in der Union zu benennen ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = die Verarbeitung personenbezogener Daten von Personen { $in_country } einzustellen und die unrechtmäßig erlangten Daten zu entfernen;
order-give-art14-information = die betroffenen Personen gemäß { REF(14) } { $gdpr } zu informieren;
order-stop-refusing-access = die Praxis einzustellen, Auskunftsanträge unbeantwortet zu lassen;
order-erase-complainant = die personenbezogenen Daten der beschwerdeführenden Person zu löschen;
order-erase-complainant-biometric = die biometrischen Hashwerte der beschwerdeführenden Person zu löschen;
order-stop-obtaining-uk = die Beschaffung und Nutzung im Internet öffentlich verfügbarer personenbezogener Daten von im Vereinigten Königreich ansässigen Personen einzustellen;
order-erase-uk = die personenbezogenen Daten von im Vereinigten Königreich ansässigen Personen aus den Systemen des Unternehmens zu löschen;
outcome-reconsider-ban = Das Gericht entschied, dass die Behörde ihre Weigerung, die Verarbeitung zu verbieten, erneut zu prüfen habe und dass ein Verbot die einzige geeignete Maßnahme sei; es verwies die Sache an die Behörde zurück.
outcome-ftt-no-jurisdiction = Das Gericht gab dem Rechtsmittel von Clearview statt und entschied, dass der Information Commissioner für den Erlass der Bescheide nicht zuständig war.
outcome-ut-ico-appeal-allowed = Das Gericht gab dem Rechtsmittel des Information Commissioner statt: Die Verarbeitung steht im Zusammenhang mit der Beobachtung des Verhaltens von Personen im Vereinigten Königreich, und der Umstand, dass die Kunden von Clearview ausländische öffentliche Stellen sind, nimmt sie nicht aus dem Anwendungsbereich der { $gdpr } heraus.
outcome-remitted-ftt = Das Gericht verwies das Rechtsmittel von Clearview gegen die Bescheide an das First-tier Tribunal zurück.
# Short summaries used for decisions of other countries, joined as a list with "und".
# Noun phrases without commas inside, so that the joined list stays unambiguous.
summary-fine = Geldbuße in Höhe von { $amount }
summary-monetary-penalty = nicht bestandskräftige Geldbuße (monetary penalty) in Höhe von { $amount }
summary-erasure = Anordnung zur Löschung der personenbezogenen Daten von Personen { $in_country }
summary-ban = Verbot der weiteren Erhebung
summary-access = Anordnung zur Beendigung der Auskunftsverweigerung
summary-complainant-access = Anordnung zur Beantwortung des Auskunftsantrags der beschwerdeführenden Person
summary-erase-complainant = Anordnung zur Löschung der personenbezogenen Daten der beschwerdeführenden Person
summary-representative = Anordnung zur Benennung eines Vertreters in der Union
summary-no-fine = keine Geldbuße
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, may carry its own
# article, e.g. "Der Hamburgische Beauftragte …"); $address: its postal address on one line.
# Both stand after a colon, so they need no case ending.
remedies = Sollten Sie nicht fristgerecht und vollständig antworten, werde ich Beschwerde bei der zuständigen Aufsichtsbehörde einlegen ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ich behalte mir vor, Klage gegen Sie bei den Gerichten des Mitgliedstaats zu erheben, in dem ich meinen gewöhnlichen Aufenthaltsort habe ({ REF(79, par: 2) } { $gdpr }), und Schadenersatz zu verlangen ({ REF(82) } { $gdpr }).
remedies-eea = Sollten Sie nicht fristgerecht und vollständig antworten, werde ich Beschwerde bei der zuständigen Aufsichtsbehörde einlegen ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ich behalte mir vor, Klage gegen Sie bei den Gerichten des Staates zu erheben, in dem ich meinen gewöhnlichen Aufenthaltsort habe ({ REF(79, par: 2) } { $gdpr }), und Schadenersatz zu verlangen ({ REF(82) } { $gdpr }).
remedies-land-of-residence = Sollten Sie nicht fristgerecht und vollständig antworten, werde ich Beschwerde bei der Datenschutzaufsichtsbehörde des Bundeslandes einlegen, in dem ich meinen Wohnsitz habe ({ REF(77) } { $gdpr }; § 19 Abs. 2 BDSG). Ich behalte mir vor, Klage gegen Sie bei den Gerichten des Mitgliedstaats zu erheben, in dem ich meinen gewöhnlichen Aufenthaltsort habe ({ REF(79, par: 2) } { $gdpr }), und Schadenersatz zu verlangen ({ REF(82) } { $gdpr }).
remedies-uk = Sie sind verpflichtet, Beschwerden, die an Sie über die Verarbeitung meiner personenbezogenen Daten gerichtet werden, zu erleichtern (Section 164A des Data Protection Act 2018). Sollten Sie nicht innerhalb der maßgeblichen Frist vollständig antworten, werde ich mich nach dieser Vorschrift zunächst bei Ihnen beschweren und, falls die Sache dadurch nicht erledigt wird, Beschwerde bei der zuständigen Aufsichtsbehörde einlegen ({ REF(77) } { $gdpr }): { $authority } (bzw. dessen Nachfolgerin, die Information Commission), { $address }. Ich behalte mir vor, bei Gericht eine Anordnung zur Erfüllung meiner Rechte (compliance order, Section 167 des Data Protection Act 2018) zu beantragen und Schadenersatz zu verlangen ({ REF(82) } { $gdpr }).

## Folgeschreiben: Erinnerung an Clearview nach Ablauf der Antwortfrist und Beschwerde bei der
## Aufsichtsbehörde. Sie nennen den ersten Antrag (request-name-*), das Datum seines Eingangs
## ($received) und das Ende der Antwortfrist ($ends), alle Daten bereits formatiert.

# Im Akkusativ: "Erinnerung an …", "haben Sie … erhalten", "betreffend …", "Sie betrifft …".
request-name-access = meinen Antrag auf Auskunft nach { REF(15) } { $gdpr }
request-name-erasure = meinen Antrag auf Löschung nach { REF(17) } { $gdpr } und meinen Widerspruch nach { REF(21, par: 1) } { $gdpr }
request-name-access-erasure = meinen Antrag auf Auskunft nach { REF(15) } { $gdpr }, Einschränkung der Verarbeitung nach { REF(18) } { $gdpr } und anschließende Löschung nach { REF(17) } { $gdpr }

## Erinnerung an Clearview

subject-reminder = Erinnerung an { $request }, bei Ihnen eingegangen am { $received }
# reminder-facts und complaint-intro folgen auf die Anrede mit Komma und beginnen daher klein.
reminder-facts = am { $received } haben Sie { $request } erhalten; eine Kopie liegt bei. Die Frist für Ihre Antwort ist am { $ends } oder, falls dieser Tag ein gesetzlicher Feiertag war, am darauffolgenden Werktag abgelaufen ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = am { $received } haben Sie { $request } erhalten; eine Kopie liegt bei. Die maßgebliche Frist (applicable time period) für Ihre Antwort ist am { $ends } oder, falls dieser Tag ein gesetzlicher Feiertag (bank holiday) war, am darauffolgenden Werktag abgelaufen (Art. 12A { $gdpr }).
reminder-no-reply = Ich habe von Ihnen weder eine Antwort erhalten noch eine Unterrichtung über eine Verlängerung der Frist oder über die Gründe, aus denen Sie auf meinen Antrag hin nicht tätig geworden sind ({ REF(12, par: "3 4") } { $gdpr }).
reminder-incomplete = Ihre Antwort ist unvollständig: Sie enthält nicht alles, was ich verlangt habe, und Sie haben nicht begründet, weshalb Sie etwas davon ausgelassen haben ({ REF(12, par: 4) } { $gdpr }).
reminder-demand = Sie verstoßen damit gegen die { $gdpr }. Ich fordere Sie auf, meinem Antrag ohne weitere Verzögerung vollständig nachzukommen, spätestens jedoch bis zum { $grace }.
reminder-remedies = Andernfalls werde ich ohne weitere Ankündigung Beschwerde bei der zuständigen Aufsichtsbehörde einlegen ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ich behalte mir vor, Klage gegen Sie bei den Gerichten des Mitgliedstaats zu erheben, in dem ich meinen gewöhnlichen Aufenthaltsort habe ({ REF(79, par: 2) } { $gdpr }), und Ersatz etwaiger mir entstandener Schäden zu verlangen ({ REF(82) } { $gdpr }).
reminder-remedies-eea = Andernfalls werde ich ohne weitere Ankündigung Beschwerde bei der zuständigen Aufsichtsbehörde einlegen ({ REF(77) } { $gdpr }): { $authority }, { $address }. Ich behalte mir vor, Klage gegen Sie bei den Gerichten des Staates zu erheben, in dem ich meinen gewöhnlichen Aufenthaltsort habe ({ REF(79, par: 2) } { $gdpr }), und Ersatz etwaiger mir entstandener Schäden zu verlangen ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = Andernfalls werde ich ohne weitere Ankündigung Beschwerde bei der Datenschutzaufsichtsbehörde des Bundeslandes einlegen, in dem ich meinen Wohnsitz habe ({ REF(77) } { $gdpr }; § 19 Abs. 2 BDSG). Ich behalte mir vor, Klage gegen Sie bei den Gerichten des Mitgliedstaats zu erheben, in dem ich meinen gewöhnlichen Aufenthaltsort habe ({ REF(79, par: 2) } { $gdpr }), und Ersatz etwaiger mir entstandener Schäden zu verlangen ({ REF(82) } { $gdpr }).
reminder-remedies-uk = Dieses Schreiben ist zugleich meine Beschwerde bei Ihnen nach Section 164A des Data Protection Act 2018: Bitte bestätigen Sie mir ihren Eingang innerhalb von 30 Tagen nach Erhalt und teilen Sie mir ihr Ergebnis unverzüglich mit. Sollten Sie meinem Antrag nicht nachkommen, werde ich Beschwerde bei der zuständigen Aufsichtsbehörde einlegen ({ REF(77) } { $gdpr }): { $authority } (bzw. dessen Nachfolgerin, die Information Commission), { $address }. Ich behalte mir vor, bei Gericht eine Anordnung zur Erfüllung meiner Rechte (compliance order, Section 167 des Data Protection Act 2018) zu beantragen und Schadenersatz zu verlangen ({ REF(82) } { $gdpr }).
# Anlagen.
enclosure-request-copy = Kopie meines Schreibens betreffend { $request }, zugegangen am { $received }
enclosure-proof = Nachweis der Absendung und, soweit vorhanden, des Zugangs
enclosure-reply = Kopie der Antwort von { $controller }
enclosure-reminder = Kopie meiner Erinnerung vom { $reminded }

## Beschwerde bei der Aufsichtsbehörde (standardmäßig in deren Sprache)

subject-complaint = Beschwerde nach { REF(77) } { $gdpr } gegen { $controller }
# Anrede der Beschwerde an die Aufsichtsbehörde (die Briefe an Clearview verwenden `salutation`).
salutation-complaint = Sehr geehrte Damen und Herren,
complaint-intro = hiermit erhebe ich Beschwerde nach { REF(77) } { $gdpr } gegen { $controller }, { $controller_address }. Sie betrifft { $request }. Dieser Antrag ist { $controller } am { $received } zugegangen; eine Kopie liegt bei.
complaint-no-reply = { $controller } hat auf meinen Antrag nicht geantwortet, obwohl die Frist für die Antwort am { $ends } oder, falls dieser Tag ein gesetzlicher Feiertag war, am darauffolgenden Werktag abgelaufen ist ({ REF(12, par: 3) } { $gdpr }). Das Unternehmen hat mich weder über eine Fristverlängerung noch über die Gründe unterrichtet, aus denen es nicht tätig geworden ist ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = { $controller } hat auf meinen Antrag nicht geantwortet, obwohl die maßgebliche Frist (applicable time period) für die Antwort am { $ends } oder, falls dieser Tag ein gesetzlicher Feiertag (bank holiday) war, am darauffolgenden Werktag abgelaufen ist (Art. 12A { $gdpr }). Das Unternehmen hat mich weder über eine Fristverlängerung noch über die Gründe unterrichtet, aus denen es nicht tätig geworden ist ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = { $controller } hat zwar geantwortet, die Antwort ist jedoch unvollständig: Sie enthält nicht alles, was ich verlangt habe, und nennt keine Gründe dafür, dass etwas davon fehlt. Die Frist für eine vollständige Antwort ist am { $ends } oder, falls dieser Tag ein gesetzlicher Feiertag war, am darauffolgenden Werktag abgelaufen ({ REF(12, par: 3) } { $gdpr }). Eine Kopie der Antwort liegt bei.
complaint-incomplete-uk = { $controller } hat zwar geantwortet, die Antwort ist jedoch unvollständig: Sie enthält nicht alles, was ich verlangt habe, und nennt keine Gründe dafür, dass etwas davon fehlt. Die maßgebliche Frist (applicable time period) für eine vollständige Antwort ist am { $ends } oder, falls dieser Tag ein gesetzlicher Feiertag (bank holiday) war, am darauffolgenden Werktag abgelaufen (Art. 12A { $gdpr }). Eine Kopie der Antwort liegt bei.
complaint-refused = { $controller } hat es abgelehnt, auf meinen Antrag hin tätig zu werden. Eine Kopie der Antwort liegt bei.
complaint-identity-demanded = { $controller } hat die Beantwortung von einer Identifizierung abhängig gemacht, die für meinen Antrag nicht erforderlich war, etwa von der Kopie eines Ausweisdokuments. Eine Kopie der Antwort liegt bei.
complaint-reminded = Ich habe { $controller } am { $reminded } an meinen Antrag erinnert; das Unternehmen ist ihm dennoch nicht nachgekommen. Eine Kopie der Erinnerung liegt bei.
complaint-reminded-uk = Am { $reminded } habe ich mich nach Section 164A des Data Protection Act 2018 bei { $controller } beschwert; die Sache ist dadurch nicht erledigt worden. Eine Kopie dieser Beschwerde liegt bei.
complaint-infringements = Nach meiner Auffassung hat { $controller } damit insbesondere gegen folgende Vorschriften verstoßen:
# Listenpunkte, jeweils mit ";" am Ende (wie die order-*); facerights setzt am Ende des letzten einen Punkt.
infringement-time-limit = { REF(12, par: 3) } { $gdpr }, weil das Unternehmen auf meinen Antrag hin nicht fristgerecht tätig geworden ist;
infringement-time-limit-uk = { REF(12, par: 3) } { $gdpr } in Verbindung mit Art. 12A { $gdpr }, weil das Unternehmen auf meinen Antrag hin nicht innerhalb der maßgeblichen Frist tätig geworden ist;
infringement-incomplete = { REF(12, par: "3 4") } { $gdpr }, weil das Unternehmen auf meinen Antrag hin nicht fristgerecht in vollem Umfang tätig geworden ist und keine Gründe dafür genannt hat, dass es etwas ausgelassen hat;
infringement-incomplete-uk = { REF(12, par: "3 4") } { $gdpr } in Verbindung mit Art. 12A { $gdpr }, weil das Unternehmen auf meinen Antrag hin nicht innerhalb der maßgeblichen Frist in vollem Umfang tätig geworden ist und keine Gründe dafür genannt hat, dass es etwas ausgelassen hat;
infringement-no-reasons = { REF(12, par: 4) } { $gdpr }, weil das Unternehmen mich nicht über die Gründe, aus denen es nicht tätig geworden ist, und über die Möglichkeit, Beschwerde einzulegen, unterrichtet hat;
infringement-access = { REF(15) } { $gdpr }, weil das Unternehmen mir weder Auskunft über meine personenbezogenen Daten noch die Informationen über deren Verarbeitung erteilt hat;
infringement-restriction-objection = { REF(18, par: 1, pt: "d") } und { REF(21, par: 1) } { $gdpr }, weil das Unternehmen die Verarbeitung meiner personenbezogenen Daten weder eingeschränkt noch nach meinem Widerspruch eingestellt hat;
infringement-erasure = { REF(17, par: 1) } und { REF(21, par: 1) } { $gdpr }, weil das Unternehmen meine personenbezogenen Daten nicht gelöscht und ihre Verarbeitung nicht eingestellt hat, obwohl Löschungsgründe vorliegen und ich Widerspruch eingelegt habe;
infringement-identification = { REF(12, par: 2) } und { REF(12, par: 6) } { $gdpr }, weil das Unternehmen die Ausübung meiner Rechte von einer nicht erforderlichen Identifizierung abhängig gemacht hat, sowie { REF(5, par: 1, pt: "c") } { $gdpr }, weil es mehr personenbezogene Daten verlangt, als es benötigt;
infringement-refusal = { REF(12, par: 4) } { $gdpr }, weil das Unternehmen es ohne einen von der { $gdpr } anerkannten Grund abgelehnt hat, auf meinen Antrag hin tätig zu werden, sowie { REF(12, par: 2) } { $gdpr }, soweit es sich darauf beruft, mich nicht identifizieren zu können;
complaint-decisions = Aufsichtsbehörden haben gegen { $controller } bereits folgende Entscheidungen getroffen:
# Leitet die complaint-ask-* ein (zu-Infinitive wie die order-*).
complaint-requests = Ich bitte Sie daher,
complaint-ask-handle = sich mit meiner Beschwerde zu befassen und ihren Gegenstand zu untersuchen ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = { $controller } anzuweisen, meinem Antrag zu entsprechen ({ REF(58, par: 2, pt: "c") } { $gdpr }), und Ihre weiteren Abhilfebefugnisse auszuüben ({ REF(58, par: 2) } und { REF(83) } { $gdpr });
complaint-ask-inform = mich über den Stand und das Ergebnis der Beschwerde zu unterrichten ({ REF(77, par: 2) } { $gdpr }).
complaint-ask-inform-uk = mich über den Stand und das Ergebnis der Beschwerde zu unterrichten (Section 165 des Data Protection Act 2018).
complaint-consent-share = Ich bin damit einverstanden, dass Sie diese Beschwerde einschließlich meines Namens zu ihrer Bearbeitung an { $controller } weitergeben.
