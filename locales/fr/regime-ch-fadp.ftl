### facerights — lettres fondées sur la loi fédérale sur la protection des données révisée (LPD,
### RS 235.1, en vigueur depuis le 1er septembre 2023), français (Suisse).
###
### Usage juridique suisse : « données personnelles », « traitement », « responsable du traitement »,
### « personne concernée », « atteinte à la personnalité », « dénonciation » (art. 49 LPD). Les
### dispositions sont citées comme en Suisse romande, en texte et non avec REF (qui écrirait la forme
### de l'UE, « article 25, paragraphe 6 ») : « art. 25 al. 6 LPD », « art. 30 al. 2 let. b LPD ».
### L'autorité est le « Préposé fédéral à la protection des données et à la transparence (PFPDT) »,
### nom vérifié sur edoeb.admin.ch ; elle est nommée dans le texte, non avec $authority.
###
### L'art. 3 al. 1 LPD (principe des effets) régit les obligations de droit public et le PFPDT ; pour
### les prétentions de droit privé (accès, art. 32), l'art. 3 al. 2 LPD renvoie à la LDIP (art. 139
### al. 1 let. a et al. 3 LDIP : choix du droit de la résidence habituelle). Sources des dispositions
### ajoutées lors de la relecture (art. 3 al. 2, 31 al. 1, 60 al. 1 let. a LPD ; art. 139 LDIP) : en
### tête du fichier anglais.
###
### Variables disponibles dans chaque message : $gdpr (law-short-ch) et $controller
### (« Clearview AI, Inc. », désignée comme « la société », accord au féminin). Aucun participe ne
### s'accorde avec l'auteur, dont le genre est inconnu.

law-short-ch = LPD

## Ce que demandait la première lettre, comme complément d'objet (« vous avez reçu … »,
## « Copie de …, reçue le … ») : féminin, « ma demande ».

ch-request-name-access = ma demande d'accès fondée sur l'art. 25 LPD
ch-request-name-erasure = ma demande d'effacement de mes données personnelles, assortie de mon opposition à leur traitement
ch-request-name-access-erasure = ma demande d'accès fondée sur l'art. 25 LPD, assortie de mon opposition au traitement de mes données personnelles et de ma demande de leur effacement ultérieur

## La demande

ch-subject-access = Objet : Demande d'accès selon l'art. 25 de la loi fédérale sur la protection des données (LPD)
ch-subject-erasure = Objet : Opposition au traitement de mes données personnelles et demande d'effacement (art. 30 al. 2 let. b et art. 32 al. 2 LPD)
ch-subject-access-erasure = Objet : Demande d'accès selon l'art. 25 LPD, opposition au traitement et demande d'effacement ultérieur de mes données personnelles
ch-intro-access = J'habite en Suisse. En vertu de l'art. 25 de la loi fédérale sur la protection des données (LPD, RS 235.1), je vous demande de m'indiquer si la société { $controller } traite des données personnelles me concernant et, le cas échéant, lesquelles. Je n'ai pas à motiver cette demande.
ch-intro-erasure = J'habite en Suisse. Je m'oppose expressément à tout traitement de données personnelles me concernant par la société { $controller } et vous demande d'effacer toutes les données personnelles me concernant que vous détenez, de cesser de collecter des images de moi et de ne communiquer à des tiers aucune donnée personnelle me concernant.
ch-intro-access-erasure = J'habite en Suisse. En vertu de l'art. 25 de la loi fédérale sur la protection des données (LPD, RS 235.1), je vous demande de m'indiquer si la société { $controller } traite des données personnelles me concernant et, le cas échéant, lesquelles. Une fois ces renseignements fournis, je vous demande d'effacer ces données. Dès à présent, je m'oppose à tout traitement de données personnelles me concernant qui n'est pas nécessaire pour répondre à la présente demande.
ch-applicability-1 = La LPD s'applique aux états de fait qui déploient des effets en Suisse, même s'ils se sont produits à l'étranger (art. 3 al. 1 LPD). La collecte d'images de personnes se trouvant en Suisse à laquelle vous procédez, et les recherches que vos clients effectuent parmi ces images, déploient de tels effets. En 2020, le Préposé fédéral à la protection des données et à la transparence (PFPDT) a estimé qu'en collectant des données faciales, vous violiez la sphère privée des personnes concernées en Suisse (voir ci-dessous). Pour mes prétentions de droit privé, y compris mon droit d'accès et les prétentions de l'art. 32 LPD, l'art. 3 al. 2 LPD renvoie à la loi fédérale sur le droit international privé (LDIP). Selon l'art. 139 al. 1 let. a et al. 3 LDIP, je peux soumettre les prétentions résultant d'une atteinte à la personnalité par le traitement de données personnelles ou d'une entrave au droit d'accès aux données personnelles au droit de l'État de ma résidence habituelle, pour autant que vous ayez dû vous attendre à ce que le résultat se produise dans cet État. Vous collectez des images de personnes se trouvant en Suisse et deviez donc vous attendre à ce qu'il s'y produise. Je choisis le droit suisse.

## Accès (art. 25 LPD)

ch-access-heading = Accès à mes données personnelles (art. 25 LPD)
ch-access-ask = Je vous prie de me communiquer tous les renseignements nécessaires pour que je puisse faire valoir mes droits selon la LPD, et en tout cas les données personnelles traitées en tant que telles (art. 25 al. 2 let. b LPD), en particulier :
ch-access-item-1 = toute image sur laquelle j'apparais ou que vous associez à ma personne, telle que vous la détenez ;
ch-access-item-2 = pour chaque image, l'adresse (URL) de la page web et de l'image où vous l'avez collectée, ainsi que la date de la collecte (les informations disponibles sur l'origine des données, art. 25 al. 2 let. e LPD) ;
ch-access-item-3 = les données biométriques et les gabarits (vecteurs) que vous avez tirés de mon visage, ainsi que toute autre donnée que vous avez déduite à mon sujet ;
ch-access-item-4 = les enregistrements de chaque recherche ayant donné pour résultat une image de moi ou lors de laquelle une image de mon visage a été téléversée, avec la date de chaque recherche et le client qui l'a effectuée ;
ch-access-item-5 = les destinataires ou les catégories de destinataires auxquels vous avez communiqué des données personnelles me concernant (art. 25 al. 2 let. g LPD) ; si vous pouvez nommer ces destinataires, je vous prie de le faire.
ch-access-note-1 = Je vous prie également de m'indiquer votre identité et vos coordonnées, la finalité de chaque traitement, la durée de conservation des données ou, si cela n'est pas possible, les critères pour fixer cette durée, et si vous prenez à mon égard des décisions individuelles automatisées ainsi que la logique sur laquelle elles reposent (art. 25 al. 2 let. a, c, d et f LPD). La présente demande porte aussi sur les données que vos prestataires traitent pour votre compte (art. 25 al. 4 LPD).
ch-access-note-2 = Vous devez fournir les renseignements gratuitement (art. 25 al. 6 LPD) ; votre base de données est conçue pour être interrogée à partir de visages, de sorte que répondre à la présente demande n'exige aucun effort disproportionné. Si vous refusez, restreignez ou différez la communication des renseignements, vous devez m'en indiquer le motif (art. 26 al. 4 LPD). Les personnes privées qui fournissent intentionnellement des renseignements inexacts ou incomplets sont, sur plainte, punies d'une amende de 250 000 francs au plus (art. 60 al. 1 let. a LPD).

## Effacement (opposition selon l'art. 30 al. 2 let. b et prétentions de l'art. 32 al. 2 LPD)

ch-erasure-heading = Opposition et effacement de mes données personnelles
ch-erasure-after-access = Une fois les renseignements fournis, je vous prie d'effacer toutes les données personnelles me concernant que vous détenez.
ch-erasure-ask = L'effacement doit porter sur :
ch-erasure-item-1 = toute image de moi et toute copie de celle-ci ;
ch-erasure-item-2 = les gabarits biométriques (vecteurs) tirés de mon visage ;
ch-erasure-item-3 = les adresses web et autres données associées à ces images ;
ch-erasure-item-4 = les résultats de recherche, journaux de recherche et associations me concernant ;
ch-erasure-item-5 = toutes les copies figurant dans des sauvegardes, des archives et les systèmes de vos prestataires.
ch-erasure-note-1 = Mon opposition vise en particulier la collecte d'images de moi et leur analyse biométrique ; j'interdis expressément ce traitement. Il y a atteinte à la personnalité lorsque des données personnelles sont traitées contre la manifestation expresse de la volonté de la personne concernée (art. 30 al. 2 let. b LPD). Pour les images de moi qui seraient accessibles à tout un chacun sur Internet, vous ne pouvez pas invoquer l'art. 30 al. 3 LPD : cette disposition suppose que la personne concernée a rendu les données accessibles à tout un chacun et ne s'est pas opposée expressément au traitement ; je m'oppose expressément à ce traitement par la présente.
ch-erasure-note-2 = Je n'ai jamais consenti à la collecte d'images de moi ni au traitement de données biométriques qui en sont tirées. Dans la mesure où vous vous prévaudriez d'un consentement de ma part, je le révoque. Une atteinte à la personnalité est illicite à moins d'être justifiée par le consentement de la personne concernée, par un intérêt prépondérant privé ou public, ou par la loi (art. 31 al. 1 LPD). Ni un consentement, ni un intérêt prépondérant, ni la loi ne justifient la collecte d'images de moi et leur analyse biométrique contre ma volonté expresse.
ch-erasure-note-3 = L'interdiction du traitement, l'interdiction de la communication de mes données personnelles à des tiers ainsi que leur effacement ou leur destruction sont des prétentions que je peux faire valoir devant les tribunaux civils (art. 32 al. 2 let. a à c LPD). Je vous invite à vous y conformer de votre plein gré ; à défaut, je ferai valoir ces prétentions en justice.
ch-erasure-note-4 = Je vous prie de m'indiquer ce que vous ferez pour que des images de moi ne soient plus collectées. Si vous conservez à cette fin des données me concernant, indiquez-moi précisément lesquelles.
ch-erasure-note-5 = Je vous prie de me confirmer l'effacement par écrit, en précisant ce que vous avez effacé, y compris les copies figurant dans des sauvegardes et les gabarits dérivés.

## Identification

ch-identification-heading = Identification
ch-identification-no-photo = Les informations figurant dans la présente lettre suffisent pour y répondre. Si vous avez raisonnablement besoin d'autres informations pour m'identifier, indiquez-moi précisément lesquelles et pourquoi ; je ne vous enverrai une copie d'une pièce d'identité que si vous démontrez qu'elle est nécessaire. Si votre système ne peut être interrogé qu'au moyen d'une photographie de mon visage, dites-le-moi ; je vous en fournirai alors une, uniquement pour la présente demande.
ch-identification-photo = Je joins une photographie de mon visage uniquement pour que vous puissiez retrouver les données personnelles me concernant. Je consens expressément à une seule recherche dans votre base de données au moyen d'un gabarit établi à partir de cette photographie, pour la présente demande uniquement. Je ne consens à aucune autre utilisation : n'ajoutez ni la photographie ni le gabarit à votre base de données et ne les communiquez pas. Une fois la présente demande traitée, détruisez la photographie, le gabarit et les résultats de la recherche, et confirmez-le-moi.

## Prises de position du PFPDT et décisions rendues à l'étranger

ch-decisions-heading = L'autorité suisse de surveillance et les décisions rendues à l'étranger
ch-decisions-own = En Suisse, le Préposé fédéral à la protection des données et à la transparence (PFPDT) a fait connaître publiquement son appréciation de vos traitements. Il s'agit de prises de position publiques, non d'une recommandation ou d'une décision : je n'ai connaissance d'aucune recommandation ni décision formelle du PFPDT à l'encontre de la société { $controller }.
ch-decisions-other = Des autorités de contrôle de l'Union européenne ont jugé illicite le même traitement effectué par la société { $controller }. Leurs décisions appliquent le règlement général sur la protection des données de l'UE (RGPD), et non la LPD : la LPD ressemble au RGPD à bien des égards, mais elle est une loi distincte, et ces décisions ne vous lient pas en droit suisse. Je m'y réfère parce que leur raisonnement est également convaincant au regard de la LPD :
# $breaches : les dispositions dont la violation a été constatée, déjà jointes (aucune à ce jour).
ch-decision-breaches = Une violation de { $breaches } a été constatée.
# Ce qu'ont dit les prises de position du PFPDT (data/decisions.toml, outcome).
ch-outcome-personality-violation = Le Préposé a estimé que le fournisseur de l'application Clearview, en collectant des données faciales, violait la sphère privée des personnes concernées en Suisse et ne respectait pas les conditions d'utilisation des réseaux sociaux.
ch-outcome-own-request = Il a annoncé qu'il demanderait à la société { $controller }, en lieu et place des personnes concernées en Suisse, des renseignements sur les données qu'elle traite à son propre sujet ainsi que leur effacement. Le 10 mars 2020, il a indiqué que sa demande du 24 janvier 2020 était restée sans réponse et qu'il avait donc adressé un avertissement à l'entreprise.
ch-outcome-mass-collection = Le Préposé a expliqué que la collecte massive de données faciales sur Internet sans le consentement des personnes concernées constitue une atteinte à leur personnalité au regard de l'ancienne LPD, quel que soit le lieu d'établissement de celui qui les collecte.

## Délai et suites

ch-deadline-heading = Délai de réponse
ch-deadline-access = Les renseignements sont en règle générale fournis dans les 30 jours (art. 25 al. 7 LPD). Je vous prie de me les fournir dans les 30 jours suivant la réception de la présente demande.
ch-deadline-erasure = Je vous prie de donner suite à la présente demande et de me confirmer l'effacement dans les 30 jours suivant sa réception.
ch-deadline-access-erasure = Les renseignements sont en règle générale fournis dans les 30 jours (art. 25 al. 7 LPD). Je vous prie de me les fournir dans les 30 jours suivant la réception de la présente demande, puis d'effacer les données sans délai.
ch-remedies = Si vous ne répondez pas de manière complète dans ce délai, je ferai valoir mes droits fondés sur la LPD devant les tribunaux civils suisses et j'adresserai une dénonciation au PFPDT (art. 49 LPD). Je réserve tous mes autres droits.

## Relance

ch-subject-reminder = Objet : Relance concernant { $request }, que vous avez reçue le { $received }
# $kind : access, erasure ou access-erasure ; $ends : la fin du délai.
ch-reminder-facts = Le { $received }, vous avez reçu { $request } ; vous en trouverez une copie ci-jointe. { $kind ->
    [erasure] Le délai de 30 jours que je vous avais imparti pour y donner suite a expiré le { $ends }.
   *[other] Les renseignements sont en règle générale fournis dans les 30 jours (art. 25 al. 7 LPD) ; ce délai a expiré le { $ends }.
}
ch-reminder-no-reply = { $kind ->
    [erasure] Je n'ai reçu aucune réponse de votre part et vous ne m'avez pas confirmé l'effacement.
   *[other] Je n'ai reçu de votre part ni réponse, ni indication du motif pour lequel vous refuseriez, restreindriez ou différeriez la communication des renseignements (art. 26 al. 4 LPD).
}
ch-reminder-incomplete = { $kind ->
    [erasure] Votre réponse est incomplète : elle ne confirme pas l'effacement de tout ce dont j'ai demandé l'effacement.
   *[other] Votre réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et vous ne m'avez pas indiqué le motif pour lequel vous refusez ou restreignez le reste (art. 26 al. 4 LPD).
}
# $grace : une date quatorze jours après la présente lettre.
ch-reminder-demand = Je vous prie de satisfaire pleinement à ma demande sans plus tarder et, en tout état de cause, au plus tard le { $grace }.
ch-reminder-remedies = À défaut, je ferai valoir mes droits fondés sur la LPD devant les tribunaux civils suisses et j'adresserai une dénonciation au PFPDT (art. 49 LPD), sans autre avis.

## The frame of a Swiss letter (no ß in Swiss German: "Grüssen", "ausschliesslich").

ch-closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
ch-enclosure-photo = Photographie de mon visage, fournie uniquement pour permettre mon identification aux fins de la présente demande

## European decisions cited as persuasive: as letter.ftl words them.

ch-decision-kind-injunction-order = ordonnance-injonction (ordinanza ingiunzione) n° { $reference }
ch-decision-kind-fines-and-penalty-orders = décision (amendes et injonctions sous astreinte)
ch-summary-fine = amende de { $amount }
ch-summary-no-fine = aucune amende
