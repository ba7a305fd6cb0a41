//! Entry points for the fuzz targets in `fuzz/` and the regression tests of what they found.
//!
//! Thin wrappers over the code users run: bytes go where a file would be read (a file in a
//! private temporary directory, read back by the real reader), and then through the same
//! functions as `facerights batch`, `generate`, `--font` and `locales check`. Not a stable API.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::batch::{self, input::InputFormat};
use crate::compose::Composer;
use crate::error::Error;
use crate::i18n::Catalog;
use crate::render::pdf::{self, FontFace, PdfOptions};
use crate::render::Format;
use crate::request::{Context, Field, Request, RequestInput};

/// The date validation takes as today, so that results do not depend on the day of the run.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

/// A directory of this thread's own (tests call the wrappers from several threads at once),
/// removed when the thread ends.
fn scratch() -> PathBuf {
    thread_local! {
        static DIR: tempfile::TempDir = tempfile::Builder::new()
            .prefix("facerights-fuzz-")
            .tempdir()
            .unwrap_or_else(|e| panic!("fuzz harness: cannot create a temporary directory: {e}"));
    }
    DIR.with(|d| d.path().to_path_buf())
}

fn write(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(path, bytes)
        .unwrap_or_else(|e| panic!("fuzz harness: cannot write {}: {e}", path.display()));
}

/// The built-in locales, loaded once.
fn builtin_catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&[]).unwrap_or_else(|e| panic!("built-in locales: {e}")))
}

fn data() -> &'static crate::data::Data {
    crate::data::data().unwrap_or_else(|e| panic!("built-in data: {e}"))
}

/// What a batch run makes of one input file's bytes: per row the file name or the row's error,
/// then the fatal error that stopped reading (or the error that stopped the file being opened).
#[derive(Debug)]
pub struct BatchRows {
    pub rows: Vec<Result<String, String>>,
    pub fatal: Option<Error>,
}

/// Reads `bytes` as a batch input file (CSV, or JSON Lines when `jsonl`) and validates every row
/// as `facerights batch --format text --date 2026-03-02` does, without rendering.
pub fn batch_rows(bytes: &[u8], jsonl: bool) -> BatchRows {
    let (name, input_format) = if jsonl {
        ("rows.jsonl", InputFormat::Jsonl)
    } else {
        ("rows.csv", InputFormat::Csv)
    };
    let input = scratch().join(name);
    write(&input, bytes);
    let opts = batch::Options {
        input,
        input_format,
        encoding: None,
        out_dir: scratch().join("out"),
        format: crate::render::Format::Text,
        jobs: Some(1),
        force: false,
        fail_fast: false,
        default_language: None,
        date: Some("2026-07-01".into()),
        follow_up: None,
        today: today(),
        interrupted: Default::default(),
        merge: None,
        ui_language: "en".into(),
    };
    let (rows, fatal) = batch::prepare_rows(data(), builtin_catalog(), &opts);
    BatchRows { rows, fatal }
}

/// Validates a request as `generate` does (with the PDF fonts' coverage check when `pdf`), with
/// the built-in data and locales and [`today`].
pub fn request_validate(input: &RequestInput, pdf: bool) -> Result<Request, Error> {
    let format = if pdf {
        Format::Pdf(Arc::new(PdfOptions::default()))
    } else {
        Format::Text
    };
    let ctx = Context {
        data: data(),
        catalog: builtin_catalog(),
        today: today(),
        format: Some(&format),
    };
    input.validate(&ctx, Field::flag)
}

/// Loads a font as `--font` does; when it can draw a character the built-in fonts cannot (CJK,
/// Hangul), writes a PDF letter whose name holds one, with that font as the
/// fallback face, so that the font is measured and subset as in `generate --font`. Returns the
/// PDF's size (0 when no such character was found).
pub fn font_load(bytes: &[u8]) -> Result<usize, Error> {
    let face = FontFace::from_bytes(bytes.to_vec()).map_err(|e| Error::Render(e.into()))?;
    let builtin = PdfOptions::default();
    // Scripts the PDF renderer draws with a fallback font (right-to-left and shaped scripts
    // are refused in PDF whatever the font).
    let Some(extra) = ['\u{660E}', '\u{D55C}', '\u{4E00}']
        .into_iter()
        .find(|c| face.has_glyph(*c) && !pdf::covers(*c, &builtin))
    else {
        return Ok(0);
    };
    let opts = Arc::new(PdfOptions {
        fallback_font: Some(Arc::new(face)),
        ..Default::default()
    });
    let format = Format::Pdf(opts.clone());
    let input = RequestInput {
        jurisdiction: Some("IT".into()),
        request: Some("access".into()),
        name: Some(format!("Maria {extra}{extra} Rossi")),
        address: vec![format!("Via Roma 1 {extra}")],
        date: Some("2026-07-01".into()),
        ..Default::default()
    };
    let ctx = Context {
        data: data(),
        catalog: builtin_catalog(),
        today: today(),
        format: Some(&format),
    };
    let request = input.validate(&ctx, Field::flag)?;
    let letter = composer().compose(&request)?;
    let pdf = pdf::render(&letter, &opts).map_err(|e| Error::Render(e.into()))?;
    Ok(pdf.len())
}

fn composer() -> &'static Composer {
    static COMPOSER: OnceLock<Composer> = OnceLock::new();
    COMPOSER.get_or_init(|| Composer::new(data(), builtin_catalog().clone()))
}

/// The files of one locale as a translator gives them (`--locales-dir DIR` with `DIR/<lang>/`).
#[derive(Debug, Clone, Default)]
pub struct LocaleFiles {
    /// The locale's code: its folder's name.
    pub lang: String,
    pub meta: Option<Vec<u8>>,
    pub letter: Option<Vec<u8>>,
    pub ui: Option<Vec<u8>>,
}

impl LocaleFiles {
    /// Splits fuzz input: one byte choosing the language, then `meta.toml`, `letter.ftl` and
    /// `ui.ftl`, separated by NUL bytes (a missing part is a missing file).
    pub fn from_fuzz_bytes(bytes: &[u8]) -> LocaleFiles {
        let (first, rest) = bytes.split_first().unwrap_or((&0, &[]));
        let lang = ["it", "en", "fr", "xx"][usize::from(first & 3)].to_string();
        let mut parts = rest.splitn(3, |b| *b == 0).map(<[u8]>::to_vec);
        LocaleFiles {
            lang,
            meta: parts.next(),
            letter: parts.next(),
            ui: parts.next(),
        }
    }

    /// Writes the files into a fresh `<dir>/<lang>/` in the scratch directory; returns `<dir>`.
    fn write(&self) -> PathBuf {
        let root = scratch().join("locales");
        let _ = std::fs::remove_dir_all(&root);
        let dir = root.join(&self.lang);
        let _ = std::fs::create_dir_all(&dir);
        for (name, bytes) in [
            ("meta.toml", &self.meta),
            ("letter.ftl", &self.letter),
            ("ui.ftl", &self.ui),
        ] {
            if let Some(b) = bytes {
                write(&dir.join(name), b);
            }
        }
        root
    }
}

/// Loads the locale as `--locales-dir` does; when it is complete for letters, composes and
/// renders (as text) a letter in it for a jurisdiction, as `generate --language` would.
/// Returns the letter's text, or None when the locale is not complete for letters (a folder that
/// does not load is an error, as for every command).
pub fn locale_load(files: &LocaleFiles) -> Result<Option<String>, Error> {
    let dir = files.write();
    let catalog = Catalog::load(&[dir])?;
    if !catalog.is_letter_complete(&files.lang) {
        return Ok(None);
    }
    let input = RequestInput {
        jurisdiction: Some("IT".into()),
        request: Some("access-erasure".into()),
        name: Some("Maria Rossi".into()),
        address: vec!["Via Roma 1".into(), "00184 Roma".into()],
        language: Some(files.lang.clone()),
        place: Some("Roma".into()),
        date: Some("2026-07-01".into()),
        reference: Some("NGO-1".into()),
        photo_enclosed: true,
        ..Default::default()
    };
    let ctx = Context {
        data: data(),
        catalog: &catalog,
        today: today(),
        format: None,
    };
    let request = input.validate(&ctx, Field::flag)?;
    let letter = Composer::new(data(), catalog.clone()).compose(&request)?;
    Ok(Some(crate::render::text::render(&letter)))
}

/// Runs `facerights locales check DIR` (`--json` when `json`) over the locale's files. The report
/// goes to standard output, as the command's does.
pub fn locale_check(files: &LocaleFiles, json: bool) -> Result<crate::ExitCode, Error> {
    let dir = files.write();
    let catalog = builtin_catalog();
    crate::locale_tools::check(catalog, &[dir.display().to_string()], json)
}
