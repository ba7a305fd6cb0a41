//! facerights: GDPR Art. 15 access and Art. 17 erasure requests to Clearview AI.
//!
//! One data path: flags / wizard answers / batch rows -> [`request::RequestInput`] ->
//! validated [`request::Request`] -> [`compose`] -> [`letter::Letter`] -> [`render`] -> [`output`].

pub mod batch;
pub mod calendar;
pub mod citation;
pub mod cli;
mod commands;
pub mod compose;
pub mod data;
pub mod deadline;
pub mod error;
pub mod format;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod interrupt;
pub mod jurisdiction;
pub mod letter;
mod locale_tools;
pub mod output;
pub mod printable;
pub mod render;
pub mod request;
pub mod wizard;

use std::ffi::OsString;

use clap::Parser;

pub use error::{Error, ExitCode};

/// Runs the program with these arguments (the first is the program name) and returns the exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::Usage
            } else {
                ExitCode::Success
            };
        }
    };
    match commands::dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}
