//! The embedded data: jurisdictions, supervisory authorities, decisions against Clearview and the
//! Clearview contact record (TOML files under `data/`, schema in `data/README.md`).
//!
//! Loaded once, checked for cross-references, and never printed where the data marks a fact
//! as uncertain.
//!
//! - [`law`]: jurisdictions, their subdivisions and the laws they apply (`jurisdictions.toml`);
//! - [`authority`]: supervisory authorities and what of their records may be printed;
//! - [`decision`]: decisions against Clearview, their kinds and fines;
//! - here: the Clearview contact record, loading, and the cross-reference checks.

mod authority;
mod decision;
mod law;

pub use authority::*;
pub use decision::*;
pub use law::*;

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Error;

const JURISDICTIONS: &str = include_str!("../../data/jurisdictions.toml");
const AUTHORITIES: &str = include_str!("../../data/authorities.toml");
const DECISIONS: &str = include_str!("../../data/decisions.toml");
const CONTROLLER: &str = include_str!("../../data/controller.toml");

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
