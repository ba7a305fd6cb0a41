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

/// The Italian letter for a person in Italy, without `--language`: the default language is the
/// country's, so a broken `it` override must not quietly give an English letter.
const ITALIAN: [&str; 11] = [
    "generate",
    "--date",
    crate::support::DATE,
    "--jurisdiction",
    "IT",
    "--request",
    "access",
    "--name",
    "Maria Rossi",
    "--email",
    "maria@example.org",
];

/// `facerights --locales-dir DIR ARGS…`.
fn with_dir(dir: &Path, args: &[&str]) -> Command {
    let mut c = facerights();
    c.arg("--locales-dir").arg(dir).args(args);
    c
}

/// 1-based number of the first line of `path` containing `needle`.
fn line_of(path: &Path, needle: &str) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in {}", path.display()))
}

fn stderr_of(c: &mut Command) -> String {
    String::from_utf8(c.output().unwrap().stderr).unwrap()
}

#[test]
fn a_broken_override_is_an_error_naming_file_line_and_column_for_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy_locale(dir.path(), "it", "it", |s| {
        s.replacen("closing = ", "closing = { $broken\n", 1)
    });
    let ftl = target.join("letter.ftl");
    let at = format!("{}:{}:", ftl.display(), line_of(&ftl, "closing = "));
    // generate: exit 2, nothing on stdout, the file and line named.
    with_dir(dir.path(), &ITALIAN)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(&at).and(predicate::str::contains("Fluent syntax error")));
    // batch: exit 2, nothing written (not even a manifest saying `en`).
    let csv = dir.path().join("people.csv");
    std::fs::write(
        &csv,
        "name,email,jurisdiction,request\nMaria Rossi,maria@example.org,IT,access\n",
    )
    .unwrap();
    let out = dir.path().join("letters");
    with_dir(dir.path(), &["batch"])
        .arg(&csv)
        .arg("--out-dir")
        .arg(&out)
        .args(["--date", crate::support::DATE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(&at));
    assert!(!out.exists(), "batch wrote {}", out.display());
    for args in [&["jurisdictions"][..], &["locales", "list"]] {
        with_dir(dir.path(), args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(&at));
    }
    // `locales check` still reports every problem of every file.
    let meta = target.join("meta.toml");
    std::fs::write(&meta, "name = \"Italiano\"\nstatus = \"drafty\"\n").unwrap();
    with_dir(dir.path(), &["locales", "check", "it"])
        .assert()
        .code(2)
        .stdout(
            predicate::str::contains(&at)
                .and(predicate::str::contains(format!("{}:2:", meta.display()))),
        );
}

#[test]
fn check_finds_references_to_missing_messages_and_terms() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy_locale(dir.path(), "it", "it", |s| {
        s.replace(
            "salutation = Egregi Signori,",
            "salutation = { -cortesia } { saluto-iniziale },",
        )
        .replace(
            "closing = Distinti saluti",
            "closing = { salutation.formale }",
        )
    });
    let ftl = target.join("letter.ftl");
    let line = line_of(&ftl, "salutation = ");
    let out = with_dir(dir.path(), &["locales", "check", "it"])
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for (column, target) in [(16, "`-cortesia`"), (30, "`saluto-iniziale`")] {
        let expected = format!(
            "{}:{line}:{column}: `salutation` refers to {target}",
            ftl.display()
        );
        assert!(text.contains(&expected), "no `{expected}` in\n{text}");
    }
    assert!(
        text.contains("refers to `salutation.formale`: message `salutation` has no attribute"),
        "{text}"
    );
    // Such a locale writes no letters: each one would fail.
    with_dir(dir.path(), &ITALIAN)
        .args(["--language", "it"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("not complete for letters"));
}

#[test]
fn check_finds_reference_cycles_and_functions_and_term_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy_locale(dir.path(), "it", "it", |s| {
        s.replace("salutation = Egregi Signori,", "salutation = { closing }")
            .replace("closing = Distinti saluti", "closing = { salutation }")
            .replace(
                "date-only = { $date }",
                "date-only = { -data }\n-data = { $date }",
            )
            .replace(
                "place-date = { $place }, { $date }",
                "place-date = { $place }, { DATETIME($date) }",
            )
    });
    let out = with_dir(dir.path(), &["locales", "check", "--json", "it"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = v[0]["problems"].as_array().unwrap();
    let of = |kind: &str| -> Vec<&serde_json::Value> {
        problems.iter().filter(|p| p["kind"] == kind).collect()
    };
    let cycles = of("reference-cycle");
    assert_eq!(cycles.len(), 1, "one cycle, reported once: {problems:#?}");
    let ftl = target.join("letter.ftl");
    assert_eq!(cycles[0]["line"], line_of(&ftl, "salutation = ") as u64);
    assert!(cycles[0]["message"]
        .as_str()
        .unwrap()
        .contains("salutation -> closing -> salutation"));
    assert_eq!(of("unknown-function").len(), 1, "{problems:#?}");
    let term = of("term-argument-missing");
    assert_eq!(term.len(), 1, "{problems:#?}");
    assert!(term[0]["message"]
        .as_str()
        .unwrap()
        .contains("{ -data(date: $date) }"));
    assert!(problems
        .iter()
        .all(|p| p["line"].as_u64().unwrap_or(0) > 0 && p["column"].as_u64().unwrap_or(0) > 0));
}

#[test]
fn a_variable_swallowed_by_a_selector_is_found() {
    let dir = tempfile::tempdir().unwrap();
    // The issue's example: a selector on $date whose only variant is a fixed date.
    let target = copy_locale(dir.path(), "it", "it", |s| {
        s.replace(
            "date-only = { $date }",
            "date-only = { $date ->\n   *[x] 1 gennaio 1999\n }",
        )
        .replace(
            "place-date = { $place }, { $date }",
            "place-date = { $place }, { $place ->\n    [Roma] { $date }\n   *[other] oggi\n }",
        )
    });
    let ftl = target.join("letter.ftl");
    let text = String::from_utf8(
        with_dir(dir.path(), &["locales", "check", "it"])
            .assert()
            .code(2)
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    for (id, line, column) in [
        ("date-only", line_of(&ftl, "date-only ="), 15),
        // Printed in one variant only: the first place it appears is named.
        ("place-date", line_of(&ftl, "[Roma] { $date }"), 14),
    ] {
        let expected = format!(
            "{}:{line}:{column}: `{id}` does not print {{ $date }} on every path",
            ftl.display()
        );
        assert!(text.contains(&expected), "no `{expected}` in\n{text}");
    }
    assert!(text.contains("2 problems"), "{text}");
    with_dir(dir.path(), &ITALIAN)
        .args(["--language", "it"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("1 gennaio 1999").not())
        .stderr(predicate::str::contains("does not print { $date }"));
    // A variable printed in every variant, or a selector on a variable also printed, is fine.
    let ok = copy_locale(dir.path(), "it", "it", |s| {
        s.replace(
            "date-only = { $date }",
            "date-only = { $date ->\n   *[x] { $date }\n }",
        )
        .replace(
            "place-date = { $place }, { $date }",
            "place-date = { $place ->\n    [Roma] { $place }, il { $date }\n   *[other] { $place }, { $date }\n }",
        )
    });
    with_dir(ok.parent().unwrap(), &["locales", "check", "it"])
        .assert()
        .success();
}

#[test]
fn a_broken_meta_toml_is_an_error_at_its_own_path() {
    let cases: [(&str, &str, usize); 3] = [
        ("bad TOML", "name = \"Italiano\nstatus = \"draft\"\n", 1),
        (
            "unknown field",
            "name = \"Italiano\"\nstatus = \"draft\"\nlanguage = \"it\"\n",
            3,
        ),
        ("bad status", "name = \"Italiano\"\nstatus = \"final\"\n", 2),
    ];
    for (what, meta, line) in cases {
        let dir = tempfile::tempdir().unwrap();
        let target = copy_locale(dir.path(), "it", "it", |s| s);
        std::fs::write(target.join("meta.toml"), meta).unwrap();
        let at = format!("{}:{line}:", target.join("meta.toml").display());
        with_dir(dir.path(), &ITALIAN)
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::contains(&at).and(predicate::str::contains("locales/it").not()),
            );
        with_dir(dir.path(), &["locales", "check", "it"])
            .assert()
            .code(2)
            .stdout(predicate::str::contains(&at));
        let _ = what;
    }
}

#[test]
fn a_missing_meta_toml_is_a_problem_for_check_and_a_draft_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy_locale(dir.path(), "it", "it", |s| s);
    std::fs::remove_file(target.join("meta.toml")).unwrap();
    let path = target.join("meta.toml");
    with_dir(dir.path(), &["locales", "check", "it"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(format!(
            "{}: file missing",
            path.display()
        )));
    with_dir(dir.path(), &ITALIAN)
        .assert()
        .success()
        .stdout(predicate::str::contains("Egregi Signori,"))
        .stderr(predicate::str::contains(
            "the it (it) letter text is a draft",
        ));
}

#[test]
fn terminal_controls_in_a_locale_name_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let target = copy_locale(dir.path(), "it", "it", |s| s);
    std::fs::write(
        target.join("meta.toml"),
        "name = \"Ital\\u001b]0;pwned\\u0007iano\\u001b[31m\\u009b2J\\u202e\"\nstatus = \"draft\"\n",
    )
    .unwrap();
    let bad = |s: &str| {
        s.chars()
            .any(|c| c.is_control() && c != '\n' || c == '\u{202e}')
    };
    let err = stderr_of(&mut with_dir(dir.path(), &ITALIAN));
    assert!(err.contains("is a draft"), "{err}");
    assert!(!bad(&err), "{err:?}");
    for args in [&["locales", "list"][..], &["locales", "check", "it"]] {
        let out = with_dir(dir.path(), args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("Ital<U+001B>]0;pwned<U+0007>iano<U+001B>[31m<U+009B>2J<U+202E>"),
            "{args:?}: {text:?}"
        );
        assert!(!bad(&text), "{args:?}: {text:?}");
    }
}

#[test]
fn an_english_override_without_letter_ftl_is_refused_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let en = dir.path().join("en");
    std::fs::create_dir_all(&en).unwrap();
    std::fs::copy(builtin("en").join("meta.toml"), en.join("meta.toml")).unwrap();
    std::fs::copy(builtin("en").join("ui.ftl"), en.join("ui.ftl")).unwrap();
    let mut args = LETTER.to_vec();
    args.extend(["--language", "en"]);
    with_dir(dir.path(), &args)
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains(format!("{}: file missing", en.join("letter.ftl").display()))
                .and(predicate::str::contains("panicked").not()),
        );
}

/// A way to break a copied locale folder: what it is, what it does, what the error must say.
type Layout = (&'static str, fn(&Path), &'static str);

#[test]
fn no_override_layout_makes_a_panic() {
    let layouts: [Layout; 7] = [
        (
            "placeables nested 10,000 deep (the Fluent parser overflowed its stack)",
            |d| {
                let deep = format!("x = {}1{}\n", "{ ".repeat(10_000), " }".repeat(10_000));
                let mut f = std::fs::OpenOptions::new()
                    .append(true)
                    .open(d.join("letter.ftl"))
                    .unwrap();
                std::io::Write::write_all(&mut f, deep.as_bytes()).unwrap();
            },
            "nested more than 32 deep",
        ),
        (
            "empty letter.ftl",
            |d| std::fs::write(d.join("letter.ftl"), "").unwrap(),
            "is missing",
        ),
        (
            "empty meta.toml",
            |d| std::fs::write(d.join("meta.toml"), "").unwrap(),
            "meta.toml:1:1",
        ),
        (
            "folder as letter.ftl",
            |d| {
                std::fs::remove_file(d.join("letter.ftl")).unwrap();
                std::fs::create_dir(d.join("letter.ftl")).unwrap();
            },
            "is a folder where a file is expected",
        ),
        (
            "folder as meta.toml",
            |d| {
                std::fs::remove_file(d.join("meta.toml")).unwrap();
                std::fs::create_dir(d.join("meta.toml")).unwrap();
            },
            "is a folder where a file is expected",
        ),
        (
            "Latin-1 letter.ftl",
            |d| {
                std::fs::write(d.join("letter.ftl"), b"salutation = Egregi Signori \xe0\n").unwrap()
            },
            "letter.ftl:1:29: is not valid UTF-8",
        ),
        (
            "huge letter.ftl",
            |d| {
                let mut f = std::fs::OpenOptions::new()
                    .append(true)
                    .open(d.join("letter.ftl"))
                    .unwrap();
                std::io::Write::write_all(&mut f, "# padding\n".repeat(110_000).as_bytes())
                    .unwrap();
            },
            "a locale file may have at most 1048576 bytes",
        ),
    ];
    for (what, make, expected) in layouts {
        let dir = tempfile::tempdir().unwrap();
        let target = copy_locale(dir.path(), "it", "it", |s| s);
        make(&target);
        for args in [&ITALIAN[..], &["locales", "list"]] {
            let mut args = args.to_vec();
            if args[0] == "generate" {
                args.extend(["--language", "it"]);
            }
            let out = with_dir(dir.path(), &args).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            if what == "empty letter.ftl" && args[0] == "locales" {
                // An empty file parses: the locale is listed, incomplete for letters.
                assert_eq!(out.status.code(), Some(0), "{what}: {err}");
                continue;
            }
            assert_eq!(out.status.code(), Some(2), "{what} {args:?}: {err}");
            assert!(
                err.contains(expected),
                "{what} {args:?}: no `{expected}` in {err}"
            );
            assert!(!err.contains("panicked"), "{what}: {err}");
        }
    }
}

#[test]
fn check_finds_duplicates_and_messages_too_big_to_format_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    // Each `l<n>` refers three times to `l<n-1>`: 3^25 placeables; a chain of 3,000 references.
    let mut laughs = String::from("l0 = lol\n");
    for i in 1..=25 {
        laughs.push_str(&format!(
            "l{i} = {{ l{p} }}{{ l{p} }}{{ l{p} }}\n",
            p = i - 1
        ));
    }
    let mut chain = String::from("m0 = x\n");
    for i in 1..3000 {
        chain.push_str(&format!("m{i} = {{ m{} }}\n", i - 1));
    }
    let target = copy_locale(dir.path(), "it", "it", |s| {
        s.replace(
            "salutation = Egregi Signori,",
            &format!("salutation = {{ l25 }}\n{laughs}"),
        )
        .replace(
            "closing = Distinti saluti",
            &format!("closing = {{ m2999 }}\n{chain}closing = Distinti saluti"),
        )
    });
    let ftl = target.join("letter.ftl");
    let out = with_dir(dir.path(), &["locales", "check", "--json", "it"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let problems = v[0]["problems"].as_array().unwrap();
    let find = |kind: &str, id: &str| {
        problems
            .iter()
            .find(|p| p["kind"] == kind && p["message_id"] == id)
            .unwrap_or_else(|| panic!("no {kind} for {id}"))
    };
    assert_eq!(
        find("too-many-placeables", "salutation")["line"],
        line_of(&ftl, "salutation =") as u64
    );
    find("too-many-placeables", "closing");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let second = text
        .lines()
        .position(|l| l == "closing = Distinti saluti")
        .unwrap()
        + 1;
    assert_eq!(find("duplicate-id", "closing")["line"], second as u64);
}
