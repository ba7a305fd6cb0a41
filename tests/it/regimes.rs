//! Letters under laws other than the GDPR: Australia, Canada (federal, British Columbia, Alberta,
//! Québec), Switzerland, Illinois, California. Every letter each law has renders in the
//! jurisdiction's default language, cites its own decisions and provisions, and is snapshotted;
//! letters a law does not have are refused; paper and deadlines follow the place.

use assert_cmd::Command;
use facerights::data::{self, Family};
use facerights::request::{Context, Field, RequestKind};

use crate::support::{composer, input, text, today};

fn facerights() -> Command {
    let mut c = Command::cargo_bin("facerights").unwrap();
    c.env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .env("LC_ALL", "C.UTF-8");
    c
}

/// `generate` for an access request in `code`, dated after every decision, in `format`.
fn access_letter(code: &str, format: &str) -> Command {
    let mut c = facerights();
    c.args([
        "generate",
        "--jurisdiction",
        code,
        "--request",
        "access",
        "--name",
        "Alex Example",
        "--address",
        "1 Main Street",
        "--date",
        "2026-07-01",
        "--format",
        format,
    ]);
    c
}

/// The jurisdictions under a regime other than the GDPR.
fn regime_jurisdictions() -> Vec<&'static data::Jurisdiction> {
    let d = data::data().unwrap();
    d.jurisdictions
        .iter()
        .filter(|j| d.law(&j.law).unwrap().family == Family::Regime)
        .collect()
}

/// A follow-up input: the first request received on Wednesday 1 April 2026.
fn follow_up(code: &str, letter: &str, outcome: &str) -> facerights::request::RequestInput {
    let mut i = input(code, letter);
    i.first_request = Some("access-erasure".into());
    i.received = Some("2026-04-01".into());
    i.outcome = Some(outcome.into());
    i
}

#[test]
fn the_new_places_are_covered_with_their_own_law() {
    let d = data::data().unwrap();
    let laws: Vec<(&str, &str)> = regime_jurisdictions()
        .iter()
        .map(|j| (j.code.as_str(), j.law.as_str()))
        .collect();
    for want in [
        ("AU", "au-privacy-act"),
        ("CA", "ca-pipeda"),
        ("CA-BC", "ca-bc-pipa"),
        ("CA-AB", "ca-ab-pipa"),
        ("CA-QC", "ca-qc-private-sector"),
        ("CH", "ch-fadp"),
        ("US-IL", "us-il-bipa"),
        ("US-CA", "us-ca-ccpa"),
    ] {
        assert!(laws.contains(&want), "{want:?} missing from {laws:?}");
    }
    // The default letter language of each place.
    let catalog = composer().catalog().clone();
    for (code, lang) in [
        ("AU", "en"),
        ("CA", "en"),
        ("CA-QC", "fr"),
        ("CH", "de"),
        ("US-IL", "en"),
    ] {
        let j = d.jurisdictions.iter().find(|j| j.code == code).unwrap();
        assert_eq!(
            facerights::request::default_language(d, &catalog, j),
            lang,
            "{code}"
        );
    }
}

#[test]
fn every_letter_of_every_regime_renders_and_cites_its_decisions() {
    let d = data::data().unwrap();
    let c = composer();
    for j in regime_jurisdictions() {
        let law = d.law(&j.law).unwrap();
        let langs: Vec<&str> = j
            .languages
            .iter()
            .map(String::as_str)
            .chain(["en"])
            .filter(|l| facerights::request::complete_for(d, c.catalog(), j, l))
            .collect();
        assert!(!langs.is_empty(), "{}: no language", j.code);
        for lang in langs {
            for kind in RequestKind::ALL
                .iter()
                .filter(|k| law.has_letter(k.as_str()))
            {
                for photo in [false, true] {
                    let mut i = input(&j.code, kind.as_str());
                    i.language = Some(lang.into());
                    i.photo_enclosed = photo;
                    let letter = text(&c, &i);
                    let label = format!("{} {lang} {} photo={photo}", j.code, kind.as_str());
                    assert!(!letter.contains("{$") && !letter.contains("{ $"), "{label}");
                    assert!(letter.contains("Alex Example"), "{label}");
                    // Every decision of the place is cited by its reference (or, a statement
                    // without one, by its authority).
                    for dec in d.decisions_of(j) {
                        if !dec.reference.is_empty() {
                            assert!(
                                letter.contains(&dec.reference),
                                "{label}: {} not cited",
                                dec.reference
                            );
                        }
                        // A date the sources dispute is never printed.
                        if dec.date_uncertain {
                            for shown in ["7 December 2021", "December 7, 2021", "14 December 2021"]
                            {
                                assert!(
                                    !letter.contains(&format!("{} ({shown})", dec.reference)),
                                    "{label}: disputed date printed"
                                );
                            }
                        }
                    }
                    // Outside the GDPR there is no Article 15 to cite, except where a Swiss
                    // letter relies on European decisions as persuasive.
                    if j.code != "CH" {
                        assert!(!letter.contains("GDPR"), "{label}: cites the GDPR");
                    }
                    assert!(
                        !letter.contains("Art. 77") && !letter.contains("Article 77"),
                        "{label}"
                    );
                }
            }
            for letter in ["reminder", "complaint"]
                .into_iter()
                .filter(|l| law.has_letter(l))
            {
                for outcome in ["no-reply", "incomplete", "refused", "identity-demanded"] {
                    if letter == "reminder" && !matches!(outcome, "no-reply" | "incomplete") {
                        continue;
                    }
                    let mut i = follow_up(&j.code, letter, outcome);
                    i.language = Some(lang.into());
                    let out = text(&c, &i);
                    let label = format!("{} {lang} {letter} {outcome}", j.code);
                    assert!(!out.contains("{$") && !out.contains("{ $"), "{label}");
                    assert!(!out.contains("GDPR") || j.code == "CH", "{label}");
                }
            }
        }
    }
}

#[test]
fn snapshots_of_each_regime_in_its_default_language() {
    let d = data::data().unwrap();
    let c = composer();
    for j in regime_jurisdictions() {
        let law = d.law(&j.law).unwrap();
        let lang = facerights::request::default_language(d, c.catalog(), j);
        for kind in RequestKind::ALL
            .iter()
            .filter(|k| law.has_letter(k.as_str()))
        {
            let i = input(&j.code, kind.as_str());
            insta::assert_snapshot!(format!("{}_{lang}_{}", j.code, kind.as_str()), text(&c, &i));
        }
        if law.has_letter("reminder") {
            let i = follow_up(&j.code, "reminder", "no-reply");
            insta::assert_snapshot!(format!("{}_{lang}_reminder", j.code), text(&c, &i));
        }
        if law.has_letter("complaint") {
            let mut i = follow_up(&j.code, "complaint", "no-reply");
            i.language = Some(facerights::request::complaint_language(d, c.catalog(), j));
            insta::assert_snapshot!(format!("{}_{lang}_complaint", j.code), text(&c, &i));
        }
    }
}

#[test]
fn letters_a_law_does_not_have_are_refused_with_the_reason() {
    let d = data::data().unwrap();
    let c = composer();
    let ctx = Context {
        data: d,
        catalog: c.catalog(),
        today: today(),
        format: None,
    };
    // Illinois law sets no reply period: no reminder, no complaint.
    for letter in ["reminder", "complaint"] {
        let i = follow_up("US-IL", letter, "no-reply");
        let e = i.validate(&ctx, Field::flag).unwrap_err().to_string();
        assert!(e.contains("--request"), "{e}");
        assert!(e.contains("Biometric Information Privacy Act"), "{e}");
    }
    // No complaint letter where the regulator takes only its own form or reports.
    for code in ["CH", "US-CA", "CA-BC", "CA-AB"] {
        let i = follow_up(code, "complaint", "no-reply");
        assert!(i.validate(&ctx, Field::flag).is_err(), "{code}");
    }
    // The right to object on grounds of one's particular situation is the GDPR's.
    let mut i = input("AU", "erasure");
    i.objection_grounds = Some("I am a journalist.".into());
    let e = i.validate(&ctx, Field::flag).unwrap_err().to_string();
    assert!(e.contains("--objection-grounds"), "{e}");
    // A language without the regime's messages is refused, naming the ones that have them.
    let mut i = input("AU", "access");
    i.language = Some("pl".into());
    let e = i.validate(&ctx, Field::flag).unwrap_err().to_string();
    assert!(e.contains("--language") && e.contains("available: "), "{e}");
}

#[test]
fn us_and_canadian_letters_are_on_us_letter_paper_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    for (code, want, paper) in [
        ("US-CA", "612 792", None),
        ("CA-BC", "612 792", None),
        ("AU", "595.", None),
        ("US-IL", "595.", Some("a4")),
    ] {
        let out = dir.path().join(format!("{code}.pdf"));
        let mut cmd = access_letter(code, "pdf");
        cmd.arg("-o").arg(&out);
        if let Some(p) = paper {
            cmd.args(["--paper", p]);
        }
        cmd.assert().success();
        let bytes = std::fs::read(&out).unwrap();
        let pdf = String::from_utf8_lossy(&bytes);
        let media = pdf
            .split("/MediaBox")
            .nth(1)
            .and_then(|s| s.split('[').nth(1))
            .map(|s| s.split(']').next().unwrap_or("").to_string())
            .unwrap_or_default();
        assert!(
            media.contains(want),
            "{code}: MediaBox [{media}] should contain {want}"
        );
    }
}

#[test]
fn deadlines_count_as_each_law_counts() {
    let d = data::data().unwrap();
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let ends = |code: &str, received: &str| {
        let j = d.jurisdictions.iter().find(|j| j.code == code).unwrap();
        d.law(&j.law).unwrap().deadline(day(received)).unwrap().ends
    };
    // Australia, Canada, Québec, Switzerland: 30 days; 1 April 2026 + 30 = Friday 1 May 2026.
    for code in ["AU", "CA", "CA-QC", "CH"] {
        assert_eq!(ends(code, "2026-04-01"), day("2026-05-01"), "{code}");
    }
    // 1 October 2026 + 30 = Saturday 31 October: the Canadian and Québec Interpretation Acts
    // move only a Sunday; elsewhere the weekend moves it to Monday 2 November.
    for code in ["CA", "CA-QC"] {
        assert_eq!(ends(code, "2026-10-01"), day("2026-10-31"), "{code}");
    }
    assert_eq!(ends("CA", "2026-10-02"), day("2026-11-02")); // a Sunday
    for code in ["AU", "CH"] {
        assert_eq!(ends(code, "2026-10-01"), day("2026-11-02"), "{code}");
    }
    // British Columbia: 30 business days from Wednesday 1 April 2026 is Wednesday 13 May 2026.
    assert_eq!(ends("CA-BC", "2026-04-01"), day("2026-05-13"));
    // Alberta and California: 45 days; 1 April 2026 + 45 = Saturday 16 May, so Monday 18 May.
    for code in ["CA-AB", "US-CA"] {
        assert_eq!(ends(code, "2026-04-01"), day("2026-05-18"), "{code}");
    }
    // Illinois law sets no period: no deadline is shown.
    let il = d.jurisdictions.iter().find(|j| j.code == "US-IL").unwrap();
    assert!(d
        .law(&il.law)
        .unwrap()
        .deadline(day("2026-04-01"))
        .is_none());
    let out = access_letter("US-IL", "text")
        .args(["-o", "-"])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(!stderr.contains("deadline:"), "{stderr}");
}

#[test]
fn regions_are_found_and_uncovered_states_explained() {
    let d = data::data().unwrap();
    for (typed, code) in [("ca-qc", "CA-QC"), ("US_IL", "US-IL"), ("CA", "CA")] {
        assert_eq!(facerights::jurisdiction::find(d, typed).unwrap().code, code);
    }
    let e = facerights::jurisdiction::find(d, "US").unwrap_err();
    assert!(e.contains("US-IL") && e.contains("US-CA"), "{e}");
    let e = facerights::jurisdiction::find(d, "US-TX").unwrap_err();
    assert!(e.contains("unknown region") && e.contains("US-CA"), "{e}");
}

#[test]
fn jurisdictions_are_listed_by_law() {
    let out = facerights().arg("jurisdictions").assert().success();
    let s = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let bc = s.find("British Columbia PIPA").expect("BC heading");
    let bc_row = s.find("CA-BC").expect("BC row");
    assert!(bc_row > bc, "{s}");
    // Alberta's order is listed without the date its sources dispute.
    assert!(s.contains("(date disputed)"), "{s}");
}
