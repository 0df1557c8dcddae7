//! No Debug output reaches people: the UI and the widgets build their text from labels and keys
//! (`Priority::label`, `WeekStart::key`, ...), never from `{:?}`, whose spelling follows the
//! code ("InjuryOrIllness") and changes with it. Log lines, assertions and error texts of the
//! widget's message API (which quote the offending value) are allowed.
//! Run it alone with `cargo test --test no_debug_text`.

use std::fs;
use std::path::{Path, PathBuf};

/// Lines that may format with `{:?}`: they are read by developers, not shown in the page.
fn allowed(line: &str) -> bool {
    let l = line.trim_start();
    l.starts_with("//")
        || l.contains("logging::")
        || l.contains("assert")
        || l.contains("panic!")
        || l.starts_with("#[error(")
}

/// Whether a line formats something with Debug (`{:?}`, `{x:?}`, `{:#?}`).
fn formats_debug(line: &str) -> bool {
    line.match_indices('{').any(|(i, _)| {
        let rest = &line[i + 1..];
        let Some(end) = rest.find('}') else {
            return false;
        };
        let inner = &rest[..end];
        inner.ends_with(":?") || inner.ends_with(":#?")
    })
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of `src/ui` and `src/widget` outside their test modules that format with Debug.
fn debug_text() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root.join("ui"), &mut files);
    rust_files(&root.join("widget"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if formats_debug(line) && !allowed(line) {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_ui_shows_no_debug_output() {
    let found = debug_text();
    assert!(
        found.is_empty(),
        "Debug output in text people read (use a label or a key):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_debug_formats() {
    assert!(formats_debug(r#"format!("{} ({:?})", r.name, r.priority)"#));
    assert!(formats_debug(r#"format!("week-start-{w:?}")"#));
    assert!(formats_debug(r#"format!("{x:#?}")"#));
    assert!(!formats_debug(
        r#"format!("{} ({})", r.name, r.priority.label())"#
    ));
    assert!(!formats_debug(r#"format!("{x:.1}")"#));
    assert!(allowed(
        r#"leptos::logging::error!("could not mount: {e:?}")"#
    ));
}
