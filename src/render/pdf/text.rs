//! Text preparation: NFC normalisation, invisible characters, coverage and line breaking.

use icu::segmenter::options::LineBreakOptions;
use icu::segmenter::LineSegmenter;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::font::{FaceKey, FontSet, Style};
use super::PdfError;

/// Characters that have no visible form. They are dropped before layout, so they count as
/// covered even though no font has to draw them (Fluent's bidi isolation marks U+2068/U+2069
/// would otherwise turn into boxes). A zero-width space still marks a place to break a line.
pub(crate) fn is_invisible(ch: char) -> bool {
    matches!(
        ch,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Why the PDF renderer would draw a character wrongly even with a font that has its glyph:
/// it draws each line left to right, one glyph per character, without a bidi algorithm and
/// without shaping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptProblem {
    /// Written right to left (Bidi_Class R or AL: Hebrew, Arabic, Syriac, Thaana, N'Ko…), or an
    /// Arabic number (Bidi_Class AN), which the bidi algorithm reorders next to European digits
    /// and separators: on paper it would come out mirrored.
    RightToLeft {
        /// The script's name, e.g. `"Hebrew"`.
        script: &'static str,
    },
    /// Letters that must be joined (Joining_Type D, R, L or C: Arabic, Syriac, Mongolian,
    /// Phags-pa…) or reordered and combined into syllables (a script whose letters carry an
    /// Indic_Syllabic_Category: Devanagari and the other Indic scripts, Thai, Lao, Khmer,
    /// Myanmar, Tibetan…): on paper they would come out as unjoined, misordered pieces.
    Shaping {
        /// The script's name, e.g. `"Devanagari"`.
        script: &'static str,
    },
}

/// What is wrong with drawing `ch` as the renderer does, decided from Unicode properties.
pub fn script_problem(ch: char) -> Option<ScriptProblem> {
    use icu::properties::props::{BidiClass, IndicSyllabicCategory, JoiningType, Script};
    use icu::properties::{CodePointMapData, PropertyNamesLong};
    if u32::from(ch) < 0x0590 {
        return None; // Latin, Greek, Cyrillic, Armenian: none of these
    }
    let script = CodePointMapData::<Script>::new().get(ch);
    let name = || {
        PropertyNamesLong::<Script>::new()
            .get(script)
            .unwrap_or("unknown")
    };
    let bidi = CodePointMapData::<BidiClass>::new().get(ch);
    if matches!(
        bidi,
        BidiClass::RightToLeft | BidiClass::ArabicLetter | BidiClass::ArabicNumber
    ) {
        return Some(ScriptProblem::RightToLeft { script: name() });
    }
    let joining = CodePointMapData::<JoiningType>::new().get(ch);
    if matches!(
        joining,
        JoiningType::DualJoining
            | JoiningType::RightJoining
            | JoiningType::LeftJoining
            | JoiningType::JoinCausing
    ) {
        return Some(ScriptProblem::Shaping { script: name() });
    }
    // Indic_Syllabic_Category also lists a few common characters used in those scripts (digits,
    // the no-break space, dashes as consonant placeholders): only a script's own letters count.
    if CodePointMapData::<IndicSyllabicCategory>::new().get(ch) != IndicSyllabicCategory::Other
        && !matches!(script, Script::Common | Script::Inherited)
    {
        return Some(ScriptProblem::Shaping { script: name() });
    }
    None
}

/// Whether some face in `fonts` can show `ch` (whitespace and invisible characters always can).
pub(crate) fn covered(ch: char, fonts: &FontSet<'_>) -> bool {
    ch.is_whitespace() || is_invisible(ch) || fonts.resolve(ch, Style::Regular).is_some()
}

/// Whether `ch` is drawn right: some face has it, and its script needs neither right-to-left
/// layout nor shaping (invisible characters are dropped before layout, so they always are).
pub(crate) fn drawable(ch: char, fonts: &FontSet<'_>) -> bool {
    covered(ch, fonts) && (is_invisible(ch) || script_problem(ch).is_none())
}

/// The first character of `text` (after NFC normalisation) that no face can show.
pub(crate) fn first_uncovered_in(text: &str, fonts: &FontSet<'_>) -> Option<char> {
    first_where(text, |c| !covered(c, fonts))
}

/// The first character of `text` (after NFC normalisation) that is not [`drawable`].
pub(crate) fn first_undrawable_in(text: &str, fonts: &FontSet<'_>) -> Option<char> {
    first_where(text, |c| !drawable(c, fonts))
}

fn first_where(text: &str, found: impl Fn(char) -> bool) -> Option<char> {
    // Letters are composed from NFC text; the quick check avoids re-normalising it.
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        text.chars().find(|&c| found(c))
    } else {
        text.nfc().find(|&c| found(c))
    }
}

/// Normalises `text` for layout: NFC, invisible characters removed (a zero-width space becomes
/// U+200B kept as a break marker), `\r\n` and `\r` to `\n`, other control whitespace to spaces.
pub(crate) fn prepare(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let normalised;
    let text = if unicode_normalization::is_nfc_quick(text.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        text
    } else {
        normalised = text.nfc().collect::<String>();
        normalised.as_str()
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\u{200B}' => out.push('\u{200B}'),
            c if is_invisible(c) => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A piece of a line drawn in one face.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub face: FaceKey,
    pub text: String,
}

/// Splits one line of prepared text into runs by face, ready to draw.
///
/// Whitespace is drawn in the requested weight (as a plain space if that face has no glyph for
/// it, or draws it with the very glyph of the space, so the text extracts cleanly). Refuses a
/// character no face has: an empty box must never reach the page.
pub(crate) fn runs(
    text: &str,
    style: Style,
    fonts: &FontSet<'_>,
    context: &str,
) -> Result<Vec<Run>, PdfError> {
    let mut out: Vec<Run> = Vec::new();
    let styled = match style {
        Style::Regular => FaceKey::Regular,
        Style::Bold => FaceKey::Bold,
    };
    for c in text.chars() {
        if c == '\u{200B}' || is_invisible(c) {
            continue;
        }
        let (face, c) = if c.is_whitespace() {
            let f = fonts.face(styled).expect("built-in face");
            match f.glyph(c) {
                Some(g) if Some(g) != f.glyph(' ') => (styled, c),
                _ => (styled, ' '),
            }
        } else {
            let face = fonts
                .resolve(c, style)
                .ok_or_else(|| PdfError::MissingGlyph {
                    ch: c,
                    context: context.to_owned(),
                })?;
            (face, c)
        };
        match out.last_mut() {
            Some(run) if run.face == face => run.text.push(c),
            _ => out.push(Run {
                face,
                text: c.to_string(),
            }),
        }
    }
    Ok(out)
}

/// Width of runs in points at `size`.
pub(crate) fn runs_width(runs: &[Run], fonts: &FontSet<'_>, size: f32) -> f32 {
    runs.iter()
        .map(|r| {
            let face = fonts.face(r.face).expect("resolved face exists");
            r.text.chars().map(|c| face.advance_em(c)).sum::<f32>()
        })
        .sum::<f32>()
        * size
}

/// Where a line may break after a word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum BreakAfter {
    /// Spaces follow (not drawn at the end of a line).
    Space,
    /// A break opportunity without a space (after a hyphen, a dash, a slash, a zero-width
    /// space…): break without adding anything.
    Direct,
    /// A line break in the text.
    Forced,
    /// End of text.
    End,
}

/// One unbreakable word with the spaces after it.
struct Word<'t> {
    text: &'t str,
    spaces: &'t str,
    after: BreakAfter,
}

/// Whether a line may break at byte `at` of `text`, where the Unicode line-breaking algorithm
/// (UAX #14) allows it, with two tailorings: a URL never breaks where UAX #14 would (after each
/// `/`): it moves to the next line whole and is cut only when wider than a line ([`cut_point`]);
/// and a citation's brackets stay together (`15(1)(h)` does not break between `)` and `(`).
fn allowed(text: &str, at: usize, urls: &[(usize, usize)]) -> bool {
    if urls.iter().any(|&(a, b)| a < at && at < b) {
        return false;
    }
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    !matches!((before, after), (Some(')' | ']'), Some('(' | '[')))
}

/// Byte ranges of the URLs in `text` (from `http://`, `https://` or `www.` to the next space).
fn url_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(found) = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| text[from..].find(p).map(|i| from + i))
        .min()
    {
        let end = text[found..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| found + i);
        spans.push((found, end));
        from = end;
    }
    spans
}

/// The words of `text` between the line break opportunities of UAX #14 (ICU4X's segmenter;
/// scripts that would need a dictionary to break, such as Thai, are refused before layout).
fn words(text: &str) -> Vec<Word<'_>> {
    let segmenter = LineSegmenter::new_for_non_complex_scripts(LineBreakOptions::default());
    let urls = url_spans(text);
    let mut out = Vec::new();
    let mut start = 0;
    for end in segmenter.segment_str(text) {
        if end == 0 || (end < text.len() && !allowed(text, end, &urls)) {
            continue;
        }
        let segment = &text[start..end];
        start = end;
        let (body, forced) = match segment.strip_suffix('\n') {
            Some(body) => (body.strip_suffix('\r').unwrap_or(body), true),
            None => (segment, false),
        };
        // A zero-width space is a break opportunity, not something to draw.
        let body = body.strip_suffix('\u{200B}').unwrap_or(body);
        let word = body.trim_end_matches(' ');
        let spaces = &body[word.len()..];
        let after = if forced {
            BreakAfter::Forced
        } else if end == text.len() {
            BreakAfter::End
        } else if !spaces.is_empty() {
            BreakAfter::Space
        } else {
            BreakAfter::Direct
        };
        out.push(Word {
            text: word,
            spaces,
            after,
        });
    }
    if out.is_empty() {
        out.push(Word {
            text: "",
            spaces: "",
            after: BreakAfter::End,
        });
    }
    out
}

/// Breaks prepared `text` into lines: the first at most `first_width` points wide, the others at
/// most `width`. Breaks where the Unicode line-breaking algorithm allows (see [`words`]: at
/// spaces, after a hyphen between letters but not before a digit, which keeps reference numbers
/// such as `SAN-2022-019` whole, after dashes and zero-width spaces), never inside a URL; a word
/// wider than a whole line (a URL) is cut, preferably after `/`, `.`, `-`, `?`, `&`, `=`, `_`.
/// Each line comes back without leading or trailing spaces.
pub(crate) fn wrap(
    text: &str,
    style: Style,
    size: f32,
    fonts: &FontSet<'_>,
    first_width: f32,
    width: f32,
) -> Vec<String> {
    let measure = |s: &str| fonts.width(s, style, size);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0.0f32;
    let mut pending = "";
    let max = |lines: &Vec<String>| if lines.is_empty() { first_width } else { width };

    for word in words(text) {
        let w = measure(word.text);
        if !cur.is_empty() {
            let pend_w = measure(pending);
            if cur_w + pend_w + w <= max(&lines) + 0.001 {
                cur.push_str(pending);
                cur.push_str(word.text);
                cur_w += pend_w + w;
            } else {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0.0;
            }
        }
        if cur.is_empty() && !word.text.is_empty() {
            // Starting a fresh line: cut the word while it is wider than a line.
            let mut rest = word.text;
            let mut rest_w = w;
            while rest_w > max(&lines) + 0.001 {
                let cut = cut_point(rest, max(&lines), &measure);
                lines.push(rest[..cut].to_owned());
                rest = &rest[cut..];
                rest_w = measure(rest);
            }
            cur.push_str(rest);
            cur_w = rest_w;
        }
        pending = word.spaces;
        match word.after {
            BreakAfter::Forced => {
                lines.push(std::mem::take(&mut cur));
                cur_w = 0.0;
                pending = "";
            }
            BreakAfter::Space | BreakAfter::Direct | BreakAfter::End => {}
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
        .into_iter()
        .map(|l| l.trim_matches(' ').to_owned())
        .collect()
}

/// Byte index at which to cut `word` so the head fits `max` points: after the last URL
/// punctuation that fits, if that keeps at least a third of the line filled, else after the
/// last grapheme that fits (always at least one grapheme).
fn cut_point(word: &str, max: f32, measure: &impl Fn(&str) -> f32) -> usize {
    let mut fit = 0;
    let mut punct = 0;
    let mut w = 0.0;
    for (i, g) in word.grapheme_indices(true) {
        w += measure(g);
        if w > max + 0.001 {
            break;
        }
        fit = i + g.len();
        if matches!(g, "/" | "." | "-" | "?" | "&" | "=" | "_" | "#" | ":" | ",") {
            punct = fit;
        }
    }
    if fit == 0 {
        return word
            .grapheme_indices(true)
            .nth(1)
            .map_or(word.len(), |(i, _)| i);
    }
    if punct > 0 && measure(&word[..punct]) >= max / 3.0 && punct < word.len() {
        punct
    } else {
        fit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> FontSet<'static> {
        FontSet::new(None)
    }

    const SAMPLE: &str = "Please confirm whether or not you process personal data concerning me \
        (Article 15(1) GDPR) and send a copy to https://example.org/a/very/long/path/that/cannot/fit/on/any/line/at/all?x=1&y=2 \
        together with a list of recipients, data-protection contacts and the Ζωή Иванова source.";

    fn non_space(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn wrapped_lines_fit_and_lose_nothing() {
        let f = fonts();
        for width in (30..=480).step_by(7).map(|w| w as f32) {
            for style in [Style::Regular, Style::Bold] {
                let lines = wrap(SAMPLE, style, 10.5, &f, width, width);
                for line in &lines {
                    let w = f.width(line, style, 10.5);
                    assert!(
                        w <= width + 0.001,
                        "{line:?} is {w} pt wide, more than {width}"
                    );
                    assert_eq!(line.trim(), line, "untrimmed line {line:?}");
                }
                assert_eq!(
                    non_space(&lines.concat()),
                    non_space(SAMPLE),
                    "width {width}"
                );
            }
        }
    }

    #[test]
    fn breaks_at_spaces_then_hyphens_then_url_punctuation() {
        let f = fonts();
        assert_eq!(
            wrap("short line", Style::Regular, 10.5, &f, 400.0, 400.0),
            ["short line"]
        );
        let w = f.width("data-", Style::Regular, 10.5) + 1.0;
        assert_eq!(
            wrap("data-protection", Style::Regular, 10.5, &f, w, 400.0),
            ["data-", "protection"]
        );
        let url = "https://example.org/path/segment/more";
        let w = f.width("https://example.org/pa", Style::Regular, 10.5);
        let lines = wrap(url, Style::Regular, 10.5, &f, w, w);
        assert_eq!(lines[0], "https://example.org/", "{lines:?}");
        // No break before a digit: reference numbers stay whole.
        let w = f.width("Ref. SAN-2022-", Style::Regular, 10.5);
        assert_eq!(
            wrap("Ref. SAN-2022-019", Style::Regular, 10.5, &f, w, 400.0),
            ["Ref.", "SAN-2022-019"]
        );
        // A non-breaking space and a non-breaking hyphen hold words together.
        let lines = wrap("§\u{a0}15 a\u{2011}b", Style::Regular, 10.5, &f, 400.0, 1.0);
        assert_eq!(lines.len(), 1);
        let w = f.width("§\u{a0}15 ", Style::Regular, 10.5);
        assert_eq!(
            wrap("§\u{a0}15 x", Style::Regular, 10.5, &f, w, w),
            ["§\u{a0}15", "x"]
        );
    }

    #[test]
    fn line_breaks_in_the_text_are_kept() {
        let f = fonts();
        assert_eq!(
            wrap("a\nb\n\nc", Style::Regular, 10.5, &f, 400.0, 400.0),
            ["a", "b", "", "c"]
        );
        assert_eq!(prepare("a\r\nb\rc"), "a\nb\nc");
    }

    #[test]
    fn prepare_normalises_and_drops_invisible_marks() {
        assert_eq!(prepare("Rene\u{301}e"), "Renée");
        assert_eq!(
            prepare("\u{2068}Jane\u{2069} soft\u{ad}hyphen\tx"),
            "Jane softhyphen x"
        );
    }

    #[test]
    fn right_to_left_and_shaped_scripts_are_told_apart_from_the_rest() {
        let rtl = |script| Some(ScriptProblem::RightToLeft { script });
        let shaping = |script| Some(ScriptProblem::Shaping { script });
        for (ch, problem) in [
            ('ש', rtl("Hebrew")),
            ('ب', rtl("Arabic")),
            ('ܐ', rtl("Syriac")),
            ('ހ', rtl("Thaana")),
            ('ߊ', rtl("Nko")),
            ('\u{0663}', rtl("Arabic")), // ARABIC-INDIC DIGIT THREE (Bidi_Class AN)
            ('\u{FEB3}', rtl("Arabic")), // a presentation form, still right to left
            ('क', shaping("Devanagari")),
            ('ক', shaping("Bengali")),
            ('த', shaping("Tamil")),
            ('ก', shaping("Thai")),
            ('ກ', shaping("Lao")),
            ('ក', shaping("Khmer")),
            ('က', shaping("Myanmar")),
            ('ཀ', shaping("Tibetan")),
            ('ᠠ', shaping("Mongolian")),
            ('ꡀ', shaping("Phags_Pa")),
        ] {
            assert_eq!(script_problem(ch), problem, "{ch} U+{:04X}", u32::from(ch));
        }
        // Scripts drawn one glyph per character, left to right; and the common characters
        // Indic_Syllabic_Category lists (digits, no-break space, dashes, dotted circle).
        for ch in "AzÉßΖωЖяԱաႠაሀᏣⴰ中あア한\u{1100}\u{301}0-\u{A0}\u{2010}\u{25CC}€№\u{2068}".chars()
        {
            assert_eq!(script_problem(ch), None, "{ch} U+{:04X}", u32::from(ch));
        }
    }

    #[test]
    fn runs_split_by_face_and_refuse_missing_glyphs() {
        let f = fonts();
        let r = runs("Ab\u{a0}€", Style::Bold, &f, "test").expect("covered");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].face, FaceKey::Bold);
        match runs("x中", Style::Regular, &f, "the subject") {
            Err(PdfError::MissingGlyph { ch: '中', context }) => {
                assert_eq!(context, "the subject")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(first_uncovered_in("ok \u{2068}x\u{2069}", &f), None);
        assert_eq!(first_uncovered_in("bell\u{7}", &f), Some('\u{7}'));
    }
}
