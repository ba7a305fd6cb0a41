//! The wizard's questions: each asks until the shared validation accepts the answer.

use std::path::PathBuf;

use dialoguer::Input;

use super::{interrupted, parent_exists, Wizard};
use crate::data::Jurisdiction;
use crate::error::Error;
use crate::i18n::{self, Status, Ui};
use crate::jurisdiction::fold;
use crate::render::Format;
use crate::request::{self, Field, LetterType, Outcome, RequestKind};

impl Wizard<'_> {
    pub(super) fn ask_ui_language(&mut self) -> Result<(), Error> {
        let langs: Vec<&i18n::LocaleSource> = self.catalog.iter().collect();
        let items: Vec<String> = langs
            .iter()
            .map(|l| format!("{} ({})", l.display_name(), l.lang))
            .collect();
        let default = langs
            .iter()
            .position(|l| l.lang == self.ui.lang)
            .unwrap_or(0);
        let i = self.select(&self.ui.t("ui-language"), &items, default)?;
        self.ui = Ui::new(self.catalog, &langs[i].lang);
        Ok(())
    }

    pub(super) fn ask_jurisdiction(&mut self) -> Result<&'static Jurisdiction, Error> {
        if self.answers.jurisdiction.is_some() && self.problem(Field::Jurisdiction).is_none() {
            if let Ok(j) = crate::jurisdiction::find(
                self.data,
                self.answers.jurisdiction.as_deref().unwrap_or(""),
            ) {
                return Ok(j);
            }
        }
        let names: Vec<(String, &'static Jurisdiction)> = {
            let mut v: Vec<_> = self
                .data
                .jurisdictions
                .iter()
                .filter(|j| !j.is_subdivision())
                .map(|j| (self.country_name(j), j))
                .collect();
            v.sort_by_key(|(n, _)| fold(n));
            v
        };
        loop {
            let typed: String = Input::with_theme(&self.theme)
                .with_prompt(self.ui.t("country-search"))
                .allow_empty(true)
                .interact_text()
                .map_err(interrupted)?;
            let q = fold(&typed);
            let upper = typed.trim().to_ascii_uppercase();
            let matches: Vec<&(String, &Jurisdiction)> = if q.is_empty() {
                names.iter().collect()
            } else {
                names
                    .iter()
                    .filter(|(n, j)| {
                        fold(n).contains(&q)
                            || fold(&j.name).contains(&q)
                            || j.code == upper
                            || j.aliases.contains(&upper)
                    })
                    .collect()
            };
            let chosen = match matches.as_slice() {
                [] => {
                    eprintln!(
                        "{}",
                        self.ui
                            .ta("country-none", &[("input", typed.trim().to_string())])
                    );
                    let suggestions = crate::jurisdiction::suggest(self.data, &typed);
                    if suggestions.is_empty() {
                        continue;
                    }
                    let items: Vec<String> = suggestions
                        .iter()
                        .map(|j| format!("{} ({})", self.country_name(j), j.code))
                        .collect();
                    suggestions[self.select(&self.ui.t("country-pick"), &items, 0)?]
                }
                [(_, j)] => *j,
                many => {
                    let items: Vec<String> = many
                        .iter()
                        .map(|(n, j)| format!("{n} ({})", j.code))
                        .collect();
                    many[self.select(&self.ui.t("country-pick"), &items, 0)?].1
                }
            };
            let args = [
                ("country", self.country_name(chosen)),
                ("code", chosen.code.clone()),
            ];
            eprintln!("  {}", self.ui.ta("country-chosen", &args));
            self.answers.jurisdiction = Some(chosen.code.clone());
            return Ok(chosen);
        }
    }

    /// In a country whose complaint authority depends on the region (Germany: the Land), which
    /// region. A region given with the flags (`DE-BY`) is kept.
    pub(super) fn ask_subdivision(
        &mut self,
        j: &'static Jurisdiction,
    ) -> Result<&'static Jurisdiction, Error> {
        let subs: Vec<&'static Jurisdiction> = self
            .data
            .jurisdictions
            .iter()
            .filter(|s| s.parent.as_deref() == Some(j.code.as_str()))
            .collect();
        if subs.is_empty() {
            return Ok(j);
        }
        let mut items: Vec<String> = subs
            .iter()
            .map(|s| format!("{} ({})", s.name, s.code))
            .collect();
        // Where the country itself names an authority (Canada: the federal commissioner for the
        // provinces without their own law), it is a choice too; Germany's Land must be chosen.
        let mut choices = subs.clone();
        if !j.authority.is_empty() {
            items.push(self.ui.t(&format!("region-other-{}", j.code)));
            choices.push(j);
        }
        let chosen =
            choices[self.select(&self.ui.t(&format!("region-pick-{}", j.code)), &items, 0)?];
        self.answers.jurisdiction = Some(chosen.code.clone());
        Ok(chosen)
    }

    /// What the person wants to do: a request, a reminder, or a complaint. A `--request` given
    /// with the flags answers it.
    pub(super) fn ask_task(&mut self) -> Result<LetterType, Error> {
        self.ask_task_among(&[
            LetterType::Request,
            LetterType::Reminder,
            LetterType::Complaint,
        ])
    }

    /// After the jurisdiction: a task its law has no letter for (no reminder under Illinois law,
    /// no complaint letter where the regulator takes only its own form) is asked again among the
    /// ones it has.
    pub(super) fn check_task(
        &mut self,
        task: LetterType,
        j: &'static Jurisdiction,
    ) -> Result<LetterType, Error> {
        let Some(law) = self.data.law(&j.law) else {
            return Ok(task);
        };
        if task == LetterType::Request || law.has_letter(task.as_str()) {
            return Ok(task);
        }
        eprintln!(
            "{}",
            self.ui.ta(
                "task-unavailable",
                &[
                    ("task", self.ui.t(&format!("task-{}", task.as_str()))),
                    ("law", law.name.clone()),
                ]
            )
        );
        self.answers.request = None;
        let tasks: Vec<LetterType> = [
            LetterType::Request,
            LetterType::Reminder,
            LetterType::Complaint,
        ]
        .into_iter()
        .filter(|t| *t == LetterType::Request || law.has_letter(t.as_str()))
        .collect();
        self.ask_task_among(&tasks)
    }

    fn ask_task_among(&mut self, tasks: &[LetterType]) -> Result<LetterType, Error> {
        match self.answers.request.as_deref().map(str::trim) {
            Some("reminder") => return Ok(LetterType::Reminder),
            Some("complaint") => return Ok(LetterType::Complaint),
            Some(r) if RequestKind::parse(r).is_some() => return Ok(LetterType::Request),
            _ => {}
        }
        let items: Vec<String> = tasks
            .iter()
            .map(|t| self.ui.t(&format!("task-{}", t.as_str())))
            .collect();
        let task = tasks[self.select(&self.ui.t("task-question"), &items, 0)?];
        if task != LetterType::Request {
            self.answers.request = Some(task.as_str().to_string());
        }
        Ok(task)
    }

    /// A reminder's or complaint's facts: which request, when Clearview received it, what it
    /// did, and (complaint) when the person reminded it.
    pub(super) fn ask_follow_up(&mut self, task: LetterType) -> Result<(), Error> {
        if self.answers.first_request.is_none() || self.problem(Field::FirstRequest).is_some() {
            let kind = self.pick_kind("first-request-question")?;
            self.answers.first_request = Some(kind.as_str().to_string());
        }
        self.ask_text(Field::Received, "received-question", true)?;
        if self.answers.outcome.is_none() || self.problem(Field::Outcome).is_some() {
            let outcomes: &[Outcome] = match task {
                LetterType::Reminder => &[Outcome::NoReply, Outcome::Incomplete],
                _ => &Outcome::ALL,
            };
            let items: Vec<String> = outcomes
                .iter()
                .map(|o| self.ui.t(&format!("outcome-{}", o.as_str())))
                .collect();
            let i = self.select(&self.ui.t("outcome-question"), &items, 0)?;
            self.answers.outcome = Some(outcomes[i].as_str().to_string());
        }
        if task == LetterType::Complaint {
            self.ask_text(Field::Reminded, "reminded-question", false)?;
        }
        // A letter about a missing reply written too early: say when it can be written.
        if let Some(p) = self.problem(Field::Date) {
            eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)]));
            return Err(Error::Usage(
                "the reply period has not surely ended yet; run facerights again on the date given"
                    .into(),
            ));
        }
        Ok(())
    }

    pub(super) fn ask_letter_language(
        &mut self,
        j: &Jurisdiction,
        complaint: bool,
    ) -> Result<(), Error> {
        if self.answers.language.is_some() && self.problem(Field::Language).is_none() {
            return Ok(());
        }
        let complete: Vec<&i18n::LocaleSource> = self
            .catalog
            .iter()
            .filter(|l| request::complete_for(self.data, self.catalog, j, &l.lang))
            .collect();
        // A French-speaking user in Belgium gets French: the interface language when it is one
        // of the country's languages, else the country's default.
        // A complaint goes to the authority in its language.
        let default_lang = if complaint {
            request::complaint_language(self.data, self.catalog, j)
        } else if j.languages.contains(&self.ui.lang)
            && request::complete_for(self.data, self.catalog, j, &self.ui.lang)
        {
            self.ui.lang.clone()
        } else {
            request::default_language(self.data, self.catalog, j)
        };
        let items: Vec<String> = complete
            .iter()
            .map(|l| {
                let status = match l.status() {
                    Status::Reviewed => self.ui.t("language-complete"),
                    Status::Draft => self.ui.t("language-draft"),
                };
                format!("{} ({}) — {status}", l.display_name(), l.lang)
            })
            .collect();
        let default = complete
            .iter()
            .position(|l| l.lang == default_lang)
            .unwrap_or(0);
        let i = self.select(&self.ui.t("letter-language"), &items, default)?;
        self.answers.language = Some(complete[i].lang.clone());
        Ok(())
    }

    pub(super) fn ask_request(&mut self) -> Result<(), Error> {
        if self.answers.request.is_some() && self.problem(Field::Request).is_none() {
            return Ok(());
        }
        let kind = self.pick_kind("request-kind")?;
        self.answers.request = Some(kind.as_str().to_string());
        Ok(())
    }

    /// Which request (access and erasure first, the recommended one), asked with `prompt_id`.
    fn pick_kind(&self, prompt_id: &str) -> Result<RequestKind, Error> {
        let kinds = [
            RequestKind::AccessErasure,
            RequestKind::Access,
            RequestKind::Erasure,
        ];
        let items: Vec<String> = kinds
            .iter()
            .map(|k| {
                self.ui
                    .t(&format!("request-{}{}", k.as_str(), self.kind_suffix()))
            })
            .collect();
        Ok(kinds[self.select(&self.ui.t(prompt_id), &items, 0)?])
    }

    /// The suffix of the request-kind labels: `-regime` outside the GDPR (no article numbers).
    pub(super) fn kind_suffix(&self) -> &'static str {
        let regime = self
            .answers
            .jurisdiction
            .as_deref()
            .and_then(|c| crate::jurisdiction::find(self.data, c).ok())
            .and_then(|j| self.data.law(&j.law))
            .is_some_and(|l| l.family == crate::data::Family::Regime);
        if regime {
            "-regime"
        } else {
            ""
        }
    }

    fn slot(&mut self, field: Field) -> &mut Option<String> {
        match field {
            Field::Name => &mut self.answers.name,
            Field::Email => &mut self.answers.email,
            Field::Place => &mut self.answers.place,
            Field::Reference => &mut self.answers.reference,
            Field::Received => &mut self.answers.received,
            Field::Reminded => &mut self.answers.reminded,
            _ => &mut self.answers.jurisdiction,
        }
    }

    /// Asks a one-line field until the shared validation accepts it.
    pub(super) fn ask_text(
        &mut self,
        field: Field,
        prompt_id: &str,
        required: bool,
    ) -> Result<(), Error> {
        if self.slot(field).is_some() && self.problem(field).is_none() {
            return Ok(());
        }
        loop {
            let answer: String = Input::with_theme(&self.theme)
                .with_prompt(self.ui.t(prompt_id))
                .allow_empty(!required)
                .interact_text()
                .map_err(interrupted)?;
            *self.slot(field) = (!answer.trim().is_empty()).then_some(answer);
            match self.problem(field) {
                None => return Ok(()),
                Some(p) => eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)])),
            }
        }
    }

    pub(super) fn ask_address(&mut self) -> Result<(), Error> {
        if !self.answers.address.is_empty() && self.problem(Field::Address).is_none() {
            return Ok(());
        }
        self.answers.address.clear();
        loop {
            let number = self.answers.address.len() + 1;
            let line: String = Input::with_theme(&self.theme)
                .with_prompt(
                    self.ui
                        .ta("address-line", &[("number", number.to_string())]),
                )
                .allow_empty(true)
                .interact_text()
                .map_err(interrupted)?;
            if line.trim().is_empty() {
                match self.problem(Field::Address) {
                    None => return Ok(()),
                    Some(p) => {
                        eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)]));
                        continue;
                    }
                }
            }
            self.answers.address.push(line);
            if let Some(p) = self.problem(Field::Address) {
                self.answers.address.pop();
                eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)]));
            }
        }
    }

    pub(super) fn ask_photo(&mut self) -> Result<(), Error> {
        if self.answers.photo_enclosed {
            return Ok(());
        }
        eprintln!("\n{}", self.ui.t("photo-note"));
        self.answers.photo_enclosed = self.confirm(&self.ui.t("photo-question"), false)?;
        if self.answers.photo_enclosed {
            eprintln!("  {}", self.ui.t("photo-clean"));
        }
        Ok(())
    }

    /// The person's own grounds for the objection, in letters that object (optional).
    pub(super) fn ask_objection_grounds(&mut self) -> Result<(), Error> {
        let objects = self
            .answers
            .request
            .as_deref()
            .and_then(RequestKind::parse)
            .is_some_and(|k| k != RequestKind::Access);
        // Only the GDPR letters object (Art. 21); other laws have no such right.
        let law_objects = self
            .answers
            .jurisdiction
            .as_deref()
            .and_then(|c| crate::jurisdiction::find(self.data, c).ok())
            .and_then(|j| self.data.law(&j.law))
            .is_some_and(|l| l.objection);
        if !objects
            || !law_objects
            || (self.answers.objection_grounds.is_some()
                && self.problem(Field::ObjectionGrounds).is_none())
        {
            return Ok(());
        }
        eprintln!("\n{}", self.ui.t("objection-note"));
        loop {
            let answer: String = Input::with_theme(&self.theme)
                .with_prompt(self.ui.t("objection-question"))
                .allow_empty(true)
                .interact_text()
                .map_err(interrupted)?;
            self.answers.objection_grounds = (!answer.trim().is_empty()).then_some(answer);
            match self.problem(Field::ObjectionGrounds) {
                None => return Ok(()),
                Some(p) => eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)])),
            }
        }
    }

    /// PDF (the built-in fonts, A4) or text, unless given with the flags.
    pub(super) fn ask_format(&self, given: Option<Format>) -> Result<Format, Error> {
        if let Some(f) = given {
            return Ok(f);
        }
        let items = [self.ui.t("format-pdf"), self.ui.t("format-text")];
        Ok(match self.select(&self.ui.t("format"), &items, 0)? {
            0 => Format::Pdf(Default::default()),
            _ => Format::Text,
        })
    }

    /// Where the letter goes; None if the person gave up.
    pub(super) fn ask_output(
        &self,
        given: Option<PathBuf>,
        format: &Format,
        req: &request::Request,
        force: bool,
    ) -> Result<Option<OutputChoice>, Error> {
        let ext = format.extension();
        let what = match req.letter() {
            LetterType::Request => req.kind.as_str().to_string(),
            other => format!("{}-{}", other.as_str(), req.kind.as_str()),
        };
        let mut default = given
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| format!("clearview-{what}-{}.{ext}", self.today));
        loop {
            let path: String = Input::with_theme(&self.theme)
                .with_prompt(self.ui.t("output-path"))
                .default(default.clone())
                .interact_text()
                .map_err(interrupted)?;
            let path = PathBuf::from(path.trim());
            if path.as_os_str().is_empty() {
                continue;
            }
            if path.exists() && !force {
                let replace = self.confirm(
                    &self.ui.ta(
                        "overwrite",
                        &[("path", crate::printable::quoted_path(&path))],
                    ),
                    false,
                )?;
                if !replace {
                    default = crate::printable::quoted_path(&path);
                    continue;
                }
                return Ok(Some(OutputChoice {
                    path,
                    replace: true,
                }));
            }
            if !parent_exists(&path) {
                eprintln!(
                    "  ✗ {}: the folder does not exist",
                    crate::printable::quoted_path(&path)
                );
                continue;
            }
            return Ok(Some(OutputChoice {
                path,
                replace: force,
            }));
        }
    }
}

/// The output file the person chose, and whether replacing it (if it exists) is allowed: they
/// confirmed it, or gave `--force`.
pub(super) struct OutputChoice {
    pub(super) path: PathBuf,
    pub(super) replace: bool,
}
