### facerights — letters under the California Consumer Privacy Act (CCPA), as amended by the
### California Privacy Rights Act (CPRA) (California, United States), English (reference locale),
### written as a US lawyer would write them: US spelling, California citations ("Cal. Civ. Code
### § 1798.105", "Cal. Code Regs. tit. 11, § 7062").
###
### Every message id starts with `cal-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt; numbered messages (`cal-access-item-1`, `-2`, …) are printed in order for
### as long as they exist. docs/legal-basis.md section 12.8 explains the legal claims, with their
### sources (Clearview's own pages among them).
###
### Choices a reviewer should know:
### - The rights: to know (§§ 1798.110, 1798.115), to delete (§ 1798.105), to opt out of
###   sale or sharing (§ 1798.120), to limit the use of sensitive personal information (§ 1798.121).
###   § 1798.100 is not cited for the right to know: since the CPRA it sets the general duties of
###   businesses (notice at collection); the right to know is in §§ 1798.110 and 1798.115.
###   § 1798.121 is kept with its number: the section number is not in every source; the
###   number and title ("Consumers' Right to Limit Use and Disclosure of Sensitive Personal
###   Information") match the statute as the CPPA publishes it (cppa.ca.gov/regulations/pdf/cppa_act.pdf,
###   seen in copies) and 11 CCR § 7027, which implements it. Not verified on leginfo itself.
###   The opt-out is in every letter: in the access letter's introduction and in the erasure notes.
### - Clearview's own pages are cited as its own statements: that it is a CCPA "business", that its
###   disclosure of photos "is deemed a 'sale' under the CPRA", and that its California notice takes
###   access, deletion and opt-out requests. The letters do not argue about § 1798.105(a)'s "from the
###   consumer" wording.
### - The Delete Act's DROP is described as an alternative route; Clearview's registration as a data
###   broker is not stated as fact (seen only in a third-party copy of the registry).
### - No complaint letter: the California Privacy Protection Agency enforces the CCPA but does not
###   represent individuals; the letters only say the sender will complain to it (online form).
###
### Variables available in every message: $gdpr (the law's short name, law-short-cal) and
### $controller ("Clearview AI, Inc."); in cal-remedies and cal-reminder-remedies also $authority
### (the California Privacy Protection Agency), $website, and $address, which is empty (the Agency's
### postal address is UNCERTAIN) and so is not used.

law-short-cal = CCPA

## What the first request asked for, as the object of a sentence (reminders, enclosures).

cal-request-name-access = my request to know, and my direction to opt out of the sale and sharing of my personal information, under the California Consumer Privacy Act (Cal. Civ. Code §§ 1798.110, 1798.115, 1798.120)
cal-request-name-erasure = my request to delete my personal information and to opt out of its sale and sharing under the California Consumer Privacy Act (Cal. Civ. Code §§ 1798.105, 1798.120)
cal-request-name-access-erasure = my request to know, and then to delete, my personal information, and to opt out of its sale and sharing, under the California Consumer Privacy Act (Cal. Civ. Code §§ 1798.105, 1798.110, 1798.115, 1798.120)

## The request

cal-subject-access = Request to know under the California Consumer Privacy Act (Cal. Civ. Code §§ 1798.110, 1798.115) and direction to opt out of sale and sharing (§ 1798.120)
cal-subject-erasure = Request to delete (Cal. Civ. Code § 1798.105) and direction to opt out of sale and sharing (§ 1798.120) under the California Consumer Privacy Act
cal-subject-access-erasure = Request to know, then to delete, and direction to opt out of sale and sharing under the California Consumer Privacy Act (Cal. Civ. Code §§ 1798.105, 1798.110, 1798.115, 1798.120)
cal-intro-access = I am a California resident. Under the California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act of 2020 (CCPA), Cal. Civ. Code §§ 1798.110 and 1798.115, I request that { $controller } disclose to me the personal information it has collected about me, as set out below. Under Cal. Civ. Code § 1798.120, I also direct you not to sell or share my personal information.
cal-intro-erasure = I am a California resident. Under the California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act of 2020 (CCPA), Cal. Civ. Code § 1798.105, I request that { $controller } delete the personal information it has collected about me, as set out below, and, under Cal. Civ. Code § 1798.120, I direct you not to sell or share my personal information.
cal-intro-access-erasure = I am a California resident. Under the California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act of 2020 (CCPA), I request that { $controller } disclose to me the personal information it has collected about me (Cal. Civ. Code §§ 1798.110, 1798.115) and then delete it (§ 1798.105), and I direct you not to sell or share my personal information (§ 1798.120).
cal-applicability-1 = You describe yourself as a "business" under the CCPA. Your State Information & Rights page states that your "disclosure of photos … is deemed a 'sale' under the CPRA," and your California notice invites California residents to submit "an access, deletion or opt-out request." This letter is such a request.
cal-applicability-2 = The images of my face that you hold, and the biometric information you derive from them, are not excluded from the CCPA as "publicly available" information. That term "does not mean biometric information collected by a business about a consumer without the consumer's knowledge" (Cal. Civ. Code § 1798.140(v)(2)), and "biometric information" under § 1798.140 includes imagery of the face from which a faceprint can be extracted. I did not know that you were collecting images of me, and I never agreed to it.

## Right to know (Cal. Civ. Code §§ 1798.110, 1798.115)

cal-access-heading = Request to know (Cal. Civ. Code §§ 1798.110, 1798.115)
cal-access-ask = Please disclose to me:
cal-access-item-1 = the specific pieces of personal information you have collected about me, including every image in which I appear or which you associate with me;
cal-access-item-2 = for each image, the web address (URL) of the page and of the image where you collected it, and the date you collected it;
cal-access-item-3 = the biometric information you have derived from my face (templates, vectors, or "faceprints"), and any inferences you have drawn about me;
cal-access-item-4 = the categories of personal information you have collected about me, the categories of sources from which you collected it, and your business or commercial purposes for collecting, selling, or sharing it;
cal-access-item-5 = the categories of personal information about me that you have sold or shared, the categories of third parties to whom you sold or shared it, and the categories of personal information about me that you disclosed for a business purpose.
cal-access-note-1 = Please also tell me whether any image of me has been returned as a search result to any of your customers and, if so, to which customers and when.
cal-access-note-2 = My request is not limited to the 12 months before you receive it: it covers all the personal information you have collected about me, as far back as the law allows. If you deny any part of this request, please tell me which part and the specific ground on which you rely.

## Right to delete (Cal. Civ. Code § 1798.105) and to opt out of sale (§ 1798.120)

cal-erasure-heading = Request to delete (Cal. Civ. Code § 1798.105)
cal-erasure-after-access = Once you have responded to my request to know, please delete all personal information about me that you have collected.
cal-erasure-ask = The deletion should cover:
cal-erasure-item-1 = every image of me and every copy of it;
cal-erasure-item-2 = the biometric information derived from my face, including templates and vectors;
cal-erasure-item-3 = the web addresses and other information associated with those images;
cal-erasure-item-4 = the search results, search records, and associations that concern me;
cal-erasure-item-5 = all copies in backups and archives and in the systems of your service providers and contractors.
cal-erasure-note-1 = Your own California notice accepts deletion requests from California residents; please honor mine in full. If you decline to delete any information, please identify it and the specific exception on which you rely.
cal-erasure-note-2 = Opt-out of sale and sharing: because you state that your disclosure of photos is a "sale" under the CPRA, I direct you, under Cal. Civ. Code § 1798.120, not to sell or share any personal information about me, including images of me, in search results or otherwise. This direction takes effect now and does not depend on the outcome of my request to delete.
cal-erasure-note-3 = Limit on the use of sensitive personal information: for as long as you keep any personal information about me, including under an exception to deletion, I direct you under Cal. Civ. Code § 1798.121 to limit your use and disclosure of my sensitive personal information, including any biometric information that you process to identify me, to the uses that section permits. This direction, too, takes effect now.
cal-erasure-note-4 = I am aware of the Delete Act's deletion mechanism (DROP), through which California residents can ask data brokers to delete their personal information and which data brokers must process from August 1, 2026 (Cal. Civ. Code § 1798.99.80 et seq.). You state that you hold only photos and links, not names or email addresses; a DROP request, which is matched on identifiers such as name, email address, phone number, and ZIP code, may therefore not reach the information you hold about me. For that reason I am writing to you directly. If you are a data broker under the Delete Act, this letter is in addition to, and does not replace, any request I make through DROP.
cal-erasure-note-5 = Please tell me what you will do to ensure that images of me are not collected again. If you keep any information about me to prevent that, tell me exactly what it is.
cal-erasure-note-6 = Please confirm the deletion to me in writing, stating what you have deleted, including copies in backups and derived biometric information.

## Verification

cal-identification-heading = Verification of my request
cal-identification-no-photo = This letter gives my name and postal address. Under Cal. Code Regs. tit. 11, § 7060(d), you should "generally avoid requesting additional information" from me to verify my request; under § 7062, you verify a request to know by matching data points I provide with information you already maintain. Your California notice states that you hold only photos and links, not names or email addresses. If you need more to verify me, tell me exactly what and why. I am prepared to sign a declaration under penalty of perjury that I am the consumer whose personal information is the subject of this request, as § 7062(c) contemplates, and, if your system can be searched only with a photograph of my face, to provide one solely for this request. I will not send a copy of a government-issued identity document unless you show that it is necessary.
cal-identification-photo = I enclose a photograph of my face solely so that you can locate the personal information about me and verify this request. Cal. Code Regs. tit. 11, § 7060(d), allows a business to use additional information collected to verify a consumer only for verification, security, or fraud prevention, and requires it to delete that information as soon as practical after processing the request; treat the photograph in the same way. Use it for one search of your database, for this request only. Do not add the photograph, or any biometric information derived from it, to your database, and do not sell, share, or otherwise disclose them. Once you have responded to this request, delete the photograph, any template made from it, and the results of the search, and confirm to me that you have done so. If you need more to verify me, tell me exactly what and why; I am prepared to sign a declaration under penalty of perjury, as Cal. Code Regs. tit. 11, § 7062(c) contemplates, but I will not send a copy of a government-issued identity document unless you show that it is necessary.

## Decisions (none for California today; kept for when one is recorded in data/)

cal-decisions-heading = Decisions concerning { $controller }
cal-decisions-own = In California:
cal-decisions-other = Elsewhere:
# $breaches: the provisions found violated, already joined.
cal-decision-breaches = It found that { $controller } had violated { $breaches }.

## Time limit and what follows

cal-deadline-heading = Time limit for your response
cal-deadline-access = Please respond within 45 calendar days of receiving this request (Cal. Civ. Code § 1798.130(a)(2)(A)). You may extend that period once, by an additional 45 days, only when reasonably necessary and only if you notify me of the extension, and of the reason for it, within the first 45 days. The period runs from the day you receive this request, regardless of the time you need to verify it (Cal. Code Regs. tit. 11, § 7021).
cal-deadline-erasure = Please act on my request to delete within 45 calendar days of receiving it (Cal. Civ. Code § 1798.130(a)(2)(A)). You may extend that period once, by an additional 45 days, only when reasonably necessary and only if you notify me of the extension, and of the reason for it, within the first 45 days. The period runs from the day you receive this request, regardless of the time you need to verify it (Cal. Code Regs. tit. 11, § 7021). Please stop selling and sharing my personal information without waiting for that period to end.
cal-deadline-access-erasure = Please respond to my request to know, and act on my request to delete, within 45 calendar days of receiving this letter (Cal. Civ. Code § 1798.130(a)(2)(A)). You may extend that period once, by an additional 45 days, only when reasonably necessary and only if you notify me of the extension, and of the reason for it, within the first 45 days. The period runs from the day you receive this letter, regardless of the time you need to verify it (Cal. Code Regs. tit. 11, § 7021). Please stop selling and sharing my personal information without waiting for that period to end.
cal-deadline-note-1 = Please confirm receipt of this request within 10 business days (Cal. Code Regs. tit. 11, § 7021).
# $authority: the California Privacy Protection Agency; $website: its website. $address is empty
# (not confirmed) and not used. The Agency enforces the CCPA; it does not act for the individual.
cal-remedies = If you do not respond in full within that time, I will file a complaint with the { $authority }, which enforces the CCPA ({ $website }). I reserve all my other rights.

## Reminder

cal-subject-reminder = Reminder: { $request }, received by you on { $received }
# $kind: access, erasure or access-erasure; $ends: the end of the 45-day period.
cal-reminder-facts = On { $received }, you received { $request }; a copy is enclosed. { $kind ->
    [erasure] The 45 days within which you had to act on my request to delete (Cal. Civ. Code § 1798.130(a)(2)(A)) ended on { $ends }.
   *[other] The 45 days within which you had to respond (Cal. Civ. Code § 1798.130(a)(2)(A)) ended on { $ends }.
}
cal-reminder-no-reply = I have received no response from you, no confirmation of receipt, and no notice extending that period.
cal-reminder-incomplete = Your response is incomplete: it does not contain everything I asked for, and it does not tell me on what ground you withheld the rest.
# $grace: a date fourteen days after this letter.
cal-reminder-demand = Please comply with my request in full without further delay, and in any case by { $grace }. My direction not to sell or share my personal information remains in effect.
cal-reminder-remedies = If you do not comply by then, I will file a complaint with the { $authority }, which enforces the CCPA ({ $website }), without further notice. I reserve all my other rights.

## The frame of a US business letter (instead of letter.ftl's British salutation and close).

cal-salutation = Dear Sir or Madam:
cal-closing = Sincerely,
