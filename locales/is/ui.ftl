### facerights — viðmót (leiðsagnarforritið), íslenska.

wizard-welcome = facerights skrifar bréf þar sem þú spyrð Clearview AI hvaða upplýsingar fyrirtækið geymir um andlit þitt, eða krefst þess að þeim verði eytt. Ekkert fer út úr þessari tölvu. Ýttu á Ctrl-C hvenær sem er til að hætta; ekkert er skrifað fyrr en þú staðfestir.
ui-language = Tungumál þessara spurninga
country-search = Hvar býrð þú? Sláðu inn hluta af heiti landsins eða landskóðann (Enter sýnir listann)
country-pick = Veldu landið þitt
country-chosen = → { $country } ({ $code })
country-none = Ekkert land passar við „{ $input }“. facerights nær yfir ESB, Ísland, Liechtenstein, Noreg og Bretland.
land-pick = Í hvaða þýska sambandslandi (Land) býrð þú? Það er persónuverndaryfirvald þess sem þú myndir kvarta til.
letter-language = Tungumál bréfsins
language-complete = fullbúið
language-draft = drög, ekki enn yfirfarin af móðurmálshafa
request-kind = Hvaða bréf?
request-access = Aðgangur (15. gr.): spyrðu hvað Clearview geymir um þig. Sönnunargögnin varðveitast.
request-erasure = Eyðing (17. gr.): krefstu þess að Clearview eyði öllu. Þar með hverfa líka sönnunargögnin um það sem fyrirtækið geymdi.
request-access-erasure = Aðgangur, síðan eyðing: fáðu fyrst afrit og láttu svo eyða öllu. Ráðlagt.
name = Fullt nafn þitt (eins og þú skrifar undir)
email = Netfangið þitt fyrir svarið (valfrjálst, Enter til að sleppa)
address-line = Póstfang, lína { $number } (Enter í tómri línu til að ljúka)
place = Hvar þú skrifar undir (bær eða staður, valfrjálst)
photo-note = Clearview getur aðeins leitað í gagnagrunni sínum með mynd af andliti, ekki eftir nafni. Ef þú lætur mynd fylgja kemur fram í bréfinu að aðeins megi nota hana til að finna upplýsingar um þig, að ekki megi bæta henni í gagnagrunninn og að henni skuli eytt á eftir. Það hefur samt sína kosti og galla: þú lætur Clearview fá nýja mynd af andliti þínu.
photo-question = Ætlar þú að láta mynd af andliti þínu fylgja?
photo-clean = Áður en þú prentar eða sendir myndina: fjarlægðu lýsigögn hennar (staðsetningu, dagsetningu, myndavél), skerðu hana þannig að hún sýni aðeins andlit þitt og engan annan, og notaðu mynd sem þér er sama um að Clearview sjái einu sinni.
objection-note = Í bréfi um eyðingu andmælir þú vinnslunni „af ástæðum sem tengjast sérstökum aðstæðum þínum“ (1. mgr. 21. gr. GDPR). Bréfið tilgreinir nú þegar þær ástæður sem eiga við um alla (andlit þitt er varanlegt auðkenni). Þú getur bætt við þínum eigin ástæðum í fáeinum setningum, t.d. hvers vegna það myndi stofna þér í hættu að borin væru kennsl á þig af ljósmynd. Þær eru prentaðar sem þín eigin orð.
objection-question = Þínar eigin ástæður (valfrjálst, Enter til að sleppa)
format = Skráarsnið
format-text = Texti (til að líma í tölvupóst eða prenta)
format-pdf = PDF (til að prenta, undirrita og senda í pósti)
output-path = Vista bréfið sem
overwrite = { $path } er þegar til. Viltu skipta skránni út?
summary-title = Yfirlit
summary-country = Land
summary-language = Tungumál bréfsins
summary-request = Bréf
summary-file = Skrá
preview-title = Bréfið byrjar svona:
confirm-write = Á að skrifa bréfið?
written = Bréfið var vistað í { $path }.
cancelled = Ekkert var skrifað.
invalid-answer = { $problem }
next-steps-title = Næstu skref
next-sign = Lestu bréfið, prentaðu það síðan út og skrifaðu undir (fyrir ofan prentaða nafnið þitt).
next-send = Sendu það í pósti til { $recipient } (helst sem ábyrgðarbréf með staðfestingu á móttöku), eða límdu textann í tölvupóst ef þú veist um netfang hjá Clearview.
next-copy = Geymdu afrit af bréfinu og staðfestingu á að þú hafir sent það.
next-deadline = Clearview verður að svara innan mánaðar frá móttöku: ef þú sendir bréfið í dag rennur fresturinn út um það bil: { $date } (3. mgr. 12. gr.). Mánuðurinn hefst þegar bréfið berst, svo gerðu ráð fyrir þeim tíma sem pósturinn tekur.
next-complain = Ef þú færð ekki fullt svar í tæka tíð getur þú lagt fram kvörtun hjá eftirlitsyfirvaldinu: { $authority }, { $address } ({ $website }). Láttu bréfið þitt og staðfestingu á sendingunni fylgja.
next-complain-land = Ef þú færð ekki fullt svar í tæka tíð getur þú lagt fram kvörtun hjá persónuverndaryfirvaldi þess þýska sambandslands þar sem þú býrð; `facerights jurisdictions` sýnir þau (DE-BY, DE-NW, …). Láttu bréfið þitt og staðfestingu á sendingunni fylgja.
next-complain-uk = Ef þú færð ekki fullt svar í tæka tíð skaltu fyrst kvarta til Clearview (section 164A í Data Protection Act 2018) og síðan hjá eftirlitsyfirvaldinu: { $authority }, { $address } ({ $website }). Láttu bréfin þín og staðfestingu á sendingunni fylgja.
note-subdivision = bréfið nefnir ekkert yfirvald til að kvarta til: í Þýskalandi er það yfirvald þess sambandslands þar sem þú býrð. Notaðu --jurisdiction { $example } (eða dálkinn `jurisdiction` með slíkum kóðum) til að nefna það; `facerights jurisdictions` sýnir kóðana.
draft-note = Athugaðu: Texti bréfsins ({ $language }) er drög sem enginn með málið að móðurmáli og lögfræðiþekkingu hefur enn yfirfarið. Lestu hann áður en þú sendir bréfið.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (bréf á þessu tungumáli: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = já
answer-no = nei
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Skrifað: { $path }
note-replaced = Skipt út: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Línur: { $rows }; skrifaðar: { $written }, sleppt (voru þegar til): { $skipped }, mistókust: { $failed }; tími: { $seconds } s ({ $rate } línur/s); yfirlitsskrá: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = ekki skrifuð
batch-merged = { $letters } bréf sameinuð í { $path } (síður: { $pages })
batch-merge-not-written = Sameinaða PDF-skráin { $path } var ekki skrifuð: keyrslunni lauk ekki; keyrðu sömu skipun aftur til að ljúka henni
batch-interrupted = Rofið: verið er að ljúka við bréfin sem eru í vinnslu og skrifa yfirlitsskrána (rjúfðu aftur til að stöðva strax, án yfirlitsskrár)
batch-taken-back = Ekki var pláss í yfirlitsskránni til að skrá { $count } bréf: þeim var eytt aftur og næsta keyrsla skrifar þau

## Eftir bréfið: frestir, áminningar, kvartanir, dagatal og tölvupóstur

task-question = Hvað viltu gera?
task-request = Skrifa beiðni til Clearview (aðgangur eða eyðing)
task-reminder = Minna Clearview á: ekkert (fullnægjandi) svar innan frests
task-complaint = Kvarta undan Clearview til persónuverndaryfirvalds
first-request-question = Hvaða beiðni sendir þú?
received-question = Hvenær barst hún Clearview? (ÁÁÁÁ-MM-DD: afhendingardagur fyrir bréf, sendingardagur fyrir tölvupóst)
outcome-question = Hvað gerði Clearview?
outcome-no-reply = Ekkert: ekkert svar
outcome-incomplete = Svaraði, en ekki með öllu sem þú baðst um
outcome-refused = Neitaði
outcome-identity-demanded = Bað um persónuskilríki eða nýja mynd áður en það vildi svara
reminded-question = Hvenær sendir þú áminningu? (ÁÁÁÁ-MM-DD; Enter ef þú gerðir það ekki)
note-deadline = frestur: Clearview verður að svara eigi síðar en { $ends } ({ $provision }), talið frá móttöku { $received }; ef sá dagur er almennur frídagur færist fresturinn til næsta virka dags. Ef ekkert fullnægjandi svar berst skaltu skrifa áminninguna frá og með { $follow_up }.
note-deadline-assumed = fresturinn miðast við að Clearview fái bréfið þann dag sem það er dagsett; fyrir bréf sent í pósti skaltu gefa upp afhendingardaginn með --received ÁÁÁÁ-MM-DD.
calendar-question = Vista frestinn sem dagatalsskrá (.ics) með áminningu?
calendar-path = Vista dagatalsskrána sem
note-calendar = { $path } var skrifuð: opnaðu hana til að bæta frestinum í dagatalið þitt.
calendar-summary = Svar Clearview á að berast ({ $request })
calendar-description = Clearview AI, Inc. fékk { $request } frá þér { $received } og verður að svara eigi síðar en { $ends }. Ef ekkert fullnægjandi svar hefur borist skaltu skrifa áminningu með facerights frá og með { $follow_up } („Minna Clearview á“).
calendar-alarm = Svar Clearview á að berast eftir 3 daga.
request-short-access = aðgangsbeiðni
request-short-erasure = eyðingarbeiðni
request-short-access-erasure = beiðni um aðgang og eyðingu
note-eml-no-recipient = tölvupóstdrögin hafa engan viðtakanda: facerights þekkir ekkert staðfest netfang hjá Clearview. Fylltu inn netfangið sem þú hefur eða sendu bréfið í pósti.
note-eml-no-sender = tölvupóstdrögin hafa engan sendanda: gefðu upp --email til að fylla hann inn, annars gerir póstforritið þitt það.
note-complaint-form = { $authority } tekur einnig við kvörtunum á eyðublaði: { $url } — þú getur límt texta bréfsins þar inn og hengt fylgiskjölin við.
note-controller-first-uk = ICO ætlast til að þú kvartir fyrst til Clearview (section 164A í Data Protection Act 2018): áminningarbréfið er slík kvörtun; gefðu upp dagsetningu þess með --reminded.
note-complaint-language = { $authority } tekur ekki við kvörtunum á þessu tungumáli, aðeins á: { $languages }. Skrifaðu kvörtunina með --language { $code }.
provision-eu-gdpr = 3. mgr. 12. gr. GDPR
provision-eea-gdpr = 3. mgr. 12. gr. GDPR
provision-uk-gdpr = 12A. gr. UK GDPR
