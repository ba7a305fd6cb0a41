//! The command line: exit codes and messages for each class of error, and safe output.

use assert_cmd::Command;
use predicates::prelude::*;

fn facerights() -> Command {
    let mut c = Command::cargo_bin("facerights").unwrap();
    c.env_remove("LANG").env_remove("LC_ALL");
    c
}

fn generate(extra: &[&str]) -> Command {
    let mut c = facerights();
    c.args(["generate", "--date", crate::support::DATE])
        .args(extra);
    c
}

const BASE: [&str; 10] = [
    "--jurisdiction",
    "IT",
    "--request",
    "access",
    "--name",
    "Maria Rossi",
    "--address",
    "Via Roma 1",
    "--address",
    "00184 Roma",
];

#[test]
fn prints_a_letter_to_stdout() {
    generate(&BASE)
        .assert()
        .success()
        .stdout(predicate::str::contains("Maria Rossi").and(predicate::str::contains("9751362")));
}

#[test]
fn lists_every_missing_flag() {
    generate(&["--request", "access"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--jurisdiction").and(predicate::str::contains("--name")));
}

#[test]
fn unknown_jurisdiction_suggests_the_closest() {
    generate(&[
        "--jurisdiction",
        "IR",
        "--request",
        "access",
        "--name",
        "A B",
    ])
    .assert()
    .code(2)
    .stderr(
        predicate::str::contains("--jurisdiction: unknown jurisdiction code `IR`")
            .and(predicate::str::contains("IE (Ireland)")),
    );
    generate(&[
        "--jurisdiction",
        "US",
        "--request",
        "access",
        "--name",
        "A B",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains("unknown jurisdiction code `US`"));
}

#[test]
fn jurisdiction_codes_are_case_insensitive_and_uk_means_gb() {
    generate(&[
        "--jurisdiction",
        "uk",
        "--request",
        "access",
        "--name",
        "A B",
        "--email",
        "a@example.org",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("UK GDPR"));
}

#[test]
fn unknown_language_suggests_the_closest() {
    let mut args = BASE.to_vec();
    args.extend(["--language", "enn"]);
    generate(&args).assert().code(2).stderr(
        predicate::str::contains("--language: no locale `enn`")
            .and(predicate::str::contains("did you mean `en`")),
    );
}

#[test]
fn unknown_request_kind() {
    generate(&[
        "--jurisdiction",
        "IT",
        "--request",
        "delete",
        "--name",
        "A B",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "--request: unknown request `delete`",
    ));
}

#[test]
fn refuses_control_bidi_and_overlong_input_naming_the_field() {
    let cases: [(&str, &str, &str); 5] = [
        ("--name", "Maria\u{202E}issoR", "bidirectional override"),
        ("--name", "Maria\u{7}Rossi", "control character"),
        ("--address", "Via Roma 1\u{2067}", "bidirectional isolate"),
        ("--place", "Roma\u{200F}", "bidirectional mark"),
        ("--reference", "ref\u{1b}[31m", "control character"),
    ];
    for (flag, value, what) in cases {
        let mut args = vec![
            "--jurisdiction",
            "IT",
            "--request",
            "access",
            "--email",
            "m@example.org",
        ];
        if flag != "--name" {
            args.extend(["--name", "Maria Rossi"]);
        }
        args.extend([flag, value]);
        generate(&args).assert().code(2).stdout("").stderr(
            predicate::str::contains(format!("{flag}: contains"))
                .and(predicate::str::contains(what)),
        );
    }
    let long = "A".repeat(151);
    generate(&[
        "--jurisdiction",
        "IT",
        "--request",
        "access",
        "--name",
        &long,
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "--name: is 151 characters long; at most 150",
    ));
    let mut args = BASE[..6].to_vec();
    let lines: Vec<String> = (0..9).map(|i| format!("line {i}")).collect();
    for l in &lines {
        args.extend(["--address", l.as_str()]);
    }
    generate(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--address: has 9 lines"));
}

#[test]
fn needs_an_address_to_reply_to() {
    generate(&BASE[..6])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--address: give a postal address (--address) or an e-mail address (--email)",
        ));
    let mut args = BASE[..6].to_vec();
    args.extend(["--email", "maria@example.org"]);
    generate(&args)
        .assert()
        .success()
        .stdout(predicate::str::contains("maria@example.org"));
}

#[test]
fn bad_email_and_date() {
    let mut args = BASE.to_vec();
    args.extend(["--email", "maria@localhost"]);
    generate(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--email:"));
    let mut args = BASE.to_vec();
    args.extend(["--email", "not an address"]);
    generate(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--email:"));
    let mut c = facerights();
    c.args(["generate", "--date", "2026-02-30"]).args(BASE);
    c.assert().code(2).stderr(predicate::str::contains(
        "--date: `2026-02-30` is not a date",
    ));
    let mut c = facerights();
    c.args(["generate", "--date", "2024-01-01"]).args(BASE);
    c.assert()
        .code(2)
        .stderr(predicate::str::contains("newest decision"));
}

#[test]
fn all_field_errors_are_reported_at_once() {
    generate(&[
        "--jurisdiction",
        "XX",
        "--request",
        "nope",
        "--name",
        "A\u{202E}B",
        "--email",
        "x",
    ])
    .assert()
    .code(2)
    .stderr(
        predicate::str::contains("--jurisdiction:")
            .and(predicate::str::contains("--request:"))
            .and(predicate::str::contains("--name:"))
            .and(predicate::str::contains("--email:")),
    );
}

#[test]
fn writes_owner_only_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.txt");
    let out_s = out.to_str().unwrap();
    let mut args = BASE.to_vec();
    args.extend(["-o", out_s]);
    generate(&args).assert().success().stdout("");
    #[cfg(unix)]
    assert_eq!(crate::support::mode(&out), 0o600);
    std::fs::write(&out, "keep me").unwrap();
    generate(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    args.push("--force");
    generate(&args).assert().success();
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .contains("Maria Rossi"));
    #[cfg(unix)]
    assert_eq!(crate::support::mode(&out), 0o600);
    // Nothing but the letter is left in the directory (no temporary files).
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("letter.txt")]);
}

#[test]
fn missing_output_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no/such/dir/letter.txt");
    let mut args = BASE.to_vec();
    let out_s = out.to_str().unwrap().to_string();
    args.extend(["-o", &out_s]);
    generate(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
    assert!(!out.exists());
}

#[test]
fn jurisdictions_lists_all_31_and_json_parses() {
    facerights().arg("jurisdictions").assert().success().stdout(
        predicate::str::contains("IT").and(predicate::str::contains("doc. web n. 9751362")),
    );
    let out = facerights()
        .args(["jurisdictions", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 31);
    let gr = list.iter().find(|j| j["code"] == "GR").unwrap();
    assert_eq!(gr["decisions"][0]["reference"], "35/2022");
    assert_eq!(gr["aliases"][0], "EL");
}

#[test]
fn locales_list_shows_completeness() {
    facerights()
        .args(["locales", "list"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"(?m)^en\s+English\s+\w+\s+complete for letters").unwrap(),
        );
}

#[test]
fn broken_locale_is_refused_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let xx = dir.path().join("xx");
    std::fs::create_dir(&xx).unwrap();
    let en = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/locales/en/letter.ftl"
    ))
    .unwrap();
    // Line 3 of the file gets a syntax error; one message loses a variable.
    let mut lines: Vec<String> = en.lines().map(str::to_string).collect();
    lines.insert(2, "broken = { $unclosed".into());
    let broken = lines.join("\n").replace(
        "our-reference = My reference: { $reference }",
        "our-reference = My reference:",
    );
    std::fs::write(xx.join("letter.ftl"), broken).unwrap();
    std::fs::write(
        xx.join("meta.toml"),
        "name = \"Test\"\nstatus = \"draft\"\n",
    )
    .unwrap();
    let mut args = vec![
        "--locales-dir",
        dir.path().to_str().unwrap(),
        "generate",
        "--date",
        crate::support::DATE,
    ];
    args.extend(BASE);
    args.extend(["--language", "xx"]);
    facerights().args(&args).assert().code(2).stdout("").stderr(
        predicate::str::contains("letter.ftl:3:")
            .and(predicate::str::contains("our-reference"))
            .and(predicate::str::contains("{ $reference }")),
    );
}

#[test]
fn no_subcommand_without_terminal_prints_help() {
    facerights()
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage:"));
}

#[test]
fn pdf_output_from_the_extension_and_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.pdf");
    let out_s = out.to_str().unwrap().to_string();
    let mut args = BASE.to_vec();
    args.extend(["-o", &out_s]);
    generate(&args).assert().success();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    #[cfg(unix)]
    assert_eq!(crate::support::mode(&out), 0o600);
    // Same input, same bytes.
    let again = dir.path().join("again.pdf");
    let mut args2 = BASE.to_vec();
    let again_s = again.to_str().unwrap().to_string();
    args2.extend(["-o", &again_s]);
    generate(&args2).assert().success();
    assert_eq!(
        bytes,
        std::fs::read(&again).unwrap(),
        "PDF output is deterministic"
    );
    // Existing output without --force: refused, file unchanged.
    generate(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(bytes, std::fs::read(&out).unwrap());
    // A character the fonts cannot draw: refused, naming the field and the character.
    let cjk = dir.path().join("cjk.pdf");
    let cjk_s = cjk.to_str().unwrap().to_string();
    generate(&[
        "--jurisdiction",
        "IT",
        "--request",
        "access",
        "--name",
        "李小龍",
        "--email",
        "l@example.org",
        "-o",
        &cjk_s,
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains(
        "--name: contains `李` (U+674E), which the PDF fonts cannot draw",
    ));
    assert!(!cjk.exists());
    // The same name is fine as text.
    generate(&[
        "--jurisdiction",
        "IT",
        "--request",
        "access",
        "--name",
        "李小龍",
        "--email",
        "l@example.org",
    ])
    .assert()
    .success();
    // A location that cannot be written (its "directory" is a regular file; this fails for root
    // too, unlike a read-only directory): error, exit 2, nothing half-written anywhere.
    let blocker = dir.path().join("not-a-dir");
    std::fs::write(&blocker, b"x").unwrap();
    let bad = blocker.join("letter.pdf");
    let bad_s = bad.to_str().unwrap().to_string();
    let mut args3 = BASE.to_vec();
    args3.extend(["-o", &bad_s]);
    generate(&args3).assert().code(2).stdout("");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["again.pdf", "letter.pdf", "not-a-dir"],
        "no temporary file left behind"
    );
}
