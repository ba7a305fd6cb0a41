//! Translators' tools: `locales check`, `locales new`, runtime locales.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn facerights() -> Command {
    let mut c = Command::cargo_bin("facerights").unwrap();
    // Keep the user's own locale directory out of the tests.
    c.env("XDG_DATA_HOME", "/nonexistent-facerights-test");
    c
}

fn builtin(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang)
}

/// Copies a built-in locale to `dir/<as_lang>/`, applying `edit` to letter.ftl.
fn copy_locale(dir: &Path, from: &str, as_lang: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let target = dir.join(as_lang);
    std::fs::create_dir_all(&target).unwrap();
    let ftl = std::fs::read_to_string(builtin(from).join("letter.ftl")).unwrap();
    std::fs::write(target.join("letter.ftl"), edit(ftl)).unwrap();
    for other in std::fs::read_dir(builtin(from)).unwrap() {
        let other = other.unwrap().path();
        let name = other.file_name().unwrap();
        if name != "letter.ftl" {
            std::fs::copy(&other, target.join(name)).unwrap();
        }
    }
    target
}

const LETTER: [&str; 11] = [
    "generate",
    "--date",
    crate::support::DATE,
    "--jurisdiction",
    "DE",
    "--request",
    "access",
    "--name",
    "Erika Mustermann",
    "--email",
    "erika@example.org",
];

#[test]
fn every_builtin_locale_passes_the_check() {
    facerights()
        .args(["locales", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 with problems"));
}

/// A change made to a copy of a locale file.
type Edit = fn(String) -> String;

#[test]
fn check_reports_each_kind_of_defect_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Edit, &str); 4] = [
        (
            "parse",
            |s| s.replacen("salutation = ", "salutation = { $broken\n", 1),
            "Fluent syntax error",
        ),
        (
            "missing",
            |s| {
                s.lines()
                    .filter(|l| !l.starts_with("closing ="))
                    .collect::<Vec<_>>()
                    .join("\n")
            },
            "message `closing` is missing",
        ),
        (
            "extra",
            |s| s + "\nextra-message = Nobody uses me\n",
            "message `extra-message` is not in the reference",
        ),
        (
            "variable",
            |s| s.replace("{ $date }", "{ $datum }"),
            "lacks { $date } and uses unknown { $datum }",
        ),
    ];
    for (name, edit, expected) in cases {
        let target = copy_locale(dir.path(), "de", name, edit);
        let out = facerights()
            .args(["locales", "check", target.to_str().unwrap()])
            .assert()
            .code(2)
            .stdout(predicate::str::contains(expected))
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        let located = format!("{}:", target.join("letter.ftl").display());
        assert!(text.contains(&located), "{name}: no file:line in\n{text}");
        if name != "missing" {
            assert!(
                regex_like_line_number(&text, &located),
                "{name}: no line number after the file name in\n{text}"
            );
        }
    }
}

fn regex_like_line_number(text: &str, prefix: &str) -> bool {
    text.lines().any(|l| {
        l.trim_start().strip_prefix(prefix).is_some_and(|rest| {
            rest.split(':')
                .next()
                .is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n > 0))
        })
    })
}

#[test]
fn check_json_is_machine_readable() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy_locale(dir.path(), "de", "de", |s| s.replace("{ $reference }", ""));
    let out = facerights()
        .args(["locales", "check", "--json", target.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = v[0]["problems"].as_array().unwrap();
    assert!(!problems.is_empty());
    assert!(problems
        .iter()
        .all(|p| p["kind"] == "variables-differ" && p["line"].as_u64().unwrap() > 0));
    assert_eq!(v[0]["complete"], false);
}

#[test]
fn new_scaffolds_an_untranslated_locale_that_letters_refuse() {
    let dir = tempfile::tempdir().unwrap();
    facerights()
        .args([
            "locales",
            "new",
            "pl",
            "--dir",
            dir.path().to_str().unwrap(),
        ])
        .assert()
        .success();
    let meta = std::fs::read_to_string(dir.path().join("pl/meta.toml")).unwrap();
    assert!(
        meta.contains("name = \"polski\"") && meta.contains("status = \"draft\""),
        "{meta}"
    );
    let ftl = std::fs::read_to_string(dir.path().join("pl/letter.ftl")).unwrap();
    assert!(ftl.contains("# UNTRANSLATED"));
    facerights()
        .args(["locales", "check", dir.path().join("pl").to_str().unwrap()])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("is still marked UNTRANSLATED"));
    let mut args = vec!["--locales-dir", dir.path().to_str().unwrap()];
    args.extend(LETTER);
    args.extend(["--language", "pl"]);
    facerights()
        .args(&args)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("not complete for letters"));
    // A second scaffold does not overwrite the translator's work.
    facerights()
        .args([
            "locales",
            "new",
            "pl",
            "--dir",
            dir.path().to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn a_changed_message_in_locales_dir_shows_in_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    copy_locale(dir.path(), "de", "de", |s| {
        s.replace(
            "salutation = Sehr geehrte Damen und Herren,",
            "salutation = Sehr geehrtes Datenschutzteam,",
        )
    });
    let mut args = vec!["--locales-dir", dir.path().to_str().unwrap()];
    args.extend(LETTER);
    facerights()
        .args(&args)
        .assert()
        .success()
        .stdout(predicate::str::contains("Sehr geehrtes Datenschutzteam,"));
    // Without the directory, the built-in text.
    facerights()
        .args(LETTER)
        .assert()
        .success()
        .stdout(predicate::str::contains("Sehr geehrte Damen und Herren,"));
}

#[test]
fn the_user_data_directory_is_searched() {
    let data = tempfile::tempdir().unwrap();
    let locales = data.path().join("facerights/locales");
    copy_locale(&locales, "en", "eo", |s| {
        s.replace(
            "salutation = Dear Sir or Madam,",
            "salutation = Dear Privacy Team,",
        )
    });
    let mut args = LETTER.to_vec();
    args.extend(["--language", "eo"]);
    Command::cargo_bin("facerights")
        .unwrap()
        .env("XDG_DATA_HOME", data.path())
        .args(&args)
        .assert()
        .success()
        .stdout(predicate::str::contains("Dear Privacy Team,"));
}

#[test]
fn draft_locales_carry_a_note() {
    facerights()
        .args(LETTER)
        .assert()
        .success()
        .stderr(predicate::str::contains("is a draft"));
    facerights()
        .args(["locales", "list"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"(?m)^de\s+Deutsch\s+draft\s+complete for letters").unwrap(),
        );
}
