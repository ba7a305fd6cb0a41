//! Fluent files as read (`SourceFile`) and their syntax errors, placed at a line and column a
//! translator can find.

use std::path::PathBuf;

use fluent_bundle::FluentResource;

use super::shown;

/// One `.ftl` file: where it came from (for messages to translators) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// Its messages' shapes, worked out once ([`super::check::message_shapes`]): the reference
    /// locale's files are compared with every language a batch uses.
    pub(super) shapes: std::sync::OnceLock<super::check::Shapes>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> SourceFile {
        SourceFile {
            path,
            text,
            shapes: std::sync::OnceLock::new(),
        }
    }
}

/// A Fluent syntax error with a position a translator can find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseProblem {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, column)
}

/// Line and column of many byte offsets of one text, each found in logarithmic time (a file
/// with thousands of problems is not scanned once per problem).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// As [`line_column`].
    pub fn at(&self, offset: usize) -> (usize, usize) {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

/// Parses one file, returning the resource and every syntax error with file:line:column.
pub fn parse_file(file: &SourceFile) -> (FluentResource, Vec<ParseProblem>) {
    match FluentResource::try_new(file.text.clone()) {
        Ok(res) => (res, Vec::new()),
        Err((res, errors)) => (res, parse_problems(file, &errors)),
    }
}

/// Syntax errors with a position a translator can find.
pub(super) fn parse_problems(
    file: &SourceFile,
    errors: &[fluent_syntax::parser::ParserError],
) -> Vec<ParseProblem> {
    let lines = LineIndex::new(&file.text);
    errors
        .iter()
        .map(|e| {
            // Point at the broken entry (its first line), not where the parser gave up.
            let at = e.slice.as_ref().map(|s| s.start).unwrap_or(e.pos.start);
            let (line, column) = lines.at(at);
            ParseProblem {
                path: file.path.clone(),
                line,
                column,
                message: parse_error_text(&e.kind),
            }
        })
        .collect()
}

fn parse_error_text(kind: &fluent_syntax::parser::ErrorKind) -> String {
    // fluent-syntax's own text ("Expected token: \"=\""), marked as a syntax error; the
    // characters it quotes may be line breaks or controls: escaped, to keep one line per problem.
    let mut text = String::new();
    for c in kind.to_string().chars() {
        if c.is_control() {
            text.extend(c.escape_default());
        } else {
            text.push(c);
        }
    }
    format!("Fluent syntax error: {text}")
}

impl std::fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            shown(&self.path),
            self.line,
            self.column,
            self.message
        )
    }
}
