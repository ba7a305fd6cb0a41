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

        // The Unicode subtable covering the most (a full-repertoire one, format 12 or 13, over a
        // BMP one) is asked for the glyph of each character it can hold: a bounded amount of work.
        // Listing the code points its ranges declare instead is not: a range may declare up to
        // 2^32 of them, and a broken font that did ran out of memory (found by fuzzing).
        use ttf_parser::cmap::Format;
        let full = |s: &ttf_parser::cmap::Subtable| {
            matches!(
                s.format,
                Format::SegmentedCoverage(_) | Format::ManyToOneRangeMappings(_)
            )
        };
        let unicode = face.tables().cmap.and_then(|table| {
            table
                .subtables
                .into_iter()
                .filter(|s| {
                    s.is_unicode()
                        && !matches!(
                            s.format,
                            Format::UnicodeVariationSequences(_) | Format::MixedCoverage
                        )
                })
                .reduce(|best, s| if full(&s) && !full(&best) { s } else { best })
        });
        let mut cmap = HashMap::new();
        if let Some(subtable) = unicode {
            let last = if full(&subtable) {
                char::MAX
            } else {
                '\u{FFFF}'
            };
            for ch in '\0'..=last {
                match subtable.glyph_index(u32::from(ch)) {
                    Some(gid) if gid.0 != 0 => {
                        cmap.insert(ch, gid.0);
                    }
                    _ => {}
                }
            }
        }
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

    /// Reads and parses a font file.
    pub fn load(path: impl AsRef<Path>) -> Result<Self, PdfError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| PdfError::FontFile {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_bytes(bytes).map_err(|e| match e {
            PdfError::InvalidFont { reason } => PdfError::InvalidFont {
                reason: format!("{}: {reason}", path.display()),
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
