### facerights — letters under the Personal Information Protection and Electronic Documents Act
### (PIPEDA) (Canada, federal), English (reference locale).
###
### Every message id starts with `ca-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt: numbered messages (`ca-access-item-1`, `-2`, …) are list items or
### paragraphs printed in order for as long as they exist. Facts about decisions (dates, citations)
### come from data/decisions.toml. Provisions are cited as Canadian lawyers cite them: "s. 8(3) of
### PIPEDA", "Principle 4.9 of Schedule 1"; cases by name and neutral citation.
###
### Sources (docs/legal-basis.md section 12.3; data/): PIPEDA s. 8(1)-(7) (written request,
### 30 days, one extension, deemed refusal, fee only after notice of the approximate cost, written
### reasons for a refusal); Schedule 1, Principle 4.9 (existence, use and disclosure, and access);
### s. 11(1) and (3) (written complaint; a complaint about a refused request within six months);
### s. 8(4) in full (grounds, the alternative-format extension, the contents of the notice) and
### s. 8(7) (reasons and recourse), checked against the text of s. 8; s. 5(3) (appropriate purposes),
### quoted on priv.gc.ca (OPC, "Guidance on inappropriate data practices: Interpretation and
### application of subsection 5(3)"); access "at minimal or no cost" and where the information was
### obtained, OPC, "PIPEDA Fair Information Principle 9 – Individual Access" (priv.gc.ca);
### PIPEDA Findings #2021-001 (recommendations, not orders; Clearview disagreed); Doan v. Clearview
### AI Inc., 2023 FC 236 (a complaint about the collection discontinued under s. 12.2(1)(e)).
### Not cited: Schedule 1 clauses 4.3.8 (withdrawal of consent) and 4.5.3 (destruction), whose text
### was not verified in an official source; the letters withdraw consent without a clause number.
###
### Variables available in every message: $gdpr (the law's short name, law-short-ca) and
### $controller ("Clearview AI, Inc.").

law-short-ca = PIPEDA

## How Canadian lawyers cite: a case by its name and neutral citation (the year and court are in the
## citation); a commissioner's finding or order by the commissioner and its number, with the date.

ca-decision-citation-titled = { $title }, { $reference }
ca-decision-citation = { $authority }, { $act } ({ $date })
ca-decision-citation-undated = { $authority }, { $act }
ca-decision-kind-report-of-findings = { $reference }

## What the first request asked for, as the object of a sentence (reminders, complaints, enclosures).

ca-request-name-access = my request for access to my personal information under section 8 of PIPEDA
ca-request-name-erasure = my request for the deletion of my personal information
ca-request-name-access-erasure = my request for access to my personal information under section 8 of PIPEDA and for its subsequent deletion

## The request

ca-subject-access = Request for access to my personal information under section 8 of the Personal Information Protection and Electronic Documents Act (PIPEDA)
ca-subject-erasure = Request to delete my personal information (PIPEDA; PIPEDA Findings #2021-001)
ca-subject-access-erasure = Request for access to my personal information under section 8 of PIPEDA, then deletion of that information
ca-intro-access = I am an individual in Canada. Under section 8 of the Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5 (PIPEDA), and Principle 4.9 of Schedule 1 to that Act, I request access to the personal information about me that { $controller } holds. This is my written request under s. 8(1) of PIPEDA.
ca-intro-erasure = I am an individual in Canada. I request that { $controller } delete all personal information about me that it holds and stop collecting, using and disclosing images of me, as the Privacy Commissioner of Canada recommended for individuals in Canada in the joint investigation of { $controller } under the Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5 (PIPEDA).
ca-intro-access-erasure = I am an individual in Canada. Under section 8 of the Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5 (PIPEDA), and Principle 4.9 of Schedule 1 to that Act, I request access to the personal information about me that { $controller } holds; this is my written request under s. 8(1) of PIPEDA. Once I have that access, I request that you delete that information, as the Privacy Commissioner of Canada recommended for individuals in Canada.
ca-applicability-1 = The Office of the Privacy Commissioner of Canada investigated { $controller } under PIPEDA, jointly with the privacy authorities of Quebec, British Columbia and Alberta, and reported its findings in PIPEDA Findings #2021-001. The provincial authorities then made binding orders against { $controller } under their own private-sector privacy statutes, and the courts of British Columbia and Alberta have upheld the orders of those provinces' commissioners. These decisions are cited below.

## Access (s. 8 and Principle 4.9 of Schedule 1)

ca-access-heading = Access to my personal information (s. 8 of PIPEDA; Principle 4.9 of Schedule 1)
ca-access-ask = Please tell me whether you hold personal information about me, and give me access to all of it (Principle 4.9 of Schedule 1), in particular:
ca-access-item-1 = every image in which I appear or which you associate with me, as you hold it;
ca-access-item-2 = for each image, the address (URL) of the web page and of the image where you collected it, and the date you collected it;
ca-access-item-3 = the biometric information and facial arrays (vectors) you have derived from my face, and any other information you have derived or inferred about me;
ca-access-item-4 = the records of every search in which I was returned as a result, or in which an image of my face was uploaded, with the date of each search and the customer who made it;
ca-access-item-5 = the names of the organizations and agencies to which you have disclosed personal information about me or, if you cannot say to which of them you have actually disclosed it, of those to which you may have disclosed it.
ca-access-note-1 = Please also tell me how you have used and disclosed this information, for what purposes, and from which sources you obtained it (Principle 4.9 of Schedule 1).
ca-access-note-2 = Access is to be given at minimal or no cost to me (Principle 4.9 of Schedule 1). You may respond at a cost to me only if you have first informed me of the approximate cost and I have then told you that I am not withdrawing my request (s. 8(6) of PIPEDA). If you refuse any part of my request, you must tell me so in writing, setting out your reasons and any recourse that I have under Part 1 of PIPEDA (s. 8(7)).

## Deletion

ca-erasure-heading = Deletion of my personal information
ca-erasure-after-access = Once you have given me access, please delete all personal information about me that you hold.
ca-erasure-ask = My request for deletion covers:
ca-erasure-item-1 = every image of me and every copy of it;
ca-erasure-item-2 = the biometric facial arrays (vectors) derived from my face;
ca-erasure-item-3 = the web addresses and other information associated with those images;
ca-erasure-item-4 = the search results, search records and associations that concern me;
ca-erasure-item-5 = all copies in backups, archives and the systems of your service providers.
ca-erasure-note-1 = The Office of the Privacy Commissioner of Canada found that you collected, used and disclosed images of individuals in Canada for inappropriate purposes and without their consent, and recommended that you stop collecting, using and disclosing images and biometric facial arrays of individuals in Canada and delete those you have collected (PIPEDA Findings #2021-001, cited below). Those recommendations are not binding, and you disagreed with them; but the privacy authorities of British Columbia, Alberta and Quebec have since made binding orders to similar effect for individuals in their provinces. As an individual in Canada, I ask you to act on the recommendations for the information about me.
ca-erasure-note-2 = I have never consented to your collection, use or disclosure of images of me or of biometric information derived from them. To the extent that you rely on any consent of mine, I withdraw it.
ca-erasure-note-3 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any information about me to prevent that, tell me exactly what it is.
ca-erasure-note-4 = Please confirm the deletion to me in writing, stating what you have deleted, including copies in backups and derived facial arrays.

## Identification

ca-identification-heading = Identification
ca-identification-no-photo = The information in this letter is enough to answer it. If you reasonably need more information to identify me, tell me exactly what and why; I will not send a copy of an identity document unless you show that it is necessary. If your system can only be searched with a photograph of my face, tell me so; I will then provide one solely for this request.
ca-identification-photo = I enclose a photograph of my face solely so that you can find the personal information about me. I consent to one search of your database with a facial array made from this photograph, for this request only. I do not consent to any other use: do not add the photograph or the array to your database and do not disclose them. Once you have answered this request, delete the photograph, the array and the results of the search, and confirm that you have done so.

## Decisions

ca-decisions-heading = Findings and decisions concerning { $controller }
ca-decisions-own = Under PIPEDA:
ca-decisions-other = The privacy authorities of British Columbia, Alberta and Quebec, which took part in the same joint investigation, made binding orders against { $controller } under their provinces' private-sector privacy statutes, and the courts of British Columbia and Alberta have upheld the orders of those provinces' commissioners. I rely on these decisions as persuasive:
# $breaches: the provisions found contravened, already joined. The federal report records none as such.
ca-decision-breaches = It found that { $controller } had contravened { $breaches } of PIPEDA.
# The Commissioner's recommendations are not binding (PIPEDA Findings #2021-001); Clearview disagreed.
ca-decision-recommended = Its recommendations, which are not binding and with which { $controller } disagreed, were that { $controller }:
# The recommendations, as list items.
ca-order-stop-offering = stop offering its facial recognition service in Canada;
ca-order-stop-collecting = stop collecting, using and disclosing images and biometric facial arrays of individuals in Canada;
ca-order-delete = delete the images and biometric facial arrays of individuals in Canada that it had collected;
ca-outcome-inappropriate-purposes = In a joint investigation with the privacy authorities of Quebec, British Columbia and Alberta, it found that { $controller } collected, used and disclosed the personal information of individuals in Canada for inappropriate purposes, the mass identification and surveillance of individuals, which consent could not make appropriate.
ca-outcome-no-consent = It also found that { $controller } had not obtained their consent, and that the exception for publicly available information does not extend to information on social media.

## Time limit and what follows

ca-deadline-heading = Time limit for your response
ca-deadline-access = You must respond to this request with due diligence and in any case no later than 30 days after receiving it (s. 8(3) of PIPEDA). You may extend that time limit only on the grounds set out in s. 8(4), by no more than 30 days (unless you need more time to convert the information into an alternative format), and only by sending me, no later than 30 days after the date of my request, a notice setting out the new time limit, your reasons and my right to complain to the Privacy Commissioner of Canada about the extension. If you do not respond within the time limit, you are deemed to have refused my request (s. 8(5)).
ca-deadline-erasure = Please act on this request and confirm the deletion within 30 days of receiving it.
ca-deadline-access-erasure = You must respond to my request for access with due diligence and in any case no later than 30 days after receiving it (s. 8(3) of PIPEDA). You may extend that time limit only on the grounds set out in s. 8(4), by no more than 30 days (unless you need more time to convert the information into an alternative format), and only by sending me, no later than 30 days after the date of my request, a notice setting out the new time limit, your reasons and my right to complain to the Privacy Commissioner of Canada about the extension; if you do not respond within the time limit, you are deemed to have refused my request (s. 8(5)). Please then delete the information without undue delay.
# $authority, $address: the Office of the Privacy Commissioner of Canada and its address.
ca-remedies = If you refuse my request or do not respond in full within that time, I may file a complaint with the { $authority }, { $address }, under s. 11 of PIPEDA. I reserve all my other rights.

## Reminder

ca-subject-reminder = Reminder: { $request }, received by you on { $received }
# $kind: access, erasure or access-erasure; $ends: the end of the period.
ca-reminder-facts = On { $received } you received { $request }; a copy is enclosed. { $kind ->
    [erasure] The 30 days I gave you to act on it ended on { $ends }.
   *[other] The time limit of 30 days for your response (s. 8(3) of PIPEDA) ended on { $ends }.
}
ca-reminder-no-reply = { $kind ->
    [erasure] I have not received any response from you.
   *[other] I have not received any response from you, nor any notice extending the time limit (s. 8(4) of PIPEDA). You are therefore deemed to have refused my request (s. 8(5)).
}
ca-reminder-incomplete = { $kind ->
    [erasure] Your response is incomplete: you have not confirmed that you deleted everything I asked you to delete, and you have not told me why.
   *[other] Your response is incomplete: it does not contain everything I asked for, and you have not given me written reasons for refusing the rest (s. 8(7) of PIPEDA).
}
# $grace: a date fourteen days after this letter.
ca-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }.
ca-reminder-remedies = If you do not, I may file a complaint with the { $authority }, { $address }, under s. 11 of PIPEDA, without further notice.

## Complaint to the Office of the Privacy Commissioner of Canada (s. 11 of PIPEDA)
##
## In Doan v. Clearview AI Inc., 2023 FC 236, the Office had discontinued an individual's complaint
## about Clearview's collection under s. 12.2(1)(e), the matter being already the subject of a report.
## The complaint therefore rests on the person's own request; for access, on the (deemed) refusal
## under s. 8, which s. 11(3) treats separately. That this makes it a distinct matter is the
## complainant's submission, not a settled point: the letter says so.

ca-subject-complaint = Complaint under section 11 of PIPEDA against { $controller }
# $controller_address: Clearview's postal address on one line.
ca-complaint-intro = I file this written complaint under s. 11(1) of the Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5 (PIPEDA), against { $controller }, { $controller_address }. It concerns { $request }, which { $controller } received on { $received }; a copy is enclosed. I am aware that your Office discontinued the investigation of an individual's complaint about { $controller }'s collection of images under s. 12.2(1)(e) of PIPEDA, because the matter had already been the subject of a report (Doan v. Clearview AI Inc., 2023 FC 236 at para. 2). { $kind ->
    [erasure] My complaint concerns my own request to { $controller }, which I made after that report was issued, and { $controller }'s handling of it; I ask you to consider it on that basis.
   *[other] I submit that my complaint is a distinct matter: it concerns { $controller }'s obligations under s. 8 of PIPEDA in respect of my own request for access, which I made after that report was issued.
}
# $kind: access, erasure or access-erasure; $ends: the end of the period.
ca-complaint-no-reply = { $controller } has not responded. { $kind ->
    [erasure] The 30 days I gave it ended on { $ends }.
   *[other] The time limit of 30 days for its response (s. 8(3) of PIPEDA) ended on { $ends }, and it did not notify me of any extension (s. 8(4)). It is therefore deemed to have refused my request (s. 8(5)); the six months within which s. 11(3) requires this complaint to be filed run from the expiry of that time limit.
}
ca-complaint-incomplete = { $kind ->
    [erasure] { $controller } has responded, but it has not confirmed that it deleted everything I asked it to delete, and it has given no reasons. A copy of its response is enclosed.
   *[other] { $controller } has responded, but incompletely, and it has not given me written reasons for refusing the rest (s. 8(7) of PIPEDA). A copy of its response is enclosed.
}
ca-complaint-refused = { $controller } has refused my request. A copy of its response is enclosed.
ca-complaint-identity-demanded = { $controller } has made its response depend on identification that my request did not need, such as a copy of an identity document. A copy of its response is enclosed.
# $reminded: the date of the reminder.
ca-complaint-reminded = On { $reminded } I sent { $controller } a reminder; it has still not complied with my request. A copy of the reminder is enclosed.
ca-complaint-breaches = In my view, { $controller } has not complied with PIPEDA, in particular:
# The contraventions, as list items; $kind as above.
ca-breach-no-reply = { $kind ->
    [erasure] it has not responded to my request to delete my personal information, although I have withdrawn any consent on which it might rely;
   *[other] s. 8(3), because it did not respond to my request within 30 days, so that it is deemed to have refused it (s. 8(5));
}
ca-breach-incomplete = { $kind ->
    [erasure] it has not confirmed the deletion of all my personal information, although I have withdrawn any consent on which it might rely, and it has given no reasons;
   *[other] s. 8(7), because it has not given me written reasons for refusing part of my request;
}
ca-breach-refused = { $kind ->
    [erasure] it has refused to delete my personal information, although I have withdrawn any consent on which it might rely;
   *[other] s. 8 and Principle 4.9 of Schedule 1, because it refused my request without a ground that PIPEDA recognizes;
}
ca-breach-identity-demanded = { $kind ->
    [erasure] it has made the deletion of my personal information depend on identification it does not need;
   *[other] s. 8 and Principle 4.9 of Schedule 1, because it made my access depend on identification it does not need;
}
ca-breach-access = Principle 4.9 of Schedule 1, because it has not told me whether it holds personal information about me, how it has used and disclosed it, or given me access to it;
ca-breach-erasure = s. 5(3) of PIPEDA and Principle 4.3 of Schedule 1, because, to the extent that it holds images of me and biometric information derived from them, it collected them and keeps them for use in its facial recognition service without my knowledge or consent and for purposes that your Office found inappropriate in PIPEDA Findings #2021-001;
ca-complaint-decisions = Your Office has already reported its findings against { $controller }, and the privacy authorities of British Columbia, Alberta and Quebec have made binding orders against it; the courts of British Columbia and Alberta have upheld the orders of those provinces' commissioners:
ca-complaint-requests = I ask you:
ca-complaint-ask-1 = to investigate my complaint;
ca-complaint-ask-2 = to recommend that { $controller } respond to my request in full;
ca-complaint-ask-3 = to tell me the outcome of my complaint. I reserve my right to apply to the Federal Court under s. 14 of PIPEDA.
ca-complaint-consent-share = I consent to your sharing this complaint, with my name, with { $controller } for the purpose of investigating it.

## The close of a Canadian business letter.

ca-closing = Yours truly,
