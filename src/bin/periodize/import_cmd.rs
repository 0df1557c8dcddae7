//! `periodize import`: activity files in, activities + skipped files + baseline out.

/// Runs the `import` subcommand; returns what to print, or an error message.
pub fn run(_args: &[String]) -> Result<String, String> {
    Err("import: not built yet".into())
}

/// Computes a planning baseline from activity files as of `today`.
// TEMPORARY STUB (plan helper): the import helper writes the real function; the lead merges.
pub fn baseline_from_files(
    _paths: &[String],
    _today: chrono::NaiveDate,
) -> Result<periodize::plan::Baseline, String> {
    Err("history import not available yet".into())
}
