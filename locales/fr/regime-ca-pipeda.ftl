### facerights — lettres fondées sur la Loi sur la protection des renseignements personnels et les
### documents électroniques, L.C. 2000, ch. 5 (LPRPDE) (Canada, fédéral), en français.
###
### Traduction de locales/en/regime-ca-pipeda.ftl (même structure, mêmes identifiants). Vocabulaire
### de la version française de la Loi et du Commissariat : « organisation », « renseignements
### personnels », « communication » (disclosure), « plainte » au commissaire, « réputée avoir refusé
### d'acquiescer à la demande ». Citations à la manière des juristes canadiens d'expression
### française : « l'article 8 de la LPRPDE », « paragraphe 8(3) », « alinéa 12.2(1)e) », « principe
### 4.9 de l'annexe 1 »; la décision Doan sous son intitulé français, « Doan c. Clearview AI Inc.,
### 2023 CF 236 »; le rapport sous son titre français, « Conclusions en vertu de la LPRPDE n° 2021-001 ».
###
### Sources : celles de la version anglaise (voir son en-tête), dont le paragraphe 5(3) (fins
### acceptables) et le principe 4.9 (accès gratuit ou à coût minime).
###
### Aucun participe ne s'accorde avec l'auteur de la lettre. Les éléments de liste se terminent par
### « ; » : facerights remplace le dernier par un point.
###
### Variables disponibles dans chaque message : $gdpr (le nom abrégé de la loi, law-short-ca) et
### $controller (« Clearview AI, Inc. »).

law-short-ca = LPRPDE

## Citation : un jugement par son intitulé et sa référence neutre; une conclusion ou une ordonnance
## d'un commissaire par le commissariat, l'acte et sa date.

ca-decision-citation-titled = { $title }, { $reference }
ca-decision-citation = { $authority }, { $act }, { $date }
ca-decision-citation-undated = { $authority }, { $act }
# $reference : la référence publiée en anglais (« PIPEDA Findings #2021-001 »).
ca-decision-kind-report-of-findings = rapport de conclusions ({ $reference })

## Ce que demandait la première lettre, comme complément d'objet (relances, plainte, pièces jointes) :
## féminin, « ma demande ».

ca-request-name-access = ma demande d'accès à mes renseignements personnels fondée sur l'article 8 de la LPRPDE
ca-request-name-erasure = ma demande de suppression de mes renseignements personnels
ca-request-name-access-erasure = ma demande d'accès à mes renseignements personnels fondée sur l'article 8 de la LPRPDE, puis de suppression de ces renseignements

## La demande

ca-subject-access = Objet : Demande d'accès à mes renseignements personnels en vertu de l'article 8 de la Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)
ca-subject-erasure = Objet : Demande de suppression de mes renseignements personnels (LPRPDE; Conclusions en vertu de la LPRPDE n° 2021-001)
ca-subject-access-erasure = Objet : Demande d'accès à mes renseignements personnels en vertu de l'article 8 de la LPRPDE, puis de suppression de ces renseignements
ca-intro-access = Je me trouve au Canada. En vertu de l'article 8 de la Loi sur la protection des renseignements personnels et les documents électroniques, L.C. 2000, ch. 5 (LPRPDE), et du principe 4.9 de l'annexe 1 de cette loi, je demande à avoir accès aux renseignements personnels me concernant que détient { $controller }. La présente lettre constitue ma demande écrite au sens du paragraphe 8(1) de la LPRPDE.
ca-intro-erasure = Je me trouve au Canada. Je demande à { $controller } de supprimer tous les renseignements personnels me concernant qu'elle détient et de cesser de recueillir, d'utiliser et de communiquer des images de moi, comme l'a recommandé le Commissariat à la protection de la vie privée du Canada, pour les personnes se trouvant au Canada, au terme de l'enquête conjointe menée sur { $controller } en vertu de la Loi sur la protection des renseignements personnels et les documents électroniques, L.C. 2000, ch. 5 (LPRPDE).
ca-intro-access-erasure = Je me trouve au Canada. En vertu de l'article 8 de la Loi sur la protection des renseignements personnels et les documents électroniques, L.C. 2000, ch. 5 (LPRPDE), et du principe 4.9 de l'annexe 1 de cette loi, je demande à avoir accès aux renseignements personnels me concernant que détient { $controller }; la présente lettre constitue ma demande écrite au sens du paragraphe 8(1) de la LPRPDE. Une fois cet accès obtenu, je vous demande de supprimer ces renseignements, comme l'a recommandé le Commissariat à la protection de la vie privée du Canada pour les personnes se trouvant au Canada.
ca-applicability-1 = Le Commissariat à la protection de la vie privée du Canada a enquêté sur { $controller } en vertu de la LPRPDE, conjointement avec les autorités de protection des renseignements personnels du Québec, de la Colombie-Britannique et de l'Alberta, et a exposé ses constatations dans les Conclusions en vertu de la LPRPDE n° 2021-001. Les autorités provinciales ont ensuite rendu contre { $controller } des ordonnances exécutoires en vertu de leurs propres lois sur la protection des renseignements personnels dans le secteur privé, et les tribunaux de la Colombie-Britannique et de l'Alberta ont confirmé les ordonnances des commissaires de ces provinces. Ces décisions sont citées ci-dessous.

## Accès (article 8 et principe 4.9 de l'annexe 1)

ca-access-heading = Accès à mes renseignements personnels (art. 8 de la LPRPDE; principe 4.9 de l'annexe 1)
ca-access-ask = Je vous prie de m'indiquer si vous détenez des renseignements personnels me concernant et de me donner accès à l'ensemble de ces renseignements (principe 4.9 de l'annexe 1), notamment :
ca-access-item-1 = toute image sur laquelle j'apparais ou que vous associez à ma personne, telle que vous la détenez;
ca-access-item-2 = pour chaque image, l'adresse (URL) de la page Web et de l'image à partir desquelles vous l'avez recueillie, ainsi que la date de sa collecte;
ca-access-item-3 = les renseignements biométriques et les vecteurs faciaux que vous avez tirés de mon visage, ainsi que tout autre renseignement que vous avez produit ou inféré à mon sujet;
ca-access-item-4 = la trace de chaque recherche dans laquelle j'ai figuré parmi les résultats ou pour laquelle une image de mon visage a été téléversée, avec la date de chaque recherche et le client qui l'a effectuée;
ca-access-item-5 = le nom des organisations et des organismes auxquels vous avez communiqué des renseignements personnels me concernant ou, si vous ne pouvez préciser auxquels vous les avez effectivement communiqués, le nom de ceux auxquels vous avez pu les communiquer.
ca-access-note-1 = Je vous prie également de m'indiquer l'usage que vous avez fait de ces renseignements, à qui vous les avez communiqués, à quelles fins, et de quelles sources vous les avez obtenus (principe 4.9 de l'annexe 1).
ca-access-note-2 = L'accès doit m'être donné gratuitement ou à un coût minime (principe 4.9 de l'annexe 1). Vous ne pouvez exiger de frais pour répondre à ma demande que si vous m'avez d'abord communiqué leur montant approximatif et que je vous ai ensuite fait savoir que je ne retire pas ma demande (paragraphe 8(6) de la LPRPDE). Si vous refusez de donner suite à ma demande, en tout ou en partie, vous devez m'en aviser par écrit, en motivant votre refus et en m'indiquant les recours que m'ouvre la partie 1 de la LPRPDE (paragraphe 8(7)).

## Suppression

ca-erasure-heading = Suppression de mes renseignements personnels
ca-erasure-after-access = Une fois que vous m'aurez donné accès à mes renseignements personnels, je vous prie de supprimer tous les renseignements personnels me concernant que vous détenez.
ca-erasure-ask = Ma demande de suppression vise :
ca-erasure-item-1 = toute image de moi et toute copie de celle-ci;
ca-erasure-item-2 = les vecteurs faciaux biométriques tirés de mon visage;
ca-erasure-item-3 = les adresses Web et les autres renseignements associés à ces images;
ca-erasure-item-4 = les résultats de recherche, les traces de recherche et les associations qui me concernent;
ca-erasure-item-5 = toutes les copies conservées dans des sauvegardes, des archives et les systèmes de vos fournisseurs de services.
ca-erasure-note-1 = Le Commissariat à la protection de la vie privée du Canada a conclu que vous aviez recueilli, utilisé et communiqué des images de personnes se trouvant au Canada à des fins inacceptables et sans leur consentement, et vous a recommandé de cesser de recueillir, d'utiliser et de communiquer des images et des vecteurs faciaux biométriques de personnes se trouvant au Canada, et de supprimer ceux que vous avez recueillis (Conclusions en vertu de la LPRPDE n° 2021-001, citées ci-dessous). Ces recommandations ne sont pas contraignantes, et vous vous êtes dite en désaccord avec elles; toutefois, les autorités de protection des renseignements personnels de la Colombie-Britannique, de l'Alberta et du Québec ont depuis rendu des ordonnances exécutoires en ce sens à l'égard des personnes se trouvant dans leur province. En tant que personne se trouvant au Canada, je vous demande de donner suite à ces recommandations en ce qui concerne les renseignements me concernant.
ca-erasure-note-2 = Je n'ai jamais consenti à ce que vous recueilliez, utilisiez ou communiquiez des images de moi ou des renseignements biométriques tirés de celles-ci. Dans la mesure où vous invoqueriez un quelconque consentement de ma part, je le retire.
ca-erasure-note-3 = Je vous prie de m'indiquer les mesures que vous prendrez pour que des images de moi ne soient pas recueillies de nouveau. Si vous conservez un renseignement me concernant à cette fin, précisez-moi exactement lequel.
ca-erasure-note-4 = Je vous prie de me confirmer la suppression par écrit, en précisant ce que vous avez supprimé, y compris les copies de sauvegarde et les vecteurs faciaux qui en ont été tirés.

## Identification

ca-identification-heading = Identification
ca-identification-no-photo = Les renseignements figurant dans la présente lettre suffisent pour y répondre. Si vous avez raisonnablement besoin d'autres renseignements pour m'identifier, précisez-moi lesquels et pourquoi; je ne vous transmettrai une copie d'une pièce d'identité que si vous démontrez qu'elle est nécessaire. Si votre système ne permet d'effectuer une recherche qu'à partir d'une photographie de mon visage, faites-le-moi savoir; je vous en fournirai alors une, uniquement aux fins de la présente demande.
ca-identification-photo = Je joins une photographie de mon visage uniquement pour vous permettre de retrouver les renseignements personnels me concernant. Je consens à une seule recherche dans votre base de données au moyen d'un vecteur facial tiré de cette photographie, aux seules fins de la présente demande. Je ne consens à aucune autre utilisation : n'ajoutez ni la photographie ni le vecteur à votre base de données et ne les communiquez à personne. Une fois la présente demande traitée, supprimez la photographie, le vecteur et les résultats de la recherche, et confirmez-moi que vous l'avez fait.

## Décisions

ca-decisions-heading = Conclusions et décisions concernant { $controller }
ca-decisions-own = En vertu de la LPRPDE :
ca-decisions-other = Les autorités de protection des renseignements personnels de la Colombie-Britannique, de l'Alberta et du Québec, qui ont participé à la même enquête conjointe, ont rendu contre { $controller } des ordonnances exécutoires en vertu des lois de leur province sur la protection des renseignements personnels dans le secteur privé, et les tribunaux de la Colombie-Britannique et de l'Alberta ont confirmé les ordonnances des commissaires de ces provinces. J'invoque ces décisions à titre persuasif :
# $breaches : les dispositions auxquelles il y a eu contravention, déjà jointes. Le rapport fédéral n'en
# énumère aucune comme telle.
ca-decision-breaches = Il a conclu que { $controller } avait contrevenu aux dispositions { $breaches } de la LPRPDE.
# Les recommandations du Commissariat ne sont pas contraignantes; Clearview s'est dite en désaccord. Suivies
# des éléments ca-order-*, commençant par « de ».
ca-decision-recommended = Ses recommandations, qui ne sont pas contraignantes et avec lesquelles { $controller } s'est dite en désaccord, invitaient { $controller } :
# Les recommandations, comme éléments de liste.
ca-order-stop-offering = à cesser d'offrir son service de reconnaissance faciale au Canada;
ca-order-stop-collecting = à cesser de recueillir, d'utiliser et de communiquer des images et des vecteurs faciaux biométriques de personnes se trouvant au Canada;
ca-order-delete = à supprimer les images et les vecteurs faciaux biométriques de personnes se trouvant au Canada qu'elle avait recueillis;
ca-outcome-inappropriate-purposes = Au terme d'une enquête conjointe avec les autorités de protection des renseignements personnels du Québec, de la Colombie-Britannique et de l'Alberta, il a conclu que { $controller } avait recueilli, utilisé et communiqué les renseignements personnels de personnes se trouvant au Canada à des fins inacceptables, à savoir l'identification et la surveillance de masse de personnes, fins que le consentement ne pouvait rendre acceptables.
ca-outcome-no-consent = Il a également conclu que { $controller } n'avait pas obtenu leur consentement et que l'exception relative aux renseignements accessibles au public ne s'étend pas aux renseignements publiés dans les médias sociaux.

## Délai de réponse et suites

ca-deadline-heading = Délai de réponse
ca-deadline-access = Vous devez donner suite à la présente demande avec la diligence voulue et, en tout état de cause, au plus tard dans les trente jours suivant sa réception (paragraphe 8(3) de la LPRPDE). Vous ne pouvez proroger ce délai que pour les motifs prévus au paragraphe 8(4), d'au plus trente jours (sauf si vous avez besoin de plus de temps pour convertir les renseignements sur un support de substitution), et seulement en m'envoyant, au plus tard trente jours après la date de ma demande, un avis indiquant le nouveau délai, vos motifs et mon droit de porter plainte au commissaire à la protection de la vie privée du Canada au sujet de la prorogation. Faute de réponse dans le délai, votre organisation sera réputée avoir refusé d'acquiescer à ma demande (paragraphe 8(5)).
ca-deadline-erasure = Je vous prie de donner suite à la présente demande et de me confirmer la suppression dans les 30 jours suivant sa réception.
ca-deadline-access-erasure = Vous devez donner suite à ma demande d'accès avec la diligence voulue et, en tout état de cause, au plus tard dans les trente jours suivant sa réception (paragraphe 8(3) de la LPRPDE). Vous ne pouvez proroger ce délai que pour les motifs prévus au paragraphe 8(4), d'au plus trente jours (sauf si vous avez besoin de plus de temps pour convertir les renseignements sur un support de substitution), et seulement en m'envoyant, au plus tard trente jours après la date de ma demande, un avis indiquant le nouveau délai, vos motifs et mon droit de porter plainte au commissaire à la protection de la vie privée du Canada au sujet de la prorogation; faute de réponse dans le délai, votre organisation sera réputée avoir refusé d'acquiescer à ma demande (paragraphe 8(5)). Je vous prie ensuite de supprimer ces renseignements sans retard injustifié.
# $authority, $address : le Commissariat à la protection de la vie privée du Canada et son adresse.
ca-remedies = Si vous refusez ma demande ou n'y donnez pas suite intégralement dans ce délai, je pourrai déposer une plainte auprès du { $authority }, { $address }, en vertu de l'article 11 de la LPRPDE. Je me réserve tous mes autres droits.

## Relance

ca-subject-reminder = Objet : Relance — { $request }, que vous avez reçue le { $received }
# $kind : access, erasure ou access-erasure; $ends : la fin du délai.
ca-reminder-facts = Le { $received }, vous avez reçu { $request }; vous en trouverez une copie ci-jointe. { $kind ->
    [erasure] Le délai de 30 jours que je vous avais imparti pour y donner suite a expiré le { $ends }.
   *[other] Le délai de trente jours dans lequel vous deviez y répondre (paragraphe 8(3) de la LPRPDE) a expiré le { $ends }.
}
ca-reminder-no-reply = { $kind ->
    [erasure] Je n'ai reçu aucune réponse de votre part.
   *[other] Je n'ai reçu de votre part ni réponse ni avis de prorogation du délai (paragraphe 8(4) de la LPRPDE). Votre organisation est donc réputée avoir refusé d'acquiescer à ma demande (paragraphe 8(5)).
}
ca-reminder-incomplete = { $kind ->
    [erasure] Votre réponse est incomplète : vous ne m'avez pas confirmé avoir supprimé tout ce dont j'ai demandé la suppression, et vous ne m'en avez pas indiqué la raison.
   *[other] Votre réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et vous ne m'avez pas indiqué par écrit les motifs de votre refus quant au reste (paragraphe 8(7) de la LPRPDE).
}
# $grace : une date quatorze jours après la présente lettre.
ca-reminder-demand = Je vous demande de donner suite intégralement à ma demande sans autre délai et, en tout état de cause, au plus tard le { $grace }.
ca-reminder-remedies = À défaut, je pourrai déposer sans autre avis une plainte auprès du { $authority }, { $address }, en vertu de l'article 11 de la LPRPDE.

## Plainte au Commissariat à la protection de la vie privée du Canada (article 11 de la LPRPDE)
##
## Dans Doan c. Clearview AI Inc., 2023 CF 236, le Commissariat avait mis fin à l'examen de la plainte
## d'un particulier portant sur la collecte de Clearview, en vertu de l'alinéa 12.2(1)e), l'objet de la
## plainte ayant déjà fait l'objet d'un rapport. La plainte repose donc sur la demande de la personne
## elle-même; pour l'accès, sur le refus (réputé) au sens de l'article 8, que le paragraphe 11(3) traite
## à part. Qu'il s'agisse d'une question distincte est la thèse du plaignant, non un point établi :
## la lettre le dit.

ca-subject-complaint = Objet : Plainte en vertu de l'article 11 de la LPRPDE contre { $controller }
# $controller_address : l'adresse postale de Clearview sur une ligne.
ca-complaint-intro = Je dépose la présente plainte écrite en vertu du paragraphe 11(1) de la Loi sur la protection des renseignements personnels et les documents électroniques, L.C. 2000, ch. 5 (LPRPDE), contre { $controller }, { $controller_address }. Elle porte sur { $request }, que { $controller } a reçue le { $received }; vous en trouverez une copie ci-jointe. Je sais que votre Commissariat a mis fin à l'examen de la plainte d'un particulier portant sur la collecte d'images par { $controller }, en vertu de l'alinéa 12.2(1)e) de la LPRPDE, parce que cette question avait déjà fait l'objet d'un rapport (Doan c. Clearview AI Inc., 2023 CF 236, par. 2). { $kind ->
    [erasure] Ma plainte porte sur ma propre demande à { $controller }, présentée après la publication de ce rapport, et sur la façon dont { $controller } l'a traitée; je vous prie de l'examiner sous cet angle.
   *[other] Je soutiens que ma plainte porte sur une question distincte : elle concerne les obligations que l'article 8 de la LPRPDE impose à { $controller } à l'égard de ma propre demande d'accès, présentée après la publication de ce rapport.
}
# $kind : access, erasure ou access-erasure; $ends : la fin du délai.
ca-complaint-no-reply = { $controller } n'a pas répondu. { $kind ->
    [erasure] Le délai de 30 jours que je lui avais imparti a expiré le { $ends }.
   *[other] Le délai de trente jours dans lequel elle devait répondre (paragraphe 8(3) de la LPRPDE) a expiré le { $ends }, et elle ne m'a donné avis d'aucune prorogation (paragraphe 8(4)). Elle est donc réputée avoir refusé d'acquiescer à ma demande (paragraphe 8(5)); le délai de six mois dans lequel le paragraphe 11(3) exige que la présente plainte soit déposée court à compter de l'expiration de ce délai.
}
ca-complaint-incomplete = { $kind ->
    [erasure] { $controller } a répondu, mais ne m'a pas confirmé avoir supprimé tout ce dont j'ai demandé la suppression, et n'en a donné aucune raison. Une copie de sa réponse est jointe.
   *[other] { $controller } a répondu, mais de façon incomplète, et ne m'a pas indiqué par écrit les motifs de son refus quant au reste (paragraphe 8(7) de la LPRPDE). Une copie de sa réponse est jointe.
}
ca-complaint-refused = { $controller } a refusé de donner suite à ma demande. Une copie de sa réponse est jointe.
ca-complaint-identity-demanded = { $controller } a subordonné sa réponse à une identification que ma demande ne nécessitait pas, telle que la copie d'une pièce d'identité. Une copie de sa réponse est jointe.
# $reminded : la date de la relance.
ca-complaint-reminded = Le { $reminded }, j'ai adressé une relance à { $controller }; elle n'a toujours pas donné suite à ma demande. Une copie de cette relance est jointe.
ca-complaint-breaches = À mon avis, { $controller } ne s'est pas conformée à la LPRPDE, notamment pour les raisons suivantes :
# Les manquements, comme éléments de liste commençant par « elle »; $kind comme ci-dessus.
ca-breach-no-reply = { $kind ->
    [erasure] elle n'a pas répondu à ma demande de suppression de mes renseignements personnels, alors que j'ai retiré tout consentement qu'elle pourrait invoquer;
   *[other] elle n'a pas répondu à ma demande dans les trente jours, contrairement au paragraphe 8(3), de sorte qu'elle est réputée l'avoir refusée (paragraphe 8(5));
}
ca-breach-incomplete = { $kind ->
    [erasure] elle ne m'a pas confirmé la suppression de tous mes renseignements personnels, alors que j'ai retiré tout consentement qu'elle pourrait invoquer, et n'en a donné aucune raison;
   *[other] elle ne m'a pas indiqué par écrit les motifs de son refus quant à une partie de ma demande, contrairement au paragraphe 8(7);
}
ca-breach-refused = { $kind ->
    [erasure] elle a refusé de supprimer mes renseignements personnels, alors que j'ai retiré tout consentement qu'elle pourrait invoquer;
   *[other] elle a refusé ma demande sans motif que la LPRPDE reconnaît, contrairement à l'article 8 et au principe 4.9 de l'annexe 1;
}
ca-breach-identity-demanded = { $kind ->
    [erasure] elle a subordonné la suppression de mes renseignements personnels à une identification dont elle n'a pas besoin;
   *[other] elle a subordonné mon accès à une identification dont elle n'a pas besoin, contrairement à l'article 8 et au principe 4.9 de l'annexe 1;
}
ca-breach-access = elle ne m'a pas indiqué si elle détient des renseignements personnels me concernant, ni l'usage qu'elle en a fait et à qui elle les a communiqués, et ne m'y a pas donné accès, contrairement au principe 4.9 de l'annexe 1;
ca-breach-erasure = dans la mesure où elle détient des images de moi et des renseignements biométriques tirés de celles-ci, elle les a recueillis et les conserve pour son service de reconnaissance faciale à mon insu et sans mon consentement, et à des fins que votre Commissariat a jugées inacceptables dans les Conclusions en vertu de la LPRPDE n° 2021-001, contrairement au paragraphe 5(3) de la LPRPDE et au principe 4.3 de l'annexe 1;
ca-complaint-decisions = Votre Commissariat a déjà exposé ses constatations à l'égard de { $controller }, et les autorités de protection des renseignements personnels de la Colombie-Britannique, de l'Alberta et du Québec ont rendu contre elle des ordonnances exécutoires; les tribunaux de la Colombie-Britannique et de l'Alberta ont confirmé les ordonnances des commissaires de ces provinces :
ca-complaint-requests = Je vous demande :
ca-complaint-ask-1 = d'enquêter sur ma plainte;
ca-complaint-ask-2 = de recommander à { $controller } de donner suite intégralement à ma demande;
ca-complaint-ask-3 = de m'informer de l'issue de ma plainte. Je me réserve le droit de demander une audience à la Cour fédérale en vertu de l'article 14 de la LPRPDE.
ca-complaint-consent-share = J'accepte que vous communiquiez la présente plainte, avec mon nom, à { $controller } aux fins de l'enquête.

## La formule de politesse d’une lettre canadienne.

ca-closing = Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
