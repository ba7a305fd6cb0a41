### facerights — messages communs aux lettres fondées sur des lois autres que le RGPD (Australie,
### Canada, Suisse, Illinois, Californie), en français. Les phrases propres à chaque régime se trouvent
### dans regime-<loi>.ftl; un régime peut donner sa propre version de tout message du présent fichier
### en le préfixant de son suffixe (`qc-decision-citation-titled`), chaque culture juridique citant la
### jurisprudence à sa manière.
###
### Ce fichier sert aux lettres québécoises comme aux lettres suisses : il reste en français neutre,
### sans usage propre au Québec, à la Suisse ou à la France. Les espaces avant le deux-points suivent
### letter.ftl.

## Citation des décisions (mêmes variables que decision-citation dans letter.ftl)

# Une affaire citée par son intitulé : $title (l'intitulé), $reference (sa référence ou son numéro),
# $act (la nature de l'acte avec sa référence, l'un des decision-kind-*), $authority (juridiction ou
# autorité, dans sa langue), $country, $date.
decision-citation-titled = { $title }, { $reference } ({ $authority }, { $date })
# Une décision dont la date est contestée par les sources : citée sans date.
decision-citation-undated = { $authority } ({ $country }), { $act }
# La « determination » du commissaire australien, avec son nom anglais, comme letter.ftl le fait pour
# les actes étrangers (« décision (Bescheid) »).
decision-kind-determination = décision (determination) { $reference }
# $reference : la référence telle que publiée, souvent en anglais (« PIPEDA Findings #2021-001 »).
decision-kind-report-of-findings = rapport de conclusions ({ $reference })
# $reference contient déjà la nature de l'acte, dans la langue de l'autorité (« Order P21-08 »).
decision-kind-order = { $reference }
decision-kind-judgment = jugement { $reference }
decision-kind-consent-order = ordonnance sur consentement (consent order) { $reference }
decision-kind-cai-decision = décision { $reference }
decision-kind-statement = déclaration publique
# Introduisent les recommandations (non contraignantes) ou les déclarations d'une autorité, suivies
# des mesures en éléments de liste (messages order-* du régime). Après decision-recommended, chaque
# élément commence par « de » (« L'autorité a recommandé à … : de cesser … ; »); après
# decision-declared, par un infinitif sans « de » (« … devait : cesser … ; »).
decision-recommended = L'autorité a recommandé à { $controller } :
decision-declared = L'autorité a déclaré que { $controller } devait :
