//! The rules for each field of a request: characters, lengths, dates, codes, languages.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use super::{
    complaint_language, default_language, limits, Context, Field, LetterType, Request,
    RequestInput, RequestKind,
};
use crate::data::Jurisdiction;
use crate::error::{Error, FieldError};
use crate::jurisdiction;
use crate::printable::printable_max;

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
        // The letters and rights the jurisdiction's law has (no reminder without a reply period,
        // no complaint without an authority that takes one, no objection outside the GDPR).
        if let Some(law) = jurisdiction.and_then(|j| ctx.data.law(&j.law)) {
            let asked = match letter {
                Some(LetterType::Request) | None => kind.map(|k| (Field::Request, k.as_str())),
                Some(l) => Some((Field::Request, l.as_str())),
            };
            if let Some((field, what)) = asked.filter(|(_, w)| !law.has_letter(w)) {
                v.err(
                    field,
                    format!(
                        "there is no {what} letter under the {}; letters there: {}",
                        law.name,
                        law.letters.join(", ")
                    ),
                );
            }
            if !law.objection && !blank(self.objection_grounds.as_deref()) {
                v.err(
                    Field::ObjectionGrounds,
                    format!(
                        "the {} has no right to object on grounds of one's particular situation (Art. 21 GDPR); leave this out",
                        law.name
                    ),
                );
            }
        }
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

pub(super) struct Validator<'a, 'b> {
    pub(super) ctx: &'a Context<'b>,
    naming: fn(Field) -> &'static str,
    errors: Vec<FieldError>,
}

impl Validator<'_, '_> {
    pub(super) fn err(&mut self, field: Field, problem: impl Into<String>) {
        self.errors.push(FieldError {
            field: (self.naming)(field).to_string(),
            problem: problem.into(),
        });
    }

    /// Normalises to NFC and checks characters and length; None (with an error) when bad.
    pub(super) fn text(&mut self, field: Field, raw: &str, max: usize) -> Option<String> {
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
        if let Some(format) = self.ctx.format {
            if let Some(c) = s.chars().find(|c| !c.is_whitespace() && !format.covers(*c)) {
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

    pub(super) fn kind(&mut self, raw: Option<&str>) -> Option<RequestKind> {
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
    pub(super) fn objection_grounds(
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

    /// A date in the form YYYY-MM-DD; None (with an error naming `field`) when it is not one,
    /// and None without an error when blank.
    pub(super) fn parse_date(&mut self, field: Field, raw: Option<&str>) -> Option<NaiveDate> {
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

    pub(super) fn date(
        &mut self,
        raw: Option<&str>,
        j: Option<&Jurisdiction>,
    ) -> Option<NaiveDate> {
        let today = self.ctx.today;
        if raw.is_none_or(|s| s.trim().is_empty()) {
            return Some(today);
        }
        let date = self.parse_date(Field::Date, raw)?;
        // Before the jurisdiction is known (a batch's --date), only what no letter could bear.
        let earliest = match j {
            Some(j) => self.ctx.data.newest_decision_for(j),
            None => self.ctx.data.newest_decision_date(),
        };
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
                default_language(self.ctx.data, catalog, j)
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
        let law = self.ctx.data.law(&j.law);
        let letter_gaps = catalog.letter_gaps(&lang);
        if let Some(law) =
            law.filter(|l| letter_gaps.is_empty() && !catalog.is_complete_for(&lang, l))
        {
            let available: Vec<&str> = catalog
                .languages()
                .filter(|l| catalog.is_complete_for(l, law))
                .collect();
            self.err(
                Field::Language,
                format!(
                    "letters under the {} are not available in `{lang}` yet (its messages are in locales/<lang>/{}); available: {}",
                    law.name,
                    law.messages_file().unwrap_or_default(),
                    available.join(", ")
                ),
            );
            return None;
        }
        let gaps = letter_gaps;
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
