### facerights — letter text, French (fr).
###
### Translated from the reference locale (en). Legal terms follow the French language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679): « personne concernée »,
### « responsable du traitement », « destinataire », « autorité de contrôle », « dans les meilleurs
### délais », « limitation du traitement », « motifs légitimes et impérieux » (article 21, paragraphe 1),
### « garanties appropriées »…
###
### Variables available in every message:
###   $gdpr        short name of the law ("RGPD", or "UK GDPR" for United Kingdom letters);
###                both are masculine in French: write « du { $gdpr } », « au { $gdpr } ».
###   $controller  "Clearview AI, Inc." (referred to as « la société », feminine agreement)
###
### Register: formal letter from a private person (first person singular, « vous »). Avoid past
### participles agreeing with the author: the author's gender is unknown.

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = RGPD
law-short-uk = UK GDPR
# law-full-* are only used as $law_full, always after « du » (« l'article 15 du { $law_full } »,
# « au titre du { $law_full } »): write them without an article; law-full-uk continues « lu en combinaison avec le ».
law-full-eu = règlement (UE) 2016/679 (règlement général sur la protection des données, « RGPD »)
law-full-eea = règlement (UE) 2016/679 (règlement général sur la protection des données, « RGPD »), tel qu'intégré dans l'accord sur l'Espace économique européen
law-full-uk = United Kingdom General Data Protection Regulation (règlement général sur la protection des données du Royaume-Uni, « UK GDPR »), lu en combinaison avec le Data Protection Act 2018 (loi de 2018 sur la protection des données)

## Citations, in the style of French legal writing (CNIL, Conseil d'État, the French text of the
## GDPR): « article 15, paragraphe 1, point h), du RGPD ». Paragraphs and points are set off by
## commas, so a citation with a paragraph or point that is followed by its complement (« du
## { $gdpr } ») closes with a comma: messages ask for it with `case: "cont"` (« l'article 21,
## paragraphe 1, du RGPD »), and for the capitalised form at the start of a sentence with
## `case: "start"`. The plain value is for a citation that ends the phrase (« (article 15,
## paragraphe 1, point a)) »). Lists (the articles a decision found infringed) repeat « article »
## before each provision: « article 5, paragraphe 1, points a), b) et e), article 6 et article 9 »,
## because « articles 12, paragraphes 1 et 2 et 15 » would be ambiguous.
ref-a = article { $art }
    .start = Article { $art }
ref-ap = article { $art }, { $npar ->
        [one] paragraphe
       *[other] paragraphes
    } { $par }
    .cont = article { $art }, { $npar ->
        [one] paragraphe
       *[other] paragraphes
    } { $par },
    .start = Article { $art }, { $npar ->
        [one] paragraphe
       *[other] paragraphes
    } { $par },
ref-app = article { $art }, paragraphe { $par }, { $npt ->
        [one] point
       *[other] points
    } { $pt }
    .cont = article { $art }, paragraphe { $par }, { $npt ->
        [one] point
       *[other] points
    } { $pt },
    .start = Article { $art }, paragraphe { $par }, { $npt ->
        [one] point
       *[other] points
    } { $pt },
ref-an = article { $art }, point { $num })
    .cont = article { $art }, point { $num }),
    .start = Article { $art }, point { $num }),
ref-par = { $par }
ref-point = { $letter })
# Inside a list each provision keeps its head word (see above).
ref-item-a = article { $art }
ref-item-ap = article { $art }, { $npar ->
        [one] paragraphe
       *[other] paragraphes
    } { $par }
ref-item-app = article { $art }, paragraphe { $par }, { $npt ->
        [one] point
       *[other] points
    } { $pt }
ref-item-an = article { $art }, point { $num })
ref-list = { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: « en Italie », « aux Pays-Bas », « au Royaume-Uni », after « des personnes se
## trouvant ». $code: the ISO code; $name: the country's name in French (CLDR). Feminine names and
## names starting with a vowel take « en », masculine ones « au », plural ones « aux », islands
## without article « à ». The default « en { $name } » fits the feminine names of most states.
country-in = { $code ->
    [FR] en France
    [IT] en Italie
    [GR] en Grèce
    [AT] en Autriche
    [DE] en Allemagne
    [NL] aux Pays-Bas
    [GB] au Royaume-Uni
    [PT] au Portugal
    [LU] au Luxembourg
    [DK] au Danemark
    [LI] au Liechtenstein
    [CY] à Chypre
    [MT] à Malte
   *[other] en { $name }
}

## Letter frame

subject-access = Objet : Demande d'accès à mes données à caractère personnel en vertu de l'{ REF(15) } du { $gdpr }
subject-erasure = Objet : Demande d'effacement de mes données à caractère personnel en vertu de l'{ REF(17) } du { $gdpr } et opposition en vertu de l'{ REF(21, par: 1, case: "cont") } du { $gdpr }
subject-access-erasure = Objet : Demande d'accès en vertu de l'{ REF(15) } du { $gdpr }, de limitation du traitement en vertu de l'{ REF(18) } du { $gdpr } et d'effacement ultérieur en vertu de l'{ REF(17) } du { $gdpr }
salutation = Madame, Monsieur,
closing = Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
# $reference: the sender's own case or reference number.
our-reference = Ma référence : { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted ("Paris, le 10 février 2022").
place-date = { $place }, le { $date }
date-only = Le { $date }
# The label before the list of enclosures, with its punctuation (no-break space before the colon).
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Pièce jointe :
   *[other] Pièces jointes :
}
enclosure-photo = Photographie de mon visage, fournie uniquement pour permettre mon identification aux fins de la présente demande
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Page { $page } sur { $pages }

## Opening

# $law_full: one of law-full-* (see above: it follows « du »).
intro-access = Par la présente, j'exerce mon droit d'accès en vertu de l'{ REF(15) } du { $law_full }. Je vous prie de me confirmer si { $controller } traite ou non des données à caractère personnel me concernant et, lorsque tel est le cas, de me donner accès à ces données à caractère personnel ainsi qu'aux informations énumérées ci-dessous. Je n'ai pas à motiver la présente demande.
intro-erasure = Par la présente, j'exerce mon droit à l'effacement en vertu de l'{ REF(17) } du { $law_full }. Je vous demande d'effacer dans les meilleurs délais toutes les données à caractère personnel me concernant. Dans le même temps, je m'oppose, en vertu de l'{ REF(21, par: 1, case: "cont") } du { $gdpr }, à tout traitement de données à caractère personnel me concernant.
intro-access-erasure = Par la présente, j'exerce les droits que je tiens du { $law_full } : d'abord mon droit d'accès ({ REF(15) } du { $gdpr }), puis mon droit à l'effacement ({ REF(17) } du { $gdpr }). Je demande d'abord l'accès afin de savoir quelles données vous détenez à mon sujet avant qu'elles ne soient effacées. Je m'oppose, en vertu de l'{ REF(21, par: 1, case: "cont") } du { $gdpr }, à tout traitement de données à caractère personnel me concernant et, jusqu'à l'effacement, je vous demande de limiter le traitement ({ REF(18) } du { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision (« du 16 mai 2024 »).
applicability-eu = La société { $controller } est soumise au { $gdpr } : elle collecte des images de personnes se trouvant dans l'Union européenne et les traite afin de suivre leur comportement ({ REF(3, par: 2, pt: "b", case: "cont") } du { $gdpr }). Les autorités de contrôle de l'Italie, de la Grèce, de la France, de l'Autriche et des Pays-Bas lui ont appliqué le { $gdpr } et ont jugé son traitement illicite. Selon la décision de l'autorité de contrôle néerlandaise du { $representative_date }, elle n'avait pas désigné de représentant dans l'Union ({ REF(27) } du { $gdpr }). Je vous adresse donc directement la présente demande.
applicability-eea = La société { $controller } est soumise au { $gdpr } : elle collecte des images de personnes se trouvant dans l'Espace économique européen et les traite afin de suivre leur comportement ({ REF(3, par: 2, pt: "b", case: "cont") } du { $gdpr }). Les autorités de contrôle de l'Italie, de la Grèce, de la France, de l'Autriche et des Pays-Bas lui ont appliqué le { $gdpr } et ont jugé son traitement illicite. Selon la décision de l'autorité de contrôle néerlandaise du { $representative_date }, elle n'avait pas désigné de représentant dans l'Union ({ REF(27) } du { $gdpr }). Je vous adresse donc directement la présente demande.
applicability-uk = La société { $controller } est soumise au { $gdpr }. En 2025, l'Upper Tribunal a jugé que le traitement qu'elle effectue est lié au suivi du comportement de personnes se trouvant au Royaume-Uni ({ REF(3, par: 2, pt: "b", case: "cont") } du { $gdpr }). Je vous adresse directement la présente demande.

## Access (Article 15)

access-heading = Accès à mes données à caractère personnel ({ REF(15) } du { $gdpr })
access-copy = Je vous prie de me fournir une copie de toutes les données à caractère personnel me concernant que vous traitez ({ REF(15, par: 3, case: "cont") } du { $gdpr }), en particulier :
access-copy-images = chaque image sur laquelle j'apparais ou que vous associez à ma personne, dans la résolution dans laquelle vous la détenez ;
access-copy-sources = pour chaque image, l'adresse (URL) de la page web et du fichier image où elle a été collectée, le titre de la page ainsi que les dates auxquelles elle a été collectée et mise à jour pour la dernière fois ;
access-copy-metadata = toutes les métadonnées conservées pour chaque image, y compris les données de géolocalisation et les dates ;
access-copy-biometrics = les gabarits biométriques, vecteurs ou valeurs de hachage dérivés de mon visage, ainsi que toute autre donnée que vous avez dérivée ou déduite à mon sujet ;
access-copy-searches = les enregistrements de chaque recherche dans les résultats de laquelle je figurais, avec la date de chaque recherche ;
access-copy-probe = les enregistrements de chaque recherche pour laquelle un client a téléversé une image de mon visage afin d'interroger votre base de données, avec cette image, la date de la recherche et l'identité du client qui l'a effectuée ;
access-copy-recipients = l'identité de chaque client ou autre destinataire auquel des résultats me concernant ont été communiqués.
access-info = Je vous prie également de me fournir les informations suivantes ({ REF(15, par: "1 2", case: "cont") } du { $gdpr }) :
access-info-purposes = les finalités de chaque opération de traitement ({ REF(15, par: 1, pt: "a") }) et, pour chaque finalité, la base juridique sur laquelle vous vous fondez, que vous deviez en tout état de cause me communiquer ({ REF(14, par: 1, pt: "c") }) ;
access-info-categories = les catégories de données à caractère personnel concernées ({ REF(15, par: 1, pt: "b") }) ;
access-info-recipients = les destinataires auxquels les données à caractère personnel ont été ou seront communiquées, désignés nommément, en particulier les destinataires établis dans des pays tiers ou les organisations internationales ; les catégories de destinataires ne suffisent pas lorsque vous êtes en mesure d'identifier ces destinataires ({ REF(15, par: 1, pt: "c") } ; arrêt de la Cour de justice du 12 janvier 2023, Österreichische Post, C-154/21) ;
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = les destinataires auxquels les données à caractère personnel ont été ou seront communiquées, désignés nommément, en particulier les destinataires établis dans des pays tiers ou les organisations internationales ; les catégories de destinataires ne suffisent pas lorsque vous êtes en mesure d'identifier ces destinataires ({ REF(15, par: 1, pt: "c") }) ;
access-info-retention = la durée pendant laquelle chaque catégorie de données à caractère personnel sera conservée ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée ({ REF(15, par: 1, pt: "d") }) ;
access-info-rights = l'existence du droit de demander la rectification ou l'effacement de données à caractère personnel ou une limitation du traitement, ainsi que du droit de s'opposer à ce traitement ({ REF(15, par: 1, pt: "e") }) ;
access-info-complaint = le droit d'introduire une réclamation auprès d'une autorité de contrôle ({ REF(15, par: 1, pt: "f") }) ;
access-info-source = toute information disponible quant à la source des données à caractère personnel : les sites et pages web dont elles proviennent effectivement, et non de simples catégories de sources ({ REF(15, par: 1, pt: "g") }) ;
access-info-automated = l'existence d'une prise de décision automatisée, y compris un profilage, et des informations utiles concernant la logique sous-jacente, ainsi que l'importance et les conséquences prévues de ce traitement pour moi ({ REF(15, par: 1, pt: "h") }) ;
access-info-transfers = lorsque des données à caractère personnel sont transférées vers un pays tiers ou à une organisation internationale, les garanties appropriées prévues à l'{ REF(46) } du { $gdpr } en ce qui concerne ce transfert ({ REF(15, par: 2) }).
access-scope = La présente demande porte sur toutes les données à caractère personnel me concernant, dans l'ensemble de vos systèmes, y compris les données pseudonymisées et les données que vous avez dérivées ou déduites. Elle n'est limitée ni aux douze derniers mois ni à un nombre de demandes par an, et elle n'est pas subordonnée à son renouvellement : l'autorité de contrôle française (CNIL) a jugé illicites de telles restrictions appliquées par { $controller } dans sa délibération n° { $reference } du { $date }.
access-role = Pour chaque opération de traitement, veuillez également indiquer si vous l'effectuez en qualité de responsable du traitement ou de sous-traitant pour le compte d'un client et, dans ce dernier cas, pour le compte de qui ({ REF(4, num: 7) } et { REF(4, num: 8, case: "cont") } du { $gdpr }).
# United Kingdom letters only. REF cannot write « 1A »: the citation is written out.
access-search-uk = J'ai droit aux données à caractère personnel et aux informations que vous êtes en mesure de fournir sur la base d'une recherche raisonnable et proportionnée (article 15, paragraphe 1A, du { $gdpr }). Votre base de données est conçue pour être interrogée à partir d'un visage : une recherche dans celle-ci à partir de mon visage, ainsi que dans les enregistrements des recherches dans les résultats desquelles je figurais ou pour lesquelles mon visage a été téléversé, est raisonnable et proportionnée, quel qu'en soit le volume.
access-format = Je vous prie de me fournir la copie gratuitement ({ REF(12, par: 5, case: "cont") } et { REF(15, par: 3, case: "cont") } du { $gdpr }), en des termes clairs et simples ({ REF(12, par: 1, case: "cont") } du { $gdpr }) et, si vous me répondez par voie électronique, sous une forme électronique d'usage courant ({ REF(15, par: 3, case: "cont") } du { $gdpr }).

## Erasure (Article 17)

erasure-heading = Effacement de mes données à caractère personnel ({ REF(17) } du { $gdpr })
erasure-after-access = Une fois que vous m'aurez fourni la copie et les informations demandées ci-dessus, je vous prie d'effacer dans les meilleurs délais toutes les données à caractère personnel me concernant ({ REF(17, par: 1, case: "cont") } du { $gdpr }).
erasure-scope = L'effacement doit porter sur :
erasure-scope-images = chaque image de moi et chacune de ses copies ;
erasure-scope-biometrics = les gabarits biométriques, vecteurs et valeurs de hachage dérivés de mon visage ;
erasure-scope-metadata = les métadonnées et les adresses sources (URL) associées à ces images ;
erasure-scope-searches = les résultats de recherche, journaux de recherche et associations qui me concernent ;
erasure-scope-backups = toutes les copies figurant dans des sauvegardes, dans des archives et dans les systèmes de vos sous-traitants.
erasure-grounds = Les motifs d'effacement suivants s'appliquent :
erasure-ground-unlawful = { REF(17, par: 1, pt: "d", case: "start") } du { $gdpr } : les données à caractère personnel ont fait l'objet d'un traitement illicite. Vous ne disposez d'aucune base juridique au titre de l'{ REF(6, par: 1, case: "cont") } du { $gdpr }. Les données biométriques ({ REF(4, num: 14, case: "cont") } du { $gdpr }) traitées aux fins d'identifier une personne physique de manière unique relèvent des catégories particulières de données à caractère personnel, dont l'{ REF(9, par: 1, case: "cont") } du { $gdpr } interdit le traitement. Aucune des exceptions prévues à l'{ REF(9, par: 2, case: "cont") } ne s'applique : je n'ai pas donné de consentement explicite au traitement de mes données biométriques dans votre base de données ({ REF(9, par: 2, pt: "a") }), et les images pouvant être trouvées sur internet n'ont pas été manifestement rendues publiques par moi en vue d'un traitement biométrique ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d", case: "start") } du { $gdpr } : les données à caractère personnel ont fait l'objet d'un traitement illicite. Vous ne disposez d'aucune base juridique au titre de l'{ REF(6, par: 1, case: "cont") } du { $gdpr }. Les données biométriques ({ REF(4, num: 14, case: "cont") } du { $gdpr }) traitées aux fins d'identifier une personne physique de manière unique relèvent des catégories particulières de données à caractère personnel, dont l'{ REF(9, par: 1, case: "cont") } du { $gdpr } interdit le traitement. Aucune des exceptions prévues à l'{ REF(9, par: 2, case: "cont") } du { $gdpr }, lu en combinaison avec l'annexe 1 (Schedule 1) du Data Protection Act 2018, ne s'applique : je n'ai pas donné de consentement explicite au traitement de mes données biométriques dans votre base de données ({ REF(9, par: 2, pt: "a") }), et les images pouvant être trouvées sur internet n'ont pas été manifestement rendues publiques par moi en vue d'un traitement biométrique ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c", case: "start") } du { $gdpr } : je m'oppose au traitement en vertu de l'{ REF(21, par: 1, case: "cont") } du { $gdpr }, pour des raisons tenant à ma situation particulière : mon visage est un identifiant permanent que je ne peux pas modifier, et sa présence dans votre base de données permet à chacun de vos clients de m'identifier à partir de n'importe quelle photographie, quels que soient le lieu et le moment où elle a été prise.
# The person's own words (--objection-grounds), in French quotation marks; same item as the objection.
erasure-ground-objection-own = Pour reprendre mes propres termes : « { $grounds } »
# Art. 21(1), French text: « à moins qu'il ne démontre qu'il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur les intérêts et les droits et libertés de la personne concernée ».
erasure-ground-objection-burden = Vous devez donc cesser le traitement, à moins que vous ne démontriez qu'il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts et mes droits et libertés, ou pour la constatation, l'exercice ou la défense de droits en justice ({ REF(21, par: 1, case: "cont") } du { $gdpr }). Dans la mesure où vous vous fondez sur l'{ REF(6, par: 1, pt: "e f", conj: "or", case: "cont") } du { $gdpr }, il n'en existe aucun : votre intérêt commercial à vendre des recherches portant sur mon visage ne constitue pas un tel motif.
erasure-ground-consent = { REF(17, par: 1, pt: "b", case: "start") } du { $gdpr } : dans la mesure où vous vous fondez sur le consentement, je le retire.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: « en Italie », from country-in.
# Its name is in its own language and has no French gender: keep it in parentheses, without an article.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e", case: "start") } du { $gdpr }, en sus des motifs qui précèdent : l'autorité de contrôle ({ $authority }) vous a ordonné d'effacer les données à caractère personnel des personnes se trouvant { $in_country }. J'estime que l'effacement est dès lors également nécessaire au respect d'une obligation légale qui s'impose à vous.
erasure-exceptions = Aucune des exceptions prévues à l'{ REF(17, par: 3, case: "cont") } du { $gdpr } ne s'applique : le traitement n'est nécessaire ni à l'exercice du droit à la liberté d'expression et d'information, ni au respect d'une obligation légale, ni à l'exécution d'une mission d'intérêt public ou relevant de l'exercice de l'autorité publique, ni pour des motifs d'intérêt public dans le domaine de la santé publique, ni à des fins archivistiques dans l'intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques, ni à la constatation, à l'exercice ou à la défense de droits en justice. Si vous invoquez une exception, veuillez m'indiquer laquelle et pour quelle raison ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
erasure-restriction = Jusqu'à l'effacement, veuillez limiter le traitement de mes données à caractère personnel ({ REF(18, par: 1, pt: "d", case: "cont") } du { $gdpr }, pendant la vérification de mon opposition) : en particulier, veuillez cesser immédiatement de me faire apparaître dans des résultats de recherche.
erasure-recipients = Veuillez notifier l'effacement à chaque destinataire auquel mes données à caractère personnel ont été communiquées, y compris à chaque client ayant reçu mes images dans des résultats de recherche ({ REF(19) } du { $gdpr }), et m'indiquer qui sont ces destinataires. Dans la mesure où vous avez rendu publiques mes données à caractère personnel, veuillez prendre des mesures raisonnables pour informer les responsables du traitement qui traitent ces données que j'ai demandé l'effacement de tout lien vers ces données, ou de toute copie de celles-ci ({ REF(17, par: 2, case: "cont") } du { $gdpr }).
erasure-no-recollection = Veuillez m'indiquer les mesures que vous prendrez pour que mes données à caractère personnel ne soient pas collectées à nouveau. Si vous conservez un enregistrement destiné à empêcher leur collecte à l'avenir, veuillez m'indiquer précisément ce qu'il contient et sur quelle base juridique vous le conservez.
erasure-confirmation = Je vous prie de me confirmer l'effacement par écrit et de préciser ce que vous avez effacé, y compris les copies figurant dans des sauvegardes et les gabarits dérivés.
erasure-free = Vous devez donner suite à ma demande d'effacement, notifications et confirmation comprises, à titre gratuit ({ REF(12, par: 5, case: "cont") } du { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Limitation du traitement jusqu'à l'effacement ({ REF(18) } du { $gdpr })
restriction-body = Dès réception de la présente lettre et jusqu'à l'effacement, veuillez limiter le traitement de mes données à caractère personnel ({ REF(18, par: 1, pt: "d", case: "cont") } du { $gdpr }, pendant la vérification de mon opposition fondée sur l'{ REF(21, par: 1, case: "cont") } du { $gdpr }) : veuillez conserver les données, mais ne les utiliser à aucune autre fin que la réponse à la présente demande. En particulier, veuillez cesser immédiatement de me faire apparaître dans des résultats de recherche.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identification
identification-no-photo = Les informations figurant dans la présente lettre suffisent pour y répondre. Si vous avez des doutes raisonnables quant à mon identité, veuillez m'indiquer quelles informations supplémentaires sont strictement nécessaires ({ REF(12, par: 6, case: "cont") } du { $gdpr }). Si votre système ne permet d'effectuer des recherches qu'à partir d'une photographie de mon visage, veuillez me le faire savoir ; je vous en fournirai alors une, uniquement aux fins de la présente demande.
identification-photo = Je joins une photographie de mon visage uniquement afin que vous puissiez retrouver les données à caractère personnel me concernant ({ REF(11, par: 2, case: "cont") } et { REF(12, par: 6, case: "cont") } du { $gdpr }). Je donne mon consentement explicite ({ REF(9, par: 2, pt: "a", case: "cont") } du { $gdpr }) à une seule recherche dans votre base de données au moyen d'un gabarit biométrique établi à partir de cette photographie, aux seules fins de la présente demande. Je ne consens à aucune autre utilisation : n'ajoutez ni la photographie ni le gabarit à votre base de données et ne les communiquez pas. Je retire ce consentement dès que vous aurez répondu à la présente demande ({ REF(7, par: 3, case: "cont") } du { $gdpr }) : veuillez alors supprimer la photographie, le gabarit et les résultats de la recherche effectuée au moyen de ceux-ci, et me confirmer cette suppression ({ REF(5, par: 1, pt: "b c e", case: "cont") } du { $gdpr }).
identification-id-document = Je n'enverrai pas de copie d'une pièce d'identité, à moins que vous ne démontriez que cela est strictement nécessaire. Toute copie de ce type doit être supprimée immédiatement après vérification (Comité européen de la protection des données, lignes directrices 01/2022 sur les droits des personnes concernées – Droit d'accès, points 74, 76 et 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = Je n'enverrai pas de copie d'une pièce d'identité, à moins que vous ne démontriez que cela est nécessaire : vous ne pouvez demander que les informations raisonnables et proportionnées pour confirmer mon identité (Information Commissioner's Office, guide « Right of access »).

## Deadline and form (Article 12)

deadline-heading = Délai et forme de votre réponse
deadline-access = Je vous prie de me répondre dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de la présente demande ({ REF(12, par: 3, case: "cont") } du { $gdpr }). Vous ne pouvez prolonger ce délai que de deux mois au plus, et seulement si cela est nécessaire compte tenu de la complexité et du nombre de demandes ; vous devez alors m'informer de cette prolongation et des motifs du report dans un délai d'un mois à compter de la réception de la demande. Si vous ne donnez pas suite à ma demande, vous devez m'informer, dans un délai d'un mois, des motifs de votre inaction et de la possibilité d'introduire une réclamation auprès d'une autorité de contrôle et de former un recours juridictionnel ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
deadline-erasure = Je vous prie de donner suite à ma demande dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de sa réception ({ REF(12, par: 3, case: "cont") } du { $gdpr }). Vous ne pouvez prolonger ce délai que de deux mois au plus, et seulement si cela est nécessaire compte tenu de la complexité et du nombre de demandes ; vous devez alors m'informer de cette prolongation et des motifs du report dans un délai d'un mois à compter de la réception de la demande. Si vous ne donnez pas suite à ma demande, vous devez m'informer, dans un délai d'un mois, des motifs de votre inaction et de la possibilité d'introduire une réclamation auprès d'une autorité de contrôle et de former un recours juridictionnel ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
# United Kingdom letters: the « applicable time period » of Article 12A UK GDPR (written out).
deadline-access-uk = Je vous prie de me répondre dans les meilleurs délais et au plus tard avant l'expiration du délai applicable (applicable time period), soit un mois à compter de la réception de la présente demande (article 12A du { $gdpr }). Vous ne pouvez prolonger ce délai que de deux mois au plus, et seulement si cela est nécessaire en raison de la complexité ou du nombre de demandes ; vous devez alors m'en informer dans ce délai d'un mois, en indiquant les motifs. Si vous avez raisonnablement besoin d'informations complémentaires de ma part pour identifier les informations ou les traitements sur lesquels porte ma demande, demandez-les-moi sans tarder : le délai n'est suspendu que jusqu'à ma réponse. Si vous ne donnez pas suite à ma demande, vous devez m'informer, dans ce délai, des motifs de votre inaction et de la possibilité d'introduire une réclamation auprès de l'Information Commissioner et de former un recours juridictionnel ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
deadline-erasure-uk = Je vous prie de donner suite à ma demande dans les meilleurs délais et au plus tard avant l'expiration du délai applicable (applicable time period), soit un mois à compter de la réception de la présente demande (article 12A du { $gdpr }). Vous ne pouvez prolonger ce délai que de deux mois au plus, et seulement si cela est nécessaire en raison de la complexité ou du nombre de demandes ; vous devez alors m'en informer dans ce délai d'un mois, en indiquant les motifs. Si vous ne donnez pas suite à ma demande, vous devez m'informer, dans ce délai, des motifs de votre inaction et de la possibilité d'introduire une réclamation auprès de l'Information Commissioner et de former un recours juridictionnel ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
no-formalities = Vous ne pouvez pas subordonner votre réponse à l'utilisation d'un formulaire, d'un portail web ou d'un moyen de transmission particulier (Comité européen de la protection des données, lignes directrices 01/2022 sur les droits des personnes concernées – Droit d'accès, points 50 à 53).
no-formalities-uk = Vous ne pouvez pas subordonner votre réponse à l'utilisation d'un formulaire, d'un portail web ou d'un moyen de transmission particulier : une demande peut être présentée sous toute forme, oralement ou par écrit (Information Commissioner's Office, guide « Right of access »).
# Where to reply, in the same paragraph after no-formalities: the first when the sender gave only a
# postal address (or none), the second when an e-mail address is given too.
reply-to-postal = Je vous prie d'adresser votre réponse à l'adresse indiquée ci-dessus.
reply-to-both = Je vous prie d'adresser votre réponse à l'adresse postale ou électronique indiquée ci-dessus.
reply-to-email = Je vous prie d'adresser votre réponse à l'adresse électronique indiquée ci-dessus.

## Decisions against Clearview

decisions-heading = Décisions prises à l'encontre de { $controller }
decisions-own = Les décisions suivantes ont été prises dans le pays où je réside :
decisions-other = Des autorités de contrôle d'autres États ont jugé que le même traitement effectué par { $controller } était illicite. Je me prévaux de leurs décisions :
# One decision. $authority: name of the authority or court (in its own language, no French
# article possible); $country: its country (CLDR, e.g. "Italie"); $act: one of decision-kind-*
# with the reference; $date: its date ("10 février 2022").
decision-citation = { $authority } ({ $country }), { $act } du { $date }
# The Italian Garante's « ordinanza ingiunzione » (a fine with corrective orders), with its Italian name; $reference: its number.
decision-kind-injunction-order = ordonnance-injonction (ordinanza ingiunzione) n° { $reference }
decision-kind-decision = décision { $reference }
decision-kind-formal-notice = décision de mise en demeure n° { $reference }
decision-kind-sanction = délibération de la formation restreinte n° { $reference }
decision-kind-penalty-liquidation = délibération de la formation restreinte n° { $reference } (liquidation de l'astreinte)
decision-kind-fines-and-penalty-orders = décision (amendes et injonctions sous astreinte)
# The Austrian DSB's « Bescheid »; the Federal Administrative Court's « Beschluss » setting that
# decision aside and remitting the case (an order, not a judgment: « ordonnance », as the French
# version of EU law renders « Beschluss »); a UK tribunal's decision.
decision-kind-bescheid = décision (Bescheid) { $reference }
decision-kind-remittal-order = ordonnance (Beschluss) { $reference }
decision-kind-tribunal-decision = décision { $reference }
decision-kind-letter = lettre
decision-kind-enforcement-and-penalty-notices = avis d'exécution (enforcement notice) et avis de sanction pécuniaire (monetary penalty notice)
# The following sentences come after decision-citation in any combination: each names its subject
# (« L'autorité ») or is passive, so none depends on the sentence before it.
# $articles: the provisions found infringed, written with ref-list (« article 5, paragraphe 1,
# point a), article 6 et article 9 »), after a colon so that no article or preposition depends on it.
decision-articles = L'autorité a constaté des manquements aux dispositions suivantes du { $gdpr } : { $articles }.
# $amount: an amount with its currency, already formatted ("20 000 000 €").
decision-fine = Une amende de { $amount } a été infligée.
# The UK's statutory term (section 155 of the Data Protection Act 2018), not « amende ».
decision-monetary-penalty = Une sanction pécuniaire (monetary penalty) de { $amount } a été infligée.
decision-fines-total = Des amendes d'un montant total de { $amount } ont été infligées.
decision-penalty-per-day = Une astreinte de { $amount } par jour de retard a été prononcée.
decision-penalty-max = L'autorité a en outre prononcé des injonctions sous astreinte pouvant atteindre { $amount } au total.
decision-penalty-liquidated = L'autorité a ordonné à { $controller } de payer { $amount }, faute pour la société de s'être conformée à temps à l'injonction.
decision-orders = L'autorité a ordonné à { $controller } :
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published): it must also introduce the order-* items with « de » (« demander à … de », not « inviter … à »).
decision-requests = L'autorité a demandé à { $controller } :
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Ces avis ne sont pas définitifs : l'Upper Tribunal a renvoyé le recours de Clearview contre ceux-ci devant le First-tier Tribunal.
# Orders are list items continuing decision-orders or decision-requests (« L'autorité a ordonné à … : de … ; »):
# each starts with « de »/« d' » and ends with « ; ». facerights replaces the last « ; » with a full stop.
order-ban-collection-territory = de cesser de collecter des images et d'autres données à caractère personnel des personnes se trouvant { $in_country } et de cesser de traiter leurs données biométriques ;
order-ban-collection-processing-territory = de cesser de collecter, par moissonnage du web (web scraping), des images et des métadonnées des personnes se trouvant { $in_country } et de cesser tout autre traitement de leurs données à caractère personnel, ordinaires et biométriques ;
order-erase-territory = d'effacer les données à caractère personnel des personnes se trouvant { $in_country } ;
order-erase-territory-after-access = d'effacer les données à caractère personnel des personnes se trouvant { $in_country }, après avoir répondu aux demandes d'accès déjà reçues ;
order-stop-processing-territory = de cesser de collecter et de traiter, sans base juridique, les données à caractère personnel des personnes se trouvant { $in_country } ;
order-facilitate-rights = de faciliter l'exercice des droits des personnes concernées et de répondre à la demande d'accès de l'auteur de la réclamation ;
order-answer-complainant-access = de répondre à la demande d'accès de l'auteur de la réclamation ;
order-grant-complainant-erasure = de faire droit à la demande d'effacement de l'auteur de la réclamation ;
order-appoint-representative = de désigner un représentant dans l'Union ({ REF(27) } du { $gdpr }) ;
order-stop-processing-erase-territory = de cesser de traiter les données à caractère personnel des personnes se trouvant { $in_country } et de supprimer les données obtenues de manière illicite ;
order-give-art14-information = d'informer les personnes concernées conformément à l'{ REF(14) } du { $gdpr } ;
order-stop-refusing-access = de mettre fin à sa politique consistant à ne pas répondre aux demandes d'accès ;
order-erase-complainant = d'effacer les données à caractère personnel de l'auteur de la réclamation ;
order-erase-complainant-biometric = de supprimer les valeurs de hachage biométriques de l'auteur de la réclamation ;
order-stop-obtaining-uk = de cesser d'obtenir et d'utiliser les données à caractère personnel de résidents du Royaume-Uni accessibles publiquement sur internet ;
order-erase-uk = de supprimer de ses systèmes les données à caractère personnel des résidents du Royaume-Uni ;
outcome-reconsider-ban = La juridiction a considéré que l'autorité devait réexaminer son refus d'interdire le traitement et qu'une interdiction constituait la seule mesure appropriée ; elle a renvoyé l'affaire devant l'autorité.
outcome-ftt-no-jurisdiction = Le tribunal a fait droit au recours de Clearview, jugeant que l'Information Commissioner n'était pas compétent pour émettre ces avis.
outcome-ut-ico-appeal-allowed = Le tribunal a fait droit à l'appel de l'Information Commissioner : le traitement est lié au suivi du comportement de personnes se trouvant au Royaume-Uni, et la circonstance que les clients de Clearview sont des organismes publics étrangers ne le soustrait pas au champ d'application du { $gdpr }.
outcome-remitted-ftt = Le recours de Clearview contre ces avis a été renvoyé devant le First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with « et »:
# noun phrases without article, e.g. « amende de 20 000 000 €, interdiction de toute nouvelle collecte et … ».
summary-fine = amende de { $amount }
summary-monetary-penalty = sanction pécuniaire (monetary penalty) de { $amount }, non définitive
summary-erasure = injonction d'effacer les données à caractère personnel des personnes se trouvant { $in_country }
summary-ban = interdiction de toute nouvelle collecte
summary-access = injonction de cesser de refuser de répondre aux demandes d'accès
summary-complainant-access = injonction de répondre à la demande d'accès de l'auteur de la réclamation
summary-erase-complainant = injonction d'effacer les données à caractère personnel de l'auteur de la réclamation
summary-representative = injonction de désigner un représentant dans l'Union
summary-no-fine = aucune amende
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation } : { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language, no French article
# possible, hence the parentheses); $address: its postal address on one line.
remedies = Si vous ne répondez pas de manière complète dans le délai imparti, j'introduirai une réclamation auprès de l'autorité de contrôle compétente ({ $authority }, { $address }), conformément à l'{ REF(77) } du { $gdpr }. Je me réserve le droit d'intenter une action contre vous devant les juridictions de l'État membre dans lequel j'ai ma résidence habituelle ({ REF(79, par: 2, case: "cont") } du { $gdpr }) et de demander réparation ({ REF(82) } du { $gdpr }).
# EEA letters: « l'État » (Iceland, Liechtenstein, Norway) instead of « l'État membre ».
remedies-eea = Si vous ne répondez pas de manière complète dans le délai imparti, j'introduirai une réclamation auprès de l'autorité de contrôle compétente ({ $authority }, { $address }), conformément à l'{ REF(77) } du { $gdpr }. Je me réserve le droit d'intenter une action contre vous devant les juridictions de l'État dans lequel j'ai ma résidence habituelle ({ REF(79, par: 2, case: "cont") } du { $gdpr }) et de demander réparation ({ REF(82) } du { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19, alinéa 2, BDSG, cited as
# French writing cites German statutes).
remedies-land-of-residence = Si vous ne répondez pas de manière complète dans le délai imparti, j'introduirai une réclamation auprès de l'autorité de contrôle de la protection des données du Land allemand dans lequel je réside ({ REF(77) } du { $gdpr } ; § 19, alinéa 2, de la loi fédérale allemande sur la protection des données, BDSG). Je me réserve le droit d'intenter une action contre vous devant les juridictions de l'État membre dans lequel j'ai ma résidence habituelle ({ REF(79, par: 2, case: "cont") } du { $gdpr }) et de demander réparation ({ REF(82) } du { $gdpr }).
# United Kingdom letters: a UK « section » is cited as « article » (« article 164A du Data Protection
# Act 2018 »), the Act's name in English.
remedies-uk = Vous devez faciliter l'introduction auprès de vous de réclamations relatives au traitement de mes données à caractère personnel (article 164A du Data Protection Act 2018). Si vous ne répondez pas de manière complète avant l'expiration du délai applicable, je vous adresserai une réclamation en vertu de cet article et, si cela ne règle pas la question, j'introduirai une réclamation auprès de l'autorité de contrôle compétente ({ $authority }, ou son successeur, l'Information Commission, { $address }), conformément à l'{ REF(77) } du { $gdpr }. Je me réserve le droit de demander au tribunal une injonction de mise en conformité (compliance order, article 167 du Data Protection Act 2018) et de demander réparation ({ REF(82) } du { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted. The reminder is a « relance »; the complaint, as in Article 77 of the French
## GDPR text, a « réclamation ». The authority is addressed with « vous » as in every letter.

# What the first request asked for, as the object of a sentence (« vous avez reçu … »,
# « Copie de … », « Elle porte sur … »): feminine, « ma demande ».
request-name-access = ma demande d'accès en vertu de l'{ REF(15) } du { $gdpr }
request-name-erasure = ma demande d'effacement en vertu de l'{ REF(17) } du { $gdpr } et d'opposition en vertu de l'{ REF(21, par: 1, case: "cont") } du { $gdpr }
request-name-access-erasure = ma demande d'accès en vertu de l'{ REF(15) } du { $gdpr }, de limitation du traitement en vertu de l'{ REF(18) } du { $gdpr } et d'effacement ultérieur en vertu de l'{ REF(17) } du { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Objet : Relance concernant { $request }, que vous avez reçue le { $received }
# $ends: the last day of the reply period.
reminder-facts = Le { $received }, vous avez reçu { $request } ; vous en trouverez une copie ci-jointe. Le délai dans lequel vous deviez y répondre a expiré le { $ends } ou, si ce jour était un jour férié, le jour ouvrable suivant ({ REF(12, par: 3, case: "cont") } du { $gdpr }).
reminder-facts-uk = Le { $received }, vous avez reçu { $request } ; vous en trouverez une copie ci-jointe. Le délai applicable (applicable time period) dans lequel vous deviez y répondre a expiré le { $ends } ou, si ce jour était un jour férié (bank holiday), le jour ouvrable suivant (article 12A du { $gdpr }).
reminder-no-reply = Je n'ai reçu de votre part aucune réponse, ni aucune information relative à une prolongation du délai ou aux motifs de votre inaction ({ REF(12, par: "3 4", case: "cont") } du { $gdpr }).
reminder-incomplete = Votre réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et vous n'avez pas indiqué les motifs pour lesquels vous en avez omis une partie ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = Vous manquez donc aux obligations qui vous incombent en vertu du { $gdpr }. Je vous demande de satisfaire pleinement à ma demande sans plus tarder et, en tout état de cause, au plus tard le { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = À défaut, j'introduirai sans autre préavis une réclamation auprès de l'autorité de contrôle compétente ({ $authority }, { $address }), conformément à l'{ REF(77) } du { $gdpr }. Je me réserve le droit d'intenter une action contre vous devant les juridictions de l'État membre dans lequel j'ai ma résidence habituelle ({ REF(79, par: 2, case: "cont") } du { $gdpr }) et de demander réparation de tout dommage qui m'aurait été causé ({ REF(82) } du { $gdpr }).
reminder-remedies-eea = À défaut, j'introduirai sans autre préavis une réclamation auprès de l'autorité de contrôle compétente ({ $authority }, { $address }), conformément à l'{ REF(77) } du { $gdpr }. Je me réserve le droit d'intenter une action contre vous devant les juridictions de l'État dans lequel j'ai ma résidence habituelle ({ REF(79, par: 2, case: "cont") } du { $gdpr }) et de demander réparation de tout dommage qui m'aurait été causé ({ REF(82) } du { $gdpr }).
reminder-remedies-land-of-residence = À défaut, j'introduirai sans autre préavis une réclamation auprès de l'autorité de contrôle de la protection des données du Land allemand dans lequel je réside ({ REF(77) } du { $gdpr } ; § 19, alinéa 2, de la loi fédérale allemande sur la protection des données, BDSG). Je me réserve le droit d'intenter une action contre vous devant les juridictions de l'État membre dans lequel j'ai ma résidence habituelle ({ REF(79, par: 2, case: "cont") } du { $gdpr }) et de demander réparation de tout dommage qui m'aurait été causé ({ REF(82) } du { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# (cited as « article 164A du Data Protection Act 2018 », as in remedies-uk).
reminder-remedies-uk = La présente lettre constitue également la réclamation que je vous adresse en vertu de l'article 164A du Data Protection Act 2018 : veuillez en accuser réception dans un délai de 30 jours et m'en faire connaître l'issue dans les meilleurs délais. Si vous ne satisfaites pas à ma demande, j'introduirai une réclamation auprès de l'autorité de contrôle compétente ({ $authority }, ou son successeur, l'Information Commission, { $address }), conformément à l'{ REF(77) } du { $gdpr }. Je me réserve le droit de demander au tribunal une injonction de mise en conformité (compliance order, article 167 du Data Protection Act 2018) et de demander réparation ({ REF(82) } du { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Copie de { $request }, reçue le { $received }
enclosure-proof = Preuve de l'envoi et, le cas échéant, de la distribution
enclosure-reply = Copie de la réponse de { $controller }
enclosure-reminder = Copie de ma relance du { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Objet : Réclamation au titre de l'{ REF(77) } du { $gdpr } à l'encontre de la société { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Madame, Monsieur,
# $controller_address: Clearview's postal address on one line.
complaint-intro = Par la présente, j'introduis une réclamation au titre de l'{ REF(77) } du { $gdpr } à l'encontre de la société { $controller }, { $controller_address }. Elle porte sur { $request }, que la société { $controller } a reçue le { $received } ; vous en trouverez une copie ci-jointe.
# What happened ($outcome): one of these. No participle agrees with the author (« ne m'a fait part »).
complaint-no-reply = La société { $controller } n'a pas répondu à ma demande, et le délai dans lequel elle devait y répondre a expiré le { $ends } ou, si ce jour était un jour férié, le jour ouvrable suivant ({ REF(12, par: 3, case: "cont") } du { $gdpr }). Elle ne m'a fait part ni d'une prolongation du délai ni des motifs de son inaction ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
complaint-no-reply-uk = La société { $controller } n'a pas répondu à ma demande, et le délai applicable (applicable time period) dans lequel elle devait y répondre a expiré le { $ends } ou, si ce jour était un jour férié (bank holiday), le jour ouvrable suivant (article 12A du { $gdpr }). Elle ne m'a fait part ni d'une prolongation du délai ni des motifs de son inaction ({ REF(12, par: 4, case: "cont") } du { $gdpr }).
complaint-incomplete = La société { $controller } a répondu, mais sa réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et la société n'indique pas les motifs pour lesquels elle en a omis une partie. Le délai imparti pour une réponse complète a expiré le { $ends } ou, si ce jour était un jour férié, le jour ouvrable suivant ({ REF(12, par: 3, case: "cont") } du { $gdpr }). Une copie de cette réponse est jointe.
complaint-incomplete-uk = La société { $controller } a répondu, mais sa réponse est incomplète : elle ne contient pas tout ce que j'ai demandé, et la société n'indique pas les motifs pour lesquels elle en a omis une partie. Le délai applicable (applicable time period) pour une réponse complète a expiré le { $ends } ou, si ce jour était un jour férié (bank holiday), le jour ouvrable suivant (article 12A du { $gdpr }). Une copie de cette réponse est jointe.
complaint-refused = La société { $controller } a refusé de donner suite à ma demande. Une copie de sa réponse est jointe.
complaint-identity-demanded = La société { $controller } a subordonné sa réponse à une identification que ma demande ne nécessitait pas, telle que la copie d'une pièce d'identité. Une copie de sa réponse est jointe.
# $reminded: the date of the reminder the person sent.
complaint-reminded = Le { $reminded }, j'ai adressé une relance à la société { $controller } ; elle n'a toujours pas satisfait à ma demande. Une copie de cette relance est jointe.
complaint-reminded-uk = Le { $reminded }, j'ai adressé à la société { $controller } une réclamation en vertu de l'article 164A du Data Protection Act 2018 ; la question n'a pas été réglée. Une copie de cette réclamation est jointe.
complaint-infringements = À mon sens, la société { $controller } a ainsi méconnu, en particulier :
# Infringements, as list items continuing complaint-infringements: each starts with « l'article »
# and ends with « ; » (facerights replaces the last one with a full stop).
infringement-time-limit = l'{ REF(12, par: 3, case: "cont") } du { $gdpr }, en ne donnant pas suite à ma demande dans le délai imparti ;
infringement-time-limit-uk = l'{ REF(12, par: 3, case: "cont") } du { $gdpr }, lu en combinaison avec l'article 12A du { $gdpr }, en ne donnant pas suite à ma demande avant l'expiration du délai applicable ;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = l'{ REF(12, par: "3 4", case: "cont") } du { $gdpr }, en ne donnant pas pleinement suite à ma demande dans le délai imparti et sans indiquer les motifs pour lesquels elle en a omis une partie ;
infringement-incomplete-uk = l'{ REF(12, par: "3 4", case: "cont") } du { $gdpr }, lu en combinaison avec l'article 12A du { $gdpr }, en ne donnant pas pleinement suite à ma demande avant l'expiration du délai applicable et sans indiquer les motifs pour lesquels elle en a omis une partie ;
infringement-no-reasons = l'{ REF(12, par: 4, case: "cont") } du { $gdpr }, en ne m'informant ni des motifs de son inaction ni de la possibilité d'introduire une réclamation ;
infringement-access = l'{ REF(15) } du { $gdpr }, en ne me donnant pas accès à mes données à caractère personnel ni aux informations relatives à leur traitement ;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = l'{ REF(18, par: 1, pt: "d", case: "cont") } et l'{ REF(21, par: 1, case: "cont") } du { $gdpr }, en ne limitant pas le traitement de mes données à caractère personnel et en n'y mettant pas fin après mon opposition ;
infringement-erasure = l'{ REF(17, par: 1, case: "cont") } et l'{ REF(21, par: 1, case: "cont") } du { $gdpr }, en n'effaçant pas mes données à caractère personnel et en ne cessant pas de les traiter, alors que des motifs d'effacement s'appliquent et que j'ai exercé mon droit d'opposition ;
infringement-identification = l'{ REF(12, par: 2, case: "cont") } et l'{ REF(12, par: 6, case: "cont") } du { $gdpr }, en subordonnant l'exercice de mes droits à une identification qui n'est pas nécessaire, ainsi que l'{ REF(5, par: 1, pt: "c", case: "cont") } du { $gdpr }, en demandant davantage de données à caractère personnel que nécessaire ;
infringement-refusal = l'{ REF(12, par: 4, case: "cont") } du { $gdpr }, en refusant de donner suite à ma demande sans se fonder sur un motif reconnu par le { $gdpr }, ainsi que l'{ REF(12, par: 2, case: "cont") } du { $gdpr }, dans la mesure où elle invoque l'impossibilité de m'identifier ;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Des autorités de contrôle ont déjà pris les décisions suivantes à l'encontre de la société { $controller } :
complaint-requests = Je vous demande par conséquent :
# Items continuing complaint-requests, each starting with « de ».
complaint-ask-handle = de traiter ma réclamation et d'en examiner l'objet ({ REF(57, par: 1, pt: "f", case: "cont") } du { $gdpr }) ;
complaint-ask-order = d'ordonner à la société { $controller } de satisfaire à ma demande ({ REF(58, par: 2, pt: "c", case: "cont") } du { $gdpr }) et de faire usage de vos autres pouvoirs d'adopter des mesures correctrices ({ REF(58, par: 2, case: "cont") } et { REF(83) } du { $gdpr }) ;
complaint-ask-inform = de m'informer de l'état d'avancement et de l'issue de ma réclamation ({ REF(77, par: 2, case: "cont") } du { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = de m'informer de l'état d'avancement et de l'issue de ma réclamation (article 165 du Data Protection Act 2018).
complaint-consent-share = J'accepte que vous communiquiez la présente réclamation, avec mon nom, à la société { $controller } aux fins de son traitement.
