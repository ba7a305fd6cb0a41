### facerights — interface text (the interactive wizard), English reference.
### A message missing here in another language falls back to English, message by message.

wizard-welcome = facerights writes a letter that asks Clearview AI what it holds about your face, or tells it to erase it. Nothing leaves this computer. Press Ctrl-C at any time to stop; nothing is written until you confirm.
ui-language = Language of these questions
# Where the person lives.
country-search = Where do you live? Type part of the country name or its code (Enter shows the list)
country-pick = Choose your country
# $country: the country chosen, $code: its code.
country-chosen = → { $country } ({ $code })
country-none = No country matches “{ $input }”. facerights covers the EU, Iceland, Liechtenstein, Norway, the United Kingdom, Switzerland, Australia, Canada, Illinois and California.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = In which German Land (federal state) do you live? Its data protection authority is the one you would complain to.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = In which province or territory do you live? British Columbia, Alberta and Québec have their own private-sector privacy law.
region-other-CA = Another province or territory (federal law, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = facerights has no such letter under the { $law }: { $task }. Choose another.
letter-language = Language of the letter
language-complete = complete
language-draft = draft, not yet reviewed by a native speaker
request-kind = Which letter?
request-access = Access (Art. 15): ask what Clearview holds about you. Keeps the evidence.
request-erasure = Erasure (Art. 17): tell Clearview to delete everything. Destroys the evidence of what it held.
request-access-erasure = Access, then erasure: get a copy first, then have everything deleted. Recommended.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Access: ask what Clearview holds about you. Keeps the evidence.
request-erasure-regime = Deletion: tell Clearview to delete everything. Destroys the evidence of what it held.
request-access-erasure-regime = Access, then deletion: get a copy first, then have everything deleted. Recommended.
name = Your full name (as you will sign)
email = Your e-mail address for the reply (optional, Enter to skip)
address-line = Postal address, line { $number } (Enter on an empty line to finish)
place = Where you sign (your town, optional)
photo-note = Clearview can only search its database with a photo of a face, not by name. If you enclose a photo, the letter says it may be used only to find your data, must not be added to the database, and must be deleted afterwards. Sending it is still a trade-off: you give Clearview a fresh picture of your face.
photo-question = Will you enclose a photo of your face?
# Shown after the person says yes to the photo.
photo-clean = Before you print or send the photo: remove its metadata (location, date, camera), crop it so that it shows only your face and nobody else, and use a photo you do not mind Clearview seeing once.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = In an erasure letter you object to the processing "on grounds relating to your particular situation" (Art. 21(1) GDPR). The letter already gives the reasons that apply to everyone (your face is a permanent identifier). You can add your own in a few sentences, e.g. why being identified from a photo would put you at risk. They are printed as your own words.
objection-question = Your own reasons (optional, Enter to skip)
format = Output format
format-text = Text (to paste into an e-mail or print)
format-pdf = PDF (to print, sign and post)
output-path = Save the letter as
overwrite = { $path } already exists. Replace it?
summary-title = Summary
summary-country = Country
summary-language = Letter language
summary-request = Letter
summary-file = File
preview-title = The letter begins:
confirm-write = Write the letter?
written = Letter written to { $path }.
cancelled = Nothing was written.
invalid-answer = { $problem }
next-steps-title = What to do next
next-sign = Read the letter, then print and sign it (the space above your printed name).
# $recipient: Clearview's postal address on one line.
next-send = Send it by post to { $recipient } (registered post with proof of delivery if you can), or paste the text into an e-mail if you have an address for Clearview.
next-copy = Keep a copy of the letter and the proof of sending.
# $date: the date one month after today, formatted.
next-deadline = Clearview must answer within one month of receiving it: if you send it today, by about { $date } (Art. 12(3)); the month starts when the letter arrives, so allow for the post.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Clearview should answer by about { $date } if you send it today ({ $provision }); the period starts when the letter arrives, so allow for the post.
# $authority: the supervisory authority's name; $address: its postal address; $website: its website.
next-complain = If there is no full answer in time, you can complain to { $authority }, { $address } ({ $website }). Attach your letter and the proof of sending.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = If there is no full answer in time, you can complain to the data protection authority of the German Land where you live; `facerights jurisdictions` lists them (DE-BY, DE-NW, …). Attach your letter and the proof of sending.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = If there is no full answer in time, complain to Clearview first (section 164A of the Data Protection Act 2018), then to { $authority }, { $address } ({ $website }). Attach your letters and the proof of sending.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = If there is no full answer in time, complain to Clearview first (the reminder letter does that), then, after 30 days, to the { $authority } ({ $website }). Attach your letters and the proof of sending.
next-complain-ca = No answer within 30 days is a refusal (PIPEDA s. 8(5)): you can then complain in writing to the { $authority }, { $address } ({ $website }), within six months. Attach your letters and the proof of sending.
next-complain-bc = If there is no full answer in time, you can ask the { $authority } to review it ({ $website }); the request for review has its own time limit of 30 business days.
next-complain-ab = If there is no full answer in time, you can ask the { $authority } for a review, in writing, within 30 days of Clearview's decision ({ $website }).
next-complain-qc = No reply within 30 days counts as a refusal: you can then ask the { $authority } to examine the disagreement (demande d'examen de mésentente), { $address } ({ $website }).
next-complain-ch = If there is no full answer in time: the { $authority } takes reports ({ $website }) and may investigate, but you are not a party; your claims to access and deletion are enforced in the civil courts (Art. 32 FADP).
next-complain-cal = If there is no full answer in time, you can complain to the { $authority } ({ $website }); it enforces the CCPA, but it does not act for you individually.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = No regulator takes individual complaints under the Illinois Biometric Information Privacy Act: keep the letter and the proof of sending, which are evidence if you or a lawyer take the matter further.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = the letter names no complaint authority: in Germany it is the authority of the Land where you live. Use --jurisdiction { $example } (or a `jurisdiction` column with such codes) to name it; `facerights jurisdictions` lists the codes.
draft-note = Note: the { $language } letter text is a draft that no native speaker with legal knowledge has reviewed yet. Read it before you send it.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (letters in this language: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = yes
answer-no = no
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = wrote { $path }
note-replaced = replaced { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = { $rows } rows: { $written } written, { $skipped } skipped (already there), { $failed } failed in { $seconds } s ({ $rate } rows/s); manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = not written
batch-merged = merged { $letters } letters ({ $pages } pages) into { $path }
batch-merge-not-written = the merged PDF { $path } was not written: the run did not finish; run the same command again to complete it
batch-interrupted = interrupted: finishing the letters in progress and writing the manifest (interrupt again to stop at once, without the manifest)
batch-taken-back = the manifest had no room to list { $count } letters: they were removed again, and the next run writes them

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = What do you want to do?
task-request = Write a request to Clearview (access or erasure)
task-reminder = Remind Clearview: it has not answered (in full) in time
task-complaint = Complain to the data protection authority about Clearview
first-request-question = Which request did you send?
# The date the request reached Clearview.
received-question = When did Clearview receive it? (YYYY-MM-DD: the delivery date for a letter, the sending date for an e-mail)
outcome-question = What did Clearview do?
outcome-no-reply = Nothing: no reply at all
outcome-incomplete = It replied, but not with everything you asked for
outcome-refused = It refused
outcome-identity-demanded = It asked for an identity document or a new photo before answering
reminded-question = When did you send a reminder? (YYYY-MM-DD; Enter if you did not)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = deadline: Clearview must reply by { $ends } ({ $provision }), counted from receipt on { $received }; a public holiday on that day moves it to the next working day. Without a full reply, write the reminder from { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = the deadline assumes Clearview receives the letter on the day it is dated; for a letter sent by post, give the delivery date with --received YYYY-MM-DD.
calendar-question = Save the deadline as a calendar file (.ics) with a reminder?
calendar-path = Save the calendar file as
# $path: the .ics file written.
note-calendar = wrote { $path }: open it to add the deadline to your calendar.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Clearview's reply due ({ $request })
calendar-description = Clearview AI, Inc. received your { $request } on { $received } and must reply by { $ends }. If it has not replied in full, write a reminder with facerights from { $follow_up } ("Remind Clearview").
calendar-alarm = Clearview's reply is due in 3 days.
request-short-access = access request
request-short-erasure = erasure request
request-short-access-erasure = access and erasure request
# E-mail drafts (--format eml).
note-eml-no-recipient = the e-mail draft has no recipient: facerights knows no confirmed e-mail address of Clearview. Fill in the address you have, or send the letter by post.
note-eml-no-sender = the e-mail draft has no sender: give --email to fill it in, or your mail program will.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } also takes complaints through its form: { $url } — you can paste the letter's text there and attach the enclosures.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = the ICO expects you to complain to Clearview first (section 164A of the Data Protection Act 2018): the reminder letter is such a complaint; give its date with --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = the OAIC expects you to complain to Clearview first and to allow it 30 days: the reminder letter is such a complaint; give its date with --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } takes complaints in { $languages }: this one is not among them. Write it with --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = Art. 12(3) GDPR
provision-eea-gdpr = Art. 12(3) GDPR
provision-uk-gdpr = Art. 12A UK GDPR
