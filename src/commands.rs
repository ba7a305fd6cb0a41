//! The subcommands: turn parsed arguments into work and print the results.

use std::io::IsTerminal;
use std::sync::Arc;

use clap::CommandFactory;

use crate::batch::input::InputFormat;
use crate::batch::Rendered;
use crate::cli::{
    BatchArgs, Cli, Command, FormatArg, GenerateArgs, InputFormatArg, LocalesCommand, PaperArg,
    PdfArgs,
};
use crate::compose::Composer;
use crate::data::{self, Jurisdiction, Law};
use crate::error::{Error, ExitCode};
use crate::i18n::{Catalog, Status};
use crate::interrupt;
use crate::letter::Letter;
use crate::locale_tools;
use crate::output::{self, Target, Written};
use crate::render;
use crate::render::pdf::{self, FontFace, Paper, PdfOptions};
use crate::request::{self, Context, Field, RequestInput};
use crate::wizard;

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
            let catalog = Catalog::load_with_user_dir(&cli.locales_dir)?;
            let ui_language = ui_language(&catalog, cli.ui_language.as_deref())?;
            wizard::run(
                data::data()?,
                catalog,
                wizard::Options {
                    prefill: RequestInput::default(),
                    output: None,
                    format: None,
                    force: false,
                    pdf: Some(wizard_pdf()),
                    ui_language,
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
            generate(&cli.locales_dir, cli.ui_language.as_deref(), *args)
        }
        Some(Command::Jurisdictions { json }) => jurisdictions(&cli.locales_dir, json),
        Some(Command::Batch(args)) => batch(&cli.locales_dir, cli.ui_language.as_deref(), *args),
        Some(Command::Locales { command }) => match command {
            LocalesCommand::List { json } => locales_list(&cli.locales_dir, json),
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
    }
}

/// Output format, from `--format` or the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Pdf,
}

fn output_format(flag: Option<FormatArg>, target: &Target) -> Format {
    match flag {
        Some(FormatArg::Text) => Format::Text,
        Some(FormatArg::Pdf) => Format::Pdf,
        None => match target {
            Target::File(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) => {
                Format::Pdf
            }
            _ => Format::Text,
        },
    }
}

impl From<&GenerateArgs> for RequestInput {
    fn from(a: &GenerateArgs) -> RequestInput {
        RequestInput {
            jurisdiction: a.jurisdiction.clone(),
            request: a.request.clone(),
            name: a.name.clone(),
            email: a.email.clone(),
            address: a.address.clone(),
            language: a.language.clone(),
            place: a.place.clone(),
            date: a.date.clone(),
            reference: a.reference.clone(),
            recipient_address: a.recipient_address.clone(),
            photo_enclosed: a.photo_enclosed,
            objection_grounds: a.objection_grounds.clone(),
        }
    }
}

/// PDF options from the flags (loading `--font` once).
fn pdf_options(args: &PdfArgs) -> Result<PdfOptions, Error> {
    let fallback_font = match &args.font {
        Some(path) => Some(Arc::new(
            FontFace::load(path).map_err(|e| Error::Usage(format!("--font: {e}")))?,
        )),
        None => None,
    };
    Ok(PdfOptions {
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        fallback_font,
    })
}

fn render_pdf(letter: &Letter, opts: &PdfOptions) -> Result<Vec<u8>, Error> {
    pdf::render(letter, opts).map_err(|e| Error::Render(e.to_string()))
}

/// PDF in the wizard: A4 and the built-in fonts.
fn wizard_pdf() -> wizard::PdfSupport {
    wizard::PdfSupport {
        render: |letter| render_pdf(letter, &PdfOptions::default()),
        drawable: |c| pdf::covers(c, &PdfOptions::default()),
    }
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

fn generate(
    locales_dirs: &[std::path::PathBuf],
    ui_flag: Option<&str>,
    args: GenerateArgs,
) -> Result<ExitCode, Error> {
    let data = data::data()?;
    let catalog = Catalog::load_with_user_dir(locales_dirs)?;
    let ui_lang = ui_language(&catalog, ui_flag)?;
    let input = RequestInput::from(&args);
    let missing = input.missing();
    if !missing.is_empty() && wizard::is_interactive() {
        // On a terminal, ask for what is missing (flags already given are kept).
        let format = args.format.map(|f| match f {
            FormatArg::Text => wizard::WizardFormat::Text,
            FormatArg::Pdf => wizard::WizardFormat::Pdf,
        });
        return wizard::run(
            data,
            catalog,
            wizard::Options {
                prefill: input,
                output: args.output.clone(),
                format,
                force: args.force,
                pdf: Some(wizard_pdf()),
                ui_language: ui_lang,
            },
        );
    }
    if !missing.is_empty() {
        let flags: Vec<&str> = missing.iter().map(|f| f.flag()).collect();
        return Err(Error::Usage(format!(
            "missing required {}: {}\n\nExample: facerights generate --jurisdiction IT --request access --name \"Maria Rossi\"",
            if flags.len() == 1 { "flag" } else { "flags" },
            flags.join(", ")
        )));
    }
    let target = Target::from_arg(args.output.as_deref());
    let format = output_format(args.format, &target);
    if format == Format::Pdf && target == Target::Stdout && std::io::stdout().is_terminal() {
        return Err(Error::Usage(
            "a PDF is binary: give a file with -o letter.pdf, or redirect standard output".into(),
        ));
    }
    let pdf_opts = match format {
        Format::Pdf => Some(pdf_options(&args.pdf)?),
        Format::Text => None,
    };
    let drawable = pdf_opts.as_ref().map(|o| move |c: char| pdf::covers(c, o));
    let ctx = Context {
        data,
        catalog: &catalog,
        today: today(),
        drawable: drawable
            .as_ref()
            .map(|f| f as &(dyn Fn(char) -> bool + Sync)),
    };
    let req = input.validate(&ctx, Field::flag)?;
    let composer = Composer::new(data, catalog);
    let letter = composer.compose(&req)?;
    let bytes = match &pdf_opts {
        Some(o) => render_pdf(&letter, o)?,
        None => render::text::render(&letter).into_bytes(),
    };
    // A signal from here on removes the temporary file and exits with 130.
    interrupt::install(interrupt::Mode::Immediate);
    let written = output::write(&target, &bytes, args.force)?;
    let ui = wizard::Ui::new(composer.catalog(), &ui_lang);
    if let Target::File(path) = &target {
        let id = if written == Written::Replaced {
            "note-replaced"
        } else {
            "note-wrote"
        };
        eprintln!(
            "{}",
            ui.ta(id, &[("path", crate::printable::quoted_path(path))])
        );
    }
    if let Some(note) = ui.draft_note(composer.catalog(), &req.language, None) {
        eprintln!("{note}");
    }
    if let Some(example) =
        crate::batch::subdivision_example(data, std::iter::once(&req.jurisdiction.code))
    {
        eprintln!("{}", ui.ta("note-subdivision", &[("example", example)]));
    }
    Ok(ExitCode::Success)
}

fn batch(
    locales_dirs: &[std::path::PathBuf],
    ui_flag: Option<&str>,
    args: BatchArgs,
) -> Result<ExitCode, Error> {
    if args.print_template {
        output::write(
            &Target::Stdout,
            crate::batch::template_csv().as_bytes(),
            false,
        )?;
        eprint!("{}", crate::batch::column_help());
        return Ok(ExitCode::Success);
    }
    let (Some(input), Some(out_dir)) = (args.input, args.out_dir) else {
        return Err(Error::Usage(
            "batch needs an input file and --out-dir".into(),
        ));
    };
    let data = data::data()?;
    let catalog = Catalog::load_with_user_dir(locales_dirs)?;
    let ui_language = ui_language(&catalog, ui_flag)?;
    let input_format = match args.input_format {
        Some(InputFormatArg::Csv) => InputFormat::Csv,
        Some(InputFormatArg::Jsonl) => InputFormat::Jsonl,
        None => InputFormat::from_path(&input),
    };
    type Drawable = Arc<dyn Fn(char) -> bool + Send + Sync>;
    let (ext, render, drawable): (&'static str, crate::batch::Renderer, Option<Drawable>) =
        match args.format {
            FormatArg::Text => (
                "txt",
                Arc::new(|l: &Letter| Ok(Rendered::hashing(render::text::render(l).into_bytes()))),
                None,
            ),
            FormatArg::Pdf => {
                let opts = Arc::new(pdf_options(&args.pdf)?);
                let for_render = opts.clone();
                (
                    "pdf",
                    Arc::new(move |l: &Letter| {
                        let r = pdf::render_parts(l, &for_render)
                            .map_err(|e| Error::Render(e.to_string()))?;
                        Ok(Rendered {
                            bytes: r.bytes,
                            sha256: r.sha256,
                            pdf: Some(r.parts),
                        })
                    }),
                    Some(Arc::new(move |c: char| pdf::covers(c, &opts))),
                )
            }
        };
    if args.merge.is_some() && args.format != FormatArg::Pdf {
        return Err(Error::Usage("--merge needs --format pdf".into()));
    }
    let encoding = args
        .encoding
        .as_deref()
        .map(crate::batch::input::encoding_for_label)
        .transpose()?;
    // A signal (Ctrl-C, SIGTERM, SIGHUP) finishes the letters in progress and writes the
    // manifest; a second one stops at once, removing every temporary file.
    interrupt::set_graceful_note(wizard::Ui::new(&catalog, &ui_language).t("batch-interrupted"));
    let interrupted = interrupt::install(interrupt::Mode::Graceful);
    let opts = crate::batch::Options {
        input,
        input_format,
        encoding,
        out_dir,
        ext,
        render,
        drawable,
        jobs: args.jobs.map(usize::from),
        force: args.force,
        fail_fast: args.fail_fast,
        default_language: args.defaults_language,
        date: args.date,
        today: today(),
        interrupted,
        merge: args.merge.map(|path| crate::batch::MergeOptions {
            path,
            duplex: args.duplex,
        }),
        ui_language,
    };
    let (code, _) = crate::batch::run(data, catalog, opts)?;
    Ok(code)
}

fn law_name(law: Law) -> &'static str {
    match law {
        Law::EuGdpr => "GDPR",
        Law::EeaGdpr => "GDPR (EEA Agreement)",
        Law::UkGdpr => "UK GDPR + DPA 2018",
    }
}

fn jurisdictions(locales_dirs: &[std::path::PathBuf], json: bool) -> Result<ExitCode, Error> {
    let data = data::data()?;
    let catalog = Catalog::load_with_user_dir(locales_dirs)?;
    if json {
        let list: Vec<serde_json::Value> = data
            .jurisdictions
            .iter()
            .map(|j| {
                let a = data.authority(&j.authority);
                serde_json::json!({
                    "code": j.code,
                    "parent": j.parent,
                    "authority_rule": j.authority_rule,
                    "aliases": j.aliases,
                    "name": j.name,
                    "languages": j.languages,
                    "default_language": request::default_language(&catalog, j),
                    "law": j.law,
                    "authority": a.map(|a| serde_json::json!({
                        "name": a.name_for("en"),
                        "names_native": a.native_names().iter().map(|(n, _)| *n).collect::<Vec<_>>(),
                        "acronym": a.acronym,
                        "postal_address": a.address_one_line(),
                        "website": a.website(),
                        "email": a.email(),
                        "complaint_url": a.complaint_url(),
                    })),
                    "decisions": data.decisions_of(j).map(|d| serde_json::json!({
                        "id": d.id,
                        "date": d.date,
                        "kind": d.kind,
                        "reference": d.reference,
                        "fine": d.fine,
                        "final": d.is_final,
                        "sources": d.sources,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).map_err(|e| Error::Data(e.to_string()))?;
        output::write(&Target::Stdout, format!("{text}\n").as_bytes(), false)?;
        return Ok(ExitCode::Success);
    }
    let mut out = String::new();
    let authority_of = |j: &Jurisdiction| match (data.authority(&j.authority), &j.authority_rule) {
        (Some(a), _) => {
            if a.acronym.is_empty() || a.uncertain_fields.iter().any(|f| f == "acronym") {
                a.name_for("en")
            } else {
                format!("{} ({})", a.name_for("en"), a.acronym)
            }
        }
        (None, Some(_)) => "the authority of the region of residence: see below".to_string(),
        (None, None) => String::new(),
    };
    for j in data.jurisdictions.iter().filter(|j| !j.is_subdivision()) {
        let default = request::default_language(&catalog, j);
        let langs: Vec<String> = j
            .languages
            .iter()
            .map(|l| {
                if *l == default {
                    format!("{l}*")
                } else {
                    l.clone()
                }
            })
            .collect();
        let langs = if j.languages.contains(&default) {
            langs.join(",")
        } else {
            format!("{} (letters: {default}*)", langs.join(","))
        };
        out.push_str(&format!(
            "{}  {:<15} {:<24} {:<20} {}\n",
            j.code,
            j.name,
            langs,
            law_name(j.law),
            authority_of(j)
        ));
        for d in data.decisions_of(j) {
            let mut reference = if d.reference.is_empty() {
                String::new()
            } else {
                format!(" {}", d.reference)
            };
            if let Some(l) = &d.locator {
                reference.push_str(&format!(" [{l}]"));
            }
            let authority = if d.is_court() {
                d.court_name.clone()
            } else {
                data.authority(&d.authority)
                    .map(|a| a.name_for("en"))
                    .unwrap_or_default()
            };
            out.push_str(&format!("      {} {authority}{reference}\n", d.date));
        }
        // Regions with their own complaint authority (Germany's Länder).
        for sub in data
            .jurisdictions
            .iter()
            .filter(|s| s.parent.as_deref() == Some(&j.code))
        {
            out.push_str(&format!(
                "    {:<6} {:<23} {}\n",
                sub.code,
                sub.name,
                authority_of(sub)
            ));
        }
    }
    out.push_str("\n* default letter language\n");
    output::write(&Target::Stdout, out.as_bytes(), false)?;
    Ok(ExitCode::Success)
}

fn locales_list(locales_dirs: &[std::path::PathBuf], json: bool) -> Result<ExitCode, Error> {
    let catalog = Catalog::load_with_user_dir(locales_dirs)?;
    let rows: Vec<(String, String, &'static str, usize, String)> = catalog
        .iter()
        .map(|l| {
            let gaps = catalog.letter_gaps(&l.lang).len();
            let status = match l.status() {
                Status::Draft => "draft",
                Status::Reviewed => "reviewed",
            };
            (
                l.lang.clone(),
                l.display_name().to_string(),
                status,
                gaps,
                l.origin.clone(),
            )
        })
        .collect();
    let out = if json {
        let list: Vec<_> = rows
            .iter()
            .map(|(lang, name, status, gaps, origin)| {
                serde_json::json!({"lang": lang, "name": name, "status": status,
                    "letter_complete": *gaps == 0, "letter_problems": gaps, "origin": origin})
            })
            .collect();
        format!(
            "{}\n",
            serde_json::to_string_pretty(&list).map_err(|e| Error::Data(e.to_string()))?
        )
    } else {
        let mut out = String::new();
        for (lang, name, status, gaps, origin) in &rows {
            let complete = if *gaps == 0 {
                "complete for letters".to_string()
            } else {
                format!(
                    "incomplete ({gaps} problem{})",
                    if *gaps == 1 { "" } else { "s" }
                )
            };
            out.push_str(&format!(
                "{lang:<6} {name:<14} {status:<9} {complete:<26} {origin}\n"
            ));
        }
        out
    };
    output::write(&Target::Stdout, out.as_bytes(), false)?;
    Ok(ExitCode::Success)
}
