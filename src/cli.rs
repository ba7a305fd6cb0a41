//! The command-line interface (clap derive only; nothing else in the crate imports clap).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "facerights",
    version,
    about = "Write GDPR access (Art. 15) and erasure (Art. 17) requests to Clearview AI",
    long_about = "Write GDPR access (Art. 15) and erasure (Art. 17) requests to Clearview AI, in your \
                  language, under your country's law, citing your country's decision against Clearview.\n\n\
                  The tool never uses the network. It writes your personal data only where you ask, \
                  with owner-only permissions, and never overwrites a file unless you pass --force.",
    after_help = "Example:\n  facerights generate --jurisdiction IT --request access --name \"Maria Rossi\" \\\n      --address \"Via Roma 1\" --address \"00184 Roma\" --place Roma -o lettera.txt"
)]
pub struct Cli {
    /// Also load locales from this directory (holding <lang>/ folders); may be repeated.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales_dir: Vec<PathBuf>,

    /// Language of the notes and questions on the terminal (default: from LC_ALL, LC_MESSAGES
    /// or LANG, else English). The letter's language is --language.
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_language: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write one letter.
    Generate(Box<GenerateArgs>),
    /// List the jurisdictions with their languages, authority and decisions.
    Jurisdictions {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write one letter per row of a spreadsheet (.xlsx, .ods), CSV or JSON Lines file (for NGOs).
    Batch(Box<BatchArgs>),
    /// Work with locales (letter and interface languages).
    Locales {
        #[command(subcommand)]
        command: LocalesCommand,
    },
    /// Print a shell completion script (see the README for where each shell wants it).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `facerights man > facerights.1`.
    Man,
}

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// List available locales and whether each is complete for letters.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Check locales against the reference (English): syntax errors with file:line:column,
    /// missing, extra and untranslated messages, changed variables and attributes.
    /// Exit code 0 only when every checked locale is complete.
    Check {
        /// Locale codes (`de`) or directories holding a locale (`my-locales/pl`) or locales
        /// (`my-locales/`); default: every locale found.
        targets: Vec<String>,
        /// Print JSON (for CI and translation platforms).
        #[arg(long)]
        json: bool,
    },
    /// Start a new locale: copy the reference with every message marked UNTRANSLATED.
    New {
        /// The language code, e.g. `pl` or `pt`.
        lang: String,
        /// Where to create `<LANG>/` (default: `./locales`).
        #[arg(long, value_name = "DIR", default_value = "locales")]
        dir: PathBuf,
        /// Replace an existing scaffold.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Csv,
    Jsonl,
    /// Excel workbook (.xlsx, .xlsm).
    Xlsx,
    /// OpenDocument spreadsheet (.ods: LibreOffice, OpenOffice).
    Ods,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Exit codes: 0 every row written (or already there), 1 some rows failed \
                        (or the run stopped after writing letters), 2 nothing was written, \
                        130 interrupted.\n\
                        Every row is listed in OUT_DIR/manifest.csv."
)]
pub struct BatchArgs {
    /// The input: a spreadsheet (.xlsx, .ods), CSV (comma, semicolon or tab; UTF-8, or see
    /// --encoding) or JSON Lines (.jsonl); `-` reads standard input (CSV unless --input-format).
    #[arg(required_unless_present = "print_template")]
    pub input: Option<PathBuf>,
    /// Where the letters and manifest.csv go (created if missing).
    #[arg(long, value_name = "DIR", required_unless_present = "print_template")]
    pub out_dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Input format (default: from the extension: .xlsx/.xlsm, .ods, .jsonl/.ndjson, else CSV).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// The sheet to read from a spreadsheet (default: the first).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The input's character encoding when it is not UTF-8: a spreadsheet on Windows saves "CSV"
    /// in its ANSI code page (windows-1252 in Western Europe, windows-1250 in Central Europe,
    /// windows-1253 for Greek). A byte-order mark, if any, wins.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Rendering threads (default and most: the number of cores).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Replace existing files whose content differs.
    #[arg(long)]
    pub force: bool,
    /// Stop at the first bad row.
    #[arg(long)]
    pub fail_fast: bool,
    /// Letter language for rows without a `language` value.
    #[arg(long, value_name = "LANG")]
    pub defaults_language: Option<String>,
    /// Write the follow-up of each row's request: a reminder to Clearview, or a complaint to the
    /// supervisory authority (columns `received`, and for complaints `outcome`, optional
    /// `reminded`).
    #[arg(long, value_name = "LETTER", value_parser = ["reminder", "complaint"])]
    pub follow_up: Option<String>,
    /// Letter date for rows without a `date` value (default: today). Fix it to make re-runs
    /// reproduce the same files.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Print a CSV template (stdout) and what each column means (stderr), then exit.
    #[arg(long)]
    pub print_template: bool,
    /// Also write all letters, in input order, into this one PDF (needs --format pdf).
    #[arg(long, value_name = "FILE.pdf")]
    pub merge: Option<PathBuf>,
    /// With --merge: start every letter on an odd page, for double-sided printing.
    #[arg(long, requires = "merge")]
    pub duplex: bool,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Pdf,
    /// An e-mail draft (RFC 5322, .eml) with the letter as its text.
    Eml,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Where you live: ISO 3166-1 code (IT, DE, GB or UK, AU, CH, CA, …), any case; a region as
    /// ISO 3166-2 (DE-BY, CA-QC, US-IL, US-CA).
    #[arg(long, short = 'j', value_name = "CC")]
    pub jurisdiction: Option<String>,
    /// Which letter: access, erasure or access-erasure; or, after a request, reminder (to
    /// Clearview) or complaint (to the supervisory authority).
    #[arg(long, short = 'r', value_name = "KIND")]
    pub request: Option<String>,
    /// For a reminder or complaint: the request it follows (access, erasure, access-erasure).
    #[arg(long, value_name = "KIND")]
    pub first_request: Option<String>,
    /// When Clearview received the request: the delivery date for post, the sending date for
    /// e-mail (default for a request: the letter date). The deadline is counted from it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub received: Option<String>,
    /// For a complaint (and a reminder): what Clearview did: no-reply, incomplete, refused or
    /// identity-demanded.
    #[arg(long, value_name = "OUTCOME")]
    pub outcome: Option<String>,
    /// For a complaint: the date you sent the reminder.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reminded: Option<String>,
    /// Also write the reply deadline as a calendar event with an alarm (RFC 5545 .ics).
    #[arg(long, value_name = "FILE.ics")]
    pub calendar: Option<PathBuf>,
    /// With --format eml: attach the letter as PDF too.
    #[arg(long)]
    pub attach_pdf: bool,
    /// Your full name, as it appears in the letter and under the signature.
    #[arg(long, short = 'n')]
    pub name: Option<String>,
    /// Your e-mail address, for the reply.
    #[arg(long, short = 'e')]
    pub email: Option<String>,
    /// One line of your postal address; repeat for each line.
    #[arg(long, short = 'a', value_name = "LINE")]
    pub address: Vec<String>,
    /// Letter language (default: your country's language when available, else English).
    #[arg(long, short = 'l', value_name = "LANG")]
    pub language: Option<String>,
    /// Where you sign the letter (e.g. your town).
    #[arg(long, short = 'p')]
    pub place: Option<String>,
    /// Date of the letter, YYYY-MM-DD (default: today).
    #[arg(long, short = 'd', value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// You will enclose a photo of your face, for identification only.
    #[arg(long)]
    pub photo_enclosed: bool,
    /// Your own grounds for the objection (erasure letters): your particular situation, in a
    /// few sentences, printed in the letter as your own words.
    #[arg(long, value_name = "TEXT")]
    pub objection_grounds: Option<String>,
    /// Your own reference or case number, printed in the letter.
    #[arg(long, value_name = "REF")]
    pub reference: Option<String>,
    /// Replace Clearview's postal address (one line per flag, name first).
    #[arg(long, value_name = "LINE")]
    pub recipient_address: Vec<String>,
    /// Output format (default: from the output file's extension, else text).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<FormatArg>,
    /// Output file; `-` or nothing writes to standard output.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub pdf: PdfArgs,
}

/// PDF settings shared by `generate` and `batch`.
#[derive(Debug, Clone, Args)]
pub struct PdfArgs {
    /// Paper size of PDF letters [default: US Letter for the United States and Canada, A4
    /// elsewhere].
    #[arg(long, value_enum)]
    pub paper: Option<PaperArg>,
    /// A TrueType/OpenType font used for characters the built-in fonts cannot draw (e.g. CJK
    /// names). Without it such characters are refused.
    #[arg(long, value_name = "PATH")]
    pub font: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    /// A4, 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
