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
use std::io::Write as _;
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

/// zlib level for content streams (compressed once per form, where level 4 is much faster than
/// 6 for 2 % more bytes).
const DEFLATE_LEVEL: u32 = 4;
/// zlib level for font programs: compressed once per subset and carried by every letter.
const FONT_DEFLATE_LEVEL: u32 = 9;
/// Unicode blocks a subset takes whole when a letter uses any character of them.
const BLOCKS: &[(u32, u32)] = &[
    (0x0020, 0x007E), // Basic Latin
    (0x00A0, 0x00FF), // Latin-1 Supplement
    (0x0100, 0x017F), // Latin Extended-A
    (0x0180, 0x024F), // Latin Extended-B
    (0x0370, 0x03FF), // Greek
    (0x0400, 0x045F), // Cyrillic (Bulgarian and the rest of the basic block)
    (0x1E00, 0x1EFF), // Latin Extended Additional
    (0x2000, 0x206F), // General Punctuation
    (0x20A0, 0x20CF), // Currency Symbols
    (0x2100, 0x214F), // Letterlike Symbols (№)
];
/// Bytes of font parts kept per process (a batch needs a few; a user font with many scripts may
/// need more); all are dropped when they hold more.
const FONT_BUDGET: usize = 24 << 20;
/// Objects per font subset: font program, descriptor, CID font, ToUnicode map, Type0 font.
const FONT_OBJECTS: i32 = 5;

/// Objects are written compactly (no indentation).
const SETTINGS: Settings = Settings { pretty: false };

/// A font subset ready to embed: compressed font program, widths, ToUnicode map.
struct PreparedFont {
    base_font: String,
    /// Original glyph id -> glyph id in the subset (= CID), indexed by the original id; 0 for
    /// glyphs not in the subset.
    cid: Vec<u16>,
    /// `/W` entries: width of CID 0, 1, 2, … in 1/1000 em.
    widths: Vec<f32>,
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
}
static FONT_BYTES: AtomicUsize = AtomicUsize::new(0);

fn deflate(data: &[u8], level: u32) -> Result<Vec<u8>, PdfError> {
    let mut enc = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(data.len() / 2 + 64),
        flate2::Compression::new(level),
    );
    enc.write_all(data).map_err(PdfError::Compress)?;
    enc.finish().map_err(PdfError::Compress)
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
    let mut widths = vec![0.0; pairs.len()];
    let mut cid = vec![0u16; usize::from(glyphs.last().copied().unwrap_or(0)) + 1];
    for (old, new) in &pairs {
        widths[usize::from(*new)] = face.advance_units(*old) * 1000.0 / face.units_per_em();
        cid[usize::from(*old)] = *new;
    }
    // ToUnicode: the lowest code point wins where two characters share a glyph (space, no-break
    // space), so extracted text shows ordinary characters.
    let mut unicode: BTreeMap<u16, char> = BTreeMap::new();
    for c in chars.iter().rev() {
        if let Some(new) = face
            .glyph(*c)
            .and_then(|g| cid.get(usize::from(g)))
            .filter(|n| **n != 0)
        {
            unicode.insert(*new, *c);
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
        font_file: deflate(&program, FONT_DEFLATE_LEVEL)?,
        to_unicode: deflate(&to_unicode_cmap(&unicode), DEFLATE_LEVEL)?,
        ascent: scale(m.ascent),
        descent: scale(m.descent),
        cap_height: scale(m.cap_height),
        bbox: m.bbox.map(scale),
        bold: m.bold,
        cid,
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

/// One font subset's objects, and what drawing with it needs.
pub(crate) struct FontPart {
    part: Part,
    type0: Ref,
    cid: Vec<u16>,
}

/// Where a face's five font objects go in a file: the same numbers whatever the form.
fn font_slot(face: FaceKey) -> i32 {
    1 + FONT_OBJECTS
        * match face {
            FaceKey::Regular => 0,
            FaceKey::Bold => 1,
            FaceKey::Fallback => 2,
        }
}

fn font_part(
    face_key: FaceKey,
    face: &FontFace,
    key: &CacheKey,
) -> Result<Arc<FontPart>, PdfError> {
    let cache_key = FontPartKey {
        face: face_key,
        subset: key.clone(),
    };
    if let Some(p) = FONT_PARTS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&cache_key)
    {
        return Ok(p.clone());
    }
    let f = prepare(face, &subset_chars(key, face))?;
    let mut part = Part::new(font_slot(face_key));
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
        cid_font
            .widths()
            .consecutive(0, f.widths.iter().map(|w| (w * 1000.0).round() / 1000.0));
        cid_font.cid_to_gid_map_predefined(Name(b"Identity"));
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
    let built = Arc::new(FontPart {
        part,
        type0,
        cid: f.cid,
    });
    let size = built.part.size() + built.cid.len() * 2;
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

/// The start of every file of one form, shape and set of font subsets: header, font objects and
/// the fixed content streams, and the SHA-256 state after them.
pub(crate) struct Prefix {
    fonts: BTreeMap<FaceKey, Arc<FontPart>>,
    fixed: Part,
    /// Object numbers of the fixed segments, page by page in segment order.
    fixed_ids: Vec<Vec<Ref>>,
    /// Bytes of the header and all parts.
    len: usize,
    sha: sha2::Sha256,
}

impl Prefix {
    /// Bytes held by this prefix alone (the fonts are shared and counted apart).
    pub fn size(&self) -> usize {
        self.fixed.size()
    }

    /// The first object number after the prefix.
    fn end(&self) -> i32 {
        self.fixed.end()
    }

    fn font_resources(&self) -> impl Iterator<Item = (FaceKey, Ref)> + '_ {
        self.fonts.iter().map(|(k, f)| (*k, f.type0))
    }
}

/// The operators of `page` (rules, then lines), appended to `content`.
fn encode(
    content: &mut Content,
    page: &PageLayout,
    page_height: f32,
    fonts: &BTreeMap<FaceKey, Arc<FontPart>>,
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
            let font = fonts.get(&run.face).ok_or(PdfError::Internal(
                "a run uses a font that was not prepared",
            ))?;
            let face = faces
                .face(run.face)
                .ok_or(PdfError::Internal("a run uses a missing font"))?;
            if current != Some(run.face) {
                content.set_font(Name(run.face.resource_name().as_bytes()), line.size);
                current = Some(run.face);
            }
            glyphs.clear();
            for c in run.text.chars() {
                let cid = face
                    .glyph(c)
                    .and_then(|g| font.cid.get(usize::from(g)))
                    .copied()
                    .unwrap_or(0);
                glyphs.extend_from_slice(&cid.to_be_bytes());
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

/// Builds the shared start of the files of `pages` with the font subsets `keys`.
pub(crate) fn prefix(
    pages: &Pages,
    keys: &FontKeys,
    faces: &FontSet<'_>,
) -> Result<Prefix, PdfError> {
    let mut fonts: BTreeMap<FaceKey, Arc<FontPart>> = BTreeMap::new();
    for (face_key, key) in keys {
        let face = faces.face(*face_key).ok_or(PdfError::Internal(
            "a subset key names a face the font set does not have",
        ))?;
        fonts.insert(*face_key, font_part(*face_key, face, key)?);
    }
    let first = fonts.values().map(|f| f.part.end()).max().unwrap_or(1);
    let mut fixed = Part::new(first);
    let height = pages.geometry.height;
    let mut fixed_ids = Vec::with_capacity(pages.pages.len());
    for segments in &pages.pages {
        let mut ids = Vec::new();
        for segment in segments {
            if let Segment::Fixed(layout) = segment {
                let mut content = Content::new();
                encode(&mut content, layout, height, &fonts, faces)?;
                let data = deflate(&content.finish(), DEFLATE_LEVEL)?;
                let (id, chunk) = fixed.next();
                chunk.stream(id, &data).filter(Filter::FlateDecode);
                ids.push(id);
            }
        }
        fixed_ids.push(ids);
    }
    let mut sha = sha2::Sha256::new_with_prefix(header());
    let mut len = header().len();
    for part in fonts.values().map(|f| &f.part).chain([&fixed]) {
        for o in &part.objects {
            sha.update(o.as_bytes());
            len += o.len();
        }
    }
    Ok(Prefix {
        fonts,
        fixed,
        fixed_ids,
        len,
        sha,
    })
}

/// A letter as written: the shared prefix it used and its own objects, which is all a merged
/// file needs to hold it without reading the letter's file back.
pub struct LetterParts {
    prefix: Arc<super::cache::Counted>,
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
        let prefix = self.prefix.prefix();
        // Object number ranges of this letter's file and where each lands in the merged file.
        let mut ranges: Vec<(i32, i32, i32)> = Vec::new();
        let parts = prefix
            .fonts
            .values()
            .map(|f| &f.part)
            .chain([&prefix.fixed]);
        for part in parts {
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
    prefix: Arc<super::cache::Counted>,
    personal: &Personal,
    faces: &FontSet<'_>,
) -> Result<(Vec<u8>, [u8; 32], LetterParts), PdfError> {
    let pre = prefix.prefix();
    let geo = pages.geometry;
    let mut next = pre.end();
    // Each page's content streams in reading order.
    let mut own = Vec::new();
    let mut contents: Vec<Vec<Ref>> = Vec::with_capacity(pages.pages.len());
    for (i, segments) in pages.pages.iter().enumerate() {
        let mut fixed = pre.fixed_ids[i].iter();
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
                    encode(&mut content, &lines, geo.height, &pre.fonts, faces)?;
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
    for part in pre.fonts.values().map(|f| &f.part).chain([&pre.fixed]) {
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
