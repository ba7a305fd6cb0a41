### facerights — letters under the Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14/1 et seq.
### (Illinois, United States), English (reference locale), written as a US lawyer would write them:
### US spelling, ILCS citations ("740 ILCS 14/15(a)"), Bluebook-style case citations.
###
### Every message id starts with `il-`, the law's suffix in data/jurisdictions.toml. The structure is
### templates/regime.txt; numbered messages (`il-access-item-1`, `-2`, …) are printed in order for as
### long as they exist. Facts about the ACLU case come from data/decisions.toml; the legal claims
### are explained in docs/legal-basis.md, section 12.8.
###
### What the law gives and what it does not, and how these letters deal with it:
### - BIPA gives no right of access or deletion. The "access" letter therefore ASKS (it does not
###   demand) for what Section 15 requires Clearview to do or to publish; the "erasure" letter demands
###   what Section 15(a) requires of Clearview on its own: permanent destruction.
### - Section 15(a) also covers only biometric identifiers and biometric information: the deletion of
###   the images themselves is asked for, not demanded.
### - BIPA sets no reply period, and no regulator takes individual complaints (its remedy is the
###   private right of action): there is no reminder or complaint, and the time given is a request.
### - The terms of the ACLU consent order are known only from the ACLU's and the press's reports: the
###   letters say "as reported". How long the Illinois opt-out must be offered and when the Illinois
###   ban ends are not known: the letters ask Clearview rather than state them.
### - The 2025 class settlement (In re Clearview AI, Inc. Consumer Privacy Litigation) may have
###   released damages claims; whether it did is not known. The letters claim no damages and reserve
###   all rights, naming the right of action of 740 ILCS 14/20 (injunction and other relief).
### - The photo variant gives a written release under Section 15(b), because a search with the
###   photograph means making a template of it; without a release Clearview could refuse the search
###   as itself unlawful. The release is drafted as 15(b)(2) expects: one purpose (one search for this
###   letter, and, only where the letter asks for it, blocking under the Illinois opt-out), a term
###   (until the answer; for the opt-out, until it ends or the sender revokes), no other use, no
###   disclosure, destruction at the end, and no consent to anything collected before or after.
###
### Variables available in every message: $gdpr (the law's short name, law-short-il) and $controller
### ("Clearview AI, Inc."). No authority variables: Illinois has none for these letters.

law-short-il = BIPA

## How a US lawyer cites the ACLU case (Bluebook): the case name, the docket number, then the court
## and the date in parentheses: "ACLU v. Clearview AI, Inc., No. 2020 CH 04353 (Ill. Cir. Ct. Cook
## Cnty. May 11, 2022)". The court's abbreviation is written out here because the only Illinois
## decision in data/ is of the Circuit Court of Cook County; a decision of another court needs its
## own abbreviation.

il-decision-citation-titled = { $title }, { $reference } (Ill. Cir. Ct. Cook Cnty. { $date })
# The consent order's terms are known from a party's (the ACLU's) and the press's reports, not from
# the order itself: the orders are introduced as reported.
il-decision-orders = As publicly reported, including by the ACLU of Illinois, a party to the case, the consent order requires { $controller } to:

## What the first letter asked for, as the object of a sentence (enclosures).

il-request-name-access = my letter of inquiry about my biometric identifiers and biometric information under 740 ILCS 14/15
il-request-name-erasure = my demand that you permanently destroy my biometric identifiers and biometric information under 740 ILCS 14/15(a)
il-request-name-access-erasure = my letter of inquiry about my biometric identifiers and biometric information under 740 ILCS 14/15, and my demand that you then permanently destroy them under 740 ILCS 14/15(a)

## The letter

il-subject-access = Inquiry about my biometric identifiers and biometric information and your retention schedule (Biometric Information Privacy Act, 740 ILCS 14/15)
il-subject-erasure = Demand for permanent destruction of my biometric identifiers and biometric information (740 ILCS 14/15(a)) and request to apply the Illinois opt-out
il-subject-access-erasure = Inquiry about, and demand for permanent destruction of, my biometric identifiers and biometric information (Biometric Information Privacy Act, 740 ILCS 14/15)
il-intro-access = I live in Illinois. I am writing about any images of my face that { $controller } holds and any biometric identifiers or biometric information that it has derived from them. The Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14/1 et seq., does not give me a statutory right of access, and I do not claim one. It does, however, require you to make public a written retention schedule and destruction guidelines, and it restricts what you may do with biometric identifiers and biometric information. I therefore ask you for the information set out below, so that I can know whether you hold such data about me and whether you are complying with Section 15 of BIPA.
il-intro-erasure = I live in Illinois. Section 15(a) of the Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14/15(a), requires { $controller } to comply with a retention schedule under which biometric identifiers and biometric information are permanently destroyed when the initial purpose for collecting or obtaining them has been satisfied or within 3 years of the individual's last interaction with it, whichever occurs first. I demand that you comply with that duty now and permanently destroy all biometric identifiers and biometric information about me that you hold. I also ask you to delete the images of my face from which they were derived and to apply to me the opt-out for Illinois residents described below.
il-intro-access-erasure = I live in Illinois. I am writing about any images of my face that { $controller } holds and any biometric identifiers or biometric information that it has derived from them. The Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14/1 et seq., does not give me a statutory right of access, and I do not claim one; I therefore ask you for the information set out below. Once you have provided it, I demand that you permanently destroy those biometric identifiers and that biometric information, as Section 15(a) of BIPA requires.
il-applicability-1 = BIPA applies to any private entity in possession of biometric identifiers or biometric information. Your own Illinois Biometric Information Retention Policy states that you keep "Illinois Information" "solely for the purpose of complying with … ongoing legal obligations," that you block it from searches, and that you retain it "for so long as it is required … pursuant to legal information preservation obligations."
il-applicability-2 = You never informed me in writing that a biometric identifier or biometric information of mine was being collected or stored, or of the specific purpose and length of term for which it was being collected, stored, and used, and I never executed a written release, as Section 15(b) of BIPA, 740 ILCS 14/15(b), requires before any collection. To the extent that you claim any consent or release from me, I revoke it.

## What the letter asks for (no statutory right of access: these are questions)

il-access-heading = Information I request
il-access-ask = Please tell me in writing:
il-access-item-1 = whether you hold, or have held, any image of my face, or any biometric identifier or biometric information derived from an image of me (such as a face template or "faceprint"), and, if so, what you hold and since when;
il-access-item-2 = whether you treat any of it as "Illinois Information" under your Illinois Biometric Information Retention Policy, and whether, since when, and by what means you block or filter it from search results;
il-access-item-3 = the written policy, establishing a retention schedule and guidelines for permanently destroying biometric identifiers and biometric information, that Section 15(a) requires you to develop and make available to the public, and the date by which, under that schedule, any biometric identifiers or biometric information of mine will be destroyed;
il-access-item-4 = which "legal information preservation obligations" your policy relies on to retain Illinois Information, including any proceeding, order, warrant, or subpoena, and whether each of them still applies today;
il-access-item-5 = whether you have sold, leased, traded, or otherwise profited from any biometric identifier or biometric information of mine (740 ILCS 14/15(c)); if you have not, please confirm it;
il-access-item-6 = whether you have disclosed, redisclosed, or otherwise disseminated any biometric identifier or biometric information of mine (740 ILCS 14/15(d)), including to your customers, and, if so, to whom, when, and on what basis; if you have not, please confirm it;
il-access-item-7 = whether any image of me has ever been returned as a search result to any of your customers, and, if so, to whom and when.
il-access-note-1 = Section 15(a) requires a private entity in possession of biometric identifiers or biometric information to comply with its established retention schedule and destruction guidelines, absent a valid warrant or subpoena issued by a court of competent jurisdiction. If you rely on such a warrant or subpoena, or on any other ground, to keep biometric identifiers or biometric information of mine beyond your schedule, please identify it.
il-access-note-2 = If the preservation obligations your policy cites have ended, please tell me when they ended and what you have done since with the Illinois Information you held for them.

## Destruction (740 ILCS 14/15(a))

il-erasure-heading = Permanent destruction (740 ILCS 14/15(a))
il-erasure-after-access = Once you have answered the questions above, I demand that you permanently destroy the biometric identifiers and biometric information about me that you hold.
il-erasure-ask = The destruction must cover:
il-erasure-item-1 = every biometric identifier and all biometric information derived from any image of me, including face templates, vectors, and "faceprints";
il-erasure-item-2 = every copy of them, including copies in backups, archives, and the systems of your service providers;
il-erasure-item-3 = any search results, records, and associations in which they were used to match me.
il-erasure-note-1 = Section 15(a) requires a private entity in possession of biometric identifiers or biometric information to establish, make public, and comply with a retention schedule and guidelines for permanently destroying them when the initial purpose for collecting or obtaining them has been satisfied or within 3 years of the individual's last interaction with the private entity, whichever occurs first. In my view, no purpose remains that could justify keeping them: you obtained any biometric identifiers or biometric information of mine without the notice and written release that Section 15(b) requires, and your own policy states that you keep Illinois Information only to comply with legal obligations and block it from searches. If you contend that an initial purpose remains unsatisfied, or that a later interaction with me restarted the three-year period, please tell me what it is.
il-erasure-note-2 = I also ask you to delete every image of my face that you hold, together with the web addresses and other information associated with those images. I do not base this request on Section 15(a), which concerns biometric identifiers and biometric information; but as long as you keep the images, you can derive those identifiers from them again.
il-erasure-note-3 = Please also apply to me the opt-out for Illinois residents that, as reported, you agreed to offer under the consent order in ACLU v. Clearview AI, Inc., No. 2020 CH 04353 (Ill. Cir. Ct. Cook Cnty. May 11, 2022), so that no image of me appears in the results of any search of your database. If you no longer offer that opt-out, please tell me when and why it ended and how you will keep images of me out of search results instead. If applying it requires you to keep any information about me, tell me exactly what, for how long, and confirm that you will use it for no other purpose.
il-erasure-note-4 = Please confirm the destruction to me in writing, stating what you have destroyed and when, including copies in backups and derived templates.

## Identification

il-identification-heading = Identification
il-identification-no-photo = This letter gives my name and address. If you reasonably need more information to find any data about me, tell me exactly what and why. I will not send a copy of an identity document unless you show that it is necessary. If your system can be searched only with a photograph of my face, tell me so; I will then consider providing one solely for this purpose, with a written release limited to that purpose and to a stated term.
il-identification-photo = I enclose a photograph of my face solely so that you can find any images of me, and any biometric identifiers or biometric information derived from them, and answer this letter. If searching your database with this photograph requires you to create a face template or any other biometric identifier or biometric information from it, this letter is my written release under 740 ILCS 14/15(b) for that purpose only, on the following terms. You may create a template from the enclosed photograph and use it to search your database once, for this letter. You may keep the photograph and the template only until you have answered this letter; but if this letter asks you to apply the Illinois opt-out, you may keep the template solely to keep images of me out of search results, for as long as you apply the opt-out to me or until I revoke this release in writing, whichever comes first. You may not use the photograph or the template for any other purpose, add them to your database, or sell, disclose, or otherwise disseminate them. This release covers nothing else: it is not a consent to, or a release for, any other collection, storage, or use of biometric identifiers or biometric information of mine, before or after this letter. When the release ends, permanently destroy the photograph, the template, and the results of the search, and confirm to me in writing that you have done so.

## The ACLU case

il-decisions-heading = Court orders concerning { $controller }
il-decisions-own = In Illinois:
il-decisions-other = Other decisions:
# Not used for Illinois today (the ACLU consent order records no findings); kept for a future
# decision. $breaches: the provisions found violated, already joined.
il-decision-breaches = It found that { $controller } had violated { $breaches }.
# The consent order's terms as the ACLU of Illinois (a party) and the press reported them; the
# order itself was not seen (data/decisions.toml, us-il-aclu-2022).
il-order-no-private-entities = permanently refrain, nationwide, from making its faceprint database available to most businesses and other private entities;
il-order-no-illinois-sales = refrain for five years from selling access to its database to any entity in Illinois, including state and local police;
il-order-opt-out = offer Illinois residents an online form through which they can upload a photograph to block their faceprint from search results;

## Time for a response (BIPA sets none) and what follows

il-deadline-heading = Time for your response
il-deadline-access = BIPA sets no time limit for answering an inquiry of this kind. I ask you to answer within 30 days of receiving this letter.
il-deadline-erasure = Destruction under Section 15(a) is not something you owe only on request: it is your continuing duty. I ask you to destroy the biometric identifiers and biometric information about me, and to confirm the destruction and the opt-out to me in writing, within 30 days of receiving this letter.
il-deadline-access-erasure = BIPA sets no time limit for answering an inquiry of this kind; I ask you to answer within 30 days of receiving this letter. Destruction under Section 15(a) is not something you owe only on request: it is your continuing duty. Please carry it out as soon as you have answered, and confirm it to me in writing within the same 30 days.
# No authority: BIPA is enforced by private action, and no regulator takes individual complaints.
# Whether the 2025 class settlement released the sender's damages claims is UNCERTAIN: no damages are
# claimed, every right is reserved.
il-remedies = This letter is not a claim for damages, and I am aware of the class settlement in In re Clearview AI, Inc. Consumer Privacy Litigation, No. 1:21-cv-00135 (N.D. Ill.). Whatever that settlement released, I do not understand it to relieve you of your continuing duties under Section 15. If you do not comply, I reserve all my rights and remedies, including the right of action under Section 20 of BIPA, 740 ILCS 14/20, under which a court may grant an injunction and other relief.

## The frame of a US business letter (instead of letter.ftl's British salutation and close).

il-salutation = Dear Sir or Madam:
il-closing = Sincerely,
