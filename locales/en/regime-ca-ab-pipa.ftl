### facerights — letters under Alberta's Personal Information Protection Act (PIPA), S.A. 2003,
### c. P-6.5, English (reference locale).
###
### Every message id starts with `ab-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt: numbered messages (`ab-access-item-1`, `-2`, …) are list items or
### paragraphs printed in order for as long as they exist. Facts about decisions come from
### data/decisions.toml. Cases are cited by name and neutral citation.
###
### Sources (docs/legal-basis.md section 12.5; data/): the 45-day response and the reasonable
### fee after a written estimate (Service Alberta and OIPC, PIPA guide, 2008); review or complaint to
### the Commissioner (oipc.ab.ca). The section numbers of PIPA's access provisions were not seen in a
### source and are NOT printed: the letters name the Act only. Order P2021-12 is cited without a date
### (the sources give 7 and 14 December 2021). 2025 ABKB 287 upheld the order; what the court did
### with the regulation's definition of "publicly available" is reported differently, so the letters
### say only that it held the definition unjustifiably infringes freedom of expression.
###
### Variables available in every message: $gdpr (the law's short name, law-short-ab) and
### $controller ("Clearview AI, Inc.").

law-short-ab = PIPA

## How Canadian lawyers cite: a case by its name and neutral citation (the year and court are in the
## citation); a commissioner's finding or order by the commissioner and its number, with the date
## where the sources agree on it.

ab-decision-citation-titled = { $title }, { $reference }
ab-decision-citation = { $authority }, { $act } ({ $date })
ab-decision-citation-undated = { $authority }, { $act }
ab-decision-kind-report-of-findings = { $reference }

## What the first request asked for, as the object of a sentence (reminders, enclosures).

ab-request-name-access = my request for access to my personal information under Alberta's Personal Information Protection Act
ab-request-name-erasure = my request for the deletion of my personal information
ab-request-name-access-erasure = my request for access to my personal information under Alberta's Personal Information Protection Act and for its subsequent deletion

## The request

ab-subject-access = Request for access to my personal information under the Personal Information Protection Act (Alberta)
ab-subject-erasure = Request to delete my personal information (Personal Information Protection Act (Alberta); Order P2021-12)
ab-subject-access-erasure = Request for access to my personal information under the Personal Information Protection Act (Alberta), then deletion of that information
ab-intro-access = I am an individual in Alberta. Under the Personal Information Protection Act, S.A. 2003, c. P-6.5 (PIPA), I request access to the personal information about me that { $controller } holds. This is my written request for access under PIPA.
ab-intro-erasure = I am an individual in Alberta. I request that { $controller } delete all personal information about me that it holds and stop collecting, using and disclosing images of me, as the Information and Privacy Commissioner of Alberta ordered for individuals in Alberta in Order P2021-12 under the Personal Information Protection Act, S.A. 2003, c. P-6.5 (PIPA).
ab-intro-access-erasure = I am an individual in Alberta. Under the Personal Information Protection Act, S.A. 2003, c. P-6.5 (PIPA), I request access to the personal information about me that { $controller } holds; this is my written request for access under PIPA. Once I have that access, I request that you delete that information, as the Information and Privacy Commissioner of Alberta ordered for individuals in Alberta in Order P2021-12.
ab-applicability-1 = The Information and Privacy Commissioner of Alberta found that { $controller } had contravened PIPA and made Order P2021-12 against it, and the Court of King's Bench of Alberta upheld that order. Both decisions are cited below.

## Access

ab-access-heading = Access to my personal information (PIPA)
ab-access-ask = Please give me access to all personal information about me that you hold, in particular:
ab-access-item-1 = every image in which I appear or which you associate with me, as you hold it;
ab-access-item-2 = for each image, the address (URL) of the web page and of the image where you collected it, and the date you collected it;
ab-access-item-3 = the biometric information and facial arrays (vectors) you have derived from my face, and any other information you have derived or inferred about me;
ab-access-item-4 = the records of every search in which I was returned as a result, or in which an image of my face was uploaded, with the date of each search and the customer who made it;
ab-access-item-5 = the names of the persons and organizations to which you have disclosed personal information about me.
ab-access-note-1 = Please also tell me how you have used and disclosed this information, for what purposes, and from which sources you obtained it.
ab-access-note-2 = If you intend to charge a fee, it must be reasonable, and you must first give me a written estimate. If you refuse any part of my request, please tell me in writing which part and why.

## Deletion

ab-erasure-heading = Deletion of my personal information
ab-erasure-after-access = Once you have given me access, please delete all personal information about me that you hold.
ab-erasure-ask = The deletion must cover:
ab-erasure-item-1 = every image of me and every copy of it;
ab-erasure-item-2 = the biometric facial arrays (vectors) derived from my face;
ab-erasure-item-3 = the web addresses and other information associated with those images;
ab-erasure-item-4 = the search results, search records and associations that concern me;
ab-erasure-item-5 = all copies in backups, archives and the systems of your service providers.
ab-erasure-note-1 = In Order P2021-12, the Commissioner found that you had contravened PIPA and ordered you to stop collecting, using and disclosing images and biometric facial arrays collected from individuals in Alberta, and to delete them. The Court of King's Bench of Alberta upheld that order (2025 ABKB 287). The court also held that the definition of publicly available information in the regulation under PIPA unjustifiably infringes freedom of expression; it upheld the order nonetheless. As an individual in Alberta, I ask you to comply with the order for the information about me.
ab-erasure-note-2 = I have never consented to your collection, use or disclosure of images of me or of biometric information derived from them. To the extent that you rely on any consent of mine, I withdraw it.
ab-erasure-note-3 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any information about me to prevent that, tell me exactly what it is.
ab-erasure-note-4 = Please confirm the deletion to me in writing, stating what you have deleted, including copies in backups and derived facial arrays.

## Identification

ab-identification-heading = Identification
ab-identification-no-photo = The information in this letter is enough to answer it. If you reasonably need more information to identify me, tell me exactly what and why; I will not send a copy of an identity document unless you show that it is necessary. If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
ab-identification-photo = I enclose a photograph of my face solely so that you can find the personal information about me. I consent to one search of your database with a facial array made from this photograph, for this request only. I do not consent to any other use: do not add the photograph or the array to your database and do not disclose them. Once you have answered this request, delete the photograph, the array and the results of the search, and confirm that you have done so.

## Decisions

ab-decisions-heading = Decisions against { $controller }
ab-decisions-own = In Alberta:
ab-decisions-other = Order P2021-12 followed a joint investigation by the Information and Privacy Commissioner of Alberta, the Privacy Commissioner of Canada and the privacy authorities of British Columbia and Quebec; the authorities of British Columbia and Quebec also made orders against { $controller }, and British Columbia's order has been upheld on appeal. I rely on these as persuasive:
# $breaches: the sections of PIPA found contravened, already joined ("7, 11, 16 and 19").
ab-decision-breaches = It found that { $controller } had contravened ss. { $breaches } of PIPA.
# Order P2021-12, as list items after "It ordered Clearview AI, Inc. to:".
ab-order-stop-offering = stop offering its facial recognition services to clients in Alberta;
ab-order-stop-collecting = stop collecting, using and disclosing images and biometric facial arrays collected from individuals in Alberta;
ab-order-delete = delete the images and biometric facial arrays collected from individuals in Alberta;
ab-outcome-order-upheld = It upheld Order P2021-12, holding that { $controller } did not have a reasonable purpose for its collection, use and disclosure of personal information.
# Reports differ on the remedy the court gave (part of the regulation struck, or the definition read
# more broadly): only the holding is stated.
ab-outcome-regulation-charter = It also held that the definition of publicly available information in the Personal Information Protection Act Regulation, Alta. Reg. 366/2003, s. 7(e), unjustifiably infringes freedom of expression under s. 2(b) of the Canadian Charter of Rights and Freedoms.

## Time limit and what follows

ab-deadline-heading = Time limit for your response
ab-deadline-access = You must respond to my request within 45 days of receiving it, the time limit that PIPA sets for responding to a request for access.
ab-deadline-erasure = Please act on this request and confirm the deletion within 45 days of receiving it, the time PIPA gives you to respond to a request for access.
ab-deadline-access-erasure = You must respond to my request for access within 45 days of receiving it, the time limit that PIPA sets for responding to a request for access. Please then delete the information without undue delay.
# $authority, $website: the Office of the Information and Privacy Commissioner of Alberta and its
# website ($address is empty: its postal address was not seen in a source).
ab-remedies = If you refuse my request or do not respond in full within that time, I will bring the matter before the { $authority } ({ $website }) by a request for review or a complaint. I reserve all my other rights.

## Reminder

ab-subject-reminder = Reminder: { $request }, received by you on { $received }
# $kind: access, erasure or access-erasure; $ends: the end of the period.
ab-reminder-facts = On { $received } you received { $request }; a copy is enclosed. { $kind ->
    [erasure] The 45 days I gave you to act on it ended on { $ends }.
   *[other] The 45 days that PIPA gives you to respond ended on { $ends }.
}
ab-reminder-no-reply = I have not received any response from you.
ab-reminder-incomplete = { $kind ->
    [erasure] Your response is incomplete: you have not confirmed that you deleted everything I asked you to delete, and you have not told me why.
   *[other] Your response is incomplete: it does not contain everything I asked for, and you have not told me why you left the rest out.
}
# $grace: a date fourteen days after this letter.
ab-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }.
ab-reminder-remedies = If you do not, I will bring the matter before the { $authority } ({ $website }) by a request for review or a complaint, without further notice.

## The close of a Canadian business letter.

ab-closing = Yours truly,
