//! Page geometry: DIN 5008 form B on A4 (the same left and top positions on US Letter), type
//! sizes and leading, and what a laid-out page is made of (placed lines and rules). All lengths are
//! in points, measured from the top-left corner of the page; the writer flips y for PDF.

use super::*;

/// Points per millimetre.
pub(super) const MM: f32 = 72.0 / 25.4;

/// Body text size and line advance.
pub(super) const BODY_SIZE: f32 = 10.0;

pub(super) const LEAD: f32 = 12.0;

/// Space between paragraphs, before headings, between list items.
pub(super) const PARA_GAP: f32 = 5.0;

pub(super) const HEADING_GAP: f32 = 8.0;

pub(super) const ITEM_GAP: f32 = 1.5;

/// Sender block (top left).
pub(super) const SENDER_NAME_SIZE: f32 = 11.0;

pub(super) const SENDER_SIZE: f32 = 9.5;

pub(super) const SENDER_LEAD: f32 = 12.0;

/// Return address line above the recipient.
pub(super) const RETURN_SIZE: f32 = 7.0;

pub(super) const RETURN_MIN_SIZE: f32 = 5.5;

/// Recipient address.
pub(super) const ADDRESS_LEAD: f32 = 13.0;

/// Page label (footer).
pub(super) const FOOTER_SIZE: f32 = 8.5;

/// DejaVu Sans ascender and descender in em; used to centre glyphs in a line box.
pub(super) const ASCENT: f32 = 0.928;

pub(super) const DESCENT: f32 = 0.236;

/// Page geometry for one paper size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Geometry {
    pub width: f32,
    pub height: f32,
    /// Left edge of all text (DIN 5008: 25 mm).
    pub left: f32,
    /// Right edge no text may pass (20 mm from the right edge).
    pub right: f32,
    /// Top of the text flow on page 1 (the place-and-date line) and on later pages.
    pub(super) first_top: f32,
    pub(super) later_top: f32,
    /// Lowest point the body may reach.
    pub(super) bottom: f32,
    /// Baseline of the page label.
    pub(super) footer_baseline: f32,
    /// Fold marks and the hole-punch mark (y from top, length).
    pub(super) marks: [(f32, f32); 3],
}

impl Geometry {
    pub fn new(paper: Paper) -> Self {
        let (w, h) = match paper {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        };
        // A4 form B folds at 105 and 210 mm; US Letter is folded in thirds. The punch mark
        // halves the page.
        let (fold1, fold2) = match paper {
            Paper::A4 => (105.0, 210.0),
            Paper::Letter => (h / 3.0, h * 2.0 / 3.0),
        };
        Self {
            width: w * MM,
            height: h * MM,
            left: 25.0 * MM,
            right: (w - 20.0) * MM,
            first_top: 93.0 * MM,
            later_top: 20.0 * MM,
            bottom: (h - 22.0) * MM,
            footer_baseline: (h - 12.0) * MM,
            marks: [
                (fold1 * MM, 5.0 * MM),
                (h / 2.0 * MM, 8.0 * MM),
                (fold2 * MM, 5.0 * MM),
            ],
        }
    }

    /// Width available to text between the margins.
    pub fn text_width(&self) -> f32 {
        self.right - self.left
    }
}

/// A line of text at its final place.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlacedLine {
    pub x: f32,
    /// Baseline, from the top of the page.
    pub baseline: f32,
    pub size: f32,
    pub runs: Vec<Run>,
    pub width: f32,
    /// Drawn in grey (page labels).
    pub grey: bool,
    pub kind: LineKind,
}

/// What a placed line belongs to (for the pagination rules and their tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Sender block, window field, place and date, reference, subject, salutation.
    Head,
    Heading,
    /// The first line of a body paragraph or list item that has more lines.
    BodyFirst,
    /// Any other body line.
    Body,
    /// Closing, signature and enclosures.
    Closing,
    /// Page label.
    Furniture,
}

/// A straight line (fold marks, the rule under the return address).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rule {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
    pub thickness: f32,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct PageLayout {
    pub lines: Vec<PlacedLine>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocumentLayout {
    pub geometry: Geometry,
    pub pages: Vec<PageLayout>,
}

impl DocumentLayout {
    /// Every line that reaches past the right margin (should be none).
    pub fn overflowing_lines(&self) -> Vec<(usize, &PlacedLine)> {
        let limit = self.geometry.right + 0.01;
        self.pages
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.lines.iter().map(move |l| (i, l)))
            .filter(|(_, l)| l.x + l.width > limit || l.x < 0.0)
            .collect()
    }
}

/// Bytes a run list holds on the heap (for the caches' budgets; an estimate).
pub(super) fn runs_bytes(runs: &[Run]) -> usize {
    runs.iter()
        .map(|r| std::mem::size_of::<Run>() + r.text.capacity())
        .sum()
}

impl PageLayout {
    pub(super) fn approx_bytes(&self) -> usize {
        std::mem::size_of::<PageLayout>()
            + self.rules.len() * std::mem::size_of::<Rule>()
            + self
                .lines
                .iter()
                .map(|l| std::mem::size_of::<PlacedLine>() + runs_bytes(&l.runs))
                .sum::<usize>()
    }
}
