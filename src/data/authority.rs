//! Supervisory authorities (`data/authorities.toml`): their records, and which of their fields
//! may be printed (never one marked uncertain).

use std::collections::BTreeMap;

use serde::Deserialize;

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
pub(super) struct AuthoritiesFile {
    pub(super) authority: Vec<Authority>,
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
