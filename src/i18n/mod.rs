//! Locales: Fluent messages (`locales/<lang>/*.ftl`) and each locale's `meta.toml`.
//!
//! Built-in locales are embedded in the binary. A directory given with `--locales-dir` (or the
//! user data directory) adds locales or replaces a built-in one as a whole. Letters are only
//! written in a locale that has every letter message of the reference locale (`en`) with the same
//! variables: nothing inside a letter silently falls back to another language.
//!
//! By job: `catalog` loads locales (built-in and from disk), `parse` reads Fluent files with
//! positions a translator can find, `check` compares a locale with the reference (`locales
//! check`) and reports [`Problem`]s, `resolve` finds what would fail at run time, and `bundles`
//! builds what the program formats with: the letters' [`LetterText`] and the interface's `Ui`.

use std::path::Path;

mod bundles;
mod catalog;
mod check;
mod parse;
mod problem;
mod resolve;

pub use bundles::LetterText;
pub(crate) use bundles::Ui;
pub use catalog::{
    read_locale_dir, Catalog, Direction, LocaleSource, Meta, Review, Status, MAX_FILE_BYTES,
    MAX_NESTING,
};
pub(crate) use check::collect_variables;
pub use check::{check_locale, compare_file, message_shapes, MessageShape};
pub use parse::{line_column, parse_file, LineIndex, ParseProblem, SourceFile};
pub use problem::Problem;

/// The locale every other locale is checked against.
pub const REFERENCE: &str = "en";
/// The file holding the letter messages.
pub const LETTER_FILE: &str = "letter.ftl";
/// The messages shared by the letters of every regime other than the GDPR; each regime's own are
/// in `regime-<law id>.ftl`. A locale without a regime's files writes no letters under it.
pub const REGIMES_FILE: &str = "regimes.ftl";

/// Whether `name` is a file of regime messages (`regimes.ftl`, `regime-<law>.ftl`).
pub fn is_regime_file(name: &str) -> bool {
    name == REGIMES_FILE || (name.starts_with("regime-") && name.ends_with(".ftl"))
}

/// Whether `name` is a file of letter messages (the letter bundle, with `REF`).
pub fn is_letter_file(name: &str) -> bool {
    name == LETTER_FILE || is_regime_file(name)
}

/// The comment `locales new` puts above every message still to be translated.
pub const UNTRANSLATED: &str = "UNTRANSLATED";
/// The interface file of a locale.
pub const UI_FILE: &str = "ui.ftl";

/// A path as shown in a message: characters that must not reach a terminal left out.
fn shown(path: &Path) -> String {
    crate::printable::quoted_path(path)
}
