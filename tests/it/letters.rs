//! Letters: every jurisdiction × request kind, in its default language and in English; snapshots
//! of each built-in locale; facts the issue requires; nothing uncertain printed.

use facerights::data;
use facerights::request::RequestKind;

use crate::support::{composer, input, text};

/// Every letter for every jurisdiction, kind, photo choice, in the default language and English.
fn all_letters() -> Vec<(String, String)> {
    let c = composer();
    let mut out = Vec::new();
    for j in data::data()
        .unwrap()
        .jurisdictions
        .iter()
        .filter(|j| crate::support::gdpr(j))
    {
        for kind in RequestKind::ALL {
            for lang in [None, Some("en")] {
                for photo in [false, true] {
                    let mut i = input(&j.code, kind.as_str());
                    i.language = lang.map(str::to_string);
                    i.photo_enclosed = photo;
                    let label = format!("{} {} {:?} photo={photo}", j.code, kind.as_str(), lang);
                    out.push((label, text(&c, &i)));
                }
            }
        }
    }
    out
}

#[test]
fn every_jurisdiction_and_kind_renders_cleanly() {
    let d = data::data().unwrap();
    for (label, letter) in all_letters() {
        assert!(
            !letter.contains("{$") && !letter.contains("{ $"),
            "{label}: unresolved placeable"
        );
        assert!(
            !letter.contains('\u{2068}') && !letter.contains('\u{2069}'),
            "{label}: bidi isolation marks"
        );
        assert!(letter.contains("Alex Example"), "{label}");
        assert!(letter.contains("99 Wall Street #5730"), "{label}");
        // Art. 77: the person's authority with its address; Germany without the Land: the rule.
        let code = label.split(' ').next().unwrap();
        let j = d.jurisdictions.iter().find(|j| j.code == code).unwrap();
        match d.authority(&j.authority) {
            None => {
                assert!(j.authority_rule.is_some(), "{label}");
                assert!(letter.contains("BDSG"), "{label}: the rule of § 19(2) BDSG");
            }
            Some(a) => {
                // In the form the authority publishes for the letter's language, where it has one.
                let addresses: Vec<String> = std::iter::once("en")
                    .chain(a.postal_address_by_language.keys().map(String::as_str))
                    .filter_map(|l| a.address_for(l))
                    .collect();
                assert!(
                    addresses.iter().any(|ad| letter.contains(ad.as_str())),
                    "{label}: authority address missing"
                );
            }
        }
        // The jurisdiction's own decisions are cited with their references.
        for dec in d.decisions_of(j) {
            if !dec.reference.is_empty() {
                assert!(
                    letter.contains(&dec.reference),
                    "{label}: {} not cited",
                    dec.reference
                );
            }
        }
        if j.decisions.is_empty() {
            for reference in ["9751362", "35/2022", "SAN-2022-019"] {
                assert!(
                    letter.contains(reference),
                    "{label}: persuasive decision {reference} missing"
                );
            }
        }
        for line in letter.lines() {
            assert_eq!(line, line.trim_end(), "{label}: trailing whitespace");
        }
    }
}

#[test]
fn nothing_uncertain_is_printed() {
    let d = data::data().unwrap();
    let mut forbidden: Vec<String> = vec![
        "privacy@clearview.ai".into(),
        "214 W".into(),
        "Suite 5810".into(),
        "600 Fifth".into(),
        "CNILTEXT".into(),
        "Prot.".into(),
    ];
    for a in &d.authorities {
        if a.uncertain_fields.iter().any(|f| f == "email") && !a.email.is_empty() {
            forbidden.push(a.email.clone());
        }
        if a.uncertain_fields.iter().any(|f| f == "name_native") && a.country_code != "CH" {
            forbidden.extend(
                a.name_native
                    .iter()
                    .map(|n| n.split(" (").next().unwrap().to_string())
                    .filter(|n| *n != a.name_en),
            );
        }
    }
    for (label, letter) in all_letters() {
        for f in &forbidden {
            assert!(
                !letter.contains(f.as_str()),
                "{label}: prints uncertain `{f}`"
            );
        }
    }
}

#[test]
fn english_letters_cite_the_facts_correctly() {
    let c = composer();
    let mut i = input("IT", "access");
    i.language = Some("en".into());
    let it = text(&c, &i);
    assert!(it.contains("Garante per la protezione dei dati personali (Italy), injunction order (ordinanza ingiunzione) No. 50 of 10 February 2022 [doc. web n. 9751362]"), "{it}");
    assert!(it.contains("€20,000,000"));
    let mut i = input("UK", "erasure");
    i.photo_enclosed = true;
    let gb = text(&c, &i);
    assert!(gb.contains("Article 17 UK GDPR"));
    assert!(gb.contains("Data Protection Act 2018"));
    assert!(gb.contains("£7,552,800"));
    assert!(gb.contains("[2025] UKUT 319 (AAC) of 6 October 2025"));
    assert!(gb.contains(
        "Information Commissioner's Office (or its successor, the Information Commission), Wycliffe House"
    ));
    assert!(gb.contains("Enclosure: Photograph of my face"));
    let mut i = input("DE", "access");
    i.language = Some("en".into());
    let de = text(&c, &i);
    assert!(de.contains("letter of 27 January 2021"), "{de}");
    assert!(
        !de.contains("not a final order"),
        "its legal nature is not published"
    );
    let mut i = input("SE", "erasure");
    i.language = Some("en".into());
    let se = text(&c, &i);
    assert!(!se.contains("The following decisions were taken in the country where I live"));
    assert!(
        !se.contains("Article 17(1)(e)"),
        "no national erasure order in Sweden"
    );
    let mut i = input("NL", "erasure");
    i.language = Some("en".into());
    let nl = text(&c, &i);
    assert!(
        nl.contains("Article 17(1)(e)"),
        "the AP ordered erasure of Dutch residents' data"
    );
    assert!(nl.contains("€30,500,000") && nl.contains("€5,100,000"));
}

#[test]
fn request_kinds_contain_their_legal_elements() {
    let c = composer();
    let letter = |kind: &str| {
        let mut i = input("FR", kind);
        i.language = Some("en".into());
        text(&c, &i)
    };
    let access = letter("access");
    for part in [
        "Article 15(3)",
        "15(1)(h)",
        "Article 46",
        "C-154/21",
        "Article 12(3)",
        "twelve months",
    ] {
        assert!(access.contains(part), "access lacks {part}");
    }
    assert!(!access.contains("Article 17(1)(d)"));
    let erasure = letter("erasure");
    for part in [
        "17(1)(d)",
        "17(1)(c)",
        "Article 21(1)",
        "Article 9(1)",
        "9(2)(e)",
        "Article 17(3)",
        "18(1)(d)",
        "Article 19",
        "Article 17(2)",
        "confirm the erasure",
    ] {
        assert!(erasure.contains(part), "erasure lacks {part}");
    }
    assert!(!erasure.contains("Article 15(3)"));
    let both = letter("access-erasure");
    let access_at = both.find("Article 15(3)").unwrap();
    let restriction_at = both.find("Restriction until erasure").unwrap();
    let erasure_at = both.find("Once you have provided the copy").unwrap();
    assert!(
        access_at < restriction_at && restriction_at < erasure_at,
        "access, then restriction, then erasure"
    );
}

#[test]
fn snapshots_of_each_locale_and_kind() {
    let c = composer();
    let representative = |lang: &str| match lang {
        "en" => "IE",
        "de" => "DE",
        "fr" => "FR",
        "it" => "IT",
        "nl" => "NL",
        "el" => "GR",
        other => data::data()
            .unwrap()
            .jurisdictions
            .iter()
            .find(|j| j.languages.iter().any(|l| l == other))
            .map(|j| j.code.as_str())
            .unwrap_or("IE"),
    };
    // Every built-in locale, each letter kind.
    let langs: Vec<String> = c.catalog().iter().map(|l| l.lang.clone()).collect();
    assert_eq!(langs.len(), 26);
    for lang in &langs {
        for kind in RequestKind::ALL {
            let mut i = input(representative(lang), kind.as_str());
            i.language = Some(lang.clone());
            i.photo_enclosed = kind == RequestKind::AccessErasure;
            i.reference = (kind == RequestKind::Erasure).then(|| "NGO-2026-017".to_string());
            insta::assert_snapshot!(format!("{lang}_{}", kind.as_str()), text(&c, &i));
        }
    }
    let gb = text(&c, &input("GB", "access-erasure"));
    insta::assert_snapshot!("en_GB_access-erasure", gb);
}

#[test]
fn default_language_letters_cite_their_decision_in_that_language() {
    let c = composer();
    let cases = [
        (
            "IT",
            "Egregi Signori",
            "ordinanza ingiunzione n. 50 del 10 febbraio 2022 [doc. web n. 9751362]",
        ),
        ("GR", "απόφαση 35/2022", "13 Ιουλίου 2022"),
        ("FR", "SAN-2022-019", "17 octobre 2022"),
        ("NL", "Autoriteit Persoonsgegevens", "16 mei 2024"),
        ("AT", "D130.703, 2022-0.277.156", "9. Mai 2023"),
        (
            "DE",
            "Schreiben vom 27. Januar 2021",
            "Hamburgische Beauftragte",
        ),
        ("GB", "[2025] UKUT 319 (AAC)", "£7,552,800"),
        ("BE", "Gegevensbeschermingsautoriteit", "AVG"),
        (
            "LU",
            "Commission nationale pour la protection des données",
            "RGPD",
        ),
        ("CY", "ΓΚΠΔ", "Επιτρόπου Προστασίας Δεδομένων"),
    ];
    for (code, a, b) in cases {
        let letter = text(&c, &input(code, "access"));
        assert!(
            letter.contains(a) && letter.contains(b),
            "{code}: expected `{a}` and `{b}` in:\n{letter}"
        );
    }
    // Austria's letter dates follow de-AT: January is "Jänner".
    let mut i = input("AT", "access");
    i.date = Some("2026-01-12".into());
    assert!(text(&c, &i).contains("12. Jänner 2026"));
}

#[test]
fn reply_sentence_matches_the_addresses_given() {
    let c = composer();
    let mut i = input("IE", "access");
    assert!(text(&c, &i).contains("reply to the postal or e-mail address given above"));
    i.email = None;
    assert!(text(&c, &i).contains("reply to the address given above"));
    i.email = Some("a@example.org".into());
    i.address.clear();
    assert!(text(&c, &i).contains("reply to the e-mail address given above"));
}

#[test]
fn dates_follow_each_language_where_cldr_is_wrong_for_letters() {
    let c = composer();
    for (lang, country, date) in [
        ("ga", "IE", "1 Iúil 2026"),
        ("mt", "MT", "1 ta’ Lulju 2026"),
        ("pl", "PL", "1 lipca 2026 r."),
        ("en", "IE", "1 July 2026"),
        ("et", "EE", "1. juuli 2026"),
        ("sl", "SI", "1. julija 2026"),
        ("fr", "FR", "1er juillet 2026"),
        ("it", "IT", "1° luglio 2026"),
    ] {
        let mut i = input(country, "access");
        i.language = Some(lang.into());
        let letter = text(&c, &i);
        assert!(letter.contains(date), "{lang}: no `{date}` in\n{letter}");
        // No doubled full stop where a date with "r." ends a sentence.
        assert!(!letter.contains(".."), "{lang}: `..` in\n{letter}");
    }
    // CLDR's forms are gone: US order in Irish, the comma before the year in Maltese.
    let mut ga = input("IE", "access");
    ga.language = Some("ga".into());
    assert!(!text(&c, &ga).contains("Iúil 1, 2026"));
}

#[test]
fn authorities_are_never_named_in_english_in_another_language() {
    let c = composer();
    let d = data::data().unwrap();
    let english: Vec<&str> = d
        .authorities
        .iter()
        .map(|a| a.name_en.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    for lang in c.catalog().iter().map(|l| l.lang.clone()) {
        if lang == "en" {
            continue;
        }
        for country in ["IT", "GR", "DE", "FI"] {
            let mut i = input(country, "access-erasure");
            i.language = Some(lang.clone());
            let letter = text(&c, &i);
            for n in &english {
                assert!(
                    !letter.contains(n),
                    "{lang} letter for {country} names `{n}`"
                );
            }
        }
    }
    // The Greek authority in an Italian letter: its own name, in Greek.
    let mut it = input("IT", "access");
    it.language = Some("it".into());
    assert!(text(&c, &it).contains("Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (Grecia)"));
}

#[test]
fn decisions_are_named_as_their_legal_system_names_them_and_persons_by_country() {
    let c = composer();
    let letter = |country: &str, lang: &str, kind: &str| {
        let mut i = input(country, kind);
        i.language = Some(lang.into());
        text(&c, &i)
    };
    let de_at = letter("AT", "de", "erasure");
    assert!(de_at.contains("Bescheid D130.703"), "{de_at}");
    assert!(de_at.contains("Beschluss W108 2274731-1/11E"), "{de_at}");
    assert!(
        !de_at.contains("Urteil"),
        "the BVwG's remittal is no judgment"
    );
    let en_at = letter("AT", "en", "erasure");
    assert!(en_at.contains("decision (Bescheid) D130.703"));
    assert!(en_at.contains("order (Beschluss) W108 2274731-1/11E"));
    assert!(!en_at.contains("judgment W108"));
    assert!(letter("IT", "it", "access").contains("ordinanza ingiunzione"));
    assert!(letter("FR", "fr", "access").contains("délibération de la formation restreinte"));
    let en_it = letter("IT", "en", "erasure");
    assert!(
        en_it.contains("erase the personal data of persons in Italy"),
        "{en_it}"
    );
    assert!(en_it.contains("persons in the Netherlands"));
    let pl = letter("IT", "pl", "erasure");
    assert!(pl.contains("we Włoszech"), "{pl}");
    // No letter in any language paraphrases "on its territory" any more.
    for lang in c.catalog().iter().map(|l| l.lang.clone()) {
        let l = letter("IT", &lang, "access-erasure");
        assert!(!l.contains("territory"), "{lang}");
    }
}

#[test]
fn no_letter_cites_in_the_eu_english_form_outside_english_irish_and_maltese() {
    let c = composer();
    let d = data::data().unwrap();
    for lang in c.catalog().iter().map(|l| l.lang.clone()) {
        if ["en", "ga", "mt"].contains(&lang.as_str()) {
            continue;
        }
        for j in d.jurisdictions.iter().filter(|j| crate::support::gdpr(j)) {
            for kind in RequestKind::ALL {
                let mut i = input(&j.code, kind.as_str());
                i.language = Some(lang.clone());
                i.photo_enclosed = true;
                let letter = text(&c, &i);
                for line in letter.lines() {
                    assert!(
                        !facerights::citation::looks_english_style(line),
                        "{lang} {} {}: {line}",
                        j.code,
                        kind.as_str()
                    );
                }
            }
        }
    }
    // The Greek authority's address in Greek letters.
    let mut el = input("GR", "access");
    el.language = Some("el".into());
    assert!(text(&c, &el).contains("Κηφισίας 1-3, 115 23 Αθήνα"));
}
