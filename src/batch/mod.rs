//! Batch mode for NGOs: a spreadsheet of people in, one letter each out.
//!
//! Rows are streamed in chunks; each row goes through the same validation as `generate`; letters
//! are composed and rendered in parallel (rayon) with fonts, templates and locale bundles built
//! once; every file is written atomically with owner-only permissions; `manifest.csv` records
//! every row. A bad row is reported with its row and column and the run goes on.

pub mod input;
pub mod merge;
pub mod names;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::compose::Composer;
use crate::data::Data;
use crate::error::{Error, ExitCode};
use crate::i18n::Catalog;
use crate::letter::Letter;
use crate::output;
use crate::request::{Context, Field, RequestInput, RequestKind};
use input::{Column, InputFormat, Row, RowError, Rows};
use names::Names;

/// Rows read, validated and rendered together; bounds memory whatever the input size.
const CHUNK: usize = 512;
/// With `--merge`, every letter's bytes are kept until the merged file has them: smaller chunks
/// (two are in flight) keep that memory small.
const MERGE_CHUNK: usize = 128;
/// The manifest's file name inside the output directory.
pub const MANIFEST: &str = "manifest.csv";

/// Turns a letter into file bytes (text or PDF) with their SHA-256.
pub type Renderer = Arc<dyn Fn(&Letter) -> Result<Rendered, Error> + Send + Sync>;

/// A letter's file bytes and their SHA-256 (for the manifest; the PDF renderer computes it on the
/// way, hashing the part many letters share only once).
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub sha256: [u8; 32],
}

impl Rendered {
    /// Bytes whose digest is still to be computed.
    pub fn hashing(bytes: Vec<u8>) -> Rendered {
        let sha256 = Sha256::digest(&bytes).into();
        Rendered { bytes, sha256 }
    }
}

pub struct Options {
    pub input: PathBuf,
    pub input_format: InputFormat,
    pub out_dir: PathBuf,
    /// File extension of the output format (`txt`, `pdf`).
    pub ext: &'static str,
    pub render: Renderer,
    /// Whether the output format can draw a character (PDF fonts); None for text.
    pub drawable: Option<Arc<dyn Fn(char) -> bool + Send + Sync>>,
    pub jobs: Option<usize>,
    pub force: bool,
    pub fail_fast: bool,
    pub default_language: Option<String>,
    pub date: Option<String>,
    pub today: chrono::NaiveDate,
    /// Stops the run after the current chunk (set by Ctrl-C).
    pub interrupted: Arc<AtomicBool>,
    /// Also write every letter into one PDF (`--merge`), with blank pages for duplex printing.
    pub merge: Option<(PathBuf, bool)>,
}

/// The outcome of one row, as the manifest records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Written,
    SkippedExists,
    Error,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Written => "written",
            Status::SkippedExists => "skipped-exists",
            Status::Error => "error",
        }
    }
}

/// One manifest line.
#[derive(Debug, Clone)]
struct Outcome {
    row: usize,
    reference: String,
    name: String,
    jurisdiction: String,
    language: String,
    request: String,
    file: String,
    sha256: String,
    status: Status,
    error: String,
    /// The letter's bytes, kept only until they are appended to the merged PDF.
    bytes: Option<Vec<u8>>,
}

impl Outcome {
    /// Row `row` with nothing known yet: an error until a letter is written or skipped.
    fn new(row: usize) -> Outcome {
        Outcome {
            row,
            reference: String::new(),
            name: String::new(),
            jurisdiction: String::new(),
            language: String::new(),
            request: String::new(),
            file: String::new(),
            sha256: String::new(),
            status: Status::Error,
            error: String::new(),
            bytes: None,
        }
    }
}

/// A row ready to render, or its failure.
enum Prepared {
    Ready {
        outcome: Outcome,
        request: Box<crate::request::Request>,
    },
    Failed(Outcome),
}

/// Totals of a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub written: usize,
    pub skipped: usize,
    pub failed: usize,
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "nein" | "non" | "nee" => Some(false),
        "yes" | "y" | "true" | "1" | "x" | "ja" | "oui" | "sì" | "si" => Some(true),
        _ => None,
    }
}

fn row_error(number: usize, column: Option<&str>, message: &str) -> String {
    match column {
        Some(c) => format!("row {number}, column {c}: {message}"),
        None => format!("row {number}: {message}"),
    }
}

/// Reads rows and prepares them, in input order (names are given out in that order).
struct Reader<'a> {
    rows: Rows,
    data: &'static Data,
    catalog: &'a Catalog,
    opts: &'a Options,
    names: Names,
    /// No more rows to read: the input ended, failed, or `--fail-fast` met a bad row.
    done: bool,
    /// Why the input could not be read further.
    fatal: Option<Error>,
}

/// Takes finished rows into the manifest, the merged PDF and the totals, in input order.
struct Recorder<'p> {
    manifest: Manifest,
    merged: Option<merge::MergedPdf>,
    summary: Summary,
    /// Letters per language, for the notes on draft texts.
    letters_by_language: std::collections::BTreeMap<String, usize>,
    progress: Option<&'p indicatif::ProgressBar>,
    /// Why the merged PDF was given up (the letters and the manifest go on being recorded).
    merge_failed: Option<Error>,
}

impl Recorder<'_> {
    /// Records rows in the manifest (an error there ends the run) and the merged PDF (an error
    /// there drops the merged file and is kept for the end: the letters written must still be
    /// listed).
    fn record(&mut self, outcomes: Vec<Outcome>) -> Result<(), Error> {
        for o in &outcomes {
            if let (Some(m), Some(bytes)) = (self.merged.as_mut(), &o.bytes) {
                if let Err(e) = m.append(bytes) {
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
                }
                Status::Error => {
                    self.summary.failed += 1;
                    let line = format!("error: {}", o.error);
                    match self.progress {
                        Some(p) => p.println(line),
                        None => eprintln!("{line}"),
                    }
                }
            }
            self.manifest.add(o)?;
        }
        Ok(())
    }
}

/// Renders and writes prepared rows (shared by the rendering threads).
struct Producer<'a> {
    composer: &'a Composer,
    opts: &'a Options,
    out_dir: output::Dir,
}

impl Reader<'_> {
    /// The next chunk of at most [`CHUNK`] (or [`MERGE_CHUNK`]) prepared rows (empty when done).
    fn chunk(&mut self) -> Vec<Prepared> {
        let size = if self.opts.merge.is_some() {
            MERGE_CHUNK
        } else {
            CHUNK
        };
        let mut prepared = Vec::with_capacity(size);
        while !self.done && prepared.len() < size {
            let p = match self.rows.next_row(&self.opts.input) {
                None => {
                    self.done = true;
                    break;
                }
                Some(Ok(row)) => self.prepare(&row),
                Some(Err(Ok(RowError {
                    number,
                    column,
                    message,
                }))) => Prepared::Failed(Outcome {
                    error: row_error(number, column, &message),
                    ..Outcome::new(number)
                }),
                Some(Err(Err(e))) => {
                    self.fatal = Some(e);
                    self.done = true;
                    break;
                }
            };
            if matches!(p, Prepared::Failed(_)) && self.opts.fail_fast {
                self.done = true;
            }
            prepared.push(p);
        }
        prepared
    }

    fn prepare(&mut self, row: &Row) -> Prepared {
        let cell = |c: Column| row.get(c).unwrap_or("").trim().to_string();
        let mut outcome = Outcome {
            reference: cell(Column::Reference),
            name: cell(Column::Name),
            jurisdiction: cell(Column::Jurisdiction),
            language: cell(Column::Language),
            request: cell(Column::Request),
            ..Outcome::new(row.number)
        };
        let photo = match row.get(Column::PhotoEnclosed).map(parse_bool) {
            None => false,
            Some(Some(b)) => b,
            Some(None) => {
                outcome.error = row_error(row.number, Some("photo_enclosed"), "use yes or no");
                return Prepared::Failed(outcome);
            }
        };
        let input = RequestInput {
            jurisdiction: row.get(Column::Jurisdiction).map(str::to_string),
            request: row.get(Column::Request).map(str::to_string),
            name: row.get(Column::Name).map(str::to_string),
            email: row.get(Column::Email).map(str::to_string),
            address: row
                .get(Column::Address)
                .map(|a| {
                    a.split(['\n', '|'])
                        .map(|l| l.trim_end_matches('\r').to_string())
                        .collect()
                })
                .unwrap_or_default(),
            language: row
                .get(Column::Language)
                .map(str::to_string)
                .or_else(|| self.opts.default_language.clone()),
            place: row.get(Column::Place).map(str::to_string),
            date: row
                .get(Column::Date)
                .map(str::to_string)
                .or_else(|| self.opts.date.clone()),
            reference: row.get(Column::Reference).map(str::to_string),
            recipient_address: Vec::new(),
            photo_enclosed: photo,
        };
        let drawable = self.opts.drawable.clone();
        let draw_fn = drawable.as_ref().map(|d| move |c: char| d(c));
        let ctx = Context {
            data: self.data,
            catalog: self.catalog,
            today: self.opts.today,
            drawable: draw_fn
                .as_ref()
                .map(|f| f as &(dyn Fn(char) -> bool + Sync)),
        };
        let request = match input.validate(&ctx, Field::column) {
            Ok(r) => r,
            Err(Error::Invalid(errors)) => {
                outcome.error = errors
                    .iter()
                    .map(|e| row_error(row.number, Some(&e.field), &e.problem))
                    .collect::<Vec<_>>()
                    .join("; ");
                return Prepared::Failed(outcome);
            }
            Err(e) => {
                outcome.error = row_error(row.number, None, &e.to_string());
                return Prepared::Failed(outcome);
            }
        };
        outcome.jurisdiction = request.jurisdiction.code.clone();
        outcome.language = request.language.clone();
        outcome.request = request.kind.as_str().to_string();
        let ext = self.opts.ext;
        let file = match row.get(Column::File) {
            Some(raw) => {
                names::explicit(raw, ext).and_then(|n| self.names.take_explicit(&n, row.number))
            }
            None => {
                let stem = match &request.reference {
                    Some(r) => names::slug(r),
                    None => names::slug(&format!("{} {}", request.name, kind_word(request.kind))),
                };
                Ok(self.names.take_generated(&stem, ext, row.number))
            }
        };
        match file {
            Ok(f) => {
                outcome.file = f;
                Prepared::Ready {
                    outcome,
                    request: Box::new(request),
                }
            }
            Err(e) => {
                outcome.error = row_error(row.number, Some("file"), &e);
                Prepared::Failed(outcome)
            }
        }
    }
}

impl Producer<'_> {
    /// Renders and writes a chunk in parallel; the outcomes keep input order.
    fn chunk(&self, prepared: Vec<Prepared>) -> Vec<Outcome> {
        prepared
            .into_par_iter()
            .map(|p| match p {
                Prepared::Failed(o) => o,
                Prepared::Ready { outcome, request } => {
                    if self.opts.interrupted.load(Ordering::Relaxed) {
                        let mut o = outcome;
                        o.error = row_error(o.row, None, "not written: interrupted");
                        o
                    } else {
                        self.produce(outcome, &request)
                    }
                }
            })
            .collect()
    }

    /// Composes, renders and writes one letter (runs on a rayon thread).
    fn produce(&self, mut outcome: Outcome, request: &crate::request::Request) -> Outcome {
        let result = self
            .composer
            .compose(request)
            .and_then(|letter| (self.opts.render)(&letter))
            .and_then(|Rendered { bytes, sha256 }| {
                let sha = hex(&sha256);
                let status =
                    write_or_skip(&self.out_dir, &outcome.file, &bytes, &sha, self.opts.force)?;
                Ok((sha, status, bytes))
            });
        match result {
            Ok((sha, status, bytes)) => {
                outcome.sha256 = sha;
                outcome.status = status;
                // A skipped row's file has the same content, so the new bytes serve the merge too.
                outcome.bytes = self.opts.merge.is_some().then_some(bytes);
            }
            Err(e) => {
                outcome.status = Status::Error;
                outcome.error = row_error(outcome.row, None, &e.to_string());
            }
        }
        outcome
    }
}

fn kind_word(kind: RequestKind) -> &'static str {
    kind.as_str()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes a new file, or leaves an existing one with the same content alone; an existing file
/// with other content is only replaced with `--force`.
fn write_or_skip(
    dir: &output::Dir,
    name: &str,
    bytes: &[u8],
    sha: &str,
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
    let same = std::fs::read(&path)
        .map(|old| hex(&Sha256::digest(&old)) == sha)
        .unwrap_or(false);
    if same {
        return Ok(Status::SkippedExists);
    }
    if !force {
        return Err(Error::Usage(format!(
            "{} already exists with other content; use --force to replace it",
            path.display()
        )));
    }
    output::write_file_with(&path, bytes, true, false)?;
    Ok(Status::Written)
}

/// The manifest, written row by row to a temporary file and renamed into place at the end
/// (also after Ctrl-C), so it always describes what was done.
struct Manifest {
    writer: csv::Writer<tempfile::NamedTempFile>,
}

impl Manifest {
    fn create(dir: &Path) -> Result<Manifest, Error> {
        let tmp = tempfile::Builder::new()
            .prefix(".manifest-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| Error::Io {
                path: dir.to_path_buf(),
                source: e,
            })?;
        let mut writer = csv::Writer::from_writer(tmp);
        writer
            .write_record([
                "row",
                "reference",
                "name",
                "jurisdiction",
                "language",
                "request",
                "file",
                "sha256",
                "status",
                "error",
            ])
            .map_err(|e| Error::Usage(format!("manifest: {e}")))?;
        Ok(Manifest { writer })
    }

    fn add(&mut self, o: &Outcome) -> Result<(), Error> {
        self.writer
            .write_record([
                o.row.to_string().as_str(),
                &o.reference,
                &o.name,
                &o.jurisdiction,
                &o.language,
                &o.request,
                &o.file,
                &o.sha256,
                o.status.as_str(),
                &o.error,
            ])
            .map_err(|e| Error::Usage(format!("manifest: {e}")))
    }

    fn finish(self, dir: &Path) -> Result<PathBuf, Error> {
        let path = dir.join(MANIFEST);
        let tmp = self
            .writer
            .into_inner()
            .map_err(|e| Error::Usage(format!("manifest: {}", e.error())))?;
        tmp.as_file().sync_all().map_err(|e| Error::Io {
            path: path.clone(),
            source: e,
        })?;
        tmp.persist(&path).map_err(|e| Error::Io {
            path: path.clone(),
            source: e.error,
        })?;
        Ok(path)
    }
}

/// Runs a batch. Fatal problems (unreadable input, bad header) return an error before any file
/// is written; row problems are counted and reported.
pub fn run(
    data: &'static Data,
    catalog: Catalog,
    opts: Options,
) -> Result<(ExitCode, Summary), Error> {
    let start = Instant::now();
    if let Some(lang) = &opts.default_language {
        let gaps = catalog.letter_gaps(lang);
        if catalog.get(lang).is_none() || !gaps.is_empty() {
            return Err(Error::Usage(format!(
                "--defaults-language: `{lang}` is not a locale complete for letters (see `facerights locales list`)"
            )));
        }
    }
    let rows = Rows::open(&opts.input, opts.input_format)?;
    std::fs::create_dir_all(&opts.out_dir).map_err(|e| Error::Io {
        path: opts.out_dir.clone(),
        source: e,
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The letters hold personal data: keep a directory we created to its owner.
        if let Ok(meta) = std::fs::metadata(&opts.out_dir) {
            if meta.permissions().mode() & 0o077 != 0
                && std::fs::read_dir(&opts.out_dir)
                    .map(|mut d| d.next().is_none())
                    .unwrap_or(false)
            {
                let _ =
                    std::fs::set_permissions(&opts.out_dir, std::fs::Permissions::from_mode(0o700));
            }
        }
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::Usage(format!("--jobs: {e}")))?;
    let composer = Composer::new(data, catalog.clone());
    let producer = Producer {
        composer: &composer,
        opts: &opts,
        out_dir: output::Dir::open(&opts.out_dir)?,
    };
    let mut reader = Reader {
        rows,
        data,
        catalog: &catalog,
        opts: &opts,
        names: Names::default(),
        done: false,
        fatal: None,
    };
    // The manifest's own name is never given to a letter.
    let _ = reader.names.take_explicit(MANIFEST, 0);
    let progress = progress_bar(&opts.input);
    let mut recorder = Recorder {
        manifest: Manifest::create(&opts.out_dir)?,
        merged: match &opts.merge {
            Some((path, duplex)) => Some(merge::MergedPdf::create(path, *duplex)?),
            None => None,
        },
        summary: Summary::default(),
        letters_by_language: Default::default(),
        progress: progress.as_ref(),
        merge_failed: None,
    };
    let mut rows_seen = 0usize;
    let mut stop = false;
    let mut unrecorded: Vec<Outcome> = Vec::new();
    let mut manifest_failed = None;
    let mut pending = reader.chunk();
    while !pending.is_empty() && !stop {
        // Three things at once: this chunk renders and is written, the next one is read and
        // validated, and the previous one goes into the manifest (and the merged PDF).
        let previous = std::mem::take(&mut unrecorded);
        let (outcomes, (next, recorded)) = pool.install(|| {
            rayon::join(
                || producer.chunk(pending),
                || {
                    rayon::join(
                        || {
                            if opts.interrupted.load(Ordering::Relaxed) {
                                Vec::new()
                            } else {
                                reader.chunk()
                            }
                        },
                        || recorder.record(previous),
                    )
                },
            )
        });
        if let Err(e) = recorded {
            // The manifest cannot be written: keep what it has, and stop.
            unrecorded = outcomes;
            manifest_failed = Some(e);
            break;
        }
        if recorder.merge_failed.is_some() {
            stop = true;
        }
        // --fail-fast: no further chunk starts after a failed row.
        if opts.fail_fast && outcomes.iter().any(|o| o.status == Status::Error) {
            stop = true;
        }
        if let Some(p) = &progress {
            rows_seen += outcomes.len();
            p.set_position(reader.rows.bytes_read());
            p.set_message(format!(
                "{rows_seen} rows, {:.0} rows/s",
                rows_seen as f64 / start.elapsed().as_secs_f64().max(1e-9)
            ));
        }
        if opts.interrupted.load(Ordering::Relaxed) {
            stop = true;
        }
        unrecorded = outcomes;
        pending = next;
    }
    if manifest_failed.is_none() {
        if let Err(e) = recorder.record(unrecorded) {
            manifest_failed = Some(e);
        }
    }
    if let Some(p) = &progress {
        p.finish_and_clear();
    }
    let Recorder {
        manifest,
        merged,
        summary,
        letters_by_language,
        merge_failed,
        ..
    } = recorder;
    // Whatever went wrong, the manifest keeps what it recorded.
    let manifest_path = manifest.finish(&opts.out_dir);
    if let Some(e) = manifest_failed.or(merge_failed) {
        if manifest_path.is_ok() {
            eprintln!(
                "stopped; the manifest lists the {} letters written so far: {}",
                summary.written + summary.skipped,
                opts.out_dir.join(MANIFEST).display()
            );
        }
        return Err(e);
    }
    let manifest_path = manifest_path?;
    if let Some(m) = merged {
        let letters = m.letters();
        let path = opts
            .merge
            .as_ref()
            .map(|(p, _)| p.display().to_string())
            .unwrap_or_default();
        let pages = m.finish(&format!("facerights: {letters} letters"), opts.force)?;
        eprintln!("merged {letters} letters ({pages} pages) into {path}");
    }
    // One flush for the whole run instead of one per letter.
    output::sync_dir(&opts.out_dir)?;
    let secs = start.elapsed().as_secs_f64();
    let rows_done = summary.written + summary.skipped + summary.failed;
    eprintln!(
        "{rows_done} rows: {} written, {} skipped (already there), {} failed in {secs:.1} s ({:.0} rows/s); manifest: {}",
        summary.written,
        summary.skipped,
        summary.failed,
        rows_done as f64 / secs.max(1e-9),
        manifest_path.display()
    );
    // Once per language, not once per letter.
    for (lang, n) in &letters_by_language {
        if let Some(note) = catalog.draft_note(lang) {
            let plural = if *n == 1 { "" } else { "s" };
            eprintln!("{note} ({n} letter{plural} in this language)");
        }
    }
    if let Some(e) = reader.fatal {
        return Err(e);
    }
    let code = if opts.interrupted.load(Ordering::Relaxed) {
        ExitCode::Interrupted
    } else if summary.failed > 0 {
        ExitCode::Partial
    } else {
        ExitCode::Success
    };
    Ok((code, summary))
}

/// A progress bar on stderr (only on a terminal), by bytes of input read, with rows/s and ETA.
fn progress_bar(input: &Path) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let size = std::fs::metadata(input).map(|m| m.len()).unwrap_or(0);
    let bar = indicatif::ProgressBar::new(size);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {percent:>3}%  {msg}  ETA {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let _ = std::io::stderr().flush();
    Some(bar)
}

/// A CSV template with every column and one example row, for `facerights batch --print-template`.
pub fn template_csv() -> String {
    format!(
        "{}\nMaria Rossi,maria@example.org,\"Via Roma 1\n00184 Roma\",IT,it,access-erasure,Roma,,no,NGO-2026-001,\n",
        Column::ALL.map(Column::name).join(",")
    )
}

/// What each column holds.
pub fn column_help() -> String {
    let mut out = String::from("Columns (header names, any case; unknown columns are an error):\n");
    for c in Column::ALL {
        out.push_str(&format!("  {:<15} {}\n", c.name(), c.help()));
    }
    out
}
