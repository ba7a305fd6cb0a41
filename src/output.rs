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
    // tempfile creates the file with mode 0600 on Unix and removes it if anything below fails.
    let mut tmp = tempfile::Builder::new()
        .prefix(".facerights-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io)?;
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
pub fn persist(tmp: tempfile::NamedTempFile, path: &Path, force: bool) -> Result<(), Error> {
    let result = if force {
        tmp.persist(path)
    } else {
        tmp.persist_noclobber(path)
    };
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
