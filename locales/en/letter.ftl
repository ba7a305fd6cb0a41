### facerights — letter text, English (reference locale).
###
### Every sentence of the letters. Translate the values, never the ids, and keep every
### { $variable } exactly: each carries a fact (a date, an amount, an authority's name).
### Legal terms follow the official language version of Regulation (EU) 2016/679 on EUR-Lex.
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters)
###   $controller  "Clearview AI, Inc."

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

law-short-eu = GDPR
law-short-uk = UK GDPR
law-full-eu = Regulation (EU) 2016/679 (General Data Protection Regulation, “GDPR”)
law-full-eea = Regulation (EU) 2016/679 (General Data Protection Regulation, “GDPR”), as incorporated into the Agreement on the European Economic Area
law-full-uk = the United Kingdom General Data Protection Regulation (“UK GDPR”), read with the Data Protection Act 2018

## Citations: how this language writes a provision of the law. A letter message cites one with
## { REF(15, par: 1, pt: "h") }; the program picks the message for its shape. See TRANSLATING.md.
##   ref-a    an article: $art                      ref-an   a numbered point (Art. 4(14)): $art, $num
##   ref-ap   with paragraphs: $art, $par, $npar    ref-app  with points: $art, $par, $npar, $pt, $npt
##   ref-par  how one paragraph is written ($par); ref-point how one point is written ($letter)
##   ref-item-*  the same inside a list, without the head word (optional; default: ref-*)
##   ref-list    a list of provisions ($list, already joined; $count items)
##   ref-letters the letters of points in this language's alphabet (optional; default a to z)

ref-a = Article { $art }
ref-ap = Article { $art }{ $par }
ref-app = Article { $art }{ $par }{ $pt }
ref-an = Article { $art }({ $num })
ref-par = ({ $par })
ref-point = ({ $letter })
ref-item-a = { $art }
ref-item-ap = { $art }{ $par }
ref-item-app = { $art }{ $par }{ $pt }
ref-item-an = { $art }({ $num })
ref-list = { $count ->
    [one] Article
   *[other] Articles
} { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: how this language says "in <country>" for the persons a decision protects, e.g. in
## "erase the personal data of persons in Italy". $code: the ISO code (IT, GR, FR, NL, AT, DE, GB,
## …); $name: the country's name as CLDR writes it in this language. Give the forms your grammar
## needs (a locative case, an article) for the countries of the decisions.
country-in = { $code ->
    [GB] in the United Kingdom
    [NL] in the Netherlands
   *[other] in { $name }
}

## Letter frame

subject-access = Request for access to my personal data under { REF(15) } { $gdpr }
subject-erasure = Request for erasure of my personal data under { REF(17) } { $gdpr } and objection under { REF(21, par: 1) } { $gdpr }
subject-access-erasure = Request for access under { REF(15) } { $gdpr }, restriction under { REF(18) } { $gdpr } and subsequent erasure under { REF(17) } { $gdpr }
salutation = Dear Sir or Madam,
closing = Yours faithfully,
# $reference: the sender's own case or reference number.
our-reference = My reference: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with the punctuation your language uses before it.
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Enclosure:
   *[other] Enclosures:
}
enclosure-photo = Photograph of my face, provided solely to identify me for this request
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Page { $page } of { $pages }

## Opening

# $law_full: one of law-full-*.
intro-access = I am writing to exercise my right of access under { REF(15) } of { $law_full }. Please confirm whether { $controller } processes personal data concerning me and, where that is the case, give me access to those personal data and to the information listed below. I do not need to give reasons for this request.
intro-erasure = I am writing to exercise my right to erasure under { REF(17) } of { $law_full }. I ask you to erase all personal data concerning me without undue delay. At the same time I object under { REF(21, par: 1) } { $gdpr } to any processing of personal data concerning me.
intro-access-erasure = I am writing to exercise my rights under { $law_full }: first my right of access ({ REF(15) } { $gdpr }), then my right to erasure ({ REF(17) } { $gdpr }). I ask for access first so that I learn what you hold about me before it is erased. I object under { REF(21, par: 1) } { $gdpr } to any processing of personal data concerning me, and until the erasure I ask you to restrict the processing ({ REF(18) } { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision, which found that Clearview had
# no representative in the Union (the latest source on that point).
applicability-eu = { $controller } is subject to the { $gdpr }: it collects images of persons in the European Union and processes them to monitor their behaviour ({ REF(3, par: 2, pt: "b") } { $gdpr }). The supervisory authorities of Italy, Greece, France, Austria and the Netherlands have applied the { $gdpr } to it and found its processing unlawful. According to the decision of the Dutch supervisory authority of { $representative_date }, it had not designated a representative in the Union ({ REF(27) } { $gdpr }). I therefore address this request to you directly.
applicability-eea = { $controller } is subject to the { $gdpr }: it collects images of persons in the European Economic Area and processes them to monitor their behaviour ({ REF(3, par: 2, pt: "b") } { $gdpr }). The supervisory authorities of Italy, Greece, France, Austria and the Netherlands have applied the { $gdpr } to it and found its processing unlawful. According to the decision of the Dutch supervisory authority of { $representative_date }, it had not designated a representative in the Union ({ REF(27) } { $gdpr }). I therefore address this request to you directly.
applicability-uk = { $controller } is subject to the { $gdpr }. In 2025 the Upper Tribunal held that its processing relates to the monitoring of the behaviour of persons in the United Kingdom ({ REF(3, par: 2, pt: "b") } { $gdpr }). I address this request to you directly.

## Access (Article 15)

access-heading = Access to my personal data ({ REF(15) } { $gdpr })
access-copy = Please provide a copy of all personal data concerning me that you process ({ REF(15, par: 3) } { $gdpr }), in particular:
access-copy-images = every image in which I appear or which you associate with me, in the resolution in which you hold it;
access-copy-sources = for each image, the address (URL) of the web page and of the image file where it was collected, the title of the page, and the dates on which it was collected and last updated;
access-copy-metadata = all metadata held for each image, including geolocation data and dates;
access-copy-biometrics = the biometric templates, vectors or hash values derived from my face, and any other data you have derived or inferred about me;
access-copy-searches = the records of every search in which I was returned as a result, with the date of each search;
access-copy-probe = the records of every search in which a customer uploaded an image of my face to search your database, with the image, the date of the search and the customer who made it;
access-copy-recipients = the identity of every customer or other recipient to whom results concerning me were disclosed.
access-info = Please also provide the following information ({ REF(15, par: "1 2") } { $gdpr }):
access-info-purposes = the purposes of each processing operation ({ REF(15, par: 1, pt: "a") }) and, for each purpose, the legal basis you rely on, which you had to tell me in any case ({ REF(14, par: 1, pt: "c") });
access-info-categories = the categories of personal data concerned ({ REF(15, par: 1, pt: "b") });
access-info-recipients = the recipients to whom the personal data have been or will be disclosed, by name, in particular recipients in third countries or international organisations; categories of recipients are not sufficient where you can identify them ({ REF(15, par: 1, pt: "c") }; judgment of the Court of Justice of 12 January 2023, C-154/21, Österreichische Post);
# United Kingdom letters: the same without the judgment of the Court of Justice, which does not bind
# UK courts (judgments after 2020).
access-info-recipients-uk = the recipients to whom the personal data have been or will be disclosed, by name, in particular recipients in third countries or international organisations; categories of recipients are not sufficient where you can identify them ({ REF(15, par: 1, pt: "c") });
access-info-retention = the period for which each category of personal data will be stored or, if that is not possible, the criteria used to determine that period ({ REF(15, par: 1, pt: "d") });
access-info-rights = the existence of the right to request rectification or erasure of personal data or restriction of processing, and of the right to object to such processing ({ REF(15, par: 1, pt: "e") });
access-info-complaint = the right to lodge a complaint with a supervisory authority ({ REF(15, par: 1, pt: "f") });
access-info-source = all available information as to the source of the personal data: the actual websites and pages, not only categories of sources ({ REF(15, par: 1, pt: "g") });
access-info-automated = the existence of automated decision-making, including profiling, and meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for me ({ REF(15, par: 1, pt: "h") });
access-info-transfers = where personal data are transferred to a third country or to an international organisation, the appropriate safeguards under { REF(46) } { $gdpr } relating to the transfer ({ REF(15, par: 2) }).
access-scope = This request covers all personal data concerning me in all your systems, including pseudonymised data and data you have derived or inferred. It is not limited to the last twelve months, it is not limited to a number of requests per year, and it does not depend on my repeating it: the French supervisory authority (CNIL) found such restrictions by { $controller } unlawful in its decision { $reference } of { $date }.
access-role = For each processing operation, please also state whether you carry it out as controller or as processor on behalf of a customer and, if as processor, on whose behalf ({ REF(4, num: 7) } and { REF(4, num: 8) } { $gdpr }).
# United Kingdom letters only: what a "reasonable and proportionate search" (Article 15(1A) UK GDPR,
# inserted by the Data (Use and Access) Act 2025) means for Clearview. Write the citation as your
# language cites an article of the UK GDPR; "1A" is the paragraph's number.
access-search-uk = I am entitled to the personal data and information you can provide on the basis of a reasonable and proportionate search (Article 15(1A) { $gdpr }). Your database is built to be searched by face: a search of it with my face, and of the records of the searches in which I was returned or in which my face was uploaded, is reasonable and proportionate, whatever its volume.
access-format = Please provide the copy free of charge (Articles { REF(12, par: 5, form: "item") } and { REF(15, par: 3, form: "item") } { $gdpr }), in clear and plain language ({ REF(12, par: 1) } { $gdpr }), and, if you reply electronically, in a commonly used electronic form ({ REF(15, par: 3) } { $gdpr }).

## Erasure (Article 17)

erasure-heading = Erasure of my personal data ({ REF(17) } { $gdpr })
erasure-after-access = Once you have provided the copy and the information requested above, please erase all personal data concerning me without undue delay ({ REF(17, par: 1) } { $gdpr }).
erasure-scope = The erasure must cover:
erasure-scope-images = every image of me and every copy of it;
erasure-scope-biometrics = the biometric templates, vectors and hash values derived from my face;
erasure-scope-metadata = the metadata and source addresses (URLs) associated with those images;
erasure-scope-searches = the search results, search logs and associations that concern me;
erasure-scope-backups = all copies in backups, archives and the systems of your processors.
erasure-grounds = The following grounds for erasure apply:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d") } { $gdpr }: the personal data have been unlawfully processed. You have no legal basis under { REF(6, par: 1) } { $gdpr }. Biometric data ({ REF(4, num: 14) } { $gdpr }) processed for the purpose of uniquely identifying a natural person are special categories of personal data whose processing { REF(9, par: 1) } { $gdpr } prohibits. None of the exceptions in { REF(9, par: 2) } applies: I have not given explicit consent to the processing of my biometric data in your database ({ REF(9, par: 2, pt: "a") }), and images that can be found on the internet have not been manifestly made public by me for biometric processing ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 is read with Schedule 1 to the Data Protection Act 2018, whose
# conditions do not cover this processing either.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d") } { $gdpr }: the personal data have been unlawfully processed. You have no legal basis under { REF(6, par: 1) } { $gdpr }. Biometric data ({ REF(4, num: 14) } { $gdpr }) processed for the purpose of uniquely identifying a natural person are special categories of personal data whose processing { REF(9, par: 1) } { $gdpr } prohibits. None of the exceptions in { REF(9, par: 2) } { $gdpr }, read with Schedule 1 to the Data Protection Act 2018, applies: I have not given explicit consent to the processing of my biometric data in your database ({ REF(9, par: 2, pt: "a") }), and images that can be found on the internet have not been manifestly made public by me for biometric processing ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c") } { $gdpr }: I object to the processing under { REF(21, par: 1) } { $gdpr }, on grounds relating to my particular situation: my face is a permanent identifier that I cannot change, and its presence in your database allows any of your customers to identify me from any photograph, wherever and whenever it was taken.
# The person's own description of their particular situation (--objection-grounds), quoted as they
# wrote it; use your language's quotation marks. Follows erasure-ground-objection in the same item.
erasure-ground-objection-own = In my own words: “{ $grounds }”
# Follows the objection (and the person's own words) in the same item.
erasure-ground-objection-burden = You must therefore stop the processing unless you demonstrate compelling legitimate grounds for it which override my interests, rights and freedoms, or that it is for the establishment, exercise or defence of legal claims ({ REF(21, par: 1) } { $gdpr }). To the extent that you rely on { REF(6, par: 1, pt: "e f", conj: "or") } { $gdpr }, there are none: your commercial interest in selling searches of my face is not such a ground.
erasure-ground-consent = { REF(17, par: 1, pt: "b") } { $gdpr }: to the extent that you rely on consent, I withdraw it.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: "in Italy", from country-in.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e") } { $gdpr }, in addition to the grounds above: the { $authority } has ordered you to erase the personal data of persons { $in_country }. In my view, erasure is therefore also necessary to comply with a legal obligation to which you are subject.
erasure-exceptions = None of the exceptions in { REF(17, par: 3) } { $gdpr } applies: the processing is not necessary for exercising the right of freedom of expression and information, for compliance with a legal obligation, for the performance of a task carried out in the public interest or in the exercise of official authority, for reasons of public interest in the area of public health, for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes, or for the establishment, exercise or defence of legal claims. If you rely on an exception, tell me which one and why ({ REF(12, par: 4) } { $gdpr }).
erasure-restriction = Until the erasure, restrict the processing of my personal data ({ REF(18, par: 1, pt: "d") } { $gdpr }, while you verify my objection): in particular, stop showing me in search results immediately.
erasure-recipients = Notify every recipient to whom my personal data have been disclosed, including every customer who received my images in search results, of the erasure ({ REF(19) } { $gdpr }), and tell me who they are. Where you have made my personal data public, take reasonable steps to inform the controllers processing them that I have requested erasure of any links to, or copies of, those data ({ REF(17, par: 2) } { $gdpr }).
erasure-no-recollection = Tell me what you will do to ensure that my personal data are not collected again. If you keep any record to prevent their collection in the future, tell me exactly what it contains and on what legal basis you keep it.
erasure-confirmation = Please confirm the erasure to me in writing and state what you have erased, including copies in backups and derived templates.
erasure-free = Acting on my request for erasure, including the notifications and the confirmation, is free of charge ({ REF(12, par: 5) } { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Restriction until erasure ({ REF(18) } { $gdpr })
restriction-body = From the receipt of this letter until the erasure, restrict the processing of my personal data ({ REF(18, par: 1, pt: "d") } { $gdpr }, while you verify my objection under { REF(21, par: 1) } { $gdpr }): store the data, but do not use them for any purpose other than answering this request. In particular, stop showing me in search results immediately.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identification
identification-no-photo = The information in this letter is sufficient to answer it. If you have reasonable doubts about my identity, tell me which additional information is strictly necessary ({ REF(12, par: 6) } { $gdpr }). If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
identification-photo = I enclose a photograph of my face solely so that you can find the personal data concerning me (Articles { REF(11, par: 2, form: "item") } and { REF(12, par: 6, form: "item") } { $gdpr }). I give my explicit consent ({ REF(9, par: 2, pt: "a") } { $gdpr }) to one search of your database with a biometric template made from this photograph, for this request only. I do not consent to any other use: do not add the photograph or the template to your database and do not disclose them. My consent is withdrawn as soon as you have answered this request ({ REF(7, par: 3) } { $gdpr }): then delete the photograph, the template and the results of the search made with them, and confirm the deletion to me ({ REF(5, par: 1, pt: "b c e") } { $gdpr }).
identification-id-document = I will not send a copy of an identity document unless you show that it is strictly necessary. Any such copy must be deleted immediately after verification (European Data Protection Board, Guidelines 01/2022 on data subject rights – Right of access, paragraphs 74, 76 and 79).
# United Kingdom letters cite the guidance of the UK regulator instead of the EDPB's. Keep the
# guidance's title in English, in quotation marks.
identification-id-document-uk = I will not send a copy of an identity document unless you show that it is necessary: you may ask only for information that is reasonable and proportionate to confirm my identity (Information Commissioner's Office, guidance “Right of access”).

## Deadline and form (Article 12)

deadline-heading = Time limit and form of your reply
deadline-access = Please reply without undue delay and at the latest within one month of receipt of this request ({ REF(12, par: 3) } { $gdpr }). You may extend this period by at most two further months, and only where that is necessary, taking into account the complexity and number of the requests; you must then inform me of the extension within one month of receipt, together with the reasons for the delay. If you do not act on my request, you must inform me within one month of the reasons and of my right to lodge a complaint with a supervisory authority and to seek a judicial remedy ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure = Please act on my request without undue delay and at the latest within one month of receipt ({ REF(12, par: 3) } { $gdpr }). You may extend this period by at most two further months, and only where that is necessary, taking into account the complexity and number of the requests; you must then inform me of the extension within one month of receipt, together with the reasons for the delay. If you do not act on my request, you must inform me within one month of the reasons and of my right to lodge a complaint with a supervisory authority and to seek a judicial remedy ({ REF(12, par: 4) } { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (Data (Use and Access)
# Act 2025). Write "Article 12A" as your language cites an article of the UK GDPR.
deadline-access-uk = Please reply without undue delay and at the latest before the end of the applicable time period: one month from receipt of this request (Article 12A { $gdpr }). You may extend it by at most two further months, and only where that is necessary by reason of the complexity or number of the requests; you must then tell me so within that month, with the reasons. If you reasonably need further information from me to identify the information or processing my request concerns, ask me without delay: the period is paused only until I answer. If you do not act on my request, you must inform me of the reasons within that period, and of my right to lodge a complaint with the Information Commissioner and to seek a judicial remedy ({ REF(12, par: 4) } { $gdpr }).
deadline-erasure-uk = Please act on my request without undue delay and at the latest before the end of the applicable time period: one month from receipt of this request (Article 12A { $gdpr }). You may extend it by at most two further months, and only where that is necessary by reason of the complexity or number of the requests; you must then tell me so within that month, with the reasons. If you do not act on my request, you must inform me of the reasons within that period, and of my right to lodge a complaint with the Information Commissioner and to seek a judicial remedy ({ REF(12, par: 4) } { $gdpr }).
no-formalities = You may not make your answer depend on a particular form, web portal or means of transmission (European Data Protection Board, Guidelines 01/2022 on data subject rights – Right of access, paragraphs 50 to 53).
# United Kingdom letters: the UK regulator's guidance. Keep its title in English, in quotation marks.
no-formalities-uk = You may not make your answer depend on a particular form, web portal or means of transmission: a request may be made in any form, verbally or in writing (Information Commissioner's Office, guidance “Right of access”).
# Where to reply: reply-to-postal when the sender gave only a postal address, reply-to-both
# when a postal and an e-mail address are given, reply-to-email when only an e-mail address is given.
reply-to-postal = Please send your reply to the address given above.
reply-to-both = Please send your reply to the postal or e-mail address given above.
reply-to-email = Please send your reply to the e-mail address given above.

## Decisions against Clearview

decisions-heading = Decisions against { $controller }
decisions-own = The following decisions were taken in the country where I live:
decisions-other = Supervisory authorities in other states have found the same processing by { $controller } unlawful. I rely on their decisions:
# One decision. $authority: name of the authority or court; $country: its country;
# $day (optional): the day of the month of $date, a number, for languages whose preposition
# before a date changes with it (Italian "dell’11 febbraio");
# $act: the kind of act with its reference (one of decision-kind-*); $date: its date.
decision-citation = { $authority } ({ $country }), { $act } of { $date }
decision-kind-injunction-order = injunction order (ordinanza ingiunzione) No. { $reference }
decision-kind-decision = decision { $reference }
decision-kind-formal-notice = formal notice { $reference }
decision-kind-sanction = decision of the restricted committee (délibération) { $reference }
decision-kind-penalty-liquidation = decision { $reference } (liquidation of the penalty payment)
decision-kind-fines-and-penalty-orders = decision (fines and orders subject to a penalty payment)
decision-kind-bescheid = decision (Bescheid) { $reference }
decision-kind-remittal-order = order (Beschluss) { $reference }
decision-kind-tribunal-decision = decision { $reference }
decision-kind-letter = letter
decision-kind-enforcement-and-penalty-notices = enforcement notice and monetary penalty notice
# $articles: the provisions found infringed, written with ref-list ("Articles 5(1)(a), 6 and 9").
decision-articles = It found infringements of { $articles } { $gdpr }.
# $amount: an amount with its currency, already formatted.
decision-fine = It imposed a fine of { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018): a monetary penalty, not a fine.
decision-monetary-penalty = It imposed a monetary penalty of { $amount }.
decision-fines-total = It imposed fines totalling { $amount }.
decision-penalty-per-day = It added a penalty payment of { $amount } per day of delay.
decision-penalty-max = It added orders subject to penalty payments of up to { $amount } in total.
decision-penalty-liquidated = It ordered { $controller } to pay { $amount } because it had not complied with the order in time.
decision-orders = It ordered { $controller } to:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published: say only that it called on Clearview to act).
decision-requests = It called on { $controller } to:
# Why an act is not final; after the act's citation. The ICO's notices: the Upper Tribunal sent
# Clearview's appeal against them back to the First-tier Tribunal (decision of 6 October 2025).
not-final-remitted-appeal = The notices are not final: the Upper Tribunal has remitted Clearview's appeal against them to the First-tier Tribunal.
# Orders are list items: end each with the list separator of your language (";" in English).
# facerights replaces the separator of the last item with a full stop.
order-ban-collection-territory = stop collecting images and other personal data of persons { $in_country } and stop processing their biometric data;
# The Italian ban: collection by web scraping, and any further processing of ordinary and biometric data.
order-ban-collection-processing-territory = stop collecting, by web scraping, images and metadata of persons { $in_country } and stop any further processing of their personal data, ordinary and biometric;
order-erase-territory = erase the personal data of persons { $in_country };
order-erase-territory-after-access = erase the personal data of persons { $in_country }, after answering the access requests already received;
order-stop-processing-territory = stop collecting and processing, without a legal basis, the personal data of persons { $in_country };
order-facilitate-rights = facilitate the exercise of data subjects' rights and answer the complainant's access request;
order-answer-complainant-access = answer the complainant's access request;
order-grant-complainant-erasure = grant the complainant's erasure request;
order-appoint-representative = designate a representative in the Union ({ REF(27) } { $gdpr });
order-stop-processing-erase-territory = stop processing the personal data of persons { $in_country } and remove the unlawfully obtained data;
order-give-art14-information = inform data subjects as required by { REF(14) } { $gdpr };
order-stop-refusing-access = stop its policy of not answering access requests;
order-erase-complainant = erase the complainant's personal data;
order-erase-complainant-biometric = delete the complainant's biometric hash values;
order-stop-obtaining-uk = stop obtaining and using personal data of United Kingdom residents that is publicly available on the internet;
order-erase-uk = delete the personal data of United Kingdom residents from its systems;
outcome-reconsider-ban = The court held that the authority must reconsider its refusal to ban the processing and that a ban is the only appropriate measure; it remitted the case to the authority.
outcome-ftt-no-jurisdiction = The tribunal allowed Clearview's appeal, holding that the Information Commissioner had no jurisdiction to issue the notices.
outcome-ut-ico-appeal-allowed = The tribunal allowed the Information Commissioner's appeal: the processing relates to the monitoring of the behaviour of persons in the United Kingdom, and the fact that Clearview's customers are foreign public bodies does not take it outside the { $gdpr }.
outcome-remitted-ftt = It remitted Clearview's appeal against the notices to the First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list.
summary-fine = fine of { $amount }
summary-monetary-penalty = monetary penalty of { $amount }, not final
summary-erasure = order to erase the personal data of persons { $in_country }
summary-ban = ban on further collection
summary-access = order to stop refusing to answer access requests
summary-complainant-access = order to answer the complainant's access request
summary-erase-complainant = order to erase the complainant's personal data
summary-representative = order to designate a representative in the Union
summary-no-fine = no fine
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority; $address: its postal address on one line.
remedies = If you do not answer in full within the time limit, I will lodge a complaint with the { $authority }, { $address } ({ REF(77) } { $gdpr }). I reserve the right to bring proceedings against you before the courts of the Member State where I have my habitual residence ({ REF(79, par: 2) } { $gdpr }) and to claim compensation ({ REF(82) } { $gdpr }).
# EEA letters: the same; Article 79(2) speaks of Member States, which for the EEA-EFTA states means
# the EEA State.
remedies-eea = If you do not answer in full within the time limit, I will lodge a complaint with the { $authority }, { $address } ({ REF(77) } { $gdpr }). I reserve the right to bring proceedings against you before the courts of the State where I have my habitual residence ({ REF(79, par: 2) } { $gdpr }) and to claim compensation ({ REF(82) } { $gdpr }).
# A German sender who did not say in which Land they live: the competent authority is that of the
# Land of residence (§ 19(2) BDSG), so the letter names none. Cite the Federal Data Protection Act
# as your language cites a German statute.
remedies-land-of-residence = If you do not answer in full within the time limit, I will lodge a complaint with the data protection supervisory authority of the German Land in which I live ({ REF(77) } { $gdpr }; section 19(2) of the Federal Data Protection Act, BDSG). I reserve the right to bring proceedings against you before the courts of the Member State where I have my habitual residence ({ REF(79, par: 2) } { $gdpr }) and to claim compensation ({ REF(82) } { $gdpr }).
# United Kingdom letters: since 19 June 2026 a complaint goes to the controller first (section 164A of
# the Data Protection Act 2018), then to the regulator, whose office may pass to the Information
# Commission; cite the Act as your language cites a UK statute.
remedies-uk = You must facilitate complaints to you about the processing of my personal data (section 164A of the Data Protection Act 2018). If you do not answer in full within the applicable time period, I will complain to you under that section and, if that does not resolve the matter, lodge a complaint with the { $authority } (or its successor, the Information Commission), { $address } ({ REF(77) } { $gdpr }). I reserve the right to apply to the court for a compliance order (section 167 of the Data Protection Act 2018) and to claim compensation ({ REF(82) } { $gdpr }).

## Follow-up letters: a reminder to Clearview when the reply period has passed, and a complaint to
## the supervisory authority. They cite the first request by what it asked for (request-name-*),
## the date Clearview received it ($received) and the end of the reply period ($ends), all dates
## already formatted.

# What the first request asked for, as the object of a sentence ("you received my request for …").
request-name-access = my request for access under { REF(15) } { $gdpr }
request-name-erasure = my request for erasure under { REF(17) } { $gdpr }, with my objection under { REF(21, par: 1) } { $gdpr }
request-name-access-erasure = my request for access under { REF(15) } { $gdpr }, restriction under { REF(18) } { $gdpr } and subsequent erasure under { REF(17) } { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Reminder: { $request }, received by you on { $received }
# $ends: the last day of the reply period.
reminder-facts = On { $received } you received { $request }; a copy is enclosed. The time limit for your reply ended on { $ends } ({ REF(12, par: 3) } { $gdpr }).
reminder-facts-uk = On { $received } you received { $request }; a copy is enclosed. The applicable time period for your reply ended on { $ends } (Article 12A { $gdpr }).
reminder-no-reply = I have not received any reply from you, nor any information about an extension of the time limit or the reasons for not acting on my request ({ REF(12, par: 4) } { $gdpr }).
reminder-incomplete = Your reply is incomplete: it does not contain everything I asked for, and you have not given reasons for leaving anything out ({ REF(12, par: 4) } { $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = You are therefore in breach of the { $gdpr }. I ask you to comply with my request in full without further delay, and in any case by { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = If you do not, I will lodge a complaint with the { $authority }, { $address } ({ REF(77) } { $gdpr }), without further notice. I reserve the right to bring proceedings against you before the courts of the Member State where I have my habitual residence ({ REF(79, par: 2) } { $gdpr }) and to claim compensation for the damage caused to me ({ REF(82) } { $gdpr }).
reminder-remedies-eea = If you do not, I will lodge a complaint with the { $authority }, { $address } ({ REF(77) } { $gdpr }), without further notice. I reserve the right to bring proceedings against you before the courts of the State where I have my habitual residence ({ REF(79, par: 2) } { $gdpr }) and to claim compensation for the damage caused to me ({ REF(82) } { $gdpr }).
reminder-remedies-land-of-residence = If you do not, I will lodge a complaint with the data protection supervisory authority of the German Land in which I live ({ REF(77) } { $gdpr }; section 19(2) of the Federal Data Protection Act, BDSG), without further notice. I reserve the right to bring proceedings against you before the courts of the Member State where I have my habitual residence ({ REF(79, par: 2) } { $gdpr }) and to claim compensation for the damage caused to me ({ REF(82) } { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018,
# which the controller must acknowledge within 30 days.
reminder-remedies-uk = This letter is also my complaint to you under section 164A of the Data Protection Act 2018: please acknowledge it within 30 days of receipt and tell me its outcome without undue delay. If you do not comply with my request, I will lodge a complaint with the { $authority } (or its successor, the Information Commission), { $address } ({ REF(77) } { $gdpr }). I reserve the right to apply to the court for a compliance order (section 167 of the Data Protection Act 2018) and to claim compensation ({ REF(82) } { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Copy of { $request }, received on { $received }
enclosure-proof = Proof of sending and, where available, of delivery
enclosure-reply = Copy of the reply of { $controller }
enclosure-reminder = Copy of my reminder of { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Complaint under { REF(77) } { $gdpr } against { $controller }
# $controller_address: Clearview's postal address on one line.
complaint-intro = I hereby lodge a complaint under { REF(77) } { $gdpr } against { $controller }, { $controller_address }. It concerns { $request }, which { $controller } received on { $received }; a copy is enclosed.
# What happened ($outcome): one of these.
complaint-no-reply = { $controller } has not replied to my request, and the time limit for its reply ended on { $ends } ({ REF(12, par: 3) } { $gdpr }). It has not informed me of an extension or of reasons for not acting ({ REF(12, par: 4) } { $gdpr }).
complaint-no-reply-uk = { $controller } has not replied to my request, and the applicable time period for its reply ended on { $ends } (Article 12A { $gdpr }). It has not informed me of an extension or of reasons for not acting ({ REF(12, par: 4) } { $gdpr }).
complaint-incomplete = { $controller } has replied, but its reply is incomplete: it does not contain everything I asked for, and it gives no reasons for leaving anything out. The time limit for a complete reply ended on { $ends } ({ REF(12, par: 3) } { $gdpr }). A copy of the reply is enclosed.
complaint-incomplete-uk = { $controller } has replied, but its reply is incomplete: it does not contain everything I asked for, and it gives no reasons for leaving anything out. The applicable time period for a complete reply ended on { $ends } (Article 12A { $gdpr }). A copy of the reply is enclosed.
complaint-refused = { $controller } has refused to act on my request. A copy of its reply is enclosed.
complaint-identity-demanded = { $controller } has made its answer depend on identification that is not necessary, such as a copy of an identity document or a new photograph, although my request contained the information needed to find the personal data concerning me. A copy of its reply is enclosed.
# $reminded: the date of the reminder the person sent.
complaint-reminded = I reminded { $controller } of my request on { $reminded }; it has not complied. A copy of the reminder is enclosed.
complaint-reminded-uk = On { $reminded } I complained to { $controller } under section 164A of the Data Protection Act 2018; the matter has not been resolved. A copy of that complaint is enclosed.
complaint-infringements = In my view, { $controller } has thereby infringed in particular:
# Infringements, as list items (end each with your language's list separator, like the orders).
infringement-time-limit = { REF(12, par: 3) } { $gdpr }, because it did not act on my request within the time limit;
infringement-time-limit-uk = { REF(12, par: 3) } { $gdpr }, read with Article 12A { $gdpr }, because it did not act on my request within the applicable time period;
infringement-no-reasons = { REF(12, par: 4) } { $gdpr }, because it did not inform me of the reasons for not acting and of my right to lodge a complaint;
infringement-access = { REF(15) } { $gdpr }, because it has not given me access to my personal data and to the information about their processing;
infringement-erasure = { REF(17, par: 1) } and { REF(21, par: 1) } { $gdpr }, because it has not erased my personal data and has not stopped processing them, although grounds for erasure apply and I objected;
infringement-identification = { REF(12, par: 2) } and { REF(12, par: 6) } { $gdpr }, because it made the exercise of my rights depend on identification that is not necessary, and { REF(5, par: 1, pt: "c") } { $gdpr }, because it asks for more personal data than it needs;
infringement-refusal = { REF(12, par: 2) } { $gdpr }, because it refused to act on my request without showing that it is not in a position to identify me;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Supervisory authorities have already found the same processing by { $controller } unlawful:
complaint-requests = I therefore ask you:
complaint-ask-handle = to handle my complaint and to investigate its subject matter ({ REF(57, par: 1, pt: "f") } { $gdpr });
complaint-ask-order = to order { $controller } to comply with my request ({ REF(58, par: 2, pt: "c") } { $gdpr }) and to use your other corrective powers, including an administrative fine ({ REF(58, par: 2) } and { REF(83) } { $gdpr });
complaint-ask-inform = to inform me of the progress and the outcome of the complaint ({ REF(77, par: 2) } { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = to inform me of the progress and the outcome of the complaint (section 165 of the Data Protection Act 2018).
complaint-consent-share = I consent to your sharing this complaint, with my name, with { $controller } for the purpose of handling it.
