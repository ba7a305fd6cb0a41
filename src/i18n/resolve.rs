//! What the messages of one `.ftl` file resolve to at run time, checked without running them:
//! references to messages and terms that do not exist, reference cycles, functions the program
//! does not provide, variables a term never receives, and variables that are not printed on every
//! path through selectors.
//!
//! A letter (or interface) bundle holds one file, so a reference resolves only within its own
//! file. fluent-syntax keeps no positions in its AST: each finding is placed by searching the
//! entry's own lines for the reference.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use fluent_syntax::ast;

/// One finding, at a byte offset of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub offset: usize,
    /// The message (or `-term`) the finding is in.
    pub id: String,
    pub kind: FindingKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// `{ target }` or `{ -target }` (`.attr`) that does not resolve; `why` says what is missing.
    MissingReference { target: String, why: String },
    /// Entries that reference each other in a circle (first one repeated at the end).
    Cycle { path: Vec<String> },
    /// A call of a function the program does not register for the file (`NUMBER(…)`).
    UnknownFunction { name: String },
    /// A term uses `$variable`, but this reference to it does not pass it.
    TermArgument { term: String, variable: String },
    /// A variable the reference locale prints on every path, printed here only on some (or used
    /// only as a selector).
    NotPrinted { variable: String },
    /// A second message or term with the same id: the letter bundle refuses the whole file.
    Duplicate,
    /// Formatting the message resolves more placeables than fluent-bundle allows
    /// ([`MAX_PLACEABLES`]), through references: it always fails.
    TooManyPlaceables,
}

/// fluent-bundle stops formatting a message (an error) after this many placeables, those of the
/// messages and terms it references included.
pub const MAX_PLACEABLES: usize = 100;

/// A message or term of the file, with its text range.
struct Entry<'a> {
    /// `id` for a message, `-id` for a term.
    key: String,
    value: Option<&'a ast::Pattern<&'a str>>,
    attributes: BTreeMap<&'a str, &'a ast::Pattern<&'a str>>,
    range: Range<usize>,
}

/// The entries of one parsed file.
pub struct FileIndex<'a> {
    text: &'a str,
    entries: BTreeMap<String, Entry<'a>>,
    /// What each message or term prints on every path, once computed (a message referring
    /// three times to one referring three times to … would take exponential time).
    printed_memo: std::cell::RefCell<BTreeMap<Node, BTreeSet<String>>>,
    /// Where an id is defined a second time.
    duplicates: Vec<(String, usize)>,
}

/// A node of the reference graph: an entry's value (`None`) or one of its attributes.
type Node = (String, Option<String>);

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

impl<'a> FileIndex<'a> {
    pub fn new(text: &'a str, resource: &'a ast::Resource<&'a str>) -> FileIndex<'a> {
        // Where each entry starts: `id =` or `-id =` at the start of a line.
        let mut starts: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut line_starts = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim_end();
                if !id.is_empty() && !line.starts_with([' ', '#', '\t']) {
                    starts.entry(id.to_string()).or_default().push(at);
                    line_starts.push(at);
                }
            }
            at += line.len();
        }
        line_starts.push(text.len());
        let range_from = |start: usize| {
            let next = line_starts.partition_point(|&s| s <= start);
            start..line_starts.get(next).copied().unwrap_or(text.len())
        };
        let mut entries = BTreeMap::new();
        let mut duplicates = Vec::new();
        for entry in &resource.body {
            let (key, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let at = starts.get(&key).map(Vec::as_slice).unwrap_or(&[]);
            if entries.contains_key(&key) {
                duplicates.push((key, at.get(1).copied().unwrap_or(0)));
                continue;
            }
            let range = at.first().copied().map(range_from).unwrap_or(0..0);
            entries.entry(key.clone()).or_insert(Entry {
                key,
                value,
                attributes: attributes.iter().map(|a| (a.id.name, &a.value)).collect(),
                range,
            });
        }
        FileIndex {
            text,
            entries,
            printed_memo: Default::default(),
            duplicates,
        }
    }

    /// Byte offset of `needle` (a whole token) within entry `key`, preferring an occurrence right
    /// after `{` or `(`; the entry's start if it is not found.
    fn locate(&self, key: &str, needle: &str) -> usize {
        let Some(e) = self.entries.get(key) else {
            return 0;
        };
        let body = &self.text[e.range.clone()];
        let mut fallback = None;
        for (i, _) in body.match_indices(needle) {
            let before = body[..i].chars().next_back();
            let after = body[i + needle.len()..].chars().next();
            if before.is_some_and(is_id_char)
                || (!needle.starts_with('$') && before == Some('$'))
                || after.is_some_and(is_id_char)
            {
                continue;
            }
            let prev = body[..i].trim_end().chars().next_back();
            if matches!(prev, Some('{' | '(' | ':' | ',')) {
                return e.range.start + i;
            }
            fallback.get_or_insert(e.range.start + i);
        }
        fallback.unwrap_or(e.range.start)
    }

    fn pattern(&self, node: &Node) -> Option<&'a ast::Pattern<&'a str>> {
        let e = self.entries.get(&node.0)?;
        match &node.1 {
            None => e.value,
            Some(a) => e.attributes.get(a.as_str()).copied(),
        }
    }

    /// Every pattern of the file with its node, in file order of entries (then attributes).
    fn nodes(&self) -> Vec<(Node, &'a ast::Pattern<&'a str>)> {
        let mut entries: Vec<&Entry<'a>> = self.entries.values().collect();
        entries.sort_by_key(|e| e.range.start);
        let mut out = Vec::new();
        for e in entries {
            if let Some(v) = e.value {
                out.push(((e.key.clone(), None), v));
            }
            for (a, p) in &e.attributes {
                out.push(((e.key.clone(), Some(a.to_string())), *p));
            }
        }
        out
    }

    /// Missing references, functions other than `functions`, term arguments not passed, and
    /// cycles.
    pub fn reference_findings(&self, functions: &[&str]) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut unknown_functions = BTreeSet::new();
        for (key, offset) in &self.duplicates {
            out.push(Finding {
                offset: *offset,
                id: key.clone(),
                kind: FindingKind::Duplicate,
            });
        }
        let mut graph: BTreeMap<Node, Vec<Node>> = BTreeMap::new();
        for (node, pattern) in self.nodes() {
            let mut refs = Vec::new();
            walk_pattern(pattern, &mut |i| refs.push(i));
            let key = node.0.clone();
            for inline in refs {
                match inline {
                    ast::InlineExpression::MessageReference { id, attribute } => {
                        let target = id.name.to_string();
                        let attr = attribute.as_ref().map(|a| a.name.to_string());
                        let shown = match &attr {
                            Some(a) => format!("{target}.{a}"),
                            None => target.clone(),
                        };
                        match self.entries.get(&target) {
                            None => out.push(self.missing(
                                &key,
                                &shown,
                                &target,
                                "no such message in this file",
                            )),
                            Some(e) => match &attr {
                                Some(a) if !e.attributes.contains_key(a.as_str()) => {
                                    out.push(self.missing(
                                        &key,
                                        &shown,
                                        &target,
                                        &format!("message `{target}` has no attribute `.{a}`"),
                                    ))
                                }
                                None if e.value.is_none() => out.push(self.missing(
                                    &key,
                                    &shown,
                                    &target,
                                    &format!("message `{target}` has no value, only attributes"),
                                )),
                                _ => graph.entry(node.clone()).or_default().push((target, attr)),
                            },
                        }
                    }
                    ast::InlineExpression::TermReference {
                        id,
                        attribute,
                        arguments,
                    } => {
                        let target = format!("-{}", id.name);
                        let attr = attribute.as_ref().map(|a| a.name.to_string());
                        let shown = match &attr {
                            Some(a) => format!("{target}.{a}"),
                            None => target.clone(),
                        };
                        let Some(e) = self.entries.get(&target) else {
                            out.push(self.missing(
                                &key,
                                &shown,
                                &target,
                                "no such term in this file",
                            ));
                            continue;
                        };
                        if let Some(a) = &attr {
                            if !e.attributes.contains_key(a.as_str()) {
                                out.push(self.missing(
                                    &key,
                                    &shown,
                                    &target,
                                    &format!("term `{target}` has no attribute `.{a}`"),
                                ));
                                continue;
                            }
                        }
                        let node_to = (target.clone(), attr);
                        // A term sees only the arguments given to it; any other variable is
                        // printed as `{$name}` without an error.
                        if let Some(p) = self.pattern(&node_to) {
                            let mut used = BTreeSet::new();
                            crate::i18n::collect_variables(p, &mut used);
                            let given: BTreeSet<&str> = arguments
                                .iter()
                                .flat_map(|a| a.named.iter().map(|n| n.name.name))
                                .collect();
                            for v in used.iter().filter(|v| !given.contains(v.as_str())) {
                                out.push(Finding {
                                    offset: self.locate(&key, &target),
                                    id: key.clone(),
                                    kind: FindingKind::TermArgument {
                                        term: target.clone(),
                                        variable: v.clone(),
                                    },
                                });
                            }
                        }
                        graph.entry(node.clone()).or_default().push(node_to);
                    }
                    ast::InlineExpression::FunctionReference { id, .. }
                        if !functions.contains(&id.name)
                            && unknown_functions.insert((key.clone(), id.name)) =>
                    {
                        out.push(Finding {
                            offset: self.locate(&key, id.name),
                            id: key.clone(),
                            kind: FindingKind::UnknownFunction {
                                name: id.name.to_string(),
                            },
                        })
                    }
                    _ => {}
                }
            }
        }
        out.extend(self.cycles(&graph));
        let mut memo = BTreeMap::new();
        for (node, _) in self.nodes() {
            if node.0.starts_with('-') {
                continue;
            }
            if self.placeables(&node, &mut memo, &mut BTreeSet::new()) > MAX_PLACEABLES {
                out.push(Finding {
                    offset: self
                        .entries
                        .get(&node.0)
                        .map(|e| e.range.start)
                        .unwrap_or(0),
                    id: node.0.clone(),
                    kind: FindingKind::TooManyPlaceables,
                });
            }
        }
        out
    }

    /// How many placeables formatting `node` resolves at most (the largest variant of each
    /// selector), through references; counting stops past [`MAX_PLACEABLES`].
    fn placeables(
        &self,
        node: &Node,
        memo: &mut BTreeMap<Node, usize>,
        visiting: &mut BTreeSet<Node>,
    ) -> usize {
        const OVER: usize = MAX_PLACEABLES + 1;
        if let Some(n) = memo.get(node) {
            return *n;
        }
        // A chain of references this long is over the limit anyway; a cycle counts nothing
        // more (it is reported as a cycle).
        if visiting.len() > MAX_PLACEABLES {
            return OVER;
        }
        let Some(p) = self.pattern(node) else {
            return 0;
        };
        if !visiting.insert(node.clone()) {
            return 0;
        }
        let n = self.count_pattern(p, memo, visiting).min(OVER);
        visiting.remove(node);
        memo.insert(node.clone(), n);
        n
    }

    fn count_pattern(
        &self,
        p: &ast::Pattern<&str>,
        memo: &mut BTreeMap<Node, usize>,
        visiting: &mut BTreeSet<Node>,
    ) -> usize {
        let mut n = 0usize;
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                n = n.saturating_add(1 + self.count_expr(expression, memo, visiting));
                if n > MAX_PLACEABLES {
                    break;
                }
            }
        }
        n
    }

    fn count_expr(
        &self,
        e: &ast::Expression<&str>,
        memo: &mut BTreeMap<Node, usize>,
        visiting: &mut BTreeSet<Node>,
    ) -> usize {
        match e {
            ast::Expression::Inline(i) => self.count_inline(i, memo, visiting),
            ast::Expression::Select { selector, variants } => {
                let widest = variants
                    .iter()
                    .map(|v| self.count_pattern(&v.value, memo, visiting))
                    .max()
                    .unwrap_or(0);
                self.count_inline(selector, memo, visiting)
                    .saturating_add(widest)
            }
        }
    }

    fn count_inline(
        &self,
        i: &ast::InlineExpression<&str>,
        memo: &mut BTreeMap<Node, usize>,
        visiting: &mut BTreeSet<Node>,
    ) -> usize {
        let args = |a: &ast::CallArguments<&str>,
                    memo: &mut BTreeMap<Node, usize>,
                    visiting: &mut BTreeSet<Node>| {
            a.positional
                .iter()
                .chain(a.named.iter().map(|n| &n.value))
                .map(|x| self.count_inline(x, memo, visiting))
                .fold(0usize, usize::saturating_add)
        };
        match i {
            ast::InlineExpression::MessageReference { id, attribute } => {
                let node = (
                    id.name.to_string(),
                    attribute.as_ref().map(|a| a.name.to_string()),
                );
                self.placeables(&node, memo, visiting)
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let node = (
                    format!("-{}", id.name),
                    attribute.as_ref().map(|a| a.name.to_string()),
                );
                let given = arguments
                    .as_ref()
                    .map(|a| args(a, memo, visiting))
                    .unwrap_or(0);
                self.placeables(&node, memo, visiting).saturating_add(given)
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                args(arguments, memo, visiting)
            }
            ast::InlineExpression::Placeable { expression } => {
                self.count_expr(expression, memo, visiting)
            }
            _ => 0,
        }
    }

    fn missing(&self, key: &str, shown: &str, target: &str, why: &str) -> Finding {
        Finding {
            offset: self.locate(key, target),
            id: key.to_string(),
            kind: FindingKind::MissingReference {
                target: shown.to_string(),
                why: why.to_string(),
            },
        }
    }

    /// Each cycle of the reference graph once, reported at its first entry in the file.
    fn cycles(&self, graph: &BTreeMap<Node, Vec<Node>>) -> Vec<Finding> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            Open,
            Done,
        }
        let mut marks: BTreeMap<Node, Mark> = BTreeMap::new();
        let mut seen: BTreeSet<Vec<Node>> = BTreeSet::new();
        let mut out = Vec::new();
        let show = |n: &Node| match &n.1 {
            Some(a) => format!("{}.{a}", n.0),
            None => n.0.clone(),
        };
        for start in graph.keys() {
            if marks.contains_key(start) {
                continue;
            }
            // Iterative depth-first search: (node, index of the next edge to follow).
            let mut stack: Vec<(Node, usize)> = vec![(start.clone(), 0)];
            marks.insert(start.clone(), Mark::Open);
            while let Some((node, next)) = stack.last().cloned() {
                let edges = graph.get(&node).map(Vec::as_slice).unwrap_or(&[]);
                let Some(to) = edges.get(next) else {
                    marks.insert(node, Mark::Done);
                    stack.pop();
                    continue;
                };
                if let Some(top) = stack.last_mut() {
                    top.1 += 1;
                }
                match marks.get(to) {
                    None => {
                        marks.insert(to.clone(), Mark::Open);
                        stack.push((to.clone(), 0));
                    }
                    Some(Mark::Open) => {
                        let from = stack.iter().position(|(n, _)| n == to).unwrap_or(0);
                        let mut cycle: Vec<Node> =
                            stack[from..].iter().map(|(n, _)| n.clone()).collect();
                        // The same cycle found from another node is reported once.
                        let first = cycle
                            .iter()
                            .enumerate()
                            .min_by_key(|(_, n)| {
                                self.entries
                                    .get(&n.0)
                                    .map(|e| e.range.start)
                                    .unwrap_or(usize::MAX)
                            })
                            .map(|(i, _)| i)
                            .unwrap_or(0);
                        cycle.rotate_left(first);
                        if seen.insert(cycle.clone()) {
                            let head = &cycle[0];
                            let second = cycle.get(1).unwrap_or(head);
                            let mut path: Vec<String> = cycle.iter().map(show).collect();
                            path.push(show(head));
                            out.push(Finding {
                                offset: self.locate(&head.0, &second.0),
                                id: head.0.clone(),
                                kind: FindingKind::Cycle { path },
                            });
                        }
                    }
                    Some(Mark::Done) => {}
                }
            }
        }
        out
    }

    /// The variables printed on every path through the pattern of `node` (through message and
    /// term references, not through selectors' unmatched variants).
    pub fn printed(&self, id: &str, attribute: Option<&str>) -> Option<BTreeSet<String>> {
        let node = (id.to_string(), attribute.map(str::to_string));
        let pattern = self.pattern(&node)?;
        let mut visiting = BTreeSet::from([node]);
        Some(self.printed_pattern(pattern, &mut visiting))
    }

    fn printed_pattern(
        &self,
        p: &ast::Pattern<&str>,
        visiting: &mut BTreeSet<Node>,
    ) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                out.extend(self.printed_expr(expression, visiting));
            }
        }
        out
    }

    fn printed_expr(
        &self,
        e: &ast::Expression<&str>,
        visiting: &mut BTreeSet<Node>,
    ) -> BTreeSet<String> {
        match e {
            ast::Expression::Inline(i) => self.printed_inline(i, visiting),
            // The selector itself is never printed; a variable is printed on every path only if
            // every variant prints it.
            ast::Expression::Select { variants, .. } => {
                let mut sets = variants
                    .iter()
                    .map(|v| self.printed_pattern(&v.value, visiting));
                let first = sets.next().unwrap_or_default();
                sets.fold(first, |acc, s| acc.intersection(&s).cloned().collect())
            }
        }
    }

    fn printed_inline(
        &self,
        i: &ast::InlineExpression<&str>,
        visiting: &mut BTreeSet<Node>,
    ) -> BTreeSet<String> {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                BTreeSet::from([id.name.to_string()])
            }
            ast::InlineExpression::Placeable { expression } => {
                self.printed_expr(expression, visiting)
            }
            // Reported as unknown functions; their arguments count as printed so that one
            // mistake is not reported twice.
            ast::InlineExpression::FunctionReference { arguments, .. } => arguments
                .positional
                .iter()
                .flat_map(|a| self.printed_inline(a, visiting))
                .collect(),
            ast::InlineExpression::MessageReference { id, attribute } => {
                let node = (
                    id.name.to_string(),
                    attribute.as_ref().map(|a| a.name.to_string()),
                );
                self.printed_node(node, visiting)
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                let node = (
                    format!("-{}", id.name),
                    attribute.as_ref().map(|a| a.name.to_string()),
                );
                // Inside the term its parameters are printed; map them back to the variables
                // passed in (`-term(date: $date)`).
                let inner = self.printed_node(node, visiting);
                let mut out = BTreeSet::new();
                for arg in arguments.iter().flat_map(|a| a.named.iter()) {
                    if inner.contains(arg.name.name) {
                        out.extend(self.printed_inline(&arg.value, visiting));
                    }
                }
                out
            }
            _ => BTreeSet::new(),
        }
    }

    fn printed_node(&self, node: Node, visiting: &mut BTreeSet<Node>) -> BTreeSet<String> {
        if let Some(known) = self.printed_memo.borrow().get(&node) {
            return known.clone();
        }
        let Some(p) = self.pattern(&node) else {
            return BTreeSet::new();
        };
        // A cycle prints nothing (and is reported as a cycle); nor does a chain of references
        // too long to format (reported as too many placeables).
        if visiting.len() > MAX_PLACEABLES || !visiting.insert(node.clone()) {
            return BTreeSet::new();
        }
        let out = self.printed_pattern(p, visiting);
        visiting.remove(&node);
        self.printed_memo.borrow_mut().insert(node, out.clone());
        out
    }

    /// Where variable `$name` first appears in message `id` (its start if it does not).
    pub fn locate_variable(&self, id: &str, name: &str) -> usize {
        self.locate(id, &format!("${name}"))
    }
}

/// Calls `f` on every inline expression of the pattern, selectors and arguments included.
fn walk_pattern<'p>(
    p: &'p ast::Pattern<&'p str>,
    f: &mut impl FnMut(&'p ast::InlineExpression<&'p str>),
) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, f);
        }
    }
}

fn walk_expr<'p>(
    e: &'p ast::Expression<&'p str>,
    f: &mut impl FnMut(&'p ast::InlineExpression<&'p str>),
) {
    match e {
        ast::Expression::Inline(i) => walk_inline(i, f),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, f);
            for v in variants {
                walk_pattern(&v.value, f);
            }
        }
    }
}

fn walk_inline<'p>(
    i: &'p ast::InlineExpression<&'p str>,
    f: &mut impl FnMut(&'p ast::InlineExpression<&'p str>),
) {
    f(i);
    match i {
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, f),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, f);
            }
            for a in &arguments.named {
                walk_inline(&a.value, f);
            }
        }
        _ => {}
    }
}
