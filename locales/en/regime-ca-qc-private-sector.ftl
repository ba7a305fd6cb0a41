### facerights — letters under Québec's Act respecting the protection of personal information in the
### private sector, CQLR, c. P-39.1, as amended by the Act to modernize legislative provisions as
### regards the protection of personal information (2021, c. 25, "Law 25"), English (reference locale).
### Québec letters default to French (locales/fr/regime-ca-qc-private-sector.ftl); this version is for
### a person in Québec who chooses English.
###
### Every message id starts with `qc-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt: numbered messages (`qc-access-item-1`, `-2`, …) are list items or
### paragraphs printed in order for as long as they exist. Facts about decisions (dates, citations)
### come from data/decisions.toml, with their sources; docs/legal-basis.md section 12.6 explains the claims.
###
### Provisions cited (and only these): s. 27 (confirm the existence of the information, communicate it
### and allow a copy to be obtained; computerized information in a written and intelligible
### transcript on request; the structured, commonly used technological format only for computerized
### information collected from the person, not created or inferred, which the letter asks for
### beyond that without claiming it as a right: text quoted by Osler, "Law 25: Understanding the scope
### of the right to data portability", 20 September 2024, secondary), s. 28 deletion where collection
### or retention is not authorized by law, s. 28.1 cessation of dissemination and de-indexation
### where dissemination contravenes the law or a court order, ss. 30, 32 and 34 applying to such a
### request (LégisQuébec), s. 30 written request by a person proving their identity as the person
### concerned, s. 32 reply within 30 days, failure to reply deemed a refusal.
###
### Recourse: the application for the examination of a disagreement must reach the Commission "within
### thirty days of the refusal of the request or of the expiry of the time limit for replying to it"
### (CAI, "Recours devant la Commission", https://www.cai.gouv.qc.ca/citoyens/recours-devant-la-commission/;
### older English page: "within 30 days of the refusal or the deadline for a response"). The time
### limit is stated without a section number: the text of ss. 42–43 was not seen in an official
### source. The reminder says that it does not suspend that time limit. Also not printed, for want of
### an official source: the section on fees (the rule itself, from the CAI's FAQ, is stated without a
### number), the section on written reasons for a refusal (likewise), and any relief from the 30 days.
###
### Décision 1023158-S: its orders concern the carrying on of an enterprise in Québec (CAI release);
### the letter does not claim that they name the sender's images, but infers from the sender's lack
### of consent that collecting and keeping them is not authorized by law. The 90 days for destruction
### come from the press (Direction informatique, 14 December 2021, quoting the Commission).
###
### Canadian citation style: "s. 27 of the Private Sector Act"; a case by its name and neutral
### citation, without a date (the year is in the citation); a decision of an authority by the
### authority, the decision and its date.
###
### Variables available in every message: $gdpr (the law's short name, law-short-qc) and
### $controller ("Clearview AI, Inc.").

law-short-qc = Private Sector Act

## How Québec lawyers cite decisions: the authority, the decision, the date; a case by its name and
## neutral citation. The country is left out: every decision these letters cite is Canadian.

qc-decision-citation = { $authority }, { $act }, { $date }
qc-decision-citation-titled = { $title }, { $reference }
qc-decision-citation-undated = { $authority }, { $act }
qc-decision-kind-report-of-findings = { $reference }
# Introduces the Commission's orders (list items qc-order-*).
qc-decision-orders = The Commission ordered { $controller } to:

## What the first request asked for, as the object of a sentence (reminders, complaints, enclosures).

qc-request-name-access = my request for access to my personal information under section 27 of the { $gdpr }
qc-request-name-erasure = my request for the deletion of my personal information under section 28 of the { $gdpr }
qc-request-name-access-erasure = my request for access to my personal information under section 27 of the { $gdpr } and for its subsequent deletion under section 28

## The request

qc-subject-access = Request for access to my personal information (s. 27 of the Act respecting the protection of personal information in the private sector)
qc-subject-erasure = Request for the deletion of my personal information (ss. 28 and 28.1 of the Act respecting the protection of personal information in the private sector; CAI decision 1023158-S)
qc-subject-access-erasure = Request for access to my personal information, then for its deletion (ss. 27 and 28 of the Act respecting the protection of personal information in the private sector)
qc-intro-access = I reside in Québec. Under section 27 of the Act respecting the protection of personal information in the private sector, CQLR, c. P-39.1 (the “{ $gdpr }”), I request that { $controller } confirm the existence of the personal information it holds about me, communicate it to me and allow me to obtain a copy of it. I make this request in writing, as section 30 of the { $gdpr } requires.
qc-intro-erasure = I reside in Québec. Under section 28 of the Act respecting the protection of personal information in the private sector, CQLR, c. P-39.1 (the “{ $gdpr }”), I request that { $controller } delete all personal information about me that it holds, and that it stop collecting images of me. In its decision 1023158-S, the Commission d'accès à l'information du Québec has, moreover, ordered { $controller } to stop collecting images without the consent of the persons concerned in the course of carrying on an enterprise in Québec, and to destroy the images so collected. I make this request in writing, as section 30 of the { $gdpr } requires.
qc-intro-access-erasure = I reside in Québec. Under section 27 of the Act respecting the protection of personal information in the private sector, CQLR, c. P-39.1 (the “{ $gdpr }”), I request that { $controller } confirm the existence of the personal information it holds about me, communicate it to me and allow me to obtain a copy of it. Once it has done so, I request that it delete that information under section 28 of the { $gdpr }, as the Commission d'accès à l'information du Québec ordered it, in its decision 1023158-S, to destroy the images collected without the consent of the persons concerned. I make this request in writing, as section 30 of the { $gdpr } requires.
qc-applicability-1 = The { $gdpr } applies to { $controller }. In its decision 1023158-S, cited below, the Commission d'accès à l'information du Québec held that the relevant legislation, including the { $gdpr }, applies to { $controller }, and that { $controller } had failed to meet several of its legal obligations by collecting images of persons from photographs published on the Internet and using them to create biometric identifiers, without the consent of the persons concerned.

## Access (s. 27)

qc-access-heading = Access to my personal information (s. 27)
qc-access-ask = Please confirm the existence of all personal information you hold about me, communicate it to me and allow me to obtain a copy of it (s. 27), in particular:
qc-access-item-1 = every image in which I appear or which you associate with me, as you hold it;
qc-access-item-2 = for each image, the address (URL) of the web page and of the image where you collected it, and the date you collected it;
qc-access-item-3 = the biometric identifiers (vectors) you have created from my face, and any other information you have derived or inferred about me;
qc-access-item-4 = the records of every search in which I was returned as a result, or in which an image of my face was submitted, with the date of each search and the client who made it;
qc-access-item-5 = the names of the persons and organizations to which you have communicated personal information about me.
qc-access-note-1 = Computerized information, including the biometric identifiers and the search records, must be communicated to me in the form of a written and intelligible transcript, which I expressly request (s. 27). Please also send me the information in a structured, commonly used technological format, and the images themselves as image files. Section 27 provides for that format only for computerized information collected from the person concerned; I nevertheless ask you to use it for all the computerized information you hold about me.
qc-access-note-2 = Please also tell me for what purposes you collected, use and communicate this information, from which sources you obtained it, and how long you will keep it.
qc-access-note-3 = Consulting my personal information is free of charge. Only reasonable fees for the transcription, reproduction or transmission of the information may be charged, and you must tell me their approximate amount before you proceed. If you refuse my request in whole or in part, you must notify me of your refusal in writing, give your reasons and inform me of my recourses.

## Deletion (ss. 28 and 28.1)

qc-erasure-heading = Deletion of my personal information (ss. 28 and 28.1)
qc-erasure-after-access = Once you have communicated my personal information to me, please delete it.
qc-erasure-ask = The deletion must cover all personal information about me that you hold, including:
qc-erasure-item-1 = every image of me and every copy of it;
qc-erasure-item-2 = the biometric identifiers (vectors) created from my face;
qc-erasure-item-3 = the web addresses and other information associated with those images;
qc-erasure-item-4 = the search results, search records and associations that concern me;
qc-erasure-item-5 = all copies in backups, archives and the systems of your service providers.
qc-erasure-note-1 = Under section 28 of the { $gdpr }, I may have personal information about me deleted if its collection or retention is not authorized by law. In its decision 1023158-S, the Commission d'accès à l'information du Québec found that you had collected images of persons and created biometric identifiers from them without their consent, and ordered you, in the course of carrying on your enterprise in Québec, to stop collecting those images and using them to create biometric identifiers, and to destroy the images collected without consent and the biometric identifiers. I have never consented to the collection of images of me or to the creation of biometric identifiers from them: neither their collection nor their retention is therefore authorized by law. I ask you to delete them and to comply with the Commission's orders as regards the information about me.
qc-erasure-note-2 = To the extent that you disseminate personal information about me, in particular by showing images of me in the search results you provide to your clients, I also ask you to cease that dissemination and to de-index any hyperlink attached to my name that gives access to that information (s. 28.1). That section applies, among other cases, where dissemination contravenes the law; since the Commission has found that you collected these images in contravention of the law, in my view their dissemination contravenes the law as well. Sections 30, 32 and 34 of the { $gdpr } apply to this request.
qc-erasure-note-3 = To the extent that you rely on any consent of mine, I withdraw it.
qc-erasure-note-4 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any information about me to prevent that, tell me exactly what it is.
qc-erasure-note-5 = Please confirm the deletion to me in writing, stating what you have deleted, including copies in backups and biometric identifiers.

## Identification (s. 30)

qc-identification-heading = Identification
qc-identification-no-photo = Under section 30 of the { $gdpr }, the request must be made in writing by a person proving their identity as the person concerned. This signed letter gives my name and address. If you reasonably need more information to verify my identity, tell me exactly what and why; I will not send a copy of an identity document unless you show that it is necessary. If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
qc-identification-photo = I enclose a photograph of my face solely so that you can find the personal information about me. I consent to one search of your database with a biometric template made from this photograph, for this request only. I do not consent to any other use: do not add the photograph or the template to your database and do not communicate them to anyone. Once you have answered this request, destroy the photograph, the template and the results of the search, and confirm that you have done so.

## Decisions

qc-decisions-heading = Decisions and findings concerning { $controller }
qc-decisions-own = In Québec:
qc-decisions-other = The Commission's decision followed a joint investigation with the Office of the Privacy Commissioner of Canada and the information and privacy commissioners of British Columbia and Alberta. The following findings and decisions concern the same practices of { $controller }; I also rely on them:
# $breaches: the sections of the Act the secondary sources list for the decision, already joined
# ("2, 6, 13 and 14"). Section 2 is a definition, so the sentence says the decision "refers to"
# them rather than that each was breached.
qc-decision-breaches = It held that the { $gdpr } applies to { $controller } and that { $controller } had failed to meet several of its legal obligations; the decision refers in particular to sections { $breaches } of the { $gdpr }.
# The Commission's orders (CAI news release of 14 December 2021), as list items after
# qc-decision-orders; the 90 days from Direction informatique (14 December 2021), quoting the Commission.
qc-order-stop-files = stop establishing files on other persons in the course of carrying on an enterprise in Québec;
qc-order-stop-collecting = stop collecting images, without the consent of the persons concerned, in the course of carrying on an enterprise in Québec;
qc-order-stop-biometric = stop using those images to create biometric identifiers (vectors) without the consent of the persons concerned;
qc-order-destroy = destroy, within 90 days, the images collected without the consent of the persons concerned and the biometric identifiers;

## Time limit and what follows (s. 32)

qc-deadline-heading = Time limit for your response
qc-deadline-access = You must respond to my request with diligence and no later than 30 days after receiving it (s. 32 of the { $gdpr }). If you do not respond within that time, { $controller } is deemed to have refused it.
qc-deadline-erasure = You must respond to my request with diligence and no later than 30 days after receiving it (s. 32 of the { $gdpr }). If you do not respond within that time, { $controller } is deemed to have refused it.
qc-deadline-access-erasure = You must respond to my request with diligence and no later than 30 days after receiving it (s. 32 of the { $gdpr }); if you do not respond within that time, { $controller } is deemed to have refused it. Once you have communicated my personal information to me, delete it without delay.
# $authority, $address: the Commission d'accès à l'information du Québec and its Québec City address.
# The 30 days for the recourse: CAI, "Recours devant la Commission" (see the header).
qc-remedies = If you do not respond in full within that time, I will submit, within the 30 days allowed for it, an application for the examination of a disagreement (demande d'examen de mésentente) to the { $authority }, { $address }. I reserve all my other rights and recourses.

## Reminder

qc-subject-reminder = Reminder: { $request }, received by you on { $received }
# $ends: the end of the 30-day period.
qc-reminder-facts = On { $received } you received { $request }; a copy is enclosed. The 30-day period for your response (s. 32 of the { $gdpr }) ended on { $ends }.
qc-reminder-no-reply = I have received no response from you. Under section 32 of the { $gdpr }, { $controller } is therefore deemed to have refused my request, without having notified me in writing of any reasons for the refusal.
qc-reminder-incomplete = Your response is incomplete: it does not contain everything I asked for, and you have not notified me in writing of your reasons for refusing the rest.
# $grace: a date fourteen days after this letter.
qc-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }.
# The application must reach the Commission within 30 days of the refusal or of the expiry of the
# time limit for replying (CAI, "Recours devant la Commission"); this reminder does not suspend that
# time limit, which may expire before the date given above.
qc-reminder-remedies = If you do not, I will submit an application for the examination of a disagreement (demande d'examen de mésentente) to the { $authority }, { $address }, without further notice. This reminder does not suspend the 30 days, running from your refusal or from the expiry of the time limit for your response, within which that application must reach the Commission: if necessary, I will submit it even before the date given above. I reserve all my other rights and recourses.

## Application to the Commission d'accès à l'information for the examination of a disagreement

qc-subject-complaint = Application for the examination of a disagreement with { $controller } (Act respecting the protection of personal information in the private sector)
# $controller_address: Clearview's postal address on one line.
qc-complaint-intro = I submit to the Commission an application for the examination of a disagreement (demande d'examen de mésentente) with { $controller }, { $controller_address }, under the Act respecting the protection of personal information in the private sector, CQLR, c. P-39.1 (the “{ $gdpr }”). The disagreement concerns { $request }, which { $controller } received on { $received }; a copy is enclosed.
qc-complaint-no-reply = { $controller } has not responded. The 30-day period for its response (s. 32 of the { $gdpr }) ended on { $ends }; { $controller } is therefore deemed to have refused my request.
qc-complaint-incomplete = { $controller } has responded, but incompletely, and it has not notified me in writing of its reasons for refusing the rest. A copy of its response is enclosed.
qc-complaint-refused = { $controller } has refused my request. A copy of its response is enclosed.
qc-complaint-identity-demanded = { $controller } has made its response conditional on identification that I consider excessive, such as a copy of an identity document. A copy of its response is enclosed.
# $reminded: the date of the reminder.
qc-complaint-reminded = On { $reminded } I sent { $controller } a reminder; it has not complied with my request. A copy is enclosed.
qc-complaint-breaches = In my view, { $controller } has failed to comply with the { $gdpr }, in particular:
# The breaches, as list items starting with "by".
qc-breach-no-reply = by not responding to my request within 30 days of receiving it (s. 32);
qc-breach-incomplete = by not notifying me in writing of its reasons for refusing the part of my request it has not complied with;
qc-breach-refused = by refusing my request without a ground that the { $gdpr } recognizes;
qc-breach-identity-demanded = by refusing to act on my request until I provide that identification, although my signed, written request was in my view sufficient to prove my identity as the person concerned (s. 30);
qc-breach-access = by not communicating to me all the personal information it holds about me (s. 27);
qc-breach-erasure = by not deleting the personal information about me, whose collection and retention are not authorized by law (s. 28), although the Commission ordered it, in its decision 1023158-S, to destroy the images collected without the consent of the persons concerned and the biometric identifiers;
qc-complaint-decisions = The Commission has already decided against { $controller }, and other Canadian findings and decisions concern the same practices:
qc-complaint-requests = I ask the Commission:
qc-complaint-ask-1 = to examine this disagreement and to order { $controller } to comply with my request;
qc-complaint-ask-2 = to treat this application also, to the extent necessary, as a complaint that { $controller } has not complied with decision 1023158-S as regards the personal information about me, and to take the measures within its powers to ensure compliance;
qc-complaint-ask-3 = to inform me of the outcome of this application.
qc-complaint-consent-share = I consent to the Commission communicating this application, with my name, to { $controller } for the purpose of examining it.

## The close of a Canadian business letter, as in the federal letters (ca-closing).

qc-closing = Yours truly,
