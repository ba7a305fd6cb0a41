//! Renderers: each turns a [`crate::letter::Letter`] into bytes and decides no content.
//!
//! [`Format`] is the one output-format type: `generate`, `batch` and the wizard choose a format
//! and ask it to render, and ask it which characters it can draw.

pub mod eml;
pub mod pdf;
pub mod text;

use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::letter::Letter;
use pdf::PdfOptions;

/// An output format, with what it needs to render (PDF options and fonts).
#[derive(Clone)]
pub enum Format {
    Text,
    Pdf(Arc<PdfOptions>),
    /// An e-mail draft; with PDF options, the letter's PDF is attached.
    Eml {
        attach: Option<Arc<PdfOptions>>,
    },
}

/// A rendered letter and the SHA-256 of its bytes (batch manifests record it; the PDF renderer
/// computes it on the way, hashing the part many letters share only once).
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub sha256: [u8; 32],
    /// What a PDF was written from, for `--merge` (None for other formats).
    pub pdf: Option<pdf::LetterParts>,
}

impl Rendered {
    pub fn hashing(bytes: Vec<u8>) -> Rendered {
        let sha256 = Sha256::digest(&bytes).into();
        Rendered {
            bytes,
            sha256,
            pdf: None,
        }
    }
}

impl Format {
    /// The file extension of this format.
    pub fn extension(&self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Pdf(_) => "pdf",
            Format::Eml { .. } => "eml",
        }
    }

    /// Whether the output is binary (never to a terminal).
    pub fn is_binary(&self) -> bool {
        matches!(self, Format::Pdf(_))
    }

    /// The PDF options, where a PDF is drawn (a PDF letter, or one attached to an e-mail).
    pub fn pdf(&self) -> Option<&PdfOptions> {
        match self {
            Format::Pdf(o) => Some(o),
            Format::Eml { attach: Some(o) } => Some(o),
            _ => None,
        }
    }

    /// Whether `c` can be drawn: always in text, by the fonts where a PDF is drawn.
    pub fn covers(&self, c: char) -> bool {
        self.pdf().is_none_or(|o| pdf::covers(c, o))
    }

    /// The letter's bytes. `envelope` gives an e-mail draft its sender and recipient.
    pub fn render(&self, letter: &Letter, envelope: &eml::Envelope) -> Result<Vec<u8>, Error> {
        match self {
            Format::Text => Ok(text::render(letter).into_bytes()),
            Format::Pdf(o) => render_pdf(letter, o),
            Format::Eml { attach } => {
                let pdf = attach
                    .as_deref()
                    .map(|o| render_pdf(letter, o))
                    .transpose()?
                    .map(|bytes| eml::Attachment {
                        file_name: format!("{}.pdf", eml::attachment_stem(letter)),
                        bytes,
                    });
                eml::render(letter, &text::render(letter), envelope, pdf)
            }
        }
    }

    /// The letter's bytes with their SHA-256 (batch mode: no e-mail envelope).
    pub fn render_hashed(&self, letter: &Letter) -> Result<Rendered, Error> {
        match self {
            Format::Pdf(o) => {
                let r = pdf::render_parts(letter, o).map_err(|e| Error::Render(e.into()))?;
                Ok(Rendered {
                    bytes: r.bytes,
                    sha256: r.sha256,
                    pdf: Some(r.parts),
                })
            }
            other => other
                .render(letter, &eml::Envelope::default())
                .map(Rendered::hashing),
        }
    }
}

fn render_pdf(letter: &Letter, opts: &PdfOptions) -> Result<Vec<u8>, Error> {
    pdf::render(letter, opts).map_err(|e| Error::Render(e.into()))
}
