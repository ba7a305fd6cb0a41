//! Font subsets: which glyphs a letter's files embed, and the PDF objects of each subset.
//!
//! A subset holds whole ranges of Unicode (the letters and punctuation European languages write
//! with) as soon as a letter uses one character of them, so thousands of letters in a batch share
//! a handful of subsets, each built, compressed and written once per process. Glyphs are drawn by
//! their id in the whole face (the CID; a CIDToGIDMap maps it to the subset), so content streams
//! do not depend on the subset. A subset's objects take the same numbers in every file (by face),
//! so they are copied into each letter's file as they are.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Name, Rect, Ref, Str};
use sha2::Digest as _;

use super::font::{FaceKey, FontFace, FontSet};
use super::layout::PageLayout;
use super::text::Run;
use super::write::{deflate, Part, FONT_LEVEL, FONT_OBJECTS};
use super::PdfError;

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
    let program = strip_unused_tables(program);
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

/// One font subset's objects.
pub(crate) struct FontPart {
    pub(super) part: Part,
    pub(super) type0: Ref,
}

/// Where a face's font objects go in a file: the built-in faces' at the same numbers whatever
/// the form, before the fixed text; a user's fallback face's after the fixed text (`after`).
pub(super) fn font_slot(face: FaceKey, after: i32) -> i32 {
    match face {
        FaceKey::Regular => 1,
        FaceKey::Bold => 1 + FONT_OBJECTS,
        FaceKey::Fallback => after,
    }
}

pub(super) fn font_part(
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

/// A TrueType table's data, by tag.
fn table<'f>(font: &'f [u8], tag: &[u8; 4]) -> Option<&'f [u8]> {
    let count = usize::from(u16::from_be_bytes(font.get(4..6)?.try_into().ok()?));
    (0..count).find_map(|i| {
        let record = font.get(12 + 16 * i..28 + 16 * i)?;
        if &record[..4] != tag {
            return None;
        }
        let at = u32::from_be_bytes(record[8..12].try_into().ok()?) as usize;
        let len = u32::from_be_bytes(record[12..16].try_into().ok()?) as usize;
        font.get(at..at.checked_add(len)?)
    })
}

/// Whether any glyph of a TrueType font carries hinting instructions (None if the font cannot be
/// read that far: then it is left as it is).
fn has_instructions(font: &[u8]) -> Option<bool> {
    let be16 = |d: &[u8], at: usize| -> Option<u16> {
        Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
    };
    let long = be16(table(font, b"head")?, 50)? != 0;
    let glyphs = usize::from(be16(table(font, b"maxp")?, 4)?);
    let loca = table(font, b"loca")?;
    let glyf = table(font, b"glyf")?;
    let offset = |i: usize| -> Option<usize> {
        if long {
            Some(u32::from_be_bytes(loca.get(4 * i..4 * i + 4)?.try_into().ok()?) as usize)
        } else {
            Some(2 * usize::from(be16(loca, 2 * i)?))
        }
    };
    for i in 0..glyphs {
        let (start, end) = (offset(i)?, offset(i + 1)?);
        if end <= start {
            continue;
        }
        let g = glyf.get(start..end)?;
        let contours = be16(g, 0)? as i16;
        if contours >= 0 {
            let at = 10 + 2 * usize::try_from(contours).ok()?;
            if be16(g, at)? != 0 {
                return Some(true);
            }
        } else {
            // Composite: the last component's flags say whether instructions follow.
            let mut at = 10;
            loop {
                let flags = be16(g, at)?;
                if flags & 0x0100 != 0 {
                    return Some(true);
                }
                if flags & 0x0020 == 0 {
                    break;
                }
                at += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
                at += if flags & 0x0008 != 0 {
                    2
                } else if flags & 0x0040 != 0 {
                    4
                } else if flags & 0x0080 != 0 {
                    8
                } else {
                    0
                };
            }
        }
    }
    Some(false)
}

/// The subset without the tables a PDF reader never uses: `post` (glyph names; a CID font is
/// addressed by glyph id), and the hinting programs (`cvt `, `fpgm`, `prep`) when no glyph has
/// instructions for them to serve. Some 2 KB less per font in every letter.
fn strip_unused_tables(font: Vec<u8>) -> Vec<u8> {
    let hinted = has_instructions(&font).unwrap_or(true);
    let drop =
        |tag: &[u8]| tag == b"post" || (!hinted && matches!(tag, b"cvt " | b"fpgm" | b"prep"));
    let Some(count) = font
        .get(4..6)
        .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
    else {
        return font;
    };
    let Some(records) = font.get(12..12 + 16 * count) else {
        return font;
    };
    let kept: Vec<&[u8]> = records.chunks(16).filter(|r| !drop(&r[..4])).collect();
    if kept.len() == count {
        return font;
    }
    let n = kept.len();
    let power = if n == 0 {
        1
    } else {
        1usize << (usize::BITS - 1 - n.leading_zeros())
    };
    let search_range = power * 16;
    let mut out = Vec::with_capacity(font.len());
    out.extend_from_slice(&font[..4]);
    for v in [
        n,
        search_range,
        power.trailing_zeros() as usize,
        n * 16 - search_range.min(n * 16),
    ] {
        out.extend_from_slice(&(v as u16).to_be_bytes());
    }
    let mut data = Vec::new();
    let base = 12 + 16 * n;
    for r in &kept {
        let at = u32::from_be_bytes([r[8], r[9], r[10], r[11]]) as usize;
        let len = u32::from_be_bytes([r[12], r[13], r[14], r[15]]) as usize;
        let Some(bytes) = at.checked_add(len).and_then(|end| font.get(at..end)) else {
            return font;
        };
        out.extend_from_slice(&r[..8]);
        out.extend_from_slice(&((base + data.len()) as u32).to_be_bytes());
        out.extend_from_slice(&(len as u32).to_be_bytes());
        data.extend_from_slice(bytes);
        while data.len() % 4 != 0 {
            data.push(0);
        }
    }
    out.extend_from_slice(&data);
    out
}
