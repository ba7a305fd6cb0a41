//! Sharing between letters, an optimisation over the plain layout ([`super::layout`]): a letter's
//! layout is split into a [`Form`] (everything that does not depend on the sender: recipient,
//! subject, body, closing, enclosures), laid out once for thousands of letters, and the
//! [`Personal`] rows (sender, place and date, reference, signature), laid out per letter. A form
//! flowed with personal rows of one [`ShapeKey`] gives [`Pages`] whose segments are either fixed
//! (shared) or personal; [`Pages::with`] puts a letter's lines back in and gives exactly the plain
//! layout, which the tests check.

use super::*;

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
    pub(super) geometry: Geometry,
    pub(super) recipient: PageLayout,
    /// Subject, salutation, body and closing.
    pub(super) main: Vec<Row>,
    /// Enclosures (after the signature).
    pub(super) tail: Vec<Row>,
    /// The letter's page label pattern, for the page furniture.
    pub(super) page_label: String,
}

/// The sender's own parts of a letter, laid out but (apart from the head) not yet placed.
#[derive(Debug)]
pub(crate) struct Personal {
    /// Sender block and return address line, at their fixed places on page 1.
    pub(super) head: PageLayout,
    /// Place and date, then the reference.
    pub(super) dated: Vec<Row>,
    /// The printed name.
    pub(super) signature: Vec<Row>,
}

/// How the personal rows take up room in the flow: with the form, all that pagination depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct ShapeKey {
    pub(super) dated: Vec<RowShape>,
    pub(super) signature: Vec<RowShape>,
}

/// What of a row pagination depends on (the lengths as bits, to be hashed).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct RowShape {
    gap: u32,
    height: u32,
    keep_with_next: bool,
}

/// A form flowed onto pages for one [`ShapeKey`]: each page's segments in reading order, and the
/// top of every personal flow row.
#[derive(Debug)]
pub(crate) struct Pages {
    pub geometry: Geometry,
    pub pages: Vec<Vec<Segment>>,
    /// Where the dated rows go, then the signature rows.
    pub(super) slots: Vec<Spot>,
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
        b.main(letter)?;
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
        let count = places.last().map_or(1, |spot| spot.page + 1);
        let mut pages: Vec<Vec<Segment>> = vec![Vec::new(); count];
        pages[0].push(Segment::Personal(Group::Head));
        pages[0].push(Segment::Fixed(self.recipient.clone()));
        let mut slots = Vec::new();
        for (k, ((row, personal_row), spot)) in rows.iter().zip(&places).enumerate() {
            let segments = &mut pages[spot.page];
            if *personal_row {
                slots.push(*spot);
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
                    place(row, spot.top, layout);
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
        b.dated(letter)?;
        let dated = std::mem::take(&mut b.rows);
        b.signature(letter)?;
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
        let geometry = |rows: &[Row]| -> Vec<RowShape> {
            rows.iter()
                .map(|r| RowShape {
                    gap: r.gap.to_bits(),
                    height: r.height.to_bits(),
                    keep_with_next: r.keep_with_next,
                })
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
        for (row, spot) in rows.iter().zip(slots) {
            if spot.page == page {
                place(row, spot.top, &mut out);
            }
        }
        Cow::Owned(out)
    }
}

impl Pages {
    /// Bytes the pages hold (an estimate, for the caches' budget).
    pub fn approx_bytes(&self) -> usize {
        self.fixed().map(PageLayout::approx_bytes).sum::<usize>()
            + self.slots.len() * std::mem::size_of::<Spot>()
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
