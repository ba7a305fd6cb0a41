//! The flow: text wrapped and measured into rows (paragraphs, headings, lists, right-aligned
//! lines) and rows placed on pages, keeping headings with what follows, avoiding orphans and
//! widows and keeping the closing with the signature.

use super::*;

/// Horizontal placement of a line within a row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Align {
    Left(f32),
    Right(f32),
}

/// One line's worth of content in the flow, not yet placed on a page.
#[derive(Debug, Clone)]
pub(super) struct Row {
    /// Space above the row, dropped at the top of a page.
    pub(super) gap: f32,
    /// Line box height.
    pub(super) height: f32,
    /// Must be on the same page as the following row.
    pub(super) keep_with_next: bool,
    pub(super) kind: LineKind,
    pub(super) pieces: Vec<Piece>,
}

/// Text in a row, measured.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) align: Align,
    pub(super) size: f32,
    pub(super) runs: Vec<Run>,
    pub(super) width: f32,
}

/// Builds rows from text, measuring as it goes.
pub(super) struct Builder<'f, 'a> {
    pub(super) fonts: &'f FontSet<'a>,
    pub(super) geo: Geometry,
    pub(super) rows: Vec<Row>,
}

impl Builder<'_, '_> {
    pub(super) fn piece(
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
    pub(super) fn paragraph(
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

    pub(super) fn right_aligned(
        &mut self,
        text: &str,
        gap: f32,
        context: &str,
    ) -> Result<(), PdfError> {
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

    pub(super) fn list(
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

pub(super) fn rows_bytes(rows: &[Row]) -> usize {
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

/// The line advance and the size factor that fit `count` lines between two baselines: the
/// nominal `lead` at size 1 when they fit, else both shrunk by the same factor.
pub(super) fn fit_block(
    count: usize,
    lead: f32,
    first_baseline: f32,
    last_allowed: f32,
) -> (f32, f32) {
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

/// Where a row goes: its page (from 0) and its top.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Spot {
    pub(super) page: usize,
    pub(super) top: f32,
}

/// Flows rows onto pages: where each row goes. A run of rows joined by
/// `keep_with_next` moves to the next page whole; only a run taller than a whole page is split.
pub(super) fn flow(rows: &[&Row], geo: &Geometry) -> Vec<Spot> {
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
            places.push(Spot { page, top: y });
            y += row.height;
            at_top = false;
        }
        i = j + 1;
    }
    places
}

pub(super) fn place(row: &Row, y: f32, page: &mut PageLayout) {
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

/// The rows of a letter, part by part, in reading order: [`Builder::dated`], [`Builder::main`],
/// [`Builder::signature`], then the enclosures ([`enclosures`]). The shared layout builds the
/// parts apart ([`Form`], [`Personal`]); the plain one (in the tests) in one go.
impl Builder<'_, '_> {
    /// Place and date, then the sender's reference.
    pub(super) fn dated(&mut self, letter: &Letter) -> Result<(), PdfError> {
        self.right_aligned(&letter.place_date, 0.0, "place and date")?;
        if let Some(reference) = &letter.reference {
            self.paragraph(
                reference,
                Style::Regular,
                0.0,
                self.geo.left,
                None,
                LineKind::Head,
                "reference",
            )?;
        }
        Ok(())
    }

    /// Subject, salutation, body and closing.
    pub(super) fn main(&mut self, letter: &Letter) -> Result<(), PdfError> {
        let left = self.geo.left;
        let start = self.rows.len();
        self.paragraph(
            &letter.subject,
            Style::Bold,
            LEAD,
            left,
            None,
            LineKind::Head,
            "subject",
        )?;
        self.paragraph(
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
                Block::Heading(t) => self.paragraph(
                    t,
                    Style::Bold,
                    HEADING_GAP,
                    left,
                    None,
                    LineKind::Heading,
                    &context,
                )?,
                Block::Paragraph(t) => self.paragraph(
                    t,
                    Style::Regular,
                    PARA_GAP,
                    left,
                    None,
                    LineKind::Body,
                    &context,
                )?,
                Block::Bullets(items) => self.list(items, false, PARA_GAP, i)?,
                Block::Numbered(items) => self.list(items, true, PARA_GAP, i)?,
            }
        }
        // The closing, the signature space and the printed name stay together, with at least
        // the last two lines of the body.
        let n = self.rows.len();
        for row in &mut self.rows[n.saturating_sub(2).max(start)..] {
            row.keep_with_next = true;
        }
        self.paragraph(
            &letter.closing,
            Style::Regular,
            LEAD,
            left,
            None,
            LineKind::Closing,
            "closing",
        )
    }

    /// The printed name, below the space for the signature.
    pub(super) fn signature(&mut self, letter: &Letter) -> Result<(), PdfError> {
        self.paragraph(
            &letter.signature,
            Style::Regular,
            3.0 * LEAD,
            self.geo.left,
            None,
            LineKind::Closing,
            "signature",
        )
    }
}
