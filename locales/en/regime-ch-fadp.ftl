### facerights — letters under the revised Swiss Federal Act on Data Protection (FADP, SR 235.1, in
### force since 1 September 2023), English (reference locale).
###
### Every message id starts with `ch-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt. Switzerland has no complaint letter: the Federal Data Protection and
### Information Commissioner (FDPIC) takes reports (Art. 49 FADP), the reporting person is not a
### party, and the data subject's own claims are brought before the civil courts (Art. 32 FADP).
###
### Provisions are typed as Swiss lawyers cite them ("Art. 25 para. 6 FADP", German "Art. 25 Abs. 6
### DSG", French "art. 25 al. 6 LPD", Italian "art. 25 cpv. 6 LPD"), not with REF(): REF writes the
### EU's form in French and Italian. Terms follow the English version of the revised FADP on fedlex
### ("right to information", "breach of personality rights", "contrary to the express wishes of the
### data subject"); "breach of privacy" and "express declaration of intent" are the older wording.
###
### Sources of the legal claims (docs/legal-basis.md section 12.7; data/authorities.toml, CH):
###   Art. 3 para. 1 (territorial scope), Art. 25 paras. 2, 4, 6 and 7, Art. 26 para. 4,
###   Art. 30 para. 2 let. b and para. 3, Art. 32 para. 2 let. a-c, Art. 49 FADP.
### Added in review, checked in the statute text:
###   Art. 3 para. 2 FADP (private-law claims: the PILA), https://prighter.com/resources/laws/swiss-fadp/fadp/chapters/chapter-1
###   Art. 139 para. 1 let. a and para. 3 PILA (SR 291: choice of the law of the habitual residence for
###     claims from processing personal data and from impairment of the right of access),
###     https://droit-bilingue.ch/de-en/2/29/291-139-162.html
###   Art. 31 para. 1 FADP (justification), https://lawbrary.ch/law/art/DSG-v2023.09-en-art-31/
###   Art. 60 para. 1 let. a FADP (fine on complaint for wilfully false or incomplete information),
###     https://prighter.com/ja/resources/laws/swiss-fadp/fadp/chapters/chapter-8
### Art. 3 para. 1 (the effects rule) governs the Act's public-law duties and the FDPIC; the civil
### claims the letters announce (Art. 25, Art. 32) reach Swiss law through Art. 139 PILA, so the
### letters cite both.
### The FDPIC's 2020 texts are public statements, not recommendations (the only act the former FADP
### gave him towards private persons) or decisions: none was found.
###
### Variables available in every message: $gdpr (law-short-ch) and $controller ("Clearview AI, Inc.").
### The authority is named in the text, not with $authority: the program gives a letter in German,
### French or Italian the English name while data/authorities.toml marks the native names uncertain.

law-short-ch = FADP

## What the first request asked for, as the object of a sentence (reminders, enclosures).

ch-request-name-access = my request for information under Art. 25 FADP
ch-request-name-erasure = my objection to the processing of my personal data and my request for their deletion
ch-request-name-access-erasure = my request for information under Art. 25 FADP, with my objection to the processing of my personal data and my request for their subsequent deletion

## The request

ch-subject-access = Request for information under Art. 25 of the Swiss Federal Act on Data Protection (FADP)
ch-subject-erasure = Objection to the processing of my personal data and request for their deletion (Art. 30 para. 2 let. b and Art. 32 para. 2 FADP)
ch-subject-access-erasure = Request for information under Art. 25 FADP, objection to the processing and request for the subsequent deletion of my personal data
ch-intro-access = I live in Switzerland. Under Art. 25 of the Federal Act on Data Protection (FADP, SR 235.1), I request information as to whether { $controller } processes personal data concerning me and, if it does, which data. I do not need to give reasons for this request.
ch-intro-erasure = I live in Switzerland. I expressly object to any processing of personal data concerning me by { $controller }, and I request that you delete all personal data concerning me that you hold, stop collecting images of me and disclose no personal data concerning me to third parties.
ch-intro-access-erasure = I live in Switzerland. Under Art. 25 of the Federal Act on Data Protection (FADP, SR 235.1), I request information as to whether { $controller } processes personal data concerning me and, if it does, which data. Once you have given me that information, I request that you delete those data. I already object to any processing of personal data concerning me other than what answering this request requires.
ch-applicability-1 = The FADP applies to circumstances that have an effect in Switzerland, even if they were initiated abroad (Art. 3 para. 1 FADP). Your collection of images of persons in Switzerland, and the searches your customers run against them, have such an effect. In 2020 the Swiss Federal Data Protection and Information Commissioner (FDPIC) took the view that, in collecting facial data, you breach the personality rights of the persons concerned in Switzerland (see below). For my claims under private law, including my right to information and the claims of Art. 32 FADP, Art. 3 para. 2 FADP refers to the Federal Act on Private International Law (PILA). Under Art. 139 para. 1 let. a and para. 3 PILA, I may choose the law of the State of my habitual residence for claims arising from a breach of personality rights through the processing of personal data or from the impairment of the right of access to personal data, provided that you had to expect the result to occur in that State. You collect images of persons in Switzerland and therefore had to expect it here. I choose Swiss law.

## Information (Art. 25 FADP)

ch-access-heading = Information about my personal data (Art. 25 FADP)
ch-access-ask = Please give me all the information I need to assert my rights under the FADP, and in any case the personal data processed as such (Art. 25 para. 2 let. b FADP), in particular:
ch-access-item-1 = every image in which I appear or which you associate with me, as you hold it;
ch-access-item-2 = for each image, the address (URL) of the web page and of the image where you collected it, and the date you collected it (all available information on the source of the data, Art. 25 para. 2 let. e FADP);
ch-access-item-3 = the biometric data and templates (vectors) you have derived from my face, and any other data you have derived or inferred about me;
ch-access-item-4 = the records of every search in which I was returned as a result, or in which an image of my face was uploaded, with the date of each search and the customer who made it;
ch-access-item-5 = the recipients or categories of recipients to whom you have disclosed personal data concerning me (Art. 25 para. 2 let. g FADP); where you can name them, please do so.
ch-access-note-1 = Please also tell me your identity and contact details, the purpose of each processing, the period for which you store the data or, if that is not possible, the criteria used to determine it, and whether you take automated individual decisions about me and on what logic (Art. 25 para. 2 let. a, c, d and f FADP). This request covers the data that your service providers process on your behalf (Art. 25 para. 4 FADP).
ch-access-note-2 = You must provide the information free of charge (Art. 25 para. 6 FADP); your database is built to be searched by face, so answering this request involves no disproportionate effort. If you refuse, restrict or defer the information, you must tell me why (Art. 26 para. 4 FADP). Private persons who wilfully provide false or incomplete information are liable, on complaint, to a fine of up to CHF 250,000 (Art. 60 para. 1 let. a FADP).

## Deletion (objection under Art. 30 para. 2 let. b and the claims of Art. 32 para. 2 FADP)

ch-erasure-heading = Objection and deletion of my personal data
ch-erasure-after-access = Once you have given me the information, please delete all personal data concerning me that you hold.
ch-erasure-ask = The deletion must cover:
ch-erasure-item-1 = every image of me and every copy of it;
ch-erasure-item-2 = the biometric templates (vectors) derived from my face;
ch-erasure-item-3 = the web addresses and other data associated with those images;
ch-erasure-item-4 = the search results, search records and associations that concern me;
ch-erasure-item-5 = all copies in backups, archives and the systems of your service providers.
ch-erasure-note-1 = My objection covers in particular the collection of images of me and their biometric analysis; I expressly prohibit this processing. Processing personal data contrary to the express wishes of the data subject is a breach of personality rights (Art. 30 para. 2 let. b FADP). For images of me that may be accessible to anyone on the internet, you cannot rely on Art. 30 para. 3 FADP: that provision applies only where the data subject has made the data generally accessible and has not expressly prohibited processing, and I hereby expressly prohibit that processing.
ch-erasure-note-2 = I have never consented to your collection of images of me or of biometric data derived from them. To the extent that you rely on any consent of mine, I withdraw it. A breach of personality rights is unlawful unless it is justified by the consent of the data subject, by an overriding private or public interest, or by law (Art. 31 para. 1 FADP). Neither consent, nor an overriding interest, nor the law justifies collecting images of me and analysing them biometrically against my express wishes.
ch-erasure-note-3 = The prohibition of the processing, the prohibition of the disclosure of my personal data to third parties, and their deletion or destruction are claims I can bring before the civil courts (Art. 32 para. 2 let. a to c FADP). I ask you to comply voluntarily; otherwise I will bring those claims.
ch-erasure-note-4 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any data about me to prevent that, tell me exactly what it is.
ch-erasure-note-5 = Please confirm the deletion to me in writing, stating what you have deleted, including copies in backups and derived templates.

## Identification

ch-identification-heading = Identification
ch-identification-no-photo = The information in this letter is enough to answer it. If you reasonably need more information to identify me, tell me exactly what and why; I will not send a copy of an identity document unless you show that it is necessary. If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
ch-identification-photo = I enclose a photograph of my face solely so that you can find the personal data concerning me. I expressly consent to one search of your database with a template made from this photograph, for this request only. I do not consent to any other use: do not add the photograph or the template to your database and do not disclose them. Once you have answered this request, destroy the photograph, the template and the results of the search, and confirm that you have done so.

## Statements of the FDPIC and decisions abroad

ch-decisions-heading = The Swiss supervisory authority and decisions abroad
ch-decisions-own = In Switzerland, the Federal Data Protection and Information Commissioner (FDPIC) has publicly stated his assessment of your processing. These are public statements, not a recommendation or a decision: I know of no formal recommendation or decision of the FDPIC against { $controller }.
ch-decisions-other = Supervisory authorities in the European Union have found the same processing by { $controller } unlawful. Their decisions apply the EU General Data Protection Regulation (GDPR), not the FADP: the FADP resembles the GDPR in many respects but is a law of its own, and these decisions do not bind you under Swiss law. I cite them as persuasive:
# $breaches: provisions found breached, already joined (no Swiss decision records any so far).
ch-decision-breaches = A breach of { $breaches } was found.
# What each statement of the FDPIC said (data/decisions.toml, outcome keys).
ch-outcome-personality-violation = The Commissioner took the view that, in collecting facial data, the providers of the Clearview application breach the personality rights of the persons concerned in Switzerland as well as the terms of use of social platforms.
ch-outcome-own-request = He announced that, on behalf of the persons concerned in Switzerland, he would ask { $controller } for information about, and the deletion of, the data it processes about himself. On 10 March 2020 he reported that his request of 24 January 2020 had not been answered and that he had therefore sent the company a warning.
ch-outcome-mass-collection = The Commissioner explained that collecting facial data from the internet on a mass scale without the consent of the persons concerned breaches their personality rights under the former FADP, wherever the collector is established.

## Time limit and what follows

ch-deadline-heading = Time limit for your response
ch-deadline-access = The information is normally to be provided within 30 days (Art. 25 para. 7 FADP). Please provide it within 30 days of receiving this request.
ch-deadline-erasure = Please act on this request and confirm the deletion within 30 days of receiving it.
ch-deadline-access-erasure = The information is normally to be provided within 30 days (Art. 25 para. 7 FADP). Please provide it within 30 days of receiving this request, and then delete the data without delay.
ch-remedies = If you do not respond in full within that time, I will enforce my rights under the FADP before the Swiss civil courts and report the matter to the FDPIC (Art. 49 FADP). I reserve all my other rights.

## Reminder

ch-subject-reminder = Reminder: { $request }, received by you on { $received }
# $kind: access, erasure or access-erasure; $ends: the end of the period.
ch-reminder-facts = On { $received } you received { $request }; a copy is enclosed. { $kind ->
    [erasure] The 30 days I gave you to act on it ended on { $ends }.
   *[other] The information is normally to be provided within 30 days (Art. 25 para. 7 FADP); that period ended on { $ends }.
}
ch-reminder-no-reply = { $kind ->
    [erasure] I have not received any response from you, and you have not confirmed the deletion.
   *[other] I have not received any response from you, nor any reasons for refusing, restricting or deferring the information (Art. 26 para. 4 FADP).
}
ch-reminder-incomplete = { $kind ->
    [erasure] Your response is incomplete: it does not confirm the deletion of everything I asked you to delete.
   *[other] Your response is incomplete: it does not contain everything I asked for, and you have not told me why you refuse or restrict the rest (Art. 26 para. 4 FADP).
}
# $grace: a date fourteen days after this letter.
ch-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }.
ch-reminder-remedies = If you do not, I will enforce my rights under the FADP before the Swiss civil courts and report the matter to the FDPIC (Art. 49 FADP), without further notice.

## The frame of a Swiss letter (no ß in Swiss German: "Grüssen", "ausschliesslich").

ch-closing = Yours faithfully,
ch-enclosure-photo = Photograph of my face, provided solely to identify me for this request

## European decisions cited as persuasive: as letter.ftl words them.

ch-decision-kind-injunction-order = injunction order (ordinanza ingiunzione) No. { $reference }
ch-decision-kind-fines-and-penalty-orders = decision (fines and orders subject to a penalty payment)
ch-summary-fine = fine of { $amount }
ch-summary-no-fine = no fine
