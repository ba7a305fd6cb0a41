//! Writes a laid-out letter as PDF 1.7 with pdf-writer (typst's typed writer): Type0 /
//! CIDFontType2 fonts with Identity-H encoding, ToUnicode maps (so the text can be extracted and
//! searched), compressed content streams, /Lang, title, author and fixed dates, and an ID derived
//! from the content. No PDF syntax is written by hand here.
//!
//! Most of a letter's file is the same for every letter with the same form (language, request,
//! body): the font subsets and the content of its fixed segments. That part is a [`Prefix`],
//! built once and shared: the header, the font objects and the fixed content streams, with the
//! SHA-256 state after them. A letter adds only its own objects: the content streams of its
//! personal segments (sender, place and date, signature), the page tree, the catalogue and the
//! document information. Each page's /Contents lists its segments in reading order.
//!
//! The prefix is made of [`Part`]s, each a few objects with a process-unique serial: one per font
//! subset (its five objects always take the same numbers in a file, by face) and one for the
//! fixed content streams. A merged file (`--merge`) writes each part once, renumbered, and points
//! every letter that used it there ([`LetterParts::merge_into`]): nothing is parsed back.
//!
//! A form's font subsets hold exactly the characters of its fixed text (and Basic Latin), so
//! every letter of the form shares them; a letter whose own rows need other glyphs also carries
//! a small subset of just those, among its own objects (see [`super::subset`]).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use pdf_writer::{Chunk, Content, Date, Filter, Name, Pdf, Rect, Ref, Settings, Str, TextStr};
use sha2::Digest as _;

use super::font::{FaceKey, FontSet};
use super::layout::{PageLayout, Pages, Personal, Segment};
use super::subset::{font_part, font_slot, letter_font, FontKeys, FontPart, Usage};
use super::PdfError;
use crate::letter::Letter;

/// zlib level for font programs and ToUnicode maps: compressed once per subset and carried by
/// many letters.
pub(super) const FONT_LEVEL: u32 = 9;
/// zlib level for the fixed text: compressed once per form, shape and subsets (hundreds of times
/// in a pan-European batch), where level 4 is several times faster than 9 for 2 % more bytes.
pub(super) const CONTENT_LEVEL: u32 = 4;
/// Objects per font subset: font program, descriptor, CIDToGIDMap, CID font, ToUnicode map,
/// Type0 font.
pub(super) const FONT_OBJECTS: i32 = 6;
/// The first object after the built-in faces' slots: the fixed text's content streams.
const FIXED_FIRST: i32 = 1 + 2 * FONT_OBJECTS;

/// Objects are written compactly (no indentation).
const SETTINGS: Settings = Settings { pretty: false };

/// Serials of [`Part`]s: unique in the process, so a merged file knows what it holds.
static SERIAL: AtomicU64 = AtomicU64::new(1);
thread_local! {
    /// One compressor per thread and level, reset between streams: its state (some 380 KB) is
    /// allocated once instead of for every stream, which would leave the allocator holding freed
    /// memory (glibc raises its trimming threshold after freeing such a block).
    static FONT_COMPRESSOR: std::cell::RefCell<flate2::Compress> =
        std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::new(FONT_LEVEL), true));
    static CONTENT_COMPRESSOR: std::cell::RefCell<flate2::Compress> =
        std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::new(CONTENT_LEVEL), true));
}

/// `data` compressed with zlib at `level` ([`FONT_LEVEL`] or [`CONTENT_LEVEL`]).
pub(super) fn deflate(data: &[u8], level: u32) -> Result<Vec<u8>, PdfError> {
    let compressor = if level == FONT_LEVEL {
        &FONT_COMPRESSOR
    } else {
        &CONTENT_COMPRESSOR
    };
    compressor.with_borrow_mut(|c| {
        c.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let consumed = usize::try_from(c.total_in()).unwrap_or(usize::MAX);
            let status = c
                .compress_vec(&data[consumed..], &mut out, flate2::FlushCompress::Finish)
                .map_err(|e| PdfError::Compress(std::io::Error::other(e)))?;
            match status {
                flate2::Status::StreamEnd => return Ok(out),
                _ => out.reserve(out.capacity().max(1024)),
            }
        }
    })
}

/// A group of objects that letters share, numbered from `first` in every file that holds it.
pub(crate) struct Part {
    serial: u64,
    first: i32,
    /// One indirect object each, numbered `first`, `first + 1`, …; references stay inside.
    objects: Vec<Chunk>,
}

impl Part {
    pub(super) fn new(first: i32) -> Part {
        Part {
            serial: SERIAL.fetch_add(1, Ordering::Relaxed),
            first,
            objects: Vec::new(),
        }
    }

    /// The next object's number, and a chunk to write it into.
    pub(super) fn next(&mut self) -> (Ref, &mut Chunk) {
        let id = Ref::new(self.first + self.objects.len() as i32);
        self.objects.push(Chunk::with_settings(SETTINGS));
        (id, self.objects.last_mut().expect("just pushed"))
    }

    pub(super) fn end(&self) -> i32 {
        self.first + self.objects.len() as i32
    }

    pub(super) fn size(&self) -> usize {
        self.objects.iter().map(Chunk::len).sum()
    }

    pub(super) fn extend_into(&self, chunk: &mut Chunk) {
        for o in &self.objects {
            chunk.extend(o);
        }
    }
}

/// The fixed text of a form on the pages of one shape: its content streams, compressed once,
/// numbered from [`FIXED_FIRST`]. The glyphs are drawn by their ids in the whole face, so the
/// same streams serve every letter of the shape, whatever font subsets its names need.
pub(crate) struct FixedPart {
    part: Part,
    /// Object numbers of the fixed segments, page by page in segment order.
    ids: Vec<Vec<Ref>>,
}

impl FixedPart {
    /// Bytes held.
    pub fn size(&self) -> usize {
        self.part.size()
    }
}

/// The start of every file of one form, shape and set of font subsets: header, font objects and
/// the fixed content streams, and the SHA-256 state after them.
pub(crate) struct Prefix {
    fonts: BTreeMap<FaceKey, Arc<FontPart>>,
    fixed: Arc<super::cache::Counted<FixedPart>>,
    /// Bytes of the header and all parts.
    len: usize,
    sha: sha2::Sha256,
}

impl Prefix {
    /// Bytes held by this prefix alone (the fonts and the fixed part are shared and counted
    /// apart).
    pub fn size(&self) -> usize {
        std::mem::size_of::<Prefix>()
    }

    /// The parts in the order of their numbers (and of their bytes in a file).
    fn parts(&self) -> Vec<&Part> {
        let mut parts: Vec<&Part> = self
            .fonts
            .values()
            .map(|f| &f.part)
            .chain([&self.fixed.get().part])
            .collect();
        parts.sort_by_key(|p| p.first);
        parts
    }

    /// The first object number after the prefix.
    fn end(&self) -> i32 {
        self.parts().iter().map(|p| p.end()).max().unwrap_or(1)
    }

    fn font_resources(&self) -> impl Iterator<Item = (&'static str, Ref)> + '_ {
        self.fonts.iter().map(|(k, f)| (k.resource_name(), f.type0))
    }
}

/// Glyphs a letter draws from its own small subsets rather than the form's: by face, the form's
/// subset (to ask whether it has a glyph) and whether the letter has a subset of its own.
type Extra<'a> = &'a BTreeMap<FaceKey, (Arc<FontPart>, bool)>;

/// The operators of `page` (rules, then lines), appended to `content`. Glyphs are written by
/// their id in the whole face (the CID of every subset of it); with `extra`, a glyph the form's
/// subset lacks is drawn from the letter's own subset of that face.
fn encode(
    content: &mut Content,
    page: &PageLayout,
    page_height: f32,
    faces: &FontSet<'_>,
    extra: Option<Extra<'_>>,
) -> Result<(), PdfError> {
    if !page.rules.is_empty() {
        content.save_state().set_stroke_gray(0.45);
        for r in &page.rules {
            content
                .set_line_width(r.thickness)
                .move_to(r.x1, page_height - r.y1)
                .line_to(r.x2, page_height - r.y2)
                .stroke();
        }
        content.restore_state();
    }
    let mut glyphs = Vec::with_capacity(128);
    for line in &page.lines {
        if line.runs.is_empty() {
            continue;
        }
        content.begin_text();
        if line.grey {
            content.set_fill_gray(0.3);
        }
        content.next_line(line.x, page_height - line.baseline);
        let mut current = None;
        for run in &line.runs {
            let face = faces
                .face(run.face)
                .ok_or(PdfError::Internal("a run uses a missing font"))?;
            let own = extra
                .and_then(|e| e.get(&run.face))
                .filter(|(_, has_own)| *has_own);
            glyphs.clear();
            for c in run.text.chars() {
                let g = face.glyph(c).unwrap_or(0);
                let font = (run.face, own.is_some_and(|(form, _)| !form.has(g)));
                if current != Some(font) {
                    if !glyphs.is_empty() {
                        content.show(Str(&glyphs));
                        glyphs.clear();
                    }
                    let name = if font.1 {
                        run.face.own_resource_name()
                    } else {
                        run.face.resource_name()
                    };
                    content.set_font(Name(name.as_bytes()), line.size);
                    current = Some(font);
                }
                glyphs.extend_from_slice(&g.to_be_bytes());
            }
            if !glyphs.is_empty() {
                content.show(Str(&glyphs));
            }
        }
        if line.grey {
            content.set_fill_gray(0.0);
        }
        content.end_text();
    }
    Ok(())
}

/// The header pdf-writer starts every file with.
fn header() -> Vec<u8> {
    Pdf::with_settings(SETTINGS).as_bytes().to_vec()
}

/// Writes and compresses the fixed segments of `pages`.
pub(crate) fn fixed_part(pages: &Pages, faces: &FontSet<'_>) -> Result<FixedPart, PdfError> {
    let mut part = Part::new(FIXED_FIRST);
    let height = pages.geometry.height;
    let mut ids = Vec::with_capacity(pages.pages.len());
    for segments in &pages.pages {
        let mut page_ids = Vec::new();
        for segment in segments {
            if let Segment::Fixed(layout) = segment {
                let mut content = Content::new();
                encode(&mut content, layout, height, faces, None)?;
                let data = deflate(&content.finish(), CONTENT_LEVEL)?;
                let (id, chunk) = part.next();
                chunk.stream(id, &data).filter(Filter::FlateDecode);
                page_ids.push(id);
            }
        }
        ids.push(page_ids);
    }
    Ok(FixedPart { part, ids })
}

/// The shared start of the files with the fixed part `fixed` and the font subsets `keys`.
pub(crate) fn prefix(
    fixed: Arc<super::cache::Counted<FixedPart>>,
    keys: &FontKeys,
    faces: &FontSet<'_>,
) -> Result<Prefix, PdfError> {
    let mut fonts: BTreeMap<FaceKey, Arc<FontPart>> = BTreeMap::new();
    for (face_key, key) in keys {
        let face = faces.face(*face_key).ok_or(PdfError::Internal(
            "a subset key names a face the font set does not have",
        ))?;
        let first = font_slot(*face_key, fixed.get().part.end());
        fonts.insert(*face_key, font_part(*face_key, face, key, first)?);
    }
    let header = header();
    let mut prefix = Prefix {
        fonts,
        fixed,
        len: header.len(),
        sha: sha2::Sha256::new_with_prefix(&header),
    };
    let mut sha = prefix.sha.clone();
    let mut len = prefix.len;
    for part in prefix.parts() {
        for o in &part.objects {
            sha.update(o.as_bytes());
            len += o.len();
        }
    }
    prefix.sha = sha;
    prefix.len = len;
    Ok(prefix)
}

/// A letter as written: the shared prefix it used and its own objects, which is all a merged
/// file needs to hold it without reading the letter's file back.
pub struct LetterParts {
    prefix: Arc<super::cache::Counted<Prefix>>,
    /// The letter's personal content streams, numbered from the prefix's end.
    own: Vec<Chunk>,
    /// Each page's content streams, in reading order.
    contents: Vec<Vec<Ref>>,
    /// The letter's own font subsets (among `own`): resource name and Type0 font.
    own_fonts: Vec<(&'static str, Ref)>,
    media_box: Rect,
}

/// Where a merged file puts the objects of the letters it takes.
pub trait MergeTarget {
    /// Where the shared part `serial` starts in the file, if the file holds it.
    fn placed(&mut self, serial: u64) -> Option<i32>;
    /// Notes that the shared part `serial` starts at `first`.
    fn place(&mut self, serial: u64, first: i32);
    /// `count` new object numbers; returns the first.
    fn allocate(&mut self, count: i32) -> i32;
    /// Appends one indirect object (a chunk holding just it, numbered `id`).
    fn write(&mut self, id: Ref, object: &Chunk) -> std::io::Result<()>;
}

impl std::fmt::Debug for LetterParts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LetterParts")
            .field("own", &self.own.len())
            .field("contents", &self.contents)
            .finish_non_exhaustive()
    }
}

impl LetterParts {
    /// The letter's media box (for a blank page after it).
    pub fn media_box(&self) -> Rect {
        self.media_box
    }

    /// Writes the letter into a merged file: each shared part the file does not hold yet, the
    /// letter's own streams and its pages (children of `parent`). Returns the pages' numbers.
    pub fn merge_into(
        &self,
        target: &mut dyn MergeTarget,
        parent: Ref,
    ) -> std::io::Result<Vec<Ref>> {
        let prefix = self.prefix.get();
        // Object number ranges of this letter's file and where each lands in the merged file.
        let mut ranges: Vec<(i32, i32, i32)> = Vec::new();
        for part in prefix.parts() {
            let base = match target.placed(part.serial) {
                Some(base) => base,
                None => {
                    let base = target.allocate(part.objects.len() as i32);
                    for o in &part.objects {
                        let chunk = o.renumber(|r| Ref::new(r.get() - part.first + base));
                        let id = chunk.refs().next().unwrap_or(Ref::new(base));
                        target.write(id, &chunk)?;
                    }
                    target.place(part.serial, base);
                    base
                }
            };
            ranges.push((part.first, part.end(), base));
        }
        let own_first = prefix.end();
        let own_base = target.allocate(self.own.len() as i32);
        ranges.push((own_first, own_first + self.own.len() as i32, own_base));
        let map = |r: Ref| -> Ref {
            ranges
                .iter()
                .find(|(a, b, _)| (*a..*b).contains(&r.get()))
                .map_or(r, |(a, _, base)| Ref::new(r.get() - a + base))
        };
        for o in &self.own {
            let chunk = o.renumber(map);
            let id = chunk.refs().next().unwrap_or(Ref::new(own_base));
            target.write(id, &chunk)?;
        }
        let first_page = target.allocate(self.contents.len() as i32);
        let mut page_ids = Vec::with_capacity(self.contents.len());
        for (i, ids) in self.contents.iter().enumerate() {
            let id = Ref::new(first_page + i as i32);
            let mut chunk = Chunk::with_settings(SETTINGS);
            let fonts: Vec<(&str, Ref)> = prefix
                .font_resources()
                .chain(self.own_fonts.iter().copied())
                .map(|(k, r)| (k, map(r)))
                .collect();
            let contents: Vec<Ref> = ids.iter().map(|r| map(*r)).collect();
            write_page(&mut chunk, id, parent, self.media_box, &fonts, &contents);
            target.write(id, &chunk)?;
            page_ids.push(id);
        }
        Ok(page_ids)
    }
}

/// One page: its size, fonts and content streams.
fn write_page(
    chunk: &mut Chunk,
    id: Ref,
    parent: Ref,
    media_box: Rect,
    fonts: &[(&str, Ref)],
    contents: &[Ref],
) {
    let mut page = chunk.page(id);
    page.parent(parent).media_box(media_box);
    {
        let mut resources = page.resources();
        let mut dict = resources.fonts();
        for (key, r) in fonts {
            dict.pair(Name(key.as_bytes()), *r);
        }
    }
    match contents {
        [one] => {
            page.contents(*one);
        }
        many => {
            page.contents_array(many.iter().copied());
        }
    }
}

/// A blank page (after a letter with an odd number of pages, for duplex printing).
pub fn write_blank_page(chunk: &mut Chunk, id: Ref, parent: Ref, media_box: Rect) {
    let mut page = chunk.page(id);
    page.parent(parent).media_box(media_box);
    page.resources();
}

/// Writes the letter's file: the shared prefix, then its personal content streams, page tree,
/// catalogue and document information; pdf-writer adds the cross-reference table and trailer.
/// Returns the bytes, their SHA-256 and the parts a merged file needs.
pub(crate) fn finish(
    letter: &Letter,
    pages: &Pages,
    prefix: Arc<super::cache::Counted<Prefix>>,
    personal: &Personal,
    usage: &Usage,
    faces: &FontSet<'_>,
) -> Result<(Vec<u8>, [u8; 32], LetterParts), PdfError> {
    let pre = prefix.get();
    let geo = pages.geometry;
    let mut next = pre.end();
    let mut own = Vec::new();
    // The glyphs of the letter's own rows that the form's subsets lack, in subsets of its own.
    let mut extra: BTreeMap<FaceKey, (Arc<FontPart>, bool)> = BTreeMap::new();
    let mut own_fonts = Vec::new();
    for (key, chars) in usage.faces() {
        let face = faces
            .face(key)
            .ok_or(PdfError::Internal("a run uses a missing font"))?;
        let form = pre.fonts.get(&key).ok_or(PdfError::Internal(
            "the prefix lacks a face the letter uses",
        ))?;
        let missing: std::collections::BTreeSet<char> = chars
            .iter()
            .copied()
            .filter(|c| face.glyph(*c).is_some_and(|g| !form.has(g)))
            .collect();
        if !missing.is_empty() {
            let font = letter_font(face, &missing, next)?;
            next = font.part.end();
            own_fonts.push((key.own_resource_name(), font.type0));
            own.extend(font.part.objects.iter().cloned());
        }
        extra.insert(key, (form.clone(), !missing.is_empty()));
    }
    // Each page's content streams in reading order.
    let mut contents: Vec<Vec<Ref>> = Vec::with_capacity(pages.pages.len());
    for (i, segments) in pages.pages.iter().enumerate() {
        let mut fixed = pre.fixed.get().ids[i].iter();
        let mut ids = Vec::with_capacity(segments.len());
        for segment in segments {
            match segment {
                Segment::Fixed(_) => ids.extend(fixed.next().copied()),
                Segment::Personal(group) => {
                    let lines = personal.lines(pages, *group, i);
                    if lines.lines.is_empty() && lines.rules.is_empty() {
                        continue;
                    }
                    // A few lines, compressed by the thread's compressor (reset, not set up
                    // again): about half the bytes, for some microseconds.
                    let mut content = Content::new();
                    encode(&mut content, &lines, geo.height, faces, Some(&extra))?;
                    let data = deflate(&content.finish(), CONTENT_LEVEL)?;
                    let id = Ref::new(next);
                    next += 1;
                    let mut chunk = Chunk::with_settings(SETTINGS);
                    chunk.stream(id, &data).filter(Filter::FlateDecode);
                    own.push(chunk);
                    ids.push(id);
                }
            }
        }
        contents.push(ids);
    }
    let media_box = Rect::new(0.0, 0.0, geo.width, geo.height);
    let mut pdf = Pdf::with_settings_and_capacity(SETTINGS, pre.len + 8 * 1024);
    for part in pre.parts() {
        part.extend_into(&mut pdf);
    }
    debug_assert_eq!(pdf.len(), pre.len);
    for o in &own {
        pdf.extend(o);
    }
    let first_page = next;
    let pages_id = Ref::new(first_page + contents.len() as i32);
    let catalog_id = Ref::new(pages_id.get() + 1);
    let info_id = Ref::new(pages_id.get() + 2);
    let fonts: Vec<(&str, Ref)> = pre
        .font_resources()
        .chain(own_fonts.iter().copied())
        .collect();
    for (i, ids) in contents.iter().enumerate() {
        let id = Ref::new(first_page + i as i32);
        write_page(&mut pdf, id, pages_id, media_box, &fonts, ids);
    }
    pdf.pages(pages_id)
        .kids((0..contents.len() as i32).map(|i| Ref::new(first_page + i)))
        .count(contents.len() as i32);
    {
        let mut catalog = pdf.catalog(catalog_id);
        catalog.pages(pages_id).lang(TextStr(&letter.language));
        catalog.viewer_preferences().display_doc_title(true);
    }
    let date = pdf_date(letter.date);
    pdf.document_info(info_id)
        .title(TextStr(&letter.subject))
        .author(TextStr(letter.sender_name()))
        .creator(TextStr("facerights"))
        .producer(TextStr(concat!("facerights ", env!("CARGO_PKG_VERSION"))))
        .creation_date(date)
        .modified_date(date);
    // The file ID is (the first half of) the SHA-256 of everything before the cross-reference
    // table: reproducible, and different for different letters. The prefix's part is hashed once.
    let mut sha = pre.sha.clone();
    let body_end = pdf.len();
    sha.update(&pdf.as_bytes()[pre.len..]);
    let id = sha.clone().finalize()[..16].to_vec();
    pdf.set_file_id((id.clone(), id));
    let mut out = pdf.finish();
    // pdf-writer ends the file with `%%EOF`; the end-of-line marker after it is conventional.
    out.push(b'\n');
    sha.update(&out[body_end..]);
    let parts = LetterParts {
        prefix,
        own,
        contents,
        own_fonts,
        media_box,
    };
    Ok((out, sha.finalize().into(), parts))
}

/// The letter's date at midnight UTC, as the document's creation and modification date.
fn pdf_date(date: chrono::NaiveDate) -> Date {
    use chrono::Datelike as _;
    Date::new(date.year().clamp(0, 9999) as u16)
        .month(date.month() as u8)
        .day(date.day() as u8)
        .hour(0)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
}
