//! The letter as a small document model.
//!
//! `compose` builds a [`Letter`] from a validated request; the text and PDF renderers consume it
//! and never decide content themselves. Every string in here is final, localized text: renderers
//! only lay it out.

use chrono::NaiveDate;

/// One finished letter, ready to be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// BCP 47 language tag of the letter text (`"de"`, `"el"`).
    pub language: String,
    /// The letter's date (also used as the PDF creation date, so output is reproducible).
    pub date: NaiveDate,
    /// Sender block: name first, then postal address lines, then the e-mail address if given.
    pub sender: Vec<String>,
    /// Recipient block: the controller's name and postal address, one line each.
    pub recipient: Vec<String>,
    /// Place and date line, e.g. `"Roma, 21 novembre 2026"` (or only the date without a place).
    pub place_date: String,
    /// The sender's own reference, already labelled (`"Our reference: NGO-17"`), if any.
    pub reference: Option<String>,
    /// Subject line (rendered bold in the PDF; the PDF title).
    pub subject: String,
    /// Salutation, e.g. `"Dear Sir or Madam,"`.
    pub salutation: String,
    /// The body, in reading order.
    pub body: Vec<Block>,
    /// Complimentary close, e.g. `"Yours faithfully,"`.
    pub closing: String,
    /// The printed name under the space for a handwritten signature.
    pub signature: String,
    /// Label for the enclosures line with its punctuation (`"Enclosure:"`, `"Pièce jointe :"`), used only when `enclosures` is not empty.
    pub enclosures_label: String,
    /// Enclosures, one per entry.
    pub enclosures: Vec<String>,
    /// Localized page label with the placeholders `{page}` and `{pages}`, e.g. `"Page {page} of {pages}"`.
    pub page_label: String,
    /// The paper the letter's jurisdiction uses (US Letter in the United States and Canada, else
    /// A4); `--paper` overrides it.
    pub paper: crate::data::PaperSize,
}

/// A page label pattern (see [`Letter::page_label`]) filled in for page `page` of `pages`.
pub fn page_label(pattern: &str, page: usize, pages: usize) -> String {
    pattern
        .replace("{page}", &page.to_string())
        .replace("{pages}", &pages.to_string())
}

/// A block of body text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Block {
    /// A short heading introducing the following blocks.
    Heading(String),
    /// A paragraph; a single logical line that renderers wrap (or, in text, leave unwrapped).
    Paragraph(String),
    /// A bulleted list; each item is one logical line.
    Bullets(Vec<String>),
    /// A numbered list (1., 2., …); each item is one logical line.
    Numbered(Vec<String>),
}

impl Letter {
    /// The sender's name (first line of the sender block).
    pub fn sender_name(&self) -> &str {
        self.sender.first().map(String::as_str).unwrap_or_default()
    }

    /// The page label for page `page` of `pages`.
    pub fn page_label(&self, page: usize, pages: usize) -> String {
        page_label(&self.page_label, page, pages)
    }

    /// Every piece of text the letter will show, in reading order (for glyph-coverage checks).
    pub fn all_text(&self) -> impl Iterator<Item = &str> {
        let head = self
            .sender
            .iter()
            .chain(&self.recipient)
            .map(String::as_str)
            .chain([self.place_date.as_str()])
            .chain(self.reference.as_deref())
            .chain([self.subject.as_str(), self.salutation.as_str()]);
        let body = self.body.iter().flat_map(|b| match b {
            Block::Heading(t) | Block::Paragraph(t) => std::slice::from_ref(t).iter(),
            Block::Bullets(items) | Block::Numbered(items) => items.iter(),
        });
        let tail = [
            self.closing.as_str(),
            self.signature.as_str(),
            self.enclosures_label.as_str(),
            self.page_label.as_str(),
        ]
        .into_iter()
        .chain(self.enclosures.iter().map(String::as_str));
        head.chain(body.map(String::as_str)).chain(tail)
    }
}
