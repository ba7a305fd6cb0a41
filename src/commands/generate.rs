//! `facerights generate`: one letter, from flags (the wizard asks for what is missing on a
//! terminal), then the notes that carry the person on: the deadline, the calendar file, where to
//! complain.

use std::io::IsTerminal;

use super::{pdf_options, today, Env};
use crate::cli::{FormatArg, GenerateArgs};
use crate::compose::Composer;
use crate::data;
use crate::error::{Error, ExitCode};
use crate::i18n::{Catalog, Ui};
use crate::interrupt;
use crate::output::{self, Target, Written};
use crate::render::{eml, Format};
use crate::request::{Context, Field, LetterType, Request, RequestInput};
use crate::wizard;

/// The output format from `--format`, else from the output file's extension (`.pdf`, `.eml`),
/// else text.
fn output_format(args: &GenerateArgs, target: &Target) -> Result<Format, Error> {
    let by_extension = |ext: &str| matches!(target, Target::File(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)));
    let kind = match args.format {
        Some(f) => f,
        None if by_extension("pdf") => FormatArg::Pdf,
        None if by_extension("eml") => FormatArg::Eml,
        None => FormatArg::Text,
    };
    if args.attach_pdf && kind != FormatArg::Eml {
        return Err(Error::Usage(
            "--attach-pdf: only with --format eml (an e-mail draft)".into(),
        ));
    }
    Ok(match kind {
        FormatArg::Text => Format::Text,
        FormatArg::Pdf => Format::Pdf(pdf_options(&args.pdf)?.into()),
        FormatArg::Eml => Format::Eml {
            attach: if args.attach_pdf {
                Some(pdf_options(&args.pdf)?.into())
            } else {
                None
            },
        },
    })
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

pub(super) fn run(
    locales_dirs: &[std::path::PathBuf],
    ui_flag: Option<&str>,
    args: GenerateArgs,
) -> Result<ExitCode, Error> {
    let Env {
        data,
        catalog,
        ui_lang,
    } = Env::load(locales_dirs, ui_flag)?;
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
            Some(_) => Some(output_format(&args, &Target::Stdout)?),
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
    let format = output_format(&args, &target)?;
    if format.is_binary() && target == Target::Stdout && std::io::stdout().is_terminal() {
        return Err(Error::Usage(
            "a PDF is binary: give a file with -o letter.pdf, or redirect standard output".into(),
        ));
    }
    let ctx = Context {
        data,
        catalog: &catalog,
        today: today(),
        format: Some(&format),
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
    let envelope = envelope(data, &req);
    // A signal from here on removes the temporary file and exits with 130.
    interrupt::install(interrupt::Mode::Immediate);
    let written = output::deliver(&letter, &format, &envelope, &target, args.force)?;
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
    if let Some(example) = data.subdivision_example(&req.jurisdiction.code) {
        eprintln!(
            "{}",
            ui.ta("note-subdivision", &[("example", example.to_string())])
        );
    }
    if let Format::Eml { .. } = format {
        if envelope.to.is_none() {
            eprintln!("{}", ui.t("note-eml-no-recipient"));
        }
        if envelope.from.is_none() {
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

/// Who sends an e-mail draft, and to whom: the person's e-mail address; for a complaint, the
/// authority's where its address is confirmed (none is confirmed for Clearview).
fn envelope(data: &data::Data, req: &Request) -> eml::Envelope {
    let to = match req.letter() {
        LetterType::Complaint => data.authority(&req.jurisdiction.authority).and_then(|a| {
            a.email().map(|e| eml::Mailbox {
                name: a.name_for(&req.language),
                address: e.to_string(),
            })
        }),
        _ => None,
    };
    eml::Envelope {
        from: req.email.clone().map(|address| eml::Mailbox {
            name: req.name.clone(),
            address,
        }),
        to,
    }
}

/// After a letter: the reply deadline (and the calendar file) for a request; for a complaint,
/// the authority's own form and, in the UK, the complaint to the controller first.
fn follow_up_notes(
    data: &data::Data,
    catalog: &Catalog,
    ui: &Ui,
    req: &Request,
    calendar: Option<&std::path::Path>,
    force: bool,
) -> Result<(), Error> {
    match req.follow_up.as_ref() {
        None => {
            let (Some(dl), Some(law)) = (req.deadline(data), data.law(&req.jurisdiction.law))
            else {
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
                        ("provision", {
                            // The interface's own citation of the provision, else the data's.
                            let id = format!("provision-{}", req.jurisdiction.law);
                            Some(ui.t(&id))
                                .filter(|t| *t != id)
                                .unwrap_or_else(|| law.provision.clone())
                        }),
                        ("received", date(dl.received)),
                        ("follow_up", date(dl.follow_up_from)),
                    ],
                )
            );
            if !req.received_given {
                eprintln!("{}", ui.t("note-deadline-assumed"));
            }
            if let Some(path) = calendar {
                let ics = crate::calendar::request_deadline(req, &dl, ui, &date);
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
                let languages: Vec<&str> = a.complaint_language.split('|').map(str::trim).collect();
                if !languages.contains(&req.language.as_str()) {
                    let args = [
                        ("authority", a.name_for(ui.lang.as_str())),
                        ("languages", languages.join(", ")),
                        (
                            "code",
                            languages.first().copied().unwrap_or("en").to_string(),
                        ),
                    ];
                    eprintln!("{}", ui.ta("note-complaint-language", &args));
                }
                if let Some(url) = a.complaint_url() {
                    let args = [
                        ("authority", a.name_for(ui.lang.as_str())),
                        ("url", url.to_string()),
                    ];
                    eprintln!("{}", ui.ta("note-complaint-form", &args));
                }
            }
            if let Some(law) = data
                .law(&req.jurisdiction.law)
                .filter(|l| l.controller_first && f.reminded.is_none())
            {
                eprintln!("{}", ui.t(&format!("note-controller-first-{}", law.suffix)));
            }
        }
        Some(_) => {}
    }
    Ok(())
}
