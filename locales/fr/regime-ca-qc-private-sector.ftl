### facerights — lettres fondées sur la Loi sur la protection des renseignements personnels dans le
### secteur privé, RLRQ, c. P-39.1, telle que modifiée par la Loi modernisant des dispositions
### législatives en matière de protection des renseignements personnels (L.Q. 2021, c. 25, « Loi 25 »).
### Langue par défaut des lettres au Québec.
###
### Français juridique québécois : « renseignements personnels », « entreprise », « demande d'accès »,
### « demande d'examen de mésentente », « acquiescer à la demande ». Les dispositions sont citées
### comme le font les avocats québécois : « l'article 27 de la Loi sur la protection des
### renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « LPRPSP ») », puis
### « (art. 32 LPRPSP) ». Typographie québécoise : espace avant le deux-points et à l'intérieur des
### guillemets, aucune avant le point-virgule.
###
### Dispositions citées (et seulement celles-ci) : art. 27 (accès; format technologique structuré et
### couramment utilisé pour les renseignements informatisés recueillis auprès de la personne
### concernée), art. 28 (suppression lorsque la collecte ou la conservation n'est pas autorisée par
### la loi), art. 28.1 (cessation de diffusion et désindexation lorsque la diffusion contrevient à
### la loi), art. 30 (demande écrite, justification de l'identité), art. 32 (30 jours; le défaut de
### répondre équivaut à un refus). Ne sont pas imprimés, faute de source qui les confirme : le numéro
### de l'article sur les frais (la règle elle-même, tirée de la FAQ de la CAI, est énoncée sans
### numéro), celui de l'article sur le refus écrit et motivé (idem), les articles du recours devant
### la Commission (art. 42 et 43) et son délai.
###
### Aucun participe ne s'accorde avec l'auteur de la lettre (son genre n'est pas connu). Les éléments
### de liste se terminent par « ; » (sans espace, à la québécoise) : facerights remplace le dernier
### par un point.
###
### Variables disponibles dans chaque message : $gdpr (le nom abrégé de la loi, law-short-qc) et
### $controller (« Clearview AI, Inc. »).

law-short-qc = LPRPSP

## Citation des décisions à la québécoise : l'organisme, la décision, la date; un jugement par
## l'intitulé et la référence neutre. Le pays est omis : toutes les décisions citées sont canadiennes.

qc-decision-citation = { $authority }, { $act }, { $date }
qc-decision-citation-titled = { $title }, { $reference } ({ $date })
qc-decision-citation-undated = { $authority }, { $act }
# $reference : la référence officielle du rapport (en anglais, telle que publiée).
qc-decision-kind-report-of-findings = rapport de conclusions ({ $reference })
# Introduit les ordonnances de la Commission (éléments qc-order-*, commençant par « de »).
qc-decision-orders = La Commission a ordonné à { $controller } :

## Ce que demandait la première lettre, comme complément d'objet (relances, demande d'examen, pièces
## jointes) : féminin, « ma demande », « que vous avez reçue ».

qc-request-name-access = ma demande d'accès à mes renseignements personnels fondée sur l'article 27 de la { $gdpr }
qc-request-name-erasure = ma demande de suppression de mes renseignements personnels fondée sur l'article 28 de la { $gdpr }
qc-request-name-access-erasure = ma demande d'accès à mes renseignements personnels fondée sur l'article 27 de la { $gdpr }, puis de suppression de ces renseignements fondée sur l'article 28

## La demande

qc-subject-access = Objet : Demande d'accès à mes renseignements personnels (art. 27 de la Loi sur la protection des renseignements personnels dans le secteur privé)
qc-subject-erasure = Objet : Demande de suppression de mes renseignements personnels (art. 28 et 28.1 de la Loi sur la protection des renseignements personnels dans le secteur privé; décision 1023158-S de la Commission d'accès à l'information)
qc-subject-access-erasure = Objet : Demande d'accès à mes renseignements personnels, puis de suppression de ceux-ci (art. 27 et 28 de la Loi sur la protection des renseignements personnels dans le secteur privé)
qc-intro-access = Je réside au Québec. En vertu de l'article 27 de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »), je demande à { $controller } de me confirmer l'existence des renseignements personnels qu'elle détient à mon sujet et de me les communiquer en m'en remettant une copie. La présente demande est faite par écrit, conformément à l'article 30 de la { $gdpr }.
qc-intro-erasure = Je réside au Québec. En vertu de l'article 28 de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »), je demande à { $controller } de supprimer tous les renseignements personnels qu'elle détient à mon sujet et de cesser de recueillir des images de moi. La Commission d'accès à l'information du Québec lui a d'ailleurs ordonné de cesser de recueillir des images sans le consentement des personnes concernées et de détruire celles qu'elle a ainsi recueillies. La présente demande est faite par écrit, conformément à l'article 30 de la { $gdpr }.
qc-intro-access-erasure = Je réside au Québec. En vertu de l'article 27 de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »), je demande à { $controller } de me confirmer l'existence des renseignements personnels qu'elle détient à mon sujet et de me les communiquer en m'en remettant une copie. Une fois cette communication faite, je vous demande de supprimer ces renseignements en vertu de l'article 28 de la { $gdpr }, la Commission d'accès à l'information du Québec vous ayant ordonné de détruire les images recueillies sans consentement. La présente demande est faite par écrit, conformément à l'article 30 de la { $gdpr }.
qc-applicability-1 = La { $gdpr } s'applique à { $controller }. Dans sa décision 1023158-S, citée ci-dessous, la Commission d'accès à l'information du Québec a conclu que la législation pertinente, dont la { $gdpr }, s'applique à { $controller } et que celle-ci n'a pas respecté plusieurs de ses obligations légales en recueillant des images de personnes à partir de photos publiées sur Internet et en les utilisant pour créer des identifiants biométriques, sans le consentement des personnes concernées.

## Accès (art. 27)

qc-access-heading = Accès à mes renseignements personnels (art. 27 { $gdpr })
qc-access-ask = Je vous prie de me confirmer l'existence de tous les renseignements personnels que vous détenez à mon sujet et de me les communiquer en m'en remettant une copie (art. 27 { $gdpr }), notamment :
qc-access-item-1 = toute image sur laquelle j'apparais ou que vous associez à ma personne, telle que vous la détenez;
qc-access-item-2 = pour chaque image, l'adresse (URL) de la page Web et de l'image à partir desquelles vous l'avez recueillie, ainsi que la date de sa collecte;
qc-access-item-3 = les identifiants biométriques (vecteurs) que vous avez créés à partir de mon visage, ainsi que tout autre renseignement que vous avez produit ou inféré à mon sujet;
qc-access-item-4 = la trace de chaque recherche dans laquelle j'ai figuré parmi les résultats ou pour laquelle une image de mon visage a été soumise, avec la date de chaque recherche et le client qui l'a effectuée;
qc-access-item-5 = le nom des personnes et des organisations à qui vous avez communiqué des renseignements personnels me concernant.
qc-access-note-1 = Je vous prie de me transmettre ces renseignements dans un format technologique structuré et couramment utilisé. L'article 27 prévoit ce format pour les renseignements personnels informatisés recueillis auprès de la personne concernée; je vous demande de l'utiliser pour l'ensemble des renseignements informatisés que vous détenez à mon sujet, et de me transmettre les images elles-mêmes sous forme de fichiers d'image.
qc-access-note-2 = Je vous prie également de m'indiquer à quelles fins vous recueillez, utilisez et communiquez ces renseignements, de quelles sources vous les avez obtenus et pendant combien de temps vous entendez les conserver.
qc-access-note-3 = La consultation de mes renseignements personnels est gratuite. Seuls des frais raisonnables peuvent être exigés pour la transcription, la reproduction ou la transmission de ces renseignements, et vous devez m'informer de leur montant approximatif avant d'y procéder. Si vous refusez d'acquiescer à ma demande, en tout ou en partie, vous devez me notifier votre refus par écrit, en le motivant et en m'informant de mes recours.

## Suppression (art. 28 et 28.1)

qc-erasure-heading = Suppression de mes renseignements personnels (art. 28 et 28.1 { $gdpr })
qc-erasure-after-access = Une fois que vous m'aurez communiqué mes renseignements personnels, je vous prie de les supprimer.
qc-erasure-ask = La suppression doit viser tous les renseignements personnels que vous détenez à mon sujet, notamment :
qc-erasure-item-1 = toute image de moi et toute copie de celle-ci;
qc-erasure-item-2 = les identifiants biométriques (vecteurs) créés à partir de mon visage;
qc-erasure-item-3 = les adresses Web et les autres renseignements associés à ces images;
qc-erasure-item-4 = les résultats de recherche, les traces de recherche et les associations qui me concernent;
qc-erasure-item-5 = toutes les copies conservées dans des sauvegardes, des archives et les systèmes de vos fournisseurs de services.
qc-erasure-note-1 = En vertu de l'article 28 de la { $gdpr }, je peux faire supprimer un renseignement personnel me concernant si sa collecte ou sa conservation n'est pas autorisée par la loi. La Commission d'accès à l'information du Québec a conclu que vous aviez recueilli des images de personnes sans leur consentement, à l'occasion de l'exploitation d'une entreprise au Québec, et vous a ordonné de cesser de les recueillir, de cesser de les utiliser pour créer des identifiants biométriques et de détruire les images recueillies sans consentement ainsi que les identifiants. Ni la collecte ni la conservation d'images de moi, ou d'identifiants créés à partir de celles-ci, ne sont donc autorisées par la loi. Je vous demande de les supprimer et de vous conformer, en ce qui me concerne, aux ordonnances de la Commission.
qc-erasure-note-2 = Dans la mesure où vous diffusez des renseignements personnels me concernant, notamment en présentant des images de moi dans les résultats de recherche fournis à vos clients, je vous demande en outre de cesser cette diffusion et de désindexer tout hyperlien rattaché à mon nom permettant d'accéder à ces renseignements (art. 28.1 { $gdpr }). Cet article s'applique lorsque la diffusion contrevient à la loi; la Commission ayant conclu que la collecte de ces images contrevient à la loi, j'estime que leur diffusion y contrevient également.
qc-erasure-note-3 = Je n'ai jamais consenti à la collecte d'images de moi ni à la création d'identifiants biométriques à partir de celles-ci. Dans la mesure où vous invoqueriez un quelconque consentement de ma part, je le retire.
qc-erasure-note-4 = Je vous prie de m'indiquer les mesures que vous prendrez pour que des images de moi ne soient pas recueillies de nouveau. Si vous conservez un renseignement me concernant à cette fin, précisez-moi exactement lequel.
qc-erasure-note-5 = Je vous prie de me confirmer la suppression par écrit, en précisant ce que vous avez supprimé, y compris les copies de sauvegarde et les identifiants biométriques.

## Identification (art. 30)

qc-identification-heading = Identification
qc-identification-no-photo = L'article 30 de la { $gdpr } exige une demande écrite d'une personne qui justifie de son identité. La présente lettre, signée, indique mes nom et adresse. Si vous avez raisonnablement besoin d'autres renseignements pour vérifier mon identité, précisez-moi lesquels et pourquoi; je ne vous transmettrai une copie d'une pièce d'identité que si vous démontrez qu'elle est nécessaire. Si votre système ne permet d'effectuer une recherche qu'à partir d'une photographie de mon visage, faites-le-moi savoir; je vous en fournirai alors une, uniquement aux fins de la présente demande.
qc-identification-photo = Je joins une photographie de mon visage uniquement pour vous permettre de retrouver les renseignements personnels me concernant. Je consens à une seule recherche dans votre base de données au moyen d'un gabarit biométrique tiré de cette photographie, aux seules fins de la présente demande. Je ne consens à aucune autre utilisation : n'ajoutez ni la photographie ni le gabarit à votre base de données et ne les communiquez à personne. Une fois la présente demande traitée, détruisez la photographie, le gabarit et les résultats de la recherche, et confirmez-moi que vous l'avez fait.

## Décisions

qc-decisions-heading = Décisions rendues contre { $controller }
qc-decisions-own = Au Québec :
qc-decisions-other = La décision de la Commission fait suite à une enquête conjointe menée avec le Commissariat à la protection de la vie privée du Canada et les commissariats à l'information et à la protection de la vie privée de la Colombie-Britannique et de l'Alberta. Les décisions suivantes portent sur les mêmes pratiques de { $controller }; je m'en prévaux également :
# $breaches : les articles de la Loi que les sources secondaires indiquent pour la décision, déjà
# joints (« 2, 6, 13 et 14 »). L'article 2 est une définition : la phrase dit que la décision « se
# réfère » à ces articles, non que chacun a été enfreint.
qc-decision-breaches = Elle a conclu que { $controller } ne s'était pas conformée à la { $gdpr }, en se référant notamment aux articles { $breaches }.
# Les ordonnances de la Commission, dans les termes de son communiqué du 14 décembre 2021.
qc-order-stop-files = de cesser de constituer des dossiers sur autrui à l'occasion de l'exploitation d'une entreprise au Québec;
qc-order-stop-collecting = de cesser de recueillir des images, sans le consentement des personnes concernées, à l'occasion de l'exploitation d'une entreprise au Québec;
qc-order-stop-biometric = de cesser d'utiliser ces images pour créer des identifiants biométriques (vecteurs), sans le consentement des personnes concernées;
qc-order-destroy = de détruire les images recueillies sans le consentement des personnes concernées ainsi que les identifiants biométriques;

## Délai de réponse et suites (art. 32)

qc-deadline-heading = Délai de réponse
qc-deadline-access = Vous devez donner suite à ma demande avec diligence et au plus tard dans les 30 jours de sa réception (art. 32 { $gdpr }). Faute de réponse dans ce délai, votre silence équivaudra à un refus d'y acquiescer.
qc-deadline-erasure = Vous devez donner suite à ma demande avec diligence et au plus tard dans les 30 jours de sa réception (art. 32 { $gdpr }). Faute de réponse dans ce délai, votre silence équivaudra à un refus d'y acquiescer.
qc-deadline-access-erasure = Vous devez donner suite à ma demande avec diligence et au plus tard dans les 30 jours de sa réception (art. 32 { $gdpr }); faute de réponse dans ce délai, votre silence équivaudra à un refus d'y acquiescer. Une fois mes renseignements personnels communiqués, je vous prie de les supprimer sans délai.
# $authority, $address : la Commission d'accès à l'information du Québec et son adresse à Québec.
qc-remedies = À défaut d'une réponse complète dans ce délai, je soumettrai une demande d'examen de mésentente à la { $authority }, { $address }. Je me réserve tous mes autres droits et recours.

## Relance

qc-subject-reminder = Objet : Relance — { $request }, que vous avez reçue le { $received }
# $ends : le dernier jour du délai de 30 jours.
qc-reminder-facts = Le { $received }, vous avez reçu { $request }; vous en trouverez une copie ci-jointe. Le délai de 30 jours dans lequel vous deviez y donner suite (art. 32 { $gdpr }) a expiré le { $ends }.
qc-reminder-no-reply = Je n'ai reçu aucune réponse de votre part. En vertu de l'article 32 de la { $gdpr }, votre silence équivaut à un refus d'acquiescer à ma demande, et vous ne m'avez notifié par écrit aucun motif de refus.
qc-reminder-incomplete = Votre réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et vous ne m'avez pas notifié par écrit les motifs pour lesquels vous refusez le reste.
# $grace : une date quatorze jours après la présente lettre.
qc-reminder-demand = Je vous demande de donner suite intégralement à ma demande sans autre délai et, en tout état de cause, au plus tard le { $grace }.
qc-reminder-remedies = À défaut, je soumettrai sans autre avis une demande d'examen de mésentente à la { $authority }, { $address }. Je me réserve tous mes autres droits et recours.

## Demande d'examen de mésentente à la Commission d'accès à l'information

qc-subject-complaint = Objet : Demande d'examen de mésentente — { $controller } (Loi sur la protection des renseignements personnels dans le secteur privé)
# $controller_address : l'adresse postale de Clearview sur une ligne.
qc-complaint-intro = Par la présente, je soumets à la Commission une demande d'examen de mésentente avec { $controller }, { $controller_address }, en vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »). La mésentente porte sur { $request }, que { $controller } a reçue le { $received }; vous en trouverez une copie ci-jointe.
qc-complaint-no-reply = { $controller } n'a pas répondu à ma demande. Le délai de 30 jours dans lequel elle devait y donner suite (art. 32 { $gdpr }) a expiré le { $ends }; elle est donc réputée avoir refusé d'y acquiescer.
qc-complaint-incomplete = { $controller } a répondu, mais de façon incomplète, et ne m'a pas notifié par écrit les motifs pour lesquels elle refuse le reste. Une copie de sa réponse est jointe.
qc-complaint-refused = { $controller } a refusé d'acquiescer à ma demande. Une copie de sa réponse est jointe.
qc-complaint-identity-demanded = { $controller } a subordonné sa réponse à une identification que ma demande n'exigeait pas, telle que la copie d'une pièce d'identité. Une copie de sa réponse est jointe.
# $reminded : la date de la relance.
qc-complaint-reminded = Le { $reminded }, j'ai adressé une relance à { $controller }; elle n'a pas donné suite à ma demande. Une copie de cette relance est jointe.
qc-complaint-breaches = À mon avis, { $controller } a contrevenu à la { $gdpr }, notamment :
# Les manquements, comme éléments de liste commençant par « en ».
qc-breach-no-reply = en ne donnant pas suite à ma demande dans les 30 jours de sa réception (art. 32);
qc-breach-incomplete = en ne me notifiant pas par écrit les motifs de son refus quant à la partie de ma demande à laquelle elle n'a pas donné suite;
qc-breach-refused = en refusant d'acquiescer à ma demande sans invoquer de motif que la { $gdpr } reconnaît;
qc-breach-identity-demanded = en subordonnant sa réponse à une identification qui excède ce qui m'est nécessaire pour justifier de mon identité (art. 30);
qc-breach-access = en ne me communiquant pas l'ensemble des renseignements personnels qu'elle détient à mon sujet (art. 27);
qc-breach-erasure = en ne supprimant pas les renseignements personnels me concernant, dont la collecte et la conservation ne sont pas autorisées par la loi (art. 28), alors que la Commission lui a ordonné, dans sa décision 1023158-S, de détruire les images recueillies sans le consentement des personnes concernées ainsi que les identifiants biométriques;
qc-complaint-decisions = La Commission s'est déjà prononcée contre { $controller }, et d'autres décisions canadiennes portent sur les mêmes pratiques :
qc-complaint-requests = Je demande à la Commission :
qc-complaint-ask-1 = d'examiner la présente mésentente et d'ordonner à { $controller } de donner suite à ma demande;
qc-complaint-ask-2 = de prendre les mesures relevant de ses pouvoirs pour que { $controller } se conforme à la décision 1023158-S à l'égard des renseignements personnels qui me concernent;
qc-complaint-ask-3 = de m'informer de la suite donnée à la présente demande.
qc-complaint-consent-share = Je consens à ce que la Commission communique la présente demande, avec mon nom, à { $controller } aux fins de son examen.
