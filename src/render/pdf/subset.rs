//! Font subsets: which glyphs a letter's files embed, and the PDF objects of each subset.
//!
//! Each form (the fixed text of one shape) gets, per face, a subset of exactly the characters its
//! fixed text draws, plus the whole of Basic Latin for the regular face (the digits and letters
//! of e-mail addresses, references and most names) and the return-address line's middle dot,
//! and the digits for the bold face (which draws only headings and the sender's name): built, compressed and written once per form.
//! A letter whose own rows (sender, place and date, signature) draw a glyph that subset lacks
//! also carries a small subset of just those glyphs, made for it ([`letter_font`]), drawn under
//! a resource name of its own. Glyphs are drawn by their id in the whole face (the CID; a
//! CIDToGIDMap maps it to the subset), so content streams do not depend on the subset. A form
//! subset's objects take the same numbers in every file (by face), so they are copied into each
//! letter's file as they are.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Name, Rect, Ref, Str};
use sha2::Digest as _;

use super::font::{FaceKey, FontFace, FontSet};
use super::layout::PageLayout;
use super::text::Run;
use super::write::{deflate, Part, CONTENT_LEVEL, FONT_LEVEL, FONT_OBJECTS};
use super::PdfError;

/// Basic Latin, which a form subset of the regular face always holds whole.
const BASIC_LATIN: std::ops::RangeInclusive<char> = ' '..='~';
/// Characters the layout itself puts into a letter's own rows, which form subsets of the
/// regular face also hold: the middle dot between the parts of the return-address line.
const LAYOUT_CHARS: [char; 1] = ['\u{00B7}'];

/// Bytes of font parts kept per process (a batch needs one pair per form; a user font with many
/// scripts may need more); all are dropped when they hold more.
const FONT_BUDGET: usize = 24 << 20;

/// A font subset ready to embed: compressed font program, widths, ToUnicode map.
struct PreparedFont {
    base_font: String,
    /// The glyphs it holds (ids in the whole face), sorted.
    glyphs: Vec<u16>,
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

/// What a form subset depends on. Forms with the same key share one subset.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct CacheKey {
    /// The face's process-unique id.
    face: u64,
    /// Whether it holds the whole of Basic Latin (the regular face's subsets do).
    basic_latin: bool,
    /// The characters it holds (besides Basic Latin).
    chars: Vec<char>,
}

/// The subset keys of a form's faces.
pub(crate) type FontKeys = Vec<(FaceKey, CacheKey)>;

/// The characters some text draws, per face.
#[derive(Debug, Clone, Default)]
pub(crate) struct Usage(BTreeMap<FaceKey, BTreeSet<char>>);

impl Usage {
    pub fn add_runs<'r>(&mut self, runs: impl IntoIterator<Item = &'r Run>) {
        for run in runs {
            let chars = self.0.entry(run.face).or_default();
            chars.extend(
                run.text
                    .chars()
                    .filter(|c| !(run.face == FaceKey::Regular && BASIC_LATIN.contains(c))),
            );
        }
    }

    pub fn add_page(&mut self, page: &PageLayout) {
        self.add_runs(page.lines.iter().flat_map(|l| &l.runs));
    }

    /// This usage, with (no characters of) the faces `other` uses that it does not.
    pub fn with_faces_of(&self, other: &Usage) -> Usage {
        let mut out = self.clone();
        for face in other.0.keys() {
            out.0.entry(*face).or_default();
        }
        out
    }

    /// The faces used and their characters.
    pub fn faces(&self) -> impl Iterator<Item = (FaceKey, &BTreeSet<char>)> {
        self.0.iter().map(|(k, c)| (*k, c))
    }

    /// The subset key of every face used.
    pub fn keys(&self, faces: &FontSet<'_>) -> Result<FontKeys, PdfError> {
        self.0
            .iter()
            .map(|(key, chars)| {
                let face = faces.face(*key).ok_or(PdfError::Internal(
                    "a run uses a face the font set does not have",
                ))?;
                Ok((
                    *key,
                    CacheKey {
                        face: face.id(),
                        basic_latin: *key == FaceKey::Regular,
                        // The bold face draws the sender's name: its digits (a batch's row
                        // numbers, say) are in every form subset of it, its letters only as far
                        // as the form's bold text has them.
                        chars: if *key == FaceKey::Bold {
                            chars
                                .iter()
                                .copied()
                                .chain('0'..='9')
                                .collect::<BTreeSet<char>>()
                        } else {
                            chars.clone()
                        }
                        .into_iter()
                        .collect(),
                    },
                ))
            })
            .collect()
    }
}

/// The characters a form subset covers, as far as the face has them.
fn subset_chars(key: &CacheKey, face: &FontFace) -> BTreeSet<char> {
    let basic = key
        .basic_latin
        .then_some(BASIC_LATIN.chain(LAYOUT_CHARS))
        .into_iter()
        .flatten();
    key.chars
        .iter()
        .copied()
        .chain(basic)
        .filter(|c| face.glyph(*c).is_some())
        .collect()
}

fn prepare(
    face: &FontFace,
    chars: &BTreeSet<char>,
    brief: bool,
    level: u32,
) -> Result<PreparedFont, PdfError> {
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
    let program = super::truetype::strip(program, brief);
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
        glyphs: glyphs.clone(),
        widths,
        font_file_length1: program.len(),
        font_file: deflate(&program, level)?,
        to_unicode: deflate(&to_unicode_cmap(&unicode), level)?,
        ascent: scale(m.ascent),
        descent: scale(m.descent),
        cap_height: scale(m.cap_height),
        bbox: m.bbox.map(scale),
        bold: m.bold,
        cid_to_gid: deflate(&map, level)?,
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
    /// The glyphs it holds (ids in the whole face), sorted.
    glyphs: Vec<u16>,
}

impl FontPart {
    /// Whether the subset holds glyph `g` of the whole face.
    pub(super) fn has(&self, g: u16) -> bool {
        self.glyphs.binary_search(&g).is_ok()
    }
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
    let built = Arc::new(build(
        face,
        &subset_chars(key, face),
        first,
        face_key == FaceKey::Bold && brief_names(face),
        FONT_LEVEL,
    )?);
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

/// Letters' own subsets by face, characters and first object number: a batch's names repeat
/// their unusual letters often enough (the same people, towns and languages) to keep the
/// recent ones. Bounded by bytes; all are dropped when they hold more.
#[derive(PartialEq, Eq, Hash)]
struct LetterFontKey {
    face: u64,
    chars: Vec<char>,
    first: i32,
}
/// The subsets kept and the bytes they hold.
#[derive(Default)]
struct LetterFonts {
    fonts: HashMap<LetterFontKey, Arc<FontPart>>,
    bytes: usize,
}
static LETTER_FONTS: LazyLock<Mutex<LetterFonts>> = LazyLock::new(Default::default);

/// Bytes of letters' own subsets kept per process (4 MB instead of 1 MB saved no measurable time
/// on the pan-European bench input and cost 10 MB of peak RSS).
const LETTER_FONT_BUDGET: usize = 1 << 20;

/// A subset of `face` with just `chars` for one letter, numbered from `first`.
pub(super) fn letter_font(
    face: &FontFace,
    chars: &BTreeSet<char>,
    first: i32,
) -> Result<Arc<FontPart>, PdfError> {
    let key = LetterFontKey {
        face: face.id(),
        chars: chars.iter().copied().collect(),
        first,
    };
    if let Some(hit) = LETTER_FONTS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .fonts
        .get(&key)
    {
        return Ok(hit.clone());
    }
    let built = Arc::new(build(face, chars, first, brief_names(face), CONTENT_LEVEL)?);
    let size = built.part.size() + 4 * key.chars.len();
    let mut cache = LETTER_FONTS.lock().unwrap_or_else(|p| p.into_inner());
    if cache.bytes + size > LETTER_FONT_BUDGET {
        cache.fonts.clear();
        cache.bytes = 0;
    }
    cache.bytes += size;
    cache.fonts.insert(key, built.clone());
    Ok(built)
}

/// Whether a subset of `face` other than the form's subset of the regular face may leave out the
/// licence text: only for the built-in DejaVu faces, whose licence (Bitstream Vera) asks for its
/// notice in every copy of "one or more of the Font Software typefaces", which the regular face's
/// subset in the same file carries. A user's `--font` always keeps its own licence text.
fn brief_names(face: &FontFace) -> bool {
    face.name().starts_with("DejaVu")
}

/// The six objects of a subset of `face` with `chars`, numbered from `first`, compressed at
/// `level` ([`FONT_LEVEL`] for a form's subsets, built once for many letters; the faster
/// [`CONTENT_LEVEL`] for a letter's own, a few glyphs built for almost every letter). `brief`: its
/// `name` table without the licence text, which the form's subset of the regular face carries
/// in the same file ([`super::truetype::strip`]): for the bold face and letters' own subsets.
fn build(
    face: &FontFace,
    chars: &BTreeSet<char>,
    first: i32,
    brief: bool,
    level: u32,
) -> Result<FontPart, PdfError> {
    let f = prepare(face, chars, brief, level)?;
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
    Ok(FontPart {
        part,
        type0,
        glyphs: f.glyphs,
    })
}
