//! Run-time bundles: the letter messages of one locale ([`LetterText`], refused unless complete,
//! every formatting error a hard error).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{parse_file, shown, Catalog, LETTER_FILE};
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
