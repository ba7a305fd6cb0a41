//! Compose a validated [`Request`] into a [`Letter`]: askama templates (`templates/`) decide the
//! structure, Fluent messages (`locales/<lang>/letter.ftl`) give every sentence, and the facts
//! (dates, references, amounts, names) come from `data/`, formatted for the language by ICU4X.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use askama::Template;
use fluent_bundle::FluentArgs;

use crate::data::{Data, Decision, Family, Jurisdiction, LawInfo};
use crate::error::Error;
use crate::format::Formatter;
use crate::i18n::{Catalog, LetterText};
use crate::letter::{Block, Letter};
use crate::request::{LetterType, Outcome, Request, RequestKind};

mod decisions;
mod follow_up;
mod regime;

use decisions::OwnDecision;
use follow_up::FollowTexts;

/// The decision that found Clearview's restrictions on access unlawful (cited in access letters).
const ACCESS_RESTRICTIONS_DECISION: &str = "fr-cnil-san-2022-019";
/// The latest decision that found Clearview had no representative in the Union (Art. 27).
const NO_REPRESENTATIVE_DECISION: &str = "nl-ap-2024";

/// Everything needed to write letters in one language; built once, shared across threads.
pub struct LanguageKit {
    text: Arc<LetterText>,
    format: Arc<Formatter>,
}

/// Builds and caches a [`LanguageKit`] per language (fonts, bundles and formatters are built
/// once per process, not per letter).
pub struct Composer {
    data: &'static Data,
    catalog: Catalog,
    texts: Mutex<HashMap<String, Arc<LetterText>>>,
    formatters: Mutex<HashMap<String, Arc<Formatter>>>,
    bodies: Mutex<HashMap<BodyKey, Arc<Markup>>>,
}

impl Composer {
    pub fn new(data: &'static Data, catalog: Catalog) -> Composer {
        Composer {
            data,
            catalog,
            texts: Mutex::new(HashMap::new()),
            formatters: Mutex::new(HashMap::new()),
            bodies: Mutex::new(HashMap::new()),
        }
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The messages and formatters for a letter in `lang` to a person in `j`. Dates and amounts
    /// follow the regional variant where the language is official in the jurisdiction (`de-AT`
    /// writes "Jänner", `fr-BE`, `en-IE`), else the locale's own `format_locale`.
    fn kit(&self, lang: &str, j: &Jurisdiction) -> Result<LanguageKit, Error> {
        let text = {
            let mut texts = self.texts.lock().unwrap_or_else(|p| p.into_inner());
            match texts.get(lang) {
                Some(t) => t.clone(),
                None => {
                    let t = Arc::new(LetterText::new(&self.catalog, lang)?);
                    texts.insert(lang.to_string(), t.clone());
                    t
                }
            }
        };
        let format_locale = if j.languages.iter().any(|l| l == lang) {
            format!("{lang}-{}", j.country)
        } else {
            self.catalog
                .get(lang)
                .map(|s| s.format_locale())
                .unwrap_or(lang)
                .to_string()
        };
        let format = {
            let mut formatters = self.formatters.lock().unwrap_or_else(|p| p.into_inner());
            match formatters.get(&format_locale) {
                Some(f) => f.clone(),
                None => {
                    let f = Arc::new(Formatter::new(&format_locale)?);
                    formatters.insert(format_locale, f.clone());
                    f
                }
            }
        };
        Ok(LanguageKit { text, format })
    }

    /// Composes the letter for a validated request.
    pub fn compose(&self, req: &Request) -> Result<Letter, Error> {
        let kit = self.kit(&req.language, req.jurisdiction)?;
        let law = self.data.law_of(req.jurisdiction)?;
        let writer = Writer {
            data: self.data,
            kit: &kit,
            req,
            law,
            base: base_args(self.data, law, req.jurisdiction, &kit.text),
        };
        let key = BodyKey {
            language: req.language.clone(),
            jurisdiction: req.jurisdiction.code.clone(),
            kind: req.kind,
            photo_enclosed: req.photo_enclosed,
            reply_id: reply_id(req),
            date: req.date,
        };
        // A body with the person's own words is theirs alone: composed, never cached (a batch of
        // thousands of different objections must not grow the cache).
        if req.objection_grounds.is_some() || req.follow_up.is_some() {
            return writer.frame(&writer.body()?);
        }
        let cached = self
            .bodies
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
            .cloned();
        let body = match cached {
            Some(b) => b,
            None => {
                let b = Arc::new(writer.body()?);
                self.bodies
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(key, b.clone());
                b
            }
        };
        writer.frame(&body)
    }
}

/// Arguments passed to every message.
fn base_args(
    data: &Data,
    law: &LawInfo,
    j: &Jurisdiction,
    text: &LetterText,
) -> Vec<(&'static str, String)> {
    let short_id = law.short_message();
    // The short name may depend on the country (German letters write DS-GVO for Germany, DSGVO
    // for Austria): the message gets the jurisdiction's code.
    let mut args = FluentArgs::new();
    args.set("jurisdiction", j.country.clone());
    let gdpr = text
        .format(&short_id, &args)
        .unwrap_or_else(|_| "GDPR".into());
    vec![("gdpr", gdpr), ("controller", data.controller.name.clone())]
}

struct Writer<'a> {
    data: &'static Data,
    kit: &'a LanguageKit,
    req: &'a Request,
    law: &'static LawInfo,
    base: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "letter.txt", escape = "none")]
struct LetterTemplate<'a> {
    w: &'a Writer<'a>,
    kind: &'static str,
    /// "request", "reminder" or "complaint".
    letter: &'static str,
    /// A reminder's or complaint's sentences.
    follow: Option<FollowTexts>,
    /// "eu", "eea" or "uk": the law's suffix for messages that differ by law.
    law: &'a str,
    subject_id: &'static str,
    applicability: String,
    photo_enclosed: bool,
    /// The person's own grounds for objecting, as a sentence (`erasure-ground-objection-own`).
    objection_own: Option<String>,
    access_scope: String,
    legal_obligation: Vec<String>,
    own_decisions: Vec<OwnDecision>,
    other_decisions: Vec<String>,
    remedies: String,
    reply_id: &'static str,
    errors: Failures,
}

impl LetterTemplate<'_> {
    /// A message with the base arguments; an error is recorded and fails the whole letter. Where
    /// the law has its own version (`<id>-uk`: UK law as amended, UK guidance), that one.
    fn t(&self, id: &str) -> String {
        let variant = format!("{id}-{}", self.law);
        let id = if self.w.kit.text.has(&variant) {
            variant.as_str()
        } else {
            id
        };
        self.errors.record(self.w.msg(id, &[]))
    }

    /// A message that also takes `$law_full`.
    fn t_law_full(&self, id: &str) -> String {
        let full_id = format!("law-full-{}", self.w.law.suffix);
        // The full name may depend on the country too (DS-GVO / DSGVO).
        let law_full = self.errors.record(self.w.msg(
            &full_id,
            &[("jurisdiction", self.w.req.jurisdiction.country.clone())],
        ));
        self.errors
            .record(self.w.msg(id, &[("law_full", law_full)]))
    }
}

impl Writer<'_> {
    fn msg(&self, id: &str, extra: &[(&'static str, String)]) -> Result<String, Error> {
        let mut args = FluentArgs::new();
        for (k, v) in self.base.iter().chain(extra) {
            // `$day` is a number, so that a language can select on it ("dell’11 febbraio").
            match (*k, v.parse::<u32>()) {
                ("day" | "count", Ok(n)) => args.set(*k, n),
                _ => args.set(*k, v.clone()),
            }
        }
        // A message spanning several lines in the .ftl file is one paragraph in the letter. Only
        // ASCII white space is folded: no-break spaces (French « : », amounts) are kept.
        let s = self.kit.text.format(id, &args)?;
        Ok(single_full_stops(
            &s.split_ascii_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }

    /// A message in the version for the letter's law where there is one (`<id>-uk`).
    fn msg_law(&self, id: &str, extra: &[(&'static str, String)]) -> Result<String, Error> {
        let variant = format!("{id}-{}", self.law.suffix);
        if self.kit.text.has(&variant) {
            self.msg(&variant, extra)
        } else {
            self.msg(id, extra)
        }
    }

    /// The provisions a decision found infringed, as the letter's language cites a list.
    fn articles(&self, provisions: &[crate::citation::Provision]) -> Result<String, Error> {
        self.kit
            .text
            .citations()
            .list(provisions)
            .map_err(|e| Error::Compose(format!("locale `{}`: {e}", self.lang())))
    }

    /// A date as the letter's language writes it: CLDR's long form, unless the locale gives its
    /// own `date-pattern` where CLDR is wrong for letters (Irish day-month order, no comma before
    /// the year in Maltese, "r." after a Polish year). The pattern gets `$full` (CLDR's form),
    /// `$day`, `$month` (the month as CLDR writes it in a date) and `$year`.
    pub(super) fn date(&self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let full = self.kit.format.date(d);
        if !self.kit.text.has("date-pattern") {
            return full;
        }
        let (day, year) = (d.day().to_string(), d.year().to_string());
        let month = month_of(&full, &day, &year);
        let mut args = FluentArgs::new();
        args.set("full", full.clone());
        args.set("day", day);
        // The day as a number, for languages that write the first of the month differently
        // ("1er juillet", "1° luglio").
        args.set("daynum", d.day());
        args.set("month", month);
        args.set("year", year);
        self.kit
            .text
            .format("date-pattern", &args)
            .map(|s| s.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or(full)
    }

    pub(super) fn lang(&self) -> &str {
        &self.kit.text.lang
    }

    /// The decisions a letter cites, only those its date can know of: its jurisdiction's own (as
    /// acts, and in full) and its law's persuasive ones that are not its own, each as `other`
    /// writes it.
    fn cited_decisions(
        &self,
        other: fn(&Self, &Decision) -> Result<String, Error>,
    ) -> Result<Cited, Error> {
        let req = self.req;
        let j = req.jurisdiction;
        let cited = |d: &&Decision| d.date <= req.date;
        let own: Vec<&'static Decision> = self.data.decisions_of(j).filter(cited).collect();
        let own_decisions = own
            .iter()
            .map(|d| self.own_decision(d))
            .collect::<Result<Vec<_>, _>>()?;
        let other_decisions = self
            .law
            .persuasive
            .iter()
            .filter_map(|id| self.data.decision(id))
            .filter(cited)
            .filter(|d| !j.decisions.contains(&d.id))
            .map(|d| other(self, d))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Cited {
            own,
            own_decisions,
            other_decisions,
        })
    }

    /// The parts of the letter that do not depend on who sends it (subject, salutation, body,
    /// closing): the same for every request with the same [`BodyKey`].
    fn body(&self) -> Result<Markup, Error> {
        if self.law.family == Family::Regime {
            return self.regime_body();
        }
        let req = self.req;
        let j = req.jurisdiction;
        let Cited {
            own,
            own_decisions,
            other_decisions,
        } = self.cited_decisions(Self::short_decision)?;
        let legal_obligation = own
            .iter()
            .filter(|d| d.orders_territorial_erasure() && !d.is_court())
            .filter_map(|d| Some((d, self.data.authority(&d.authority)?)))
            .take(1)
            .map(|(d, a)| {
                let mut args = vec![("authority", a.name_for(self.lang()))];
                args.extend(self.in_country(d)?);
                self.msg("erasure-ground-legal-obligation", &args)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let access_scope = match self.data.decision(ACCESS_RESTRICTIONS_DECISION) {
            Some(d) => self.msg(
                "access-scope",
                &[
                    ("reference", d.reference.clone()),
                    ("date", self.date(d.date)),
                ],
            )?,
            None => {
                return Err(Error::Data(format!(
                    "decision {ACCESS_RESTRICTIONS_DECISION} missing"
                )))
            }
        };
        let law = self.law.suffix.as_str();
        // A reminder says what follows in its own words (`reminder-remedies*`).
        let remedies_id = match req.letter() {
            LetterType::Reminder => "reminder-remedies",
            _ => "remedies",
        };
        let remedies = match (&j.authority_rule, self.data.authority(&j.authority)) {
            // No one authority for the whole country (Germany without the Land): the rule.
            (Some(rule), _) if j.authority.is_empty() => {
                self.msg(&format!("{remedies_id}-{rule}"), &[])?
            }
            (_, Some(_)) => {
                let id = format!("{remedies_id}-{law}");
                let id = if self.kit.text.has(&id) {
                    id.as_str()
                } else {
                    remedies_id
                };
                self.msg(id, &self.authority_args())?
            }
            (_, None) => return Err(Error::Data(format!("{} has no authority", j.code))),
        };
        let (kind, subject_id) = match req.kind {
            RequestKind::Access => ("access", "subject-access"),
            RequestKind::Erasure => ("erasure", "subject-erasure"),
            RequestKind::AccessErasure => ("access-erasure", "subject-access-erasure"),
        };
        let representative_date = self
            .data
            .decision(NO_REPRESENTATIVE_DECISION)
            .map(|d| self.date(d.date))
            .ok_or_else(|| Error::Data(format!("decision {NO_REPRESENTATIVE_DECISION} missing")))?;
        let applicability = self.msg(
            &format!("applicability-{law}"),
            &[("representative_date", representative_date)],
        )?;
        let objection_own = req
            .objection_grounds
            .as_ref()
            .map(|g| self.msg("erasure-ground-objection-own", &[("grounds", g.clone())]))
            .transpose()?;
        let follow = req
            .follow_up
            .as_ref()
            .map(|f| self.follow_texts(f))
            .transpose()?;
        let tpl = LetterTemplate {
            w: self,
            kind,
            letter: req.letter().as_str(),
            follow,
            law,
            subject_id,
            applicability,
            photo_enclosed: req.photo_enclosed,
            objection_own,
            access_scope,
            legal_obligation,
            own_decisions,
            other_decisions,
            remedies,
            reply_id: reply_id(req),
            errors: Failures::default(),
        };
        let rendered = tpl.render();
        markup_of(rendered, tpl.errors.into_vec())
    }

    fn frame(&self, m: &Markup) -> Result<Letter, Error> {
        let req = self.req;
        let mut sender = vec![req.name.clone()];
        sender.extend(req.address.iter().cloned());
        sender.extend(req.email.iter().cloned());
        let complaint_to = match req.letter() {
            LetterType::Complaint => self.data.authority(&req.jurisdiction.authority),
            _ => None,
        };
        let recipient = if let Some(a) = complaint_to {
            // The authority, by its name in the letter's language, at its address in that language;
            // where no address is confirmed (the OAIC), its e-mail address: such a complaint goes
            // through the authority's form or by e-mail, never to an address the data doubts.
            std::iter::once(a.name_for(self.lang()))
                .chain(a.postal_lines_for(self.lang()))
                .collect()
        } else if req.recipient_address.is_empty() {
            let c = &self.data.controller;
            std::iter::once(c.name.clone())
                .chain(c.postal_address.iter().cloned())
                .collect()
        } else {
            req.recipient_address.clone()
        };
        let date = self.date(req.date);
        let place_date = match &req.place {
            Some(place) => {
                self.msg_own("place-date", &[("place", place.clone()), ("date", date)])?
            }
            None => self.msg_own("date-only", &[("date", date)])?,
        };
        let reference = req
            .reference
            .as_ref()
            .map(|r| self.msg_own("our-reference", &[("reference", r.clone())]))
            .transpose()?;
        let mut enclosures = if req.photo_enclosed {
            vec![self.msg_own("enclosure-photo", &[])?]
        } else {
            Vec::new()
        };
        if let Some(f) = &req.follow_up {
            let request = self.request_name()?;
            enclosures.push(self.msg_own(
                "enclosure-request-copy",
                &[("request", request), ("received", self.date(f.received))],
            )?);
            enclosures.push(self.msg_own("enclosure-proof", &[])?);
            if f.letter == LetterType::Complaint {
                if f.outcome != Outcome::NoReply {
                    enclosures.push(self.msg_own("enclosure-reply", &[])?);
                }
                if let Some(r) = f.reminded {
                    enclosures
                        .push(self.msg_own("enclosure-reminder", &[("reminded", self.date(r))])?);
                }
            }
        }
        let mut args = FluentArgs::new();
        args.set("page", "{page}");
        args.set("pages", "{pages}");
        let page_of = if self.law.family == Family::Regime && self.has_r("page-of") {
            self.rid("page-of")
        } else {
            "page-of".to_string()
        };
        let page_label = self.kit.text.format(&page_of, &args)?;
        Ok(Letter {
            language: self.lang().to_string(),
            date: req.date,
            sender,
            recipient,
            place_date,
            reference,
            subject: m.subject.clone(),
            salutation: m.salutation.clone(),
            body: m.body.clone(),
            closing: m.closing.clone(),
            signature: req.name.clone(),
            enclosures_label: self.msg_own(
                "enclosures-label",
                &[("count", enclosures.len().to_string())],
            )?,
            enclosures,
            page_label,
            paper: req.jurisdiction.paper,
        })
    }
}

/// Ends a sentence with a full stop, unless it already ends with one (dates such as "2022.",
/// "2022 г." or "10 d." carry their own).
/// A full stop after an abbreviation that ends a sentence is not doubled ("2 marca 2026 r." at the
/// end of a Polish sentence, "27. gr." at the end of an Icelandic one): facts put into a message
/// may end with a full stop of their own.
fn single_full_stops(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '.' && out.ends_with('.') {
            continue;
        }
        out.push(c);
    }
    out
}

pub(super) fn end_sentence(s: &str) -> String {
    if s.ends_with('.') {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// List items end with the language's list separator (";" in most languages); the last item of
/// a list whose length varies gets a full stop instead.
pub(super) fn end_list(items: &mut [String]) {
    if let Some(last) = items.last_mut() {
        let trimmed = last
            .trim_end_matches([';', '·', ',', ' ', '\u{387}'])
            .to_string();
        *last = format!("{trimmed}.");
    }
}

/// Which reply sentence fits the addresses the sender gave.
pub(super) fn reply_id(req: &Request) -> &'static str {
    match (req.address.is_empty(), req.email.is_some()) {
        (false, true) => "reply-to-both",
        (true, true) => "reply-to-email",
        _ => "reply-to-postal",
    }
}

/// The decisions a letter cites (`Writer::cited_decisions`).
struct Cited {
    /// The jurisdiction's own acts.
    own: Vec<&'static Decision>,
    /// The same, written in full.
    own_decisions: Vec<OwnDecision>,
    /// Other jurisdictions' decisions, persuasive.
    other_decisions: Vec<String>,
}

/// Everything the body of a letter depends on. Letters with the same key share one composed body
/// (batch mode writes thousands of letters with a handful of keys).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BodyKey {
    language: String,
    jurisdiction: String,
    kind: RequestKind,
    photo_enclosed: bool,
    reply_id: &'static str,
    /// Decisions cited depend on the date; so does nothing else in the body.
    date: chrono::NaiveDate,
}

/// The letter parts the template produced.
#[derive(Debug, Default)]
pub(super) struct Markup {
    subject: String,
    salutation: String,
    closing: String,
    body: Vec<Block>,
}

/// The messages a template could not format, recorded as it renders (askama's calls cannot
/// return errors); the first fails the letter.
#[derive(Default)]
pub(super) struct Failures(RefCell<Vec<Error>>);

impl Failures {
    /// The text, or an empty string with the error recorded.
    pub(super) fn record(&self, r: Result<String, Error>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => {
                self.0.borrow_mut().push(e);
                String::new()
            }
        }
    }

    pub(super) fn into_vec(self) -> Vec<Error> {
        self.0.into_inner()
    }
}

/// A rendered template's markup, parsed; the first message a template could not format fails it.
pub(super) fn markup_of(
    rendered: askama::Result<String>,
    errors: Vec<Error>,
) -> Result<Markup, Error> {
    let markup = rendered.map_err(|e| Error::Compose(format!("template: {e}")))?;
    if let Some(e) = errors.into_iter().next() {
        return Err(e);
    }
    parse_markup(&markup)
}

/// Parses the template's block markup (see `templates/letter.txt`).
pub(super) fn parse_markup(markup: &str) -> Result<Markup, Error> {
    let mut m = Markup::default();
    // After `@end`, the next list item starts a new list.
    let mut list_closed = false;
    for (n, line) in markup.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (tag, text) = line.split_once(' ').unwrap_or((line, ""));
        let text = text.trim().to_string();
        if tag != "@end" && text.is_empty() {
            return Err(Error::Compose(format!(
                "template line {}: `{tag}` without text",
                n + 1
            )));
        }
        match tag {
            "@subject" => m.subject = text,
            "@salutation" => m.salutation = text,
            "@closing" => m.closing = text,
            "@h" => m.body.push(Block::Heading(text)),
            "@p" => m.body.push(Block::Paragraph(text)),
            "@li" => match m.body.last_mut() {
                Some(Block::Bullets(items)) if !list_closed => items.push(text),
                _ => m.body.push(Block::Bullets(vec![text])),
            },
            "@ol" => match m.body.last_mut() {
                Some(Block::Numbered(items)) if !list_closed => items.push(text),
                _ => m.body.push(Block::Numbered(vec![text])),
            },
            "@end" => {}
            _ => {
                return Err(Error::Compose(format!(
                    "template line {}: unknown block `{tag}`",
                    n + 1
                )))
            }
        }
        list_closed = tag == "@end";
    }
    if m.subject.is_empty() || m.salutation.is_empty() || m.closing.is_empty() {
        return Err(Error::Compose(
            "template gave no subject, salutation or closing".into(),
        ));
    }
    Ok(m)
}

/// The month of a date as CLDR wrote it (`full`): what is left without the day and the year and
/// the punctuation between them ("Márta 2, 2026" -> "Márta"; "2 ta’ Marzu, 2026" -> "ta’ Marzu").
fn month_of(full: &str, day: &str, year: &str) -> String {
    full.split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == '.'))
        .filter(|w| {
            let n = w.trim_start_matches('0');
            !w.is_empty() && n != day && *w != year && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect::<Vec<_>>()
        .join(" ")
}
