//! `periodize`: the planning core on the command line, for scripting and tests.

fn main() {
    eprintln!("usage: periodize plan --input SCENARIO.json");
    std::process::exit(2);
}
