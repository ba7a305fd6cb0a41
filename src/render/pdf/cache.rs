//! What letters share, built once per process: a batch of thousands of letters has a handful of
//! distinct forms (language, jurisdiction, request, photo), each flowed onto pages in a handful of
//! shapes (how many lines the place, the reference and the name take), each written with a
//! handful of font subsets (which scripts the names use).
//!
//! - A [`CachedForm`] is found by its content (every part of the letter that is not the
//!   sender's), compared in full on a hash match: a cached form can only ever serve an identical
//!   letter.
//! - Its [`Shape`]s are found by the geometry of the personal rows.
//! - A shape's [`Prefix`]es are found by the font subset keys.
//!
//! Memory is bounded by bytes, not entries: every form, shape and prefix counts what it holds
//! (an estimate for layouts, the exact bytes for prefixes) against [`CACHE_BUDGET`] while it
//! lives, and when a new one would pass the budget all forms are dropped (with their shapes and
//! prefixes; letters being written keep theirs until they are done). A pan-European batch (31
//! jurisdictions, three requests, photo or not: some 190 forms) fits in it many times over, so it
//! never rebuilds a form; a batch where every row is a form of its own (its own objection grounds)
//! rebuilds as it must, in the same memory. Font subsets are shared between forms and have a
//! budget of their own (in `write`). A user's fallback font is part of the form's key (by the
//! face's process-unique id); its subset holds exactly the characters a letter uses, so letters
//! whose names need it share a prefix only when they need the same characters.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use super::font::FontSet;
use super::layout::{Form, Pages, Personal, ShapeKey};
use super::subset::{FontKeys, Usage};
use super::write::{self, FixedPart, Prefix};
use super::{Paper, PdfError};
use crate::letter::{Block, Letter};

/// Bytes that cached forms, shapes and prefixes may hold together.
const CACHE_BUDGET: usize = 40 << 20;

/// Bytes held by live forms, shapes and prefixes.
static CACHE_BYTES: AtomicUsize = AtomicUsize::new(0);
static FORMS: LazyLock<Mutex<HashMap<u64, Vec<Arc<CachedForm>>>>> = LazyLock::new(Default::default);

/// A number of bytes counted against [`CACHE_BUDGET`] while the value holding it lives.
struct Charge(usize);

impl Charge {
    fn new(bytes: usize) -> Charge {
        CACHE_BYTES.fetch_add(bytes, Ordering::Relaxed);
        Charge(bytes)
    }
}

impl Drop for Charge {
    fn drop(&mut self) {
        CACHE_BYTES.fetch_sub(self.0, Ordering::Relaxed);
    }
}

/// Whether `more` bytes would pass the budget.
fn over_budget(more: usize) -> bool {
    CACHE_BYTES.load(Ordering::Relaxed) + more > CACHE_BUDGET
}

/// The parts of a letter a form depends on: everything but the sender's.
#[derive(PartialEq, Hash)]
struct FormParts<'l> {
    paper: Paper,
    fallback: Option<u64>,
    language: &'l str,
    recipient: &'l [String],
    subject: &'l str,
    salutation: &'l str,
    body: &'l [Block],
    closing: &'l str,
    enclosures_label: &'l str,
    enclosures: &'l [String],
    page_label: &'l str,
}

impl<'l> FormParts<'l> {
    fn of(letter: &'l Letter, paper: Paper, fallback: Option<u64>) -> Self {
        FormParts {
            paper,
            fallback,
            language: &letter.language,
            recipient: &letter.recipient,
            subject: &letter.subject,
            salutation: &letter.salutation,
            body: &letter.body,
            closing: &letter.closing,
            enclosures_label: &letter.enclosures_label,
            enclosures: &letter.enclosures,
            page_label: &letter.page_label,
        }
    }

    fn hash(&self) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        Hash::hash(self, &mut h);
        h.finish()
    }
}

/// Bytes a letter's text holds (an estimate).
fn letter_bytes(letter: &Letter) -> usize {
    let strings = |v: &[String]| v.iter().map(|s| s.len() + 24).sum::<usize>();
    let body: usize = letter
        .body
        .iter()
        .map(|b| match b {
            Block::Heading(t) | Block::Paragraph(t) => t.len() + 32,
            Block::Bullets(items) | Block::Numbered(items) => strings(items) + 32,
        })
        .sum();
    std::mem::size_of::<Letter>()
        + body
        + strings(&letter.sender)
        + strings(&letter.recipient)
        + strings(&letter.enclosures)
        + letter.subject.len()
        + letter.salutation.len()
        + letter.closing.len()
        + letter.place_date.len()
        + letter.signature.len()
        + letter.page_label.len()
}

/// A form with the shapes built from it so far.
pub(crate) struct CachedForm {
    /// The letter the form was built from (only its form parts count), and how.
    letter: Letter,
    paper: Paper,
    fallback: Option<u64>,
    form: Form,
    shapes: Mutex<HashMap<ShapeKey, Arc<Shape>>>,
    _charge: Charge,
}

/// A form flowed onto pages, the characters its fixed text uses, and its file prefixes so far.
pub(crate) struct Shape {
    pub pages: Pages,
    pub usage: Usage,
    /// The fixed text written for these pages, once the first letter needs it.
    fixed: Mutex<Option<Arc<Counted<FixedPart>>>>,
    prefixes: Mutex<HashMap<FontKeys, Arc<Counted<Prefix>>>>,
    _charge: Charge,
}

/// A shared value whose bytes count against [`CACHE_BUDGET`] while it lives.
pub(crate) struct Counted<T> {
    value: T,
    _charge: Charge,
}

impl<T> Counted<T> {
    fn new(value: T, bytes: usize) -> Counted<T> {
        Counted {
            value,
            _charge: Charge::new(bytes),
        }
    }

    pub fn get(&self) -> &T {
        &self.value
    }
}

/// Drops every cached form (and with them their shapes and prefixes) when `more` bytes would
/// pass the budget.
fn make_room(more: usize) {
    if over_budget(more) {
        FORMS.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// The form of `letter`, shared by every letter with the same one.
pub(crate) fn form(
    letter: &Letter,
    paper: Paper,
    fonts: &FontSet<'_>,
) -> Result<Arc<CachedForm>, PdfError> {
    let fallback = fonts.fallback.map(|f| f.id());
    let parts = FormParts::of(letter, paper, fallback);
    let hash = parts.hash();
    {
        let forms = FORMS.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(hit) = forms
            .get(&hash)
            .and_then(|list| list.iter().find(|f| f.parts() == parts))
        {
            return Ok(hit.clone());
        }
    }
    // Built outside the lock: another thread may build the same form meanwhile, which costs
    // time once but never correctness (both are identical).
    super::check_form_coverage(letter, fonts)?;
    let form = Form::new(letter, paper, fonts)?;
    let bytes = form.approx_bytes() + letter_bytes(letter);
    make_room(bytes);
    let built = Arc::new(CachedForm {
        letter: letter.clone(),
        paper,
        fallback,
        form,
        shapes: Mutex::default(),
        _charge: Charge::new(bytes),
    });
    let mut forms = FORMS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(first) = forms
        .get(&hash)
        .and_then(|list| list.iter().find(|f| f.parts() == parts))
    {
        return Ok(first.clone());
    }
    forms.entry(hash).or_default().push(built.clone());
    Ok(built)
}

impl CachedForm {
    fn parts(&self) -> FormParts<'_> {
        FormParts::of(&self.letter, self.paper, self.fallback)
    }

    /// The pages of this form for the shape of `personal`.
    pub fn shape(&self, personal: &Personal, fonts: &FontSet<'_>) -> Result<Arc<Shape>, PdfError> {
        let key = personal.shape();
        if let Some(hit) = self
            .shapes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
        {
            return Ok(hit.clone());
        }
        let pages = self.form.paginate(personal, fonts)?;
        let mut usage = Usage::default();
        for page in pages.fixed() {
            usage.add_page(page);
        }
        let bytes = pages.approx_bytes();
        make_room(bytes);
        let shape = Arc::new(Shape {
            pages,
            usage,
            fixed: Mutex::default(),
            prefixes: Mutex::default(),
            _charge: Charge::new(bytes),
        });
        self.shapes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, shape.clone());
        Ok(shape)
    }
}

impl Shape {
    /// The fixed text of these pages, written and compressed once.
    fn fixed(&self, fonts: &FontSet<'_>) -> Result<Arc<Counted<FixedPart>>, PdfError> {
        let mut fixed = self.fixed.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(f) = &*fixed {
            return Ok(f.clone());
        }
        let built = write::fixed_part(&self.pages, fonts)?;
        make_room(built.size());
        let bytes = built.size();
        let built = Arc::new(Counted::new(built, bytes));
        *fixed = Some(built.clone());
        Ok(built)
    }

    /// The file prefix for the font subsets `keys`.
    pub fn prefix(
        &self,
        keys: &FontKeys,
        fonts: &FontSet<'_>,
    ) -> Result<Arc<Counted<Prefix>>, PdfError> {
        if let Some(hit) = self
            .prefixes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(keys)
        {
            return Ok(hit.clone());
        }
        let fixed = self.fixed(fonts)?;
        let built = write::prefix(fixed, keys, fonts)?;
        make_room(built.size());
        let bytes = built.size();
        let prefix = Arc::new(Counted::new(built, bytes));
        self.prefixes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(keys.clone(), prefix.clone());
        Ok(prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::pdf::{render, PdfOptions};
    use chrono::NaiveDate;

    fn letter(name: &str, place: &str, word: &str) -> Letter {
        Letter {
            language: "en".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
            sender: vec![name.into(), "1 Road".into(), place.into()],
            recipient: vec!["Clearview AI, Inc.".into(), "New York".into()],
            place_date: format!("{place}, 21 November 2026"),
            reference: None,
            subject: "Subject".into(),
            salutation: "Dear Sir or Madam,".into(),
            body: (0..60)
                .map(|i| Block::Paragraph(format!("Paragraph {i} of the request: {word}.")))
                .collect(),
            closing: "Yours faithfully,".into(),
            signature: name.into(),
            enclosures_label: "Enclosure".into(),
            enclosures: vec!["Photograph".into()],
            page_label: "Page {page} of {pages}".into(),
            paper: Default::default(),
        }
    }

    /// Renders with nothing cached.
    fn cold(letter: &Letter) -> Vec<u8> {
        FORMS.lock().unwrap_or_else(|p| p.into_inner()).clear();
        render(letter, &PdfOptions::default()).expect("renders")
    }

    fn warm(letter: &Letter) -> Vec<u8> {
        render(letter, &PdfOptions::default()).expect("renders")
    }

    fn text(pdf: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(pdf).expect("parses");
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        doc.extract_text(&pages).expect("text")
    }

    // One test, not several: they share the process-wide cache.
    #[test]
    fn shared_parts_give_the_bytes_of_a_fresh_render_and_never_mix_letters() {
        let anna = letter("Anna Alpha", "London", "erase");
        let bert = letter("Bert Beta", "Leeds", "erase");
        let anna_cold = cold(&anna);
        // Bert shares Anna's form, shape and fonts, and gets what a fresh render gives him.
        let bert_warm = warm(&bert);
        assert_eq!(bert_warm, cold(&bert));
        let t = text(&bert_warm);
        assert!(t.contains("Bert Beta") && t.contains("Leeds"), "{t}");
        assert!(!t.contains("Anna") && !t.contains("London"), "{t}");
        assert_eq!(warm(&anna), anna_cold);

        // A place long enough to wrap, and a Greek name (other font subsets): other shapes
        // and prefixes of the same form.
        let long_place = letter("Anna Alpha", &"Llanfairpwllgwyngyll ".repeat(6), "erase");
        let greek = letter("Ελένη Παπαδοπούλου", "Αθήνα", "erase");
        cold(&anna);
        for other in [&long_place, &greek] {
            assert_eq!(warm(other), cold(other));
            cold(&anna);
        }
        assert!(text(&warm(&greek)).contains("Παπαδοπούλου"));

        // With a fallback font (where installed): a name that needs it, and one that does not.
        let path = "/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf";
        if let Ok(face) = crate::render::pdf::FontFace::load(path) {
            let opts = PdfOptions {
                fallback_font: Some(std::sync::Arc::new(face)),
                ..PdfOptions::default()
            };
            let with = |l: &Letter| render(l, &opts).expect("renders");
            let cold_with = |l: &Letter| {
                FORMS.lock().unwrap_or_else(|p| p.into_inner()).clear();
                with(l)
            };
            let math = letter("Anna \u{1D400}lpha", "London", "erase");
            let plain = letter("Bert Beta", "Leeds", "erase");
            cold_with(&math);
            assert_eq!(with(&plain), cold_with(&plain));
            assert_eq!(with(&math), cold_with(&math));
            assert!(text(&with(&math)).contains("Anna \u{1D400}lpha"));
            // A letter that needs nothing from the fallback font does not embed it.
            assert_eq!(with(&plain), warm(&plain));
        }

        // One word of the body differs: another form.
        let other_body = letter("Anna Alpha", "London", "restrict");
        cold(&anna);
        let t = text(&warm(&other_body));
        assert!(t.contains("restrict") && !t.contains("erase"), "{t}");
    }
}
