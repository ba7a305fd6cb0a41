//! Batch mode for NGOs: a spreadsheet of people in, one letter each out.
//!
//! Rows are streamed in chunks; each row goes through the same validation as `generate`; letters
//! are composed and rendered in parallel (rayon) with fonts, templates and locale bundles built
//! once; every file is written atomically with owner-only permissions; `manifest.csv` records
//! every row. A bad row is reported with its row and column and the run goes on.

pub mod input;
mod manifest;
pub mod merge;
pub mod names;
mod pipeline;
mod rows;

pub use crate::render::Rendered;
pub use manifest::MANIFEST;
use manifest::{previous_letters, Manifest};
pub use merge::MergeOptions;
use pipeline::{Producer, Recorder, Unrecorded};
use rows::Reader;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use crate::compose::Composer;
use crate::data::Data;
use crate::error::{Error, ExitCode};
use crate::i18n::{Catalog, Ui};
use crate::interrupt::{self};
use crate::output;
use crate::printable::{printable, quoted_path};
use crate::request::Context;
use input::{Column, InputFormat, Rows};
use names::Names;

/// Rows read, validated and rendered together; bounds memory whatever the input size.
const CHUNK: usize = 512;
/// The first chunk's size; each next one doubles up to [`CHUNK`].
const FIRST_CHUNK: usize = 64;
/// With `--merge`, every letter's bytes are kept until the merged file has them: smaller chunks
/// (two are in flight) keep that memory small.
const MERGE_CHUNK: usize = 128;
pub struct Options {
    pub input: PathBuf,
    pub input_format: InputFormat,
    /// The input's character encoding (`--encoding`); None: UTF-8 (or as its byte-order mark says).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    pub out_dir: PathBuf,
    /// The output format (text or PDF): the files' extension, what it can draw, how it renders.
    pub format: crate::render::Format,
    pub jobs: Option<usize>,
    pub force: bool,
    pub fail_fast: bool,
    pub default_language: Option<String>,
    pub date: Option<String>,
    /// `--follow-up`: write each row's reminder or complaint instead of its request.
    pub follow_up: Option<String>,
    pub today: chrono::NaiveDate,
    /// Stops the run after the current chunk (set by Ctrl-C).
    pub interrupted: Arc<AtomicBool>,
    /// Also write every letter into one PDF (`--merge`), with blank pages for duplex printing.
    pub merge: Option<MergeOptions>,
    /// The language of the notes on the terminal.
    pub ui_language: String,
}

/// The outcome of one row, as the manifest records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Written,
    SkippedExists,
    /// A letter facerights wrote in an earlier run exists with other content (edited by hand, or
    /// the row changed) and was left as it is: `--force` replaces it. A failure of the row; the
    /// file stays one facerights wrote.
    KeptDifferent,
    Error,
}

impl Status {
    fn as_str(self) -> &'static str {
        match self {
            Status::Written => "written",
            Status::SkippedExists => "skipped-exists",
            Status::KeptDifferent => "kept-different",
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
    /// For a request letter, the last day of the reply period (YYYY-MM-DD), counted from the
    /// `received` column or the letter date.
    deadline: String,
    /// What the letter was written from, kept only until it is appended to the merged PDF.
    merge_part: Option<Arc<crate::render::pdf::LetterParts>>,
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
            deadline: String::new(),
            merge_part: None,
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

/// Whether two paths name the same file (false when either does not exist).
fn same_file(a: &Path, b: &Path) -> bool {
    same_file::is_same_file(a, b).unwrap_or(false)
}

/// Checks everything that can stop a run before its first letter: the global options, the whole
/// input (readable, UTF-8 or the `--encoding`, rows of sane size), the output directory and what
/// is already in it (a manifest facerights did not write, the input itself, the merge target).
/// Returns the letters an earlier run wrote there.
fn preflight(
    data: &'static Data,
    catalog: &Catalog,
    opts: &Options,
) -> Result<std::collections::HashSet<String>, Error> {
    if let Some(lang) = &opts.default_language {
        let gaps = catalog.letter_gaps(lang);
        if catalog.get(lang).is_none() || !gaps.is_empty() {
            return Err(Error::Usage(format!(
                "--defaults-language: `{}` is not a locale complete for letters (see `facerights locales list`)",
                printable(lang)
            )));
        }
    }
    if let Some(date) = &opts.date {
        let ctx = Context {
            data,
            catalog,
            today: opts.today,
            format: None,
        };
        crate::request::check_date(date, &ctx)?;
    }
    Rows::check_whole(&opts.input, opts.input_format.clone(), opts.encoding)?;
    let manifest = opts.out_dir.join(MANIFEST);
    // Standard input is no file the run could overwrite: the checks against it do not apply.
    let stdin = input::is_stdin(&opts.input);
    if !stdin && same_file(&opts.input, &manifest) {
        return Err(Error::Usage(format!(
            "{} is the input file; facerights writes its manifest there and never replaces its \
             input: choose another --out-dir or move the input",
            quoted_path(&manifest)
        )));
    }
    if let Some(merge::MergeOptions { path: merged, .. }) = &opts.merge {
        merge::check_target(merged, opts.force)?;
        if !stdin && same_file(&opts.input, merged) {
            return Err(Error::Usage(format!(
                "--merge {}: that is the input file",
                quoted_path(merged)
            )));
        }
        if same_file(merged, &manifest)
            || (merged.file_name() == Some(MANIFEST.as_ref())
                && merged
                    .parent()
                    .is_some_and(|p| same_file(p, &opts.out_dir) || p == opts.out_dir))
        {
            return Err(Error::Usage(format!(
                "--merge {}: that is where the manifest goes",
                quoted_path(merged)
            )));
        }
    }
    if opts.out_dir.exists() {
        previous_letters(&opts.out_dir)
    } else {
        Ok(Default::default())
    }
}

/// Names in `--out-dir` that no letter may take: the manifest's, and the input's and the merged
/// PDF's when they are in that directory.
fn reserve_names(names: &mut Names, opts: &Options) {
    let _ = names.take_explicit(MANIFEST, 0);
    let in_out_dir = |p: &Path| {
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        same_file(parent, &opts.out_dir)
    };
    let mut others = Vec::new();
    if !input::is_stdin(&opts.input) {
        others.push(opts.input.as_path());
    }
    if let Some(merge::MergeOptions { path: m, .. }) = &opts.merge {
        others.push(m);
    }
    for p in others {
        if let Some(name) = p.file_name().and_then(|n| n.to_str()) {
            if in_out_dir(p) {
                let _ = names.take_explicit(name, 0);
            }
        }
    }
}

/// Runs a batch. Problems found before the first letter (unreadable input, bad header, a file in
/// the way) return an error with nothing written; row problems are counted and reported; a
/// problem after letters were written is reported and gives exit code 1, with the manifest
/// listing every letter left on disk.
pub fn run(
    data: &'static Data,
    catalog: Catalog,
    opts: Options,
) -> Result<(ExitCode, Summary), Error> {
    let start = Instant::now();
    let ours = preflight(data, &catalog, &opts)?;
    let rows = Rows::open(&opts.input, opts.input_format.clone(), opts.encoding)?;
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
    interrupt::clean_dir(&opts.out_dir);
    // More threads than cores only add memory: rendering is CPU work.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.map_or(0, |j| j.clamp(1, cores)))
        .build()
        .map_err(|e| Error::Usage(format!("--jobs: {e}")))?;
    let composer = Composer::new(data, catalog.clone());
    let producer = Producer {
        composer: &composer,
        opts: &opts,
        out_dir: output::Dir::open(&opts.out_dir)?,
        ours,
        full: AtomicBool::new(false),
    };
    let mut reader = Reader {
        rows,
        data,
        catalog: &catalog,
        opts: &opts,
        names: Names::default(),
        done: false,
        fatal: None,
        chunks: 0,
    };
    reserve_names(&mut reader.names, &opts);
    let progress = progress_bar(&opts.input);
    let mut recorder = Recorder {
        manifest: Manifest::create(&opts.out_dir)?,
        merged: match &opts.merge {
            Some(m) => Some(merge::MergedPdf::create(&m.path, m.duplex)?),
            None => None,
        },
        summary: Summary::default(),
        letters_by_language: Default::default(),
        letters_by_jurisdiction: Default::default(),
        progress: progress.as_ref(),
        merge_failed: None,
        dir: opts.out_dir.clone(),
        taken_back: 0,
    };
    let mut rows_seen = 0usize;
    let mut stop = false;
    let mut unrecorded: Vec<Outcome> = Vec::new();
    let mut lost: Option<Unrecorded> = None;
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
        if let Err(mut u) = recorded {
            // The manifest cannot be written: what it could not list is taken back, and stop.
            u.outcomes.extend(outcomes);
            lost = Some(u);
            break;
        }
        if recorder.merge_failed.is_some() || producer.full.load(Ordering::Relaxed) {
            stop = true;
        }
        // --fail-fast: no further chunk starts after a failed row.
        if opts.fail_fast
            && outcomes
                .iter()
                .any(|o| matches!(o.status, Status::Error | Status::KeptDifferent))
        {
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
    if lost.is_none() {
        if let Err(u) = recorder.record(unrecorded) {
            lost = Some(u);
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
        letters_by_jurisdiction,
        merge_failed,
        taken_back,
        ..
    } = recorder;
    let ui = Ui::new(&catalog, &opts.ui_language);
    let mut problems: Vec<Error> = Vec::new();
    let mut removed = taken_back;
    if let Some(u) = lost {
        removed += u.take_back(&opts.out_dir);
        problems.push(u.error);
    }
    if removed > 0 {
        eprintln!(
            "{}",
            ui.ta("batch-taken-back", &[("count", removed.to_string())])
        );
    }
    if producer.full.load(Ordering::Relaxed) && problems.is_empty() {
        problems.push(Error::Usage(format!(
            "the disk holding {} is full: the run stopped; the manifest lists every letter written",
            quoted_path(&opts.out_dir)
        )));
    }
    // Whatever went wrong, the manifest keeps what it recorded.
    let manifest_path = match manifest.finish(&opts.out_dir) {
        Ok(p) => Some(p),
        Err(e) => {
            problems.push(e);
            None
        }
    };
    if let Some(e) = merge_failed {
        problems.push(e);
    }
    if let Some(m) = merged {
        let path = opts
            .merge
            .as_ref()
            .map(|m| quoted_path(&m.path))
            .unwrap_or_default();
        if opts.interrupted.load(Ordering::Relaxed) || !problems.is_empty() {
            // An incomplete merged file is never left under the final name; dropping it removes
            // the temporary file. A re-run skips the letters already written and merges them all.
            eprintln!("{}", ui.ta("batch-merge-not-written", &[("path", path)]));
        } else {
            let letters = m.letters();
            match m.finish(&format!("facerights: {letters} letters"), opts.force) {
                Ok(pages) => eprintln!(
                    "{}",
                    ui.ta(
                        "batch-merged",
                        &[
                            ("letters", letters.to_string()),
                            ("pages", pages.to_string()),
                            ("path", path),
                        ],
                    )
                ),
                Err(e) => problems.push(e),
            }
        }
    }
    // One flush for the whole run instead of one per letter.
    if let Err(e) = output::sync_dir(&opts.out_dir) {
        problems.push(e);
    }
    let secs = start.elapsed().as_secs_f64();
    let rows_done = summary.written + summary.skipped + summary.failed;
    eprintln!(
        "{}",
        ui.ta(
            "batch-summary",
            &[
                ("rows", rows_done.to_string()),
                ("written", summary.written.to_string()),
                ("skipped", summary.skipped.to_string()),
                ("failed", summary.failed.to_string()),
                ("seconds", format!("{secs:.1}")),
                ("rate", format!("{:.0}", rows_done as f64 / secs.max(1e-9))),
                (
                    "manifest",
                    manifest_path
                        .as_deref()
                        .map_or_else(|| ui.t("batch-manifest-not-written"), quoted_path),
                ),
            ],
        )
    );
    // Once per language, not once per letter.
    for (lang, n) in &letters_by_language {
        if let Some(note) = ui.draft_note(&catalog, lang, Some(*n)) {
            eprintln!("{note}");
        }
    }
    // Letters for a country without one complaint authority (Germany without the Land).
    if let Some(example) = letters_by_jurisdiction
        .keys()
        .find_map(|code| data.subdivision_example(code))
    {
        eprintln!(
            "{}",
            ui.ta("note-subdivision", &[("example", example.to_string())])
        );
    }
    if let Some(e) = reader.fatal {
        problems.push(e);
    }
    if let Some(first) = problems.into_iter().next() {
        // Exit code 2 says nothing was written; once letters were, the truth is 1.
        if summary.written == 0 {
            return Err(first);
        }
        eprintln!("error: {first}");
        return Ok((ExitCode::Partial, summary));
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

/// Reads and validates every row of `opts.input` as [`run`] does, without rendering or writing:
/// each row's file name or its error, and the error that stopped opening or reading, if any. For
/// the fuzz targets (`crate::fuzzing`), so that they run the batch's own reader.
pub(crate) fn prepare_rows(
    data: &'static Data,
    catalog: &Catalog,
    opts: &Options,
) -> (Vec<Result<String, String>>, Option<Error>) {
    let rows = match Rows::open(&opts.input, opts.input_format.clone(), opts.encoding) {
        Ok(rows) => rows,
        Err(e) => return (Vec::new(), Some(e)),
    };
    let mut reader = Reader {
        rows,
        data,
        catalog,
        opts,
        names: Names::default(),
        done: false,
        fatal: None,
        chunks: 0,
    };
    reserve_names(&mut reader.names, opts);
    let mut out = Vec::new();
    while !reader.done {
        out.extend(reader.chunk().into_iter().map(|p| match p {
            Prepared::Ready { outcome, .. } => Ok(outcome.file),
            Prepared::Failed(o) => Err(o.error),
        }));
    }
    (out, reader.fatal)
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
