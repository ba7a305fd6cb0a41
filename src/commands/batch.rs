//! `facerights batch`: one letter per row of a spreadsheet export, for NGOs.

use super::{pdf_options, today, Env};
use crate::batch::input::{sheet::Kind as SheetKind, InputFormat};
use crate::cli::{BatchArgs, FormatArg, InputFormatArg};
use crate::error::{Error, ExitCode};
use crate::i18n::Ui;
use crate::interrupt;
use crate::output::{self, Target};
use crate::render::Format;

pub(super) fn run(
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
    let Env {
        data,
        catalog,
        ui_lang: ui_language,
    } = Env::load(locales_dirs, ui_flag)?;
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
    let format = match args.format {
        FormatArg::Eml => {
            return Err(Error::Usage(
                "--format eml: e-mail drafts are written one at a time with `generate`".into(),
            ))
        }
        FormatArg::Text => Format::Text,
        FormatArg::Pdf => Format::Pdf(pdf_options(&args.pdf)?.into()),
    };
    if args.merge.is_some() && !matches!(format, Format::Pdf(_)) {
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
        format,
        jobs: args.jobs.map(usize::from),
        force: args.force,
        fail_fast: args.fail_fast,
        default_language: args.defaults_language,
        date: args.date,
        follow_up: args.follow_up,
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
