//! `--merge`: one PDF with every letter of a batch, in input order, for an NGO that prints and
//! posts. Written as a stream from what each letter was written from
//! ([`LetterParts`]), never by reading a letter back: the shared parts a letter used (a font
//! subset, the fixed text of its form) are written the first time a letter needs them,
//! renumbered, and every later letter's pages point to that copy, so 10,000 letters do not carry
//! 10,000 copies of the fonts; a letter's own content streams and pages follow. Memory does not
//! grow with the number of letters beyond one offset per object and one reference per page (the
//! table of parts already written is bounded). With `--duplex`, a blank page follows every letter
//! with an odd number of pages, so that each letter starts on the front of a sheet.
//!
//! Every object is written with pdf-writer, the cross-reference index too: as a cross-reference
//! stream (PDF 1.5), compressed, since pdf-writer writes a cross-reference table only for a file
//! it holds in memory. Only the final `startxref` line is written here.

use std::collections::HashMap;
use std::io::{BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use pdf_writer::writers::DocumentInfo;
use pdf_writer::{Chunk, Filter, Finish, Name, Rect, Ref, Settings, TextStr};

use crate::error::Error;
use crate::printable::quoted_path;
use crate::render::pdf::{write_blank_page, LetterParts, MergeTarget};

/// Object 1 is the page tree root, object 2 the catalog, object 3 the info dictionary; letters'
/// objects follow.
const PAGES_ID: Ref = Ref::new(1);
const CATALOG_ID: Ref = Ref::new(2);
const INFO_ID: Ref = Ref::new(3);
/// Shared parts remembered as written; the table starts afresh when full (a part is then written
/// again when a letter needs it).
const SHARED_LIMIT: usize = 4_096;
const SETTINGS: Settings = Settings { pretty: false };

/// `--merge FILE [--duplex]`.
#[derive(Debug, Clone)]
pub struct MergeOptions {
    /// The merged file.
    pub path: PathBuf,
    /// A blank page after every letter with an odd number of pages.
    pub duplex: bool,
}

pub struct MergedPdf {
    path: PathBuf,
    out: BufWriter<crate::interrupt::TempFile>,
    /// Byte offset of object `n` at index `n`; 0 for ids never written.
    offsets: Vec<u64>,
    next_id: i32,
    kids: Vec<Ref>,
    duplex: bool,
    letters: usize,
    /// Where each shared part already written starts, by the part's serial.
    shared: HashMap<u64, i32>,
}

fn err(path: &Path, what: impl std::fmt::Display) -> Error {
    Error::Usage(format!("--merge {}: {what}", quoted_path(path)))
}

/// An I/O error on the merged file, with its cause.
fn io(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks, before any letter is written, that the merged file may be written at `path`: a new
/// file, or, with `force`, a merged PDF facerights wrote before. Any other file is never replaced.
pub fn check_target(path: &Path, force: bool) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(err(
            path,
            format!("the directory {} does not exist", quoted_path(dir)),
        ));
    }
    let Ok(meta) = path.symlink_metadata() else {
        return Ok(());
    };
    if !force {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    if !meta.file_type().is_file() {
        return Err(err(
            path,
            "exists and is not a regular file; --force replaces only a merged PDF facerights wrote",
        ));
    }
    if !written_by_us(path) {
        return Err(err(path, "exists and is not a merged PDF written by facerights; --force does not replace it: move it away"));
    }
    Ok(())
}

/// Whether `path` is a merged PDF as [`MergedPdf::finish`] writes it: its info dictionary, just
/// before the cross-reference stream (a table in files written before December 2026), names
/// facerights as the producer (as a literal string, or in hex as versions before pdf-writer
/// wrote it).
fn written_by_us(path: &Path) -> bool {
    use std::io::{Read, SeekFrom};
    let producer = {
        let mut info = Chunk::with_settings(SETTINGS);
        info.indirect(INFO_ID)
            .start::<DocumentInfo>()
            .producer(TextStr("facerights"));
        let bytes = info.as_bytes();
        let at = bytes
            .windows(9)
            .position(|w| w == b"/Producer")
            .unwrap_or(0);
        String::from_utf8_lossy(&bytes[at..])
            .trim_end_matches(|c: char| c != ')')
            .to_owned()
    };
    let old_producer = "/Producer <66616365726967687473>";
    let read_at = |f: &mut std::fs::File, at: u64, len: u64| -> Option<Vec<u8>> {
        f.seek(SeekFrom::Start(at)).ok()?;
        let mut buf = Vec::new();
        f.take(len).read_to_end(&mut buf).ok()?;
        Some(buf)
    };
    let check = || -> Option<bool> {
        let mut f = std::fs::File::open(path).ok()?;
        let size = f.metadata().ok()?.len();
        let head = read_at(&mut f, 0, 8)?;
        let tail = read_at(&mut f, size.saturating_sub(64), 64)?;
        let tail = String::from_utf8_lossy(&tail);
        let xref_at: u64 = tail
            .rsplit("startxref")
            .next()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()?;
        let before = read_at(&mut f, xref_at.checked_sub(512)?.min(size), 512)?;
        let before = String::from_utf8_lossy(&before);
        Some(
            head.starts_with(b"%PDF-")
                && (before.contains(&producer) || before.contains(old_producer)),
        )
    };
    check().unwrap_or(false)
}

impl MergedPdf {
    /// Starts the merged file (a temporary file next to `path`, renamed into place by `finish`).
    pub fn create(path: &Path, duplex: bool) -> Result<MergedPdf, Error> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        crate::interrupt::clean_dir(&dir);
        let tmp = crate::interrupt::TempFile::new_in(&dir, path)?;
        let mut out = BufWriter::with_capacity(1 << 20, tmp);
        out.write_all(pdf_writer::Pdf::with_settings(SETTINGS).as_bytes())
            .map_err(|e| io(path, e))?;
        Ok(MergedPdf {
            path: path.to_path_buf(),
            out,
            offsets: vec![0; 4],
            next_id: 4,
            kids: Vec::new(),
            duplex,
            letters: 0,
            shared: HashMap::new(),
        })
    }

    /// Appends one letter, from what it was written from.
    pub fn append(&mut self, letter: &LetterParts) -> Result<(), Error> {
        let pages = letter
            .merge_into(self, PAGES_ID)
            .map_err(|e| io(&self.path, e))?;
        let count = pages.len();
        self.kids.extend(pages);
        if self.duplex && count % 2 == 1 {
            self.blank_page(letter.media_box())?;
        }
        self.letters += 1;
        Ok(())
    }

    fn blank_page(&mut self, media_box: Rect) -> Result<(), Error> {
        let id = Ref::new(self.allocate(1));
        let mut chunk = Chunk::with_settings(SETTINGS);
        write_blank_page(&mut chunk, id, PAGES_ID, media_box);
        self.write(id, &chunk).map_err(|e| io(&self.path, e))?;
        self.kids.push(id);
        Ok(())
    }

    /// Writes the page tree, catalog and cross-reference table, and moves the file into place
    /// (never over an existing file unless `force`). Returns the number of pages.
    pub fn finish(mut self, title: &str, force: bool) -> Result<usize, Error> {
        let path = self.path.clone();
        let mut chunk = Chunk::with_settings(SETTINGS);
        chunk
            .pages(PAGES_ID)
            .kids(self.kids.iter().copied())
            .count(self.kids.len() as i32);
        self.write(PAGES_ID, &chunk).map_err(|e| io(&path, e))?;
        let mut chunk = Chunk::with_settings(SETTINGS);
        chunk
            .indirect(CATALOG_ID)
            .dict()
            .pair(Name(b"Type"), Name(b"Catalog"))
            .pair(Name(b"Pages"), PAGES_ID);
        self.write(CATALOG_ID, &chunk).map_err(|e| io(&path, e))?;
        let mut chunk = Chunk::with_settings(SETTINGS);
        chunk
            .indirect(INFO_ID)
            .start::<DocumentInfo>()
            .title(TextStr(title))
            .producer(TextStr("facerights"));
        self.write(INFO_ID, &chunk).map_err(|e| io(&path, e))?;
        let xref_id = Ref::new(self.allocate(1));
        let xref_at = self.out.stream_position().map_err(|e| io(&path, e))?;
        let chunk = xref_stream(&mut self.offsets, xref_id, xref_at).map_err(|e| io(&path, e))?;
        self.write(xref_id, &chunk).map_err(|e| io(&path, e))?;
        // The end of the file points to the cross-reference stream (ISO 32000-1 7.5.5, 7.5.8):
        // pdf-writer writes these two keywords only for a file it holds in memory.
        write!(self.out, "startxref\n{xref_at}\n%%EOF\n").map_err(|e| io(&path, e))?;
        let tmp = self
            .out
            .into_inner()
            .map_err(|e| io(&path, e.into_error()))?;
        tmp.as_file().sync_all().map_err(|e| io(&path, e))?;
        crate::output::persist(tmp, &path, force)?;
        Ok(self.kids.len())
    }

    pub fn letters(&self) -> usize {
        self.letters
    }
}

impl MergeTarget for MergedPdf {
    fn placed(&mut self, serial: u64) -> Option<i32> {
        self.shared.get(&serial).copied()
    }

    fn place(&mut self, serial: u64, first: i32) {
        if self.shared.len() >= SHARED_LIMIT {
            self.shared.clear();
        }
        self.shared.insert(serial, first);
    }

    fn allocate(&mut self, count: i32) -> i32 {
        let first = self.next_id;
        self.next_id += count;
        first
    }

    fn write(&mut self, id: Ref, object: &Chunk) -> std::io::Result<()> {
        let at = self.out.stream_position()?;
        let n = usize::try_from(id.get()).unwrap_or(0);
        if self.offsets.len() <= n {
            self.offsets.resize(n + 1, 0);
        }
        self.offsets[n] = at;
        self.out.write_all(object.as_bytes())
    }
}

/// The cross-reference stream `id`, written at `at`: one entry of 1 + n + 2 bytes per object
/// (type, offset in as few bytes as the largest needs, generation), ids never written as free.
fn xref_stream(offsets: &mut Vec<u64>, id: Ref, at: u64) -> std::io::Result<Chunk> {
    let n = usize::try_from(id.get()).unwrap_or(0);
    if offsets.len() <= n {
        offsets.resize(n + 1, 0);
    }
    offsets[n] = at;
    let width = (8 - (at.leading_zeros() / 8) as usize).max(1);
    let mut entries = Vec::with_capacity(offsets.len() * (width + 3));
    for (k, offset) in offsets.iter().enumerate() {
        if k == 0 || *offset == 0 {
            // Free; never used again (generation 65535).
            entries.push(0);
            entries.extend(std::iter::repeat_n(0, width));
            entries.extend([0xff, 0xff]);
        } else {
            entries.push(1);
            entries.extend(&offset.to_be_bytes()[8 - width..]);
            entries.extend([0, 0]);
        }
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&entries)?;
    let data = z.finish()?;
    let mut chunk = Chunk::with_settings(SETTINGS);
    let mut stream = chunk.stream(id, &data);
    stream
        .filter(Filter::FlateDecode)
        .pair(Name(b"Type"), Name(b"XRef"))
        .pair(
            Name(b"Size"),
            i32::try_from(offsets.len()).unwrap_or(i32::MAX),
        )
        .pair(Name(b"Root"), CATALOG_ID)
        .pair(Name(b"Info"), INFO_ID);
    stream
        .insert(Name(b"W"))
        .array()
        .items([1, width as i32, 2]);
    stream.finish();
    Ok(chunk)
}
