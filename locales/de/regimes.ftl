### facerights — Nachrichten, die die Schreiben nach anderen Gesetzen als der DSGVO gemeinsam haben
### (Australien, Kanada, Schweiz, Illinois, Kalifornien), Deutsch. Die eigenen Sätze jedes Regimes
### stehen in regime-<law>.ftl; ein Regime kann jede Nachricht hier mit seinem Präfix ersetzen
### (`au-decision-citation-titled`), weil Rechtskulturen Entscheidungen verschieden zitieren.
###
### Die Entscheidungssätze sind unpersönlich (Passiv), wie in letter.ftl, weil die entscheidende
### Stelle eine Behörde, ein Beauftragter oder ein Gericht jedes grammatischen Geschlechts sein kann.
### Die englische Bezeichnung einer ausländischen Entscheidungsart steht in Klammern dabei.

## Zitierung von Entscheidungen (Variablen wie decision-citation in letter.ftl)

# Ein mit Namen zitierter Fall: $title (Name des Falls), $reference (Fundstelle oder Nummer), $act
# (die Art des Akts mit seiner Nummer, eine der decision-kind-*), $authority (Gericht oder Behörde),
# $country, $date.
decision-citation-titled = { $title }, { $reference } ({ $authority }, { $date })
# Eine Entscheidung, deren Datum die Quellen unterschiedlich angeben: ohne Datum zitiert.
decision-citation-undated = { $authority } ({ $country }), { $act }
decision-kind-determination = Entscheidung (determination) { $reference }
decision-kind-report-of-findings = Untersuchungsbericht (report of findings) { $reference }
decision-kind-order = { $reference }
decision-kind-judgment = Urteil { $reference }
decision-kind-consent-order = gerichtlich genehmigter Vergleich (consent order) { $reference }
decision-kind-cai-decision = Entscheidung { $reference }
decision-kind-statement = öffentliche Stellungnahme
# Wie nicht verbindliche oder feststellende Anordnungen eingeleitet werden; danach die Anordnungen
# als Aufzählung (zu-Infinitive, wie die order-* in letter.ftl).
decision-recommended = { $controller } wurde empfohlen:
decision-declared = Es wurde festgestellt, dass { $controller } verpflichtet ist:
