//! Writes a laid-out letter as PDF 1.7 directly: Type0/CIDFontType2 fonts with Identity-H
//! encoding, ToUnicode maps (so the text can be extracted and searched), compressed content
//! streams, /Lang, title, author and fixed dates, and an ID derived from the content.
//!
//! Most of a letter's file is the same for every letter with the same form (language, request,
//! body): the font subsets and the content of its fixed segments. That part is a [`Prefix`],
//! built once and shared: the header, the font objects and the fixed content streams, with the
//! SHA-256 state after them. A letter adds only its own objects: the content streams of its
//! personal segments (sender, place and date, signature), the page tree, the catalogue and the
//! document information. Each page's /Contents lists its segments in reading order.
//!
//! Font subsets hold the whole Unicode blocks a letter touches (Basic Latin, Latin-1, Latin
//! Extended-A, Greek, Cyrillic, punctuation, …), not just the characters it uses, so thousands of
//! letters in a batch share a handful of subsets, each built and compressed once.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write as _;
use std::sync::{Arc, LazyLock, Mutex};

use sha2::Digest as _;

use super::font::{FaceKey, FontFace, FontSet};
use super::layout::{PageLayout, Pages, Personal, Segment};
use super::text::Run;
use super::PdfError;
use crate::letter::Letter;

/// zlib level for content streams and font programs (font programs are compressed once per
/// subset; content streams once per letter, where level 4 is much faster than 6 for 2 % more bytes).
const DEFLATE_LEVEL: u32 = 4;
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
/// Subsets kept per process (a batch needs a few; a user font with many scripts may need more).
const CACHE_LIMIT: usize = 512;

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

static CACHE: LazyLock<Mutex<HashMap<CacheKey, Arc<PreparedFont>>>> =
    LazyLock::new(Default::default);

fn deflate(data: &[u8]) -> Result<Vec<u8>, PdfError> {
    let mut enc = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(data.len() / 2 + 64),
        flate2::Compression::new(DEFLATE_LEVEL),
    );
    enc.write_all(data)
        .map_err(|e| PdfError::Write(format!("compressing: {e}")))?;
    enc.finish()
        .map_err(|e| PdfError::Write(format!("compressing: {e}")))
}

/// What a subset depends on: the face, the blocks of [`BLOCKS`] the letter touches (a bit each;
/// Basic Latin always) and the characters outside them. For a user's fallback font, no blocks and
/// exactly the characters used. Letters with the same key share one subset.
pub(crate) type CacheKey = (u64, u32, Vec<char>);

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
                let face = faces.face(*key).ok_or_else(|| {
                    PdfError::Write(format!("no font for {}", key.resource_name()))
                })?;
                let id = face.id();
                let blocks = if *key == FaceKey::Fallback {
                    0
                } else {
                    blocks | 1
                };
                Ok((*key, (id, blocks, outside.iter().copied().collect())))
            })
            .collect()
    }
}

/// The characters a subset covers: the whole blocks of the key and its other characters, as far
/// as the face has them.
fn subset_chars(key: &CacheKey, face: &FontFace) -> BTreeSet<char> {
    let (_, blocks, others) = key;
    let mut chars: BTreeSet<char> = others
        .iter()
        .copied()
        .filter(|c| face.glyph(*c).is_some())
        .collect();
    for (i, (a, b)) in BLOCKS.iter().enumerate() {
        if blocks & (1 << i) != 0 {
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
    let program = subsetter::subset(face.bytes(), 0, &remapper)
        .map_err(|e| PdfError::Write(format!("subsetting {}: {e:?}", face.name())))?;
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
        font_file: deflate(&program)?,
        to_unicode: deflate(to_unicode_cmap(&unicode).as_bytes())?,
        ascent: scale(m.ascent),
        descent: scale(m.descent),
        cap_height: scale(m.cap_height),
        bbox: m.bbox.map(scale),
        bold: m.bold,
        cid,
    })
}

fn to_unicode_cmap(map: &BTreeMap<u16, char>) -> String {
    let mut s = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &char)> = map.iter().collect();
    for chunk in entries.chunks(100) {
        s.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (cid, c) in chunk {
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            s.push_str(&format!("<{cid:04X}> <{hex}>\n"));
        }
        s.push_str("endbfchar\n");
    }
    s.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    s
}

/// The prepared subset for `key`, from the cache when possible.
fn prepared(face: &FontFace, key: &CacheKey) -> Result<Arc<PreparedFont>, PdfError> {
    if let Some(p) = CACHE.lock().unwrap_or_else(|p| p.into_inner()).get(key) {
        return Ok(p.clone());
    }
    let p = Arc::new(prepare(face, &subset_chars(key, face))?);
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(key.clone(), p.clone());
    Ok(p)
}

/// PDF text string: printable ASCII as a literal, anything else as UTF-16BE in hex.
fn text_string(s: &str) -> String {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        let escaped: String = s
            .chars()
            .flat_map(|c| match c {
                '(' | ')' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        format!("({escaped})")
    } else {
        let mut hex = String::from("<FEFF");
        for unit in s.encode_utf16() {
            hex.push_str(&format!("{unit:04X}"));
        }
        hex.push('>');
        hex
    }
}

/// Appends a glyph id as four upper-case hex digits.
fn push_hex4(s: &mut String, v: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        s.push(char::from(HEX[usize::from((v >> shift) & 0xF)]));
    }
}

fn num(v: f32) -> String {
    let mut s = String::with_capacity(12);
    push_num(&mut s, v);
    s
}

/// Appends `v` rounded to three decimals without trailing zeros ("12.5", "0.25", "-3"), the way
/// `format!("{v:.3}")` trimmed would, but without float formatting (a hot path: every line).
fn push_num(s: &mut String, v: f32) {
    let milli = (f64::from(v) * 1000.0).round_ties_even() as i64;
    if milli < 0 {
        s.push('-');
    }
    let m = milli.unsigned_abs();
    let (int, mut frac) = (m / 1000, m % 1000);
    s.push_str(&int.to_string());
    if frac != 0 {
        s.push('.');
        let mut digits = 3;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let f = frac.to_string();
        for _ in f.len()..digits {
            s.push('0');
        }
        s.push_str(&f);
    }
}

/// A PDF file being written: its bytes and the offset of every object (numbered from 1).
struct File {
    bytes: Vec<u8>,
    offsets: Vec<usize>,
}

impl File {
    fn next_id(&self) -> usize {
        self.offsets.len() + 1
    }

    /// Appends an object; returns its number.
    fn object(&mut self, body: &[u8]) -> usize {
        self.offsets.push(self.bytes.len());
        let id = self.offsets.len();
        self.bytes
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
        self.bytes.extend_from_slice(body);
        self.bytes.extend_from_slice(b"\nendobj\n");
        id
    }

    fn stream(&mut self, dict: &str, data: &[u8]) -> usize {
        let dict = if dict.is_empty() {
            String::new()
        } else {
            format!("{dict} ")
        };
        let mut body = format!("<< {dict}/Length {} >>\nstream\n", data.len()).into_bytes();
        body.extend_from_slice(data);
        body.extend_from_slice(b"\nendstream");
        self.object(&body)
    }
}

/// The start of every file of one form, shape and set of font subsets: header, font objects and
/// the fixed content streams, and the SHA-256 state after them.
pub(crate) struct Prefix {
    file: File,
    fonts: BTreeMap<FaceKey, Arc<PreparedFont>>,
    /// The /Font resource dictionary's entries.
    font_resources: String,
    /// Object numbers of the fixed segments, page by page in segment order.
    fixed_ids: Vec<Vec<usize>>,
    sha: sha2::Sha256,
}

impl Prefix {
    /// Bytes held (for the cache's budget).
    pub fn size(&self) -> usize {
        self.file.bytes.len()
    }
}

/// Appends the content-stream operators for `page` (rules, then lines) to `s`.
fn encode(
    s: &mut String,
    page: &PageLayout,
    page_height: f32,
    fonts: &BTreeMap<FaceKey, Arc<PreparedFont>>,
    faces: &FontSet<'_>,
) -> Result<(), PdfError> {
    if !page.rules.is_empty() {
        s.push_str("q 0.45 G\n");
        for r in &page.rules {
            push_num(s, r.thickness);
            s.push_str(" w ");
            push_num(s, r.x1);
            s.push(' ');
            push_num(s, page_height - r.y1);
            s.push_str(" m ");
            push_num(s, r.x2);
            s.push(' ');
            push_num(s, page_height - r.y2);
            s.push_str(" l S\n");
        }
        s.push_str("Q\n");
    }
    for line in &page.lines {
        if line.runs.is_empty() {
            continue;
        }
        s.push_str("BT\n");
        if line.grey {
            s.push_str("0.3 g\n");
        }
        push_num(s, line.x);
        s.push(' ');
        push_num(s, page_height - line.baseline);
        s.push_str(" Td\n");
        let mut current = None;
        for run in &line.runs {
            let font = fonts
                .get(&run.face)
                .ok_or_else(|| PdfError::Write("a run uses a font that was not prepared".into()))?;
            let face = faces
                .face(run.face)
                .ok_or_else(|| PdfError::Write("a run uses a missing font".into()))?;
            if current != Some(run.face) {
                s.push('/');
                s.push_str(run.face.resource_name());
                s.push(' ');
                push_num(s, line.size);
                s.push_str(" Tf\n");
                current = Some(run.face);
            }
            s.push('<');
            for c in run.text.chars() {
                let cid = face
                    .glyph(c)
                    .and_then(|g| font.cid.get(usize::from(g)))
                    .copied()
                    .unwrap_or(0);
                push_hex4(s, cid);
            }
            s.push_str("> Tj\n");
        }
        if line.grey {
            s.push_str("0 g\n");
        }
        s.push_str("ET\n");
    }
    Ok(())
}

/// Builds the shared start of the files of `pages` with the font subsets `keys`.
pub(crate) fn prefix(
    pages: &Pages,
    keys: &FontKeys,
    faces: &FontSet<'_>,
) -> Result<Prefix, PdfError> {
    let mut fonts: BTreeMap<FaceKey, Arc<PreparedFont>> = BTreeMap::new();
    for (face_key, key) in keys {
        let face = faces
            .face(*face_key)
            .ok_or_else(|| PdfError::Write(format!("no font for {}", face_key.resource_name())))?;
        fonts.insert(*face_key, prepared(face, key)?);
    }
    let mut file = File {
        bytes: Vec::with_capacity(64 * 1024),
        offsets: Vec::new(),
    };
    file.bytes
        .extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    // Fonts: Type0 -> CIDFontType2 -> FontDescriptor -> FontFile2, plus ToUnicode.
    let mut font_resources = String::new();
    for (key, f) in &fonts {
        let file_id = file.stream(
            &format!("/Filter /FlateDecode /Length1 {}", f.font_file_length1),
            &f.font_file,
        );
        let flags = 32 + if f.bold { 1 << 18 } else { 0 };
        let descriptor_id = file.object(
            format!(
                "<< /Type /FontDescriptor /FontName /{} /Flags {flags} /FontBBox [{} {} {} {}] /ItalicAngle 0 \
                 /Ascent {} /Descent {} /CapHeight {} /StemV {} /FontFile2 {file_id} 0 R >>",
                f.base_font,
                f.bbox[0],
                f.bbox[1],
                f.bbox[2],
                f.bbox[3],
                f.ascent,
                f.descent,
                f.cap_height,
                if f.bold { 120 } else { 80 }
            )
            .as_bytes(),
        );
        let widths: Vec<String> = f.widths.iter().map(|w| num(*w)).collect();
        let cid_id = file.object(
            format!(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{} /CIDSystemInfo << /Registry (Adobe) \
                 /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor_id} 0 R /DW 1000 \
                 /W [0 [{}]] /CIDToGIDMap /Identity >>",
                f.base_font,
                widths.join(" ")
            )
            .as_bytes(),
        );
        let to_unicode_id = file.stream("/Filter /FlateDecode", &f.to_unicode);
        let type0_id = file.object(
            format!(
                "<< /Type /Font /Subtype /Type0 /BaseFont /{} /Encoding /Identity-H /DescendantFonts \
                 [{cid_id} 0 R] /ToUnicode {to_unicode_id} 0 R >>",
                f.base_font
            )
            .as_bytes(),
        );
        font_resources.push_str(&format!("/{} {type0_id} 0 R ", key.resource_name()));
    }
    let height = pages.geometry.height;
    let mut fixed_ids = Vec::with_capacity(pages.pages.len());
    for segments in &pages.pages {
        let mut ids = Vec::new();
        for segment in segments {
            if let Segment::Fixed(layout) = segment {
                let mut s = String::with_capacity(layout.lines.len() * 160);
                encode(&mut s, layout, height, &fonts, faces)?;
                ids.push(file.stream("/Filter /FlateDecode", &deflate(s.as_bytes())?));
            }
        }
        fixed_ids.push(ids);
    }
    let sha = sha2::Sha256::new_with_prefix(&file.bytes);
    Ok(Prefix {
        file,
        fonts,
        font_resources,
        fixed_ids,
        sha,
    })
}

/// Writes the letter's file: the shared prefix, then its personal content streams, page tree,
/// catalogue, document information, cross-reference table and trailer. Returns the bytes and
/// their SHA-256.
pub(crate) fn finish(
    letter: &Letter,
    pages: &Pages,
    prefix: &Prefix,
    personal: &Personal,
    faces: &FontSet<'_>,
) -> Result<(Vec<u8>, [u8; 32]), PdfError> {
    let mut file = File {
        bytes: Vec::with_capacity(prefix.file.bytes.len() + 8 * 1024),
        offsets: prefix.file.offsets.clone(),
    };
    file.bytes.extend_from_slice(&prefix.file.bytes);
    let geo = pages.geometry;
    // Each page's content streams in reading order.
    let mut contents: Vec<Vec<usize>> = Vec::with_capacity(pages.pages.len());
    for (i, segments) in pages.pages.iter().enumerate() {
        let mut fixed = prefix.fixed_ids[i].iter();
        let mut ids = Vec::with_capacity(segments.len());
        for segment in segments {
            match segment {
                Segment::Fixed(_) => ids.extend(fixed.next()),
                Segment::Personal(group) => {
                    let lines = personal.lines(pages, *group, i);
                    if lines.lines.is_empty() && lines.rules.is_empty() {
                        continue;
                    }
                    // A few lines: not worth compressing (setting up zlib would cost more than
                    // the whole rest of the letter).
                    let mut s = String::with_capacity(lines.lines.len() * 160 + 64);
                    encode(&mut s, &lines, geo.height, &prefix.fonts, faces)?;
                    ids.push(file.stream("", s.as_bytes()));
                }
            }
        }
        contents.push(ids);
    }
    let first_page_id = file.next_id();
    let pages_id = first_page_id + contents.len();
    let catalog_id = pages_id + 1;
    let info_id = pages_id + 2;
    let mut kids = String::new();
    for ids in &contents {
        let refs = match ids.as_slice() {
            [one] => format!("{one} 0 R"),
            many => format!(
                "[{}]",
                many.iter()
                    .map(|id| format!("{id} 0 R"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
        };
        let page_id = file.object(
            format!(
                "<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {} {}] /Resources << /Font << {}>> >> \
                 /Contents {refs} >>",
                num(geo.width),
                num(geo.height),
                prefix.font_resources
            )
            .as_bytes(),
        );
        if !kids.is_empty() {
            kids.push(' ');
        }
        kids.push_str(&format!("{page_id} 0 R"));
    }
    file.object(
        format!(
            "<< /Type /Pages /Kids [{kids}] /Count {} >>",
            contents.len()
        )
        .as_bytes(),
    );
    file.object(
        format!(
            "<< /Type /Catalog /Pages {pages_id} 0 R /Lang {} /ViewerPreferences << /DisplayDocTitle true >> >>",
            text_string(&letter.language)
        )
        .as_bytes(),
    );
    let date = letter.date.format("D:%Y%m%d000000Z").to_string();
    file.object(
        format!(
            "<< /Title {} /Author {} /Creator (facerights) /Producer (facerights {}) /CreationDate ({date}) /ModDate ({date}) >>",
            text_string(&letter.subject),
            text_string(letter.sender_name()),
            env!("CARGO_PKG_VERSION")
        )
        .as_bytes(),
    );
    let mut out = file.bytes;
    let xref_at = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", file.offsets.len() + 1).as_bytes(),
    );
    for o in &file.offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    // The file ID is (the first half of) the SHA-256 of everything before the trailer:
    // reproducible, and different for different letters. The prefix's part is hashed once.
    let mut sha = prefix.sha.clone();
    sha.update(&out[prefix.file.bytes.len()..]);
    let id: String = sha
        .clone()
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02X}"))
        .collect();
    let trailer_at = out.len();
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root {catalog_id} 0 R /Info {info_id} 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref_at}\n%%EOF\n",
            file.offsets.len() + 1
        )
        .as_bytes(),
    );
    sha.update(&out[trailer_at..]);
    Ok((out, sha.finalize().into()))
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_are_written_like_trimmed_three_decimal_floats() {
        for v in [
            0.0f32, 1.0, -1.0, 12.5, 0.25, 0.001, 0.0004, 595.2756, 841.8898, -0.0004, 10.125,
            99.9996, 570.3125, 0.0625, -2.5625,
        ] {
            let expected = {
                let s = format!("{v:.3}");
                let t = s.trim_end_matches('0').trim_end_matches('.').to_string();
                if t == "-0" {
                    "0".to_string()
                } else {
                    t
                }
            };
            assert_eq!(num(v), expected, "{v}");
        }
    }
}
