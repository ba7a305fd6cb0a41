### facerights — letter text, Maltese (mt).
###
### Translated from the reference locale (en). Legal terms follow the Maltese language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679, "Regolament Ġenerali dwar il-Protezzjoni
### tad-Data"): suġġett tad-data, kontrollur, proċessur, riċevitur, awtorità superviżorja,
### mingħajr dewmien żejjed, tħassir, restrizzjoni tal-ipproċessar, oġġezzjoni, kategoriji
### speċjali ta’ data personali, data bijometrika, kunsens espliċitu, raġunijiet leġittimi
### konvinċenti, pajjiż terz, salvagwardji xierqa, tfassil ta’ profili, teħid ta’ deċiżjonijiet
### awtomatizzat, rimedju ġudizzjarju effettiv.
###
### Maltese notes:
###   - The company is addressed in the plural (intom: nitlobkom, tagħkom, lilkom), the usual form
###     in a formal letter to an organisation.
###   - Clearview is treated as feminine (il-kumpanija): hija soġġetta, ġiet ordnata, tieqaf …
###   - The author's gender is unknown: no adjective or participle agrees with the author.
###   - Maltese dates take an article that depends on how the day is pronounced ("tat-12",
###     "tas-17", "tal-10"), so inserted dates ($date) always stand after a comma or in brackets.
###   - Names of authorities and courts arrive untranslated: they stand in brackets after
###     "l-awtorità superviżorja" or after a colon.
###   - The apostrophe is the typographic ’ used in the Official Journal and by CLDR ("ta’").
###
### Variables available in every message:
###   $gdpr        short name of the law ("GDPR", or "UK GDPR" for United Kingdom letters);
###                always preceded by the article: "tal-{ $gdpr }", "għall-{ $gdpr }".
###   $controller  "Clearview AI, Inc."

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

# "il-GDPR" is the short name used by the Maltese Government (datainfo.gov.mt) and by the
# Commission's Maltese pages.
law-short-eu = GDPR
law-short-uk = UK GDPR
# law-full-* are only used as $law_full, after the assimilated article "tar-"/"ir-"
# ("l-Artikolu 15 tar-{ $law_full }", "skont ir-{ $law_full }"): each must start with "Regolament".
# law-full-uk gives the Maltese name first and keeps the English titles.
law-full-eu = Regolament (UE) 2016/679 (ir-Regolament Ġenerali dwar il-Protezzjoni tad-Data, “GDPR”)
law-full-eea = Regolament (UE) 2016/679 (ir-Regolament Ġenerali dwar il-Protezzjoni tad-Data, “GDPR”), kif inkorporat fil-Ftehim dwar iż-Żona Ekonomika Ewropea
law-full-uk = Regolament Ġenerali dwar il-Protezzjoni tad-Data tar-Renju Unit (United Kingdom General Data Protection Regulation, “UK GDPR”), moqri flimkien mad-Data Protection Act 2018 tar-Renju Unit

## Citations. Maltese legal writing (the IDPC, the Data Protection Act, Cap. 586, and the courts)
## cites the GDPR in the EU's numbered form: "l-Artikolu 6(1)(f) tal-GDPR". That is this language's
## practice, hence ref-eu-style below. The ref-* messages write the head word without its article,
## because Maltese joins the article to the preposition before it: messages write "l-{ REF(15) }",
## "tal-{ REF(15) }", "mill-{ REF(14) }", or no article inside brackets. Lists share one head word
## ("tal-Artikoli 5(1)(a), 6 u 9"). ICU has no Maltese "or" list: `ref-or` gives "jew".
ref-eu-style = yes
ref-a = Artikolu { $art }
ref-ap = Artikolu { $art }{ $par }
ref-app = Artikolu { $art }{ $par }{ $pt }
ref-an = Artikolu { $art }({ $num })
ref-par = ({ $par })
ref-point = ({ $letter })
ref-item-a = { $art }
ref-item-ap = { $art }{ $par }
ref-item-app = { $art }{ $par }{ $pt }
ref-item-an = { $art }({ $num })
ref-list = { $count ->
        [one] Artikolu
       *[other] Artikoli
    } { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z
# The word for "or" between points ("(e) jew (f)"): CLDR has no Maltese "or" list.
ref-or = jew
# The word for "and" between points and articles: CLDR's Maltese list puts a comma before "u"
# ("(b), u (e)"), which Maltese legal texts do not.
ref-and = u

## Countries: "fl-Italja", "fi Franza", "fin-Netherlands", "fir-Renju Unit", after "persuni".
## $code: the ISO code; $name: the country's name in Maltese (CLDR). "fi" joins the article of
## names that have one ("fl-", "fil-", "fin-", "fir-") and stands alone before names without
## ("fi Franza"), and before a vowel is written "f’" ("f’Malta"). The default names the country
## in brackets after "the State concerned", so that no article needs joining.
country-in = { $code ->
    [IT] fl-Italja
    [GR] fil-Greċja
    [FR] fi Franza
    [AT] fl-Awstrija
    [DE] fil-Ġermanja
    [NL] fin-Netherlands
    [GB] fir-Renju Unit
    [MT] f’Malta
   *[other] fl-Istat ikkonċernat ({ $name })
}

## Letter frame

subject-access = Talba għal aċċess għad-data personali tiegħi skont l-{ REF(15) } tal-{ $gdpr }
subject-erasure = Talba għat-tħassir tad-data personali tiegħi skont l-{ REF(17) } tal-{ $gdpr } u oġġezzjoni skont l-{ REF(21, par: 1) } tal-{ $gdpr }
subject-access-erasure = Talba għal aċċess skont l-{ REF(15) } tal-{ $gdpr }, għal restrizzjoni tal-ipproċessar skont l-{ REF(18) } tal-{ $gdpr } u għal tħassir sussegwenti skont l-{ REF(17) } tal-{ $gdpr }
salutation = Għeżież Sinjuri,
closing = Tagħkom fidilment,
# $reference: the sender's own case or reference number.
our-reference = Ir-referenza tiegħi: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Anness:
   *[other] Annessi:
}
enclosure-photo = Ritratt ta’ wiċċi, ipprovdut biss għall-identifikazzjoni tiegħi għall-finijiet ta’ din it-talba
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Paġna { $page } minn { $pages }

## Opening

# $law_full: one of law-full-* (after "tar-"/"ir-", see above).
intro-access = Qed nikteb biex neżerċita d-dritt ta’ aċċess tiegħi skont l-{ REF(15) } tar-{ $law_full }. Nitlobkom tikkonfermawli jekk id-data personali li tikkonċernani hijiex qiegħda tiġi pproċessata minn { $controller } jew le u, fejn dan ikun il-każ, tagħtuni aċċess għal dik id-data personali u għall-informazzjoni elenkata hawn taħt. M’għandix għalfejn nagħti raġunijiet għal din it-talba.
intro-erasure = Qed nikteb biex neżerċita d-dritt tiegħi għal tħassir skont l-{ REF(17) } tar-{ $law_full }. Nitlobkom tħassru d-data personali kollha li tikkonċernani mingħajr dewmien żejjed. Fl-istess ħin, skont l-{ REF(21, par: 1) } tal-{ $gdpr }, noġġezzjona għal kwalunkwe pproċessar ta’ data personali li tikkonċernani.
intro-access-erasure = Qed nikteb biex neżerċita d-drittijiet tiegħi skont ir-{ $law_full }: l-ewwel id-dritt ta’ aċċess tiegħi ({ REF(15) } tal-{ $gdpr }), imbagħad id-dritt tiegħi għal tħassir ({ REF(17) } tal-{ $gdpr }). Qed nitlob l-aċċess l-ewwel sabiex inkun naf x’għandkom dwari qabel ma jitħassar. Noġġezzjona, skont l-{ REF(21, par: 1) } tal-{ $gdpr }, għal kwalunkwe pproċessar ta’ data personali li tikkonċernani, u sakemm isir it-tħassir nitlobkom tirrestrinġu l-ipproċessar ({ REF(18) } tal-{ $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision, in brackets (Maltese dates take
# an article that depends on the day).
applicability-eu = { $controller } hija soġġetta għall-{ $gdpr }: il-kumpanija tiġbor immaġnijiet ta’ persuni fl-Unjoni Ewropea u tipproċessahom biex timmonitorja l-imġiba tagħhom ({ REF(3, par: 2, pt: "b") } tal-{ $gdpr }). L-awtoritajiet superviżorji tal-Italja, tal-Greċja, ta’ Franza, tal-Awstrija u tan-Netherlands applikaw għaliha l-{ $gdpr } u ddikjaraw l-ipproċessar tagħha illegali. Skont id-deċiżjoni tal-awtorità superviżorja tan-Netherlands ({ $representative_date }), ma kinitx ħatret rappreżentant fl-Unjoni ({ REF(27) } tal-{ $gdpr }). Għalhekk qed nindirizza din it-talba direttament lilkom.
applicability-eea = { $controller } hija soġġetta għall-{ $gdpr }: il-kumpanija tiġbor immaġnijiet ta’ persuni fiż-Żona Ekonomika Ewropea u tipproċessahom biex timmonitorja l-imġiba tagħhom ({ REF(3, par: 2, pt: "b") } tal-{ $gdpr }). L-awtoritajiet superviżorji tal-Italja, tal-Greċja, ta’ Franza, tal-Awstrija u tan-Netherlands applikaw għaliha l-{ $gdpr } u ddikjaraw l-ipproċessar tagħha illegali. Skont id-deċiżjoni tal-awtorità superviżorja tan-Netherlands ({ $representative_date }), ma kinitx ħatret rappreżentant fl-Unjoni ({ REF(27) } tal-{ $gdpr }). Għalhekk qed nindirizza din it-talba direttament lilkom.
applicability-uk = { $controller } hija soġġetta għall-{ $gdpr }. Fl-2025, l-Upper Tribunal iddeċieda li l-ipproċessar li twettaq il-kumpanija huwa relatat mal-monitoraġġ tal-imġiba ta’ persuni fir-Renju Unit ({ REF(3, par: 2, pt: "b") } tal-{ $gdpr }). Qed nindirizza din it-talba direttament lilkom.

## Access (Article 15)

access-heading = Aċċess għad-data personali tiegħi ({ REF(15) } tal-{ $gdpr })
access-copy = Nitlobkom tipprovduli kopja tad-data personali kollha li tikkonċernani li qed tipproċessaw ({ REF(15, par: 3) } tal-{ $gdpr }), b’mod partikolari:
access-copy-images = kull immaġni li fiha nidher jew li tassoċjawha miegħi, fir-riżoluzzjoni li biha żżommuha;
access-copy-sources = għal kull immaġni, l-indirizz (URL) tal-paġna web u dak tal-fajl tal-immaġni minn fejn inġabret, it-titlu tal-paġna, u d-dati ta’ meta nġabret u ta’ meta ġiet aġġornata l-aħħar darba;
access-copy-metadata = il-metadata kollha miżmuma għal kull immaġni, inklużi d-data tal-ġeolokalizzazzjoni u d-dati;
access-copy-biometrics = il-mudelli bijometriċi (templates), il-vetturi jew il-valuri hash derivati minn wiċċi, u kwalunkwe data oħra li tkunu derivajtu jew inferejtu dwari;
access-copy-searches = ir-rekords ta’ kull tfittxija li fiha dhirt bħala riżultat, bid-data li fiha saret kull tfittxija;
access-copy-probe = ir-rekords ta’ kull tfittxija li fiha klijent tella’ immaġni ta’ wiċċi biex ifittex fil-bażi tad-data tagħkom, flimkien mal-immaġni, id-data tat-tfittxija u l-klijent li għamilha;
access-copy-recipients = l-identità ta’ kull klijent jew riċevitur ieħor li lilu ġew żvelati riżultati li jikkonċernawni.
access-info = Nitlobkom tipprovduli wkoll l-informazzjoni li ġejja ({ REF(15, par: "1 2") } tal-{ $gdpr }):
access-info-purposes = il-finijiet ta’ kull operazzjoni ta’ pproċessar ({ REF(15, par: 1, pt: "a") }) u, għal kull fini, il-bażi legali li fuqha tistrieħu, li xorta waħda kellkom tgħarrfuni biha ({ REF(14, par: 1, pt: "c") });
access-info-categories = il-kategoriji ta’ data personali inkwistjoni ({ REF(15, par: 1, pt: "b") });
access-info-recipients = ir-riċevituri li lilhom tkun ġiet żvelata jew ser tiġi żvelata d-data personali, b’isimhom, b’mod partikolari riċevituri f’pajjiżi terzi jew organizzazzjonijiet internazzjonali; il-kategoriji ta’ riċevituri mhumiex biżżejjed meta tkunu tistgħu tidentifikawhom ({ REF(15, par: 1, pt: "c") }; sentenza tal-Qorti tal-Ġustizzja tat-12 ta’ Jannar 2023, C-154/21, Österreichische Post);
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = ir-riċevituri li lilhom tkun ġiet żvelata jew ser tiġi żvelata d-data personali, b’isimhom, b’mod partikolari riċevituri f’pajjiżi terzi jew organizzazzjonijiet internazzjonali; il-kategoriji ta’ riċevituri mhumiex biżżejjed meta tkunu tistgħu tidentifikawhom ({ REF(15, par: 1, pt: "c") });
access-info-retention = il-perijodu li matulu kull kategorija ta’ data personali ser tinħażen jew, jekk dan ma jkunx possibbli, il-kriterji użati biex jiġi ddeterminat dak il-perijodu ({ REF(15, par: 1, pt: "d") });
access-info-rights = l-eżistenza tad-dritt li tintalab rettifika jew tħassir tad-data personali jew restrizzjoni tal-ipproċessar, u tad-dritt li wieħed joġġezzjona għal tali pproċessar ({ REF(15, par: 1, pt: "e") });
access-info-complaint = id-dritt li jitressaq ilment quddiem awtorità superviżorja ({ REF(15, par: 1, pt: "f") });
access-info-source = kwalunkwe informazzjoni disponibbli rigward is-sors tad-data personali: is-siti u l-paġni web effettivi, u mhux biss kategoriji ta’ sorsi ({ REF(15, par: 1, pt: "g") });
access-info-automated = l-eżistenza ta’ teħid ta’ deċiżjonijiet awtomatizzat, inkluż it-tfassil ta’ profili, u informazzjoni sinifikanti dwar il-loġika involuta, kif ukoll is-sinifikat u l-konsegwenzi previsti ta’ tali pproċessar għalija ({ REF(15, par: 1, pt: "h") });
access-info-transfers = fejn id-data personali tiġi trasferita lil pajjiż terz jew lil organizzazzjoni internazzjonali, is-salvagwardji xierqa skont l-{ REF(46) } tal-{ $gdpr } relatati mat-trasferiment ({ REF(15, par: 2) }).
# $reference and $date: the CNIL's decision; the date stands in brackets (see the notes above).
access-scope = Din it-talba tkopri d-data personali kollha li tikkonċernani fis-sistemi kollha tagħkom, inklużi d-data psewdonimizzata u d-data li tkunu derivajtu jew inferejtu. Mhijiex limitata għall-aħħar tnax-il xahar, mhijiex limitata għal numru ta’ talbiet fis-sena, u ma tiddependix minn jekk nirrepetihiex: l-awtorità superviżorja Franċiża (CNIL) iddikjarat illegali restrizzjonijiet bħal dawn imposti minn { $controller } fid-deċiżjoni tagħha { $reference } ({ $date }).
access-role = Għal kull operazzjoni ta’ pproċessar, nitlobkom tindikaw ukoll jekk twettquhiex bħala kontrollur jew bħala proċessur f’isem klijent u, jekk bħala proċessur, f’isem min (Artikoli { REF(4, num: 7, form: "item") } u { REF(4, num: 8, form: "item") } tal-{ $gdpr }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out in the EU numbered form.
access-search-uk = Għandi dritt għad-data personali u għall-informazzjoni li tistgħu tipprovdu abbażi ta’ tfittxija raġonevoli u proporzjonata (Artikolu 15(1A) tal-{ $gdpr }). Il-bażi tad-data tagħkom hija mibnija biex titfittex permezz ta’ wiċċ: tfittxija fiha b’wiċċi, u fir-rekords tat-tfittxijiet li fihom dhirt bħala riżultat jew li fihom ittella’ wiċċi, hija raġonevoli u proporzjonata, ikun x’ikun il-volum tagħha.
access-format = Nitlobkom tipprovdu l-kopja mingħajr ħlas (Artikoli { REF(12, par: 5, form: "item") } u { REF(15, par: 3, form: "item") } tal-{ $gdpr }), b’lingwaġġ ċar u sempliċi ({ REF(12, par: 1) } tal-{ $gdpr }) u, jekk twieġbu b’mezzi elettroniċi, f’forma elettronika li tintuża b’mod komuni ({ REF(15, par: 3) } tal-{ $gdpr }).

## Erasure (Article 17)

erasure-heading = Tħassir tad-data personali tiegħi ({ REF(17) } tal-{ $gdpr })
erasure-after-access = Ladarba tkunu pprovdejtuli l-kopja u l-informazzjoni mitluba hawn fuq, nitlobkom tħassru d-data personali kollha li tikkonċernani mingħajr dewmien żejjed ({ REF(17, par: 1) } tal-{ $gdpr }).
erasure-scope = It-tħassir irid ikopri:
erasure-scope-images = kull immaġni tiegħi u kull kopja tagħha;
erasure-scope-biometrics = il-mudelli bijometriċi (templates), il-vetturi u l-valuri hash derivati minn wiċċi;
erasure-scope-metadata = il-metadata u l-indirizzi tas-sors (URLs) assoċjati ma’ dawk l-immaġnijiet;
erasure-scope-searches = ir-riżultati tat-tfittxijiet, ir-reġistri tat-tfittxijiet u l-assoċjazzjonijiet li jikkonċernawni;
erasure-scope-backups = il-kopji kollha fil-backups, fl-arkivji u fis-sistemi tal-proċessuri tagħkom.
erasure-grounds = Japplikaw ir-raġunijiet li ġejjin għat-tħassir:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d") } tal-{ $gdpr }: id-data personali ġiet ipproċessata illegalment. M’għandkom l-ebda bażi legali skont l-{ REF(6, par: 1) } tal-{ $gdpr }. Id-data bijometrika ({ REF(4, num: 14) } tal-{ $gdpr }) ipproċessata sabiex tidentifika b’mod uniku persuna fiżika taqa’ taħt il-kategoriji speċjali ta’ data personali li l-ipproċessar tagħhom huwa projbit mill-{ REF(9, par: 1) } tal-{ $gdpr }. L-ebda waħda mill-eċċezzjonijiet tal-{ REF(9, par: 2) } ma tapplika: ma tajtx kunsens espliċitu għall-ipproċessar tad-data bijometrika tiegħi fil-bażi tad-data tagħkom ({ REF(9, par: 2, pt: "a") }), u l-immaġnijiet li jistgħu jinstabu fuq l-internet ma sarux manifestament pubbliċi minni għal ipproċessar bijometriku ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d") } tal-{ $gdpr }: id-data personali ġiet ipproċessata illegalment. M’għandkom l-ebda bażi legali skont l-{ REF(6, par: 1) } tal-{ $gdpr }. Id-data bijometrika ({ REF(4, num: 14) } tal-{ $gdpr }) ipproċessata sabiex tidentifika b’mod uniku persuna fiżika taqa’ taħt il-kategoriji speċjali ta’ data personali li l-ipproċessar tagħhom huwa projbit mill-{ REF(9, par: 1) } tal-{ $gdpr }. L-ebda waħda mill-eċċezzjonijiet tal-{ REF(9, par: 2) } tal-{ $gdpr }, moqri flimkien mal-Iskeda 1 tad-Data Protection Act 2018, ma tapplika: ma tajtx kunsens espliċitu għall-ipproċessar tad-data bijometrika tiegħi fil-bażi tad-data tagħkom ({ REF(9, par: 2, pt: "a") }), u l-immaġnijiet li jistgħu jinstabu fuq l-internet ma sarux manifestament pubbliċi minni għal ipproċessar bijometriku ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c") } tal-{ $gdpr }: noġġezzjona għall-ipproċessar skont l-{ REF(21, par: 1) } tal-{ $gdpr }, għal raġunijiet relatati mas-sitwazzjoni partikolari tiegħi: wiċċi huwa identifikatur permanenti li ma nistax nibdel, u l-preżenza tiegħu fil-bażi tad-data tagħkom tippermetti lil kwalunkwe klijent tagħkom jidentifikani minn kwalunkwe ritratt, irrispettivament minn fejn u meta jkun ittieħed.
# The person's own words (--objection-grounds), in quotation marks; same item as the objection.
erasure-ground-objection-own = Bi kliemi stess: “{ $grounds }”
# Art. 21(1), Maltese text: "sakemm il-kontrollur ma jurix raġunijiet leġittimi konvinċenti għall-ipproċessar li jipprevalu fuq l-interessi, id-drittijiet u l-libertajiet tas-suġġett tad-data".
erasure-ground-objection-burden = Għalhekk għandkom tieqfu mill-ipproċessar sakemm ma turux raġunijiet leġittimi konvinċenti għall-ipproċessar li jipprevalu fuq l-interessi, id-drittijiet u l-libertajiet tiegħi jew għall-istabbiliment, l-eżerċizzju jew id-difiża ta’ talbiet legali ({ REF(21, par: 1) } tal-{ $gdpr }). Sa fejn tistrieħu fuq l-{ REF(6, par: 1, pt: "e f", conj: "or") } tal-{ $gdpr }, ma hemm l-ebda raġuni bħal din: l-interess kummerċjali tagħkom li tbigħu tfittxijiet ta’ wiċċi mhuwiex raġuni bħal din.
erasure-ground-consent = { REF(17, par: 1, pt: "b") } tal-{ $gdpr }: sa fejn tistrieħu fuq il-kunsens, qed nirtirah.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: "fl-Italja", from country-in. Its name (in its own language) stands in
# brackets after "l-awtorità superviżorja".
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e") } tal-{ $gdpr }, flimkien mar-raġunijiet ta’ hawn fuq: l-awtorità superviżorja ({ $authority }) ordnatilkom tħassru d-data personali tal-persuni { $in_country }. Fil-fehma tiegħi, għalhekk, it-tħassir huwa meħtieġ ukoll għall-konformità ma’ obbligu legali li intom soġġetti għalih.
erasure-exceptions = L-ebda waħda mill-eċċezzjonijiet tal-{ REF(17, par: 3) } tal-{ $gdpr } ma tapplika: l-ipproċessar mhuwiex meħtieġ għall-eżerċizzju tad-dritt tal-libertà ta’ espressjoni u ta’ informazzjoni, għall-konformità ma’ obbligu legali, għat-twettiq ta’ kompitu mwettaq fl-interess pubbliku jew fl-eżerċizzju ta’ awtorità uffiċjali, għal raġunijiet ta’ interess pubbliku fil-qasam tas-saħħa pubblika, għal finijiet ta’ arkivjar fl-interess pubbliku, għal finijiet ta’ riċerka xjentifika jew storika jew għal finijiet ta’ statistika, jew għall-istabbiliment, l-eżerċizzju jew id-difiża ta’ talbiet legali. Jekk tistrieħu fuq eċċezzjoni, nitlobkom tgħiduli liema waħda u għaliex ({ REF(12, par: 4) } tal-{ $gdpr }).
erasure-restriction = Sakemm isir it-tħassir, nitlobkom tirrestrinġu l-ipproċessar tad-data personali tiegħi ({ REF(18, par: 1, pt: "d") } tal-{ $gdpr }, waqt li tivverifikaw l-oġġezzjoni tiegħi): b’mod partikolari, nitlobkom tieqfu minnufih milli turuni fir-riżultati tat-tfittxijiet.
erasure-recipients = Nitlobkom tikkomunikaw it-tħassir lil kull riċevitur li lilu ġiet żvelata d-data personali tiegħi, inkluż kull klijent li rċieva l-immaġnijiet tiegħi f’riżultati ta’ tfittxijiet ({ REF(19) } tal-{ $gdpr }), u tgħiduli min huma dawn ir-riċevituri. Fejn tkunu ppubblikajtu d-data personali tiegħi, nitlobkom tieħdu passi raġonevoli biex tinfurmaw lill-kontrolluri li qed jipproċessawha li tlabt it-tħassir ta’ kwalunkwe konnessjoni għal dik id-data, jew ta’ kopji tagħha ({ REF(17, par: 2) } tal-{ $gdpr }).
erasure-no-recollection = Nitlobkom tgħiduli x’se tagħmlu biex tiżguraw li d-data personali tiegħi ma terġax tinġabar. Jekk iżżommu xi rekord biex tevitaw li tinġabar fil-futur, nitlobkom tgħiduli eżattament x’fih u fuq liema bażi legali qed iżżommuh.
erasure-confirmation = Nitlobkom tikkonfermawli t-tħassir bil-miktub u tindikaw x’ħassartu, inklużi l-kopji fil-backups u l-mudelli derivati.
erasure-free = L-azzjoni fuq it-talba tiegħi għal tħassir, inklużi n-notifiki u l-konferma, għandha tingħata mingħajr ħlas ({ REF(12, par: 5) } tal-{ $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Restrizzjoni tal-ipproċessar sat-tħassir ({ REF(18) } tal-{ $gdpr })
restriction-body = Mill-wasla ta’ din l-ittra sat-tħassir, nitlobkom tirrestrinġu l-ipproċessar tad-data personali tiegħi ({ REF(18, par: 1, pt: "d") } tal-{ $gdpr }, waqt li tivverifikaw l-oġġezzjoni tiegħi skont l-{ REF(21, par: 1) } tal-{ $gdpr }): tistgħu taħżnu d-data, iżda ma tistgħux tużawha għal ebda skop ieħor għajr biex twieġbu din it-talba. B’mod partikolari, nitlobkom tieqfu minnufih milli turuni fir-riżultati tat-tfittxijiet.

## Identification (Articles 11(2) and 12(6))

identification-heading = Identifikazzjoni
identification-no-photo = L-informazzjoni f’din l-ittra hija biżżejjed biex twieġbu għaliha. Jekk ikollkom dubji raġonevoli dwar l-identità tiegħi, nitlobkom tgħiduli liema informazzjoni addizzjonali hija strettament meħtieġa ({ REF(12, par: 6) } tal-{ $gdpr }). Jekk is-sistema tagħkom tista’ titfittex biss b’ritratt ta’ wiċċi, nitlobkom tgħiduli; imbagħad nibgħatilkom wieħed biss għall-finijiet ta’ din it-talba.
identification-photo = Qed nehmeż ritratt ta’ wiċċi biss sabiex tkunu tistgħu ssibu d-data personali li tikkonċernani (Artikoli { REF(11, par: 2, form: "item") } u { REF(12, par: 6, form: "item") } tal-{ $gdpr }). Qed nagħti l-kunsens espliċitu tiegħi ({ REF(9, par: 2, pt: "a") } tal-{ $gdpr }) għal tfittxija waħda fil-bażi tad-data tagħkom b’mudell bijometriku magħmul minn dan ir-ritratt, għal din it-talba biss. Ma nagħtix kunsens għal ebda użu ieħor: la żżidu r-ritratt jew il-mudell fil-bażi tad-data tagħkom u lanqas ma tiżvelawhom. Il-kunsens tiegħi huwa rtirat hekk kif twieġbu din it-talba ({ REF(7, par: 3) } tal-{ $gdpr }): imbagħad għandkom tħassru r-ritratt, il-mudell u r-riżultati tat-tfittxija li ssir bihom, u tikkonfermawli t-tħassir ({ REF(5, par: 1, pt: "b c e") } tal-{ $gdpr }).
identification-id-document = Mhux se nibgħat kopja ta’ dokument tal-identità sakemm ma turux li dan huwa strettament meħtieġ. Kwalunkwe kopja bħal din għandha titħassar immedjatament wara l-verifika (Bord Ewropew għall-Protezzjoni tad-Data, Linji gwida 01/2022 dwar id-drittijiet tas-suġġetti tad-data – Dritt ta’ aċċess, paragrafi 74, 76 u 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = Mhux se nibgħat kopja ta’ dokument tal-identità sakemm ma turux li dan huwa meħtieġ: tistgħu titolbu biss informazzjoni li hija raġonevoli u proporzjonata biex tikkonfermaw l-identità tiegħi (Information Commissioner's Office, gwida “Right of access”).

## Deadline and form (Article 12)

deadline-heading = Terminu u forma tat-tweġiba tagħkom
deadline-access = Nitlobkom twieġbu mingħajr dewmien żejjed u mhux aktar tard minn xahar minn meta tirċievu din it-talba ({ REF(12, par: 3) } tal-{ $gdpr }). Tistgħu testendu dan il-perjodu b’xahrejn oħra l-aktar, u dan biss fejn meħtieġ, filwaqt li jitqiesu l-kumplessità u n-numru tat-talbiet; f’dak il-każ għandkom tinfurmawni dwar l-estensjoni fi żmien xahar minn meta tasal it-talba, flimkien mar-raġunijiet għad-dewmien. Jekk ma tiħdux azzjoni fuq it-talba tiegħi, għandkom tinfurmawni fi żmien xahar bir-raġunijiet u bid-dritt tiegħi li nressaq ilment quddiem awtorità superviżorja u li nfittex rimedju ġudizzjarju ({ REF(12, par: 4) } tal-{ $gdpr }).
deadline-erasure = Nitlobkom tieħdu azzjoni fuq it-talba tiegħi mingħajr dewmien żejjed u mhux aktar tard minn xahar minn meta tirċevuha ({ REF(12, par: 3) } tal-{ $gdpr }). Tistgħu testendu dan il-perjodu b’xahrejn oħra l-aktar, u dan biss fejn meħtieġ, filwaqt li jitqiesu l-kumplessità u n-numru tat-talbiet; f’dak il-każ għandkom tinfurmawni dwar l-estensjoni fi żmien xahar minn meta tasal it-talba, flimkien mar-raġunijiet għad-dewmien. Jekk ma tiħdux azzjoni fuq it-talba tiegħi, għandkom tinfurmawni fi żmien xahar bir-raġunijiet u bid-dritt tiegħi li nressaq ilment quddiem awtorità superviżorja u li nfittex rimedju ġudizzjarju ({ REF(12, par: 4) } tal-{ $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (written out).
deadline-access-uk = Nitlobkom twieġbu mingħajr dewmien żejjed u mhux aktar tard mit-tmiem tal-perjodu ta’ żmien applikabbli (applicable time period): xahar minn meta tirċievu din it-talba (Artikolu 12A tal-{ $gdpr }). Tistgħu testendih b’xahrejn oħra l-aktar, u dan biss fejn meħtieġ minħabba l-kumplessità jew in-numru tat-talbiet; f’dak il-każ għandkom tgħarrfuni b’dan f’dak ix-xahar, flimkien mar-raġunijiet. Jekk għandkom bżonn raġonevoli ta’ aktar informazzjoni mingħandi biex tidentifikaw l-informazzjoni jew l-ipproċessar li tikkonċerna t-talba tiegħi, itolbuhieli mingħajr dewmien: il-perjodu jiġi sospiż biss sakemm inwieġeb. Jekk ma tiħdux azzjoni fuq it-talba tiegħi, għandkom tinfurmawni f’dak il-perjodu bir-raġunijiet u bid-dritt tiegħi li nressaq ilment quddiem l-Information Commissioner u li nfittex rimedju ġudizzjarju ({ REF(12, par: 4) } tal-{ $gdpr }).
deadline-erasure-uk = Nitlobkom tieħdu azzjoni fuq it-talba tiegħi mingħajr dewmien żejjed u mhux aktar tard mit-tmiem tal-perjodu ta’ żmien applikabbli (applicable time period): xahar minn meta tirċievu din it-talba (Artikolu 12A tal-{ $gdpr }). Tistgħu testendih b’xahrejn oħra l-aktar, u dan biss fejn meħtieġ minħabba l-kumplessità jew in-numru tat-talbiet; f’dak il-każ għandkom tgħarrfuni b’dan f’dak ix-xahar, flimkien mar-raġunijiet. Jekk ma tiħdux azzjoni fuq it-talba tiegħi, għandkom tinfurmawni f’dak il-perjodu bir-raġunijiet u bid-dritt tiegħi li nressaq ilment quddiem l-Information Commissioner u li nfittex rimedju ġudizzjarju ({ REF(12, par: 4) } tal-{ $gdpr }).
no-formalities = Ma tistgħux tagħmlu t-tweġiba tagħkom tiddependi minn formola, portal web jew mezz ta’ trażmissjoni partikolari (Bord Ewropew għall-Protezzjoni tad-Data, Linji gwida 01/2022 dwar id-drittijiet tas-suġġetti tad-data – Dritt ta’ aċċess, paragrafi 50 sa 53).
no-formalities-uk = Ma tistgħux tagħmlu t-tweġiba tagħkom tiddependi minn formola, portal web jew mezz ta’ trażmissjoni partikolari: talba tista’ ssir fi kwalunkwe forma, bil-fomm jew bil-miktub (Information Commissioner's Office, gwida “Right of access”).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address (or none), reply-to-both when a postal and an e-mail address are given,
# reply-to-email when only an e-mail address is given.
reply-to-postal = Nitlobkom tibagħtu t-tweġiba tagħkom fl-indirizz tiegħi indikat hawn fuq.
reply-to-both = Nitlobkom tibagħtu t-tweġiba tagħkom fl-indirizz postali jew fl-indirizz tal-email tiegħi indikati hawn fuq.
reply-to-email = Nitlobkom tibagħtu t-tweġiba tagħkom fl-indirizz tal-email tiegħi indikat hawn fuq.

## Decisions against Clearview

decisions-heading = Deċiżjonijiet kontra { $controller }
decisions-own = Id-deċiżjonijiet li ġejjin ittieħdu fil-pajjiż fejn ngħix:
decisions-other = Awtoritajiet superviżorji fi Stati oħra kkonstataw li l-istess ipproċessar minn { $controller } huwa illegali. Qed nistrieħ fuq id-deċiżjonijiet tagħhom:
# One decision. $authority: name of the authority or court (in its own language); $country: its
# country (CLDR, nominative); $act: one of decision-kind-* with the reference; $date: its date,
# after a comma (see the notes above on the article before dates).
decision-citation = { $authority } ({ $country }), { $act }, { $date }
# The Italian Garante's “ordinanza ingiunzione” (a fine with corrective orders), with its Italian name.
decision-kind-injunction-order = ordni ta’ inġunzjoni (ordinanza ingiunzione) Nru { $reference }
decision-kind-decision = deċiżjoni { $reference }
decision-kind-formal-notice = avviż formali { $reference }
# The CNIL's sanction: a “délibération” of its restricted committee (formation restreinte).
decision-kind-sanction = deċiżjoni tal-kumitat ristrett (délibération) { $reference }
decision-kind-penalty-liquidation = deċiżjoni tal-kumitat ristrett { $reference } (likwidazzjoni tal-pagament ta’ penalità)
decision-kind-fines-and-penalty-orders = deċiżjoni (multi u ordnijiet soġġetti għal pagament ta’ penalità)
# The Austrian DSB's “Bescheid”; the Federal Administrative Court's “Beschluss” setting it aside
# and remitting the case (a “digriet”, as the Maltese version of EU law renders “Beschluss”, not a
# “sentenza”); a UK tribunal's decision.
decision-kind-bescheid = deċiżjoni (Bescheid) { $reference }
decision-kind-remittal-order = digriet (Beschluss) { $reference }
decision-kind-tribunal-decision = deċiżjoni { $reference }
decision-kind-letter = ittra
decision-kind-enforcement-and-penalty-notices = avviż ta’ infurzar (enforcement notice) u avviż ta’ penalità monetarja (monetary penalty notice)
# The decision-* sentences are impersonal (passive), because the deciding body may be an
# authority, a commissioner or a court of either grammatical gender.
# $articles: the provisions found infringed, written with ref-list, head word included ("Artikoli 5(1)(a), 6 u 9"): hence "tal-{ $articles }".
decision-articles = Ġie kkonstatat ksur tal-{ $articles } tal-{ $gdpr }.
# $amount: an amount with its currency, already formatted.
decision-fine = Ġiet imposta multa ta’ { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018), not "multa".
decision-monetary-penalty = Ġiet imposta penalità monetarja (monetary penalty) ta’ { $amount }.
decision-fines-total = Ġew imposti multi li jammontaw b’kollox għal { $amount }.
decision-penalty-per-day = Ġie impost ukoll pagament ta’ penalità ta’ { $amount } għal kull jum ta’ dewmien.
decision-penalty-max = Ġew maħruġa wkoll ordnijiet soġġetti għal pagamenti ta’ penalità sa massimu ta’ { $amount } b’kollox.
decision-penalty-liquidated = { $controller } ġiet ordnata tħallas { $amount } għax ma kinitx ikkonformat mal-ordni fil-ħin.
decision-orders = { $controller } ġiet ordnata:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published: it says only that Clearview was called on to act).
decision-requests = { $controller } ġiet mitluba:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = L-avviżi mhumiex finali: l-Upper Tribunal irrinvija l-appell ta’ Clearview kontrihom lill-First-tier Tribunal.
# Orders are list items completing "{ $controller } ġiet ordnata:" or "… ġiet mitluba:", so each
# starts with a verb in the third person feminine singular (tieqaf, tħassar, taħtar …).
# End each with ";": facerights replaces the separator of the last item with a full stop.
# "dak l-Istat" refers to the country named in the citation just above; the complainant is
# "il-persuna li ressqet l-ilment" (gender-neutral).
order-ban-collection-territory = tieqaf tiġbor immaġnijiet u data personali oħra ta’ persuni { $in_country } u tieqaf tipproċessa d-data bijometrika tagħhom;
order-ban-collection-processing-territory = tieqaf tiġbor, permezz ta’ web scraping, immaġnijiet u metadata ta’ persuni { $in_country } u tieqaf kull ipproċessar ieħor tad-data personali tagħhom, kemm ordinarja kif ukoll bijometrika;
order-erase-territory = tħassar id-data personali tal-persuni { $in_country };
order-erase-territory-after-access = tħassar id-data personali tal-persuni { $in_country }, wara li twieġeb it-talbiet għal aċċess li diġà rċeviet;
order-stop-processing-territory = tieqaf tiġbor u tipproċessa, mingħajr bażi legali, id-data personali tal-persuni { $in_country };
order-facilitate-rights = tiffaċilita l-eżerċizzju tad-drittijiet tas-suġġetti tad-data u twieġeb it-talba għal aċċess tal-persuna li ressqet l-ilment;
order-answer-complainant-access = twieġeb it-talba għal aċċess tal-persuna li ressqet l-ilment;
order-grant-complainant-erasure = tilqa’ t-talba għal tħassir tal-persuna li ressqet l-ilment;
order-appoint-representative = taħtar rappreżentant fl-Unjoni ({ REF(27) } tal-{ $gdpr });
order-stop-processing-erase-territory = tieqaf tipproċessa d-data personali tal-persuni { $in_country } u tneħħi d-data miksuba illegalment;
order-give-art14-information = tinforma lis-suġġetti tad-data kif meħtieġ mill-{ REF(14) } tal-{ $gdpr };
order-stop-refusing-access = ittemm il-politika tagħha li ma twieġibx it-talbiet għal aċċess;
order-erase-complainant = tħassar id-data personali tal-persuna li ressqet l-ilment;
order-erase-complainant-biometric = tħassar il-valuri hash bijometriċi tal-persuna li ressqet l-ilment;
order-stop-obtaining-uk = tieqaf tikseb u tuża data personali ta’ residenti tar-Renju Unit li tkun disponibbli pubblikament fuq l-internet;
order-erase-uk = tħassar mis-sistemi tagħha d-data personali tar-residenti tar-Renju Unit;
outcome-reconsider-ban = Il-qorti qieset li l-awtorità trid terġa’ tikkunsidra r-rifjut tagħha li tipprojbixxi l-ipproċessar u li projbizzjoni hija l-unika miżura xierqa; il-qorti rrinviat il-każ lill-awtorità.
outcome-ftt-no-jurisdiction = It-tribunal laqa’ l-appell ta’ Clearview, u ddeċieda li l-Information Commissioner ma kellux ġurisdizzjoni biex joħroġ l-avviżi.
outcome-ut-ico-appeal-allowed = It-tribunal laqa’ l-appell tal-Information Commissioner: l-ipproċessar huwa relatat mal-monitoraġġ tal-imġiba ta’ persuni fir-Renju Unit, u l-fatt li l-klijenti ta’ Clearview huma korpi pubbliċi barranin ma jqegħidx l-ipproċessar barra mill-kamp ta’ applikazzjoni tal-{ $gdpr }.
outcome-remitted-ftt = It-tribunal irrinvija l-appell ta’ Clearview kontra l-avviżi lill-First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "u":
# noun phrases without commas inside, e.g. "multa ta’ €20,000,000, projbizzjoni fuq il-ġbir
# ulterjuri u ordni …".
summary-fine = multa ta’ { $amount }
summary-monetary-penalty = penalità monetarja (monetary penalty) ta’ { $amount }, mhux finali
summary-erasure = ordni ta’ tħassir tad-data personali tal-persuni { $in_country }
summary-ban = projbizzjoni fuq il-ġbir ulterjuri
summary-access = ordni biex tieqaf tirrifjuta li twieġeb it-talbiet għal aċċess
summary-complainant-access = ordni biex twieġeb it-talba għal aċċess tal-persuna li ressqet l-ilment
summary-erase-complainant = ordni ta’ tħassir tad-data personali tal-persuna li ressqet l-ilment
summary-representative = ordni biex taħtar rappreżentant fl-Unjoni
summary-no-fine = l-ebda multa
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language); $address: its
# postal address on one line. Both stand after a colon.
remedies = Jekk ma twieġbux b’mod sħiħ fit-terminu, se nressaq ilment quddiem l-awtorità superviżorja kompetenti ({ REF(77) } tal-{ $gdpr }): { $authority }, { $address }. Qed nirriżerva d-dritt li nressaq proċedimenti kontrikom quddiem il-qrati tal-Istat Membru fejn għandi r-residenza abitwali tiegħi ({ REF(79, par: 2) } tal-{ $gdpr }) u li nitlob kumpens ({ REF(82) } tal-{ $gdpr }).
# EEA letters: "l-Istat" (Iceland, Liechtenstein, Norway) instead of "l-Istat Membru".
remedies-eea = Jekk ma twieġbux b’mod sħiħ fit-terminu, se nressaq ilment quddiem l-awtorità superviżorja kompetenti ({ REF(77) } tal-{ $gdpr }): { $authority }, { $address }. Qed nirriżerva d-dritt li nressaq proċedimenti kontrikom quddiem il-qrati tal-Istat fejn għandi r-residenza abitwali tiegħi ({ REF(79, par: 2) } tal-{ $gdpr }) u li nitlob kumpens ({ REF(82) } tal-{ $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19(2) BDSG).
remedies-land-of-residence = Jekk ma twieġbux b’mod sħiħ fit-terminu, se nressaq ilment quddiem l-awtorità superviżorja għall-protezzjoni tad-data tal-Land Ġermaniż fejn noqgħod ({ REF(77) } tal-{ $gdpr }; § 19(2) tal-BDSG, il-Liġi Federali Ġermaniża dwar il-Protezzjoni tad-Data). Qed nirriżerva d-dritt li nressaq proċedimenti kontrikom quddiem il-qrati tal-Istat Membru fejn għandi r-residenza abitwali tiegħi ({ REF(79, par: 2) } tal-{ $gdpr }) u li nitlob kumpens ({ REF(82) } tal-{ $gdpr }).
# United Kingdom letters: a UK section is "sezzjoni", the Act's name in English.
remedies-uk = Għandkom tiffaċilitaw l-ilmenti lilkom dwar l-ipproċessar tad-data personali tiegħi (is-sezzjoni 164A tad-Data Protection Act 2018). Jekk ma twieġbux b’mod sħiħ qabel it-tmiem tal-perjodu ta’ żmien applikabbli, se nressaq ilment lilkom skont dik is-sezzjoni u, jekk dan ma jsolvix il-kwistjoni, se nressaq ilment quddiem l-awtorità superviżorja kompetenti ({ REF(77) } tal-{ $gdpr }): { $authority } (jew is-suċċessur tiegħu, l-Information Commission), { $address }. Qed nirriżerva d-dritt li nitlob lill-qorti ordni ta’ konformità (compliance order, is-sezzjoni 167 tad-Data Protection Act 2018) u li nitlob kumpens ({ REF(82) } tal-{ $gdpr }).

## Dates. Optional: how this language writes a date where CLDR is wrong for letters. Variables:
## $full (CLDR's form), $day, $month (as CLDR writes it in a date), $year.
# CLDR writes "2 ta’ Marzu, 2026"; Maltese letters have no comma before the year: "2 ta’ Marzu 2026".
date-pattern = { $day } { $month } { $year }

## Follow-up letters: a reminder ("tfakkira") to Clearview when the reply period has passed, and a
## complaint ("ilment", Artikolu 77) to the supervisory authority. They cite the first request by
## what it asked for (request-name-*), the date Clearview received it ($received) and the end of
## the reply period ($ends), all dates already formatted: as everywhere in this file they stand
## after a colon or in brackets, because their article depends on the day. The authority is
## addressed in the plural (nitlobkom), like the company.

# What the first request asked for. It starts with the article "it-": the messages put it only
# after a word ending in a consonant ("dwar") or after a colon, never after "ta’" (which would
# need "tat-"). Feminine ("talba": "kopja tagħha").
request-name-access = it-talba tiegħi għal aċċess skont l-{ REF(15) } tal-{ $gdpr }
request-name-erasure = it-talba tiegħi għal tħassir skont l-{ REF(17) } tal-{ $gdpr }, flimkien mal-oġġezzjoni tiegħi skont l-{ REF(21, par: 1) } tal-{ $gdpr }
request-name-access-erasure = it-talba tiegħi għal aċċess skont l-{ REF(15) } tal-{ $gdpr }, għal restrizzjoni tal-ipproċessar skont l-{ REF(18) } tal-{ $gdpr } u għal tħassir sussegwenti skont l-{ REF(17) } tal-{ $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Tfakkira dwar { $request } (riċevuta minnkom: { $received })
# $ends: the last day of the reply period.
reminder-facts = Qed nikteb dwar { $request }. Din it-talba waslitilkom f’din id-data: { $received }; kopja tagħha hija mehmuża. L-aħħar jum tat-terminu għat-tweġiba tagħkom kien dan: { $ends } jew, jekk dak il-jum kien festa pubblika, il-jum tax-xogħol ta’ wara ({ REF(12, par: 3) } tal-{ $gdpr }).
reminder-facts-uk = Qed nikteb dwar { $request }. Din it-talba waslitilkom f’din id-data: { $received }; kopja tagħha hija mehmuża. L-aħħar jum tal-perjodu ta’ żmien applikabbli (applicable time period) għat-tweġiba tagħkom kien dan: { $ends } jew, jekk dak il-jum kien festa pubblika (bank holiday), il-jum tax-xogħol ta’ wara (Artikolu 12A tal-{ $gdpr }).
reminder-no-reply = Ma rċevejt l-ebda tweġiba mingħandkom, u lanqas informazzjoni dwar estensjoni tat-terminu jew dwar ir-raġunijiet għaliex ma ħadtux azzjoni fuq it-talba tiegħi ({ REF(12, par: "3 4") } tal-{ $gdpr }).
reminder-incomplete = It-tweġiba tagħkom mhijiex kompluta: ma fihiex dak kollu li tlabt, u ma tajtux raġunijiet għaliex ħallejtu barra xi ħaġa ({ REF(12, par: 4) } tal-{ $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = Għalhekk qed tiksru l-{ $gdpr }. Nitlobkom tikkonformaw b’mod sħiħ mat-talba tiegħi mingħajr aktar dewmien, u fi kwalunkwe każ mhux aktar tard minn din id-data: { $grace }.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Jekk ma tagħmlux dan, se nressaq ilment, mingħajr avviż ieħor, quddiem l-awtorità superviżorja kompetenti ({ REF(77) } tal-{ $gdpr }): { $authority }, { $address }. Qed nirriżerva d-dritt li nressaq proċedimenti kontrikom quddiem il-qrati tal-Istat Membru fejn għandi r-residenza abitwali tiegħi ({ REF(79, par: 2) } tal-{ $gdpr }) u li nitlob kumpens għal kwalunkwe dannu kkawżat lili ({ REF(82) } tal-{ $gdpr }).
reminder-remedies-eea = Jekk ma tagħmlux dan, se nressaq ilment, mingħajr avviż ieħor, quddiem l-awtorità superviżorja kompetenti ({ REF(77) } tal-{ $gdpr }): { $authority }, { $address }. Qed nirriżerva d-dritt li nressaq proċedimenti kontrikom quddiem il-qrati tal-Istat fejn għandi r-residenza abitwali tiegħi ({ REF(79, par: 2) } tal-{ $gdpr }) u li nitlob kumpens għal kwalunkwe dannu kkawżat lili ({ REF(82) } tal-{ $gdpr }).
reminder-remedies-land-of-residence = Jekk ma tagħmlux dan, se nressaq ilment, mingħajr avviż ieħor, quddiem l-awtorità superviżorja għall-protezzjoni tad-data tal-Land Ġermaniż fejn noqgħod ({ REF(77) } tal-{ $gdpr }; § 19(2) tal-BDSG, il-Liġi Federali Ġermaniża dwar il-Protezzjoni tad-Data). Qed nirriżerva d-dritt li nressaq proċedimenti kontrikom quddiem il-qrati tal-Istat Membru fejn għandi r-residenza abitwali tiegħi ({ REF(79, par: 2) } tal-{ $gdpr }) u li nitlob kumpens għal kwalunkwe dannu kkawżat lili ({ REF(82) } tal-{ $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# ("is-sezzjoni 164A tad-Data Protection Act 2018", as in remedies-uk).
reminder-remedies-uk = Din l-ittra hija wkoll l-ilment tiegħi lilkom skont is-sezzjoni 164A tad-Data Protection Act 2018: nitlobkom tikkonfermaw li rċevejtuh fi żmien 30 jum minn meta jaslilkom, u tgħarrfuni bl-eżitu tiegħu mingħajr dewmien żejjed. Jekk ma tikkonformawx mat-talba tiegħi, se nressaq ilment quddiem l-awtorità superviżorja kompetenti ({ REF(77) } tal-{ $gdpr }): { $authority } (jew is-suċċessur tiegħu, l-Information Commission), { $address }. Qed nirriżerva d-dritt li nitlob lill-qorti ordni ta’ konformità (compliance order, is-sezzjoni 167 tad-Data Protection Act 2018) u li nitlob kumpens ({ REF(82) } tal-{ $gdpr }).
# Enclosure lines (the request name after a colon, see above; dates in brackets).
enclosure-request-copy = Kopja: { $request } (riċevuta: { $received })
enclosure-proof = Prova tal-bgħit u, fejn disponibbli, tal-kunsinna
enclosure-reply = Kopja tat-tweġiba ta’ { $controller }
enclosure-reminder = Kopja tat-tfakkira tiegħi ({ $reminded })

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Ilment skont l-{ REF(77) } tal-{ $gdpr } kontra { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = Għeżież Sinjuri,
# $controller_address: Clearview's postal address on one line.
complaint-intro = B’din l-ittra qed inressaq ilment skont l-{ REF(77) } tal-{ $gdpr } kontra { $controller }, { $controller_address }. L-ilment huwa dwar { $request }. Din it-talba waslet għand { $controller } f’din id-data: { $received }; kopja tagħha hija mehmuża.
# What happened ($outcome): one of these. Clearview is feminine (wieġbet, ħadet, għarrfitni).
complaint-no-reply = { $controller } ma wieġbitx għat-talba tiegħi, u t-terminu għat-tweġiba tagħha skada; l-aħħar jum tiegħu kien dan: { $ends } jew, jekk dak il-jum kien festa pubblika, il-jum tax-xogħol ta’ wara ({ REF(12, par: 3) } tal-{ $gdpr }). Ma għarrfitnix b’estensjoni tat-terminu jew bir-raġunijiet għaliex ma ħaditx azzjoni ({ REF(12, par: 4) } tal-{ $gdpr }).
complaint-no-reply-uk = { $controller } ma wieġbitx għat-talba tiegħi, u l-perjodu ta’ żmien applikabbli (applicable time period) għat-tweġiba tagħha skada; l-aħħar jum tiegħu kien dan: { $ends } jew, jekk dak il-jum kien festa pubblika (bank holiday), il-jum tax-xogħol ta’ wara (Artikolu 12A tal-{ $gdpr }). Ma għarrfitnix b’estensjoni tal-perjodu jew bir-raġunijiet għaliex ma ħaditx azzjoni ({ REF(12, par: 4) } tal-{ $gdpr }).
complaint-incomplete = { $controller } wieġbet, iżda t-tweġiba tagħha mhijiex kompluta: ma fihiex dak kollu li tlabt, u ma tagħti l-ebda raġuni għaliex tħalla barra xi ħaġa. L-aħħar jum tat-terminu għal tweġiba sħiħa kien dan: { $ends } jew, jekk dak il-jum kien festa pubblika, il-jum tax-xogħol ta’ wara ({ REF(12, par: 3) } tal-{ $gdpr }). Kopja tat-tweġiba hija mehmuża.
complaint-incomplete-uk = { $controller } wieġbet, iżda t-tweġiba tagħha mhijiex kompluta: ma fihiex dak kollu li tlabt, u ma tagħti l-ebda raġuni għaliex tħalla barra xi ħaġa. L-aħħar jum tal-perjodu ta’ żmien applikabbli (applicable time period) għal tweġiba sħiħa kien dan: { $ends } jew, jekk dak il-jum kien festa pubblika (bank holiday), il-jum tax-xogħol ta’ wara (Artikolu 12A tal-{ $gdpr }). Kopja tat-tweġiba hija mehmuża.
complaint-refused = { $controller } irrifjutat li tieħu azzjoni fuq it-talba tiegħi. Kopja tat-tweġiba tagħha hija mehmuża.
complaint-identity-demanded = { $controller } għamlet it-tweġiba tagħha dipendenti fuq identifikazzjoni li t-talba tiegħi ma kellhiex bżonn, bħal kopja ta’ dokument tal-identità. Kopja tat-tweġiba tagħha hija mehmuża.
# $reminded: the date of the reminder the person sent.
complaint-reminded = Fakkart lil { $controller } bit-talba tiegħi permezz ta’ ittra (data: { $reminded }); ma kkonformatx magħha. Kopja tat-tfakkira hija mehmuża.
complaint-reminded-uk = Ressaqt ilment lil { $controller } skont is-sezzjoni 164A tad-Data Protection Act 2018 (data: { $reminded }); il-kwistjoni ma ġietx solvuta. Kopja ta’ dak l-ilment hija mehmuża.
complaint-infringements = Fil-fehma tiegħi, { $controller } b’hekk kisret b’mod partikolari:
# Infringements, as list items continuing complaint-infringements, each ending with ";". Two
# provisions share one head word ("l-Artikoli 17(1) u 21(1)").
infringement-time-limit = l-{ REF(12, par: 3) } tal-{ $gdpr }, għax ma ħaditx azzjoni fuq it-talba tiegħi fit-terminu;
infringement-time-limit-uk = l-{ REF(12, par: 3) } tal-{ $gdpr }, moqri flimkien mal-Artikolu 12A tal-{ $gdpr }, għax ma ħaditx azzjoni fuq it-talba tiegħi fil-perjodu ta’ żmien applikabbli;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = l-{ REF(12, par: "3 4") } tal-{ $gdpr }, għax ma ħaditx azzjoni sħiħa fuq it-talba tiegħi fit-terminu u ma tatx raġunijiet għaliex ħalliet barra xi ħaġa;
infringement-incomplete-uk = l-{ REF(12, par: "3 4") } tal-{ $gdpr }, moqri flimkien mal-Artikolu 12A tal-{ $gdpr }, għax ma ħaditx azzjoni sħiħa fuq it-talba tiegħi fil-perjodu ta’ żmien applikabbli u ma tatx raġunijiet għaliex ħalliet barra xi ħaġa;
infringement-no-reasons = l-{ REF(12, par: 4) } tal-{ $gdpr }, għax ma għarrfitnix bir-raġunijiet għaliex ma ħaditx azzjoni u bid-dritt tiegħi li nressaq ilment;
infringement-access = l-{ REF(15) } tal-{ $gdpr }, għax ma tatnix aċċess għad-data personali tiegħi u għall-informazzjoni dwar l-ipproċessar tagħha;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = l-Artikoli { REF(18, par: 1, pt: "d", form: "item") } u { REF(21, par: 1, form: "item") } tal-{ $gdpr }, għax la rrestrinġiet l-ipproċessar tad-data personali tiegħi u lanqas ma waqfet tipproċessaha wara l-oġġezzjoni tiegħi;
infringement-erasure = l-Artikoli { REF(17, par: 1, form: "item") } u { REF(21, par: 1, form: "item") } tal-{ $gdpr }, għax ma ħassritx id-data personali tiegħi u ma waqfitx tipproċessaha, għalkemm japplikaw raġunijiet għat-tħassir u jien oġġezzjonajt;
infringement-identification = l-Artikoli { REF(12, par: 2, form: "item") } u { REF(12, par: 6, form: "item") } tal-{ $gdpr }, għax għamlet l-eżerċizzju tad-drittijiet tiegħi dipendenti fuq identifikazzjoni li mhijiex meħtieġa, u l-{ REF(5, par: 1, pt: "c") } tal-{ $gdpr }, għax qed titlob aktar data personali milli għandha bżonn;
infringement-refusal = l-{ REF(12, par: 4) } tal-{ $gdpr }, għax irrifjutat li tieħu azzjoni fuq it-talba tiegħi mingħajr raġuni rikonoxxuta mill-{ $gdpr }, u l-{ REF(12, par: 2) } tal-{ $gdpr }, sa fejn tistrieħ fuq il-fatt li ma tistax tidentifikani;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Awtoritajiet superviżorji diġà ħadu d-deċiżjonijiet li ġejjin kontra { $controller }:
complaint-requests = Għalhekk nitlobkom:
# Items continuing complaint-requests, in the words of Artikoli 57, 58 and 77 of the Maltese GDPR text.
complaint-ask-handle = tittrattaw l-ilment tiegħi u tinvestigaw is-suġġett tiegħu ({ REF(57, par: 1, pt: "f") } tal-{ $gdpr });
complaint-ask-order = tordnaw lil { $controller } tikkonforma mat-talba tiegħi ({ REF(58, par: 2, pt: "c") } tal-{ $gdpr }) u tużaw is-setgħat korrettivi l-oħra tagħkom (Artikoli { REF(58, par: 2, form: "item") } u { REF(83, form: "item") } tal-{ $gdpr });
complaint-ask-inform = tinfurmawni dwar il-progress u l-eżitu tal-ilment ({ REF(77, par: 2) } tal-{ $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = tinfurmawni dwar il-progress u l-eżitu tal-ilment (is-sezzjoni 165 tad-Data Protection Act 2018).
complaint-consent-share = Nagħti l-kunsens tiegħi biex taqsmu dan l-ilment, flimkien ma’ ismi, ma’ { $controller } għall-finijiet tat-trattament tiegħu.
