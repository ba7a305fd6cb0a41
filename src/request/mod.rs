//! A letter request and its validation: the one place where input rules live. Flags, wizard
//! answers and batch rows all become a [`RequestInput`] and go through [`RequestInput::validate`].
//!
//! This file holds the types; `validate.rs` the rules for each field, `follow_up.rs` those of
//! reminders and complaints (the request they follow, the dates, the reply period).

mod follow_up;
mod validate;

pub use validate::check_date;

use chrono::NaiveDate;

use crate::data::{Data, Jurisdiction};
use crate::i18n::Catalog;

/// Which letter to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequestKind {
    /// Art. 15 access.
    Access,
    /// Art. 17 erasure with an Art. 21(1) objection.
    Erasure,
    /// Access first, restriction in between, erasure after the copy has been provided.
    AccessErasure,
}

impl RequestKind {
    pub const ALL: [RequestKind; 3] = [
        RequestKind::Access,
        RequestKind::Erasure,
        RequestKind::AccessErasure,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Access => "access",
            RequestKind::Erasure => "erasure",
            RequestKind::AccessErasure => "access-erasure",
        }
    }

    pub fn parse(s: &str) -> Option<RequestKind> {
        let s = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        RequestKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// Which letter: the request itself, or a follow-up to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LetterType {
    /// The access or erasure request to Clearview.
    Request,
    /// A reminder to Clearview after the reply period has passed.
    Reminder,
    /// A complaint to the supervisory authority (Art. 77).
    Complaint,
}

impl LetterType {
    pub fn as_str(self) -> &'static str {
        match self {
            LetterType::Request => "request",
            LetterType::Reminder => "reminder",
            LetterType::Complaint => "complaint",
        }
    }
}

/// What Clearview did with the request (for a complaint, and a reminder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    NoReply,
    Incomplete,
    Refused,
    IdentityDemanded,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::NoReply,
        Outcome::Incomplete,
        Outcome::Refused,
        Outcome::IdentityDemanded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::NoReply => "no-reply",
            Outcome::Incomplete => "incomplete",
            Outcome::Refused => "refused",
            Outcome::IdentityDemanded => "identity-demanded",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        let s = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Outcome::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// Whether the complaint rests on the reply period having passed (then it must have).
    pub fn needs_period_passed(self) -> bool {
        matches!(self, Outcome::NoReply | Outcome::Incomplete)
    }
}

/// A follow-up letter's facts: the request it follows, when Clearview received it, what happened.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FollowUp {
    pub letter: LetterType,
    pub received: NaiveDate,
    pub outcome: Outcome,
    /// When the person sent a reminder (a complaint may cite it).
    pub reminded: Option<NaiveDate>,
}

/// The fields of a request, as the user knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Jurisdiction,
    Request,
    Name,
    Email,
    Address,
    Language,
    Place,
    Date,
    Reference,
    RecipientAddress,
    PhotoEnclosed,
    ObjectionGrounds,
    FirstRequest,
    Received,
    Outcome,
    Reminded,
}

impl Field {
    /// The command-line flag for this field.
    pub fn flag(self) -> &'static str {
        match self {
            Field::Jurisdiction => "--jurisdiction",
            Field::Request => "--request",
            Field::Name => "--name",
            Field::Email => "--email",
            Field::Address => "--address",
            Field::Language => "--language",
            Field::Place => "--place",
            Field::Date => "--date",
            Field::Reference => "--reference",
            Field::RecipientAddress => "--recipient-address",
            Field::PhotoEnclosed => "--photo-enclosed",
            Field::ObjectionGrounds => "--objection-grounds",
            Field::FirstRequest => "--first-request",
            Field::Received => "--received",
            Field::Outcome => "--outcome",
            Field::Reminded => "--reminded",
        }
    }

    /// What the field holds, for `batch --print-template` (the flags' help is clap's).
    pub fn help(self) -> &'static str {
        match self {
            Field::Name => "required: full name",
            Field::Email => "e-mail address (this or address is required)",
            Field::Address => "postal address; lines separated by line breaks or |",
            Field::Jurisdiction => {
                "required: ISO country code (IT, GB/UK, AU, CH, CA, …); Germany by Land: DE-BY, …; Canadian provinces with their own law: CA-BC, CA-AB, CA-QC; US: US-IL, US-CA"
            }
            Field::Language => "letter language (default: the country's language, else English)",
            Field::Request => "required: access, erasure or access-erasure",
            Field::Place => "where the letter is signed",
            Field::Date => "letter date YYYY-MM-DD (default: --date, else today)",
            Field::PhotoEnclosed => "yes/no (also true/false, 1/0, x): a face photo is enclosed",
            Field::Reference => "the NGO's case number (printed in the letter)",
            Field::RecipientAddress => "Clearview's postal address replaced (flag only)",
            Field::ObjectionGrounds => {
                "erasure letters: the person's own grounds for objecting, printed as their words"
            }
            Field::FirstRequest => {
                "reminder/complaint rows: the request they follow (with --follow-up: the request column)"
            }
            Field::Received => "YYYY-MM-DD Clearview received the request (deadline counted from it)",
            Field::Outcome => "complaints: no-reply, incomplete, refused or identity-demanded",
            Field::Reminded => "complaints: YYYY-MM-DD the reminder was sent (optional)",
        }
    }

    /// The column name in a batch file.
    pub fn column(self) -> &'static str {
        match self {
            Field::Jurisdiction => "jurisdiction",
            Field::Request => "request",
            Field::Name => "name",
            Field::Email => "email",
            Field::Address => "address",
            Field::Language => "language",
            Field::Place => "place",
            Field::Date => "date",
            Field::Reference => "reference",
            Field::RecipientAddress => "recipient_address",
            Field::PhotoEnclosed => "photo_enclosed",
            Field::ObjectionGrounds => "objection_grounds",
            Field::FirstRequest => "first_request",
            Field::Received => "received",
            Field::Outcome => "outcome",
            Field::Reminded => "reminded",
        }
    }
}

/// Limits on what a person may type (generous for real names and addresses, refusing abuse).
pub mod limits {
    pub const NAME: usize = 150;
    pub const LINE: usize = 120;
    pub const ADDRESS_LINES: usize = 8;
    pub const EMAIL: usize = 254;
    pub const PLACE: usize = 100;
    pub const REFERENCE: usize = 64;
    /// The person's own grounds for the Art. 21(1) objection: a few sentences.
    pub const OBJECTION_GROUNDS: usize = 1200;
}

/// Raw input, from flags, wizard answers or a batch row. Nothing here is trusted.
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    pub jurisdiction: Option<String>,
    pub request: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub address: Vec<String>,
    pub language: Option<String>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub reference: Option<String>,
    pub recipient_address: Vec<String>,
    pub photo_enclosed: bool,
    pub objection_grounds: Option<String>,
    /// For a reminder or complaint (`request` = reminder/complaint): the request it follows.
    pub first_request: Option<String>,
    /// When Clearview received the request (the delivery date for post, the sending date for
    /// e-mail); for a request letter, optional (default: the letter date).
    pub received: Option<String>,
    pub outcome: Option<String>,
    pub reminded: Option<String>,
}

/// A validated request: every later stage may trust it.
#[derive(Debug, Clone)]
pub struct Request {
    pub kind: RequestKind,
    pub jurisdiction: &'static Jurisdiction,
    pub language: String,
    pub name: String,
    pub email: Option<String>,
    pub address: Vec<String>,
    pub place: Option<String>,
    pub date: NaiveDate,
    pub reference: Option<String>,
    /// Replaces the controller's postal address from the data when given.
    pub recipient_address: Vec<String>,
    pub photo_enclosed: bool,
    /// The person's own words on their particular situation (Art. 21(1)), for erasure letters.
    pub objection_grounds: Option<String>,
    /// When Clearview received (or receives) the request: given, or the letter's date.
    pub received: NaiveDate,
    /// Whether `received` was given (else it is the letter date, an assumption to say so).
    pub received_given: bool,
    /// For a reminder or complaint: its facts; `kind` is then the request it follows.
    pub follow_up: Option<FollowUp>,
}

impl Request {
    pub fn letter(&self) -> LetterType {
        self.follow_up
            .as_ref()
            .map_or(LetterType::Request, |f| f.letter)
    }

    /// The reply period for the request (from `received`), under the jurisdiction's law.
    pub fn deadline(&self, data: &Data) -> Option<crate::deadline::Deadline> {
        data.law(&self.jurisdiction.law)
            .and_then(|l| l.deadline(self.received))
    }
}

/// What validation needs to know besides the input.
pub struct Context<'a> {
    pub data: &'static Data,
    pub catalog: &'a Catalog,
    pub today: NaiveDate,
    /// The output format, whose fonts must draw what the person wrote (a PDF's; text draws
    /// anything); None where no letter is written yet.
    pub format: Option<&'a crate::render::Format>,
}

/// The default letter language: the first official language of the jurisdiction that has a
/// locale complete for letters, else English.
/// A complaint's default language: the first language the authority takes complaints in that
/// has a complete locale, else the jurisdiction's default.
pub fn complaint_language(data: &Data, catalog: &Catalog, j: &Jurisdiction) -> String {
    data.authority(&j.authority)
        .and_then(|a| {
            a.complaint_language
                .split('|')
                .map(str::trim)
                .find(|l| complete_for(data, catalog, j, l))
                .map(str::to_string)
        })
        .unwrap_or_else(|| default_language(data, catalog, j))
}

pub fn default_language(data: &Data, catalog: &Catalog, j: &Jurisdiction) -> String {
    j.languages
        .iter()
        .find(|l| complete_for(data, catalog, j, l))
        .cloned()
        .unwrap_or_else(|| crate::i18n::REFERENCE.to_string())
}

/// Whether `lang` can write letters for `j`: complete for letters and, under a regime other than
/// the GDPR, for that regime's messages.
pub fn complete_for(data: &Data, catalog: &Catalog, j: &Jurisdiction, lang: &str) -> bool {
    match data.law(&j.law) {
        Some(law) => catalog.is_complete_for(lang, law),
        None => catalog.is_letter_complete(lang),
    }
}
