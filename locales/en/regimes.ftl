### facerights — messages shared by the letters under laws other than the GDPR (Australia, Canada,
### Switzerland, Illinois, California), English (reference locale). Each regime's own sentences are
### in regime-<law>.ftl; a regime may give its own version of any message here by prefixing its
### suffix (`au-decision-citation-titled`), as legal cultures cite cases differently.
###
### A language without these files writes no letters under those laws (`facerights locales list`
### shows which it covers); translate this file and a regime's file to add that regime.

## Citations of decisions (variables as decision-citation in letter.ftl)

# A case cited by its name: $title (the case name), $reference (its citation or number), $act (the
# kind of act with its reference, one of decision-kind-*), $authority (court or commissioner),
# $country, $date.
decision-citation-titled = { $title }, { $reference } ({ $authority }, { $date })
# A decision whose date the sources dispute: cited without one.
decision-citation-undated = { $authority } ({ $country }), { $act }
decision-kind-determination = determination { $reference }
decision-kind-report-of-findings = report of findings { $reference }
decision-kind-order = { $reference }
decision-kind-judgment = judgment { $reference }
decision-kind-consent-order = consent order { $reference }
decision-kind-cai-decision = decision { $reference }
decision-kind-statement = public statement
# How non-binding or declaratory orders are introduced (then the orders as list items).
decision-recommended = It recommended that { $controller }:
decision-declared = It declared that { $controller } must:
