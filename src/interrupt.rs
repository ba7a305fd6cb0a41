//! Interruptions (Ctrl-C, SIGTERM, SIGHUP; Ctrl-C and closing the console on Windows) and the
//! temporary files they must not leave behind.
//!
//! Every temporary file facerights creates holds a person's data (a letter, the manifest, the
//! merged PDF). They are created through [`TempFile`], which registers the file for the whole of
//! its life. One signal handler, installed once per process, either stops at once (removing every
//! registered file first) or, while a batch runs, only raises a flag so the batch can finish the
//! letters in progress and write its manifest; a second signal then stops at once, cleanly too.
//! What no handler can catch (SIGKILL, a power cut) leaves files named
//! `.facerights-<pid>-<random>.tmp`; [`remove_stale`] deletes those of processes that are gone
//! the next time facerights writes into the same directory.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use crate::error::{Error, ExitCode};

/// The start of every temporary file name facerights gives, followed by the process id.
pub const TEMP_PREFIX: &str = ".facerights-";
/// The end of every temporary file name facerights gives.
pub const TEMP_SUFFIX: &str = ".tmp";

/// What a signal does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Remove the temporary files and exit with 130 (generate, the wizard).
    Immediate = 0,
    /// Raise the flag; the second signal acts as [`Mode::Immediate`] (batch).
    Graceful = 1,
}

static MODE: AtomicU8 = AtomicU8::new(Mode::Immediate as u8);
static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
/// Temporary files alive now. Created and removed under this lock, so that the handler, which
/// takes it and never gives it back, cannot miss a file being created at that moment.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Said on the terminal when a graceful stop begins.
static GRACEFUL_NOTE: Mutex<String> = Mutex::new(String::new());

fn temps() -> MutexGuard<'static, Vec<PathBuf>> {
    // A panic while holding the lock cannot leave the list inconsistent (push/retain).
    TEMPS.lock().unwrap_or_else(|e| e.into_inner())
}

/// Installs the handler (once per process) in `mode`, and returns the flag a graceful stop
/// raises. Installing again only changes the mode.
pub fn install(mode: Mode) -> Arc<AtomicBool> {
    MODE.store(mode as u8, Ordering::SeqCst);
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        let raised = flag.clone();
        // Fails only if another handler is installed (none is: this is the one place).
        let _ = ctrlc::set_handler(move || {
            let graceful = MODE.load(Ordering::SeqCst) == Mode::Graceful as u8;
            if graceful && !raised.swap(true, Ordering::SeqCst) {
                let note = GRACEFUL_NOTE.lock().unwrap_or_else(|e| e.into_inner());
                if !note.is_empty() {
                    eprintln!("\n{note}");
                }
                return;
            }
            stop_now();
        });
        flag
    })
    .clone()
}

/// Sets what a graceful stop says on the terminal.
pub fn set_graceful_note(note: String) {
    *GRACEFUL_NOTE.lock().unwrap_or_else(|e| e.into_inner()) = note;
}

/// Removes every registered temporary file, restores the terminal's cursor and exits with 130.
/// Holds the registry's lock until the process is gone, so no file can be created meanwhile.
fn stop_now() -> ! {
    let list = temps();
    for path in list.iter() {
        let _ = std::fs::remove_file(path);
    }
    let term = console::Term::stderr();
    let _ = term.show_cursor();
    let _ = term.write_line("");
    std::process::exit(ExitCode::Interrupted as i32);
}

/// A temporary file in a given directory, mode 0600 on Unix, named
/// `.facerights-<pid>-<random>.tmp`, registered until it is persisted or dropped (then removed).
#[derive(Debug)]
pub struct TempFile {
    file: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

impl TempFile {
    /// Creates the file in `dir`; errors name `target`, the file it is meant to become.
    pub fn new_in(dir: &Path, target: &Path) -> Result<TempFile, Error> {
        let mut list = temps();
        let file = tempfile::Builder::new()
            .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
            .suffix(TEMP_SUFFIX)
            .tempfile_in(dir)
            .map_err(|source| Error::Io {
                path: target.to_path_buf(),
                source,
            })?;
        let path = file.path().to_path_buf();
        list.push(path.clone());
        Ok(TempFile {
            file: Some(file),
            path,
        })
    }

    pub fn as_file(&self) -> &std::fs::File {
        self.named().as_file()
    }

    pub fn as_file_mut(&mut self) -> &mut std::fs::File {
        self.file
            .as_mut()
            .expect("a TempFile holds its file until persisted")
            .as_file_mut()
    }

    fn named(&self) -> &tempfile::NamedTempFile {
        self.file
            .as_ref()
            .expect("a TempFile holds its file until persisted")
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Gives the file to `f` (a rename into place); it is unregistered whatever the outcome
    /// (on failure `f` gets to drop, and so remove, the file).
    pub fn persist_with<T>(mut self, f: impl FnOnce(tempfile::NamedTempFile) -> T) -> T {
        let file = self
            .file
            .take()
            .expect("a TempFile holds its file until persisted");
        f(file)
    }
}

impl std::io::Write for TempFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.as_file_mut().write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.as_file_mut().write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.as_file_mut().flush()
    }
}

impl std::io::Seek for TempFile {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        self.as_file_mut().seek(pos)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let mut list = temps();
        // Dropping the NamedTempFile removes the file (unless persisted), under the lock.
        drop(self.file.take());
        list.retain(|p| p != &self.path);
    }
}

/// The process id in a temporary file name of ours, if `name` is one.
fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (pid, random) = rest.split_once('-')?;
    if random.is_empty() {
        return None;
    }
    pid.parse().ok()
}

/// Whether the process `pid` still runs (so its temporary files are in use).
#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    // Permission denied means it exists (another user's process).
    !matches!(
        rustix::process::test_kill_process(pid),
        Err(rustix::io::Errno::SRCH)
    )
}

/// Without a cheap way to ask, a file is taken as stale once it is a day old (no facerights
/// run keeps a temporary file that long without writing to it).
#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// Removes temporary files that an earlier facerights run left in `dir` when it was killed:
/// regular files named `.facerights-<pid>-<random>.tmp` whose process is gone (on Unix) or that
/// nobody wrote to for a day. Returns how many were removed; never fails the run.
pub fn remove_stale(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let me = std::process::id();
    let day = std::time::Duration::from_secs(24 * 3600);
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(temp_owner) else {
            continue;
        };
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        if !meta.file_type().is_file() || pid == me {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > day);
        if (old || !process_alive(pid)) && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// [`remove_stale`] with a note on the terminal when it removed anything.
pub fn clean_dir(dir: &Path) {
    let n = remove_stale(dir);
    if n > 0 {
        let plural = if n == 1 { "" } else { "s" };
        eprintln!(
            "removed {n} temporary file{plural} left in {} by an interrupted facerights run",
            crate::printable::quoted_path(dir)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_carry_the_process_id() {
        assert_eq!(temp_owner(".facerights-123-abcDEF.tmp"), Some(123));
        assert_eq!(temp_owner(".facerights-123-.tmp"), None);
        assert_eq!(temp_owner(".facerights-abc.tmp"), None);
        assert_eq!(temp_owner("facerights-123-abc.tmp"), None);
        assert_eq!(temp_owner(".facerights-123-abc.txt"), None);
    }

    #[test]
    fn temp_files_are_registered_while_alive_and_removed_when_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let t = TempFile::new_in(dir.path(), &dir.path().join("x")).expect("creates");
        let path = t.path().to_path_buf();
        assert!(path.exists());
        assert!(temp_owner(&path.file_name().unwrap().to_string_lossy()).is_some());
        assert!(temps().contains(&path));
        drop(t);
        assert!(!path.exists());
        assert!(!temps().contains(&path));
    }

    #[cfg(unix)]
    #[test]
    fn stale_files_of_dead_processes_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        // A process that has exited: its pid is free (until reused, which is unlikely here).
        let mut child = std::process::Command::new("true").spawn().expect("spawns");
        let dead = child.id();
        child.wait().expect("waits");
        let stale = dir.path().join(format!(".facerights-{dead}-abc.tmp"));
        let live = dir
            .path()
            .join(format!(".facerights-{}-abc.tmp", std::process::id()));
        let foreign = dir.path().join(format!(".facerights-{dead}-abc.txt"));
        for p in [&stale, &live, &foreign] {
            std::fs::write(p, b"x").expect("writes");
        }
        assert_eq!(remove_stale(dir.path()), 1);
        assert!(!stale.exists());
        assert!(live.exists());
        assert!(foreign.exists());
    }
}
