//! The batch pipeline's two ends: the producer renders and writes the letters of a chunk in
//! parallel; the recorder takes them, in input order, into the manifest, the merged PDF and the
//! totals, and takes letters back when the disk fills up.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::manifest::Manifest;
use super::rows::row_error;
use super::{merge, Options, Outcome, Prepared, Status, Summary};
use crate::compose::Composer;
use crate::error::Error;
use crate::output;
use crate::printable::quoted_path;
use crate::render::Rendered;
use rayon::prelude::*;
use sha2::{Digest, Sha256};

/// Takes finished rows into the manifest, the merged PDF and the totals, in input order.
pub(super) struct Recorder<'p> {
    pub(super) manifest: Manifest,
    pub(super) merged: Option<merge::MergedPdf>,
    pub(super) summary: Summary,
    /// Letters per language, for the notes on draft texts.
    pub(super) letters_by_language: std::collections::BTreeMap<String, usize>,
    /// Letters per jurisdiction code, for the note on letters that name no authority.
    pub(super) letters_by_jurisdiction: std::collections::BTreeMap<String, usize>,
    pub(super) progress: Option<&'p indicatif::ProgressBar>,
    /// Why the merged PDF was given up (the letters and the manifest go on being recorded).
    pub(super) merge_failed: Option<Error>,
    /// The output directory.
    pub(super) dir: PathBuf,
    /// Letters removed again because the manifest had no room to list them.
    pub(super) taken_back: usize,
}

impl Recorder<'_> {
    /// Records rows in the manifest (an error there ends the run) and the merged PDF (an error
    /// there drops the merged file and is kept for the end: the letters written must still be
    /// listed).
    pub(super) fn record(&mut self, mut outcomes: Vec<Outcome>) -> Result<(), Unrecorded> {
        // The manifest first. When it cannot be written (a full disk), letters of this chunk are
        // taken back, last first, until the lines fit: every letter left is one it lists.
        loop {
            for o in &outcomes {
                self.manifest.add(o);
            }
            let Err(error) = self.manifest.commit() else {
                break;
            };
            let Some(o) = outcomes
                .iter_mut()
                .rev()
                .find(|o| o.status == Status::Written)
            else {
                return Err(Unrecorded { error, outcomes });
            };
            if std::fs::remove_file(self.dir.join(&o.file)).is_err() {
                return Err(Unrecorded { error, outcomes });
            }
            o.status = Status::Error;
            o.sha256.clear();
            o.merge_part = None;
            o.error = row_error(o.row, None, "not written: the disk is full");
            self.taken_back += 1;
        }
        for o in &outcomes {
            if let (Some(m), Some(parts)) = (self.merged.as_mut(), &o.merge_part) {
                if let Err(e) = m.append(parts) {
                    self.merged = None;
                    self.merge_failed = Some(e);
                }
            }
            match o.status {
                Status::Written | Status::SkippedExists => {
                    if o.status == Status::Written {
                        self.summary.written += 1;
                    } else {
                        self.summary.skipped += 1;
                    }
                    *self
                        .letters_by_language
                        .entry(o.language.clone())
                        .or_default() += 1;
                    *self
                        .letters_by_jurisdiction
                        .entry(o.jurisdiction.clone())
                        .or_default() += 1;
                }
                Status::Error | Status::KeptDifferent => {
                    self.summary.failed += 1;
                    let line = format!("error: {}", o.error);
                    match self.progress {
                        Some(p) => p.println(line),
                        None => eprintln!("{line}"),
                    }
                }
            }
        }
        Ok(())
    }
}

/// Rows whose letters were written but that the manifest could not list (a full disk), and why.
pub(super) struct Unrecorded {
    pub(super) error: Error,
    pub(super) outcomes: Vec<Outcome>,
}

impl Unrecorded {
    /// Removes the letters this run wrote for these rows, so that every letter left in the
    /// directory is one the manifest lists. They are written again by the next run.
    pub(super) fn take_back(&self, dir: &Path) -> usize {
        self.outcomes
            .iter()
            .filter(|o| o.status == Status::Written)
            .filter(|o| std::fs::remove_file(dir.join(&o.file)).is_ok())
            .count()
    }
}

/// Renders and writes prepared rows (shared by the rendering threads).
pub(super) struct Producer<'a> {
    pub(super) composer: &'a Composer,
    pub(super) opts: &'a Options,
    pub(super) out_dir: output::Dir,
    /// Letters facerights wrote in an earlier run here (from the old manifest): the only existing
    /// files `--force` may replace.
    pub(super) ours: std::collections::HashSet<String>,
    /// Set when the disk is full: no further letter is attempted.
    pub(super) full: AtomicBool,
}

impl Producer<'_> {
    /// Renders and writes a chunk in parallel; the outcomes keep input order.
    pub(super) fn chunk(&self, prepared: Vec<Prepared>) -> Vec<Outcome> {
        prepared
            .into_par_iter()
            .map(|p| match p {
                Prepared::Failed(o) => o,
                Prepared::Ready { outcome, request } => {
                    let why = if self.opts.interrupted.load(Ordering::Relaxed) {
                        Some("not written: interrupted")
                    } else if self.full.load(Ordering::Relaxed) {
                        Some("not written: the disk is full")
                    } else {
                        None
                    };
                    match why {
                        Some(why) => {
                            let mut o = outcome;
                            o.error = row_error(o.row, None, why);
                            o
                        }
                        None => self.produce(outcome, &request),
                    }
                }
            })
            .collect()
    }

    /// Composes, renders and writes one letter (runs on a rayon thread).
    pub(super) fn produce(
        &self,
        mut outcome: Outcome,
        request: &crate::request::Request,
    ) -> Outcome {
        let result = self
            .composer
            .compose(request)
            .and_then(|letter| self.opts.format.render_hashed(&letter))
            .and_then(|Rendered { bytes, sha256, pdf }| {
                let sha = hex(&sha256);
                let status = write_or_skip(
                    &self.out_dir,
                    &outcome.file,
                    &bytes,
                    &sha,
                    self.ours.contains(&outcome.file),
                    self.opts.force,
                )
                .inspect_err(|e| {
                    if is_disk_full(e) {
                        self.full.store(true, Ordering::Relaxed);
                    }
                })?;
                Ok((sha, status, pdf))
            });
        match result {
            Ok((sha, Status::KeptDifferent, _)) => {
                outcome.status = Status::KeptDifferent;
                let path = self.opts.out_dir.join(&outcome.file);
                outcome.error = row_error(
                    outcome.row,
                    None,
                    &format!(
                        "{} already exists with other content; use --force to replace it",
                        quoted_path(&path)
                    ),
                );
                outcome.sha256 = sha;
            }
            Ok((sha, status, pdf)) => {
                outcome.sha256 = sha;
                outcome.status = status;
                // A skipped row's file has the same content, so the new parts serve the merge too.
                outcome.merge_part = pdf.filter(|_| self.opts.merge.is_some()).map(Arc::new);
            }
            Err(e) => {
                outcome.status = Status::Error;
                outcome.error = row_error(outcome.row, None, &e.to_string());
            }
        }
        outcome
    }
}

/// Whether an error means the disk (or the user's quota) is full: no further letter can be written.
pub(super) fn is_disk_full(e: &Error) -> bool {
    matches!(e, Error::Io { source, .. } if matches!(
        source.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded | std::io::ErrorKind::FileTooLarge
    ))
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes a new file, or leaves an existing one with the same content alone; an existing file
/// with other content is only replaced if facerights wrote it (`ours`: the old manifest lists
/// it), and then only with `--force` (else [`Status::KeptDifferent`]).
pub(super) fn write_or_skip(
    dir: &output::Dir,
    name: &str,
    bytes: &[u8],
    sha: &str,
    ours: bool,
    force: bool,
) -> Result<Status, Error> {
    // A re-run finds most files there: compare them without writing anything first. The link
    // failing catches a file that appears in between.
    if !dir.contains(name) {
        match dir.create_new(name, bytes) {
            Ok(()) => return Ok(Status::Written),
            Err(Error::Exists { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    let path = dir.path().join(name);
    // Only a regular file is compared, and replaced: a FIFO would block the read, a link lead
    // elsewhere.
    output::check_replaceable(&path)?;
    let same = output::read_regular(&path)
        .map(|old| hex(&Sha256::digest(&old)) == sha)
        .unwrap_or(false);
    if same {
        return Ok(Status::SkippedExists);
    }
    if !ours {
        return Err(Error::Usage(format!(
            "{} already exists with other content, and facerights did not write it (the manifest \
             does not list it), so it is never replaced, not even with --force: move it away",
            quoted_path(&path)
        )));
    }
    if !force {
        return Ok(Status::KeptDifferent);
    }
    output::write_file_with(&path, bytes, true, false)?;
    Ok(Status::Written)
}
