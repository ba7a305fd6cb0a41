### facerights — comhéadan (an draoi), Gaeilge.

wizard-welcome = Scríobhann facerights litir a fhiafraíonn de Clearview AI cad atá aige faoi d'aghaidh, nó a ordaíonn dó é a léirscriosadh. Ní fhágann aon rud an ríomhaire seo. Brúigh Ctrl-C am ar bith chun stopadh; ní scríobhfar aon rud go dtí go ndeimhníonn tú é.
ui-language = Teanga na gceisteanna seo
country-search = Cá bhfuil tú i do chónaí? Clóscríobh cuid d'ainm na tíre nó a cód (taispeánann Enter an liosta)
country-pick = Roghnaigh do thír
country-chosen = → { $country } ({ $code })
country-none = Níl aon tír ag teacht le “{ $input }”. Clúdaíonn facerights an AE, an Íoslainn, Lichtinstéin, an Iorua, an Ríocht Aontaithe, an Eilvéis, an Astráil, Ceanada, Illinois agus California.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = Cén Land Gearmánach (stát cónaidhme) ina bhfuil cónaí ort? Is le húdarás cosanta sonraí an Land sin a dhéanfá gearán.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = Cén cúige nó críoch ina bhfuil cónaí ort? Tá a dhlí príobháideachais féin don earnáil phríobháideach ag gach ceann de na cúigí seo: an Cholóim Bhriotanach, Alberta agus Québec.
region-other-CA = Cúige nó críoch eile (dlí feidearálach, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Faoin dlí seo ({ $law }), níl a leithéid de litir ag facerights: { $task }. Roghnaigh rud éigin eile.
letter-language = Teanga na litreach
language-complete = iomlán
language-draft = dréacht, gan athbhreithniú fós ag cainteoir dúchais
request-kind = Cén litir?
request-access = Rochtain (Airt. 15): fiafraigh de Clearview cad atá aige fút. Coinnítear an fhianaise.
request-erasure = Léirscriosadh (Airt. 17): ordaigh do Clearview gach rud a scriosadh. Scriostar an fhianaise faoin méid a bhí aige.
request-access-erasure = Rochtain, ansin léirscriosadh: faigh cóip ar dtús, ansin iarr go scriosfar gach rud. Molta.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Rochtain: fiafraigh de Clearview cad atá aige fút. Coinnítear an fhianaise.
request-erasure-regime = Scriosadh: ordaigh do Clearview gach rud a scriosadh. Scriostar an fhianaise faoin méid a bhí aige.
request-access-erasure-regime = Rochtain, ansin scriosadh: faigh cóip ar dtús, ansin iarr go scriosfar gach rud. Molta.
name = D'ainm iomlán (mar a shíneoidh tú é)
email = Do sheoladh ríomhphoist don fhreagra (roghnach, Enter chun scipeáil)
address-line = Seoladh poist, líne { $number } (Enter ar líne fholamh chun críochnú)
place = An áit a síneoidh tú (do bhaile, roghnach)
photo-note = Ní féidir le Clearview a bhunachar sonraí a chuardach ach le grianghraf d'aghaidh duine, ní de réir ainm. Má chuireann tú grianghraf faoi iamh, deir an litir nach féidir é a úsáid ach chun do shonraí a aimsiú, nach ceadmhach é a chur leis an mbunachar sonraí, agus go gcaithfear é a scriosadh ina dhiaidh sin. Fós féin, tá costas ag baint leis é a sheoladh: tugann tú grianghraf nua d'aghaidh do Clearview.
photo-question = An gcuirfidh tú grianghraf d'aghaidh faoi iamh?
# Shown after the person says yes to the photo.
photo-clean = Sula bpriontálfaidh tú nó sula seolfaidh tú an grianghraf: bain a mheiteashonraí de (suíomh, dáta, ceamara), bearr é ionas nach dtaispeánfaidh sé ach d'aghaidh féin agus gan aon duine eile, agus úsáid grianghraf nach miste leat Clearview a fheiceáil uair amháin.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = I litir léirscriosta, déanann tú agóid i gcoinne na próiseála “ar fhorais a bhaineann le do staid leithleach féin” (Airt. 21(1) RGCS). Tugann an litir cheana féin na cúiseanna a bhaineann le gach duine (is aitheantóir buan í d'aghaidh). Is féidir leat do chúiseanna féin a chur leo i gcúpla abairt, m.sh. cén fáth a mbeifeá i mbaol dá n-aithneofaí thú ó ghrianghraf. Cuirtear i gcló iad mar d'fhocail féin.
objection-question = Do chúiseanna féin (roghnach, Enter chun scipeáil)
format = Formáid aschuir
format-text = Téacs (le greamú i ríomhphost nó le priontáil)
format-pdf = PDF (le priontáil, le síniú agus le postáil)
output-path = Sábháil an litir mar
overwrite = Tá { $path } ann cheana féin. An bhfuil tú ag iarraidh é a fhorscríobh?
summary-title = Achoimre
summary-country = Tír
summary-language = Teanga na litreach
summary-request = Litir
summary-file = Comhad
preview-title = Tosaíonn an litir mar seo:
confirm-write = An scríobhfar an litir?
written = Scríobhadh an litir chuig { $path }.
cancelled = Níor scríobhadh aon rud.
invalid-answer = { $problem }
next-steps-title = Cad atá le déanamh anois
next-sign = Léigh an litir, ansin priontáil agus sínigh í (sa spás os cionn d'ainm clóite).
next-send = Seol sa phost í chuig { $recipient } (post cláraithe le cruthúnas seachadta más féidir), nó greamaigh an téacs i ríomhphost má tá seoladh ríomhphoist agat do Clearview.
next-copy = Coinnigh cóip den litir agus an cruthúnas gur seoladh í.
next-deadline = Caithfidh Clearview freagra a thabhairt laistigh de mhí ón uair a fhaigheann sé an litir. Má sheolann tú inniu í, seo an dáta, a bheag nó a mhór: { $date } (Airt. 12(3)). Tosaíonn an mhí nuair a shroicheann an litir Clearview, mar sin cuir am an phoist san áireamh.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Má sheolann tú inniu í, ba cheart do Clearview freagra a thabhairt faoin dáta seo, a bheag nó a mhór: { $date } ({ $provision }). Tosaíonn an tréimhse nuair a shroicheann an litir Clearview, mar sin cuir am an phoist san áireamh.
next-complain = Mura bhfaigheann tú freagra iomlán in am, is féidir leat gearán a dhéanamh leis an údarás maoirseachta: { $authority }, { $address } ({ $website }). Cuir do litir agus an cruthúnas gur seoladh í faoi iamh.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Mura bhfaigheann tú freagra iomlán in am, is féidir leat gearán a dhéanamh le húdarás cosanta sonraí an Land sa Ghearmáin ina bhfuil cónaí ort; liostaíonn `facerights jurisdictions` iad (DE-BY, DE-NW, …). Cuir do litir agus an cruthúnas gur seoladh í faoi iamh.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Mura bhfaigheann tú freagra iomlán in am, déan gearán le Clearview ar dtús (alt 164A de Data Protection Act 2018), agus ansin leis an údarás maoirseachta: { $authority }, { $address } ({ $website }). Cuir do litreacha agus an cruthúnas gur seoladh iad faoi iamh.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Mura bhfaigheann tú freagra iomlán in am, déan gearán le Clearview ar dtús (is é sin a dhéanann an litir mheabhrúcháin), agus ansin, tar éis 30 lá, leis an údarás maoirseachta: { $authority } ({ $website }). Cuir do litreacha agus an cruthúnas gur seoladh iad faoi iamh.
next-complain-ca = Má théann 30 lá thart gan freagra, is ionann sin agus diúltú (PIPEDA s. 8(5)): is féidir leat ansin gearán i scríbhinn a dhéanamh, laistigh de shé mhí, leis an údarás inniúil: { $authority }, { $address } ({ $website }). Cuir do litreacha agus an cruthúnas gur seoladh iad faoi iamh.
next-complain-bc = Mura bhfaigheann tú freagra iomlán in am, is féidir leat athbhreithniú a iarraidh ar an údarás inniúil: { $authority } ({ $website }); tá a theorainn ama féin ag an iarratas ar athbhreithniú: 30 lá oibre.
next-complain-ab = Mura bhfaigheann tú freagra iomlán in am, is féidir leat athbhreithniú a iarraidh i scríbhinn ar an údarás inniúil: { $authority } ({ $website }), laistigh de 30 lá ó chinneadh Clearview.
next-complain-qc = Má théann 30 lá thart gan freagra, is ionann sin agus diúltú: is féidir leat ansin iarratas ar scrúdú easaontais (demande d'examen de mésentente) a chur faoi bhráid an údaráis inniúil: { $authority }, { $address } ({ $website }).
next-complain-ch = Mura bhfaigheann tú freagra iomlán in am, is féidir leat tuairisc a thabhairt don údarás cónaidhme: { $authority } ({ $website }); féadfaidh sé imscrúdú a dhéanamh, ach ní páirtí sa nós imeachta thú. Is sna cúirteanna sibhialta a chuirtear do chearta rochtana agus scriosta i bhfeidhm (Airt. 32 FADP).
next-complain-cal = Mura bhfaigheann tú freagra iomlán in am, is féidir leat gearán a dhéanamh leis an údarás maoirseachta: { $authority } ({ $website }); cuireann sé an CCPA i bhfeidhm, ach ní ghníomhaíonn sé ar do shon go pearsanta.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = Ní ghlacann aon rialtóir le gearáin ó dhaoine aonair faoin Illinois Biometric Information Privacy Act: coinnigh an litir agus an cruthúnas gur seoladh í, mar is fianaise iad má théann tusa nó dlíodóir níos faide leis an gcás.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = ní ainmnítear aon údarás gearán sa litir: sa Ghearmáin, is é údarás an Land ina bhfuil cónaí ort é. Úsáid --jurisdiction { $example } (nó colún `jurisdiction` le cóid den sórt sin) chun é a ainmniú; liostaíonn `facerights jurisdictions` na cóid.
draft-note = Nóta: is dréacht é téacs na litreach sa teanga a roghnaigh tú ({ $language }) agus níl sé athbhreithnithe fós ag aon chainteoir dúchais a bhfuil eolas dlí aige. Léigh é sula seolfaidh tú é.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (litreacha sa teanga seo: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = tá
answer-no = níl

# Notes of generate and batch on the terminal. $path: a file.
note-wrote = scríofa: { $path }
note-replaced = curtha ina áit: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = rónna: { $rows } in { $seconds } s ({ $rate } ró/s); scríofa: { $written }, fágtha (ann cheana): { $skipped }, teipthe: { $failed }; manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = níor scríobhadh
batch-merged = litreacha curtha le chéile: { $letters } (leathanaigh: { $pages }) in { $path }
batch-merge-not-written = níor scríobhadh an PDF comhcheangailte { $path }: níor críochnaíodh an rith; rith an t-ordú céanna arís chun é a chríochnú
batch-interrupted = idirbhriste: tá na litreacha atá ar siúl á gcríochnú agus an manifest á scríobh (idirbhris arís chun stopadh láithreach, gan manifest)
batch-taken-back = ní raibh spás sa manifest do litreacha ({ $count }): baineadh arís iad, agus scríobhfaidh an chéad rith eile iad

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = Cad ba mhaith leat a dhéanamh?
task-request = Iarraidh a scríobh chuig Clearview (rochtain nó léirscriosadh)
task-reminder = Meabhrúchán a chur chuig Clearview: níor thug sé freagra (iomlán) in am
task-complaint = Gearán a dhéanamh faoi Clearview leis an údarás cosanta sonraí
first-request-question = Cén iarraidh a sheol tú?
# The date the request reached Clearview.
received-question = Cathain a fuair Clearview í? (YYYY-MM-DD: dáta an tseachadta i gcás litreach, dáta a seolta i gcás ríomhphoist)
outcome-question = Cad a rinne Clearview?
outcome-no-reply = Faic: ní bhfuair tú aon fhreagra
outcome-incomplete = Thug sé freagra, ach ní raibh gach a d'iarr tú ann
outcome-refused = Dhiúltaigh sé
outcome-identity-demanded = D'iarr sé doiciméad aitheantais nó grianghraf nua sula dtabharfadh sé freagra
reminded-question = Cathain a sheol tú meabhrúchán? (YYYY-MM-DD; Enter mura ndearna tú sin)
# After a request letter. $ends: the last day of the reply period; $provision: "Airt. 12(3) RGCS";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature.
note-deadline = spriocdháta: caithfidh Clearview freagra a thabhairt faoin { $ends } ({ $provision }), arna áireamh ón uair a fuair sé an litir, an { $received }; má thiteann lá saoire poiblí ar an lá sin, bogtar an spriocdháta go dtí an chéad lá oibre eile. Mura bhfaighidh tú freagra iomlán, scríobh an meabhrúchán ón { $follow_up } ar aghaidh.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = glactar leis, agus an spriocdháta á áireamh, go bhfaighidh Clearview an litir ar an dáta atá uirthi; i gcás litir a sheoltar sa phost, tabhair dáta an tseachadta le --received YYYY-MM-DD.
calendar-question = An sábhálfar an spriocdháta mar chomhad féilire (.ics), le meabhrúchán?
calendar-path = Sábháil an comhad féilire mar
# $path: the .ics file written.
note-calendar = scríofa: { $path } — oscail é chun an spriocdháta a chur le d'fhéilire.
# The calendar event: $request (what was asked: request-short-*), $ends, $received, $follow_up.
calendar-summary = Spriocdháta d'fhreagra Clearview ({ $request })
calendar-description = Fuair Clearview AI, Inc. d'{ $request } an { $received } agus caithfidh sé freagra a thabhairt faoin { $ends }. Mura bhfuil freagra iomlán tugtha aige, scríobh meabhrúchán le facerights ón { $follow_up } ar aghaidh ("Meabhrúchán a chur chuig Clearview").
calendar-alarm = Tá freagra Clearview le teacht i gceann 3 lá.
request-short-access = iarraidh ar rochtain
request-short-erasure = iarraidh ar léirscriosadh
request-short-access-erasure = iarraidh ar rochtain agus ar léirscriosadh
# E-mail drafts (--format eml).
note-eml-no-recipient = níl aon fhaighteoir ag an dréacht ríomhphoist: níl aon seoladh ríomhphoist deimhnithe de chuid Clearview ar eolas ag facerights. Cuir isteach an seoladh atá agat, nó seol an litir sa phost.
note-eml-no-sender = níl aon seoltóir ag an dréacht ríomhphoist: tabhair --email chun é a líonadh, nó líonfaidh do ríomhchlár ríomhphoist é.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = glacann { $authority } le gearáin trí fhoirm ar líne freisin: { $url } — is féidir leat téacs na litreach a ghreamú inti agus na hiatáin a cheangal léi.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = tá súil ag an ICO go ndéanfaidh tú gearán le Clearview ar dtús (alt 164A de Data Protection Act 2018): is gearán den sórt sin í an litir mheabhrúcháin; tabhair a dáta le --reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = tá súil ag an OAIC go ndéanfaidh tú gearán le Clearview ar dtús agus go dtabharfaidh tú 30 lá dó: is gearán den sórt sin í an litir mheabhrúcháin; tabhair a dáta le --reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = ní ghlacann { $authority } le gearáin sa teanga seo (na teangacha a nglacann sé leo: { $languages }). Scríobh an gearán le --language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = Airteagal 12(3) den RGCS
provision-eea-gdpr = Airteagal 12(3) den RGCS
provision-uk-gdpr = Airteagal 12A den UK GDPR
