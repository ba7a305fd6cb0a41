//! Writing personal data safely: only where asked, atomically (temporary file in the same
//! directory, then rename), owner-only permissions, and never over an existing file unless the
//! user said `--force`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::printable::quoted_path;

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

/// Renders a letter in `format` and writes it to `target`: the one way `generate` and the wizard
/// deliver a letter (`envelope` addresses an e-mail draft).
pub fn deliver(
    letter: &crate::letter::Letter,
    format: &crate::render::Format,
    envelope: &crate::render::eml::Envelope,
    target: &Target,
    force: bool,
) -> Result<Written, Error> {
    let bytes = format.render(letter, envelope)?;
    write(target, &bytes, force)
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
    let existed = match path.symlink_metadata() {
        Ok(meta) => {
            refuse_unless_regular(path, &meta)?;
            true
        }
        Err(_) => false,
    };
    if existed && !force {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "{}: the directory {} does not exist",
            quoted_path(path),
            quoted_path(&dir)
        )));
    }
    // Mode 0600 on Unix; removed if anything below fails, and by the signal handler.
    let mut tmp = crate::interrupt::TempFile::new_in(&dir, path)?;
    tmp.write_all(bytes).map_err(io)?;
    if durable {
        tmp.as_file().sync_all().map_err(io)?;
    } else {
        flush_before_sync_dir(tmp.as_file()).map_err(io)?;
    }
    persist(tmp, path, force)?;
    Ok(if existed && force {
        Written::Replaced
    } else {
        Written::Created
    })
}

/// Moves a finished temporary file into place: replacing an existing file only with `force`,
/// otherwise failing with [`Error::Exists`] even if the file appears at the last moment. Even
/// with `force`, only a regular file is replaced: anything else in the way is refused
/// ([`check_replaceable`]) and left as it is.
pub fn persist(tmp: crate::interrupt::TempFile, path: &Path, force: bool) -> Result<(), Error> {
    if force {
        // Checked as late as possible: a rename replaces whatever entry has the name.
        check_replaceable(path)?;
    }
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

/// Refuses an entry at `path` that `--force` must not replace: anything but a regular file.
/// A symbolic link is refused whatever it points to (replacing the link would surprise whoever
/// made it; writing through it would write where the user did not say). Nothing there is fine.
pub fn check_replaceable(path: &Path) -> Result<(), Error> {
    match path.symlink_metadata() {
        Ok(meta) => refuse_unless_regular(path, &meta),
        Err(_) => Ok(()),
    }
}

fn refuse_unless_regular(path: &Path, meta: &std::fs::Metadata) -> Result<(), Error> {
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(());
    }
    let what = if kind.is_symlink() {
        "a symbolic link: facerights never replaces a link nor writes through one"
    } else if kind.is_dir() {
        "a directory: facerights replaces only regular files"
    } else {
        special_kind(&kind)
    };
    Err(Error::Usage(format!(
        "{} is {what}, even with --force, and left it as it is. Choose another file name",
        quoted_path(path)
    )))
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_char_device() {
        "a character device: facerights replaces only regular files"
    } else if kind.is_block_device() {
        "a block device: facerights replaces only regular files"
    } else if kind.is_fifo() {
        "a FIFO (named pipe): facerights replaces only regular files"
    } else if kind.is_socket() {
        "a socket: facerights replaces only regular files"
    } else {
        "not a regular file: facerights replaces only regular files"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &std::fs::FileType) -> &'static str {
    "not a regular file: facerights replaces only regular files"
}

/// Reads an existing regular file, without following a symbolic link and without blocking on a
/// FIFO or device that took its place since it was checked: those are an error.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
        options.custom_flags(flags.bits() as i32);
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::OpenOptionsExt;
        // FILE_FLAG_OPEN_REPARSE_POINT: open a link itself, not what it points to.
        options.custom_flags(0x0020_0000);
    }
    let mut file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// What a file written with `durable = false` needs before its rename so that [`sync_dir`]
/// makes it durable. Linux: nothing (`syncfs` flushes the file system at the end). Other Unix:
/// `fsync` (the data reach the drive; [`sync_dir`] then flushes the drive's cache once, which is
/// what macOS's `F_FULLFSYNC` does). Windows, which cannot flush a directory: a full flush.
fn flush_before_sync_dir(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let _ = file;
        Ok(())
    }
    #[cfg(all(unix, not(target_os = "linux")))]
    {
        rustix::fs::fsync(file).map_err(std::io::Error::from)
    }
    #[cfg(not(unix))]
    {
        file.sync_all()
    }
}

/// Flushes a directory's files and entries to disk (after many non-durable writes). Linux: one
/// `syncfs` of the file system holding it, instead of one fsync per file, then the directory.
/// Other Unix: the directory (each file had its `fsync`); on macOS `sync_all` is `F_FULLFSYNC`,
/// which also empties the drive's cache. Windows has no way to flush a directory: each file was
/// flushed before its rename, and NTFS journals the renames.
pub fn sync_dir(dir: &Path) -> Result<(), Error> {
    let io = |source: std::io::Error| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    #[cfg(unix)]
    {
        let d = std::fs::File::open(dir).map_err(io)?;
        #[cfg(target_os = "linux")]
        rustix::fs::syncfs(&d).map_err(|e| io(e.into()))?;
        d.sync_all().map_err(io)
    }
    #[cfg(not(unix))]
    {
        std::fs::metadata(dir).map(|_| ()).map_err(io)
    }
}

/// A directory that many files are created in by name (batch mode's output directory). On
/// Linux it is held open so each file costs a handful of system calls.
pub struct Dir {
    path: PathBuf,
    #[cfg(target_os = "linux")]
    fd: std::os::fd::OwnedFd,
    /// Whether the file system takes unnamed temporary files (`O_TMPFILE`); cleared at the first
    /// refusal, after which files go the portable way.
    #[cfg(target_os = "linux")]
    unnamed: std::sync::atomic::AtomicBool,
}

impl Dir {
    #[cfg(target_os = "linux")]
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
            unnamed: std::sync::atomic::AtomicBool::new(true),
        })
    }

    #[cfg(not(target_os = "linux"))]
    pub fn open(path: &Path) -> Result<Dir, Error> {
        let meta = std::fs::metadata(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if !meta.is_dir() {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source: std::io::ErrorKind::NotADirectory.into(),
            });
        }
        Ok(Dir {
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether an entry `name` exists (any kind, a symbolic link not followed).
    pub fn contains(&self, name: &str) -> bool {
        #[cfg(target_os = "linux")]
        {
            rustix::fs::statat(&self.fd, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).is_ok()
        }
        #[cfg(not(target_os = "linux"))]
        {
            self.path.join(name).symlink_metadata().is_ok()
        }
    }

    /// Creates the file `name` (a plain file name) with `bytes`: atomically (it appears whole or
    /// not at all), owner-only (mode 0600 on Unix), and never over an existing entry
    /// ([`Error::Exists`]). Not flushed to disk: see [`sync_dir`].
    ///
    /// On Linux the data go to an unnamed file in the directory that is then linked under its
    /// name, one directory update instead of two (create a temporary name, rename it). Elsewhere
    /// a temporary file is renamed into place without replacing anything (macOS:
    /// `renamex_np(RENAME_EXCL)`; Windows: `MoveFileEx` without `MOVEFILE_REPLACE_EXISTING`).
    pub fn create_new(&self, name: &str, bytes: &[u8]) -> Result<(), Error> {
        let path = self.path.join(name);
        #[cfg(target_os = "linux")]
        {
            use std::sync::atomic::Ordering;
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
                        // No O_TMPFILE here, or no /proc to link through (or a sandbox that
                        // forbids it): the portable way, which also reports a directory we may
                        // not write to.
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
        }
        // Any entry in the way is "exists" here, whatever its kind (the caller decides).
        if self.contains(name) {
            return Err(Error::Exists { path });
        }
        write_file_with(&path, bytes, false, false).map(|_| ())
    }

    #[cfg(target_os = "linux")]
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
        // Both ways on Linux: unnamed temporary files (where the file system has them) and the
        // portable one, the only one elsewhere.
        let ways: &[bool] = if cfg!(target_os = "linux") {
            &[true, false]
        } else {
            &[false]
        };
        for &unnamed in ways {
            let tmp = tempfile::tempdir().expect("temp dir");
            let dir = Dir::open(tmp.path()).expect("opens");
            #[cfg(target_os = "linux")]
            dir.unnamed
                .fetch_and(unnamed, std::sync::atomic::Ordering::Relaxed);
            dir.create_new("a.txt", b"first").expect("creates");
            let path = tmp.path().join("a.txt");
            assert_eq!(std::fs::read(&path).expect("reads"), b"first");
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
                assert_eq!(mode & 0o777, 0o600, "unnamed: {unnamed}");
            }
            let again = dir.create_new("a.txt", b"second");
            assert!(
                matches!(again, Err(Error::Exists { .. })),
                "unnamed {unnamed}: {again:?}"
            );
            assert_eq!(std::fs::read(&path).expect("reads"), b"first");
            // A symbolic link in the way is not followed either.
            #[cfg(unix)]
            {
                std::os::unix::fs::symlink(tmp.path().join("elsewhere"), tmp.path().join("b.txt"))
                    .expect("links");
                assert!(matches!(
                    dir.create_new("b.txt", b"x"),
                    Err(Error::Exists { .. })
                ));
                assert!(!tmp.path().join("elsewhere").exists());
                std::fs::remove_file(tmp.path().join("b.txt")).expect("removes");
            }
            // Nothing else is left behind: no temporary files.
            assert_eq!(names(tmp.path()), ["a.txt"]);
        }
    }
}
