### facerights — letters under British Columbia's Personal Information Protection Act (PIPA),
### S.B.C. 2003, c. 63, English (reference locale).
###
### Every message id starts with `bc-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt: numbered messages (`bc-access-item-1`, `-2`, …) are list items or
### paragraphs printed in order for as long as they exist. Facts about decisions (dates, citations)
### come from data/decisions.toml. Provisions are cited as Canadian lawyers cite them ("s. 23 of
### PIPA"); cases by name and neutral citation.
###
### Sources (docs/legal-basis.md section 12.4; data/): s. 23 (access: the information, how it
### has been and is being used, to whom it has been disclosed), s. 27 (written request), s. 29 (30
### days, a "day" excluding Saturdays and holidays), s. 9 (withdrawal of consent) from the Act's
### table of sections; s. 31 (extension) and s. 32 ("minimal" fee) from a secondary source;
### ss. 46-47 (review or complaint). Order P21-08 is stated in its narrower reported form: "best
### efforts" to stop collecting, using and disclosing and to delete. "Day" does not include a Saturday
### or a holiday (s. 1, bclaws mirror), and a Sunday is a holiday (Interpretation Act, R.S.B.C. 1996,
### c. 238, s. 29, as quoted by a secondary source): the letters say "Saturdays, Sundays or other
### holidays". s. 30 ("Content of response", Bill 38 table of sections): on a refusal, the reasons and
### the provision relied on, and a contact person (FIPA BC, secondary); cited for the reasons only.
###
### Variables available in every message: $gdpr (the law's short name, law-short-bc) and
### $controller ("Clearview AI, Inc.").

law-short-bc = PIPA

## How Canadian lawyers cite: a case by its name and neutral citation (the year and court are in the
## citation); a commissioner's finding or order by the commissioner and its number, with the date.

bc-decision-citation-titled = { $title }, { $reference }
bc-decision-citation = { $authority }, { $act } ({ $date })
bc-decision-citation-undated = { $authority }, { $act }
bc-decision-kind-report-of-findings = { $reference }

## What the first request asked for, as the object of a sentence (reminders, enclosures).

bc-request-name-access = my request for access to my personal information under section 23 of PIPA
bc-request-name-erasure = my request for the deletion of my personal information
bc-request-name-access-erasure = my request for access to my personal information under section 23 of PIPA and for its subsequent deletion

## The request

bc-subject-access = Request for access to my personal information under section 23 of the Personal Information Protection Act (British Columbia)
bc-subject-erasure = Request to delete my personal information (Personal Information Protection Act (British Columbia); Order P21-08)
bc-subject-access-erasure = Request for access to my personal information under section 23 of the Personal Information Protection Act (British Columbia), then deletion of that information
bc-intro-access = I am an individual in British Columbia. Under section 23 of the Personal Information Protection Act, S.B.C. 2003, c. 63 (PIPA), I request access to the personal information about me that { $controller } holds. This is my written request under s. 27 of PIPA.
bc-intro-erasure = I am an individual in British Columbia. I request that { $controller } delete all personal information about me that it holds and stop collecting, using and disclosing images of me. Order P21-08, which the Information and Privacy Commissioner for British Columbia made against { $controller } under the Personal Information Protection Act, S.B.C. 2003, c. 63 (PIPA), requires you to make best efforts to do so for individuals in British Columbia.
bc-intro-access-erasure = I am an individual in British Columbia. Under section 23 of the Personal Information Protection Act, S.B.C. 2003, c. 63 (PIPA), I request access to the personal information about me that { $controller } holds; this is my written request under s. 27 of PIPA. Once I have that access, I request that you delete that information, as Order P21-08 requires you to make best efforts to do.
bc-applicability-1 = PIPA applies to { $controller }. The Information and Privacy Commissioner for British Columbia found that { $controller } had contravened PIPA and made Order P21-08 against it. The Supreme Court of British Columbia dismissed { $controller }'s petition for judicial review, holding that PIPA applies to { $controller } because of its real and substantial connection with British Columbia, and the Court of Appeal for British Columbia dismissed its appeal, holding that PIPA is constitutionally applicable to it. These decisions are cited below.

## Access (s. 23)

bc-access-heading = Access to my personal information (s. 23 of PIPA)
bc-access-ask = Please give me access to all personal information about me that you hold (s. 23 of PIPA), in particular:
bc-access-item-1 = every image in which I appear or which you associate with me, as you hold it;
bc-access-item-2 = for each image, the address (URL) of the web page and of the image where you collected it, and the date you collected it;
bc-access-item-3 = the biometric information and facial arrays (vectors) you have derived from my face, and any other information you have derived or inferred about me;
bc-access-item-4 = the records of every search in which I was returned as a result, or in which an image of my face was uploaded, with the date of each search and the customer who made it;
bc-access-item-5 = the names of the individuals and organizations to which you have disclosed personal information about me (s. 23 of PIPA).
bc-access-note-1 = Please also tell me how this information has been and is being used (s. 23 of PIPA), for what purposes, and from which sources you obtained it.
bc-access-note-2 = Any fee you charge for access may only be minimal (s. 32 of PIPA); please tell me the amount in writing before you charge it. If you refuse any part of my request, you must tell me the reasons for the refusal and the provision of PIPA on which it is based (s. 30 of PIPA); please do so in writing and say which part you refuse.

## Deletion

bc-erasure-heading = Deletion of my personal information
bc-erasure-after-access = Once you have given me access, please delete all personal information about me that you hold.
bc-erasure-ask = The deletion must cover:
bc-erasure-item-1 = every image of me and every copy of it;
bc-erasure-item-2 = the biometric facial arrays (vectors) derived from my face;
bc-erasure-item-3 = the web addresses and other information associated with those images;
bc-erasure-item-4 = the search results, search records and associations that concern me;
bc-erasure-item-5 = all copies in backups, archives and the systems of your service providers.
bc-erasure-note-1 = In Order P21-08, the Commissioner found that you had contravened PIPA and ordered you to make best efforts to stop collecting, using and disclosing images and biometric facial arrays of individuals in British Columbia collected without their consent, and to delete those you hold. The courts have upheld that order (2024 BCSC 2311; 2026 BCCA 67). As an individual in British Columbia, I ask you to comply with it for the information about me.
bc-erasure-note-2 = I have never consented to your collection, use or disclosure of images of me or of biometric information derived from them. To the extent that you rely on any consent of mine, I withdraw it (s. 9 of PIPA).
bc-erasure-note-3 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any information about me to prevent that, tell me exactly what it is.
bc-erasure-note-4 = Please confirm the deletion to me in writing, stating what you have deleted, including copies in backups and derived facial arrays.

## Identification

bc-identification-heading = Identification
bc-identification-no-photo = The information in this letter is enough to answer it. If you reasonably need more information to identify me, tell me exactly what and why; I will not send a copy of an identity document unless you show that it is necessary. If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
bc-identification-photo = I enclose a photograph of my face solely so that you can find the personal information about me. I consent to one search of your database with a facial array made from this photograph, for this request only. I do not consent to any other use: do not add the photograph or the array to your database and do not disclose them. Once you have answered this request, delete the photograph, the array and the results of the search, and confirm that you have done so.

## Decisions

bc-decisions-heading = Decisions against { $controller }
bc-decisions-own = In British Columbia:
bc-decisions-other = Order P21-08 followed a joint investigation by the Information and Privacy Commissioner for British Columbia, the Privacy Commissioner of Canada and the privacy authorities of Alberta and Quebec, who reached the same conclusions; the authorities of Alberta and Quebec also made orders against { $controller }. I rely on these as persuasive:
# $breaches: the sections of PIPA found contravened, already joined ("7, 8, 11, 14 and 17").
bc-decision-breaches = It found that { $controller } had contravened ss. { $breaches } of PIPA.
# Order P21-08, as list items after "It ordered Clearview AI, Inc. to:". The reports differ on
# whether deletion was ordered outright or on a best-efforts basis: the narrower version is stated.
bc-order-stop-offering = stop offering to clients in British Columbia its facial recognition services that use images and biometric facial arrays of individuals in British Columbia collected without their consent;
bc-order-best-efforts = make best efforts to stop collecting, using and disclosing images and biometric facial arrays of individuals in British Columbia collected without their consent, and to delete those it holds;
bc-outcome-petition-dismissed = It dismissed { $controller }'s petition for judicial review of Order P21-08, holding that PIPA applies to { $controller } because of its real and substantial connection with British Columbia.
bc-outcome-appeal-dismissed = It dismissed { $controller }'s appeal, holding that PIPA is constitutionally applicable to { $controller }, and found Order P21-08 reasonable and enforceable.

## Time limit and what follows

bc-deadline-heading = Time limit for your response
bc-deadline-access = You must respond to my request within 30 days of receiving it, not counting Saturdays, Sundays or other holidays (s. 29 of PIPA), unless you extend that time limit as s. 31 of PIPA permits.
bc-deadline-erasure = Please act on this request and confirm the deletion within 30 days of receiving it, not counting Saturdays, Sundays or other holidays, the time PIPA gives you to respond to a request for access.
bc-deadline-access-erasure = You must respond to my request for access within 30 days of receiving it, not counting Saturdays, Sundays or other holidays (s. 29 of PIPA), unless you extend that time limit as s. 31 of PIPA permits. Please then delete the information without undue delay.
# $authority, $website: the Office of the Information and Privacy Commissioner for British Columbia
# and its website ($address is empty: its postal address was not seen in a source).
bc-remedies = If you refuse my request or do not respond in full within that time, I will bring the matter before the { $authority } ({ $website }) by a request for review or a complaint (ss. 46 and 47 of PIPA). I reserve all my other rights.

## Reminder

bc-subject-reminder = Reminder: { $request }, received by you on { $received }
# $kind: access, erasure or access-erasure; $ends: the end of the period counted without Saturdays and
# Sundays (other holidays move it further).
bc-reminder-facts = On { $received } you received { $request }; a copy is enclosed. { $kind ->
    [erasure] The time I gave you to act on it, 30 days not counting Saturdays, Sundays or other holidays, ended on { $ends }, or one day later for each other holiday that fell within that period.
   *[other] The time limit for your response under s. 29 of PIPA, 30 days not counting Saturdays, Sundays or other holidays, ended on { $ends }, or one day later for each other holiday that fell within that period.
}
bc-reminder-no-reply = { $kind ->
    [erasure] I have not received any response from you.
   *[other] I have not received any response from you, nor any notice that you have extended the time limit under s. 31 of PIPA.
}
bc-reminder-incomplete = { $kind ->
    [erasure] Your response is incomplete: you have not confirmed that you deleted everything I asked you to delete, and you have not told me why.
   *[other] Your response is incomplete: it does not contain everything I asked for, and you have not told me why you left the rest out.
}
# $grace: a date fourteen days after this letter.
bc-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }.
bc-reminder-remedies = If you do not, I will bring the matter before the { $authority } ({ $website }) by a request for review or a complaint (ss. 46 and 47 of PIPA), without further notice.

## The close of a Canadian business letter.

bc-closing = Yours truly,
