### facerights — letter text, Irish (ga).
###
### Translated from the reference locale (en). Legal terms follow the Irish language version of
### Regulation (EU) 2016/679 on EUR-Lex (CELEX 32016R0679, "An Rialachán Ginearálta maidir le
### Cosaint Sonraí"): ábhar sonraí, rialaitheoir, próiseálaí, faighteoir, údarás maoirseachta,
### gan mhoill mhíchuí, léirscriosadh, srian a chur le próiseáil, agóid, catagóirí speisialta
### sonraí pearsanta, sonraí bithmhéadracha, toiliú sainráite, forais dhlisteanacha thathantacha,
### tríú tír, coimircí iomchuí, próifíliú, cinnteoireacht uathoibrithe, leigheas breithiúnach
### éifeachtach.
###
### Irish notes:
###   - The company is addressed in the plural (sibh, bhur, oraibh, daoibh, agaibh); requests are
###     phrased "Iarraim oraibh … a dhéanamh" rather than with plural imperatives.
###   - Clearview is referred to as "an chuideachta" (feminine: sí, a/lena/óna without lenition).
###   - Articles are cited "Airteagal 15 den { $gdpr }" (as the Data Protection Commission and
###     gov.ie do: "Airteagal 4(1) den RGCS").
###   - Names of authorities and courts arrive untranslated: they stand after a neutral head noun
###     in brackets or after a colon, so that no initial mutation is needed.
###   - Dates follow "an", as in the titles of EU acts ("an 27 Aibreán 2016").
###
### Variables available in every message:
###   $gdpr        short name of the law ("RGCS", or "UK GDPR" for United Kingdom letters)
###   $controller  "Clearview AI, Inc."

## Names of the law. $gdpr is one of law-short-* and is passed to every other message.

# RGCS (an Rialachán Ginearálta maidir le Cosaint Sonraí) is the abbreviation used by gov.ie and
# the Data Protection Commission in Irish.
law-short-eu = RGCS
law-short-uk = UK GDPR
# law-full-* always follow "de" or "faoi" ("Airteagal 15 de { $law_full }"), so each starts with
# "Rialachán" (no mutation, no elision). law-full-uk gives the Irish title first and keeps the
# English title in brackets; "na Ríochta Aontaithe" keeps the UK Act apart from Ireland's own
# Data Protection Act 2018.
law-full-eu = Rialachán (AE) 2016/679 (an Rialachán Ginearálta maidir le Cosaint Sonraí, “RGCS”)
law-full-eea = Rialachán (AE) 2016/679 (an Rialachán Ginearálta maidir le Cosaint Sonraí, “RGCS”), arna ionchorprú sa Chomhaontú ar an Limistéar Eorpach Eacnamaíoch
law-full-uk = Rialachán Ginearálta na Ríochta Aontaithe maidir le Cosaint Sonraí (United Kingdom General Data Protection Regulation, “UK GDPR”), arna léamh i gcomhar le Data Protection Act 2018 na Ríochta Aontaithe

## Citations. Irish legal writing in Ireland (the Data Protection Commission, gov.ie, the Irish
## texts of Acts) cites the GDPR in the EU's numbered form with the Irish head word: "Airteagal
## 6(1)(f) den RGCS", "Airteagail 12(5) agus 15(3)". That is this language's practice, hence
## ref-eu-style below. The head word takes initial mutations from the word before it: after "le"
## it takes h ("le hAirteagal 9(1)"), which messages ask for with `case: "h"`. Lists share one
## head word: "Airteagail 5(1)(a), 6 agus 9".
ref-eu-style = yes
ref-a = Airteagal { $art }
    .h = hAirteagal { $art }
ref-ap = Airteagal { $art }{ $par }
    .h = hAirteagal { $art }{ $par }
ref-app = Airteagal { $art }{ $par }{ $pt }
    .h = hAirteagal { $art }{ $par }{ $pt }
ref-an = Airteagal { $art }({ $num })
    .h = hAirteagal { $art }({ $num })
ref-par = ({ $par })
ref-point = ({ $letter })
ref-item-a = { $art }
ref-item-ap = { $art }{ $par }
ref-item-app = { $art }{ $par }{ $pt }
ref-item-an = { $art }({ $num })
ref-list = { $count ->
        [one] Airteagal
       *[other] Airteagail
    } { $list }
ref-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z

## Countries: "san Iodáil", "sa Ghréig", "san Ísiltír", "sa Ríocht Aontaithe", after "daoine atá".
## $code: the ISO code; $name: the country's name in Irish (CLDR). Names with the article take
## "sa" (with lenition) or "san" (before a vowel or fh + vowel); Éire takes "in Éirinn". The
## default names the country in brackets after "the State" so that no mutation is needed.
country-in = { $code ->
    [IT] san Iodáil
    [GR] sa Ghréig
    [FR] san Fhrainc
    [AT] san Ostair
    [DE] sa Ghearmáin
    [NL] san Ísiltír
    [GB] sa Ríocht Aontaithe
    [IE] in Éirinn
   *[other] sa Stát lena mbaineann ({ $name })
}

## Letter frame

subject-access = Iarraidh ar rochtain ar mo shonraí pearsanta faoi { REF(15) } den { $gdpr }
subject-erasure = Iarraidh ar léirscriosadh mo shonraí pearsanta faoi { REF(17) } den { $gdpr } agus agóid faoi { REF(21, par: 1) } den { $gdpr }
subject-access-erasure = Iarraidh ar rochtain faoi { REF(15) } den { $gdpr }, ar shrian a chur leis an bpróiseáil faoi { REF(18) } den { $gdpr } agus ar léirscriosadh ina dhiaidh sin faoi { REF(17) } den { $gdpr }
salutation = A chara,
closing = Is mise le meas,
# $reference: the sender's own case or reference number.
our-reference = Mo thagairt: { $reference }
# $place: where the letter is signed; $date: the letter's date, already formatted.
place-date = { $place }, { $date }
date-only = { $date }
# The label before the list of enclosures, with its punctuation.
# $count (optional): how many enclosures follow.
enclosures-label = { $count ->
    [one] Iatán:
   *[other] Iatáin:
}
enclosure-photo = Grianghraf de m'aghaidh, curtha ar fáil chun mé a shainaithint chun críche na hiarrata seo amháin
# Page numbers in the PDF; $page and $pages are numbers.
page-of = Leathanach { $page } as { $pages }

## Opening

# $law_full: one of law-full-* (after "de" or "faoi", see above).
intro-access = Scríobhaim chugaibh chun mo cheart rochtana a fheidhmiú faoi { REF(15) } de { $law_full }. Iarraim oraibh a dheimhniú dom an bhfuil sonraí pearsanta a bhaineann liom á bpróiseáil ag { $controller } nó nach bhfuil agus, más amhlaidh atá, rochtain a thabhairt dom ar na sonraí pearsanta sin agus ar an bhfaisnéis atá liostaithe thíos. Ní gá dom cúiseanna a thabhairt leis an iarraidh seo.
intro-erasure = Scríobhaim chugaibh chun mo cheart go ndéanfaí léirscriosadh a fheidhmiú faoi { REF(17) } de { $law_full }. Iarraim oraibh na sonraí pearsanta go léir a bhaineann liom a léirscriosadh gan mhoill mhíchuí. Ag an am céanna, déanaim agóid, faoi { REF(21, par: 1) } den { $gdpr }, i gcoinne aon phróiseála ar shonraí pearsanta a bhaineann liom.
intro-access-erasure = Scríobhaim chugaibh chun mo chearta a fheidhmiú faoi { $law_full }: ar dtús, mo cheart rochtana ({ REF(15) } den { $gdpr }), agus ina dhiaidh sin, mo cheart go ndéanfaí léirscriosadh ({ REF(17) } den { $gdpr }). Iarraim rochtain ar dtús ionas go mbeidh a fhios agam cad atá agaibh fúm sula léirscriosfar é. Déanaim agóid, faoi { REF(21, par: 1) } den { $gdpr }, i gcoinne aon phróiseála ar shonraí pearsanta a bhaineann liom, agus go dtí go ndéanfar an léirscriosadh, iarraim oraibh srian a chur leis an bpróiseáil ({ REF(18) } den { $gdpr }).

## Why the law applies to Clearview

# $representative_date: the date of the Dutch authority's decision, after "an" ("an 16 Bealtaine 2024").
applicability-eu = Tá { $controller } faoi réir an { $gdpr }: bailíonn an chuideachta íomhánna de dhaoine atá san Aontas Eorpach agus próiseálann sí iad chun faireachán a dhéanamh ar a n-iompar ({ REF(3, par: 2, pt: "b") } den { $gdpr }). Chuir údaráis mhaoirseachta na hIodáile, na Gréige, na Fraince, na hOstaire agus na hÍsiltíre an { $gdpr } i bhfeidhm uirthi agus chinn siad go raibh a próiseáil neamhdhleathach. De réir chinneadh údarás maoirseachta na hÍsiltíre an { $representative_date }, ní raibh ionadaí ainmnithe aici san Aontas ({ REF(27) } den { $gdpr }). Dá bhrí sin, seolaim an iarraidh seo chugaibh go díreach.
applicability-eea = Tá { $controller } faoi réir an { $gdpr }: bailíonn an chuideachta íomhánna de dhaoine atá sa Limistéar Eorpach Eacnamaíoch agus próiseálann sí iad chun faireachán a dhéanamh ar a n-iompar ({ REF(3, par: 2, pt: "b") } den { $gdpr }). Chuir údaráis mhaoirseachta na hIodáile, na Gréige, na Fraince, na hOstaire agus na hÍsiltíre an { $gdpr } i bhfeidhm uirthi agus chinn siad go raibh a próiseáil neamhdhleathach. De réir chinneadh údarás maoirseachta na hÍsiltíre an { $representative_date }, ní raibh ionadaí ainmnithe aici san Aontas ({ REF(27) } den { $gdpr }). Dá bhrí sin, seolaim an iarraidh seo chugaibh go díreach.
applicability-uk = Tá { $controller } faoi réir an { $gdpr }. Sa bhliain 2025, chinn an Upper Tribunal go mbaineann an phróiseáil a dhéanann an chuideachta le faireachán ar iompar daoine atá sa Ríocht Aontaithe ({ REF(3, par: 2, pt: "b") } den { $gdpr }). Seolaim an iarraidh seo chugaibh go díreach.

## Access (Article 15)

access-heading = Rochtain ar mo shonraí pearsanta ({ REF(15) } den { $gdpr })
access-copy = Iarraim oraibh cóip a sholáthar dom de na sonraí pearsanta go léir a bhaineann liom atá á bpróiseáil agaibh ({ REF(15, par: 3) } den { $gdpr }), go háirithe:
access-copy-images = gach íomhá ina bhfuil mé le feiceáil nó a nascann sibh liom, sa taifeach ina bhfuil sí agaibh;
access-copy-sources = i gcás gach íomhá, seoladh (URL) an leathanaigh ghréasáin agus seoladh an chomhaid íomhá ónar bailíodh í, teideal an leathanaigh, agus na dátaí ar bailíodh í agus ar nuashonraíodh í go deireanach;
access-copy-metadata = na meiteashonraí go léir a choinnítear i gcás gach íomhá, lena n-áirítear sonraí geoshuímh agus dátaí;
access-copy-biometrics = na teimpléid bhithmhéadracha, na veicteoirí nó na luachanna haiseála a díorthaíodh ó m'aghaidh, agus aon sonraí eile a dhíorthaigh nó a thátail sibh fúm;
access-copy-searches = na taifid ar gach cuardach inar áiríodh mé i measc na dtorthaí, mar aon le dáta gach cuardaigh;
access-copy-probe = na taifid ar gach cuardach inar uaslódáil custaiméir íomhá de m'aghaidh chun bhur mbunachar sonraí a chuardach, mar aon leis an íomhá, le dáta an chuardaigh agus leis an gcustaiméir a rinne é;
access-copy-recipients = céannacht gach custaiméara nó gach faighteora eile ar nochtadh torthaí a bhaineann liom dó.
access-info = Iarraim oraibh freisin an fhaisnéis seo a leanas a sholáthar dom ({ REF(15, par: "1 2") } den { $gdpr }):
access-info-purposes = críocha gach oibríochta próiseála ({ REF(15, par: 1, pt: "a") }) agus, i gcás gach críche, an bunús dlí a bhfuil sibh ag brath air, a bhí oraibh a chur in iúl dom in aon chás ({ REF(14, par: 1, pt: "c") });
access-info-categories = catagóirí na sonraí pearsanta lena mbaineann ({ REF(15, par: 1, pt: "b") });
access-info-recipients = na faighteoirí a nochtadh nó a nochtfar na sonraí pearsanta dóibh, agus a n-ainmneacha á lua, go háirithe faighteoirí i dtríú tíortha nó eagraíochtaí idirnáisiúnta; ní leor catagóirí faighteora más féidir libh na faighteoirí a shainaithint ({ REF(15, par: 1, pt: "c") }; breithiúnas ón gCúirt Bhreithiúnais an 12 Eanáir 2023, C-154/21, Österreichische Post);
# United Kingdom letters: without the judgment of the Court of Justice.
access-info-recipients-uk = na faighteoirí a nochtadh nó a nochtfar na sonraí pearsanta dóibh, agus a n-ainmneacha á lua, go háirithe faighteoirí i dtríú tíortha nó eagraíochtaí idirnáisiúnta; ní leor catagóirí faighteora más féidir libh na faighteoirí a shainaithint ({ REF(15, par: 1, pt: "c") });
access-info-retention = an tréimhse a stórálfar gach catagóir sonraí pearsanta lena linn nó, murar féidir é sin, na critéir a úsáidtear chun an tréimhse sin a chinneadh ({ REF(15, par: 1, pt: "d") });
access-info-rights = is ann don cheart a iarraidh go ndéanfaí sonraí pearsanta a cheartú nó a léirscriosadh nó go gcuirfí srian le próiseáil, agus is ann don cheart agóid a dhéanamh i gcoinne próiseáil den sórt sin ({ REF(15, par: 1, pt: "e") });
access-info-complaint = an ceart gearán a thaisceadh le húdarás maoirseachta ({ REF(15, par: 1, pt: "f") });
access-info-source = aon fhaisnéis atá ar fáil maidir le foinse na sonraí pearsanta: na suíomhanna gréasáin agus na leathanaigh iarbhír, ní hamháin catagóirí foinsí ({ REF(15, par: 1, pt: "g") });
access-info-automated = is ann do chinnteoireacht uathoibrithe, lena n-áirítear próifíliú, agus d'fhaisnéis fhóinteach faoin loighic a bheidh i gceist, chomh maith le suntasacht na próiseála sin agus na hiarmhairtí a mheastar a bheidh aici orm ({ REF(15, par: 1, pt: "h") });
access-info-transfers = i gcás ina n-aistrítear sonraí pearsanta chuig tríú tír nó chuig eagraíocht idirnáisiúnta, na coimircí iomchuí de bhun { REF(46) } den { $gdpr } a bhaineann leis an aistriú ({ REF(15, par: 2) }).
access-scope = Cumhdaítear leis an iarraidh seo na sonraí pearsanta go léir a bhaineann liom i ngach ceann de bhur gcórais, lena n-áirítear sonraí ar cuireadh ainm bréige i bhfeidhm orthu agus sonraí a dhíorthaigh nó a thátail sibh. Níl sí teoranta don dá mhí dhéag is déanaí, níl sí teoranta do líon áirithe iarrataí in aghaidh na bliana, agus ní bhraitheann sí ar í a athdhéanamh agam: chinn údarás maoirseachta na Fraince (CNIL) gur neamhdhleathach srianta den sórt sin a chuir { $controller } i bhfeidhm, ina chinneadh { $reference } an { $date }.
access-role = I gcás gach oibríochta próiseála, iarraim oraibh a lua freisin an ndéanann sibh í mar rialaitheoir nó mar phróiseálaí thar ceann custaiméara agus, más mar phróiseálaí, thar ceann cé acu custaiméir (Airteagail { REF(4, num: 7, form: "item") } agus { REF(4, num: 8, form: "item") } den { $gdpr }).
# United Kingdom letters only: Article 15(1A) UK GDPR, written out in the EU numbered form.
access-search-uk = Tá teidlíocht agam ar na sonraí pearsanta agus ar an bhfaisnéis is féidir libh a sholáthar ar bhonn cuardaigh réasúnaigh chomhréirigh (Airteagal 15(1A) den { $gdpr }). Tá bhur mbunachar sonraí ceaptha le go gcuardófaí é de réir aghaidhe: is cuardach réasúnach comhréireach é, cibé méid atá ann, cuardach a dhéanamh air le m'aghaidh, agus ar thaifid na gcuardach inar áiríodh mé i measc na dtorthaí nó inar uaslódáladh m'aghaidh.
access-format = Iarraim oraibh an chóip a sholáthar saor in aisce (Airteagail { REF(12, par: 5, form: "item") } agus { REF(15, par: 3, form: "item") } den { $gdpr }), i dteanga shoiléir agus i ngnáthfhriotal ({ REF(12, par: 1) } den { $gdpr }) agus, má fhreagraíonn sibh go leictreonach, i bhfoirm leictreonach a úsáidtear go coitianta ({ REF(15, par: 3) } den { $gdpr }).

## Erasure (Article 17)

erasure-heading = Léirscriosadh mo shonraí pearsanta ({ REF(17) } den { $gdpr })
erasure-after-access = A luaithe a bheidh an chóip agus an fhaisnéis a iarradh thuas curtha ar fáil agaibh, iarraim oraibh na sonraí pearsanta go léir a bhaineann liom a léirscriosadh gan mhoill mhíchuí ({ REF(17, par: 1) } den { $gdpr }).
erasure-scope = Ní mór don léirscriosadh na nithe seo a leanas a chumhdach:
erasure-scope-images = gach íomhá díom agus gach cóip di;
erasure-scope-biometrics = na teimpléid bhithmhéadracha, na veicteoirí agus na luachanna haiseála a díorthaíodh ó m'aghaidh;
erasure-scope-metadata = na meiteashonraí agus na seoltaí foinse (URLanna) a bhaineann leis na híomhánna sin;
erasure-scope-searches = na torthaí cuardaigh, na logaí cuardaigh agus na naisc a bhaineann liom;
erasure-scope-backups = gach cóip atá i gcúltacaí, i gcartlanna agus i gcórais bhur bpróiseálaithe.
erasure-grounds = Tá feidhm ag na forais léirscriosta seo a leanas:
erasure-ground-unlawful = { REF(17, par: 1, pt: "d") } den { $gdpr }: rinneadh próiseáil mhídhleathach ar na sonraí pearsanta. Níl aon bhunús dlí agaibh faoi { REF(6, par: 1) } den { $gdpr }. Baineann sonraí bithmhéadracha ({ REF(4, num: 14) } den { $gdpr }) a phróiseáiltear chun duine nádúrtha a shainaithint go huathúil le catagóirí speisialta sonraí pearsanta, agus toirmisctear a bpróiseáil le { REF(9, par: 1, case: "h") } den { $gdpr }. Níl feidhm ag aon cheann de na heisceachtaí in { REF(9, par: 2) }: níor thug mé toiliú sainráite chun mo shonraí bithmhéadracha a phróiseáil i bhur mbunachar sonraí ({ REF(9, par: 2, pt: "a") }), agus maidir le híomhánna atá le fáil ar an idirlíon, níor chuir mé ar fáil go poiblí go follasach iad chun go ndéanfaí próiseáil bhithmhéadrach orthu ({ REF(9, par: 2, pt: "e") }).
# United Kingdom letters: Article 9 read with Schedule 1 to the Data Protection Act 2018.
erasure-ground-unlawful-uk = { REF(17, par: 1, pt: "d") } den { $gdpr }: rinneadh próiseáil mhídhleathach ar na sonraí pearsanta. Níl aon bhunús dlí agaibh faoi { REF(6, par: 1) } den { $gdpr }. Baineann sonraí bithmhéadracha ({ REF(4, num: 14) } den { $gdpr }) a phróiseáiltear chun duine nádúrtha a shainaithint go huathúil le catagóirí speisialta sonraí pearsanta, agus toirmisctear a bpróiseáil le { REF(9, par: 1, case: "h") } den { $gdpr }. Níl feidhm ag aon cheann de na heisceachtaí in { REF(9, par: 2) } den { $gdpr }, arna léamh i gcomhar le Sceideal 1 a ghabhann le Data Protection Act 2018: níor thug mé toiliú sainráite chun mo shonraí bithmhéadracha a phróiseáil i bhur mbunachar sonraí ({ REF(9, par: 2, pt: "a") }), agus maidir le híomhánna atá le fáil ar an idirlíon, níor chuir mé ar fáil go poiblí go follasach iad chun go ndéanfaí próiseáil bhithmhéadrach orthu ({ REF(9, par: 2, pt: "e") }).
erasure-ground-objection = { REF(17, par: 1, pt: "c") } den { $gdpr }: déanaim agóid i gcoinne na próiseála faoi { REF(21, par: 1) } den { $gdpr }, ar fhorais a bhaineann le mo staid leithleach féin: is aitheantóir buan í m'aghaidh nach féidir liom a athrú, agus toisc go bhfuil sí i bhur mbunachar sonraí, is féidir le haon duine de bhur gcustaiméirí mé a shainaithint ó aon ghrianghraf, cibé áit agus cibé uair a glacadh é.
# The person's own words (--objection-grounds), in quotation marks; same item as the objection.
erasure-ground-objection-own = I m'fhocail féin: “{ $grounds }”
# Art. 21(1), Irish text: "mura léiríonn an rialaitheoir forais dhlisteanacha thathantacha leis an bpróiseáil a bhfuil sáraíocht acu ar leasanna, ar chearta agus ar shaoirsí an ábhair sonraí".
erasure-ground-objection-burden = Dá bhrí sin, ní mór daoibh stop a chur leis an bpróiseáil mura léiríonn sibh forais dhlisteanacha thathantacha leis an bpróiseáil a bhfuil sáraíocht acu ar mo leasanna, ar mo chearta agus ar mo shaoirsí, nó chun éilimh dhlíthiúla a bhunú, a fheidhmiú nó a chosaint ({ REF(21, par: 1) } den { $gdpr }). A mhéid atá sibh ag brath ar { REF(6, par: 1, pt: "e f", conj: "or") } den { $gdpr }, níl aon fhorais den sórt sin ann: ní foras den sórt sin é bhur leas tráchtála i gcuardaigh ar m'aghaidh a dhíol.
erasure-ground-consent = { REF(17, par: 1, pt: "b") } den { $gdpr }: a mhéid atá sibh ag brath ar thoiliú, tarraingím siar é.
# $authority: the supervisory authority that ordered Clearview to erase the data of persons in its
# country; $in_country: "san Iodáil", from country-in. Its name is in its own language: it stands in brackets after a neutral head noun.
erasure-ground-legal-obligation = { REF(17, par: 1, pt: "e") } den { $gdpr }, i dteannta na bhforas thuas: d'ordaigh an t-údarás maoirseachta ({ $authority }) daoibh sonraí pearsanta na ndaoine atá { $in_country } a léirscriosadh. Is é mo thuairim, dá bhrí sin, gur gá an léirscriosadh freisin chun oibleagáid dhlíthiúil a bhfuil sibh faoina réir a chomhlíonadh.
erasure-exceptions = Níl feidhm ag aon cheann de na heisceachtaí in { REF(17, par: 3) } den { $gdpr }: níl an phróiseáil riachtanach chun an ceart chun tuairimí a nochtadh agus faisnéis a fháil a fheidhmiú, chun oibleagáid dhlíthiúil a chomhlíonadh, chun cúram a chur i gcrích ar mhaithe le leas an phobail nó i bhfeidhmiú údaráis oifigiúil, ar chúiseanna a bhaineann le leas an phobail i réimse na sláinte poiblí, chun críocha cartlannaithe ar mhaithe le leas an phobail, chun críocha taighde eolaíoch nó staire nó chun críocha staidrimh, ná chun éilimh dhlíthiúla a bhunú, a fheidhmiú nó a chosaint. Má tá sibh ag brath ar eisceacht, iarraim oraibh a chur in iúl dom cén ceann agus cén fáth ({ REF(12, par: 4) } den { $gdpr }).
erasure-restriction = Go dtí go ndéanfar an léirscriosadh, iarraim oraibh srian a chur le próiseáil mo shonraí pearsanta ({ REF(18, par: 1, pt: "d") } den { $gdpr }, fad atá m'agóid á fíorú agaibh): go háirithe, iarraim oraibh stop a chur láithreach le mo thaispeáint i dtorthaí cuardaigh.
erasure-recipients = Iarraim oraibh an léirscriosadh a chur in iúl do gach faighteoir ar nochtadh mo shonraí pearsanta dó, lena n-áirítear gach custaiméir a fuair m'íomhánna i dtorthaí cuardaigh ({ REF(19) } den { $gdpr }), agus a chur in iúl dom cé hiad na faighteoirí sin. I gcás inar chuir sibh mo shonraí pearsanta ar fáil don phobal, iarraim oraibh bearta réasúnacha a dhéanamh chun na rialaitheoirí atá á bpróiseáil a chur ar an eolas gur iarr mé go léirscriosfaí aon naisc chuig na sonraí sin nó aon chóipeanna díobh ({ REF(17, par: 2) } den { $gdpr }).
erasure-no-recollection = Iarraim oraibh a chur in iúl dom cad a dhéanfaidh sibh lena áirithiú nach mbaileofar mo shonraí pearsanta arís. Má choinníonn sibh aon taifead chun cosc a chur ar iad a bhailiú amach anseo, iarraim oraibh a insint dom go beacht cad atá ann agus cén bunús dlí atá agaibh lena choinneáil.
erasure-confirmation = Iarraim oraibh an léirscriosadh a dhearbhú dom i scríbhinn agus a lua cad atá léirscriosta agaibh, lena n-áirítear cóipeanna i gcúltacaí agus teimpléid dhíorthaithe.
erasure-free = Ní mór daoibh beart a dhéanamh ar m'iarraidh ar léirscriosadh saor in aisce, lena n-áirítear na fógraí agus an dearbhú ({ REF(12, par: 5) } den { $gdpr }).

## Restriction between access and erasure (access-erasure letter)

restriction-heading = Srian ar an bpróiseáil go dtí an léirscriosadh ({ REF(18) } den { $gdpr })
restriction-body = Ón tráth a bhfaighidh sibh an litir seo go dtí go ndéanfar an léirscriosadh, iarraim oraibh srian a chur le próiseáil mo shonraí pearsanta ({ REF(18, par: 1, pt: "d") } den { $gdpr }, fad atá m'agóid faoi { REF(21, par: 1) } den { $gdpr } á fíorú agaibh): na sonraí a stóráil, ach gan iad a úsáid chun aon chríche seachas an iarraidh seo a fhreagairt. Go háirithe, iarraim oraibh stop a chur láithreach le mo thaispeáint i dtorthaí cuardaigh.

## Identification (Articles 11(2) and 12(6))

identification-heading = Sainaithint
identification-no-photo = Is leor an fhaisnéis sa litir seo chun í a fhreagairt. Má tá amhras réasúnach agaibh faoi mo chéannacht, iarraim oraibh a chur in iúl dom cén fhaisnéis bhreise atá fíor-riachtanach ({ REF(12, par: 6) } den { $gdpr }). Mura féidir cuardach a dhéanamh i bhur gcóras ach le grianghraf de m'aghaidh, iarraim oraibh é sin a chur in iúl dom; cuirfidh mé grianghraf ar fáil ansin chun críche na hiarrata seo amháin.
identification-photo = Cuirim grianghraf de m'aghaidh faoi iamh, chun go mbeidh sibh in ann teacht ar na sonraí pearsanta a bhaineann liom agus chuige sin amháin (Airteagail { REF(11, par: 2, form: "item") } agus { REF(12, par: 6, form: "item") } den { $gdpr }). Tugaim mo thoiliú sainráite ({ REF(9, par: 2, pt: "a") } den { $gdpr }) d'aon chuardach amháin ar bhur mbunachar sonraí le teimpléad bithmhéadrach a dhéanfar ón ngrianghraf seo, chun críche na hiarrata seo amháin. Ní thugaim toiliú d'aon úsáid eile: ní ceadmhach daoibh an grianghraf ná an teimpléad a chur le bhur mbunachar sonraí ná iad a nochtadh. Tarraingím mo thoiliú siar a luaithe a bheidh an iarraidh seo freagartha agaibh ({ REF(7, par: 3) } den { $gdpr }): ansin ní mór daoibh an grianghraf, an teimpléad agus torthaí an chuardaigh a rinneadh leo a scriosadh, agus an scriosadh a dhearbhú dom ({ REF(5, par: 1, pt: "b c e") } den { $gdpr }).
identification-id-document = Ní sheolfaidh mé cóip de dhoiciméad aitheantais mura léiríonn sibh go bhfuil sé fíor-riachtanach. Ní mór aon chóip den sórt sin a scriosadh díreach tar éis an fhíoraithe (An Bord Eorpach um Chosaint Sonraí, Treoirlínte 01/2022 maidir le cearta ábhar sonraí – An ceart rochtana, míreanna 74, 76 agus 79).
# United Kingdom letters: the UK regulator's guidance, its title kept in English.
identification-id-document-uk = Ní sheolfaidh mé cóip de dhoiciméad aitheantais mura léiríonn sibh go bhfuil sé riachtanach: ní féidir libh ach faisnéis atá réasúnach agus comhréireach a iarraidh chun m'aitheantas a dheimhniú (Information Commissioner's Office, treoir “Right of access”).

## Deadline and form (Article 12)

deadline-heading = Teorainn ama agus foirm bhur bhfreagra
deadline-access = Iarraim oraibh freagra a thabhairt gan mhoill mhíchuí agus, ar a dhéanaí, laistigh de mhí amháin tar éis an iarraidh seo a fháil ({ REF(12, par: 3) } den { $gdpr }). Ní féidir libh an tréimhse sin a fhadú ach dhá mhí eile ar a mhéad, agus sin amháin i gcás inar gá sin, agus castacht agus líon na n-iarrataí á gcur san áireamh; sa chás sin, ní mór daoibh an fadú a chur in iúl dom laistigh de mhí amháin ó fuarthas an iarraidh, mar aon leis na cúiseanna leis an moill. Mura ndéanann sibh beart ar m'iarraidh, ní mór daoibh na cúiseanna a chur in iúl dom laistigh de mhí amháin, chomh maith le mo cheart gearán a thaisceadh le húdarás maoirseachta agus leigheas breithiúnach a lorg ({ REF(12, par: 4) } den { $gdpr }).
deadline-erasure = Iarraim oraibh beart a dhéanamh ar m'iarraidh gan mhoill mhíchuí agus, ar a dhéanaí, laistigh de mhí amháin tar éis í a fháil ({ REF(12, par: 3) } den { $gdpr }). Ní féidir libh an tréimhse sin a fhadú ach dhá mhí eile ar a mhéad, agus sin amháin i gcás inar gá sin, agus castacht agus líon na n-iarrataí á gcur san áireamh; sa chás sin, ní mór daoibh an fadú a chur in iúl dom laistigh de mhí amháin ó fuarthas an iarraidh, mar aon leis na cúiseanna leis an moill. Mura ndéanann sibh beart ar m'iarraidh, ní mór daoibh na cúiseanna a chur in iúl dom laistigh de mhí amháin, chomh maith le mo cheart gearán a thaisceadh le húdarás maoirseachta agus leigheas breithiúnach a lorg ({ REF(12, par: 4) } den { $gdpr }).
# United Kingdom letters: the "applicable time period" of Article 12A UK GDPR (written out).
deadline-access-uk = Iarraim oraibh freagra a thabhairt gan mhoill mhíchuí agus, ar a dhéanaí, roimh dheireadh na tréimhse ama is infheidhme (applicable time period): mí amháin ón uair a fhaightear an iarraidh seo (Airteagal 12A den { $gdpr }). Ní féidir libh an tréimhse sin a fhadú ach dhá mhí eile ar a mhéad, agus sin amháin i gcás inar gá sin mar gheall ar chastacht nó ar líon na n-iarrataí; sa chás sin, ní mór daoibh é sin a chur in iúl dom laistigh den mhí sin, mar aon leis na cúiseanna. Más gá daoibh go réasúnach tuilleadh faisnéise a fháil uaim chun an fhaisnéis nó an phróiseáil lena mbaineann m'iarraidh a shainaithint, iarraigí orm í gan mhoill: ní chuirtear an tréimhse ar fionraí ach go dtí go dtugaim freagra. Mura ndéanann sibh beart ar m'iarraidh, ní mór daoibh na cúiseanna a chur in iúl dom laistigh den tréimhse sin, chomh maith le mo cheart gearán a thaisceadh leis an Information Commissioner agus leigheas breithiúnach a lorg ({ REF(12, par: 4) } den { $gdpr }).
deadline-erasure-uk = Iarraim oraibh beart a dhéanamh ar m'iarraidh gan mhoill mhíchuí agus, ar a dhéanaí, roimh dheireadh na tréimhse ama is infheidhme (applicable time period): mí amháin ón uair a fhaightear an iarraidh seo (Airteagal 12A den { $gdpr }). Ní féidir libh an tréimhse sin a fhadú ach dhá mhí eile ar a mhéad, agus sin amháin i gcás inar gá sin mar gheall ar chastacht nó ar líon na n-iarrataí; sa chás sin, ní mór daoibh é sin a chur in iúl dom laistigh den mhí sin, mar aon leis na cúiseanna. Mura ndéanann sibh beart ar m'iarraidh, ní mór daoibh na cúiseanna a chur in iúl dom laistigh den tréimhse sin, chomh maith le mo cheart gearán a thaisceadh leis an Information Commissioner agus leigheas breithiúnach a lorg ({ REF(12, par: 4) } den { $gdpr }).
no-formalities = Ní cheadaítear daoibh bhur bhfreagra a chur ag brath ar fhoirm ar leith, ar thairseach ghréasáin ar leith ná ar mhodh tarchurtha ar leith (An Bord Eorpach um Chosaint Sonraí, Treoirlínte 01/2022 maidir le cearta ábhar sonraí – An ceart rochtana, míreanna 50 go 53).
no-formalities-uk = Ní cheadaítear daoibh bhur bhfreagra a chur ag brath ar fhoirm ar leith, ar thairseach ghréasáin ar leith ná ar mhodh tarchurtha ar leith: is féidir iarraidh a dhéanamh in aon fhoirm, ó bhéal nó i scríbhinn (Information Commissioner's Office, treoir “Right of access”).
# Where to reply (same paragraph, after no-formalities): reply-to-postal when the sender gave only a
# postal address (or none), reply-to-both when a postal and an e-mail address are given,
# reply-to-email when only an e-mail address is given.
reply-to-postal = Iarraim oraibh bhur bhfreagra a sheoladh chuig mo sheoladh atá tugtha thuas.
reply-to-both = Iarraim oraibh bhur bhfreagra a sheoladh chuig mo sheoladh poist nó chuig mo sheoladh ríomhphoist atá tugtha thuas.
reply-to-email = Iarraim oraibh bhur bhfreagra a sheoladh chuig mo sheoladh ríomhphoist atá tugtha thuas.

## Decisions against Clearview

decisions-heading = Cinntí i gcoinne { $controller }
decisions-own = Rinneadh na cinntí seo a leanas sa tír ina bhfuil cónaí orm:
decisions-other = Chinn údaráis mhaoirseachta i Stáit eile go bhfuil an phróiseáil chéanna a dhéanann { $controller } neamhdhleathach. Táim ag brath ar a gcinntí:
# One decision. $authority: name of the authority or court (in its own language); $country: its
# country (CLDR, nominative, e.g. "an Iodáil"); $act: one of decision-kind-* with the reference;
# $date: its date ("10 Feabhra 2022"), after "an" as in the titles of EU acts.
decision-citation = { $authority } ({ $country }), { $act } an { $date }
# The Italian Garante's "ordinanza ingiunzione" (a fine with corrective orders), with its Italian name.
decision-kind-injunction-order = ordú urghaire (ordinanza ingiunzione) Uimh. { $reference }
decision-kind-decision = cinneadh { $reference }
decision-kind-formal-notice = fógra foirmiúil { $reference }
# The CNIL's sanction: a "délibération" of its restricted committee (formation restreinte).
decision-kind-sanction = cinneadh ón gcoiste srianta (délibération) { $reference }
decision-kind-penalty-liquidation = cinneadh ón gcoiste srianta { $reference } (méid na híocaíochta pionóis a shocrú)
decision-kind-fines-and-penalty-orders = cinneadh (fíneálacha agus orduithe faoi réir íocaíochtaí pionóis)
# The Austrian DSB's "Bescheid"; the Federal Administrative Court's "Beschluss" setting it aside
# and remitting the case (an order, "ordú", not a judgment, "breithiúnas"); a UK tribunal's decision.
decision-kind-bescheid = cinneadh (Bescheid) { $reference }
decision-kind-remittal-order = ordú (Beschluss) { $reference }
decision-kind-tribunal-decision = cinneadh { $reference }
decision-kind-letter = litir
decision-kind-enforcement-and-penalty-notices = fógra forfheidhmiúcháin (enforcement notice) agus fógra pionóis airgid (monetary penalty notice)
# The decision-* sentences use the autonomous form of the verb (Fuarthas, Gearradh, Ordaíodh …),
# because the deciding body may be an authority, a commissioner or a court.
# $articles: the provisions found infringed, written with ref-list, head word included ("Airteagail 5(1)(a), 6 agus 9").
decision-articles = Fuarthas gur sáraíodh { $articles } den { $gdpr }.
# $amount: an amount with its currency, already formatted.
decision-fine = Gearradh fíneáil { $amount }.
# The UK's statutory term (section 155 of the Data Protection Act 2018), not "fíneáil".
decision-monetary-penalty = Gearradh pionós airgid (monetary penalty) { $amount }.
decision-fines-total = Gearradh fíneálacha arbh ionann iad san iomlán agus { $amount }.
decision-penalty-per-day = Forchuireadh freisin íocaíocht phionóis { $amount } in aghaidh gach lae moille.
decision-penalty-max = Eisíodh freisin orduithe faoi réir íocaíochtaí pionóis suas le { $amount } san iomlán.
decision-penalty-liquidated = Ordaíodh do { $controller } { $amount } a íoc toisc nár chomhlíon an chuideachta an t-ordú in am.
decision-orders = Ordaíodh do { $controller }:
# Used instead of decision-orders for a letter (the Hamburg letter, whose legal nature has not been
# published: it says only that Clearview was called on to act).
decision-requests = Iarradh ar { $controller }:
# Why an act is not final; after the act's citation (the ICO's notices).
not-final-remitted-appeal = Níl na fógraí críochnaitheach: chuir an Upper Tribunal achomharc Clearview ina gcoinne ar ais chuig an First-tier Tribunal.
# Orders are list items completing "Ordaíodh do { $controller }:" or "Iarradh ar { $controller }:",
# so each is a verbal-noun clause ("… a léirscriosadh", "stop a chur le …"). End each with ";":
# facerights replaces the separator of the last item with a full stop.
# "an Stáit sin" refers to the country named in the citation just above.
order-ban-collection-territory = stop a chur le bailiú íomhánna agus sonraí pearsanta eile de chuid daoine atá { $in_country } agus stop a chur le próiseáil a sonraí bithmhéadracha;
order-ban-collection-processing-territory = stop a chur le bailiú íomhánna agus meiteashonraí de chuid daoine atá { $in_country } trí scríobadh gréasáin (web scraping), agus stop a chur le haon phróiseáil bhreise ar a sonraí pearsanta, idir ghnáthshonraí agus shonraí bithmhéadracha;
order-erase-territory = sonraí pearsanta na ndaoine atá { $in_country } a léirscriosadh;
order-erase-territory-after-access = sonraí pearsanta na ndaoine atá { $in_country } a léirscriosadh, tar éis freagra a thabhairt ar na hiarrataí ar rochtain a fuarthas cheana;
order-stop-processing-territory = stop a chur le bailiú agus le próiseáil sonraí pearsanta na ndaoine atá { $in_country } gan bhunús dlí;
order-facilitate-rights = feidhmiú chearta na n-ábhar sonraí a éascú agus freagra a thabhairt ar iarraidh an ghearánaigh ar rochtain;
order-answer-complainant-access = freagra a thabhairt ar iarraidh an ghearánaigh ar rochtain;
order-grant-complainant-erasure = géilleadh d'iarraidh an ghearánaigh ar léirscriosadh;
order-appoint-representative = ionadaí a ainmniú san Aontas ({ REF(27) } den { $gdpr });
order-stop-processing-erase-territory = stop a chur le próiseáil sonraí pearsanta na ndaoine atá { $in_country } agus na sonraí a fuarthas go neamhdhleathach a bhaint;
order-give-art14-information = na hábhair sonraí a chur ar an eolas mar a cheanglaítear le { REF(14, case: "h") } den { $gdpr };
order-stop-refusing-access = deireadh a chur lena beartas gan iarrataí ar rochtain a fhreagairt;
order-erase-complainant = sonraí pearsanta an ghearánaigh a léirscriosadh;
order-erase-complainant-biometric = luachanna haiseála bithmhéadracha an ghearánaigh a scriosadh;
order-stop-obtaining-uk = stop a chur le sonraí pearsanta cónaitheoirí na Ríochta Aontaithe atá ar fáil go poiblí ar an idirlíon a fháil agus a úsáid;
order-erase-uk = sonraí pearsanta cónaitheoirí na Ríochta Aontaithe a scriosadh óna córais;
outcome-reconsider-ban = Chinn an chúirt go gcaithfidh an t-údarás athbhreithniú a dhéanamh ar a dhiúltú an phróiseáil a thoirmeasc agus gurb é toirmeasc an t-aon bheart iomchuí; chuir sí an cás ar ais chuig an údarás.
outcome-ftt-no-jurisdiction = Ghlac an binse le hachomharc Clearview, á chinneadh nach raibh dlínse ag an Information Commissioner na fógraí a eisiúint.
outcome-ut-ico-appeal-allowed = Ghlac an binse le hachomharc an Information Commissioner: baineann an phróiseáil le faireachán ar iompar daoine atá sa Ríocht Aontaithe, agus ní chuireann an fíoras gur comhlachtaí poiblí eachtracha iad custaiméirí Clearview an phróiseáil lasmuigh de raon feidhme an { $gdpr }.
outcome-remitted-ftt = Chuir an binse achomharc Clearview i gcoinne na bhfógraí ar ais chuig an First-tier Tribunal.
# Short summaries used for decisions of other countries, joined as a list with "agus":
# noun phrases without commas inside, e.g. "fíneáil €20,000,000, toirmeasc ar bhailiú breise agus …".
summary-fine = fíneáil { $amount }
summary-monetary-penalty = pionós airgid (monetary penalty) { $amount }, nach bhfuil críochnaitheach
summary-erasure = ordú sonraí pearsanta na ndaoine atá { $in_country } a léirscriosadh
summary-ban = toirmeasc ar bhailiú breise
summary-access = ordú deireadh a chur leis an diúltú iarrataí ar rochtain a fhreagairt
summary-complainant-access = ordú freagra a thabhairt ar iarraidh an ghearánaigh ar rochtain
summary-erase-complainant = ordú sonraí pearsanta an ghearánaigh a léirscriosadh
summary-representative = ordú ionadaí a ainmniú san Aontas
summary-no-fine = gan fíneáil
# $citation: a decision-citation; $summary: summary-* items, already joined.
decision-short = { $citation }: { $summary }.

## Remedies (Articles 77, 79 and 82)

# $authority: name of the competent supervisory authority (in its own language); $address: its
# postal address on one line. Both stand after a colon, so they need no mutation.
remedies = Mura dtugann sibh freagra iomlán laistigh den teorainn ama, taiscfidh mé gearán leis an údarás maoirseachta inniúil ({ REF(77) } den { $gdpr }): { $authority }, { $address }. Forchoimeádaim an ceart imeachtaí a thabhairt in bhur gcoinne os comhair chúirteanna an Bhallstáit ina bhfuil gnáthchónaí orm ({ REF(79, par: 2) } den { $gdpr }) agus cúiteamh a éileamh ({ REF(82) } den { $gdpr }).
# EEA letters: "an Stáit" (Iceland, Liechtenstein, Norway) instead of "an Bhallstáit".
remedies-eea = Mura dtugann sibh freagra iomlán laistigh den teorainn ama, taiscfidh mé gearán leis an údarás maoirseachta inniúil ({ REF(77) } den { $gdpr }): { $authority }, { $address }. Forchoimeádaim an ceart imeachtaí a thabhairt in bhur gcoinne os comhair chúirteanna an Stáit ina bhfuil gnáthchónaí orm ({ REF(79, par: 2) } den { $gdpr }) agus cúiteamh a éileamh ({ REF(82) } den { $gdpr }).
# Germany without a Land: the authority of the Land of residence (§ 19(2) BDSG).
remedies-land-of-residence = Mura dtugann sibh freagra iomlán laistigh den teorainn ama, taiscfidh mé gearán le húdarás maoirseachta cosanta sonraí an Land sa Ghearmáin ina bhfuil cónaí orm ({ REF(77) } den { $gdpr }; § 19(2) de BDSG, Acht Cónaidhme na Gearmáine um Chosaint Sonraí). Forchoimeádaim an ceart imeachtaí a thabhairt in bhur gcoinne os comhair chúirteanna an Bhallstáit ina bhfuil gnáthchónaí orm ({ REF(79, par: 2) } den { $gdpr }) agus cúiteamh a éileamh ({ REF(82) } den { $gdpr }).
# United Kingdom letters: a UK section is "alt", as in Irish statutes; the Act's name in English.
remedies-uk = Ní mór daoibh gearáin chugaibh faoi phróiseáil mo shonraí pearsanta a éascú (alt 164A de Data Protection Act 2018). Mura dtugann sibh freagra iomlán roimh dheireadh na tréimhse ama is infheidhme, déanfaidh mé gearán libh faoin alt sin agus, mura réitítear an scéal ar an gcaoi sin, taiscfidh mé gearán leis an údarás maoirseachta inniúil ({ REF(77) } den { $gdpr }): { $authority } (nó a chomharba, an Information Commission), { $address }. Forchoimeádaim an ceart iarratas a dhéanamh chun na cúirte ar ordú comhlíonta (compliance order, alt 167 de Data Protection Act 2018) agus cúiteamh a éileamh ({ REF(82) } den { $gdpr }).

## Dates. Optional: how this language writes a date where CLDR is wrong for letters. Variables:
## $full (CLDR's form), $day, $month (as CLDR writes it in a date), $year.
# CLDR writes "Márta 2, 2026" (US order); Irish letters write the day first: "2 Márta 2026".
date-pattern = { $day } { $month } { $year }

## Follow-up letters: a reminder ("meabhrúchán") to Clearview when the reply period has passed,
## and a complaint ("gearán", Airteagal 77) to the supervisory authority. They cite the first
## request by what it asked for (request-name-*), the date Clearview received it ($received) and
## the end of the reply period ($ends), all dates already formatted and placed after "an" (or
## "faoin", "dar dáta"). The authority is addressed in the plural (sibh, oraibh), as Irish official
## correspondence addresses a body.

# What the first request asked for, as the object of a sentence ("fuair sibh …", "Cóip de …",
# "Baineann sé le …"): it starts with "m'" so that no preposition mutates it. Feminine
# ("iarraidh": "cóip di").
request-name-access = m'iarraidh ar rochtain faoi { REF(15) } den { $gdpr }
request-name-erasure = m'iarraidh ar léirscriosadh faoi { REF(17) } den { $gdpr }, mar aon le m'agóid faoi { REF(21, par: 1) } den { $gdpr }
request-name-access-erasure = m'iarraidh ar rochtain faoi { REF(15) } den { $gdpr }, ar shrian a chur leis an bpróiseáil faoi { REF(18) } den { $gdpr } agus ar léirscriosadh ina dhiaidh sin faoi { REF(17) } den { $gdpr }

## Reminder to Clearview

# $request: one of request-name-*; $received: when Clearview received it.
subject-reminder = Meabhrúchán: { $request }, a fuair sibh an { $received }
# $ends: the last day of the reply period.
reminder-facts = An { $received }, fuair sibh { $request }; tá cóip di faoi iamh. Tháinig deireadh leis an teorainn ama le haghaidh bhur bhfreagra an { $ends } nó, más lá saoire poiblí a bhí sa lá sin, an chéad lá oibre ina dhiaidh sin ({ REF(12, par: 3) } den { $gdpr }).
reminder-facts-uk = An { $received }, fuair sibh { $request }; tá cóip di faoi iamh. Tháinig deireadh leis an tréimhse ama is infheidhme (applicable time period) le haghaidh bhur bhfreagra an { $ends } nó, más lá saoire bainc (bank holiday) a bhí sa lá sin, an chéad lá oibre ina dhiaidh sin (Airteagal 12A den { $gdpr }).
reminder-no-reply = Ní bhfuair mé aon fhreagra uaibh, ná aon fhaisnéis faoi fhadú ar an teorainn ama ná faoi na cúiseanna nach ndearna sibh beart ar m'iarraidh ({ REF(12, par: "3 4") } den { $gdpr }).
reminder-incomplete = Tá bhur bhfreagra neamhiomlán: níl gach a d'iarr mé ann, agus níor thug sibh cúiseanna le haon ní a fhágáil ar lár ({ REF(12, par: 4) } den { $gdpr }).
# $grace: a date fourteen days after this letter.
reminder-demand = Dá bhrí sin, tá sibh ag sárú an { $gdpr }. Iarraim oraibh m'iarraidh a chomhlíonadh go hiomlán gan a thuilleadh moille, agus faoin { $grace } ar a dhéanaí.
# What follows if Clearview does not comply ($authority and $address as in `remedies`).
reminder-remedies = Mura ndéanann sibh amhlaidh, taiscfidh mé gearán, gan fógra eile, leis an údarás maoirseachta inniúil ({ REF(77) } den { $gdpr }): { $authority }, { $address }. Forchoimeádaim an ceart imeachtaí a thabhairt in bhur gcoinne os comhair chúirteanna an Bhallstáit ina bhfuil gnáthchónaí orm ({ REF(79, par: 2) } den { $gdpr }) agus cúiteamh a éileamh as aon damáiste a rinneadh dom ({ REF(82) } den { $gdpr }).
reminder-remedies-eea = Mura ndéanann sibh amhlaidh, taiscfidh mé gearán, gan fógra eile, leis an údarás maoirseachta inniúil ({ REF(77) } den { $gdpr }): { $authority }, { $address }. Forchoimeádaim an ceart imeachtaí a thabhairt in bhur gcoinne os comhair chúirteanna an Stáit ina bhfuil gnáthchónaí orm ({ REF(79, par: 2) } den { $gdpr }) agus cúiteamh a éileamh as aon damáiste a rinneadh dom ({ REF(82) } den { $gdpr }).
reminder-remedies-land-of-residence = Mura ndéanann sibh amhlaidh, taiscfidh mé gearán, gan fógra eile, le húdarás maoirseachta cosanta sonraí an Land sa Ghearmáin ina bhfuil cónaí orm ({ REF(77) } den { $gdpr }; § 19(2) de BDSG, Acht Cónaidhme na Gearmáine um Chosaint Sonraí). Forchoimeádaim an ceart imeachtaí a thabhairt in bhur gcoinne os comhair chúirteanna an Bhallstáit ina bhfuil gnáthchónaí orm ({ REF(79, par: 2) } den { $gdpr }) agus cúiteamh a éileamh as aon damáiste a rinneadh dom ({ REF(82) } den { $gdpr }).
# United Kingdom: the reminder is also the complaint to the controller of section 164A DPA 2018
# ("alt 164A de Data Protection Act 2018", as in remedies-uk).
reminder-remedies-uk = Is í an litir seo freisin mo ghearán chugaibh faoi alt 164A de Data Protection Act 2018: iarraim oraibh é a admháil laistigh de 30 lá ón uair a fhaigheann sibh é agus toradh an ghearáin a chur in iúl dom gan mhoill mhíchuí. Mura gcomhlíonann sibh m'iarraidh, taiscfidh mé gearán leis an údarás maoirseachta inniúil ({ REF(77) } den { $gdpr }): { $authority } (nó a chomharba, an Information Commission), { $address }. Forchoimeádaim an ceart iarratas a dhéanamh chun na cúirte ar ordú comhlíonta (compliance order, alt 167 de Data Protection Act 2018) agus cúiteamh a éileamh ({ REF(82) } den { $gdpr }).
# Enclosure lines.
enclosure-request-copy = Cóip de { $request }, a fuarthas an { $received }
enclosure-proof = Cruthúnas seolta agus, más ann dó, cruthúnas seachadta
enclosure-reply = Cóip den fhreagra ó { $controller }
enclosure-reminder = Cóip de mo mheabhrúchán dar dáta { $reminded }

## Complaint to the supervisory authority (in the authority's language by default)

subject-complaint = Gearán faoi { REF(77) } den { $gdpr } i gcoinne { $controller }
# The salutation of a letter to the supervisory authority (the letters to Clearview use `salutation`).
salutation-complaint = A chara,
# $controller_address: Clearview's postal address on one line.
complaint-intro = Taiscim leis seo gearán faoi { REF(77) } den { $gdpr } i gcoinne { $controller }, { $controller_address }. Baineann an gearán le { $request }, a fuair { $controller } an { $received }; tá cóip di faoi iamh.
# What happened ($outcome): one of these. Clearview is "an chuideachta" (feminine: sí, a freagra).
complaint-no-reply = Níor thug { $controller } freagra ar m'iarraidh, agus tháinig deireadh leis an teorainn ama le haghaidh a freagra an { $ends } nó, más lá saoire poiblí a bhí sa lá sin, an chéad lá oibre ina dhiaidh sin ({ REF(12, par: 3) } den { $gdpr }). Níor chuir an chuideachta in iúl dom go raibh an teorainn ama fadaithe ná cad iad na cúiseanna nach ndearna sí beart ({ REF(12, par: 4) } den { $gdpr }).
complaint-no-reply-uk = Níor thug { $controller } freagra ar m'iarraidh, agus tháinig deireadh leis an tréimhse ama is infheidhme (applicable time period) le haghaidh a freagra an { $ends } nó, más lá saoire bainc (bank holiday) a bhí sa lá sin, an chéad lá oibre ina dhiaidh sin (Airteagal 12A den { $gdpr }). Níor chuir an chuideachta in iúl dom go raibh an tréimhse fadaithe ná cad iad na cúiseanna nach ndearna sí beart ({ REF(12, par: 4) } den { $gdpr }).
complaint-incomplete = Thug { $controller } freagra, ach tá an freagra neamhiomlán: níl gach a d'iarr mé ann, agus ní thugtar aon chúis ann le haon ní a fhágáil ar lár. Tháinig deireadh leis an teorainn ama le haghaidh freagra iomlán an { $ends } nó, más lá saoire poiblí a bhí sa lá sin, an chéad lá oibre ina dhiaidh sin ({ REF(12, par: 3) } den { $gdpr }). Tá cóip den fhreagra faoi iamh.
complaint-incomplete-uk = Thug { $controller } freagra, ach tá an freagra neamhiomlán: níl gach a d'iarr mé ann, agus ní thugtar aon chúis ann le haon ní a fhágáil ar lár. Tháinig deireadh leis an tréimhse ama is infheidhme (applicable time period) le haghaidh freagra iomlán an { $ends } nó, más lá saoire bainc (bank holiday) a bhí sa lá sin, an chéad lá oibre ina dhiaidh sin (Airteagal 12A den { $gdpr }). Tá cóip den fhreagra faoi iamh.
complaint-refused = Dhiúltaigh { $controller } beart a dhéanamh ar m'iarraidh. Tá cóip dá freagra faoi iamh.
complaint-identity-demanded = Chuir { $controller } a freagra faoi choinníoll go ndéanfaí sainaithint nach raibh gá léi do m'iarraidh, amhail cóip de dhoiciméad aitheantais. Tá cóip dá freagra faoi iamh.
# $reminded: the date of the reminder the person sent.
complaint-reminded = An { $reminded }, chuir mé meabhrúchán chuig { $controller } faoi m'iarraidh; níor chomhlíon an chuideachta í fós. Tá cóip den mheabhrúchán faoi iamh.
complaint-reminded-uk = An { $reminded }, rinne mé gearán le { $controller } faoi alt 164A de Data Protection Act 2018; níor réitíodh an scéal. Tá cóip den ghearán sin faoi iamh.
complaint-infringements = Is é mo thuairim gur sháraigh { $controller } dá bharr sin, go háirithe:
# Infringements, as list items continuing complaint-infringements (objects of "sháraigh"), each
# ending with ";". Two provisions share one head word ("Airteagail 17(1) agus 21(1)").
infringement-time-limit = { REF(12, par: 3) } den { $gdpr }, toisc nach ndearna sí beart ar m'iarraidh laistigh den teorainn ama;
infringement-time-limit-uk = { REF(12, par: 3) } den { $gdpr }, arna léamh i gcomhar le hAirteagal 12A den { $gdpr }, toisc nach ndearna sí beart ar m'iarraidh laistigh den tréimhse ama is infheidhme;
# An incomplete reply: Clearview acted, but not in full, and gave no reasons for what it left out.
infringement-incomplete = { REF(12, par: "3 4") } den { $gdpr }, toisc nach ndearna sí beart go hiomlán ar m'iarraidh laistigh den teorainn ama agus nár thug sí cúiseanna le haon ní a fhágáil ar lár;
infringement-incomplete-uk = { REF(12, par: "3 4") } den { $gdpr }, arna léamh i gcomhar le hAirteagal 12A den { $gdpr }, toisc nach ndearna sí beart go hiomlán ar m'iarraidh laistigh den tréimhse ama is infheidhme agus nár thug sí cúiseanna le haon ní a fhágáil ar lár;
infringement-no-reasons = { REF(12, par: 4) } den { $gdpr }, toisc nár chuir sí in iúl dom na cúiseanna nach ndearna sí beart ná mo cheart gearán a thaisceadh;
infringement-access = { REF(15) } den { $gdpr }, toisc nár thug sí rochtain dom ar mo shonraí pearsanta ná ar an bhfaisnéis faoina bpróiseáil;
# For an access-erasure request: the restriction until erasure and the objection (erasure was to
# follow the access).
infringement-restriction-objection = Airteagail { REF(18, par: 1, pt: "d", form: "item") } agus { REF(21, par: 1, form: "item") } den { $gdpr }, toisc nár chuir sí srian le próiseáil mo shonraí pearsanta agus nár chuir sí stop léi tar éis m'agóide;
infringement-erasure = Airteagail { REF(17, par: 1, form: "item") } agus { REF(21, par: 1, form: "item") } den { $gdpr }, toisc nár léirscrios sí mo shonraí pearsanta agus nár chuir sí stop lena bpróiseáil, cé go bhfuil feidhm ag forais léirscriosta agus go ndearna mé agóid;
infringement-identification = Airteagail { REF(12, par: 2, form: "item") } agus { REF(12, par: 6, form: "item") } den { $gdpr }, toisc gur chuir sí feidhmiú mo chearta faoi choinníoll go ndéanfaí sainaithint nach bhfuil gá léi, agus { REF(5, par: 1, pt: "c") } den { $gdpr }, toisc go n-iarrann sí níos mó sonraí pearsanta ná mar is gá di;
infringement-refusal = { REF(12, par: 4) } den { $gdpr }, toisc gur dhiúltaigh sí beart a dhéanamh ar m'iarraidh gan foras a aithníonn an { $gdpr }, agus { REF(12, par: 2) } den { $gdpr }, a mhéid a mhaíonn sí nach bhfuil sí in ann mé a shainaithint;
# Decisions against Clearview, as items "decision-short".
complaint-decisions = Rinne údaráis mhaoirseachta na cinntí seo a leanas i gcoinne { $controller } cheana féin:
complaint-requests = Dá bhrí sin, iarraim oraibh:
# Items continuing complaint-requests (verbal nouns), in the words of Airteagail 57, 58 and 77 of
# the Irish GDPR text.
complaint-ask-handle = déileáil le mo ghearán agus ábhar an ghearáin a imscrúdú ({ REF(57, par: 1, pt: "f") } den { $gdpr });
complaint-ask-order = a ordú do { $controller } m'iarraidh a chomhlíonadh ({ REF(58, par: 2, pt: "c") } den { $gdpr }) agus bhur gcumhachtaí ceartaitheacha eile a úsáid (Airteagail { REF(58, par: 2, form: "item") } agus { REF(83, form: "item") } den { $gdpr });
complaint-ask-inform = mé a chur ar an eolas faoi dhul chun cinn agus faoi thoradh an ghearáin ({ REF(77, par: 2) } den { $gdpr }).
# United Kingdom: the Commissioner's duties on a complaint are in section 165 DPA 2018.
complaint-ask-inform-uk = mé a chur ar an eolas faoi dhul chun cinn agus faoi thoradh an ghearáin (alt 165 de Data Protection Act 2018).
complaint-consent-share = Toilím go roinnfidh sibh an gearán seo, mar aon le m'ainm, le { $controller } chun déileáil leis.
