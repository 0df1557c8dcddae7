//! The file-level import graph of a crate's sources, and its cycles.
//!
//! Reads the `.rs` files, follows `mod name;` declarations from each crate root (`src/lib.rs`,
//! `src/main.rs`, `src/bin/*/main.rs`) to know which module each file is, then resolves every
//! reference to another module of the same crate: `use` trees (grouped, `self`, globs, aliases)
//! and paths in code starting with `crate::`, `super::`, `self::` or a child module's name.
//! A path through a re-export (`pub use output::*`, `pub use reason::Reason`) leads to the file
//! that defines the item, not to the file that re-exports it. References from a file to itself
//! (its `mod tests` using `super::*`) are not edges. `mod` declarations are ownership, not imports.

use std::collections::{BTreeMap, BTreeSet};

/// One token of Rust source, comments and literals removed.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

/// Splits `src` into identifiers, `::` and punctuation, each with its line number.
fn tokenize(src: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = src.chars().collect();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    let at = |k: usize| c.get(k).copied().unwrap_or('\0');
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(c[i] == '\n');
                    i += 1;
                }
            }
        } else if ch == 'r'
            && (at(i + 1) == '"' || (at(i + 1) == '#' && matches!(at(i + 2), '"' | '#')))
        {
            // Raw string: r"..", r#".."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1;
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"' && (1..=hashes).all(|h| at(j + h) == '#') {
                    j += 1 + hashes;
                    break;
                }
                line += usize::from(c[j] == '\n');
                j += 1;
            }
            i = j;
        } else if ch == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                line += usize::from(c[i] == '\n');
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if ch == '\'' {
            // A char literal ('a', '\n', '\u{1F600}'), else a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if ch.is_alphanumeric() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            // A byte string or byte char: b"..", b'..' (the literal is skipped next round).
            let word: String = c[start..i].iter().collect();
            if !(word == "b" && matches!(at(i), '"' | '\'')) {
                out.push((Tok::Ident(word), line));
            }
        } else if ch == ':' && at(i + 1) == ':' {
            out.push((Tok::PathSep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(ch), line));
            i += 1;
        }
    }
    out
}

/// One name a `use` brings into scope: `path` is the full path it names.
#[derive(Clone, Debug)]
struct UseItem {
    path: Vec<String>,
    /// The name in scope; `None` for a glob (`path` is then the module globbed).
    name: Option<String>,
    line: usize,
}

/// A module: a file, or a `mod name { .. }` block inside one.
#[derive(Debug, Default)]
struct Module {
    file: String,
    parent: Option<usize>,
    root: usize,
    children: BTreeMap<String, usize>,
    /// Items defined at the module's top level (fn, struct, enum, const, ...).
    items: BTreeSet<String>,
    uses: Vec<UseItem>,
    /// Paths used in code (`super::frame::recovery_days(..)`), with their lines.
    paths: Vec<(Vec<String>, usize)>,
}

/// Expands the use tree starting at `toks[*i]` under `prefix`, up to its end (`;`, `,` or `}`).
fn use_tree(
    toks: &[(Tok, usize)],
    i: &mut usize,
    prefix: &[String],
    line: usize,
    out: &mut Vec<UseItem>,
) {
    let mut path = prefix.to_vec();
    while let Some((t, _)) = toks.get(*i) {
        match t {
            Tok::Ident(w) if w == "as" => {
                *i += 1;
                if let Some((Tok::Ident(alias), _)) = toks.get(*i) {
                    *i += 1;
                    let name = Some(alias.clone());
                    out.push(UseItem { path, name, line });
                }
                return;
            }
            Tok::Ident(w) => {
                path.push(w.clone());
                *i += 1;
            }
            Tok::PathSep => *i += 1,
            Tok::Punct('*') => {
                *i += 1;
                out.push(UseItem {
                    path,
                    name: None,
                    line,
                });
                return;
            }
            Tok::Punct('{') => {
                *i += 1;
                loop {
                    match toks.get(*i) {
                        Some((Tok::Punct('}'), _)) | None => break,
                        Some((Tok::Punct(','), _)) => *i += 1,
                        _ => use_tree(toks, i, &path, line, out),
                    }
                }
                *i += 1;
                return;
            }
            _ => break,
        }
    }
    // `a::b::self` names `a::b`; `a::b` names `b`.
    if path.last().is_some_and(|s| s == "self") {
        path.pop();
    }
    if let Some(last) = path.last().cloned() {
        out.push(UseItem {
            path,
            name: Some(last),
            line,
        });
    }
}

const ITEM_KEYWORDS: [&str; 8] = [
    "fn", "struct", "enum", "const", "static", "type", "trait", "union",
];

/// The crate's modules, built from its files.
pub struct Graph {
    modules: Vec<Module>,
}

/// Where a path leads: a module, or an item inside a module's file.
enum Target {
    Module(usize),
    Item(usize),
}

impl Graph {
    /// Builds the module tree of every crate root found among `files` (path -> source).
    pub fn new(files: &BTreeMap<String, String>) -> Graph {
        let mut g = Graph {
            modules: Vec::new(),
        };
        let mut roots: Vec<&String> = files
            .keys()
            .filter(|p| {
                let parts: Vec<&str> = p.split('/').collect();
                matches!(
                    parts.as_slice(),
                    ["src", "lib.rs" | "main.rs"] | ["src", "bin", _, "main.rs"]
                ) || matches!(parts.as_slice(), ["src", "bin", f] if f.ends_with(".rs"))
            })
            .collect();
        roots.sort();
        for root in roots {
            g.add_file(files, root, None, "");
        }
        g
    }

    /// Reads `file` as a module (a crate root when `parent` is none), and its child files.
    fn add_file(
        &mut self,
        files: &BTreeMap<String, String>,
        file: &str,
        parent: Option<usize>,
        name: &str,
    ) -> usize {
        let id = self.modules.len();
        let root = parent.map(|p| self.modules[p].root).unwrap_or(id);
        self.modules.push(Module {
            file: file.to_string(),
            parent,
            root,
            ..Module::default()
        });
        if let Some(p) = parent {
            self.modules[p].children.insert(name.to_string(), id);
        }
        let toks = tokenize(files.get(file).map(String::as_str).unwrap_or(""));
        // Children of a file live in its directory (lib.rs, main.rs, mod.rs) or in a directory
        // named after it (plan/week.rs -> plan/week/).
        let dir = match file.rsplit_once('/') {
            Some((d, "lib.rs" | "main.rs" | "mod.rs")) => d.to_string(),
            _ => file.trim_end_matches(".rs").to_string(),
        };
        // Inline modules open at a brace depth: (module, depth inside its braces, its directory).
        let mut stack: Vec<(usize, usize, String)> = vec![(id, 0, dir)];
        let mut depth = 0usize;
        let mut i = 0;
        while i < toks.len() {
            let (cur, base, cur_dir) = stack.last().cloned().unwrap_or((id, 0, String::new()));
            let word = |k: usize| match toks.get(k) {
                Some((Tok::Ident(w), _)) => Some(w.as_str()),
                _ => None,
            };
            match &toks[i].0 {
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => {
                    depth = depth.saturating_sub(1);
                    if stack.len() > 1 && depth < base {
                        stack.pop();
                    }
                }
                Tok::Ident(w) if w == "mod" && depth == base => {
                    if let Some(child) = word(i + 1) {
                        let child = child.to_string();
                        match toks.get(i + 2).map(|t| &t.0) {
                            Some(Tok::Punct(';')) => {
                                let a = format!("{cur_dir}/{child}.rs");
                                let b = format!("{cur_dir}/{child}/mod.rs");
                                let path = if files.contains_key(&a) { a } else { b };
                                if files.contains_key(&path) {
                                    self.add_file(files, &path, Some(cur), &child);
                                }
                                i += 3;
                                continue;
                            }
                            Some(Tok::Punct('{')) => {
                                let m = self.modules.len();
                                let file = file.to_string();
                                self.modules.push(Module {
                                    file,
                                    parent: Some(cur),
                                    root,
                                    ..Module::default()
                                });
                                self.modules[cur].children.insert(child.clone(), m);
                                depth += 1;
                                stack.push((m, depth, format!("{cur_dir}/{child}")));
                                i += 3;
                                continue;
                            }
                            _ => {}
                        }
                    }
                }
                Tok::Ident(w) if w == "use" => {
                    let line = toks[i].1;
                    i += 1;
                    let mut uses = Vec::new();
                    if toks.get(i).map(|t| &t.0) == Some(&Tok::PathSep) {
                        i += 1; // `use ::extern_crate::..`
                    }
                    use_tree(&toks, &mut i, &[], line, &mut uses);
                    self.modules[cur].uses.extend(uses);
                    continue;
                }
                Tok::Ident(w) if ITEM_KEYWORDS.contains(&w.as_str()) && depth == base => {
                    if let Some(name) = word(i + 1) {
                        if !ITEM_KEYWORDS.contains(&name) && name != "mut" {
                            self.modules[cur].items.insert(name.to_string());
                        }
                    }
                }
                Tok::Ident(w) => {
                    let after_sep = i > 0 && toks[i - 1].0 == Tok::PathSep;
                    let after_in = i > 0 && toks[i - 1].0 == Tok::Ident("in".into());
                    let is_path = toks.get(i + 1).map(|t| &t.0) == Some(&Tok::PathSep);
                    if is_path && !after_sep && !after_in {
                        let line = toks[i].1;
                        let mut path = vec![w.clone()];
                        let mut k = i + 1;
                        while toks.get(k).map(|t| &t.0) == Some(&Tok::PathSep) {
                            match word(k + 1) {
                                Some(s) => path.push(s.to_string()),
                                None => break,
                            }
                            k += 2;
                        }
                        self.modules[cur].paths.push((path, line));
                        i = k;
                        continue;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        id
    }

    /// Resolves `path` as written in module `from`; `None` for other crates and unknown names.
    fn resolve(&self, from: usize, path: &[String], budget: u32) -> Option<Target> {
        let (first, rest) = path.split_first()?;
        let start = match first.as_str() {
            "crate" => self.modules[from].root,
            "self" => from,
            "super" => self.modules[from].parent?,
            // A plain first name is local only as a child module, an item or a named import
            // (anything else is another crate: `chrono::NaiveDate`).
            name => {
                let m = &self.modules[from];
                let local = m.children.contains_key(name)
                    || m.items.contains(name)
                    || m.uses.iter().any(|u| u.name.as_deref() == Some(name));
                return if local {
                    self.walk(from, path, budget)
                } else {
                    None
                };
            }
        };
        let mut cur = start;
        let mut rest = rest;
        while let Some((s, tail)) = rest.split_first() {
            if s != "super" {
                break;
            }
            cur = self.modules[cur].parent?;
            rest = tail;
        }
        if rest.is_empty() {
            return Some(Target::Module(cur));
        }
        self.walk(cur, rest, budget).or(Some(Target::Item(cur)))
    }

    /// Follows `path` from module `m`: its child modules, its items, then its imports.
    fn walk(&self, m: usize, path: &[String], budget: u32) -> Option<Target> {
        if budget == 0 {
            return None;
        }
        let Some((name, rest)) = path.split_first() else {
            return Some(Target::Module(m));
        };
        let module = &self.modules[m];
        let found = if let Some(&child) = module.children.get(name) {
            Some(Target::Module(child))
        } else if module.items.contains(name) {
            Some(Target::Item(m))
        } else if let Some(u) = module.uses.iter().find(|u| u.name.as_deref() == Some(name)) {
            self.resolve(m, &u.path, budget - 1)
        } else {
            // Globs: the first glob whose module has the name.
            module
                .uses
                .iter()
                .filter(|u| u.name.is_none())
                .find_map(|u| match self.resolve(m, &u.path, budget - 1)? {
                    Target::Module(g) if g != m => {
                        self.walk(g, std::slice::from_ref(name), budget - 1)
                    }
                    _ => None,
                })
        };
        match found? {
            Target::Module(c) if !rest.is_empty() => {
                self.walk(c, rest, budget - 1).or(Some(Target::Item(c)))
            }
            t => Some(t),
        }
    }

    fn file_of(&self, t: Target) -> &str {
        match t {
            Target::Module(m) | Target::Item(m) => &self.modules[m].file,
        }
    }

    /// Every import between two different files: (from, to) -> the first reference, as text.
    pub fn edges(&self) -> BTreeMap<(String, String), String> {
        let mut out = BTreeMap::new();
        for (id, m) in self.modules.iter().enumerate() {
            let refs = m
                .uses
                .iter()
                .map(|u| (u.path.clone(), u.line, "use "))
                .chain(m.paths.iter().map(|(p, l)| (p.clone(), *l, "")));
            for (path, line, how) in refs {
                let Some(t) = self.resolve(id, &path, 16) else {
                    continue;
                };
                let to = self.file_of(t).to_string();
                if to != m.file {
                    let text = format!("{}:{line}: {how}{}", m.file, path.join("::"));
                    out.entry((m.file.clone(), to)).or_insert(text);
                }
            }
        }
        out
    }
}

/// A cycle of imports: its files (sorted) and one way round it, each step with its reference.
#[derive(Debug)]
pub struct Cycle {
    pub files: BTreeSet<String>,
    pub steps: Vec<String>,
}

impl std::fmt::Display for Cycle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let files: Vec<&str> = self.files.iter().map(String::as_str).collect();
        writeln!(f, "import cycle between {}:", files.join(", "))?;
        for s in &self.steps {
            writeln!(f, "    {s}")?;
        }
        Ok(())
    }
}

/// The strongly connected groups of two or more files (Tarjan), each with one cycle through it.
pub fn cycles(files: &BTreeMap<String, String>) -> Vec<Cycle> {
    let edges = Graph::new(files).edges();
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        next.entry(from).or_default().push(to);
        next.entry(to).or_default();
    }
    let nodes: Vec<&str> = next.keys().copied().collect();
    let mut state = Tarjan::default();
    for n in &nodes {
        if !state.index.contains_key(n) {
            state.visit(n, &next);
        }
    }
    state
        .groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|group| {
            let files: BTreeSet<String> = group.iter().map(|s| s.to_string()).collect();
            let steps = one_cycle(&files, &next)
                .windows(2)
                .map(|w| edges[&(w[0].to_string(), w[1].to_string())].clone())
                .collect();
            Cycle { files, steps }
        })
        .collect()
}

/// The shortest way from the group's first file back to itself, inside the group (breadth first).
fn one_cycle<'a>(group: &BTreeSet<String>, next: &BTreeMap<&'a str, Vec<&'a str>>) -> Vec<&'a str> {
    let start = next
        .keys()
        .copied()
        .find(|k| group.contains(*k))
        .unwrap_or_default();
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        for &m in &next[n] {
            if !group.contains(m) || came_from.contains_key(m) {
                continue;
            }
            came_from.insert(m, n);
            if m == start {
                let mut path = vec![start];
                let mut at = n;
                while at != start {
                    path.push(at);
                    at = came_from[at];
                }
                path.push(start);
                path.reverse();
                return path;
            }
            queue.push_back(m);
        }
    }
    vec![start]
}

#[derive(Default)]
struct Tarjan<'a> {
    index: BTreeMap<&'a str, usize>,
    low: BTreeMap<&'a str, usize>,
    stack: Vec<&'a str>,
    on_stack: BTreeSet<&'a str>,
    groups: Vec<Vec<&'a str>>,
}

impl<'a> Tarjan<'a> {
    fn visit(&mut self, n: &'a str, next: &BTreeMap<&'a str, Vec<&'a str>>) {
        let i = self.index.len();
        self.index.insert(n, i);
        self.low.insert(n, i);
        self.stack.push(n);
        self.on_stack.insert(n);
        for &m in &next[n] {
            if !self.index.contains_key(m) {
                self.visit(m, next);
                let low = self.low[n].min(self.low[m]);
                self.low.insert(n, low);
            } else if self.on_stack.contains(m) {
                let low = self.low[n].min(self.index[m]);
                self.low.insert(n, low);
            }
        }
        if self.low[n] == self.index[n] {
            let mut group = Vec::new();
            while let Some(m) = self.stack.pop() {
                self.on_stack.remove(m);
                group.push(m);
                if m == n {
                    break;
                }
            }
            self.groups.push(group);
        }
    }
}

/// Every `.rs` file under `dir`, keyed by its path relative to `base` with `/` separators.
pub fn read_sources(base: &std::path::Path, dir: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut todo = vec![base.join(dir)];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(base).unwrap_or(&p);
                let key = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(key, std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    out
}
