//! Reading batch input as spreadsheets export it: CSV with comma, semicolon or tab (detected),
//! UTF-8 with or without BOM, quoted multi-line fields, CRLF; or JSON Lines. Rows are streamed.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use crate::error::Error;

/// The columns a batch file may have (header names, case-insensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Email,
    Address,
    Jurisdiction,
    Language,
    Request,
    Place,
    Date,
    PhotoEnclosed,
    Reference,
    File,
}

impl Column {
    pub const ALL: [Column; 11] = [
        Column::Name,
        Column::Email,
        Column::Address,
        Column::Jurisdiction,
        Column::Language,
        Column::Request,
        Column::Place,
        Column::Date,
        Column::PhotoEnclosed,
        Column::Reference,
        Column::File,
    ];
    pub const REQUIRED: [Column; 3] = [Column::Name, Column::Jurisdiction, Column::Request];

    pub fn name(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Email => "email",
            Column::Address => "address",
            Column::Jurisdiction => "jurisdiction",
            Column::Language => "language",
            Column::Request => "request",
            Column::Place => "place",
            Column::Date => "date",
            Column::PhotoEnclosed => "photo_enclosed",
            Column::Reference => "reference",
            Column::File => "file",
        }
    }

    /// What the column holds, for `--print-template` and the README.
    pub fn help(self) -> &'static str {
        match self {
            Column::Name => "required: full name",
            Column::Email => "e-mail address (this or address is required)",
            Column::Address => "postal address; lines separated by line breaks or |",
            Column::Jurisdiction => "required: ISO country code (IT, DE, GB/UK, …)",
            Column::Language => "letter language (default: the country's language, else English)",
            Column::Request => "required: access, erasure or access-erasure",
            Column::Place => "where the letter is signed",
            Column::Date => "letter date YYYY-MM-DD (default: --date, else today)",
            Column::PhotoEnclosed => "yes/no (also true/false, 1/0, x): a face photo is enclosed",
            Column::Reference => "the NGO's case number (printed in the letter)",
            Column::File => "output file name (default: from reference or name and request)",
        }
    }

    /// A header name, ignoring case and separators ("E-Mail", "Photo enclosed", "photo_enclosed").
    fn parse(header: &str) -> Option<Column> {
        let squash = |s: &str| -> String {
            s.trim()
                .chars()
                .filter(|c| !matches!(c, ' ' | '-' | '_'))
                .flat_map(char::to_lowercase)
                .collect()
        };
        let h = squash(header);
        Column::ALL
            .into_iter()
            .find(|c| squash(c.name()) == h || (h == "photo" && *c == Column::PhotoEnclosed))
    }
}

/// One input row: its number as a spreadsheet shows it (header = row 1) and its cells.
#[derive(Debug, Clone)]
pub struct Row {
    pub number: usize,
    pub cells: HashMap<Column, String>,
}

impl Row {
    pub fn get(&self, c: Column) -> Option<&str> {
        self.cells
            .get(&c)
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
    }
}

/// A row that could not be read at all (broken quoting, wrong field count, bad JSON).
#[derive(Debug, Clone)]
pub struct RowError {
    pub number: usize,
    pub column: Option<&'static str>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Csv,
    Jsonl,
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
            _ => InputFormat::Csv,
        }
    }
}

/// Streams the rows of a batch file.
pub struct Rows {
    inner: RowsInner,
}

enum RowsInner {
    Csv {
        reader: csv::Reader<Box<dyn Read + Send>>,
        columns: Vec<Column>,
        record: csv::StringRecord,
        number: usize,
    },
    Jsonl {
        lines: std::io::Lines<BufReader<Box<dyn Read + Send>>>,
        number: usize,
        bytes: u64,
    },
}

fn open(path: &Path) -> Result<BufReader<Box<dyn Read + Send>>, Error> {
    let file = File::open(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    Ok(BufReader::with_capacity(
        1 << 16,
        Box::new(file) as Box<dyn Read + Send>,
    ))
}

fn not_utf8(path: &Path, line: u64) -> Error {
    Error::Usage(format!(
        "{}: line {line} is not valid UTF-8; save the file as UTF-8 (in LibreOffice: Save As, \
         Text CSV, Character set: Unicode (UTF-8); in Excel: Save As, CSV UTF-8)",
        path.display()
    ))
}

/// Skips a UTF-8 byte-order mark.
fn skip_bom(r: &mut BufReader<Box<dyn Read + Send>>) -> std::io::Result<()> {
    let buf = r.fill_buf()?;
    if buf.starts_with(b"\xEF\xBB\xBF") {
        r.consume(3);
    }
    Ok(())
}

/// The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes.
fn detect_delimiter(r: &mut BufReader<Box<dyn Read + Send>>) -> std::io::Result<u8> {
    let buf = r.fill_buf()?;
    let line_end = buf.iter().position(|b| *b == b'\n').unwrap_or(buf.len());
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in &buf[..line_end] {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    Ok([b',', b';', b'\t'][best])
}

impl Rows {
    /// Opens the file and reads its header. Errors here mean nothing can be processed.
    pub fn open(path: &Path, format: InputFormat) -> Result<Rows, Error> {
        let mut r = open(path)?;
        let io = |e: std::io::Error| Error::Io {
            path: path.to_path_buf(),
            source: e,
        };
        skip_bom(&mut r).map_err(io)?;
        match format {
            InputFormat::Jsonl => Ok(Rows {
                inner: RowsInner::Jsonl {
                    lines: r.lines(),
                    number: 0,
                    bytes: 0,
                },
            }),
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
                let columns = header_columns(path, headers.iter())?;
                Ok(Rows {
                    inner: RowsInner::Csv {
                        reader,
                        columns,
                        record: csv::StringRecord::new(),
                        number: 1,
                    },
                })
            }
        }
    }
}

fn csv_fatal(path: &Path, e: csv::Error) -> Error {
    match e.kind() {
        csv::ErrorKind::Utf8 { pos, .. } => {
            not_utf8(path, pos.as_ref().map(|p| p.line()).unwrap_or(1))
        }
        _ => Error::Usage(format!("{}: {e}", path.display())),
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
                    path.display(),
                    c.name()
                )))
            }
            Some(c) => columns.push(c),
            None => unknown.push(h.trim().to_string()),
        }
    }
    if !unknown.is_empty() {
        return Err(Error::Usage(format!(
            "{}: row 1: unknown column{} {}; known columns: {} (see `facerights batch --print-template`)",
            path.display(),
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
            path.display(),
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
        }
    }

    /// The next row; `Err(Ok(row_error))` for a row that cannot be read, `Err(Err(fatal))` when
    /// reading cannot go on (not UTF-8, I/O error).
    pub fn next_row(&mut self, path: &Path) -> Option<Result<Row, Result<RowError, Error>>> {
        match &mut self.inner {
            RowsInner::Csv {
                reader,
                columns,
                record,
                number,
            } => {
                *number += 1;
                match reader.read_record(record) {
                    Ok(false) => None,
                    Ok(true) => {
                        if record.iter().all(|f| f.trim().is_empty()) {
                            // Spreadsheets export trailing empty rows; skip them.
                            return self.next_row(path);
                        }
                        if record.len() > columns.len()
                            && record
                                .iter()
                                .skip(columns.len())
                                .any(|f| !f.trim().is_empty())
                        {
                            return Some(Err(Ok(RowError {
                                number: *number,
                                column: None,
                                message: format!(
                                    "has {} fields but the header has {} columns (check the quoting)",
                                    record.len(),
                                    columns.len()
                                ),
                            })));
                        }
                        let cells = columns
                            .iter()
                            .zip(record.iter())
                            .map(|(c, v)| (*c, v.to_string()))
                            .collect();
                        Some(Ok(Row {
                            number: *number,
                            cells,
                        }))
                    }
                    Err(e) => match e.kind() {
                        csv::ErrorKind::Utf8 { pos, .. } => Some(Err(Err(not_utf8(
                            path,
                            pos.as_ref().map(|p| p.line()).unwrap_or(*number as u64),
                        )))),
                        csv::ErrorKind::Io(_) => {
                            Some(Err(Err(Error::Usage(format!("{}: {e}", path.display())))))
                        }
                        _ => Some(Err(Ok(RowError {
                            number: *number,
                            column: None,
                            message: e.to_string(),
                        }))),
                    },
                }
            }
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
                    continue;
                }
                return Some(json_row(*number, &line).map_err(Ok));
            },
        }
    }
}

/// One JSON Lines row: an object whose keys are the column names. `address` may be a string or
/// an array of lines; `photo_enclosed` a boolean or a string.
fn json_row(number: usize, line: &str) -> Result<Row, RowError> {
    let err = |column: Option<&'static str>, message: String| RowError {
        number,
        column,
        message,
    };
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| err(None, format!("is not valid JSON: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| err(None, "is not a JSON object".into()))?;
    let mut cells = HashMap::new();
    for (k, v) in obj {
        let c = Column::parse(k).ok_or_else(|| {
            err(
                None,
                format!(
                    "unknown key `{k}`; known keys: {}",
                    Column::ALL.map(Column::name).join(", ")
                ),
            )
        })?;
        let text = match v {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Array(items) if c == Column::Address => items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| err(Some(c.name()), "address lines must be strings".into()))
                })
                .collect::<Result<Vec<_>, _>>()?
                .join("\n"),
            _ => return Err(err(Some(c.name()), "must be a string".into())),
        };
        cells.insert(c, text);
    }
    for c in Column::REQUIRED {
        cells.entry(c).or_default();
    }
    Ok(Row { number, cells })
}
