//! Locales: Fluent messages (`locales/<lang>/*.ftl`) and each locale's `meta.toml`.
//!
//! Built-in locales are embedded in the binary. A directory given with `--locales-dir` (or the
//! user data directory) adds locales or replaces a built-in one as a whole. Letters are only
//! written in a locale that has every letter message of the reference locale (`en`) with the same
//! variables: nothing inside a letter silently falls back to another language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use include_dir::{include_dir, Dir};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::error::Error;

mod resolve;

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale every other locale is checked against.
pub const REFERENCE: &str = "en";
/// The file holding the letter messages.
pub const LETTER_FILE: &str = "letter.ftl";
/// The comment `locales new` puts above every message still to be translated.
pub const UNTRANSLATED: &str = "UNTRANSLATED";
/// The largest `.ftl` or `meta.toml` file read from disk (the English letter is about 25 KB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The longest language name shown from a `meta.toml`, in characters.
const MAX_NAME_CHARS: usize = 60;

/// Review status of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Written carefully, not yet reviewed by a native speaker with legal knowledge.
    Draft,
    /// Reviewed by a native speaker.
    Reviewed,
}

/// `locales/<lang>/meta.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The language's name in the language itself ("Deutsch").
    pub name: String,
    /// "ltr" or "rtl".
    #[serde(default)]
    pub direction: Direction,
    pub status: Status,
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// The CLDR locale used to format dates, numbers and amounts (e.g. `en-GB`, `pt-PT`).
    #[serde(default)]
    pub format_locale: Option<String>,
    /// What reviews the text has had: when, by what kind of reviewer, what was checked and what
    /// the reviewer was unsure of. A record, not a status: only a native-speaking lawyer's
    /// review makes a locale `reviewed`.
    #[serde(default)]
    pub review: Vec<Review>,
}

/// One review of a locale's text (`[[review]]` in `meta.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// YYYY-MM-DD.
    pub date: String,
    /// Who reviewed, as a kind of reviewer ("native-speaking lawyer", "AI model, not a lawyer").
    pub reviewer: String,
    /// What was checked.
    pub checked: String,
    /// What the reviewer was unsure of.
    #[serde(default)]
    pub unsure: String,
}

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Meta {
    /// Parses and checks a `meta.toml`; problems carry the file's line and column.
    fn parse(path: &Path, text: &str) -> Result<Meta, ParseProblem> {
        let at = |offset: usize, message: String| {
            let (line, column) = line_column(text, offset);
            ParseProblem {
                path: path.to_path_buf(),
                line,
                column,
                message,
            }
        };
        let meta: Meta = toml::from_str(text).map_err(|e| {
            // The message alone: toml's full text quotes the input line, unfiltered.
            let message = crate::printable::printable_max(e.message(), 200);
            at(
                e.span().map(|s| s.start).unwrap_or(0),
                format!("{message} (fields: name, direction = \"ltr\" | \"rtl\", status = \"draft\" | \"reviewed\", reviewers, format_locale)"),
            )
        })?;
        let offset_of = |key: &str| {
            text.lines()
                .scan(0, |pos, l| {
                    let start = *pos;
                    *pos += l.len() + 1;
                    Some((start, l))
                })
                .find(|(_, l)| l.trim_start().starts_with(key))
                .map(|(start, _)| start)
                .unwrap_or(0)
        };
        if meta
            .name
            .chars()
            .all(|c| c.is_whitespace() || crate::printable::unsafe_to_show(c))
        {
            return Err(at(
                offset_of("name"),
                "`name` is empty (or only invisible characters): write the language's name in the language itself".into(),
            ));
        }
        if let Some(f) = &meta.format_locale {
            if f.parse::<icu::locale::Locale>().is_err() {
                return Err(at(
                    offset_of("format_locale"),
                    format!(
                        "`format_locale` = \"{}\" is not a locale code (e.g. \"pt-PT\", \"de\")",
                        crate::printable::printable(f)
                    ),
                ));
            }
        }
        Ok(meta)
    }
}

/// One `.ftl` file: where it came from (for messages to translators) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

/// The files of one locale, before parsing.
#[derive(Debug, Clone)]
pub struct LocaleSource {
    pub lang: String,
    /// Where it was found (`built-in` or a directory).
    pub origin: String,
    /// Its folder (`locales/<lang>` for a built-in locale).
    pub dir: PathBuf,
    /// `None` when `meta.toml` is missing or broken (see `problems`).
    pub meta: Option<Meta>,
    /// File name (`letter.ftl`) -> contents.
    pub files: BTreeMap<String, SourceFile>,
    /// What went wrong reading the folder: unreadable, oversized or non-UTF-8 files, a broken
    /// or missing `meta.toml`, a folder name that is not a canonical language code.
    pub problems: Vec<Problem>,
}

impl LocaleSource {
    /// The language's name from `meta.toml`, made printable (control, bidi and invisible
    /// characters shown as `<U+XXXX>`, at most 60 characters), or the language code.
    pub fn display_name(&self) -> String {
        self.meta
            .as_ref()
            .map(|m| crate::printable::printable_max(&m.name, MAX_NAME_CHARS).into_owned())
            .unwrap_or_else(|| self.lang.clone())
    }

    pub fn status(&self) -> Status {
        self.meta
            .as_ref()
            .map(|m| m.status)
            .unwrap_or(Status::Draft)
    }

    pub fn format_locale(&self) -> &str {
        self.meta
            .as_ref()
            .and_then(|m| m.format_locale.as_deref())
            .unwrap_or(self.lang.as_str())
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
fn parse_problems(
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

/// What one message needs: its variables and attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageShape {
    pub line: usize,
    /// The message still carries the `# UNTRANSLATED` comment of a scaffold.
    pub untranslated: bool,
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    pub has_value: bool,
    /// The provisions its `REF(…)` calls cite (sorted; a call that cannot be read as an error).
    pub citations: Vec<String>,
}

/// The messages of a file (id -> shape) and its syntax errors, from one parse with fluent-syntax's
/// full parser, which keeps comments (the runtime parser drops them).
pub fn message_shapes(file: &SourceFile) -> (BTreeMap<String, MessageShape>, Vec<ParseProblem>) {
    let text = file.text.as_str();
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let problems = parse_problems(file, &errors);
    let mut out = BTreeMap::new();
    // Line numbers: fluent-syntax does not keep spans in the AST; find each `id =` at a line start.
    let mut lines = BTreeMap::new();
    for (i, l) in text.lines().enumerate() {
        if let Some((id, _)) = l.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty() && !l.starts_with([' ', '#', '\t']) {
                lines.entry(id.to_string()).or_insert(i + 1);
            }
        }
    }
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut shape = MessageShape {
                line: lines.get(m.id.name).copied().unwrap_or(0),
                untranslated: m.comment.as_ref().is_some_and(|c| {
                    c.content
                        .iter()
                        .any(|l| l.trim_start().starts_with(UNTRANSLATED))
                }),
                has_value: m.value.is_some(),
                ..Default::default()
            };
            if let Some(p) = &m.value {
                collect_variables(p, &mut shape.variables);
            }
            for a in &m.attributes {
                shape.attributes.insert(a.id.name.to_string());
                collect_variables(&a.value, &mut shape.variables);
            }
            shape.citations = crate::citation::calls_in(m)
                .into_iter()
                .map(|c| match c {
                    Ok(c) => crate::citation::describe(&c.provision),
                    Err(e) => format!("an unreadable REF call ({e})"),
                })
                .collect();
            shape.citations.sort();
            out.insert(m.id.name.to_string(), shape);
        }
    }
    (out, problems)
}

/// The variables a pattern uses, in text, selectors and arguments (also those it passes to a
/// term: `{ -term(date: $date) }` uses `$date`).
pub(crate) fn collect_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
            for a in &arguments.named {
                collect_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Where locales come from: the built-ins plus, optionally, directories searched in order (a
/// later directory wins over an earlier one, any directory wins over the built-ins).
#[derive(Debug, Clone)]
pub struct Catalog {
    locales: BTreeMap<String, LocaleSource>,
    /// The built-in reference locale: the messages the program's templates ask for. Every locale,
    /// an `en` folder on disk included, is checked against it.
    reference: LocaleSource,
    /// What stops each locale from being used for letters, computed once per locale (checking
    /// parses two Fluent files; batch mode asks for every row).
    gaps: std::sync::Arc<std::sync::Mutex<BTreeMap<String, Vec<String>>>>,
}

impl Catalog {
    /// The user's locale directory, `$XDG_DATA_HOME/facerights/locales` (on Linux usually
    /// `~/.local/share/facerights/locales`), if the platform has one.
    pub fn user_dir() -> Option<PathBuf> {
        dirs::data_dir().map(|d| d.join("facerights").join("locales"))
    }

    fn with_user_dir(dirs: &[PathBuf]) -> Vec<PathBuf> {
        let mut all: Vec<PathBuf> = Self::user_dir()
            .filter(|d| d.is_dir())
            .into_iter()
            .collect();
        all.extend(dirs.iter().cloned());
        all
    }

    /// Built-in locales, then the user's locale directory (if it exists), then the directories
    /// given with `--locales-dir` (each holding `<lang>/` subdirectories); later ones win.
    /// A locale folder that cannot be used as it is (a syntax error, a broken `meta.toml`, an
    /// unreadable file) is an error naming file:line:column: never a silent fall back.
    pub fn load_with_user_dir(dirs: &[PathBuf]) -> Result<Catalog, Error> {
        Self::load(&Self::with_user_dir(dirs))
    }

    /// As [`Catalog::load_with_user_dir`], but keeping broken locale folders, so that
    /// `locales check` can report every problem of every file.
    pub fn load_for_check(dirs: &[PathBuf]) -> Result<Catalog, Error> {
        Self::load_from(&Self::with_user_dir(dirs), false)
    }

    /// Built-in locales plus the locale directories given (each holding `<lang>/` subdirectories),
    /// refusing a folder that does not parse.
    pub fn load(dirs: &[PathBuf]) -> Result<Catalog, Error> {
        Self::load_from(dirs, true)
    }

    fn load_from(dirs: &[PathBuf], strict: bool) -> Result<Catalog, Error> {
        let mut locales = BTreeMap::new();
        for dir in BUILTIN.dirs() {
            let lang = dir.path().to_string_lossy().to_string();
            let mut files = BTreeMap::new();
            let mut meta_text = None;
            for f in dir.files() {
                let name = f
                    .path()
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                let text = f
                    .contents_utf8()
                    .ok_or_else(|| {
                        Error::Locale(format!(
                            "built-in locales/{} is not UTF-8",
                            f.path().display()
                        ))
                    })?
                    .to_string();
                if name == "meta.toml" {
                    meta_text = Some(text);
                } else if name.ends_with(".ftl") {
                    files.insert(
                        name,
                        SourceFile {
                            path: Path::new("locales").join(f.path()),
                            text,
                        },
                    );
                }
            }
            let dir = Path::new("locales").join(&lang);
            locales.insert(
                lang.clone(),
                LocaleSource::new(lang, "built-in".into(), dir, meta_text, files, Vec::new()),
            );
        }
        let reference = locales
            .get(REFERENCE)
            .cloned()
            .ok_or_else(|| Error::Data(format!("the reference locale `{REFERENCE}` is missing")))?;
        let mut broken = Vec::new();
        for dir in dirs {
            for src in read_locale_dir(dir)? {
                // A folder that cannot be used is reported with all its problems, so that one
                // run shows the translator everything to fix.
                if strict && !unusable(&reference, &src).is_empty() {
                    broken.extend(
                        check_locale(&reference, &src)
                            .into_iter()
                            .filter(|p| !matches!(p, Problem::MetaMissing { .. })),
                    );
                }
                locales.insert(src.lang.clone(), src);
            }
        }
        if !broken.is_empty() {
            let shown: Vec<_> = broken.iter().take(20).map(|p| format!("  {p}")).collect();
            let more = broken.len().saturating_sub(20);
            return Err(Error::Locale(format!(
                "a locale folder cannot be used ({} problem{}); fix {} or remove the folder \
                 (`facerights locales check` lists every problem):\n{}{}",
                broken.len(),
                if broken.len() == 1 { "" } else { "s" },
                if broken.len() == 1 { "it" } else { "them" },
                shown.join("\n"),
                if more > 0 {
                    format!("\n  … and {more} more")
                } else {
                    String::new()
                }
            )));
        }
        Ok(Catalog {
            locales,
            reference,
            gaps: Default::default(),
        })
    }

    /// The built-in reference locale every locale is checked against.
    pub fn reference(&self) -> &LocaleSource {
        &self.reference
    }

    pub fn get(&self, lang: &str) -> Option<&LocaleSource> {
        self.locales.get(lang)
    }

    pub fn iter(&self) -> impl Iterator<Item = &LocaleSource> {
        self.locales.values()
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    /// What stops `lang` from being used for letters (empty when it is complete).
    pub fn letter_gaps(&self, lang: &str) -> Vec<String> {
        let mut memo = self.gaps.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(g) = memo.get(lang) {
            return g.clone();
        }
        let gaps = self.compute_letter_gaps(lang);
        memo.insert(lang.to_string(), gaps.clone());
        gaps
    }

    fn compute_letter_gaps(&self, lang: &str) -> Vec<String> {
        let Some(src) = self.get(lang) else {
            return vec![format!("no locale `{lang}`")];
        };
        let unreadable = src.problems.iter().filter(|p| {
            matches!(p, Problem::File { path, .. } if path.file_name().is_some_and(|n| n == LETTER_FILE))
        });
        unreadable
            .cloned()
            .chain(compare_file(&self.reference, src, LETTER_FILE))
            .filter(|p| !matches!(p, Problem::Extra { .. }))
            .map(|p| p.to_string())
            .collect()
    }

    pub fn is_letter_complete(&self, lang: &str) -> bool {
        self.letter_gaps(lang).is_empty()
    }
}

/// What makes a locale folder from disk unusable: unreadable files, a broken `meta.toml`, a badly
/// named folder, Fluent syntax errors. (Incomplete translations are not: such a locale is only
/// refused for letters.)
fn unusable(reference: &LocaleSource, src: &LocaleSource) -> Vec<Problem> {
    let mut out: Vec<Problem> = src
        .problems
        .iter()
        .filter(|p| !matches!(p, Problem::MetaMissing { .. }))
        .cloned()
        .collect();
    // Files the program reads; another `.ftl` file is only reported by `locales check`.
    for (name, file) in &src.files {
        if reference.files.contains_key(name) {
            out.extend(parse_file(file).1.into_iter().map(Problem::Parse));
        }
    }
    out
}

impl LocaleSource {
    fn new(
        lang: String,
        origin: String,
        dir: PathBuf,
        meta_text: Option<String>,
        files: BTreeMap<String, SourceFile>,
        mut problems: Vec<Problem>,
    ) -> Self {
        let meta_path = dir.join("meta.toml");
        let meta = match meta_text {
            // Unreadable: already among the problems.
            None if problems
                .iter()
                .any(|p| matches!(p, Problem::File { path, .. } if *path == meta_path)) =>
            {
                None
            }
            None => {
                problems.push(Problem::MetaMissing { path: meta_path });
                None
            }
            Some(text) => match Meta::parse(&meta_path, &text) {
                Ok(m) => Some(m),
                Err(p) => {
                    problems.push(Problem::Meta(p));
                    None
                }
            },
        };
        LocaleSource {
            lang,
            origin,
            dir,
            meta,
            files,
            problems,
        }
    }
}

/// How deep placeables (`{ … }`) and call arguments (`F( … )`) may be nested in a `.ftl` file read
/// from disk. The Fluent parser descends once per level and would overflow the stack on a file
/// of some thousands of `{`; a translation needs two or three levels.
pub const MAX_NESTING: usize = 32;

/// The byte offset where `text` nests placeables or call arguments deeper than [`MAX_NESTING`],
/// counted the way the Fluent parser descends (comments and quoted text aside).
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if depth == 0 && line.starts_with('#') {
            continue;
        }
        // A string literal ends on its line.
        let mut in_string = false;
        let mut escaped = false;
        for (i, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '{' | '(' if c == '{' || depth > 0 => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(start + i);
                    }
                }
                '}' | ')' => depth = depth.saturating_sub(1),
                '"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
    }
    None
}

/// Reads a locale file from disk: a regular file of at most [`MAX_FILE_BYTES`], in UTF-8.
fn read_text(path: &Path) -> Result<String, Box<Problem>> {
    use std::io::Read;
    let problem = |at: Option<(usize, usize)>, message: String| {
        Box::new(Problem::File {
            path: path.to_path_buf(),
            at,
            message,
        })
    };
    let too_big = |len: u64| {
        problem(
            None,
            format!(
                "is {len} bytes; a locale file may have at most {MAX_FILE_BYTES} bytes (1 MiB): \
                 is it the right file?"
            ),
        )
    };
    let meta =
        std::fs::metadata(path).map_err(|e| problem(None, format!("cannot be read: {e}")))?;
    if meta.is_dir() {
        return Err(problem(
            None,
            "is a folder where a file is expected; remove or rename it".into(),
        ));
    }
    if !meta.is_file() {
        return Err(problem(None, "is not a regular file".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| problem(None, format!("cannot be read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = line_column(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        problem(
            Some(at),
            "is not valid UTF-8 (the first bad byte is here); save the file as UTF-8".into(),
        )
    })?;
    let is_ftl = path.extension().is_some_and(|x| x == "ftl");
    if let Some(offset) = too_deep(&text).filter(|_| is_ftl) {
        return Err(problem(
            Some(line_column(&text, offset)),
            format!(
                "placeables `{{ }}` or call arguments nested more than {MAX_NESTING} deep; \
                 a message needs two or three levels: close the braces"
            ),
        ));
    }
    Ok(text)
}

/// Reads every `<lang>/` directory below `dir`, or `dir` itself if it holds `.ftl` files.
/// Problems with single files are kept in each [`LocaleSource`]; an unreadable `dir` or a folder
/// of locale files whose name is not a language code is an error.
pub fn read_locale_dir(dir: &Path) -> Result<Vec<LocaleSource>, Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |e: std::io::Error| Error::Io { path, source: e }
    };
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .collect::<Result<_, _>>()
        .map_err(io(dir))?;
    entries.sort_by_key(|e| e.file_name());
    let is_locale_file = |name: &std::ffi::OsStr| {
        Path::new(name).extension().is_some_and(|x| x == "ftl") || name == "meta.toml"
    };
    let holds_ftl = entries.iter().any(|e| {
        Path::new(&e.file_name())
            .extension()
            .is_some_and(|x| x == "ftl")
    });
    let dirs: Vec<PathBuf> = if holds_ftl {
        vec![dir.to_path_buf()]
    } else {
        entries
            .iter()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect()
    };
    for d in dirs {
        let mut names: Vec<_> = std::fs::read_dir(&d)
            .map_err(io(&d))?
            .collect::<Result<_, _>>()
            .map_err(io(&d))?;
        names.sort_by_key(|e| e.file_name());
        names.retain(|e| is_locale_file(&e.file_name()));
        let folder = d
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let tag = folder.parse::<LanguageIdentifier>();
        let Ok(tag) = tag else {
            if names.is_empty() {
                // Some other folder (notes, a backup): not a locale.
                continue;
            }
            return Err(Error::Locale(format!(
                "{}: holds locale files, but `{}` is not a language code; name the folder after \
                 the language (e.g. `it`, `pt-PT`)",
                crate::printable::quoted_path(&d),
                crate::printable::printable(&folder)
            )));
        };
        let lang = folder;
        let mut problems = Vec::new();
        if tag.to_string() != lang {
            problems.push(Problem::File {
                path: d.clone(),
                at: None,
                message: format!("the folder name `{lang}` is not written as a language code: rename it to `{tag}`"),
            });
        }
        let mut files = BTreeMap::new();
        let mut meta_text = None;
        for e in names {
            let path = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            match read_text(&path) {
                Err(p) => problems.push(*p),
                Ok(text) if name == "meta.toml" => meta_text = Some(text),
                Ok(text) => {
                    files.insert(name, SourceFile { path, text });
                }
            }
        }
        out.push(LocaleSource::new(
            lang,
            d.display().to_string(),
            d,
            meta_text,
            files,
            problems,
        ));
    }
    Ok(out)
}

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

/// A path as shown in a message: characters that must not reach a terminal left out.
fn shown(path: &Path) -> String {
    crate::printable::quoted_path(path)
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

/// Compares `file` of `src` with the same file of `reference`, and checks what its messages
/// resolve to.
pub fn compare_file(reference: &LocaleSource, src: &LocaleSource, file: &str) -> Vec<Problem> {
    let Some(ref_file) = reference.files.get(file) else {
        return Vec::new();
    };
    let Some(this) = src.files.get(file) else {
        let path = src.dir.join(file);
        // An unreadable file is reported as such, not as missing.
        if src
            .problems
            .iter()
            .any(|p| matches!(p, Problem::File { path: p, .. } if *p == path))
        {
            return Vec::new();
        }
        return vec![Problem::MissingFile { path }];
    };
    let (want, _) = message_shapes(ref_file);
    let (have, parse) = message_shapes(this);
    let mut out: Vec<Problem> = parse.into_iter().map(Problem::Parse).collect();
    let path = this.path.clone();
    for (id, w) in &want {
        match have.get(id) {
            None => out.push(Problem::Missing {
                path: path.clone(),
                id: id.clone(),
            }),
            Some(h) => {
                if h.untranslated && src.lang != reference.lang {
                    out.push(Problem::Untranslated {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                    });
                }
                if w.has_value && !h.has_value {
                    out.push(Problem::NoValue {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                    });
                }
                // How a locale writes citations (`ref-*`) is its own grammar: its variables,
                // attributes (grammatical cases) and optional shapes need not match English.
                let grammar = locale_grammar(id);
                // The names of the law may depend on the country; the law's short name and the
                // controller's name are given to every message, so any message may use them.
                let mut variables = h.variables.clone();
                if id.starts_with("law-short-") || id.starts_with("law-full-") {
                    variables.remove("jurisdiction");
                }
                for always in ["gdpr", "controller"] {
                    if !w.variables.contains(always) {
                        variables.remove(always);
                    }
                }
                // Variables a language may use where its grammar needs them: the day of a
                // decision's date, for the preposition before it ("dell’11 febbraio").
                let mut wanted = w.variables.clone();
                for (message, optional) in OPTIONAL_VARIABLES {
                    if id == message {
                        variables.remove(optional);
                        wanted.remove(optional);
                    }
                }
                if !grammar && wanted != variables {
                    out.push(Problem::Variables {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing: wanted.difference(&variables).cloned().collect(),
                        extra: variables.difference(&wanted).cloned().collect(),
                    });
                }
                if !grammar && w.citations != h.citations {
                    let (missing, extra) = multiset_difference(&w.citations, &h.citations);
                    out.push(Problem::Citations {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing,
                        extra,
                    });
                }
                if !grammar && w.attributes != h.attributes {
                    out.push(Problem::Attributes {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing: w.attributes.difference(&h.attributes).cloned().collect(),
                        extra: h.attributes.difference(&w.attributes).cloned().collect(),
                    });
                }
            }
        }
    }
    for (id, h) in &have {
        if !want.contains_key(id) && !locale_grammar(id) {
            out.push(Problem::Extra {
                path: path.clone(),
                line: h.line,
                id: id.clone(),
            });
        }
    }
    // The letter bundle has one function, REF (citations); the interface bundle none.
    let functions: &[&str] = if file == LETTER_FILE { &["REF"] } else { &[] };
    out.extend(resolve_problems(ref_file, this, &want, &have, functions));
    out
}

/// Variables the program passes to a message that a language may use or not, as its grammar
/// needs: the day of a decision's date ("dell’11 febbraio"), the number of enclosures ("Enclosure:"
/// or "Enclosures:").
const OPTIONAL_VARIABLES: [(&str, &str); 2] =
    [("decision-citation", "day"), ("enclosures-label", "count")];

/// Messages that say how a language writes citations (`ref-*`), dates (`date-pattern`) and "in
/// <country>" (`country-in`): its own
/// grammar, so their variables and attributes need not match English, and optional ones may be
/// added.
fn locale_grammar(id: &str) -> bool {
    id.starts_with("ref-") || id == "date-pattern" || id == "country-in"
}

/// What `a` has more of than `b`, and `b` more of than `a` (both sorted).
fn multiset_difference(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let mut only_a = Vec::new();
    let mut only_b = b.to_vec();
    for x in a {
        match only_b.iter().position(|y| y == x) {
            Some(i) => {
                only_b.remove(i);
            }
            None => only_a.push(x.clone()),
        }
    }
    (only_a, only_b)
}

/// References, cycles, functions, term arguments, and required variables not printed on every
/// path, each with file:line:column.
fn resolve_problems(
    ref_file: &SourceFile,
    this: &SourceFile,
    want: &BTreeMap<String, MessageShape>,
    have: &BTreeMap<String, MessageShape>,
    functions: &[&str],
) -> Vec<Problem> {
    let parse = |text| match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let ref_ast = parse(ref_file.text.as_str());
    let this_ast = parse(this.text.as_str());
    let ref_index = resolve::FileIndex::new(&ref_file.text, &ref_ast);
    let index = resolve::FileIndex::new(&this.text, &this_ast);
    let mut findings = index.reference_findings(functions);
    for (id, w) in want {
        // How a locale writes citations and dates is its own grammar (see compare_file).
        let Some(h) = have.get(id).filter(|_| !locale_grammar(id)) else {
            continue;
        };
        let parts = std::iter::once(None).chain(w.attributes.iter().map(|a| Some(a.as_str())));
        for attr in parts {
            let (Some(required), Some(printed)) =
                (ref_index.printed(id, attr), index.printed(id, attr))
            else {
                continue;
            };
            // A variable the message lacks altogether is already reported (`lacks { $x }`).
            for v in required
                .difference(&printed)
                .filter(|v| h.variables.contains(*v))
            {
                findings.push(resolve::Finding {
                    offset: index.locate_variable(id, v),
                    id: id.clone(),
                    kind: resolve::FindingKind::NotPrinted {
                        variable: v.clone(),
                    },
                });
            }
        }
    }
    findings.sort_by_key(|f| f.offset);
    let lines = LineIndex::new(&this.text);
    findings
        .into_iter()
        .map(|f| {
            let (line, column) = lines.at(f.offset);
            Problem::Resolve {
                path: this.path.clone(),
                line,
                column,
                id: f.id,
                kind: f.kind,
            }
        })
        .collect()
}

/// Every problem of a locale: how its folder was read, each reference file compared, extra files.
pub fn check_locale(reference: &LocaleSource, src: &LocaleSource) -> Vec<Problem> {
    let mut out = src.problems.clone();
    for file in reference.files.keys() {
        out.extend(compare_file(reference, src, file));
    }
    if let Some(letter) = src.files.get(LETTER_FILE) {
        out.extend(citation_forms(src, letter));
    }
    for (name, file) in &src.files {
        if !reference.files.contains_key(name) {
            out.push(Problem::UnknownFile {
                path: file.path.clone(),
            });
        }
    }
    out
}

/// Writes sample citations of every shape with the locale's `ref-*` messages: each must work, and
/// none may come out in the EU's English form ("21(1)", "(1)(h)") unless the locale says that is
/// its practice (`ref-eu-style`, as Irish and Maltese may).
fn citation_forms(src: &LocaleSource, letter: &SourceFile) -> Vec<Problem> {
    use crate::citation::{Conj, Provision};
    let (res, parse) = parse_file(letter);
    if !parse.is_empty() {
        return Vec::new(); // reported as syntax errors
    }
    let has = |id: &str| {
        res.entries()
            .any(|e| matches!(e, ast::Entry::Message(m) if m.id.name == id))
    };
    if !has("ref-a") {
        return Vec::new(); // reported as missing messages
    }
    let eu_style = has("ref-eu-style");
    let citations =
        match crate::citation::Citations::new(src.format_locale(), std::sync::Arc::new(res)) {
            Ok(c) => c,
            Err(e) => {
                return vec![Problem::CitationForm {
                    path: letter.path.clone(),
                    message: e.to_string(),
                }]
            }
        };
    let p = |art, par: &[u32], pt: &[&str]| Provision {
        par: par.to_vec(),
        pt: pt.iter().map(|s| s.to_string()).collect(),
        ..Provision::article(art)
    };
    let samples = [
        p(15, &[], &[]),
        p(21, &[1], &[]),
        p(15, &[1, 2], &[]),
        p(15, &[1], &["h"]),
        p(5, &[1], &["b", "c", "e"]),
        Provision {
            conj: Conj::Or,
            ..p(6, &[1], &["e", "f"])
        },
        Provision {
            num: Some(14),
            ..Provision::article(4)
        },
    ];
    let mut out = Vec::new();
    let mut written = Vec::new();
    for sample in &samples {
        for item in [false, true] {
            match citations.one(sample, None, item) {
                Ok(t) => written.push((crate::citation::describe(sample), t)),
                Err(e) => out.push(Problem::CitationForm {
                    path: letter.path.clone(),
                    message: format!("cannot write {}: {e}", crate::citation::describe(sample)),
                }),
            }
        }
    }
    match citations.list(&samples[..4]) {
        Ok(t) => written.push(("a list".to_string(), t)),
        Err(e) => out.push(Problem::CitationForm {
            path: letter.path.clone(),
            message: format!("cannot write a list of provisions: {e}"),
        }),
    }
    if src.lang != REFERENCE && !eu_style {
        for (what, text) in written {
            if crate::citation::looks_english_style(&text) {
                out.push(Problem::CitationForm {
                    path: letter.path.clone(),
                    message: format!(
                        "{what} comes out as \"{text}\", the EU's English form; write it as this \
                         language's lawyers do (ref-* messages), or add `ref-eu-style = yes` if \
                         that form is this language's practice"
                    ),
                });
            }
        }
    }
    out
}

/// The letter messages of one locale, ready to format. Shareable across threads.
pub struct LetterText {
    pub lang: String,
    bundle: FluentBundle<std::sync::Arc<FluentResource>>,
    citations: std::sync::Arc<crate::citation::Citations>,
}

impl std::fmt::Debug for LetterText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LetterText")
            .field("lang", &self.lang)
            .finish()
    }
}

impl LetterText {
    /// Builds the letter bundle of `lang`, refusing a locale that is not complete for letters.
    pub fn new(catalog: &Catalog, lang: &str) -> Result<LetterText, Error> {
        let src = catalog
            .get(lang)
            .ok_or_else(|| Error::Locale(format!("no locale `{lang}`")))?;
        let gaps = catalog.letter_gaps(lang);
        if !gaps.is_empty() {
            let shown: Vec<_> = gaps.iter().take(20).map(|g| format!("  {g}")).collect();
            let more = gaps.len().saturating_sub(20);
            return Err(Error::Locale(format!(
                "locale `{lang}` is not complete for letters ({} problem{}):\n{}{}",
                gaps.len(),
                if gaps.len() == 1 { "" } else { "s" },
                shown.join("\n"),
                if more > 0 {
                    format!("\n  … and {more} more (run `facerights locales check {lang}`)")
                } else {
                    String::new()
                }
            )));
        }
        let file = src.files.get(LETTER_FILE).ok_or_else(|| {
            Error::Locale(format!(
                "{}: file missing",
                shown(&src.dir.join(LETTER_FILE))
            ))
        })?;
        let (res, _) = parse_file(file);
        let res = std::sync::Arc::new(res);
        let langid: LanguageIdentifier = lang
            .parse()
            .map_err(|_| Error::Locale(format!("`{lang}` is not a valid language tag")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res.clone()).map_err(|errs| {
            Error::Locale(format!(
                "{}: duplicate messages: {errs:?}",
                shown(&file.path)
            ))
        })?;
        // Citations (`REF(…)`) as this locale writes them, with its lists.
        let citations =
            std::sync::Arc::new(crate::citation::Citations::new(src.format_locale(), res)?);
        bundle
            .add_function("REF", citations.function())
            .map_err(|e| Error::Locale(format!("{lang}: {e}")))?;
        Ok(LetterText {
            lang: lang.to_string(),
            bundle,
            citations,
        })
    }

    /// Whether the locale has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// How this locale writes citations (for the lists the program builds).
    pub fn citations(&self) -> &crate::citation::Citations {
        &self.citations
    }

    /// Formats message `id`; any missing message, missing variable or other Fluent error is a
    /// hard error (a letter never shows `{$name}` or an English fallback).
    pub fn format(&self, id: &str, args: &FluentArgs) -> Result<String, Error> {
        let msg = self.bundle.get_message(id).ok_or_else(|| {
            Error::Compose(format!("message `{id}` missing in locale `{}`", self.lang))
        })?;
        let pattern = msg.value().ok_or_else(|| {
            Error::Compose(format!(
                "message `{id}` has no value in locale `{}`",
                self.lang
            ))
        })?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if let Some(start) = text.find(crate::citation::FAILED) {
            let rest = &text[start + crate::citation::FAILED.len_utf8()..];
            let why = rest.split(crate::citation::FAILED).next().unwrap_or(rest);
            return Err(Error::Compose(format!(
                "message `{id}` in locale `{}`: {why}",
                self.lang
            )));
        }
        if !errors.is_empty() {
            return Err(Error::Compose(format!(
                "message `{id}` in locale `{}`: {}",
                self.lang,
                errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            )));
        }
        Ok(text.into_owned())
    }
}
