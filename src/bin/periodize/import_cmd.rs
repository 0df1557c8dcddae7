//! `periodize import`: activity files in, activities + skipped files + baseline out.

/// Runs the `import` subcommand; returns what to print, or an error message.
pub fn run(_args: &[String]) -> Result<String, String> {
    Err("import: not built yet".into())
}
