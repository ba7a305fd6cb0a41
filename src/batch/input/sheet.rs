//! Batch input from spreadsheets (.xlsx, .ods) read directly with calamine: the first sheet or a
//! named one, cells as people typed them (dates as YYYY-MM-DD, whole numbers without `.0`,
//! booleans as yes/no), a formula's last computed value (never evaluated), and rows numbered as
//! the spreadsheet shows them.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use super::{header_columns, shown, too_long, Cells, Column, Row, RowError, ROW_MAX};
use crate::error::Error;
use crate::printable::printable;

/// The largest spreadsheet file read, in bytes. It is read into memory whole (a zip needs its
/// directory at the end); a sheet of 100,000 people is a few megabytes.
pub const SHEET_FILE_MAX: u64 = 32 << 20;
/// The most rows a sheet may have (the header included). CSV and JSON Lines are streamed and
/// have no such limit; a sheet is held in memory, so it has.
pub const SHEET_ROWS_MAX: usize = 200_000;
/// The most text all the cells of a sheet may hold together, in bytes.
pub const SHEET_TEXT_MAX: usize = 64 << 20;

/// Which kind of spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Ods,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Xlsx => ".xlsx (Excel)",
            Kind::Ods => ".ods (OpenDocument)",
        }
    }
}

/// The rows of one sheet, in order: each a row or the reason it cannot be read.
pub struct Sheet {
    pub rows: Vec<Result<Row, RowError>>,
}

/// The refusal of a file that is not a readable spreadsheet of that kind.
fn corrupt(path: &Path, kind: Kind, e: impl std::fmt::Display) -> Error {
    Error::Usage(format!(
        "{}: cannot be read as an {} spreadsheet ({}); nothing was processed. Open it in the \
         spreadsheet and save it again, or save it as CSV.",
        shown(path),
        kind.label(),
        printable(&e.to_string())
    ))
}

/// Which sheet to read: `wanted` (exact name, else the only one equal ignoring case), else the
/// first.
fn pick(path: &Path, names: &[String], wanted: Option<&str>) -> Result<String, Error> {
    let list = || {
        names
            .iter()
            .map(|n| format!("`{}`", printable(n)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match wanted {
        None => names.first().cloned().ok_or_else(|| {
            Error::Usage(format!(
                "{}: the workbook has no sheet; nothing was processed",
                shown(path)
            ))
        }),
        Some(w) => {
            if let Some(n) = names.iter().find(|n| n.as_str() == w) {
                return Ok(n.clone());
            }
            let folded: Vec<&String> = names
                .iter()
                .filter(|n| n.to_lowercase() == w.to_lowercase())
                .collect();
            match folded.as_slice() {
                [one] => Ok((*one).clone()),
                _ => Err(Error::Usage(format!(
                    "--sheet: {} has no sheet named `{}`; its sheets: {}",
                    shown(path),
                    printable(w),
                    list()
                ))),
            }
        }
    }
}

/// A cell as the person typed it, or the error value it holds (`#DIV/0!`).
fn text(value: &Data) -> CellText {
    Ok(match value {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // Rust prints floats without a needless `.0` (17.0 as "17") and without exponent.
        Data::Float(f) => {
            if *f == 0.0 {
                "0".to_string()
            } else {
                f.to_string()
            }
        }
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, ms) = d.to_ymd_hms_milli();
            if (h, min, s, ms) == (0, 0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            }
        }
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) => s
            .strip_suffix("T00:00:00")
            .unwrap_or(s)
            .replacen('T', " ", 1),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// A column's letters as the spreadsheet shows them (0 = A, 26 = AA).
fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A cell's text, or the error value it holds.
type CellText = Result<String, String>;

/// Builds rows from cells given row by row (row-major, as both formats store them).
struct Builder<'a> {
    path: &'a Path,
    /// The header's columns by sheet column, once the header row has been read.
    header: Option<(usize, HashMap<u32, Column>)>,
    /// The row being read: its index (0-based) and its non-empty cells.
    current: Option<(u32, Vec<(u32, CellText)>)>,
    row_bytes: usize,
    text_bytes: usize,
    rows: Vec<Result<Row, RowError>>,
}

impl<'a> Builder<'a> {
    fn new(path: &'a Path) -> Builder<'a> {
        Builder {
            path,
            header: None,
            current: None,
            row_bytes: 0,
            text_bytes: 0,
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: u32, col: u32, value: &Data) -> Result<(), Error> {
        if matches!(value, Data::Empty) {
            return Ok(());
        }
        if row as usize >= SHEET_ROWS_MAX {
            return Err(Error::Usage(format!(
                "{}: the sheet has more than {SHEET_ROWS_MAX} rows; nothing was processed. Split \
                 it, or save it as CSV (CSV input is read row by row and has no such limit).",
                shown(self.path)
            )));
        }
        match &self.current {
            Some((r, _)) if *r == row => {}
            Some((r, _)) if *r > row => {
                return Err(Error::Usage(format!(
                    "{}: the sheet's rows are out of order (row {} after row {}); nothing was \
                     processed. Open it in the spreadsheet and save it again.",
                    shown(self.path),
                    row + 1,
                    r + 1
                )))
            }
            _ => {
                self.finish_row()?;
                self.current = Some((row, Vec::new()));
                self.row_bytes = 0;
            }
        }
        let cell = text(value);
        let len = cell.as_ref().map_or_else(String::len, String::len);
        self.row_bytes += len;
        self.text_bytes += len;
        if self.row_bytes as u64 > ROW_MAX {
            return Err(too_long(self.path, row as usize + 1));
        }
        if self.text_bytes > SHEET_TEXT_MAX {
            return Err(Error::Usage(format!(
                "{}: the sheet holds more than {} MiB of text; nothing was processed. Split it, \
                 or save it as CSV.",
                shown(self.path),
                SHEET_TEXT_MAX >> 20
            )));
        }
        if let Some((_, cells)) = &mut self.current {
            cells.push((col, cell));
        }
        Ok(())
    }

    /// Turns the row read so far into the header or a row.
    fn finish_row(&mut self) -> Result<(), Error> {
        let Some((index, cells)) = self.current.take() else {
            return Ok(());
        };
        let number = index as usize + 1;
        if cells
            .iter()
            .all(|(_, v)| v.as_ref().is_ok_and(|s| s.trim().is_empty()))
        {
            // A blank row: skipped, and the rows after it keep their numbers.
            return Ok(());
        }
        let Some((_, columns)) = &self.header else {
            let named: Vec<(u32, String)> = cells
                .into_iter()
                .map(|(c, v)| (c, v.unwrap_or_else(|e| e)))
                .filter(|(_, v)| !v.trim().is_empty())
                .collect();
            let parsed = header_columns(self.path, named.iter().map(|(_, v)| v.as_str()))?;
            let by_col = named.iter().map(|(c, _)| *c).zip(parsed).collect();
            self.header = Some((number, by_col));
            return Ok(());
        };
        let mut named = Vec::with_capacity(cells.len());
        for (col, value) in cells {
            let column = columns.get(&col);
            match (column, value) {
                (Some(c), Ok(v)) => named.push((*c, v)),
                (Some(c), Err(e)) => {
                    self.rows.push(Err(RowError {
                        number,
                        column: Some(c.name()),
                        message: format!(
                            "the cell holds the error {e} (a formula's last computed value is \
                             read; correct the formula or type the value)"
                        ),
                    }));
                    return Ok(());
                }
                (None, v) if v.as_ref().is_ok_and(|s| s.trim().is_empty()) => {}
                (None, _) => {
                    self.rows.push(Err(RowError {
                        number,
                        column: None,
                        message: format!(
                            "has a value in column {} but the header has no column name there",
                            column_letters(col)
                        ),
                    }));
                    return Ok(());
                }
            }
        }
        let header = Column::header(&named.iter().map(|(c, _)| *c).collect::<Vec<_>>());
        let record: csv::StringRecord = named.iter().map(|(_, v)| v.as_str()).collect();
        self.rows
            .push(Cells::read(number, &header, &record).map(|cells| Row { number, cells }));
        Ok(())
    }

    fn finish(mut self) -> Result<Sheet, Error> {
        self.finish_row()?;
        if self.header.is_none() {
            // An empty sheet: the same refusal as an empty CSV file (no header).
            header_columns(self.path, std::iter::empty())?;
        }
        Ok(Sheet { rows: self.rows })
    }
}

/// Reads sheet `wanted` (default: the first) of the spreadsheet in `bytes`.
pub fn read(path: &Path, bytes: Vec<u8>, kind: Kind, wanted: Option<&str>) -> Result<Sheet, Error> {
    let mut builder = Builder::new(path);
    match kind {
        Kind::Xlsx => {
            let mut book: calamine::Xlsx<_> =
                calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| corrupt(path, kind, e))?;
            let name = pick(path, &book.sheet_names(), wanted)?;
            // Cell by cell: a sheet whose cells are far apart never becomes a huge grid.
            let mut cells = book
                .worksheet_cells_reader(&name)
                .map_err(|e| corrupt(path, kind, e))?;
            while let Some(cell) = cells.next_cell().map_err(|e| corrupt(path, kind, e))? {
                let (row, col) = cell.get_position();
                let value = Data::from(cell.get_value().clone());
                builder.push(row, col, &value)?;
            }
        }
        Kind::Ods => {
            let mut book: calamine::Ods<_> =
                calamine::Ods::new(Cursor::new(bytes)).map_err(|e| corrupt(path, kind, e))?;
            let name = pick(path, &book.sheet_names(), wanted)?;
            let range = book
                .worksheet_range(&name)
                .map_err(|e| corrupt(path, kind, e))?;
            let (top, left) = range.start().unwrap_or((0, 0));
            for (row, col, value) in range.used_cells() {
                builder.push(top + row as u32, left + col as u32, value)?;
            }
        }
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_typed() {
        assert_eq!(text(&Data::Float(17.0)).unwrap(), "17");
        assert_eq!(text(&Data::Float(17.5)).unwrap(), "17.5");
        assert_eq!(text(&Data::Float(-0.0)).unwrap(), "0");
        assert_eq!(text(&Data::Int(42)).unwrap(), "42");
        assert_eq!(text(&Data::Bool(true)).unwrap(), "yes");
        assert_eq!(text(&Data::Bool(false)).unwrap(), "no");
        assert_eq!(
            text(&Data::DateTimeIso("2026-03-02".into())).unwrap(),
            "2026-03-02"
        );
        assert_eq!(
            text(&Data::DateTimeIso("2026-03-02T00:00:00".into())).unwrap(),
            "2026-03-02"
        );
        let date =
            calamine::ExcelDateTime::new(46083.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(text(&Data::DateTime(date)).unwrap(), "2026-03-02");
        assert!(text(&Data::Error(calamine::CellErrorType::Div0)).is_err());
    }

    fn header(b: &mut Builder) {
        for (col, name) in ["name", "email", "jurisdiction", "request"]
            .iter()
            .enumerate()
        {
            b.push(0, col as u32, &Data::String(name.to_string()))
                .unwrap();
        }
    }

    #[test]
    fn rows_keep_the_spreadsheet_numbering_and_far_cells_are_refused() {
        let path = Path::new("people.xlsx");
        let mut b = Builder::new(path);
        header(&mut b);
        b.push(1, 0, &Data::String("A B".into())).unwrap();
        b.push(1, 3, &Data::String("access".into())).unwrap();
        // Row 3 blank (a space), row 4 with a value outside the header, row 5 an error value.
        b.push(2, 1, &Data::String(" ".into())).unwrap();
        b.push(3, 0, &Data::String("C D".into())).unwrap();
        b.push(3, 6, &Data::Int(1)).unwrap();
        b.push(4, 2, &Data::Error(calamine::CellErrorType::NA))
            .unwrap();
        let rows = b.finish().unwrap().rows;
        assert_eq!(rows.len(), 3);
        let first = rows[0].as_ref().unwrap();
        assert_eq!(first.number, 2);
        assert_eq!(first.cells.request.as_deref(), Some("access"));
        let far = rows[1].as_ref().unwrap_err();
        assert_eq!((far.number, far.column), (4, None));
        assert!(far.message.contains("column G"), "{}", far.message);
        let na = rows[2].as_ref().unwrap_err();
        assert_eq!((na.number, na.column), (5, Some("jurisdiction")));
        assert!(na.message.contains("#N/A"), "{}", na.message);
        // Out of order: refused rather than misnumbered.
        let mut b = Builder::new(path);
        header(&mut b);
        b.push(5, 0, &Data::String("x".into())).unwrap();
        assert!(b.push(4, 0, &Data::String("y".into())).is_err());
    }

    #[test]
    fn limits_refuse_before_memory_grows() {
        let path = Path::new("people.ods");
        let mut b = Builder::new(path);
        header(&mut b);
        let err = b
            .push(SHEET_ROWS_MAX as u32, 0, &Data::String("x".into()))
            .unwrap_err();
        assert!(err.to_string().contains("more than 200000 rows"), "{err}");
        let mut b = Builder::new(path);
        header(&mut b);
        let long = "a".repeat(ROW_MAX as usize / 2 + 1);
        b.push(1, 0, &Data::String(long.clone())).unwrap();
        let err = b.push(1, 1, &Data::String(long)).unwrap_err();
        assert!(
            err.to_string().contains("row 2 is longer than 1 MiB"),
            "{err}"
        );
        let mut b = Builder::new(path);
        header(&mut b);
        let cell = "a".repeat(ROW_MAX as usize / 2);
        let err = (1..200)
            .find_map(|row| b.push(row, 0, &Data::String(cell.clone())).err())
            .expect("the text limit");
        assert!(err.to_string().contains("64 MiB of text"), "{err}");
    }

    #[test]
    fn an_unknown_sheet_lists_the_sheets() {
        let names = vec!["Notes".to_string(), "People".to_string()];
        let path = Path::new("p.xlsx");
        assert_eq!(pick(path, &names, None).unwrap(), "Notes");
        assert_eq!(pick(path, &names, Some("people")).unwrap(), "People");
        let err = pick(path, &names, Some("Members")).unwrap_err().to_string();
        assert!(err.contains("its sheets: `Notes`, `People`"), "{err}");
        assert!(pick(path, &[], None).is_err());
    }

    #[test]
    fn column_letters_as_spreadsheets_show_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(11), "L");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
