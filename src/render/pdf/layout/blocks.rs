//! The blocks at fixed places: the sender block at the top left, the return address line and the
//! recipient in the envelope window, the enclosures line, and the page furniture (fold and punch
//! marks, page label).

use super::*;

/// "Enclosures: first entry" with later entries aligned under the first.
pub(super) fn enclosures(b: &mut Builder<'_, '_>, letter: &Letter) -> Result<(), PdfError> {
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
pub(super) fn fixed_lines(
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
pub(super) fn sender_block(
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
pub(super) fn window_width(geo: &Geometry) -> f32 {
    100.0 * MM - geo.left
}

/// The top of the window field: the return address line (the sender in one small line, without
/// the e-mail address) over a hairline.
pub(super) fn return_line(
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
pub(super) fn recipient_block(
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
pub(super) fn page_furniture(
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
