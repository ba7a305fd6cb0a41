//! Property tests (proptest): input rules, CSV round trips, output names and date formatting hold
//! for generated input, not only for the examples elsewhere.

use std::collections::HashSet;

use chrono::NaiveDate;
use facerights::batch::input::{Cells, Column, InputFormat, Rows};
use facerights::batch::{names, template_csv};
use facerights::error::Error;
use facerights::format::Formatter;
use facerights::fuzzing;
use facerights::request::{Field, RequestInput};
use proptest::prelude::*;

/// Characters that must never reach a letter or a terminal: controls and bidirectional controls.
fn control_or_bidi(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// Text with the characters that matter here: letters of three scripts, controls, bidi and
/// invisible characters, separators, quotes, dots.
fn tricky() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 @.,;:|/\\\\\"'\\-_éüΩжß明\u{0}-\u{1f}\u{7f}-\u{9f}\u{ad}\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{2028}\u{feff}\u{fe0f}\u{e000}\u{fffe}]{0,24}"
}

/// A value for a field: plausible, tricky, or any string at all.
fn value(plausible: &'static [&'static str]) -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(
        0.9,
        prop_oneof![
            3 => prop::sample::select(plausible).prop_map(str::to_string),
            3 => tricky(),
            1 => any::<String>(),
        ],
    )
}

fn lines() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        value(&["Via Roma 1", "00184 Roma", ""]).prop_map(Option::unwrap_or_default),
        0..10,
    )
}

prop_compose! {
    fn request_input()(
        jurisdiction in value(&["IT", "de", "UK", "GR", "Ελλάδα", "XX", "de_by", "DE-XX"]),
        request in value(&["access", "erasure", "access-erasure", "ACCESS", "reminder", "complaint"]),
        name in value(&["Maria Rossi", "Ελένη", "明"]),
        email in value(&["maria@example.org", "a@b", "x@[1.2.3.4]"]),
        address in lines(),
        language in value(&["it", "en", "de-AT", "pt_BR"]),
        place in value(&["Roma"]),
        date in value(&["2026-03-01", "2026-3-1", "1999-01-01", "2030-01-01"]),
        reference in value(&["NGO-1"]),
        recipient_address in lines(),
        photo_enclosed in any::<bool>(),
        objection_grounds in value(&["I am at risk.", "line\nbreak", "a\u{202E}b", " "]),
        first_request in value(&["access", "erasure", "x"]),
        received in value(&["2026-01-05", "2026-13-01", "2026-07-01"]),
        outcome in value(&["no-reply", "refused", "nonsense"]),
        reminded in value(&["2026-02-20", "x"]),
    ) -> RequestInput {
        RequestInput {
            jurisdiction, request, name, email, address, language, place, date, reference,
            recipient_address, photo_enclosed, objection_grounds, first_request, received,
            outcome, reminded,
        }
    }
}

const FLAGS: [Field; 16] = [
    Field::Jurisdiction,
    Field::Request,
    Field::Name,
    Field::Email,
    Field::Address,
    Field::Language,
    Field::Place,
    Field::Date,
    Field::Reference,
    Field::RecipientAddress,
    Field::PhotoEnclosed,
    Field::ObjectionGrounds,
    Field::FirstRequest,
    Field::Received,
    Field::Outcome,
    Field::Reminded,
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any input either fails with every problem naming a field and quoting nothing unsafe, or
    /// gives a request whose text holds no control or bidirectional character.
    #[test]
    fn validation_names_a_field_or_yields_clean_text(input in request_input(), pdf in any::<bool>()) {
        match fuzzing::request_validate(&input, pdf) {
            Ok(r) => {
                let texts = [Some(&r.name), r.email.as_ref(), r.place.as_ref(), r.reference.as_ref(), r.objection_grounds.as_ref()];
                for t in texts.into_iter().flatten().chain(&r.address).chain(&r.recipient_address) {
                    prop_assert!(!t.chars().any(control_or_bidi), "accepted {t:?}");
                    prop_assert!(!t.trim().is_empty() && t.trim() == t, "accepted {t:?}");
                }
            }
            Err(Error::Invalid(errors)) => {
                prop_assert!(!errors.is_empty());
                for e in &errors {
                    prop_assert!(FLAGS.iter().any(|f| f.flag() == e.field), "unknown field in {e:?}");
                    prop_assert!(!e.problem.chars().any(control_or_bidi), "unsafe echo in {e:?}");
                }
            }
            Err(e) => prop_assert!(false, "an error that names no field: {e}"),
        }
    }

    /// A CSV written by the `csv` crate with the template's header reads back cell for cell.
    #[test]
    fn csv_written_by_the_csv_crate_reads_back(
        rows in prop::collection::vec(prop::collection::vec(prop_oneof![tricky(), any::<String>()], 16), 1..6)
    ) {
        let header = template_csv().lines().next().unwrap_or_default().to_string();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("people.csv");
        let mut w = csv::Writer::from_path(&path).unwrap();
        w.write_record(header.split(',')).unwrap();
        for r in &rows {
            w.write_record(r).unwrap();
        }
        w.flush().unwrap();
        drop(w);
        let mut read = Rows::open(&path, InputFormat::Csv, None).unwrap();
        // The reader skips rows whose cells are all blank (spreadsheets export them).
        let expected: Vec<&Vec<String>> =
            rows.iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).collect();
        let mut got = Vec::new();
        while let Some(row) = read.next_row(&path) {
            match row {
                Ok(row) => got.push(row),
                Err(Ok(e)) => prop_assert!(false, "row {}: {}", e.number, e.message),
                Err(Err(e)) => prop_assert!(false, "fatal: {e}"),
            }
        }
        prop_assert_eq!(got.len(), expected.len());
        // Cell for cell as the same texts read straight from a record (blank cells are none).
        let all = Column::header(&Column::ALL);
        for (row, cells) in got.iter().zip(expected) {
            let want = Cells::read(row.number, &all, &csv::StringRecord::from(cells.clone()));
            prop_assert_eq!(Ok(&row.cells), want.as_ref().map_err(|e| &e.message), "row {}", row.number);
        }
    }

    /// Output names: never a path separator, `.` or `..`, a leading dot, or a Windows device name; unique
    /// (ignoring case) over any mix of explicit and generated names.
    #[test]
    fn output_names_stay_inside_and_unique(
        items in prop::collection::vec((any::<bool>(), prop_oneof![
            tricky(),
            any::<String>(),
            prop::sample::select(&["con", "CON.txt", "nul ", "lpt1", "aux.pdf", "..", ".x", "a", "a-2", "A"][..]).prop_map(str::to_string),
        ]), 1..30)
    ) {
        let mut taken = names::Names::default();
        let mut seen = HashSet::new();
        for (row, (explicit, raw)) in items.iter().enumerate() {
            let name = if *explicit {
                match names::explicit(raw, "txt").and_then(|n| taken.take_explicit(&n, row)) {
                    Ok(n) => n,
                    Err(e) => {
                        prop_assert!(!e.chars().any(control_or_bidi), "unsafe echo: {e:?}");
                        continue;
                    }
                }
            } else {
                taken.take_generated(&names::slug(raw), "txt", row)
            };
            prop_assert!(!name.contains(['/', '\\']), "{name:?}");
            // `a..b.txt` is a plain name; what must not happen is a `.` or `..` component.
            prop_assert!(name != "." && name != ".." && !name.starts_with('.'), "{name:?}");
            prop_assert!(!name.chars().any(control_or_bidi), "{name:?}");
            prop_assert!(name.len() <= 150, "{name:?}");
            let stem = name.split('.').next().unwrap_or("").trim_end().to_ascii_lowercase();
            prop_assert!(
                !matches!(stem.as_str(), "con" | "prn" | "aux" | "nul")
                    && !(stem.len() == 4 && (stem.starts_with("com") || stem.starts_with("lpt")) && stem.ends_with(|c: char| c.is_ascii_digit() && c != '0')),
                "device name {name:?}"
            );
            prop_assert!(seen.insert(name.to_lowercase()), "{name:?} given twice");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    /// ICU date formatting never panics and writes the year, for any date letters may carry
    /// (and far beyond: chrono's whole range), in every built-in language and regional variant.
    #[test]
    fn dates_format_in_every_language(
        days in prop_oneof![
            3 => 0i32..(366 * 30),
            1 => any::<i32>(),
        ],
        lang in prop::sample::select(&[
            "bg", "cs", "da", "de", "de-AT", "el", "en", "en-GB", "es", "et", "fi", "fr", "fr-BE", "ga",
            "hr", "hu", "is", "it", "lt", "lv", "mt", "nb", "nl", "nl-BE", "pl", "pt", "ro", "sk", "sl", "sv",
        ][..]),
    ) {
        let base = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let date = if days >= 0 {
            base.checked_add_days(chrono::Days::new(days as u64))
        } else {
            base.checked_sub_days(chrono::Days::new(u64::from(days.unsigned_abs())))
        };
        let date = date.unwrap_or(NaiveDate::MAX);
        let f = Formatter::new(lang).unwrap();
        let s = f.date(date);
        prop_assert!(!s.is_empty());
        use chrono::Datelike;
        let year = date.year().unsigned_abs().to_string();
        prop_assert!(s.contains(&year) || !(1..=9999).contains(&date.year()), "{lang} {date}: {s:?}");
    }
}

/// The fuzz targets' wrappers reach the code they are meant to exercise: a good input gets all
/// the way through (a harness that fails early would fuzz nothing).
#[test]
fn fuzz_wrappers_reach_the_real_code() {
    let out = fuzzing::batch_rows(template_csv().as_bytes(), false);
    assert!(out.fatal.is_none(), "{:?}", out.fatal);
    assert_eq!(out.rows.len(), 1);
    assert_eq!(out.rows[0].as_deref(), Ok("ngo-2026-001.txt"));

    let jsonl = br#"{"name":"Anna Berger","address":["Hauptstrasse 1","1010 Wien"],"jurisdiction":"AT","request":"access"}"#;
    let out = fuzzing::batch_rows(jsonl, true);
    assert_eq!(out.rows.len(), 1, "{out:?}");
    assert!(out.rows[0].is_ok(), "{out:?}");

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let font = std::fs::read(root.join("fonts/DejaVuSansCondensed.ttf")).unwrap();
    assert_eq!(
        fuzzing::font_load(&font).unwrap(),
        0,
        "DejaVu draws nothing the built-in fonts cannot"
    );
    assert!(fuzzing::font_load(&font[..1000]).is_err());

    let read = |f: &str| Some(std::fs::read(root.join("locales/it").join(f)).unwrap());
    let files = fuzzing::LocaleFiles {
        lang: "it".into(),
        meta: read("meta.toml"),
        letter: read("letter.ftl"),
        ui: read("ui.ftl"),
    };
    let letter = fuzzing::locale_load(&files)
        .unwrap()
        .expect("Italian is complete for letters");
    assert!(letter.contains("Maria Rossi"), "{letter}");
    assert_eq!(
        fuzzing::locale_check(&files, true).unwrap(),
        facerights::ExitCode::Success
    );
    let broken = fuzzing::LocaleFiles {
        letter: Some(b"x = {".to_vec()),
        ..files
    };
    // A folder that does not parse is an error, never a silent fall back.
    assert!(fuzzing::locale_load(&broken).is_err());
    assert_eq!(
        fuzzing::locale_check(&broken, false).unwrap(),
        facerights::ExitCode::Usage
    );
}

/// Found by reasoning while writing the batch fuzz targets (and reachable by them): blank rows
/// were skipped by a recursive call, one stack frame per row, so a spreadsheet export with a few
/// thousand empty rows (`,,,`) overflowed the stack and aborted the whole run. A reader thread
/// with a small stack (as rayon's are) must get through 50,000 of them to the row after.
#[test]
fn many_blank_rows_do_not_overflow_the_stack() {
    let mut csv = String::from("name,jurisdiction,request,email\n");
    csv.push_str(&",,,\n".repeat(50_000));
    csv.push_str("Maria Rossi,IT,access,maria@example.org\n");
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || fuzzing::batch_rows(csv.as_bytes(), false))
        .unwrap()
        .join()
        .unwrap();
    assert!(out.fatal.is_none(), "{:?}", out.fatal);
    assert_eq!(out.rows, vec![Ok("maria-rossi-access.txt".to_string())]);
}

/// Found by the `locale_load` fuzz target: a `--locales-dir` that replaces the reference locale
/// (`en/`) with one lacking `letter.ftl` made every locale count as complete for letters, and
/// composing a letter then panicked on the missing file. It must be refused with a message.
#[test]
fn reference_locale_without_letter_file_is_refused_not_a_panic() {
    let input = include_bytes!("../../fuzz/regressions/locale_load/en-meta-only");
    let files = fuzzing::LocaleFiles::from_fuzz_bytes(input);
    assert_eq!(files.lang, "en");
    assert!(files.letter.is_none());
    // Refused (a folder that does not load is an error naming its problems), never a panic.
    match fuzzing::locale_load(&files) {
        Ok(None) => {}
        Err(e) => assert!(e.to_string().contains("letter.ftl"), "{e}"),
        other => panic!("expected the locale to be refused for letters, got {other:?}"),
    }
}

/// Found by the `font_load` fuzz target: a font whose format 12 character map declares a range of
/// 2^32 code points made `--font` try to list every one of them (16 GB) and abort. Here: the
/// built-in DejaVu Sans with the first range of its format 12 subtables stretched to U+FFFFFFFF.
#[test]
fn font_with_a_huge_cmap_range_loads_in_bounded_memory() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut font = std::fs::read(root.join("fonts/DejaVuSansCondensed.ttf")).unwrap();
    let be16 = |b: &[u8], at: usize| usize::from(u16::from_be_bytes([b[at], b[at + 1]]));
    let be32 =
        |b: &[u8], at: usize| u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize;
    let cmap = (0..be16(&font, 4))
        .map(|i| 12 + 16 * i)
        .find(|&rec| &font[rec..rec + 4] == b"cmap")
        .map(|rec| be32(&font, rec + 8))
        .unwrap();
    let mut stretched = 0;
    for i in 0..be16(&font, cmap + 2) {
        let sub = cmap + be32(&font, cmap + 4 + 8 * i + 4);
        if be16(&font, sub) == 12 {
            // The first group's end_char_code: header 16 bytes, then start, end, glyph.
            font[sub + 20..sub + 24].copy_from_slice(&u32::MAX.to_be_bytes());
            stretched += 1;
        }
    }
    assert!(stretched > 0, "DejaVu Sans has format 12 subtables");
    // Loads (or is refused) without running out of memory; used as a fallback it measures text.
    let _ = fuzzing::font_load(&font);
    let face = facerights::render::pdf::FontFace::from_bytes(font).unwrap();
    assert!(face.has_glyph('A'));
}
