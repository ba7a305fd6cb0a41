### facerights — lettres fondées sur la Loi sur la protection des renseignements personnels dans le
### secteur privé, RLRQ, c. P-39.1, telle que modifiée par la Loi modernisant des dispositions
### législatives en matière de protection des renseignements personnels (L.Q. 2021, c. 25, « Loi 25 »).
### Langue par défaut des lettres au Québec.
###
### Français juridique québécois : « renseignements personnels », « entreprise », « demande d'accès »,
### « demande d'examen de mésentente », « acquiescer à la demande », « est réputée avoir refusé ». Les
### dispositions sont citées comme le font les avocats québécois : « l'article 27 de la Loi sur la
### protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « LPRPSP ») »,
### puis « (art. 32 LPRPSP) »; un jugement par son intitulé et sa référence neutre, sans la date (l'année
### figure dans la référence). Typographie québécoise : espace avant le deux-points et à l'intérieur des
### guillemets, aucune avant le point-virgule.
###
### Dispositions citées (et seulement celles-ci) : art. 27 (confirmer l'existence et donner communication
### en permettant d'obtenir une copie; transcription écrite et intelligible des renseignements
### informatisés; format technologique structuré et couramment utilisé seulement pour les renseignements
### informatisés recueillis auprès de la personne, non créés ou inférés : la lettre le demande pour le
### reste sans le réclamer comme un droit — texte cité par Osler, « Loi 25 : Comprendre la portée du droit
### à la portabilité des données », 20 septembre 2024, source secondaire), art. 28 (suppression lorsque la
### collecte ou la conservation n'est pas autorisée par la loi), art. 28.1 (cessation de diffusion et
### désindexation lorsque la diffusion contrevient à la loi ou à une ordonnance judiciaire; les articles
### 30, 32 et 34 s'appliquent à la demande — LégisQuébec), art. 30 (demande écrite d'une personne
### justifiant de son identité à titre de personne concernée), art. 32 (30 jours; à défaut de réponse,
### l'entreprise est réputée avoir refusé d'y acquiescer).
###
### Recours : la demande d'examen de mésentente doit être adressée à la Commission « dans les trente jours
### du refus de la demande ou de l'expiration du délai pour y répondre » (CAI, « Recours devant la
### Commission », https://www.cai.gouv.qc.ca/citoyens/recours-devant-la-commission/). Ce délai est
### énoncé sans numéro d'article : le texte des art. 42 et 43 n'a pas été vu dans une source officielle.
### La relance rappelle qu'elle ne suspend pas ce délai. Ne sont pas imprimés non plus, faute de source
### officielle : le numéro de l'article sur les frais (la règle, tirée de la FAQ de la CAI, est énoncée
### sans numéro), celui de l'article sur le refus écrit et motivé (idem) et la possibilité d'être relevé
### du défaut de respecter le délai de 30 jours.
###
### Décision 1023158-S : ses ordonnances visent l'exploitation d'une entreprise au Québec (communiqué de
### la CAI); la lettre n'affirme pas qu'elles visent nommément les images de l'auteur, mais en déduit,
### du défaut de consentement de celui-ci, que la collecte et la conservation de ses images ne sont pas
### autorisées par la loi. Le délai de 90 jours de l'ordre de destruction est cité d'après la presse
### (Direction informatique, 14 décembre 2021, qui cite la Commission).
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
qc-decision-citation-titled = { $title }, { $reference }
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
qc-intro-access = Je réside au Québec. En vertu de l'article 27 de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »), je demande à { $controller } de me confirmer l'existence des renseignements personnels qu'elle détient à mon sujet et de m'en donner communication en me permettant d'en obtenir une copie. La présente demande est faite par écrit, conformément à l'article 30 de la { $gdpr }.
qc-intro-erasure = Je réside au Québec. En vertu de l'article 28 de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »), je demande à { $controller } de supprimer tous les renseignements personnels qu'elle détient à mon sujet et de cesser de recueillir des images de moi. Dans sa décision 1023158-S, la Commission d'accès à l'information du Québec lui a d'ailleurs ordonné de cesser de recueillir des images sans le consentement des personnes concernées à l'occasion de l'exploitation d'une entreprise au Québec, et de détruire les images ainsi recueillies. La présente demande est faite par écrit, conformément à l'article 30 de la { $gdpr }.
qc-intro-access-erasure = Je réside au Québec. En vertu de l'article 27 de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »), je demande à { $controller } de me confirmer l'existence des renseignements personnels qu'elle détient à mon sujet et de m'en donner communication en me permettant d'en obtenir une copie. Une fois cette communication faite, je lui demande de supprimer ces renseignements en vertu de l'article 28 de la { $gdpr }, la Commission d'accès à l'information du Québec lui ayant ordonné, dans sa décision 1023158-S, de détruire les images recueillies sans le consentement des personnes concernées. La présente demande est faite par écrit, conformément à l'article 30 de la { $gdpr }.
qc-applicability-1 = La { $gdpr } s'applique à { $controller }. Dans sa décision 1023158-S, citée ci-dessous, la Commission d'accès à l'information du Québec a conclu que la législation pertinente, dont la { $gdpr }, s'applique à { $controller } et que celle-ci n'a pas respecté plusieurs de ses obligations légales en recueillant des images de personnes à partir de photos publiées sur Internet et en les utilisant pour créer des identifiants biométriques, sans le consentement des personnes concernées.

## Accès (art. 27)

qc-access-heading = Accès à mes renseignements personnels (art. 27 { $gdpr })
qc-access-ask = Je vous prie de me confirmer l'existence de tous les renseignements personnels que vous détenez à mon sujet et de m'en donner communication en me permettant d'en obtenir une copie (art. 27 { $gdpr }), notamment :
qc-access-item-1 = toute image sur laquelle j'apparais ou que vous associez à ma personne, telle que vous la détenez;
qc-access-item-2 = pour chaque image, l'adresse (URL) de la page Web et de l'image à partir desquelles vous l'avez recueillie, ainsi que la date de sa collecte;
qc-access-item-3 = les identifiants biométriques (vecteurs) que vous avez créés à partir de mon visage, ainsi que tout autre renseignement que vous avez produit ou inféré à mon sujet;
qc-access-item-4 = la trace de chaque recherche dans laquelle j'ai figuré parmi les résultats ou pour laquelle une image de mon visage a été soumise, avec la date de chaque recherche et le client qui l'a effectuée;
qc-access-item-5 = le nom des personnes et des organisations à qui vous avez communiqué des renseignements personnels me concernant.
qc-access-note-1 = Les renseignements informatisés, dont les identifiants biométriques et les traces de recherche, doivent m'être communiqués sous la forme d'une transcription écrite et intelligible, ce que je demande expressément (art. 27 { $gdpr }). Je vous prie en outre de me les transmettre dans un format technologique structuré et couramment utilisé, et de me transmettre les images elles-mêmes sous forme de fichiers d'image. L'article 27 ne prévoit ce format que pour les renseignements informatisés recueillis auprès de la personne concernée; je vous demande néanmoins de l'utiliser pour l'ensemble des renseignements informatisés que vous détenez à mon sujet.
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
qc-erasure-note-1 = En vertu de l'article 28 de la { $gdpr }, je peux faire supprimer un renseignement personnel me concernant si sa collecte ou sa conservation n'est pas autorisée par la loi. Dans sa décision 1023158-S, la Commission d'accès à l'information du Québec a conclu que vous aviez recueilli des images de personnes et créé des identifiants biométriques à partir de celles-ci sans leur consentement, et vous a ordonné, à l'égard de l'exploitation de votre entreprise au Québec, de cesser de recueillir ces images et de les utiliser pour créer des identifiants biométriques, ainsi que de détruire les images recueillies sans consentement et les identifiants biométriques. Je n'ai jamais consenti à la collecte d'images de moi ni à la création d'identifiants biométriques à partir de celles-ci : ni leur collecte ni leur conservation ne sont donc autorisées par la loi. Je vous demande de les supprimer et de vous conformer, en ce qui me concerne, aux ordonnances de la Commission.
qc-erasure-note-2 = Dans la mesure où vous diffusez des renseignements personnels me concernant, notamment en présentant des images de moi dans les résultats de recherche fournis à vos clients, je vous demande en outre de cesser cette diffusion et de désindexer tout hyperlien rattaché à mon nom permettant d'accéder à ces renseignements (art. 28.1 { $gdpr }). Cet article s'applique notamment lorsque la diffusion contrevient à la loi; la Commission ayant conclu que vous aviez recueilli ces images contrairement à la loi, j'estime que leur diffusion y contrevient également. Les articles 30, 32 et 34 de la { $gdpr } s'appliquent à cette demande.
qc-erasure-note-3 = Dans la mesure où vous invoqueriez un quelconque consentement de ma part, je le retire.
qc-erasure-note-4 = Je vous prie de m'indiquer les mesures que vous prendrez pour que des images de moi ne soient pas recueillies de nouveau. Si vous conservez un renseignement me concernant à cette fin, précisez-moi exactement lequel.
qc-erasure-note-5 = Je vous prie de me confirmer la suppression par écrit, en précisant ce que vous avez supprimé, y compris les copies de sauvegarde et les identifiants biométriques.

## Identification (art. 30)

qc-identification-heading = Identification
qc-identification-no-photo = Selon l'article 30 de la { $gdpr }, la demande doit être faite par écrit par une personne justifiant de son identité à titre de personne concernée. La présente lettre, signée, indique mes nom et adresse. Si vous avez raisonnablement besoin d'autres renseignements pour vérifier mon identité, précisez-moi lesquels et pourquoi; je ne vous transmettrai une copie d'une pièce d'identité que si vous démontrez qu'elle est nécessaire. Si votre système ne permet d'effectuer une recherche qu'à partir d'une photographie de mon visage, faites-le-moi savoir; je vous en fournirai alors une, uniquement aux fins de la présente demande.
qc-identification-photo = Je joins une photographie de mon visage uniquement pour vous permettre de retrouver les renseignements personnels me concernant. Je consens à une seule recherche dans votre base de données au moyen d'un gabarit biométrique tiré de cette photographie, aux seules fins de la présente demande. Je ne consens à aucune autre utilisation : n'ajoutez ni la photographie ni le gabarit à votre base de données et ne les communiquez à personne. Une fois la présente demande traitée, détruisez la photographie, le gabarit et les résultats de la recherche, et confirmez-moi que vous l'avez fait.

## Décisions

qc-decisions-heading = Décisions et conclusions visant { $controller }
qc-decisions-own = Au Québec :
qc-decisions-other = La décision de la Commission fait suite à une enquête conjointe menée avec le Commissariat à la protection de la vie privée du Canada et les commissariats à l'information et à la protection de la vie privée de la Colombie-Britannique et de l'Alberta. Les conclusions et décisions suivantes portent sur les mêmes pratiques de { $controller }; je les invoque également :
# $breaches : les articles de la Loi que les sources secondaires indiquent pour la décision, déjà
# joints (« 2, 6, 13 et 14 »). L'article 2 est une définition : la phrase dit que la décision « renvoie »
# à ces articles, non que chacun a été enfreint.
qc-decision-breaches = Elle a conclu que la { $gdpr } s'applique à { $controller } et que celle-ci n'a pas respecté plusieurs de ses obligations légales; la décision renvoie notamment aux articles { $breaches } de la { $gdpr }.
# Les ordonnances de la Commission, dans les termes de son communiqué du 14 décembre 2021; le délai
# de 90 jours, d'après Direction informatique (14 décembre 2021), qui cite la Commission.
qc-order-stop-files = de cesser de constituer des dossiers sur autrui à l'occasion de l'exploitation d'une entreprise au Québec;
qc-order-stop-collecting = de cesser de recueillir des images, sans le consentement des personnes concernées, à l'occasion de l'exploitation d'une entreprise au Québec;
qc-order-stop-biometric = de cesser d'utiliser ces images pour créer des identifiants biométriques (vecteurs), sans le consentement des personnes concernées;
qc-order-destroy = de détruire, dans un délai de 90 jours, les images recueillies sans le consentement des personnes concernées ainsi que les identifiants biométriques;

## Délai de réponse et suites (art. 32)

qc-deadline-heading = Délai de réponse
qc-deadline-access = Vous devez donner suite à ma demande avec diligence et au plus tard dans les 30 jours de sa réception (art. 32 { $gdpr }). À défaut de réponse dans ce délai, { $controller } sera réputée avoir refusé d'y acquiescer.
qc-deadline-erasure = Vous devez donner suite à ma demande avec diligence et au plus tard dans les 30 jours de sa réception (art. 32 { $gdpr }). À défaut de réponse dans ce délai, { $controller } sera réputée avoir refusé d'y acquiescer.
qc-deadline-access-erasure = Vous devez donner suite à ma demande avec diligence et au plus tard dans les 30 jours de sa réception (art. 32 { $gdpr }); à défaut de réponse dans ce délai, { $controller } sera réputée avoir refusé d'y acquiescer. Une fois mes renseignements personnels communiqués, je vous prie de les supprimer sans délai.
# $authority, $address : la Commission d'accès à l'information du Québec et son adresse à Québec. Le
# délai de 30 jours du recours : CAI, « Recours devant la Commission » (voir l'en-tête).
qc-remedies = À défaut d'une réponse complète dans ce délai, je soumettrai, dans les 30 jours prévus à cette fin, une demande d'examen de mésentente à la { $authority }, { $address }. Je me réserve tous mes autres droits et recours.

## Relance

qc-subject-reminder = Objet : Relance — { $request }, que vous avez reçue le { $received }
# $ends : le dernier jour du délai de 30 jours.
qc-reminder-facts = Le { $received }, vous avez reçu { $request }; vous en trouverez une copie ci-jointe. Le délai de 30 jours dans lequel vous deviez y donner suite (art. 32 { $gdpr }) a expiré le { $ends }.
qc-reminder-no-reply = Je n'ai reçu aucune réponse de votre part. En vertu de l'article 32 de la { $gdpr }, { $controller } est donc réputée avoir refusé d'acquiescer à ma demande, sans m'avoir notifié par écrit les motifs de ce refus.
qc-reminder-incomplete = Votre réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et vous ne m'avez pas notifié par écrit les motifs pour lesquels vous refusez le reste.
# $grace : une date quatorze jours après la présente lettre.
qc-reminder-demand = Je vous demande de donner suite intégralement à ma demande sans autre délai et, en tout état de cause, au plus tard le { $grace }.
# La demande d'examen de mésentente doit être adressée à la Commission dans les 30 jours du refus ou de
# l'expiration du délai de réponse (CAI, « Recours devant la Commission »); la relance ne suspend pas ce
# délai, qui peut expirer avant la date accordée ci-dessus.
qc-reminder-remedies = À défaut, je soumettrai sans autre avis une demande d'examen de mésentente à la { $authority }, { $address }. La présente relance ne suspend pas le délai de 30 jours, courant depuis votre refus ou l'expiration du délai de réponse, dans lequel cette demande doit être adressée à la Commission : je la lui adresserai au besoin avant même la date indiquée ci-dessus. Je me réserve tous mes autres droits et recours.

## Demande d'examen de mésentente à la Commission d'accès à l'information

qc-subject-complaint = Objet : Demande d'examen de mésentente — { $controller } (Loi sur la protection des renseignements personnels dans le secteur privé)
# $controller_address : l'adresse postale de Clearview sur une ligne.
qc-complaint-intro = Par la présente, je soumets à la Commission une demande d'examen de mésentente avec { $controller }, { $controller_address }, en vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, RLRQ, c. P-39.1 (la « { $gdpr } »). La mésentente porte sur { $request }, que { $controller } a reçue le { $received }; vous en trouverez une copie ci-jointe.
qc-complaint-no-reply = { $controller } n'a pas répondu à ma demande. Le délai de 30 jours dans lequel elle devait y donner suite (art. 32 { $gdpr }) a expiré le { $ends }; elle est donc réputée avoir refusé d'y acquiescer.
qc-complaint-incomplete = { $controller } a répondu, mais de façon incomplète, et ne m'a pas notifié par écrit les motifs pour lesquels elle refuse le reste. Une copie de sa réponse est jointe.
qc-complaint-refused = { $controller } a refusé d'acquiescer à ma demande. Une copie de sa réponse est jointe.
qc-complaint-identity-demanded = { $controller } a subordonné sa réponse à la production de renseignements d'identification que j'estime excessifs, tels que la copie d'une pièce d'identité. Une copie de sa réponse est jointe.
# $reminded : la date de la relance.
qc-complaint-reminded = Le { $reminded }, j'ai adressé une relance à { $controller }; elle n'a pas donné suite à ma demande. Une copie de cette relance est jointe.
qc-complaint-breaches = À mon avis, { $controller } a contrevenu à la { $gdpr }, notamment :
# Les manquements, comme éléments de liste commençant par « en ».
qc-breach-no-reply = en ne donnant pas suite à ma demande dans les 30 jours de sa réception (art. 32);
qc-breach-incomplete = en ne me notifiant pas par écrit les motifs de son refus quant à la partie de ma demande à laquelle elle n'a pas donné suite;
qc-breach-refused = en refusant d'acquiescer à ma demande sans invoquer de motif que la { $gdpr } reconnaît;
qc-breach-identity-demanded = en refusant de donner suite à ma demande tant que je ne lui fournis pas ces renseignements, alors que ma demande écrite et signée suffisait, à mon avis, à justifier de mon identité à titre de personne concernée (art. 30);
qc-breach-access = en ne me communiquant pas l'ensemble des renseignements personnels qu'elle détient à mon sujet (art. 27);
qc-breach-erasure = en ne supprimant pas les renseignements personnels me concernant, dont la collecte et la conservation ne sont pas autorisées par la loi (art. 28), alors que la Commission lui a ordonné, dans sa décision 1023158-S, de détruire les images recueillies sans le consentement des personnes concernées ainsi que les identifiants biométriques;
qc-complaint-decisions = La Commission s'est déjà prononcée contre { $controller }, et d'autres conclusions et décisions canadiennes portent sur les mêmes pratiques :
qc-complaint-requests = Je demande à la Commission :
qc-complaint-ask-1 = d'examiner la présente mésentente et d'ordonner à { $controller } de donner suite à ma demande;
qc-complaint-ask-2 = de considérer en outre la présente demande, dans la mesure nécessaire, comme une plainte visant le non-respect par { $controller } de la décision 1023158-S à l'égard des renseignements personnels qui me concernent, et de prendre les mesures relevant de ses pouvoirs pour en assurer le respect;
qc-complaint-ask-3 = de m'informer de la suite donnée à la présente demande.
qc-complaint-consent-share = Je consens à ce que la Commission communique la présente demande, avec mon nom, à { $controller } aux fins de son examen.

## La formule de politesse d'une lettre canadienne, comme dans les lettres fédérales (ca-closing).

qc-closing = Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
