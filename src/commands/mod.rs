//! The subcommands: turn parsed arguments into work and print the results. One file per
//! subcommand; what they share (the data, the locales, the interface language) is built once here.

mod batch;
mod generate;
mod info;
mod manual;

use clap::CommandFactory;

use crate::cli::{Cli, Command, LocalesCommand, PaperArg, PdfArgs};
use crate::data::{self, Data};
use crate::error::{Error, ExitCode};
use crate::i18n::Catalog;
use crate::locale_tools;
use crate::render::pdf::{FontFace, Paper, PdfOptions};
use crate::request::RequestInput;
use crate::wizard;

/// What every command that writes letters starts from: the data, the locales (built-in and the
/// user's) and the interface language for its notes.
pub(crate) struct Env {
    pub data: &'static Data,
    pub catalog: Catalog,
    pub ui_lang: String,
}

impl Env {
    fn load(locales_dirs: &[std::path::PathBuf], ui_flag: Option<&str>) -> Result<Env, Error> {
        let catalog = Catalog::load_with_user_dir(locales_dirs)?;
        let ui_lang = ui_language(&catalog, ui_flag)?;
        Ok(Env {
            data: data::data()?,
            catalog,
            ui_lang,
        })
    }
}

pub fn dispatch(cli: Cli) -> Result<ExitCode, Error> {
    if cli.ui_language.is_some() {
        // Checked for every command, so that a typo is never silently ignored.
        ui_language(
            &Catalog::load_with_user_dir(&cli.locales_dir)?,
            cli.ui_language.as_deref(),
        )?;
    }
    match cli.command {
        None if wizard::is_interactive() => {
            let env = Env::load(&cli.locales_dir, cli.ui_language.as_deref())?;
            wizard::run(
                env.data,
                env.catalog,
                wizard::Options {
                    prefill: RequestInput::default(),
                    output: None,
                    format: None,
                    force: false,
                    ui_language: env.ui_lang,
                },
            )
        }
        None => {
            // Without a terminal the tool never prompts: it prints the help.
            let _ = Cli::command().print_help();
            println!();
            Ok(ExitCode::Success)
        }
        Some(Command::Generate(args)) => {
            generate::run(&cli.locales_dir, cli.ui_language.as_deref(), *args)
        }
        Some(Command::Jurisdictions { json }) => info::jurisdictions(&cli.locales_dir, json),
        Some(Command::Batch(args)) => {
            batch::run(&cli.locales_dir, cli.ui_language.as_deref(), *args)
        }
        Some(Command::Locales { command }) => match command {
            LocalesCommand::List { json } => info::locales_list(&cli.locales_dir, json),
            LocalesCommand::Check { targets, json } => {
                locale_tools::check(&Catalog::load_for_check(&cli.locales_dir)?, &targets, json)
            }
            LocalesCommand::New { lang, dir, force } => locale_tools::new(
                &Catalog::load_with_user_dir(&cli.locales_dir)?,
                &lang,
                &dir,
                force,
            ),
        },
        Some(Command::Completions { shell }) => manual::completions(shell),
        Some(Command::Man) => manual::man(),
    }
}

/// PDF options from the flags (loading `--font` once).
fn pdf_options(args: &PdfArgs) -> Result<PdfOptions, Error> {
    let fallback_font = match &args.font {
        Some(path) => Some(std::sync::Arc::new(
            FontFace::load(path).map_err(|e| Error::Usage(format!("--font: {e}")))?,
        )),
        None => None,
    };
    Ok(PdfOptions {
        paper: args.paper.map(|p| match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }),
        fallback_font,
    })
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The interface language: `--ui-language` (a locale that exists), else the environment's.
fn ui_language(catalog: &Catalog, flag: Option<&str>) -> Result<String, Error> {
    match flag {
        None => Ok(wizard::environment_language(catalog)),
        Some(lang) if catalog.get(lang).is_some() => Ok(lang.to_string()),
        Some(lang) => Err(Error::Usage(format!(
            "--ui-language: no locale `{}`; available: {}",
            crate::printable::printable(lang),
            catalog
                .iter()
                .map(|l| l.lang.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}
