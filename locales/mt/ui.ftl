### facerights — interfaċċja (il-gwida), Malti.

wizard-welcome = facerights jikteb ittra li biha tistaqsi lil Clearview AI x’għandha dwar wiċċek, jew titlobha tħassar dak kollu li għandha. Xejn ma joħroġ minn dan il-kompjuter. Agħfas Ctrl-C meta trid biex tieqaf; xejn ma jinkiteb qabel ma tikkonferma.
ui-language = Il-lingwa ta’ dawn il-mistoqsijiet
country-search = Fejn tgħix? Ikteb parti mill-isem tal-pajjiż jew il-kodiċi tiegħu (Enter juri l-lista)
country-pick = Agħżel il-pajjiż tiegħek
country-chosen = → { $country } ({ $code })
country-none = L-ebda pajjiż ma jaqbel ma’ “{ $input }”. facerights ikopri l-UE, l-Iżlanda, il-Liechtenstein, in-Norveġja, ir-Renju Unit, l-Iżvizzera, l-Awstralja, il-Kanada, l-Illinois u l-Kalifornja.
# Germany: the complaint authority is the one of the Land where the person lives.
region-pick-DE = F’liema Land Ġermaniż (stat federali) toqgħod? L-awtorità tal-protezzjoni tad-data ta’ dak il-Land hija dik li lilha tressaq ilment.
# Canada: the provinces with their own private-sector law, or the federal PIPEDA elsewhere.
region-pick-CA = F’liema provinċja jew territorju toqgħod? Il-Kolumbja Brittanika, l-Alberta u l-Quebec għandhom kull waħda l-liġi tagħha dwar il-privatezza għas-settur privat.
region-other-CA = Provinċja jew territorju ieħor (liġi federali, PIPEDA)
# The task chosen first has no letter under the law of the place chosen. $task: the task; $law: the law's name.
task-unavailable = Taħt din il-liġi ({ $law }), facerights m’għandux ittra bħal din: { $task }. Agħżel xi ħaġa oħra.
letter-language = Il-lingwa tal-ittra
language-complete = kompluta
language-draft = abbozz, għadu mhux rivedut minn kelliem nattiv
request-kind = Liema ittra?
request-access = Aċċess (Art. 15): staqsi lil Clearview x’għandha dwarek. Il-provi jinżammu.
request-erasure = Tħassir (Art. 17): itlob lil Clearview tħassar kollox. Il-provi ta’ dak li kellha jinqerdu.
request-access-erasure = Aċċess, imbagħad tħassir: l-ewwel ikseb kopja, imbagħad itlob li kollox jitħassar. Rakkomandat.
# The same outside the GDPR (Australia, Canada, Switzerland, Illinois, California): no article numbers.
request-access-regime = Aċċess: staqsi lil Clearview x’għandha dwarek. Il-provi jinżammu.
request-erasure-regime = Tħassir: itlob lil Clearview tħassar kollox. Il-provi ta’ dak li kellha jinqerdu.
request-access-erasure-regime = Aċċess, imbagħad tħassir: l-ewwel ikseb kopja, imbagħad itlob li kollox jitħassar. Rakkomandat.
name = Ismek sħiħ (kif se tiffirma)
email = L-indirizz tal-email tiegħek għat-tweġiba (mhux obbligatorju, Enter biex taqbeż)
address-line = Indirizz postali, linja { $number } (Enter fuq linja vojta biex tispiċċa)
place = Fejn qed tiffirma (il-belt jew ir-raħal tiegħek, mhux obbligatorju)
photo-note = Clearview tista’ tfittex fid-database tagħha biss b’ritratt ta’ wiċċ, mhux bl-isem. Jekk tehmeż ritratt, l-ittra tgħid li jista’ jintuża biss biex tinstab id-data tiegħek, li m’għandux jiżdied mad-database, u li għandu jitħassar wara. Xorta waħda, li tibagħtu għandu prezz: qed tagħti lil Clearview ritratt ġdid ta’ wiċċek.
photo-question = Se tehmeż ritratt ta’ wiċċek?
# Shown after the person says yes to the photo.
photo-clean = Qabel ma tipprintja jew tibgħat ir-ritratt: neħħi l-metadata tiegħu (post, data, kamera), aqtgħu b’mod li juri wiċċek biss u ħadd ieħor, u uża ritratt li ma jdejqekx li Clearview tarah darba.
# The person's own reasons for the objection (Art. 21(1)), in erasure letters.
objection-note = F’ittra ta’ tħassir int toġġezzjona għall-ipproċessar “għal raġunijiet relatati mas-sitwazzjoni partikolari tiegħek” (Art. 21(1) GDPR). L-ittra diġà tagħti r-raġunijiet li japplikaw għal kulħadd (wiċċek huwa identifikatur permanenti). Tista’ żżid tiegħek f’ftit sentenzi, pereżempju għaliex l-identifikazzjoni tiegħek minn ritratt tista’ tpoġġik f’riskju. Jiġu stampati bħala kliemek stess.
objection-question = Ir-raġunijiet tiegħek (mhux obbligatorju, Enter biex taqbeż)
format = Il-format tal-output
format-text = Test (biex tpoġġih f’email jew tipprintjah)
format-pdf = PDF (biex tipprintjah, tiffirmah u tibagħtu bil-posta)
output-path = Aħżen l-ittra bħala
overwrite = { $path } diġà jeżisti. Tissostitwih?
summary-title = Sommarju
summary-country = Pajjiż
summary-language = Lingwa tal-ittra
summary-request = Ittra
summary-file = Fajl
preview-title = L-ittra tibda hekk:
confirm-write = Tinkiteb l-ittra?
written = L-ittra nkitbet hawn: { $path }.
cancelled = Ma nkiteb xejn.
invalid-answer = { $problem }
next-steps-title = X’għandek tagħmel issa
next-sign = Aqra l-ittra, imbagħad ipprintjaha u iffirmaha (fl-ispazju fuq ismek stampat).
next-send = Ibgħatha bil-posta lil { $recipient } (jekk tista’, b’posta reġistrata bi prova tal-kunsinna), jew waħħal it-test f’email jekk għandek indirizz tal-email ta’ Clearview.
next-copy = Żomm kopja tal-ittra u l-prova li bgħattha.
next-deadline = Clearview trid twieġeb fi żmien xahar minn meta tirċievi l-ittra. Jekk tibgħatha llum, id-data bejn wieħed u ieħor hija: { $date } (Art. 12(3)). Ix-xahar jibda meta tasal l-ittra, għalhekk qis ukoll iż-żmien li tieħu l-posta.
# The same outside the GDPR: $date and $provision, the provision that sets the period.
next-deadline-regime = Jekk tibgħatha llum, Clearview għandha twieġeb bejn wieħed u ieħor sa din id-data: { $date } ({ $provision }). Il-perjodu jibda meta tasal l-ittra, għalhekk qis ukoll iż-żmien li tieħu l-posta.
next-complain = Jekk ma tirċevix tweġiba sħiħa fil-ħin, tista’ tressaq ilment lill-awtorità superviżorja: { $authority }, { $address } ({ $website }). Ehmeż l-ittra tiegħek u l-prova li bgħattha.
# A German letter written without the Land: no authority is named.
next-complain-land-of-residence = Jekk ma tirċevix tweġiba sħiħa fil-ħin, tista’ tressaq ilment lill-awtorità tal-protezzjoni tad-data tal-Land Ġermaniż fejn toqgħod; `facerights jurisdictions` jelenkahom (DE-BY, DE-NW, …). Ehmeż l-ittra tiegħek u l-prova li bgħattha.
# United Kingdom: complaints go to the controller first (section 164A DPA 2018).
next-complain-uk = Jekk ma tirċevix tweġiba sħiħa fil-ħin, ressaq ilment l-ewwel lil Clearview (is-sezzjoni 164A tad-Data Protection Act 2018), imbagħad lill-awtorità superviżorja: { $authority }, { $address } ({ $website }). Ehmeż l-ittri tiegħek u l-provi li bgħatthom.
# Each law's own route after the reply period ($authority, $address, $website as above).
next-complain-au = Jekk ma tirċevix tweġiba sħiħa fil-ħin, ressaq ilment l-ewwel lil Clearview (l-ittra ta’ tfakkira tagħmel dan), imbagħad, wara 30 jum, lill-awtorità superviżorja: { $authority } ({ $website }). Ehmeż l-ittri tiegħek u l-provi li bgħatthom.
next-complain-ca = Jekk ma tasalx tweġiba fi żmien 30 jum, dan jitqies bħala rifjut (PIPEDA s. 8(5)): imbagħad tista’ tressaq ilment bil-miktub, fi żmien sitt xhur, lill-awtorità kompetenti: { $authority }, { $address } ({ $website }). Ehmeż l-ittri tiegħek u l-provi li bgħatthom.
next-complain-bc = Jekk ma tirċevix tweġiba sħiħa fil-ħin, tista’ titlob reviżjoni lill-awtorità kompetenti: { $authority } ({ $website }); it-talba għal reviżjoni għandha l-limitu ta’ żmien tagħha: 30 jum tax-xogħol.
next-complain-ab = Jekk ma tirċevix tweġiba sħiħa fil-ħin, tista’ titlob reviżjoni bil-miktub lill-awtorità kompetenti: { $authority } ({ $website }), fi żmien 30 jum mid-deċiżjoni ta’ Clearview.
next-complain-qc = Jekk ma tasalx tweġiba fi żmien 30 jum, dan jitqies bħala rifjut: imbagħad tista’ tressaq talba għall-eżami tan-nuqqas ta’ qbil (demande d'examen de mésentente) lill-awtorità kompetenti: { $authority }, { $address } ({ $website }).
next-complain-ch = Jekk ma tirċevix tweġiba sħiħa fil-ħin, tista’ tagħmel rapport lill-awtorità federali: { $authority } ({ $website }); l-awtorità tista’ tinvestiga, iżda int m’intix parti fil-proċedura. Id-drittijiet tiegħek għall-aċċess u għat-tħassir jiġu infurzati quddiem il-qrati ċivili (Art. 32 FADP).
next-complain-cal = Jekk ma tirċevix tweġiba sħiħa fil-ħin, tista’ tressaq ilment lill-awtorità superviżorja: { $authority } ({ $website }); hija tinforza s-CCPA, iżda ma taġixxix f’ismek individwalment.
# Illinois: no regulator takes individual complaints under BIPA.
next-complain-courts = L-ebda regolatur ma jaċċetta lmenti individwali taħt l-Illinois Biometric Information Privacy Act: żomm l-ittra u l-prova li bgħattha, għax huma provi jekk int, waħdek jew permezz ta’ avukat, tieħu l-kwistjoni aktar ’il quddiem.
# After generate or batch with plain DE: $code is what was given, $example a subdivision code.
note-subdivision = l-ittra ma ssemmi l-ebda awtorità superviżorja: fil-Ġermanja hija l-awtorità tal-Land fejn toqgħod. Uża --jurisdiction { $example } (jew kolonna `jurisdiction` b’kodiċijiet bħal dawn) biex issemmiha; `facerights jurisdictions` jelenka l-kodiċijiet.
draft-note = Nota: it-test tal-ittra fil-lingwa magħżula ({ $language }) huwa abbozz li għadu ma rrevedih l-ebda kelliem nattiv b’għarfien legali. Aqrah qabel ma tibagħtu.
# After a batch's draft note: how many letters are in that language.
draft-note-letters = (ittri f’din il-lingwa: { $count })
# Yes and no, for the yes/no questions (their first letters are accepted too).
answer-yes = iva
answer-no = le
# Notes of generate and batch on the terminal. $path: a file.
note-wrote = Inkiteb: { $path }
note-replaced = Ġie sostitwit: { $path }
# The last line of a batch. $seconds and $rate are numbers already written out.
batch-summary = Ringieli: { $rows }; miktuba: { $written }, maqbuża (diġà jeżistu): { $skipped }, fallew: { $failed }; ħin: { $seconds } s ({ $rate } ringieli/s); manifest: { $manifest }
# In batch-summary, in place of the manifest's path when it could not be written.
batch-manifest-not-written = ma nkitibx
batch-merged = Ittri magħquda f’{ $path }: { $letters } (paġni: { $pages })
batch-merge-not-written = Il-PDF magħqud { $path } ma nkitibx: it-tħaddim ma ntemmx; erġa’ ħaddem l-istess kmand biex tlestih
batch-interrupted = Interrott: qed jitlestew l-ittri li għadhom għaddejjin u jinkiteb il-manifest (erġa’ interrompi biex tieqaf minnufih, mingħajr il-manifest)
batch-taken-back = Il-manifest ma kellux spazju biex jelenka l-ittri (għadd: { $count }): tneħħew mill-ġdid, u t-tħaddim li jmiss jiktibhom

## After the letter: deadlines, reminders, complaints, calendar and e-mail

# The wizard's first question.
task-question = X’tixtieq tagħmel?
task-request = Ikteb talba lil Clearview (aċċess jew tħassir)
task-reminder = Fakkar lil Clearview: ma weġbitx (b’mod sħiħ) fil-ħin
task-complaint = Ressaq ilment dwar Clearview quddiem l-awtorità tal-protezzjoni tad-data
first-request-question = Liema talba bgħatt?
# The date the request reached Clearview.
received-question = Meta rċevietha Clearview? (YYYY-MM-DD: id-data tal-kunsinna għal ittra, id-data meta bgħattha għal email)
outcome-question = X’għamlet Clearview?
outcome-no-reply = Xejn: l-ebda tweġiba
outcome-incomplete = Wieġbet, iżda mhux b’dak kollu li tlabt
outcome-refused = Irrifjutat
outcome-identity-demanded = Talbet dokument tal-identità jew ritratt ġdid qabel ma twieġeb
reminded-question = Meta bgħatt tfakkira? (YYYY-MM-DD; Enter jekk ma bgħattx)
# After a request letter. $ends: the last day of the reply period; $provision: "Art. 12(3) GDPR";
# $received: the day Clearview receives it (as assumed or given); $follow_up: the first day a
# reminder is never premature. Dates after a colon or in brackets (see letter.ftl).
note-deadline = Terminu: l-aħħar jum biex Clearview twieġeb: { $ends } ({ $provision }), ikkalkulat mill-wasla tal-ittra ({ $received }); jekk dak il-jum ikun festa pubblika, it-terminu jgħaddi għall-jum tax-xogħol ta’ wara. Jekk ma jkollokx tweġiba sħiħa, ikteb it-tfakkira minn din id-data ’l quddiem: { $follow_up }.
# When the person did not say when Clearview received the letter.
note-deadline-assumed = It-terminu jassumi li Clearview tirċievi l-ittra fil-jum tad-data tagħha; għal ittra mibgħuta bil-posta, agħti d-data tal-kunsinna b’--received YYYY-MM-DD.
calendar-question = Issalva t-terminu bħala fajl tal-kalendarju (.ics), b’tfakkira?
calendar-path = Issalva l-fajl tal-kalendarju bħala
# $path: the .ics file written.
note-calendar = Inkiteb: { $path } — iftħu biex iżżid it-terminu mal-kalendarju tiegħek.
# The calendar event: $request (what was asked: request-short-*, without article), $ends, $received, $follow_up.
calendar-summary = Terminu għat-tweġiba ta’ Clearview ({ $request })
calendar-description = Clearview AI, Inc. irċeviet it-{ $request } tiegħek (data: { $received }) u trid twieġeb sa din id-data: { $ends }. Jekk ma weġbitx b’mod sħiħ, ikteb tfakkira b’facerights minn din id-data ’l quddiem: { $follow_up } (“Fakkar lil Clearview”).
calendar-alarm = It-tweġiba ta’ Clearview għandha tasal fi żmien 3 ijiem.
request-short-access = talba għal aċċess
request-short-erasure = talba għal tħassir
request-short-access-erasure = talba għal aċċess u tħassir
# E-mail drafts (--format eml).
note-eml-no-recipient = L-abbozz tal-email m’għandux riċevitur: facerights ma jafx indirizz tal-email ikkonfermat ta’ Clearview. Imla l-indirizz li għandek, jew ibgħat l-ittra bil-posta.
note-eml-no-sender = L-abbozz tal-email m’għandux mittent: agħti --email biex timlih, inkella jimlih il-programm tal-email tiegħek.
# A complaint: the authority's own form or portal. $authority, $url.
note-complaint-form = Ilmenti jistgħu jitressqu wkoll quddiem { $authority } permezz tal-formola online: { $url } — tista’ twaħħal hemm it-test tal-ittra u tehmeż l-annessi.
# United Kingdom complaints without a reminder first.
note-controller-first-uk = L-ICO jistenna li l-ewwel tressaq ilment lil Clearview (is-sezzjoni 164A tad-Data Protection Act 2018): l-ittra ta’ tfakkira hija ilment bħal dan; agħti d-data tagħha b’--reminded.
# Australia: the OAIC expects a complaint to the organisation first, and 30 days for its reply.
note-controller-first-au = L-OAIC jistenna li l-ewwel tressaq ilment lil Clearview u tagħtiha 30 jum: l-ittra ta’ tfakkira hija ilment bħal dan; agħti d-data tagħha b’--reminded.
# A complaint in a language the authority does not take complaints in. $authority; $languages:
# the codes it takes ("nl, fr, de"); $code: the first of them.
note-complaint-language = Ilmenti quddiem { $authority } ma jiġux aċċettati b’din il-lingwa (lingwi aċċettati: { $languages }). Ikteb l-ilment b’--language { $code }.
# The provision that sets the reply period, as note-deadline cites it ($provision), per law.
provision-eu-gdpr = Artikolu 12(3) tal-GDPR
provision-eea-gdpr = Artikolu 12(3) tal-GDPR
provision-uk-gdpr = Artikolu 12A tal-UK GDPR
