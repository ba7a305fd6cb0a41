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

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale every other locale is checked against.
pub const REFERENCE: &str = "en";
/// The file holding the letter messages.
pub const LETTER_FILE: &str = "letter.ftl";
/// The comment `locales new` puts above every message still to be translated.
pub const UNTRANSLATED: &str = "UNTRANSLATED";

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
    #[serde(default = "ltr")]
    pub direction: String,
    pub status: Status,
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// The CLDR locale used to format dates, numbers and amounts (e.g. `en-GB`, `pt-PT`).
    #[serde(default)]
    pub format_locale: Option<String>,
}

fn ltr() -> String {
    "ltr".into()
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
    pub meta: Option<Meta>,
    pub meta_error: Option<String>,
    /// File name (`letter.ftl`) -> contents.
    pub files: BTreeMap<String, SourceFile>,
}

impl LocaleSource {
    pub fn display_name(&self) -> &str {
        self.meta
            .as_ref()
            .map(|m| m.name.as_str())
            .unwrap_or(self.lang.as_str())
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

impl std::fmt::Display for ParseProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
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
    errors
        .iter()
        .map(|e| {
            // Point at the broken entry (its first line), not where the parser gave up.
            let at = e.slice.as_ref().map(|s| s.start).unwrap_or(e.pos.start);
            let (line, column) = line_column(&file.text, at);
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
    // fluent-syntax's own text ("Expected token: \"=\""), marked as a syntax error.
    format!("Fluent syntax error: {kind}")
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
            out.insert(m.id.name.to_string(), shape);
        }
    }
    (out, problems)
}

fn collect_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
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
        ast::InlineExpression::FunctionReference { arguments, .. } => {
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
    /// What stops each locale from being used for letters, computed once per locale (checking
    /// parses two Fluent files; batch mode asks for every row).
    gaps: std::sync::Arc<std::sync::Mutex<BTreeMap<String, Vec<String>>>>,
}

impl Catalog {
    /// The note printed (on stderr, never in the letter) when the letter's locale is a draft.
    pub fn draft_note(&self, lang: &str) -> Option<String> {
        let src = self.get(lang)?;
        (src.status() == Status::Draft).then(|| {
            format!(
                "note: the {} ({lang}) letter text is a draft: no native speaker with legal knowledge has reviewed it yet. \
                 Read it before you send it.",
                src.display_name()
            )
        })
    }

    /// The user's locale directory, `$XDG_DATA_HOME/facerights/locales` (on Linux usually
    /// `~/.local/share/facerights/locales`), if the platform has one.
    pub fn user_dir() -> Option<PathBuf> {
        dirs::data_dir().map(|d| d.join("facerights").join("locales"))
    }

    /// Built-in locales, then the user's locale directory (if it exists), then the directories
    /// given with `--locales-dir` (each holding `<lang>/` subdirectories); later ones win.
    pub fn load_with_user_dir(dirs: &[PathBuf]) -> Result<Catalog, Error> {
        let mut all: Vec<PathBuf> = Self::user_dir()
            .filter(|d| d.is_dir())
            .into_iter()
            .collect();
        all.extend(dirs.iter().cloned());
        Self::load(&all)
    }

    /// Built-in locales plus the locale directories given (each holding `<lang>/` subdirectories).
    pub fn load(dirs: &[PathBuf]) -> Result<Catalog, Error> {
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
            locales.insert(
                lang.clone(),
                LocaleSource::new(lang, "built-in".into(), meta_text, files),
            );
        }
        for dir in dirs {
            for src in read_locale_dir(dir)? {
                locales.insert(src.lang.clone(), src);
            }
        }
        Ok(Catalog {
            locales,
            gaps: Default::default(),
        })
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
        let Some(reference) = self.get(REFERENCE) else {
            return vec![format!("the reference locale `{REFERENCE}` is missing")];
        };
        // Without the reference's letter file there is nothing to be complete against (a
        // locale directory may replace `en/` with one that lacks it).
        if !reference.files.contains_key(LETTER_FILE) {
            return vec![format!(
                "the reference locale `{REFERENCE}` has no {LETTER_FILE} (from {})",
                crate::printable::printable(&reference.origin)
            )];
        }
        compare_file(reference, src, LETTER_FILE)
            .into_iter()
            .filter(|p| !matches!(p, Problem::Extra { .. }))
            .map(|p| p.to_string())
            .collect()
    }

    pub fn is_letter_complete(&self, lang: &str) -> bool {
        self.letter_gaps(lang).is_empty()
    }
}

impl LocaleSource {
    fn new(
        lang: String,
        origin: String,
        meta_text: Option<String>,
        files: BTreeMap<String, SourceFile>,
    ) -> Self {
        let (meta, meta_error) = match meta_text.map(|t| toml::from_str::<Meta>(&t)) {
            None => (None, Some("meta.toml is missing".to_string())),
            Some(Ok(m)) => (Some(m), None),
            Some(Err(e)) => (None, Some(format!("meta.toml: {e}"))),
        };
        LocaleSource {
            lang,
            origin,
            meta,
            meta_error,
            files,
        }
    }
}

/// Reads every `<lang>/` directory below `dir`, or `dir` itself if it holds `.ftl` files.
pub fn read_locale_dir(dir: &Path) -> Result<Vec<LocaleSource>, Error> {
    let io = |e: std::io::Error| Error::Io {
        path: dir.to_path_buf(),
        source: e,
    };
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort_by_key(|e| e.file_name());
    let holds_ftl = entries
        .iter()
        .any(|e| e.path().extension().is_some_and(|x| x == "ftl"));
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
        let lang = d
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if lang.parse::<LanguageIdentifier>().is_err() {
            continue;
        }
        let mut files = BTreeMap::new();
        let mut meta_text = None;
        let mut names: Vec<_> = std::fs::read_dir(&d)
            .map_err(io)?
            .collect::<Result<_, _>>()
            .map_err(io)?;
        names.sort_by_key(|e| e.file_name());
        for e in names {
            let path = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if !(name.ends_with(".ftl") || name == "meta.toml") {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| Error::Io {
                path: path.clone(),
                source: e,
            })?;
            let text = String::from_utf8(bytes).map_err(|e| {
                let (line, _) = line_column(
                    &String::from_utf8_lossy(e.as_bytes()),
                    e.utf8_error().valid_up_to(),
                );
                Error::Locale(format!(
                    "{}:{line}: not valid UTF-8; save the file as UTF-8",
                    path.display()
                ))
            })?;
            if name == "meta.toml" {
                meta_text = Some(text);
            } else {
                files.insert(name, SourceFile { path, text });
            }
        }
        out.push(LocaleSource::new(
            lang,
            d.display().to_string(),
            meta_text,
            files,
        ));
    }
    Ok(out)
}

/// A difference between a locale's file and the reference locale's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Parse(ParseProblem),
    MissingFile {
        lang: String,
        file: String,
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
    Meta {
        lang: String,
        message: String,
    },
    UnknownFile {
        path: PathBuf,
    },
}

impl Problem {
    /// A short machine-readable name of the kind of problem.
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::Parse(_) => "parse-error",
            Problem::MissingFile { .. } => "missing-file",
            Problem::Missing { .. } => "missing-message",
            Problem::Extra { .. } => "extra-message",
            Problem::Variables { .. } => "variables-differ",
            Problem::Attributes { .. } => "attributes-differ",
            Problem::NoValue { .. } => "no-value",
            Problem::Untranslated { .. } => "untranslated",
            Problem::Meta { .. } => "meta",
            Problem::UnknownFile { .. } => "unknown-file",
        }
    }

    /// The file, line and column the problem points at, where there is one.
    pub fn location(&self) -> (Option<&Path>, Option<usize>, Option<usize>) {
        match self {
            Problem::Parse(p) => (Some(&p.path), Some(p.line), Some(p.column)),
            Problem::Extra { path, line, .. }
            | Problem::Variables { path, line, .. }
            | Problem::Attributes { path, line, .. }
            | Problem::NoValue { path, line, .. }
            | Problem::Untranslated { path, line, .. } => (Some(path), Some(*line), Some(1)),
            Problem::Missing { path, .. } | Problem::UnknownFile { path } => {
                (Some(path), None, None)
            }
            Problem::MissingFile { .. } | Problem::Meta { .. } => (None, None, None),
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
            | Problem::Untranslated { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |v: &[String]| {
            v.iter()
                .map(|s| format!("{{ ${s} }}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Problem::Parse(p) => write!(f, "{p}"),
            Problem::MissingFile { lang, file } => write!(f, "locales/{lang}/{file}: file missing"),
            Problem::Missing { path, id } => {
                write!(f, "{}: message `{id}` is missing", path.display())
            }
            Problem::Extra { path, line, id } => {
                write!(f, "{}:{line}:1: message `{id}` is not in the reference locale (remove it or check its id)", path.display())
            }
            Problem::Variables {
                path,
                line,
                id,
                missing,
                extra,
            } => {
                write!(f, "{}:{line}:1: message `{id}`", path.display())?;
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
            Problem::Attributes {
                path,
                line,
                id,
                missing,
                extra,
            } => write!(
                f,
                "{}:{line}:1: message `{id}` attributes differ (missing: {:?}, extra: {:?})",
                path.display(),
                missing,
                extra
            ),
            Problem::NoValue { path, line, id } => {
                write!(f, "{}:{line}:1: message `{id}` has no text", path.display())
            }
            Problem::Untranslated { path, line, id } => write!(
                f,
                "{}:{line}:1: message `{id}` is still marked {UNTRANSLATED}; translate it and delete that comment line",
                path.display()
            ),
            Problem::Meta { lang, message } => write!(f, "locales/{lang}/meta.toml: {message}"),
            Problem::UnknownFile { path } => {
                write!(f, "{}: not a file of the reference locale (check its name)", path.display())
            }
        }
    }
}

/// Compares `file` of `src` with the same file of `reference`.
pub fn compare_file(reference: &LocaleSource, src: &LocaleSource, file: &str) -> Vec<Problem> {
    let Some(ref_file) = reference.files.get(file) else {
        return Vec::new();
    };
    let Some(this) = src.files.get(file) else {
        return vec![Problem::MissingFile {
            lang: src.lang.clone(),
            file: file.to_string(),
        }];
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
                if w.variables != h.variables {
                    out.push(Problem::Variables {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing: w.variables.difference(&h.variables).cloned().collect(),
                        extra: h.variables.difference(&w.variables).cloned().collect(),
                    });
                }
                if w.attributes != h.attributes {
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
        if !want.contains_key(id) {
            out.push(Problem::Extra {
                path: path.clone(),
                line: h.line,
                id: id.clone(),
            });
        }
    }
    out
}

/// Every problem of a locale compared with the reference: each reference file, extra files, meta.
pub fn check_locale(reference: &LocaleSource, src: &LocaleSource) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(e) = &src.meta_error {
        out.push(Problem::Meta {
            lang: src.lang.clone(),
            message: e.clone(),
        });
    }
    for file in reference.files.keys() {
        out.extend(compare_file(reference, src, file));
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

/// The letter messages of one locale, ready to format. Shareable across threads.
pub struct LetterText {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
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
        let file = src
            .files
            .get(LETTER_FILE)
            .ok_or_else(|| Error::Locale(format!("locale `{lang}` has no {LETTER_FILE}")))?;
        let (res, _) = parse_file(file);
        let langid: LanguageIdentifier = lang
            .parse()
            .map_err(|_| Error::Locale(format!("`{lang}` is not a valid language tag")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).map_err(|errs| {
            Error::Locale(format!(
                "{}: duplicate messages: {errs:?}",
                file.path.display()
            ))
        })?;
        Ok(LetterText {
            lang: lang.to_string(),
            bundle,
        })
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
