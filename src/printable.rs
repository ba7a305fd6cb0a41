//! The one place where text taken from input is made safe to show: on a terminal (error
//! messages, notes) and in files a person opens in another program (the batch manifest).
//!
//! Input may carry terminal escape sequences (ESC, CSI, OSC, the C1 controls), bidirectional
//! overrides that reorder what a reader sees, invisible format characters, and enormous values.
//! [`printable`] shows every such character as its code point (`<U+001B>`) and cuts the text to a
//! bounded length, so whatever is echoed reads as what it is and cannot act on the terminal.
//! [`spreadsheet_cell`] also keeps a cell from being run as a formula when the manifest is opened
//! in a spreadsheet (OWASP, "CSV Injection").

use std::borrow::Cow;
use std::path::Path;

use icu::properties::props::GeneralCategory;
use icu::properties::CodePointMapData;

/// How many characters of an input value an error message quotes at most.
pub const QUOTE_MAX: usize = 60;
/// How many characters of an input value the manifest keeps at most.
pub const CELL_MAX: usize = 1_000;

/// Why `c` must not be shown as it is, nor be part of a letter, by its Unicode properties:
/// controls (Cc), format characters (Cf: invisible joiners, bidirectional controls, tags,
/// interlinear annotation…), line and paragraph separators (Zl, Zp), private use (Co), surrogates
/// (Cs), unassigned code points (Cn, which include the non-characters) and every other
/// Default_Ignorable_Code_Point (characters with no visible form, such as variation selectors, the
/// combining grapheme joiner and the Hangul fillers).
pub fn hidden_class(c: char) -> Option<&'static str> {
    use icu::properties::props::{DefaultIgnorableCodePoint, NoncharacterCodePoint};
    use icu::properties::CodePointSetData;
    match CodePointMapData::<GeneralCategory>::new().get(c) {
        GeneralCategory::Control => return Some("a control character"),
        GeneralCategory::Format => return Some("an invisible format character"),
        GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => {
            return Some("a line or paragraph separator")
        }
        GeneralCategory::PrivateUse => return Some("a private-use character"),
        GeneralCategory::Surrogate => return Some("a surrogate code point"),
        GeneralCategory::Unassigned => {
            return Some(
                if CodePointSetData::new::<NoncharacterCodePoint>().contains(c) {
                    "a non-character"
                } else {
                    "a code point not assigned in Unicode"
                },
            )
        }
        _ => {}
    }
    CodePointSetData::new::<DefaultIgnorableCodePoint>()
        .contains(c)
        .then_some("an invisible character")
}

/// Whether `c` must not be shown as it is (see [`hidden_class`]).
pub fn unsafe_to_show(c: char) -> bool {
    !(c.is_ascii_graphic() || c == ' ') && hidden_class(c).is_some()
}

/// `s` with every character that must not be shown as it is written as `<U+XXXX>`, cut to `max`
/// characters (with `…` where cut). Borrowed when nothing changes.
pub fn printable_max(s: &str, max: usize) -> Cow<'_, str> {
    let mut chars = 0usize;
    let clean = s.chars().all(|c| {
        chars += 1;
        chars <= max && !unsafe_to_show(c)
    });
    if clean {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len().min(max * 4) + 8);
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if unsafe_to_show(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`printable_max`] with the length error messages quote.
pub fn printable(s: &str) -> Cow<'_, str> {
    printable_max(s, QUOTE_MAX)
}

/// A path for a message: lossy where it is not Unicode, printable, not cut.
pub fn quoted_path(p: &Path) -> String {
    let s = p.to_string_lossy();
    printable_max(&s, usize::MAX).into_owned()
}

/// A value for a CSV cell that a person opens in a spreadsheet: printable, bounded, and, when it
/// starts with a character a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return), prefixed with `'` so it is shown as text (OWASP's advice). Reading such a
/// cell back: [`from_spreadsheet_cell`].
pub fn spreadsheet_cell(s: &str) -> Cow<'_, str> {
    let shown = printable_max(s, CELL_MAX);
    if shown.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{shown}"))
    } else {
        shown
    }
}

/// The value [`spreadsheet_cell`] was given, for a cell it left printable and uncut.
pub fn from_spreadsheet_cell(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_shown_not_sent() {
        assert_eq!(printable("Maria"), "Maria");
        assert!(matches!(printable("Maria"), Cow::Borrowed(_)));
        assert_eq!(printable("a\u{1b}[31mb"), "a<U+001B>[31mb");
        assert_eq!(printable("\u{9b}x"), "<U+009B>x");
        assert_eq!(printable("x\u{202E}y"), "x<U+202E>y");
        assert_eq!(printable("x\u{200B}y\u{E0041}"), "x<U+200B>y<U+E0041>");
        assert_eq!(
            printable("\u{1b}]8;;http://x\u{7}"),
            "<U+001B>]8;;http://x<U+0007>"
        );
        // Letters of every script, accents, and other spaces stay as they are.
        for ok in ["Ελένη", "Ягода", "Čučković", "Zoë\u{A0}Ø", "李小龍", "שרה"]
        {
            assert_eq!(printable(ok), ok);
        }
    }

    #[test]
    fn long_values_are_cut() {
        let long = "x".repeat(10_000);
        let p = printable(&long);
        assert_eq!(p.chars().count(), QUOTE_MAX + 1);
        assert!(p.ends_with('…'));
    }

    #[test]
    fn formula_starts_are_neutralised_and_restored() {
        for f in ["=1+1", "+1", "-2", "@SUM(A1)"] {
            let cell = spreadsheet_cell(f);
            assert!(cell.starts_with('\''), "{f:?} -> {cell:?}");
            assert_eq!(from_spreadsheet_cell(&cell), f);
        }
        // Tab and carriage return are shown as escapes, which no spreadsheet runs.
        assert_eq!(spreadsheet_cell("\t=1"), "<U+0009>=1");
        assert_eq!(spreadsheet_cell("\r=1"), "<U+000D>=1");
        assert_eq!(spreadsheet_cell("Maria Rossi"), "Maria Rossi");
        assert_eq!(spreadsheet_cell("'quoted"), "'quoted");
        assert_eq!(from_spreadsheet_cell("'quoted"), "'quoted");
    }
}
