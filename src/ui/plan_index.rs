//! Lookups into a plan by date, so calendar cells and details find their day quickly.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::plan::{Day, Plan, Week};

/// Where each plan day sits: (week index, day index) by date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayIndex {
    by_date: HashMap<NaiveDate, (usize, usize)>,
}

impl DayIndex {
    /// Indexes every day of the plan.
    pub fn new(plan: &Plan) -> DayIndex {
        let mut by_date = HashMap::new();
        for (wi, w) in plan.weeks.iter().enumerate() {
            for (di, d) in w.days.iter().enumerate() {
                by_date.insert(d.date, (wi, di));
            }
        }
        DayIndex { by_date }
    }

    /// The week and day of a date, if the plan covers it.
    pub fn find<'p>(&self, plan: &'p Plan, date: NaiveDate) -> Option<(&'p Week, &'p Day)> {
        let (wi, di) = *self.by_date.get(&date)?;
        let week = plan.weeks.get(wi)?;
        Some((week, week.days.get(di)?))
    }
}
