//! Batch mode: spreadsheet exports, located row errors, re-runs, nothing outside --out-dir.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn batch(input: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut c = Command::cargo_bin("facerights").unwrap();
    c.env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        // Notes in English whatever the machine's language.
        .env("LC_ALL", "C.UTF-8")
        .arg("batch")
        .arg(input)
        .arg("--out-dir")
        .arg(out)
        .args(["--date", crate::support::DATE])
        .args(extra);
    c
}

fn manifest(out: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(out.join("manifest.csv")).unwrap();
    r.records().map(|r| r.unwrap()).collect()
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn excel_and_libreoffice_exports_are_read_correctly() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("letters");
    let assert = batch(&fixture("excel-semicolon-bom-crlf.csv"), &out, &[])
        .assert()
        .success()
        .stderr(predicate::str::contains("3 rows: 3 written, 0 skipped"));
    // Italian, French and Greek are draft texts: one note each, with the number of letters.
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for lang in ["(it)", "(fr)", "(el)"] {
        let notes: Vec<&str> = stderr.lines().filter(|l| l.contains(lang)).collect();
        assert_eq!(notes.len(), 1, "{lang} in:\n{stderr}");
        assert!(
            notes[0].contains("is a draft") && notes[0].ends_with("(letters in this language: 1)"),
            "{}",
            notes[0]
        );
    }
    assert_eq!(
        files(&out),
        [
            "dupont-jean-access-erasure.txt",
            "eleni.txt",
            "manifest.csv",
            "ngo-001.txt"
        ]
    );
    let maria = std::fs::read_to_string(out.join("ngo-001.txt")).unwrap();
    assert!(
        maria.starts_with("Maria Rossi\nVia Roma 1\n00184 Roma\nmaria@example.org\n"),
        "{maria}"
    );
    assert!(maria.contains("Egregi Signori") && maria.contains("NGO-001"));
    let jean = std::fs::read_to_string(out.join("dupont-jean-access-erasure.txt")).unwrap();
    assert!(jean.contains("Dupont, Jean") && jean.contains("12 rue de la Paix\n75002 Paris"));
    assert!(jean.contains("Pièce jointe"), "photo_enclosed = oui");
    let eleni = std::fs::read_to_string(out.join("eleni.txt")).unwrap();
    assert!(eleni.contains("Ελένη Παπαδοπούλου") && eleni.contains("35/2022"));
    #[cfg(unix)]
    for f in files(&out) {
        assert_eq!(crate::support::mode(&out.join(&f)), 0o600, "{f}");
    }
    let m = manifest(&out);
    assert_eq!(m.len(), 3);
    assert_eq!(&m[0][0], "2");
    assert_eq!(
        &m[1][0], "3",
        "a quoted multi-line field is still one spreadsheet row"
    );
    assert_eq!(&m[2][0], "4");
    assert!(m.iter().all(|r| &r[8] == "written" && r[7].len() == 64));
}

#[test]
fn bad_rows_are_reported_and_good_rows_written() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let assert = batch(&fixture("bad-rows.csv"), &out, &[]).assert().code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for expected in [
        "row 3, column jurisdiction: unknown jurisdiction code `IR`",
        "row 4, column name: is required",
        "row 5, column email:",
        "row 6, column name: contains a bidirectional override",
        "row 7, column request: unknown request `delete`",
        "row 8, column file: `../../escape` contains a path separator",
        "row 10, column file: `shared-name.txt` is already used by row 9",
        "10 rows: 3 written, 0 skipped (already there), 7 failed",
    ] {
        assert!(
            stderr.contains(expected),
            "missing `{expected}` in:\n{stderr}"
        );
    }
    assert_eq!(
        files(&out),
        [
            "good-one-access.txt",
            "good-three-access-erasure.txt",
            "manifest.csv",
            "shared-name.txt"
        ]
    );
    assert!(!tmp.path().join("escape").exists() && !tmp.path().join("escape.txt").exists());
    let m = manifest(&out);
    assert_eq!(m.len(), 10);
    let statuses: Vec<&str> = m.iter().map(|r| r.get(8).unwrap()).collect();
    assert_eq!(statuses.iter().filter(|s| **s == "written").count(), 3);
    assert_eq!(statuses.iter().filter(|s| **s == "error").count(), 7);
}

#[test]
fn rerun_skips_existing_and_force_rewrites() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    batch(&fixture("excel-semicolon-bom-crlf.csv"), &out, &[])
        .assert()
        .success();
    batch(&fixture("excel-semicolon-bom-crlf.csv"), &out, &[])
        .assert()
        .success()
        .stderr(predicate::str::contains("0 written, 3 skipped"));
    assert!(manifest(&out).iter().all(|r| &r[8] == "skipped-exists"));
    // A file changed by hand is not overwritten without --force.
    std::fs::write(out.join("eleni.txt"), "edited").unwrap();
    batch(&fixture("excel-semicolon-bom-crlf.csv"), &out, &[])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "already exists with other content; use --force",
        ));
    assert_eq!(
        std::fs::read_to_string(out.join("eleni.txt")).unwrap(),
        "edited"
    );
    batch(&fixture("excel-semicolon-bom-crlf.csv"), &out, &["--force"])
        .assert()
        .success()
        .stderr(predicate::str::contains("1 written, 2 skipped"));
    assert!(std::fs::read_to_string(out.join("eleni.txt"))
        .unwrap()
        .contains("35/2022"));
    // Nothing but the letters and the manifest, and nothing outside the output directory.
    assert_eq!(files(tmp.path()), ["out"]);
}

#[test]
fn json_lines_input() {
    let tmp = tempfile::tempdir().unwrap();
    batch(&fixture("people.jsonl"), tmp.path(), &[])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("row 4: is not valid JSON"));
    assert_eq!(
        files(tmp.path()),
        ["anna-berger-access.txt", "manifest.csv", "ngo-77.txt"]
    );
    let anna = std::fs::read_to_string(tmp.path().join("anna-berger-access.txt")).unwrap();
    assert!(anna.contains("Hauptstraße 1\n1010 Wien") && anna.contains("Anlage:"));
}

#[test]
fn fatal_input_problems_exit_2_before_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let unknown = tmp.path().join("unknown.csv");
    std::fs::write(
        &unknown,
        "name,jurisdiction,request,emial\nA,IT,access,a@example.org\n",
    )
    .unwrap();
    batch(&unknown, &out, &[])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("row 1: unknown column `emial`"));
    assert!(!out.exists());
    let missing = tmp.path().join("missing.csv");
    std::fs::write(&missing, "name,email\nA,a@example.org\n").unwrap();
    batch(&missing, &out, &[])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing required columns jurisdiction, request",
        ));
    batch(&fixture("not-utf8.csv"), &out, &[])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("row 3 is not valid UTF-8")
                .and(predicate::str::contains("UTF-8")),
        );
    batch(&tmp.path().join("nope.csv"), &out, &[])
        .assert()
        .code(2);
}

#[test]
fn fail_fast_stops_at_the_first_bad_row() {
    let tmp = tempfile::tempdir().unwrap();
    batch(&fixture("bad-rows.csv"), tmp.path(), &["--fail-fast"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2 rows: 1 written"));
}

#[test]
fn print_template_is_valid_input() {
    let out = Command::cargo_bin("facerights")
        .unwrap()
        .args(["batch", "--print-template"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("photo_enclosed"));
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("template.csv");
    std::fs::write(&input, &out.stdout).unwrap();
    batch(&input, &tmp.path().join("out"), &[])
        .assert()
        .success();
    assert!(tmp.path().join("out/ngo-2026-001.txt").exists());
}

#[test]
fn merge_puts_every_letter_in_one_pdf_in_input_order() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let merged = tmp.path().join("all.pdf");
    batch(
        &fixture("excel-semicolon-bom-crlf.csv"),
        &out,
        &[
            "--format",
            "pdf",
            "--merge",
            merged.to_str().unwrap(),
            "--duplex",
        ],
    )
    .assert()
    .success()
    .stderr(predicate::str::contains("merged 3 letters"));
    let single: Vec<usize> = [
        "ngo-001.pdf",
        "dupont-jean-access-erasure.pdf",
        "eleni.txt.pdf",
    ]
    .iter()
    .map(|f| {
        lopdf::Document::load(out.join(f))
            .unwrap()
            .get_pages()
            .len()
    })
    .collect();
    let doc = lopdf::Document::load(&merged).unwrap();
    // Duplex: every letter starts on an odd page, so each one takes an even number of pages.
    let expected: usize = single.iter().map(|p| p + p % 2).sum();
    assert_eq!(doc.get_pages().len(), expected, "{single:?}");
    let text = crate::pdf::extract_text(&std::fs::read(&merged).unwrap());
    let (a, b, c) = (
        text.find("Maria Rossi").unwrap(),
        text.find("Dupont, Jean").unwrap(),
        text.find("Ελένη Παπαδοπούλου").unwrap(),
    );
    assert!(a < b && b < c, "input order");
    if let Ok(out) = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&merged)
        .output()
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    #[cfg(unix)]
    assert_eq!(crate::support::mode(&merged), 0o600);
    // The merged file is not overwritten without --force.
    batch(
        &fixture("excel-semicolon-bom-crlf.csv"),
        &out,
        &["--format", "pdf", "--merge", merged.to_str().unwrap()],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains("already exists"));
}

#[test]
fn merge_writes_what_letters_share_once() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("people.csv");
    let mut rows = String::from("name,email,jurisdiction,request\n");
    let names = [
        "Anna Conti",
        "Bruno Galli",
        "Carla Ricci",
        "Dario Greco",
        "Elisa Serra",
        "Fabio Longo",
    ];
    for (i, n) in names.iter().enumerate() {
        rows.push_str(&format!("{n},p{i}@example.org,IT,access\n"));
    }
    std::fs::write(&csv, rows).unwrap();
    let out = tmp.path().join("out");
    let merged = tmp.path().join("all.pdf");
    batch(
        &csv,
        &out,
        &["--format", "pdf", "--merge", merged.to_str().unwrap()],
    )
    .assert()
    .success();
    let singles: u64 = files(&out)
        .iter()
        .filter(|f| f.ends_with(".pdf"))
        .map(|f| std::fs::metadata(out.join(f)).unwrap().len())
        .sum();
    let merged_len = std::fs::metadata(&merged).unwrap().len();
    // Six letters share their fonts and all their fixed text: the merged file holds one copy.
    assert!(
        merged_len * 3 < singles,
        "merged {merged_len} bytes, letters {singles} bytes"
    );
    let text = crate::pdf::extract_text(&std::fs::read(&merged).unwrap());
    let at: Vec<usize> = names.iter().map(|n| text.find(n).expect(n)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "input order: {at:?}");
    let doc = lopdf::Document::load(&merged).unwrap();
    let single = lopdf::Document::load(out.join(files(&out)[0].clone())).unwrap();
    assert_eq!(doc.get_pages().len(), 6 * single.get_pages().len());
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly_and_the_manifest_says_what_was_done() {
    use sha2::Digest as _;
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("many.csv");
    // Far more rows than can be written before the signal arrives.
    let mut rows = String::from("name,email,jurisdiction,request\n");
    for i in 0..100_000 {
        rows.push_str(&format!("Person {i},p{i}@example.org,IT,access\n"));
    }
    std::fs::write(&csv, rows).unwrap();
    let out = tmp.path().join("out");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("facerights"))
        .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .env("LC_ALL", "C.UTF-8")
        .args([
            "batch",
            csv.to_str().unwrap(),
            "--out-dir",
            out.to_str().unwrap(),
        ])
        .args(["--date", crate::support::DATE])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Wait for the first letters, then interrupt.
    let started = std::time::Instant::now();
    while std::fs::read_dir(&out).map_or(0, |d| d.count()) < 50 {
        assert!(started.elapsed().as_secs() < 60, "no letters appeared");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");

    let m = manifest(&out);
    assert!(
        !m.is_empty() && m.len() < 100_000,
        "{} rows recorded",
        m.len()
    );
    // The recorded rows are the first ones, in order, without gaps.
    for (i, r) in m.iter().enumerate() {
        assert_eq!(r[0].parse::<usize>().unwrap(), i + 2);
    }
    // Every letter written is whole and listed; nothing else is in the directory.
    let mut listed = vec!["manifest.csv".to_string()];
    for r in m.iter().filter(|r| &r[8] == "written") {
        let bytes = std::fs::read(out.join(&r[6])).unwrap();
        assert_eq!(hex(&sha2::Sha256::digest(&bytes)), r[7], "{}", &r[6]);
        listed.push(r[6].to_string());
    }
    for r in m.iter().filter(|r| &r[8] != "written") {
        assert!(r[9].contains("interrupted"), "{r:?}");
    }
    listed.sort();
    assert_eq!(
        files(&out),
        listed,
        "files not in the manifest, or temporary files"
    );
}

#[cfg(unix)]
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn german_lands_and_own_objection_grounds_come_from_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("people.csv");
    std::fs::write(
        &input,
        "name,email,jurisdiction,request,language,objection_grounds,file\n\
         Anna Berg,anna@example.org,de-by,erasure,en,\"I am a journalist.\nMy sources are at risk.\",anna.txt\n\
         Ben Kurz,ben@example.org,DE,access,en,,ben.txt\n\
         Cleo Nord,cleo@example.org,DE-XX,access,en,,cleo.txt\n\
         Dana Ost,dana@example.org,DE-NW,access,en,My reasons,dana.txt\n",
    )
    .unwrap();
    let out = tmp.path().join("letters");
    let assert = batch(&input, &out, &[]).assert().failure();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("4 rows: 2 written, 0 skipped (already there), 2 failed"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 4, column jurisdiction")
            && stderr.contains("row 5, column objection_grounds"),
        "{stderr}"
    );
    // Row numbers as the spreadsheet shows them (the quoted cell spans two lines of the file).
    assert!(stderr.contains("unknown region `DE-XX`"), "{stderr}");
    assert!(
        stderr.contains("objection_grounds") && stderr.contains("access letter"),
        "{stderr}"
    );
    // Plain DE: the letter states the rule, and one note suggests the Land codes.
    assert_eq!(
        stderr.matches("names no complaint authority").count(),
        1,
        "{stderr}"
    );
    let anna = std::fs::read_to_string(out.join("anna.txt")).unwrap();
    assert!(anna.contains("Bayerisches Landesamt für Datenschutzaufsicht"));
    assert!(
        anna.contains("In my own words: “I am a journalist. My sources are at risk.”"),
        "{anna}"
    );
    let ben = std::fs::read_to_string(out.join("ben.txt")).unwrap();
    assert!(ben.contains("German Land in which I live"));
    let rows = manifest(&out);
    let jurisdictions: Vec<&str> = rows.iter().map(|r| &r[3]).collect();
    assert!(jurisdictions.contains(&"DE-BY"), "{jurisdictions:?}");
}

/// Every file in `dir` with its bytes.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

// The spreadsheet fixtures were made from `people-sheet-source.csv` (dates, numbers, formulas:
// `=TRUE()`, `=20+1`; a blank row 4) with `soffice --headless --convert-to xlsx` and `ods`;
// `people-sheet.csv` is LibreOffice's CSV of the .xlsx (`--convert-to csv`): the values as shown.

#[test]
fn spreadsheets_give_the_same_letters_as_their_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let from_csv = tmp.path().join("csv");
    batch(&fixture("people-sheet.csv"), &from_csv, &[])
        .assert()
        .code(1);
    let expected = contents(&from_csv);
    assert_eq!(
        files(&from_csv),
        ["17.txt", "18.txt", "21.txt", "manifest.csv"]
    );
    for ext in ["xlsx", "ods"] {
        let out = tmp.path().join(ext);
        batch(&fixture(&format!("people-sheet.{ext}")), &out, &[])
            .assert()
            .code(1)
            // Rows numbered as the spreadsheet shows them: the blank row 4 keeps its number.
            .stderr(
                predicate::str::contains(
                    "row 5, column jurisdiction: unknown jurisdiction code `IR`",
                )
                .and(predicate::str::contains("row 6, column email:"))
                .and(predicate::str::contains("5 rows: 3 written")),
            );
        assert_eq!(contents(&out), expected, "{ext}");
    }
    // A date cell is the letter's date; a whole number is "17" (the file name), a formula its
    // computed value ("21"); a boolean TRUE encloses the photo.
    let maria = std::fs::read_to_string(from_csv.join("17.txt")).unwrap();
    assert!(
        maria.contains("2 March 2026") && maria.contains("Enclosure:"),
        "{maria}"
    );
    let jan = std::fs::read_to_string(from_csv.join("18.txt")).unwrap();
    assert!(
        jan.contains("30 June 2026") && !jan.contains("Enclosure:"),
        "{jan}"
    );
}

#[test]
fn sheet_is_chosen_by_name_and_an_unknown_one_lists_the_sheets() {
    let tmp = tempfile::tempdir().unwrap();
    for (i, name) in ["people-sheet", "PEOPLE-SHEET"].into_iter().enumerate() {
        let out = tmp.path().join(format!("ok{i}"));
        batch(&fixture("people-sheet.ods"), &out, &["--sheet", name])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("5 rows: 3 written"));
    }
    // two-sheets.xlsx: LibreOffice's conversion of two-sheets.fods (sheets `Notes`, `People`).
    let out = tmp.path().join("first");
    batch(&fixture("two-sheets.xlsx"), &out, &[])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "row 1: unknown column `Campaign notes`",
        ));
    assert!(!out.exists());
    let out = tmp.path().join("people");
    batch(&fixture("two-sheets.xlsx"), &out, &["--sheet", "People"])
        .assert()
        .success();
    assert_eq!(files(&out), ["7.txt", "manifest.csv"]);
    let out = tmp.path().join("none");
    batch(&fixture("two-sheets.xlsx"), &out, &["--sheet", "Members"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no sheet named `Members`; its sheets: `Notes`, `People`",
        ));
    batch(&fixture("people-sheet.xlsx"), &out, &["--sheet", "Members"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no sheet named `Members`")
                .and(predicate::str::contains("its sheets: `people-sheet`")),
        );
    assert!(!out.exists());
    batch(&fixture("people-sheet.csv"), &out, &["--sheet", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--sheet: the input is not a spreadsheet",
        ));
    batch(
        &fixture("people-sheet.xlsx"),
        &out,
        &["--encoding", "windows-1252"],
    )
    .assert()
    .code(2)
    .stderr(predicate::str::contains("--encoding"));
    assert!(!out.exists());
}

#[test]
fn a_corrupt_spreadsheet_is_refused_before_writing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let whole = std::fs::read(fixture("people-sheet.xlsx")).unwrap();
    let truncated = tmp.path().join("truncated.xlsx");
    std::fs::write(&truncated, &whole[..whole.len() / 2]).unwrap();
    let text = tmp.path().join("text.ods");
    std::fs::write(
        &text,
        "name,email,jurisdiction,language,request\nA B,a@example.org,IE,en,access\n",
    )
    .unwrap();
    for (path, kind) in [(&truncated, ".xlsx"), (&text, ".ods")] {
        batch(path, &out, &[]).assert().code(2).stderr(
            predicate::str::contains("cannot be read as an")
                .and(predicate::str::contains(kind))
                .and(predicate::str::contains("nothing was processed")),
        );
        assert!(!out.exists(), "{}", path.display());
    }
    // The same file is read as CSV when --input-format says so.
    batch(&text, &out, &["--input-format", "csv"])
        .assert()
        .success();
}

#[test]
fn standard_input_is_read_like_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let from_file = tmp.path().join("file");
    batch(&fixture("people-sheet.csv"), &from_file, &[])
        .assert()
        .code(1);
    let from_stdin = tmp.path().join("stdin");
    batch(Path::new("-"), &from_stdin, &[])
        .write_stdin(std::fs::read(fixture("people-sheet.csv")).unwrap())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("row 5, column jurisdiction"));
    assert_eq!(contents(&from_stdin), contents(&from_file));

    // JSON Lines and a spreadsheet, by --input-format.
    let out = tmp.path().join("jsonl");
    batch(Path::new("-"), &out, &["--input-format", "jsonl"])
        .write_stdin(
            "{\"name\": \"Aoife Murphy\", \"email\": \"aoife@example.org\", \"jurisdiction\": \
             \"IE\", \"language\": \"en\", \"request\": \"access\", \"reference\": \"J-1\"}\n",
        )
        .assert()
        .success();
    assert_eq!(files(&out), ["j-1.txt", "manifest.csv"]);
    let out = tmp.path().join("xlsx");
    batch(Path::new("-"), &out, &["--input-format", "xlsx"])
        .write_stdin(std::fs::read(fixture("people-sheet.xlsx")).unwrap())
        .assert()
        .code(1);
    assert_eq!(contents(&out), contents(&from_file));
    // Without --input-format, a spreadsheet on standard input is recognised and refused.
    let out = tmp.path().join("zip");
    batch(Path::new("-"), &out, &[])
        .write_stdin(std::fs::read(fixture("people-sheet.ods")).unwrap())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "standard input: is not text but a zip archive",
        ));
    assert!(!out.exists());

    // --encoding applies; a wrong encoding names standard input and writes nothing.
    let mut latin1 = b"name,email,jurisdiction,language,request,reference\n".to_vec();
    latin1.extend_from_slice(b"Zo\xeb Byrne,zoe@example.org,IE,en,access,Z-1\n");
    let out = tmp.path().join("latin1");
    batch(Path::new("-"), &out, &[])
        .write_stdin(latin1.clone())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "standard input: row 2 is not valid UTF-8",
        ));
    assert!(!out.exists());
    batch(Path::new("-"), &out, &["--encoding", "windows-1252"])
        .write_stdin(latin1)
        .assert()
        .success();
    let zoe = std::fs::read_to_string(out.join("z-1.txt")).unwrap();
    assert!(zoe.starts_with("Zoë Byrne\n"), "{zoe}");

    // The row-size limit holds for standard input too, before anything is written.
    let mut long = b"name,email,jurisdiction,request\n\"".to_vec();
    long.extend(std::iter::repeat_n(b'a', 2 << 20));
    let out = tmp.path().join("long");
    batch(Path::new("-"), &out, &[])
        .write_stdin(long)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "standard input: row 2 is longer than 1 MiB",
        ));
    assert!(!out.exists());
}

#[test]
fn standard_input_is_not_taken_for_a_file_in_the_output_directory() {
    // With `-`, the checks that keep the input from being overwritten do not apply, and no
    // letter name is reserved for it.
    let tmp = tempfile::tempdir().unwrap();
    let mut c = Command::cargo_bin("facerights").unwrap();
    c.current_dir(tmp.path())
        .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .env("LC_ALL", "C.UTF-8")
        .args([
            "batch",
            "-",
            "--out-dir",
            ".",
            "--date",
            crate::support::DATE,
        ])
        .write_stdin(
            "name,email,jurisdiction,language,request,file\nA B,a@example.org,IE,en,access,-\n",
        )
        .assert()
        .success();
    assert_eq!(files(tmp.path()), ["-.txt", "manifest.csv"]);
}
