//! What an NGO gives us is never lost or turned against it: the input and files facerights did
//! not write are never replaced, no temporary file outlives a run, exit codes tell the truth,
//! hostile cells cannot reach a terminal or run as formulas, and absurd input is refused with
//! bounded memory.

use std::path::{Path, PathBuf};
#[cfg(unix)]
#[cfg(unix)]
use std::process::Stdio;

use assert_cmd::Command;
use predicates::prelude::*;

#[cfg(unix)]
fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("facerights")
}

fn cmd() -> Command {
    let mut c = Command::cargo_bin("facerights").unwrap();
    c.env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        // Notes in English whatever the machine's language.
        .env("LC_ALL", "C.UTF-8");
    c
}

fn batch(input: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut c = cmd();
    c.arg("batch")
        .arg(input)
        .arg("--out-dir")
        .arg(out)
        .args(["--date", crate::support::DATE])
        .args(extra);
    c
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().to_string())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[cfg(unix)]
fn temp_files(dir: &Path) -> Vec<String> {
    files(dir)
        .into_iter()
        .filter(|f| f.ends_with(".tmp"))
        .collect()
}

fn manifest(out: &Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(out.join("manifest.csv")).unwrap();
    r.records().map(|r| r.unwrap()).collect()
}

/// `rows` valid rows (Italy, access), enough to keep a run busy for a while when large.
fn people(dir: &Path, rows: usize) -> PathBuf {
    let path = dir.join("people.csv");
    let mut text = String::from("name,email,jurisdiction,request\n");
    for i in 0..rows {
        text.push_str(&format!("Person {i},p{i}@example.org,IT,access\n"));
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn template() -> Vec<u8> {
    cmd()
        .args(["batch", "--print-template"])
        .output()
        .unwrap()
        .stdout
}

#[test]
fn the_input_is_never_replaced_by_the_manifest() {
    let tmp = tempfile::tempdir().unwrap();
    let ngo = tmp.path().join("ngo");
    std::fs::create_dir(&ngo).unwrap();
    let input = ngo.join("manifest.csv");
    std::fs::write(&input, template()).unwrap();
    for extra in [&[][..], &["--force"]] {
        batch(&input, &ngo, extra)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is the input file"));
        assert_eq!(std::fs::read(&input).unwrap(), template());
        assert_eq!(files(&ngo), ["manifest.csv"]);
    }
}

#[test]
fn a_manifest_facerights_did_not_write_is_never_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("people.csv");
    std::fs::write(&input, template()).unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("manifest.csv"), "our own list\n").unwrap();
    for extra in [&[][..], &["--force"]] {
        batch(&input, &out, extra)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(
                "is not a manifest written by facerights",
            ));
        assert_eq!(
            std::fs::read_to_string(out.join("manifest.csv")).unwrap(),
            "our own list\n"
        );
        assert_eq!(files(&out), ["manifest.csv"]);
    }
}

#[test]
fn force_replaces_only_letters_facerights_wrote() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("people.csv");
    std::fs::write(&input, template()).unwrap();
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // A file of the user's with the name the template's row gets.
    std::fs::write(out.join("ngo-2026-001.txt"), "mine").unwrap();
    batch(&input, &out, &["--force"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("facerights did not write it"));
    assert_eq!(
        std::fs::read_to_string(out.join("ngo-2026-001.txt")).unwrap(),
        "mine"
    );
    // Once facerights wrote it (and the manifest says so), --force may replace it.
    std::fs::remove_file(out.join("ngo-2026-001.txt")).unwrap();
    batch(&input, &out, &[]).assert().success();
    std::fs::write(out.join("ngo-2026-001.txt"), "edited").unwrap();
    // Without --force it is kept, and stays known as facerights' own for the next run.
    batch(&input, &out, &[])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("use --force to replace it"));
    assert_eq!(&manifest(&out)[0][8], "kept-different");
    batch(&input, &out, &["--force"]).assert().success();
    assert!(std::fs::read_to_string(out.join("ngo-2026-001.txt"))
        .unwrap()
        .contains("Maria Rossi"));
}

/// Starts a batch of many rows, waits for its first letters and sends it `signal`.
#[cfg(unix)]
fn interrupted_batch(dir: &Path, signal: &str, extra: &[&str]) -> (std::process::Output, PathBuf) {
    let input = people(dir, 100_000);
    let out = dir.join("out");
    let child = std::process::Command::new(bin())
        .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .env("LC_ALL", "C.UTF-8")
        .arg("batch")
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .args(["--date", crate::support::DATE])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while files(&out).len() < 50 {
        assert!(started.elapsed().as_secs() < 120, "no letters appeared");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    (child.wait_with_output().unwrap(), out)
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_stop_a_batch_like_ctrl_c() {
    for signal in ["TERM", "HUP"] {
        let tmp = tempfile::tempdir().unwrap();
        let merged = tmp.path().join("all.pdf");
        let (output, out) = interrupted_batch(
            tmp.path(),
            signal,
            &["--format", "pdf", "--merge", merged.to_str().unwrap()],
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(130), "{signal}: {stderr}");
        // The manifest lists every letter, no temporary file is left, and no partial merged
        // file stands under the final name.
        let m = manifest(&out);
        let mut listed: Vec<String> = m
            .iter()
            .filter(|r| &r[8] == "written")
            .map(|r| r[6].to_string())
            .collect();
        listed.push("manifest.csv".into());
        listed.sort();
        assert_eq!(files(&out), listed, "{signal}");
        assert!(temp_files(tmp.path()).is_empty(), "{signal}");
        assert!(!merged.exists(), "{signal}: {stderr}");
        assert!(stderr.contains("merged PDF"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_killed_batch_leaves_temporary_files_that_the_next_run_removes_and_merge_resumes() {
    let tmp = tempfile::tempdir().unwrap();
    let merged = tmp.path().join("all.pdf");
    let merge_args = ["--format", "pdf", "--merge", merged.to_str().unwrap()];
    let (output, out) = interrupted_batch(tmp.path(), "KILL", &merge_args);
    assert_eq!(output.status.code(), None, "killed by a signal");
    // What SIGKILL leaves: the manifest's and the merged file's temporary files.
    assert!(!temp_files(&out).is_empty());
    assert!(!temp_files(tmp.path()).is_empty());
    // The next run, on fewer rows, finishes the job and removes them.
    let input = people(tmp.path(), 60);
    batch(&input, &out, &merge_args)
        .assert()
        .success()
        .stderr(predicate::str::contains("removed"))
        .stderr(predicate::str::contains("merged 60 letters"));
    assert!(temp_files(&out).is_empty());
    assert!(temp_files(tmp.path()).is_empty());
    assert!(merged.exists());
}

#[cfg(unix)]
#[test]
fn signals_during_generate_never_leave_a_temporary_file_or_a_partial_letter() {
    let tmp = tempfile::tempdir().unwrap();
    let letter = tmp.path().join("letter.pdf");
    // Signals at many moments of a run, the write included; each run either wrote the whole
    // letter or nothing, and never leaves a temporary file.
    for (i, signal) in ["INT", "TERM", "HUP"].iter().cycle().take(24).enumerate() {
        let _ = std::fs::remove_file(&letter);
        let mut child = std::process::Command::new(bin())
            .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
            .args([
                "generate",
                "--jurisdiction",
                "IT",
                "--request",
                "access",
                "--name",
                "Maria Rossi",
                "--address",
                "Via Roma 1",
                "-o",
            ])
            .arg(&letter)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5 * i as u64));
        let _ = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status();
        let status = child.wait().unwrap();
        assert!(temp_files(tmp.path()).is_empty(), "run {i} ({signal})");
        match status.code() {
            Some(0) => {
                let bytes = std::fs::read(&letter).unwrap();
                assert!(bytes.starts_with(b"%PDF-") && bytes.ends_with(b"%%EOF\n"));
            }
            Some(130) | None => {
                if let Ok(bytes) = std::fs::read(&letter) {
                    assert!(bytes.ends_with(b"%%EOF\n"), "run {i}: a partial letter");
                }
            }
            other => panic!("run {i} ({signal}): exit {other:?}"),
        }
    }
}

#[test]
fn an_existing_merge_target_is_refused_before_any_letter_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let input = people(tmp.path(), 3);
    let out = tmp.path().join("out");
    let merged = tmp.path().join("all.pdf");
    std::fs::write(&merged, "not ours").unwrap();
    let args = ["--format", "pdf", "--merge", merged.to_str().unwrap()];
    batch(&input, &out, &args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert!(files(&out).is_empty());
    // --force does not replace a file facerights did not write either.
    let forced = [&args[..], &["--force"]].concat();
    batch(&input, &out, &forced)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "not a merged PDF written by facerights",
        ));
    assert!(files(&out).is_empty());
    assert_eq!(std::fs::read_to_string(&merged).unwrap(), "not ours");
    // Its own merged file it replaces with --force.
    std::fs::remove_file(&merged).unwrap();
    batch(&input, &out, &args).assert().success();
    batch(&input, &out, &forced)
        .assert()
        .success()
        .stderr(predicate::str::contains("merged 3 letters"));
}

#[test]
fn a_file_that_is_not_utf8_is_refused_before_anything_is_written_and_encoding_reads_it() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("excel.csv");
    // Excel's "CSV" on Windows in Western Europe: windows-1252, semicolons, CRLF.
    let mut bytes = b"name;email;jurisdiction;request\r\n".to_vec();
    for i in 0..70 {
        bytes.extend_from_slice(format!("Person {i};p{i}@example.org;IT;access\r\n").as_bytes());
    }
    bytes.extend_from_slice(b"Fran\xE7ois M\xFCller;fm@example.org;FR;access\r\n");
    std::fs::write(&input, &bytes).unwrap();
    let out = tmp.path().join("out");
    batch(&input, &out, &[])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("row 72 is not valid UTF-8"))
        .stderr(predicate::str::contains("--encoding windows-1252"))
        .stderr(predicate::str::contains("CSV UTF-8"));
    assert!(files(&out).is_empty());
    batch(&input, &out, &["--encoding", "windows-1252"])
        .assert()
        .success();
    let m = manifest(&out);
    assert_eq!(m.len(), 71);
    let francois = std::fs::read_to_string(out.join(&m[70][6])).unwrap();
    assert!(francois.contains("François Müller"), "{francois}");
    // A wrong --encoding that cannot decode the bytes is refused, naming the row.
    let out2 = tmp.path().join("out2");
    batch(&input, &out2, &["--encoding", "shift_jis"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("row 72"));
    batch(&input, &out2, &["--encoding", "klingon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown encoding"));
    assert!(files(&out2).is_empty());
}

#[test]
fn utf16_with_a_byte_order_mark_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("unicode.txt");
    // Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated.
    let text =
        "name\temail\tjurisdiction\trequest\r\nΕλένη Παπαδοπούλου\te@example.org\tGR\taccess\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&input, bytes).unwrap();
    let out = tmp.path().join("out");
    batch(&input, &out, &["--input-format", "csv"])
        .assert()
        .success();
    assert_eq!(&manifest(&out)[0][2], "Ελένη Παπαδοπούλου");
}

#[test]
fn manifest_cells_never_run_as_formulas_nor_carry_escapes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("hostile.csv");
    std::fs::write(
        &input,
        "name,email,jurisdiction,request,reference\n\
         =HYPERLINK(\"http://evil.example\"),a@example.org,IT,access,+1\n\
         -Maria,b@example.org,XX\u{1b}]8;;http://evil.example\u{7},access,@SUM(A1)\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let assert = batch(&input, &out, &[]).assert().code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).to_string();
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    let raw = std::fs::read_to_string(out.join("manifest.csv")).unwrap();
    assert!(!raw.contains('\u{1b}') && !raw.contains('\u{7}'), "{raw:?}");
    let m = manifest(&out);
    for cell in m
        .iter()
        .flat_map(|r| r.iter().map(str::to_string).collect::<Vec<_>>())
    {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a cell a spreadsheet would run: {cell:?}"
        );
    }
    assert_eq!(&m[0][2], "'=HYPERLINK(\"http://evil.example\")");
    assert_eq!(&m[0][1], "'+1");
    assert_eq!(&m[1][1], "'@SUM(A1)");
    assert_eq!(&m[1][2], "'-Maria");
    assert!(m[1][3].starts_with("XX<U+001B>]8;;"), "{}", &m[1][3]);
}

#[test]
fn unknown_columns_and_keys_are_shown_printable() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("h.csv");
    std::fs::write(&input, "name,juris\u{1b}[2Jdiction,request\nA,IT,access\n").unwrap();
    batch(&input, &tmp.path().join("o"), &[])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("juris<U+001B>[2Jdiction"))
        .stderr(predicate::str::contains("\u{1b}").not());
    let jsonl = tmp.path().join("k.jsonl");
    std::fs::write(
        &jsonl,
        "{\"name\":\"A\",\"jurisdiction\":\"IT\",\"request\":\"access\",\"e\\u009bmail\":\"x\"}\n",
    )
    .unwrap();
    batch(&jsonl, &tmp.path().join("o2"), &[])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("e<U+009B>mail"))
        .stderr(predicate::str::contains("\u{9b}").not());
}

#[test]
fn duplicate_jsonl_keys_are_an_error_not_last_wins() {
    let tmp = tempfile::tempdir().unwrap();
    let jsonl = tmp.path().join("d.jsonl");
    std::fs::write(
        &jsonl,
        "{\"name\":\"A\",\"email\":\"a@example.org\",\"jurisdiction\":\"IT\",\"request\":\"access\",\"Name\":\"B\"}\n\
         {\"name\":\"C\",\"email\":\"c@example.org\",\"jurisdiction\":\"IT\",\"request\":\"access\"}\n",
    )
    .unwrap();
    let out = tmp.path().join("o");
    batch(&jsonl, &out, &[])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "row 1: key `name` appears twice (once as `Name`)",
        ));
    let m = manifest(&out);
    assert_eq!((&m[0][8], &m[1][8]), ("error", "written"));
}

#[cfg(unix)]
#[test]
fn absurd_input_is_refused_with_bounded_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.csv");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        writeln!(f, "name,email,jurisdiction,request").unwrap();
        let chunk = vec![b'A'; 1 << 20];
        for _ in 0..300 {
            f.write_all(&chunk).unwrap();
        }
        writeln!(f, ",a@example.org,IT,access").unwrap();
    }
    // Under a 1 GiB address-space limit, reading without bounds would abort (300 MB cell, then
    // copies of it); bounded reading refuses the file cleanly.
    for input in [big.to_str().unwrap(), "/dev/zero"] {
        let out = tmp.path().join("out");
        let script = format!(
            "ulimit -v 1048576; exec \"$0\" batch \"{input}\" --out-dir \"{}\"",
            out.display()
        );
        let output = std::process::Command::new("sh")
            .args(["-c", &script, bin().to_str().unwrap()])
            .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{input}: {stderr}");
        assert!(stderr.contains("is longer than 1 MiB"), "{stderr}");
        assert!(files(&out).is_empty());
    }
}

#[test]
fn bad_global_options_are_usage_errors_before_any_row() {
    let tmp = tempfile::tempdir().unwrap();
    let input = people(tmp.path(), 3);
    let out = tmp.path().join("out");
    cmd()
        .arg("batch")
        .arg(&input)
        .arg("--out-dir")
        .arg(&out)
        .args(["--date", "2026-13-45"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--date"));
    assert!(!out.exists());
    batch(&input, &out, &["--jobs", "100000"]).assert().code(2);
    batch(&input, &out, &["--jobs", "0"]).assert().code(2);
    // A large but valid number is capped at the cores, not one thread per request.
    batch(&input, &out, &["--jobs", "60000"]).assert().success();
}

/// A full disk: the run stops, the exit code says letters were written (1, not 2), and the
/// manifest lists exactly the letters left on disk. Needs root and mount namespaces (CI has
/// both); elsewhere it says so and checks nothing.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_stops_the_run_and_the_manifest_lists_every_letter_left() {
    let unshare_works = std::process::Command::new("unshare")
        .args(["-m", "true"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !unshare_works {
        eprintln!("skipped: needs root and `unshare -m` (CI runs it)");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let input = people(tmp.path(), 5_000);
    let mnt = tmp.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    let script = format!(
        "mount -t tmpfs -o size=1m tmpfs '{m}' && \"$0\" batch '{i}' --out-dir '{m}/out' --date {d}; \
         echo \"exit=$?\"; ls -a '{m}/out'; echo ---; cat '{m}/out/manifest.csv'",
        m = mnt.display(),
        i = input.display(),
        d = crate::support::DATE
    );
    let output = std::process::Command::new("unshare")
        .args(["-m", "sh", "-c", &script, bin().to_str().unwrap()])
        .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stdout.contains("exit=1"), "{stdout}\n{stderr}");
    assert!(
        stderr.contains("disk is full") || stderr.contains("No space"),
        "{stderr}"
    );
    let (listing, manifest) = stdout.split_once("---\n").unwrap();
    let on_disk: std::collections::BTreeSet<&str> = listing
        .lines()
        .skip(1)
        .filter(|l| !matches!(*l, "." | ".." | "manifest.csv"))
        .collect();
    assert!(!on_disk.is_empty(), "some letters fit");
    assert!(!on_disk.iter().any(|f| f.ends_with(".tmp")), "{on_disk:?}");
    let mut r = csv::Reader::from_reader(manifest.as_bytes());
    let written: std::collections::BTreeSet<String> = r
        .records()
        .map(|r| r.unwrap())
        .filter(|r| &r[8] == "written")
        .map(|r| r[6].to_string())
        .collect();
    let on_disk: std::collections::BTreeSet<String> =
        on_disk.into_iter().map(str::to_string).collect();
    assert_eq!(written, on_disk);
}
