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

use crate::compose::Composer;
use crate::data::{Data, Jurisdiction};
use crate::error::{Error, ExitCode};
use crate::format::Formatter;
use crate::i18n::{self, Catalog, Ui};
use crate::output;
use crate::render::Format;
use crate::request::{self, Context, Field, LetterType, RequestInput};

mod next;
mod questions;

/// The interface file of a locale (now kept with the other locale files in [`crate::i18n`]).
pub use crate::i18n::UI_FILE;

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
    format: Option<crate::render::Format>,
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
        format: None,
    };
    eprintln!("{}\n", w.ui.t("wizard-welcome"));
    w.ask_ui_language()?;
    let task = w.ask_task()?;
    let j = w.ask_jurisdiction()?;
    let j = w.ask_subdivision(j)?;
    let task = w.check_task(task, j)?;
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
        w.format = Some(format.clone());
        w.recheck_for_pdf()?;
    }
    let req = w.validated()?;
    let composer = Composer::new(data, catalog.clone());
    let letter = composer.compose(&req)?;
    let Some(questions::OutputChoice {
        path,
        replace: overwrite,
    }) = w.ask_output(opts.output, &format, &req, opts.force)?
    else {
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
    let request =
        w.ui.t(&format!("request-{}{}", req.kind.as_str(), w.kind_suffix()));
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
        if j.is_region() {
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
            format: self.format.as_ref(),
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
}

fn parent_exists(path: &Path) -> bool {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.is_dir(),
        _ => true,
    }
}
