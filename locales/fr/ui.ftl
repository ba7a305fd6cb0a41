### facerights — interface (assistant), français.

wizard-welcome = facerights rédige une lettre pour demander à Clearview AI ce qu'elle détient sur votre visage, ou pour en exiger l'effacement. Rien ne quitte cet ordinateur. Ctrl-C arrête à tout moment ; rien n'est écrit avant votre confirmation.
ui-language = Langue de ces questions
country-search = Où habitez-vous ? Tapez une partie du nom du pays ou son code (Entrée affiche la liste)
country-pick = Choisissez votre pays
country-chosen = → { $country } ({ $code })
country-none = Aucun pays ne correspond à « { $input } ». facerights couvre l'UE, l'Islande, le Liechtenstein, la Norvège, le Royaume-Uni, la Suisse, l'Australie, le Canada, l'Illinois et la Californie.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Dans quel Land allemand (État fédéré) vivez-vous ? C'est auprès de son autorité de protection des données que vous introduiriez une réclamation.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Dans quelle province ou quel territoire vivez-vous ? La Colombie-Britannique, l'Alberta et le Québec ont chacun leur propre loi sur la protection des renseignements personnels dans le secteur privé.
region-other-CA = Une autre province ou un autre territoire (loi fédérale, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Pour cette loi ({ $law }), facerights ne propose pas ce type de lettre : { $task }. Choisissez une autre option.
letter-language = Langue de la lettre
language-complete = complète
language-draft = brouillon, pas encore relu par un locuteur natif
request-kind = Quelle lettre ?
request-access = Accès (art. 15) : demander ce que Clearview détient sur vous. Conserve les preuves.
request-erasure = Effacement (art. 17) : exiger que Clearview efface tout. Détruit les preuves de ce qu'elle détenait.
request-access-erasure = Accès puis effacement : d'abord une copie, ensuite l'effacement de tout. Recommandé.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Accès : demander ce que Clearview détient sur vous. Conserve les preuves.
request-erasure-regime = Suppression : exiger que Clearview supprime tout. Détruit les preuves de ce qu'elle détenait.
request-access-erasure-regime = Accès puis suppression : d'abord une copie, ensuite la suppression de tout. Recommandé.
name = Vos nom et prénom (tels que vous signez)
email = Votre adresse électronique pour la réponse (facultatif, Entrée pour passer)
address-line = Adresse postale, ligne { $number } (Entrée sur une ligne vide pour terminer)
place = Lieu de signature (votre ville, facultatif)
photo-note = Clearview ne peut chercher dans sa base qu'à partir de la photo d'un visage, pas d'un nom. Si vous joignez une photo, la lettre précise qu'elle ne peut servir qu'à retrouver vos données, ne doit pas être ajoutée à la base et doit être supprimée ensuite. C'est tout de même un compromis : vous donnez à Clearview une nouvelle image de votre visage.
photo-question = Joindrez-vous une photo de votre visage ?
# Shown after the person says yes to the photo.
photo-clean = Avant d'imprimer ou d'envoyer la photo : supprimez ses métadonnées (lieu, date, appareil), recadrez-la pour qu'elle ne montre que votre visage et personne d'autre, et choisissez une photo que vous acceptez que Clearview voie une fois.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Dans une lettre de demande d'effacement, vous vous opposez au traitement « pour des raisons tenant à votre situation particulière » (art. 21(1) du RGPD). La lettre indique déjà les raisons valables pour tous (votre visage est un identifiant permanent). Vous pouvez ajouter les vôtres en quelques phrases, par exemple pourquoi une identification à partir d'une photo vous exposerait à un risque. Elles sont reproduites comme vos propres termes.
objection-question = Vos propres raisons (facultatif, Entrée pour passer)
format = Format de sortie
format-text = Texte (à coller dans un courriel ou à imprimer)
format-pdf = PDF (à imprimer, signer et envoyer)
output-path = Enregistrer la lettre sous
overwrite = { $path } existe déjà. Le remplacer ?
summary-title = Récapitulatif
summary-country = Pays
summary-language = Langue de la lettre
summary-request = Lettre
summary-file = Fichier
preview-title = Début de la lettre :
confirm-write = Écrire la lettre ?
written = Lettre enregistrée dans { $path }.
cancelled = Rien n'a été écrit.
invalid-answer = { $problem }
next-steps-title = Et maintenant
next-sign = Relisez la lettre, imprimez-la et signez-la au-dessus de votre nom imprimé.
next-send = Envoyez-la par la poste à { $recipient } (si possible en recommandé avec accusé de réception), ou collez le texte dans un courriel si vous avez une adresse de Clearview.
next-copy = Gardez une copie de la lettre et la preuve de l'envoi.
next-deadline = Clearview doit répondre dans un délai d'un mois à compter de la réception : si vous l'envoyez aujourd'hui, vers le { $date } (art. 12(3)) ; le délai court à partir de la réception, comptez donc le temps d'acheminement.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Si vous l'envoyez aujourd'hui, Clearview devrait répondre vers le { $date } ({ $provision }) ; le délai court à partir de la réception, comptez donc le temps d'acheminement.
next-complain = Sans réponse complète dans ce délai, vous pouvez introduire une réclamation auprès de l'autorité de contrôle : { $authority }, { $address } ({ $website }). Joignez votre lettre et la preuve de l'envoi.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Sans réponse complète dans ce délai, vous pouvez introduire une réclamation auprès de l'autorité de protection des données du Land allemand où vous vivez ; `facerights jurisdictions` les énumère (DE-BY, DE-NW, …). Joignez votre lettre et la preuve de l'envoi.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Sans réponse complète dans ce délai, adressez d'abord une réclamation à Clearview (article 164A du Data Protection Act 2018), puis à l'autorité de contrôle : { $authority }, { $address } ({ $website }). Joignez vos lettres et les preuves de l'envoi.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Sans réponse complète dans ce délai, adressez d'abord une réclamation à Clearview (c'est ce que fait la lettre de relance), puis, après 30 jours, à l'autorité de contrôle : { $authority } ({ $website }). Joignez vos lettres et les preuves de l'envoi.
next-complain-ca = Sans réponse dans les 30 jours, la demande est réputée refusée (PIPEDA s. 8(5)) ; vous pouvez alors, dans les six mois, déposer une plainte écrite auprès de l'autorité compétente : { $authority }, { $address } ({ $website }). Joignez vos lettres et les preuves de l'envoi.
next-complain-bc = Sans réponse complète dans ce délai, vous pouvez demander une révision à l'autorité compétente : { $authority } ({ $website }) ; la demande de révision a son propre délai, de 30 jours ouvrables.
next-complain-ab = Sans réponse complète dans ce délai, vous pouvez demander par écrit une révision à l'autorité compétente : { $authority } ({ $website }), dans les 30 jours suivant la décision de Clearview.
next-complain-qc = Sans réponse dans les 30 jours, la demande est réputée refusée ; vous pouvez alors présenter une demande d'examen de mésentente à l'autorité compétente : { $authority }, { $address } ({ $website }).
next-complain-ch = Sans réponse complète dans ce délai, vous pouvez adresser une dénonciation à l'autorité fédérale : { $authority } ({ $website }) ; elle peut ouvrir une enquête, mais vous n'êtes pas partie à la procédure. Vos droits d'accès et de suppression se font valoir devant les tribunaux civils (art. 32 LPD).
next-complain-cal = Sans réponse complète dans ce délai, vous pouvez introduire une réclamation auprès de l'autorité de contrôle : { $authority } ({ $website }) ; elle veille à l'application du CCPA, mais n'agit pas pour vous à titre individuel.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Aucune autorité de contrôle n'instruit les plaintes individuelles au titre de l'Illinois Biometric Information Privacy Act : conservez la lettre et la preuve de l'envoi, qui serviront de preuves si vous donnez suite à l'affaire, vous-même ou par l'intermédiaire d'un avocat.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = la lettre ne nomme aucune autorité de contrôle : en Allemagne, c'est celle du Land où vous vivez. Utilisez --jurisdiction { $example } (ou une colonne `jurisdiction` contenant de tels codes) pour la nommer ; `facerights jurisdictions` énumère les codes.
draft-note = Remarque : le texte de la lettre en { $language } est un brouillon qu'aucun locuteur natif ayant des connaissances juridiques n'a encore relu. Lisez-le avant de l'envoyer.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (lettres dans cette langue : { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = oui
answer-no = non

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = écrit : { $path }
note-replaced = remplacé : { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } lignes en { $seconds } s ({ $rate } lignes/s) : { $written } écrites, { $skipped } ignorées (déjà présentes), { $failed } en échec ; manifeste : { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = non écrit
batch-merged = { $letters } lettres ({ $pages } pages) réunies dans { $path }
batch-merge-not-written = le PDF réunissant les lettres { $path } n'a pas été écrit : l'exécution n'est pas allée jusqu'au bout ; relancez la même commande pour le compléter
batch-interrupted = interrompu : achèvement des lettres en cours et écriture du manifeste (interrompez à nouveau pour arrêter tout de suite, sans manifeste)
batch-taken-back = le manifeste n'avait plus de place pour { $count } lettres : elles ont été supprimées, la prochaine exécution les écrira

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Que voulez-vous faire ?
task-request = Écrire une demande à Clearview (accès ou effacement)
task-reminder = Relancer Clearview : elle n'a pas répondu (entièrement) dans le délai
task-complaint = Introduire une réclamation contre Clearview auprès de l'autorité de protection des données
first-request-question = Quelle demande avez-vous envoyée ?
# The date the request reached Clearview.
received-question = Quand Clearview l'a-t-elle reçue ? (AAAA-MM-JJ : la date de distribution pour une lettre, la date d'envoi pour un courriel)
outcome-question = Qu'a fait Clearview ?
outcome-no-reply = Rien : aucune réponse
outcome-incomplete = Elle a répondu, mais sans tout ce que vous aviez demandé
outcome-refused = Elle a refusé
outcome-identity-demanded = Elle a demandé une pièce d'identité ou une nouvelle photo avant de répondre
reminded-question = Quand avez-vous envoyé une relance ? (AAAA-MM-JJ ; Entrée si vous ne l'avez pas fait)
# After a request letter. $ends: the last day of the reply period; $provision: "art. 12(3) RGPD";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = délai : Clearview doit répondre au plus tard le { $ends } ({ $provision }), délai calculé à partir de la réception, le { $received } ; si ce jour est férié, l'échéance est reportée au jour ouvrable suivant. Sans réponse complète, écrivez la relance à partir du { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = le délai suppose que Clearview reçoit la lettre le jour de sa date ; pour une lettre envoyée par la poste, indiquez la date de distribution avec --received AAAA-MM-JJ.
calendar-question = Enregistrer l'échéance dans un fichier de calendrier (.ics), avec un rappel ?
calendar-path = Enregistrer le fichier de calendrier sous
# $path: the .ics file written.
note-calendar = écrit : { $path } ; ouvrez-le pour ajouter l'échéance à votre calendrier.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Réponse de Clearview attendue ({ $request })
calendar-description = Clearview AI, Inc. a reçu votre { $request } le { $received } et doit y répondre au plus tard le { $ends }. Sans réponse complète, écrivez une relance avec facerights à partir du { $follow_up } (« Relancer Clearview »).
calendar-alarm = La réponse de Clearview est attendue dans 3 jours.
request-short-access = demande d'accès
request-short-erasure = demande d'effacement
request-short-access-erasure = demande d'accès et d'effacement
# E-mail drafts (--format eml).
note-eml-no-recipient = le brouillon de courriel n'a pas de destinataire : facerights ne connaît aucune adresse électronique confirmée de Clearview. Indiquez l'adresse dont vous disposez, ou envoyez la lettre par la poste.
note-eml-no-sender = le brouillon de courriel n'a pas d'expéditeur : indiquez votre adresse avec --email, sinon votre logiciel de messagerie la complétera.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } accepte aussi les réclamations au moyen de son formulaire : { $url } — vous pouvez y coller le texte de la lettre et joindre les pièces.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = l'ICO attend que vous adressiez d'abord une réclamation à Clearview (article 164A du Data Protection Act 2018) : la lettre de relance en est une ; indiquez sa date avec --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = l'OAIC attend que vous adressiez d'abord une réclamation à Clearview et que vous lui laissiez 30 jours : la lettre de relance en est une ; indiquez sa date avec --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } n'accepte pas les réclamations rédigées dans cette langue (langues acceptées : { $languages }). Rédigez la réclamation avec --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = article 12, paragraphe 3, du RGPD
provision-eea-gdpr = article 12, paragraphe 3, du RGPD
provision-uk-gdpr = article 12A du UK GDPR
