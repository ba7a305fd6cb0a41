//! Page layout: where every line of a [`Letter`] goes, on which page.
//!
//! - [`geometry`]: DIN 5008 / US Letter page geometry and what a laid-out page holds;
//! - [`blocks`]: the blocks at fixed places (sender, window, enclosures, page furniture);
//! - [`flow`]: text wrapped into rows and rows flowed onto pages;
//! - [`sharing`]: the same layout split into what letters share and what is the sender's own, so
//!   a batch lays out each form once ([`layout`] is the plain path it must agree with).
//!
//! DIN 5008 form B geometry (A4; the same left/top positions on US Letter): sender block at the
//! top left, the return address line and the recipient in the window field (20 mm from the left,
//! 45 mm from the top, 85 × 45 mm), then place and date, reference, subject, salutation, body,
//! closing and signature flowing over as many pages as needed. All lengths are in points,
//! measured from the top-left corner of the page; the writer flips y for PDF.

mod blocks;
mod flow;
mod geometry;
mod sharing;

use std::borrow::Cow;

use crate::letter::{Block, Letter};

use super::font::{FontSet, Style};
use super::text::{prepare, runs, runs_width, wrap, Run};
use super::{Paper, PdfError};

use blocks::*;
use flow::*;
pub(crate) use geometry::*;
pub(crate) use sharing::*;

/// Lays out the whole letter in one go, the plain way: the head and the window at their places,
/// every row of the flow (the sender's and the form's alike) flowed together, then the page
/// furniture. Rendering never uses it; it is what the shared layout ([`Form::paginate`] then
/// [`Pages::with`]) must give, line for line, and what the pagination tests look at.
#[cfg(test)]
pub(crate) fn layout(
    letter: &Letter,
    paper: Paper,
    fonts: &FontSet<'_>,
) -> Result<DocumentLayout, PdfError> {
    let geo = Geometry::new(paper);
    let mut head = PageLayout::default();
    sender_block(letter, &geo, fonts, &mut head)?;
    return_line(letter, &geo, fonts, &mut head)?;
    let mut window = PageLayout::default();
    recipient_block(letter, &geo, fonts, &mut window)?;
    let mut b = Builder {
        fonts,
        geo,
        rows: Vec::new(),
    };
    b.dated(letter)?;
    b.main(letter)?;
    b.signature(letter)?;
    if !letter.enclosures.is_empty() {
        enclosures(&mut b, letter)?;
    }
    let rows: Vec<&Row> = b.rows.iter().collect();
    let places = flow(&rows, &geo);
    let count = places.last().map_or(1, |spot| spot.page + 1);
    // Drawn in this order: on page 1 the head, the fold and punch marks, the window; then the
    // flow; the page label last.
    let mut labels = Vec::with_capacity(count);
    let mut pages = Vec::with_capacity(count);
    for i in 0..count {
        let mut furniture = PageLayout::default();
        page_furniture(
            &letter.page_label,
            &geo,
            fonts,
            &mut furniture,
            i + 1,
            count,
        )?;
        let mut page = PageLayout::default();
        if i == 0 {
            page.lines = [&head.lines[..], &window.lines[..]].concat();
            page.rules = [&head.rules[..], &furniture.rules[..], &window.rules[..]].concat();
        } else {
            page.rules = furniture.rules;
        }
        labels.push(furniture.lines);
        pages.push(page);
    }
    for (row, spot) in rows.iter().zip(&places) {
        place(row, spot.top, &mut pages[spot.page]);
    }
    for (page, mut label) in pages.iter_mut().zip(labels) {
        page.lines.append(&mut label);
    }
    let doc = DocumentLayout {
        geometry: geo,
        pages,
    };
    debug_assert!(
        doc.overflowing_lines().is_empty(),
        "lines past the right margin: {:?}",
        doc.overflowing_lines()
    );
    Ok(doc)
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
            paper: Default::default(),
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

    /// The shared layout of `letter`: its form flowed with the personal parts of `sender`.
    fn shared(
        form_of: &Letter,
        sender: &Letter,
        paper: Paper,
        fonts: &FontSet<'_>,
    ) -> DocumentLayout {
        let personal = Personal::new(sender, paper, fonts).expect("personal parts");
        let form = Form::new(form_of, paper, fonts).expect("form");
        form.paginate(&personal, fonts)
            .expect("pages")
            .with(&personal)
    }

    #[test]
    fn the_shared_layout_is_the_plain_layout() {
        let fonts = FontSet::new(None);
        let mut letters = Vec::new();
        for shift in [0, 3, 11, 17, 26, 38] {
            let mut body: Vec<Block> = (0..shift)
                .map(|k| Block::Paragraph(format!("Short paragraph {k}.")))
                .collect();
            body.push(Block::Heading("Section".into()));
            body.push(Block::Bullets(vec![MEDIUM.into(), "One line.".into()]));
            body.push(Block::Numbered(vec!["One line.".into(), MEDIUM.into()]));
            body.extend((0..shift).map(|_| Block::Paragraph(MEDIUM.into())));
            letters.push(letter(body));
        }
        letters.push(letter(Vec::new()));
        let mut no_enclosures = letter(vec![Block::Paragraph(MEDIUM.into())]);
        no_enclosures.enclosures.clear();
        letters.push(no_enclosures);
        for paper in [Paper::A4, Paper::Letter] {
            for l in &letters {
                // Senders whose parts take more or less room than the form's own letter: a
                // reference, a place and date over two lines, a two-line name, a long address.
                let mut senders = vec![l.clone()];
                let mut other = l.clone();
                other.sender = (0..6).map(|k| format!("Other sender line {k}")).collect();
                other.reference = Some("Case 2026/0042".into());
                other.signature = format!("{} {}", "Maximiliane-Josephine".repeat(4), "Example");
                other.place_date = format!("{}, 3 December 2026", "Sankt Margrethen ".repeat(6));
                senders.push(other);
                for sender in &senders {
                    let plain = layout(sender, paper, &fonts).expect("lays out");
                    assert_eq!(shared(l, sender, paper, &fonts), plain);
                }
            }
        }
    }
}
