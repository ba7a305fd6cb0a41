//! [`Problem`]: what is wrong with a locale, as `locales check` reports it and as loading refuses
//! a locale folder: its kinds, locations and messages for translators.

use std::path::{Path, PathBuf};

use super::{resolve, shown, ParseProblem, UNTRANSLATED};

/// A problem of a locale: a difference between one of its files and the reference locale's, or
/// something that would fail (or print wrong text) when a letter is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Parse(ParseProblem),
    /// A file that cannot be read as a locale file (a folder, too big, not UTF-8, …).
    File {
        path: PathBuf,
        at: Option<(usize, usize)>,
        message: String,
    },
    MissingFile {
        path: PathBuf,
    },
    Missing {
        path: PathBuf,
        id: String,
    },
    Extra {
        path: PathBuf,
        line: usize,
        id: String,
    },
    Variables {
        path: PathBuf,
        line: usize,
        id: String,
        missing: Vec<String>,
        extra: Vec<String>,
    },
    Attributes {
        path: PathBuf,
        line: usize,
        id: String,
        missing: Vec<String>,
        extra: Vec<String>,
    },
    NoValue {
        path: PathBuf,
        line: usize,
        id: String,
    },
    Untranslated {
        path: PathBuf,
        line: usize,
        id: String,
    },
    /// A reference, function, term argument or printed variable that fails at run time.
    Resolve {
        path: PathBuf,
        line: usize,
        column: usize,
        id: String,
        kind: resolve::FindingKind,
    },
    Meta(ParseProblem),
    MetaMissing {
        path: PathBuf,
    },
    UnknownFile {
        path: PathBuf,
    },
    /// A message cites other provisions (`REF(…)`) than the reference message.
    Citations {
        path: PathBuf,
        line: usize,
        id: String,
        missing: Vec<String>,
        extra: Vec<String>,
    },
    /// The locale's `ref-*` messages write a citation in the EU's English form ("21(1)") or
    /// cannot write it at all.
    CitationForm {
        path: PathBuf,
        message: String,
    },
}

impl Problem {
    /// A short machine-readable name of the kind of problem.
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::Parse(_) => "parse-error",
            Problem::File { .. } => "unreadable-file",
            Problem::MissingFile { .. } => "missing-file",
            Problem::Missing { .. } => "missing-message",
            Problem::Extra { .. } => "extra-message",
            Problem::Variables { .. } => "variables-differ",
            Problem::Attributes { .. } => "attributes-differ",
            Problem::NoValue { .. } => "no-value",
            Problem::Untranslated { .. } => "untranslated",
            Problem::Resolve { kind, .. } => match kind {
                resolve::FindingKind::MissingReference { .. } => "missing-reference",
                resolve::FindingKind::Cycle { .. } => "reference-cycle",
                resolve::FindingKind::UnknownFunction { .. } => "unknown-function",
                resolve::FindingKind::TermArgument { .. } => "term-argument-missing",
                resolve::FindingKind::NotPrinted { .. } => "variable-not-printed",
                resolve::FindingKind::TooManyPlaceables => "too-many-placeables",
                resolve::FindingKind::Duplicate => "duplicate-id",
            },
            Problem::Meta(_) => "meta",
            Problem::MetaMissing { .. } => "meta-missing",
            Problem::UnknownFile { .. } => "unknown-file",
            Problem::Citations { .. } => "citations-differ",
            Problem::CitationForm { .. } => "citation-form",
        }
    }

    /// The file, line and column the problem points at, where there is one.
    pub fn location(&self) -> (Option<&Path>, Option<usize>, Option<usize>) {
        match self {
            Problem::Parse(p) | Problem::Meta(p) => (Some(&p.path), Some(p.line), Some(p.column)),
            Problem::File { path, at, .. } => (Some(path), at.map(|a| a.0), at.map(|a| a.1)),
            Problem::Resolve {
                path, line, column, ..
            } => (Some(path), Some(*line), Some(*column)),
            Problem::Extra { path, line, .. }
            | Problem::Variables { path, line, .. }
            | Problem::Attributes { path, line, .. }
            | Problem::NoValue { path, line, .. }
            | Problem::Citations { path, line, .. }
            | Problem::Untranslated { path, line, .. } => (Some(path), Some(*line), Some(1)),
            Problem::Missing { path, .. }
            | Problem::UnknownFile { path }
            | Problem::CitationForm { path, .. }
            | Problem::MissingFile { path }
            | Problem::MetaMissing { path } => (Some(path), None, None),
        }
    }

    /// The message id concerned, where there is one.
    pub fn message_id(&self) -> Option<&str> {
        match self {
            Problem::Missing { id, .. }
            | Problem::Extra { id, .. }
            | Problem::Variables { id, .. }
            | Problem::Attributes { id, .. }
            | Problem::NoValue { id, .. }
            | Problem::Citations { id, .. }
            | Problem::Untranslated { id, .. }
            | Problem::Resolve { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use resolve::FindingKind as K;
        let list = |v: &[String]| {
            v.iter()
                .map(|s| format!("{{ ${s} }}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Problem::Parse(p) => write!(f, "{p}"),
            Problem::File { path, at, message } => match at {
                Some((line, column)) => write!(f, "{}:{line}:{column}: {message}", shown(path)),
                None => write!(f, "{}: {message}", shown(path)),
            },
            Problem::MissingFile { path } => write!(f, "{}: file missing", shown(path)),
            Problem::Missing { path, id } => {
                write!(f, "{}: message `{id}` is missing", shown(path))
            }
            Problem::Extra { path, line, id } => {
                write!(f, "{}:{line}:1: message `{id}` is not in the reference locale (remove it or check its id)", shown(path))
            }
            Problem::Variables {
                path,
                line,
                id,
                missing,
                extra,
            } => {
                write!(f, "{}:{line}:1: message `{id}`", shown(path))?;
                if !missing.is_empty() {
                    write!(f, " lacks {}", list(missing))?;
                }
                if !extra.is_empty() {
                    write!(
                        f,
                        "{} uses unknown {}",
                        if missing.is_empty() { "" } else { " and" },
                        list(extra)
                    )?;
                }
                Ok(())
            }
            Problem::Citations {
                path,
                line,
                id,
                missing,
                extra,
            } => {
                write!(f, "{}:{line}:1: message `{id}`", shown(path))?;
                if !missing.is_empty() {
                    write!(f, " does not cite {} (as English does)", missing.join(", "))?;
                }
                if !extra.is_empty() {
                    write!(
                        f,
                        "{} cites {}, which English does not",
                        if missing.is_empty() { "" } else { " and" },
                        extra.join(", ")
                    )?;
                }
                Ok(())
            }
            Problem::CitationForm { path, message } => {
                write!(f, "{}: {message}", shown(path))
            }
            Problem::Attributes {
                path,
                line,
                id,
                missing,
                extra,
            } => write!(
                f,
                "{}:{line}:1: message `{id}` attributes differ (missing: {:?}, extra: {:?})",
                shown(path),
                missing,
                extra
            ),
            Problem::NoValue { path, line, id } => {
                write!(f, "{}:{line}:1: message `{id}` has no text", shown(path))
            }
            Problem::Untranslated { path, line, id } => write!(
                f,
                "{}:{line}:1: message `{id}` is still marked {UNTRANSLATED}; translate it and delete that comment line",
                shown(path)
            ),
            Problem::Resolve {
                path,
                line,
                column,
                id,
                kind,
            } => {
                write!(f, "{}:{line}:{column}: `{id}` ", shown(path))?;
                match kind {
                    K::MissingReference { target, why } => write!(
                        f,
                        "refers to `{target}`: {why} (a reference resolves only within the same file)"
                    ),
                    K::Cycle { path } => write!(
                        f,
                        "is part of a reference cycle: {} (nothing in the cycle can be printed)",
                        path.join(" -> ")
                    ),
                    K::UnknownFunction { name } => write!(
                        f,
                        "calls function `{name}`, which facerights does not provide in this file \
                         (letters have REF only): dates and amounts arrive already written out, \
                         use the variable as it is"
                    ),
                    K::TermArgument { term, variable } => write!(
                        f,
                        "uses term `{term}`, which prints {{ ${variable} }}, without passing it \
                         (the letter would show `{{${variable}}}`): write `{{ {term}({variable}: ${variable}) }}`"
                    ),
                    K::Duplicate => write!(
                        f,
                        "is defined a second time here; Fluent refuses a file with two entries \
                         of one id: delete or rename one"
                    ),
                    K::TooManyPlaceables => write!(
                        f,
                        "resolves more than {} placeables `{{ }}` through the messages and terms \
                         it refers to, more than Fluent formats: write the text out",
                        resolve::MAX_PLACEABLES
                    ),
                    K::NotPrinted { variable } => write!(
                        f,
                        "does not print {{ ${variable} }} on every path: it is only a selector, or \
                         only some variants print it; every variant must contain {{ ${variable} }}"
                    ),
                }
            }
            Problem::Meta(p) => write!(f, "{p}"),
            Problem::MetaMissing { path } => write!(
                f,
                "{}: file missing; the locale is used as a draft named by its code (write one: \
                 name, direction, status, reviewers, format_locale; see TRANSLATING.md)",
                shown(path)
            ),
            Problem::UnknownFile { path } => {
                write!(f, "{}: not a file of the reference locale (check its name)", shown(path))
            }
        }
    }
}
