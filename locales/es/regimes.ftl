### facerights — mensajes comunes a las cartas basadas en leyes distintas del RGPD (Australia, Canadá,
### Suiza, Illinois, California), en español. Traducción de locales/en/regimes.ftl (mismos
### identificadores, mismas variables). Las frases propias de cada régimen están en
### regime-<ley>.ftl; un régimen puede dar su propia versión de cualquier mensaje de este archivo
### anteponiéndole su sufijo (`il-decision-citation-titled`), porque cada cultura jurídica cita la
### jurisprudencia a su manera.
###
### Hoy se usa en las cartas de Illinois y California (--language es), escritas en el español neutro
### que un abogado de EE. UU. usa con clientes hispanohablantes: nombres de actos y leyes en inglés con
### su equivalente en español, citas de EE. UU. sin cambios.

## Citas de resoluciones (mismas variables que decision-citation en letter.ftl)

# Un caso citado por su nombre: $title (nombre del caso), $reference (su cita o número), $act (tipo de
# acto con su referencia, uno de decision-kind-*), $authority (tribunal o comisionado), $country, $date
# (ya formateada: «11 de mayo de 2022»).
decision-citation-titled = { $title }, { $reference } ({ $authority }, { $date })
# Una resolución cuya fecha discuten las fuentes: se cita sin fecha.
decision-citation-undated = { $authority } ({ $country }), { $act }
# El nombre inglés del acto entre paréntesis, como letter.ftl hace con los actos extranjeros.
decision-kind-determination = resolución (determination) { $reference }
decision-kind-report-of-findings = informe de conclusiones (report of findings) { $reference }
# $reference ya contiene el tipo de acto, en la lengua de la autoridad («Order P21-08»).
decision-kind-order = { $reference }
decision-kind-judgment = sentencia { $reference }
decision-kind-consent-order = orden de consentimiento (consent order) { $reference }
decision-kind-cai-decision = decisión { $reference }
decision-kind-statement = declaración pública
# Introducen las recomendaciones (no vinculantes) o las declaraciones de una autoridad; siguen las
# medidas como elementos de lista (mensajes order-* del régimen), cada uno con un infinitivo
# («no recopilar imágenes…;»).
decision-recommended = Recomendó a { $controller }:
decision-declared = Declaró que { $controller } debe:
