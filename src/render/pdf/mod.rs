//! PDF renderer: a [`Letter`] as a DIN 5008-style business letter (A4 or US Letter) whose
//! recipient address shows through the window of a DL/C5 envelope.
//!
//! The text is real text in embedded, subsetted DejaVu Sans (regular and bold, vendored in
//! `fonts/`), optionally completed by a user's fallback font: every character is checked against
//! the fonts first, and a character none of them can draw is refused with
//! [`PdfError::MissingGlyph`] instead of turning into an empty box. Callers check user input
//! with [`first_uncovered`] beforehand so they can name the field.
//!
//! Output is reproducible: the same letter and options give the same bytes (dates come from
//! [`Letter::date`], the file ID is a hash of the file).
//!
//! ```no_run
//! # fn demo(letter: &facerights::letter::Letter) -> Result<(), facerights::render::pdf::PdfError> {
//! use facerights::render::pdf::{self, PdfOptions};
//! let bytes = pdf::render(letter, &PdfOptions::default())?;
//! # let _ = bytes; Ok(()) }
//! ```

mod cache;
mod font;
mod layout;
mod subset;
mod text;
mod truetype;
mod write;

use std::path::PathBuf;
use std::sync::Arc;

use crate::letter::{Block, Letter};

use font::FontSet;
pub use font::{FontFace, MAX_FONT_FILE};
pub use text::{script_problem, ScriptProblem};
pub use write::{write_blank_page, LetterParts, MergeTarget};

/// Paper size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl From<crate::data::PaperSize> for Paper {
    fn from(p: crate::data::PaperSize) -> Paper {
        match p {
            crate::data::PaperSize::A4 => Paper::A4,
            crate::data::PaperSize::Letter => Paper::Letter,
        }
    }
}

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    /// Paper size for every letter (`--paper`); None: each letter's own (its jurisdiction's).
    pub paper: Option<Paper>,
    /// A font for characters the built-in DejaVu Sans cannot draw (for example CJK in a name).
    pub fallback_font: Option<Arc<FontFace>>,
}

// Batch mode renders on many threads with one set of options and one fallback face.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<PdfOptions>();
    shareable::<FontFace>();
};

/// What went wrong while rendering a PDF or loading a font.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A character that no available font can draw.
    #[error(
        "the {context} contains {ch:?} (U+{code:04X}), which the PDF fonts cannot draw; \
         write it differently or supply a fallback font that has it",
        code = u32::from(*.ch)
    )]
    MissingGlyph {
        /// The character.
        ch: char,
        /// Where it occurs, e.g. `"subject"` or `"body block 3"`.
        context: String,
    },
    /// Text the renderer would draw wrongly although a font has the glyphs: right to left, or
    /// needing shaping (see [`ScriptProblem`]).
    #[error(
        "the {context} contains {ch:?} (U+{code:04X}), {}",
        script_message(*.problem),
        code = u32::from(*.ch)
    )]
    UnsupportedScript {
        /// The character.
        ch: char,
        /// Why it cannot be drawn.
        problem: ScriptProblem,
        /// Where it occurs, e.g. `"sender"`.
        context: String,
    },
    /// A font file could not be read.
    #[error("cannot read the font file {}: {source}", printable_path(path))]
    FontFile {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A font file larger than [`font::MAX_FONT_FILE`] (its size when it has one).
    #[error(
        "the font file {} is {}; at most {} MiB are read: give a single TrueType or OpenType \
         font file (.ttf, .otf, or a collection of one weight)",
        printable_path(path),
        size.map_or_else(|| format!("larger than {} MiB", font::MAX_FONT_FILE >> 20), |n| format!("{:.1} MiB", n as f64 / 1_048_576.0)),
        font::MAX_FONT_FILE >> 20
    )]
    FontTooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, if it is a regular file (a pipe or device has none).
        size: Option<u64>,
    },
    /// A font file is not a usable TrueType/OpenType font.
    #[error("unusable font: {reason}")]
    InvalidFont {
        /// Why.
        reason: String,
    },
    /// A font could not be subset (a font the parser accepted but the subsetter cannot handle).
    #[error("cannot subset the font {font}: {source}")]
    Subset {
        /// The font's name.
        font: String,
        /// Why.
        source: subsetter::Error,
    },
    /// Compressing a stream failed.
    #[error("cannot compress a PDF stream: {0}")]
    Compress(#[source] std::io::Error),
    /// The renderer contradicted itself (a bug rather than bad input).
    #[error("cannot write the PDF: {0}")]
    Internal(&'static str),
}

/// A path as it may be shown in a message: characters that could act on a terminal or hide
/// (controls, bidi overrides, invisible characters) shown as `<U+XXXX>`.
pub(crate) fn printable_path(path: &std::path::Path) -> String {
    crate::printable::printable_max(&path.to_string_lossy(), 400).into_owned()
}

/// What the PDF renderer cannot do with a script, and what to do instead: the end of a message
/// that names the character before it.
pub fn script_message(problem: ScriptProblem) -> String {
    match problem {
        ScriptProblem::RightToLeft { script } => format!(
            "{script} script, written right to left; the PDF renderer draws every line left to \
             right, so it would come out mirrored: use the text format (--format text)"
        ),
        ScriptProblem::Shaping { script } => format!(
            "{script} script, whose letters must be joined or reordered (shaped), which the PDF \
             renderer cannot do: use the text format (--format text)"
        ),
    }
}

/// Whether the built-in fonts (or the fallback font in `opts`) can draw `ch`, and draw it right:
/// false for a character no font has, and for right-to-left scripts and scripts that need
/// shaping ([`script_problem`]) even when a font has their glyphs. Whitespace and invisible
/// format characters (zero-width space, bidi marks, soft hyphen) count as covered.
pub fn covers(ch: char, opts: &PdfOptions) -> bool {
    text::drawable(ch, &FontSet::new(opts.fallback_font.as_deref()))
}

/// The first character of `text` (after NFC normalisation, as it would be drawn) that the PDF
/// cannot draw right ([`covers`] is false), if any.
pub fn first_uncovered(text: &str, opts: &PdfOptions) -> Option<char> {
    text::first_undrawable_in(text, &FontSet::new(opts.fallback_font.as_deref()))
}

/// Renders `letter` as a PDF document.
///
/// Refuses a letter with a character no font can draw ([`PdfError::MissingGlyph`], naming the
/// part of the letter).
pub fn render(letter: &Letter, opts: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    render_with_digest(letter, opts).map(|(bytes, _)| bytes)
}

/// Like [`render`], and also gives the SHA-256 of the bytes, computed on the way (most of the file
/// is shared by many letters and hashed once).
pub fn render_with_digest(
    letter: &Letter,
    opts: &PdfOptions,
) -> Result<(Vec<u8>, [u8; 32]), PdfError> {
    render_parts(letter, opts).map(|r| (r.bytes, r.sha256))
}

/// A letter rendered for a batch: its file, the file's SHA-256, and the parts a merged PDF takes
/// it from ([`LetterParts::merge_into`]).
pub struct RenderedPdf {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Its SHA-256.
    pub sha256: [u8; 32],
    /// What the file was written from.
    pub parts: LetterParts,
}

/// Like [`render_with_digest`], and also gives what the file was written from.
pub fn render_parts(letter: &Letter, opts: &PdfOptions) -> Result<RenderedPdf, PdfError> {
    let fonts = FontSet::new(opts.fallback_font.as_deref());
    check_personal_coverage(letter, &fonts)?;
    let paper = opts.paper.unwrap_or(letter.paper.into());
    let personal = layout::Personal::new(letter, paper, &fonts)?;
    let form = cache::form(letter, paper, &fonts)?;
    let shape = form.shape(&personal, &fonts)?;
    debug_assert!(
        shape.pages.with(&personal).overflowing_lines().is_empty(),
        "lines past the right margin: {:?}",
        shape.pages.with(&personal).overflowing_lines()
    );
    let mut usage = subset::Usage::default();
    usage.add_runs(personal.runs());
    let keys = shape.usage.with_faces_of(&usage).keys(&fonts)?;
    let prefix = shape.prefix(&keys, &fonts)?;
    let (bytes, sha256, parts) =
        write::finish(letter, &shape.pages, prefix, &personal, &usage, &fonts)?;
    Ok(RenderedPdf {
        bytes,
        sha256,
        parts,
    })
}

/// Checks the sender's fields before any layout work, so the error names the field.
fn check_personal_coverage(letter: &Letter, fonts: &FontSet<'_>) -> Result<(), PdfError> {
    let mut fields: Vec<(&str, &str)> = letter
        .sender
        .iter()
        .map(|s| ("sender", s.as_str()))
        .collect();
    fields.push(("place and date", &letter.place_date));
    if let Some(r) = &letter.reference {
        fields.push(("reference", r));
    }
    fields.push(("signature", &letter.signature));
    check(fields.into_iter().map(|(c, t)| (c.to_owned(), t)), fonts)
}

/// Checks the rest of the letter (done once per form).
fn check_form_coverage(letter: &Letter, fonts: &FontSet<'_>) -> Result<(), PdfError> {
    let mut fields: Vec<(String, &str)> = letter
        .recipient
        .iter()
        .map(|s| ("recipient".to_owned(), s.as_str()))
        .collect();
    fields.push(("subject".to_owned(), &letter.subject));
    fields.push(("salutation".to_owned(), &letter.salutation));
    for (i, block) in letter.body.iter().enumerate() {
        match block {
            Block::Heading(t) | Block::Paragraph(t) => {
                fields.push((format!("body block {}", i + 1), t))
            }
            Block::Bullets(items) | Block::Numbered(items) => {
                for (j, t) in items.iter().enumerate() {
                    fields.push((format!("body block {}, item {}", i + 1, j + 1), t));
                }
            }
        }
    }
    fields.push(("closing".to_owned(), &letter.closing));
    if !letter.enclosures.is_empty() {
        fields.push(("enclosures label".to_owned(), &letter.enclosures_label));
        for (i, e) in letter.enclosures.iter().enumerate() {
            fields.push((format!("enclosure {}", i + 1), e));
        }
    }
    fields.push(("page label".to_owned(), &letter.page_label));
    check(fields.into_iter(), fonts)
}

fn check<'t>(
    fields: impl Iterator<Item = (String, &'t str)>,
    fonts: &FontSet<'_>,
) -> Result<(), PdfError> {
    for (context, text) in fields {
        // Invisible characters are dropped before layout (a right-to-left mark has no form).
        if let Some((ch, problem)) = text
            .chars()
            .filter(|&ch| !text::is_invisible(ch))
            .find_map(|ch| script_problem(ch).map(|p| (ch, p)))
        {
            return Err(PdfError::UnsupportedScript {
                ch,
                problem,
                context,
            });
        }
        if let Some(ch) = text::first_uncovered_in(text, fonts) {
            return Err(PdfError::MissingGlyph { ch, context });
        }
    }
    Ok(())
}
