use chrono::NaiveDate;
use periodize::plan::*;
fn main() {
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let input = PlanInput {
        today: d("2026-03-04"),
        races: vec![
            Race {
                name: "City 10K".into(),
                date: d("2026-05-10"),
                distance: Distance::TenK,
                priority: Priority::B,
                goal_time_s: None,
            },
            Race {
                name: "Parkrun".into(),
                date: d("2026-04-18"),
                distance: Distance::FiveK,
                priority: Priority::C,
                goal_time_s: None,
            },
            Race {
                name: "Marathon".into(),
                date: d("2026-07-12"),
                distance: Distance::Marathon,
                priority: Priority::A,
                goal_time_s: Some(3 * 3600 + 30 * 60),
            },
        ],
        settings: Settings::default(),
        baseline: Baseline::default(),
        checkins: vec![],
    };
    let plan = generate(&input).unwrap();
    print!("{}", report::compact_text(&plan, Units::Km));
}
