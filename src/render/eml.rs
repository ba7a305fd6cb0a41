//! A letter as an e-mail draft (RFC 5322, `.eml`): the letter's text as a UTF-8 body, optionally
//! its PDF as an attachment, marked as an unsent draft. MIME (encoded words for non-ASCII headers,
//! quoted-printable or base64 bodies, multipart boundaries) is mail-builder's.

use mail_builder::headers::address::Address;
use mail_builder::headers::raw::Raw;
use mail_builder::MessageBuilder;
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::letter::Letter;

/// Who sends the draft and to whom: both optional (a draft may be completed in the mail program).
#[derive(Debug, Clone, Default)]
pub struct Envelope {
    pub from: Option<Mailbox>,
    /// The recipient, where a confirmed address is known.
    pub to: Option<Mailbox>,
}

/// A name and an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mailbox {
    pub name: String,
    pub address: String,
}

/// A file to attach: its name and bytes.
pub struct Attachment {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The draft's bytes. `body` is the letter as text; `pdf` the same letter as PDF to attach.
pub fn render(
    letter: &Letter,
    body: &str,
    envelope: &Envelope,
    pdf: Option<Attachment>,
) -> Result<Vec<u8>, Error> {
    // The Date header is the letter's date (noon UTC), not the moment of writing, and the
    // Message-ID is derived from the content: the same letter gives the same headers.
    let noon = letter
        .date
        .and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc().timestamp())
        .unwrap_or_default();
    let digest = Sha256::digest(body.as_bytes());
    let id: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    let mut m = MessageBuilder::new()
        .subject(letter.subject.as_str())
        .date(noon)
        .message_id(format!("{id}@facerights.invalid"))
        // Outlook opens a message with this header as an unsent draft; Thunderbird and Apple Mail
        // open the file as a message that can be edited and sent ("Edit as New", "Send Again").
        .header("X-Unsent", Raw::new("1"))
        .text_body(body);
    let mailbox = |b: &Mailbox| Address::new_address(Some(b.name.clone()), b.address.clone());
    if let Some(from) = &envelope.from {
        m = m.from(mailbox(from));
    }
    if let Some(to) = &envelope.to {
        m = m.to(mailbox(to));
    }
    if let Some(pdf) = pdf {
        m = m.attachment("application/pdf", pdf.file_name, pdf.bytes);
    }
    m.write_to_vec()
        .map_err(|e| Error::Render(format!("e-mail: {e}").into()))
}

/// The attached PDF's file name (without extension), from the letter's date: "letter-2026-07-01".
pub fn attachment_stem(letter: &Letter) -> String {
    format!("letter-{}", letter.date)
}
