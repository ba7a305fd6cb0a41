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
//! Font subsets hold the whole Unicode blocks a letter touches (Basic Latin, Latin-1, Latin
//! Extended-A, Greek, Cyrillic, punctuation, …), not just the characters it uses, so thousands of
//! letters in a batch share a handful of subsets, each built and compressed once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Chunk, Content, Date, Filter, Name, Pdf, Rect, Ref, Settings, Str, TextStr};
use sha2::Digest as _;

use super::font::{FaceKey, FontFace, FontSet};
use super::layout::{PageLayout, Pages, Personal, Segment};
use super::text::Run;
use super::PdfError;
use crate::letter::Letter;

/// zlib level for font programs and ToUnicode maps: compressed once per subset and carried by
/// many letters.
const FONT_LEVEL: u32 = 9;
/// zlib level for the fixed text: compressed once per form, shape and subsets (hundreds of times
/// in a pan-European batch), where level 4 is several times faster than 9 for 2 % more bytes.
const CONTENT_LEVEL: u32 = 4;
/// Ranges of Unicode a subset takes whole when a letter uses any character of them: the letters
/// and punctuation the languages of Europe write with, in blocks small enough that a name with
/// one Romanian or Greek letter does not pull in a whole Unicode block of glyphs it never draws.
/// Other characters are subset exactly.
const BLOCKS: &[(u32, u32)] = &[
    (0x0020, 0x007E), // Basic Latin
    (0x00A0, 0x00BF), // Latin-1 punctuation and symbols (§, «», £, €-less currency)
    (0x00C0, 0x00FF), // Latin-1 letters
    (0x0100, 0x017F), // Latin Extended-A (Central European, Baltic, Maltese, Sami)
    (0x0218, 0x021B), // S and T with comma below (Romanian)
    (0x0384, 0x03CE), // Modern Greek letters with tonos and dialytika
    (0x0400, 0x045F), // Cyrillic (Bulgarian and the rest of the basic block)
    (0x2010, 0x203A), // General Punctuation: dashes, quotes, bullet, ellipsis, ‹ ›
];
/// Bytes of font parts kept per process (a batch needs a few; a user font with many scripts may
/// need more); all are dropped when they hold more.
const FONT_BUDGET: usize = 24 << 20;
/// Objects per font subset: font program, descriptor, CIDToGIDMap, CID font, ToUnicode map,
/// Type0 font.
const FONT_OBJECTS: i32 = 6;
/// The first object after the built-in faces' slots: the fixed text's content streams.
const FIXED_FIRST: i32 = 1 + 2 * FONT_OBJECTS;

/// Objects are written compactly (no indentation).
const SETTINGS: Settings = Settings { pretty: false };

/// A font subset ready to embed: compressed font program, widths, ToUnicode map.
struct PreparedFont {
    base_font: String,
    /// CID (= the glyph's id in the whole face) -> glyph id in the subset, as a compressed
    /// CIDToGIDMap stream.
    cid_to_gid: Vec<u8>,
    /// `/W` entries: runs of consecutive CIDs and their widths in 1/1000 em.
    widths: Vec<(u16, Vec<f32>)>,
    font_file: Vec<u8>,
    font_file_length1: usize,
    to_unicode: Vec<u8>,
    ascent: i32,
    descent: i32,
    cap_height: i32,
    bbox: [i32; 4],
    bold: bool,
}

/// Serials of [`Part`]s: unique in the process, so a merged file knows what it holds.
static SERIAL: AtomicU64 = AtomicU64::new(1);
/// Font parts by face and subset, and the bytes they hold.
static FONT_PARTS: LazyLock<Mutex<HashMap<FontPartKey, Arc<FontPart>>>> =
    LazyLock::new(Default::default);

/// A font part is one face's subset, numbered from that face's slot.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct FontPartKey {
    face: FaceKey,
    subset: CacheKey,
    /// Its first object's number.
    first: i32,
}
static FONT_BYTES: AtomicUsize = AtomicUsize::new(0);

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
fn deflate(data: &[u8], level: u32) -> Result<Vec<u8>, PdfError> {
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

/// What a subset depends on. Letters with the same key share one subset.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct CacheKey {
    /// The face's process-unique id.
    face: u64,
    /// The blocks of [`BLOCKS`] the letter touches, a bit each (Basic Latin always); none for a
    /// user's fallback font, which is subset to exactly the characters used.
    blocks: u32,
    /// The characters outside those blocks.
    others: Vec<char>,
}

/// The subset keys of a letter's faces.
pub(crate) type FontKeys = Vec<(FaceKey, CacheKey)>;

/// The characters a letter (or a part of it) draws, per face, as the parts of a subset key: the
/// blocks touched and the characters outside them (all characters for the fallback font, which
/// is subset exactly).
#[derive(Debug, Clone, Default)]
pub(crate) struct Usage(BTreeMap<FaceKey, (u32, BTreeSet<char>)>);

impl Usage {
    pub fn add_runs<'r>(&mut self, runs: impl IntoIterator<Item = &'r Run>) {
        for run in runs {
            let (blocks, outside) = self.0.entry(run.face).or_default();
            let widen = run.face != FaceKey::Fallback;
            for c in run.text.chars() {
                let code = u32::from(c);
                match BLOCKS
                    .iter()
                    .position(|(a, b)| widen && (*a..=*b).contains(&code))
                {
                    Some(i) => *blocks |= 1 << i,
                    None => {
                        outside.insert(c);
                    }
                }
            }
        }
    }

    pub fn add_page(&mut self, page: &PageLayout) {
        self.add_runs(page.lines.iter().flat_map(|l| &l.runs));
    }

    /// This usage and `other` together.
    pub fn merged(&self, other: &Usage) -> Usage {
        let mut out = self.clone();
        for (face, (blocks, outside)) in &other.0 {
            let (b, o) = out.0.entry(*face).or_default();
            *b |= blocks;
            o.extend(outside.iter().copied());
        }
        out
    }

    /// The subset key of every face used.
    pub fn keys(&self, faces: &FontSet<'_>) -> Result<FontKeys, PdfError> {
        self.0
            .iter()
            .map(|(key, (blocks, outside))| {
                let face = faces.face(*key).ok_or(PdfError::Internal(
                    "a run uses a face the font set does not have",
                ))?;
                let id = face.id();
                let blocks = if *key == FaceKey::Fallback {
                    0
                } else {
                    blocks | 1
                };
                Ok((
                    *key,
                    CacheKey {
                        face: id,
                        blocks,
                        others: outside.iter().copied().collect(),
                    },
                ))
            })
            .collect()
    }
}

/// The characters a subset covers: the whole blocks of the key and its other characters, as far
/// as the face has them.
fn subset_chars(key: &CacheKey, face: &FontFace) -> BTreeSet<char> {
    let CacheKey { blocks, others, .. } = key;
    let mut chars: BTreeSet<char> = others
        .iter()
        .copied()
        .filter(|c| face.glyph(*c).is_some())
        .collect();
    for (i, (a, b)) in BLOCKS.iter().enumerate() {
        if *blocks & (1 << i) != 0 {
            chars.extend(
                (*a..=*b)
                    .filter_map(char::from_u32)
                    .filter(|c| face.glyph(*c).is_some()),
            );
        }
    }
    chars
}

fn prepare(face: &FontFace, chars: &BTreeSet<char>) -> Result<PreparedFont, PdfError> {
    let mut glyphs: Vec<u16> = chars.iter().filter_map(|c| face.glyph(*c)).collect();
    glyphs.sort_unstable();
    glyphs.dedup();
    let mut remapper = subsetter::GlyphRemapper::new();
    remapper.remap(0);
    for g in &glyphs {
        remapper.remap(*g);
    }
    let program =
        subsetter::subset(face.bytes(), 0, &remapper).map_err(|source| PdfError::Subset {
            font: face.name().to_owned(),
            source,
        })?;
    let pairs: Vec<(u16, u16)> = std::iter::once(0)
        .chain(glyphs.iter().copied())
        .filter_map(|g| remapper.get(g).map(|n| (g, n)))
        .collect();
    // CIDs are the glyph ids of the whole face, so that content streams do not depend on which
    // subset a letter gets: the fixed text of a form is written and compressed once for all.
    let mut widths: Vec<(u16, Vec<f32>)> = Vec::new();
    let mut map = vec![0u8; 2 * (usize::from(glyphs.last().copied().unwrap_or(0)) + 1)];
    for (old, new) in &pairs {
        let w = face.advance_units(*old) * 1000.0 / face.units_per_em();
        let w = (w * 1000.0).round() / 1000.0;
        match widths.last_mut() {
            Some((first, run)) if usize::from(*first) + run.len() == usize::from(*old) => {
                run.push(w)
            }
            _ => widths.push((*old, vec![w])),
        }
        let at = 2 * usize::from(*old);
        map[at..at + 2].copy_from_slice(&new.to_be_bytes());
    }
    // ToUnicode: the lowest code point wins where two characters share a glyph (space, no-break
    // space), so extracted text shows ordinary characters.
    let mut unicode: BTreeMap<u16, char> = BTreeMap::new();
    for c in chars.iter().rev() {
        if let Some(g) = face.glyph(*c).filter(|g| *g != 0) {
            unicode.insert(g, *c);
        }
    }
    let digest = sha2::Sha256::digest(
        glyphs
            .iter()
            .flat_map(|g| g.to_be_bytes())
            .chain(face.name().bytes())
            .collect::<Vec<u8>>(),
    );
    let tag: String = digest
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect();
    let name: String = face
        .name()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let m = face.metrics();
    let scale = |v: i32| (v as f32 * 1000.0 / face.units_per_em()).round() as i32;
    Ok(PreparedFont {
        base_font: format!("{tag}+{name}"),
        widths,
        font_file_length1: program.len(),
        font_file: deflate(&program, FONT_LEVEL)?,
        to_unicode: deflate(&to_unicode_cmap(&unicode), FONT_LEVEL)?,
        ascent: scale(m.ascent),
        descent: scale(m.descent),
        cap_height: scale(m.cap_height),
        bbox: m.bbox.map(scale),
        bold: m.bold,
        cid_to_gid: deflate(&map, FONT_LEVEL)?,
    })
}

fn to_unicode_cmap(map: &BTreeMap<u16, char>) -> Vec<u8> {
    let info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"UCS"),
        supplement: 0,
    };
    let mut cmap = UnicodeCmap::new(Name(b"Adobe-Identity-UCS"), info);
    for (cid, c) in map {
        cmap.pair(*cid, *c);
    }
    cmap.finish().into_vec()
}

/// A group of objects that letters share, numbered from `first` in every file that holds it.
pub(crate) struct Part {
    serial: u64,
    first: i32,
    /// One indirect object each, numbered `first`, `first + 1`, …; references stay inside.
    objects: Vec<Chunk>,
}

impl Part {
    fn new(first: i32) -> Part {
        Part {
            serial: SERIAL.fetch_add(1, Ordering::Relaxed),
            first,
            objects: Vec::new(),
        }
    }

    /// The next object's number, and a chunk to write it into.
    fn next(&mut self) -> (Ref, &mut Chunk) {
        let id = Ref::new(self.first + self.objects.len() as i32);
        self.objects.push(Chunk::with_settings(SETTINGS));
        (id, self.objects.last_mut().expect("just pushed"))
    }

    fn end(&self) -> i32 {
        self.first + self.objects.len() as i32
    }

    fn size(&self) -> usize {
        self.objects.iter().map(Chunk::len).sum()
    }

    fn extend_into(&self, chunk: &mut Chunk) {
        for o in &self.objects {
            chunk.extend(o);
        }
    }
}

/// One font subset's objects.
pub(crate) struct FontPart {
    part: Part,
    type0: Ref,
}

/// Where a face's font objects go in a file: the built-in faces' at the same numbers whatever
/// the form, before the fixed text; a user's fallback face's after the fixed text (`after`).
fn font_slot(face: FaceKey, after: i32) -> i32 {
    match face {
        FaceKey::Regular => 1,
        FaceKey::Bold => 1 + FONT_OBJECTS,
        FaceKey::Fallback => after,
    }
}

fn font_part(
    face_key: FaceKey,
    face: &FontFace,
    key: &CacheKey,
    first: i32,
) -> Result<Arc<FontPart>, PdfError> {
    let cache_key = FontPartKey {
        face: face_key,
        subset: key.clone(),
        first,
    };
    if let Some(p) = FONT_PARTS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&cache_key)
    {
        return Ok(p.clone());
    }
    let f = prepare(face, &subset_chars(key, face))?;
    let mut part = Part::new(first);
    let (file_id, chunk) = part.next();
    chunk
        .stream(file_id, &f.font_file)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), f.font_file_length1 as i32);
    let (descriptor_id, chunk) = part.next();
    let scale = |v: i32| v as f32;
    let mut flags = FontFlags::NON_SYMBOLIC;
    if f.bold {
        flags |= FontFlags::FORCE_BOLD;
    }
    chunk
        .font_descriptor(descriptor_id)
        .name(Name(f.base_font.as_bytes()))
        .flags(flags)
        .bbox(Rect::new(
            scale(f.bbox[0]),
            scale(f.bbox[1]),
            scale(f.bbox[2]),
            scale(f.bbox[3]),
        ))
        .italic_angle(0.0)
        .ascent(scale(f.ascent))
        .descent(scale(f.descent))
        .cap_height(scale(f.cap_height))
        .stem_v(if f.bold { 120.0 } else { 80.0 })
        .font_file2(file_id);
    let (map_id, chunk) = part.next();
    chunk
        .stream(map_id, &f.cid_to_gid)
        .filter(Filter::FlateDecode);
    let (cid_id, chunk) = part.next();
    {
        let mut cid_font = chunk.cid_font(cid_id);
        cid_font
            .subtype(CidFontType::Type2)
            .base_font(Name(f.base_font.as_bytes()))
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(descriptor_id)
            .default_width(1000.0);
        let mut widths = cid_font.widths();
        for (first, run) in &f.widths {
            widths.consecutive(*first, run.iter().copied());
        }
        drop(widths);
        cid_font.cid_to_gid_map_stream(map_id);
    }
    let (to_unicode_id, chunk) = part.next();
    chunk
        .stream(to_unicode_id, &f.to_unicode)
        .filter(Filter::FlateDecode);
    let (type0, chunk) = part.next();
    chunk
        .type0_font(type0)
        .base_font(Name(f.base_font.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(to_unicode_id);
    let built = Arc::new(FontPart { part, type0 });
    let size = built.part.size();
    let mut cache = FONT_PARTS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(first) = cache.get(&cache_key) {
        return Ok(first.clone());
    }
    if FONT_BYTES.load(Ordering::Relaxed) + size > FONT_BUDGET {
        cache.clear();
        FONT_BYTES.store(0, Ordering::Relaxed);
    }
    FONT_BYTES.fetch_add(size, Ordering::Relaxed);
    cache.insert(cache_key, built.clone());
    Ok(built)
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

    fn font_resources(&self) -> impl Iterator<Item = (FaceKey, Ref)> + '_ {
        self.fonts.iter().map(|(k, f)| (*k, f.type0))
    }
}

/// The operators of `page` (rules, then lines), appended to `content`. Glyphs are written by
/// their id in the whole face (the CID of every subset of it).
fn encode(
    content: &mut Content,
    page: &PageLayout,
    page_height: f32,
    faces: &FontSet<'_>,
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
            if current != Some(run.face) {
                content.set_font(Name(run.face.resource_name().as_bytes()), line.size);
                current = Some(run.face);
            }
            glyphs.clear();
            for c in run.text.chars() {
                glyphs.extend_from_slice(&face.glyph(c).unwrap_or(0).to_be_bytes());
            }
            content.show(Str(&glyphs));
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
                encode(&mut content, layout, height, faces)?;
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
            let fonts: Vec<(FaceKey, Ref)> =
                prefix.font_resources().map(|(k, r)| (k, map(r))).collect();
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
    fonts: &[(FaceKey, Ref)],
    contents: &[Ref],
) {
    let mut page = chunk.page(id);
    page.parent(parent).media_box(media_box);
    {
        let mut resources = page.resources();
        let mut dict = resources.fonts();
        for (key, r) in fonts {
            dict.pair(Name(key.resource_name().as_bytes()), *r);
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
    faces: &FontSet<'_>,
) -> Result<(Vec<u8>, [u8; 32], LetterParts), PdfError> {
    let pre = prefix.get();
    let geo = pages.geometry;
    let mut next = pre.end();
    // Each page's content streams in reading order.
    let mut own = Vec::new();
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
                    // A few lines: not worth compressing (setting up zlib would cost more than
                    // the whole rest of the letter).
                    let mut content = Content::new();
                    encode(&mut content, &lines, geo.height, faces)?;
                    let id = Ref::new(next);
                    next += 1;
                    let mut chunk = Chunk::with_settings(SETTINGS);
                    chunk.stream(id, &content.finish());
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
    let fonts: Vec<(FaceKey, Ref)> = pre.font_resources().collect();
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
    let out = pdf.finish();
    sha.update(&out[body_end..]);
    let parts = LetterParts {
        prefix,
        own,
        contents,
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
