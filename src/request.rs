//! A letter request and its validation: the one place where input rules live. Flags, wizard
//! answers and batch rows all become a [`RequestInput`] and go through [`RequestInput::validate`].

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::data::{Data, Jurisdiction};
use crate::error::{Error, FieldError};
use crate::i18n::Catalog;
use crate::jurisdiction;
use crate::printable::printable_max;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
        data.law(self.jurisdiction.law)
            .map(|l| l.period.deadline(self.received))
    }
}

/// What validation needs to know besides the input.
pub struct Context<'a> {
    pub data: &'static Data,
    pub catalog: &'a Catalog,
    pub today: NaiveDate,
    /// Whether a character can be drawn by the output format (PDF fonts); None for text.
    pub drawable: Option<&'a (dyn Fn(char) -> bool + Sync)>,
}

/// A character that must never appear in a letter field, with its name for the message.
///
/// What is refused is decided from Unicode properties (see [`crate::printable::hidden_class`]); the names of the
/// characters people actually meet only make the message clearer.
fn forbidden(c: char) -> Option<&'static str> {
    if c.is_ascii_graphic() || c == ' ' {
        return None;
    }
    let class = crate::printable::hidden_class(c)?;
    Some(known_name(c).unwrap_or(class))
}

/// Plain names for the refused characters people meet (pasted from word processors, web pages,
/// emoji pickers). Only names: [`crate::printable::hidden_class`] decides.
fn known_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\n' | '\r' => "a line break",
        '\t' => "a tab",
        '\u{00AD}' => "a soft hyphen",
        '\u{034F}' => "a combining grapheme joiner",
        '\u{200B}' => "a zero-width space",
        '\u{200C}' => "a zero-width non-joiner",
        '\u{200D}' => "a zero-width joiner",
        '\u{2060}' => "a word joiner",
        '\u{2061}'..='\u{2064}' => "an invisible mathematical operator",
        '\u{202A}'..='\u{202E}' => "a bidirectional override/embedding character",
        '\u{2066}'..='\u{2069}' => "a bidirectional isolate character",
        '\u{200E}' | '\u{200F}' | '\u{061C}' => "an invisible bidirectional mark",
        '\u{206A}'..='\u{206F}' => "a deprecated invisible format character",
        '\u{2028}' | '\u{2029}' => "a line or paragraph separator",
        '\u{FEFF}' => "a byte-order mark",
        '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' => "a Hangul filler",
        '\u{180B}'..='\u{180D}' | '\u{180F}' | '\u{FE00}'..='\u{FE0F}' => "a variation selector",
        '\u{E0100}'..='\u{E01EF}' => "a variation selector",
        '\u{E0001}' | '\u{E0020}'..='\u{E007F}' => "a tag character",
        '\u{FFF9}'..='\u{FFFB}' => "an interlinear annotation character",
        _ => return None,
    })
}

/// A field that was not given, or only as white space.
fn blank(value: Option<&str>) -> bool {
    value.is_none_or(|s| s.trim().is_empty())
}

/// Checks a date given once for many letters (`batch --date`) by the rules of `--date`.
pub fn check_date(raw: &str, ctx: &Context) -> Result<NaiveDate, Error> {
    let mut v = Validator {
        ctx,
        naming: Field::flag,
        errors: Vec::new(),
    };
    match v.date(Some(raw), None) {
        Some(d) if v.errors.is_empty() => Ok(d),
        _ => Err(Error::Invalid(v.errors)),
    }
}

impl RequestInput {
    /// Validates every field, collecting all problems (not just the first). `naming` turns a
    /// field into the name the user knows (a flag or a column).
    pub fn validate(
        &self,
        ctx: &Context,
        naming: fn(Field) -> &'static str,
    ) -> Result<Request, Error> {
        let mut v = Validator {
            ctx,
            naming,
            errors: Vec::new(),
        };
        let jurisdiction = v.jurisdiction(self.jurisdiction.as_deref());
        let (letter, kind) =
            v.letter_and_kind(self.request.as_deref(), self.first_request.as_deref());
        let name = v.required_text(Field::Name, self.name.as_deref(), limits::NAME);
        if let Some(n) = &name {
            if !n.chars().any(char::is_alphabetic) {
                v.err(Field::Name, "must contain letters");
            }
        }
        let email = v.email(self.email.as_deref());
        let address = v.lines(Field::Address, &self.address);
        let place = v.optional_text(Field::Place, self.place.as_deref(), limits::PLACE);
        let reference = v.optional_text(
            Field::Reference,
            self.reference.as_deref(),
            limits::REFERENCE,
        );
        let recipient_address = v.lines(Field::RecipientAddress, &self.recipient_address);
        if self.address.iter().all(|l| l.trim().is_empty()) && blank(self.email.as_deref()) {
            v.err(
                Field::Address,
                format!(
                    "give a postal address ({}) or an e-mail address ({}): Clearview must be able to reply",
                    naming(Field::Address),
                    naming(Field::Email)
                ),
            );
        }
        let date = v.date(self.date.as_deref(), jurisdiction);
        let objection_grounds = if letter == Some(LetterType::Request) || letter.is_none() {
            v.objection_grounds(self.objection_grounds.as_deref(), kind)
        } else {
            v.only_in_requests(Field::ObjectionGrounds, self.objection_grounds.as_deref());
            None
        };
        if letter.is_some_and(|l| l != LetterType::Request) && self.photo_enclosed {
            v.err(
                Field::PhotoEnclosed,
                "a photo is enclosed with the request, not with a reminder or complaint",
            );
        }
        let (received, follow_up) = match (letter, date, jurisdiction) {
            (Some(l), Some(date), Some(j)) => v.follow_up(self, l, date, j),
            _ => (None, None),
        };
        let language = jurisdiction.and_then(|j| {
            v.language(
                j,
                self.language.as_deref(),
                letter == Some(LetterType::Complaint),
            )
        });
        if !v.errors.is_empty() {
            return Err(Error::Invalid(v.errors));
        }
        match (jurisdiction, kind, name, language, date) {
            (Some(jurisdiction), Some(kind), Some(name), Some(language), Some(date)) => {
                Ok(Request {
                    kind,
                    jurisdiction,
                    language,
                    name,
                    email,
                    address,
                    place,
                    date,
                    reference,
                    recipient_address,
                    photo_enclosed: self.photo_enclosed,
                    objection_grounds,
                    received: received.unwrap_or(date),
                    received_given: received.is_some(),
                    follow_up,
                })
            }
            _ => Err(Error::Compose("validation left a field unset".into())),
        }
    }

    /// The required fields that are missing (for "list every missing flag" without a terminal).
    pub fn missing(&self) -> Vec<Field> {
        [
            (Field::Jurisdiction, &self.jurisdiction),
            (Field::Request, &self.request),
            (Field::Name, &self.name),
        ]
        .into_iter()
        .filter(|(_, value)| blank(value.as_deref()))
        .map(|(field, _)| field)
        .collect()
    }
}

struct Validator<'a, 'b> {
    ctx: &'a Context<'b>,
    naming: fn(Field) -> &'static str,
    errors: Vec<FieldError>,
}

impl Validator<'_, '_> {
    fn err(&mut self, field: Field, problem: impl Into<String>) {
        self.errors.push(FieldError {
            field: (self.naming)(field).to_string(),
            problem: problem.into(),
        });
    }

    /// Normalises to NFC and checks characters and length; None (with an error) when bad.
    fn text(&mut self, field: Field, raw: &str, max: usize) -> Option<String> {
        let s: String = raw.trim().nfc().collect();
        if let Some((i, c, what)) = s
            .chars()
            .enumerate()
            .find_map(|(i, c)| forbidden(c).map(|w| (i, c, w)))
        {
            self.err(
                field,
                format!(
                    "contains {what} (U+{:04X}) at character {}; remove it",
                    c as u32,
                    i + 1
                ),
            );
            return None;
        }
        let len = s.chars().count();
        if len > max {
            self.err(
                field,
                format!("is {len} characters long; at most {max} are allowed"),
            );
            return None;
        }
        if let Some(drawable) = self.ctx.drawable {
            if let Some(c) = s.chars().find(|c| !c.is_whitespace() && !drawable(*c)) {
                // A script the renderer cannot lay out, or a glyph no font has.
                if let Some(problem) = crate::render::pdf::script_problem(c) {
                    let why = crate::render::pdf::script_message(problem);
                    self.err(field, format!("contains `{c}` (U+{:04X}), {why}", c as u32));
                    return None;
                }
                self.err(
                    field,
                    format!(
                        "contains `{c}` (U+{:04X}), which the PDF fonts cannot draw; use the text format, \
                         write the name in Latin, Greek or Cyrillic letters, or give a font with --font",
                        c as u32
                    ),
                );
                return None;
            }
        }
        Some(s)
    }

    fn required_text(&mut self, field: Field, raw: Option<&str>, max: usize) -> Option<String> {
        match raw.map(str::trim) {
            None | Some("") => {
                self.err(field, "is required");
                None
            }
            Some(s) => self.text(field, s, max),
        }
    }

    fn optional_text(&mut self, field: Field, raw: Option<&str>, max: usize) -> Option<String> {
        match raw.map(str::trim) {
            None | Some("") => None,
            Some(s) => self.text(field, s, max),
        }
    }

    fn lines(&mut self, field: Field, raw: &[String]) -> Vec<String> {
        let lines: Vec<&str> = raw
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() > limits::ADDRESS_LINES {
            self.err(
                field,
                format!(
                    "has {} lines; at most {} are allowed",
                    lines.len(),
                    limits::ADDRESS_LINES
                ),
            );
            return Vec::new();
        }
        lines
            .into_iter()
            .filter_map(|l| self.text(field, l, limits::LINE))
            .collect()
    }

    fn email(&mut self, raw: Option<&str>) -> Option<String> {
        let s = self.optional_text(Field::Email, raw, limits::EMAIL)?;
        match s.parse::<email_address::EmailAddress>() {
            Ok(e) if e.domain().contains('.') && !e.domain().starts_with('[') => Some(s),
            Ok(_) => {
                self.err(
                    Field::Email,
                    format!("`{s}` has no valid domain (e.g. name@example.org)"),
                );
                None
            }
            Err(e) => {
                self.err(
                    Field::Email,
                    format!("`{s}` is not a valid e-mail address: {e}"),
                );
                None
            }
        }
    }

    fn jurisdiction(&mut self, raw: Option<&str>) -> Option<&'static Jurisdiction> {
        let s = match raw.map(str::trim) {
            None | Some("") => {
                self.err(
                    Field::Jurisdiction,
                    "is required: the ISO code of the country where you live (e.g. IT, DE, GB)",
                );
                return None;
            }
            Some(s) => s,
        };
        if s.chars().any(|c| forbidden(c).is_some()) || s.chars().count() > 60 {
            self.err(Field::Jurisdiction, "is not a country code or name");
            return None;
        }
        match jurisdiction::find(self.ctx.data, s) {
            Ok(j) => Some(j),
            Err(e) => {
                self.err(Field::Jurisdiction, e);
                None
            }
        }
    }

    /// The letter and the request it concerns: `request` is access/erasure/access-erasure for a
    /// request letter, or reminder/complaint with `first_request` naming the request.
    fn letter_and_kind(
        &mut self,
        request: Option<&str>,
        first: Option<&str>,
    ) -> (Option<LetterType>, Option<RequestKind>) {
        let follow_up = match request.map(|s| s.trim().to_ascii_lowercase()).as_deref() {
            Some("reminder") => Some(LetterType::Reminder),
            Some("complaint") => Some(LetterType::Complaint),
            _ => None,
        };
        let Some(letter) = follow_up else {
            self.only_in_follow_ups(Field::FirstRequest, first);
            return (Some(LetterType::Request), self.kind(request));
        };
        match first.map(str::trim) {
            None | Some("") => {
                self.err(
                    Field::FirstRequest,
                    format!(
                        "is required for a {}: the request it follows (access, erasure or access-erasure)",
                        letter.as_str()
                    ),
                );
                (Some(letter), None)
            }
            Some(s) => match RequestKind::parse(s) {
                Some(k) => (Some(letter), Some(k)),
                None => {
                    let shown = printable_max(s, 40);
                    self.err(
                        Field::FirstRequest,
                        format!("unknown request `{shown}`; use access, erasure or access-erasure"),
                    );
                    (Some(letter), None)
                }
            },
        }
    }

    fn only_in_follow_ups(&mut self, field: Field, raw: Option<&str>) {
        if raw.is_some_and(|s| !s.trim().is_empty()) {
            self.err(
                field,
                "belongs to a reminder or complaint (request reminder or complaint)",
            );
        }
    }

    fn only_in_requests(&mut self, field: Field, raw: Option<&str>) {
        if raw.is_some_and(|s| !s.trim().is_empty()) {
            self.err(
                field,
                "belongs to the request letter, not to a reminder or complaint",
            );
        }
    }

    /// A date field other than the letter's own (`--received`, `--reminded`).
    fn other_date(&mut self, field: Field, raw: Option<&str>) -> Option<NaiveDate> {
        let s = raw.map(str::trim).filter(|s| !s.is_empty())?;
        match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) if s.len() == 10 => Some(d),
            _ => {
                let shown = printable_max(s, 40);
                self.err(
                    field,
                    format!("`{shown}` is not a date in the form YYYY-MM-DD"),
                );
                None
            }
        }
    }

    /// The receipt date, and for a reminder or complaint its facts, checked against the letter
    /// date and the reply period: a letter about a missing reply is never written before the
    /// period has surely ended.
    fn follow_up(
        &mut self,
        input: &RequestInput,
        letter: LetterType,
        date: NaiveDate,
        j: &Jurisdiction,
    ) -> (Option<NaiveDate>, Option<FollowUp>) {
        let received = self.other_date(Field::Received, input.received.as_deref());
        let reminded = self.other_date(Field::Reminded, input.reminded.as_deref());
        if letter == LetterType::Request {
            self.only_in_follow_ups(Field::Outcome, input.outcome.as_deref());
            self.only_in_follow_ups(Field::Reminded, input.reminded.as_deref());
            if let Some(r) = received {
                if r < date {
                    self.err(
                        Field::Received,
                        format!("{r} is before the letter's date ({date}): Clearview cannot receive it earlier"),
                    );
                } else if r > date + chrono::Days::new(92) {
                    self.err(
                        Field::Received,
                        format!("{r} is more than three months after the letter's date ({date})"),
                    );
                }
            }
            return (received, None);
        }
        let outcome = match input.outcome.as_deref().map(str::trim) {
            None | Some("") if letter == LetterType::Reminder => Some(Outcome::NoReply),
            None | Some("") => {
                self.err(
                    Field::Outcome,
                    "is required for a complaint: no-reply, incomplete, refused or identity-demanded",
                );
                None
            }
            Some(s) => Outcome::parse(s).or_else(|| {
                let shown = printable_max(s, 40);
                self.err(
                    Field::Outcome,
                    format!("unknown outcome `{shown}`; use no-reply, incomplete, refused or identity-demanded"),
                );
                None
            }),
        };
        if letter == LetterType::Reminder
            && outcome.is_some_and(|o| !matches!(o, Outcome::NoReply | Outcome::Incomplete))
        {
            self.err(
                Field::Outcome,
                "a reminder is for no-reply or incomplete; for a refusal or a demand for identification, write a complaint",
            );
        }
        if letter == LetterType::Reminder {
            self.only_in_requests(Field::Reminded, input.reminded.as_deref());
        }
        if letter == LetterType::Complaint && j.authority.is_empty() {
            self.err(
                Field::Jurisdiction,
                format!(
                    "a complaint goes to one authority: give your region ({}-…; `facerights jurisdictions` lists them)",
                    j.code
                ),
            );
        }
        let Some(received) = received else {
            if input
                .received
                .as_deref()
                .is_none_or(|s| s.trim().is_empty())
            {
                self.err(
                    Field::Received,
                    format!(
                        "is required for a {}: the day Clearview received the request (YYYY-MM-DD)",
                        letter.as_str()
                    ),
                );
            }
            return (None, None);
        };
        if received > date {
            self.err(
                Field::Received,
                format!("{received} is after the letter's date ({date})"),
            );
            return (None, None);
        }
        if let (Some(o), Some(law)) = (outcome, self.ctx.data.law(j.law)) {
            let dl = law.period.deadline(received);
            if o.needs_period_passed() && date < dl.follow_up_from {
                self.err(
                    Field::Date,
                    format!(
                        "{date} is too early for a {} about a missing or incomplete reply: the reply period ({}) ends on {} for a request received on {received}, later if that day is a public holiday; write it from {}",
                        letter.as_str(),
                        law.provision,
                        dl.ends,
                        dl.follow_up_from
                    ),
                );
            }
        }
        if let Some(r) = reminded {
            if r < received || r > date {
                self.err(
                    Field::Reminded,
                    format!("{r} must be between the receipt of the request ({received}) and this letter's date ({date})"),
                );
            }
        }
        let follow_up = outcome.map(|outcome| FollowUp {
            letter,
            received,
            outcome,
            reminded,
        });
        (Some(received), follow_up)
    }

    fn kind(&mut self, raw: Option<&str>) -> Option<RequestKind> {
        match raw.map(str::trim) {
            None | Some("") => {
                self.err(
                    Field::Request,
                    "is required: access, erasure or access-erasure (or reminder, complaint)",
                );
                None
            }
            Some(s) => RequestKind::parse(s).or_else(|| {
                let shown = printable_max(s, 40);
                self.err(
                    Field::Request,
                    format!("unknown request `{shown}`; use access, erasure, access-erasure, reminder or complaint"),
                );
                None
            }),
        }
    }

    /// The person's own grounds for objecting: only in letters that object (erasure,
    /// access-erasure). Line breaks (a spreadsheet cell, a pasted paragraph) become spaces.
    fn objection_grounds(
        &mut self,
        raw: Option<&str>,
        kind: Option<RequestKind>,
    ) -> Option<String> {
        let raw = raw.map(str::trim).filter(|s| !s.is_empty())?;
        if kind == Some(RequestKind::Access) {
            self.err(
                Field::ObjectionGrounds,
                "only erasure and access-erasure letters contain an objection; \
                 leave it out for an access letter",
            );
            return None;
        }
        let one_line = raw
            .split(['\r', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        self.text(
            Field::ObjectionGrounds,
            &one_line,
            limits::OBJECTION_GROUNDS,
        )
    }

    fn date(&mut self, raw: Option<&str>, j: Option<&Jurisdiction>) -> Option<NaiveDate> {
        let today = self.ctx.today;
        let date = match raw.map(str::trim) {
            None | Some("") => return Some(today),
            Some(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) if s.len() == 10 => d,
                _ => {
                    let shown = printable_max(s, 40);
                    self.err(
                        Field::Date,
                        format!("`{shown}` is not a date in the form YYYY-MM-DD"),
                    );
                    return None;
                }
            },
        };
        let earliest = self.ctx.data.newest_decision_date();
        if date < earliest {
            self.err(
                Field::Date,
                format!(
                    "{date} is before {earliest}, the date of the newest decision the letters cite; \
                     a letter cannot cite a decision from its future"
                ),
            );
            return None;
        }
        if let Some(j) = j {
            let (from, why) = self.ctx.data.earliest_letter_date(j);
            if date < from {
                self.err(
                    Field::Date,
                    format!("{date} is before {from}: {why}, so the letter states the law from that date"),
                );
                return None;
            }
        }
        let latest = today + chrono::Days::new(366);
        if date > latest {
            self.err(
                Field::Date,
                format!("{date} is more than a year from today ({today})"),
            );
            return None;
        }
        Some(date)
    }

    fn language(&mut self, j: &Jurisdiction, raw: Option<&str>, complaint: bool) -> Option<String> {
        let catalog = self.ctx.catalog;
        let Some(wanted) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
            return Some(if complaint {
                complaint_language(self.ctx.data, catalog, j)
            } else {
                default_language(catalog, j)
            });
        };
        let lang = wanted.to_ascii_lowercase().replace('_', "-");
        if catalog.get(&lang).is_none() {
            let shown = printable_max(wanted, 20);
            let mut available: Vec<&str> = catalog.languages().collect();
            available.sort_by(|a, b| {
                strsim::jaro_winkler(&lang, b)
                    .total_cmp(&strsim::jaro_winkler(&lang, a))
                    .then(a.cmp(b))
            });
            let closest = available
                .first()
                .filter(|c| strsim::jaro_winkler(&lang, c) >= 0.7)
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            self.err(
                Field::Language,
                format!(
                    "no locale `{shown}`; {closest}available: {}",
                    catalog.languages().collect::<Vec<_>>().join(", ")
                ),
            );
            return None;
        }
        let gaps = catalog.letter_gaps(&lang);
        if !gaps.is_empty() {
            let head: Vec<String> = gaps.iter().take(5).cloned().collect();
            self.err(
                Field::Language,
                format!(
                    "locale `{lang}` is not complete for letters ({} problem{}; run `facerights locales check {lang}`): {}{}",
                    gaps.len(),
                    if gaps.len() == 1 { "" } else { "s" },
                    head.join("; "),
                    if gaps.len() > 5 { "; …" } else { "" }
                ),
            );
            return None;
        }
        Some(lang)
    }
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
                .find(|l| catalog.is_letter_complete(l))
                .map(str::to_string)
        })
        .unwrap_or_else(|| default_language(catalog, j))
}

pub fn default_language(catalog: &Catalog, j: &Jurisdiction) -> String {
    j.languages
        .iter()
        .find(|l| catalog.is_letter_complete(l))
        .cloned()
        .unwrap_or_else(|| crate::i18n::REFERENCE.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every invisible or format character issue #10 lists.
    const LISTED: &[(char, char)] = &[
        ('\u{00AD}', '\u{00AD}'),
        ('\u{034F}', '\u{034F}'),
        ('\u{200C}', '\u{200D}'),
        ('\u{2060}', '\u{2064}'),
        ('\u{206A}', '\u{206F}'),
        ('\u{3164}', '\u{3164}'),
        ('\u{FFA0}', '\u{FFA0}'),
        ('\u{FFF9}', '\u{FFFB}'),
        ('\u{FE00}', '\u{FE0F}'),
        ('\u{E0001}', '\u{E0001}'),
        ('\u{E0020}', '\u{E007F}'),
    ];

    #[test]
    fn every_listed_invisible_character_is_refused() {
        for &(first, last) in LISTED {
            for c in first..=last {
                assert!(forbidden(c).is_some(), "U+{:04X} passes", u32::from(c));
            }
        }
        // The ones refused before, still refused.
        for c in "\n\r\t\u{7}\u{1b}\u{7f}\u{85}\u{200B}\u{200E}\u{200F}\u{061C}\u{202A}\u{202E}\u{2066}\u{2069}\u{2028}\u{2029}\u{FEFF}\u{E000}\u{F8FF}\u{FFFE}\u{FFFF}\u{FDD0}\u{10FFFF}".chars() {
            assert!(forbidden(c).is_some(), "U+{:04X} passes", u32::from(c));
        }
    }

    #[test]
    fn names_only_name_what_the_properties_refuse() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if known_name(c).is_some() {
                assert!(
                    crate::printable::hidden_class(c).is_some(),
                    "U+{:04X} has a name but no refused class",
                    u32::from(c)
                );
            }
        }
        assert_eq!(forbidden('\u{00AD}'), Some("a soft hyphen"));
        assert_eq!(forbidden('\u{200D}'), Some("a zero-width joiner"));
        assert_eq!(forbidden('\u{FE0F}'), Some("a variation selector"));
        assert_eq!(forbidden('\u{E0041}'), Some("a tag character"));
        assert_eq!(forbidden('\u{3164}'), Some("a Hangul filler"));
        // Unnamed ones get their class.
        assert_eq!(
            forbidden('\u{1D173}'),
            Some("an invisible format character")
        );
        assert_eq!(forbidden('\u{17B4}'), Some("an invisible character"));
        assert_eq!(
            forbidden('\u{0378}'),
            Some("a code point not assigned in Unicode")
        );
    }

    #[test]
    fn letters_marks_and_spaces_of_any_width_pass() {
        let ok = "Maria Rossi Ζωή Иванова Þórunn Łukasz Nguyễn Thị Đặng 李小龍 김민준 שרה أحمد \
                  n\u{308} a\u{301}\u{323} \u{A0}\u{202F}\u{2009}\u{3000} O'Brien-Smith № 12/3";
        for c in ok.nfc() {
            assert_eq!(forbidden(c), None, "U+{:04X} is refused", u32::from(c));
        }
    }

    #[test]
    fn printable_shows_refused_characters_as_code_points() {
        assert_eq!(printable_max("acc\u{200B}ess", 40), "acc<U+200B>ess");
        assert_eq!(
            printable_max("x\u{1b}[31m\u{202E}y", 40),
            "x<U+001B>[31m<U+202E>y"
        );
        assert_eq!(
            printable_max("\u{E0041}\u{E0042}", 40),
            "<U+E0041><U+E0042>"
        );
        assert_eq!(printable_max("abcdef", 3), "abc…");
    }
}
