//! Run-time bundles: the letter messages of one locale ([`LetterText`], refused unless complete,
//! every formatting error a hard error) and the interface messages ([`Ui`], for the wizard and
//! the notes of every command, falling back to English message by message).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{parse_file, shown, Catalog, Status, LETTER_FILE, REFERENCE, UI_FILE};
use crate::error::Error;

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
        // The messages of the regimes other than the GDPR this locale has (each regime's ids carry
        // its suffix, so they never collide); a broken one only stops letters under its regime.
        for (name, f) in &src.files {
            if !super::is_regime_file(name) {
                continue;
            }
            let (regime, problems) = parse_file(f);
            if problems.is_empty() {
                let _ = bundle.add_resource(std::sync::Arc::new(regime));
            }
        }
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

/// Messages of the interface (`ui.ftl`) in one language, falling back to English message by
/// message (never inside a letter). Used by the wizard and for the notes of every command.
pub(crate) struct Ui {
    pub(crate) lang: String,
    primary: Option<FluentBundle<FluentResource>>,
    fallback: Option<FluentBundle<FluentResource>>,
}

fn ui_bundle(catalog: &Catalog, lang: &str) -> Option<FluentBundle<FluentResource>> {
    let file = catalog.get(lang)?.files.get(UI_FILE)?;
    let (res, _) = parse_file(file);
    let id: LanguageIdentifier = lang.parse().ok()?;
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b.add_resource(res).ok()?;
    Some(b)
}

impl Ui {
    pub(crate) fn new(catalog: &Catalog, lang: &str) -> Ui {
        Ui {
            lang: lang.to_string(),
            primary: ui_bundle(catalog, lang),
            fallback: ui_bundle(catalog, REFERENCE),
        }
    }

    pub(crate) fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    /// Whether this interface language or English has message `id`.
    pub(crate) fn has(&self, id: &str) -> bool {
        [&self.primary, &self.fallback]
            .into_iter()
            .flatten()
            .any(|b| b.has_message(id))
    }

    pub(crate) fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for bundle in [&self.primary, &self.fallback].into_iter().flatten() {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let s = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                if errors.is_empty() {
                    return s.into_owned();
                }
            }
        }
        id.to_string()
    }

    /// The note that a letter language's text is a draft, in this interface language; with
    /// `letters`, how many letters of a batch are in it. None for a reviewed language.
    pub(crate) fn draft_note(
        &self,
        catalog: &Catalog,
        letter_lang: &str,
        letters: Option<usize>,
    ) -> Option<String> {
        let src = catalog.get(letter_lang)?;
        if src.status() != Status::Draft {
            return None;
        }
        let language = format!("{} ({letter_lang})", src.display_name());
        let note = self.ta("draft-note", &[("language", language)]);
        Some(match letters {
            None => note,
            Some(n) => format!(
                "{note} {}",
                self.ta("draft-note-letters", &[("count", n.to_string())])
            ),
        })
    }

    /// Whether `answer` means yes (Some(true)) or no in this language: the words of
    /// `answer-yes` and `answer-no`, their first letters, and y or n, in any case.
    pub(crate) fn yes_no(&self, answer: &str) -> Option<bool> {
        let a = answer.trim().to_lowercase();
        let yes = self.t("answer-yes").to_lowercase();
        let no = self.t("answer-no").to_lowercase();
        let initial = |w: &str| w.chars().next().map(|c| c.to_string()).unwrap_or_default();
        if a == yes || a == initial(&yes) || a == "y" || a == "yes" {
            Some(true)
        } else if a == no || a == initial(&no) || a == "n" || a == "no" {
            Some(false)
        } else {
            None
        }
    }
}
