//! No import cycles between the files of `src/` (the architecture rule "no two files import each
//! other"). Run it alone with `cargo test --test no_cycles`; a failure names each cycle's files
//! and the reference behind every step round it.

mod import_graph;

use std::collections::BTreeMap;

use import_graph::{cycles, read_sources};

/// Cycles known and allowed until they are broken, each by name and the exact set of its files.
/// An entry that no longer matches a cycle fails the test, so it is deleted with the cycle.
const ALLOWED: &[(&str, &[&str])] = &[];

#[test]
fn src_has_no_import_cycles() {
    let files = read_sources(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), "src");
    assert!(files.len() > 50, "read only {} files", files.len());
    let found = cycles(&files);
    let allowed = |c: &import_graph::Cycle| {
        ALLOWED
            .iter()
            .any(|(_, set)| c.files.iter().map(String::as_str).eq(sorted(set)))
    };
    let bad: Vec<String> = found
        .iter()
        .filter(|c| !allowed(c))
        .map(|c| c.to_string())
        .collect();
    assert!(bad.is_empty(), "{}", bad.concat());
    for (name, set) in ALLOWED {
        let still = found
            .iter()
            .any(|c| c.files.iter().map(String::as_str).eq(sorted(set)));
        assert!(
            still,
            "the allowed cycle \"{name}\" is gone: delete its entry in ALLOWED"
        );
    }
}

fn sorted<'a>(set: &[&'a str]) -> Vec<&'a str> {
    let mut v = set.to_vec();
    v.sort_unstable();
    v
}

/// A fixture crate from (path, source) pairs.
fn crate_of(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect()
}

fn cycle_sets(files: &BTreeMap<String, String>) -> Vec<Vec<String>> {
    let mut sets: Vec<Vec<String>> = cycles(files)
        .into_iter()
        .map(|c| c.files.into_iter().collect())
        .collect();
    sets.sort();
    sets
}

fn edges(files: &BTreeMap<String, String>) -> Vec<(String, String)> {
    import_graph::Graph::new(files)
        .edges()
        .into_keys()
        .collect()
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// The three cycles as they were before issue 10, with the import lines of the real files.
#[test]
fn finds_the_three_cycles_of_issue_10() {
    let files = crate_of(&[
        ("src/lib.rs", "pub mod plan;\npub mod ui;\n"),
        (
            "src/plan/mod.rs",
            "pub mod model;\npub mod output;\npub mod reason;\npub mod train;\npub mod week;\n\
             pub use output::*;\npub use reason::{Reason, VolumeLimit, Warning};\n\
             pub fn generate() { let mut state = week::State::new(); }\n",
        ),
        (
            "src/plan/model.rs",
            "pub enum Priority { A }\npub enum Units { Km }\npub enum WarningSign {}\npub struct Race;\n",
        ),
        (
            "src/plan/output.rs",
            "use super::reason::{Reason, Warning};\npub enum Phase { Base }\n\
             pub struct Week { pub reasons: Vec<Reason> }\n",
        ),
        (
            "src/plan/reason.rs",
            "use super::model::{Priority, Units, WarningSign};\nuse super::output::Phase;\n\
             pub enum Reason { Focus { phase: Phase } }\npub enum Warning {}\npub enum VolumeLimit {}\n",
        ),
        (
            "src/plan/train.rs",
            "use super::reason::{Reason, VolumeLimit};\nuse super::week::State;\n\
             pub struct TrainArgs;\nimpl State { pub(super) fn train_week(&mut self) {} }\n",
        ),
        (
            "src/plan/week.rs",
            "use super::output::{Day, Week, WeekKind, WorkoutKind};\nuse super::train::TrainArgs;\n\
             pub struct State;\n",
        ),
        ("src/ui/mod.rs", "pub mod race_form;\npub mod races;\n"),
        (
            "src/ui/races.rs",
            "use leptos::prelude::*;\nuse super::race_form::RaceForm;\nuse crate::plan::Race;\n\
             pub enum Editing { New }\n",
        ),
        (
            "src/ui/race_form.rs",
            "use leptos::prelude::*;\nuse super::races::Editing;\nuse crate::plan::Priority;\n\
             pub fn RaceForm() {}\n",
        ),
    ]);
    let found = cycles(&files);
    let text: String = found.iter().map(|c| c.to_string()).collect();
    assert!(
        text.contains("src/plan/output.rs:1: use super::reason::Reason"),
        "{text}"
    );
    assert!(
        text.contains("src/plan/week.rs:2: use super::train::TrainArgs"),
        "{text}"
    );
    assert_eq!(
        cycle_sets(&files),
        [
            vec!["src/plan/output.rs", "src/plan/reason.rs"],
            vec!["src/plan/train.rs", "src/plan/week.rs"],
            vec!["src/ui/race_form.rs", "src/ui/races.rs"],
        ]
        .map(|v| v.into_iter().map(String::from).collect::<Vec<_>>())
    );
}

/// A path through `pub use` leads to the defining file; the re-exporting root is no cycle.
#[test]
fn re_exports_lead_to_the_defining_file() {
    let files = crate_of(&[
        ("src/lib.rs", "pub mod plan;\n"),
        (
            "src/plan/mod.rs",
            "mod kinds;\nmod week;\nmod model;\npub use kinds::*;\npub use model::{Race as Goal};\n\
             pub fn generate() { week::build(); }\n",
        ),
        ("src/plan/kinds.rs", "pub enum Phase { Base }\n"),
        ("src/plan/model.rs", "pub struct Race;\n"),
        (
            "src/plan/week.rs",
            "use crate::plan::{Phase, Goal};\npub fn build() { let _ = crate::plan::Phase::Base; }\n",
        ),
    ]);
    assert!(cycle_sets(&files).is_empty(), "{:?}", edges(&files));
    let e = edges(&files);
    assert!(
        e.contains(&pair("src/plan/week.rs", "src/plan/kinds.rs")),
        "{e:?}"
    );
    assert!(
        e.contains(&pair("src/plan/week.rs", "src/plan/model.rs")),
        "{e:?}"
    );
    assert!(
        !e.contains(&pair("src/plan/week.rs", "src/plan/mod.rs")),
        "{e:?}"
    );
    // An item defined in the root itself is an import of the root: a cycle.
    let mut files = files;
    files.insert(
        "src/plan/week.rs".into(),
        "pub fn build() { crate::plan::generate(); }\n".into(),
    );
    assert_eq!(
        cycle_sets(&files),
        [vec![
            "src/plan/mod.rs".to_string(),
            "src/plan/week.rs".to_string()
        ]]
    );
}

/// Grouped trees with `self` and aliases, paths in code, `super::super`, and child modules.
#[test]
fn resolves_grouped_imports_code_paths_and_child_modules() {
    let files = crate_of(&[
        (
            "src/lib.rs",
            "pub mod a;\npub mod b;\npub mod c;\npub mod d;\n",
        ),
        (
            "src/a/mod.rs",
            "mod fields;\nuse super::{b::{self, X}, c as see};\n\
             fn f() { fields::date(); super::d::g(); }\n",
        ),
        (
            "src/a/fields.rs",
            "pub fn date() {}\nfn up() { super::super::b::X; }\n",
        ),
        ("src/b.rs", "pub struct X;\n"),
        ("src/c.rs", "pub struct Y;\n"),
        ("src/d.rs", "pub fn g() {}\n"),
    ]);
    let e = edges(&files);
    for to in ["src/a/fields.rs", "src/b.rs", "src/c.rs", "src/d.rs"] {
        assert!(e.contains(&pair("src/a/mod.rs", to)), "a -> {to}: {e:?}");
    }
    assert!(e.contains(&pair("src/a/fields.rs", "src/b.rs")), "{e:?}");
    assert_eq!(e.len(), 5, "{e:?}");
}

/// Comments, strings, `pub(in path)`, other crates and a file's own test module are not imports.
#[test]
fn ignores_comments_strings_visibility_other_crates_and_own_tests() {
    let files = crate_of(&[
        ("src/lib.rs", "pub mod a;\npub mod b;\n"),
        (
            "src/a.rs",
            "// use super::b::X;\n/* crate::b::X */\nconst S: &str = \"super::b::X\";\n\
             const R: &str = r#\"crate::b::X\"#;\nconst C: char = '\"';\n\
             pub(in crate::a) fn f<'a>(x: &'a str) {}\nuse chrono::NaiveDate;\n\
             pub struct X;\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use crate::a::X;\n}\n",
        ),
        ("src/b.rs", "use crate::a::X;\n"),
    ]);
    assert_eq!(edges(&files), [pair("src/b.rs", "src/a.rs")]);
}
