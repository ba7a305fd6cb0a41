//! Citations of legal provisions, written the way lawyers of each language write them:
//! "Article 15(1)(h) GDPR", "Art. 15 Abs. 1 lit. h DSGVO", "article 15, paragraphe 1, point h),
//! du RGPD", "άρθρο 15 παρ. 1 στοιχ. η΄ ΓΚΠΔ".
//!
//! A provision is data ([`Provision`]: article, paragraphs, points, or a numbered point), never
//! text such as "15(1)(h)". In a letter message a translator writes `{ REF(15, par: 1, pt: "h") }`
//! where the sentence cites it; the locale's own `ref-*` messages say how a citation is written
//! (see TRANSLATING.md), and lists of provisions the program builds (a decision's infringements)
//! use its `ref-item-*` and `ref-list` messages. Point letters are written in the locale's own
//! alphabet (`ref-letters`: Greek α β γ …, Bulgarian а б в …).
//!
//! Shapes and their messages, each with the variables it gets:
//! - `ref-a`   article only: `$art`
//! - `ref-ap`  article and paragraphs: `$art`, `$par` (each through `ref-par`, joined), `$npar`
//! - `ref-app` article, paragraph and points: `$art`, `$par`, `$npar`, `$pt` (each point through
//!   `ref-point`, joined), `$npt`
//! - `ref-an`  article and a numbered point (Article 4(14), a definition): `$art`, `$num`
//!
//! `ref-ap` and `ref-app` also get `$p`, the (first) paragraph's number, and `ref-par` gets `$art`,
//! for languages that write paragraphs as ordinal words or repeat the article ("15.1 och 15.2").
//! An optional `ref-or` gives the word for "or" where CLDR's lists have none (Maltese "jew"), and
//! `ref-and` the word for "and" where CLDR's list is not what the language's lawyers write (the
//! Maltese serial comma).
//!
//! A message may have attributes for grammatical slots (`.gen`, `.dat`, …), chosen with
//! `case: "gen"` in the REF call; without that attribute the value is used.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::list::ListFormatter;
use serde::Deserialize;

/// Marks a failed citation inside formatted text; [`crate::i18n::LetterText::format`] turns it
/// into an error, so a letter never shows a broken citation.
pub const FAILED: char = '\u{FFFF}';

/// How the paragraphs or points of one provision are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Conj {
    #[default]
    And,
    Or,
}

/// One provision of the law: an article, optionally paragraphs of it and points of a paragraph
/// (several when they are cited together: 5(1)(b), (c) and (e)), or a numbered point of an
/// article without paragraphs (Article 4(14)).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub art: u32,
    #[serde(default)]
    pub par: Vec<u32>,
    #[serde(default)]
    pub pt: Vec<String>,
    #[serde(default)]
    pub num: Option<u32>,
    #[serde(default)]
    pub conj: Conj,
}

impl Provision {
    pub fn article(art: u32) -> Provision {
        Provision {
            art,
            par: Vec::new(),
            pt: Vec::new(),
            num: None,
            conj: Conj::And,
        }
    }

    /// Checks the shape: points need exactly one paragraph, a numbered point no paragraph, and
    /// point letters are single Latin letters (or `aa`, as the GDPR has none beyond `z`).
    pub fn check(&self) -> Result<(), String> {
        if self.art == 0 {
            return Err("article 0 does not exist".into());
        }
        if !self.pt.is_empty() && self.par.len() != 1 {
            return Err("points need exactly one paragraph".into());
        }
        if self.num.is_some() && !(self.par.is_empty() && self.pt.is_empty()) {
            return Err("a numbered point takes no paragraph or point".into());
        }
        if let Some(p) = self
            .pt
            .iter()
            .find(|p| p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(format!("`{p}` is not a point letter (a to z)"));
        }
        if self.par.contains(&0) || self.num == Some(0) {
            return Err("paragraphs and points are numbered from 1".into());
        }
        Ok(())
    }

    /// The message of this provision's shape (`ref-a`, `ref-ap`, `ref-app`, `ref-an`).
    pub fn shape(&self) -> &'static str {
        match (self.par.is_empty(), self.pt.is_empty(), self.num.is_some()) {
            (_, _, true) => "an",
            (true, _, false) => "a",
            (false, true, false) => "ap",
            (false, false, false) => "app",
        }
    }

    /// Reads the arguments of a `REF(…)` call: the article as the positional argument, `par`
    /// (a number, or several separated by spaces), `pt` (letters separated by spaces), `num`,
    /// `conj` ("and" or "or"), `case` (an attribute name) and `form: "item"` (the form inside a
    /// list, without the head word: "Articles { REF(12, par: 5, form: "item") } and …").
    pub fn from_call(positional: &[FluentValue], named: &FluentArgs) -> Result<Call, String> {
        let number = |v: &FluentValue, what: &str| -> Result<u32, String> {
            let n = match v {
                FluentValue::Number(n) => n.value,
                FluentValue::String(s) => s
                    .trim()
                    .parse::<f64>()
                    .map_err(|_| format!("{what} `{s}` is not a number"))?,
                _ => return Err(format!("{what} is missing")),
            };
            if n.fract() != 0.0 || !(1.0..=999.0).contains(&n) {
                return Err(format!("{what} {n} is not a whole number from 1 to 999"));
            }
            Ok(n as u32)
        };
        let text = |v: &FluentValue| -> String {
            match v {
                FluentValue::String(s) => s.to_string(),
                FluentValue::Number(n) => n.value.to_string(),
                _ => String::new(),
            }
        };
        let [art] = positional else {
            return Err("REF takes the article number as its one positional argument".into());
        };
        let mut p = Provision::article(number(art, "the article")?);
        let mut case = None;
        let mut item = false;
        for (key, value) in named.iter() {
            match key {
                "par" => {
                    p.par = text(value)
                        .split_whitespace()
                        .map(|n| number(&FluentValue::from(n), "par"))
                        .collect::<Result<_, _>>()?;
                }
                "pt" => p.pt = text(value).split_whitespace().map(str::to_string).collect(),
                "num" => p.num = Some(number(value, "num")?),
                "conj" => {
                    p.conj = match text(value).as_str() {
                        "and" => Conj::And,
                        "or" => Conj::Or,
                        other => return Err(format!("conj `{other}`: use \"and\" or \"or\"")),
                    }
                }
                "case" => case = Some(text(value)),
                "form" => match text(value).as_str() {
                    "item" => item = true,
                    other => return Err(format!("form `{other}`: the only form is \"item\"")),
                },
                other => {
                    return Err(format!(
                        "REF has no argument `{other}` (par, pt, num, conj, case, form)"
                    ))
                }
            }
        }
        p.check()?;
        Ok(Call {
            provision: p,
            case,
            item,
        })
    }
}

/// One `REF(…)` call: the provision, the grammatical slot, and whether the list-item form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Call {
    pub provision: Provision,
    pub case: Option<String>,
    pub item: bool,
}

/// How one locale writes citations: its `ref-*` messages and its lists.
pub struct Citations {
    bundle: FluentBundle<Arc<FluentResource>>,
    letters: Vec<String>,
    and: ListFormatter,
    or: ListFormatter,
    /// The locale's words for "and" and "or" in citations (`ref-and`, `ref-or`), where it gives
    /// them (then "a, b and c", without CLDR's serial comma).
    and_word: Option<String>,
    or_word: Option<String>,
}

impl std::fmt::Debug for Citations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Citations")
            .field("letters", &self.letters)
            .finish_non_exhaustive()
    }
}

/// The Latin letters of points, in order (the GDPR's points run from (a) to (k) at most).
const LATIN: &str = "a b c d e f g h i j k l m n o p q r s t u v w x y z";

impl Citations {
    /// Builds the citation rules of a locale from its letter resource.
    pub fn new(
        lang: &str,
        resource: Arc<FluentResource>,
    ) -> Result<Citations, crate::error::Error> {
        let langid: unic_langid::LanguageIdentifier = lang.parse().map_err(|_| {
            crate::error::Error::Locale(format!("`{lang}` is not a valid language tag"))
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        // Duplicates are reported when the letter bundle is built from the same resource.
        let _ = bundle.add_resource(resource);
        let locale: icu::locale::Locale = lang.parse().map_err(|_| {
            crate::error::Error::Locale(format!("`{lang}` is not a valid language tag"))
        })?;
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        let list_err = |e: &dyn std::fmt::Display| {
            crate::error::Error::Locale(format!("no list formatting data for `{lang}`: {e}"))
        };
        let and =
            ListFormatter::try_new_and((&locale).into(), options).map_err(|e| list_err(&e))?;
        let or = ListFormatter::try_new_or((&locale).into(), options).map_err(|e| list_err(&e))?;
        let mut c = Citations {
            bundle,
            letters: Vec::new(),
            and,
            or,
            and_word: None,
            or_word: None,
        };
        c.and_word = c.message("ref-and", None, &FluentArgs::new()).ok();
        c.or_word = c.message("ref-or", None, &FluentArgs::new()).ok();
        let letters = c
            .message("ref-letters", None, &FluentArgs::new())
            .unwrap_or_else(|_| LATIN.to_string());
        c.letters = letters.split_whitespace().map(str::to_string).collect();
        Ok(c)
    }

    /// Formats message `id` (attribute `case` if the message has it).
    fn message(&self, id: &str, case: Option<&str>, args: &FluentArgs) -> Result<String, String> {
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("the locale has no message `{id}`"))?;
        let pattern = case
            .and_then(|c| msg.get_attribute(c))
            .map(|a| a.value())
            .or_else(|| msg.value())
            .ok_or_else(|| format!("message `{id}` has no value"))?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if let Some(e) = errors.first() {
            return Err(format!("message `{id}`: {e}"));
        }
        Ok(text.into_owned())
    }

    /// Items joined with "and" or "or" as the language's lists do (CLDR), or with the locale's
    /// own word for "or" (`ref-or`) where CLDR has none or not the statutory one.
    fn join(&self, conj: Conj, items: &[String]) -> String {
        let word = match conj {
            Conj::And => &self.and_word,
            Conj::Or => &self.or_word,
        };
        if let (Some(word), Some((last, rest))) = (word, items.split_last()) {
            if !rest.is_empty() {
                return format!("{} {word} {last}", rest.join(", "));
            }
        }
        let f = match conj {
            Conj::And => &self.and,
            Conj::Or => &self.or,
        };
        f.format_to_string(items.iter().map(String::as_str))
    }

    /// The point letter `latin` ("h") in the locale's alphabet ("η" in Greek).
    fn letter(&self, latin: &str) -> String {
        LATIN
            .split(' ')
            .position(|l| l == latin)
            .and_then(|i| self.letters.get(i))
            .cloned()
            .unwrap_or_else(|| latin.to_string())
    }

    /// One provision as the locale writes it in running text (`item`: as an item of a list, with
    /// `ref-item-*` where the locale has them).
    pub fn one(&self, p: &Provision, case: Option<&str>, item: bool) -> Result<String, String> {
        p.check()?;
        let mut args = FluentArgs::new();
        args.set("art", p.art);
        if !p.par.is_empty() {
            let pars = p
                .par
                .iter()
                .map(|n| {
                    let mut a = FluentArgs::new();
                    a.set("par", *n);
                    a.set("art", p.art);
                    self.message("ref-par", None, &a)
                })
                .collect::<Result<Vec<_>, _>>()?;
            let conj = if p.pt.is_empty() { p.conj } else { Conj::And };
            args.set("par", self.join(conj, &pars));
            args.set("npar", p.par.len());
            // The (first) paragraph's number, for languages that write it as an ordinal word
            // whose case depends on the shape ("prvi odstavek", "prvega odstavka").
            args.set("p", p.par[0]);
        }
        if !p.pt.is_empty() {
            let pts =
                p.pt.iter()
                    .map(|l| {
                        let mut a = FluentArgs::new();
                        a.set("letter", self.letter(l));
                        self.message("ref-point", None, &a)
                    })
                    .collect::<Result<Vec<_>, _>>()?;
            args.set("pt", self.join(p.conj, &pts));
            args.set("npt", p.pt.len());
        }
        if let Some(n) = p.num {
            args.set("num", n);
        }
        let shape = p.shape();
        let item_id = format!("ref-item-{shape}");
        let id = if item && self.bundle.has_message(&item_id) {
            item_id
        } else {
            format!("ref-{shape}")
        };
        self.message(&id, case, &args)
    }

    /// A list of provisions, such as the articles a decision found infringed, with the head word
    /// the locale puts before it ("Articles 5(1)(a), 6 and 9"; "Art. 5 Abs. 1 lit. a, Art. 6 und
    /// Art. 9"; "articles 5, paragraphe 1, point a), 6 et 9").
    pub fn list(&self, provisions: &[Provision]) -> Result<String, String> {
        let items = provisions
            .iter()
            .map(|p| self.one(p, None, true))
            .collect::<Result<Vec<_>, _>>()?;
        let mut args = FluentArgs::new();
        args.set("list", self.join(Conj::And, &items));
        args.set("count", provisions.len());
        self.message("ref-list", None, &args)
    }

    /// The `REF` function for a letter bundle.
    pub fn function(
        self: &Arc<Self>,
    ) -> impl for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync + 'static
    {
        let me = self.clone();
        move |positional: &[FluentValue], named: &FluentArgs| {
            let result = Provision::from_call(positional, named)
                .and_then(|c| me.one(&c.provision, c.case.as_deref(), c.item));
            match result {
                Ok(s) => FluentValue::from(s),
                Err(e) => FluentValue::from(format!("{FAILED}REF: {e}{FAILED}")),
            }
        }
    }
}

/// The `REF(…)` calls in a message of a parsed `.ftl` file (its value and attributes, inside
/// selectors too), in order, for `locales check`: a translation must cite the same provisions as
/// the English message. Calls whose arguments are not literals, or wrong, are returned as errors.
pub fn calls_in(message: &fluent_syntax::ast::Message<&str>) -> Vec<Result<Call, String>> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn walk_inline(e: &InlineExpression<&str>, out: &mut Vec<Result<Call, String>>) {
        match e {
            InlineExpression::FunctionReference { id, arguments } if id.name == "REF" => {
                let literal = |e: &InlineExpression<&str>| match e {
                    InlineExpression::NumberLiteral { value } => {
                        Some(FluentValue::from(value.parse::<f64>().unwrap_or(f64::NAN)))
                    }
                    InlineExpression::StringLiteral { value } => {
                        Some(FluentValue::from(value.to_string()))
                    }
                    _ => None,
                };
                let positional: Option<Vec<FluentValue>> =
                    arguments.positional.iter().map(literal).collect();
                let mut named = FluentArgs::new();
                let mut ok = positional.is_some();
                for arg in &arguments.named {
                    match literal(&arg.value) {
                        Some(v) => named.set(arg.name.name.to_string(), v),
                        None => ok = false,
                    }
                }
                out.push(match (ok, positional) {
                    (true, Some(p)) => Provision::from_call(&p, &named),
                    _ => Err("REF takes only numbers and quoted text as arguments".into()),
                });
            }
            InlineExpression::Placeable { expression } => walk_expr(expression, out),
            _ => {}
        }
    }
    fn walk_expr(e: &Expression<&str>, out: &mut Vec<Result<Call, String>>) {
        match e {
            Expression::Inline(i) => walk_inline(i, out),
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
        }
    }
    fn walk_pattern(p: &Pattern<&str>, out: &mut Vec<Result<Call, String>>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                walk_expr(expression, out);
            }
        }
    }
    let mut out = Vec::new();
    if let Some(v) = &message.value {
        walk_pattern(v, &mut out);
    }
    for a in &message.attributes {
        walk_pattern(&a.value, &mut out);
    }
    out
}

/// A provision in the EU's English form, for messages to translators ("Article 15(1)(h)",
/// "Article 6(1)(e) or (f)", "Article 4(14)").
pub fn describe(p: &Provision) -> String {
    let mut s = format!("Article {}", p.art);
    let conj = match p.conj {
        Conj::And => " and ",
        Conj::Or => " or ",
    };
    let pars: Vec<String> = p.par.iter().map(|n| format!("({n})")).collect();
    s.push_str(&pars.join(if p.pt.is_empty() { conj } else { "" }));
    let pts: Vec<String> = p.pt.iter().map(|l| format!("({l})")).collect();
    s.push_str(&pts.join(conj));
    if let Some(n) = p.num {
        s.push_str(&format!("({n})"));
    }
    s
}

/// Whether `text` (a citation as a locale writes it) looks like the EU's English form, such as
/// "21(1)" or "(1)(h)", which a locale with its own citation style must not produce.
pub fn looks_english_style(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| {
        b[i] == b'('
            && i > 0
            && (b[i - 1].is_ascii_digit() || b[i - 1] == b')')
            && b.get(i + 1).is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citations(lang: &str, ftl: &str) -> Citations {
        let res = FluentResource::try_new(ftl.to_string()).expect("parses");
        Citations::new(lang, Arc::new(res)).expect("builds")
    }

    const DE: &str = "ref-a = Art. { $art }\n\
        ref-ap = Art. { $art } Abs. { $par }\n\
        ref-app = Art. { $art } Abs. { $par } lit. { $pt }\n\
        ref-an = Art. { $art } Nr. { $num }\n\
        ref-par = { $par }\n\
        ref-point = { $letter }\n\
        ref-list = { $list }\n";

    fn p(art: u32, par: &[u32], pt: &[&str]) -> Provision {
        Provision {
            par: par.to_vec(),
            pt: pt.iter().map(|s| s.to_string()).collect(),
            ..Provision::article(art)
        }
    }

    #[test]
    fn german_citations() {
        let c = citations("de", DE);
        assert_eq!(
            c.one(&p(15, &[1], &["h"]), None, false).unwrap(),
            "Art. 15 Abs. 1 lit. h"
        );
        assert_eq!(
            c.one(&p(15, &[1, 2], &[]), None, false).unwrap(),
            "Art. 15 Abs. 1 und 2"
        );
        assert_eq!(
            c.one(&p(5, &[1], &["b", "c", "e"]), None, false).unwrap(),
            "Art. 5 Abs. 1 lit. b, c und e"
        );
        let or = Provision {
            conj: Conj::Or,
            ..p(6, &[1], &["e", "f"])
        };
        assert_eq!(
            c.one(&or, None, false).unwrap(),
            "Art. 6 Abs. 1 lit. e oder f"
        );
        assert_eq!(
            c.list(&[p(5, &[1], &["a"]), p(6, &[], &[]), p(9, &[], &[])])
                .unwrap(),
            "Art. 5 Abs. 1 lit. a, Art. 6 und Art. 9"
        );
    }

    #[test]
    fn greek_points_use_greek_letters_and_cases_use_attributes() {
        let c = citations(
            "el",
            "ref-letters = α β γ δ ε στ ζ η θ ι ια\n\
             ref-a = άρθρο { $art }\n    .gen = του άρθρου { $art }\n\
             ref-ap = άρθρο { $art } παρ. { $par }\n\
             ref-app = άρθρο { $art } παρ. { $par } στοιχ. { $pt }\n    .gen = του άρθρου { $art } παρ. { $par } στοιχ. { $pt }\n\
             ref-par = { $par }\n\
             ref-point = { $letter }΄\n",
        );
        assert_eq!(
            c.one(&p(15, &[1], &["h"]), None, false).unwrap(),
            "άρθρο 15 παρ. 1 στοιχ. η΄"
        );
        assert_eq!(
            c.one(&p(6, &[1], &["f"]), Some("gen"), false).unwrap(),
            "του άρθρου 6 παρ. 1 στοιχ. στ΄"
        );
        // No such attribute: the value.
        assert_eq!(
            c.one(&p(21, &[1], &[]), Some("gen"), false).unwrap(),
            "άρθρο 21 παρ. 1"
        );
    }

    #[test]
    fn a_locale_may_give_its_own_word_for_or_and_ordinal_paragraphs() {
        let c = citations("mt", &format!("{DE}ref-or = jew\nref-ap2 = x\n"));
        let or = Provision {
            conj: Conj::Or,
            ..p(6, &[1], &["e", "f"])
        };
        assert_eq!(
            c.one(&or, None, false).unwrap(),
            "Art. 6 Abs. 1 lit. e jew f"
        );
        let sl = citations(
            "sl",
            "ref-a = { $art }. člen\nref-ap = { $p ->\n    [1] prvi\n   *[other] { $p }.\n} odstavek { $art }. člena\nref-app = x\nref-an = x\nref-par = { $art }.{ $par }\nref-point = { $letter }\nref-list = { $list }\n",
        );
        assert_eq!(
            sl.one(&p(21, &[1], &[]), None, false).unwrap(),
            "prvi odstavek 21. člena"
        );
    }

    #[test]
    fn english_style_is_recognised() {
        assert!(looks_english_style("Artikel 21(1) DSGVO"));
        assert!(looks_english_style("article 15(1)(h)"));
        assert!(!looks_english_style("Art. 21 Abs. 1 DSGVO"));
        assert!(!looks_english_style(
            "article 15, paragraphe 1, point h), du RGPD"
        ));
        assert!(!looks_english_style("art. 9 alin. (2) lit. e) din RGPD"));
    }

    #[test]
    fn calls_are_read_from_the_syntax_tree() {
        let res = fluent_syntax::parser::parse(
            "m = a { REF(15, par: 1, pt: \"h\") } b { $x ->\n    [one] { REF(17) }\n   *[other] { REF(6, par: 1, pt: \"e f\", conj: \"or\") }\n }\n    .gen = { REF(15, case: \"gen\") }\nn = { REF($x) }\n",
        )
        .expect("parses");
        let msgs: Vec<_> = res
            .body
            .iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m),
                _ => None,
            })
            .collect();
        let calls: Vec<_> = calls_in(msgs[0]).into_iter().map(Result::unwrap).collect();
        let arts: Vec<u32> = calls.iter().map(|c| c.provision.art).collect();
        assert_eq!(arts, [15, 17, 6, 15]);
        assert_eq!(calls[2].provision.conj, Conj::Or);
        assert_eq!(calls[3].case.as_deref(), Some("gen"));
        assert!(calls_in(msgs[1])[0].is_err());
    }

    #[test]
    fn ref_calls_are_checked() {
        let c = Arc::new(citations("de", DE));
        let res = FluentResource::try_new(
            "ok = { REF(15, par: 1, pt: \"h\") }\n\
             two = { REF(15, par: \"1 2\") } and { REF(4, num: 14) }\n\
             bad = { REF(15, pt: \"h\") }\n\
             word = { REF(15, par: 1, pt: \"hh1\") }\n"
                .to_string(),
        )
        .unwrap();
        let mut b = FluentBundle::new_concurrent(vec!["de".parse().unwrap()]);
        b.set_use_isolating(false);
        b.add_resource(res).unwrap();
        b.add_function("REF", c.function()).unwrap();
        let fmt = |id: &str| {
            let mut errors = Vec::new();
            let m = b.get_message(id).unwrap();
            b.format_pattern(m.value().unwrap(), None, &mut errors)
                .to_string()
        };
        assert_eq!(fmt("ok"), "Art. 15 Abs. 1 lit. h");
        assert_eq!(fmt("two"), "Art. 15 Abs. 1 und 2 and Art. 4 Nr. 14");
        assert!(fmt("bad").contains(FAILED));
        assert!(fmt("word").contains(FAILED));
    }
}
