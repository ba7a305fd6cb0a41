//! Fonts: the vendored DejaVu Sans faces, user fallback faces, coverage and advance widths.
//!
//! Every face is parsed once: the built-in ones lazily per process (shared by all threads), a
//! user's fallback face when it is loaded. Parsing keeps a char -> glyph map and the advance
//! width of every glyph (from ttf-parser, the same `hmtx` values the writer puts into `/W`), so
//! layout never touches the font file again.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use super::PdfError;

/// The vendored regular face (see `fonts/README.md`).
const DEJAVU_SANS: &[u8] = include_bytes!("../../../fonts/DejaVuSansCondensed.ttf");
/// The vendored bold face.
const DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../../../fonts/DejaVuSansCondensed-Bold.ttf");

/// Vertical metrics and flags for the PDF font descriptor, in font units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Metrics {
    pub ascent: i32,
    pub descent: i32,
    pub cap_height: i32,
    pub bbox: [i32; 4],
    pub bold: bool,
}

/// A parsed TrueType/OpenType face, ready to measure text and to be embedded in a PDF.
///
/// Cheap to share: wrap it in an [`std::sync::Arc`] and hand it to every thread.
pub struct FontFace {
    /// Unique in the process (never reused, unlike an address): what caches know a face by.
    id: u64,
    name: String,
    units_per_em: f32,
    /// Unicode scalar -> glyph id, for every character the face maps.
    cmap: HashMap<char, u16>,
    /// Glyph ids of the printable ASCII range (index = byte - 0x20), the hot path of layout.
    ascii: [Option<u16>; 95],
    /// Advance width of every glyph, in font units.
    advances: Vec<u16>,
    /// The font file, subset per document for embedding.
    bytes: std::sync::Arc<Vec<u8>>,
    metrics: Metrics,
}

impl std::fmt::Debug for FontFace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FontFace")
            .field("name", &self.name)
            .field("glyphs", &self.advances.len())
            .field("characters", &self.cmap.len())
            .finish_non_exhaustive()
    }
}

impl FontFace {
    /// Parses a font file's bytes (TrueType or OpenType; the first face of a collection).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, PdfError> {
        let invalid = |reason: String| PdfError::InvalidFont { reason };
        let face = ttf_parser::Face::parse(&bytes, 0)
            .map_err(|e| invalid(format!("cannot parse the font: {e}")))?;
        let units_per_em = f32::from(face.units_per_em());
        let name = face_name(&face);

        let cmap = char_map(&face).map_err(|e| invalid(format!("{name}: {e}")))?;
        if cmap.is_empty() {
            return Err(invalid(format!("{name} has no Unicode character map")));
        }
        let mut ascii = [None; 95];
        for (i, slot) in ascii.iter_mut().enumerate() {
            *slot = cmap.get(&char::from(0x20 + i as u8)).copied();
        }
        let advances = (0..face.number_of_glyphs())
            .map(|gid| {
                face.glyph_hor_advance(ttf_parser::GlyphId(gid))
                    .unwrap_or(0)
            })
            .collect();

        let bbox = face.global_bounding_box();
        let metrics = Metrics {
            ascent: i32::from(face.ascender()),
            descent: i32::from(face.descender()),
            cap_height: face
                .capital_height()
                .map(i32::from)
                .unwrap_or(i32::from(face.ascender())),
            bbox: [
                i32::from(bbox.x_min),
                i32::from(bbox.y_min),
                i32::from(bbox.x_max),
                i32::from(bbox.y_max),
            ],
            bold: face.is_bold(),
        };
        // A font that cannot be subset cannot be embedded: find out now, not per letter.
        let mut probe = subsetter::GlyphRemapper::new();
        probe.remap(0);
        subsetter::subset(&bytes, 0, &probe)
            .map_err(|e| invalid(format!("{name} cannot be embedded in a PDF: {e:?}")))?;
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Ok(Self {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            name,
            units_per_em,
            cmap,
            ascii,
            advances,
            bytes: std::sync::Arc::new(bytes),
            metrics,
        })
    }

    /// Reads and parses a font file, reading at most [`MAX_FONT_FILE`] bytes whatever the file
    /// is (a regular file larger than that is refused from its size, before reading it).
    pub fn load(path: impl AsRef<Path>) -> Result<Self, PdfError> {
        let path = path.as_ref();
        let bytes = read_bounded(path)?;
        Self::from_bytes(bytes).map_err(|e| match e {
            PdfError::InvalidFont { reason } => PdfError::InvalidFont {
                reason: format!("{}: {reason}", super::printable_path(path)),
            },
            other => other,
        })
    }

    /// The face's identity in this process.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The face's name (PostScript name, else family name), for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the face has a glyph for `ch`.
    pub fn has_glyph(&self, ch: char) -> bool {
        self.glyph(ch).is_some()
    }

    /// The glyph id for `ch`, if the face maps it.
    pub(crate) fn glyph(&self, ch: char) -> Option<u16> {
        match u32::from(ch) {
            cp @ 0x20..=0x7e => self.ascii[(cp - 0x20) as usize],
            _ => self.cmap.get(&ch).copied(),
        }
    }

    /// Advance width of `ch` in em (multiply by the font size for points); 0 when unmapped.
    pub(crate) fn advance_em(&self, ch: char) -> f32 {
        self.glyph(ch)
            .map(|gid| f32::from(self.advances.get(usize::from(gid)).copied().unwrap_or(0)))
            .unwrap_or(0.0)
            / self.units_per_em
    }

    /// The font file.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub(crate) fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    /// Advance width of glyph `gid` in font units.
    pub(crate) fn advance_units(&self, gid: u16) -> f32 {
        f32::from(self.advances.get(usize::from(gid)).copied().unwrap_or(0))
    }

    pub(crate) fn metrics(&self) -> &Metrics {
        &self.metrics
    }
}

/// The largest font file [`FontFace::load`] reads: 64 MiB. Real fonts are far smaller (DejaVu
/// Sans: 0.7 MB; Debian's Noto Sans and Serif CJK, one collection per weight with Chinese,
/// Japanese and Korean: 91 MB for four files), so only a file that is not one font (a collection
/// of every weight), or a damaged or hostile one, reaches it.
pub const MAX_FONT_FILE: u64 = 64 * 1024 * 1024;

/// Reads at most [`MAX_FONT_FILE`] bytes of `path`: a larger regular file is refused from its
/// size; anything else (a pipe, a device such as `/dev/zero`) is read up to one byte past the
/// limit and refused there.
fn read_bounded(path: &Path) -> Result<Vec<u8>, PdfError> {
    use std::io::Read;
    let io_error = |source| PdfError::FontFile {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let meta = file.metadata().map_err(io_error)?;
    if meta.is_dir() {
        return Err(io_error(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a directory; give a .ttf or .otf file",
        )));
    }
    if meta.is_file() && meta.len() > MAX_FONT_FILE {
        return Err(PdfError::FontTooLarge {
            path: path.to_path_buf(),
            size: Some(meta.len()),
        });
    }
    // A regular file's size is known (and within the limit); a pipe or device grows as read.
    let expected = if meta.is_file() { meta.len() } else { 1 << 20 };
    let mut bytes = Vec::with_capacity(usize::try_from(expected + 1).unwrap_or(0));
    file.take(MAX_FONT_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FONT_FILE {
        return Err(PdfError::FontTooLarge {
            path: path.to_path_buf(),
            size: None,
        });
    }
    Ok(bytes)
}

/// How many of a face's Unicode `cmap` subtables are consulted (in file order, the first that
/// maps a character wins, as in ttf-parser's `Face::glyph_index`). Real fonts have one to four;
/// a damaged `cmap` may claim 65,535.
const MAX_CMAP_SUBTABLES: usize = 8;

/// How many code point ranges (format 4 segments, format 12/13 groups) the consulted subtables
/// may declare together. Real fonts declare a few thousand (DejaVu Sans: 1,700 in each of its
/// two subtables); past this the `cmap` is refused as damaged.
pub(crate) const MAX_CMAP_RANGES: usize = 1 << 20;

/// The face's char -> glyph map, in time and memory bounded whatever the `cmap` says.
///
/// ttf-parser's `codepoints()` enumerates what a subtable claims to cover, and a damaged format 4
/// or 12 subtable can claim billions of code points, again and again. Instead, the ranges the
/// subtables declare are read (at most [`MAX_CMAP_RANGES`]), clamped to Unicode, sorted and
/// merged, and each Unicode scalar value in them is looked up once (a binary search in each
/// consulted subtable): at most 1,112,064 look-ups and one map entry per scalar value.
fn char_map(face: &ttf_parser::Face<'_>) -> Result<HashMap<char, u16>, String> {
    let Some(table) = face.tables().cmap else {
        return Ok(HashMap::new());
    };
    // Read the declared ranges first: they also refuse a group count larger than its
    // subtable, on which ttf-parser's subtable parsing trips a debug assertion.
    let raw = face
        .raw_face()
        .table(ttf_parser::Tag::from_bytes(b"cmap"))
        .unwrap_or_default();
    let mut ranges = declared_ranges(raw)?;
    ranges.sort_unstable();
    let subtables: Vec<ttf_parser::cmap::Subtable<'_>> = table
        .subtables
        .into_iter()
        .filter(|s| s.is_unicode())
        .take(MAX_CMAP_SUBTABLES)
        .collect();
    let mut map = HashMap::new();
    let mut next = 0u32; // the first code point not looked up yet
    for (start, end) in ranges {
        for cp in start.max(next)..=end {
            let Some(ch) = char::from_u32(cp) else {
                continue;
            };
            let gid = subtables.iter().find_map(|s| s.glyph_index(cp));
            if let Some(gid) = gid.filter(|g| g.0 != 0) {
                map.insert(ch, gid.0);
            }
        }
        next = next.max(end.saturating_add(1));
    }
    Ok(map)
}

/// The code point ranges the Unicode subtables of a raw `cmap` table declare, clamped to
/// U+0000..U+10FFFF (formats 4, 12 and 13 read from their segment and group arrays; the BMP for
/// formats 0, 2 and 6, which cannot go past it, and all of Unicode for format 10).
fn declared_ranges(raw: &[u8]) -> Result<Vec<(u32, u32)>, String> {
    let u16_at = |at: usize| {
        raw.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
    };
    let u32_at = |at: usize| {
        raw.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut ranges = Vec::new();
    let push = |start: u32, end: u32, ranges: &mut Vec<(u32, u32)>| {
        if ranges.len() >= MAX_CMAP_RANGES {
            return Err(format!(
                "its character map (cmap) declares more than {MAX_CMAP_RANGES} ranges; the font is damaged"
            ));
        }
        let end = end.min(0x10FFFF);
        if start <= end {
            ranges.push((start, end));
        }
        Ok(())
    };
    let records = usize::from(u16_at(2).unwrap_or(0));
    let mut consulted = 0;
    for i in 0..records {
        let at = 4 + 8 * i;
        let (Some(platform), Some(encoding), Some(offset)) =
            (u16_at(at), u16_at(at + 2), u32_at(at + 4))
        else {
            break;
        };
        let Ok(sub) = usize::try_from(offset) else {
            continue;
        };
        let format = u16_at(sub);
        // Unicode platform, or Windows with Unicode BMP (1) or full repertoire (10), as
        // ttf-parser's `Subtable::is_unicode`.
        let unicode = platform == 0
            || (platform == 3
                && (encoding == 1 || (encoding == 10 && matches!(format, Some(12 | 13)))));
        if !unicode || format.is_none() {
            continue;
        }
        consulted += 1;
        if consulted > MAX_CMAP_SUBTABLES {
            break;
        }
        match format {
            Some(4) => {
                let segments = usize::from(u16_at(sub + 6).unwrap_or(0) / 2);
                let ends = sub + 14;
                let starts = ends + 2 * segments + 2;
                for k in 0..segments {
                    if let (Some(end), Some(start)) = (u16_at(ends + 2 * k), u16_at(starts + 2 * k))
                    {
                        push(u32::from(start), u32::from(end), &mut ranges)?;
                    }
                }
            }
            Some(12 | 13) => {
                let groups = u32_at(sub + 12).unwrap_or(0);
                let room = raw.len().saturating_sub(sub + 16) / 12;
                if usize::try_from(groups).map_or(true, |g| g > room) {
                    return Err(format!(
                        "its character map (cmap) is damaged: a subtable claims {groups} groups \
                         where there is room for {room}"
                    ));
                }
                for k in 0..usize::try_from(groups).unwrap_or(usize::MAX) {
                    let at = sub + 16 + 12 * k;
                    if let (Some(start), Some(end)) = (u32_at(at), u32_at(at + 4)) {
                        push(start, end, &mut ranges)?;
                    }
                }
            }
            Some(10) => push(0, 0x10FFFF, &mut ranges)?,
            Some(14) => {} // variation sequences: no characters of their own
            Some(_) => push(0, 0xFFFF, &mut ranges)?,
            None => {}
        }
    }
    Ok(ranges)
}

fn face_name(face: &ttf_parser::Face<'_>) -> String {
    let find = |id: u16| {
        face.names()
            .into_iter()
            .filter(|n| n.name_id == id)
            .find_map(|n| n.to_string())
    };
    find(ttf_parser::name_id::POST_SCRIPT_NAME)
        .or_else(|| find(ttf_parser::name_id::FULL_NAME))
        .or_else(|| find(ttf_parser::name_id::FAMILY))
        .unwrap_or_else(|| "unnamed font".to_owned())
}

/// The two vendored faces, parsed on first use and shared by every thread.
pub(crate) struct BuiltinFonts {
    pub regular: FontFace,
    pub bold: FontFace,
}

pub(crate) static BUILTIN: LazyLock<BuiltinFonts> = LazyLock::new(|| BuiltinFonts {
    regular: FontFace::from_bytes(DEJAVU_SANS.to_vec()).expect("vendored DejaVu Sans parses"),
    bold: FontFace::from_bytes(DEJAVU_SANS_BOLD.to_vec())
        .expect("vendored DejaVu Sans Bold parses"),
});

/// The weight a piece of text asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Style {
    Regular,
    Bold,
}

/// Which face actually draws a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum FaceKey {
    Regular,
    Bold,
    Fallback,
}

impl FaceKey {
    /// The PDF resource name of the face.
    pub fn resource_name(self) -> &'static str {
        match self {
            FaceKey::Regular => "FRSANS",
            FaceKey::Bold => "FRBOLD",
            FaceKey::Fallback => "FRFALL",
        }
    }

    /// The resource name of a letter's own subset of this face (glyphs its form's subset lacks).
    pub fn own_resource_name(self) -> &'static str {
        match self {
            FaceKey::Regular => "FRSANSL",
            FaceKey::Bold => "FRBOLDL",
            FaceKey::Fallback => "FRFALLL",
        }
    }
}

/// Resolves characters to faces for one document: the requested weight first, then the regular
/// face, then the user's fallback.
pub(crate) struct FontSet<'a> {
    pub regular: &'a FontFace,
    pub bold: &'a FontFace,
    pub fallback: Option<&'a FontFace>,
}

impl<'a> FontSet<'a> {
    pub fn new(fallback: Option<&'a FontFace>) -> Self {
        let builtin = &*BUILTIN;
        Self {
            regular: &builtin.regular,
            bold: &builtin.bold,
            fallback,
        }
    }

    pub fn face(&self, key: FaceKey) -> Option<&'a FontFace> {
        match key {
            FaceKey::Regular => Some(self.regular),
            FaceKey::Bold => Some(self.bold),
            FaceKey::Fallback => self.fallback,
        }
    }

    /// The face that draws `ch` in `style`, or `None` if no face has it.
    pub fn resolve(&self, ch: char, style: Style) -> Option<FaceKey> {
        let first = match style {
            Style::Regular => FaceKey::Regular,
            Style::Bold => FaceKey::Bold,
        };
        [first, FaceKey::Regular, FaceKey::Fallback]
            .into_iter()
            .find(|&key| self.face(key).is_some_and(|f| f.has_glyph(ch)))
    }

    /// Advance width of `ch` in em, drawn in `style` (0 if no face has it).
    pub fn advance_em(&self, ch: char, style: Style) -> f32 {
        self.resolve(ch, style)
            .and_then(|key| self.face(key))
            .map_or(0.0, |face| face.advance_em(ch))
    }

    /// Width of `text` in points at `size`.
    pub fn width(&self, text: &str, style: Style, size: f32) -> f32 {
        text.chars().map(|c| self.advance_em(c, style)).sum::<f32>() * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map as it was built before the walk was bounded: every code point the subtables
    /// claim, looked up through ttf-parser.
    fn claimed_map(bytes: &[u8]) -> HashMap<char, u16> {
        let face = ttf_parser::Face::parse(bytes, 0).unwrap();
        let mut map = HashMap::new();
        for subtable in face.tables().cmap.unwrap().subtables {
            if subtable.is_unicode() {
                subtable.codepoints(|cp| {
                    if let Some(ch) = char::from_u32(cp) {
                        if let Some(g) = face.glyph_index(ch).filter(|g| g.0 != 0) {
                            map.insert(ch, g.0);
                        }
                    }
                });
            }
        }
        map
    }

    #[test]
    fn bounded_walk_maps_real_fonts_as_before() {
        let mut fonts = vec![DEJAVU_SANS.to_vec(), DEJAVU_SANS_BOLD.to_vec()];
        for entry in std::fs::read_dir("/usr/share/fonts/truetype/dejavu")
            .into_iter()
            .flatten()
        {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ttf") {
                fonts.push(std::fs::read(&path).unwrap());
            }
        }
        for bytes in &fonts {
            let face = ttf_parser::Face::parse(bytes, 0).unwrap();
            let map = char_map(&face).unwrap();
            assert!(map.len() > 1000, "{}", face_name(&face));
            assert_eq!(map, claimed_map(bytes), "{}", face_name(&face));
        }
    }

    #[test]
    fn declared_ranges_are_clamped_and_capped() {
        // A cmap with one Windows full-repertoire format 12 subtable of two groups, one of
        // them claiming up to U+FFFFFFFF.
        let mut raw = vec![0, 0, 0, 1, 0, 3, 0, 10, 0, 0, 0, 12];
        raw.extend([0, 12, 0, 0, 0, 0, 0, 40, 0, 0, 0, 0, 0, 0, 0, 2]);
        raw.extend([0, 0, 0, 0x41, 0, 0, 0, 0x5A, 0, 0, 0, 1]);
        raw.extend([0, 0x10, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1]);
        assert_eq!(
            declared_ranges(&raw).unwrap(),
            [(0x41, 0x5A), (0x10_0000, 0x10_FFFF)]
        );
        // The group count says more than the table holds: refused (ttf-parser would trip a
        // debug assertion on it).
        raw[24..28].fill(0xFF);
        let err = declared_ranges(&raw).unwrap_err();
        assert!(
            err.contains("claims 4294967295 groups where there is room for 2"),
            "{err}"
        );
        // More groups than the cap: refused.
        let groups = MAX_CMAP_RANGES + 1;
        raw.truncate(24);
        raw.extend((groups as u32).to_be_bytes());
        for _ in 0..groups {
            raw.extend([0, 0, 0, 0x41, 0, 0, 0, 0x41, 0, 0, 0, 1]);
        }
        let err = declared_ranges(&raw).unwrap_err();
        assert!(err.contains("more than 1048576 ranges"), "{err}");
    }
}
