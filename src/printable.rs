//! The one place where text taken from input is made safe to show: on a terminal (error
//! messages, notes) and in files a person opens in another program (the batch manifest).
//!
//! Input may carry terminal escape sequences (ESC, CSI, OSC, the C1 controls), bidirectional
//! overrides that reorder what a reader sees, invisible format characters, and enormous values.
//! [`printable`] shows every such character as a visible escape (`\u{1B}`) and cuts the text to a
//! bounded length, so whatever is echoed reads as what it is and cannot act on the terminal.
//! [`spreadsheet_cell`] also keeps a cell from being run as a formula when the manifest is opened
//! in a spreadsheet (OWASP, "CSV Injection").

use std::borrow::Cow;
use std::path::Path;

use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu::properties::CodePointMapData;

/// How many characters of an input value an error message quotes at most.
pub const QUOTE_MAX: usize = 60;
/// How many characters of an input value the manifest keeps at most.
pub const CELL_MAX: usize = 1_000;

/// Whether `c` must not be shown as it is: controls (C0, DEL, C1), format characters (bidi
/// controls, zero-width and other invisible characters), line and paragraph separators,
/// private-use, surrogate and unassigned code points.
pub fn unsafe_to_show(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    const HIDDEN: GeneralCategoryGroup = GeneralCategoryGroup::Control
        .union(GeneralCategoryGroup::Format)
        .union(GeneralCategoryGroup::LineSeparator)
        .union(GeneralCategoryGroup::ParagraphSeparator)
        .union(GeneralCategoryGroup::PrivateUse)
        .union(GeneralCategoryGroup::Surrogate)
        .union(GeneralCategoryGroup::Unassigned);
    HIDDEN.contains(gc) || matches!(c, '\u{3164}' | '\u{FFA0}' | '\u{115F}' | '\u{1160}')
}

/// `s` with every character that must not be shown as it is written as `\u{…}`, cut to `max`
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
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
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
        assert_eq!(printable("a\u{1b}[31mb"), "a\\u{1B}[31mb");
        assert_eq!(printable("\u{9b}x"), "\\u{9B}x");
        assert_eq!(printable("x\u{202E}y"), "x\\u{202E}y");
        assert_eq!(printable("x\u{200B}y\u{E0041}"), "x\\u{200B}y\\u{E0041}");
        assert_eq!(
            printable("\u{1b}]8;;http://x\u{7}"),
            "\\u{1B}]8;;http://x\\u{7}"
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
        assert_eq!(spreadsheet_cell("\t=1"), "\\u{9}=1");
        assert_eq!(spreadsheet_cell("\r=1"), "\\u{D}=1");
        assert_eq!(spreadsheet_cell("Maria Rossi"), "Maria Rossi");
        assert_eq!(spreadsheet_cell("'quoted"), "'quoted");
        assert_eq!(from_spreadsheet_cell("'quoted"), "'quoted");
    }
}
