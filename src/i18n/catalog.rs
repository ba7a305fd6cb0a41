//! Loading locales: the built-in ones embedded in the binary and the user's locale folders read
//! from disk (with limits on file size and nesting), each locale's `meta.toml`, and the
//! [`Catalog`] that holds them and knows which are complete for letters.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::{
    check_locale, compare_file, line_column, parse_file, ParseProblem, Problem, SourceFile,
    LETTER_FILE, REFERENCE,
};
use crate::error::Error;

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
/// The origin of a locale embedded in the binary ([`LocaleSource::origin`]).
const BUILT_IN: &str = "built-in";

/// How far a locale's files are checked before letters are written in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// In full, whatever their origin.
    #[cfg_attr(not(test), allow(dead_code))]
    Full,
    /// In full, but a built-in file that is there is complete (the tests check it).
    TrustBuiltIn,
}

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
                        SourceFile::new(Path::new("locales").join(f.path()), text),
                    );
                }
            }
            let dir = Path::new("locales").join(&lang);
            locales.insert(
                lang.clone(),
                LocaleSource::new(lang, BUILT_IN.into(), dir, meta_text, files, Vec::new()),
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
        match self.get(lang) {
            Some(src) => self.file_gaps(src, LETTER_FILE, Check::TrustBuiltIn),
            None => vec![format!("no locale `{lang}`")],
        }
    }

    pub fn is_letter_complete(&self, lang: &str) -> bool {
        self.letter_gaps(lang).is_empty()
    }

    /// What stops `lang` from being used for letters under `law`: the letter messages, and for a
    /// regime other than the GDPR its shared and own message files.
    pub fn gaps_for(&self, lang: &str, law: &crate::data::LawInfo) -> Vec<String> {
        let mut gaps = self.letter_gaps(lang);
        let (Some(own), Some(src)) = (law.messages_file(), self.get(lang)) else {
            return gaps;
        };
        for file in [super::REGIMES_FILE, own.as_str()] {
            gaps.extend(self.file_gaps(src, file, Check::TrustBuiltIn));
        }
        gaps
    }

    /// What stops `file` of `src` from being used: unreadable, missing, or (checked against the
    /// reference) incomplete; messages the reference lacks do not count. With
    /// [`Check::TrustBuiltIn`], a built-in locale's file that is there is taken as complete: the
    /// test suite checks every built-in locale in full (`locales check`, and
    /// `trusting_built_in_locales_finds_what_a_full_check_finds`), and the full check costs about
    /// a millisecond per language, on the path every batch row takes.
    fn file_gaps(&self, src: &LocaleSource, file: &str, check: Check) -> Vec<String> {
        let unreadable = src.problems.iter().filter(|p| {
            matches!(p, Problem::File { path, .. } if path.file_name().is_some_and(|n| n == file))
        });
        let trusted =
            check == Check::TrustBuiltIn && src.origin == BUILT_IN && src.files.contains_key(file);
        let compared = if trusted {
            Vec::new()
        } else {
            compare_file(&self.reference, src, file)
        };
        unreadable
            .cloned()
            .chain(compared)
            .filter(|p| !matches!(p, Problem::Extra { .. }))
            .map(|p| p.to_string())
            .collect()
    }

    /// Whether `lang` can write letters under `law`.
    pub fn is_complete_for(&self, lang: &str, law: &crate::data::LawInfo) -> bool {
        self.gaps_for(lang, law).is_empty()
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
                    files.insert(name, SourceFile::new(path, text));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Letters trust a built-in locale's files that are there ([`Check::TrustBuiltIn`]); this is
    /// what makes that safe: for every built-in locale and every file letters read (the letter
    /// messages, the regimes' shared and own messages), the full check finds the same.
    #[test]
    fn trusting_built_in_locales_finds_what_a_full_check_finds() {
        let catalog = Catalog::load(&[]).expect("built-in locales");
        let data = crate::data::data().expect("built-in data");
        let mut files = vec![
            LETTER_FILE.to_string(),
            super::super::REGIMES_FILE.to_string(),
        ];
        files.extend(data.laws.iter().filter_map(|l| l.messages_file()));
        let mut trusted = 0;
        for src in catalog.iter() {
            assert_eq!(src.origin, BUILT_IN);
            for file in &files {
                let full = catalog.file_gaps(src, file, Check::Full);
                assert_eq!(
                    catalog.file_gaps(src, file, Check::TrustBuiltIn),
                    full,
                    "locales/{}/{file}",
                    src.lang
                );
                trusted += usize::from(src.files.contains_key(file.as_str()));
            }
        }
        // Every locale has its letter messages, and some have regimes' messages.
        assert!(trusted > catalog.iter().count(), "{trusted}");
    }

    #[test]
    fn a_locale_from_a_folder_is_checked_in_full() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let it = dir.path().join("it");
        std::fs::create_dir(&it).expect("folder");
        let letter = BUILTIN
            .get_file("it/letter.ftl")
            .and_then(|f| f.contents_utf8())
            .expect("built-in Italian letter messages");
        // The same Italian messages, one of them dropped.
        let first = letter
            .lines()
            .position(|l| l.starts_with("subject-access"))
            .expect("a subject message");
        let kept: Vec<&str> = letter
            .lines()
            .enumerate()
            .filter(|(i, _)| *i != first)
            .map(|(_, l)| l)
            .collect();
        std::fs::write(it.join("letter.ftl"), kept.join("\n")).expect("write");
        let meta = BUILTIN
            .get_file("it/meta.toml")
            .and_then(|f| f.contents_utf8())
            .expect("meta");
        std::fs::write(it.join("meta.toml"), meta).expect("write");
        let catalog = Catalog::load(&[dir.path().to_path_buf()]).expect("locales");
        assert_ne!(catalog.get("it").expect("it").origin, BUILT_IN);
        let gaps = catalog.letter_gaps("it");
        assert!(
            gaps.iter().any(|g| g.contains("subject-access")),
            "{gaps:?}"
        );
    }
}
