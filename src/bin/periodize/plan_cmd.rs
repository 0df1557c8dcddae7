//! `periodize plan`: scenario file in, plan out (json, ics or csv).

/// Runs the `plan` subcommand; returns what to print, or an error message.
pub fn run(_args: &[String]) -> Result<String, String> {
    Err("plan: not built yet".into())
}
