//! Reading rows and preparing them, in input order: each row through the shared validation, its
//! output file name given out, a bad row recorded with its row and column.

use super::input::{Row, RowError, Rows};
use super::names::{self, Names};
use super::{Options, Outcome, Prepared, CHUNK, FIRST_CHUNK, MERGE_CHUNK};
use crate::data::Data;
use crate::error::Error;
use crate::i18n::Catalog;
use crate::printable;
use crate::request::{Context, Field, LetterType, RequestInput};

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "nein" | "non" | "nee" => Some(false),
        "yes" | "y" | "true" | "1" | "x" | "ja" | "oui" | "sì" | "si" => Some(true),
        _ => None,
    }
}

pub(super) fn row_error(number: usize, column: Option<&str>, message: &str) -> String {
    match column {
        Some(c) => format!("row {number}, column {c}: {message}"),
        None => format!("row {number}: {message}"),
    }
}

/// Reads rows and prepares them, in input order (names are given out in that order).
pub(super) struct Reader<'a> {
    pub(super) rows: Rows,
    pub(super) data: &'static Data,
    pub(super) catalog: &'a Catalog,
    pub(super) opts: &'a Options,
    pub(super) names: Names,
    /// No more rows to read: the input ended, failed, or `--fail-fast` met a bad row.
    pub(super) done: bool,
    /// Why the input could not be read further.
    pub(super) fatal: Option<Error>,
    /// Chunks given out so far.
    pub(super) chunks: u32,
}

impl Reader<'_> {
    /// The next chunk of at most [`CHUNK`] (or [`MERGE_CHUNK`]) prepared rows (empty when done).
    /// The first chunks are smaller ([`FIRST_CHUNK`], then doubling): letters start to render
    /// while the rest is read, instead of after a whole chunk has been read and validated.
    pub(super) fn chunk(&mut self) -> Vec<Prepared> {
        let most = if self.opts.merge.is_some() {
            MERGE_CHUNK
        } else {
            CHUNK
        };
        let size = most.min(FIRST_CHUNK << self.chunks.min(16));
        self.chunks += 1;
        let mut prepared = Vec::with_capacity(size);
        while !self.done && prepared.len() < size {
            let p = match self.rows.next_row(&self.opts.input) {
                None => {
                    self.done = true;
                    break;
                }
                Some(Ok(row)) => self.prepare(&row),
                Some(Err(Ok(RowError {
                    number,
                    column,
                    message,
                }))) => Prepared::Failed(Outcome {
                    error: row_error(number, column, &message),
                    ..Outcome::new(number)
                }),
                Some(Err(Err(e))) => {
                    self.fatal = Some(e);
                    self.done = true;
                    break;
                }
            };
            if matches!(p, Prepared::Failed(_)) && self.opts.fail_fast {
                self.done = true;
            }
            prepared.push(p);
        }
        prepared
    }

    pub(super) fn prepare(&mut self, row: &Row) -> Prepared {
        let cells = &row.cells;
        // What the manifest echoes of the input (bounded; shown safely when written).
        let echo = |cell: &Option<String>| {
            printable::printable_max(cell.as_deref().unwrap_or("").trim(), printable::CELL_MAX)
                .into_owned()
        };
        let mut outcome = Outcome {
            reference: echo(&cells.reference),
            name: echo(&cells.name),
            jurisdiction: echo(&cells.jurisdiction),
            language: echo(&cells.language),
            request: echo(&cells.request),
            ..Outcome::new(row.number)
        };
        let photo = match cells.photo_enclosed.as_deref().map(parse_bool) {
            None => false,
            Some(Some(b)) => b,
            Some(None) => {
                outcome.error = row_error(
                    row.number,
                    Some(Field::PhotoEnclosed.column()),
                    "use yes or no",
                );
                return Prepared::Failed(outcome);
            }
        };
        let input = RequestInput {
            jurisdiction: cells.jurisdiction.clone(),
            request: cells.request.clone(),
            name: cells.name.clone(),
            email: cells.email.clone(),
            address: cells
                .address
                .as_deref()
                .map(|a| {
                    a.split(['\n', '|'])
                        .map(|l| l.trim_end_matches('\r').to_string())
                        .collect()
                })
                .unwrap_or_default(),
            language: cells
                .language
                .clone()
                .or_else(|| self.opts.default_language.clone()),
            place: cells.place.clone(),
            date: cells.date.clone().or_else(|| self.opts.date.clone()),
            reference: cells.reference.clone(),
            recipient_address: Vec::new(),
            photo_enclosed: photo,
            objection_grounds: cells.objection_grounds.clone(),
            first_request: cells.first_request.clone(),
            received: cells.received.clone(),
            outcome: cells.outcome.clone(),
            reminded: cells.reminded.clone(),
        };
        // --follow-up: the row's request is the first request; the letter is its follow-up.
        let input = match &self.opts.follow_up {
            Some(letter) if input.first_request.is_none() => RequestInput {
                first_request: input.request.clone(),
                request: Some(letter.clone()),
                ..input
            },
            _ => input,
        };
        let ctx = Context {
            data: self.data,
            catalog: self.catalog,
            today: self.opts.today,
            format: Some(&self.opts.format),
        };
        let request = match input.validate(&ctx, Field::column) {
            Ok(r) => r,
            Err(Error::Invalid(errors)) => {
                outcome.error = errors
                    .iter()
                    .map(|e| row_error(row.number, Some(&e.field), &e.problem))
                    .collect::<Vec<_>>()
                    .join("; ");
                return Prepared::Failed(outcome);
            }
            Err(e) => {
                outcome.error = row_error(row.number, None, &e.to_string());
                return Prepared::Failed(outcome);
            }
        };
        outcome.jurisdiction = request.jurisdiction.code.clone();
        outcome.language = request.language.clone();
        // A follow-up is recorded as what it is and the request it follows ("reminder-access").
        let what = match request.letter() {
            LetterType::Request => request.kind.as_str().to_string(),
            other => format!("{}-{}", other.as_str(), request.kind.as_str()),
        };
        outcome.request = what.clone();
        if request.letter() == LetterType::Request {
            outcome.deadline = request
                .deadline(self.data)
                .map(|d| d.ends.to_string())
                .unwrap_or_default();
        }
        let ext = self.opts.format.extension();
        let file = match cells.file.as_deref() {
            Some(raw) => {
                names::explicit(raw, ext).and_then(|n| self.names.take_explicit(&n, row.number))
            }
            None => {
                let stem = match (&request.reference, request.letter()) {
                    (Some(r), LetterType::Request) => names::slug(r),
                    (Some(r), other) => names::slug(&format!("{r} {}", other.as_str())),
                    (None, _) => names::slug(&format!("{} {}", request.name, what)),
                };
                Ok(self.names.take_generated(&stem, ext, row.number))
            }
        };
        match file {
            Ok(f) => {
                outcome.file = f;
                Prepared::Ready {
                    outcome,
                    request: Box::new(request),
                }
            }
            Err(e) => {
                outcome.error = row_error(row.number, Some("file"), &e);
                Prepared::Failed(outcome)
            }
        }
    }
}
