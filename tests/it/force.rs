//! `--force` replaces regular files only: a device, FIFO, socket, directory or symbolic link in
//! the way is refused, named in the message, and left as it was (`generate -o` and batch letters;
//! the `--merge` target and the manifest are checked in `safety`).

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

const LETTER: [&str; 12] = [
    "generate",
    "--jurisdiction",
    "IT",
    "--request",
    "access",
    "--name",
    "Maria Rossi",
    "--address",
    "Via Roma 1",
    "--date",
    crate::support::DATE,
    "--force",
];

fn generate_over(path: &Path) -> assert_cmd::assert::Assert {
    Command::cargo_bin("facerights")
        .unwrap()
        .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
        .args(LETTER)
        .arg("-o")
        .arg(path)
        // A FIFO opened for reading would block: never wait for ever.
        .timeout(Duration::from_secs(60))
        .assert()
}

#[test]
fn generate_force_refuses_a_directory_on_every_system() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("dir.txt");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("inside"), "mine").unwrap();
    generate_over(&dir)
        .code(2)
        .stderr(predicate::str::contains("dir.txt").and(predicate::str::contains("a directory")));
    assert!(dir.symlink_metadata().unwrap().is_dir());
    assert_eq!(std::fs::read_to_string(dir.join("inside")).unwrap(), "mine");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("runs mkfifo");
    assert!(ok.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn generate_force_refuses_a_fifo_and_symbolic_links_and_leaves_them_alone() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("fifo.txt");
    mkfifo(&fifo);
    generate_over(&fifo)
        .code(2)
        .stderr(predicate::str::contains("fifo.txt").and(predicate::str::contains("a FIFO")));
    assert!(fifo.symlink_metadata().unwrap().file_type().is_fifo());

    // A link to a regular file is refused too (replacing the link would surprise whoever made
    // it, writing through it would write where the user did not say), and so is a dangling one.
    let target = tmp.path().join("target.txt");
    std::fs::write(&target, "mine").unwrap();
    for (name, to) in [
        ("link.txt", &target),
        ("dangling.txt", &tmp.path().join("no")),
    ] {
        let link = tmp.path().join(name);
        std::os::unix::fs::symlink(to, &link).unwrap();
        generate_over(&link).code(2).stderr(
            predicate::str::contains(name).and(predicate::str::contains("a symbolic link")),
        );
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(&std::fs::read_link(&link).unwrap(), to);
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
    assert!(!tmp.path().join("no").exists());

    // A regular file is replaced, as before.
    let file = tmp.path().join("file.txt");
    std::fs::write(&file, "old").unwrap();
    generate_over(&file).success();
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("Maria Rossi"));
    // Nothing but what the test made is left behind: no temporary file.
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "dangling.txt",
            "fifo.txt",
            "file.txt",
            "link.txt",
            "target.txt"
        ]
    );
}

/// A character device made for the test (as root only: mknod needs it), so that the check
/// can be seen failing without risking the system's /dev/null.
#[cfg(unix)]
#[test]
fn generate_force_refuses_a_device_node() {
    use std::os::unix::fs::FileTypeExt;
    if !is_root() {
        eprintln!("skipped: creating a device node needs root");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dev = tmp.path().join("null");
    let made = std::process::Command::new("mknod")
        .arg(&dev)
        .args(["c", "1", "3"])
        .status()
        .expect("runs mknod");
    if !made.success() {
        eprintln!("skipped: mknod is not allowed here");
        return;
    }
    generate_over(&dev).code(2).stderr(
        predicate::str::contains("null").and(predicate::str::contains("a character device")),
    );
    assert!(dev.symlink_metadata().unwrap().file_type().is_char_device());
}

/// The case: as root, `-o /dev/null --force` used to replace /dev/null with a letter.
#[cfg(unix)]
#[test]
fn generate_force_over_dev_null_as_root_leaves_it_a_character_device() {
    use std::os::unix::fs::FileTypeExt;
    let null = Path::new("/dev/null");
    generate_over(null).code(2);
    let still = null
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_char_device());
    if !still && is_root() {
        // Put the system back before failing: mode 0666, major 1, minor 3 on Linux.
        let _ = std::fs::remove_file(null);
        let _ = std::process::Command::new("mknod")
            .args(["-m", "666", "/dev/null", "c", "1", "3"])
            .status();
    }
    assert!(still, "/dev/null was replaced");
}

#[cfg(unix)]
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

/// Batch letters: an entry the manifest lists as facerights' own letter, replaced since by
/// something that is not a regular file, is refused with `--force` (the row fails, naming the
/// file) and left alone; a re-run never blocks on a FIFO.
#[cfg(unix)]
#[test]
fn batch_force_replaces_only_regular_files() {
    use std::os::unix::fs::FileTypeExt;
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("people.csv");
    std::fs::write(&input, "name,email,jurisdiction,request,file\nMaria Rossi,m@example.org,IT,access,a\nLuca Bianchi,l@example.org,IT,access,b\nAnna Verdi,a@example.org,IT,access,c\n").unwrap();
    let out = tmp.path().join("out");
    let run = |extra: &[&str]| {
        Command::cargo_bin("facerights")
            .unwrap()
            .env("XDG_DATA_HOME", "/nonexistent-facerights-test")
            .arg("batch")
            .arg(&input)
            .arg("--out-dir")
            .arg(&out)
            .args(["--date", crate::support::DATE])
            .args(extra)
            .timeout(Duration::from_secs(60))
            .assert()
    };
    run(&[]).success();
    let target = tmp.path().join("elsewhere.txt");
    std::fs::write(&target, "mine").unwrap();
    std::fs::remove_file(out.join("a.txt")).unwrap();
    mkfifo(&out.join("a.txt"));
    std::fs::remove_file(out.join("b.txt")).unwrap();
    std::fs::create_dir(out.join("b.txt")).unwrap();
    std::fs::remove_file(out.join("c.txt")).unwrap();
    std::os::unix::fs::symlink(&target, out.join("c.txt")).unwrap();

    let assert = run(&["--force"]).code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for (name, kind) in [
        ("a.txt", "a FIFO"),
        ("b.txt", "a directory"),
        ("c.txt", "a symbolic link"),
    ] {
        assert!(
            stderr.contains(name) && stderr.contains(kind),
            "{name}: {stderr}"
        );
    }
    assert!(out
        .join("a.txt")
        .symlink_metadata()
        .unwrap()
        .file_type()
        .is_fifo());
    assert!(out.join("b.txt").symlink_metadata().unwrap().is_dir());
    assert!(out
        .join("c.txt")
        .symlink_metadata()
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
}
