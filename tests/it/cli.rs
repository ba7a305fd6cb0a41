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
    .stderr(
        predicate::str::contains("`US` is covered by region")
            .and(predicate::str::contains("US-IL (Illinois)")),
    );
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
    // 31 GDPR jurisdictions, and Australia, Canada, Switzerland, Illinois, California; the
    // Canadian provinces and German Länder as regions.
    assert_eq!(list.iter().filter(|j| j["parent"].is_null()).count(), 36);
    let lands: Vec<&serde_json::Value> = list.iter().filter(|j| j["parent"] == "DE").collect();
    assert_eq!(lands.len(), 16);
    let by = lands.iter().find(|j| j["code"] == "DE-BY").unwrap();
    assert_eq!(by["authority"]["acronym"], "BayLDA");
    let de = list.iter().find(|j| j["code"] == "DE").unwrap();
    assert!(de["authority"].is_null() && de["authority_rule"] == "land-of-residence");
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

/// The invisible and format characters issue #10 lists, as inclusive ranges.
const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{200C}', '\u{200D}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{206A}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

#[test]
fn every_invisible_character_is_refused_in_every_text_field() {
    use facerights::error::Error;
    use facerights::request::{Context, Field};
    let composer = crate::support::composer();
    let ctx = Context {
        data: facerights::data::data().unwrap(),
        catalog: composer.catalog(),
        today: crate::support::today(),
        format: None,
    };
    let mut checked = 0;
    for &(first, last) in INVISIBLE {
        for c in first..=last {
            let code = format!("U+{:04X}", u32::from(c));
            for field in ["--name", "--address", "--place", "--reference", "--email"] {
                let mut input = crate::support::input("IT", "access");
                let bad = |s: &str| format!("{}{c}{}", &s[..2], &s[2..]);
                match field {
                    "--name" => input.name = Some(bad("Maria Rossi")),
                    "--address" => input.address[0] = bad("Via Roma 1"),
                    "--place" => input.place = Some(bad("Roma")),
                    "--reference" => input.reference = Some(bad("REF-1")),
                    _ => input.email = Some(bad("maria@example.org")),
                }
                match input.validate(&ctx, Field::flag) {
                    Err(Error::Invalid(errors)) => {
                        assert_eq!(errors.len(), 1, "{code} in {field}: {errors:?}");
                        assert_eq!(errors[0].field, field, "{code}");
                        assert!(
                            errors[0]
                                .problem
                                .contains(&format!("({code}) at character 3")),
                            "{code} in {field}: {}",
                            errors[0].problem
                        );
                    }
                    other => panic!("{code} in {field} passes: {other:?}"),
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 5 * (1 + 1 + 2 + 5 + 6 + 1 + 1 + 3 + 16 + 1 + 96));
}

#[test]
fn invisible_characters_are_refused_by_name_on_the_command_line() {
    let cases = [
        ("--name", "Maria\u{AD}Rossi", "a soft hyphen (U+00AD)"),
        (
            "--name",
            "Maria\u{200D}Rossi",
            "a zero-width joiner (U+200D)",
        ),
        ("--place", "Roma\u{FE0F}", "a variation selector (U+FE0F)"),
        (
            "--address",
            "Via Roma 1\u{E0041}",
            "a tag character (U+E0041)",
        ),
        ("--name", "\u{3164}Maria", "a Hangul filler (U+3164)"),
        (
            "--reference",
            "ref\u{2061}1",
            "an invisible mathematical operator (U+2061)",
        ),
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
        generate(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!("{flag}: contains {what}")));
    }
    // Where input is quoted back, a refused character shows as its code point.
    generate(&[
        "--jurisdiction",
        "IT",
        "--request",
        "acc\u{200B}ess",
        "--name",
        "A B",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains("unknown request `acc<U+200B>ess`"));
}

#[cfg(unix)]
/// `generate` to a PDF with `--font FONT`, run under a 1 GiB address-space limit so that a font
/// that makes loading allocate without bound fails the test instead of the machine.
fn generate_pdf_with_font(
    font: &std::path::Path,
    out: &std::path::Path,
) -> assert_cmd::assert::Assert {
    let bin = assert_cmd::cargo::cargo_bin("facerights");
    let mut c = Command::new("sh");
    c.env_remove("LANG")
        .env_remove("LC_ALL")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$@\"");
    c.arg("sh")
        .arg(bin)
        .args(["generate", "--date", crate::support::DATE]);
    c.args(BASE).arg("--font").arg(font).arg("-o").arg(out);
    c.timeout(std::time::Duration::from_secs(60));
    let started = std::time::Instant::now();
    let assert = c.assert();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "--font {}: {:?}",
        font.display(),
        started.elapsed()
    );
    assert
}

#[cfg(unix)]
#[test]
fn font_files_are_read_within_a_limit() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.pdf");
    // A device that never ends: refused after reading one byte past the limit.
    generate_pdf_with_font(std::path::Path::new("/dev/zero"), &out)
        .code(2)
        .stderr(predicate::str::contains(
            "--font: the font file /dev/zero is larger than 64 MiB; at most 64 MiB are read",
        ));
    // A 1 GB file: refused from its size, without reading it (the file is sparse).
    let huge = dir.path().join("huge.ttf");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    generate_pdf_with_font(&huge, &out)
        .code(2)
        .stderr(predicate::str::contains(
            "is 1024.0 MiB; at most 64 MiB are read",
        ));
    // A directory.
    generate_pdf_with_font(dir.path(), &out)
        .code(2)
        .stderr(predicate::str::contains("it is a directory"));
    assert!(!out.exists());
}

#[cfg(unix)]
#[test]
fn a_font_whose_cmap_claims_billions_of_characters_loads_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = std::fs::read("fonts/DejaVuSansCondensed.ttf").unwrap();
    // The format 12 subtable (Windows, full repertoire): its first group's end code gets a high
    // byte of 0xFF, so the group claims some 4 billion code points.
    let be16 = |b: &[u8], at: usize| usize::from(u16::from_be_bytes([b[at], b[at + 1]]));
    let be32 = |b: &[u8], at: usize| u32::from_be_bytes(b[at..at + 4].try_into().unwrap()) as usize;
    let record = (0..be16(&bytes, 4))
        .map(|i| 12 + 16 * i)
        .find(|&at| &bytes[at..at + 4] == b"cmap")
        .unwrap();
    let cmap = be32(&bytes, record + 8);
    let format12 = (0..be16(&bytes, cmap + 2))
        .map(|i| cmap + be32(&bytes, cmap + 4 + 8 * i + 4))
        .find(|&at| be16(&bytes, at) == 12)
        .unwrap();
    bytes[format12 + 16 + 4] = 0xFF;
    let font = dir.path().join("damaged.ttf");
    std::fs::write(&font, &bytes).unwrap();
    let out = dir.path().join("letter.pdf");
    generate_pdf_with_font(&font, &out).success();
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn right_to_left_and_shaped_scripts_are_refused_in_pdf_but_written_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.pdf");
    let out_s = out.to_str().unwrap().to_string();
    // DejaVu Sans (fonts-dejavu-core) has Hebrew and Arabic glyphs: refused with it too.
    let dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    let mut fonts = vec![None];
    if std::path::Path::new(dejavu).exists() {
        fonts.push(Some(dejavu));
    } else {
        eprintln!("{dejavu} not installed; checked without --font only");
    }
    let cases = [
        (
            "--name",
            "שרה כהן",
            "`ש` (U+05E9), Hebrew script, written right to left",
        ),
        (
            "--name",
            "أحمد علي",
            "`أ` (U+0623), Arabic script, written right to left",
        ),
        (
            "--address",
            "شارع ١٢",
            "`ش` (U+0634), Arabic script, written right to left",
        ),
        (
            "--place",
            "देवी",
            "`द` (U+0926), Devanagari script, whose letters must be joined or reordered",
        ),
        (
            "--name",
            "สมชาย",
            "`ส` (U+0E2A), Thai script, whose letters must be joined or reordered",
        ),
    ];
    for font in &fonts {
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
            args.extend([flag, value, "-o", &out_s]);
            if let Some(f) = font {
                args.extend(["--font", f]);
            }
            generate(&args).assert().code(2).stderr(
                predicate::str::contains(format!("{flag}: contains {what}")).and(
                    predicate::str::contains("use the text format (--format text)"),
                ),
            );
            assert!(!out.exists(), "{value}");
            // As text, the same input is a letter with the name in it.
            let text_args: Vec<&str> =
                args[..args.len() - 2 - if font.is_some() { 2 } else { 0 }].to_vec();
            generate(&text_args)
                .assert()
                .success()
                .stdout(predicate::str::contains(value));
        }
    }
}

#[test]
fn notes_follow_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let run = |env_lang: Option<&str>, flag: Option<&str>| {
        let mut c = assert_cmd::Command::cargo_bin("facerights").unwrap();
        c.env("XDG_DATA_HOME", "/nonexistent-facerights-test")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        if let Some(l) = env_lang {
            c.env("LANG", l);
        }
        if let Some(f) = flag {
            c.args(["--ui-language", f]);
        }
        c.args([
            "generate",
            "--jurisdiction",
            "IT",
            "--request",
            "access",
            "--name",
            "Maria Rossi",
            "--address",
            "Via Roma 1",
        ])
        .current_dir(dir.path());
        let out = c.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    // The Italian letter's draft note, in the interface language, not always in English.
    assert!(run(None, None).contains("is a draft"));
    let de = run(Some("de_DE.UTF-8"), None);
    assert!(de.contains("Entwurf"), "{de}");
    let fr = run(Some("de_DE.UTF-8"), Some("fr"));
    assert!(fr.contains("brouillon"), "{fr}");
    let mut bad = assert_cmd::Command::cargo_bin("facerights").unwrap();
    bad.args(["--ui-language", "xx", "jurisdictions"])
        .assert()
        .code(2);
}

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = facerights().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["generate", "batch", "out-dir", "jurisdiction"] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
    }
}

#[test]
fn completions_for_an_unknown_shell_are_a_usage_error() {
    facerights()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bash"));
}

#[test]
#[cfg(unix)]
fn bash_accepts_the_bash_completion_script() {
    let script = facerights()
        .args(["completions", "bash"])
        .output()
        .unwrap()
        .stdout;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("facerights.bash");
    std::fs::write(&path, script).unwrap();
    match std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "bash -n: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => eprintln!("bash not found ({e}); skipped"),
    }
}

#[test]
fn man_page_is_roff_with_every_subcommand_and_its_flags() {
    let out = facerights().arg("man").output().unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(
        page.starts_with(".ie") || page.starts_with(".TH"),
        "{page:.200}"
    );
    assert!(page.contains(".TH facerights 1"));
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH \"FACERIGHTS GENERATE\"",
        ".SH \"FACERIGHTS BATCH\"",
        ".SH \"FACERIGHTS LOCALES CHECK\"",
    ] {
        assert!(page.contains(section), "no {section}");
    }
    // roff escapes hyphens in flags.
    for flag in [
        "\\-\\-jurisdiction",
        "\\-\\-out\\-dir",
        "\\-\\-input\\-format",
        "\\-\\-ui\\-language",
    ] {
        assert!(page.contains(flag), "no {flag}");
    }
}
