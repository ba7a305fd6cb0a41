//! Checking a locale against the reference locale (`locales check`): the shape of every message
//! (variables, attributes, citations), parity with English, the variables a language may use or
//! leave out as its grammar needs, what the messages resolve to, and how the locale writes
//! citations.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::parse::parse_problems;
use super::{
    parse_file, resolve, LineIndex, LocaleSource, ParseProblem, Problem, SourceFile, LETTER_FILE,
    REFERENCE, UNTRANSLATED,
};

/// What one message needs: its variables and attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageShape {
    pub line: usize,
    /// The message still carries the `# UNTRANSLATED` comment of a scaffold.
    pub untranslated: bool,
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    pub has_value: bool,
    /// The provisions its `REF(…)` calls cite (sorted; a call that cannot be read as an error).
    pub citations: Vec<String>,
}

/// The messages of a file (id -> shape) and its syntax errors, from one parse with fluent-syntax's
/// full parser, which keeps comments (the runtime parser drops them).
pub fn message_shapes(file: &SourceFile) -> &Shapes {
    file.shapes.get_or_init(|| shapes_of(file))
}

/// A file's messages (id -> shape) and its syntax errors.
pub type Shapes = (BTreeMap<String, MessageShape>, Vec<ParseProblem>);

fn shapes_of(file: &SourceFile) -> Shapes {
    let text = file.text.as_str();
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errors)) => (r, errors),
    };
    let problems = parse_problems(file, &errors);
    let mut out = BTreeMap::new();
    // Line numbers: fluent-syntax does not keep spans in the AST; find each `id =` at a line start.
    let mut lines = BTreeMap::new();
    for (i, l) in text.lines().enumerate() {
        if let Some((id, _)) = l.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty() && !l.starts_with([' ', '#', '\t']) {
                lines.entry(id.to_string()).or_insert(i + 1);
            }
        }
    }
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut shape = MessageShape {
                line: lines.get(m.id.name).copied().unwrap_or(0),
                untranslated: m.comment.as_ref().is_some_and(|c| {
                    c.content
                        .iter()
                        .any(|l| l.trim_start().starts_with(UNTRANSLATED))
                }),
                has_value: m.value.is_some(),
                ..Default::default()
            };
            if let Some(p) = &m.value {
                collect_variables(p, &mut shape.variables);
            }
            for a in &m.attributes {
                shape.attributes.insert(a.id.name.to_string());
                collect_variables(&a.value, &mut shape.variables);
            }
            shape.citations = crate::citation::calls_in(m)
                .into_iter()
                .map(|c| match c {
                    Ok(c) => crate::citation::describe(&c.provision),
                    Err(e) => format!("an unreadable REF call ({e})"),
                })
                .collect();
            shape.citations.sort();
            out.insert(m.id.name.to_string(), shape);
        }
    }
    (out, problems)
}

/// The variables a pattern uses, in text, selectors and arguments (also those it passes to a
/// term: `{ -term(date: $date) }` uses `$date`).
pub(crate) fn collect_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
            for a in &arguments.named {
                collect_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Compares `file` of `src` with the same file of `reference`, and checks what its messages
/// resolve to.
pub fn compare_file(reference: &LocaleSource, src: &LocaleSource, file: &str) -> Vec<Problem> {
    let Some(ref_file) = reference.files.get(file) else {
        return Vec::new();
    };
    let Some(this) = src.files.get(file) else {
        let path = src.dir.join(file);
        // An unreadable file is reported as such, not as missing.
        if src
            .problems
            .iter()
            .any(|p| matches!(p, Problem::File { path: p, .. } if *p == path))
        {
            return Vec::new();
        }
        return vec![Problem::MissingFile { path }];
    };
    let (want, _) = message_shapes(ref_file);
    let (have, parse) = message_shapes(this);
    let mut out: Vec<Problem> = parse.iter().cloned().map(Problem::Parse).collect();
    let path = this.path.clone();
    for (id, w) in want {
        match have.get(id) {
            None => out.push(Problem::Missing {
                path: path.clone(),
                id: id.clone(),
            }),
            Some(h) => {
                if h.untranslated && src.lang != reference.lang {
                    out.push(Problem::Untranslated {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                    });
                }
                if w.has_value && !h.has_value {
                    out.push(Problem::NoValue {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                    });
                }
                // How a locale writes citations (`ref-*`) is its own grammar: its variables,
                // attributes (grammatical cases) and optional shapes need not match English.
                let grammar = locale_grammar(id);
                // The names of the law may depend on the country; the law's short name and the
                // controller's name are given to every message, so any message may use them.
                let mut variables = h.variables.clone();
                if id.starts_with("law-short-") || id.starts_with("law-full-") {
                    variables.remove("jurisdiction");
                }
                for always in ["gdpr", "controller"] {
                    if !w.variables.contains(always) {
                        variables.remove(always);
                    }
                }
                // Variables a language may use where its grammar needs them: the day of a
                // decision's date, for the preposition before it ("dell’11 febbraio").
                let mut wanted = w.variables.clone();
                for (message, optional) in OPTIONAL_VARIABLES {
                    if id == message {
                        variables.remove(optional);
                        wanted.remove(optional);
                    }
                }
                if !grammar && wanted != variables {
                    out.push(Problem::Variables {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing: wanted.difference(&variables).cloned().collect(),
                        extra: variables.difference(&wanted).cloned().collect(),
                    });
                }
                if !grammar && w.citations != h.citations {
                    let (missing, extra) = multiset_difference(&w.citations, &h.citations);
                    out.push(Problem::Citations {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing,
                        extra,
                    });
                }
                if !grammar && w.attributes != h.attributes {
                    out.push(Problem::Attributes {
                        path: path.clone(),
                        line: h.line,
                        id: id.clone(),
                        missing: w.attributes.difference(&h.attributes).cloned().collect(),
                        extra: h.attributes.difference(&w.attributes).cloned().collect(),
                    });
                }
            }
        }
    }
    for (id, h) in have {
        if !want.contains_key(id) && !locale_grammar(id) {
            out.push(Problem::Extra {
                path: path.clone(),
                line: h.line,
                id: id.clone(),
            });
        }
    }
    // The letter bundle has one function, REF (citations); the interface bundle none.
    let functions: &[&str] = if super::is_letter_file(file) {
        &["REF"]
    } else {
        &[]
    };
    out.extend(resolve_problems(ref_file, this, want, have, functions));
    out
}

/// Variables the program passes to a message that a language may use or not, as its grammar
/// needs: the day of a decision's date ("dell’11 febbraio"), the number of enclosures ("Enclosure:"
/// or "Enclosures:").
const OPTIONAL_VARIABLES: [(&str, &str); 2] =
    [("decision-citation", "day"), ("enclosures-label", "count")];

/// Messages that say how a language writes citations (`ref-*`), dates (`date-pattern`) and "in
/// <country>" (`country-in`): its own
/// grammar, so their variables and attributes need not match English, and optional ones may be
/// added.
fn locale_grammar(id: &str) -> bool {
    id.starts_with("ref-") || id == "date-pattern" || id == "country-in"
}

/// What `a` has more of than `b`, and `b` more of than `a` (both sorted).
fn multiset_difference(a: &[String], b: &[String]) -> (Vec<String>, Vec<String>) {
    let mut only_a = Vec::new();
    let mut only_b = b.to_vec();
    for x in a {
        match only_b.iter().position(|y| y == x) {
            Some(i) => {
                only_b.remove(i);
            }
            None => only_a.push(x.clone()),
        }
    }
    (only_a, only_b)
}

/// References, cycles, functions, term arguments, and required variables not printed on every
/// path, each with file:line:column.
fn resolve_problems(
    ref_file: &SourceFile,
    this: &SourceFile,
    want: &BTreeMap<String, MessageShape>,
    have: &BTreeMap<String, MessageShape>,
    functions: &[&str],
) -> Vec<Problem> {
    let parse = |text| match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let ref_ast = parse(ref_file.text.as_str());
    let this_ast = parse(this.text.as_str());
    let ref_index = resolve::FileIndex::new(&ref_file.text, &ref_ast);
    let index = resolve::FileIndex::new(&this.text, &this_ast);
    let mut findings = index.reference_findings(functions);
    for (id, w) in want {
        // How a locale writes citations and dates is its own grammar (see compare_file).
        let Some(h) = have.get(id).filter(|_| !locale_grammar(id)) else {
            continue;
        };
        let parts = std::iter::once(None).chain(w.attributes.iter().map(|a| Some(a.as_str())));
        for attr in parts {
            let (Some(required), Some(printed)) =
                (ref_index.printed(id, attr), index.printed(id, attr))
            else {
                continue;
            };
            // A variable the message lacks altogether is already reported (`lacks { $x }`).
            for v in required
                .difference(&printed)
                .filter(|v| h.variables.contains(*v))
            {
                findings.push(resolve::Finding {
                    offset: index.locate_variable(id, v),
                    id: id.clone(),
                    kind: resolve::FindingKind::NotPrinted {
                        variable: v.clone(),
                    },
                });
            }
        }
    }
    findings.sort_by_key(|f| f.offset);
    let lines = LineIndex::new(&this.text);
    findings
        .into_iter()
        .map(|f| {
            let (line, column) = lines.at(f.offset);
            Problem::Resolve {
                path: this.path.clone(),
                line,
                column,
                id: f.id,
                kind: f.kind,
            }
        })
        .collect()
}

/// Every problem of a locale: how its folder was read, each reference file compared, extra files.
pub fn check_locale(reference: &LocaleSource, src: &LocaleSource) -> Vec<Problem> {
    let mut out = src.problems.clone();
    for file in reference.files.keys() {
        // A regime's messages are optional: without them the locale writes no letters under that
        // regime (`locales list` says which it covers); once begun they are checked in full.
        if super::is_regime_file(file) && !src.files.contains_key(file) {
            continue;
        }
        out.extend(compare_file(reference, src, file));
    }
    if let Some(letter) = src.files.get(LETTER_FILE) {
        out.extend(citation_forms(src, letter));
    }
    for (name, file) in &src.files {
        if !reference.files.contains_key(name) {
            out.push(Problem::UnknownFile {
                path: file.path.clone(),
            });
        }
    }
    out
}

/// Writes sample citations of every shape with the locale's `ref-*` messages: each must work, and
/// none may come out in the EU's English form ("21(1)", "(1)(h)") unless the locale says that is
/// its practice (`ref-eu-style`, as Irish and Maltese may).
fn citation_forms(src: &LocaleSource, letter: &SourceFile) -> Vec<Problem> {
    use crate::citation::{Conj, Provision};
    let (res, parse) = parse_file(letter);
    if !parse.is_empty() {
        return Vec::new(); // reported as syntax errors
    }
    let has = |id: &str| {
        res.entries()
            .any(|e| matches!(e, ast::Entry::Message(m) if m.id.name == id))
    };
    if !has("ref-a") {
        return Vec::new(); // reported as missing messages
    }
    let eu_style = has("ref-eu-style");
    let citations =
        match crate::citation::Citations::new(src.format_locale(), std::sync::Arc::new(res)) {
            Ok(c) => c,
            Err(e) => {
                return vec![Problem::CitationForm {
                    path: letter.path.clone(),
                    message: e.to_string(),
                }]
            }
        };
    let p = |art, par: &[u32], pt: &[&str]| Provision {
        par: par.to_vec(),
        pt: pt.iter().map(|s| s.to_string()).collect(),
        ..Provision::article(art)
    };
    let samples = [
        p(15, &[], &[]),
        p(21, &[1], &[]),
        p(15, &[1, 2], &[]),
        p(15, &[1], &["h"]),
        p(5, &[1], &["b", "c", "e"]),
        Provision {
            conj: Conj::Or,
            ..p(6, &[1], &["e", "f"])
        },
        Provision {
            num: Some(14),
            ..Provision::article(4)
        },
    ];
    let mut out = Vec::new();
    let mut written = Vec::new();
    for sample in &samples {
        for item in [false, true] {
            match citations.one(sample, None, item) {
                Ok(t) => written.push((crate::citation::describe(sample), t)),
                Err(e) => out.push(Problem::CitationForm {
                    path: letter.path.clone(),
                    message: format!("cannot write {}: {e}", crate::citation::describe(sample)),
                }),
            }
        }
    }
    match citations.list(&samples[..4]) {
        Ok(t) => written.push(("a list".to_string(), t)),
        Err(e) => out.push(Problem::CitationForm {
            path: letter.path.clone(),
            message: format!("cannot write a list of provisions: {e}"),
        }),
    }
    if src.lang != REFERENCE && !eu_style {
        for (what, text) in written {
            if crate::citation::looks_english_style(&text) {
                out.push(Problem::CitationForm {
                    path: letter.path.clone(),
                    message: format!(
                        "{what} comes out as \"{text}\", the EU's English form; write it as this \
                         language's lawyers do (ref-* messages), or add `ref-eu-style = yes` if \
                         that form is this language's practice"
                    ),
                });
            }
        }
    }
    out
}
