//! `manifest.csv`: one line per input row, written chunk by chunk so that it always describes
//! what was done; and the check that a manifest already in the output directory is facerights'
//! own before anything is replaced.

use std::path::{Path, PathBuf};

use super::{Outcome, Status};
use crate::error::Error;
use crate::interrupt::TempFile;
use crate::output;
use crate::printable::{self, quoted_path, spreadsheet_cell};

/// The manifest's file name inside the output directory.
pub const MANIFEST: &str = "manifest.csv";
/// The manifest's columns: its first line, by which facerights knows a manifest of its own. The
/// same names, in the same order, as the fields of [`ManifestRow`] (a test checks it).
const MANIFEST_HEADER: [&str; 11] = [
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
    "deadline",
];

/// One line of the manifest. Every text cell is made printable and kept from running as a
/// spreadsheet formula ([`spreadsheet_cell`]).
#[derive(serde::Serialize)]
struct ManifestRow<'o> {
    row: usize,
    reference: std::borrow::Cow<'o, str>,
    name: std::borrow::Cow<'o, str>,
    jurisdiction: std::borrow::Cow<'o, str>,
    language: std::borrow::Cow<'o, str>,
    request: std::borrow::Cow<'o, str>,
    file: std::borrow::Cow<'o, str>,
    sha256: &'o str,
    status: &'static str,
    error: std::borrow::Cow<'o, str>,
    deadline: &'o str,
}

impl<'o> ManifestRow<'o> {
    fn of(o: &'o Outcome) -> ManifestRow<'o> {
        ManifestRow {
            row: o.row,
            reference: spreadsheet_cell(&o.reference),
            name: spreadsheet_cell(&o.name),
            jurisdiction: spreadsheet_cell(&o.jurisdiction),
            language: spreadsheet_cell(&o.language),
            request: spreadsheet_cell(&o.request),
            file: spreadsheet_cell(&o.file),
            sha256: &o.sha256,
            status: o.status.as_str(),
            error: spreadsheet_cell(&o.error),
            deadline: &o.deadline,
        }
    }
}

/// How many columns manifests had before the `deadline` column: such a manifest (the first ten
/// names of [`MANIFEST_HEADER`]) is still facerights' own.
const MANIFEST_COLUMNS_V1: usize = 10;

/// The manifest, written chunk by chunk to a temporary file and renamed into place at the end
/// (also after Ctrl-C), so it always describes what was done. Cells are made printable and kept
/// from running as spreadsheet formulas.
pub(super) struct Manifest {
    file: TempFile,
    /// Lines of the current chunk, not yet in the file.
    lines: Vec<u8>,
    /// Bytes of whole chunks in the file.
    committed: u64,
}

impl Manifest {
    pub(super) fn create(dir: &Path) -> Result<Manifest, Error> {
        let file = TempFile::new_in(dir, &dir.join(MANIFEST))?;
        let mut m = Manifest {
            file,
            lines: Vec::new(),
            committed: 0,
        };
        m.line(MANIFEST_HEADER.iter().copied());
        m.commit()?;
        Ok(m)
    }

    pub(super) fn add(&mut self, o: &Outcome) {
        let row = ManifestRow::of(o);
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .buffer_capacity(1024)
            .from_writer(&mut self.lines);
        // Writing into memory cannot fail.
        let _ = w.serialize(row);
        let _ = w.flush();
    }

    fn line<I: IntoIterator<Item = T>, T: AsRef<str>>(&mut self, cells: I) {
        let mut w = csv::WriterBuilder::new()
            .buffer_capacity(1024)
            .from_writer(&mut self.lines);
        // Writing into memory cannot fail.
        let _ = w.write_record(cells.into_iter().map(|c| c.as_ref().to_string()));
        let _ = w.flush();
    }

    /// Writes the lines added since the last commit; on failure the file is cut back to the
    /// last whole chunk.
    pub(super) fn commit(&mut self) -> Result<(), Error> {
        use std::io::{Seek, Write};
        let bytes = std::mem::take(&mut self.lines);
        match self.file.write_all(&bytes) {
            Ok(()) => {
                self.committed += bytes.len() as u64;
                Ok(())
            }
            Err(source) => {
                let f = self.file.as_file_mut();
                let _ = f.set_len(self.committed);
                let _ = f.seek(std::io::SeekFrom::Start(self.committed));
                Err(Error::Io {
                    path: PathBuf::from(MANIFEST),
                    source,
                })
            }
        }
    }

    /// Puts the manifest in place, replacing the previous one (which [`previous_letters`] has
    /// checked is facerights' own).
    pub(super) fn finish(mut self, dir: &Path) -> Result<PathBuf, Error> {
        let path = dir.join(MANIFEST);
        self.commit()?;
        self.file.as_file().sync_all().map_err(|e| Error::Io {
            path: path.clone(),
            source: e,
        })?;
        output::persist(self.file, &path, true)?;
        Ok(path)
    }
}

/// The letters an earlier run wrote in `dir`, from its manifest. A `manifest.csv` that facerights
/// did not write (its first line is not the manifest's header) is never replaced: the run stops
/// before writing anything.
pub(super) fn previous_letters(dir: &Path) -> Result<std::collections::HashSet<String>, Error> {
    let path = dir.join(MANIFEST);
    let mut files = std::collections::HashSet::new();
    let meta = match path.symlink_metadata() {
        Ok(m) => m,
        Err(_) => return Ok(files),
    };
    let refuse = |why: &str| {
        Error::Usage(format!(
            "{} {why}; facerights will not replace it. Move it away or choose another --out-dir.",
            quoted_path(&path)
        ))
    };
    if !meta.file_type().is_file() {
        return Err(refuse("exists and is not a regular file"));
    }
    let not_ours = "exists and is not a manifest written by facerights";
    let file = std::fs::File::open(&path).map_err(|e| Error::Io {
        path: path.clone(),
        source: e,
    })?;
    use std::io::Read;
    // A manifest lists each row in well under a kilobyte; a bound keeps memory small whatever
    // the file has become.
    let limit = 64u64 << 20;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(file.take(limit));
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true)
            if record.iter().eq(MANIFEST_HEADER)
                || record
                    .iter()
                    .eq(MANIFEST_HEADER[..MANIFEST_COLUMNS_V1].iter().copied()) => {}
        _ => return Err(refuse(not_ours)),
    }
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {
                let (Some(file), Some(status)) = (record.get(6), record.get(8)) else {
                    continue;
                };
                if [
                    Status::Written,
                    Status::SkippedExists,
                    Status::KeptDifferent,
                ]
                .iter()
                .any(|s| s.as_str() == status)
                {
                    files.insert(printable::from_spreadsheet_cell(file).to_string());
                }
            }
            Ok(false) => break,
            // A damaged line: what was read stays known; nothing beyond it is trusted.
            Err(_) => break,
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_names_the_rows_fields_in_order() {
        let o = Outcome::new(2);
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(ManifestRow::of(&o)).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(text.lines().next().unwrap(), MANIFEST_HEADER.join(","));
    }
}
