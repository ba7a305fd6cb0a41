//! The interactive wizard: questions on stderr, answers from the terminal, every answer checked
//! by the same validation as the flags ([`RequestInput::validate`]).
//!
//! It only runs when stdin and stderr are terminals (dialoguer's prompts misbehave otherwise).
//! Nothing is written before the final confirmation; Ctrl-C leaves no file and a usable terminal.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Input, Select};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::compose::Composer;
use crate::data::{Data, Jurisdiction};
use crate::error::{Error, ExitCode};
use crate::format::Formatter;
use crate::i18n::{self, Catalog, Status};
use crate::jurisdiction::fold;
use crate::output;
use crate::render::Format;
use crate::request::{self, Context, Field, LetterType, Outcome, RequestInput, RequestKind};

/// The interface file of a locale.
pub const UI_FILE: &str = "ui.ftl";

/// Whether the wizard can run: both the input and the prompts' output are terminals.
pub fn is_interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// What the wizard starts from: answers already given as flags.
pub struct Options {
    pub prefill: RequestInput,
    pub output: Option<PathBuf>,
    /// The output format given with the flags (text or PDF); else the wizard asks.
    pub format: Option<Format>,
    pub force: bool,
    /// The interface language (`--ui-language`, else from the environment).
    pub ui_language: String,
}

/// Messages of the interface (`ui.ftl`) in one language, falling back to English message by
/// message (never inside a letter). Used by the wizard and for the notes of every command.
pub(crate) struct Ui {
    pub(crate) lang: String,
    primary: Option<FluentBundle<FluentResource>>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn ui_bundle(catalog: &Catalog, lang: &str) -> Option<FluentBundle<FluentResource>> {
    let file = catalog.get(lang)?.files.get(UI_FILE)?;
    let (res, _) = i18n::parse_file(file);
    let id: LanguageIdentifier = lang.parse().ok()?;
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b.add_resource(res).ok()?;
    Some(b)
}

impl Ui {
    pub(crate) fn new(catalog: &Catalog, lang: &str) -> Ui {
        Ui {
            lang: lang.to_string(),
            primary: ui_bundle(catalog, lang),
            fallback: ui_bundle(catalog, i18n::REFERENCE),
        }
    }

    pub(crate) fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    pub(crate) fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for bundle in [&self.primary, &self.fallback].into_iter().flatten() {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                if errors.is_empty() {
                    return s.into_owned();
                }
            }
        }
        id.to_string()
    }

    /// The note that a letter language's text is a draft, in this interface language; with
    /// `letters`, how many letters of a batch are in it. None for a reviewed language.
    pub(crate) fn draft_note(
        &self,
        catalog: &Catalog,
        letter_lang: &str,
        letters: Option<usize>,
    ) -> Option<String> {
        let src = catalog.get(letter_lang)?;
        if src.status() != Status::Draft {
            return None;
        }
        let language = format!("{} ({letter_lang})", src.display_name());
        let note = self.ta("draft-note", &[("language", language)]);
        Some(match letters {
            None => note,
            Some(n) => format!(
                "{note} {}",
                self.ta("draft-note-letters", &[("count", n.to_string())])
            ),
        })
    }

    /// Whether `answer` means yes (Some(true)) or no in this language: the words of
    /// `answer-yes` and `answer-no`, their first letters, and y or n, in any case.
    fn yes_no(&self, answer: &str) -> Option<bool> {
        let a = answer.trim().to_lowercase();
        let yes = self.t("answer-yes").to_lowercase();
        let no = self.t("answer-no").to_lowercase();
        let initial = |w: &str| w.chars().next().map(|c| c.to_string()).unwrap_or_default();
        if a == yes || a == initial(&yes) || a == "y" || a == "yes" {
            Some(true)
        } else if a == no || a == initial(&no) || a == "n" || a == "no" {
            Some(false)
        } else {
            None
        }
    }
}

/// The interface language from the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), if we have it.
pub fn environment_language(catalog: &Catalog) -> String {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            let lang = v
                .split(['_', '.', '@', '-'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if !lang.is_empty() && lang != "c" && lang != "posix" {
                if catalog.get(&lang).is_some() {
                    return lang;
                }
                break;
            }
        }
    }
    i18n::REFERENCE.to_string()
}

fn interrupted(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        Error::Interrupted
    } else {
        Error::Io {
            path: PathBuf::from("<terminal>"),
            source: io,
        }
    }
}

struct Wizard<'a> {
    data: &'static Data,
    catalog: &'a Catalog,
    theme: ColorfulTheme,
    ui: Ui,
    today: NaiveDate,
    answers: RequestInput,
    /// Set once PDF is chosen: answers must then be drawable by its fonts.
    covers: Option<Box<dyn Fn(char) -> bool + Sync>>,
}

pub fn run(data: &'static Data, catalog: Catalog, opts: Options) -> Result<ExitCode, Error> {
    // Ctrl-C: restore the cursor and leave with 130. Files are only written after the final
    // confirmation, atomically, and a temporary file is removed, so none is left behind.
    crate::interrupt::install(crate::interrupt::Mode::Immediate);
    let result = run_inner(data, catalog, opts);
    let _ = console::Term::stderr().show_cursor();
    result
}

fn run_inner(data: &'static Data, catalog: Catalog, opts: Options) -> Result<ExitCode, Error> {
    let mut w = Wizard {
        data,
        catalog: &catalog,
        theme: ColorfulTheme::default(),
        ui: Ui::new(&catalog, &opts.ui_language),
        today: chrono::Local::now().date_naive(),
        answers: opts.prefill.clone(),
        covers: None,
    };
    eprintln!("{}\n", w.ui.t("wizard-welcome"));
    w.ask_ui_language()?;
    let task = w.ask_task()?;
    let j = w.ask_jurisdiction()?;
    let j = w.ask_subdivision(j)?;
    w.ask_letter_language(j, task == LetterType::Complaint)?;
    if task == LetterType::Request {
        w.ask_request()?;
    } else {
        w.ask_follow_up(task)?;
    }
    w.ask_text(Field::Name, "name", true)?;
    w.ask_text(Field::Email, "email", false)?;
    w.ask_address()?;
    w.ask_text(Field::Place, "place", false)?;
    if task == LetterType::Request {
        w.ask_photo()?;
        w.ask_objection_grounds()?;
    }
    let format = w.ask_format(opts.format)?;
    if format.pdf().is_some() {
        let f = format.clone();
        w.covers = Some(Box::new(move |c| f.covers(c)));
        w.recheck_for_pdf()?;
    }
    let req = w.validated()?;
    let composer = Composer::new(data, catalog.clone());
    let letter = composer.compose(&req)?;
    let Some((path, overwrite)) = w.ask_output(opts.output, &format, &req, opts.force)? else {
        eprintln!("{}", w.ui.t("cancelled"));
        return Ok(ExitCode::Interrupted);
    };
    // Summary and preview, then the one confirmation before anything is written.
    let country = w.country_name(req.jurisdiction);
    let language = catalog
        .get(&req.language)
        .map(|l| l.display_name().to_string())
        .unwrap_or_default();
    eprintln!("\n{}", w.ui.t("summary-title"));
    eprintln!("  {}: {country}", w.ui.t("summary-country"));
    eprintln!("  {}: {language}", w.ui.t("summary-language"));
    let request = w.ui.t(&format!("request-{}", req.kind.as_str()));
    let letter_name = match req.letter() {
        LetterType::Request => request,
        other => format!(
            "{} — {request}",
            w.ui.t(&format!("task-{}", other.as_str()))
        ),
    };
    eprintln!("  {}: {letter_name}", w.ui.t("summary-request"));
    eprintln!(
        "  {}: {}",
        w.ui.t("summary-file"),
        crate::printable::quoted_path(&path)
    );
    eprintln!("\n{}", w.ui.t("preview-title"));
    for line in crate::render::text::render(&letter).lines().take(18) {
        eprintln!("  │ {line}");
    }
    eprintln!("  │ …\n");
    if let Some(note) = w.ui.draft_note(&catalog, &req.language, None) {
        eprintln!("{note}\n");
    }
    let go = w.confirm(&w.ui.t("confirm-write"), true)?;
    if !go {
        eprintln!("{}", w.ui.t("cancelled"));
        return Ok(ExitCode::Interrupted);
    }
    let envelope = crate::render::eml::Envelope::default();
    output::deliver(
        &letter,
        &format,
        &envelope,
        &output::Target::File(path.clone()),
        overwrite,
    )?;
    eprintln!(
        "\n{}",
        w.ui.ta("written", &[("path", crate::printable::quoted_path(&path))])
    );
    w.next_steps(&req)?;
    Ok(ExitCode::Success)
}

impl Wizard<'_> {
    fn formatter(&self) -> Option<Formatter> {
        let loc = self
            .catalog
            .get(&self.ui.lang)
            .map(|l| l.format_locale())
            .unwrap_or("en");
        Formatter::new(loc).ok()
    }

    /// The country's name in the interface language; a region follows it ("Deutschland – Bayern").
    fn country_name(&self, j: &Jurisdiction) -> String {
        let country = self
            .formatter()
            .and_then(|f| f.country(&j.country))
            .unwrap_or_else(|| j.name.clone());
        if j.is_subdivision() {
            format!("{country} – {}", j.name)
        } else {
            country
        }
    }

    /// The context the shared validation needs.
    fn context(&self) -> Context<'_> {
        Context {
            data: self.data,
            catalog: self.catalog,
            today: self.today,
            drawable: self.covers.as_deref(),
        }
    }

    /// After PDF was chosen: asks again for any answer the PDF fonts cannot draw.
    fn recheck_for_pdf(&mut self) -> Result<(), Error> {
        for (field, prompt) in [(Field::Name, "name"), (Field::Place, "place")] {
            if let Some(p) = self.problem(field) {
                eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)]));
                self.ask_text(field, prompt, field == Field::Name)?;
            }
        }
        if let Some(p) = self.problem(Field::Address) {
            eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)]));
            self.ask_address()?;
        }
        Ok(())
    }

    /// The problem the shared validation finds with `field` in the answers so far, if any.
    fn problem(&self, field: Field) -> Option<String> {
        match self.answers.validate(&self.context(), Field::column) {
            Err(Error::Invalid(errors)) => errors
                .into_iter()
                .find(|e| e.field == field.column())
                .map(|e| e.problem),
            _ => None,
        }
    }

    fn validated(&self) -> Result<request::Request, Error> {
        self.answers.validate(&self.context(), Field::flag)
    }

    /// A yes/no question answered in the interface language ("ja"/"nein", "oui"/"non"; y and n
    /// always work); Enter takes `default`.
    fn confirm(&self, prompt: &str, default: bool) -> Result<bool, Error> {
        let yes = self.ui.t("answer-yes");
        let no = self.ui.t("answer-no");
        let answer: String = Input::with_theme(&self.theme)
            .with_prompt(format!("{prompt} ({yes}/{no})"))
            .default(if default { yes.clone() } else { no.clone() })
            .validate_with(|a: &String| -> Result<(), String> {
                match self.ui.yes_no(a) {
                    Some(_) => Ok(()),
                    None => Err(format!("{yes} / {no}")),
                }
            })
            .interact_text()
            .map_err(interrupted)?;
        Ok(self.ui.yes_no(&answer).unwrap_or(default))
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> Result<usize, Error> {
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .max_length(12)
            .interact()
            .map_err(interrupted)
    }

    fn ask_ui_language(&mut self) -> Result<(), Error> {
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

    fn ask_jurisdiction(&mut self) -> Result<&'static Jurisdiction, Error> {
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
    fn ask_subdivision(
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
        let items: Vec<String> = subs
            .iter()
            .map(|s| format!("{} ({})", s.name, s.code))
            .collect();
        let chosen = subs[self.select(&self.ui.t("land-pick"), &items, 0)?];
        self.answers.jurisdiction = Some(chosen.code.clone());
        Ok(chosen)
    }

    /// What the person wants to do: a request, a reminder, or a complaint. A `--request` given
    /// with the flags answers it.
    fn ask_task(&mut self) -> Result<LetterType, Error> {
        match self.answers.request.as_deref().map(str::trim) {
            Some("reminder") => return Ok(LetterType::Reminder),
            Some("complaint") => return Ok(LetterType::Complaint),
            Some(r) if RequestKind::parse(r).is_some() => return Ok(LetterType::Request),
            _ => {}
        }
        let tasks = [
            LetterType::Request,
            LetterType::Reminder,
            LetterType::Complaint,
        ];
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
    fn ask_follow_up(&mut self, task: LetterType) -> Result<(), Error> {
        if self.answers.first_request.is_none() || self.problem(Field::FirstRequest).is_some() {
            let kinds = [
                RequestKind::AccessErasure,
                RequestKind::Access,
                RequestKind::Erasure,
            ];
            let items: Vec<String> = kinds
                .iter()
                .map(|k| self.ui.t(&format!("request-{}", k.as_str())))
                .collect();
            let i = self.select(&self.ui.t("first-request-question"), &items, 0)?;
            self.answers.first_request = Some(kinds[i].as_str().to_string());
        }
        self.ask_date(Field::Received, "received-question", true)?;
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
            self.ask_date(Field::Reminded, "reminded-question", false)?;
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

    /// Asks a date field (YYYY-MM-DD) until the shared validation accepts it.
    fn ask_date(&mut self, field: Field, prompt_id: &str, required: bool) -> Result<(), Error> {
        fn slot<'w>(w: &'w mut Wizard<'_>, field: Field) -> &'w mut Option<String> {
            match field {
                Field::Reminded => &mut w.answers.reminded,
                _ => &mut w.answers.received,
            }
        }
        if slot(self, field).is_some() && self.problem(field).is_none() {
            return Ok(());
        }
        loop {
            let answer: String = Input::with_theme(&self.theme)
                .with_prompt(self.ui.t(prompt_id))
                .allow_empty(!required)
                .interact_text()
                .map_err(interrupted)?;
            *slot(self, field) = (!answer.trim().is_empty()).then(|| answer.trim().to_string());
            match self.problem(field) {
                None => return Ok(()),
                Some(p) => eprintln!("  ✗ {}", self.ui.ta("invalid-answer", &[("problem", p)])),
            }
        }
    }

    fn ask_letter_language(&mut self, j: &Jurisdiction, complaint: bool) -> Result<(), Error> {
        if self.answers.language.is_some() && self.problem(Field::Language).is_none() {
            return Ok(());
        }
        let complete: Vec<&i18n::LocaleSource> = self
            .catalog
            .iter()
            .filter(|l| self.catalog.is_letter_complete(&l.lang))
            .collect();
        // A French-speaking user in Belgium gets French: the interface language when it is one
        // of the country's languages, else the country's default.
        // A complaint goes to the authority in its language.
        let default_lang = if complaint {
            request::complaint_language(self.data, self.catalog, j)
        } else if j.languages.contains(&self.ui.lang)
            && self.catalog.is_letter_complete(&self.ui.lang)
        {
            self.ui.lang.clone()
        } else {
            request::default_language(self.catalog, j)
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

    fn ask_request(&mut self) -> Result<(), Error> {
        if self.answers.request.is_some() && self.problem(Field::Request).is_none() {
            return Ok(());
        }
        let kinds = [
            RequestKind::AccessErasure,
            RequestKind::Access,
            RequestKind::Erasure,
        ];
        let items: Vec<String> = kinds
            .iter()
            .map(|k| self.ui.t(&format!("request-{}", k.as_str())))
            .collect();
        let i = self.select(&self.ui.t("request-kind"), &items, 0)?;
        self.answers.request = Some(kinds[i].as_str().to_string());
        Ok(())
    }

    fn slot(&mut self, field: Field) -> &mut Option<String> {
        match field {
            Field::Name => &mut self.answers.name,
            Field::Email => &mut self.answers.email,
            Field::Place => &mut self.answers.place,
            Field::Reference => &mut self.answers.reference,
            _ => &mut self.answers.jurisdiction,
        }
    }

    /// Asks a one-line field until the shared validation accepts it.
    fn ask_text(&mut self, field: Field, prompt_id: &str, required: bool) -> Result<(), Error> {
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

    fn ask_address(&mut self) -> Result<(), Error> {
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

    fn ask_photo(&mut self) -> Result<(), Error> {
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
    fn ask_objection_grounds(&mut self) -> Result<(), Error> {
        let objects = self
            .answers
            .request
            .as_deref()
            .and_then(RequestKind::parse)
            .is_some_and(|k| k != RequestKind::Access);
        if !objects
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
    fn ask_format(&self, given: Option<Format>) -> Result<Format, Error> {
        if let Some(f) = given {
            return Ok(f);
        }
        let items = [self.ui.t("format-pdf"), self.ui.t("format-text")];
        Ok(match self.select(&self.ui.t("format"), &items, 0)? {
            0 => Format::Pdf(Default::default()),
            _ => Format::Text,
        })
    }

    /// The output path and whether replacing it was confirmed; None if the person gave up.
    fn ask_output(
        &self,
        given: Option<PathBuf>,
        format: &Format,
        req: &request::Request,
        force: bool,
    ) -> Result<Option<(PathBuf, bool)>, Error> {
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
                return Ok(Some((path, true)));
            }
            if !parent_exists(&path) {
                eprintln!(
                    "  ✗ {}: the folder does not exist",
                    crate::printable::quoted_path(&path)
                );
                continue;
            }
            return Ok(Some((path, force)));
        }
    }

    fn next_steps(&self, req: &request::Request) -> Result<(), Error> {
        let j = req.jurisdiction;
        eprintln!("\n{}", self.ui.t("next-steps-title"));
        eprintln!("  1. {}", self.ui.t("next-sign"));
        let c = &self.data.controller;
        let recipient = match req.letter() {
            // A complaint goes to the authority, whose address the letter shows.
            LetterType::Complaint => self
                .data
                .authority(&j.authority)
                .map(|a| {
                    format!(
                        "{}, {}",
                        a.name_for(&self.ui.lang),
                        a.address_for(&self.ui.lang).unwrap_or_default()
                    )
                })
                .unwrap_or_default(),
            _ => std::iter::once(c.name.as_str())
                .chain(c.postal_address.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(", "),
        };
        eprintln!(
            "  2. {}",
            self.ui.ta("next-send", &[("recipient", recipient)])
        );
        eprintln!("  3. {}", self.ui.t("next-copy"));
        if req.letter() != LetterType::Request {
            return Ok(());
        }
        let date = |d: NaiveDate| {
            self.formatter()
                .map(|f| f.date(d))
                .unwrap_or_else(|| d.to_string())
        };
        if let Some(dl) = req.deadline(self.data) {
            eprintln!(
                "  4. {}",
                self.ui.ta("next-deadline", &[("date", date(dl.ends))])
            );
        }
        if let Some(a) = self.data.authority(&j.authority) {
            let args = [
                ("authority", a.name_for(&self.ui.lang)),
                ("address", a.address_for(&self.ui.lang).unwrap_or_default()),
                ("website", a.website().unwrap_or_default().to_string()),
            ];
            // UK: a complaint to the controller first (s. 164A DPA 2018).
            let id = match j.law {
                crate::data::Law::UkGdpr => "next-complain-uk",
                _ => "next-complain",
            };
            eprintln!("  5. {}", self.ui.ta(id, &args));
        } else if j.authority_rule.is_some() {
            eprintln!("  5. {}", self.ui.t("next-complain-land"));
        }
        self.offer_calendar(req, &date)
    }

    /// After a request: the deadline as a calendar file, if the person wants one.
    fn offer_calendar(
        &self,
        req: &request::Request,
        date: &dyn Fn(NaiveDate) -> String,
    ) -> Result<(), Error> {
        let Some(dl) = req.deadline(self.data) else {
            return Ok(());
        };
        eprintln!();
        if !self.confirm(&self.ui.t("calendar-question"), false)? {
            return Ok(());
        }
        let path: String = Input::with_theme(&self.theme)
            .with_prompt(self.ui.t("calendar-path"))
            .default(format!("clearview-deadline-{}.ics", dl.ends))
            .interact_text()
            .map_err(interrupted)?;
        let path = PathBuf::from(path.trim());
        let request = self.ui.t(&format!("request-short-{}", req.kind.as_str()));
        let args = [
            ("request", request),
            ("ends", date(dl.ends)),
            ("received", date(dl.received)),
            ("follow_up", date(dl.follow_up_from)),
        ];
        let text = crate::calendar::EventText {
            summary: self.ui.ta("calendar-summary", &args),
            description: self.ui.ta("calendar-description", &args),
            alarm: self.ui.t("calendar-alarm"),
        };
        let key = format!(
            "{}|{}|{}|{}",
            req.jurisdiction.code,
            req.kind.as_str(),
            dl.received,
            req.name
        );
        let ics = crate::calendar::deadline_event(dl.ends, &text, &key);
        output::write_file(&path, ics.as_bytes(), false)?;
        eprintln!(
            "{}",
            self.ui.ta(
                "note-calendar",
                &[("path", crate::printable::quoted_path(&path))]
            )
        );
        Ok(())
    }
}

fn parent_exists(path: &Path) -> bool {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.is_dir(),
        _ => true,
    }
}
