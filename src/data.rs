//! The embedded data: jurisdictions, supervisory authorities, decisions against Clearview and the
//! Clearview contact record (TOML files under `data/`, schema in `data/README.md`).
//!
//! Loaded once, checked for cross-references, and never printed where the research marks a fact
//! as uncertain.

use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Error;

const JURISDICTIONS: &str = include_str!("../data/jurisdictions.toml");
const AUTHORITIES: &str = include_str!("../data/authorities.toml");
const DECISIONS: &str = include_str!("../data/decisions.toml");
const CONTROLLER: &str = include_str!("../data/controller.toml");

/// Which family of letters a law gets: the GDPR letters (EU, EEA, UK), or the letters of another
/// regime (`templates/regime.txt` with the regime's own messages, `locales/<lang>/regime-<id>.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    Gdpr,
    Regime,
}

/// Paper size a jurisdiction's letters default to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PaperSize {
    #[default]
    A4,
    Letter,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    pub code: String,
    pub aliases: Vec<String>,
    pub name: String,
    pub languages: Vec<String>,
    /// The id of its `[[law]]` record.
    pub law: String,
    /// The paper its PDF letters default to (US Letter in the United States and Canada).
    #[serde(default)]
    pub paper: PaperSize,
    /// The `[[authority]]` record named in letters, or `""` with an `authority_rule`.
    pub authority: String,
    /// When no one authority is competent for the whole jurisdiction (Germany): the rule the
    /// letter states instead, as the message `remedies-<rule>`.
    #[serde(default)]
    pub authority_rule: Option<String>,
    pub decisions: Vec<String>,
    /// The ISO 3166-1 country: the code itself, or a subdivision's parent (`DE` for `DE-BY`).
    #[serde(skip)]
    pub country: String,
    /// For a subdivision, its parent jurisdiction's code.
    #[serde(skip)]
    pub parent: Option<String>,
}

impl Jurisdiction {
    pub fn is_subdivision(&self) -> bool {
        self.parent.is_some()
    }

    /// A region (`DE-BY`, `CA-QC`, `US-IL`): its name follows the country's.
    pub fn is_region(&self) -> bool {
        self.code.contains('-')
    }
}

/// A region of a jurisdiction with its own complaint authority (ISO 3166-2: `DE-BY`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Subdivision {
    code: String,
    parent: String,
    name: String,
    authority: String,
    /// A region with its own law (a Canadian province with its own private-sector act) gives it,
    /// with its languages and decisions; otherwise those of the parent apply.
    #[serde(default)]
    law: Option<String>,
    #[serde(default)]
    languages: Option<Vec<String>>,
    #[serde(default)]
    decisions: Option<Vec<String>>,
}

/// A legal regime: which letters it has, how they are written (its family and message suffix),
/// the reply period and how it is counted, and from when its letters state the law in force.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawInfo {
    pub id: String,
    /// The law's name in English, for lists (`facerights jurisdictions`).
    pub name: String,
    pub family: Family,
    /// The suffix of messages that differ by law (`law-full-eea`, `deadline-access-uk`), and for
    /// a regime the prefix of its messages (`au-intro-access`).
    pub suffix: String,
    /// The message with the law's short name (passed to every message as `$gdpr`); default
    /// `law-short-<suffix>`.
    #[serde(default)]
    pub short: Option<String>,
    /// The letters that exist under this law: `access`, `erasure`, `access-erasure`, `reminder`,
    /// `complaint`.
    pub letters: Vec<String>,
    /// Whether the law has a right to object that a person's own grounds can support
    /// (`--objection-grounds`).
    #[serde(default)]
    pub objection: bool,
    /// Whether a complaint to the regulator expects a complaint to the controller first (the
    /// reminder is that complaint): the UK (s. 164A DPA 2018), Australia (the OAIC).
    #[serde(default)]
    pub controller_first: bool,
    /// How many days a reminder gives Clearview before the complaint (14; the UK: the 30 days of
    /// s. 164A DPA 2018).
    #[serde(default = "default_reminder_days")]
    pub reminder_days: u64,
    /// Decisions of other jurisdictions cited as persuasive, in this order.
    #[serde(default)]
    pub persuasive: Vec<String>,
    /// None where the law sets no reply period (BIPA): no deadline is shown, no reminder exists.
    #[serde(default)]
    pub period: Option<crate::deadline::Period>,
    pub counting: crate::deadline::Counting,
    /// The provision that sets the period, as terminal notes cite it ("Art. 12(3) GDPR").
    pub provision: String,
    #[serde(default)]
    pub letters_from: Option<NaiveDate>,
    #[serde(default)]
    pub why: String,
    pub sources: Vec<String>,
}

fn default_reminder_days() -> u64 {
    14
}

impl LawInfo {
    /// The reply period for a request received on `received`, counted as this law counts it;
    /// None where the law sets none.
    pub fn deadline(&self, received: NaiveDate) -> Option<crate::deadline::Deadline> {
        self.period
            .map(|p| p.deadline_counted(received, self.counting))
    }

    /// Whether letters of `kind` (`access`, …, `reminder`, `complaint`) exist under this law.
    pub fn has_letter(&self, kind: &str) -> bool {
        self.letters.iter().any(|l| l == kind)
    }

    /// The message id of the law's short name.
    pub fn short_message(&self) -> String {
        self.short
            .clone()
            .unwrap_or_else(|| format!("law-short-{}", self.suffix))
    }

    /// The locale file with a regime's messages (`regime-au-privacy-act.ftl`); GDPR letters use
    /// `letter.ftl` alone.
    pub fn messages_file(&self) -> Option<String> {
        (self.family == Family::Regime).then(|| format!("regime-{}.ftl", self.id))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub country_code: String,
    pub country: String,
    pub name_native: Vec<String>,
    pub name_en: String,
    pub acronym: String,
    pub postal_address: String,
    /// The postal address in another of the authority's languages, as it publishes it
    /// (language code -> address), e.g. the Finnish authority's Swedish address.
    #[serde(default)]
    pub postal_address_by_language: BTreeMap<String, String>,
    pub website: String,
    pub email: String,
    pub complaint_url: String,
    pub complaint_notes: String,
    pub languages: Vec<String>,
    pub complaint_language: String,
    pub law: String,
    pub law_notes: String,
    #[serde(default)]
    pub scope_note: String,
    pub uncertain_fields: Vec<String>,
    /// Field name -> "CONFIRMED (source)" or "UNCERTAIN (why)".
    pub status: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthoritiesFile {
    authority: Vec<Authority>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    pub amount: u64,
    pub currency: Currency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Currency {
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "GBP")]
    Gbp,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
        }
    }
}

/// The kinds of act; each has a message `decision-kind-<kind>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionKind {
    InjunctionOrder,
    Decision,
    FormalNotice,
    Sanction,
    PenaltyLiquidation,
    FinesAndPenaltyOrders,
    /// The Austrian DSB's decision: a Bescheid.
    Bescheid,
    /// A court's order setting a decision aside and remitting the case (the Austrian BVwG's
    /// Beschluss under § 28(3) VwGVG), not a judgment on the merits.
    RemittalOrder,
    /// A decision of a UK tribunal (First-tier Tribunal, Upper Tribunal).
    TribunalDecision,
    Letter,
    EnforcementAndPenaltyNotices,
    /// A determination of the Australian Information Commissioner (s 52 Privacy Act 1988).
    Determination,
    /// A report of findings of a Canadian commissioner (non-binding recommendations).
    ReportOfFindings,
    /// An order of a Canadian provincial commissioner.
    Order,
    /// A court's judgment.
    Judgment,
    /// A court's consent order (a settlement made an order of the court).
    ConsentOrder,
    /// A decision of the Québec Commission d'accès à l'information.
    CaiDecision,
    /// A public statement of an authority, not a decision (the Swiss FDPIC's 2020 statements).
    Statement,
}

impl DecisionKind {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::InjunctionOrder => "decision-kind-injunction-order",
            Self::Decision => "decision-kind-decision",
            Self::FormalNotice => "decision-kind-formal-notice",
            Self::Sanction => "decision-kind-sanction",
            Self::PenaltyLiquidation => "decision-kind-penalty-liquidation",
            Self::FinesAndPenaltyOrders => "decision-kind-fines-and-penalty-orders",
            Self::Bescheid => "decision-kind-bescheid",
            Self::RemittalOrder => "decision-kind-remittal-order",
            Self::TribunalDecision => "decision-kind-tribunal-decision",
            Self::Letter => "decision-kind-letter",
            Self::EnforcementAndPenaltyNotices => "decision-kind-enforcement-and-penalty-notices",
            Self::Determination => "decision-kind-determination",
            Self::ReportOfFindings => "decision-kind-report-of-findings",
            Self::Order => "decision-kind-order",
            Self::Judgment => "decision-kind-judgment",
            Self::ConsentOrder => "decision-kind-consent-order",
            Self::CaiDecision => "decision-kind-cai-decision",
            Self::Statement => "decision-kind-statement",
        }
    }

    /// Whether acts of this kind are cited with a reference (and the message has `$reference`).
    pub fn has_reference(self) -> bool {
        !matches!(
            self,
            Self::FinesAndPenaltyOrders
                | Self::Letter
                | Self::EnforcementAndPenaltyNotices
                | Self::Statement
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: String,
    pub jurisdiction: String,
    /// Country code of the authority record, or `"court"`.
    pub authority: String,
    #[serde(default)]
    pub court_name: String,
    pub kind: DecisionKind,
    pub date: NaiveDate,
    /// The sources disagree on the date (Alberta's Order P2021-12): it orders the decisions but is
    /// never printed.
    #[serde(default)]
    pub date_uncertain: bool,
    pub reference: String,
    /// The case name as courts and commissioners cite it in common-law style ("Clearview AI Inc.
    /// v. Information and Privacy Commissioner for British Columbia"); such a decision is cited
    /// with `decision-citation-titled`.
    #[serde(default)]
    pub title: Option<String>,
    /// The authority's own document locator, printed in brackets after the date.
    #[serde(default)]
    pub locator: Option<String>,
    #[serde(default)]
    pub fine: Option<Money>,
    /// The law's term for the fine where it is not "fine" (`monetary-penalty`).
    #[serde(default)]
    pub fine_kind: Option<String>,
    #[serde(default)]
    pub penalty_per_day: Option<Money>,
    #[serde(default)]
    pub penalty_max: Option<Money>,
    pub articles: Vec<crate::citation::Provision>,
    /// Provisions of a law other than the GDPR found breached, as the decision (or its source)
    /// writes them ("APP 3.3"); printed with the regime's `decision-breaches`.
    #[serde(default)]
    pub breaches: Vec<String>,
    pub orders: Vec<String>,
    /// How the orders are introduced where they are not orders: `recommended` (a report of
    /// findings), `declared` (an Australian determination): the message `decision-<verb>`.
    #[serde(default)]
    pub orders_verb: Option<String>,
    #[serde(default)]
    pub outcome: Vec<String>,
    #[serde(rename = "final")]
    pub is_final: bool,
    /// Why a non-final act is not final: the message `not-final-<key>`.
    #[serde(default)]
    pub not_final: Option<String>,
    pub research: String,
    pub sources: Vec<String>,
    pub uncertain: Vec<String>,
}

/// Orders that direct Clearview to erase the data of everybody on the authority's territory.
const ERASE_TERRITORY_ORDERS: [&str; 3] = [
    "erase-territory",
    "erase-territory-after-access",
    "stop-processing-erase-territory",
];

impl Decision {
    pub fn is_court(&self) -> bool {
        self.authority == "court"
    }

    /// A final order to erase the data of all persons on the authority's territory.
    pub fn orders_territorial_erasure(&self) -> bool {
        self.is_final
            && self
                .orders
                .iter()
                .any(|o| ERASE_TERRITORY_ORDERS.contains(&o.as_str()))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    pub name: String,
    pub postal_address: Vec<String>,
    pub as_of: NaiveDate,
    pub source: String,
    pub uncertain: Vec<String>,
    pub former_addresses: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct JurisdictionsFile {
    jurisdiction: Vec<Jurisdiction>,
    #[serde(default)]
    subdivision: Vec<Subdivision>,
    law: Vec<LawInfo>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionsFile {
    decision: Vec<Decision>,
}

/// All embedded data, checked.
#[derive(Debug)]
pub struct Data {
    pub jurisdictions: Vec<Jurisdiction>,
    pub authorities: Vec<Authority>,
    pub decisions: Vec<Decision>,
    pub laws: Vec<LawInfo>,
    pub controller: Controller,
}

static DATA: LazyLock<Result<Data, String>> =
    LazyLock::new(|| Data::load().map_err(|e| e.to_string()));

/// The embedded data, loaded and checked once per process.
pub fn data() -> Result<&'static Data, Error> {
    DATA.as_ref().map_err(|e| Error::Data(e.clone()))
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, Error> {
    toml::from_str(text).map_err(|e| Error::Data(format!("data/{file}: {e}")))
}

impl Data {
    fn load() -> Result<Data, Error> {
        let j: JurisdictionsFile = parse("jurisdictions.toml", JURISDICTIONS)?;
        let a: AuthoritiesFile = parse("authorities.toml", AUTHORITIES)?;
        let d: DecisionsFile = parse("decisions.toml", DECISIONS)?;
        let controller: Controller = parse("controller.toml", CONTROLLER)?;
        let mut problems = Vec::new();
        let mut jurisdictions = j.jurisdiction;
        for j in &mut jurisdictions {
            // A region that is a jurisdiction of its own (US-IL) is in its country all the same.
            j.country = j
                .code
                .split_once('-')
                .map_or(j.code.clone(), |(c, _)| c.to_string());
        }
        // A subdivision is its parent but for the code, the name and the authority.
        for s in j.subdivision {
            match jurisdictions.iter().find(|j| j.code == s.parent) {
                Some(parent) if s.code.starts_with(&format!("{}-", s.parent)) => {
                    let mut sub = parent.clone();
                    sub.code = s.code;
                    sub.name = s.name;
                    sub.aliases = Vec::new();
                    sub.authority = s.authority;
                    sub.authority_rule = None;
                    sub.parent = Some(s.parent);
                    if let Some(law) = s.law {
                        sub.law = law;
                    }
                    if let Some(languages) = s.languages {
                        sub.languages = languages;
                    }
                    if let Some(decisions) = s.decisions {
                        sub.decisions = decisions;
                    }
                    jurisdictions.push(sub);
                }
                _ => problems.push(format!(
                    "jurisdictions.toml: subdivision {} has no parent {} (or its code does not start with {}-)",
                    s.code, s.parent, s.parent
                )),
            }
        }
        let data = Data {
            jurisdictions,
            authorities: a.authority,
            decisions: d.decision,
            laws: j.law,
            controller,
        };
        problems.extend(data.problems());
        if problems.is_empty() {
            Ok(data)
        } else {
            Err(Error::Data(problems.join("; ")))
        }
    }

    /// Every broken reference or missing source in the data (empty when all is well).
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        let mut seen = HashSet::new();
        for j in &self.jurisdictions {
            for code in std::iter::once(&j.code).chain(&j.aliases) {
                if !seen.insert(code.as_str()) {
                    p.push(format!("jurisdictions.toml: code {code} is used twice"));
                }
            }
            if j.authority.is_empty() && j.authority_rule.is_some() {
                // The letter states the rule instead of naming an authority.
            } else if self.authority(&j.authority).is_none() {
                p.push(format!(
                    "jurisdictions.toml: {} names unknown authority {}",
                    j.code, j.authority
                ));
            }
            if j.languages.is_empty() {
                p.push(format!("jurisdictions.toml: {} has no language", j.code));
            }
            for id in &j.decisions {
                match self.decision(id) {
                    None => p.push(format!(
                        "jurisdictions.toml: {} names unknown decision {id}",
                        j.code
                    )),
                    Some(d) if d.jurisdiction != j.country => p.push(format!(
                        "decision {id} belongs to {}, not {}",
                        d.jurisdiction, j.code
                    )),
                    Some(_) => {}
                }
            }
        }
        for a in &self.authorities {
            for field in [
                "name_native",
                "name_en",
                "acronym",
                "postal_address",
                "website",
                "email",
                "complaint_url",
                "languages",
                "law",
            ] {
                let status = a.status.get(field).map(String::as_str).unwrap_or("");
                if !(status.starts_with("CONFIRMED") || status.starts_with("UNCERTAIN")) {
                    p.push(format!(
                        "authorities.toml: {} field {field} has no source status",
                        a.country_code
                    ));
                }
                if status.starts_with("UNCERTAIN") && !a.uncertain_fields.iter().any(|f| f == field)
                {
                    p.push(format!(
                        "authorities.toml: {} field {field} is UNCERTAIN but not in uncertain_fields",
                        a.country_code
                    ));
                }
            }
        }
        for j in &self.jurisdictions {
            if self.law(&j.law).is_none() {
                p.push(format!(
                    "jurisdictions.toml: {} names unknown law {}",
                    j.code, j.law
                ));
            }
        }
        let mut law_ids = HashSet::new();
        for l in &self.laws {
            if !law_ids.insert(l.id.as_str()) {
                p.push(format!("jurisdictions.toml: law {} is given twice", l.id));
            }
            if l.sources.is_empty() || (l.letters_from.is_some() && l.why.trim().is_empty()) {
                p.push(format!("jurisdictions.toml: law {} has no source", l.id));
            }
            for kind in &l.letters {
                if ![
                    "access",
                    "erasure",
                    "access-erasure",
                    "reminder",
                    "complaint",
                ]
                .contains(&kind.as_str())
                {
                    p.push(format!(
                        "jurisdictions.toml: law {} has unknown letter {kind}",
                        l.id
                    ));
                }
            }
            for id in &l.persuasive {
                if self.decision(id).is_none() {
                    p.push(format!(
                        "jurisdictions.toml: law {} cites unknown decision {id}",
                        l.id
                    ));
                }
            }
        }
        let mut ids = HashSet::new();
        for d in &self.decisions {
            if !ids.insert(d.id.as_str()) {
                p.push(format!("decisions.toml: id {} is used twice", d.id));
            }
            if d.sources.is_empty() || d.sources.iter().any(|s| s.trim().is_empty()) {
                p.push(format!("decisions.toml: {} has no source", d.id));
            }
            if d.is_court() {
                if d.court_name.is_empty() {
                    p.push(format!(
                        "decisions.toml: {} is a court ruling without court_name",
                        d.id
                    ));
                }
            } else if self.authority(&d.authority).is_none() {
                p.push(format!(
                    "decisions.toml: {} names unknown authority {}",
                    d.id, d.authority
                ));
            }
            if d.kind.has_reference() == d.reference.is_empty() {
                p.push(format!(
                    "decisions.toml: {}: kind {:?} {} a reference",
                    d.id,
                    d.kind,
                    if d.kind.has_reference() {
                        "needs"
                    } else {
                        "is cited without"
                    }
                ));
            }
            if !self
                .jurisdictions
                .iter()
                .any(|j| j.decisions.contains(&d.id))
            {
                p.push(format!(
                    "decisions.toml: {} is not listed by its jurisdiction",
                    d.id
                ));
            }
        }
        if self.controller.source.trim().is_empty() || self.controller.postal_address.is_empty() {
            p.push("controller.toml: address or source missing".into());
        }
        p
    }

    pub fn authority(&self, country_code: &str) -> Option<&Authority> {
        self.authorities
            .iter()
            .find(|a| a.country_code == country_code)
    }

    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.id == id)
    }

    /// The decisions of a jurisdiction, oldest first.
    pub fn decisions_of<'a>(
        &'a self,
        j: &'a Jurisdiction,
    ) -> impl Iterator<Item = &'a Decision> + 'a {
        j.decisions.iter().filter_map(|id| self.decision(id))
    }

    /// The earliest date a letter for `j` may bear: the newest decision the letters cite, and the
    /// date from which its law's letters state the law in force. With the reason.
    pub fn earliest_letter_date(&self, j: &Jurisdiction) -> (NaiveDate, String) {
        let newest = self.newest_decision_for(j);
        let law = self
            .law(&j.law)
            .and_then(|l| Some((l.letters_from?, l)))
            .filter(|(from, _)| *from > newest);
        match law {
            Some((from, l)) => (from, l.why.clone()),
            None => (
                newest,
                "the date of the newest decision the letters cite".to_string(),
            ),
        }
    }

    /// For a jurisdiction that names no authority of its own (plain `DE`), one of its regions'
    /// codes to suggest (`DE-BW`); None for every other jurisdiction.
    pub fn subdivision_example(&self, code: &str) -> Option<&str> {
        let j = self.jurisdictions.iter().find(|j| j.code == code)?;
        if !j.authority.is_empty() || j.authority_rule.is_none() {
            return None;
        }
        self.jurisdictions
            .iter()
            .find(|s| s.parent.as_deref() == Some(code))
            .map(|s| s.code.as_str())
    }

    /// A law by its id.
    pub fn law(&self, id: &str) -> Option<&LawInfo> {
        self.laws.iter().find(|l| l.id == id)
    }

    /// The law of a jurisdiction (every jurisdiction's law is checked when the data is loaded).
    pub fn law_of(&self, j: &Jurisdiction) -> Result<&LawInfo, Error> {
        self.law(&j.law)
            .ok_or_else(|| Error::Data(format!("{} has no law {}", j.code, j.law)))
    }

    /// The newest decision a letter for `j` cites: its own and its law's persuasive ones.
    pub fn newest_decision_for(&self, j: &Jurisdiction) -> NaiveDate {
        let persuasive = self
            .law(&j.law)
            .map(|l| l.persuasive.as_slice())
            .unwrap_or_default();
        self.decisions_of(j)
            .chain(persuasive.iter().filter_map(|id| self.decision(id)))
            .map(|d| d.date)
            .max()
            .unwrap_or(NaiveDate::MIN)
    }

    /// The earliest date any letter may bear (before the jurisdiction is known): the newest
    /// decision cited by the letters of the jurisdiction whose decisions are oldest.
    pub fn newest_decision_date(&self) -> NaiveDate {
        self.jurisdictions
            .iter()
            .map(|j| self.newest_decision_for(j))
            .min()
            .unwrap_or(NaiveDate::MIN)
    }
}

impl Authority {
    /// The ISO 3166-1 country of the authority (`DE` for the Bavarian `DE-BY`).
    pub fn country(&self) -> &str {
        self.country_code
            .split_once('-')
            .map_or(self.country_code.as_str(), |(c, _)| c)
    }

    fn certain(&self, field: &str) -> bool {
        !self.uncertain_fields.iter().any(|f| f == field)
    }

    /// Whether `field` comes from the authority's own publication (its status names an official
    /// source).
    fn official(&self, field: &str) -> bool {
        self.status
            .get(field)
            .is_some_and(|s| s.starts_with("CONFIRMED (official"))
    }

    /// The native names with their language tag (`"Gegevensbeschermingsautoriteit (nl)"`
    /// becomes `("Gegevensbeschermingsautoriteit", Some("nl"))`), if they are certain.
    pub fn native_names(&self) -> Vec<(&str, Option<&str>)> {
        if !self.certain("name_native") {
            return Vec::new();
        }
        self.name_native
            .iter()
            .map(|n| {
                let n = n.trim();
                match n.strip_suffix(')').and_then(|s| s.rsplit_once(" (")) {
                    Some((name, tag))
                        if tag.len() <= 3 && tag.chars().all(|c| c.is_ascii_lowercase()) =>
                    {
                        (name, Some(tag))
                    }
                    _ => (n, None),
                }
            })
            .collect()
    }

    /// The name to print in a letter written in `language`: the authority's official name in
    /// that language where it has one (a native name in that language, or in an English letter
    /// the English name the authority itself publishes); otherwise its name in its own language, whatever the script ("Αρχή
    /// Προστασίας Δεδομένων Προσωπικού Χαρακτήρα" in an Italian letter), never an English name in
    /// a letter of another language. Uncertain names are never used.
    pub fn name_for(&self, language: &str) -> String {
        let natives = self.native_names();
        let official_here = self.languages.iter().any(|l| l == language);
        let in_language = natives
            .iter()
            .find(|(_, tag)| *tag == Some(language))
            .or_else(|| {
                natives
                    .iter()
                    .find(|(_, tag)| tag.is_none() && official_here)
            });
        if let Some((n, _)) = in_language {
            return (*n).to_string();
        }
        // Its English name only where the authority itself publishes it (its source is the
        // authority's own page), not a rendering by others.
        if language == "en" && self.certain("name_en") && self.official("name_en") {
            return self.name_en.clone();
        }
        // Its own language: the native name of its first official language.
        let own = self.languages.first().map(String::as_str);
        let native = natives
            .iter()
            .find(|(_, tag)| tag.is_some() && *tag == own)
            .or_else(|| natives.first());
        match native {
            // "Der Hamburgische Beauftragte …" carries a German article that other languages
            // replace with their own.
            Some((n, _)) => n
                .strip_prefix("Der ")
                .or_else(|| n.strip_prefix("Die "))
                .unwrap_or(n)
                .to_string(),
            None if self.certain("name_en") => self.name_en.clone(),
            None => self.acronym.clone(),
        }
    }

    /// The lines of the address block of a letter to the authority in `language`: its postal
    /// address in that language where certain, else its e-mail address where certain, else none.
    pub fn postal_lines_for(&self, language: &str) -> Vec<String> {
        match self.address_in(language) {
            Some(a) if !a.trim().is_empty() => a.lines().map(str::to_string).collect(),
            _ => self.email().map(str::to_string).into_iter().collect(),
        }
    }

    /// The postal address on one line, if certain.
    pub fn address_one_line(&self) -> Option<String> {
        self.certain("postal_address")
            .then(|| one_line(&self.postal_address))
    }

    /// The postal address on one line as the authority publishes it for a letter in `language`
    /// (its Swedish address in a Swedish letter to the Finnish authority), else its address.
    pub fn address_for(&self, language: &str) -> Option<String> {
        self.address_in(language).map(one_line)
    }

    /// The certain postal address the authority publishes for `language`, else its certain
    /// postal address, as written in the data.
    fn address_in(&self, language: &str) -> Option<&str> {
        match self.postal_address_by_language.get(language) {
            Some(a) if self.certain("postal_address_by_language") => Some(a),
            _ => self
                .certain("postal_address")
                .then_some(self.postal_address.as_str()),
        }
    }

    pub fn website(&self) -> Option<&str> {
        (self.certain("website") && !self.website.is_empty()).then_some(self.website.as_str())
    }

    pub fn email(&self) -> Option<&str> {
        (self.certain("email") && !self.email.is_empty()).then_some(self.email.as_str())
    }

    pub fn complaint_url(&self) -> Option<&str> {
        (self.certain("complaint_url") && !self.complaint_url.is_empty())
            .then_some(self.complaint_url.as_str())
    }
}

/// An address's lines joined with commas.
fn one_line(address: &str) -> String {
    address
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(", ")
}
