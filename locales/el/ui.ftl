### facerights — διεπαφή (οδηγός), ελληνικά.

wizard-welcome = Το facerights συντάσσει μια επιστολή με την οποία ρωτάτε την Clearview AI τι διατηρεί για το πρόσωπό σας ή ζητάτε τη διαγραφή του. Τίποτα δεν φεύγει από αυτόν τον υπολογιστή. Με Ctrl-C μπορείτε να σταματήσετε ανά πάσα στιγμή· τίποτα δεν γράφεται πριν το επιβεβαιώσετε.
ui-language = Γλώσσα αυτών των ερωτήσεων
country-search = Πού μένετε; Πληκτρολογήστε μέρος του ονόματος της χώρας ή τον κωδικό της (το Enter δείχνει τη λίστα)
country-pick = Επιλέξτε τη χώρα σας
country-chosen = → { $country } ({ $code })
country-none = Καμία χώρα δεν αντιστοιχεί σε «{ $input }». Το facerights καλύπτει την ΕΕ, την Ισλανδία, το Λιχτενστάιν, τη Νορβηγία, το Ηνωμένο Βασίλειο, την Ελβετία, την Αυστραλία, τον Καναδά, το Ιλινόι και την Καλιφόρνια.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Σε ποιο γερμανικό ομόσπονδο κράτος (Land) κατοικείτε; Σε αυτό ανήκει η αρχή προστασίας δεδομένων στην οποία θα υποβάλατε καταγγελία.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Σε ποια επαρχία ή επικράτεια του Καναδά κατοικείτε; Η Βρετανική Κολομβία, η Αλμπέρτα και το Κεμπέκ έχουν δικό τους νόμο για την προστασία της ιδιωτικότητας στον ιδιωτικό τομέα.
region-other-CA = Άλλη επαρχία ή επικράτεια (ομοσπονδιακός νόμος, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Βάσει του νόμου { $law } το facerights δεν συντάσσει τέτοια επιστολή: { $task }. Επιλέξτε κάτι άλλο.
letter-language = Γλώσσα της επιστολής
language-complete = πλήρης
language-draft = προσχέδιο, δεν έχει ελεγχθεί ακόμη από φυσικό ομιλητή
request-kind = Ποια επιστολή;
request-access = Πρόσβαση (άρθρο 15): ρωτήστε τι διατηρεί η Clearview για εσάς. Τα αποδεικτικά στοιχεία διατηρούνται.
request-erasure = Διαγραφή (άρθρο 17): ζητήστε από την Clearview να διαγράψει τα πάντα. Έτσι χάνονται και τα αποδεικτικά στοιχεία.
request-access-erasure = Πρώτα πρόσβαση, μετά διαγραφή: πρώτα ένα αντίγραφο, έπειτα διαγραφή όλων. Συνιστάται.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Πρόσβαση: ρωτήστε τι διατηρεί η Clearview για εσάς. Τα αποδεικτικά στοιχεία διατηρούνται.
request-erasure-regime = Διαγραφή: ζητήστε από την Clearview να διαγράψει τα πάντα. Έτσι χάνονται και τα αποδεικτικά στοιχεία.
request-access-erasure-regime = Πρώτα πρόσβαση, μετά διαγραφή: πρώτα ένα αντίγραφο, έπειτα διαγραφή όλων. Συνιστάται.
name = Το ονοματεπώνυμό σας (όπως θα υπογράψετε)
email = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας για την απάντηση (προαιρετικά, Enter για παράλειψη)
address-line = Ταχυδρομική διεύθυνση, γραμμή { $number } (Enter σε κενή γραμμή για τέλος)
place = Τόπος υπογραφής (η πόλη σας, προαιρετικά)
photo-note = Η Clearview μπορεί να αναζητήσει στη βάση της μόνο με φωτογραφία προσώπου, όχι με όνομα. Αν επισυνάψετε φωτογραφία, η επιστολή ορίζει ότι μπορεί να χρησιμοποιηθεί μόνο για την εύρεση των δεδομένων σας, δεν επιτρέπεται να προστεθεί στη βάση και πρέπει να διαγραφεί στη συνέχεια. Παραμένει ένας συμβιβασμός: δίνετε στην Clearview μια νέα εικόνα του προσώπου σας.
photo-question = Θα επισυνάψετε φωτογραφία του προσώπου σας;
# Shown after the person says yes to the photo.
photo-clean = Πριν εκτυπώσετε ή στείλετε τη φωτογραφία: αφαιρέστε τα μεταδεδομένα της (τοποθεσία, ημερομηνία, κάμερα), περικόψτε την ώστε να φαίνεται μόνο το πρόσωπό σας και κανείς άλλος, και χρησιμοποιήστε μια φωτογραφία που δεν σας πειράζει να δει η Clearview μία φορά.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Σε επιστολή διαγραφής αντιτάσσεστε στην επεξεργασία «για λόγους που σχετίζονται με την ιδιαίτερη κατάστασή σας» (άρθρο 21 παρ. 1 ΓΚΠΔ). Η επιστολή αναφέρει ήδη τους λόγους που ισχύουν για όλους (το πρόσωπό σας είναι μόνιμο αναγνωριστικό στοιχείο). Μπορείτε να προσθέσετε τους δικούς σας σε λίγες προτάσεις, π.χ. γιατί η ταυτοποίησή σας από μια φωτογραφία θα σας έθετε σε κίνδυνο. Θα εκτυπωθούν ως δικά σας λόγια.
objection-question = Οι δικοί σας λόγοι (προαιρετικά, Enter για παράλειψη)
format = Μορφή αρχείου
format-text = Κείμενο (για επικόλληση σε μήνυμα ηλεκτρονικού ταχυδρομείου ή εκτύπωση)
format-pdf = PDF (για εκτύπωση, υπογραφή και αποστολή)
output-path = Αποθήκευση της επιστολής ως
overwrite = Το { $path } υπάρχει ήδη. Να αντικατασταθεί;
summary-title = Σύνοψη
summary-country = Χώρα
summary-language = Γλώσσα της επιστολής
summary-request = Επιστολή
summary-file = Αρχείο
preview-title = Η επιστολή αρχίζει ως εξής:
confirm-write = Να γραφτεί η επιστολή;
written = Η επιστολή αποθηκεύτηκε στο { $path }.
cancelled = Δεν γράφτηκε τίποτα.
invalid-answer = { $problem }
next-steps-title = Τι κάνετε τώρα
next-sign = Διαβάστε την επιστολή, εκτυπώστε την και υπογράψτε πάνω από το τυπωμένο όνομά σας.
next-send = Στείλτε την ταχυδρομικά στη διεύθυνση { $recipient } (αν είναι δυνατόν συστημένη με απόδειξη παραλαβής) ή επικολλήστε το κείμενο σε μήνυμα ηλεκτρονικού ταχυδρομείου, αν έχετε διεύθυνση της Clearview.
next-copy = Κρατήστε αντίγραφο της επιστολής και την απόδειξη αποστολής.
next-deadline = Η Clearview πρέπει να απαντήσει εντός ενός μηνός από την παραλαβή: αν τη στείλετε σήμερα, περίπου έως τις { $date } (άρθρο 12(3))· η προθεσμία αρχίζει με την παραλαβή, οπότε υπολογίστε και τον χρόνο της αποστολής.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Αν τη στείλετε σήμερα, η Clearview θα πρέπει να απαντήσει περίπου έως τις { $date } ({ $provision })· η προθεσμία αρχίζει με την παραλαβή, οπότε υπολογίστε και τον χρόνο της αποστολής.
next-complain = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, μπορείτε να υποβάλετε καταγγελία στην εποπτική αρχή: { $authority }, { $address } ({ $website }). Επισυνάψτε την επιστολή σας και την απόδειξη αποστολής.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, μπορείτε να υποβάλετε καταγγελία στην αρχή προστασίας δεδομένων του γερμανικού ομόσπονδου κράτους όπου κατοικείτε· η εντολή `facerights jurisdictions` τις απαριθμεί (DE-BY, DE-NW, …). Επισυνάψτε την επιστολή σας και την απόδειξη αποστολής.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, υποβάλετε πρώτα καταγγελία στην Clearview (άρθρο 164A του Data Protection Act 2018) και στη συνέχεια στην αρχή: { $authority }, { $address } ({ $website }). Επισυνάψτε τις επιστολές σας και την απόδειξη αποστολής.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, υποβάλετε πρώτα καταγγελία στην Clearview (αυτό κάνει η επιστολή υπενθύμισης) και, μετά από 30 ημέρες, στην αρχή: { $authority } ({ $website }). Επισυνάψτε τις επιστολές σας και την απόδειξη αποστολής.
next-complain-ca = Η έλλειψη απάντησης εντός 30 ημερών ισοδυναμεί με άρνηση (PIPEDA s. 8(5)): τότε μπορείτε, εντός έξι μηνών, να υποβάλετε γραπτή καταγγελία στην αρχή: { $authority }, { $address } ({ $website }). Επισυνάψτε τις επιστολές σας και την απόδειξη αποστολής.
next-complain-bc = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, μπορείτε να ζητήσετε επανεξέταση από την αρχή: { $authority } ({ $website })· το αίτημα επανεξέτασης έχει δική του προθεσμία 30 εργάσιμων ημερών.
next-complain-ab = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, μπορείτε να ζητήσετε εγγράφως επανεξέταση από την αρχή: { $authority } ({ $website }), εντός 30 ημερών από την απόφαση της Clearview.
next-complain-qc = Η έλλειψη απάντησης εντός 30 ημερών ισοδυναμεί με άρνηση: τότε μπορείτε να ζητήσετε την εξέταση της διαφωνίας (demande d'examen de mésentente) από την αρχή: { $authority }, { $address } ({ $website }).
next-complain-ch = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, μπορείτε να υποβάλετε αναφορά στην αρχή: { $authority } ({ $website }). Η αρχή μπορεί να διερευνήσει την υπόθεση, αλλά εσείς δεν είστε διάδικος· τα αιτήματά σας για πρόσβαση και διαγραφή επιδιώκονται ενώπιον των πολιτικών δικαστηρίων (Art. 32 FADP).
next-complain-cal = Αν δεν λάβετε πλήρη απάντηση εγκαίρως, μπορείτε να υποβάλετε καταγγελία στην αρχή: { $authority } ({ $website })· η αρχή επιβλέπει την εφαρμογή του CCPA, αλλά δεν ενεργεί για λογαριασμό μεμονωμένων προσώπων.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Καμία ρυθμιστική αρχή δεν δέχεται ατομικές καταγγελίες βάσει του Illinois Biometric Information Privacy Act: κρατήστε την επιστολή και την απόδειξη αποστολής, που αποτελούν αποδεικτικά στοιχεία αν αποφασίσετε να προχωρήσετε την υπόθεση μόνοι σας ή μέσω δικηγόρου.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = η επιστολή δεν κατονομάζει αρχή για την καταγγελία: στη Γερμανία είναι η αρχή του ομόσπονδου κράτους όπου κατοικείτε. Για να κατονομαστεί, χρησιμοποιήστε --jurisdiction { $example } (ή στήλη `jurisdiction` με τέτοιους κωδικούς)· η εντολή `facerights jurisdictions` απαριθμεί τους κωδικούς.
draft-note = Σημείωση: το κείμενο της επιστολής στη γλώσσα { $language } είναι προσχέδιο που δεν έχει ελεγχθεί ακόμη από φυσικό ομιλητή με νομικές γνώσεις. Διαβάστε το πριν το στείλετε.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (επιστολές σε αυτή τη γλώσσα: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = ναι
answer-no = όχι

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = γράφτηκε: { $path }
note-replaced = αντικαταστάθηκε: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = γραμμές: { $rows } σε { $seconds } s ({ $rate } γραμμές/s)· γράφτηκαν: { $written }, παραλείφθηκαν (υπάρχουν ήδη): { $skipped }, απέτυχαν: { $failed }· κατάλογος: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = δεν γράφτηκε
batch-merged = συγχωνεύθηκαν επιστολές: { $letters } (σελίδες: { $pages }) στο { $path }
batch-merge-not-written = το συγχωνευμένο PDF { $path } δεν γράφτηκε: η εκτέλεση δεν ολοκληρώθηκε· εκτελέστε ξανά την ίδια εντολή για να το ολοκληρώσετε
batch-interrupted = διακοπή: ολοκληρώνονται οι επιστολές σε εξέλιξη και γράφεται ο κατάλογος (διακόψτε ξανά για άμεση διακοπή, χωρίς κατάλογο)
batch-taken-back = ο κατάλογος δεν είχε χώρο για επιστολές ({ $count }): αφαιρέθηκαν ξανά και η επόμενη εκτέλεση θα τις γράψει

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Τι θέλετε να κάνετε;
task-request = Να γράψετε αίτημα προς την Clearview (πρόσβαση ή διαγραφή)
task-reminder = Να στείλετε υπενθύμιση στην Clearview: δεν απάντησε (πλήρως) εγκαίρως
task-complaint = Να υποβάλετε καταγγελία κατά της Clearview στην αρχή προστασίας δεδομένων
first-request-question = Ποιο αίτημα στείλατε;
# The date the request reached Clearview.
received-question = Πότε το παρέλαβε η Clearview; (ΕΕΕΕ-ΜΜ-ΗΗ: για επιστολή η ημερομηνία παράδοσης, για e-mail η ημερομηνία αποστολής)
outcome-question = Τι έκανε η Clearview;
outcome-no-reply = Τίποτα: δεν απάντησε καθόλου
outcome-incomplete = Απάντησε, αλλά όχι σε όλα όσα ζητήσατε
outcome-refused = Αρνήθηκε
outcome-identity-demanded = Ζήτησε έγγραφο ταυτότητας ή νέα φωτογραφία πριν απαντήσει
reminded-question = Πότε στείλατε υπενθύμιση; (ΕΕΕΕ-ΜΜ-ΗΗ· Enter αν δεν στείλατε)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = προθεσμία: η Clearview πρέπει να απαντήσει έως τις { $ends } ({ $provision }), με αφετηρία την παραλαβή στις { $received }· αν η ημέρα αυτή είναι αργία, η προθεσμία μετατίθεται στην επόμενη εργάσιμη ημέρα. Αν δεν λάβετε πλήρη απάντηση, γράψτε την υπενθύμιση από τις { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = η προθεσμία υπολογίζεται με την παραδοχή ότι η Clearview παραλαμβάνει την επιστολή την ημέρα που αυτή φέρει ως ημερομηνία· για επιστολή που αποστέλλεται ταχυδρομικά, δώστε την ημερομηνία παράδοσης με --received ΕΕΕΕ-ΜΜ-ΗΗ.
calendar-question = Να αποθηκευτεί η προθεσμία ως αρχείο ημερολογίου (.ics) με υπενθύμιση;
calendar-path = Αποθήκευση του αρχείου ημερολογίου ως
# $path: the .ics file written.
note-calendar = γράφτηκε: { $path }· ανοίξτε το για να προσθέσετε την προθεσμία στο ημερολόγιό σας.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Προθεσμία απάντησης της Clearview ({ $request })
calendar-description = Η Clearview AI, Inc. παρέλαβε το αίτημά σας ({ $request }) στις { $received } και πρέπει να απαντήσει έως τις { $ends }. Αν δεν έχει απαντήσει πλήρως, γράψτε υπενθύμιση με το facerights από τις { $follow_up } («Να στείλετε υπενθύμιση στην Clearview»).
calendar-alarm = Η προθεσμία απάντησης της Clearview λήγει σε 3 ημέρες.
request-short-access = αίτημα πρόσβασης
request-short-erasure = αίτημα διαγραφής
request-short-access-erasure = αίτημα πρόσβασης και διαγραφής
# E-mail drafts (--format eml).
note-eml-no-recipient = το σχέδιο e-mail δεν έχει παραλήπτη: το facerights δεν γνωρίζει επιβεβαιωμένη διεύθυνση e-mail της Clearview. Συμπληρώστε τη διεύθυνση που γνωρίζετε ή στείλτε την επιστολή ταχυδρομικά.
note-eml-no-sender = το σχέδιο e-mail δεν έχει αποστολέα: δώστε --email για να συμπληρωθεί, αλλιώς θα τον συμπληρώσει το πρόγραμμα αλληλογραφίας σας.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = η αρχή ({ $authority }) δέχεται καταγγελίες και μέσω της φόρμας της: { $url } — μπορείτε να επικολλήσετε εκεί το κείμενο της επιστολής και να επισυνάψετε τα συνημμένα.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = το ICO αναμένει να υποβάλετε πρώτα καταγγελία στην Clearview (άρθρο 164A του Data Protection Act 2018): η επιστολή υπενθύμισης είναι τέτοια καταγγελία· δώστε την ημερομηνία της με --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = το OAIC αναμένει να υποβάλετε πρώτα καταγγελία στην Clearview και να της δώσετε 30 ημέρες για να απαντήσει: η επιστολή υπενθύμισης είναι τέτοια καταγγελία· δώστε την ημερομηνία της με --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = η αρχή ({ $authority }) δέχεται καταγγελίες μόνο στις γλώσσες { $languages }· η παρούσα καταγγελία δεν είναι σε καμία από αυτές. Συντάξτε την με --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = άρθρο 12 παρ. 3 ΓΚΠΔ
provision-eea-gdpr = άρθρο 12 παρ. 3 ΓΚΠΔ
provision-uk-gdpr = άρθρο 12A UK GDPR
