//! Writing personal data safely: only where asked, atomically (temporary file in the same
//! directory, then rename), owner-only permissions, and never over an existing file unless the
//! user said `--force`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Where the output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Stdout,
    File(PathBuf),
}

impl Target {
    pub fn from_arg(arg: Option<&Path>) -> Target {
        match arg {
            None => Target::Stdout,
            Some(p) if p.as_os_str() == "-" => Target::Stdout,
            Some(p) => Target::File(p.to_path_buf()),
        }
    }
}

/// What happened when writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    Replaced,
    Stdout,
}

/// Writes `bytes` to `target`. A broken pipe on stdout is not an error (the reader went away).
pub fn write(target: &Target, bytes: &[u8], force: bool) -> Result<Written, Error> {
    match target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(Written::Stdout),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Written::Stdout),
                Err(e) => Err(Error::Io {
                    path: PathBuf::from("<stdout>"),
                    source: e,
                }),
            }
        }
        Target::File(path) => write_file(path, bytes, force),
    }
}

/// Writes a file atomically with mode 0600. Without `force`, an existing file is never replaced,
/// even if it appears between the check and the rename. The data reach the disk before the rename.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<Written, Error> {
    if let Some(dir) = path.parent() {
        crate::interrupt::clean_dir(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        });
    }
    write_file_with(path, bytes, force, true)
}

/// Like [`write_file`]; with `durable = false` the file is not flushed to disk before the rename
/// (still atomic: readers see the old state or the whole new file). Batch mode writes thousands of
/// files this way and flushes the directory once at the end ([`sync_dir`]).
pub fn write_file_with(
    path: &Path,
    bytes: &[u8],
    force: bool,
    durable: bool,
) -> Result<Written, Error> {
    let io = |source: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str().is_empty() {
        return Err(Error::Usage("the output path is empty".into()));
    }
    let existed = path.symlink_metadata().is_ok();
    if existed && !force {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{}: is a directory; give a file name",
            path.display()
        )));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "{}: the directory {} does not exist",
            path.display(),
            dir.display()
        )));
    }
    // Mode 0600 on Unix; removed if anything below fails, and by the signal handler.
    let mut tmp = crate::interrupt::TempFile::new_in(&dir, path)?;
    tmp.write_all(bytes).map_err(io)?;
    if durable {
        tmp.as_file().sync_all().map_err(io)?;
    }
    persist(tmp, path, force)?;
    Ok(if existed && force {
        Written::Replaced
    } else {
        Written::Created
    })
}

/// Moves a finished temporary file into place: replacing an existing file only with `force`,
/// otherwise failing with [`Error::Exists`] even if the file appears at the last moment.
pub fn persist(tmp: crate::interrupt::TempFile, path: &Path, force: bool) -> Result<(), Error> {
    let result = tmp.persist_with(|tmp| {
        if force {
            tmp.persist(path)
        } else {
            tmp.persist_noclobber(path)
        }
    });
    result.map(|_| ()).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Exists {
                path: path.to_path_buf(),
            }
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source: e.error,
            }
        }
    })
}

/// Flushes a directory's files and entries to disk (after many non-durable writes): one
/// `syncfs` of the file system holding it, instead of one fsync per file.
pub fn sync_dir(dir: &Path) -> Result<(), Error> {
    let io = |source: std::io::Error| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let d = std::fs::File::open(dir).map_err(io)?;
    rustix::fs::syncfs(&d).map_err(|e| io(e.into()))?;
    d.sync_all().map_err(io)
}

/// A directory that many files are created in by name (batch mode's output directory), held
/// open so each file costs a handful of system calls.
pub struct Dir {
    path: PathBuf,
    fd: std::os::fd::OwnedFd,
    /// Whether the file system takes unnamed temporary files (`O_TMPFILE`); cleared at the first
    /// refusal, after which files go the portable way.
    unnamed: std::sync::atomic::AtomicBool,
}

impl Dir {
    pub fn open(path: &Path) -> Result<Dir, Error> {
        use rustix::fs::{Mode, OFlags};
        let fd = rustix::fs::open(
            path,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e.into(),
        })?;
        Ok(Dir {
            path: path.to_path_buf(),
            fd,
            unnamed: std::sync::atomic::AtomicBool::new(cfg!(target_os = "linux")),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether an entry `name` exists (any kind, a symbolic link not followed).
    pub fn contains(&self, name: &str) -> bool {
        rustix::fs::statat(&self.fd, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).is_ok()
    }

    /// Creates the file `name` (a plain file name) with `bytes`: atomically (it appears whole or
    /// not at all), with mode 0600, and never over an existing file ([`Error::Exists`]). Not
    /// flushed to disk: see [`sync_dir`].
    ///
    /// On Linux the data go to an unnamed file in the directory that is then linked under its
    /// name, one directory update instead of two (create a temporary name, rename it).
    pub fn create_new(&self, name: &str, bytes: &[u8]) -> Result<(), Error> {
        use std::sync::atomic::Ordering;
        let path = self.path.join(name);
        if self.unnamed.load(Ordering::Relaxed) {
            match self.link_unnamed(name, bytes) {
                Ok(()) => return Ok(()),
                Err(e) if e == rustix::io::Errno::EXIST => return Err(Error::Exists { path }),
                Err(e)
                    if [
                        rustix::io::Errno::OPNOTSUPP,
                        rustix::io::Errno::ISDIR,
                        rustix::io::Errno::INVAL,
                        rustix::io::Errno::NOENT,
                        rustix::io::Errno::XDEV,
                        rustix::io::Errno::NOSYS,
                        rustix::io::Errno::PERM,
                        rustix::io::Errno::ACCESS,
                    ]
                    .contains(&e) =>
                {
                    // No O_TMPFILE here, or no /proc to link through (or a sandbox that forbids
                    // it): the portable way, which also reports a directory we may not write to.
                    self.unnamed.store(false, Ordering::Relaxed);
                }
                Err(e) => {
                    return Err(Error::Io {
                        path,
                        source: e.into(),
                    })
                }
            }
        }
        write_file_with(&path, bytes, false, false).map(|_| ())
    }

    fn link_unnamed(&self, name: &str, bytes: &[u8]) -> rustix::io::Result<()> {
        use rustix::fs::{AtFlags, Mode, OFlags};
        let fd = rustix::fs::openat(
            &self.fd,
            ".",
            OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC,
            Mode::RUSR | Mode::WUSR,
        )?;
        let mut file = std::fs::File::from(fd);
        file.write_all(bytes)
            .map_err(|e| rustix::io::Errno::from_io_error(&e).unwrap_or(rustix::io::Errno::IO))?;
        let proc_path = format!("/proc/self/fd/{}", std::os::fd::AsRawFd::as_raw_fd(&file));
        rustix::fs::linkat(
            rustix::fs::CWD,
            proc_path.as_str(),
            &self.fd,
            name,
            AtFlags::SYMLINK_FOLLOW,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::sync::atomic::Ordering;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("lists")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn create_new_writes_owner_only_files_and_never_replaces_one() {
        // Both ways: unnamed temporary files (where the system has them) and the portable one.
        for unnamed in [true, false] {
            let tmp = tempfile::tempdir().expect("temp dir");
            let dir = Dir::open(tmp.path()).expect("opens");
            dir.unnamed.fetch_and(unnamed, Ordering::Relaxed);
            dir.create_new("a.txt", b"first").expect("creates");
            let path = tmp.path().join("a.txt");
            assert_eq!(std::fs::read(&path).expect("reads"), b"first");
            let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "unnamed: {unnamed}");
            let again = dir.create_new("a.txt", b"second");
            assert!(matches!(again, Err(Error::Exists { .. })), "{again:?}");
            assert_eq!(std::fs::read(&path).expect("reads"), b"first");
            // A symbolic link in the way is not followed either.
            std::os::unix::fs::symlink(tmp.path().join("elsewhere"), tmp.path().join("b.txt"))
                .expect("links");
            assert!(matches!(
                dir.create_new("b.txt", b"x"),
                Err(Error::Exists { .. })
            ));
            assert!(!tmp.path().join("elsewhere").exists());
            // Nothing else is left behind: no temporary files.
            assert_eq!(names(tmp.path()), ["a.txt", "b.txt"]);
        }
    }
}
