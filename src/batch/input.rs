//! Reading batch input as spreadsheets export it: CSV with comma, semicolon or tab (detected),
//! UTF-8 with or without BOM, quoted multi-line fields, CRLF; or JSON Lines. Rows are streamed.
//! Spreadsheets (.xlsx, .ods) are read directly ([`sheet`]). The input `-` is standard input,
//! read whole once (see [`STDIN_MAX`]). Every input's rows become [`Cells`] the same way.

mod cells;
mod encoding;
mod json;
pub mod sheet;

pub use cells::{Cells, Column, Row, RowError};
pub use encoding::encoding_for_label;
use encoding::{detect_delimiter, not_utf8, undecodable};
use json::json_row;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use encoding_rs::Encoding;

use crate::error::Error;
use crate::printable::{printable, quoted_path};

/// The longest row read (a CSV record or a JSON line), in bytes. Real rows are a few hundred
/// bytes (the longest field, an address, is limited to a few hundred characters); the limit keeps
/// memory bounded whatever the file is (`/dev/zero`, a cell of hundreds of megabytes).
pub const ROW_MAX: u64 = 1 << 20;

/// The input path that means standard input.
pub const STDIN: &str = "-";
/// The most bytes read from standard input: it is held in memory, read once before the first
/// letter (a file is read twice instead: checked whole, then processed).
pub const STDIN_MAX: u64 = 128 << 20;

/// Whether `path` is `-`, standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

/// The input as messages name it.
fn shown(path: &Path) -> String {
    if is_stdin(path) {
        "standard input".to_string()
    } else {
        quoted_path(path)
    }
}

/// Standard input, read whole the first time it is asked for (it can be read only once).
fn stdin_bytes() -> Result<Arc<[u8]>, Error> {
    static STDIN_BYTES: OnceLock<Result<Arc<[u8]>, String>> = OnceLock::new();
    STDIN_BYTES
        .get_or_init(|| {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(STDIN_MAX + 1)
                .read_to_end(&mut buf)
                .map_err(|e| format!("standard input: {e}"))?;
            if buf.len() as u64 > STDIN_MAX {
                return Err(format!(
                    "standard input: more than {} MiB; nothing was processed. Give the file's \
                     name instead of `-`.",
                    STDIN_MAX >> 20
                ));
            }
            Ok(buf.into())
        })
        .clone()
        .map_err(Error::Usage)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Jsonl,
    /// A spreadsheet: which kind, and which sheet (None: the first).
    Sheet(sheet::Kind, Option<String>),
}

impl InputFormat {
    pub fn from_path(path: &Path) -> InputFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jsonl" | "ndjson") => InputFormat::Jsonl,
            Some("xlsx" | "xlsm") => InputFormat::Sheet(sheet::Kind::Xlsx, None),
            Some("ods") => InputFormat::Sheet(sheet::Kind::Ods, None),
            _ => InputFormat::Csv,
        }
    }
}

/// Streams the rows of a batch file.
pub struct Rows {
    inner: RowsInner,
    /// Bytes read since the current row began (shared with the [`RowGuard`]).
    since_row: Arc<AtomicU64>,
    /// Whether the text came through a decoder that may have replaced bytes it could not decode.
    decoded: Option<&'static Encoding>,
}

/// The reader under the CSV and JSON parsers: counts the bytes read since the last row ended and
/// refuses to read on once a row is longer than [`ROW_MAX`].
struct RowGuard<R> {
    inner: R,
    since_row: Arc<AtomicU64>,
}

/// The error a [`RowGuard`] gives (inside an `io::Error`).
#[derive(Debug)]
struct RowTooLong;

impl std::fmt::Display for RowTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a row is longer than {} MiB", ROW_MAX >> 20)
    }
}

impl std::error::Error for RowTooLong {}

impl<R: Read> Read for RowGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.since_row.load(Ordering::Relaxed) > ROW_MAX {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                RowTooLong,
            ));
        }
        let n = self.inner.read(buf)?;
        self.since_row.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

fn is_too_long(e: &std::io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<RowTooLong>())
}

fn too_long(path: &Path, row: usize) -> Error {
    Error::Usage(format!(
        "{}: row {row} is longer than {} MiB; nothing was processed. Is this the right file? \
         (A spreadsheet row holds a few hundred bytes; check for a missing closing quote.)",
        shown(path),
        ROW_MAX >> 20
    ))
}

enum RowsInner {
    Sheet {
        rows: std::vec::IntoIter<Result<Row, RowError>>,
        /// The file's size and the share of it read so far (for the progress bar).
        size: u64,
        total: usize,
        done: usize,
    },
    Csv {
        reader: csv::Reader<Box<dyn Read + Send>>,
        /// The file's columns, by their canonical names.
        header: csv::StringRecord,
        record: csv::StringRecord,
        number: usize,
    },
    Jsonl {
        lines: std::io::Lines<BufReader<Box<dyn Read + Send>>>,
        number: usize,
        bytes: u64,
    },
}

/// Opens the input: a byte-order mark is removed (and a UTF-16 one decodes the file as UTF-16,
/// as Excel's "Unicode text" is); with `encoding`, the bytes are decoded from it; otherwise they
/// must be UTF-8.
fn open(
    path: &Path,
    encoding: Option<&'static Encoding>,
    since_row: Arc<AtomicU64>,
) -> Result<BufReader<Box<dyn Read + Send>>, Error> {
    let file: Box<dyn Read + Send> = if is_stdin(path) {
        Box::new(std::io::Cursor::new(stdin_bytes()?))
    } else {
        Box::new(File::open(path).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?)
    };
    let decoded = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(encoding)
        .utf8_passthru(true)
        .strip_bom(true)
        .bom_override(true)
        .build(file);
    let guarded = RowGuard {
        inner: decoded,
        since_row,
    };
    Ok(BufReader::with_capacity(
        1 << 16,
        Box::new(guarded) as Box<dyn Read + Send>,
    ))
}

impl Rows {
    /// Opens the file and reads its header. Errors here mean nothing can be processed.
    pub fn open(
        path: &Path,
        format: InputFormat,
        encoding: Option<&'static Encoding>,
    ) -> Result<Rows, Error> {
        let since_row = Arc::new(AtomicU64::new(0));
        if let InputFormat::Sheet(kind, wanted) = &format {
            if encoding.is_some() {
                return Err(Error::Usage(
                    "--encoding: applies to CSV and JSON Lines; a spreadsheet says its own".into(),
                ));
            }
            let bytes = sheet_bytes(path)?;
            let size = bytes.len() as u64;
            let rows = sheet::read(path, bytes, *kind, wanted.as_deref())?.rows;
            return Ok(Rows {
                inner: RowsInner::Sheet {
                    total: rows.len(),
                    rows: rows.into_iter(),
                    size,
                    done: 0,
                },
                since_row,
                decoded: None,
            });
        }
        let mut r = open(path, encoding, since_row.clone())?;
        let io = |e: std::io::Error| {
            if is_too_long(&e) {
                too_long(path, 1)
            } else {
                Error::Io {
                    path: path.to_path_buf(),
                    source: e,
                }
            }
        };
        match format {
            InputFormat::Jsonl => Ok(Rows {
                inner: RowsInner::Jsonl {
                    lines: r.lines(),
                    number: 0,
                    bytes: 0,
                },
                since_row,
                decoded: encoding,
            }),
            InputFormat::Sheet(..) => unreachable!("spreadsheets are read above"),
            InputFormat::Csv => {
                let delimiter = detect_delimiter(&mut r).map_err(io)?;
                let mut reader = csv::ReaderBuilder::new()
                    .delimiter(delimiter)
                    .has_headers(true)
                    .flexible(true)
                    .from_reader(Box::new(r) as Box<dyn Read + Send>);
                let headers = match reader.headers() {
                    Ok(h) => h.clone(),
                    Err(e) => return Err(csv_fatal(path, e)),
                };
                since_row.store(0, Ordering::Relaxed);
                let header = Column::header(&header_columns(path, headers.iter())?);
                Ok(Rows {
                    inner: RowsInner::Csv {
                        reader,
                        header,
                        record: csv::StringRecord::new(),
                        number: 1,
                    },
                    since_row,
                    decoded: encoding,
                })
            }
        }
    }
}

/// A spreadsheet's bytes, refused over [`sheet::SHEET_FILE_MAX`].
fn sheet_bytes(path: &Path) -> Result<Vec<u8>, Error> {
    let too_big = || {
        Error::Usage(format!(
            "{}: a spreadsheet over {} MiB is not read; nothing was processed. Split it, or save \
             it as CSV (read row by row, with no size limit).",
            shown(path),
            sheet::SHEET_FILE_MAX >> 20
        ))
    };
    let io = |e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    };
    if is_stdin(path) {
        let all = stdin_bytes()?;
        if all.len() as u64 > sheet::SHEET_FILE_MAX {
            return Err(too_big());
        }
        return Ok(all.to_vec());
    }
    let file = File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.len() > sheet::SHEET_FILE_MAX {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    file.take(sheet::SHEET_FILE_MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > sheet::SHEET_FILE_MAX {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Whether the decoder replaced something it could not decode (with U+FFFD): a wrong
/// `--encoding`.
fn replaced(text: &str) -> bool {
    text.contains('\u{FFFD}')
}

fn csv_fatal(path: &Path, e: csv::Error) -> Error {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => not_utf8(path, 1),
        csv::ErrorKind::Io(io) if is_too_long(io) => too_long(path, 1),
        _ => csv_io(path, e),
    }
}

/// A CSV reading error that is not about a row: an I/O error keeps its cause.
fn csv_io(path: &Path, e: csv::Error) -> Error {
    let shown_error = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(source) => Error::Io {
            path: path.to_path_buf(),
            source,
        },
        _ => Error::Usage(format!("{}: {shown_error}", shown(path))),
    }
}

impl Rows {
    /// Reads the whole file once, as the run will, and refuses it, before anything is written,
    /// when it cannot be read to the end: not UTF-8 (or not the `--encoding`), a row over
    /// [`ROW_MAX`], an I/O error. Rows that are merely invalid are left for the run to report.
    /// Returns the number of rows.
    pub fn check_whole(
        path: &Path,
        format: InputFormat,
        encoding: Option<&'static Encoding>,
    ) -> Result<usize, Error> {
        let mut rows = Rows::open(path, format, encoding)?;
        let mut count = 0;
        while let Some(row) = rows.next_row(path) {
            if let Err(Err(fatal)) = row {
                return Err(fatal);
            }
            count += 1;
        }
        Ok(count)
    }
}

/// Maps header names to columns; unknown, duplicate or missing required columns are fatal.
fn header_columns<'a>(
    path: &Path,
    headers: impl Iterator<Item = &'a str>,
) -> Result<Vec<Column>, Error> {
    let mut columns = Vec::new();
    let mut unknown = Vec::new();
    for h in headers {
        match Column::parse(h) {
            Some(c) if columns.contains(&c) => {
                return Err(Error::Usage(format!(
                    "{}: row 1: column `{}` appears twice",
                    shown(path),
                    c.name()
                )))
            }
            Some(c) => columns.push(c),
            None => unknown.push(printable(h.trim()).into_owned()),
        }
    }
    if !unknown.is_empty() {
        return Err(Error::Usage(format!(
            "{}: row 1: unknown column{} {}; known columns: {} (see `facerights batch --print-template`)",
            shown(path),
            if unknown.len() == 1 { "" } else { "s" },
            unknown.iter().map(|u| format!("`{u}`")).collect::<Vec<_>>().join(", "),
            Column::ALL.map(Column::name).join(", ")
        )));
    }
    let missing: Vec<&str> = Column::REQUIRED
        .into_iter()
        .filter(|c| !columns.contains(c))
        .map(Column::name)
        .collect();
    if !missing.is_empty() {
        return Err(Error::Usage(format!(
            "{}: row 1: missing required column{} {}",
            shown(path),
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        )));
    }
    Ok(columns)
}

impl Rows {
    /// How far into the file reading has got, in bytes (for the progress bar).
    pub fn bytes_read(&self) -> u64 {
        match &self.inner {
            RowsInner::Csv { reader, .. } => reader.position().byte(),
            RowsInner::Jsonl { bytes, .. } => *bytes,
            RowsInner::Sheet {
                size, total, done, ..
            } => size * (*done as u64) / (*total).max(1) as u64,
        }
    }

    /// The next row; `Err(Ok(row_error))` for a row that cannot be read, `Err(Err(fatal))` when
    /// reading cannot go on (not UTF-8, I/O error).
    pub fn next_row(&mut self, path: &Path) -> Option<Result<Row, Result<RowError, Error>>> {
        let row = self.next_row_inner(path);
        self.since_row.store(0, Ordering::Relaxed);
        row
    }

    fn next_row_inner(&mut self, path: &Path) -> Option<Result<Row, Result<RowError, Error>>> {
        match &mut self.inner {
            RowsInner::Sheet { rows, done, .. } => {
                *done += 1;
                rows.next().map(|r| r.map_err(Ok))
            }
            RowsInner::Csv {
                reader,
                header,
                record,
                number,
            } => loop {
                *number += 1;
                match reader.read_record(record) {
                    Ok(false) => return None,
                    Ok(true) => {
                        if record.iter().all(|f| f.trim().is_empty()) {
                            // Spreadsheets export trailing empty rows (thousands, at times);
                            // skip them in this loop, not by recursion (one frame per row).
                            self.since_row.store(0, Ordering::Relaxed);
                            continue;
                        }
                        if record.len() > header.len()
                            && record
                                .iter()
                                .skip(header.len())
                                .any(|f| !f.trim().is_empty())
                        {
                            return Some(Err(Ok(RowError {
                                    number: *number,
                                    column: None,
                                    message: format!(
                                        "has {} fields but the header has {} columns (check the quoting)",
                                        record.len(),
                                        header.len()
                                    ),
                                })));
                        }
                        if let Some(encoding) = self.decoded {
                            if record.iter().any(replaced) {
                                return Some(Err(Err(undecodable(path, *number, encoding))));
                            }
                        }
                        return Some(
                            Cells::read(*number, header, record)
                                .map(|cells| Row {
                                    number: *number,
                                    cells,
                                })
                                .map_err(Ok),
                        );
                    }
                    Err(e) => {
                        return match e.kind() {
                            csv::ErrorKind::Utf8 { .. } => {
                                Some(Err(Err(not_utf8(path, *number as u64))))
                            }
                            csv::ErrorKind::Io(io) if is_too_long(io) => {
                                Some(Err(Err(too_long(path, *number))))
                            }
                            csv::ErrorKind::Io(_) => Some(Err(Err(csv_io(path, e)))),
                            _ => Some(Err(Ok(RowError {
                                number: *number,
                                column: None,
                                message: e.to_string(),
                            }))),
                        }
                    }
                }
            },
            RowsInner::Jsonl {
                lines,
                number,
                bytes,
            } => loop {
                *number += 1;
                let line = match lines.next()? {
                    Ok(l) => {
                        *bytes += l.len() as u64 + 1;
                        l
                    }
                    Err(e) if is_too_long(&e) => return Some(Err(Err(too_long(path, *number)))),
                    Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                        return Some(Err(Err(not_utf8(path, *number as u64))))
                    }
                    Err(e) => {
                        return Some(Err(Err(Error::Io {
                            path: path.to_path_buf(),
                            source: e,
                        })))
                    }
                };
                if line.trim().is_empty() {
                    self.since_row.store(0, Ordering::Relaxed);
                    continue;
                }
                if let Some(encoding) = self.decoded {
                    if replaced(&line) {
                        return Some(Err(Err(undecodable(path, *number, encoding))));
                    }
                }
                return Some(json_row(*number, &line).map_err(Ok));
            },
        }
    }
}
