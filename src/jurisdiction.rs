//! Finding a jurisdiction from what a person typed, with a "did you mean" when it is unknown.

use unicode_normalization::UnicodeNormalization;

use crate::data::{Data, Jurisdiction};

/// Folds text for matching: decomposes, drops combining marks, lowercases ("Österreich" ->
/// "osterreich", "Ελλάδα" -> "ελλαδα").
pub fn fold(s: &str) -> String {
    s.trim()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Looks up a jurisdiction by ISO code (any case; `UK` and `EL` are accepted) or by its English
/// name. On failure, returns a message with the closest matches.
pub fn find<'a>(data: &'a Data, input: &str) -> Result<&'a Jurisdiction, String> {
    let wanted = input.trim();
    if wanted.is_empty() {
        return Err("is empty; give an ISO country code such as IT, DE or GB".into());
    }
    // "de_by", "DE BY" and "de-by" are all DE-BY.
    let upper = wanted.to_ascii_uppercase().replace(['_', ' '], "-");
    let folded = fold(wanted);
    if let Some(j) = data
        .jurisdictions
        .iter()
        .find(|j| j.code == upper || j.aliases.contains(&upper) || fold(&j.name) == folded)
    {
        return Ok(j);
    }
    // A region code of a country that has regions, or a country that is covered only by region
    // (the United States): list that country's regions.
    let country = upper.split_once('-').map_or(upper.as_str(), |(c, _)| c);
    let regions: Vec<String> = data
        .jurisdictions
        .iter()
        .filter(|j| j.code.starts_with(&format!("{country}-")))
        .map(|j| format!("{} ({})", j.code, j.name))
        .collect();
    if !regions.is_empty() {
        let what = if upper.contains('-') {
            format!(
                "unknown region `{}`",
                crate::printable::printable_max(wanted, 20)
            )
        } else {
            format!("`{country}` is covered by region")
        };
        return Err(format!(
            "{what}; the regions of {country} facerights covers are {} (`facerights jurisdictions` lists them with their laws)",
            regions.join(", ")
        ));
    }
    let suggestions = suggest(data, wanted);
    let hint = if suggestions.is_empty() {
        "run `facerights jurisdictions` for the list".to_string()
    } else {
        format!(
            "did you mean {}?",
            suggestions
                .iter()
                .map(|j| format!("{} ({})", j.code, j.name))
                .collect::<Vec<_>>()
                .join(" or ")
        )
    };
    let known = if wanted.len() == 2 && wanted.chars().all(|c| c.is_ascii_alphabetic()) {
        format!("unknown jurisdiction code `{wanted}`")
    } else {
        format!("unknown jurisdiction `{wanted}`")
    };
    Err(format!("{known}; {hint} facerights covers the EU, Iceland, Liechtenstein, Norway, the United Kingdom, Switzerland, Australia, Canada, Illinois (US-IL) and California (US-CA)."))
}

/// Up to three jurisdictions closest to `input`.
pub fn suggest<'a>(data: &'a Data, input: &str) -> Vec<&'a Jurisdiction> {
    let upper = input.trim().to_ascii_uppercase();
    let folded = fold(input);
    let mut scored: Vec<(f64, &Jurisdiction)> = data
        .jurisdictions
        .iter()
        .map(|j| {
            let code_score = std::iter::once(&j.code)
                .chain(&j.aliases)
                .map(|c| {
                    if upper.len() <= 3 {
                        // Two-letter codes: a transposition or one wrong letter.
                        let d = strsim::damerau_levenshtein(&upper, c);
                        if d == 1 && neighbour_typo(&upper, c) {
                            0.88
                        } else if d <= 1 {
                            0.9 - 0.1 * d as f64
                        } else {
                            0.0
                        }
                    } else {
                        0.0
                    }
                })
                .fold(0.0, f64::max);
            let name = fold(&j.name);
            let name_score = if folded.len() >= 3 {
                let s = strsim::jaro_winkler(&folded, &name);
                if name.starts_with(&folded) {
                    s.max(0.95)
                } else {
                    s
                }
            } else {
                0.0
            };
            (code_score.max(name_score), j)
        })
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.code.cmp(&b.1.code)));
    let best = scored.first().map(|s| s.0).unwrap_or(0.0);
    scored
        .into_iter()
        .filter(|(s, _)| *s >= best - 0.05)
        .take(3)
        .map(|(_, j)| j)
        .collect()
}

/// One letter replaced by a neighbouring key on a QWERTY/QWERTZ/AZERTY keyboard ("IR" for "IE").
fn neighbour_typo(a: &str, b: &str) -> bool {
    const ROWS: [&str; 3] = ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"];
    let pos = |c: char| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.find(c).map(|i| (r as i32, i as i32)))
    };
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() != b.len() {
        return false;
    }
    let diffs: Vec<(char, char)> = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    match diffs.as_slice() {
        [(x, y)] => match (pos(*x), pos(*y)) {
            (Some((r1, c1)), Some((r2, c2))) => (r1 - r2).abs() <= 1 && (c1 - c2).abs() <= 1,
            _ => false,
        },
        _ => false,
    }
}
