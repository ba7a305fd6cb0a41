//! `--merge`: one PDF with every letter of a batch, in input order, for an NGO that prints and
//! posts. Written as a stream: each letter's objects are renumbered and appended to the file as
//! it arrives, so memory does not grow with the number of letters (only one offset per object and
//! one reference per page are kept). With `--duplex`, a blank page follows every letter with an odd
//! number of pages, so that each letter starts on the front of a sheet.

use std::io::{BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::error::Error;

/// Object 1 is the page tree root, object 2 the catalog, object 3 the info dictionary; letters'
/// objects follow.
const PAGES_ID: u32 = 1;
const CATALOG_ID: u32 = 2;
const INFO_ID: u32 = 3;

pub struct MergedPdf {
    path: PathBuf,
    out: BufWriter<tempfile::NamedTempFile>,
    /// Byte offset of object `n` at index `n`; 0 for ids never written.
    offsets: Vec<u64>,
    next_id: u32,
    kids: Vec<ObjectId>,
    duplex: bool,
    letters: usize,
}

fn err(path: &Path, what: impl std::fmt::Display) -> Error {
    Error::Usage(format!("--merge {}: {what}", path.display()))
}

impl MergedPdf {
    /// Starts the merged file (a temporary file next to `path`, renamed into place by `finish`).
    pub fn create(path: &Path, duplex: bool) -> Result<MergedPdf, Error> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".facerights-merge-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| err(path, e))?;
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
        })
    }

    fn position(&mut self) -> Result<u64, Error> {
        let path = self.path.clone();
        self.out.stream_position().map_err(|e| err(&path, e))
    }

    fn write_object(&mut self, id: u32, object: &Object) -> Result<(), Error> {
        let at = self.position()?;
        if self.offsets.len() <= id as usize {
            self.offsets.resize(id as usize + 1, 0);
        }
        self.offsets[id as usize] = at;
        let path = self.path.clone();
        let out = &mut self.out;
        let mut buf = Vec::with_capacity(256);
        writeln!(buf, "{id} 0 obj").map_err(|e| err(&path, e))?;
        serialize(&mut buf, object);
        buf.extend_from_slice(b"\nendobj\n");
        out.write_all(&buf).map_err(|e| err(&path, e))
    }

    /// Appends one letter (a whole PDF file as facerights writes it).
    pub fn append(&mut self, pdf: &[u8]) -> Result<(), Error> {
        let path = self.path.clone();
        let mut doc =
            Document::load_mem(pdf).map_err(|e| err(&path, format!("reading a letter: {e}")))?;
        doc.renumber_objects_with(self.next_id);
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
        let info_id = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        // Attributes pages may inherit from the letter's page tree root.
        let root_resources = doc
            .get_object(pages_root)
            .ok()
            .and_then(|o| o.as_dict().ok())
            .and_then(|d| d.get(b"Resources").ok().cloned());
        // The letter's media box, for the blank page that may follow it.
        let media_box = pages
            .first()
            .and_then(|id| doc.get_object(*id).ok())
            .and_then(|o| o.as_dict().ok())
            .and_then(|d| d.get(b"MediaBox").ok().cloned())
            .or_else(|| {
                doc.get_object(pages_root)
                    .ok()
                    .and_then(|o| o.as_dict().ok())
                    .and_then(|d| d.get(b"MediaBox").ok().cloned())
            });
        for id in &pages {
            if let Ok(Object::Dictionary(page)) = doc.get_object_mut(*id) {
                // Inherited attributes the page tree root carried.
                page.set("Parent", Object::Reference((PAGES_ID, 0)));
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
            }
        }
        let skip = [Some(catalog_id), Some(pages_root), info_id];
        let max_id = doc.max_id;
        for (id, object) in std::mem::take(&mut doc.objects) {
            if skip.contains(&Some(id)) {
                continue;
            }
            self.write_object(id.0, &object)?;
        }
        self.next_id = max_id + 1;
        self.kids.extend(pages.iter().copied());
        if self.duplex && pages.len() % 2 == 1 {
            let mut blank = Dictionary::new();
            blank.set("Type", Object::Name(b"Page".to_vec()));
            blank.set("Parent", Object::Reference((PAGES_ID, 0)));
            if let Some(mb) = media_box {
                blank.set("MediaBox", mb);
            }
            blank.set("Resources", Object::Dictionary(Dictionary::new()));
            let id = self.next_id;
            self.next_id += 1;
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
