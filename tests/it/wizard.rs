//! The interactive wizard, driven through a real pseudo-terminal, and the behaviour without one.

#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;
#[cfg(unix)]
use std::path::Path;
#[cfg(unix)]
use std::process::Command as StdCommand;

use assert_cmd::Command;
use predicates::prelude::*;
#[cfg(unix)]
use rexpect::session::{spawn_command, PtySession};

#[cfg(unix)]
const ENTER: &str = "\r";
#[cfg(unix)]
const TIMEOUT_MS: u64 = 20_000;

#[cfg(unix)]
fn start(dir: &Path, lang: &str, args: &[&str]) -> PtySession {
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("facerights"));
    cmd.args(args)
        .current_dir(dir)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("TERM", "xterm")
        .env("XDG_DATA_HOME", dir.join("no-user-locales"));
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn the wizard in a pseudo-terminal")
}

#[cfg(unix)]
fn answer(p: &mut PtySession, prompt: &str, text: &str) {
    p.exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for `{prompt}`: {e}"));
    p.send(text).unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
}

#[cfg(unix)]
fn only_file(dir: &Path) -> std::path::PathBuf {
    let files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].clone()
}

#[cfg(unix)]
#[test]
fn full_run_in_english_writes_an_italian_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(dir.path(), "en_GB.UTF-8", &[]);
    answer(&mut p, "Language of these questions", "");
    // A new request is the first choice.
    answer(&mut p, "What do you want to do?", "");
    answer(&mut p, "Where do you live?", "ital");
    p.exp_string("Italy (IT)").unwrap();
    answer(&mut p, "Language of the letter", "");
    answer(&mut p, "Which letter?", "");
    // An invalid answer is re-asked with the reason.
    answer(&mut p, "Your full name", "Maria\u{202E}Rossi");
    p.exp_string("bidirectional override").unwrap();
    answer(&mut p, "Your full name", "Maria Rossi");
    answer(&mut p, "Your e-mail address", "maria@example.org");
    answer(&mut p, "line 1", "Via Roma 1");
    answer(&mut p, "line 2", "00184 Roma");
    answer(&mut p, "line 3", "");
    answer(&mut p, "Where you sign", "Roma");
    answer(&mut p, "Will you enclose a photo", "n");
    // An access-erasure letter objects: the person may add their own grounds.
    answer(&mut p, "Your own reasons", "I am a journalist");
    // PDF is the first choice.
    answer(&mut p, "Output format", "");
    answer(&mut p, "Save the letter as", "");
    p.exp_string("The letter begins").unwrap();
    answer(&mut p, "Write the letter?", "y");
    p.exp_string("What to do next").unwrap();
    p.exp_string("Garante per la protezione dei dati personali")
        .unwrap();
    answer(&mut p, "Save the deadline as a calendar file", "n");
    p.exp_eof().unwrap();
    let file = only_file(dir.path());
    let file_name = file.file_name().unwrap().to_string_lossy().to_string();
    assert!(file_name.starts_with("clearview-access-erasure-") && file_name.ends_with(".pdf"));
    let pdf = std::fs::read(&file).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = crate::pdf::extract_text(&pdf);
    assert!(
        text.contains("Maria Rossi") && text.contains("9751362"),
        "{text}"
    );
    assert!(text.contains("Egregi Signori"), "the letter is in Italian");
    assert!(
        text.contains("I am a journalist"),
        "the person's own grounds"
    );
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[cfg(unix)]
#[test]
fn full_run_in_german_with_prefilled_flags() {
    let dir = tempfile::tempdir().unwrap();
    // --jurisdiction and --request come from flags; the wizard asks only for the rest.
    let mut p = start(
        dir.path(),
        "de_AT.UTF-8",
        &[
            "generate",
            "--jurisdiction",
            "GR",
            "--request",
            "access",
            "-o",
            "brief.txt",
        ],
    );
    answer(&mut p, "Sprache dieser Fragen", "");
    answer(&mut p, "Sprache des Briefs", "");
    // rexpect reads the terminal byte by byte as Latin-1: expect ASCII parts of prompts only.
    answer(&mut p, "Ihr vollst", "Eleni Papadopoulou");
    answer(&mut p, "Ihre E-Mail-Adresse", "");
    // Neither postal nor e-mail address: the shared validation says why and asks again.
    answer(&mut p, "Postanschrift, Zeile 1", "");
    p.exp_string("Clearview must be able to reply").unwrap();
    answer(&mut p, "Postanschrift, Zeile 1", "Odos Athinas 5");
    answer(&mut p, "Postanschrift, Zeile 2", "");
    answer(&mut p, "Ort der Unterschrift", "");
    answer(&mut p, "Legen Sie ein Foto", "j");
    // Down to "Text" (the second choice).
    p.exp_string("Ausgabeformat").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Brief speichern unter", "");
    answer(&mut p, "Brief schreiben?", "j");
    p.exp_string("Wie es weitergeht").unwrap();
    answer(&mut p, "(.ics)", "n");
    p.exp_eof().unwrap();
    let letter = std::fs::read_to_string(dir.path().join("brief.txt")).unwrap();
    assert!(
        letter.contains("35/2022") && letter.contains("13 Ιουλίου 2022"),
        "a Greek letter for Greece"
    );
    assert!(letter.contains("Eleni Papadopoulou"));
    // "j" (ja) answered the German yes/no question: the photo is enclosed.
    let el_photo = "Φωτογραφία του προσώπου μου";
    assert!(
        letter.contains(el_photo),
        "the photo enclosure line, after `j`"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_file_and_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(
        dir.path(),
        "en_GB.UTF-8",
        &["generate", "--jurisdiction", "FR", "--request", "erasure"],
    );
    answer(&mut p, "Language of these questions", "");
    answer(&mut p, "Language of the letter", "");
    p.exp_string("Your full name").unwrap();
    p.send("Jean Dup").unwrap();
    p.flush().unwrap();
    p.send_control('c').unwrap();
    match p.process.wait().unwrap() {
        rexpect::process::wait::WaitStatus::Exited(_, code) => assert_eq!(code, 130),
        other => panic!("unexpected end: {other:?}"),
    }
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .collect();
    assert!(files.is_empty(), "{files:?}");
}

#[test]
fn without_a_terminal_generate_lists_every_missing_flag() {
    Command::cargo_bin("facerights")
        .unwrap()
        .args(["generate", "--request", "access"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing required flags: --jurisdiction, --name",
        ));
}

#[test]
fn without_a_terminal_plain_facerights_prints_help() {
    Command::cargo_bin("facerights")
        .unwrap()
        .write_stdin("")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Usage: facerights"));
}

#[cfg(unix)]
#[test]
fn choosing_pdf_re_asks_a_name_the_fonts_cannot_draw() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(
        dir.path(),
        "en_GB.UTF-8",
        &["generate", "--jurisdiction", "IE", "--request", "access"],
    );
    answer(&mut p, "Language of these questions", "");
    answer(&mut p, "Language of the letter", "");
    // Fine for a text letter, so accepted here...
    answer(&mut p, "Your full name", "李小龍");
    answer(&mut p, "Your e-mail address", "li@example.org");
    answer(&mut p, "line 1", "");
    answer(&mut p, "Where you sign", "");
    answer(&mut p, "Will you enclose a photo", "n");
    // ...but PDF (the first choice) cannot draw it: the wizard says why and asks again.
    answer(&mut p, "Output format", "");
    p.exp_string("which the PDF fonts cannot draw").unwrap();
    answer(&mut p, "Your full name", "Li Xiaolong");
    answer(&mut p, "Save the letter as", "");
    answer(&mut p, "Write the letter?", "y");
    p.exp_string("What to do next").unwrap();
    answer(&mut p, "Save the deadline as a calendar file", "n");
    p.exp_eof().unwrap();
    let pdf = std::fs::read(only_file(dir.path())).unwrap();
    assert!(crate::pdf::extract_text(&pdf).contains("Li Xiaolong"));
}

#[cfg(unix)]
#[test]
fn germany_asks_for_the_land_and_names_its_authority() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(dir.path(), "en_GB.UTF-8", &["generate", "-o", "letter.txt"]);
    answer(&mut p, "Language of these questions", "");
    answer(&mut p, "What do you want to do?", "");
    answer(&mut p, "Where do you live?", "germ");
    p.exp_string("Germany (DE)").unwrap();
    // Baden-Württemberg is first; one down is Bayern (DE-BY).
    p.exp_string("In which German Land").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Language of the letter", "");
    answer(&mut p, "Which letter?", "");
    answer(&mut p, "Your full name", "Erika Mustermann");
    answer(&mut p, "Your e-mail address", "erika@example.org");
    answer(&mut p, "line 1", "");
    answer(&mut p, "Where you sign", "");
    answer(&mut p, "Will you enclose a photo", "y");
    // The photo warning: metadata and other people.
    p.exp_string("remove its metadata").unwrap();
    answer(&mut p, "Your own reasons", "");
    // Down to "Text" (the second choice).
    p.exp_string("Output format").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Save the letter as", "");
    answer(&mut p, "Write the letter?", "y");
    p.exp_string("What to do next").unwrap();
    p.exp_string("Bayerisches Landesamt").unwrap();
    // The deadline as a calendar file.
    answer(&mut p, "Save the deadline as a calendar file", "y");
    answer(&mut p, "Save the calendar file as", "");
    p.exp_string(".ics").unwrap();
    p.exp_eof().unwrap();
    let ics: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ics"))
        .collect();
    assert_eq!(ics.len(), 1, "{ics:?}");
    assert!(std::fs::read_to_string(&ics[0])
        .unwrap()
        .contains("BEGIN:VEVENT"));
    let letter = std::fs::read_to_string(dir.path().join("letter.txt")).unwrap();
    assert!(
        letter.contains("Bayerisches Landesamt für Datenschutzaufsicht"),
        "{letter}"
    );
    assert!(
        !letter.contains("Ludwig-Erhard-Straße"),
        "not Hamburg's authority"
    );
}

#[cfg(unix)]
#[test]
fn a_reminder_asks_only_what_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(
        dir.path(),
        "en_GB.UTF-8",
        &["generate", "-o", "reminder.txt"],
    );
    answer(&mut p, "Language of these questions", "");
    // Down to "Remind Clearview".
    p.exp_string("What do you want to do?").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Where do you live?", "ireland");
    answer(&mut p, "Language of the letter", "");
    answer(&mut p, "Which request did you send?", "");
    // Not a date: asked again with the reason.
    answer(&mut p, "When did Clearview receive it?", "yesterday");
    p.exp_string("is not a date").unwrap();
    answer(&mut p, "When did Clearview receive it?", "2026-09-01");
    answer(&mut p, "What did Clearview do?", "");
    answer(&mut p, "Your full name", "Aoife Byrne");
    answer(&mut p, "Your e-mail address", "aoife@example.org");
    answer(&mut p, "line 1", "");
    answer(&mut p, "Where you sign", "");
    // No photo and no objection question in a reminder.
    p.exp_string("Output format").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Save the letter as", "");
    answer(&mut p, "Write the letter?", "y");
    p.exp_string("What to do next").unwrap();
    p.exp_eof().unwrap();
    let letter = std::fs::read_to_string(dir.path().join("reminder.txt")).unwrap();
    assert!(
        letter.contains("Reminder: my request for access under Article 15 GDPR"),
        "{letter}"
    );
    assert!(letter.contains("received by you on 1 September 2026"));
    assert!(letter.contains("ended on 1 October 2026"));
}

#[cfg(unix)]
#[test]
fn canada_asks_the_province_and_offers_only_the_letters_its_law_has() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = start(dir.path(), "en_GB.UTF-8", &["generate", "-o", "letter.txt"]);
    answer(&mut p, "Language of these questions", "");
    // Down twice to "Complain", which British Columbia's law has no letter for.
    p.exp_string("What do you want to do?").unwrap();
    p.send("\x1b[B").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Where do you live?", "canada");
    p.exp_string("Canada (CA)").unwrap();
    // British Columbia is first; the federal law is offered for the other provinces.
    p.exp_string("In which province or territory").unwrap();
    p.exp_string("Another province or territory").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    // No complaint letter under BC PIPA: the task is asked again among the ones it has.
    p.exp_string("has no such letter").unwrap();
    answer(&mut p, "What do you want to do?", "");
    answer(&mut p, "Language of the letter", "");
    // The kinds without GDPR article numbers.
    p.exp_string("Which letter?").unwrap();
    p.exp_string("Access, then deletion").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Your full name", "Alex Tremblay");
    answer(&mut p, "Your e-mail address", "alex@example.org");
    answer(&mut p, "line 1", "");
    answer(&mut p, "Where you sign", "");
    answer(&mut p, "Will you enclose a photo", "n");
    // No objection question outside the GDPR: straight to the format.
    p.exp_string("Output format").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(ENTER).unwrap();
    p.flush().unwrap();
    answer(&mut p, "Save the letter as", "");
    answer(&mut p, "Write the letter?", "y");
    p.exp_string("What to do next").unwrap();
    p.exp_string("to review it").unwrap();
    answer(&mut p, "Save the deadline as a calendar file", "n");
    p.exp_eof().unwrap();
    let letter = std::fs::read_to_string(dir.path().join("letter.txt")).unwrap();
    assert!(letter.contains("Order P21-08"), "{letter}");
    assert!(letter.contains("2026 BCCA 67"), "{letter}");
    assert!(!letter.contains("GDPR"), "{letter}");
}
