//! Output file names in batch mode: never outside `--out-dir`, never a device name, unique.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::printable::{printable, unsafe_to_show};

/// Names Windows reserves (and which some tools mishandle elsewhere), with or without extension.
const RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];
/// Longest file name we create (bytes), well under the usual 255-byte limit.
const MAX_BYTES: usize = 150;

/// Checks a file name given in the `file` column. It must be a plain name: no directory part, no
/// `..`, nothing absolute, no control or reserved characters, no device name. The extension of the
/// output format is added when missing.
pub fn explicit(raw: &str, ext: &str) -> Result<String, String> {
    let name: String = raw.trim().nfc().collect();
    if name.is_empty() {
        return Err("is empty".into());
    }
    let shown = printable(&name);
    if name.contains(['/', '\\']) {
        return Err(format!(
            "`{shown}` contains a path separator; give a plain file name"
        ));
    }
    if name == "." || name == ".." || name.starts_with('.') {
        return Err(format!("`{shown}` is not allowed (it starts with a dot)"));
    }
    // Controls, bidirectional and other invisible format characters, and characters Windows
    // does not allow in names.
    if let Some(c) = name
        .chars()
        .find(|c| unsafe_to_show(*c) || matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|'))
    {
        return Err(format!(
            "contains the character U+{:04X}, which is not allowed in file names",
            c as u32
        ));
    }
    let stem = name
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    if RESERVED.contains(&stem.as_str()) {
        return Err(format!("`{name}` is a reserved device name"));
    }
    let with_ext = if name.to_ascii_lowercase().ends_with(&format!(".{ext}")) {
        name
    } else {
        format!("{name}.{ext}")
    };
    if with_ext.len() > MAX_BYTES {
        return Err(format!("is longer than {MAX_BYTES} bytes"));
    }
    Ok(with_ext)
}

/// A readable file name stem from free text: letters and digits kept (any script), everything
/// else becomes `-`, lower case, at most 60 characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    out.trim_end_matches('-').to_string()
}

/// Hands out unique names in input order, so a re-run of the same input gives the same names.
#[derive(Debug, Default)]
pub struct Names {
    /// Lower-cased name -> the row that took it.
    taken: HashMap<String, usize>,
}

impl Names {
    /// Takes an explicit name; a name already taken by another row is an error.
    pub fn take_explicit(&mut self, name: &str, row: usize) -> Result<String, String> {
        let key = name.to_lowercase();
        if let Some(other) = self.taken.get(&key) {
            return Err(format!("`{name}` is already used by row {other}"));
        }
        self.taken.insert(key, row);
        Ok(name.to_string())
    }

    /// Takes a generated name, adding `-2`, `-3`, … when it is taken.
    pub fn take_generated(&mut self, stem: &str, ext: &str, row: usize) -> String {
        let stem = if stem.is_empty() {
            format!("row-{row}")
        } else {
            stem.to_string()
        };
        let stem = if RESERVED.contains(&stem.as_str()) {
            format!("{stem}-letter")
        } else {
            stem
        };
        let mut n = 1;
        loop {
            let name = if n == 1 {
                format!("{stem}.{ext}")
            } else {
                format!("{stem}-{n}.{ext}")
            };
            if let std::collections::hash_map::Entry::Vacant(slot) =
                self.taken.entry(name.to_lowercase())
            {
                slot.insert(row);
                return name;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_names_stay_inside_the_directory() {
        assert_eq!(explicit("case-17", "pdf").unwrap(), "case-17.pdf");
        assert_eq!(explicit("case-17.PDF", "pdf").unwrap(), "case-17.PDF");
        for bad in [
            "../evil",
            "/etc/passwd",
            "a/b",
            "a\\b",
            "..",
            ".hidden",
            "CON",
            "nul.txt",
            "a:b",
            "x\u{0}y",
            "a\u{202E}b",
        ] {
            assert!(explicit(bad, "pdf").is_err(), "{bad:?} must be refused");
        }
        assert!(explicit(&"x".repeat(200), "pdf").is_err());
    }

    #[test]
    fn generated_names_are_readable_and_unique() {
        assert_eq!(slug("Maria Rossi"), "maria-rossi");
        assert_eq!(slug("  Ελένη Παπαδοπούλου "), "ελένη-παπαδοπούλου");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("!!!"), "");
        let mut n = Names::default();
        assert_eq!(
            n.take_generated("maria-rossi-access", "pdf", 2),
            "maria-rossi-access.pdf"
        );
        assert_eq!(
            n.take_generated("maria-rossi-access", "pdf", 3),
            "maria-rossi-access-2.pdf"
        );
        assert_eq!(n.take_generated("", "pdf", 4), "row-4.pdf");
        assert_eq!(n.take_generated("con", "pdf", 5), "con-letter.pdf");
        assert!(n.take_explicit("maria-rossi-access.pdf", 6).is_err());
    }
}
