### facerights — letters under the Privacy Act 1988 (Cth) (Australia), English (reference locale).
###
### Every message id starts with `au-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt: numbered messages (`au-access-item-1`, `-2`, …) are list items or
### paragraphs printed in order for as long as they exist. Facts about decisions (dates, citations)
### come from data/decisions.toml; the Australian Privacy Principles (APPs) are in Schedule 1 to the
### Act. docs/legal-basis.md section 12 explains each legal claim.
###
### Variables available in every message: $gdpr (the law's short name, au-law-short… see
### law-short-au) and $controller ("Clearview AI, Inc.").

law-short-au = Privacy Act

## How Australian lawyers cite a case: the name, then the medium neutral citation, then the date.

au-decision-citation-titled = { $title } { $reference } ({ $date })
au-decision-kind-determination = determination { $reference }
# A decision cited without a case name (the Canadian report): the body, then its own reference and
# the date in brackets, as AGLC cites a report ("… PIPEDA Findings #2021-001 (2 February 2021)").
# $country is not printed: the authority's name already says it.
au-decision-citation = { $authority }, { $act } ({ $date })
au-decision-kind-report-of-findings = { $reference }

## What the first request asked for, as the object of a sentence (reminders, complaints, enclosures).

au-request-name-access = my request for access to my personal information under Australian Privacy Principle 12
au-request-name-erasure = my request for the destruction of my personal information
au-request-name-access-erasure = my request for access to my personal information under Australian Privacy Principle 12 and for its subsequent destruction

## The request

au-subject-access = Request for access to my personal information under Australian Privacy Principle 12 (Privacy Act 1988 (Cth))
au-subject-erasure = Request to destroy my personal information (Privacy Act 1988 (Cth); [2021] AICmr 54)
au-subject-access-erasure = Request for access under Australian Privacy Principle 12, then destruction of my personal information (Privacy Act 1988 (Cth))
au-intro-access = I am an individual in Australia. Under Australian Privacy Principle (APP) 12 in Schedule 1 to the Privacy Act 1988 (Cth), I request access to the personal information about me that { $controller } holds. I do not need to give reasons for this request.
au-intro-erasure = I am an individual in Australia. I request that { $controller } destroy all personal information about me that it holds and stop collecting images of me. The Australian Information Commissioner has declared that { $controller } must not collect images from individuals in Australia and must delete the images it collected from them.
au-intro-access-erasure = I am an individual in Australia. Under Australian Privacy Principle (APP) 12 in Schedule 1 to the Privacy Act 1988 (Cth), I request access to the personal information about me that { $controller } holds; once I have it, I request that { $controller } destroy that information. The Australian Information Commissioner has declared that { $controller } must not collect images from individuals in Australia and must delete the images it collected from them.
au-applicability-1 = The Privacy Act applies to { $controller }. The Australian Information Commissioner determined that its collection of images from individuals in Australia interfered with their privacy, and the Administrative Appeals Tribunal found that it has had an Australian link (section 5B of the Act) since at least February 2020. The determination stands: { $controller } withdrew its application for review. Both decisions are cited below.

## Access (APP 12)

au-access-heading = Access to my personal information (APP 12)
au-access-ask = Please give me access to all personal information about me that you hold (APP 12.1), in particular:
au-access-item-1 = every image in which I appear or which you associate with me, as you hold it;
au-access-item-2 = for each image, the address (URL) of the web page and of the image where you collected it, and the date you collected it;
au-access-item-3 = the biometric information and templates (vectors) you have derived from my face, and any other information you have derived or inferred about me;
au-access-item-4 = the records of every search in which I was returned as a result, or in which an image of my face was uploaded, with the date of each search and the customer who made it;
au-access-item-5 = the names of the organisations and agencies to which you have disclosed personal information about me.
au-access-note-1 = Please also tell me for what purposes you collected, use and disclose this information, and from which sources you obtained it.
au-access-note-2 = Please give me access by sending me electronic copies: as you hold this information in digital form, that is reasonable and practicable (APP 12.4(b)). You may not charge me for making this request, and any charge for giving access must not be excessive (APP 12.8). If you refuse to give access, or to give it in the manner I ask, you must give me written reasons and tell me how to complain (APP 12.9).

## Destruction

au-erasure-heading = Destruction of my personal information
au-erasure-after-access = Once you have given me access, please destroy all personal information about me that you hold.
au-erasure-ask = The destruction must cover:
au-erasure-item-1 = every image of me and every copy of it;
au-erasure-item-2 = the biometric templates (vectors) derived from my face;
au-erasure-item-3 = the web addresses and other information associated with those images;
au-erasure-item-4 = the search results, search records and associations that concern me;
au-erasure-item-5 = all copies in backups, archives and the systems of your service providers.
au-erasure-note-1 = The Australian Information Commissioner found that you collected sensitive information about individuals in Australia without their consent, in breach of APP 3.3, and declared that you must not collect images from individuals in Australia and must delete all images you had collected from them. Those declarations stand, as you withdrew your application for review. As an individual in Australia, I ask you to comply with them for the information about me.
au-erasure-note-2 = I have never consented to your collection of images of me or of biometric information derived from them. To the extent that you rely on any consent of mine, I withdraw it.
au-erasure-note-3 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any information about me to prevent that, tell me exactly what it is.
au-erasure-note-4 = Please confirm the destruction to me in writing, stating what you have destroyed, including copies in backups and derived templates.

## Identification

au-identification-heading = Identification
au-identification-no-photo = The information in this letter is enough to answer it. If you reasonably need more information to identify me, tell me exactly what and why; I will not send a copy of an identity document unless you show that it is necessary. If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
au-identification-photo = I enclose a photograph of my face solely so that you can find the personal information about me. I consent to one search of your database with a template made from this photograph, for this request only (APP 3.3). I do not consent to any other use: do not add the photograph or the template to your database and do not disclose them. Once you have answered this request, destroy the photograph, the template and the results of the search, and confirm that you have done so.

## Decisions

au-decisions-heading = Decisions against { $controller }
au-decisions-own = In Australia:
au-decisions-other = Privacy regulators in Canada reached similar conclusions in their joint investigation; their findings do not bind you in Australia, but I rely on them as persuasive:
# $breaches: the Australian Privacy Principles found breached, already joined ("3.3 and 1.2").
au-decision-breaches = It found that { $controller } had breached APPs { $breaches }.
# The Commissioner's declarations (s 52(1A) of the Act), as list items, in the words of the OAIC's
# 'Statement on Clearview AI' (21 August 2024): "must not collect images from individuals in
# Australia and must delete all images it had previously collected from individuals in Australia".
au-order-stop-collecting = not collect images from individuals in Australia;
au-order-destroy = delete all images it had collected from individuals in Australia;
# The Tribunal's reasons of 8 May 2023 (it made no orders: the matter was to be listed again).
au-outcome-aat-link = It found that { $controller } is bound by the Privacy Act because it has had an Australian link since at least February 2020, and that it had breached APPs 3.3 and 1.2.
au-outcome-aat-withdrawn = In August 2023, before the Tribunal made orders, { $controller } withdrew its application for review; the Commissioner's determination and declarations therefore stand (Office of the Australian Information Commissioner, ‘Statement on Clearview AI’, 21 August 2024).

## Time limit and what follows

au-deadline-heading = Time limit for your response
au-deadline-access = Please respond within a reasonable period after receiving this request (APP 12.4). Under the Australian Information Commissioner's APP guidelines, that period should not usually exceed 30 calendar days.
au-deadline-erasure = Please act on this request and confirm the destruction within 30 days of receiving it.
au-deadline-access-erasure = Please respond to my request for access within a reasonable period after receiving it (APP 12.4); under the Australian Information Commissioner's APP guidelines, that period should not usually exceed 30 calendar days. Then please destroy the information without undue delay.
# $authority, $website: the Office of the Australian Information Commissioner and its website (its postal address is not confirmed, so it is not printed).
au-remedies = If you do not respond in full within that time, I will pursue the matter with you and, if necessary, complain to the { $authority } ({ $website }) under section 36 of the Act. I reserve all my other rights.

## Reminder (also the complaint to the organisation that the OAIC expects before its own)

au-subject-reminder = Reminder and complaint: { $request }, received by you on { $received }
# $kind: access, erasure or access-erasure; $ends: the end of the period.
au-reminder-facts = On { $received } you received { $request }; a copy is enclosed. { $kind ->
    [erasure] The 30 days I gave you to act on it ended on { $ends }.
   *[other] Under the Australian Information Commissioner's APP guidelines, a reasonable period for your response (APP 12.4) should not usually exceed 30 calendar days; that period ended on { $ends }.
}
au-reminder-no-reply = { $kind ->
    [erasure] I have not received any response from you.
   *[other] I have not received any response from you, nor a written notice of the reasons for a refusal (APP 12.9).
}
au-reminder-incomplete = { $kind ->
    [erasure] Your response is incomplete: it does not deal with everything I asked for, and it does not say what you have destroyed, what you have kept, or why.
   *[other] Your response is incomplete: it does not contain everything I asked for, and you have given me no written notice of the reasons for refusing the rest (APP 12.9).
}
# $grace: a date fourteen days after this letter.
au-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }.
au-reminder-remedies = This letter is also my complaint to you about your handling of my personal information. If you do not resolve it within 30 days of receiving it, I will complain to the { $authority } ({ $website }) under section 36 of the Act, without further notice.

## Complaint to the Office of the Australian Information Commissioner

au-subject-complaint = Privacy complaint against { $controller }
# $controller_address: Clearview's postal address on one line.
au-complaint-intro = I make a complaint under section 36 of the Privacy Act 1988 (Cth) about acts and practices of { $controller }, { $controller_address }, that are or may be an interference with my privacy. It concerns { $request }, which { $controller } received on { $received }; a copy is enclosed.
au-complaint-no-reply = { $controller } has not responded. { $kind ->
    [erasure] The 30 days I gave it ended on { $ends }.
   *[other] Under your APP guidelines, a reasonable period for its response (APP 12.4) should not usually exceed 30 calendar days; that period ended on { $ends }.
}
au-complaint-incomplete = { $controller } has responded, but incompletely, and it has given no written reasons for what it left out. A copy of its response is enclosed.
au-complaint-refused = { $controller } has refused my request. A copy of its response is enclosed.
au-complaint-identity-demanded = { $controller } has made its response depend on identification that my request did not need, such as a copy of an identity document. A copy of its response is enclosed.
# $reminded: the date of the reminder, which was also the complaint to the organisation.
au-complaint-reminded = On { $reminded } I complained to { $controller } in writing before complaining to you (section 40(1A) of the Act); it has not resolved my complaint. A copy is enclosed.
# Followed by what Clearview did, as list items: each completes "it …". An access request rests on
# APP 12; a request for destruction on the Commissioner's declarations, as the Act gives no general
# right to destruction: the erasure variants below cite no APP, and au-breach-erasure cites APP 3.3
# (the collection without consent) with the declarations.
au-complaint-breaches = In my view, { $controller } has interfered with my privacy. In particular, it:
# The breaches, as list items; $kind as above.
au-breach-no-reply = { $kind ->
    [erasure] has not responded to my request that it destroy the personal information about me;
   *[other] has not responded to my request within a reasonable period (APP 12.4);
}
au-breach-incomplete = { $kind ->
    [erasure] has not dealt with my request in full, and has not told me what it has destroyed, what it has kept, or why;
   *[other] has refused part of my request without giving me a written notice of its reasons and of how to complain (APP 12.9);
}
au-breach-refused = { $kind ->
    [erasure] has refused to destroy the personal information about me;
   *[other] has refused to give me access, although in my view none of the grounds on which APP 12.3 allows an organisation to refuse access applies;
}
au-breach-identity-demanded = { $kind ->
    [erasure] has made dealing with my request depend on identification, such as a copy of an identity document, that it does not need;
   *[other] has made giving me access depend on identification, such as a copy of an identity document, that it does not need to identify me;
}
au-breach-access = has not given me access to the personal information about me that it holds (APP 12.1);
au-breach-erasure = as far as I can tell, still holds images of me, and biometric information derived from them, that it collected without my consent (APP 3.3), although the Commissioner has declared that it must delete the images it collected from individuals in Australia;
au-complaint-decisions = The Commissioner has already determined that { $controller } interfered with the privacy of individuals in Australia; the Administrative Appeals Tribunal found that it had breached APPs 3.3 and 1.2, and { $controller } then withdrew its application for review; and regulators in Canada reached similar conclusions:
au-complaint-requests = I ask you:
au-complaint-ask-1 = to investigate my complaint (section 40 of the Act);
au-complaint-ask-2 = if my complaint is not otherwise resolved, to make a determination under section 52 of the Act declaring that { $controller } must comply with my request;
au-complaint-ask-3 = to tell me the outcome of my complaint.
au-complaint-consent-share = I consent to your sharing this complaint, with my name, with { $controller } for the purpose of handling it.
