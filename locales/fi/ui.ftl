### facerights — käyttöliittymä (ohjattu toiminto), suomi.

wizard-welcome = facerights kirjoittaa kirjeen, jolla kysytte Clearview AI:lta, mitä tietoja se säilyttää kasvoistanne, tai vaaditte sitä poistamaan ne. Mikään ei lähde tältä tietokoneelta. Voitte lopettaa milloin tahansa painamalla Ctrl-C; mitään ei kirjoiteta ennen kuin vahvistatte.
ui-language = Näiden kysymysten kieli
country-search = Missä asutte? Kirjoittakaa osa maan nimestä tai maatunnus (Enter näyttää luettelon)
country-pick = Valitkaa maanne
country-chosen = → { $country } ({ $code })
country-none = Mikään maa ei vastaa hakua ”{ $input }”. facerights toimii EU-maissa, Islannissa, Liechtensteinissa, Norjassa, Yhdistyneessä kuningaskunnassa, Sveitsissä, Australiassa, Kanadassa, Illinoisissa ja Kaliforniassa.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Missä Saksan osavaltiossa (Land) asutte? Valitus tehtäisiin kyseisen osavaltion tietosuojaviranomaiselle.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Missä Kanadan provinssissa tai territoriossa asutte? Brittiläisellä Kolumbialla, Albertalla ja Québecillä on oma yksityistä sektoria koskeva tietosuojalakinsa.
region-other-CA = Muu provinssi tai territorio (liittovaltion laki, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Lain { $law } nojalla facerights ei laadi tällaista kirjettä: { $task }. Valitkaa jokin muu.
letter-language = Kirjeen kieli
language-complete = valmis
language-draft = luonnos, jota kieltä äidinkielenään puhuva ei ole vielä tarkistanut
request-kind = Mikä kirje?
request-access = Pääsy tietoihin (15 art.): kysytte, mitä tietoja Clearview säilyttää teistä. Todisteet säilyvät.
request-erasure = Poistaminen (17 art.): vaaditte, että Clearview poistaa kaiken. Samalla katoavat todisteet siitä, mitä tietoja sillä oli.
request-access-erasure = Ensin pääsy tietoihin, sitten poistaminen: saatte ensin kopion, sitten kaikki poistetaan. Suositeltava.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Pääsy tietoihin: kysytte, mitä tietoja Clearview säilyttää teistä. Todisteet säilyvät.
request-erasure-regime = Poistaminen: vaaditte, että Clearview poistaa kaiken. Samalla katoavat todisteet siitä, mitä tietoja sillä oli.
request-access-erasure-regime = Ensin pääsy tietoihin, sitten poistaminen: saatte ensin kopion, sitten kaikki poistetaan. Suositeltava.
name = Koko nimenne (niin kuin allekirjoitatte)
email = Sähköpostiosoitteenne vastausta varten (vapaaehtoinen, Enter ohittaa)
address-line = Postiosoite, rivi { $number } (Enter tyhjällä rivillä lopettaa)
place = Allekirjoituspaikka (paikkakuntanne, vapaaehtoinen)
photo-note = Clearview voi hakea tietokannastaan vain kasvokuvan avulla, ei nimellä. Jos liitätte kuvan, kirjeessä sanotaan, että sitä saa käyttää vain tietojenne löytämiseen, sitä ei saa lisätä tietokantaan ja se on poistettava sen jälkeen. Kuvan lähettämisellä on silti hintansa: annatte Clearview AI:lle uuden kuvan kasvoistanne.
photo-question = Liitättekö kirjeeseen kuvan kasvoistanne?
# Shown after the person says yes to the photo.
photo-clean = Ennen kuin tulostatte tai lähetätte kuvan: poistakaa sen metatiedot (sijainti, päivämäärä, kamera), rajatkaa se niin, että siinä näkyvät vain kasvonne eikä ketään muuta, ja käyttäkää kuvaa, jonka näyttäminen kerran Clearview AI:lle ei haittaa teitä.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = Poistopyynnössä vastustatte käsittelyä ”henkilökohtaiseen erityiseen tilanteeseenne liittyvällä perusteella” (GDPR 21 artiklan 1 kohta). Kirjeessä on jo perusteet, jotka koskevat kaikkia (kasvonne ovat pysyvä tunniste). Voitte lisätä muutamalla virkkeellä omat perusteenne, esimerkiksi miksi tunnistetuksi tuleminen valokuvasta vaarantaisi teidät. Ne tulostetaan omin sanoinne.
objection-question = Omat perusteenne (vapaaehtoinen, Enter ohittaa)
format = Tiedostomuoto
format-text = Teksti (liitettäväksi sähköpostiin tai tulostettavaksi)
format-pdf = PDF (tulostettavaksi, allekirjoitettavaksi ja postitettavaksi)
output-path = Kirje tallennetaan nimellä
overwrite = { $path } on jo olemassa. Korvataanko se?
summary-title = Yhteenveto
summary-country = Maa
summary-language = Kirjeen kieli
summary-request = Kirje
summary-file = Tiedosto
preview-title = Kirje alkaa näin:
confirm-write = Kirjoitetaanko kirje?
written = Kirje tallennettu: { $path }.
cancelled = Mitään ei kirjoitettu.
invalid-answer = { $problem }
next-steps-title = Mitä seuraavaksi
next-sign = Lukekaa kirje, tulostakaa se ja allekirjoittakaa se (tulostetun nimenne yläpuolelle).
next-send = Lähettäkää se postitse vastaanottajalle: { $recipient } (mahdollisuuksien mukaan kirjattuna kirjeenä vastaanottokuittauksella), tai liittäkää teksti sähköpostiin, jos tiedätte Clearview AI:n sähköpostiosoitteen.
next-copy = Säilyttäkää kopio kirjeestä ja todiste sen lähettämisestä.
next-deadline = Clearview AI:n on vastattava kuukauden kuluessa kirjeen saapumisesta: jos lähetätte kirjeen tänään, määräpäivä on noin { $date } (12 art. 3 kohta). Kuukausi alkaa kirjeen saapumisesta, joten varatkaa aikaa postinkululle.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Jos lähetätte kirjeen tänään, Clearview AI:n pitäisi vastata noin { $date } mennessä ({ $provision }). Määräaika alkaa kirjeen saapumisesta, joten varatkaa aikaa postinkululle.
next-complain = Jos ette saa täydellistä vastausta ajoissa, voitte tehdä valituksen valvontaviranomaiselle: { $authority }, { $address } ({ $website }). Liittäkää mukaan kirjeenne ja todiste sen lähettämisestä.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Jos ette saa täydellistä vastausta ajoissa, voitte tehdä valituksen asuinpaikkanne Saksan osavaltion tietosuojaviranomaiselle; komento `facerights jurisdictions` luettelee ne (DE-BY, DE-NW, …). Liittäkää mukaan kirjeenne ja todiste sen lähettämisestä.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Jos ette saa täydellistä vastausta ajoissa, tehkää valitus ensin Clearview AI:lle (Data Protection Act 2018 -lain 164 a §) ja sen jälkeen: { $authority }, { $address } ({ $website }). Liittäkää mukaan kirjeenne ja todiste niiden lähettämisestä.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Jos ette saa täydellistä vastausta ajoissa, tehkää valitus ensin Clearview AI:lle (muistutuskirje on tällainen valitus) ja 30 päivän kuluttua viranomaiselle: { $authority } ({ $website }). Liittäkää mukaan kirjeenne ja todiste niiden lähettämisestä.
next-complain-ca = Jos vastausta ei tule 30 päivän kuluessa, sitä pidetään kieltäytymisenä (PIPEDA s. 8(5)): silloin voitte kuuden kuukauden kuluessa tehdä kirjallisen valituksen viranomaiselle: { $authority }, { $address } ({ $website }). Liittäkää mukaan kirjeenne ja todiste niiden lähettämisestä.
next-complain-bc = Jos ette saa täydellistä vastausta ajoissa, voitte pyytää asian uudelleenarviointia viranomaiselta: { $authority } ({ $website }); arviointipyynnölle on oma määräaikansa, 30 arkipäivää.
next-complain-ab = Jos ette saa täydellistä vastausta ajoissa, voitte 30 päivän kuluessa Clearview AI:n päätöksestä pyytää kirjallisesti asian uudelleenarviointia viranomaiselta: { $authority } ({ $website }).
next-complain-qc = Jos vastausta ei tule 30 päivän kuluessa, sitä pidetään kieltäytymisenä: silloin voitte pyytää erimielisyyden käsittelyä (demande d'examen de mésentente) viranomaiselta: { $authority }, { $address } ({ $website }).
next-complain-ch = Jos ette saa täydellistä vastausta ajoissa, voitte tehdä ilmoituksen viranomaiselle: { $authority } ({ $website }). Se voi tutkia asian, mutta te ette ole asianosainen; oikeuttanne saada tiedot ja vaatia niiden poistamista ajetaan siviiliasiana tuomioistuimessa (Art. 32 FADP).
next-complain-cal = Jos ette saa täydellistä vastausta ajoissa, voitte tehdä valituksen viranomaiselle: { $authority } ({ $website }); se valvoo CCPA:n noudattamista, mutta ei toimi yksittäisten henkilöiden puolesta.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Mikään viranomainen ei käsittele yksittäisten henkilöiden valituksia Illinois Biometric Information Privacy Act -lain nojalla: säilyttäkää kirje ja todiste sen lähettämisestä, sillä ne ovat todisteita, jos viette asiaa eteenpäin itse tai asianajajan avulla.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = kirjeessä ei mainita valitusviranomaista: Saksassa se on asuinpaikkanne osavaltion viranomainen. Jos haluatte sen mainittavan, käyttäkää valitsinta --jurisdiction { $example } (tai `jurisdiction`-saraketta, jossa on tällaisia koodeja); `facerights jurisdictions` luettelee koodit.
draft-note = Huom.: kirjeen teksti ({ $language }) on luonnos, jota yksikään kieltä äidinkielenään puhuva, juridiikkaa tunteva henkilö ei ole vielä tarkistanut. Lukekaa se ennen kuin lähetätte kirjeen.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (kirjeitä tällä kielellä: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = kyllä
answer-no = ei

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = kirjoitettu: { $path }
note-replaced = korvattu: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = rivejä: { $rows }, aika { $seconds } s ({ $rate } riviä/s); kirjoitettu: { $written }, ohitettu (jo olemassa): { $skipped }, epäonnistui: { $failed }; manifesti: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = ei kirjoitettu
batch-merged = yhdistetty kirjeitä: { $letters } (sivuja: { $pages }) tiedostoon { $path }
batch-merge-not-written = yhdistettyä PDF-tiedostoa { $path } ei kirjoitettu: ajo ei päättynyt; suorittakaa sama komento uudelleen, niin se valmistuu
batch-interrupted = keskeytetty: kesken olevat kirjeet viimeistellään ja manifesti kirjoitetaan (keskeyttäkää uudelleen, jos haluatte lopettaa heti ilman manifestia)
batch-taken-back = manifestissa ei ollut tilaa kirjeille ({ $count }): ne poistettiin uudelleen, ja seuraava ajo kirjoittaa ne

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Mitä haluatte tehdä?
task-request = Kirjoittaa pyynnön Clearview AI:lle (pääsy tietoihin tai poistaminen)
task-reminder = Muistuttaa Clearview AI:ta: se ei ole vastannut (täydellisesti) ajoissa
task-complaint = Tehdä tietosuojaviranomaiselle valituksen Clearview AI:sta
first-request-question = Minkä pyynnön lähetitte?
# The date the request reached Clearview.
received-question = Milloin Clearview AI vastaanotti sen? (VVVV-KK-PP: kirjeen perillemenopäivä, sähköpostin lähetyspäivä)
outcome-question = Mitä Clearview AI teki?
outcome-no-reply = Ei mitään: se ei vastannut lainkaan
outcome-incomplete = Se vastasi, mutta ei antanut kaikkea, mitä pyysitte
outcome-refused = Se kieltäytyi
outcome-identity-demanded = Se pyysi henkilöllisyystodistusta tai uutta valokuvaa ennen vastaamista
reminded-question = Milloin lähetitte muistutuksen? (VVVV-KK-PP; Enter, jos ette lähettänyt)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = määräaika: Clearview AI:n on vastattava viimeistään { $ends } ({ $provision }), vastaanottopäivästä { $received } laskettuna; jos määräajan viimeinen päivä on yleinen vapaapäivä, määräaika siirtyy seuraavaan arkipäivään. Ellette saa täydellistä vastausta, kirjoittakaa muistutus { $follow_up } alkaen.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = määräajassa oletetaan, että Clearview AI vastaanottaa kirjeen sen päiväyksen päivänä; jos lähetätte kirjeen postitse, antakaa perillemenopäivä valitsimella --received VVVV-KK-PP.
calendar-question = Tallennetaanko määräaika kalenteritiedostoksi (.ics) muistutuksen kera?
calendar-path = Kalenteritiedosto tallennetaan nimellä
# $path: the .ics file written.
note-calendar = kirjoitettu: { $path }; avatkaa tiedosto, niin määräaika lisätään kalenteriinne.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Clearview AI:n vastauksen määräpäivä ({ $request })
calendar-description = Clearview AI, Inc. vastaanotti pyyntönne ({ $request }) { $received }, ja sen on vastattava viimeistään { $ends }. Jos se ei ole vastannut täydellisesti, kirjoittakaa facerightsilla muistutus { $follow_up } alkaen (”Muistuttaa Clearview AI:ta”).
calendar-alarm = Clearview AI:n vastauksen määräpäivä on 3 päivän kuluttua.
request-short-access = pääsypyyntö
request-short-erasure = poistopyyntö
request-short-access-erasure = pääsy- ja poistopyyntö
# E-mail drafts (--format eml).
note-eml-no-recipient = sähköpostiluonnoksessa ei ole vastaanottajaa: facerights ei tiedä Clearview AI:n vahvistettua sähköpostiosoitetta. Lisätkää tiedossanne oleva osoite tai lähettäkää kirje postitse.
note-eml-no-sender = sähköpostiluonnoksessa ei ole lähettäjää: antakaa se valitsimella --email, tai sähköpostiohjelmanne lisää sen.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = { $authority } ottaa valituksia vastaan myös lomakkeellaan: { $url } — voitte liittää kirjeen tekstin sinne ja lisätä liitteet.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = ICO edellyttää, että teette valituksen ensin Clearview AI:lle (Data Protection Act 2018 -lain 164 a §): muistutuskirje on tällainen valitus; antakaa sen päivämäärä valitsimella --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = OAIC edellyttää, että teette valituksen ensin Clearview AI:lle ja annatte sille 30 päivää aikaa vastata: muistutuskirje on tällainen valitus; antakaa sen päivämäärä valitsimella --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = { $authority } ottaa valituksia vastaan seuraavilla kielillä: { $languages }; tämän valituksen kieli ei ole niiden joukossa. Laatikaa valitus valitsimella --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = GDPR:n 12 artiklan 3 kohta
provision-eea-gdpr = GDPR:n 12 artiklan 3 kohta
provision-uk-gdpr = UK GDPR:n 12 a artikla
