//! `--merge`: one PDF with every letter of a batch, in input order, for an NGO that prints and
//! posts. Written as a stream: each letter's objects are renumbered and appended to the file as
//! it arrives, so memory does not grow with the number of letters (one offset per object, one
//! reference per page and a bounded table of digests are kept). Objects the file already holds
//! (font programs, the text letters share) are not written again: a letter's page points to the
//! copy already there, so 10,000 letters do not carry 10,000 copies of the fonts. With
//! `--duplex`, a blank page follows every letter with an odd number of pages, so that each letter
//! starts on the front of a sheet.

use std::collections::HashMap;
use std::io::{BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object, ObjectId};

use sha2::Digest as _;

use crate::error::Error;
use crate::printable::quoted_path;

/// Object 1 is the page tree root, object 2 the catalog, object 3 the info dictionary; letters'
/// objects follow.
const PAGES_ID: u32 = 1;
const CATALOG_ID: u32 = 2;
const INFO_ID: u32 = 3;
/// Digests of written objects kept for sharing; the table starts afresh when full.
const SHARED_LIMIT: usize = 16_384;
/// How deep references may nest below a page (a letter's are at most four deep).
const MAX_DEPTH: usize = 16;

pub struct MergedPdf {
    path: PathBuf,
    out: BufWriter<crate::interrupt::TempFile>,
    /// Byte offset of object `n` at index `n`; 0 for ids never written.
    offsets: Vec<u64>,
    next_id: u32,
    kids: Vec<ObjectId>,
    duplex: bool,
    letters: usize,
    /// Objects already written, by the SHA-256 of their serialised form (references already
    /// mapped to this file's numbers).
    written: HashMap<[u8; 32], u32>,
}

fn err(path: &Path, what: impl std::fmt::Display) -> Error {
    Error::Usage(format!("--merge {}: {what}", quoted_path(path)))
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
/// before the cross-reference table, names facerights as the producer.
fn written_by_us(path: &Path) -> bool {
    use std::io::{Read, SeekFrom};
    let producer: String = b"/Producer <"
        .iter()
        .map(|b| char::from(*b))
        .chain(
            "facerights"
                .bytes()
                .flat_map(|b| format!("{b:02X}").chars().collect::<Vec<_>>()),
        )
        .chain(['>'])
        .collect();
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
        Some(head.starts_with(b"%PDF-") && before.contains(&producer))
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
        out.write_all(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
            .map_err(|e| err(path, e))?;
        Ok(MergedPdf {
            path: path.to_path_buf(),
            out,
            offsets: vec![0; 4],
            next_id: 4,
            kids: Vec::new(),
            duplex,
            letters: 0,
            written: HashMap::new(),
        })
    }

    fn position(&mut self) -> Result<u64, Error> {
        let path = self.path.clone();
        self.out.stream_position().map_err(|e| err(&path, e))
    }

    fn write_object(&mut self, id: u32, object: &Object) -> Result<(), Error> {
        let mut body = Vec::with_capacity(256);
        serialize(&mut body, object);
        self.write_raw(id, &body)
    }

    fn write_raw(&mut self, id: u32, body: &[u8]) -> Result<(), Error> {
        let at = self.position()?;
        if self.offsets.len() <= id as usize {
            self.offsets.resize(id as usize + 1, 0);
        }
        self.offsets[id as usize] = at;
        let path = self.path.clone();
        let out = &mut self.out;
        writeln!(out, "{id} 0 obj").map_err(|e| err(&path, e))?;
        out.write_all(body).map_err(|e| err(&path, e))?;
        out.write_all(b"\nendobj\n").map_err(|e| err(&path, e))
    }

    fn new_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The number in this file of the letter's object `id`: that of an identical object already
    /// written, or a new one.
    fn intern(
        &mut self,
        doc: &Document,
        id: ObjectId,
        local: &mut HashMap<ObjectId, u32>,
        depth: usize,
    ) -> Result<u32, Error> {
        if let Some(n) = local.get(&id) {
            return Ok(*n);
        }
        let path = self.path.clone();
        if depth > MAX_DEPTH {
            return Err(err(
                &path,
                "a letter's objects nest too deep (or in a cycle)",
            ));
        }
        let mut object = doc
            .get_object(id)
            .map_err(|e| err(&path, format!("a letter refers to a missing object: {e}")))?
            .clone();
        self.map_references(doc, &mut object, local, depth + 1)?;
        let mut body = Vec::with_capacity(256);
        serialize(&mut body, &object);
        let digest: [u8; 32] = sha2::Sha256::digest(&body).into();
        let n = match self.written.get(&digest) {
            Some(n) => *n,
            None => {
                let n = self.new_id();
                self.write_raw(n, &body)?;
                if self.written.len() >= SHARED_LIMIT {
                    self.written.clear();
                }
                self.written.insert(digest, n);
                n
            }
        };
        local.insert(id, n);
        Ok(n)
    }

    /// Replaces every reference in `object` by the number of the interned object.
    fn map_references(
        &mut self,
        doc: &Document,
        object: &mut Object,
        local: &mut HashMap<ObjectId, u32>,
        depth: usize,
    ) -> Result<(), Error> {
        match object {
            Object::Reference(r) => *r = (self.intern(doc, *r, local, depth)?, 0),
            Object::Array(items) => {
                for item in items {
                    self.map_references(doc, item, local, depth)?;
                }
            }
            Object::Dictionary(dict) => {
                for (_, value) in dict.iter_mut() {
                    self.map_references(doc, value, local, depth)?;
                }
            }
            Object::Stream(stream) => {
                for (_, value) in stream.dict.iter_mut() {
                    self.map_references(doc, value, local, depth)?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Appends one letter (a whole PDF file as facerights writes it).
    pub fn append(&mut self, pdf: &[u8]) -> Result<(), Error> {
        let path = self.path.clone();
        let doc =
            Document::load_mem(pdf).map_err(|e| err(&path, format!("reading a letter: {e}")))?;
        let catalog_id = doc
            .trailer
            .get(b"Root")
            .and_then(Object::as_reference)
            .map_err(|e| err(&path, format!("a letter has no catalog: {e}")))?;
        let pages_root = doc
            .get_object(catalog_id)
            .and_then(Object::as_dict)
            .and_then(|c| c.get(b"Pages"))
            .and_then(Object::as_reference)
            .map_err(|e| err(&path, format!("a letter has no page tree: {e}")))?;
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        // Attributes pages may inherit from the letter's page tree root.
        let root = doc
            .get_object(pages_root)
            .ok()
            .and_then(|o| o.as_dict().ok());
        let root_resources = root.and_then(|d| d.get(b"Resources").ok().cloned());
        // The letter's media box, for the blank page that may follow it.
        let media_box = pages
            .first()
            .and_then(|id| doc.get_object(*id).ok())
            .and_then(|o| o.as_dict().ok())
            .and_then(|d| d.get(b"MediaBox").ok().cloned())
            .or_else(|| root.and_then(|d| d.get(b"MediaBox").ok().cloned()));
        let mut local = HashMap::new();
        let mut count = 0;
        for id in &pages {
            let mut page = doc
                .get_object(*id)
                .and_then(Object::as_dict)
                .map_err(|e| err(&path, format!("a letter has a broken page: {e}")))?
                .clone();
            page.remove(b"Parent");
            if !page.has(b"MediaBox") {
                if let Some(mb) = &media_box {
                    page.set("MediaBox", mb.clone());
                }
            }
            if !page.has(b"Resources") {
                if let Some(r) = &root_resources {
                    page.set("Resources", r.clone());
                }
            }
            let mut page = Object::Dictionary(page);
            self.map_references(&doc, &mut page, &mut local, 0)?;
            if let Object::Dictionary(d) = &mut page {
                d.set("Parent", Object::Reference((PAGES_ID, 0)));
            }
            let new = self.new_id();
            self.write_object(new, &page)?;
            self.kids.push((new, 0));
            count += 1;
        }
        if self.duplex && count % 2 == 1 {
            let mut blank = Dictionary::new();
            blank.set("Type", Object::Name(b"Page".to_vec()));
            blank.set("Parent", Object::Reference((PAGES_ID, 0)));
            if let Some(mb) = media_box {
                blank.set("MediaBox", mb);
            }
            blank.set("Resources", Object::Dictionary(Dictionary::new()));
            let id = self.new_id();
            self.write_object(id, &Object::Dictionary(blank))?;
            self.kids.push((id, 0));
        }
        self.letters += 1;
        Ok(())
    }

    /// Writes the page tree, catalog and cross-reference table, and moves the file into place
    /// (never over an existing file unless `force`). Returns the number of pages.
    pub fn finish(mut self, title: &str, force: bool) -> Result<usize, Error> {
        let path = self.path.clone();
        let mut pages = Dictionary::new();
        pages.set("Type", Object::Name(b"Pages".to_vec()));
        pages.set("Count", Object::Integer(self.kids.len() as i64));
        pages.set(
            "Kids",
            Object::Array(self.kids.iter().map(|id| Object::Reference(*id)).collect()),
        );
        self.write_object(PAGES_ID, &Object::Dictionary(pages))?;
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Pages", Object::Reference((PAGES_ID, 0)));
        self.write_object(CATALOG_ID, &Object::Dictionary(catalog))?;
        let mut info = Dictionary::new();
        info.set("Title", Object::string_literal(title));
        info.set("Producer", Object::string_literal("facerights"));
        self.write_object(INFO_ID, &Object::Dictionary(info))?;
        let size = self.offsets.len().max(self.next_id as usize);
        self.offsets.resize(size, 0);
        let xref_at = self.position()?;
        let mut table = format!("xref\n0 {size}\n0000000000 65535 f \n");
        for offset in &self.offsets[1..] {
            if *offset == 0 {
                table.push_str("0000000000 65535 f \n");
            } else {
                table.push_str(&format!("{offset:010} 00000 n \n"));
            }
        }
        table.push_str(&format!(
            "trailer\n<< /Size {size} /Root {CATALOG_ID} 0 R /Info {INFO_ID} 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
        ));
        self.out
            .write_all(table.as_bytes())
            .map_err(|e| err(&path, e))?;
        let tmp = self.out.into_inner().map_err(|e| err(&path, e.error()))?;
        tmp.as_file().sync_all().map_err(|e| err(&path, e))?;
        crate::output::persist(tmp, &path, force)?;
        Ok(self.kids.len())
    }

    pub fn letters(&self) -> usize {
        self.letters
    }
}

/// Writes one PDF object (lopdf keeps its own writer private). Strings are written in hex, names
/// escaped, and a stream's /Length set from its content.
fn serialize(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Object::Real(r) => out.extend_from_slice(format!("{r}").as_bytes()),
        Object::Name(name) => serialize_name(out, name),
        Object::String(bytes, _) => {
            out.push(b'<');
            for b in bytes {
                out.extend_from_slice(format!("{b:02X}").as_bytes());
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                serialize(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => serialize_dict(out, dict, None),
        Object::Stream(stream) => {
            serialize_dict(out, &stream.dict, Some(stream.content.len()));
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(&stream.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            out.extend_from_slice(format!("{id} {generation} R").as_bytes())
        }
    }
}

fn serialize_dict(out: &mut Vec<u8>, dict: &Dictionary, length: Option<usize>) {
    out.extend_from_slice(b"<<");
    for (key, value) in dict.iter() {
        if length.is_some() && key.as_slice() == b"Length" {
            continue;
        }
        serialize_name(out, key);
        out.push(b' ');
        serialize(out, value);
        out.push(b' ');
    }
    if let Some(len) = length {
        out.extend_from_slice(format!("/Length {len} ").as_bytes());
    }
    out.extend_from_slice(b">>");
}

fn serialize_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        let regular = (0x21..=0x7E).contains(&b) && !b"()<>[]{}/%#".contains(&b);
        if regular {
            out.push(b);
        } else {
            out.extend_from_slice(format!("#{b:02X}").as_bytes());
        }
    }
}
