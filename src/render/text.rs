//! Plain UTF-8 text. Paragraphs and list items are single lines, so they reflow when pasted into
//! an e-mail; blocks are separated by blank lines.

use crate::letter::{Block, Letter};

/// Renders the letter as text, ending with a newline.
pub fn render(letter: &Letter) -> String {
    let mut out = String::new();
    let mut block = |lines: &mut dyn Iterator<Item = String>| {
        if !out.is_empty() {
            out.push('\n');
        }
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    };
    block(&mut letter.sender.iter().cloned());
    block(&mut letter.recipient.iter().cloned());
    block(&mut std::iter::once(letter.place_date.clone()));
    if let Some(r) = &letter.reference {
        block(&mut std::iter::once(r.clone()));
    }
    block(&mut std::iter::once(letter.subject.clone()));
    block(&mut std::iter::once(letter.salutation.clone()));
    for b in &letter.body {
        match b {
            Block::Heading(t) | Block::Paragraph(t) => block(&mut std::iter::once(t.clone())),
            Block::Bullets(items) => block(&mut items.iter().map(|i| format!("- {i}"))),
            Block::Numbered(items) => block(
                &mut items
                    .iter()
                    .enumerate()
                    .map(|(n, i)| format!("{}. {i}", n + 1)),
            ),
        }
    }
    block(&mut std::iter::once(letter.closing.clone()));
    // Room for a handwritten signature above the printed name.
    block(
        &mut [
            "".to_string(),
            "".to_string(),
            "_".repeat(30),
            letter.signature.clone(),
        ]
        .into_iter(),
    );
    match letter.enclosures.as_slice() {
        [] => {}
        [one] => block(&mut std::iter::once(format!(
            "{} {one}",
            letter.enclosures_label
        ))),
        // Several: the label, then one line each.
        many => block(
            &mut std::iter::once(letter.enclosures_label.clone())
                .chain(many.iter().map(|e| format!("- {e}"))),
        ),
    }
    out
}
