### facerights — messaggi comuni alle lettere fondate su leggi diverse dal GDPR (Australia, Canada,
### Svizzera, Illinois, California), italiano. Le frasi proprie di ciascun regime si trovano in
### regime-<law>.ftl; un regime può sostituire qualsiasi messaggio di questo file con il proprio
### prefisso (`au-decision-citation-titled`), perché ogni cultura giuridica cita le decisioni a modo suo.
###
### Come in letter.ftl, le frasi sulle decisioni hanno per soggetto l'organo che le ha adottate,
### senza nominarlo (autorità, commissario o tribunale, di genere grammaticale variabile); il nome
### inglese di un atto straniero è riportato tra parentesi. { $controller } è "la società":
### accordo al femminile.

## Citazione delle decisioni (variabili come decision-citation in letter.ftl)

# Un caso citato con il suo nome: $title (nome del caso), $reference (estremi o numero), $act (il
# tipo di atto con il suo numero, uno dei decision-kind-*), $authority (tribunale o autorità),
# $country, $date.
decision-citation-titled = { $title }, { $reference } ({ $authority }, { $date })
# Una decisione la cui data è controversa nelle fonti: citata senza data.
decision-citation-undated = { $authority } ({ $country }), { $act }
decision-kind-determination = decisione (determination) { $reference }
decision-kind-report-of-findings = rapporto d'indagine (report of findings) { $reference }
decision-kind-order = { $reference }
decision-kind-judgment = sentenza { $reference }
decision-kind-consent-order = provvedimento giudiziale su accordo delle parti (consent order) { $reference }
decision-kind-cai-decision = decisione { $reference }
decision-kind-statement = dichiarazione pubblica
# Come sono introdotte le raccomandazioni non vincolanti e le dichiarazioni di obblighi; seguono gli
# ordini come elenco di infiniti (come gli order-* di letter.ftl).
decision-recommended = Ha raccomandato a { $controller } di:
decision-declared = Ha dichiarato che { $controller } è tenuta a:
