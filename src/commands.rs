//! The subcommands: turn parsed arguments into work and print the results.

use std::io::IsTerminal;
use std::sync::Arc;

use clap::CommandFactory;

use crate::batch::input::{sheet::Kind as SheetKind, InputFormat};
use crate::batch::Rendered;
use crate::cli::{
    BatchArgs, Cli, Command, FormatArg, GenerateArgs, InputFormatArg, LocalesCommand, PaperArg,
    PdfArgs,
};
use crate::compose::Composer;
use crate::data::{self, Jurisdiction, Law};
use crate::email;
use crate::error::{Error, ExitCode};
use crate::i18n::{Catalog, Status, Ui};
use crate::interrupt;
use crate::letter::Letter;
use crate::locale_tools;
use crate::output::{self, Target, Written};
use crate::render;
use crate::render::pdf::{self, FontFace, Paper, PdfOptions};
use crate::request::LetterType;
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
        Some(Command::Completions { shell }) => completions(shell),
        Some(Command::Man) => man(),
    }
}

/// `facerights completions SHELL`: the completion script, generated from the clap definition.
fn completions(shell: clap_complete::Shell) -> Result<ExitCode, Error> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "facerights", &mut script);
    output::write(&Target::Stdout, &script, false)?;
    Ok(ExitCode::Success)
}

/// `facerights man`: one manual page (roff) with the options of every subcommand.
fn man() -> Result<ExitCode, Error> {
    let page = man_page().map_err(|e| Error::Render(format!("manual page: {e}")))?;
    output::write(&Target::Stdout, &page, false)?;
    Ok(ExitCode::Success)
}

fn man_page() -> std::io::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    cmd.build();
    let top = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    top.render_title(&mut page)?;
    top.render_name_section(&mut page)?;
    top.render_synopsis_section(&mut page)?;
    top.render_description_section(&mut page)?;
    top.render_options_section(&mut page)?;
    // The subcommands are sections of this page, not pages of their own.
    page.extend_from_slice(b".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        page.extend_from_slice(
            format!(
                ".TP\n\\fBfacerights {}\\fR\n{}\n",
                sub.get_name(),
                roff_text(&about)
            )
            .as_bytes(),
        );
    }
    // Each subcommand (and sub-subcommand) gets a section: its synopsis, description, options.
    let mut stack: Vec<(String, clap::Command)> = cmd
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .map(|c| (format!("facerights {}", c.get_name()), c.clone()))
        .collect();
    stack.reverse();
    while let Some((path, sub)) = stack.pop() {
        let sub = sub.bin_name(&path);
        let man = clap_mangen::Man::new(sub.clone());
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        man.render_description_section(&mut section)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut section)?;
        }
        if sub.get_after_help().is_some() || sub.get_after_long_help().is_some() {
            man.render_extra_section(&mut section)?;
        }
        // Rename the sections clap_mangen writes (".SH SYNOPSIS", …) so that every subcommand
        // reads as one section with its own sub-sections.
        let text = String::from_utf8_lossy(&section)
            .replace(".SH ", ".SS ")
            .replace(".SS SYNOPSIS\n", "")
            .replace(".SS EXTRA\n", ".SS NOTES\n");
        page.extend_from_slice(format!(".SH \"{}\"\n", path.to_uppercase()).as_bytes());
        page.extend_from_slice(text.as_bytes());
        let mut children: Vec<(String, clap::Command)> = sub
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .map(|c| (format!("{path} {}", c.get_name()), c.clone()))
            .collect();
        children.reverse();
        stack.extend(children);
    }
    top.render_version_section(&mut page)?;
    Ok(page)
}

/// Text for a roff line: backslashes doubled, hyphens escaped, no leading control character.
fn roff_text(s: &str) -> String {
    let s = s.replace('\\', "\\\\").replace('-', "\\-");
    if s.starts_with(['.', '\'']) {
        format!("\\&{s}")
    } else {
        s
    }
}

/// Output format, from `--format` or the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Pdf,
    Eml,
}

fn output_format(flag: Option<FormatArg>, target: &Target) -> Format {
    match flag {
        Some(FormatArg::Text) => Format::Text,
        Some(FormatArg::Pdf) => Format::Pdf,
        Some(FormatArg::Eml) => Format::Eml,
        None => match target {
            Target::File(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) => {
                Format::Pdf
            }
            Target::File(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")) => {
                Format::Eml
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
            first_request: a.first_request.clone(),
            received: a.received.clone(),
            outcome: a.outcome.clone(),
            reminded: a.reminded.clone(),
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
        let format = match args.format {
            Some(FormatArg::Eml) => {
                return Err(Error::Usage(
                    "--format eml: give every flag (the wizard writes text or PDF letters)".into(),
                ))
            }
            Some(FormatArg::Text) => Some(wizard::WizardFormat::Text),
            Some(FormatArg::Pdf) => Some(wizard::WizardFormat::Pdf),
            None => None,
        };
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
    if args.attach_pdf && format != Format::Eml {
        return Err(Error::Usage(
            "--attach-pdf: only with --format eml (an e-mail draft)".into(),
        ));
    }
    let pdf_opts = match format {
        Format::Pdf => Some(pdf_options(&args.pdf)?),
        Format::Eml if args.attach_pdf => Some(pdf_options(&args.pdf)?),
        Format::Text | Format::Eml => None,
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
    if args.calendar.is_some() && req.follow_up.is_some() {
        return Err(Error::Usage(
            "--calendar: the deadline belongs to the request letter, not to a reminder or complaint"
                .into(),
        ));
    }
    let composer = Composer::new(data, catalog);
    let letter = composer.compose(&req)?;
    let bytes = match (format, &pdf_opts) {
        (Format::Eml, _) => {
            let pdf = pdf_opts
                .as_ref()
                .map(|o| render_pdf(&letter, o))
                .transpose()?
                .map(|b| (format!("{}.pdf", default_stem(&req)), b));
            email::render(
                &letter,
                &render::text::render(&letter),
                &envelope(data, &req),
                pdf,
            )?
        }
        (_, Some(o)) => render_pdf(&letter, o)?,
        (_, None) => render::text::render(&letter).into_bytes(),
    };
    // A signal from here on removes the temporary file and exits with 130.
    interrupt::install(interrupt::Mode::Immediate);
    let written = output::write(&target, &bytes, args.force)?;
    let ui = Ui::new(composer.catalog(), &ui_lang);
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
    if format == Format::Eml {
        let env = envelope(data, &req);
        if env.to.is_none() {
            eprintln!("{}", ui.t("note-eml-no-recipient"));
        }
        if env.from.is_none() {
            eprintln!("{}", ui.t("note-eml-no-sender"));
        }
    }
    follow_up_notes(
        data,
        composer.catalog(),
        &ui,
        &req,
        args.calendar.as_deref(),
        args.force,
    )?;
    Ok(ExitCode::Success)
}

/// The file name a letter would get without `-o` (for an attachment's name).
fn default_stem(req: &crate::request::Request) -> String {
    format!("clearview-{}-{}", req.letter().as_str(), req.kind.as_str())
}

/// Who sends an e-mail draft, and to whom: the person's e-mail address; for a complaint, the
/// authority's where its address is confirmed (none is confirmed for Clearview).
fn envelope(data: &data::Data, req: &crate::request::Request) -> email::Envelope {
    let to = match req.letter() {
        LetterType::Complaint => data.authority(&req.jurisdiction.authority).and_then(|a| {
            a.email()
                .map(|e| (a.name_for(&req.language), e.to_string()))
        }),
        _ => None,
    };
    email::Envelope {
        from: req.email.clone().map(|e| (req.name.clone(), e)),
        to,
    }
}

/// After a letter: the reply deadline (and the calendar file) for a request; for a complaint,
/// the authority's own form and, in the UK, the complaint to the controller first.
fn follow_up_notes(
    data: &data::Data,
    catalog: &Catalog,
    ui: &Ui,
    req: &crate::request::Request,
    calendar: Option<&std::path::Path>,
    force: bool,
) -> Result<(), Error> {
    match req.follow_up.as_ref() {
        None => {
            let (Some(dl), Some(law)) = (req.deadline(data), data.law(req.jurisdiction.law)) else {
                return Ok(());
            };
            let locale = catalog
                .get(&ui.lang)
                .map(|l| l.format_locale())
                .unwrap_or("en");
            let f = crate::format::Formatter::new(locale).ok();
            let date = |d: chrono::NaiveDate| {
                f.as_ref()
                    .map(|f| f.date(d))
                    .unwrap_or_else(|| d.to_string())
            };
            eprintln!(
                "{}",
                ui.ta(
                    "note-deadline",
                    &[
                        ("ends", date(dl.ends)),
                        ("provision", law.provision.clone()),
                        ("received", date(dl.received)),
                        ("follow_up", date(dl.follow_up_from)),
                    ],
                )
            );
            if !req.received_given {
                eprintln!("{}", ui.t("note-deadline-assumed"));
            }
            if let Some(path) = calendar {
                let request = ui.t(&format!("request-short-{}", req.kind.as_str()));
                let args = [
                    ("request", request),
                    ("ends", date(dl.ends)),
                    ("received", date(dl.received)),
                    ("follow_up", date(dl.follow_up_from)),
                ];
                let text = crate::calendar::EventText {
                    summary: ui.ta("calendar-summary", &args),
                    description: ui.ta("calendar-description", &args),
                    alarm: ui.t("calendar-alarm"),
                };
                let key = format!(
                    "{}|{}|{}|{}",
                    req.jurisdiction.code,
                    req.kind.as_str(),
                    dl.received,
                    req.name
                );
                let ics = crate::calendar::deadline_event(dl.ends, &text, &key);
                output::write(&Target::File(path.to_path_buf()), ics.as_bytes(), force)?;
                eprintln!(
                    "{}",
                    ui.ta(
                        "note-calendar",
                        &[("path", crate::printable::quoted_path(path))]
                    )
                );
            }
        }
        Some(f) if f.letter == LetterType::Complaint => {
            if let Some(a) = data.authority(&req.jurisdiction.authority) {
                if let Some(url) = a.complaint_url() {
                    let args = [
                        ("authority", a.name_for(ui.lang.as_str())),
                        ("url", url.to_string()),
                    ];
                    eprintln!("{}", ui.ta("note-complaint-form", &args));
                }
            }
            if req.jurisdiction.law == Law::UkGdpr && f.reminded.is_none() {
                eprintln!("{}", ui.t("note-uk-controller-first"));
            }
        }
        Some(_) => {}
    }
    Ok(())
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
        Some(InputFormatArg::Xlsx) => InputFormat::Sheet(SheetKind::Xlsx, None),
        Some(InputFormatArg::Ods) => InputFormat::Sheet(SheetKind::Ods, None),
        None => InputFormat::from_path(&input),
    };
    let input_format = match (input_format, args.sheet) {
        (InputFormat::Sheet(kind, _), sheet) => InputFormat::Sheet(kind, sheet),
        (_, Some(_)) => {
            return Err(Error::Usage(
                "--sheet: the input is not a spreadsheet (.xlsx, .ods; or see --input-format)"
                    .into(),
            ))
        }
        (format, None) => format,
    };
    type Drawable = Arc<dyn Fn(char) -> bool + Send + Sync>;
    let (ext, render, drawable): (&'static str, crate::batch::Renderer, Option<Drawable>) =
        match args.format {
            FormatArg::Eml => {
                return Err(Error::Usage(
                    "--format eml: e-mail drafts are written one at a time with `generate`".into(),
                ))
            }
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
                        let (bytes, sha256) = pdf::render_with_digest(l, &for_render)
                            .map_err(|e| Error::Render(e.to_string()))?;
                        Ok(Rendered { bytes, sha256 })
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
    interrupt::set_graceful_note(Ui::new(&catalog, &ui_language).t("batch-interrupted"));
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
        follow_up: args.follow_up,
        today: today(),
        interrupted,
        merge: args.merge.map(|m| (m, args.duplex)),
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
