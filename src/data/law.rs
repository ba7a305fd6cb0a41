//! Jurisdictions, their subdivisions and the laws they apply (`data/jurisdictions.toml`).

use chrono::NaiveDate;
use serde::Deserialize;

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
pub(super) struct Subdivision {
    pub(super) code: String,
    pub(super) parent: String,
    pub(super) name: String,
    pub(super) authority: String,
    /// A region with its own law (a Canadian province with its own private-sector act) gives it,
    /// with its languages and decisions; otherwise those of the parent apply.
    #[serde(default)]
    pub(super) law: Option<String>,
    #[serde(default)]
    pub(super) languages: Option<Vec<String>>,
    #[serde(default)]
    pub(super) decisions: Option<Vec<String>>,
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
