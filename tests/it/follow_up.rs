//! After the letter: deadlines, the calendar file, e-mail drafts, reminders and complaints.

use std::process::Command as StdCommand;

use assert_cmd::Command;
use facerights::data;
use facerights::request::RequestKind;

use crate::support::{composer, input, text};

fn facerights() -> Command {
    let mut c = Command::cargo_bin("facerights").unwrap();
    c.env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .env("LC_ALL", "C.UTF-8");
    c
}

const PERSON: [&str; 6] = [
    "--name",
    "Zofia Wójcik",
    "--email",
    "zofia@example.org",
    "--address",
    "ul. Długa 5",
];

fn follow_up(
    jurisdiction: &str,
    letter: &str,
    outcome: Option<&str>,
) -> facerights::request::RequestInput {
    let mut i = input(jurisdiction, letter);
    i.first_request = Some("access-erasure".into());
    // Received on Wednesday 1 April 2026: the month ends on Friday 1 May 2026.
    i.received = Some("2026-04-01".into());
    i.outcome = outcome.map(str::to_string);
    i
}

#[test]
fn reminders_and_complaints_exist_for_every_jurisdiction_in_the_authoritys_language() {
    let d = data::data().unwrap();
    let c = composer();
    for j in d.jurisdictions.iter().filter(|j| crate::support::gdpr(j)) {
        let reminder = text(&c, &follow_up(&j.code, "reminder", None));
        assert!(reminder.contains("99 Wall Street #5730"), "{}", j.code);
        assert!(reminder.contains("Alex Example"));
        if j.authority.is_empty() {
            continue; // Germany without the Land: a complaint needs the Land (tested below).
        }
        let a = d.authority(&j.authority).unwrap();
        for outcome in ["no-reply", "incomplete", "refused", "identity-demanded"] {
            let complaint = text(&c, &follow_up(&j.code, "complaint", Some(outcome)));
            // Addressed to the authority, not to Clearview; Clearview is named in the text.
            let first_lines: String = complaint.lines().take(14).collect::<Vec<_>>().join("\n");
            assert!(
                first_lines.contains(a.postal_address.lines().next().unwrap())
                    || a.postal_address_by_language
                        .values()
                        .any(|ad| first_lines.contains(ad.lines().next().unwrap())),
                "{} {outcome}: not addressed to the authority:\n{first_lines}",
                j.code
            );
            assert!(complaint.contains("99 Wall Street #5730"));
            for reference in ["9751362", "35/2022", "SAN-2022-019"] {
                if j.country != "IT" && j.country != "GR" && j.country != "FR" {
                    assert!(
                        complaint.contains(reference),
                        "{} lacks {reference}",
                        j.code
                    );
                }
            }
        }
    }
}

#[test]
fn snapshots_of_reminders_and_complaints() {
    let c = composer();
    for (code, lang) in [
        ("IE", "en"),
        ("GB", "en"),
        ("DE-BY", "de"),
        ("FR", "fr"),
        ("IT", "it"),
        ("PL", "pl"),
        ("GR", "el"),
    ] {
        let mut r = follow_up(code, "reminder", None);
        r.language = Some(lang.into());
        insta::assert_snapshot!(format!("reminder_{code}_{lang}"), text(&c, &r));
        let mut k = follow_up(code, "complaint", Some("no-reply"));
        k.language = Some(lang.into());
        k.reminded = Some("2026-05-20".into());
        insta::assert_snapshot!(format!("complaint_{code}_{lang}"), text(&c, &k));
    }
}

#[test]
fn follow_ups_state_the_computed_deadline_and_the_law() {
    let c = composer();
    let mut i = follow_up("FR", "reminder", None);
    i.language = Some("en".into());
    let fr = text(&c, &i);
    assert!(
        fr.contains("The time limit for your reply ended on 1 May 2026 or, if that day was a public holiday, on the next working day (Article 12(3) GDPR)"),
        "{fr}"
    );
    assert!(fr.contains("received by you on 1 April 2026"));
    assert!(
        fr.contains("by 15 July 2026"),
        "fourteen days after the letter of 1 July"
    );
    let gb = text(&c, &follow_up("GB", "reminder", Some("incomplete")));
    assert!(gb.contains("applicable time period for your reply ended on 1 May 2026 or, if that day was a bank holiday, on the next working day (Article 12A UK GDPR)"));
    assert!(gb.contains("complaint to you under section 164A"));
    assert!(gb.contains("Your reply is incomplete"));
    let mut k = follow_up("GB", "complaint", Some("identity-demanded"));
    k.reminded = Some("2026-05-20".into());
    let gb = text(&c, &k);
    assert!(gb.starts_with("Alex Example"));
    assert!(gb.contains("Information Commissioner's Office\nWycliffe House"));
    assert!(gb.contains("On 20 May 2026 I complained to Clearview AI, Inc. under section 164A"));
    assert!(gb.contains("Article 12(2) and Article 12(6) UK GDPR"));
    assert!(gb.contains("(section 165 of the Data Protection Act 2018)"));
    assert!(gb.contains("- Copy of my reminder of 20 May 2026"));
    // A Belgian complaint goes to the authority in its first complaint language.
    let mut be = follow_up("BE", "complaint", Some("refused"));
    be.language = None;
    let be = text(&c, &be);
    assert!(be.contains("Gegevensbeschermingsautoriteit"), "{be}");
}

#[test]
fn follow_ups_are_checked_against_the_reply_period() {
    let no_reply = |received: &str, date: &str| {
        facerights()
            .args(["generate", "--jurisdiction", "FR", "--request", "reminder"])
            .args([
                "--first-request",
                "access",
                "--received",
                received,
                "--date",
                date,
            ])
            .args(PERSON)
            .output()
            .unwrap()
    };
    // Received 4 May 2026: the period ends on Thursday 4 June; a reminder is safe from
    // Wednesday 10 June (four working days later, for up to three public holidays).
    let early = no_reply("2026-05-04", "2026-06-09");
    assert_eq!(early.status.code(), Some(2));
    let err = String::from_utf8_lossy(&early.stderr);
    assert!(
        err.contains("--date") && err.contains("2026-06-04") && err.contains("2026-06-10"),
        "{err}"
    );
    assert!(no_reply("2026-05-04", "2026-06-10").status.success());
    // After a reminder a complaint waits 14 days (UK: 30, the s. 164A acknowledgement period) from
    // its receipt, counted as a week after its date.
    let after_reminder = |cc: &str, date: &str| {
        facerights()
            .args(["generate", "--jurisdiction", cc, "--request", "complaint"])
            .args(["--first-request", "access", "--received", "2026-05-04"])
            .args([
                "--outcome",
                "no-reply",
                "--reminded",
                "2026-06-10",
                "--date",
                date,
            ])
            .args(PERSON)
            .output()
            .unwrap()
    };
    assert_eq!(after_reminder("FR", "2026-06-30").status.code(), Some(2));
    assert!(after_reminder("FR", "2026-07-01").status.success());
    let uk = after_reminder("GB", "2026-07-16");
    assert!(String::from_utf8_lossy(&uk.stderr).contains("write the complaint from 2026-07-17"));
    assert!(after_reminder("GB", "2026-07-17").status.success());
    // A refusal can be complained about at once.
    facerights()
        .args(["generate", "--jurisdiction", "FR", "--request", "complaint"])
        .args(["--first-request", "erasure", "--received", "2026-05-04"])
        .args(["--outcome", "refused", "--date", "2026-05-20"])
        .args(PERSON)
        .assert()
        .success();
    // What a follow-up needs, named.
    let missing = facerights()
        .args([
            "generate",
            "--jurisdiction",
            "FR",
            "--request",
            "complaint",
            "--date",
            "2026-07-01",
        ])
        .args(PERSON)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&missing.stderr);
    for flag in ["--first-request", "--received", "--outcome"] {
        assert!(err.contains(flag), "{flag} in {err}");
    }
    // Germany: a complaint needs the Land.
    let de = facerights()
        .args(["generate", "--jurisdiction", "DE", "--request", "complaint"])
        .args([
            "--first-request",
            "access",
            "--received",
            "2026-05-04",
            "--outcome",
            "refused",
        ])
        .args(["--date", "2026-07-01"])
        .args(PERSON)
        .output()
        .unwrap();
    assert_eq!(de.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&de.stderr).contains("give your region (DE-"));
    // Reminders are for missing or incomplete replies.
    let r = facerights()
        .args([
            "generate",
            "--jurisdiction",
            "FR",
            "--request",
            "reminder",
            "--outcome",
            "refused",
        ])
        .args([
            "--first-request",
            "access",
            "--received",
            "2026-05-04",
            "--date",
            "2026-07-01",
        ])
        .args(PERSON)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&r.stderr).contains("write a complaint"));
    // The receipt date of a request cannot precede the letter.
    let r = facerights()
        .args(["generate", "--jurisdiction", "FR", "--request", "access"])
        .args(["--received", "2026-06-30", "--date", "2026-07-01"])
        .args(PERSON)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&r.stderr)
        .contains("--received: 2026-06-30 is before the letter's date"));
}

#[test]
fn the_calendar_file_is_valid_icalendar_with_the_deadline_and_an_alarm() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("deadline.ics");
    let out = facerights()
        .args([
            "--ui-language",
            "de",
            "generate",
            "--jurisdiction",
            "DE-BY",
            "--request",
            "access",
        ])
        .args(["--date", "2026-12-30", "--received", "2027-01-04"])
        .args(PERSON)
        .arg("--calendar")
        .arg(&ics)
        .arg("-o")
        .arg(dir.path().join("brief.txt"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Received Monday 4 January 2027: the period ends Thursday 4 February 2027.
    assert!(stderr.contains("4. Februar 2027"), "{stderr}");
    // Parsed by an independent parser (the `ical` crate), not the one that wrote it.
    let file = std::io::BufReader::new(std::fs::File::open(&ics).unwrap());
    let cals: Vec<_> = ical::IcalParser::new(file)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(cals.len(), 1);
    let events = &cals[0].events;
    assert_eq!(events.len(), 1);
    let prop = |name: &str| {
        events[0]
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(prop("DTSTART"), "20270204");
    assert_eq!(
        prop("DTEND"),
        "20270205",
        "an all-day event ends the next day (exclusive)"
    );
    assert!(prop("SUMMARY").contains("Clearview"));
    assert!(
        prop("DESCRIPTION").contains("4. Januar 2027"),
        "in the person's language"
    );
    let alarm = &events[0].alarms[0];
    let trigger = alarm
        .properties
        .iter()
        .find(|p| p.name == "TRIGGER")
        .unwrap();
    assert!(
        matches!(trigger.value.as_deref(), Some("-P3D") | Some("-PT259200S")),
        "{trigger:?}"
    );
    // Owner-only, like the letter.
    #[cfg(unix)]
    assert_eq!(crate::support::mode(&ics), 0o600);
}

/// Parses an .eml with Python's standard `email` package (an independent parser) and prints
/// what the test checks, as JSON.
const PY_EMAIL: &str = r#"
import email, json, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
body = m.get_body(preferencelist=('plain',))
atts = [(a.get_content_type(), a.get_filename(), a.get_content()[:5].decode('latin-1')) for a in m.iter_attachments()]
print(json.dumps({"subject": str(m['subject']), "from": str(m['from']), "to": str(m['to'] or ''),
  "unsent": str(m['x-unsent']), "date": str(m['date']), "body": body.get_content(),
  "charset": body.get_content_charset(), "atts": atts, "defects": len(m.defects)}))
"#;

#[test]
fn the_e_mail_draft_is_valid_mime_with_the_letter_and_its_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let eml = dir.path().join("list.eml");
    facerights()
        .args([
            "generate",
            "--jurisdiction",
            "PL",
            "--request",
            "erasure",
            "--date",
            "2026-07-01",
        ])
        .args(PERSON)
        .args(["--format", "eml", "--attach-pdf", "-o"])
        .arg(&eml)
        .assert()
        .success()
        .stderr(predicates::str::contains("no recipient"));
    let out = StdCommand::new("python3")
        .arg("-c")
        .arg(PY_EMAIL)
        .arg(&eml)
        .output()
        .expect("python3 runs (it parses the e-mail independently)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text_letter = {
        let out = facerights()
            .args([
                "generate",
                "--jurisdiction",
                "PL",
                "--request",
                "erasure",
                "--date",
                "2026-07-01",
            ])
            .args(PERSON)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let subject = text_letter
        .lines()
        .find(|l| l.starts_with("Żądanie"))
        .unwrap();
    assert_eq!(v["subject"], subject, "non-ASCII subject decoded exactly");
    assert_eq!(v["from"], "Zofia Wójcik <zofia@example.org>");
    assert_eq!(v["to"], "");
    assert_eq!(v["unsent"], "1");
    assert_eq!(v["charset"], "utf-8");
    assert_eq!(v["defects"], 0);
    assert_eq!(
        v["body"].as_str().unwrap().replace("\r\n", "\n").trim_end(),
        text_letter.trim_end(),
        "the body is the text letter"
    );
    assert!(v["date"].as_str().unwrap().contains("1 Jul 2026"));
    let atts = v["atts"].as_array().unwrap();
    assert_eq!(atts.len(), 1);
    assert_eq!(atts[0][0], "application/pdf");
    assert_eq!(atts[0][2], "%PDF-");
    // A complaint draft is addressed to the authority where its e-mail address is confirmed.
    let k = dir.path().join("skarga.eml");
    facerights()
        .args([
            "generate",
            "--jurisdiction",
            "PL",
            "--request",
            "complaint",
            "--date",
            "2026-07-01",
        ])
        .args([
            "--first-request",
            "access",
            "--received",
            "2026-05-04",
            "--outcome",
            "no-reply",
        ])
        .args(PERSON)
        .args(["--format", "eml", "-o"])
        .arg(&k)
        .assert()
        .success();
    let out = StdCommand::new("python3")
        .arg("-c")
        .arg(PY_EMAIL)
        .arg(&k)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = data::data().unwrap();
    let pl = d.authority("PL").unwrap();
    match pl.email() {
        Some(e) => assert!(v["to"].as_str().unwrap().contains(e), "{v}"),
        None => assert_eq!(v["to"], ""),
    }
    assert!(v["body"].as_str().unwrap().contains("art. 77"));
}

#[test]
fn batch_writes_follow_ups_from_the_same_spreadsheet() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("people.csv");
    std::fs::write(
        &input,
        "name,email,jurisdiction,request,received,outcome,language\n\
         Anna Berg,anna@example.org,DE-BY,access,2026-05-04,no-reply,en\n\
         Ben Kurz,ben@example.org,FR,erasure,2026-05-04,refused,en\n\
         Cleo Nord,cleo@example.org,DE,access,2026-05-04,no-reply,en\n",
    )
    .unwrap();
    let out = tmp.path().join("complaints");
    let assert = facerights()
        .arg("batch")
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .args(["--follow-up", "complaint", "--date", "2026-07-01"])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(stderr.contains("3 rows: 2 written"), "{stderr}");
    assert!(
        stderr.contains("row 4, column jurisdiction") && stderr.contains("DE-"),
        "{stderr}"
    );
    let mut m = csv::Reader::from_path(out.join("manifest.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = m.records().map(|r| r.unwrap()).collect();
    let files: Vec<&str> = rows
        .iter()
        .map(|r| &r[6])
        .filter(|f| !f.is_empty())
        .collect();
    assert_eq!(files.len(), 2);
    for f in &files {
        assert!(
            f.contains("complaint"),
            "follow-ups are named apart from the requests: {f}"
        );
    }
    let anna = std::fs::read_to_string(out.join(files[0])).unwrap();
    assert!(anna.contains("Bayerisches Landesamt für Datenschutzaufsicht\nPostfach 1349"));
    assert!(anna.contains("time limit for its reply ended on 4 June 2026 or, if that day"));
    let _ = RequestKind::Access;
}

#[test]
fn the_manifest_records_each_requests_deadline_and_older_manifests_stay_ours() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("people.csv");
    std::fs::write(
        &input,
        "name,email,jurisdiction,request,received,language\n\
         Anna Berg,anna@example.org,DE-BY,access,2027-01-04,en\n\
         Ben Kurz,ben@example.org,FR,erasure,,en\n",
    )
    .unwrap();
    let out = tmp.path().join("letters");
    std::fs::create_dir(&out).unwrap();
    // A manifest from a version without the deadline column is still recognised as facerights'.
    std::fs::write(
        out.join("manifest.csv"),
        "row,reference,name,jurisdiction,language,request,file,sha256,status,error\n",
    )
    .unwrap();
    facerights()
        .arg("batch")
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .args(["--date", "2026-12-30"])
        .assert()
        .success();
    let mut m = csv::Reader::from_path(out.join("manifest.csv")).unwrap();
    assert_eq!(m.headers().unwrap().get(10), Some("deadline"));
    let rows: Vec<csv::StringRecord> = m.records().map(|r| r.unwrap()).collect();
    // Received Monday 4 January 2027: Thursday 4 February 2027. Without `received`: from the
    // letter date, Wednesday 30 December 2026 -> Saturday 30 January 2027 -> Monday 1 February.
    assert_eq!(&rows[0][10], "2027-02-04");
    assert_eq!(&rows[1][10], "2027-02-01");
}
