//! `facerights locales check` and `facerights locales new`: the translator's tools.

use std::io::Write;
use std::path::{Path, PathBuf};

use icu::locale::LocaleDirectionality;
use icu_experimental::displaynames::multi::LanguageDisplayNames;
use icu_experimental::displaynames::DisplayNamesOptions;

use crate::error::{Error, ExitCode};
use crate::i18n::{self, Catalog, LocaleSource, Problem, Status, REFERENCE, UNTRANSLATED};
use crate::output::{self, Target};

/// The result of checking one locale.
struct Checked {
    source: LocaleSource,
    problems: Vec<Problem>,
}

/// Resolves the targets (locale codes or directories) to locale sources.
fn targets(catalog: &Catalog, targets: &[String]) -> Result<Vec<LocaleSource>, Error> {
    if targets.is_empty() {
        return Ok(catalog.iter().cloned().collect());
    }
    let mut out = Vec::new();
    for t in targets {
        let path = Path::new(t);
        if path.is_dir() {
            let found = i18n::read_locale_dir(path)?;
            if found.is_empty() {
                return Err(Error::Usage(format!(
                    "{t}: no locale found (expected .ftl files, or <lang>/ folders holding them)"
                )));
            }
            out.extend(found);
        } else if let Some(src) = catalog.get(t) {
            out.push(src.clone());
        } else {
            return Err(Error::Usage(format!(
                "`{t}` is neither a locale ({}) nor a directory",
                catalog.languages().collect::<Vec<_>>().join(", ")
            )));
        }
    }
    Ok(out)
}

pub fn check(catalog: &Catalog, wanted: &[String], json: bool) -> Result<ExitCode, Error> {
    let reference = catalog.reference();
    let checked: Vec<Checked> = targets(catalog, wanted)?
        .into_iter()
        .map(|source| Checked {
            problems: i18n::check_locale(reference, &source),
            source,
        })
        .collect();
    let all_ok = checked.iter().all(|c| c.problems.is_empty());
    let text = if json {
        as_json(&checked)?
    } else {
        as_text(&checked)
    };
    output::write(&Target::Stdout, text.as_bytes(), false)?;
    Ok(if all_ok {
        ExitCode::Success
    } else {
        ExitCode::Usage
    })
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Draft => "draft",
        Status::Reviewed => "reviewed",
    }
}

fn as_text(checked: &[Checked]) -> String {
    let mut out = String::new();
    for c in checked {
        let s = &c.source;
        let head = format!(
            "{} ({}, {}, {})",
            s.lang,
            s.display_name(),
            status_name(s.status()),
            crate::printable::printable_max(&s.origin, usize::MAX)
        );
        if c.problems.is_empty() {
            out.push_str(&format!("{head}: complete\n"));
        } else {
            out.push_str(&format!(
                "{head}: {} problem{}\n",
                c.problems.len(),
                if c.problems.len() == 1 { "" } else { "s" }
            ));
            for p in &c.problems {
                out.push_str(&format!("  {p}\n"));
            }
        }
    }
    let bad = checked.iter().filter(|c| !c.problems.is_empty()).count();
    out.push_str(&format!(
        "\n{} locale{} checked, {} complete, {bad} with problems\n",
        checked.len(),
        if checked.len() == 1 { "" } else { "s" },
        checked.len() - bad
    ));
    out
}

fn as_json(checked: &[Checked]) -> Result<String, Error> {
    let list: Vec<serde_json::Value> = checked
        .iter()
        .map(|c| {
            let problems: Vec<serde_json::Value> = c
                .problems
                .iter()
                .map(|p| {
                    let (file, line, column) = p.location();
                    serde_json::json!({
                        "kind": p.kind(),
                        "file": file.map(|f| f.display().to_string()),
                        "line": line,
                        "column": column,
                        "message_id": p.message_id(),
                        "message": p.to_string(),
                    })
                })
                .collect();
            serde_json::json!({
                "lang": c.source.lang,
                "name": c.source.display_name(),
                "status": status_name(c.source.status()),
                "origin": c.source.origin,
                "complete": c.problems.is_empty(),
                "problems": problems,
            })
        })
        .collect();
    serde_json::to_string_pretty(&list)
        .map(|s| s + "\n")
        .map_err(|e| Error::Usage(e.to_string()))
}

/// The language's name in itself from CLDR ("polski", "Deutsch"), if known.
fn native_name(lang: &str) -> Option<String> {
    let loc: icu::locale::Locale = lang.parse().ok()?;
    let names =
        LanguageDisplayNames::try_new((&loc).into(), DisplayNamesOptions::default()).ok()?;
    names.of(loc.id.language).map(str::to_string)
}

/// Writes `text` to a new file; refuses to replace an existing one unless `force`.
fn create(path: &Path, text: &str, force: bool) -> Result<(), Error> {
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .create_new(!force)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Error::Exists {
                path: path.to_path_buf(),
            },
            _ => Error::Io {
                path: path.to_path_buf(),
                source: e,
            },
        })?;
    f.write_all(text.as_bytes()).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })
}

/// Marks every message of a reference file as untranslated (the English text stays as a guide).
fn scaffold_ftl(reference: &str) -> String {
    let mut out = String::new();
    for line in reference.lines() {
        let starts_message = line.split_once(" =").is_some_and(|(id, _)| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        }) && line.starts_with(|c: char| c.is_ascii_lowercase());
        if starts_message {
            out.push_str(&format!(
                "# {UNTRANSLATED} (delete this line when translated)\n"
            ));
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

pub fn new(catalog: &Catalog, lang: &str, dir: &Path, force: bool) -> Result<ExitCode, Error> {
    let tag: icu::locale::LanguageIdentifier = lang
        .parse()
        .map_err(|_| Error::Usage(format!("`{lang}` is not a language code (e.g. pl, pt, nb)")))?;
    let lang = tag.to_string();
    let reference = catalog.reference();
    let target: PathBuf = dir.join(&lang);
    if target.exists() && !force {
        return Err(Error::Exists { path: target });
    }
    std::fs::create_dir_all(&target).map_err(|e| Error::Io {
        path: target.clone(),
        source: e,
    })?;
    for (name, file) in &reference.files {
        create(&target.join(name), &scaffold_ftl(&file.text), force)?;
    }
    let direction = if LocaleDirectionality::new_common().is_right_to_left(&tag) {
        "rtl"
    } else {
        "ltr"
    };
    let name = native_name(&lang).unwrap_or_else(|| lang.clone());
    let meta = format!(
        "# The language's own name, text direction, review status (draft | reviewed) and reviewers.\n\
         name = \"{name}\"\ndirection = \"{direction}\"\nstatus = \"draft\"\nreviewers = []\n\
         # CLDR locale for dates, numbers and amounts, if the bare language is not right (e.g. pt-PT).\n\
         format_locale = \"{lang}\"\n"
    );
    create(&target.join("meta.toml"), &meta, force)?;
    eprintln!(
        "created {} from `{REFERENCE}`: translate every message marked {UNTRANSLATED}, then run\n  \
         facerights --locales-dir {} locales check {lang}",
        target.display(),
        dir.display()
    );
    Ok(ExitCode::Success)
}
