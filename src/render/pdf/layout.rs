//! Page layout: where every line of a [`Letter`] goes, on which page.
//!
//! DIN 5008 form B geometry (A4; the same left/top positions on US Letter): sender block at the
//! top left, the return address line and the recipient in the window field (20 mm from the left,
//! 45 mm from the top, 85 × 45 mm), then place and date, reference, subject, salutation, body,
//! closing and signature flowing over as many pages as needed. All lengths are in points,
//! measured from the top-left corner of the page; the writer flips y for PDF.

use std::borrow::Cow;

use crate::letter::{Block, Letter};

use super::font::{FontSet, Style};
use super::text::{prepare, runs, runs_width, wrap, Run};
use super::{Paper, PdfError};

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;

/// Body text size and line advance.
const BODY_SIZE: f32 = 10.0;
const LEAD: f32 = 12.0;
/// Space between paragraphs, before headings, between list items.
const PARA_GAP: f32 = 5.0;
const HEADING_GAP: f32 = 8.0;
const ITEM_GAP: f32 = 1.5;
/// Sender block (top left).
const SENDER_NAME_SIZE: f32 = 11.0;
const SENDER_SIZE: f32 = 9.5;
const SENDER_LEAD: f32 = 12.0;
/// Return address line above the recipient.
const RETURN_SIZE: f32 = 7.0;
const RETURN_MIN_SIZE: f32 = 5.5;
/// Recipient address.
const ADDRESS_LEAD: f32 = 13.0;
/// Page label (footer).
const FOOTER_SIZE: f32 = 8.5;

/// DejaVu Sans ascender and descender in em; used to centre glyphs in a line box.
const ASCENT: f32 = 0.928;
const DESCENT: f32 = 0.236;

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
    first_top: f32,
    later_top: f32,
    /// Lowest point the body may reach.
    bottom: f32,
    /// Baseline of the page label.
    footer_baseline: f32,
    /// Fold marks and the hole-punch mark (y from top, length).
    marks: [(f32, f32); 3],
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

/// Horizontal placement of a line within a row.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Align {
    Left(f32),
    Right(f32),
}

/// One line's worth of content in the flow, not yet placed on a page.
#[derive(Debug, Clone)]
struct Row {
    /// Space above the row, dropped at the top of a page.
    gap: f32,
    /// Line box height.
    height: f32,
    /// Must be on the same page as the following row.
    keep_with_next: bool,
    kind: LineKind,
    pieces: Vec<Piece>,
}

/// Text in a row, measured.
#[derive(Debug, Clone)]
struct Piece {
    align: Align,
    size: f32,
    runs: Vec<Run>,
    width: f32,
}

/// Builds rows from text, measuring as it goes.
struct Builder<'f, 'a> {
    fonts: &'f FontSet<'a>,
    geo: Geometry,
    rows: Vec<Row>,
}

impl Builder<'_, '_> {
    fn piece(
        &self,
        text: &str,
        style: Style,
        size: f32,
        align: Align,
        context: &str,
    ) -> Result<Piece, PdfError> {
        let runs = runs(text, style, self.fonts, context)?;
        let width = runs_width(&runs, self.fonts, size);
        Ok(Piece {
            align,
            size,
            runs,
            width,
        })
    }

    /// Wraps `text` between `x` and the right margin and appends one row per line, `gap` above
    /// the first. An optional `marker` (bullet, number) is drawn on the first line, right-aligned
    /// to end at the given x. Body lines follow the orphan and widow rules; any other kind keeps
    /// all its lines with whatever follows.
    #[allow(clippy::too_many_arguments)]
    fn paragraph(
        &mut self,
        text: &str,
        style: Style,
        gap: f32,
        x: f32,
        marker: Option<(&str, f32)>,
        kind: LineKind,
        context: &str,
    ) -> Result<(), PdfError> {
        let text = prepare(text);
        let width = self.geo.right - x;
        let lines = wrap(&text, style, BODY_SIZE, self.fonts, width, width);
        let n = lines.len();
        for (i, line) in lines.iter().enumerate() {
            let mut pieces = Vec::new();
            if i == 0 {
                if let Some((m, end)) = marker {
                    pieces.push(self.piece(
                        m,
                        Style::Regular,
                        BODY_SIZE,
                        Align::Right(end),
                        context,
                    )?);
                }
            }
            pieces.push(self.piece(line, style, BODY_SIZE, Align::Left(x), context)?);
            // Orphans: the first line never stays alone at the bottom of a page; widows: the
            // last line never goes alone to the next one.
            let body = kind == LineKind::Body;
            let keep = !body || (n >= 2 && i == 0) || (n >= 3 && i == n - 2);
            self.rows.push(Row {
                gap: if i == 0 { gap } else { 0.0 },
                height: LEAD,
                keep_with_next: keep,
                kind: if body && n >= 2 && i == 0 {
                    LineKind::BodyFirst
                } else {
                    kind
                },
                pieces,
            });
        }
        Ok(())
    }

    fn right_aligned(&mut self, text: &str, gap: f32, context: &str) -> Result<(), PdfError> {
        let text = prepare(text);
        let width = self.geo.text_width();
        for (i, line) in wrap(&text, Style::Regular, BODY_SIZE, self.fonts, width, width)
            .iter()
            .enumerate()
        {
            let piece = self.piece(
                line,
                Style::Regular,
                BODY_SIZE,
                Align::Right(self.geo.right),
                context,
            )?;
            self.rows.push(Row {
                gap: if i == 0 { gap } else { 0.0 },
                height: LEAD,
                keep_with_next: true,
                kind: LineKind::Head,
                pieces: vec![piece],
            });
        }
        Ok(())
    }

    fn list(
        &mut self,
        items: &[String],
        numbered: bool,
        gap: f32,
        index: usize,
    ) -> Result<(), PdfError> {
        let left = self.geo.left;
        let markers: Vec<String> = (1..=items.len())
            .map(|n| {
                if numbered {
                    format!("{n}.")
                } else {
                    "•".to_owned()
                }
            })
            .collect();
        let widest = markers
            .iter()
            .map(|m| self.fonts.width(m, Style::Regular, BODY_SIZE))
            .fold(0.0, f32::max);
        let marker_end = left + (3.0 * MM).max(widest + 1.0 * MM);
        let text_x = marker_end + 2.5 * MM;
        for (i, (item, marker)) in items.iter().zip(&markers).enumerate() {
            let context = format!("body block {}, item {}", index + 1, i + 1);
            self.paragraph(
                item,
                Style::Regular,
                if i == 0 { gap } else { ITEM_GAP },
                text_x,
                Some((marker, marker_end)),
                LineKind::Body,
                &context,
            )?;
        }
        Ok(())
    }
}

/// Which personal part of a letter a content segment holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Group {
    /// The sender block and the return address line (fixed places on page 1).
    Head,
    /// Place and date, and the sender's reference (the top of the flow on page 1).
    Dated,
    /// The printed name under the signature space.
    Signature,
}

/// A stretch of a page's content, in reading order: text that every letter with the same form
/// and shape shares, or one personal group of the letter at hand.
#[derive(Debug, Clone)]
pub(crate) enum Segment {
    Fixed(PageLayout),
    Personal(Group),
}

/// The parts of a letter's layout that do not depend on who sends it: the recipient, subject,
/// salutation, body, closing and enclosures, wrapped and measured. Thousands of letters in a batch
/// share a handful of forms.
#[derive(Debug)]
pub(crate) struct Form {
    geometry: Geometry,
    recipient: PageLayout,
    /// Subject, salutation, body and closing.
    main: Vec<Row>,
    /// Enclosures (after the signature).
    tail: Vec<Row>,
    /// The letter's page label pattern, for the page furniture.
    page_label: String,
}

/// The sender's own parts of a letter, laid out but (apart from the head) not yet placed.
#[derive(Debug)]
pub(crate) struct Personal {
    /// Sender block and return address line, at their fixed places on page 1.
    head: PageLayout,
    /// Place and date, then the reference.
    dated: Vec<Row>,
    /// The printed name.
    signature: Vec<Row>,
}

/// How the personal rows take up room in the flow: with the form, all that pagination depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct ShapeKey {
    dated: Vec<(u32, u32, bool)>,
    signature: Vec<(u32, u32, bool)>,
}

/// A form flowed onto pages for one [`ShapeKey`]: each page's segments in reading order, and the
/// top of every personal flow row.
#[derive(Debug)]
pub(crate) struct Pages {
    pub geometry: Geometry,
    pub pages: Vec<Vec<Segment>>,
    /// (page, top) of the dated rows, then of the signature rows.
    slots: Vec<(usize, f32)>,
}

/// Bytes a run list holds on the heap (for the caches' budgets; an estimate).
fn runs_bytes(runs: &[Run]) -> usize {
    runs.iter()
        .map(|r| std::mem::size_of::<Run>() + r.text.capacity())
        .sum()
}

impl PageLayout {
    fn approx_bytes(&self) -> usize {
        std::mem::size_of::<PageLayout>()
            + self.rules.len() * std::mem::size_of::<Rule>()
            + self
                .lines
                .iter()
                .map(|l| std::mem::size_of::<PlacedLine>() + runs_bytes(&l.runs))
                .sum::<usize>()
    }
}

fn rows_bytes(rows: &[Row]) -> usize {
    rows.iter()
        .map(|r| {
            std::mem::size_of::<Row>()
                + r.pieces
                    .iter()
                    .map(|p| std::mem::size_of::<Piece>() + runs_bytes(&p.runs))
                    .sum::<usize>()
        })
        .sum()
}

impl Form {
    /// Bytes the form holds (an estimate, for the caches' budget).
    pub fn approx_bytes(&self) -> usize {
        self.recipient.approx_bytes()
            + rows_bytes(&self.main)
            + rows_bytes(&self.tail)
            + self.page_label.len()
    }

    /// Lays out everything in `letter` but the sender's own parts.
    pub fn new(letter: &Letter, paper: Paper, fonts: &FontSet<'_>) -> Result<Form, PdfError> {
        let geo = Geometry::new(paper);
        let mut recipient = PageLayout::default();
        recipient_block(letter, &geo, fonts, &mut recipient)?;
        let mut b = Builder {
            fonts,
            geo,
            rows: Vec::new(),
        };
        let left = geo.left;
        b.paragraph(
            &letter.subject,
            Style::Bold,
            LEAD,
            left,
            None,
            LineKind::Head,
            "subject",
        )?;
        b.paragraph(
            &letter.salutation,
            Style::Regular,
            LEAD,
            left,
            None,
            LineKind::Head,
            "salutation",
        )?;
        for (i, block) in letter.body.iter().enumerate() {
            let context = format!("body block {}", i + 1);
            match block {
                Block::Heading(t) => {
                    b.paragraph(
                        t,
                        Style::Bold,
                        HEADING_GAP,
                        left,
                        None,
                        LineKind::Heading,
                        &context,
                    )?;
                }
                Block::Paragraph(t) => {
                    b.paragraph(
                        t,
                        Style::Regular,
                        PARA_GAP,
                        left,
                        None,
                        LineKind::Body,
                        &context,
                    )?;
                }
                Block::Bullets(items) => b.list(items, false, PARA_GAP, i)?,
                Block::Numbered(items) => b.list(items, true, PARA_GAP, i)?,
            }
        }
        // The closing, the signature space and the printed name stay together, with at least
        // the last two lines of the body.
        let n = b.rows.len();
        for row in &mut b.rows[n.saturating_sub(2)..] {
            row.keep_with_next = true;
        }
        b.paragraph(
            &letter.closing,
            Style::Regular,
            LEAD,
            left,
            None,
            LineKind::Closing,
            "closing",
        )?;
        let main = std::mem::take(&mut b.rows);
        if !letter.enclosures.is_empty() {
            enclosures(&mut b, letter)?;
        }
        Ok(Form {
            geometry: geo,
            recipient,
            main,
            tail: b.rows,
            page_label: letter.page_label.clone(),
        })
    }

    /// Flows the form and the personal rows (of the shape `personal` has) onto pages.
    pub fn paginate(&self, personal: &Personal, fonts: &FontSet<'_>) -> Result<Pages, PdfError> {
        let geo = self.geometry;
        let rows: Vec<(&Row, bool)> = personal
            .dated
            .iter()
            .map(|r| (r, true))
            .chain(self.main.iter().map(|r| (r, false)))
            .chain(personal.signature.iter().map(|r| (r, true)))
            .chain(self.tail.iter().map(|r| (r, false)))
            .collect();
        let places = flow(&rows.iter().map(|(r, _)| *r).collect::<Vec<_>>(), &geo);
        let count = places.last().map_or(1, |(page, _)| page + 1);
        let mut pages: Vec<Vec<Segment>> = vec![Vec::new(); count];
        pages[0].push(Segment::Personal(Group::Head));
        pages[0].push(Segment::Fixed(self.recipient.clone()));
        let mut slots = Vec::new();
        for (k, ((row, personal_row), (page, y))) in rows.iter().zip(&places).enumerate() {
            let segments = &mut pages[*page];
            if *personal_row {
                slots.push((*page, *y));
                let group = if k < personal.dated.len() {
                    Group::Dated
                } else {
                    Group::Signature
                };
                if !matches!(segments.last(), Some(Segment::Personal(g)) if *g == group) {
                    segments.push(Segment::Personal(group));
                }
            } else {
                if !matches!(segments.last(), Some(Segment::Fixed(_))) {
                    segments.push(Segment::Fixed(PageLayout::default()));
                }
                if let Some(Segment::Fixed(layout)) = segments.last_mut() {
                    place(row, *y, layout);
                }
            }
        }
        for (i, segments) in pages.iter_mut().enumerate() {
            let mut furniture = PageLayout::default();
            page_furniture(&self.page_label, &geo, fonts, &mut furniture, i + 1, count)?;
            // Fold marks first, the page label last, each in a fixed segment.
            let first_fixed = segments.iter_mut().find_map(|s| match s {
                Segment::Fixed(l) => Some(l),
                Segment::Personal(_) => None,
            });
            let mut rules = std::mem::take(&mut furniture.rules);
            match first_fixed {
                Some(l) => {
                    rules.append(&mut l.rules);
                    l.rules = rules;
                }
                None => segments.insert(
                    0,
                    Segment::Fixed(PageLayout {
                        lines: Vec::new(),
                        rules,
                    }),
                ),
            }
            match segments.last_mut() {
                Some(Segment::Fixed(l)) => l.lines.append(&mut furniture.lines),
                _ => segments.push(Segment::Fixed(furniture)),
            }
        }
        Ok(Pages {
            geometry: geo,
            pages,
            slots,
        })
    }
}

impl Personal {
    /// Lays out the sender's parts of `letter`.
    pub fn new(letter: &Letter, paper: Paper, fonts: &FontSet<'_>) -> Result<Personal, PdfError> {
        let geo = Geometry::new(paper);
        let mut head = PageLayout::default();
        sender_block(letter, &geo, fonts, &mut head)?;
        return_line(letter, &geo, fonts, &mut head)?;
        let mut b = Builder {
            fonts,
            geo,
            rows: Vec::new(),
        };
        b.right_aligned(&letter.place_date, 0.0, "place and date")?;
        if let Some(reference) = &letter.reference {
            b.paragraph(
                reference,
                Style::Regular,
                0.0,
                geo.left,
                None,
                LineKind::Head,
                "reference",
            )?;
        }
        let dated = std::mem::take(&mut b.rows);
        b.paragraph(
            &letter.signature,
            Style::Regular,
            3.0 * LEAD,
            geo.left,
            None,
            LineKind::Closing,
            "signature",
        )?;
        Ok(Personal {
            head,
            dated,
            signature: b.rows,
        })
    }

    /// Every run of text in the personal parts.
    pub fn runs(&self) -> impl Iterator<Item = &Run> {
        let rows = self.dated.iter().chain(&self.signature);
        self.head
            .lines
            .iter()
            .flat_map(|l| &l.runs)
            .chain(rows.flat_map(|r| r.pieces.iter().flat_map(|p| &p.runs)))
    }

    pub fn shape(&self) -> ShapeKey {
        let geometry = |rows: &[Row]| -> Vec<(u32, u32, bool)> {
            rows.iter()
                .map(|r| (r.gap.to_bits(), r.height.to_bits(), r.keep_with_next))
                .collect()
        };
        ShapeKey {
            dated: geometry(&self.dated),
            signature: geometry(&self.signature),
        }
    }

    /// The lines of `group` on page `page`, placed as `pages` (built for this shape) says.
    pub fn lines(&self, pages: &Pages, group: Group, page: usize) -> Cow<'_, PageLayout> {
        let mut out = PageLayout::default();
        let (rows, slots) = match group {
            Group::Head if page == 0 => return Cow::Borrowed(&self.head),
            Group::Head => return Cow::Owned(out),
            Group::Dated => (&self.dated, &pages.slots[..self.dated.len()]),
            Group::Signature => (&self.signature, &pages.slots[self.dated.len()..]),
        };
        for (row, (p, y)) in rows.iter().zip(slots) {
            if *p == page {
                place(row, *y, &mut out);
            }
        }
        Cow::Owned(out)
    }
}

impl Pages {
    /// Bytes the pages hold (an estimate, for the caches' budget).
    pub fn approx_bytes(&self) -> usize {
        self.fixed().map(PageLayout::approx_bytes).sum::<usize>()
            + self.slots.len() * std::mem::size_of::<(usize, f32)>()
    }

    /// Every fixed segment, in order.
    pub fn fixed(&self) -> impl Iterator<Item = &PageLayout> {
        self.pages.iter().flatten().filter_map(|s| match s {
            Segment::Fixed(l) => Some(l),
            Segment::Personal(_) => None,
        })
    }

    /// The whole page layouts with `personal`'s lines in place.
    pub fn with(&self, personal: &Personal) -> DocumentLayout {
        let pages = self
            .pages
            .iter()
            .enumerate()
            .map(|(i, segments)| {
                let mut page = PageLayout::default();
                for segment in segments {
                    let part = match segment {
                        Segment::Fixed(l) => Cow::Borrowed(l),
                        Segment::Personal(g) => personal.lines(self, *g, i),
                    };
                    page.lines.extend(part.lines.iter().cloned());
                    page.rules.extend(part.rules.iter().cloned());
                }
                page
            })
            .collect();
        DocumentLayout {
            geometry: self.geometry,
            pages,
        }
    }
}

/// Lays out the whole letter (rendering uses the parts, shared between letters).
#[cfg(test)]
pub(crate) fn layout(
    letter: &Letter,
    paper: Paper,
    fonts: &FontSet<'_>,
) -> Result<DocumentLayout, PdfError> {
    let personal = Personal::new(letter, paper, fonts)?;
    let form = Form::new(letter, paper, fonts)?;
    let doc = form.paginate(&personal, fonts)?.with(&personal);
    debug_assert!(
        doc.overflowing_lines().is_empty(),
        "lines past the right margin: {:?}",
        doc.overflowing_lines()
    );
    Ok(doc)
}

/// "Enclosures: first entry" with later entries aligned under the first.
fn enclosures(b: &mut Builder<'_, '_>, letter: &Letter) -> Result<(), PdfError> {
    let label = prepare(letter.enclosures_label.trim_end()).replace('\n', " ");
    let label = if label.ends_with(':') {
        label
    } else {
        format!("{label}:")
    };
    let left = b.geo.left;
    let label_piece = b.piece(
        &label,
        Style::Regular,
        BODY_SIZE,
        Align::Left(left),
        "enclosures label",
    )?;
    let label_w = label_piece.width + b.fonts.width(" ", Style::Regular, BODY_SIZE);
    // A long label would squeeze the entries: then they go under it, unindented.
    let inline = label_w <= b.geo.text_width() / 3.0;
    let x = if inline { left + label_w } else { left };
    let mut rows: Vec<Vec<Piece>> = Vec::new();
    if !inline {
        rows.push(vec![label_piece.clone()]);
    }
    for (i, entry) in letter.enclosures.iter().enumerate() {
        let context = format!("enclosure {}", i + 1);
        let width = b.geo.right - x;
        for line in wrap(
            &prepare(entry),
            Style::Regular,
            BODY_SIZE,
            b.fonts,
            width,
            width,
        ) {
            rows.push(vec![b.piece(
                &line,
                Style::Regular,
                BODY_SIZE,
                Align::Left(x),
                &context,
            )?]);
        }
    }
    if inline {
        rows[0].insert(0, label_piece);
    }
    for (i, pieces) in rows.into_iter().enumerate() {
        b.rows.push(Row {
            gap: if i == 0 { LEAD } else { 0.0 },
            height: LEAD,
            keep_with_next: true,
            kind: LineKind::Closing,
            pieces,
        });
    }
    Ok(())
}

/// Wraps a field set at a fixed place; returns each line's runs and width.
fn fixed_lines(
    text: &str,
    style: Style,
    size: f32,
    max_width: f32,
    fonts: &FontSet<'_>,
    context: &str,
) -> Result<Vec<(Vec<Run>, f32)>, PdfError> {
    let text = prepare(text);
    wrap(&text, style, size, fonts, max_width, max_width)
        .into_iter()
        .map(|line| {
            let r = runs(&line, style, fonts, context)?;
            let w = runs_width(&r, fonts, size);
            Ok((r, w))
        })
        .collect()
}

/// Sender block at the top left: the name in bold, then the address lines, ending above the
/// window field (43 mm); a long block is set tighter so it still ends there.
fn sender_block(
    letter: &Letter,
    geo: &Geometry,
    fonts: &FontSet<'_>,
    page: &mut PageLayout,
) -> Result<(), PdfError> {
    let mut lines: Vec<(Vec<Run>, f32, f32)> = Vec::new();
    let width = geo.text_width();
    for (i, text) in letter.sender.iter().enumerate() {
        let (style, size) = if i == 0 {
            (Style::Bold, SENDER_NAME_SIZE)
        } else {
            (Style::Regular, SENDER_SIZE)
        };
        for (r, w) in fixed_lines(text, style, size, width, fonts, "sender")? {
            lines.push((r, w, size));
        }
    }
    let first_baseline = 16.0 * MM;
    let last_allowed = 43.0 * MM - DESCENT * SENDER_SIZE;
    let (lead, scale) = fit_block(lines.len(), SENDER_LEAD, first_baseline, last_allowed);
    for (i, (r, w, size)) in lines.into_iter().enumerate() {
        // The type shrinks with the lead, so lines never collide.
        let size = size * scale;
        let width = w * scale;
        page.lines.push(PlacedLine {
            x: geo.left,
            baseline: first_baseline + i as f32 * lead,
            size,
            runs: r,
            width,
            grey: false,
            kind: LineKind::Head,
        });
    }
    Ok(())
}

/// The window is 20..105 mm; text keeps 5 mm clear on the right, too.
fn window_width(geo: &Geometry) -> f32 {
    100.0 * MM - geo.left
}

/// The top of the window field: the return address line (the sender in one small line, without
/// the e-mail address) over a hairline.
fn return_line(
    letter: &Letter,
    geo: &Geometry,
    fonts: &FontSet<'_>,
    page: &mut PageLayout,
) -> Result<(), PdfError> {
    let x = geo.left;
    let max_width = window_width(geo);

    let mut parts: Vec<String> = letter
        .sender
        .iter()
        .map(|s| prepare(s).replace('\n', ", ").trim().to_owned())
        .filter(|s| !s.is_empty() && !s.contains('@'))
        .collect();
    if !parts.is_empty() {
        // Shrink to the minimum size, then drop trailing parts; a name that still does not fit
        // is set smaller rather than cut.
        let mut size = RETURN_SIZE;
        let mut text = parts.join(" · ");
        let measure = |t: &str, size: f32| fonts.width(t, Style::Regular, size);
        while measure(&text, size) > max_width && size > RETURN_MIN_SIZE {
            size = (size - 0.25).max(RETURN_MIN_SIZE);
        }
        while measure(&text, size) > max_width && parts.len() > 1 {
            parts.pop();
            text = parts.join(" · ");
        }
        let width = measure(&text, size);
        if width > max_width {
            size *= 0.999 * max_width / width;
        }
        let r = runs(&text, Style::Regular, fonts, "sender")?;
        let width = runs_width(&r, fonts, size);
        let baseline = 59.0 * MM;
        page.lines.push(PlacedLine {
            x,
            baseline,
            size,
            runs: r,
            width,
            grey: false,
            kind: LineKind::Head,
        });
        page.rules.push(Rule {
            x1: x,
            y1: baseline + 1.3 * MM,
            x2: x + width,
            y2: baseline + 1.3 * MM,
            thickness: 0.4,
        });
    }
    Ok(())
}

/// The recipient in the window field.
fn recipient_block(
    letter: &Letter,
    geo: &Geometry,
    fonts: &FontSet<'_>,
    page: &mut PageLayout,
) -> Result<(), PdfError> {
    let x = geo.left;
    let max_width = window_width(geo);
    let mut lines = Vec::new();
    for text in &letter.recipient {
        lines.extend(fixed_lines(
            text,
            Style::Regular,
            BODY_SIZE,
            max_width,
            fonts,
            "recipient",
        )?);
    }
    let first_baseline = 66.0 * MM;
    let last_allowed = 90.0 * MM - DESCENT * BODY_SIZE - 0.5 * MM;
    let (lead, scale) = fit_block(lines.len(), ADDRESS_LEAD, first_baseline, last_allowed);
    for (i, (r, w)) in lines.into_iter().enumerate() {
        page.lines.push(PlacedLine {
            x,
            baseline: first_baseline + i as f32 * lead,
            size: BODY_SIZE * scale,
            runs: r,
            width: w * scale,
            grey: false,
            kind: LineKind::Head,
        });
    }
    Ok(())
}

/// Fold marks, punch mark and the page label.
fn page_furniture(
    page_label: &str,
    geo: &Geometry,
    fonts: &FontSet<'_>,
    page: &mut PageLayout,
    number: usize,
    count: usize,
) -> Result<(), PdfError> {
    for (y, len) in geo.marks {
        page.rules.push(Rule {
            x1: 0.0,
            y1: y,
            x2: len,
            y2: y,
            thickness: 0.5,
        });
    }
    let label = prepare(&crate::letter::page_label(page_label, number, count));
    let r = runs(
        &label.replace('\n', " "),
        Style::Regular,
        fonts,
        "page label",
    )?;
    let mut width = runs_width(&r, fonts, FOOTER_SIZE);
    let mut size = FOOTER_SIZE;
    if width > geo.text_width() {
        size *= geo.text_width() / width;
        width = geo.text_width();
    }
    page.lines.push(PlacedLine {
        x: geo.right - width,
        baseline: geo.footer_baseline,
        size,
        runs: r,
        width,
        grey: true,
        kind: LineKind::Furniture,
    });
    Ok(())
}

/// The line advance and the size factor that fit `count` lines between two baselines: the
/// nominal `lead` at size 1 when they fit, else both shrunk by the same factor.
fn fit_block(count: usize, lead: f32, first_baseline: f32, last_allowed: f32) -> (f32, f32) {
    if count > 1 {
        let needed = (count - 1) as f32 * lead;
        let available = last_allowed - first_baseline;
        if needed > available {
            let scale = available / needed;
            return (lead * scale, scale);
        }
    }
    (lead, 1.0)
}

/// Flows rows onto pages: the page index and the top of each row. A run of rows joined by
/// `keep_with_next` moves to the next page whole; only a run taller than a whole page is split.
fn flow(rows: &[&Row], geo: &Geometry) -> Vec<(usize, f32)> {
    let mut places = Vec::with_capacity(rows.len());
    let mut page = 0;
    let mut y = geo.first_top;
    let mut at_top = true;
    let mut i = 0;
    while i < rows.len() {
        let mut j = i;
        while rows[j].keep_with_next && j + 1 < rows.len() {
            j += 1;
        }
        let chunk = &rows[i..=j];
        let height: f32 = chunk
            .iter()
            .enumerate()
            .map(|(k, r)| r.height + if k == 0 && at_top { 0.0 } else { r.gap })
            .sum();
        if y + height > geo.bottom && !at_top {
            page += 1;
            y = geo.later_top;
            at_top = true;
            continue;
        }
        for row in chunk {
            if !at_top {
                y += row.gap;
            }
            if y + row.height > geo.bottom && !at_top {
                page += 1;
                y = geo.later_top;
            }
            places.push((page, y));
            y += row.height;
            at_top = false;
        }
        i = j + 1;
    }
    places
}

fn place(row: &Row, y: f32, page: &mut PageLayout) {
    for piece in &row.pieces {
        let baseline = y + row.height / 2.0 + (ASCENT - DESCENT) / 2.0 * piece.size;
        let x = match piece.align {
            Align::Left(x) => x,
            Align::Right(end) => end - piece.width,
        };
        page.lines.push(PlacedLine {
            x,
            baseline,
            size: piece.size,
            runs: piece.runs.clone(),
            width: piece.width,
            grey: false,
            kind: row.kind,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const MEDIUM: &str = "Please confirm whether or not you process personal data concerning me \
        and, where that is the case, give me a copy of all such data, including every image, the \
        URL of the page where each image was found and the date it was collected.";

    fn letter(body: Vec<Block>) -> Letter {
        Letter {
            language: "en".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"),
            sender: vec!["Jane Example".into(), "1 Road".into(), "London".into()],
            recipient: vec!["Clearview AI, Inc.".into(), "New York".into()],
            place_date: "London, 21 November 2026".into(),
            reference: None,
            subject: "Subject".into(),
            salutation: "Dear Sir or Madam,".into(),
            body,
            closing: "Yours faithfully,".into(),
            signature: "Jane Example".into(),
            enclosures_label: "Enclosure".into(),
            enclosures: vec!["Photograph".into()],
            page_label: "Page {page} of {pages}".into(),
        }
    }

    /// The flow lines of a page (no page furniture), top to bottom.
    fn flow(page: &PageLayout) -> Vec<&PlacedLine> {
        let mut lines: Vec<&PlacedLine> = page
            .lines
            .iter()
            .filter(|l| l.kind != LineKind::Furniture)
            .collect();
        lines.sort_by(|a, b| a.baseline.total_cmp(&b.baseline));
        lines
    }

    fn check(doc: &DocumentLayout) {
        assert!(
            doc.overflowing_lines().is_empty(),
            "{:?}",
            doc.overflowing_lines()
        );
        let last = doc.pages.len() - 1;
        let mut closing_seen = false;
        for (i, page) in doc.pages.iter().enumerate() {
            let lines = flow(page);
            let bottom = lines.last().expect("a page with text");
            assert!(
                bottom.baseline <= doc.geometry.bottom,
                "page {i} runs into the footer"
            );
            if i < last {
                assert!(
                    !matches!(
                        bottom.kind,
                        LineKind::Heading | LineKind::BodyFirst | LineKind::Closing
                    ),
                    "page {} ends with a {:?} line",
                    i + 1,
                    bottom.kind
                );
            }
            if let Some(pos) = lines.iter().position(|l| l.kind == LineKind::Closing) {
                if !closing_seen {
                    closing_seen = true;
                    assert!(
                        lines[..pos]
                            .iter()
                            .any(|l| matches!(l.kind, LineKind::Body | LineKind::BodyFirst)),
                        "the closing on page {} has no body lines before it",
                        i + 1
                    );
                }
            }
            // Lines never overlap: distinct baselines are at least a line apart.
            for pair in lines.windows(2) {
                let gap = pair[1].baseline - pair[0].baseline;
                assert!(
                    gap == 0.0 || gap >= pair[1].size,
                    "lines overlap on page {}",
                    i + 1
                );
            }
            assert_eq!(
                page.lines
                    .iter()
                    .filter(|l| l.kind == LineKind::Furniture)
                    .count(),
                1
            );
        }
        assert!(closing_seen);
    }

    #[test]
    fn headings_first_lines_and_the_closing_never_end_up_alone() {
        let fonts = FontSet::new(None);
        // Shift the text by one short paragraph at a time so that every block boundary passes
        // the bottom of page 1 and page 2.
        for shift in 0..45 {
            let mut body: Vec<Block> = (0..shift)
                .map(|k| Block::Paragraph(format!("Short paragraph {k}.")))
                .collect();
            for section in 0..3 {
                body.push(Block::Heading(format!("Section {section}")));
                body.push(Block::Paragraph(MEDIUM.into()));
                body.push(Block::Bullets(vec![MEDIUM.into(), "One line.".into()]));
                body.push(Block::Numbered(vec!["One line.".into(), MEDIUM.into()]));
            }
            body.push(Block::Paragraph(MEDIUM.into()));
            for paper in [Paper::A4, Paper::Letter] {
                let doc = layout(&letter(body.clone()), paper, &fonts).expect("lays out");
                check(&doc);
            }
        }
    }

    #[test]
    fn closing_follows_one_line_paragraphs_too() {
        let fonts = FontSet::new(None);
        for n in 0..40 {
            let body = (0..n)
                .map(|k| Block::Paragraph(format!("Line {k}.")))
                .collect();
            let doc = layout(&letter(body), Paper::A4, &fonts).expect("lays out");
            if n > 0 {
                check(&doc);
            }
        }
    }

    #[test]
    fn page_labels_count_the_pages() {
        let fonts = FontSet::new(None);
        let body = (0..30).map(|_| Block::Paragraph(MEDIUM.into())).collect();
        let doc = layout(&letter(body), Paper::A4, &fonts).expect("lays out");
        let n = doc.pages.len();
        assert!(n >= 2);
        for (i, page) in doc.pages.iter().enumerate() {
            let label = page
                .lines
                .iter()
                .find(|l| l.kind == LineKind::Furniture)
                .expect("label");
            let text: String = label.runs.iter().map(|r| r.text.as_str()).collect();
            assert_eq!(text, format!("Page {} of {n}", i + 1));
        }
    }

    #[test]
    fn the_address_sits_in_the_window() {
        let fonts = FontSet::new(None);
        for paper in [Paper::A4, Paper::Letter] {
            let mut l = letter(Vec::new());
            l.recipient = (1..=9).map(|k| format!("Address line {k}")).collect();
            let doc = layout(&l, paper, &fonts).expect("lays out");
            let window =
                |line: &&PlacedLine| line.baseline > 45.0 * MM && line.baseline < 90.0 * MM;
            let inside: Vec<&PlacedLine> = doc.pages[0].lines.iter().filter(window).collect();
            assert_eq!(
                inside.len(),
                10,
                "return line and nine address lines in the window"
            );
            for line in inside {
                assert!(line.x >= 20.0 * MM && line.x + line.width <= 105.0 * MM);
                assert!(line.baseline + DESCENT * line.size <= 90.0 * MM);
            }
            // The sender block stays above the window.
            let sender = doc.pages[0].lines.iter().filter(|l| l.baseline < 45.0 * MM);
            assert!(sender.clone().count() == 3);
            assert!(sender
                .into_iter()
                .all(|l| l.baseline + DESCENT * l.size < 45.0 * MM));
        }
    }

    #[test]
    fn odd_input_stays_on_the_page() {
        let fonts = FontSet::new(None);
        let huge_heading = "Heading words ".repeat(900);
        let mut odd = vec![
            letter(Vec::new()),
            letter(vec![
                Block::Paragraph(String::new()),
                Block::Paragraph("   ".into()),
                Block::Paragraph("a\n\nb".into()),
                Block::Bullets(Vec::new()),
                Block::Numbered(vec![String::new()]),
                Block::Heading(huge_heading),
                Block::Paragraph("x".repeat(3000)),
            ]),
        ];
        let mut crowded = letter(vec![Block::Paragraph(MEDIUM.into())]);
        crowded.sender = (0..25).map(|k| format!("Sender line {k}")).collect();
        crowded.recipient = (0..25).map(|k| format!("Recipient line {k}")).collect();
        crowded.enclosures = (0..30).map(|k| format!("Enclosure {k}")).collect();
        crowded.enclosures_label = "A label long enough to be put on a line of its own:".into();
        odd.push(crowded);
        let mut empty = letter(Vec::new());
        empty.sender.clear();
        empty.recipient.clear();
        empty.subject.clear();
        empty.enclosures.clear();
        odd.push(empty);
        for l in odd {
            let doc = layout(&l, Paper::A4, &fonts).expect("lays out");
            assert!(doc.overflowing_lines().is_empty());
            for page in &doc.pages {
                for line in &page.lines {
                    assert!(line.baseline > 0.0 && line.baseline < doc.geometry.height);
                    if line.kind != LineKind::Furniture {
                        assert!(line.baseline <= doc.geometry.bottom, "{line:?}");
                    }
                }
            }
            // On page 1 the sender block ends above the window and the window holds its lines.
            for line in &doc.pages[0].lines {
                let bottom = line.baseline + DESCENT * line.size;
                if line.baseline < 45.0 * MM {
                    assert!(bottom < 45.0 * MM, "{line:?}");
                } else if line.baseline < 90.0 * MM {
                    assert!(bottom <= 90.0 * MM, "{line:?}");
                }
            }
        }
    }
}
