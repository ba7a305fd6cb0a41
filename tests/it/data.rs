//! The embedded data is complete, sourced and consistent.

use facerights::data;

#[test]
fn data_loads_without_problems() {
    let d = data::data().unwrap();
    assert!(d.problems().is_empty(), "{:?}", d.problems());
}

#[test]
fn thirty_one_jurisdictions_with_authorities() {
    let d = data::data().unwrap();
    let countries: Vec<_> = d
        .jurisdictions
        .iter()
        .filter(|j| !j.is_subdivision() && crate::support::gdpr(j))
        .collect();
    assert_eq!(countries.len(), 31);
    let mut codes: Vec<&str> = countries.iter().map(|j| j.code.as_str()).collect();
    codes.sort();
    let expected = [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU",
        "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI",
        "SK",
    ];
    assert_eq!(codes, expected);
    for j in d
        .jurisdictions
        .iter()
        .filter(|j| !j.authority.is_empty() && crate::support::gdpr(j))
    {
        let a = d.authority(&j.authority).expect("authority exists");
        assert!(
            a.address_one_line().is_some(),
            "{}: authority address must be certain",
            j.code
        );
        assert!(!a.name_for("en").is_empty());
    }
    assert_eq!(
        d.authorities
            .iter()
            .filter(|a| a.country_code.starts_with("DE-"))
            .count(),
        18,
        "BfDI + 16 Länder (Bavaria twice)"
    );
    // Only Germany names no one authority, and each of its Länder does.
    let without: Vec<&str> = d
        .jurisdictions
        .iter()
        .filter(|j| j.authority.is_empty())
        .map(|j| j.code.as_str())
        .collect();
    // Illinois: no regulator takes individual complaints under BIPA.
    assert_eq!(without, ["DE", "US-IL"]);
    let subdivisions: Vec<&str> = d
        .jurisdictions
        .iter()
        .filter(|j| j.is_subdivision() && j.parent.as_deref() == Some("DE"))
        .map(|j| j.code.as_str())
        .collect();
    assert_eq!(subdivisions.len(), 16);
    assert!(subdivisions.iter().all(|c| c.starts_with("DE-")));
}

#[test]
fn every_decision_has_a_source_and_a_past_date() {
    let d = data::data().unwrap();
    let today = chrono::Local::now().date_naive();
    for dec in &d.decisions {
        assert!(!dec.sources.is_empty(), "{} has no source", dec.id);
        assert!(dec.date <= today, "{} is dated in the future", dec.id);
        assert!(dec.date >= chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap());
    }
}

#[test]
fn decisions_match_the_research() {
    // The facts the issue names, checked against decisions.md.
    let d = data::data().unwrap();
    let get = |id: &str| d.decision(id).unwrap_or_else(|| panic!("{id}"));
    let it = get("it-garante-2022");
    assert_eq!(it.date.to_string(), "2022-02-10");
    assert_eq!(it.reference, "50", "Registro dei provvedimenti n. 50");
    assert_eq!(it.locator.as_deref(), Some("doc. web n. 9751362"));
    assert_eq!(it.fine.unwrap().amount, 20_000_000);
    let gr = get("gr-hdpa-35-2022");
    assert_eq!(
        (gr.date.to_string().as_str(), gr.reference.as_str()),
        ("2022-07-13", "35/2022")
    );
    let fr = get("fr-cnil-san-2022-019");
    assert_eq!(fr.date.to_string(), "2022-10-17");
    assert_eq!(fr.penalty_per_day.unwrap().amount, 100_000);
    assert_eq!(get("fr-cnil-med-2021-134").date.to_string(), "2021-11-26");
    let liq = get("fr-cnil-san-2023-005");
    assert_eq!(
        (liq.date.to_string().as_str(), liq.fine.unwrap().amount),
        ("2023-04-13", 5_200_000)
    );
    let nl = get("nl-ap-2024");
    assert_eq!(
        (nl.date.to_string().as_str(), nl.fine.unwrap().amount),
        ("2024-05-16", 30_500_000)
    );
    assert!(
        nl.reference.is_empty(),
        "the AP decision has no public reference"
    );
    let at = get("at-dsb-2023");
    assert_eq!(at.date.to_string(), "2023-05-09");
    assert_eq!(at.reference, "D130.703, 2022-0.277.156");
    assert!(at.fine.is_none(), "the DSB imposed no fine");
    let de = get("de-hmbbfdi-2021");
    assert_eq!(de.date.to_string(), "2021-01-27");
    assert!(
        !de.is_final,
        "Hamburg's act is cited as a letter, not a final order"
    );
    let ico = get("gb-ico-2022");
    assert_eq!(
        (ico.date.to_string().as_str(), ico.fine.unwrap().amount),
        ("2022-05-18", 7_552_800)
    );
    assert_eq!(get("gb-ftt-2023").reference, "[2023] UKFTT 819 (GRC)");
    let ut = get("gb-ut-2025");
    assert_eq!(
        (ut.date.to_string().as_str(), ut.reference.as_str()),
        ("2025-10-06", "[2025] UKUT 319 (AAC)")
    );
    assert_eq!(
        d.controller.postal_address.join(", "),
        "99 Wall Street #5730, New York, NY 10005, USA"
    );
}

#[test]
fn uk_and_greece_aliases() {
    let d = data::data().unwrap();
    for (typed, code) in [
        ("uk", "GB"),
        ("GB", "GB"),
        ("el", "GR"),
        ("it", "IT"),
        ("Germany", "DE"),
    ] {
        assert_eq!(
            facerights::jurisdiction::find(d, typed).unwrap().code,
            code,
            "{typed}"
        );
    }
    let err = facerights::jurisdiction::find(d, "IR").unwrap_err();
    assert!(err.contains("IE (Ireland)"), "{err}");
    let err = facerights::jurisdiction::find(d, "Grmany").unwrap_err();
    assert!(err.contains("DE (Germany)"), "{err}");
    assert!(facerights::jurisdiction::find(d, "US").is_err());
}
