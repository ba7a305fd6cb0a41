### facerights — interface (wizard), Nederlands.

wizard-welcome = facerights schrijft een brief waarmee u Clearview AI vraagt wat het over uw gezicht bewaart, of eist dat het alles wist. Niets verlaat deze computer. Met Ctrl-C kunt u altijd stoppen; er wordt niets geschreven voordat u bevestigt.
ui-language = Taal van deze vragen
country-search = Waar woont u? Typ een deel van de landnaam of de landcode (Enter toont de lijst)
country-pick = Kies uw land
country-chosen = → { $country } ({ $code })
country-none = Geen land past bij ‘{ $input }’. facerights dekt de EU, IJsland, Liechtenstein, Noorwegen en het Verenigd Koninkrijk.
land-pick = In welke Duitse deelstaat (Land) woont u? Bij de gegevensbeschermingsautoriteit daarvan zou u een klacht indienen.
letter-language = Taal van de brief
language-complete = volledig
language-draft = concept, nog niet nagelezen door een moedertaalspreker
request-kind = Welke brief?
request-access = Inzage (art. 15): vragen wat Clearview over u bewaart. Het bewijs blijft bestaan.
request-erasure = Wissing (art. 17): eisen dat Clearview alles wist. Daarmee verdwijnt ook het bewijs van wat het bewaarde.
request-access-erasure = Eerst inzage, dan wissing: eerst een kopie, daarna wordt alles gewist. Aanbevolen.
name = Uw volledige naam (zoals u ondertekent)
email = Uw e-mailadres voor het antwoord (optioneel, Enter om over te slaan)
address-line = Postadres, regel { $number } (Enter op een lege regel om te stoppen)
place = Plaats van ondertekening (uw woonplaats, optioneel)
photo-note = Clearview kan zijn databank alleen doorzoeken met een foto van een gezicht, niet met een naam. Als u een foto bijvoegt, staat in de brief dat die alleen mag dienen om uw gegevens te vinden, niet aan de databank mag worden toegevoegd en daarna moet worden gewist. Het blijft een afweging: u geeft Clearview een nieuwe foto van uw gezicht.
photo-question = Voegt u een foto van uw gezicht bij?
photo-clean = Voordat u de foto afdrukt of verstuurt: verwijder de metadata (locatie, datum, camera), snijd de foto zo bij dat alleen uw gezicht en niemand anders te zien is, en gebruik een foto waarvan u het niet erg vindt dat Clearview die één keer ziet.
objection-note = In een wissingsbrief maakt u bezwaar tegen de verwerking ‘om redenen die verband houden met uw specifieke situatie’ (art. 21, eerste lid, AVG). De brief noemt al de redenen die voor iedereen gelden (uw gezicht is een blijvende identificator). U kunt in een paar zinnen uw eigen redenen toevoegen, bijvoorbeeld waarom het u in gevaar zou brengen als u aan de hand van een foto wordt geïdentificeerd. Ze worden als uw eigen woorden in de brief opgenomen.
objection-question = Uw eigen redenen (optioneel, Enter om over te slaan)
format = Uitvoerformaat
format-text = Tekst (om in een e-mail te plakken of af te drukken)
format-pdf = PDF (om af te drukken, te ondertekenen en te versturen)
output-path = Brief opslaan als
overwrite = { $path } bestaat al. Vervangen?
summary-title = Overzicht
summary-country = Land
summary-language = Taal van de brief
summary-request = Brief
summary-file = Bestand
preview-title = De brief begint zo:
confirm-write = Brief schrijven?
written = Brief opgeslagen in { $path }.
cancelled = Er is niets geschreven.
invalid-answer = { $problem }
next-steps-title = Wat u nu doet
next-sign = Lees de brief, druk hem af en onderteken hem boven uw gedrukte naam.
next-send = Stuur hem per post naar { $recipient } (zo mogelijk aangetekend met ontvangstbevestiging), of plak de tekst in een e-mail als u een adres van Clearview hebt.
next-copy = Bewaar een kopie van de brief en het verzendbewijs.
next-deadline = Clearview moet binnen een maand na ontvangst antwoorden: als u vandaag verstuurt, rond { $date } (art. 12(3)); de termijn begint bij ontvangst, dus reken de postbezorging mee.
next-complain = Komt er niet op tijd een volledig antwoord, dan kunt u een klacht indienen bij de toezichthoudende autoriteit: { $authority }, { $address } ({ $website }). Voeg uw brief en het verzendbewijs bij.
next-complain-land = Komt er niet op tijd een volledig antwoord, dan kunt u een klacht indienen bij de gegevensbeschermingsautoriteit van de Duitse deelstaat waar u woont; `facerights jurisdictions` geeft een overzicht (DE-BY, DE-NW, …). Voeg uw brief en het verzendbewijs bij.
next-complain-uk = Komt er niet op tijd een volledig antwoord, dan dient u eerst een klacht in bij Clearview (section 164A van de Data Protection Act 2018) en daarna bij de toezichthoudende autoriteit: { $authority }, { $address } ({ $website }). Voeg uw brieven en het verzendbewijs bij.
note-subdivision = de brief noemt geen autoriteit voor klachten: in Duitsland is dat de autoriteit van de deelstaat waar u woont. Gebruik --jurisdiction { $example } (of een kolom `jurisdiction` met zulke codes) om haar te noemen; `facerights jurisdictions` geeft de codes.
draft-note = Let op: de brieftekst in het { $language } is een concept dat nog niemand met die moedertaal en juridische kennis heeft nagelezen. Lees hem voordat u hem verstuurt.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (brieven in deze taal: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ja
answer-no = nee
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = { $path } geschreven
note-replaced = { $path } vervangen
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } rijen in { $seconds } s ({ $rate } rijen/s): { $written } geschreven, { $skipped } overgeslagen (al aanwezig), { $failed } mislukt; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = niet geschreven
batch-merged = { $letters } brieven ({ $pages } pagina's) samengevoegd in { $path }
batch-merge-not-written = De samengevoegde PDF { $path } is niet geschreven: de uitvoering is niet afgerond; voer hetzelfde commando opnieuw uit om hem te voltooien
batch-interrupted = Onderbroken: de brieven die in bewerking zijn worden afgemaakt en het manifest wordt geschreven (onderbreek opnieuw om direct te stoppen, zonder manifest)
batch-taken-back = Het manifest had geen ruimte om { $count } brieven op te nemen: ze zijn weer verwijderd en de volgende uitvoering schrijft ze

## Na de brief: termijnen, herinneringen, klachten, agenda en e-mail

task-question = Wat wilt u doen?
task-request = Een verzoek aan Clearview schrijven (inzage of wissing)
task-reminder = Clearview herinneren: geen (volledig) antwoord binnen de termijn
task-complaint = Een klacht over Clearview indienen bij de toezichthouder voor gegevensbescherming
first-request-question = Welk verzoek hebt u gestuurd?
received-question = Wanneer heeft Clearview het ontvangen? (JJJJ-MM-DD: de datum van bezorging voor een brief, de verzenddatum voor een e-mail)
outcome-question = Wat heeft Clearview gedaan?
outcome-no-reply = Niets: helemaal geen antwoord
outcome-incomplete = Geantwoord, maar niet met alles waarom u hebt gevraagd
outcome-refused = Geweigerd
outcome-identity-demanded = Om een identiteitsbewijs of een nieuwe foto gevraagd voordat het antwoordt
reminded-question = Wanneer hebt u een herinnering gestuurd? (JJJJ-MM-DD; Enter als u dat niet hebt gedaan)
note-deadline = termijn: Clearview moet uiterlijk op { $ends } antwoorden ({ $provision }), gerekend vanaf de ontvangst op { $received }; valt die dag op een feestdag, dan schuift de termijn op naar de volgende werkdag. Zonder volledig antwoord schrijft u de herinnering vanaf { $follow_up }.
note-deadline-assumed = de termijn gaat ervan uit dat Clearview de brief ontvangt op de datum die erop staat; geef voor een brief per post de bezorgdatum op met --received JJJJ-MM-DD.
calendar-question = De termijn opslaan als agendabestand (.ics) met een herinnering?
calendar-path = Agendabestand opslaan als
note-calendar = { $path } geschreven: open het om de termijn aan uw agenda toe te voegen.
calendar-summary = Antwoord van Clearview verwacht ({ $request })
calendar-description = Clearview AI, Inc. heeft uw { $request } op { $received } ontvangen en moet uiterlijk op { $ends } antworden. Hebt u dan geen volledig antwoord, schrijf dan vanaf { $follow_up } een herinnering met facerights ("Clearview herinneren").
calendar-alarm = Het antwoord van Clearview moet over 3 dagen binnen zijn.
request-short-access = inzageverzoek
request-short-erasure = verzoek om wissing
request-short-access-erasure = verzoek om inzage en wissing
note-eml-no-recipient = het e-mailconcept heeft geen ontvanger: facerights kent geen bevestigd e-mailadres van Clearview. Vul het adres in dat u hebt, of stuur de brief per post.
note-eml-no-sender = het e-mailconcept heeft geen afzender: geef --email op om die in te vullen, anders doet uw e-mailprogramma dat.
note-complaint-form = { $authority } neemt klachten ook aan via een formulier: { $url } — u kunt de tekst van de brief daar plakken en de bijlagen toevoegen.
note-controller-first-uk = de ICO verwacht dat u eerst bij Clearview klaagt (section 164A van de Data Protection Act 2018): de herinneringsbrief is zo'n klacht; geef de datum ervan op met --reminded.
note-complaint-language = { $authority } neemt geen klachten aan in deze taal, alleen in: { $languages }. Stel de klacht op met --language { $code }.
provision-eu-gdpr = artikel 12, derde lid, AVG
provision-eea-gdpr = artikel 12, derde lid, AVG
provision-uk-gdpr = artikel 12A UK GDPR
