//! Typed errors, each with the exit code it maps to.

use std::path::PathBuf;

/// Exit codes (one table for the whole program).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Everything was written.
    Success = 0,
    /// Batch: some rows failed.
    Partial = 1,
    /// Usage or data error: nothing (more) was written.
    Usage = 2,
    /// Interrupted by the user.
    Interrupted = 130,
}

/// A problem with one field of a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct FieldError {
    /// The field as the user knows it: a flag (`--name`) or a column name.
    pub field: String,
    pub problem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more invalid fields (all reported at once).
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<FieldError>),
    #[error("{0}")]
    Usage(String),
    #[error("built-in data is inconsistent: {0}")]
    Data(String),
    #[error("{0}")]
    Locale(String),
    #[error("could not compose the letter: {0}")]
    Compose(String),
    /// A letter could not be rendered (a PDF error, an e-mail or manual page that could not be
    /// built); the cause is kept.
    #[error("{0}")]
    Render(#[source] Box<dyn std::error::Error + Send + Sync>),
    #[error("{}: already exists; use --force to overwrite it", crate::printable::quoted_path(.path))]
    Exists { path: PathBuf },
    #[error("{}: {source}", crate::printable::quoted_path(.path))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("interrupted")]
    Interrupted,
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Interrupted => ExitCode::Interrupted,
            _ => ExitCode::Usage,
        }
    }

    pub fn field(field: impl Into<String>, problem: impl Into<String>) -> Error {
        Error::Invalid(vec![FieldError {
            field: field.into(),
            problem: problem.into(),
        }])
    }
}
