//! The points of the second legal review: the complaint authority of each German Land, UK law as
//! amended by the Data (Use and Access) Act 2025, exact labels, and the reference letters' wording.

use facerights::data;

use crate::support::{composer, input, text};

fn english(jurisdiction: &str, kind: &str) -> facerights::request::RequestInput {
    let mut i = input(jurisdiction, kind);
    i.language = Some("en".into());
    i
}

#[test]
fn every_german_land_names_its_own_authority_and_plain_de_states_the_rule() {
    let d = data::data().unwrap();
    let c = composer();
    let lands: Vec<_> = d
        .jurisdictions
        .iter()
        .filter(|j| j.parent.as_deref() == Some("DE"))
        .collect();
    assert_eq!(lands.len(), 16, "all 16 Länder");
    let mut authorities = std::collections::HashSet::new();
    for j in &lands {
        let a = d.authority(&j.authority).unwrap();
        assert!(authorities.insert(a.country_code.clone()), "{}", j.code);
        for lang in ["en", "de"] {
            let mut i = input(&j.code.to_lowercase(), "erasure");
            i.language = Some(lang.into());
            let letter = text(&c, &i);
            let address = a.address_for(lang).unwrap();
            assert!(
                letter.contains(&a.name_for(lang)) && letter.contains(&address),
                "{} ({lang}): remedies must name {} at {address}",
                j.code,
                a.name_for(lang)
            );
            // The Hamburg decision stays cited for every German letter.
            assert!(letter.contains("27 January 2021") || letter.contains("27. Januar 2021"));
        }
    }
    // Bavaria: the BayLDA (private sector), never the BayLfD.
    let by = text(&c, &english("DE-BY", "access"));
    assert!(
        by.contains("Bayerisches Landesamt für Datenschutzaufsicht, Postfach 1349, 91504 Ansbach")
    );
    assert!(!by.contains("Bayerische Landesbeauftragte"));
    // Plain DE names no authority (Hamburg is not everybody's authority) but states the rule.
    let de = text(&c, &english("DE", "access"));
    assert!(
        de.contains("supervisory authority of the German Land in which I live"),
        "{de}"
    );
    assert!(de.contains("section 19(2) of the Federal Data Protection Act"));
    assert!(
        !de.contains("Ludwig-Erhard-Straße"),
        "no Hamburg address in a plain DE letter"
    );
    // Hamburg residents get Hamburg.
    let hh = text(&c, &english("DE-HH", "access"));
    assert!(hh.contains("Ludwig-Erhard-Straße 22, 7. OG, 20459 Hamburg"));
}

#[test]
fn the_hamburg_letter_is_cited_neutrally() {
    let c = composer();
    let de = text(&c, &english("DE-NW", "erasure"));
    assert!(de.contains("letter of 27 January 2021"));
    assert!(de.contains("It called on Clearview AI, Inc. to"));
    assert!(!de.contains("preceded an intended order") && !de.contains("not a final order"));
    // A letter whose nature is not published never supports the legal-obligation ground.
    assert!(!de.contains("Article 17(1)(e)"));
}

#[test]
fn uk_letters_state_uk_law_as_amended_and_the_penalty_as_not_final() {
    let c = composer();
    let gb = text(&c, &input("GB", "access-erasure"));
    for part in [
        "Article 12A UK GDPR",
        "applicable time period",
        "Article 15(1A) UK GDPR",
        "section 164A of the Data Protection Act 2018",
        "(or its successor, the Information Commission)",
        "section 167 of the Data Protection Act 2018",
        "read with Schedule 1 to the Data Protection Act 2018",
        "Information Commissioner's Office, guidance “Right of access”",
        "It imposed a monetary penalty of £7,552,800.",
        "The notices are not final: the Upper Tribunal has remitted Clearview's appeal against them to the First-tier Tribunal.",
    ] {
        assert!(gb.contains(part), "GB letter lacks `{part}`:\n{gb}");
    }
    for absent in [
        "fine of £",
        "a fine of £",
        "European Data Protection Board",
        "C-154/21",
        "Member State",
    ] {
        assert!(!gb.contains(absent), "GB letter contains `{absent}`");
    }
    // Other countries' letters call it a monetary penalty too, not final.
    let ie = text(&c, &input("IE", "access"));
    assert!(!ie.contains("£"), "the ICO is not cited as persuasive");
}

#[test]
fn uk_letters_are_not_dated_before_the_law_they_state() {
    let c = composer();
    let d = data::data().unwrap();
    let ctx = facerights::request::Context {
        data: d,
        catalog: c.catalog(),
        today: crate::support::today(),
        format: None,
    };
    let mut i = input("GB", "access");
    i.date = Some("2026-06-18".into());
    let e = i
        .validate(&ctx, facerights::request::Field::flag)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("--date") && e.contains("2026-06-19") && e.contains("164A"),
        "{e}"
    );
    i.date = Some("2026-06-19".into());
    assert!(i.validate(&ctx, facerights::request::Field::flag).is_ok());
    // Other laws are not affected.
    let mut i = input("IT", "access");
    i.date = Some("2026-01-05".into());
    assert!(i.validate(&ctx, facerights::request::Field::flag).is_ok());
}

#[test]
fn labels_and_references_are_exact() {
    let c = composer();
    let it = text(&c, &english("IT", "access"));
    assert!(
        it.contains("injunction order (ordinanza ingiunzione) No. 50 of 10 February 2022 [doc. web n. 9751362]"),
        "{it}"
    );
    assert!(
        it.contains("stop any further processing of their personal data, ordinary and biometric")
    );
    let fr = text(&c, &english("FR", "access"));
    assert!(
        fr.contains("grant the complainant's erasure request"),
        "{fr}"
    );
    let at = text(&c, &english("AT", "access"));
    assert!(at.contains("order (Beschluss) W108 2274731-1/11E"));
    assert!(at.contains("decision (Bescheid) D130.703, 2022-0.277.156"));
    assert!(!at.to_lowercase().contains("judgment of 28"));
    // Italian letters cite the order as the Garante does.
    let mut i = input("IT", "access");
    i.language = Some("it".into());
    let it = text(&c, &i);
    assert!(
        it.contains("ordinanza ingiunzione n. 50 del 10 febbraio 2022 [doc. web n. 9751362]"),
        "{it}"
    );
}

#[test]
fn applicability_and_representative_are_sourced_and_dated() {
    let c = composer();
    let se = text(&c, &english("SE", "access"));
    assert!(se.contains("have applied the GDPR to it and found its processing unlawful"));
    assert!(se.contains("According to the decision of the Dutch supervisory authority of 16 May 2024, it had not designated a representative"));
    assert!(!se.contains("have held"));
    let no = text(&c, &english("NO", "erasure"));
    assert!(no.contains("European Economic Area"));
    assert!(
        no.contains("courts of the State where I have my habitual residence (Article 79(2) GDPR)")
    );
}

#[test]
fn reference_letters_do_not_overstate_and_name_what_was_missing() {
    let c = composer();
    let access = text(&c, &english("FR", "access"));
    assert!(access.contains("(Article 15(1)(a)) and, for each purpose, the legal basis"));
    assert!(access.contains("(Article 14(1)(c))"));
    assert!(access.contains("a customer uploaded an image of my face"));
    assert!(access.contains("as controller or as processor"));
    assert!(access.contains("by at most two further months"));
    assert!(access.contains("complexity and number of the requests"));
    assert!(access.contains(
        "courts of the Member State where I have my habitual residence (Article 79(2) GDPR)"
    ));
    let erasure = text(&c, &english("NL", "erasure"));
    assert!(erasure.contains("Article 17(1)(e) GDPR, in addition to the grounds above"));
    assert!(erasure.contains("In my view, erasure is therefore also necessary"));
    assert!(erasure.contains("is free of charge (Article 12(5) GDPR)"));
    assert!(erasure.contains("unless you demonstrate compelling legitimate grounds"));
    let mut i = english("FR", "erasure");
    i.photo_enclosed = true;
    let photo = text(&c, &i);
    assert!(photo.contains("I give my explicit consent (Article 9(2)(a) GDPR) to one search"));
    assert!(photo.contains(
        "My consent is withdrawn as soon as you have answered this request (Article 7(3) GDPR)"
    ));
}

#[test]
fn objection_grounds_are_printed_as_the_persons_own_words() {
    let c = composer();
    let mut i = english("FR", "access-erasure");
    i.objection_grounds = Some("I am a journalist;\nmy sources could be exposed.".into());
    let letter = text(&c, &i);
    assert!(
        letter.contains("wherever and whenever it was taken. In my own words: “I am a journalist; my sources could be exposed.” You must therefore stop"),
        "{letter}"
    );
    // Two people with different grounds get different letters from one composer.
    let mut j = english("FR", "access-erasure");
    j.objection_grounds = Some("Other words.".into());
    let other = text(&c, &j);
    assert!(other.contains("“Other words.”") && !other.contains("journalist"));
    let plain = text(&c, &english("FR", "access-erasure"));
    assert!(!plain.contains("In my own words"));
    // French letters quote with French marks.
    let mut f = input("FR", "erasure");
    f.language = Some("fr".into());
    f.objection_grounds = Some("Je suis journaliste.".into());
    let fr = text(&c, &f);
    assert!(fr.contains("Je suis journaliste."));
}

#[test]
fn objection_grounds_are_validated() {
    let c = composer();
    let ctx = facerights::request::Context {
        data: data::data().unwrap(),
        catalog: c.catalog(),
        today: crate::support::today(),
        format: None,
    };
    let check = |kind: &str, grounds: &str| {
        let mut i = input("FR", kind);
        i.objection_grounds = Some(grounds.into());
        i.validate(&ctx, facerights::request::Field::flag)
            .err()
            .map(|e| e.to_string())
    };
    let e = check("access", "My reasons").unwrap();
    assert!(
        e.contains("--objection-grounds") && e.contains("access letter"),
        "{e}"
    );
    let e = check("erasure", "evil\u{202E}text").unwrap();
    assert!(
        e.contains("--objection-grounds") && e.contains("U+202E"),
        "{e}"
    );
    let e = check("erasure", &"x".repeat(1201)).unwrap();
    assert!(e.contains("at most 1200"), "{e}");
    assert!(check("erasure", "   ").is_none(), "blank means none");
    assert!(check("erasure", "Line one\r\nline two").is_none());
}
